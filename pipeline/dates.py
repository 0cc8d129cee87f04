"""One date module for every extractor: dateparser with explicit settings.

Rules find the span (a regex or a spaCy match); dateparser only ever sees that span, never a
whole page, so it cannot invent dates out of page numbers or amounts.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from functools import cache, lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

import dateparser
from rapidfuzz.distance import Levenshtein

from pipeline.grounds import find_ground_codes
from pipeline.nlp import calendar_fragments, load_patterns

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LANGUAGES = ["nl", "en"]

#: The month and weekday names: one vocabulary (`patterns/calendar.json`) for every module.
_CALENDAR = load_patterns("calendar.json")
MONTHS_NL: list[str] = _CALENDAR["months_nl"]
MONTHS_EN: list[str] = _CALENDAR["months_en"]
#: West Frisian, which dateparser does not read: looked up in MONTH_NUMBERS instead
MONTHS_FY: list[str] = _CALENDAR["months_fy"]
MONTH_ABBR: list[str] = list(_CALENDAR["month_abbreviations"])
WEEKDAYS_NL: list[str] = _CALENDAR["weekdays_nl"]
WEEKDAYS_EN: list[str] = _CALENDAR["weekdays_en"]
WEEKDAY_ABBR_EN: list[str] = _CALENDAR["weekday_abbreviations_en"]
WEEKDAYS = (
    WEEKDAYS_NL
    + WEEKDAYS_EN
    + _CALENDAR["weekdays_fy"]
    + _CALENDAR["weekday_abbreviations_nl"]
    + WEEKDAY_ABBR_EN
)

#: every month name and abbreviation -> the month's number
MONTH_NUMBERS: dict[str, int] = {
    m: i + 1 for names in (MONTHS_NL, MONTHS_FY, MONTHS_EN) for i, m in enumerate(names)
} | _CALENDAR["month_abbreviations"]
#: every month name and abbreviation, the longest first: the one alternation of them
MONTH_ALT = calendar_fragments()["calendar_month"]
#: every weekday name and abbreviation, the longest first: the one alternation of them
WEEKDAY_ALT = calendar_fragments()["calendar_weekday"]
#: a line that opens with a weekday (`Tue, 19 Apr 2022 ...`, `maandag 14 februari ...`)
WEEKDAY_START_RE = re.compile(rf"^(?:{WEEKDAY_ALT})\b", re.IGNORECASE)

#: a date written out (`maandag 14 februari 2022`, `16 december`, `Tue, 29 Mar 2022`)
#: or numeric (`17-02-2022`, `17/2/22`, `2022-02-17`, `2025/05/13` in notes kept as
#: markdown: a year's last digits are no day, `2025/05/12` is not 25 May 2012); a day run on
#: from other digits (`209 Januari`) is none either; a written-out date may be of the
#: nineteenth century (`19 Juni 1884`, old minutes). A
#: written-out date's year may run into the capitalised word after it where a web page's
#: blocks were joined without a space (`vergadering van dinsdag 8 november 2005Aanwezig :
#: ...`). A day may close with a period where the year follows its month (`zaterdag, 30.
#: augustus 2008`, a news site's stamp); without a year `3. Mei` is a list's item.
DATE_RE = re.compile(
    rf"""(?ix)
    (?:\b(?:{WEEKDAY_ALT})\.?,?\s+)?  # a weekday word, not the end of one (`avondprogramma`)
    (?:
        (?<!\d)(?P<d1>[0-3]?\d)(?:\.(?=\s+\w+\s+(?:19|20)\d\d\b))?\s+(?P<m1>{MONTH_ALT})\.?
        (?:\s+(?P<y1>(?:18|19|20)\d\d)(?=\b|(?-i:[A-Z][a-z])))?(?(y1)|\b)
      | (?<!\d)(?P<d2>[0-3]?\d)[-/.](?P<m2>[01]?\d)[-/.](?P<y2>(?:19|20)?\d\d)\b
      | (?P<y3>(?:19|20)\d\d)(?P<ysep>[-/])(?P<m3>[01]\d)(?P=ysep)(?P<d3>[0-3]\d)\b
    )
    """
)

#: English month-first dates as Outlook prints them (`Tuesday, February 20, 2024`, `June
#: 15th, 2023`); a year is required, so `mei 12` in running Dutch text is not one.
#: A month's abbreviation counts with the comma after its day (`dec 17, 2020`, a web page's
#: stamp of when it was posted), so `Jan 5 2020` is not read as a date.
MONTH_FIRST_DATE_RE = re.compile(
    rf"(?i)\b(?:(?P<month>{'|'.join(MONTHS_EN)})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?"
    rf"|(?P<abbr>{'|'.join(MONTH_ABBR)})\.?\s+(?P<abbr_day>[0-3]?\d),)\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)


#: `3/14/2023 9:12:00 AM`: a US locale's numeric date (month first), told by the AM/PM of
#: the time after it; a Dutch numeric date is day first and has a 24-hour time
US_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d\d)"
    r"(?=,?\s+\d{1,2}:\d\d(?::\d\d)?\s?[AaPp]\.?[Mm]\b)"
)


def day_first(text: str) -> str:
    """`February 20, 2024` -> `20 February 2024`, `3/14/2023 9:12 AM` -> `14-3-2023 9:12
    AM`: the order DATE_RE reads; other text is left as it is."""
    text = US_NUMERIC_DATE_RE.sub(lambda m: f"{m['day']}-{m['month']}-{m['year']}", text)
    return MONTH_FIRST_DATE_RE.sub(_day_before_month, text)


def _day_before_month(m: re.Match[str]) -> str:
    if m["month"]:
        return f"{m['day']} {m['month']} {m['year']}"
    return f"{m['abbr_day']} {m['abbr']} {m['year']}"


#: `13.00 - 14.30 uur`, `13:00-15:00`, `van 13.00 tot 14.30 uur`, `om 18:43:48`
TIME_RE = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])[.:]([0-5]\d)(?::([0-5]\d))?(?![\d])")
TIME_RANGE_RE = re.compile(
    # OCR doubles or lengthens the dash: `13.00 --14.30 uur`, `13.00 — 14.30`
    r"(?<![\d.:])([01]?\d|2[0-3])[.:]([0-5]\d)\s*(?:u(?:ur)?\.?\s*)?(?:-+|–|—|tot|t/m|to)\s*"
    r"([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])",
    re.IGNORECASE,
)
#: the Flemish clock, the hour and minutes around a `u` (`om 19u30`, `Begin: 13u30`), as a
#: meeting's head prints its times (`pipeline.meetings` reads it as `19:30`); kept apart from
#: `TIME_RE`, whose other readers (e-mail headers, documents' dates) do not read it
FLEMISH_CLOCK_RE = re.compile(r"(?<![\w.:])([01]?\d|2[0-3])u([0-5]\d)(?!\w)")
_TZ_ABBR = {
    "CET": "+0100",
    "CEST": "+0200",
    "UTC": "+0000",
    "GMT": "+0000",
    "MET": "+0100",
    "BST": "+0100",
}
_OFFSET_RE = re.compile(r"(?:(?<![\w])|(?<=GMT)|(?<=UTC))([+-])(\d\d):?(\d\d)\b")


class ParsedDate(NamedTuple):
    value: date
    year_inferred: bool  # True when the text had no year and it came from context


def _settings(context_year: int | None) -> dict:
    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "current_period",
    }
    if context_year is not None:
        settings["RELATIVE_BASE"] = datetime(context_year, 7, 1)
    return settings


def parse_date(span: str, *, context_year: int | None = None) -> ParsedDate | None:
    """Parse one date span that a rule matched.

    A span without a year takes `context_year` (the document's year) and says so; without a
    context year such a span is not parsed, because guessing the current year is wrong for
    archives.
    """
    m = DATE_RE.search(span)
    if not m:
        # only where the span held no day-first date: `Sent: Tuesday, February 20, 2024`
        m = DATE_RE.search(day_first(span))
    if not m:
        return None
    has_year = bool(m.group("y1") or m.group("y2") or m.group("y3"))
    if not has_year and context_year is None:
        return None
    if m.group("y3"):
        try:
            return ParsedDate(date(int(m["y3"]), int(m["m3"]), int(m["d3"])), False)
        except ValueError:
            return None
    if m.group("d2"):
        year = int(m["y2"])
        year = year + 2000 if year < 100 else year
        try:
            return ParsedDate(date(year, int(m["m2"]), int(m["d2"])), False)
        except ValueError:
            return None
    core = f"{m['d1']} {m['m1']}" + (f" {m['y1']}" if m["y1"] else f" {context_year}")
    parsed = _written_date(core, context_year)
    return None if parsed is None else ParsedDate(parsed, not has_year)


def _written_date(core: str, context_year: int | None) -> date | None:
    """`14 februari 2022` read by dateparser. Speed only: a day that every month has with a
    month word dateparser has already read once is put together without asking it again
    (each parse costs milliseconds, and a release repeats its dates); the rest is cached."""
    day, month_word, year = core.split()
    month = _month_number(month_word.lower())
    if month is not None and 1 <= int(day) <= 28:
        return date(int(year), month, int(day))
    if month_word.lower() in MONTHS_FY:  # a month dateparser does not know
        return _valid_date(int(year), MONTH_NUMBERS[month_word.lower()], int(day))
    return _dateparser_date(core, context_year)


@lru_cache(maxsize=4096)
def _dateparser_date(core: str, context_year: int | None) -> date | None:
    parsed = dateparser.parse(core, languages=LANGUAGES, settings=_settings(context_year))
    return None if parsed is None else parsed.date()


@cache
def _month_number(month_word: str) -> int | None:
    """The month dateparser reads in a month name or abbreviation (asked once per word)."""
    parsed = _dateparser_date(f"15 {month_word} 2000", None)
    return MONTH_NUMBERS.get(month_word) if parsed is None else parsed.month


def clear_caches() -> None:
    """Forget what dateparser was asked (a benchmark times every run from the start)."""
    _dateparser_date.cache_clear()
    _month_number.cache_clear()


def find_dates(text: str, *, context_year: int | None = None) -> list[tuple[int, int, ParsedDate]]:
    """Every date span in `text` with its character offsets."""
    found = []
    for m in DATE_RE.finditer(text):
        parsed = parse_date(m.group(0), context_year=context_year)
        if parsed is not None:
            found.append((m.start(), m.end(), parsed))
    return found


def parse_time(span: str) -> time | None:
    m = TIME_RE.search(span)
    if not m:
        return None
    return time(int(m[1]), int(m[2]), int(m[3] or 0))


def parse_time_range(span: str) -> tuple[time | None, time | None]:
    """`13.00 - 14.30 uur` -> (13:00, 14:30); a single time gives (start, None)."""
    m = TIME_RANGE_RE.search(span)
    if m:
        return time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4]))
    return parse_time(span), None


def parse_timestamp(span: str, *, context_year: int | None = None) -> datetime | None:
    """An e-mail header time as a timezone-aware datetime.

    The offset written in the header is kept (`+0200`, `CET`); a header without one is taken
    as Europe/Amsterdam local time.
    """
    d = parse_date(span, context_year=context_year)
    t = parse_time(span[DATE_RE.search(span).end() :] if d else span)
    if d is None or t is None:
        return None
    naive = datetime.combine(d.value, t)
    offset = _OFFSET_RE.search(span)
    if offset is None:
        for abbr, off in _TZ_ABBR.items():
            if re.search(rf"\b{abbr}\b", span):
                offset = _OFFSET_RE.search(off)
                break
    if offset is not None:
        sign = 1 if offset[1] == "+" else -1
        minutes = sign * (int(offset[2]) * 60 + int(offset[3]))
        return naive.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    return naive.replace(tzinfo=AMSTERDAM)


def utc_offset(moment: datetime | None) -> str | None:
    """`+02:00` for an aware datetime: the offset as written, which TIMESTAMPTZ does not keep."""
    if moment is None or moment.tzinfo is None:
        return None
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


# ---------------------------------------------------------------------------------------------
# a letter's own date (issue 8, "letter dates")

#: the salutation ends a letter's head: dates below it belong to the body (the one vocabulary
#: of salutations: `patterns/doc_types.json`)
_SALUTATION_RE = re.compile(load_patterns("doc_types.json")["letter_salutation_regex"], re.I)
_DATE_LABEL_RE = re.compile(r"^(?:datum|date|dagtekening)\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
#: a letter to a chamber that prints its addressee and dateline on one line (`Aan de Voorzitter
#: van de Tweede Kamer der Staten-Generaal Den Haag, 3 februari 2023`)
_CHAMBER_DATELINE_RE = re.compile(
    load_patterns("doc_types.json")["chamber_dateline_regex"], re.IGNORECASE
)
_MONTH_WORD = rf"(?:{MONTH_ALT})"
# OCR damage inside a printed date that can be undone without guessing
#: the fewest letters of a month name read through one OCR misreading (`januari`, not `juni`)
_LONG_MONTH_CHARS = 7
_DATE_REPAIRS = [
    # a year OCR ran into the time after it: `17-6-202012:37`
    (re.compile(r"(?<=[-/.\s])((?:19|20)\d\d)([0-2]?\d:[0-5]\d)\b"), r"\1 \2"),
    # a date stamp's spaced day: `2 9 MEI 2019`
    (re.compile(rf"(?<![\d\w])([0-3]) ([0-9])(?=\s+{_MONTH_WORD}\b)", re.IGNORECASE), r"\1\2"),
    # a numeric date typed with a space after each dot: `22. 11. 2011`
    (re.compile(r"(?<![\d.])([0-3]?\d)\. ([01]?\d)\. ((?:19|20)\d\d)\b"), r"\1.\2.\3"),
    # a date written with dashes around its month's name: `12-mrt-2024`, `5-juni-2023`
    (
        re.compile(rf"(?<![\d\w])([0-3]?\d)-({_MONTH_WORD})\.?-((?:19|20)\d\d)\b", re.I),
        r"\1 \2 \3",
    ),
    # a numeric date whose year is set apart by a space: `18-3 2022`, `16/11/ 2007`
    (re.compile(r"(?<![\d.,/-])([0-3]?\d)([-/])([01]?\d)\2? ((?:19|20)\d\d)\b"), r"\1\2\3\2\4"),
    # a numeric date with spaces for separators, as meeting portals print a sitting's date
    # (`ZITTING VAN 23 05 2019`, `Geplaatst op 19 12 2025`): two-digit month, four-digit
    # year, no figure around it (a row of counts has no month with its leading zero)
    (
        re.compile(
            r"(?<![\d.,/-])(?<![\d.,] )([0-3]?\d) (0[1-9]|1[0-2]) ((?:19|20)\d\d)\b(?! ?[.,]?\d)"
        ),
        r"\1-\2-\3",
    ),
    # a year split in two after its month: `24 April 19 46`
    (re.compile(rf"(?<=\d\s)({_MONTH_WORD})\s+(19|20) (\d\d)\b(?!\s?[.,]?\d)", re.I), r"\1 \2\3"),
    # a year split by a space: `201 9`, `20 19`
    (re.compile(r"\b(19|20)(\d) ?(\d)\b(?!\d)"), r"\1\2\3"),
    (re.compile(r"\b(1|2)(\d{2}) (\d)\b(?!\d)"), r"\1\2\3"),
    # a month glued to its year: `december2020`
    (re.compile(rf"({_MONTH_WORD})((?:19|20)\d\d)\b", re.IGNORECASE), r"\1 \2"),
    # a stray full stop OCR set before the month: `op vrijdag 5 .januari 1962`
    (re.compile(rf"(?<![\d\w])([0-3]?\d) \.(?={_MONTH_WORD}\b)", re.IGNORECASE), r"\1 "),
    # a day glued to its month: `16juni 2020` (a text layer without the space)
    (re.compile(rf"(?<![\d\w])([0-3]?\d)(?={_MONTH_WORD}\b)", re.IGNORECASE), r"\1 "),
    # a day written as an ordinal, as older Dutch prints it: `den 19den Juni 1884`, `1ste mei`
    (re.compile(rf"(?<![\d\w])([0-3]?\d)(?:ste|den|de|e)(?=\s+{_MONTH_WORD}\b)", re.I), r"\1"),
    # a day OCR gave a stray digit, its weekday printed before it: `Zondag, 209 Januari 1905`
    (
        re.compile(
            rf"(?<!\w)(?P<weekday>{'|'.join(WEEKDAYS_NL + WEEKDAYS_EN)}),?\s+(?P<day>\d{{3}})\s+"
            rf"(?P<month>{_MONTH_WORD})\s+(?P<year>(?:19|20)\d\d)\b",
            re.IGNORECASE,
        ),
        lambda m: _day_for_weekday(m),
    ),
    # a long month's name with one letter misread, between its day and year: `12 uctober 1953`
    (
        re.compile(r"(?<![\d\w])([0-3]?\d\.?\s+)([A-Za-z]{6,10})(?=\s+(?:18|19|20)\d\d\b)"),
        lambda m: m[1] + _misread_month(m[2]),
    ),
    # a year whose 2 and 0 were read as letters: `zo18`, `2o20`
    (
        re.compile(r"(?<=[a-z] )(?P<y>[2zZ][0oO][0-9oOlI][0-9oOlI])\b", re.IGNORECASE),
        lambda m: m["y"].translate(str.maketrans("zZoOlI", "220011")),
    ),
]


def _day_for_weekday(m: re.Match[str]) -> str:
    """The date as printed with the one day that two of its three digits make on the
    weekday printed before it (`Zondag, 209 Januari 1905`: the 29th was a Sunday); as
    printed where none or several do."""
    weekday = (WEEKDAYS_NL + WEEKDAYS_EN).index(m["weekday"].lower()) % 7
    month, year, digits = _month_number(m["month"].lower()), int(m["year"]), m["day"]
    days = {int(digits[:k] + digits[k + 1 :]) for k in range(len(digits))}
    fits = {d for d in days if (day := _valid_date(year, month, d)) and day.weekday() == weekday}
    if len(fits) != 1:
        return m[0]
    return m[0].replace(digits, str(fits.pop()), 1)


#: the month names long enough that one misread letter leaves them unmistakable
_LONG_MONTHS = sorted({m for m in MONTHS_NL + MONTHS_EN if len(m) >= _LONG_MONTH_CHARS})


def _misread_month(word: str) -> str:
    """The one long month name `word` is with a letter misread, dropped or doubled by OCR
    (`uctober` -> `october`, `Septembcr` -> `september`); `word` as printed when it is a
    month already, or near none or several."""
    lower = word.lower()
    if lower in MONTH_NUMBERS:
        return word
    near = [m for m in _LONG_MONTHS if Levenshtein.distance(lower, m) == 1]
    return near[0] if len(near) == 1 else word


def repair_date_span(span: str) -> str:
    """Undo the OCR damage a printed date suffers that leaves no doubt about it:
    `2 9 MEI 2019` -> `29 MEI 2019`, `201 9` -> `2019`, `december2020` -> `december 2020`."""
    for pattern, replacement in _DATE_REPAIRS:
        span = pattern.sub(replacement, span)
    return span


def _clean_date(span: str) -> ParsedDate | None:
    """The date in a letter's date field, only when it reads whole: a day run on from
    other digits (`165 februari 2019`) or a date without its year is unreadable."""
    span = repair_date_span(day_first(span))
    m = DATE_RE.search(span)
    if m is None or (m.start() > 0 and span[m.start() - 1].isdigit()):
        return None
    parsed = parse_date(m.group(0))
    return parsed if parsed is not None and not parsed.year_inferred else None


#: what OCR leaves around a date field's value: table rules read as `I`, `l`, `!` or `|`
_FIELD_JUNK_RE = re.compile(r"(?<!\S)[!Il](?!\S)|[|]")
#: a date field's own label run into its value (`22 februari 2022Datum`)
_FIELD_LABEL_RE = re.compile(r"(?i)\b(?:datum|date|dagtekening)\b|(?<=\d)(?:datum|date)")


def bare_date(line: str) -> ParsedDate | None:
    """The date of a line that is nothing but a date with its year: a date field's value,
    a date stamp, a dateline (`Amsterdam, 2 9 MEI 2019`, `I I 22 februari 2022Datum`).

    A date inside a sentence is no document's own date; OCR junk around a field (table rules,
    redaction codes, the field's label run into the value) does not count as words."""
    for span in reversed(find_ground_codes(line, marks_only=True)):
        line = line[: span["start"]] + " " + line[span["end"] :]
    line = _FIELD_LABEL_RE.sub(" ", _FIELD_JUNK_RE.sub(" ", line)).strip(" :,-")
    bare = repair_date_span(re.sub(r"^[A-Z][a-z'\- ]+,\s*", "", line))  # a place first
    words = re.sub(rf"(?i)\b(?:{_MONTH_WORD}|{WEEKDAY_ALT})\b", " ", bare)
    if len(bare) > 30 or re.search(r"[A-Za-z]{3,}", words):
        return None
    return _clean_date(bare) if DATE_RE.search(bare) else None


def letter_date(text: str, head_lines: int = 45) -> ParsedDate | None:
    """A letter's own date, from its date field (never the first date in the body).

    Read from the `Datum` field in the head (its value on the same line or the next one; the
    head ends at the salutation), else from a line in the head that is nothing but a date (a
    date stamp, `Amsterdam, 2 9 MEI 2019`), else from such a line further down: OCR of a
    two-column letterhead sets the date field's value below the body's first paragraphs, and
    some letters print their date again above the signature. A `Datum` field that cannot be
    read gives None.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[:head_lines]
    for n, line in enumerate(head):
        if _SALUTATION_RE.match(line):
            head = head[:n]
            break
    for n, line in enumerate(head):
        m = _DATE_LABEL_RE.match(line)
        if not m:
            continue
        value = m["value"] or (head[n + 1] if n + 1 < len(head) else "")
        if value.strip():
            return _clean_date(value)
    for line in head:
        if (dated := _dateline_before_dispatch(line) or dateline(line)) is not None:
            return dated
        if (dated := _chamber_dateline(line)) is not None:
            return dated
    for line in head + lines[len(head) :]:
        parsed = bare_date(line)
        if parsed is not None:
            return parsed
    return None


#: the dispatch date's label a letterhead prints beside the letter's own dateline
#: (`Coevorden 20 maart 2023 Verzenddatum: 4 april 2023`)
_DISPATCH_LABEL_RE = re.compile(r"(?i)\bverzenddatum\b")
#: a place a dateline names before its date (`Coevorden`, `Den Haag`), also with the
#: particles of a place's name (`Ouderkerk aan de Amstel`, `Bergen op Zoom`, `'s-Hertogenbosch`)
DATELINE_PLACE = (
    r"(?:'s[-\s])?[A-Z][\w'\-]+"
    r"(?:\s+(?:(?:aan|op|bij|in|onder)\s+(?:de[nr]?\s+)?)?[A-Z][\w'\-]+){0,3}"
)
#: the place before a dateline's date, without the comma (`Coevorden 20 maart 2023`)
_DATELINE_PLACE_RE = re.compile(rf"^{DATELINE_PLACE}\s+(?=\d)")


def _dateline_before_dispatch(line: str) -> ParsedDate | None:
    """The letter's own date on the line of its dispatch date: the dateline (place and date,
    or the date alone) printed before the `Verzenddatum` label; the date the letter was
    sent is not the date it carries."""
    m = _DISPATCH_LABEL_RE.search(line)
    if m is None or m.start() == 0:
        return None
    return bare_date(_DATELINE_PLACE_RE.sub("", line[: m.start()].strip()))


def _chamber_dateline(line: str) -> ParsedDate | None:
    """The dateline printed on the line of a letter's addressee, a chamber's chair (`Aan de
    Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 3 februari 2023`), also
    where a document site's transcription runs the page on after it."""
    m = _CHAMBER_DATELINE_RE.search(line)
    return bare_date(m["date"]) if m else None


