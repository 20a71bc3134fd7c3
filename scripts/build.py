"""The warehouse build: `dbt build` in two halves with the predictive step between them.

1. `dbt build` of everything except what reads the predictive step's tables
   (`--exclude source:predictions+`): seeds, staging, intermediate, the marts, their tests.
2. `scripts.predict`: fits the customer models and the forecasts on what step 1 built and
   replaces the `predictions` tables in one transaction.
3. `dbt build --select source:predictions+`: the predictive marts and what reads them
   (`customer_lifetime_value`, `predictive_model_fits`, `fct_sales_forecast`,
   `campaign_audiences`), with their tests.

Among the nodes ready to run, those heading the longest chain still to run start first (by the
previous build's node times: `prefer_longest_chains`), not dbt's shallowest-first order. On
PostgreSQL, dbt runs as many models at once as the machine has CPUs (at least 2) unless
DBT_THREADS says otherwise: more would share the cores with the longest chain (on two cores, 2
threads against the profile's default 4, alternating runs on the real data: cold build 38.7-43.5 s
against 40.7-46.2 s, real day 14.3-15.0 s against 16.0-16.9 s).

One process, one parse: both halves reuse the manifest. If step 1 or 2 fails, step 3 does not
run, so the predictive marts keep their last good state. A plain `dbt build` also works: it
builds the predictive marts from whatever the step last wrote (empty before its first run).

With `--serve` the process stays and builds once per `build` line on its input (the live loop's
refreshes): dbt is imported and the project parsed once, again only when a project file changed.

One build at a time on a warehouse: a build that finds another running (the live loop's
refresh, a nightly `make build`) waits for it, naming it, for at most LGS_BUILD_WAIT seconds
(default 900), then gives up. Each build that succeeds whole adds a row to
`intermediate.lgs_builds` (the `builds_table` var: when, up to which raw load, how long): what
the live loop and the batch-only data tests read to know what a build has already seen, which
the line table alone cannot tell once a refresh was interrupted after building it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

PREDICTIVE = "source:predictions+"


# retries after the first attempt; each waits at most the role's lock_timeout (scripts/roles.py)
LOCK_RETRIES = int(os.environ.get("LGS_LOCK_RETRIES", "3"))
RETRY_PAUSE_S = 5


BUILD_LOCK = 74_711_003  # session advisory lock: one build at a time per warehouse
BUILD_WAIT_S = float(os.environ.get("LGS_BUILD_WAIT", "900"))


@contextlib.contextmanager
def one_build_at_a_time() -> Iterator[None]:
    """Hold the warehouse's build lock for the duration; wait (polling, so no lock_timeout) for a running build."""
    from scripts import db

    with db.connect(autocommit=True) as conn:
        conn.execute("set application_name = 'lgs build'")
        since = next_note = time.monotonic()
        while not conn.execute("select pg_try_advisory_lock(%s)", (BUILD_LOCK,)).fetchone()[0]:
            who = db.advisory_lock_holder(conn, BUILD_LOCK)
            if time.monotonic() >= next_note:
                next_note += 30
                print(f"[build] another build is running on this warehouse ({who}); waiting for it", flush=True)
            if time.monotonic() - since > BUILD_WAIT_S:
                raise SystemExit(f"error: another build has held the warehouse for over {BUILD_WAIT_S:.0f} s "
                                 f"({who}); stop it or wait, then run again")
            time.sleep(1)
        yield


def last_load() -> int:
    """The newest load in raw: everything up to it is in the build that starts now."""
    from psycopg import sql

    from scripts import db, load_raw

    with db.connect(autocommit=True) as conn:
        if not db.relation_exists(conn, db.schema("raw"), load_raw.LOADS_TABLE):
            return 0
        return conn.execute(sql.SQL("select coalesce(max(load_id), 0) from {}").format(
            sql.Identifier(db.schema("raw"), load_raw.LOADS_TABLE))).fetchone()[0]


def record_build(load_id: int, seconds: float, full_refresh: bool) -> None:
    """One row per build that succeeded whole (the live loop's 'what is built' marker)."""
    from psycopg import sql

    from scripts import db

    table = sql.Identifier(db.schema("intermediate"), db.var("builds_table"))
    with db.connect(autocommit=True) as conn:
        conn.execute(sql.SQL("create table if not exists {} (built_at timestamptz not null default now(), "
                             "built_load_id bigint not null, seconds numeric(10, 1) not null, "
                             "full_refresh boolean not null)").format(table))
        conn.execute(sql.SQL("insert into {} (built_load_id, seconds, full_refresh) values (%s, %s, %s)").format(
            table), (load_id, round(seconds, 1), full_refresh))


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


