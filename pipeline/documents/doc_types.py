"""Typing a document (`classify_document`, in the contract's `DOC_TYPES`): a title, an e-mail
header, a meeting page, a memo header, a letter, a mail quoted or pasted, an inventory's
rows, else the markers of each type counted (`_scored_type`) and how the text is built
(`shapes`); and a body's formal decision (considerations over an enacting line).
"""

from __future__ import annotations

import re

from pipeline.documents.headers import (
    _mail_header_before_salutation,
    _opens_with_pasted_header,
    _quotes_a_message,
    _sender_line_before_salutation,
    email_header_kinds,
    has_email_header_at_top,
    has_memo_header_at_top,
    mail_window_title,
)
from pipeline.documents.letters import _is_letter, _letter_type
from pipeline.documents.lines import (
    LISTING_LINES,
    PROSE_LINE_WORDS,
    _opening,
    _prose_lines,
    _readable,
    _title_shaped,
    is_contents,
    is_hosted_title_line,
    names_a_meeting,
    opens_contents_page,
    text_lines,
    without_site_chrome,
)
from pipeline.documents.markup import without_markdown
from pipeline.documents.meeting_pages import (
    _first_transcribed_page,
    _meeting_page,
    _meeting_title_below,
    _transcribed_agenda,
    _transcribed_sitting,
    opens_page_proposal,
    rolls_attendance,
)
from pipeline.documents.rules import _count_word_re, _meeting_rules, _rules
from pipeline.documents.shapes import (
    _describes_a_body,
    _headed_as_a_post,
    _is_plan,
    _lists_attendance,
    _own_account,
    _records_a_meeting,
    _stamped_below,
    _structural_type,
    _tells_news,
    _tells_of_a_report,
    _tells_of_an_occasion,
    points_to_the_report,
)
from pipeline.documents.titles import (
    _clean_title,
    _email_subject,
    _first_title_line,
    hosted_title,
    is_listing_page,
    letter_subject,
    title_at_top,
)
from pipeline.emails import archive_header

#: the contract's doc_type vocabulary (`woo_decision` and `inventory` included)
DOC_TYPES = (
    "email", "minutes", "decision_list", "agenda", "letter", "memo", "report",
    "council_questions", "woo_decision", "inventory", "other",
)  # fmt: skip


def classify_document(text: str, title_lines: int | None = None) -> tuple[str, str | None]:
    """(doc_type, title) of a document's text (`_classified`); a page that presents a body
    and how it meets, typed minutes by its meeting's name or a sitting it mentions, a
    decision list by the powers it lists, or an agenda by its title or the heading of its
    links (`Agenda van Gedeputeerde Staten`, `agenda` over `verslagen`), is other
    (`describes_a_body`)."""
    doc_type, title = _classified(text, title_lines)
    if doc_type in _RECORD_TYPES and describes_a_body(text):
        return "other", title
    if doc_type in _PROPOSAL_MISREAD and proposes_to_a_board(text):
        return "memo", title
    if doc_type in _PAPER_MISREAD and (printed := printed_kind(text)) is not None:
        return printed, title
    return doc_type, title


#: the types a proposal's paper gets from its marks or from nothing at all: minutes by the
#: sitting its form names, other where no mark counts twice (`Onderwerp ... Aan de raad.
#: Status: ter besluitvorming Voorgesteld besluit`, texts308 noordoostpolder)
_PROPOSAL_MISREAD = ("minutes", "other")


#: the types a parliament's paper gets from what surrounds its printed kind: other from a
#: register's or a host's chrome over it (texts263 vws, texts313), report from a document
#: site's copy (texts263 vlaamse raad), minutes from the sittings a letter tells of (texts268)
_PAPER_MISREAD = ("other", "report", "minutes")


