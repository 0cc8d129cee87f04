"""A meeting's page in a council information system or portal: its header (the meeting's name
over its date and hours, or a sitting's slot), which document it is (a decision list,
minutes or an agenda), and a meeting's title below a web page's furniture in a plain-text
chunk.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.bodies import find_body
from pipeline.dates import DATE_RE, TIME_RANGE_RE, TIME_RE, bare_date, parse_date, repair_date_span
from pipeline.documents.headers import has_email_header_at_top
from pipeline.documents.letters import _is_letter
from pipeline.documents.lines import (
    PAGE_LINE_CHARS,
    RECORD_HEAD_LINES,
    is_contents,
    names_a_meeting,
)
from pipeline.documents.rules import _meeting_rules, _rules
from pipeline.documents.shapes import _lists_attendance
from pipeline.documents.titles import tabled_stamp_end, title_at_top

#: How far down a meeting page's header (the meeting's name, date and hours) may stand.
MEETING_PAGE_HEAD_LINES = 20


def _hours_only(text: str) -> bool:
    """Whether `text` is a time range and nothing else (`19:30 - 23:00`, `13.00-14.30 uur`)."""
    m = TIME_RANGE_RE.search(text)
    return m is not None and re.fullmatch(r"\s*(uur)?\s*", text[: m.start()] + text[m.end() :])


def meeting_page_header(lines: list[str]) -> tuple[int, int] | None:
    """(name, date) indexes into `lines` (non-empty) of a meeting's page in a council
    information system: the meeting's name over its date alone on a line, the hours beside
    or below it (`Raadsvergadering` / `dinsdag 2 juli 2024` / `16:00 - 23:00`); or its name
    and date on one line over the fields of its place and time (`Raadsvergadering - 30 maart
    2022` / `Locatie: Raadzaal` / `Aanvang: 19:30`)."""
    head = lines[:MEETING_PAGE_HEAD_LINES]
    for n in range(len(head)):
        if _dated_name(head[n]) and _place_and_time_below(head[n + 1 : n + 5]):
            return n, n
        if n == 0:
            continue
        if sitting_slot(head[n]) and _names_a_body(head[n - 1]):
            return n - 1, n  # a portal's point: the body over its slot (`do 10/11/2022 - 09:00`)
        hours = TIME_RANGE_RE.search(head[n])
        day = head[n][: hours.start()] if hours and _hours_only(head[n][hours.start() :]) else None
        if day is None and n + 1 < len(head) and _hours_only(head[n + 1]):
            day = head[n]
        day = day and _YEAR_COMMA_RE.sub(" ", day)
        if day and bare_date(day) and any(ch.isalpha() for ch in head[n - 1]):
            return n - 1, n
    return None


def _names_a_body(line: str) -> bool:
    """A short line of words that names a deliberating body (`college van burgemeester en
    schepenen`, `Gemeenteraad`, `Raad voor maatschappelijk welzijn`): no date or sentence."""
    words = line.split()
    short = 0 < len(words) <= _meeting_rules()["place_max_words"] and not re.search(
        r"\d|[.:;]$", line
    )
    return short and find_body([line]) is not None


#: a comma between a date's month and its year (`dinsdag, 27 maart, 2018`)
_YEAR_COMMA_RE = re.compile(r"(?<=[^\W\d_])\s*,\s*(?=(?:19|20)\d\d\b)")


def _dated_name(line: str) -> bool:
    """A short line that names something and dates it (`Gemeenteraad op 29-3-2022`)."""
    m = DATE_RE.search(line)
    return m is not None and len(line.split()) <= 8 and line[:1].isalpha() and m.start() > 0


def _place_and_time_below(lines: list[str]) -> bool:
    """Whether `lines` hold a place's field (`Locatie: Raadzaal`) and a time of day."""
    fields = _meeting_rules()
    return any(fields["location_label"].match(x) for x in lines) and any(
        TIME_RE.search(x) for x in lines
    )


class SittingSlot(NamedTuple):
    """A sitting's date as printed and the place after its start time (None where the line
    names none)."""

    day: str
    place: str | None


