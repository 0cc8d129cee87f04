"""A choice told with its reason explains how things stand; the meeting takes no decision by
it (decPrec: fronteers-alv-2025-11-28, texts163, AD; wmoraad-enschede-vergaderstructuur-2018,
texts179, AF; schouwen-duiveland-asd-2020-01-16, texts232, AR). The lines are real, set in the
layout of a members' meeting report."""

from __future__ import annotations

from functools import partial

from tests.test_decisions_headings import _found_under

HEAD = "Verslag algemene ledenvergadering Tuinvereniging De Boon\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


def test_a_choice_told_as_the_consequence_of_its_reason_is_no_decision():
    # fronteers-alv-2025-11-28 (AD): the organising committee's choice told at the meeting
    reason = (
        "Twee locaties waren interessant, maar het prijsverschil was zeer groot. "
        "Daarom koos de organisatiecommissie voor De Witt in Dordrecht."
    )
    assert _found(f"4. Conferentie\n{reason}") == []


def test_a_body_s_choice_after_daarom_is_no_decision():
    # wmoraad-enschede-vergaderstructuur-2018 (AF)
    reason = (
        "Daarom heeft de Wmo-raad gekozen voor een nieuwe vergaderstructuur waarin tenminste "
        "één keer per jaar alle leden bijeenkomen."
    )
    assert _found(f"4. Vergaderstructuur\n{reason}") == []


def test_an_explanation_why_something_was_chosen_is_no_decision():
    # schouwen-duiveland-asd-2020-01-16 (AR)
    told = (
        "Mevr. De Jonge geeft uitleg waarom is gekozen voor deze vorm, de voor- en nadelen "
        "en verdere onderwerpen die aan bod kunnen komen."
    )
    assert _found(f"4. Werkwijze\n{told}") == []


def test_a_choice_without_its_reason_stays_a_decision():
    chosen = "De ledenvergadering heeft gekozen voor De Witt in Dordrecht als locatie."
    assert [kind for kind, _ in _found(f"4. Conferentie\n{chosen}")] == ["besluit"]
