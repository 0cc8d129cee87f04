"""Writing a run into DuckDB: in bulk, and atomically.

A run works on a copy beside the target and moves it into place with `os.replace`, so a
reader sees the old database or the new one, never half a run, and a crash leaves the
previous database intact.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from models.descriptions import comment_statements
from models.schema import (
    CHILD_TABLES,
    DOCUMENT_PAGE_TABLES,
    PER_SOURCE_TABLES,
    PRIMARY_KEYS,
    TABLES,
    column_names,
    create_statements,
    view_statements,
)


def ensure_schema(con: duckdb.DuckDBPyConnection, primary_keys: bool = True) -> None:
    """Tables, views and comments (idempotent). `primary_keys=False` for a catalog without
    constraints (DuckLake supports none but NOT NULL)."""
    for statement in create_statements(primary_keys=primary_keys):
        con.execute(statement)
    upgrade_tables(con, primary_keys=primary_keys)
    for statement in view_statements():
        con.execute(statement)
    # Comments after the views: CREATE OR REPLACE VIEW drops a view's column comments.
    for statement in comment_statements():
        con.execute(statement)


def upgrade_tables(con: duckdb.DuckDBPyConnection, primary_keys: bool = True) -> None:
    """Bring a database made by an older version up to the schema: new columns, keys."""
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
    ).fetchall():
        present.setdefault(table, set()).add(column)
    for table, columns in TABLES.items():
        for name, type_ in columns:
            if name not in present.get(table, {name}):
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {type_}')
                if name == "document_id" and table in DOCUMENT_PAGE_TABLES:
                    _backfill_document_ids(con, table)
    if not primary_keys:
        return
    keyed = {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_constraints() "
            "WHERE schema_name = 'main' AND constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    }
    for table, key in PRIMARY_KEYS.items():
        if table not in keyed:
            con.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({', '.join(key)})")


def _backfill_document_ids(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Rows loaded before `document_id` existed get theirs from the documents' page ranges."""
    con.execute(
        f"""
        UPDATE {table} SET document_id = d.document_id
        FROM documents d
        WHERE {table}.document_id IS NULL AND d.source_id = {table}.source_id
          AND {table}.page_no BETWEEN d.first_page AND d.last_page
        """
    )


def fill_document_ids(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Give the pages, words and redactions of a batch the document whose page range holds
    them (the batch's `documents` rows; NULL on a page outside every document)."""
    document_of: dict[tuple[str, int], str] = {}
    for doc in rows.get("documents", []):
        if doc.get("first_page") is None or doc.get("last_page") is None:
            continue
        for page_no in range(doc["first_page"], doc["last_page"] + 1):
            document_of.setdefault((doc["source_id"], page_no), doc["document_id"])
    for table in DOCUMENT_PAGE_TABLES:
        for row in rows.get(table, []):
            if row.get("document_id") is None:
                row["document_id"] = document_of.get((row["source_id"], row["page_no"]))


def fts_extension_path() -> Path:
    """The full-text-search extension shipped by the `duckdb-extension-fts` package.

    DuckDB's own extension download needs the internet; this file does not.
    """
    import duckdb_extension_fts

    package = Path(duckdb_extension_fts.__file__).parent
    return next(package.glob(f"extensions/v{duckdb.__version__}/fts.duckdb_extension"))


def install_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Copy the packaged extension into DuckDB's extension directory (~/.duckdb/extensions),
    where every DuckDB client of this version (the `duckdb` CLI, DBeaver, a notebook)
    autoloads it on the first `match_bm25`, without a LOAD."""
    installed = con.execute(
        "SELECT installed FROM duckdb_extensions() WHERE extension_name = 'fts'"
    ).fetchone()
    if not (installed and installed[0]):
        con.execute(f"FORCE INSTALL '{fts_extension_path()}'")


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    try:
        install_fts(con)
    except duckdb.Error:  # an unwritable home: this connection can still load the file
        con.execute(f"LOAD '{fts_extension_path()}'")
    else:
        con.execute("LOAD fts")


def build_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """BM25 index over page text with Dutch stemming (query: `fts_main_pages.match_bm25`)."""
    load_fts(con)
    con.execute(
        "PRAGMA create_fts_index('pages', 'page_key', 'text', stemmer = 'dutch', overwrite = 1)"
    )


def known_sources(db_path: Path) -> dict[str, dict[str, Any]]:
    """source_id -> {path, status, pipeline_version} of an existing database (empty if none)."""
    if not db_path.exists():
        return {}
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        if "sources" not in tables:
            return {}
        rows = con.execute("SELECT source_id, path, status, pipeline_version FROM sources")
        return {
            sid: {"path": path, "status": status, "pipeline_version": version}
            for sid, path, status, version in rows.fetchall()
        }
    finally:
        con.close()


def _normalise_value(value: Any) -> Any:
    # Arrow needs one timezone per column: store instants in UTC (TIMESTAMPTZ keeps the instant).
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    return value


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts) as an Arrow table with the schema's columns that the rows use."""
    names = column_names(table)
    used = [name for name in names if any(name in row for row in rows)]
    columns = {name: [_normalise_value(row.get(name)) for row in rows] for name in used}
    return pa.table(columns)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Bulk insert through Arrow (row-by-row executemany is orders of magnitude slower)."""
    if not rows:
        return
    batch = to_arrow(table, rows)  # noqa: F841 - read by DuckDB's replacement scan below
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")


def delete_sources(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> None:
    """Remove every row that belongs to these sources (before they are loaded again)."""
    if not source_ids:
        return
    ids = pa.table({"source_id": source_ids})  # noqa: F841 - used by the SQL below
    for child, key, parent in CHILD_TABLES:
        con.execute(
            f"DELETE FROM {child} WHERE {key} IN "
            f"(SELECT {key} FROM {parent} WHERE source_id IN (SELECT source_id FROM ids))"
        )
    for table in [*PER_SOURCE_TABLES, "sources"]:
        con.execute(f"DELETE FROM {table} WHERE source_id IN (SELECT source_id FROM ids)")


@contextmanager
def atomic_database(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a working copy of `db_path` that replaces it only on success."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    work = db_path.with_name(f".{db_path.name}.tmp-{os.getpid()}")
    for leftover in (work, work.with_name(work.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if db_path.exists():
        shutil.copy2(db_path, work)
    con = duckdb.connect(str(work))
    try:
        ensure_schema(con)
        yield con
        con.execute("CHECKPOINT")
        con.close()
        os.replace(work, db_path)
    except BaseException:
        con.close()
        work.unlink(missing_ok=True)
        work.with_name(work.name + ".wal").unlink(missing_ok=True)
        raise
