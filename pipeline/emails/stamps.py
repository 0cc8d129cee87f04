"""Sent times: a date followed closely by a time, as mail programs print it
(`find_timestamp`: Dutch and English, US order, the C library's, with a zone and AM/PM), a line
that is nothing but one, a sent date OCR garbled past reading, and a date alone opening a
line."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from pipeline.dates import (
    AMSTERDAM,
    DATE_RE,
    MONTH_ALT,
    MONTHS_EN,
    TIME_RE,
    US_NUMERIC_DATE_RE,
    WEEKDAY_ALT,
    WEEKDAY_START_RE,
    parse_timestamp,
)
from pipeline.emails.records import Stamp
from pipeline.emails.vocab import _NOISE_CHARS_RE, _has_box
from pipeline.nlp import without_accents

# `February 17, 2022` (Outlook) and `Feb 17, 2022` (Gmail's `On Thu, Feb 17, 2022 at ...`)
_US_MONTHS = sorted({m.capitalize() for m in MONTHS_EN} | {m[:3].capitalize() for m in MONTHS_EN})
_US_DATE_RE = re.compile(
    r"\b(?P<month>" + "|".join(sorted(_US_MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# `Thu Dec 9 21:01:27 GMT 2010`: the C library's date (mail archives), its year after
# the time and the zone
_CTIME_RE = re.compile(
    rf"\b(?P<wd>{WEEKDAY_ALT})\.?\s+(?P<month>{MONTH_ALT})\s+"
    r"(?P<day>[0-3]?\d)\s+"
    r"(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)\s+(?:(?P<tz>[A-Z]{3,4})\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# an offset or zone after the time; a zone with its offset (`(GMT+01:00)`) is read whole
_TZ_TAIL_RE = re.compile(
    r"^\s*(?:\(?(?:UTC|GMT)\s?[+-]\d\d:?\d\d\)?|[+-]\d\d:?\d\d|\(?(?:CET|CEST|UTC|GMT|MET|BST)\)?)"
)
_AMPM_RE = re.compile(r"^\s*([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])")

#: a time (`16:53`, `9.41`): every header timestamp has one, most lines of a page none, so
#: a line without it is passed over before the date expressions and dateparser run
_TIME_HINT_RE = re.compile(r"\d[:.][0-5]\d")
#: a year or a numeric date, the other half of a timestamp
_YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d|\d[-/.]\d")


@lru_cache(maxsize=65536)
def find_timestamp(line: str) -> Stamp | None:
    """A date followed closely by a time (`Tue, 29 Mar 2022 10:39:31 +0200`, `maandag 14
    februari 2022 16:53`, `17 december 2018 om 18:43:48 CET`, `Thursday, February 17, 2022
    12:30:04 PM`) as a tz-aware datetime. Cached: a document's lines are read for headers
    by the splitter, the page check and the extractor alike."""
    if not _TIME_HINT_RE.search(line) or not _YEAR_HINT_RE.search(line):
        return None
    # OCR puts accents on month names (`12 Sép 2022`); the rewrite keeps the length
    text = line
    if not line.isascii():
        text = without_accents(line)
    # the rewrites keep the length (padded after the year), so offsets stay the line's
    text = _CTIME_RE.sub(_ctime_as_written, text)
    text = _US_DATE_RE.sub(
        lambda m: f"{m['day']} {m['month']} {m['year']}".ljust(len(m.group(0))), text
    )
    text = US_NUMERIC_DATE_RE.sub(
        lambda m: f"{m['day']}-{m['month']}-{m['year']}".ljust(len(m.group(0))), text
    )
    for date_match in DATE_RE.finditer(text):
        stamp = _stamp_at(text, date_match)
        if stamp is not None:
            # offsets into the original line, and the stamp as printed there, where the
            # rewrites kept the length (the accent strip may not: a ligature)
            if len(text) != len(line):
                return Stamp(stamp.start, min(stamp.end, len(line)), stamp.value, stamp.raw)
            return Stamp(stamp.start, stamp.end, stamp.value, line[stamp.start : stamp.end].strip())
    return None


def _ctime_as_written(m: re.Match) -> str:
    """`Thu Dec 9 21:01:27 GMT 2010` as `Thu 9 Dec 2010 21:01:27 GMT`, as long as printed."""
    tz = f" {m['tz']}" if m["tz"] else ""
    return f"{m['wd']} {m['day']} {m['month']} {m['year']} {m['time']}{tz}".ljust(len(m.group(0)))


def _stamp_at(text: str, date_match: re.Match) -> Stamp | None:
    """The timestamp that starts with `date_match`: a date with a year, a time right after
    it (`, `, ` om `, ` at `), an offset or zone, and AM/PM."""
    if not any(date_match.group(g) for g in ("y1", "y2", "y3")):
        return None
    after = text[date_match.end() : date_match.end() + 30]
    time_match = TIME_RE.search(after)
    if time_match is None or not _STAMP_JOINT_RE.fullmatch(after[: time_match.start()]):
        return None
    end = date_match.end() + time_match.end()
    tz = _TZ_TAIL_RE.match(text[end:])
    span_end = end + (tz.end() if tz else 0)
    value = _parse_stamp(text[date_match.start() : span_end])
    if value is None:
        return None
    ampm = _AMPM_RE.match(text[span_end:])
    if ampm:
        if ampm.group(1).lower() == "p" and value.hour < 12:
            value = value + timedelta(hours=12)
        elif ampm.group(1).lower() == "a" and value.hour == 12:
            value = value - timedelta(hours=12)
        span_end += ampm.end()
    raw = text[date_match.start() : span_end].strip()
    return Stamp(date_match.start(), span_end, value, raw)


_STAMP_JOINT_RE = re.compile(r"[\s,]*(?:om|at|à|,|-)?[\s,]*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _parse_stamp(span: str) -> datetime | None:
    # dateparser is the cost of a timestamp; a thread prints the same ones again and again
    return parse_timestamp(span)


def _is_bare_stamp_line(line: str, stamp: Stamp) -> bool:
    """A line that is nothing but a full header timestamp (its label printed elsewhere)."""
    rest = line[: stamp.start] + line[stamp.end :]
    if len(_NOISE_CHARS_RE.sub("", rest)) > 2:
        return False
    full = bool(
        WEEKDAY_START_RE.match(stamp.raw)
        or re.search(r"\d:\d\d:\d\d", stamp.raw)
        or re.search(r"[+-]\d\d:?\d\d|CET|CEST|GMT|UTC", stamp.raw)
    )
    return full


#: a date without a time opening a line (`2012/10/22`, `22-10-2012`)
_DATE_START_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)"
    r"|(?P<d2>[0-3]?\d)[-/.](?P<m2>[01]?\d)[-/.](?P<y2>(?:19|20)\d\d)(?!\d)"
)


def _opening_date(line: str, at: int) -> Stamp | None:
    """A timestamp, or a date alone (taken as its midnight, Amsterdam), starting at `at`."""
    stamp = find_timestamp(line)
    if stamp is not None and stamp.start == at:
        return stamp
    m = _DATE_START_RE.match(line, at)
    if m is None:
        return None
    year, month, day = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        value = datetime(int(year), int(month), int(day), tzinfo=AMSTERDAM)
    except ValueError:
        return None
    return Stamp(m.start(), m.end(), value, m.group(0))


def _is_unreadable_stamp(line: str) -> bool:
    """A sent date OCR garbled past reading (`g^^rc^^^februari 2023 14:01`): a time of day and
    a year, but no timestamp."""
    dated = _YEAR_HINT_RE.search(line) or _has_box(line)  # a box may have taken the year
    return bool(_TIME_HINT_RE.search(line) and dated) and not find_timestamp(line)
