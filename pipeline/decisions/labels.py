"""Decisions a label line opens (`Besluit:`, `Gemaakte afspraken:`, a form's `Besluit`
field), and the items a plural label with nothing below it adopts (`_orphan_decisions`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.decisions.lists import (
    _bullets,
    _list_below,
    _paragraphs,
    _tasks_over_owners,
    under_proposing_lead,
)
from pipeline.decisions.rules import (
    MAX_FIELD_WORDS,
    MIN_ITEM_WORDS,
    ROW_CUE_LABELS,
    Item,
    Lines,
    _cue_labels,
    _rules,
    decision_label,
)
from pipeline.decisions.sentences import (
    _decides,
    _formula_at,
    _over_article,
    _sets_nothing,
    _with_subject,
)
from pipeline.decisions.text import (
    _collect,
    _ends_statement,
    _is_break,
    _is_heading,
    _is_meaningful,
    _join,
    _lone_glyph,
    _next_filled,
    _starts_paragraph,
)
from pipeline.documents import PAGE_LINE_CHARS
from pipeline.meetings.layout import _wrapped_paragraphs
from pipeline.nlp import split_sentences


def _nearest_run(lines: Lines, at: int, taken: set[int]) -> list[Item]:
    """The run of two or more items nearest to lines[at] within `max_orphan_distance`:
    bullets first (a list of agreements is bulleted), else lines that each state one
    finished sentence (OCR lost the glyphs). Every item is a statement, no question; no
    line of the run was taken by another label."""
    reach = _rules()["max_orphan_distance"]
    starts = sorted(
        (k for k in range(max(0, at - reach), min(len(lines), at + reach)) if k != at),
        key=lambda k: abs(k - at),
    )
    for read in (_glyph_column_run, _bullet_run, _sentence_run):
        for k in starts:
            if k in taken or not lines[k][1] or not _opens_run(lines, k):
                continue
            run = read(lines, k)
            used = {n for item in run for n in item.used}
            if len(run) >= 2 and not used & taken and all(_is_agreement(it.text) for it in run):
                return run
    return []


def _opens_run(lines: Lines, k: int) -> bool:
    """lines[k] can open a run: below a blank line, a line ending in a colon or nothing."""
    above = lines[k - 1][1] if k else ""
    return not above or above.endswith(":")


def _glyph_column_run(lines: Lines, k: int) -> list[Item]:
    """A list whose bullet glyphs OCR printed as a column of their own (`o` lines), the
    texts below it among headings and lead-ins: one item per glyph, each a finished
    statement, up to the next numbered section once they have begun; nothing when fewer
    statements than glyphs follow."""
    above = k - 1
    while above >= 0 and not lines[above][1]:
        above -= 1
    if above >= 0 and _lone_glyph(lines[above][1]):
        return []  # inside the column: it is read from its first glyph
    glyphs = 0
    while k < len(lines) and (not lines[k][1] or _lone_glyph(lines[k][1])):
        glyphs += bool(lines[k][1])
        k += 1
    if glyphs < 2:
        return []
    items: list[Item] = []
    end = min(len(lines), k + glyphs * _rules()["max_item_lines"])
    while k < end and len(items) < glyphs:
        if not lines[k][1] or decision_label(lines[k][1]):
            k += 1
            continue
        if items and _rules()["heading"].match(lines[k][1]):
            break  # the next numbered section: the column's texts have ended
        text, j = _collect(lines, k + 1, lines[k][1])
        if _starts_paragraph(lines, k) and _is_agreement(text):
            items.append(Item(lines[k][0], None, text, range(k, j)))
        k = max(j, k + 1)
    return items if len(items) == glyphs else []


def _bullet_run(lines: Lines, k: int) -> list[Item]:
    if decision_label(lines[k][1]):
        return []
    items, _ = _bullets(lines, k)
    return [it for it in items if not any(decision_label(lines[n][1]) for n in it.used)]


def _sentence_run(lines: Lines, k: int) -> list[Item]:
    """Unbulleted items, one finished sentence each, line after line without a blank."""
    items: list[Item] = []
    while k < len(lines) and lines[k][1][:1].isupper() and not _is_break(lines[k][1]):
        text, j = _collect(lines, k + 1, lines[k][1])
        items.append(Item(lines[k][0], None, text, range(k, j)))
        if j - 1 > k and not lines[j - 1][1]:
            break  # a blank line ends the run
        k = j
    return items


def _is_agreement(text: str) -> bool:
    """A finished statement that can be an agreement: no question, no heading."""
    return (
        _ends_statement(text)
        and "?" not in text
        and _is_meaningful(text)
        and not _is_heading(text)
        and not decision_label(text)
    )


def _label_decisions(lines: Lines) -> list[tuple[str, bool, Item]]:
    """(kind, is_proposal, item) for everything a label line opens."""
    rules = _rules()
    found: list[tuple[str, bool, Item]] = []
    orphans: list[tuple[int, str, bool]] = []  # (line, kind, proposal) of empty list labels
    register_number: str | None = None
    # a council page's agenda item printed as a bare number (`2. 0.06.H`) numbers what its
    # fields decide, unless a point of theirs has its own number (`1. het reglement ...`)
    agenda_number: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i][1]
        numbered = rules["item_number"].match(line) if line else None
        if numbered:
            register_number = numbered["num"]
        elif line and (own := _agenda_item_number(line)) is not None:
            agenda_number = own
        label = decision_label(line) if line else None
        if label is None and line and (dictum := _dictum_list(lines, i)) is not None:
            proposal, items, i = dictum
            found += [("besluit", proposal, item) for item in items]
            continue
        if label is None and line and rules["todo_heading"].match(line):
            todo, i = _owned_tasks(lines, i + 1)
            found += [("actie", False, item) for item in todo]
            continue
        if label is None:
            i += 1
            continue
        kind, proposal, _, rest = label
        if rules["label_reference"].match(rest):
            i += 1  # `Actielijst: zie de lijst.` points elsewhere
            continue
        at = i
        kept, i = _label_items(lines, at, label, register_number, agenda_number)
        register_number = None
        if not kept and rules["list_label"].search(line):
            orphans.append((at, kind, proposal))
        found += kept
    return found + _orphan_decisions(lines, orphans, found)


def _label_items(
    lines: Lines,
    at: int,
    label: tuple[str, bool, str | None, str],
    register_number: str | None,
    agenda_number: str | None,
) -> tuple[list[tuple[str, bool, Item]], int]:
    """(kind, is_proposal, item) of what the decision label on lines[at] opens, and the index
    past it; an item the label does not number takes the register's number, else its own,
    else the agenda item's."""
    line = lines[at][1]
    kind, proposal, number, rest = label
    if not proposal and _is_field_label(line, rest):
        items, after = _field_items(lines, at + 1)
    else:
        items, after = _below_label(lines, at, rest, line)
    # a numbered label names its item in as few as two words (`Afspraak 2 – README
    # schrijven`): its number sets it apart as an item of its own, no OCR debris
    min_words = 2 if number and rest else MIN_ITEM_WORDS
    number = number or register_number
    # a decree's dictum enacts the articles below it (`vast te stellen het besluit ...`)
    items = [
        _with_subject(lines, at, it)
        for it in items
        if not _over_article(lines, it) or _rules()["decree_dictum"].match(it.text)
    ]
    kept = [
        (
            item_kind,
            proposal or under_proposing_lead(lines, it),
            Item(it.page_no, number or it.number or agenda_number, it.text, it.used),
        )
        for it in items
        if _holds_a_decision(it.text, proposal, min_words)
        and not _status_of_actions(item_kind := _item_kind(line, kind, it.text), it.text)
    ]
    return kept, after


