"""Rule data of the decision steps and the records they pass on: the regular expressions
of `patterns/decision_labels.json`, the spaCy cues of `patterns/decision_cues.jsonl`, the
label test every step uses, and the `Item` (one decision as read from the lines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Span

from pipeline.nlp import (
    compiled_regexes,
    get_nlp,
    letters_closed_up,
    load_patterns,
    rule_matchers,
)

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
    """A sentence formula of `decision_labels.json`: the kind it opens, whether the sentence
    proposes rather than decides (`Het bestuur stelt voor ...`), and whether it is a bare
    verdict that decides what its line says before it (`Jaarverslag 2022. Geakkordeerd.`),
    whether it opens only a line of its own, not one that wraps the sentence above it, and
    whether only a record of the meeting decides by it, not a paper written before it (an
    agenda's `Dit agendapunt wordt behandeld tijdens ...` announces its own order), and
    whether it decides only where no decision stands right before it in its paragraph:
    there it tells what that decision brings (`... is door de leden goedgekeurd. Vanaf 1
    januari betalen leden voortaan € 60.`), and whether it reads only the first verb of
    its subject, not a second one after `en` (`_second_task`), and the document types it
    decides in, when only some (`doc_types`: an election told as a plain copula, `De gekozen
    voorzitter is X`, records it only in minutes; elsewhere the sentence states a fact)."""

    kind: str
    regex: re.Pattern[str]
    proposal: bool
    subject_before: bool = False
    own_line: bool = False
    in_record: bool = False
    consequence: bool = False
    first_verb: bool = False
    doc_types: frozenset[str] = frozenset()  # empty: any document type


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("decision_labels.json")  # its fragments put into its rules

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return {
        # headings and table rows start with a capital: matched as cased
        **compiled_regexes(raw, cased=("heading", "numbered_row", "action_row", "register_row")),
        "labels": [(r["kind"], r["proposal"], rx(r["regex"])) for r in raw["labels"]],
        "quoted_text_doc_types": set(raw["quoted_text_doc_types"]),
        "numbered_doc_types": set(raw["numbered_decision_doc_types"]),
        "no_decision_doc_types": set(raw["no_decision_doc_types"]),
        "proposal_doc_types": set(raw["proposal_doc_types"]),
        # a line that ends in a function word (`... personen die niet in`) goes on below it,
        # also over a capital (`België geboren ...`): the words that end no sentence
        "open_end": {
            w for w in load_patterns("incident_categories.json")["no_sentence_end"] if w.isalpha()
        },
        "max_role_row_words": raw["max_role_row_words"],
        "minutes_paragraphs": raw["minutes_paragraphs"],
        "min_paragraph_words": raw["min_paragraph_words"],
        "formulas": [
            _Formula(
                f["kind"],
                rx(f["regex"]),
                f.get("proposal", False),
                f.get("subject_before", False),
                f.get("own_line", False),
                f.get("in_record", False),
                f.get("consequence", False),
                f.get("first_verb", False),
                frozenset(f.get("doc_types", ())),
            )
            for f in raw["sentence_formulas"]
        ],
        "min_arrow_outcomes": raw["min_arrow_outcomes"],
        "decided_proposal_gap": raw["decided_proposal_gap"],
        "verdict_subject_lines": raw["verdict_subject_lines"],
        "sentence_doc_types": set(raw["sentence_doc_types"]),
        "meeting_record_doc_types": set(raw["meeting_record_doc_types"]),
        "decided_list_doc_types": set(raw["decided_list_doc_types"]),
        "meeting_record_lines": raw["meeting_record_lines"],
        "meeting_record_words": raw["meeting_record_words"],
        "proposal_paper_words": raw["proposal_paper_words"],
        "meeting_record_decisions": raw["meeting_record_decisions"],
        "news_lede_lines": raw["news_lede_lines"],
        "news_lede_sentences": raw["news_lede_sentences"],
        "mixed_label_kinds": raw["mixed_label_kinds"],
        "max_list_items": raw["max_list_items"],
        "max_item_lines": raw["max_item_lines"],
        "max_resume_lines": raw["max_resume_lines"],
        "max_displaced_lines": raw["max_displaced_lines"],
        "max_orphan_distance": raw["max_orphan_distance"],
        "column_gap": raw["table_column_gap"],
        "furniture_offset": raw["table_furniture_offset"],
    }


#: a word printed letter-spaced on a line of its own (`b e s l u i t :`), as a formal
#: decree sets its dictum's verb
_LETTER_SPACED_RE = re.compile(r"^\s*(?:[^\W\d_] ){3,}[^\W\d_]\s*:?\s*$")


def decision_label(line: str) -> tuple[str, bool, str | None, str] | None:
    """(kind, is_proposal, number, rest of line) when the line opens decisions."""
    if _LETTER_SPACED_RE.match(line):
        line = letters_closed_up(line)  # `b e s l u i t :` reads `besluit :`
    for kind, proposal, pattern in _rules()["labels"]:
        m = pattern.match(line)
        if m:
            return kind, proposal, m.groupdict().get("num"), (m["rest"] or "").strip()
    return None


#: the label of `decision_cues.jsonl` for a verb by which a body decides, in a finite form
#: (`besluit`, `stemt ... in`, `keurt ... goed`, `verleent`, `benoemde`): a cue like any
#: other, and what the body a sentence opens with does when the sentence records a decision
#: (`sentences._body_decides`)
DECIDING_LABEL = "CUE_DECIDE"

#: the labels of `decision_cues.jsonl` that cue something decided or to be done in a
#: heading (`_is_heading`): a verb or participle (`CUE`: `vastgesteld`, `wordt`, `stuurt`;
#: `CUE_DECIDE`: `stemt ... in`) or an auxiliary that forms them (`CUE_AUX`: `is`, `heeft`)
HEADING_CUE_LABELS = frozenset({"CUE", DECIDING_LABEL, "CUE_AUX"})

#: the labels that make a decision list's row state something decided (`_states_outcome`):
#: a verb or participle, or the act named as a noun (`CUE_NOUN`: `Kennisname van ...`, a
#: Flemish list's row; it titles an agenda item too, `Goedkeuring reglement ...`, no cue in a
#: heading); an auxiliary alone states what is, no act (`Wethouder X is aanwezig tot ...`)
ROW_CUE_LABELS = frozenset({"CUE", DECIDING_LABEL, "CUE_NOUN"})


def _cue_labels(text: str) -> set[str]:
    """Labels of the decision cues and list nouns in `text` (`CUE`, `CUE_AUX`, `CUE_NOUN`,
    `LIST_afspraak`, ...)."""
    return {span.label_ for span in rule_matchers(CUES_FILE).spans(get_nlp().make_doc(text))}


def _list_kind(text: str) -> str | None:
    """The kind of decision a list introduced by `text` holds ("... afspraken gemaakt:")."""
    kinds = sorted(x.removeprefix("LIST_") for x in _cue_labels(text) if x.startswith("LIST_"))
    return kinds[0] if kinds else None


Lines = Sequence[tuple[int, str]]
