"""A sentence of running minutes saying one person is away or present, its subject printed
past an adverb, after an office or with it in apposition, its verb at a subordinate
clause's end before the reason. The lines are quoted from the dev texts named."""

from __future__ import annotations

import pytest

from pipeline.meetings import extract_participants


def _people(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (  # krimpen-raad-2014-05-22 (texts236): an adverb and the office before the surname
            "Besluit De voorzitter meldt dat de heer Butter (PvdA) en mevrouw Jaarsma (SvK) "
            "afwezig zijn. Ook wethouder Boudesteijn is verhinderd. Zij wijst de raadsleden op "
            "de uitnodiging van de auditcommissie.",
            ("Boudesteijn", "wethouder", "absent"),
        ),
        (  # driehuizen-alv-2023-03-06 (texts237)
            "Ook wethouder John Hagens is aanwezig. De heer John Hagens, wethouder van Gemeente",
            ("John Hagens", "wethouder", "present"),
        ),
        (  # voetvanoudheusden-alv-2018-03-27 (texts242): the office in apposition
            "Onze penningmeester, dhr. Peter Otten, is afwezig. Zijn rol wordt waargenomen door "
            "de voorzitter.",
            ("Peter Otten", "penningmeester", "absent"),
        ),
        (  # leidschendam-voorburg-cie-samenleving-2019-10-28 (texts193): the reason after
            "De voorzitter heet iedereen welkom. Hij merkt op dat de heer Van Dolen (D66) "
            "afwezig is met bericht van verhindering en dat vanavond spreektijden worden "
            "gehanteerd.",
            ("Van Dolen", None, "absent"),
        ),
        (  # ocmw-raad-zitting-2008-07-15 (texts218), the sentence on its own
            "Raadslid Vansintejan is verontschuldigd.",
            ("Vansintejan", "raadslid", "absent"),
        ),
    ],
)
def test_one_person_said_away_or_present_is_read(line: str, person: tuple) -> None:
    assert person in _people(line)


def test_the_adverb_is_no_part_of_the_name():
    assert _people("Ook Boudesteijn is verhinderd.") == [("Boudesteijn", None, "absent")]


@pytest.mark.parametrize(
    "line",
    [
        "Ook de voorzitter is afwezig.",  # an office without a name: nobody named
        "Jan Bos is verontschuldigd voor zijn late komst.",  # excused for, not absent
        "Onze vereniging, de Harmonie, is afwezig.",  # no office before the comma
        "Ook nieuwe Leden zijn aanwezig.",  # a word in lower case that is no office
    ],
)
def test_no_person_where_the_subject_names_none(line: str) -> None:
    assert _people(line) == []
