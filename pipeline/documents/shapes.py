"""Typing by how a text is built, where no title, header or marker named it: the items of a
meeting's order and what stands below them, the cues of a record (attendance, speech,
outcomes) against those of a plan (bare items, a date, time and place block, an
invitation), a news item's signs, and an organisation's own account of a period in figures.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from pipeline.dates import DATE_RE, bare_date
from pipeline.documents.lines import (
    RECORD_HEAD_LINES,
    REPORT_OPENING_LINES,
    _is_timestamp,
    _opening,
    _prose_lines,
    _readable,
    _title_shaped,
    is_hosted_title_line,
    names_a_meeting,
)
from pipeline.documents.markup import _marks_presence
from pipeline.documents.rules import _count_word_re, _rules, _structure_rules


def _tells_of_a_report(heads: list[str], prose: list[str]) -> bool:
    """Whether one of `heads` (a headline, an opening sentence) tells of a report as
    another's (`De ombudsman stelde het Jaarverslag 2016 voor`, `Ombudsvrouw stelt
    jaarverslag 2020 voor`) and the opening `prose` does not speak of its writer as `we`: a
    report's foreword may name its writer in the third person, but then also as `we` (`Met
    genoegen biedt de commissie haar jaarverslag aan. Het is ons eerste ...`)."""
    own = any(_structure_rules()["first_person_regex"].search(x) for x in prose)
    return not own and any(_rules()["report_told"].search(x) for x in heads)


class _Items(NamedTuple):
    """The numbered items of a meeting's order found in a text."""

    count: int  # items in rising order (`1.`, `2.`, `3.` ...)
    discussed: int  # items with a line of prose below them
    with_outcome: int  # items whose text says what was done with them
    opening_or_closing: bool  # an `Opening`, `Rondvraag` or `Sluiting` item


def _item_number(line: str) -> int | None:
    """The number of an item alone on its line, or of one whose discussion runs on after
    its title and a colon (`2. Financiën: Kees meldt ...`); None for other lines."""
    rules = _structure_rules()
    m = rules["item_regex"].match(line)
    if m is not None and len(line.split()) <= rules["item_max_words"]:
        return int(m.group(1))
    m = rules["inline_item_regex"].match(line)
    return int(m.group(1)) if m else None


def _numbered_items(lines: list[str]) -> _Items:
    """The items that follow one another in number (a list of dates or amounts does not),
    or else the unnumbered items of a meeting's order; and what stands below each of them."""
    chain = _longest_run(lines)
    if len(chain) < _structure_rules()["items_min"]:
        chain = _unnumbered_items(lines)
    return _items_below(lines, chain)


def _longest_run(lines: list[str]) -> list[int]:
    """Indexes of the longest run of items numbered one after the other (`1.` `2.` `3.`); a
    date at a line's start (`12 juli 2018`) numbers no item, and a `1.` may restart a run
    (a decision's own numbered points below an item)."""
    best: list[int] = []
    run: list[int] = []
    for n, line in enumerate(lines):
        number = None if DATE_RE.match(line) else _item_number(line)
        if number is None:
            continue
        if run and number == _item_number(lines[run[-1]]) + 1:
            run.append(n)
        elif number == 1 or not run:
            run = [n]
        best = max(best, run, key=len)
    return best


def _unnumbered_items(lines: list[str]) -> list[int]:
    """Indexes of a meeting's items as short headings or bullets without numbers, from an
    opening item (`Opening`, `Welkom`) to a closing one (`Rondvraag`, `Sluiting`): the
    order of a meeting, where any short lines above (a list of who attended) are not."""
    rules = _structure_rules()

    def short(line: str) -> bool:
        words = re.sub(r"^[-•*o]\s+", "", line)
        return len(words.split()) <= rules["unnumbered_item_max_words"] and _title_shaped(words)

    heads = [n for n, x in enumerate(lines) if short(x)]
    opening = [n for n in heads if rules["opening_item_regex"].search(lines[n])]
    closing = [n for n in heads if rules["closing_item_regex"].search(lines[n])]
    if not opening or not closing or closing[-1] <= opening[0]:
        return []
    chain = [n for n in heads if opening[0] <= n <= closing[-1]]
    return chain if len(chain) >= rules["items_min"] else []


def _items_below(lines: list[str], chain: list[int]) -> _Items:
    """How many of the items at `chain` have prose or an outcome below them."""
    rules = _structure_rules()
    if len(chain) < rules["items_min"]:
        return _Items(0, 0, 0, False)
    ends = chain[1:] + [len(lines)]
    discussed = with_outcome = 0
    for start, end in zip(chain, ends, strict=True):
        body = lines[start + 1 : end]
        inline = len(lines[start].split()) > rules["item_max_words"]  # its discussion runs on
        discussed += inline or any(len(x.split()) >= rules["discussion_min_words"] for x in body)
        with_outcome += any(rules["outcome_regex"].search(x) for x in [lines[start], *body])
    ordered = any(
        rules["closing_item_regex"].search(lines[n]) or rules["opening_item_regex"].search(lines[n])
        for n in chain
    )
    return _Items(len(chain), discussed, with_outcome, ordered)


class _Cues(NamedTuple):
    """Independent evidence of what a text is: of a meeting's order, of its record (what was
    said and done) and of its plan (an agenda for a meeting still to come)."""

    items: _Items
    meeting: bool  # its order is a meeting's: opening/closing items, a meeting named on top
    record: int  # attendance, discussed items, action labels, reported speech, outcomes
    plan: int  # bare items, a date/time/place block, an invitation
    decided: bool  # at least half the items say what was decided
    present: bool  # someone attends or speaks: what a record prints and a decision list not


def _structure_cues(lines: list[str]) -> _Cues:
    rules = _structure_rules()
    items = _numbered_items(lines)

    def any_line(key: str) -> bool:
        return any(rules[key].search(x) for x in lines)

    attendance = _tells_attendance(lines)
    speech, labels = any_line("speech_regex"), any_line("label_regex")
    discussed = items.count > 0 and items.discussed * 2 >= items.count
    decided = items.count > 0 and items.with_outcome * 2 >= items.count
    logistics = sum(1 for x in lines if rules["logistics_regex"].match(x)) >= rules["logistics_min"]
    bare = items.count > 0 and items.discussed == 0
    record = (attendance, discussed, labels, speech, any_line("outcome_regex"))
    meeting = items.opening_or_closing or attendance or labels or decided
    return _Cues(
        items=items,
        meeting=meeting or _names_a_meeting_on_top(lines),
        record=sum(record),
        plan=sum((bare, logistics, any_line("invitation_regex"), any_line("announcement_regex"))),
        decided=decided,
        present=attendance or speech,
    )


def _lists_attendance(lines: list[str]) -> bool:
    """Whether a text lists who attended: an attendance label with its names (`Aanwezig:
    ...`), an attendance heading over them (`Aanwezig`, `## Aanwezigen`) or a table of
    presence marks (`| Student | Aanw. |` over `| Piet Jacobs | x |`)."""
    heading = _structure_rules()["attendance_heading_regex"]
    label = _rules()["minutes_markers"][0]
    return any(label.match(x) or heading.search(x) for x in lines) or _marks_presence(lines)


def _tells_attendance(lines: list[str]) -> bool:
    """Whether a text lists who attended or counts them (`Er waren 23 leden aanwezig`)."""
    counted = _structure_rules()["attendance_count_regex"]
    return _lists_attendance(lines) or any(counted.search(x) for x in lines)


def _structural_type(readable: list[str]) -> str | None:
    """minutes, a decision list or an agenda from how the text is built, when several
    independent cues agree; None when they do not (one keyword decides nothing)."""
    rules = _structure_rules()
    cues = _structure_cues(readable)
    if cues.meeting and cues.record >= rules["record_min_cues"] and cues.record > cues.plan:
        return "minutes"  # who attended, what was said and done, without a numbered order
    if cues.present and not cues.plan and _dates_a_meeting(readable):
        return "minutes"  # `Datum voortgangsgesprek: 25/02/2019` over who attended
    if not (cues.items.count and cues.meeting):
        attended = cues.present and not cues.plan  # no invitation, no date/time/place block
        return "minutes" if _prose_account(readable, attended) else None
    if cues.record >= rules["minutes_min_cues"] and cues.record > cues.plan:
        return "decision_list" if cues.decided and not cues.present else "minutes"
    if cues.plan >= rules["agenda_min_cues"] and not cues.record:
        return "agenda"
    told = cues.items.discussed * 2 > cues.items.count
    if told and not cues.plan and names_a_meeting(readable[0]):
        return "minutes"  # `Bestuursvergadering 5` over items told of one by one
    return None


def _dates_a_meeting(lines: list[str]) -> bool:
    """Whether a record's head holds the field that dates the meeting or talk it reports
    (`Vergaderdatum:`, `Datum voortgangsgesprek:`), whatever its value (`N/A`)."""
    label = _rules()["meeting_date_label"]
    return any(label.match(x) for x in lines[:RECORD_HEAD_LINES])


def _stamped_below(lines: list[str], title: str) -> bool:
    """Whether the line right below the title says when the text was posted and nothing
    else: a date with a time of day (`14 november 2023, 08:56`) or a posting stamp
    (`Gepubliceerd op 12 maart 2024`): a web post's head, its headline over its posting
    time. A report's own title page prints neither (a publication page may date the
    report it publishes: `21 juni 2022` alone)."""
    if title not in lines:
        return False
    below = lines[lines.index(title) + 1 : lines.index(title) + 2]
    if not below or len(below[0].split()) > STAMP_MAX_WORDS:
        return False
    return _is_timestamp(below[0]) or _rules()["posting_stamp"].match(below[0]) is not None


STAMP_MAX_WORDS = 6  # `woensdag 14 november 2023, 08:56 uur`


def _records_a_meeting(lines: list[str]) -> bool:
    """A record by how it is built, with several cues of one (who attended, what was said,
    labels, outcomes): what turns a title naming an agenda into minutes. A prose sentence
    alone does not (an agenda tells why the meeting is called, and which decisions it is
    to ratify)."""
    cues = _structure_cues(lines)
    return (
        _structural_type(lines) == "minutes"
        and cues.record >= _structure_rules()["minutes_min_cues"]
    )


def _is_plan(lines: list[str]) -> bool:
    """A meeting's plan under a title that names the meeting and its date: numbered items
    with nothing below them, with a date/time/place block or an invitation, and nothing of
    a record (no attendance, discussion, labels, speech or outcomes)."""
    cues = _structure_cues(lines)
    return (
        cues.items.count > 0
        and cues.plan >= _structure_rules()["agenda_min_cues"]
        and not cues.record
    )


def _tells_news(lines: list[str]) -> bool:
    """A news item's reporting verbs (`meldt`, `aldus`, `maakte bekend`, `vandaag`), a
    post's stamp right below its headline (`Gepubliceerd op 12 maart 2024`), or a headline
    or lead that tells of a report as another's (`Ombudsvrouw stelt jaarverslag 2020 voor`,
    as a report's name over such a lead is news): a text that tells of an organisation's
    figures is no report of its own; so is a headline that tells what the figures did
    (`_headed_by_a_finding`)."""
    rules = _structure_rules()
    readable = [x.strip() for x in lines if x.strip()]
    prose = _prose_lines(readable)[:1]
    return (
        any(rules["news_regex"].search(x) for x in lines)
        or any(rules["news_last_year_regex"].search(x) for x in _opening(readable))
        or (bool(readable) and _stamped_below(readable, readable[0]))
        or _headed_as_a_post(readable)
        or _tells_of_a_report(readable[:1] + prose, prose)
        or _headed_by_a_finding(readable)
        or _headed_by_a_count(readable)
    )


def _headed_by_a_finding(readable: list[str]) -> bool:
    """A heading in the first lines that tells what the text's figures did, a change or a
    comparison (`Daling in aantal woninginbraken`, `Brandweer: minder blussen, meer
    hulpverlening`): a news item's headline, which may stand below the site's furniture
    (`Blijf op de hoogte` over `Bijna 10 % meer meldingen over misleiding en oplichting in
    2022`), as `_headed_by_a_count` reads it; a report is titled by its name and period. A
    question (`Wilt u meer weten over de klachten ...?`) invites the reader, it tells no
    finding."""
    rules = _structure_rules()
    for line in (x.strip() for x in readable[: rules["news_head_lines"]]):
        if len(line.split()) > rules["finding_headline_max_words"] or line.endswith("?"):
            continue
        if _title_shaped(line) and rules["finding_headline_regex"].search(line) is not None:
            return True
    return False


def _headed_by_a_count(readable: list[str]) -> bool:
    """A heading in the first lines that opens with a count before what it counts (`2.349
    reddingsacties door KNRM-redders in 2016`, `3.547 incidenten in 2017`): a news item's
    headline. A report is titled by its name and period; a post's date (`20 maart 2019`)
    opens with a number too and heads no figures."""
    rules = _structure_rules()
    for line in (x.strip() for x in readable[: rules["news_head_lines"]]):
        if len(line.split()) > rules["finding_headline_max_words"] or not _title_shaped(line):
            continue
        if DATE_RE.match(line.lstrip("•·*- ")) is None and rules["count_headline_regex"].match(
            line
        ):
            return True
    return False


def _headed_as_a_post(readable: list[str]) -> bool:
    """Whether a web page's first lines say it is a post: the news section it stands in
    (`Nieuws` alone, or in its breadcrumb), the month a search engine stamped it with
    (`date 2022-05 ...`), its lead's dateline (`MEDEMBLIK – De gemeente ...`), or the day
    it was posted alone on a line of its head (`21 maart 2022` over its headline)."""
    rules = _structure_rules()
    head = [x.strip() for x in readable[: rules["news_head_lines"]]]
    stamped = bool(head) and rules["search_stamp_regex"].match(head[0]) is not None
    dateline = any(rules["news_dateline_regex"].match(x) for x in head)
    sectioned = any(rules["news_section_regex"].search(x) for x in head)
    # a document site's copy (`Share "VLAAMSE RAAD"`) prints its document's date, no post's
    copied = any(map(is_hosted_title_line, readable[: _rules()["title_search_lines"]]))
    posted = any(map(_is_post_date, head)) and not copied
    return stamped or dateline or sectioned or posted


def _is_post_date(line: str) -> bool:
    """A line that is a date with its year and nothing else, opening on it (`21 maart 2022`,
    `dinsdag 19 februari 2008`, `01-06-2023`): the day a web page was posted, standing over
    or under its headline. A report's own head dates it in a sentence or by a label
    (`Vastgesteld ... d.d. 20 mei 2014`, `Datum: ...`), a letter by its place (`Zwolle, 7
    april 2014`), never by a date alone (none of the development set's reports does)."""
    return DATE_RE.match(line) is not None and bare_date(line) is not None


def _tells_of_an_occasion(readable: list[str]) -> bool:
    """News of a visit or a public gathering: its headline or lead names one (`Wethouder op
    werkbezoek bij ...`, `Minister op bezoek op Bonaire`, `Donderdag vond het eerste Ronde
    Tafel gesprek plaats`) and it lists nobody's attendance. A meeting it tells of in
    passing (`sloot aan bij een korte vergadering van de leerlingenraad`) is part of the
    occasion, not a sitting of which the text is the record. Only a headline or a lead's first
    sentence counts (a council's record may thank a visitor further on)."""
    rules = _structure_rules()
    head = [_first_sentence(x) for x in readable[: rules["news_head_lines"]]]
    if not any(rules["occasion_regex"].search(x) for x in head):
        return False
    markers = _rules()["minutes_markers"]
    return not _lists_attendance(readable) and not any(
        p.search(x) for p in markers for x in readable
    )


def _describes_a_body(readable: list[str]) -> bool:
    """A page that presents a body and how it meets (`Het Algemeen Bestuur vergadert 3 tot 4
    keer per jaar`, `De raad bestaat uit ...`, `In het voorjaar wordt de jaarvergadering
    gehouden`) in its head, and lists nobody's attendance nor a sitting's marker: a page
    about the body's meetings, not the record of one (its present tense tells what the body
    always does, a record what it did once)."""
    head = readable[: _rules()["title_search_lines"]]
    body = _structure_rules()["body_page_regex"]
    if not any(body.search(x) for x in head) and not _states_meeting_rules(readable, head):
        return False
    markers = _rules()["minutes_markers"]
    return not _lists_attendance(readable) and not any(
        p.search(x) for p in markers for x in readable
    )


def _states_meeting_rules(readable: list[str], head: list[str]) -> bool:
    """The page's head states the rules its body's meetings run by (`Wekelijks vergadert het
    college`, `In elke vergadering wordt ...`) and no line records a decision taken (`Zij nam
    de volgende besluiten.`): a page about the body (`_meeting_rules` in doc_types.json)."""
    rules = _structure_rules()
    return any(rules["meeting_rules_regex"].search(x) for x in head) and not any(
        rules["decisions_taken_regex"].search(x) for x in readable
    )


def _first_sentence(line: str) -> str:
    """A line up to its first sentence's end: a headline, or a lead's first sentence (what
    a news item is about; a record transcribed onto one line names its meeting there)."""
    return re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]


