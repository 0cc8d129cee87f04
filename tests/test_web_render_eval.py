"""A text drawn as a PDF (woo_eval/sample/text_pdf.py): wrapping, page breaks, the line ->
page map and text gold turned into PDF gold; the web render script on real texts if present."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from woo_eval.sample.text_pdf import (
    FONT_PATH,
    LineSpan,
    PageSettings,
    gold_as_pdf,
    gold_renumbered,
    render_text_pdf,
    text_lines,
    wrap_line,
    wrapped_text,
)

REPO = Path(__file__).resolve().parents[1]
WEB_TEXTS = Path(os.environ.get("WOO_WEB_TEXTS", "/work/webprobe"))

pytestmark = pytest.mark.skipif(not FONT_PATH.exists(), reason=f"no font at {FONT_PATH}")

#: A page of 10 lines, so a short text crosses pages.
SMALL = PageSettings(height=56.7 * 2 + 13.5 * 10)

LONG = (
    "De commissie heeft in het verslagjaar alle klachten behandeld die binnen de termijn "
    "zijn ingediend, en zij heeft daarover steeds binnen zes weken een oordeel gegeven."
)


def _text() -> str:
    lines = ["Jaarverslag klachtencommissie", "", LONG, ""]
    lines += [f"regel {n}" for n in range(5, 13)]
    lines += ["Van: a.bakker@voorbeeld.nl", "Onderwerp: verslag", "", LONG * 4]
    return "\n".join(lines) + "\n"


def test_lines_are_numbered_like_cat_n():
    assert text_lines("a\n\nb\r\n\tc\n") == ["a", "", "b", "    c"]
    assert text_lines("a\fb\nc") == ["a\fb", "c"]  # only a newline ends a line


def test_a_long_line_wraps_at_the_page_width_and_keeps_its_words():
    pieces = wrap_line(LONG, 250, "DejaVuSans", 10.5)
    assert len(pieces) > 2
    assert " ".join(pieces).split() == LONG.split()
    assert wrap_line("", 250, "DejaVuSans", 10.5) == [""]
    url = "https://" + "x" * 200
    assert "".join(wrap_line(url, 250, "DejaVuSans", 10.5)) == url


def test_page_map_follows_wraps_and_page_breaks(tmp_path):
    pdf = tmp_path / "t.pdf"
    spans = render_text_pdf(_text(), pdf, SMALL)
    assert len(spans) == 16
    assert spans[0] == LineSpan(1, 1)
    # line 3 wraps over several PDF lines: lines 5.. start later on page 1 or on page 2
    wrapped = len(wrap_line(LONG, SMALL.text_width, "DejaVuSans", SMALL.font_size))
    first_on_page_2 = 10 - (3 + wrapped) + 5  # the text line that takes PDF row 11
    assert spans[first_on_page_2 - 2].first_page == 1
    assert spans[first_on_page_2 - 1].first_page == 2
    assert spans[-1].first_page < spans[-1].last_page  # a paragraph over a page break
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == spans[-1].last_page
        first = doc.pages[0].extract_text()
        assert first.splitlines()[0] == "Jaarverslag klachtencommissie"
        page_of_mail = spans[12].first_page
        assert "a.bakker@voorbeeld.nl" in doc.pages[page_of_mail - 1].extract_text()


def test_a_document_start_opens_a_new_page(tmp_path):
    text = "Van: a@voorbeeld.nl\nOnderwerp: x\n\nVan: b@voorbeeld.nl\nOnderwerp: y\n"
    assert [s.first_page for s in render_text_pdf(text, tmp_path / "a.pdf")] == [1] * 5
    spans = render_text_pdf(text, tmp_path / "b.pdf", new_pages=frozenset({1, 4}))
    assert [s.first_page for s in spans] == [1, 1, 1, 2, 2]  # line 1 opens page 1 itself
    with pdfplumber.open(tmp_path / "b.pdf") as doc:
        assert doc.pages[1].extract_text().startswith("Van: b@voorbeeld.nl")


def test_text_gold_becomes_pdf_gold_through_the_map():
    spans = [LineSpan(1, 1)] * 3 + [LineSpan(1, 2)] + [LineSpan(2, 2)] * 4 + [LineSpan(3, 3)]
    gold = {
        "source": "texts99/voorbeeld.txt",
        "kind": "text",
        "documents": [
            {"first_page": None, "last_page": None, "first_line": 1, "last_line": 4},
            {"first_page": None, "last_page": None, "first_line": 5, "last_line": 12},
        ],
        "emails": [{"page_no": None, "line": 6, "subject": "verslag"}],
        "incident_counts": [{"page_no": None, "line": 4, "value": 3}],
        "decisions": [],
        "redaction_marks": [{"line": 9, "n_marks": 1, "grounds": ["5.1.2.e"]}],
    }
    pdf = gold_as_pdf(gold, spans, "texts99/voorbeeld.pdf")
    assert (pdf["kind"], pdf["source"]) == ("pdf", "texts99/voorbeeld.pdf")
    first, second = pdf["documents"]
    assert (first["first_page"], first["last_page"], first["first_line"]) == (1, 2, None)
    assert (second["first_page"], second["last_page"]) == (2, 3)  # past the end: last page
    assert pdf["emails"][0]["page_no"] == 2 and pdf["emails"][0]["line"] is None
    assert pdf["incident_counts"][0]["page_no"] == 1  # where the wrapped line starts
    assert pdf["redaction_marks"][0]["page_no"] == 3
    assert gold["kind"] == "text" and gold["documents"][0]["first_line"] == 1  # not changed


def test_wrapped_text_is_the_pdf_text_without_empty_lines(tmp_path):
    text = _text()
    wrapped, where = wrapped_text(text, SMALL)
    rows = wrapped.splitlines()
    assert "" not in rows and " ".join(rows).split() == text.split()
    wraps = len(wrap_line(LONG, SMALL.text_width, "DejaVuSans", SMALL.font_size))
    assert where[:5] == [1, 2, 2, 2 + wraps, 2 + wraps]  # empty lines 2 and 4 take no row
    assert rows[where[12] - 1] == "Van: a.bakker@voorbeeld.nl"
    render_text_pdf(text, tmp_path / "t.pdf", SMALL)
    with pdfplumber.open(tmp_path / "t.pdf") as doc:
        pdf_rows = [r for page in doc.pages for r in page.extract_text().splitlines()]
    assert pdf_rows == rows  # the lines the PDF's text layer gives
    gold = {"source": "texts99/v.txt", "kind": "text"}
    gold["documents"] = [{"first_line": 13, "last_line": 16}]
    gold["emails"] = [{"line": 13, "page_no": None}]
    moved = gold_renumbered(gold, where, "texts99/v.txt")
    assert moved["kind"] == "text"
    assert moved["documents"][0]["first_line"] == where[12] == moved["emails"][0]["line"]
    assert gold["emails"][0]["line"] == 13


@pytest.mark.skipif(not WEB_TEXTS.is_dir(), reason=f"web texts absent ({WEB_TEXTS})")
def test_script_lists_nothing_for_a_folder_without_texts(tmp_path):
    run = subprocess.run(
        [sys.executable, "scripts/web_render_eval.py", "--folders", "no-such-folder"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
    )
    assert "skipped" in run.stdout


def _script():
    sys.path.insert(0, str(REPO / "scripts"))
    import web_render_eval

    return web_render_eval


def test_renderings_chooses_the_columns_scored():
    script = _script()
    chosen = lambda *argv: script.chosen_renderings(script.parse_args(list(argv)))  # noqa: E731
    assert chosen() == ["text", "born-digital", "scanned"]
    assert chosen("--wrapped") == ["text", "wrapped text", "born-digital", "scanned"]
    assert chosen("--renderings", "wrapped", "text") == ["text", "wrapped text"]
    assert chosen("--renderings", "scanned") == ["scanned"]
    with pytest.raises(SystemExit):
        chosen("--renderings", "ocr")


@pytest.mark.skipif(not WEB_TEXTS.is_dir(), reason=f"web texts absent ({WEB_TEXTS})")
def test_script_scores_text_and_wrapped_without_drawing_a_pdf(tmp_path):
    args = ["--folders", "web237", "--limit", "1", "--out-dir", str(tmp_path)]
    args += ["--renderings", "text", "wrapped", "--json", str(tmp_path / "r.json")]
    run = subprocess.run(
        [sys.executable, "scripts/web_render_eval.py", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "OMP_THREAD_LIMIT": "1"},
        check=True,
    )
    assert "ingested wrapped text" in run.stdout and "born-digital" not in run.stdout
    assert not list(tmp_path.rglob("*.pdf")) and not (tmp_path / "scanned").exists()
    assert set(json.loads((tmp_path / "r.json").read_text())["overall"]) == {"text", "wrapped text"}
