"""Plain text: where a release's text is cut into chunks (`_chunk_spans`): a line that opens
with one space (the OCR release's page mark), a document stamp in a block of its own, and
in a text without that mark the starts of documents printed one after the other (the dated
titles of a series, held-on paragraphs, a log's dated headings, pasted and printed mails, a
mail header sent later than the one above it, letterheads, an addressed letter below
running text, what follows a minister's signed letter, a mail window's title bar).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pipeline.dates import DATE_RE, MONTH_ALT, find_dates, parse_date, repair_date_span
from pipeline.documents.continuation import (
    FURNITURE_OWN_WORDS,
    TITLE_LEAD_LINES,
    _title_lead,
    attendance_marker,
    record_title_date,
)
from pipeline.documents.dating import _opens_with_held_on
from pipeline.documents.headers import (
    _bare_label_kind,
    email_header_kinds,
    label_column_at,
    pasted_header_at,
)
from pipeline.documents.letters import (
    LETTERHEAD_LOGO_LINES,
    LETTERHEAD_REACH,
    _dated_addressee,
    _opens_letter_head,
    _signature_end,
)
from pipeline.documents.lines import (
    PAGE_LINE_CHARS,
    PROSE_LINE_WORDS,
    RECORD_HEAD_LINES,
    _is_timestamp,
    _title_shaped,
    is_contents,
    is_cover_page,
    is_host_viewer,
    is_hosted_title_line,
    names_a_meeting,
    site_chrome_lines,
)
from pipeline.documents.meeting_pages import opens_page_proposal, opens_page_record
from pipeline.documents.rules import _rules
from pipeline.emails import find_timestamp

# a chunk of the plain-text release starts on a line that begins with exactly one space
_CHUNK_START_RE = re.compile(r"^ (?=\S)", re.MULTILINE)


#: a list's item as a web page saved as text indents it: a bullet or an item number
_INDENTED_ITEM_RE = re.compile(r" (?:[-*•▪·–]|\d{1,3}[.)]?)(?:\s|$)")


def _marks_pages_with_a_space(text: str) -> bool:
    """Whether a plain text follows the OCR release's convention of one space opening each
    page, the first page included. A text that opens flush left (a web page, a typed text)
    indents its lines for list markup, which starts no page; so does one whose every
    space-opened line is a list's item (an HTML list saved as text: ` • 1`, ` 1. Wat is
    ...?`, every item numbered 1 as the numbers were the browser's): a page of the OCR
    convention opens with whatever its first line is, mostly words."""
    if _CHUNK_START_RE.match(text.lstrip("\n")) is None:
        return False
    opened = _CHUNK_START_RE.finditer(text)
    return not all(_INDENTED_ITEM_RE.match(text, m.start()) for m in opened)


def _stamp_block_starts(text: str) -> list[int]:
    """Offsets of document-number stamps standing in a block of their own (a blank line
    before and after: "Docnr18" printed at the head of a page). A stamp run into the text
    around it is part of that text."""
    stamp = _rules()["doc_stamp"]
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    return [
        offsets[n]
        for n in range(1, len(lines) - 1)
        if stamp.match(lines[n].strip()) and not lines[n - 1].strip() and not lines[n + 1].strip()
    ]


#: a month and year without a day (`Vergadering juli 2021`), a year alone (`Jaarvergadering 2019`)
_MONTH_YEAR_RE = re.compile(
    rf"\b(?:(?P<month>{MONTH_ALT})"
    r"\.?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: A series title is a short line: a heading, not a sentence that mentions a date.
SERIES_TITLE_MAX_CHARS = 80


def _title_template(line: str) -> str | None:
    """A dated title with its dates taken out (`Verslag Dorpenplatform 20 april 2016` ->
    `verslag dorpenplatform #`): the title of one record of a series, None when the line
    is no such title (no date, no meeting or record named, a sentence, too long)."""
    line = line.strip()
    if len(line) > SERIES_TITLE_MAX_CHARS or not _title_shaped(line):
        return None
    template = _MONTH_YEAR_RE.sub("#", DATE_RE.sub("#", line.lower()))
    if "#" not in template or not names_a_meeting(template):
        return None
    return re.sub(r"\s+", " ", template)


def _title_when(line: str) -> date | None:
    """The date of a series title: its date, else the first of its month or year."""
    found = find_dates(line)
    if found:
        return found[0][2].value
    m = _MONTH_YEAR_RE.search(line)
    parsed = m and parse_date(f"1 {m['month'] or 'januari'} {m['year']}")
    return parsed.value if parsed else None


def _series_title_starts(text: str) -> list[int]:
    """Offsets of the lines that repeat the text's first line as the title of an earlier
    record of the same series (`Besluitenlijst woensdag 27 september 2017`, then
    `Besluitenlijst donderdag 29 juni 2017`): a web page that lists a body's minutes or
    decision lists one below the other, newest first, each a document (as a masthead under
    a new date opens the next issue of a series in a PDF). The title stands in a block of
    its own; a later date under the same title is the same meeting's report going on."""
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    template = _title_template(lines[first]) if first is not None else None
    newest = _title_when(lines[first]) if template is not None else None
    if newest is None:
        return []
    offsets, starts = _line_offsets(lines), []
    for n in range(first + 1, len(lines)):
        if lines[n - 1].strip() or _title_template(lines[n]) != template:
            continue
        when = _title_when(lines[n])
        if when is not None and when < newest:
            starts.append(offsets[n])
            newest = when
    return starts


