#!/usr/bin/env bash
# Servers for the scale-out tests, started once and reused (idempotent):
#   - an S3-compatible object store: moto's standalone server (dev dependency from PyPI)
#   - a streaming read replica of the PostgreSQL on 127.0.0.1:5432, made with
#     pg_basebackup into a second cluster on port 5433
# Source it from .ci/run after the install step; it exports TEST_S3_ENDPOINT_URL and
# TEST_DATABASE_REPLICA_URL for tests/config/test_storage.py and tests/api/test_replica.py.
# Needs root (it runs the replica as the postgres user) and the project's .venv.

S3_PORT="${TEST_S3_PORT:-9555}"
REPLICA_PORT="${TEST_REPLICA_PORT:-5433}"
REPLICA_DIR="${TEST_REPLICA_DIR:-/var/lib/postgresql/tutuksi-replica}"
SCALE_LOG_DIR="${TMPDIR:-/tmp}/tutuksi-scale-services"
mkdir -p "$SCALE_LOG_DIR"

_scale_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_scale_wait_for() {  # description, seconds, command...
  local what="$1" seconds="$2"; shift 2
  for _ in $(seq $((seconds * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  echo "$what did not come up in ${seconds}s" >&2
  return 1
}

_scale_start_s3() {
  if _scale_port_open "$S3_PORT"; then
    echo "S3-compatible server already on 127.0.0.1:$S3_PORT"
  else
    echo "Starting moto's S3 server on 127.0.0.1:$S3_PORT"
    nohup .venv/bin/moto_server -H 127.0.0.1 -p "$S3_PORT" >"$SCALE_LOG_DIR/moto.log" 2>&1 &
    _scale_wait_for "moto_server" 30 _scale_port_open "$S3_PORT" || {
      tail -20 "$SCALE_LOG_DIR/moto.log" >&2
      return 1
    }
  fi
  export TEST_S3_ENDPOINT_URL="http://127.0.0.1:$S3_PORT"
}

_scale_psql() {  # port, sql
  su postgres -c "psql -h 127.0.0.1 -p $1 -U postgres -XAtqc \"$2\""
}

_scale_replica_in_recovery() {
  [ "$(_scale_psql "$REPLICA_PORT" 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ]
}

_scale_start_replica() {
  local bin hba
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  if _scale_port_open "$REPLICA_PORT" && _scale_replica_in_recovery; then
    echo "Streaming replica already on 127.0.0.1:$REPLICA_PORT"
  else
    # The primary must accept replication connections from 127.0.0.1.
    hba="$(_scale_psql 5432 'SHOW hba_file')"
    if ! grep -qE '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$hba"; then
      echo "host replication all 127.0.0.1/32 trust" >>"$hba"
      _scale_psql 5432 'SELECT pg_reload_conf()' >/dev/null
    fi
    if [ -f "$REPLICA_DIR/postmaster.pid" ]; then
      su postgres -c "$bin/pg_ctl -D $REPLICA_DIR -m immediate stop" >/dev/null 2>&1 || true
    fi
    echo "Cloning the primary into a streaming replica on 127.0.0.1:$REPLICA_PORT"
    rm -rf "$REPLICA_DIR"
    install -d -o postgres -g postgres -m 700 "$REPLICA_DIR"
    # -R writes standby.signal and primary_conninfo: the copy starts as a hot standby.
    su postgres -c "$bin/pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D $REPLICA_DIR -R -X stream -c fast"
    # Debian keeps the primary's configuration in /etc; the copy gets a small one of its own.
    cat >"$REPLICA_DIR/postgresql.conf" <<EOF
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '/tmp'
hot_standby = on
max_connections = 100
EOF
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$REPLICA_DIR/pg_hba.conf"
    chown postgres:postgres "$REPLICA_DIR/postgresql.conf" "$REPLICA_DIR/pg_hba.conf"
    su postgres -c "$bin/pg_ctl -D $REPLICA_DIR -l $REPLICA_DIR/server.log -w -t 60 start" >/dev/null
    _scale_wait_for "the replica" 60 _scale_replica_in_recovery || {
      tail -20 "$REPLICA_DIR/server.log" >&2
      return 1
    }
  fi
  export TEST_DATABASE_REPLICA_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/postgres"
}

_scale_start_s3
_scale_start_replica
echo "TEST_S3_ENDPOINT_URL=$TEST_S3_ENDPOINT_URL TEST_DATABASE_REPLICA_URL=$TEST_DATABASE_REPLICA_URL"
