"""Police crime news: a police force named at the head that counts crimes of kinds
(`woninginbraken`, `diefstallen`), the national police's figure beside a city's (the
country's, gold rule 19), and a town opening a count's clause (its scope). Lines quoted from
the real texts the dev gold was written on (source and round named above each test)."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts


def _facts(text: str) -> set[tuple]:
    """The figures of a news item (`other`) with their subject."""
    return subject_facts(text, "other")


# texts245/ruwaard-wijkagenten-inbraken-2021 (round AU): the neighbourhood officers' review
RUWAARD = (
    "Wijkagenten: Terugblik op 2021\n"
    "Een nieuw jaar, waar we graag weer een beroep willen doen op jullie alertheid en "
    "meldingsbereidheid in de wijk.\n"
    "Zo hebben we een daling van 42% op het gebied van woninginbraken! Waar we in 2020 nog "
    "52 woninginbraken hadden, zaten we in 2021 op 30 woninginbraken. Ook bij de "
    "schuurtjesinbraken zien wij een daling van 36%. In 2020 zaten we op 28 inbraken en in "
    "2021 op 18 inbraken.\n"
)


def test_the_police_at_the_head_counting_crimes_of_kinds():
    # no item noun (`meldingen`, `misdrijven`) names the whole: the kinds the officers count
    # are kinds of the crimes registered (`other`, rule 12)
    facts = _facts(RUWAARD)
    assert ("voorval", _year(2020), "other", 52.0, "count", None) in facts
    assert ("voorval", _year(2021), "other", 30.0, "count", None) in facts
    assert ("voorval", _year(2021), "other", 18.0, "count", None) in facts
    assert not any(f[2] == "total" for f in facts)


def test_crimes_counted_without_the_police_at_the_head_stay_unread():
    # the same lines under a head that names no police force: no subject
    text = RUWAARD.replace("Wijkagenten: Terugblik op 2021", "Terugblik op 2021")
    assert _facts(text) == set()


def test_politics_is_no_police():
    # `politiek Den Haag` (texts250/politie-jaarverantwoording-misdrijven-112-2021) names no
    # police force
    text = RUWAARD.replace("Wijkagenten: Terugblik op 2021", "Terugblik van politiek Den Haag")
    assert _facts(text) == set()


# texts197/hln-pz-kanton-borgloon-woninginbraken-2019 (round AJ)
BORGLOON = (
    " date 2020-01 Inbraakcijfers spectaculair gedaald in Zuid-Limburg MMM\n"
    "03 januari 2020\n"
    "14u30 0 Borgloon Een goed rapport voor politie kanton Borgloon. 2019 telde ‘slechts’ 122 "
    "woninginbraken én pogingen. In 2018 waren er dat nog 165. “Een daling van 26 procent en "
    "sinds 2000 zelfs het laagste cijfers ooit”, zegt korpschef Rohnny Maes.\n"
    "Heers kende in 2019 52 procent minder inbraken na een sterke stijging in 2018. In Alken "
    "tellen ze 33 procent minder inbraken. Hetzelfde voor Kortessem dat van 24 naar 18 "
    "woninginbraken daalt. Borgloon bleef onveranderd en Wellen kende een stijging van 14 naar "
    "17 inbraken.\n"
)


def test_a_town_opening_the_clause_of_a_count_is_its_scope():
    facts = _facts(BORGLOON)
    assert ("voorval", _year(2019), "other", 18.0, "count", "Kortessem") in facts
    assert ("voorval", _year(2019), "other", 17.0, "count", "Wellen") in facts


def test_the_police_forces_own_area_is_no_scope():
    # `politie kanton Borgloon`: the zone's own figure is the whole's
    facts = _facts(BORGLOON)
    assert ("voorval", _year(2019), "other", 122.0, "count", None) in facts
    assert not any(f[5] == "Borgloon" for f in facts)


# texts203/zeelandnet-politie-woninginbraken-2024 (round AL): the ANP on the national figures
ZEELANDNET = (
    "Vorig jaar minste inbraken sinds 2012, in sommige steden stijging\n"
    "DEN HAAG (ANP) - Niet eerder sloegen inbrekers zo weinig toe als vorig jaar. De politie "
    "registreerde in 2024 ongeveer 22.300 woninginbraken. Dat zijn er bijna 500 minder dan in "
    "het jaar ervoor, en het laagste aantal sinds de politie begon met het bijhouden van deze "
    "cijfers in 2012. Dat blijkt uit een analyse van het ANP.\n"
    "In de meeste grote gemeenten daalde het aantal woninginbraken. In Rotterdam nam dit aantal "
    "met bijna een kwart af, en kwam dit cijfer voor het eerst onder de duizend uit. In 2012 "
    "werd nog bijna 4500 keer ingebroken in de stad.\n"
)


def test_the_national_polices_count_beside_a_citys_is_the_countrys():
    facts = _facts(ZEELANDNET)
    assert ("voorval", _year(2024), "other", 22300.0, "count", "Nederland") in facts


def test_the_national_polices_count_with_no_part_counted_has_no_scope():
    # texts203/nu-politie-geregistreerde-misdrijven-2022 (round AL): municipalities compared
    # by their rise, none given a count: the country is the only frame (gold null)
    text = (
        " date 2023-01 Politie registreert voor het eerst in jaren meer misdrijven: bijna "
        "797.000\n"
        "Het aantal geregistreerde misdrijven is vorig jaar met zo'n 7 procent gestegen "
        "vergeleken met een jaar eerder. De politie noteerde in totaal bijna 797.000 misdrijven, "
        "tegenover zo'n 743.000 in 2021.\n"
        "In zes op de tien gemeenten steeg het aantal geregistreerde misdrijven. In het "
        "Brabantse Hilvarenbeek, Wierden in Overijssel en Harlingen in Friesland steeg dit "
        "aantal het hardst.\n"
    )
    assert not any(f[5] for f in _facts(text))


# texts250/independer-politiedata-woninginbraken-2021 (round AV)
INDEPENDER = (
    " date 2022-04 Het aantal woninginbraken is in 2021 opnieuw fors gedaald, blijkt uit "
    "onderzoek van Independer dat inzage had in de Nationale Politiedata. Door toedoen van "
    "corona was het aantal inbraken in 2020 al lager, maar door nieuwe lockdowns is het aantal "
    "meldingen van inbraken bij de politie opnieuw gedaald.\n\n"
    "In 2021 kreeg de politie 23.500 meldingen. In 2020 waren er dat nog 30.000.\n\n"
    "Wie naar het grotere geheel kijkt, ziet dat er, voordat corona begon, 40.000 inbraken "
    "waren in heel Nederland. Amsterdam was in 2021 koploper als het gaat om het aantal "
    "inbraken (1716). De top drie wordt gecompleteerd door Rotterdam (1012) en Den Haag "
    "(1002).\n"
)


def test_the_national_polices_reports_beside_the_cities_counts_are_the_countrys():
    facts = _facts(INDEPENDER)
    assert ("melding", _year(2021), "total", 23500.0, "count", "Nederland") in facts
    assert not any(f[3] == 23500.0 and f[5] is None for f in facts)


def test_a_police_force_of_an_area_keeps_its_figures_unscoped():
    # the same lines with a regional force named: `de politie` is that force, no country's
    text = INDEPENDER.replace("bij de politie opnieuw", "bij politie Haaglanden opnieuw")
    assert ("melding", _year(2021), "total", 23500.0, "count", None) in _facts(text)


def test_a_half_years_level_in_brackets_after_the_half_year_compared_with():
    # texts250/politie-verward-gedrag-e33-halfjaar-2019 (round AV): the police's reports of
    # confused behaviour, the first half of 2018 compared with (`dan in de eerste helft van
    # 2018 (44.153)`)
    text = (
        " date 2019-09 Lijst personen met verward gedrag met 8 procent verder toegenomen\n\n"
        "In de eerste helft van 2019 is het aantal overlastregistraties, waarbij personen met "
        "verward gedrag waren betrokken, opnieuw toegenomen. Dit meldt de politie woensdag.\n\n"
        "De politie kreeg in de eerste helft van 2019 47.632 meldingen, dat is acht procent meer "
        "dan in de eerste helft van 2018 (44.153).\n"
    )
    facts = {f[1:] for f in _facts(text)}  # the lead makes them a desk's reports here
    first_half = (date(2019, 1, 1), date(2019, 6, 30))
    assert (first_half, "total", 47632.0, "count", None) in facts
    assert ((date(2018, 1, 1), date(2018, 6, 30)), "total", 44153.0, "count", None) in facts
    assert not any(f[0] == _year(2018) for f in facts)  # not the whole year 2018


def test_the_police_complained_about_is_no_national_count():
    # texts198/nationaleombudsman-klachten-jaarverslag-2012 (round AK): `over de politie
    # ontving hij 1350 klachten` is the ombudsman's count of complaints about the police,
    # beside complaints about `gemeenten`: no country's figure
    text = (
        "Nationale ombudsman jaarverslag 2012\n\n"
        "In 2012 ontving hij ruim 15.000 klachten, dat zijn 1000 meer dan voorgaande jaren. De "
        "meeste klachten gingen over de Belastingdienst (2787), over gemeenten werd 2346 keer "
        "geklaagd, over de politie ontving hij 1350 klachten en over het UWV werden 1248 klachten "
        "ingediend. In Den Haag werden 300 klachten behandeld.\n"
    )
    assert not any(f[5] == "Nederland" for f in _facts(text))


# texts169/pz-klm-inbraken-diefstallen-2015-2017 (round AD): a Flemish police zone's figures
# per municipality, its own name in the lead
PZ_KLM = (
    " date 2018-08 Het aantal woninginbraken is in de politiezone KLM sterk gedaald. In 2016 "
    "telde de zone nog 230 inbraken, vorig jaar nog maar 140. Een daling van één derde op een "
    "jaar tijd.\n\n"
    "Er valt wel geen rode draad te trekken tussen de drie gemeenten Kapelle-op-den-Bos, "
    "Londerzeel en Meise. Vooral in Meise (van 124 naar 63) daalt het aantal inbraken sterk, en "
    "in mindere mate ook in Londerzeel (van 74 naar 51). Ook tussen 2015 en 2016 daalde de "
    "inbraken in beide gemeenten. In daalt Kapelle-op-den-Bos (van 32 naar 30) het aantal "
    "woninginbraken lichtjes tegenover 2016, maar stijgt het aantal wel tegenover 2015 (17).\n\n"
    "Het aantal fietsdiefstallen is in 2017 met 20% gedaald (147 naar 113).\n"
)


def test_the_zones_own_name_is_no_scope():
    facts = _facts(PZ_KLM)
    assert ("voorval", _year(2016), "other", 230.0, "count", None) in facts
    assert ("voorval", _year(2017), "other", 140.0, "count", None) in facts
    assert not any(f[5] == "KLM" for f in facts)


def test_each_count_takes_the_last_town_before_it():
    facts = _facts(PZ_KLM)
    assert ("voorval", _year(2017), "other", 63.0, "count", "Meise") in facts
    assert ("voorval", _year(2017), "other", 51.0, "count", "Londerzeel") in facts
    assert ("voorval", _year(2015), "other", 17.0, "count", "Kapelle-op-den-Bos") in facts


def test_a_change_against_a_year_named_after_it():
    # `(van 32 naar 30) ... tegenover 2016`: 32 is 2016's, 30 the year the item reports
    facts = _facts(PZ_KLM)
    assert ("voorval", _year(2016), "other", 32.0, "count", "Kapelle-op-den-Bos") in facts
    assert not any(f[3] == 30.0 and f[1] == _year(2016) for f in facts)


def test_a_change_in_brackets_without_van():
    # `met 20% gedaald (147 naar 113)`: 147 is the level before 2017
    facts = _facts(PZ_KLM)
    assert ("voorval", _year(2016), "other", 147.0, "count", None) in facts
    assert ("voorval", _year(2017), "other", 113.0, "count", None) in facts


def test_the_police_named_in_passing_at_the_head_is_no_counting_force():
    # texts188/brielle-burgemeester-criminaliteit-2015 (round AH): the mayor's blog names
    # the police in passing (`in overleg met de politie besproken`): no police crime text
    text = (
        "Criminaliteit\n\nweek 9 - 2016\n\n"
        "In mijn eerste blog van dit jaar kon ik met enig gejuich kenbaar maken dat het aantal "
        "woninginbraken in Brielle in 2015 fors was gedaald. Een daling met liefst 40 procent "
        "naar ‘slechts’ 30 inbraken vorig jaar. Inmiddels zijn echter de totaalcijfers over de "
        "criminaliteit in onze gemeente over 2015 bekend geworden en in overleg met de politie "
        "besproken.\n"
    )
    assert _facts(text) == set()


def test_a_word_opening_the_sentence_is_no_town():
    # texts220/112regio-politie-woninginbraken-2014h1 (round AP): the national police's
    # half year, `In` no town
    text = (
        "Den Haag – Inbrekers slagen er steeds minder vaak in om een woning binnen te komen. In "
        "de eerste helft van 2014 registreerde de politie ruim 36.000 inbraken. Ongeveer 12.000 "
        "daarvan zijn een poging tot inbraak.\n"
    )
    half = (date(2014, 1, 1), date(2014, 6, 30))
    assert ("voorval", half, "other", 36000.0, "count", None) in _facts(text)
