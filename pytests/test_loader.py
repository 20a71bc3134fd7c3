"""The loader against a real PostgreSQL: every accepted format, idempotency, and bad input.

For each bad input the test says which outcome is expected — a clear error naming the file (and
line) with nothing loaded, or the row landing in raw to be reported as rejected — and checks that
no valid row was lost and no batch was half-loaded.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import time
from pathlib import Path

import openpyxl
import pytest

from pytests.conftest import BIN, PROJECT_DIR, Warehouse

HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"
ROWS = [
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
    'C536379,D,"Discount, staff",-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom',
    "536370,POST,POSTAGE,3,2010-12-01 08:45:00,18,,France",
]


def write_csv(path: Path, lines: list[str], newline: str = "\n", encoding: str = "utf-8",
              bom: bool = False) -> Path:
    data = newline.join(lines) + newline
    raw = (b"\xef\xbb\xbf" if bom else b"") + data.encode(encoding)
    if path.name.endswith(".gz"):
        with gzip.open(path, "wb") as handle:
            handle.write(raw)
    else:
        path.write_bytes(raw)
    return path


def raw_rows(wh: Warehouse) -> list[tuple]:
    if wh.scalar("select to_regclass('raw.lgs_transactions')") is None:
        return []
    return wh.query(
        "select invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id, "
        "country, _load_id, _source_row from raw.lgs_transactions order by _raw_row_id"
    )


def load_count(wh: Warehouse) -> int:
    if wh.scalar("select to_regclass('raw.lgs_loads')") is None:
        return 0
    return wh.scalar("select count(*) from raw.lgs_loads")


def assert_refused(wh: Warehouse, path: Path, *expected: str, extra: tuple[str, ...] = ()) -> str:
    """The load fails, the message names the file and says what is wrong, nothing is loaded."""
    before_rows, before_loads = len(raw_rows(wh)), load_count(wh)
    result = wh.load(path, check=False, extra=extra)
    assert result.returncode == 1, result.stderr
    message = result.stderr
    assert str(path) in message, message
    for fragment in expected:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert len(raw_rows(wh)) == before_rows, "a refused file must load nothing"
    assert load_count(wh) == before_loads, "a refused file must not be registered"
    return message


# ---------------------------------------------------------------- accepted formats

def test_csv_lands_as_delivered_with_metadata(warehouse: Warehouse, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lines.csv", [HEADER, *ROWS])
    warehouse.load(path)
    rows = raw_rows(warehouse)
    assert len(rows) == 4
    assert rows[0][:8] == ("536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6",
                           "2010-12-01 08:26:00", "2.55", "17850.0", "United Kingdom")
    assert rows[2][2] == "Discount, staff"  # quoted delimiter kept inside the field
    assert rows[3][6] is None  # blank customer id
    assert [r[9] for r in rows] == [1, 2, 3, 4]
    assert {r[8] for r in rows} == {1}
    registry = warehouse.query("select source_file, source_format, row_count, length(sha256) from raw.lgs_loads")
    assert registry == [(str(path), "csv", 4, 64)]


def test_same_file_twice_is_a_noop_and_a_corrected_file_is_a_new_batch(warehouse: Warehouse, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lines.csv.gz", [HEADER, *ROWS])
    warehouse.load(path)
    again = warehouse.load(path)
    assert "already loaded as load 1" in again.stderr and "nothing to do" in again.stderr
    assert len(raw_rows(warehouse)) == 4 and load_count(warehouse) == 1
    corrected = write_csv(tmp_path / "lines_v2.csv.gz", [HEADER, *ROWS, ROWS[0].replace("536365", "536999")])
    warehouse.load(corrected)
    rows = raw_rows(warehouse)
    assert len(rows) == 9 and load_count(warehouse) == 2
    assert [r[9] for r in rows if r[8] == 2] == [1, 2, 3, 4, 5]  # row numbers restart per file


def test_a_real_file_on_top_of_the_demo_data_is_added_with_a_note(warehouse: Warehouse, tmp_path: Path) -> None:
    demo = write_csv(tmp_path / "lgs_demo_4_1.csv", [HEADER, *ROWS])
    first = warehouse.load(demo)
    assert "demo data" not in first.stderr
    shop = write_csv(tmp_path / "shop.csv", [HEADER, ROWS[0].replace("536365", "536999")])
    second = warehouse.load(shop)
    assert "already holds the generated demo data (lgs_demo_4_1.csv)" in second.stderr
    assert "make clean" in second.stderr
    assert load_count(warehouse) == 2  # added, never replaced


def write_workbook(path: Path) -> Path:
    """Two sheets of transactions (a date cell, float and empty customer cells) and a notes sheet."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Year 2009-2010"
    first.append(HEADER.split(","))
    first.append(["489434", "85048", "15CM CHRISTMAS GLASS BALL 20 LIGHTS", 12,
                  __import__("datetime").datetime(2009, 12, 1, 7, 45), 6.95, 13085.0, "United Kingdom"])
    second = book.create_sheet("Year 2010-2011")
    second.append(HEADER.split(","))
    second.append(["C536379", "D", "Discount", -1, "2010-12-01 09:41:00", 27.5, None, "United Kingdom"])
    second.append(["536380", "22961", "JAM MAKING SET PRINTED", 24, "2010-12-01 09:41:00", 1.45, 17809, "UK"])
    notes = book.create_sheet("Notes")
    notes.append(["This workbook was exported for the marketing team"])
    book.save(path)
    return path


