"""Redaction boxes, grounds, text marks and leaks on synthetic pages and real Wob PDFs."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from unittest.mock import patch

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.redactions import (
    SETTINGS,
    box_iou,
    detect_redaction_boxes_image,
    detect_redaction_boxes_vector,
    find_redaction_leaks,
    find_text_ground_marks,
    redact_page,
)
from pipeline.redactions import page as page_step
from pipeline.redactions import whiteouts as whiteout_step
from woo_eval.redactions import score_redaction_rows, score_redactions

REAL_WOB = Path(__file__).parents[2] / "shared" / "reference" / "real-wob"
PAGE_W, PAGE_H = A4

# (x0, top, x1, bottom, fill rgb, label, label rgb, expected ground, style)
SYNTHETIC_BOXES = [
    (150, 120, 260, 134, (0, 0, 0), "5.1.2.e", (1, 1, 1), "5.1.2.e", "black_white_label"),
    (120, 160, 300, 174, (0, 0, 0), "10.1.b;10.2.g", (0.85, 0, 0), "10.1.b;10.2.g", "black_red"),
    (200, 200, 330, 214, (0.55, 0.55, 0.55), "5.1.1.c", (0, 0, 0), "5.1.1.c", "grey_black"),
    (100, 240, 220, 254, (0, 0, 0), None, None, "5.1.2.e", "code_beside_box"),
    (300, 280, 420, 294, (0, 0, 0), None, None, None, "no_code"),
    (100, 320, 330, 334, (0.3, 0.3, 0.3), "Buiten reikwijdte", (1, 1, 1), "out_of_scope", "oos"),
    (90, 400, 300, 428, (0, 0, 0), "5.1.2.e", (1, 1, 1), "5.1.2.e", "black_two_lines"),
]
LEAK_TEXT = "Jan Jansen"  # drawn under the `no_code` box: still in the text layer


def _top(y_from_top: float) -> float:
    return PAGE_H - y_from_top


def _synthetic_pdf(with_redactions: bool = True) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    # letterhead: a red square logo, a full-width rule, a light shading band with text
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(40, _top(90), 50, 50, stroke=0, fill=1)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.rect(40, _top(100), PAGE_W - 80, 1.2, stroke=0, fill=1)
    c.setFillColorRGB(0.87, 0.87, 0.87)
    c.rect(40, _top(375), PAGE_W - 80, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 10)
    c.drawString(45, _top(372), "Strategisch overleg, agenda")
    # a table: thin rules only
    for i in range(5):
        c.rect(60, _top(460 + i * 20), 400, 0.5, stroke=0, fill=1)
    for x in (60, 200, 460):
        c.rect(x, _top(540), 0.5, 80, stroke=0, fill=1)
    c.drawString(65, _top(475), "Nr. Onderwerp Besluit")
    # underlined text
    c.drawString(60, _top(580), "Zie https://www.amsterdam.nl/wob")
    c.rect(60, _top(582), 160, 0.6, stroke=0, fill=1)
    # running text with a citation (not a mark) and a bare mark (an OCR'd box label)
    c.drawString(60, _top(620), "Op grond van artikel 5.1.2.e Woo maak ik namen niet openbaar.")
    c.drawString(60, _top(640), "Aan: 5.1.2.e")
    c.drawString(60, _top(660), "Kosten 5.122,50 euro op 15-12-2020, zie paragraaf 2.2.1.")
    c.drawString(40, _top(800), "Pagina 1 van 1")
    if with_redactions:
        for x0, top, x1, bottom, fill, label, label_rgb, ground, style in SYNTHETIC_BOXES:
            c.setFillColorRGB(0, 0, 0)
            c.drawString(60, _top(bottom - 3), "Naam:")
            if style == "no_code":
                c.drawString(x0 + 4, _top(bottom - 3), LEAK_TEXT)  # hidden under the box
            c.setFillColorRGB(*fill)
            c.rect(x0, _top(bottom), x1 - x0, bottom - top, stroke=0, fill=1)
            if label:
                c.setFillColorRGB(*label_rgb)
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x0 + 3, _top(top + (bottom - top) / 2 + 3), label)
                c.setFont("Helvetica", 10)
            if style == "code_beside_box":
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x1 + 3, _top(bottom - 3), ground)
    c.showPage()
    c.save()
    return buf.getvalue()


def _expected_boxes() -> list[dict]:
    return [
        {"x0": b[0], "top": b[1], "x1": b[2], "bottom": b[3], "ground": b[7]}
        for b in SYNTHETIC_BOXES
    ]


def _match(found: list[dict], expected: list[dict]) -> list[tuple[dict, dict]]:
    pairs = []
    for exp in expected:
        best = max(found, key=lambda f: box_iou(f, exp), default=None)
        if best is not None and box_iou(best, exp) >= 0.5:
            pairs.append((exp, best))
    return pairs


def _text_layer(page: pdfplumber.page.Page) -> dict:
    """What `redact_page` reads of a pdfplumber page's text layer."""
    return {"width": page.width, "height": page.height, "rects": page.rects,
            "chars": page.chars, "words": page.extract_words()}  # fmt: skip