def _status_of_actions(kind: str, text: str) -> bool:
    """An action list's item that only tells how its earlier points stand (`Actielijst: punt
    1 en 2 lopen nog, 3 t/m 5 zijn afgehandeld.`, `Alles kan van de lijst af.`) sets no task,
    as the same words in a sentence do (`no_task_regex`)."""
    return kind == "actie" and bool(_rules()["no_task"].search(text))


def _holds_a_decision(text: str, proposal: bool, min_words: int) -> bool:
    """A label's item says enough to be a decision: its words, a field's bare verdict or a
    bare dictum."""
    return bool(
        _is_meaningful(text, min_words)
        # a field that holds only its verdict records it as printed (`Vastgesteld conform`)
        or (not proposal and _rules()["verdict"].match(text.strip()))
        or _is_bare_dictum(text)  # `Gemeenteraad informeren.`: two words decide
    )


def _decided_points(
    lines: Lines, found: list[tuple[str, bool, Item]]
) -> list[tuple[str, bool, Item]]:
    """`found` of a record of decisions taken (a `Besluitenlijst`) with the points a
    `Beslispunten` label heads as decided: the label names what the body decides on, a paper
    before the meeting proposes them, the record of the meeting states them taken."""
    return [
        (kind, proposal and not _under_points_label(lines, item), item)
        for kind, proposal, item in found
    ]


def _under_points_label(lines: Lines, item: Item) -> bool:
    """The label nearest above `item` is a `Beslispunten` label (its list's other items and
    blank lines between)."""
    for k in range(
        item.used.start - 1, max(-1, item.used.start - 2 * _rules()["max_list_items"]), -1
    ):
        text = lines[k][1].strip()
        if text and decision_label(text) is not None:
            return bool(_rules()["points_label"].match(text))
    return False


#: a dictum's numbered list holds at least this many items
MIN_DICTUM_ITEMS = 2