def test_xlsx_loads_every_transaction_sheet_and_skips_others(warehouse: Warehouse, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "online_retail_II.xlsx")
    result = warehouse.load(path)
    assert "sheet 'Notes' has no transaction columns; skipped" in result.stderr
    rows = warehouse.query(
        "select _source_file, _source_row, invoice_no, quantity, invoice_date, unit_price, customer_id "
        "from raw.lgs_transactions order by _raw_row_id"
    )
    assert rows == [
        ("online_retail_II.xlsx:Year 2009-2010", 1, "489434", "12", "2009-12-01 07:45:00", "6.95", "13085"),
        ("online_retail_II.xlsx:Year 2010-2011", 1, "C536379", "-1", "2010-12-01 09:41:00", "27.5", None),
        ("online_retail_II.xlsx:Year 2010-2011", 2, "536380", "24", "2010-12-01 09:41:00", "1.45", "17809"),
    ]


DUMP = """--
-- PostgreSQL database dump
--
CREATE TABLE public.retail (
    invoice_no character varying(10),
    stock_code character varying(20),
    description character varying(255),
    quantity integer,
    invoice_date timestamp without time zone,
    unit_price numeric(8,3),
    customer_id integer,
    country character varying(50)
);

COPY public.{table} (invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id,\
 country) FROM stdin;
536365\t85123A\tWHITE HANGING HEART T-LIGHT HOLDER\t6\t2010-12-01 08:26:00\t2.550\t17850\tUnited Kingdom
536365\t71053\tWHITE METAL LANTERN\t6\t2010-12-01 08:26:00\t3.390\t\\N\tUnited Kingdom
\\.

ALTER TABLE ONLY public.retail ADD CONSTRAINT retail_pkey PRIMARY KEY (invoice_no, stock_code);
"""


def test_retail_sql_dump_loads_the_copy_block(warehouse: Warehouse, tmp_path: Path) -> None:
    path = tmp_path / "retail.sql"
    path.write_text(DUMP.format(table="retail"))
    warehouse.load(path)
    rows = raw_rows(warehouse)
    assert [r[:8] for r in rows] == [
        ("536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6", "2010-12-01 08:26:00", "2.550",
         "17850", "United Kingdom"),
        ("536365", "71053", "WHITE METAL LANTERN", "6", "2010-12-01 08:26:00", "3.390", None, "United Kingdom"),
    ]


def test_dump_of_another_table_is_refused(warehouse: Warehouse, tmp_path: Path) -> None:
    path = tmp_path / "retail.sql"
    path.write_text(DUMP.format(table="sales_lines"))
    assert_refused(warehouse, path, "expected a 'COPY ... retail (...) FROM stdin;' block", "sales_lines")


def test_bom_crlf_and_reordered_columns_are_accepted(warehouse: Warehouse, tmp_path: Path) -> None:
    header = "Country,Customer ID,Price,InvoiceDate,Quantity,Description,StockCode,Invoice"
    line = "France,12345.0,2.55,2010-12-01 08:26:00,6,HEART,85123A,536365"
    path = write_csv(tmp_path / "windows.csv", [header, line], newline="\r\n", bom=True)
    warehouse.load(path)
    assert [r[:8] for r in raw_rows(warehouse)] == [
        ("536365", "85123A", "HEART", "6", "2010-12-01 08:26:00", "2.55", "12345.0", "France")
    ]


def test_latin1_file_is_refused_then_loads_with_encoding(warehouse: Warehouse, tmp_path: Path) -> None:
    lines = [HEADER, "536365,22000,CAFÉ SIGN £5,1,2010-12-01 08:26:00,5,,France"]
    path = write_csv(tmp_path / "latin1.csv", lines, encoding="latin-1")
    message = assert_refused(warehouse, path, "line 2", "UTF8", "--encoding")
    assert "0xc9" in message.lower()
    warehouse.load(path, extra=("--encoding", "latin1"))
    assert raw_rows(warehouse)[0][2] == "CAFÉ SIGN £5"


# ---------------------------------------------------------------- refused files

