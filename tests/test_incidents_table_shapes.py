"""Tables read by their shape where the text lost their grid (docs/recurring-misses.md,
class T): a list of years (`• 2016: 11.900`) under a caption, a column of years flattened
one cell per line whose rows a blank line parts, and a one-column table whose first row
states the total over rows (glued to their labels) that add up to it; a table flattened to
one line, cut by its header's column count; rows that add up to their last cell, their
years loose from them. Each test quotes a real dev text's lines."""

from __future__ import annotations

import pytest

from pipeline.incidents.cells import _line_cells
from pipeline.incidents.grids import _line_grids, _untitled_periods
from tests.incident_facts import text_rows
from tests.incident_facts import year_facts as _facts

# web142 `igj-meldingen-2016-2018` (lines 14-20): a list of years under the caption
# naming the count, a lead paragraph between them
IGJ = (
    "Aantal meldingen\n\n"
    "Het aantal meldingen is de laatste jaren vrij stabiel, zo rond de 11.000. Deze cijfers"
    " gaan over verplichte en niet-verplichte meldingen van de totale zorgketen.\n\n"
    " • 2016: 11.900\n"
    " • 2017: 11.200\n"
    " • 2018: 11.370\n\n"
    "De verdeling per sector is als volgt:\n"
)


def test_a_list_of_years_under_a_caption_is_a_column_of_that_count():
    assert {(y, c, v, s) for y, c, v, s in _facts(IGJ) if v > 11000} == {
        (2016, "total", 11900.0, None),
        (2017, "total", 11200.0, None),
        (2018, "total", 11370.0, None),
    }


def test_a_list_of_years_without_a_caption_naming_a_count_gives_no_figure():
    text = IGJ.replace("Aantal meldingen\n", "Vergaderingen van de raad\n")
    assert not {f for f in _facts(text) if f[2] > 11000}


# web152 `umcutrecht-mip-calamiteiten-2016-2023` (lines 11-39 and 93-99): the column
# titles one per line, then a year and its cells a line each, a line of blanks between
# the rows, a footnote's mark on a cell
UMC = "\n\n".join(
    ["Figuur 2: Aantal meldingen (mogelijke) calamiteiten", " ", "Interne melding",
     "Mogelijke calamiteit", "Uiteindelijke calamiteit", " ", "2016", "136", "66", "42", " ",
     "2017", "98", "49", "32", " ", "2023", "59", "24*", "11*", ""]
)  # fmt: skip


def test_rows_of_years_parted_by_a_blank_line_under_an_untitled_label_column():
    grids, _ = _line_grids(_line_cells(UMC, UMC), None)
    assert len(grids) == 1
    grid = grids[0]
    assert grid.columns == ["Interne melding", "Mogelijke calamiteit", "Uiteindelijke calamiteit"]
    assert [(r.label, [c.text for c in r.cells]) for r in grid.rows] == [
        ("2016", ["136", "66", "42"]),
        ("2017", ["98", "49", "32"]),
        ("2023", ["59", "24", "11"]),
    ]
    assert _untitled_periods(grid) == "period"


def test_a_header_of_the_year_title_and_a_column_on_one_line_is_no_untitled_column():
    text = "Datalekken\n\nJaar Gemelde datalekken\n2019 31 12\n2020 44 9"
    assert text_rows(text) == []


# web127 `tuchtcolleges-klachten-2022` (lines 9-24 and 34-46): a chart's source tables,
# each cell glued to its label; the first states the whole, its rows the boards' parts
TUCHT = (
    "In dit jaarverslag leggen de Regionale Tuchtcolleges en het Centraal Tuchtcollege voor de"
    " Gezondheidszorg cijfermatig verantwoording af over het jaar 2022.\n\n"
    "Ingekomen klachten regionale tuchtcolleges\n\n"
    "Ingekomen klachten regionale tuchtcolleges\n"
    "Ingekomen klachten, totaal 979\n"
    "Zwolle341\n"
    "Amsterdam398\n"
    "s-Hertogenbosch240\n"
    "Brontabel als csv (81 bytes)\n\n"
    "Ingekomen en afgehandelde klachten regionale tuchtcolleges\n\n"
    "Ingekomen en afgehandelde klachten regionale tuchtcolleges\n"
    "Aantal afgehandelde klachtenNa zittingIn raadkamer\n"
    "Zwolle105232\n"
    "Amsterdam155221\n"
    "’s-Hertogenbosch75136\n\n"
    "Opgelegde maatregelen regionale tuchtcolleges\n\n"
    "Opgelegde maatregelen regionale tuchtcolleges\n"
    "Opgelegde maatregelen in gegronde zakenTotaal 170\n"
    "Gegrond, geen maatregel22\n"
    "Waarschuwing66\n"
    "Berisping55\n"
    "Boete0\n"
)


