"""A name's capital `I` that OCR read as a lower-case `l` in an attendance list
(`layout._capital_i_restored`, through `extract_participants`). The lines are those of
development texts as the 200-dpi scan of `scripts/web_render_eval.py` reads them: Fronteers'
members' meeting (web247, round AU) and Dendermonde's council (web222, round AP)."""

from __future__ import annotations

from pipeline.meetings.layout import _capital_i_restored
from pipeline.meetings.participants import extract_participants

#: fronteers-alv-2019-11-29, its roll as the scan reads it (`Iersel` -> `lersel`)
_FRONTEERS_SCAN = [
    "Aanwezig:",
    "Peter-Paul Koch, Vasilis van Gemert, Qadri, Arjan Eising en Wim van lersel.",
]

#: dendermonde-gemeenteraad-2019-02-20, part of its roll as the scan reads it
_DENDERMONDE_SCAN = [
    "Aanwezig : Dirk Abbeloos, voorzitter; Niels Tas, Illy Tasatan, lany Tsaoussis, "
    "Iris Uyttersprot, raadsleden;"
]


def _names(lines: list[str]) -> list[str]:
    return [p["name"] for p in extract_participants([(1, x) for x in lines])]


def test_a_surname_after_its_particle_reads_its_capital_i():
    names = _names(_FRONTEERS_SCAN)
    assert "Wim van Iersel" in names and "Arjan Eising" in names


def test_a_given_name_opening_an_item_reads_its_capital_i():
    assert "Iany Tsaoussis" in _names(_DENDERMONDE_SCAN)


def test_a_role_or_a_word_in_running_text_stays_in_lower_case():
    # a role before its holder, a clause after a comma, a particle's plain noun phrase
    assert _capital_i_restored("voorzitter, lid Jan Bos, Piet Smit") == (
        "voorzitter, lid Jan Bos, Piet Smit"
    )
    assert _capital_i_restored("wij gaan, later meer") == "wij gaan, later meer"
    assert _capital_i_restored("een aantal van de leden, zo") == "een aantal van de leden, zo"


#: covm-leeuwarden-2015-11-23 (web257, round AW), its one-line roll as the scan reads it:
#: `L.I. Diks` read `Ll. Diks`, the full stop between the initials lost
_COVM_SCAN = [
    "Aanwezig: Dhr. M. Schrier Kol J.P. Apon Maj K.F. Beek-Regnery Mevr. A. van Beek Dhr. "
    "A. Bennen",
    "Mevr. A. Boersma Mevr. Ll. Diks Dhr. A. den Drijver Dhr. Drs. J.H.B.W. Elgershuizen",
]


def test_an_initial_i_glued_to_the_initial_before_it_after_a_title():
    names = _names(_COVM_SCAN)
    assert "L.I. Diks" in names and "Ll. Diks" not in names


def test_an_initial_i_in_a_run_of_initials():
    # zutphen-presidium-2020-09-11 (web232, AR) and menterwolde-raad-2009-05-28 (web184, AH)
    assert _capital_i_restored("Kies Lokaal Zutphen WarnsveldP.l. Ackermans") == (
        "Kies Lokaal Zutphen WarnsveldP.I. Ackermans"
    )
    assert _capital_i_restored("Bruggen-Schuitema, H.l. Jansen-Weijer (aanwezig") == (
        "Bruggen-Schuitema, H.I. Jansen-Weijer (aanwezig"
    )


def test_a_lower_case_l_that_is_no_initial_stays():
    # no title before a lone `Al.`, no run of initials before `l.`, an acronym before it
    for line in ("Al. Jansen", "zie bijlage l. Jansen", "SP.l. Bos", "Mevr. Al jansen"):
        assert _capital_i_restored(line) == line
