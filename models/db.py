"""Where a run's rows go: one DuckDB file, or a DuckLake (catalog database + Parquet files).

Every source is written whole in one transaction (`flows.load.commit_source`; a run commits
the sources it finished in the last seconds together): a reader sees a source complete or
not at all, and a crash or `kill -9` loses at most the sources in progress and those
finished since the last commit. A DuckDB file recovers committed transactions from its
write-ahead log on the next open; a DuckLake commits a snapshot per transaction, and readers
see consistent snapshots while writers commit.

`--db` takes a file path, or `ducklake:sqlite:CATALOG` / `ducklake:postgres:CONNINFO` with a
`--data-path` folder for the Parquet files.
"""

from __future__ import annotations

import importlib
import itertools
import os
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

from models.descriptions import comments
from models.schema import (
    CHILD_TABLES,
    DOCUMENT_PAGE_TABLES,
    PER_SOURCE_TABLES,
    PRIMARY_KEYS,
    TABLES,
    create_statements,
    view_statements,
)
from models.search import ensure_search_macros, index_missing_pages

T = TypeVar("T")
LAKE_PREFIX = "ducklake:"
LAKE_ALIAS = "lake"
#: How long a writer waits for a reader that holds the DuckDB file open (single-process lock).
FILE_LOCK_WAIT_SECONDS = 120.0


class StoreError(Exception):
    """A database that cannot be opened or written; the message is one line for a person."""


@dataclass(frozen=True)
class Store:
    """Where the database lives: `db` is a file path or a `ducklake:` catalog string."""

    db: str
    data_path: str | None = None

    @property
    def is_lake(self) -> bool:
        return self.db.startswith(LAKE_PREFIX)

    @property
    def catalog_kind(self) -> str | None:
        """'sqlite' / 'postgres' / 'duckdb' for a lake, None for a DuckDB file."""
        if not self.is_lake:
            return None
        rest = self.db[len(LAKE_PREFIX) :]
        kind = rest.split(":", 1)[0] if ":" in rest else "duckdb"
        return kind if kind in ("sqlite", "postgres") else "duckdb"

    @property
    def path(self) -> Path:
        """The DuckDB file (file stores only)."""
        return Path(self.db)

    def __str__(self) -> str:
        return self.db if not self.is_lake else f"{self.db} (data {self.data_path})"


def packaged_extension(module: str, name: str) -> Path:
    """An extension file shipped in a `duckdb-extension-*` package: DuckDB's own download
    needs the internet, these files do not."""
    package = Path(importlib.import_module(module).__file__).parent
    return next(package.glob(f"extensions/v{duckdb.__version__}/{name}.duckdb_extension"))


def fts_extension_path() -> Path:
    """The full-text-search extension shipped by the `duckdb-extension-fts` package."""
    return packaged_extension("duckdb_extension_fts", "fts")


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


# (package, extension file name, name DuckDB knows it by once installed)
LAKE_EXTENSIONS = {
    "ducklake": ("duckdb_extension_ducklake", "ducklake", "ducklake"),
    "sqlite": ("duckdb_extension_sqlite", "sqlite", "sqlite_scanner"),
    "postgres": ("duckdb_extension_postgres", "postgres", "postgres_scanner"),
}


def load_lake_extensions(con: duckdb.DuckDBPyConnection, catalog_kind: str) -> None:
    """INSTALL the packaged files (DuckLake autoloads its catalog's scanner by name), LOAD."""
    wanted = ["ducklake"] + ([catalog_kind] if catalog_kind in ("sqlite", "postgres") else [])
    for key in wanted:
        module, file_name, loaded_name = LAKE_EXTENSIONS[key]
        try:
            con.execute(f"LOAD {loaded_name}")
        except duckdb.Error:  # not installed yet: copy it from the package once
            con.execute(f"INSTALL '{packaged_extension(module, file_name)}'")
            con.execute(f"LOAD {loaded_name}")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _attach_lake(con: duckdb.DuckDBPyConnection, store: Store, read_only: bool) -> None:
    load_lake_extensions(con, store.catalog_kind or "duckdb")
    options = []
    if store.data_path:
        options.append(f"DATA_PATH {_quote(str(Path(store.data_path).resolve()) + '/')}")
    if read_only:
        options.append("READ_ONLY")
    suffix = f" ({', '.join(options)})" if options else ""
    con.execute(f"ATTACH {_quote(store.db)} AS {LAKE_ALIAS}{suffix}")
    con.execute(f"USE {LAKE_ALIAS}")


