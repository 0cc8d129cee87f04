"""The document's text as sentences: redaction codes, dates and footnotes masked, the document
model's blocks and lines cut into units (sentences, list items, table rows), and the page
and evidence of an offset."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pipeline.dates import MONTH_ALT
from pipeline.docmodel import block_chars, line_chars
from pipeline.incidents.periods import _period_res, _to_date_bare, header_months
from pipeline.incidents.records import _Sentence
from pipeline.incidents.vocab import _OCR_QUOTE_ONE, _QUOTES, EVIDENCE_CHARS, _vocab, _words_alt


@cache
def _date_spans() -> re.Pattern:
    """`pipeline.dates.DATE_RE` without its leading weekday: the digits of a date are what
    is masked, and a pattern that starts with a digit scans a document five times faster."""
    return re.compile(
        rf"(?:[0-3]?\d\s+(?:{MONTH_ALT})\.?(?:\s+(?:19|20)\d\d)?"
        r"|[0-3]?\d[-/.][01]?\d[-/.](?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b",
        re.IGNORECASE,
    )


def _mask(text: str, marks: list[tuple[int, int]]) -> str:
    """Blank redaction codes (`marks`, the document model's) and calendar dates so their
    digits are never read as counts."""
    chars = list(text)
    spans = list(marks)
    # only the spans matter here, so the date pattern is enough (no parsing); a date across
    # a line break (`4\nFebruari 5` in a table) is two cells, not a date; a range of two
    # dates (`1 januari t/m 30 september 2022`) is a period and stays
    date_range = next(rx for kind, rx in _period_res() if kind == "date_range")
    ranges = [m.span() for m in date_range.finditer(text)]
    # so is a running count's end without its year (`Dit jaar werden tot 9 september`)
    ranges += [m.span() for m in _to_date_bare().finditer(text) if m["d"]]
    # a table's header of months (`Jan 14 Sep 14 Okt 14`) prints no date (`14 Sep 14`)
    ranges += [m.span() for m in re.finditer(r"[^\n]+", text) if header_months(m.group(0))]
    spans += [
        (m.start(), m.end())
        for m in _date_spans().finditer(text)
        if "\n" not in m.group(0) and not any(a <= m.start() < b for a, b in ranges)
    ]
    for a, b in spans:
        chars[a:b] = "#" * (b - a)
    for m in _PCT.finditer(text):
        chars[m.start() : m.end()] = "%".ljust(m.end() - m.start())
    return "".join(chars)


#: `37,8 pct`: the news agencies' (Belga, ANP) abbreviation of procent, read as `%` (the
#: same length, so offsets stay the document's)
_PCT = re.compile(r"(?<=\d)pct\b|(?<=\d\s)pct\b", re.IGNORECASE)


#: a footnote: a line opening with its marker (`• 1 In het jaarverslag over 2018 is ...`)
_FOOTNOTE_LINE = re.compile(r"^[^\S\n]*(?:[•·*][^\S\n]*)?(?P<n>[1-9])[^\S\n]+(?=[A-Z])[^\n]*", re.M)


#: a `|` table's cell of a decimal number with a comma (`| 5,2 |`, `| 11,6 |`)
_PIPE_DECIMAL = re.compile(r"(?<=\|)[^\S\n]*\d{1,3},\d{1,2}[^\S\n]*(?=\|)")


def _table_decimals(raw: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`marks` without the ones that fill a `|` table's cell of a decimal number in a row
    that prints another such cell which is no code (`Alarm | 50.446 | 5,2 | 2,3 |`: the
    share 5,2 reads as ground 5.2, but 2,3 beside it is no ground): a column of shares,
    not a redaction code; masked, the row loses a cell and none of its figures is read."""
    cells = [m for m in _PIPE_DECIMAL.finditer(raw)]
    coded = {(a, b) for a, b in marks}
    kept = []
    for a, b in marks:
        # the code's span may run on over the cell's bar (`5,2 |`)
        cell = next((m for m in cells if m.start() <= a < m.end()), None)
        line = (raw.rfind("\n", 0, a) + 1, raw.find("\n", b) % (len(raw) + 1))
        others = [
            m for m in cells
            if m is not cell and line[0] <= m.start() < line[1]
            and not any(m.start() <= x < m.end() for x, _ in coded)
        ]  # fmt: skip
        if cell is None or not others:
            kept.append((a, b))
    return kept


def _footnotes(raw: str) -> list[tuple[int, int]]:
    """Footnotes whose marker stands glued to a year of a table's header (`2017 20181
    2019`): a note on a cell (a correction, a definition), no statement of figures."""
    return [
        m.span()
        for m in _FOOTNOTE_LINE.finditer(raw)
        if re.search(rf"(?<![\d.,])(?:19|20)\d\d{m['n']}(?![\d.,])", raw)
    ]


#: a table of contents' heading (`Inhoudsopgave`, Flemish `Inhoudstafel`; `Inhoud` on a
#: line of its own or before the first title)
_CONTENTS_HEADING = re.compile(
    r"\b(?:inhoudsopgave|inhoudstafel|inhoudstabel)\b"
    r"|^[^\S\n]*inhoud(?=[^\S\n]*$|\s+(?:voorwoord|inleiding|samenvatting)\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: a page number of a table of contents: a number before the next title (a capital, a
#: line end) or at the text's end; a section's number (`Hoofdstuk 1`) is one too, smaller
_PAGE_NUMBER = re.compile(r"(?<![\d.,])(?P<n>\d{1,3})(?![\d.,]?\d)(?=\s*(?:[A-Z]|$))", re.M)
#: a sentence's end: running text, where a table of contents has ended
_RUNNING_END = re.compile(r"[a-z]{2,}[.!?](?:\s|$)")
#: a table of contents' titles between two page numbers are at most this long (in
#: characters); farther on, its last page number has passed
CONTENTS_GAP = 250
#: a table of contents lists at least this many page numbers
CONTENTS_PAGES = 3


def _tables_of_contents(raw: str) -> list[tuple[int, int]]:
    """Tables of contents, from their heading to their last page number: titles each
    followed by its page, the pages never going down (`Inhoudstafel Inleiding 2 ... Aantal
    klachten per gewest 10 ... Klachten voor behandeling 42`); a title that names the items
    is no statement of them, and its page no count. A section's number (smaller than the
    page before it) neither ends nor extends one; a sentence's end or a stretch of text
    longer than `CONTENTS_GAP` without a page ends it."""
    spans = []
    for heading in _CONTENTS_HEADING.finditer(raw):
        if spans and heading.start() < spans[-1][1]:
            continue  # inside the table of contents just masked (`Inhoud jaarverslag 3`)
        stop = _RUNNING_END.search(raw, heading.end())
        limit = stop.start() if stop else len(raw)
        last, end, pages = 0, heading.end(), 0
        # not `finditer(raw, pos, limit)`: its `$` would match at the limit
        for m in _PAGE_NUMBER.finditer(raw, heading.end()):
            if m.end() > limit or m.start() - end > CONTENTS_GAP:
                break
            if int(m["n"]) >= last:
                last, end, pages = int(m["n"]), m.end(), pages + 1
        if pages >= CONTENTS_PAGES:
            spans.append((heading.start(), end))
    return spans


@cache
def _abbreviation_re() -> re.Pattern:
    """A text ending in a word whose dot ends no sentence (`t.o.v.`, OCR's `de.`)."""
    words = _words_alt(_vocab()["data"]["no_sentence_end"])
    return re.compile(rf"(?:\b(?:{words})\.)$", re.IGNORECASE)


def _sentences(doc: Doc, text: str) -> list[_Sentence]:
    """Sentences of the document with their offsets in `text` (the masked `doc.text`).

    The units are the document model's blocks (a blank line, a layout block), split further
    where one of their lines ends a unit of its own (`_line_units`); each unit's whitespace
    is collapsed and it is split at sentence ends.
    """
    out: list[_Sentence] = []
    for start, end in _run_on_units(text, _block_units(doc, text)):
        joined, offsets = _collapse(text, start, end)
        sentence_start = 0
        for m in _SENTENCE_END.finditer(joined):
            if _abbreviation_re().search(
                joined[max(0, m.start() - 8) : m.start()]
            ) and not _particle_end(joined, m.start(), m.end()):
                continue
            out.append(_make_sentence(joined, offsets, sentence_start, m.start()))
            sentence_start = m.end()
        out.append(_make_sentence(joined, offsets, sentence_start, len(joined)))
    return [s for s in out if s.text]


#: the last word of a unit and the first of the next (`... en de` / `Milieudienst (104; ...`)
_LAST_WORD = re.compile(r"(?:^|\s)'?([^\W\d]+)\s*$")
_FIRST_CHAR = re.compile(r"\s*'?(\S)")


def _run_on_units(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Units joined where a sentence runs on past a blank line (a transcription with a
    blank line after every line): the first ends without a sentence end in a function word
    (`en de`) or the next opens in lower case (`'onheuse` / `bejegening' (15%)`)."""
    stop_words = set(_vocab()["data"]["no_sentence_end"])
    out: list[tuple[int, int]] = []
    for start, end in units:
        if out:
            last = text[out[-1][0] : out[-1][1]].rstrip()
            first = _FIRST_CHAR.match(text, start, end)
            word = _LAST_WORD.search(last)
            runs_on = (
                last
                and not last.endswith((".", "!", "?", ":", ";"))
                and first is not None
                and not _BULLET.match(text[first.start(1) : end])
                and (first[1].islower() or (word is not None and word[1].lower() in stop_words))
            )
            if runs_on:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=['(]?[A-Z0-9])")
#: a separable verb's particle ends a sentence (`kwam dat ... voor. In totaal ...`) where the
#: next one opens as sentences do; OCR's stray dot after a preposition (`bij de. Autoriteit`)
#: is followed by the rest of its phrase
_PARTICLE_END = re.compile(r"\bvoor$", re.IGNORECASE)
_SENTENCE_OPENER = re.compile(
    r"(?:In|De|Het|Dat|Dit|Er|Ook|Zo|Die|Deze|Een|Vorig|Wij|We|Zij|Hij|Volgens|Daarnaast"
    r"|Daarvan|Hiervan|Toen|Bij|Van|Op|Met|Uit)\b"
)


def _particle_end(joined: str, dot: int, next_start: int) -> bool:
    return bool(
        _PARTICLE_END.search(joined, max(0, dot - 6), dot - 1)
        and _SENTENCE_OPENER.match(joined, next_start)
    )


def _collapse(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """`text[start:end]` with each whitespace run as one space, quotes normalised, and the
    document offset of every character kept."""
    offsets: list[int] = []
    for m in _NON_SPACE.finditer(text, start, end):
        a, b = m.span()
        offsets += range(a, b)
        offsets.append(b)  # the first whitespace character after a word
    if offsets:
        offsets.pop()  # no space after the last word
    joined = " ".join(text[start:end].split()).translate(_QUOTES)  # one character for one
    return _OCR_QUOTE_ONE.sub("'", joined), offsets


_NON_SPACE = re.compile(r"\S+")


def _block_units(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) of the units of text: each block of the document model split by
    `_line_units`. A line's extent starts after the line break before it (its indent)."""
    lines = line_chars(doc)
    units: list[tuple[int, int]] = []
    i = 0
    for block_start, block_end in block_chars(doc):
        members = []
        while i < len(lines) and lines[i][0] < block_end:
            if lines[i][0] >= block_start:
                a, b = lines[i]
                members.append((text.rfind("\n", 0, a) + 1, b))
            i += 1
        if members:
            units += _line_units(text, members, block_end)
    return units


_LIST_ITEM = re.compile(r"^\s*(?:[-•*]\s*)?\d{1,4}\s+in\s+de\s+categorie", re.IGNORECASE)
#: a bulleted line: each item of a list is a statement of its own (`• Totaal aantal
#: klachten: 2.432 (2015: 2.401)` lends its years to no item under it)
_BULLET = re.compile(r"^(?:[•·▪◦‣●]|[-*]\s)")
#: a numbered item (`2. Hacking (28%)`, `3) Andere`): after another, or after a lead
#: ending in `:`, it is a statement of its own, and its number no count of the item above
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d])")


#: a table's row flattened to a line, a short label and its cells (`Financieel 29 30 19`):
#: it ends a unit where the next line opens as a row or a sentence does, so that a table
#: printed without blank lines is no sentence whose numbers could be read as prose
_TABLE_ROW_LINE = re.compile(r"^(?:[^\W\d][^\d.!?:;]{0,58}?)(?:\s+\d[\d.,]*\s*%?){1,8}$")


def _line_units(text: str, lines: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """Split a block's lines where a line ends a unit of its own.

    Text layers have no blank lines between paragraphs: a line ending in `:` or `.`, a
    short line (a heading, a table row, a paragraph's last line) followed by a capital or
    a digit, list items (`49 in de categorie ...`) and bulleted lines stand apart.
    """
    start = lines[0][0]
    if len(lines) <= 1:
        return [(start, end)]
    longest = max(b - a for a, b in lines)
    units, unit_start = [], start
    for (a, b), (next_a, next_b) in zip(lines, lines[1:], strict=False):
        line, nxt = text[a:b].strip(), text[next_a:next_b].strip()
        starts_unit = bool(re.match(r"['(]?[A-Z0-9]", nxt))
        short = longest >= 40 and len(line) < 0.6 * longest and not line.endswith((",", "-"))
        if (
            line.endswith(":")
            or _LIST_ITEM.match(nxt)
            or _BULLET.match(nxt)
            or (_NUMBERED_ITEM.match(nxt) and (line.endswith(":") or _NUMBERED_ITEM.match(line)))
            or (line.endswith((".", "!", "?")) and starts_unit)
            or (short and starts_unit)
            or (starts_unit and _TABLE_ROW_LINE.match(line) is not None)
        ):
            units.append((unit_start, next_a))
            unit_start = next_a
    units.append((unit_start, end))
    return units


#: what `_mask` blanked at a sentence's start (a news item's dating stamp before its lead:
#: `date 2020-04 In Hoorn werden ...`): no part of the sentence, whose rules anchored at its
#: start read the lead's first word
_MASKED_START = re.compile(r"#+ +")


def _make_sentence(joined: str, offsets: list[int], a: int, b: int) -> _Sentence:
    while a < b and joined[a] == " ":
        a += 1
    if masked := _MASKED_START.match(joined, a, b):
        a = masked.end()
    while b > a and joined[b - 1] == " ":
        b -= 1
    return _Sentence(joined[a:b], offsets[a:b])


def _page_of(offset: int, page_starts: list[tuple[int, int]]) -> int:
    page_no = page_starts[0][1]
    for start, number in page_starts:
        if start <= offset:
            page_no = number
        else:
            break
    return page_no


def _evidence(text: str, pos: int) -> str:
    if len(text) <= EVIDENCE_CHARS:
        return text
    start = max(0, min(pos - EVIDENCE_CHARS // 2, len(text) - EVIDENCE_CHARS))
    return text[start : start + EVIDENCE_CHARS].strip()
