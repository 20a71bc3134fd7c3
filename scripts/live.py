"""The live warehouse: the shop's feed into raw within a second, the marts refreshed behind it.

    python -m scripts.live [--refresh-every 60] [--until-idle]     (make live)
    python -m scripts.live replay FILE DAY [--speed 10]            (make replay)

The ingest path is a table, `raw.lgs_ingest`, that the shop (or a change-data-capture tool
reading its database) appends order lines to as `lgs_feed`, a role that may do nothing else:
`insert … on conflict (sender_line_id) do nothing`, so a sender that repeats itself adds nothing.
The loop (as `lgs_loader`, which may only append to raw):
- wakes when lines arrive (LISTEN/NOTIFY; a check every few seconds besides), and moves the new
  feed lines into `raw.lgs_transactions` as one load, in one transaction: a unique index on the
  moved lines' feed row makes a second copy impossible, so a loop killed mid-move and restarted
  moves each line exactly once;
- starts the refresh (`scripts.build --serve`, as `lgs_transformer`: incremental models and the
  predictive step, in a child process kept between refreshes) when lines await it and the last
  one ended at least `--refresh-every` seconds ago, and prints one line per cycle: lines moved,
  how long they waited in the feed, what ran. Lines are not moved while a refresh runs, so every
  refresh sees whole loads.
The live marts (`live_sales_by_hour`, `live_top_products`) add the feed's unbuilt lines to the
built tables when queried, so a line counts there as soon as it is written, whatever the refresh
is doing. One loop per warehouse (an advisory lock); Ctrl-C stops it cleanly (a running refresh
is interrupted and rolls back; the next one redoes it).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import ctypes
import gzip
import hashlib
import io
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import psycopg
from psycopg import sql

from scripts import db, load_raw

PROJECT_DIR = Path(__file__).resolve().parent.parent
LIVE_LOCK = 74_711_002  # session advisory lock: one live loop per warehouse
CHANNEL = "lgs_ingest"
RAW = load_raw.RAW_SCHEMA
COLUMNS = load_raw.COLUMNS


def log(message: str) -> None:
    print(f"[live] {datetime.now():%H:%M:%S} {message}", flush=True)


def connect_as(user: str | None, autocommit: bool = True, dbname: str | None = None) -> psycopg.Connection:
    """A connection as `user` (its password from LGS_<ROLE>_PASSWORD when set), else as PGUSER."""
    info = db.conninfo(dbname)
    if user:
        params = psycopg.conninfo.conninfo_to_dict(info)
        params["user"] = user
        password = os.environ.get(f"LGS_{user.upper().removeprefix('LGS_')}_PASSWORD")
        if password:
            params["password"] = password
        info = psycopg.conninfo.make_conninfo(**params)
    return psycopg.connect(info, autocommit=autocommit, connect_timeout=10)


# ---------------------------------------------------------------- moving the feed into raw

def move(conn: psycopg.Connection) -> tuple[int, int | None, list[float]]:
    """Move the feed lines not yet in raw into it as one load; (lines, load id, seconds each waited)."""
    raw, table = sql.Identifier(RAW), sql.Identifier(load_raw.RAW_TABLE)
    ingest = sql.Identifier(load_raw.INGEST_TABLE)
    cols = sql.SQL(", ").join(map(sql.Identifier, COLUMNS))
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("select pg_advisory_xact_lock(%s)", (load_raw.LOCK_KEY,))  # one writer of raw at a time
        # lines written by a transaction older than the last move's floor were visible to that move
        # and moved by it: look only at the rest (all of the feed before the first recorded floor)
        floor = cur.execute(sql.SQL("select max(feed_xact_floor) from {}.{}").format(
            raw, sql.Identifier(load_raw.LOADS_TABLE))).fetchone()[0]
        # this move's floor: the oldest transaction running now; the insert below sees every line of
        # an older one, and a line it cannot see yet has an id at or above it
        new_floor = cur.execute("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").fetchone()[0]
        load_id = load_raw.next_load_id(cur)
        cur.execute("select set_config('lgs.load_id', %s, true), set_config('lgs.source_file', %s, true)",
                    (str(load_id), load_raw.FEED_SOURCE))
        cur.execute(sql.SQL(
            "insert into {raw}.{table} ({cols}, _source_row) "
            "select {icols}, i.ingest_id from {raw}.{ingest} as i "
            "where i._xact_id >= %s "
            "and not exists (select 1 from {raw}.{table} as t "
            "                where t._source_file = %s and t._source_row = i.ingest_id) "
            "order by i.ingest_id "
            "returning _source_row").format(
                raw=raw, table=table, cols=cols, ingest=ingest,
                icols=sql.SQL(", ").join(sql.SQL("i.") + sql.Identifier(c) for c in COLUMNS)),
            (floor or 0, load_raw.FEED_SOURCE))
        moved = [r[0] for r in cur.fetchall()]
        if not moved:
            raise _NothingToMove
        cur.execute(sql.SQL("select extract(epoch from clock_timestamp() - received_at) from {}.{} "
                            "where ingest_id = any(%s)").format(raw, ingest), (moved,))
        waited = [float(r[0]) for r in cur.fetchall()]
        digest = hashlib.sha256(f"{load_raw.FEED_SOURCE}:{load_id}:{min(moved)}-{max(moved)}".encode()).hexdigest()
        load_raw.register_load(cur, load_id, load_raw.FEED_SOURCE, "feed", digest, 0, len(moved), new_floor)
    return len(moved), load_id, waited


class _NothingToMove(Exception):
    pass


def move_new(conn: psycopg.Connection) -> tuple[int, int | None, list[float]]:
    try:
        return move(conn)
    except _NothingToMove:
        return 0, None, []


def unbuilt_loads(conn: psycopg.Connection) -> int:
    """Loads in raw that no whole build has seen yet (`lgs_builds`, written by scripts.build when a build
    succeeds; a warehouse built before it existed: the line table's newest load)."""
    intermediate, builds = db.schema("intermediate"), db.var("builds_table")
    if db.relation_exists(conn, intermediate, builds):
        built = conn.execute(sql.SQL("select coalesce(max(built_load_id), 0) from {}").format(
            sql.Identifier(intermediate, builds))).fetchone()[0]
    elif db.relation_exists(conn, intermediate, "int_transactions_classified"):
        built = conn.execute(sql.SQL("select coalesce(max(load_id), 0) from {}.int_transactions_classified").format(
            sql.Identifier(intermediate))).fetchone()[0]
    else:
        built = 0
    return conn.execute(sql.SQL("select count(*) from {}.{} where load_id > %s").format(
        sql.Identifier(RAW), sql.Identifier(load_raw.LOADS_TABLE)), (built,)).fetchone()[0]



# ---------------------------------------------------------------- the loop

def _die_with_the_loop() -> None:
    """In the refresh child, before it runs: be interrupted (SIGINT: dbt rolls back) when the loop dies,
    however it dies, so a killed loop leaves no refresh behind (Linux; elsewhere the build lock in
    scripts/build.py makes a later refresh wait for the orphan instead)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGINT)  # PR_SET_PDEATHSIG


class Refresh:
    """The incremental build in a child process, so the loop stays responsive. The child stays
    running between refreshes (`scripts.build --serve`): dbt is imported and the project parsed
    once, not at every refresh. A refresh that fails or is stopped ends the child; the next
    refresh starts a new one."""

    def __init__(self, transformer: str | None) -> None:
        self.transformer = transformer
        self.worker: subprocess.Popen | None = None
        self.lock = threading.Lock()
        self.lines: list[str] = []
        self.result: tuple[int, str] | None = None
        self.building = False
        self.started = 0.0
        self.ended = 0.0
        self.count = 0

    def _spawn(self) -> None:
        env = dict(os.environ)
        if self.transformer:
            env["PGUSER"] = self.transformer
            password = os.environ.get("LGS_TRANSFORMER_PASSWORD")
            if password:
                env["PGPASSWORD"] = password
        worker = subprocess.Popen([sys.executable, "-m", "scripts.build", "--keep-views", "--serve"],
                                  cwd=PROJECT_DIR, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, bufsize=1, start_new_session=True,
                                  preexec_fn=_die_with_the_loop)
        self.worker = worker
        threading.Thread(target=self._read, args=(worker,), daemon=True).start()

    def _read(self, worker: subprocess.Popen) -> None:
        """Collect the child's output; a build ends at its '[build] exit N' line, or when the child ends."""
        for line in worker.stdout:
            with self.lock:
                if worker is not self.worker:  # a child being stopped: its last words are not a refresh's
                    continue
                if line.startswith("[build] exit "):
                    self.result, self.lines = (int(line.split()[-1]), "".join(self.lines)), []
                else:
                    self.lines.append(line)
        code = worker.wait()
        with self.lock:
            if worker is self.worker and self.building and self.result is None:
                self.result, self.lines = (code or 1, "".join(self.lines)), []

    def start(self) -> None:
        with self.lock:
            self.result, self.lines = None, []
            self.building = True
        for attempt in (1, 2):
            if self.worker is None or self.worker.poll() is not None:
                self._spawn()
            try:
                self.worker.stdin.write("build\n")
                self.worker.stdin.flush()
                break
            except OSError:  # the child ended between the check and the write: start another
                if attempt == 2:
                    raise
                self.worker.wait()
        self.started = time.monotonic()

    def running(self) -> bool:
        with self.lock:
            return self.building and self.result is None

    def finish(self) -> tuple[int, str] | None:
        """(exit code, its output) once a started refresh has ended; None while it runs or if none ran."""
        with self.lock:
            if not self.building or self.result is None:
                return None
            result, self.result, self.building = self.result, None, False
        if result[0] != 0 and self.worker is not None:  # a failed build may leave dbt's state half set: start anew
            self.stop()
        self.ended = time.monotonic()
        self.count += 1
        return result

    def stop(self) -> None:
        """End the child: a running refresh is interrupted (dbt cancels its queries and rolls back)."""
        with self.lock:
            worker, self.worker = self.worker, None
        if worker is None or worker.poll() is not None:
            return
        with contextlib.suppress(OSError):
            worker.stdin.close()  # an idle child ends when its input does
        if not self.running():
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.wait(timeout=10)
                return
        os.killpg(worker.pid, signal.SIGINT)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def run_loop(refresh_every: float, until_idle: bool, loader: str | None, transformer: str | None,
             check_every: float = 5.0) -> int:
    stopping = {"now": False}

    def stop(*_):
        stopping["now"] = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    with connect_as(loader) as conn, connect_as(transformer) as state:
        if not conn.execute("select pg_try_advisory_lock(%s)", (LIVE_LOCK,)).fetchone()[0]:
            holder = db.advisory_lock_holder(conn, LIVE_LOCK)
            print(f"error: another live loop already runs on this warehouse ({holder}); "
                  "stop it first (Ctrl-C in its terminal)", file=sys.stderr)
            return 1
        load_raw.ensure_schema(conn)
        live_mart = f"{db.schema('marts')}.live_sales_by_hour"
        if not db.relation_exists(state, db.schema("marts"), "live_sales_by_hour"):
            print(f"error: {live_mart} does not exist: build the warehouse first (make build)", file=sys.stderr)
            return 1
        conn.execute(f"listen {CHANNEL}")
        refresh = Refresh(transformer)
        moved_total, started = 0, time.monotonic()
        log(f"watching raw.{load_raw.INGEST_TABLE}; refresh at most every {refresh_every:.0f} s; Ctrl-C stops")
        pending = unbuilt_loads(state) > 0
        while not stopping["now"]:
            done = refresh.finish()
            if done is not None:
                code, output = done
                summary = [line for line in output.splitlines() if line.startswith(("[build] done", "[predict] "))]
                if code == 0:
                    log(f"refresh {refresh.count} done in {refresh.ended - refresh.started:.1f} s"
                        + (f" ({summary[-1].strip()})" if summary else ""))
                else:
                    log(f"refresh {refresh.count} FAILED (exit {code}); retrying after the next interval:\n"
                        + "\n".join(output.splitlines()[-15:]))
                pending = unbuilt_loads(state) > 0
            if not refresh.running():
                lines, load_id, waited = move_new(conn)
                if lines:
                    moved_total += lines
                    pending = True
                    log(f"moved {lines:,} lines as load {load_id}; in the feed for "
                        f"{statistics.median(waited):.2f} s median, {max(waited):.2f} s max")
                if pending and time.monotonic() - refresh.ended >= refresh_every:
                    log("refresh started (incremental build)")
                    refresh.start()
                elif until_idle and not pending:
                    break
            # sleep until lines arrive, the refresh may have ended, or it is time to check anyway
            timeout = 0.5 if refresh.running() else check_every
            for _ in conn.notifies(timeout=timeout, stop_after=1):
                pass
        refresh.stop()
        log(f"stopped: {moved_total:,} lines moved, {refresh.count} refreshes in {time.monotonic() - started:.0f} s")
    return 0


# ---------------------------------------------------------------- replay

def read_day(path: Path, day: str) -> list[tuple[int, datetime, list[str]]]:
    """The lines of one day of a UCI-shaped CSV (or .csv.gz): (row number, time, 8 values)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        reader = csv.reader(io.TextIOWrapper(handle, encoding="utf-8", newline=""))
        columns = load_raw.map_header(next(reader), str(path))
        order = [columns.index(c) for c in COLUMNS]
        date_at = columns.index("invoice_date")
        found = []
        for number, row in enumerate(reader, start=1):
            if len(row) == len(columns) and row[date_at].startswith(day):
                try:
                    at = datetime.fromisoformat(row[date_at].strip())
                except ValueError:
                    at = datetime.fromisoformat(day)
                found.append((number, at, [row[i] for i in order]))
    found.sort(key=lambda item: (item[1], item[0]))
    return found


def replay(path: Path, day: str, speed: float, feed_user: str | None) -> int:
    lines = read_day(path, day)
    if not lines:
        print(f"error: {path} has no lines dated {day}", file=sys.stderr)
        return 1
    first = lines[0][1]
    insert = sql.SQL(
        "insert into {}.{} (sender_line_id, {}) values (%s, {}) on conflict (sender_line_id) do nothing").format(
            sql.Identifier(RAW), sql.Identifier(load_raw.INGEST_TABLE),
            sql.SQL(", ").join(map(sql.Identifier, COLUMNS)), sql.SQL(", ").join(sql.Placeholder() * len(COLUMNS)))
    print(f"[replay] {len(lines):,} lines of {day} from {path.name} at {speed:g}x "
          f"({(lines[-1][1] - first).total_seconds() / speed:.0f} s)", flush=True)
    started, sent, repeats = time.monotonic(), 0, 0
    with connect_as(feed_user) as conn:
        batch_at, batch = None, []
        for number, at, values in lines + [(0, None, [])]:
            if batch and at != batch_at:
                wait = (batch_at - first).total_seconds() / speed - (time.monotonic() - started)
                if wait > 0:
                    time.sleep(wait)
                with conn.transaction(), conn.cursor() as cur:
                    cur.executemany(insert, batch)
                    added = cur.rowcount
                sent += added
                repeats += len(batch) - added
                batch = []
            if at is not None:
                batch_at = at
                batch.append((f"{path.name}:{number}", *values))
    print(f"[replay] done: {sent:,} lines sent, {repeats:,} already sent before, in "
          f"{time.monotonic() - started:.1f} s", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    loop = sub.add_parser("loop", help="keep the warehouse current (the default)")
    for p in (parser, loop):
        p.add_argument("--refresh-every", type=float, default=60.0,
                       help="seconds between the end of one refresh and the start of the next (default 60)")
        p.add_argument("--until-idle", action="store_true", help="stop once everything is moved and built")
        p.add_argument("--loader", default=None, help="role that moves the feed into raw (default: PGUSER)")
        p.add_argument("--transformer", default=None, help="role that runs the refresh (default: PGUSER)")
    rep = sub.add_parser("replay", help="replay one day of a UCI-shaped file into the feed")
    rep.add_argument("file", type=Path)
    rep.add_argument("day", help="YYYY-MM-DD")
    rep.add_argument("--speed", type=float, default=10.0, help="times real time (default 10)")
    rep.add_argument("--feed-user", default=None, help="role that writes the feed (default: PGUSER)")
    args = parser.parse_args(argv)
    if args.command == "replay":
        if not args.file.is_file():
            print(f"error: {args.file}: no such file", file=sys.stderr)
            return 2
        return replay(args.file, args.day, args.speed, args.feed_user)
    return run_loop(args.refresh_every, args.until_idle, args.loader, args.transformer)


if __name__ == "__main__":
    sys.exit(main())
