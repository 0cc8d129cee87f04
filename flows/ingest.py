"""The `woo ingest` flow: PDFs in, one DuckDB database out.

Files are inspected and hashed in the flow; every page is a task (text layer or OCR, then
redactions), run in parallel across the cores; each source's structure is extracted once its
pages are in; the whole run is loaded in bulk into a working copy of the database that then
replaces the old one.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.pages import failed_page, inspect_source, read_page, read_text
from flows.progress import get_reporter
from models.db import (
    atomic_database,
    build_search_index,
    delete_sources,
    insert_rows,
    known_sources,
)
from pipeline import __version__
from pipeline.emails import assign_thread_ids
from pipeline.grounds import grounds_table
from pipeline.incidents import deduplicate_incident_counts
from pipeline.inputs import find_pdfs
from pipeline.structure import extract_structure
from pipeline.text_release import read_text_release

SUMMARY_TABLES = ["redactions", "documents", "meetings", "decisions", "incident_mentions", "emails"]
DEFAULT_WORKERS = max(1, os.cpu_count() or 1)


@task(name="extract-structure", cache_policy=NO_CACHE)
def extract_source_structure(
    pages: list[dict[str, Any]], documents: list[dict[str, Any]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    return extract_structure(pages, documents)


@flow(name="woo-ingest", log_prints=False)
def ingest_flow(paths: list[str], db_path: str, workers: int = DEFAULT_WORKERS) -> dict[str, Any]:
    """Ingest PDFs (files or folders, recursive) into the DuckDB file `db_path`."""
    started = time.perf_counter()
    reporter = get_reporter()
    db = Path(db_path)
    files = find_pdfs(paths)
    known = known_sources(db)

    sources: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for path in files:
        source = inspect_source(path)
        previous = known.get(source["source_id"])
        if previous and previous["pipeline_version"] == __version__:
            skipped.append(source)
        else:
            sources.append(source)

    todo = [s for s in sources if s["status"] == "ok"]
    # Plain-text releases have no pages to OCR: read them here, once.
    text_releases = {
        s["source_id"]: read_text_release(read_text(Path(s["path"])), s["source_id"])
        for s in todo
        if s["kind"] == "text"
    }
    for source in todo:
        if source["kind"] == "text":
            source["n_pages"] = len(text_releases[source["source_id"]]["pages"])
    n_pages = sum(s["n_pages"] for s in todo)
    reporter.start(len(sources), n_pages)
    for source in sources:
        if source["status"] != "ok":
            reporter.file_done("failed")

    rows: dict[str, list[dict[str, Any]]] = {"sources": sources}
    by_source: dict[str, list[dict[str, Any]]] = {s["source_id"]: [] for s in todo}
    structure_futures = {}
    runner = ThreadPoolTaskRunner(max_workers=workers)
    with runner:
        page_futures = {}
        for source in todo:
            if source["kind"] == "text":
                release = text_releases[source["source_id"]]
                by_source[source["source_id"]] = [
                    {
                        "page": page,
                        "words": [],
                        "redactions": [
                            r for r in release["redactions"] if r["page_no"] == page["page_no"]
                        ],
                    }
                    for page in release["pages"]
                ]
                for _ in release["pages"]:
                    reporter.page_done("ocr")
                future = runner.submit(
                    extract_source_structure,
                    {"pages": release["structure_pages"], "documents": release["documents"]},
                )
                structure_futures[future] = source
                continue
            for page_no in range(1, source["n_pages"] + 1):
                future = runner.submit(
                    read_page,
                    {"path": source["path"], "source_id": source["source_id"], "page_no": page_no},
                )
                page_futures[future] = (source, page_no)
        for future in as_completed(list(page_futures)):
            source, page_no = page_futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a bad page fails its file, not the run
                result = {"page": failed_page(source["source_id"], page_no, exc), "words": []}
            by_source[source["source_id"]].append(result)
            reporter.page_done(result["page"]["text_method"] or "failed")
            if len(by_source[source["source_id"]]) == source["n_pages"]:
                results = sorted(by_source[source["source_id"]], key=lambda r: r["page"]["page_no"])
                by_source[source["source_id"]] = results
                pages = [
                    {**r["page"], "words": r["words"]} for r in results if not r["page"]["error"]
                ]
                structure_futures[runner.submit(extract_source_structure, {"pages": pages})] = (
                    source
                )
        for future, source in structure_futures.items():
            try:
                structure = future.result()
            except Exception as exc:  # noqa: BLE001
                source["error"] = f"structure extraction failed: {type(exc).__name__}: {exc}"
                structure = {}
            if structure.get("errors"):
                source["error"] = "; ".join(structure.pop("errors"))
            structure.pop("errors", None)
            for table, table_rows in structure.items():
                rows.setdefault(table, []).extend(table_rows)

    for source in todo:
        results = by_source[source["source_id"]]
        rows.setdefault("pages", []).extend(r["page"] for r in results)
        for table in ("words", "redactions", "redaction_leaks"):
            rows.setdefault(table, []).extend(row for r in results for row in r.get(table, []))
        page_errors = [r["page"]["error"] for r in results if r["page"]["error"]]
        if page_errors:
            source["status"] = "failed"
            source["error"] = "; ".join(filter(None, [source["error"], *page_errors]))
        reporter.file_done(source["status"])
    reporter.stop()

    now = datetime.now(UTC)
    for source in sources:
        source["ingested_at"] = now
    if sources:
        load_run(db, rows, replaced=_replaced_sources(sources, known))

    pages = rows.get("pages", [])
    paths_by_id = {s["source_id"]: s["path"] for s in sources}
    return {
        "files": len(files),
        "files_skipped": len(skipped),
        "files_ok": sum(s["status"] == "ok" for s in sources),
        "files_failed": [
            {"file": s["path"], "error": s["error"]} for s in sources if s["status"] != "ok"
        ],
        "pages_text_layer": sum(p["text_method"] == "text_layer" for p in pages),
        "pages_ocr": sum(p["text_method"] == "ocr" for p in pages),
        **{table: len(rows.get(table, [])) for table in SUMMARY_TABLES},
        "leaks": [
            {
                "file": paths_by_id[leak["source_id"]],
                "page_no": leak["page_no"],
                "n_chars": leak["n_chars"],
            }
            for leak in rows.get("redaction_leaks", [])
        ],  # fmt: skip
        "seconds": time.perf_counter() - started,
        "db": str(db),
    }


def _replaced_sources(sources: list[dict[str, Any]], known: dict[str, dict[str, Any]]) -> list[str]:
    """Sources to delete before loading: the ones loaded again, and older versions of a path."""
    new_ids = {s["source_id"] for s in sources}
    new_paths = {s["path"] for s in sources}
    stale = [sid for sid, info in known.items() if info["path"] in new_paths]
    return sorted(new_ids | set(stale))


def load_run(db: Path, rows: dict[str, list[dict[str, Any]]], replaced: list[str]) -> None:
    """Write one run's rows into the database in one atomic step."""
    with atomic_database(db) as con:
        con.execute("BEGIN")
        delete_sources(con, replaced)
        for table, table_rows in rows.items():
            insert_rows(con, table, table_rows)
        # Release-wide passes over everything in the database, not only this run.
        mentions = (
            con.execute("SELECT * FROM incident_mentions ORDER BY source_id, page_no")
            .to_arrow_table()
            .to_pylist()
        )
        con.execute("DELETE FROM incident_counts")
        insert_rows(con, "incident_counts", deduplicate_incident_counts(mentions))
        emails = con.execute("SELECT * FROM emails ORDER BY email_id").to_arrow_table()
        email_rows = emails.to_pylist()
        if email_rows:
            assign_thread_ids(email_rows)
            con.execute("DELETE FROM emails")
            insert_rows(con, "emails", email_rows)
        con.execute("DELETE FROM grounds")
        insert_rows(con, "grounds", grounds_table())
        con.execute("COMMIT")
        build_search_index(con)