#: How far below its dated heading a record of a series names the meeting it reports.
DATED_HEADING_RECORD_LINES = 3
#: a heading that is nothing but a day (`## Donderdag 11 Februari`, `12 maart 2024`)
_DATED_HEADING_RE = re.compile(r"^(?P<level>#{0,6})\s*(?P<date>.+?)\s*$")


def _dated_heading(line: str) -> tuple[int, tuple[int, int, int]] | None:
    """(heading level, (year or 0, month, day)) of a line that is nothing but a date,
    its weekday and markdown heading marks allowed; None for any other line."""
    m = _DATED_HEADING_RE.match(line.strip())
    found = m and DATE_RE.fullmatch(m["date"])
    parsed = found and parse_date(m["date"], context_year=2000)
    if not parsed:
        return None
    when = parsed.value
    return len(m["level"]), (0 if parsed.year_inferred else when.year, when.month, when.day)


def _names_a_record_below(lines: list[str], n: int) -> bool:
    """Whether one of the first lines below line `n` names a meeting or its record (`###
    Verslag Vergadering`): a dated heading over a record, not over any news."""
    below = [x for x in lines[n + 1 :] if x.strip()][:DATED_HEADING_RECORD_LINES]
    return any(names_a_meeting(x) and _title_shaped(x.strip()) for x in below)


def _dated_heading_starts(text: str) -> list[int]:
    """Offsets of the dated headings that open the next record of a log whose first line is
    such a heading (`## Donderdag 11 Februari`, `### Verslag Vergadering`, the meeting's
    table ...; then `## Vrijdag 19 Februari` over the next meeting's): each record is a
    document. A heading counts where it stands in a block of its own at the first one's
    level, over a record that names a meeting as the first one does, and its day follows
    the days before it in one direction (a log in date order, oldest or newest first);
    a date alone on a line elsewhere (a field's value, a day in a list) starts nothing."""
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    head = _dated_heading(lines[first]) if first is not None else None
    if head is None or not _names_a_record_below(lines, first):
        return []
    offsets, starts, days = _line_offsets(lines), [], [head[1]]
    for n in range(first + 1, len(lines)):
        heading = _dated_heading(lines[n]) if not lines[n - 1].strip() else None
        if heading is None or heading[0] != head[0] or not _names_a_record_below(lines, n):
            continue
        if len(days) > 1 and (heading[1] > days[-1]) != (days[-1] > days[-2]):
            continue  # against the log's order: a day in the record, not the next record
        if heading[1] != days[-1]:
            starts.append(offsets[n])
            days.append(heading[1])
    return starts


