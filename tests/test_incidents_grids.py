"""Tables read by their structure (`pipeline.incidents.grids`, issue 8): a header of column
titles (between `|`, or one per line) over rows of a label and one cell per column (on one
line, or one cell per line), one axis of periods and the other of what is counted. The first
two tests hold excerpts of real pages (web121: rijksfinancien.nl's section on Defensie's
integrity reports 2015, the IND's page on its complaints per month), the others the same
structures in the other layouts, and tables that count nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import month, month_span, quarter
from tests.incident_facts import period_facts as _facts


def _grid(facts: dict[tuple, list[tuple[str, float]]]) -> set[tuple]:
    return {(period, cat, float(v), "count", None) for period, cells in facts.items()
            for cat, v in cells}  # fmt: skip


# web121 `defensie-integriteit-2015` (lines 1 and 4-16): each column titled by the body
# and its year
DEFENSIE = (
    "Sinds 2012 heeft Defensie de rapportagesystematiek inzake integriteit in overeenstemming"
    " gebracht met de sector Rijk. In 2015 zijn 417 meldingen in de registratiesystemen over"
    " een vermoedelijke integriteitschending gedaan.\n"
    "Type integriteitmeldingen | Defensie 2015 | Defensie 2014 |\n"
    "---|---|---|\n"
    "Financiële schendingen | 93 | 83 |\n"
    "Misbruik positie en belangenverstrengeling | 6 | 10 |\n"
    "Ongewenste omgangsvormen | 103 | 56 |\n"
    "Misstand volgens de klokkenluidersregeling | 1 | 0 |\n"
    "Totaal | 417 | 410 |\n"
    "Bron: registratiesysteem «Melding Voorvallen» en «Politie Bedrijfs Processen Systeem»\n"
)


def test_columns_titled_by_a_label_and_a_year_are_the_years():
    assert _facts(DEFENSIE) == _grid({
        _year(2015): [("total", 417), ("other", 93), ("other", 6), ("other", 103), ("other", 1)],
        _year(2014): [("total", 410), ("other", 83), ("other", 10), ("other", 56), ("other", 0)],
    })  # fmt: skip


# web121 `ind-klachten-2022-2023` (lines 7-9 and 20-80): the titles one per line, the first
# months one row a line (an empty cell a wider gap), the later ones one cell a line
IND = (
    "Klachtenbehandeling\n\n"
    "De IND is graag open en transparant over zijn werkzaamheden, ook als onze klanten vinden"
    " dat we het niet goed doen. Daarom geven we op deze pagina inzage in de"
    " klachtenbehandeling door de IND.\n\n"
    "Tabel klachtenbehandeling\n\nMaand\n\nBehandelduur\n\nDienstverlening\n\nBejegening\n\n"
    "NO\n\nBeleid\n\nIT\n\nOverig\n\nTotaal\n\n"
    "05/23 390 108 56 2 5 4 1 516\n"
    "01/23 590 181 6 10 2 3   792\n\n"
    "12/22\n\n342\n\n140\n\n6\n\n11\n\n3\n\n1\n\n-\n\n503\n\n"
    "11/22\n\n471\n\n213\n\n11\n\n9\n\n4\n\n-\n\n-\n\n708\n\n \n\nToelichting bij tab"
)


def test_month_rows_under_titles_one_per_line_in_either_row_layout():
    """`MM/YY` under `Maand` is that month; the kinds the vocabulary does not know are
    `other` because they add up to the `Totaal` column (05/23 misprints one and does not:
    most rows do); a dash or a blank is no figure."""
    assert _facts(IND) == _grid({
        month(2023, 5): [("other", 390), ("other", 108), ("other", 56), ("other", 2),
                              ("other", 5), ("other", 4), ("other", 1), ("total", 516)],
        month(2023, 1): [("other", 590), ("other", 181), ("other", 6), ("other", 10),
                              ("other", 2), ("other", 3), ("total", 792)],
        month(2022, 12): [("other", 342), ("other", 140), ("other", 6), ("other", 11),
                               ("other", 3), ("other", 1), ("total", 503)],
        month(2022, 11): [("other", 471), ("other", 213), ("other", 11), ("other", 9),
                               ("other", 4), ("total", 708)],
    })  # fmt: skip


HEAD = "Klachtenjaarverslag\n\nDe gemeente ontving klachten over haar dienstverlening.\n\n"


@pytest.mark.parametrize(
    "table",
    [
        # between `|`, the month cells written `MM-YYYY`
        "Maand | Bejegening | Wachttijd | Totaal |\n---|---|---|---|\n"
        "01-2023 | 4 | 6 | 10 |\n02-2023 | 5 | - | 5 |\n",
        # titles one per line, rows one cell per line
        "Maand\nBejegening\nWachttijd\nTotaal\n01/2023\n4\n6\n10\n02/2023\n5\n-\n5\n",
    ],
)
def test_kinds_that_add_up_to_the_total_column_in_any_layout(table: str):
    assert _facts(HEAD + table) == _grid({
        month(2023, 1): [("other", 4), ("other", 6), ("total", 10)],
        month(2023, 2): [("other", 5), ("total", 5)],
    })  # fmt: skip


def test_rows_on_one_line_under_year_titles_one_per_line():
    text = HEAD + "Soort klacht\n2022\n2021\nBejegening 40 30\nWachttijd 12 -\nTotaal 52 30\n"
    assert _facts(text) == _grid({
        _year(2022): [("other", 40), ("other", 12), ("total", 52)],
        _year(2021): [("other", 30), ("total", 30)],
    })  # fmt: skip


def test_a_column_of_changes_and_a_period_cut_short_by_a_bracket():
    """`Toename t.o.v. 2015` holds changes, no figures; `(t/m 29 juni)` ends the period."""
    text = (
        HEAD + "Eerste zes maanden 2015\nEerste zes maanden 2016 (t/m 29 juni)\n"
        "Toename t.o.v. 2015\nAantal ontvangen klachten\n705\n810\n+ 15%\n"
    )
    assert _facts(text) == {
        ((date(2015, 1, 1), date(2015, 6, 30)), "total", 705.0, "count", None),
        ((date(2016, 1, 1), date(2016, 6, 29)), "total", 810.0, "count", None),
    }


@pytest.mark.parametrize(
    "table",
    [
        # stages of handling add up to the total as well: no kinds
        "Maand | Gegrond | Ongegrond | Totaal |\n01/23 | 4 | 6 | 10 |\n02/23 | 5 | 2 | 7 |\n",
        # columns that do not add up to the total are no breakdown of it
        "Maand | Bejegening | Wachttijd | Totaal |\n01/23 | 4 | 7 | 10 |\n02/23 | 5 | 9 | 7 |\n",
        # amounts under a label and a year: no counts
        "Post | Bedrag 2022 | Bedrag 2021 |\nSchadevergoedingen | 1.200 | 900 |\n"
        "Totaal | 1.200 | 900 |\n",
        # no title says the rows are periods
        "Overzicht\nBejegening\nWachttijd\nTotaal\n05/23 4 6 10\n04/23 5 2 7\n",
        # `Ontvangen 2022 | Afgehandeld 2022`: two counts of one year, no axis of periods
        "Soort | Ontvangen 2022 | Afgehandeld 2022 |\nBejegening | 4 | 3 |\nTotaal | 9 | 8 |\n",
    ],
)
def test_tables_that_count_no_items_or_no_kinds_give_no_figures(table: str):
    totals = {f for f in _facts(HEAD + table) if f[1] == "other"}
    assert totals == set()
    assert not {f for f in _facts(HEAD + table) if f[2] in (1200.0, 900.0, 4.0, 5.0)}


@pytest.mark.parametrize(
    "table",
    [
        "Overzicht | 2022 | 2021 |\nBejegening | 40 | 30 |\nWachttijd | 12 | 5 |\n"
        "Totaal | 52 | 35 |\n",
        "Overzicht\n2022\n2021\nBejegening\n40\n30\nWachttijd\n12\n5\nTotaal\n52\n35\n",
        "Overzicht\n2022\n2021\nBejegening 40 30\nWachttijd 12 5\nTotaal 52 35\n",
    ],
)
def test_rows_that_add_up_to_the_total_row_below_them_are_its_kinds(table: str):
    """No title names the rows as kinds: that they add up to the `Totaal` row does."""
    assert _facts(HEAD + table) == _grid({
        _year(2022): [("other", 40), ("other", 12), ("total", 52)],
        _year(2021): [("other", 30), ("other", 5), ("total", 35)],
    })  # fmt: skip


@pytest.mark.parametrize(
    "rows",
    [
        "Gegrond | 40 | 30 |\nOngegrond | 12 | 5 |\n",  # stages of handling add up as well
        "Bejegening | 40 | 30 |\nWachttijd | 12 | 6 |\n",  # 2021 does not add up
    ],
)
def test_rows_above_a_total_that_are_no_breakdown_of_it_stay_unread(rows: str):
    table = f"Overzicht | 2022 | 2021 |\n{rows}Totaal | 52 | 35 |\n"
    assert _facts(HEAD + table) == _grid(
        {_year(2022): [("total", 52)], _year(2021): [("total", 35)]}
    )


# web107 `uwv-klachten-2020` (lines 89-145, three kinds of the seven): shares of kinds
UWV = (
    "Tabel Klachtsoorten\n\nKlachtsoort\n\n2020\n\n2019\n\nDienstverlening\n\n60,0%\n\n52,0%\n\n"
    "Betaling\n\n14,5%\n\n17,0%\n\nProject*\n\n0,6%\n\n1,0%\n\n   \n\n"
    "Totaal\n\n100,0%\n\n100,0%\n\n"
    "  • * Onder de noemer project worde"
)


def test_shares_of_kinds_under_a_title_naming_kinds_are_figures_of_their_own():
    """Kind shares are written as `other` percent; the whole's 100 % is no figure."""
    text = "Klachten\n\nWe handelden in 2020 klachten af.\n\n" + UWV
    assert _facts(text) == {
        (period, "other", value, "percent", None)
        for period, value in [
            (_year(2020), 60.0), (_year(2019), 52.0), (_year(2020), 14.5), (_year(2019), 17.0),
            (_year(2020), 0.6), (_year(2019), 1.0),
        ]
    }  # fmt: skip


