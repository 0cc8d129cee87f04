"""The split itself: a run of pages or plain-text chunks into document ranges (`_segment`), and
the documents' rows made from them (`segment_documents`, or `document_ranges` then
`document_rows`; `documents_from_text` for a plain-text release, with its documents' lines).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from pipeline.documents.chunks import _chunk_spans
from pipeline.documents.continuation import _plain_text_continues
from pipeline.documents.dating import context_year, document_date
from pipeline.documents.doc_types import classify_document
from pipeline.documents.headers import email_header_kinds
from pipeline.documents.pages import _starts_new_document, document_stamp, page_signals
from pipeline.documents.rules import _rules


def _segment(
    texts: list[str], *, default_new: bool, plain_text: bool = False
) -> list[tuple[int, int]]:
    """Index ranges (first, last), inclusive, of the documents in a run of page texts."""
    ranges: list[tuple[int, int]] = []
    current: dict[str, Any] | None = None
    title_lines = _rules()["plain_text_title_lines"] if plain_text else None
    for i, text in enumerate(texts):
        signals = page_signals(text, title_lines)
        new = _starts_new_document(signals, current, default_new=default_new)
        if new and plain_text and current is not None:
            new = not _plain_text_continues(texts, i, signals, current)
        if new or current is None:
            current = {
                "first": i, "last_page_of": None, "doc_stamp": None,
                "title_rule": signals["title_rule"], "masthead": signals["masthead"],
                "listing": signals["listing"],
            }  # fmt: skip
            ranges.append((i, i))
        else:
            ranges[-1] = (ranges[-1][0], i)
        current["ends_in_header"] = signals["ends_in_header"]
        if signals["page_of"] is not None:
            current["last_page_of"] = signals["page_of"]
        if signals["doc_stamp"] is not None:
            current["doc_stamp"] = signals["doc_stamp"]
    return ranges


def _document_row(
    source_id: str,
    n: int,
    first: dict,
    last: dict,
    text: str,
    source_year: int | None = None,
    title_lines: int | None = None,
) -> dict:
    doc_type, title, (doc_date, inferred) = _typed_and_dated(text, source_year, title_lines)
    return {
        "document_id": f"{source_id[:16]}-d{n}",
        "source_id": source_id,
        "first_page": first["page_no"],
        "last_page": last["page_no"],
        "doc_type": doc_type,
        "title": title,
        "doc_date": doc_date,
        "doc_date_inferred": inferred,
        "doc_stamp": document_stamp(first.get("text") or ""),
    }


def _typed_and_dated(
    text: str, source_year: int | None, title_lines: int | None
) -> tuple[str, str | None, tuple[Any, bool]]:
    """(doc_type, title, (doc_date, inferred)) of a document's text; a record the lines as
    printed leave undated or `other` is read again from its paragraphs made whole
    (`_paragraphs_made_whole`): a PDF's wrap may have cut its title from its date. A
    reading that dates it stands: joined, a title line that did not fill the width (set in
    capitals) would stand above a page-long line that buries the date it was read from."""
    doc_type, title = classify_document(text, title_lines)
    dated = document_date(doc_type, text, title, source_year)
    if dated[0] is not None and doc_type != "other":
        return doc_type, title, dated
    head = _paragraphs_made_whole(text)
    if head == text:
        return doc_type, title, dated
    joined_type, joined_title = classify_document(head, title_lines)
    joined = document_date(joined_type, head, joined_title, source_year)
    if joined[0] is not None or (doc_type == "other" and joined_type != "other"):
        return joined_type, joined_title, joined
    return doc_type, title, dated


def _paragraphs_made_whole(text: str) -> str:
    """The text with each paragraph a PDF or OCR wrapped at the page's width joined into one
    line again, as a text prints it: a record's title and date (`1 1 Conceptnotulen van de
    openbare vergadering ... Velsen` / `gehouden op donderdag 12 december 2013 ...`), a page
    transcribed onto one line, are classified and dated whole, not from their first
    fragment. A text with a paragraph per line is left as it is, and so is an e-mail's: its
    header sets a field per line (`Van: ...` over `Verzonden: ...`), however full the line."""
    # imported here: the meetings package imports this one as it loads, and the rule that
    # tells a wrapped line (and a list's label that opens a line of its own) is theirs
    from pipeline.meetings.layout import _wrapped_paragraphs

    lines = text.split("\n")
    if len(email_header_kinds(lines)) >= _MAIL_HEADER_FIELDS:
        return text
    return "\n".join(line for _, line in _wrapped_paragraphs(list(enumerate(lines))))


#: header fields of an e-mail (from, sent, to, ...) that make a text a mail's, set a field
#: per line
_MAIL_HEADER_FIELDS = 2


def segment_documents(pages: list[dict]) -> list[dict]:
    """Documents in the pages of one source (pages in order, numbered from 1)."""
    if not pages:
        return []
    ranges, source_year = document_ranges(pages)
    return document_rows(pages, ranges, source_year)


class DocumentRanges(NamedTuple):
    """Where the documents of one source's pages are, before their rows are made."""

    #: (first, last) page of each document, indexes into the pages, inclusive
    ranges: list[tuple[int, int]]
    #: the year the source's text speaks of (completes dates printed without one)
    source_year: int | None


def document_ranges(pages: list[dict]) -> DocumentRanges:
    """The document boundaries of one source's pages (in order): what needs every page
    (the split, the source's year) and only their text, so that the documents' rows can
    then be made apart (`document_rows`, first document numbered `first_n`)."""
    texts = [page.get("text") or "" for page in pages]
    return DocumentRanges(_segment(texts, default_new=False), context_year("\n".join(texts)))


def document_rows(
    pages: list[dict], ranges: list[tuple[int, int]], source_year: int | None, first_n: int = 1
) -> list[dict]:
    """The document rows of `ranges` (indexes into `pages`), numbered from `first_n`."""
    return [
        _document_row(
            pages[first]["source_id"],
            n,
            pages[first],
            pages[last],
            "\n".join(page.get("text") or "" for page in pages[first : last + 1]),
            source_year,
        )
        for n, (first, last) in enumerate(ranges, start=first_n)
    ]


def split_text_into_documents(text: str) -> list[str]:
    """Documents of a plain-text release (like the reference OCR text).

    Every single-space chunk is a document start unless it plainly continues the one before:
    a later "Pagina k van N" of the same document, unnumbered pages while the open document's
    numbered pages are not yet done, or a participant list running over a page break.
    """
    return [text[a:b] for a, b in _text_document_spans(text)]


def _text_document_spans(text: str) -> list[tuple[int, int]]:
    if paged := _marked_page_spans(text):
        # a PDF converted page by page: its pages are read as a PDF's are
        ranges = _segment([text[a:b] for a, b in paged], default_new=False, plain_text=True)
        return [(paged[a][0], paged[b][1]) for a, b in ranges]
    spans = _chunk_spans(text)
    ranges = _segment([text[a:b] for a, b in spans], default_new=True, plain_text=True)
    return [(spans[a][0], spans[b][1]) for a, b in ranges]


#: the heading a PDF-to-text converter writes over each page (`## Pagina 4`, `## Page 4`)
_PAGE_HEADING_RE = re.compile(r"^#{1,3} (?:Pagina|Page) \d{1,4}\s*$", re.MULTILINE)


