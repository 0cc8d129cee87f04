"""A report's sitting told with its chair, the meeting as the subject (the gold's rule 17a):
`De vergadering werd ... geopend door voorzitter X`, `... wordt door voorzitter X geopend`,
`De gemeenteraadszitting ging door onder voorzitterschap van burgemeester X`. Real lines of
tests/gold/web262 (vog-ondernemers-alv-2017-07-06), web193 (vlieland-raadscommissie-2023-10-23)
and web201 (souvenhiers-gemeenteraad-zitting)."""

from __future__ import annotations

import pytest

from pipeline.documents import documents_from_text
from pipeline.meetings import extract_meetings, extract_participants

VOG = (
    "Inloop was vanaf 20.00 uur, waar iedereen werd ontvangen met koffie of thee. De "
    "vergadering werd rond 20.45 geopend door voorzitter Louis de Wit. Hij gaf een uitgebreid "
    "verslag van de activiteiten en wapenfeiten van 2016"
)
VLIELAND = (
    "Deze eerste commissievergadering wordt door voorzitter Lanting geopend met een "
    "filosofisch citaat met de strekking dat deze bijeenkomsten tot doel hebben om kennis te "
    "vergroten en uit te wisselen."
)
SOUVENHIERS = "\n".join(
    [
        "De gemeenteraadszitting ging door onder voorzitterschap van burgemeester Patrick Lansens",
        "Agendapunten waren o.a.:",
        "De gemeenteraad keurde een reeks toelagen goed. Op vraag van raadslid Noël "
        "Vandecasteele verklaart burgemeester Patrick Lansens dat de toelage aan de sportraad "
        "een bedrag van 50.000 frank inhoudt",
        "De nieuwe brandweerwagen wordt heel binnenkort geleverd",
    ]
)
#: texts180/klachtenadviescommissie-zwolle-2013: a chairmanship, but of the complaints' handling
KLACHTEN = "De klachten zijn in 2013 onder voorzitterschap van de heer J. ter Schegget afgehandeld."


def _people(line: str) -> list[tuple]:
    return [(p["name"], p["role"], p["status"]) for p in extract_participants([(1, line)])]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (VOG, ("Louis de Wit", "voorzitter", "present")),
        (VLIELAND, ("Lanting", "voorzitter", "present")),
        (SOUVENHIERS.splitlines()[0], ("Patrick Lansens", "burgemeester", "present")),
    ],
)
def test_the_chair_named_after_the_sitting_is_present(line, expected):
    assert _people(line) == [expected]


def test_a_chairmanship_of_something_else_names_no_one():
    assert _people(KLACHTEN) == []


def test_a_report_opening_on_its_chaired_sitting_is_that_meeting():
    pages, documents = documents_from_text(SOUVENHIERS, "x")
    meetings, people = extract_meetings({**documents[0], "pages": [pages[0]]})
    assert [(m["meeting_date"], m["body"]) for m in meetings] == [(None, "gemeenteraad")]
    assert [(p["name"], p["role"]) for p in people] == [("Patrick Lansens", "burgemeester")]


def test_a_report_of_a_chairmanship_elsewhere_is_no_meeting():
    pages, documents = documents_from_text(KLACHTEN, "x")
    assert extract_meetings({**documents[0], "pages": [pages[0]]}) == ([], [])
