"""Tables whose rows carry their dimensions (`pipeline.incidents.dimensions`, issue 8): a
statistics table flattened one row a line under a header that names the rows' area and
period before the columns' titles, and a news page's table of areas by year whose cells
lost their separators. Excerpts of real pages: rounds AH and AI's CBS StatLine tables
(web186 `cbs-brandweermeldkamer-incidenten-regio-2019`, web190
`cbs-veilig-thuis-meldingen-regio-2020`) and round AG's IMN table (web181
`imn-politiemeldkamers-im-meldingen-2010-2012`); then the same builds with cells that are
no counts, rows of a breakdown, and columns that do not add up."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import text_facts


def _facts(text: str, title: str) -> set[tuple]:
    """The figures of a statistics page of no set type, read under its table's title."""
    return text_facts(text, "other", title=title)


VEILIG_THUIS_TITLE = "Huiselijk geweld; veiligheidsbeoordeling en -taxatie Veilig Thuis, regio"
# web190, lines 1-12 and 24-26: one column of counts; each row gives the two assessment
# dimensions whole (`Totaal Totaal`), the area (a level code after it) and the period
VEILIG_THUIS = (
    f"{VEILIG_THUIS_TITLE}\n\n{VEILIG_THUIS_TITLE}\n\n"
    "Veiligheidstaxatie Veiligheidsbeoordeling Regio's Perioden Ontvangen meldingen (aantal)\n"
    "Totaal Totaal Nederland 1e halfjaar 2020 64.505\n"
    "Totaal Totaal Nederland 2e halfjaar 2020 62.910\n"
    "Totaal Totaal Nederland 2020 127.410\n"
    "Totaal Totaal Noord-Nederland (LD) 1e halfjaar 2020 5.275\n"
    "Totaal Totaal Fryslân (PV) 1e halfjaar 2020 1.990\n"
    "Totaal Totaal Fryslân (PV) 2e halfjaar 2020 2.255\n"
    "Totaal Totaal Fryslân (PV) 2020 4.245\n"
    "Totaal Totaal Utrecht"
)


def test_rows_carry_their_area_as_scope_and_their_period():
    h1, h2 = (date(2020, 1, 1), date(2020, 6, 30)), (date(2020, 7, 1), date(2020, 12, 31))
    assert _facts(VEILIG_THUIS, VEILIG_THUIS_TITLE) == {
        (*h1, "total", 64505.0, "count", "Nederland"),
        (*h2, "total", 62910.0, "count", "Nederland"),
        (*_year(2020), "total", 127410.0, "count", "Nederland"),
        (*h1, "total", 5275.0, "count", "Noord-Nederland"),
        (*h1, "total", 1990.0, "count", "Fryslân"),
        (*h2, "total", 2255.0, "count", "Fryslân"),
        (*_year(2020), "total", 4245.0, "count", "Fryslân"),
    }


def test_a_row_of_a_breakdown_and_a_column_of_shares_are_not_read():
    """A row that gives a dimension other than whole (`Kindermishandeling`) is a part the
    header names no column for; a column whose unit is no count (a share, an amount)
    gives no figures."""
    breakdown = VEILIG_THUIS.replace("Totaal Totaal Fryslân", "Kindermishandeling Totaal Fryslân")
    found = _facts(breakdown, VEILIG_THUIS_TITLE)
    assert found and not any(f[5] == "Fryslân" for f in found)
    for unit in ("(%)", "(euro)", "(x 1 000)"):
        other = VEILIG_THUIS.replace("Ontvangen meldingen (aantal)", f"Ontvangen meldingen {unit}")
        assert _facts(other, VEILIG_THUIS_TITLE) == set()


