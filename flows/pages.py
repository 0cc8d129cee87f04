"""Reading files and pages: hashing, opening, text layer or OCR. One task per page."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pdfplumber
from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline.ocr import OCR_DPI, ocr_image
from pipeline.pdf_text import (
    SCAN_IMAGE_COVERAGE,
    choose_text_method,
    image_coverage,
    text_layer_text,
    text_layer_words,
)
from pipeline.redactions import redact_page
from pipeline.render import render_page

#: A page that takes longer than this fails its file instead of stalling the run forever
#: (a 300 dpi OCR page takes seconds; this is generous for a loaded machine). In a worker
#: thread Prefect can only raise the timeout between Python calls, so a hung Tesseract is
#: cut off by the OCR call's own timeout, and the page task's timeout then takes effect.
PAGE_TIMEOUT_SECONDS = 300


class _WorkerThreadTimeoutNotice(logging.Filter):
    """Drops Prefect's warning that a timeout cannot interrupt a blocking call in a worker
    thread: said above once, it would otherwise be a warning per page in every run's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "running in a worker thread" not in str(record.msg)


logging.getLogger("prefect.task_runs").addFilter(_WorkerThreadTimeoutNotice())


@task(
    name="read-page",
    retries=1,
    retry_delay_seconds=1,
    timeout_seconds=PAGE_TIMEOUT_SECONDS,
    cache_policy=NO_CACHE,
)
def read_page(path: str, source_id: str, page_no: int) -> dict[str, Any]:
    """One page: its text (text layer where usable, otherwise Tesseract OCR) with word boxes,
    its redaction boxes with grounds, and any text left readable under a box."""
    width = height = None
    image = None
    needs_pixels = False
    geometry: dict[str, Any] = {}
    try:
        # Only this page: opening all pages per page task is quadratic on big bundles.
        with pdfplumber.open(path, pages=[page_no]) as pdf:
            page = pdf.pages[0]
            width, height = float(page.width), float(page.height)
            text = text_layer_text(page)
            method = choose_text_method(text, page.images, width, height)
            if method == "text_layer":
                words, confidence = text_layer_words(page), None
                geometry = {"rects": list(page.rects), "chars": list(page.chars)}
                # Boxes burnt into an embedded image are only visible in the pixels.
                needs_pixels = image_coverage(page.images, width, height) >= SCAN_IMAGE_COVERAGE
    except Exception:  # noqa: BLE001 - a text layer pdfminer cannot parse: read the pixels
        method = "ocr"
    if method == "ocr" or needs_pixels:
        image = render_page(path, page_no, OCR_DPI)
        width = width or image.width * 72.0 / OCR_DPI
        height = height or image.height * 72.0 / OCR_DPI
    if method == "ocr":
        words, text, confidence = ocr_image(image, 72.0 / OCR_DPI)
    redactions, leaks = redact_page(
        width=width,
        height=height,
        words=words,
        image=None if image is None else np.asarray(image),
        scale=72.0 / OCR_DPI,
        **geometry,
    )
    record = {
        "page_key": f"{source_id}:{page_no}",
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
    evidence = {"source_id": source_id, "page_no": page_no}
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