def _scan(pdf_bytes: bytes, dpi: int = 200, angle: float = 0.4) -> tuple[np.ndarray, float]:
    """Rasterise like a scanner: slight rotation, grey noise."""
    page = pdfium.PdfDocument(pdf_bytes)[0]
    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
    pil = pil.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    rng = np.random.default_rng(7)
    arr = np.asarray(pil).astype(np.int16) + rng.normal(0, 6, (pil.height, pil.width, 1))
    return np.clip(arr, 0, 255).astype(np.uint8), 72 / dpi


@pytest.fixture(scope="module")
def synthetic_pdf() -> bytes:
    return _synthetic_pdf()


def test_vector_boxes_all_styles_and_no_rules_logos_or_shading(synthetic_pdf):
    with pdfplumber.open(io.BytesIO(synthetic_pdf)) as pdf:
        page = pdf.pages[0]
        boxes = detect_redaction_boxes_vector(page.rects, page.width, page.height)
    expected = _expected_boxes()
    assert len(boxes) == len(expected)
    assert len(_match(boxes, expected)) == len(expected)
    assert all(b["method"] == "vector" for b in boxes)


def test_redact_page_digital_reads_every_ground_and_the_leak(synthetic_pdf):
    with pdfplumber.open(io.BytesIO(synthetic_pdf)) as pdf:
        page = pdf.pages[0]
        redactions, leaks = redact_page(**_text_layer(page))
    boxes = [r for r in redactions if r["method"] == "vector"]
    pairs = _match(boxes, _expected_boxes())
    assert len(pairs) == len(SYNTHETIC_BOXES)
    assert [(e["ground"], f["ground"]) for e, f in pairs] == [(e["ground"],) * 2 for e, _ in pairs]
    # the bare `Aan: 5.1.2.e` is a text mark; the citation and the numbers are not
    marks = [r for r in redactions if r["method"] == "text_mark"]
    assert [(m["ground"], round(m["top"])) for m in marks] == [("5.1.2.e", 632)]
    assert marks[0]["confidence"] < min(b["confidence"] for b in boxes if b["ground"])
    # the name under the `no_code` box is a leak; labels are not
    assert len(leaks) == 1
    assert leaks[0]["n_chars"] == len(LEAK_TEXT.replace(" ", ""))
    assert set(leaks[0]) == {"x0", "top", "x1", "bottom", "n_chars"}
    assert 300 <= leaks[0]["x0"] < leaks[0]["x1"] <= 420


def test_no_boxes_on_a_page_without_redactions():
    pdf_bytes = _synthetic_pdf(with_redactions=False)
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        page = pdf.pages[0]
        assert detect_redaction_boxes_vector(page.rects, page.width, page.height) == []
    image, scale = _scan(pdf_bytes)
    assert detect_redaction_boxes_image(image, scale) == []


def test_image_boxes_on_a_skewed_noisy_scan(synthetic_pdf):
    image, scale = _scan(synthetic_pdf)
    boxes = detect_redaction_boxes_image(image, scale)
    expected = _expected_boxes()
    assert len(boxes) == len(expected)
    assert len(_match(boxes, expected)) == len(expected)


def test_redact_page_scanned_reads_grounds_by_ocr(synthetic_pdf):
    image, scale = _scan(synthetic_pdf)
    redactions, leaks = redact_page(width=PAGE_W, height=PAGE_H, image=image, scale=scale)
    assert leaks == []
    pairs = _match(redactions, _expected_boxes())
    got = {e["ground"]: f["ground"] for e, f in pairs if e["ground"] != "5.1.2.e"}
    # code beside the box: no page words given, read from the strip right of the box
    assert got == {
        "10.1.b;10.2.g": "10.1.b;10.2.g",
        "5.1.1.c": "5.1.1.c",
        "out_of_scope": "out_of_scope",
        None: None,
    }
    assert [f["ground"] for e, f in pairs if e["ground"] == "5.1.2.e"] == ["5.1.2.e"] * 3


