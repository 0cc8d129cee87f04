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
        # the body's consent with `er ... over` split by `ook` (after logius-tag-adr-2023-04-13,
        # texts164, line 103, where `we` agree: an afspraak, below)
        "Het bestuur is het er ook over eens dat de documentatie in de bron blijft.",
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


def test_first_person_consent_to_a_plan_is_an_agreement() -> None:
    # logius-tag-adr-2023-04-13 (texts164), line 103: `we` agree on what to do (`om ...`),
    # an afspraak as other plans told in `we` are
    sentence = (
        "We zijn het er ook over eens om de mogelijkheid open te laten wel de documentatie in "
        "de bron met een trailing slash beschikbaar te stellen."
    )
    assert _decisions(HEAD + sentence) == [("afspraak", None, sentence)]


def test_consent_on_its_own_after_a_sentence_is_left_to_the_proposal_it_answers() -> None:
    # sensrnet-fab-2021-10-20 (texts164), line 58: `daar` points to another sentence, what
    # was agreed is told there
    text = "Voorstel is ook om de pilotresultaten af te wachten. Daar is iedereen het mee eens."
    assert _decisions(HEAD + text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # museumvriend-bestuur-2016-01-13 (texts182), line 2: a paper taken over unchanged
        # (`onverkort`, as `ongewijzigd`) is adopted
        "Agenda wordt onverkort overgenomen.",
        # leiderdorp-regiocommissie-2010-06-23 (texts194), line 10: the body's second verb in
        # the past tense (`stemde in`, as `stemt in`)
        "De commissie sloot zich aan bij het uitgangspunt dat het creëren van draagvlak erg "
        "belangrijk is en stemde in met de aanbevelingen.",
    ],
)
def test_adopted_unchanged_and_consent_in_the_past_tense(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == [("besluit", None, sentence)]


def test_a_task_taken_over_by_someone_is_no_adoption() -> None:
    assert _decisions(HEAD + "De taken worden overgenomen door het secretariaat.") == []
