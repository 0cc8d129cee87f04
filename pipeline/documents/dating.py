"""A document's own date (`document_date`): a letter's date field, a mail's header date, a
meeting record's date (the meeting's own, not the day its page was posted nor an earlier
meeting an item names), else the Datum label, the title or the first date near the top. The
year a source's text speaks of (`context_year`) completes a date printed without one.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import NamedTuple

from pipeline.dates import (
    DATE_RE,
    DATELINE_PLACE,
    MONTH_ALT,
    WEEKDAY_ALT,
    bare_date,
    day_first,
    find_dates,
    letter_date,
    misprinted_year_date,
    parse_date,
    repair_date_span,
    yearless_date_in,
)
from pipeline.documents.doc_types import enacting_line_at, is_consideration
from pipeline.documents.headers import WINDOW_PANE_LINES, email_header_kinds, mail_window_title
from pipeline.documents.lines import (
    LISTING_LINES,
    PAGE_LINE_CHARS,
    PROSE_LINE_WORDS,
    RECORD_HEAD_LINES,
    _is_timestamp,
    _opening,
    _readable,
    _title_shaped,
    is_contents,
    names_a_mail,
    names_a_meeting,
    text_lines,
    without_site_chrome,
)
from pipeline.documents.markup import MARKDOWN_HEADING_RE, _front_matter_stamp, without_markdown
from pipeline.documents.meeting_pages import (
    HEADING_MAX_WORDS,
    PAGE_HEAD_WORDS,
    _dated_record_heading,
    _first_transcribed_page,
    headings_of_page,
    opens_page_proposal,
    sitting_slot,
)
from pipeline.documents.rules import _meeting_rules, _rules, _structure_rules
from pipeline.documents.shapes import _item_number
from pipeline.emails import archive_header, sender_line


def context_year(text: str) -> int | None:
    """The year a document is about: the most frequent explicit year among its dates (an
    archive's old minutes too: `29 januari 1974` completes their `28 februari 197^`)."""
    years = Counter(
        parsed.value.year
        for _, _, parsed in find_dates(text)
        if not parsed.year_inferred and 1800 <= parsed.value.year <= 2100
    )
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


#: a year printed alone (`ALV 2023`), not a span of years (`werkplan 2016-2018`) nor a
#: month's (`Vergaderverslag mei 2019`: a meeting of that month, its day not told)
_LONE_YEAR_RE = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-]|\s*[-–/]\s*\d)")
_MONTHS_YEAR_RE = re.compile(rf"\b(?:{MONTH_ALT})\.?\s*(?:19|20)\d\d\b", re.I)
#: the lines of a post's head its headings stand in (a title, a subtitle, a section's)
_HEADING_YEAR_LINES = 6


def heading_year(lines: list[str]) -> int | None:
    """The year a short heading near the top that names a meeting prints without a day
    (`Verslag van de ALV 2023`, `Algemene Leden Jaarvergadering 2020`): the year of the day
    an account of that meeting gives without one (`De ALV van 15 maart jl.`) where the text
    prints no whole date; not a heading about an earlier or the next meeting."""
    rules = _rules()
    for line in lines[:_HEADING_YEAR_LINES]:
        if len(line.split()) > HEADING_MAX_WORDS or DATE_RE.search(line):
            continue
        if rules["earlier_record"].search(line) or rules["next_meeting"].search(line):
            continue
        years = _LONE_YEAR_RE.findall(line) if not _MONTHS_YEAR_RE.search(line) else []
        if len(years) == 1 and names_a_meeting(line):
            return int(years[0])
    return None


def _unlabelled_header_date(lines: list[str]) -> date | None:
    """The sent date of a mail header without labels, in the date form of its own kind:
    a mail archive's page (`Thu Dec 9 21:01:27 GMT 2010` below the sender) or a one-line
    header (`2012/10/22 Info Hoge Raad <info@hogeraad.nl>`), as printed (its zone's day)."""
    if (archived := archive_header(lines)) is not None:
        return archived[1].value.date()
    hit = next((hit for x in lines[:LISTING_LINES] if (hit := sender_line(x))), None)
    return hit[0].value.date() if hit else None


def document_date(
    doc_type: str, text: str, title: str | None, fallback_year: int | None = None
) -> tuple[date | None, bool]:
    """(doc_date, year_inferred): the date the document carries as its own.

    Letters: their date field (`letter_date`). E-mails: the first header date (the top
    message's; a date in the subject is not the mail's date). Meeting documents: the date in
    the title or the Datum label. Others: the Datum label, the title, a line that is nothing
    but a date (a date field whose label OCR set elsewhere: a cover sheet's "Datum BO-BP"),
    else the first date near the top.
    """
    posted = _front_matter_stamp(text)
    raw = text
    text = without_markdown(text)  # `**Datum:** 4 maart 2025` is a date field
    # a host's furniture and its entry for the file (`09 juli 2018, 36 pagina's, PDF - 2,69
    # MB`: the day it was put online) are not the document's
    text = _without_file_listings(without_site_chrome(text))
    title = None if title and _rules()["file_listing"].search(title) else title
    title = without_file_stamp(title) if title else title
    if doc_type in ("letter", "woo_decision"):
        return _letter_doc_date(doc_type, text, posted)
    if doc_type == "memo" and opens_page_proposal(text.lstrip()):
        return _page_proposal_date(text.lstrip().splitlines()[0])
    # a document that never writes its year ("9 maart") takes that of its bundle
    year = context_year(text) or fallback_year
    lines = text_lines(text)
    if doc_type == "inventory":  # only a Datum label: the rows' dates are not its own
        return _first_date(_labelled_dates(lines, doc_type)[:1], year)
    if doc_type == "email":
        return _mail_doc_date(lines, title, year)
    titled = [_compact_date_spelled_out(title), title] if title else []
    dated = _Dated(text, lines, titled, year)
    found = _own_date(doc_type, dated, raw, posted)
    if found[0] is None and year is None and (named := heading_year(titled[1:] + lines)):
        # nothing else dates it: a day without its year (`De ALV van 15 maart jl.`) in the
        # year of the heading that names the meeting (`Verslag van de ALV 2023`)
        return _own_date(doc_type, dated._replace(year=named), raw, posted)
    return found


