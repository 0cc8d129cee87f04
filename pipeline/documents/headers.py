"""E-mail headers in a text: the labels a line carries, a header block at the top of a page
(also as a printed mail's column of bare labels, pasted into notes, or a note's Aan / Van /
Datum block), a header that ends a page or is quoted in a thread, a mail's header above a
greeting, and a mail window's title bar.
"""

from __future__ import annotations

import itertools
import re

from pipeline.dates import DATE_RE
from pipeline.documents.lines import LISTING_LINES, text_lines
from pipeline.documents.rules import _rules
from pipeline.emails import sender_line


def email_header_kinds(lines: list[str]) -> set[str]:
    """Which e-mail header labels (from, sent, to, cc, subject, attachments) the lines carry."""
    kinds = set()
    for line in lines:
        for kind, pattern in _rules()["email_labels"].items():
            if pattern.match(line):
                kinds.add(kind)
        # OCR column order can put the label after its value: "...+0100Sent:"
        m = _rules()["email_label_at_end"].search(line)
        if m:
            kinds.add(m.lastgroup)
    return kinds


def has_email_header_at_top(text: str) -> bool:
    """An e-mail header block opens the page (From/Van + Sent/Verzonden + To/Aan ...).

    The From line (or the sent timestamp, when OCR moved the labels) must be among the first
    lines: a quoted header lower on a page continues the thread printed above it. A memo's
    Aan/Van/Datum block is no e-mail: that wants a sent time, an address or a Sent label.
    """
    rules = _rules()
    lines = text_lines(text)
    top = lines[: rules["email_search_lines"]]
    if not top:
        return False
    opening = top[: rules["email_opening_lines"]]
    if opens_with_label_column(top):
        return True
    # an RFC 2822 timestamp ("Wed, 16 Feb 2022 13:49:33 +0100") only ever comes from a mail
    # header, also when OCR moved its labels elsewhere
    if any(rules["email_timestamp"].match(line) for line in opening):
        return True
    if not any(rules["email_labels"]["from"].match(line) for line in opening):
        return False
    kinds = email_header_kinds(top)
    return len(kinds) >= 2 and (_prints_mail_fields(top) or _date_blacked_out(top, kinds))


#: A mail program prints a mail's own header as a table, label beside value; OCR of the print
#: (and a print whose values were whited out) reads it as a column of bare labels one under
#: the other (`Van:` / `Verzonden:` / `Aan:`), the values set apart. A header quoted in a
#: thread's text prints each value after its label. This many bare labels make that column.
LABEL_COLUMN_MIN = 3
#: Lines above the column that may stand before it: the print stamp (`dinsdag 11 juli 2023
#: 11:50`) or the mailbox owner's name.
LABEL_COLUMN_LEAD = 1


def _bare_label_kind(line: str) -> str | None:
    """The kind of a line that is one header label and nothing else (`Verzonden:`)."""
    line = line.strip()
    for kind, pattern in _rules()["email_labels"].items():
        m = pattern.match(line)
        if m and not line[m.end() :].strip():
            return kind
    return None


def label_column_at(lines: list[str], n: int) -> bool:
    """Whether `lines[n:]` open with a printed mail's own header as a column of bare labels:
    at least LABEL_COLUMN_MIN of them one under the other, of different kinds, whom it came
    from or when it was sent among them."""
    kinds: list[str] = []
    for line in lines[n:]:
        kind = _bare_label_kind(line)
        if kind is None or kind in kinds:
            break
        kinds.append(kind)
    return len(kinds) >= LABEL_COLUMN_MIN and bool({"from", "sent"} & set(kinds))


def opens_with_label_column(lines: list[str]) -> bool:
    """A printed mail's label column opens the lines (below one lead line at most)."""
    return any(label_column_at(lines, n) for n in range(min(LABEL_COLUMN_LEAD + 1, len(lines))))


def _prints_mail_fields(lines: list[str]) -> bool:
    """An address, a time of day or a Sent label: what a mail header prints and a memo's
    Aan/Van/Datum block does not."""
    text = "\n".join(lines)
    return (
        "@" in text
        or re.search(r"\b\d{1,2}[:.]\d\d\b", text) is not None
        or any(_rules()["email_sent_label"].match(line) for line in lines)
    )


def _date_blacked_out(top: list[str], kinds: set[str]) -> bool:
    """From, To and Subject with a date label but no date anywhere near: a mail header whose
    sent date was blacked out (a memo's Aan/Van/Datum block prints its date)."""
    if not {"from", "to", "subject", "sent"} <= kinds:
        return False
    return DATE_RE.search("\n".join(top)) is None


#: A header block pasted into notes prints at least these fields, one under the other.
PASTED_HEADER_FIELDS = 3


def pasted_header_at(lines: list[str], n: int) -> bool:
    """Whether `lines[n:]` open with an e-mail's header block as a mail program copies it
    into notes (`To: ...` / `Cc: ...` / `Subject: ...`, no From or date): at least
    `PASTED_HEADER_FIELDS` header fields one under the other, whom it went to and its
    subject among them."""
    kinds: list[str] = []
    for line in lines[n:]:
        found = [k for k, p in _rules()["email_labels"].items() if p.match(line.strip())]
        if not found:
            break
        kinds += found
    return len(kinds) >= PASTED_HEADER_FIELDS and {"to", "subject"} <= set(kinds)


