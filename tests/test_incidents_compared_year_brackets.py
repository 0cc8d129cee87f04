"""A compared year's level in brackets after the count it is compared with (`vergelijkbaar
met het aantal in 2023 (45)`): that year's count of the same items, read as the count before
it. Lines quoted from the real texts the dev gold was written on (source named above each
test). incAN's commit moved two development files in two rounds (AD, AM); incC added the
comparison whose two levels each stand in brackets (`meer meldingen (42.721) ... dan in heel
2018 (34.588)`, round AK)."""

from __future__ import annotations

from pipeline.incidents import extract_incident_counts
from tests.test_incidents import _document, _year


def _facts(text: str) -> set[tuple]:
    return {
        (r["subject"], (r["period_start"], r["period_end"]), r["category"], r["value"],
         r["unit"], r["scope"])
        for r in extract_incident_counts(_document(text))
    }  # fmt: skip


def test_the_level_of_a_year_compared_with_in_brackets():
    # texts206/sint-truiden-klachtenrapport-2024 (round AM)
    text = (
        "Het Lokaal Bestuur Sint-Truiden heeft vandaag het Klachtenrapport 2024 gepresenteerd. "
        "In 2024 werden in totaal 44 klachten geregistreerd, vergelijkbaar met het aantal in "
        "2023 (45).\n"
    )
    facts = _facts(text)
    assert ("klacht", _year(2023), "total", 45.0, "count", None) in facts
    assert ("klacht", _year(2024), "total", 44.0, "count", None) in facts


def test_an_average_after_the_bracket_is_the_next_figures():
    # texts166/overijssel-bezwaarzaken-2022 (round AD): `gemiddelde` after `(172)` makes 183
    # a rate, not 172, which its bracket closes
    text = (
        "Bezwaarschriften\n\n"
        "Het aantal bezwaarzaken dat in 2022 in behandeling werd genomen bedraagt 175, "
        "vergelijkbaar met het aantal bezwaren in 2021 (172) en iets minder dan het gemiddelde "
        "over de afgelopen 5 jaar (183).\n"
    )
    facts = _facts(text)
    assert ("bezwaar", _year(2021), "total", 172.0, "count", None) in facts
    assert not any(f[3] == 183.0 for f in facts)


def test_the_year_compared_with_after_dan_in_heel_and_its_bracket():
    # texts198/rijnmond-dcmr-meldingen-rotterdam-airport-2019q3 (round AK): the text prints
    # no year of its own, so `dit jaar` (42.721) stays unplaced; 2018's level is read, and
    # 2018 does not become the year of the text's undated figures (24.401, a quarter's)
    text = (
        "Niet alleen het aantal melders steeg, ook verdubbelde het aantal meldingen in het "
        "derde kwartaal vergeleken met vorig jaar, meldt de DCMR. Er kwamen 24.401 meldingen "
        "binnen over de luchthaven in Rotterdam.\n\n"
        "Er zijn dit jaar in totaal al meer meldingen (42.721) binnengekomen dan in heel 2018 "
        "(34.588). DCMR registreert iedere melding, ook als dezelfde persoon meerdere keren "
        "melding maakt over hetzelfde vliegtuig.\n"
    )
    facts = _facts(text)
    assert ("melding", _year(2018), "total", 34588.0, "count", None) in facts
    assert not any(f[3] in (24401.0, 42721.0) for f in facts)


def test_a_count_in_brackets_after_its_noun_without_a_compared_year_is_no_total():
    # texts202/haarlem-fg-datalekken-2024 (round AL): the noun before the bracket alone does
    # not make the count a total; only `dan in YEAR (` after it does
    text = (
        "In 2024 zijn 74 datalekken gemeld. Net als eerdere jaren ging het in een groot deel "
        "van de incidenten (23) om verloren of gestolen apparaten.\n"
    )
    assert not any(f[3] == 23.0 and f[2] == "total" for f in _facts(text))


