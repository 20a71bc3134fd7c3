"""Shared fixtures: each test gets its own database on the configured real PostgreSQL server.

The server is the one `make` resolved (the embedded one, or yours via PGHOST): the PG* variables
are in the environment. Databases are named lgs_pytest_<pid>_<n> and dropped afterwards.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ARTIFACTS = PROJECT_DIR / "test-artifacts"  # screenshots the browser tests leave for people to look at
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_counter = itertools.count(1)


@dataclass
class Warehouse:
    """A scratch database with helpers to load files and run dbt against it."""

    name: str
    tmp: Path

    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return db.env_for(self.name, **self.extra_env)

    def connect(self, **kwargs) -> psycopg.Connection:
        return psycopg.connect(db.conninfo(self.name), **kwargs)

    def query(self, statement: str, params: tuple = ()) -> list[tuple]:
        with self.connect() as conn:
            return conn.execute(statement, params or None).fetchall()

    def scalar(self, statement: str, params: tuple = ()):
        return self.query(statement, params)[0][0]

    def run(self, *args: str, check: bool = True, timeout: int = 600) -> subprocess.CompletedProcess:
        result = subprocess.run(
            list(args), cwd=PROJECT_DIR, env=self.env(), capture_output=True, text=True,
            timeout=timeout, check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"command failed ({result.returncode}): {' '.join(args)}\n"
                f"--- stdout ---\n{result.stdout[-6000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
            )
        return result

    def load(self, *files: Path | str, check: bool = True, extra: tuple[str, ...] = ()):
        return self.run(str(BIN / "python"), "-m", "scripts.load_raw", *map(str, files), *extra, check=check)

    def as_role(self, role: str) -> Warehouse:
        """The same database, with scripts and dbt logging in as `role`."""
        return Warehouse(self.name, self.tmp, {**self.extra_env, "PGUSER": role})

    def build(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """`make build`'s warehouse step: dbt build in two halves around the predictive step."""
        return self.run(str(BIN / "python"), "-m", "scripts.build", "--target-path", str(self.tmp / "target"),
                        *args, check=check)

    def dbt(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run(*db.dbt_command(*args, "--no-use-colors", target=self.tmp / "target"), check=check)


create_database = db.recreate_database
drop_database = db.drop_database


@pytest.fixture
def warehouse(tmp_path: Path) -> Iterator[Warehouse]:
    """An empty database of its own, dropped after the test."""
    name = f"lgs_pytest_{os.getpid()}_{next(_counter)}"
    create_database(name)
    try:
        yield Warehouse(name, tmp_path)
    finally:
        drop_database(name)


@pytest.fixture(scope="session")
def secured(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Warehouse]:
    """The demo warehouse set up as `make build` sets it up: roles, loaded as lgs_loader, built by
    scripts.build as lgs_transformer. Shared: tests may add data to it, not break it."""
    name = f"lgs_pytest_secured_{os.getpid()}"
    create_database(name)
    wh = Warehouse(name, tmp_path_factory.mktemp("secured"))
    try:
        wh.run(str(BIN / "python"), "-m", "scripts.roles")
        wh.as_role("lgs_loader").load(demo_file)
        wh.as_role("lgs_transformer").build()
        yield wh
    finally:
        drop_database(name)


@pytest.fixture
def warehouse_factory(tmp_path: Path) -> Iterator:
    """Makes more empty databases for one test (each dropped afterwards)."""
    made: list[str] = []

    def make() -> Warehouse:
        name = f"lgs_pytest_{os.getpid()}_{next(_counter)}"
        create_database(name)
        made.append(name)
        folder = tmp_path / name
        folder.mkdir()
        return Warehouse(name, folder)

    try:
        yield make
    finally:
        for name in made:
            drop_database(name)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated demo data set (deterministic), shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.csv.gz"
    subprocess.run(
        [str(BIN / "python"), "-m", "scripts.generate_data", str(path), "--rows", "12000", "--seed", "7"],
        cwd=PROJECT_DIR, check=True, capture_output=True,
    )
    return path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, demo_file: Path):
    """One warehouse built from the demo file with its docs generated, shared by read-only checks."""
    from pytests.reference import read_reference

    name = f"lgs_pytest_built_{os.getpid()}"
    create_database(name)
    wh = Warehouse(name, tmp_path_factory.mktemp("built"))
    try:
        wh.load(demo_file)
        result = wh.build("--full-tests")
        wh.dbt("docs", "generate")
        yield wh, result, read_reference(demo_file)
    finally:
        drop_database(name)


def chromium(url: str, screenshot: Path | None = None, budget_ms: int = 20000, window: str = "1400,1000") -> str:
    """Load the page in headless Chromium, let its scripts run, return the rendered DOM."""
    ARTIFACTS.mkdir(exist_ok=True)
    profile = ARTIFACTS / ".chromium-profile"
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={window}",
            f"--virtual-time-budget={budget_ms}"]
    if screenshot is not None:
        subprocess.run([*base, f"--screenshot={screenshot}", url], check=True, capture_output=True, timeout=120)
        assert screenshot.stat().st_size > 10_000, "the screenshot is (nearly) empty"
    result = subprocess.run([*base, "--dump-dom", url], check=True, capture_output=True, text=True, timeout=120)
    return result.stdout
