"""The meeting row from a document's head (`_meeting_header`): its date, times, place and the
body that met (`find_meeting_body`: a portal's heading over the sitting's slot, a council
information system's page name, the vocabulary of `pipeline.bodies`, a page's own heading),
or the council whose members its attendance lists (`_body_of_members`)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from spacy.tokens import Doc

from pipeline.bodies import body_as_subject, body_named, find_body
from pipeline.dates import DATE_RE, parse_date, weekday_year_date
from pipeline.docmodel import Line, evidence_box
from pipeline.documents import (
    context_year,
    heading_year,
    headings_of_page,
    meeting_page_header,
    without_file_stamp,
)
from pipeline.meetings.dating import (
    _date_line,
    _dated_head_before_list,
    _dates_its_sitting,
    _dating_lines,
    _meeting_form,
    _printed_year_of,
    _this_sitting,
    _told_weekday,
    acted_sitting,
    acted_subject,
    date_left_out,
    date_over_items,
    find_date,
    find_times,
    sitting_code_day,
    title_ends_dated,
    told_held_on,
)
from pipeline.meetings.fields import _stacked_fields
from pipeline.meetings.layout import _wrapped_paragraphs
from pipeline.meetings.places import find_location
from pipeline.meetings.rules import _rules

#: the head lines a record's own title stands in
_TITLE_LINES = 8

#: the noun a record's own title opens on
_RECORD_NOUN_RE = re.compile(r"\b(?:besluitenlijst|notulen|verslag)\b", re.IGNORECASE)


def find_meeting_body(
    lines: list[str], title: str | None = None, dated: date | None = None
) -> str | None:
    """The body that met, from the document's title (however long), its first lines and the
    own heading of a page transcribed onto one line: a portal's heading over the sitting's
    slot, the body the sentence that dates the sitting (`dated`) opens on, else the body the
    vocabulary finds named (`bodies.find_body`)."""
    if (portal := _portal_body(lines)) is not None:
        return portal
    if (defined := _defined_body(lines)) is not None:
        return defined
    if dated is not None and (acted := _acted_body(lines, dated)) is not None:
        return acted  # `De vaste commissie ... heeft op 9 december 2010 overleg gevoerd`
    headings: list[str] = []
    for line in lines:  # a page transcribed onto one line (`Transcriptie`): its own heading
        headings_of_page(line, headings)
    named = find_body(lines, title, _record_title)
    named = named if named is not None else body_named(headings)
    named = named if named is not None else find_body(_glued_record_titles(lines))
    named = _spelled_out(named, ([title] if title else []) + lines)
    return _whose_meeting(named, lines)


def _acted_body(lines: list[str], dated: date) -> str | None:
    """The body the sentence telling it acted on the sitting's day opens on (`acted_subject`:
    `De vaste commissie voor Buitenlandse Zaken1 heeft op 9 december 2010 overleg gevoerd`),
    where that day is the one the sitting is dated by; None otherwise (a sitting another line
    dates: the body the sentence names acted on another day)."""
    day = acted_sitting(lines)
    told = parse_date(day, context_year=dated.year) if day else None
    if told is None or told.value != dated:
        return None
    subject = acted_subject(lines)
    return body_named([subject]) if subject else None


def _spelled_out(body: str | None, lines: list[str]) -> str | None:
    """`body` as the head spells its letters out (`body_spelled_out` in meeting_rules.json:
    `alv` under `Notulen van haar 61 ste algemene ledenvergadering,`), in lower case as the
    vocabulary names a body; `body` itself where the head prints only its letters."""
    spelled = _rules()["body_spelled_out"].get(body or "")
    found = next((m for line in lines if spelled and (m := spelled.search(line))), None)
    return found["named"].lower() if found else body


def _whose_meeting(body: str | None, lines: list[str]) -> str | None:
    """A meeting alone (`jaarvergadering`, `algemene ledenvergadering`: `meeting_alone` in
    meeting_rules.json) named as the body that met: the body whose meeting another head
    line names it, that meeting with its name (`Notulen : Algemene Ledenvergadering
    Dorpsbelangen Aldwald` under `Notulen ledenvergadering 2018`) or a body of its own
    (`UNIVERSITEITSRAAD` over `Aandachtspunten uit de overlegvergadering van 5 september
    2001`: `overlegvergadering van de universiteitsraad`); the meeting alone where the head
    names none (a meeting's kind says what was held, not who held it)."""
    rules = _rules()
    if body is None or not rules["meeting_alone"].fullmatch(body):
        return body
    for line in lines:
        found = find_body([line])
        if found is None or found == body:
            continue
        meeting = rules["meeting_alone"].match(found)
        if meeting is None:
            return f"{body} van de {found}"
        if set(found[meeting.end() :].split()) - rules["meeting_joining_words"]:
            return found  # `VERSLAG CLUBVERGADERING VAN ...`: `van` names no body
    return body


def _defined_body(lines: list[str]) -> str | None:
    """The letters a text's opening sentence defines as a body (`body_defined` in
    meeting_rules.json: `Het CDH is het dagelijks bestuur van het waterschap`), as printed:
    the text names the body that met by them, not by the bodies it names after."""
    first = next((x.strip() for x in lines if x.strip()), "")
    m = _rules()["body_defined"].match(first)
    if m and find_body([m["body"]], None) is not None:
        return m["letters"]
    return _body_defined_by_name(lines)


def _body_defined_by_name(lines: list[str]) -> str | None:
    """The body a head sentence defines by its full name with its letters in brackets
    (`body_defined_by_name` in meeting_rules.json: `Het college van dijkgraaf en heemraden
    (D&H) vormt het dagelijks bestuur van waterschap Hollandse Delta`), as printed: the
    text calls the body that met by those letters (`D&H hebben op 27 februari 2018 ...
    besloten`), and its name stands for them."""
    pattern = _rules()["body_defined_by_name"]
    for line in lines[:_TITLE_LINES]:
        m = pattern.search(line)
        if m and find_body([m["name"]], None) and find_body([m["body"]], None):
            return m["name"]
    return None


def _record_title(line: str) -> bool:
    """A record's own title sentence, opening on its record noun and dating its sitting
    (`Besluitenlijst uit de vergadering van burgemeester en wethouders van de gemeente
    Noordoostpolder van 12 december 2023.`): a title however long, not prose."""
    m = _RECORD_NOUN_RE.match(line.strip())
    return bool(m and DATE_RE.search(line, m.end()))


def _glued_record_titles(lines: list[str]) -> list[str]:
    """A record's dated title run on after other fields on one long line, from its record
    noun on (`... Openbaar lichaam Metropoolregio Rotterdam Den Haag - Besluitenlijst -
    dagelijks bestuur - 21 juni 2021`, a gazette's header): the line is too long to be read
    as a heading whole, its title names the body that met."""
    titles = []
    for line in lines:
        m = _RECORD_NOUN_RE.search(line)
        if m and m.start() > 0 and DATE_RE.search(line, m.end()):
            titles.append(line[m.start() :])
    return titles


def _portal_body(lines: list[str]) -> str | None:
    """The body a portal's heading names over the sitting's slot (`Notulen  OCMW-raad` over
    `do 22/06/2023 - 20:00 Het Kapittel`), as printed: the vocabulary of bodies would make
    a `raad voor maatschappelijk welzijn` a council."""
    pattern = _rules()["portal_body"]
    for line, below in zip(lines, lines[1:], strict=False):
        m = pattern.match(line.strip())
        if m and _this_sitting(below) and find_meeting_body([m["named"]], None) is not None:
            return m["named"].strip()
    return _meeting_page_name(lines)


def _meeting_page_name(lines: list[str]) -> str | None:
    """The name a council information system's meeting page gives the sitting above its
    date and hours (`Presidium` / `maandag 13 juni 2022` / `18:00 - 19:25`, `HRL_Algemeen
    Bestuur` / `woensdag 24 juni 2020 20:00`): the body that met, a few words of its own."""
    filled = [line.strip() for line in lines if line.strip()]
    header = meeting_page_header(filled)
    if header is None or header[0] == header[1]:
        return None  # no page header, or its name and date on one line
    name = filled[header[0]]
    few = len(name.split()) <= _rules()["portal_name_max_words"]
    return name if few and not re.search(r"\d|[.:;,]", name) else None


def _meeting_header(doc: Doc, doc_lines: list[Line], printed: list[str]) -> dict[str, Any]:
    """The meeting row from the document's title and first lines (`printed`: the lines as a
    reader sees them, so an image's file name is no date): date, times, body, place, with the
    box around those lines as evidence."""
    document = doc._.document
    head_lines = [line for line in doc_lines if line.text][: _rules()["header_lines"]]
    # a file's stamp (a corpus's, an ePaper host's upload day) dates no sitting
    paragraphs = [without_file_stamp(text) for text in _head_paragraphs(printed)]
    head_text = _stacked_fields([text for text in paragraphs if text.strip()])
    head_text = head_text[: _rules()["header_lines"]]
    title = document.get("title")
    search = ([title] if title else []) + head_text
    text = "\n".join(line.text for line in doc_lines)
    meeting_date, inferred = _head_date(document, search, head_text, text)
    start, end = find_times(search)
    page_no = head_lines[0].page_no if head_lines else doc._.pages[0].page_no
    return {
        "meeting_id": f"{document['document_id']}-m1",
        "document_id": document["document_id"],
        "source_id": document["source_id"],
        "page_no": page_no,
        "body": _body_of(head_text, title, printed, meeting_date),
        "meeting_date": meeting_date,
        "start_time": start,
        "end_time": end,
        "location": find_location(head_text, meeting_date),
        "date_year_inferred": inferred,
        **evidence_box([line.span for line in head_lines], page_no),
    }


def _body_of(
    head_text: list[str], title: str | None, printed: list[str], dated: date | None = None
) -> str | None:
    """The body that met (`find_meeting_body`); for a decision list headed by its sitting's
    date alone (`date_over_items`), whose head names no body but its items do (`4. Instellen
    commissie geloofsbrieven`), the body its decisions open on (`Het algemeen bestuur besluit
    conform voorstel:`)."""
    if date_over_items(head_text) is None:
        found = find_meeting_body(head_text, title, dated)
        return found if found is not None else _body_its_items_name(printed)
    return next((body for x in printed if (body := body_as_subject(x.strip()))), None)


def _body_its_items_name(printed: list[str]) -> str | None:
    """For a sitting whose head names no body (`Zitting van 17 04 2023`, `Besluitenlijst 12
    juli 2022`): the body whose own record or sitting an item names (`De notulen van de raad
    voor maatschappelijk welzijn van 20 maart 2023 worden goedgekeurd`), else the body a
    decision opens on (`Gedeputeerde Staten hebben besloten ...`, `Artikel 1: Het college van
    burgemeester en schepenen beslist ...`)."""
    rules = _rules()
    for line in printed:
        m = rules["record_of_body"].search(line)
        if m and (body := body_as_subject(line[m.end() :])):
            return body
    for line in printed:
        if body := body_as_subject(rules["article_label"].sub("", line.strip(), count=1)):
            return body
    return None


def _head_paragraphs(printed: list[str]) -> list[str]:
    """The lines with each paragraph a PDF or OCR wrapped at the page's width joined into one
    again (`layout._wrapped_paragraphs`): a head whose date the wrap cut (`... gehouden op
    maandag 23` / `december 1985 des avonds ...`), or a page transcribed onto one line and
    wrapped into many, dates the sitting as the text's one line does."""
    return [text for _, text in _wrapped_paragraphs(list(enumerate(printed)))]


def _title_day(head_text: list[str]) -> Any:
    """The day the record's own title closes on (`title_ends_dated`: `Besluitenlijst
    gemeenteraad van 7 juli 2021`), over a date label of its publication under it (`Datum
    bekendmaking dinsdag 13 juli 2021`) and the document's date (an item's other meeting).
    Only the head's first date: a title under a sitting's slot or a meeting form's date is
    the earlier record the sitting approves."""
    for line in head_text[:_TITLE_LINES]:
        day = DATE_RE.search(line)
        if day is None:
            continue
        parsed = parse_date(day[0]) if title_ends_dated(line) else None
        return parsed.value if parsed is not None and not parsed.year_inferred else None
    return None


def _head_date(
    document: dict[str, Any], search: list[str], head_text: list[str], text: str
) -> tuple[Any, bool]:
    """(date, year inferred) of the meeting its head dates (`search`: the title and head
    lines): the date `find_date` reads there, else the document's own where no head line
    dates the sitting, a weekday a post tells, a weekday's year, a heading's year."""
    if (opening := date_over_items(head_text)) is not None:
        return opening, False
    if (titled := _title_day(head_text)) is not None:
        return titled, False
    meeting_date, inferred = find_date(search, context_year(text), text)
    if meeting_date is None and date_left_out(search):
        return None, False  # `... ZITTING VAN:`: the document's dates are of other things
    coded = sitting_code_day(search[0]) is not None if search else False  # `GR20180125 ...`
    dated_line = any(
        _date_line(x) or _dated_head_before_list(x) or _dates_its_sitting(x) is not None
        for x in head_text
    ) or _meeting_form(head_text)
    # `De vaste commissie ... heeft op 9 december 2010 overleg gevoerd` under a report's own
    # `Vastgesteld 4 januari 2011`: the day the body met, not the record's
    dated_line = dated_line or coded or acted_sitting(head_text) is not None
    # `OPENBARE VERGADERING van den Gemeenteraad op Donderdag 20 Febr. 1947`: the day the line
    # naming the sitting gives, over a document's date read in the record it approves
    dated_line = dated_line or any(DATE_RE.search(x) for x in told_held_on(head_text))
    if (
        document.get("doc_type") in ("minutes", "decision_list")
        and document.get("doc_date")
        and not dated_line
    ):
        meeting_date, inferred = document["doc_date"], bool(document.get("doc_date_inferred"))
        if inferred and (printed_year := _printed_year_of(meeting_date, head_text, text)):
            meeting_date, inferred = printed_year, False
    if meeting_date is None and document.get("doc_date") is not None:
        meeting_date, inferred = document["doc_date"], bool(document.get("doc_date_inferred"))
    if told := _told_weekday(head_text, meeting_date):  # `Op vrijdagavond ...` in a post
        meeting_date, inferred = told, True
    if meeting_date is None:  # `Dinsdag 12 maart hebben we onze ALV gehouden`
        meeting_date = weekday_year_date(_dating_lines(search), text)
        inferred = meeting_date is not None
    if meeting_date is None and (named := heading_year(search)) is not None:
        # an account of a members' meeting that dates it by day and month alone under a
        # heading giving the year (`Verslag van de ALV 2023` / `De ALV van 15 maart jl.`)
        meeting_date, inferred = find_date(search, named, text)
    return meeting_date, inferred


def _body_of_members(meeting: dict[str, Any], participants: list[dict[str, Any]]) -> dict:
    """A sitting whose head names no body (`Zitting van 30 januari 2024`, `Gemeente Hove`):
    the council whose members its attendance lists by their function (`..., raadsleden`:
    several of them; one council member is a guest at another's meeting)."""
    if meeting["body"] is not None:
        return meeting
    bodies = _rules()["members_body"]
    roles = Counter(p["role"] for p in participants if p["role"] in bodies)
    role = next((r for r, n in roles.most_common(1) if n >= _MEMBERS_MIN), None)
    return {**meeting, "body": bodies[role]} if role else meeting


#: council members listed that make a sitting that council's
_MEMBERS_MIN = 3


def _body_named_throughout(meeting: dict[str, Any], printed: list[str]) -> dict[str, Any]:
    """A sitting whose head and attendance name no body (`Verslag - 9 november 2022.`,
    `Notulen 8 juli 2019`): the council the text's own sentences name by its capitalised
    name, the most often and at least `council_named_min` times (`... sparren met de
    Wmo-Raad`, `De Dorpsraad heeft een oeverlengte geadopteerd`): minutes speak of the body
    whose sitting they record."""
    if meeting["body"] is not None:
        return meeting
    rules = _rules()
    named = Counter(
        m["named"]
        for x in printed
        for m in rules["council_named"].finditer(x)
        if m["named"].lower() not in rules["roles"]  # `Heemraad`: a member's office
    )
    most = named.most_common(2)
    if not most or most[0][1] < rules["council_named_min"]:
        return meeting
    if len(most) > 1 and most[1][1] == most[0][1]:
        return meeting  # two councils named alike often: neither is the text's own
    return {**meeting, "body": most[0][0]}
