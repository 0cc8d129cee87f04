"""Documents that record several meetings: a journal whose dated headings each open a
meeting (`_meeting_sections`), the papers of one meeting that bundle the records of
earlier ones on pages transcribed onto one line (`_later_records`), and a register of
decisions with one dated section per meeting (`_dated_sections`)."""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any, NamedTuple

from spacy.tokens import Doc

from pipeline.dates import DATE_RE, ParsedDate, parse_date
from pipeline.docmodel import Line, evidence_box, side_by_side_rows
from pipeline.documents import MARKDOWN_HEADING_RE, PAGE_LINE_CHARS
from pipeline.meetings.dating import (
    _MEETING_EVENT_RE,
    _OTHER_MEETING_RE,
    _PAGE_NUMBER_RE,
    _subject_record,
    _time_after_date,
    _title_after_letterhead,
    _with_printed_year,
    find_date,
)
from pipeline.meetings.head import _meeting_header, find_meeting_body
from pipeline.meetings.participants import _distinct, extract_participants
from pipeline.meetings.people import status_label
from pipeline.meetings.places import find_location
from pipeline.meetings.printed import _as_printed
from pipeline.meetings.sentences import _role_led_roll

_SECTION_BODY_WORDS = 4


class _PageRecord(NamedTuple):
    """A record of another meeting opening a page transcribed onto one line."""

    line: int  # its index among the document's lines
    day: date
    year_inferred: bool
    title: str  # its title up to the first attendance label


#: a capitalised field label (`Aanwezig:`, `Tevens aanwezig:`): a record's title ends before it
_TITLE_END_RE = re.compile(r"\s(?=[A-Z]\w+(?: [a-z]\w+)?\s*:\s)")


def _later_records(
    printed: list[str], first_date: date | str | None, year: int | None
) -> list[_PageRecord]:
    """The pages transcribed onto one line (a web page's `Transcriptie`) below the first that
    open on the title of a record of another meeting (`2 Regio X Concept-besluitenlijst van de
    vergadering van het Algemeen Bestuur van 24 juni 2015 ... Aanwezig: ...`): the papers of
    one meeting bundle the record of an earlier one."""
    found: list[_PageRecord] = []
    start = next((k for k, x in enumerate(printed) if x.strip()), 0)
    for k, line in enumerate(printed[start + 1 :], start=start + 1):
        if len(line) <= PAGE_LINE_CHARS or not _PAGE_NUMBER_RE.match(line):
            continue
        page = _PAGE_NUMBER_RE.sub("", line, count=1)
        titled = _title_after_letterhead(page) or _subject_record(page)
        title = _TITLE_END_RE.split(titled[0], maxsplit=1)[0] if titled else ""
        m = DATE_RE.search(title)
        parsed = parse_date(m.group(0), context_year=year) if m else None
        if parsed is None:
            continue
        day, inferred = parsed.value, parsed.year_inferred
        if inferred:  # `D.D. 9 DECEMBER 13`: the year as the text prints it
            day, inferred = _with_printed_year(day, printed, title)
        if str(day) != str(first_date):
            found.append(_PageRecord(k, day, inferred, title))
    return found


def _page_record_meetings(
    doc: Doc, doc_lines: list[Line], printed: list[str], pages: list[_PageRecord]
) -> tuple[list[dict], list[dict]]:
    """(meetings, participants): the head's meeting with the people named above the first
    later record, and one meeting per later record, dated and placed by its title, with the
    people its own pages name."""
    cuts = [page.line for page in pages]
    meeting = _meeting_header(doc, doc_lines[: cuts[0]], printed[: cuts[0]])  # its own pages
    rows = _as_printed(side_by_side_rows(doc_lines[: cuts[0]]))
    people = _distinct(extract_participants(rows), meeting["meeting_id"])
    meetings = [meeting] if meeting["meeting_date"] is not None or people else []
    for n, (page, end) in enumerate(zip(pages, [*cuts[1:], len(doc_lines)], strict=True), 2):
        meeting_id = f"{meeting['document_id']}-m{n}"
        line = doc_lines[page.line]
        meetings.append(
            {
                **meeting,
                "meeting_id": meeting_id,
                "page_no": line.page_no,
                "body": find_meeting_body([], page.title),  # the head's body met on another day
                "meeting_date": page.day,
                "date_year_inferred": page.year_inferred,
                "start_time": None,
                "end_time": None,
                "location": find_location([page.title], page.day),
                **evidence_box([line.span], line.page_no),
            }
        )
        rows = _as_printed(side_by_side_rows(doc_lines[page.line : end]))
        people += _distinct(extract_participants(rows), meeting_id)
    return meetings, people


#: how far below its heading a meeting's attendance list may start
_SECTION_LIST_LINES = 8


