"""`pipeline.dates` reads written dates without asking dateparser again for a month word it
has read once: the answers must be dateparser's own, or the calendar's for a word it does not
read."""

from __future__ import annotations

from datetime import date

import dateparser

from pipeline.dates import (
    LANGUAGES,
    MONTH_ABBR,
    MONTH_NUMBERS,
    MONTHS_EN,
    MONTHS_NL,
    _settings,
    parse_date,
)

#: abbreviations printed in Dutch papers that dateparser does not read (`d.d. 16 febr.`,
#: afferden-dorpsraad-2016-03-15): read by the calendar's own month number instead
NOT_READ_BY_DATEPARSER = {"febr"}


def test_written_dates_are_what_dateparser_reads():
    words = sorted(set(MONTHS_NL + MONTHS_EN + MONTH_ABBR))
    unread = set()
    for word in words:
        for variant in (word, word.title(), word.upper()):
            for day, year in ((1, 2024), (28, 2023)):
                text = f"{day} {variant} {year}"
                expected = dateparser.parse(text, languages=LANGUAGES, settings=_settings(None))
                if expected is None:
                    unread.add(word)
                    expected_day = date(year, MONTH_NUMBERS[word], day)
                else:
                    expected_day = expected.date()
                assert parse_date(text).value == expected_day, text
    assert unread == NOT_READ_BY_DATEPARSER


def test_days_past_the_28th_still_go_through_dateparser():
    assert parse_date("29 februari 2024").value.isoformat() == "2024-02-29"
    assert parse_date("31 april 2022") is None
    assert parse_date("31 december", context_year=2021).value.isoformat() == "2021-12-31"
