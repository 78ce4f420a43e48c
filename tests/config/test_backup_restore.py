"""The documented PostgreSQL backup (pg_dump) restores into a fresh database with nothing lost."""

import shutil
import subprocess

import psycopg
import pytest
from django.db import connection

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _conninfo(dbname: str) -> str:
    settings = connection.settings_dict
    parts = {
        "host": settings.get("HOST") or "127.0.0.1",
        "port": settings.get("PORT") or "5432",
        "user": settings.get("USER") or "postgres",
        "dbname": dbname,
    }
    if settings.get("PASSWORD"):
        parts["password"] = settings["PASSWORD"]
    return " ".join(f"{key}={value}" for key, value in parts.items())


def _row_counts(conninfo: str) -> dict[str, int]:
    with psycopg.connect(conninfo) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }


def test_pg_dump_restores_every_table_and_row_into_a_fresh_database(tmp_path, translated_home):
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        pytest.fail("pg_dump and pg_restore are needed (Debian package postgresql-client)")
    source_db = connection.settings_dict["NAME"]
    restore_db = f"{source_db}_restore"
    dump = tmp_path / "tutuksi.dump"
    source = _conninfo(source_db)

    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", source], check=True)
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{restore_db}"')
        admin.execute(f'CREATE DATABASE "{restore_db}"')
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={_conninfo(restore_db)}", str(dump)],
            check=True,
        )
        original, restored = _row_counts(source), _row_counts(_conninfo(restore_db))
        assert restored == original
        assert original["wagtailcore_page"] >= 4  # root + fi/sv/en home pages
        with psycopg.connect(_conninfo(restore_db)) as conn:
            titles = {
                row[0]
                for row in conn.execute("SELECT intro FROM cms_homepage ORDER BY page_ptr_id")
            }
        assert "Välkommen till Tutuksi." in titles
    finally:
        with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restore_db}"')
