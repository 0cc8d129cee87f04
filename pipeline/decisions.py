"""Decisions, actions and agreements from minutes, decision lists, agendas and notes.

How such documents are built, and the step that reads each:
- a label line opens them (`Besluit:`, `Besluit 1:`, `Actie:`, `Gemaakte afspraken:`,
  `Vervolgafspraken`); the text follows on the label line, as a bullet or numbered list
  below it, or as paragraphs (`_label_decisions`). `Gevraagd besluit` / `Gevraagd
  instemming met ...:` open proposals (`is_proposal`);
- OCR may print a list's numbers as a column of their own (`1.` `2.` with the texts below
  them) and may put a paragraph of a neighbouring column inside a list; the list goes on
  with the next number or the same bullet (`_items`, `_resumes_after_break`);
- a sentence that names a list of decisions and ends with a colon ("Verder zijn de volgende
  afspraken gemaakt:") above a two-column table: every row (its label, then its bullets) is
  one decision (`_table_decisions`, read from the word boxes);
- a decision list (Besluitenlijst) without labels: one decision per numbered item
  (`_register_decisions`), or per row below its title when the rows carry no numbers
  (`_register_rows`);
- a label whose list OCR moved away: a proposal's dangling `1.` with `2. ...` further on
  (`_displaced_items`), a plural label with nothing below it that takes the nearest run of
  items no other label took (`_orphan_decisions`).

Label and list rules are regular expressions in `patterns/decision_labels.json`: they match
the start of a line, where OCR glues bullets, numbers and colons to the label's words
(`•Gemaakte`, `besluit(en)`, `afspraken:`). The words that cue a decision and the nouns that
name a list of them are spaCy phrase and token patterns in `patterns/decision_cues.jsonl`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from pipeline.docmodel import Line, as_doc, evidence_box, page_lines, token_box
from pipeline.documents import names_a_meeting, strip_redaction_marks
from pipeline.nlp import get_nlp, load_patterns, rule_matchers, split_sentences

CUES_FILE = "decision_cues.jsonl"
#: A line this short ends where its writer ended it: a wrapped sentence fills its line.
MAX_FIELD_WORDS = 3
#: A line shorter than this share of the text's width is not a wrapped line: it ends there.
WRAP_FILL = 0.6
#: Lines above and below a line that tell how wide the text around it is.
WIDTH_WINDOW = 15
#: Words an item needs before it can state something decided (OCR debris has fewer).
MIN_ITEM_WORDS = 3
#: An unpunctuated item at most this long is a heading unless it holds a decision cue.
MAX_HEADING_WORDS = 10


@dataclass
class Item:
    """One decision as read from the lines: where, its number and text, the lines used."""

    page_no: int
    number: str | None
    text: str
    used: range


@dataclass
class Decision:
    page_no: int
    number: str | None
    kind: str
    text: str
    is_proposal: bool
    evidence: list[Span | None]


class _Formula(NamedTuple):
    """A sentence formula of `decision_labels.json`: the kind it opens, and whether the
    sentence proposes rather than decides (`Het bestuur stelt voor ...`)."""

    kind: str
    regex: re.Pattern[str]
    proposal: bool


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("decision_labels.json")

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return {
        "labels": [(r["kind"], r["proposal"], rx(r["regex"])) for r in raw["labels"]],
        "bullet": rx(raw["bullet_regex"]),
        "empty_item": rx(raw["empty_item_regex"]),
        "empty_number": rx(raw["empty_number_regex"]),
        # headings start with a capital: not case-insensitive
        "heading": re.compile(raw["heading_regex"]),
        "numbered_row": re.compile(raw["numbered_row_regex"]),
        "column_header": re.compile(raw["column_header_regex"], re.IGNORECASE),
        "action_list": re.compile(raw["action_list_title_regex"], re.IGNORECASE),
        "stop": rx(raw["stop_regex"]),
        "numbered_doc_types": set(raw["numbered_decision_doc_types"]),
        "no_decision_doc_types": set(raw["no_decision_doc_types"]),
        "item_number": rx(raw["item_number_regex"]),
        "agenda_item_number": rx(raw["agenda_item_number_regex"]),
        "vote_label": rx(raw["vote_label_regex"]),
        "vote_share": rx(raw["vote_share_regex"]),
        "role_list_lead": rx(raw["role_list_lead_regex"]),
        "no_task": rx(raw["no_task_regex"]),
        "reported": rx(raw["reported_regex"]),
        "scheduled": rx(raw["scheduled_regex"]),
        "register_title": rx(raw["register_title_regex"]),
        "next_meeting": rx(raw["next_meeting_regex"]),
        "action_table_header": rx(raw["action_table_header_regex"]),
        "action_table_owner_column": rx(raw["action_table_owner_column_regex"]),
        "action_row": re.compile(raw["action_row_regex"]),
        "action_row_deadline": rx(raw["action_row_deadline_regex"]),
        "register_row": re.compile(raw["register_row_regex"]),
        "register_verdict": rx(raw["register_verdict_regex"]),
        "register_action": rx(raw["register_action_regex"]),
        "max_role_row_words": raw["max_role_row_words"],
        "formulas": [
            _Formula(f["kind"], rx(f["regex"]), f.get("proposal", False))
            for f in raw["sentence_formulas"]
        ],
        "verdict": rx(raw["verdict_regex"]),
        "infinitive_decision": rx(raw["infinitive_decision_regex"]),
        "decided_proposal_gap": raw["decided_proposal_gap"],
        "subject_label": rx(raw["subject_label_regex"]),
        "verdict_subject_lines": raw["verdict_subject_lines"],
        "sentence_doc_types": set(raw["sentence_doc_types"]),
        "meeting_record_doc_types": set(raw["meeting_record_doc_types"]),
        "meeting_record_lines": raw["meeting_record_lines"],
        "meeting_record_decisions": raw["meeting_record_decisions"],
        "list_label": rx(raw["list_label_regex"]),
        "max_list_items": raw["max_list_items"],
        "max_item_lines": raw["max_item_lines"],
        "max_resume_lines": raw["max_resume_lines"],
        "dangling_number": rx(raw["dangling_number_regex"]),
        "max_displaced_lines": raw["max_displaced_lines"],
        "max_orphan_distance": raw["max_orphan_distance"],
        "comment_anchor": rx(raw["comment_anchor_regex"]),
        "column_gap": raw["table_column_gap"],
        "furniture_offset": raw["table_furniture_offset"],
    }


def decision_label(line: str) -> tuple[str, bool, str | None, str] | None:
    """(kind, is_proposal, number, rest of line) when the line opens decisions."""
    for kind, proposal, pattern in _rules()["labels"]:
        m = pattern.match(line)
        if m:
            return kind, proposal, m.groupdict().get("num"), (m["rest"] or "").strip()
    return None


def _cue_labels(text: str) -> set[str]:
    """Labels of the decision cues and list nouns in `text` (`CUE`, `LIST_afspraak`, ...)."""
    return {span.label_ for span in rule_matchers(CUES_FILE).spans(get_nlp().make_doc(text))}


def _list_kind(text: str) -> str | None:
    """The kind of decision a list introduced by `text` holds ("... afspraken gemaakt:")."""
    kinds = sorted(label.removeprefix("LIST_") for label in _cue_labels(text))
    kinds = [k for k in kinds if k != "CUE"]
    return kinds[0] if kinds else None


# --------------------------------------------------------------------------- line tests


def _ends_statement(text: str) -> bool:
    """The line closes the decision's sentence ("... vastgesteld."); a colon does not: the
    text goes on below it ("... n.a.v. de tweede melding):" stays open)."""
    return bool(re.search(r"[.!?]\s*$", strip_redaction_marks(text)[0] or text))


def _is_break(line: str) -> bool:
    """A line that can never continue a decision's text."""
    rules = _rules()
    return bool(
        decision_label(line)
        or rules["heading"].match(line)
        or rules["stop"].match(line)
        or rules["bullet"].match(line)
        or rules["empty_item"].match(line)
    )