def connect(store: Store, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the store. A DuckDB file admits one process at a time: a writer waits
    (up to FILE_LOCK_WAIT_SECONDS) for a reader that holds it."""
    if store.is_lake:
        con = duckdb.connect()
        try:
            _attach_lake(con, store, read_only)
        except BaseException:
            con.close()
            raise
        return con
    deadline = time.monotonic() + FILE_LOCK_WAIT_SECONDS
    while True:
        try:
            return duckdb.connect(str(store.path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.05))


@contextmanager
def connection(store: Store, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(store, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def query_rows(
    con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None
) -> list[dict[str, Any]]:
    """The rows `sql` gives, each a dict by column name."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


#: One open writer connection per DuckLake: loading its extensions takes seconds.
_lake_writers: dict[Store, duckdb.DuckDBPyConnection] = {}


@contextmanager
def _writer(store: Store) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB file is opened per transaction, so that readers get in between; a DuckLake
    connection stays open (readers are never locked out of a lake)."""
    if not store.is_lake:
        with connection(store) as con:
            yield con
        return
    if store not in _lake_writers:
        _lake_writers[store] = connect(store)
    yield _lake_writers[store]


def close_writers() -> None:
    while _lake_writers:
        _lake_writers.popitem()[1].close()


@contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGTERM and SIGINT wait until the block is done, then reach the run's own handlers.

    A Python signal handler that raises while DuckDB executes a query makes DuckDB abandon it
    with `RuntimeError('Query interrupted')`: the run's interruption (Prefect's
    TerminationSignal, our Interrupted) became an ordinary error, and the flow ended as
    failed with a traceback instead of stopping with one line. A commit takes a moment;
    the signal is delivered right after it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers run in the main thread only: no DuckDB call here is interrupted
        return
    received: list[int] = []
    previous = {
        sig: signal.signal(sig, lambda signum, frame: received.append(signum))
        for sig in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        yield
    finally:
        for sig, handler in previous.items():
            if handler is not None:  # None: a handler set outside Python, kept as it was
                signal.signal(sig, handler)
        if received:
            os.kill(os.getpid(), received[0])


@contextmanager
def transaction(store: Store) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction: all of it is committed, or none of it (signals wait for its end)."""
    with signals_deferred(), _writer(store) as con:
        con.execute("BEGIN")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


#: A DuckLake commit that conflicts with other writers' is tried again for this long: a
#: worker that commits back to back can make another lose many times in a row.
COMMIT_RETRY_SECONDS = 900.0
COMMIT_BACKOFF_MAX_SECONDS = 5.0


def retry_on_conflict(write: Callable[[], T]) -> T:
    """Run `write` (one whole transaction); several workers may write one DuckLake, and a
    commit that conflicts with a concurrent one is rolled back whole and tried again on the
    new snapshot, after a random pause that grows with each try (so two losers do not meet
    again)."""
    deadline = time.monotonic() + COMMIT_RETRY_SECONDS
    for attempt in itertools.count():
        try:
            return write()
        except duckdb.TransactionException as exc:
            if time.monotonic() > deadline or "conflict" not in str(exc).lower():
                raise
            time.sleep(random.uniform(0, min(COMMIT_BACKOFF_MAX_SECONDS, 0.1 * 2**attempt)))
    raise AssertionError("unreachable")


def ensure_schema(con: duckdb.DuckDBPyConnection, lake: bool = False) -> None:
    """Tables, views, their comments and the full-text search macros (idempotent). DuckLake
    has no PRIMARY KEY constraints: there the ids stay unique by construction."""
    for statement in create_statements(primary_keys=not lake):
        con.execute(statement)
    upgrade_tables(con, primary_keys=not lake)
    for statement in view_statements():
        con.execute(statement)
    apply_comments(con, view_columns=not lake)
    if con.execute("SELECT count(*) FROM release_version").fetchone()[0] == 0:
        con.execute("INSERT INTO release_version VALUES (0)")
    load_fts(con)
    ensure_search_macros(con)
    index_missing_pages(con)


def apply_comments(con: duckdb.DuckDBPyConnection, view_columns: bool = True) -> None:
    """The descriptions as comments, writing only those that changed (after the views:
    CREATE OR REPLACE VIEW drops a view's column comments)."""
    current = {
        (name, None): text
        for name, text in con.execute(
            f"SELECT table_name, comment {_main_schema('duckdb_tables')} "
            f"UNION ALL SELECT view_name, comment {_main_schema('duckdb_views')}"
        ).fetchall()
    }
    current |= {
        (name, column): text
        for name, column, text in con.execute(
            f"SELECT table_name, column_name, comment {_main_schema('duckdb_columns')}"
        ).fetchall()
    }
    for comment in comments(view_columns=view_columns):
        if current.get((comment.name, comment.column)) != comment.text:
            con.execute(comment.sql)


def _main_schema(table_function: str) -> str:
    return (
        f"FROM {table_function}() WHERE database_name = current_database() AND schema_name = 'main'"
    )


def upgrade_tables(con: duckdb.DuckDBPyConnection, primary_keys: bool = True) -> None:
    """Bring a database made by an older version up to the schema: new columns, keys."""
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        f"SELECT table_name, column_name {_main_schema('duckdb_columns')}"
    ).fetchall():
        present.setdefault(table, set()).add(column)
    for table, columns in TABLES.items():
        for name, type_ in columns:
            if name not in present.get(table, {name}):
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {type_}')
                if name == "document_id" and table in DOCUMENT_PAGE_TABLES:
                    _backfill_document_ids(con, table)
                if name == "subject" and table in ("incident_mentions", "incident_counts"):
                    # before `subject`, only data leaks were counted
                    con.execute(f"UPDATE {table} SET subject = 'datalek'")
    if not primary_keys:
        return
    keyed = {
        row[0]
        for row in con.execute(
            f"SELECT table_name {_main_schema('duckdb_constraints')} "
            "AND constraint_type = 'PRIMARY KEY'"
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


def prepare_store(store: Store) -> None:
    """Create the database (and its tables) where needed, or fail with one line before any
    work: an unwritable folder, a file that is not a DuckDB database, an unreachable catalog."""
    try:
        if store.is_lake:
            if not store.data_path and store.catalog_kind != "duckdb":
                raise StoreError(f"{store.db} needs --data-path DIR for its Parquet files")
            if store.data_path:
                Path(store.data_path).mkdir(parents=True, exist_ok=True)
        else:
            store.path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(3):
            try:
                retry_on_conflict(lambda: _create_schema(store))
                break
            except duckdb.Error as exc:
                # Two workers creating one new lake: the loser finds it made on the next try.
                if not store.is_lake or "initialize DuckLake" not in str(exc) or attempt == 2:
                    raise
                time.sleep(random.uniform(0.2, 1.0))
    except StoreError:
        raise
    except (OSError, duckdb.Error) as exc:
        raise StoreError(f"cannot write the database {store}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _create_schema(store: Store) -> None:
    with transaction(store) as con:
        ensure_schema(con, lake=store.is_lake)


def _store_exists(store: Store) -> bool:
    if not store.is_lake:
        return store.path.exists()
    if store.catalog_kind in ("sqlite", "duckdb"):
        return Path(store.db.split(":", 2 if store.catalog_kind == "sqlite" else 1)[-1]).exists()
    return True


def known_sources(store: Store) -> dict[str, dict[str, Any]]:
    """source_id -> {path, status, pipeline_version} of an existing database (empty if none)."""
    if not _store_exists(store):
        return {}
    try:
        with connection(store, read_only=True) as con:
            tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
            if "sources" not in tables:
                return {}
            rows = con.execute("SELECT source_id, path, status, pipeline_version FROM sources")
            return {
                sid: {"path": path, "status": status, "pipeline_version": version}
                for sid, path, status, version in rows.fetchall()
            }
    except (OSError, duckdb.Error) as exc:
        if store.is_lake and "does not exist" in str(exc):
            return {}  # a new lake: the run creates it
        raise StoreError(f"cannot read the database {store}: {_first_line(exc)}") from None


def _in_utc(value: Any) -> Any:
    # Arrow needs one timezone per column: store instants in UTC (TIMESTAMPTZ keeps the instant).
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    return value


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts) as an Arrow table with the schema's columns that the rows use."""
    import pyarrow as pa  # here, not above: an unchanged re-run writes nothing

    present = set().union(*map(dict.keys, rows))
    columns = {}
    for name, type_ in TABLES[table]:
        if name not in present:
            continue
        values = [row.get(name) for row in rows]
        # only a timestamp column can hold datetimes (the per-value check is the slow part)
        columns[name] = [_in_utc(v) for v in values] if "TIMESTAMP" in type_ else values
    return pa.table(columns)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Bulk insert through Arrow (row-by-row executemany is orders of magnitude slower)."""
    if not rows:
        return
    batch = to_arrow(table, rows)  # noqa: F841 - read by DuckDB's replacement scan below
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")


def delete_sources(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> None:
    """Remove every row that belongs to these sources (before they are loaded again)."""
    import pyarrow as pa  # here, not above: an unchanged re-run writes nothing

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


def incomplete_sources(store: Store) -> list[str]:
    """Committed sources whose rows are not all there (must always be empty): an ok source
    whose page rows do not number its pages."""
    with connection(store, read_only=True) as con:
        rows = con.execute(
            """
            SELECT s.source_id FROM sources s
            LEFT JOIN (SELECT source_id, count(*) AS n FROM pages GROUP BY ALL) p USING (source_id)
            WHERE s.status = 'ok' AND coalesce(p.n, 0) <> s.n_pages
            """
        ).fetchall()
    return [r[0] for r in rows]