def _placed_dateline(line: str) -> ParsedDate | None:
    """A letter's dateline of its place and date without a comma (`Hilversum 2 juni 2023`)."""
    m = _DATELINE_PLACE_RE.match(line)
    return bare_date(line[m.end() :]) if m else None


#: the place before a dateline's date, then its comma (`Ouderkerk aan de Amstel, 29 juni 2009`)
_COMMA_DATELINE_PLACE_RE = re.compile(rf"^{DATELINE_PLACE},\s*")


def dateline(line: str) -> ParsedDate | None:
    """The date of a letter's dateline: its place, then its date and nothing else
    (`Haarlem, 12 april 2016`, `Ouderkerk aan de Amstel, 29 juni 2009`, `Hilversum 2 juni
    2023`). A date alone is no dateline: a news post prints its own above a greeting too."""
    if WEEKDAY_START_RE.match(line):
        return None  # `Maandag 20 juli 2020`: a date with its weekday, no place
    m = _COMMA_DATELINE_PLACE_RE.match(line)
    return bare_date(line[m.end() :]) if m else _placed_dateline(line)


#: a day and month printed without a year after their weekday, alone or run into a part of
#: the day (`Dinsdag 12 maart`, `op woensdagmiddag 20 maart`), a head's `d.d.` between them
#: (`Gehouden op Donderdag d.d. 22 maart om 19.30 uur`)
_YEARLESS_WEEKDAY_DATE_RE = re.compile(
    rf"(?i)\b(?P<weekday>{'|'.join(WEEKDAYS_NL + WEEKDAYS_EN)})(?:ochtend|morgen|middag|avond)?"
    rf"\s+(?:d\.\s?d\.\s*)?(?P<day>[0-3]?\d)\s+(?P<month>{MONTH_ALT})\b(?!\.?,?\s+(?:19|20)?\d\d\b)"
)
#: a year a text names (`in 2018`, `Jaarverslag 2018`)
_PRINTED_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def weekday_year_date(lines: list[str], text: str) -> date | None:
    """The first day printed with its weekday but no year (`Dinsdag 12 maart`) in the one
    year, within a year of those `text` names, on which that day falls on that weekday;
    None when the text names no year or no single year fits."""
    named = {int(y) for y in _PRINTED_YEAR_RE.findall(text)}
    around = {y + step for y in named for step in (-1, 0, 1)}
    for line in lines:
        for m in _YEARLESS_WEEKDAY_DATE_RE.finditer(line):
            weekday = (WEEKDAYS_NL + WEEKDAYS_EN).index(m["weekday"].lower()) % 7
            month = _month_number(m["month"].lower())
            fits = {_valid_date(y, month, int(m["day"])) for y in around} - {None}
            fits = {d for d in fits if d.weekday() == weekday}
            if len(fits) == 1:
                return fits.pop()
    return None


