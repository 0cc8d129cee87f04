"""Tables of complaints and incident reports per kind, as web pages print them flattened
to one row a line without blank lines: each year split into a count and a share column
(`n %`), a caption naming the body the table counts, and stray label rows under the
table. Each text is written for the test in that layout; no third-party text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import month, month_span, period_facts, text_rows


def _facts(text: str) -> set[tuple]:
    """The figures of a table in a complaints report (the title only names the report)."""
    return period_facts(text, title="Klachtenjaarverslag")


def test_a_year_split_into_count_and_share_columns():
    text = (
        "Klachten per soort\n"
        "2022 2021 Column 3 Column 4\n"
        "Soort klacht n % n %\n"
        "Bejegening 40 20,0 30 15,0\n"
        "Wachttijd 160 80,0 170 85,0\n"
        "Totaal 200 200\n"
    )
    assert _facts(text) == {
        (_year(2022), "other", 40.0, "count", None), (_year(2022), "other", 20.0, "percent", None),
        (_year(2021), "other", 30.0, "count", None), (_year(2021), "other", 15.0, "percent", None),
        (_year(2022), "other", 160.0, "count", None), (_year(2022), "other", 80.0, "percent", None),
        (_year(2021), "other", 170.0, "count", None), (_year(2021), "other", 85.0, "percent", None),
        (_year(2022), "total", 200.0, "count", None), (_year(2021), "total", 200.0, "count", None),
    }  # fmt: skip


def test_a_caption_naming_a_committee_scopes_its_table_and_its_kinds():
    text = (
        "Klachten bij de klachtenfunctionaris\n"
        "2023 2022\n"
        "Totaal aantal klachten 120 110\n"
        "Klachten bij de\n"
        "klachtencommissie\n"
        "2023 2022\n"
        "Aantal klachten 12 9\n"
        "Type klacht 2023 2022\n"
        "Bejegening 7 5\n"
        "Schadeclaims 2023 2022\n"
        "Aantal klachten 3 4\n"
    )
    assert _facts(text) == {
        (_year(2023), "total", 120.0, "count", None),
        (_year(2022), "total", 110.0, "count", None),
        (_year(2023), "total", 12.0, "count", "klachtencommissie"),
        (_year(2022), "total", 9.0, "count", "klachtencommissie"),
        (_year(2023), "other", 7.0, "count", "klachtencommissie"),
        (_year(2022), "other", 5.0, "count", "klachtencommissie"),
        (_year(2023), "total", 3.0, "count", None),
        (_year(2022), "total", 4.0, "count", None),
    }


def test_rows_of_a_table_without_blank_lines_are_no_sentence():
    text = (
        "Klachten gemeld bij de ombudsman\n"
        "2021 2020\n"
        "Totaal aantal klachten 85 70\n"
        "Type klacht 2021 2020\n"
        "Bejegening 30 25\n"
        "Nazorg 2\n"
        "Column 1 Value 6 11\n"
    )
    assert _facts(text) == {
        (_year(2021), "total", 85.0, "count", None), (_year(2020), "total", 70.0, "count", None),
        (_year(2021), "other", 30.0, "count", None), (_year(2020), "other", 25.0, "count", None),
    }  # fmt: skip


def test_bodies_named_by_their_head_noun_scope_their_figures():
    text = (
        "Klachten en beroepen\n\n"
        "Bij het digitaal klachtenloket werden in 2022 41 klachten ontvangen. "
        "Bij de gemeente zijn in 2022 300 klachten binnengekomen.\n\n"
        "Commissie ongewenste omgangsvormen\n\n"
        "In 2022 ontving de commissie ongewenste omgangsvormen vier klachten.\n"
    )
    assert _facts(text) == {
        (_year(2022), "total", 41.0, "count", "digitaal klachtenloket"),
        (_year(2022), "total", 300.0, "count", None),
        (_year(2022), "total", 4.0, "count", "Commissie ongewenste omgangsvormen"),
    }


def test_a_footnote_on_a_table_year_states_no_figure():
    text = (
        "Klachten\n\n2020\n\n20211\n\nIngediend\n\n7\n\n9\n\n"
        "• 1 In het vorige verslag over 2021 is abusievelijk 1 klacht niet vermeld.\n"
    )
    assert not {f for f in _facts(text) if f[2] == 1.0}


def test_a_count_with_another_bodys_added_is_no_figure_of_its_own():
    text = (
        "Jaarverslag klachten 2022\n\n"
        "In 2022 ontving ik 60 klachten. Met de klachten over de "
        "uitvoeringsdienst erbij lag het aantal op 80 klachten.\n"
    )
    assert _facts(text) == {(_year(2022), "total", 60.0, "count", None)}


def test_count_and_share_sub_columns_titled_in_words():
    text = (
        "Klachten per soort\n2022 2021\nSoort klacht abs. perc. abs. perc.\n"
        "Bejegening 40 20,0 30 15,0\n"
    )
    assert _facts(text) == {
        (_year(2022), "other", 40.0, "count", None), (_year(2022), "other", 20.0, "percent", None),
        (_year(2021), "other", 30.0, "count", None), (_year(2021), "other", 15.0, "percent", None),
    }  # fmt: skip


def test_a_long_table_keeps_its_header_to_its_last_row():
    kinds = [f"Soort{chr(97 + i)}" for i in range(17)]
    text = (
        "Klachten per soort\n2022 2021\nSoort klacht n % n %\n"
        + "".join(f"{kind} 2 1,0 3 1,5\n" for kind in kinds)
        + "Totaal aantal klachten 200 201\n"
    )
    facts = _facts(text)
    assert (_year(2022), "total", 200.0, "count", None) in facts
    assert (_year(2021), "total", 201.0, "count", None) in facts


def test_a_count_and_its_share_with_its_sign_under_each_year():
    text = (
        "Klachten naar soort\nSoort klacht 2023 2022\n"
        "Bejegening 40 20% 35 17,5%\nWachttijd 160 80% 165 82,5%\n"
    )
    facts = _facts(text)
    assert (_year(2023), "other", 40.0, "count", None) in facts
    assert (_year(2023), "other", 20.0, "percent", None) in facts
    assert (_year(2022), "other", 165.0, "count", None) in facts
    assert (_year(2022), "other", 82.5, "percent", None) in facts
    assert len(facts) == 8


def test_a_change_between_two_years_gives_neither_level_the_span():
    text = (
        "Integriteit\n\nTussen 2013 en 2015 steeg het aantal integriteitsonderzoeken "
        "(van 120 naar 150).\n"
    )
    assert not {f for f in _facts(text) if f[0] == (date(2013, 1, 1), date(2015, 12, 31))}


def test_a_kinds_table_of_one_year_with_counts_and_signed_shares():
    text = "Klachten\n\nSoort klacht 2023\nBejegening 40 20%\nWachttijd 160 80%\n"
    assert _facts(text) == {
        (_year(2023), "other", 40.0, "count", None), (_year(2023), "other", 20.0, "percent", None),
        (_year(2023), "other", 160.0, "count", None), (_year(2023), "other", 80.0, "percent", None),
    }  # fmt: skip


def test_a_caption_per_unit_names_no_unit_of_its_own():
    text = "Klachten per afdeling\n2023 2022\nTotaal aantal klachten 30 26\n"
    assert _facts(text) == {
        (_year(2023), "total", 30.0, "count", None), (_year(2022), "total", 26.0, "count", None),
    }  # fmt: skip


def test_a_committees_own_tables_keep_no_scope():
    text = "Jaarverslag\n\nKlachten bij de\nklachtencommissie\n2023 2022\nAantal klachten 12 9\n"
    assert _facts(text) == {
        (_year(2023), "total", 12.0, "count", None), (_year(2022), "total", 9.0, "count", None),
    }  # fmt: skip


def test_a_body_whose_figures_are_the_texts_only_ones_scopes_nothing():
    text = "Klachten\n\nBij het digitaal klachtenloket werden in 2022 41 klachten ontvangen.\n"
    assert _facts(text) == {(_year(2022), "total", 41.0, "count", None)}


def test_a_change_with_its_noun_after_each_level_runs_from_the_year_before_its_sentences():
    # the web gold's reading (texts33/ombudsman-capelle-2017: `in 2017 daalde dat aantal ...
    # van 12 klachten naar 5 klachten` is 2016 to 2017)
    text = "Klachten\n\nIn 2022 daalde het aantal klachten van 40 klachten naar 30 klachten.\n"
    assert _facts(text) == {
        (_year(2021), "total", 40.0, "count", None),
        (_year(2022), "total", 30.0, "count", None),
    }


def test_a_one_year_table_whose_count_and_share_cells_are_glued_splits_by_the_total():
    # a web page's table lost the separators between a kind's count and its share:
    # `Bejegening1209%` is 120 and 9 % (120 of 1.310), not 12 and 9 % or 1 and 209 %
    text = (
        "Klachten\n\n"
        "Tabel 4. Ingediende klachten naar onderwerp 2021\n\n"
        "Onderwerp aantal %\n"
        "Bejegening1209%\n"
        "Wachttijd65050%\n"
        "Overige54041%\n"
        "Totaal 1.310 100%\n"
    )
    assert _facts(text) == {
        (_year(2021), "other", 120.0, "count", None), (_year(2021), "other", 9.0, "percent", None),
        (_year(2021), "other", 650.0, "count", None), (_year(2021), "other", 50.0, "percent", None),
        (_year(2021), "other", 540.0, "count", None), (_year(2021), "other", 41.0, "percent", None),
    }  # fmt: skip


def test_glued_cells_that_no_split_or_several_splits_fit_are_not_read():
    text = (
        "Klachten\n\n"
        "Klachten naar onderwerp 2021\n\n"
        "Onderwerp aantal %\n"
        "Bejegening1119%\n"
        "Totaal 100 100%\n"
    )
    assert _facts(text) == set()


def test_a_share_columns_total_of_100_percent_is_no_figure():
    text = (
        "Bezwaarschriften, Burgerjaarverslag 2021\n\n"
        "In de loop van 2021 zijn 120 nieuwe bezwaarschriften ontvangen.\n\n"
        "Doorlooptijd van de afgedane bezwaarschriften 2021 2020\n"
        "Binnen termijn 80% 70%\n"
        "Overschrijding 20% 30%\n"
        "Totaal 100% 100%\n"
    )
    rows = text_rows(text)
    assert {(r["value"], r["unit"]) for r in rows} == {(120.0, "count")}


def _cell_per_line(rows: list[str]) -> str:
    """A web page's table flattened one cell per line, cells apart by a blank line."""
    return "\n\n".join(rows) + "\n"


