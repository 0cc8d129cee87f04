"""Kinds of count text met in held-out round AA (web151, web152): a budget's performance
table under an actual year (`Werkelijk 2013`), a body's reports and the cases it opens
with their shares ranked by domain and ground, a rate per year, a railway's safety
incidents, and a police item on one New Year's night compared with the last. Each test
quotes the real text's lines (the source named above it)."""

from __future__ import annotations

from datetime import date

from pipeline.docmodel import as_doc, doc_text
from pipeline.incidents.periods import document_new_year, find_periods, new_year_spans
from pipeline.incidents.subjects import _about_incidents
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import document as _document
from tests.incident_facts import period_facts as _facts
from tests.incident_facts import text_rows


def _night(first: int) -> tuple[date, date]:
    return date(first, 12, 31), date(first + 1, 1, 1)


# texts151/uden-meldingen-openbare-ruimte-2013 (financien.uden.nl), lines 12-26: a
# performance indicator of a municipal budget, flattened to one `label value` line a cell
UDEN = (
    "Prestatie-indicator\n\n"
    "Indicator Aantal klachten in de publieke ruimte\n"
    "Werkelijk 2013\n\n"
    "Melding openbare ruimte 2.741\n\n"
    "Melding openbare verlichting 640\n\n"
    "Melding schade en overlast 353\n\n"
    "Totaal aantal meldingen 3.734\n\n"
    "Prognose 2015 Totaal aantal meldingen 3.025\n"
    "Informatiebron Zaaksysteem\n"
    "Aanvullende informatie Afname aantal klachten met 10% per jaar"
)


def test_an_actual_years_column_heads_the_rows_under_it():
    # `Werkelijk 2013` heads one column as `Categorie 2013` does; the forecast is no count
    assert _facts(UDEN, doc_type="other") == {
        (_year(2013), "other", 2741.0, "count", None),
        (_year(2013), "other", 640.0, "count", None),
        (_year(2013), "other", 353.0, "count", None),
        (_year(2013), "total", 3734.0, "count", None),
    }


def test_a_forecasts_column_heads_no_counts():
    text = UDEN.replace("Werkelijk 2013", "Prognose 2013")
    assert _facts(text, doc_type="other") == set()


# texts152/unia-meldingen-dossiers-2018-2019 (unia.be), lines 7-11
UNIA = (
    "Cijfers van Unia\n\nCijferverslag 2019\n\n"
    "Net als in de voorbije jaren steeg ook in 2019 het aantal meldingen bij Unia. We "
    "ontvingen maar liefst 8.478 meldingen over vermoedelijke feiten van discriminatie, "
    "haatboodschappen en haatmisdrijven. Dat is 13,2% meer dan in 2018 en 46,7% meer in "
    "vergelijking met het gemiddelde van de afgelopen vijf jaar. Op basis van die meldingen "
    "openden we 2.343 nieuwe dossiers (6,9% meer dan in 2018). Het grootste deel van de "
    "dossiers ging over het domein werk (28% van het totale aantal dossiers), gevolgd door "
    "goederen en diensten (27,4%), media (14,8%) en onderwijs (13,1%).\n\n"
    "Over alle domeinen heen opende Unia het meeste dossiers rond de zogenaamde ‘raciale’ "
    "criteria (35,9%), gevolgd door handicap (23,2%), geloof of levensbeschouwing (12,7%) "
    "en vermogen (6,3%)."
)


def test_reports_about_the_documents_own_subject_are_all_of_them():
    # `meldingen over ... discriminatie` in a text on discrimination reports: the reports
    # described, no kind of them
    assert (_year(2019), "total", 8478.0, "count", None) in _facts(UNIA)


def test_the_cases_a_body_opens_are_no_part_of_the_reports():
    # `openden we 2.343 nieuwe dossiers` after `8.478 meldingen`: a second kind of item
    # beside the reports, not a part of them
    facts = _facts(UNIA)
    assert (_year(2019), "total", 2343.0, "count", None) in facts
    assert (_year(2019), "other", 2343.0, "count", None) not in facts


