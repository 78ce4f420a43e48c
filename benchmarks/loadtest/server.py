"""The server side of the load test: database, static files, gunicorn."""

import contextlib
import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _conninfo(database_url: str, dbname: str | None = None) -> str:
    url = urllib.parse.urlsplit(database_url)
    parts = {
        "host": url.hostname or "127.0.0.1",
        "port": str(url.port or 5432),
        "user": urllib.parse.unquote(url.username or "postgres"),
        "dbname": dbname or url.path.lstrip("/"),
    }
    if url.password:
        parts["password"] = urllib.parse.unquote(url.password)
    return " ".join(f"{key}={value}" for key, value in parts.items())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SCALE_VARIABLES = {
    "REDIS_URL",
    "CACHE_KEY_PREFIX",
    "DATABASE_REPLICA_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "DEBUG",
}


def server_env(
    *,
    database_url: str,
    static_root: Path,
    media_root: Path,
    redis_url: str,
    cache_key_prefix: str | None = None,
    replica_url: str | None = None,
    s3: dict[str, str] | None = None,
) -> dict[str, str]:
    """Production settings as deployed, minus TLS (no proxy here) and the submit throttle.

    Every instance started with the same environment shares the database, Redis (under
    one key prefix, fresh per run unless given) and, with `s3`, the bucket.
    """
    env = {k: v for k, v in os.environ.items() if k not in SCALE_VARIABLES}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        # A new prefix per run: cached answers of an earlier run's database never match.
        CACHE_KEY_PREFIX=cache_key_prefix or f"tutuksi-load-{secrets.token_hex(4)}",
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(media_root),
        # One load-test machine is one client address: lift the per-address limit.
        SURVEY_SUBMIT_RATE="100000/minute",
    )
    if replica_url:
        env["DATABASE_REPLICA_URL"] = replica_url
    env.update(s3 or {})
    return env


def _manage(*args: str, env: dict[str, str]) -> None:
    # The demo loaders log every page they publish; show that only when a step fails.
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")


def collect_static(env: dict[str, str]) -> None:
    _manage("collectstatic", "--noinput", "-v0", env=env)


@contextlib.contextmanager
def gunicorn(*, env: dict[str, str], workers: int) -> Iterator[str]:  # one app instance
    """Serve config.wsgi with gunicorn on a free port; yield its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            f"--workers={workers}",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
            "--timeout=60",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(port, process)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_healthy(port: int, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer /healthz in time")


def prepare_database(*, database_url: str, env: dict[str, str], reuse: bool) -> None:
    """Recreate the load database, migrate it and load the demo site and surveys."""
    import psycopg

    dbname = urllib.parse.urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(_conninfo(database_url, "postgres"), autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [dbname]).fetchone()
        if exists and reuse:
            return
        admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{dbname}"')
    _manage("migrate", "--noinput", "-v0", env=env)
    _manage("load_demo_data", env=env)
    commands = subprocess.run(
        [sys.executable, "manage.py", "help", "--commands"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    if "load_demo_surveys" in commands:
        _manage("load_demo_surveys", env=env)


def count_stored(*, database_url: str, submission_ids: list[str]) -> int:
    """Responses in the database with one of this run's submission_ids."""
    import psycopg

    with psycopg.connect(_conninfo(database_url)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM surveys_response WHERE submission_id::text = ANY(%s)",
            [submission_ids],
        ).fetchone()
    return row[0]


@contextlib.contextmanager
def instances(
    *, env: dict[str, str], count: int, workers: int, unshared_cache: bool = False
) -> Iterator[list[str]]:
    """Start `count` gunicorn instances sharing one environment; yield their base URLs.

    `unshared_cache` gives each instance a cache of its own (a key prefix of its own in
    Redis): the control run that shows what a per-process cache does after a publish.
    """
    with contextlib.ExitStack() as stack:
        urls = []
        for number in range(count):
            own = dict(env)
            if unshared_cache:
                own["CACHE_KEY_PREFIX"] = f"{env['CACHE_KEY_PREFIX']}-instance-{number}"
            urls.append(stack.enter_context(gunicorn(env=own, workers=workers)))
        yield urls


def create_bucket(*, endpoint: str, bucket: str) -> dict[str, str]:
    """Create the load run's bucket on an S3-compatible server; return the app's S3 env."""
    import boto3

    env = {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": os.environ.get("AWS_S3_REGION_NAME", "eu-north-1"),
        "AWS_ACCESS_KEY_ID": os.environ.get("AWS_ACCESS_KEY_ID", "tutuksi-load"),
        "AWS_SECRET_ACCESS_KEY": os.environ.get("AWS_SECRET_ACCESS_KEY", "tutuksi-load"),
    }
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=env["AWS_S3_REGION_NAME"],
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
    )
    existing = {item["Name"] for item in client.list_buckets().get("Buckets", [])}
    if bucket not in existing:
        client.create_bucket(
            Bucket=bucket,
            CreateBucketConfiguration={"LocationConstraint": env["AWS_S3_REGION_NAME"]},
        )
    return env


def committed_transactions(database_url: str) -> int:
    """Transactions committed in this database so far, as the server's statistics count them.

    Read on the primary and on the replica before and after a run, the difference shows
    how much of the run's reading the replica took.
    """
    import psycopg

    dbname = urllib.parse.urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(_conninfo(database_url, "postgres"), autocommit=True) as conn:
        # Statistics are flushed about once a second; a snapshot read now may lag by that.
        row = conn.execute(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = %s", [dbname]
        ).fetchone()
    return int(row[0]) if row else 0