def _meeting_sections(doc_lines: list[Line], printed: list[str]) -> list[int]:
    """Where each meeting of a journal of meetings starts: the headings that date one meeting
    each (`## Scrum Meeting: 03/10/2024 09:00`, `## Week 1 Dag 2 - donderdag 12 januari` over
    its `Aanwezig:` list), naming a meeting or followed by an attendance list before the next
    such heading; [] unless there are two. One meeting's minutes name another (`## Volgende
    vergadering 12 maart`) in a heading of their own at most once. An old register's entry
    opens with the sitting's date over or before its roll led by roles (`_rolled_entry`):
    a meeting's own start, one alone too."""
    rolled = [k for k in range(len(printed)) if _rolled_entry(printed, k)]
    dated = [
        k
        for k, line in enumerate(doc_lines)
        if (MARKDOWN_HEADING_RE.match(line.text) or k in rolled)
        and len(DATE_RE.findall(printed[k])) == 1
        and not _OTHER_MEETING_RE.search(printed[k])
    ]
    starts = [
        k
        for k, end in itertools.pairwise([*dated, len(printed)])
        if k in rolled
        or _MEETING_EVENT_RE.search(printed[k])
        or any(status_label(x) for x in printed[k + 1 : min(end, k + _SECTION_LIST_LINES)])
    ]
    return starts if len(starts) >= 2 or (starts and set(starts) <= set(rolled)) else []


#: how far into an entry's first line the sitting's date stands (`Ordinaire vergadering,
#: maandag 6 januari 1812`)
_ENTRY_DATE_CHARS = 40


def _entry_date(heading: str, year: int | None) -> ParsedDate | None:
    """The date a register's entry opens with (`7 januari 1811, ’s mi 3 uur; praeses ...`),
    parsed, where the heading reads as no dated title; None without one near its start."""
    m = DATE_RE.search(heading)
    if m is None or m.start() > _ENTRY_DATE_CHARS:
        return None
    return parse_date(m.group(0), context_year=year)


def _rolled_entry(printed: list[str], k: int) -> bool:
    """An old register's entry for one sitting: its date near the line's start and a roll led
    by roles after it (`7 januari 1811, ’s mi 3 uur; praeses Moll, scriba Kouwens, absent
    Brand.`) or on the next line (`Maandag 20 januari 1812, buitengewone vergadering, ’s av 6
    u.` over `praeses Plukhooij voor Kouwens, scriba Moll, absent Kouwens en Kuyl.`)."""
    if _entry_date(printed[k], None) is None:
        return False
    below = next((x for x in printed[k + 1 : k + 3] if x.strip()), "")
    return bool(_role_led_roll(printed[k]) or _role_led_roll(below))


def _section_meetings(
    meeting: dict[str, Any],
    doc_lines: list[Line],
    printed: list[str],
    starts: list[int],
    year: int | None,
) -> tuple[list[dict], list[dict]]:
    """(meetings, participants) of a journal of meetings: one meeting per section, dated
    and timed by its heading, with the people its own lists name."""
    meetings: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    for n, (a, b) in enumerate(itertools.pairwise([*starts, len(doc_lines)]), start=1):
        heading = printed[a]
        day, inferred = find_date([heading], year)
        if day is None and (parsed := _entry_date(heading, year)) is not None:
            day, inferred = parsed.value, parsed.year_inferred
        start, end = _time_after_date(heading)
        meeting_id = f"{meeting['document_id']}-m{n}"
        meetings.append(
            {
                **meeting,
                "meeting_id": meeting_id,
                "page_no": doc_lines[a].page_no,
                "meeting_date": day,
                "date_year_inferred": inferred,
                "start_time": start,
                "end_time": end,
                "location": None,
                **evidence_box([doc_lines[a].span], doc_lines[a].page_no),
            }
        )
        rows = _as_printed(side_by_side_rows(doc_lines[a:b]))
        people += _distinct(extract_participants(rows), meeting_id)
    return meetings, people


def _dated_sections(
    meeting: dict[str, Any], doc_lines: list[Line], year: int | None
) -> list[dict[str, Any]]:
    """The meetings of a register of decisions, one under each heading that opens with its
    date and names its body (`1 juli 2021 Kerkenraad`, `21 juni 2021 Moderamen`); none
    unless there are two."""
    found = []
    for line in doc_lines:
        text = line.text.strip()
        m = DATE_RE.match(text)
        body = text[m.end() :].strip(" :-") if m else ""
        if m is None or len(body.split()) > _SECTION_BODY_WORDS or not body[:1].isupper():
            continue
        parsed = parse_date(m.group(0), context_year=year)
        if parsed is not None:
            found.append((line, parsed, body))
    return (
        [
            {
                **meeting,
                "meeting_id": f"{meeting['document_id']}-m{k}",
                "page_no": line.page_no,
                "body": body,
                "meeting_date": parsed.value,
                "date_year_inferred": parsed.year_inferred,
                "start_time": None,
                "end_time": None,
                "location": None,
                **evidence_box([line.span], line.page_no),
            }
            for k, (line, parsed, body) in enumerate(found, start=1)
        ]
        if len(found) >= 2
        else []
    )
