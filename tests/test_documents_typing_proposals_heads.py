"""A paper put to a board, known by its head block rather than by a title word: the board it
is addressed to over its subject field (`AAN HET DAGELIJKS BESTUUR Onderwerp:`, `Voor het
algemeen bestuur ... Onderwerp:`), its proposal label with nothing else to type it (`Aan de
raad. Status: ter besluitvorming Voorgesteld besluit`), or the form's address field over its
subject field (`Aan : Algemeen Bestuur Datum : ... Onderwerp :`). The gold types each `memo`
(tests/gold/README.md rule 20). Lines quoted from development texts (rounds BF, BG, BH),
shortened."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document

PLAIN = 3  # the title lines of a plain-text release

#: the chrome of a document site's copy (docplayer) above its transcription
_HOST = "\n\nMaat: px\nWeergave met pagina beginnen:\n\n"

#: texts303/waterschap-sittard-db-nota-waterschapsverkiezingen-2008-2007-04-24, lines 1-10
#: (BF): a water board's note to its executive board, typed minutes by the members' meeting
#: it tells of
_SITTARD = (
    "DB Agendapunt: o11# Sittard, 24 april 2007 AAN HET DAGELIJKS BESTUUR. Onderwerp:"
    " Waterschapsverkiezingen 2008"
    + _HOST
    + 'Download "DB 07-05-2007. Agendapunt: o11# Sittard, 24 april 2007 AAN HET DAGELIJKS'
    ' BESTUUR. Onderwerp: Waterschapsverkiezingen 2008"\n\nTranscriptie\n\n'
    "1 DB Agendapunt: o11# Sittard, 24 april 2007 AAN HET DAGELIJKS BESTUUR Onderwerp:"
    " Waterschapsverkiezingen 2008 Koepelplan Zoals bekend heeft de Ledenvergadering van de Unie"
    " van Waterschappen (UvW) op 30 juni 2006 besloten dat de waterschapsverkiezingen in 2008"
    " door alle waterschappen landelijk gelijktijdig en gezamenlijk worden gehouden.\n"
)

#: texts308/advies-16int01515-renovatie-kunstgras-korfbalveld-gagelman, lines 1-12 (BG): an
#: official's advice to a sports committee's board, typed report as a document site's copy
_ADVIES = (
    "Advies Nummer: 16INT01515 *16INT01515*"
    + _HOST
    + 'Download "Advies Nummer: 16INT01515 *16INT01515*"\n\nTranscriptie\n\n'
    "1 Advies Nummer: 16INT01515 *16INT01515* Voor het algemeen bestuur van de"
    " bestuurscommissie voor de lichamelijke opvoeding en de sport Onderwerp: Renovatie kunstgras"
    " korfbalveld in relatie tot mogelijkheden medegebruik Openbaar Ja Datum DB: Datum AB:"
    " College b&w Nee Uiterlijke datum: Raad: Nee Uiterlijke datum: 1. Inleiding Het kunstgras"
    " korfbalveld op sportpark Gagelman dient in 2016 gerenoveerd te worden en voorzien te"
    " worden van een nieuwe toplaag.\n"
)

#: texts308/noordoostpolder-raadsvoorstel-kunstgrasvelden-dorpen-2014-02-11, lines 1-2 (BG): a
#: council proposal without a title, its form's fields run together; no mark counts twice
_NOORDOOSTPOLDER = (
    "No. 224552-1\nEmmeloord, 11 februari 2014. Onderwerp Uitwerking motie kunstgrasvelden"
    " Tollebeek, Marknesse en Ens Advies raadscommissie nvt Aan de raad. Status: ter"
    " besluitvorming Voorgesteld besluit 1. kennis nemen van de uitwerking motie"
    " kunstgrasvelden (20 januari 2014); 2. in stemmen met aanleg van kunstgrasvelden bij de"
    " voetbalverenigingen in Tollebeek, Marknesse en Ens; 3. in stemmen met structurele lasten"
    " van in totaal € 32.250. Doelstelling Het initiatief van de voetbalverenigingen in"
    " Tollebeek, Marknesse en Ens om kunstgrasvelden aan te leggen vorm te geven.\n"
)

#: texts313/veiligheidsregio-voorstel-agp5-strategische-agenda-2014-11-03, lines 1-10 (BH): a
#: proposal to a safety region's board, its form's fields (`Aan :`, `Datum :`, `Onderwerp :`)
#: run together on its first page; typed minutes by the sittings it tells of
_VEILIGHEIDSREGIO = (
    "Voorstel. Algemene toelichting AGP 5"
    + _HOST
    + 'Download "Voorstel. Algemene toelichting AGP 5"\n\nTranscriptie\n\n'
    "1 Voorstel AGP 5 Aan : Algemeen Bestuur Datum : 3 november 2014 Bijlage : 3 Steller :"
    " Jan Baas/Kees Boot Onderwerp : Strategische agenda versterking VR Algemene toelichting In"
    " het Veiligheidsberaad (VB) van 14 februari 2014 is ingestemd met de inhoud van de Agenda"
    " van de veiligheidsregio s en de inzet van het VB voor de Voorwaartse agenda. Vervolgens"
    " heeft op 18 maart een informeel overleg plaatsgevonden tussen het DB VB en de minister"
    " van VenJ. Het VB heeft op 16 mei 2014 ingestemd met deze geïntegreerde agenda.\n"
)


@pytest.mark.parametrize("text", [_SITTARD, _ADVIES, _NOORDOOSTPOLDER, _VEILIGHEIDSREGIO])
def test_a_paper_known_by_its_head_to_a_board_is_a_memo(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "memo"


def test_a_letter_to_a_board_over_its_subject_stays_a_letter() -> None:
    # the negative case: addressed to the board over its subject, but greeting it and signed
    text = (
        "Aan het algemeen bestuur van het waterschap\nPostbus 12\n6130 AA Sittard\n\n"
        "Sittard, 24 april 2007\n\nOnderwerp: Waterschapsverkiezingen 2008\n\n"
        "Geacht bestuur,\n\nHierbij zenden wij u het Koepelplan toe.\n\nHoogachtend,\n\n"
        "De Unie van Waterschappen\n"
    )
    assert classify_document(text, PLAIN)[0] == "letter"
