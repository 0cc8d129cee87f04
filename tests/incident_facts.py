"""What the incident tests share: a document of page texts, the periods a figure is dated
with, and the figures read from a text as tuples a test compares with its expected ones.

A plain helper module (pytest collects no tests here). The readers differ only in the tuple
they make, one per shape the tests compare: flat (`text_facts`, `row_facts`, the shape of
`fact`), with the period as one pair (`period_facts`), led by the subject (`subject_facts`),
and by year number (`year_facts`)."""

from __future__ import annotations

import calendar
from datetime import date

from pipeline.incidents import extract_incident_counts

Period = tuple[date, date]


def document(
    *page_texts: str,
    title: str = "",
    doc_id: str = "d1",
    doc_type: str = "report",
    doc_date: date | None = None,
) -> dict:
    """A document of one text-layer page per text, in the shape `extract_incident_counts` reads."""
    return {
        "document_id": doc_id,
        "source_id": "s1",
        "doc_type": doc_type,
        "title": title,
        "doc_date": doc_date,
        "first_page": 1,
        "last_page": len(page_texts),
        "pages": [
            {"source_id": "s1", "page_no": i, "text": text, "text_method": "text_layer"}
            for i, text in enumerate(page_texts, start=1)
        ],
    }


def calendar_year(y: int) -> Period:
    """The calendar year `y` as a figure's period."""
    return (date(y, 1, 1), date(y, 12, 31))


def month_span(y: int, first: int, last: int) -> Period:
    """Months `first` to `last` of year `y`, both whole."""
    return (date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1]))


def month(y: int, m: int) -> Period:
    """Month `m` of year `y`."""
    return month_span(y, m, m)


def quarter(y: int, q: int) -> Period:
    """Quarter `q` (1-4) of year `y`."""
    return month_span(y, 3 * q - 2, 3 * q)


def fact(
    period: Period, category: str, value: float, unit: str = "count", scope: str | None = None
) -> tuple:
    """An expected figure in the flat shape of `row_facts`."""
    return (period[0], period[1], category, float(value), unit, scope)


def _scope(scope: str | None, casefold: bool) -> str | None:
    return scope.casefold() if casefold and scope else scope


def row_facts(rows: list[dict], *, casefold_scope: bool = False) -> set[tuple]:
    """Each row as (period start, period end, category, value, unit, scope); a casefolded
    scope where the test does not care how the text capitalised its name."""
    return {
        (r["period_start"], r["period_end"], r["category"], r["value"], r["unit"],
         _scope(r["scope"], casefold_scope))
        for r in rows
    }  # fmt: skip


def text_rows(
    text: str, doc_type: str = "report", *, title: str = "", doc_date: date | None = None
) -> list[dict]:
    """The incident rows read from a one-page document of `text`."""
    return extract_incident_counts(
        document(text, title=title, doc_type=doc_type, doc_date=doc_date)
    )


def text_facts(
    text: str,
    doc_type: str = "report",
    *,
    title: str = "",
    doc_date: date | None = None,
    casefold_scope: bool = False,
) -> set[tuple]:
    """Each figure read from a one-page document of `text`, in the flat shape of `row_facts`."""
    rows = text_rows(text, doc_type, title=title, doc_date=doc_date)
    return row_facts(rows, casefold_scope=casefold_scope)


def period_facts(text: str, doc_type: str = "report", *, title: str = "") -> set[tuple]:
    """Each figure read from `text` as ((period start, end), category, value, unit, scope)."""
    return {
        ((r["period_start"], r["period_end"]), r["category"], r["value"], r["unit"], r["scope"])
        for r in text_rows(text, doc_type, title=title)
    }


def kind_facts(text: str, doc_type: str = "other") -> set[tuple]:
    """Each figure read from `text` as ((period start, end), category, value): a page of no set
    type by default, as news items and web pages are."""
    return {f[:3] for f in period_facts(text, doc_type)}


def scoped_facts(text: str, doc_type: str = "other", *, title: str = "") -> set[tuple]:
    """Each figure read from `text` as ((period start, end), category, value, scope)."""
    return {(f[0], f[1], f[2], f[4]) for f in period_facts(text, doc_type, title=title)}


def figure_values(text: str, doc_type: str = "other") -> set[float]:
    """The values of the figures read from `text`."""
    return {f[2] for f in kind_facts(text, doc_type)}


def subject_facts(text: str, doc_type: str = "report") -> set[tuple]:
    """Each figure read from `text` as (subject, period, category, value, unit, scope)."""
    return {
        (r["subject"], (r["period_start"], r["period_end"]), r["category"], r["value"],
         r["unit"], r["scope"])
        for r in text_rows(text, doc_type)
    }  # fmt: skip


def year_facts(text: str, doc_type: str = "report") -> set[tuple]:
    """Each figure read from `text` as (year of its start, category, value, scope)."""
    return {
        (r["period_start"].year, r["category"], r["value"], r["scope"])
        for r in text_rows(text, doc_type)
    }


#: calendar years as figures' periods, shared by the incident tests
Y2001 = calendar_year(2001)
Y2002 = calendar_year(2002)
Y2005 = calendar_year(2005)
Y2008 = calendar_year(2008)
Y2012 = calendar_year(2012)
Y2014 = calendar_year(2014)
Y2015 = calendar_year(2015)
Y2016 = calendar_year(2016)
Y2017 = calendar_year(2017)
Y2018 = calendar_year(2018)
Y2019 = calendar_year(2019)
Y2020 = calendar_year(2020)
Y2021 = calendar_year(2021)
Y2022 = calendar_year(2022)
Y2023 = calendar_year(2023)
Y2024 = calendar_year(2024)
Y2025 = calendar_year(2025)
