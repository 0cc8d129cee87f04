"""Reading files and pages: hashing, opening, text layer or OCR. One task per page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline import __version__
from pipeline.inputs import UnreadablePdf, check_pdf_bytes, explain_open_error
from pipeline.ocr import OCR_DPI, ocr_image
from pipeline.pdf_text import choose_text_method, sha256_file, text_layer_text, text_layer_words
from pipeline.render import count_pages, render_page


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
    width = height = None
    try:
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[page_no - 1]
            width, height = float(page.width), float(page.height)
            text = text_layer_text(page)
            method = choose_text_method(text, page.images, width, height)
            if method == "text_layer":
                words, confidence = text_layer_words(page), None
    except Exception:  # noqa: BLE001 - a text layer pdfminer cannot parse: read the pixels
        method = "ocr"
    if method == "ocr":
        image = render_page(path, page_no, OCR_DPI)
        width = width or image.width * 72.0 / OCR_DPI
        height = height or image.height * 72.0 / OCR_DPI
        words, text, confidence = ocr_image(image, 72.0 / OCR_DPI)
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
    words = [
        {"source_id": source_id, "page_no": page_no, "word_no": i, **w}
        for i, w in enumerate(words, start=1)
    ]
    return {"page": record, "words": words}


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