#: a post's byline: the day it was posted and by whom (`26 januari 2019 door Liesbeth`)
_BYLINE_RE = re.compile(r"^(?P<date>.{6,40}?)\s+(?:door|by)\s+(?-i:[A-Z])\w+(?:\s+\S+){0,3}$", re.I)
#: a sentence that tells the day of the week something happened, no date (`Op vrijdagavond,
#: ..., is de jaarvergadering van start gegaan`)
_WEEKDAY_TOLD_RE = re.compile(
    rf"^(?:op|afgelopen)\s+(?P<weekday>{'|'.join(WEEKDAYS_NL)})(?:avond|middag|ochtend|morgen)?"
    r"\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)
#: the days before its posting within which a post tells a weekday as past
_WEEK = 7


def posted_on(line: str) -> date | None:
    """The day a line dates a post: a date alone on its line or a byline's
    (`26 januari 2019 door Liesbeth`); None for any other line."""
    m = _BYLINE_RE.match(line.strip())
    parsed = bare_date(m["date"] if m else line)
    return parsed.value if parsed else None


def weekday_before(sentence: str, posted: date) -> date | None:
    """The day a post's sentence tells by its weekday alone (`Op vrijdagavond ...`): the last
    such weekday on or before the day it was posted; None for any other sentence."""
    m = _WEEKDAY_TOLD_RE.match(sentence.strip())
    if m is None:
        return None
    weekday = WEEKDAYS_NL.index(m["weekday"].lower())
    back = (posted.weekday() - weekday) % _WEEK
    return posted - timedelta(days=back)


#: a weekday right before a date's day (`vrijdag 17 januari 2018`, `vrijdag, 17-01-2018`)
_WEEKDAY_BEFORE_RE = re.compile(
    rf"(?i)\b(?P<weekday>{'|'.join(WEEKDAYS_NL + WEEKDAYS_EN)})(?:ochtend|morgen|middag|avond)?"
    r"[\s,]+(?=[0-3]?\d\D)"
)


def misprinted_year_date(before: str, as_printed: str, printed: date, text: str) -> date | None:
    """The date meant where a weekday is printed with a date of a year in which that day
    falls on another weekday (`vrijdag 17 januari 2018` in minutes about 2019 and 2020: a
    record copied from an older one, its year left): the same day in the one other year the
    text names in which it falls on that weekday, where the printed year is named nowhere
    else in the text. None when the weekday fits the printed year, the text names that year
    again (then the weekday is the slip), or no single named year settles it (the printed
    date then stands). `as_printed`:
    the date's text, `before`: what stands before it on its line."""
    day = re.search(r"\d", as_printed)
    at = len(before) + (day.start() if day else 0)
    weekdays = _WEEKDAY_BEFORE_RE.finditer(before + as_printed)
    m = next((w for w in weekdays if w.end() == at), None)
    if m is None:
        return None
    weekday = (WEEKDAYS_NL + WEEKDAYS_EN).index(m["weekday"].lower()) % 7
    if printed.weekday() == weekday:
        return None
    years = [int(y) for y in _PRINTED_YEAR_RE.findall(text)]
    if years.count(printed.year) > 1:
        return None  # a year the text names elsewhere is its own: the weekday is the slip
    named = set(years) - {printed.year}
    fits = {_valid_date(y, printed.month, printed.day) for y in named} - {None}
    fits = {d for d in fits if d.weekday() == weekday and abs(d.year - printed.year) <= 2}
    if len(fits) != 1:
        return None
    meant = fits.pop()
    # the text that prints that other day itself tells the two apart (`4. Notulen 22 mei
    # 2013` under `Woensdag 22 mei 2014`: the earlier meeting's): the printed date stands
    printed_days = {found.value for _, _, found in find_dates(text) if not found.year_inferred}
    return None if meant in printed_days else meant


def _told_weekdays(day: int, month: int, text: str) -> list[str]:
    """The places `text` prints a day and month with their weekday and no year
    (`_YEARLESS_WEEKDAY_DATE_RE`: `donderdag 6 oktober`)."""
    return [
        m[0]
        for m in _YEARLESS_WEEKDAY_DATE_RE.finditer(text)
        if (int(m["day"]), _month_number(m["month"].lower())) == (day, month)
    ]


def yearless_date_in(span: str, day: int, month: int, text: str) -> date | None:
    """The year of a day printed without one (`Verslag ALV 2 november`, `op woensdagmiddag
    20 maart`), as the text itself gives it: the one year with which it prints that same day
    elsewhere (`... van woensdag 2 november 2022`), else the one year near those it names in
    which the day falls on the weekday `span` prints with it, or the text prints with that
    day elsewhere (`Stemming vergadering 6 oktober` over `Die vond gisteren, donderdag 6
    oktober, plaats`). None when neither settles it (the caller may then take the text's
    most frequent year)."""
    printed = [parsed.value for _, _, parsed in find_dates(text) if not parsed.year_inferred]
    years = {d.year for d in printed if (d.month, d.day) == (month, day)}
    if len(years) == 1:
        return _valid_date(years.pop(), month, day)
    if (short := _short_year(span, day, {d.year for d in printed})) is not None:
        return _valid_date(short, month, day)
    fits = weekday_year_date([span], text) or weekday_year_date(
        _told_weekdays(day, month, text), text
    )
    if fits is None or (fits.month, fits.day) != (month, day):
        return None
    # a report is dated after the meeting it reports: a fit later than every date the text
    # prints (its posting date among them) is a misprinted weekday, not the meeting's year
    return None if printed and fits > max(printed) else fits


#: a written-out day and month with the year's last two digits (`9 DECEMBER 13`: a web
#: page's transcript that lost the century), not a time (`13.00`) or a count (`13 uur`)
_SHORT_YEAR_RE = re.compile(
    rf"(?i)\b(?P<day>[0-3]?\d)\s+(?:{MONTH_ALT})\.?\s+(?P<yy>\d\d)\b(?![.:,]\d|\s*(?:uur|u)\b)"
)


def century_of_short_year(span: str, near: int | None = None) -> str:
    """`span` with the two-digit year of the written-out date it opens with (a weekday
    before it or not) given its century (`18 AUGUSTUS 08 (UR/08/22437)` -> `18 AUGUSTUS
    2008 (UR/08/22437)`): the year with those digits nearest `near` (the year the text is
    about), else this century's, as a numeric date's two-digit year is read (`parse_date`).
    For a span that stands where a date is due (a meeting's `d.d.`), not any number after a
    month (`op 5 mei 10 leden`)."""
    day = DATE_RE.match(span)
    if day is None or not day["d1"] or day["y1"]:
        return span  # no written-out date first, or one with its year whole
    m = _SHORT_YEAR_RE.match(span, day.start("d1"))
    if m is None:
        return span
    year = 2000 + int(m["yy"])
    if near is not None:
        year = min((year - 200, year - 100, year), key=lambda y: abs(y - near))
    return f"{span[: m.start('yy')]}{year}{span[m.end('yy') :]}"


def _short_year(span: str, day: int, printed_years: set[int]) -> int | None:
    """The year a day printed with two digits for its year has: that of the text's years
    (or the year before one of them: a record is adopted at the next meeting) that ends in
    those digits; None where the text prints no such year."""
    for m in _SHORT_YEAR_RE.finditer(span):
        if int(m["day"]) != day:
            continue
        near = {y for p in printed_years for y in (p, p - 1) if y % 100 == int(m["yy"])}
        if len(near) == 1:
            return near.pop()
    return None


#: what joins the two dates of a period (`2025/05/12 - 2025/06/16`, `1 mei t/m 5 mei 2024`),
#: a digit after it (the second date's year or day)
_PERIOD_JOIN_RE = re.compile(r"\s*(?:[-–]|t/m|tot(?:\s+en\s+met)?)\s*\W*(?=\d)")


#: a year-first numeric date, its separators mixed as typed
_YEAR_FIRST_RE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b")


def gives_period(value: str) -> bool:
    """A date field that gives a period (`Datum: 2025/05/12 - 2025/06/16`): a project's or a
    series' span, not the day of one meeting nor a document's date; a date and a time (`12
    maart 2024 - 19.30 uur`) are one day's."""
    first = DATE_RE.search(value)
    joint = first and _PERIOD_JOIN_RE.match(value, first.end())
    # a typed period's end may mix its separators (`2025/06-16`)
    return bool(
        joint and (DATE_RE.match(value, joint.end()) or _YEAR_FIRST_RE.match(value, joint.end()))
    )


def _valid_date(year: int, month: int | None, day: int) -> date | None:
    try:
        return date(year, month, day) if month else None
    except ValueError:
        return None
