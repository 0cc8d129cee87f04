"""`vorig jaar` in an undated text, dated by the year the next sentence compares its figure
with (`kreeg vorig jaar ruim 1300 klachten. Dat is ruim een verdubbeling ten opzichte van
2019.`): the year after it. Lines quoted from the real texts the dev gold was written on
(source named above each test). Measured on its own branch commit (incAN): two development
files in two rounds, below the bar of three."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts as _facts


def test_last_year_is_the_year_after_the_one_the_next_sentence_compares_with():
    # texts177/vliegbasis-leeuwarden-klachten-2020 (round AF)
    text = (
        "Aantal klachten vanwege overlast door vliegbasis Leeuwarden is in 2020 ruim "
        "verdubbeld\n\n"
        "De vliegbasis Leeuwarden kreeg vorig jaar ruim 1300 klachten te verwerken. Dat is ruim "
        "een verdubbeling ten opzichte van 2019.\n"
    )
    assert ("klacht", _year(2020), "total", 1300.0, "count", None) in _facts(text)


def test_a_growth_against_a_year_dates_last_years_figure():
    # texts199/denhelder-boa-meldingen-incidenten-2023 (round AK)
    text = (
        "Meer meldingen en incidenten voor boa’s in 2023\n\n"
        "Onze buitengewoon opsporingsambtenaren (boa’s) hebben vorig jaar op 4689 meldingen en "
        "incidenten gereageerd. Dit is een groei van 24% ten opzichte van 2022. Het totaal was "
        "toen 3554.\n"
    )
    assert ("voorval", _year(2023), "total", 4689.0, "count", None) in _facts(text)


def test_a_text_of_no_sentence_names_no_year_after_a_compared_one():
    # each sentence is paired with the next; a text of none has no pair (a crash before:
    # the pairing asked for as many followers as sentences and got one)
    from pipeline.incidents.context import _year_after_compared

    assert _year_after_compared([]) is None
