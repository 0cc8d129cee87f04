"""What the report shows, read from a release's DuckDB file (read-only).

Every reader returns plain dicts and copes with a table that is empty or absent (an older
database, or a release without e-mails): the page then says "none".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from models.db import query_rows

#: Newer tables shown as plain tables when a database has them.
OPTIONAL_TABLES = ["woo_decisions", "inventory_items"]
#: Rows of an optional table shown at most (the database holds them all).
OPTIONAL_ROW_LIMIT = 200


class ReportError(Exception):
    """The report cannot be written (missing or unreadable database, unwritable folder)."""


def connect(db_path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to `db_path`, or ReportError in one line."""
    if str(db_path).startswith("ducklake:"):
        raise ReportError("woo report reads a DuckDB file; a DuckLake is not supported yet")
    if not db_path.is_file():
        raise ReportError(f"database not found: {db_path}")
    try:
        return duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReportError(f"cannot open {db_path} read-only: {first_line}") from exc


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """{table: {column, ...}} of the main schema."""
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    ).fetchall()
    columns: dict[str, set[str]] = {}
    for table, column in rows:
        columns.setdefault(table, set()).add(column)
    return columns


def select_rows(
    con: duckdb.DuckDBPyConnection,
    columns: dict[str, set[str]],
    table: str,
    wanted: list[str],
    order_by: str = "",
) -> list[dict]:
    """`wanted` columns of `table` (NULL for a column it lacks); [] when it is absent."""
    have = columns.get(table)
    if have is None:
        return []
    select = ", ".join(f'"{c}"' if c in have else f'NULL AS "{c}"' for c in wanted)
    order = f" ORDER BY {order_by}" if order_by else ""
    return query_rows(con, f"SELECT {select} FROM {table}{order}")


def read_release(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Everything the report shows, as lists of dicts keyed by table."""
    cols = table_columns(con)
    release = {
        "sources": select_rows(
            con, cols, "sources", ["source_id", "path", "file_name", "n_pages", "status",
                                   "error", "kind"], "file_name, path, source_id"
        ),
        "pages": select_rows(
            con, cols, "pages", ["source_id", "page_no", "width", "height", "text_method",
                                 "n_words", "error"], "source_id, page_no"
        ),
        "documents": select_rows(
            con, cols, "documents", ["document_id", "source_id", "first_page", "last_page",
                                     "doc_type", "title", "doc_date"], "source_id, first_page"
        ),
        "redactions": select_rows(
            con, cols, "redactions", ["source_id", "page_no", "x0", "top", "x1", "bottom",
                                      "ground", "method"], "source_id, page_no, top, x0"
        ),
        "grounds": select_rows(con, cols, "grounds", ["ground", "law", "meaning"], "ground"),
        "meetings": read_meetings(con, cols),
        "decisions": select_rows(
            con, cols, "decisions", ["document_id", "source_id", "page_no", "meeting_id",
                                     "number", "kind", "text"], "source_id, page_no, number"
        ),
        "incident_counts": select_rows(
            con, cols, "incident_counts", ["document_id", "source_id", "page_no", "subject",
                                           "period_start", "period_end", "category", "value",
                                           "unit", "scope"], "period_start, category"
        ),
        "emails": select_rows(
            con, cols, "emails", ["email_id", "document_id", "source_id", "page_no",
                                  "thread_id", "position", "sent_at", "sender", "sender_name",
                                  "sender_redacted", "subject"],
            "sent_at DESC NULLS LAST",
        ),
        "email_recipients": select_rows(
            con, cols, "email_recipients", ["email_id", "kind", "address", "redacted"]
        ),
    }  # fmt: skip
    release["optional"] = read_optional_tables(con, cols)
    return release


def read_meetings(con: duckdb.DuckDBPyConnection, cols: dict[str, set[str]]) -> list[dict]:
    meetings = select_rows(
        con, cols, "meetings",
        ["meeting_id", "document_id", "source_id", "page_no", "body", "meeting_date",
         "start_time", "location"],
        "meeting_date NULLS LAST, source_id, page_no",
    )  # fmt: skip
    participants = select_rows(con, cols, "meeting_participants", ["meeting_id", "status"])
    present: dict[str, int] = {}
    for person in participants:
        if person["status"] != "absent":
            present[person["meeting_id"]] = present.get(person["meeting_id"], 0) + 1
    for meeting in meetings:
        meeting["n_participants"] = present.get(meeting["meeting_id"], 0)
    return meetings


def read_optional_tables(
    con: duckdb.DuckDBPyConnection, cols: dict[str, set[str]]
) -> dict[str, list[dict]]:
    """The first rows of each newer table this database has (none in older ones)."""
    return {
        table: query_rows(con, f"SELECT * FROM {table} LIMIT {OPTIONAL_ROW_LIMIT}")
        for table in OPTIONAL_TABLES
        if table in cols
    }
