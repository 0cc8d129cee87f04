"""When the meeting sat, from its head lines: its times (`find_times`: a time label, the date
label's value, a time range, the time a sentence says it opened, the hour below the date or
in a sitting's slot; a Flemish clock `19u30` read as `19:30`) and its date (`find_date`: a
date label, a sitting's slot, the dated title or heading that names this meeting and not
another, the sentence in which the chair opens it, the page's own heading; a date printed
without its year placed in the year the text gives)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from pipeline.dates import (
    DATE_RE,
    FLEMISH_CLOCK_RE,
    TIME_RANGE_RE,
    TIME_RE,
    bare_date,
    century_of_short_year,
    gives_period,
    misprinted_year_date,
    parse_date,
    parse_time_range,
    posted_on,
    repair_date_span,
    weekday_before,
    yearless_date_in,
)
from pipeline.documents import (
    PAGE_LINE_CHARS,
    SittingSlot,
    headings_of_page,
    is_contents,
    is_posting_stamp,
    sitting_slot,
)
from pipeline.documents.dating import (
    approved_record_dates,
    cites_an_act,
    context_year,
    dates_only,
)
from pipeline.meetings.people import status_label
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import (
    _AGENDA_ITEM_RE,
    _BULLET_RE,
    _MEETING_WORD_RE,
    _sentence_at,
    _unbulleted,
)


def _this_sitting(line: str) -> SittingSlot | None:
    """A sitting's slot (`wo 29/01/2025 - 20:30 Raadzaal`, `Dinsdag 3 mei 2022, 19.30 uur`):
    a portal's or an invitation's date line, which dates the meeting before any date the
    title gives (the record of an earlier meeting it approves) or the page's publication
    date, and names its place; not a line about another meeting."""
    slot = sitting_slot(line)
    return slot if slot and not _OTHER_MEETING_RE.search(line) else None


def _date_line(line: str) -> str | None:
    """The date of a sitting's slot (`_this_sitting`)."""
    slot = _this_sitting(line)
    return slot.day if slot else None


def find_times(lines: list[str]) -> tuple[time | None, time | None]:
    """A meeting's start and end time: from a time label, the date label's value, a time
    range, then the time a sentence says the meeting opened."""
    rules = _rules()
    lines = [FLEMISH_CLOCK_RE.sub(r"\1:\2", line) for line in lines]
    fields = [_unbulleted(line) for line in lines]  # `- Begin : 17:18`
    for line in fields:
        m = rules["time_label"].match(line)
        if m:
            start, end = parse_time_range(m["value"])
            if start is not None:
                return start, end or _labelled_end(fields)
    for line in fields:  # `Datum: 2020-09-28, 10:00`
        m = rules["date_label"].match(line)
        value = date_field(m["value"]) if m else None
        if value is not None and (hours := _time_after_date(value))[0] is not None:
            return hours
    ranged = [line for line in lines if TIME_RANGE_RE.search(line)]
    preferred = [line for line in ranged if rules["meeting_time_prefer"].search(line)]
    for line in preferred + ranged:
        start, end = parse_time_range(line)
        if start is not None:
            return start, end
    start = _cued_start(lines)
    return start, _end_below_date(lines, start)


def _labelled_end(fields: list[str]) -> time | None:
    """The closing time a head's field gives (`Einde : 18:25`)."""
    for line in fields:
        if m := _rules()["end_time_label"].match(line):
            return parse_time_range(m["value"])[0]
    return None


def _dated_at(line: str) -> re.Match[str] | None:
    """`op dinsdag 28 maart 2017 om 20.00 uur in De Ontmoeting`: the time (and place) in the
    sentence that dates this meeting, not the next or an earlier one."""
    line = repair_date_span(line)  # `op Maandag, 12 uctober 1953 des avonds om 20.00 uur`
    day = DATE_RE.search(line)
    m = _rules()["dated_at"].search(line, day.end()) if day else None
    if m is None or "." in line[day.end() : m.start()] or is_posting_stamp(line.strip()):
        return None  # `Gepubliceerd op 12 februari 2020 om 12:00`: when the page was posted
    # within its sentence: a page flattened onto one line names earlier meetings further on
    if _OTHER_MEETING_RE.search(_sentence_at(line, day.start(), m.end())):
        return None
    return m


def _dated_in(line: str) -> re.Match[str] | None:
    """`Notulen ALV op dinsdag 2 oktober 2012 in De Meerkoet`: the place right after the
    date that dates this meeting."""
    day = DATE_RE.search(line)
    if day is None or _OTHER_MEETING_RE.search(_sentence_at(line, day.start(), day.end())):
        return None
    return _rules()["dated_in"].match(line, day.end())


def _cued_start(lines: list[str]) -> time | None:
    """The start time a line states after a cue (`aanvang 20.00h`, `opent om 13.35 uur`),
    with the meeting's date (`op 28 maart 2017 om 20.00 uur`) or before the chair opens the
    meeting (`Om 20.00 opent de voorzitter`)."""
    rules = _rules()
    for line in lines:
        m = rules["time_before_opening"].search(line) or _dated_at(line)
        if m:
            return _clock(m)
    for line in lines:
        for cue in rules["start_cue"].finditer(line):
            reach = line[cue.end() : cue.end() + rules["start_cue_reach"]]
            m = TIME_RE.search(reach)
            if m:
                return time(int(m[1]), int(m[2]))
    return _hour_below_date(lines) or _slot_start(lines) or _placed_start(lines)


#: the hour a place field closes with (`Plaats: Helicon, Socrateslaan 22A Zeist, 20.00 uur.`)
_PLACE_HOUR_RE = re.compile(r",\s*([01]?\d|2[0-3])[.:]([0-5]\d)\s*(?:uur|u|h)\b[.\s]*$", re.I)


def _placed_start(lines: list[str]) -> time | None:
    """The start time a place field gives after the place (`Plaats: ..., 20.00 uur`)."""
    for line in lines:
        field = _rules()["location_label"].match(_unbulleted(line))
        if field and (m := _PLACE_HOUR_RE.search(field["value"])):
            return time(int(m[1]), int(m[2]))
    return None


