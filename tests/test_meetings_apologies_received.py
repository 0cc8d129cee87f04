"""Minutes that tell the apologies received (`afmeldingen ontvangen` / `binnengekomen`):
the people after that lead are absent, whether it opens a sentence, stands inside one or
ends a line over a list of one entry a line. The lines are quoted from the dev texts named."""

from __future__ import annotations

import pytest

from pipeline.meetings import extract_participants


def _people(text: str) -> list[tuple]:
    lines = [(k, line) for k, line in enumerate(text.splitlines(), start=1)]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


def test_a_list_of_one_entry_a_line_under_the_lead_is_absent():
    # driehuizen-alv-2023-03-06 (texts237): the lead closed by a semicolon, couples per line
    text = (
        "  De volgende afmeldingen zijn binnengekomen;\n"
        "  Sjaak en Tini Koning\n"
        "  Nelleke Ootes en Otto de Wild\n"
        "  Dirk Schram\n"
        "  Jaap Jan en Aagje\n"
        "  Mededelingen\n"
        "  Marianne deelt mede dat er een stroomkast in het plantsoen bij Vrouwe Salto "
        "geplaatst is.\n"
    )
    assert _people(text) == [
        ("Sjaak Koning", None, "absent"),
        ("Tini Koning", None, "absent"),
        ("Nelleke Ootes", None, "absent"),
        ("Otto de Wild", None, "absent"),
        ("Dirk Schram", None, "absent"),
        ("Jaap Jan", None, "absent"),
        ("Aagje", None, "absent"),
    ]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (  # voetvanoudheusden-alv-2018-03-27 (texts242): who received them is the subject
            "Zijn rol wordt waargenomen door de voorzitter. De secretaris heeft afmeldingen "
            "ontvangen van de heren Hein Hoekstra en Ebbo de Jong.",
            [("Hein Hoekstra", None, "absent"), ("Ebbo de Jong", None, "absent")],
        ),
        (  # natuurverenigingzuidwolde-jaarvergadering-2019-03-28 (texts252): after an item
            "1. Opening: de volgende afmeldingen zijn ontvangen: Wil Folkers, Grietje Loof, "
            "Jaap Vliegenthart, Elza Kramer en Alma Mulders. 40 leden van de Natuurvereniging "
            "waren aanwezig bij deze jaarvergadering.",
            [
                ("Wil Folkers", None, "absent"),
                ("Grietje Loof", None, "absent"),
                ("Jaap Vliegenthart", None, "absent"),
                ("Elza Kramer", None, "absent"),
                ("Alma Mulders", None, "absent"),
            ],
        ),
        (  # ossenzijl-pbo-ledenvergadering-2012-11-12 (texts242): `binnen gekomen` apart,
            # the parties' acronyms no people
            "Er zijn afmeldingen binnen gekomen van CPB, BPL,CDA en wethouder Boxum.",
            [("Boxum", "wethouder", "absent")],
        ),
    ],
)
def test_the_people_after_apologies_received_are_absent(line: str, people: list) -> None:
    assert _people(line) == people


@pytest.mark.parametrize(
    "line",
    [
        "Er zijn afmeldingen binnen gekomen van CPB en CDA.",  # bodies only: nobody
        "De secretaris heeft afmeldingen ontvangen van de leden.",  # a group, no names
        "De volgende afmeldingen zijn ontvangen: geen.",
    ],
)
def test_apologies_received_from_no_named_person_give_nobody(line: str) -> None:
    assert _people(line) == []
