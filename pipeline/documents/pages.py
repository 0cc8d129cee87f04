"""What one page signals to the split (`page_signals`: a page-number stamp, a document stamp,
an e-mail header, a title, a letterhead, an inventory's rows, its masthead and date) and
whether the page opens a document or goes on with the open one (`_starts_new_document`).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.dates import DATE_RE, repair_date_span
from pipeline.documents.headers import (
    ends_in_email_header,
    has_email_header_at_top,
    has_memo_header_at_top,
)
from pipeline.documents.lines import text_lines
from pipeline.documents.rules import _rules
from pipeline.documents.titles import _title_match, is_listing_page


def page_of_stamp(text: str) -> tuple[int, int] | None:
    """`Pagina 3 van 9` -> (3, 9); the last stamp on the page (footers come last)."""
    found = None
    for pattern in _rules()["page_of"]:
        for m in pattern.finditer(text):
            k, n = int(m[1]), int(m[2])
            if 1 <= k <= n:
                found = (k, n)
    return found


def document_stamp(text: str, first_line_only: bool = False) -> str | None:
    """A document-number stamp on a line of its own ("Document 3", "Docnr18"); with
    `first_line_only`, only one that opens the text (a plain-text chunk starts at a stamp
    standing in its own block; one run into the text is not a page's stamp)."""
    for line in text_lines(text)[:1] if first_line_only else text_lines(text):
        m = _rules()["doc_stamp"].match(line)
        if m:
            return m[1].lower()
    return None


def has_letterhead(text: str) -> bool:
    """Datum / Ons kenmerk / Onderwerp ... : three or more letterhead labels on the page."""
    lines = text_lines(text)[:60]
    patterns = _rules()["letterhead"]
    hits = {i for i, pattern in enumerate(patterns) for line in lines if pattern.match(line)}
    return len(hits) >= 3


#: Lines at the top of a page that make its masthead, and how far down its date may stand.
MASTHEAD_LINES = 3
MASTHEAD_DATE_LINES = 8
#: A masthead word: letters only, three or more (OCR debris of a logo - `2.`, `er a_`,
#: `4a.` - is dropped, so a scanned page's masthead reads the same on every issue).
_MASTHEAD_WORD_RE = re.compile(r"^[^\W\d_]{3,}$")


def _masthead_line(line: str) -> str:
    return " ".join(w for w in line.lower().split() if _MASTHEAD_WORD_RE.match(w))


def masthead(text: str) -> tuple[frozenset[str], str | None]:
    """(the page's first lines, words only; the first date printed near the top as written).

    A series of notices or newsletters bound into one bundle repeats its masthead on every
    issue; each issue prints its own date under it. On a scan OCR reads a logo's lettering
    on some pages and not on others, so two pages share a masthead when they share one of
    its lines, or most of its words (`same_masthead`)."""
    lines = text_lines(text)
    # lines without a word (`Le`, `—`: what OCR makes of a logo) are no lines of it
    worded = [line for line in map(_masthead_line, lines[:MASTHEAD_DATE_LINES]) if line]
    head = frozenset(worded[:MASTHEAD_LINES])
    for line in lines[:MASTHEAD_DATE_LINES]:
        # a dateline: the line opens with a date written out with its year (a table row
        # or a sentence that mentions a date is no dateline)
        m = DATE_RE.match(repair_date_span(line.strip()))
        if m and m["m1"] and m["y1"]:
            return head, m.group(0).lower()
    return head, None


#: Two masthead lines are one when they share this many words, and this share of the
#: shorter line's: on a scan OCR reads a logo beside the lettering as a word of its own,
#: different on every issue (`FOR Ministerie van Justitie`, `BOR Ministerie van Justitie`).
MASTHEAD_SHARED_WORDS = 3
MASTHEAD_SHARED_SHARE = 0.75


def same_masthead(head: frozenset[str], other: frozenset[str]) -> bool:
    return any(_same_masthead_line(a, b) for a in head for b in other)


def _same_masthead_line(line: str, other: str) -> bool:
    if line == other:
        return True
    words, other_words = set(line.split()), set(other.split())
    shared = len(words & other_words)
    return shared >= MASTHEAD_SHARED_WORDS and shared >= MASTHEAD_SHARED_SHARE * min(
        len(words), len(other_words)
    )


def page_signals(text: str, title_lines: int | None = None) -> dict[str, Any]:
    """Everything segmentation looks at on one page; `title_lines` is set for the chunks of
    a plain-text release (a title within that many lines, a stamp only at the top)."""
    match = _title_match(text, title_lines)
    return {
        "masthead": masthead(text),
        "page_of": page_of_stamp(text),
        "doc_stamp": document_stamp(text, first_line_only=title_lines is not None),
        "email_top": has_email_header_at_top(text),
        "title": (match[0], match[1]) if match else None,
        "title_rule": match and match[2],
        "letterhead": has_letterhead(text) or has_memo_header_at_top(text),
        "listing": is_listing_page(text),
        "ends_in_header": ends_in_email_header(text),
    }


def _starts_new_document(
    signals: dict[str, Any], current: dict[str, Any] | None, *, default_new: bool
) -> bool:
    """Decide whether a page opens a document; `current` holds the open document's state."""
    if current is None or _opens_inventory(signals, current):
        return True
    if signals["page_of"] is not None:
        return _page_number_restarts(signals["page_of"], current["last_page_of"])
    if signals["doc_stamp"] is not None:
        return signals["doc_stamp"] != current["doc_stamp"]
    if _is_table_header(signals["title_rule"]) and (
        _is_table_header(current["title_rule"]) or current["listing"]
    ):
        return False  # the table header repeated on every page of an inventory
    if current["ends_in_header"]:
        return False  # the last page ended in a mail header: its message follows
    if signals["email_top"] or signals["title"] is not None or signals["letterhead"]:
        return True
    head, top_date = signals["masthead"]
    first_head, last_date = current["masthead"]
    if (
        not default_new
        and same_masthead(head, first_head)
        and top_date is not None
        and last_date is not None
    ):
        # the document's masthead again under another date: the next issue of a series
        # (a letter's continuation pages repeat its date, or carry "Pagina k van N")
        return top_date != last_date
    last_page_of = current["last_page_of"]
    if last_page_of is not None:
        # the open document printed its last page, or numbered pages are still to come
        return last_page_of[0] == last_page_of[1]
    return default_new


def _page_number_restarts(page_of: tuple[int, int], last_page_of: tuple[int, int] | None) -> bool:
    """A page stamped "Pagina k van N" opens a document unless it goes on with the open
    document's numbering (or follows its unnumbered first pages)."""
    k, n = page_of
    if k == 1:
        return True
    return not (last_page_of is None or (last_page_of[1] == n and last_page_of[0] < k))


def _is_table_header(rule: int | None) -> bool:
    return rule is not None and _rules()["title_rules"][rule][2]


def _opens_inventory(signals: dict[str, Any], current: dict[str, Any]) -> bool:
    """An inventory's title or table header on a page of another document: a decision letter's
    "Bijlage 2 - Inventarislijst" is a document of its own even where the letter's "Pagina n
    van m" runs through it. Not in a document that opened with inventory rows (a scan
    whose OCR read the table header only on a later page)."""
    return (
        _is_table_header(signals["title_rule"])
        and not _is_table_header(current["title_rule"])
        and not current["listing"]
    )
