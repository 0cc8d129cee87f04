"""A change of who sits where, told as what someone will do, sets no task (decDev): staying
on, stopping, leaving a committee, taking over a place or role, replacing or succeeding a
person. The lines are real (gent-gecoro-2021-11-09, texts172, AE; fronteers-alv-2013-11-25 and
jhm-zoetermeer-maatjesavond-2025-09-10, texts175, AF; black-eagles-alv-2020-11-17, texts179, AF;
meedhuizen-dorpsbelangen-jaarvergadering-2007-01-17 and voetvanoudheusden-alv-2018-03-27,
texts242, AT), set in the layout of an association's minutes; a thing replaced, a matter
followed up and stopping with a thing stay tasks."""

from __future__ import annotations

from functools import partial

import pytest

from tests.test_decisions_headings import _found_under

HEAD = "Notulen algemene ledenvergadering Vereniging Ons Dorp\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


@pytest.mark.parametrize(
    "told",
    [
        # gent-gecoro-2021-11-09 (AE)
        "Brecht Vandekerkhove zal Joost Aerts vervangen.",
        # fronteers-alv-2013-11-25 (AF)
        "Matijs treedt af als voorzitter, Joël volgt hem op.",
        # jhm-zoetermeer-maatjesavond-2025-09-10 (AF)
        "Jos Borsboom gaat eind dit jaar stoppen.",
        # black-eagles-alv-2020-11-17 (AF)
        "Carlo en Peter zullen de rol in een duo functie gaan vervullen waarbij Carlo in de "
        "rol van voorzitter vooral de externe zaken oppakt en Peter meer de interne zaken "
        "vanuit zijn rol als Vicevoorzitter.",
        # meedhuizen-dorpsbelangen-jaarvergadering-2007-01-17 (AT)
        "Het huidige bestuur zal in eerste instantie aanblijven, maar wordt ondersteund door "
        "een interim-bestuur.",
        # voetvanoudheusden-alv-2018-03-27 (AT)
        "De heer A. Elshout zal de financiële commissie statutair verlaten en de heren v.d. "
        "Drift en dhr. Kruijd treden toe.",
    ],
)
def test_a_change_of_the_members_sets_no_task(told: str):
    assert [k for k, _ in _found(f"4. Bestuur\n{told}") if k == "actie"] == []


@pytest.mark.parametrize(
    "task",
    [
        "Jan zal de lamp in de zaal vervangen.",
        "Piet zal de Website vervangen.",
        "Jan volgt dit op.",
        "Marie gaat stoppen met de nieuwsbrief.",
    ],
)
def test_a_thing_replaced_or_followed_up_stays_a_task(task: str):
    assert [k for k, _ in _found(f"4. Rondvraag\n{task}")] == ["actie"]
