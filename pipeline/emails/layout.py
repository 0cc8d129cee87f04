"""The document's lines as the header readers want them (`_lines_with_pages`): words OCR
read off redaction boxes marked (`box_marked_text`), quote marks cut, damaged labels mended
(`labels`), and values joined to their labels where the print or OCR set them apart: a table's
value below its label, a value in a column beside the label column (read from the word boxes),
and the values below a column of bare labels, in the labels' order."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.docmodel import Box, page_lines, token_box, union_box
from pipeline.emails.addresses import repair_addresses
from pipeline.emails.fields import _fields_of_line
from pipeline.emails.labels import (
    _is_bare_label_line,
    _label_hits,
    _mend_colonless_labels,
    _mend_glued_labels,
    _mend_lost_sent_labels,
    _mend_misread_labels,
)
from pipeline.emails.stamps import _is_bare_stamp_line, _is_unreadable_stamp, find_timestamp
from pipeline.emails.subjects import _is_subject_like, split_file_names
from pipeline.emails.vocab import ADDRESS_KINDS, BOX_MARK, _has_box, _has_codes, _next_nonblank

BOX_WORD_MAX_CONF = 60  # OCR confidence below which a stretched word may be a box read as text
BOX_WORD_STRETCH = 2.5  # its width per character against the page's median (real words: ~1)
BOX_WORD_STRETCH_UNSURE = 1.8  # the same for a word OCR gave (almost) no confidence


def _is_box_word(token: Token, char_width: float) -> bool:
    """A word OCR read off a redaction box: low confidence, a few letters stretched over the
    box's width (`EEEN` over 155 pt where a name of four letters takes 25)."""
    text = token.text
    conf = token._.conf
    box = token_box(token)
    if conf is None or conf >= BOX_WORD_MAX_CONF or "@" in text or _has_codes(text):
        return False
    if len(re.findall(r"[a-z]", text)) >= 5:
        return False  # a real lower-case word OCR was unsure of (box reads are short, upper)
    stretch = BOX_WORD_STRETCH_UNSURE if conf < 20 else BOX_WORD_STRETCH
    return (box.x1 - box.x0) / len(text) >= stretch * char_width


