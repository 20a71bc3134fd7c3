"""Load LGS transaction files into the `raw` schema, as delivered, with load metadata.

Accepted inputs (SPEC "The source"):
  * UCI "Online Retail II" CSV, CSV.gz and XLSX (every sheet of transactions),
  * the LGS PostgreSQL dump `retail.sql` (a `COPY ... retail (...) FROM stdin` block), also .sql.gz.

Every value lands as text in `raw.lgs_transactions` with `_load_id`, `_source_file`, `_source_row`
(1-based data row within the file or sheet) and `_loaded_at`; each load is one row of
`raw.lgs_loads`, keyed by the file's sha256. A load is one transaction, streamed with COPY: it
lands whole or not at all. Loading a file whose sha256 is already registered does nothing and
says so. Loads take a lock, so two loaders started on one file load it once.

Rows whose values do not parse (a quantity of "abc", an impossible date) still land: raw keeps
what was delivered, and the data-quality models report them as rejected. A file that cannot be
read as a table at all (wrong columns, ragged rows, bad encoding, truncated gzip) is refused with
an error naming the file, the line and the problem, and nothing is loaded.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import re
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import psycopg
from psycopg import sql

from scripts import db

RAW_SCHEMA = "raw"
RAW_TABLE = "lgs_transactions"
LOADS_TABLE = "lgs_loads"
ROW_SEQUENCE = "lgs_source_row_seq"
INGEST_TABLE = "lgs_ingest"  # the live feed (scripts/live.py)
DEMO_PREFIX = "lgs_demo_"  # the generated demo files' names (Makefile's DEMO_FILE)
FEED_SOURCE = db.var("feed_source_file")  # `_source_file` of the lines moved from the feed
LOCK_KEY = 74_711_001  # pg_advisory_xact_lock key that serialises loads
CHUNK = 1 << 20

# The raw table's value columns, in SPEC's LGS naming.
COLUMNS = (
    "invoice_no",
    "stock_code",
    "description",
    "quantity",
    "invoice_date",
    "unit_price",
    "customer_id",
    "country",
)
# Header names accepted for each column (compared lower-cased, without spaces or underscores):
# the UCI "Online Retail II" names, the older UCI "Online Retail" names and the LGS dump's names.
ALIASES = {
    "invoice": "invoice_no",
    "invoiceno": "invoice_no",
    "stockcode": "stock_code",
    "description": "description",
    "quantity": "quantity",
    "invoicedate": "invoice_date",
    "price": "unit_price",
    "unitprice": "unit_price",
    "customerid": "customer_id",
    "country": "country",
}
UCI_HEADER = "Invoice, StockCode, Description, Quantity, InvoiceDate, Price, Customer ID, Country"

DDL = """
create table if not exists {schema}.{loads} (
    load_id bigint generated always as identity primary key,
    source_file text not null,
    source_format text not null,
    sha256 text not null unique,
    file_bytes bigint not null,
    row_count bigint not null,
    started_at timestamptz not null,
    loaded_at timestamptz not null default clock_timestamp()
);
create sequence if not exists {schema}.{seq};
create table if not exists {schema}.{table} (
    invoice_no text,
    stock_code text,
    description text,
    quantity text,
    invoice_date text,
    unit_price text,
    customer_id text,
    country text,
    _raw_row_id bigint generated always as identity,
    _load_id bigint not null default current_setting('lgs.load_id')::bigint,
    _source_file text not null default current_setting('lgs.source_file'),
    _source_row bigint not null default nextval('{schema}.{seq}'),
    _loaded_at timestamptz not null default now()
);
create index if not exists {index} on {schema}.{table} using brin (_load_id);
create table if not exists {schema}.{ingest} (
    ingest_id bigint generated always as identity primary key,
    sender_line_id text not null unique,
    invoice_no text,
    stock_code text,
    description text,
    quantity text,
    invoice_date text,
    unit_price text,
    customer_id text,
    country text,
    received_at timestamptz not null default clock_timestamp()
);
-- the live loop wakes when lines arrive (LISTEN lgs_ingest) instead of polling
create or replace function {schema}.lgs_ingest_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('lgs_ingest', '');
    return null;
