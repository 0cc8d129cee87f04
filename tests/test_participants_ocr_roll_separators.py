"""An old council's roll whose separators OCR lost or misread (`layout._roll_separators_restored`,
through `extract_participants`): the space after `Heeren`, the honorific's `h` read `li`, the
comma read as a full stop after a surname in capitals, a speck glued to the last `en`. The lines
are quoted from the development texts named."""

from __future__ import annotations

from pipeline.meetings.layout import _roll_separators_restored
from pipeline.meetings.participants import extract_participants


def _names(line: str) -> list[str]:
    return [p["name"] for p in extract_participants([(1, line)])]


def test_the_plural_honorific_glued_to_the_first_title():
    # heemstede-gemeenteraad-1914-08-10 (texts287, round BC)
    line = (
        "Tegenwoordig zijn de HeerenJhr. Mr. D. E. van Lennep, Burgemeester, J. H. M. van "
        "Houten, en H. J. M. Peeperkorn, Wethouders, A. Honig, Dr E. A. M. Droog, L. DE WlLDE. "
        "J. VAN DER PLAS, C. ÎROMP, MR. P. Q. VAN Tienhovén, J. Preijde Gzn W. C. VAN Meeuwen en "
        "J. C. van DER Euken Raadsleden. Secretaris: de heer A. A. Swolfs."
    )
    names = _names(line)
    assert {"D. E. van Lennep", "A. Honig", "L. DE WlLDE", "J. VAN DER PLAS"} <= set(names)


def test_a_comma_read_as_a_full_stop_glued_to_the_next_initials():
    # breda-gemeenteraad-1962-12-14 (texts297, round BE)
    line = (
        "Tegenwoordig: mevrouw A. WIJN-DE BOER en de heren mr. G.W.A. BARY, J.M. VAN BIJNEN, drs. "
        "J.W. C. VAN CASTEREN,P.J. VAN CAULIL.C. VAN DEN EEDEN, J.W.A. VAN GASTEL."
    )
    names = _names(line)
    assert "P.J. VAN CAULIL" in names and "C. VAN DEN EEDEN" in names


def test_a_speck_before_the_last_and_and_the_misread_honorific_of_the_chair():
    # breda-gemeenteraad-1915-01-30 (texts307, round BG)
    line = (
        "30 Januari 1915. Tegenwoordig de heeren A. C. BOM, L. J. STAAL, J. LIJDSMAN, "
        'J. J. L. TEYCHIN"en N. J. H. VAN GROENENDAEL. Voorzitter de lieer mr. E. P. VAN '
        "LANSCHOT. Secretaris de heer H. II. JONKERGOUW. De VOORZITTER, de vergadering geopend"
    )
    names = " | ".join(_names(line))
    assert "J. J. L. TEYCHIN" in names and "N. J. H. VAN GROENENDAEL" in names
    assert "E. P. VAN LANSCHOT" in names


def test_prose_and_names_in_lower_case_stay_as_they_are():
    for text in (
        "De Heerenveense club. Het BTW. Dat is zo.",
        "De heer Jansen. J. Bos zegt dat",
        'hij zei "en toen"',
    ):
        assert _roll_separators_restored(text) == text