def test_shares_ranked_by_domain_and_ground_are_kinds_of_the_cases():
    # `het domein werk (28% van het totale aantal dossiers), gevolgd door goederen en
    # diensten (27,4%), ...`: each share a kind's, the cases named as the items
    shares = {f[2] for f in _facts(UNIA) if f[3] == "percent" and f[1] == "other"}
    assert shares == {28.0, 27.4, 14.8, 13.1, 35.9, 23.2, 12.7, 6.3}


def test_changes_in_brackets_beside_the_ranked_shares_stay_out():
    assert not {13.2, 46.7, 6.9} & {f[2] for f in _facts(UNIA)}


# texts151/talant-klachten-2020 (talant.nl), line 7
TALANT = (
    "In 2020 zijn er in totaal 43 klachten bij de klachtenfunctionaris ingediend. Dat aantal "
    "is vergelijkbaar met de afgelopen jaren. In de periode 2017 – 2020 schommelt het aantal "
    "klachten rond de 45 per jaar."
)


def test_a_count_per_year_over_several_years_is_a_rate():
    assert not any(f[2] == 45.0 for f in _facts(TALANT))


# texts152/prorail-roodseinpassages-2019 (jaarverslagprorail.nl), lines 14 and 18
PRORAIL = (
    "Veilig reizen\n\n"
    "Ontsporingen als gevolg van een ander veiligheidsincident worden niet afzonderlijk als "
    "ontsporing geregistreerd, maar bij de informatie over het betreffende incident "
    "opgenomen.\n\n"
    "Roodseinpassages gestegen\n\n"
    "Het aantal roodseinpassages in 2019 is met 142 nagenoeg op het niveau van 2018 (137) "
    "gebleven. Dit aantal valt onder de oude definitie. Vanaf januari 2019 worden volgens de "
    "definitie van ILT ook de S-bord passages binnen NCBG geregistreerd als roodseinpassage. "
    "Dit heeft 9 meldingen van S-bord passages opgeleverd."
)


def _about_leaks(text: str) -> bool:
    doc = as_doc(_document(text))
    return _about_incidents(doc, doc_text(doc))


def test_a_railways_safety_incident_is_no_data_leak():
    assert not _about_leaks(PRORAIL)
    rows = text_rows(PRORAIL)
    assert all(row["subject"] != "datalek" for row in rows)
    # beside information, a `veiligheidsincident` is a security incident
    assert _about_leaks(PRORAIL + " Het ging om een veiligheidsincident met persoonsgegevens.")


# texts152/politie-jaarwisseling-2017-2018 (politie.nl), line 1
NEW_YEAR = (
    " date 2018-01 De jaarwisseling van 2017-2018 kende minder incidenten dan vorig jaar. "
    "Toen werden 7.126 incidenten geregistreerd, afgelopen oud en nieuw waren dat er 5.930. "
    "De grootste getalsmatige daling betreft het aantal vuurwerkincidenten. Deze categorie "
    "daalde met 27 procent, van bijna 3.000 naar 2.140 incidenten. Deze afname is "
    "voornamelijk te danken aan een daling van het aantal incidenten waarbij vuurwerk is "
    "afgestoken buiten de toegestane tijd. Een andere grote daler is de categorie vernieling "
    "dan wel zaakbeschadiging. Deze daalde met 28 procent. Het aantal meldingen in de "
    "categorie overlast jeugd steeg van 374 naar 414 incidenten.\n\n"
    "Er werd dit jaar vooralsnog negen keer geweld geregistreerd tegen agenten."
)


def test_a_text_on_one_new_years_night_is_about_that_night():
    assert document_new_year(["De jaarwisseling van 2017-2018 kende minder incidenten"]) == (
        _night(2017)
    )
    assert document_new_year(["Incidenten in 2017-2018"]) is None  # no New Year named
    text = "Verbaal geweld daalde met 74 procent (69 in 2016/2017 en 18 dit jaar)."
    spans = new_year_spans(text, find_periods(text, None, 2017), document_new_year([NEW_YEAR]))
    assert [tuple(s.period) for s in spans] == [_night(2016), _night(2017)]


