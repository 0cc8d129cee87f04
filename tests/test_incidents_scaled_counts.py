"""A count rounded to thousands or millions, its scale written out after its digits (`bijna
222 duizend meldingen`, `1,19 miljoen misdrijven`), as CBS and the news items quoting it
print large counts: one value, its scale no number of its own (docs/incident-silent-gates.md,
"Round AT released (incAT)"). Each test quotes the real lines it names."""

from __future__ import annotations

from pipeline.incidents.numbers import _values
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import kind_facts


def test_a_count_in_thousands_is_read_whole_and_its_scale_is_no_count():
    # texts240/blikopnieuws-cbs-brandweer-meldkamers-2016 (AT), lines 1, 3 and 11 (shortened)
    text = (
        " date 2017-02 Minder meldingen voor brandweer in 2016\n\n"
        "Bij de meldkamers van de brandweer kwamen in 2016 bijna 222 duizend meldingen binnen "
        "van incidenten. Dat zijn er 12 duizend minder dan een jaar eerder.\n\n"
        "Het aantal verzoeken om hulp daalde in 2016 naar bijna 98 duizend meldingen."
    )
    facts = kind_facts(text)
    assert (_year(2016), "total", 222000.0) in facts
    assert (_year(2016), "other", 98000.0) in facts
    assert not {f for f in facts if f[2] in (1000.0, 98.0, 12000.0)}


def test_a_count_in_millions_with_a_decimal_is_one_value():
    # texts230/cbs-geregistreerde-criminaliteit-2011 (AR), line 3
    line = "In 2011 registreerde de politie 1,19 miljoen misdrijven, vrijwel evenveel als in 2010."
    assert 1190000.0 in [v.value for v in _values(line, [])]


def test_an_amount_or_a_rates_base_in_thousands_is_no_count():
    # texts239/schadefonds-aanvragen-2016-2017 (AT): `20 miljoen euro uitgekeerd`;
    # texts220/cbs-brandweer-branden-hulpverleningen-1998 (AP), line 15
    amount = "Het fonds heeft 20 miljoen euro uitgekeerd aan slachtoffers."
    assert 20000000.0 not in [v.value for v in _values(amount, [])]
    rate = "Het aantal hulpverleningen per 100 duizend inwoners neemt toe."
    assert 100000.0 not in [v.value for v in _values(rate, [])]
