"""Decisions stated as sentences: a formula of `decision_labels.json` opens them (`Besloten
wordt ...`, `Het verslag wordt vastgesteld.`), a paragraph that says the points below it were
decided, and a bare verdict (`Akkoord.`) below the item it decides, an outcome line whose
object is the item itself among them (`De Raad keurt het punt goed.`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from pipeline.bodies import body_subject_end
from pipeline.decisions.lists import _items
from pipeline.decisions.rules import (
    CUES_FILE,
    DECIDING_LABEL,
    MIN_ITEM_WORDS,
    Item,
    Lines,
    _Formula,
    _rules,
    decision_label,
)
from pipeline.decisions.text import (
    GLUED_STOP,
    TITLE_RUN_IN,
    _collect,
    _ends_open,
    _ends_statement,
    _filled_above,
    _first_sentence,
    _is_heading,
    _is_meaningful,
    _join,
    _next_filled,
    _wraps,
)
from pipeline.nlp import get_nlp, rule_matchers, split_sentences


def _with_subject(lines: Lines, at: int, item: Item) -> Item:
    """A bare verdict (`conform advies`) as `<the item's subject>: conform advies`, the
    subject being the numbered title or `Onderwerp:` line just above the label at `at`."""
    rules = _rules()
    if _is_meaningful(item.text) or not rules["verdict"].match(item.text.strip()):
        return item
    subject = _subject_above(lines, at)
    if subject is None:
        return item
    title = subject[1]
    return Item(item.page_no, item.number, f"{title}: {item.text.strip()}", item.used)


def _subject_above(lines: Lines, at: int) -> tuple[int, str] | None:
    """(line, title) of the numbered title or `Onderwerp:` line just above line `at`."""
    rules = _rules()
    seen = 0
    for k in range(at - 1, -1, -1):
        line = lines[k][1]
        if not line:
            continue
        seen += 1
        if seen > rules["verdict_subject_lines"] or decision_label(line):
            break
        m = rules["heading"].match(line) or rules["subject_label"].match(line)
        if m:
            title = m["title"].strip()
            labelled = rules["subject_label"].match(title)  # `5. Onderwerp: Verkoop ...`
            return k, labelled["title"].strip() if labelled else title
    return None


#: Words a sentence a formula opens needs: the subject and its participle (`Notulen vastgesteld`).
MIN_FORMULA_WORDS = 2

#: `De raad heeft ingestemd met het volgende voorstel:`: what was decided is the list below
#: a lead-in that announces what follows (`de volgende ...:`), or whose clause stops at the
#: word that opens its complement (`... neemt kennis van het besluit van de burgemeester om:`):
#: the points below complete it
_LIST_LEAD_IN_RE = re.compile(
    r"\b(?:volgende|als\s+volgt|onderstaande)\b[^.]*:\s*$|\b(?:om|dat|tot)\s*:\s*$", re.I
)


def _sentence_decisions(
    lines: Lines,
    taken: set[int],
    before_meeting: bool = False,
    decided: frozenset[int] = frozenset(),
    doc_type: str | None = None,
) -> list[tuple[str, bool, Item]]:
    """(kind, proposal, item) for each sentence a decision formula opens (`Besloten wordt
    ...`, `Afgesproken wordt dat ...`, `De wethouder zegt toe ...`, `Het bestuur stelt voor
    ...`: a proposal) on lines no label took, nor an announcement (`Mededeling Martin:
    Beheermodel is vastgesteld ...` reports what was decided elsewhere). In a paper written
    `before_meeting` (an agenda) a formula that only a record decides by opens nothing;
    `decided`: the lines of the points another step read as decisions; `doc_type`: the
    document's type, which a formula limited to some types (`doc_types`) must have."""
    announced = {k for k, (_, line) in enumerate(lines) if _rules()["announcement"].match(line)}
    scan = _SentenceScan(
        lines,
        # the lines a label or a decision was read from, and what no decision is read from
        set(taken) | announced | _motivation_lines(lines),
        [_formula_on(lines, k) for k in range(len(lines))],
        before_meeting,
        decided,
        doc_type,
    )
    k = 0
    while k < len(lines):
        k = scan.line(k)
    return _restated_adoptions(lines, scan.found)


def _restated_adoptions(
    lines: Lines, found: list[tuple[str, bool, Item]]
) -> list[tuple[str, bool, Item]]:
    """`found` without a sentence that adopts `this proposal` right after a decision, with
    no proposal between them (`Door de ledenvergadering werd ingestemd om ... de contributie
    ... te verhogen ... Dat betekent € 26,50 per lid ... Met dit voorstel werd met grote
    meerderheid ingestemd.`): it tells the vote on that decision, one decision printed
    twice. After a proposal (`... wordt aan de vergadering voorgelegd ... Dit voorstel wordt
    ... aangenomen.`) the adoption is the decision and stays."""
    kept: list[tuple[str, bool, Item]] = []
    for entry in found:
        before = kept[-1] if kept else None
        if not (before is not None and _adopts_it_again(lines, before, entry)):
            kept.append(entry)
    return kept


def _adopts_it_again(
    lines: Lines, before: tuple[str, bool, Item], entry: tuple[str, bool, Item]
) -> bool:
    """`entry` adopts `this proposal` a few lines below the decision `before`, and no
    proposal is printed between them: its antecedent is that decision."""
    rules = _rules()
    (kind, _, item), (kind_before, proposal_before, decided) = entry, before
    if not (kind == kind_before == "besluit" and not proposal_before):
        return False
    if not rules["adopted_again"].match(item.text):
        return False
    if item.used.start - decided.used.stop > rules["decided_proposal_gap"]:
        return False
    between = _between(lines, decided, item)
    return between is not None and not rules["proposal_word"].search(between)


def _between(lines: Lines, first: Item, second: Item) -> str | None:
    """The text printed between the end of `first` and the start of `second` (an item read
    later, at most a few lines below); None where either text is not found as printed."""
    span = " ".join(text for _, text in lines[first.used.start : second.used.stop])
    span = " ".join(span.split())
    end = span.find(" ".join(first.text.split()))
    start = span.find(" ".join(second.text.split()))
    if end < 0 or start < 0:
        return None
    end += len(" ".join(first.text.split()))
    return span[end:start] if start >= end else None