def test_white_outs_and_highlighter_are_not_boxes():
    page = np.full((1100, 850, 3), 255, np.uint8)
    page[100:140, 100:400] = (252, 252, 250)  # white-out with a faint edge
    page[100, 100:400] = (180, 180, 180)
    page[200:230, 100:500] = (250, 240, 120)  # yellow highlighter stroke
    page[300:303, 50:800] = (60, 60, 60)  # a thick header rule
    assert detect_redaction_boxes_image(page, 72 / 100) == []


def test_touching_boxes_on_consecutive_lines_are_split():
    page = np.full((400, 600, 3), 255, np.uint8)
    page[100:114, 100:300] = 0
    page[114:128, 100:250] = 0  # the next line, narrower, touching
    page[114:128, 350:500] = 0  # and a second box on that line
    boxes = detect_redaction_boxes_image(page, 0.72)
    assert len(boxes) == 3


def test_text_marks_skip_codes_beside_boxes():
    words = [
        {"text": "Aan:", "x0": 50, "top": 100, "x1": 70, "bottom": 110},
        {"text": "5.1.2.e", "x0": 160, "top": 100, "x1": 190, "bottom": 110},
        {"text": "Van:", "x0": 50, "top": 120, "x1": 70, "bottom": 130},
        {"text": "512e", "x0": 80, "top": 120, "x1": 100, "bottom": 130},
        {"text": "BUITEN", "x0": 50, "top": 140, "x1": 90, "bottom": 150},
        {"text": "REIKWIJDTE", "x0": 92, "top": 140, "x1": 150, "bottom": 150},
    ]
    box = {"x0": 80, "top": 99, "x1": 155, "bottom": 111}
    marks = find_text_ground_marks(words, [box])
    assert [(m["ground"], m["ground_raw"]) for m in marks] == [
        ("5.1.2.e", "512e"),
        ("out_of_scope", "BUITEN REIKWIJDTE"),
    ]
    assert marks[1]["x0"] == 50 and marks[1]["x1"] == 150


def test_leaks_exclude_the_label_and_never_return_text():
    box = {"x0": 100, "top": 100, "x1": 200, "bottom": 112, "method": "vector"}
    chars = [
        {"text": ch, "x0": 102 + 5 * i, "top": 101, "x1": 106 + 5 * i, "bottom": 111}
        for i, ch in enumerate("5.1.2.e")
    ]
    assert find_redaction_leaks(chars, [box]) == []
    chars += [{"text": "X", "x0": 150, "top": 101, "x1": 155, "bottom": 111}]
    assert find_redaction_leaks(chars, [box]) == [
        {"x0": 100, "top": 100, "x1": 200, "bottom": 112, "n_chars": 1}
    ]


# --- real Wob PDFs -------------------------------------------------------------------

# Boxes per page counted by eye on 100 dpi renderings of each page (LOOKED at, not
# computed). 08: 2 in the outer header + 10 in the quoted header (lines that touch are
# separate boxes, one per line and side of a name). 17: 7 on the letter's first page, 3 in
# the signature block on page 3 (name, signature, function); the table of page 9-10 and
# the underlines of pages 5-7 are not boxes. 2_ and 9_: redactions are whited out (no
# box); the yellow highlighter and the grey header rule are not boxes. Inventory: grey
# shading bands behind section headings, no redactions.
REAL_WOB_BOXES_BY_EYE = {
    "08_mail_bm_aan_sd_vzs_besluit_terrein_d_d_18-12-18_gelakt.pdf": [12],
    "17_getekend_wob-besluit_geredigeerd.pdf": [7, 0, 3, 0, 0, 0, 0, 0, 0, 0],
    "2_wob-besluit_woningdelen_-_mail_wethouder_18-11.pdf": [0],
    "9_wob-besluit_woningdelen-_mail_wethouder_6-12.pdf": [0, 0],
    "inventarislijst_stukken_deelbesluit_2.pdf": [0] * 11,
}


def _real_wob(name: str) -> Path:
    if not REAL_WOB.is_dir():
        pytest.skip(f"../shared/reference not present: {REAL_WOB}")
    return REAL_WOB / name


@pytest.mark.parametrize("name", sorted(REAL_WOB_BOXES_BY_EYE))
def test_real_wob_box_counts_match_eye_counts(name):
    path = _real_wob(name)
    doc = pdfium.PdfDocument(path)
    counts = []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            image_area = sum(
                (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) for im in page.images
            )
            image = None
            if not page.chars or image_area > 0.2 * page.width * page.height:
                image = np.asarray(doc[i].render(scale=100 / 72).to_pil().convert("RGB"))
            redactions, leaks = redact_page(
                **_text_layer(page), image=image, scale=0.72 if image is not None else None
            )
            assert leaks == []
            # no ground is printed on any of these boxes: none may be invented
            assert all(r["ground"] is None for r in redactions)
            counts.append(len(redactions))
    assert counts == REAL_WOB_BOXES_BY_EYE[name]


