"""A document's labelled header fields (`_collect_fields`: a value after its label or
before it, recipient and attachment lists and long subjects wrapped onto the next lines) and
the header blocks they form (`_build_blocks`: a block ends at a gap of content lines, a field
that repeats, or a `From:` after a date or subject)."""

from __future__ import annotations

import re

from pipeline.emails.addresses import repair_addresses
from pipeline.emails.labels import _label_hits
from pipeline.emails.records import Block, Field
from pipeline.emails.stamps import find_timestamp
from pipeline.emails.subjects import split_file_names
from pipeline.emails.vocab import ADDRESS_KINDS, BOX_MARK, _is_noise_line


def _fields_of_line(line: str, line_no: int) -> tuple[list[Field], str]:
    """Fields labelled in one line, and text before the first label (belongs to the field
    above when a value follows the label)."""
    hits = _label_hits(line)
    if not hits:
        return [], ""
    fields = []
    lead = line[: hits[0][1]].strip()
    for i, (kind, _start, end) in enumerate(hits):
        stop = hits[i + 1][1] if i + 1 < len(hits) else len(line)
        value = line[end:stop].strip()
        label = line[_start:end].rstrip(" :")
        fields.append(Field(kind, line_no, value, line_no, label=label))
    if lead and not fields[0].value and len(hits) == 1:
        # `Agenda en bijlagen BO/BP 6 april a.s.Subject:`: OCR printed the value first
        fields[0].value = lead
        lead = ""
    return fields, lead


#: labels that follow the recipients in a header: a line between a recipient list and one
#: of these is that list wrapped
_AFTER_RECIPIENTS = {"cc", "bcc", "subject", "attachments"}


def _continues_list(kind: str, value: str, next_line: str, then: str = "") -> bool:
    """Does `next_line` carry on the recipients or attachments of the line above? `then`:
    the line after it."""
    if not next_line.strip() or _label_hits(next_line):
        return False
    if kind == "attachments":
        _names, tail = split_file_names(value)
        if tail or value.rstrip().endswith((",", ";")):
            return True
        # one file name a line: a line of nothing but file names carries the list on
        names, rest = split_file_names(next_line)
        return bool(names) and not rest
    if kind in ADDRESS_KINDS:
        quotes = sum(value.count(q) for q in '"“”')
        hits = _label_hits(then)
        return (
            value.rstrip().endswith((";", ","))
            or quotes % 2 == 1  # a quoted name wrapped onto the next line
            # the next name after a separator, or after a redacted one (`▮ , "Capel, S"`)
            or next_line.lstrip().startswith((",", ";", BOX_MARK))
            or "@" in repair_addresses(next_line)
            # a list line right above the header's next label (`CC: Blik op W` / `jerk ||
            # Dienstverlener; Blik op Werk || Financiën` / `Onderwerp: ...`)
            or (";" in next_line and bool(hits) and hits[0][1] == len(then) - len(then.lstrip())
                and hits[0][0] in _AFTER_RECIPIENTS)
        )  # fmt: skip
    return False


def _collect_fields(lines: list[str]) -> list[Field]:
    fields: list[Field] = []
    i = 0
    while i < len(lines):
        found, lead = _fields_of_line(lines[i], i)
        if lead and fields and fields[-1].line >= i - 3:
            target = next(
                (f for f in reversed(fields) if f.kind in ("from", *ADDRESS_KINDS)), fields[-1]
            )
            if "@" in lead or target is fields[-1]:
                target.value = f"{target.value} {lead}".strip()
        for f in found:
            if f.kind == "sent":
                f.stamp = find_timestamp(f.value) or find_timestamp(lines[i])
            fields.append(f)
        if found and _subject_wraps(found[-1], lines, i):
            found[-1].value = f"{found[-1].value} {lines[i + 1].strip()}"
            found[-1].last_line = i + 1
        if found:
            last = found[-1]
            j = last.last_line + 1
            while j < len(lines) and last.kind in ("attachments", *ADDRESS_KINDS):
                # OCR leaves a blank line inside a wrapped list now and then
                k = j + 1 if not lines[j].strip() and j + 1 < len(lines) else j
                then = next((t for t in lines[k + 1 : k + 3] if t.strip()), "")
                if not _continues_list(last.kind, last.value, lines[k], then):
                    break
                joint = "" if last.value.endswith("-") else " "  # `16-02-` + `2022_V2.pdf`
                last.value = f"{last.value}{joint}{lines[k].strip()}"
                last.last_line = k
                j = k + 1
            i = max(i + 1, j)
        else:
            i += 1
    return fields


