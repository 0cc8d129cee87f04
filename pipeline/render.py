"""Page rendering with pypdfium2 (far faster than pdfplumber's renderer)."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

# PDFium is not thread-safe; the flow renders from a thread pool.
_PDFIUM_LOCK = threading.Lock()


def render_page(pdf_path: Path | str, page_no: int, dpi: int = 300) -> Image.Image:
    """Render page `page_no` (from 1) as an RGB image at `dpi`."""
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            page = pdf[page_no - 1]
            bitmap = page.render(scale=dpi / 72.0)
            image = bitmap.to_pil().convert("RGB")
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
