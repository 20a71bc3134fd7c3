"""Print what a build produced: rows in each mart, reconciliation totals, how to connect, where the docs are."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from psycopg import sql

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent


def mart_counts(conn, schema: str) -> dict[str, int | None]:
    """Rows in each mart dbt's manifest lists; None for a mart that is not in the database."""
    counts: dict[str, int | None] = {}
    for mart in db.marts():
        if not db.relation_exists(conn, schema, mart):
            counts[mart] = None
            continue
        query = sql.SQL("select count(*) from {}.{}").format(sql.Identifier(schema), sql.Identifier(mart))
        counts[mart] = conn.execute(query).fetchone()[0]
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schema", default=db.schema("marts"),
                        help="schema holding the marts (default: the marts layer's, LGS_SCHEMA_PREFIX applied)")
    args = parser.parse_args(argv)
    s = db.settings()
    with db.connect() as conn:
        counts = mart_counts(conn, args.schema)
        totals = conn.execute(
            sql.SQL(
                "select sum(raw_rows), sum(raw_amount), sum(duplicate_rows), sum(rejected_rows), "
                "sum(unaccounted_rows), sum(unaccounted_amount) from {}.dq_monthly_reconciliation"
            ).format(sql.Identifier(args.schema))
        ).fetchone() if counts.get("dq_monthly_reconciliation") is not None else None
        loads = conn.execute(
            sql.SQL("select count(*), coalesce(sum(row_count), 0) from {}.lgs_loads").format(
                sql.Identifier(db.schema("raw")))
        ).fetchone()
    print("\n== LGS warehouse built ==")
    print(f"raw: {loads[1]:,} rows from {loads[0]} load(s)")
    print(f"marts ({args.schema}):")
    for mart, count in counts.items():
        shown = "missing" if count is None else f"{count:>12,} rows" + ("  (empty)" if count == 0 else "")
        print(f"  {mart:<28} {shown}")
    if totals:
        print(f"reconciliation: {totals[0]:,} raw rows, £{totals[1]:,.2f} raw amount, "
              f"{totals[2]:,} duplicates, {totals[3]:,} rejected; unaccounted {totals[4]} rows, "
              f"£{totals[5]:.2f}")
    print(f"connect: psql \"host={s['PGHOST']} port={s['PGPORT']} user={s['PGUSER']} "
          f"dbname={s['PGDATABASE']}\"   (or: make psql)")
    docs = PROJECT_DIR / "target" / "index.html"
    print(f"docs: {docs if docs.exists() else 'not generated'}   (serve them: make docs)")
    missing = [m for m, c in counts.items() if c is None]
    if missing:
        print(f"error: marts missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
