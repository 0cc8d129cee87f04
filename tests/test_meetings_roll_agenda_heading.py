"""The heading that opens the agenda below a roll (partDev17): a heading whose last word
names the agenda (`A. AGENDA`, `Programma & Goedkeuring van de Agenda`, the agenda table's
`Timing Nr. Agendapunt`) is no one's name and ends the roll, however the lines are spaced."""

from __future__ import annotations

from pipeline.meetings import extract_participants
from pipeline.meetings.layout import _goes_on


def _names(text: str) -> list[str]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)]
    return [p["name"] for p in extract_participants(lines)]


def test_a_markdown_heading_naming_the_agenda_after_one_name_a_line():
    # fronteers-alv-2025-11-28 (web163, round AD), lines 6-27, the `##` taken off as markup
    names = _names(
        "Aanwezige leden:\n\n"
        "Claudia Reynders (co-voorzitter)\nAnneke Sinnema (co-voorzitter)\n"
        "Arjan Eising\nThijs Reigersberg\n"
        "Edwin Martin\nKoen Willems\nAnnemiek Nieboer\nPetra Knip\nTineke Timmerman\n\n"
        "Programma & Goedkeuring van de Agenda\n\n"
        "Claudia opent en heet iedereen welkom.\n"
    )
    assert "Tineke Timmerman" in names
    assert "Programma" not in names
    assert "Goedkeuring van de Agenda" not in names


def test_a_lettered_heading_in_capitals_after_a_sentence_cut_at_its_label():
    # oostkamp-sportraad-rvb-2015-01-27 (web222, round AP), lines 9-15
    names = _names(
        "Verontschuldigd:\n\n"
        "Afwezig: Marc Delaere, Serge Carton, Ellen Van Tieghem\n\n"
        "Graag de aandacht aan de mensen die niet kunnen aanwezig zijn: graag verwittigen. "
        "Mensen die systematisch niet kunnen aanwezig zijn: misschien eens overwegen om "
        "iemand anders af te vaardigen die wel aanwezig kunnen zijn.\n\n"
        "A. AGENDA\n\n"
        "Deelneming vanuit de sportraad wordt aangeboden.\n"
    )
    assert "Ellen Van Tieghem" in names
    assert "A. AGENDA" not in names


def test_the_agenda_tables_header_row_after_a_roll_spaced_like_it():
    # gent-gecoro-2021-11-09 (web172, round AE), lines 34-46: every line parted by a blank
    names = _names(
        "Verontschuldigd Bohez Hannah, Coenen Ad\n\n"
        "Locatie vergadering Online\n\n"
        "Timing Nr. Agendapunt\n\n"
        "18u30 – 18u33 1. Openbaarheid van de vergadering\n"
    )
    assert "Timing Nr. Agendapunt" not in names


def test_a_name_cut_at_its_initial_is_not_carried_on_by_the_agenda_heading():
    # hazensprong-ouderraad-2022-09-19 (web287, round BC), lines 11-13
    assert not _goes_on("Verontschuldigd: Lieselot, Lies P., Hannah, Sabine P.", "Agenda")
    assert _goes_on("Aanwezig: dhr. J. Bos, mw. A.", "Kok, dhr. P. de Vries")