end
$$;
create or replace trigger lgs_ingest_notify after insert on {schema}.{ingest}
    for each statement execute function {schema}.lgs_ingest_notify();
-- each feed line carries the id of the transaction that wrote it, set here whatever the sender
-- sends: a move records the oldest transaction still running when it looked (feed_xact_floor in
-- the loads registry), and the next move, and the live views, need look only at lines written by
-- that transaction or later, not at the whole feed (lines commit out of ingest_id order)
-- (0 for lines written before the column existed: all visible to the first move that records a floor)
alter table {schema}.{ingest} add column if not exists _xact_id bigint not null default 0;
create index if not exists {ingest_xact_index} on {schema}.{ingest} (_xact_id);
create or replace function {schema}.lgs_ingest_stamp() returns trigger language plpgsql as $$
begin
    new._xact_id := pg_current_xact_id()::text::bigint;
    return new;
end
$$;
create or replace trigger lgs_ingest_stamp before insert on {schema}.{ingest}
    for each row execute function {schema}.lgs_ingest_stamp();
alter table {schema}.{loads} add column if not exists feed_xact_floor bigint;
-- each feed line lands in the raw table once: the database refuses a second copy
create unique index if not exists {feed_index} on {schema}.{table} (_source_row)
    where _source_file = {feed_source};
comment on table {schema}.{table} is
    'LGS invoice lines exactly as delivered (all value columns text), one row per source row, '
    'with load metadata. Written only by scripts/load_raw.py; never updated or deleted by a build.';
comment on table {schema}.{loads} is
    'One row per file (or feed batch) loaded into raw.lgs_transactions, keyed by the file''s sha256.';
comment on table {schema}.{ingest} is
    'The live feed: order lines as the shop sends them, append-only, one row per sender_line_id '
    '(a repeated line is refused by the unique key). scripts/live.py moves them into lgs_transactions.';
