"""An item whose own decision the page prints elsewhere than the line a reader meets first:
a decision list's numbered subject whose points a `Beslispunten` label reads (its title,
holder and `Samenvatting` are no rows: the summary restates the points), and a Flemish
portal's point whose title and bare verdict stand above the dictum its `Besluit` label
prints (the dictum decides, the verdict is no second row). Each text quotes real lines of
the development texts (webprobe); the portal's point without a printed dictum keeps its
title with its verdict (hechtel-eksel-gr-2021-05-31, texts184)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

# flevoland-gs-besluitenlijst-2023-01-31 (texts211), lines 1-31, shortened
FLEVOLAND = """Besluitenlijst 31 januari 2023

1. Aanvraag Impulsregeling Klimaatadaptatie Flevoland 2022

Portefeuillehouder

Gaal, G. van

Beslispunten

 1. In te stemmen met - en ondertekening van de aanvraag Impulsregeling Klimaatadaptatie \
Flevoland 2022.

Samenvatting

Vanaf 1 januari 2021 kunnen gemeenten, provincies en waterschappen gebruik maken van de \
tijdelijke Impulsregeling Klimaatadaptatie 2021-2027. Gedeputeerde Staten hebben ingestemd \
met en ondertekening van de aanvraag Impulsregeling Klimaatadaptatie Flevoland 2022.

2. Strategische Agenda Flevoland - Aanbieden aan PS

Portefeuillehouder

Fackeldey, J.A. / Reus, J. de / Gaal, G. van

Beslispunten

 1. Aan Provinciale Staten te vragen de Bijlage - Hoofdlijnen voor de Governance \
Rijk-Regio te ondersteunen.

Samenvatting

Gedeputeerde Staten besluiten om de Strategische Agenda Flevoland ter besluitvorming voor \
te leggen aan Provinciale Staten.
"""

# flevoland-gs-besluitenlijst-2023-02-21 (texts208), line 3: a subject's title that opens
# with `Besluiten`
TITLED = FLEVOLAND.replace(
    "1. Aanvraag Impulsregeling Klimaatadaptatie Flevoland 2022\n",
    "1. Besluiten motie SROI en Manifest MVOI + rapportage MVOI\n",
)


def test_a_subjects_summary_restates_its_points() -> None:
    assert _decisions(FLEVOLAND, "decision_list") == [
        (
            "besluit",
            "1",
            "In te stemmen met - en ondertekening van de aanvraag Impulsregeling "
            "Klimaatadaptatie Flevoland 2022.",
        ),
        (
            "besluit",
            "1",
            "Aan Provinciale Staten te vragen de Bijlage - Hoofdlijnen voor de Governance "
            "Rijk-Regio te ondersteunen.",
        ),
    ]


def test_a_subjects_title_is_no_row_beside_its_points() -> None:
    texts = [text for _, _, text in _decisions(TITLED, "decision_list")]
    assert not any(text.startswith("Besluiten motie") for text in texts)


# aalter-cbs-kalender-2025-01-13 (texts211), lines 4-54, the considerations left out
AALTER = """2025_CBS_00139 - Kalender

College van Burgemeester en Schepenen
ma 13/01/2025 - 17:00 *
Goedgekeurd

Samenstelling

Aanwezig

Mathias Van de Walle, burgemeester wnd.; Michael Ally; Dirk De Smul, schepenen

Motivering

Gelet op het decreet over het lokaal bestuur van 22 december 2017;

Besluit

Het college van burgemeester en schepenen beslist:

Artikel 1

De kalender goed te keuren.
"""

# hechtel-eksel-gr-2021-05-31 (texts184), lines 28-36: no dictum printed below
HECHTEL = """Agendapunten

1.

2021_GR_00046 - Burgemeestersbesluit tot het laten plaatsvinden van de vergaderingen van \
de gemeenteraad via digitaal platform - Bekrachtiging

Goedgekeurd

Samenstelling

Aanwezig
Stefan Agten, voorzitter; Jacky Snoeckx; Raf Truyens
"""


def test_a_portal_points_verdict_yields_to_its_printed_dictum() -> None:
    assert _decisions(AALTER) == [("besluit", None, "De kalender goed te keuren.")]


def test_a_portal_points_verdict_without_a_dictum_decides() -> None:
    texts = [text for _, _, text in _decisions(HECHTEL)]
    assert any(text.endswith("Bekrachtiging: Goedgekeurd") for text in texts)


# oldambt-college-besluitenlijst-2022-06-22 (texts170), lines 1-11: the label below is the
# next point's
OLDAMBT = """Besluitenlijst collegevergadering 22 juni 2022

1. Besluitenlijst van de vergadering van 14 juni 2022

Akkoord

2. Corona perspectiefplan

Het college besluit:

  1. De uitgangspunten en de richting van het Corona perspectiefplan te onderschrijven;
"""


def test_a_verdict_keeps_its_row_when_the_label_below_is_the_next_points() -> None:
    texts = [text for _, _, text in _decisions(OLDAMBT, "decision_list")]
    assert "Besluitenlijst van de vergadering van 14 juni 2022: Akkoord" in texts
