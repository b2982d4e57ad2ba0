"""`kaiku backup` and `kaiku restore` with a real kaiku binary, on SQLite and on PostgreSQL:
a backup taken while the server runs restores into an empty database with every table equal
row by row; a database that is not empty is refused unless --force."""
import os
import sqlite3
import subprocess
import urllib.parse

import pytest

from conftest import KAIKU_BIN, Server


def kaiku(database, *args, stdin=None):
    return subprocess.run([KAIKU_BIN, *args, "--database", database], input=stdin, capture_output=True, text=True, timeout=600)


def fill(database):
    """The demo (organisation, survey, waves, the 1,500 baseline responses) and 30 more, a
    manager and a token: rows in responses, users, api_tokens, the audit log..."""
    demo = kaiku(database, "demo", "--responses", "30", "--wave", "2018")
    assert demo.returncode == 0, demo.stderr
    added = kaiku(database, "user", "add", "maija", "--role", "manager", "--library", "karkkila", "--password-stdin",
                  stdin="pitkä ja hyvä salasana\n")
    assert added.returncode == 0, added.stderr
    token = kaiku(database, "token", "create", "maija")
    assert token.returncode == 0, token.stderr
    return token.stdout.strip()


def add_while_serving(database):
    """One more response from another process while the server runs on the same database."""
    more = kaiku(database, "demo", "--responses", "1", "--wave", "2018")
    assert more.returncode == 0, more.stderr


# ---- SQLite ---------------------------------------------------------------------------------

def sqlite_tables(path):
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        tables = {}
        for name in names:
            width = len(connection.execute(f'SELECT * FROM "{name}" LIMIT 0').description)
            order = ", ".join(str(i) for i in range(1, width + 1))
            tables[name] = connection.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return tables, schema


def test_sqlite_backup_while_serving_restores_every_row(sqlite_server, tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    fill(database)
    server = sqlite_server().start()
    add_while_serving(database)
    backup = tmp_path / "backup.sqlite"

    made = kaiku(database, "backup", str(backup))
    assert made.returncode == 0, made.stderr
    assert "Backed up" in made.stdout and "1531 responses" in made.stdout, made.stdout
    assert not list(tmp_path.glob(".backup.sqlite*")), "no partial file is left"
    again = kaiku(database, "backup", str(backup))
    assert again.returncode != 0 and "exists already" in again.stderr
    server.stop()

    restored = str(tmp_path / "restored.sqlite")
    done = kaiku(restored, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert "Restored" in done.stdout and "1531 responses" in done.stdout, done.stdout
    original_tables, original_schema = sqlite_tables(database)
    restored_tables, restored_schema = sqlite_tables(restored)
    assert sorted(restored_tables) == sorted(original_tables)
    assert {"responses", "users", "api_tokens", "audit_events", "surveys", "waves"} <= set(original_tables)
    for name, rows in original_tables.items():
        assert restored_tables[name] == rows, f"table {name} differs"
    assert restored_schema == original_schema
    assert len(original_tables["responses"]) == 1531

    # Not into a database that holds data, unless --force; the refusal changes nothing.
    refused = kaiku(restored, "restore", str(backup))
    assert refused.returncode != 0
    assert "is not empty: restore into an empty database, or add --force" in refused.stderr
    other = tmp_path / "other.sqlite"
    assert kaiku(str(other), "migrate").returncode == 0
    assert kaiku(str(other), "user", "add", "pekka", "--role", "admin", "--password-stdin", stdin="pitkä ja hyvä salasana\n").returncode == 0
    refused = kaiku(str(other), "restore", str(backup))
    assert refused.returncode != 0 and "--force" in refused.stderr
    assert len(sqlite_tables(str(other))[0]["users"]) == 1, "the refused restore changed nothing"
    forced = kaiku(str(other), "restore", "--force", str(backup))
    assert forced.returncode == 0, forced.stderr
    assert sqlite_tables(str(other))[0] == original_tables

    # A migrated but empty database is empty; a file that is no backup is refused.
    empty = tmp_path / "empty.sqlite"
    assert kaiku(str(empty), "migrate").returncode == 0
    assert kaiku(str(empty), "restore", str(backup)).returncode == 0
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a backup at all")
    wrong = kaiku(str(tmp_path / "fresh.sqlite"), "restore", str(junk))
    assert wrong.returncode != 0 and "is not a Kaiku backup" in wrong.stderr


# ---- PostgreSQL -----------------------------------------------------------------------------

POSTGRES_URL = os.environ.get("KAIKU_TEST_POSTGRES_URL")


def psql(url, sql):
    done = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def with_database(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def postgres_tables(url):
    names = psql(url, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").split()
    tables = {}
    for name in names:
        width = int(psql(url, f"SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{name}'"))
        order = ", ".join(str(i) for i in range(1, width + 1))
        tables[name] = psql(url, f'COPY (SELECT * FROM "{name}" ORDER BY {order}) TO STDOUT').splitlines()
    return tables


@pytest.fixture
def postgres_databases():
    if not POSTGRES_URL:
        pytest.skip("KAIKU_TEST_POSTGRES_URL is not set")
    admin = with_database(POSTGRES_URL, "postgres")
    prefix = f"kaiku_backup_test_{os.getpid()}"
    names = [f"{prefix}_{n}" for n in ("source", "target", "other")]
    for name in names:
        psql(admin, f"DROP DATABASE IF EXISTS {name}")
        psql(admin, f"CREATE DATABASE {name}")
    yield [with_database(POSTGRES_URL, name) for name in names]
    for name in names:
        psql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_postgres_backup_while_serving_restores_every_row(postgres_databases, tmp_path):
    source, target, other = postgres_databases
    fill(source)
    server = Server(source, str(tmp_path)).start()
    try:
        add_while_serving(source)
        backup = tmp_path / "kaiku.pgdump"
        made = kaiku(source, "backup", str(backup))
        assert made.returncode == 0, made.stderr
        assert "1531 responses" in made.stdout, made.stdout
        assert backup.read_bytes()[:5] == b"PGDMP"
    finally:
        server.stop()

    done = kaiku(target, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    original = postgres_tables(source)
    restored = postgres_tables(target)
    assert sorted(restored) == sorted(original)
    assert len(original["responses"]) == 1531
    for name, rows in original.items():
        assert restored[name] == rows, f"table {name} differs"

    refused = kaiku(target, "restore", str(backup))
    assert refused.returncode != 0 and "is not empty" in refused.stderr and "--force" in refused.stderr
    assert kaiku(other, "migrate").returncode == 0
    assert kaiku(other, "user", "add", "pekka", "--role", "admin", "--password-stdin", stdin="pitkä ja hyvä salasana\n").returncode == 0
    assert kaiku(other, "restore", str(backup)).returncode != 0
    forced = kaiku(other, "restore", "--force", str(backup))
    assert forced.returncode == 0, forced.stderr
    assert postgres_tables(other) == original

    sqlite_backup = tmp_path / "wrong.sqlite"
    sqlite_backup.write_bytes(b"SQLite format 3\x00" + bytes(100))
    wrong = kaiku(target, "restore", "--force", str(sqlite_backup))
    assert wrong.returncode != 0 and "cannot be restored into PostgreSQL" in wrong.stderr