"""


class LoadError(Exception):
    """A file that cannot be loaded; the message names the file and what was wrong."""


@dataclass
class LoadResult:
    load_id: int | None
    rows: int
    skipped: bool
    seconds: float
    message: str


def detect_format(path: Path) -> str:
    name = path.name.lower()
    for suffix, fmt in ((".csv.gz", "csv"), (".csv", "csv"), (".xlsx", "xlsx"),
                        (".sql.gz", "sql"), (".sql", "sql")):
        if name.endswith(suffix):
            return fmt
    raise LoadError(
        f"{path}: unsupported file type; expected .csv, .csv.gz, .xlsx, .sql or .sql.gz"
    )


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def open_bytes(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def map_header(names: list[str], where: str) -> list[str]:
    """Map a delivered header to raw column names, or explain what is wrong with it."""
    mapped: list[str] = []
    unknown: list[str] = []
    for name in names:
        key = re.sub(r"[\s_]", "", name.strip().lower())
        column = ALIASES.get(key)
        if column is None:
            unknown.append(name)
        else:
            mapped.append(column)
    missing = [c for c in COLUMNS if c not in mapped]
    repeated = sorted({c for c in mapped if mapped.count(c) > 1})
    if unknown or missing or repeated:
        problems = []
        if missing:
            problems.append("missing " + ", ".join(missing))
        if unknown:
            problems.append("unexpected " + ", ".join(repr(u) for u in unknown))
        if repeated:
            problems.append("repeated " + ", ".join(repeated))
        raise LoadError(
            f"{where}: wrong columns ({'; '.join(problems)}). Expected the 8 columns "
            f"{UCI_HEADER} (or the LGS dump's {', '.join(COLUMNS)}); found {names}"
        )
    return mapped


class Progress:
    """Prints MB and rows per second every few seconds on long loads."""

    def __init__(self, label: str, every: float = 2.0) -> None:
        self.label = label
        self.every = every
        self.start = time.monotonic()
        self.last = self.start
        self.bytes = 0
        self.rows = 0

    def add(self, nbytes: int = 0, rows: int = 0) -> None:
        self.bytes += nbytes
        self.rows += rows
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            elapsed = now - self.start
            parts = [f"{self.bytes / 1e6:.0f} MB ({self.bytes / 1e6 / elapsed:.0f} MB/s)"]
            if self.rows:
                parts.append(f"{self.rows:,} rows ({self.rows / elapsed:,.0f} rows/s)")
            log(f"{self.label}: {', '.join(parts)}")


def log(message: str) -> None:
    print(f"[load] {message}", file=sys.stderr, flush=True)


def _copy_statement(columns: list[str], options: sql.Composable) -> sql.Composed:
    return sql.SQL("copy {}.{} ({}) from stdin with ({})").format(
        sql.Identifier(RAW_SCHEMA),
        sql.Identifier(RAW_TABLE),
        sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        options,
    )


def _start_part(cur: psycopg.Cursor, source_file: str) -> None:
    """Name the file (or sheet) the next rows come from and restart its row numbers at 1."""
    cur.execute("select set_config('lgs.source_file', %s, true)", (source_file,))
    cur.execute(
        sql.SQL("select setval({}, 1, false)").format(
            sql.Literal(f"{RAW_SCHEMA}.{ROW_SEQUENCE}")
        )
    )


def _read_first_line(path: Path, encoding: str) -> str:
    """The header line, decoded, with a UTF-8 BOM removed."""
    try:
        with open_bytes(path) as handle:
            first = handle.readline()
    except (OSError, EOFError, zlib.error) as exc:
        raise LoadError(f"{path}: cannot read the file: {exc}") from exc
    if not first.strip():
        raise LoadError(f"{path}: the file is empty; expected a header line ({UCI_HEADER})")
    raw = first[3:] if first.startswith(b"\xef\xbb\xbf") else first
    try:
        return raw.decode(encoding).rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise LoadError(
            f"{path}: line 1: the header is not valid {encoding} ({exc.reason} at byte "
            f"{exc.start}); pass --encoding (for example --encoding latin1, or make build ENCODING=latin1)"
        ) from exc


def copy_csv(cur: psycopg.Cursor, path: Path, encoding: str, progress: Progress) -> int:
    import csv

    header_text = _read_first_line(path, encoding)
    header = next(csv.reader([header_text]))
    columns = map_header(header, f"{path}: line 1")
    _start_part(cur, path.name)
    pg_encoding = {"utf-8": "UTF8", "utf8": "UTF8", "latin1": "LATIN1", "latin-1": "LATIN1",
                   "iso-8859-1": "LATIN1", "cp1252": "WIN1252", "windows-1252": "WIN1252"}.get(
        encoding.lower(), encoding)
    options = sql.SQL("format csv, header true, encoding {}").format(sql.Literal(pg_encoding))
    with open_bytes(path) as handle, cur.copy(_copy_statement(columns, options)) as copy:
        while True:
            try:
                block = handle.read(CHUNK)
            except (OSError, EOFError, zlib.error) as exc:
                raise LoadError(
                    f"{path}: the file is truncated or corrupt after {progress.bytes:,} bytes "
                    f"of data ({exc}); nothing was loaded"
                ) from exc
            if not block:
                break
            copy.write(block)
            progress.add(nbytes=len(block))
    rows = cur.rowcount
    if rows == 0:
        raise LoadError(f"{path}: the file has a header but no data rows; nothing to load")
    return rows


def _cell_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def xlsx_sheets(path: Path) -> Iterator[tuple[str, list[str], Iterator[tuple[int, list[str | None]]]]]:
    """Each transaction sheet of a workbook: (part name, raw columns, its (row number, values) rows).

    Sheets without transaction columns are skipped with a note; a row with more cells than the
    header is refused, naming the sheet and row; empty rows are left out.
    """
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad workbook
        raise LoadError(f"{path}: cannot read the workbook: {exc}") from exc
    found = False
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        names = [str(v).strip() for v in header or () if v is not None]
        keys = {re.sub(r"[\s_]", "", n.lower()) for n in names}
        if not keys & set(ALIASES):
            log(f"{path}: sheet {sheet.title!r} has no transaction columns; skipped")
            continue
        columns = map_header(names, f"{path}: sheet {sheet.title!r}, row 1")
        found = True
        yield f"{path.name}:{sheet.title}", columns, _sheet_rows(path, sheet.title, rows, len(columns))
    if not found:
        raise LoadError(f"{path}: no sheet has the transaction columns ({UCI_HEADER})")


def _sheet_rows(path: Path, title: str, rows: Iterator[tuple], width: int) -> Iterator[tuple[int, list[str | None]]]:
    for number, row in enumerate(rows, start=2):
        cells = list(row[:width])
        if any(v is not None for v in row[width:]):
            raise LoadError(f"{path}: sheet {title!r}, row {number}: {len(row)} cells, expected {width}")
        if all(v is None for v in cells):
            continue
        cells += [None] * (width - len(cells))
        yield number, [_cell_text(v) for v in cells]


def copy_xlsx(cur: psycopg.Cursor, path: Path, progress: Progress) -> int:
    total = 0
    for part, columns, rows in xlsx_sheets(path):
        _start_part(cur, part)
        count = 0
        with cur.copy(_copy_statement(columns, sql.SQL("format text"))) as copy:
            for _, values in rows:
                copy.write_row(values)
                count += 1
                if count % 10000 == 0:
                    progress.add(rows=10000)
        log(f"{part}: {count:,} rows")
        total += count
    if total == 0:
        raise LoadError(f"{path}: the workbook has headers but no data rows; nothing to load")
    return total


COPY_LINE = re.compile(
    r"^COPY\s+(?:(?P<schema>\"?[\w]+\"?)\.)?(?P<table>\"?[\w]+\"?)\s*\((?P<cols>[^)]*)\)\s+FROM\s+stdin;",
    re.IGNORECASE,
)


def _dump_block(path: Path, encoding: str) -> Iterator[tuple[int, bytes]]:
    """Yield (file line number, line) for the rows of the dump's `retail` COPY block."""
    found_tables: list[str] = []
    in_block = False
    with open_bytes(path) as handle:
        for number, line in enumerate(handle, start=1):
            if in_block:
                if line.rstrip(b"\r\n") == b"\\.":
                    return
                yield number, line
                continue
            if line[:4].upper() != b"COPY":
                continue
            text = line.decode(encoding, errors="replace")
            match = COPY_LINE.match(text)
            if not match:
                found_tables.append(f"an unreadable COPY line ({text.strip()[:60]!r})")
                continue
            table = match.group("table").strip('"')
            if table.lower() != "retail":
                found_tables.append(table)
                continue
            columns = [c.strip().strip('"') for c in match.group("cols").split(",")]
            yield number, ("\t".join(columns)).encode()  # header for the caller
            in_block = True
    if in_block:
        raise LoadError(f"{path}: the COPY block for table retail has no closing '\\.' line; "
                        "the dump is truncated")
    found = f"found COPY blocks for {', '.join(found_tables)}" if found_tables else "found none"
    raise LoadError(f"{path}: expected a 'COPY ... retail (...) FROM stdin;' block "
                    f"(a pg_dump of table retail); {found}")