def prefer_longest_chains(history: Path) -> None:
    """Start, among the nodes ready to run, those with the longest chain still below them first.

    dbt orders ready nodes by their depth in the graph, so on a machine with few cores a node at
    the head of a long chain (the basket list, before the pair counts and the recommendations)
    waits behind shallow nodes that nothing waits for. Here each node's priority is the time of
    the longest path from it to the end of the build, in seconds of its and its descendants' last
    run (`history`: the previous build's run_results_warehouse.json; 0.1 s a node when unknown),
    dbt's depth breaking ties. Only the order changes: every node still waits for its parents.

    dbt hands every ready node to its thread pool at once, where they wait in arrival order, so a
    priority would only rank the nodes that became ready together: a node is now handed out only
    when a thread is free to run it, and the most urgent ready node is the one handed out.
    """
    import networkx as nx
    from dbt.graph.queue import GraphQueue
    from dbt.task.runnable import GraphRunnableTask

    hooks = (getattr(GraphQueue, name, None) for name in ("_get_scores", "get"))
    if not all(map(callable, hooks)) or not callable(getattr(GraphRunnableTask, "run_queue", None)):
        return  # dbt's own order, on a dbt without these hooks
    seconds: dict[str, float] = {}
    with contextlib.suppress(OSError, ValueError, KeyError):
        seconds = {r["unique_id"]: float(r["execution_time"]) for r in json.loads(history.read_text())["results"]}
    by_depth = GraphQueue.__dict__.get("_lgs_by_depth", GraphQueue._get_scores)  # dbt's, once per process
    GraphQueue._lgs_by_depth = by_depth

    def scores(queue, graph):
        depth = by_depth(queue, graph)
        remaining: dict[str, float] = {}
        for node in reversed(list(nx.topological_sort(graph))):
            below = max((remaining[child] for child in graph.successors(node)), default=0.0)
            remaining[node] = seconds.get(node, 0.1) + below
        return {node: (-round(remaining[node], 3), depth[node]) for node in graph.nodes}

    GraphQueue._get_scores = scores

    # once per process, like the scorer: a second build must not wrap these twice
    handed_out = GraphQueue.__dict__.get("_lgs_get", GraphQueue.get)
    GraphQueue._lgs_get = handed_out
    run_queue = GraphRunnableTask.__dict__.get("_lgs_run_queue", GraphRunnableTask.run_queue)
    GraphRunnableTask._lgs_run_queue = run_queue

    def run_queue_in_order(task, pool):
        task.job_queue.lgs_threads = max(1, int(task.config.threads or 1))  # the pool's size
        return run_queue(task, pool)

    def get(queue, block=True, timeout=None):
        # only the runner's loop calls get(), so the count can only fall between this check and
        # the hand-out; mark_done() notifies the condition when a node finishes
        threads = getattr(queue, "lgs_threads", None)
        if threads:
            with queue.some_task_done:
                while len(queue.in_progress) >= threads:
                    queue.some_task_done.wait()
        return handed_out(queue, block, timeout)

    GraphRunnableTask.run_queue = run_queue_in_order
    GraphQueue.get = get


def default_threads() -> str:
    """dbt's threads on PostgreSQL when DBT_THREADS is not set: the machine's CPUs, at least 2."""
    return str(max(2, len(os.sched_getaffinity(0))))


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
                        help="also run the unit tests and the full-history data tests, and test every row "
                             "of the append-only tables (not only the new loads)")
    parser.add_argument("--target-path", help="dbt's target folder (default: target/)")
    parser.add_argument("--serve", action="store_true",
                        help="stay running and build once per line 'build' read on stdin, printing '[build] exit N' "
                             "after each (the live loop's refreshes: dbt is imported and the project parsed once, "
                             "parsed again only when a project file changed)")
    parser.add_argument("--keep-views", action="store_true",
                        help="do not recreate the views nor reload the seeds (the live loop's refreshes: recreating "
                             "a view drops the views that read it until they are recreated, and reloading a seed "
                             "empties it under an exclusive lock until it commits, both of which readers would see)")
    args = parser.parse_args(argv)

    common = ["--target-path", args.target_path, "--log-path", f"{args.target_path}/logs"] if args.target_path else []
    flags = [*common, *(["--full-refresh"] if args.full_refresh else [])]
    excluded = ([] if args.full_tests else ["tag:full_history"])
    excluded += ["config.materialized:view", "resource_type:seed"] if args.keep_views else []
    from scripts import spark

    on_spark = spark.is_target()
    if on_spark and spark.check() != 0:
        return 2
    if not on_spark:
        os.environ.setdefault("DBT_THREADS", default_threads())
    if not args.full_tests or on_spark:  # the unit tests' fixtures are PostgreSQL SQL; they prove the logic there
        flags += ["--exclude-resource-type", "unit_test"]
    if args.full_tests:
        # data tests on append-only tables check every row, not only the new loads (macros/tests_on_new_loads.sql)
        os.environ["LGS_FULL_TESTS"] = "1"

    manifest = parse(common)
    if manifest is None:
        return 2
    if args.serve:
        if on_spark:
            print("error: --serve is for the live loop, which is PostgreSQL's", file=sys.stderr)
            return 2
        return serve(manifest, args, flags, excluded, common)
    from dbt.cli.main import dbtRunner

    # on Spark, the embedded metastore admits one process at a time: a second build cannot start
    with contextlib.nullcontext() if on_spark else one_build_at_a_time():
        return build(dbtRunner(manifest=manifest), args, flags, excluded, common, record=not on_spark)