def _is_meaningful(text: str) -> bool:
    plain = strip_redaction_marks(text)[0] or ""
    letters = sum(ch.isalpha() for ch in plain)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", plain)]
    # struck-through text comes out of OCR as one long hyphenated run: not words
    spaced = [w for w in plain.split() if any(ch.isalpha() for ch in w)]
    return letters >= 8 and len(words) >= MIN_ITEM_WORDS and len(spaced) >= MIN_ITEM_WORDS


def _is_heading(text: str) -> bool:
    """A title, an agenda item or a section name ("Ter bespreking in de ASG", "Gesprek IGJ
    (...)"): short, no closing period, and no cue of anything decided or to be done."""
    return (
        len(text.split()) <= MAX_HEADING_WORDS
        and not _ends_statement(text)
        # `2. de raad voor te stellen ...;`: a point of a decision, not a title
        and not (text[:1].islower() or text.rstrip().endswith(";"))
        and "CUE" not in _cue_labels(text)
    )


def _is_fragment(text: str) -> bool:
    """The tail of a sentence cut off by a page or column break ("te sluiten. Vraag is..."):
    a paragraph below a label cannot start in lower case."""
    first = text.lstrip(" '\"‘“(")[:1]
    return first.islower()


def _is_field(text: str) -> bool:
    """A form's field ("Geen besluit gevraagd"): a few words, no sentence."""
    return len(text.split()) <= MAX_FIELD_WORDS and not _ends_statement(text)


# --------------------------------------------------------------------------- text of an item

Lines = Sequence[tuple[int, str]]


def _join(parts: list[str]) -> str:
    text = ""
    for part in (p.strip() for p in parts if p.strip()):
        if re.search(r"\w-$", text) and part[:1].islower():
            text = text[:-1] + part  # a word hyphenated over the line break
        else:
            text = f"{text} {part}" if text else part
    return re.sub(r"\s+", " ", text).strip()  # `op- of aanmerkingen` within a line stays


def _text_width(lines: Lines, i: int) -> int:
    """The length of the longest line around lines[i]: how long a wrapped line is here."""
    near = lines[max(0, i - WIDTH_WINDOW) : i + WIDTH_WINDOW]
    return max((len(line) for _, line in near), default=0)


def _collect(lines: Lines, i: int, first: str) -> tuple[str, int]:
    """The text that starts with `first` and runs on over lines[i:]; returns (text, next i).

    Wrapped lines continue the text; it stops after a line that ends a sentence when the
    next one starts anew, at a blank line followed by a capital, and at any label, heading
    or bullet.
    """
    parts = [first]
    blank = False
    taken = 0
    width = _text_width(lines, i)
    last = len(lines[i - 1][1]) if i else len(first)  # the whole line `first` ends
    while i < len(lines) and taken < _rules()["max_item_lines"]:
        line = lines[i][1]
        if not line:
            blank = True
            i += 1
            continue
        if _is_break(line) or _ends_statement(parts[-1]) or parts[-1].rstrip().endswith(":"):
            break  # a colon at a line's end introduces what follows: a list, a table
        if _rules()["comment_anchor"].search(parts[-1]):
            break  # a word processor's margin comment: its own text follows, not the item's
        if blank and not line[:1].islower():
            break
        if line[:1].isupper() and len(parts[-1].split()) <= MAX_FIELD_WORDS:
            break  # "Geen besluit gevraagd" above "Aanleiding": a form's fields, not a wrap
        if line[:1].isupper() and last < WRAP_FILL * width:
            break  # a wrapped line fills its line: a short one ended where its writer ended it
        last = len(line)
        parts.append(line)
        blank = False
        taken += 1
        i += 1
    return _join([_before_comment(part) for part in parts]), i


def _before_comment(line: str) -> str:
    """The line up to a margin comment's anchor ("... hun meldingen ' Commented [I")."""
    m = _rules()["comment_anchor"].search(line)
    return line[: m.start()].rstrip(" '\"‘’") if m else line


def _with_sub_items(lines: Lines, text: str, i: int) -> tuple[str, int]:
    """An item that ends with a colon introduces its own bullets ("Gesprek bestuur SVMN:"
    above "• Datalek, vervolg"), joined with "; ", or its lettered points ("... te machtigen
    tot:" above "a. Het aangaan van ...", "b. ..."), kept with their letters: they belong to
    its text."""
    if not text.endswith(":"):
        return text, i
    subs, j = _bullets(lines, i)
    if subs:
        return text + " " + "; ".join(s.text for s in subs), j
    lettered, j = _lettered(lines, i)
    return (" ".join([text, *lettered]), j) if lettered else (text, i)


def _lettered(lines: Lines, i: int) -> tuple[list[str], int]:
    """Consecutive lettered points from lines[i:] (`a. ...`, `b. ...`), each with its letter."""
    found: list[str] = []
    while i < len(lines) and lines[i][1]:
        m = _rules()["bullet"].match(lines[i][1])
        if not m or not m["letter"]:
            break
        text, i = _collect(lines, i + 1, m["text"])
        found.append(f"{m['letter']}. {text}")
    return found, i


def _bullets(lines: Lines, i: int) -> tuple[list[Item], int]:
    """Consecutive unnumbered bullets from lines[i:] (blank lines between them allowed)."""
    rules = _rules()
    found: list[Item] = []
    while i < len(lines):
        if not lines[i][1]:
            i += 1
            continue
        m = rules["bullet"].match(lines[i][1])
        if not m or m["num"] or m["letter"]:
            break
        text, j = _collect(lines, i + 1, m["text"])
        found.append(Item(lines[i][0], None, text, range(i, j)))
        i = j
    return found, i


# --------------------------------------------------------------------------- lists


def _glyph(m: re.Match) -> str | None:
    return m["bullet"] or m["glued"]


def _items(lines: Lines, i: int) -> tuple[list[Item], int]:
    """Bullet / numbered items from lines[i:], and the index after them."""
    rules = _rules()
    items: list[Item] = []
    glyph: str | None = None
    while i < len(lines):
        page_no, line = lines[i]
        if not line:
            i += 1
            continue
        m = rules["bullet"].match(line)
        if not m:
            if items and (resumed := _resumes_after_break(lines, i, items[-1], glyph)) is not None:
                i = resumed  # OCR put other text inside the list: it goes on below it
                continue
            break
        if m["num"] and _next_heading(line, m["num"], items):
            break
        text, j = _collect(lines, i + 1, m["text"])
        if m["num"] and _is_heading(text):
            break  # `1. Gesprek IGJ (...)`: the minutes' next agenda item, not a decision
        if m["num"]:
            text, j = _with_sub_items(lines, text, j)
        glyph = glyph or _glyph(m)
        items.append(Item(page_no, m["num"], text, range(i, j)))
        i = j
    return items, i


