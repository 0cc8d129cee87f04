"""A task taken on as the second verb of a sentence (`en zal ...`, `en maakt ...`) whose first
verb tells what its subject said, proposed, wanted or judged: the sentence is an actie, read
as `<who> <rest after en>` by the actie formulas. Each text quotes a real line of the
development texts (webprobe); the negative cases are real lines whose first verb acts there
and then (they stay out of the gold)."""

from __future__ import annotations

import pytest

from tests.test_decisions_headings import _decisions

HEAD = "Verslag van de bestuursvergadering\nDatum: 10 november 2016\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # fronteers-bv-2016-11-10 (texts171), line 30: what he says, then `en zal ...`
        "Thomas geeft aan dat er wat duidelijkheid moet zijn wat betreft de leiding en zal dat "
        "voorlopig op zich nemen.",
        # fronteers-bv-2016-09-22 (texts171), line 24: a role wants, then `en gaat ... doen`
        "Het bestuur wil dat er gekeken moet worden waar dit bedrag vandaan komt en gaat dat na "
        "het congres doen.",
        # hogeland-adviesraad-2018-04-20 (texts205), line 12: named by an initial and surname
        "T. Bollin stelt voor dit te organiseren en maakt een opzet.",
    ],
)
def test_a_task_taken_on_after_what_was_said_is_an_actie(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == [("actie", None, sentence)]


def test_a_task_by_initials_and_surname_is_an_actie() -> None:
    # the same construction's reading: hogeland-adviesraad-2018-04-20 (texts205), line 12
    assert _decisions(HEAD + "T. Bollin maakt een opzet.") == [
        ("actie", None, "T. Bollin maakt een opzet.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # pgoostkapelle-kerkenraad-2020-11-18 (texts182), line 13: the chair acts at the meeting
        "De voorzitter opent de vergadering en gaat voor in gebed.",
        # vrg-ab-verslag-2019-04-05 (texts188), line 19: thanks, then an invitation
        "De voorzitter bedankt mevrouw Bakema voor haar uiteenzetting en nodigt mevrouw haar uit "
        "om in een volgende vergadering dieper op dit onderwerp in te gaan.",
        # achtkarspelen-wmoraad-aankondiging (texts205), line 8: a separable verb after `en`
        "De Wmo-raad ondersteunt het Centrum en het virtueel loket van harte en wenst hen alle "
        "mogelijke succes toe.",
    ],
)
def test_a_second_verb_after_an_act_sets_no_task(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == []


def test_a_second_verb_in_the_next_sentence_is_not_read() -> None:
    # logius-bomos-klankbord-2023-01-26 (texts163): `En vraagt ...` opens a sentence of its own
    text = (
        "Edwin wil lifecyclemanagement voor standaarden agenderen voor de Architectuurraad GDI. "
        "En vraagt advies aan de BOMOS klankbordgroep of het zinnig is om dit ook op te nemen "
        "in BOMOS."
    )
    assert _decisions(HEAD + text) == []