@dataclass
class _SentenceScan:
    """The state of `_sentence_decisions` as it reads the lines top to bottom."""

    lines: Lines
    read: set[int]  # lines a decision was read from, or that hold none
    formulas: list[tuple[_Formula, int] | None]  # the formula each line opens with
    before_meeting: bool
    decided: frozenset[int]  # the lines of points another step read as decisions
    doc_type: str | None  # the document's type, for a formula limited to some types
    found: list[tuple[str, bool, Item]] = field(default_factory=list)
    tail: str | None = None  # the rest of a line after a proposal that ended on it

    def line(self, k: int) -> int:
        """Read the decisions of line `k`; the next line to read."""
        lines, read = self.lines, self.read
        listed = _decided_list(lines, k, read) if k not in read else []
        if listed:
            self.found += listed  # `... en besluiten zij als volgt:` over the points decided
            read.update(n for _, _, item in listed for n in item.used)
        # an item's outcome line (`De Raad keurt het punt goed.`) is its verdict, read below
        skipped = k in read or _above_verdict(lines, k) or _closes_item(lines[k][1])
        opened = None if skipped else self.formulas[k]
        if opened is not None:
            return self._formulas(k, opened, listed)
        stated = None if k in read else _verdict_on_heading(lines, k, read)
        if stated := stated or (None if k in read else _article_dictum(lines, k)):
            self.found.append(("besluit", False, stated))
            read.update(stated.used)
        return max([k + 1, *(item.used.stop for _, _, item in listed)]) if listed else k + 1

    def _formulas(self, k: int, opened: tuple[_Formula, int], listed: list) -> int:
        """The decisions of the formulas on line `k` (a paragraph on one line can record
        several, one sentence each); the line after the last one read."""
        page_no, line = self.lines[k]
        limit = _next_decision_line(self.lines, k, self.formulas)
        reach = _sentence_reach(self.lines, limit, self.formulas)
        j = k + 1
        # the text between the last proposal read and this line's first formula
        between = None
        found = self.found
        if (
            self.tail is not None
            and opened[1] == 0
            and found[-1][1]
            and found[-1][2].used.stop == k
        ):
            between = self.tail  # the proposal ended the line above
        proposed = None  # (index in found, offset of its end) of a proposal on this line
        self.tail = None
        for formula, start in [opened, *_later_formulas(line, opened[1])]:
            text, end = _clause_text(self.lines[:reach], k, formula, start, opened[1])
            end = min(end, limit)  # the next decision's line is read on its own
            j = max(j, end)
            if (
                text is None
                or _sets_nothing(formula, text)
                or (self.before_meeting and formula.in_record)
                or (bool(formula.doc_types) and self.doc_type not in formula.doc_types)
                or (formula.consequence and self._after_decision(k))
            ):
                continue
            over_table = (
                _decides(formula)
                and (
                    _table_row_at(self.lines, end)
                    or (not listed and _heads_no_points(self.lines, end, text))
                )
                and _is_meaningful(text, MIN_FORMULA_WORDS)
            )
            if not (over_table or _states_decision(text, listed, formula.proposal)):
                continue
            if not listed and _heads_points_read(self.lines, end, text, self.decided):
                continue
            if proposed:
                between = line[proposed[1] : start]
            if between is not None and _decides(formula) and _answers(between, text):
                found.pop()  # the decision that follows the proposal records it
            if self._take(formula, Item(page_no, None, text, range(k, end)), k):
                proposed = (len(found) - 1, start + len(text)) if formula.proposal else None
                between = None
        if proposed and j == k + 1:
            self.tail = line[proposed[1] :]  # the proposal's sentence ended on this line
        return j

    def _after_decision(self, k: int) -> bool:
        """The last decision read stands right before line `k`'s next sentence in its
        paragraph: earlier on the line, or on the line above when line `k` opens no item of
        a list (`... ingestemd.` over `Voortaan zullen de stukken ...`)."""
        if not self.found:
            return False
        used = self.found[-1][2].used
        return k in used or (
            used.stop == k and _rules()["bullet"].match(self.lines[k][1].strip()) is None
        )

    def _take(self, formula: _Formula, item: Item, k: int) -> bool:
        """Record the decision `item` states; False when the points above it (which it
        adopts) or the article below it (its dictum) are the decisions instead."""
        points = (
            _adopted_list_above(self.lines, k, item.text, self.read) if _decides(formula) else []
        )
        if points:  # the sentence adopts the points above it: they are the decisions
            self.found += [("besluit", False, point) for point in points]
            self.read.update({n for point in points for n in point.used} | set(item.used))
            return False
        if _over_article(self.lines, item):
            self.read.update(item.used)  # the dictum below states the decision
            return False
        self.found += [
            (formula.kind, formula.proposal, clause)
            for clause in (_coordinated_decisions(item) if _decides(formula) else [item])
        ]
        self.read.update(item.used)
        return True


def _states_decision(text: str, listed: list, proposal: bool = False) -> bool:
    """Whether a formula's clause states a decision: a formula names its decision in as few
    as two words (`Notulen vastgesteld`); a line in capitals is a headline over the text that
    states it (`BEGROTING AKKOORD`); a lead-in ends in a colon over the points (read apart),
    but a proposal's lead-in whose points no step read as decided is the proposal, its points
    what it acts on (`Ik stel voor de volgende wetsvoorstellen toe te voegen aan de agenda:`
    over the bills' titles)."""
    return (
        _is_meaningful(text, MIN_FORMULA_WORDS)
        and not text.isupper()
        and not (_LIST_LEAD_IN_RE.search(text) and not (proposal and not listed))
        # heads the points read, unless a clause of its own closed before it (`De raad stelt
        # de gebiedsvisie ... vast en stemt in met:`)
        and not (listed and text.rstrip().endswith(":") and not _OWN_CLAUSE_LEAD_RE.search(text))
    )


def _heads_points_read(lines: Lines, k: int, text: str, decided: frozenset[int]) -> bool:
    """`text`, a lead-in that ends in a colon (`Het algemeen bestuur besluit conform
    voorstel:`), stands over points another step read as the decisions (a decision list's
    numbered points, read by its register): it heads them, as it heads the points it reads
    itself, and decides nothing of its own."""
    if not text.rstrip().endswith(":") or _OWN_CLAUSE_LEAD_RE.search(text):
        return False
    at = _next_filled(lines, k)
    return at is not None and at in decided and bool(_rules()["bullet"].match(lines[at][1]))


#: a lead-in whose first clause closes with its verb's particle before the clause that
#: heads the points (`... vast en stemt in met:`): that first clause decides on its own
_OWN_CLAUSE_LEAD_RE = re.compile(r"\s(?:vast|goed|af|toe)\s+en\s+[^.:;]*:\s*$")


#: a table's row as a web page's text prints it, its cells closed by pipes (`Geel | 21,34% |`)
_TABLE_ROW_RE = re.compile(r"\S\s*\|\s*\S")


def _table_row_at(lines: Lines, k: int) -> bool:
    """The first filled line from `k` on is a table's row: a decision's lead-in right above
    it (`De gemeenteraad keurt volgende financiële verdeelsleutel ... goed:` over `Geel |
    21,34% |`) adopts the table, which holds figures, not decisions of their own; the
    lead-in states the decision."""
    at = _next_filled(lines, k)
    return at is not None and bool(_TABLE_ROW_RE.search(lines[at][1]))


def _heads_no_points(lines: Lines, k: int, text: str) -> bool:
    """`text`, a decision's lead-in that ends in a colon (`... gaat de vergadering unaniem
    akkoord en luidt vanaf 1 januari 1985 als volgt:`), heads no points of its own: the
    first filled line from `k` on goes on with its sentence in lower case, over the line
    break (the figures it decides: `tot en met 15 jaar f. 4,- per maand,`), or holds no
    words (`(3)`: the page's mark where the table it adopts was left out), or there is none.
    The lead-in states the decision. Over a sentence of its own or a point, it heads what
    follows, read apart."""
    if not _LIST_LEAD_IN_RE.search(text):
        return False
    at = _next_filled(lines, k)
    if at is None:
        return True
    below = lines[at][1].strip()
    return below[:1].islower() or not _is_meaningful(below, min_words=1)