def _resumes_after_break(lines: Lines, i: int, previous: Item, glyph: str | None) -> int | None:
    """Index of the next item when the paragraphs from lines[i] are text OCR put inside the
    list and the list resumes below them, within `max_resume_lines`, with the same kind of
    item: the next number after numbers, the same bullet glyph after bullets. None when the
    list has ended (a label, heading or other bullet comes first)."""
    rules = _rules()
    k = i
    while k < len(lines) and k - i <= rules["max_resume_lines"]:
        line = lines[k][1]
        if not line:
            k += 1
            continue
        if _wraps(lines, k):
            k += 1
            continue
        m = rules["bullet"].match(line)
        if m:
            if previous.number is None:
                # any bullet within a wrapped paragraph's reach, the same glyph beyond it
                near = k - i <= rules["max_item_lines"]
                same = m["num"] is None and m["letter"] is None and (near or _glyph(m) == glyph)
                return k if same else None
            following = (m["num"] or "").isdigit() and previous.number.isdigit()
            return k if following and int(m["num"]) == int(previous.number) + 1 else None
        if _is_break(line) or _starts_section(lines, k):
            return None
        k += 1
    return None


def _starts_section(lines: Lines, k: int) -> bool:
    """lines[k] is a heading on a line of its own (a short line, no sentence, after a
    finished one): what follows is a new section, not more of a list."""
    line = lines[k][1]
    return (
        len(line.split()) >= 2 and line[:1].isupper() and not _wraps(lines, k) and _is_heading(line)
    )


def _wraps(lines: Lines, k: int) -> bool:
    """lines[k] goes on with the sentence of the line right above it ("... ISMS niveau" /
    "3. Om de stap ..."): a number at its start is not a list's."""
    above = lines[k - 1][1] if k else ""
    return bool(above) and not _ends_statement(above) and not above.endswith(":")


def _next_heading(line: str, number: str, items: list[Item]) -> bool:
    """A numbered line after list items that is the minutes' next agenda heading
    (`3. Rondvraag en sluiting` below the bullets of `Gemaakte afspraken:`), not an item.

    It is one when the items so far were bullets, when its number does not continue theirs,
    or when it reads as a heading (short, no closing period) after items that were sentences.
    """
    if not items:
        return False
    previous = items[-1].number
    if previous is None:
        return True  # bullets, then a number: the list has ended
    if previous.isdigit() and number.isdigit() and int(number) != int(previous) + 1:
        return True
    heading_like = bool(_rules()["heading"].match(line))
    return heading_like and all(_ends_statement(item.text) for item in items)


def _number_column(lines: Lines, i: int) -> tuple[list[Item], int]:
    """A list whose numbers OCR printed as a column of their own: `1.` `2.` on lines of their
    own (a neighbouring column's sentence tails between them), then the texts in order.
    One item per number, each the next paragraph that starts a sentence."""
    rules = _rules()
    numbers: list[str] = []
    while i < len(lines):
        line = lines[i][1]
        m = rules["empty_number"].match(line) if line else None
        if m:
            numbers.append(m["num"])
        elif line and not (numbers and _is_fragment(line)):
            break
        i += 1
    items: list[Item] = []
    while numbers and i < len(lines):
        page_no, line = lines[i]
        if not line or _is_fragment(line):
            i += 1
            continue
        if _is_break(line):
            break
        text, j = _with_sub_items(lines, *_collect(lines, i + 1, line))
        if _is_meaningful(text):
            items.append(Item(page_no, numbers.pop(0), text, range(i, j)))
        i = j
    return items, i


def _paragraphs(lines: Lines, i: int, is_list: bool) -> tuple[list[Item], int]:
    """The paragraph below a label (under a plural label every paragraph up to the next
    blank line, label or heading) as items; a paragraph that ends with a colon introduces
    the list below it ("Instemmen met de voorgestelde vervolgstappen:")."""
    items: list[Item] = []
    n_items = 0  # paragraphs read, OCR debris not counted
    for _ in range(_rules()["max_list_items"]):
        k = i
        while k < len(lines) and not lines[k][1]:
            k += 1
        if k >= len(lines) or _is_break(lines[k][1]) or (n_items and k > i):
            break
        text, j = _collect(lines, k + 1, lines[k][1])
        if not _is_meaningful(text) and not text.endswith(":"):
            i = j  # a stray glyph or a redaction's remnant between the label and its text
            continue
        if text.endswith(":") and not n_items:
            return _list_below(lines, j)
        if n_items and not _ends_statement(text):
            break  # unbulleted items are whole sentences; this is the next paragraph
        while j - 1 > k and not lines[j - 1][1]:
            j -= 1  # the blank lines after the paragraph end the list below
        if not (_is_field(text) or _is_heading(text) or _is_fragment(text)):
            items.append(Item(lines[k][0], None, text, range(k, j)))
        i = j
        n_items += 1
        if not is_list:
            break
    return items, i


def _list_below(lines: Lines, i: int) -> tuple[list[Item], int]:
    """Bullet or numbered items below a label, or a column of numbers with their texts."""
    displaced = _displaced_items(lines, i)
    if displaced is not None:
        return displaced
    header = _next_filled(lines, i)
    if header is not None and _rules()["column_header"].match(lines[header][1]):
        return _numbered_rows(lines, header + 1)
    if header is not None and (table := _action_table(lines, header)) is not None:
        return table
    items, j = _items(lines, i)
    if items:
        return items, j
    return _number_column(lines, i)


#: who carries out an action table's row, at its end: initials (`BS`, `SvE`), or up to two
#: names (`Finn`, `Leo Luc`, `Allen`) after the description
_OWNER_RE = re.compile(r"(?:\s(?:[A-Z]{1,3}|[A-Z][a-z][A-Z])){1,2}$|(?:\s[A-Z][a-z]+){1,2}$")


def _action_table(lines: Lines, i: int) -> tuple[list[Item], int] | None:
    """The rows of an action table whose header row is lines[i] (`Punt Omschrijving Actie`),
    one item per row that names who carries it out, and the index after the table; None when
    lines[i] is no such header. A row starts with its number or date; lines that start with
    neither are its wrapped cells (the owner's initials may stand on a line of their own)."""
    rules = _rules()
    header = lines[i][1]
    if not (
        rules["action_table_header"].match(header)
        and rules["action_table_owner_column"].search(header)
    ):
        return None
    rows: list[tuple[int, list[str], int]] = []  # (first line, cells, line after it)
    k, blank = i + 1, False
    while k < len(lines):
        line = lines[k][1]
        m = rules["action_row"].match(line) if line else None
        if not line:
            blank = True
        elif decision_label(line) or not (m or rows) or (blank and len(line.split()) > 3):
            break  # after a blank line only a new row or a stray owner cell goes on
        elif m:
            rows.append((k, [m["text"]], k + 1))
            blank = False
        else:
            first, cells, _ = rows[-1]
            rows[-1] = (first, [*cells, line], k + 1)
            blank = False
        k += 1
    if not rows:
        return None
    items = []
    for first, cells, stop in rows:
        text = rules["action_row_deadline"].sub("", _join(cells)).strip()
        if _OWNER_RE.search(text):
            items.append(Item(lines[first][0], None, text, range(first, stop)))
    return items, rows[-1][2]


def _register_handling(lines: Lines, taken: set[int]) -> tuple[list[tuple[str, Item]], set[int]]:
    """(kind, item) for each row of a register of documents (three or more rows in a run
    that open with a reference number) whose handling at its end decides: a verdict
    (`... Offerte flyer dorpsraad Henk Akkoord`) a besluit, who acts (`... Aktiepunt Ronic`,
    `... Nico gaat`) an actie; and the register's lines."""
    rules = _rules()
    found: list[tuple[str, Item]] = []
    read: set[int] = set()
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and rules["register_row"].match(lines[run][1]):
            run += 1
        if run - k < 3 or taken & set(range(k, run)):
            k = max(run, k + 1)
            continue
        for n in range(k, run):
            line = lines[n][1]
            kind = (
                "besluit"
                if rules["register_verdict"].search(line)
                else "actie"
                if rules["register_action"].search(line)
                else None
            )
            if kind:
                found.append((kind, Item(lines[n][0], None, line.strip(), range(n, n + 1))))
        read |= set(range(k, run))
        k = run
    return found, read


