"""Redaction boxes blanked before a scan's OCR (issue 8): Tesseract's one threshold, pulled
down by black boxes, loses faint type and reads a box's edge with the letters beside it
(`Onderwerp: Re: [box]` -> `= * ies`). The boxes with nothing on them are painted white,
each comes back in the page's text as `▮` in its line, and the redaction reader sees the
words read with its boxes as they are in the scan.

Hand-made words and images show each step; the real page (Bij-document+9, scanned as
`scripts/real_eval.py --rescan` does) shows the whole read where it was found.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from test_emails import _document

import pipeline.redactions.blanking as blanking
from flows.page_reader import read_open_page
from pipeline.emails import extract_emails
from pipeline.grounds import BOX_MARK
from pipeline.ocr import ocr_image
from pipeline.redactions.blanking import (
    _blank,
    _blanks,
    _with_box_marks,
    read_scan_boxes_blanked,
)
from pipeline.render import MAX_OCR_DPI, downsample, render_open_page
from woo_eval.sample.scan import scan_angles, scan_pdf

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
BIJ_DOCUMENT_9 = REFERENCE / "real-wob-dev" / "bundles" / "Bij-document+9.pdf"
#: the rescan's seed and this file's place among the text-layer gold PDFs it scans
RESCAN_SEED, RESCAN_INDEX = 20221, 3


def _word(text: str, x0: float, top: float, x1: float, line_no: int, block_no: int = 0) -> dict:
    return {
        "text": text, "x0": x0, "top": top, "x1": x1, "bottom": top + 8.0, "conf": 95.0,
        "line_no": line_no, "block_no": block_no,
    }  # fmt: skip


def _box(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _lines(words: list[dict]) -> list[str]:
    lines: dict[int, list[str]] = {}
    for w in words:
        lines.setdefault(w["line_no"], []).append(w["text"])
    return [" ".join(lines[n]) for n in sorted(lines)]


HEADER = [
    _word("Van:", 50, 100, 70, 0),
    _word("Verzonden:", 50, 112, 100, 1),
    _word("dinsdag", 105, 112, 140, 1),
    _word("Onderwerp:", 50, 124, 100, 2),
    _word("Re:", 105, 124, 118, 2),
    _word("Geachte", 50, 160, 90, 3, block_no=1),
]


def test_a_box_comes_back_as_a_mark_in_the_line_it_stands_in():
    words = _with_box_marks(HEADER, [_box(122, 123, 300, 133), _box(75, 99, 180, 109)])
    assert _lines(words) == [
        f"Van: {BOX_MARK}",
        "Verzonden: dinsdag",
        f"Onderwerp: Re: {BOX_MARK}",
        "Geachte",
    ]
    [mark] = [w for w in words if w["line_no"] == 2 and w["text"] == BOX_MARK]
    assert (mark["x0"], mark["top"], mark["x1"], mark["bottom"]) == (122, 123, 300, 133)
    assert mark["conf"] is None and mark["block_no"] == 0  # nothing was read there
    assert HEADER[-1]["line_no"] == 3  # the words given are not changed


def test_a_box_on_a_row_of_its_own_is_a_line_before_the_next_line_of_its_column():
    """A signature's box under `Met vriendelijke groet`; two boxes side by side on one row
    make one line; a box over two lines of text is not either line's."""
    words = _with_box_marks(
        HEADER,
        [_box(50, 140, 120, 150), _box(130, 140, 200, 150), _box(200, 99, 260, 122)],
    )
    assert _lines(words) == [
        "Van:",
        BOX_MARK,
        "Verzonden: dinsdag",
        "Onderwerp: Re:",
        f"{BOX_MARK} {BOX_MARK}",
        "Geachte",
    ]
    assert [w["line_no"] for w in words] == sorted(w["line_no"] for w in words)
    assert words[-1]["block_no"] == 1


