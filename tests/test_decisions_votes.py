"""Decisions in minutes that the dev texts' recall misses showed: a vote's result as members'
meetings write it (who was elected with how many votes, the votes cast for a member, the
share of the votes that consented, the meeting voting yes); and the look-alikes that decide
nothing (a candidate's tally, a vote still to be held). Every text is written for the test in
the layout of such a report."""

from __future__ import annotations

from functools import partial

import pytest

from tests.test_decisions_headings import _found_under

HEAD = "Notulen algemene ledenvergadering Zangvereniging De Lijster\nDatum: 9 april 2024\n\n"


_found = partial(_found_under, HEAD)


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "Na de herstemming tussen P. Bakker en K. Smit zijn de stemmen geteld. "
            "Gekozen K. Smit met 41 stemmen.",
            "Gekozen K. Smit met 41 stemmen.",
        ),
        (
            "Herkozen wordt mevrouw T. Aalders als penningmeester.",
            "Herkozen wordt mevrouw T. Aalders als penningmeester.",
        ),
        (
            "Er wordt schriftelijk gestemd. 12 stemmen unaniem voor Ria als nieuw bestuurslid.",
            "12 stemmen unaniem voor Ria als nieuw bestuurslid.",
        ),
        (
            "Er zijn 80 stemmen uitgebracht. 92% van de geldig uitgebrachte stemmen heeft "
            "ingestemd met het nieuwe huishoudelijk reglement.",
            "92% van de geldig uitgebrachte stemmen heeft ingestemd met het nieuwe "
            "huishoudelijk reglement.",
        ),
        (
            "Ria stelt zich kandidaat. ALV stemde 100% ja, Ria treedt toe tot het bestuur.",
            "ALV stemde 100% ja, Ria treedt toe tot het bestuur.",
        ),
        (
            "Voor: 14. Tegen: 0. Daarmee wordt Ria Kok secretaris.",
            "Daarmee wordt Ria Kok secretaris.",
        ),
    ],
)
def test_a_votes_result_is_a_decision(text: str, decision: str):
    assert _found(text) == [("besluit", decision)]


@pytest.mark.parametrize(
    "text",
    [
        "Uitslag eerste ronde:\nP. Bakker 30 stemmen\nK. Smit 28 stemmen",
        "Er zijn 80 stemmen uitgebracht. 12 leden waren afwezig.",
        "Volgende keer wordt er gestemd over de nieuwe voorzitter.",
    ],
)
def test_a_tally_or_a_vote_to_come_is_no_decision(text: str):
    assert _found(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanne bezorgt nog de foto's van de opening aan de redactie.",
        "Karel verzendt de uitnodiging namens de raad.",
        "Mieke scant de getekende brief voor het archief.",
        "Joost doet navraag bij de gemeente.",
    ],
)
def test_a_member_who_sends_scans_or_inquires_has_a_task(sentence: str):
    assert _found(sentence) == [("actie", sentence)]


def test_a_plural_verb_after_an_adverb_is_no_members_task():
    text = "Daarvoor bezorgen de leden hun voorstellen voor elk punt van de agenda."
    assert _found(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Naar aanleiding van de vragen uit de zaal besluit het MT om een reactie op te stellen.",
        "Om de kosten te beperken, beslist de voorzitter om de nieuwsbrief digitaal te versturen.",
    ],
)
def test_a_body_decides_after_a_fronted_phrase(sentence: str):
    assert _found(sentence) == [("besluit", sentence)]


def test_a_fronted_condition_decides_nothing():
    assert _found("Als het bestuur besluit om de zaal te huren, volgt een offerte.") == []


def test_a_reference_code_ends_the_decision_before_the_next_task():
    text = (
        "In reactie op de brief van de wethouder besluit het MT om de toezeggingen T02867 en "
        "T02908 als voldaan te beschouwen. Jan mailt hiervoor een conceptbrief rond."
    )
    assert [kind for kind, _ in _found(text)] == ["besluit", "actie"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Er zijn wederzijds afspraken gemaakt over de schoonmaak van de zaal.", True),
        ("Met de beheerder zijn er reeds afspraken gemaakt over de sleutels.", True),
        ("We hebben concrete afspraken gemaakt over de nieuwsbrief.", True),
        ("Het bestuur maakt afspraken over de verdeling van de taken.", True),
        ("Met de gemeente moeten er heldere afspraken gemaakt worden.", False),
        ("Inmiddels zijn er met de ledenadministratie afspraken gemaakt.", False),
    ],
)
def test_agreements_made_without_their_terms(sentence: str, found: bool):
    assert _found(sentence) == ([("afspraak", sentence)] if found else [])


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("De wethouder zegde toe dat hij in het voorjaar zelf komt kijken.", "afspraak"),
        ("Het college heeft toegezegd voor de zomer een plan te sturen.", "afspraak"),
        ("De penningmeester zegt toe de begroting per mail rond te sturen.", "actie"),
    ],
)
def test_a_promise_reported_is_an_agreement_made_now_a_task(sentence: str, kind: str):
    assert _found(sentence) == [(kind, sentence)]


def test_a_telegram_verdict_after_the_lines_article():
    assert _found("1. Opening\nDe agenda ongewijzigd vastgesteld.") == [
        ("besluit", "De agenda ongewijzigd vastgesteld.")
    ]


def test_a_participle_set_off_by_a_comma_describes_its_noun():
    line = "Het reglement, goedgekeurd in de zitting van de raad van 21 maart 2019."
    assert _found(f"1. Opening\n{line}") == []
