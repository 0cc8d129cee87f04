"""One point's decision as a local authority publishes it (a Flemish portal's page of one
point, a council's besluit): its grounds above its first article, typed a decision list,
also under the roll of the sitting the portal prints above it; minutes that give several
points their articles in turn stay minutes. Lines quoted from development texts."""

from __future__ import annotations

from pipeline.documents import classify_document
from pipeline.documents.doc_types import _decides_one_point

# texts318/geel-cbs-beleidsklacht-antwoordbrief-abb-2025-01-20 (round BI), lines 1-45
PORTAL_POINT = (
    "Terug\n"
    "Gepubliceerd op 21/01/2025\n\n"
    "2025_CBS_00153 - beleidsklacht - de verplichtingen opgenomen in artikel 285, §2, 2° "
    "Decreet Lokaal Bestuur - Beslissen: Goedkeuren\n\n"
    "College van Burgemeester en Schepenen\n"
    "ma 20/01/2025 - 13:00 1.14\n"
    "Goedgekeurd\n\n"
    "Samenstelling\n\n"
    "Aanwezig\n\n"
    "Marlon Pareijn; Pieter Cowé; Nadine Laeremans; Luc Van Laer; Vera Celis; Francois Mylle, "
    "Algemeen Directeur; Anne-Laure Maes\n\n"
    "Afwezig\n\n"
    "Tom Corstjens; Bart Julliams; Kris Vangeel\n\n"
    "Secretaris\n\n"
    "Francois Mylle, Algemeen Directeur\n\n"
    "Voorzitter\n\n"
    "Marlon Pareijn\n\n"
    "Motivering\n\n"
    "Aanleiding en context\n\n"
    "Op 24 december 2024 ontving Stad Geel een schrijven van Agentschap Binnenlands Bestuur met "
    "de mededeling dat er een klacht werd ingediend m.b.t. de verplichtingen opgenomen in "
    "artikel 285, §2, 2°  Decreet Lokaal Bestuur.\n\n"
    "Besluit\n\n"
    "Het college van burgemeester en schepenen beslist:\n\n"
    "Artikel 1\n\n"
    "Het college van burgemeester en schepenen beslist om de antwoordbrief in bijlage die "
    "gericht is aan Agentschap Binnenlands Bestuur goed te keuren.\n"
)

# texts221/boutersem-cbs-verkeersreglement-kledingswap (round AP), lines 1-16
FIELDS_OVER_ARTICLES = (
    "dossierverantwoordelijke: Nico Dams | bevoegde schepen: Pieter Cortoos |\n"
    "Feiten en context:\n"
    "Op zaterdag 14/03/2026 organiseert mamadepot Boutersem van 16 tot 21 uur een kledingswap "
    "in het Cultureel Centrum, gelegen Kerkomsesteenweg 55.\n"
    "Juridische grond:\n"
    "Artikel 130bis van de Nieuwe Gemeentewet;\n"
    "Motivatie:\n"
    "Daarom is het ook noodzakelijk een tijdelijk verkeersreglement op te stellen.\n"
    "Besluit:\n"
    "ARTIKEL 1:\n"
    "Het college van burgemeester en schepenen keurt het signalisatieplan in bijlage goed.\n"
    "ARTIKEL 2:\n"
    "Het college van burgemeester en schepenen keurt de gedeeltelijke inname van de parking "
    "van het Cultureel Centrum, Kerkomsesteenweg 55, op 14/03/2026 van 12 tot 22 uur goed.\n"
)

