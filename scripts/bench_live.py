"""The live loop's benchmark (part of `make bench`): latency, throughput and idle cost.

On a built warehouse: start `scripts.live` (its refresh every `refresh_every` seconds), then
- replay the busiest hour of the input (its lines moved to the day after the data ends, so they
  are new) into the feed at `speed` × real time, while a reader polls `live_sales_by_hour`;
  a line's latency is the time from its commit in the feed to the first poll whose count of the
  day's lines includes it;
- send generated lines at `rate` lines per second for `seconds`, the same way, and report the
  rate really reached and the latencies;
- leave the loop idle and measure its CPU time.
"""

from __future__ import annotations

import csv
import gzip
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

import psycopg
from psycopg import sql

from scripts import db, load_raw
from scripts.generate_data import generate

PROJECT_DIR = Path(__file__).resolve().parent.parent


def busiest_hour(path: Path) -> tuple[list[list[str]], str]:
    """The lines of the input's busiest (date, hour), in the raw column order, and its label."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        columns = load_raw.map_header(next(reader), str(path))
        order = [columns.index(c) for c in load_raw.COLUMNS]
        rows = [[row[i] for i in order] for row in reader if len(row) == len(columns)]
    at = load_raw.COLUMNS.index("invoice_date")
    counts = Counter(row[at][:13] for row in rows)
    hour, _ = counts.most_common(1)[0]
    return [row for row in rows if row[at][:13] == hour], hour


def kept(row: list[str], seen: set) -> bool:
    """Whether the warehouse keeps a line (parses, not an exact repeat): an independent re-statement."""
    key = tuple(row)
    if key in seen:
        return False
    seen.add(key)
    invoice, _, _, quantity, when, price, customer, _ = row
    try:
        int(quantity)
        Decimal(price)
        datetime.fromisoformat(when.strip())
    except (ValueError, InvalidOperation):
        return False
    if not invoice.strip():
        return False
    if customer.strip():
        try:
            if float(customer) != int(float(customer)):
                return False
        except ValueError:
            return False
    return True


class Reader(threading.Thread):
    """Polls the live mart's count of the day's lines every `every` seconds; keeps each poll's
    duration, and (from a second connection) what the polling backend waited on when it waited."""

    def __init__(self, database: str, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.database, self.every = database, every
        self.samples: list[tuple[float, int]] = []
        self.durations: list[float] = []
        self.waits: Counter = Counter()
        self.pid: int | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        query = sql.SQL("select coalesce(sum(invoice_lines), 0) from {}.live_sales_by_hour").format(
            sql.Identifier(db.schema("marts")))
        with psycopg.connect(db.conninfo(self.database), autocommit=True) as conn:
            self.pid = conn.info.backend_pid
            threading.Thread(target=self.watch, daemon=True).start()
            while not self.stop.is_set():
                began = time.monotonic()
                count = conn.execute(query).fetchone()[0]
                ended = time.monotonic()
                self.samples.append((ended, int(count)))
                self.durations.append(ended - began)
                time.sleep(self.every)

    def watch(self) -> None:
        """Every 0.2 s: the polling backend's wait event and, for a lock, the statement holding it."""
        with psycopg.connect(db.conninfo(self.database), autocommit=True) as conn:
            while not self.stop.is_set():
                row = conn.execute(
                    "select a.wait_event_type, a.wait_event, "
                    "(select left(regexp_replace(b.query, '\\s+', ' ', 'g'), 160) from pg_stat_activity as b "
                    " where b.pid = any(pg_blocking_pids(a.pid)) limit 1) "
                    "from pg_stat_activity as a where a.pid = %s and a.state = 'active'", (self.pid,)).fetchone()
                if row and row[0]:
                    self.waits[" / ".join(str(v) for v in row if v)] += 1
                time.sleep(0.2)

    def poll_figures(self, since: int = 0) -> dict:
        durations = self.durations[since:]
        return {"polls": len(durations), "poll_p50_s": percentile(durations, 0.5),
                "poll_p95_s": percentile(durations, 0.95), "poll_max_s": max(durations, default=None),
                "waits_seen": dict(self.waits.most_common(5))}


def send(database: str, batches: list[tuple[float, list[list[str]]]], prefix: str) -> list[tuple[float, int]]:
    """Insert each batch at its offset (seconds from now); (commit time, lines sent so far) per batch."""
    insert = sql.SQL(
        "insert into {}.{} (sender_line_id, {}) values (%s, {}) on conflict (sender_line_id) do nothing").format(
            sql.Identifier(load_raw.RAW_SCHEMA), sql.Identifier(load_raw.INGEST_TABLE),
            sql.SQL(", ").join(map(sql.Identifier, load_raw.COLUMNS)),
            sql.SQL(", ").join(sql.Placeholder() * len(load_raw.COLUMNS)))
    done, sent, number = [], 0, 0
    started = time.monotonic()
    with psycopg.connect(db.conninfo(database), autocommit=True) as conn:
        for offset, rows in batches:
            wait = offset - (time.monotonic() - started)
            if wait > 0:
                time.sleep(wait)
            with conn.transaction(), conn.cursor() as cur:
                params = []
                for row in rows:
                    number += 1
                    params.append((f"{prefix}:{number}", *row))
                cur.executemany(insert, params)
            sent += len(rows)
            done.append((time.monotonic(), sent))
    return done


