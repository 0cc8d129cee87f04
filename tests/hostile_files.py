"""Hostile inputs, made on the fly: files a public archive receives from anyone.

(The page-budget kinds, huge pages and huge text draws, are made by tests/test_page_budget.)
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pikepdf
from reportlab.pdfgen import canvas


def _one_page_pdf(text: str) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _zero_page_pdf() -> bytes:
    pdf = pikepdf.new()
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _broken_xref(good: bytes) -> bytes:
    """Every cross-reference offset points at the wrong place (parsers must reconstruct)."""
    head, _, tail = good.partition(b"\nxref\n")
    lines = tail.split(b"\n")
    broken = [
        line[:10].replace(b"0", b"7") + line[10:] if line.endswith((b" n ", b" n")) else line
        for line in lines
    ]
    return head + b"\nxref\n" + b"\n".join(broken)


def _cyclic_pdf() -> bytes:
    """A page tree whose Kids array contains the tree itself, and a resource that refers to
    itself."""
    with pikepdf.open(io.BytesIO(_one_page_pdf("Een pagina met een kringverwijzing."))) as pdf:
        pages = pdf.Root.Pages
        loop = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.XObject))
        loop.Self = loop
        pdf.pages[0].Resources.Loop = loop
        pages.Kids.append(pages)
        buf = io.BytesIO()
        pdf.save(buf)
        return buf.getvalue()


def write_hostile_files(folder: Path) -> dict[str, Path]:
    """One file of each hostile kind; returns kind -> path. Same bytes twice: two names."""
    folder.mkdir(parents=True, exist_ok=True)
    good = _one_page_pdf("Besluit op uw Woo-verzoek van 1 maart 2022.")
    files = {
        "original": folder / "besluit.pdf",
        "same_bytes": folder / "kopie van besluit.pdf",
        "random": folder / "ruis.pdf",
        "broken_xref": folder / "kapotte-xref.pdf",
        "cyclic": folder / "kring.pdf",
        "shell_name": folder / "$(touch gehackt); `rm -rf x` & 'a' \"b\" |c.pdf",
        "zero_pages": folder / "nul-paginas.pdf",
    }
    files["original"].write_bytes(good)
    files["same_bytes"].write_bytes(good)
    files["random"].write_bytes(random.Random(7).randbytes(20_000))
    files["broken_xref"].write_bytes(_broken_xref(_one_page_pdf("Kapotte xref-tabel.")))
    files["cyclic"].write_bytes(_cyclic_pdf())
    files["shell_name"].write_bytes(_one_page_pdf("Een bestand met een vreemde naam."))
    files["zero_pages"].write_bytes(_zero_page_pdf())
    return files
