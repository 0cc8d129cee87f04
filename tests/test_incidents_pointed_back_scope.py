"""A count whose clause points back at a place or unit named before it carries that unit as
scope (gold rules 3 and 15), without the preposition it was named with: `Uit die plaats
kwamen vorig jaar 583 klachten` after `Absolute koploper is Wapenveld`
(destentor-schiphol-klachten-oost-nederland-2018, web173, round AE), `bij Qbuzz, waar in
2013 ‘slechts’ 68 incidenten ...` (ovpro-qbuzz-agressie-incidenten-2013-2015, web207, round
AL), `Het totaal aantal klachten steeg er van 523 in 2010 naar 679 in 2014` after `Het
Gerechtshof Den Haag beschikt niet over de cijfers ...`
(advocatenblad-artikel12-klachten-gerechtshoven-2010-2014, web299, round BF); `Op Sint
Eustatius werden in 2011 nog 103 misdrijven geregistreerd` is Sint Eustatius's, not `Op
Sint Eustatius`'s (versgeperst-kpcn-criminaliteit-bes-2011-2012, web300, round BF)."""

from __future__ import annotations

from tests.incident_facts import text_facts


def _scopes(text: str, value: float) -> set:
    """The scopes, casefolded, of the figures of `value` a news item states."""
    return {f[5] for f in text_facts(text, "other", casefold_scope=True) if f[3] == value}


_DESTENTOR = (
    "date 2019-03 Vanuit Oost-Nederland wordt sinds vorig jaar volop geklaagd over "
    "vliegverkeer van Schiphol. In 2018 kwamen er bij het meldpunt ruim tweeduizend klachten "
    "binnen uit plaatsen in het oosten.\n\n"
    "Veluwenaren klagen in deze regio het meest over passerende vliegtuigen van en naar "
    "Schiphol. Absolute koploper is Wapenveld. Uit die plaats kwamen vorig jaar 583 klachten, "
    "gevolgd door Epe met 328 en Apeldoorn met 112. In totaal kwamen er uit Oost-Nederland "
    "2189 meldingen."
)


def test_a_place_pointed_back_at_is_the_counts_scope():
    assert _scopes(_DESTENTOR, 583) == {"wapenveld"}  # destentor, web173 line 3


def test_a_rough_total_rounding_a_units_exact_one_is_no_figure_of_its_own():
    # `ruim tweeduizend klachten` restates Oost-Nederland's 2189 (destentor, web173 line 1)
    assert _scopes(_DESTENTOR, 2000) == set()
    assert _scopes(_DESTENTOR, 2189) == {"oost-nederland"}


def test_er_after_the_count_as_subject_points_back_at_the_unit_named_before():
    text = (
        "Het Algemeen Dagblad publiceerde eind juli een bericht over de ‘explosieve stijging’ "
        "van het aantal artikel 12-procedures. Volgens politiewetenschapper Jaap Timmer zouden "
        "advocaten hier een slaatje uit slaan. Uit cijfers die de gerechtshoven aan het "
        "Advocatenblad bekend maakte, rijst een genuanceerder beeld. Weliswaar neemt het totaal "
        "aantal artikel 12-procedures toe.\n\n"
        "Bij het Gerechtshof Den Bosch bedroeg het aantal artikel-12 procedures waarin mensen "
        "werden bijgestaan door een advocaat in 2012 286. Het Gerechtshof Den Haag beschikt "
        "niet over de cijfers van het aantal zaken waarin mensen werden bijgestaan door een "
        "advocaat in een artikel 12-procedure. Het totaal aantal klachten steeg er van 523 in "
        "2010 naar 679 in 2014 met 30 procent."  # advocatenblad, web299 line 7
    )
    assert _scopes(text, 523) == {"gerechtshof den haag"}
    assert _scopes(text, 679) == {"gerechtshof den haag"}


def test_a_relative_waar_after_a_name_points_back_at_it():
    text = (
        "Weer lichte stijging van agressie in OV in de afgelopen jaren\n\n"
        "Hoewel het totale aantal incidenten met agressie in het OV momenteel flink lager is "
        "dan tien jaar geleden, lijkt er in de afgelopen jaren juist weer een lichte stijging "
        "op te treden van gewelddadige incidenten. Zowel de ernstige als lichte incidenten "
        "blijken vaker voor te komen in regionale bussen.\n\n"
        "De grootste stijging in het busvervoer van de streekvervoerders is op te merken bij "
        "Qbuzz, waar in 2013 ‘slechts’ 68 incidenten in de categorie B werden gemeld."
    )  # ovpro, web207 line 9
    assert _scopes(text, 68) == {"qbuzz"}


def test_no_unit_where_the_sentence_before_names_two():
    text = (
        "Veluwenaren klagen het meest over vliegtuigen. Koplopers zijn Wapenveld en Epe. "
        "Uit die plaats kwamen vorig jaar 583 klachten."
    )
    assert _scopes(text, 583) <= {None}


def test_daar_staat_tegenover_points_back_at_nothing():
    text = (
        "Het aantal verkeersdoden in Zeeland steeg. In 2018 waren dat er 504 en vorig jaar "
        "steeg dat verder door naar 540 in de provincie Zeeland. Daar staat tegenover dat het "
        "aantal ongevallen dat de politie registreert juist gestaag is afgenomen: van bijna "
        "2600 in 2016 naar iets meer dan 2200 in 2019."  # after pzc-zeeland, web220 line 3
    )
    assert _scopes(text, 2600) <= {None, "zeeland"}


def test_op_opening_a_sentence_is_no_part_of_the_place():
    text = (  # versgeperst, web300 lines 1, 4, 6-7, 12-13, 15-16
        "CURAÇAO – De criminaliteitsbestrijding op de BES-eilanden is verbeterd. Dat meldt het "
        "Korps Politie Caribisch Nederland (KPCN), dat gisteren de criminaliteitscijfers over "
        "2012 bekendmaakte. De trends verschilden per eiland.\n\n"
        "Op Bonaire daalden vermogensdelicten (categorie diefstal en inbraak) met 34 procent ten "
        "opzichte van 2011. Het afgelopen jaar waren dat er significant minder (931). Inbraak "
        "nam af van 424 tot 286. In 2011 werden er 978 diefstallen geregistreerd, tegen 645 in "
        "2012. Dat is een afname van 34 procent.\n\nGeweld\n"
        "De geweldsdelicten op Bonaire namen het afgelopen jaar licht af, van 277 naar 236.\n\n"
        "Saba\nOp Saba werden in 2011 39 geweldsdelicten genoteerd. Afgelopen jaar steeg dat "
        "aantal naar 60, waaronder acht gevallen in de categorie moord en doodslag.\n\n"
        "Sint Eustatius\nOp Sint Eustatius werden in 2011 nog 103 misdrijven geregistreerd. "
        "Afgelopen jaar daalde dat aantal naar 63."
    )
    assert _scopes(text, 103) == {"sint eustatius"}