def test_a_blank_cell_of_a_flattened_kinds_table_keeps_the_rows_below_it():
    # the empty 2023 cell of `Parkeren` stands as a line of one space
    text = _cell_per_line(
        ["Klachten per soort", "soort", "2022", "2023", "Bejegening", "6", "7",
         "Parkeren", "4", " ", "Wachttijd", "12", "9"]
    )  # fmt: skip
    assert _facts(text) == {
        (_year(2022), "other", 6.0, "count", None), (_year(2023), "other", 7.0, "count", None),
        (_year(2022), "other", 4.0, "count", None),
        (_year(2022), "other", 12.0, "count", None), (_year(2023), "other", 9.0, "count", None),
    }  # fmt: skip


def test_a_row_that_lost_its_empty_cell_is_not_read_and_the_table_goes_on():
    # no line marks the empty cell: the lone 4 may stand in either column
    text = _cell_per_line(
        ["Klachten per soort", "soort", "2022", "2023", "Bejegening", "6", "7",
         "Parkeren", "4", "Wachttijd", "12", "9"]
    )  # fmt: skip
    assert _facts(text) == {
        (_year(2022), "other", 6.0, "count", None), (_year(2023), "other", 7.0, "count", None),
        (_year(2022), "other", 12.0, "count", None), (_year(2023), "other", 9.0, "count", None),
    }  # fmt: skip


