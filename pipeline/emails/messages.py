"""The messages of a document's lines, top first (`_find_messages`): header blocks with
a sent time, reply lines and bare timestamp lines, blocks that print no time or no sent label,
lone subject lines the thread shows to head a message, a mail program's window, an archive
page and list lines; and where a message's header ends and the next one starts."""

from __future__ import annotations

import re
from datetime import datetime, time
from functools import cache

from pipeline.dates import AMSTERDAM, find_dates, repair_date_span
from pipeline.emails.addresses import _sender_of, parse_addresses, repair_addresses
from pipeline.emails.fields import _build_blocks, _collect_fields, _field_lines
from pipeline.emails.labels import _label_hits, _shared_sent_labels
from pipeline.emails.line_headers import _wrote_header_at, archive_header, sender_line
from pipeline.emails.records import Block, Field, Message, Stamp
from pipeline.emails.stamps import _is_bare_stamp_line, _is_unreadable_stamp, find_timestamp
from pipeline.emails.subjects import (
    _mend_prefix,
    _prefix_depth,
    is_reply_subject,
    normalize_subject,
)
from pipeline.emails.vocab import ADDRESS_KINDS, _has_box, _is_readable_value, _nonblank_around
from pipeline.nlp import load_patterns

#: the header fields of a message, besides its sent line
_MAIL_FIELD_KINDS = {"from", "to", "cc", "subject"}


def _find_messages(lines: list[str]) -> tuple[list[Message], list[Field], list[Block]]:
    """Every message header of a document's lines, top first, the labelled fields and the
    header blocks they form."""
    fields = _collect_fields(lines)
    blocks = _build_blocks(lines, fields)
    messages, used_lines = _dated_block_messages(lines, blocks)
    label_kinds = {f.kind for f in fields}
    stamped = _line_messages(lines, used_lines, label_kinds)
    attached = _attach_blocks_below(stamped, blocks)
    messages += stamped
    free = [block for block in blocks if not any(block is taken for taken in attached)]
    messages += _dateless_block_messages(free, dated=bool(messages))
    messages += _unsent_header_messages(lines, free, messages)
    messages += _lone_subject_messages(lines, blocks, messages)
    messages += _window_messages(lines, messages)
    messages += _archive_messages(lines, messages)
    messages += _sender_line_messages(lines, messages)
    messages.sort(key=lambda m: m.anchor_line)
    return messages, fields, blocks


def _unheaded_messages(lines: list[str]) -> list[Message]:
    """A mail a web page publishes without its header, in a document the splitter typed an
    e-mail by how it opens (`documents.letters`): one message, where the page gives one of
    its header values. Its subject heads the page under a reply or forward prefix (`Re:
    uitnodiging voor een gesprek met de wethouder`); the day it came in stands on the line
    above the mail's greeting that names it (`Vanmorgen 8 oktober 2019 ontving ik
    onderstaande e-mail`), taken as its midnight. A page that gives neither (only `In
    reactie op bijgaande mail` in the body) has no value a message's row could hold."""
    # imported here: documents imports this package as it loads (the one rule for naming a
    # mail and for a greeting is theirs)
    from pipeline.documents import greets, names_a_mail

    readable = [k for k, x in enumerate(lines) if x.strip()]
    if not readable:
        return []
    top = readable[0]
    subject = lines[top].strip() if is_reply_subject(lines[top]) else None
    greeting = next((k for k in readable if greets(lines[k])), 0)
    named = (k for k in readable if k < greeting and names_a_mail(lines[k]))
    day = next(((k, stamp) for k in named if (stamp := _printed_day(lines[k]))), None)
    if subject is None and day is None:
        return []
    anchor = top if subject is not None else day[0]
    return [Message(day[1] if day else None, anchor, None, anchor, anchor, subject=subject)]


def _printed_day(line: str) -> Stamp | None:
    """The first date printed with its year in a line, as its midnight (Amsterdam)."""
    for start, end, parsed in find_dates(line):
        if not parsed.year_inferred:
            value = datetime.combine(parsed.value, time(), tzinfo=AMSTERDAM)
            return Stamp(start, end, value, line[start:end])
    return None


#: the recipients' label a reading pane prints before their names (`Aan • Info Mailbox`)
_PANE_TO_RE = re.compile(r"^\s*(?:Aan|To)\b\W*", re.IGNORECASE)


