"""The marketing report renders from the marts, offline, with every chart drawn, in headless Chromium."""

from __future__ import annotations

import re

import pytest

from pytests.conftest import ARTIFACTS, BIN, CHROMIUM, chromium

CHARTS = ("invoice-distribution", "orders", "sales", "customers", "segments", "products", "cohorts", "experiments",
          "lifetime-value", "probability-alive", "forecast")


def test_report_is_self_contained_and_names_its_units(built, tmp_path) -> None:
    wh, _, _ = built
    out = tmp_path / "report.html"
    wh.run(str(BIN / "python"), "-m", "scripts.report", "--output", str(out))
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page), "the report must not load scripts from elsewhere"
    assert "plotly" in page.lower() and len(page) > 1_000_000  # plotly.js is embedded
    for key in CHARTS:
        assert f"id='{key}'" in page
    for unit in ("(£)", "Customers", "(%)"):
        assert unit in page
    assert page.count("class='caption'") == len(CHARTS)
    assert "Recommended action" in page and "Champions" in page
    assert "winback-2011-09" in page and "Lift [95% interval]" in page  # the demo experiment's read-out
    assert "Predicted revenue, next 365 days" in page and "Held-out check" in page  # the predictive marts


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package (apt-get install chromium)")
def test_report_draws_every_chart_in_a_browser(built, tmp_path) -> None:
    wh, _, _ = built
    out = tmp_path / "report.html"
    wh.run(str(BIN / "python"), "-m", "scripts.report", "--output", str(out))
    dom = chromium(out.as_uri(), ARTIFACTS / "report.png", window="1400,6000")
    check = re.search(r'id="render-check" data-charts="(\d+)" data-errors="(\d+)"', dom)
    assert check, "the report's render check did not run"
    missing = re.search(r'id="render-check"[^>]*data-missing="([^"]*)"', dom)
    assert (int(check.group(1)), int(check.group(2))) == (len(CHARTS), 0), \
        f"charts not drawn: {missing.group(1) if missing else '?'}"
    assert missing and missing.group(1) == ""