def test_a_label_column_titled_by_the_subject_matter_names_kinds_in_every_layout():
    rows = {
        (_year(2021), "other", 6.0, "count", None), (_year(2022), "other", 7.0, "count", None),
        (_year(2021), "other", 12.0, "count", None), (_year(2022), "other", 9.0, "count", None),
    }  # fmt: skip
    one_line = "Onderwerp 2021 2022\nBejegening 6 7\nWachttijd 12 9\n"
    piped = "| Thema | 2021 | 2022 |\n| Bejegening | 6 | 7 |\n| Wachttijd | 12 | 9 |\n"
    flat = _cell_per_line(["Onderwerpen", "2021", "2022", "Bejegening", "6", "7",
                           "Wachttijd", "12", "9"])  # fmt: skip
    for table in (one_line, piped, flat):
        assert _facts(f"Klachten\n\n{table}") == rows


def test_a_one_period_table_titled_label_and_count_reads_kinds_or_units():
    kinds = "Klachten 2022\n\nOnderwerp Aantal\nBejegening 6\nWachttijd 12\nTotaal 18\n"
    assert _facts(kinds) == {
        (_year(2022), "other", 6.0, "count", None), (_year(2022), "other", 12.0, "count", None),
        (_year(2022), "total", 18.0, "count", None),
    }  # fmt: skip
    units = "Klachten 2022\n\nAfdeling aantal\nBurgerzaken 6\nBelastingen 12\n"
    assert _facts(units) == {
        (_year(2022), "total", 6.0, "count", "Burgerzaken"),
        (_year(2022), "total", 12.0, "count", "Belastingen"),
    }


