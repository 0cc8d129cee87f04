"""Narrow redaction boxes (one initial, a house number) and ground codes that head a table's
columns, from the unseen gold's misses (tests/gold/unseen, Inv-20-0774; docs/real-eval.md).

A box narrower than `min_box_width_pt` is kept where it stands as a redaction box stands:
in a line of text, about as tall as the words beside it, with paper on both sides on a
scan. A ground code with ticks under it, or in a row of coloured column headings, is a
table's heading, not the label of whited-out text. Synthetic pages show each rule and its
counter-examples (a bullet, a rule, a speck, the stroke of heavy type, a form's labels); the
real pages (born-digital, and scanned as `scripts/real_eval.py --rescan` does, with
Tesseract on a band of the page to keep them quick) show them where they were found.
"""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from test_redactions import _chars, _real_text_page

from pipeline.ocr import ocr_image
from pipeline.pdf_text import read_text_layer
from pipeline.redactions import (
    detect_redaction_boxes_image,
    detect_redaction_boxes_vector,
    find_coloured_label_marks,
    find_coloured_labels_image,
    find_text_ground_marks,
    redact_page,
)
from woo_eval.sample.scan import SCAN_DPI, _scan_image

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
INV_0774 = (
    REFERENCE
    / "real-wob-dev"
    / "inventories"
    / "Inv-20-0774+Wob+besluit+inventarisatielijst+en+documenten+(2).pdf"
)
BIJ_DOCUMENT_2 = REFERENCE / "real-wob-dev" / "bundles" / "Bij-Document+2.pdf"
KRUIMEL = (
    REFERENCE
    / "real-wob-dev"
    / "letters"
    / "besluit_niet_binnen_reikwijdte_wob_verzoek_uitvoeringsrichtlijn_kruimelgevallen.pdf"
)
PAGE_W, PAGE_H = 595.0, 842.0
GREY = (0.667, 0.667, 0.667)


def _rect(x0: float, top: float, x1: float, bottom: float, colour=GREY) -> dict:
    return {
        "x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True,
        "non_stroking_color": colour,
    }  # fmt: skip


def _word(text: str, x0: float, top: float, height: float = 8.0, conf: float | None = None) -> dict:
    word = {"text": text, "x0": x0, "top": top, "x1": x0 + 4.5 * len(text), "bottom": top + height}
    if conf is not None:
        word["conf"] = conf
    return word


# --- narrow boxes, vector path ----------------------------------------------------------


def test_a_narrow_box_in_a_line_of_8pt_text_is_a_box():
    """Inv-20-0774 p7: `Huisnummer [4 x 8 pt grey box]`, `tussenvoegsel en [box]`."""
    rects = [_rect(318, 236, 325.4, 243.9), _rect(138, 218, 142, 225.9)]
    words = [_word("Huisnummer", 276, 236), _word("tussenvoegsel", 75, 218), _word("en", 118, 218)]
    found = detect_redaction_boxes_vector(rects, PAGE_W, PAGE_H, words)
    assert [round(b["x0"]) for b in found] == [138, 318]
    # without the page's words no narrow box can prove itself: as before
    assert detect_redaction_boxes_vector(rects, PAGE_W, PAGE_H) == []


def test_narrow_shapes_that_are_no_box_stay_out():
    words = [_word("Inleiding", 100, 300, height=16.0), _word("Tekst", 100, 400)]
    rects = [
        _rect(80, 305, 86.5, 311.5, (0, 0, 0)),  # a square bullet before a 14 pt heading
        _rect(60, 398, 61, 410, (0, 0, 0)),  # a table's vertical rule, 1 pt
        _rect(300, 360, 304, 420, (0, 0, 0)),  # a bar down several lines, 4 pt wide
        _rect(400, 500, 406, 508),  # a small grey square where no text line is
    ]
    assert detect_redaction_boxes_vector(rects, PAGE_W, PAGE_H, words) == []


