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
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from models.records import DocumentRow, StructurePage, check_row
from pipeline.docmodel import build_doc
from pipeline.documents import segment_documents
from pipeline.emails import continue_printed_threads
from pipeline.extractors import EXTRACTORS
from pipeline.inventory import link_released_documents
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
    out: dict[str, list[Any]] = {table: [] for table in STRUCTURE_TABLES}
    out["errors"] = []
    readable = [p for p in pages if p.get("text") is not None]
    if not readable:
        return out
    if documents is None:
        documents = segment_documents(readable)
    for row in documents:
        check_row("documents", row)
    out["documents"] = list(documents)
    nlp = extraction_pipeline()
    with _PIPELINE_LOCK:
        for doc in nlp.pipe(document_models(nlp, readable, documents)):
            for table, rows in doc._.records.tables.items():
                out.setdefault(table, []).extend(rows)
            out["errors"] += doc._.errors
    continue_printed_threads(out["emails"], [d["document_id"] for d in documents])
    # an inventory row points at the released document printed with its number
    link_released_documents(out["inventory_items"], out["documents"])
    return out
