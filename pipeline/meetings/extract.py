"""Which documents record a meeting (`is_meeting_document`: a meeting's document type, a
title that names and dates one, an attendance list under a dated head, a report naming who
attended, a date alone over numbered items) and the meetings and participants of one
document (`extract_meetings`)."""

from __future__ import annotations

import re
from datetime import date, time

from spacy.tokens import Doc

from pipeline.dates import DATE_RE, bare_date, find_dates, parse_date, parse_time
from pipeline.docmodel import Line, as_doc, evidence_box, page_lines, side_by_side_rows
from pipeline.documents import context_year, is_formal_decision, names_sitting_outcomes
from pipeline.documents.doc_types import records_a_decision
from pipeline.documents.lines import _readable, names_a_meeting
from pipeline.documents.shapes import _describes_a_body
from pipeline.meetings.dating import (
    _MEETING_EVENT_RE,
    ANNOUNCING_LINES,
    _date_line,
    _names_the_meeting,
    _opens_naming_this_meeting,
    _record_title_day,
    date_over_items,
    reported_sitting,
    sitting_announced,
    title_ends_dated,
)
from pipeline.meetings.head import _body_named_throughout, _body_of_members, _meeting_header
from pipeline.meetings.notices import NoticedSitting, noticed_sittings
from pipeline.meetings.participants import _distinct, extract_participants
from pipeline.meetings.people import status_label
from pipeline.meetings.printed import _as_printed
from pipeline.meetings.rules import _rules
from pipeline.meetings.sections import (
    _dated_sections,
    _later_records,
    _meeting_sections,
    _page_record_meetings,
    _section_meetings,
)
from pipeline.meetings.sentences import _led_sentences, sitting_chaired

_TITLE_DATE_LINES = 3


#: the lines of a report's opening where it tells its sitting and who chaired it
_CHAIRED_LINES = 3


def is_meeting_document(document: dict, lines: list[str]) -> bool:
    """A meeting's document type; a participant list under a title naming a meeting, or with
    a date or time label; or an account of a talk that opens with its attendance list and
    states a date in its head."""
    rules = _rules()
    if document.get("doc_type") in rules["doc_types"] or _dated_meeting_title(lines):
        return True
    if _presents_a_sitting(lines) or date_over_items(lines) or _announces_a_sitting(lines):
        return True
    if _dated_list_in_head(lines):
        return True  # a decision list headed by its sitting's date alone, over its items
    if any(sitting_chaired(x) for x in _readable(lines)[:_CHAIRED_LINES]):
        return True  # a report that opens on its sitting and who chaired it
    if not any(status_label(x) for x in lines):
        return _reported_attendance(lines)
    # an e-mail that sends the account of a talk (`Subject: Verslag meeting molen 5`)
    if _opens_naming_this_meeting(document.get("title") or ""):
        return True
    if any(rules["date_label"].match(x) or rules["time_label"].match(x) for x in lines):
        return True
    head = [x for x in lines if x][: rules["header_lines"]]
    # an attendance list under a heading that names and dates the meeting (`Besluit zitting
    # van 21 juni 2021`, `Zitting van maandag 7 juni 2021 om 19u30`) below a portal's lines
    if any(_names_the_meeting(x) and DATE_RE.search(x) for x in head):
        return True
    opens_with_list = any(status_label(x) for x in head[: rules["list_opening_lines"]])
    return opens_with_list and any(DATE_RE.search(x) for x in head)


#: a report's sentence naming at least this many attendees is its account of a meeting
_REPORTED_ATTENDEES = 3


def _reported_attendance(lines: list[str]) -> bool:
    """A report that opens on a meeting and names who attended in a sentence of its own
    (`De openbare vergadering van de Nationale Assemblee ... De leden die aanwezig waren
    ..., zijn A, B, C en D.`): an account of that meeting, though it prints no label."""
    head = next((x for x in lines if x.strip()), "")
    if not _MEETING_EVENT_RE.search(_rules()["sentence_end"].split(head, maxsplit=1)[0]):
        return False
    return any(
        sum(p["status"] == "present" for p in _led_sentences(x)) >= _REPORTED_ATTENDEES
        for x in lines
    )