def _slot_start(lines: list[str]) -> time | None:
    """The start time in a sitting's slot (`woensdag 24 juni 2020 20:00`), not in a posting
    stamp (`_sitting_slots`)."""
    for line, _ in _sitting_slots(lines):
        if m := TIME_RE.search(line):
            return time(int(m[1]), int(m[2]))
    return None


#: a line that is only the hours a sitting sits (`Om 20:05`, `20.00 uur`, `- 19:30 u.`, old
#: minutes' `des namiddags om 8 uur.`, a Flemish head's `Van 21:00 uur`, `Van 20 uur tot 20.40
#: uur`), or its start with the place it sits in, the head's sentence going on under its date
#: (`gehouden op donderdag 23 april 2009` / `om 20.00 uur in het gemeentehuis te Muntendam.`)
_HOUR_LINE_RE = re.compile(
    r"[-–•\s]*(?:des\s+(?P<pm>avonds|namiddags)\s+)?(?:om|vanaf|aanvang|van)?\s*"
    r"(?P<h>[01]?\d|2[0-3])(?:[.:,](?P<m>[0-5]\d)\s*(?:u(?:ur)?|h)?|\s*(?:u(?:ur)?|h)\b)"
    r"(?:\s*tot\s+(?P<end_h>[01]?\d|2[0-3])(?:[.:,](?P<end_m>[0-5]\d)\s*(?:u(?:ur)?|h)?"
    r"|\s*(?:u(?:ur)?|h)\b))?"
    r"(?:\s+(?:in|te|bij)\s+(?P<place>[^.;:]{3,80}?))?[.\s]*",
    re.IGNORECASE,
)

#: the hours of the evening a whole hour is told in (`des avonds 8 uur`: 20:00)
_EVENING_HOURS = 12


def _clock(m: re.Match[str]) -> time:
    """The time a match of a clock reads (`h`, `m`: a whole hour without minutes), in the
    evening where it says so (`pm`: `des avonds`, `des namiddags`; `pm_after`: `7 uur n.m.`;
    `pm_before`: old minutes' `n.m. 7 uur`, `nam. 3 uur`)."""
    hour = int(m["h"])
    told = m.groupdict()
    if (told.get("pm") or told.get("pm_after") or told.get("pm_before")) and hour < _EVENING_HOURS:
        hour += _EVENING_HOURS
    return time(hour, int(m["m"] or 0))


def _hour_below_date(lines: list[str]) -> time | None:
    """The start time alone on the line right below the meeting's date (`Zitting van
    dinsdag 30 januari 2024` / `Om 20:05`): a head printed as a stack of date, hour, place."""
    m = hours_below_date(lines)
    return _clock(m) if m else None


def hours_below_date(lines: list[str]) -> re.Match[str] | None:
    """The line right below the meeting's date that gives its hours (`_HOUR_LINE_RE`: `Om
    20:05`, `Van 20 uur tot 20.40 uur`, `om 20.00 uur in het gemeentehuis te Muntendam.`):
    its match, with the end (`end_h`, `end_m`) and place (`place`) where it gives them."""
    filled = [line for line in lines if line.strip()]
    for above, line in zip(filled, filled[1:], strict=False):
        m = _HOUR_LINE_RE.fullmatch(line)
        if m and DATE_RE.search(above):
            return m
    return None


def _end_below_date(lines: list[str], start: time | None) -> time | None:
    """The closing hour the line below the date gives after the start read there (`Van 20
    uur tot 20.40 uur`); None where the start came from elsewhere or no end is given."""
    m = hours_below_date(lines)
    if m is None or m["end_h"] is None or start != _clock(m):
        return None
    return time(int(m["end_h"]), int(m["end_m"] or 0))


#: a meeting named with `d.d.` before its date (`Ledenvergadering d.d. 7 september 2013`)
#: at the head (not an agenda item `3. Verslag van de vergadering d.d. 17-7-2018`)
_DATED_MEETING_RE = re.compile(
    r"^(?!\W*\d).*?(?:\w*(?:vergadering|bijeenkomst|overleg|zitting)|\bA?LV|\bAV)\s+(?:van\s+)?"
    r"d\.\s?d\.\s*"
    r"(?=\d)",
    re.IGNORECASE,
)


_DATED_MEETING_LINES = 5


#: an agenda item about another meeting (`Verslag vorige vergadering 4 december 2012`,
#: `Vaststellen besluitenlijst raadsvergadering van 26 september 2019`) or a line about a day
#: to come (`Aanstaande maandag 5 september ...`)
_OTHER_MEETING_RE = re.compile(
    r"\b(?:vorige|volgende|eerdere|aanstaande|komende|vaststell\w*|goedkeur\w*|goedgekeurd)\b",
    re.IGNORECASE,
)


#: a clause that reports what the chair tells the sitting (`De Voorzitter deelt mede, dat op 20
#: Juni 1939 te Bergen op Zoom een bespreking is gehouden`, ngsta web307): a meeting it
#: tells of, held elsewhere before, not the sitting the record is of
_REPORTED_RE = re.compile(r"\b(?:deelt|deelde)\s+(?:\w+\s+){0,2}?mede,?\s+dat\s*$", re.IGNORECASE)


#: the date a line naming the meeting gives it, however long the line (`..., gehouden op`)
_HELD_ON_DATE_RE = re.compile(
    r"\b(?:gehouden\s+)?(?:op|d\.\s?d\.)\s+"
    r"(?=(?:\w+dag(?:avond|middag|ochtend|morgen)?\s+)?\d{1,2}[\s/.-])",
    re.IGNORECASE,
)


#: a sentence about a meeting (`Op maandag 20 februari houden wij onze ALV`), not about the
#: minutes of one (`De notulen van de ALV van 25 november 2019 werden vastgesteld`)
_SENTENCE_ON_A_MEETING_RE = re.compile(
    r"^(?!.*\b(?:notulen|verslag)\b).*(?:vergadering|bijeenkomst|zitting|\bA?LV\b)", re.IGNORECASE
)


_SENTENCE_DATE_LINES = 12


_MEETING_EVENT_RE = re.compile(r"(?:vergadering|bijeenkomst|zitting|overleg|meeting)\b", re.I)