def printed_kind(text: str) -> str | None:
    """The type of a parliament's paper by the kind its head block prints (`paper_kind`:
    `BRIEF VAN DE MINISTER ...` under the dossier's number, `MEMORIE VAN ANTWOORD`, a
    bulletin's masthead, the Aanhangsel's `Vragen van het lid ... aan de minister ...`), or
    None: the head's lines are joined, as a bulletin wraps its name and a document site's
    transcription runs the block onto one line."""
    lines = _page_lines(text)
    head = "\n".join(lines[: _rules()["paper_kind_head_lines"]])
    kind = _rules()["paper_kind"].search(head)
    return kind.lastgroup if kind is not None else None


def _page_lines(text: str) -> list[str]:
    """The text's lines below a page's furniture (`without_site_chrome`) and its markdown:
    the lines a paper's head block is read from, the same for every reader of it."""
    return text_lines(without_site_chrome(without_markdown(text)))


def typed_minutes_as_proposed(text: str) -> bool:
    """A proposal's paper (`proposes_to_a_board`) that prints the points it puts to the board
    under a lead-in (`proposal_lead`: `Voorgesteld wordt:`, `De raad besluit:`): as a
    record's, its sentences state them (decisions.extract), each proposed; a proposal's copy
    with no such lead-in is read by its labels only."""
    lines = _page_lines(text)
    head = " ".join(lines[: _rules()["proposal_head_lines"]])
    return proposes_to_a_board(text) and _rules()["proposal_lead"].search(head) is not None


def proposes_to_a_board(text: str) -> bool:
    """A proposal put to a board: typed minutes by the sitting its form names
    (`Raadsvergadering : 21 februari 2013`) or by the words of a meeting it tells of, or other
    where no mark counts (`_PROPOSAL_MISREAD`): its
    head prints the proposal's form or advice (`board_proposal`: `Aan de raad, Inleiding`,
    `RAADSVOORSTEL ... Indiener:`, `De commissie wordt geadviseerd:`) and it lists nobody's
    attendance, as minutes do. The gold types a raadsvoorstel or a council paper's advice
    `memo` (rule 20); what it puts to the board is proposed (decisions.extract)."""
    lines = _page_lines(text)
    # the advice stands under the paper's first section, its label wrapped over two lines
    head = " ".join(lines[: _rules()["proposal_head_lines"]])
    proposed = _rules()["board_proposal"].search(head) is not None
    return proposed and not _lists_attendance(_readable(lines))


def describes_a_body(text: str) -> bool:
    """A page that presents a body: how it meets or what it is made of, in the present tense
    of what it always does (`De raad bestaat uit ...`, `Het presidium vergadert ...`), with
    nobody's attendance nor a sitting's marker (`_describes_a_body`): no record of a sitting,
    though it may name its meetings or list the body's powers (`Stelt de jaarplanning ...
    vast.` under `Taken van het presidium`)."""
    return _describes_a_body(_readable(text_lines(text)))