def _marked_page_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each page of a text whose pages a converter headed (`## Pagina 4`),
    what stands before the first heading a page of its own; [] for a text with fewer than
    two such headings."""
    starts = [m.start() for m in _PAGE_HEADING_RE.finditer(text)]
    if len(starts) < 2:
        return []
    if starts[0] != 0:
        starts.insert(0, 0)
    spans = zip(starts, starts[1:] + [len(text)], strict=True)
    return [(a, b) for a, b in spans if text[a:b].strip()]


def text_document_lines(text: str) -> list[tuple[int, int]]:
    """(first_line, last_line), 1-based, of each document of a plain-text release: where a
    reader (or a gold file) finds it in the text, as pages do for a PDF."""
    lines = []
    for a, b in _text_document_spans(text):
        last_char = a + len(text[a:b].rstrip()) - 1  # trailing blank lines belong to no one
        lines.append((text.count("\n", 0, a) + 1, text.count("\n", 0, last_char) + 1))
    return lines


def pages_from_text_documents(documents: list[str], source_id: str) -> list[dict]:
    """Page dicts (one per plain-text document) so the extractors can run on plain text."""
    return [
        {"source_id": source_id, "page_no": i, "text": doc, "text_method": "ocr", "words": []}
        for i, doc in enumerate(documents, start=1)
    ]


def documents_from_text(text: str, source_id: str) -> tuple[list[dict], list[dict]]:
    """(pages, documents) of a plain-text release: one pseudo-page per document, so that
    extract_meetings / extract_decisions run on it as on a PDF's documents."""
    pages = pages_from_text_documents(split_text_into_documents(text), source_id)
    title_lines = _rules()["plain_text_title_lines"]
    documents = [
        _document_row(source_id, page["page_no"], page, page, page["text"], None, title_lines)
        for page in pages
    ]
    for document, (first_line, last_line) in zip(documents, text_document_lines(text), strict=True):
        document["first_line"], document["last_line"] = first_line, last_line
    return pages, documents
