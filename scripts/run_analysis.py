"""Compile analyses/ with dbt and print each result as a table.

    python -m scripts.run_analysis                 # every analysis
    python -m scripts.run_analysis monthly_sales   # one or more by name

Uses the connection in force (PG* variables) and the project's dbt profile.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent


def available() -> list[str]:
    return sorted(p.stem for p in (PROJECT_DIR / "analyses").glob("*.sql"))


def compile_analyses(names: list[str]) -> dict[str, str]:
    """Compiled SQL of the named analyses, via dbt's own compiler (one `dbt compile`)."""
    with tempfile.TemporaryDirectory(prefix="lgs_analyses_") as tmp:
        target = Path(tmp)
        result = subprocess.run(
            db.dbt_command("compile", "--quiet", "--select", *[f"path:analyses/{n}.sql" for n in names],
                           target=target),
            cwd=PROJECT_DIR, capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise SystemExit("error: dbt could not compile the analyses:\n"
                             f"{result.stdout[-3000:]}{result.stderr[-3000:]}")
        manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    return {node["name"]: node["compiled_code"] for node in manifest["nodes"].values()
            if node["resource_type"] == "analysis" and node["name"] in names}


def render(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if value.as_tuple().exponent < 0 else f"{value:,}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def print_table(title: str, columns: list[str], rows: list[tuple]) -> None:
    cells = [[render(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row[i], (int, float, Decimal)) or row[i] is None for row in rows)
               for i in range(len(columns))]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric, strict=True))

    print(f"\n== {title} ({len(rows)} rows)")
    print(line(columns))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(line(row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"analyses to run (default: all of {', '.join(available())})")
    args = parser.parse_args(argv)
    names = args.names or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"error: no analysis named {', '.join(unknown)}; available: {', '.join(available())}",
              file=sys.stderr)
        return 2
    compiled = compile_analyses(names)
    with db.connect() as conn:
        for name in names:
            cur = conn.execute(compiled[name])
            print_table(name, [d.name for d in cur.description], cur.fetchall())
    return 0


if __name__ == "__main__":
    sys.exit(main())