#: How far down the first report of a series of held-on paragraphs says which meeting was held.
HELD_ON_OPENING_LINES = 3


def _held_on_starts(text: str) -> list[int]:
    """Offsets of the paragraphs that report another meeting as held, in a text that opens
    by reporting one (a board's message: `Op 14 februari hebben we onze ALV gehouden: ...`,
    then `Op 6 maart hebben we onze bestuursvergadering gehouden: ...`): each paragraph is
    that meeting's report, a document of its own, as each dated title of a series is."""
    lines = text.splitlines(keepends=True)
    readable = [n for n, line in enumerate(lines) if line.strip()]
    opening = [_opens_with_held_on(lines[n]) for n in readable[:HELD_ON_OPENING_LINES]]
    seen = {when for when in opening if when is not None}
    if not seen:
        return []
    offsets, starts = _line_offsets(lines), []
    for n in readable[HELD_ON_OPENING_LINES:]:
        when = _opens_with_held_on(lines[n]) if not lines[n - 1].strip() else None
        if when is not None and when not in seen:
            starts.append(offsets[n])
            seen.add(when)
    return starts


#: Words of another piece above a record's title block that make it a document of its own
#: (a periodical's masthead and contents, a title page, an agenda); fewer are page furniture
OTHER_PIECE_WORDS = 60


def _record_title_starts(text: str) -> list[int]:
    """Offsets of the title blocks of records printed below another piece (a periodical's
    masthead and contents, a volume's title page, the agenda of the meeting): a title naming
    a meeting with its date and its attendance list below (`record_title_date`); the text
    above holds a piece's worth of words, no attendance list and a date of its own, none of
    them the meeting's (an introduction that reports the meeting is the record's own)."""
    lines = text.splitlines(keepends=True)
    filled = [n for n, line in enumerate(lines) if line.strip()]
    stripped = [lines[n].strip() for n in filled]
    offsets, starts = _line_offsets(lines), []
    for pos in range(1, len(filled)):
        if _title_lead(stripped[pos]):
            continue  # the block is read from its first line that names the meeting
        day = record_title_date(stripped[pos:])
        if day is None or not _another_piece(stripped[:pos], day):
            continue
        top = pos
        while pos - top < TITLE_LEAD_LINES and top > 0 and _title_lead(stripped[top - 1]):
            top -= 1
        starts.append(offsets[filled[top]])
    return starts


def _another_piece(above: list[str], day: date) -> bool:
    """Text above a record's title that is a piece of its own: enough words, no attendance
    list, dated, and naming nowhere the record's day."""
    if sum(len(x.split()) for x in above) < OTHER_PIECE_WORDS:
        return False
    if any(attendance_marker(x) for x in above):
        return False
    # a contents page names the record's day among the others: no piece of its own names it
    pieces = [x for x in above if not is_contents(x)]
    days = {d[2].value for x in pieces for d in find_dates(repair_date_span(x))}
    return bool(days) and day not in days


def _page_record_starts(text: str) -> list[int]:
    """Offsets of the pages, in a text whose PDF pages are transcribed one onto each line (a
    document site's `Transcriptie`), that open with a record's own head (`opens_page_record`:
    `3 Notulen van Algemeen Bestuur ... datum 25 maart 2015 aanwezig ...`) below pages of
    another piece with no roll (the agenda that tables the record, a letter of invitation):
    the record is a document of its own, its meeting another than the piece's."""
    lines = text.splitlines(keepends=True)
    offsets, starts = _line_offsets(lines), []
    piece: list[str] = []  # the transcribed pages of the open piece
    for n, line in enumerate(lines):
        if len(line) <= PAGE_LINE_CHARS or is_cover_page(line):
            continue  # a contents page fronts the record: no piece of its own
        if piece and opens_page_record(line) and not any(map(attendance_marker, piece)):
            starts.append(offsets[n])
            piece = []
        piece.append(line)
    return starts


