"""A message's fields from its header block and, where the block lacks them, from the lines
around its sent time (`_fill_message`): the sender (a domain torn onto the next lines, a
heading above a pasted header, an address line above the header), the subject, the
attachments, and the recipients (labelled, below the timestamp, in a row whose label OCR
lost)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.emails.addresses import (
    _NOTES_ADDRESS_RE,
    _holds_address,
    _is_masked,
    _sender_of,
    parse_addresses,
    repair_addresses,
)
from pipeline.emails.labels import _label_hits
from pipeline.emails.records import Block, Field, Message
from pipeline.emails.stamps import find_timestamp
from pipeline.emails.subjects import _mend_prefix, split_file_names
from pipeline.emails.vocab import (
    ADDRESS_KINDS,
    BOX_MARK,
    _is_noise_line,
    _is_readable_value,
    _previous_nonblank,
    _rules,
)


def _fill_message(msg: Message, lines: list[str], next_start: int) -> None:
    """Sender, subject, recipients and attachments of a message from its header block and,
    where the block lacks them, from the lines around its sent time."""
    fields = msg.block.fields if msg.block else {}
    if msg.sender is None:
        msg.sender = _block_sender(fields, lines) if _has_value(fields, "from") else None
    if msg.sender is None and msg.unsent and "from" not in fields:
        msg.sender = _sender_from_heading(msg, lines)
    if msg.sender is None:
        msg.sender = _sender_above(msg, lines)
    if "subject" in fields and fields["subject"].value:
        # a box, or a glyph the font lacks (printed `□`, OCR'd `[]`), is no part of it
        subject = re.sub(r"\[\]|\u25a1", " ", fields["subject"].value.replace(BOX_MARK, " "))
        subject = _mend_prefix(re.sub(r"\s+", " ", subject).strip())
        subject = _TRAILING_RULE_RE.sub("", subject)  # a box's edge read as `|` after it
        # no letter or digit left (`= *`): specks OCR read off a box that took the subject
        msg.subject = subject if re.search(r"[^\W_]", subject) else None
    _fill_recipients(msg, fields, lines, next_start)
    if "attachments" in fields and fields["attachments"].value:
        names, _tail = split_file_names(fields["attachments"].value)
        msg.attachments = names


_TRAILING_RULE_RE = re.compile(r"\s+[|¦]+$")


def _has_value(fields: dict[str, Field], kind: str) -> bool:
    return kind in fields and bool(fields[kind].value.strip())


def _header_masked(fields: dict[str, Field]) -> bool:
    """A mailer that masks addresses (`***@***.***`) masks them all: a mask the scan read as
    letters in one field (`Cc: Vabis1010 tk Dek`) is told by the masks of the others."""
    return any(_is_masked(f.value) for k, f in fields.items() if k in ("from", *ADDRESS_KINDS))


def _block_sender(fields: dict[str, Field], lines: list[str]) -> dict:
    """The `From:` value; a domain OCR tore off onto the next lines (`@utrecht.nl>To: ...`)
    added to it."""
    sender = _sender_of(fields["from"].value, masked=_header_masked(fields))
    if sender["domain"] is not None:
        return sender
    line = fields["from"].line
    for k in range(line + 1, min(line + 3, len(lines))):
        hits = _label_hits(lines[k])
        # the torn domain opens the line (after boxes and codes); words before it are
        # another field's (`Aa n HH1 HBHji@x.nl>`: a To line whose label OCR broke)
        torn = "@" in lines[k] and _is_noise_line(lines[k].split("@")[0])
        if torn and not (hits and hits[0][0] == "to" and not lines[k][: hits[0][1]].strip()):
            extra = _sender_of(repair_addresses(lines[k]).split(":")[0])
            if extra["domain"]:
                sender["domain"] = extra["domain"]
                sender["redacted"] = True
            break
    return sender


@cache
def _sender_heading_re() -> re.Pattern:
    return re.compile(_rules()["sender_heading_regex"], re.IGNORECASE)


def _sender_from_heading(msg: Message, lines: list[str]) -> dict | None:
    """A header pasted into notes prints no From line; the heading right above it may say
    whose mail it is (`# Mail van Bart`): that name is the sender's."""
    k = _previous_nonblank(lines, msg.first_line, limit=1)
    m = _sender_heading_re().match(lines[k]) if k is not None else None
    if m is None:
        return None
    return {"address": None, "domain": None, "redacted": False, "name": m["name"].strip()}