def test_the_year_compared_with_in_a_sentence_referring_to_the_count_before():
    # texts210/gba-datalekken-informatievragen-2019, lines 1, 3 and 5 (round AN; `vorig jaar`
    # of its 2020 stamp written as 2019): `Dat aantal` is the 5.173 questions just counted;
    # the bracket is 2018's level of them (incSeries)
    text = (
        "De Gegevensbeschermingsautoriteit (GBA) heeft in 2019 861 meldingen binnengekregen "
        "van datalekken.\n\n"
        "In 2019 kreeg de GBA ook 5.173 informatievragen binnen. Dat aantal ligt lager dan in "
        "2018 (6.224), het jaar waarin de Europese Algemene Verordening Gegevensbescherming "
        "(AVG, ook wel GDPR) van kracht is gegaan.\n\n"
        "De GBA ontving in 2019 voorts iets meer klachten of verzoeken tot bemiddeling (302 "
        "tegenover 295 in 2018).\n"
    )
    facts = {f[1:4] for f in _facts(text)}
    assert (_year(2019), "other", 5173.0) in facts
    assert (_year(2018), "other", 6224.0) in facts


def test_a_level_after_its_year_set_against_another_years_bracket():
    # texts224/kinderombudsman-meldingen-2013-2014, line 9 (round AQ): both levels in
    # brackets, each after its year; a kind of the items (about education) (incSeries)
    text = (
        "De (hulp)vragen, signalen en klachten die de Kinderombudsman kreeg over jeugdzorg "
        "verdubbelde van 452 in 2013 naar 1064 in 2014.\n\n"
        "De (hulp)vragen, signalen en klachten over onderwijs zijn in 2014 (544) eveneens "
        "verdubbeld ten opzichte van 2013 (247).\n"
    )
    facts = {f[1:4] for f in _facts(text)}
    assert (_year(2014), "other", 544.0) in facts
    assert (_year(2013), "other", 247.0) in facts


def test_a_sentence_referring_back_without_the_items_or_a_count_before_reads_nothing():
    # texts274/rte-euthanasiemeldingen-2015, line 7 (round BA): the count `Dit aantal` refers
    # to is read by no rule and the sentence names no items: 5306 stays unread
    text = (
        "Van de 147.010 personen die in 2015 overleden werd in 5516 gevallen door artsen een "
        "melding van euthanasie bij de toetsingscommissie gedaan. Dit aantal betekent een "
        "stijging van 4 % ten opzichte van 2014 (5306).\n"
    )
    assert not any(f[3] == 5306.0 and f[2] != "total" for f in _facts(text))


def test_the_cases_in_which_an_item_was_filed_and_the_year_compared_with():
    # texts274/rte-euthanasiemeldingen-2015, line 7 (round BA): `in 5516 gevallen ... een
    # melding ... gedaan` counts the reports filed (four digits, read as a count); `Dit
    # aantal` refers to it, and the bracket after 2014 is that year's level (incSeries2)
    text = (
        "Van de 147.010 personen die in 2015 overleden werd in 5516 gevallen door artsen een "
        "melding van euthanasie bij de toetsingscommissie gedaan. Dit aantal betekent een "
        "stijging van 4 % ten opzichte van 2014 (5306).\n"
    )
    facts = {f[1:4] for f in _facts(text)}
    assert (_year(2015), "total", 5516.0) in facts
    assert (_year(2014), "total", 5306.0) in facts


def test_four_digits_in_cases_nothing_was_filed_in_stay_unread():
    # texts199/amersfoort-jaarstukken-brandweer-indicatoren-2018 (round AK) has `In 24
    # gevallen kon er geen koppeling worden gemaakt` (its 24 made four digits here): no item
    # filed in those cases, so the four digits are no count (incSeries2)
    text = (
        "In 2018 werden 312 meldingen gedaan. In 1024 gevallen kon er geen koppeling worden "
        "gemaakt.\n"
    )
    assert not any(f[3] == 1024.0 for f in _facts(text))