WRAPPED_SUBJECT_CHARS = 50  # a subject line this long may have wrapped at the print's margin


def _subject_wraps(f: Field, lines: list[str], i: int) -> bool:
    """Does the subject on line i go on onto the next line? A long subject wraps at the
    print's margin: the next line carries on in lower case (`... de nieuwe school in` /
    `het centrum`) and the header's blank line (or its next label) follows it; a body's
    first line opens with a capital."""
    if f.kind != "subject" or len(f.value) < WRAPPED_SUBJECT_CHARS or i + 2 >= len(lines):
        return False
    nxt, then = lines[i + 1].strip(), lines[i + 2]
    if not re.match(r"[a-z0-9(]", nxt) or _label_hits(nxt):
        return False
    return not then.strip() or bool(_label_hits(then)) or _tail_above_body(lines[i], nxt, then)


def _tail_above_body(line: str, nxt: str, then: str) -> bool:
    """A born-digital PDF's text layer has no blank line between header and body (PDFium
    joins the rows of a page), so the body may follow a wrapped subject at once: the tail is
    then shorter than half the subject's first line, and the body opens with a capital
    (`Hallo,`, `Ha Els`, `Beste Tom,`)."""
    return 2 * len(nxt) <= len(line.strip()) and bool(re.match(r"[A-Z]", then.strip()))


def _content_lines_between(lines: list[str], a: int, b: int, fields: Block | None = None) -> int:
    """Lines of text between two header lines; values torn from their labels (codes, bare
    addresses), the continuation lines of a recipient list (Apple Mail: `, "Capel,
    Sebastiaan"`) and the lines of `fields`' own header fields do not count."""
    own = _field_lines(fields) if fields else set()
    return sum(
        1
        for k in range(a + 1, b)
        if lines[k].strip()
        and k not in own
        and not _is_noise_line(lines[k])
        and not lines[k].lstrip().startswith((",", ";", "‚"))
    )


def _field_lines(block: Block) -> set[int]:
    return {k for f in block.fields.values() for k in range(f.line, f.last_line + 1)}


MAX_GAP = 2  # content lines allowed between two fields of one header block


def _build_blocks(lines: list[str], fields: list[Field]) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for f in fields:
        start_new = current is None
        if current is not None:
            if _content_lines_between(lines, current.last_line, f.line) > MAX_GAP:
                start_new = True
            elif f.kind in current.fields:
                start_new = True
            elif f.kind == "from" and ({"sent", "subject", "to"} & current.fields.keys()):
                start_new = True
            elif _after_written_subject(lines, current, f):
                start_new = True
        if start_new:
            current = Block(first_line=f.line, last_line=f.last_line)
            blocks.append(current)
        current.fields[f.kind] = f
        current.last_line = max(current.last_line, f.last_line)
    return blocks


def _after_written_subject(lines: list[str], block: Block, f: Field) -> bool:
    """Does an address field come after a block's subject and text below it? A header
    ends with its subject (and attachments): recipient labels after the message's first
    lines are another header's, torn off by OCR. The block's own fields below the subject
    are no such text (Apple Mail prints `Onderwerp:` before `Datum:` and `Aan:`; Gmail
    `Subject:` before `To:` and `Cc:`)."""
    subject = block.fields.get("subject")
    return (
        f.kind in ADDRESS_KINDS
        and subject is not None
        and bool(subject.value)
        and f.line > subject.last_line
        and _content_lines_between(lines, subject.last_line, f.line, block) > 0
    )