_FOUNDED_RE = re.compile(r"\b(?:opgericht|gesticht)\b", re.IGNORECASE)


#: a heading, not a sentence that mentions the next meeting
_HEADING_MAX_WORDS = 12


#: the nouns a record of a meeting is titled by (`verslag`, `notulen`, `besluitenlijst`)
_RECORD_NOUNS = r"(?:verslag|notulen|besluitenlijst)"


#: a record's title saying its minutes were approved (`Goedgekeurd verslag van de
#: vergadering van 8 november 2005`, `Vastgestelde notulen ...`): its own meeting's
_APPROVED_RECORD_RE = re.compile(
    rf"^\W*(?:goedgekeurde?|vastgestelde?)\s+(?={_RECORD_NOUNS}\b)", re.I
)


#: the number a page transcribed onto one line opens with (`1 Verslag van de vergadering ...`)
_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}\s+(?=[A-Z])")


#: a paragraph that opens as a record's title does (`Verslag van de vergadering van ...`), not
#: a sentence about a record (`De notulen van de ALV van 25 november 2019 werden ...`)
_RECORD_TITLE_RE = re.compile(r"^\W*(?:verslag|notulen|\w*vergadering)\b", re.I)


def _opens_naming_this_meeting(line: str) -> bool:
    """A line that opens by naming a meeting (`Notulen van de ledenvergadering ...`) and not
    another one (`vorige`, `volgende`)."""
    line = _APPROVED_RECORD_RE.sub("", line, count=1)
    return _MEETING_WORD_RE.match(line) is not None and not _about_another_meeting(line)


def _about_another_meeting(text: str) -> bool:
    """Text naming another meeting or its record (`Verslag vorige vergadering`) or one to come
    (`_tells_a_sitting_to_come`), not this record's approved title."""
    text = _APPROVED_RECORD_RE.sub("", text, count=1)
    return _OTHER_MEETING_RE.search(text) is not None or _tells_a_sitting_to_come(text)


#: where a label may open inside a line: a capitalised word (or two) before its colon
_INLINE_LABEL_START_RE = re.compile(r"(?<=\S)\s+(?=[A-Z][\w/-]*(?:\s+[a-z][\w/.-]*){0,3}\s*:)")


def _before_status_label(line: str) -> str:
    """The part of a line before an attendance label inside it (`Aanwezig:`, `Afwezig met
    kennisgeving:`); the whole line without one."""
    for m in _INLINE_LABEL_START_RE.finditer(line):
        if status_label(line[m.end() :]):
            return line[: m.start()]
    return line


def _dated_head_before_list(line: str) -> bool:
    """A heading naming and dating the meeting that runs on into its attendance list on the
    same line (`Zitting van dinsdag 3 september 2013 Aanwezigen: ...`): the record's own
    head, which dates the meeting before a date the document's title gives."""
    head = _before_status_label(line)
    return head != line and _names_the_meeting(head) and DATE_RE.search(head) is not None


#: a record's title that dates its sitting in its closing phrase: the record noun (a
#: public list's `Openbare` before it) first, the date last after its preposition
_TITLE_DATED_LAST_RE = re.compile(
    rf"^\W*(?:openbare\s+)?{_RECORD_NOUNS}\b.*\s(?:op|van|d\.\s?d\.)\s+(?:\w+dag\s+)?(?=\d)",
    re.IGNORECASE,
)


def title_ends_dated(line: str) -> bool:
    """A record's title that closes on its sitting's date after a preposition (`Openbare
    besluitenlijst van de vergadering van gedeputeerde staten van Noord-Holland op 22 juni
    1999`): too long for a heading, it is still the list's own title, where an item that names
    another body's meeting runs on after its date (`Vergadering AB IPO op 24 juni 1999 Het
    college besluit ...`)."""
    days = list(DATE_RE.finditer(line))
    return (
        len(days) == 1
        and (m := _TITLE_DATED_LAST_RE.match(line)) is not None
        and m.end() == days[0].start()
        and not line[days[0].end() :].strip(" .")
        and not _about_another_meeting(line)
    )


def _dates_its_sitting(line: str) -> str | None:
    """A head line in which the chair opens the sitting on its day (`De voorzitter opent de
    zitting op 25/11/2024 om 19:59`, `Om 20.00 uur opent Jan de vergadering van 3 mei
    2021`): it dates the meeting over the document's date and title, which may be those of
    the earlier record approved in it (`Gelet op de notulen van de raad van 21 oktober`)."""
    opened = _rules()["opens_meeting"].search(line)
    if opened is None:
        return None
    sentence = _rules()["sentence_end"].split(line[opened.start() :])[0]
    day = DATE_RE.search(sentence)
    # `De voorzitter opent de vergadering en zegt, dat de notulen van de vergadering van 24
    # Februari 1906 ...`: the date of the record it goes on to, an earlier sitting's
    if day is None or _RECORD_NAMED_RE.search(sentence, 0, day.start()):
        return None
    return sentence


#: a record named in a sentence (`de notulen van`, `het verslag van`)
_RECORD_NAMED_RE = re.compile(rf"\b{_RECORD_NOUNS}\b", re.I)


#: a record's own title that dates its meeting (`Verslag jaarvergadering Dorpsbelangen van
#: 7 maart 2018`, `Notulen ledenvergadering van 15-09-2021`), the body named in full before
#: the date (`BESLUITENLIJST van de openbare vergadering van de eilandsraad van het openbaar
#: lichaam Bonaire d.d. 28 februari 2012`)
_RECORD_DATED_TITLE_RE = re.compile(
    rf"^\W*{_RECORD_NOUNS}\b[^.:;]{{0,120}}?\b(?:van|d\.\s?d\.)\s+(?=(?:\w+dag\s+)?\d)", re.I
)

#: the lines a record's title stands in, below a web page's title and posting stamp
_RECORD_TITLE_LINES = 8


def _record_title_day(lines: list[str]) -> date | None:
    """The day a record's own title near its top dates its meeting (`_RECORD_DATED_TITLE_RE`),
    not a title about another meeting."""
    for line in lines[:_RECORD_TITLE_LINES]:
        m = _RECORD_DATED_TITLE_RE.match(line)
        if m and not _about_another_meeting(line) and (day := DATE_RE.match(line, m.end())):
            parsed = parse_date(day[0])
            if parsed is not None and not parsed.year_inferred:
                return parsed.value
    return None


