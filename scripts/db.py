"""Connection settings for the warehouse's PostgreSQL server.

The project uses the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
`scripts.pg_server start` sets them for the embedded server when none is configured; every
other script and dbt only read them.
"""

from __future__ import annotations

import os

import psycopg

DEFAULTS = {
    "PGHOST": "127.0.0.1",
    "PGPORT": "5432",
    "PGUSER": "postgres",
    "PGDATABASE": "postgres",
}


def settings(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The libpq settings in force, with the project's defaults filled in."""
    env = os.environ if environ is None else environ
    resolved = {key: env.get(key) or default for key, default in DEFAULTS.items()}
    if env.get("PGPASSWORD"):
        resolved["PGPASSWORD"] = env["PGPASSWORD"]
    return resolved


def conninfo(dbname: str | None = None, environ: dict[str, str] | None = None) -> str:
    """A libpq connection string for the configured server (optionally another database)."""
    s = settings(environ)
    parts = {
        "host": s["PGHOST"],
        "port": s["PGPORT"],
        "user": s["PGUSER"],
        "dbname": dbname or s["PGDATABASE"],
    }
    if "PGPASSWORD" in s:
        parts["password"] = s["PGPASSWORD"]
    return psycopg.conninfo.make_conninfo(**parts)


def connect(dbname: str | None = None, autocommit: bool = False) -> psycopg.Connection:
    """Open a connection, with an error that says where it tried to connect."""
    s = settings()
    try:
        return psycopg.connect(conninfo(dbname), autocommit=autocommit, connect_timeout=10)
    except psycopg.OperationalError as exc:
        where = f"{s['PGUSER']}@{s['PGHOST']}:{s['PGPORT']}/{dbname or s['PGDATABASE']}"
        raise SystemExit(
            f"error: cannot connect to PostgreSQL at {where}: {str(exc).strip()}\n"
            "Unset PGHOST to use the project's embedded server, or check the PG* variables."
        ) from exc
