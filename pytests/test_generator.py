"""The demo data generator: deterministic, and it really has every trait SPEC lists."""

from __future__ import annotations

import csv
import gzip
import re
from collections import Counter
from pathlib import Path

from scripts.generate_data import generate, write


def test_same_seed_same_bytes_other_seed_other_data(tmp_path: Path) -> None:
    for name in ("a.csv.gz", "b.csv.gz"):
        write(tmp_path / name, generate(3000, seed=5))
    write(tmp_path / "c.csv.gz", generate(3000, seed=6))
    assert (tmp_path / "a.csv.gz").read_bytes() == (tmp_path / "b.csv.gz").read_bytes()
    assert (tmp_path / "a.csv.gz").read_bytes() != (tmp_path / "c.csv.gz").read_bytes()


def test_generated_data_has_every_trait(tmp_path: Path) -> None:
    path = tmp_path / "demo.csv.gz"
    write(path, generate(20000, seed=42))
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, data = rows[0], rows[1:]
    assert header == ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
                      "Customer ID", "Country"]
    assert len(data) >= 20000
    assert any(r[0].startswith("C") and r[3].startswith("-") for r in data)  # cancellations
    assert any(r[0].startswith("A") for r in data)  # bad-debt adjustments
    guests = sum(1 for r in data if r[6] == "")
    assert 0.10 < guests / len(data) < 0.45  # guest lines
    assert any(re.fullmatch(r"\d+\.0", r[6]) for r in data)  # float-text customer ids
    codes = {r[1] for r in data}
    assert {"POST", "M", "D", "DOT"} & codes and any(c.startswith("DCGS") for c in codes)
    assert any(c != c.upper() or c != c.strip() for c in codes)  # lower-case / padded codes
    assert sum(n - 1 for n in Counter(map(tuple, data)).values()) > 10  # exact duplicates
    descriptions = {}
    for r in data:
        descriptions.setdefault(r[1].strip().upper(), set()).add(r[2])
    assert any(len(d) > 1 for d in descriptions.values())  # description variants
    assert any(r[2] == "" for r in data)  # blank descriptions
    assert any(r[5] == "0" for r in data) and any(r[5].startswith("-") for r in data)  # zero, negative prices
    assert any(r[3] == "abc" for r in data) and any(r[0] == "" for r in data)  # malformed rows
    months = {r[4][:7] for r in data if r[4][:4].isdigit()}
    assert len(months) == 13 and "2010-12" in months and "2011-12" in months