def copy_sql_dump(cur: psycopg.Cursor, path: Path, encoding: str, progress: Progress) -> tuple[int, int]:
    """Stream the dump's retail rows into raw; returns (rows, file line of the first row - 1)."""
    lines = _dump_block(path, encoding)
    try:
        header_line, header = next(lines)
        names = header.decode().split("\t")
        columns = map_header(names, f"{path}: line {header_line}")
        _start_part(cur, path.name)
        pg_encoding = "UTF8" if encoding.lower().replace("-", "") == "utf8" else encoding
        options = sql.SQL("format text, encoding {}").format(sql.Literal(pg_encoding))
        with cur.copy(_copy_statement(columns, options)) as copy:
            buffer: list[bytes] = []
            size = 0
            for _, line in lines:
                buffer.append(line)
                size += len(line)
                if size >= CHUNK:
                    copy.write(b"".join(buffer))
                    progress.add(nbytes=size)
                    buffer, size = [], 0
            if buffer:
                copy.write(b"".join(buffer))
                progress.add(nbytes=size)
    except (OSError, EOFError, zlib.error) as exc:
        raise LoadError(f"{path}: the file is truncated or corrupt ({exc}); nothing was loaded") from exc
    return cur.rowcount, header_line


def _describe_copy_error(path: Path, exc: psycopg.Error, line_offset: int) -> str:
    """Turn PostgreSQL's COPY error into one naming the file and the line of the file."""
    diag = exc.diag
    context = diag.context or ""
    where = ""
    match = re.search(r"line (\d+)", context)
    if match:
        where = f"line {int(match.group(1)) + line_offset}: "
    column = re.search(r'column (\w+)', context)
    detail = f" (column {column.group(1)})" if column else ""
    hint = ""
    if diag.sqlstate == "22021":
        hint = ("; the file is not in the expected encoding, pass --encoding (for example latin1, or "
                "make build ENCODING=latin1)")
    message = (diag.message_primary or str(exc)).strip()
    return f"{path}: {where}{message}{detail}{hint}; nothing was loaded"