def _sitting_slots(lines: list[str]) -> list[tuple[str, SittingSlot]]:
    """The sittings' slots among `lines` (`_this_sitting`) with their lines, less a web page's
    posting stamp (`zondag 07 april 2019 10:19`, a slot's shape without its place) dated after
    the day the record's own title gives its meeting: a record is posted after its meeting,
    and a portal's slot names its place or stands under a title of the earlier record it
    approves. The stamp's hour is the posting's too, not the meeting's."""
    title_day = _record_title_day(lines)
    slots = []
    for line in lines:
        slot = _this_sitting(line)
        if slot is None:
            continue
        parsed = parse_date(slot.day)
        posted = slot.place is None and parsed is not None and title_day is not None
        if not (posted and parsed.value > title_day):
            slots.append((line, slot))
    return slots


def _slot_days(lines: list[str]) -> list[str]:
    """The dates of the sittings' slots among `lines` (`_sitting_slots`)."""
    return [slot.day for _, slot in _sitting_slots(lines)]


def _names_the_meeting(line: str) -> bool:
    """A heading that names the meeting (`Vergadering 09 februari 2011`), not a series of them
    (`Notulen AV van 21 juni en 6 september 2018`) nor an item of a list (`• Notulen 10
    december 2018`: under the agenda item that approves the last meeting's record)."""
    return (
        len(line.split()) <= _HEADING_MAX_WORDS
        and not _BULLET_RE.match(line)
        and len(DATE_RE.findall(line)) < 2
        and _opens_naming_this_meeting(line)
    )


def find_date(lines: list[str], year: int | None, text: str | None = None) -> tuple[Any, bool]:
    """(date, year inferred) of the meeting from its head `lines`: a day without its year
    in `year`; a weekday printed with a year in which that day falls on another weekday
    (`Datum: vrijdag 17 januari 2018` in a record of 2020) in the one year `text` names that
    fits it (`dates.misprinted_year_date`), as the document's date reads it."""
    rules = _rules()
    # `De districtsraad vergaderde op 25 november 2013.` over `De districtsraad keurt de
    # notulen van 25 november 2013 goed.`: the sitting whose record is approved, not this one
    approved = approved_record_dates(lines)
    # an act cited by its date (`Decreet over het lokaal bestuur van 22.12.2017`) is a ground
    lines = [x for x in lines if not (dates_only(x, approved) or cites_an_act(x))]
    candidates = _field_dates(lines)
    # `Verslag van de 12ste Ledenvergadering d.d. 07 september 2013` under a page's stamp, and
    # over a sentence about last year's (`Op 24 september 2010 werd de jaarvergadering ...`)
    candidates += _slot_days(lines)
    candidates += _own_page_heading(lines)
    candidates += [
        line[m.end() :]
        for line in lines[:_DATED_MEETING_LINES]
        if (m := _DATED_MEETING_RE.match(line)) and not _OTHER_MEETING_RE.search(line)
    ]
    candidates += [
        m["date"]
        for line in lines
        if (m := rules["held_on"].search(line))
        and not _OTHER_MEETING_RE.search(m[0])
        and not _REPORTED_RE.search(line[: m.start()])
    ]
    # `Vergadering 09 februari 2011` under a page's posting date (`19 februari 2011`)
    # `Notulen van de ledenvergadering van TV Dijkzicht, gehouden op 14 februari 2008 in ...`
    held_on = [
        (k, line[m.end() :])
        for k, line in enumerate(lines)
        if _opens_naming_this_meeting(line)
        and (m := _HELD_ON_DATE_RE.search(line))
        and not _names_another_sitting(line[: m.start()])
    ]
    candidates += [opening for line in lines if (opening := _dates_its_sitting(line))]
    # `4 juli 2022 – De gemeenteraad houdt op donderdag 7 juli de laatste raadsvergadering`
    candidates += [day for line in lines if (day := sitting_announced(line))]
    candidates += [date for k, date in held_on if k == 0]  # the title line
    headings = [
        (k, head)
        for k, line in enumerate(lines)
        if _names_the_meeting(head := _before_status_label(line))
    ]
    # a heading above the line naming the sitting is its title (`Notulen bestuursvergadering
    # 27-11-2017`); one below it an item's earlier record
    told_at = next((k for k in range(len(lines)) if told_held_on(lines[k : k + 2])), len(lines))
    candidates += [head for k, head in headings if k < told_at]
    candidates += told_held_on(lines, year)
    # `Zitting van dinsdag 3 september 2013 Aanwezigen: Peeters Jan - burgemeester ...`: the
    # heading runs on into the attendance list on its line
    candidates += [head for _, head in headings]
    candidates += [date for _, date in held_on]
    # `De gemeenteraad heeft dinsdagavond 9 mei 2017 het voorstel ... afgekeurd` under a news
    # item's `Gepubliceerd op: 10-05-2017`: the day the body met, before the item's stamp
    candidates += [day for day in [acted_sitting(lines)] if day]
    # `Opgericht 16 oktober 1972` in a letterhead: the day the body was founded; a date in a
    # sentence of the account (`Per 10 maart 2020 werden alle activiteiten gecanceld`) dates
    # something else
    candidates += [
        part
        for part in _dating_lines(lines)
        if not (_FOUNDED_RE.search(part) or _about_another_meeting(part))
    ]
    candidates += [sitting for line in lines[:_SITTING_LINES] if (sitting := _sitting_told(line))]
    # `In de vergadering van 16 juli 2019 zijn de volgende besluiten genomen`: last, a news
    # item's report of its sitting where the head dates it nowhere else
    candidates += [day for day in [reported_sitting(lines)] if day]
    return _first_readable(candidates, lines, year, text)