def _classified(text: str, title_lines: int | None = None) -> tuple[str, str | None]:
    """(doc_type, title) of a document's text; the first page decides most cases. A title
    counts within `title_lines` lines (set for plain text, where a title opens its chunk),
    counted below a page's furniture (`without_site_chrome`: a logo's alt text, skip links,
    a document host's labels), which is never the title."""
    # a page's furniture above its title (a logo's alt text, skip links) is no title
    text = without_site_chrome(without_markdown(text))
    lines = text_lines(text)
    titled = (
        title_at_top(text, title_lines)
        or _meeting_title_below(text, lines, title_lines)
        or hosted_title(lines)
    )
    first_is_title = titled is not None and lines and titled[1] == lines[0]
    if has_email_header_at_top(text) and not first_is_title:
        return "email", _email_subject(lines)
    if (window := mail_window_title(lines)) is not None:
        return "email", window
    if (archived := archive_header(lines)) is not None:
        return "email", lines[archived[0][0]].strip()  # the archive page's title: its subject
    first_page = _first_transcribed_page(lines) or ""
    if lines and (opens_page_proposal(lines[0]) or opens_page_proposal(first_page)):
        # a later page of a document site's transcription that opens a proposal's form
        # (`2 Raadsvoorstel Datum raadsvergadering : ...`): split off as its own document, or
        # the first page with text below an empty one (`1` over `2 RAADSVOORSTEL Van : ...`)
        return "memo", letter_subject(lines) or _first_title_line(lines)
    if _transcribed_agenda(lines):
        # a document site's title is any line of the PDF: its first page's head names it
        return "agenda", _clean_title(titled[1]) if titled else _first_title_line(lines)
    if (page := _meeting_page(lines, titled)) is not None:
        return page
    if records_a_decision(lines):
        # `GS-brief over consequenties lockdown` over `Datum besluit:`: the body's decision on
        # the paper it names, not the paper
        return "decision_list", _clean_title(titled[1]) if titled else _first_title_line(lines)
    if titled is not None:
        doc_type, title = titled
        if doc_type == "minutes" and _lists_decisions(lines):
            doc_type = "decision_list"  # `Openbaar verslag vergadering GS` over `BESLUIT:` fields
        elif doc_type == "minutes" and _is_plan(lines):
            doc_type = "agenda"  # `Ledenvergadering 17 april 2025` over an invitation's items
        elif doc_type == "agenda" and (_records_a_meeting(lines) or rolls_attendance(lines)):
            doc_type = "minutes"  # `Agenda en verslag` over who attended and what was said
        elif doc_type == "agenda" and _account_above(lines, title):
            doc_type = "minutes"  # who attended, or that the board met, over its `Agenda`
        elif doc_type == "report" and _tells_of_the_report(lines, title):
            doc_type = "other"
        elif doc_type in _RECORD_TYPES and _indexes_records(lines):
            doc_type = "other"  # `Agenda’s participatieraad` over `• Datum 1`: a page of links
        return doc_type, _clean_title(title)
    if has_memo_header_at_top(text):
        return "memo", letter_subject(lines) or _first_title_line(lines)
    if _mail_header_before_salutation(lines):
        return "email", _email_subject(lines)  # a thread whose mails greet and close as letters
    if (listed := _sender_line_before_salutation(lines)) is not None:
        return "email", listed
    if _is_ungreeted_formal_decision(lines):
        return "decision_list", _first_title_line(lines)
    if _opens_as_a_proposal(lines):
        # a proposal's form names its sender (`Ons kenmerk`) and is no letter
        return "memo", _first_title_line(lines)
    if _is_letter(text, lines):
        return _letter_type(text, lines), letter_subject(lines) or _first_title_line(lines)
    if email_header_kinds(lines[:40]) >= {"from", "sent", "to"} or _quotes_a_message(lines):
        return "email", _email_subject(lines)
    if _opens_with_pasted_header(lines):
        return "email", _email_subject(lines)  # a mail pasted into notes: To, Cc, Subject
    if is_listing_page("\n".join(lines[:LISTING_LINES])):
        return "inventory", _first_title_line(lines)  # rows of documents, no title OCR read
    if _transcribed_sitting(lines):
        return "minutes", _first_title_line(lines)  # a sitting's name and date over its roll
    if _copy_of_a_proposal(lines):
        return "memo", _first_title_line(lines)
    doc_type = _scored_type(lines)
    if doc_type == "other" and _copy_of_a_document(lines):
        doc_type = "report"
    return doc_type, _first_title_line(lines)


def records_a_decision(lines: list[str]) -> bool:
    """A published decision's record: a head line gives the day the decision was taken
    (`decision_date_field`: `Datum besluit: 24 november 2020`) and nobody's attendance is
    listed (minutes date their sitting, not a decision). The gold types such a record
    `decision_list` whatever paper its title names (a `GS-brief` decided on)."""
    rules = _rules()
    head = lines[: rules["title_search_lines"]]
    dated = any(rules["decision_date_field"].match(x.strip()) for x in head)
    return dated and not _lists_attendance(_readable(lines))