def _page_proposal_date(line: str) -> tuple[date | None, bool]:
    """The date of a proposal form that opens a transcribed page (`opens_page_proposal`): its
    own `Datum :` field (`page_proposal_date`), never a field that names the sitting it goes
    to (`Datum raadsvergadering : ...`), nor a date its text tells of."""
    label = _rules()["page_proposal_date"].search(line)
    value = DATE_RE.match(repair_date_span(line[label.end() :])) if label else None
    return _first_date([value.group(0)], None) if value else (None, False)


def _without_file_listings(text: str) -> str:
    """`text` without the lines that list a file for download (`file_listing`), and without
    the stamps that date a stored file rather than what it holds (`file_stamp`)."""
    listing = _rules()["file_listing"]
    return "\n".join(without_file_stamp(x) for x in text.splitlines() if not listing.search(x))


def without_file_stamp(line: str) -> str:
    """`line` without a corpus's date stamp or a screenshot's file name (`file_stamp`): the
    day the page was stored or the picture taken, not the document's."""
    stamp = _rules()["file_stamp"]
    return stamp.sub("", line).strip() if stamp.search(line) else line


def _own_date(
    doc_type: str, dated: _Dated, raw: str, posted: str | None
) -> tuple[date | None, bool]:
    """The date a meeting's document (`_meeting_doc_date`) or any other (`_carried_doc_date`)
    carries."""
    if doc_type in ("minutes", "decision_list", "agenda"):
        return _meeting_doc_date(doc_type, dated, raw, posted)
    return _carried_doc_date(doc_type, dated)


class _Dated(NamedTuple):
    """What a document is dated from: its text without markup, its lines, its title (and
    that title's compact date spelled out), the year a date without one takes."""

    text: str
    lines: list[str]
    titled: list[str]
    year: int | None


def _letter_doc_date(doc_type: str, text: str, posted: str | None) -> tuple[date | None, bool]:
    """A letter's or a Woo decision's date field; a decision without one, the date it
    states it was taken."""
    # the day a crawler stored or posted the letter (its front matter's date) is not its date,
    # nor is a register's date of publication (`Datum publicatie` over a Kamerstuk's letter)
    lines = [x for x in text_lines(text) if not posted or x != posted]
    stamped = _stamped_lines(lines)
    text = "\n".join(x for n, x in enumerate(lines) if n not in stamped)
    parsed = letter_date(text)
    if parsed is None and doc_type == "woo_decision":
        return _stated_decision_date(text_lines(text)), False
    if parsed is None:
        return _gazette_date(lines), False
    return parsed.value, False


def _gazette_date(lines: list[str]) -> date | None:
    """The day the Belgisch Staatsblad's heading over an act gives it (`MINISTERIE VAN DE
    VLAAMSE GEMEENSCHAP [C 2004/36017] 4 JUNI Omzendbrief VR 2004/26. ...`, the gazette's
    `title_gazette_prefix`), in the year the heading prints or else its number's: the date
    of a circular published there, which prints no date field."""
    rules = _rules()
    for line in lines[: rules["title_search_lines"]]:
        if (m := rules["title_gazette_prefix"].match(line)) is not None:
            parsed = parse_date(f"{m['day']} {m['month'].lower()} {m['year'] or m['numbered']}")
            return parsed.value if parsed else None
    return None


def _mail_doc_date(
    lines: list[str], title: str | None, year: int | None
) -> tuple[date | None, bool]:
    """A mail is dated by its header (a sent label, a timestamp standing apart, a reply
    line's date and time); a date in its text is what the text is about."""
    top = _top_sent_value(lines)
    if top is not None:
        return _first_date([top], year)
    if mail_window_title(lines) is not None:
        # a screenshot of a mail window: the time its reading pane prints, above the
        # header of the message it forwards
        pane = [x for x in map(repair_date_span, lines[:WINDOW_PANE_LINES]) if _is_timestamp(x)]
        return _first_date(pane[:1], year)
    stamped = [x for x in lines[:15] if _is_timestamp(x)]
    # a page's heading that names the mail it prints, with its date (`1 april 2022
    # Mailbericht werkgroep aan buurtadviseur`), where the mail's header is left out
    named = [x for x in lines[:15] if _heading_naming_a_mail(x)]
    dated = named + _labelled_dates(lines, "email") + stamped + [title or ""]
    found = _first_date(dated, year)
    return found if found[0] is not None else (_unlabelled_header_date(lines), False)


def _meeting_doc_date(
    doc_type: str, dated: _Dated, raw: str, posted: str | None
) -> tuple[date | None, bool]:
    """A meeting's document: the day its page was posted is not the meeting's. An agenda:
    its title, its Datum label, a line that is only a date, its first lines. A record: see
    `_record_date`; a running page of several meetings has no one date of its own."""
    labelled = _labelled_dates(dated.lines, doc_type)
    other_acts = _stamped_lines(dated.lines) | set(_preamble(dated.lines))
    # a periodical's contents page lists the titles and dates of other pieces too
    other_acts |= {n for n, x in enumerate(dated.lines) if is_contents(x)}
    lines = [x for n, x in enumerate(dated.lines) if x != posted and n not in other_acts]
    # `De districtsraad vergaderde op 25 november 2013.` over `De districtsraad keurt de
    # notulen van 25 november 2013 goed.`: the sitting whose record is approved, not this one
    approved = approved_record_dates(lines + dated.titled)
    lines = [x for x in lines if not dates_only(x, approved)]
    dated = dated._replace(titled=[x for x in dated.titled if not dates_only(x, approved)])
    bare = [line for line in lines[:80] if bare_date(line) is not None][:1]
    if doc_type == "agenda":
        # `3. Vaststellen van de notulen van 24 juni 2022`: an item dates an earlier record
        head = [x for x in lines[:25] if not _rules()["earlier_record"].search(x)]
        return _first_date(dated.titled + labelled + bare + head, dated.year, dated.text)
    if _several_meetings(lines) or _dated_heading_levels(raw):
        return None, False
    return _record_date(doc_type, dated._replace(lines=lines), labelled, bare)


def _printed_dates(line: str) -> set[date]:
    """The dates `line` prints with their year."""
    span = repair_date_span(day_first(line))
    parsed = (parse_date(m.group(0)) for m in DATE_RE.finditer(span))
    return {x.value for x in parsed if x is not None and not x.year_inferred}