def test_years_down_the_rows_and_parts_of_the_year_across_the_columns():
    # the ordinals over a second title row naming the parts' length, a `Totaal` column
    thirds = _cell_per_line(
        ["Aantal ontvangen klachten", "Eerste", "Tweede", "Derde", "Totaal", "4 maanden",
         "4 maanden", "4 maanden", "2016", "1.210", "980", "1.005", "3.195",
         "2017", "1.100", "950", "990", "3.040"]
    )  # fmt: skip
    facts = _facts(thirds)
    assert (month_span(2016, 1, 4), "total", 1210.0, "count", None) in facts
    assert (month_span(2017, 5, 8), "total", 950.0, "count", None) in facts
    assert (month_span(2017, 9, 12), "total", 990.0, "count", None) in facts
    assert (_year(2016), "total", 3195.0, "count", None) in facts
    assert len(facts) == 8
    # quarters titled in one cell each, no sum column, the caption a received count
    quarters = _cell_per_line(
        ["Ingediende klachten", "1e kwartaal", "2e kwartaal", "3e kwartaal",
         "4e kwartaal", "2022", "14", "9", "11", "20"]
    )  # fmt: skip
    assert _facts(f"Klachten\n\n{quarters}") == {
        (month_span(2022, 1, 3), "total", 14.0, "count", None),
        (month_span(2022, 4, 6), "total", 9.0, "count", None),
        (month_span(2022, 7, 9), "total", 11.0, "count", None),
        (month_span(2022, 10, 12), "total", 20.0, "count", None),
    }
    # Flemish half years (`semester`) with their sum
    halves = _cell_per_line(
        ["Aantal klachten", "Eerste semester", "Tweede semester", "Totaal", "2019", "31",
         "40", "71"]
    )  # fmt: skip
    assert _facts(halves) == {
        (month_span(2019, 1, 6), "total", 31.0, "count", None),
        (month_span(2019, 7, 12), "total", 40.0, "count", None),
        (_year(2019), "total", 71.0, "count", None),
    }
    # a caption that names no count (days to handle), or parts out of order: not read
    days = halves.replace("Aantal klachten", "Gemiddelde doorlooptijd in dagen")
    assert not any(f[2] in (31.0, 40.0) for f in _facts(days))
    shuffled = halves.replace("Eerste semester", "Derde semester")
    assert not any(f[2] in (31.0, 40.0) for f in _facts(shuffled))