def _copy_of_a_document(lines: list[str]) -> bool:
    """A copy of a document, not a page of its own: a document site's transcription (its share
    or download line quoting the title), an annex headed by its number (`Bijlage 1.
    Referentiekader ...`) or a PDF's text under its own contents page (`Inhoud Inleiding
    ....... 3`, `opens_contents_page`), that tells no news. The gold types such a copy
    `report` where nothing names another type (its rule 20 (4)); a page is `other`."""
    rules = _rules()
    head = lines[: rules["title_search_lines"]]
    copied = any(
        is_hosted_title_line(x) or rules["annex_heading"].match(x) or opens_contents_page(x)
        for x in head
    )
    return copied and not _tells_news(lines)


def _copy_of_a_proposal(lines: list[str]) -> bool:
    """A document site's copy of a proposal put to a board (`_copy_of_a_document`) whose
    head prints the proposal's form header (`board_proposal`: `Voorstel aan het AB`,
    `Voorgesteld besluit`): a `memo`, as the gold types a collegevoorstel, not the `report`
    a copy that nothing else types is."""
    head = lines[: _rules()["title_search_lines"]]
    proposal = _rules()["board_proposal"]
    return any(proposal.search(x) for x in head) and _copy_of_a_document(lines)


def _opens_as_a_proposal(lines: list[str]) -> bool:
    """A proposal to the council on its own page (`proposal_form`): a head line opens with
    the form's sender and addressee (`Voorstel van college ... aan gemeenteraad`) or the
    college's lead-in over the points it proposes (`Het college van burgemeester &
    wethouders stelt voor :`). A list or a letter names a proposal inside a line only."""
    rules = _rules()
    head = lines[: rules["title_search_lines"]]
    return any(rules["proposal_form"].match(x.strip()) for x in head)


def _tells_of_the_report(lines: list[str], title: str) -> bool:
    """A news item headed by a report's name: posted at a time, telling what happened to it
    (`Jaarverslag 2020 gepubliceerd`), or opening with a sentence that tells of the report
    as another's (`De ombudsman stelde het Jaarverslag 2016 voor`, `In haar jaarrapport
    stelt ...`) or naming what it gives of it, there or in the line below the title
    (`Enkele aandachtspunten uit het jaarverslag 2018`); or a page under the report's name that
    points to the report as a file elsewhere (`points_to_the_report`: `Download de pdf hier.`)."""
    rules = _rules()
    if _stamped_below(lines, title) or rules["news_headline"].search(title.strip()):
        return True
    if points_to_the_report(lines):
        return True  # `Jaarverslag Nederlands Filmfonds 2019` over `Download de pdf hier.`
    if _headed_as_a_post(_readable(lines)):
        return True  # `Home > Nederlands > Nieuws > Overhandiging Jaarverslag 2019`
    lead = _prose_lines(lines)[:1]
    below = _readable(lines)[1:2]  # a subheading under the title: `Enkele punten uit ...`
    if any(rules["report_excerpt"].search(x) for x in below + lead):
        return True
    return _tells_of_a_report(lead, lead)


def _account_above(lines: list[str], title: str) -> bool:
    """An account of a meeting above a heading that names its agenda: who attended
    (`Aanwezig: ...`) or the meeting told as held (`Op donderdag 21 maart kwam het bestuur
    bij elkaar`). Minutes head their items `Agenda`; an agenda names its meeting, date and
    place above them, not who came."""
    above = _readable(lines[: lines.index(title)]) if title in lines else []
    attendance = _rules()["minutes_markers"][0]
    return any(attendance.match(x) or _tells_a_meeting_held(x) for x in above)