def _own_account(lines: list[str]) -> bool:
    """An organisation's own account of a past period in figures (a paragraph of its annual
    report), and no news item's reporting verbs: a line that names the period and counts in
    it (`In 2022 was sprake van zeven datalekken`; a year named in passing, `Eerder in 2019
    ...`, counts nothing) with `we`, or with the cases it took in or settled then (`De
    ombudsman ontving in 2020 ... 1191 klachten`) where it cites no one's report (a news
    item: `Dat staat in de jaarlijkse rapportage van de AP`); or a period named above a
    table of figures (one cell per line), in whatever person the organisation writes of
    itself (`Defensie`); or figures under a heading of a report's parts (`Samenvatting`,
    `Toelichting`), whatever verb in them reads as news (`_headed_as_a_report`)."""
    rules = _structure_rules()
    if points_to_the_report(lines):
        return False  # `Download de publicatie`: a page presenting the report, rule 20 (3)

    def counts(line: str) -> bool:
        line = re.sub(r"\b(19|20)\d\d\b", "", line)
        return rules["figure_regex"].search(line) is not None or _count_word_re().search(line)

    def found(key: str) -> bool:
        return any(rules[key].search(x) for x in lines)

    if _headed_as_a_report(lines) and any(counts(x) for x in lines):
        return True  # `Samenvatting` over its figures: a report's section, whatever reads as news
    if _tells_news(lines):
        return False
    if _names_itself(lines):
        return True  # `In dit jaarverslag leggen de tuchtcolleges verantwoording af ...`
    periods = [x for x in lines if rules["period_regex"].search(x) and counts(x)]
    if periods and found("first_person_regex"):
        return True
    if any(rules["intake_regex"].search(x) for x in periods) and not found("cited_report_regex"):
        return True  # `De ombudsman ontving in 2020 ... 1191 klachten`, citing no one's report
    if any(p.match(x.strip()) for p in _rules()["figures_headings"] for x in lines):
        return True  # `Kerncijfers klachten 2016` heading the figures below it
    if _year_table(lines):
        return True  # `2019 2018 2017` over `Totaal aantal klachten 637 587 541`
    return _figure_cells(lines) >= rules["figure_table_min_cells"] and found("period_regex")


