"""The build as a new user runs it, end to end: a developer's prefixed schemas, a shop with three
lines — every script (summary, BI smoke test, report, metrics) follows, none fails on legitimately
empty marts."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytests.conftest import BIN, PROJECT_DIR, Warehouse

HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"


def _build_as_roles(wh: Warehouse, data: Path) -> subprocess.CompletedProcess:
    """What `make build` does: roles, load as the loader, dbt as the transformer, then the scripts."""
    wh.run(str(BIN / "python"), "-m", "scripts.roles")
    loader = Warehouse(wh.name, wh.tmp, {**wh.extra_env, "PGUSER": "lgs_loader"})
    transformer = Warehouse(wh.name, wh.tmp, {**wh.extra_env, "PGUSER": "lgs_transformer"})
    loader.load(data)
    result = transformer.build("--full-tests")  # dbt build around the predictive step, as make build runs it
    assert "ERROR=0" in result.stdout
    return result


def _scripts(wh: Warehouse) -> dict[str, subprocess.CompletedProcess]:
    assert (wh.tmp / "target" / "manifest.json").exists()
    wh.extra_env["DBT_TARGET_PATH"] = str(wh.tmp / "target")  # the scripts read this build's manifest
    return {name: wh.run(str(BIN / "python"), "-m", f"scripts.{name}", *args, check=False)
            for name, args in (("summary", ()), ("smoke_test", ()),
                               ("report", ("--output", str(wh.tmp / "report.html"))))}


def test_prefixed_build_works_end_to_end(warehouse: Warehouse, tmp_path: Path) -> None:
    data = tmp_path / "small.csv.gz"
    subprocess.run([str(BIN / "python"), "-m", "scripts.generate_data", str(data), "--rows", "3000", "--seed", "3"],
                   cwd=PROJECT_DIR, check=True, capture_output=True)
    warehouse.extra_env["LGS_SCHEMA_PREFIX"] = "alice"
    _build_as_roles(warehouse, data)
    schemas = {r[0] for r in warehouse.query("select nspname from pg_namespace")}
    assert {"alice_staging", "alice_intermediate", "alice_marts", "alice_reference", "alice_predictions",
            "raw"} <= schemas
    assert "predictions" not in schemas
    assert warehouse.scalar("select count(*) from alice_marts.customer_lifetime_value") > 0
    assert warehouse.scalar("select count(*) from alice_marts.fct_invoice_lines") > 2000
    assert warehouse.scalar("select to_regclass('marts.fct_invoice_lines')") is None
    runs = _scripts(warehouse)
    for name, run in runs.items():
        assert run.returncode == 0, f"{name}: {run.stdout[-2000:]}{run.stderr[-2000:]}"
    assert "marts (alice_marts)" in runs["summary"].stdout
    assert "schema alice_marts" in runs["smoke_test"].stdout and "BI access OK" in runs["smoke_test"].stdout


def test_three_line_shop_builds_and_reports_empty_marts(warehouse: Warehouse, tmp_path: Path) -> None:
    data = tmp_path / "small.csv"
    data.write_text("\n".join([
        HEADER,
        "489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom",
        "489434,79323P,PINK CHERRY LIGHTS,12,2009-12-01 07:45:00,6.75,13085.0,United Kingdom",
        "489435,22350,CAT BOWL,12,2009-12-01 07:46:00,2.55,13085.0,United Kingdom",
    ]) + "\n", encoding="utf-8")
    built = _build_as_roles(warehouse, data)
    # too little history for the predictive step is not an error: it says why in one line each
    assert "customer models not fitted: 1 customer, 0 with a repeat purchase" in built.stdout
    assert "forecasts not made: the data holds no complete week" in built.stdout
    assert warehouse.query("select customer_id, frequency, tenure_days, probability_alive, churn_risk_band "
                           "from marts.customer_lifetime_value") == [(13085, 0, 0, None, None)]
    assert warehouse.scalar("select count(*) from marts.fct_sales_forecast") == 0
    assert warehouse.scalar("select count(*) from marts.predictive_model_fits") == 0
    runs = _scripts(warehouse)
    for name, run in runs.items():
        assert run.returncode == 0, f"{name}: {run.stdout[-2000:]}{run.stderr[-2000:]}"
    smoke = runs["smoke_test"].stdout
    assert "product_affinity" in smoke and "ok (empty)" in smoke
    assert warehouse.scalar("select count(*) from marts.fct_invoices") == 2
    assert warehouse.scalar("select frequency from marts.customer_rfm where customer_id = 13085") == 2


def test_ready_nodes_start_longest_chain_first_one_per_free_thread(tmp_path: Path) -> None:
    """scripts/build.py's order on dbt's own graph queue: of the nodes ready at once, the one heading
    the longest chain (by the last build's node times) is handed out first, and a node is handed
    out only when a thread is free, so one that becomes ready later can still go ahead of the rest."""
    import json
    import threading
    from types import SimpleNamespace

    import networkx as nx
    from dbt.graph.queue import GraphQueue

    from scripts.build import prefer_longest_chains

    history = tmp_path / "run_results_warehouse.json"
    times = {"shallow": 3.0, "list": 1.0, "count": 30.0, "late": 0.5}
    history.write_text(json.dumps({"results": [{"unique_id": k, "execution_time": v} for k, v in times.items()]}))
    prefer_longest_chains(history)
    # 'list' heads the long chain list -> count; 'shallow' and 'late' are ready at the start
    graph = nx.DiGraph([("list", "count")])
    graph.add_nodes_from(["shallow", "late"])
    manifest = SimpleNamespace(expect=lambda unique_id: SimpleNamespace(unique_id=unique_id))
    queue = GraphQueue(graph, manifest, set(graph.nodes))
    queue.lgs_threads = 1  # what the patched run_queue sets from the profile's threads

    assert queue.get().unique_id == "list"  # dbt's own order would start a depth-0 node by name
    handed: list[str] = []
    taker = threading.Thread(target=lambda: handed.append(queue.get().unique_id), daemon=True)
    taker.start()
    taker.join(0.5)
    assert taker.is_alive() and not handed  # the one thread is busy: nothing is handed out yet
    queue.mark_done("list")  # 'count' is ready now, and heads a longer chain than 'shallow'
    taker.join(5)
    assert handed == ["count"]
