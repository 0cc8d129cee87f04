"""A part of a count told by its construction (gold rule 7, rows do not nest): a count
followed by the printed whole it is part of (`150 van de 251 meldingen`), or counted in a
sentence whose subject is a part of one kind or that kind split (`Een deel van de
stankklachten ...`, `De brandmeldingen betroffen ...`). Lines quoted from the real texts
the dev gold was written on (source named above each test)."""

from __future__ import annotations

import pytest

from pipeline.incidents.kinds import _part_of_a_whole_after
from pipeline.incidents.records import _Value
from pipeline.incidents.vocab import _SUBJECT
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import period_facts


def test_a_count_of_a_printed_whole_is_a_part_of_it():
    # texts183/mind-internetdiscriminatie-2013-2014, lines 7 and 9: the reports judged
    # punishable are a part of the reports received (the gold writes 251 and 305 only)
    text = (
        "Het door het kabinet ingestelde Meldpunt internet Discriminatie (MiND) heeft in 2014 "
        "305 meldingen ontvangen over discriminatie op het internet.\n\n"
        "Het aantal strafbare meldingen nam af: in 2013 waren 150 van de 251 meldingen "
        "strafbaar, in 2014 gold dat voor 100 van de 305 meldingen."
    )
    facts = period_facts(text, "other")
    assert (_year(2013), "total", 251.0, "count", None) in facts
    assert not {f for f in facts if f[2] in (150.0, 100.0)}


def test_a_bracketed_part_of_a_printed_whole_is_no_row():
    # texts191/midow-zvp-inbraken-2012, line 7: the burglaries solved, the police's result
    text = (
        "138 inbraken in 2012. Bij het totaal aantal inbraken bleef het in 32 van de 138 "
        "inbraken ofte 23,2% bij een poging (norm 33%) 3,7% (5 van de 134) van de inbraken "
        "zijn opgehelderd."
    )
    facts = period_facts(text, "other")
    assert (_year(2012), "total", 138.0, "count", None) in facts
    assert not {f for f in facts if f[2] == 5.0}


@pytest.mark.parametrize(
    ("line", "number", "part"),
    [
        # texts183/mind-internetdiscriminatie-2013-2014, line 9
        ("in 2013 waren 150 van de 251 meldingen strafbaar", "150", True),
        # texts166/avans-vertrouwenspersonen-2016, line 5: what the part is about, a kind
        ("25 van de 65 meldingen gingen over een onveilige werkverhouding.", "25", False),
        # a share of the whole is no count of it
        ("15 van de 100 procent", "15", False),
    ],
)
def test_a_part_of_a_printed_whole_is_a_kind_only_when_its_matter_is_told(
    line: str, number: str, part: bool
):
    start = line.index(number)
    val = _Value(start, start + len(number), float(number), False)
    token = _SUBJECT.set(("voorval", True, False, (), ()))
    try:
        assert _part_of_a_whole_after(val, line) is part
    finally:
        _SUBJECT.reset(token)


def test_a_part_of_a_kind_is_no_row():
    # texts186/dcmr-milieumeldingen-stankklachten-2015, lines 10 and 19: the odour
    # complaints about the catering trade are a part of the odour complaints
    text = (
        "Er waren vorig jaar 4238 stankklachten over bedrijven, in 2014 nog 5451, zo blijkt "
        "uit het Milieumeldingenverslag 2015.\n\n"
        "Een deel van de stankklachten hebben als bron de horeca (970 klachten, in 2014 nog "
        "1120). In 2016 zet de DCMR opnieuw geurinspecties in voor deze branche."
    )
    facts = period_facts(text, "other")
    assert (_year(2014), "other", 5451.0, "count", None) in facts
    assert not {f for f in facts if f[2] in (970.0, 1120.0)}


def test_a_kind_split_by_channel_is_no_row():
    # texts181/rd-brandweer-meldkamers-cbs-2017, lines 13 and 15: the fire reports split by
    # how they came in are parts of a kind (the gold writes 115.000 and 219.000)
    text = (
        "Met branden heeft de brandweer het minder druk. Brandweermeldkamers kregen in 2017 "
        "ruim 115.000 meldingen van brand, een daling van ongeveer 9.000 (7 procent) ten "
        "opzichte van 2016. De brandmeldingen betroffen bijna 71.000 meldingen vanuit "
        "automatische brandmeldinstallaties en ongeveer 44.000 telefonische meldingen.\n\n"
        "In totaal kwamen bij de meldkamers van de brandweer in 2017 bijna 219.000 meldingen "
        "binnen van incidenten, 3.000 minder dan een jaar eerder."
    )
    facts = period_facts(text, "other")
    assert (_year(2017), "total", 219000.0, "count", None) in facts
    assert not {f for f in facts if f[2] in (71000.0, 44000.0)}