BRANDWEER_TITLE = "Branden en hulpverleningen; meldingen brandweermeldkamer, regio 2013-2019"
# web186, lines 1-7 and 10: ten columns, each with its unit; the fire and the assistance
# incidents are the two kinds that add up to the total, the columns under them split
# those kinds further (rows do not nest)
BRANDWEER = (
    f"{BRANDWEER_TITLE}\n\n{BRANDWEER_TITLE}\n\n"
    "Regio's Perioden Totaal incidenten (aantal) Brandincidenten Totaal brandincidenten"
    " (aantal) Brandincidenten Automatisch gemeld Totaal automatisch gemeld (aantal)"
    " Brandincidenten Automatisch gemeld Afgehandeld door de Meldkamer (aantal)"
    " Brandincidenten Automatisch gemeld Alarmeringen van de Brandweer (aantal)"
    " Brandincidenten Telefonisch gemeld Totaal telefonisch gemeld (aantal) Brandincidenten"
    " Telefonisch gemeld Afgehandeld door de Meldkamer (aantal) Brandincidenten Telefonisch"
    " gemeld Alarmeringen van de Brandweer (aantal) Hulpverleningsincidenten Totaal"
    " hulpverleningsincidenten (aantal) Hulpverleningsincidenten Afgehandeld door de"
    " Meldkamer (aantal)\n"
    "Nederland 2019* 237.860 115.480 65.080 34.680 30.420 50.380 8.660 41.740 122.380 51.020\n"
    "Noord-Nederland (LD) 2019* 23.520 12.420 7.520 5.120 2.380 4.900 1.120 3.780 11.100 7.200\n"
    "Groningen (PV) 2019* 8.580 4.440 2.560 1.720 860 1.880 460 1.420 4.140 2.680\n"
    "Zeeland (PV) 201"
)


def test_the_fewest_columns_that_add_up_to_the_total_are_its_kinds():
    y = _year(2019)
    assert _facts(BRANDWEER, BRANDWEER_TITLE) == {
        (*y, "total", 237860.0, "count", "Nederland"),
        (*y, "other", 115480.0, "count", "Nederland"),
        (*y, "other", 122380.0, "count", "Nederland"),
        (*y, "total", 23520.0, "count", "Noord-Nederland"),
        (*y, "other", 12420.0, "count", "Noord-Nederland"),
        (*y, "other", 11100.0, "count", "Noord-Nederland"),
        (*y, "total", 8580.0, "count", "Groningen"),
        (*y, "other", 4440.0, "count", "Groningen"),
        (*y, "other", 4140.0, "count", "Groningen"),
    }


IMN_TITLE = "Politiemeldkamers melden steeds minder"
# web181, lines 1-8 and a shortened table (lines 9-12 and 31-32): each region's name runs
# into its three counts and the change from 2010 to 2012 (a fall in brackets); the
# `Eindtotaal` row is here the sum of the rows kept
IMN = (
    f"{IMN_TITLE}\n\nDonderdag 7 november 2013\n"
    'Politiemeldkamer Het Landelijk Centraal Meldpunt ("LCM") van de Stichting IMN ontvangt'
    " steeds minder ongevalsmeldingen van de politie.\n\n"
    "IM-meldingen per politieregio 2010 - 2012 (snelwegen)\n\n"
    "Regio 2010 2011 2012 Groei\n"
    "Amsterdam-Amstelland2.0842.4332.50520% \n"
    "Brabant Noord998866906(9%)\n"
    "Brabant Zuidoost1.079914871(19%)\n"
    "Noord-Holland Noord3963444011% \n"
    "Zeeland30131634816% \n"
    " \n"
    "Eindtotaal4.8584.8735.0314%\n"
)


def test_glued_cells_split_where_the_change_and_the_column_sums_fit():
    """`3963444011%` is 396, 344, 401 and 1 % (or 396, 34, 440 and 11 %: the sums choose)."""
    found = _facts(IMN, IMN_TITLE)
    rows = {
        "Amsterdam-Amstelland": (2084, 2433, 2505),
        "Brabant Noord": (998, 866, 906),
        "Brabant Zuidoost": (1079, 914, 871),
        "Noord-Holland Noord": (396, 344, 401),
        "Zeeland": (301, 316, 348),
        None: (4858, 4873, 5031),
    }
    assert found == {
        (*_year(year), "total", float(value), "count", scope)
        for scope, values in rows.items()
        for year, value in zip((2010, 2011, 2012), values, strict=True)
    }


def test_glued_cells_whose_columns_do_not_add_up_are_not_read():
    assert _facts(IMN.replace("Eindtotaal4.858", "Eindtotaal4.859"),
                  IMN_TITLE) == set()  # fmt: skip


