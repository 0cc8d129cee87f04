"""Page thumbnails: each page of a source PDF rendered small with pypdfium2."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

#: Thumbnail width on screen in CSS pixels; rendered at twice that so it stays sharp on
#: high-density screens and when zoomed in.
THUMB_WIDTH_PX = 200
THUMB_PIXEL_RATIO = 2


def thumbnail_name(source_id: str, page_no: int) -> str:
    return f"{source_id[:12]}-{page_no}.png"


def find_source_file(path: str | None, db_dir: Path) -> Path | None:
    """The source PDF as recorded in `sources.path` (absolute, or relative to the working
    folder or to the database's folder), or None when it is no longer there."""
    if not path:
        return None
    for candidate in (Path(path), db_dir / path):
        if candidate.is_file():
            return candidate
    return None


def render_thumbnails(
    pdf_path: Path, source_id: str, page_nos: list[int], out_dir: Path
) -> dict[int, str] | str:
    """Write a thumbnail of each page (1-based) of `pdf_path` into `out_dir`:
    {page_no: file name} of the pages rendered, or why the file could not be opened."""
    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except (pdfium.PdfiumError, OSError) as exc:
        return f"cannot open {pdf_path.name}: {exc}"
    try:
        names = {}
        for page_no in page_nos:
            name = thumbnail_name(source_id, page_no)
            if 1 <= page_no <= len(pdf) and _render_page(pdf[page_no - 1], out_dir / name):
                names[page_no] = name
        return names
    finally:
        pdf.close()


def _render_page(page: pdfium.PdfPage, out_png: Path) -> bool:
    """Render one page to `out_png`; False when PDFium cannot (that page says so)."""
    try:
        bitmap = page.render(scale=THUMB_WIDTH_PX * THUMB_PIXEL_RATIO / (page.get_width() or 1.0))
        try:
            bitmap.to_pil().convert("RGB").save(out_png, optimize=True)
        finally:
            bitmap.close()
        return True
    except pdfium.PdfiumError:
        return False
    finally:
        page.close()
