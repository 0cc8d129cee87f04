"""A matter left open decides nothing and sets no task (decFP): whether to treat an item is
still to be looked into, the members are asked to think it over, a member asks after
something. The lines are real (mrpssingers-alv-actiepunten, texts182, AG;
flevoland-cie-bestuur-2009-02-12, texts189, AI; utwente-universiteitsraad-2001-08-28,
texts237, AS), set in the layout of minutes; a task to look into something, its owner
named, a task to think something up and a decision beside them stay."""

from __future__ import annotations

from functools import partial

import pytest

from tests.test_decisions_headings import _found_under

HEAD = "Notulen vergadering commissie Bestuur\nDatum: 12 februari 2009\n\n"


_found = partial(_found_under, HEAD)


@pytest.mark.parametrize(
    "told",
    [
        # mrpssingers-alv-actiepunten (AG), line 12
        "Iedereen wordt gevraagd na te denken of je die functie wilt vervullen.",
        # flevoland-cie-bestuur-2009-02-12 (AI), in line 13
        "Ten aanzien van het agendapunt Dmitrov wordt bekeken of dit behandeld moet worden.",
        # utwente-universiteitsraad-2001-08-28 (AS), line 60 (the text ends there)
        "p.4, pt.16: Naar aanleiding van Bachelor-Master: Wallinga vraagt naar de "
        "inventarisatie van problemen bij",
    ],
)
def test_a_matter_left_open_is_no_row(told: str):
    assert _found(f"3. Mededelingen\n{told}") == []


def test_a_decision_beside_it_stays():
    told = (
        "2. Vaststellen agenda\nDe agenda wordt vastgesteld.\n\n3. Mededelingen\n"
        "Ten aanzien van het agendapunt Dmitrov wordt bekeken of dit behandeld moet worden.\n"
    )
    assert _found(told) == [("besluit", "De agenda wordt vastgesteld.")]


@pytest.mark.parametrize(
    "task",
    [
        "De heer Dijksma zal nagaan of dit behandeld moet worden.",
        "Eenieder wordt gevraagd na te denken over een nieuwe naam.",
    ],
)
def test_a_task_to_look_into_it_or_think_something_up_stays_a_task(task: str):
    assert [k for k, _ in _found(f"4. Rondvraag\n{task}")] == ["actie"]
