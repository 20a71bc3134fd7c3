"""Roles and privileges, grants that survive rebuilds, hostile names, failed builds and an
embedded server killed mid-flight — each against a real PostgreSQL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import psycopg
import pytest

from pytests.conftest import BIN, PROJECT_DIR, Warehouse
from scripts import db


def as_role(wh: Warehouse, role: str) -> psycopg.Connection:
    return psycopg.connect(db.conninfo(wh.name).replace(f"user={db.settings()['PGUSER']}", f"user={role}"),
                           autocommit=True)


def can(conn: psycopg.Connection, statement: str) -> bool:
    try:
        conn.execute(statement)
        return True
    except psycopg.errors.InsufficientPrivilege:
        return False


def test_roles_can_do_their_job_and_nothing_more(secured: Warehouse) -> None:
    with as_role(secured, "bi_reader") as reader:
        assert reader.execute("select count(*) from marts.customer_rfm").fetchone()[0] > 0
        assert not can(reader, "select 1 from raw.lgs_transactions limit 1")
        assert not can(reader, "select 1 from staging.stg_lgs__transactions limit 1")
        assert not can(reader, "select 1 from intermediate.int_transactions_classified limit 1")
        assert not can(reader, "delete from marts.customer_rfm")
        assert not can(reader, "insert into marts.fct_monthly_sales (month) values ('2030-01-01')")
        assert not can(reader, "create table marts.mine (x int)")
        assert not can(reader, "create table public.mine (x int)")
    with as_role(secured, "lgs_loader") as loader:
        assert loader.execute("select count(*) from raw.lgs_transactions").fetchone()[0] > 0
        assert not can(loader, "select 1 from marts.customer_rfm limit 1")
        assert not can(loader, "create table marts.mine (x int)")
    with as_role(secured, "lgs_transformer") as transformer:
        assert transformer.execute("select count(*) from raw.lgs_transactions").fetchone()[0] > 0
        assert not can(transformer, "delete from raw.lgs_transactions")
        assert not can(transformer, "insert into raw.lgs_loads (source_file) values ('x')")
        owner = transformer.execute(
            "select tableowner from pg_tables where schemaname = 'marts' and tablename = 'customer_rfm'").fetchone()
        assert owner == ("lgs_transformer",)


def test_grants_survive_a_rebuild(secured: Warehouse) -> None:
    # a run, not a build: what is checked is the grants; the data tests run elsewhere (and the live
    # tests leave feed lines in this shared warehouse's raw that only a whole build would take in)
    secured.as_role("lgs_transformer").dbt("run", "--full-refresh", "--select", "marts",
                                           "--exclude", "source:predictions+")
    with as_role(secured, "bi_reader") as reader:
        for mart in ("customer_rfm", "fct_invoice_lines", "fct_monthly_sales", "dq_monthly_reconciliation"):
            assert reader.execute(f"select count(*) from marts.{mart}").fetchone()[0] > 0


def test_hostile_file_and_table_names_reach_sql_only_as_values(warehouse: Warehouse, tmp_path: Path) -> None:
    header = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"
    row = "536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom"
    hostile = tmp_path / "x'); drop table raw.lgs_loads; --\".csv"
    hostile.write_text(f"{header}\n{row}\n")
    warehouse.load(hostile)
    assert warehouse.query("select source_file from raw.lgs_loads") == [(str(hostile),)]
    assert warehouse.query("select _source_file from raw.lgs_transactions") == [(hostile.name,)]
    dump = tmp_path / "retail.sql"
    dump.write_text(
        'COPY public."retail; drop table raw.lgs_loads; --" (invoice_no) FROM stdin;\n1\n\\.\n'
        "COPY public.retail (invoice_no, stock_code, \"description); drop table raw.lgs_loads; --\", quantity, "
        "invoice_date, unit_price, customer_id, country) FROM stdin;\n\\.\n"
    )
    result = warehouse.load(dump, check=False)
    assert result.returncode == 1 and "expected a 'COPY ... retail (...) FROM stdin;' block" in result.stderr
    assert "unreadable COPY line" in result.stderr
    header_attack = tmp_path / "columns.csv"
    header_attack.write_text(header.replace("Country", '"Country""); drop table raw.lgs_loads; --"') + f"\n{row}\n")
    result = warehouse.load(header_attack, check=False)
    assert result.returncode == 1 and "unexpected" in result.stderr
    assert warehouse.scalar("select count(*) from raw.lgs_loads") == 1  # registry intact


def test_failed_build_leaves_previous_marts_readable_and_unchanged(secured: Warehouse, tmp_path: Path) -> None:
    warehouse = secured.as_role("lgs_transformer")
    before = warehouse.query("select * from marts.customer_rfm order by customer_id")
    second = tmp_path / "more.csv"
    subprocess.run([str(BIN / "python"), "-m", "scripts.generate_data", str(second), "--rows", "800",
                    "--seed", "3", "--start", "2011-12-06", "--days", "2", "--first-invoice", "800000"],
                   cwd=PROJECT_DIR, check=True, capture_output=True)
    secured.as_role("lgs_loader").load(second)
    # (customer_rfm and what it reads: the rest of the DAG adds nothing to what the failure proves)
    failed = warehouse.dbt("build", "--select", "+customer_rfm", "--exclude-resource-type", "unit_test",
                           "--vars", "{rfm_as_of_date: 'not a date'}", check=False)
    assert failed.returncode != 0 and "customer_rfm" in failed.stdout
    assert warehouse.query("select * from marts.customer_rfm order by customer_id") == before
    warehouse.dbt("build", "--exclude-resource-type", "unit_test")
    after = warehouse.query("select * from marts.customer_rfm order by customer_id")
    assert after != before
    assert warehouse.scalar("select max(as_of_date) from marts.customer_rfm").isoformat() >= "2011-12-07"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_embedded_server_killed_comes_back_with_its_data(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LGS_STATE_DIR=str(tmp_path / "state"), LGS_PG_PORT=str(_free_port()))
    start = [str(BIN / "python"), "-W", "ignore", "-m", "scripts.pg_server", "start",
             "--env-file", str(tmp_path / "pg.env")]
    stop = [str(BIN / "python"), "-W", "ignore", "-m", "scripts.pg_server", "stop"]
    subprocess.run(start, cwd=PROJECT_DIR, env=env, check=True, capture_output=True, timeout=120)
    try:
        settings = dict(line.split("=", 1) for line in (tmp_path / "pg.env").read_text().split())
        conninfo = f"host={settings['PGHOST']} port={settings['PGPORT']} user=postgres dbname={settings['PGDATABASE']}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("create table kept (x int)")
            conn.execute("insert into kept values (42)")
        pid = int((tmp_path / "state" / "pgdata" / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
        time.sleep(1)
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(conninfo, connect_timeout=2)
        again = subprocess.run(start, cwd=PROJECT_DIR, env=env, check=True, capture_output=True, text=True,
                               timeout=120)
        assert "starting embedded PostgreSQL" in again.stderr
        with psycopg.connect(conninfo) as conn:
            assert conn.execute("select x from kept").fetchall() == [(42,)]
    finally:
        subprocess.run(stop, cwd=PROJECT_DIR, env=env, capture_output=True, timeout=120, check=False)