def _next_decision_line(lines: Lines, k: int, formulas: list[tuple[_Formula, int] | None]) -> int:
    """The line below `k` where the next decision opens: the next sentence that opens with a
    formula is the next decision, not a wrap; a formula read at the start of a line that goes
    on with this one's sentence is its own (`Op advies van de` / `kascommissie verleent de
    vergadering ... decharge`). Past `_collect`'s reach, or with none, the text's end."""
    reach = min(len(lines), k + 1 + 2 * _rules()["max_item_lines"])  # what _collect takes
    return next(
        (
            m
            for m in range(k + 1, reach)
            if formulas[m] and not _opens_mid_sentence(lines, m, formulas[m])
        ),
        len(lines),
    )


def _sentence_reach(lines: Lines, limit: int, formulas: list[tuple[_Formula, int] | None]) -> int:
    """The lines a sentence read above `limit` may run on over: also the line at `limit` when
    its decision opens further on and the line starts by going on with the sentence above
    (`De OR beslist dat er na het zakelijke gedeelte` / `een spreker moet komen. Hennie neemt
    dit mee ...`): the sentence ends there, the next decision opens after it."""
    formula = formulas[limit] if limit < len(lines) else None
    if formula is not None and formula[1] > 0 and _goes_on(lines, limit):
        return limit + 1
    return limit


#: the most words of a line that heads a section of a decision page (`adviezen en visum`)
_SECTION_HEADING_WORDS = 5


def _motivation_lines(lines: Lines) -> set[int]:
    """The lines of a decision page's background sections (`aanleiding`, `feiten, context en
    argumentatie`), each up to the next heading: a short line of its own without a period,
    or the dictum's first article, which a page may print with no `Besluit` heading above it
    (`Art. 1 : De Raad beslist ...`, read as the point `1. De Raad beslist ...`)."""
    rules = _rules()
    found: set[int] = set()
    inside = False
    for k, (_, line) in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if rules["motivation_heading"].match(text):
            inside = True
        elif len(text.split()) <= _SECTION_HEADING_WORDS and not _ends_statement(text):
            inside = False  # the next section's heading (`adviezen en visum`)
        elif _opens_dictum(text):
            inside = False
        if inside:
            found.add(k)
    return found


def _opens_dictum(text: str) -> bool:
    """`text` is a dictum's first article as a numbered point that the body's decision
    formula opens right after its number (`1. De Raad beslist zijn goedkeuring te hechten
    ...`): the page decides from here on, its background stands above."""
    m = _rules()["bullet"].match(text)
    if m is None or m["num"] != "1":
        return False
    opened = _formula_at(text)
    return bool(opened and opened[1] == m.start("text") and _decides(opened[0]))


#: the heading of a decision's dictum (`Enig artikel`, `Artikel 1`)
_ARTICLE_RE = re.compile(r"^(?:enig\s+artikel|artikel\s+1)\s*[.:]?$", re.IGNORECASE)


def _article_dictum(lines: Lines, k: int) -> Item | None:
    """The dictum right below its article's heading (`Enig artikel` over `Goedkeuring te
    hechten aan de notulen van ...`): a decree states its decision there in any words, the
    body's `Besluit:` standing above its considerations, so no formula need open it. None
    for any other line, and for an article that only sends a copy (`Een afschrift ...`)."""
    above = _filled_above(lines, k)
    if above is None or not _ARTICLE_RE.match(lines[above][1].strip()):
        return None
    text, end = _collect(lines, k + 1, lines[k][1].strip())
    text = _first_sentence(text)
    if not _is_meaningful(text, MIN_FORMULA_WORDS) or _rules()["restated"].search(text):
        return None
    if _bare_label(text):
        return None  # `Artikel 1` over `Het college besluit:` over the points it decides
    return Item(lines[k][0], None, text, range(k, end))


def _over_article(lines: Lines, item: Item) -> bool:
    """`item` names the point and its vote (`BESLUIT: Goedkeuring notulen` / `eenparig
    aangenomen.`) over the articles of the dictum (`Enig artikel` / `De gemeenteraad keurt
    ... goed.`): the dictum states the decision, the label's text only heads it."""
    above = _filled_above(lines, item.used.start)
    if above is not None and _ARTICLE_RE.match(lines[above][1].strip()):
        return False  # the dictum of its own article (`Enig artikel:`), over the next one's
    below = _next_filled(lines, item.used.stop)
    return below is not None and bool(_ARTICLE_RE.match(lines[below][1].strip()))


def _coordinated_decisions(item: Item) -> list[Item]:
    """The decisions of a sentence that lists them as passive clauses of their own, each with
    its subject and auxiliary, joined by commas and `en` (`Er werden enkele besluiten genomen:
    het jaarverslag ... werden goedgekeurd en het bestuur werd decharge verleend, de begroting
    2017-2018 werd goedgekeurd`): one item per clause; a part that states no decision of its
    own is the subject of the clause it runs into (`het jaarverslag en de jaarrekening ...
    werden goedgekeurd`), a tail that states none belongs to the clause before it. Any other
    sentence is one item, whole."""
    rules = _rules()
    lead, colon, listed = item.text.partition(": ")
    body = listed if colon and not rules["coordinated_clause"].match(lead) else item.text
    body = body.rstrip(" .")
    spans: list[tuple[int, int]] = []  # where each clause opens and ends in `body`
    start = 0  # where the clause being read opens
    for joint in [*rules["clause_joint"].finditer(body), None]:
        end = joint.start() if joint else len(body)
        if rules["coordinated_clause"].match(body[start:end]):
            spans.append((start, end))
            start = joint.end() if joint else end
    if len(spans) < 2:
        return [item]
    spans[-1] = (spans[-1][0], len(body))  # a tail that decides nothing belongs to the last
    clauses = [body[a:b] for a, b in spans]
    return [Item(item.page_no, item.number, clause, item.used) for clause in clauses]


#: a clause after a semicolon that ends in a colon (`De tekst wordt goedgekeurd; een
#: actiepunt uit die bijeenkomst wordt nog toegelicht:`) leads in to the lines below it: the
#: decision ends at the semicolon
_LEAD_IN_TAIL_RE = re.compile(r"\s*;\s+[^;:]+:\s*$")


def _clause_text(
    lines: Lines, k: int, formula: _Formula, start: int, first: int
) -> tuple[str | None, int]:
    """The text of the decision a formula opens at `start` of lines[k] (read on over wrapped
    lines up to its sentence's end), and the index after it; None for a bare verdict after a
    sentence that decided on the same line (`first`, where the line's first formula opens):
    it confirms that decision."""
    line = lines[k][1]
    text, end = _collect(lines, k + 1, line[start:])
    text = _first_sentence(text)
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()  # a clause that ends a bracketed note: `(... , Rob regelt dit)`
    text = _LEAD_IN_TAIL_RE.sub("", text)
    tag = _issue_tag(line)
    if tag and start == tag.stop:  # the issue's reference names what the line settles
        text = _join([line[tag.start : tag.stop].strip(), text])
    if formula.subject_before:
        if start != first:
            return None, end
        text = _join([line[:start], text])  # the verdict decides what opens the line
    return text, end