def _page_proposal_starts(text: str) -> list[int]:
    """Offsets of the pages of a document site's transcription (the lines below its viewer's
    controls, `Transcriptie`, one PDF page a line) that open with a proposal form's head
    (`opens_page_proposal`: `2 Raadsvoorstel Datum raadsvergadering : 15 september 2011 ...`
    below a bundle's cover sheet, `2 Voorstel AGP 2 Aan : Algemeen Bestuur ...` below the
    agenda that tables it). A page that opens as the first page did is its running header."""
    lines = text.splitlines(keepends=True)
    viewer = [n for n, x in enumerate(lines[:RECORD_HEAD_LINES]) if is_host_viewer(x)]
    if not viewer:
        return []
    offsets, starts = _line_offsets(lines), []
    # an empty first page (its number alone) or a contents page fronts the proposal
    pages = [
        n
        for n in range(viewer[-1] + 1, len(lines))
        if lines[n].strip() and not is_cover_page(lines[n])
    ]
    opening = lines[pages[0]].split()[1 : RUNNING_HEAD_WORDS + 1] if pages else []
    for n in pages[1:]:
        if (
            opens_page_proposal(lines[n])
            and lines[n].split()[1 : RUNNING_HEAD_WORDS + 1] != opening
        ):
            starts.append(offsets[n])
    return starts


#: Words after its number that a page shares with the first page when they are its running header.
RUNNING_HEAD_WORDS = 3


def _line_offsets(lines: list[str]) -> list[int]:
    """The character offset where each of `lines` (kept with their ends) starts, and the end."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _pasted_header_starts(text: str) -> list[int]:
    """Offsets of the e-mails pasted into a text that is no e-mail itself (an engineer's
    notes, a log): a header block without From (`To:` / `Cc:` / `Subject:`), from the
    heading just above it that names the mail (`- # Mail van Bart`), if any. A text that
    holds a header with a From line is a mail or a thread: its quoted headers open nothing."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    if email_header_kinds(stripped) & {"from"}:
        return []
    offsets = _line_offsets(lines)
    starts = []
    for n in range(1, len(lines)):
        if not pasted_header_at(stripped, n) or pasted_header_at(stripped, n - 1):
            continue
        heading = stripped[n - 1] and len(stripped[n - 1].split()) <= PASTED_HEADING_WORDS
        starts.append(offsets[n - 1] if heading else offsets[n])
    return [x for x in starts if x > 0]


#: The heading over a pasted mail (`Mail van Bart`) is this short.
PASTED_HEADING_WORDS = 6

#: a mail program's print stamp over a printed mail (`dinsdag 11 juli 2023 11:50`) is this short
PRINT_STAMP_WORDS = 6


def _printed_mail_starts(text: str) -> list[int]:
    """Offsets of printed mails in a text of several documents: a header's first line under
    the mail program's print stamp, from the stamp. A quoted header inside a mail has none."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts = []
    for n in range(1, len(lines)):
        if not email_header_kinds([stripped[n]]) & {"from", "sent"}:
            continue
        above = stripped[n - 1]
        stamp = _is_timestamp(above) and len(above.split()) <= PRINT_STAMP_WORDS
        if stamp and not email_header_kinds([above]):
            starts.append(offsets[n - 1])
        elif label_column_at(stripped, n) and not _bare_label_kind(above):
            starts.append(offsets[n])  # the label column of a print whose stamp is elsewhere
    return [x for x in starts if x > 0]


#: Lines of other text (a note such as `(ivm WOO politie)`, a subject OCR set apart) that may
#: stand between the header blocks of one printed mail's chain of headers.
HEADER_CHAIN_GAP = 2
#: Lines below a start within which no second start is taken: one print, one start.
START_SPACING = 8


def _sent_time(line: str) -> datetime | None:
    """The time a header's sent line (`Verzonden: dinsdag 15 november 2022 09:44`) prints."""
    if not email_header_kinds([line]) & {"sent"} or ":" not in line:
        return None
    stamp = find_timestamp(line.split(":", 1)[1])
    return stamp.value if stamp else None


