"""The municipality's act told at another body's meeting is no decision or task of that
meeting (decAU: vortum-mullem-dorpsraad-2012-02-06, texts247, AU; grolloo-dorpsbelangen-alv-
2022-03-08, texts209, AM; oostkamp-sportraad-rvb-2015-01-27, texts222, AP). The lines are
real, set in the layout of a village council's minutes."""

from __future__ import annotations

from tests.test_decisions_ownerless_passive import _found


def test_the_municipality_s_proposal_is_no_decision_of_the_village_council():
    # vortum-mullem-dorpsraad-2012-02-06 (AU)
    told = (
        "De gemeente stelt voor om een panneveldje aan te leggen van ca. 5m x 6m (verharde "
        "ondergrond) voor het voetbal eventueel in combinatie met een basketbalpaal."
    )
    assert _found(f"5. Speelveld\n{told}") == []


def test_what_the_municipality_must_do_is_no_task():
    # vortum-mullem-dorpsraad-2012-02-06 (AU)
    told = "Hubertusstraat moet door de gemeente een andere bestemming worden gevonden."
    assert _found(f"5. Speelveld\n{told}") == []


def test_the_municipality_s_permission_is_no_decision():
    # grolloo-dorpsbelangen-alv-2022-03-08 (AM)
    told = (
        "Vanuit de gemeente is toestemming verleend om 18 april weer een paasvuur te organiseren."
    )
    assert _found(f"6. Paasvuur\n{told}") == []


def test_the_college_s_approval_told_bare_is_no_decision():
    # oostkamp-sportraad-rvb-2015-01-27 (AP)
    assert _found("3. Sportkampen\nOndertussen in college goedgekeurd, vervolgt dus.") == []


def test_the_municipality_as_object_leaves_the_task():
    task = "Jan zal de gemeente vragen om een nieuwe bank bij de speeltuin."
    assert [k for k, _ in _found(f"5. Speelveld\n{task}")] == ["actie"]


def test_the_municipal_council_s_own_decision_stays():
    assert [k for k, _ in _found("2. Notulen\nDe gemeenteraad keurt de notulen goed.")] == [
        "besluit"
    ]
