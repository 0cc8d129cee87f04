"""Period phrases a count text dates its figures with: a part of a year compared with (`ten
opzichte van de eerste drie maanden van 2003`, `het tweede kwartaal een jaar eerder`), a
running count's end without its year (`tot en met november`, `tot 9 september`), the first
quarters of a year, `dezelfde periode het jaar daarvoor` taken up by `Toen`, `de afgelopen vier
jaar`, a school's `dit jaar` and `vorig jaar`, a month range across a year end. Lines quoted
from the real texts the dev gold was written on (source named above each test)."""

from __future__ import annotations

from datetime import date

from pipeline.incidents.periods import document_new_year, find_periods
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import quarter, text_facts

Q1_2003 = quarter(2003, 1)
Q1_2004 = quarter(2004, 1)
Q2_2003 = quarter(2003, 2)
Q2_2004 = quarter(2004, 2)


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
    assert text_facts(line, "other") == {_fact(Q1_2003, "total", 325), _fact(Q1_2004, "total", 184)}
    line = (
        "In het tweede kwartaal 2004 daalde het aantal klachten ten opzichte van het tweede "
        "kwartaal een jaar eerder met 37 procent van 497 naar 313."
    )
    assert text_facts(line, "other") == {_fact(Q2_2003, "total", 497), _fact(Q2_2004, "total", 313)}


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
    facts = text_facts(text, "other", doc_date=date(2019, 10, 1))
    assert _fact((date(2019, 1, 1), date(2019, 9, 9)), "total", 3120) in facts
    assert not any(f[3] == 9 for f in facts)


def test_a_running_count_after_a_figure_of_another_year_is_not_dated_by_it():
    line = "In 2018 kwamen er 4.732 meldingen binnen, tot 9 september 3.120."
    assert _year(2018) in _anchored(line)
    assert (date(2018, 1, 1), date(2018, 9, 9)) not in _anchored(line)


def test_the_first_quarters_and_the_same_period_the_year_before():
    # texts155/rijnmond-rotterdam-rattenmeldingen-2017, line 15: `Toen` takes up the period
    # the sentence before compared with, the same part of the year before
    text = (
        "In 2017 zijn er in de eerste drie kwartalen 2750 meldingen van rattenoverlast bij de "
        "gemeente Rotterdam binnengekomen. Dat zijn er veel meer dan in dezelfde periode het "
        "jaar daarvoor. Toen ging het om 1593 meldingen."
    )
    facts = text_facts(text, "other")
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
    facts = text_facts(text, "other", title="Vertrouwenspersonen studiejaar 2018-2019")
    this, before = (date(2018, 9, 1), date(2019, 8, 31)), (date(2017, 9, 1), date(2018, 8, 31))
    assert {(f[0], f[1], f[3]) for f in facts} >= {(*this, 93), (*before, 91)}


def test_a_month_range_across_a_year_end_is_one_period():
    # texts37/ministeries-wob-ondraaglijk-traag-2021, line 7
    line = "In de onderzochte periode – van oktober 2020 tot en met september 2021 – werd"
    assert _anchored(line) == [(date(2020, 10, 1), date(2021, 9, 30))]
    line = "Van januari tot en met september 2021 kwamen 80 klachten binnen."
    assert _anchored(line) == [(date(2021, 1, 1), date(2021, 9, 30))]


def test_flemish_voorbije_is_afgelopen():
    # texts166/roeselare-meldpunt-1788-2021, line 9 (stamped 2022-03)
    line = (
        "Opvallend ook is dat het team van 1788 de voorbije twee jaar ook meer dan 1.000 "
        "meldingen over corona moest behandelen."
    )
    assert _anchored(line, last_year=2021) == [(date(2020, 1, 1), date(2021, 12, 31))]
    # texts169/pz-klm-inbraken-diefstallen-2015-2017, line 13 (stamped 2018-08)
    line = "Die is het voorbije jaar met één derde gestegen (van 82 naar 115)."
    assert _anchored(line, last_year=2017) == [_year(2017)]


def test_a_compared_figure_with_its_thousands_spaced_keeps_the_year_after_it():
    # texts169/rivierenland-hvz-interventies-2017, line 6
    line = "Onze zone voerde 15 257 interventies uit tegenover 18 860 in 2016."
    facts = text_facts(line, "other", title="Onze interventies in 2017")
    assert (date(2016, 1, 1), 15257.0) not in {(f[0], f[3]) for f in facts}


def test_a_span_of_years_from_the_start_of_one_to_the_end_of_another():
    # texts166/gvb-meldingen-bijzonder-voorval-2019-2023, line 5
    line = "Tussen 2019 en eind 2023 turfde het GVB bedrijfsbreed in totaal 725 meldingen"
    assert _anchored(line) == [(date(2019, 1, 1), date(2023, 12, 31))]
    # texts111/uva-grensoverschrijdend-gedrag-2016-2018, line 1
    line = "Van begin 2016 tot en met eind 2018 zijn bij de Universiteit van Amsterdam (UvA)"
    assert _anchored(line) == [(date(2016, 1, 1), date(2018, 12, 31))]