def test_a_total_row_over_the_units_that_add_up_to_it():
    assert _facts(TUCHT) == {
        (2022, "total", 979.0, None),
        (2022, "total", 341.0, "Zwolle"),
        (2022, "total", 398.0, "Amsterdam"),
        (2022, "total", 240.0, "s-Hertogenbosch"),
    }


def test_rows_under_a_total_are_kinds_where_the_caption_names_no_units():
    text = TUCHT.replace("regionale tuchtcolleges", "in het verslagjaar")
    facts = _facts(text)
    assert (2022, "other", 341.0, None) in facts
    assert (2022, "total", 979.0, None) in facts


def test_rows_that_do_not_add_up_to_the_total_are_no_parts_of_it():
    text = TUCHT.replace("Amsterdam398", "Amsterdam399")
    assert not {f for f in _facts(text) if f[2] in (341.0, 399.0, 240.0)}


def test_the_period_of_a_report_page_without_a_dated_head_is_its_cited_year():
    assert {f[0] for f in _facts(TUCHT)} == {2022}
    # no period: the table gives no figure
    assert _facts(TUCHT.replace(" over het jaar 2022", "")) == set()


# web145 `arbeidsinspectie-ongevallen-2018-2023` (lines 23-30), and the same table with
# its label column untitled (a page may print the years' column without a title)
ARBEIDSINSPECTIE = (
    "Overzicht arbeidsongevallen 2018 - 2023\n"
    "Jaar Ongevalsmeldingen Gestarte ongevalsonderzoeken Afgesloten ongevalsonderzoeken"
    " Dodelijke slachtoffers\n"
    "2018 4.368 2.145 2.133 51\n"
    "2019 4.474 2.229 2.071 71\n"
    "2020 4.655 2.051 2.244 54\n"
)


@pytest.mark.parametrize("year_title", ["Jaar ", ""])
def test_rows_of_years_under_a_header_line_of_the_columns_titles(year_title: str):
    text = ARBEIDSINSPECTIE.replace("Jaar ", year_title)
    assert _facts(text) == {
        (2018, "total", 4368.0, None),
        (2019, "total", 4474.0, None),
        (2020, "total", 4655.0, None),
    }


# web103 `fzs-klachten-2016` (lines 3 and 7-12): a PDF's table, the columns' one-word titles on
# one line (the label column untitled, the last column their total), each row's label on
# one line and its cells on the next; the rows labelled by one word and a year
FZS = (
    "De door de beklagcommissie (tbs) behandelde klachten zijn ingediend door 30"
    " verschillende klagers.\n\n"
    "Resultaat: \n"
    "tbs KIB Totaal\n"
    "Resultaat 2016: \n"
    "98 19 117\n"
    "Resultaat 2015: \n"
    "165 3 168\n"
)


def test_rows_whose_cells_stand_on_the_line_below_their_label():
    # the units' columns add up to the `Totaal` column: kinds of it (`other`)
    assert _facts(FZS) == {
        (2016, "other", 98.0, None),
        (2016, "other", 19.0, None),
        (2016, "total", 117.0, None),
        (2015, "other", 165.0, None),
        (2015, "other", 3.0, None),
        (2015, "total", 168.0, None),
    }


def test_rows_labelled_by_different_words_and_a_year_are_no_column_of_periods():
    text = FZS.replace("Resultaat 2015", "Prognose 2015")
    assert not {f for f in _facts(text) if f[0] == 2015}


def test_a_total_over_its_parts_flattened_one_cell_per_line():
    # the tuchtcolleges table in the other layout: a label, then its count, a line each
    rows = "Ingekomen klachten, totaal 979\nZwolle341\nAmsterdam398\ns-Hertogenbosch240\n"
    cells = "\n\n".join(
        ["Ingekomen klachten, totaal", "979", "Zwolle", "341", "Amsterdam", "398",
         "s-Hertogenbosch", "240"]
    )  # fmt: skip
    assert _facts(TUCHT.replace(rows, cells + "\n")) == _facts(TUCHT)


