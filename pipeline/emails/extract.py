"""The e-mail extractor: runs the steps over one document and writes its rows
(`extract_emails`); and the splitter's test of a page (`looks_like_email_page`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.docmodel import as_doc, evidence_box
from pipeline.emails.addresses import repair_addresses
from pipeline.emails.domains import _repair_domains
from pipeline.emails.fill import _fill_message
from pipeline.emails.labels import _is_bare_label_line
from pipeline.emails.layout import _lines_with_pages
from pipeline.emails.messages import (
    _find_messages,
    _header_last_line,
    _next_header_start,
    _unheaded_messages,
)
from pipeline.emails.records import Message
from pipeline.emails.subjects import normalize_subject
from pipeline.emails.threads import _place_below_its_reply, _settle_thread_subjects, _thread_numbers
from pipeline.emails.torn import _fill_from_torn_recipient_labels, _scrambled_header_fill


def extract_emails(document: dict | Doc) -> tuple[list[dict], list[dict], list[dict]]:
    """(emails, email_recipients, email_attachments) rows of one document (its document
    model, or a segment_documents row plus "pages"); each e-mail carries the box around
    its header lines."""
    doc = as_doc(document)
    lines, printed, page_of_line, line_spans = _lines_with_pages(doc)
    messages = _read_messages(lines, doc)
    document_id = doc._.document["document_id"]
    emails, recipients, attachments = [], [], []
    threads = _thread_numbers(messages)
    positions = _positions(messages)
    for n, (msg, thread_no) in enumerate(zip(messages, threads, strict=True)):
        email_id, position = f"{document_id}-e{n}", positions[n]
        body_end = _next_header_start(messages, msg, len(lines))
        page_no = page_of_line[msg.anchor_line]
        header = range(min(msg.first_line, msg.anchor_line), _header_last_line(msg) + 1)
        emails.append(
            {
                "email_id": email_id,
                "document_id": document_id,
                "source_id": doc._.document.get("source_id"),
                "page_no": page_no,
                "thread_id": f"{document_id}-t{thread_no}",
                "position": position,
                **_header_values(msg),
                "body": _body(printed[_header_last_line(msg) + 1 : body_end]),
                **evidence_box([line_spans[k] for k in header], page_no),
            }
        )
        recipients += [
            {"email_id": email_id, **{k: r.get(k) for k in _RECIPIENT_COLUMNS}}
            for r in msg.recipients
        ]
        attachments += [
            {"email_id": email_id, "file_name": name} for name in dict.fromkeys(msg.attachments)
        ]
    return emails, recipients, attachments


_RECIPIENT_COLUMNS = ("kind", "address", "domain", "redacted", "name")


def _positions(messages: list[Message]) -> list[int]:
    """Each message's place in its printed chain of headers, from the top. A chain quotes
    its messages newest first: a header sent later than the one above it is no message
    that one quotes but the top of a chain of its own (a forum's posts answered by mail,
    each quoting the notification it answers, oldest first), and counts from 0 again."""
    # a header found below a message's closing, with no header above it: the message that
    # closed prints no header of its own (its text opens the document), and is the newest
    n = 1 if messages and messages[0].after_closing else 0
    positions: list[int] = []
    for above, msg in zip([None, *messages], messages, strict=False):
        if above is not None and _sent_later(msg, above):
            n = 0
        positions.append(n)
        n += 1
    return positions


def _sent_later(msg: Message, above: Message) -> bool:
    if msg.stamp is None or above.stamp is None:
        return False
    later, earlier = msg.stamp.value, above.stamp.value
    # a time printed without a zone is compared only with another one printed so
    return (later.tzinfo is None) == (earlier.tzinfo is None) and later > earlier


def _read_messages(lines: list[str], doc: Doc) -> list[Message]:
    """The document's messages, one per header line, with every field filled."""
    found, fields, blocks = _find_messages(lines)
    headers: list[Message] = []
    for msg in found:
        if not headers or headers[-1].anchor_line != msg.anchor_line:
            headers.append(msg)
    messages = [m for m in headers if not m.quoted_original]
    for i, msg in enumerate(messages):
        next_start = messages[i + 1].first_line if i + 1 < len(messages) else len(lines)
        _fill_message(msg, lines, next_start)
    for i, msg in enumerate(messages):
        # where a message's torn-off values can be: its own stretch up to the next header;
        # for the top message of an Outlook print, anywhere in the document
        lo, hi = msg.first_line, messages[i + 1].first_line if i + 1 < len(messages) else len(lines)
        if i == 0:
            lo, hi = 0, len(lines)
        _scrambled_header_fill(msg, lines, lo, hi, fields, only=len(messages) == 1)
    _fill_from_torn_recipient_labels(messages, blocks, lines)
    for original in (m for m in headers if m.quoted_original):
        _fill_message(original, lines, _next_header_start(headers, original, len(lines)))
        _place_below_its_reply(messages, original)
    _settle_thread_subjects(messages)
    _repair_domains(messages, lines, doc)
    if not messages and doc._.document.get("doc_type") == "email":
        # typed a mail by how it opens, yet no header printed: a mail published without it
        messages = _unheaded_messages(lines)
    return messages


def _header_values(msg: Message) -> dict:
    """The header columns of a message's `emails` row."""
    sender = msg.sender or {}
    return {
        "sent_at": msg.stamp.value if msg.stamp else None,
        "sender": sender.get("address"),
        "sender_name": sender.get("name"),
        "sender_domain": sender.get("domain"),
        "subject": msg.subject,
        "subject_normalized": normalize_subject(msg.subject),
        "sender_redacted": bool(sender.get("redacted")),
        "sent_at_raw": msg.stamp.raw if msg.stamp else None,
    }


def _body(lines: list[str]) -> str | None:
    """A message's text: its lines less the bare labels (the column OCR tore off a header)."""
    kept = [line for line in lines if not _is_bare_label_line(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip() or None


def looks_like_email_page(text: str) -> bool:
    """Does this page start or carry a printed e-mail (a header with a sent time)?"""
    lines = repair_addresses(text or "").splitlines()
    messages, fields, _blocks = _find_messages(lines)
    # a header with no sent label makes a page an e-mail's only where the document's own
    # type says so (the splitter reads such a header at a document's top)
    messages = [m for m in messages if not m.unsent]
    if not messages:
        return False
    kinds = {f.kind for f in fields}
    # a sent time alone could be a dated note; want another header label or an address
    # (an archive's is masked, its sender line read as an address)
    labelled = bool(kinds & {"from", "to", "cc", "subject"})
    return labelled or "@" in "".join(lines) or any(m.archived for m in messages)
