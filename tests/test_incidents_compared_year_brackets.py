"""A compared year's level in brackets after the count it is compared with (`vergelijkbaar
met het aantal in 2023 (45)`): that year's count of the same items, read as the count before
it. Lines quoted from the real texts the dev gold was written on (source named above each
test). Measured on its own branch commit (incAN): two development files in two rounds,
below the bar of three."""

from __future__ import annotations

from pipeline.incidents import extract_incident_counts
from tests.test_incidents import _document, _year


def _facts(text: str) -> set[tuple]:
    return {
        (r["subject"], (r["period_start"], r["period_end"]), r["category"], r["value"],
         r["unit"], r["scope"])
        for r in extract_incident_counts(_document(text))
    }  # fmt: skip


def test_the_level_of_a_year_compared_with_in_brackets():
    # texts206/sint-truiden-klachtenrapport-2024 (round AM)
    text = (
        "Het Lokaal Bestuur Sint-Truiden heeft vandaag het Klachtenrapport 2024 gepresenteerd. "
        "In 2024 werden in totaal 44 klachten geregistreerd, vergelijkbaar met het aantal in "
        "2023 (45).\n"
    )
    facts = _facts(text)
    assert ("klacht", _year(2023), "total", 45.0, "count", None) in facts
    assert ("klacht", _year(2024), "total", 44.0, "count", None) in facts


def test_an_average_after_the_bracket_is_the_next_figures():
    # texts166/overijssel-bezwaarzaken-2022 (round AD): `gemiddelde` after `(172)` makes 183
    # a rate, not 172, which its bracket closes
    text = (
        "Bezwaarschriften\n\n"
        "Het aantal bezwaarzaken dat in 2022 in behandeling werd genomen bedraagt 175, "
        "vergelijkbaar met het aantal bezwaren in 2021 (172) en iets minder dan het gemiddelde "
        "over de afgelopen 5 jaar (183).\n"
    )
    facts = _facts(text)
    assert ("bezwaar", _year(2021), "total", 172.0, "count", None) in facts
    assert not any(f[3] == 183.0 for f in facts)
