"""Print what a build produced: rows in each mart, reconciliation totals, how to connect, where the docs are."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from psycopg import sql

from scripts import db
from scripts.smoke_test import CONTRACT, MAY_BE_EMPTY

PROJECT_DIR = Path(__file__).resolve().parent.parent
MARTS = (*CONTRACT, *MAY_BE_EMPTY)  # every mart: the contract ones and dq_rejected_rows


def mart_counts(conn, schema: str = "marts") -> dict[str, int | None]:
    counts: dict[str, int | None] = {}
    for mart in MARTS:
        exists = conn.execute("select to_regclass(%s)", (f"{schema}.{mart}",)).fetchone()[0]
        if exists is None:
            counts[mart] = None
            continue
        query = sql.SQL("select count(*) from {}.{}").format(sql.Identifier(schema), sql.Identifier(mart))
        counts[mart] = conn.execute(query).fetchone()[0]
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schema", default="marts", help="schema holding the marts (default marts)")
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
            "select count(*), coalesce(sum(row_count), 0) from raw.lgs_loads"
        ).fetchone()
    print("\n== LGS warehouse built ==")
    print(f"raw: {loads[1]:,} rows from {loads[0]} load(s)")
    print(f"marts ({args.schema}):")
    for mart, count in counts.items():
        print(f"  {mart:<28} {'missing' if count is None else f'{count:>12,} rows'}")
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