#: a phone number as a signature prints it (`+31 6 ...`, `T: 030 ...`, `Mob: ...`)
_PHONE_RE = re.compile(r"\+\s?\d{2}\b|\b(?:tel|mob|t|m)\s*[.:]\s*[+(\d]", re.IGNORECASE)


def _sender_above(msg: Message, lines: list[str]) -> dict:
    """No `From:` value: an address or box line right above the header is the sender's
    (its label printed elsewhere); it then starts the header."""
    k = _previous_nonblank(lines, msg.first_line)
    if (
        k is not None
        and not _label_hits(lines[k])
        and not _PHONE_RE.search(lines[k])  # a signature's contact line (`T: +31 ... e: ...`)
        and (
            _holds_address(lines[k])
            or _is_noise_line(lines[k])
            or _NOTES_ADDRESS_RE.match(lines[k].strip())
        )
    ):
        msg.first_line = k
        return _sender_of(lines[k])
    return {"address": None, "domain": None, "redacted": False, "name": None}


def _fill_recipients(
    msg: Message, fields: dict[str, Field], lines: list[str], next_start: int
) -> None:
    sent = fields.get("sent")
    compact = sent is not None and bool(sent.value.strip())
    masked = _header_masked(fields)
    for kind in ADDRESS_KINDS:
        if kind in fields:
            people = parse_addresses(fields[kind].value, masked=masked)
            if not people and compact and not _is_readable_value(fields[kind].value):
                # `Aan:` with nothing after it in a header whose other values stand beside
                # their labels: a box without a code took the whole value
                people = [{"address": None, "domain": None, "redacted": True, "name": None}]
            for r in people:
                msg.recipients.append({"kind": kind, **r})
    # a reply line (`Op ... heeft ... geschreven:`) names no recipients
    if not msg.reply_line and not any(_has_value(fields, k) for k in ADDRESS_KINDS):
        msg.recipients += _recipients_below_stamp(lines, msg.anchor_line, next_start)
    if msg.block and "to" not in fields and not any(r["kind"] == "to" for r in msg.recipients):
        msg.recipients += _sent_row_recipients(fields) or _lost_to_label_recipients(
            msg.block, lines
        )
    if msg.block and "cc" not in fields and _has_value(fields, "to"):
        msg.recipients += _lost_cc_label_recipients(msg.block, lines)
    _drop_torn_local_parts(msg)


def _sent_row_recipients(fields: dict[str, Field]) -> list[dict]:
    """The addresses after the sent time on the `Verzonden:` line, behind a list separator
    (`Verzonden: vrijdag 26 november 2021 09:28; a@leusden.nl; b@soest.nl;`): a print that
    ran the header's rows together lost the `Aan:` label between them, and the To list
    follows the time it was sent. A header with no `To:` line only (the caller's test)."""
    sent = fields.get("sent")
    stamp = find_timestamp(sent.value) if sent is not None else None
    if stamp is None:
        return []
    tail = sent.value[stamp.end :]
    if not re.match(r"\s*[;,]", tail) or not _holds_address(tail):
        return []
    return [{"kind": "to", **r} for r in parse_addresses(tail)]