def test_narrow_pieces_side_by_side_do_not_merge_into_a_wide_box():
    # two 5 pt strokes 1 pt apart (heavy type drawn as paths) on no text line
    rects = [_rect(200, 600, 205, 612, (0, 0, 0)), _rect(206, 600, 211, 612, (0, 0, 0))]
    assert detect_redaction_boxes_vector(rects, PAGE_W, PAGE_H, []) == []


# --- narrow boxes, image path -----------------------------------------------------------

PT_PER_PX = 0.5  # a synthetic page at 144 dpi


def _page() -> np.ndarray:
    return np.full((round(PAGE_H / PT_PER_PX), round(PAGE_W / PT_PER_PX), 3), 245, np.uint8)


def _fill(image: np.ndarray, x0: float, top: float, x1: float, bottom: float, value: int) -> None:
    px = [round(v / PT_PER_PX) for v in (x0, top, x1, bottom)]
    cv2.rectangle(image, (px[0], px[1]), (px[2] - 1, px[3] - 1), (value,) * 3, thickness=-1)


def test_a_narrow_grey_box_on_a_scan_is_kept_and_a_stroke_of_heavy_type_is_not():
    image = _page()
    _fill(image, 318, 236, 325.5, 244, 150)  # the box after `Huisnummer`, paper around it
    # heavy type on a text line too: a 5 pt stem with the next letter 0.8 pt from it
    _fill(image, 200, 400, 205, 412, 20)
    _fill(image, 205.8, 404, 212, 412, 20)
    words = [_word("Huisnummer", 276, 237, height=6.0), _word("Kerst", 150, 401, height=11)]
    found = detect_redaction_boxes_image(image, PT_PER_PX, words)
    assert len(found) == 1
    assert abs(found[0]["x0"] - 318) <= 1 and abs(found[0]["top"] - 236) <= 1


def test_a_narrow_square_bullet_and_a_speck_on_a_scan_are_no_boxes():
    image = _page()
    _fill(image, 80, 304, 86.5, 310.5, 20)  # a bullet before a 14 pt heading
    _fill(image, 300, 500, 303.5, 503.5, 60)  # a speck
    words = [_word("Inleiding", 100, 300, height=14.0), _word("tekst", 310, 498)]
    assert detect_redaction_boxes_image(image, PT_PER_PX, words) == []


# --- real pages ---------------------------------------------------------------------------


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"../shared/reference not present: {path.name}")


def _text_page(path: Path, page_no: int) -> dict:
    _need(path)
    pdf = pdfium.PdfDocument(str(path))
    try:
        return read_text_layer(pdf[page_no - 1])
    finally:
        pdf.close()


def _ocr_band(image: np.ndarray, scale: float, top: float, bottom: float):
    """A horizontal band of a page image (points `top`..`bottom`) and Tesseract's words on
    it, in the band's own points."""
    band = np.ascontiguousarray(image[round(top / scale) : round(bottom / scale)])
    words, _, _ = ocr_image(Image.fromarray(band).convert("L"), scale)
    return band, words


def _scanned_band(path: Path, page_no: int, top: float, bottom: float):
    """A band of a text-layer page scanned as the rescan does (200 dpi grey JPEG, skewed),
    with its OCR words; and the points per pixel."""
    _need(path)
    jpeg = _scan_image(path, page_no, 0.6, np.random.default_rng([20221, page_no]))
    image = np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"))
    scale = 72 / SCAN_DPI
    return *_ocr_band(image, scale, top, bottom), scale


def _narrow(found: list[dict]) -> list[tuple[int, int]]:
    return sorted((round(b["x0"]), round(b["top"])) for b in found if b["x1"] - b["x0"] < 8)


def test_real_narrow_boxes_of_a_web_form_born_digital():
    """Inv-20-0774 p7 (gold: 21 boxes): 4 boxes of 4.0-7.4 pt, over an initial, a
    tussenvoegsel and two house numbers, were lost to the 8 pt minimum."""
    found = _real_text_page(INV_0774, 7)
    assert _narrow(found) == [(138, 218), (289, 639), (318, 236), (343, 218)]
    assert len(found) == 21