def points_to_the_report(lines: list[str]) -> bool:
    """Whether a line of the text points to the report as a file or a text elsewhere
    (`report_pointer`: `Download de pdf hier.`, `Via deze link kunt u het volledige jaarverslag
    online bekijken`, `Thermometer Infectieziektebestrijding 2017 (PDF, 378 kB)`): a page that
    presents the report or its figures, which the gold types `other` (its rule 20 (3)), however
    its organisation writes of its year. A report's own text names itself (`In dit
    jaarverslag ...`) and a document site's copy quotes its title (`Download "..."`)."""
    pointer = _rules()["report_pointer"]
    return any(pointer.search(x) for x in lines)


def _headed_as_a_report(lines: list[str]) -> bool:
    """A report's own section or chapter: a heading of the report's parts alone on its line
    in the text's head (`Samenvatting`, `Toelichting`, `Oorzaken & Verklaringen`, `Partieel
    besluit`); a news item or a page of figures has no such parts."""
    part = _structure_rules()["report_part_regex"]
    head = _readable(lines)[: _rules()["title_search_lines"]]
    return any(part.match(x.strip()) for x in head)


def _names_itself(lines: list[str]) -> bool:
    """A report that names itself in its opening (`Dit Klachtbeeld laat zien ...`, `In dit
    jaarverslag ...`), where the opening does not tell of it as another's (`De Inspectie
    heeft haar jaarlijkse overzicht gepubliceerd. Dit rapport biedt ...`: news of it)."""
    opening = _opening(_readable(lines))
    named = any(_structure_rules()["self_reference_regex"].search(x) for x in opening)
    return named and not _tells_of_a_report(opening, opening)


