"""Tesseract in-process (libtesseract's C API) and as the `tesseract` command: the same
word table, page results and labels on real scanned pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

import pipeline.ocr as ocr
from flows.page_reader import read_document_pages
from pipeline.ocr import OcrTimeout, TesseractEngine, tesseract_table

SCANNED_EMAIL = "08_mail_bm_aan_sd_vzs_besluit_terrein_d_d_18-12-18_gelakt.pdf"


def _without_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_libtesseract", lambda: None)


def _grey_page(path: Path, page_no: int, dpi: int = 300) -> np.ndarray:
    pdf = pdfium.PdfDocument(path)
    try:
        return np.asarray(pdf[page_no - 1].render(scale=dpi / 72).to_pil().convert("L"))
    finally:
        pdf.close()


def test_the_library_is_found_where_tesseract_is_installed() -> None:
    assert ocr._libtesseract() is not None, "libtesseract.so.5 comes with tesseract-ocr"


def test_in_process_and_command_give_the_same_words(real_wob_dir: Path, monkeypatch) -> None:
    page = _grey_page(real_wob_dir / SCANNED_EMAIL, 1)
    options = {"lang": "nld+eng", "psm": 3, "dpi": 300, "variables": ocr.PAGE_OCR_VARIABLES}
    in_process = tesseract_table(page, **options)
    _without_library(monkeypatch)
    command = tesseract_table(page, **options)
    assert in_process == command
    words = [t for t in in_process["text"] if t.strip()]
    assert len(words) > 50 and "Onderwerp:" in words


def test_page_results_and_grounds_are_the_same_either_way(
    reference_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    # a real bundle page with ground labels in its boxes, printed and scanned at 200 dpi
    bundle = pdfium.PdfDocument(reference_dir / "real-wob-dev/bundles/Bij-Document+2.pdf")
    scan = tmp_path / "scan.pdf"
    bundle[0].render(scale=200 / 72).to_pil().save(scan, resolution=200)
    bundle.close()
    in_process = read_document_pages(str(scan), "0" * 64, [1])[0]
    _without_library(monkeypatch)
    command = read_document_pages(str(scan), "0" * 64, [1])[0]
    assert in_process == command
    assert in_process["page"]["text_method"] == "ocr"
    assert "10.2.e" in [box.get("ground") for box in in_process["redactions"]]


def test_one_engine_per_thread_and_configuration() -> None:
    blank = np.full((60, 200), 255, np.uint8)
    tesseract_table(blank, lang="eng", psm=7)
    tesseract_table(blank, lang="eng", psm=6)
    tesseract_table(blank, lang="eng", psm=7, variables={"tessedit_do_invert": "0"})
    engines = ocr._ENGINES.by_config
    assert ("eng", ()) in engines and ("eng", (("tessedit_do_invert", "0"),)) in engines


def test_an_unknown_variable_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Tesseract variable"):
        TesseractEngine(ocr._libtesseract(), "eng", {"no_such_variable": "1"})


@pytest.mark.parametrize("library", [True, False])
def test_past_its_timeout_tesseract_stops_with_a_clear_error(library: bool, monkeypatch):
    if not library:
        _without_library(monkeypatch)
    image = Image.new("L", (2480, 3508), "white")
    with pytest.raises(OcrTimeout, match="Tesseract timeout"):
        ocr.ocr_image(image, 72 / 300, timeout=0.01)


def _ocr_line(line_no: int, block_no: int, base: float, texts: list[str], x0: float = 72.0):
    """Ink boxes of one Tesseract line standing on `base`: capitals and ascenders 10 high,
    x-height words 7.5, descenders 2.5 below; `skew` points of slope across the line."""
    words = []
    for text in texts:
        up = 10.0 if any(c.isupper() or c.isdigit() or c in "bdfhklt" for c in text) else 7.5
        down = 2.5 if any(c in "gjpqy" for c in text) else 0.0
        words.append({"text": text, "x0": x0, "top": base - up, "x1": x0 + 6 * len(text),
                      "bottom": base + down, "conf": 90.0, "line_no": line_no,
                      "block_no": block_no})  # fmt: skip
        x0 += 6 * len(text) + 4
    return words


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        # Tesseract makes a block of each row of a short table at the line pitch: one block
        (
            [(0, 100, ["Jaar", "Aantal"]), (1, 113, ["2021", "12"]), (2, 126, ["2022", "9"])],
            "Jaar Aantal\n2021 12\n2022 9",
        ),
        # the same rows in a Flemish table with descenders, at a tighter pitch
        (
            [
                (0, 100, ["Periode", "inbraken"]),
                (1, 112, ["2019", "17"]),
                (2, 124, ["2020", "8"]),
                (3, 136, ["2021", "11"]),
            ],
            "Periode inbraken\n2019 17\n2020 8\n2021 11",
        ),
        # an attendance list split after the chair, in x-height words: one block
        (
            [(0, 100, ["Aanwezig:", "Kees", "(voorzitter)"]), (1, 113, ["anne", "en", "wim"])],
            "Aanwezig: Kees (voorzitter)\nanne en wim",
        ),
        # an empty line's space inside one Tesseract block is a paragraph gap
        (
            [
                (0, 100, ["Geachte", "heer,"]),
                (0, 113, ["Hierbij", "het"]),
                (0, 139, ["Op", "uw", "verzoek"]),
                (0, 152, ["sturen", "wij"]),
            ],
            "Geachte heer,\nHierbij het\n\nOp uw verzoek\nsturen wij",
        ),
        # a block that starts beside the one before (a second column) stays apart
        (
            [(0, 100, ["Datum"]), (0, 113, ["Kenmerk"]), (1, 100, ["Gemeente", "Ede"], 300.0)],
            "Datum\nKenmerk\n\nGemeente Ede",
        ),
    ],
)
def test_ocr_blocks_follow_the_paragraph_gaps_of_a_text_layer(rows: list, text: str) -> None:
    words = []
    for line_no, (block_no, base, texts, *x0) in enumerate(rows):
        words += _ocr_line(line_no, block_no, base, texts, *x0)
    ocr.paragraph_blocks(words)
    assert ocr.page_text(words) == text


def test_ocr_blocks_on_a_skewed_scan_keep_lines_whose_ink_boxes_overlap_together() -> None:
    """At a degree of skew a long line's box is taller than the pitch; its words are not."""
    words = []
    rows = [
        ["Het", "college", "besluit", "tot"],
        ["vaststelling", "van", "het", "plan"],
        ["en", "zendt", "het", "aan", "de", "raad"],
        ["Met", "vriendelijke", "groet"],
    ]
    for line_no, texts in enumerate(rows):
        line = _ocr_line(line_no, 0, 100 + 13 * line_no + 13 * (line_no == 3), texts)
        for k, word in enumerate(line):  # each word a little higher to the right
            word["top"] -= 1.5 * k
            word["bottom"] -= 1.5 * k
        words += line
    assert max(w["bottom"] for w in words[:4]) - min(w["top"] for w in words[:4]) > 13
    ocr.paragraph_blocks(words)
    assert [w["block_no"] for w in words] == [0] * 14 + [1] * 3
