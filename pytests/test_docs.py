"""The generated dbt docs site: complete descriptions, and it renders in a real headless browser.

The browser test needs Debian's `chromium` package (`.ci/run` installs it). Screenshots are saved
in `test-artifacts/` at the top of the project.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from pytests.conftest import ARTIFACTS, CHROMIUM, chromium

PROJECT = "lgs_warehouse"


def _artifacts(built) -> tuple[dict, dict]:
    wh, _, _ = built
    target = wh.tmp / "target"
    return (json.loads((target / "manifest.json").read_text()),
            json.loads((target / "catalog.json").read_text()))


def test_every_model_seed_source_macro_and_column_is_described(built) -> None:
    manifest, catalog = _artifacts(built)
    missing: list[str] = []
    checked = 0
    for kind, nodes, cat in (("nodes", manifest["nodes"], catalog["nodes"]),
                             ("sources", manifest["sources"], catalog["sources"])):
        for uid, node in nodes.items():
            if node["package_name"] != PROJECT or node["resource_type"] not in ("model", "seed", "source"):
                continue
            checked += 1
            if not node["description"].strip():
                missing.append(uid)
            documented = {name.lower(): col["description"] for name, col in node["columns"].items()}
            if node["config"].get("materialized") == "ephemeral":
                # never built, so not in the catalog: its YAML must list and describe its columns
                assert documented, f"{uid} (ephemeral) lists no columns"
                missing += [f"{uid}.{name}" for name, text in documented.items() if not text.strip()]
                continue
            actual = cat.get(uid, {}).get("columns", {})
            assert actual, f"{uid} is not in the catalog ({kind}): was it built?"
            for column in actual:
                if not documented.get(column.lower(), "").strip():
                    missing.append(f"{uid}.{column}")
    for uid, macro in manifest["macros"].items():
        if macro["package_name"] == PROJECT:
            checked += 1
            if not macro["description"].strip():
                missing.append(uid)
    assert checked >= 25
    assert not missing, "described nowhere:\n" + "\n".join(missing)


def test_overview_and_exposures_are_there(built) -> None:
    manifest, _ = _artifacts(built)
    overview = [d for d in manifest["docs"].values() if d["name"] == "__overview__" and d["package_name"] == PROJECT]
    assert overview and "London Gift Shop" in overview[0]["block_contents"]
    exposures = {e["name"]: e["depends_on"]["nodes"] for e in manifest["exposures"].values()}
    assert {"monthly_sales_dashboard", "customer_segmentation_dashboard", "email_campaign_audience_list",
            "product_range_review"} <= set(exposures)
    assert all(nodes for nodes in exposures.values())


@pytest.fixture
def docs_server(built) -> Iterator[str]:
    wh, _, _ = built
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(wh.tmp / "target"))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package (apt-get install chromium)")
def test_docs_site_renders_in_a_browser(docs_server: str) -> None:
    overview = chromium(f"{docs_server}#!/overview", ARTIFACTS / "docs-overview.png")
    assert "London Gift Shop analytics warehouse" in overview
    assert "The marts and the questions they answer" in overview

    mart = chromium(f"{docs_server}#!/model/model.{PROJECT}.customer_rfm", ARTIFACTS / "docs-customer-rfm.png")
    assert "customer_rfm" in mart
    assert "Recency score, 1–5" in mart  # a column description, from its docs block
    assert "rfm_score" in mart and "segment" in mart

    graph = chromium(f"{docs_server}#!/model/model.{PROJECT}.customer_rfm?g_v=1", ARTIFACTS / "docs-lineage.png")
    assert "<canvas" in graph  # the lineage graph is drawn on canvas elements


def test_docs_site_shows_the_semantic_models_and_metrics(built) -> None:
    manifest, _ = _artifacts(built)
    semantic = {m["name"]: m for m in manifest["semantic_models"].values()}
    assert {"invoices", "invoice_lines", "customers", "products"} <= set(semantic)
    metrics = {m["name"]: m for m in manifest["metrics"].values()}
    spec = {"net_sales", "gross_sales", "returns_amount", "placed_orders", "cancelled_orders", "active_customers",
            "new_customers", "average_order_value"}
    assert spec <= set(metrics)
    assert all(metrics[name]["description"].strip() for name in metrics)
    entities = {e["name"] for m in semantic.values() for e in m["entities"]}
    assert {"invoice", "customer", "product"} <= entities
    dimensions = {d["name"] for m in semantic.values() for d in m["dimensions"]}
    assert {"country", "segment"} <= dimensions
