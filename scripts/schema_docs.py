"""Write docs/schema.md from the schema (models/schema.py) and its descriptions
(models/descriptions.py), the same text the database carries as comments.

    python scripts/schema_docs.py            # rewrite docs/schema.md
    python scripts/schema_docs.py --check    # exit 1 when docs/schema.md is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.db import ensure_schema  # noqa: E402
from models.descriptions import (  # noqa: E402
    COLUMN_DESCRIPTIONS,
    CONTRACT_COLUMNS,
    TABLE_DESCRIPTIONS,
)
from models.schema import PRIMARY_KEYS, TABLES, VIEWS  # noqa: E402

SCHEMA_MD = ROOT / "docs" / "schema.md"

INTRO = """\
# The database: every table and column

<!-- Written by scripts/schema_docs.py from models/schema.py and models/descriptions.py:
     edit those and run `python scripts/schema_docs.py`, not this file. -->

`woo ingest` leaves one DuckDB file (default `data/processed/woo.duckdb`). The tables below
are created by `models/schema.py`, the one place the schema is defined; the same
descriptions are in the database as comments (`DESCRIBE pages`, or
`SELECT table_name, column_name, comment FROM duckdb_columns()`). Names marked
**contract** are promised in `CONTRACT.md` and never change; the others are additions.

Conventions: `source_id` is the lowercase hex SHA-256 of the file's bytes; pages count from
1; boxes (`x0, top, x1, bottom`) are in PDF points (1/72 inch) with the origin at the page's
top-left, as pdfplumber reports them; dates are `DATE`, times `TIME`, e-mail timestamps
`TIMESTAMPTZ`. Every extracted row carries its evidence: `source_id` and `page_no`, and in
`meetings`, `decisions`, `incident_counts` / `incident_mentions` and `emails` also the box
`x0, top, x1, bottom` around the words it was read from, so any fact can be shown on its
page. The box is NULL where the page has no real geometry (a release that arrives as plain
text) or the rule used no words of that page. Files are told apart by `sources.path`
(absolute at ingest time); `file_name` alone may repeat.
Analyst questions with their SQL: [queries.md](queries.md).
"""


def _types() -> dict[str, dict[str, str]]:
    """Column types of every table and view, as DuckDB reports them."""
    con = duckdb.connect()
    ensure_schema(con)
    types: dict[str, dict[str, str]] = {}
    for table, column, type_ in con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE schema_name = 'main' ORDER BY table_name, column_index"
    ).fetchall():
        types.setdefault(table, {})[column] = type_
    con.close()
    return types


def _section(name: str, columns: dict[str, str], kind: str) -> list[str]:
    key = PRIMARY_KEYS.get(name)
    lines = [f"## {name}", "", TABLE_DESCRIPTIONS.get(name, "(no description)")]
    if key:
        lines += ["", f"Primary key: `({', '.join(key)})`."]
    lines += ["", "| column | type | meaning |", "|---|---|---|"]
    contract = set(CONTRACT_COLUMNS.get(name, []))
    for column, type_ in columns.items():
        meaning = COLUMN_DESCRIPTIONS.get(name, {}).get(column, "(no description)")
        mark = "**contract** " if column in contract else ""
        lines.append(f"| {column} | {type_} | {mark}{meaning.replace('|', '/')} |")
    return [*lines, ""]


def render() -> str:
    types = _types()
    lines = [INTRO, "# Tables", ""]
    for table in TABLES:
        lines += _section(table, types[table], "table")
    lines += ["# Views", ""]
    for view in VIEWS:
        lines += _section(view, types[view], "view")
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    text = render()
    if args.check:
        if SCHEMA_MD.read_text() != text:
            print(f"{SCHEMA_MD} is out of date: run python scripts/schema_docs.py")
            return 1
        return 0
    SCHEMA_MD.write_text(text)
    print(f"wrote {SCHEMA_MD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