def _action_tables(lines: Lines, taken: set[int]) -> tuple[list[Item], set[int]]:
    """The rows of every action table no label opened (`_action_table`), and its lines."""
    found: list[Item] = []
    read: set[int] = set()
    k = 0
    while k < len(lines):
        table = None if k in taken else _action_table(lines, k)
        if table is None:
            k += 1
            continue
        items, end = table
        if not taken & set(range(k, end)):  # a label's list read it already
            found += items
            read |= set(range(k, end))
        k = end
    return found, read


def _numbered_rows(lines: Lines, i: int) -> tuple[list[Item], int]:
    """The rows of a table below its column header, one item per numbered row (`1 Brief
    aan de raad opstellen 5.1.2.e 1 juli 2022`); a row's wrapped cells run on below it."""
    numbered_row = _rules()["numbered_row"]
    items: list[Item] = []
    while i < len(lines) and lines[i][1]:
        m = numbered_row.match(lines[i][1])
        if m:
            items.append(Item(lines[i][0], m["num"], m["text"], range(i, i + 1)))
        elif items and not decision_label(lines[i][1]):
            last = items[-1]
            items[-1] = Item(last.page_no, last.number, f"{last.text} {lines[i][1]}",
                             range(last.used.start, i + 1))  # fmt: skip
        else:
            break
        i += 1
    return items, i


# --------------------------------------------------------------------------- displaced texts


def _next_filled(lines: Lines, i: int) -> int | None:
    while i < len(lines) and not lines[i][1]:
        i += 1
    return i if i < len(lines) else None


def _first_word(text: str) -> str:
    m = re.search(r"[^\W\d_]+", text)
    return m.group(0).lower() if m else ""


def _starts_paragraph(lines: Lines, k: int) -> bool:
    """lines[k] begins a paragraph: the first line, or below a blank or a finished line."""
    above = lines[k - 1][1] if k else ""
    return not above or _ends_statement(above) or above.endswith(":")


def _displaced_items(lines: Lines, i: int) -> tuple[list[Item], int] | None:
    """A numbered list whose texts OCR moved away from its numbers (a label column beside a
    text column): the list's first number stands alone below its label (`1.`, read `I.`),
    other text follows, and the list goes on with `2. Een actie ...` within
    `max_displaced_lines`. Items 2 and on are those numbered lines; item 1 is the paragraph
    in that stretch that opens the way item 2 does (the items of one list are parallel:
    `Een vervolggesprek ...`, `Een actie ...`). None when the list is not built that way."""
    rules = _rules()
    k = _next_filled(lines, i)
    if k is None or not rules["dangling_number"].match(lines[k][1]):
        return None
    end = k + 1
    while end < min(len(lines), k + rules["max_displaced_lines"]):
        if lines[end][1] and decision_label(lines[end][1]):
            break  # the next label opens its own list
        end += 1
    later = _following_numbers(lines, k + 1, end)
    if not later:
        return None
    taken = {n for item in later for n in item.used}
    first = _parallel_paragraph(lines, range(k + 1, end), _first_word(later[0].text), taken)
    items = ([first] if first else []) + later
    return items, max(item.used.stop for item in items)


def _following_numbers(lines: Lines, lo: int, hi: int) -> list[Item]:
    """Items `2.`, `3.`, ... in lines[lo:hi], each starting a paragraph, in order."""
    found: list[Item] = []
    k = lo
    while k < hi:
        m = _rules()["bullet"].match(lines[k][1]) if lines[k][1] else None
        if m and m["num"] == str(len(found) + 2) and _starts_paragraph(lines, k):
            text, j = _collect(lines, k + 1, m["text"])
            if _is_meaningful(text) and not _is_heading(text):
                found.append(Item(lines[k][0], m["num"], text, range(k, j)))
                k = j
                continue
        k += 1
    return found


def _parallel_paragraph(lines: Lines, where: range, word: str, taken: set[int]) -> Item | None:
    """Item 1 of a displaced list: the first paragraph in `where` that starts with `word`."""
    for k in where:
        line = lines[k][1]
        if k in taken or not line or not _starts_paragraph(lines, k):
            continue
        if word and _first_word(line) == word:
            text, j = _collect(lines, k + 1, line)
            if _is_meaningful(text) and not taken.intersection(range(k, j)):
                return Item(lines[k][0], "1", text, range(k, j))
    return None


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


def _lone_glyph(line: str) -> bool:
    m = _rules()["bullet"].match(line + " x")
    return bool(m and _glyph(m) and m["text"] == "x")


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


# --------------------------------------------------------------------------- steps


def _label_decisions(lines: Lines) -> list[tuple[str, bool, Item]]:
    """(kind, is_proposal, item) for everything a label line opens."""
    rules = _rules()
    found: list[tuple[str, bool, Item]] = []
    orphans: list[tuple[int, str, bool]] = []  # (line, kind, proposal) of empty list labels
    register_number: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i][1]
        numbered = rules["item_number"].match(line) if line else None
        if numbered:
            register_number = numbered["num"]
        label = decision_label(line) if line else None
        if label is None:
            i += 1
            continue
        kind, proposal, number, rest = label
        at = i
        if not proposal and _is_field_label(line, rest):
            items, i = _field_items(lines, i + 1)
        else:
            items, i = _below_label(lines, i, rest, line)
        number = number or register_number
        register_number = None
        items = [_with_subject(lines, at, it) for it in items]
        kept = [
            (kind, proposal, Item(it.page_no, number or it.number, it.text, it.used))
            for it in items
            # a field that holds only its verdict records it as printed (`Vastgesteld conform`)
            if _is_meaningful(it.text) or (not proposal and rules["verdict"].match(it.text.strip()))
        ]
        if not kept and rules["list_label"].search(line):
            orphans.append((at, kind, proposal))
        found += kept
    return found + _orphan_decisions(lines, orphans, found)


def _is_field_label(line: str, rest: str) -> bool:
    """A singular decision label alone on its line, without its colon: a form's field
    (`Besluit`); a proposal's label (`Gevraagd besluit`) heads the proposal whole."""
    bare = not rest and not line.rstrip().endswith(":")
    return bare and not _rules()["list_label"].search(line)  # `Afspraken` heads a list


#: a field's lead-in that decides what it lists (`De agenda wordt als volgt gewijzigd:`),
#: not one that lists who was absent or what was announced
_DECIDING_LEAD_RE = re.compile(
    r"\b(?:besl(?:uit|uiten|oten)|ingestemd|instemming|vast\s*gesteld|vast\s+te\s+stellen"
    r"|gewijzigd|akkoord|goedgekeurd|voorstel)\b",
    re.IGNORECASE,
)


def _field_items(lines: Lines, i: int) -> tuple[list[Item], int]:
    """What a decision field from lines[i] holds that decides: a list's items whole (also
    under a paragraph that introduces them), of its paragraphs the deciding sentences."""
    items, j = _list_below(lines, i)
    if items:
        return items, j
    k = _next_filled(lines, i)
    if k is not None and _rules()["verdict"].match(lines[k][1].strip()):
        return [Item(lines[k][0], None, lines[k][1].strip(), range(k, k + 1))], k + 1
    lead = _collect(lines, k + 1, lines[k][1])[0] if k is not None else ""
    if lead.endswith(":"):  # `... ingestemd met het volgende voorstel:` over its points
        listed, j = _paragraphs(lines, i, False)
        return (listed if _DECIDING_LEAD_RE.search(lead) else []), j
    paragraphs, j = _paragraphs(lines, i, True)
    return [s for it in paragraphs for s in _deciding_sentences(it)], j


