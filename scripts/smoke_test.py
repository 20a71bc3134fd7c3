"""After a build, check the warehouse the way a BI tool sees it.

Connects as the BI role (bi_reader; password from LGS_BI_READER_PASSWORD if set), queries every
mart that dbt's manifest lists (models under models/marts), checks every column of its YAML
contract is there, counts its rows (an empty mart is reported, not failed), and checks that the
role cannot read raw data. Prints one line per mart; exits 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import os
import sys

import psycopg
from psycopg import sql

from scripts import db


def check(conn: psycopg.Connection, schema: str, contract: dict[str, tuple[str, ...]]) -> list[str]:
    """Problems seen as the BI role: unreadable marts, missing contract columns, readable raw data.

    An empty mart is reported, not failed — a small shop's data legitimately leaves some empty
    (no pairs bought together, no recommendations) — unless the reconciliation, which accounts
    for every raw row, is empty while raw is not.
    """
    problems: list[str] = []
    counts: dict[str, int] = {}
    for mart, columns in contract.items():
        try:
            cur = conn.execute(sql.SQL("select * from {}.{} limit 0").format(sql.Identifier(schema),
                                                                              sql.Identifier(mart)))
            present = {d.name for d in cur.description}
            count = conn.execute(sql.SQL("select count(*) from {}.{}").format(
                sql.Identifier(schema), sql.Identifier(mart))).fetchone()[0]
        except psycopg.Error as exc:
            conn.rollback()
            problems.append(f"{mart}: cannot be read: {str(exc).strip().splitlines()[0]}")
            print(f"  {mart:<28} FAILED")
            continue
        missing = [c for c in columns if c not in present]
        status = "ok"
        if missing:
            problems.append(f"{mart}: missing contract columns {', '.join(missing)}")
            status = "MISSING COLUMNS"
        elif count == 0:
            status = "ok (empty)"
        counts[mart] = count
        print(f"  {mart:<28} {count:>12,} rows  {len(present):>3} columns  {status}")
    raw = sql.Identifier(db.schema("raw"))
    try:
        conn.execute(sql.SQL("select 1 from {}.lgs_transactions limit 1").format(raw))
        problems.append("the BI role can read raw data; it must read marts only")
    except psycopg.errors.InsufficientPrivilege:
        conn.rollback()
    if counts.get("dq_monthly_reconciliation") == 0 and counts.get("fct_invoice_lines", 0) > 0:
        problems.append("dq_monthly_reconciliation: no rows, though there are invoice lines")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--role", default="bi_reader", help="role to connect as (default bi_reader)")
    parser.add_argument("--schema", default=db.schema("marts"),
                        help="schema holding the marts (default: the marts layer's, LGS_SCHEMA_PREFIX applied)")
    args = parser.parse_args(argv)
    contract = db.marts()
    s = db.settings()
    info = dict(host=s["PGHOST"], port=s["PGPORT"], dbname=s["PGDATABASE"], user=args.role, connect_timeout=10)
    if os.environ.get("LGS_BI_READER_PASSWORD"):
        info["password"] = os.environ["LGS_BI_READER_PASSWORD"]
    print(f"\n== BI smoke test: {args.role}@{s['PGHOST']}:{s['PGPORT']}/{s['PGDATABASE']}, schema {args.schema}")
    try:
        with psycopg.connect(**info) as conn:
            problems = check(conn, args.schema, contract)
    except psycopg.OperationalError as exc:
        print(f"error: cannot connect as {args.role}: {str(exc).strip()} (run make roles; set "
              "LGS_BI_READER_PASSWORD if the server asks for a password)", file=sys.stderr)
        return 1
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    print(f"BI access OK: {len(contract)} marts readable with every contract column; raw data not readable.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