def ensure_schema(conn: psycopg.Connection) -> None:
    """Create the raw schema, registry, table and feed when missing.

    `make roles` creates them (owned by `lgs_raw_owner`, a role nobody logs in as), so the loader
    only appends; without the roles (ROLES=no) whoever loads creates them.
    """
    present = conn.execute(
        "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        "where n.nspname = %s and c.relname = any(%s)",
        (RAW_SCHEMA, [RAW_TABLE, LOADS_TABLE, INGEST_TABLE, f"{RAW_TABLE}_feed_row"]),
    ).fetchone()[0]
    stamped = conn.execute(
        "select count(*) from information_schema.columns where table_schema = %s "
        "and (table_name, column_name) in ((%s, '_xact_id'), (%s, 'feed_xact_floor'))",
        (RAW_SCHEMA, INGEST_TABLE, LOADS_TABLE)).fetchone()[0]
    if present == 4 and stamped == 2:
        return
    if conn.execute("select 1 from pg_namespace where nspname = %s", (RAW_SCHEMA,)).fetchone() is None:
        conn.execute(sql.SQL("create schema {}").format(sql.Identifier(RAW_SCHEMA)))
    conn.execute(
        sql.SQL(DDL).format(
            schema=sql.Identifier(RAW_SCHEMA),
            table=sql.Identifier(RAW_TABLE),
            loads=sql.Identifier(LOADS_TABLE),
            seq=sql.Identifier(ROW_SEQUENCE),
            index=sql.Identifier(f"{RAW_TABLE}_load_id_brin"),
            ingest=sql.Identifier(INGEST_TABLE),
            feed_source=sql.Literal(FEED_SOURCE),
            feed_index=sql.Identifier(f"{RAW_TABLE}_feed_row"),
            ingest_xact_index=sql.Identifier(f"{INGEST_TABLE}_xact_id"),
        )
    )


def next_load_id(cur: psycopg.Cursor) -> int:
    """A new load id, drawn before the rows are written (the registry row is written last)."""
    cur.execute(sql.SQL("select nextval(pg_get_serial_sequence({}, 'load_id'))").format(
        sql.Literal(f"{RAW_SCHEMA}.{LOADS_TABLE}")))
    return cur.fetchone()[0]


def register_load(cur: psycopg.Cursor, load_id: int, source_file: str, source_format: str, digest: str,
                  size: int, rows: int, feed_xact_floor: int | None = None) -> None:
    """The load's registry row, written once, complete: the loader never updates raw."""
    cur.execute(
        sql.SQL(
            "insert into {}.{} (load_id, source_file, source_format, sha256, file_bytes, row_count, started_at, "
            "feed_xact_floor) overriding system value values (%s, %s, %s, %s, %s, %s, now(), %s)"
        ).format(sql.Identifier(RAW_SCHEMA), sql.Identifier(LOADS_TABLE)),
        (load_id, source_file, source_format, digest, size, rows, feed_xact_floor),
    )


def analyze_raw(conn: psycopg.Connection) -> None:
    """Fresh statistics for the raw table, where this role may take them (its owner may)."""
    owns = conn.execute(
        "select pg_has_role(current_user, tableowner, 'MEMBER') from pg_tables "
        "where schemaname = %s and tablename = %s", (RAW_SCHEMA, RAW_TABLE)).fetchone()
    if owns and owns[0]:
        conn.execute(sql.SQL("analyze {}.{}").format(sql.Identifier(RAW_SCHEMA), sql.Identifier(RAW_TABLE)))