def cites_an_act(line: str) -> bool:
    """Whether `line` cites a law, decree or regulation by the day it was enacted
    (`cited_act`: `Decreet over het lokaal bestuur van 22.12.2017, art. 277`): a record's
    legal ground, never its sitting's date."""
    return _rules()["cited_act"].search(line) is not None


#: how far past the words that name an earlier record its sitting's date may stand (`De
#: notulen van de vergadering van ... worden goedgekeurd`: inside them; `Goedkeuring van het
#: verslag van de vergadering van de raad d.d. 9 december 2016`: after them)
APPROVED_DATE_CHARS = 60


def approved_record_dates(lines: list[str]) -> set[date]:
    """The dates of the earlier sittings whose records a line approves or names as earlier
    (`earlier_record`: `De districtsraad keurt de notulen van 25 november 2013 goed.`), read
    within or right after those words: a page run onto one line prints its own sitting's
    date before them, and a title may call its own record approved (`GOEDGEKEURD VERSLAG VAN
    DE GEMEENTERAADSZITTING VAN DONDERDAG 15 APRIL 2010 - 19.30u Het verslag van de zitting
    van april 2010 werd goedgekeurd`: the words are read from the record named last)."""
    earlier = _rules()["earlier_record"]
    spans = (_approval_span(earlier, x, m) for x in lines for m in earlier.finditer(x))
    return {d for span in spans for d in _printed_dates(span)}


def _approval_span(earlier: re.Pattern[str], line: str, m: re.Match[str]) -> str:
    """The shortest stretch of `line` that `earlier` matches ending where `m` ends, and the
    `APPROVED_DATE_CHARS` after it."""
    start = m.start()
    while (n := earlier.search(line, start + 1, m.end())) is not None and n.end() == m.end():
        start = n.start()
    return line[start : m.end() + APPROVED_DATE_CHARS]


def dates_only(line: str, approved: set[date]) -> bool:
    """Whether every date `line` prints is one of the `approved` records' sittings: the line
    tells of that sitting (`Ontwerpnotulen van de zitting van de gemeenteraad van
    16.09.2025`), never dates the document that approves its record."""
    printed = _printed_dates(line)
    return bool(printed) and printed <= approved


#: a record's opening sentence that is only its date, after a draft's mark (`ONTWERP. 21
#: Januari 1905. Tegenwoordig de heeren ...`: old minutes printed as one paragraph)
_DATE_SENTENCE_RE = re.compile(r"(?:(?-i:[A-Z]{3,})\.\s+)?(?P<date>[^.]{6,40}?)\.\s+(?-i:[A-Z])")


def _opens_on_its_date(line: str) -> bool:
    """Whether a record's first line opens with a sentence that is only a date with its
    year: the date a record printed as one paragraph gives its sitting, as a line that is
    only a date does."""
    m = _DATE_SENTENCE_RE.match(line)
    parsed = bare_date(m["date"]) if m else None
    return parsed is not None and not parsed.year_inferred


def is_posting_stamp(line: str) -> bool:
    """A web page's stamp of when it was posted or changed (`Gepubliceerd op 12 februari 2020
    om 12:00`), a register's date of publication or force (`Publicatiedatum:`): it dates the
    page, not what the page records."""
    return _rules()["posting_stamp"].match(line) is not None


def is_update_stamp(line: str) -> bool:
    """A web page's stamp of its last change (`Laatst bijgewerkt op 21 april 2022`,
    `Bijgewerkt donderdag 8 juni 2017`): the page's last edit, never the date of what it
    holds (tests/gold/README.md rule 21 (b)), where a posting stamp is a post's own date."""
    m = _rules()["posting_stamp"].match(line.strip())
    return m is not None and m["updated"] is not None


def _stamped_lines(lines: list[str]) -> set[int]:
    """The lines that date the page rather than what it records: a posting stamp
    (`Gepubliceerd op ...`), a register's date of publication or force (`Publicatiedatum:`,
    `Geldend van 15-06-2021 t/m heden`), and the date right below such a label alone."""
    found = {n for n, x in enumerate(lines) if is_posting_stamp(x)}
    return found | {n + 1 for n in found if not DATE_RE.search(lines[n])}


def _preamble(lines: list[str]) -> range:
    """The lines of a formal decision from its first consideration down to its enacting
    line: the dates they cite are of the acts it rests on (`gelet op het voorstel van 12
    maart 2014`), not its own."""
    at = enacting_line_at(lines)
    if at is None:
        return range(0)
    return range(next((k for k, x in enumerate(lines) if is_consideration(x)), at), at)


def _record_date(
    doc_type: str, dated: _Dated, labelled: list[str], bare: list[str]
) -> tuple[date | None, bool]:
    """A record's (minutes', a decision list's) date: first what dates its meeting itself (a
    meeting-date label, a sitting's slot, a dated heading, a sentence opening by saying it
    was held), its title, its Datum label, then a sentence saying it was held, a line that is
    only a date and the record's head. A date below the body's first item dates what the item
    is about, not the meeting; a sentence that tells of a date (`Op 3 november 2021
    installeerde de burgemeester de raad`) and does not say the meeting was held dates an
    earlier event."""
    lines = dated.lines
    held = _held_on_sentences(lines) if doc_type == "minutes" else []
    own = _meeting_dated_lines(lines) + [x for x in lines[:1] if _opens_on_its_date(x)]
    own += [x for x in held if _opens_with_held_on(x)]
    own += _meeting_of_date_sentences(lines)
    head = [
        x
        for x in _record_head(lines[:RECORD_HEAD_LINES])
        if not (_tells_an_earlier_date(x) or _list_item(x))  # `- Ministerieel besluit van ...`
    ]
    # a title read from an item that approves an earlier record dates that record
    items = {x.strip(): k for k, x in enumerate(lines)}
    titled = [
        x
        for x in dated.titled
        if not _tells_an_earlier_date(x)
        and not (x in items and _names_an_earlier_record(lines, items[x]))
    ]
    return _first_date(own + titled + labelled + held + bare + head, dated.year, dated.text)


