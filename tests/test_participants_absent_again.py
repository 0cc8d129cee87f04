"""A roll that names every member and then the absent ones again under their own label: one
row per person, absent; and an absent list's `wordt vervangen door X`, whose X attended.
The lines are quoted from the dev texts named."""

from __future__ import annotations

from pipeline.meetings import extract_participants
from pipeline.meetings.participants import _distinct


def _rows(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    people = _distinct(extract_participants(lines), "m")
    return [(p["name"], p["status"]) for p in people]


def test_roll_then_its_absent_line_gives_one_absent_row() -> None:
    # kapellen-ocmw-raad-2010-02-17 (texts218), lines 8-12
    text = (
        "Zitting geopend om 20.30 uur Aanwezig: Mevrouw An Stokmans\n"
        "Voorzitter\n"
        "De dames en heren Vera Gilis, Marc Van Tilborg, Dirk Verbist, Jacobus Verhoeven, "
        "Eric Dilliën, Sven Kerremans, Joanna Vandensande, Inge Wagemans, Ingrid Mees en "
        "Michel Michielsen Leden Mevrouw Paula Verhoeven\n"
        "Secretaris\n"
        "Verontschuldigd: De dames Inge Wagemans en Ingrid Mees, verontschuldigd\n"
    )
    rows = _rows(text)
    assert ("Inge Wagemans", "absent") in rows
    assert ("Ingrid Mees", "absent") in rows
    assert ("Inge Wagemans", "present") not in rows
    assert ("Ingrid Mees", "present") not in rows
    assert ("Vera Gilis", "present") in rows


def test_absent_title_line_before_the_roll() -> None:
    # docplayer-gr-tegenwoordig-verontschuldigd (texts197): the host's title line 1 is the
    # absent line; the roll (line 13) names both members again
    text = (
        "Verontschuldigd: Francies DEBELS, David HAMERS, raadsleden.\n"
        "Tegenwoordig: Jacques VANNESTE, voorzitter Luc DEFRAYE, Jan SEYNHAEVE, "
        "Francies DEBELS, David HAMERS, Geert BREUGHE, raadsleden.\n"
    )
    rows = _rows(text)
    assert [r for r in rows if r[0] in ("Francies DEBELS", "David HAMERS")] == [
        ("Francies DEBELS", "absent"),
        ("David HAMERS", "absent"),
    ]


def test_namesakes_with_other_first_names_stay_apart() -> None:
    # the negative case: two people of one surname, one present and one absent
    # (meise-rmw-2023-04-17, texts165: Sonia and Jorn Lathouwers)
    text = "Aanwezig: Sonia Lathouwers, Piet Kok, Jan Bos\nAfwezig: Jorn Lathouwers\n"
    rows = _rows(text)
    assert ("Sonia Lathouwers", "present") in rows
    assert ("Jorn Lathouwers", "absent") in rows


def test_replacement_in_an_absent_list_attended() -> None:
    # covm-leeuwarden-2015-11-23 (texts257), line 13 (abridged)
    text = (
        "Aanwezig: Dhr. M. Schrier Kol J.P. Apon Maj K.F. Beek-Regnery Mevr. A. van Beek\n"
        "Afwezig: Dhr. L. Bos (Wethouder gemeente Dantumadiel) - wordt niet vervangen "
        "Dhr. IJ. Haakma (Omwonenden Dongeradeel) - wordt niet vervangen LtKol A.J.P. "
        "Hardenbol (Commando Luchtstrijdkrachten) - wordt vervangen door Kol J.P. Apon "
        "Dhr. A. van der Ploeg (Wethouder gemeente Leeuwarderadeel)\n"
    )
    rows = _rows(text)
    assert ("J.P. Apon", "present") in rows
    assert ("J.P. Apon", "absent") not in rows
    assert ("A.J.P. Hardenbol", "absent") in rows
    assert ("L. Bos", "absent") in rows
