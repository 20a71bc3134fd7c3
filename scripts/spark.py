"""The `spark` target: Apache Spark in local mode, inside the process that needs it.

dbt (dbt-spark's session method) starts Spark from the `spark` output of the dbt profile
(`profiles.example.yml`); the loader (`scripts.load_spark`) and the predictive step start the
same session from the same settings, read here from the profile, so there is one definition of
where the warehouse's files and catalogue live. The catalogue is an embedded Derby metastore:
one process at a time uses a Spark warehouse, as one `make` target after another does.

`python -m scripts.spark java` stops with one line saying what to install when there is no Java
17 or newer (the first step of every `make … TARGET=spark`; standard library only, so it runs
before anything is installed); `check` also checks the Spark extra; `summary` lists the marts.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

# pyspark warns on import that it does not fully support pandas 3; nothing here converts to pandas
warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)

PROJECT_DIR = Path(__file__).resolve().parent.parent
TARGET = "spark"
MIN_JAVA = 17


def is_target() -> bool:
    """Whether this run is for the Spark target (DBT_TARGET=spark, as `make … TARGET=spark` sets)."""
    return os.environ.get("DBT_TARGET", "") == TARGET


def java_problem() -> str | None:
    """What is wrong with the Java on this machine for Spark, or None."""
    java = Path(os.environ["JAVA_HOME"]) / "bin" / "java" if os.environ.get("JAVA_HOME") else shutil.which("java")
    if not java or not Path(java).exists():
        return f"Spark needs Java {MIN_JAVA} or newer and none was found: install a JDK (Debian: apt-get install " \
               f"openjdk-{MIN_JAVA}-jre-headless) or set JAVA_HOME"
    try:
        out = subprocess.run([str(java), "-version"], check=False, capture_output=True, text=True, timeout=60).stderr
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"Spark needs Java {MIN_JAVA} or newer; {java} -version failed: {exc}"
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        return f"Spark needs Java {MIN_JAVA} or newer; could not read the version of {java}: {out.strip()[:80]}"
    major = int(match.group(1)) if match.group(1) != "1" else int(match.group(2) or 0)
    if major < MIN_JAVA:
        return f"Spark needs Java {MIN_JAVA} or newer; {java} is Java {major}: install Java {MIN_JAVA}+ or " \
               "point JAVA_HOME at it"
    return None


def _java() -> int:
    problem = java_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


def check() -> int:
    problem = java_problem()
    if problem is None:
        try:
            import dbt.adapters.spark  # noqa: F401
            import pyspark  # noqa: F401
        except ImportError:
            problem = "the Spark extra is not installed: run `make install-spark` (requirements-spark.txt)"
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


@functools.cache
def settings() -> dict[str, str]:
    """The Spark settings of the profile's `spark` output, rendered as dbt renders them."""
    import jinja2
    import yaml

    folder = Path(os.environ.get("DBT_PROFILES_DIR") or PROJECT_DIR / ".warehouse")
    path = folder / "profiles.yml"
    if not path.exists():
        path = PROJECT_DIR / "profiles.example.yml"
    profile = yaml.safe_load(path.read_text(encoding="utf-8"))
    output = profile["lgs"]["outputs"].get(TARGET)
    if output is None:
        raise SystemExit(f"error: {path} has no `{TARGET}` output (see profiles.example.yml)")

    def env_var(name: str, default: str | None = None) -> str:
        if name in os.environ:
            return os.environ[name]
        if default is None:
            raise SystemExit(f"error: the {TARGET} profile needs the environment variable {name}")
        return default

    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    return {key: env.from_string(str(value)).render(env_var=env_var)
            for key, value in (output.get("server_side_parameters") or {}).items()}


def session():
    """The Spark session of the `spark` target (the one dbt uses when in the same process)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.enableHiveSupport()
    for key, value in settings().items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def summary() -> int:
    """The marts built on Spark, with their rows and columns (what `make build TARGET=spark` ends with)."""
    from scripts import db

    session_ = session()
    schema = db.schema("marts")
    tables = sorted(row.tableName for row in session_.sql(f"show tables in {schema}").collect()
                    if not row.isTemporary)
    print(f"Spark warehouse {settings()['spark.sql.warehouse.dir']}: {len(tables)} marts")
    for table in tables:
        frame = session_.table(f"{schema}.{table}")
        print(f"  {table:<34} {frame.count():>10,} rows {len(frame.columns):>4} columns")
    return 0


if __name__ == "__main__":
    commands = {"java": _java, "check": check, "summary": summary}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: python -m scripts.spark {{{'|'.join(commands)}}}")
    sys.exit(commands[sys.argv[1]]())
