"""The rule data of splitting and typing: the regular expressions of `patterns/doc_types.json`
(with the e-mail labels of the one vocabulary in `patterns/email_headers.json`), what this
package reads of `patterns/meeting_rules.json` (lent to `pipeline.meetings`), the rules of
typing by how a text is built, and the number words that write a count out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline.nlp import load_patterns


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("doc_types.json")
    flags = re.IGNORECASE

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return {
        "title_search_lines": raw["title_search_lines"],
        "meeting_date_label": rx(raw["meeting_date_label_regex"]),
        "earlier_record": rx(raw["earlier_record_regex"]),
        "posting_stamp": rx(raw["posting_stamp_regex"]),
        "meeting_of_date": rx(raw["meeting_of_date_regex"]),
        "title_rules": [
            (r["doc_type"], rx(r["regex"]), bool(r.get("running_header")))
            for r in raw["title_rules"]
        ],
        "figures_headings": [
            rx(r["regex"]) for r in raw["title_rules"] if r.get("figures_heading")
        ],
        "title_acronym_prefix": re.compile(raw["title_acronym_prefix"]),  # capitals: no flags
        "title_paper_number": re.compile(raw["title_paper_number"]),  # capitals: no flags
        "title_status_prefix": rx(raw["title_status_prefix_regex"]),
        "title_page_prefix": rx(raw["title_page_prefix_regex"]),
        "listing_min": raw["listing_min_title_lines"],
        "listing_row": rx(raw["listing_row_regex"]),
        "listing_min_rows": raw["listing_min_rows"],
        "page_of": [rx(raw["page_of_regex"]), rx(raw["page_of_english_regex"])],
        "doc_stamp": rx(raw["doc_stamp_regex"]),
        **_email_label_rules(raw["email_header_kinds"]),
        "email_timestamp": rx(raw["email_timestamp_regex"]),
        "email_search_lines": raw["email_search_lines"],
        "email_opening_lines": raw["email_opening_lines"],
        "letterhead": [rx(p) for p in raw["letterhead_labels"]],
        "letter_subject": rx(raw["letter_subject_regex"]),
        "letter_subject_lines": raw["letter_subject_lines"],
        "salutation": rx(raw["letter_salutation_regex"]),
        "letterhead_address": rx(raw["letterhead_address_regex"]),
        "letter_head": rx(raw["letter_head_regex"]),
        "news_headline": rx(raw["news_headline_regex"]),
        "report_told": rx(raw["report_told_regex"]),
        "authority_addressee": rx(raw["authority_addressee_regex"]),
        "letter_addressee": rx(raw["letter_addressee_regex"]),
        "mail_window_title": rx(raw["mail_window_title_regex"]),
        "request_statement": rx(raw["request_statement_regex"]),
        "closing": rx(raw["letter_closing_regex"]),
        "person_salutation": rx(raw["person_salutation_regex"]),
        "office_signature": rx(raw["office_signature_regex"]),
        "letter_opening": rx(raw["letter_opening_regex"]),
        "mail_named": rx(raw["mail_named_regex"]),
        "signer_name": rx(raw["signer_name_regex"]),
        "minutes_markers": [rx(p) for p in raw["minutes_markers"]],
        "meeting_named": rx(raw["meeting_named_regex"]),
        "account_markers": [rx(p) for p in raw["account_markers"]],
        "counted_times": rx(raw["counted_times_regex"]),
        "agenda_markers": [rx(p) for p in raw["agenda_markers"]],
        "minute_taker": rx(raw["minute_taker_regex"]),
        "report_markers": [rx(p) for p in raw["report_markers"]],
        "council_markers": [rx(p) for p in raw["council_markers"]],
        "council_asked": rx(raw["council_asked_regex"]),
        "numbered_question": rx(raw["numbered_question_regex"]),
        "memo_markers": [rx(p) for p in raw["memo_markers"]],
        "circular_addressee": rx(raw["circular_addressee_regex"]),
        "participant_line": rx(raw["plain_text_continuation"]["participant_line"]),
        "comment_balloon": rx(raw["plain_text_continuation"]["comment_balloon"]),
        "plain_text_title_lines": raw["plain_text_title_lines"],
        "decision_field": rx(raw["decision_field_regex"]),
        "outcome_field": rx(raw["outcome_field_regex"]),
        "outcome_sentence": rx(raw["outcome_sentence_regex"]),
        "formal_preamble": rx(raw["formal_preamble_regex"]),
        "formal_preamble_lines": raw["formal_preamble_lines"],
        "formal_preamble_span": raw["formal_preamble_span"],
        "enacting_line": rx(raw["enacting_line_regex"]),
        "transcript_line": rx(raw["transcript_line_regex"]),
        "opening_item": rx(raw["opening_item_regex"]),
        "decision_lead_in": rx(raw["decision_lead_in_regex"]),
        "body_dictum": rx(raw["body_dictum_regex"]),
        "next_meeting": rx(raw["next_meeting_regex"]),
        "decision_fields_min": raw["decision_fields_min"],
        "transcript_min_lines": raw["transcript_min_lines"],
        "agenda_items_heading": rx(raw["agenda_items_heading_regex"]),
        "tag_title": re.compile(raw["tag_title_regex"]),  # lower case: no flags
        "participant_label": rx(raw["plain_text_continuation"]["participant_label"]),
    }


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
        "academic": re.compile(rf"^(?:(?:{'|'.join(raw['academic_titles'])})\.\s*)+(?=\S)", re.I),
    }


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
