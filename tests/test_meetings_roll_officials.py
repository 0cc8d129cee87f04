"""The officials that close a Flemish council's roll, each by name and function (partBC):
an assistant's office joined by a hyphen, a surname typed in lower case after its capital
particles, two officials on one line joined by `en` after a rank."""

from __future__ import annotations

from pipeline.meetings import extract_participants
from pipeline.meetings.people import _name_shaped


def _people(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


def test_an_assistant_office_joined_by_a_hyphen_is_a_role():
    # wevelgem-gemeenteraad-retributiereglement-2020-12-11 (web192, round AI), lines 9-12
    people = _people(
        "Aanwezig: Jo Libeer, voorzitter\n"
        "Luc Defraye, Jan Seynhaeve, Hendrik Vanhaverbeke, gemeenteraadsleden\n"
        "Stefaan Oosthuyse, adjunct-algemeendirecteur\n"
        "Kurt Parmentier, algemeen directeur\n"
    )
    assert ("Stefaan Oosthuyse", "adjunct-algemeendirecteur", "present") in people
    assert ("Kurt Parmentier", "algemeen directeur", "present") in people


def test_a_surname_in_lower_case_after_capital_particles_under_a_label_alone():
    # hoboken-districtscollege-notulen-2022-11-08 and wilrijk-districtsraad-notulen-2024-03-07
    # (web251, round AV), lines 14-18
    people = _people(
        "Afwezig\n\nIne Van de kerkhove, waarnemend districtssecretaris\n\nSecretaris\n\n"
        "Ineke Pycke, Districtssecretaris\n"
    )
    assert ("Ine Van de kerkhove", "waarnemend districtssecretaris", "absent") in people


def test_lower_case_after_particles_in_lower_case_is_no_name():
    assert _name_shaped("Ine Van de kerkhove")
    assert not _name_shaped("Afgevaardigde van de werkgroep")
    assert not _name_shaped("Van de kerkhove")  # no given name before the particles


def test_two_officials_on_one_line_joined_by_en_after_a_rank():
    # pz-landen-linter-zoutleeuw-politieraad-2014-06-25 (web286, round BC), lines 6-12
    people = _people(
        "Tegenwoordig : HH. Marc Wynants, burgemeester-voorzitter;\n"
        "Gino Debroux, Jos Ceyssens, burgemeesters;\n"
        "Viki Tweepenninckx, Serge Schreurs, Helga Delvaux, raadsleden;\n"
        "hoofdcommissaris Chris Simons, korpschef,\n"
        "en Ann Hobin, secretaris.\n"
        "verontschuldigd: de raadsleden Josseline Pansaerts, Iris Vander Schelde\n"
        "OPENBARE ZITTING\n"
    )
    assert ("Chris Simons", "korpschef", "present") in people
    assert ("Ann Hobin", "secretaris", "present") in people
    assert ("Helga Delvaux", "raadslid", "present") in people


def test_the_officials_after_the_members_group_when_a_pdf_joins_the_lines():
    # pz-landen-linter-zoutleeuw-politieraad-2014-06-25 (web286) as its PDF wraps it: the
    # members' line runs full and the officials' line joins it after the semicolon
    people = _people(
        "Tegenwoordig : HH. Marc Wynants, burgemeester-voorzitter;\n"
        "Gino Debroux, Jos Ceyssens, burgemeesters;\n"
        "Viki Tweepenninckx, Serge Schreurs, Helga Delvaux, Huguette Vandendael, Kris Colsoul,"
        "\nGaston Pulinckx,\n"
        "Leon Ignoul, Yves Tilkens, Josseline Pansaerts, Patrick Poffé, Annita Reniers, Iris "
        "Vander Schelde, Mark Keppens, Wilfried Roosen, Frank Stevens, Wendy Heeren, Jonas "
        "Michiels, raadsleden; hoofdcommissaris Chris Simons, korpschef,\n"
        "en Ann Hobin, secretaris.\n"
        "verontschuldigd: de raadsleden Josseline Pansaerts, Iris Vander Schelde\n"
    )
    names = [p[0] for p in people if p[2] == "present"]
    assert len(names) == 22
    assert ("Chris Simons", "korpschef", "present") in people
