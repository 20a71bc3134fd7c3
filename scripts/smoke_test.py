"""After a build, check the warehouse the way a BI tool sees it.

Connects as the BI role (bi_reader; password from LGS_BI_READER_PASSWORD if set), queries every
mart, checks it has rows and every contract column of SPEC, and that the role cannot read raw
data. Prints one line per mart; exits 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import os
import sys

import psycopg
from psycopg import sql

from scripts import db

# The data contract (SPEC.md): mart -> columns BI tools rely on.
CONTRACT: dict[str, tuple[str, ...]] = {
    "fct_invoice_lines": ("invoice_line_id", "invoice_id", "invoice_type", "invoiced_at", "invoice_date",
                          "invoice_month", "customer_id", "country", "stock_code", "line_category", "quantity",
                          "unit_price", "line_amount"),
    "fct_invoices": ("invoice_id", "invoice_type", "customer_id", "country", "invoiced_at", "invoice_month",
                     "line_count", "product_line_count", "total_quantity", "invoice_amount", "product_amount"),
    "customer_rfm": ("customer_id", "as_of_date", "first_invoice_date", "last_invoice_date", "recency_days",
                     "frequency", "monetary", "r_score", "f_score", "m_score", "rfm_score", "segment"),
    "product_rankings": ("stock_code", "product_name", "first_sold_at", "last_sold_at", "units_sold",
                         "units_returned", "gross_revenue", "net_revenue", "order_count", "customer_count",
                         "revenue_rank", "units_rank", "orders_rank", "abc_class"),
    "fct_monthly_sales": ("month", "placed_orders", "cancelled_orders", "gross_sales", "returns_amount",
                          "net_sales", "net_sales_growth_pct", "active_customers", "new_customers",
                          "returning_customers", "average_order_value"),
    "customer_cohorts": ("cohort_month", "months_since_first", "cohort_size", "active_customers",
                         "retention_rate", "net_sales"),
    "dim_customers": ("customer_id", "country", "first_purchase_date", "last_purchase_date", "segment"),
    "dim_products": ("stock_code", "product_name", "line_category", "first_sold_at", "last_sold_at"),
    "dq_monthly_reconciliation": ("month", "raw_rows", "raw_amount", "unaccounted_rows", "unaccounted_amount"),
    "product_affinity": ("antecedent_stock_code", "consequent_stock_code", "pair_invoices", "support", "confidence",
                         "lift"),
    "customer_recommendations": ("customer_id", "rank", "recommended_stock_code", "score", "because_of_stock_code"),
    "campaign_audiences": ("campaign", "customer_id", "segment", "country", "last_purchase_date",
                           "lifetime_net_revenue", "top_recommended_stock_code"),
    "fct_sales_seasonality": ("seasonality_dimension", "period_number", "period_label", "placed_orders",
                              "net_sales"),
}
MAY_BE_EMPTY = {"dq_rejected_rows"}


def check(conn: psycopg.Connection, schema: str) -> list[str]:
    problems: list[str] = []
    for mart, columns in CONTRACT.items():
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
        if count == 0 and mart not in MAY_BE_EMPTY:
            problems.append(f"{mart}: no rows")
            status = "EMPTY"
        print(f"  {mart:<28} {count:>12,} rows  {len(present):>3} columns  {status}")
    try:
        conn.execute("select 1 from raw.lgs_transactions limit 1")
        problems.append("the BI role can read raw data; it must read marts only")
    except psycopg.errors.InsufficientPrivilege:
        conn.rollback()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--role", default="bi_reader", help="role to connect as (default bi_reader)")
    parser.add_argument("--schema", default="marts")
    args = parser.parse_args(argv)
    s = db.settings()
    info = dict(host=s["PGHOST"], port=s["PGPORT"], dbname=s["PGDATABASE"], user=args.role, connect_timeout=10)
    if os.environ.get("LGS_BI_READER_PASSWORD"):
        info["password"] = os.environ["LGS_BI_READER_PASSWORD"]
    print(f"\n== BI smoke test: {args.role}@{s['PGHOST']}:{s['PGPORT']}/{s['PGDATABASE']}, schema {args.schema}")
    try:
        with psycopg.connect(**info) as conn:
            problems = check(conn, args.schema)
    except psycopg.OperationalError as exc:
        print(f"error: cannot connect as {args.role}: {str(exc).strip()} (run make roles; set "
              "LGS_BI_READER_PASSWORD if the server asks for a password)", file=sys.stderr)
        return 1
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    print(f"BI access OK: {len(CONTRACT)} marts readable with every contract column; raw data not readable.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
