"""A task whose doers are two named people with a plural task verb (`Michel en Wil maken ...`):
the plural of the task-verb formula that reads `Michel maakt ...`. Each text quotes a real line
of the development texts (webprobe); the negative cases are real lines whose plural verb
reports what was said or proposed (they stay out of the gold)."""

from __future__ import annotations

import pytest

from tests.test_decisions_headings import _decisions

HEAD = "Verslag van de dorpsraad\nDatum: 14 januari 2008\n\n"


def test_two_named_doers_with_a_plural_task_verb_are_an_actie() -> None:
    # hoogwoud-dorpsraad-2008-01-14 (texts205), line 21
    sentence = "Michel en Wil maken op 24 januari de brief."
    assert _decisions(HEAD + sentence) == [("actie", None, sentence)]


def test_two_named_doers_in_the_clause_after_a_comma_are_an_actie() -> None:
    # hogeland-adviesraad-2018-01-26 (texts201), line 16: the task of two after a comma
    task = (
        "Sietse en Ans sturen haar de huishoudelijk reglementen van hun raden toe als "
        "voorbeeld en ook de andere raden zullen dit doen."
    )
    text = "Charlotte biedt aan dit willen voor te bereiden, " + task
    assert _decisions(HEAD + text) == [("actie", None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        # fronteers-alv-2025-11-28 (texts163), line 160: what they explain
        "Claudia en Christian leggen uit dat er momenteel 5 leden zijn, met 3 die blijven.",
        # fronteers-alv-2013-11-25 (texts175), line 116: what they propose
        "Vasilis en Tom stellen voor dit verder uit te zoeken binnen Onderwijs.",
        # fronteers-alv-2013-11-25 (texts175), line 90: what they say they did
        "Charis en Meta geven aan wel contact gezocht te hebben.",
    ],
)
def test_two_named_people_who_report_take_no_task(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == []
