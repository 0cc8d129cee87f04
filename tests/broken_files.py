"""Broken inputs, made on the fly: every kind of file a real run meets and must survive."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from reportlab.pdfgen import canvas


def _two_page_pdf() -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1)
    for n in (1, 2):
        pdf.drawString(72, 720, f"Pagina {n} van 2. Dit is een gewone pagina met tekst erop.")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def write_broken_files(folder: Path) -> dict[str, Path]:
    """Write one file of each broken kind; returns kind -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    good = _two_page_pdf()
    files = {
        "empty": folder / "leeg.pdf",
        "text": folder / "eigenlijk-tekst.pdf",
        "truncated": folder / "afgebroken.pdf",
        "encrypted": folder / "versleuteld.pdf",
        "bad_page": folder / "kapotte-pagina.pdf",
    }
    files["empty"].write_bytes(b"")
    files["text"].write_text("Dit is geen PDF maar een tekstbestand.\n" * 20)
    files["truncated"].write_bytes(good[: len(good) // 2])
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.save(files["encrypted"], encryption=pikepdf.Encryption(user="geheim", owner="geheim"))
    with pikepdf.open(io.BytesIO(good)) as pdf:
        # The page tree points at something that is not a page: PDFium cannot load page 2.
        pdf.Root.Pages.Kids[1] = pikepdf.Dictionary(Type=pikepdf.Name.Foo)
        pdf.save(files["bad_page"])
    return files
