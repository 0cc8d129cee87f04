"""Typing by title and greeting, each text written for the test in the layout of its kind:
a blog post looking back on a working session, an agenda's points headed with the body and
its date, a PDF's first lines run onto one line under `AGENDA.`, a faction's questions to
the college posted as sent, a bare `Agendapunten` heading that names no meeting, and a
college's `BESLISSINGENLIJST` under its municipality's name."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import SittingSlot, classify_document, document_date, sitting_slot

SESSION_LOOKBACK = """# Terugblik op de kennissessie over open data van 4 juni 2024

Op 4 juni kwamen ruim twintig deelnemers bij elkaar in het stadskantoor. Na de opening
door de projectleider werd in groepjes gewerkt aan de datasets.
"""

DATED_AGENDA_POINTS = """Agendapunten wijkraad 14 maart 2023 om 19u30 - buurthuis De Linde

OPENBARE ZITTING

 1. Verkeersplan schoolomgeving
 2. Subsidie speeltuin
"""

RUN_ON_AGENDA = """AGENDA. Vergadering : Dagelijks Bestuur Datum : 3 april 2019 Tijd : 10:00 uur \
Locatie : Raadhuisplein 1, Ede

1 Opening en mededelingen
2 Verslag vorige vergadering
3 Begroting 2020
"""

FACTION_QUESTIONS = """Geacht college,

In de krant lazen wij dat het zwembad in de zomer vaker dicht is geweest dan gepland.
Hoe vaak was het zwembad dicht? Wat gaat u doen om dit te voorkomen?

Namens de fractie van Dorpsbelang, Anna de Vries
"""

BARE_AGENDA_POINTS_HEADING = """Agendapunten

1. Vaststelling van de notulen
Besluit: vastgesteld.

2. Subsidieverordening sport
Besluit: aangenomen.
"""


def test_looking_back_on_a_session_is_its_record() -> None:
    assert classify_document(SESSION_LOOKBACK)[0] == "minutes"


def test_agenda_points_of_a_dated_meeting_are_its_agenda() -> None:
    assert classify_document(DATED_AGENDA_POINTS)[0] == "agenda"


def test_capital_heading_word_run_onto_its_fields_is_the_title() -> None:
    assert classify_document(RUN_ON_AGENDA)[0] == "agenda"


def test_faction_greeting_the_college_with_questions_asks_council_questions() -> None:
    assert classify_document(FACTION_QUESTIONS)[0] == "council_questions"


def test_bare_agenda_points_heading_names_no_agenda() -> None:
    assert classify_document(BARE_AGENDA_POINTS_HEADING)[0] != "agenda"


COLLEGE_DECISIONS = """Gemeente Dalfsen



OPENBAAR

BESLISSINGENLIJST
van de vergadering van het college op 12 maart 2008

| Nr | Onderwerp | Besluit |
| 1 | Subsidie muziekschool | Conform advies. |
| 2 | Openbare             | Vaststellen.    |
|   | beslissingenlijst    |                 |
|   | d.d. 5 maart 2008.   |                 |
"""


def test_list_of_a_colleges_decisions_by_its_other_name_is_a_decision_list() -> None:
    assert classify_document(COLLEGE_DECISIONS)[0] == "decision_list"


def test_meeting_date_run_on_below_the_title_dates_the_list() -> None:
    # the list of the week before, approved as an item, is not this list's date
    assert document_date("decision_list", COLLEGE_DECISIONS, "BESLISSINGENLIJST")[0] == date(
        2008, 3, 12
    )


PERIODIC_REPORT_ADJECTIVE = """HALFJAARLIJKSE RAPPORTAGE VEILIG THUIS NOORD
JANUARI T/M JUNI 2019

INHOUDSOPGAVE
1. Inleiding
2. Aantal adviezen en meldingen
"""

PERIODIC_REPORT_COMPOUND = """Kwartaalbericht Sociale Dienst. 2e kwartaal augustus 2022