def _dictum_list(lines: Lines, i: int) -> tuple[bool, list[Item], int] | None:
    """(is_proposal, items, index after them) of a decision written as a dictum: lines[i]
    ends a paragraph with the act of deciding or proposing (`De synode besloot ten aanzien
    van het curatorium`, `Het college stelt de raad voor:`) and a numbered list follows whose
    items are mostly clauses in lower case (`1. in te stemmen met ...;`, `2. om ... te
    ondersteunen.`), as a decision's dictum is drafted: each item is a decision. None for any
    other line, or a list of sentences below it (topics, a report's points)."""
    lead = _rules()["dictum_lead"].search(lines[i][1])
    k = _next_filled(lines, i + 1)
    if lead is None or k is None or k - i > 2:
        return None
    first = _rules()["bullet"].match(lines[k][1])
    if not first or first["num"] != "1":
        return None
    items, j = _list_below(lines, i + 1)
    dicta = [it for it in items if _rules()["dictum_item"].match(it.text)]
    if len(items) < MIN_DICTUM_ITEMS or 2 * len(dicta) <= len(items):
        return None
    # the lead is read with the first point: no sentence of its own decides there
    first_item = replace(items[0], used=range(i, items[0].used.stop))
    return bool(lead["proposal"]), [first_item, *items[1:]], j


def _run_on_proposals(
    lines: Lines, title: str | None, taken: set[int]
) -> list[tuple[str, bool, Item]]:
    """(kind, is_proposal, item) of the decision field of a proposal paper transcribed onto
    one line (`1 RAADSVOORSTEL ... Beslispunten 1. ... a. De ... te verstrekken aan verzoeker;
    b. ...`): one proposal per point (`_run_on_points`). Only in a paper that names itself a
    proposal in its title or in that line's first words, unless the field's name calls it
    proposed (`Voorgesteld besluit`); a dictum whose points lost their marks is read by
    `_unmarked_proposals`. A line a label reader took is read already. A PDF wraps that
    line at the page's width: it is read made whole again (`_page_paragraphs`)."""
    rules = _rules()
    paper = bool(rules["proposal_paper"].search(title or ""))
    found: list[tuple[str, bool, Item]] = []
    for used, page_no, line in _page_paragraphs(lines):
        if taken & set(used):
            continue
        label = rules["run_on_label"].search(line)
        if label is None:
            found += _unmarked_proposals(line, page_no, used, paper)
            continue
        # a field named as proposed (`Voorgesteld besluit`, `Voorgesteld wordt`) proposes in
        # any paper, its head as garbled as OCR left it, and runs its points onto one line
        # however short the page (a copy cut off after point 2); `Besluit`, `Advies` need
        # the paper, and a page's whole line
        proposes = label["proposes"] is not None
        if len(line) <= PAGE_LINE_CHARS and not proposes:
            continue
        if not (proposes or paper or _opens_as_proposal(line)):
            continue
        points = _run_on_points(line[label.end() :], lost_marks=proposes)
        dicta = [text for _, text in points if _drafted_as_proposed(text, proposes)]
        if len(points) >= MIN_DICTUM_ITEMS and len(dicta) == len(points):
            found += [("besluit", True, Item(page_no, n, t, used)) for n, t in points]
    return found