def _presents_a_sitting(lines: list[str]) -> bool:
    """A page presenting a body and how it meets (typed other) under a heading that names
    one of its sittings (`GMR vergadering` over `Tijdstip: 19.30 – 22.00 uur`, `Raadsvergadering
    maart` over `Aanvangstijd: 10.15 uur`): the sitting is read as a record's would be. A
    heading in the plural (`GS-vergaderingen`) names the page's meetings, not one sitting."""
    readable = _readable(lines)
    plural = _rules()["sittings_in_plural"]
    head = readable[:_TITLE_DATE_LINES]
    named = any(names_a_meeting(x) and not plural.search(x) for x in head)
    return named and _describes_a_body(readable)


def _announces_a_sitting(lines: list[str]) -> bool:
    """A news item that opens by announcing a body's coming sitting (`De Wmo-raad vergadert op
    dinsdagavond 14 december 19.00-21.00 uur in het Tillehûs`) or reports one by its full date
    (`In de vergadering van 16 juli 2019 zijn de volgende besluiten genomen`): the gold records
    the meeting announced, its day without a year undated."""
    readable = _readable(lines)
    announced = any(sitting_announced(x) for x in readable[:ANNOUNCING_LINES])
    return announced or reported_sitting(readable) is not None or bool(noticed_sittings(lines))


_DECISION_LIST_RE = re.compile(r"\bbesluitenlijst\b", re.IGNORECASE)
_CELL_EDGES = " |"


def _dated_list_in_head(lines: list[str]) -> bool:
    """A decision list titled inside a line of the head, not at its start, with the sitting's
    date after it or on the next line naming the meeting: a table's cell (`|Openbare
    besluitenlijst |` over `|Vergadering Gedeputeerde Staten d.d. 6 juli 2009 |`) or a
    gazette's header run into one line (`... Metropoolregio Rotterdam Den Haag - Besluitenlijst -
    dagelijks bestuur - 21 juni 2021`)."""
    head = [x.strip(_CELL_EDGES) for x in _readable(lines)[:ANNOUNCING_LINES]]
    for line, below in zip(head, [*head[1:], ""][: len(head)], strict=True):
        m = _DECISION_LIST_RE.search(line)
        if m is None:
            continue
        if DATE_RE.search(line[m.end() :]) or (_names_the_meeting(below) and DATE_RE.search(below)):
            return True
    return False


def _dated_meeting_title(lines: list[str]) -> bool:
    """A first line that names one meeting and dates it, itself or on a date line right under
    it (`Korte aantekeningen vergadering commissies ... van 23 november 2021`, `Live uitzending
    commissievergadering` over `7 mei 2020`)."""
    head = [x for x in lines if x.strip()][:_TITLE_DATE_LINES]
    title = head[0] if head else ""
    if not (_opens_naming_this_meeting(title) and _MEETING_EVENT_RE.search(title)):
        return False  # `Jaarverslag klachten 2022`: a report
    return len(DATE_RE.findall(title)) == 1 or any(bare_date(x) for x in head[1:])


def extract_meetings(document: dict | Doc) -> tuple[list[dict], list[dict]]:
    """(meetings, participants) of one document: its document model, or a segment_documents
    row plus "pages"."""
    doc = as_doc(document)
    document = doc._.document
    doc_lines = page_lines(doc)
    all_lines = _as_printed([(line.page_no, line.text) for line in doc_lines])
    if not doc._.pages or not is_meeting_document(document, [x for _, x in all_lines]):
        return [], []
    printed = [x for _, x in all_lines]
    meeting = _meeting_header(doc, doc_lines, printed)
    if noticed := _noticed_meetings(meeting, noticed_sittings(printed), doc_lines, doc.text):
        rows = _as_printed(side_by_side_rows(doc_lines))
        participants = _distinct(extract_participants(rows), meeting["meeting_id"])
        return noticed, participants
    if sections := _meeting_sections(doc_lines, printed):
        return _section_meetings(meeting, doc_lines, printed, sections, context_year(doc.text))
    if pages := _later_records(printed, meeting["meeting_date"], context_year(doc.text)):
        return _page_record_meetings(doc, doc_lines, printed, pages)
    rows = _as_printed(side_by_side_rows(doc_lines))
    participants = _distinct(extract_participants(rows), meeting["meeting_id"])
    # a page of one sitting's outcomes records that sitting, as minutes do (`Genomen besluiten
    # gemeenteraad` over `Donderdag 7 februari`), its year unprinted or not
    one_sitting = document.get("doc_type") == "decision_list" and names_sitting_outcomes(printed)
    if (
        meeting["meeting_date"] is None
        and not participants
        and document.get("doc_type") != "minutes"
        and not one_sitting
        and not (meeting["start_time"] and _presents_a_sitting(printed))
        and not _announces_a_sitting(printed)
    ):
        return [], []  # a title that names a body is not yet a meeting; minutes record one
    if not participants and _decides_outside_a_sitting(printed):
        return [], []  # a body's formal decision names who decides, not where they met
    if not participants and _dates_a_decision_not_a_sitting(printed):
        return [], []  # `Datum besluit: 19 januari 2021`: the day decided, no sitting told
    if document.get("doc_type") == "decision_list" and not (
        participants or one_sitting or _dates_one_meeting(document.get("title"), doc_lines)
    ):
        # a register of decisions taken at several meetings: one per dated section
        return _dated_sections(meeting, doc_lines, context_year(doc.text)), []
    meeting = _body_of_members(meeting, participants)
    return [_body_named_throughout(meeting, printed)], participants


