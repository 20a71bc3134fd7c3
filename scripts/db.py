"""Settings shared by every script: the PostgreSQL connection, schema names, the marts, dbt runs.

The project uses the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
`scripts.pg_server start` sets them for the embedded server when none is configured; every
other script and dbt only read them.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import psycopg
import yaml
from psycopg import sql

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


# ---------- schema names: one place (dbt_project.yml), with the developer prefix applied

PROJECT_DIR = Path(__file__).resolve().parent.parent
LAYERS = ("staging", "intermediate", "marts", "reference")


@functools.cache
def _project() -> dict:
    return yaml.safe_load((PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8"))


def schema(layer: str, environ: dict[str, str] | None = None) -> str:
    """The schema a layer lives in, as dbt names it (macros/generate_schema_name.sql).

    `raw` is the loader's schema (the `raw_schema` var), never prefixed; `predictions` (the
    predictive step's tables) is the `predictions_schema` var, prefixed; the dbt layers take the
    `+schema` of their folder in dbt_project.yml, prefixed with LGS_SCHEMA_PREFIX when it is set.
    """
    project = _project()
    if layer == "raw":
        return project["vars"]["raw_schema"]
    env = os.environ if environ is None else environ
    prefix = env.get("LGS_SCHEMA_PREFIX", "").strip()
    if layer == "predictions":  # what scripts/predict.py writes (macros/prediction_tables.sql)
        name = project["vars"]["predictions_schema"]
        return f"{prefix}_{name}" if prefix else name
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; expected raw or one of {', '.join(LAYERS)}")
    if layer == "reference":
        name = project["seeds"]["lgs_warehouse"]["+schema"]
    else:
        name = project["models"]["lgs_warehouse"][layer]["+schema"]
    return f"{prefix}_{name}" if prefix else name


def var(name: str):
    """A var's value as dbt_project.yml sets it (not `--vars` overrides)."""
    return _project()["vars"][name]


def advisory_lock_holder(conn: psycopg.Connection, key: int) -> str:
    """Who holds session advisory lock `key` in this database: session, user, client, age."""
    row = conn.execute(
        "select a.pid, a.usename, coalesce(nullif(a.application_name, ''), 'unnamed client'), "
        "coalesce(a.client_addr::text, 'local socket'), extract(epoch from now() - a.backend_start)::int "
        "from pg_locks l join pg_stat_activity a on a.pid = l.pid "
        "where l.locktype = 'advisory' and l.objid = %s and l.granted "
        "and l.database = (select oid from pg_database where datname = current_database()) limit 1",
        (key,)).fetchone()
    if not row:
        return "another session"
    return f"session {row[0]} of {row[1]} ({row[2]}) from {row[3]}, running for {row[4]} s"


def relation_exists(conn: psycopg.Connection, schema_name: str, name: str) -> bool:
    """Whether schema_name.name is a table or view in the connected database."""
    return conn.execute("select to_regclass(format('%%I.%%I', %s::text, %s::text)) is not null",
                        (schema_name, name)).fetchone()[0]


# ---------- the marts and their contracts: from dbt's manifest

def marts(manifest_path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Every mart (a model under models/marts) with its declared columns, from dbt's manifest.

    The manifest is the one in dbt's target folder: DBT_TARGET_PATH when set, else target/.
    """
    target = Path(os.environ.get("DBT_TARGET_PATH") or PROJECT_DIR / "target")
    path = manifest_path or (target if target.is_absolute() else PROJECT_DIR / target) / "manifest.json"
    if not path.exists():
        raise SystemExit(f"error: {path} not found; run `dbt parse` (or make build) first")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    found = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] == "model" and node["fqn"][1:2] == ["marts"]:
            found[node["name"]] = tuple(node["columns"])
    return dict(sorted(found.items()))


# ---------- scratch databases and dbt runs, for the tests and the benchmark

def recreate_database(name: str) -> None:
    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))


def drop_database(name: str) -> None:
    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def env_for(database: str, **extra: str) -> dict[str, str]:
    """The environment for a loader or dbt subprocess working on `database`."""
    env = dict(os.environ)
    env["PGDATABASE"] = database
    env.setdefault("DBT_PROFILES_DIR", str(PROJECT_DIR / ".warehouse"))
    env["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
    env.update(extra)
    return env


def dbt_command(*args: str, target: Path | None = None) -> list[str]:
    """The argument list of one dbt invocation (the venv's dbt), optionally with its own target folder."""
    command = [str(Path(sys.executable).parent / "dbt"), *args]
    if target is not None:
        command += ["--target-path", str(target), "--log-path", str(target / "logs")]
    return command