def _window_messages(lines: list[str], found: list[Message]) -> list[Message]:
    """A screenshot of a mail program's window (`FW: klacht - Bericht (HTML)`): its reading
    pane prints the subject, the sender's address and, on the recipients' line, the sent
    time (`Aan • Info Mailbox wo 17-6-2020 12:37`), no header labels. One message, the
    window's, where its title bar opens the document and a sent time follows before any
    header found."""
    # the one rule for a window's title and pane; documents imports this module lazily too
    from pipeline.documents import WINDOW_PANE_LINES, mail_window_title

    subject = mail_window_title([x for x in lines if x.strip()])
    if subject is None:
        return []
    first = next(k for k, x in enumerate(lines) if x.strip())
    end = min([first + WINDOW_PANE_LINES, len(lines)] + [m.first_line for m in found])
    for k in range(first + 1, end):
        if _label_hits(lines[k]):
            break
        line = repair_date_span(lines[k])  # `17-6-202012:37`: a year run into the time
        stamp = find_timestamp(line)
        if stamp is None:
            continue
        msg = Message(stamp, k, None, first, k, subject=subject)
        sender = next((x for x in lines[first + 1 : k] if "@" in x), None)
        msg.sender = _sender_of(sender) if sender else None
        before = line[: stamp.start]
        if _PANE_TO_RE.match(before):
            before = _PANE_TO_RE.sub("", before)
            msg.recipients = [{"kind": "to", **r} for r in parse_addresses(before)]
        return [msg]
    return []


#: a salutation where a wrapped subject runs into the message's text
_SALUTATION_IN_LINE_RE = re.compile(r"\b(?:Geachte|Beste|Hooggeachte|Dear|Hallo|Hoi)\b")


def _sender_line_messages(lines: list[str], found: list[Message]) -> list[Message]:
    """A message per one-line header (`sender_line`); a subject wrapped onto an indented
    next line runs on up to the salutation it is glued to."""
    taken = {k for m in found for k in range(m.first_line, m.header_end + 1)}
    messages = []
    for i, line in enumerate(lines):
        hit = None if i in taken else sender_line(line)
        if hit is None:
            continue
        stamp, who = hit
        msg = Message(stamp, i, None, i, i)
        msg.sender = _sender_of(f"{who['name'] or ''} <{who['address']}>")
        subject = who["rest"].strip()
        if subject and i + 1 < len(lines) and re.match(r"\s+\S", lines[i + 1]):
            run_on = _SALUTATION_IN_LINE_RE.split(lines[i + 1], maxsplit=1)[0]
            subject = f"{subject} {run_on.strip()}".strip()
        msg.subject = subject or None
        messages.append(msg)
    return messages


def _archive_messages(lines: list[str], found: list[Message]) -> list[Message]:
    """An archive page's message (`archive_header`), anchored at the title, where no
    header was found above its sent time."""
    header = archive_header(lines)
    if header is None:
        return []
    top, stamp, sender = header
    if any(m.first_line <= top[2] for m in found):
        return []
    msg = Message(stamp, top[0], None, top[0], top[2], subject=lines[top[0]].strip())
    address = f"{sender['local']}@{sender['domain']}"
    msg.sender = _sender_of(f"{sender['name']} <{address}>")
    msg.archived = True
    return [msg]


def _attach_blocks_below(messages: list[Message], blocks: list[Block]) -> list[Block]:
    """A bare sent time with the header's labelled fields right below it (Lotus Notes
    prints the sender and the time on lines of their own above `Aan:`, `cc:`,
    `Onderwerp:`): that block is the message's header. Returns the blocks attached."""
    attached = []
    for msg in messages:
        if msg.reply_line or msg.block is not None:
            continue
        for block in blocks:
            below = 0 < block.first_line - msg.anchor_line <= 2
            if below and "sent" not in block.fields and _MAIL_FIELD_KINDS & block.fields.keys():
                msg.block, msg.header_end = block, block.last_line
                attached.append(block)
                break
    return attached


def _dated_block_messages(lines: list[str], blocks: list[Block]) -> tuple[list[Message], set[int]]:
    """A message per header block with a sent time (`Sent:` with its timestamp on the same
    or the next line; a `Datum:` block only beside other mail fields); the lines used."""
    messages: list[Message] = []
    used_lines: set[int] = set()
    for block in blocks:
        sent = block.fields.get("sent")
        if sent is None:
            continue
        if sent.stamp is None and not sent.value:
            k = _stamp_below(lines, sent.line)
            if k is not None:
                sent.stamp = find_timestamp(lines[k])
                used_lines.add(k)
                block.last_line = max(block.last_line, k)
        if sent.stamp is None:
            continue
        if sent.label.lower() in _shared_sent_labels() and not (
            _MAIL_FIELD_KINDS & block.fields.keys()
        ):
            continue
        used_lines.add(sent.line)
        messages.append(Message(sent.stamp, sent.line, block, block.first_line, block.last_line))
    return messages, used_lines