def latencies(sent: list[tuple[float, int]], expected: list[int], samples: list[tuple[float, int]],
              base: int) -> list[float]:
    """Per batch: from its commit to the first poll after it that counts base + its expected kept lines."""
    out, j = [], 0
    for (at, _), target in zip(sent, expected, strict=True):
        while j < len(samples) and (samples[j][0] < at or samples[j][1] < base + target):
            j += 1
        if j == len(samples):
            break
        out.append(samples[j][0] - at)
    return out


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(database: str, source: Path, speed: float = 10.0, rate: int = 1000, seconds: int = 60,
            refresh_every: float = 30.0, idle_seconds: int = 20, log=print) -> dict:
    env = db.env_for(database)
    with psycopg.connect(db.conninfo(database)) as conn:
        last = conn.execute(sql.SQL("select max(invoice_date) from {}.int_invoices_summarized").format(
            sql.Identifier(db.schema("intermediate")))).fetchone()[0]
    day = last + timedelta(days=1)
    loop = subprocess.Popen([sys.executable, "-m", "scripts.live", "--refresh-every", str(refresh_every)],
                            cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    output: list[str] = []
    pump = threading.Thread(target=lambda: output.extend(loop.stdout), daemon=True)
    pump.start()
    reader = Reader(database)
    reader.start()
    figures: dict = {"refresh_every_s": refresh_every}
    try:
        time.sleep(3)
        # 1. the busiest real hour, moved to the day after the data, at `speed` × real time
        rows, hour = busiest_hour(source)
        at = load_raw.COLUMNS.index("invoice_date")
        first = datetime.fromisoformat(rows[0][at].strip()[:16])
        by_time: dict[str, list[list[str]]] = {}
        for row in rows:
            shifted = list(row)
            when = datetime.fromisoformat(row[at].strip())
            shifted[at] = datetime.combine(day, when.time()).strftime("%Y-%m-%d %H:%M:%S")
            by_time.setdefault(row[at].strip(), []).append(shifted)
        batches = [((datetime.fromisoformat(t) - first).total_seconds() / speed, b) for t, b in sorted(by_time.items())]
        seen: set = set()
        expected, total = [], 0
        for _, batch in batches:
            total += sum(kept(r, seen) for r in batch)
            expected.append(total)
        log(f"live: replaying {len(rows):,} lines of the busiest hour ({hour}h) at {speed:g}x "
            f"({batches[-1][0]:.0f} s) with make live running")
        base = 0  # a new day: the live mart counts from zero
        polls_before = len(reader.durations)
        sent = send(database, batches, f"bench-hour-{time.time_ns()}")
        time.sleep(max(5.0, refresh_every / 3))
        lat = latencies(sent, expected, list(reader.samples), base)
        figures["busiest_hour"] = {"hour": hour, "lines": len(rows), "speed": speed, "batches": len(batches),
                                   "expected_kept": total, "counted": reader.samples[-1][1],
                                   "p50_s": percentile(lat, 0.5), "p95_s": percentile(lat, 0.95),
                                   "max_s": max(lat) if lat else None, "measured_batches": len(lat),
                                   **reader.poll_figures(polls_before)}
        reader.waits.clear()
        # 2. throughput: `rate` generated lines per second for `seconds`
        generated = generate(rate * seconds, seed=4242, first_invoice=970000,
                             start=datetime.combine(day, datetime.min.time()), days=1, malformed=False)
        per_tick = max(1, rate // 10)
        ticks = [(i / 10, generated[i * per_tick:(i + 1) * per_tick]) for i in range(len(generated) // per_tick)]
        ticks = [(o, [list(r) for r in b]) for o, b in ticks if b]
        expected, running = [], total
        for _, batch in ticks:
            running += sum(kept(r, seen) for r in batch)
            expected.append(running)
        log(f"live: sending {len(generated):,} lines at {rate:,} lines/s for {seconds} s")
        started = time.monotonic()
        polls_before = len(reader.durations)
        sent = send(database, ticks, f"bench-rate-{time.time_ns()}")
        elapsed = time.monotonic() - started
        time.sleep(max(10.0, refresh_every / 2))
        lat = latencies(sent, expected, list(reader.samples), base)
        figures["throughput"] = {"lines": len(generated), "target_rate": rate, "seconds": elapsed,
                                 "expected_kept": running, "counted": reader.samples[-1][1],
                                 "achieved_rate": len(generated) / elapsed,
                                 "p50_s": percentile(lat, 0.5), "p95_s": percentile(lat, 0.95),
                                 "max_s": max(lat) if lat else None, "measured_batches": len(lat),
                                 **reader.poll_figures(polls_before)}
        # 3. idle: let the last refresh finish, then measure the loop's CPU
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not any("refresh" in line and "done" in line for line in output[-3:]):
            time.sleep(1)
        time.sleep(3)
        before = cpu_seconds(loop.pid)
        time.sleep(idle_seconds)
        figures["idle_cpu_pct"] = 100 * (cpu_seconds(loop.pid) - before) / idle_seconds
        figures["refreshes"] = [line.strip() for line in output if "refresh" in line and "done" in line]
    finally:
        reader.stop.set()
        os.killpg(loop.pid, signal.SIGINT)
        try:
            loop.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(loop.pid, signal.SIGKILL)
    figures["loop_output_tail"] = output[-8:]
    return figures