def _reports_a_meeting(readable: list[str]) -> bool:
    """A prose account of a meeting (a club's, a council's report, a local paper's): its
    opening reports the meeting as held (`Op maandag 5 november vergaderde de kerkenraad`),
    or a heading that names a meeting (`Jaarvergadering 2019`, `Impressie Ledenvergadering`)
    stands over a text that does so further on."""
    if any(_tells_a_meeting_held(x) for x in _opening(readable)):
        return True
    head = readable[: _rules()["title_search_lines"]]
    # a site may close its title with a period (`Jaarvergadering KBO 2020.`)
    head = [head[0].removesuffix("."), *head[1:]] if head else head
    named = any(names_a_meeting(x) and _is_heading_line(x) for x in head)
    return named and any(_tells_a_meeting_held(x) for x in readable)


def _tells_a_meeting_held(line: str) -> bool:
    """An account marker in `line` that tells of one meeting held, not of how many times a
    body met in a year (`kwam het CBE 60 keer in zitting bijeen`: an annual report's)."""
    rules = _rules()
    for marker in rules["account_markers"]:
        if (m := marker.search(line)) is not None and not _counts_times(m.group(0)):
            return True
    return False


def _counts_times(span: str) -> bool:
    """Whether `span` holds a count of times (`60 keer`, `tien maal`)."""
    count = rf"(?:\b\d+|{_count_word_re().pattern})"
    return re.search(count + _rules()["counted_times"].pattern, span, re.IGNORECASE) is not None


def _is_heading_line(line: str) -> bool:
    """A heading: a short title-shaped line (a page's or a section's name), no sentence."""
    return len(line.split()) <= PROSE_LINE_WORDS and _title_shaped(line)


def _scored_type(lines: list[str]) -> str:
    """The type the text's markers and build give it (`_marked_type`); an account of a
    meeting that is news of a visit or a public gathering (`Wethouder op werkbezoek bij ...`
    over the meeting he joined there, `het eerste Ronde Tafel gesprek`) is other."""
    doc_type = _marked_type(lines)
    if doc_type == "minutes" and _tells_of_an_occasion(_readable(lines)):
        return "other"
    if doc_type in _RECORD_TYPES and _indexes_records(lines):
        return "other"  # `Notulen` over `Hieronder kunt u de notulen ... downloaden`
    return doc_type


#: the records of a meeting, which a body's page may list without being one of them
_RECORD_TYPES = ("minutes", "agenda", "decision_list")


def _indexes_records(lines: list[str]) -> bool:
    """A body's page that lists or describes its records rather than being one: in its head
    a lead that points to them or tells how they are kept (`Hieronder vind je de notulen
    ...`, `In de besluitenlijsten wordt ...`), or a heading that names them in the plural
    (`Agenda’s participatieraad`); a record names itself in the singular and lists who
    attended."""
    rules = _rules()
    readable = _readable(lines)
    if _lists_attendance(readable):
        return False  # who attended: the record of a meeting, whatever its head says
    head = readable[: rules["title_search_lines"]]
    if any(rules["records_kept"].search(x) for x in head):
        return True  # the records in the plural: `In de besluitenlijsten wordt ...`
    for line in head:
        # `Hieronder vindt u de notulen van de oprichtingsvergadering`: one meeting's record
        pointer = rules["records_pointer"].match(line.strip())
        if pointer and not rules["one_meeting"].search(line.strip().split(". ")[0]):
            return True
    return any(rules["records_heading"].match(x.strip()) and _title_shaped(x.strip()) for x in head)


