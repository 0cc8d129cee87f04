"""The rule data of splitting and typing: the regular expressions of `patterns/doc_types.json`
(with the e-mail labels of the one vocabulary in `patterns/email_headers.json`), what this
package reads of `patterns/meeting_rules.json` (lent to `pipeline.meetings`), the rules of
typing by how a text is built, and the number words that write a count out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline.nlp import compiled_regexes, load_patterns


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("doc_types.json")
    flags = re.IGNORECASE

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return {
        # every `<name>_regex` under `<name>`; `tag_title` is lower case: matched as cased
        **compiled_regexes(raw, cased={"tag_title"}),
        "title_search_lines": raw["title_search_lines"],
        "proposal_head_lines": raw["proposal_head_lines"],
        "paper_kind_head_lines": raw["paper_kind_head_lines"],
        "dated_entries_min": raw["dated_entries_min"],
        "title_rules": [
            (r["doc_type"], rx(r["regex"]), bool(r.get("running_header")))
            for r in raw["title_rules"]
        ],
        "long_title_rules": {n for n, r in enumerate(raw["title_rules"]) if r.get("long_title")},
        "numbered_title_rules": {n for n, r in enumerate(raw["title_rules"]) if r.get("numbered")},
        "figures_headings": [
            rx(r["regex"]) for r in raw["title_rules"] if r.get("figures_heading")
        ],
        "title_acronym_prefix": re.compile(raw["title_acronym_prefix"]),  # capitals: no flags
        "title_gazette_prefix": re.compile(raw["title_gazette_prefix"]),  # capitals: no flags
        "title_paper_number": re.compile(raw["title_paper_number"]),  # capitals: no flags
        "title_paper_number_alone": re.compile(raw["title_paper_number_alone"]),
        "listing_min": raw["listing_min_title_lines"],
        "listing_min_rows": raw["listing_min_rows"],
        "page_of": [rx(raw["page_of_regex"]), rx(raw["page_of_english_regex"])],
        **_email_label_rules(raw["email_header_kinds"]),
        "email_search_lines": raw["email_search_lines"],
        "email_opening_lines": raw["email_opening_lines"],
        "letterhead": [rx(p) for p in raw["letterhead_labels"]],
        "letter_subject_lines": raw["letter_subject_lines"],
        "minutes_markers": [rx(p) for p in raw["minutes_markers"]],
        "account_markers": [rx(p) for p in raw["account_markers"]],
        "agenda_markers": [rx(p) for p in raw["agenda_markers"]],
        "report_markers": [rx(p) for p in raw["report_markers"]],
        "council_markers": [rx(p) for p in raw["council_markers"]],
        "memo_markers": [rx(p) for p in raw["memo_markers"]],
        "participant_line": rx(raw["plain_text_continuation"]["participant_line"]),
        "comment_balloon": rx(raw["plain_text_continuation"]["comment_balloon"]),
        "plain_text_title_lines": raw["plain_text_title_lines"],
        "formal_preamble_lines": raw["formal_preamble_lines"],
        "formal_preamble_span": raw["formal_preamble_span"],
        "decision_fields_min": raw["decision_fields_min"],
        "portal_points_min": raw["portal_points_min"],
        # a point's motivation sections, a dictum's article number and a cited legal source:
        # the one vocabulary of each, the decisions' own
        **_decision_label_rules(),
        "transcript_min_lines": raw["transcript_min_lines"],
        "participant_label": rx(raw["plain_text_continuation"]["participant_label"]),
    }


def _decision_label_rules() -> dict[str, re.Pattern[str]]:
    """What typing reads of `patterns/decision_labels.json`: a point's motivation sections
    (`Motivering`, `Feiten en context`), a dictum's article number (`Artikel 1`, `Art. 1:`)
    and a line that cites a legal source (`Decreet van 7 mei 2004 ...`)."""
    raw = load_patterns("decision_labels.json")
    names = ("motivation_heading", "article_number", "cited_source")
    return {name: re.compile(raw[f"{name}_regex"], re.IGNORECASE) for name in names}


def _email_label_rules(kinds: list[str]) -> dict[str, Any]:
    """Regexes over the one e-mail label vocabulary (`patterns/email_headers.json`, which
    `pipeline.emails` reads too): a header line per kind, a label OCR set after its
    value at the end of a line (`...+0100Sent:`), a subject label, the sent labels and the
    sent labels that only e-mails print (`Datum:` heads memos and letters too)."""
    vocabulary = load_patterns("email_headers.json")
    labels = {kind: _label_alternatives(words) for kind, words in vocabulary["labels"].items()}
    shared = {label.lower() for label in vocabulary["shared_sent_labels"]}
    mail_sent = [x for x in vocabulary["labels"]["sent"] if x.lower() not in shared]
    at_end = "|".join(f"(?P<{kind}>{labels[kind]})" for kind in kinds)
    flags = re.IGNORECASE
    return {
        "email_labels": {kind: re.compile(rf"^(?:{labels[kind]})\s*:", flags) for kind in kinds},
        "email_label_at_end": re.compile(rf"\b(?:{at_end})\s*:\s*$", flags),
        "email_subject_label": labels["subject"],
        "email_sent_label": re.compile(rf"^(?:{_label_alternatives(mail_sent)})\s*:", flags),
        "date_label": re.compile(rf"(?:^|(?<=\s))(?:{labels['sent']})\b\s*:?\s*(.*)$", flags),
    }


def _label_alternatives(labels: list[str]) -> str:
    """One regex alternation of header labels (`Kopie aan` also with other spacing)."""
    variants = sorted({label.lower() for label in labels}, key=len, reverse=True)
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in variants)


@cache
def _meeting_rules() -> dict[str, Any]:
    """What this module reads of `meeting_rules.json` (pipeline.meetings imports this module,
    so it cannot lend its own compiled rules)."""
    raw = load_patterns("meeting_rules.json")
    return {
        "presence_headings": set(raw["presence_headings"]),
        "presence_marks": {
            mark: status for status, marks in raw["presence_marks"].items() for mark in marks
        },
        "column_heading_kinds": raw["column_heading_kinds"],
        "quantifiers": set(raw["quantifier_words"]),
        "doc_types": frozenset(raw["meeting_doc_types"]),
        "location_label": re.compile(raw["location_label_regex"], re.IGNORECASE),
        "held_on": re.compile(raw["held_on_regex"], re.IGNORECASE),
        "list_end": re.compile(raw["list_end_regex"], re.IGNORECASE),
        "building_word": re.compile(raw["building_word_regex"], re.IGNORECASE),
        "online": re.compile(raw["online_location_regex"], re.IGNORECASE),
        "place_max_words": raw["place_max_words"],
        "academic": _academic_titles(raw["academic_titles"]),
    }


def _academic_titles(titles: list[str]) -> re.Pattern[str]:
    """Academic titles before a name, with their full stops and run together (`mr.drs.`);
    the last, or the only one, may lose its stop before a capitalised name (`dr.ir H.
    Boersma`, `ds Beukenhorst`): in lower case, so a title and not a word of the name."""
    alternation = "|".join(titles)
    dotted = rf"(?:(?:{alternation})\.\s*)+"
    bare = rf"(?-i:{alternation})\s+(?=(?-i:[A-Z]))"
    return re.compile(rf"^(?:{dotted}(?:{bare})?|{bare})(?=\S)", re.I)


def academic_titles_re() -> re.Pattern[str]:
    """Academic titles, alone or run together, before a name (`drs. K.H. Ollongren`, `mr.drs.
    P. Wijngaart`): the one pattern of them, lent to pipeline.meetings."""
    return _meeting_rules()["academic"]


def meeting_patterns() -> dict[str, Any]:
    """The compiled rules of `meeting_rules.json` that this module reads too (a place's
    label, a held-on sentence, an item that ends a list): the one copy, lent to
    pipeline.meetings."""
    return _meeting_rules()


@cache
def _structure_rules() -> dict[str, Any]:
    raw = load_patterns("doc_types.json")["structure"]
    rx = {k: re.compile(v, re.IGNORECASE) for k, v in raw.items() if k.endswith("_regex")}
    return {**{k: v for k, v in raw.items() if not k.startswith("_")}, **rx}


@cache
def _count_word_re() -> re.Pattern[str]:
    """A count written out (`zeven`, `twaalf`): the incident figures' number words from two
    on (`een` is the article as often)."""
    words = load_patterns("incident_categories.json")["number_words"]
    alt = "|".join(sorted((w for w, n in words.items() if n >= 2), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)