#: what joins a slot's date to its start time: a dash, a comma, a space, `om`, `vanaf`, `te`
_SLOT_JOINT_RE = re.compile(r"[\s,–—-]*(?:(?:om|vanaf|te)\s+)?", re.IGNORECASE)
#: what may stand between a slot's hours and its place: `uur`, `u`, `h`, and `in`/`te`/`bij`
_SLOT_PLACE_LEAD_RE = re.compile(r"^\s*(?:uur\b|u\b|h\b)?[\s.,;]*(?:(?:in|te|bij)\s+)?", re.I)


def sitting_slot(line: str) -> SittingSlot | None:
    """A sitting's slot as a meeting portal or an invitation prints it, alone on its line:
    the date opening it (a bullet or dash at most before it), its start time (and end time)
    right after it, then its place or nothing (`wo 29/01/2025 - 20:30 Raadzaal`, `dinsdag 2
    juli 2024 19:30`, `Dinsdag 3 mei 2022, 19.30 uur in het Kapittel`, `- 3 mei om 20:00 -
    22:00`). Anything else after the time makes it no slot: a log's weekday (`7-11-22 21:42
    maandag`), what follows an event (`+ afterparty`), a sentence; so does a mail's
    timestamp (`10:50:18`)."""
    day = DATE_RE.search(line)
    if day is None or line[: day.start()].strip(" -•*"):
        return None
    at = _SLOT_JOINT_RE.match(line, day.end()).end()
    hours = TIME_RANGE_RE.match(line, at) or TIME_RE.match(line, at)
    if hours is None or (hours.re is TIME_RE and hours[3]):
        return None  # no time right after the date, or a timestamp's seconds
    tail = line[hours.end() :]
    tail = tail[_SLOT_PLACE_LEAD_RE.match(tail).end() :].strip(" .,;")
    if not tail:
        return SittingSlot(day[0], None)
    return SittingSlot(day[0], tail) if _slot_place(tail) else None


def _slot_place(tail: str) -> bool:
    """What follows a slot's time is its place: named in capitals or a building or room
    (`Raadzaal, Markt 1, 2200 Lier`, `gemeenteraadszaal`) or the medium of an online
    sitting (`digitaal`, `via Teams`), no longer than a place runs, an address with its
    numbers too; not a date or time, nor a list's first item (`20.00 uur Opening`)."""
    rules = _meeting_rules()
    named = tail[:1].isupper() or rules["building_word"].search(tail) is not None
    return (
        (named or rules["online"].match(tail) is not None)
        and len(tail.split()) <= rules["place_max_words"]
        and not (DATE_RE.search(tail) or TIME_RE.search(tail))
        and not rules["list_end"].match(tail)
    )


def _meeting_page(lines: list[str], titled: tuple[str, str] | None) -> tuple[str, str] | None:
    """(doc_type, title) of a council information system's meeting page, unless a title
    above its header names the document: a decision list when it holds decision or outcome
    fields (`Besluit` over what was decided, `Stemuitslag`), minutes when it lists who
    attended (`Aanwezig namens het bestuur:`) and not who is invited (`Genodigden:`, which
    an agenda lists with the officers who will attend), else its agenda."""
    header = meeting_page_header(lines)
    if header is None or (titled is not None and lines.index(titled[1]) <= header[0]):
        return None
    name, day = header
    title = lines[name] if name == day else f"{lines[name]} {lines[day]}"
    rules = _rules()
    fields = (rules["decision_field"], rules["outcome_field"])
    if any(p.search(line) for p in fields for line in lines):
        return "decision_list", title
    attended = _lists_attendance(lines)
    if not attended and any(rules["outcome_sentence"].search(line) for line in lines):
        return "decision_list", title  # `... is vastgesteld met algemene stemmen.` per item
    invited = any(p.search(line) for p in rules["agenda_markers"] for line in lines)
    if not invited and attended:
        return "minutes", title  # who attended, and no list of who is invited (an agenda's)
    return "agenda", title


def _meeting_title_below(
    text: str, lines: list[str], title_lines: int | None
) -> tuple[str, str] | None:
    """A plain-text chunk whose first lines are a web page's furniture (`Oktober notulen`,
    `Gemeente Elburg`): a minutes, decision-list or agenda title further down still names it
    (an attachment list holds no such title block without one in its first lines)."""
    if title_lines is None or has_email_header_at_top(text) or _is_letter(text, lines):
        return None  # a letter or mail that lists an attached report of a meeting
    titled = title_at_top(text)
    if titled is not None and titled[0] in _meeting_rules()["doc_types"]:
        return titled
    return _page_record_title(lines)


