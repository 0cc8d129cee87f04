"""The hedges of news prose (`bijna`, `ruim`, `zo'n`, `om en nabij de`): one vocabulary
(`rough_before` in the pattern file) that every construction a hedge may stand inside
reads. Lines quoted from the real texts the dev gold was written on (source named above
each test)."""

from __future__ import annotations

import re

import pytest

from pipeline.incidents.numbers import _from_to
from pipeline.incidents.vocab import _rough_before


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        # texts152/politie-jaarwisseling-2017-2018, line 1
        ("Deze categorie daalde met 27 procent, van bijna 3.000 naar 2.140 incidenten.",
         "3.000", "2.140"),
        # texts97/nationale-ombudsman-gemeenten-2016, line 7
        ("Het totale aantal klachten nam af van ruim 38.000 in 2015 naar 35.000 vorig jaar.",
         "38.000", "35.000"),
        # texts103/ministeries-woo-besluiten-2024, line 9
        ("Het aantal gepubliceerde Woo-besluiten van ministeries is toegenomen van 1762 in 2023 "
         "naar ruim 2000 afgelopen jaar.", "1762", "2000"),
    ],
)  # fmt: skip
def test_either_level_of_a_change_may_be_hedged(line: str, first: str, second: str):
    assert _from_to(line) == [(line.index(first), line.index(second))]


@pytest.mark.parametrize(
    ("hedged", "number"),
    [
        ("bijna 1.880", "1.880"),  # texts142/dji-geweld-personeel-2016, line 3
        ("iets minder dan 1.600", "1.600"),  # idem
        ("zo'n 3.200", "3.200"),  # texts145/nvwa-besmet-voedsel-2015-2018, line 3
        ("om en nabij de duizend", "duizend"),  # idem
        ("ongeveer 2800", "2800"),  # texts151/crow-ov-klachten-2017, line 12
        ("naar schatting 1,9 miljoen", "1,9"),  # texts142/buurtfacts-...-2015, line 9
        ("rond de 25.000", "25.000"),  # texts146/groningen-meldingen-...-2019, line 1
    ],
)
def test_one_vocabulary_reads_every_hedge_of_the_dev_texts(hedged: str, number: str):
    m = re.match(_rough_before(), hedged, re.IGNORECASE)
    assert m is not None and m.end() == hedged.index(number)


def test_a_bound_is_no_hedge():
    # `meer dan` bounds a figure (approximate_before), it does not hedge it
    assert re.match(_rough_before(), "meer dan 350", re.IGNORECASE).end() == 0