def _header_chain_top(stripped: list[str], n: int) -> int:
    """The first line of the chain of header blocks that line `n` stands in: header lines
    one under the other, at most HEADER_CHAIN_GAP other lines between two of them."""
    top, gap = n, 0
    for k in range(n - 1, -1, -1):
        if email_header_kinds([stripped[k]]):
            top, gap = k, 0
        elif gap < HEADER_CHAIN_GAP and stripped[k]:
            gap += 1
        else:
            break
    return top


def _later_header_starts(text: str) -> list[int]:
    """Offsets of printed mails in a text of several documents, found by their dates: a
    printed thread quotes its messages newest first, each header older than the one above
    it; a header sent later than the one printed above it is no quoted message but the
    first of another print, which starts at the top of its chain of headers. Not a header
    right below a reply rule (`____`, `-----Original Message-----`): a message quoted under
    a reply, as a forum's posts answered by mail quote the notification, oldest first."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts, previous = [], None
    for n, line in enumerate(stripped):
        when = _sent_time(line)
        if when is None:
            continue
        top = _header_chain_top(stripped, n)
        if previous is not None and when > previous and not _below_reply_rule(stripped, top):
            starts.append(offsets[top])
        previous = when
    return [x for x in starts if x > 0]


def _below_reply_rule(stripped: list[str], n: int) -> bool:
    """Whether the line above line `n` (blank lines passed over) is a reply rule."""
    above = next((x for x in reversed(stripped[:n]) if x), "")
    return _rules()["reply_rule"].match(above) is not None


def _spaced_starts(starts: list[int], text: str) -> list[int]:
    """The starts in order, less one within START_SPACING lines below the one before (the
    print stamp and the header chain below it open one print)."""
    kept: list[int] = []
    for x in sorted(set(starts)):
        if kept and text.count("\n", kept[-1], x) < START_SPACING:
            continue
        kept.append(x)
    return kept


#: Lines of text a document above a letterhead holds (less: the letter's own opening).
LETTERHEAD_TEXT_ABOVE = 10


def _mail_window_starts(text: str) -> list[int]:
    """Offsets of screenshots of a mail window in a text of several documents: its title bar."""
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    title = _rules()["mail_window_title"]
    return [offsets[n] for n, line in enumerate(lines) if n > 0 and title.search(line)]


def _logo_line(line: str) -> bool:
    """A short line of a name or a logo's lettering (no sentence, no closing formula)."""
    words = line.split()
    return (
        0 < len(words) <= FURNITURE_OWN_WORDS
        and not re.search(r"[.,:;!?]$", line)
        and not _rules()["letter_closing"].search(line)
    )


