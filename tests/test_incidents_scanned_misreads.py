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
