"""The document model: a spaCy Doc per document from page words, with lines, boxes, redactions."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from pipeline.docmodel import as_doc, column_gapped_text, evidence_box, page_lines
from pipeline.pdf_text import text_from_words, text_layer_text, text_layer_words
from pipeline.structure import extract_structure


def _word(text: str, x0: float, top: float, conf: float | None = 95.0, **layout) -> dict:
    return {"text": text, "x0": x0, "top": top, "x1": x0 + 6 * len(text), "bottom": top + 9,
            "conf": conf, **layout}  # fmt: skip


def test_plain_text_pages_keep_their_text_and_line_view():
    texts = ["Besluit: ja\n\nActie  2 \n", "", " x\r\ny\fz\n\n\n", "\t"]
    pages = [{"page_no": n, "text": t, "words": []} for n, t in enumerate(texts, start=1)]
    doc = as_doc({"document_id": "d", "pages": pages})
    assert doc.text == "\n\n".join(texts)
    expected = [(n, line.strip()) for n, t in enumerate(texts, start=1) for line in t.splitlines()]
    assert [(line.page_no, line.text) for line in page_lines(doc)] == expected
    assert all(line.span.text == line.text for line in page_lines(doc) if line.text)
    assert all(p.synthetic for p in doc._.pages)
    # invented geometry is never reported as evidence
    assert evidence_box([doc.spans["lines"][0]], 1) == {}


def test_a_run_of_spaces_in_a_line_stays_a_space_between_its_words():
    text = "Aanwezig: Jan Smit en  Piet Bos\nOP DONDERDAG  20 MEI"
    pages = [{"page_no": 1, "text": text, "words": []}]
    doc = as_doc({"document_id": "d", "pages": pages})
    assert [column_gapped_text(line) for line in page_lines(doc)] == [
        "Aanwezig: Jan Smit en Piet Bos",
        "OP DONDERDAG 20 MEI",
    ]


def test_ocr_words_give_tokens_lines_blocks_and_the_page_text():
    words = [
        _word("Besluit:", 72, 100, line_no=0, block_no=0),
        _word("akkoord", 130, 100, line_no=0, block_no=0),
        _word("met", 72, 112, line_no=1, block_no=0),
        _word("Actie:", 72, 160, conf=40.0, line_no=2, block_no=1),
    ]
    page = {"page_no": 3, "text": "Besluit: akkoord\nmet\n\nActie:", "text_method": "ocr",
            "words": words, "redactions": []}  # fmt: skip
    doc = as_doc({"document_id": "d", "pages": [page]})
    assert [t.text for t in doc if not t.is_space] == ["Besluit:", "akkoord", "met", "Actie:"]
    assert doc.text == page["text"]
    assert [s.text for s in doc.spans["lines"]] == ["Besluit: akkoord", "met", "Actie:"]
    assert [s.text for s in doc.spans["blocks"]] == ["Besluit: akkoord\nmet", "Actie:"]
    token = doc[1]
    assert (token._.page_no, token._.x0, token._.top, token._.conf) == (3, 130, 100, 95.0)
    assert doc.spans["lines"][2][0]._.conf == 40.0


def test_text_layer_words_are_grouped_into_lines_by_their_tops():
    # pdfplumber's own rule: tops within 3 pt share a line, whatever order the words came in
    words = [_word("Datum:", 72, 100), _word("6", 120, 101.5), _word("april", 130, 100.5)]
    words += [_word("Locatie:", 72, 112)]
    page = {"page_no": 1, "text": None, "text_method": "text_layer", "words": words}
    doc = as_doc({"document_id": "d", "pages": [page]})
    assert doc.text == "Datum: 6 april\nLocatie:"
    assert [s.text for s in doc.spans["lines"]] == ["Datum: 6 april", "Locatie:"]
    assert not doc._.pages[0].synthetic


def test_a_paragraph_gap_in_a_text_layer_is_a_block_and_an_empty_line():
    # the same rule as the page text (`pdf_text.text_from_words`), so the words rebuild it
    words = [_word("Van:", 72, 100), _word("Kees", 110, 100), _word("Aan:", 72, 112)]
    words += [_word("Geachte", 72, 136), _word("heer,", 130, 136)]
    page = {"page_no": 1, "text": text_from_words(words), "text_method": "text_layer",
            "words": words}  # fmt: skip
    doc = as_doc({"document_id": "d", "pages": [page]})
    assert page["text"] == doc.text == "Van: Kees\nAan:\n\nGeachte heer,"
    assert [s.text for s in doc.spans["blocks"]] == ["Van: Kees\nAan:", "Geachte heer,"]
    assert not doc._.pages[0].synthetic


def test_a_redaction_box_makes_its_words_one_span_with_the_ground():
    words = [_word("Aan:", 72, 100, line_no=0, block_no=0),
             _word("Jan", 110, 100, line_no=0, block_no=0),
             _word("Jansen", 134, 100, line_no=0, block_no=0),
             _word("5.1.2.e", 200, 100, line_no=0, block_no=0)]  # fmt: skip
    box = {"x0": 108, "top": 98, "x1": 172, "bottom": 111, "ground": "5.1.2.e"}
    page = {"page_no": 1, "text": "Aan: Jan Jansen 5.1.2.e", "text_method": "ocr",
            "words": words, "redactions": [box]}  # fmt: skip
    doc = as_doc({"document_id": "d", "pages": [page]})
    spans = {(s.label_, s.text, s._.ground) for s in doc.spans["redactions"]}
    assert spans == {("box", "Jan Jansen", "5.1.2.e"), ("mark", "5.1.2.e", "5.1.2.e")}
    assert [t._.redacted for t in doc] == [False, True, True, False]


def test_extracted_rows_carry_the_box_of_the_words_they_were_read_from():
    lines = [("Besluitenlijst", 72), ("Besluit 1: de gemeente gaat akkoord met het plan.", 100)]
    words, text_lines = [], []
    for n, (line, top) in enumerate(lines):
        x = 72.0
        for text in line.split():
            words.append(_word(text, x, top, line_no=n, block_no=n))
            x += 6 * len(text) + 4
        text_lines.append(line)
    page = {"source_id": "s", "page_no": 1, "text": "\n\n".join(text_lines),
            "text_method": "ocr", "words": words, "redactions": []}  # fmt: skip
    out = extract_structure([page])
    assert out["errors"] == []
    [decision] = out["decisions"]
    assert decision["text"].startswith("de gemeente gaat akkoord")
    assert (decision["page_no"], decision["top"], decision["bottom"]) == (1, 100, 109)
    assert decision["x0"] == 72 and decision["x1"] == max(w["x1"] for w in words)


def test_real_text_layer_pages_become_documents_with_their_exact_text(real_wob_dir: Path):
    path = real_wob_dir / "17_getekend_wob-besluit_geredigeerd.pdf"
    with pdfplumber.open(path) as pdf:
        pages = [
            {"page_no": p.page_number, "text": text_layer_text(p), "text_method": "text_layer",
             "words": text_layer_words(p), "width": float(p.width), "height": float(p.height)}
            for p in pdf.pages
        ]  # fmt: skip
    doc = as_doc({"document_id": "d", "pages": pages})
    assert doc.text == "\n\n".join(p["text"] for p in pages)
    assert not any(p.synthetic for p in doc._.pages)
    for line in doc.spans["lines"]:
        page = pages[line[0]._.page_no - 1]
        box = evidence_box([line], line[0]._.page_no)
        assert 0 <= box["x0"] < box["x1"] <= page["width"]
        assert 0 <= box["top"] < box["bottom"] <= page["height"]
