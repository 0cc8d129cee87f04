"""A figure set against another period's in the same sentence takes neither the other
figure's year nor the sentence's opening year: the year compared with right before a change
(`ten opzichte van 2014 van 480 naar 315 in 2015`), no year where the only year stands after
the figure set against it (`tegenover zo'n 743.000 in 2021`). Lines quoted
from the dev texts the gold was written on (source named in each test); incprec2. A change
that names no period at all runs from the year before its new level's (incPeriod)."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts


def test_the_first_level_of_a_change_is_the_year_compared_with():
    # texts177/gelderland-wabo-klachten-bedrijven-2014-2015, line 13
    line = (
        "Het totale aantal klachten in 2015 is ten opzichte van 2014 van 480 naar 315 in 2015 "
        "gedaald."
    )
    assert text_facts(line, "other") == {
        _fact(_year(2014), "total", 480),
        _fact(_year(2015), "total", 315),
    }


def test_a_hedged_figure_set_against_gives_its_year_to_it_alone():
    # texts203/nu-politie-geregistreerde-misdrijven-2022, line 3 (stamped 2023-01)
    text = (
        "Het aantal geregistreerde misdrijven is vorig jaar met zo'n 7 procent gestegen "
        "vergeleken met een jaar eerder. De politie noteerde in totaal bijna 797.000 misdrijven, "
        "tegenover zo'n 743.000 in 2021."
    )
    facts = text_facts(text, "other")
    assert _fact(_year(2021), "total", 743000) in facts
    assert not any(f[3] == 797000 and f[:2] == _year(2021) for f in facts)


def test_an_undated_change_runs_from_the_year_before_its_new_level():
    # texts230/ad-politie-haaglanden-misdrijven-2018, lines 1 and 5: the new level takes the
    # year the lead reports on (2018); its first level, dated by nothing, is the year before
    text = (
        " date 2019-01 Er zijn in 2018 minder misdrijven geregistreerd in de Haagse regio dan "
        "het jaar ervoor. Dat blijkt uit de eerste politiecijfers over afgelopen jaar, die "
        "vandaag bekend werden gemaakt.\n\n"
        "Het aantal geregistreerde woninginbraken is van 5374 naar 4395 gedaald, een daling "
        "die in 2015 ingezet werd."
    )
    assert text_facts(text, "other") == {
        _fact(_year(2017), "other", 5374),
        _fact(_year(2018), "other", 4395),
    }


def test_an_undated_change_in_brackets_after_a_place_runs_from_the_year_before():
    # texts169/pz-klm-inbraken-diefstallen-2015-2017, lines 1 and 3: the lead's `vorig jaar`
    # (2017, stamped 2018-08) dates each town's new level; its first level is 2016's
    text = (
        " date 2018-08 Het aantal woninginbraken is in de politiezone KLM sterk gedaald. In 2016 "
        "telde de zone nog 230 inbraken, vorig jaar nog maar 140. Een daling van één derde op "
        "een jaar tijd.\n\n"
        "Vooral in Meise (van 124 naar 63) daalt het aantal inbraken sterk, en in mindere mate "
        "ook in Londerzeel (van 74 naar 51)."
    )
    facts = text_facts(text, "other", casefold_scope=True)
    assert {
        _fact(_year(2016), "other", 124, scope="meise"),
        _fact(_year(2017), "other", 63, scope="meise"),
        _fact(_year(2016), "other", 74, scope="londerzeel"),
        _fact(_year(2017), "other", 51, scope="londerzeel"),
    } <= facts