def told_held_on(lines: list[str], year: int | None = None) -> list[str]:
    """The dates (each with the rest of its line) that a line before the agenda's first item
    gives the meeting it opens naming, in the phrase that names it: `Verslag van de ALGEMENE
    LEDENVERGADERING, gehouden op donderdag 30 Maart 2023`, `De 1e Bewonerscommissie
    vergadering de Batavier vond plaats op woensdag 10 oktober 2007`, `OPENBARE VERGADERING
    van den Gemeenteraad op Donderdag 20 Febr. 1947`, `1 VERSLAG VAN DE 8 e VERGADERING VAN DE
    UNIVERSITEITSRAAD d.d. 18 AUGUSTUS 08` (a page transcribed onto one line, after its
    number; a two-digit year in the century of `year`, the text's). They date the sitting
    over a heading further down, an item's record of an earlier meeting (`Verslag van de
    Buitengewone Ledenvergadering van 28 april 2022.`), and over the document's date (a web
    page's stamp, the record approved in it)."""
    first_item = next((k for k, x in enumerate(lines) if _AGENDA_ITEM_RE.match(x)), len(lines))
    told = []
    for line in lines[:first_item]:
        line = _PAGE_NUMBER_RE.sub("", line.lstrip(), count=1)
        m = _HELD_ON_DATE_RE.search(line)
        if m and _names_up_to(line[: m.start()]):
            told.append(century_of_short_year(line[m.end() :], year))
    return told


#: the words of the phrase that names a meeting up to its date at most (`Notulen van de
#: openbare vergadering van de raad van de gemeente Noordoostpolder, gehouden op`)
_NAMING_PHRASE_MAX_WORDS = 15

#: a clause after a comma that tells of something else (`Daarna wordt verslag uitgebracht
#: door de Penningmeester over het jaar 1949, waaruit blijkt, dat de Vereniging op 31-12-49
#: een kassaldo heeft`)
_OTHER_CLAUSE_RE = re.compile(r",\s*(?:dat|die|welke|waar\w+|toen|nadat|omdat)\b", re.I)


#: a preposition before the meeting word: the meeting is where or when something else
#: happens (`Steven zal in de openbare commissievergadering over verkeer op 6 december het
#: woord voeren`), not what the line names
_ADVERBIAL_RE = re.compile(r"\b(?:in|op|tijdens|bij|na|naar|voor|tot|over|met)\b", re.I)


#: a sitting to come: a modal or a word of planning before the date (`Men hoopt dat het
#: Jaarverslag ASD 2022 kan worden vastgesteld in de vergadering op 14 maart 2023`, `Er staat
#: een najaarsvergadering gepland op 3 oktober 2018`): minutes name the next sitting in their items
_SITTING_TO_COME_RE = re.compile(
    r"\b(?:kan|kunnen|zal|zullen|moet|moeten|hoopt|hopen|(?:in)?gepland|verwacht\w*)\b", re.I
)

#: the meeting word after a preposition of place or time: a sitting something else happens at
#: (`Vastgesteld in de vergadering van de Waarderingskamer op 7 maart`)
_AT_A_SITTING_RE = re.compile(
    r"\b(?:in|op|tijdens|bij)\s+(?:de|het|een|onze|haar|zijn|hun|die|deze)\s+(?:\w+\s+){0,2}?"
    r"\w*(?:vergadering|bijeenkomst|zitting|overleg)\b",
    re.IGNORECASE,
)


def _tells_a_sitting_to_come(part: str) -> bool:
    """A modal or a word of planning before the part's first date (`Er staat een
    najaarsvergadering gepland op 3 oktober 2018`); one after it is of something else (a page
    on one line goes on below its dated title)."""
    day = DATE_RE.search(part)
    return _SITTING_TO_COME_RE.search(part, 0, day.start() if day else len(part)) is not None


def _names_another_sitting(phrase: str) -> bool:
    """The words before a line's date tell of a sitting other than the record's own: one the
    chair reports on (`_REPORTED_RE`), one to come or one something else happens at
    (`_SITTING_TO_COME_RE`, `_AT_A_SITTING_RE`)."""
    return any(rx.search(phrase) for rx in (_REPORTED_RE, _SITTING_TO_COME_RE, _AT_A_SITTING_RE))


def _names_up_to(phrase: str) -> bool:
    """The words before a line's date name the meeting it opens on (not another one: a page
    transcribed onto one line names the last meeting's record further on) and still do at the
    date: a phrase, not a sentence that ended or went on into a clause about something else
    (the date is then another's), no date before it, no clause reporting what the chair tells
    of an earlier meeting, nor of one to come (`_names_another_sitting`)."""
    opening = _MEETING_WORD_RE.match(phrase)
    return (
        opening is not None
        and _opens_naming_this_meeting(phrase)
        and not _ADVERBIAL_RE.search(opening[0])
        and len(phrase.split()) <= _NAMING_PHRASE_MAX_WORDS
        and not _OTHER_CLAUSE_RE.search(phrase)
        and not _rules()["sentence_end"].search(phrase)
        and not DATE_RE.search(phrase)
        and not _names_another_sitting(phrase)
    )


def _field_dates(lines: list[str]) -> list[str]:
    """The sitting's day as its title's council code gives it and the values of the head's
    date fields (`Datum: 12 maart 2019`), first of the candidates."""
    candidates = [coded for line in lines[:1] if (coded := sitting_code_day(line))]
    # `Datum publicatie: 13 oktober 2022` over a portal's minutes dates the page, not the sitting
    candidates += [
        value
        for line in lines
        if (m := _rules()["date_label"].match(line))
        and (value := date_field(m["value"])) is not None
        and not gives_period(value)
        and not is_posting_stamp(line.strip())
    ]
    return candidates


#: a council's code for the sitting that opens a decision page's title, the body's letters
#: glued to the day as yyyymmdd (`GR20180125 Punt 20. Cultuur - ...`: the gemeenteraad of
#: 25 January 2018), whatever publication date the title goes on to give
_SITTING_CODE_RE = re.compile(r"^\W*[A-Z]{2,5}_?(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\b")


def sitting_code_day(line: str) -> str | None:
    """The day (`25-01-2018`) of the sitting code a title opens with (`_SITTING_CODE_RE`)."""
    m = _SITTING_CODE_RE.match(line)
    return f"{m['d']}-{m['m']}-{m['y']}" if m else None


