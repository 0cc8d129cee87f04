"""A bound is no count where the text states the count of its period (incFP, 2026-12-07):
`weer boven de 3.000` beside `3.622 octrooiaanvragen` (BA), `de grens van de 3.000
verkeersongevallen is in zicht` beside `3.055 VKOLL` (AW), the `meer dan duizend` that picks
out `15 gemeenten` beside `1,19 miljoen misdrijven` (AR). A bound that is its period's only
figure stays (`opgelopen tot boven de 300`, lbb AV: the gold writes it). Each test quotes the
real lines."""

from __future__ import annotations

from datetime import date

from pipeline.incidents import extract_incident_counts
from pipeline.incidents.rows import _without_bounds_of_stated_counts
from tests.incident_facts import document, figure_values

# texts274/octrooicentrum-octrooiaanvragen-2021 (BA), lines 5 and 21 (cut)
_OCTROOI = (
    "Octrooiverlening\n\n"
    "  • In 2021 zijn 3.622 octrooiaanvragen ingediend bij Octrooicentrum Nederland. In 2020 "
    "waren dat er 3.023. Dat betekent een stijging van 20%.\n\n"
    "In de afgelopen 5 jaar is het aantal octrooiaanvragen dat is ingediend bij Octrooicentrum "
    "Nederland gestegen tot 3.622 nieuwe aanvragen in 2021. In 2020 waren dat er 3.023. Dat "
    "betekent een stijging van bijna 20%. Daarmee lag ook in 2021 – net als het jaar daarvoor – "
    "het aantal octrooiaanvragen dat in een jaar werd ingediend weer boven de 3.000."
)

# texts255/gouverneur-vlaams-brabant-geregistreerde-feiten-2017 (AW), lines 1 and 23
_GOUVERNEUR = (
    "Minder criminaliteit en betere verkeersongevallencijfers op 5 jaar\n\n"
    "Uit de ongevallencijfers voor de periode 2005-2017 blijkt dat in onze provincie het aantal "
    "verkeersongevallen met lichamelijk letsel van 4.284 VKOLL naar 3.055 is gedaald. Dit is een "
    "daling van 29 %. In 2017 waren er nog 3.055 VKOLL, de grens van de 3.000 "
    "verkeersongevallen is in zicht."
)

# texts230/cbs-geregistreerde-criminaliteit-2011 (AR), lines 1, 3 and 21
_CBS = (
    "Helft criminaliteit is diefstal of inbraak\n\n"
    "In 2011 registreerde de politie 1,19 miljoen misdrijven, vrijwel evenveel als in 2010. In "
    "meer dan de helft van de gevallen ging het om inbraak of diefstal.\n\n"
    "Met bijna 5 400 registraties is Amsterdam koploper op het gebied van inbraken in en "
    "diefstallen uit woningen. Wel lag dit aantal lager dan in 2010. In totaal zijn er 15 "
    "gemeenten in Nederland waar in 2011 meer dan duizend inbraken zijn geregistreerd. Vooral in "
    "Almere, Zoetermeer en Enschede nam het aantal geregistreerde inbraken in 2011 sterk toe."
)

# texts249/lbb-bibob-adviesaanvragen-2017-2018 (AV), lines 15-16, joined: its gold writes the
# bound, 2018's only figure (the rules read no figure there: `adviezen` are the body's own acts)
_LBB = (
    "In 2017 zijn bij het LBB 271 adviezen aangevraagd, in 2018 is het aantal opgelopen tot "
    "boven de 300."
)


def test_a_level_the_count_stays_above_is_no_figure():
    values = figure_values(_OCTROOI)
    assert {3622.0, 3023.0} <= values
    assert 3000.0 not in values


def test_a_level_in_sight_is_no_figure():
    values = figure_values(_GOUVERNEUR)
    assert 3055.0 in values
    assert 3000.0 not in values


def test_the_bound_that_picks_out_the_units_counted_is_no_figure():
    rows = extract_incident_counts(document(_CBS, doc_type="other"))
    assert 1190000.0 in {row["value"] for row in rows}
    assert 1000.0 not in {row["value"] for row in rows}


def _row(text: str, number: str, year: int) -> dict:
    return {
        "period_start": date(year, 1, 1),
        "period_end": date(year, 12, 31),
        "category": "total",
        "value": float(number),
        "unit": "count",
        "_rough": False,
        "_offset": text.index(number),
    }


def test_a_bound_that_is_its_periods_only_figure_stays():
    rows = [_row(_LBB, "271", 2017), _row(_LBB, "300", 2018)]
    assert _without_bounds_of_stated_counts(rows, _LBB) == rows


def test_a_bound_beside_its_periods_count_goes():
    text = _GOUVERNEUR
    rows = [_row(text, "3.055", 2017), _row(text, "3.000", 2017)]
    rows[0]["value"], rows[1]["value"] = 3055.0, 3000.0
    assert _without_bounds_of_stated_counts(rows, text) == rows[:1]