def test_real_wob_vector_and_image_agree_on_the_signed_letter():
    path = _real_wob("17_getekend_wob-besluit_geredigeerd.pdf")
    doc = pdfium.PdfDocument(path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        vector = detect_redaction_boxes_vector(page.rects, page.width, page.height)
    image = np.asarray(doc[0].render(scale=150 / 72).to_pil().convert("RGB"))
    from_image = detect_redaction_boxes_image(image, 72 / 150)
    assert len(vector) == len(from_image) == 7
    assert len(_match(from_image, vector)) == 7


# --- the generated sample release ----------------------------------------------------


@pytest.fixture(scope="module")
def sample_release(tmp_path_factory) -> tuple[Path, dict]:
    from woo_eval.sample import write_sample_release

    root = tmp_path_factory.mktemp("sample")
    return root, write_sample_release(root)


def _redact_sample_file(root: Path, file: dict, dpi: int = 200) -> tuple[list, list]:
    """The redaction stage on one sample file as the flow runs it: text layer pages from
    pdfplumber, image-only pages from the rendered page (no page OCR words here)."""
    path = root / file["path"]
    doc = pdfium.PdfDocument(path)
    reds, leaks = [], []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            image = scale = None
            if not page.chars:
                image = np.asarray(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
                scale = 72 / dpi
            r, lk = redact_page(
                width=page.width,
                height=page.height,
                rects=page.rects,
                chars=page.chars,
                words=page.extract_words() if page.chars else [],
                image=image,
                scale=scale,
            )
            key = {"source_id": file["source_id"], "page_no": i + 1}
            reds += [{**key, **x} for x in r]
            leaks += [{**key, **x} for x in lk]
    return reds, leaks


def test_sample_release_digital_boxes_grounds_and_leaks(sample_release):
    root, gold = sample_release
    reds, leaks = [], []
    for file in gold["files"]:
        if file["variant"] == "digital":
            r, lk = _redact_sample_file(root, file)
            reds += r
            leaks += lk
    scores = score_redaction_rows(gold, reds, leaks)["digital"]
    assert scores["box_f1"] >= 0.98
    assert scores["ground_accuracy"] >= 0.95
    assert scores["boxes_on_empty_pages"] == 0
    assert scores["leak_recall"] == 1.0 and scores["leak_precision"] == 1.0


def test_sample_release_scanned_mails(sample_release):
    """The scanned e-mails carry most boxes and every label style; read without page OCR."""
    root, gold = sample_release
    files = [f for f in gold["files"] if f["variant"] == "scanned" and "_mail_" in f["path"]]
    reds = []
    for file in files:
        reds += _redact_sample_file(root, file)[0]
    subset = {**gold, "files": files}
    scores = score_redaction_rows(subset, reds, [])["scanned"]
    assert scores["box_f1"] >= 0.95
    assert scores["ground_accuracy"] >= 0.9


def test_score_redactions_from_duckdb(sample_release):
    import duckdb

    _, gold = sample_release
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE redactions (redaction_id VARCHAR, source_id VARCHAR, page_no INTEGER,"
        " x0 DOUBLE, top DOUBLE, x1 DOUBLE, bottom DOUBLE, ground VARCHAR, ground_raw VARCHAR,"
        " confidence DOUBLE, method VARCHAR)"
    )
    con.execute(
        "CREATE TABLE redaction_leaks (source_id VARCHAR, page_no INTEGER, x0 DOUBLE,"
        " top DOUBLE, x1 DOUBLE, bottom DOUBLE, n_chars INTEGER)"
    )
    dropped = None
    for file in gold["files"]:
        for page in file["pages"]:
            for i, r in enumerate(page["redactions"]):
                if dropped is None and file["variant"] == "scanned":
                    dropped = r  # one scanned box missed
                    continue
                ground = "5.1.2.i" if i == 0 and file["variant"] == "digital" else r["ground"]
                con.execute(
                    "INSERT INTO redactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [None, file["source_id"], page["page_no"], r["x0"], r["top"], r["x1"],
                     r["bottom"], ground, None, 1.0, "vector"],
                )  # fmt: skip
            for lk in page["leaks"]:
                con.execute(
                    "INSERT INTO redaction_leaks VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [file["source_id"], page["page_no"], lk["x0"], lk["top"], lk["x1"],
                     lk["bottom"], lk["n_chars"]],
                )  # fmt: skip
    scores = score_redactions(gold, con)
    digital, scanned = scores["digital"], scores["scanned"]
    assert digital["box_f1"] == 1.0 and digital["leak_recall"] == 1.0
    n_pages_with_boxes = sum(
        1 for f in gold["files"] if f["variant"] == "digital" for p in f["pages"] if p["redactions"]
    )
    assert digital["ground_accuracy"] < 1.0
    assert digital["counts"]["ground_right"] == digital["counts"]["hit"] - n_pages_with_boxes
    assert scanned["box_precision"] == 1.0 and scanned["box_recall"] < 1.0
    assert scanned["counts"]["gold"] - scanned["counts"]["hit"] == 1