def _is_field_line(line: str) -> bool:
    label = decision_label(line) if line else None
    return bool(label and not label[1] and _is_field_label(line, label[3]))


def _has_fields(lines: Lines) -> bool:
    return any(_is_field_line(line) for _, line in lines)


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
        elif _is_field_line(line):
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
    that a decision at most two sentences on answers is recorded by that decision."""
    sentences = split_sentences(item.text)
    found: list[Item] = []
    proposed: int | None = None  # the sentence of a proposal read last
    for n, sentence in enumerate(sentences):
        formula = _formula_at(sentence)
        if not (formula or _rules()["infinitive_decision"].search(sentence)):
            continue
        if formula and _decides(formula[0]) and proposed is not None and n - proposed <= 2:
            found.pop()  # `De voorzitter stelt voor ... De raad kan zich hierin vinden.`
        found.append(Item(item.page_no, item.number, sentence, item.used))
        proposed = n if formula and formula[0].proposal else None
    return found


def _undecided_proposals(found: list[tuple[str, bool, Item]]) -> list[tuple[str, bool, Item]]:
    """`found` without the proposals a decision right below them decides (`Voorgesteld
    besluit` over `Besluit`): the decision is the record of both."""
    gap = _rules()["decided_proposal_gap"]
    decided = [it.used.start for _, proposal, it in found if not proposal and it.used]
    return [
        (kind, proposal, it)
        for kind, proposal, it in found
        if not (proposal and it.used and any(0 < d - it.used.stop + 1 <= gap for d in decided))
    ]


def _with_subject(lines: Lines, at: int, item: Item) -> Item:
    """A bare verdict (`conform advies`) as `<the item's subject>: conform advies`, the
    subject being the numbered title or `Onderwerp:` line just above the label at `at`."""
    rules = _rules()
    if _is_meaningful(item.text) or not rules["verdict"].match(item.text.strip()):
        return item
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
            title = labelled["title"].strip() if labelled else title
            return Item(item.page_no, item.number, f"{title}: {item.text.strip()}", item.used)
    return item


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


def _below_label(lines: Lines, i: int, rest: str, line: str) -> tuple[list[Item], int]:
    """The items a label at lines[i] opens, and the index after them."""
    if rest:
        text, j = _collect(lines, i + 1, rest)
        return [Item(lines[i][0], None, text, range(i, j))], j
    items, j = _list_below(lines, i + 1)
    if items:
        return items, j
    return _paragraphs(lines, i + 1, bool(_rules()["list_label"].search(line)))


def _register_decisions(lines: Lines) -> list[Item]:
    """A Besluitenlijst without labels: every numbered item is a decision."""
    rules = _rules()
    found: list[Item] = []
    i = 0
    while i < len(lines):
        line = lines[i][1]
        if line and not rules["bullet"].match(line) and rules["numbered_row"].match(line):
            rows, i = _numbered_rows(lines, i)  # a table's rows: one item per numbered row
            found += [row for row in rows if _is_meaningful(row.text)]
            continue
        m = rules["bullet"].match(line) if line else None
        if m and m["num"]:
            first = i
            text, i = _collect(lines, i + 1, m["text"])
            if _is_heading(text):  # an agenda item's title: its decisions are below it
                below, i = _under_agenda_item(lines, i)
                found += [Item(it.page_no, m["num"], it.text, it.used) for it in below]
                lettered, i = _lettered_points(lines, i, m["num"])
                found += lettered
            elif _is_meaningful(text) and not rules["next_meeting"].match(text):
                found.append(Item(lines[first][0], m["num"], text, range(first, i)))
        else:
            i += 1
    return found


def _lettered_points(lines: Lines, i: int, number: str) -> tuple[list[Item], int]:
    """The lettered points of an agenda item in a decision list (`5. Regio indeling` over
    `a. De vereniging bestaat voortaan uit 7 regios`, `b. ...`), one decision each numbered
    `5.a`, `5.b`; a table or paragraph between two points belongs to the point above it.
    They end at the next numbered item."""
    rules = _rules()
    found: list[Item] = []
    k = i
    while k < len(lines):
        m = rules["bullet"].match(lines[k][1]) if lines[k][1] else None
        if m and m["num"]:
            break
        if m and m["letter"] and (not found or found[-1].used.stop <= k):
            text, j = _collect(lines, k + 1, m["text"])
            if _is_meaningful(text):
                found.append(Item(lines[k][0], f"{number}.{m['letter']}", text, range(k, j)))
            k = j
            continue
        k += 1
    return (found, k) if found else ([], i)


def _under_agenda_item(lines: Lines, i: int) -> tuple[list[Item], int]:
    """The statements below an agenda item's title in a decision list (`2. Jaarrekening`
    over `- Het bestuur stelt de jaarrekening vast.`): its bullets, or its paragraphs."""
    items, j = _bullets(lines, i)
    if not items:
        items, j = _paragraphs(lines, i, is_list=True)
    return [it for it in items if _is_meaningful(it.text) and _ends_statement(it.text)], j


def _register_rows(lines: Lines) -> list[Item]:
    """A Besluitenlijst whose rows carry no numbers: below its title, every row that is no
    heading (a column header, a date) states one decision ("Structureel agenderen: ...")."""
    title = _next_filled(lines, 0)
    found: list[Item] = []
    i = (title or 0) + 1
    while title is not None and i < len(lines):
        if not lines[i][1] or _is_break(lines[i][1]):
            i += 1
            continue
        first = i
        text, i = _collect(lines, i + 1, lines[i][1])
        if _is_meaningful(text) and not _is_heading(text) and not _is_fragment(text):
            found.append(Item(lines[first][0], None, text, range(first, i)))
    return found


# --------------------------------------------------------------------------- tables


def _table_decisions(doc: Doc) -> list[Decision]:
    """Rows of a two-column table below a sentence that names a list of decisions and ends
    with a colon: one decision per row, "row label: bullet; bullet"."""
    synthetic = {p.page_no for p in doc._.pages if p.synthetic}
    if len(synthetic) == len(doc._.pages):
        return []  # a plain text has no word boxes to find columns in
    lines = list(doc.spans["lines"])
    found: list[Decision] = []
    for n, line in enumerate(lines):
        if not line[-1].text.endswith(":") or line[0]._.page_no in synthetic:
            continue
        kind = _list_kind(line.text)
        if kind is None:
            continue
        for row in _table_rows(lines[n + 1 :], token_box(line[0]).x0):
            label, items = row
            cells = ["; ".join(_words(item) for item in items)]
            text = _join([f"{_words(label)}:" if label else "", *cells])
            spans = [tok.doc[tok.i : tok.i + 1] for part in [label, *items] for tok in part]
            first_page = spans[0][0]._.page_no if spans else line[0]._.page_no
            if _is_meaningful(text):
                found.append(Decision(first_page, None, kind, text, False, spans))
    return found


def _words(tokens: list) -> str:
    return _join([t.text for t in tokens])


def _line_cells(line: Span, content_x: float) -> tuple[list, list]:
    """The tokens of a table line left of the content column and those in it; a line whose
    words run on over the column's edge without a gap is prose: all left."""
    words = [t for t in line if not t.is_space and token_box(t) is not None]
    left = [t for t in words if token_box(t).x0 < content_x]
    right = [t for t in words if token_box(t).x0 >= content_x]
    while (
        left
        and _is_glyph(left[-1])
        and token_box(left[-1]).x0 >= content_x - _rules()["column_gap"]
    ):
        # a bullet of the content column that a skewed scan (or OCR's box around the glyph)
        # set a little left of the column's edge
        right.insert(0, left.pop())
    if left and right and token_box(right[0]).x0 - token_box(left[-1]).x1 < _rules()["column_gap"]:
        return words, []
    return left, right