def _carried_doc_date(doc_type: str, dated: _Dated) -> tuple[date | None, bool]:
    """Any other document: its Datum label, its title, a line that is only a date, else the
    first date its first lines carry (not one a sentence tells of, a list's item or a
    table's cell). A day printed without its year (`Vrijdag 27 augustus werd ...`) dates it
    only where the text prints that day with its year too; else a line that is only a date
    with its year does (`Extra raadvergadering 7 december` over `3 december 2017`: the event
    the headline names, and the day it was posted), or nothing."""
    entries = _dated_entries(dated.lines)
    # a page's last edit (`Laatst bijgewerkt op ...`) dates neither the page nor what it holds
    lines = [x for x in dated.lines if x not in entries and not is_update_stamp(x)]
    carried = [x for n, x in enumerate(lines[:15]) if _carries(lines, n)]
    fields = _labelled_dates(lines, doc_type)
    labelled = _answer_dates(lines) if doc_type == "council_questions" else []
    if doc_type == "council_questions" and not fields:
        # the question's own date, where no Datum field dates a paper that answers it
        labelled = _asked_dates(lines) + labelled
    labelled += _nader_rapport_dates(lines) + fields
    # a page's stamp of when it was posted (`Gepubliceerd op 15 maart 2023 • Volgende
    # update: maart 2024`) is its own date, over the dates its title and text tell of
    stamped = [lines[n] for n in sorted(_stamped_lines(lines)) if n < min(15, len(lines))][:2]
    stamped += _bulleted_stamp(lines[:15])
    bare = _bare_dates(lines)
    event = _rules()["event_opening"]
    titled = [x for x in dated.titled if not (_tells_a_period(x) or event.match(x))]
    # a transcribed page's own dateline, over the fields beside it in the run-on head
    # (`Raadsvergadering : 21 februari 2013 ... Malden, 5 februari 2013 Aan de raad`)
    own = [day for day in [_transcribed_dateline(lines)] if day]
    dates = own + labelled + stamped + titled + bare + carried
    found = _first_date(dates, dated.year, dated.text)
    if found[1] and found[0] is not None and not _printed_with_its_year(found[0], dated.text):
        return _first_date(bare, None)  # a post's own date with its year, else none
    return found


#: a dateline run into a transcribed page's head: a place closed by its comma, then the day
#: with its month and year (`... Documentnummer: B B Landgraaf, 19 mei 2017 ONDERWERP: ...`)
#: (the place capitalised and no weekday: `Dinsdag, 5 februari 2013` names no place)
_RUN_ON_DATELINE_RE = re.compile(
    rf"(?<=\s)(?!(?i:{WEEKDAY_ALT})\b){DATELINE_PLACE},"
    rf"\s+(?P<date>\d{{1,2}}\s+(?i:{MONTH_ALT})\s+(?:19|20)\d\d)\b"
)


def _transcribed_dateline(lines: list[str]) -> str | None:
    """The dateline in the head of the first page a document site transcribed onto one line
    (`1 AB WATERSCHAPSBLAD 2011, NUMMER 27 BIJL.: 1 Agendapunt: 12 Sittard, 21 juni 2011 AAN
    HET ALGEMEEN BESTUUR ...`): the date the paper carries as its own, its letterhead's
    fields run together around it; None without such a page or dateline."""
    page = _first_transcribed_page(lines)
    if page is None:
        return None
    m = _RUN_ON_DATELINE_RE.search(" ".join(page.split()[:PAGE_HEAD_WORDS]))
    return m["date"] if m else None


def _dated_entries(lines: list[str]) -> set[str]:
    """The lines of a page that lists a body's records or papers by date, one entry a line
    (`Notulen 23 september 2021`, `17 juni 2020`, `16/09/2020:`): with `dated_entries_min`
    of them or more, they are the list's, none the page's own date; else none."""
    entry = _rules()["dated_entry"]
    found = {
        x for x in lines if (m := entry.match(x)) is not None and bare_date(m["date"]) is not None
    }
    return found if len(found) >= _rules()["dated_entries_min"] else set()


def _answer_dates(lines: list[str]) -> list[str]:
    """The answers' dates near the top of written questions, each from a line that opens
    with the answer and dates it (`answer_dated`: `Beantwoord 22 mei 2023`, `Antwoord van
    minister X (ontvangen 23 november 2010).`, its lead run on over the lines a PDF's wrap
    broke it into, `_answer_lead`), read from the date on: questions printed with their
    answers are dated by the answers, not by the day they were sent in (`Ingediend 4 mei
    2023`, `(ingezonden 20 oktober 2010)`); failing a lead, the answers' date field wherever
    it stands (`answer_date_field`: `Antwoorddatum: 29 mei 2018` over the answers printed
    below the questions)."""
    rules = _rules()
    top = lines[:15]
    leads = (rules["answer_dated"].search(_answer_lead(top, n)) for n in range(len(top)))
    fields = (rules["answer_date_field"].match(x.strip()) for x in lines)
    # from the answer's date on
    return [m.string[m.end() :] for m in [*leads, *fields] if m is not None]


def _asked_dates(lines: list[str]) -> list[str]:
    """The date a written question was put, where its own head prints it with its day
    (`question_asked`: `Indiendatum: 15 dec. 2022`, a Senate question's `van Peter Van
    Rompuy (CD&V) d.d. 24 januari 2019`), read from the date on: the question's own date,
    over the date of an answer the page gives or names (`Antwoorddatum: 22 feb. 2023` over
    `Klik hier voor de antwoorden`). Not read where a Datum field dates the page: a paper
    answering the question cites the question's date (`van raadslid X d.d. ...`) below its
    own."""
    asked = _rules()["question_asked"]
    return [m.string[m.end() :] for x in lines[:15] if (m := asked.match(x.strip()))]


def _nader_rapport_dates(lines: list[str]) -> list[str]:
    """The date of the nader rapport in the lead of a Kamerstuk that prints the Raad van
    State's advice with it (`nader_rapport_dated`: `Hieronder zijn opgenomen het advies van
    de Raad van State d.d. 19 november 2007 en het nader rapport d.d. 4 juni 2008, ...`),
    read from that date on: the nader rapport holds the advice with the minister's reaction
    and offers the whole, so its date is the paper's, not the advice's nor the register's
    (`Nummer: 2021D44420, datum: 2021-11-17`). The lead stands below the register's
    metadata a copy prints above the paper (20 lines and more)."""
    dated = _rules()["nader_rapport_dated"]
    return [x[m.end() :] for x in lines[:LISTING_LINES] if (m := dated.search(x)) is not None]


#: how many lines a PDF's wrap may spread an answer's lead over (the minister, those it
#: answers for, `(ontvangen 14 juli 2022)`)
ANSWER_LEAD_LINES = 4