def test_figures_of_a_new_years_night_and_the_night_before():
    assert _facts(NEW_YEAR, doc_type="other") == {
        (_night(2016), "total", 7126.0, "count", None),  # `vorig jaar. Toen ...`
        (_night(2017), "total", 5930.0, "count", None),  # `afgelopen oud en nieuw`
        (_night(2017), "other", 2140.0, "count", None),  # a kind, below the night's total
        (_night(2016), "other", 374.0, "count", None),  # a change: from the night before
        (_night(2017), "other", 414.0, "count", None),
        (_night(2017), "other", 9.0, "count", None),  # `dit jaar`: this night
    }


# texts152/havenrotterdam-nautische-ongevallen-2021 (news item), line 9
HARBOUR = (
    "In totaal telde de Rotterdamse haven in 2021 144 ongelukken, waarvan de meeste (67) "
    "parkeerschades waren. Er waren 22 ongelukken meer dan in 2020."
)


def test_the_most_of_a_count_in_brackets_is_its_largest_kind():
    assert _facts(HARBOUR, doc_type="other") == {
        (_year(2021), "total", 144.0, "count", None),
        (_year(2021), "other", 67.0, "count", None),
    }


# texts152/vlaanderen-dierenwelzijn-meldingen-2016 (metrotime.be), line 7
ANIMALS = (
    "Meer meldingen van dierenverwaarlozing\n\n"
    "Het aantal meldingen van dierenverwaarlozing is fors gestegen. In 2016 waren het er "
    "4.464.\n\n"
    "Naast een stijging van het aantal meldingen is er ook een stijging van het aantal pv’s: "
    "339 in 2015, 465 in 2016. De dienst Dierenwelzijn wierf daarom 8 nieuwe medewerkers aan."
)


def test_a_list_after_the_number_of_other_things_counts_those():
    # `het aantal pv's: 339 in 2015, 465 in 2016`: the official reports the service drew
    # up itself, listed after their own noun, no reports made to it
    values = {f[2] for f in _facts(ANIMALS, doc_type="other")}
    assert not {339.0, 465.0} & values


# texts151/crow-ov-klachten-2017 (crow.nl), lines 10-13: a monitor quoting several public
# transport authorities, one bullet each
TRANSPORT = (
    "Klachten in 2017\n\n"
    "Vier ov-autoriteiten besteden in hun jaarverslag over het openbaar vervoer aandacht aan "
    "klachten en klantreacties. Een korte bloemlezing:\n"
    "  • In Fryslân zijn er in 2017 ongeveer 2800 klachten binnengekomen bij de vervoerder, "
    "het leeuwendeel over het busvervoer (2400). Klachten bij de bus betreffen vooral de "
    "onderwerpen rituitval, stiptheid en volle bussen. De 400 klachten over het treinvervoer "
    "gaan vooral over boetes/restitutie, OV-chipkaart en vervoerbewijzen/tarieven.\n"
    "  • In de provincie Utrecht is er in 2017 een sterke stijging aan klantreacties "
    "(waaronder klachten) in de nieuwe streekconcessie."
)


def test_a_bullet_opening_on_a_place_scopes_its_figures():
    facts = _facts(TRANSPORT, doc_type="other")
    assert (_year(2017), "total", 2800.0, "count", "Fryslân") in facts
    assert (_year(2017), "other", 400.0, "count", "Fryslân") in facts


def test_a_desks_count_stated_again_without_it_is_the_whole():
    # texts151/talant-klachten-2020, lines 7 and 11: the organisation's own complaints
    # officer takes in all its complaints; `Van de totaal 43 klachten` states them again
    text = TALANT + (
        "\n\nVan de totaal 43 klachten zijn er 34 naar tevredenheid opgelost (74%), 7 klachten "
        "zijn deels opgelost (14%) en 2 klachten zijn niet naar tevredenheid opgelost (4%)."
    )
    assert {f for f in _facts(text) if f[1] == "total"} == {
        (_year(2020), "total", 43.0, "count", None)
    }
    # not stated again: the desk's own count keeps its scope
    assert (_year(2020), "total", 43.0, "count", "klachtenfunctionaris") in _facts(TALANT)
