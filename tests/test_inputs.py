from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from broken_files import write_broken_files

from flows.page_reader import read_document_pages, text_layer_of
from pipeline.inputs import find_pdfs, inspect_source
from pipeline.pdf_text import choose_text_method, sha256_file, text_layer_text


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_broken_files(tmp_path_factory.mktemp("broken"))


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [
        ("empty", "empty file"),
        ("text", "not a PDF"),
        ("truncated", "truncated PDF"),
        ("encrypted", "password"),
    ],
)
def test_unreadable_files_fail_with_a_reason(broken: dict[str, Path], kind: str, phrase: str):
    source = inspect_source(broken[kind])
    assert source["status"] == "failed"
    assert phrase in source["error"]
    assert source["source_id"] == sha256_file(broken[kind])


def test_file_with_an_unrenderable_page_opens_and_fails_on_that_page(broken):
    source = inspect_source(broken["bad_page"])
    assert source["status"] == "ok" and source["n_pages"] == 2
    first, second = read_document_pages(str(broken["bad_page"]), source["source_id"], [1, 2])
    assert "Pagina 1 van 2" in first["page"]["text"] and first["page"]["error"] is None
    assert "page 2 could not be read" in second["page"]["error"]
    assert "load page" in second["page"]["error"]


def test_find_pdfs_recurses_and_keeps_named_files(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "a" / "notes.txt").write_text("x")
    named = tmp_path / "named.bin"
    named.write_bytes(b"")
    found = find_pdfs([tmp_path / "a", named])
    assert [p.name for p in found] == ["x.PDF", "named.bin"]
    with pytest.raises(FileNotFoundError):
        find_pdfs([tmp_path / "missing"])


# By eye: 08_mail is a scan with a one-line stamp as text layer; 2_ and 9_ are image only.
REAL_METHODS = {
    "08_mail_bm_aan_sd_vzs_besluit_terrein_d_d_18-12-18_gelakt.pdf": ["ocr"],
    "17_getekend_wob-besluit_geredigeerd.pdf": ["text_layer"] * 10,
    "2_wob-besluit_woningdelen_-_mail_wethouder_18-11.pdf": ["ocr"],
    "9_wob-besluit_woningdelen-_mail_wethouder_6-12.pdf": ["ocr", "ocr"],
    "inventarislijst_stukken_deelbesluit_2.pdf": ["text_layer"] * 11,
}


def test_text_method_of_the_real_pdfs(real_wob_dir: Path):
    for name, expected in REAL_METHODS.items():
        with pdfplumber.open(real_wob_dir / name) as pdf:
            methods = [
                choose_text_method(text_layer_text(p), p.images, p.width, p.height)
                for p in pdf.pages
            ]
        assert methods == expected, name
        # the text layer as the pipeline reads it (PDFium) decides the same
        pdf = pdfium.PdfDocument(str(real_wob_dir / name))
        path = str(real_wob_dir / name)
        layers = [text_layer_of(page, path, n) for n, page in enumerate(pdf, start=1)]
        methods = [
            choose_text_method(layer["text"], layer["images"], layer["width"], layer["height"])
            for layer in layers
        ]
        assert methods == expected, f"{name} (PDFium)"


def test_ocr_reads_a_real_scanned_email(real_wob_dir: Path):
    path = real_wob_dir / "9_wob-besluit_woningdelen-_mail_wethouder_6-12.pdf"
    result = read_document_pages(str(path), sha256_file(path), [1])[0]
    page = result["page"]
    assert page["text_method"] == "ocr"
    assert page["ocr_confidence"] > 70
    assert "Verzonden: woensdag 6 december 2017 13:12" in page["text"]
    assert abs(page["width"] - 595) < 2
    words = result["words"]
    # Boxes are in points on the page, top-left origin.
    assert all(0 <= w["x0"] < w["x1"] <= page["width"] + 1 for w in words)
    assert all(0 <= w["top"] < w["bottom"] <= page["height"] + 1 for w in words)