def _noticed_meetings(
    meeting: dict, sittings: list[NoticedSitting], doc_lines: list[Line], text: str
) -> list[dict]:
    """The meetings a notice announces (`notices.noticed_sittings`), dated by the notice's
    sentence over the notice's own date (its posting, its signing), a day without its year
    in the year the text names most; the first takes the head's body, hours and place where
    the notice tells none. None unless the announced sitting's day is read."""
    year = context_year(text)
    rows: list[dict] = []
    for sitting in sittings:
        parsed = parse_date(sitting.day, context_year=year)
        if parsed is None:
            if not rows:
                return []
            continue
        first = not rows
        line = doc_lines[sitting.line] if sitting.line < len(doc_lines) else None
        box = evidence_box([line.span], line.page_no) if line is not None else {}
        rows.append(
            {
                **meeting,
                **box,
                "meeting_id": f"{meeting['document_id']}-m{len(rows) + 1}",
                "page_no": line.page_no if line is not None else meeting["page_no"],
                "body": sitting.body or (meeting["body"] if first else None),
                "meeting_date": parsed.value,
                "date_year_inferred": parsed.year_inferred,
                **_hours(_hour(sitting.start), meeting if first else None),
                "location": sitting.place or (meeting["location"] if first else None),
            }
        )
    return rows


def _hours(start: time | None, head: dict | None) -> dict[str, time | None]:
    """The sitting's start and end: the notice's hour, the head's end only where the head
    starts at that hour too (`vanaf de datum van deze bekendmaking ... van 9.00 tot 12.00
    uur`: the hours the papers lie open, not the sitting's); the head's hours where the
    notice tells none."""
    if head is None:
        return {"start_time": start, "end_time": None}
    if start is None:
        return {"start_time": head["start_time"], "end_time": head["end_time"]}
    same = head["start_time"] == start
    return {"start_time": start, "end_time": head["end_time"] if same else None}


def _hour(printed: str | None) -> time | None:
    """The hour a notice prints (`19.00`) as a time; None where it prints none."""
    return parse_time(printed) if printed else None


#: the fields of a meeting row that say which sitting it was
_MEETING_FIELDS = ("meeting_date", "body", "start_time", "end_time", "location")
#: the same without the date, which a sitting named in passing gives too (`_dated_in_passing`)
_SITTING_FIELDS = _MEETING_FIELDS[1:]


def reads_no_meeting(doc: Doc, meetings: list[dict], participants: list[dict]) -> bool:
    """Whether nothing of the document's meetings was read: no date, body, hour or place and
    nobody under any of them, and no sentence telling a meeting held (`meeting_told_held`:
    `Tijdens de bijeenkomst is ... ingegaan op`). Only the document's type (an annual report
    or a memo typed minutes by a word like `verslag`) or a talk told in passing made them.
    A date counts as nothing read where a text that is no record of the sitting prints it
    only where it names the sitting in passing (`_dated_in_passing`)."""
    if participants or any(m.get(field) for m in meetings for field in _SITTING_FIELDS):
        return False
    told_held = _rules()["meeting_told_held"]
    lines = [line.text for line in page_lines(doc)]
    if any(told_held.search(x) for x in lines):
        return False
    days = {m["meeting_date"] for m in meetings if m.get("meeting_date")}
    if not days:
        return True
    is_record = doc._.document.get("doc_type") in _RECORD_TYPES
    return not is_record and all(_dated_in_passing(day, lines) for day in days)


