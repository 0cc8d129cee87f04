"""A label inside one item of an attendance list parted by semicolons (`met kennisgeving:`,
`... en het bestuur:`) is no part of the person the item names. Lines quoted from the dev set:
harmelen-dorpsplatform-ab-vergadering-ongedateerd (round AQ, web227), line 5, and
atvcastricum-alv-2023-03-30 (round AX, web262), lines 7-9."""

from __future__ import annotations

from pipeline.meetings.participants import extract_participants

#: harmelen-dorpsplatform-ab-vergadering-ongedateerd, line 5
_HARMELEN = [
    "Afwezig: Paul Kwakkenbos, bestuurslid; met kennisgeving: Gerard Croiset, penningmeester;"
    " Jan Willem Gombert, bestuurslid; Marion Vonk,  contactambtenaar gemeente.",
]

#: atvcastricum-alv-2023-03-30, lines 7-9
_ATV = [
    "Aanwezig:",
    "",
    "39 leden van diverse complexen volgens de presentielijst en het bestuur: Kees Rood,"
    " penningmeester; Bob Kolenbrander, secretaris; Leonie Postma, ledenadministratie.",
]


def _people(lines: list[str]) -> dict[str | None, dict]:
    return {p["name"]: p for p in extract_participants([(1 + i, x) for i, x in enumerate(lines)])}


def test_a_status_label_inside_an_item_is_no_organisation():
    people = _people(_HARMELEN)
    assert people["Gerard Croiset"]["status"] == "absent"
    assert people["Gerard Croiset"]["organisation"] is None
    assert None not in people


def test_a_group_label_before_the_first_item_leaves_its_person():
    people = _people(_ATV)
    assert list(people) == ["Kees Rood", "Bob Kolenbrander", "Leonie Postma"]
    assert people["Kees Rood"]["status"] == "present"


def test_a_name_before_a_colon_is_kept():
    """A capitalised name before the colon is no label in lower case."""
    people = _people(["Aanwezig: Jan Bos, voorzitter; Piet Kok, secretaris"])
    assert list(people) == ["Jan Bos", "Piet Kok"]


#: vijfhoek-wijkraad-2017-03-13 (round AL, web205), line 3
_VIJFHOEK = [
    "Aanwezig: (aspirant) wijkraadsleden Bert Gijrath, Jan Teitsma, Dick Smit, Wout Vogelesang,"
    " Elena Nastase, Ferdinand Pronk, Els Clement (deels) en geïnteresseerde bewoners Hülya"
    " Durgun en Rutger Spiering.",
]


def test_a_group_in_lower_case_before_a_name_is_no_part_of_it():
    people = _people(_VIJFHOEK)
    assert {"Bert Gijrath", "Els Clement", "Hülya Durgun", "Rutger Spiering"} <= set(people)
    assert len(people) == 9


def test_a_plural_role_of_the_vocabulary_still_gives_its_role():
    people = _people(["Aanwezig: leden Jan Bos, Piet Kok"])
    assert people["Jan Bos"]["role"] == "lid"
