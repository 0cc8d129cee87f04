"""The decision extractor: runs the steps over one document and writes its rows."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from pipeline.decisions.advice import _advice_table_decisions
from pipeline.decisions.choices import _design_decisions
from pipeline.decisions.columns import _flat_table
from pipeline.decisions.labels import (
    _decided_points,
    _deciding_sentences,
    _field_page_lines,
    _has_fields,
    _is_register_clause,
    _label_decisions,
    _paragraphs_whole,
    _run_on_dicta,
    _run_on_proposals,
    _undecided_proposals,
)
from pipeline.decisions.lists import under_proposing_lead
from pipeline.decisions.registers import (
    _action_tables,
    _article_dicta,
    _inline_points,
    _plan_items,
    _printed_outcomes,
    _register,
    _register_decisions,
    _register_handling,
    _register_rows,
    _role_lists,
    _states_outcome,
    _titled_register,
    _titles_decision,
    _unvoted_proposals,
    _vote_results,
    _with_outcomes,
    labelled_subjects,
)
from pipeline.decisions.rules import Decision, Item, Lines, _rules
from pipeline.decisions.sentences import (
    _decided_list,
    _decides,
    _formula_at,
    _sentence_decisions,
    _shorthand_outcomes,
)
from pipeline.decisions.tables import _table_decisions
from pipeline.decisions.text import (
    _as_printed,
    _ends_statement,
    _filled_above,
    _first_sentence,
    _wording,
)
from pipeline.docmodel import Line, as_doc, evidence_box, page_lines
from pipeline.documents import (
    describes_a_body,
    enacting_line_at,
    is_consideration,
    is_transcribed_page,
    names_a_meeting,
    names_sitting_outcomes,
    typed_minutes_as_proposed,
)
from pipeline.nlp import split_sentences


def extract_decisions(document: dict | Doc, meetings: list[dict]) -> list[dict]:
    """Decisions, actions and agreements of one document (its document model, or a
    segment_documents row plus "pages"); each is tied to the document's meeting when it has
    one, and carries the box around the lines it was read from."""
    doc = as_doc(document)
    if doc._.document.get("doc_type") in _rules()["no_decision_doc_types"]:
        return []
    doc_lines = page_lines(doc)
    lines = _operative_part(_as_printed([(line.page_no, line.text) for line in doc_lines]))
    # a table flattened one cell per line: its header's `Besluit` names a column, no field
    header, tabled = _flat_table(lines)
    lines = [(page_no, "" if k in header else text) for k, (page_no, text) in enumerate(lines)]
    labelled = _labelled_decisions(doc, lines)
    kept = _unvoted_proposals(lines, labelled)  # a vote's result records the others
    found = [
        _decision(kind, proposal, item, doc_lines)
        for kind, proposal, item in _undecided_proposals(kept)
    ]
    found += _table_decisions(doc)
    advised, in_advice = _advice_table_decisions(lines)
    found += [_decision(kind, False, item, doc_lines) for kind, item in advised]
    chosen, _ = _design_decisions([line.text for line in doc_lines], lines)
    if chosen:  # a design-decision list holds its choices and their reasons, nothing else
        found += [_decision("besluit", False, item, doc_lines) for item in chosen]
        meeting_id = meetings[0]["meeting_id"] if meetings else None
        return [_row(doc._.document, n, d, meeting_id) for n, d in enumerate(found, start=1)]
    doc_type = doc._.document.get("doc_type")
    taken = {k for _, _, item in labelled for k in item.used} | in_advice
    tabled = [(kind, it) for kind, it in tabled if not taken & set(it.used)]
    found += [_decision(kind, False, it, doc_lines) for kind, it in tabled]
    if tabled:  # the rows run to the text's end: no other step reads them
        taken |= set(range(min(header), len(lines)))
    items, numbered, read = _numbered_decisions(doc, lines, taken, bool(found), doc_lines)
    found += numbered
    taken |= read
    # a page that presents a body tells what it always does, a record what it did once: the
    # meetings it names are none it records (`De raad bestaat uit ...` over `Tijdstip: 19.30`)
    about_a_body = describes_a_body("\n".join(line.text for line in doc_lines))
    # a talk or visit the prose tells (a report's `heeft de voorzitter een gesprek gehad met
    # ...`) is no sitting the document records: it is judged as a page of no known record
    recorded = [m for m in meetings if not _told_in_prose(m)]
    told = not about_a_body and len(recorded) < len(meetings)
    minutes = not about_a_body and (
        bool(recorded)
        or doc_type in _rules()["sentence_doc_types"]
        or _proposal_paper(doc_lines, doc_type)
    )
    if _has_fields(lines):
        taken |= _field_page_lines(lines)
    decided = {k for _, _, item in kept for k in item.used} | {
        k for item in items for k in item.used
    }
    record_type = doc_type in _rules()["meeting_record_doc_types"] and not about_a_body
    if minutes or record_type or told:
        sentences = _record_decisions(
            doc, lines, taken, labelled, minutes, bool(items), told, frozenset(decided)
        )
        found += [_decision(kind, proposal, it, doc_lines) for kind, proposal, it in sentences]
        decided |= {k for _, _, item in sentences for k in item.used}
    if minutes:
        found += [
            _decision("besluit", False, it, doc_lines) for it in _vote_results(lines, decided)
        ]
        printed = _printed_outcomes(lines, taken | decided)
        found += [_decision("besluit", False, it, doc_lines) for it in printed]
    found = _without_false_readings(found, doc, doc_lines, lines)
    # judged after the false readings are gone: a headline a sentence rule read
    # (`Raad keurt voorstel B&W Lokale Omroep af: ...`) is the item's title, no decision.
    # A lede is read beside what the item's later sentences decide (`De ministerraad keurt
    # ... goed` does not tell the lede's decision again), and on a page of another type only
    # where a dateline opens it (`news_dateline`)
    if not about_a_body:
        lede = _news_lede(lines, datelined_only=doc_type != "other")
        found += _not_read_yet(_lede_readings(lede, doc, doc_lines), found)
    if not about_a_body and doc_type in _rules()["decided_list_doc_types"]:
        listed = [
            _decision(kind, False, it, doc_lines)
            for kind, it in _decided_lists_in_prose(lines, taken | decided)
        ]
        listed = _without_printed_twice([d for d in listed if not _aside(d)], doc_lines, None)
        found += _not_read_yet(listed, found)
    meeting_id = meetings[0]["meeting_id"] if meetings else None
    return [_row(doc._.document, n, d, meeting_id) for n, d in enumerate(found, start=1)]


def _numbered_decisions(
    doc: Doc, lines: Lines, taken: set[int], found_any: bool, doc_lines: list[Line]
) -> tuple[list[Item], list[Decision], set[int]]:
    """(items, their decisions, lines read) of a numbered list of decisions or actions, on
    the pages of a kind that prints one."""
    # a page with decision fields numbers its agenda items, not its decisions; a page of one
    # sitting's outcomes tells them item by item, its lead and its pointer to the records no
    # rows of a register (`Uitkomsten raadsvergadering 10 juni`)
    if doc._.document.get("doc_type") not in _rules()["numbered_doc_types"] or _has_fields(lines):
        return [], [], set()
    if names_sitting_outcomes([text for _, text in lines]):
        return [], [], set()
    action_list = _rules()["action_list_title"].match(doc._.document.get("title") or "")
    items, read = _numbered_items_whole(lines, taken, found_any, bool(action_list))
    kind = "actie" if action_list else "besluit"
    found = [
        _decision(kind, _proposes(it.text) or under_proposing_lead(lines, it, True), it, doc_lines)
        for it in items
    ]
    return items, found, read


def _labelled_decisions(doc: Doc, lines: Lines) -> list[tuple[str, bool, Item]]:
    """(kind, is_proposal, item) of what the document's labels, run-on fields and run-on
    dicta open; a titled record keeps the points it states taken."""
    # a plural heading's list may take an agenda item's title that heads the item's own
    # decision label (`Besluiten` over `1. Zienswijze ...` over `Besluit`): that label decides
    labelled = [x for x in _label_decisions(lines) if not _titles_decision(lines, x[2])]
    # a proposal paper transcribed onto one line keeps its decision field inside the line
    read = {k for _, _, item in labelled for k in item.used}
    labelled += _run_on_proposals(lines, doc._.document.get("title"), read)
    # a record transcribed onto one line keeps its items' dicta inside the line
    read |= {k for _, _, item in labelled for k in item.used}
    labelled += _run_on_dicta(lines, read)
    if _titled_record(doc, lines):
        labelled = _decided_points(lines, labelled)  # a record states its points taken
    return labelled


def _without_false_readings(
    found: list[Decision], doc: Doc, doc_lines: list[Line], lines: Lines
) -> list[Decision]:
    """The decisions found, less what the page only seems to decide (a pointer to the reader,
    a remark on the sentence before, its title, a line printed twice, consent to a field,
    quoted text); a proposal paper's are proposals unless voted."""
    title = doc._.document.get("title")
    doc_type = doc._.document.get("doc_type")
    found = [d for d in found if not _aside(d)]
    found = _without_title(found, title)
    found = _without_printed_twice(found, doc_lines, title)
    if _has_fields(lines):
        found = _without_consent_to_a_field(found)
    if doc_type in _rules()["quoted_text_doc_types"]:
        found = _without_quoted_text(found, doc_lines)
    # written before the meeting decides: an agenda, a proposal's paper
    if doc_type in _rules()["proposal_doc_types"] or _proposal_paper(doc_lines, doc_type):
        found = [replace(d, is_proposal=not _rules()["voted"].search(d.text)) for d in found]
    return found