def skipped(path: Path, load_id: int, rows: int, loaded_at: datetime, started: float) -> LoadResult:
    """The result of loading a file whose sha256 is registered: nothing to do (both engines' loaders)."""
    message = f"{path}: already loaded as load {load_id} ({rows:,} rows, {loaded_at:%Y-%m-%d %H:%M}); nothing to do"
    return LoadResult(load_id, 0, True, time.monotonic() - started, message)


def loaded(path: Path, load_id: int, rows: int, size: int, started: float) -> LoadResult:
    """The result of a load that landed `rows` rows (both engines' loaders)."""
    seconds = time.monotonic() - started
    message = (f"{path}: loaded {rows:,} rows as load {load_id} in {seconds:.1f}s "
               f"({size / 1e6 / max(seconds, 1e-9):.1f} MB/s, {rows / max(seconds, 1e-9):,.0f} rows/s)")
    return LoadResult(load_id, rows, False, seconds, message)


def load_file(path: Path, encoding: str = "utf-8", conn: psycopg.Connection | None = None) -> LoadResult:
    """Load one file in one transaction; a registered sha256 makes it a no-op."""
    started = time.monotonic()
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    fmt = detect_format(path)
    digest, size = sha256_of(path)
    own = conn is None
    conn = conn or db.connect()
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("select pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            ensure_schema(conn)
            cur.execute(
                sql.SQL("select load_id, row_count, loaded_at from {}.{} where sha256 = %s").format(
                    sql.Identifier(RAW_SCHEMA), sql.Identifier(LOADS_TABLE)),
                (digest,),
            )
            existing = cur.fetchone()
            if existing:
                return skipped(path, *existing, started)
            cur.execute(
                sql.SQL("select source_file from {}.{} where source_file like %s order by load_id limit 1").format(
                    sql.Identifier(RAW_SCHEMA), sql.Identifier(LOADS_TABLE)),
                (f"%{DEMO_PREFIX}%",),
            )
            demo = cur.fetchone()
            if demo and DEMO_PREFIX not in path.name:
                # loads add up: real files on top of generated ones would mix two shops' invoice numbers
                log(f"note: this warehouse already holds the generated demo data ({Path(demo[0]).name}); "
                    f"{path.name} is added to it, not put in its place. To build from your data alone, "
                    "start over with `make clean` (the embedded server) or an empty database.")
            load_id = next_load_id(cur)
            cur.execute("select set_config('lgs.load_id', %s, true)", (str(load_id),))
            progress = Progress(f"load {load_id} {path.name}")
            line_offset = 0
            try:
                if fmt == "csv":
                    rows = copy_csv(cur, path, encoding, progress)
                elif fmt == "xlsx":
                    rows = copy_xlsx(cur, path, progress)
                else:
                    rows, line_offset = copy_sql_dump(cur, path, encoding, progress)
                    if rows == 0:
                        raise LoadError(f"{path}: the retail COPY block has no rows; nothing to load")
            except psycopg.errors.DataError as exc:
                raise LoadError(_describe_copy_error(path, exc, line_offset)) from exc
            except psycopg.errors.BadCopyFileFormat as exc:
                raise LoadError(_describe_copy_error(path, exc, line_offset)) from exc
            register_load(cur, load_id, str(path), fmt, digest, size, rows)
        analyze_raw(conn)
        if not conn.autocommit:
            conn.commit()
        return loaded(path, load_id, rows, size, started)
    finally:
        if own:
            conn.close()


def run(argv: Iterable[str] | None, load, refusals: tuple[type[Exception], ...] = ()) -> int:
    """The loaders' command line: load each file with `load(path, encoding=…)`, stop at the first refusal."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, help="CSV, CSV.gz, XLSX or retail.sql files")
    parser.add_argument("--encoding", default="utf-8",
                        help="text encoding of CSV and SQL files (default utf-8; e.g. latin1, cp1252)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    for path in args.files:
        try:
            result = load(path, encoding=args.encoding)
        except LoadError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except refusals as exc:
            print(f"error: {path}: the database refused the load, nothing was loaded: "
                  f"{str(exc).strip()}", file=sys.stderr)
            return 1
        log(result.message)
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    return run(argv, load_file, (psycopg.Error,))


if __name__ == "__main__":
    sys.exit(main())