def _closes_item(line: str) -> bool:
    """`line` is an item's outcome line whose object is the item itself (`De Raad keurt het
    punt goed.`, `Besluit goedgekeurd in de raad van 19 december 2024`): a verdict on the item
    (`_verdict_on_heading`), no decision of its own (`item_outcome_regex`)."""
    return bool(_rules()["item_outcome"].match(line.strip()))


def _above_verdict(lines: Lines, k: int) -> bool:
    """lines[k] is an item's text of several sentences, a bare verdict set apart below it (a
    council page's account over `Vastgesteld`): the text describes what the verdict decides,
    and the verdict with it is the decision (`_verdict_on_heading`), not its sentences. A
    decision right above a verdict (`Het verslag wordt vastgesteld.` over `Akkoord.`) stays."""
    below = _next_filled(lines, k + 1)
    return (
        below is not None
        and below > k + 1
        and bool(_rules()["verdict"].match(lines[below][1].strip()))
        and len(split_sentences(lines[k][1])) > 1
    )


def _sets_nothing(formula: _Formula, text: str) -> bool:
    """The sentence a formula opens takes no decision at this meeting: it asks, or says that
    none was taken yet or that one will be taken later, or only guesses at what will happen
    (`hedged_regex`; any kind), an actie's sets no task (a question, being present or told,
    a status, a question put to those present, a passive naming no doer), a besluit's or
    afspraak's was taken earlier or is an audit's finding, a besluit's in the passive is
    planned for later; it describes a body's habit or powers as a rule (`standing_regex`) or
    tells the municipality's act (`municipal_doer_regex`); it restates the decision before
    it (`Dit besluit is ... bekrachtigd`) or was cut off after its cue (`Besloten wordt`)."""
    rules = _rules()
    if rules["undecided"].search(text) or text.rstrip().endswith("?"):
        return True  # `..., maar hier is nog geen beslissing over geveld.`, a question
    if rules["hedged"].search(text):
        return True  # a guess at what will happen (`zullen waarschijnlijk ...`), a plan told
    if rules["restated"].search(text):
        return True
    if rules["standing"].search(text):
        return True  # a body's habit or powers told as a rule (`vergadert om de maand`)
    if rules["municipal_doer"].search(text):
        return True  # the municipality's act, told at the meeting of another body
    if formula.kind == "actie":
        # a passive that names no doer tells what will be done, it gives no one a task
        return bool(rules["no_task"].search(text) or rules["ownerless_passive"].search(text))
    if rules["reported"].search(text) or rules["audited"].search(text):
        return True  # taken earlier, or the finding of who checked the accounts
    if rules["reasoned"].search(text):
        return True  # a choice told with its reason explains, it is not taken here
    return formula.kind == "besluit" and bool(rules["scheduled"].search(text))


def _decides(formula: _Formula) -> bool:
    return formula.kind == "besluit" and not formula.proposal


def _answers(between: str, decision: str) -> bool:
    """The decision answers the proposal read last: right after it, or naming it (`Het
    bestuur gaat akkoord met deze voorstellen.`) after the sentences that explain it."""
    return _next_sentences(between) or bool(_rules()["answers_proposals"].search(decision))


def _next_sentences(between: str) -> bool:
    """`between` - the text from a proposal's end to a decision's start - holds at most one
    sentence: the decision answers the proposal (`Voorgesteld wordt om ... te behandelen. De
    commissie stemt in met de gewijzigde agenda.`), also after a reaction to it."""
    return len(re.findall(r"[.!?](?=\s|$)", between.strip())) <= 1


#: a lead that approves what its list holds (`De Raad beslist zijn goedkeuring te hechten
#: aan de agenda van de Buitengewone Algemene Vergadering ... :` over the agenda's items): the
#: lead is the decision, the points are the text approved, no decisions of their own
_APPROVES_RE = re.compile(r"\b(?:goedkeuring\s+te\s+hechten|goed\s+te\s+keuren)\b", re.I)


def _bare_label(text: str) -> bool:
    """A decision label with nothing after its colon (`De raad besluit:`): it heads the
    decisions that follow it, which the label reader reads, and states none itself."""
    label = decision_label(text)
    return label is not None and not label[3] and text.rstrip().endswith(":")


def _decided_list(lines: Lines, k: int, read: set[int]) -> list[tuple[str, bool, Item]]:
    """The bulleted or numbered points below a paragraph whose last sentence says they were
    decided, agreed or adopted (`... en besluiten zij als volgt:`, `Aangenomen voorstellen:`,
    `Deze afspraken omvatten onder andere:`), one decision each (`_decided_points`); none
    when a label (`Het college besluit:` at the line's start, a `Besluit` field above) read
    them."""
    line = lines[k][1]
    if not line or not line.rstrip().endswith(":") or decision_label(line):
        return []
    first = k
    while first > 0 and k - first < _rules()["max_item_lines"] and _wraps(lines, first):
        first -= 1  # the paragraph's last sentence may start on a line above
    # the paragraph's last sentence says what follows was decided or agreed (`decided_list`);
    # not decisions named as what is yet to be taken, the object of `nemen` (`Om afgewogen
    # besluiten te kunnen nemen laat het bestuur zich adviseren door:` over who advises)
    m = _rules()["decided_list"].search(_join([text for _, text in lines[first : k + 1]]))
    if m is None or _APPROVES_RE.search(m.group(0)):
        return []
    items, _ = _items(lines, k + 1, decided=True)
    kind = "afspraak" if m["verb"].lower() in ("afgesproken", "afspraken") else "besluit"
    if any(n in read for item in items for n in item.used):
        return []
    # a list its lead says was decided states each decision in as little as a word
    # (`Volgende besluiten genomen na stemming:` over `- Twee-wekelijks`, `- Hybride vorm`)
    return [(kind, False, item) for item in _decided_points(items)]


def _decided_points(items: list[Item]) -> list[Item]:
    """The points of a list its lead says was decided, each told in its first sentence, the
    comment after it none (`Saskia Meijer is voorlopig (weer) als voorzitter van onze
    vereniging gekozen. Daarbij is aangegeven, dat ...`, ttv-a66 BA); not a point taken for
    information (`decided_point`: `... is ter kennisgeving aangenomen.`; a dictum of taking
    note is one, `de brief voor kennisgeving aan te nemen;`), nor the points
    after one that ends on a colon: they are the sub-points it holds (`... Belangrijke
    uitgangspunten bij het implementeren van de aanbevelingen zijn:` over `• Het proces om
    een begrotingskamer op te richten ...`, curacao-rvm-beslissingen BI)."""
    points: list[Item] = []
    for item in items:
        sentence = _first_sentence(item.text)
        if _is_meaningful(sentence, min_words=1) and _rules()["decided_point"].match(sentence):
            points.append(replace(item, text=sentence))
        if item.text.rstrip().endswith(":"):
            break
    return points


#: how far above its paragraph a list that a sentence points back at may start
_LIST_ABOVE_LINES = 40


