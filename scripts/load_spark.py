"""Load LGS transaction files into the raw tables of the Spark target (`make load TARGET=spark`).

The same files, checks and guarantees as `scripts/load_raw.py` on PostgreSQL, whose format
detection, header mapping, workbook and dump reading and messages it uses:
  * every value lands as delivered text in `raw.lgs_transactions`, with `_load_id`,
    `_source_file`, `_source_row` (1-based data row within the file or sheet), `_raw_row_id` and
    `_loaded_at`; each load is one row of `raw.lgs_loads`, keyed by the file's sha256, and a
    file whose sha256 is registered is not loaded again;
  * a file that cannot be read as a table (wrong columns, ragged rows, bad encoding, truncated
    gzip) is refused with an error naming the file, the line and the problem, before anything
    is written.
PostgreSQL parses CSV in COPY; here the file is parsed in Python (csv module, the same rules:
RFC 4180 quoting, quoted fields may span lines, an empty unquoted field is NULL) into a JSON-lines
file under the Spark folder, which Spark reads with a fixed schema. One difference: PostgreSQL
keeps a quoted empty field ("") as an empty string, Python's csv module cannot tell it from an
empty one, so it lands as NULL (staging treats both alike).

Atomic as far as open-source Spark allows (no transactions): the raw table is partitioned by
`_load_id` and a load overwrites its own partition, then writes its registry row. A loader killed
between the two leaves a partition no registry row names; staging reads only registered loads,
and the next load takes the same id and overwrites it.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from scripts import load_raw, spark
from scripts.load_raw import COLUMNS, LOADS_TABLE, RAW_SCHEMA, RAW_TABLE, LoadError, LoadResult, Progress, log

DDL = (
    f"create schema if not exists {RAW_SCHEMA}",
    f"""create table if not exists {RAW_SCHEMA}.{LOADS_TABLE} (
        load_id bigint, source_file string, source_format string, sha256 string, file_bytes bigint,
        row_count bigint, started_at timestamp, loaded_at timestamp, feed_xact_floor bigint
    ) using parquet""",
    f"""create table if not exists {RAW_SCHEMA}.{RAW_TABLE} (
        {', '.join(f'{c} string' for c in COLUMNS)},
        _raw_row_id bigint, _source_file string, _source_row bigint, _loaded_at timestamp, _load_id bigint
    ) using parquet partitioned by (_load_id)""",
)
ENCODING_NAMES = {"utf-8": "UTF8", "utf8": "UTF8", "latin1": "LATIN1", "latin-1": "LATIN1",
                  "iso-8859-1": "LATIN1", "cp1252": "WIN1252", "windows-1252": "WIN1252"}


def _decoded_lines(path: Path, encoding: str, progress: Progress) -> Iterator[str]:
    """The file's lines, decoded, with the file line number of a bad byte or a truncation."""
    number = 0
    try:
        with load_raw.open_bytes(path) as handle:
            for number, line in enumerate(handle, start=1):
                progress.add(nbytes=len(line))
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                try:
                    yield line.decode(encoding)
                except UnicodeDecodeError as exc:
                    name = ENCODING_NAMES.get(encoding.lower(), encoding)
                    raise LoadError(
                        f"{path}: line {number}: invalid byte sequence for encoding \"{name}\": "
                        f"0x{line[exc.start]:02x}; the file is not in the expected encoding, pass --encoding "
                        "(for example latin1, or make build ENCODING=latin1); nothing was loaded") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise LoadError(f"{path}: the file is truncated or corrupt after {progress.bytes:,} bytes "
                        f"of data ({exc}); nothing was loaded") from exc


def csv_rows(path: Path, encoding: str, progress: Progress) -> Iterator[tuple[str, list[str], Iterator]]:
    header = next(csv.reader([load_raw._read_first_line(path, encoding)]))
    columns = load_raw.map_header(header, f"{path}: line 1")

    def values() -> Iterator[tuple[int, list[str | None]]]:
        reader = csv.reader(_decoded_lines(path, encoding, progress), strict=True)
        next(reader)
        number = 0
        try:
            for number, record in enumerate(reader, start=1):
                if len(record) > len(columns):
                    raise LoadError(f"{path}: line {reader.line_num}: extra data after last expected column; "
                                    "nothing was loaded")
                if len(record) < len(columns):  # a blank line too, as in COPY: one empty column
                    raise LoadError(f"{path}: line {reader.line_num}: missing data for column "
                                    f"\"{columns[max(len(record), 1)]}\"; nothing was loaded")
                yield number, [value if value != "" else None for value in record]
        except csv.Error as exc:
            what = "unterminated CSV quoted field" if "end of data" in str(exc) else str(exc)
            raise LoadError(f"{path}: line {reader.line_num}: {what}; nothing was loaded") from exc

    yield path.name, columns, values()