def _marked_type(lines: list[str]) -> str:
    """The type whose markers occur most (at least twice); a document that opens with an
    attendance list is an account of a meeting."""
    rules = _rules()
    lines = [x for x in lines if not is_contents(x)]  # the titles of the pieces after it
    readable = _readable(lines)
    if _lists_decisions(readable) or is_formal_decision(readable):
        return "decision_list"
    if readable and rules["minutes_markers"][0].match(readable[0]):
        return "minutes"
    held_on = _meeting_rules()["held_on"]
    opening = _opening(readable)
    if any(held_on.search(x) for x in opening):
        return "minutes"  # `Op woensdag 5 april hield de vereniging haar ledenvergadering.`
    if any(p.search(x) for p in rules["minutes_markers"] for x in opening):
        return "minutes"  # `1. opening: Yvonne opent de vergadering.`
    if _reports_a_meeting(readable) or _is_transcript(readable) or _opens_an_account(readable):
        return "minutes"
    if _opens_with_dicta(readable):
        return "decision_list"  # what the body decides, no account of its sitting above it
    if _decides_one_point(readable):
        return "decision_list"  # `Motivering` ... `Besluit` / `Artikel 1`: one point's decision

    def count(patterns: list[re.Pattern[str]]) -> int:
        return sum(1 for line in lines for p in patterns if p.search(line))

    if readable and names_a_meeting(readable[0]) and count(rules["minutes_markers"]):
        return "minutes"  # `Jaarvergadering 2019` over `De voorzitter opent de vergadering`

    scores = {
        "minutes": count(rules["minutes_markers"]),
        "agenda": count(rules["agenda_markers"]),
        "council_questions": count(rules["council_markers"]),
        "report": 0 if _tells_news(lines) else count(rules["report_markers"]) // 3,
        "memo": sum(1 for p in rules["memo_markers"] if any(p.search(x) for x in lines)),
    }
    best, score = max(scores.items(), key=lambda kv: kv[1])
    if score >= 2:
        return best
    structural = _portal_items_type(readable) or _structural_type(readable)
    if structural is None and any(rules["minute_taker"].match(x) for x in readable):
        return "minutes"  # who took the minutes: `Verslaggever: ...`, `Notulist`
    return structural or ("report" if _own_account(readable) else "other")


def _lists_decisions(lines: list[str]) -> bool:
    """The list of what a meeting decided: its opening announces the decisions or agreements
    that follow, or its items carry decision fields alone on their line and nobody's
    attendance is listed (minutes list who attended), or they carry the outcome of a vote
    (`Uitslag stemming: 100% voor`, `Goedgekeurd`), as a meeting page's items do, where no
    attendance list, labelled or headed, stands above them. A page whose opening names the
    sitting's outcomes as what it holds (`sitting_outcomes`: `Uitkomsten raadsvergadering 10
    juni`, `U vindt hier de uitslagen van de stemmingen`) is that list too: it tells what
    was adopted or rejected, not what was said."""
    rules = _rules()
    readable = _readable(lines)
    if any(rules["decision_lead_in"].search(x) for x in _opening(readable)):
        return True
    if names_sitting_outcomes(readable):
        return True
    if _headed_as_decision_list(readable):
        return True
    if _portal_outcomes_only(readable):
        return True
    fields = sum(1 for x in readable if rules["decision_field"].match(x))
    attendance = any(rules["minutes_markers"][0].match(x) for x in readable)
    if fields >= rules["decision_fields_min"] and not attendance:
        return True
    outcomes = sum(1 for x in readable if rules["outcome_field"].match(x))
    return outcomes >= rules["decision_fields_min"] and not _lists_attendance(readable)


def _portal_outcomes_only(readable: list[str]) -> bool:
    """A meeting portal's decision list (`portal_point_head`): its head (`Overzicht punten`)
    over each point, the points' outcomes under their decision field (`Besluit` / `Artikel
    1: ...`), and no point that carries its grounds (`Gelet op ...`, a `Motivering` or
    `Feiten en context` section). The portal's notulen view prints the same points with
    their grounds under the same attendance, so the attendance does not make the page
    minutes."""
    rules = _rules()
    heads = sum(1 for x in readable if rules["portal_point_head"].match(x.strip()))
    if heads < rules["portal_points_min"]:
        return False
    if not any(rules["decision_field"].match(x.strip()) for x in readable):
        return False  # a point told in a line of its own (`Omschrijving:`), not decided
    grounds = (rules["formal_preamble"], rules["motivation_heading"])
    return not any(p.match(x.strip()) for p in grounds for x in readable)


