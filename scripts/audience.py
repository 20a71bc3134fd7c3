"""Write an experiment's treatment group as a CSV for the email tool.

    python -m scripts.audience EXPERIMENT_ID [--output FILE]

One row per customer in the experiment's treatment group: customer id, country and the product
to feature (their top recommendation). The control group is never written: it must not be
contacted. Read from the marts (as the BI role sees them).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from psycopg import sql

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent

QUERY = """
select a.customer_id, c.country, r.recommended_stock_code, r.recommended_product_name
from {marts}.experiment_assignments as a
left join {marts}.dim_customers as c on a.customer_id = c.customer_id
left join {marts}.customer_recommendations as r on a.customer_id = r.customer_id and r.rank = 1
where a.experiment_id = %s and a.variant = 'treatment'
order by a.customer_id
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("experiment", help="experiment_id of the campaign_experiments seed")
    parser.add_argument("--output", type=Path, help="CSV to write (default: audiences/<experiment>_treatment.csv)")
    args = parser.parse_args(argv)
    output = args.output or PROJECT_DIR / "audiences" / f"{args.experiment}_treatment.csv"
    marts = sql.Identifier(db.schema("marts"))
    with db.connect() as conn:
        known = [r[0] for r in conn.execute(sql.SQL("select distinct experiment_id from {}.experiment_assignments")
                                            .format(marts)).fetchall()]
        if args.experiment not in known:
            print(f"error: no assigned experiment {args.experiment!r}; assigned: {', '.join(sorted(known)) or 'none'} "
                  "(an experiment is assigned once the data reaches its start_date)", file=sys.stderr)
            return 2
        rows = conn.execute(sql.SQL(QUERY).format(marts=marts), (args.experiment,)).fetchall()
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "country", "recommended_stock_code", "recommended_product_name"])
        writer.writerows(rows)
    print(f"[audience] {args.experiment}: {len(rows):,} treatment customers written to {output} "
          "(the control group is left out)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
