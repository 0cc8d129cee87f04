"""What someone does at the meeting itself, told as it happens there, sets no task (decFP):
a minute's silence held, the occasion taken to address those present, a statement made. The
lines are real (zeus-bv-2018-02-21, texts175, AF; docplayer-gr-tegenwoordig-verontschuldigd,
texts197, AJ; ossenzijl-pbo-ledenvergadering-2012-11-12, texts242, AT), set in the layout of
an association's minutes; a task set for after the meeting beside them stays a task."""

from __future__ import annotations

from functools import partial

import pytest

from tests.test_decisions_headings import _found_under

HEAD = "Notulen algemene ledenvergadering Vereniging Ons Dorp\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


@pytest.mark.parametrize(
    "told",
    [
        # zeus-bv-2018-02-21 (AF), under `# Vrij moment`
        "Ilion doet een bekentenis: Ik lees mijn mails nooit.",
        # docplayer-gr-tegenwoordig-verontschuldigd (AJ), after the minutes' approval
        "De raad houdt 1 minuut stilte bij het overlijden van de heer Paul Bekaert, gewezen "
        "gemeenteraadslid.",
        # ossenzijl-pbo-ledenvergadering-2012-11-12 (AT), under the opening
        "De voorzitter heet iedereen van harte welkom, een speciaal welkom voor de lokale "
        "politici. Jacob maakt van de gelegenheid gebruik om het bestuur voor te stellen aan "
        "de aanwezigen.",
    ],
)
def test_an_act_at_the_meeting_itself_sets_no_task(told: str):
    assert [k for k, _ in _found(f"1. Opening\n{told}") if k == "actie"] == []


@pytest.mark.parametrize(
    "task",
    [
        "Jacob maakt een opzet voor het jaarverslag.",
        "Ilion doet de aangifte bij de gemeente.",
        "Jan houdt de ledenlijst bij.",
    ],
)
def test_a_task_for_after_the_meeting_stays_a_task(task: str):
    assert [k for k, _ in _found(f"4. Rondvraag\n{task}")] == ["actie"]