def _unmarked_proposals(
    line: str, page_no: int, used: range, paper: bool
) -> list[tuple[str, bool, Item]]:
    """(kind, is_proposal, item) of a council proposal's dictum run onto one line with its
    points' marks lost (`1 Gemeente Woerden 15R RAADSVOORSTEL ... De raad besluit: Kennis te
    nemen van ... Utrecht Aandacht te vragen voor: 2.1 de ... 2.2 ... In te stemmen met ...
    te laten verzenden. Inleiding: ...`): each point opens with its infinitive clause's head,
    capitalised (unmarked_point); a point ending on a colon is the lead of the numbered
    points below it (`2.1`, `2.2`: sub_point), which are proposals of their own. Only in a
    paper that names itself a proposal, its title or the line's first words, under the
    body's dictum lead (unmarked_label), when two points or more follow."""
    rules = _rules()
    label = rules["unmarked_label"].search(line)
    if label is None or not (paper or _opens_as_proposal(line)):
        return []
    text = line[label.end() :]
    starts = [m.start() for m in rules["unmarked_point"].finditer(text)]
    if len(starts) < MIN_DICTUM_ITEMS or starts[0] != 0:
        return []
    ends = [*starts[1:], len(text)]
    bodies = [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    bodies[-1] = _to_dictum_end(_before_section(bodies[-1])).strip()
    points = [point for body in bodies for point in _with_sub_points(body)]
    return [("besluit", True, Item(page_no, n, t, used)) for n, t in points]


def _opens_as_proposal(line: str) -> bool:
    """Whether a run-on page names itself a proposal in its first words (proposal_paper:
    `1 Gemeente Woerden 15R RAADSVOORSTEL ...`)."""
    rules = _rules()
    opening = " ".join(line.split()[: rules["proposal_paper_words"]])
    return rules["proposal_paper"].search(opening) is not None


def _with_sub_points(body: str) -> list[tuple[str | None, str]]:
    """(number, text) of an unmarked point: itself, or, ending on a colon over numbered
    points (`Aandacht te vragen voor: 2.1 de ... 2.2 de ...`), those points, the lead none."""
    subs = list(_rules()["sub_point"].finditer(body))
    if not subs or not body[: subs[0].start()].rstrip().endswith(":"):
        return [(None, body)]
    ends = [*(m.start() for m in subs[1:]), len(body)]
    return [(m["num"], body[m.end() : end].strip()) for m, end in zip(subs, ends, strict=True)]


def _drafted_as_proposed(point: str, proposes: bool) -> bool:
    """`point` is drafted as a proposal's dictum: a clause with `te` (dictum_item) or, under a
    field its name calls proposed, any clause without a finite verb of its own, a bare
    infinitive too (`Instemmen met de bijgevoegde brief ...;`, `De evaluatie
    speelruimtebeleid vaststellen.`): a sentence that reports (`... is ... vastgesteld.`) is
    no point of the field."""
    clause = _lowered(point)
    if _rules()["dictum_item"].match(clause):
        return True
    own = _rules()["dictum_subclause"].split(clause, maxsplit=1)[0]
    return proposes and bool(own.strip()) and not _FINITE_RE.search(own)


def _run_on_dicta(lines: Lines, taken: set[int]) -> list[tuple[str, bool, Item]]:
    """(kind, is_proposal, item) of the decisions a record transcribed onto one line states in
    its items' dicta there (`BESLUIT: eenparig Enig art.: De notulen ... goed te keuren.`,
    `BESLIST: met 6 stemmen ... Artikel 1. – ... Artikel 2. – ...`, `BESLUIT: Gedeputeerde
    Staten besluiten: 1. ...; 2. ...`): one decision per article or point, but for one that
    sends a copy of it. A line a label reader took is read already."""
    found: list[tuple[str, bool, Item]] = []
    for used, page_no, line in _page_paragraphs(lines):
        if taken & set(used) or len(line) <= PAGE_LINE_CHARS:
            continue
        for label in _rules()["run_on_dictum"].finditer(line):
            rest = line[label.end() :]
            points = _run_on_articles(rest) or _run_on_points(rest)
            # an article that sends a copy of the decision adds none (`restated`)
            kept = [(n, t) for n, t in points if t and not _rules()["restated"].search(t)]
            found += [("besluit", False, Item(page_no, n, t, used)) for n, t in kept]
    return found


def _run_on_articles(text: str) -> list[tuple[str | None, str]]:
    """(number, text) of the articles a run-on dictum opens with (`text` starts at its first
    article's label): `Enig art.` alone, or `Artikel 1.` and those numbered on after it; the
    last ends before the next agenda item and with the sentence its infinitive closes."""
    marks = list(_rules()["run_on_article"].finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    kept = [marks[0]]
    for m in marks[1:]:
        if kept[0]["art"] and m["art"] and int(m["art"]) == len(kept) + 1:
            kept.append(m)
    ends = [m.start() for m in kept[1:]] + [len(text)]
    spans = zip(kept, ends, strict=True)
    articles = [(m["art"] or "1", text[m.end() : end].strip()) for m, end in spans]
    number, last = articles[-1]
    articles[-1] = (number, _to_dictum_end(_before_next_item(last)).strip())
    return articles


def _before_next_item(text: str) -> str:
    """`text` up to the number of the agenda item after it (`... Vlaams-Brabant 2. – Jaar`)."""
    m = _rules()["run_on_item"].search(text)
    return text[: m.start()] if m else text


def _page_paragraphs(lines: Lines) -> list[tuple[range, int, str]]:
    """(the lines it runs over, page, text) of each paragraph, one wrapped at the page's width
    (a PDF's text layer, OCR) joined into one line again (`_wrapped_paragraphs`)."""
    joined = _wrapped_paragraphs([(k, text) for k, (_, text) in enumerate(lines)])
    if not joined:
        return []  # a document of no lines (an empty page)
    ends = [k for k, _ in joined[1:]] + [len(lines)]
    return [(range(k, end), lines[k][0], text) for (k, text), end in zip(joined, ends, strict=True)]


def _paragraphs_whole(lines: Lines) -> tuple[Lines, list[range]]:
    """The lines with each paragraph wrapped at the page's width (`_page_paragraphs`) one line
    again, as a text with a paragraph per line prints it, and the lines each one runs over: a
    sentence the wrap ends at a line's end (`... decharge verleend.` over `Conform het ...`)
    goes on in its paragraph instead of opening a row of its own. Unwrapped lines as they are."""
    whole: Lines = []
    spans: list[range] = []
    paragraphs = _page_paragraphs(lines)
    # a PDF's text drops the empty lines between paragraphs: a page wrapped at its width and
    # with none has them back, as its text prints them (a subject's title on a line of its own)
    spaced = any(len(used) > 1 for used, _, _ in paragraphs) and all(text for _, text in lines)
    for used, page_no, _ in paragraphs:
        for part in _parts(lines, used):
            if spaced and whole:
                whole.append((page_no, ""))
                spans.append(range(part.start, part.start))
            whole.append(
                (
                    page_no,
                    _join([lines[k][1] for k in part]) if len(part) > 1 else lines[part.start][1],
                )
            )
            spans.append(part)
    return whole, spans


def _parts(lines: Lines, used: range) -> list[range]:
    """A joined run's lines as paragraphs: up to a blank line (a full line's empty line below
    it is no wrap), the others each alone, and a title below a sentence's end apart."""
    filled = next((k for k in used if not lines[k][1]), used.stop)
    # a subject's title below a sentence's end stands apart wherever in the run, with the
    # paragraph below it (`... Adviescommissie Cultuur.` over `Subsidieaanvragen
    # wandelprojecten ...` over `Gedeputeerde Staten hebben besloten ...`)
    cuts = [k for k in range(used.start + 1, filled) if _heads_next(lines, k)]
    bounds = [used.start, *(x for k in cuts for x in (k, k + 1)), filled]
    head = [range(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    return head + [range(k, k + 1) for k in range(filled, used.stop)]


def _heads_next(lines: Lines, k: int) -> bool:
    """lines[k], the last of a wrapped run, is the next point's title below a full line that
    ends its sentence (`... aan het auditcommittee.` over `Aanmeldcentrum asielzoekers`)."""
    return _ends_statement(lines[k - 1][1]) and _is_heading(lines[k][1])


def _lowered(text: str) -> str:
    """`text` with its first letter in lower case: a point drafted capitalised (`In te stemmen`)."""
    return text[:1].lower() + text[1:]


def _run_on_points(text: str, lost_marks: bool = False) -> list[tuple[str | None, str]]:
    """(number, text) of the points a run-on decision field opens with (`text` starts at its
    first mark): marks that go on in order (`1.` `2.`, `a.` `b.`, a dash after a dash), a
    point that ends on a colon opening marks of another kind below it (`1. ... bevoegd is:
    a. ...; b. ...`), which are points of their own, their lead none; the last point ends
    with the sentence its infinitive closes, or before the paper's next section, the page
    runs on after it. With `lost_marks`, a number the transcription dropped (`1. ... van 20
    december De uitvoering ... 3. Af te zien ...`, `4.` after `3.`) is a point of its own."""
    marks = list(_rules()["run_on_point"].finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    kept = [(marks[0], 0)]  # (mark, depth)
    for n, m in enumerate(marks[1:], start=1):
        last, depth = kept[-1]
        outer = next(mark for mark, d in reversed(kept) if d == 0)
        if _follows(outer, m) or (lost_marks and _follows_lost(outer, m, marks[n + 1 :])):
            kept.append((m, 0))
        elif depth == 1 and _follows(last, m):
            kept.append((m, 1))
        elif depth == 0 and text[: m.start()].rstrip().endswith(":") and _opens(outer, m):
            kept.append((m, 1))
    points: list[tuple[str | None, str]] = []
    for n, (m, depth) in enumerate(kept):
        below = kept[n + 1] if n + 1 < len(kept) else None
        if below is not None and below[1] > depth:
            continue  # the lead of the points below it
        if below:
            body = text[m.end() : below[0].start()]
        else:
            body = _to_dictum_end(_before_section(text[m.end() :]))
        outer = next(mark for mark, d in reversed(kept[: n + 1]) if d == 0)
        number = (outer["num"] or "") + (m["letter"] or "") if depth else m["num"] or m["letter"]
        if below and not depth and not _follows(m, below[0]):
            points += _with_lost_point(number, body.strip())
        else:
            points.append((number or None, body.strip()))
    return points


def _follows_lost(before: re.Match[str], m: re.Match[str], after: list[re.Match[str]]) -> bool:
    """Number mark `m` comes two after `before`, the one between lost, and the next mark
    after `m` goes on from it (`1.` ... `3.` `4.`): one mark alone out of order is none."""
    if not (before["num"] and m["num"]) or int(m["num"]) != int(before["num"]) + 2:
        return False
    return bool(after) and _follows(m, after[0])


def _with_lost_point(number: str | None, body: str) -> list[tuple[str | None, str]]:
    """The point `number` and the one after it whose mark was lost (`Kennis te nemen van ...
    van 20 december De uitvoering van de besluiten ... ter hand te nemen, ...`): parted
    where a capital opens a word after one in lower case with no stop between (`december
    De`) and both parts are drafted as dicta; the lost point has no number. One point as
    it is where no such place parts it."""
    for cut in _rules()["lost_point_start"].finditer(body):
        head, tail = body[: cut.start()], body[cut.end() :]
        if _drafted_as_proposed(head, False) and _drafted_as_proposed(tail, False):
            return [(number or None, head), (None, tail)]
    return [(number or None, body)]


def _before_section(text: str) -> str:
    """`text` up to the paper's next section run on after the last point (paper_section:
    `... continueren tot Aanleiding Op 22 februari ...`); whole without one."""
    m = _rules()["paper_section"].search(text)
    return text[: m.start()] if m else text


def _mark_kind(m: re.Match[str]) -> str:
    return "num" if m["num"] else "letter" if m["letter"] else m["dash"]


def _follows(before: re.Match[str], m: re.Match[str]) -> bool:
    """Mark `m` is the one after `before` in its list: the next number or letter, a dash
    after the same dash."""
    if _mark_kind(before) != _mark_kind(m):
        return False
    if m["num"]:
        return int(m["num"]) == int(before["num"]) + 1
    if m["letter"]:
        return ord(m["letter"]) == ord(before["letter"]) + 1
    return True


def _opens(outer: re.Match[str], m: re.Match[str]) -> bool:
    """Mark `m` opens a list below a point of `outer`'s list: a mark of another kind, its
    first (`1.`, `a.`, a dash)."""
    first = m["dash"] or m["num"] == "1" or m["letter"] == "a"
    return bool(first) and _mark_kind(m) != _mark_kind(outer)


def _to_dictum_end(text: str) -> str:
    """`text` up to the end of the sentence its dictum's infinitive closes; whole without one."""
    m = _rules()["dictum_end"].search(text)
    return text[: m.end()] if m else text


def _owned_tasks(lines: Lines, i: int) -> tuple[list[Item], int]:
    """The items of a to-do list below its heading (`4. TO DO List`) that name who does them
    before a colon (`Youssef: legt vast hoe we de code testen.`, `Iedereen: stuurt ...`): a
    to-do heading also heads a speaker's own notes (`To do` over `account for languages`),
    and only a task with its owner is one the meeting gave out."""
    items, j = _list_below(lines, i)
    owned = [it for it in items if _rules()["owner_item"].match(it.text)]
    return owned, (j if owned else i)


def _item_kind(label: str, kind: str, text: str) -> str:
    """The kind of an item below `label`: a heading of decisions and actions together
    (`Besluit en acties`) gives an item the kind of the formula that opens it (`Er werd
    beslist ...`: besluit), else that of its last word (`acties`); any other label its own."""
    mixed = _rules()["mixed_label"].match(label)
    if not mixed:
        return kind
    formula = _formula_at(text)
    if formula and formula[0].proposal:
        return kind
    return formula[0].kind if formula else _rules()["mixed_label_kinds"][mixed["last"].lower()]


def _is_field_label(line: str, rest: str) -> bool:
    """A singular decision label alone on its line, without its colon: a form's field
    (`Besluit`); a proposal's label (`Gevraagd besluit`) heads the proposal whole."""
    bare = not rest and not line.rstrip().endswith(":")
    return bare and not _rules()["list_label"].search(line)  # `Afspraken` heads a list


#: a field's lead-in that decides what it lists (`De agenda wordt als volgt gewijzigd:`, a
#: college's `I. De raad voor te stellen:` over the points it puts to the council), not one
#: that lists who was absent or what was announced
_DECIDING_LEAD_RE = re.compile(
    r"\b(?:besl(?:uit|uiten|oten)|ingestemd|instemming|vast\s*gesteld|vast\s+te\s+stellen"
    r"|gewijzigd|akkoord|goedgekeurd|voorstel|voor\s+te\s+stellen)\b",
    re.IGNORECASE,
)


#: a field's lead-in that adopts an agenda, which it names last (`De raad gaat akkoord met de
#: volgende agenda:`), not one that changes it (`De agenda wordt als volgt gewijzigd:`)
_AGENDA_LEAD_RE = re.compile(r"\bagenda\s*:\s*$", re.IGNORECASE)


def _field_items(lines: Lines, i: int) -> tuple[list[Item], int]:
    """What a decision field from lines[i] holds that decides: a list's items whole (also
    under a paragraph that introduces them), of its paragraphs the deciding sentences."""
    items, j = _list_below(lines, i)
    if items:
        after, j = _paragraph_after_list(lines, j)
        return items + after, j
    k = _next_filled(lines, i)
    if k is not None and _rules()["verdict"].match(lines[k][1].strip()):
        return [Item(lines[k][0], None, lines[k][1].strip(), range(k, k + 1))], k + 1
    lead = _collect(lines, k + 1, lines[k][1])[0] if k is not None else ""
    if lead.endswith(":"):  # `... ingestemd met het volgende voorstel:` over its points
        listed, j = _paragraphs(lines, i, False)
        if listed and k is not None and _AGENDA_LEAD_RE.search(lead):
            # `... gaat akkoord met de volgende agenda:` over its points: one decision, the
            # agenda adopted whole; its points are no decisions of their own
            stop = listed[-1].used.stop
            text = _join([lines[n][1].strip() for n in range(k, stop) if lines[n][1]])
            return [Item(lines[k][0], None, text, range(k, stop))], j
        return (listed if _DECIDING_LEAD_RE.search(lead) else []), j
    paragraphs, j = _paragraphs(lines, i, True)
    return [s for it in paragraphs for s in _deciding_sentences(it)], j


def _paragraph_after_list(lines: Lines, j: int) -> tuple[list[Item], int]:
    """The deciding sentences of the paragraph a decision field prints below its list, before
    the next item (a college's `Besluit` over `1. ...`, `2. ...`, then `Het college besluit
    conform het voorstel met dien verstande dat ...` over `Gemeenteraad informeren.`), and
    the index after it."""
    k = _next_filled(lines, j)
    if k is None or _is_break(lines[k][1]) or _rules()["bullet"].match(lines[k][1]):
        return [], j
    end = k
    while end < len(lines) and lines[end][1] and not _is_break(lines[end][1]):
        end += 1
    text = _join([line.strip() for _, line in lines[k:end]])
    return _deciding_sentences(Item(lines[k][0], None, text, range(k, end))), end


def _is_field_line(line: str) -> bool:
    label = decision_label(line) if line else None
    return bool(label and not label[1] and _is_field_label(line, label[3]))


def _agenda_item_number(line: str) -> str | None:
    """The agenda item's own number where a council page prints it after the list's on a line
    of its own (`2. 0.06.H`: `0.06.H`); None for any other line."""
    if _rules()["agenda_item_number"].match(line):
        return line.split()[-1].rstrip(".")
    return None


def _is_item_field(line: str) -> bool:
    """A field of an agenda item on a council information system's page: a decision field
    (`Besluit`) or a vote's label (`Stemuitslag`), over the item's outcome."""
    return _is_field_line(line) or bool(_rules()["vote_label"].match(line.strip()))


def _has_fields(lines: Lines) -> bool:
    """A council information system's page: it has decision fields, or it prints its agenda
    items as bare numbers (`1. 1`) with a vote's label below them (`Stemuitslag`)."""
    if any(_is_field_line(line) for _, line in lines):
        return True
    rules = _rules()
    numbered = any(rules["agenda_item_number"].match(line) for _, line in lines)
    return numbered and any(rules["vote_label"].match(line.strip()) for _, line in lines)


def _field_page_lines(lines: Lines) -> set[int]:
    """The lines of a page with decision fields (a council information system's page) that
    state no decision: the points a lead-in lists that does not decide (`De volgende
    mededelingen worden gedaan:` over `• Portefeuillehouder X informeert de raad ...`, an
    item's `Behandeling:`); and an item's introduction, the unbulleted paragraph between the
    item's bare number (`2. 2`, `• 004.b`) and its field (`De voorlopige agenda wordt door de
    agendacommissie vastgesteld.` describes what the item is for)."""
    rules = _rules()
    read: set[int] = set()
    item_at: int | None = None  # the last agenda item's number line, until its field
    in_field = False
    listing = False  # below a field's lead-in that lists what was not decided
    for k, (_, line) in enumerate(lines):
        if not line:
            continue
        if rules["agenda_item_number"].match(line):
            item_at, in_field, listing = k, False, False
        elif _is_item_field(line):
            if item_at is not None:
                read.update(
                    n
                    for n in range(item_at + 1, k)
                    if lines[n][1] and not rules["bullet"].match(lines[n][1])
                )
            item_at, in_field, listing = None, True, False
        elif (in_field or item_at is not None) and line.rstrip().endswith(":"):
            listing = not _DECIDING_LEAD_RE.search(line)
        elif listing and rules["bullet"].match(line):
            read.add(k)
        else:
            listing = False
    return read


def _deciding_sentences(item: Item) -> list[Item]:
    """The sentences of a field's text that decide: a formula opens them, or they are a
    decision register's infinitive clause (`Het manifest mede te ondertekenen.`); a proposal
    that a decision at most two sentences on answers is recorded by that decision. A
    sentence whose formula sets nothing reports (`De heer X zal later op de middag
    aanschuiven`: who joins the meeting late), also in a decision field."""
    sentences = split_sentences(item.text)
    found: list[Item] = []
    proposed: int | None = None  # the sentence of a proposal read last
    for n, sentence in enumerate(sentences):
        formula = _formula_at(sentence)
        if not (formula or _is_infinitive_clause(sentence) or _is_bare_dictum(sentence)):
            continue
        if formula and _sets_nothing(formula[0], sentence[formula[1] :]):
            continue
        if formula and _decides(formula[0]) and proposed is not None and n - proposed <= 2:
            found.pop()  # `De voorzitter stelt voor ... De raad kan zich hierin vinden.`
        found.append(Item(item.page_no, item.number, sentence, item.used))
        proposed = n if formula and formula[0].proposal else None
    return found


#: an auxiliary or modal verb: a sentence that reports (`Hij heeft ... benoemd dient te
#: worden.`, `... verzoekt de voorzitter om de commissie op te heffen.`), no register's clause
_FINITE_RE = re.compile(
    r"\b(?:wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|had|hadden|dient|dienen"
    r"|zal|zullen|kan|kunnen|moet|moeten)\b",
    re.IGNORECASE,
)


def _is_infinitive_clause(sentence: str) -> bool:
    """`sentence` is a decision register's infinitive clause (`Het manifest mede te
    ondertekenen.`): it ends in `te` + verb and has no finite verb of its own."""
    return (
        bool(_rules()["infinitive_decision"].search(sentence))
        and not _FINITE_RE.search(sentence)
        and not _rules()["connective_verb_second"].match(sentence)
    )


#: a dictum drafted as a bare infinitive is short: an object and its verb
MAX_BARE_DICTUM_WORDS = 5


def _is_bare_dictum(sentence: str) -> bool:
    """`sentence` is a decision's dictum drafted as a bare infinitive, its verb last and a
    cue of `decision_cues.jsonl` (`Gemeenteraad informeren.`, `Begroting vaststellen.`): a
    few words, no finite verb of its own."""
    words = sentence.rstrip(" .;").split()
    return (
        0 < len(words) <= MAX_BARE_DICTUM_WORDS
        and words[-1].islower()
        and words[-1].endswith("en")
        and bool(_cue_labels(words[-1]) & ROW_CUE_LABELS)
        and not _FINITE_RE.search(sentence)
    )


def _is_register_clause(text: str) -> bool:
    """`text` is drafted as a decision register's dictum, capitalised or not: an infinitive
    clause with `te` (`De raad te informeren over ...;`, `In te stemmen met ...`, `Voor
    deelname ... uit te nodigen de burgemeesters`), no auxiliary of its own (`Belangstellenden
    zijn welkom de vergadering bij te wonen` invites, it decides nothing). A subordinate
    clause after its words (`... te hanteren, tenzij ... mogelijk is;`) has a verb of its own."""
    clause = _lowered(text)
    own = _rules()["dictum_subclause"].split(clause, maxsplit=1)[0]
    return bool(_rules()["dictum_item"].match(clause)) and not _FINITE_RE.search(own)


def _adopted_points(lines: Lines, i: int) -> tuple[list[Item], int] | None:
    """(points, index after them) when the label at lines[i] gives a bare verdict on the
    proposal (`Besluit: akkoord conform voorstel`) and the proposal's numbered points follow,
    drafted as a register's dicta (`1. De portefeuilleverdeling ... vast te stellen.`, `2.
    ... de volgende aanwijzing te hanteren:` over its bullets): each point is a decision the
    verdict took, the verdict none of its own. None for any other label."""
    label = decision_label(lines[i][1])
    if label is None or label[0] != "besluit" or label[1]:
        return None
    if not _rules()["verdict"].match(label[3]):
        return None
    k = _next_filled(lines, i + 1)
    first = _rules()["bullet"].match(lines[k][1]) if k is not None else None
    if not first or first["num"] != "1":
        return None
    points, j = _list_below(lines, i + 1)
    dicta = [it for it in points if _is_register_clause(it.text)]
    if len(points) < MIN_DICTUM_ITEMS or 2 * len(dicta) <= len(points):
        return None
    return points, j


def _undecided_proposals(found: list[tuple[str, bool, Item]]) -> list[tuple[str, bool, Item]]:
    """`found` without the proposals a decision right below them decides (`Voorgesteld
    besluit` over `Besluit`): the decision is the record of both."""
    gap = _rules()["decided_proposal_gap"]
    decided = [it.used.start for _, proposal, it in found if not proposal and it.used]
    return [
        _with_result(kind, proposal, it)
        for kind, proposal, it in found
        if not (proposal and it.used and any(0 < d - it.used.stop + 1 <= gap for d in decided))
    ]


def _with_result(kind: str, proposal: bool, item: Item) -> tuple[str, bool, Item]:
    """A proposal whose text closes with the result field and a verdict that adopts it
    (`... vast te stellen Besluit Akkoord`) as the decision taken, without the field."""
    rules = _rules()
    field = rules["result_field"].match(item.text) if proposal else None
    if not field or not rules["verdict"].match(field["verdict"].rstrip(" .")):
        return kind, proposal, item
    return kind, False, replace(item, text=field["text"])


def _orphan_decisions(
    lines: Lines, orphans: list[tuple[int, str, bool]], found: list[tuple[str, bool, Item]]
) -> list[tuple[str, bool, Item]]:
    """Items for plural labels with nothing below them ("Gemaakte afspraken" in a form's
    label column, or OCR put the label's column apart from its items): the nearest run of
    items no other label took (`_nearest_run`)."""
    taken = {k for _, _, item in found for k in item.used}
    adopted: list[tuple[str, bool, Item]] = []
    for at, kind, proposal in orphans:
        for item in _nearest_run(lines, at, taken):
            adopted.append((kind, proposal, item))
            taken.update(item.used)
    return adopted


def _names_owner(rest: str, label: str) -> bool:
    """`rest`, the text after a plural label's colon, names who acts, no task: a few words
    (MAX_FIELD_WORDS), no sentence, a name's capital or a mention's `@` (`geen` names none)."""
    return (
        bool(_rules()["list_label"].search(label))
        and len(rest.split()) <= MAX_FIELD_WORDS
        and not _ends_statement(rest)
        and bool(re.search(r"[@A-Z]", rest))
    )


def _below_label(lines: Lines, i: int, rest: str, line: str) -> tuple[list[Item], int]:
    """The items a label at lines[i] opens, and the index after them. A plural label whose
    rest names only who acts (`Actiepunten: @opvolger Gül`, `Acties: Jan`) heads the list
    below it as a bare one does."""
    if rest and _names_owner(rest, line):
        items, j = _list_below(lines, i + 1)
        if items:
            return items, j
    if rest and (points := _adopted_points(lines, i)) is not None:
        return points
    if rest:
        text, j = _collect(lines, i + 1, rest)
        return [Item(lines[i][0], None, text, range(i, j))], j
    items, j = _list_below(lines, i + 1)
    if items:
        return items, j
    is_list = bool(_rules()["list_label"].search(line))
    owned, j = _tasks_over_owners(lines, i + 1) if is_list else ([], i)
    if owned:
        return owned, j
    return _paragraphs(lines, i + 1, is_list)