def _adopted_list_above(lines: Lines, k: int, text: str, read: set[int]) -> list[Item]:
    """The points of the bulleted or numbered list right above the paragraph of lines[k]
    when `text`, a sentence of that paragraph that decides, points back at them (`Hiermee
    zijn deze onderwerpen ... vastgesteld` below `• Jaarverslag` / `• Begroting`); none
    when it does not, or when another step read the points."""
    if not _rules()["list_back_reference"].search(text):
        return []
    start = k
    while start > 0 and lines[start - 1][1]:
        start -= 1  # the first line of the sentence's paragraph
    bullet = _rules()["bullet"]
    for s in range(start - 1, max(-1, start - 1 - _LIST_ABOVE_LINES), -1):
        if not lines[s][1] or not bullet.match(lines[s][1]):
            continue
        above = _filled_above(lines, s)
        if above is not None and bullet.match(lines[above][1]):
            continue  # not the list's first point
        items, end = _items(lines, s)
        if not items or _next_filled(lines, end) != start:
            return []
        if any(n in read for item in items for n in item.used):
            return []
        return [item for item in items if _is_meaningful(item.text, min_words=1)]
    return []


def _later_formulas(line: str, start: int) -> Iterator[tuple[_Formula, int]]:
    """The decision formulas that open sentences of `line` after the one that opens at
    `start`, each after the end of the sentence before it."""
    end = start + len(_first_sentence(line[start:]))
    for formula, later in _formula_starts(line):
        if later >= end:
            yield formula, later
            end = later + len(_first_sentence(line[later:]))


def _verdict_on_heading(lines: Lines, k: int, taken: set[int]) -> Item | None:
    """`2. Notulen van 27-09-2007` with `Goedgekeurd.` on a line of its own below it (a
    portal's decision timestamp may stand between them): the item decided as `<its title>:
    <verdict>`; without a title, the paragraph right above it
    is what it decides (`Quiet stelt voor ... doneren.` over `Akkoord.`). None for any other
    line, and for a verdict under a decision already read (`Conform.` below the decision it
    confirms)."""
    page_no, line = lines[k]
    bullet = _rules()["bullet"].match(line) if line else None
    if bullet and not bullet["num"] and _rules()["verdict"].match(bullet["text"].strip()):
        return _bulleted_verdict(lines, k, bullet["text"].strip(), taken)
    if not line or not _rules()["verdict"].match(line.strip()):
        return None
    above = _filled_above(lines, k)
    if above is not None and _rules()["decision_timestamp"].match(lines[above][1].strip()):
        above = _filled_above(lines, above)  # `Datum beslissing: ...` stands between them
    if above is None or above in taken:
        return None
    below = _next_filled(lines, k + 1)
    # the dictum below a title's verdict (`Het schepencollege keurt ...`) decides, read or not
    dictum = not _ends_statement(lines[above][1]) and _formula_at(lines[below or k][1])
    if below is not None and (below in taken or dictum or _dictum_further_below(lines, k)):
        return None
    item = _with_subject(lines, k, Item(page_no, None, line.strip(), range(k, k + 1)))
    if item.text != line.strip():
        # a title a register's row read decided already (`2025_PL_00023 - ... - goedkeuring`
        # over the body's and the date's lines and `Goedgekeurd`): the verdict confirms it
        subject = _subject_above(lines, k)
        return None if subject and subject[0] in taken else item
    subject = lines[above][1].strip()
    # a heading set apart above the verdict names its item in a word (`Patchdocumentatie`)
    apart = above == 0 or not lines[above - 1][1]
    short = apart and above < k - 1 and _is_heading(subject)
    if not _is_meaningful(subject, 1 if short else MIN_ITEM_WORDS) or decision_label(subject):
        return None
    return Item(page_no, None, f"{subject.rstrip(' .:;')}: {line.strip()}", range(above, k + 1))


def _dictum_further_below(lines: Lines, k: int) -> bool:
    """The item whose verdict stands at lines[k] prints its dictum further down, under its
    own decision label before any other verdict (a Flemish portal's point: `2025_CBS_00139 -
    Kalender` over its sitting and `Goedgekeurd`, then `Samenstelling`, `Motivering` and
    `Besluit` over `Het college van burgemeester en schepenen beslist: Artikel 1 De kalender
    goed te keuren.`): the dictum decides, the verdict with the title is no row of its own.
    A label below the next numbered point is that point's (oldambt's `1. Besluitenlijst van
    de vergadering van 14 juni 2022` over `Akkoord` keeps its verdict)."""
    verdict = _rules()["verdict"]
    for j in range(k + 1, len(lines)):
        text = lines[j][1].strip()
        numbered = _rules()["bullet"].match(text) if text else None
        if verdict.match(text) or (numbered and numbered["num"]):
            return False  # the next point's (`2. Corona perspectiefplan` over its label)
        label = decision_label(text) if text else None
        if label and label[0] == "besluit" and not label[1]:
            return _next_filled(lines, j + 1) is not None
    return False


def _bulleted_verdict(lines: Lines, k: int, verdict: str, taken: set[int]) -> Item | None:
    """A bare verdict as a note's bullet (`* goedgekeurd` below a link to the minutes it
    approves): it decides its section, `<the section's heading>: <verdict>`, the heading
    being the first line above the bullets around it that is no bullet and no sentence."""
    rules = _rules()
    for j in range(k - 1, max(-1, k - 1 - rules["verdict_subject_lines"]), -1):
        line = lines[j][1]
        if not line or rules["bullet"].match(line):
            continue
        if j in taken or _ends_statement(line) or not _is_meaningful(line, min_words=2):
            return None
        heading = line.strip().rstrip(" :")
        return Item(lines[k][0], None, f"{heading}: {verdict}", range(j, k + 1))
    return None


def _formula_on(lines: Lines, k: int) -> tuple[_Formula, int] | None:
    """The formula a sentence on line k opens, read on into the next line where the sentence
    wraps (`Het verslag van 12 maart wordt` / `ongewijzigd vastgesteld.`)."""
    line = lines[k][1]
    if not line:
        return None
    found = _formula_at(line)
    if found is not None and found[1] == 0 and found[0].own_line and _wraps_item(lines, k):
        found = None  # a telegram line is a line of its own, not the wrap of one above
    # `van 12 maart wordt met een wijziging vastgesteld.` ends the sentence above it
    mid_sentence = _goes_on(lines, k)
    if found is not None and found[1] == 0 and mid_sentence:
        found = next((f for f in _formula_starts(line) if f[1] > 0), None)
    following = lines[k + 1][1] if k + 1 < len(lines) else ""
    if found is None and following and not line.rstrip().endswith((".", ":", ";")):
        # read on into the next line, still from no sentence the line above began (a PDF's
        # wrap: `... binnen het kennisplatform is` / `besloten om de nummering ... De`)
        joined = f"{line} {following}"
        at_start = not mid_sentence or _opens_above(lines, k, joined)
        wrapped = next((f for f in _formula_starts(joined) if f[1] > 0 or at_start), None)
        opened_here = wrapped is not None and wrapped[1] < len(line)
        runs_on = following[:1].islower() or (
            opened_here and _after_sentence(line[: wrapped[1]], following)
        )
        found = wrapped if opened_here and runs_on else None
    return found


