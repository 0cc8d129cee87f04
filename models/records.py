"""Typed records: what flows between the stages, named and typed.

Records stay plain dicts at run time (the loader, `models.db.insert_rows`, reads them by
column name); these `TypedDict`s say what each one holds.

- **Table rows**: one type per table of `models/schema.py`, with exactly its columns, all
  optional (a row leaves out what it does not know; the loader writes NULL). `ROW_TYPES`
  maps table to type. The schema stays the one place where a column is defined:
  `tests/test_records.py` fails when a table or a column (name or type) is here and not
  there or the other way round, and `check_row` rejects a row with a column the schema
  does not have (`doc._.records.add` calls it), naming the table and the column.
- **Stage records**: a page as the extractors read it (`StructurePage`, with its
  `PageWord`s and redaction boxes) and the page result of the page readers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, NotRequired, TypedDict

from models.schema import TABLES

#: A row of any table, as extractors and the loader pass it (its table's `*Row` type below
#: says which columns it may hold).
Row = dict[str, Any]

#: The columns of each table, for `check_row`.
COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(name for name, _ in columns) for table, columns in TABLES.items()
}


class UnknownColumnError(ValueError):
    """A row names a table or a column that `models/schema.py` does not have."""


def check_row(table: str, row: Mapping[str, Any]) -> None:
    """Raise `UnknownColumnError` when `row` has a column `table` does not have (a typo, or
    a column added to an extractor but not to the schema, which the loader would drop
    without a word)."""
    columns = COLUMNS.get(table)
    if columns is None:
        raise UnknownColumnError(f"no table {table!r} in models/schema.py")
    unknown = row.keys() - columns
    if unknown:
        raise UnknownColumnError(
            f"{table} row has column(s) {', '.join(sorted(unknown))} that table {table!r} "
            "does not have (add them to models/schema.py and models/records.py)"
        )


# --------------------------------------------------------------------------- table rows


class SourceRow(TypedDict, total=False):
    """A row of `sources`."""

    source_id: str | None
    path: str | None
    file_name: str | None
    n_pages: int | None
    status: str | None
    error: str | None
    ingested_at: datetime | None
    file_size: int | None
    seconds: float | None
    pipeline_version: str | None
    kind: str | None


class PageRow(TypedDict, total=False):
    """A row of `pages`."""

    page_key: str | None
    source_id: str | None
    page_no: int | None
    width: float | None
    height: float | None
    text_method: str | None
    text_layer_score: float | None
    ocr_confidence: float | None
    text: str | None
    n_words: int | None
    error: str | None
    document_id: str | None


class WordRow(TypedDict, total=False):
    """A row of `words`."""

    source_id: str | None
    page_no: int | None
    word_no: int | None
    text: str | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None
    conf: float | None
    line_no: int | None
    block_no: int | None
    document_id: str | None


class DocumentRow(TypedDict, total=False):
    """A row of `documents`."""

    document_id: str | None
    source_id: str | None
    first_page: int | None
    last_page: int | None
    doc_type: str | None
    title: str | None
    doc_date: date | None
    doc_date_inferred: bool | None
    doc_stamp: str | None
    first_line: int | None
    last_line: int | None


class RedactionRow(TypedDict, total=False):
    """A row of `redactions`."""

    redaction_id: str | None
    source_id: str | None
    page_no: int | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None
    ground: str | None
    ground_raw: str | None
    confidence: float | None
    method: str | None
    document_id: str | None


class RedactionLeakRow(TypedDict, total=False):
    """A row of `redaction_leaks`."""

    source_id: str | None
    page_no: int | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None
    n_chars: int | None


class GroundRow(TypedDict, total=False):
    """A row of `grounds`."""

    ground: str | None
    law: str | None
    meaning: str | None


class MeetingRow(TypedDict, total=False):
    """A row of `meetings`."""

    meeting_id: str | None
    document_id: str | None
    source_id: str | None
    page_no: int | None
    body: str | None
    meeting_date: date | None
    start_time: time | None
    end_time: time | None
    location: str | None
    date_year_inferred: bool | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


class MeetingParticipantRow(TypedDict, total=False):
    """A row of `meeting_participants`."""

    meeting_id: str | None
    name: str | None
    role: str | None
    organisation: str | None
    status: str | None
    redacted: bool | None
    is_chair: bool | None
    region: str | None


class DecisionRow(TypedDict, total=False):
    """A row of `decisions`."""

    decision_id: str | None
    document_id: str | None
    source_id: str | None
    page_no: int | None
    meeting_id: str | None
    number: str | None
    kind: str | None
    text: str | None
    is_proposal: bool | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


class IncidentMentionRow(TypedDict, total=False):
    """A row of `incident_mentions`."""

    source_id: str | None
    page_no: int | None
    document_id: str | None
    period_start: date | None
    period_end: date | None
    category: str | None
    value: float | None
    unit: str | None
    scope: str | None
    evidence: str | None
    subject: str | None
    read_from: str | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


class EmailRow(TypedDict, total=False):
    """A row of `emails`."""

    email_id: str | None
    document_id: str | None
    source_id: str | None
    page_no: int | None
    thread_id: str | None
    position: int | None
    sent_at: datetime | None
    sent_at_offset: str | None
    sender: str | None
    sender_domain: str | None
    subject: str | None
    subject_normalized: str | None
    body: str | None
    sender_redacted: bool | None
    sender_name: str | None
    sent_at_raw: str | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


class EmailRecipientRow(TypedDict, total=False):
    """A row of `email_recipients`."""

    email_id: str | None
    kind: str | None
    address: str | None
    domain: str | None
    redacted: bool | None
    name: str | None


class EmailAttachmentRow(TypedDict, total=False):
    """A row of `email_attachments`."""

    email_id: str | None
    file_name: str | None


class WooDecisionRow(TypedDict, total=False):
    """A row of `woo_decisions`."""

    decision_id: str | None
    source_id: str | None
    document_id: str | None
    page_no: int | None
    authority: str | None
    reference: str | None
    law: str | None
    request_date: date | None
    decision_date: date | None
    outcome: str | None
    grounds_cited: str | None
    days_to_decide: int | None
    request_date_inferred: bool | None
    extension: bool | None
    decision_kind: str | None
    request_evidence: str | None


class InventoryItemRow(TypedDict, total=False):
    """A row of `inventory_items`."""

    source_id: str | None
    document_id: str | None
    page_no: int | None
    number: str | None
    item_date: date | None
    title: str | None
    judgement: str | None
    grounds: str | None
    inventory_document_id: str | None
    judgement_raw: str | None
    grounds_raw: str | None
    top: float | None
    bottom: float | None


class IncidentCountRow(IncidentMentionRow, total=False):
    """A row of `incident_counts`: a de-duplicated mention and how often it was stated."""

    n_mentions: int | None


class SearchTermRow(TypedDict, total=False):
    """A row of `search_terms`."""

    source_id: str | None
    page_key: str | None
    term: str | None
    tf: int | None


class SearchPageRow(TypedDict, total=False):
    """A row of `search_pages`."""

    source_id: str | None
    page_key: str | None
    n_terms: int | None


class ReleaseVersionRow(TypedDict, total=False):
    """The one row of `release_version`."""

    version: int | None


#: The row type of each table of the schema.
ROW_TYPES: dict[str, type] = {
    "sources": SourceRow,
    "pages": PageRow,
    "words": WordRow,
    "documents": DocumentRow,
    "redactions": RedactionRow,
    "redaction_leaks": RedactionLeakRow,
    "grounds": GroundRow,
    "meetings": MeetingRow,
    "meeting_participants": MeetingParticipantRow,
    "decisions": DecisionRow,
    "incident_mentions": IncidentMentionRow,
    "emails": EmailRow,
    "email_recipients": EmailRecipientRow,
    "email_attachments": EmailAttachmentRow,
    "woo_decisions": WooDecisionRow,
    "inventory_items": InventoryItemRow,
    "search_terms": SearchTermRow,
    "search_pages": SearchPageRow,
    "release_version": ReleaseVersionRow,
    "incident_counts": IncidentCountRow,
}


# --------------------------------------------------------------------------- stage records


class PageWord(TypedDict):
    """One word of a page as read (text layer or Tesseract), box in PDF points from the
    top-left; `line_no` and `block_no` come from the layout (`docmodel.assign_lines`)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float | None
    line_no: NotRequired[int]
    block_no: NotRequired[int]


class StructurePage(TypedDict, total=False):
    """A page as the segmentation and the document model read it: its text, its words
    (none for a plain-text page) and its redaction boxes (rows of `redactions`)."""

    source_id: str
    page_no: int
    text: str | None
    text_method: str | None
    width: float | None
    height: float | None
    words: list[PageWord]
    redactions: list[RedactionRow]


class PageResult(TypedDict, total=False):
    """What reading one page gives: its `pages` row and the rows of its words, redaction
    boxes and leaks."""

    page: PageRow
    words: list[WordRow]
    redactions: list[RedactionRow]
    redaction_leaks: list[RedactionLeakRow]
