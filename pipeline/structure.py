"""From the pages of one source to documents, meetings, decisions, incident counts, e-mails.

Pure composition of the extractors; every row keeps its evidence (source_id, page_no).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pipeline.decisions import extract_decisions
from pipeline.documents import segment_documents
from pipeline.emails import extract_emails, looks_like_email_page
from pipeline.incidents import extract_incident_counts
from pipeline.inventory import extract_inventory_items, link_released_documents
from pipeline.meetings import extract_meetings
from pipeline.woo_decisions import extract_woo_decision

#: Tables the extractors fill; `extract_structure` also returns "errors" (messages).
STRUCTURE_TABLES = [
    "documents", "meetings", "meeting_participants", "decisions", "incident_mentions",
    "emails", "email_recipients", "email_attachments", "woo_decisions", "inventory_items",
]  # fmt: skip


def utc_offset(moment: datetime | None) -> str | None:
    """`+02:00` for an aware datetime: the offset as written, which TIMESTAMPTZ does not keep."""
    if moment is None or moment.tzinfo is None:
        return None
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


def extract_structure(
    pages: list[dict[str, Any]], documents: list[dict[str, Any]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Split one source's pages (in order) into documents and run every extractor on each.

    `documents` skips the splitting where the caller already knows them (plain-text releases).
    """
    out: dict[str, list[dict[str, Any]]] = {table: [] for table in STRUCTURE_TABLES}
    errors: list[str] = []
    out["errors"] = errors
    readable = [p for p in pages if p.get("text") is not None]
    if not readable:
        return out
    for doc in documents if documents is not None else segment_documents(readable):
        doc_pages = [p for p in readable if doc["first_page"] <= p["page_no"] <= doc["last_page"]]
        document = {**doc, "pages": doc_pages}
        out["documents"].append(doc)
        # One extractor failing on one document must not cost the others their rows.
        meetings, participants = _guarded(errors, "meetings", document, extract_meetings, ([], []))
        out["meetings"] += meetings
        out["meeting_participants"] += participants
        out["decisions"] += _guarded(errors, "decisions", document, extract_decisions, [], meetings)
        out["incident_mentions"] += _guarded(
            errors, "incident counts", document, extract_incident_counts, []
        )
        if doc["doc_type"] == "email" or any(looks_like_email_page(p["text"]) for p in doc_pages):
            emails, recipients, attachments = _guarded(
                errors, "e-mails", document, extract_emails, ([], [], [])
            )
            for email in emails:
                email.setdefault("sent_at_offset", utc_offset(email.get("sent_at")))
            out["emails"] += emails
            out["email_recipients"] += recipients
            out["email_attachments"] += attachments
        out["woo_decisions"] += _guarded(errors, "woo decision", document, extract_woo_decision, [])
        if doc["doc_type"] in ("inventory", "woo_decision"):
            items, warnings = _guarded(
                errors, "inventory", document, extract_inventory_items, ([], [])
            )
            out["inventory_items"] += items
            errors += warnings
    link_released_documents(out["inventory_items"], out["documents"])
    return out


def _guarded(errors: list[str], what: str, document: dict, extractor, empty, *extra):
    try:
        return extractor(document, *extra)
    except Exception as exc:  # noqa: BLE001 - recorded on the source, the run goes on
        errors.append(
            f"{what} extraction failed on pages {document['first_page']}-{document['last_page']}: "
            f"{type(exc).__name__}: {exc}"
        )
        return empty