Inhoudsopgave
Inleiding ... 3
Bijstand ... 4
"""


def test_a_report_titled_with_its_period_adjective_is_a_report() -> None:
    assert classify_document(PERIODIC_REPORT_ADJECTIVE)[0] == "report"


def test_a_quarterly_bulletin_of_an_organisation_is_a_report() -> None:
    assert classify_document(PERIODIC_REPORT_COMPOUND)[0] == "report"


def test_a_title_closed_by_its_period_on_the_first_line_or_in_capitals_names_the_text() -> None:
    body = "Aanwezig: mevrouw A. Bos (voorzitter), de heer K. Smit.\n1. Opening\n2. Mededelingen\n"
    for title in (
        "Besluitenlijst van de openbare vergadering van de raadscommissie Bestuur d.d. 6 mei 2015.",
        "Besluitenlijst vergadering dagelijks bestuur 6 mei 2015 (aanvang: 19.30 uur).",
        "Besluitenlijst van het overleg van 6/5/2015.",
    ):
        assert classify_document(title + "\n" + body, 3)[0] == "decision_list"
    capitals = "Jeugdraad\n\nVERSLAG VAN DE ALGEMENE VERGADERING VAN DE JEUGDRAAD VAN 6/5/2015.\n"
    assert classify_document(capitals + body, 3)[0] == "minutes"
    # a sentence below the first line, closed by its period, names nothing
    sentence = "Werkgroep\nNotulen worden na de vergadering gepubliceerd.\nHet park groeit.\n"
    assert classify_document(sentence, 3)[0] != "minutes"


def test_a_decision_headed_by_its_body_or_sitting_is_a_decision_list_dated_by_its_slot() -> None:
    point = "Zittingsverslag vergadering 14/11/2023: goedkeuring\n"
    point += "Aanwezig: Els Peeters, voorzitter; Jan Claes, burgemeester\n"
    point += "Het zittingsverslag wordt ter goedkeuring voorgelegd.\n"
    for heading, slot in (
        ("Besluit  Gemeenteraad", "di 12/12/2023 - 20:00"),
        ("Besluit zitting van 12 december 2023", "di 12/12/2023 - 19:30 Raadzaal"),
        ("Besluit Vast Bureau", "dinsdag 12 december 2023 14:00 Digitaal"),
        ("Besluit College van burgemeester en schepenen", "12-12-2023 - 09:00"),
    ):
        text = "Terug\nGepubliceerd op 20/01/2024\n" + heading + "\n" + slot + "\n" + point
        assert classify_document(text, 3)[0] == "decision_list"
        # the sitting's slot, not the date of the record the point approves
        assert document_date("decision_list", text, heading)[0] == date(2023, 12, 12)
    # a request's decision keeps its own type; a decision and its actions name no body
    assert classify_document("Besluit op uw Woo-verzoek\nGeachte heer,\n", 3)[0] == "woo_decision"
    assert classify_document("Besluit en acties\n" + point, 3)[0] != "decision_list"
    # a time after a sentence's date is no sitting's slot
    told = "Verslag jeugdraad 14 november 2023\nVolgende keer: 28 november 2023 om 20:00 - 22:00\n"
    assert document_date("minutes", told + "1. Opening\n", None)[0] == date(2023, 11, 14)
    # an event planned below the record's own date, something else after its hours: no slot
    planned = "Verslag kernteam 3 oktober 2023\nAanwezig: Bas, Mila\n\n## Jaarfeest\n\n"
    planned += "16 december 2023 om 19:00 - 23:00 + nazit\n\nBas regelt de zaal.\n"
    assert document_date("minutes", planned, None)[0] == date(2023, 10, 3)


@pytest.mark.parametrize(
    ("line", "day", "place"),
    [
        ("wo 29/01/2025 - 20:30", "wo 29/01/2025", None),
        ("do 17/11/2022 - 20:00 Zaal 2, Markt 3, Gent", "do 17/11/2022", "Zaal 2, Markt 3, Gent"),
        ("Dinsdag 3 mei 2022, 19.30 uur Het Kapittel", "Dinsdag 3 mei 2022", "Het Kapittel"),
        ("- vr 9 juni 2023 om 14:00 - 16:30 uur in het clubhuis", "vr 9 juni 2023", "het clubhuis"),
        ("ma 20/11/2023 - 13:00 collegezaal", "ma 20/11/2023", "collegezaal"),
        ("12-12-2023 09:00", "12-12-2023", None),
    ],
)  # fmt: skip
def test_a_sitting_slot_is_a_date_its_hours_and_a_place_or_nothing(line, day, place) -> None:
    """One reading of a sitting's slot, for a document's date and for its meeting's date and
    place: the date opening the line, the start (and end) time right after it, the place."""
    assert sitting_slot(line) == SittingSlot(day, place)


@pytest.mark.parametrize(
    "line",
    [
        "7-11-22 21:42 maandag",  # a log's entry: its weekday after the time
        "3 mei 2023 om 20:00 - 22:00 + borrel",  # what follows the event
        "maandag 13 maart 2023 10:50:18",  # a mail's timestamp
        "Datum: 14 maart 2023 19:30",  # a date label (read as one)
        "14 maart 2023 19:30 Opening door de voorzitter",  # the first item after its time
        "28 november 2025 om 20:00 vergadert de raad over de begroting van het komende jaar",
    ],
)
def test_no_sitting_slot(line) -> None:
    assert sitting_slot(line) is None


@pytest.mark.parametrize(
    "title",
    [
        "Zitting van maandag 18 november 2024",
        "Openbare zitting van 18/11/2024",
        "Gemeenteraadszitting 18 november 2024",
    ],
)
def test_a_sitting_and_its_date_title_its_record(title: str) -> None:
    text = (
        f"{title}\n\n1. Reglement speelpleinwerking\n"
        "De raad keurt het reglement voor de speelpleinwerking goed.\n\n"
        "2. Mondelinge vragen\nEr worden geen vragen gesteld.\n"
    )
    assert classify_document(text) == ("minutes", title)
    assert document_date("minutes", text, title)[0] == date(2024, 11, 18)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("Openbare besluitenlijst", "decision_list"),
        ("Vastgestelde besluitenlijst", "decision_list"),
        ("GOEDGEKEURD Besluit zitting", "decision_list"),
        ("Geannoteerde agenda", "agenda"),
        ("Voorlopige agenda", "agenda"),
        ("Ongecorrigeerde notulen", "minutes"),
    ],
)
def test_a_status_word_before_the_kind_leaves_the_kind_to_its_noun(status: str, kind: str) -> None:
    text = (
        f"{status} dagelijks bestuur 9 april 2024\n\n"
        "Het bestuur bespreekt de jaarrekening. De secretaris licht het jaarplan toe.\n"
    )
    assert classify_document(text)[0] == kind


@pytest.mark.parametrize("head", ["Bestuursoverleg", "Werkoverleg team Noord", "MT-overleg"])
def test_a_compound_of_overleg_names_the_meeting_its_record_is_of(head: str) -> None:
    text = (
        f"# {head}\n\n**Datum:** 9 april 2024\n\n## Aanwezig\n- Anna Smit\n- Bram Kok\n\n"
        "## 1. Opening\nDe voorzitter opent het overleg.\n\n"
        "## 2. Planning\nDe secretaris licht de planning toe.\n"
    )
    assert classify_document(text)[0] == "minutes"
    assert document_date("minutes", text, head)[0] == date(2024, 4, 9)


@pytest.mark.parametrize(
    "title", ["Klachtenrapportage 2023", "Voortgangsrapportage Woo 2023", "Managementrapportage Q3"]
)
def test_a_compound_whose_head_is_rapportage_titles_a_report(title: str) -> None:
    text = f"{title}\n\nDe regeling is door de raad vastgesteld en geldt voor alle afdelingen.\n"
    assert classify_document(text)[0] == "report"


@pytest.mark.parametrize(
    ("body", "slot", "verdict"),
    [
        ("college van burgemeester en schepenen", "do 9/03/2023 - 09:00 digitaal", "Goedgekeurd"),
        ("Raad voor maatschappelijk welzijn", "di 14/02/2023 - 14:00 zaal 2", "Goedgekeurd"),
        ("OCMW-raad", "ma 6/03/2023 - 20:00 Raadzaal", "Verworpen"),
    ],
)  # fmt: skip
def test_a_point_page_headed_by_its_body_over_the_slot_is_a_decision_list(body, slot, verdict):
    """A portal's page of one decided point without its kind (`Besluit`) above: the point's
    title, the body over its sitting's slot, the verdict alone on its line."""
    text = "Terug\nGepubliceerd op 20/03/2023\n\n"
    text += "2023_CBS_01234 - Subsidie jeugdhuis - Goedkeuring\n\n"
    text += f"{body}\n{slot}\n{verdict}\n\nSamenstelling\n\nAanwezig\n\n"
    text += "Lies Claes, burgemeester; Bart Peeters, schepen\n\n"
    text += "Motivering\n\nHet jeugdhuis vraagt steun.\n"
    assert classify_document(text, 3)[0] == "decision_list"
    assert document_date("decision_list", text, None)[0] == slot_date(slot)