def test_month_rows_whose_counts_lost_their_separators_split_by_one_width():
    # a web table's cells glued: `Januari708595516` under `201820172016`
    text = (
        "Ontvangen klachten per maand\n201820172016\nJanuari708595516\n"
        "Februari569531478\nMaart620606493\n"
    )
    facts = _facts(text)
    assert (month(2018, 1), "total", 708.0, "count", None) in facts
    assert (month(2016, 2), "total", 478.0, "count", None) in facts
    # `620606493`: 620 | 606 | 493, not 6206 | 0 | 6493 (a zero only where nothing else fits)
    assert (month(2017, 3), "total", 606.0, "count", None) in facts
    assert len(facts) == 9
    # two years of two-digit counts, a month without complaints printed as a zero
    text = "Klachten\n\n20232022\nApril4138\nMei039\nJuni2725\n"
    assert _facts(text) == {
        (month(2023, 4), "total", 41.0, "count", None),
        (month(2022, 4), "total", 38.0, "count", None),
        (month(2023, 5), "total", 0.0, "count", None),
        (month(2022, 5), "total", 39.0, "count", None),
        (month(2023, 6), "total", 27.0, "count", None),
        (month(2022, 6), "total", 25.0, "count", None),
    }
    # counts of two widths (98 | 105) split no one way: that row is not read
    text = "Klachten\n\n20232022\nApril98105\nMei4039\nJuni2725\n"
    assert not any(f[0] == month(2023, 4) for f in _facts(text))
    # one month line alone under the years: no column of months
    assert _facts("Klachten\n\n20232022\nApril4138\n") == set()


def test_a_month_and_a_number_apart_under_years_are_no_glued_cells():
    # `April 4138`: a space between label and digits, one count or a date, not two counts
    assert _facts("Klachten\n\n20232022\nApril 4138\nMei 4039\n") == set()


def test_quarter_rows_of_glued_counts_and_shares_split_by_the_columns_totals():
    # titles glued to their years, a count and a share per year; the `Totaal ... 100%` row
    # gives each year's total, and each cell splits where its share is the count's share
    text = (
        "Klachten\n\nAantal 2022% 2022Aantal 2023% 2023\nQ18020%9019%\nQ212030%11524%\n"
        "Q312431%13027%\nQ47619%14430%\nTotaal400100%479100%\n"
    )
    facts = _facts(text)
    # `7619%`: 76 and 19 % (76 of 400), not 761 and 9 %
    assert (month_span(2022, 10, 12), "total", 76.0, "count", None) in facts
    assert (month_span(2023, 1, 3), "total", 90.0, "count", None) in facts
    assert (month_span(2023, 10, 12), "total", 144.0, "count", None) in facts
    assert (_year(2022), "total", 400.0, "count", None) in facts
    assert {f for f in facts if f[3] == "percent"} == set()
    assert len(facts) == 10
    # without the total row, which split is right is unknown: no quarter read
    no_total = text.replace("Totaal400100%479100%\n", "")
    assert _facts(no_total) == set()


_BREAKDOWN = {
    (_year(2019), "total", 1200.0, "count", None),
    (_year(2020), "total", 1500.0, "count", None),
    (_year(2019), "other", 700.0, "count", None),
    (_year(2020), "other", 900.0, "count", None),
    (_year(2019), "other", 500.0, "count", None),
    (_year(2020), "other", 600.0, "count", None),
}
_FLAT_BREAKDOWN = ["2020", "2019", "Ingediende klachten", "1.500", "1.200", "Wmo", "900", "700"]


