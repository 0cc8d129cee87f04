"""A number of a body's own acts or staff counts no items (incPrec, 2026-12-06): warnings it
handed out (`2572 geregistreerde waarschuwingen`, AK), investigations it made (`138
onderzoeken naar aanleiding van klachten`, AO), the volunteers who man it (`300
vrijwilligers`, AT). The items counted beside them stay. Each test quotes the real lines."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import figure_values, kind_facts

# texts199/denhelder-boa-meldingen-incidenten-2023 (AK), lines 1, 3 and 13
_DENHELDER = (
    "Meer meldingen en incidenten voor boa\u2019s in 2023\n\n"
    "Onze buitengewoon opsporingsambtenaren (boa\u2019s) hebben vorig jaar op 4689 meldingen en "
    "incidenten gereageerd. Dit is een groei van 24% ten opzichte van 2022. Het totaal was toen "
    "3554. \n\n"
    "Alles opgeteld zijn er 2572 geregistreerde waarschuwingen uitgedeeld en in 611 gevallen is "
    "er een proces-verbaal uitgeschreven (bekeuringen). Er zijn 5 jongeren doorverwezen naar "
    "bureau HALT."
)


def test_warnings_handed_out_are_no_count_of_the_items():
    facts = kind_facts(_DENHELDER)
    assert (_year(2023), "total", 4689.0) in facts
    assert 2572.0 not in figure_values(_DENHELDER)


# texts214/ap-privacyklachten-2018-2019 (AO), lines 1, 5 and 9 (cut)
_AP = (
    " date 2020-02 De Autoriteit Persoonsgegevens heeft vorig jaar fors meer privacyklachten "
    "ontvangen dan in 2018.\n\n"
    "Sinds de inwerkingtreding van de Algemene verordening gegevensbescherming (AVG) kan iedereen "
    "bij de Autoriteit Persoonsgegevens een privacyklacht indienen. In 2018 kwamen er 10.000 "
    "klachten bij de toezichthouder binnen. Vorig jaar waren dat er bijna 28.000.\n\n"
    "Vorig jaar verrichtte de Autoriteit Persoonsgegevens 138 onderzoeken naar aanleiding van "
    "klachten. Bij 25 daarvan is een overtreding geconstateerd."
)


def test_investigations_made_on_complaints_are_no_count_of_them():
    assert 138.0 not in figure_values(_AP)


# texts240/flakkeenieuws-knrm-hulpvragen-2023 (AT), lines 1 and 5
_KNRM = (
    " date 2024-01 Minder hulpvragen in 2023 voor KNRM\n\n"
    "De KNRM komt onder alle weersomstandigheden in actie bij noodoproepen en assistentieverzoeken "
    "op het water. Daarvoor liggen 75 reddingboten langs de kust paraat, die bemand worden door "
    "ongeveer 1.200 vrijwilligers. Aan de wal zorgen nog eens 300 vrijwilligers voor "
    "ondersteuning."
)


def test_volunteers_are_people_no_count_of_the_items():
    assert 300.0 not in figure_values(_KNRM)


def test_items_named_after_a_number_still_count():
    """The negative: the guard reads only the noun right after the number (`4689 meldingen`
    counts, `2572 geregistreerde waarschuwingen` does not), not an action named elsewhere in
    the sentence (`naar aanleiding van`)."""
    text = (
        "Meer meldingen in 2023\n\nDe boa's hebben in 2023 op 812 meldingen gereageerd, "
        "waarna onderzoeken volgden."
    )
    assert (_year(2023), "total", 812.0) in kind_facts(text)
