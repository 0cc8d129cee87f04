"""Tesseract, behind one module.

One `image_to_data` call gives words, boxes and confidences; the page text is rebuilt from
Tesseract's own block/paragraph/line numbering so that lines stay lines even on a slightly
rotated scan.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

# OpenMP threads inside Tesseract cost 4x wall time on 2 cores; we parallelise over pages.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402

OCR_LANGUAGES = "nld+eng"
OCR_DPI = 300
#: Tesseract retries each line it reads with low confidence on the inverted image, for
#: white-on-black text; on a Woo page that is only a redaction box, whose label the crop OCR
#: of `pipeline.redactions` reads (made for labels): not retrying saves ~10 % of the page's
#: CPU (on the real gold and the bench scans only the debris read off boxes changed).
PAGE_OCR_CONFIG = "-c tessedit_do_invert=0"
#: Longest a page's Tesseract call may take (a normal page takes 2-10 s on one core).
OCR_TIMEOUT_S = 180


class OcrTimeout(RuntimeError):
    """Tesseract did not finish a page within `OCR_TIMEOUT_S`."""


class OcrUnavailable(RuntimeError):
    """Tesseract or its Dutch language data is missing."""


def check_tesseract() -> None:
    """Fail early, with the fix, when Tesseract cannot run."""
    if shutil.which("tesseract") is None:
        raise OcrUnavailable(
            "tesseract is not installed: run `make install` or "
            "`sudo apt-get install tesseract-ocr tesseract-ocr-nld`"
        )
    langs = set(pytesseract.get_languages(config=""))
    missing = {lang for lang in OCR_LANGUAGES.split("+") if lang not in langs}
    if missing:
        raise OcrUnavailable(
            f"Tesseract language data missing: {', '.join(sorted(missing))}; "
            "install tesseract-ocr-nld (and tesseract-ocr-eng)"
        )


def ocr_image(
    image: Image.Image, points_per_pixel: float, *, psm: int = 3, timeout: float = OCR_TIMEOUT_S
) -> tuple[list[dict[str, Any]], str, float | None]:
    """OCR one page image; raises `OcrTimeout` after `timeout` seconds.

    Returns (words in page points with confidences 0-100 and their `line_no` / `block_no`,
    page text, mean word confidence).
    """
    dpi = round(72.0 / points_per_pixel)
    # Tesseract reads grey; an uncompressed grey file is written in a fraction of the time
    # pytesseract's default (an RGB PNG) takes, and the resolution is told, not guessed.
    with tempfile.NamedTemporaryFile(suffix=".pgm") as handle:
        image.convert("L").save(handle, format="PPM")
        handle.flush()
        try:
            data = pytesseract.image_to_data(
                handle.name,
                lang=OCR_LANGUAGES,
                config=f"--psm {psm} --dpi {dpi} {PAGE_OCR_CONFIG}",
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
        except RuntimeError as exc:
            if "timeout" not in str(exc).lower():
                raise
            raise OcrTimeout(f"OCR stopped after {timeout:.0f} s (Tesseract timeout)") from exc
    words: list[dict[str, Any]] = []
    lines: list[str] = []
    current_line: tuple[int, int, int] | None = None
    current_block: tuple[int, int] | None = None
    line_words: list[str] = []
    # running numbers of Tesseract's lines and blocks (paragraphs): the page's layout
    line_no = block_no = 0
    for i, raw in enumerate(data["text"]):
        text = raw.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if key != current_line:
            if line_words:
                lines.append(" ".join(line_words))
            if current_block is not None and key[:2] != current_block:
                lines.append("")
                block_no += 1
            if current_line is not None:
                line_no += 1
            current_line, current_block, line_words = key, key[:2], []
        line_words.append(text)
        left, top = data["left"][i], data["top"][i]
        words.append(
            {
                "text": text,
                "x0": left * points_per_pixel,
                "top": top * points_per_pixel,
                "x1": (left + data["width"][i]) * points_per_pixel,
                "bottom": (top + data["height"][i]) * points_per_pixel,
                "conf": conf,
                "line_no": line_no,
                "block_no": block_no,
            }
        )
    if line_words:
        lines.append(" ".join(line_words))
    mean_conf = sum(w["conf"] for w in words) / len(words) if words else None
    return words, "\n".join(lines), mean_conf