def _opens_above(lines: Lines, k: int, joined: str) -> bool:
    """The sentence that lines[k] goes on with opens with a decision formula, read from its
    start on the line above (`... budget 2009. De` / `jaarrekening 2009 ... wordt unaniem
    gunstig` / `geadviseerd.`), or its last main clause does: lines[k] (`joined`: with the
    next line) carries its formula."""
    above = lines[k - 1][1].rstrip()
    head = _sentence_before(above, len(above)).strip()
    if head == above.strip() and _goes_on(lines, k - 1):
        return False  # the sentence began higher up still
    # or its main clause after `, maar` (`We zoeken ..., maar voor` / `de lange termijn gaan
    # we een vacature advertentie opstellen ...`)
    clause = list(re.finditer(r",\s+maar\s+", head))
    heads = [head, head[clause[-1].end() :]] if clause else [head]
    found = (_formula_at(f"{h} {joined}") for h in heads)
    return any(f is not None and f[1] == 0 for f in found)


def _after_sentence(before: str, following: str) -> bool:
    """A sentence begun after another on a line of prose goes on below also with a capital
    (`... beleid. De ARV ... benoemt Anry Kleine Deters en Vincent` / `Veldhorst tot ...`):
    a word in lower case ends the sentence `before` it; after a heading's number or an
    abbreviation (`2. Notulen`, `Nr. Onderwerp Besluit`) the line below may be a row, a
    label or an item of its own."""
    return (
        bool(re.search(r"[a-zà-ÿ]{2}[.!?]\s+$", before))
        and not following[:1].isdigit()
        and not decision_label(following)
        and not _rules()["bullet"].match(following)
    )


def _opens_mid_sentence(lines: Lines, k: int, formula: tuple[_Formula, int]) -> bool:
    return formula[1] == 0 and _goes_on(lines, k)


def _goes_on(lines: Lines, k: int) -> bool:
    """lines[k] goes on with the unfinished sentence above it: it starts in lower case, or
    the line above ends in a function word, over a capital too (a PDF's wrap: `Arjan doet de
    suggestie dit naar` / `Ingrid Hamer te mailen.`)."""
    if not (k and _wraps(lines, k)):
        return False
    return lines[k][1][:1].islower() or _ends_open(lines[k - 1][1])


def _wraps_item(lines: Lines, k: int) -> bool:
    """lines[k] goes on with the unfinished text of the line above it, no heading or title
    (`- Besluit tot vaststelling ... is in de MIDO` over `Programmeringstafel ...`)."""
    return bool(k) and _wraps(lines, k) and not _is_heading(lines[k - 1][1])


#: a bullet or a list's letter that opens a line before its sentence (`b) De contributie ...`)
_OPENING_BULLET_RE = re.compile(r"(?:[-–•*·▪]|[a-h]\))\s*")


def _issue_tag(line: str) -> range | None:
    """Where the reference to an issue stands that opens a line of an issue list, after its
    bullet if it has one (`Issue 56 `, `- [issue #10] `, `BOMOS-Verdieping [issue #18] `)."""
    at = (bullet := _OPENING_BULLET_RE.match(line)) and bullet.end() or 0
    tag = _rules()["issue_tag"].match(line[at:])
    return range(at, at + tag.end()) if tag else None


def _formula_at(line: str) -> tuple[_Formula, int] | None:
    """(formula, offset) of the first sentence in `line` that opens with a decision formula."""
    return next(_formula_starts(line), None)


def _formula_starts(line: str) -> Iterator[tuple[_Formula, int]]:
    """(formula, offset) of each sentence in `line` that opens with a decision formula."""
    # a bullet, or a list's letter (`b) De contributie blijft € 5.`), opens the sentence
    bullet = _OPENING_BULLET_RE.match(line)
    # so does an issue list's reference to the issue the line settles (`Issue 56 Afgesproken
    # is deze in een RFC ... mee te nemen.`): it names the point, as an item's title does
    tag = _issue_tag(line)
    starts = [tag.stop if tag else bullet.end() if bullet else 0]
    # `2. Verslag vorige vergadering; Het verslag wordt vastgesteld.`: a clause of its own,
    # also in lower case after a semicolon (`Geen vragen; de vergadering keurt ... goed.`)
    # and after `en` (`Geen vragen en de vergadering besluit ... vast te stellen.`) or a
    # comma before a capital (`... niet verstuurd, Karin stuurt hem rond.`) or `en` (`...
    # vraagt om opmerkingen, en bij geen verder commentaar is er een akkoord ...`) or a dash
    # after an item's title (`Notulen vorige vergadering – Notulen vastgesteld`); an ellipsis
    # ends a sentence as a period does (`... leeggeroofd… En nadat ... decharge verleend`);
    # a telegram participle in capitals opens a sentence whose period was lost (`... vanwege
    # omstandigheden Afgesproken is dat ...`); a count opens a sentence after a stop, a
    # word in lower case after it (`Er wordt gestemd. 8 stemmen unaniem voor Wim als ...`);
    # a press release's reference in brackets or a row of asterisks set between two
    # sentences (`... 1999. ( persbericht 1 van 27/03/1998) De Ministerraad nam ...`)
    # and a sentence that closes a quote (`... de overeenkomst ‘... eeuw.’ Heemraad X zal ...`);
    # minutes in running prose join a clause of its own with a new subject: `er` after `en`
    # (`... kunnen nemen en er wordt besloten dit ... op te nemen`), a named person with a
    # verb in the singular after `en` (`De kosten zijn afgerekend en Nico stuurt nog een
    # overzichtje.`; `Jan en Piet gaan` is one subject, its verb plural) and a pronoun in
    # lower case after a comma or `dus` (`Dat is ontschoten bij de secretaris, hij zal direct
    # de notulen ... sturen.`): a subordinate clause would put its verb first after a comma;
    # not a passive, which tells what befalls the one named before it (`Er is bericht van
    # verhindering van Eva Kok, zij wordt vervangen door Tim Bos.`)
    clause = (
        r"[.!?;:,…][’”\"]?\s+(?=[A-Z])|\s*[–—]\s+(?=[A-Z])|;\s+(?=[a-z])"
        r"|,?\s+en\s+(?=(?:de|het|er)\s)|,?\s+en\s+(?=[A-Z][\w'-]+\s+[a-z]+t\s)"
        r"|(?:,|\s+dus)\s+(?=(?:hij|zij|ze|we|wij)\s+(?!(?:wordt|worden|werd|werden)\b)[a-z])"
        r"|[.!?]\s+\([^()]{1,80}\)\s+(?=[A-Z])|[.!?]\s+(?:\*\s+)+(?=[A-Z])"
        r"|[.!?]\s+(?=\d+(?:[.,]\d+)?\s*%?\s+[a-z])"
        r"|,\s+en\s+(?=[a-z])"
        r"|(?<=[a-z])\s+(?=(?:Afgesproken|Besloten|Geconcludeerd)\s+(?:is|wordt|werd|om|dat)\b)"
        rf"|{TITLE_RUN_IN}"  # a title ran into it (`... 2015 Het ...`)
        rf"|{GLUED_STOP}"  # a web page lost the space after the stop (`agenda.De ...`)
    )
    # a clause joined inside a condition (`Als er geen opmerkingen ... en het verslag ...`)
    # belongs to it: only a sentence's own start opens a decision there
    starts += [
        m.end()
        for m in re.finditer(clause, line)
        if not _rules()["condition"].match(_sentence_before(line, m.end()))
        and not _rules()["abbreviation_dot"].match(line, m.start())  # `dhr. Kool`: a name
    ]
    for start in starts:
        sentence = _first_sentence(line[start:])  # a formula does not run on into the next
        formula = _opening_formula(sentence, start == starts[0])
        if formula is not None:
            yield formula, start


