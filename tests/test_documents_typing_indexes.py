"""A body's page that lists or describes its records is `other`, not the record it names
(recurring-misses.md, doc type M in rounds AH and AI). Lines quoted from real dev texts."""

from __future__ import annotations

from pipeline.documents import classify_document

# texts189/participatieraad-beverwijk-publicaties-negatief: headings that name records in
# the plural over placeholder links
PARTICIPATIERAAD = """Publicaties

Agenda’s participatieraad

 • Datum 1
 • Datum 2

Verslagen participatieraad

 • Datum 1
 • Datum 2
"""

# texts192/opsterland-raad-rapportages-besluitenlijst-negatief: a portal's sections, each
# with a line that tells what is kept there
OPSTERLAND = "\n".join(
    [
        "Amendementen",
        "",
        (
            "Een amendement is een voorstel om het besluit zoals voorgesteld (door "
            "het college) te veranderen."
        ),
        "",
        "Besluitenlijst raad",
        "",
        (
            "In de besluitenlijsten wordt van elke besluitvormende raadsvergadering "
            "puntsgewijs beschreven wat de raad heeft besloten."
        ),
        "",
        "Langlopende dossiers",
        "",
        "Hier vindt u een overzicht van langlopende dossiers.",
        "",
    ]
)

# texts174/essesteijn-mr-notulen-negatief: a pointer to the records listed below it
ESSESTEIJN = """Notulen

Hieronder kunt u de notulen van de Medezeggenschapsraad downloaden.

Notulen 23 september 2021
Notulen 6 juli 2021
Notulen 24 juni 2021
"""

# texts125/ovheerjansdam-oprichting-1936: the same pointer to the record of one meeting
HEERJANSDAM = "\n".join(
    [
        "Notulen van de Oprichtingsvergadering",
        "",
        (
            "Hieronder vindt u de notulen van de oprichtings vergadering van de "
            "Oranje vereniging Nederland en Oranje te Heerjansdam. Voorzover is na "
            "te gaan opgetekend door de heer G. van Es."
        ),
        "",
        (
            "Oprichtings vergadering in de Bijzondere school op Dinsdag 6 October "
            "1936 des avonds 8uur."
        ),
        "",
        (
            "Er traden 62 leden toe tot de vereniging, met als contributie 25cent "
            "per lid per jaar. Hierna werd overgegaan tot het kiezen van een "
            "bestuur, met de volgende uitslag."
        ),
        "",
    ]
)

# texts182/rehoboth-barendrecht-mr-2020-06-30: a site's bare section name over one record
REHOBOTH = "\n".join(
    [
        "Verslagen",
        "",
        "Klein verslag van de vergadering van 30 juni 2020",
        "",
        (
            "In de laatst gehouden vergadering is het jaarverslag 2019 en de "
            "verkorte schoolgids besproken. Verder is ook gesproken over het "
            "handelen van de school in de tijd van thuisonderwijs."
        ),
        "",
    ]
)


def test_a_page_of_record_headings_in_the_plural_is_other() -> None:
    assert classify_document(PARTICIPATIERAAD, 3)[0] == "other"


def test_a_portal_section_that_tells_how_records_are_kept_is_other() -> None:
    assert classify_document(OPSTERLAND, 3)[0] == "other"


def test_a_pointer_to_the_records_listed_below_is_other() -> None:
    assert classify_document(ESSESTEIJN, 3)[0] == "other"


def test_a_pointer_to_one_meetings_record_keeps_the_record() -> None:
    assert classify_document(HEERJANSDAM, 3)[0] == "minutes"


def test_a_bare_section_name_over_one_record_keeps_the_record() -> None:
    assert classify_document(REHOBOTH, 3)[0] == "minutes"


# texts242/zoersel-milieuraad-negatief (lines 1, 5, 13-15): an advisory council's page, its
# links' headings `agenda` and `verslagen` under how it meets
ZOERSEL = (
    "milieuraad (MINA)\n\n"
    "De milieuraad (MINA) is een adviesraad voor het gemeentelijk milieu-, natuur- en "
    "klimaatbeleid.\n\n"
    "De raad vergadert minstens vier keer per jaar. De vergaderingen zijn openbaar en kunnen "
    "door iedereen worden bijgewoond.\n\n"
    "agenda\n\nverslagen\n"
)

# texts195/gelderland-gs-agenda-negatief (lines 1-4): the agenda page of a board that has none
# posted yet, titled by its agenda over how often the board meets
GELDERLAND_GS = (
    "Agenda van Gedeputeerde Staten\n\n"
    "Gedeputeerde Staten vergaderen in principe elke dinsdag over maatregelen, programma's en "
    "plannen van de provincie, behalve tijdens het zomer- en kerstreces.\n\n"
    "Er is nog geen agenda beschikbaar\n"
)

# texts182/deklimroos-ouderraad-2017-negatief (lines 1, 3-4, 18-20): a parents' council's page,
# what it is made of over its dates and its agendas' links
DEKLIMROOS = """De ouderraad wordt gevormd door 15 enthousiaste ouders.

Vergaderdata

Algemene ouderraadsvergadering:

Agenda

De agenda voor 23 november 2017:   Agenda OR 23112017
"""


def test_a_body_page_typed_agenda_by_its_title_or_its_links_is_other() -> None:
    for page in (ZOERSEL, GELDERLAND_GS, DEKLIMROOS):
        assert classify_document(page, 3)[0] == "other"


def test_an_agenda_that_tells_when_the_board_meets_stays_an_agenda() -> None:
    # the same title over the items of one sitting, no present tense of how the board meets
    agenda = (
        "Agenda van Gedeputeerde Staten\n\nVergadering van dinsdag 5 juni 2018\n\n"
        "1. Opening\n2. Vaststellen besluitenlijst\n3. Rondvraag\n"
    )
    assert classify_document(agenda, 3)[0] == "agenda"
    # a body that meets every week, over who attended: the record of that sitting
    attended = GELDERLAND_GS + "\nAanwezig: Jan de Vries, Els Bos, Kees Smit\n"
    assert classify_document(attended, 3)[0] != "other"
