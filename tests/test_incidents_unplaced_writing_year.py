"""A figure whose own clause names its year relative to the text's writing (`het afgelopen
jaar`, `dit jaar`, `vorig jaar`) takes that year from the text's date (its dateline or stamp,
rule 22 of the web gold) or a clue in it; in an item without either, no other year the
sentence or the text names is the figure's (it is dropped, as any figure whose period cannot
be read). Lines quoted from the dev texts the gold was written on (file named above each
test); incRel63."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts


def test_last_year_beside_a_year_compared_with_is_not_that_year():
    # texts198/nhd-heemskerk-bezwaarschriften-2019, line 7 (no date printed): 129 is the
    # undated `afgelopen jaar`'s, not 2015's
    text = (
        "Bij de gemeente Heemskerk komen de laatste jaren minder bezwaarschriften binnen. "
        "Waren het in 2015 nog 153 stuks, het afgelopen jaar werd er 129 keer bezwaar gemaakt."
    )
    assert 129 not in {f[3] for f in text_facts(text, "other")}


def test_a_tally_of_this_year_is_not_the_year_named_before_it():
    # texts275/kw-mrcc-oostende-incidenten-zee-2022, line 3 (no date printed)
    text = (
        "Waar het MRCC in 2019 nog 97 en in 2020 nog 81 incidenten registreerde, komt de "
        "teller dit jaar op 128."
    )
    assert 128 not in {f[3] for f in text_facts(text, "other")}


def test_the_texts_date_places_this_year():
    # the same line under a page's stamp: `dit jaar` is the stamp's year
    text = (
        " date 2022-08 Waar het MRCC in 2019 nog 97 en in 2020 nog 81 incidenten registreerde, "
        "komt de teller dit jaar op 128."
    )
    assert _fact(_year(2022), "total", 128) in text_facts(text, "other")


def test_a_year_the_clause_writes_for_the_figure_stays():
    # texts198/rijnmond-dcmr-meldingen-rotterdam-airport-2019q3, line 7 (no date printed):
    # 34.588 is `heel 2018`'s, though its clause names `dit jaar` for the other figure
    text = (
        "Er zijn dit jaar in totaal al meer meldingen (42.721) binnengekomen dan in heel 2018 "
        "(34.588)."
    )
    assert _fact(_year(2018), "total", 34588) in text_facts(text, "other")
