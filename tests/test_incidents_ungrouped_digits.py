"""Counts of five or more digits printed without a thousands separator (`23817 keer
opgeroepen`) and a space-grouped count alone in a bracket (`en 2020 (390 623)`): read as the
same count with its separator would be, and plain digits only where the sentence says they
count its items, as four digits are (a case, telephone or registration number is none).
Lines quoted from the real texts the dev gold was written on (source named above each test)."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts


def _facts(text: str) -> set[tuple]:
    """The figures with their subject, in a news item or web page (`other`)."""
    return subject_facts(text, "other")


# texts230/hvz-zuid-oost-interventies-2020 (round AR)
HVZ = (
    "Hulpverleningszone Zuid-Oost in 2020\n\n"
    "In 2020 werden de brandweerdiensten van Hulpverleningszone Zuid-Oost 23817 keer "
    "opgeroepen voor noodsituaties. \n\n"
    "Van deze interventies waren er 13272 ziekenwageninterventies en 1048 brand-interventies.\n"
)


def test_five_digits_without_a_separator_count_the_call_outs():
    assert ("voorval", _year(2020), "total", 23817.0, "count", None) in _facts(HVZ)


# texts207/netwerkbrandweer-vlaanderen-oproepen-2021 (round AM)
NETWERK = (
    "Oproepen brandweer 2021\n\n"
    "In vergelijking met 2019 (370 931 oproepen) en 2020 (390 623) is er voor 2021 een daling "
    "van respectievelijk  7,95% en 12,59% van het totale aantal oproepen.\n"
)


def test_a_space_grouped_count_alone_in_its_bracket_is_one_number():
    facts = _facts(NETWERK)
    assert ("voorval", _year(2020), "total", 390623.0, "count", None) in facts
    assert not {f for f in facts if f[3] in (390.0, 623.0)}


def test_plain_digits_that_count_nothing_are_no_count():
    # a case number, a registration number and bare digits beside a count stay codes
    text = (
        "Meldingen 2020\n\nIn 2020 kwamen er 412 meldingen binnen onder zaaknummer 123456, "
        "kvk 12345678, over 12345 en 23456.\n"
    )
    assert {f[3] for f in _facts(text)} == {412.0}
