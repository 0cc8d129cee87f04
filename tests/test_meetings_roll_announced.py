"""A roll announced by a clause that names the kind of people in it (partRoll59): the
clause is closed by a comma (`De volgende personen waren ... verhinderd ..., A, B`), by
`te weten:` after a count of members (`Aanwezig zijn zeven leden der Kamer, te weten:`),
or says where they sat (`In de zaal zitten de volgende leden:`, `Achter de bestuurstafel
zitten:`): the names after it are the roll, in the status the clause gives."""

from __future__ import annotations

from pipeline.meetings import extract_participants


def _people(text: str) -> list[tuple[str, str]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)]
    return [(p["name"], p["status"]) for p in extract_participants(lines)]


def test_the_absent_announced_with_a_comma_before_their_names():
    # strekervogelvrienden-jaarvergadering-2011-05-23 (web297, round BE), line 17
    people = _people(
        "De volgende personen waren deze avond verhinderd en hebben afbericht gegeven, Tim "
        "Bakker, Frans en Annie van Beurden, N van Dijk en Sjaak Korver.\n"
    )
    assert ("Tim Bakker", "absent") in people
    assert ("Annie van Beurden", "absent") in people
    assert ("Sjaak Korver", "absent") in people


def test_a_count_of_members_then_te_weten():
    # tweedekamer-buza-ao-2010-12-09 (web222, round AP), line 36
    people = _people(
        "Aanwezig zijn zeven leden der Kamer, te weten: Albayrak, Dijkhoff, Dikkers, Driessen, "
        "El Fassed, Ferrier, Irrgang\n"
    )
    assert [name for name, _ in people] == [
        "Albayrak",
        "Dijkhoff",
        "Dikkers",
        "Driessen",
        "El Fassed",
        "Ferrier",
        "Irrgang",
    ]
    assert {status for _, status in people} == {"present"}


def test_where_they_sat_as_the_lead_of_the_roll():
    # fronteers-alv-2013-11-25 (web175, round AF), lines 20-30
    people = _people(
        "Tom Greuter opent de zevende Fronteers ALV, die op 25 november 2013 in Utrecht "
        "plaatsvindt. Van de 572 leden zijn er 20 op de ALV aanwezig. Achter de bestuurstafel "
        "zitten:\n\n"
        "-   Tom Greuter (voorzitter)\n"
        "-   Matijs Brinkhuis (penningmeester)\n\n"
        "In de zaal zitten de volgende leden: Charis Rooda, Michael Hastrich, Wim van Iersel. "
        "Charis was gemachtigd om voor Flurin Egger te stemmen.\n"
    )
    names = {name for name, _ in people}
    assert {"Tom Greuter", "Matijs Brinkhuis", "Charis Rooda", "Wim van Iersel"} <= names
    assert "Flurin Egger" not in names


def test_a_body_s_make_up_is_no_roll():
    # tessenderlo-college-negatief (web246, round AU), line 5: who sits in the college
    assert (
        _people(
            "In het college van burgemeester en schepenen zitten zes leden: de burgemeester en "
            "vijf schepenen. De algemeen directeur woont elke zitting bij.\n"
        )
        == []
    )