#: a head naming the sitting with its date left blank (`UITTREKSEL UIT DE NOTULEN VAN DE
#: GEMEENTERAAD ZITTING VAN:`, the date a form's field the copy lost)
_DATE_LEFT_OUT_RE = re.compile(
    r"\b(?:zitting|vergadering|bijeenkomst)\s+(?:van|d\.\s?d\.)\s*:?\s*$", re.I
)


def date_left_out(lines: list[str]) -> bool:
    """Whether the title or the head's first line names the sitting with its date blank
    (`_DATE_LEFT_OUT_RE`), or a head line is a blank date field (`date_field`): no other
    date in the document is the sitting's (`1. Buitengewone algemene vergadering van IOK op
    18 december 2018`: another body's meeting; the earlier record a sitting approves)."""
    if any(_DATE_LEFT_OUT_RE.search(line.strip()) for line in lines[:2]):
        return True
    return any(
        (m := _rules()["date_label"].match(line)) and date_field(m["value"]) is None
        for line in lines
    )


#: a label opening a date label's value: the next field of a form flattened onto one line
#: (`Tijd:`, `Plaats:`), printed before the date's own value or in its place
_FIELD_LABEL_RE = re.compile(r"[A-Z][\w/-]*(?:\s+[a-z][\w/-]*){0,3}\s*:\s*")


#: a column of labels flattened before its values (`Datum: Tijd: Plaats: dinsdag 12 maart
#: 2014 20.00 uur Raadzaal`) has the date within this many characters after its last label
_STACKED_DATE_CHARS = 25


def date_field(value: str) -> str | None:
    """The value of a date label as its own field (`Datum: 12 maart 2014`): the value itself;
    after a column of labels flattened before their values, the first value (`Datum: Tijd:
    12 maart 2014 20.00 uur`); None for a blank date field, another label right after it
    and no date for its value (`Datum: Aanwezig namens oudergeleding: José Vermeer ...`,
    `Datum: Aanwezig: Afwezig: ...`: a form whose date the copy lost, the rest of the page
    flattened after it). A blank date field gives no date: the dates further on are of
    other things (the earlier record the sitting approves, the next sitting)."""
    rest, labels = value.strip(), 0
    while rest:
        labelled = status_label(rest)
        field = _FIELD_LABEL_RE.match(rest)
        if labelled is not None:
            rest = labelled[1]
        elif field is not None:
            rest = rest[field.end() :]
        else:
            break
        labels += 1
    if not labels:
        return value
    return rest if DATE_RE.search(rest[:_STACKED_DATE_CHARS]) else None


#: the head lines, and the characters of each, a sitting is told in
_SITTING_LINES = 3
_SITTING_CHARS = 400


def _sitting_told(line: str) -> str | None:
    """The date of the sitting a head line tells (`sitting_told` in meeting_rules.json) near
    its start, not in a sentence about another meeting (`De volgende vergadering is op
    dinsdag ...`)."""
    m = _rules()["sitting_told"].search(line[:_SITTING_CHARS])
    if m is None or _OTHER_MEETING_RE.search(_sentence_at(line, m.start(), m.end())):
        return None
    return m["day"]


#: the opening lines of a news item within which it announces the sitting it is about
ANNOUNCING_LINES = 5


def sitting_announced(line: str) -> str | None:
    """The day of a coming sitting a news item's sentence announces (`sitting_announced` in
    meeting_rules.json: `De Wmo-raad vergadert op dinsdagavond 14 december`)."""
    m = _rules()["sitting_announced"].search(line)
    if m is None or _OTHER_MEETING_RE.search(_sentence_at(line, m.start(), m.end())):
        return None
    return m["date"] or m["date2"] or m["date3"]


def sitting_reported(line: str) -> str | None:
    """The day of the sitting a news item's sentence opens on to report it (`sitting_reported`
    in meeting_rules.json: `In de vergadering van 16 juli 2019 zijn de volgende besluiten
    genomen`), printed with its year; None for another meeting (`In de vorige vergadering
    van ...`): the rest of the sentence names what was done (`de volgende besluiten`)."""
    m = _rules()["sitting_reported"].search(line)
    return None if m is None or _OTHER_MEETING_RE.search(m[0]) else m["date"]


def sitting_acted(line: str) -> str | None:
    """The day a sentence opening on a body tells the body acted in its sitting
    (`sitting_acted` in meeting_rules.json: `De gemeenteraad heeft dinsdagavond 9 mei 2017
    het voorstel van B&W ... afgekeurd`); None for another meeting."""
    m = _acted(line)
    return m["acted"] if m else None


def _acted(line: str) -> re.Match[str] | None:
    """Where `line` tells its body acted on a day (`sitting_acted`), not at another meeting."""
    m = _rules()["sitting_acted"].search(line)
    return None if m is None or _OTHER_MEETING_RE.search(m[0]) else m


#: the opening lines within which a text tells the one day its body acted: a news item's lede,
#: a committee report's opening under its title, number and fixing date
_ACTED_LINES = 8


def acted_sitting(lines: list[str]) -> str | None:
    """The one day a text's opening lines tell its body acted (`sitting_acted`), where the
    day's year is printed or one the text's dates fix (`op 19 november` over `De volgende
    D&H-vergadering is op dinsdag 3 december 2019`): it dates the sitting over the item's own
    posting stamp (`Gepubliceerd op: 10-05-2017`), which dates the item, not the meeting. A
    day whose year nothing fixes (`Op maandag 2 december`) makes no meeting of its own."""
    head = [day for line in lines[:_ACTED_LINES] if (day := sitting_acted(line))]
    days = {day for line in lines if (day := sitting_acted(line))}
    if not head or len(days) != 1:
        return None
    if _YEAR_RE.search(head[0]) is None and context_year("\n".join(lines)) is None:
        return None
    return head[0]


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def acted_subject(lines: list[str]) -> str | None:
    """The body as the opening sentence telling it acted on a day opens on it (`De vaste
    commissie voor Buitenlandse Zaken1`): the body that met, over a subject the head names
    in a short line (`Ontwikkelingsraad`: what the committee spoke about). Read it where
    `acted_sitting` dates the sitting."""
    return next((m["subject"] for line in lines[:_ACTED_LINES] if (m := _acted(line))), None)