def names_sitting_outcomes(lines: list[str]) -> bool:
    """Whether a text's opening names one sitting's outcomes as what it holds
    (`sitting_outcomes`: `Genomen besluiten gemeenteraad`, `Uitkomsten raadsvergadering 10
    juni`): a page of that sitting's outcomes, told item by item, not a numbered register."""
    outcomes = _rules()["sitting_outcomes"]
    return any(outcomes.search(x.strip()) for x in _opening(_readable(lines)))


#: how far down a decision list's own heading stands: below the sitting's date and the list
#: of its subjects (18 in `texts170/vechtstromen-db-besluitenlijst-2020-07-07`)
DECISION_LIST_HEADING_LINES = 30


def _headed_as_decision_list(readable: list[str]) -> bool:
    """A decision list that names itself by a heading alone on its line (`Besluitenlijst`,
    `Besluiten`, `|Openbare besluitenlijst |`) near its top, where the title is only the
    sitting's date or the body's name, and nobody's attendance is listed; minutes may close
    with such a section far below their roll and account. A bulletin's section of a body's
    decisions (`decision_section_heading`: `Beslissingen van de Vlaamse Regering`) counts
    below the bulletin's title, not as the page's own title (a press release's)."""
    rules = _rules()
    head = readable[:DECISION_LIST_HEADING_LINES]
    # a bulletin's section of a body's decisions stands below the bulletin's own title
    named = any(rules["decision_list_heading"].match(x) for x in head) or any(
        rules["decision_section_heading"].match(x.strip()) for x in head[1:]
    )
    return named and not _lists_attendance(readable)


def _opens_with_dicta(lines: list[str]) -> bool:
    """A body's published decisions: its opening states what the body decides (`De raad keurt
    ... goed.`) and nobody's attendance is listed (minutes print the same dicta under it)."""
    readable = _readable(lines)
    dictum = _rules()["body_dictum"]
    return any(dictum.match(x) for x in _opening(readable)) and not _lists_attendance(readable)


def _decides_one_point(readable: list[str]) -> bool:
    """One point's decision as a local authority publishes it (a Flemish portal's page of
    one point, a council's besluit): its grounds (`_states_grounds`: `Gelet op ...`,
    `Motivering`, `Feiten en context:`, a cited decree) stand above its first article, on a
    line of its own or opening the dictum (`Artikel 1`, `ARTIKEL 1:`, `art. 1`, `Art. 1: De
    gemeenteraad keurt ... goed.`), and no point's first article follows (minutes give each
    point its grounds and articles in turn). The roll of the sitting a portal prints above
    the point does not make it minutes: the gold types such a page `decision_list`."""
    firsts = [n for n, x in enumerate(readable) if _first_article(x)]
    return len(firsts) == 1 and any(map(_states_grounds, readable[: firsts[0]]))


def _first_article(line: str) -> bool:
    """A dictum's first article (`article_number`: `Artikel 1`, `Enig artikel.`) alone on its
    line or before the dictum's text after a colon or a dash (`Art. 1: ...`, `Art. 1.- ...`);
    not an article a line cites (`Artikel 1 van het decreet ...`)."""
    text = line.strip()
    article = _rules()["article_number"].match(text)
    if article is None:
        return False
    number = re.search(r"\d+", article.group(0))
    rest = text[article.end() :].lstrip()
    opens_dictum = not rest or article.group(0).endswith(":") or rest[:1] in "-–:"
    return opens_dictum and (number is None or number.group(0) == "1")


