"""Headers OCR tore from their labels: an Outlook print whose labels stand in a column of
their own (its subject, attachments and, in a document of one message, recipients where that
print leaves them: `_scrambled_header_fill`), and a lone recipient label OCR set apart below
a header (`_fill_from_torn_recipient_labels`)."""

from __future__ import annotations

from pipeline.emails.addresses import parse_addresses
from pipeline.emails.fill import _drop_torn_local_parts
from pipeline.emails.labels import _is_bare_label_line, _label_hits
from pipeline.emails.messages import _header_last_line, _next_header_start
from pipeline.emails.records import Block, Field, Message
from pipeline.emails.subjects import _is_subject_like, split_file_names
from pipeline.emails.vocab import (
    ADDRESS_KINDS,
    _is_noise_line,
    _next_nonblank,
    _previous_nonblank,
    _rules,
)


def _file_name_lines(lines: list[str], lo: int, hi: int) -> list[tuple[int, list[str], str]]:
    """Lines (in lo..hi) that are lists of file names, a name wrapped onto the next line
    joined, with the unfinished tail of a list that does not run on there."""
    out = []
    k = lo
    while k < hi:
        line = lines[k].strip()
        names, tail = split_file_names(line)
        if names and len(names[0]) <= 160 and not _label_hits(line):
            # a whole line of file names: the text before the first name is short
            if tail:
                n = k + 1
                if n < hi and lines[n].strip():
                    more, _ = split_file_names(lines[n].strip())
                    if more and not lines[n].strip()[0].isdigit():
                        names.append(f"{tail} {more[0]}")
                        out.append((k, names, ""))
                        k = n + 1
                        continue
            out.append((k, names, tail))
        k += 1
    return out


def _scrambled_header_fill(
    msg: Message, lines: list[str], lo: int, hi: int, fields: list[Field], only: bool = False
) -> None:
    """Outlook prints whose labels OCR read as a column of their own (`From:`, `Sent:`,
    `To:`, `Subject:`, `Attachments:`, `Importance:` with no values): find the values where
    that layout leaves them. `only`: the message is the document's only one, so every
    address line of the document is one of its header's."""
    lone = [f for f in fields if lo <= f.line < hi and not f.value]
    kinds = {f.kind for f in lone}
    if not {"subject", "attachments", "importance"} & kinds:
        return
    labeled_lines = {k for f in fields for k in range(f.line, f.last_line + 1)}
    name_lines = [
        (k, names, tail)
        for k, names, tail in _file_name_lines(lines, lo, hi)
        if k not in labeled_lines
    ]
    if msg.subject is None and "subject" in kinds:
        msg.subject = _scrambled_subject(msg, lines, lo, hi, lone, [k for k, *_ in name_lines])
    if not msg.attachments and "attachments" in kinds:
        msg.attachments = _scrambled_attachments(name_lines)
    if only and set(ADDRESS_KINDS) & kinds:
        _scrambled_recipients(msg, lines, lo, hi, lone, labeled_lines)


def _scrambled_subject(
    msg: Message, lines: list[str], lo: int, hi: int, lone: list[Field], name_lines: list[int]
) -> str | None:
    """The subject of a torn Outlook print: the line before `High` (Importance), before the
    file names (Attachments), or after the last recipient address (`...>`)."""
    # a line printed more than once (`Gemeente Utrecht`) is a signature, not a subject;
    # a known domain counts as seen often
    counts: dict[str, int] = dict.fromkeys(_rules()["known_domains"], 2)
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    repeated = {text for text, n in counts.items() if n > 1}
    importance = [f.line for f in lone if f.kind == "importance"]
    if importance:
        values = [v.lower() for v in _rules()["importance_values"]]
        for k in range(min(importance) + 1, hi):
            if lines[k].strip().lower() in values:
                for j in range(k - 1, lo, -1):
                    if _is_subject_like(lines[j], repeated):
                        return lines[j].strip()
                break
    for k in name_lines:
        j = _previous_nonblank(lines, k, limit=1)
        if j is not None and _is_subject_like(lines[j], repeated):
            return lines[j].strip()
    for k in range(msg.anchor_line + 1, hi - 1):
        # the last value line of addresses (and boxes OCR glued to them) before the subject
        if "@" not in lines[k] or not _is_noise_line(lines[k]):
            continue
        j = _next_nonblank(lines, k, hi)
        if j is not None and "@" not in lines[j] and _is_subject_like(lines[j], repeated):
            return lines[j].strip()
    return None


