"""Counts of units listed in news prose, each unit named with its count in brackets after
it (`Haarlemmermeer (111), Alphen aan de Rijn (101) en Rijnwoude (85)`): each count is the
unit's total, in the sentence's period or, where it names none, the text's. Lines quoted
from the real texts the dev gold was written on (source named above each test)."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import period_facts


def _facts(text: str) -> set[tuple]:
    """The figures of a news item (a document of no set type)."""
    return period_facts(text, "other")


# texts151/hoogheemraadschap-meldingen-2006 (lines 1-13): the only year the sentences on the
# reports name (2006) dates the list; the dateline's 2007 is no figure's
HOOGHEEMRAADSCHAP = (
    "maandag, 5. februari 2007 - 14:24\n\n"
    "Waterproblemen-record voor Hoogheemraadschap Rijnmond\n\nDen Haag\n\n"
    "Het Hoogheemraadschap Rijnmond heeft in 2006 een record bereikt van het aantal "
    "afhandelingen van binnengekomen meldingen. In totaal werden er 1307 verschillende "
    "meldingen afgehandeld door de afdeling Handhaving van het Waterschap.\n\n"
    "De meeste meldingen komen uit de gemeente Haarlemmermeer (111), Alphen aan de Rijn (101) "
    "en Rijnwoude (85). Wanneer je gaat kijken naar het aantal meldingen per 1000 inwoners dan "
    "staat Ter Aar bovenaan met 7,2 meldingen per 1000 inwoners."
)


def test_places_listed_with_their_counts_in_brackets_are_each_places_total():
    facts = _facts(HOOGHEEMRAADSCHAP)
    assert {
        (_year(2006), "total", 111.0, "count", "Haarlemmermeer"),
        (_year(2006), "total", 101.0, "count", "Alphen aan de Rijn"),
        (_year(2006), "total", 85.0, "count", "Rijnwoude"),
    } <= facts


# texts145/rasff-waarschuwingen-onveilig-voedsel-2018 (lines 6, 10 and 17): countries of
# origin ranked after `gevolgd door`, in the one year the text names (`in 2018`); undated,
# `vorig jaar` places nothing
RASFF = (
    "ziekmakende organismenDe veiligheid van ons voedsel is nog altijd niet verzekerd. In "
    "Nederland werd vorig jaar 144 keer een waarschuwing gegeven over onveilig voedsel. Dat "
    "aantal is de afgelopen jaren telkens toegenomen; de voorgaande drie jaren ging het om 65, "
    "101 en 124 gevallen.\n\n"
    "Onder de gemelde waarschuwingen vallen onder meer terugroepacties uit winkels. De meeste "
    "waarschuwingen gingen in 2018 over noten, waar vaak het schimmelgif aflatoxine in zit.\n\n"
    "Van alle 3699 meldingen is geturfd wat het land van herkomst van het product is. Turkije "
    "en China spannen de kroon met elk 315 meldingen, gevolgd door Frankrijk (215), VS (202), "
    "Polen (186), Spanje (183) en Nederland (166)."
)


def test_countries_ranked_with_their_counts_in_brackets():
    facts = _facts(RASFF)
    for name, value in (("Frankrijk", 215), ("VS", 202), ("Polen", 186), ("Nederland", 166)):
        assert (_year(2018), "total", float(value), "count", name) in facts


# texts37/ministeries-integriteit-2005 (lines 1-7): a ministry's count with its noun in the
# bracket; the text's dated figures state 2004 and 2005, the list is the latest year's
MINISTRIES = (
    "Defensie koploper schending integriteit\n\n"
    "Het ministerie van Defensie was vorig jaar koploper bij de registratie van "
    "integriteitsschendingen door eigen personeel, zoals corruptie, fraude, of andere "
    "onregelmatigheden. Het ministerie turfde over 2005 vijftig van dergelijke meldingen.\n\n"
    "Geen enkel ander ministerie meldde over vorig jaar zoveel registraties van "
    "integriteitsschendingen, zo blijkt uit een overzicht van het ministerie van Binnenlandse "
    "Zaken. Het ministerie van Verkeer en Waterstaat telde 42 meldingen en de Belastingdienst "
    "40 - zij zijn goed voor een tweede en derde plaats op de ranglijst. Buitenlandse Zaken (16 "
    "meldingen) en Justitie (13 meldingen) volgen.\n\n"
    "Toch bracht Binnenlandse Zaken de cijfers met optimisme naar buiten. Want het totaal "
    "aantal registraties (het ministerie van Defensie ontbrak overigens op dat lijstje omdat "
    "daar een andere CAO wordt gehanteerd) was in vergelijking met het jaar daarvoor gestegen, "
    "van 59 meldingen rijksbreed in 2004 naar 136 in 2005, op een totaal van 114.884 "
    "ambtenaren."
)


def test_a_bracket_may_name_the_items_after_the_count():
    facts = _facts(MINISTRIES)
    assert (_year(2005), "total", 16.0, "count", "Buitenlandse Zaken") in facts
    assert (_year(2005), "total", 13.0, "count", "Justitie") in facts


def test_a_bracket_of_days_or_a_share_is_no_units_count():
    # texts103/woo-termijnen-negatief (line 16): days a request took, not requests
    text = (
        "In 2023 kwamen 20 Woo-verzoeken binnen. Gemeenten als Amstelveen (30 dagen) en "
        "Barneveld (39 dagen) bewijzen daarnaast dat het mogelijk is om binnen de wettelijke "
        "termijn van 42 dagen te blijven."
    )
    assert not any(scope for *_, scope in _facts(text))
    # texts37/ministeries-wob-bruinsslot-anp (line 3): the share of requests in time
    text = (
        "In 2020 kwamen 20 Wob-verzoeken binnen. Alleen de ministeries van Defensie (7 procent), "
        "Onderwijs (16 procent) en Infrastructuur (23 procent) behandelden meer dan de helft van "
        "hun aanvragen op tijd."
    )
    assert not any(scope for *_, scope in _facts(text))


# texts155/rd-stookwijzer-houtstook-2023-2024 (lines 1 and 9): the sentence names the items
# by a compound of their noun (`overlastmeldingen`), the list's year is the text's one
STOOKWIJZER = (
    " date 2025-05 Dat blijkt uit nieuwe cijfers van de Stookwijzer. In 2024 kwamen er 43.000 "
    "meldingen binnen. Dat zijn er fors meer dan in 2023, toen zo’n 11.000 mensen doorgaven "
    "last te hebben van hout stokende buurtbewoners.\n\n"
    "De meeste overlastmeldingen werden gedaan in Nijmegen (1063), Amersfoort (918), Apeldoorn "
    "(817), Amsterdam (713) en Ede (609). Dat juist die gemeenten hoog scoren, verbaast "
    "Teeuwissen niet."
)


def test_a_list_of_places_counting_a_compound_of_the_items_noun():
    facts = _facts(STOOKWIJZER)
    assert {
        (_year(2024), "total", 1063.0, "count", "Nijmegen"),
        (_year(2024), "total", 918.0, "count", "Amersfoort"),
        (_year(2024), "total", 609.0, "count", "Ede"),
    } <= facts
    assert (_year(2024), "total", 43000.0, "count", None) in facts


# texts173/destentor-schiphol-klachten-oost-nederland-2018 (lines 1 and 3): where the items
# came from (`kwamen er uit Oost-Nederland`) is the figure's scope; the place that is no
# larger count's part stays apart from the unscoped 583
DESTENTOR = (
    " date 2019-03 Vanuit Oost-Nederland wordt sinds vorig jaar volop geklaagd over vliegverkeer "
    "van Schiphol. In 2018 kwamen er bij het meldpunt ruim tweeduizend klachten binnen uit "
    "plaatsen in het oosten.\n\n"
    "Veluwenaren klagen in deze regio het meest over passerende vliegtuigen van en naar "
    "Schiphol. Absolute koploper is Wapenveld. Uit die plaats kwamen vorig jaar 583 klachten, "
    "gevolgd door Epe met 328 en Apeldoorn met 112. In totaal kwamen er uit Oost-Nederland "
    "2189 meldingen."
)


def test_the_place_the_items_came_from_is_the_scope():
    facts = _facts(DESTENTOR)
    assert (_year(2018), "total", 2189.0, "count", "Oost-Nederland") in facts
    assert (_year(2018), "total", 2189.0, "count", None) not in facts


def test_a_source_cited_with_uit_is_no_scope():
    # texts166/avans-vertrouwenspersonen-2013 (lines 10 and 12): `Uit het jaarverslag ...
    # blijkt` cites a source; the counts stay Avans's own
    text = (
        "Uit het jaarverslag van het College van Vertrouwenspersonen blijkt dat 57 personen "
        "beroep gedaan hebben op een vertrouwenspersoon. In totaal hebben 36 medewerkers en 21 "
        "studenten beroep gedaan op de vertrouwenspersonen. Dat is geen grote stijging ten "
        "opzichte van 2012."
    )
    assert not any(scope for *_, scope in _facts(text))


# texts289/kw-studietoelagen-aanvragen-2007-2008 (lines 5 and 7): a ranked list whose items
# `gevolgd door` links after the comma, two provinces counted as one (`Vlaams-Brabant en
# Brussel`), in the one period the sentences on the applications name: a school year
STUDIETOELAGEN = (
    "33.238 West-Vlaamse aanvragen voor studietoelage\n\n"
    "Voor het schooljaar 2007-2008 werden in Vlaanderen 168.977 aanvragen ingediend voor een "
    "studietoelage, 120.520 voor leerlingen uit het secundair en 48.487 uit het hoger "
    "onderwijs.\n\n"
    "De meeste aanvragen komen uit de provincie Antwerpen (50.155), gevolgd door "
    "Oost-Vlaanderen (35.586), West-Vlaanderen (33.238), Limburg (28.141) en Vlaams-Brabant en "
    "Brussel (21.383)."
)


def test_a_ranked_list_of_provinces_in_the_school_year_the_text_names():
    school_year = (date(2007, 9, 1), date(2008, 8, 31))
    facts = _facts(STUDIETOELAGEN)
    assert {
        (school_year, "total", 50155.0, "count", "Antwerpen"),
        (school_year, "total", 35586.0, "count", "Oost-Vlaanderen"),
        (school_year, "total", 28141.0, "count", "Limburg"),
        (school_year, "total", 21383.0, "count", "Vlaams-Brabant en Brussel"),
    } <= facts


# texts249/knack-privacyklachten-europa-2018-2019 (line 3): a ranked list going on in a sentence
# that does not name the complaints, in a text that names data leaks too (two subjects): the
# second sentence's countries are the same list's and keep their rows
KNACK = (
    "Tussen 25 mei 2018 en 30 november 2019 ontvingen de gegevensbeschermingsautoriteiten van "
    "die dertig landen samen 275.557 klachten, zo staat te lezen in het rapport. Kleine nuance: "
    "de auteurs merken op dat één land daarbij klachten én meldingen van gegevenslekken heeft "
    "samengeteld.Opmerkelijk zijn de grote verschillen tussen de Europese landen. Duitsland "
    "(66.965 klachten) voert de rangschikking aan, gevolgd door het Verenigd Koninkrijk (64.667) "
    "en Nederland (37.275). Helemaal achteraan in het lijstje staan België (541), Malta (178) en "
    "IJsland (173). Dat de cijfers zo sterk verschillen komt volgens de auteurs onder meer omdat "
    "het concept van een 'klacht' kan verschillen van land tot land."
)


def test_a_ranked_list_going_on_keeps_its_rows_in_a_text_of_two_subjects():
    window = (date(2018, 5, 25), date(2019, 11, 30))
    facts = _facts(KNACK)
    assert {
        (window, "total", 66965.0, "count", "Duitsland"),
        (window, "total", 541.0, "count", "België"),
        (window, "total", 178.0, "count", "Malta"),
        (window, "total", 173.0, "count", "IJsland"),
    } <= facts


# texts305/pzc-verkeersongevallen-gemeenten-provincies-2020 (lines 1 and 7-17): a numbered top
# five under a lead naming municipalities, each item its count and the items' noun in brackets
PZC = (
    "In 2020 werden ruim 103.000 verkeersongevallen geregistreerd in Nederland.\n\n"
    "Op gemeentelijk niveau vonden vorig jaar in absolute aantallen de meeste verkeersongelukken "
    "plaats in Rotterdam, zo blijkt uit een analyse op basis van data van de politie en "
    "Rijkswaterstaat. Hier werden 6280 verkeersongevallen geregistreerd waarbij een of meerdere "
    "verkeersdeelnemers betrokken waren. Dit is de top 5 van gemeenten met de meeste "
    "geregistreerde ongelukken in het verkeer:\n\n"
    "1. Rotterdam (6280 verkeersongelukken)\n\n"
    "2. Amsterdam (4978 verkeersongelukken)\n\n"
    "3. Den Haag (4480 verkeersongelukken)\n\n"
    "4. Utrecht (2441 verkeersongelukken)\n\n"
    "5. Haarlemmermeer (1858 verkeersongelukken)\n\n"
)


def test_a_numbered_list_of_units_with_the_items_noun_in_the_brackets():
    facts = _facts(PZC)
    assert {
        (_year(2020), "total", 4978.0, "count", "Amsterdam"),
        (_year(2020), "total", 4480.0, "count", "Den Haag"),
        (_year(2020), "total", 2441.0, "count", "Utrecht"),
        (_year(2020), "total", 1858.0, "count", "Haarlemmermeer"),
    } <= facts


def test_a_listed_bracket_of_another_noun_is_no_units_count():
    text = PZC.replace("(2441 verkeersongelukken)", "(2441 inwoners)")
    assert not any(value == 2441.0 for _, _, value, *_ in _facts(text))
