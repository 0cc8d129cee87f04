"""Attendance told in the prose of running minutes (partProse60): the one who opens the
meeting in the forms the opener readers lacked (an agenda heading `Opening door X`, the
Frisian `iepent ... de gearkomste`, a welcome to all the participants), a notice of absence
(`Melding van afwezigheid van A, B`) and its Frisian, a count of members closed by a
semicolon before their names, a label's list that ends at its full stop where prose goes on
in its line, and absence told after its subject in a subordinate clause."""

from __future__ import annotations

from pipeline.meetings import extract_participants


def _people(text: str) -> list[tuple[str, str | None, str]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


def _names(text: str) -> set[tuple[str, str]]:
    return {(name, status) for name, _, status in _people(text)}


def test_an_agenda_heading_naming_who_opens():
    # regenboogkerk-kerkenraad-2020-04-21 (web302, round BF), lines 5-8
    people = _people(
        " 1.  Appèl nominaal\n"
        "  Afwezig: Wiepk de Jong en Dineke v.d. Wetering.\n\n"
        " 2. Opening door Ineke Posthouwer\n"
        "  Ineke gaat ons eerst voor in gebed.\n"
    )
    assert ("Ineke Posthouwer", "voorzitter", "present") in people


def test_an_opening_of_something_else_names_no_chair():
    # witteveen-dorpsbelang-alv-2017-04-05 (web302, round BF), line 9: a square's opening
    people = _people(
        " • Alle inwoners zijn welkom voor de feestelijke opening door wethouder Dennis "
        "Bouwman op zaterdag 3 juni om 14.00 uur.\n"
    )
    assert people == []


def test_the_frisian_chair_opens_the_gathering():
    # easterwierrum-doarpsbelang-jiergearkomste-2015-02-18 (web287, round BC), line 7
    people = _people(
        "Om 8.00 oere iepent de foarsitter, Anneke Monsma, de gearkomste mei in wolkom en yn "
        "it bysûnder de hear Pim Astro,, riedslid SAM.\n"
    )
    assert ("Anneke Monsma", "voorzitter", "present") in people


def test_an_interim_chair_welcomes_all_participants():
    # samenvoorvught-alv-2020-07-13 (web262, round AX), line 9
    people = _people(
        "De interim voorzitter Hans Togtema heet alle deelnemers aan deze digitale vergadering "
        "welkom. Zoals in de oproeping vermeld is wegens coronamaatregelen niet mogelijk "
        "gebleken een geschikte vergaderlocatie te vinden.\n"
    )
    assert people == [("Hans Togtema", "interim voorzitter", "present")]


def test_a_notice_of_absence():
    # witteveen-dorpsbelang-alv-2017-04-05 (web302, round BF), line 7
    assert _names(
        " • Melding van afwezigheid van Anita Lauffer, Patricia Mooren, Els den Os, Roel Seele, "
        "Paul Mooren.\n"
    ) == {
        ("Anita Lauffer", "absent"),
        ("Patricia Mooren", "absent"),
        ("Els den Os", "absent"),
        ("Roel Seele", "absent"),
        ("Paul Mooren", "absent"),
    }


def test_the_frisian_apologies_then_prose_on_their_line():
    # easterwierrum-doarpsbelang-jiergearkomste-2015-02-18 (web287, round BC), line 8
    assert _names(
        "Berjocht fan behindering is der kommen fan: Joop Bootsma, Petra Miedema en Marja "
        "Schotanus. Omt de kaskommisje mar in healoerke oanwêzich wêze kin, wurdt punt 5 fan "
        "de wurklist as earste behannele.\n"
    ) == {("Joop Bootsma", "absent"), ("Petra Miedema", "absent"), ("Marja Schotanus", "absent")}


def test_a_count_of_members_closed_by_a_semicolon():
    # wijster-dorpsbelangen-jaarvergadering-2015-05-20 (web302, round BF), line 9
    people = _names(
        "  De voorzitter, Joukje Middelbos heet iedereen van harte welkom. Geesje Bouwmeester is "
        "afwezig i.v.m. vakantie. Er zijn 3 leden aanwezig; Rob van de Voet, Herman Schuur en "
        "Henk Weggemans\n"
    )
    assert {
        ("Rob van de Voet", "present"),
        ("Herman Schuur", "present"),
        ("Henk Weggemans", "present"),
        ("Geesje Bouwmeester", "absent"),
    } <= people


def test_a_label_s_list_ends_where_prose_goes_on():
    # zbhoek-dorpsraad-2015-12-09 (web247, round AU), line 31
    people = _names(
        "Aanwezig van de Dorpsraad; Jacques de Win, Johan Rijnart, Joop van Splunter, Albert "
        "van Loon en Piet Hermus. De laatste notuleert.\n"
    )
    assert ("Albert van Loon", "present") in people
    assert ("Piet Hermus", "present") in people


def test_a_name_in_the_sentence_after_the_list_keeps_it_whole():
    # vrg-ab-verslag-2019-04-05 (web188, round AH), line 9: the sentence after names someone
    people = _names(
        "Bericht van verhindering is ontvangen van mevrouw Sikkema, mevrouw Schulting en de heren "
        "Hoogendoorn en Rietveld. De heer Hiemstra komt later.\n"
    )
    assert ("Rietveld", "absent") in people
    assert ("Hiemstra", "present") in people


def test_absence_in_a_subordinate_clause():
    # fronteers-alv-2019-11-29 (web247, round AU), line 65
    assert _names(
        "Evaluatie congres gemaakt door Niels. Toegelicht door Sander omdat Niels niet aanwezig "
        "kon zijn.\n"
    ) == {("Niels", "absent")}


def test_prevented_from_acting_as_chair():
    # samenvoorvught-alv-2020-07-13 (web262, round AX), line 10
    assert _names(
        "Hij meldt voorts dat de heer Maas verhinderd is om als voorzitter op te treden, zodat "
        "hij als zijn plaatsvervanger zal optreden.\n"
    ) == {("Maas", "absent")}


def test_excused_in_a_clause_after_want():
    # achterdoechelen-gemeenteraad-installatie-2001-01-02 (web291, round BD), line 9
    assert _names(
        "En natuurlijk het belangrijkste verschil: 9 nieuwe gezichten in de gemeenteraad. "
        "Eigenlijk 8 want Rita Decock (Agalev) was verontschuldigd (nog op vakantie) en die zou "
        "dus een volgende keer de eed afleggen.\n"
    ) == {("Rita Decock", "absent")}
