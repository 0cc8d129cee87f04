"""A passive that names no doer tells what will or must be done; it gives no one a task
(decAU: afferden-dorpsraad-2019-06-13, texts247, AU; vechtstromen-ab-besluitenlijst-2019-02-27,
texts194, AJ; voetvanoudheusden-alv-2018-03-27, texts242, AT). The lines are real, set in the
layout of a village council's minutes; a passive with its owner stays a task (sbr-wgnt-2021-12-07,
kpapis-wg-architectuur-2021-01-22, texts164)."""

from __future__ import annotations

from functools import partial

from tests.test_decisions_headings import _found_under

HEAD = "Verslag vergadering Dorpsraad Ons Dorp\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


def test_a_passive_without_a_doer_sets_no_task():
    # afferden-dorpsraad-2019-06-13 (AU)
    told = (
        "Er is een overleg geweest tussen de Dorpsraad Afferden en Afferden Samen Beter. "
        "Hierover zal binnenkort een gezamenlijk artikel worden gepubliceerd."
    )
    assert _found(f"4. Mededelingen\n{told}") == []


def test_a_passive_before_a_comma_without_a_doer_sets_no_task():
    # voetvanoudheusden-alv-2018-03-27 (AT)
    told = (
        "Voet heeft de gemeente daarom geadviseerd te kiezen voor een nieuw carillon. "
        "Uiteraard zal dan goed in de gaten gehouden worden, wat er met het ‘Voetklokje’ gebeurt."
    )
    assert [k for k, f in _found(f"4. Carillon\n{told}") if k == "actie"] == []


def test_a_passive_that_must_be_done_sets_no_task():
    # vechtstromen-ab-besluitenlijst-2019-02-27 (AJ)
    told = (
        "Daarvoor zal ook een duidelijk communicatieplan ontwikkeld dienen te worden richting "
        "de gebruikers, inwoners hoe te handelen in geval van waterschaarste."
    )
    assert _found(f"4. Waterschaarste\n{told}") == []


def test_a_passive_with_its_owner_after_it_stays_a_task():
    # sbr-wgnt-2021-12-07 (AD)
    task = (
        "De PErsentation Hierarchy moet nog wel worden besproken, TK plant hiervoor een "
        "overleg met EK en MD."
    )
    assert [k for k, _ in _found(f"4. Issues\n{task}")] == ["actie"]


def test_a_passive_with_its_owner_in_brackets_stays_a_task():
    # kpapis-wg-architectuur-2021-01-22 (AD)
    task = (
        "De besproken voorzet zal worden gecombineerd met het eerdere stuk van Pano Maria "
        "(aktie: Peter Haasnoot)"
    )
    assert [k for k, _ in _found(f"4. Architectuur\n{task}")] == ["actie"]
