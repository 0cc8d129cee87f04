"""What a `woo ingest` database holds for one source, as plain dicts."""

from __future__ import annotations

from pathlib import Path

import duckdb

from models.db import query_rows


def find_source(con: duckdb.DuckDBPyConnection, gold_source: str) -> str | None:
    """The source_id whose file name (or path ending) is the gold file's source, if loaded."""
    name = Path(gold_source).name
    found = query_rows(
        con,
        "SELECT source_id, path FROM sources WHERE file_name = ? AND status = 'ok' "
        "ORDER BY ingested_at DESC",
        [name],
    )
    exact = [r for r in found if str(r["path"]).endswith(gold_source)]
    return (exact or found or [{"source_id": None}])[0]["source_id"]


def _table_columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r["column_name"] for r in query_rows(con, f"DESCRIBE {table}", [])}


def documents(con: duckdb.DuckDBPyConnection, source_id: str) -> list[dict]:
    lines = (
        "first_line, last_line"
        if "first_line" in _table_columns(con, "documents")
        else ("NULL AS first_line, NULL AS last_line")
    )
    return query_rows(
        con,
        f"SELECT document_id, first_page, last_page, {lines}, doc_type, doc_date "
        "FROM documents WHERE source_id = ? ORDER BY first_page, document_id",
        [source_id],
    )


def emails(con: duckdb.DuckDBPyConnection, source_id: str) -> list[dict]:
    found = query_rows(
        con,
        "SELECT email_id, document_id, page_no, position, sent_at, sender, sender_name, "
        "sender_domain, "
        "subject FROM emails WHERE source_id = ? ORDER BY page_no, email_id",
        [source_id],
    )
    ids = [e["email_id"] for e in found]
    recipients = query_rows(
        con,
        "SELECT email_id, kind, domain, redacted FROM email_recipients "
        "WHERE email_id IN (SELECT unnest(?))",
        [ids],
    )
    attachments = query_rows(
        con,
        "SELECT email_id, file_name FROM email_attachments WHERE email_id IN (SELECT unnest(?))",
        [ids],
    )
    for e in found:
        e["recipients"] = [r for r in recipients if r["email_id"] == e["email_id"]]
        e["attachments"] = [a["file_name"] for a in attachments if a["email_id"] == e["email_id"]]
    return found


def meetings(con: duckdb.DuckDBPyConnection, source_id: str) -> list[dict]:
    found = query_rows(
        con,
        "SELECT meeting_id, page_no, body, meeting_date, start_time, end_time, location "
        "FROM meetings WHERE source_id = ? ORDER BY page_no, meeting_id",
        [source_id],
    )
    people = query_rows(
        con,
        "SELECT meeting_id, name, role, organisation, status, redacted FROM meeting_participants "
        "WHERE meeting_id IN (SELECT unnest(?))",
        [[m["meeting_id"] for m in found]],
    )
    for m in found:
        m["participants"] = [p for p in people if p["meeting_id"] == m["meeting_id"]]
    return found


def decisions(con: duckdb.DuckDBPyConnection, source_id: str) -> list[dict]:
    return query_rows(
        con,
        "SELECT decision_id, document_id, page_no, number, kind, text, is_proposal "
        "FROM decisions WHERE source_id = ? ORDER BY page_no, decision_id",
        [source_id],
    )


def incident_mentions(con: duckdb.DuckDBPyConnection, source_id: str) -> list[dict]:
    return query_rows(
        con,
        "SELECT document_id, page_no, period_start, period_end, category, value, unit, scope, "
        "read_from FROM incident_mentions WHERE source_id = ?",
        [source_id],
    )


def redactions(con: duckdb.DuckDBPyConnection, source_id: str) -> list[dict]:
    return query_rows(
        con,
        "SELECT page_no, x0, top, ground, method FROM redactions WHERE source_id = ? "
        "ORDER BY page_no, top NULLS LAST, x0",
        [source_id],
    )