def parse(common: list[str]):
    """The project's manifest (dbt's partial parse when nothing changed), or None, saying why."""
    from dbt.cli.main import dbtRunner

    parsed = dbtRunner().invoke(["parse", "--quiet", *common])
    if not parsed.success:
        print(f"error: dbt could not parse the project: {parsed.exception or 'see the messages above'}",
              file=sys.stderr)
        return None
    return parsed.result


PROJECT_FILES = ("dbt_project.yml", "models", "macros", "seeds", "tests", "analyses")


def project_fingerprint() -> tuple:
    """Every project file's path, size and modification time: what a new parse would depend on."""
    found = []
    for name in PROJECT_FILES:
        top = PROJECT_DIR / name
        paths = [top] if top.is_file() else [Path(folder) / file for folder, _, files in os.walk(top) for file in files]
        for path in paths:
            with contextlib.suppress(OSError):
                stat = path.stat()
                found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def serve(manifest, args: argparse.Namespace, flags: list[str], excluded: list[str], common: list[str]) -> int:
    """Build once per 'build' line on stdin, one build at a time, until stdin closes.

    The live loop's refreshes: a new process per refresh would import dbt and read the saved
    parse each time (3-4 s on the real data, measured by `make bench` as dbt's start). The
    project is parsed again before a build when one of its files changed since the last parse.
    """
    from dbt.cli.main import dbtRunner

    # an interrupt ends the process, as it ends a one-off build: dbt turns it into a failed build
    # (cancelling its queries, which roll back), so it is noted here to stop after that build
    interrupted: list[int] = []

    def on_interrupt(signum, frame) -> None:
        interrupted.append(signum)
        signal.default_int_handler(signum, frame)

    signal.signal(signal.SIGINT, on_interrupt)
    fingerprint = project_fingerprint()
    try:
        for line in sys.stdin:
            if line.strip() != "build":
                continue
            if project_fingerprint() != fingerprint:
                print("[build] the project changed: parsing it again", flush=True)
                fingerprint, manifest = project_fingerprint(), parse(common)
                if manifest is None:
                    print("[build] exit 2", flush=True)
                    continue
            with one_build_at_a_time():
                code = build(dbtRunner(manifest=manifest), args, flags, excluded, common)
            if interrupted:
                return 130
            print(f"[build] exit {code}", flush=True)
    except KeyboardInterrupt:
        return 130
    return 0


def build(runner, args: argparse.Namespace, flags: list[str], excluded: list[str], common: list[str],
          record: bool = True) -> int:
    """The two halves and the predictive step between them; `record`: log the build (PostgreSQL)."""
    from scripts import predict

    started = time.perf_counter()
    up_to_load = last_load() if record else 0
    target = Path(args.target_path or PROJECT_DIR / "target")
    results = (target if target.is_absolute() else PROJECT_DIR / target) / "run_results.json"
    prefer_longest_chains(results.with_name("run_results_warehouse.json"))
    first = invoke_with_retries(runner, ["build", *flags, "--exclude", PREDICTIVE, *excluded], common)
    if not first.success:
        print("error: dbt build failed; the predictive step and marts were not run", file=sys.stderr)
        return 1
    if results.exists():  # kept beside the second half's, for the benchmark's per-node times
        shutil.copyfile(results, results.with_name("run_results_warehouse.json"))
    print(f"[build] warehouse built in {time.perf_counter() - started:.1f} s; predictive step next", flush=True)
    if predict.main([]) != 0:
        return 1
    second = invoke_with_retries(runner, ["build", *flags, "--select", PREDICTIVE, "--exclude", *excluded] if excluded
                                 else ["build", *flags, "--select", PREDICTIVE], common)
    if not second.success:
        return 1
    if record:
        record_build(up_to_load, time.perf_counter() - started, args.full_refresh)
    print(f"[build] done in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
