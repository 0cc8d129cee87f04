"""Page rendering with pypdfium2 (far faster than pdfplumber's renderer), within a budget."""

from __future__ import annotations

import math
import threading
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image

# PDFium is not thread-safe; the flow renders from a thread pool.
_PDFIUM_LOCK = threading.Lock()

#: No page is rendered larger than this (A2 at 300 dpi is 35 Mpx; a blank 14,400 pt page at
#: 300 dpi would be 3,600 Mpx, 10 GiB): bigger pages are rendered at a lower resolution.
MAX_PAGE_PIXELS = 36_000_000
#: Scans are read at the resolution of their image, within these bounds: Tesseract reads a
#: 200 dpi scan at 200 dpi in ~75 % of the CPU it takes upscaled to 300. On the real gold
#: (tests/gold: scans of 144, 300 and 600 dpi) every figure is the same read at 200 as at
#: 300; below 200 the page confidence drops (a 144 dpi e-mail: 93.1 at 300, 92.5 at 200,
#: 92.2 at 144), so smaller scans are still upscaled to 200. (On the generated sample the
#: upscaled read was slightly better: CER 1.07 % against 1.17 %.)
MIN_OCR_DPI = 200
MAX_OCR_DPI = 300


def ocr_dpi(images: list[dict[str, Any]], width: float, height: float) -> int:
    """The resolution to read a page at: that of its largest image (a scan), between
    `MIN_OCR_DPI` and `MAX_OCR_DPI`; `MAX_OCR_DPI` for a page with no image."""
    best, best_area = None, 0.0
    for image in images:
        w_pt, h_pt = image["x1"] - image["x0"], image["bottom"] - image["top"]
        if image.get("px_width") and w_pt * h_pt > best_area and w_pt > 1 and h_pt > 1:
            best_area = w_pt * h_pt
            best = max(image["px_width"] / w_pt, image["px_height"] / h_pt) * 72.0
    if best is None:
        return MAX_OCR_DPI
    return int(min(MAX_OCR_DPI, max(MIN_OCR_DPI, round(best))))


def budget_dpi(width: float, height: float, dpi: float) -> float:
    """`dpi`, lowered where needed so a `width` x `height` pt page stays within
    `MAX_PAGE_PIXELS`."""
    pixels = (width * dpi / 72.0) * (height * dpi / 72.0)
    if pixels <= MAX_PAGE_PIXELS:
        return dpi
    return dpi * math.sqrt(MAX_PAGE_PIXELS / pixels)


def render_open_page(page: Any, dpi: float) -> Image.Image:
    """Render an open PDFium page as an RGB image at `dpi` (lowered to the pixel budget:
    the caller reads the actual scale from the image size)."""
    width, height = page.get_size()
    bitmap = page.render(scale=budget_dpi(width, height, dpi) / 72.0)
    try:
        return bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()


def downsample(image: Image.Image, width_pt: float, dpi: float) -> Image.Image:
    """`image` of a page `width_pt` wide at `dpi`, when that is smaller than it is."""
    width_px = round(width_pt * dpi / 72.0)
    if width_px >= 0.95 * image.width:
        return image
    height_px = max(1, round(image.height * width_px / image.width))
    return image.resize((width_px, height_px), Image.Resampling.LANCZOS)


def render_page(pdf_path: Path | str, page_no: int, dpi: int = 300) -> Image.Image:
    """Render page `page_no` (from 1) of a file as an RGB image at `dpi` (within budget)."""
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            page = pdf[page_no - 1]
            image = render_open_page(page, dpi)
            page.close()
        finally:
            pdf.close()
    return image


def count_pages(pdf_path: Path | str) -> int:
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            return len(pdf)
        finally:
            pdf.close()