# web162 `vrz-zeeland-uitrukken-per-gemeente-2016-2019` (lines 5-7): a web page's table
# flattened to one line, its header of years and then each municipality's row
VRZ = (
    "Totaal aantal uitrukken brandweer Zeeland\n\n"
    "Gemeenten 2019 2018 2017 2016 Borsele 102 102 72 111 Goes 152 177 169 202 Hulst 78 100"
    " 72 79 Noord-Beveland 25 29 41 29 Schouwen-Duiveland 140 127 107 100\n\n"
    "Dat het in Middelburg is gelukt om het aantal uitrukken terug te brengen komt omdat de"
    " VRZ samen met de instellingen en bedrijven gekeken heeft naar de oorzaak van de loze"
    " meldingen, zegt Duerinck.\n"
)


def test_a_table_flattened_to_one_line_is_cut_by_its_headers_column_count():
    facts = _facts(VRZ)
    assert len(facts) == 20
    assert {f for f in facts if f[3] in ("Borsele", "Schouwen-Duiveland")} == {
        (2019, "total", 102.0, "Borsele"),
        (2018, "total", 102.0, "Borsele"),
        (2017, "total", 72.0, "Borsele"),
        (2016, "total", 111.0, "Borsele"),
        (2019, "total", 140.0, "Schouwen-Duiveland"),
        (2018, "total", 127.0, "Schouwen-Duiveland"),
        (2017, "total", 107.0, "Schouwen-Duiveland"),
        (2016, "total", 100.0, "Schouwen-Duiveland"),
    }


@pytest.mark.parametrize(
    "changed",
    [
        ("Hulst 78 100 72 79", "Hulst 78 100 72"),  # a row short of a cell
        ("Hulst 78 100", "Hulst 78, 100"),  # a sentence's numbers, no row
        ("Schouwen-Duiveland 140 127 107 100", "Schouwen-Duiveland 140 127 107 100 en meer"),
    ],
)
def test_a_line_that_does_not_fill_its_rows_is_no_flattened_table(changed: tuple[str, str]):
    assert _facts(VRZ.replace(*changed)) == set()


# web161 `ziekenhuis-psp-klachten-2010-2012` (lines 3-9): a PDF's table of kinds per year,
# its header ending the paragraph above, the years loose from the rows (two glued before
# the first row, one before the third); each row's last cell the sum of the others
PSP = (
    "Onderwerp klacht De klachten worden geregistreerd in een klachtenregistratiesysteem."
    " Dit systeem kent vijf verschillende categorieën van onderwerpen: Medisch-technisch"
    " handelen, Relatie, Organisatie, Financiën en Anders. Categorie onderwerp"
    " Medisch-technisch handelen Relatie Organisatie Financiën Anders/geen antwoord Totaal\n\n"
    "2010 2011 242 123 121 30 21 537\n\n"
    "174 110 117 40 12 453\n\n"
    "2012 187 142 83 51 8 471\n\n"
    "Er is een stijging te bespeuren in het aantal klachten die de relatie betreffen.\n"
)


def test_rows_that_add_up_to_their_total_take_the_loose_years_in_order():
    facts = _facts(PSP)
    assert {f for f in facts if f[1] == "total"} == {
        (2010, "total", 537.0, None),
        (2011, "total", 453.0, None),
        (2012, "total", 471.0, None),
    }
    assert {f for f in facts if f[0] == 2011} == {
        (2011, "total", 453.0, None),
        *((2011, "other", v, None) for v in (174.0, 110.0, 117.0, 40.0, 12.0)),
    }


@pytest.mark.parametrize(
    "changed",
    [
        ("174 110 117 40 12 453", "174 110 117 40 12 454"),  # a row that does not add up
        ("2012 187", "187"),  # fewer years than rows
        ("2012 187", "2014 187"),  # years not one after another
        ("antwoord Totaal\n", "antwoord\n"),  # no total column heads the last cells
    ],
)
def test_rows_by_their_sums_are_read_only_where_both_checks_hold(changed: tuple[str, str]):
    facts = _facts(PSP.replace(*changed))
    assert not {f for f in facts if f[2] in (537.0, 453.0, 471.0, 174.0)}


