"""A document's kind named in its head in forms the title rules and leads did not read: a
government's decisions under a bulletin's section heading (`Beslissingen van de Vlaamse
Regering`), a board's lead-in dated by its day (`nam op 19 mei de volgende besluiten:`), one
written question (`Schriftelijke vraag nr. 6-2270`), a parliament's bulletin of questions and
answers and a letter whose subject names written questions; and a meeting portal's decision
list, its point head over each point and no point's grounds, though it lists who attended.
Lines quoted from development texts (rounds AE, AH, AK, AO, AU, AX, AY, AZ)."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document

PLAIN = 3  # the title lines of a plain-text release


@pytest.mark.parametrize(
    "text",
    [
        # texts261/vlaamse-regering-kortbestek-2009-04-03, lines 1-8 (round AX)
        "Vlaamse Overheid\n\nKortbestek van de Vlaamse overheid van vrijdag 3 april 2009\n\n"
        "Beslissingen van de Vlaamse Regering\n\n"
        "Op voorstel van minister-president Kris Peeters\n\n"
        "De Vlaamse Regering kent 370.000 euro subsidie toe aan de vzw Ex-Change, Vlaams "
        "uitzendplatform voor experts, voor de uitvoering van 160 zendingen in 2009.\n",
        # texts200/wshd-collegebesluiten-2020-05-19, lines 1-3 (round AK)
        "Het dagelijks bestuur (dijkgraaf en heemraden – D&H) nam op 19 mei de volgende "
        "besluiten:\n\nHet dagelijks bestuur besloot om zeven grote investeringen voor te leggen "
        "aan het algemeen bestuur.\n",
    ],
)
def test_a_bodys_decisions_named_in_the_head(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "decision_list"


def test_a_heading_that_names_a_bodys_decisions_needs_a_title_above_it() -> None:
    # texts261/vlaamse-regering-beslissingen-2017-04-21, lines 1-9 (round AX): the same words
    # as the page's own title head a press release of the day's decisions (DOUBTFUL in the
    # gold), not read as a bulletin's section
    text = (
        "Beslissingen van de Vlaamse Regering\n\n14:18 21/04/2017\n\n"
        "De documenten van deze Ministerraad zullen beschikbaar zijn vanaf maandag 24 april 14u\n"
        "De documenten worden beschikbaar gesteld op http://www.vlaanderen.be/nl/vlaamse-regering/"
        "beslissingenvlaamseregering\n\n"
        "Uitbreiding erkenning windhoos en rukwinden van 23 juni 2016\n"
        "Op voorstel van minister-president Geert Bourgeois\n"
    )
    assert classify_document(text, PLAIN)[0] != "decision_list"
    # a sentence about decisions is no heading of them
    text = "Nieuws\n\nBeslissingen van de gemeente worden gepubliceerd op de website.\n"
    assert classify_document(text, PLAIN)[0] != "decision_list"


@pytest.mark.parametrize(
    "text",
    [
        # texts270/senaat-vraag-6-2270-woninginbraken-vlaamse-rand-negatief, lines 1-7 (AZ)
        "Tweetalige printerversie Eentalige printerversie\n\nSchriftelijke vraag nr. 6-2270\n\n"
        "van Peter Van Rompuy (CD&V) d.d. 24 januari 2019\n\n"
        "aan de minister van Veiligheid en Binnenlandse Zaken\n",
        # texts268/vlaams-belang-schriftelijke-vragen-taalwetgeving-randgemeenten, lines 1-5
        # (round AY; line 3 cut)
        "Communautair spervuur naar ministers\n\nIn het Vlaams parlement hebben de "
        "VB-parlementsleden in de voorbije maand tal van schriftelijke vragen ingediend.\n\n"
        "Schriftelijke vraag Chris Janssens aan Weyts en Homans over de controle op de naleving "
        "van de taalwetten in de faciliteitengemeenten (ingediend 22/1)\n",
        # texts273/vlaams-parlement-bulletin-vragen-antwoorden-1997-10-02, lines 1-5 (AZ)
        "11.07.2015 Views\n\nBULLETIN VAN VRAGEN EN ANTWOORDEN - Vlaams Parlement\n\n"
        "BULLETIN VAN VRAGEN EN ANTWOORDEN - Vlaams Parlement\n",
    ],
)
def test_one_written_question_or_a_bulletin_of_them(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "council_questions"


# texts185/alken-cbs-besluitenlijst-2024-07-23, lines 1-59 without the blank ones (round AH)
ALKEN = (
    "Gemeente Alken\n\nZitting van 23 juli 2024\n\nvan 16:00 tot 17:00\n\n"
    "Aanwezig: Marc Penxten, burgemeester; Cindy Vandormael, Frank Vroonen en Alex Dubois, "
    "schepenen; Jana Appeltants, waarnemend algemeen directeur;\n\n"
    "Verontschuldigd: Ingrid Loix en Patrick Martens, schepenen;\n\n"
    "Afwezig: Pascal Giesen, algemeen directeur;\n\n"
    "Overzicht punten\n\nZitting van 23 07 2024\n\n"
    "Verslag van de vorige zitting dd. 10.07.2024\n\nBesluit\n\n"
    "Artikel 1: Het verslag van de vorige zitting wordt goedgekeurd.\n\n"
    "Publicatiedatum: 05/08/2024\nOverzicht punten\n\nZitting van 23 07 2024\n\n"
    "Samenwerkingovereenkomst S-Lim AlkenApp: wijzigingen\n\nBesluit\n\n"
    "Publicatiedatum: 05/08/2024\nOverzicht punten\n\nZitting van 23 07 2024\n"
)

# texts215/brasschaat-rmw-zitting-2022-03-28, lines 1-76 without the blank ones (round AO)
BRASSCHAAT = (
    "Zitting van maandag 28 maart 2022\n\nVan 21:00 uur\n\n"
    "Locatie raadzaal, Verhoevenlei 11, 2930 Brasschaat\n\nAanwezig:\n\n"
    "Tom Versompel - voorzitter\n\nWard Schevernels - algemeen directeur\n\nAfwezig:\n\n"
    "Philip Cools - waarnemend burgemeester\n\n1 van 1\n\nOverzicht punten\n\n"
    "1 Goedkeuring notulen en zittingsverslag van de zitting van 28 februari 2022. - "
    "GOEDGEKEURD\n\nBeslissing\n\nFeiten en motivering\n\nOp 21 februari 2022 vond een zitting "
    "van de raad voor maatschappelijk welzijn plaats. Aan de raad wordt verzocht het verslag "
    "goed te keuren.\n\nJuridisch kader\n\nArtikel 32 van het decreet lokaal bestuur.\n\n"
    "BESLUIT eenparig:\n\nArt.1.- De notulen en het zittingsverslag van de zitting van 21 "
    "februari 2022 worden goedgekeurd.\n\nPublicatiedatum: 26/04/2022\nOverzicht punten\n\n"
    "2 Toetreding Poolstok. - GOEDGEKEURD\n"
)


def test_a_portals_points_with_their_outcomes_only_are_its_decision_list() -> None:
    # the portal's head over each point, each point only its `Besluit`: the besluitenlijst
    # view, though the page lists who attended
    assert classify_document(ALKEN, PLAIN)[0] == "decision_list"


def test_a_portals_points_with_their_grounds_stay_minutes() -> None:
    # the notulen view prints each point's grounds (`Feiten en motivering`, `Juridisch kader`)
    assert classify_document(BRASSCHAAT, PLAIN)[0] == "minutes"
    # one point's head alone is no list of points
    once = ALKEN.split("Publicatiedatum")[0]
    assert classify_document(once, PLAIN)[0] == "minutes"


def test_a_letter_whose_subject_names_written_questions() -> None:
    # texts248/zeeland-pvz-statenvragen-waterdunen-2011-08-31, lines 15-29 (round AU; line
    # 29 cut): the questions sent as a letter, numbered only below the text's cut
    text = (
        "Aan           : het College van Gedeputeerde Staten.\n\n"
        "Onderwerp: schriftelijke vragen conform Art. 44 van het Reglement van Orde van het "
        "Statenlid François Babijn, Partij voor Zeeland (PvZ), m.b.t. het project ‘Waterdunen’.\n\n"
        "Oostburg, d.d. 31-08-2011,\n\nGeacht College,\n\n"
        "Bij de beantwoording van de vragen ingevolge art. 44 van het Reglement van Orde inzake "
        "Waterdunen (ingekomen 13-07-2011) stelt uw College bij de beantwoording van vraag vier "
        "o.a. het volgende.\n"
    )
    assert classify_document(text, PLAIN)[0] == "council_questions"
    # a letter on another subject stays a letter
    other = text.replace("schriftelijke vragen conform Art. 44", "uitnodiging overleg over")
    assert classify_document(other, PLAIN)[0] == "letter"


def test_a_portals_points_told_without_a_decision_field_are_left() -> None:
    # texts172/ranst-gecoro-2020-02-04, lines 1-3 and 21-34 without the blank ones (round AE):
    # each point told in a line of its own under `Omschrijving:`, no `Besluit` field
    text = (
        "Zitting van Gecoro van dinsdag 4 februari 2020 om 20:00.\n\nAanwezig:\n\n"
        "Gust Wouters - voorzitter\n\nOverzicht punten\n\n"
        "Zitting van Gecoro van dinsdag 4 februari 2020\n\n1. Woonbehoeftestudie - kennisneming\n\n"
        "Omschrijving:\n\nDe Gecoro neemt kennis van de woonbehoeftestudie en de toelichting door "
        "het studiebureau Omgeving.\n\nPublicatiedatum: 08/07/2020\nOverzicht punten\n\n"
        "Zitting van Gecoro van dinsdag 4 februari 2020\n\n2. voorstelling Gruunrant\n"
    )
    assert classify_document(text, PLAIN)[0] == "minutes"