def _stamp_below(lines: list[str], label_line: int) -> int | None:
    """The line of a bare timestamp right below a `Sent:` with nothing after it."""
    k = label_line + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and k - label_line <= 2 and not _label_hits(lines[k]):
        stamp = find_timestamp(lines[k])
        if stamp and _is_bare_stamp_line(lines[k], stamp):
            return k
    return None


def _line_messages(lines: list[str], used_lines: set[int], label_kinds: set[str]) -> list[Message]:
    """Messages whose header is one line: a reply line (`Op ... heeft ... geschreven:`,
    `On ... wrote:`, also wrapped over narrow quoted columns) or a bare timestamp whose
    labels OCR printed elsewhere."""
    messages = []
    for i, line in enumerate(lines):
        if i in used_lines or not line.strip():
            continue
        wrote, last = _wrote_header_at(lines, i)
        if wrote:
            stamp, who = wrote
            msg = Message(stamp, i, None, i, last, reply_line=True)
            msg.sender = _sender_of(who)
            messages.append(msg)
            continue
        if _label_hits(line):
            continue
        stamp = find_timestamp(line)
        if stamp and _is_bare_stamp_line(line, stamp):
            # a date line alone is an e-mail's only where the labels OCR tore away from it
            # are in the document, or an address is right beside it
            near = "".join(lines[max(0, i - 3) : i + 4])
            if len(label_kinds & {"from", "sent", "to", "cc", "subject"}) >= 2 or "@" in near:
                messages.append(Message(stamp, i, None, i, i))
    return messages


def _dateless_block_messages(blocks: list[Block], dated: bool) -> list[Message]:
    """Header blocks with no time printed: a `Sent:`/`Verzonden:` label (a label no memo
    or minutes use) with nothing readable after it, beside `From:` and `To:` or `Subject:`,
    or a blanked `Datum:` in a full header (`_is_blanked_date_header`).
    A block of bare labels (a column OCR tore from its values) counts only in a document
    with no dated message, as it is otherwise the torn-off labels of one of those."""
    messages = []
    for block in blocks:
        sent = block.fields.get("sent")
        if sent is None or sent.stamp is not None:
            continue
        garbled = (_is_unreadable_stamp(sent.value) or _has_box(sent.value)) and (
            sent.label.lower() not in _shared_sent_labels()
        )
        if _is_readable_value(sent.value) and not garbled:
            continue
        if not {"to", "subject"} & block.fields.keys():
            continue
        if "from" not in block.fields and not (garbled and "subject" in block.fields):
            # a sent time OCR garbled with a subject below is a quoted header whose From
            # line the box over the sender's name took along
            continue
        if sent.label.lower() in _shared_sent_labels() and not _is_blanked_date_header(block):
            continue
        bare = not any(f.value.strip() for f in block.fields.values())
        if bare and dated:
            continue
        messages.append(Message(None, sent.line, block, block.first_line, block.last_line))
    return messages


#: lines around a header block within which another message's header makes it that
#: message's torn-off part rather than a header of its own
TORN_PART_REACH = 3
#: a header pasted into notes prints at least this many fields, one under the other
PASTED_HEADER_FIELDS = 3


def _unsent_header_messages(
    lines: list[str], blocks: list[Block], found: list[Message]
) -> list[Message]:
    """Header blocks that print no sent label at all: a message too when the block is
    built as a mail program prints one (a memo's `Aan:/Van:/Onderwerp:` block is not):
    `From:`, `To:` and `Subject:` with an address among the sender's and recipients'
    values (an undated forward or a header whose date line was left out), or a header
    pasted into notes (`To:`, `Cc:`, `Subject:` one under the other, no From or date).
    Not a block right beside another message's header: a part OCR tore from it."""
    messages = []
    for block in blocks:
        kinds = block.fields.keys()
        if "sent" in kinds or not {"to", "subject"} <= kinds:
            continue
        if not (
            block.fields["to"].value.strip() and _is_readable_value(block.fields["subject"].value)
        ):
            continue  # a column of bare labels OCR tore from its values
        if any(
            block.first_line - TORN_PART_REACH <= m.anchor_line <= block.last_line + TORN_PART_REACH
            for m in found
        ):
            continue
        people = " ".join(block.fields[k].value for k in ("from", *ADDRESS_KINDS) if k in kinds)
        addressed = "@" in repair_addresses(people)
        if ("from" in kinds and addressed) or _is_pasted_block(lines, block, addressed):
            msg = Message(None, block.first_line, block, block.first_line, block.last_line)
            msg.unsent = True
            messages.append(msg)
    return messages