def test_a_count_column_of_no_period_takes_the_one_year_the_text_names():
    # texts199/nscr-politie-gms-incidenten-2019 (round AK), lines 1-12, cut: a `|` table of
    # kinds whose first column counts the items under no period title, its year above it;
    # `Ongeval` names the items, but above the table's own `Totaal` it is one kind
    text = (
        "Om de reactieve politie-inzet in kaart te brengen maken we gebruik van gegevens uit "
        "het Geïntegreerd Meldkamer Systeem (GMS) uit 2019. In totaal gaat het om incidenten "
        "waarvoor de meldkamers politievoertuigen hebben aangestuurd.\n"
        "Tabel 1. Verdeling van incidenten en totaal bestede tijd over meldingsklassen\n"
        "Meldingsklasse | Aantal incidenten | Percentage incidenten | Percentage bestede tijd |\n"
        "Bezitsaantasting | 113.054 | 11,6 | 15,8 |\n"
        "Brand | 24.119 | 2,5 | 3,3 |\n"
        "Ongeval | 90.640 | 9,3 | 14,4 |\n"
        "Totaal | 227.813 | 100,0 | 100,0 |\n"
    )
    facts = {(year, category, value) for year, category, value, _ in _facts(text, "other")}
    assert facts >= {
        (2019, "other", 113054.0), (2019, "other", 11.6), (2019, "other", 24119.0),
        (2019, "other", 2.5), (2019, "other", 90640.0), (2019, "total", 227813.0),
    }  # fmt: skip
    assert (2019, "total", 90640.0) not in facts
    assert not {f for f in facts if f[2] in (15.8, 3.3, 14.4, 100.0)}  # time spent, the whole


def test_a_count_column_without_the_texts_one_year_is_no_figure():
    text = (
        "Tussen 2018 en 2020 registreerden de meldkamers incidenten.\n"
        "Meldingsklasse | Aantal incidenten | Percentage incidenten |\n"
        "Brand | 24.119 | 2,5 |\n"
    )
    assert not {f for f in _facts(text, "other") if f[2] == 24119.0}


# texts190/pijnacker-nootdorp-klachten-burgerjaarverslag-2010 (round AI), lines 12-38, cut:
# two tables a row a line under a header of years; the first gives each count with its
# share in brackets, the second's first category is a complaint about slow handling
PIJNACKER = (
    "Het resultaat van de klachtbehandeling in 2010 in vergelijking met 2009\n\n"
    "In 2010 zijn 49 klachten binnengekomen. Een stijging van 22,5 %.\n\n"
    "Afdoeningwijze 2010* 2009*\n"
    "(Deels) Gegrond** 27 (55%) 24 (60%)\n"
    "Niet-ontvankelijk 2 (4%) 1 (2,5%)\n"
    "Totaal 49 (100%) 40 (100%)\n\n"
    "Categorie van de klachten Aantal 2010* Aantal 2009\n"
    "A. Te late/trage afhandeling van brieven 22 09\n"
    "B. Onjuiste/ misleidende informatie 02 04\n"
)


def test_counts_with_their_share_in_brackets_are_a_row_of_counts():
    facts = _facts(PIJNACKER)
    assert {(2010, "total", 49.0, None), (2009, "total", 40.0, None)} <= facts
    assert not {f for f in facts if f[2] in (27.0, 24.0, 55.0, 60.0, 100.0)}  # outcomes, shares


def test_a_category_of_slow_handling_is_a_kind_not_an_outcome():
    facts = _facts(PIJNACKER)
    assert {(2010, "other", 22.0, None), (2009, "other", 9.0, None)} <= facts
    assert not {f for f in _facts(PIJNACKER.replace("Te late/trage afhandeling", "Afhandeling"))
                if f[2] == 22.0}  # fmt: skip


# texts196/inspectieszw-ongevalsmeldingen-2016-2020 (round AJ), lines 19-27: a table of
# years down its rows whose titles and cells lost their separators
INSPECTIE_SZW = (
    "Ongevalsmeldingen, ongevalsonderzoeken (gestart en afgesloten) 2016 t/m 2020\n"
    "OngevalsmeldingenGestarte ongevalsonderzoekenAfgesloten ongevalsonderzoeken\n"
    "2016378625352452\n"
    "2017421227562337\n"
    "2018436821452113\n"
    "2019447422292071\n"
    "2020365520512244\n"
)


def test_a_year_glued_to_its_counts_is_a_row_under_glued_titles():
    facts = {f for f in _facts(INSPECTIE_SZW) if f[1] is not None}
    assert {(2016, "total", 3786.0, None), (2019, "total", 4474.0, None)} <= facts
    assert not {f for f in facts if f[2] in (2535.0, 2452.0, 2244.0)}  # investigations


def test_glued_year_rows_without_glued_titles_are_no_figures():
    text = INSPECTIE_SZW.replace("OngevalsmeldingenGestarte ongevalsonderzoekenAfgesloten "
                                 "ongevalsonderzoeken", "Ongevalsmeldingen")  # fmt: skip
    assert not {f for f in _facts(text) if f[2] in (3786.0, 4474.0)}