#: where the body of a page transcribed onto one line opens: an attendance label or its
#: first numbered item run on after the head (`... van 27 mei 2009 Aanwezig: ...`,
#: `... te Utrecht 1. Opening De voorzitter ...`)
_PAGE_BODY_RE = re.compile(
    r"\s(?:Aanwezig|AANWEZIG|Afwezig|AFWEZIG)\w*(?:\s+\w+){0,2}\s*:"
    r"|\s(?:Tegenwoordig|TEGENWOORDIG)(?:\s+\w+){0,5}\s*:|\s\d{1,2}\.\s+(?=[A-Z])"
)


def _page_line_heading(line: str) -> str | None:
    """The record's own dated heading inside a page transcribed onto one line (a web page's
    `Transcriptie` of a PDF): in the head above the body's first label or item, the last
    span from which a record's title reads up to its first date (`CONCEPTVERSLAG van de 23e
    vergadering ... op donderdag 8 december 2011`, after the receipt stamps printed above
    it), a short one before a long one, the whole of spans ending at one date; None for a
    shorter line."""
    if len(line) <= PAGE_LINE_CHARS:
        return None
    body = _PAGE_BODY_RE.search(line)
    head = repair_date_span(line[: body.start()] if body else line[:PAGE_LINE_CHARS])
    earlier = _rules()["earlier_record"]
    found: list[str] = []
    ends: list[int] = []  # where each found span's date ends
    # the stamp of the later meeting the record is tabled at (`Vergadering algemeen bestuur
    # op 15 augustus 2012, agendapunt 2 Verslag van de vergadering ... d.d. 27 juni 2012`)
    # heads no record of its own
    own_from = tabled_stamp_end(head)
    for start in reversed([m.start() for m in re.finditer(r"(?<!\S)(?-i:[A-Z])", head)]):
        if start < own_from:
            break
        m = DATE_RE.search(head, start)
        span = head[start : m.end()] if m is not None else ""
        if span and _dated_record_heading(span):
            # not `Notulen vorige vergadering (15-2-2013)`, nor one approved right after it
            if earlier.search(head[start : m.end() + 120]):
                break
            # `NOTULEN VAN DE GEMEENTERAAD VAN 14 FEBRUARI 2023`: the whole heading, not the
            # council's dated sitting it ends with
            if found and ends[-1] == m.end() and len(span.split()) <= HEADING_MAX_WORDS:
                found[-1] = span
                continue
            found.append(span)
            ends.append(m.end())
    # a short heading dates its record (`ZITTING VAN : 19 februari 2013`) over a title that
    # reads on through the attendance list to the first date of an item (`NOTULEN VAN DE
    # GEMEENTERAAD Bos Jan - voorzitter ... vergadering van CIPAL op 22 maart 2013`)
    short = [span for span in found if len(span.split()) <= HEADING_MAX_WORDS]
    return (short or found or [None])[0]


def headings_of_page(line: str, headings: list[str]) -> bool:
    """Add the record's own heading inside a page transcribed onto one line to `headings`
    (below a web page's title that quotes the record's text); whether there was one."""
    own = _page_line_heading(line)
    if own is not None:
        headings.append(own)
    return own is not None


#: A heading that does not open with the record's or the meeting's name is this short; a
#: longer line is a sentence (`De stukken voor deze vergadering zijn vanaf 10 juni ...`).
HEADING_MAX_WORDS = 12


def dated_record_kind(line: str) -> str | None:
    """The kind of record (`minutes`, `decision_list`) a heading names with its meeting's date
    (`Bestuursvergadering 10 mei 2022 kort verslag voor de leden.`, `Verslag van de
    Ledenvergadering d.d. 7 september 2013, in de Gravenzaal, aanvang 10.30 uur.`); None for
    any other line."""
    rules = _rules()
    if not DATE_RE.search(repair_date_span(line)) or len(line) > PAGE_LINE_CHARS:
        return None  # read as `_first_date` reads it (`ZITTING VAN 23 05 2019`)
    # a long heading counts where it opens as a record's title does (`Handelingen der
    # algemeene vergadering van de Maatschappij ... gehouden aldaar den 19den Juni 1884`)
    long = len(line.split()) > HEADING_MAX_WORDS and not rules["meeting_named"].match(line)
    if long and not _RECORD_OPENING_RE.match(line):
        return None
    kinds = ("minutes", "decision_list")
    return next((t for t, p, _ in rules["title_rules"] if t in kinds and p.search(line)), None)


