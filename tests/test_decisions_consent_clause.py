"""The meeting's consent in running prose, read by the clause's construction: the pronominal
adverb split by an adverb (`het er ook over eens`) or set first (`daar is ... het ook mee
eens`), and consent as a main clause of its own after a comma that follows a reported
remark (`X zegt dat ..., maar iedereen is het erover eens ...`). Each text quotes a real
line of the development texts (webprobe); the negative cases keep a negation or a consent
reported inside a `dat` clause out."""

from __future__ import annotations

import pytest

from tests.test_decisions_headings import _decisions

HEAD = "Verslag van de bestuursvergadering\nDatum: 22 september 2016\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # fronteers-bv-2016-09-22 (texts171), line 28: the adverb `daar` set first
        "Arjan stelt voor dat er een post community-ondersteuning toe te voegen, daar is de "
        "rest van het bestuur het ook mee eens.",
        # fronteers-alv-2013-11-25 (texts175), line 134: the consent after `, maar`
        "Charis zegt dat het wel wat werk is om het te regelen, maar iedereen is het erover "
        "eens dat dit een nuttige toevoeging is en dat we het voort moeten zetten.",
        # logius-tag-adr-2023-04-13 (texts164), line 103: `er ... over` split by `ook`
        "We zijn het er ook over eens om de mogelijkheid open te laten wel de documentatie in "
        "de bron met een trailing slash beschikbaar te stellen.",
    ],
)
def test_consent_in_a_clause_of_its_own_is_a_decision(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == [("besluit", None, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Daar is het bestuur het niet mee eens.",
        "Hij zegt dat het veel werk is, en dat iedereen het ermee eens is.",
        "Jan vraagt of dit kan, maar niet iedereen is het ermee eens.",
    ],
)
def test_negated_or_reported_consent_is_no_decision(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == []
