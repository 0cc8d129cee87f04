"""Plain text: whether a chunk that page signals alone would open a document goes on with the
open one (`_plain_text_continues`): a participant list over a break, text that opens
mid-sentence, a chunk after a lead-in or a heading, the sender's stationery alone, a running
header repeated, a quoted mail header after a thread or a closing formula.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Any

from pipeline.dates import find_dates, repair_date_span
from pipeline.documents.headers import (
    CLOSING_REACH,
    _opens_with_pasted_header,
    has_email_header_at_top,
    mail_window_title,
    opens_with_label_column,
    opens_with_quoted_header,
)
from pipeline.documents.letters import _is_letter, _opens_with_letterhead
from pipeline.documents.lines import _readable, _title_shaped, names_a_meeting, text_lines
from pipeline.documents.meeting_pages import opens_page_proposal, opens_page_record
from pipeline.documents.rules import _rules


def _plain_continuation(text: str, previous_text: str) -> bool:
    """Plain text: a chunk that goes on with the participant list the previous one ended in."""
    rules = _rules()
    lines = text_lines(text)
    if not lines or not rules["participant_line"].search(lines[0]):
        return False
    return any(rules["participant_label"].match(x) for x in text_lines(previous_text))


#: what OCR makes of a table rule or a margin line before a chunk's first word ("I - ", "| ")
_LEADING_JUNK_RE = re.compile(r"^(?:[|!I]\s+|[-–—]\s+)+")


def _opens_mid_text(text: str) -> bool:
    """Plain text: a chunk whose first line starts in lower case, with a figure or a list
    mark ("pilots met ...", "10 in de categorie ...", "• Vul na afloop") goes on with the
    document before it; documents open with a capitalised title or header. So does a chunk
    that opens with a closing formula or a comment balloon printed in the margin."""
    # a line without a letter or a figure (")", "■") is OCR noise, not the chunk's opening
    lines = _readable(text_lines(text))
    if not lines:
        return True
    first = _LEADING_JUNK_RE.sub("", lines[0]) or lines[0]
    if re.match(r"^[\d(),.;:•■▪*\-–]", first) and not re.match(r"^\d{1,2}\.\s+[A-Z]", first):
        return True
    # A sentence ends inside the first line ("Vanuit Save kwamen 22 meldingen, vanuit Veilig
    # Thuis 13. De overige ..."): running text, not a title ("Mevr. X" does not count).
    if re.search(r"(?:[a-z]{3,}|\s\d+)\. [A-Z]", first):
        return True
    rules = _rules()
    if rules["letter_closing"].match(first) or rules["comment_balloon"].match(first):
        return True
    return first[:1].islower()


def _ends_open(previous_text: str) -> bool:
    """Plain text: a chunk that ends where its text must go on: a lead-in ending in a colon
    ("Meldingen verdeeld over de regio's:"), a parenthesis left open, a closing formula
    before its signature, or a heading whose section follows ("Stap 1: organiseren van een
    procesevaluatie")."""
    # OCR's rendering of a logo or a rule ("■", "I") ends many pages: look past it
    lines = [x for x in text_lines(previous_text) if re.search(r"[A-Za-zÀ-ÿ]{2}", x)]
    if not lines:
        return False
    last = lines[-1]
    if (
        last.endswith(":")
        or last.count("(") > last.count(")")
        or _rules()["letter_closing"].match(last)
    ):
        return True
    return _is_heading(last)


def _is_heading(line: str) -> bool:
    """A heading: a short capitalised phrase of words (no sentence end, no address or URL)."""
    words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", line)
    return (
        line[:1].isupper()
        and 2 <= len(words) <= 8
        and len(line) <= 60
        and _title_shaped(line)
        and not re.search(r"[@/]|\.(?:nl|com|org)\b|\d{3,}", line)
        and not line.rstrip().endswith("?")
    )


def _title_only(text: str) -> bool:
    """A chunk that is a title block alone: one or two short title-shaped lines."""
    lines = text_lines(text)
    return 1 <= len(lines) <= 2 and all(_title_shaped(x) and len(x) <= 80 for x in lines)


#: A chunk longer than this is never page furniture alone.
FURNITURE_MAX_LINES = 5
#: A line of the chunk not printed elsewhere has at most this many words (a slogan, a name).
FURNITURE_OWN_WORDS = 4
#: A line of at most one short word or a number ("utrecht", "900"): a logo's remnant.
_REMNANT_RE = re.compile(r"^[\W\d_]*[^\W\d_]{0,12}[\W\d_]*$")


def _furniture_only(texts: list[str], i: int) -> bool:
    """Plain text: a chunk of a few lines that are the sender's stationery (a logo's slogan
    and name, printed again on other pages of the source) or logo remnants, and nothing of
    its own: page furniture OCR set apart, not a document (SVMN: "Vieren wij samen." /
    "Gemeente Utrecht" above a page of an e-mail or a letter)."""
    lines = text_lines(texts[i])
    if not lines or len(lines) > FURNITURE_MAX_LINES:
        return False
    elsewhere = {x for n, text in enumerate(texts) if n != i for x in text_lines(text)}
    words = [x for x in lines if not _REMNANT_RE.match(x)]
    repeated = [x for x in words if x in elsewhere]
    own = [x for x in words if x not in elsewhere]
    # an OCR-damaged copy of the slogan ("Vi wij samen.") may stand beside the name
    short = all(len(x.split()) <= FURNITURE_OWN_WORDS for x in own)
    return bool(repeated) and len(own) <= len(repeated) and short


#: Lines below a record's title within which its title block dates the meeting (`VAN DE`
#: / `WINTERVERGADERING` / `DER` / `VEREENIGING, GEHOUDEN TE ROTTERDAM` / `op Zondag, ...`),
#: and within which its attendance list opens.
TITLE_BLOCK_LINES = 4
TITLE_LIST_LINES = 6
#: Short lines in capitals above a record's title that belong to its title (`VERSLAG` /
#: `VAN DE` over `WINTERVERGADERING`; OCR's `BR LAG.`)
TITLE_LEAD_LINES = 2


def record_title_date(lines: list[str]) -> date | None:
    """The meeting's date where `lines` (filled, stripped) open with a record's title block:
    a title naming a meeting (its leading words in capitals perhaps on lines of their own),
    the meeting's date in it or on the lines right below, and the attendance list opening
    below it (`VERSLAG VAN DE NAJAARSBIJEENKOMST ... GEHOUDEN OP 28 OKTOBER 2000` /
    `Aanwezig: ...`); None for any other opening."""
    lead = 0
    while lead < min(TITLE_LEAD_LINES, len(lines)) and _title_lead(lines[lead]):
        lead += 1
    title = lines[lead].rstrip(".") if lead < len(lines) else ""
    if not (names_a_meeting(title) and _title_shaped(title)) or re.match(r"[-*•▪·–\d]", title):
        return None  # not an item of a list (`• Notulen OCMW-raad d.d. 26 juni 2023`)
    below = lines[lead + 1 : lead + 1 + TITLE_LIST_LINES]
    if not any(attendance_marker(x) for x in below):
        return None
    block = lines[lead : lead + 1 + TITLE_BLOCK_LINES]
    found = [d for x in block for d in find_dates(repair_date_span(x)) if not d[2].year_inferred]
    return found[0][2].value if found else None


def attendance_marker(line: str) -> bool:
    """An attendance label, at a line's start or inside a page run onto one line."""
    return any(p.search(line) for p in _rules()["minutes_markers"][:2])


def _title_lead(line: str) -> bool:
    """A short line in capitals that opens a title (`VERSLAG`, `VAN DE`, OCR's `BR LAG.`)."""
    words = line.split()
    return 0 < len(words) <= 3 and all(w.strip(".,").isalpha() and w.isupper() for w in words)


def _plain_text_continues(
    texts: list[str], i: int, signals: dict[str, Any], current: dict[str, Any]
) -> bool:
    """Plain text: whether chunk `i`, which page signals alone would start a document with,
    goes on with the open document. A header block (e-mail, letterhead, page numbers, a
    document stamp) always starts one; a title starts one unless the open document is still
    only its own title; a chunk without either continues where its text plainly goes on."""
    if signals["email_top"] or signals["page_of"] is not None or signals["letterhead"]:
        return False
    if signals["doc_stamp"] is not None:
        return False
    if _furniture_only(texts, i):
        return True
    if i - current["first"] == 1 and _title_only(texts[current["first"]]):
        return True  # no document is its title alone: "Leren van casuïstiek" + its pages
    if signals["title"] is not None or record_title_date(text_lines(texts[i])) is not None:
        return False  # a record's title block over its attendance list opens the record
    if opens_page_record(texts[i].lstrip()):
        return False  # a transcribed page that opens with a record's head (`_page_record_starts`)
    if opens_page_proposal(texts[i].lstrip()):
        return False  # a transcribed page that opens with a proposal form (`_page_proposal_starts`)
    text, previous = texts[i], texts[i - 1]
    opening = text_lines(texts[current["first"]])[:1]
    if opening and text_lines(text)[:1] == opening:
        return True  # the open document's running header, repeated on its next page
    if opens_with_label_column(text_lines(text)) or mail_window_title(text_lines(text)):
        return False  # a printed mail's own header: a new print, not a quoted one
    if _opens_with_letterhead(text_lines(text)):
        return False  # a letter's address block over its labels and salutation
    if _continues_thread(texts, i, current):
        return True
    if _opens_with_pasted_header(text_lines(text)):
        return False  # a mail pasted below notes, under a heading or a list's bullet
    return _plain_continuation(text, previous) or _opens_mid_text(text) or _ends_open(previous)


def _continues_thread(texts: list[str], i: int, current: dict[str, Any]) -> bool:
    """Plain text: chunk `i` opens, below the sender's stationery, with a quoted mail header
    (header fields without a From line), and the open document is a mail thread or a
    message's body that ended in its closing formula: the earlier messages of the thread
    follow a page break. After a letter (a letterhead, or a salutation and closing) a header
    opens a new e-mail whose From line OCR lost."""
    if not opens_with_quoted_header(_below_stationery(texts, i)):
        return False
    first = texts[current["first"]]
    if has_email_header_at_top(first):
        return True
    open_text = "\n".join(texts[current["first"] : i])
    lines = text_lines(open_text)
    if _is_letter(open_text, lines):
        return False
    return any(_rules()["letter_closing"].search(x) for x in lines[-CLOSING_REACH:])


def _below_stationery(texts: list[str], i: int) -> list[str]:
    """The lines of chunk `i` after the stationery at its top: lines printed in other chunks
    of the source too, of a few words (a logo's slogan and name), and logo remnants."""
    lines = text_lines(texts[i])
    counts = _chunk_line_counts(tuple(texts))
    n = 0
    while n < len(lines) and (
        _REMNANT_RE.match(lines[n])
        or (counts[lines[n]] > 1 and len(lines[n].split()) <= FURNITURE_OWN_WORDS)
    ):
        n += 1
    return lines[n:]


@lru_cache(maxsize=2)
def _chunk_line_counts(texts: tuple[str, ...]) -> Counter:
    """In how many chunks each line is printed."""
    return Counter(x for text in texts for x in set(text_lines(text)))
