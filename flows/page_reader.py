"""Reading pages in a worker process: text layer or OCR, then redactions.

Kept free of Prefect so that a worker process starts in a fraction of the time: the flow's
side (the task, the pool) is `flows.pages`. A document is opened once for a chunk of its
pages; every page is read within budgets (characters, pixels, Tesseract time) and a page
over budget, or one that cannot be read, becomes a page with an `error`.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from typing import Any

import numpy as np
import pypdfium2 as pdfium

from pipeline.docmodel import assign_lines
from pipeline.pdf_text import (
    SCAN_IMAGE_COVERAGE,
    PageTooLarge,
    choose_text_method,
    image_coverage,
    plumber_text_layer,
    read_text_layer,
    text_layer_score,
)
from pipeline.redactions import read_scan_boxes_blanked, redact_page
from pipeline.render import MAX_OCR_DPI, downsample, ocr_dpi, render_open_page


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
                    results.append(read_open_page(page, source_id, page_no, path))
                finally:
                    page.close()
            except Exception as exc:  # noqa: BLE001 - one bad page fails its page, not the run
                results.append({"page": failed_page(source_id, page_no, exc), "words": []})
        return results
    finally:
        pdf.close()


PageReader = Callable[[str, str, list[int]], list[dict[str, Any]]]


def read_within(
    seconds: float, reader: PageReader, path: str, source_id: str, page_nos: list[int]
) -> list[dict[str, Any]]:
    """`reader(path, source_id, page_nos)` in a page worker that the kernel kills after
    `seconds` (SIGALRM's default action): a page stuck in PDFium or pdfplumber C code never
    returns to Python, so no exception or timeout inside the process could stop it."""
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return reader(path, source_id, page_nos)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def text_layer_of(page: Any, path: str, page_no: int) -> dict[str, Any]:
    """The page's text layer: PDFium's, or pdfplumber's on a rotated page."""
    if page.get_rotation() != 0:
        return plumber_text_layer(path, page_no)
    return read_text_layer(page)


def read_open_page(page: Any, source_id: str, page_no: int, path: str) -> dict[str, Any]:
    """One page: its text (text layer where usable, otherwise Tesseract OCR) with word boxes,
    its redaction boxes with grounds, and any text left readable under a box."""
    layer = _text_layer_or_none(page, path, page_no)
    width, height = layer["width"], layer["height"]
    method = choose_text_method(layer["text"], layer["images"], width, height)
    # Boxes burnt into an embedded image are only visible in the pixels.
    scanned = image_coverage(layer["images"], width, height) >= SCAN_IMAGE_COVERAGE
    image = scale = None
    if method == "ocr" or scanned:
        # the box detector and the label crops are tuned at 300 dpi (thin bars vanish at
        # 200); Tesseract, the bulk of the time, reads at the scan's own resolution
        image = render_open_page(page, MAX_OCR_DPI)
        scale = width / image.width  # points per pixel, after any budget cut
    words, text, confidence, geometry = _page_words(layer, method, image, scale)
    redactions, leaks = redact_page(
        width=width,
        height=height,
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
            "text_layer_score": round(text_layer_score(layer["text"]), 3),
            "ocr_confidence": confidence,
            "text": text,
        },
        words,
        redactions,
        leaks,
    )


def _text_layer_or_none(page: Any, path: str, page_no: int) -> dict[str, Any]:
    """The page's text layer; an empty one (read the pixels) when PDFium cannot parse it."""
    try:
        return text_layer_of(page, path, page_no)
    except PageTooLarge:
        raise
    except Exception:  # noqa: BLE001 - a text layer PDFium cannot parse: read the pixels
        width, height = (float(v) for v in page.get_size())
        layer = {"width": width, "height": height, "text": "", "images": [], "words": []}
        layer.update(chars=[], rects=[])
        return layer


def _page_words(
    layer: dict[str, Any], method: str, image: Any, scale: float | None
) -> tuple[list[dict[str, Any]], str, float | None, dict[str, Any]]:
    """The page's words, text and OCR confidence by `method`, and what the redaction reader
    gets besides the page's size (its words and either the solid areas or the layer's
    rects and chars)."""
    if method != "ocr":
        words = assign_lines(layer["words"], method)
        return (
            words,
            layer["text"],
            None,
            {"words": words, "rects": layer["rects"], "chars": layer["chars"]},
        )
    width, height = layer["width"], layer["height"]
    text_image = downsample(image.convert("L"), width, ocr_dpi(layer["images"], width, height))
    # black boxes painted out before Tesseract reads the page: the text gets a mark at
    # each, the redaction reader the words as read and the solid areas found for it
    read = read_scan_boxes_blanked(np.asarray(image), scale, text_image, width)
    return read.words, read.text, read.confidence, {"words": read.read_words, "solids": read.solids}


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
