"""How earlier action points or running work stand, told as a status, sets no task (decFP):
points still running or handled, everything off the list, someone still doing what he did.
An action list's label reads its items with the same check as a sentence does. The lines are
real (harmelen-werkgroep-leefbaarheid-2012-09-17, texts172, AE; zeus-bv-2017-10-02,
texts175, AF; ouderraad-notulen-2016-08-30, texts262, AX); a task on the list beside them
stays a task."""

from __future__ import annotations

from functools import partial

from tests.test_decisions_headings import _found_under

HEAD = "Notulen werkgroep Ons Dorp\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


def test_the_status_of_the_action_list_on_its_label_line_sets_no_task():
    # harmelen-werkgroep-leefbaarheid-2012-09-17 (AE), line 31
    told = "2. Verslag\nActielijst: punt 1 en 2 lopen nog, 3 t/m 5 zijn afgehandeld.\n"
    assert [k for k, _ in _found(told) if k == "actie"] == []


def test_the_status_of_the_action_list_below_its_label_sets_no_task():
    # ouderraad-notulen-2016-08-30 (AX), lines 18-21
    told = (
        "Notulen vorige vergadering\nDe notulen zijn goedgekeurd.\n"
        "Actielijst:\nAlles kan van de lijst af.\n"
    )
    assert _found(told) == [("besluit", "De notulen zijn goedgekeurd.")]


def test_work_still_going_on_sets_no_task():
    # zeus-bv-2017-10-02 (AF), line 48, under `# Projecten updates`
    told = (
        "# Projecten updates\n\n-   Timo gaat nog steeds gamificationdingen doen maar eerst "
        "moet hij de financien van zeus redden\n"
    )
    assert [k for k, _ in _found(told) if k == "actie"] == []


def test_a_task_on_the_action_list_stays_a_task():
    told = "Actielijst:\nJoost past de beschrijving voor klassenouders aan.\n"
    assert _found(told) == [("actie", "Joost past de beschrijving voor klassenouders aan.")]
