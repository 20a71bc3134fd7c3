"""Create the warehouse's database roles and their privileges (idempotent; run as an admin).

  lgs_loader       logs in; writes the `raw` schema only (what scripts/load_raw.py needs).
  lgs_transformer  logs in; reads `raw`, owns `staging`, `intermediate`, `marts`, `reference`
                   (what dbt needs: run dbt with PGUSER=lgs_transformer).
  bi_reader        logs in; reads `marts` only. Its SELECT on each mart is granted by dbt's
                   `grants` config, so rebuilt tables keep it.

Passwords come from LGS_LOADER_PASSWORD, LGS_TRANSFORMER_PASSWORD and LGS_BI_READER_PASSWORD
when set (never from a file in the repository); without them the roles can log in only where
the server trusts local connections, as the embedded server does.
"""

from __future__ import annotations

import argparse
import os
import sys

from psycopg import sql

from scripts import db

LOADER, TRANSFORMER, READER = "lgs_loader", "lgs_transformer", "bi_reader"
PASSWORD_VARS = {LOADER: "LGS_LOADER_PASSWORD", TRANSFORMER: "LGS_TRANSFORMER_PASSWORD",
                 READER: "LGS_BI_READER_PASSWORD"}


def ensure_role(conn, role: str) -> None:
    exists = conn.execute("select 1 from pg_roles where rolname = %s", (role,)).fetchone()
    ident = sql.Identifier(role)
    if not exists:
        conn.execute(sql.SQL("create role {} login").format(ident))
    else:
        conn.execute(sql.SQL("alter role {} login").format(ident))
    password = os.environ.get(PASSWORD_VARS[role])
    if password:
        conn.execute(sql.SQL("alter role {} password {}").format(ident, sql.Literal(password)))


def _reassign_schema(conn, schema: str, owner: str) -> None:
    """Make `owner` own the schema and every table, view and sequence in it."""
    s, o = sql.Identifier(schema), sql.Identifier(owner)
    conn.execute(sql.SQL("create schema if not exists {} authorization {}").format(s, o))
    conn.execute(sql.SQL("alter schema {} owner to {}").format(s, o))
    rows = conn.execute(
        "select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = %s and c.relkind in ('r', 'v', 'm', 'S', 'p') "
        "and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))",
        (schema,),
    ).fetchall()
    for name, kind in rows:
        keyword = {"r": "table", "p": "table", "v": "view", "m": "materialized view", "S": "sequence"}[kind]
        conn.execute(sql.SQL("alter {} {}.{} owner to {}").format(sql.SQL(keyword), s, sql.Identifier(name), o))


def setup(conn, database: str) -> None:
    for role in (LOADER, TRANSFORMER, READER):
        ensure_role(conn, role)
    dbname = sql.Identifier(database)
    loader, transformer, reader = (sql.Identifier(r) for r in (LOADER, TRANSFORMER, READER))
    conn.execute(sql.SQL("grant connect on database {} to {}, {}, {}").format(dbname, loader, transformer, reader))
    conn.execute(sql.SQL("grant create on database {} to {}").format(dbname, transformer))
    conn.execute(sql.SQL("revoke create on schema public from public"))

    # raw: the loader owns it; the transformer reads it (now and whatever the loader adds later)
    raw = sql.Identifier(db.schema("raw"))
    _reassign_schema(conn, db.schema("raw"), LOADER)
    conn.execute(sql.SQL("grant usage on schema {} to {}").format(raw, transformer))
    conn.execute(sql.SQL("grant select on all tables in schema {} to {}").format(raw, transformer))
    conn.execute(sql.SQL("alter default privileges for role {} in schema {} grant select on tables to {}")
                 .format(loader, raw, transformer))

    # the transformed layers (prefixed when LGS_SCHEMA_PREFIX is set) belong to the transformer;
    # the reader may look into marts only
    for layer in db.LAYERS:
        _reassign_schema(conn, db.schema(layer), TRANSFORMER)
    conn.execute(sql.SQL("grant usage on schema {} to {}").format(sql.Identifier(db.schema("marts")), reader))
    for schema in ["raw", *(layer for layer in db.LAYERS if layer != "marts")]:
        conn.execute(sql.SQL("revoke all on schema {} from {}").format(sql.Identifier(db.schema(schema)), reader))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    database = db.settings()["PGDATABASE"]
    with db.connect(autocommit=True) as conn:
        can = conn.execute("select rolsuper or rolcreaterole from pg_roles where rolname = current_user").fetchone()
        if not can or not can[0]:
            print(f"error: {db.settings()['PGUSER']} may not create roles; run this as a superuser or a "
                  "role with CREATEROLE", file=sys.stderr)
            return 1
        setup(conn, database)
    print(f"[roles] {LOADER} (writes {db.schema('raw')}), {TRANSFORMER} (reads {db.schema('raw')}, owns "
          f"{'/'.join(db.schema(layer) for layer in db.LAYERS)}), {READER} (reads {db.schema('marts')}) ready in "
          f"database {database}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