def reported_sitting(lines: list[str]) -> str | None:
    """The one sitting a news item's opening lines report (`sitting_reported`), else the day
    they tell its body acted (`acted_sitting`); None where its lines report several (a
    by-law's text over a list `In de zitting van 14 januari 2020 ...`, `In de zitting van 21
    januari 2020 ...`): an overview, no account of one meeting."""
    head = [day for line in lines[:ANNOUNCING_LINES] if (day := sitting_reported(line))]
    days = {day for line in lines if (day := sitting_reported(line))}
    return head[0] if head and len(days) == 1 else acted_sitting(lines)


def _first_readable(
    candidates: list[str], lines: list[str], year: int | None, text: str | None
) -> tuple[Any, bool]:
    """(date, year inferred) of the first candidate span `find_date` can read a date in."""
    for span in map(repair_date_span, candidates):
        m = DATE_RE.search(span)
        if m:
            parsed = parse_date(m.group(0), context_year=year)
            if parsed is not None and parsed.year_inferred:
                return _with_printed_year(parsed.value, lines, span)
            if parsed is not None:
                before = span[: m.start()]
                meant = misprinted_year_date(before, m[0], parsed.value, text) if text else None
                return (meant, True) if meant else (parsed.value, False)
    return None, False


def _own_page_heading(lines: list[str]) -> list[str]:
    """The record's own dated heading in the first page transcribed onto one line, below a web
    page's title that quotes its text and a day it mentions (`NOTULEN VAN DE GEMEENTERAAD VAN
    27 …...Cevi op vrijdag 27 januari 2017 werd ...` over `NOTULEN VAN DE GEMEENTERAAD VAN 27
    MAART 2017 Aanwezig: ...`): it dates the meeting as it dates the document
    (`documents.headings_of_page`); empty where no such page follows short lines."""
    headings: list[str] = []
    pages = (line for line in lines if len(line) > PAGE_LINE_CHARS and not is_contents(line))
    page = next(pages, None)
    if page is not None and headings_of_page(page, headings):
        # the heading that opens the page, after its number: not an item's (`Vaststellen
        # besluitenlijst vergadering 23 juni`) below the page's date field
        opens = _PAGE_NUMBER_RE.sub("", page.lstrip(), count=1).startswith(headings[0])
        return headings if opens else []
    return headings


#: the lines of a post's head within which its byline and the sentence telling the
#: meeting's weekday stand
_POST_HEAD_LINES = 4


def _told_weekday(lines: list[str], found: date | None) -> date | None:
    """The meeting's day where a post dated by its byline (`26 januari 2019 door Liesbeth`)
    tells the meeting by its weekday alone (`Op vrijdagavond ... is de jaarvergadering van
    start gegaan`): that weekday on or before the posting (`dates.weekday_before`); None
    where the head dates the meeting otherwise (`found` is not the posting day)."""
    head = [x for x in lines if x.strip()][:_POST_HEAD_LINES]
    posted = next((day for x in head if (day := posted_on(x)) is not None), None)
    if posted is None or found not in (None, posted):
        return None
    for line in head:
        sentence = _rules()["sentence_end"].split(line.strip(), maxsplit=1)[0]
        if _MEETING_EVENT_RE.search(sentence) and (day := weekday_before(sentence, posted)):
            return day
    return None


#: the lines under a record's opening date within which its first item stands (a publication
#: line may come between: `Gepubliceerd op 29 januari 2024`)
_ITEMS_BELOW_DATE_LINES = 3


def date_over_items(lines: list[str]) -> date | None:
    """The day a record opens on alone, over the numbered items its sitting dealt with
    (`16 januari 2024` over `1. Samenwerkingsovereenkomst ...`): a decision list headed by its
    sitting's date, which dates the meeting over a publication line below it (`Gepubliceerd op
    29 januari 2024`) or an item's heading naming the record it approves (`Verslag vergadering
    23 januari 2019`)."""
    filled = [x for x in lines if x.strip()]
    if not filled or (opening := bare_date(filled[0])) is None or opening.year_inferred:
        return None
    below = filled[1 : 1 + _ITEMS_BELOW_DATE_LINES]
    return opening.value if any(_AGENDA_ITEM_RE.match(x) for x in below) else None


def _labelled_date(line: str) -> bool:
    """A head line that is a date field (`Datum: 02-10-2018`, `Vergaderdatum: 4 juli 2023`):
    the record's form dates its meeting over a date the document takes from a heading in its
    body (the record of an earlier meeting that it approves)."""
    m = _rules()["date_label"].match(line)
    return m is not None and not gives_period(m["value"]) and bool(DATE_RE.search(m["value"][:40]))


def _meeting_form(lines: list[str]) -> bool:
    """A head laid out as a meeting's form: a date field beside a place or time field
    (`Datum: 02-10-2018` / `Locatie: Raadzaal`), not a letterhead's date among its reference
    fields (`Ons kenmerk`, `Datum`: the day the record was sent)."""
    rules = _rules()
    return any(map(_labelled_date, lines)) and any(
        rules["location_label"].match(x) or rules["time_label"].match(x) for x in lines
    )


def _is_prose(line: str) -> bool:
    return len(line.split()) > _HEADING_MAX_WORDS


def _dating_lines(lines: list[str]) -> list[str]:
    """The parts of head lines that may date the meeting (`_dating_parts`)."""
    # the first line is the title, however long it runs
    prose_from = next((k for k, x in enumerate(lines) if k and _is_prose(x)), len(lines))
    return [part for k, line in enumerate(lines) for part in _dating_parts(line, k, prose_from)]


_TALK_RE = re.compile(_MEETING_EVENT_RE.pattern + r"|gesprek|beraad", re.I)


