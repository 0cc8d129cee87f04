"""What the document model keeps from building (text, token/line/block/page offsets, the
printed redaction codes) equals what spaCy and `grounds` compute, on a real release."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.docmodel import (
    as_doc,
    block_chars,
    doc_text,
    line_chars,
    mark_chars,
    page_chars,
    token_chars,
)
from pipeline.grounds import _CODE_RE, _code_starts, _search_code, find_ground_codes
from pipeline.inputs import read_text

REFERENCE = Path(__file__).parents[2] / "shared" / "reference" / "svmn-release-ocr.txt"


@pytest.fixture(scope="module")
def release_text() -> str:
    if not REFERENCE.exists():
        pytest.skip(f"../shared/reference not present: {REFERENCE}")
    return read_text(REFERENCE)


def _chars(spans) -> list[tuple[int, int]]:
    return [(span.start_char, span.end_char) for span in spans]


def test_kept_offsets_are_spacys_own(release_text: str):
    # real OCR text, cut into documents of three pages at its page breaks (a line that
    # starts with one space); `doc.text` is the pages joined by a blank line
    pages = [{"page_no": n, "text": t, "words": []} for n, t in enumerate(_pages(release_text), 1)]
    docs = [as_doc({"document_id": f"d{n}", "pages": pages[n : n + 3]}) for n in range(0, 30, 3)]
    for doc in docs:
        assert doc_text(doc) == doc.text
        assert page_chars(doc) == _chars(doc.spans["pages"])
        assert line_chars(doc) == _chars(doc.spans["lines"])
        assert block_chars(doc) == _chars(doc.spans["blocks"])
        starts, ends = token_chars(doc)
        assert starts == [t.idx for t in doc]
        assert ends == [t.idx + len(t) for t in doc]
        # the printed codes: the ones `find_ground_codes` finds in each page's text
        codes = [
            (a + c["start"], a + c["end"])
            for a, b in page_chars(doc)
            for c in find_ground_codes(doc.text[a:b], marks_only=True)
        ]
        assert mark_chars(doc) == codes
    assert any(mark_chars(doc) for doc in docs)  # the release prints 5.1.2.e in its text


def _pages(text: str) -> list[str]:
    starts = [0] + [m.start() + 1 for m in re.finditer(r"\n(?= \S)", text)]
    return [text[a:b] for a, b in zip(starts, starts[1:], strict=False)]


def test_ground_codes_are_searched_where_one_can_start(release_text: str):
    # `_search_code` tries `_CODE_RE` only where a code can start: the same matches as
    # `_CODE_RE.search` at every position, on real OCR text and on OCR's look-alikes
    for text in [release_text, "s.1.2.e $.l.2 e =12= lo.l. 10.2.g 11 1 5 2 1 sil 5,1,2,€"]:
        starts = _code_starts(text)
        pos, found, expected = 0, [], []
        while (match := _search_code(text, pos, starts)) is not None:
            found.append(match.span())
            pos = match.start() + 1
        pos = 0
        while (match := _CODE_RE.search(text, pos)) is not None:
            expected.append(match.span())
            pos = match.start() + 1
        assert found == expected
        assert found