def test_a_hedged_figure_in_brackets_after_a_compared_year_is_that_years():
    # texts161/maa-vliegverkeer-klachten-2016-2018, lines 1 and 3 (stamped 2019-03)
    text = (
        "Het aantal klachten over vluchten van en naar Maastricht Aachen Airport (MAA) is vorig "
        "jaar fors toegenomen.\n\nHet aantal klachten over MAA bedroeg ruim 39.000, een toename "
        "van 280 procent in vergelijking met het jaar daarvoor (ruim 10.000 klachten)."
    )
    facts = text_facts(text, "other", doc_date=date(2019, 3, 1))
    assert _fact(_year(2017), "total", 10000) in facts
    assert _fact(_year(2018), "total", 10000) not in facts


def test_the_count_of_a_year_compared_with_dates_no_figure():
    # texts112/caribisch-nederland-ombudsman-2021, line 17
    line = (
        "Het aantal klachten dat digitaal is binnengekomen (145) is ongeveer gelijk aan het "
        "aantal in 2020."
    )
    assert _anchored(line) == []


def test_a_new_years_night_without_its_years_is_the_one_before_the_writing():
    # texts167/jenv-kamerbrief-jaarwisseling-2024-2025, line 1 (stamped 2025-01)
    lead = (
        "De jaarwisseling is volgens de politie rumoerig verlopen, met fors meer incidenten dan "
        "de voorgaande twee jaar en meer geweld tegen politieagenten en andere hulpverleners."
    )
    night = (date(2024, 12, 31), date(2025, 1, 1))
    assert document_new_year(["", lead], 2025) == night
    assert document_new_year(["", lead]) is None  # undated: no night
    assert document_new_year(["", "Incidenten in 2024.", lead], 2025) is None  # not its head
    # texts70/drenthe-brandweer-jaarwisseling-2020, lines 1-3 (stamped 2020-01): the lead's
    # `dit jaar` is the night
    text = (
        "De brandweer moest tijdens afgelopen jaarwisseling onder meer in actie komen bij een "
        "grote brand in Hoogeveen.\n\nHet aantal incidenten rond oud en nieuw waarbij de "
        "brandweer in actie moest komen, is dit jaar fors afgenomen. Landelijk steeg het aantal "
        "incidenten juist met 118 naar 4430 incidenten."
    )
    facts = text_facts(text, "other", doc_date=date(2020, 1, 15))
    assert _fact((date(2019, 12, 31), date(2020, 1, 1)), "total", 4430) in facts


def test_a_series_of_yearly_counts_rising_to_last_years_level():
    # texts167/lanaken-klachten-meldingen-2015-2019, line 5 (stamped 2020-05)
    line = (
        "In 2015 ontvingen we 1.433 klachten en meldingen, het jaar nadien 1.413, in 2017 daalde "
        "het cijfer tot 1.370 om in 2018 weer te stijgen tot 1.428 en vorig jaar naar een record "
        "aantal van 1.745."
    )
    facts = text_facts(line, "other", doc_date=date(2020, 5, 1))
    assert facts == {
        _fact(_year(y), "total", n)
        for y, n in ((2015, 1433), (2016, 1413), (2017, 1370), (2018, 1428), (2019, 1745))
    }


def test_a_month_told_with_vorig_jaar_is_that_month_of_the_year_before():
    # texts274/cgvs-asielaanvragen-2019-11 (web274): `In november vorig jaar` is November
    # of the year before the writing; the month alone took the year of the text's figures
    line = "In november vorig jaar bedroeg het aantal geregistreerde asielaanvragen 1.942."
    assert [s.period for s in find_periods(line, 2019, 2018)] == [
        (date(2018, 11, 1), date(2018, 11, 30))
    ]
    # an undated item gives no year to place it: no period
    assert find_periods(line, 2019, None) == []


def test_a_quarter_without_its_year_after_vorig_jaar_is_last_years():
    # texts177/huizen-verwarde-personen-q1-2019.txt, line 1: `Vorig jaar ... in het eerste
    # kwartaal` is the first quarter of 2018; the one `van 2019` keeps its year
    line = (
        "Vorig jaar waren er in het eerste kwartaal nog 31 meldingen, maar in het eerste "
        "kwartaal van 2019 is dit gestegen naar 64 meldingen."
    )
    spans = find_periods(line, context_year=2019, last_year=2018)
    periods = [(s.period.start, s.period.end) for s in spans]
    assert quarter(2018, 1) in periods
    assert quarter(2019, 1) in periods
    # after a clause's end the part is the report's year, as before
    line = "Vorig jaar waren er 500, in het eerste kwartaal 31 meldingen."
    spans = find_periods(line, context_year=2019, last_year=2018)
    assert quarter(2019, 1) in [(s.period.start, s.period.end) for s in spans]