def test_shares_by_channel_are_no_kinds():
    text = HEAD + "Kanaal | 2022 | 2021 |\nVia telefoon | 57% | 62% |\nPer post | 43% | 38% |\n"
    assert _facts(text) == set()


@pytest.mark.parametrize(
    "table",
    [
        "Jaar | Klachten | Bezwaren | Totaal |\n2021 | 40 | 12 | 52 |\n2022 | 30 | 5 | 35 |\n",
        "Overzicht | 2021 | 2022 |\nKlachten | 40 | 30 |\nBezwaren | 12 | 5 |\n"
        "Totaal | 52 | 35 |\n",
    ],
)
def test_items_of_another_kind_beside_the_subjects_count_are_no_breakdown(table: str):
    assert not {f for f in _facts(HEAD + table) if f[1] == "other"}


@pytest.mark.parametrize(
    "header", ["Maand Bejegening Wachttijd Totaal\n", "Maand\nBejegening\nWachttijd\nTotaal\n"]
)
def test_a_header_of_one_word_titles_on_one_line_or_one_per_line(header: str):
    text = HEAD + header + "05/23 4 6 10\n04/23 5 2 7\n"
    assert _facts(text) == _grid({
        month(2023, 5): [("other", 4), ("other", 6), ("total", 10)],
        month(2023, 4): [("other", 5), ("other", 2), ("total", 7)],
    })  # fmt: skip


