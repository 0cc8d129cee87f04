"""A count right after `met`: the items' level where its clause tells of no change before it
(`numbers._level_after_met`), the change's size where it does, and no figure where the
clause names a place or a month before it (a part of the items by area or period)."""

from __future__ import annotations

import re

from pipeline.incidents import extract_incident_counts
from pipeline.incidents.numbers import _level_after_met
from tests.incident_facts import calendar_year, text_facts
from tests.incident_facts import document as _report

# texts169/rivierenland-hvz-interventies-2017 (lines 1-8, web169)
RIVIERENLAND = (
    "Nieuws\nOnze interventies in 2017\n\n"
    "2017 zit er weer al even op. We kijken dan ook graag terug op het voorbije jaar, meer "
    "bepaald op de interventies. De laatste jaren evolueert het aantal interventies sterk, er "
    "is niet alleen een verschuiving in de aard, maar ook in het aantal interventies.\n\n"
    "Zo daalde in 2017 het aantal interventies. Onze zone voerde 15 257 interventies uit "
    "tegenover 18 860 in 2016.\n\n"
    "Wat opvalt, is de stijging in het aantal ziekenwageninterventies. Met 6410 interventies "
    "maken deze in 2017 41.8% uit van het totale aantal interventies, terwijl dit in 2016 "
    "32.36% bedroeg."
)

# texts186/pz-waasland-noord-jaarcijfers-2022 (lines 1-3, 17-20, web186)
WAASLAND = (
    "Onze jaarcijfers zijn er\n\nDe jaarcijfers van 2022 zijn er.\n\n"
    "Inbraken in gebouwen\n\n"
    "In 2022 was er met 213 feiten (inbraken in gebouwen - pogingen inclusief) een lichte "
    "stijging met 17% ten opzichte van 2021."
)

# texts207/netwerkbrandweer-vlaanderen-oproepen-2021 (lines 5, 9, 19-21, web207): the
# provinces' counts are parts of a kind, which the gold leaves out (rule 7)
NETWERK = (
    "Brandweer in Vlaanderen ontvangt 935 oproepen per dag in 2021\n\n"
    "In 2021 beantwoordde de brandweer 341 444 noodoproepen in Vlaanderen.\n\n"
    "Brand\n\n"
    "Ook in 2021 blijft het aantal oproepen voor brand op gelijke hoogte met de voorgaande "
    "jaren. Met 21 584 brandmeldingen, plaatst 2021 zich tussen 2019 (19 878) en 2020 (22 209). "
    "De provincie Antwerpen (5962) blijft samen met de provincie Oost-Vlaanderen (4865) de "
    "meest actieve in deze categorie. De provincie Vlaams-Brabant volgt met 4585 oproepen voor "
    "brand."
)


def _values(text: str) -> set[float]:
    return {row["value"] for row in extract_incident_counts(_report(text))}


def _level(sentence: str, number: str) -> bool:
    m = re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", sentence)
    assert m is not None
    return _level_after_met(sentence, m)


def test_a_count_after_met_with_no_change_before_it_is_the_level():
    facts = text_facts(RIVIERENLAND)
    assert any(f[:2] == calendar_year(2017) and f[3:5] == (6410.0, "count") for f in facts)
    # texts269/fod-economie-meldpunt-meldingen-2022 (line 7, web269)
    assert _level(
        "Verkoopfraude (zoals valse webshops en verkoop via zoekertjeswebsites), waarbij "
        "oplichters een betaling krijgen voor een product zonder het product te leveren, sloot "
        "de top 3 af met 7.886 meldingen of 15 % van het aantal meldingen in 2022.",
        "7.886",
    )


def test_a_change_noun_after_the_count_leaves_it_the_level():
    assert _level(WAASLAND.rsplit("\n", 1)[-1], "213")


def test_a_change_before_met_or_a_change_verb_closing_the_clause_makes_it_a_size():
    assert not _level("Het aantal klachten is in 2021 gestegen met 30 klachten.", "30")
    # texts167/zoetermeer-pvv-vragen-misdrijven-2019 (line 13, web167)
    assert not _level(
        "Ook het totaal aantal misdrijven is met 3.890 misdrijven in de eerste acht maanden "
        "van dit jaar fors toegenomen ten opzichte van dezelfde periode in 2018, namelijk met "
        "8%.",
        "3.890",
    )


def test_a_place_or_a_month_named_before_met_counts_a_part():
    assert 4585.0 not in _values(NETWERK)
    # texts275/kw-mrcc-oostende-incidenten-zee-2022 (line 5, web275)
    assert not _level(
        "De maand juli brak met 21 gevallen van de afsprakenregeling alle records.", "21"
    )