def _lost_to_label_recipients(block: Block, lines: list[str]) -> list[dict]:
    """A value line inside a header with no label, where the `To:` line stands (after the
    sender or sent line, before `Cc:` or `Subject:`): OCR lost the `To:` label. An address
    line (`Ten @oudewater.nl` between `Sent:` and `Cc:`), or a line of nothing but a box
    (`Verzonden: ...` / `▮` / `CC: ...`: the label missed beside a box)."""
    fields = block.fields
    if not ({"from", "sent"} & fields.keys()) or not ({"cc", "subject"} & fields.keys()):
        return []
    top = max(fields[k].last_line for k in ("from", "sent") if k in fields)
    bottom = min(fields[k].line for k in ("cc", "subject") if k in fields)
    covered = {k for f in fields.values() for k in range(f.line, f.last_line + 1)}
    recipients = []
    for k in range(top + 1, bottom):
        line = lines[k]
        if k in covered or not line.strip() or _label_hits(line):
            continue
        if _holds_address(line) or (BOX_MARK in line and _is_noise_line(line)):
            recipients += [{"kind": "to", **r} for r in parse_addresses(line)]
    return recipients


def _lost_cc_label_recipients(block: Block, lines: list[str]) -> list[dict]:
    """The line right below a header's `To:` value and right above its `Subject:` that holds
    addresses or boxed ones (`▮ >`) and does not go on with the To list: the Cc row, whose
    label OCR lost or garbled (`AA... ▮ >`)."""
    to, subject = block.fields["to"], block.fields.get("subject")
    if subject is None:
        return []
    between = [k for k in range(to.last_line + 1, subject.line) if lines[k].strip()]
    if len(between) != 1 or _label_hits(lines[between[0]]):
        return []
    line = lines[between[0]].rstrip()
    if not (_holds_address(line) or line.endswith(">")):
        return []
    return [{"kind": "cc", **r} for r in parse_addresses(line)]


def _recipients_below_stamp(lines: list[str], anchor: int, next_start: int) -> list[dict]:
    """Recipients whose labels OCR lost or tore away: the address lines below the
    timestamp, up to the next label or text. Outlook prints To and then Cc one line each,
    so where exactly two address lines stand between the time and a `Subject:`, and the
    first has no list separator (`>;`: the To list runs on), the second is Cc."""
    found: list[tuple[str, list[dict]]] = []
    k, end, stop = anchor + 1, min(next_start, anchor + 25), ""
    while k < end:
        text = lines[k]
        if text.strip():
            has_address = _holds_address(text)
            if _label_hits(text) or not (has_address or _is_noise_line(text)):
                stop = text
                break
            if has_address:
                found.append((text, parse_addresses(text)))
        k += 1
    groups = _address_fields(found)
    kinds = ["to"] * len(groups)
    hits = _label_hits(stop)
    if len(groups) == 2 and hits and hits[0][0] == "subject":
        kinds[1] = "cc"
    return [{"kind": kind, **r} for kind, people in zip(kinds, groups, strict=True) for r in people]


def _address_fields(found: list[tuple[str, list[dict]]]) -> list[list[dict]]:
    """Address lines whose labels OCR lost, as the fields they print (Outlook prints To, then
    Cc): a line goes on with the field above it where that one's list runs on: the line
    above ends in a list separator (`@rivm.nl>,`), or, of two lines, holds one and ends
    mid-person (`a@x.nl>; Jan` over `<j@x.nl>`; `a@x.nl>; b@x.nl>` is a whole list)."""
    groups: list[list[dict]] = []
    for n, (_text, people) in enumerate(found):
        above = found[n - 1][0].rstrip() if n else ""
        cut = ";" in above and not above.endswith(">")  # `a@x.nl>; Jan` / `<j@x.nl>`
        runs_on = above.endswith((",", ";")) or (len(found) == 2 and cut)
        if groups and runs_on:
            groups[-1] += people
        else:
            groups.append(list(people))
    return groups


def _drop_torn_local_parts(msg: Message) -> None:
    """A box without a domain is no recipient of its own where its kind has boxed
    addresses with domains: OCR tore it (the boxed name or local part) from an address
    printed on another line (`@utrecht.nl>; 5.1.2.e` / `< @utrecht.nl>`). Beside printed
    addresses only (`<p.devries@minbzk.nl>; 5.1.2.e`) it is a recipient whose name and
    address were blacked out."""
    with_domain = {r["kind"] for r in msg.recipients if r["domain"] and r["redacted"]}
    msg.recipients = [
        r
        for r in msg.recipients
        if r["domain"] or not r["redacted"] or r["address"] or r["kind"] not in with_domain
    ]
