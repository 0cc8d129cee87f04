"""An earlier period's count restated in the sentence after the count, its noun and who
counts left out (docs/incident-silent-gates.md, section "Development set (incDev)"): `er`
before the pronoun (`In 2018 waren er dat nog 165`, AJ and AV) and the total named for the
period compared with (`Het totaal was toen 3554`, AK). Each test quotes the real lines."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import scoped_facts

# texts197/hln-pz-kanton-borgloon-woninginbraken-2019 (AJ), lines 1 and 5
_BORGLOON = (
    " date 2020-01 Inbraakcijfers spectaculair gedaald in Zuid-Limburg MMM\n\n03 januari 2020\n\n"
    "14u30 0 Borgloon Een goed rapport voor politie kanton Borgloon. 2019 telde "
    "\u2018slechts\u2019 122 woninginbraken \u00e9n pogingen. In 2018 waren er dat nog 165. "
    "\u201cEen daling van 26 procent en sinds 2000 zelfs het laagste cijfers ooit\u201d, zegt "
    "korpschef Rohnny Maes."
)


def test_er_before_the_pronoun_restates_the_count_before_for_its_year():
    assert scoped_facts(_BORGLOON) >= {
        (_year(2019), "other", 122.0, None),
        (_year(2018), "other", 165.0, None),
    }


# texts250/independer-politiedata-woninginbraken-2021 (AV), lines 1, 3 and 5 (cut)
_INDEPENDER = (
    " date 2022-04 Het aantal woninginbraken is in 2021 opnieuw fors gedaald, blijkt uit "
    "onderzoek van Independer dat inzage had in de Nationale Politiedata. Door toedoen van corona "
    "was het aantal inbraken in 2020 al lager, maar door nieuwe lockdowns is het aantal meldingen "
    "van inbraken bij de politie opnieuw gedaald.\n\n"
    "In 2021 kreeg de politie 23.500 meldingen. In 2020 waren er dat nog 30.000. De oorzaak van "
    "het minder inbreken, ligt in het feit dat we door corona massaal thuisbleven of thuis moesten "
    "werken.\n\n"
    "Wie naar het grotere geheel kijkt, ziet dat er, voordat corona begon, 40.000 inbraken waren "
    "in heel Nederland. Niet geheel verassend blijven de grote steden het meest interessant om een "
    "inbraak te plegen. Amsterdam was in 2021 koploper als het gaat om het aantal inbraken (1716). "
    "De top drie wordt gecompleteerd door Rotterdam (1012) en Den Haag (1002)."
)


def test_a_count_restated_is_the_national_polices_as_the_one_before():
    facts = scoped_facts(_INDEPENDER)
    assert {
        (_year(2021), "total", 23500.0, "Nederland"),
        (_year(2020), "total", 30000.0, "Nederland"),
    } <= facts
    assert (_year(2020), "total", 30000.0, None) not in facts


def test_a_restated_count_after_another_counter_takes_no_national_scope():
    # the same lines with the count of the sentence before the municipality's
    text = _INDEPENDER.replace("kreeg de politie 23.500", "kreeg de gemeente 23.500")
    assert (_year(2020), "total", 30000.0, "Nederland") not in scoped_facts(text)


# texts199/denhelder-boa-meldingen-incidenten-2023 (AK), lines 1 and 3
_DENHELDER = (
    "Meer meldingen en incidenten voor boa\u2019s in 2023\n\n"
    "Onze buitengewoon opsporingsambtenaren (boa\u2019s) hebben vorig jaar op 4689 meldingen en "
    "incidenten gereageerd. Dit is een groei van 24% ten opzichte van 2022. Het totaal was toen "
    "3554. "
)


def test_the_total_then_is_the_year_the_comparison_before_named():
    assert scoped_facts(_DENHELDER) >= {
        (_year(2023), "total", 4689.0, None),
        (_year(2022), "total", 3554.0, None),
    }


def test_a_comparison_with_a_count_of_its_own_passes_no_noun_on():
    # the comparison counts 500 of something else: `toen` restates nothing of the 4689
    text = _DENHELDER.replace("een groei van 24%", "een groei van 500 zaken")
    assert 3554.0 not in {f[2] for f in scoped_facts(text)}


# texts220/112regio-politie-woninginbraken-2014h1 (AP), lines 1 and 4 (cut)
_REGIO112 = (
    "Den Haag \u2013 Inbrekers slagen er steeds minder vaak in om een woning binnen te komen. "
    "In de eerste helft van 2014 registreerde de politie ruim 36.000 inbraken. Ongeveer 12.000 "
    "daarvan zijn een poging tot inbraak.\n\n"
    "Na jaren waarin het aantal woninginbraken ondanks alle inzet toenam, is er in de eerste "
    "helft van 2014 opnieuw sprake van een daling. In de eerste zes maanden van dit jaar is "
    "36.379 keer ingebroken. In 2013 lag dat aantal nog op 43.381 en in diezelfde periode in "
    "2012 op 43.693."
)


def test_times_broken_in_count_burglaries_a_kind_of_the_polices_items():
    half_2014 = (date(2014, 1, 1), date(2014, 6, 30))
    assert (half_2014, "other", 36379.0, None) in scoped_facts(_REGIO112)


# texts203/zeelandnet-politie-woninginbraken-2024 (AL), lines 1 to 4 (cut)
_ZEELANDNET = (
    "Vorig jaar minste inbraken sinds 2012, in sommige steden stijging\n"
    "DEN HAAG (ANP) - Niet eerder sloegen inbrekers zo weinig toe als vorig jaar. De politie "
    "registreerde in 2024 ongeveer 22.300 woninginbraken. Dat zijn er bijna 500 minder dan in het "
    "jaar ervoor, en het laagste aantal sinds de politie begon met het bijhouden van deze cijfers "
    "in 2012. Dat blijkt uit een analyse van het ANP.\n"
    "Het aantal woninginbraken daalt al jaren. In 2012 registreerde de politie er nog meer dan "
    "90.000, wat neerkomt op gemiddeld 251 keer per dag. Tot coronajaar 2021 nam het aantal "
    "continu af. Sindsdien schommelt dit aantal jaarlijks tussen de 22.000 en 24.000 keer. Vorig "
    "jaar werd iedere dag gemiddeld 61 keer ingebroken.\n"
    "In de meeste grote gemeenten daalde het aantal woninginbraken. In Rotterdam nam dit aantal "
    "met bijna een kwart af, en kwam dit cijfer voor het eerst onder de duizend uit. In 2012 werd "
    "nog bijna 4500 keer ingebroken in de stad. Ook in Groningen, Nijmegen en Utrecht daalde dit "
    "aantal vorig jaar flink."
)


def test_times_broken_in_the_town_take_the_town_the_sentence_before_named():
    facts = scoped_facts(_ZEELANDNET)
    assert (_year(2012), "other", 4500.0, "Rotterdam") in facts
    assert (_year(2012), "other", 4500.0, None) not in facts


def test_times_broken_in_each_day_on_average_is_no_count():
    assert 61.0 not in {f[2] for f in scoped_facts(_ZEELANDNET)}