def _proposal_paper(doc_lines: list[Line], doc_type: str | None) -> bool:
    """A memo that its marks would type minutes but for the proposal's form or advice its
    head prints (`typed_minutes_as_proposed`: `RAADSVOORSTEL ... Indiener:`, `Aan de raad,
    Inleiding` under `Raadsvergadering : 21 februari 2013`): its sentences are read as a
    record's (`Kennis te nemen van de concept Kadernota ...` under `De raad besluit:`), as
    they were while it was typed minutes, each a proposal, as a paper put to the council's."""
    text = "\n".join(line.text for line in doc_lines)
    return doc_type == "memo" and typed_minutes_as_proposed(text)


def _numbered_items(
    lines: Lines, taken: set[int], found_any: bool, actions: bool = False
) -> tuple[list[Item], set[int]]:
    """The decisions of a register that numbers them (`1. Besluit ...`): its items below a
    title or, when nothing else was found, its numbered rows, each row's outcome joined to
    it, split into its decisions; no consideration (why, not what) nor a copy sent, nor a
    row that states nothing decided (`_states_outcome`: the diary), except in a list of
    `actions`, whose rows are tasks by its title (`Beleid actualiseren Smit Gereed`). Also
    the lines read: the decisions' and those of the rows that state nothing decided, which
    no other step reads as a decision either."""
    items = _register(lines, taken) if found_any else _register_decisions(lines)
    items = items or ([] if found_any else _register_rows(lines))
    items = [
        one
        for item in _with_outcomes(lines, items)
        for one in ([item] if _dictum_below_verdict(lines, item) else _decisions_of_row(item))
    ]
    # `2 Regio Rivierenland Concept-besluitenlijst ... 2 Vaststelling van de De agenda wordt
    # onveranderd vastgesteld.`: a transcribed page's number is no row's; unless its points
    # part it into rows, its sentences are read as a record's
    items = [it for it in items if not _page_number_row(lines, it)]
    items = [it for it in items if not is_consideration(it.text)]
    # a row about the decision before it restates it, unless drafted as a dictum of its own
    # (`3. Dit besluit officieel te publiceren in het gemeenteblad ...`: what is done with it)
    items = [it for it in items if not _restates(it.text)]
    items = [it for it in items if not _reports_earlier(it.text)]
    read = {k for it in items for k in it.used} | (
        labelled_subjects(lines, taken) if found_any else set()
    )
    stated = _stated_lists(lines, items)
    return [it for it, decided in zip(items, stated, strict=True) if actions or decided], read