def test_real_narrow_boxes_of_a_web_form_rescanned():
    band, words, scale = _scanned_band(INV_0774, 7, 200.0, 260.0)
    found, _ = redact_page(
        width=PAGE_W, height=60.0, words=words, image=band, scale=scale
    )  # the name line (initial, name, a short third box) and `Huisnummer [box]`
    narrow = _narrow(found)
    assert len(narrow) == 3, narrow
    for (x, y), (gold_x, gold_y) in zip(narrow, [(138, 18), (318, 36), (343, 18)], strict=True):
        assert abs(x - gold_x) <= 4 and abs(y - gold_y) <= 4


def test_real_heavy_display_type_on_a_scan_gives_no_narrow_box():
    """Bij-documenten p19, rescanned: a Christmas card's bold lettering (`BUON NATALE!`)
    leaves 4-5 pt strokes after the opening, on no line of OCR'd text. The band also cuts
    the card's tree: its pieces are too mottled for the trimmed second cut of a blob."""
    band, words, scale = _scanned_band(
        REFERENCE / "real-wob-dev" / "bundles" / "Bij-documenten.pdf", 19, 660.0, 760.0
    )
    assert detect_redaction_boxes_image(band, scale, words) == []


def test_real_strip_of_a_labelled_black_box_is_no_box_of_its_own():
    """A scanned letter (kruimelgevallen p2, rendered as a run does at 300 dpi): a black
    box with a white `10.2.e` flush left, over `Manager VTH`. The label's `1` cuts a
    3.6 pt strip off the box's left end: no text line of its own (the label is the box's)
    and the box, not paper, beside it. No narrow box."""
    _need(KRUIMEL)
    pdf = pdfium.PdfDocument(str(KRUIMEL))
    try:
        image = np.asarray(pdf[1].render(scale=300 / 72).to_pil().convert("RGB"))
        scale = pdf[1].get_width() / image.shape[1]
    finally:
        pdf.close()
    _, words = _ocr_band(image, scale, 400.0, 450.0)
    words = [{**w, "top": w["top"] + 400.0, "bottom": w["bottom"] + 400.0} for w in words]
    found = [b for b in detect_redaction_boxes_image(image, scale, words) if 415 < b["top"] < 430]
    assert len(found) == 1 and found[0]["x1"] - found[0]["x0"] > 40


def test_real_grey_boxes_of_two_lines_with_text_touching_are_cut_apart():
    """Inv-20-0774 p10 rescanned: `http://www[box].nl/` on two consecutive lines, grey
    boxes of 92 and 59 pt with one left edge, overlapping 1 pt: one blob, and the `w`
    touching its left edge made every band of rows too short to be a box (both lost)."""
    band, words, scale = _scanned_band(INV_0774, 10, 640.0, 700.0)
    found = detect_redaction_boxes_image(band, scale, words)
    pair = sorted(
        (round(b["top"]), round(b["x1"] - b["x0"])) for b in found if abs(b["x0"] - 273) < 5
    )
    assert len(pair) == 2, pair
    (top_a, width_a), (top_b, width_b) = pair
    assert abs(top_a - 18) <= 3 and abs(top_b - 30) <= 3
    assert abs(width_a - 92) <= 4 and abs(width_b - 59) <= 4


# --- codes heading a table's columns --------------------------------------------------------


def test_codes_over_columns_of_ticks_are_no_marks():
    """An inventory's ground columns: `10.2.d 10.2.e` over rows of `x` (OCR words)."""
    words = [_word("DOC", 75, 82), _word("10.2.d", 436, 82), _word("10.2.e", 488, 82)]
    for top in (100, 115, 129):
        words += [_word("klacht", 183, top), _word("x", 437, top), _word("x", 489, top)]
    assert find_text_ground_marks(words) == []


