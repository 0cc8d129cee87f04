"""Decisions, actions and agreements from minutes, decision lists and agendas.

A label line opens them: `Besluit:`, `Besluit 1:`, `Actie:`, `Acties:`, `Afspraak:`,
`Gemaakte afspraken:`; the text follows on the label line or as a bullet / numbered list
below it. `Gevraagd besluit:` and `Voorstel:` open proposals (`is_proposal`). A decision
list (Besluitenlijst) without labels gives one decision per numbered item. Rules are data
in `patterns/decision_labels.json`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Doc

from pipeline.docmodel import as_doc, evidence_box, page_lines
from pipeline.documents import strip_redaction_marks
from pipeline.nlp import load_patterns


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("decision_labels.json")

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return {
        "labels": [(r["kind"], r["proposal"], rx(r["regex"])) for r in raw["labels"]],
        "bullet": rx(raw["bullet_regex"]),
        "empty_item": rx(raw["empty_item_regex"]),
        # headings start with a capital: not case-insensitive
        "heading": re.compile(raw["heading_regex"]),
        "decision_cue": rx(raw["decision_cue_regex"]),
        "numbered_row": re.compile(raw["numbered_row_regex"]),
        "stop": rx(raw["stop_regex"]),
        "numbered_doc_types": set(raw["numbered_decision_doc_types"]),
        "item_number": rx(raw["item_number_regex"]),
        "list_label": rx(raw["list_label_regex"]),
        "max_list_items": raw["max_list_items"],
        "max_item_lines": raw["max_item_lines"],
    }


def decision_label(line: str) -> tuple[str, bool, str | None, str] | None:
    """(kind, is_proposal, number, rest of line) when the line opens decisions."""
    for kind, proposal, pattern in _rules()["labels"]:
        m = pattern.match(line)
        if m:
            return kind, proposal, m.groupdict().get("num"), (m["rest"] or "").strip()
    return None


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


def _collect(lines: list[tuple[int, str]], i: int, first: str) -> tuple[str, int]:
    """The text that starts with `first` and runs on over lines[i:]; returns (text, next i).

    Wrapped lines continue the text; it stops after a line that ends a sentence when the
    next one starts anew, at a blank line followed by a capital, and at any label, heading
    or bullet.
    """
    parts = [first]
    blank = False
    taken = 0
    while i < len(lines) and taken < _rules()["max_item_lines"]:
        line = lines[i][1]
        if not line:
            blank = True
            i += 1
            continue
        if _is_break(line):
            break
        if _ends_statement(parts[-1]):
            break
        if blank and not line[:1].islower():
            break
        if line[:1].isupper() and len(parts[-1].split()) <= MAX_FIELD_WORDS:
            break  # "Geen besluit gevraagd" above "Aanleiding": a form's fields, not a wrap
        parts.append(line)
        blank = False
        taken += 1
        i += 1
    return _join(parts), i


def _join(parts: list[str]) -> str:
    text = " ".join(p.strip() for p in parts if p.strip())
    text = re.sub(r"(\w)- (\w)", r"\1\2", text)  # words hyphenated over a line break
    return re.sub(r"\s+", " ", text).strip()


def _items(
    lines: list[tuple[int, str]], i: int
) -> tuple[list[tuple[int, str | None, str, range]], int]:
    """Bullet / numbered items from lines[i:]: [(page_no, number, text, lines used)], next i."""
    rules = _rules()
    items = []
    while i < len(lines):
        page_no, line = lines[i]
        if not line:
            i += 1
            continue
        m = rules["bullet"].match(line)
        if not m:
            if items and (resumed := _resumes_after_break(lines, i, items)) is not None:
                i = resumed  # OCR split an item's paragraph off: the list goes on below it
                continue
            break
        if m["num"] and _next_heading(line, m["num"], items):
            break
        text, j = _collect(lines, i + 1, m["text"])
        if m["num"] and _is_heading(text):
            break  # `1. Gesprek IGJ (...)`: the minutes' next agenda item, not a decision
        items.append((page_no, m["num"], text, range(i, j)))
        i = j
    return items, i


def _resumes_after_break(
    lines: list[tuple[int, str]], i: int, items: list[tuple[int, str | None, str, range]]
) -> int | None:
    """Index of the next item when lines[i] is one paragraph that OCR split off inside a
    list and the list resumes right below it with the same kind of item (a bullet after
    bullets, or the next number after numbers); None when the list has ended."""
    rules = _rules()
    k = i
    while k < len(lines) and lines[k][1] and not rules["bullet"].match(lines[k][1]):
        if _is_break(lines[k][1]):
            return None
        k += 1
    while k < len(lines) and not lines[k][1]:
        k += 1
    if k >= len(lines) or k - i > _rules()["max_item_lines"]:
        return None
    m = rules["bullet"].match(lines[k][1])
    if m is None:
        return None
    previous = items[-1][1]
    if previous is None:
        return k if m["num"] is None and m["letter"] is None else None
    if previous.isdigit() and (m["num"] or "").isdigit() and int(m["num"]) == int(previous) + 1:
        return k
    return None


def _next_heading(line: str, number: str, items: list[tuple[int, str | None, str, range]]) -> bool:
    """A numbered line after list items that is the minutes' next agenda heading
    (`3. Rondvraag en sluiting` below the bullets of `Gemaakte afspraken:`), not an item.

    It is one when the items so far were bullets, when its number does not continue theirs,
    or when it reads as a heading (short, no closing period) after items that were sentences.
    """
    if not items:
        return False
    previous = items[-1][1]
    if previous is None:
        return True  # bullets, then a number: the list has ended
    if previous.isdigit() and number.isdigit() and int(number) != int(previous) + 1:
        return True
    heading_like = bool(_rules()["heading"].match(line))
    return heading_like and all(_ends_statement(text) for _, _, text, _ in items)


#: A line this short ends where its writer ended it: a wrapped sentence fills its line.
MAX_FIELD_WORDS = 3
#: Words an item needs before it can state something decided (OCR debris has fewer).
MIN_ITEM_WORDS = 3
#: An unpunctuated item at most this long is a heading unless it holds a decision cue.
MAX_HEADING_WORDS = 10


def _is_meaningful(text: str) -> bool:
    plain = strip_redaction_marks(text)[0] or ""
    letters = sum(ch.isalpha() for ch in plain)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", plain)]
    return letters >= 8 and len(words) >= MIN_ITEM_WORDS


def _is_heading(text: str) -> bool:
    """A title, an agenda item or a section name ("Ter bespreking in de ASG", "Gesprek IGJ
    (...)"): short, no closing period, and no cue of anything decided or to be done."""
    words = text.split()
    return (
        len(words) <= MAX_HEADING_WORDS
        and not _ends_statement(text)
        and not _rules()["decision_cue"].search(text)
    )


def _is_fragment(text: str) -> bool:
    """The tail of a sentence cut off by a page or column break ("te sluiten. Vraag is..."):
    a paragraph below a label cannot start in lower case."""
    first = text.lstrip(" '\"‘“(")[:1]
    return first.islower()


def extract_decisions(document: dict | Doc, meetings: list[dict]) -> list[dict]:
    """Decisions, actions and agreements of one document (its document model, or a
    segment_documents row plus "pages"); each is tied to the document's meeting when it has
    one, and carries the box around the lines it was read from."""
    doc = as_doc(document)
    document = doc._.document
    rules = _rules()
    doc_lines = page_lines(doc)
    lines = [(line.page_no, line.text) for line in doc_lines]
    meeting_id = meetings[0]["meeting_id"] if meetings else None
    found: list[dict[str, Any]] = []

    def add(
        page_no: int, number: str | None, kind: str, text: str, proposal: bool, used: range
    ) -> None:
        if _is_meaningful(text):
            found.append(
                {
                    "page_no": page_no,
                    "number": number,
                    "kind": kind,
                    "text": text,
                    "is_proposal": proposal,
                    **evidence_box([doc_lines[k].span for k in used], page_no),
                }  # fmt: skip
            )

    register_number: str | None = None
    i = 0
    while i < len(lines):
        page_no, line = lines[i]
        numbered = rules["item_number"].match(line) if line else None
        if numbered:
            register_number = numbered["num"]
        label = decision_label(line) if line else None
        if label is None:
            i += 1
            continue
        kind, proposal, number, rest = label
        number = number or register_number
        register_number = None
        if rest:
            label_line = i
            text, i = _collect(lines, i + 1, rest)
            add(page_no, number, kind, text, proposal, range(label_line, i))
            continue
        items, j = _items(lines, i + 1)
        if items:
            for item_page, item_number, text, used in items:
                add(item_page, number or item_number, kind, text, proposal, used)
            i = j
            continue
        # the text is the paragraph below the label; under a plural label every paragraph
        # up to the next blank line, label or heading is one item
        is_list = bool(rules["list_label"].search(line))
        i += 1
        for n_items in range(rules["max_list_items"] if is_list else 1):
            k = i
            while k < len(lines) and not lines[k][1]:
                k += 1
            if k >= len(lines) or _is_break(lines[k][1]) or (n_items and k > i):
                break
            text, j = _collect(lines, k + 1, lines[k][1])
            if n_items and not _ends_statement(text):
                break  # unbulleted items are whole sentences; this is the next paragraph
            field = len(text.split()) <= MAX_FIELD_WORDS and not _ends_statement(text)
            if not (field or _is_heading(text) or _is_fragment(text)):
                add(lines[k][0], number, kind, text, proposal, range(k, j))
            i = j

    if not found and document.get("doc_type") in rules["numbered_doc_types"]:
        # a Besluitenlijst without labels: every numbered item is a decision
        i = 0
        while i < len(lines):
            line = lines[i][1]
            m = (rules["bullet"].match(line) or rules["numbered_row"].match(line)) if line else None
            if m and m["num"]:
                item_page, first = lines[i][0], i
                text, i = _collect(lines, i + 1, m["text"])
                add(item_page, m["num"], "besluit", text, False, range(first, i))
            else:
                i += 1

    return [
        {
            "decision_id": f"{document['document_id']}-b{n}",
            "document_id": document["document_id"],
            "source_id": document["source_id"],
            "page_no": d["page_no"],
            "meeting_id": meeting_id,
            "number": d["number"],
            "kind": d["kind"],
            "text": d["text"],
            "is_proposal": d["is_proposal"],
            **{k: d[k] for k in ("x0", "top", "x1", "bottom") if k in d},
        }
        for n, d in enumerate(found, start=1)
    ]