def _dating_parts(line: str, index: int, prose_from: int) -> list[str]:
    """The parts of the `index`-th head line that may date the meeting: a short line whole (a
    heading, a date line) above the account's first paragraph (`prose_from`; below it, only
    a heading that names a talk: `Gesprek gemeente Utrecht met SVMN - 7 maart 2022`, not one
    that dates what its section is about: `Presentatie vrijdag 12 december`), else its
    sentences about a meeting near the head (further down, a sentence's date is of a meeting
    to come: `Jaarvergadering is op 12/9/16`)."""
    if not _is_prose(line):
        heading = _TALK_RE.search(line) and not _BULLET_RE.match(line)  # no list's item
        return [line] if index < prose_from or heading else []
    if index >= _SENTENCE_DATE_LINES:
        return []
    if len(line) > PAGE_LINE_CHARS:  # a page on one line opens on its number: `1 Verslag ...`
        line = _PAGE_NUMBER_RE.sub("", line, count=1)
        if (titled := _title_after_letterhead(line)) is not None:
            return titled
    sentences = _rules()["sentence_end"].split(line)
    title_shaped = index == 0 or _RECORD_TITLE_RE.match(_APPROVED_RECORD_RE.sub("", line, count=1))
    if index in (0, prose_from) and title_shaped and _opens_naming_this_meeting(line):
        # a title that runs on into the place (`VERSLAG ALV ... MAANDAG 29 FEBRUARI, de
        # Blaker, ... BREDA`), or the first paragraph opening on the record (`Goedgekeurd
        # verslag van de vergadering van dinsdag 8 november 2005 Aanwezig: ...`), dates its
        # own meeting in its first sentence
        return sentences[:1]
    return [s for s in sentences if _SENTENCE_ON_A_MEETING_RE.search(s)]


#: a record's title inside a page flattened onto one line, after its letterhead (`Provincie
#: Flevoland Verslag Registratienummer: CEL Verslag van de vergadering van de commissie ...`,
#: `VERSLAG VAN DE 128 E OVERLEGVERGADERING VAN ...`: in capitals, the meeting numbered;
#: `VERSLAG statencommissie Vastgesteld verslag van de openbare vergadering ...`: the record
#: adopted, as `_APPROVED_RECORD_RE` reads a record's title; a Flemish council's sitting:
#: `GOEDGEKEURD VERSLAG VAN DE GEMEENTERAADSZITTING VAN DONDERDAG 15 APRIL 2010 - 19.30u`)
_TITLE_IN_PAGE_RE = re.compile(
    rf"(?<!\S)(?:(?-i:Concept|CONCEPT|Vastgestelde?|VASTGESTELDE?|Goedgekeurde?|GOEDGEKEURDE?)"
    rf"[\s-]*{_RECORD_NOUNS}"
    r"|(?-i:Verslag|Notulen|Besluitenlijst|VERSLAG|NOTULEN|BESLUITENLIJST))"
    r"\s+van\s+de\s+(?:\d{1,3}\s*(?:e|ste|de)\s+)?(?:[\w-]+\s+){0,2}?[\w-]*(?:vergadering|zitting)\b",
    re.I,
)


_LETTERHEAD_MAX_CHARS = 250  # a letterhead with a receipt stamp OCR read as noise


def _title_after_letterhead(line: str) -> list[str] | None:
    """The first sentence of a page on one line from the record's title on, the title at its
    start or after a letterhead (name, document kind, reference number): the title dates its
    meeting, wherever the page stands below a portal's furniture."""
    m = _TITLE_IN_PAGE_RE.search(line, 0, _LETTERHEAD_MAX_CHARS)
    if m is None:
        return None
    first = _rules()["sentence_end"].split(line[m.start() :])[0]
    if not _about_another_meeting(first):
        return [first]
    # the title up to its date, where a sentence about another sitting ran on into it
    # without a stop (`... VAN DONDERDAG 15 APRIL 2010 - 19.30u Het verslag ... werd
    # goedgekeurd in de zitting van mei 2010.`)
    title = first[: day.end()] if (day := DATE_RE.search(first)) else first
    return None if _about_another_meeting(title) else [title]


#: a memo's subject field naming a record of a meeting (`Aan: dagelijks bestuur Onderwerp:
#: verslag vergadering 18 juni 2018 Aanwezig: ...`) in a page's head
_SUBJECT_RECORD_RE = re.compile(
    rf"(?<!\S)(?-i:Onderwerp)\s*:\s*(?=(?:concept[\s-]*)?{_RECORD_NOUNS}\b)", re.I
)


def _subject_record(page: str) -> list[str] | None:
    """The record a page's subject field names, from its first word on (`verslag
    vergadering 18 juni 2018 ...`), not a record of another meeting; None without one."""
    m = _SUBJECT_RECORD_RE.search(page, 0, _LETTERHEAD_MAX_CHARS)
    if m is None:
        return None
    first = _rules()["sentence_end"].split(page[m.end() :])[0]
    return None if _about_another_meeting(first) else [first]


def _with_printed_year(day: date, lines: list[str], span: str = "") -> tuple[date, bool]:
    """(date, year inferred) of a date printed without its year (`Verslag ALV 2 november`):
    in the year the text gives it (`dates.yearless_date_in`), else as inferred."""
    found = yearless_date_in(span, day.day, day.month, "\n".join(lines))
    return (found, False) if found is not None else (day, True)


def _printed_year_of(day: date, lines: list[str], text: str) -> date | None:
    """The day a document's date guessed the year of, as the head prints it with its year
    (`... vergadering van dinsdag 8 november 2005Aanwezig`: a copied page glued the label to
    the year), unless its weekday shows that printed year a slip (`misprinted_year_date`)."""
    for line in lines:
        for m in DATE_RE.finditer(line):
            parsed = parse_date(m.group(0))
            if parsed is None or parsed.year_inferred:
                continue
            if (parsed.value.month, parsed.value.day) != (day.month, day.day):
                continue
            if misprinted_year_date(line[: m.start()], m.group(0), parsed.value, text) is None:
                return parsed.value
    return None


def _time_after_date(line: str) -> tuple[time | None, time | None]:
    """The hours printed right after a heading's date (`03/10/2024 09:00`, `12 maart om
    19.30 - 21.00 uur`)."""
    day = DATE_RE.search(line)
    rest = line[day.end() :] if day else ""
    m = re.match(r"\s*,?\s*(?:om\s+|van\s+)?(?=\d{1,2}[:.]\d{2}\b)", rest)
    return parse_time_range(rest[m.end() :]) if m else (None, None)
