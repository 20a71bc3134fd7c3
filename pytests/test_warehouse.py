"""Build the warehouse with dbt on generated data and check the marts against answers computed
independently in Python (pytests/reference.py), then check that an incremental build after a
second load equals a full refresh.
"""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

from pytests.conftest import BIN, PROJECT_DIR, Warehouse
from pytests.reference import Reference, read_reference
from scripts import db


def test_build_passes_every_test(built) -> None:
    _, result, _ = built
    assert "ERROR=0" in result.stdout and "FAIL" not in result.stdout.replace("FAIL=0", "")
    assert "PASS=" in result.stdout


def test_reconciliation_matches_raw_file(built) -> None:
    wh, _, ref = built
    rows, amount, dups, rejected, unaccounted = wh.query(
        "select sum(raw_rows), sum(raw_amount), sum(duplicate_rows), sum(rejected_rows), "
        "sum(abs(unaccounted_amount)) from marts.dq_monthly_reconciliation"
    )[0]
    assert (rows, dups, rejected) == (ref.raw_rows, ref.duplicates, ref.rejected)
    assert amount == ref.raw_amount
    assert unaccounted == 0
    assert ref.rejected >= 4 and ref.duplicates > 0  # the generator's traits are really there


def test_fact_lines_are_the_valid_non_duplicate_lines(built) -> None:
    wh, _, ref = built
    count, amount = wh.query("select count(*), sum(line_amount) from marts.fct_invoice_lines")[0]
    assert count == len(ref.lines)
    assert amount == sum((line.amount for line in ref.lines), Decimal(0))


def test_monthly_sales_match_reference(built) -> None:
    wh, _, ref = built
    rows = wh.query("select month, net_sales, placed_orders from marts.fct_monthly_sales order by month")
    expected_net = ref.monthly_net_sales()
    expected_orders = ref.monthly_placed_orders()
    months = [r[0] for r in rows]
    assert months[0] == min(expected_net) and months[-1] == max(expected_net)
    span = (months[-1].year - months[0].year) * 12 + months[-1].month - months[0].month + 1
    assert len(months) == len(set(months)) == span  # every month, no gaps
    for month, net, orders in rows:
        assert net == expected_net.get(month, Decimal(0)), month
        assert orders == expected_orders.get(month, 0), month


def test_rfm_matches_reference(built) -> None:
    wh, _, ref = built
    expected = ref.rfm()
    rows = wh.query("select customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, "
                    "rfm_score, segment from marts.customer_rfm")
    assert len(rows) == len(expected)
    for cid, recency, frequency, monetary, r, f, m, code, segment in rows:
        e = expected[cid]
        assert (recency, frequency, monetary) == (e["recency_days"], e["frequency"], e["monetary"]), cid
        assert (r, f, m) == (e["r_score"], e["f_score"], e["m_score"]), cid
        assert code == f"{r}{f}{m}" and segment
    segments = {row[0] for row in wh.query("select distinct segment from marts.customer_rfm")}
    assert len(segments) >= 8


def test_product_rankings_match_reference(built) -> None:
    wh, _, ref = built
    expected = ref.product_net_revenue()
    rows = dict(wh.query("select stock_code, net_revenue from marts.product_rankings"))
    assert rows == expected
    top = wh.query("select stock_code from marts.product_rankings order by revenue_rank, stock_code limit 5")
    assert [t[0] for t in top] == sorted(expected, key=lambda c: (-expected[c], c))[:5]
    classes = dict(wh.query("select abc_class, count(*) from marts.product_rankings group by 1"))
    assert set(classes) == {"A", "B", "C"}


def test_cohorts_month_zero_is_the_whole_cohort(built) -> None:
    wh, _, ref = built
    firsts: dict[int, object] = {}
    for line in ref.sales():
        if line.customer is not None:
            firsts[line.customer] = min(firsts.get(line.customer, line.month), line.month)
    rows = wh.query("select cohort_month, cohort_size, active_customers, retention_rate "
                    "from marts.customer_cohorts where months_since_first = 0")
    sizes: dict[object, int] = {}
    for month in firsts.values():
        sizes[month] = sizes.get(month, 0) + 1
    assert {r[0]: r[1] for r in rows} == sizes
    assert all(r[1] == r[2] and r[3] == 1 for r in rows)


def _rows(wh: Warehouse, statement: str) -> list[tuple]:
    """Every row, in one order whatever the ties of the SQL order (a mart's key may span many columns)."""
    return sorted(wh.query(statement), key=lambda row: tuple((value is None, str(value)) for value in row))


def _snapshot(wh: Warehouse) -> dict[str, list[tuple]]:
    marts = {mart: _rows(wh, f"select * from marts.{mart}")
             for mart in db.marts(wh.tmp / "target" / "manifest.json")}
    # the pair counts below the affinity threshold too (their load_id records the batch, not the result)
    marts["pairs"] = wh.query("select stock_code_a, stock_code_b, pair_invoices "
                              "from intermediate.int_product_pairs_counted order by 1, 2")
    # each product's candidate companions, kept incrementally from the changed pairs
    marts["candidates"] = wh.query("select stock_code, companion_stock_code, pair_invoices "
                                   "from intermediate.int_product_companion_candidates order by 1, 2")
    return marts


NO_TESTS = ("--exclude-resource-type", "test", "unit_test")


