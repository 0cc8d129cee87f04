"""Tests of one line that the steps share: a page's lines, a text's readable and prose lines
and its opening, a title's shape, a line that names a meeting or announces decisions, a
timestamp, and how far a record's head and a page transcribed onto one line reach.
"""

from __future__ import annotations

import re

from pipeline.dates import DATE_RE, TIME_RE, day_first
from pipeline.documents.rules import _rules
from pipeline.grounds import BOX_MARK, GroundSpan, find_ground_codes


def redaction_marks(line: str) -> list[GroundSpan]:
    """The redaction marks of a line: ground codes standing where text was (`5.1.2.e`,
    `512e`, `BUITEN REIKWIJDTE` ...) and the `BOX_MARK` a scan's blanked box leaves (its
    ground None), in reading order."""
    spans = find_ground_codes(line, marks_only=True)
    boxes: list[GroundSpan] = [
        {"start": m.start(), "end": m.end(), "raw": BOX_MARK, "ground": None}
        for m in re.finditer(BOX_MARK, line)
    ]
    return sorted([*spans, *boxes], key=lambda span: span["start"])


def strip_redaction_marks(line: str) -> tuple[str, bool]:
    """The line without its `redaction_marks`, and whether it had any: a mark printed where
    a name or a title word was."""
    spans = redaction_marks(line)
    if not spans:
        return line, False
    out, pos = [], 0
    for span in spans:
        out.append(line[pos : span["start"]])
        pos = span["end"]
    out.append(line[pos:])
    return re.sub(r"[ \t]+", " ", " ".join(out)).strip(), True