def _content_x(lines: Sequence[Span], margin: float) -> float | None:
    """The left edge of a table's second column: the leftmost word that stands after a
    wide gap in its line, or starts a line well right of the margin."""
    gap = _rules()["column_gap"]
    edges = []
    for line in lines:
        boxes = [token_box(t) for t in line if not t.is_space and token_box(t) is not None]
        for before, box in zip([None, *boxes], boxes, strict=False):
            x_before = margin if before is None else before.x1
            if box.x0 - x_before >= gap:
                edges.append(box.x0)
                break
    return min(edges) if edges else None


def _blocks_after(lines: Sequence[Span]) -> Iterator[list[Span]]:
    """`lines` grouped by the page block they lie in, in order."""
    starts = [block.start for block in lines[0].doc.spans["blocks"]] if lines else []
    group: list[Span] = []
    current = None
    for line in lines:
        block = bisect_right(starts, line.start)
        if group and block != current:
            yield group
            group = []
        current = block
        group.append(line)
    if group:
        yield group


def _table_rows(lines: Sequence[Span], margin: float) -> list[tuple[list, list[list]]]:
    """(label tokens, [item tokens]) per row: a row is a block of the page whose lines have
    words in both columns; blocks right of the content column (letterhead, page number)
    are the page's furniture; any other block ends the table."""
    rows: list[tuple[list, list[list]]] = []
    content_x = None
    above: Span | None = None  # the last line of the table read so far
    for group in _blocks_after(lines):
        if content_x is None:
            content_x = _content_x(group, margin)
            if content_x is None:
                return []
            content_x -= 2.0  # word boxes of one column differ by a point or two
        cells = [_line_cells(line, content_x) for line in group]
        label = [t for left, _ in cells for t in left]
        content = [t for _, right in cells for t in right]
        if label and all(_is_glyph(t) for t in label):
            rows += _hanging_bullets(cells)  # a bulleted list with its text indented
        elif label and content and rows and rows[-1][0] and _runs_on_from(above, group[0]):
            # a label cell wrapped over lines that Tesseract made blocks of their own
            rows[-1][0].extend(label)
            rows[-1][1].extend(_split_items(content))
        elif label and content:
            rows.append((label, _split_items(content)))
        elif label and rows and _within_label_column(label, content_x):
            # on a scan Tesseract may read a row's label cell as a block of its own, its
            # content cell as blocks after it: they go on with this label
            rows.append((label, []))
        elif content and _is_furniture(content, content_x):
            continue
        elif content and rows and rows[-1][0]:
            # on a scan Tesseract makes each bullet of a cell a block of its own: a block
            # only in the content column goes on with the row above
            rows[-1][1].extend(_split_items(content))
        else:
            break
        above = group[-1]
    return [row for row in rows if row[1]]  # a label cell no content followed is no row


def _within_label_column(tokens: list, content_x: float) -> bool:
    """Every word ends left of the content column: a label cell, not a line of prose."""
    return all(token_box(t).x1 < content_x for t in tokens)


def _runs_on_from(above: Span | None, line: Span) -> bool:
    """`line` stands right under `above` on the same page, less than half a line lower:
    the next line of the same paragraph or cell (rows of a table stand further apart)."""
    if above is None or above[0]._.page_no != line[0]._.page_no:
        return False
    upper = [b for t in above if (b := token_box(t)) is not None]
    lower = [b for t in line if (b := token_box(t)) is not None]
    if not upper or not lower:
        return False
    height = max(b.bottom - b.top for b in lower)
    return min(b.top for b in lower) - max(b.bottom for b in upper) < 0.5 * height


def _is_furniture(tokens: list, content_x: float) -> bool:
    """Words far right of the table's content column: a letterhead or a page number."""
    return min(token_box(t).x0 for t in tokens) > content_x + _rules()["furniture_offset"]


def _is_glyph(token) -> bool:
    m = _rules()["bullet"].match(token.text + " x")
    return bool(m and _glyph(m))


def _hanging_bullets(cells: list[tuple[list, list]]) -> list[tuple[list, list[list]]]:
    """One row without a label per bullet of a list whose glyphs hang left of its text: a
    line with a glyph starts an item, a line without one goes on with it."""
    rows: list[tuple[list, list[list]]] = []
    for left, right in cells:
        if left or not rows:
            rows.append(([], [list(right)]))
        else:
            rows[-1][1][0].extend(right)
    return [row for row in rows if row[1][0]]


def _split_items(tokens: list) -> list[list]:
    """A cell's words split at its bullet glyphs, the glyphs dropped."""
    items: list[list] = [[]]
    for token in tokens:
        if _is_glyph(token):
            items.append([])
        else:
            items[-1].append(token)
    return [it for it in items if it]


# --------------------------------------------------------------------------- rows


def extract_decisions(document: dict | Doc, meetings: list[dict]) -> list[dict]:
    """Decisions, actions and agreements of one document (its document model, or a
    segment_documents row plus "pages"); each is tied to the document's meeting when it has
    one, and carries the box around the lines it was read from."""
    doc = as_doc(document)
    if doc._.document.get("doc_type") in _rules()["no_decision_doc_types"]:
        return []
    doc_lines = page_lines(doc)
    lines = [(line.page_no, line.text) for line in doc_lines]
    labelled = _label_decisions(lines)
    found = [
        _decision(kind, proposal, item, doc_lines)
        for kind, proposal, item in _undecided_proposals(labelled)
    ]
    found += _table_decisions(doc)
    doc_type = doc._.document.get("doc_type")
    taken = {k for _, _, item in labelled for k in item.used}
    items: list[Item] = []
    # a page with decision fields numbers its agenda items, not its decisions
    if doc_type in _rules()["numbered_doc_types"] and not _has_fields(lines):
        items = _register(lines, taken) if found else _register_decisions(lines)
        items = items or ([] if found else _register_rows(lines))
        action_list = _rules()["action_list"].match(doc._.document.get("title") or "")
        found += [_decision("actie" if action_list else "besluit", False, it, doc_lines)
                  for it in items]  # fmt: skip
        taken |= {k for item in items for k in item.used}
    minutes = bool(meetings) or doc_type in _rules()["sentence_doc_types"]
    if _has_fields(lines):
        taken |= _field_page_lines(lines)
    decided = {k for _, _, item in labelled for k in item.used} | {
        k for item in items for k in item.used
    }
    if minutes or doc_type in _rules()["meeting_record_doc_types"]:
        registered, listed_lines = _titled_register(lines, taken)
        roles, read = _role_lists(lines, taken | listed_lines)
        read |= listed_lines
        actions, in_tables = _action_tables(lines, taken | read)
        handled, in_register = _register_handling(lines, taken | read | in_tables)
        sentences = _sentence_decisions(lines, taken | read | in_tables | in_register)
        if minutes or _is_meeting_record(doc, lines, sentences):
            listed = [("besluit", False, it) for it in registered + roles]
            listed += [("actie", False, it) for it in actions]
            sentences = listed + [(kind, False, it) for kind, it in handled] + sentences
            found += [_decision(kind, proposal, it, doc_lines) for kind, proposal, it in sentences]
            decided |= {k for _, _, item in sentences for k in item.used}
    if minutes:
        found += [
            _decision("besluit", False, it, doc_lines) for it in _vote_results(lines, decided)
        ]
    meeting_id = meetings[0]["meeting_id"] if meetings else None
    return [_row(doc._.document, n, d, meeting_id) for n, d in enumerate(found, start=1)]