def _answer_lead(lines: list[str], n: int) -> str:
    """Line `n`, run on with the lines below it that a PDF's wrap broke its sentence over
    (up to `ANSWER_LEAD_LINES`, while no line ends the sentence): an answer's lead names its
    minister and those it answers for before the day it was received (`Antwoord van
    Staatssecretaris Heijnen (...), mede namens` / `de Ministers voor ...` / `van
    Volksgezondheid, Welzijn en Sport (ontvangen 14 juli 2022).`)."""
    lead = [lines[n]]
    for below in lines[n + 1 : n + ANSWER_LEAD_LINES]:
        if re.search(r"[.?!:]\s*$", lead[-1]):
            break
        lead.append(below)
    return " ".join(x.strip() for x in lead)


def _carries(lines: list[str], n: int) -> bool:
    """Whether line `n` near the top may carry the page's date: not one whose date opens or
    closes a period, nor one opening on the day of what it tells (`event_opening`); the
    first line otherwise; a later one unless it tells of a date, is a list's item or a
    table's cell."""
    x = lines[n]
    if _dates_a_period(x) or _rules()["event_opening"].match(x):
        return False
    return n == 0 or not (_told(x) or _list_item(x) or _beside_a_cell(lines, n))


def _printed_with_its_year(day: date, text: str) -> bool:
    """Whether the text prints `day` with its year somewhere: then a mention of it without
    its year is dated by the text itself, not by a guess of the year."""
    return any(p.value == day and not p.year_inferred for _, _, p in find_dates(text))


#: a date a sentence opens a period with or closes one by (`Sinds 1 april 2022 worden ...`,
#: `Vanaf 1 januari 2024 geldt ...`, `Tot 1 juli 2023 was ...`), also the event that opened
#: it named between (`Sinds de start op 1 juli 2016 hebben ...`)
_PERIOD_DATE_RE = re.compile(
    r"\b(?:sinds|vanaf|per|tot|m\.i\.v\.|met\s+ingang\s+van)"
    r"(?:\s+(?:de|het)\s+[^\W\d_]+\s+(?:op|van))?\s+$",
    re.I,
)


def _tells_a_period(line: str) -> bool:
    """A prose line whose date opens or closes a period (`Sinds 25 mei 2018 is het verplicht
    ...`): when a rule or state began or ended, not the day the text was written."""
    return _tells_a_date(line) and _dates_a_period(line)


def _dates_a_period(line: str) -> bool:
    """A line whose first date opens or closes a period, prose or not: a member's term
    (`bestuurslid sinds 1 juli 2017`), a register's note that a rule lapsed (`[Regeling
    vervallen per 01-01-2021]`)."""
    m = DATE_RE.search(line)
    return m is not None and _PERIOD_DATE_RE.search(line[: m.start()]) is not None


def _told(line: str) -> bool:
    """A line of prose that tells of a date (`_tells_a_date`) and does not print the date
    of its paper (`_dates_its_paper`)."""
    return _tells_a_date(line) and not _dates_its_paper(line)


def _heading_naming_a_mail(line: str) -> bool:
    """A heading (a short line, no sentence) that names the mail below it (`Mailbericht
    werkgroep aan buurtadviseur`, `2 mei 2023 Bijgaande mail van de provincie`)."""
    short = len(line.split()) <= HEADING_MAX_WORDS and not line.rstrip().endswith(".")
    return short and names_a_mail(line)


#: a list's bullet (`- `, `* `, `• `) before an item
_LIST_ITEM_RE = re.compile(r"^[-*•▪]\s")


def _list_item(line: str) -> bool:
    """A line of a list: its date dates that item (an entry of a log, a deadline), not the
    document (a meeting's documents may list their date, time and place as bullets)."""
    return _LIST_ITEM_RE.match(line) is not None


def _bulleted_stamp(lines: list[str]) -> list[str]:
    """A post's date as an item of a list under its headline: beside the other facts of the
    post (`• Hilversum` over `• 20 maart 2019`) or with the time it was posted (`•
    14/05/2018 13:09`). Only the one item of the lists that is nothing but a date: a list of
    several dates is a log's or a schedule's, and a log's entry dated alone heads its text."""
    dated = [n for n, x in enumerate(lines) if _list_item(x) and bare_date(x[1:])]
    if len(dated) != 1:
        return []
    n = dated[0]
    beside = [lines[k] for k in (n - 1, n + 1) if 0 <= k < len(lines)]
    return [lines[n]] if _is_timestamp(lines[n]) or any(map(_list_item, beside)) else []


def _bare_dates(lines: list[str]) -> list[str]:
    """The first line near the top that is nothing but a date, not a list's item nor a
    table's cell."""
    top = lines[:80]
    return [
        x
        for n, x in enumerate(top)
        if not _list_item(x) and bare_date(x) is not None and not _beside_a_cell(top, n)
    ][:1]


_EMPTY_CELL_RE = re.compile(r"^\s*[-–—]\s*$")


def _beside_a_cell(lines: list[str], n: int) -> bool:
    """Whether the non-blank line above or below line n is a table's cell flattened onto a
    line of its own (a figure, or a dash for an empty cell): a date among them is a cell too
    (`Standdatum:` / `-` / `2-1-23`), the date the table's figures stand at."""
    cell = _structure_rules()["figure_cell_regex"]
    above = next((x for x in reversed(lines[:n]) if x.strip()), "")
    below = next((x for x in lines[n + 1 :] if x.strip()), "")
    return any(cell.match(x) or _EMPTY_CELL_RE.match(x) for x in (above, below))


