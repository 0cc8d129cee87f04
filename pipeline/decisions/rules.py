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

from pipeline.nlp import get_nlp, load_patterns, rule_matchers

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
    agenda's `Dit agendapunt wordt behandeld tijdens ...` announces its own order)."""

    kind: str
    regex: re.Pattern[str]
    proposal: bool
    subject_before: bool = False
    own_line: bool = False
    in_record: bool = False


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("decision_labels.json")  # its fragments put into its rules

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return {
        "labels": [(r["kind"], r["proposal"], rx(r["regex"])) for r in raw["labels"]],
        "bullet": rx(raw["bullet_regex"]),
        "empty_item": rx(raw["empty_item_regex"]),
        "empty_number": rx(raw["empty_number_regex"]),
        "dictum_article": rx(raw["dictum_article_regex"]),
        "adopting_dictum": rx(raw["adopting_dictum_regex"]),
        "article_label": rx(raw["article_label_regex"]),
        "cited_source": rx(raw["cited_source_regex"]),
        "quoted_text_doc_types": set(raw["quoted_text_doc_types"]),
        "decree_dictum": rx(raw["decree_dictum_regex"]),
        "dictum_lead": rx(raw["dictum_lead_regex"]),
        "dictum_item": rx(raw["dictum_item_regex"]),
        # headings start with a capital: not case-insensitive
        "heading": re.compile(raw["heading_regex"]),
        "numbered_row": re.compile(raw["numbered_row_regex"]),
        "column_header": re.compile(raw["column_header_regex"], re.IGNORECASE),
        "action_list": re.compile(raw["action_list_title_regex"], re.IGNORECASE),
        "stop": rx(raw["stop_regex"]),
        "numbered_doc_types": set(raw["numbered_decision_doc_types"]),
        "no_decision_doc_types": set(raw["no_decision_doc_types"]),
        "proposal_doc_types": set(raw["proposal_doc_types"]),
        "voted": rx(raw["voted_regex"]),
        "item_number": rx(raw["item_number_regex"]),
        "agenda_item_number": rx(raw["agenda_item_number_regex"]),
        # a line that ends in a function word (`... personen die niet in`) goes on below it,
        # also over a capital (`België geboren ...`): the words that end no sentence
        "open_end": {
            w for w in load_patterns("incident_categories.json")["no_sentence_end"] if w.isalpha()
        },
        "abbreviation_dot": rx(raw["abbreviation_dot_regex"]),
        "vote_label": rx(raw["vote_label_regex"]),
        "vote_share": rx(raw["vote_share_regex"]),
        "vote_result": rx(raw["vote_result_regex"]),
        "vote_tally": rx(raw["vote_tally_regex"]),
        "role_list_lead": rx(raw["role_list_lead_regex"]),
        "list_back_reference": rx(raw["list_back_reference_regex"]),
        "plan_heading": rx(raw["plan_heading_regex"]),
        "no_task": rx(raw["no_task_regex"]),
        "reported": rx(raw["reported_regex"]),
        "audited": rx(raw["audited_regex"]),
        "points_label": rx(raw["points_label_regex"]),
        "undecided": rx(raw["undecided_regex"]),
        "restated": rx(raw["restated_regex"]),
        "inverted_opening": rx(raw["inverted_opening_regex"]),
        "inverted_future": rx(raw["inverted_future_regex"]),
        "condition": rx(raw["condition_regex"]),
        "clause_joint": rx(raw["clause_joint_regex"]),
        "inline_points_lead": rx(raw["inline_points_lead_regex"]),
        "coordinated_clause": rx(raw["coordinated_clause_regex"]),
        "announcement": rx(raw["announcement_regex"]),
        "motivation_heading": rx(raw["motivation_heading_regex"]),
        "scheduled": rx(raw["scheduled_regex"]),
        "register_title": rx(raw["register_title_regex"]),
        "next_meeting": rx(raw["next_meeting_regex"]),
        "action_table_header": rx(raw["action_table_header_regex"]),
        "action_table_owner_column": rx(raw["action_table_owner_column_regex"]),
        "action_row": re.compile(raw["action_row_regex"]),
        "pipe_task_column": rx(raw["pipe_task_column_regex"]),
        "pipe_owner_column": rx(raw["pipe_owner_column_regex"]),
        "pipe_number_column": rx(raw["pipe_number_column_regex"]),
        "action_row_deadline": rx(raw["action_row_deadline_regex"]),
        "register_row": re.compile(raw["register_row_regex"]),
        "register_verdict": rx(raw["register_verdict_regex"]),
        "register_action": rx(raw["register_action_regex"]),
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
            )
            for f in raw["sentence_formulas"]
        ],
        "verdict": rx(raw["verdict_regex"]),
        "check_mark": rx(raw["check_mark_regex"]),
        "arrow_task": rx(raw["arrow_task_regex"]),
        "arrow": rx(raw["arrow_regex"]),
        "arrow_outcome": rx(raw["arrow_outcome_regex"]),
        "infinitive_clause": rx(raw["infinitive_clause_regex"]),
        "min_arrow_outcomes": raw["min_arrow_outcomes"],
        "answered_question": rx(raw["answered_question_regex"]),
        "owners_closing": rx(raw["owners_closing_regex"]),
        "infinitive_decision": rx(raw["infinitive_decision_regex"]),
        "decided_proposal_gap": raw["decided_proposal_gap"],
        "result_field": rx(raw["result_field_regex"]),
        "subject_label": rx(raw["subject_label_regex"]),
        "verdict_subject_lines": raw["verdict_subject_lines"],
        "sentence_doc_types": set(raw["sentence_doc_types"]),
        "meeting_record_doc_types": set(raw["meeting_record_doc_types"]),
        "meeting_record_lines": raw["meeting_record_lines"],
        "meeting_record_words": raw["meeting_record_words"],
        "meeting_word": rx(raw["meeting_word_regex"]),
        "meeting_record_decisions": raw["meeting_record_decisions"],
        "list_label": rx(raw["list_label_regex"]),
        "todo_heading": rx(raw["todo_heading_regex"]),
        "owner_item": rx(raw["owner_item_regex"]),
        "owner_line": rx(raw["owner_line_regex"]),
        "label_reference": rx(raw["label_reference_regex"]),
        "mixed_label": rx(raw["mixed_label_regex"]),
        "mixed_label_kinds": raw["mixed_label_kinds"],
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


#: a word printed letter-spaced on a line of its own (`b e s l u i t :`), as a formal
#: decree sets its dictum's verb
_LETTER_SPACED_RE = re.compile(r"^\s*(?:[^\W\d_] ){3,}[^\W\d_]\s*:?\s*$")


def decision_label(line: str) -> tuple[str, bool, str | None, str] | None:
    """(kind, is_proposal, number, rest of line) when the line opens decisions."""
    if _LETTER_SPACED_RE.match(line):
        line = re.sub(r"(?<=\S) (?=\S)", "", line)  # `b e s l u i t :` reads `besluit :`
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


Lines = Sequence[tuple[int, str]]