def _numbered_items_whole(
    lines: Lines, taken: set[int], found_any: bool, actions: bool
) -> tuple[list[Item], set[int]]:
    """`_numbered_items` of the lines with each paragraph a PDF wrapped one line again, as its
    text prints it (`_paragraphs_whole`); items and lines read as lines of the page."""
    whole, spans = _paragraphs_whole(lines)
    at = {k: n for n, span in enumerate(spans) for k in span}
    items, read = _numbered_items(whole, {at[k] for k in taken if k in at}, found_any, actions)
    items = [replace(it, used=_on_page(spans, it.used)) for it in items]
    return items, {k for n in read for k in spans[n]}


def _on_page(spans: list[range], used: range) -> range:
    """The page's lines of the paragraphs `used` numbers (`_paragraphs_whole`)."""
    if not used:
        return (
            range(spans[used.start].start, spans[used.start].start)
            if used.start < len(spans)
            else used
        )
    return range(spans[used.start].start, spans[used.stop - 1].stop)


def _stated_lists(lines: Lines, items: list[Item]) -> list[bool]:
    """Per item, whether it states something decided: by its own words (`_states_outcome`),
    or as a sentence in one numbered list with a row that does. A college's list numbers the
    points of one decision below its subject (`1. Het realiseren van vijf nieuwe
    brandweerkazernes.`, `2. Een investeringsbedrag ... beschikbaar stellen ...`, `3. De 8e
    wijziging van de programmabegroting 2024 vaststellen.`): each point is a dictum, however
    its verb is drafted."""
    stated = [_states_outcome(it.text) for it in items]
    runs: list[list[int]] = []
    for n, it in enumerate(items):
        if runs and _next_in_list(lines, items[runs[-1][-1]], it):
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        if len(run) > 1 and any(stated[n] for n in run):
            for n in run:
                stated[n] = stated[n] or _ends_statement(items[n].text)
            # the list's last point cut off where the excerpt stops (`2. zowel kennis te ne`)
            # is a point of it, as whole as the text holds it
            rest = lines[items[run[-1]].used.stop :]
            stated[run[-1]] = stated[run[-1]] or not any(t.strip() for _, t in rest)
    return stated


def _next_in_list(lines: Lines, before: Item, item: Item) -> bool:
    """`item` is the point that follows `before` in one numbered list: its number is the next
    (`1`, `2`), and no filled line stands between them."""
    numbers = (before.number or "", item.number or "")
    if not all(number.isdigit() for number in numbers):
        return False
    between = range(before.used.stop, item.used.start)
    return int(numbers[1]) == int(numbers[0]) + 1 and not any(lines[k][1] for k in between)


def _restates(text: str) -> bool:
    """A register's row that adds nothing to the decision before it (`restated`: `Dit besluit
    is door de Raad bekrachtigd`); a row drafted as a dictum decides what is done with it."""
    return bool(_rules()["restated"].search(text)) and not _is_register_clause(text)


def _dictum_below_verdict(lines: Lines, item: Item) -> bool:
    """`item` is the paragraph a Flemish portal prints below an item's title and its bare
    verdict (`Goedkeuring van de notulen ...` over `Goedgekeurd` over `Het college ... neemt
    akte van de notulen ... De notulen worden zonder bemerkingen aangenomen en goedgekeurd.`):
    the item's one decision, however many of its sentences a formula opens."""
    verdict = _filled_above(lines, item.used.start)
    if verdict is None or not _rules()["verdict"].match(lines[verdict][1].strip()):
        return False
    title = _filled_above(lines, verdict)
    return title is not None and not _ends_statement(lines[title][1])


