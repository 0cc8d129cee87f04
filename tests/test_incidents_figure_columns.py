"""Tables of figures per period (issue 8: "a month-by-month table with a second column"):
the AP column printed without an article (`Gemeld bij AP`), and a table of one figure
column under a column of months."""

from __future__ import annotations

from datetime import date

from test_incidents import _document, _fact, _facts

from pipeline.incidents import extract_incident_counts

JAN = (date(2022, 1, 1), date(2022, 1, 31))
FEB = (date(2022, 2, 1), date(2022, 2, 28))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))


def test_an_ap_column_without_article_is_reported_to_ap():
    text = (
        "Rapportage datalekken 2022\n\n"
        "Maand Aantal datalekken Waarvan gemeld bij AP\n"
        "Januari 4 1\nFebruari 6 2\nTotaal 10 3\n"
    )
    assert _facts(extract_incident_counts(_document(text))) == {
        _fact(JAN, "total", 4), _fact(JAN, "reported_to_ap", 1),
        _fact(FEB, "total", 6), _fact(FEB, "reported_to_ap", 2),
        _fact(Y2022, "total", 10), _fact(Y2022, "reported_to_ap", 3),
    }  # fmt: skip


def test_one_figure_column_under_a_column_of_months():
    text = (
        "Rapportage datalekken 2022\n\nMaand Aantal meldingen\nJanuari 4\nFebruari 6\nTotaal 10\n"
    )
    assert _facts(extract_incident_counts(_document(text))) == {
        _fact(JAN, "total", 4), _fact(FEB, "total", 6), _fact(Y2022, "total", 10),
    }  # fmt: skip
