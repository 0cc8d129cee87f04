"""Period phrases a count text dates its figures with: a part of a year compared with (`ten
opzichte van de eerste drie maanden van 2003`, `het tweede kwartaal een jaar eerder`), a
running count's end without its year (`tot en met november`, `tot 9 september`), the first
quarters of a year, `dezelfde periode het jaar daarvoor` taken up by `Toen`, `de afgelopen vier
jaar`, a school's `dit jaar` and `vorig jaar`, a month range across a year end. Lines quoted
from the real texts the dev gold was written on (source named above each test)."""

from __future__ import annotations

from datetime import date

from pipeline.incidents.periods import find_periods
from tests.test_incidents import _fact
from tests.test_incidents_prose import _facts

Q1_2003 = (date(2003, 1, 1), date(2003, 3, 31))
Q1_2004 = (date(2004, 1, 1), date(2004, 3, 31))
Q2_2003 = (date(2003, 4, 1), date(2003, 6, 30))
Q2_2004 = (date(2004, 4, 1), date(2004, 6, 30))


def _anchored(text: str, **kwargs) -> list[tuple[date, date]]:
    return [(s.period.start, s.period.end) for s in find_periods(text, **kwargs) if s.anchors]


def test_a_quarter_compared_with_the_same_months_of_the_year_before():
    # texts161/eelde-vliegverkeer-klachten-2004-q1-q2, lines 7 and 11: the compared part of
    # a year takes its article (`van de eerste drie maanden`), so it dates no figure of its
    # own; the change runs from it to the quarter the sentence states
    line = (
        "Over het eerste kwartaal 2004 nam het aantal klachten ten opzichte van de eerste drie "
        "maanden van 2003 af met 43 procent van 325 naar 184."
    )
    assert _facts(line) == {_fact(Q1_2003, "total", 325), _fact(Q1_2004, "total", 184)}
    line = (
        "In het tweede kwartaal 2004 daalde het aantal klachten ten opzichte van het tweede "
        "kwartaal een jaar eerder met 37 procent van 497 naar 313."
    )
    assert _facts(line) == {_fact(Q2_2003, "total", 497), _fact(Q2_2004, "total", 313)}


def test_a_quarter_a_year_earlier_is_that_quarter_of_the_year_before():
    line = "ten opzichte van het tweede kwartaal een jaar eerder"
    spans = find_periods(line, context_year=2004)
    assert [(s.period.start, s.period.end, s.anchors) for s in spans] == [(*Q2_2003, False)]


def test_a_running_count_without_its_year_ends_in_the_year_the_clause_names():
    # texts145/nos-aangiften-cybercrime-2021, line 1 (stamped 2022-01: `het afgelopen jaar`
    # is 2021)
    line = "Het afgelopen jaar lagen er tot en met november 13.000 aangiften van cybercrime."
    assert _anchored(line, last_year=2021) == [(date(2021, 1, 1), date(2021, 11, 30))]
    # texts162/mechelen-sluikstort-meldingen-2017-2019, line 13 (dated 1 October 2019): the
    # day of the date is no count
    text = (
        "Het aantal meldingen in verband met sluikstort en zwerfvuil zit overigens in dalende "
        "lijn. In 2017 kwamen er 5.710 meldingen binnen, in 2018 4.732. Dit jaar werden tot 9 "
        "september 3.120 meldingen geregistreerd."
    )
    facts = _facts(text, doc_date=date(2019, 10, 1))
    assert _fact((date(2019, 1, 1), date(2019, 9, 9)), "total", 3120) in facts
    assert not any(f[3] == 9 for f in facts)


def test_a_running_count_after_a_figure_of_another_year_is_not_dated_by_it():
    line = "In 2018 kwamen er 4.732 meldingen binnen, tot 9 september 3.120."
    assert (date(2018, 1, 1), date(2018, 12, 31)) in _anchored(line)
    assert (date(2018, 1, 1), date(2018, 9, 9)) not in _anchored(line)


def test_the_first_quarters_and_the_same_period_the_year_before():
    # texts155/rijnmond-rotterdam-rattenmeldingen-2017, line 15: `Toen` takes up the period
    # the sentence before compared with, the same part of the year before
    text = (
        "In 2017 zijn er in de eerste drie kwartalen 2750 meldingen van rattenoverlast bij de "
        "gemeente Rotterdam binnengekomen. Dat zijn er veel meer dan in dezelfde periode het "
        "jaar daarvoor. Toen ging het om 1593 meldingen."
    )
    facts = _facts(text)
    assert {f[:2] for f in facts} == {
        (date(2017, 1, 1), date(2017, 9, 30)),
        (date(2016, 1, 1), date(2016, 9, 30)),
    }
    assert _fact((date(2016, 1, 1), date(2016, 9, 30)), "total", 1593) in facts
    assert _anchored("de eerste drie kwartalen van 2022") == [(date(2022, 1, 1), date(2022, 9, 30))]


def test_the_past_years_are_the_whole_years_before_the_writing():
    # texts72/waterschappen-integriteit-2019, line 9 (questions sent in on 29 March 2019)
    line = (
        "Wat is uw reactie op het feit dat de afgelopen vier jaar 103 integriteitskwesties "
        "speelden bij de 21 waterschappen in Nederland?"
    )
    assert _anchored(line, last_year=2018) == [(date(2015, 1, 1), date(2018, 12, 31))]
    assert _anchored(line) == []  # undated: no period


def test_a_schools_this_year_and_the_year_before_are_its_academic_years():
    # texts90/hu-vertrouwenspersonen-2019, line 9: a text on one academic year
    text = (
        "Dat meldt het jaarverslag van het team vertrouwenspersonen aan de Hogeschool Utrecht. "
        "Vorig collegejaar wendden zich 133 medewerkers tot de vertrouwenspersonen, tegenover "
        "155 het jaar daarvoor. Bij de studenten waren dat het afgelopen jaar 93 meldingen, het "
        "jaar daarvoor 91."
    )
    facts = _facts(text, title="Vertrouwenspersonen studiejaar 2018-2019")
    this, before = (date(2018, 9, 1), date(2019, 8, 31)), (date(2017, 9, 1), date(2018, 8, 31))
    assert {(f[0], f[1], f[3]) for f in facts} >= {(*this, 93), (*before, 91)}


def test_a_month_range_across_a_year_end_is_one_period():
    # texts37/ministeries-wob-ondraaglijk-traag-2021, line 7
    line = "In de onderzochte periode – van oktober 2020 tot en met september 2021 – werd"
    assert _anchored(line) == [(date(2020, 10, 1), date(2021, 9, 30))]
    line = "Van januari tot en met september 2021 kwamen 80 klachten binnen."
    assert _anchored(line) == [(date(2021, 1, 1), date(2021, 9, 30))]