def _reports_earlier(text: str) -> bool:
    """A register's row that opens with the time of a past act before its verb
    (`dated_opening`: `Op 9 november 2022 is er in Provinciale staten een motie aangenomen
    ...`, `In januari 1999 hebben GS vastgesteld dat ...`): a subject's summary tells its
    history before it says what this sitting decided."""
    return bool(_rules()["dated_opening"].match(text.strip()))


def _page_number_row(lines: Lines, item: Item) -> bool:
    """An item read from a transcribed page's opening number: its text is the page's own from
    its first word on (the page's items inside it are rows: `... Besloten wordt: 1 In te
    stemmen met ...`)."""
    line = lines[item.used[0]][1]
    opening = line.split(maxsplit=1)[1:]
    return is_transcribed_page(line) and bool(opening) and opening[0].startswith(item.text[:40])


def _record_decisions(
    doc: Doc,
    lines: Lines,
    taken: set[int],
    labelled: list,
    minutes: bool,
    rows_read: bool = False,
    told: bool = False,
    decided: frozenset[int] = frozenset(),
) -> list[tuple[str, bool, Item]]:
    """(kind, proposal, item) of a record of a meeting beyond its labels: registers and
    lists under a title or a role, action tables and plans, how items were handled, outcomes
    in shorthand and sentences a formula opens; [] for a text that turns out no record.
    `rows_read`: the decisions of a register's rows were read already; `told`: the text
    tells a talk or visit in prose, judged as a text of no known type is; `decided`: the
    lines of the points read as decisions already (a register's)."""
    doc_lines = page_lines(doc)
    doc_type = doc._.document.get("doc_type")
    registered, listed_lines = _titled_register(lines, taken)
    if rows_read:
        # beside the rows a register decided, a bullet its row reader passed over is the
        # page's other text unless it states an outcome: a diary's appointment under
        # `Uitnodigingen` (`26 augustus prijsuitreikingen toernooien. Wethouder X`), an
        # introduction under `Mededelingen` (`Kennismaking met mevrouw X: de nieuwe ...`)
        registered = [item for item in registered if _states_outcome(item.text)]
    roles, read = _role_lists(lines, taken | listed_lines)
    read |= listed_lines
    actions, in_tables = _action_tables(lines, taken | read)
    actions = _unrepeated(actions, [item for _, _, item in labelled])
    planned = _plan_items([line.text for line in doc_lines], lines, taken | read | in_tables)
    actions += planned
    in_tables |= {k for item in planned for k in item.used}
    handled, in_register = _register_handling(lines, taken | read | in_tables)
    marked = _shorthand_outcomes(lines, taken | read | in_tables | in_register)
    in_marked = {k for _, _, item in marked for k in item.used}
    before_meeting = doc_type in _rules()["proposal_doc_types"]
    read_so_far = taken | read | in_tables | in_register | in_marked
    articles = _article_dicta(lines, [line.text for line in doc_lines], read_so_far)
    in_articles = {k for item in articles for k in item.used}
    statuses = _status_titles(lines, read_so_far)
    stated = _sentence_decisions(
        lines, read_so_far | in_articles | set(statuses), before_meeting, decided, doc_type
    )
    put = sum(1 for _, proposal, _ in labelled if proposal)  # `Gevraagd besluit` points
    if not (minutes or _is_meeting_record(doc, lines, stated, len(marked), put, told)):
        return []
    listed = [("besluit", False, it) for it in registered + roles + articles]
    listed += [("actie", False, it) for it in actions]
    found = listed + [(kind, False, it) for kind, it in handled] + marked + stated
    return found + _undecided_statuses(statuses, found, len(lines))


def _status_titles(lines: Lines, read: set[int]) -> dict[int, Item]:
    """The points of a Flemish portal's list whose line prints the point's number, its
    title and its status after a dash (`2 Gemeenteraadscommissie ... Aanduiding van leden. -
    GOEDGEKEURD`), by line: each the title decided with that verdict."""
    found: dict[int, Item] = {}
    for k, (page_no, text) in enumerate(lines):
        m = _rules()["status_title"].match(text.strip()) if k not in read else None
        if m and _rules()["verdict"].match(m["status"]):
            found[k] = Item(page_no, m["num"], m["title"], range(k, k + 1))
    return found


def _undecided_statuses(
    statuses: dict[int, Item], found: list[tuple[str, bool, Item]], end: int
) -> list[tuple[str, bool, Item]]:
    """The status titles of the points no decision was read from below their line, up to
    the next point's: where the point's dictum is printed, it decides instead."""
    starts = sorted(statuses)
    stops = [*starts[1:], end][: len(starts)]
    used = {k for _, _, item in found for k in item.used}
    return [
        ("besluit", False, statuses[k])
        for k, stop in zip(starts, stops, strict=True)
        if not used & set(range(k + 1, stop))
    ]