def _unescape_text_format(field: str) -> str | None:
    """A field of PostgreSQL's COPY text format: \\N is NULL, backslash escapes decoded."""
    if field == "\\N":
        return None
    if "\\" not in field:
        return field
    out, chars, i = [], field, 0
    escapes = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
    while i < len(chars):
        ch = chars[i]
        if ch == "\\" and i + 1 < len(chars):
            nxt = chars[i + 1]
            if nxt in escapes:
                out.append(escapes[nxt])
                i += 2
                continue
            if nxt.isdigit() and nxt < "8":
                digits = chars[i + 1:i + 4]
                octal = digits[:len(digits) - len(digits.lstrip("01234567"))] or digits[0]
                out.append(chr(int(octal, 8)))
                i += 1 + len(octal)
                continue
            out.append(nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def dump_rows(path: Path, encoding: str, progress: Progress) -> Iterator[tuple[str, list[str], Iterator]]:
    lines = load_raw._dump_block(path, encoding)
    try:
        header_line, header = next(lines)
    except (OSError, EOFError, zlib.error) as exc:
        raise LoadError(f"{path}: the file is truncated or corrupt ({exc}); nothing was loaded") from exc
    columns = load_raw.map_header(header.decode().split("\t"), f"{path}: line {header_line}")

    def values() -> Iterator[tuple[int, list[str | None]]]:
        try:
            for number, (line_no, line) in enumerate(lines, start=1):
                progress.add(nbytes=len(line))
                try:
                    text = line.decode(encoding).rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    name = ENCODING_NAMES.get(encoding.lower(), encoding)
                    raise LoadError(f"{path}: line {line_no}: invalid byte sequence for encoding \"{name}\": "
                                    f"0x{line[exc.start]:02x}; the file is not in the expected encoding, pass "
                                    "--encoding (for example latin1); nothing was loaded") from exc
                fields = text.split("\t")
                if len(fields) != len(columns):
                    what = ("extra data after last expected column" if len(fields) > len(columns)
                            else f"missing data for column \"{columns[len(fields)]}\"")
                    raise LoadError(f"{path}: line {line_no}: {what}; nothing was loaded")
                yield number, [_unescape_text_format(f) for f in fields]
        except (OSError, EOFError, zlib.error) as exc:
            raise LoadError(f"{path}: the file is truncated or corrupt ({exc}); nothing was loaded") from exc

    yield path.name, columns, values()


def stage_rows(path: Path, fmt: str, encoding: str, staged: Path, progress: Progress) -> int:
    """Parse and check the whole file into a JSON-lines file; returns the number of rows."""
    parts = {"csv": csv_rows, "sql": dump_rows}.get(fmt)
    sheets = parts(path, encoding, progress) if parts else load_raw.xlsx_sheets(path)
    total = 0
    with staged.open("w", encoding="utf-8") as out:
        for part, columns, rows in sheets:
            count = 0
            for _, values in rows:
                record = dict(zip(columns, values, strict=True))
                record["_source_file"] = part
                record["_source_row"] = count + 1  # the row's place among the part's data rows, as in raw
                total += 1
                record["_seq"] = total
                out.write(json.dumps(record, ensure_ascii=False))
                out.write("\n")
                count += 1
                if count % 10000 == 0:
                    progress.add(rows=10000)
            if fmt == "xlsx":
                log(f"{part}: {count:,} rows")
    if total == 0:
        what = {"csv": "the file has a header but no data rows", "sql": "the retail COPY block has no rows",
                "xlsx": "the workbook has headers but no data rows"}[fmt]
        raise LoadError(f"{path}: {what}; nothing to load")
    return total


def _literal(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def load_file(path: Path, encoding: str = "utf-8", session=None) -> LoadResult:
    """Load one file into the Spark warehouse's raw tables; a registered sha256 makes it a no-op."""
    started, started_at = time.monotonic(), datetime.now(UTC)  # the session's time zone is UTC
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    fmt = load_raw.detect_format(path)
    digest, size = load_raw.sha256_of(path)
    folder = Path(os.environ.get("LGS_SPARK_DIR") or spark.PROJECT_DIR / ".warehouse" / "spark") / "incoming"
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f"{digest}.jsonl"
    progress = Progress(f"load {path.name}")
    try:
        rows = stage_rows(path, fmt, encoding, staged, progress)  # every check, before Spark starts
        ss = session or spark.session()
        for statement in DDL:
            ss.sql(statement)
        loads = f"{RAW_SCHEMA}.{LOADS_TABLE}"
        existing = ss.sql(f"select load_id, row_count, loaded_at from {loads} where sha256 = {_literal(digest)}"
                          ).collect()
        if existing:
            return load_raw.skipped(path, *existing[0], started)
        demo = ss.sql(f"select source_file from {loads} where source_file like '%{load_raw.DEMO_PREFIX}%' "
                      "order by load_id limit 1").collect()
        if demo and load_raw.DEMO_PREFIX not in path.name:
            log(f"note: this warehouse already holds the generated demo data ({Path(demo[0][0]).name}); "
                f"{path.name} is added to it, not put in its place. To build from your data alone, "
                "start over with `make clean`.")
        load_id, base_row = ss.sql(
            f"select coalesce(max(load_id), 0) + 1, (select coalesce(max(_raw_row_id), 0) from "
            f"{RAW_SCHEMA}.{RAW_TABLE}) from {loads}").collect()[0]
        schema = ", ".join([*(f"{c} string" for c in COLUMNS), "_source_file string", "_source_row bigint",
                            "_seq bigint"])
        ss.read.schema(schema).json(str(staged)).createOrReplaceTempView("lgs_incoming")
        ss.sql(f"""insert overwrite table {RAW_SCHEMA}.{RAW_TABLE} partition (_load_id = {load_id})
            select {', '.join(COLUMNS)}, {base_row} + _seq as _raw_row_id, _source_file, _source_row,
                current_timestamp() as _loaded_at
            from lgs_incoming""")
        ss.sql(f"""insert into {loads} select {load_id}, {_literal(str(path))}, {_literal(fmt)}, {_literal(digest)},
            {size}, {rows}, timestamp'{started_at:%Y-%m-%d %H:%M:%S}', current_timestamp(), cast(null as bigint)""")
        ss.catalog.dropTempView("lgs_incoming")
    finally:
        staged.unlink(missing_ok=True)
    return load_raw.loaded(path, load_id, rows, size, started)


def main(argv: Iterable[str] | None = None) -> int:
    return load_raw.run(argv, load_file)


if __name__ == "__main__":
    sys.exit(main())