def text_lines(text: str) -> list[str]:
    """Non-empty lines, stripped. A stored page text is the document model's page text
    (`pipeline.docmodel`: its lines joined by newlines), so these are its `lines` spans."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _title_shaped(line: str, max_chars: int | None = 160) -> bool:
    """A title is one phrase: no sentence ends inside it or at its end (wrapped body text
    such as "mondelinge vragen gesteld. Kun je ..." is not a title), at most `max_chars`
    long (None: any length)."""
    line = _CLOSING_ABBREVIATION_RE.sub("", line.rstrip())  # `Notulen vergadering d.d.`
    # a heading word in capitals closed by a period before the fields it heads (`AGENDA.
    # Vergadering : ...`, a PDF's first lines run onto one) ends no sentence
    line = _CAPITAL_HEADING_RE.sub("", line)
    if _FILE_NAME_RE.search(line):
        return False  # the name a file was saved under (`Jaarverslag-2011.pdf PDF, 5 mb`)
    too_long = max_chars is not None and len(line) > max_chars
    return not re.search(r"[.!?]\s+[A-Z]|[.,;]$", line) and not too_long


#: a file's name with its extension: a download link's text, no title the document prints
_FILE_NAME_RE = re.compile(r"\w\.(?:pdf|docx?|odt|xlsx?|pptx?)\b", re.IGNORECASE)


#: a line's opening word in capitals with a period after it (`AGENDA. `, `NOTULEN. `)
_CAPITAL_HEADING_RE = re.compile(r"^[A-Z]{4,}\.\s+(?=\S)")
#: an abbreviation at a line's end (`d.d.`, `e.o.`): its period ends no sentence
_CLOSING_ABBREVIATION_RE = re.compile(r"(?:\b[A-Za-z]\.){2,}$")


def _readable(lines: list[str]) -> list[str]:
    """The lines that hold a word or number: no blank line, rule or row of dots."""
    return [x for x in lines if re.search(r"\w", x)]


#: Lines from a document's top that show it is a table of documents (its first page).
LISTING_LINES = 60


#: How far down a report says which meeting took place when.
REPORT_OPENING_LINES = 5


def names_a_meeting(line: str) -> bool:
    """Whether a line names a meeting or its record (`Vergadering juli 2021`, `Notulen
    bestuursvergadering`, `Overleg gemeentesecretaris en wijkregisseur`)."""
    return _rules()["meeting_named"].search(line) is not None


def names_a_mail(line: str) -> bool:
    """Whether a line names the text a mail or says it answers one (`Mailbericht werkgroep
    aan buurtadviseur`, `Hierbij ontvangt u per mail`, `ontving ik onderstaande e-mail`):
    a mail published without its header."""
    return _rules()["mail_named"].search(line) is not None


def greets(line: str) -> bool:
    """Whether a line is the salutation a letter's or mail's body opens with (`Geacht
    college,`, `Beste ondertekenaar,`)."""
    return _rules()["letter_salutation"].match(line.strip()) is not None


def announces_decisions(line: str) -> bool:
    """Whether a line announces the decisions or agreements that follow it (`Op de ALV zijn
    de volgende besluiten genomen.`, `De volgende afspraken zijn gemaakt:`)."""
    return _rules()["decision_lead_in"].search(line) is not None


#: A prose line has this many words: the first few of them open a web page's text below
#: its menu and headings.
PROSE_LINE_WORDS = 8
PROSE_OPENING_LINES = 3


def _prose_lines(lines: list[str]) -> list[str]:
    """The lines long enough to be prose (`PROSE_LINE_WORDS`), not a menu's or a heading's."""
    return [x for x in lines if len(x.split()) >= PROSE_LINE_WORDS]


def _opening(readable: list[str]) -> list[str]:
    """The lines where a text says what it is: its first lines, and its first lines of prose
    (below a web page's menu and headings; a PDF page transcribed onto one long line)."""
    prose = _prose_lines(readable)[:PROSE_OPENING_LINES]
    return readable[:REPORT_OPENING_LINES] + prose


def _is_timestamp(line: str) -> bool:
    """A date followed by a time of day: a header's sent date standing on its own."""
    m = DATE_RE.search(day_first(line))
    return bool(m and TIME_RE.search(day_first(line)[m.end() :]))


#: How far down a record's head (its title, the meeting's name and date, above its first
#: item or attendance label) may reach: a web page may print a menu, links or a planning
#: above the record.
RECORD_HEAD_LINES = 25


def is_site_chrome(line: str) -> bool:
    """A line of a web page's or a document host's furniture (`site_chrome`: a logo's alt
    text, skip links, a menu's controls, a host's labels and counters; `is_host_viewer`): it
    names no document."""
    return _rules()["site_chrome"].fullmatch(line.strip()) is not None or is_host_viewer(line)


def is_host_viewer(line: str) -> bool:
    """A control of a document site's viewer (`host_viewer`: `Save this PDF as:`, `Maat:
    px`, `Transcriptie`) around the page the site transcribes."""
    return _rules()["host_viewer"].match(line.strip()) is not None


def is_hosted_title_line(line: str) -> bool:
    """A document site's download or share line quoting the title (`hosted_title`:
    `Download "Notulen ..."`)."""
    return _rules()["hosted_title"].match(line.strip()) is not None


def without_site_chrome(text: str) -> str:
    """`text` without the furniture lines (`site_chrome_lines`): a title is read from the
    first line that is no furniture, and the lines where a title may stand are counted from
    there."""
    lines = text.splitlines(keepends=True)
    chrome = site_chrome_lines(lines)
    return "".join(line for n, line in enumerate(lines) if n not in chrome)


def site_chrome_lines(lines: list[str]) -> set[int]:
    """The indices of the furniture lines (`is_site_chrome`, and the counters right below
    one) among the first `RECORD_HEAD_LINES` lines of `lines` that hold a word."""
    counter = _rules()["site_counter"]
    chrome, seen, after_chrome = set(), 0, False
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > RECORD_HEAD_LINES:
            break
        if is_site_chrome(line) or (after_chrome and counter.fullmatch(line.strip())):
            after_chrome = True
            chrome.add(n)
        else:
            after_chrome = False
    return chrome


#: a page a document site transcribed onto one line that holds nothing but its number (the
#: PDF's empty first page: `1` over `2 RAADSVOORSTEL Van : ...`)
_EMPTY_PAGE_RE = re.compile(r"\d{1,3}")
#: a contents page's heading (`INHOUD`, `Inhoudsopgave`)
_CONTENTS_HEADING = r"(?:inhoud(?:sopgave)?|contents)\b(?!\w)"
#: a transcribed page that opens, after its number, on a contents heading whose entries run
#: on with their page numbers and no dots (`2 INHOUD Opening 4 Mededelingen 4 ...`)
_NUMBERED_CONTENTS_PAGE_RE = re.compile(rf"\d{{1,3}}\s+{_CONTENTS_HEADING}", re.IGNORECASE)


def is_cover_page(line: str) -> bool:
    """A transcribed page (one PDF page a line, below a document site's viewer) that only
    fronts the document: an empty page, its number alone, or its contents page
    (`opens_contents_page`, `2 INHOUD Opening 4 ...`). It is no piece of its own above the
    document's first page, however that page opens."""
    stripped = line.strip()
    return (
        _EMPTY_PAGE_RE.fullmatch(stripped) is not None
        or _NUMBERED_CONTENTS_PAGE_RE.match(stripped) is not None
        or opens_contents_page(stripped)
    )


#: a contents page's entry: a title, a row of dots and the page it starts on (`... 2000 te
#: Lexmond ...... 1`)
_CONTENTS_ENTRY_RE = re.compile(r"\.{3,}\s*\d{1,4}\b")
#: a contents page's heading at a line's start
_CONTENTS_HEADING_RE = re.compile(rf"^\W*{_CONTENTS_HEADING}", re.IGNORECASE)
#: entries that make a line a contents page, below a heading fewer
CONTENTS_MIN_ENTRIES = 3


def opens_contents_page(line: str) -> bool:
    """A document's contents page whose heading runs on into its first entry on one line
    (`Inhoud Inleiding ....... 3`, `INHOUDSOPGAVE SAMENVATTING VAN DE FEITEN .....`,
    `Inhoudsopgave pag. Inleiding`): a PDF's own contents page as its text layer gives it,
    where a web page prints a contents heading alone on its line (`Inhoud` over its
    sections). A first entry with its date (`INHOUD Verslag van de ... gehouden op 28 oktober
    2000 te Lexmond ...... 1`) lists a periodical's pieces, each a document of its own."""
    m = _CONTENTS_HEADING_RE.match(line.strip())
    if m is None:
        return False
    entries = line.strip()[m.end() :]
    first_entry = _CONTENTS_ENTRY_RE.split(entries, maxsplit=1)[0]
    return re.search(r"[^\W\d_]", entries) is not None and DATE_RE.search(first_entry) is None


def is_contents(line: str) -> bool:
    """A periodical's contents page run onto one line (`INHOUD Verslag van de ... gehouden op
    28 oktober 2000 te Lexmond ...... 1 ... 21 oktober 2000 ...... 6`): the titles and dates
    of the pieces printed after it, none of them the head of the page it stands on."""
    entries = len(_CONTENTS_ENTRY_RE.findall(line))
    headed = _CONTENTS_HEADING_RE.match(line) is not None
    return entries >= CONTENTS_MIN_ENTRIES or (headed and entries >= 2)


#: A line this long is a PDF page transcribed onto one line (a web page's `Transcriptie`),
#: never a heading or an item alone: a heading with its date, place and hours is half of it.
PAGE_LINE_CHARS = 320