def test_incremental_build_equals_full_refresh(warehouse: Warehouse, demo_file: Path, tmp_path: Path) -> None:
    """Load, build; load a second batch that repeats some earlier lines; build incrementally;
    then rebuild everything from scratch: every mart must be identical."""
    warehouse.load(demo_file)
    warehouse.dbt("build", *NO_TESTS)  # the data tests pass on this build elsewhere (test_build_passes_every_test)
    second = tmp_path / "second.csv"
    subprocess.run(
        [str(BIN / "python"), "-m", "scripts.generate_data", str(second), "--rows", "1500", "--seed", "8",
         "--start", "2011-12-05", "--days", "3", "--first-invoice", "700000"],
        cwd=PROJECT_DIR, check=True, capture_output=True,
    )
    import gzip

    with gzip.open(demo_file, "rt", encoding="utf-8") as handle:
        earlier = handle.read().splitlines()[1:]
    repeated = earlier[:200]  # 200 lines already loaded: duplicates across loads
    # and products added to 40 invoices loaded earlier: their baskets grow across loads, so the pair
    # counts must add the new products' pairs with what those invoices already held, once
    codes = sorted({line.split(",")[1] for line in earlier if line.split(",")[1][:5].isdigit()})
    grown = []
    plain_sales = (row for row in earlier[1000:] if row[0].isdigit() and row.count(",") == 7)
    for number, line in enumerate(plain_sales):
        if number >= 40:
            break
        fields = line.split(",")
        fields[1] = codes[number * 7 % len(codes)]
        fields[3] = "777"  # a quantity no generated line has, so never a duplicate
        grown.append(",".join(fields))
    with second.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(repeated + grown) + "\n")
    warehouse.load(second)
    before = warehouse.scalar("select count(*) from marts.fct_invoice_lines")
    result = warehouse.dbt("build")
    assert "ERROR=0" in result.stdout
    incremental = _snapshot(warehouse)
    added = warehouse.scalar("select count(*) from marts.fct_invoice_lines where load_id = 2")
    assert len(incremental["fct_invoice_lines"]) == before + added
    dup_across = warehouse.scalar(
        "select count(*) from intermediate.int_transactions_classified where load_id = 2 and is_duplicate")
    assert dup_across >= 200
    grown_baskets = warehouse.scalar(
        "select count(*) from intermediate.int_sale_baskets_listed as new_item where load_id = 2 and exists "
        "(select 1 from intermediate.int_sale_baskets_listed as held "
        " where held.invoice_id = new_item.invoice_id and held.load_id = 1)")
    assert grown_baskets >= 20, "the second load should add products to invoices of the first"
    warehouse.dbt("build", "--full-refresh", *NO_TESTS)
    assert _snapshot(warehouse) == incremental
    ref = read_reference_combined(demo_file, second)
    assert warehouse.scalar("select count(*) from marts.fct_invoice_lines") == len(ref.lines)


def read_reference_combined(*files: Path) -> Reference:
    """The reference over several files loaded in order (duplicates judged across them)."""
    import gzip as _gzip

    combined = files[-1].parent / "combined.csv"
    header = None
    lines: list[str] = []
    for path in files:
        opener = _gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            text = handle.read().splitlines()
        header = header or text[0]
        lines.extend(text[1:])
    combined.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return read_reference(combined)


def test_every_analysis_compiles_and_runs(built) -> None:
    wh, _, _ = built
    result = wh.run(str(BIN / "python"), "-m", "scripts.run_analysis")
    names = sorted(p.stem for p in (PROJECT_DIR / "analyses").glob("*.sql"))
    assert len(names) >= 7
    for name in names:
        assert f"== {name} (" in result.stdout
    assert "(0 rows)" not in result.stdout
    assert "without the top 15%" in result.stdout and "Champions" in result.stdout


def test_data_tests_on_append_only_tables_check_the_new_loads_and_all_of_them_in_full(built, tmp_path: Path) -> None:
    """A refresh's data tests on append-only tables check the loads added since the last whole build
    (macros/tests_on_new_loads.sql); with LGS_FULL_TESTS (make test) they check every row. A bad
    value planted in an already-built load is therefore invisible to the first and caught by the second."""
    shared, _, _ = built
    wh = Warehouse(shared.name, tmp_path)  # the same database, its own dbt target folder
    assert wh.scalar("select max(built_load_id) from intermediate.lgs_builds") == \
        wh.scalar("select max(load_id) from raw.lgs_loads")
    select = ("test", "--select", "fct_invoice_lines,test_name:relationships")
    line_id = wh.scalar("select min(invoice_line_id) from marts.fct_invoice_lines where customer_id is not null")
    with wh.connect(autocommit=True) as conn:
        customer = conn.execute("select customer_id from marts.fct_invoice_lines "
                                "where invoice_line_id = %s", (line_id,)).fetchone()[0]
        conn.execute("update marts.fct_invoice_lines set customer_id = -1 "
                     "where invoice_line_id = %s", (line_id,))
        try:
            batch = wh.dbt(*select, check=False)
            full = Warehouse(shared.name, tmp_path, {"LGS_FULL_TESTS": "1"}).dbt(*select, check=False)
        finally:
            conn.execute("update marts.fct_invoice_lines set customer_id = %s "
                         "where invoice_line_id = %s", (customer, line_id))
    assert batch.returncode == 0 and "3 data tests" in batch.stdout, batch.stdout[-2000:]
    assert full.returncode == 1 and "FAIL 1 relationships_fct_invoice_lines_customer_id" in full.stdout, \
        full.stdout[-2000:]
