"""Per-source commits: the incremental release-wide passes (e-mail threads, incident
de-duplication) give what the whole-release functions give, whatever the order of sources,
and replacing a source re-derives what it touched."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import duckdb
import pytest

from flows.load import commit_source
from models.db import Store, connection, incomplete_sources, prepare_store
from pipeline.emails import assign_thread_ids
from pipeline.incidents import deduplicate_incident_counts

T0 = datetime(2022, 3, 29, 8, 39, tzinfo=UTC)


def source_rows(n: int, subject: str, minutes: list[int], facts: list[float]) -> dict:
    source_id = str(n) * 64
    doc = f"{source_id[:16]}-d1"
    emails = [
        {
            "email_id": f"{doc}-e{i}", "document_id": doc, "source_id": source_id,
            "page_no": 1, "thread_id": f"{doc}-t1", "position": i,
            "sent_at": T0 + timedelta(minutes=m), "sender_domain": "amersfoort.nl",
            "subject": subject, "subject_normalized": subject.lower(),
        }
        for i, m in enumerate(minutes)
    ]  # fmt: skip
    mentions = [
        {
            "source_id": source_id, "page_no": 1, "document_id": doc,
            "period_start": date(2020, 1, 1), "period_end": date(2020, 12, 31),
            "category": "total", "value": value, "unit": "count", "scope": None,
            "evidence": f"{value:g} meldingen (bron {n})",
        }
        for value in facts
    ]  # fmt: skip
    return {
        "sources": [
            {
                "source_id": source_id,
                "path": f"/in/{n}.pdf",
                "n_pages": 1,
                "status": "ok",
                "pipeline_version": "test",
            }
        ],  # fmt: skip
        "pages": [
            {"page_key": f"{source_id}:1", "source_id": source_id, "page_no": 1, "text": subject}
        ],  # fmt: skip
        "emails": emails,
        "incident_mentions": mentions,
    }


SOURCES = [
    source_rows(1, "Agenda BO/BP 6 april", [0, 5], [84.0, 64.0]),
    source_rows(2, "Datalek melding", [60 * 24 * 30], [84.0]),
    source_rows(3, "Agenda BO/BP 6 april", [60 * 24 * 2], [84.0, 10.0]),  # joins source 1
]


def whole_release(sources: list[dict]) -> tuple[set, set]:
    emails = [dict(e) for s in sources for e in s["emails"]]
    assign_thread_ids(emails)
    threads = {(e["email_id"], e["thread_id"]) for e in emails}
    mentions = [m for s in sorted(sources, key=lambda s: s["sources"][0]["source_id"])
                for m in s["incident_mentions"]]  # fmt: skip
    counts = {(r["value"], r["n_mentions"], r["source_id"])
              for r in deduplicate_incident_counts(mentions)}  # fmt: skip
    return threads, counts


def stored(db: str) -> tuple[set, set]:
    con = duckdb.connect(db, read_only=True)
    threads = set(con.execute("SELECT email_id, thread_id FROM emails").fetchall())
    counts = set(con.execute("SELECT value, n_mentions, source_id FROM incident_counts").fetchall())
    con.close()
    return threads, counts


def stored_lake(store: Store) -> tuple[set, set]:
    with connection(store, read_only=True) as con:
        threads = set(con.execute("SELECT email_id, thread_id FROM emails").fetchall())
        counts = con.execute("SELECT value, n_mentions, source_id FROM incident_counts")
        return threads, set(counts.fetchall())


def copy(rows: dict) -> dict:
    return {table: [dict(r) for r in table_rows] for table, table_rows in rows.items()}


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0)])
def test_incremental_passes_equal_the_whole_release_in_any_order(tmp_path, order):
    store = Store(str(tmp_path / "woo.duckdb"))
    prepare_store(store)
    for i in order:
        rows = copy(SOURCES[i])
        commit_source(store, rows, [rows["sources"][0]["source_id"]])
    assert stored(store.db) == whole_release(SOURCES)
    assert incomplete_sources(store) == []


def test_replacing_a_source_rederives_threads_and_counts(tmp_path):
    store = Store(str(tmp_path / "woo.duckdb"))
    prepare_store(store)
    for rows in SOURCES:
        commit_source(store, copy(rows), [rows["sources"][0]["source_id"]])
    # Source 3 changes: another subject and figure; its old thread link and fact must go.
    changed = source_rows(3, "Iets anders", [60 * 24 * 60], [12.0])
    commit_source(store, copy(changed), [changed["sources"][0]["source_id"]])
    assert stored(store.db) == whole_release([SOURCES[0], SOURCES[1], changed])
