"""A number that restates, for another period, the count just made, its noun left out (`113.921
keer benaderd, ten opzichte van 93.235 keer het jaar ervoor`; `... 2.363 keer gealarmeerd. In
2022 was dat 2520 keer.`), counts what that count counts: its category and unit, the period
the comparison names, and the same part of a year (`facts._compared_count`). Lines quoted from
the real texts the dev gold was written on (source named above each test); incPrev63."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import month_span as _months
from tests.incident_facts import text_facts


def test_times_against_the_year_before_are_the_count_compared_with():
    # texts285/nu-113-zelfmoordpreventie-gesprekken-2019-2021h1 (round BC), lines 1 and 3:
    # `93.235 keer` was read as a part (`twee keer`) no kind names, and dropped
    text = (
        " date 2021-07 Meer mensen belden en chatten het afgelopen jaar met de hulplijn van "
        "Stichting Zelfmoordpreventie. In het eerste half jaar van 2021 steeg het aantal "
        "gesprekken met 31 procent ten opzichte van dezelfde periode in 2020. De impact van de "
        'coronacrisis was volgens de stichting "duidelijk" terug te zien in de gesprekken.\n\n'
        "In 2020 werd de hulplijn in totaal 113.921 keer benaderd, ten opzichte van 93.235 keer "
        "het jaar ervoor. In de eerste helft van dit jaar voerde de stichting al 65.950 "
        "gesprekken, terwijl dit er in de eerste zes maanden van 2020 iets meer dan 50.000 "
        "waren.\n"
    )
    facts = text_facts(text, "other", doc_date=date(2021, 7, 1))
    assert _fact(_year(2020), "total", 113921) in facts
    assert _fact(_year(2019), "total", 93235) in facts


def test_that_many_in_a_year_restates_the_count_of_the_sentence_before():
    # texts240/flakkeenieuws-knrm-hulpvragen-2023 (round AT), line 7 (stamped 2024-01)
    text = (
        " date 2024-01 Minder hulpvragen in 2023 voor KNRM\n\n"
        "De KNRM komt onder alle weersomstandigheden in actie bij noodoproepen en "
        "assistentieverzoeken op het water.\n\n"
        "De 45 reddingstations, waaronder Ouddorp en Stellendam, werden in totaal 2.363 keer "
        "gealarmeerd voor zoek- en reddingsacties. In 2022 was dat 2520 keer.\n"
    )
    facts = text_facts(text, "other", doc_date=date(2024, 1, 1))
    assert _fact(_year(2022), "total", 2520) in facts


def test_a_year_compared_with_a_part_of_one_is_that_part():
    # texts220/112regio-politie-woninginbraken-2014h1 (round AP), lines 1 and 4: `dat aantal`
    # in 2013 is the count of the first six months the sentence before made, in 2013
    text = (
        "Den Haag – Inbrekers slagen er steeds minder vaak in om een woning binnen te komen. In "
        "de eerste helft van 2014 registreerde de politie ruim 36.000 inbraken.\n"
        "Na jaren waarin het aantal woninginbraken ondanks alle inzet toenam, is er in de eerste "
        "helft van 2014 opnieuw sprake van een daling. In de eerste zes maanden van dit jaar is "
        "36.379 keer ingebroken. In 2013 lag dat aantal nog op 43.381 en in diezelfde periode "
        "in 2012 op 43.693.\n"
    )
    facts = text_facts(text, "other")
    assert _fact(_months(2013, 1, 6), "other", 43381) in facts
    assert not any(f[3] == 43381 and f[:2] == _year(2013) for f in facts)


def test_years_ago_count_from_the_year_the_sentence_before_named():
    # texts244/mma-meldingen-2025 (round AU), line 3: `10 jaar geleden` had no period, and
    # the figure took the text's year (2025) instead of 2015
    line = (
        "In 2025 kwamen zo'n 32.000 meldingen binnen bij het meldnummer. Ter vergelijking: 10 "
        "jaar geleden waren dat er rond de 16.000. De meeste meldingen die binnenkwamen gingen "
        "over drugs (ruim 15.000 meldingen), gevolgd door geweldsdelicten als mishandeling, "
        "steekincidenten of moord- en doodslag (3.480 meldingen) en ondermijning (2.941 "
        "meldingen)."
    )
    facts = text_facts(line, "other")
    assert _fact(_year(2015), "total", 16000) in facts
    assert not any(f[3] == 16000 and f[:2] == _year(2025) for f in facts)