@pytest.mark.parametrize(
    "table",
    [
        "Soort klacht | Q1 2022 | Q2 2022 | Q3 2022 | Totaal |\n|---|---|---|---|---|\n"
        "Bejegening | 4 | XX | 6 | 15 |\nTotaal | 10 | 9 | 8 | 27 |\n",
        "Soort klacht Q1 2022 Q2 2022 Q3 2022 Totaal\nBejegening 4 XX 6 15\nTotaal 10 9 8 27\n",
    ],
)
def test_a_cell_ocr_could_not_read_follows_from_the_totaal_column_in_any_layout(table: str):
    """One reading of every grid: `XX` is the row's total less its other cells."""
    nine_months = month_span(2022, 1, 9)
    assert _facts(HEAD + table) == _grid({
        quarter(2022, 1): [("other", 4), ("total", 10)],
        quarter(2022, 2): [("other", 5), ("total", 9)],
        quarter(2022, 3): [("other", 6), ("total", 8)],
        nine_months: [("other", 15), ("total", 27)],
    })  # fmt: skip


@pytest.mark.parametrize(
    "table",
    [
        # a count and its share with its sign under each year, one row a line
        "Soort klacht 2020 2021\nBejegening 40 20% 30 15%\nWachttijd 160 80% 170 85%\n",
        # the same under sub-column titles, one cell per line
        "Soort klacht\n2020\n2021\nAantal\n%\nAantal\n%\n"
        "Bejegening\n40\n20%\n30\n15%\nWachttijd\n160\n80%\n170\n85%\n",
    ],
)
def test_a_count_and_its_share_under_each_period_in_any_layout(table: str):
    shares = {(_year(2020), "other", v, "percent", None) for v in (20.0, 80.0)} | {
        (_year(2021), "other", v, "percent", None) for v in (15.0, 85.0)
    }
    counts = _grid({_year(2020): [("other", 40), ("other", 160)],
                    _year(2021): [("other", 30), ("other", 170)]})  # fmt: skip
    assert _facts(HEAD + table) == counts | shares