def _is_pasted_block(lines: list[str], block: Block, addressed: bool) -> bool:
    """A header a mail program pasted into notes: no From, at least PASTED_HEADER_FIELDS
    fields on lines one under the other, and an address or a copy label as mail programs
    print it (`Cc:`; a memo or letter writes `Kopie aan:`)."""
    fields = block.fields
    own = _field_lines(block)
    mail_copy = any(
        f.kind in ("cc", "bcc") and f.label.lower() in ("cc", "bcc") for f in fields.values()
    )
    return (
        "from" not in fields
        and len(fields) >= PASTED_HEADER_FIELDS
        and all(k in own for k in range(block.first_line, block.last_line + 1))
        and (addressed or mail_copy)
    )


def _is_blanked_date_header(block: Block) -> bool:
    """`Datum:` with nothing readable after it is a mail header whose sent date was blacked
    out only beside a From value, a To and a Subject: a memo or minutes print their date,
    and a column of bare labels OCR tore from its values has no From value."""
    fields = block.fields
    return {"to", "subject"} <= fields.keys() and _is_readable_value(fields["from"].value)


@cache
def _letter_rules() -> dict[str, list[re.Pattern]]:
    """The letterhead labels (`Datum`, `Ons kenmerk`, `Betreft` ...) and closing formulas
    (`Met vriendelijke groet`) of the document-type vocabulary (`patterns/doc_types.json`)."""
    raw = load_patterns("doc_types.json")
    return {
        "letterhead": [re.compile(p, re.IGNORECASE) for p in raw["letterhead_labels"]],
        "closing": [re.compile(raw["letter_closing_regex"], re.IGNORECASE)],
    }


LONE_SUBJECT_REACH = 3  # non-blank lines around a lone subject line that tell what it heads
TORN_REACH = 8  # lines below a header within which OCR may print its torn-off subject


def _lacks_subject(msg: Message) -> bool:
    return not msg.reply_line and (msg.block is None or "subject" not in msg.block.fields)


def _lone_subject_messages(
    lines: list[str], blocks: list[Block], found: list[Message]
) -> list[Message]:
    """Quoted headers of which OCR or the print kept only `Onderwerp: ...`/`Subject: ...`.

    Letters and memos print that label too, so the line alone is no header: it is one when
    no letterhead label stands beside it (`Datum`, `Ons kenmerk`: a letter's label block)
    and the thread shows it is a message: the document prints the same subject again
    under a reply or forward prefix (the later message quoting it: `FW: <subject>`), or
    the line follows a message's closing (`Met vriendelijke groet,`: the next, older
    message of a printed thread starts below it). Not a line a few lines below a header
    that has no subject: that header's subject, torn off by OCR."""
    messages = []
    for block in blocks:
        subject = block.fields.get("subject")
        if block.fields.keys() != {"subject"} or not _is_readable_value(subject.value):
            continue
        if any(_lacks_subject(m) and 0 < subject.line - m.anchor_line <= TORN_REACH for m in found):
            continue
        around = _nonblank_around(lines, subject.line, LONE_SUBJECT_REACH)
        if any(p.search(lines[k].strip()) for k in around for p in _letter_rules()["letterhead"]):
            continue
        before = [k for k in around if k < subject.line]
        closed = any(p.search(lines[k]) for k in before for p in _letter_rules()["closing"])
        if closed or _is_quoted_by_a_reply(lines, subject):
            msg = Message(None, subject.line, block, block.first_line, block.last_line)
            msg.quoted_original, msg.after_closing = not closed, closed
            messages.append(msg)
    return messages


def _is_quoted_by_a_reply(lines: list[str], subject: Field) -> bool:
    """Does another line print this subject under a reply or forward prefix (`FW: x`)?"""
    own = normalize_subject(subject.value)
    depth = _prefix_depth(subject.value)
    for k, line in enumerate(lines):
        if k == subject.line:
            continue
        hits = _label_hits(line)
        value = line[hits[-1][2] :] if hits and hits[-1][0] == "subject" else line
        if _prefix_depth(value) > depth and normalize_subject(_mend_prefix(value.strip())) == own:
            return True
    return False


def _next_header_start(messages: list[Message], msg: Message, end: int) -> int:
    """The first line of the header printed next below `msg`'s (`end` when none is)."""
    return min((m.first_line for m in messages if m.first_line > msg.anchor_line), default=end)


def _header_last_line(msg: Message) -> int:
    return max(msg.header_end, msg.anchor_line)