def _opens_with_pasted_header(lines: list[str]) -> bool:
    """A pasted header block at the top, also under the heading that names it (`Mail van
    Bart`)."""
    return any(pasted_header_at(lines, n) for n in range(min(2, len(lines))))


#: Lines from the top within which a note's header block stands.
MEMO_HEADER_LINES = 6


def has_memo_header_at_top(text: str) -> bool:
    """A note's header block opens the page (`Aan: / Van: / Datum: / Onderwerp:`): its
    first line is one of those labels, To and From stand within `MEMO_HEADER_LINES` with a
    date or subject, and it prints a date but nothing of a mail header (no time, address or
    Sent label: then it is one)."""
    lines = text_lines(text)[:MEMO_HEADER_LINES]
    rules = _rules()
    if not lines or not any(p.match(lines[0]) for p in rules["email_labels"].values()):
        return False
    kinds = email_header_kinds(lines)
    if not {"from", "to"} <= kinds or not {"subject", "sent"} & kinds:
        return False
    return not _prints_mail_fields(lines) and DATE_RE.search("\n".join(lines)) is not None


def ends_in_email_header(text: str) -> bool:
    """The page's last line of words is an e-mail header field (`Onderwerp: RE: ...`): the
    message's body, and so its document, goes on overleaf."""
    words = [x for x in text_lines(text) if re.search(r"[A-Za-zÀ-ÿ]{2}", x)]
    return bool(words) and any(p.match(words[-1]) for p in _rules()["email_labels"].values())


def opens_with_quoted_header(lines: list[str]) -> bool:
    """Header fields of an e-mail (Verzonden, Aan, Onderwerp ...) among the first lines but
    no From line: the header of a quoted message inside a thread, torn from its From line by
    a page break, not the top of a printed e-mail."""
    rules = _rules()
    opening = lines[: rules["email_opening_lines"]]
    kinds = email_header_kinds(opening)
    return bool(kinds) and "from" not in kinds


#: Header fields that only a message's header block opens with (a signature may list its
#: attachments, a letter its addressee).
MESSAGE_FIELDS = {"sent", "subject"}


def _quotes_a_message(lines: list[str]) -> bool:
    """A reply whose own header is lost: a message body that ends in its closing formula,
    its signature, then the header of the quoted message (fields without a From line)."""
    closing = _rules()["letter_closing"]
    for n, line in enumerate(lines):
        header = _header_lines(lines[n + 1 :]) if closing.search(line) else []
        # an attachment list under a signature ("Bijlage: ...") is no quoted header
        if opens_with_quoted_header(header) and email_header_kinds(header[:3]) & MESSAGE_FIELDS:
            return True
    return False


def _header_lines(lines: list[str]) -> list[str]:
    """From the lines below a closing formula, those from the first header field on, when
    one stands within the signature's reach."""
    labels = _rules()["email_labels"].values()
    for n, line in enumerate(lines[:CLOSING_REACH]):
        if any(p.match(line) for p in labels):
            return lines[n:]
    return []


#: A mail header above a text's first salutation has at least this many kinds of field.
MAIL_HEADER_KINDS = 3


def _mail_header_before_salutation(lines: list[str]) -> bool:
    """A mail's header fields (three kinds of From, Sent, To, Cc, Subject, with a Sent label
    that only mails print: `Verzonden:`, `Sent:`) above the first salutation, within the
    lines a header is looked for in: a thread of mails, some opening as letters do (`Beste`
    ... `Met vriendelijke groet`), whose top header OCR broke. A letter greets before it
    quotes any mail."""
    rules = _rules()
    head = list(
        itertools.takewhile(
            lambda x: not rules["letter_salutation"].match(x), lines[:LISTING_LINES]
        )
    )
    kinds = email_header_kinds(head) & {"from", "sent", "to", "cc", "subject"}
    sent_label = any(rules["email_sent_label"].match(x) for x in head)
    return sent_label and len(kinds) >= MAIL_HEADER_KINDS


def _sender_line_before_salutation(lines: list[str]) -> str | None:
    """A mail whose header is one line (`emails.sender_line`: the date, the sender with
    the address, the subject) above the first salutation: a mail copied from a client's
    list or print, which greets as a letter does. Its subject or sender, the title."""
    rules = _rules()
    head = itertools.takewhile(
        lambda x: not rules["letter_salutation"].match(x), lines[:LISTING_LINES]
    )
    for line in head:
        if (hit := sender_line(line)) is not None:
            _stamp, who = hit
            return who["rest"].strip() or who["name"] or who["address"]
    return None


#: Lines at the end of an open document within which a closing formula ends a message (the
#: signature under "Met vriendelijke groet," takes a few lines).
CLOSING_REACH = 8


#: Lines at the top of a text within which a mail window's title bar stands, and the lines
#: of its reading pane.
WINDOW_TITLE_LINES = 2
WINDOW_PANE_LINES = 25


def mail_window_title(lines: list[str]) -> str | None:
    """The subject in a mail program's window title opening the lines (a screenshot of a
    mail: `FW: klacht - Bericht (HTML)`), else None."""
    for line in lines[:WINDOW_TITLE_LINES]:
        m = _rules()["mail_window_title"].search(line)
        if m:
            return m["subject"].strip()
    return None
