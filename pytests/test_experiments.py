"""Campaign experiments: assignments anyone can reproduce and that never change once made, and
statistics that agree with scipy and cover the truth as often as they claim."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from pytests.conftest import BIN, PROJECT_DIR, Warehouse
from scripts import db

# the experiment marts and what they read, with their data tests, and the line and invoice marts the tests count
# (the rest of the warehouse is not needed here)
EXPERIMENTS = ("--select", "+experiment_assignments", "+experiment_results", "fct_invoice_lines", "fct_invoices",
               "--indirect-selection", "cautious",
               "--exclude-resource-type", "unit_test",
               "--exclude", "tag:full_history")


def _bucket(salt: str, customer_id: int) -> int:
    return int(hashlib.md5(f"{salt}:{customer_id}".encode()).hexdigest()[:8], 16) % 10000


def test_assignments_follow_the_published_hash(built) -> None:
    wh, _, _ = built
    rows = wh.query("select a.customer_id, a.bucket, a.variant, e.salt, e.treatment_share "
                    "from marts.experiment_assignments as a "
                    "join reference.campaign_experiments as e using (experiment_id)")
    assert len(rows) > 20, "the demo experiment should have an audience"
    for customer_id, bucket, variant, salt, share in rows:
        assert bucket == _bucket(salt, customer_id)
        assert variant == ("treatment" if bucket < float(share) * 10000 else "control")
    assert {r[2] for r in rows} == {"treatment", "control"}


def test_results_agree_with_scipy(built) -> None:
    wh, _, _ = built
    rows = {r[0]: r for r in wh.query(
        "select variant, customers, converted_customers, revenue_per_customer, revenue_stddev, "
        "conversion_lift_abs, conversion_lift_ci95_low, conversion_lift_ci95_high, conversion_p_value, "
        "revenue_p_value, srm_p_value from marts.experiment_results")}
    share = float(wh.scalar("select treatment_share from reference.campaign_experiments"))
    t, c = rows["treatment"], rows["control"]
    n_t, x_t, n_c, x_c = t[1], t[2], c[1], c[2]
    p_t, p_c = x_t / n_t, x_c / n_c
    se = np.sqrt(p_t * (1 - p_t) / n_t + p_c * (1 - p_c) / n_c)
    z975 = stats.norm.ppf(0.975)
    assert t[5] == pytest.approx(p_t - p_c, abs=1e-9)
    assert t[6] == pytest.approx(p_t - p_c - z975 * se, abs=1e-6)
    assert t[7] == pytest.approx(p_t - p_c + z975 * se, abs=1e-6)
    # the pooled two-proportion z-test is the 2×2 chi-square test without continuity correction
    table = [[x_t, n_t - x_t], [x_c, n_c - x_c]]
    assert t[8] == pytest.approx(stats.chi2_contingency(table, correction=False).pvalue, abs=1e-6)
    welch = stats.ttest_ind_from_stats(float(t[3]), t[4], n_t, float(c[3]), c[4], n_c, equal_var=False)
    assert t[9] == pytest.approx(2 * stats.norm.sf(abs(welch.statistic)), abs=1e-6)
    srm = stats.chisquare([n_t, n_c], f_exp=[(n_t + n_c) * share, (n_t + n_c) * (1 - share)]).pvalue
    assert t[10] == pytest.approx(srm, abs=1e-6) and c[10] == pytest.approx(srm, abs=1e-6)
    assert c[5] is None and c[8] is None  # the control row carries no lift


def _show(wh: Warehouse, sql: str) -> list[dict]:
    result = wh.run(*db.dbt_command("show", "--inline", sql, "--output", "json", "--limit", "-1", "-q",
                                    target=wh.tmp / "target"))
    return json.loads(result.stdout[result.stdout.index("{"):])["show"]


def test_intervals_cover_and_tests_keep_their_level_on_simulated_experiments(built) -> None:
    """400 simulated experiments with a known lift (0.20 → 0.25) and 400 with none, through the
    mart's own statistics macros: the 95% interval covers the true lift 93–97% of the time, and
    with no effect p < 0.05 about 5% of the time."""
    wh, _, _ = built
    rng = np.random.default_rng(20261127)
    n_t, n_c, p_c, lift = 2000, 2000, 0.20, 0.05
    effect = [(i, int(rng.binomial(n_t, p_c + lift)), int(rng.binomial(n_c, p_c)), "effect") for i in range(400)]
    null = [(400 + i, int(rng.binomial(n_t, p_c)), int(rng.binomial(n_c, p_c)), "null") for i in range(400)]
    values = ", ".join(f"({i}, {x_t}, {n_t}, {x_c}, {n_c}, '{kind}')" for i, x_t, x_c, kind in effect + null)
    sql = (
        "select kind, cast(x_t as double precision) / n_t - cast(x_c as double precision) / n_c as lift, "
        "{{ lift_standard_error('x_t', 'n_t', 'x_c', 'n_c') }} as se, "
        "{{ two_proportion_p_value('x_t', 'n_t', 'x_c', 'n_c') }} as p_value "
        f"from (values {values}) as sims (sim, x_t, n_t, x_c, n_c, kind)"
    )
    rows = _show(wh, sql)
    assert len(rows) == 800
    covered = [abs(r["lift"] - lift) <= 1.959963985 * r["se"] for r in rows if r["kind"] == "effect"]
    false_positives = [r["p_value"] < 0.05 for r in rows if r["kind"] == "null"]
    coverage, level = sum(covered) / len(covered), sum(false_positives) / len(false_positives)
    assert 0.93 <= coverage <= 0.97, coverage
    assert 0.025 <= level <= 0.075, level
    # and the test has power against the true lift: almost every effect experiment is significant
    assert sum(r["p_value"] < 0.05 for r in rows if r["kind"] == "effect") / 400 > 0.9


def test_assignments_are_frozen(warehouse: Warehouse, demo_file: Path, tmp_path: Path) -> None:
    """Rebuilding, full-refreshing and loading more data — even lines dated before the start
    date, which would change a recomputed audience — leave every assignment as it was."""
    warehouse.load(demo_file)
    warehouse.dbt("build", *EXPERIMENTS)
    query = "select experiment_id, customer_id, bucket, variant, segment_at_start from marts.experiment_assignments"
    first = sorted(warehouse.query(query))
    assert len(first) > 20
    warehouse.dbt("build", "--full-refresh", *EXPERIMENTS)
    assert sorted(warehouse.query(query)) == first
    late = tmp_path / "late.csv"
    subprocess.run([str(BIN / "python"), "-m", "scripts.generate_data", str(late), "--rows", "2000", "--seed", "11",
                    "--start", "2011-08-01", "--days", "20", "--first-invoice", "800000"],
                   cwd=PROJECT_DIR, check=True, capture_output=True)
    warehouse.load(late)
    warehouse.dbt("build", *EXPERIMENTS)
    # more history before the start date: a recomputed audience would be scored on other data
    assert warehouse.scalar("select count(*) from marts.fct_invoice_lines where load_id = 2 "
                            "and invoice_date < date '2011-09-01'") > 1000
    assert sorted(warehouse.query(query)) == first


def test_audience_file_holds_the_treatment_group_only(built, tmp_path: Path) -> None:
    wh, _, _ = built
    out = tmp_path / "treatment.csv"
    wh.run(str(BIN / "python"), "-m", "scripts.audience", "winback-2011-09", "--output", str(out))
    with out.open(newline="") as handle:
        written = {int(row["customer_id"]) for row in csv.DictReader(handle)}
    groups = dict(wh.query("select variant, array_agg(customer_id) from marts.experiment_assignments group by 1"))
    assert written == set(groups["treatment"]) and not written & set(groups["control"])
    missing = wh.run(str(BIN / "python"), "-m", "scripts.audience", "no-such-experiment", check=False)
    assert missing.returncode == 2 and "no assigned experiment" in missing.stderr


def test_a_known_effect_is_recovered(warehouse: Warehouse, tmp_path: Path) -> None:
    """Generated data with a known effect: after the build, a set share of the treatment group's
    non-buyers is made to buy in the window (control untouched), raising treatment's conversion by
    exactly `effect`; the mart's interval must contain it, and exclude zero."""
    data = tmp_path / "demo.csv.gz"
    subprocess.run([str(BIN / "python"), "-m", "scripts.generate_data", str(data), "--rows", "60000", "--seed", "42"],
                   cwd=PROJECT_DIR, check=True, capture_output=True)
    warehouse.load(data)
    warehouse.dbt("build", *EXPERIMENTS)
    (n_t, x_t), = warehouse.query("select customers, converted_customers from marts.experiment_results "
                                   "where variant = 'treatment'")
    effect = 0.30
    extra = round(effect * n_t)
    non_buyers = [r[0] for r in warehouse.query(
        "select a.customer_id from marts.experiment_assignments as a where a.variant = 'treatment' and not exists "
        "(select 1 from marts.fct_invoices as i where i.sale_customer_id = a.customer_id "
        "and i.invoice_date between date '2011-09-01' and date '2011-10-31') order by a.customer_id")]
    assert len(non_buyers) >= extra
    rng = np.random.default_rng(7)
    chosen = sorted(rng.choice(non_buyers, size=extra, replace=False).tolist())
    lines = ["Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"] + [
        f"{990000 + k},85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,2011-09-{10 + k % 15:02d} 10:00:00,2.55,"
        f"{customer}.0,United Kingdom" for k, customer in enumerate(chosen)]
    boost = tmp_path / "campaign_effect.csv"
    boost.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warehouse.load(boost)
    warehouse.dbt("build", *EXPERIMENTS)
    lift, low, high, p_value, converted = warehouse.query(
        "select conversion_lift_abs, conversion_lift_ci95_low, conversion_lift_ci95_high, conversion_p_value, "
        "converted_customers from marts.experiment_results where variant = 'treatment'")[0]
    assert converted == x_t + extra  # exactly the injected customers converted in addition
    true_effect = extra / n_t
    assert low <= true_effect <= high, (low, true_effect, high)
    assert low > 0 and p_value < 0.05 and lift > 0