def _dated_record_heading(line: str) -> bool:
    """A heading that names a record or its meeting with the meeting's date
    (`dated_record_kind`)."""
    return dated_record_kind(line) is not None


#: a heading that opens with the record's own name (`Handelingen der ...`, `Verslag van ...`,
#: `Conceptnotulen van de openbare vergadering ...`)
_RECORD_OPENING_RE = re.compile(
    r"\W*(?:concept[\s-]*)?(?:handelingen|verslag|notulen|besluitenlijst)\b", re.I
)


#: the number a page transcribed onto one line opens with (`1 Gemeente MAASMECHELEN ...`, `1 1
#: Conceptnotulen ...`: the page's and the document's own)
_PAGE_NUMBER_RE = re.compile(r"\d{1,3}\s+(?:\d{1,3}\s+)?(?=[A-Z])")


def _page_record_title(lines: list[str]) -> tuple[str, str] | None:
    """(kind, heading) of the record's own dated heading in the first page transcribed onto
    one line below a web page's furniture (`Transcriptie` / `1 1 Conceptnotulen van de
    openbare vergadering van de raad ... gehouden op donderdag 12 december 2013 ...`), where
    the page's title names no record: it names the document the page prints."""
    page = next((x for x in lines[:RECORD_HEAD_LINES] if len(x) > PAGE_LINE_CHARS), None)
    # a transcribed page opens on its number; a long paragraph of a post does not (`Het
    # overleg dat ik op 18 februari 2008 heb gehad ...`), nor a periodical's contents
    numbered = page is not None and _PAGE_NUMBER_RE.match(page) and not is_contents(page)
    heading = _page_line_heading(page) if numbered else None
    # its date with its year: a transcript that lost the century (`D.D. 4 MAART 17`) leaves
    # the year to the meeting's own reading of the page
    if heading is None or parse_date(heading) is None:
        return None
    kind = dated_record_kind(heading)
    return (kind, heading) if kind is not None else None


#: How many words after its number a transcribed page's record head holds (title, date,
#: place, the roll's label): the rest of the page is the record's text.
PAGE_HEAD_WORDS = 30

#: the label of a roll in a transcribed page's head, typed in any case (`... 6 juli 2017
#: Aanwezig: ...`, `... datum 25 maart 2015 aanwezig afwezig Namens de gemeenten: ...`)
_PAGE_ROLL_RE = re.compile(r"(?i)\b(?:aanwezig|afwezig|tegenwoordig)(?:en|e)?\b")


def is_transcribed_page(line: str) -> bool:
    """Whether a line is a PDF page transcribed onto one line, opening on its page's number (a
    document site's `Transcriptie`: `2 Regio Rivierenland Concept-besluitenlijst ...`): the
    number is the page's, no item's."""
    return len(line) > PAGE_LINE_CHARS and _PAGE_NUMBER_RE.match(line) is not None


def opens_page_record(line: str) -> bool:
    """Whether a page transcribed onto one line (a document site's `Transcriptie`: `3 Notulen
    van Algemeen Bestuur Veiligheidsregio IJsselland datum 25 maart 2015 aanwezig afwezig
    ...`) opens, after its number, with a record's own head (`_page_head_kind`)."""
    return _page_head_kind(line) is not None


#: the number a page of a document site's transcription opens with, on a line of any length
#: (a page that holds little text, a form's head, runs shorter than `PAGE_LINE_CHARS`)
_PAGE_LEAD_RE = re.compile(r"(?P<page>\d{1,3})\s+(?=\S)")


def opens_page_proposal(line: str) -> bool:
    """Whether a later page of a document site's transcription (`2 Voorstel AGP 2 Aan :
    Algemeen Bestuur Datum : 7 november 2018 ...`) opens with a proposal form's head
    (`page_proposal`): the form is a document of its own, not the page above going on.
    The first page opens the text's first document anyway."""
    lead = _PAGE_LEAD_RE.match(line)
    if lead is None or int(lead["page"]) < 2:
        return False
    return _rules()["page_proposal"].match(line[lead.end() :]) is not None


