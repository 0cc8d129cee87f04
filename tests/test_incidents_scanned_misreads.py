"""Count texts as OCR reads them off a 200-dpi scan (`scripts/web_render_eval.py`, section
"Scanned count texts (scanloss)" of docs/web-render-eval.md): a scan's misread characters
must not cost the figures its born-digital PDF keeps. Lines quoted from the scanned
renderings of the dev texts named above each test."""

from __future__ import annotations

from pipeline.ocr import _bullets_read_back, page_text
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


#: texts186/pz-waasland-noord-jaarcijfers-2022, lines 9-16 as the scan reads them: the
#: list's bullets `•` read as `«`, `¢` and `*`
PZ_SCANNED = """\
Het aantal meldingen aan onze politiedienst steeg in 2022 (17.708) toch vrij aanzienlijk
met 7% tegenover 2021 (16.544). Deze meldingen resulteerden in 2022 in 13.445
tussenkomsten/interventies op terrein.

De tussenkomsten situeerden zich geografisch als volgt:

« 62% in Beveren
¢ 18% in Sint-Gillis-Waas
¢ 19% in Stekene
* 1% buiten de zone
"""


def _ocr_words(text: str) -> list[dict]:
    """The words of `text` as OCR gives them: a line number each, a block per paragraph."""
    words, block = [], 0
    for line_no, line in enumerate(text.splitlines()):
        block += not line
        words += [{"text": t, "line_no": line_no, "block_no": block} for t in line.split()]
    return words


def test_a_bullet_read_as_a_guillemet_or_cent_sign_is_a_bullet_again():
    words = _ocr_words(PZ_SCANNED)
    _bullets_read_back(words)
    text = page_text(words)
    assert "\n• 62% in Beveren\n• 18% in Sint-Gillis-Waas\n• 19% in Stekene\n* 1%" in text
    shares = {(f[3], f[4], f[5]) for f in text_facts(text)}
    assert shares >= {
        (62.0, "percent", "Beveren"),
        (18.0, "percent", "Sint-Gillis-Waas"),
        (19.0, "percent", "Stekene"),
    }
    assert not {(f[3], f[4]) for f in text_facts(PZ_SCANNED)} & {(62.0, "percent")}


def test_a_guillemet_before_an_address_stays():
    # OCR's `<` of a wrapped recipient line (`emails.addresses._ANGLE_MISREADS`)
    words = _ocr_words("Aan: Jan Jansen\n« jan.jansen@example.nl>")
    _bullets_read_back(words)
    assert page_text(words).endswith("« jan.jansen@example.nl>")
