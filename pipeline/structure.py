"""From the pages of one source to documents, meetings, decisions, incident counts, e-mails.

The pages are split into documents (`segment_documents`), each document becomes one
document model (`pipeline.docmodel.build_doc`), and one `nlp.pipe` runs every registered
extractor component (`pipeline.extractors.EXTRACTORS`) over them. Every row keeps its
evidence (source_id, page_no and, where the words have boxes, the box it was read from).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from models.records import DocumentRow, StructurePage, check_row
from pipeline.docmodel import build_doc
from pipeline.documents import DocumentRanges, document_rows, segment_documents
from pipeline.emails import continue_printed_threads
from pipeline.extractors import EXTRACTORS
from pipeline.inventory import link_released_documents
from pipeline.meetings import date_records_by_their_meeting
from pipeline.nlp import get_nlp

#: Tables the extractors fill; `extract_structure` also returns "errors" (messages).
STRUCTURE_TABLES = [
    "documents", "meetings", "meeting_participants", "decisions", "incident_mentions",
    "emails", "email_recipients", "email_attachments", "woo_decisions", "inventory_items",
]  # fmt: skip

# The flow extracts several sources at once in threads; one pipeline (and its vocabulary's
# string store) is shared, so documents go through it one source at a time. The vocabulary
# is `get_nlp()`'s: every other user of it (`as_doc`, `rule_matchers`, the decision cues)
# runs inside an extractor component, so within this lock too.
_PIPELINE_LOCK = threading.Lock()


@cache
def extraction_pipeline() -> Language:
    """`spacy.blank("nl")` with every extractor component, in registry order, over the
    vocabulary of `get_nlp()` (a second vocabulary costs a page worker ~0.3 s CPU)."""
    nlp = spacy.blank("nl", vocab=get_nlp().vocab)
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


def document_models(
    nlp: Language, pages: list[StructurePage], documents: list[DocumentRow]
) -> Iterator[Doc]:
    """One Doc per document, from its pages (words, boxes, redactions)."""
    for document in documents:
        doc_pages = [
            p for p in pages if document["first_page"] <= p["page_no"] <= document["last_page"]
        ]
        yield build_doc(nlp.vocab, doc_pages, document)


def extract_structure(
    pages: list[StructurePage], documents: list[DocumentRow] | None = None
) -> dict[str, list[Any]]:
    """Split one source's pages (in order) into documents and run every extractor on each.

    `documents` skips the splitting where the caller already knows them (plain-text releases).
    Returns the rows by table (`STRUCTURE_TABLES`, each row checked against the schema)
    and "errors", messages for the source's `error`.
    """
    readable = readable_pages(pages)
    if not readable:
        return empty_structure()
    if documents is None:
        documents = segment_documents(readable)
    return link_documents(extract_documents(readable, documents))


def readable_pages(pages: list[StructurePage]) -> list[StructurePage]:
    """The pages with text: the ones documents are made of."""
    return [p for p in pages if p.get("text") is not None]


def empty_structure() -> dict[str, list[Any]]:
    return {**{table: [] for table in STRUCTURE_TABLES}, "errors": []}


def extract_documents(
    pages: list[StructurePage], documents: list[DocumentRow]
) -> dict[str, list[Any]]:
    """The rows each of `documents` gives on its own (`link_documents` links them)."""
    out = empty_structure()
    for row in documents:
        check_row("documents", row)
    out["documents"] = list(documents)
    nlp = extraction_pipeline()
    with _PIPELINE_LOCK:
        for doc in nlp.pipe(document_models(nlp, pages, documents)):
            for table, rows in doc._.records.tables.items():
                out.setdefault(table, []).extend(rows)
            out["errors"] += doc._.errors
    return out


def link_documents(out: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """What crosses documents or tables, in place: a printed e-mail thread cut in two, an
    inventory row and the released document printed with its number, a record dated by its
    meeting."""
    continue_printed_threads(out["emails"], [d["document_id"] for d in out["documents"]])
    link_released_documents(out["inventory_items"], out["documents"])
    date_records_by_their_meeting(out["documents"], out["meetings"])
    return out


# --- one big source's structure in shares, for several processes ----------------------


class DocumentBatch(NamedTuple):
    """A share of a source's documents: their pages, their (first, last) indexes into
    those pages, the source's year, and the number of the first document."""

    pages: list[StructurePage]
    ranges: list[tuple[int, int]]
    source_year: int | None
    first_n: int


def document_batches(
    pages: list[StructurePage], split: DocumentRanges, n_batches: int
) -> list[DocumentBatch]:
    """`split`'s documents (indexes into `pages`) in about `n_batches` runs of consecutive
    whole documents of about as many pages each."""
    per_batch = max(1, -(-len(pages) // max(1, n_batches)))
    groups: list[list[tuple[int, int]]] = []
    for first, last in split.ranges:
        if not groups or groups[-1][-1][1] - groups[-1][0][0] + 1 >= per_batch:
            groups.append([])
        groups[-1].append((first, last))
    batches, n = [], 1
    for group in groups:
        start = group[0][0]
        ranges = [(a - start, b - start) for a, b in group]
        batches.append(DocumentBatch(pages[start : group[-1][1] + 1], ranges, split.source_year, n))
        n += len(group)
    return batches


def extract_document_batch(batch: DocumentBatch) -> dict[str, list[Any]]:
    """`extract_documents` of one share (`document_batches`); `merge_batches` of all the
    shares, in order, is `extract_structure` of the source."""
    documents = document_rows(batch.pages, batch.ranges, batch.source_year, batch.first_n)
    return extract_documents(batch.pages, documents)


def merge_batches(parts: list[dict[str, list[Any]]]) -> dict[str, list[Any]]:
    out = empty_structure()
    for part in parts:
        for table, rows in part.items():
            out.setdefault(table, []).extend(rows)
    return link_documents(out)
