"""The PDFium text layer gives what pdfplumber gives (the stages after it were written
against pdfplumber's words, text and rectangles), and big files are read in chunks."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from flows.pages import MAX_CHUNK_PAGES, page_chunks
from pipeline.pdf_text import read_text_layer, text_layer_text, text_layer_words


def _letter() -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 780, "Besluit op uw Woo-verzoek")
    pdf.setFont("Helvetica", 10)
    lines = [
        "Geachte heer,  op 12 april 2022 ontving ik uw verzoek (kenmerk 2022/0412).",
        "Uw verzoek gaat over de datalekken bij de gemeente in 2021 en 2022.",
        "Contactpersoon:",
    ]
    for i, line in enumerate(lines):
        pdf.drawString(72, 740 - 14 * i, line)
    pdf.drawString(260, 740 - 14 * 2, "telefoon 030 - 286 00 00")
    pdf.setFillColorRGB(0, 0, 0)
    pdf.rect(160, 740 - 14 * 2 - 3, 90, 12, stroke=0, fill=1)  # a redaction box
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(180, 740 - 14 * 2, "5.1.2.e")  # its label
    pdf.setLineWidth(1.5)
    pdf.rect(70, 600, 300, 40, stroke=1, fill=0)  # a frame, stroked only
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    path.write_bytes(_letter())
    return path


def test_pdfium_text_and_words_match_pdfplumber(letter: Path) -> None:
    with pdfplumber.open(letter) as plumber:
        expected_text = text_layer_text(plumber.pages[0])
        expected_words = text_layer_words(plumber.pages[0])
    pdf = pdfium.PdfDocument(str(letter))
    layer = read_text_layer(pdf[0])
    assert layer["text"] == expected_text
    assert [w["text"] for w in layer["words"]] == [w["text"] for w in expected_words]
    for got, want in zip(layer["words"], expected_words, strict=True):
        assert got["x0"] == pytest.approx(want["x0"], abs=0.5)
        assert got["x1"] == pytest.approx(want["x1"], abs=0.5)
        assert got["bottom"] == pytest.approx(want["bottom"], abs=1.0)


def test_pdfium_rects_match_pdfplumber(letter: Path) -> None:
    with pdfplumber.open(letter) as plumber:
        expected = sorted(plumber.pages[0].rects, key=lambda r: r["top"])
    pdf = pdfium.PdfDocument(str(letter))
    rects = sorted(read_text_layer(pdf[0])["rects"], key=lambda r: r["top"])
    assert len(rects) == len(expected) == 2
    for got, want in zip(rects, expected, strict=True):
        for key in ("x0", "top", "x1", "bottom"):
            assert got[key] == pytest.approx(want[key], abs=0.2)
        assert bool(got["fill"]) == bool(want["fill"])
        assert bool(got["stroke"]) == bool(want["stroke"])
    box = rects[0]
    assert box["fill"] and max(box["non_stroking_color"]) < 0.05  # black


def test_page_chunks_cover_every_page_once_in_order() -> None:
    for n_pages in (0, 1, 3, 10, 17, 1000):
        chunks = list(page_chunks(n_pages, workers=2))
        assert [p for chunk in chunks for p in chunk] == list(range(1, n_pages + 1))
        assert all(len(chunk) <= MAX_CHUNK_PAGES for chunk in chunks)
    assert len(list(page_chunks(3, workers=2))) == 2  # both workers get pages