MALFORMED = [  # (file name, lines, what the error says); the Spark loader refuses them alike (test_spark.py)
        ("empty.csv", [""], ("the file is empty",)),
        ("header_only.csv", [HEADER], ("header but no data rows",)),
        ("missing.csv", [HEADER.replace(",Country", ""), ROWS[0].rsplit(",", 1)[0]], ("missing country",)),
        ("extra.csv", [HEADER + ",Channel", ROWS[0] + ",web"], ("unexpected 'Channel'",)),
        ("wrong.csv", ["a,b,c,d,e,f,g,h", "1,2,3,4,5,6,7,8"], ("wrong columns", "Expected the 8 columns")),
        ("repeated.csv", [HEADER.replace("Country", "Price"), ROWS[0]], ("repeated unit_price",)),
        ("ragged_short.csv", [HEADER, ROWS[0], "536366,22633,HAND WARMER,6"], ("line 3", "missing data")),
        ("ragged_long.csv", [HEADER, ROWS[0], ROWS[1] + ",surplus"], ("line 3", "extra data")),
        ("stray_quote.csv", [HEADER, ROWS[0], '536366,22633,"HAND WARMER,6,2010-12-01 08:28:00,1.85,,UK'],
         ("unterminated CSV quoted field",)),
]


@pytest.mark.parametrize(("name", "lines", "expected"), MALFORMED)
def test_malformed_files_are_refused_whole(warehouse: Warehouse, tmp_path: Path, name: str,
                                           lines: list[str], expected: tuple[str, ...]) -> None:
    valid = write_csv(tmp_path / "valid.csv", [HEADER, *ROWS])
    warehouse.load(valid)
    assert_refused(warehouse, write_csv(tmp_path / name, lines), *expected)
    assert len(raw_rows(warehouse)) == 4  # the earlier valid batch is untouched


def test_truncated_gzip_is_refused(warehouse: Warehouse, tmp_path: Path) -> None:
    full = write_csv(tmp_path / "full.csv.gz", [HEADER, *(ROWS * 5000)])
    truncated = tmp_path / "truncated.csv.gz"
    truncated.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    assert_refused(warehouse, truncated, "truncated or corrupt")


def test_unsupported_and_missing_files_are_refused(warehouse: Warehouse, tmp_path: Path) -> None:
    path = tmp_path / "data.parquet"
    path.write_bytes(b"PAR1")
    assert_refused(warehouse, path, "unsupported file type")
    assert_refused(warehouse, tmp_path / "nowhere.csv", "no such file")


def test_values_that_do_not_parse_land_in_raw(warehouse: Warehouse, tmp_path: Path) -> None:
    """Row-level problems are not the loader's to judge: they land and staging rejects them."""
    odd = [
        "536366,22633,HAND WARMER,\"1,000\",2010-12-01 08:28:00,1.85,13047.0,United Kingdom",
        "536367,22633,HAND WARMER,abc,2010-12-01 08:28:00,1.85,13047.0,United Kingdom",
        "536368,22633,HAND WARMER,6,2011-02-30 08:28:00,1.85, 13047 ,United Kingdom",
        "536369,22633,HAND WARMER,6,01/12/2010 08:28,1.85,13047,United Kingdom",
        ",22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,13047,United Kingdom",
        "536370,22633,HAND WARMER,99999999999999,2010-12-01 08:28:00,1e400,13047,United Kingdom",
    ]
    warehouse.load(write_csv(tmp_path / "odd.csv", [HEADER, *odd]))
    assert len(raw_rows(warehouse)) == 6


# ---------------------------------------------------------------- faults

def test_concurrent_loaders_load_a_file_once(warehouse: Warehouse, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv.gz", [HEADER, *(ROWS * 50000)])
    procs = [
        subprocess.Popen([str(BIN / "python"), "-m", "scripts.load_raw", str(path)], cwd=PROJECT_DIR,
                         env=warehouse.env(), stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert sum("loaded 200,000 rows" in o for o in outputs) == 1, outputs
    assert sum("already loaded" in o for o in outputs) == 1, outputs
    assert warehouse.scalar("select count(*) from raw.lgs_transactions") == 200_000


def test_loader_killed_mid_copy_leaves_nothing_and_reloads_whole(warehouse: Warehouse, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "huge.csv", [HEADER, *(ROWS * 400000)])  # 1.6 M rows
    proc = subprocess.Popen([str(BIN / "python"), "-m", "scripts.load_raw", str(path)], cwd=PROJECT_DIR,
                            env=warehouse.env(), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    copying = False
    while time.monotonic() < deadline and not copying:  # wait until the COPY is running
        time.sleep(0.05)
        copying = bool(warehouse.query(
            "select 1 from pg_stat_activity where datname = current_database() and query ilike 'copy %'"
        ))
    assert copying, "the loader never reached COPY"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    time.sleep(0.5)
    assert len(raw_rows(warehouse)) == 0 and load_count(warehouse) == 0
    warehouse.load(path)
    assert warehouse.scalar("select count(*) from raw.lgs_transactions") == 1_600_000
    assert warehouse.scalar("select max(_source_row) from raw.lgs_transactions") == 1_600_000
