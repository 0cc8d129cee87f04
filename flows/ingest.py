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

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.outcome import publish_run
from flows.pages import failed_page, read_page
from flows.progress import get_reporter
from models.db import (
    atomic_database,
    build_search_index,
    delete_sources,
    fill_document_ids,
    insert_rows,
    known_sources,
)
from pipeline import __version__
from pipeline.emails import assign_thread_ids
from pipeline.grounds import grounds_table
from pipeline.incidents import deduplicate_incident_counts
from pipeline.inputs import find_pdfs, inspect_source, read_text
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
    """Ingest PDFs (files or folders, recursive) into the DuckDB file `db_path`.

    Returns the run summary; the run ends Failed when every file failed (see
    `flows.outcome.publish_run`: call with `return_state=True` to get the summary then).
    """
    started = time.perf_counter()
    logger = get_run_logger()
    reporter = get_reporter()
    db = Path(db_path)
    files = find_pdfs(paths)
    known = known_sources(db)
    sources, skipped = plan_sources(files, known)
    todo = [s for s in sources if s["status"] == "ok"]
    logger.info(
        "%d files into %s: %d to read, %d unreadable, %d unchanged",
        len(files), db, len(todo), len(sources) - len(todo), len(skipped),
    )  # fmt: skip
    # Plain-text releases have no pages to OCR: read them here, once.
    text_releases = {
        s["source_id"]: read_text_release(read_text(Path(s["path"])), s["source_id"])
        for s in todo
        if s["kind"] == "text"
    }
    for source in todo:
        if source["kind"] == "text":
            source["n_pages"] = len(text_releases[source["source_id"]]["pages"])

    reporter.start(len(sources), sum(s["n_pages"] for s in todo))
    for source in sources:
        if source["status"] != "ok":
            reporter.file_done("failed")
    rows: dict[str, list[dict[str, Any]]] = {"sources": sources}
    page_results: dict[str, list[dict[str, Any]]] = {}
    with ThreadPoolTaskRunner(max_workers=workers) as runner:
        structure_futures = {}
        page_futures = {}
        for source in todo:
            if source["kind"] == "text":
                release = text_releases[source["source_id"]]
                page_results[source["source_id"]] = text_page_results(release)
                for _ in release["pages"]:
                    reporter.page_done("ocr")
                parameters = {
                    "pages": release["structure_pages"],
                    "documents": release["documents"],
                }
                structure_futures[runner.submit(extract_source_structure, parameters)] = source
                continue
            page_results[source["source_id"]] = []
            for page_no in range(1, source["n_pages"] + 1):
                parameters = {"path": source["path"], "source_id": source["source_id"]}
                future = runner.submit(read_page, {**parameters, "page_no": page_no})
                page_futures[future] = (source, page_no)
        for future in as_completed(list(page_futures)):
            source, page_no = page_futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a bad page fails its file, not the run
                result = {"page": failed_page(source["source_id"], page_no, exc), "words": []}
            reporter.page_done(result["page"]["text_method"] or "failed")
            results = page_results[source["source_id"]]
            results.append(result)
            if len(results) == source["n_pages"]:
                results.sort(key=lambda r: r["page"]["page_no"])
                pages = [
                    {**r["page"], "words": r["words"]} for r in results if not r["page"]["error"]
                ]
                structure_futures[runner.submit(extract_source_structure, {"pages": pages})] = (
                    source
                )
        for future, source in structure_futures.items():
            try:
                structure = future.result()
            except Exception as exc:  # noqa: BLE001 - the pages are still worth loading
                structure = {
                    "errors": [f"structure extraction failed: {type(exc).__name__}: {exc}"]
                }
            if structure.get("errors"):
                source["error"] = "; ".join(structure["errors"])
            for table, table_rows in structure.items():
                if table != "errors":
                    rows.setdefault(table, []).extend(table_rows)

    for source in todo:
        collect_pages(source, page_results[source["source_id"]], rows)
        reporter.file_done(source["status"])
    reporter.stop()

    now = datetime.now(UTC)
    for source in sources:
        source["ingested_at"] = now
    if sources:
        load_run(db, rows, replaced=_replaced_sources(sources, known))
    return publish_run(summarise(files, sources, skipped, rows, db, time.perf_counter() - started))


def plan_sources(
    files: list[Path], known: dict[str, dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(sources to process, sources skipped): unchanged files, and a second copy of the same
    bytes within one run, are skipped by their hash."""
    sources: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in files:
        source = inspect_source(path)
        previous = known.get(source["source_id"])
        if source["source_id"] in seen or (
            previous and previous["pipeline_version"] == __version__
        ):
            skipped.append(source)
        else:
            seen.add(source["source_id"])
            sources.append(source)
    return sources, skipped


def text_page_results(release: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Page results of a plain-text release, shaped like those of `read_page`."""
    return [
        {
            "page": page,
            "words": [],
            "redactions": [r for r in release["redactions"] if r["page_no"] == page["page_no"]],
        }
        for page in release["pages"]
    ]


def collect_pages(
    source: dict[str, Any], results: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]
) -> None:
    """Add a source's page rows to the run; a page that failed fails its file."""
    rows.setdefault("pages", []).extend(r["page"] for r in results)
    for table in ("words", "redactions", "redaction_leaks"):
        rows.setdefault(table, []).extend(row for r in results for row in r.get(table, []))
    page_errors = [r["page"]["error"] for r in results if r["page"]["error"]]
    if page_errors:
        source["status"] = "failed"
        source["error"] = "; ".join(filter(None, [source["error"], *page_errors]))


def summarise(
    files: list[Path],
    sources: list[dict[str, Any]],
    skipped: list[dict[str, Any]],
    rows: dict[str, list[dict[str, Any]]],
    db: Path,
    seconds: float,
) -> dict[str, Any]:
    pages = rows.get("pages", [])
    paths_by_id = {s["source_id"]: s["path"] for s in sources}
    leaks = [
        {
            "file": paths_by_id[leak["source_id"]],
            "page_no": leak["page_no"],
            "n_chars": leak["n_chars"],
        }
        for leak in rows.get("redaction_leaks", [])
    ]
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
        "leaks": leaks,
        "seconds": seconds,
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
    fill_document_ids(rows)
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
