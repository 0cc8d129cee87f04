"""A portal's roll printed twice, its second copy cut by the end of the saved text inside a
name: the cut name is no one more (`extract_participants`). Lines quoted from the Antwerp
district councils' pages of the dev set (Merksem 2023, round AV; Berchem 2024, round AU);
the rolls shortened to their first and last items."""

from __future__ import annotations

from pipeline.meetings.participants import extract_participants

#: merksem-districtsraad-notulen-2023-09-28, lines 10-12 and 36-37 (the text's last line)
_MERKSEM_ROLL = (
    "Luc Bungeneers, Voorzitter districtsraad; Sonja De Meyer, districtsschepen; "
    "Johannes Builaert, districtsraadslid; Sander Rottiers, districtsraadslid; "
    "Peter Wellens, districtsraadslid"
)
_MERKSEM_CUT = (
    "Luc Bungeneers, Voorzitter districtsraad; Sonja De Meyer, districtsschepen; "
    "Johannes Builaert, districtsraadslid; Sand"
)

#: berchem-districtsraad-notulen-2024-02-27, the roll's first copy and its cut second copy
_BERCHEM_ROLL = (
    "Conny Budts, districtsraadslid; Evi Cuypers, Districtsraadslid; "
    "Yao Issifou, Districtsraadslid; Koen Laenens, districtsraadslid"
)
_BERCHEM_CUT = "Conny Budts, districtsraadslid; Evi Cuypers, Districtsraadslid; Yao Is"


def _names(lines: list[str]) -> list[str]:
    return [p["name"] for p in extract_participants([(1, x) for x in lines])]


def test_a_roll_cut_inside_a_first_name_at_the_end_reads_no_one_more():
    names = _names(
        ["Aanwezig", "", _MERKSEM_ROLL, "", "Samenstelling", "", "Aanwezig", _MERKSEM_CUT]
    )
    assert "Sander Rottiers" in names
    assert "Sand" not in names


def test_a_roll_cut_inside_a_surname_at_the_end_reads_no_one_more():
    names = _names(
        ["Aanwezig", "", _BERCHEM_ROLL, "", "Samenstelling", "", "Aanwezig", _BERCHEM_CUT]
    )
    assert "Yao Issifou" in names
    assert "Yao Is" not in names


def test_a_last_name_that_ends_a_word_or_stands_inside_the_text_stays():
    """Cut at a word's end (`Yao`, a first name alone) or followed by more text, the last
    name is read as before: only a name the text's end cuts inside a word goes."""
    roll = "Evi Cuypers, districtsraadslid; Yao Issifou, districtsraadslid; Jan Bosman, lid"
    later = "Evi Cuypers, districtsraadslid; Jan Bos, districtsraadslid"
    names = _names(
        ["Aanwezig", "", roll, "", "Samenstelling", "", "Aanwezig", later, "", "Agendapunten"]
    )
    assert "Jan Bos" in names