def _opening_formula(sentence: str, first: bool) -> _Formula | None:
    """The formula `sentence` opens with, also with its verb before its subject after a
    connective adverb or a fronted clause of reason (`Tevens gaat de vergadering akkoord
    ...`: read as `de vergadering gaat akkoord ...`), and a body's decision wherever its
    main clause stands (`_body_decides`). A bare verdict decides the text before
    it on its line: alone (the `first` sentence, after a bullet or not), it is an item's
    verdict below its title (`_verdict_on_heading`)."""
    formulas = _rules()["formulas"]
    # a clause of reason set before it (`Omdat ..., hebben we besloten ...`) leaves the main
    # clause to open the sentence, its verb first as after a connective adverb
    fronted = _rules()["fronted_clause"].match(sentence)
    readings = [sentence, sentence[fronted.end() :]] if fronted else [sentence]
    # an insertion between dashes (`De Ministerraad heeft - na advies van ... - een
    # voorontwerp van wet goedgekeurd`) stands outside the clause the formula reads
    plain = _rules()["insertion"].sub(" ", sentence)
    readings += [plain] if plain != sentence else []
    found = next(
        (
            f
            for reading in readings
            for f in formulas
            if f.regex.match(reading) and not (f.subject_before and first)
        ),
        None,
    ) or next(
        # a body that decides after a fronted phrase, by any formula that decides (`Naast
        # de verschillende plichtplegingen ... kreeg het bestuur decharge ...`)
        (
            f
            for reading in _after_fronted(plain)
            for f in formulas
            if _decides(f) and not f.subject_before and f.regex.match(reading)
        ),
        None,
    )
    if found is not None or any(_body_decides(reading) for reading in readings):
        return found or _BODY_DECIDES
    if (task := _second_task(plain)) is not None:
        return task
    inverted = _rules()["inverted_opening"].match(sentence)
    if inverted is None:
        return None
    # `Daarna gaat de commissie aan het werk`: what comes next in an account, no task set
    told = bool(_rules()["inverted_future"].match(inverted["verb"]))
    found = next(
        (
            f
            for reading in _uninverted(inverted)
            for f in formulas
            if not f.subject_before and not (told and f.kind == "actie") and f.regex.match(reading)
        ),
        None,
    )
    if found is None and any(_body_decides(reading) for reading in _uninverted(inverted)):
        return _BODY_DECIDES  # `Verder gaf de Ministerraad ...`, `Tevens keurt de raad ...`
    return found


#: the formula of a sentence a body opens with the verb by which it decides
#: (`_body_decides`): a besluit, no proposal; its regex stands for no wording of its own
_BODY_DECIDES = _Formula("besluit", re.compile(r"(?!)"), False)

#: the most words a body's verb stands after the body's name (`_body_decides`)
_BODY_VERB_WORDS = 8

#: between a verb and the particle a cue closes it with, a proposal's `voor` or a clause
#: (`om`, `te`, `dat`): the particle is another verb's (`Het bestuur stelt voor om de
#: contributie vast te stellen`), no part of the body's decision
_PARTICLE_OF_ANOTHER_RE = re.compile(r"^voor\b|\b(?:om|te|dat)\b", re.IGNORECASE)


def _body_decides(sentence: str) -> bool:
    """`sentence` records a body's decision: its main clause has the body as its subject and
    a verb by which a body decides, wherever the sentence puts them (`_main_clauses`: after
    a fronted phrase, around an insertion, as the subject's second verb)."""
    return any(_body_opens_decision(clause) for clause in _main_clauses(sentence))


def _body_opens_decision(sentence: str) -> bool:
    """`sentence` opens with the body as its subject (the
    vocabulary of `pipeline.bodies`, else the formulas' `deciding_body`: `De KR`, `Het
    dagelijks bestuur`) and goes on with a verb by which a body decides
    (`decision_cues.jsonl`'s `CUE_DECIDE`: `beslist`, `stemt ... in`, `verleent`,
    `benoemde`), only the rest of the body's name, a note in brackets or an adverb between
    them (`De Raad beslist zijn goedkeuring te hechten ...`, `Het vast bureau neemt kennis
    van ...`, `De KR stemt ook in met ...`, `Het Presidium verleent ontheffing ...`). Not a
    paper named for the body's information (`... ter kennisname`), nor a proposal (`Het
    bestuur stelt voor om ... vast te stellen`), nor a lead-in that names no decision
    but heads the points below it (`Het college besluit:`)."""
    rules = _rules()
    end = _body_end(sentence)
    if end is None or not rules["not_informing"].match(sentence):
        return False
    rest = sentence[end:].lstrip()
    for span in rule_matchers(CUES_FILE).spans(get_nlp().make_doc(rest)):
        if span.start > _BODY_VERB_WORDS:
            return False
        if (
            span.label_ == DECIDING_LABEL
            and rules["deciding_verb_gap"].match(rest[: span.start_char])
            and not _PARTICLE_OF_ANOTHER_RE.search(span[1:-1].text if len(span) > 2 else "")
        ):
            return _names_decision(span, rest[span.end_char :])
    return False


def _body_end(text: str) -> int | None:
    """Where the body `text` opens with as its subject ends in it (`pipeline.bodies`, else
    the formulas' `deciding_body`); None when no body opens it."""
    end = body_subject_end(text)
    if end is None:
        m = _rules()["deciding_body"].match(text)
        end = m.end() if m else None
    return end


#: a lower-case word right before a word: the finite verb a body may follow (`_after_fronted`)
_VERB_RE = re.compile(r"(?<=[\s,])(?P<verb>(?-i:[a-zà-ÿ])[a-zà-ÿ]+)\s+(?=\S)")


def _main_clauses(sentence: str) -> Iterator[str]:
    """`sentence` and its main clause read subject first where something stands before or
    inside it (`main_clause` in `decision_labels.json`): without an insertion between
    dashes, after a fronted phrase with the verb moved behind the body (`Met ... stelt het
    Algemeen Bestuur de Kadernota 2021 vast.` read `het Algemeen Bestuur stelt de Kadernota
    2021 vast.`), and the body with its second verb (`De kerkenraad complimenteert ..., en
    stemt in met de begroting.` read `De kerkenraad stemt in met de begroting.`)."""
    yield sentence
    plain = _rules()["insertion"].sub(" ", sentence)
    if plain != sentence:
        yield plain
    yield from _after_fronted(plain)
    yield from _second_predicates(plain)


def _after_fronted(sentence: str) -> Iterator[str]:
    """The main clause after a fronted phrase (`fronted_phrase`), its finite verb put after
    the body that follows it: `<body> <verb> <rest>`; a preposition or a conjunction before
    the body (`Nadat hij zich aan de leden heeft voorgesteld ...`) is no verb, and a phrase
    that names a meeting reports what that sitting decided."""
    rules = _rules()
    for m in _VERB_RE.finditer(sentence):
        fronted = sentence[: m.start()].rstrip(" ,")
        if not (rules["fronted_verb"].match(m["verb"]) and rules["fronted_phrase"].match(fronted)):
            continue
        if rules["meeting_word"].search(fronted):
            continue  # `In zijn vergadering van maandag heeft het bestuur ...`: another sitting
        subject = sentence[m.end() :]
        end = _body_end(subject)
        if end is not None:
            yield f"{subject[:end]} {m['verb']}{subject[end:]}"


