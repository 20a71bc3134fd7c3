"""Create the warehouse's database roles and their privileges (idempotent; run as an admin).

  lgs_raw_owner    cannot log in; owns the `raw` schema and its tables, so no process that runs
                   can rewrite or erase what was delivered.
  lgs_loader       logs in; reads `raw` and appends to it (SELECT, INSERT; never UPDATE, DELETE or
                   TRUNCATE): what scripts/load_raw.py and the live loop's mover need.
  lgs_feed         logs in; may only append lines to the live feed `raw.lgs_ingest` (INSERT): what
                   the shop, or a change-data-capture tool reading its database, writes as.
  lgs_transformer  logs in; reads `raw`, owns `staging`, `intermediate`, `marts`, `reference`
                   (what dbt needs: run dbt with PGUSER=lgs_transformer).
  bi_reader        logs in; reads `marts` only. Its SELECT on each mart is granted by dbt's
                   `grants` config, so rebuilt tables keep it.

Sessions never wait long on a lock or hold one forever (set per role, never in the server's
configuration): the loader and the transformer give up a lock wait after `LOCK_TIMEOUT` (the
build retries and names the blocking session), and a `bi_reader` session left idle inside a
transaction for `READER_IDLE_TIMEOUT` is ended, so a dashboard cannot stall a refresh. Ownership
is changed only where it is wrong: re-running this takes no lock on a mart.

Passwords come from LGS_LOADER_PASSWORD, LGS_TRANSFORMER_PASSWORD, LGS_FEED_PASSWORD and
LGS_BI_READER_PASSWORD when set (never from a file in the repository); without them the roles can log in only where
the server trusts local connections, as the embedded server does.
"""

from __future__ import annotations

import argparse
import os
import sys

from psycopg import sql

from scripts import db, load_raw

LOADER, TRANSFORMER, READER = "lgs_loader", "lgs_transformer", "bi_reader"
RAW_OWNER, FEED = "lgs_raw_owner", "lgs_feed"
PASSWORD_VARS = {LOADER: "LGS_LOADER_PASSWORD", TRANSFORMER: "LGS_TRANSFORMER_PASSWORD",
                 READER: "LGS_BI_READER_PASSWORD", FEED: "LGS_FEED_PASSWORD"}
LOCK_TIMEOUT = "3s"
READER_IDLE_TIMEOUT = "5min"
SESSION_SETTINGS = {
    LOADER: {"lock_timeout": LOCK_TIMEOUT},
    TRANSFORMER: {"lock_timeout": LOCK_TIMEOUT},
    FEED: {"lock_timeout": LOCK_TIMEOUT},
    READER: {"idle_in_transaction_session_timeout": READER_IDLE_TIMEOUT},
}


def ensure_role(conn, role: str, login: bool = True) -> None:
    exists = conn.execute("select 1 from pg_roles where rolname = %s", (role,)).fetchone()
    ident = sql.Identifier(role)
    keyword = sql.SQL("login" if login else "nologin")
    if not exists:
        conn.execute(sql.SQL("create role {} {}").format(ident, keyword))
    else:
        conn.execute(sql.SQL("alter role {} {}").format(ident, keyword))
    password = os.environ.get(PASSWORD_VARS.get(role, ""), "")
    if password and login:
        conn.execute(sql.SQL("alter role {} password {}").format(ident, sql.Literal(password)))
    for name, value in SESSION_SETTINGS.get(role, {}).items():
        conn.execute(sql.SQL("alter role {} set {} = {}").format(ident, sql.Identifier(name), sql.Literal(value)))


