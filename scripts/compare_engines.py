"""Every mart of a PostgreSQL build against the same mart of a Spark build, row for row.

Used by the Spark test (pytests/test_spark.py) on the demo data and by `make bench` on the
eight real weeks. Money and counts must be equal (Decimal equality: 2.5 = 2.500000); doubles
(probabilities, p-values) equal to 1e-9 relative; JSON compared parsed; the columns that say
when each engine's own load or fit ran need only be set on both. The live marts are
PostgreSQL's alone (the live feed is).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal

import psycopg

from scripts import db

LIVE_MARTS = frozenset({"live_sales_by_hour", "live_top_products"})
RUN_TIMES = frozenset({"started_at", "loaded_at", "fitted_at"})


def _value(value):
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _sort_key(row: tuple) -> tuple:
    # doubles last and rounded, so rows whose doubles differ in the last bits still line up;
    # timestamps out of the key (a load's time differs between the engines)
    exact = tuple("" if v is None else (format(v.normalize(), "f") if isinstance(v, Decimal) else str(v))
                  for v in row if not isinstance(v, float | dt.datetime))
    return exact + tuple(round(v, 6) for v in row if isinstance(v, float))


def same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return a == b


def compare(database: str, session, marts: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """(rows of each mart equal on both engines, what differs in the others)."""
    schema = db.schema("marts")
    equal, differing = {}, {}
    with psycopg.connect(db.conninfo(database)) as conn:
        for mart in marts:
            cur = conn.execute(f"select * from {schema}.{mart}")
            columns = [c.name for c in cur.description]
            pg_rows = sorted((tuple(_value(v) for v in r) for r in cur.fetchall()), key=_sort_key)
            frame = session.table(f"{schema}.{mart}")
            if frame.columns != columns:
                differing[mart] = f"columns: Spark {frame.columns}, PostgreSQL {columns}"
                continue
            spark_rows = sorted((tuple(_value(v) for v in r) for r in frame.collect()), key=_sort_key)
            if len(spark_rows) != len(pg_rows):
                differing[mart] = f"{len(spark_rows):,} rows on Spark, {len(pg_rows):,} on PostgreSQL"
                continue
            for number, (s_row, p_row) in enumerate(zip(spark_rows, pg_rows, strict=True)):
                cells = [f"{c}: Spark {s!r}, PostgreSQL {p!r}" for c, s, p in zip(columns, s_row, p_row, strict=True)
                         if not (same(s, p) or (c in RUN_TIMES and s is not None and p is not None))]
                if cells:
                    differing[mart] = f"row {number}: " + "; ".join(cells[:4])
                    break
            else:
                equal[mart] = len(pg_rows)
    return equal, differing


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.compare_engines DATABASE`, with DBT_TARGET_PATH the PostgreSQL build's target
    folder and LGS_SPARK_DIR the Spark build's folder: one line per mart, exit 1 when any differs."""
    import argparse
    import os
    import sys
    import time

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", help="the PostgreSQL database holding the build")
    parser.add_argument("--json", help="also write the result here")
    args = parser.parse_args(argv)
    os.environ["TZ"] = "UTC"
    time.tzset()
    from scripts import spark

    marts = sorted(set(db.marts()) - LIVE_MARTS)
    equal, differing = compare(args.database, spark.session(), marts)
    for mart in marts:
        print(f"  {mart:<32} " + (f"equal, {equal[mart]:,} rows" if mart in equal else f"DIFFERS: {differing[mart]}"))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"equal": equal, "differing": differing}, handle, indent=2)
    print(f"{len(equal)} of {len(marts)} marts equal on PostgreSQL and Spark", file=sys.stderr)
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