def _second_predicates(sentence: str) -> Iterator[str]:
    """The body that opens `sentence` with each verb it takes after `en`: `<body> <rest
    after en>`."""
    end = _body_end(sentence)
    if end is None:
        return
    for m in _rules()["second_predicate"].finditer(sentence, end):
        yield f"{sentence[:end]} {sentence[m.end() :]}"


#: what a body states it found, not what it decided: `stelt vast` before a clause (`Het
#: bestuur stelt vast dat de kas klopt`), as the formulas read it too
_FINDING_RE = re.compile(r"\W*(?:dat|of)\b", re.IGNORECASE)


def _second_task(sentence: str) -> _Formula | None:
    """The actie formula that reads the task the person or role opening `sentence` takes on
    as its second verb after `en`, its first verb telling what it said, proposed, wanted or
    judged (`second_task` in `decision_labels.json`: `Thomas geeft aan dat ... en zal dat
    voorlopig op zich nemen` read `Thomas zal dat voorlopig op zich nemen`)."""
    rules = _rules()
    doer = rules["task_doer"].match(sentence)
    if doer is None:
        return None
    readings = [
        f"{doer[0]} {sentence[m.end() :]}"
        for m in rules["second_task"].finditer(sentence, doer.end())
    ]
    return next(
        (
            f
            for reading in readings
            for f in rules["formulas"]
            if f.kind == "actie"
            and not (f.proposal or f.subject_before or f.first_verb)
            and f.regex.match(reading)
        ),
        None,
    )


def _names_decision(verb: Span, after: str) -> bool:
    """The body's `verb` (a cue's span) and the text `after` it name what was decided: not
    a lead-in with nothing but a colon after a lone verb (`Het college besluit:`, over the
    points it decides), nor a finding (`... stelt vast dat ...`)."""
    if verb[-1].lower_ == "vast" and _FINDING_RE.match(after):
        return False
    return len(verb) > 1 or bool(re.search(r"\w", after))


#: the most words after its article a subject between an inverted verb and the rest has
_INVERTED_SUBJECT_WORDS = 4


def _uninverted(m: re.Match[str]) -> list[str]:
    """A sentence whose connective adverb puts its verb before its subject (`m`, its match of
    `inverted_opening`: `Vervolgens besluit het AB dat ...`) in subject-first order (`het AB
    besluit dat ...`), one reading per length of the subject."""
    words = m["rest"].split()
    return [
        " ".join([m["article"], *words[:n], m["verb"], *words[n:]])
        for n in range(1, min(_INVERTED_SUBJECT_WORDS, len(words) - 1) + 1)
    ]


def _sentence_before(line: str, at: int) -> str:
    """The part of `line` from the start of the sentence that holds `at` up to `at`."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])", line[:at])]
    return line[ends[-1] if ends else 0 : at]


def _shorthand_outcomes(lines: Lines, taken: set[int]) -> list[tuple[str, bool, Item]]:
    """Outcomes that notes write as a mark, not a sentence, on lines no other step read: a
    line or bullet that ends in a check mark (`Gebruik van hackmd.io: ... :white_check_mark:`,
    `Jaarplanning ✅`) was approved, a besluit as printed; a note whose arrow points at a task
    marker and its owner (`usb sticks aankopen ... -> TO DO WOUT`, `=> actie Jan`) is an
    actie, as is a list item that closes with its owners in brackets after its last word
    (`offerte hekwerk aanvragen (Marlijn)`, `... op geregelde tijdstippen (Rob/Mike)`). An
    arrow to anything else (`flop -> gala-avond`) is a note, unless the note stands
    in a list of outcomes (`_outcome_list_lines`): then it is a besluit, as is a question the
    line answers after its question mark (`Kopen we zeuswpi.be ? Yes`)."""
    rules = _rules()
    found: list[tuple[str, bool, Item]] = []
    outcomes = _outcome_list_lines(lines, taken)
    for k, (page_no, line) in enumerate(lines):
        if not line or k in taken:
            continue
        m = rules["bullet"].match(line)
        text = (m["text"] if m and not m["num"] else line).strip()
        item = Item(page_no, None, text, range(k, k + 1))
        if rules["check_mark"].search(text):
            if _is_meaningful(rules["check_mark"].sub("", text), min_words=1):
                found.append(("besluit", False, item))
        elif rules["arrow_task"].search(text) or (m and rules["owners_closing"].search(text)):
            found.append(("actie", False, item))
        elif k in outcomes or rules["answered_question"].search(text):
            found.append(("besluit", False, item))
        elif kind := _issue_outcome(line):
            found.append((kind, False, item))
    return found


def _issue_outcome(line: str) -> str | None:
    """The kind of decision a line of an issue list states without a verb after the issue's
    reference: how the issue was disposed of (`Issue 25 Voorlopig een lagere prio.`) a
    besluit, a status of work taken on or done (`[issue #10] Figuren aanpassen (...),
    Status: In bewerking`) an actie; None for a bare title or an open status."""
    tag = _issue_tag(line)
    if tag is None:
        return None
    rest = line[tag.stop :]
    if _rules()["issue_disposition"].match(rest):
        return "besluit"
    return "actie" if _rules()["issue_status"].search(rest) else None


def _bullet_runs(lines: Lines) -> Iterator[list[int]]:
    """The lines of each run of unnumbered bullets (blank lines between them allowed)."""
    run: list[int] = []
    for k, (_, line) in enumerate(lines):
        m = _rules()["bullet"].match(line) if line else None
        if m and not m["num"] and not m["letter"]:
            run.append(k)
        elif line:
            if run:
                yield run
            run = []
    if run:
        yield run


def _arrow_outcome(text: str) -> bool:
    return "?" not in text and bool(_rules()["arrow_outcome"].search(text))


def _outcome_list_lines(lines: Lines, taken: set[int]) -> set[int]:
    """The bullets of a list of outcomes no other step read: notes that write a point and,
    after an arrow, what was settled in a telegram clause with its infinitive (`is_admin
    uitbreidbaarder maken -> veld verwijderen`, `... -> PUT laten`), `min_arrow_outcomes` or
    more in one run of bullets; in such a list a bullet that is itself such a clause
    (`Gebroken documentatie verwijderen, ...`) is an outcome too. A lone arrow in notes
    (`King: bijna aan limiet -> meer plaats aanvragen`), a question answered after an arrow
    and an arrow to a bare note (`-> filter op GET /events`) are no outcomes."""
    rules = _rules()
    found: set[int] = set()
    for run in _bullet_runs(lines):
        texts = {k: rules["bullet"].match(lines[k][1])["text"].strip() for k in run}
        settled = [k for k, text in texts.items() if _arrow_outcome(text)]
        if len(settled) < rules["min_arrow_outcomes"] or taken.intersection(run):
            continue
        found.update(settled)
        found.update(
            k
            for k in run
            if "?" not in texts[k]
            and not rules["arrow"].search(texts[k])
            and rules["infinitive_clause"].match(texts[k])
        )
    return found
