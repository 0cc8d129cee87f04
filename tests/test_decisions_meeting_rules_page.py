"""A page that presents a body by the rules its meetings run by (how regularly it meets, what
happens in every meeting, who convenes them), in the present tense of what it always does, is
a page about the body: its sentences state standing rules, no decision, and it is no record
(`_meeting_rules` in doc_types.json). Rounds AO, AP, AV and AZ each printed one, and each rule
was read as a decision. A page that records decisions taken in the past stays a record, whatever
rules it cites. Each text quotes real lines of the development texts (webprobe)."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document, describes_a_body
from tests.test_decisions_headings import _decisions

# texts251/defryskemarren-besluiten-college-negatief (AV), line 1
DEFRYSKEMARREN = (
    "Wekelijks vergadert het college van burgemeester en wethouders. In die vergadering worden "
    "de adviezen uit de ambtelijke organisatie besproken. In elke vergadering wordt een "
    "besluitenlijst vastgesteld."
)

# texts252/wijkraadsmd-notulen-negatief (AV), lines 1-4, 12-13, 15-16
WIJKRAAD = (
    "Vergaderingen\n\nMaandelijkse vergaderingen\n"
    "De openbare wijkraad vergaderingen vinden plaats op de tweede dinsdag van de maand, om "
    "20.00 uur. In het speeltuin gebouw van “De Glasblazers”, Scheepmakersdijk 10.\n\n"
    "Jaarvergadering\n"
    "Elk jaar in april vindt de jaarvergadering van de wijkraad plaats. Hiervoor worden alle "
    "wijkbewoners uitgenodigd. Hier wordt het jaarverslag en de financiële verantwoording "
    "gepresenteerd. Op dit moment treden de oude leden af en worden de nieuwe leden gekozen en "
    "voorgesteld.\n\n"
    "Notulen\n"
    "Van elke openbare vergadering worden notulen gemaakt en de volgende vergadering goedgekeurd "
    "en vastgesteld. Hierna wordt de notulen gepubliceerd op de web-site.\n"
)

# texts221/vvsg-bcsd-vergadering-negatief (AP), lines 1, 3 and 10 (typed decision_list before)
VVSG = (
    "1. Bijeenroeping van de raden\n\n"
    "De BCSD-voorzitter beslist tot bijeenroeping en stelt de agenda van de vergaderingen op. "
    "Deze agenda wordt in de praktijk aangeleverd door de sociale dienst waar alle hulpaanvragen "
    "binnenkomen en onderzocht worden.\n\n"
    "De oproeping wordt ten laatste acht dagen voor de BCSD-vergadering aan de leden bezorgd, "
    "tenzij het huishoudelijk reglement bepaalt dat de oproeping ten laatste vijf dagen voor de "
    "vergadering moet worden bezorgd.\n"
)

# texts215/vlaanderen-bcsd-vergaderingen-negatief (AO), lines 3-13
VLAANDEREN = (
    "Vergaderingen\n\n"
    "Het bijzonder comité voor de sociale dienst (BCSD) vergadert regelmatig en zo dikwijls als "
    "nodig. De vergaderingen zijn niet openbaar.\n\n"
    "De voorzitter van het bijzonder comité voor de sociale dienst:\n\n"
    " • roept de vergaderingen bijeen\n • stelt de agenda vast\n"
    " • opent en sluit de vergaderingen\n • zit de vergaderingen voor.\n"
)

# texts272/boezemsingel-bewonersvergadering-negatief (AZ), lines 1-4, 8-13
BOEZEMSINGEL = (
    "Bewonersinfo\n\n"
    "Alle bewoners van een woongebouw zijn bevoegd om deel te nemen aan de\n"
    "bewonersvergadering. Uit deze bewonersvergadering wordt de wooncommissie benoemd.\n\n"
    "Belangrijk om te weten:\n\n"
    "  • De vergadering benoemt (afhankelijk van de omvang van het woongebouw) minimaal vier en "
    "maximaal tien leden voor de wooncommissie.\n"
    "  • De vergadering wordt voorgezeten door de beheerder.\n"
    "  • De bewonersvergadering komt minimaal eenmaal per jaar bijeen of vaker indien tenminste "
    "10 procent van de bewoners van het woongebouw de wooncommissie daarom verzoekt.\n"
    "  • De bewonersvergadering benoemt uit haar midden een kascommissie van tenminste twee "
    "bewoners ter controle van de financiële stukken (zie verder 1.1.4 kascommissie).\n"
)

PAGES = [DEFRYSKEMARREN, WIJKRAAD, VVSG, VLAANDEREN, BOEZEMSINGEL]


@pytest.mark.parametrize("page", PAGES)
def test_a_page_of_a_bodys_meeting_rules_states_no_decision(page: str) -> None:
    assert describes_a_body(page)
    assert _decisions(page, "other") == []


def test_such_a_page_is_no_record() -> None:
    # vvsg's numbered heading made it a decision list
    assert classify_document(VVSG, 3)[0] == "other"


# texts185/zeeland-gs-besluitenlijst-2017-06-06 (AH), line 1: a board that meets weekly over
# the decisions it took
ZEELAND = (
    "Het college van Gedeputeerde Staten (GS) vergadert wekelijks op dinsdagmorgen over "
    "onderwerpen die gaan over Zeeland. Zij nam de volgende besluiten.\n"
)

# texts174/antwerpen-districtsraad-notulen-districtscollege-2020-01 (AE), lines 1 and 5: the
# decree's rule quoted over the sittings' approvals
ANTWERPEN = (
    "Artikel 19 van het Decreet lokaal bestuur bepaalt dat de voorzitter van de gemeenteraad "
    "beslist tot bijeenroeping van de gemeenteraad en stelt de agenda van de vergadering op.\n"
    "In de zitting van 14 januari 2020 (jaarnummer 12) keurde het districtscollege de notulen "
    "van de zitting van 7 januari 2020 goed;\n"
)


@pytest.mark.parametrize("page", [ZEELAND, ANTWERPEN])
def test_a_page_that_records_decisions_taken_stays_a_record(page: str) -> None:
    assert not describes_a_body(page)
