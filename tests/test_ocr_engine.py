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