def box_marked_text(page: Span, synthetic: bool = False) -> str:
    """The page's text with the words OCR read off redaction boxes replaced by BOX_MARK
    (a plain-text page, without real word boxes, as it is)."""
    words = [(t, token_box(t)) for t in page if not t.is_space]
    if synthetic or not words:
        return page.text
    widths = sorted((b.x1 - b.x0) / len(t.text) for t, b in words if len(t.text) >= 3)
    if not widths:
        return page.text
    char_width = widths[len(widths) // 2]
    return "".join(
        (BOX_MARK if not t.is_space and _is_box_word(t, char_width) else t.text) + t.whitespace_
        for t in page
    )


def _lines_with_pages(doc: Doc) -> tuple[list[str], list[str], list[int], list[Span | None]]:
    """The document's lines with boxes marked (for the headers), the lines as printed (for
    the bodies), the page of each line and its span (the words, for evidence)."""
    lines: list[str] = []
    printed: list[str] = []
    page_of_line: list[int] = []
    for page, info in zip(doc.spans["pages"], doc._.pages, strict=True):
        marked = repair_addresses(box_marked_text(page, info.synthetic)).splitlines()
        plain = repair_addresses(page.text).splitlines()
        if len(marked) != len(plain):
            marked = plain
        lines += marked
        printed += plain
        page_of_line += [info.page_no] * len(plain)
    spans = [line.span for line in page_lines(doc)]
    if len(spans) != len(printed):
        spans = [None] * len(printed)  # an address repair joined lines: no evidence
    # a plain-text reply quotes the message it answers line by line (`> Op ... schreef:`)
    lines[:] = [_QUOTE_MARKS_RE.sub("", line) for line in lines]
    _mend_misread_labels(lines)
    _mend_colonless_labels(lines)
    _mend_glued_labels(lines)
    _mend_lost_sent_labels(lines)
    _join_values_beside_labels(lines, printed, spans)
    _join_values_below_labels(lines, printed)
    _join_values_after_label_column(lines, printed)
    return lines, printed, page_of_line, spans


#: bare labels, each with its value on the line below, that make a header of label/value rows
LABEL_ROWS_MIN = 3


def _join_values_below_labels(lines: list[str], printed: list[str]) -> None:
    """A header printed as a table of two cells a row, its text read cell by cell: `Van:` /
    `Piet Jansen <...>` / `Verzonden:` / `dinsdag 14 maart ...` one under the other. In a
    run of at least LABEL_ROWS_MIN bare labels, each with a line that is no label right
    below it, every label takes that line (in place; the moved line is left blank so line
    numbers hold). A column of labels with their values elsewhere (OCR of a scan) has no
    such run."""
    i = 0
    while i < len(lines):
        rows = []
        k = i
        while k + 1 < len(lines) and _is_bare_label_line(lines[k]) and _is_cell_value(lines[k + 1]):
            rows.append(k)
            k += 2
        if len(rows) >= LABEL_ROWS_MIN:
            for r in rows:
                lines[r], printed[r] = (
                    f"{lines[r]} {lines[r + 1]}",
                    f"{printed[r]} {printed[r + 1]}",
                )
                lines[r + 1] = printed[r + 1] = ""
        i = k + 1 if rows else i + 1


#: a printed mail's own header read as a column of bare labels (`Van:` / `Verzonden:` / `Aan:`)
LABEL_COLUMN_MIN = 3


def _label_column(lines: list[str], i: int) -> list[int]:
    """The lines of a column of bare labels of different kinds starting at line `i` (blank
    lines between them allowed), or [] where fewer than LABEL_COLUMN_MIN or neither a From
    nor a Sent label stand in it."""
    rows: list[int] = []
    kinds: list[str] = []
    k = i
    while k < len(lines) and (_is_bare_label_line(lines[k]) or not lines[k].strip()):
        if lines[k].strip():
            kind = _label_hits(lines[k])[0][0]
            if kind in kinds:
                break
            rows.append(k)
            kinds.append(kind)
        k += 1
    if len(rows) < LABEL_COLUMN_MIN or not {"from", "sent"} & set(kinds):
        return []
    return rows


def _column_values(lines: list[str], after: int) -> list[int]:
    """The non-blank lines right below a label column, up to the next labelled line."""
    values, k = [], after + 1
    while k < len(lines) and len(values) < LABEL_COLUMN_MIN + 2:
        if lines[k].strip():
            if _label_hits(lines[k]):
                break
            values.append(k)
        k += 1
    return values


def _join_values_after_label_column(lines: list[str], printed: list[str]) -> None:
    """A mail program prints a mail's own header as a table, label beside value. Where its
    values were whited out, or OCR read the labels as one column and the values as the
    next, the text shows the labels one under the other with nothing after them (`Van:` /
    `Verzonden:` / `Aan:` / `Onderwerp:`) and the values that are left below the column in
    the labels' order: the sent time, the subject, the attachments' file names (names and
    addresses whited out print nothing); the print stamp above the column is the sent time
    where the column prints none. Each such value is joined to its label (in place; the
    moved line is left blank so line numbers hold). A column whose values hold an address or
    a box is left alone (`_scrambled_header_fill` reads that layout)."""
    i = 0
    while i < len(lines):
        rows = _label_column(lines, i)
        if not rows:
            i += 1
            continue
        label_of = {_label_hits(lines[r])[0][0]: r for r in rows}
        values = _column_values(lines, rows[-1])
        moves: dict[int, int] = {}
        above = rows[0] - 1  # the print stamp stands right above the column
        stamp = above >= 0 and find_timestamp(lines[above])
        if "sent" in label_of and stamp and _is_bare_stamp_line(lines[above], stamp):
            moves[label_of["sent"]] = above
        if any("@" in lines[k] for k in values):
            i = rows[-1] + 1
            continue
        for k in _values_in_column_order(lines, values, label_of, sent_above=bool(moves)):
            moves.setdefault(k[0], k[1])
        for label_line, k in moves.items():
            lines[label_line] = f"{lines[label_line]} {lines[k].strip()}"
            printed[label_line] = f"{printed[label_line]} {printed[k].strip()}"
            lines[k] = printed[k] = ""
        if moves or (not values and _goes_on_with_values(lines, rows[-1])):
            for kind in ("from", *ADDRESS_KINDS):
                if kind in label_of and label_of[kind] not in moves:
                    lines[label_of[kind]] = f"{lines[label_of[kind]]} {BOX_MARK}"
        i = rows[-1] + 1


def _values_in_column_order(
    lines: list[str], values: list[int], label_of: dict[str, int], sent_above: bool
) -> list[tuple[int, int]]:
    """(label line, value line) of the values below a label column, read in the labels'
    order: the sent time (a timestamp; one OCR garbled past reading is passed over), the
    subject right after it, then the file names. A box or a line of another shape ends
    the values; a column whose first value is no sent time (the time printed elsewhere,
    names and addresses below it) is not read in this order."""
    pairs: list[tuple[int, int]] = []
    want = [kind for kind in ("sent", "subject", "attachments") if kind in label_of]
    if sent_above and "sent" in want:
        want.remove("sent")
    for k in values:
        if want and want[0] == "sent":
            want.pop(0)
            found = find_timestamp(lines[k])
            if found and _is_bare_stamp_line(lines[k], found):
                pairs.append((label_of["sent"], k))
                continue
            if _is_unreadable_stamp(lines[k]):
                continue  # the sent value, unread: the label keeps no value
            break  # no sent time first: the values are not in the labels' order
        if not want or _has_box(lines[k]):
            break
        if want[0] == "subject":
            want.pop(0)
            if not _is_subject_like(lines[k].rstrip(". ")):
                break
            pairs.append((label_of["subject"], k))
            continue
        if want[0] == "attachments" and split_file_names(lines[k].strip())[0]:
            pairs.append((label_of["attachments"], k))
        break
    return pairs


def _goes_on_with_values(lines: list[str], last_row: int) -> bool:
    """The line right below a label column is a labelled field with its value beside it: the
    table of the header goes on, so the column's own values were whited out, not set apart."""
    k = _next_nonblank(lines, last_row, len(lines))
    if k is None or not _label_hits(lines[k]):
        return False
    fields, _lead = _fields_of_line(lines[k], k)
    return bool(fields and fields[0].value.strip())


def _is_cell_value(line: str) -> bool:
    return bool(line.strip()) and not _label_hits(line)


_QUOTE_MARKS_RE = re.compile(r"^(?:\s*>)+ ?")

ROW_REACH = 8  # lines around a lone label within which OCR may have put its value's block


def _join_values_beside_labels(
    lines: list[str], printed: list[str], spans: list[Span | None]
) -> None:
    """A header whose labels and values stand in two columns comes out of Tesseract as two
    blocks on a scan: `Onderwerp:` alone on its line, its value some lines away. A line that
    is only a label takes the one line printed on its row, right of it (in place; the moved
    line is left blank so that line numbers hold). Text-layer lines are rows already."""
    for i, line in enumerate(lines):
        if spans[i] is None or not _is_bare_label_line(line):
            continue
        label = _span_box(spans[i])
        for j in range(max(0, i - ROW_REACH), min(len(lines), i + ROW_REACH + 1)):
            if j == i or spans[j] is None or _label_hits(lines[j]):
                continue
            if _beside_on_row(label, _span_box(spans[j])):
                lines[i], printed[i] = f"{line} {lines[j]}", f"{printed[i]} {printed[j]}"
                lines[j] = printed[j] = ""
                break


def _span_box(span: Span) -> Box | None:
    return union_box(box for t in span if (box := token_box(t)) is not None)


def _beside_on_row(label: Box | None, value: Box | None) -> bool:
    """`value` is one line of text right of `label` whose middle lies within the label's
    height (and the label's within its): the same row of a two-column header."""
    if label is None or value is None or value.x0 <= label.x1:
        return False
    label_mid, value_mid = (label.top + label.bottom) / 2, (value.top + value.bottom) / 2
    one_line = value.bottom - value.top <= 1.6 * (label.bottom - label.top)
    return (
        one_line
        and label.top <= value_mid <= label.bottom
        and value.top <= label_mid <= value.bottom
    )
