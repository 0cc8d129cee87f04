"""A list its lead-in says was decided or agreed (`decided_list_regex`, `_decided_list`), in a
news item or a report too (`decided_list_doc_types`, decBI63): each point a decision told in
its first sentence (`_decided_points`). The lines are real: ttv-a66-alv-besluiten-contributie
(texts276, BA, typed `report`), eilandsraden-bes-afspraken-statia-2023-11-15 (texts281, BB,
`other`), curacao-rvm-beslissingen-2023-07-05 (texts316, BI, `other`)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

TTV = (
    "Teleurstellende opkomst ALV\n\n"
    "Slechts 21 leden wisten dinsdag 8 september de weg naar onze Algemene Ledenvergadering te "
    "vinden. Dat is jammer, nu hebben deze 21 o.a. voor al die anderen beslist over een aanpassing "
    "van de contributie. Verder was het een kalme en vlotte vergadering, waaruit dit de "
    "belangrijkste besluiten zijn:\n\n"
    "- Saskia Meijer is voorlopig (weer) als voorzitter van onze vereniging gekozen. Daarbij is "
    "aangegeven, dat het bestuur de komende tijd op zoek gaat naar jonge leden.\n\n"
    "-Om de huurstijgingen van de komende jaren op te vangen zullen de contributies vanaf 2021 met "
    "€ 2,50 per half jaar stijgen. Dit naast de eerder aangenomen 3-jaarlijkse aanpassing aan het "
    "prijsindex cijfer, dat in 2022 weer bekeken zal worden.\n\n"
    "De vergadering werd, om de 1,5 meter regel te kunnen waarborgen in zaal 1 gehouden.\n"
)

EILANDSRADEN = (
    "Eilandraad Bonaire Bezoekt Sint Eustatius\n\n"
    "De resultaten van de vergadering op 15 november omvatten concrete afspraken over de "
    "tijdsplanning en voorbereidingsmomenten voor de herziening van de wetten. Deze afspraken "
    "omvatten onder andere:\n\n"
    "  1. November 2023: Voorbereidende BES Eilandraadvergadering, Sint Eustatius\n"
    "  2. December 2023: Voorbereidende BES Eilandraadvergadering, Den Haag\n\n"
    "Een belangrijk aspect van de bespreking betrof ook het oprichten van een "
    "intereilandelijke samenwerkingsorganisatie.\n"
)

CURACAO = (
    "Beslissingen van woensdag 5 juli 2023\n\n"
    "Belangrijke beslissingen voor het land in verband met staatsaangelegenheden van woensdag "
    "5 juli 2023:\n\n"
    "1. Concept-implementatieplan voor nieuwe kwaliteitseisen van brandstoffen MOGAS en LSD "
    "(Minister van Economische Ontwikkeling)\n\n"
    "2. Voorstel voor de proclamatie van het herdenkingsjaar van de afschaffing van slavernij "
    "(Minister van Onderwijs, Wetenschap, Cultuur en Sport)\n\n"
    "De Raad heeft ingestemd met de volgende punten:\n\n"
    " • De periode tussen 1 juli 2023 en 2 juli 2024 wordt officieel uitgeroepen als "
    "herdenkingsjaar.\n"
    " • Het door de Minister van Onderwijs, Wetenschap, Cultuur en Sport aangeboden document "
    "getiteld “Programma Herdenkingsjaar Afschaffing Slavernij 2023 – 2024”, is ter "
    "kennisgeving aangenomen.\n\n"
    "3. Voorstel betreffende het beslisdocument over de reactie op het rapport (Minister van "
    "Financiën)\n\n"
    "De Raad gaat akkoord met de volgende punten:\n\n"
    " • Akkoord met de zienswijze op het rapport “Doorlichting begrotingsproces Curaçao” van 22 "
    "augustus 2022. Belangrijke uitgangspunten bij het implementeren van de aanbevelingen zijn:\n"
    "  • Het proces om een begrotingskamer op te richten moet zo snel mogelijk worden afge\n"
)


def test_a_reports_list_of_the_main_decisions_is_read_point_by_point():
    expected = [
        ("besluit", None, "Saskia Meijer is voorlopig (weer) als voorzitter van onze vereniging "
         "gekozen."),
        ("besluit", None, "Om de huurstijgingen van de komende jaren op te vangen zullen de "
         "contributies vanaf 2021 met € 2,50 per half jaar stijgen."),
    ]  # fmt: skip
    assert _decisions(TTV, "report") == expected
    assert _decisions(TTV, "other") == expected


def test_agreements_named_by_their_noun_are_agreements_however_short_their_points():
    assert _decisions(EILANDSRADEN, "other") == [
        ("afspraak", "1", "November 2023: Voorbereidende BES Eilandraadvergadering, "
         "Sint Eustatius"),
        ("afspraak", "2", "December 2023: Voorbereidende BES Eilandraadvergadering, Den Haag"),
    ]  # fmt: skip


def test_a_bodys_consent_to_the_following_points_decides_each_point():
    # the agenda's titles under `Belangrijke beslissingen ...:` are no decisions; the point
    # taken for information is none; the sub-point under a point that ends on a colon is
    # what that point holds
    assert _decisions(CURACAO, "other") == [
        ("besluit", None, "De periode tussen 1 juli 2023 en 2 juli 2024 wordt officieel "
         "uitgeroepen als herdenkingsjaar."),
        ("besluit", None, "Akkoord met de zienswijze op het rapport “Doorlichting "
         "begrotingsproces Curaçao” van 22 augustus 2022."),
    ]  # fmt: skip


def test_decisions_still_to_take_and_a_list_of_a_letter_are_not_read():
    text = (
        "Om afgewogen besluiten te kunnen nemen laat het bestuur zich adviseren door:\n"
        "- de kascommissie\n- de accountant\n"
    )
    assert _decisions(text, "report") == []
    letter = "De raad heeft ingestemd met de volgende punten:\n- Het plan wordt vastgesteld.\n"
    assert _decisions(letter, "letter") == []
