"""Product affinity, recommendations and campaign audiences on a small basket data set whose
answers are known: A and B are bought together, C never with them, D rarely."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pytests.conftest import Warehouse

A, B, C, D, POST = "11111", "22222", "33333", "44444", "POST"


def _line(invoice: str, code: str, customer: str, quantity: int = 1, day: int = 1) -> list[str]:
    return [invoice, code, f"ITEM {code}", str(quantity), f"2011-03-{day:02d} 10:00:00", "2.50",
            customer, "United Kingdom"]


def basket_file(path: Path) -> Path:
    rows: list[list[str]] = []
    for number in range(1, 11):  # customer 100: A and B together on ten invoices
        rows += [_line(f"5000{number:02d}", A, "100.0"), _line(f"5000{number:02d}", B, "100.0")]
    rows += [_line("500001", D, "100.0"), _line("500002", D, "100.0")]  # D with A and B twice
    rows.append(_line("500001", A, "100.0"))  # an exact duplicate line: not a second A
    rows.append(_line("500003", A, "100.0", quantity=5))  # A on a second line of one invoice: still once
    rows.append(_line("500001", POST, "100.0"))  # postage is not a product
    for number in range(11, 16):  # customer 300: C alone, five times
        rows.append(_line(f"5000{number:02d}", C, "300.0", day=2))
    rows.append(_line("500016", A, "200.0", day=3))  # customer 200: A once, alone
    rows += [_line("500017", A, ""), _line("500017", B, "")]  # a guest basket counts for affinity
    rows.append(["C500018", B, "ITEM", "-1", "2011-03-04 10:00:00", "2.50", "300.0", "United Kingdom"])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID",
                         "Country"])
        writer.writerows(rows)
    return path


def test_affinity_and_recommendations_have_the_known_answer(warehouse: Warehouse, tmp_path: Path) -> None:
    warehouse.load(basket_file(tmp_path / "baskets.csv"))
    result = warehouse.dbt("build")
    assert "ERROR=0" in result.stdout

    # 17 sale invoices; A on 12 (1–10, 16, 17), B on 11 (1–10, 17), together on 11; D with A and B on 2
    affinity = {(r[0], r[1]): r[2:] for r in warehouse.query(
        "select antecedent_stock_code, consequent_stock_code, pair_invoices, antecedent_invoices, "
        "consequent_invoices, support, confidence, lift from marts.product_affinity")}
    q = Decimal("0.0000000001")
    assert set(affinity) == {(A, B), (B, A)}, "only A–B reaches 10 shared invoices; C never pairs; D twice"
    assert affinity[(A, B)] == (11, 12, 11, (Decimal(11) / 17).quantize(q), (Decimal(11) / 12).quantize(q),
                                (Decimal(11 * 17) / (12 * 11)).quantize(q))
    assert affinity[(B, A)] == (11, 11, 12, (Decimal(11) / 17).quantize(q), Decimal(1).quantize(q),
                                (Decimal(11 * 17) / (12 * 11)).quantize(q))
    pairs = dict(((r[0], r[1]), r[2]) for r in warehouse.query(
        "select stock_code_a, stock_code_b, pair_invoices from intermediate.int_product_pairs_counted"))
    assert pairs == {(A, B): 11, (A, D): 2, (B, D): 2}

    recommendations = {}
    for customer, rank, code, score, because, source in warehouse.query(
            "select customer_id, rank, recommended_stock_code, score, because_of_stock_code, "
            "recommendation_source from marts.customer_recommendations order by customer_id, rank"):
        recommendations.setdefault(customer, []).append((rank, code, score, because, source))
    zero = Decimal(0).quantize(q)
    # 100 bought A, B and D: nothing left that affinity proposes; C, the only other product, fills
    assert recommendations[100] == [(1, C, zero, None, "popular")]
    # 200 bought A: B because of A (confidence 11/12), then best sellers by sale invoices: C (5), D (2)
    assert recommendations[200] == [(1, B, (Decimal(11) / 12).quantize(q), A, "affinity"),
                                    (2, C, zero, None, "popular"), (3, D, zero, None, "popular")]
    # 300 bought C only (returning B is not buying it): best sellers A (12), B (11), D (2)
    assert recommendations[300] == [(1, A, zero, None, "popular"), (2, B, zero, None, "popular"),
                                    (3, D, zero, None, "popular")]

    audiences = warehouse.query("select customer_id, campaign, top_recommended_stock_code "
                                "from marts.campaign_audiences order by customer_id")
    assert [(r[0], r[2]) for r in audiences] == [(100, C), (200, B), (300, A)]  # guests never appear
    segments = dict(warehouse.query("select customer_id, campaign from marts.customer_rfm"))
    assert all(campaign == segments[customer] for customer, campaign, _ in audiences)


def test_companion_shortcut_equals_ranking_every_pair(built) -> None:
    """int_product_companions_ranked ranks only each product's largest counts
    (int_product_companion_candidates); it must equal ranking every kept pair of
    product_affinity and cutting each list."""
    wh, _, _ = built
    full = wh.query(
        "select antecedent_stock_code, consequent_stock_code, rank_in_list, confidence, lift from ("
        " select *, row_number() over (partition by antecedent_stock_code"
        "  order by pair_invoices desc, consequent_invoices asc, consequent_stock_code asc) as rank_in_list"
        " from marts.product_affinity) as ranked where rank_in_list <= 10 order by 1, 3")  # the default list length
    shortcut = wh.query("select stock_code, companion_stock_code, companion_rank, confidence, lift "
                        "from intermediate.int_product_companions_ranked order by 1, 3")
    assert len(full) > 100, "the demo data should have enough kept pairs to compare"
    assert shortcut == full