def slot_date(slot: str) -> date:
    day, month, year = slot.split()[1].split("/")
    return date(int(year), int(month), int(day))


def test_an_online_sitting_s_slot_names_its_medium() -> None:
    online = SittingSlot("do 10/11/2022", "digitaal")
    assert sitting_slot("do 10/11/2022 - 09:00 digitaal") == online
    teams = SittingSlot("wo 8/02/2023", "via Teams")
    assert sitting_slot("wo 8/02/2023 - 19:00 via Teams") == teams


# written questions with their answers (docAO): openkamer.org's page of one Kamervraag (texts217
# tk-kamervragen-wob-verzoek-ongekend-onrecht-2023), a college's handling of a council question
# (texts213 leudal-afhandeling-raadsvraag-wob-verzoek-2014, expydoc), a party's page of its
# questions to the college, numbered without a period (texts167 raalte-gb-vragen-veiligheid-
# buitengebied-negatief), and the questions of an Aanhangsel with the minister's answer
# (texts207 tk-antwoorden-jongerenoverlast-incidenten-2009)
_OPENKAMER = (
    "Kamervraag 2023Z07890\n\n"
    "Een Wob/Woo verzoek uit januari 2021 naar de reactie op het rapport ‘Ongekend Onrecht’\n\n"
    "Ingediend 4 mei 2023\n"
    "Beantwoord 22 mei 2023 (na 18 dagen)\n"
    "Indieners Renske Leijten , Pieter Omtzigt (Omtzigt)\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [(_OPENKAMER, "Kamervraag 2023Z07890"),
     ("Afhandeling raadsvraag 2014\n\nAfhandeling raadsvraag 2014-107 ingediend door D66\n"
      "Datum: 19 mei 2014\nInleiding\nOp 14 februari 2014 ontving de gemeente Leudal het "
      "volgende, omvangrijke, Wob-verzoek:\n", "Afhandeling raadsvraag 2014")],
)  # fmt: skip
def test_questions_titled_by_their_kind_or_handling_are_council_questions(text, title) -> None:
    assert classify_document(text, 3) == ("council_questions", title)