#: a news item's dateline: a place, the date and a dash before the first sentence
DATELINE_MAX_OFFSET = 25
#: what closes a news item's dateline before its first sentence: a dash (`Westland
#: 17.03.2015 - De fractie ...`), or a full stop after a place named with its comma
#: (`Wijk bij Duurstede, 28 februari 2013. Na de bijeenkomst ...`)
_DATELINE_DASH_RE = re.compile(r"\s*[-–—]\s")
_DATELINE_STOP_RE = re.compile(r"\.\s+(?-i:[A-Z])")
_DATELINE_PLACE_RE = re.compile(r"^(?-i:[A-Z])[\w'’. -]*,\s*$")
#: a post's stamp before its lead: the date alone then a column rule, the hour it was posted
#: between (`8 september 2006 | In haar programma ...`, `zondag 01 november 2020 22.28 uur |
#: laatst gewijzigd: ...`), or the writer's byline before the date (`Door Anna Smit -
#: 27-12-2016, 16:40`)
_STAMP_RULE_RE = re.compile(r"(?:,?\s+(?:om\s+)?[0-2]?\d[.:][0-5]\d(?:\s*uur)?)?\s*[|·]\s")
#: a press release's dateline in brackets, its place and a dash before the date and a dash
#: after the bracket (`(Leeuwarden - 22 april 2018) - De Nationale ombudsman ...`)
_BRACKET_PLACE_RE = re.compile(r"^\((?-i:[A-Z])[\w'’. -]*?\s*[-–—,]\s*$")
_BRACKET_CLOSE_RE = re.compile(r"\)\s*[-–—]\s")
_BYLINE_RE = re.compile(r"^(?:door|by)\s+[^\d|]{2,40}?\s[-–—|·]\s*$", re.IGNORECASE)


#: A running page of meetings holds this many sections headed by a meeting's date.
SEVERAL_MEETINGS = 3
#: a section's heading that is a meeting's date and the body that met (`1 juli 2021
#: Kerkenraad`, `24 augustus Moderamen`): the body's name has at most this many words
SECTION_NAME_MAX_WORDS = 3


def _several_meetings(lines: list[str]) -> bool:
    """A body's running page of what its meetings decided, newest first (`24 augustus
    Kerkenraad` over its points, `1 juli 2021 Kerkenraad` over its points ...): sections
    each headed by a short line that opens with a meeting's date (a list of meeting dates,
    one under the other, heads no sections)."""

    def dated_head(line: str) -> bool:
        m = DATE_RE.match(line)
        rest = line[m.end() :].split() if m else []  # the body's name, capitalised
        return (
            m is not None
            and len(rest) <= SECTION_NAME_MAX_WORDS
            and all(w[:1].isupper() for w in rest)
        )

    heads = [n for n, x in enumerate(lines[:-1]) if dated_head(x) and not dated_head(lines[n + 1])]
    return len({DATE_RE.match(lines[n])[0] for n in heads}) >= SEVERAL_MEETINGS


def _dated_heading_levels(text: str) -> bool:
    """A journal of meetings kept as markdown: headings of one level that each date one
    meeting (`## Scrum Meeting: 03/10/2024 09:00`, `## Scrum Meeting: 04/10/2024 11:45`, ...),
    at least SEVERAL_MEETINGS dates: the file has no one date of its own."""
    dates: dict[int, set[str]] = {}
    for line in text.splitlines():
        m = MARKDOWN_HEADING_RE.match(line)
        found = DATE_RE.findall(line) if m else []
        if len(found) == 1 and len(line.split()) <= HEADING_MAX_WORDS + 1:
            dates.setdefault(len(m["level"]), set()).add(DATE_RE.search(line)[0])
    return any(len(days) >= SEVERAL_MEETINGS for days in dates.values())


def _tells_an_earlier_date(line: str) -> bool:
    """A line of a record that dates something else than its meeting: one about an earlier
    meeting's record or the next meeting, one citing an act (`cited_act`), or a sentence
    that tells of a date and neither names a meeting nor says one was held (`gehouden op
    dinsdag 23 april 2013, ...`)."""
    rules = _rules()
    if any(rules[k].search(line) for k in ("earlier_record", "next_meeting")) or cites_an_act(line):
        return True
    if not _tells_a_date(line) or _title_shaped(line):
        return False  # a heading (`Board session - 24 maart 2021`) is no sentence
    # the sentence that holds the date tells of it: a line of minutes opens the meeting and
    # goes on to the date of a balance (`Henk opent de vergadering. ... de balans per 31
    # december 1983 ...`)
    sentence = _sentence_of_first_date(line)
    held = [*_held_markers(), _structure_rules()["held_phrase_regex"]]
    return not (names_a_meeting(sentence) or any(p.search(sentence) for p in held))


def _sentence_of_first_date(line: str) -> str:
    """The sentence of a prose line that holds its first date (the whole line without one)."""
    sentences = _SENTENCE_END_RE.split(_ABBREVIATION_DOTS_RE.sub(r"\1", line))
    return next((x for x in sentences if DATE_RE.search(x)), line)


def _held_markers() -> list[re.Pattern[str]]:
    """What says a meeting was held: a report's account markers, a held-on phrase."""
    return [*_rules()["account_markers"], _meeting_rules()["held_on"]]


def _tells_a_date(line: str) -> bool:
    """A line of prose that tells of a date (`Sinds 1 januari 2016 is de meldplicht van
    kracht`): what the text is about, not the date the document carries (a dateline is:
    `Westland 17.03.2015 - De fractie ...`)."""
    if len(line.split()) < PROSE_LINE_WORDS:
        return False
    m = DATE_RE.search(line)
    return m is None or m.start() > DATELINE_MAX_OFFSET or not _closes_dateline(line, m)


def _dates_its_paper(line: str) -> bool:
    """Whether `line` prints the date of the paper it stands in, however long: its adoption
    stamp (`Vastgesteld door de commissies ... d.d. 20 mei 2014.`, also after the title
    a cover runs into it) or who issued it, a comma and the date that closes the line
    (`College van Burgemeester en Wethouders Maastricht, 8 juni 2015`, a cover's or a
    signature's dateline), not a sentence that tells of a date."""
    m = DATE_RE.search(line)
    if m is None:
        return False
    if _rules()["adoption_stamp"].match(_sentence_of_first_date(line).strip()):
        return True
    closes = not line[m.end() :].strip(" .")
    return closes and _DATELINE_PLACE_RE.match(line[: m.start()]) is not None


def _closes_dateline(line: str, m: re.Match[str]) -> bool:
    """Whether the date `m` found near the start of `line` is a news item's dateline or a
    post's stamp: a dash after it, a full stop after it where only a place and its comma
    stand before it, a column rule after it where nothing stands before it, or the writer's
    byline before it."""
    after, before = line[m.end() :], line[: m.start()]
    if _DATELINE_DASH_RE.match(after) or _BYLINE_RE.match(before):
        return True
    if _BRACKET_PLACE_RE.match(before) and _BRACKET_CLOSE_RE.match(after):
        return True
    if not before.strip() and (_STAMP_RULE_RE.match(after) or _posted_after(after)):
        return True
    return bool(_DATELINE_STOP_RE.match(after) and _DATELINE_PLACE_RE.match(before))


