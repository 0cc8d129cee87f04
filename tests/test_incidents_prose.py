"""Incident counts stated in running prose: the way privacy (FG) annual reports and news
items about them write figures. Each text is written for the test in the shape of such a
sentence (no third-party text)."""

from __future__ import annotations

from datetime import date

from pipeline.incidents import extract_incident_counts

Y2020 = (date(2020, 1, 1), date(2020, 12, 31))
Y2021 = (date(2021, 1, 1), date(2021, 12, 31))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))


def _document(text: str, title: str = "", doc_date: date | None = None) -> dict:
    return {
        "document_id": "d1",
        "source_id": "s1",
        "doc_type": "other",
        "title": title,
        "doc_date": doc_date,
        "first_page": 1,
        "last_page": 1,
        "pages": [{"source_id": "s1", "page_no": 1, "text": text, "text_method": "text_layer"}],
    }


def _facts(text: str, **kwargs) -> set[tuple]:
    return {
        (r["period_start"], r["period_end"], r["category"], r["value"], r["unit"], r["scope"])
        for r in extract_incident_counts(_document(text, **kwargs))
    }


def _fact(period, category, value, unit="count", scope=None) -> tuple:
    return (period[0], period[1], category, float(value), unit, scope)


def test_relative_years_resolved_against_the_documents_date():
    text = (
        "Het waterschap had vorig jaar met 52 datalekken te maken. Vorig jaar werden 48 "
        "incidenten intern gemeld, tegen 30 incidenten een jaar eerder."
    )
    facts = _facts(text, doc_date=date(2022, 3, 1))
    assert _fact(Y2021, "total", 52) in facts
    assert _fact(Y2021, "total", 48) in facts
    assert _fact(Y2020, "total", 30) in facts


def test_relative_years_need_a_dated_document():
    text = "Vorig jaar werden 48 datalekken gemeld, een jaar eerder 30 datalekken."
    assert _facts(text) == set()


def test_a_dating_stamp_on_the_first_line_dates_the_text():
    text = "Datum: maart 2023\n\nDe provincie meldde vorig jaar 14 datalekken."
    assert _facts(text) == {_fact(Y2022, "total", 14)}


def test_the_past_year_of_a_year_report_and_a_comparison_year_are_not_its_period():
    text = (
        "Jaaroverzicht datalekken 2021\n\n"
        "Net als in 2020 werden in het afgelopen jaar 25 datalekken gemeld."
    )
    assert _facts(text) == {_fact(Y2021, "total", 25)}
