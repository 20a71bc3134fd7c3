"""The same project on Apache Spark (`make build TARGET=spark`): the demo data, loaded and built on
Spark in local mode, gives every mart the PostgreSQL build gives, row for row and to the penny.

Spark runs inside this process for the comparison (after the build's process has ended: the
embedded metastore admits one process at a time). Needs Java 17+ and the Spark extra
(requirements-spark.txt, which `make test` installs).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from pytests import test_loader as cases
from pytests.conftest import BIN, PROJECT_DIR, Warehouse
from scripts import compare_engines, db, load_raw, load_spark, spark

RAGGED = ("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
          "536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n"
          "536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,17850,United Kingdom,extra\n")


def run(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BIN / "python"), "-m", *args], cwd=PROJECT_DIR, env=env, capture_output=True,
                            text=True, timeout=1200, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout[-5000:]}\n"
                             f"{result.stderr[-3000:]}")
    return result


@pytest.fixture(scope="module")
def spark_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    problem = spark.java_problem()
    assert problem is None, problem
    folder = tmp_path_factory.mktemp("spark")
    return {**os.environ, "DBT_TARGET": "spark", "LGS_SPARK_DIR": str(folder / "warehouse"), "TZ": "UTC",
            "DBT_PROFILES_DIR": os.environ.get("DBT_PROFILES_DIR", str(PROJECT_DIR / ".warehouse")),
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "LGS_TEST_TARGET": str(folder / "target")}


@pytest.fixture(scope="module")
def spark_built(spark_env: dict[str, str], demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo file loaded and built on Spark (a bad file first: refused, nothing written)."""
    bad = tmp_path_factory.mktemp("spark_bad") / "ragged.csv"
    bad.write_text(RAGGED)
    refused = run(spark_env, "scripts.load_spark", str(bad), check=False)
    loaded = run(spark_env, "scripts.load_spark", str(demo_file))
    again = run(spark_env, "scripts.load_spark", str(demo_file))
    started = time.perf_counter()
    built = run(spark_env, "scripts.build", "--target-path", spark_env["LGS_TEST_TARGET"])
    return {"refused": refused, "loaded": loaded, "again": again, "built": built,
            "seconds": time.perf_counter() - started}


@pytest.fixture(scope="module")
def session(spark_built, spark_env: dict[str, str]):
    os.environ.update({key: spark_env[key] for key in ("LGS_SPARK_DIR", "TZ")})
    time.tzset()
    spark.settings.cache_clear()
    return spark.session()