@pytest.mark.parametrize(
    "table",
    [
        _cell_per_line([*_FLAT_BREAKDOWN, "Jeugdwet", "600", "500"]),
        "| | 2020 | 2019 |\n| Ingediende klachten | 1.500 | 1.200 |\n| Wmo | 900 | 700 |\n"
        "| Jeugdwet | 600 | 500 |\n",
    ],
)
def test_unread_rows_under_a_total_that_add_up_to_it_are_its_kinds(table: str):
    # rows whose labels say nothing known (a law, a service) below the total row, adding up
    # to it in every column: a breakdown of the total by kind, in any layout
    assert _facts(f"Klachten\n\n{table}") == _BREAKDOWN


def test_glued_cells_split_by_their_thousands_dots_and_their_breakdown():
    # a web page's table whose cells lost their separators: the dots fix the split
    # (`100.30088.700` is 100.300 and 88.700); a count under a thousand and a dash stand
    # apart; the rows adding up to the received total are its kinds, the handled rows
    # (not read) and their parts are no figures
    text = (
        "Klachten\n\n 20222021\nOntvangen klachten12.40010.950\n"
        "Belastingen7.1006.200\nParkeren4.5004.750\nOverig800 -\n"
        "Afgehandelde klachten11.90010.100\nBelastingen6.9005.500\n"
        "Parkeren5.0004.600\n"
    )
    assert _facts(text) == {
        (_year(2022), "total", 12400.0, "count", None),
        (_year(2021), "total", 10950.0, "count", None),
        (_year(2022), "other", 7100.0, "count", None),
        (_year(2021), "other", 6200.0, "count", None),
        (_year(2022), "other", 4500.0, "count", None),
        (_year(2021), "other", 4750.0, "count", None),
        (_year(2022), "other", 800.0, "count", None),
    }


def test_unread_rows_that_do_not_add_up_to_the_total_stay_unread():
    table = _cell_per_line([*_FLAT_BREAKDOWN, "Jeugdwet", "500", "400"])
    assert _facts(f"Klachten\n\n{table}") == {
        (_year(2019), "total", 1200.0, "count", None),
        (_year(2020), "total", 1500.0, "count", None),
    }


@pytest.mark.parametrize(
    "outcomes",
    [
        ["Gegrond", "500", "400", "Ongegrond", "700", "600", "Ingetrokken", "300", "200"],
        # a label the vocabulary does not know among outcomes: the split is still by outcome
        ["Gegrond", "900", "700", "Geen klacht", "600", "500"],
    ],
)
def test_rows_under_a_total_that_add_up_to_it_by_outcome_are_no_kinds(outcomes: list[str]):
    # how the complaints were judged or ended adds up to the total as well: outcomes are
    # parts of the handled items, never kinds of the received ones
    table = _cell_per_line([*_FLAT_BREAKDOWN[:5], *outcomes])
    assert _facts(f"Klachten\n\n{table}") == {
        (_year(2019), "total", 1200.0, "count", None),
        (_year(2020), "total", 1500.0, "count", None),
    }


def test_a_numbered_caption_breaking_the_items_down_per_anything_heads_kinds():
    # texts196/acm-consuwijzer-meldingen-2015 (jaarverslag.acm.nl, round AJ): `Tabel 16:`
    # numbers the table (no row), `meldingen per verkoopkanalen` breaks the items down by
    # what follows `per`: the labelled counts below (thousands grouped by dots) are kinds
    text = (
        "Jaarverslag 2015\nMeldingen consumenten\n\n"
        "Tabel 16: Top 5 meldingen per verkoopkanalen\nVerkoopkanaal\nOnline 11.267\n"
        "Winkel (incl. markt) 7.965\nTelefoon 6.567\nAan de deur / verkoopdemonstratie 1.322\n"
        "Post 978\n"
    )
    rows = text_rows(text)
    assert {(r["category"], r["value"], r["scope"]) for r in rows} == {
        ("other", 11267.0, None),
        ("other", 7965.0, None),
        ("other", 6567.0, None),
        ("other", 1322.0, None),
        ("other", 978.0, None),
    }
    assert {(r["period_start"], r["period_end"]) for r in rows} == {_year(2015)}