def _reassign_schema(conn, schema: str, owner: str) -> None:
    """Make `owner` own the schema and every table, view and sequence in it.

    Only what another role owns is altered: `alter table … owner` takes an exclusive lock, which a
    BI session reading the table would make it wait for (and queue every later reader behind it).
    """
    s, o = sql.Identifier(schema), sql.Identifier(owner)
    conn.execute(sql.SQL("create schema if not exists {} authorization {}").format(s, o))
    current = conn.execute("select pg_get_userbyid(nspowner) from pg_namespace where nspname = %s",
                           (schema,)).fetchone()[0]
    if current != owner:
        conn.execute(sql.SQL("alter schema {} owner to {}").format(s, o))
    rows = conn.execute(
        "select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = %s and c.relkind in ('r', 'v', 'm', 'S', 'p') "
        "and pg_get_userbyid(c.relowner) <> %s "
        "and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))",
        (schema, owner),
    ).fetchall()
    for name, kind in rows:
        keyword = {"r": "table", "p": "table", "v": "view", "m": "materialized view", "S": "sequence"}[kind]
        conn.execute(sql.SQL("alter {} {}.{} owner to {}").format(sql.SQL(keyword), s, sql.Identifier(name), o))


def setup(conn, database: str) -> None:
    ensure_role(conn, RAW_OWNER, login=False)
    for role in (LOADER, TRANSFORMER, READER, FEED):
        ensure_role(conn, role)
    dbname = sql.Identifier(database)
    loader, transformer, reader, feed, owner = (
        sql.Identifier(r) for r in (LOADER, TRANSFORMER, READER, FEED, RAW_OWNER))
    conn.execute(sql.SQL("grant connect on database {} to {}, {}, {}, {}").format(
        dbname, loader, transformer, reader, feed))
    conn.execute(sql.SQL("grant create on database {} to {}").format(dbname, transformer))
    # to name the session that holds a lock a build or the live loop waits for (user, client, age)
    conn.execute(sql.SQL("grant pg_read_all_stats to {}, {}").format(transformer, loader))
    conn.execute(sql.SQL("revoke create on schema public from public"))

    # raw: created here and owned by a role nobody logs in as; the loader reads and appends, the
    # feed appends to its table only, the transformer reads; nobody who runs may rewrite it
    raw_name = db.schema("raw")
    raw = sql.Identifier(raw_name)
    load_raw.ensure_schema(conn)
    _reassign_schema(conn, raw_name, RAW_OWNER)
    conn.execute(sql.SQL("revoke all on all tables in schema {} from {}, {}, {}").format(raw, loader, feed, reader))
    conn.execute(sql.SQL("grant usage on schema {} to {}, {}, {}").format(raw, loader, transformer, feed))
    conn.execute(sql.SQL("grant select, insert on all tables in schema {} to {}").format(raw, loader))
    conn.execute(sql.SQL("grant usage, select on all sequences in schema {} to {}").format(raw, loader))
    # the loader numbers each file's rows from 1 (setval on its counter): a counter, not data
    conn.execute(sql.SQL("grant update on sequence {} to {}").format(
        sql.Identifier(raw_name, load_raw.ROW_SEQUENCE), loader))
    conn.execute(sql.SQL("grant select on all tables in schema {} to {}").format(raw, transformer))
    ingest = sql.Identifier(raw_name, load_raw.INGEST_TABLE)
    conn.execute(sql.SQL("grant insert on {} to {}").format(ingest, feed))
    conn.execute(sql.SQL("grant select (sender_line_id) on {} to {}").format(ingest, feed))
    conn.execute(sql.SQL("alter default privileges for role {} in schema {} grant select on tables to {}")
                 .format(owner, raw, transformer))
    conn.execute(sql.SQL("alter default privileges for role {} in schema {} grant select, insert on tables to {}")
                 .format(owner, raw, loader))

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
    print(f"[roles] {RAW_OWNER} (owns {db.schema('raw')}, no login), {LOADER} (appends to {db.schema('raw')}), "
          f"{FEED} (appends to the live feed), {TRANSFORMER} (reads {db.schema('raw')}, owns "
          f"{'/'.join(db.schema(layer) for layer in db.LAYERS)}), {READER} (reads {db.schema('marts')}) ready in "
          f"database {database}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