def test_a_form_s_column_of_codes_or_values_keeps_its_marks():
    """Codes as the values of a form's labels stay marks: under a code stands the next
    code or a value, not a tick."""
    codes = [_word(label, 60, top) for label, top in (("Naam:", 100), ("Adres:", 112))]
    codes += [_word("5.1.2.e", 120, top) for top in (100, 112, 124)]
    assert len(find_text_ground_marks(codes)) == 3
    values = [_word("Naam:", 60, 100), _word("5.1.2.e", 120, 100)]
    values += [_word("12", 120, 112), _word("maart", 132, 112), _word("Utrecht", 120, 124)]
    assert [m["ground"] for m in find_text_ground_marks(values)] == ["5.1.2.e"]


def test_running_text_under_a_code_does_not_make_it_a_heading():
    words = [_word("Bezwaar", 60, 100), _word("10.2.e", 100, 100)]
    words += [_word("a", 100, 112), _word("verderop", 108, 112)]  # across the code's edge
    words += [_word("x", 105, 124)]
    assert len(find_text_ground_marks(words)) == 1


BLUE, RED, BLACK = (0.0, 0.44, 0.75), (0.9, 0.1, 0.1), (0.0, 0.0, 0.0)


def test_a_row_of_coloured_headings_is_no_label_and_a_lone_red_label_is():
    body = _chars("Naam van de voorzitter en de leden van de commissie " * 3, 40, 400, BLACK)
    heading_row = (
        _chars("DOC", 40, 100, BLUE)
        + _chars("OMSCHRIJVING", 100, 100, BLUE)
        + _chars("10.2.e", 240, 100, BLUE)
    )
    assert find_coloured_label_marks(body + heading_row) == []
    lone = _chars("Behandelaar", 40, 200, BLACK) + _chars("10.2.e", 120, 200, RED)
    assert [m["ground"] for m in find_coloured_label_marks(body + lone)] == ["10.2.e"]


def test_real_inventory_headings_are_no_marks_born_digital():
    """Inv-20-0774 p6: blue bold `DOC ID OMSCHRIJVING geheel deels niet 10.2.d 10.2.e
    10.2.g` over columns of `x`: no redaction on the page."""
    assert _real_text_page(INV_0774, 6) == []


def test_real_inventory_headings_are_no_marks_rescanned():
    band, words, scale = _scanned_band(INV_0774, 6, 40.0, 160.0)
    found, _ = redact_page(width=842.0, height=120.0, words=words, image=band, scale=scale)
    assert found == []


def test_real_inventory_headings_in_colour_are_no_labels():
    """The same page rendered in colour: the coloured-ink path sees blue codes; the page's
    words (the text layer's, where OCR would read the same) show the heading row."""
    layer = _text_page(INV_0774, 6)
    pdf = pdfium.PdfDocument(str(INV_0774))
    try:
        image = np.asarray(pdf[5].render(scale=200 / 72).to_pil().convert("RGB"))
    finally:
        pdf.close()
    scale = layer["width"] / image.shape[1]
    assert len(find_coloured_labels_image(image, scale)) == 3  # without the words: as before
    assert find_coloured_labels_image(image, scale, layer["words"]) == []


def test_real_red_labels_of_a_scanned_form_stay_found():
    """Bij-Document+2 p1 (a scanned page): two small red `10.2.e` where a name was whited
    out, in a form's cells; Tesseract's words of the form do not make them headings."""
    _need(BIJ_DOCUMENT_2)
    pdf = pdfium.PdfDocument(str(BIJ_DOCUMENT_2))
    try:
        page = pdf[0]
        width = page.get_width()
        image = np.asarray(page.render(scale=300 / 72).to_pil().convert("RGB"))
    finally:
        pdf.close()
    scale = width / image.shape[1]
    band, words = _ocr_band(image, scale, 60.0, 280.0)
    found, _ = redact_page(width=width, height=220.0, words=words, image=band, scale=scale)
    assert [(m["ground"], m["method"]) for m in found] == [("10.2.e", "text_mark")] * 2