@pytest.mark.parametrize(
    "table",
    [
        "Overzicht\n\n2022\n\n2021\n\nOntvangen klachten\n\n40\n\n30\n\n"
        "Afgehandeld\n\nTotaal\n\n35\n\n28\n",
        "Overzicht\n2022\n2021\nOntvangen klachten 40 30\nAfgehandeld\nTotaal 35 28\n",
    ],
)
def test_rows_under_a_sub_heading_of_a_stage_of_handling_are_not_read(table: str):
    """`Totaal` under `Afgehandeld` is the total handled, not received."""
    assert _facts(HEAD + table) == _grid(
        {_year(2022): [("total", 40)], _year(2021): [("total", 30)]}
    )


# a ministry's annex on its correspondence, flattened one cell per line: the titles, then
# per kind of item a sub-heading over its units' rows, each a dash label and its cells;
# the empty cells at a row's end were lost, so only a row's first cell (the intake) is
# placed for certain
INTAKE_TITLES = (
    "Verslag behandeling brieven\n"
    "Aantal ontvangen in 2021\nAantal afgedaan 2021\nAantal afgedaan binnen termijn\n"
    "Aantal niet tijdig\n"
)
OBJECTIONS = "Bezwaarschriften\n– Directie Noord\n12\n10\n8\n2\n– Agentschap West3\n7\n6\n"
COMPLAINTS = "Klachten\n– Directie Noord\n30\n– Agentschap West\n4\n4\n3\n1\n"
OTHER_LETTERS = "Overige brieven\nn.v.t.\n– Directie Noord\n1.250\n1.240\n– Agentschap West\n9\n"


def _units(cells: list[tuple[str, float, str]]) -> set[tuple]:
    return {(_year(2021), cat, float(v), "count", scope) for cat, v, scope in cells}


def test_an_intake_table_by_kind_and_unit_reads_each_rows_first_cell():
    """Each kind's intake per unit is a `total`, the later cells (handled, in time, late)
    stages of it; `3` after a unit marks a footnote. The letters left over are `other`."""
    both = INTAKE_TITLES + OBJECTIONS + COMPLAINTS
    assert _facts(both) == _units([
        ("total", 12, "Directie Noord"), ("total", 7, "Agentschap West"),
        ("total", 30, "Directie Noord"), ("total", 4, "Agentschap West"),
    ])  # fmt: skip
    assert _facts(INTAKE_TITLES + OBJECTIONS + OTHER_LETTERS) == _units([
        ("total", 12, "Directie Noord"), ("total", 7, "Agentschap West"),
        ("other", 1250, "Directie Noord"), ("other", 9, "Agentschap West"),
    ])  # fmt: skip


