"""Builds of round AQ's count texts found in earlier rounds (docs/incident-silent-gates.md, section
"Round AQ released (incAQ)"): calls and questions counted by their noun are contacts beside the
items (gold rule 5), never the items' whole. Each test quotes the real lines it names."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import kind_facts


def test_calls_to_an_animal_ambulances_control_room_are_no_whole():
    # texts225/cityguidescheveningen-dierenambulance-ritten-2024 (AQ), lines 1-3 (shortened)
    text = (
        "Dierenambulance blikt terug op een druk 2024: ‘De meest schokkende meldingen "
        "blijven je altijd bij’\n\n"
        "De dierenambulance maakte vorig jaar 14.200 ritjes om dieren in nood te helpen. En er "
        "kwamen meer dan 47.000 telefoontjes binnen op de meldkamer. Dat is veel, maar wel iets "
        "minder dan het jaar ervoor."
    )
    facts = kind_facts(text)
    assert (_year(2024), "total", 47000.0) not in facts
    assert (_year(2024), "other", 47000.0) in facts


def test_calls_to_a_city_desk_are_no_whole():
    # texts166/roeselare-meldpunt-1788-2021 (AD), line 5
    text = (
        "1788 is het gratis meldpunt voor de Roeselarenaar. Die kan er terecht met allerlei "
        "vragen, meldingen en suggesties over Roeselare. Per dag behandelen ze 120 telefonische "
        "vragen. Dat maakt 30.100 telefoontjes in 2021."
    )
    facts = kind_facts(text)
    assert (_year(2021), "total", 30100.0) not in facts
    assert (_year(2021), "other", 30100.0) in facts


def test_questions_beside_a_leaks_texts_notifications_are_kept_as_contacts():
    # texts210/gba-datalekken-informatievragen-2019 (AN), lines 1-3 (shortened): a text with two
    # subjects (leaks, complaints); the questions name neither, and are kept by the pass
    # that reads contacts
    text = (
        " date 2020-02 De Gegevensbeschermingsautoriteit (GBA) heeft vorig jaar 861 meldingen "
        "binnengekregen van datalekken. Het gaat om bijna een verdubbeling ten opzichte van "
        "2018.\n\n"
        "In 2019 kreeg de GBA ook 5.173 informatievragen binnen.\n\n"
        "De GBA ontving vorig jaar voorts iets meer klachten of verzoeken tot bemiddeling (302 "
        "tegenover 295 in 2018)."
    )
    facts = kind_facts(text)
    assert (_year(2019), "other", 5173.0) in facts
    assert (_year(2019), "total", 5173.0) not in facts


def test_a_body_approached_so_often_is_still_its_whole():
    # texts198/kinderombudsman-jaarverslag-2018 (AK), the verb form (no contacts noun)
    text = (
        "De Kinderombudsman is in 2018 1.998 keer benaderd met vragen, hulpverzoeken, signalen "
        "en klachten."
    )
    assert (_year(2018), "total", 1998.0) in kind_facts(text)