def _scrambled_attachments(name_lines: list[tuple[int, list[str], str]]) -> list[str]:
    """The file names of a torn Outlook print. A list cut at the end of its line (`..pdf,
    20220313 Secura offerte beoordeling`) runs on in the one other file-name line of the
    stretch, which OCR's column order may print before or after it."""
    names = [n for _k, line_names, _tail in name_lines for n in line_names]
    tails = [(k, tail) for k, _names, tail in name_lines if tail]
    others = [(k, line_names) for k, line_names, tail in name_lines if not tail]
    if len(tails) == 1 and len(others) == 1:
        head = others[0][1][0]
        names[names.index(head)] = f"{tails[0][1]} {head}"
    return names


def _scrambled_recipients(
    msg: Message, lines: list[str], lo: int, hi: int, lone: list[Field], labeled: set[int]
) -> None:
    """Recipients of a torn Outlook print that is its document's only message: every line
    of addresses and boxes (values torn from the label column) other than the sender's
    adds its domains, as `cc` below a bare `Cc:` label up to the next label, else as `to`.
    A box without a domain is then no recipient of its own where its kind has domains:
    it is the local part of an address whose domain OCR printed elsewhere."""
    kind_of_line: dict[int, str] = {}
    for f in sorted(lone, key=lambda f: f.line):
        if f.kind in ADDRESS_KINDS:
            k = f.line + 1
            while k < hi and k not in labeled:
                kind_of_line[k] = f.kind
                k += 1
    taken = {(r["kind"], r["domain"]) for r in msg.recipients}
    for k in range(lo, hi):
        if k in labeled or k == msg.first_line or "@" not in lines[k]:
            continue
        if not _is_noise_line(lines[k]):
            continue
        kind = kind_of_line.get(k, "to")
        for person in parse_addresses(lines[k]):
            if person["domain"] and (kind, person["domain"]) not in taken:
                taken.add((kind, person["domain"]))
                msg.recipients.append({"kind": kind, **person})
    _drop_torn_local_parts(msg)


def _is_torn_header(msg: Message) -> bool:
    """A header OCR tore from its labels: a bare timestamp line (its labels printed in a
    column of their own) or a block with a label that has no value beside it."""
    if msg.reply_line or msg.quoted_original:
        return False
    return msg.block is None or any(not f.value.strip() for f in msg.block.fields.values())


def _is_lone_recipient_block(block: Block, lines: list[str]) -> bool:
    """A block of recipient labels only (`Cc:`, `To:` / `Cc:`) whose first label stands
    alone on its line: OCR read that row of a two-column header as a block of its own."""
    kinds = block.fields.keys()
    first = min(block.fields.values(), key=lambda f: f.line)
    return bool(kinds) and kinds <= set(ADDRESS_KINDS) and _is_bare_label_line(lines[first.line])


def _torn_label_values(f: Field, lines: list[str], hi: int) -> str:
    """A lone recipient label's value: what stands after it, and the value lines (codes,
    addresses, specks) right below it up to the first line of text or label."""
    values = [f.value]
    for k in range(f.last_line + 1, hi):
        line = lines[k]
        if not line.strip():
            continue
        if _label_hits(line) or not _is_noise_line(line):
            break
        values.append(line.strip())
    return " ; ".join(v for v in values if v.strip())


def _fill_from_torn_recipient_labels(
    messages: list[Message], blocks: list[Block], lines: list[str]
) -> None:
    """A torn header that lacks a recipient kind takes it from a lone label block of that
    kind (`Cc:` and its value lines) that OCR printed away from the header, anywhere in
    the message's own stretch (below its header, above the next one): OCR reads the rows
    of a two-column header as blocks of their own and may set one after the body's first
    paragraphs. Each lone block goes to one message; a block with a kind the message has
    already is another header's."""
    headers = {m.block.first_line for m in messages if m.block is not None}
    lone = [b for b in blocks if b.first_line not in headers and _is_lone_recipient_block(b, lines)]
    for msg in messages:
        if not _is_torn_header(msg):
            continue
        lo, hi = _header_last_line(msg), _next_header_start(messages, msg, len(lines))
        for block in [b for b in lone if lo < b.first_line < hi]:
            have = {r["kind"] for r in msg.recipients}
            if have & block.fields.keys():
                continue
            lone.remove(block)
            for f in sorted(block.fields.values(), key=lambda f: f.line):
                value = _torn_label_values(f, lines, len(lines))
                msg.recipients += [{"kind": f.kind, **r} for r in parse_addresses(value)]
            _drop_torn_local_parts(msg)
            break
