"""Rolls of round AT (partAT): an office after a name that the vocabulary read as a second
person (a capitalised rank before the office, the King's Commissioner)."""

from __future__ import annotations

from pipeline.meetings import extract_participants


def _people(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


def test_a_capitalised_rank_before_an_office_is_the_role_not_a_person():
    # brakel-gemeenteraad-huishoudelijk-reglement-2025-01-06 (texts241): one person a line
    people = _people(
        "Aanwezig: Marc De Pessemier, Voorzitter\n"
        "Alexander De Croo, Titelvoerend Burgemeester\n"
        "Marleen Gyselinck, Waarnemend Burgemeester\n"
    )
    assert [p[0] for p in people] == ["Marc De Pessemier", "Alexander De Croo", "Marleen Gyselinck"]
    assert people[1][1] == "titelvoerend burgemeester"


def test_the_kings_commissioner_after_a_name_is_the_role():
    # drenthe-ps-2003-12-17 (texts174) and drenthe-ps-2006-04-26 (texts201)
    people = _people(
        "Tegenwoordig zijn: A.L. ter Beek, Commissaris van de Koningin, voorzitter de leden "
        "(49 in getal): H. Baas (ChristenUnie) H. Beerda (PvdA)\n"
    )
    names = [p[0] for p in people]
    assert "A.L. ter Beek" in names
    assert "Commissaris van de Koningin" not in names
