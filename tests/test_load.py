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


def test_a_batch_of_sources_in_one_commit_equals_the_whole_release(tmp_path):
    # a run commits the sources it finished in the last seconds together (flows.ingest)
    store = Store(str(tmp_path / "woo.duckdb"))
    prepare_store(store)
    first = copy(SOURCES[0])
    commit_source(store, first, [first["sources"][0]["source_id"]])
    batch: dict[str, list[dict]] = {}
    for rows in map(copy, SOURCES[1:]):
        for table, table_rows in rows.items():
            batch.setdefault(table, []).extend(table_rows)
    commit_source(store, batch, sorted(s["source_id"] for s in batch["sources"]))
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


# Dutch words with their inflections, accents, digits, punctuation and English stop words:
# what the tokenizer, the stemmer and the stop list each have to handle.
_VOCABULARY = (
    "datalek datalekken melding meldingen gemeld persoonsgegevens beveiligingsincident "
    "gemeente gemeenten besluit besluiten openbaar openbaarmaking Woo-verzoek één reëel "
    "café coördinatie 5.1.2.e 2022 p.3 the and of is in was de het een van Autoriteit "
    "Persoonsgegevens AP e-mail (bijlage) zaak-nr. 12/345 inventarislijst verzoeker"
).split()


def test_the_index_per_source_scores_as_the_fts_extension_does(tmp_path):
    """The same pages, the same queries: match_bm25 over search_terms gives the scores and the
    order of DuckDB's own `PRAGMA create_fts_index` over the whole table."""
    import random

    from models.db import load_fts

    rng = random.Random(3)
    texts = [" ".join(rng.choices(_VOCABULARY, k=rng.randint(0, 60))) for _ in range(150)]
    texts += [None, "", "   "]  # unreadable and empty pages count as pages of length 0
    store = Store(str(tmp_path / "woo.duckdb"))
    prepare_store(store)
    for start in range(0, len(texts), 40):  # committed source by source
        n = 100 + start
        rows = source_rows(n, "x", [], [])
        sid = rows["sources"][0]["source_id"]
        batch = texts[start : start + 40]
        rows["sources"][0]["n_pages"] = len(batch)
        rows["pages"] = [
            {"page_key": f"{sid}:{i}", "source_id": sid, "page_no": i, "text": text}
            for i, text in enumerate(batch, start=1)
        ]
        commit_source(store, rows, [sid])
    queries = ["datalek", "datalekken melding", "Persoonsgegevens AP", "de het een",
               "één reeel cafe", "besluit openbaarmaking 2022", "the"]  # fmt: skip
    sql = (
        "SELECT page_key, score FROM (SELECT page_key, {schema}.match_bm25(page_key, ?{opt}) "
        "AS score FROM {table}) WHERE score IS NOT NULL ORDER BY score DESC, page_key"
    )
    con = duckdb.connect(store.db)
    load_fts(con)
    con.execute("CREATE SCHEMA ext; CREATE TABLE ext.pages AS SELECT page_key, text FROM pages")
    con.execute("PRAGMA create_fts_index('ext.pages', 'page_key', 'text', stemmer = 'dutch')")
    for query in queries:
        for opt in ("", ", conjunctive := true", ", k := 2, b := 0.5"):
            ours = con.execute(
                sql.format(schema="fts_main_pages", opt=opt, table="pages"), [query]
            ).fetchall()
            theirs = con.execute(
                sql.format(schema="fts_ext_pages", opt=opt, table="ext.pages"), [query]
            ).fetchall()
            # Same pages with the same scores; the order then follows. Comparing the order
            # itself failed in CI where two scores tie up to the last bits of a float sum.
            assert dict(ours) == pytest.approx(dict(theirs)), (query, opt)
            assert [s for _, s in ours] == pytest.approx([s for _, s in theirs]), (query, opt)
            assert ours or query == "the" or "conjunctive" in opt, query
    con.close()


def test_a_signal_during_a_commit_is_delivered_after_it(tmp_path, monkeypatch):
    """SIGTERM in the middle of a commit: the source is committed whole, then the run's
    handler runs (inside a DuckDB query it would have become 'Query interrupted')."""
    import os
    import signal

    import flows.load

    class Stopped(BaseException):
        pass

    def stop(signum, frame):
        raise Stopped

    def insert_then_signal(con, table, rows):
        os.kill(os.getpid(), signal.SIGTERM)  # arrives while the transaction is open
        real_insert(con, table, rows)

    store = Store(str(tmp_path / "woo.duckdb"))
    prepare_store(store)
    real_insert = flows.load.insert_rows
    monkeypatch.setattr(flows.load, "insert_rows", insert_then_signal)
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(Stopped):
            commit_source(store, copy(SOURCES[0]), [])
    finally:
        signal.signal(signal.SIGTERM, previous)
    with connection(store, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM emails").fetchone()[0] == 2