def _header_band_pdf() -> bytes:
    """A table whose header row is white text on a black band, and one real box."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFillColorRGB(0.1, 0.1, 0.2)
    c.rect(60, _top(140), 450, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(66, _top(136), "Nummer    Onderwerp    Datum    Besluit")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 10)
    c.drawString(66, _top(156), "1    Verslag overleg    12-03-2022    deels openbaar")
    c.drawString(66, _top(196), "Contactpersoon:")
    c.rect(150, _top(199), 90, 13, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_white_text_on_a_dark_band_is_a_header_not_a_redaction():
    pdf_bytes = _header_band_pdf()
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        page = pdf.pages[0]
        digital, _ = redact_page(**_text_layer(page))
    image, scale = _scan(pdf_bytes)
    scanned, _ = redact_page(width=PAGE_W, height=PAGE_H, image=image, scale=scale)
    for found in (digital, scanned):
        assert [(round(r["x0"] / 10), round(r["top"] / 10)) for r in found] == [(15, 19)]


def test_outlined_white_box_with_a_code_is_a_redaction_but_a_table_cell_is_not():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _top(110), "Aan:")
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(1, 1, 1)
    c.rect(100, _top(113), 80, 13, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(104, _top(110), "5.1.2.e")
    # an inventory table: cells that touch, one holding a ground
    for i, (x0, x1) in enumerate([(60, 200), (200, 300)]):
        c.rect(x0, _top(220), x1 - x0, 16, stroke=1, fill=0)
        c.drawString(x0 + 4, _top(216), ["Verslag overleg", "10.2.e"][i])
    c.showPage()
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        page = pdf.pages[0]
        found, _ = redact_page(**_text_layer(page))
    assert [(r["ground"], r["method"], round(r["x0"]), round(r["top"])) for r in found] == [
        ("5.1.2.e", "vector", 100, 100)
    ]


# --- held-out failure kinds (shapes the varied sample release printed) ----------------


def _chars_of(text: str, x0: float, top: float, width: float = 5.0) -> list[dict]:
    """One char dict per character, as pdfplumber gives a line drawn without spaces."""
    return [
        {"text": ch, "x0": x0 + width * i, "top": top, "x1": x0 + width * (i + 0.8),
         "bottom": top + 8, "non_stroking_color": (1, 1, 1)}
        for i, ch in enumerate(text)
        if ch != " "
    ]  # fmt: skip


def test_label_words_in_a_box_are_no_leak():
    # `art. 10.2.e` / `art. 5.1.1.c` printed on the box: all of it is label
    box = {"x0": 72, "top": 100, "x1": 180, "bottom": 111.2, "method": "vector"}
    for label in ("art. 10.2.e", "art. 5.1.1.c", "artikel 5.1.2.e Woo", "Wob 10.1.c"):
        assert find_redaction_leaks(_chars_of(label, 74, 102), [box]) == [], label
    # hidden text beside such a label still leaks, and only it is counted
    chars = _chars_of("art. 10.2.e", 74, 102)
    chars += [{**c, "non_stroking_color": (0, 0, 0)} for c in _chars_of("Jan", 135, 102)]
    assert [lk["n_chars"] for lk in find_redaction_leaks(chars, [box])] == [3]


def _words(*items: tuple[str, float, float]) -> list[dict]:
    return [
        {"text": text, "x0": x0, "top": 423.05, "x1": x1, "bottom": 430.55}
        for text, x0, x1 in items
    ]


@pytest.mark.parametrize(
    ("box_x1", "words", "ground", "raw"),
    [
        # seed 23: the second ground starts past the reach of the box
        (
            93.23,
            _words(("10.2.a,", 96.23, 119.17), ("10.2f", 121.25, 137.93)),
            "10.2.a;10.2.f",
            "10.2.a, 10.2f",
        ),
        (
            109.34,
            _words(("10.2.e,", 112.34, 135.28), ("10.1c", 137.36, 155.71)),
            "10.2.e;10.1.c",
            "10.2.e, 10.1c",
        ),
        # seed 11: `art.` before each ground
        (
            104.9,
            _words(("art.", 107.9, 118.7), ("10.2.f;art.", 120.8, 152.5), ("10.1.c", 154.6, 175.0)),
            "10.2.f;10.1.c",
            "art. 10.2.f;art. 10.1.c",
        ),
        # the text layer splits a code printed with a space (`10.2 e`) into two words
        (
            143.8,
            _words(("10.2", 146.8, 161.4), ("e,", 163.48, 169.74), ("10.2.b", 171.82, 192.67)),
            "10.2.e;10.2.b",
            "10.2 e, 10.2.b",
        ),
        (
            93.23,
            _words(("10.2", 96.23, 110.8), ("e", 112.9, 117.1), ("(Privacy", 122.6, 158.7)),
            "10.2.e",
            "10.2 e",
        ),
        # the address after the label is not label
        (
            93.23,
            _words(("5.1.2.e", 96.23, 119.2), ("@utrecht.nl", 124.7, 175.0)),
            "5.1.2.e",
            "5.1.2.e",
        ),
    ],
)
def test_several_grounds_beside_a_box_are_read_whole(box_x1, words, ground, raw):
    box = {"x0": 72.0, "top": 420.4, "x1": box_x1, "bottom": 431.6, "method": "vector"}
    from pipeline.redactions import read_box_grounds

    [found] = read_box_grounds([dict(box)], words, None, None, chars=words)
    assert (found["ground"], found["ground_raw"]) == (ground, raw)
    # the beside label is the box's, not a text mark of its own
    assert find_text_ground_marks(words, [box]) == []


def _beside_label_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, _top(359), "Hoi")
    c.rect(92.5, _top(361.6), 40.1, 11.2, stroke=0, fill=1)
    c.drawString(135.5, _top(359), "10.2e;10.2a")
    c.drawString(180.7, _top(359), ",")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_scanned_beside_label_read_as_a_label_beats_the_page_ocr():
    # seed 11: the page OCR read `10.2e;10.2a` beside a box as `10.2c:10.2a`; the label
    # reading of the strip beside the box (made anyway, in the batch) is trusted first
    image, scale = _scan(_beside_label_pdf(), dpi=300, angle=0.3)
    page_ocr = [
        {"text": "Hoi", "x0": 73.2, "top": 350.2, "x1": 86.9, "bottom": 357.6},
        {"text": "10.2c:10.2a", "x0": 136.8, "top": 352.3, "x1": 175.4, "bottom": 358.8},
        {"text": ",", "x0": 181.9, "top": 356.9, "x1": 183.1, "bottom": 359.5},
    ]
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=page_ocr, image=image, scale=scale)
    assert [(r["ground"], r["method"]) for r in found] == [("10.2.e;10.2.a", "image")]


# seed 11, a wrapped Apple `Aan:` list: boxes on consecutive lines 0.68 pt apart that
# overlap side to side, scanned 0.92 degrees askew (x0, top, x1, bottom)
STACKED_BOXES = [
    (208.27, 164.54, 333.79, 176.86),
    (222.02, 190.54, 375.05, 202.86),
    (100.0, 203.54, 229.19, 215.86),
    (337.76, 203.54, 496.89, 215.86),
    (137.28, 216.54, 280.33, 228.86),
]


def _rotated_bounds(box: tuple, angle: float) -> dict:
    """Axis-aligned bounds of a box after PIL's rotation (counter-clockwise about the
    page centre), as the gold of a scanned page gives them."""
    cx, cy = PAGE_W / 2, PAGE_H / 2
    a = np.radians(angle)
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        xs.append(cx + (x - cx) * np.cos(a) + (y - cy) * np.sin(a))
        ys.append(cy - (x - cx) * np.sin(a) + (y - cy) * np.cos(a))
    return {"x0": min(xs), "top": min(ys), "x1": max(xs), "bottom": max(ys)}


def test_touching_boxes_on_a_skewed_scan_keep_their_full_height():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for x0, top, x1, bottom in STACKED_BOXES:
        c.rect(x0, _top(bottom), x1 - x0, bottom - top, stroke=0, fill=1)
    c.showPage()
    c.save()
    angle = 0.92
    image, scale = _scan(buf.getvalue(), dpi=200, angle=angle)
    found = detect_redaction_boxes_image(image, scale)
    expected = [_rotated_bounds(b, angle) for b in STACKED_BOXES]
    assert len(found) == len(expected)
    for exp in expected:
        best = max(found, key=lambda f: box_iou(f, exp))
        assert box_iou(best, exp) >= 0.8, (exp, best)


# --- whited-out passages, labels without a box, readable fills ------------------------

BUNDLES = REAL_WOB.parent / "real-wob-dev" / "bundles"


def _word(text: str, x0: float, top: float, width: float | None = None) -> dict:
    width = width if width is not None else 5.0 * len(text)
    return {"text": text, "x0": x0, "top": top, "x1": x0 + width, "bottom": top + 10.0, "conf": 95}


def _blank_page(scale: float = 0.5) -> np.ndarray:
    return np.full((round(PAGE_H / scale), round(PAGE_W / scale), 3), 255, np.uint8)


def _whiteouts(words: list[dict], image: np.ndarray) -> list[dict]:
    """The white-out gaps `redact_page` finds with their detection switched on (it is off
    by default: `RedactionSettings.detect_whiteouts`)."""
    settings = replace(SETTINGS, detect_whiteouts=True)
    # the steps that read the switch: the page (whether to look) and the white-out finder
    with (
        patch.object(page_step, "SETTINGS", settings),
        patch.object(whiteout_step, "SETTINGS", settings),
    ):
        found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=words, image=image, scale=0.5)
    return [r for r in found if r["method"] == "whiteout"]


def test_a_blank_gap_in_running_text_is_a_whiteout_but_ink_there_is_not():
    words = [
        _word("Hoor", 100, 100), _word("graag", 125, 100), _word("wanneer", 155, 100),
        _word("er", 195, 100), _word("op", 210, 100), _word("korte", 225, 100),
        _word("termijn", 255, 100), _word("een", 295, 100), _word("gesprek", 315, 100),
        _word("plaatshebben", 100, 114), _word("met", 165, 114),
        _word(".", 260, 114, 3), _word("Ik", 266, 114), _word("zal", 280, 114),
    ]  # fmt: skip
    image = _blank_page()
    (gap,) = _whiteouts(words, image)
    assert 180 < gap["x0"] and gap["x1"] < 260 and gap["ground"] is None
    # off by default (RedactionSettings.detect_whiteouts): no gap becomes a redaction
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=words, image=image, scale=0.5)
    assert [r for r in found if r["method"] == "whiteout"] == []
    image[round(116 / 0.5) : round(122 / 0.5), round(190 / 0.5) : round(240 / 0.5)] = 0
    assert _whiteouts(words, image) == []  # words OCR skipped, not a white-out


def test_layout_gaps_are_no_whiteouts():
    words = [
        _word("Van:", 40, 80), _word("Jan", 190, 80),  # a label and its value
        _word("Verzonden:", 40, 94), _word("woensdag", 190, 94),
        _word("links", 60, 200), _word("kolom", 90, 200), _word("rechts", 330, 200),
        _word("links", 60, 214), _word("verder", 90, 214), _word("kolom", 330, 214),
    ]  # fmt: skip
    assert _whiteouts(words, _blank_page()) == []


def test_a_header_label_without_its_value_is_a_whiteout():
    words = [
        _word("Van:", 40, 80), _word("Verzonden:", 40, 94), _word("woensdag", 190, 94),
        _word("Aan:", 40, 108), _word("Jan", 190, 108),
    ]  # fmt: skip
    (gap,) = _whiteouts(words, _blank_page())
    assert gap["top"] == 80 and gap["x0"] >= 190
    # on by default (`RedactionSettings.detect_blank_header_values`), as are reply lines
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=words, image=_blank_page(), scale=0.5)
    assert [(r["method"], r["top"]) for r in found] == [("whiteout", 80)]


def _line_words(text: str, x0: float, top: float, gap_after: str = "") -> list[dict]:
    """The words of one printed line, 5 pt a letter; a blank of 150 pt after `gap_after`."""
    words, x = [], x0
    for token in text.split():
        words.append(_word(token, x, top, 5.0 * len(token)))
        x += 5.0 * len(token) + 4.0 + (150.0 if token == gap_after else 0.0)
    return words


def test_a_reply_line_without_its_writer_is_a_whiteout():
    words = _line_words(
        "Op 6 dec. 2017 om 13:09 heeft > het volgende geschreven:", 40, 100, "heeft"
    )
    words += _line_words("Dat is goed.", 60, 130)
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=words, image=_blank_page(), scale=0.5)
    (gap,) = found
    heeft = next(w for w in words if w["text"] == "heeft")
    assert gap["method"] == "whiteout" and gap["x0"] > heeft["x1"] and gap["x1"] - gap["x0"] > 100


def test_a_reply_line_broken_where_its_writer_line_was_whited_is_a_whiteout():
    words = _line_words("On 6 dec. 2017 om 09:49 heeft", 40, 100)
    words += _line_words("het volgende geschreven:", 40, 126)  # a line's height left blank
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=words, image=_blank_page(), scale=0.5)
    (gap,) = found
    assert 110 <= gap["top"] and gap["bottom"] <= 126


def test_reply_lines_with_their_writer_have_no_whiteout():
    words = _line_words("Op 6 dec. 2017 om 13:01 heeft Ivens Laurens het volgende", 40, 100)
    words += _line_words("geschreven:", 40, 114)
    words += _line_words("Op 6 dec. 2017 om 10:19 heeft", 40, 150)
    words += _line_words("Ivens Laurens <l.ivens@example.nl> het volgende geschreven:", 40, 164)
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=words, image=_blank_page(), scale=0.5)
    assert found == []


def _chars(text: str, x0: float, top: float, colour: tuple) -> list[dict]:
    return [
        {"text": ch, "x0": x0 + 5 * i, "top": top, "x1": x0 + 5 * i + 4.5, "bottom": top + 8,
         "non_stroking_color": colour}
        for i, ch in enumerate(text)
    ]  # fmt: skip


def test_a_coloured_ground_label_without_a_box_is_a_mark_and_a_section_number_is_not():
    chars = (
        _chars("Hoofdstuk 11.1 gaat over de leden", 40, 100, (0, 0, 0))
        + _chars("11.1", 200, 140, (0.9, 0.1, 0.1))
        + _chars("Naam van de voorzitter en de leden", 40, 180, (0, 0, 0))
    )
    words = [_word("Hoofdstuk", 40, 100), _word("11.1", 200, 140)]
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, chars=chars, words=words, rects=[])
    assert [(r["ground"], r["method"], round(r["x0"])) for r in found] == [
        ("11.1", "text_mark", 200)
    ]


def test_a_red_label_on_a_scan_is_read_from_its_colour():
    import cv2

    image = _blank_page(scale=0.25)  # 288 dpi
    cv2.putText(image, "10.2.e", (400, 400), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (220, 20, 20), 2)
    cv2.putText(image, "Behandelaar", (100, 400), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (0, 0, 0), 2)
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, words=[], image=image, scale=0.25)
    assert [(r["ground"], r["method"]) for r in found] == [("10.2.e", "text_mark")]


def _real_text_page(path: Path, page_no: int) -> list[dict]:
    from pipeline.pdf_text import read_text_layer

    if not path.exists():
        pytest.skip(f"../shared/reference not present: {path}")
    pdf = pdfium.PdfDocument(str(path))
    try:
        layer = read_text_layer(pdf[page_no - 1])
    finally:
        pdf.close()
    found, _ = redact_page(
        width=layer["width"],
        height=layer["height"],
        rects=layer["rects"],
        chars=layer["chars"],
        words=layer["words"],
    )
    return found


def test_real_red_labels_of_a_whited_form_are_redactions():
    """Bij-Document+2 p3: two passages whited out, each marked by a small red `11.1`."""
    found = _real_text_page(BUNDLES / "Bij-Document+2.pdf", 3)
    assert [r["ground"] for r in found] == ["11.1", "11.1"]


def test_real_grey_table_header_band_is_no_redaction():
    """Bij-Besluit p8: a 0.75 grey header row with black column names on it."""
    found = _real_text_page(BUNDLES / "Bij-Besluit+en+openbaar+gemaakte+documenten.pdf", 8)
    assert found == []


def test_one_path_drawing_several_rectangles_gives_a_rect_each():
    """`re re re f` in one path (table cells, a row of boxes): PDFium sees one path object."""
    from pipeline.pdf_text import read_text_layer

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    path = c.beginPath()
    path.rect(100, _top(120), 80, 12)
    path.rect(200, _top(120), 60, 12)
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(path, stroke=0, fill=1)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        layer = read_text_layer(pdf[0])
    finally:
        pdf.close()
    rects = sorted((round(r["x0"]), round(r["top"]), round(r["x1"])) for r in layer["rects"])
    assert rects == [(100, 108, 180), (200, 108, 260)]
    found, _ = redact_page(width=PAGE_W, height=PAGE_H, rects=layer["rects"], chars=[], words=[])
    assert len(found) == 2
