"""Count texts as OCR reads them off a 200-dpi scan (`scripts/web_render_eval.py`, section
"Scanned count texts (scanloss)" of docs/web-render-eval.md): a scan's misread characters
must not cost the figures its born-digital PDF keeps. Lines quoted from the scanned
renderings of the dev texts named above each test."""

from __future__ import annotations

from tests.incident_facts import calendar_year, month_span, text_facts

#: texts190/cbs-veilig-thuis-meldingen-regio-2020, lines 5-11 as the scan reads them: the
#: `1e` of `1e halfjaar` read as `le` (Gelderland's row kept its `1e`)
CBS_SCANNED = """\
Veiligheidstaxatie Veiligheidsbeoordeling Regio's Perioden Ontvangen meldingen (aantal)
Totaal Totaal Nederland le halfjaar 2020 64.505
Totaal Totaal Nederland 2e halfjaar 2020 62.910
Totaal Totaal Nederland 2020 127.410
Totaal Totaal Noord-Nederland (LD) le halfjaar 2020 5.275
Totaal Totaal Noord-Nederland (LD) 2e halfjaar 2020 5.370
Totaal Totaal Noord-Nederland (LD) 2020 10.645
Totaal Totaal Gelderland (PV) 1e halfjaar 2020 4.675
Totaal Totaal Gelderland (PV) 2e halfjaar 2020 4.545
Totaal Totaal Gelderland (PV) 2020 9.225
"""


def test_a_first_half_year_read_as_le_is_the_first_half_year():
    # the table of periods per region read as the text (`1e`) reads it: each region's
    # first and second half year and the whole year
    assert text_facts(CBS_SCANNED) == text_facts(CBS_SCANNED.replace(" le ", " 1e "))
    h1, h2, year = month_span(2020, 1, 6), month_span(2020, 7, 12), calendar_year(2020)
    assert {(f[0], f[1], f[3]) for f in text_facts(CBS_SCANNED)} >= {
        (*h1, 64505.0),
        (*h2, 62910.0),
        (*year, 127410.0),
        (*h1, 5275.0),
        (*h1, 4675.0),
    }


def test_a_first_quarter_read_as_le_is_the_first_quarter():
    # the same misread before `kwartaal` (the vocabulary's quarter words)
    line = "In het le kwartaal 2021 ontving de gemeente 42 klachten."
    assert text_facts(line) == text_facts(line.replace(" le ", " 1e "))
    assert {(f[0].month, f[1].month, f[3]) for f in text_facts(line)} == {(1, 3, 42.0)}


#: texts229/uwv-bezwaren-2015 (round AR), the table's first lines as the 200-dpi scan reads
#: them (`render_ar_end/scanned.duckdb`): a speck before one cell (`: 36.000`), `WW` as `ww`
UWV_SCANNED = """\
Afhandeling bezwaren

2015
2014
Ontvangen bezwaren
85.000
100.300
ww
27.000
38.700
Arbeidsongeschiktheidswetten
: 36.000
39.500
Ziektewet
21.300
21.500
Schadeclaims
700
600
"""


def test_a_speck_before_a_lone_count_cell_leaves_the_count():
    # the table as the text reads it: the received objections and their four kinds per year
    assert text_facts(UWV_SCANNED) == text_facts(UWV_SCANNED.replace(": 36.000", "36.000"))
    assert {(f[0], f[2], f[3]) for f in text_facts(UWV_SCANNED)} >= {
        (calendar_year(2015)[0], "other", 36000.0),
        (calendar_year(2014)[0], "other", 39500.0),
        (calendar_year(2015)[0], "total", 85000.0),
    }


def test_a_count_cell_after_a_colon_label_stays_a_row_of_its_label():
    # `Aantal totaal:` then its count on the next line: the colon is the label's, the count
    # line has none (a guard: only a lone count line loses a speck)
    assert text_facts("Aantal totaal:\n6563\n") == text_facts("Aantal totaal\n6563\n")
