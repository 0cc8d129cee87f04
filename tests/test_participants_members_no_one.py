"""The members of a body named by their function in the plural, by a count of them or by the
address to them all, where a list reads a name: no one (`people._names_members`). Lines
quoted from the dev set: ocmw-zele-raad-2018-11-27 (round BF, web301), woelakkers-alv-2020-01-21
(round AY, web267) and diemen-raad-notulen-2010-02-11 (round AV, web251)."""

from __future__ import annotations

from pipeline.meetings.participants import extract_participants
from pipeline.meetings.people import _names_members

#: ocmw-zele-raad-2018-11-27, line 8, its list shortened
_ZELE = (
    "Aanwezig: MM. Tom De Bruyne, Voorzitter; Dirk Van Hecke, Geert Verhelst, Luc De Clopper,"
    " Mieke Heirman, Raadsleden; Tom De Graeve, adjunct algemeen directeur"
)

#: woelakkers-alv-2020-01-21, line 11
_WOELAKKERS = "Aanwezig: Een vijftal bestuursleden en 41 leden, 3 leden hebben zich afgemeld."


def _names(lines: list[str]) -> list[str | None]:
    return [p["name"] for p in extract_participants([(1, x) for x in lines])]


def test_a_function_in_the_plural_closing_the_names_is_no_one():
    names = _names([_ZELE])
    assert "Raadsleden" not in names
    assert "Mieke Heirman" in names
    assert "Tom De Graeve" in names


def test_a_count_of_members_is_no_one():
    assert "Een vijftal bestuursleden" not in _names([_WOELAKKERS])


def test_members_counted_addressed_or_named_by_function():
    assert _names_members("Raadsleden")
    assert _names_members("Een vijftal bestuursleden")
    assert _names_members("Dames en heren")  # diemen web251: the chair's speech opens so


def test_a_name_is_no_members():
    assert not _names_members("Mieke Heirman")
    assert not _names_members("Heren Bos")
