"""A news item's lede that tells its body's decision in the present (`news_lede_present_regex`,
decBJ64): news writes what was just decided as if it happens now, the body first or, after a
phrase that links the sentence to the one before, its verb first. Only verbs that name a
decision taken are read, not `stelt ... vast` (a finding, or what a sitting to come is to adopt)
nor a negation. The texts quote real lines of the development texts (webprobe): a college's
permit (zwijndrecht-cbs-toelating-biljartclub-2022, texts221, AP), a council's consent
(rtvhollandsmidden-nieuwkoop-raad-zienswijze-beleidsplan-politie-2018, texts316, BI) and a
college's decision to propose a view to its council, `is_proposal` false in the gold
(blikopnieuws-almere-college-zienswijze-veiligheidsregio-2012, texts321, BJ)."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _document

# zwijndrecht-cbs-toelating-biljartclub-2022 (texts221, AP), lines 1-5
ZWIJNDRECHT_LEDE = (
    "Het college van burgemeester en schepenen geeft de toelating aan Biljartclub Trefpunt "
    "voor het organiseren van een biljartkampioenschap met foodtruck en muziekgroep op zondag "
    "25 september 2022 mits te voldoen aan de voorwaarden gesteld in de adviezen van de politie."
)
ZWIJNDRECHT = (
    "Tijdelijke verkeersmaatregelen - Biljartclub Trefpunt - biljartkampioenschap met foodtruck "
    "en muziekgroep op zondag 25 september 2022\n\n" + ZWIJNDRECHT_LEDE + "\n\n"
    "Biljartclub Trefpunt organiseert van vrijdag 2 september tot en met donderdag 29 september "
    "2022 een biljartkampioenschap vrij spel in Café De Wachtzaal, Dorpstraat 119 in Burcht.\n"
)

# rtvhollandsmidden-nieuwkoop-raad-zienswijze-beleidsplan-politie-2018 (texts316, BI), lines 1-3
NIEUWKOOP_LEDE = (
    "Nieuwkoop – De gemeenteraad gaat akkoord met een door het college in te dienen zienswijze "
    "op het concept-Regionaal Beleidsplan Politie 2019-2022."
)
NIEUWKOOP = "Zienswijze Beleidsplan politie akkoord\n\n" + NIEUWKOOP_LEDE + "\n"

# blikopnieuws-almere-college-zienswijze-veiligheidsregio-2012 (texts321, BJ), lines 1-7
ALMERE_LEDE = (
    "'Op basis hiervan stelt het college aan de raad voor om hierop een zienswijze in te "
    "brengen', meldt de gemeente Almere vrijdag."
)
ALMERE = (
    "vrijdag, 4. mei 2012 - 10:01\n\nBegroting Veiligheidsregio Flevoland tegen het licht\n\n"
    "Almere\n\nHet college van B&W van Almere heeft kennisgenomen van de Ontwerp "
    "Programmabegroting 2013 en de Meerjarenraming 2014-2016 van de Veiligheidsregio "
    "Flevoland. " + ALMERE_LEDE + "\n"
)


def _found(text: str, doc_type: str = "other") -> list[tuple]:
    document = _document(text, doc_type)
    return [(d["kind"], d["text"], d["is_proposal"]) for d in extract_decisions(document, [])]


@pytest.mark.parametrize(
    ("text", "lede"),
    [(ZWIJNDRECHT, ZWIJNDRECHT_LEDE), (NIEUWKOOP, NIEUWKOOP_LEDE), (ALMERE, ALMERE_LEDE)],
)
def test_a_lede_in_the_present(text: str, lede: str) -> None:
    assert _found(text) == [("besluit", lede, False)]


@pytest.mark.parametrize(
    "text",
    [
        # what a sitting to come is to adopt (after noorderzijlvest-ab-vergadering-24-november-
        # negatief, texts321, line 5, without its `vergadering`, which makes a record of it)
        "Het bestuur stelt woensdag het nieuwe Waterbeheerprogramma vast. Daarin staat waar "
        "het waterschap zich de komende zes jaar op richt.",
        # a finding
        "Het college stelt vast dat de kosten van de bouw van de assistentiewoningen verdubbeld "
        "zijn.",
        # a negation
        "De gemeenteraad gaat niet akkoord met een door het college in te dienen zienswijze op "
        "het concept-Regionaal Beleidsplan Politie 2019-2022.",
        # a body's standing task (oost-vlaanderen-provincieraad-sportsubsidies, texts296)
        "De provincieraad maakt het beleid en de deputatie voert het uit in de hele provincie.",
    ],
)
def test_no_lede_in_the_present_beyond_these_verbs(text: str) -> None:
    assert _found(text) == []


def test_the_present_lede_only_in_its_lines() -> None:
    # the decision's sentence third in its paragraph: beyond the lede
    text = "De renovatie krijgt geen extra toelage. De provincie wacht af. " + NIEUWKOOP_LEDE
    assert _found(text) == []