def test_spark_refuses_a_bad_file_with_the_loaders_message(spark_built, warehouse: Warehouse,
                                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    refused = spark_built["refused"]
    assert refused.returncode == 1
    assert "ragged.csv: line 3: extra data after last expected column; nothing was loaded" in refused.stderr
    bad = tmp_path_factory.mktemp("pg_bad") / "ragged.csv"
    bad.write_text(RAGGED)
    on_postgres = warehouse.load(bad, check=False)
    assert on_postgres.returncode == 1
    assert "ragged.csv: line 3: extra data after last expected column" in on_postgres.stderr
    assert "already loaded as load 1" in spark_built["again"].stderr


def test_spark_raw_holds_the_file_as_delivered(spark_built, session, demo_file: Path) -> None:
    with gzip.open(demo_file, "rt", encoding="utf-8") as handle:
        lines = sum(1 for _ in handle) - 1
    raw = session.sql("select count(*), count(distinct _source_row), min(_source_row), max(_source_row), "
                      "count(distinct _raw_row_id), min(_load_id), max(_load_id) from raw.lgs_transactions").collect()
    assert tuple(raw[0]) == (lines, lines, 1, lines, lines, 1, 1)
    loads = session.sql("select load_id, row_count, source_format from raw.lgs_loads").collect()
    assert [tuple(r) for r in loads] == [(1, lines, "csv")]


def test_every_mart_on_spark_equals_postgres(built, spark_built, session) -> None:
    wh, _, _ = built
    pg_marts = set(db.marts(Path(wh.tmp) / "target" / "manifest.json")) - compare_engines.LIVE_MARTS
    spark_marts = {row.tableName for row in session.sql(f"show tables in {db.schema('marts')}").collect()
                   if not row.isTemporary}
    assert spark_marts == pg_marts
    equal, differing = compare_engines.compare(wh.name, session, sorted(pg_marts))
    assert not differing, differing
    assert sum(equal.values()) > 10_000 and all(equal.values()), equal
    print(f"Spark build {spark_built['seconds']:.0f} s; marts equal on both engines: {equal}")


@pytest.mark.parametrize("java", ["11", None])
def test_spark_target_without_java_17_stops_at_once_saying_what_to_install(tmp_path: Path, java: str | None) -> None:
    home = tmp_path / "jdk"
    if java is not None:  # a Java that is too old
        (home / "bin").mkdir(parents=True)
        (home / "bin" / "java").write_text(f"#!/bin/sh\necho 'openjdk version \"{java}.0.22\" 2024-01-16' >&2\n")
        (home / "bin" / "java").chmod(0o755)
    started = time.perf_counter()
    result = subprocess.run(["make", "build", "TARGET=spark"], cwd=PROJECT_DIR, capture_output=True, text=True,
                            env={**os.environ, "JAVA_HOME": str(home)}, timeout=120, check=False)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert "Java 17 or newer" in errors[0]
    assert (f"is Java {java}" in errors[0]) if java else ("none was found" in errors[0] and "install" in errors[0])
    assert time.perf_counter() - started < 30


# ---------------------------------------------------------------- the Spark loader's parsing and checks
# (what it would write, before Spark starts: compared with what the PostgreSQL loader lands)

def staged(path: Path, encoding: str = "utf-8") -> list[tuple]:
    """The rows the Spark loader would write for `path`: the eight values, source part and row."""
    out = path.with_name(path.name + ".jsonl")
    load_spark.stage_rows(path, load_raw.detect_format(path), encoding, out, load_raw.Progress("test"))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return [(*(r[c] for c in load_raw.COLUMNS), r["_source_file"], r["_source_row"]) for r in records]


@pytest.mark.parametrize(("name", "lines", "expected"), cases.MALFORMED)
def test_spark_loader_refuses_what_the_loader_refuses(tmp_path: Path, name: str, lines: list[str],
                                                      expected: tuple[str, ...]) -> None:
    with pytest.raises(load_raw.LoadError) as refused:
        staged(cases.write_csv(tmp_path / name, lines))
    assert all(text in str(refused.value) for text in expected), str(refused.value)
    assert name in str(refused.value)


def test_spark_loader_refuses_a_truncated_gzip_and_a_wrong_encoding(tmp_path: Path) -> None:
    full = cases.write_csv(tmp_path / "full.csv.gz", [cases.HEADER, *(cases.ROWS * 5000)])
    truncated = tmp_path / "truncated.csv.gz"
    truncated.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(load_raw.LoadError, match="truncated or corrupt"):
        staged(truncated)
    latin1 = cases.write_csv(tmp_path / "latin1.csv", [cases.HEADER, "536365,22000,CAFÉ SIGN £5,1,2010-12-01 08:26:00,"
                                                      "5,,France"], encoding="latin-1")
    with pytest.raises(load_raw.LoadError, match=r'line 2: invalid byte sequence for encoding "UTF8": 0xc9.*--enc'):
        staged(latin1)
    assert staged(latin1, "latin1")[0][2] == "CAFÉ SIGN £5"


def test_spark_loader_lands_what_the_loader_lands(warehouse: Warehouse, tmp_path: Path) -> None:
    files = [
        cases.write_csv(tmp_path / "lines.csv", [cases.HEADER, *cases.ROWS,
                                                 '536371,22,"two\nlines, and ""quotes""",1,2010-12-01 08:45:00,1,,UK']),
        cases.write_csv(tmp_path / "windows.csv.gz", ["Country,Customer ID,Price,InvoiceDate,Quantity,Description,"
                                                      "StockCode,Invoice", "France,12345.0,2.55,2010-12-01 08:26:00,6,"
                                                      "HEART,85123A,536365"], newline="\r\n", bom=True),
        cases.write_workbook(tmp_path / "online_retail_II.xlsx"),
        tmp_path / "retail.sql",
    ]
    files[-1].write_text(cases.DUMP.format(table="retail"))
    for path in files:
        warehouse.load(path)
    landed = warehouse.query(
        "select invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id, country, "
        "_source_file, _source_row from raw.lgs_transactions order by _raw_row_id")
    assert [row for path in files for row in staged(path)] == landed
    assert len(landed) == 5 + 1 + 3 + 2