def _titled_record(doc: Doc, lines: Lines) -> bool:
    """The document calls itself a list of the decisions taken (`Besluitenlijst 7 februari
    2023`, `Besluiten Kerkenraad`), in its title or its first line: a record of a meeting."""
    first = next((text.strip() for _, text in lines if text.strip()), "")
    titles = (doc._.document.get("title") or "", first)
    return any(_rules()["register_title"].match(title) for title in titles)


def _operative_part(lines: Lines) -> Lines:
    """`lines` of a formal decision with those above its enacting line (`Besluit:`) blank:
    the body's name, its considerations (`gelet op ...`) and a register's record fields
    above them say who decides and why; what it decides stands below."""
    at = enacting_line_at([text for _, text in lines])
    if at is None:
        return lines
    return [(page_no, "" if k < at else text) for k, (page_no, text) in enumerate(lines)]


def _decisions_of_row(item: Item) -> list[Item]:
    """A register's unnumbered row that writes its decisions out as sentences, two or more
    of them and most of its sentences opened by a decision formula (`Mevrouw X is
    geïnstalleerd als lid ... Aan de heer Y is ... ontslag verleend ...`), is one decision
    per such sentence; any other row is one."""
    points = _inline_points(item)
    if len(points) > 1:
        return points  # `Voorstel aan de raad om: 1. ...; 2. ...`: a decision per point
    if item.used.stop - item.used.start > 1 and _rules()["verdict"].match(
        item.text.rsplit(":", 1)[-1].strip()
    ):
        return [item]  # its verdict decides the row whole (`<introduction>: Vastgesteld`)
    sentences = _deciding_sentences(item)
    # a numbered item that states two decisions or more, each a sentence of its own the
    # body's formula opens (`Het AB besluit ... vast te stellen. Het AB besluit ... te
    # sturen. Daarbij zal ...`), is one decision per such sentence, its background none
    taken = [s for s in sentences if (f := _formula_at(s.text)) and f[1] == 0 and _decides(f[0])]
    if item.number is not None and len(taken) >= 2:
        return taken
    # a numbered item is one decision by its number; a row whose decision comes with its
    # background (`... besloten de ontheffingen in te trekken. De rechtbank ...`) is one too
    written_out = 2 * len(sentences) > len(split_sentences(item.text))
    if item.number is None and len(sentences) >= 2 and written_out:
        return sentences
    return _with_added_decisions(item) if item.number is None else [item]


def _with_added_decisions(item: Item) -> list[Item]:
    """A row that is one decision, its later sentences that add another by a connective
    (`added_decision`: `... vastgesteld. Ook hebben Provinciale Staten ... vastgesteld.`) split
    off as decisions of their own; the row's text before the first of them is its own."""
    sentences = split_sentences(item.text)
    added = [n for n, s in enumerate(sentences) if n and _rules()["added_decision"].match(s)]
    if not added:
        return [item]
    first = Item(item.page_no, None, " ".join(sentences[: added[0]]), item.used)
    return [first] + [Item(item.page_no, None, sentences[n], item.used) for n in added]


def _proposes(text: str) -> bool:
    """A row that a proposal formula opens (`Gedeputeerde Staten stellen voor om ...`) puts
    the decision to another body: it is proposed, not taken."""
    opened = _formula_at(text)
    return bool(opened and opened[1] == 0 and opened[0].proposal)


def _aside(decision: Decision) -> bool:
    """A row that decides nothing itself, whichever step read it: a pointer to the reader
    (`_points_the_reader`), a remark on the sentence before (`_remarks`), a definition
    (`_defines`) or a decision's frame (`_frames`)."""
    return (
        _points_the_reader(decision)
        or _remarks(decision.text)
        or _defines(decision.text)
        or _frames(decision.text)
    )


def _points_the_reader(decision: Decision) -> bool:
    """A page's text about itself or where to read a document (`page_text`: `Hier kunt u de
    toezeggingen lezen die het college ... heeft gedaan.` below a portal's heading
    `Toezeggingen`, which a label reader takes), where no decision formula opens a sentence;
    or a sentence of a paragraph that points the reader on (`Het algemeen bestuur heeft een
    Reglement van Orde vastgesteld. ... Voor meer informatie kun je de directiesecretaris
    mailen.`): help text addressed to the reader, which tells how the body works and decides
    nothing."""
    page_text = _rules()["page_text"]
    if page_text.search(decision.text):
        return not _formula_at(decision.text)
    return any(span is not None and page_text.search(span.text) for span in decision.evidence)


def _remarks(text: str) -> bool:
    """A row that a word hangs on the sentence before it (`remark_regex`: `Maar ze is het
    ermee eens dat ...`, `Zo wordt bijvoorbeeld ... opgeheven`) remarks on what that one
    says, whichever step read it (a sentence formula, a decision list's paragraph): it
    decides nothing itself."""
    return bool(_rules()["remark"].match(text.lstrip()))


def _defines(text: str) -> bool:
    """A sentence that defines a kind of thing or tells a body's standing task (`definition_regex`:
    `Hamerstukken zijn voorstellen van het college waarover de fracties niet meer ... hoeven te
    discussiëren ...`, `Het is een van de taken van het waterschap om peilbesluiten vast te
    stellen.`): help text on how decisions are made, which takes none itself."""
    return bool(_rules()["definition"].match(text.lstrip()))


