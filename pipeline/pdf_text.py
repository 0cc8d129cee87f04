"""Page text from a PDF's text layer, and the decision whether a page needs OCR.

Everything here works on pdfplumber page objects or plain dicts; opening files and choosing
what runs where is the flow's job.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

#: A page counts as having a usable text layer when it holds at least this many letters and
#: digits; fewer over a page-sized image means a stamp or stray characters on a scan.
MIN_ALNUM_OVER_IMAGE = 200
MIN_ALNUM = 5
#: Share of the page an image must cover before the page is taken for a scan.
SCAN_IMAGE_COVERAGE = 0.5


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """Lowercase hex SHA-256 of a file's bytes (the contract's `source_id`)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def image_coverage(images: list[dict[str, Any]], width: float, height: float) -> float:
    """Largest share of the page covered by a single image."""
    page_area = max(width * height, 1.0)
    best = 0.0
    for image in images:
        w = max(0.0, min(image["x1"], width) - max(image["x0"], 0.0))
        h = max(0.0, min(image["bottom"], height) - max(image["top"], 0.0))
        best = max(best, w * h / page_area)
    return best


def choose_text_method(text: str, images: list[dict[str, Any]], width: float, height: float) -> str:
    """'text_layer' when the page's own text can be used, else 'ocr'."""
    n_alnum = sum(ch.isalnum() for ch in text)
    if n_alnum < MIN_ALNUM:
        return "ocr"
    if image_coverage(images, width, height) >= SCAN_IMAGE_COVERAGE:
        return "text_layer" if n_alnum >= MIN_ALNUM_OVER_IMAGE else "ocr"
    return "text_layer"


def text_layer_words(page: Any) -> list[dict[str, Any]]:
    """Words of a pdfplumber page as plain dicts in page coordinates (conf None)."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return [
        {
            "text": w["text"],
            "x0": float(w["x0"]),
            "top": float(w["top"]),
            "x1": float(w["x1"]),
            "bottom": float(w["bottom"]),
            "conf": None,
        }
        for w in words
        if w["text"].strip()
    ]


def text_layer_text(page: Any) -> str:
    return page.extract_text() or ""