def _page_head_kind(line: str) -> str | None:
    """What a page transcribed onto one line opens with after its number: `record`, a
    record's name (`Verslag`, `Notulen`, `Besluitenlijst`) with its meeting's date or roll;
    `sitting`, a meeting's name and date over the roll's label (`OPENBARE vergadering
    algemeen bestuur ... 6 juli 2017 Aanwezig:`); None for any other line."""
    number = _PAGE_NUMBER_RE.match(line)
    if number is None or not is_transcribed_page(line) or is_contents(line):
        return None
    head = " ".join(line[number.end() :].split()[:PAGE_HEAD_WORDS])
    roll = _PAGE_ROLL_RE.search(head)
    named = head[: roll.start()] if roll else head
    dated = DATE_RE.search(repair_date_span(named)) is not None
    if _RECORD_OPENING_RE.match(head):
        return "record" if dated or roll is not None else None
    return "sitting" if roll is not None and dated and names_a_meeting(named) else None


def _first_transcribed_page(lines: list[str]) -> str | None:
    """The first page transcribed onto one line in a document's head, if any."""
    return next((x for x in lines[:RECORD_HEAD_LINES] if is_transcribed_page(x)), None)


def _transcribed_sitting(lines: list[str]) -> bool:
    """Whether a document site's transcription opens on the record of a sitting: its first
    page names the meeting and its date over the roll (`1 OPENBARE VERGADERING van de raad
    der gemeente Alblasserdam op dinsdag 31 mei 2011 ... Aanwezig de leden: ...`), as
    minutes open; a record that names itself (`Besluitenlijst ...`) is typed by its name."""
    page = _first_transcribed_page(lines)
    return page is not None and _page_head_kind(page) == "sitting"


def _transcribed_agenda(lines: list[str]) -> bool:
    """Whether a document site's transcription (one line per PDF page) prints a meeting's
    agenda: the first transcribed page's head holds the agenda's heading at most
    `PAGE_HEAD_WORDS` words above its first numbered item (`... luidt als volgt: AGENDA 1.
    Opening`, `Agenda betreft Vergadering ... datum 13 mei 2015 tijd plaats ... 1. Opening`)
    and the page lists no roll, nor does the record's head around it (`rolls_attendance`:
    minutes print `Aanwezig:` above their items). The site's title (the PDF's first line,
    or any line of it) does not name the document."""
    page = _first_transcribed_page(lines)
    if page is None or is_contents(page) or _PAGE_ROLL_RE.search(page):
        return False
    if rolls_attendance(lines):
        return False
    rules = _rules()
    item = rules["page_agenda_first_item"].search(page)
    if item is None:
        return False
    head = page[: item.start()]
    headings = list(rules["page_agenda_heading"].finditer(head))
    return bool(headings) and len(head[headings[-1].start() :].split()) <= PAGE_HEAD_WORDS


def rolls_attendance(lines: list[str]) -> bool:
    """Whether a record's head rolls who attended: an attendance label or heading on a line
    of its own (`Aanwezig: Leden:` over the names), or a transcribed page whose head names
    the roll (`2 Voorzitter: ... Griffier: ... In de vergadering zijn tegenwoordig de
    volgende leden`). Minutes print the order of business on their first pages, under or
    over the roll (`AGENDA 1. Opening ...`, `Agenda Gemeenteraad` over `Aanwezig :`); an
    agenda is drawn up before anyone attended: it lists who is invited and who will attend
    for a point (`Genodigden:` beside `Aanwezig: Bij punt 2`), or its items' hours
    (`agenda_markers`), and rolls no one."""
    head = [x.strip() for x in lines[:RECORD_HEAD_LINES] if x.strip()]
    if any(p.search(x) for p in _rules()["agenda_markers"] for x in lines):
        return False
    if _lists_attendance(head):
        return True
    pages = (x[_PAGE_NUMBER_RE.match(x).end() :] for x in head if is_transcribed_page(x))
    return any(_PAGE_ROLL_RE.search(" ".join(x.split()[:PAGE_HEAD_WORDS])) for x in pages)
