"""A count of items passed between two years (`17 bezwaarschriften uit 2015` handled this
year, `4 klachten hebben een doorlooptijd in 2011`): a stock carried over, neither year's
intake, so no row (`carry_over_words`, `rules._carried_over`). Lines quoted from the real
texts the dev gold was written on (source named above each test); the gold of none of the
three holds the carried count (branch incFP2: rounds AI, AJ, AK)."""

from __future__ import annotations

from pipeline.incidents import extract_incident_counts
from pipeline.incidents.rules import _carried_over
from pipeline.incidents.vocab import _SUBJECT
from tests.test_incidents import _document


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_incident_counts(_document(text))}


def test_items_of_an_earlier_year_handled_this_year_are_no_row():
    # texts198/lingewaard-bezwaren-klachten-jaarverslag-2016 (round AK), line 4
    text = (
        "Bezwaarschriften\n"
        "In 2016 zijn 109 bezwaarschriften ingediend, waarvan ruim de helft (59 betrekking had "
        "op het sociaal domein. In totaal zijn 117 bezwaarschriften behandeld, inclusief 17 "
        "bezwaarschriften uit 2015.\n"
    )
    values = _values(text)
    assert 109.0 in values
    assert 17.0 not in values


def test_a_count_handled_from_the_year_before_is_no_row_of_that_year():
    # texts196/huurcommissie-verzoeken-2019 (round AJ), lines 8 and 10
    text = (
        "In 2019 ontving de Huurcommissie 9.991 verzoeken van huurders en verhuurders.\n\n"
        "Het aantal afgehandelde zaken steeg met bijna 1.800 naar een totaal van 8.640, een "
        "stijging van de productie met 25 procent. Daarnaast zijn 1.152 verzoeken over de "
        "jaarlijkse huurverhoging uit 2018 afgehandeld.\n"
    )
    values = _values(text)
    assert 9991.0 in values
    assert 1152.0 not in values


def test_items_still_running_into_the_next_year_are_no_row():
    # texts190/pijnacker-nootdorp-klachten-burgerjaarverslag-2010 (round AI), lines 27-30
    text = (
        "Klachten 2010\n\nEnkele feiten:\n\n"
        "  \u2022 Van de 49 klachten zijn er 45 in 2010 afgehandeld.\n"
        "  \u2022 4 klachten hebben een doorlooptijd in 2011.\n"
    )
    assert 4.0 not in _values(text)


def test_a_years_count_compared_with_uit_is_that_years():
    # `uit` dates the items by their own year where nothing was handled: a comparison
    line = "Dat is een stijging ten opzichte van de 358 klachten uit 2018."
    token = _SUBJECT.set(("klacht", False, False, (), ()))
    try:
        assert not _carried_over(line, line.index("358") + 3)
        handled = "Daarnaast zijn 358 klachten uit 2018 afgehandeld."
        assert _carried_over(handled, handled.index("358") + 3)
    finally:
        _SUBJECT.reset(token)
