"""Tables of a header of periods over labelled rows, as web texts flatten them (`|` cells,
or one cell a line): a header's second line ending each year's column at a month, a
total row naming the items the table's title counts, and a `|` table's decimal cell that
reads as a redaction code (docs/incident-silent-gates.md, section "Tables flattened in web
texts (incTable)"). Each test quotes the real lines it names."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import period_facts

# texts229/uwv-bezwaren-2017-januari-april (AR), lines 1-37: a table one cell a line
_UWV = "\n\n".join(
    [
        "Afhandeling bezwaren 2017",
        " ",
        "2017",
        "2016",
        " ",
        "t/m april",
        "t/m april",
        "Ontvangen bezwaren",
        "27.600",
        "28.200",
        "WW",
        "8.500",
        "9.400",
        "Arbeidsongeschiktheidswetten",
        "12.800",
        "12.200",
        "Ziektewet",
        "6.300",
        "6.600",
    ]
)


def _first_months(y: int, last: int) -> tuple[date, date]:
    return (date(y, 1, 1), date(y, last, 30))


def test_a_header_line_per_year_column_ends_it_at_a_month():
    facts = {(f[0], f[1], f[2]) for f in period_facts(_UWV)}
    assert (_first_months(2017, 4), "total", 27600.0) in facts
    assert (_first_months(2016, 4), "total", 28200.0) in facts
    # never the whole years the header's first line names
    assert not {f for f in facts if f[0] in (_year(2016), _year(2017))}


def test_a_month_line_under_only_one_of_the_years_cuts_no_column():
    # the same table with `t/m april` under 2017 alone: which column it ends is unknown
    text = _UWV.replace("t/m april\n\nt/m april", "t/m april")
    assert not {f for f in period_facts(text) if f[0] == _first_months(2016, 4)}


# texts254/utrecht-vth-huisvesting-cijfers-2021-2023 (AW), the whole text (26 lines)
UTRECHT_VTH = (
    "Huisvesting: de cijfers\n"
    "Vergunningen splitsen en omzetten | 2021 | 2022 | 2023 |\n"
    "---|---|---|---|\n"
    "Aangevraagde vergunningen bouwkundige splitsingen | 84 | 64 | 57 |\n"
    "Aangevraagde vergunningen omzettingen (kamerverhuur) | 60 | 49 | 20 |\n"
    "Verleende vergunningen bouwkundige splitsingen | 42 | 32 | 18 |\n"
    "Verleende vergunningen omzettingen (kamerverhuur) | 25 | 28 | 16 |\n"
    "Geweigerde vergunningen bouwkundig splitsen | 2 | 7 | 1 |\n"
    "Geweigerde vergunningen omzettingen (kamerverhuur) | 3 | 6 | 0 |\n"
    "Het verschil tussen het aantal aangevraagde en het aantal verleende vergunningen komt "
    "niet alleen door het aantal weigeringen. Soms bedenkt de aanvrager van de vergunning zich "
    "en trekt de aanvraag in. Het komt ook voor dat de aanvraag niet compleet is. Wanneer er "
    "gegevens missen, wordt de aanvraag niet verder behandeld. Het aantal vergunningaanvragen "
    "voor de verhuur van kamers is afgenomen, omdat het delen van woonruimte makkelijker is "
    "geworden. Vanaf 1 juli 2023 mogen maximaal drie personen zonder vergunning een woonruimte "
    "delen.\n"
    "Actieve controles Beschermen Bestaande Woningvoorraad | 2023 |\n"
    "---|---|\n"
    "Leegstand | 248 |\n"
    "Opkoopbescherming | 69 |\n"
    "Toeristische verhuur | 54 |\n"
    "Goed verhuurderschap (meldingen) | 45 |\n"
    "Totaal aantal controles | 416 |\n"
    "Overlastmeldingen Huisvesting | 2021 | 2022 | 2023 |\n"
    "---|---|---|---|\n"
    "Omzettingen (kamerverhuur) | 578 | 387 | 621 |\n"
    "Onrechtmatige bewoning | 73 | 57 | 91 |\n"
    "Vakantieverhuur/hotel | 9 | 12 | 9 |\n"
    "Totaalaantal overlastmeldingen | 660 | 456 | 721 |\n"
    "Overtreding | 138 | 42 | 93 |\n"
    "Geen overtreding | 522 | 388 | 536 |\n"
    "Huuropzegging (sociale huur) | 19 | 28 | 20 |\n"
)


def test_a_total_row_naming_the_titles_items_is_the_tables_total_over_its_kinds():
    facts = {(f[0], f[1], f[2]) for f in period_facts(UTRECHT_VTH)}
    assert facts >= {
        (_year(2021), "total", 660.0),
        (_year(2022), "total", 456.0),
        (_year(2023), "total", 721.0),
        (_year(2021), "other", 578.0),
        (_year(2022), "other", 57.0),
        (_year(2023), "other", 9.0),
    }
    # the findings under the total (an outcome of the reports) are no figures
    assert not {f for f in facts if f[2] in (138.0, 522.0, 19.0, 42.0, 388.0)}


def test_a_total_row_naming_other_items_than_the_title_is_not_read():
    text = UTRECHT_VTH.replace("Totaalaantal overlastmeldingen", "Totaalaantal controles")
    assert not {f for f in period_facts(text) if f[2] in (660.0, 578.0)}


# texts199/nscr-politie-gms-incidenten-2019 (AK), lines 1-4 (the lead cut after `[1]`)
_NSCR = (
    "Om de reactieve politie-inzet in kaart te brengen maken we gebruik van gegevens uit het "
    "Geïntegreerd Meldkamer Systeem (GMS) uit 2019, het meest recente, meest complete "
    "kalenderjaar zonder verstoringen door de COVID-19-pandemie [1].\n"
    "Tabel 1. Verdeling van incidenten en totaal bestede tijd over meldingsklassen\n"
    "Meldingsklasse | Aantal incidenten | Percentage incidenten | Percentage bestede tijd |\n"
    "Alarm | 50.446 | 5,2 | 2,3 |\n"
    "Bezitsaantasting | 113.054 | 11,6 | 15,8 |\n"
    "Ongeval | 90.640 | 9,3 | 14,4 |\n"
    "Totaal | 264.140 | 100,0 | 100,0 |\n"
)


def test_a_share_cell_read_as_a_redaction_code_leaves_its_row_whole():
    facts = {(f[1], f[2], f[3]) for f in period_facts(_NSCR) if f[0] == _year(2019)}
    assert facts >= {
        ("other", 50446.0, "count"),
        ("other", 5.2, "percent"),
        ("other", 9.3, "percent"),  # `Ongeval`, a kind above the table's own total
    }


def test_a_code_in_a_cell_with_no_decimal_beside_it_stays_masked():
    # one cell of a decimal alone in its row: nothing says it is no redaction code
    text = _NSCR.replace("Alarm | 50.446 | 5,2 | 2,3 |", "Alarm | 50.446 | 5,2 | - |")
    assert 50446.0 not in {f[2] for f in period_facts(text)}