def _letterhead_starts(text: str) -> list[int]:
    """Offsets of letters in a text of several documents, found by their letterhead: the
    postal address block over a letter's labels and salutation, with the logo lines right
    above it, below at least LETTERHEAD_TEXT_ABOVE lines of text of the document before."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    # a document host's furniture and its quote of the title are no text of a document
    host = site_chrome_lines(lines) | {n for n, x in enumerate(lines) if is_hosted_title_line(x)}
    starts: list[int] = []
    seen = 0
    last = -LETTERHEAD_REACH
    for n, line in enumerate(stripped):
        seen += bool(line) and n not in host
        if n - last < LETTERHEAD_REACH or not _opens_letter_head(stripped, n):
            continue
        last = n  # the block's next address lines (`Postbus 2` below `Postadres:`) are its own
        if seen <= LETTERHEAD_TEXT_ABOVE:
            continue
        top = n
        while n - top < LETTERHEAD_LOGO_LINES and top > 0 and _logo_line(stripped[top - 1]):
            top -= 1
        starts.append(offsets[top])
    return starts


#: Within this many lines above an enclosed letter's head the running text before it ends
#: (its last paragraph, a signature below it).
PROSE_END_LINES = 3


def _ends_a_sentence(line: str) -> bool:
    """A line of running text (a prose line's words) that ends a sentence."""
    return len(line.split()) >= PROSE_LINE_WORDS and line.endswith((".", "?", "!"))


def _addressed_letter_starts(text: str) -> list[int]:
    """Offsets of letters a text prints below the running text of another document (a
    committee's report over the letter it sent, a covering note over the letter it covers):
    the letter's addressee line with its dateline right below it (`Aan de Minister van ...` /
    `Den Haag, 10 april 2019`, as `_addressed_and_dated` reads a letter that greets no one),
    from its heading in capitals right above it (`BRIEF VAN DE VOORZITTER ...`). A paper's
    own head (number, title, label fields) and a web page's links above its addressee are no
    document before it: the running text ends right above the letter's head."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts: list[int] = []
    for n, line in enumerate(stripped):
        if not line or _dated_addressee([line, *[x for x in stripped[n + 1 :] if x]], 0) is None:
            continue
        above = [k for k in range(n) if stripped[k]]
        top = above.pop() if above and stripped[above[-1]].isupper() else n
        if any(_ends_a_sentence(stripped[k]) for k in above[-PROSE_END_LINES:]):
            starts.append(offsets[top])
    return starts


#: A document printed below a signed letter holds at least this many lines with words (a
#: page's `Naar boven` link below the signature is none).
SIGNED_OFF_MIN_LINES = 3


def _signed_off_starts(text: str) -> list[int]:
    """Offsets of documents a text prints below a minister's signed covering letter (the
    answers, report or questions it offers: `Hierbij bied ik u ... aan` / `De Minister van
    ...,` / `E. van Middelkoop` over `Bijstelling Jaarplan 2016`): the first line below the
    signature opens the enclosure, unless it is a letterhead label (`Ons kenmerk`: the same
    letter printed again with its head)."""
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    numbers = [n for n, line in enumerate(lines) if line.strip()]
    worded = [lines[n].strip() for n in numbers]
    letterhead = _rules()["letterhead"]
    starts: list[int] = []
    for k in range(len(worded)):
        end = _signature_end(worded, k)
        if end is None or len(worded) - end - 1 < SIGNED_OFF_MIN_LINES:
            continue
        if not any(p.match(worded[end + 1]) for p in letterhead):
            starts.append(offsets[numbers[end + 1]])
    return starts


def _chunk_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the chunks that hold more than whitespace."""
    spaced = _marks_pages_with_a_space(text)
    page_starts = _CHUNK_START_RE.finditer(text) if spaced else ()
    series = (
        ()
        if spaced
        else [
            *_series_title_starts(text),
            *_held_on_starts(text),
            *_record_title_starts(text),
            *_page_record_starts(text),
            *_page_proposal_starts(text),
            *_dated_heading_starts(text),
            *_pasted_header_starts(text),
            *_spaced_starts(_printed_mail_starts(text) + _later_header_starts(text), text),
            *_letterhead_starts(text),
            *_addressed_letter_starts(text),
            *_signed_off_starts(text),
            *_mail_window_starts(text),
        ]
    )
    starts = sorted({m.start() for m in page_starts} | {*_stamp_block_starts(text), *series})
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    spans = zip(starts, starts[1:] + [len(text)], strict=True)
    return [(a, b) for a, b in spans if text[a:b].strip()]