def test_questions_to_the_college_numbered_without_a_period_are_council_questions() -> None:
    text = (
        "Vragen veiligheid buitengebied\n\n"
        "Vorige week donderdag heeft GemeenteBelangen tijdens de raadsvergadering vragen gesteld "
        "aan het college, aanleiding hiervan is dat er steeds meer berichten binnen komen.\n\n"
        "Vragen aan het college:\n\n1 Deelt het college deze zorgen?\n\n"
        "2 Zijn er bij het college ook al meldingen van deze aard binnen gekomen?\n\n"
        "3 Wat gaat het college ondernemen als dit wel gebeurt?\n"
    )
    assert classify_document(text)[0] == "council_questions"


@pytest.mark.parametrize(
    ("text", "day"),
    [(_OPENKAMER, date(2023, 5, 22)),
     ("Vragen van de leden Karabulut en Kooiman (beiden SP) aan de minister van Veiligheid en "
      "Justitie over het bericht dat de politie het steeds drukker krijgt (ingezonden 20 oktober "
      "2010).\n\nAntwoord van minister Opstelten (Veiligheid en Justitie), mede namens de "
      "staatssecretaris van Volksgezondheid, Welzijn en Sport (ontvangen 23 november 2010).\n\n"
      "Vraag 1 en 2\n", date(2010, 11, 23)),
     # texts223 tk-kamervragen-misbruik-wob-dwangsom-2013 (Aanhangsel Handelingen II 2013-2014
     # nr. 1): the minister's notice stands where the answer would
     ("Vragen van de leden Fokke en Oosenbrug (beiden PvdA) aan de Minister van Binnenlandse "
      "Zaken en Koninkrijksrelaties over het misbruiken van de Wet Openbaarheid Bestuur (WOB) "
      "(ingezonden 26 augustus 2013).\n\nMededeling van Minister Plasterk (Binnenlandse Zaken en "
      "Koninkrijksrelaties) (ontvangen 17 september 2013).\n\nVraag 1\n", date(2013, 9, 17)),
     # texts253 tk-antwoord-kamervragen-ienw-gezonde-leefomgeving-kinderen-2022-07-14 (round
     # AV): the answer's lead wrapped over four lines, its ministers named at length
     ("Vragen van de leden Bouchallikh, Bromet en Kröger (allen GroenLinks) aan de "
      "Staatssecretaris van Infrastructuur en Waterstaat (ingezonden 30 mei 2022).\n"
      "Antwoord van Staatssecretaris Heijnen (Infrastructuur en Waterstaat), mede namens\n"
      "de Ministers voor Volkshuisvesting en Ruimtelijke Ordening, van Landbouw, Natuur en\n"
      "Voedselkwaliteit en voor Armoedebeleid, Participatie en Pensioenen en de Staatssecretaris\n"
      "van Volksgezondheid, Welzijn en Sport (ontvangen 14 juli 2022). Zie ook Aanhangsel\n"
      "Handelingen, vergaderjaar 2021–2022, nr. 3173.\nVraag 1\n", date(2022, 7, 14))],
)  # fmt: skip
def test_questions_printed_with_their_answers_are_dated_by_the_answers(text, day) -> None:
    assert document_date("council_questions", text, None) == (day, False)
    # only written questions are dated by their answers; another type is dated as before
    assert document_date("other", text, None)[0] != day