def _titled_register(lines: Lines, taken: set[int]) -> tuple[list[Item], set[int]]:
    """Every bullet of a page whose title (one of its first lines) names it a list of
    decisions and their body (`Besluiten Kerkenraad en Moderamen`): one decision each; a
    bullet that ends in a colon (`• Kerkenraad:`) heads the bullets below it. Also the lines
    read."""
    rules = _rules()
    first = [k for k, (_, line) in enumerate(lines) if line][: rules["meeting_record_lines"]]
    if not any(
        rules["register_title"].match(lines[k][1])
        and len(lines[k][1].split()) <= MAX_HEADING_WORDS
        and not _ends_statement(lines[k][1])
        for k in first
    ):
        return [], set()
    found: list[Item] = []
    k = 0
    while k < len(lines):
        m = rules["bullet"].match(lines[k][1]) if lines[k][1] and k not in taken else None
        if m is None or m["num"] or m["letter"]:
            k += 1
            continue
        text, j = _collect(lines, k + 1, m["text"])
        if _is_meaningful(text) and not text.endswith(":"):
            found.append(Item(lines[k][0], None, text, range(k, j)))
        k = max(j, k + 1)
    return found, {n for item in found for n in item.used}


def _role_lists(lines: Lines, taken: set[int]) -> tuple[list[Item], set[int]]:
    """The rows of each list that divides tasks or roles, or appoints several people, below
    its lead (`7. Taakverdeling`, `... kwam de vergadering tot de volgende taakverdeling.`,
    `Bij acclamatie zijn benoemd als leden van het dagelijks bestuur :`): one decision per
    row, a row being a bullet or a short line of its own, blank lines between them allowed;
    and the lines read (leads and rows). A lead without two rows below it (`Agenda en
    taakverdeling` over the next agenda item) lists nothing."""
    rules = _rules()
    found: list[Item] = []
    read: set[int] = set()
    for k, (_, line) in enumerate(lines):
        if k in taken or k in read or not line or not rules["role_list_lead"].search(line):
            continue
        if not (_is_heading(line) or line.rstrip().endswith(":") or "volgende" in line.lower()):
            continue  # a sentence that only mentions a division (`Gesproken over de rolverdeling`)
        rows = _role_rows(lines, k + 1, taken)
        if len(rows) >= 2:
            found += rows
            read |= {k} | {n for row in rows for n in row.used}
    return found, read


def _role_rows(lines: Lines, i: int, taken: set[int]) -> list[Item]:
    """Rows of a role list from lines[i:]: bullets or short lines, no heading, no label, no
    line another step read; the list ends at the first line that is none of these."""
    rules = _rules()
    rows: list[Item] = []
    while i < len(lines):
        page_no, line = lines[i]
        if not line:
            i += 1
            continue
        m = rules["bullet"].match(line)
        text = (m["text"] if m and not m["num"] else line).strip()
        if (
            i in taken
            or len(text.split()) > rules["max_role_row_words"]
            or (m is not None and m["num"] is not None)
            or rules["heading"].match(line)
            or decision_label(line)
            or _formula_at(text)
        ):
            break
        rows.append(Item(page_no, None, text, range(i, i + 1)))
        i += 1
    return rows


def _vote_results(lines: Lines, decided: set[int]) -> list[Item]:
    """The share in favour below a vote result's label (`Stemuitslag` over `voor 86%`) as the
    decision of an agenda item that states no other: no decision field, no decision read from
    the lines between its bare number and the next item's."""
    rules = _rules()
    numbers = [k for k, (_, line) in enumerate(lines) if rules["agenda_item_number"].match(line)]
    found: list[Item] = []
    for k, (_, line) in enumerate(lines):
        share = _next_filled(lines, k + 1) if rules["vote_label"].match(line) else None
        if share is None or not rules["vote_share"].match(lines[share][1]):
            continue
        start = max((n for n in numbers if n < k), default=0)
        stop = min((n for n in numbers if n > k), default=len(lines))
        if decided & set(range(start, stop)) or any(
            _is_field_line(text) for _, text in lines[start:stop]
        ):
            continue
        found.append(Item(lines[share][0], None, lines[share][1].strip(), range(share, share + 1)))
    return found


def _is_meeting_record(doc: Doc, lines: Lines, sentences: list[tuple[str, bool, Item]]) -> bool:
    """A document of no known type (a web page, a magazine's column) that records what a
    meeting decided, as minutes do: its title or first lines name a meeting or its record
    (`Vergadering juli 2021`, `Notulen bestuursvergadering`), or its sentences state
    decisions taken (`De procedure wordt vastgesteld.`) more than once."""
    rules = _rules()
    if doc._.document.get("doc_type") not in rules["meeting_record_doc_types"]:
        return False
    first = [text for _, text in lines if text][: rules["meeting_record_lines"]]
    heads = [doc._.document.get("title") or "", *first]
    if any(names_a_meeting(text) for text in heads):
        return True
    decided = [kind for kind, proposal, _ in sentences if kind == "besluit" and not proposal]
    return len(decided) >= rules["meeting_record_decisions"]


#: `De raad heeft ingestemd met het volgende voorstel:`: what was decided is the list below
_LIST_LEAD_IN_RE = re.compile(r"\b(?:volgende|als\s+volgt|onderstaande)\b[^.]*:\s*$", re.I)


def _sentence_decisions(lines: Lines, taken: set[int]) -> list[tuple[str, bool, Item]]:
    """(kind, proposal, item) for each sentence a decision formula opens (`Besloten wordt
    ...`, `Afgesproken wordt dat ...`, `De wethouder zegt toe ...`, `Het bestuur stelt voor
    ...`: a proposal) on lines no label took."""
    found: list[tuple[str, bool, Item]] = []
    read = set(taken)  # the lines a label or a decision was read from
    formulas = [_formula_on(lines, k) for k in range(len(lines))]
    tail: str | None = None  # the rest of a line after a proposal that ended on it
    k = 0
    while k < len(lines):
        page_no, line = lines[k]
        listed = _decided_list(lines, k, read) if k not in read else []
        if listed:
            found += listed  # `... en besluiten zij als volgt:` over the points decided
            read.update(n for _, _, item in listed for n in item.used)
        opened = None if k in read or _above_verdict(lines, k) else formulas[k]
        if opened is None:
            if k not in read and (verdict := _verdict_on_heading(lines, k, read)):
                found.append(("besluit", False, verdict))
                read.update(verdict.used)
            k = max([k + 1, *(item.used.stop for _, _, item in listed)]) if listed else k + 1
            continue
        # the next sentence that opens with a formula is the next decision, not a wrap
        reach = min(len(lines), k + 1 + 2 * _rules()["max_item_lines"])  # what _collect takes
        limit = next((m for m in range(k + 1, reach) if formulas[m]), len(lines))
        j = k + 1
        # the text between the last proposal read and this line's first formula
        between = None
        if tail is not None and opened[1] == 0 and found[-1][1] and found[-1][2].used.stop == k:
            between = tail  # the proposal ended the line above
        proposed = None  # (index in found, offset of its end) of a proposal on this line
        tail = None
        # a paragraph on one line can record several decisions, one sentence each
        for formula, start in [opened, *_later_formulas(line, opened[1])]:
            text, end = _collect(lines[:limit], k + 1, line[start:])
            text = _first_sentence(text)
            if _sets_nothing(formula, text):
                j = max(j, end)
                continue
            if _is_meaningful(text) and not _LIST_LEAD_IN_RE.search(text):
                if proposed:
                    between = line[proposed[1] : start]
                if between is not None and _decides(formula) and _next_sentences(between):
                    found.pop()  # the decision that follows the proposal records it
                item = Item(page_no, None, text, range(k, end))
                found.append((formula.kind, formula.proposal, item))
                read.update(item.used)
                proposed = (len(found) - 1, start + len(text)) if formula.proposal else None
                between = None
            j = max(j, end)
        if proposed and j == k + 1:
            tail = line[proposed[1] :]  # the proposal's sentence ended on this line
        k = j
    return found


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
    """The sentence a formula opens takes no decision at this meeting: an actie's sets no task
    (a question, being present or told), a besluit's or afspraak's was taken earlier, a
    besluit's in the passive is planned for later."""
    rules = _rules()
    if formula.kind == "actie":
        return bool(rules["no_task"].search(text))
    if rules["reported"].search(text):
        return True
    return formula.kind == "besluit" and bool(rules["scheduled"].search(text))


