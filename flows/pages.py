"""Reading pages: text layer or OCR, then redactions, in worker processes.

A source's pages are cut into chunks; each chunk runs in a process of one shared pool
(CPU-bound PDF parsing, OpenCV and Tesseract's callers are not held by one GIL) and opens
the document once, so a page of a 1,000-page file costs what a page of a 10-page file does.
Every page is read within budgets (characters, pixels, Tesseract time); a page over budget,
or one that cannot be read, becomes a page with an `error`, never a failed run.
"""

from __future__ import annotations

import math
import multiprocessing
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.progress import get_reporter
from pipeline.ocr import ocr_image
from pipeline.pdf_text import (
    SCAN_IMAGE_COVERAGE,
    PageTooLarge,
    choose_text_method,
    image_coverage,
    read_text_layer,
)
from pipeline.redactions import redact_page
from pipeline.render import ocr_dpi, render_open_page

#: Pages per chunk at most: big enough that opening the document and the hand-over between
#: processes are small against the pages, small enough to spread a file over the workers.
MAX_CHUNK_PAGES = 16


@task(name="read-pages", cache_policy=NO_CACHE)
def read_source_pages(
    path: str, source_id: str, n_pages: int, workers: int
) -> list[dict[str, Any]]:
    """Every page of one source, in page order, read in the shared worker processes."""
    chunks = list(page_chunks(n_pages, workers))
    pool = page_pool(workers)
    futures = {pool.submit(read_document_pages, path, source_id, c): c for c in chunks}
    reporter = get_reporter()
    results: list[dict[str, Any]] = []
    for future, chunk in futures.items():
        for result in _chunk_results(future, path, source_id, chunk, workers):
            reporter.page_done(result["page"]["text_method"] or "failed")
            results.append(result)
    return sorted(results, key=lambda r: r["page"]["page_no"])


def page_chunks(n_pages: int, workers: int) -> Iterator[list[int]]:
    """Page numbers (from 1) in consecutive chunks of at most `MAX_CHUNK_PAGES`, and at
    least as many chunks as workers when there are pages enough."""
    n_chunks = max(math.ceil(n_pages / MAX_CHUNK_PAGES), min(workers, n_pages))
    size = math.ceil(n_pages / n_chunks) if n_pages else 1
    for start in range(1, n_pages + 1, size):
        yield list(range(start, min(start + size, n_pages + 1)))


def _chunk_results(
    future: Future, path: str, source_id: str, chunk: list[int], workers: int
) -> list[dict[str, Any]]:
    """A chunk's page results; when its worker died (a page beyond what the machine can
    hold), each page is tried once more alone, so that only the page that kills a worker
    fails."""
    try:
        return future.result()
    except BrokenProcessPool:
        pass
    results = []
    for page_no in chunk:
        try:
            pool = page_pool(workers)
            results.extend(pool.submit(read_document_pages, path, source_id, [page_no]).result())
        except BrokenProcessPool as exc:
            _reset_pool(pool)
            error = RuntimeError(f"the page worker died ({exc or 'killed or out of memory'})")
            results.append({"page": failed_page(source_id, page_no, error), "words": []})
    return results


# --- the worker pool ------------------------------------------------------------------

_POOL: ProcessPoolExecutor | None = None
_POOL_WORKERS = 0
_POOL_LOCK = threading.Lock()


def page_pool(workers: int) -> ProcessPoolExecutor:
    """The process pool page chunks run in, started on first use and kept for the process
    (starting workers costs seconds; a second flow in the same process reuses them)."""
    global _POOL, _POOL_WORKERS
    with _POOL_LOCK:
        if _POOL is None or _POOL_WORKERS != workers:
            if _POOL is not None:
                _POOL.shutdown(wait=False, cancel_futures=True)
            # forkserver: workers fork from a clean server, not from a process running
            # Prefect's threads; the server imports the page stack once for all of them
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["flows.pages"])
            _POOL = ProcessPoolExecutor(max_workers=workers, mp_context=context)
            _POOL_WORKERS = workers
        return _POOL


