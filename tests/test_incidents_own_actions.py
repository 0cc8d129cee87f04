"""A body's own actions and the later stages of its items are no incident figures (gold rule
12; handled counts are a stage of the items received): fines after an initialism
(`GAS-boetes`), the official reports a police zone draws up (`pv's`), a kind of the items
counted when handled beside the items received. Lines quoted from the real texts the dev
gold was written on (source named above each test)."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import period_facts


def _facts(text: str) -> set[tuple]:
    """The figures of a web page of no set type."""
    return period_facts(text, "other")


def test_fines_named_after_an_initialism_are_no_reports():
    # texts173/hln-maasmechelen-sluikstort-meldingen-2017, lines 1 and 5: the municipality's
    # own sanctions (the gold writes the 466 reports only)
    text = (
        "466 meldingen voor sluikstorten in 2017 12 juni 2018\n\n"
        "Vorig jaar kreeg de gemeente Maasmechelen maar liefst 466 meldingen voor sluikstorten "
        "binnen. De gemeenschapswachten meldden wel meer gevallen, en ook dankzij sociale media "
        'is de drempel voor meldingen verlaagd." In 2017 werden in totaal 64 GAS-boetes '
        "uitgeschreven, en in 47 gevallen leidde dat tot een effectieve boete."
    )
    facts = _facts(text)
    assert (_year(2017), "total", 466.0, "count", None) in facts
    assert not {f for f in facts if f[2] == 64.0}


def test_a_compound_after_an_initialism_of_the_items_is_counted():
    # the items' own noun after an initialism stays theirs (`WOB-verzoeken`)
    text = (
        "Wob-verzoeken bij de provincie\n\n"
        "In 2020 ontving de provincie 36 WOB-verzoeken, in 2019 waren dat er 30."
    )
    assert (_year(2020), "total", 36.0, "count", None) in _facts(text)


def test_official_reports_a_police_zone_drew_up_are_its_own_actions():
    # texts191/pz-dilbeek-jaarverslag-2017-negatief, lines 1 and 11 (a negative: no rows)
    text = (
        "Gisteren, 26 juni 2018, nam de gemeenteraad kennis van het jaarverslag 2017 van de "
        "politiezone Dilbeek.\n\n"
        "Het aantal verkeersongevallen kent ook een daling voor het vierde jaar op rij. Wij "
        "zetten heel wat capaciteit in op verkeerscontroles: we stelden 1.042 pv's op voor het "
        "niet-dragen van de gordel of het kinderzitje en 795 pv's voor het gebruik van de gsm "
        "aan het stuur. We controleerden 93.665 voertuigen op hun snelheid, daarvan reed 7,73% "
        "te snel. We stelden daarnaast nog 119 pv's op voor drugs in het verkeer."
    )
    assert not {f for f in _facts(text) if f[2] in (1042.0, 795.0, 119.0)}


def test_a_kind_counted_when_handled_is_a_stage_of_the_items_received():
    # texts196/inspectieszw-ongevalsmeldingen-2016-2020, line 17: the accident
    # investigations closed are the inspectorate's work on the reports it received
    text = (
        "Arbeidsongevallen\n\n"
        "Werkgevers zijn verplicht arbeidsongevallen te melden wanneer sprake is van een "
        "ziekenhuisopname, blijvend letsel of een dodelijke afloop. In 2020 ontvangt de "
        "Inspectie SZW 3655 ongevalsmeldingen, dat is 18% minder dan het jaar daarvoor. "
        "Het aantal afgesloten ongevalsonderzoeken steeg in 2020 met 8% naar 2.244."
    )
    facts = _facts(text)
    assert (_year(2020), "total", 3655.0, "count", None) in facts
    assert not {f for f in facts if f[2] == 2244.0}