def test_blanking_paints_the_box_ink_and_leaves_the_letters_under_its_bounds():
    """On a skewed scan a box's upright bounds reach into the line below: only what an
    opening wider than a stroke leaves (the box) and its blur are painted."""
    page = np.full((120, 400), 235, np.uint8)
    page[20:50, 40:300] = 20  # the box: 30 px tall at 200 dpi, ~11 pt
    page[52:80, 60:63] = 30  # the stem of a `d` just under it, inside the bounds given
    bounds = _box(40 * 0.36, 20 * 0.36, 300 * 0.36, 56 * 0.36)  # 6 px too low
    blank = np.asarray(_blank(Image.fromarray(page), [bounds], 0.36))
    assert (blank[20:50, 40:300] == 255).all()
    assert (blank[56:80, 60:63] == 30).all()


def test_only_black_boxes_with_nothing_on_them_are_blanked():
    """A grey box lies above Tesseract's threshold (blanking it lowers the threshold); a
    label on a black box, or a band's heading, is for Tesseract to read."""
    page = np.full((300, 600, 3), 235, np.uint8)
    page[20:60, 20:300] = 15  # black, empty
    page[100:140, 20:300] = 165  # grey, empty
    page[180:220, 20:300] = 15  # black, with a white label on it
    page[190:210, 40:44] = page[190:210, 60:64] = page[190:194, 40:64] = 250
    scale = 0.24  # 300 dpi
    blanks = [
        _blanks(_box(20 * scale, top * scale, 300 * scale, (top + 40) * scale), page, scale)
        for top in (20, 100, 180)
    ]
    assert blanks == [True, False, False]


def _skewed_band(page: np.ndarray, x0: int, top: int, x1: int, bottom: int, degrees: float):
    """A dark band turned by `degrees` as a skewed scan turns it; its upright bounds in
    points at 300 dpi."""
    drop = round((x1 - x0) * np.tan(np.radians(degrees)))
    corners = np.array([[x0, top], [x1, top + drop], [x1, bottom + drop], [x0, bottom]])
    cv2.fillPoly(page, [corners.astype(np.int32)], (40, 40, 40))
    return _box(x0 * 0.24, top * 0.24, x1 * 0.24, (bottom + drop) * 0.24)


def test_a_skewed_band_with_a_heading_at_its_edge_is_not_blanked():
    """Inv-20-0774 p9 rescanned: `Toelichting Incidentlocatie`, white, close to the top of a
    dark band turned 0.6 degrees; the label reader's crop takes the heading, touching the
    paper in the crop's corner, for paper. Boxes of two lines that touch, one wider than the
    other, are still empty."""
    page = np.full((400, 2000, 3), 235, np.uint8)
    band = _skewed_band(page, 100, 40, 1900, 80, 0.6)
    empty = _skewed_band(page, 100, 160, 1900, 200, 0.6)
    for x in range(140, 700, 30):  # letters from the band's top edge down
        page[38:70, x : x + 10] = 250
    upper = _box(100 * 0.24, 280 * 0.24, 900 * 0.24, 320 * 0.24)
    lower = _box(100 * 0.24, 321 * 0.24, 500 * 0.24, 361 * 0.24)
    page[280:321, 100:900] = page[321:361, 100:500] = 15
    assert [_blanks(b, page, 0.24) for b in (band, empty, upper, lower)] == [
        False, True, True, True
    ]  # fmt: skip


