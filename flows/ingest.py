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

import pdfplumber
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.progress import get_reporter
from models.db import atomic_database, delete_sources, insert_rows, known_sources
from pipeline import __version__
from pipeline.emails import assign_thread_ids
from pipeline.grounds import grounds_table
from pipeline.incidents import deduplicate_incident_counts
from pipeline.inputs import UnreadablePdf, check_pdf_bytes, explain_open_error, find_pdfs
from pipeline.ocr import OCR_DPI, ocr_image
from pipeline.pdf_text import choose_text_method, sha256_file, text_layer_text, text_layer_words
from pipeline.render import count_pages, render_page
from pipeline.structure import extract_structure

DEFAULT_WORKERS = max(1, os.cpu_count() or 1)


def inspect_source(path: Path) -> dict[str, Any]:
    """Hash a file and count its pages; a file that cannot be opened comes back failed."""
    stat = path.stat()
    source = {
        "source_id": sha256_file(path),
        "path": str(path),
        "file_name": path.name,
        "file_size": stat.st_size,
        "n_pages": None,
        "status": "ok",
        "error": None,
        "pipeline_version": __version__,
    }
    try:
        check_pdf_bytes(path)
        source["n_pages"] = count_pages(path)
        if source["n_pages"] == 0:
            raise UnreadablePdf("the PDF has no pages")
    except UnreadablePdf as exc:
        source.update(status="failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - any parser error means this one file failed
        source.update(status="failed", error=explain_open_error(exc))
    return source


@task(name="read-page", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_page(path: str, source_id: str, page_no: int) -> dict[str, Any]:
    """Text of one page (text layer where usable, otherwise Tesseract OCR), with its words."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no - 1]
        width, height = float(page.width), float(page.height)
        text = text_layer_text(page)
        method = choose_text_method(text, page.images, width, height)
        confidence = None
        if method == "text_layer":
            words = text_layer_words(page)
    if method == "ocr":
        image = render_page(path, page_no, OCR_DPI)
        words, text, confidence = ocr_image(image, 72.0 / OCR_DPI)
    record = {
        "source_id": source_id,
        "page_no": page_no,
        "width": width,
        "height": height,
        "text_method": method,
        "ocr_confidence": confidence,
        "text": text,
        "n_words": len(words),
        "error": None,
    }
    words = [
        {"source_id": source_id, "page_no": page_no, "word_no": i, **w}
        for i, w in enumerate(words, start=1)
    ]
    return {"page": record, "words": words}


@task(name="extract-structure", cache_policy=NO_CACHE)
def extract_source_structure(pages: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return extract_structure(pages)


def _failed_page(source_id: str, page_no: int, exc: BaseException) -> dict[str, Any]:
    return {
        "source_id": source_id,
        "page_no": page_no,
        "text_method": None,
        "text": None,
        "n_words": 0,
        "error": f"page {page_no} could not be read: {type(exc).__name__}: {exc}",
    }


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
                result = {"page": _failed_page(source["source_id"], page_no, exc), "words": []}
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
            for table, table_rows in structure.items():
                rows.setdefault(table, []).extend(table_rows)

    for source in todo:
        results = by_source[source["source_id"]]
        rows.setdefault("pages", []).extend(r["page"] for r in results)
        rows.setdefault("words", []).extend(w for r in results for w in r["words"])
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
    return {
        "files": len(files),
        "files_skipped": len(skipped),
        "files_ok": sum(s["status"] == "ok" for s in sources),
        "files_failed": [
            {"file": s["path"], "error": s["error"]} for s in sources if s["status"] != "ok"
        ],
        "pages_text_layer": sum(p["text_method"] == "text_layer" for p in pages),
        "pages_ocr": sum(p["text_method"] == "ocr" for p in pages),
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
        mentions = con.execute("SELECT * FROM incident_mentions").fetch_arrow_table().to_pylist()
        con.execute("DELETE FROM incident_counts")
        insert_rows(con, "incident_counts", deduplicate_incident_counts(mentions))
        emails = con.execute("SELECT * FROM emails ORDER BY email_id").fetch_arrow_table()
        email_rows = emails.to_pylist()
        if email_rows:
            assign_thread_ids(email_rows)
            con.execute("DELETE FROM emails")
            insert_rows(con, "emails", email_rows)
        con.execute("DELETE FROM grounds")
        insert_rows(con, "grounds", grounds_table())
        con.execute("COMMIT")
