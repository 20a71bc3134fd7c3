"""The warehouse build: `dbt build` in two halves with the predictive step between them.

1. `dbt build` of everything except what reads the predictive step's tables
   (`--exclude source:predictions+`): seeds, staging, intermediate, the marts, their tests.
2. `scripts.predict`: fits the customer models and the forecasts on what step 1 built and
   replaces the `predictions` tables in one transaction.
3. `dbt build --select source:predictions+`: the predictive marts and what reads them
   (`customer_lifetime_value`, `predictive_model_fits`, `fct_sales_forecast`,
   `campaign_audiences`), with their tests.

One process, one parse: both halves reuse the manifest. If step 1 or 2 fails, step 3 does not
run, so the predictive marts keep their last good state. A plain `dbt build` also works: it
builds the predictive marts from whatever the step last wrote (empty before its first run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

PREDICTIVE = "source:predictions+"


# retries after the first attempt; each waits at most the role's lock_timeout (scripts/roles.py)
LOCK_RETRIES = int(os.environ.get("LGS_LOCK_RETRIES", "3"))
RETRY_PAUSE_S = 5


def lock_timed_out(result) -> bool:
    """Whether a failed dbt invocation failed because a statement gave up waiting for a lock."""
    nodes = getattr(result.result, "results", None) or []
    return any("lock timeout" in (getattr(node, "message", "") or "") for node in nodes)


def lock_holders() -> list[str]:
    """Other sessions holding locks on the warehouse's tables: who, from where, for how long."""
    from scripts import db

    schemas = [db.schema(layer) for layer in db.LAYERS]
    with db.connect(autocommit=True) as conn:
        rows = conn.execute(
            "select distinct a.pid, a.usename, coalesce(a.client_addr::text, 'local socket'), "
            "coalesce(nullif(a.application_name, ''), 'unnamed client'), a.state, "
            "extract(epoch from now() - coalesce(a.xact_start, a.backend_start))::int, n.nspname || '.' || c.relname "
            "from pg_locks l join pg_stat_activity a on a.pid = l.pid "
            "join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace "
            "where l.granted and a.pid <> pg_backend_pid() and n.nspname = any(%s) "
            "and a.usename is distinct from current_user order by 6 desc", (schemas,)).fetchall()
    return [f"session {pid} of {user} from {client} ({app}), {state} for {age} s, holding {rel}"
            for pid, user, client, app, state, age, rel in rows]


def invoke_with_retries(runner, args: list[str], common: list[str]):
    """Run dbt; when a model gave up waiting for a lock, name who holds it and retry what failed."""
    result = runner.invoke(args)
    for attempt in range(1, LOCK_RETRIES + 1):
        if result.success or not lock_timed_out(result):
            return result
        holders = lock_holders() or ["(the holder has gone)"]
        print(f"[build] a model gave up waiting for a lock (attempt {attempt} of {LOCK_RETRIES + 1}); held by:\n  "
              + "\n  ".join(holders) + f"\n[build] retrying what failed in {RETRY_PAUSE_S} s", flush=True)
        time.sleep(RETRY_PAUSE_S)
        result = runner.invoke(["retry", *common])
    if not result.success and lock_timed_out(result):
        print("error: gave up: the warehouse's tables stayed locked by:\n  " + "\n  ".join(lock_holders())
              + "\nend those sessions (or wait for bi_reader's idle-in-transaction timeout) and run again",
              file=sys.stderr)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-refresh", action="store_true", help="rebuild the incremental tables")
    parser.add_argument("--full-tests", action="store_true",
                        help="also run the unit tests and the full-history data tests")
    parser.add_argument("--target-path", help="dbt's target folder (default: target/)")
    parser.add_argument("--keep-views", action="store_true",
                        help="do not recreate the views (the live loop's refreshes: recreating a view drops the "
                             "views that read it until they are recreated, which readers would see)")
    args = parser.parse_args(argv)

    from dbt.cli.main import dbtRunner

    from scripts import predict

    common = ["--target-path", args.target_path, "--log-path", f"{args.target_path}/logs"] if args.target_path else []
    flags = [*common, *(["--full-refresh"] if args.full_refresh else [])]
    excluded = ([] if args.full_tests else ["tag:full_history"])
    excluded += ["config.materialized:view"] if args.keep_views else []
    if not args.full_tests:
        flags += ["--exclude-resource-type", "unit_test"]

    parsed = dbtRunner().invoke(["parse", "--quiet", *common])
    if not parsed.success:
        print(f"error: dbt could not parse the project: {parsed.exception or 'see the messages above'}",
              file=sys.stderr)
        return 2
    runner = dbtRunner(manifest=parsed.result)

    started = time.perf_counter()
    first = invoke_with_retries(runner, ["build", *flags, "--exclude", PREDICTIVE, *excluded], common)
    if not first.success:
        print("error: dbt build failed; the predictive step and marts were not run", file=sys.stderr)
        return 1
    target = Path(args.target_path or PROJECT_DIR / "target")
    results = (target if target.is_absolute() else PROJECT_DIR / target) / "run_results.json"
    if results.exists():  # kept beside the second half's, for the benchmark's per-node times
        shutil.copyfile(results, results.with_name("run_results_warehouse.json"))
    print(f"[build] warehouse built in {time.perf_counter() - started:.1f} s; predictive step next", flush=True)
    if predict.main([]) != 0:
        return 1
    second = invoke_with_retries(runner, ["build", *flags, "--select", PREDICTIVE, "--exclude", *excluded] if excluded
                                 else ["build", *flags, "--select", PREDICTIVE], common)
    if not second.success:
        return 1
    print(f"[build] done in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