@pytest.fixture(scope="module")
def rescanned_mail(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bij-document+9 as the real-gold rescan renders it: 200 dpi grey JPEG, skewed."""
    if not BIJ_DOCUMENT_9.exists():
        pytest.skip(f"../shared/reference not present: {BIJ_DOCUMENT_9.name}")
    pdf = pdfium.PdfDocument(str(BIJ_DOCUMENT_9))
    n_pages = len(pdf)
    pdf.close()
    scanned = tmp_path_factory.mktemp("rescan") / BIJ_DOCUMENT_9.name
    angles = scan_angles(RESCAN_SEED, RESCAN_INDEX, n_pages)
    scan_pdf(BIJ_DOCUMENT_9, scanned, angles, RESCAN_SEED + RESCAN_INDEX)
    return scanned


def test_a_rescanned_header_reads_its_subject_and_date_with_the_boxes_blanked(
    rescanned_mail: Path,
):
    """p. 2: `Onderwerp: Re: [box]` was read `Onderwerp: = * ies` (no subject), and the
    sender's box must not take the tops of the date line under it."""
    pdf = pdfium.PdfDocument(str(rescanned_mail))
    try:
        result = read_open_page(pdf[1], "0" * 64, 2, str(rescanned_mail))
    finally:
        pdf.close()
    lines = result["page"]["text"].splitlines()
    assert f"Onderwerp: Re: {BOX_MARK}" in lines
    assert "Verzonden: dinsdag 4 augustus 2020 18:07" in lines
    assert any(line.startswith(f"Van: {BOX_MARK} mailto:info") for line in lines)
    # every box of the page is still found, and each mark stands on one of them
    marks = [w for w in result["words"] if w["text"] == BOX_MARK]
    boxes = result["redactions"]
    assert len(boxes) == 15 and len(marks) == 15
    for mark in marks:
        assert any(
            abs(mark["x0"] - b["x0"]) < 0.5 and abs(mark["top"] - b["top"]) < 0.5 for b in boxes
        )


def _page_images(path: Path, page_no: int) -> tuple[Image.Image, Image.Image, float]:
    """(the page rendered for the box detector, the grey image Tesseract reads, the page's
    width), as `flows.page_reader` makes them for a 200 dpi scan."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_no - 1]
        width = page.get_size()[0]
        image = render_open_page(page, MAX_OCR_DPI)
    finally:
        pdf.close()
    return image, downsample(image.convert("L"), width, 200), width


def test_the_redaction_reader_gets_the_words_read_and_no_marks(rescanned_mail: Path):
    image, text_image, width = _page_images(rescanned_mail, 2)
    scan = read_scan_boxes_blanked(np.asarray(image), width / image.width, text_image, width)
    assert BOX_MARK in scan.text and not any(w["text"] == BOX_MARK for w in scan.read_words)
    assert [(w["text"], w["x0"], w["top"]) for w in scan.words if w["text"] != BOX_MARK] == [
        (w["text"], w["x0"], w["top"]) for w in scan.read_words
    ]


def test_with_the_setting_off_the_page_is_read_as_it_is(monkeypatch, rescanned_mail: Path):
    monkeypatch.setattr(
        blanking, "SETTINGS", replace(blanking.SETTINGS, blank_boxes_before_ocr=False)
    )
    image, text_image, width = _page_images(rescanned_mail, 3)
    scan = read_scan_boxes_blanked(np.asarray(image), width / image.width, text_image, width)
    words, text, confidence = ocr_image(text_image, width / text_image.width)
    assert (scan.words, scan.text, scan.confidence) == (words, text, confidence)
    assert scan.read_words is scan.words and scan.solids is None


#: 08_mail_bm_aan_sd_vzs (a real scan) as read with its boxes blanked: each wrapped line of
#: the recipients opens with the box over the address before it
FORWARDED_HEADER = f"""Begin doorgestuurd bericht:

Van: "Halsema, Femke" {BOX_MARK}
Datum: 17 december 2018 om 18:43:48 CET
Aan: "Berends, Erna" {BOX_MARK} , "Bruggencate, Mascha
Ten" {BOX_MARK} , "Capel, Sebastiaan"
{BOX_MARK} , "Jadnanansing, Tanja"
{BOX_MARK} , "Poorter, Maarten"
{BOX_MARK} , "Unver, Emre" {BOX_MARK}
Kopie: {BOX_MARK}
{BOX_MARK}
Onderwerp: Locatie voor de stadsnomaden

Dag allemaal,"""


def test_a_recipient_line_opening_with_a_box_carries_the_list_on():
    [message], recipients, _ = extract_emails(_document("d", FORWARDED_HEADER))
    assert message["subject"] == "Locatie voor de stadsnomaden"
    names = [r["name"] for r in recipients if r["kind"] == "to"]
    assert names[-2:] == ["Poorter, Maarten", "Unver, Emre"] and len(names) == 6
    assert [r["redacted"] for r in recipients if r["kind"] == "cc"] == [True]