ALARMERINGEN_TITLE = "Branden en hulpverleningen; alarmering van de brandweer, regio 2013-2019"
# web290 (BD), the whole text (19 lines): national rows only, a year a line; the first
# column's top level is the whole (`Totaal alarmeringen van de brandweer`), the fire and
# the assistance alarms its kinds (`... Alarmeringen`), the other columns their stages
# and parts; every cell rounded to 20 by the office, so the kinds add up to the total
# within that rounding (2013: 96.600 + 61.300 = 157.900 for 157.920)
ALARMERINGEN = (
    f"{ALARMERINGEN_TITLE}\n\n{ALARMERINGEN_TITLE}\n\n"
    "Regio's Perioden Totaal alarmeringen van de brandweer (aantal) Brandalarmeringen "
    "Alarmeringen (aantal) Brandalarmeringen Uitrukken (aantal) Brandalarmeringen Ter "
    "plaatse (aantal) Brandalarmeringen Automatisch gemeld Alarmeringen (aantal) "
    "Brandalarmeringen Automatisch gemeld Uitrukken (aantal) Brandalarmeringen "
    "Automatisch gemeld Ter plaatse (aantal) Brandalarmeringen Telefonisch gemeld "
    "Alarmeringen (aantal) Brandalarmeringen Telefonisch gemeld Uitrukken (aantal) "
    "Brandalarmeringen Telefonisch gemeld Ter plaatse (aantal) Hulpverleningsalarmeringen"
    " Alarmeringen (aantal) Hulpverleningsalarmeringen Uitrukken (aantal) "
    "Hulpverleningsalarmeringen Ter plaatse (aantal)\n"
    "Nederland 2013 157.920 96.600 88.040 76.540 55.340 48.080 38.400 41.260 39.940 "
    "38.140 61.300 58.000 54.020\n"
    "Nederland 2014 150.080 91.160 82.120 69.800 52.520 44.760 34.120 38.640 37.360 "
    "35.680 58.920 55.860 52.120\n"
    "Nederland 2015 152.220 85.000 76.800 64.360 46.440 39.420 28.860 38.560 37.380 "
    "35.500 67.220 63.540 58.920\n"
    "Nederland 2016 141.700 79.540 72.320 61.260 40.860 34.800 25.500 38.700 37.520 "
    "35.760 62.140 58.840 54.920\n"
    "Nederland 2017 139.940 72.980 66.120 56.940 34.540 28.980 21.500 38.440 37.160 "
    "35.440 66.980 63.040 59.140\n"
    "Nederland 2018 148.900 76.020 69.200 60.600 31.840 26.560 19.920 44.180 42.660 "
    "40.680 72.880 67.780 63.020\n"
    "Nederland 2019* 143.500 72.140 65.620 55.940 30.420 25.280 17.720 41.740 40.340 "
    "38.220 71.360 66.500 62.000\n"
    "Bron: CBS.\n"
    "Verklaring van tekens\n"
    "\n"
    "Tabeltoelichting\n"
    "\n"
    "\n"
    "Deze tabel bevat cijfers over de aantallen alarmeringen die binnenkomen bij de "
    "brandweer, dit zijn de incidenten waarvoor een inzet van een brandweereenheid "
    "noodzakelijk wordt geacht door de meldkamer. De alarmeringen worden uitgesplitst "
    "naar branden en hulpverlening. De branden worden uitgesplitst naar automatisch en "
    "telefonisch gemeld. In alle categorieën toont de tabel naast"
)


def test_a_total_column_by_its_top_level_and_kinds_within_the_offices_rounding():
    """One area in every row (`Nederland`): the country is the text's only frame, no
    row's scope (gold rule 19); `61.300` is a cell as printed, no rounded `61.260`."""
    rows = {
        2013: (157920, 96600, 61300),
        2014: (150080, 91160, 58920),
        2015: (152220, 85000, 67220),
        2016: (141700, 79540, 62140),
        2017: (139940, 72980, 66980),
        2018: (148900, 76020, 72880),
        2019: (143500, 72140, 71360),
    }
    expected = set()
    for year, (total, fire, assistance) in rows.items():
        expected |= {
            (*_year(year), "total", float(total), "count", None),
            (*_year(year), "other", float(fire), "count", None),
            (*_year(year), "other", float(assistance), "count", None),
        }
    assert _facts(ALARMERINGEN, ALARMERINGEN_TITLE) == expected


def test_kinds_off_by_more_than_the_rounding_are_not_read():
    # every year's total 200 higher: no columns add up to it within the rounding (20 a
    # cell) in any row, so none is read as its kinds; the totals are read still
    text = ALARMERINGEN
    for total in ("157.920", "150.080", "152.220", "141.700", "139.940", "148.900", "143.500"):
        higher = f"{int(total.replace('.', '')) + 200:,}".replace(",", ".")
        text = text.replace(f" {total} ", f" {higher} ")
    found = _facts(text, ALARMERINGEN_TITLE)
    assert len(found) == 7 and all(f[2] == "total" for f in found)