def _posted_after(after: str) -> bool:
    """Whether the words after a date that opens its line say the item was posted or
    broadcast that day (`Zaterdag 11 november 2017 uitgezonden in 6FM Zaterdag`): a post's
    stamp, its words after its date; the words of a change never (rule 21 (b))."""
    m = _rules()["posting_stamp"].match(after.strip())
    return m is not None and m["updated"] is None


def _meeting_dated_lines(lines: list[str]) -> list[str]:
    """The lines that date a record's meeting above its body, the one that says so most
    directly first: a meeting-date label (`Vergaderdatum: 4 juli 2023`), then the record's
    headings that name it (`Notulen bestuursvergadering Dorpsbelang 12 oktober 2021`), the
    lowest first: a web page's title (the link to the record, dated as posted or as the
    series' latest issue) stands above the record's own heading. The head ends at the body's
    first item or attendance label, so an item (`Verslag vorige vergadering 5 mei 2025`) and
    a date in the discussion never count. A sitting's slot (its date, start time and place
    alone on a line: `wo 29/01/2025 - 20:30 Raadzaal`) dates it as a label does: a point's
    title below it names what the sitting dealt with (`Zittingsverslag 18/12/2024`)."""
    rules = _rules()
    head = lines[:RECORD_HEAD_LINES]
    labelled, headings = [x for x in head if sitting_slot(x)][:1], []
    for k, line in enumerate(head):
        first_page = len(line) > PAGE_LINE_CHARS and all(
            len(x) <= PAGE_LINE_CHARS for x in head[:k]
        )
        if first_page and headings_of_page(line, headings):
            break  # the first page transcribed onto one line holds the head, the body below it
        numbered_top = k == 0 and _item_number(line) is not None and not first_page
        if _ends_record_head(line) and not numbered_top:
            break  # the first line opens the head, also where it is numbered (`1. Opening`)
        label = rules["meeting_date_label"].match(line)
        below = next((x for x in head[k + 1 :] if x.strip()), "")
        if label:
            labelled.append(label["value"])
        elif _dated_record_heading(line) and not (
            _names_an_earlier_record(head, k) or rules["next_meeting"].search(line)
        ):
            # not `Notulen 14-02-2018 worden goedgekeurd.`, nor a heading naming that record
            # over the line that approves it, nor the next meeting's date
            headings.append(line)
        elif _title_runs_on(line, below) and _dated_record_heading(f"{line} {below}"):
            # `BESLISSINGENLIJST` / `van de vergadering van het college op 26 juni 2007`: a
            # title whose meeting and date run on below it
            headings.append(f"{line} {below}")
    return labelled + headings[::-1]


def _names_an_earlier_record(lines: list[str], k: int) -> bool:
    """Whether line `k` is about an earlier meeting's record: it says so itself, or it names
    that record over the line that approves it (`Besluitenlijst van de vergadering van 25
    september 2018` / `De besluitenlijst ... wordt ongewijzigd vastgesteld`: an item of the
    meeting, never its heading)."""
    earlier = _rules()["earlier_record"]
    below = next((x for x in lines[k + 1 :] if x.strip()), "")
    return earlier.search(lines[k]) is not None or earlier.search(below) is not None


def _title_runs_on(line: str, below: str) -> bool:
    """A heading without a date whose next line goes on with it in lower case (`van de
    vergadering ...`), not a sentence of its own."""
    return not DATE_RE.search(line) and re.match(r"\s*(?:van|d\.d\.|op)\s", below) is not None


def _record_head(lines: list[str]) -> list[str]:
    """The lines of a record above its body: up to its first item or attendance label. The
    first line opens the head, also where it is numbered (`4. Juridisch kader`, a chapter of
    a site) or where the record opens with who attended; a page transcribed onto one line
    holds the head and the body."""
    for n, line in enumerate(lines[1:], start=1):
        if len(line) > PAGE_LINE_CHARS:
            continue
        if _ends_record_head(line):
            return lines[:n]
    return lines


def _ends_record_head(line: str) -> bool:
    """A record's body opens here: its first item (numbered, or a portal's list place and
    item number alone on the line, ` 1. 1`), an attendance label, or the body's first
    dictum (`De raad besluit`, `Het college besluit:`): a decision list's dates below it
    are what it decides (`1. per 1 augustus 2023 de volgende vergaderstructuur ... in te
    voeren`), not its meeting's."""
    item = _item_number(line) is not None and not DATE_RE.match(line)  # `19 mei`: a day
    item = item or _structure_rules()["portal_item_regex"].match(line.strip()) is not None
    item = item or _rules()["body_dictum"].match(line.strip()) is not None
    return item or any(p.search(line) for p in _rules()["minutes_markers"])


#: a date written as one number at a title's start, as files of minutes kept in a repository
#: are named (`20170609 Notulen Bestuursvergadering`)
_COMPACT_DATE_RE = re.compile(r"^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[\s_-])")


def _compact_date_spelled_out(title: str) -> str:
    """The compact date opening a title as DATE_RE reads a date (`2017-06-09`), else ''."""
    m = _COMPACT_DATE_RE.match(title.strip())
    return f"{m[1]}-{m[2]}-{m[3]}" if m else ""


#: where a sentence ends inside a line of prose
_SENTENCE_END_RE = re.compile(r"(?<=[a-z\d)])[.!?]\s+(?=[A-Z])")


def _held_on_sentences(lines: list[str]) -> list[str]:
    """The sentences of a report's opening that say the meeting was held (`Op 22 november
    was er een bijeenkomst van ...`): their date is the meeting's, not the posting date
    printed above the report."""
    readable = _readable(lines)
    markers = _held_markers()
    return [
        sentence
        for line in _opening(readable)
        for sentence in _SENTENCE_END_RE.split(_ABBREVIATION_DOTS_RE.sub(r"\1", line))
        if any(p.search(sentence) for p in markers)
    ]


def _meeting_of_date_sentences(lines: list[str]) -> list[str]:
    """The sentences of a record's opening that open with its meeting and that meeting's
    date (`De bestuursvergadering van 20 maart 2019 zijn we gestart met ...`), none about an
    earlier meeting's record."""
    readable = _readable(lines)
    rules = _rules()
    return [
        sentence
        for line in _opening(readable)
        for sentence in _SENTENCE_END_RE.split(line)
        if rules["meeting_of_date"].match(sentence) and not rules["earlier_record"].search(sentence)
    ]


