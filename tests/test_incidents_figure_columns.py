"""Tables of figures per period (issue 8: "a month-by-month table with a second column"):
the AP column printed without an article (`Gemeld bij AP`), and a table of one figure
column under a column of months."""

from __future__ import annotations

from tests.incident_facts import Y2021, Y2022, calendar_year, month, month_span, quarter, text_facts
from tests.incident_facts import fact as _fact

JAN = month(2022, 1)
FEB = month(2022, 2)
Q1_2022 = quarter(2022, 1)
Q2_2022 = quarter(2022, 2)
H1_2022 = month_span(2022, 1, 6)


def test_an_ap_column_without_article_is_reported_to_ap():
    text = (
        "Rapportage datalekken 2022\n\n"
        "Maand Aantal datalekken Waarvan gemeld bij AP\n"
        "Januari 4 1\nFebruari 6 2\nTotaal 10 3\n"
    )
    assert text_facts(text) == {
        _fact(JAN, "total", 4), _fact(JAN, "reported_to_ap", 1),
        _fact(FEB, "total", 6), _fact(FEB, "reported_to_ap", 2),
        _fact(Y2022, "total", 10), _fact(Y2022, "reported_to_ap", 3),
    }  # fmt: skip


def test_one_figure_column_under_a_column_of_months():
    text = (
        "Rapportage datalekken 2022\n\nMaand Aantal meldingen\nJanuari 4\nFebruari 6\nTotaal 10\n"
    )
    assert text_facts(text) == {
        _fact(JAN, "total", 4), _fact(FEB, "total", 6), _fact(Y2022, "total", 10),
    }  # fmt: skip


def test_quarter_columns_with_a_total_column_take_the_reports_year():
    text = (
        "Rapportage datalekken 2022\n\n"
        "Categorie Q1 Q2 Totaal\n"
        "Verkeerde ontvanger 5 3 8\nVerloren laptop 1 0 1\nTotaal 6 3 9\n"
    )
    assert text_facts(text) == {
        _fact(Q1_2022, "wrong_recipient", 5), _fact(Q2_2022, "wrong_recipient", 3),
        _fact(H1_2022, "wrong_recipient", 8), _fact(Q1_2022, "lost_device", 1),
        _fact(Q2_2022, "lost_device", 0), _fact(H1_2022, "lost_device", 1),
        _fact(Q1_2022, "total", 6), _fact(Q2_2022, "total", 3), _fact(H1_2022, "total", 9),
    }  # fmt: skip


def test_a_sentence_that_refers_back_counts_the_reports_to_the_ap():
    text = (
        "Jaarverslag privacy 2021\n\nEr zijn in 2021 in totaal 45 datalekken gemeld. "
        "Hiervan zijn er 12 gemeld bij de Autoriteit Persoonsgegevens."
    )
    assert text_facts(text) == {
        _fact(Y2021, "total", 45), _fact(Y2021, "reported_to_ap", 12),
    }  # fmt: skip


def test_a_number_with_its_own_year_after_it_in_a_sentence_about_the_count():
    text = (
        "Jaarverslag privacy\n\nHet aantal datalekken is gestegen van 38 in 2020 naar 45 in 2021."
    )
    assert text_facts(text) == {
        _fact(calendar_year(2020), "total", 38),
        _fact(Y2021, "total", 45),
    }


def test_a_pipe_table_whose_label_column_has_no_title_reads_its_period_columns():
    text = (
        "Datalekken\n\n|  | Q1 2022 | Q2 2022 |\n|---|---|---|\n"
        "| Totaal aantal meldingen | 12 | 9 |\n| Verkeerde ontvanger | 5 | 4 |\n"
    )
    assert text_facts(text) == {
        _fact(Q1_2022, "total", 12), _fact(Q2_2022, "total", 9),
        _fact(Q1_2022, "wrong_recipient", 5), _fact(Q2_2022, "wrong_recipient", 4),
    }  # fmt: skip


def test_the_cells_of_a_pipe_table_not_read_are_no_figures_of_the_running_text():
    text = "Datalekken\n\n|  | 2020 | 2021* |\n|---|---|---|\n| Aantal datalekken | 12 | 9 |\n"
    assert text_facts(text) == set()


def test_cells_with_dots_grouping_thousands_under_year_columns():
    # a key-figures table of a city: one row per subject, thousands grouped by dots
    text = (
        "Kerncijfers\n  2020 2021 2022\nKlachten\n"
        "totaal aantal klachten 1.512 987 1.204\n"
        "totaal aantal ingediende Woo-verzoeken 2.015 1.130 96\n"
    )
    facts = text_facts(text, "other")
    assert _fact(Y2021, "total", 987) in facts
    assert _fact(calendar_year(2020), "total", 1512) in facts
    assert _fact(Y2022, "total", 1204) in facts
    # a share and a one-decimal cell keep their reading; no cell becomes 1.5 or 2.0
    text = "Jaar 2021 2022\nAantal datalekken 1.045 12,5%\n"
    facts = text_facts(text, "other")
    assert not any(f[3] in (1.045, 1.0) for f in facts)
