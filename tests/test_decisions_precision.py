"""Decisions that a formula seems to open but that the meeting did not take, and where a
decision's text ends: advice addressed to the meeting itself, an audit committee agreeing
with the accounts it checked, a clause after a semicolon that leads in to the lines below.
Every text is written for the test in the layout of a members' meeting report."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

HEAD = "Verslag algemene ledenvergadering Tuinvereniging De Boon\nDatum: 9 maart 2024\n\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(kind, found) for kind, _, found in _decisions(HEAD + text)]


def test_advice_to_the_meeting_itself_is_no_decision():
    # the meeting decides on the advice; its decision is the row, not the advice
    advice = "De kascommissie adviseert de ledenvergadering om het bestuur décharge te verlenen."
    granted = "Hierop wordt het bestuur door de vergadering décharge verleend."
    assert _found(f"4. Financiën\n{advice}\n\n{granted}") == [("besluit", granted)]


def test_advice_of_an_advisory_body_to_another_stays_its_decision():
    advice = "De adviesraad adviseert aan het college om de subsidie voor de tuinen te verhogen."
    assert [kind for kind, _ in _found(f"4. Advies\n{advice}")] == ["besluit"]


def test_an_audit_committee_agreeing_with_the_accounts_is_its_finding():
    finding = "De kascontrolecommissie is akkoord gegaan met de boekhouding over 2023."
    granted = "De penningmeester wordt decharge verleend voor het gevoerde beheer."
    assert _found(f"5. Verslag kascommissie\n{finding} {granted}") == [("besluit", granted)]


def test_a_lead_in_after_a_semicolon_is_no_part_of_the_decision():
    text = (
        "3. Verslag vorige vergadering\n"
        "Het verslag wordt vastgesteld; een punt uit die vergadering wordt nog toegelicht:\n"
        "* Een nieuwe ledenfolder maken\n"
    )
    assert _found(text)[0] == ("besluit", "Het verslag wordt vastgesteld")