def _states_grounds(line: str) -> bool:
    """A line of a decision's grounds: a consideration (`Gelet op ...`), a motivation
    section's heading (`Motivering`, `Juridische grond:`) or a cited legal source
    (`Decreet van 7 mei 2004 betreffende ...`)."""
    rules = _rules()
    text = line.strip()
    return is_consideration(text) or any(
        rules[name].match(text) for name in ("motivation_heading", "cited_source")
    )


def is_consideration(line: str) -> bool:
    """A formal decision's consideration (`Gelet op het gemeentedecreet;`, `Overwegende dat
    ...`): why the body decides, not what."""
    return _rules()["formal_preamble"].match(line.strip()) is not None


def is_formal_decision(lines: list[str]) -> bool:
    """A body's formal decision: considerations (`Gelet op ...;`, `gezien ...`) over an
    enacting line alone (`Besluit:`), at the top or right above it wherever it stands (a
    register's record fields may come first), and nobody's attendance listed (minutes hold
    such decisions item by item, under who attended)."""
    readable = _readable(lines)
    return _enacting_index(readable) is not None and not _lists_attendance(readable)


def enacting_line_at(lines: list[str]) -> int | None:
    """The index in `lines` of a formal decision's enacting line (`Besluit:` below its
    considerations), after which its operative clauses stand; None when `lines` are no
    formal decision."""
    if not is_formal_decision(lines):
        return None
    worded = [k for k, x in enumerate(lines) if re.search(r"\w", x)]
    n = _enacting_index([lines[k] for k in worded])
    return None if n is None else worded[n]


def _is_ungreeted_formal_decision(lines: list[str]) -> bool:
    """A formal decision whose enacting line right follows its considerations and that
    greets no one: typed before letters, as a register's record fields above it (`Betreft`,
    `Kenmerk`) read as a letterhead (a letter that weighs a request greets its reader)."""
    readable = _readable(lines)
    salutation = _rules()["letter_salutation"]
    return (
        _enacting_index(readable, opened=False) is not None
        and not _lists_attendance(readable)
        and not any(salutation.match(x) for x in lines)
    )


def _enacting_index(readable: list[str], opened: bool = True) -> int | None:
    """The index of the first enacting line that has a consideration within
    `formal_preamble_span` lines above it (considerations are a short list; a register's
    fields may stand above them) or, when `opened`, follows one that opens the text; None
    without one."""
    rules = _rules()
    enacting, span = rules["enacting_line"], rules["formal_preamble_span"]
    head = readable[: rules["formal_preamble_lines"]] if opened else []
    first = next((n for n, x in enumerate(head) if is_consideration(x)), None)
    for n, x in enumerate(readable):
        if not enacting.match(x.strip()):
            continue
        if (first is not None and n > first) or any(
            map(is_consideration, readable[max(0, n - span) : n])
        ):
            return n
    return None


def _opens_an_account(readable: list[str]) -> bool:
    """A text that opens with the meeting's first item (`1.a Opening ...`) and, below it, a
    line of prose: what happened or was said under it (an agenda lists the next item)."""
    if len(readable) < 2 or not _rules()["opening_item"].match(readable[0]):
        return False
    below = readable[1]
    return len(below.split()) >= PROSE_LINE_WORDS and not re.match(r"\d{1,2}\.?\s", below)


def _is_transcript(readable: list[str]) -> bool:
    """A transcript of a meeting's recording: many lines opening with a time code."""
    rules = _rules()
    coded = sum(1 for x in readable if rules["transcript_line"].match(x))
    return coded >= rules["transcript_min_lines"]


def _portal_items_type(readable: list[str]) -> str | None:
    """A meeting portal's page of items without a dated header (`Agendapunten` over the
    items): a decision list where its items carry decision or outcome fields, else the
    meeting's agenda; None without that heading."""
    rules = _rules()
    if not any(rules["agenda_items_heading"].match(x) for x in readable):
        return None
    fields = (rules["decision_field"], rules["outcome_field"])
    return "decision_list" if any(p.search(x) for p in fields for x in readable) else "agenda"
