"""A news item of no known type (`other`) whose lede, its first sentence of prose, reports one
decision of a named body: the body named with its organisation (`van Wetterskip Fryslân`) or
a gloss in brackets, a dateline before it, the day and the sitting between the auxiliary and
the participle. One decision makes no meeting's record, so without this the item's decision
was lost. Each text quotes real lines of the development texts (webprobe)."""

from __future__ import annotations

import pytest

from tests.test_decisions_headings import _decisions

# wshd-collegebesluit-afvalwaterakkoord-hia-2019 (texts215), lines 1-5
WSHD = (
    "Het dagelijks bestuur (college van dijkgraaf en heemraden – D&H) heeft op 19 november "
    "ingestemd met een nieuw afvalwaterakkoord met de gemeente Hendrik-Ido-Ambacht.\n\n"
    "Foto van het zuiveringsbassin waarin vuil water wordt schoongemaakt\n\n"
    "Na vaststelling door beide partijen kan tot formele ondertekening worden overgegaan.\n"
)

# vrzw-ab-ontwerpbegroting-jaarstukken-2019-04-10 (texts200), lines 1-6
VRZW_LEDE = (
    "Het Algemeen Bestuur van Veiligheidsregio Zaanstreek-Waterland heeft de "
    "Ontwerpbegroting 2020 en de Voorlopige Jaarstukken 2018 voorlopig vastgesteld."
)
VRZW = (
    "Algemeen Bestuur stelt de Ontwerpbegroting 2020 en de Voorlopige Jaarstukken 2018 "
    "voorlopig vast\n\nwoensdag 10 april 2019 om 16:11\n"
    "Laatste update: woensdag 10 april 2019 om 17:02\n\n" + VRZW_LEDE + "\n\n"
    "Eind 2019 besluit het Algemeen Bestuur  over de uiteindelijke keuzes.\n"
)

# bonaire-eilandsraad-bestuursakkoord-2018 (texts218), lines 1-5
BONAIRE_LEDE = (
    "Kralendijk - De Eilandsraad van Bonaire is vrijwel voltallig akkoord gegaan met het "
    "Bestuursakkoord 2018-2022 tussen de Staat der Nederlanden en het Openbaar Lichaam "
    "Bonaire, waarin vergaande afspraken worden overeengekomen."
)
BONAIRE = (
    "Al het nieuws\n\nAcht van de negen Raadsleden stemmen voor\n"
    "Van een onzer verslaggevers\n" + BONAIRE_LEDE + "\n"
)

# wetterskip-fryslan-ab-herbenoeming-db-2012-12-18 (texts218), lines 1-5: the copy breaks
# the lede over a blank line
WETTERSKIP = (
    "Dagelijks bestuur Wetterskip Fryslân herbenoemd\n\n"
    "LEEUWARDEN - Het algemeen bestuur van Wetterskip Fryslân heeft in zijn vergadering van "
    "dinsdag\n\n18 december de leden van het dagelijks bestuur voor drie jaar herbenoemd.\n"
    "De termijn van de zittende leden loopt op 8 januari 2013 af.\n"
)


def test_a_lede_with_a_gloss_in_brackets_and_the_day() -> None:
    assert _decisions(WSHD, "other") == [("besluit", None, WSHD.split("\n")[0])]


def test_a_body_named_with_its_organisation_after_the_posting_days() -> None:
    assert _decisions(VRZW, "other") == [("besluit", None, VRZW_LEDE)]


def test_a_dateline_before_the_body() -> None:
    assert _decisions(BONAIRE, "other") == [("besluit", None, BONAIRE_LEDE)]


def test_a_lede_broken_over_a_blank_line() -> None:
    assert _decisions(WETTERSKIP, "other") == [
        (
            "besluit",
            None,
            "LEEUWARDEN - Het algemeen bestuur van Wetterskip Fryslân heeft in zijn "
            "vergadering van dinsdag 18 december de leden van het dagelijks bestuur voor "
            "drie jaar herbenoemd.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a lede that reports no decision: only the first sentence of prose is a lede
        # (vrzw-ab-ontwerpbegroting-jaarstukken-2019-04-10, texts200, lines 8 and 6)
        "Definitieve vaststelling vindt plaats op 24 juni 2019.\n\n" + VRZW_LEDE,
        # what the body will decide (the same item, line 12)
        "Eind 2019 besluit het Algemeen Bestuur  over de uiteindelijke keuzes van de "
        "veiligheidsregio.",
    ],
)
def test_no_decision_outside_the_lede(text: str) -> None:
    assert _decisions(text, "other") == []


def test_only_a_page_of_no_known_type_has_a_lede() -> None:
    # a letter's opening sentence reports what was decided before it was written
    assert _decisions(WSHD, "letter") == []
