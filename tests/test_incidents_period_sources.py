"""Periods read from the right source (incperiod3): a document host's counter line dates no
section, and two months in a row joined by `en` are one span."""

from datetime import date

from pipeline.incidents.periods import _heading_period, find_periods
from pipeline.incidents.records import Period


def test_host_counter_line_dates_no_section() -> None:
    # texts188/vru-jaarstukken-meldingen-2019: a document host's banner above the year report
    assert _heading_period("Academic year: 2022") is None


def test_two_months_apart_are_no_span() -> None:
    periods = [
        p.period for p in find_periods("In januari en maart 2021 werden 30 klachten ingediend.")
    ]
    assert Period(date(2021, 1, 1), date(2021, 3, 31)) not in periods
