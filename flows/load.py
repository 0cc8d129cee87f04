"""Writing one source: its rows, and the release-wide facts it touches, in one transaction.

The release-wide passes are incremental so that a run's cost follows its new pages, not the
size of the archive:
- `incident_counts` is recomputed only for the facts (period, category, unit, scope, value)
  that the new or removed mentions state;
- the full-text index gets the new pages' terms (models/search.py);
- e-mail threads are assigned to the new source's messages together with only the stored
  messages they could join (same sent minute, same subject) and the whole threads those
  belong to; a thread that loses messages to a replaced source is re-derived from its rest.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import duckdb
import pyarrow as pa

from models.db import Store, delete_sources, insert_rows, retry_on_conflict, transaction
from models.search import index_pages, page_rows
from pipeline.emails import assign_thread_ids

FACT_KEY = ["period_start", "period_end", "category", "unit", "scope", "value", "subject"]
_SAME_FACT = " AND ".join(f"a.{c} IS NOT DISTINCT FROM m.{c}" for c in FACT_KEY)


def commit_source(store: Store, rows: dict[str, list[dict[str, Any]]], replaced: list[str]) -> None:
    """Replace the sources `replaced` by `rows` (one or more sources' rows), atomically."""
    retry_on_conflict(lambda: _commit(store, rows, replaced))


def _commit(store: Store, rows: dict[str, list[dict[str, Any]]], replaced: list[str]) -> None:
    new_ids = sorted({s["source_id"] for s in rows.get("sources", [])})
    with transaction(store) as con:
        # Only sources already stored have rows to remove: a new source skips the scans of
        # the big tables (words, pages) that deleting would cost.
        replaced = _stored(con, replaced)
        old_facts = _facts_of(con, replaced)
        old_threads = _threads_of(con, replaced)
        delete_sources(con, replaced)
        if rows.get("emails") or old_threads or rows.get("incident_mentions") or old_facts.num_rows:
            # Release-wide rows change: two workers doing that at once conflict here, and the
            # later one is retried on the other's snapshot (without it both would insert the
            # same new fact or thread, neither seeing the other's).
            con.execute("UPDATE release_version SET version = version + 1")
        if rows.get("emails") or old_threads:
            _assign_threads(con, rows.get("emails", []), old_threads)
        for table, table_rows in rows.items():
            insert_rows(con, table, table_rows)
        index_pages(con, page_rows(rows.get("pages", [])))
        _refresh_incident_counts(con, old_facts, new_ids)


def _stored(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> list[str]:
    ids = _ids(source_ids)  # noqa: F841 - read by the SQL below
    rows = con.execute(
        "SELECT source_id FROM sources WHERE source_id IN (SELECT source_id FROM ids)"
    ).fetchall()
    return [r[0] for r in rows]


def _ids(source_ids: list[str]) -> pa.Table:
    return pa.table({"source_id": pa.array(source_ids, pa.string())})


def _facts_of(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> pa.Table:
    ids = _ids(source_ids)  # noqa: F841 - read by the SQL below
    which = "source_id IN (SELECT source_id FROM ids)" if source_ids else "false"
    return con.execute(
        f"SELECT DISTINCT {', '.join(FACT_KEY)} FROM incident_mentions WHERE {which}"
    ).to_arrow_table()


def _refresh_incident_counts(
    con: duckdb.DuckDBPyConnection, old_facts: pa.Table, new_ids: list[str]
) -> None:
    """One row per fact with its first evidence and `n_mentions`, for the touched facts only."""
    ids = _ids(new_ids)  # noqa: F841 - read by the SQL below
    key = ", ".join(FACT_KEY)
    affected = con.execute(  # noqa: F841 - read by the SQL below
        f"SELECT {key} FROM old_facts UNION SELECT {key} FROM incident_mentions "
        "WHERE source_id IN (SELECT source_id FROM ids)"
    ).to_arrow_table()
    if affected.num_rows == 0:
        return
    touched = f"EXISTS (SELECT 1 FROM affected a WHERE {_SAME_FACT})"
    con.execute(f"DELETE FROM incident_counts m WHERE {touched}")
    con.execute(
        f"""
        INSERT INTO incident_counts BY NAME
        SELECT * EXCLUDE (first) FROM (
            SELECT m.*,
                   count(*) OVER (PARTITION BY {key})::INTEGER AS n_mentions,
                   row_number() OVER (PARTITION BY {key} ORDER BY source_id, page_no, rowid)
                       AS first
            FROM incident_mentions m WHERE {touched}
        ) WHERE first = 1
        """
    )


def _threads_of(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> list[str]:
    if not source_ids:
        return []
    ids = _ids(source_ids)  # noqa: F841 - read by the SQL below
    rows = con.execute(
        "SELECT DISTINCT thread_id FROM emails WHERE source_id IN (SELECT source_id FROM ids) "
        "AND thread_id IS NOT NULL"
    ).fetchall()
    return [r[0] for r in rows]


def _assign_threads(
    con: duckdb.DuckDBPyConnection, new_emails: list[dict[str, Any]], broken: list[str]
) -> None:
    """Set `thread_id` on `new_emails` (before insert) and update the stored messages whose
    thread they join; `broken` threads lost messages and are re-derived from the rest."""
    joined = _threads_joined(con, new_emails) - set(broken)
    stored = _emails_of_threads(con, sorted(joined), broken)
    before = {e["email_id"]: e["thread_id"] for e in stored}
    # A whole stored thread stays one: the same (document_id, thread_id) key unites it.
    work = [{**e, "document_id": None} if e["thread_id"] in joined else dict(e) for e in stored]
    work += [dict(e) for e in new_emails]
    assign_thread_ids(work)
    assigned = {e["email_id"]: e["thread_id"] for e in work}
    for email in new_emails:
        email["thread_id"] = assigned[email["email_id"]]
    changed = [(eid, assigned[eid]) for eid, old in before.items() if assigned[eid] != old]
    if changed:
        updates = pa.table(  # noqa: F841 - read by the SQL below
            {"email_id": [c[0] for c in changed], "thread_id": [c[1] for c in changed]}
        )
        con.execute(
            "UPDATE emails SET thread_id = u.thread_id FROM updates u "
            "WHERE emails.email_id = u.email_id"
        )


def _threads_joined(con: duckdb.DuckDBPyConnection, new_emails: list[dict[str, Any]]) -> set[str]:
    """Stored threads the new messages may join: the same normalized subject, or a message
    sent in the same minute as one of them."""
    subjects = sorted({e["subject_normalized"] for e in new_emails if e.get("subject_normalized")})
    minutes = sorted(
        {
            e["sent_at"].replace(second=0, microsecond=0)
            for e in new_emails
            if e.get("sent_at") is not None
        }
    )
    ranges = pa.table(  # noqa: F841 - read by the SQL below
        {
            "lo": pa.array(minutes, pa.timestamp("us", tz="UTC")),
            "hi": pa.array([m + timedelta(minutes=1) for m in minutes], pa.timestamp("us", "UTC")),
        }
    )
    wanted = pa.table({"subject": pa.array(subjects, pa.string())})  # noqa: F841
    return {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT e.thread_id FROM emails e WHERE e.subject_normalized IN "
            "(SELECT subject FROM wanted) OR EXISTS (SELECT 1 FROM ranges r "
            "WHERE e.sent_at >= r.lo AND e.sent_at < r.hi)"
        ).fetchall()
    }


def _emails_of_threads(
    con: duckdb.DuckDBPyConnection, joined: list[str], broken: list[str]
) -> list[dict[str, Any]]:
    joined_ids = pa.table({"thread_id": pa.array(joined, pa.string())})  # noqa: F841
    broken_ids = pa.table({"thread_id": pa.array(broken, pa.string())})  # noqa: F841
    return (
        con.execute(
            "SELECT * FROM emails WHERE thread_id IN (SELECT thread_id FROM joined_ids) "
            "OR thread_id IN (SELECT thread_id FROM broken_ids)"
        )
        .to_arrow_table()
        .to_pylist()
    )
