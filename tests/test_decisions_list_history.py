"""A decision list's subject with its summary below the points decided: the summary opens
by dating an earlier decision (another body's motion, a finding of a month before the
sitting) and tells the subject's history, not what this sitting decided. Real lines of the
development texts (webprobe)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

# texts208/flevoland-gs-besluitenlijst-2023-02-21.txt, lines 1-18 (lines 11, 12 and 18 cut)
FLEVOLAND = """Besluitenlijst 21 februari 2023

1. Besluiten motie SROI en Manifest MVOI + rapportage MVOI

Portefeuillehouder

Gaal, G. van

Beslispunten

 1. De afdoening van de motie SROI zal geschieden door opname van een SROI-paragraaf.
 2. Door eenheid JZIB te laten onderzoeken of het meerwaarde heeft het Manifest te ondertekenen.
 3. Provinciale staten te informeren over de inspanningen en resultaten op MVOI in 2022.
 4. Provinciale staten te informeren over de afhandeling van de motie SROI.

Samenvatting

Op 9 november 2022 is er in Provinciale staten(PS) een motie aangenomen waarin PS het \
college verzoekt om een SROI-paragraaf in het inkoopbeleid van de provincie op te nemen. De \
SROI-paragraaf wordt toegevoegd aan het nieuwe inkoopbeleid van de provincie.
"""

# texts204/overijssel-gs-besluitenlijst-1999-02-16.txt, lines 23-28 (line 27 cut)
OVERIJSSEL = """Besluitenlijst GS 16 februari 1999

Onderwerp: Kenmerk: RWB/1998/503 Evaluatierapport effecten rijsnelheden bij \
snelheidsremmende verkeersgeleiders.

(GS-beslissing 10/02/99)

In januari 1999 hebben GS vastgesteld dat de aanleg van snelheidsremmende \
verkeersgeleiders op provinciale wegen nabij bebouwde kom grenzen een positief effect heeft \
op de verlaging van de rijsnelheden van motorvoertuigen.
"""


def test_a_summary_that_dates_an_earlier_decision_is_no_decision_of_the_list() -> None:
    texts = [text for _, _, text in _decisions(FLEVOLAND, "decision_list")]
    assert not any(text.startswith("Op 9 november 2022") for text in texts)
    assert "Provinciale staten te informeren over de afhandeling van de motie SROI." in texts
    assert not any(
        text.startswith("In januari 1999") for _, _, text in _decisions(OVERIJSSEL, "decision_list")
    )


# texts208/londerzeel-cbs-besluitenlijst-2025-10-13.txt, lines 4-13 (the same series in
# texts200, lines 7-13): a Flemish portal's item, its title, its bare verdict and its dictum
LONDERZEEL = """Besluitenlijst  01 College van burgemeester en schepenen

ma 13/10/2025 - 13:00 zaal Leopold Van Esbroeck
  • Goedkeuring van verslag van de vorige zitting

    • Goedkeuring van de notulen van de vorige zitting van het college van burgemeester en \
schepenen

      Goedgekeurd

      Het college van burgemeester en schepenen neemt akte van de notulen van de vorige \
zitting van het college van burgemeester en schepenen. De notulen worden zonder bemerkingen \
aangenomen en goedgekeurd.
"""


def test_the_dictum_below_an_items_verdict_is_its_one_decision() -> None:
    found = _decisions(LONDERZEEL, "decision_list")
    assert len(found) == 1
    assert found[0][2].startswith("Het college van burgemeester en schepenen neemt akte")
