"""Answer the notebook's questions from the semantic layer's metrics (MetricFlow), month by month.

    python -m scripts.metrics              # every question
    python -m scripts.metrics orders       # one or more by name

Each question is one `mf query` over the metrics defined in models/semantic/sales_metrics.yml,
bounded to the months the data covers. Uses the connection in force (PG* variables) and the
project's dbt profile; needs target/semantic_manifest.json, which every dbt build writes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from psycopg import sql

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent

QUESTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "orders": ("Placed vs cancelled orders per month", ("placed_orders", "cancelled_orders")),
    "sales": ("Net sales and growth per month",
              ("gross_sales", "returns_amount", "net_sales", "net_sales_growth_pct", "average_order_value")),
    "customers": ("Active, new and returning customers per month",
                  ("active_customers", "new_customers", "returning_customers", "customers_to_date")),
}


def mf_query(metrics: tuple[str, ...], group_by: tuple[str, ...], start: str, end: str,
             csv: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """One `mf query` of the metrics, between two dates; the table on stdout, or a CSV file."""
    command = [str(Path(sys.executable).parent / "mf"), "query", "--metrics", ",".join(metrics),
               "--group-by", ",".join(group_by), "--order", group_by[0],
               "--start-time", start, "--end-time", end, "--decimals", "2"]
    if csv is not None:
        command += ["--csv", str(csv)]
    return subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"questions to answer (default: all of {', '.join(QUESTIONS)})")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(QUESTIONS))
    if unknown:
        print(f"error: no question named {', '.join(unknown)}; available: {', '.join(QUESTIONS)}", file=sys.stderr)
        return 2
    if not (PROJECT_DIR / "target" / "semantic_manifest.json").exists():
        print("error: target/semantic_manifest.json not found; run make build (or dbt parse) first", file=sys.stderr)
        return 1
    with db.connect() as conn:
        first, last = conn.execute(sql.SQL("select min(invoice_date), max(invoice_date) from {}.fct_invoices").format(
            sql.Identifier(db.schema("marts")))).fetchone()
    if first is None:
        print("no invoices in the warehouse yet: nothing to answer")
        return 0
    for name in args.names or QUESTIONS:
        title, metrics = QUESTIONS[name]
        result = mf_query(metrics, ("metric_time__month",), first.replace(day=1).isoformat(), last.isoformat())
        if result.returncode != 0:
            print(f"error: mf query for {name} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}",
                  file=sys.stderr)
            return 1
        table = result.stdout[result.stdout.find("metric_time__month"):]
        print(f"\n== {title} (metrics: {', '.join(metrics)})\n{table.rstrip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