def _year_table(lines: list[str]) -> bool:
    """A table flattened one row per line: a header of the years it compares and, on the
    next line that is not blank, a label with one figure per year."""
    rules = _structure_rules()
    readable = [x.strip() for x in lines if x.strip()]
    for header, row in itertools.pairwise(readable):
        if rules["year_header_regex"].match(header) is None:
            continue
        years = len(re.findall(r"\b(?:19|20)\d\d\b", header))
        figures = f"(?:{rules['year_row_figure_regex'].pattern}){{{years}}}$"
        if re.search(r"[^\W\d_]{3,}" + figures, row) is not None:
            return True
    return False


def _figure_cells(lines: list[str]) -> int:
    """Lines that are one figure, next to another such line (blank lines between them left
    out): the cells of a table's row flattened one per line; a page number stands alone."""
    cell = _structure_rules()["figure_cell_regex"]
    flags = [cell.match(x) is not None for x in lines if x.strip()]
    return sum(
        1
        for i, flag in enumerate(flags)
        if flag and ((i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1]))
    )


def _names_a_meeting_on_top(lines: list[str]) -> bool:
    """Whether the text's first lines name a meeting: numbered items under it are its order
    (numbered tips or steps are not)."""
    return any(names_a_meeting(x) for x in lines[:REPORT_OPENING_LINES])


def _prose_account(lines: list[str], attended: bool = False) -> bool:
    """A prose report of a meeting: its opening names a meeting and a date, and it tells what
    was said or done there, or (`attended`) it lists who attended and nothing of a plan (`Dit
    zijn de notes van het overleg op 11 december 2020` over `## Attendees`)."""
    rules = _structure_rules()
    opening = _opening(lines)
    gathering = _structure_rules()["gathering_regex"]
    named = any(names_a_meeting(x) or gathering.search(x) for x in opening)
    dated = any(DATE_RE.search(x) for x in opening)
    told = any(rules[k].search(x) for k in ("speech_regex", "outcome_regex") for x in lines)
    return named and dated and (told or attended)