def _reset_pool(broken: ProcessPoolExecutor) -> None:
    global _POOL
    with _POOL_LOCK:
        if _POOL is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            _POOL = None


# --- in the worker --------------------------------------------------------------------


def read_document_pages(path: str, source_id: str, page_nos: list[int]) -> list[dict[str, Any]]:
    """Pages `page_nos` of one PDF, the document opened once; a page that cannot be read
    gets an `error` and the others are still read."""
    try:
        pdf = pdfium.PdfDocument(path)
    except Exception as exc:  # noqa: BLE001 - every page of the chunk reports it
        return [{"page": failed_page(source_id, n, exc), "words": []} for n in page_nos]
    try:
        results = []
        for page_no in page_nos:
            try:
                page = pdf[page_no - 1]
                try:
                    results.append(read_open_page(page, source_id, page_no))
                finally:
                    page.close()
            except Exception as exc:  # noqa: BLE001 - one bad page fails its page, not the run
                results.append({"page": failed_page(source_id, page_no, exc), "words": []})
        return results
    finally:
        pdf.close()


def read_open_page(page: Any, source_id: str, page_no: int) -> dict[str, Any]:
    """One page: its text (text layer where usable, otherwise Tesseract OCR) with word boxes,
    its redaction boxes with grounds, and any text left readable under a box."""
    try:
        layer = read_text_layer(page)
    except PageTooLarge:
        raise
    except Exception:  # noqa: BLE001 - a text layer PDFium cannot parse: read the pixels
        width, height = (float(v) for v in page.get_size())
        layer = {"width": width, "height": height, "text": "", "images": [], "words": []}
        layer.update(chars=[], rects=[])
    width, height = layer["width"], layer["height"]
    method = choose_text_method(layer["text"], layer["images"], width, height)
    # Boxes burnt into an embedded image are only visible in the pixels.
    scanned = image_coverage(layer["images"], width, height) >= SCAN_IMAGE_COVERAGE
    image = scale = None
    if method == "ocr" or scanned:
        image = render_open_page(page, ocr_dpi(layer["images"], width, height))
        scale = width / image.width  # points per pixel, after any budget cut
    geometry: dict[str, Any] = {}
    if method == "ocr":
        words, text, confidence = ocr_image(image, scale)
    else:
        words, text, confidence = layer["words"], layer["text"], None
        geometry = {"rects": layer["rects"], "chars": layer["chars"]}
    redactions, leaks = redact_page(
        width=width,
        height=height,
        words=words,
        image=None if image is None else np.asarray(image),
        scale=scale,
        **geometry,
    )
    return page_result(
        source_id,
        page_no,
        {
            "width": width,
            "height": height,
            "text_method": method,
            "ocr_confidence": confidence,
            "text": text,
        },
        words,
        redactions,
        leaks,
    )


def page_result(
    source_id: str,
    page_no: int,
    fields: dict[str, Any],
    words: list[dict[str, Any]],
    redactions: list[dict[str, Any]],
    leaks: list[dict[str, Any]],
) -> dict[str, Any]:
    """A page's rows: `page`, `words`, `redactions`, `redaction_leaks`."""
    evidence = {"source_id": source_id, "page_no": page_no}
    record = {
        "page_key": f"{source_id}:{page_no}",
        **evidence,
        **fields,
        "n_words": len(words),
        "error": None,
    }
    return {
        "page": record,
        "words": [{**evidence, "word_no": i, **w} for i, w in enumerate(words, start=1)],
        "redactions": [
            {"redaction_id": f"{source_id[:16]}-p{page_no}-r{i}", **evidence, **box}
            for i, box in enumerate(redactions, start=1)
        ],
        "redaction_leaks": [{**evidence, **leak} for leak in leaks],
    }


def failed_page(source_id: str, page_no: int, exc: BaseException) -> dict[str, Any]:
    return {
        "page_key": f"{source_id}:{page_no}",
        "source_id": source_id,
        "page_no": page_no,
        "text_method": None,
        "text": None,
        "n_words": 0,
        "error": f"page {page_no} could not be read or rendered ({type(exc).__name__}: {exc})",
    }