def test_an_answers_date_broken_off_its_lead_still_dates_the_questions() -> None:
    # texts248 bzk-antwoord-kamervragen-erkens-rijksoverheid-2025-02-04 (round AU; the
    # questions' line shortened): the date broken off the lead onto the next line
    text = (
        "Vragen van het lid Erkens (VVD) aan de Minister van Binnenlandse Zaken en "
        "Koninkrijksrelaties (ingezonden 20 december 2024).\n"
        "Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen\n"
        "4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.\n"
        "Vraag 1\n"
    )
    assert document_date("council_questions", text, None) == (date(2025, 2, 4), False)


def test_a_lead_that_ends_its_sentence_runs_on_to_no_later_date() -> None:
    # the answer's lead closes before any `(ontvangen ...)`: the line below is not its part
    text = (
        "Vragen van het lid Erkens (VVD) (ingezonden 20 december 2024).\n"
        "Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties).\n"
        "Zie ook de brief (ontvangen 4 februari 2025).\nVraag 1\n"
    )
    assert document_date("council_questions", text, None)[0] != date(2025, 2, 4)


#: texts243 gelderland-pvdd-statenvragen-overleg-gedeputeerden-2018-05-29 (round AT; the
#: questions' prose shortened, their table's rows kept as printed): the questions' field gives
#: a month alone, the answers' date field stands below the table, far from the page's head
_STATEN_QUESTIONS_AND_ANSWERS = (
    "Schriftelijke vragen over overleg tussen gedeputeerden en statenleden\n\n\n"
    "Indiendatum: mei 2018\n\n"
    "Vandaag, bij de viering van 600 jaar Gelders parlement, bij het onderwerp “dualisme”, "
    "kwam ter sprake dat gedeputeerden bij fractievergaderingen aanschuiven.\n\n"
    "Vragen :\n\n"
    "Kunt u in onderstaande tabel een schatting geven van hoe vaak er in het afgelopen jaar "
    "(1 mei 2017 – 1 mei 2018) overleg is geweest tussen een gedeputeerde en staten- of "
    "commissieleden ?\n\n\n"
    + "".join(f"{name}\n\n" for name in ("Bieze", "Markink", "Meijers", "Scheffer", "Schouten"))
    + "Van Dijk\n\nTotaal\n\n"
    "Luuk van der Veer\nLid Provinciale Staten van Gelderland\nPartij voor de Dieren.\n\n"
    "Indiendatum: mei 2018\n"
    "Antwoorddatum: 29 mei 2018\n\n"
    "Vragen en de beantwoording:\n\n"
    "Nee. De door ugevraagde gegevens worden door ons niet bijgehouden.\n"
)


def test_the_answers_date_field_dates_the_questions_wherever_it_stands() -> None:
    assert document_date("council_questions", _STATEN_QUESTIONS_AND_ANSWERS, None) == (
        date(2018, 5, 29),
        False,
    )


def test_without_the_answers_date_field_the_questions_month_dates_nothing() -> None:
    # the questions' own field gives a month alone: no day, no date
    text = _STATEN_QUESTIONS_AND_ANSWERS.replace("Antwoorddatum: 29 mei 2018\n", "")
    assert document_date("council_questions", text, None)[0] is None
    # only written questions are dated by their answers' field
    assert document_date("other", _STATEN_QUESTIONS_AND_ANSWERS, None)[0] != date(2018, 5, 29)