#: a date's abbreviation inside a sentence (`op 11 oktober jl. een ... gehouden`): its period
#: ends no sentence, so it must not cut the sentence off from what it says was held
_ABBREVIATION_DOTS_RE = re.compile(r"\b(jl|j\.l|a\.s|l\.l)\.(?=\s+[a-z])")


#: `heeft op 30 juli 2020 een besluit genomen`, `op 1 december 2022 een tweede deelbesluit`,
#: `heeft op 11 oktober 2017 een beslissing genomen`; or the request's outcome told with its
#: day (`Het verzoek is op 5 januari 2010 gehonoreerd.`): the day the decision was taken
_DECISION_TAKEN_RE = re.compile(
    r"\bop\s+(?P<span>[^.;]{6,30}?)\s+(?:(?:een\s+)?(?:\w+\s+)?(?:(?:deel)?besluit|beslissing\b)"
    r"|(?:(?:gedeeltelijk|deels|geheel|volledig)\s+)?(?:gehonoreerd|ingewilligd|toegewezen|afgewezen)\b)",
    re.IGNORECASE,
)


def _stated_decision_date(lines: list[str]) -> date | None:
    """A decision published without its letter (no date field): the date its text says the
    decision was taken on; the last of them where a partial decision followed another."""
    found = [
        parsed
        for m in _DECISION_TAKEN_RE.finditer(" ".join(lines[:15]))
        if (parsed := _first_date([m["span"]], None)[0]) is not None
    ]
    return found[-1] if found else None


def _top_sent_value(lines: list[str]) -> str | None:
    """The top message's sent time where its sent label prints no value (a label column
    whose values OCR set apart, or whited out): the bare timestamp above the labels (the
    print stamp, or the value OCR put first) or the first one below them; "" where neither
    stands (the top
    header prints no date: the next header's date is an older message's, not the mail's).
    None where the first sent label carries its value, or none is printed."""
    for n, line in enumerate(lines[:60]):
        m = _rules()["email_sent_label"].match(line.strip())
        if not m:
            continue
        if line.strip()[m.end() :].strip():
            return None

        def bare(x: str) -> bool:
            return _is_timestamp(x) and not email_header_kinds([x.strip()])

        above = [x for x in lines[:n] if bare(x)]
        below = []
        for x in lines[n + 1 : n + 16]:
            if bare(x):
                below.append(x)
                break
            if email_header_kinds([x.strip()]) & {"from", "sent"} and x.split(":", 1)[1].strip():
                break  # the next header's own values: its date is an older message's
        return (above[-1:] or below[:1] or [""])[0]
    return None


def _labelled_dates(lines: list[str], doc_type: str) -> list[str]:
    """Values of the date labels (Datum, Sent, Verzonden) in the first lines."""
    candidates: list[str] = []
    for n, line in enumerate(lines[:60]):
        # a date label (the sent labels of the e-mail vocabulary) and its value: at the start
        # of a line, or in a running header after the sender ("Gemeente Amsterdam Datum ...")
        m = _rules()["date_label"].search(line)
        if m and (row := _label_row_value(line, m, lines[n + 1 : n + 2])) is not None:
            candidates.append(row)
            continue
        if not m or (m.start() > 0 and not DATE_RE.match(repair_date_span(m[1]))):
            continue  # a label further on in a line counts with its date right after it
        if m[1].strip():
            candidates.append(m[1])
        elif doc_type == "email" and not candidates:
            # OCR of a two-column header: the labels first, their values below them; the top
            # message's date is the first timestamp among those values, not the next label's
            candidates += [x for x in lines[n + 1 : n + 16] if _is_timestamp(x)][:1]
    return candidates


#: a row of field labels without their values (`Plaats: Tijd: Aanwezig:`)
_LABEL_ROW_RE = re.compile(r"^(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*:\s*)+$")


def _label_row_value(line: str, m: re.Match[str], below: list[str]) -> str | None:
    """The date of a table's header row of labels, the date label first (`Datum: Plaats:
    Tijd:`), whose values stand in the same order on the next line: the date that opens it
    (`24 april 2014 Gebouw Rehoboth ...`)."""
    if ":" in line[: m.start()] or not m[1].strip() or not _LABEL_ROW_RE.match(m[1].strip()):
        return None
    value = DATE_RE.match(repair_date_span(below[0])) if below else None
    return value.group(0) if value else None


def _first_date(
    candidates: list[str], year: int | None, text: str | None = None
) -> tuple[date | None, bool]:
    """(date, year_inferred) of the first readable date among the candidate spans. A date run
    on from a word or a figure is none: a misread day ("165 februari"), a section number
    ("§4.2.10"), a deadline glued to its item ("keten27-09-2020"). A date without its year
    takes the one `text` gives it (`yearless_date_in`), else `year`."""
    for span in candidates:
        span = repair_date_span(day_first(span))
        for m in DATE_RE.finditer(span):
            if m.start() > 0 and re.match(r"[\w§.]", span[m.start() - 1]):
                continue
            parsed = parse_date(m.group(0), context_year=year or 2000)
            if parsed is not None and parsed.year_inferred and text is not None:
                day, month = parsed.value.day, parsed.value.month
                found = yearless_date_in(span, day, month, text)
                if found is not None:
                    return found, True
            if parsed is not None and parsed.year_inferred and year is None:
                continue
            if parsed is not None and not parsed.year_inferred and text is not None:
                meant = misprinted_year_date(span[: m.start()], m.group(0), parsed.value, text)
                if meant is not None:
                    return meant, True
            if parsed is not None:
                return parsed.value, parsed.year_inferred
    return None, False


def _opens_with_held_on(line: str) -> tuple[str, str] | None:
    """(day, month) of a paragraph that opens by reporting a meeting as held (`Op 6 maart
    2023 hebben we onze bestuursvergadering gehouden:`; the year is often left out), else
    None."""
    m = _meeting_rules()["held_on"].match(line.strip())
    day = m and re.search(r"(\d{1,2})\s+(\w+)", m.group("date"))
    return (day.group(1), day.group(2).lower()) if day and names_a_meeting(line) else None
