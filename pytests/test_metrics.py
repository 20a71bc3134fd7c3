"""The semantic layer: every metric equals the mart column of the same name at month grain, and a
plain SQL aggregate of the line facts at day grain, by country and by customer segment."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from pytests.conftest import Warehouse
from scripts import db
from scripts.metrics import mf_query

MONTHLY = ("gross_sales", "returns_amount", "net_sales", "placed_orders", "cancelled_orders", "active_customers",
           "new_customers", "returning_customers", "average_order_value", "net_sales_growth_pct")


def _query(wh: Warehouse, tmp: Path, metrics: tuple[str, ...], group_by: tuple[str, ...]) -> list[dict[str, str]]:
    first, last = wh.query("select min(invoice_date), max(invoice_date) from marts.fct_invoices")[0]
    out = tmp / f"{'_'.join(group_by)}.csv"
    result = mf_query(metrics, group_by, first.replace(day=1).isoformat(), last.isoformat(), csv=out, env=wh.env())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    with out.open(newline="") as handle:
        return list(csv.DictReader(handle))


def _number(text: str) -> Decimal | None:
    return None if text in ("", "None", "nan") else Decimal(text)


@pytest.fixture(scope="module")
def semantic(built, tmp_path_factory: pytest.TempPathFactory):
    wh, _, _ = built
    wh.run(*db.dbt_command("parse", "--quiet"))  # target/semantic_manifest.json, where mf reads it
    return wh, tmp_path_factory.mktemp("metrics")


def test_metrics_at_month_grain_equal_the_monthly_mart(semantic) -> None:
    wh, tmp = semantic
    rows = _query(wh, tmp, MONTHLY, ("metric_time__month",))
    columns = ", ".join(MONTHLY)
    mart = {r[0].isoformat(): r[1:] for r in wh.query(f"select month, {columns} from marts.fct_monthly_sales")}
    assert len(rows) == len(mart) >= 12
    for row in rows:
        expected = mart[row["metric_time__month"][:10]]
        for name, want in zip(MONTHLY, expected, strict=True):
            got = _number(row[name])
            if name in ("average_order_value", "net_sales_growth_pct"):
                got = None if got is None else got.quantize(Decimal("0.01"))
            assert got == (None if want is None else Decimal(want)), (row["metric_time__month"], name)


def test_metrics_by_day_and_country_equal_a_plain_aggregate_of_the_lines(semantic) -> None:
    wh, tmp = semantic
    metrics = ("gross_sales", "returns_amount", "net_sales", "placed_orders", "cancelled_orders", "active_customers")
    rows = _query(wh, tmp, metrics, ("metric_time__day", "invoice__country"))
    expected = {
        (day.isoformat(), country): values
        for day, country, *values in wh.query(
            "select invoice_date, country, "
            "coalesce(sum(line_amount) filter (where invoice_type = 'sale'), 0), "
            "coalesce(sum(line_amount) filter (where invoice_type = 'cancellation'), 0), "
            "coalesce(sum(line_amount) filter (where invoice_type in ('sale', 'cancellation')), 0), "
            "count(distinct invoice_id) filter (where invoice_type = 'sale'), "
            "count(distinct invoice_id) filter (where invoice_type = 'cancellation'), "
            "count(distinct customer_id) filter (where invoice_type = 'sale') "
            "from marts.fct_invoice_lines group by 1, 2")
    }
    got = {(r["metric_time__day"][:10], r["invoice__country"]): [_number(r[m]) or 0 for m in metrics] for r in rows}
    assert len(got) == len(expected) > 100
    assert got == {key: [Decimal(v) for v in values] for key, values in expected.items()}


def test_metrics_by_segment_equal_a_plain_aggregate(semantic) -> None:
    wh, tmp = semantic
    rows = _query(wh, tmp, ("net_sales", "active_customers"), ("customer__segment",))
    expected: dict[str, list] = defaultdict(lambda: [Decimal(0), 0])
    for segment, net, customers in wh.query(
            "select rfm.segment, coalesce(sum(l.line_amount) filter (where l.invoice_type in "
            "('sale', 'cancellation')), 0), count(distinct l.customer_id) filter (where l.invoice_type = 'sale') "
            "from marts.fct_invoice_lines as l left join marts.customer_rfm as rfm using (customer_id) group by 1"):
        expected[segment or ""] = [net, customers]
    got = {r["customer__segment"] if r["customer__segment"] not in ("None",) else "":
           [_number(r["net_sales"]) or 0, int(r["active_customers"] or 0)] for r in rows}
    assert got == dict(expected)
    assert len(got) >= 9
