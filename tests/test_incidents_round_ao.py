"""A build of round AO's count texts found in three earlier rounds (docs/incident-silent-gates.md,
section "Round AO released (incAO)", K): a kind's share in brackets after the items' noun, before
what they were about. Each test quotes the real lines it names."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts


def _facts(text: str, doc_type: str = "other") -> set[tuple]:
    """The figures with their subject, in a document of no set type unless the test says."""
    return subject_facts(text, doc_type)


def test_a_kinds_share_in_brackets_before_what_the_items_were_about():
    # texts206/sint-truiden-klachtenrapport-2024 (line 9 of its gold's lines)
    text = (
        "Klachtenrapport 2024\n\n"
        "In 2024 werden in totaal 44 klachten geregistreerd. "
        "De meeste klachten (45%) gingen over procedures, gevolgd door overlast (18%) en "
        "gedrag van personeel (14%)."
    )
    facts = _facts(text, doc_type="report")
    assert ("klacht", _year(2024), "other", 45.0, "percent", None) in facts
    assert ("klacht", _year(2024), "other", 18.0, "percent", None) in facts


def test_the_largest_part_with_its_share_in_brackets_after_a_relative_clause():
    # texts196/huurcommissie-verzoeken-2020 (AJ), lines 1-15 (the chairwoman's line left out; the
    # third count of `verzoeken` makes them the text's items)
    text = (
        "Ruim 12.000 verzoeken aan de Huurcommissie\n\n"
        "Ruim 12.000 huurders en verhuurders hebben in 2020 de weg naar de Huurcommissie "
        "gevonden om een uitspraak te vragen over hun geschil. Dit staat in het jaarverslag "
        "2020 van de Huurcommissie.\n\n"
        "Verzoeken\n\n"
        "De meeste verzoeken die de Huurcommissie ontving (27%) waren bezwaren tegen de "
        "jaarlijkse huurverhoging (3.283). In 2019 was dit 12% van het aantal ontvangen "
        "verzoeken.\n\n"
        "Daarnaast ging 25 procent van de verzoeken over huurverlaging door gebreken (3.000) "
        "en 22 procent van de verzoeken over de afrekening van de servicekosten (2.637).\n\n"
        "Doorlooptijd\n\n"
        "Ondanks de grote uitdagingen die de Huurcommissie afgelopen jaar heeft ervaren door "
        "de coronacrisis, zijn toch bijna 8.600 verzoeken afgehandeld."
    )
    assert ("voorval", _year(2020), "other", 27.0, "percent", None) in _facts(text)


def test_the_largest_part_with_a_rough_share_then_the_relative_clauses_verb():
    # texts199/denhelder-boa-meldingen-incidenten-2023 (AK), lines 1-7
    text = (
        "Meer meldingen en incidenten voor boa’s in 2023\n\n"
        "Onze buitengewoon opsporingsambtenaren (boa’s) hebben vorig jaar op 4689 meldingen "
        "en incidenten gereageerd. Dit is een groei van 24% ten opzichte van 2022. Het "
        "totaal was toen 3554.\n\n"
        "Meldingen\n\n"
        "De meeste meldingen die wij als gemeente (ongeveer 75%) krijgen gaan over afval en "
        "rommel en verkeer en parkeren."
    )
    assert ("voorval", _year(2023), "other", 75.0, "percent", None) in _facts(text)