def _frames(text: str) -> bool:
    """A decision's frame, not its content (`lead_in_regex`): a lead-in that closes on a colon
    with only its subject and verb (`Het DB heeft besloten:`, the numbered points below it are
    the decisions), a motion's head (`De Raad ... in vergadering bijeen op 20 februari 2007,`)
    or its closing formula (`En gaat over tot de orde van de dag,`)."""
    return bool(_rules()["lead_in"].search(text.strip()))


def _without_title(found: list[Decision], title: str | None) -> list[Decision]:
    """`found` without the document's own title (`Besluiten Kerkenraad en Moderamen` over
    its register): a title names what the document holds, it decides nothing."""
    if _states_decision(title or ""):
        return found  # a page opened by its decision's sentence has no title of its own
    key = " ".join((title or "").split()).casefold()
    return [d for d in found if not key or " ".join(d.text.split()).casefold() != key]


def _without_printed_twice(
    found: list[Decision], doc_lines: list[Line], title: str | None
) -> list[Decision]:
    """`found` without a row that prints again the decision another row states, every word of
    it among that row's. Such a copy shows by its form (`_copy_form`): a dictum's article under
    the sentence that told its point (`De notulen ... worden goedgekeurd.` ... `Art. 1 De
    notulen ... worden goedgekeurd.`), an item's title run twice into one line by a Flemish
    portal's breadcrumb (`2023_DRWI_00015 - ... - Goedkeuring 2023_DRWI_00015 - ... -
    Goedkeuring`), a heading that sums up a sentence (`restating_heading`: a subhead, a
    `Download "..."` line, or the document's title copied from its text). A sentence printed
    twice in the text itself stays twice: only a copy's form gives one way."""
    copies = _copy_form(found, doc_lines, title)
    words = [set(_wording(d.text).split()) - {"download"} for d in found]
    originals = [n for n, copy in enumerate(copies) if not copy]
    return [
        d
        for n, d in enumerate(found)
        if not (copies[n] and any(m != n and words[n] <= words[m] for m in originals))
    ]


