"""A decision told in the clause that closes its sentence, joined to what the meeting did
before it by a continuative relative or a connective of consequence (`..., welke door de
Vergadering worden goedgekeurd.`, `..., waartoe wordt besloten.`, `... zodat de boeken
werden goedgekeurd.`), as minutes in running prose write it. The lines are quoted from
real minutes of the dev set (gold named at each)."""

from __future__ import annotations

import pytest

from pipeline.decisions.sentences import _opening_formula
from tests.test_decisions_headings import _decisions

HEAD = "Notulen van de jaarvergadering\n\n"

# texts267/twelloseschaakclub-jaarvergadering-1950-01-23.txt line 8 (gold web267)
MINUTES_READ = (
    "Na de opening leest de secretaris de notulen der jaarvergadering d.d. 31 Jan. 1949,"
    " welke door de Vergadering worden goedgekeurd."
)

# texts267/twelloseschaakclub-jaarvergadering-1951-02-19.txt line 15 (gold web267)
DISCHARGED = (
    "Geen der leden wenst hierover het woord, waarmee de penningmeester, onder dankzegging"
    " voor het werk door hem gedaan, wordt gedéchargeerd."
)

# texts307/gemeenteraad-ngsta-1939-06-23.txt line 1 (gold web307), the sentence alone
CREDIT = (
    "B.en W. stellen daarom voer het genoemde crediet op den dienst 1939 toe te staan,"
    " waartoe wordt besloten."
)

# texts297/strekervogelvrienden-jaarvergadering-2011-05-23.txt line 25 (gold web297)
ACCOUNTS = "Meer vragen waren er niet zodat de boeken werden goedgekeurd."


@pytest.mark.parametrize("sentence", [MINUTES_READ, DISCHARGED, CREDIT, ACCOUNTS])
def test_a_continuative_clause_closes_the_sentence_with_its_decision(sentence):
    formula = _opening_formula(sentence, True)
    assert formula is not None and formula.kind == "besluit" and not formula.proposal


def test_the_sentence_is_the_row_its_clause_decides():
    found = _decisions(HEAD + MINUTES_READ + "\n\n" + DISCHARGED)
    assert [(kind, text) for kind, _, text in found] == [
        ("besluit", MINUTES_READ),
        ("besluit", DISCHARGED),
    ]


# the same sentence opened as twellose's line 8 opens, each with what keeps its clause from
# deciding: (the positive control first)
OPENED = "Na de opening leest de secretaris de notulen voor, "


def test_the_control_sentence_decides():
    assert _opening_formula(OPENED + "welke door de vergadering worden goedgekeurd.", True)


@pytest.mark.parametrize(
    "clause",
    [
        # the clause goes on after its participle: an aside on the thing named
        "die werden goedgekeurd door de vorige vergadering en nu ter inzage liggen.",
        # a negation
        "welke door de vergadering niet worden goedgekeurd.",
        # an earlier sitting's approval reported (not_reported)
        "welke in de vergadering van 12 maart werden goedgekeurd.",
        # a paper taken for information (not_for_information)
        "welke ter kennisname wordt aangenomen.",
    ],
)
def test_no_decision_where_the_clause_does_not_decide_it(clause):
    assert _opening_formula(OPENED + clause, True) is None


def test_a_modal_in_the_clause_decides_nothing_yet():
    sentence = "Meer vragen waren er niet zodat de boeken later kunnen worden goedgekeurd."
    assert _opening_formula(sentence, True) is None