# texts80/utrecht-klachten-woo-2022.txt, lines 4 and 12-24 (the page's title, its key figures
# 2019-2022): objections are counted only when handled, complaints when received
UTRECHT_KEY_FIGURES = (
    "Klachten, bezwaar, beroep\n\n"
    "Kerncijfers\n"
    "  2019 2020 2021 2022\n"
    "Klachten        \n"
    "totaal aantal klachten 1.637 1.293 1.480 1.727\n"
    "% klachten binnen wettelijke termijn afgehandeld (<10 weken) 91 93 91 93\n"
    "% klachten dat gegrond is verklaard 49 39 40 50\n"
    "% klachten dat ongegrond is verklaard 17 19 16 11\n"
    "klanttevredenheid (klacht gegrond) 6,1 6,8 6,7 6,0\n"
    "klanttevredenheid (klacht ongegrond) 4,0 6,3 4,6 3,2\n"
    "Bezwaarschriften        \n"
    "totaal aantal afgedane bezwaarschriften 3.314 2.431 3.169 3.203\n"
    "% bezwaarschriften binnen wettelijke termijn afgehandeld (<12 weken) 74 65 63 61\n"
    "% bezwaarschriften dat (gedeeltelijk) gegrond is verklaard* 21 19 20 20\n"
)


def test_a_row_of_the_items_handled_is_their_total_where_no_row_counts_them_received():
    """`totaal aantal afgedane bezwaarschriften`: the only count of the objections, their
    total (web4's rule for handled counts); the complaints' row counts them received."""
    assert _facts(UTRECHT_KEY_FIGURES, title="Klachten, bezwaar, beroep") == _grid(
        {
            _year(2019): [("total", 1637), ("total", 3314)],
            _year(2020): [("total", 1293), ("total", 2431)],
            _year(2021): [("total", 1480), ("total", 3169)],
            _year(2022): [("total", 1727), ("total", 3203)],
        }
    )


def test_a_row_of_the_items_handled_is_no_total_beside_a_row_of_them_received():
    table = (
        "Bezwaarschriften\n\n"
        "  2021 2022\n"
        "totaal aantal ontvangen bezwaarschriften 3.400 3.300\n"
        "totaal aantal afgedane bezwaarschriften 3.169 3.203\n"
    )
    assert _facts(table, title="Bezwaarschriften") == _grid(
        {_year(2021): [("total", 3400)], _year(2022): [("total", 3300)]}
    )


# texts169/lahaye-noodoproepen-101-112-2014-2015 (lines 160-230, flattened one cell per
# line): the caption counts per area (`in elke provincie`), so the rows above the `Totaal`
# that add up to it are the provinces' totals, each with its name as scope (gold rule 15)
LAHAYE = (
    "Hieronder vindt u het aantal inkomende oproepen die elk Hulpcentrum 112/100 (ziekenwagen "
    "en brandweer) in 2014 en 2015 heeft ontvangen. Er is een Hulpcentrum 112/100 in elke "
    "provincie (en één in het Brussels Hoofdstedelijk Gewest), behalve in de provincie "
    "Waals-Brabant. Oproepen uit de provincie Waals-Brabant worden (afhankelijk van de "
    "oproeplocatie) behandeld in de Hulpcentra 112/100 van Henegouwen, Luik of het Brussels "
    "Hoofdstedelijk Gewest.\n\n \n\n"
    + "\n\n".join(
        "Hulpcentra 112/100|2014|2015|Antwerpen|397.675|356.820|Brussel|517.898|443.532|"
        "Henegouwen|509.090|481.200|Luik|365.212|333.646|Limburg|195.227|176.537|Luxemburg|"
        "168.485|176.037|Oost-Vlaanderen|269.678|239.387|Namen|156.785|150.350|Vlaams-Brabant|"
        "213.000|199.113|West-Vlaanderen|220.519|201.100|Totaal|3.013.569|2.757.722".split("|")
    )
    + "\n\n"
)


def test_rows_of_places_under_a_caption_counting_per_area_are_the_areas_totals():
    facts = _facts(LAHAYE)
    assert {
        (_year(2014), "total", 397675.0, "count", "Antwerpen"),
        (_year(2015), "total", 201100.0, "count", "West-Vlaanderen"),
        (_year(2014), "total", 3013569.0, "count", None),
    } <= facts
    assert not any(cat == "other" for _, cat, *_ in facts)


def test_rows_of_places_under_another_caption_stay_kinds():
    facts = _facts(LAHAYE.replace("in elke provincie", "in Belgi\u00eb"))
    assert (_year(2014), "other", 397675.0, "count", None) in facts