def _decides(formula: _Formula) -> bool:
    return formula.kind == "besluit" and not formula.proposal


def _next_sentences(between: str) -> bool:
    """`between` - the text from a proposal's end to a decision's start - holds at most one
    sentence: the decision answers the proposal (`Voorgesteld wordt om ... te behandelen. De
    commissie stemt in met de gewijzigde agenda.`), also after a reaction to it."""
    return len(re.findall(r"[.!?](?=\s|$)", between.strip())) <= 1


#: the last sentence of a paragraph that says what follows was decided or agreed
#: (`Voor de overige punten besluiten zij als volgt:`)
_DECIDED_LIST_RE = re.compile(
    r"(?:^|[.!?;]\s)[^.!?;]*\b(?P<verb>besluit|besluiten|besloot|besloten|beslist|afgesproken)"
    r"\b[^.!?;:]*:\s*$",
    re.IGNORECASE,
)


def _decided_list(lines: Lines, k: int, read: set[int]) -> list[tuple[str, bool, Item]]:
    """The bulleted or numbered points below a paragraph whose last sentence says they were
    decided or agreed (`... en besluiten zij als volgt:`), one decision each; none when a
    label (`Het college besluit:` at the line's start, a `Besluit` field above) read them."""
    line = lines[k][1]
    if not line or not line.rstrip().endswith(":") or decision_label(line):
        return []
    first = k
    while first > 0 and k - first < _rules()["max_item_lines"] and _wraps(lines, first):
        first -= 1  # the paragraph's last sentence may start on a line above
    m = _DECIDED_LIST_RE.search(_join([text for _, text in lines[first : k + 1]]))
    if m is None:
        return []
    items, _ = _items(lines, k + 1)
    kind = "afspraak" if m["verb"].lower() == "afgesproken" else "besluit"
    if any(n in read for item in items for n in item.used):
        return []
    return [(kind, False, item) for item in items if _is_meaningful(item.text)]


def _later_formulas(line: str, start: int) -> Iterator[tuple[_Formula, int]]:
    """The decision formulas that open sentences of `line` after the one that opens at
    `start`, each after the end of the sentence before it."""
    end = start + len(_first_sentence(line[start:]))
    for formula, later in _formula_starts(line):
        if later >= end:
            yield formula, later
            end = later + len(_first_sentence(line[later:]))


def _verdict_on_heading(lines: Lines, k: int, taken: set[int]) -> Item | None:
    """`2. Notulen van 27-09-2007` with `Goedgekeurd.` on a line of its own below it: the
    item decided as `<its title>: <verdict>`; without a title, the paragraph right above it
    is what it decides (`Quiet stelt voor ... doneren.` over `Akkoord.`). None for any other
    line, and for a verdict under a decision already read (`Conform.` below the decision it
    confirms)."""
    page_no, line = lines[k]
    if not line or not _rules()["verdict"].match(line.strip()):
        return None
    above = next((j for j in range(k - 1, -1, -1) if lines[j][1]), None)
    if above is None or above in taken:
        return None
    item = _with_subject(lines, k, Item(page_no, None, line.strip(), range(k, k + 1)))
    if item.text != line.strip():
        return item
    subject = lines[above][1].strip()
    if not _is_meaningful(subject) or decision_label(subject):
        return None
    return Item(page_no, None, f"{subject.rstrip(' .:;')}: {line.strip()}", range(above, k + 1))


def _formula_on(lines: Lines, k: int) -> tuple[_Formula, int] | None:
    """The formula a sentence on line k opens, read on into the next line where the sentence
    wraps (`Het verslag van 12 maart wordt` / `ongewijzigd vastgesteld.`)."""
    line = lines[k][1]
    if not line:
        return None
    found = _formula_at(line)
    if found is not None and found[1] == 0 and line[:1].islower() and k and _wraps(lines, k):
        # `van 12 maart wordt met een wijziging vastgesteld.` ends the sentence above it
        found = next((f for f in _formula_starts(line) if f[1] > 0), None)
    following = lines[k + 1][1] if k + 1 < len(lines) else ""
    if found is None and following[:1].islower() and not line.rstrip().endswith((".", ":", ";")):
        wrapped = _formula_at(f"{line} {following}")
        found = wrapped if wrapped is not None and wrapped[1] < len(line) else None
    return found


def _formula_at(line: str) -> tuple[_Formula, int] | None:
    """(formula, offset) of the first sentence in `line` that opens with a decision formula."""
    return next(_formula_starts(line), None)


def _formula_starts(line: str) -> Iterator[tuple[_Formula, int]]:
    """(formula, offset) of each sentence in `line` that opens with a decision formula."""
    bullet = re.match(r"[-–•*·▪]\s*", line)
    starts = [bullet.end() if bullet else 0]
    # `2. Verslag vorige vergadering; Het verslag wordt vastgesteld.`: a clause of its own,
    # also in lower case after a semicolon (`Geen vragen; de vergadering keurt ... goed.`)
    # and after `en` (`Geen vragen en de vergadering besluit ... vast te stellen.`) or a
    # comma before a capital (`... niet verstuurd, Karin stuurt hem rond.`)
    clause = r"[.!?;:,]\s+(?=[A-Z])|;\s+(?=[a-z])|,?\s+en\s+(?=(?:de|het)\s)"
    starts += [m.end() for m in re.finditer(clause, line)]
    for start in starts:
        sentence = _first_sentence(line[start:])  # a formula does not run on into the next
        formula = next((f for f in _rules()["formulas"] if f.regex.match(sentence)), None)
        if formula is not None:
            yield formula, start


def _first_sentence(text: str) -> str:
    """`text` up to its first sentence end: a stop after a word of 4+ letters (not after
    an initial or `dhr.`) or after a year (`... eind januari 2020. Het bestuur ...`) before
    a capital, a reference in brackets (`... goedgekeurd. (Stuk 21-004)`) or the end."""
    end = r"(?<=[^\W\d_]{4})[.!?](?=\s+[A-Z(]|\s*$)|(?<=\b\d{4})[.!?](?=\s+[A-Z])|(?<=\))[.!?]"
    for m in re.finditer(end, text):
        return text[: m.end()]
    return text


def _register(lines: Lines, taken: set[int]) -> list[Item]:
    """A decision list's numbered items beside what its labels opened: those on lines no
    label's list took (its decisions above a list of `Actiepunten`)."""
    return [it for it in _register_decisions(lines) if not taken & set(it.used)]


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