def _dated_in_passing(day: date, lines: list[str]) -> bool:
    """Whether every line printing `day` names its sitting only in passing, inside a sentence
    about something else (`sitting_mentioned`: `de documenten die zijn ingebracht in de
    vergadering van Gedeputeerde Staten van dinsdag 7 november`): the sitting is where the
    documents went, not what the text reports, so the day dates no meeting of it."""
    if not isinstance(day, date):
        return False  # a day not parsed is no day to look for
    printing = [x for x in lines if day in _printed_days(x, day.year)]
    mentioned = _rules()["sitting_mentioned"]
    return bool(printing) and all(mentioned.search(x) for x in printing)


def _printed_days(text: str, year: int) -> set[date]:
    """The days a line prints, a day without its year in `year`."""
    return {parsed.value for *_, parsed in find_dates(text, context_year=year)}


def _decides_outside_a_sitting(printed: list[str]) -> bool:
    """A formal decision (`Gelet op ...` over `Besluit:`) that names no sitting of its body
    (`in zijn vergadering van 3 mei 2021`): an act of the deciding organ, no account of a
    meeting, whatever date it bears (its signing or publication)."""
    if not is_formal_decision(printed):
        return False
    return not any(_MEETING_EVENT_RE.search(x) and DATE_RE.search(x) for x in printed)


def _dates_a_decision_not_a_sitting(printed: list[str]) -> bool:
    """A published decision's record (`records_a_decision`: `Datum besluit: ...` in its head)
    none of whose lines dates a sitting: the day its body decided, not a meeting
    (`Type besluit: GS-vergadering` says how it decided, not when it met). A decision list
    titled by its sitting's date (`Besluitenlijst gemeenteraad van 7 juli 2021`) records one."""
    if not records_a_decision(printed):
        return False
    sitting = (names_a_meeting, _MEETING_EVENT_RE.search)
    return not any(DATE_RE.search(x) and any(p(x) for p in sitting) for x in printed)


def _dates_one_meeting(title: str | None, doc_lines: list[Line]) -> bool:
    """Whether a decision list's head dates the one meeting it records: a date label, a
    line naming the meeting with its date, the list's own title dating it (`BESLUITENLIJST
    van de openbare vergadering van de eilandsraad ... d.d. 28 februari 2012.`, its
    attendance run on after it), a date in its title (`GS-besluitenlijst 25 juni 2019`), a
    date alone on a line or a news item's opening report of its sitting (`reported_sitting`)."""
    head = [line.text for line in doc_lines if line.text][: _rules()["header_lines"]]
    if any(
        _rules()["date_label"].match(x) or _names_the_meeting(x) and DATE_RE.search(x) for x in head
    ):
        return True  # `Vergadering van gedeputeerde staten van Drenthe d.d. 28 maart 2006`
    if _record_title_day(head) is not None or any(title_ends_dated(x) for x in head):
        return True
    if reported_sitting([line.text for line in doc_lines if line.text.strip()]) is not None:
        return True  # `In de vergadering van 16 juli 2019 zijn de volgende besluiten genomen.`
    return bool(title and DATE_RE.search(title)) or any(bare_date(x) or _date_line(x) for x in head)


#: the kinds of document that record one meeting and take its date as their own
_RECORD_TYPES = ("minutes", "decision_list")


def date_records_by_their_meeting(documents: list[dict], meetings: list[dict]) -> None:
    """Date a record by the one meeting read from it (`<document>-m1`: its head, not a talk its
    prose tells), in place: minutes are dated by their meeting. Where the document's dater
    found no date (a transcribed page's title, old minutes' opening sentence), or another
    one than the head prints with its year (a posting stamp `29 april 2022 21:15` over
    `Notulen ledenvergadering van 15-09-2021`; the earlier record a sitting approves)."""
    by_document: dict[str, list[dict]] = {}
    for meeting in meetings:
        by_document.setdefault(meeting["document_id"], []).append(meeting)
    for document in documents:
        found = by_document.get(document["document_id"], [])
        if document.get("doc_type") not in _RECORD_TYPES or len(found) != 1:
            continue
        meeting = found[0]
        if not meeting["meeting_id"].endswith("-m1") or meeting["meeting_date"] is None:
            continue
        if document.get("doc_date") is None or not meeting["date_year_inferred"]:
            document["doc_date"] = meeting["meeting_date"]
            document["doc_date_inferred"] = bool(meeting["date_year_inferred"])