def _copy_form(found: list[Decision], doc_lines: list[Line], title: str | None) -> list[bool]:
    """Per row, whether it has the form of a decision's second printing: opened by a dictum's
    article number, a line that is its first half twice, a restating heading, or the first
    row that is the document's own title."""
    article = _rules()["article_number"]
    at = {line.span.start: line for line in doc_lines if line.span is not None}
    key = _wording(title or "")
    titled = next((n for n, d in enumerate(found) if key and _wording(d.text) == key), None)
    forms = []
    for n, d in enumerate(found):
        first = next((at[s.start] for s in d.evidence if s is not None and s.start in at), None)
        wording = _wording(d.text)
        half = wording[: len(wording) // 2]
        forms.append(
            n == titled
            or bool(first is not None and article.match(first.text.strip()))
            or bool(half and wording == f"{half} {half}")
            or bool(_rules()["restating_heading"].search(d.text))
        )
    return forms


def _without_consent_to_a_field(found: list[Decision]) -> list[Decision]:
    """`found` of a page with decision fields (a council information system's page) without
    the sentence of an item's account that consents to what was just asked (`De heer X vraagt
    om agendapunt 5 als eerste te agenderen ... De commissie stemt hiermee in.`): the item's
    `Besluit` field records that decision (`Agendapunt 5 ... wordt als eerste bespreekpunt
    geagendeerd.`); the account tells it again. Kept where no field decision was read."""
    consent = _rules()["consent_to_what_was_asked"]
    fielded = [d for d in found if not consent.match(d.text.strip())]
    return fielded if fielded else found


def _states_decision(title: str) -> bool:
    """`title` is a finished sentence that a body's decision formula opens (`De raad keurt
    de statutenwijziging ... goed.`): the point's summary, no heading naming a document."""
    opened = _formula_at(title)
    return _ends_statement(title) and bool(opened and opened[1] == 0 and _decides(opened[0]))


def _without_quoted_text(found: list[Decision], doc_lines: list[Line]) -> list[Decision]:
    """`found` without the rows of a decision page read from text its body does not decide
    now: the text a dictum article adopts (`Artikel 2:` `... beslist om het reglement goed
    te keuren:` over the regulation's articles, up to the next dictum article `Artikel 3:`)
    and a cited law's article or earlier decision with the paragraph that quotes it."""
    quoted: set[int] = set()
    adopting = [k for k in range(len(doc_lines)) if _adopts_text(doc_lines, k)]
    for k in adopting:
        quoted |= _lines_to_next_article(doc_lines, k + 1)
    for k, line in enumerate(doc_lines):
        if k not in adopting and _rules()["cited_source"].match(line.text):
            quoted |= {k} | _paragraph_below(doc_lines, k)
    at = {line.span.start: k for k, line in enumerate(doc_lines) if line.span is not None}
    used = [{at[s.start] for s in d.evidence if s is not None and s.start in at} for d in found]
    kept = [(min(u, default=-1), d) for d, u in zip(found, used, strict=True)]
    kept = [(k, d) for k, d in kept if k not in quoted]
    # a dictum read as the head of a list of points (`... als volgt vast te stellen:`)
    # decides itself once its points turn out to be the text it adopts
    read = set().union(*used) if used else set()
    for k in (k for k in adopting if k not in read):
        at_k = next((n for n, (line, _) in enumerate(kept) if line > k), len(kept))
        kept.insert(at_k, (k, _dictum(doc_lines[k])))
    return [d for _, d in kept]


def _dictum(line: Line) -> Decision:
    text = _rules()["article_label"].sub("", line.text).strip()
    return Decision(line.page_no, None, "besluit", text, False, [line.span])


def _adopts_text(doc_lines: list[Line], k: int) -> bool:
    """Line `k` is a dictum article that adopts the text below it: it ends on a colon after
    its verb and an article label opens it or stands right above it."""
    text = doc_lines[k].text
    labelled = _rules()["article_label"].match(text) or (
        k > 0 and _rules()["article_label"].match(doc_lines[k - 1].text)
    )
    dictum = _rules()["article_label"].sub("", text).strip()
    return bool(labelled and _rules()["adopting_dictum"].match(dictum))


def _lines_to_next_article(doc_lines: list[Line], k: int) -> set[int]:
    """The indexes of the lines from `k` up to the next dictum article label."""
    label = _rules()["article_label"]
    end = next(
        (n for n in range(k, len(doc_lines)) if label.match(doc_lines[n].text)), len(doc_lines)
    )
    return set(range(k, end))


def _paragraph_below(doc_lines: list[Line], k: int) -> set[int]:
    """The indexes of the lines below line `k` in its paragraph: up to a blank line, a
    bullet or another cited source, which start a paragraph of their own, or a dictum's
    article, which opens the body's own words (a page that runs its cited sources on into
    `Art. 1: De gemeenteraad keurt ... goed.` with no blank line between)."""
    rules = _rules()
    below: set[int] = set()
    for n in range(k + 1, len(doc_lines)):
        text = doc_lines[n].text
        starts = (rules["bullet"], rules["cited_source"], rules["dictum_article"])
        if not text or any(p.match(text) for p in starts):
            break
        below.add(n)
    return below


def _unrepeated(items: list[Item], read: list[Item]) -> list[Item]:
    """`items` without those that repeat the words of one already read: minutes that mark an
    action in the text (`_Actiepunt:_ VNG zal ... bijwerken.`) and list it again in the
    action table at their end record one action."""
    seen = {_wording(item.text) for item in read}
    return [item for item in items if _wording(item.text) not in seen]


def _is_meeting_record(
    doc: Doc,
    lines: Lines,
    sentences: list[tuple[str, bool, Item]],
    marked: int,
    put: int = 0,
    told: bool = False,
) -> bool:
    """A document of no known type (a web page, a magazine's column) that records what a
    meeting decided, as minutes do: its title or the opening words of its first lines name a
    meeting or its record (`Vergadering juli 2021`, `Notulen bestuursvergadering`), or it
    states decisions taken more than once, as sentences (`De procedure wordt vastgesteld.`)
    or as the `marked` outcomes only notes write (`Ruimte gereserveerd (Jan Willem)`, a
    check mark, `-> actie Jan`), or it lists the `put` points of the decision asked of a
    meeting (`Gevraagd besluit`) and states a decision on them (`Daarmee is het voorstel in
    meerderheid aangenomen.`): a report of the vote. A text of a known type that tells a
    talk in prose (`told`: a report, a news item typed a report) is judged so too."""
    rules = _rules()
    if doc._.document.get("doc_type") not in rules["meeting_record_doc_types"] and not told:
        return False
    # a line with no word (a web page's list numbers `• 1`, `• 2`) heads nothing
    worded = [text for _, text in lines if re.search(r"[^\W\d_]{2}", text)]
    first = worded[: rules["meeting_record_lines"]]
    if names_a_meeting(doc._.document.get("title") or "") or any(
        _names_a_meeting_held(text) for text in first
    ):
        return True
    if doc._.document.get("doc_type") == "email":
        return False  # a mail reports what others agreed; only a meeting's report records it
    decided = [kind for kind, proposal, _ in sentences if kind == "besluit" and not proposal]
    put = put if decided else 0  # proposals alone are a paper put to a meeting, no record
    return len(decided) + marked + put >= rules["meeting_record_decisions"]


def _news_lede(lines: Lines, datelined_only: bool = False) -> list[Item]:
    """The one decision a news item reports in its lede (`news_lede`), the first sentence of
    its first paragraph of prose or the one after it (`news_lede_sentences`); a copy that
    broke the sentence over a blank line (`... van dinsdag` over `18 december de leden ...
    herbenoemd.`) has it joined to its rest, which goes on in lower case. Past a first
    paragraph that decides nothing, a teaser, only a paragraph its dateline opens is the
    lede (`news_dateline`: `ZEIST - De gemeenteraad van Zeist heeft ...`); with
    `datelined_only` only such a paragraph is."""
    rules = _rules()
    worded = [k for k, (_, text) in enumerate(lines) if re.search(r"[^\W\d_]{2}", text)]
    past_prose = datelined_only
    for n, k in enumerate(worded[: rules["news_lede_lines"]]):
        text, used = lines[k][1], range(k, k + 1)
        rest = lines[worded[n + 1]][1] if n + 1 < len(worded) else ""
        if not re.search(r"[.!?:]\s*$", text) and re.match(r"\s*[a-z\d]", rest):
            text, used = f"{text} {rest}", range(k, worded[n + 1] + 1)
        sentences = split_sentences(text)
        if len(sentences[0].split()) < 8 or not re.search(r"[.!?]$", sentences[0]):
            continue  # a title, the day it was posted, a byline
        if past_prose and not rules["news_dateline"].match(text):
            continue
        past_prose = True
        # the decision opens the lede or follows the one sentence that gives its occasion
        # (`Uit een tussentijdse evaluatie blijkt dat ... . Ons Algemeen bestuur heeft vandaag
        # besloten ...`)
        # or tells it in the present, as news writes what was just decided (`news_lede_present`)
        for sentence in sentences[: rules["news_lede_sentences"]]:
            if rules["news_lede"].match(sentence) or rules["news_lede_present"].match(sentence):
                return [Item(lines[k][0], None, sentence, used), *_added_to_lede(lines, used.stop)]
    return []


def _decided_lists_in_prose(lines: Lines, read: set[int]) -> list[tuple[str, Item]]:
    """(kind, point) of each point of a list that a news item's or a report's lead-in says
    was decided or agreed (`_decided_list`: `..., waaruit dit de belangrijkste besluiten
    zijn:`, `De Raad heeft ingestemd met de volgende punten:`), in a text where a record's
    sentence reader does not run or finds no record."""
    found: list[tuple[str, Item]] = []
    for k in range(len(lines)):
        points = [] if k in read else _decided_list(lines, k, read)
        found += [(kind, point) for kind, _, point in points]
        read |= {n for _, _, point in points for n in point.used}
    return found


def _lede_readings(lede: list[Item], doc: Doc, doc_lines: list[Line]) -> list[Decision]:
    """The lede's decisions less what the page only seems to decide (`_without_false_readings`
    but for its title and its proposals): the lede is a finished sentence of the item's prose,
    so a title equal to it was taken from it (`De gemeenteraad van Almere heeft gekozen voor
    SPFA/SLOA als nieuwe lokale omroep van Almere.`, no headline printed), and it reports a
    decision taken, whatever type a page that carries it got (an `agenda`'s)."""
    found = [_decision("besluit", False, it, doc_lines) for it in lede]
    found = [d for d in found if not _aside(d)]
    return _without_printed_twice(found, doc_lines, None)


def _not_read_yet(lede: list[Decision], found: list[Decision]) -> list[Decision]:
    """`lede` less a sentence another step read already, whole or as part of its row."""
    read = [_wording(d.text) for d in found]
    return [d for d in lede if not any(_overlap(_wording(d.text), t) for t in read)]


def _overlap(text: str, other: str) -> bool:
    return text in other or other in text


def _added_to_lede(lines: Lines, start: int) -> list[Item]:
    """The decisions the item's later paragraphs add to its lede's by a connective
    (`added_decision`: `Daarnaast heeft het bestuur een bezuinigingsopdracht gegeven ...`)."""
    return [
        Item(page_no, None, sentence, range(k, k + 1))
        for k, (page_no, text) in enumerate(lines[start:], start)
        for sentence in split_sentences(text)
        if _rules()["added_decision"].match(sentence)
    ]


def _told_in_prose(meeting: dict) -> bool:
    """A meeting the talks reader took from a document's prose (`pipeline.talks`: a talk or
    visit a report or news item tells, id `...-t1`), not from a record's head."""
    return re.search(r"-t\d+$", meeting.get("meeting_id") or "") is not None


def _names_a_meeting_held(line: str) -> bool:
    """A first line names a meeting or its record in its opening words, where a heading
    stands (`Notulen: MR vergadering ...` on a page transcribed onto one line); further on in
    its first sentence only a meeting itself counts (`... verplicht een ledenvergadering te
    houden`): a news item's lede names `besluiten` or `overleg` as what it reports on. A
    meeting named in a later sentence of a paragraph (`... Arduin was deze week in de
    vergadering van de commissie`) is the setting of a story, not what the text records."""
    opening = " ".join(line.split()[: _rules()["meeting_record_words"]])
    return names_a_meeting(opening) or bool(_rules()["meeting_word"].search(_first_sentence(line)))


def _decision(kind: str, proposal: bool, item: Item, doc_lines: list[Line]) -> Decision:
    evidence = [doc_lines[k].span for k in item.used]
    return Decision(item.page_no, item.number, kind, item.text, proposal, evidence)


def _row(document: dict, n: int, d: Decision, meeting_id: str | None) -> dict[str, Any]:
    return {
        "decision_id": f"{document['document_id']}-b{n}",
        "document_id": document["document_id"],
        "source_id": document["source_id"],
        "page_no": d.page_no,
        "meeting_id": meeting_id,
        "number": d.number,
        "kind": d.kind,
        "text": d.text,
        "is_proposal": d.is_proposal,
        **evidence_box(d.evidence, d.page_no),
    }