# texts276/boortmeerbeek-gemeenteraad-agb-jaarrekening-2022 (round BA), lines 1-31 as printed
COUNCIL_DECISION_WITH_VOTE = (
    "De gemeenteraad,\n"
    "\n"
    " \n"
    "\n"
    "Gelet op het ontwerp van de ondernemingsjaarrekening voor het boekjaar 2022 van het AGB "
    "Boortmeerbeek zoals opgenomen als bijlage bij dit besluit;\n"
    "\n"
    " \n"
    "\n"
    "Gelet op artikel 235 §4 van het decreet lokaal bestuur van 22 december 2017 waarin bepaald "
    "wordt dat de gemeenteraad jaarlijks beslist over de aan de bestuurders te verlenen kwijting, "
    "na goedkeuring van de rekeningen;\n"
    "\n"
    " \n"
    "\n"
    "Overwegende dat tijdens de zitting blijkt dat de vermelding van de leden van de raad van "
    "bestuur foutief weergegeven is door de vermelding van de samenstelling van het "
    "directiecomité; directiecomité dat niet werd hersamengesteld na de herschikking van het "
    "college van burgemeester en schepen op 11 oktober 2021, wat vragen oproept over de "
    "geldigheid van de werkzaamheden van het directiecomité sedertdien;\n"
    "\n"
    " \n"
    "\n"
    "Overwegende dat het noodzakelijk is deze situatie uit te klaren;\n"
    "\n"
    " \n"
    "\n"
    "Gelet op het decreet lokaal bestuur van 22 december 2017 en latere wijzigingen;\n"
    "\n"
    " \n"
    "\n"
    "BESLUIT: 11 stemmen ja: Karin Derua, Hans De Locht, Denis Bosny, Audrey Bogaerts, Hans Crol, "
    "Ann Sleyp, Gert Verschueren, Vincent Geerts, Iris Schoeters, Emile De Vleeschouwer en "
    "Rodrigue Bijlsma.\n"
    "11 stemmen tegen: Annick DeKeyser, Michel Baert, Bert Meulemans, Remi Serranne, Eddy "
    "Mortier, Ann Morissens, Wouter Decat, Sigrid Van Obbergen, Maria Luise Altmutter, Willy "
    "Stroobants en Lies Asselman.\n"
    " \n"
    "\n"
    "art. 1\n"
    "\n"
    "De ondernemingsjaarrekening 2022 van het autonoom gemeentebedrijf Boortmeerbeek niet goed te "
    "keuren.\n"
)

# texts311/kampenhout-gemeenteraad-kerkfabriek-relst-meerjarenplan-2024 (round BH), lines
# 1, 3, 7 and 11: the cited sources, then the dictum on the article's line
CITED_SOURCES_OVER_ARTICLE = (
    "Decreet van 7 mei 2004 betreffende de materiële organisatie en werking van de erkende "
    "erediensten, en latere wijzigingen;\n"
    "Ministerieel Besluit van 27 november 2006 tot vaststelling van de modellen van de "
    "boekhouding van de besturen van de eredienst.\n"
    "De meerjarenplanwijziging werd goedgekeurd door de kerkraad op 24 juni 2024.\n"
    "Art. 1: De gemeenteraad keurt de wijziging van het meerjarenplan 2020-2025 van de "
    "kerkfabriek Sint Jozef Relst goed.\n"
)


def test_a_portal_point_under_the_sittings_roll_is_a_decision_list() -> None:
    assert classify_document(PORTAL_POINT, 8)[0] == "decision_list"


def test_grounds_fields_over_capital_articles_are_a_decision_list() -> None:
    assert classify_document(FIELDS_OVER_ARTICLES, 8)[0] == "decision_list"


def test_considerations_over_a_run_on_vote_and_article_are_a_decision_list() -> None:
    assert classify_document(COUNCIL_DECISION_WITH_VOTE, 8)[0] == "decision_list"


def test_cited_sources_over_the_dictums_article_are_a_decision_list() -> None:
    assert classify_document(CITED_SOURCES_OVER_ARTICLE, 8)[0] == "decision_list"


def test_a_cited_article_is_no_dictum() -> None:
    # `Artikel 1 van ...` names the law's article, it opens no dictum of this body's
    cited = PORTAL_POINT.replace("Artikel 1\n", "Artikel 1 van het decreet lokaal bestuur\n")
    assert classify_document(cited, 8)[0] != "decision_list"


def test_points_given_their_articles_in_turn_are_no_one_point() -> None:
    # minutes of a sitting (texts266/depinte-gemeenteraad-notulen-2024-06-24 prints `Enig
    # artikel.` under each point): a second point's first article makes the page no point's
    second = (
        "\n\nMotivering\n\nGelet op het decreet lokaal bestuur;\n\nArtikel 1\n\nGoed te keuren.\n"
    )
    assert classify_document(PORTAL_POINT + second, 8)[0] != "decision_list"


def test_articles_without_grounds_above_them_are_no_one_point() -> None:
    # a regulation's text adopted by the point (texts241/brakel: `HUISHOUDELIJK REGLEMENT
    # GEMEENTERAAD` over its `Artikel 1`) grounds nothing
    rules = ["HUISHOUDELIJK REGLEMENT GEMEENTERAAD", "Artikel 1", "De gemeenteraad vergadert."]
    assert not _decides_one_point(rules)
    assert _decides_one_point(["Motivering", *rules])
