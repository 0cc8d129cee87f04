"""Two initials whose full stop between them OCR of a scanned page lost (`RJ. Siepel` for
`R.J. Siepel`): the name is read with its initials as printed. The lines are the OCR of the
200-dpi scan renderings (`scripts/web_render_eval.py`, seed 20221) of the dev texts named;
an abbreviation of two capitals in a sentence, and the Dutch initial `IJ`, stay."""

from __future__ import annotations

from pipeline.meetings import extract_participants
from pipeline.meetings.layout import _initials_restored


def _names(text: str) -> list[str]:
    lines = [(k, line) for k, line in enumerate(text.splitlines(), start=1)]
    return [p["name"] for p in extract_participants(lines)]


def test_initials_after_an_items_comma():
    # flevoland-cie-bestuur-2009-02-12 (texts189, scan)
    text = (
        "Afwezig zijn: De heren R.P.G. Bosma (VVD), RJ. Siepel (ChristenUnie), "
        "A. Stuivenberg (SP)\n"
        "en L. Verbeek (CdK)\n"
    )
    names = _names(text)
    assert "R.J. Siepel" in names
    assert "RJ. Siepel" not in names


def test_initials_after_a_partys_bracket():
    # drenthe-ps-2003-12-17 (texts174, scan): a roll of names, each with its party
    line = "Vijver-Geitz (PvdA) mevrouw G. de Vries-Leggedoor (CDA) KJ. de Vries (CDA) A. Wendt"
    assert "(CDA) K.J. de Vries (CDA)" in _initials_restored(line)


def test_initials_closing_a_line_after_a_surname():
    # diemen-raad-notulen-2010-02-11 (texts251, scan): the next name's surname on the line below
    line = "R.L.A. Budhu Lall, M.G.F. Tokkie R. Herder*, G. Smit-van der Wal MJ."
    assert _initials_restored(line).endswith("G. Smit-van der Wal M.J.")


def test_abbreviations_and_the_initial_ij_stay():
    for line in (
        "Voorstel aan het AB. Rapportage EY omtrent vermeende belangenverstrengeling",
        "het opschortingsverzoek van Raedthuys BV. De (gewijzigde) agenda wordt vastgesteld.",
        "Hierarchy moet nog wel worden besproken, TK plant hiervoor een overleg met EK en MD.",
        "vooruit geschoven, dan kan de gemeente weer niet etc. Opnieuw actie MB.",
        "vervangen Dhr. IJ. Haakma (Omwonenden Dongeradeel)",
        "Jan Bos, IJ. Haakma (CDA)",
    ):
        assert _initials_restored(line) == line
