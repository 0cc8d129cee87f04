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
from pipeline.pdf_text import (
    PARAGRAPH_GAPS,
    paragraph_breaks,
    read_text_layer,
    text_from_words,
    text_layer_text,
    text_layer_words,
)


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
    # the 14 pt title stands 26 pt above the body: a paragraph gap, an empty line
    assert layer["text"].startswith("Besluit op uw Woo-verzoek\n\nGeachte heer,")
    assert "\n\n" not in layer["text"].split("\n\n", 1)[1]
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


def _lines(tops: list[float], size: float) -> list[list[dict]]:
    """One-word lines at these tops, word boxes one em tall (pdfplumber's)."""
    return [[{"text": "w", "x0": 72.0, "top": t, "x1": 90.0, "bottom": t + size}] for t in tops]


def _tops(pitches: list[float], start: float = 100.0) -> list[float]:
    tops = [start]
    for pitch in pitches:
        tops.append(tops[-1] + pitch)
    return tops


@pytest.mark.parametrize(
    ("pitches", "size", "breaks"),
    [
        # a typed empty line: 10.5 pt type at 13.5 pt pitch, the empty row 27 pt
        ([13.5, 13.5, 27.0, 13.5, 13.5, 27.0], 10.5, {3, 6}),
        # a word processor's spacing after a paragraph: 11 pt type, 13.4 pitch, 8 pt after
        ([13.4, 21.4, 13.4, 13.4, 21.4, 13.4], 11.0, {2, 5}),
        # one em of extra space above a line (a heading's spacing before it) is a break
        ([14.0, 14.0, 24.0, 14.0, 14.0], 10.0, {3}),
        # double spacing throughout is the page's normal gap; a paragraph gap above it is not
        ([26.8, 26.8, 26.8, 45.0, 26.8, 26.8], 11.0, {4}),
        # short paragraphs, more gaps than lines within them: still the low quantile
        ([13.5, 27.0, 27.0, 13.5, 27.0, 27.0, 13.5, 27.0], 10.5, {2, 3, 5, 6, 8}),
        # two lines only: the normal gap is taken from the type size
        ([30.0], 10.0, {1}),
        ([12.0], 10.0, set()),
        # a superscript row 4 pt above its line, and the line after it
        ([14.0, 10.0, 4.0, 14.0, 14.0], 10.0, set()),
    ],
)
def test_a_paragraph_gap_is_extra_space_beyond_the_page_normal_gap(
    pitches: list[float], size: float, breaks: set[int]
) -> None:
    assert paragraph_breaks(_lines(_tops(pitches), size), PARAGRAPH_GAPS) == breaks


def test_page_text_has_an_empty_line_at_a_gap_and_none_on_a_one_line_page() -> None:
    words = [
        {"text": t, "x0": x, "top": top, "x1": x + 30, "bottom": top + 10}
        for t, x, top in [
            ("Van:", 72, 100), ("A", 110, 100), ("Aan:", 72, 113), ("B", 110, 113),
            ("Onderwerp:", 72, 126), ("C", 140, 126), ("Beste", 72, 152), ("B,", 110, 152),
        ]
    ]  # fmt: skip
    assert text_from_words(words) == "Van: A\nAan: B\nOnderwerp: C\n\nBeste B,"
    assert text_from_words(words[:2]) == "Van: A"
    assert text_from_words([]) == ""
