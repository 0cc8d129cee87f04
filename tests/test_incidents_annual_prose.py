"""Complaint and objection counts in the prose of annual reports and news items: figures per
division of an organisation, `respectievelijk` between two figures, a count restating the
sentence before, complaints about the organisation as a whole. Each text is written for the
test in the shape of such a sentence (no third-party text)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.incidents import extract_incident_counts
from tests.incident_facts import (
    Y2012,
    Y2014,
    Y2016,
    Y2017,
    Y2018,
    Y2019,
    Y2020,
    Y2021,
    calendar_year,
    month_span,
    quarter,
    text_facts,
)
from tests.incident_facts import document as _report
from tests.incident_facts import fact as _fact


def _facts(text: str, doc_date: date | None = None) -> set[tuple]:
    """News items and reports of no set type, a scope compared however the text capitalised it."""
    return text_facts(text, "other", doc_date=doc_date, casefold_scope=True)


def test_figures_of_a_named_division_carry_its_name_as_scope():
    text = (
        "Klachten\n\n"
        "In 2019 kwamen in totaal 410 klachten binnen bij het bureau. "
        "Bij de divisie Vergunningen & Toezicht nam het aantal klachten in 2019 toe ten "
        "opzichte van het jaar ervoor (van 120 naar 151). "
        "Bij de afdeling Burgerzaken daalde het aantal klachten in 2019 naar 88."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 410) in facts
    assert _fact(Y2018, "total", 120, scope="vergunningen & toezicht") in facts
    assert _fact(Y2019, "total", 151, scope="vergunningen & toezicht") in facts
    assert _fact(Y2019, "total", 88, scope="burgerzaken") in facts
    assert _fact(Y2019, "total", 151) not in facts


def test_a_municipality_named_after_bij_is_no_division():
    text = "Klachten. Bij de gemeente Zandvoort kwamen in 2019 in totaal 57 klachten binnen."
    assert _fact(Y2019, "total", 57) in _facts(text)


def test_respectively_between_two_figures_pairs_them_with_the_years_in_order():
    text = (
        "Klachten. In 2019 zijn 640 klachten ingediend. In 2018 en 2017 werden 512 "
        "respectievelijk 498 klachten ingediend."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 640) in facts
    assert _fact(Y2018, "total", 512) in facts
    assert _fact(Y2017, "total", 498) in facts


def test_a_restating_count_takes_the_year_stated_not_the_year_compared_with():
    text = (
        "Klachten. In 2019 kwamen er meer klachten binnen dan het jaar ervoor. Het ging om "
        "45 klachten. In 2018 waren er 39 klachten over de gemeente."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 45) in facts
    assert _fact(Y2018, "total", 39) in facts
    assert _fact(Y2018, "total", 45) not in facts


def test_complaints_about_the_organisation_are_no_kind_of_complaint():
    text = "Klachten. In 2019 ontvingen wij 72 klachten over de provincie."
    assert _facts(text) == {_fact(Y2019, "total", 72)}


def test_flattened_table_under_one_line_of_glued_years():
    # a web page's table: the year cells glued in one line, then each row's label and
    # its cells one per line with blank lines between
    cells = "\n\n".join(["Gegrond", "4", "7", "5", "Totaal", "61", "58", "70"])
    text = f"Aantal klachten per jaar\n\n  201720182019\n{cells}\n\nDe doorlooptijd"
    facts = _facts(text)
    assert {_fact(Y2017, "total", 61), _fact(Y2018, "total", 58)} <= facts
    assert _fact(Y2019, "total", 70) in facts


def test_flattened_table_under_one_line_of_spaced_years():
    cells = "\n".join(["Totaal", "61", "58", "70"])
    text = f"Aantal klachten per jaar\n\n2017 2018 2019\n{cells}\n"
    assert _fact(Y2018, "total", 58) in _facts(text)


def test_a_line_of_years_not_running_one_a_column_is_no_header():
    cells = "\n".join(["Totaal", "61", "58"])
    text = f"Aantal klachten\n\n2015 2019\n{cells}\n"
    assert _fact(Y2019, "total", 58) not in _facts(text)


def test_an_organisation_that_did_notifications_is_one_of_those_compared():
    text = (
        "Zowel RVB als het ministerie van Financiën hebben hun lekken gemeld. "
        "RVB deed vorig jaar negen keer melding van een datalek bij de Autoriteit "
        "Persoonsgegevens. Het ministerie van Financiën meldde vorig jaar 14 datalekken bij "
        "de Autoriteit Persoonsgegevens."
    )
    rows = extract_incident_counts(_report(text, doc_type="other", doc_date=date(2020, 3, 1)))
    scoped = {(r["value"], r["scope"]) for r in rows}
    assert (9.0, "RVB") in scoped
    assert (14.0, "Financiën") in scoped


def test_complaints_about_the_organisation_lodged_with_an_ombudsman_carry_its_name():
    text = (
        "Klachten. De provincie ontving in 2019 in totaal 210 klachten. Ook het aantal "
        "klachten bij de Regionale Ombudsman over de provincie nam in 2019 toe, tot 17."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 210) in facts
    assert _fact(Y2019, "total", 17, scope="regionale ombudsman") in facts
    assert _fact(Y2019, "total", 17) not in facts


def test_a_figure_before_the_ombudsman_is_named_keeps_no_scope():
    text = (
        "Klachten. In 2019 kwamen 210 klachten binnen, en er liepen klachten bij de "
        "ombudsman over de provincie."
    )
    assert _fact(Y2019, "total", 210) in _facts(text)


def test_a_count_whose_noun_is_in_quotes_is_no_count_of_such_items():
    text = (
        "Klachten. In 2019 ontvingen we 52 klachten. We kregen daarnaast nog 30 'klachten' "
        "binnen, maar dit waren vragen die de afdelingen direct beantwoordden."
    )
    assert _facts(text) == {_fact(Y2019, "total", 52)}


def test_a_figure_after_an_opening_van_de_n_is_a_part_of_n():
    text = "Klachten. Van de 52 klachten behandelden we in 2019 3 klachten formeel."
    assert _fact(Y2019, "total", 3) not in _facts(text)


def test_waren_dat_er_repeats_the_count_just_named_for_its_own_year():
    text = "Klachten. In 2018 werden 64 klachten ingediend, in 2019 waren dat er welgeteld 41."
    facts = _facts(text)
    assert _fact(Y2018, "total", 64) in facts
    assert _fact(Y2019, "total", 41) in facts


def test_a_count_to_a_quarter_or_month_runs_from_the_years_start():
    text = (
        "Bezwaren. In 2019 zijn tot en met het derde kwartaal 212 bezwaren binnengekomen. "
        "Tot en met mei 2018 kwamen 96 bezwaren binnen. "
        "In 2017 zijn tot en met het vierde kwartaal 301 bezwaren binnengekomen."
    )
    facts = _facts(text)
    assert _fact((date(2019, 1, 1), date(2019, 9, 30)), "total", 212) in facts
    assert _fact((date(2018, 1, 1), date(2018, 5, 31)), "total", 96) in facts
    assert _fact(Y2017, "total", 301) in facts


def test_a_to_date_column_header_dates_its_cells():
    text = (
        "Oordeel over klachten\n\n2019 t/m juni\n\n2018 t/m juni\n\nOordeel\n\n"
        "Gegrond\n\n311\n\n402\n\nOngegrond\n\n893\n\n975\n\nTotaal\n\n1.204\n\n1.377\n"
    )
    facts = _facts(text)
    assert _fact((date(2019, 1, 1), date(2019, 6, 30)), "total", 1204) in facts
    assert _fact((date(2018, 1, 1), date(2018, 6, 30)), "total", 1377) in facts


def test_a_change_whose_first_level_has_its_own_year_may_end_with_tot():
    text = (
        "Bezwaarschriften. Het aantal bezwaarschriften liep op van 45 in 2017 tot 61 in 2018. "
        "In 2019 kwamen van 10 tot 15 bezwaarschriften per maand binnen."
    )
    facts = _facts(text)
    assert _fact(Y2017, "total", 45) in facts
    assert _fact(Y2018, "total", 61) in facts
    assert not {f for f in facts if f[3] in (10.0, 15.0)}


def test_a_change_of_the_items_the_sentence_opens_with():
    text = (
        "Klachten. "
        "De klachten zijn gestegen van 310 in 2018 naar 350 in 2019. "
        "De vragen en klachten die het bureau kreeg over de bijstand zijn verdubbeld van 520 "
        "in 2016 naar 1040 in 2017."
    )
    facts = _facts(text)
    assert _fact(Y2018, "total", 310) in facts
    assert _fact(Y2019, "total", 350) in facts
    assert _fact(Y2016, "other", 520) in facts
    assert _fact(Y2017, "other", 1040) in facts


def test_times_a_complaint_was_filed_and_restated_for_another_year():
    text = (
        "Klachten. "
        "Vorig jaar werd 380 keer geklaagd, in 2017 was dat nog maar 250 keer. "
        "Het bureau werd in 2019 1.950 keer benaderd met vragen, signalen en klachten."
    )
    facts = _facts(text, doc_date=date(2020, 3, 1))
    assert _fact(Y2019, "total", 380) in facts
    assert _fact(Y2017, "total", 250) in facts
    assert _fact(Y2019, "total", 1950) in facts


def test_how_often_a_body_was_approached_beside_its_complaints_is_other():
    # a complaints body's contacts beside the complaints it counts: its wider intake
    # (`other`), restated for the year before after `tegenover`; the contacts may exceed
    # the complaints of the same year
    text = (
        "Klachtenbehandeling. In 2019 werd het klachtenbureau 2.415 keer gecontacteerd, "
        "tegenover 2.190 keer het jaar daarvoor. Het bureau behandelde 512 klachten."
    )
    facts = _facts(text)
    assert _fact(Y2019, "other", 2415) in facts
    assert _fact(Y2018, "other", 2190) in facts
    assert _fact(Y2019, "total", 512) in facts
    # Flemish wording, the verb after a word of manner, restated with its noun left out,
    # the complaints counted in the sentence before
    text = (
        "Jaarverslag ombudsdienst 2018. Vorig jaar kwamen 310 klachten binnen. De "
        "ombudsdienst werd vorig jaar 980 keer telefonisch geconsulteerd; in 2017 waren dat "
        "er 870."
    )
    facts = _facts(text, doc_date=date(2019, 4, 1))
    assert _fact(Y2018, "total", 310) in facts
    assert _fact(Y2018, "other", 980) in facts
    assert _fact(Y2017, "other", 870) in facts


def test_information_requests_beside_complaints_are_other():
    # an ombudsman's information requests (`informatievragen`, `infovragen`) are contacts:
    # beside the complaints it counts, its wider intake (`other`); four digits before them
    # are a count as before an incident noun
    text = "Ombudsman. In 2019 kreeg de ombudsman 3 140 klachten en 1 215 informatievragen."
    facts = _facts(text)
    assert _fact(Y2019, "total", 3140) in facts
    assert _fact(Y2019, "other", 1215) in facts
    text = (
        "Ombudsman. In 2019 opende de ombudsman 5 355 dossiers: 3140 klachten en 2215 infovragen."
    )
    assert _fact(Y2019, "other", 2215) in _facts(text)


def test_contacts_as_the_only_count_are_the_intake_and_a_part_by_whom_is_other():
    text = (
        "Kinderombudsman. De ombudsman werd in 2016 door jongeren 412 keer benaderd. "
        "In totaal werd de ombudsman in 2016 2.950 keer benaderd."
    )
    facts = _facts(text)
    assert _fact(Y2016, "other", 412) in facts
    assert _fact(Y2016, "total", 2950) in facts
    # a data-leak text counts no body's contacts
    text = "Datalekken 2019. De functionaris werd in 2019 45 keer benaderd over een datalek."
    assert _facts(text) == set()


def test_people_counted_by_how_they_approached_the_body_are_its_contacts():
    # one group of reporters is a part by who made contact (other), restated after
    # `tegenover`; people as a whole are the body's contacts (its intake where it counts
    # no items); the phrase before or after the count, split by it
    text = (
        "Vertrouwenspersonen. In 2019 wendden zich 133 medewerkers tot de vertrouwenspersonen, "
        "tegenover 155 in 2018. In 2019 namen in totaal 240 mensen contact op met hen."
    )
    facts = _facts(text)
    assert _fact(Y2019, "other", 133) in facts
    assert _fact(Y2018, "other", 155) in facts
    assert _fact(Y2019, "total", 240) in facts
    text = (
        "Klachtenjaarverslag 2021. In 2021 klopten 412 inwoners aan bij de ombudsdienst met "
        "vragen en meldingen. De ombudsdienst onderzocht 96 klachten."
    )
    facts = _facts(text)
    assert _fact(Y2021, "other", 412) in facts
    assert _fact(Y2021, "total", 96) in facts
    # people counted without a way of approaching: no contacts
    text = "Klachten 2021. In 2021 werkten 412 medewerkers aan de afhandeling van 96 klachten."
    assert (Y2021[0], Y2021[1], "other", 412.0, "count", None) not in _facts(text)


def test_times_filed_restated_after_tegenover_takes_its_own_year():
    text = (
        "Klachten. In 2021 werd 380 keer geklaagd over de parkeerdienst, tegenover 41 keer in 2019."
    )
    facts = _facts(text)
    assert _fact(Y2021, "total", 380) in facts
    assert _fact(Y2019, "total", 41) in facts
    # a data-leak text, the counts written out: the notification to the AP compared
    text = (
        "Datalekken. Het agentschap deed in 2021 elf keer melding van een datalek bij de AP, "
        "tegenover negen keer in 2020."
    )
    facts = _facts(text)
    assert _fact(Y2021, "reported_to_ap", 11) in facts
    assert _fact(Y2020, "reported_to_ap", 9) in facts


def test_complaints_by_someone_about_something_are_of_that_kind():
    text = (
        "Klachten. In 2019 kwamen 88 klachten van ouders over het leerlingenvervoer binnen. "
        "In 2019 kwamen 21 klachten van ondernemers binnen."
    )
    facts = _facts(text)
    assert _fact(Y2019, "other", 88) in facts
    assert not {f for f in facts if f[3] == 21.0}


def test_complaints_about_municipalities_are_no_kind_of_complaint():
    text = "Klachten. Bij het bureau zijn in 2019 67 klachten over gemeenten binnengekomen."
    assert _fact(Y2019, "total", 67) in _facts(text)


def test_a_restated_count_before_a_comma_is_no_difference():
    text = (
        "Klachten. In 2019 ontving het bureau 6885 klachten. In 2018 waren dat er 6455, "
        "meer dan de 5115 klachten uit 2017."
    )
    facts = _facts(text)
    assert _fact(Y2018, "total", 6455) in facts
    assert _fact(Y2017, "total", 5115) in facts


def test_that_number_came_out_at_a_figure():
    text = (
        "Klachten. Waren er in het eerste jaar nog enkele klachten, in 2019 kwam dat aantal "
        "na een daling uit op 214. Het aantal klachten over de wachttijd lag in 2018 op 37."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 214) in facts
    assert _fact(Y2018, "other", 37) in facts
    assert _fact(Y2018, "total", 37) not in facts


def test_a_place_after_the_count_scopes_it_in_a_text_comparing_places():
    text = (
        "Bezwaarschriften. In 2019 zijn 212 bezwaarschriften in Zuidwolde ontvangen tegen "
        "180 in 2018. In IJsselmonde zijn in 2019 75 bezwaarschriften binnengekomen. "
        "Dat komt vooral door 14 bezwaarschriften met betrekking tot parkeervergunningen."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 212, scope="zuidwolde") in facts
    assert _fact(Y2018, "total", 180, scope="zuidwolde") in facts
    assert _fact(Y2019, "total", 75, scope="ijsselmonde") in facts
    assert _fact(Y2019, "other", 14, scope="ijsselmonde") in facts


# --------------------------------------------------------------------------- issue 8, wave 2


Q1_2019 = quarter(2019, 1)
Q2_2019 = quarter(2019, 2)
H1_2019 = month_span(2019, 1, 6)


def test_a_change_told_after_a_colon_counts_the_items_of_its_clause():
    text = (
        "Jaarcijfers. Ten opzichte van 2018 is de toestroom van klachten toegenomen: van 1210 "
        "in 2018 naar 1345 in 2019, een stijging van 11%. "
        "Ook de klachten zelf daalden niet: van 310 naar 350."
    )
    facts = _facts(text)
    assert _fact(Y2018, "total", 1210) in facts
    assert _fact(Y2019, "total", 1345) in facts


def test_a_kind_named_in_the_clause_of_a_change_makes_it_no_total():
    text = (
        "Meldingen. In 2019 kwamen 80 meldingen over integriteit binnen. Wel namen de "
        "meldingen in de categorie Fraude toe (van 9 naar 14)."
    )
    facts = _facts(text)
    assert not any(f[3] in (9.0, 14.0) and f[2] == "total" for f in facts)


def test_units_listed_with_their_counts_in_brackets_scope_them():
    text = (
        "Klachten. In 2019 betroffen de meeste klachten de afdelingen Openbare Ruimte en Groen "
        "(ORG, 41 klachten), Burgerzaken Centraal (27 klachten) en Parkeerbeheer (12 klachten). "
        "Voor ORG waren dat er 5 meer en voor de andere twee respectievelijk 3 en 2."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 41, scope="openbare ruimte en groen") in facts
    assert _fact(Y2019, "total", 27, scope="burgerzaken centraal") in facts
    assert _fact(Y2019, "total", 12, scope="parkeerbeheer") in facts
    assert not any(f[3] in (3.0, 2.0) for f in facts)  # differences, like the 5 before


def test_quarters_without_a_year_restate_the_count_of_the_sentence_before():
    text = (
        "Kwartaalbericht. De ombudsman ontving in de eerste helft van 2019 in totaal 40 "
        "klachten over het optreden van Stadsdeel Noord. In het eerste kwartaal waren het er "
        "22 en in het tweede kwartaal kreeg de ombudsman er 18."
    )
    facts = _facts(text)
    assert _fact(H1_2019, "total", 40) in facts
    assert _fact(Q1_2019, "total", 22) in facts
    assert _fact(Q2_2019, "total", 18) in facts


def test_a_kind_named_in_quotes_is_what_its_change_and_share_count():
    text = (
        "Klachten 2019. Het korps ontving in 2019 in totaal 500 klachten. De meeste gaan over "
        "de 'bejegening', 31 procent. En 'parkeerbeleid', dat van 64 klachten in 2018 naar "
        "40 klachten in 2019 zakte."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 500) in facts
    assert _fact(Y2019, "other", 31, unit="percent") in facts
    assert _fact(Y2018, "other", 64) in facts
    assert _fact(Y2019, "other", 40) in facts
    assert _fact(Y2019, "total", 40) not in facts


def test_a_stock_is_no_intake_and_a_bracketed_breakdown_scopes_by_chamber():
    text = (
        "Bezwaarschriften. De werkvoorraad per 1 januari 2019 bedroeg 30 bezwaarschriften. "
        "In 2019 werden in totaal 120 bezwaarschriften ingediend (80 ter behandeling in de "
        "Grote kamer en 40 ter behandeling in de Kleine kamer)."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 120) in facts
    assert _fact(Y2019, "total", 80, scope="grote kamer") in facts
    assert _fact(Y2019, "total", 40, scope="kleine kamer") in facts
    assert not any(f[3] == 30.0 for f in facts)


def test_restated_counts_in_words_with_the_verb_left_out():
    text = (
        "Klachten. Het waterschap heeft in 2019 acht klachten ontvangen. In 2018 waren dat "
        "er drie, in 2017 negen. Er zijn in 2019 twee klachten binnengekomen over het "
        "rijgedrag van medewerkers."
    )
    facts = _facts(text)
    assert _fact(Y2018, "total", 3) in facts
    assert _fact(Y2017, "total", 9) in facts
    assert _fact(Y2019, "other", 2) in facts


def test_a_change_against_the_year_before_places_its_new_level_after_the_first():
    text = (
        "Uit de cijfers blijkt dat het aantal bezwaarschriften ten opzichte van het vorige "
        "verslagjaar is gedaald, van 210 (in 2018) tot 150 bezwaarschriften. In "
        "Noordveen zijn 99 bezwaarschriften binnengekomen tegen 48 in 2018."
    )
    facts = {f[:5] for f in _facts(text)}
    assert (*Y2018, "total", 210.0, "count") in facts
    assert (*Y2019, "total", 150.0, "count") in facts
    assert (*Y2018, "other", 48.0, "count") not in facts


def test_the_bounds_of_a_range_are_no_counts():
    texts = (
        "Klachten. In 2019 kwamen 310 klachten binnen. In de jaren 2015 tot 2017 schommelde "
        "het aantal klachten tussen 280 en 345.",
        "Klachten. In 2019 kwamen 310 klachten binnen. Een gewoon jaar telt tussen de "
        "tweehonderd en driehonderd klachten.",
        "Klachten. In 2019 kwamen 310 klachten binnen; in 2018 lag het aantal ergens "
        "tussen 1.200 en 1.450 klachten.",
    )
    for text in texts:
        facts = _facts(text)
        assert _fact(Y2019, "total", 310) in facts
        assert {fact[3] for fact in facts} == {310.0}, text


def test_the_terms_of_a_ratio_are_no_counts():
    texts = (
        "Klachten. In 2019 ontving de ombudsdienst 512 klachten. Iets meer dan 7 op 10 "
        "klachten gingen over parkeren.",
        "Klachten. In 2019 ontving de ombudsdienst 512 klachten. Een op de vijf klachten "
        "werd via bemiddeling opgelost.",
        "Klachten. In 2019 ontving de ombudsdienst 512 klachten; drie op de tien daarvan "
        "betroffen de wachttijd.",
    )
    for text in texts:
        assert {fact[3] for fact in _facts(text)} == {512.0}, text


def test_a_count_on_a_date_is_no_ratio():
    text = "Klachten. In 2019 kwamen 75 klachten binnen. Er stonden er 12 op 1 januari 2020 open."
    assert _fact(Y2019, "total", 75) in _facts(text)


def test_a_round_headline_figure_restating_an_exact_one_is_dropped():
    texts = (
        "Stad kreeg 48 500 klachten\n\nIn 2019 registreerde de stad in totaal 48 462 klachten.",
        "Bijna 12.000 klachten bij de provincie\n\nIn 2019 kwamen bij de provincie 11.964 "
        "klachten binnen.",
        "Klachten\n\nDe ombudsman telde in 2019 3.208 klachten. Ruim 3.200 klachten: dat is "
        "een record.",
    )
    exact = (48462, 11964, 3208)
    for text, value in zip(texts, exact, strict=True):
        assert {fact[3] for fact in _facts(text)} == {float(value)}, text


def test_a_round_figure_of_another_year_stays():
    text = "Klachten. In 2019 kwamen 1.532 klachten binnen, in 2018 waren dat er 1.500."
    facts = _facts(text)
    assert _fact(Y2019, "total", 1532) in facts
    assert _fact(Y2018, "total", 1500) in facts


def test_last_year_of_an_undated_text_is_the_year_its_figure_is_told_again_with():
    texts = (
        "Ombudsdienst kreeg vorig jaar 4.312 klachten\n\nDe ombudsdienst heeft vorig jaar "
        "4.312 klachten ontvangen. In 2018 waren er in totaal 4.312 klachten. De dienst "
        "voor het vervoer kreeg vorig jaar 905 klachten.",
        "Klachten. In 2018 telde de klachtendienst 612 klachten. Bij de dienst Burgerzaken "
        "kwamen daarvan vorig jaar 88 klachten binnen, van de 612 klachten die vorig jaar "
        "werden ingediend.",
        "Klachten. Vorig jaar kwamen bij het bureau 1.034 klachten binnen. Nooit waren het "
        "er zo veel als in 2018 (1.034). Vorig jaar werden ook 212 klachten over de "
        "wachttijd ingediend.",
    )
    for text, value in zip(texts, (905, 88, 212), strict=True):
        assert value in {fact[3] for fact in _facts(text) if fact[:2] == Y2018}, text


def test_last_year_stays_unplaced_when_its_figure_is_told_with_two_years():
    text = (
        "Klachten. Vorig jaar kwamen 640 klachten binnen. In 2017 en 2018 samen waren het er "
        "640. Vorig jaar kwamen ook 75 klachten over de wachttijd binnen."
    )
    assert not any(fact[3] == 75 for fact in _facts(text))


def test_the_body_complaints_are_about_named_with_its_article_is_their_scope():
    cases = (
        ("Klachten. In 2019 kreeg de ombudsman 310 klachten over het Openbaar Ministerie.",
         310, "openbaar ministerie"),
        ("Klachten. In 2019 liepen er 58 klachten binnen over de Dienst Toeslagen, vooral "
         "over terugvorderingen.", 58, "dienst toeslagen"),
        ("Klachten. De ombudsvrouw telde in 2019 ook 1.204 klachten over de Sociale "
         "Verzekeringsbank.",
         1204, "sociale verzekeringsbank"),
    )  # fmt: skip
    for text, value, scope in cases:
        assert _fact(Y2019, "total", value, scope=scope) in _facts(text), text


def test_a_place_complaints_are_about_is_no_body():
    text = "Klachten. In 2019 ontving ik 30 klachten over Capelle aan den IJssel."
    assert _fact(Y2019, "total", 30) in _facts(text)


def test_a_rough_total_does_not_rule_out_a_units_exact_count():
    text = (
        "Klachten. In 2019 kwamen 620 klachten binnen over de Belastingdienst. Over de "
        "gemeenten werd in 2019 bijna 500 keer geklaagd."
    )
    assert _fact(Y2019, "total", 620, scope="belastingdienst") in _facts(text)


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        (
            "Meer verzoeken. Vorig jaar ontving het waterschap 212 Wob-verzoeken, tegen 149 "
            "in 2018.",
            (Y2018, 149),
            (Y2019, 212),
        ),
        (
            "Minder bezwaren. Waren het in 2018 nog 64 bezwaarschriften, vorig jaar waren dat "
            "er 39.",
            (Y2018, 64),
            (Y2019, 39),
        ),
        (
            "Klachten. De ombudsman kreeg vorig jaar 88 klachten binnen, tegenover 71 in 2018.",
            (Y2018, 71),
            (Y2019, 88),
        ),
    ],
)
def test_last_year_told_against_an_earlier_year_is_the_year_after_it(text, earlier, later):
    """An undated news item comparing `vorig jaar` with a year it names: the year before."""
    facts = _facts(text)
    assert _fact(earlier[0], "total", earlier[1]) in facts
    assert _fact(later[0], "total", later[1]) in facts


def test_last_year_against_two_different_years_stays_unread():
    text = (
        "Klachten. Vorig jaar kwamen 88 klachten binnen, tegen 71 in 2018. "
        "Vorig jaar waren er 12 bezwaren, tegen 9 in 2016."
    )
    assert not any(f[3] == 88.0 for f in _facts(text))


def test_a_year_before_is_the_year_before_the_one_named_last():
    text = (
        "Wob-verzoeken. In 2019 kreeg de provincie 612 Wob-verzoeken binnen, tegen 449 in "
        "2018. Een jaar daarvoor waren dat er nog 237."
    )
    facts = _facts(text)
    assert _fact(Y2017, "total", 237) in facts
    assert _fact(Y2018, "total", 449) in facts


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsdienst. In 2019 behandelde de ombudsdienst 212 tweedelijnsklachten.",
        "Jaarverslag ombudsman. De ombudsvrouw registreerde in 2019 in totaal 212 "
        "tweedelijnsklachtdossiers.",
        "Klachten 2019. Daarvan onderzocht de dienst in 2019 212 tweedelijnsklachten grondig.",
    ],
)
def test_second_line_complaints_are_the_ombudsmans_complaints(text: str):
    """A Flemish ombudsdienst counts the complaints it handles after the first line as
    `tweedelijnsklachten`: its complaints, no kind of them."""
    assert _fact(Y2019, "total", 212) in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Klachten. In 2019 kwamen 720 klachten binnen. Dat was een stijging van 64.",
        "Klachten. In 2019 ontving de ombudsman 720 klachten, een toename met ruim 64 ten "
        "opzichte van het jaar ervoor.",
        "Klachten. Het aantal klachten kwam in 2019 uit op 720: een daling van 64.",
    ],
)
def test_the_size_of_a_change_is_no_count(text: str):
    facts = _facts(text)
    assert _fact(Y2019, "total", 720) in facts
    assert not any(f[3] == 64.0 for f in facts)


def test_a_change_from_one_level_to_another_counts_both():
    text = "Klachten. Er was een stijging van 452 klachten in 2018 naar 720 in 2019."
    facts = _facts(text)
    assert _fact(Y2019, "total", 720) in facts
    assert _fact(Y2018, "total", 452) in facts


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Klachten. In 2019 ontvingen wij 640 klachten. In 2018 lag dat aantal nog op 512.", 512),
        ("Klachten. In 2019 kwamen 640 klachten binnen. In het jaar 2018 was dit aantal 498.", 498),
        (
            "Klachten\n\nDe ombudsman kreeg in 2019 640 klachten. In 2018 waren het er "
            "welgeteld 71.",
            71,
        ),
        ("Klachten. In 2019 zijn 640 klachten ingediend; in 2018 bedroeg dat aantal 1.054.", 1054),
        ("Klachten. In 2019 kwamen 640 klachten binnen. In 2018 zijn het er tot nu toe 44.", 44),
        ("Klachten. In 2019 kwamen 640 klachten binnen. In 2018 is dat er maar 1.", 1),
    ],
)
def test_a_count_restated_for_another_year_with_its_noun_left_out(text: str, earlier: int):
    """`dat aantal`, `waren het er (nog, welgeteld) N`: the number just named, for the
    year the restating sentence names."""
    facts = _facts(text)
    assert _fact(Y2019, "total", 640) in facts
    assert _fact(Y2018, "total", earlier) in facts


@pytest.mark.parametrize(
    "text",
    [
        "Datalekken\n\nDe dienst meldde in 2019 606 datalekken bij de Autoriteit "
        "Persoonsgegevens. Een jaar eerder waren het er nog 342.",
        "Datalekken\n\nIn 2019 werden 606 datalekken gemeld aan de AP. In 2018 was dat aantal 342.",
        "Datalekken\n\nIn 2019 zijn 606 datalekken bij de AP gemeld. In 2018 waren dat er "
        "maar 342.",
    ],
)
def test_a_restated_count_keeps_the_category_of_the_count_before(text: str):
    """Leaks reported to the AP, then `waren het er nog 342`: also reported to the AP."""
    facts = text_facts(text, "other")
    assert _fact(Y2018, "reported_to_ap", 342) in facts
    assert _fact(Y2018, "total", 342) not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Klachten. Voor heel 2019 gaat het om 640 klachten, waarvan er 600 zijn afgewerkt.",
        "Klachten. Voor het jaar 2019 telde de gemeente 640 klachten.",
        "Klachten. Voor geheel 2019 kwamen 640 klachten binnen.",
    ],
)
def test_voor_a_whole_year_is_for_that_year_not_before_it(text: str):
    assert _fact(Y2019, "total", 640) in _facts(text)


def test_voor_a_year_alone_is_still_before_it():
    assert not _facts("Klachten. Voor 2019 kwamen 640 klachten binnen.")


@pytest.mark.parametrize(
    "text",
    [
        "Klachten. Het aantal klachten steeg van 2.646 in 2018 naar 3.112 vorig jaar.",
        "Klachten. Het aantal klachten daalde: van 3.500 in 2018 naar 3.112 vorig jaar.",
        "Klachten. Het comité opende vorig jaar 3.112 klachtendossiers in de zone. "
        "In 2018 waren dat er nog 2.646.",
    ],
)
def test_last_year_of_an_undated_item_follows_the_year_a_change_starts_from(text: str):
    """An undated news item compares last year with the year before it: `vorig jaar` is
    the year after the one the change starts from (or the next sentence names)."""
    assert any(f[:4] == (*Y2019, "total", 3112) for f in _facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Klachten. In 2016 waren er 400 klachten. Dit aantal steeg tot 512 in 2018 en 640 in 2019.",
        "Klachten. In 2016 kwamen 400 klachten binnen. Dat aantal groeide naar 512 in 2018 en "
        "naar 640 in 2019.",
        "Klachten. De gemeente kreeg in 2016 400 klachten. Dit aantal nam toe tot 512 in 2018 en "
        "tot 640 in 2019.",
    ],
)
def test_dit_aantal_after_a_count_changes_that_count(text: str):
    """`Dit aantal steeg tot ...` right after a sentence stating a count of the items: the
    levels of that number, each with its own year."""
    facts = _facts(text)
    assert {
        _fact(Y2016, "total", 400),
        _fact(Y2018, "total", 512),
        _fact(Y2019, "total", 640),
    } <= facts


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Klachten. Zoals elk jaar liepen er in 2019 veel klachten over afval binnen, "
         "164 in totaal.", "other"),
        ("Klachten. In 2019 kwamen er weer veel klachten binnen: 164 in totaal.", "total"),
        ("Bezwaren. In 2019 zijn weer veel bezwaarschriften ingediend tegen de nieuwe "
         "parkeertarieven: 164 in totaal.", "total"),
    ],
)  # fmt: skip
def test_a_number_summing_the_items_named_before_it(text: str, category: str):
    """`..., 164 in totaal`: the items the sentence named before the number, summed (a kind
    where they are named by what they are about)."""
    assert _fact(Y2019, category, 164) in _facts(text)


def test_a_sum_after_another_count_is_not_the_items_sum():
    text = "Klachten. In 2019 kwamen 900 klachten binnen, waarvan 12 over afval, 164 in totaal."
    assert not any(f[3] == 164.0 for f in _facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jaarverslag klachtenregeling 2021. In 2021 werden er 64 zaken voorgelegd aan de "
        "klachtencommissie.",
        "Klachten 2021. De ombudsfunctionaris ontving vorig jaar 64 dossiers.",
        "Jaarverslag klachten. Het klachtenloket kreeg in 2021 64 nieuwe casussen in behandeling.",
        "Klachtenrapportage 2021: er zijn in 2021 64 signalen binnengekomen bij het meldpunt "
        "van de klachtenfunctionaris.",
    ],
)
def test_a_bodys_own_word_for_the_items_it_received_counts_them(text: str):
    # the object of a verb of receipt in a complaints text, whatever word the writer gives
    # the items (`zaken`, `dossiers`, `casussen`, `signalen`)
    assert _fact(Y2021, "total", 64) in _facts(text, doc_date=date(2022, 3, 1))


@pytest.mark.parametrize(
    "text",
    [
        # no verb of receipt: cases of another kind
        "Klachten 2021. In 2021 werden 64 zaken geschikt door de rechter.",
        # a part: `in 64 zaken`
        "Klachten 2021. Van de ontvangen klachten deed de commissie in 64 zaken uitspraak.",
        # the verb is another count's (`130 zaken afgehandeld en ... 54 klachten ingediend`)
        "Klachten 2021. In 2021 werden 64 zaken afgerond en werden er 20 nieuwe klachten "
        "ingediend.",
        # a data-leak text: its own nouns only
        "Datalekken 2021. In 2021 ontving de FG 64 dossiers over datalekken.",
    ],
)
def test_case_words_without_a_verb_of_receipt_count_nothing(text: str):
    assert all(fact[3] != 64 for fact in _facts(text, doc_date=date(2022, 3, 1)))


@pytest.mark.parametrize(
    "text",
    [
        "Jaarverslag klachten 2021. In 2021 kreeg de Huurcommissie 45 zaken in behandeling. "
        "De Geschillencommissie behandelde in 2021 11 zaken.",
        "Klachtenjaarverslag 2021. De Huurcommissie ontving in 2021 45 klachten. De "
        "Geschillencommissie behandelde in 2021 11 klachten.",
        "Klachten 2021. De Huurcommissie registreerde in 2021 45 dossiers. Het jaar daarop "
        "noteerde de Geschillencommissie 11 zaken over 2021.",
    ],
)
def test_each_body_that_received_items_scopes_its_own_count(text: str):
    # the subject of the verb of receipt (with its article) is the unit the count is for
    facts = _facts(text, doc_date=date(2022, 3, 1))
    assert _fact(Y2021, "total", 45, scope="huurcommissie") in facts


def test_a_rough_count_restated_with_its_noun_left_out():
    # `waren het er bijna N`, `waren dat er ruim N`: the count just named, rough, for another
    # period; the sentence before names the items without a figure of its own
    text = (
        "Bij de dienst kwamen in 2020 meer klachten binnen dan het jaar ervoor. "
        "In 2019 waren het er bijna 450."
    )
    assert _fact(Y2019, "total", 450) in _facts(text)
    text = "In 2020 ontving de dienst 520 klachten. In 2019 waren dat er ruim 430."
    assert _fact(Y2019, "total", 430) in _facts(text)


def test_a_change_without_years_after_a_compared_year_takes_no_year():
    # the only year the text names is the one a change is compared with: it is no report
    # year, so the next change's new level (9) has no year either, and is no 2020 figure
    text = (
        "Integriteit\n\nAantal meldingen\n\nTen opzichte van 2020 is het aantal "
        "integriteitsmeldingen gedaald van 90 naar 80. Wel is er een toename van de meldingen "
        "in de categorie Diefstal (van 5 naar 9)."
    )
    facts = _facts(text)
    assert _fact(Y2020, "total", 90) in facts
    assert not any(f[3] == 9.0 for f in facts)


@pytest.mark.parametrize(
    ("text", "title", "doc_type", "expected"),
    [
        # texts101/ov-loket-2014, lines 1-2: a quarterly report whose title names two
        # periods (no report period) and whose foreword names the year it reports on
        ("Dit is de laatste rapportage over 2014 van het OV loket, de onafhankelijke "
         "ombudsman voor beter openbaar vervoer. Er kwamen in totaal 7.986 klachten binnen "
         "(1.155 meer dan in 2013).",
         "Kwartaalrapportage OV loket 1 oktober 2014 – 31 december 2014 Inclusief "
         "jaaroverzicht 2014", "report", {_fact(Y2014, "total", 7986)}),
        # texts92/ombudsman-jaarbrief-belastingdienst-2012, lines 6-8: an undated letter
        # sending the writer's annual report; its `Afgelopen jaar` is the report's year
        ("Afgelopen jaar ontving ik ruim 15 000 klachten, waarvan 2787 klachten de "
         "Belastingdienst betreffen.\nOp 20 maart 2013 bied ik de Tweede Kamer mijn "
         "jaarverslag over 2012 aan.", "", "letter",
         {_fact(Y2012, "total", 2787)}),  # (its scope, the Belastingdienst: not read yet)
    ],
)  # fmt: skip
def test_a_text_on_its_own_annual_report_takes_the_reports_year(
    text: str, title: str, doc_type: str, expected: set
):
    assert expected <= text_facts(text, doc_type, title=title)


def test_a_report_page_naming_this_report_and_its_year_dates_its_table():
    # texts127/tuchtcolleges-klachten-2022, lines 3 and 11-12: the page lost its title
    text = (
        "In dit jaarverslag leggen de Regionale Tuchtcolleges en het Centraal Tuchtcollege "
        "voor de Gezondheidszorg cijfermatig verantwoording af over het jaar 2022.\n\n"
        "Ingekomen klachten regionale tuchtcolleges\nIngekomen klachten, totaal 979\n"
    )
    facts = text_facts(text, title="Foto Hans Roggen")
    assert _fact(calendar_year(2022), "total", 979) in facts


def test_last_year_of_an_undated_item_is_the_one_year_it_names():
    """web199 kampen-vth-jaarverslag-boa-meldingen-2019 (an undated news item on a year
    report): `vorig jaar` is the one year the item names (`Ze zette in 2019 extra in`)."""
    text = (
        "Dat blijkt uit het jaarverslag van de gemeente Kampen. Ze zette in 2019 extra in op "
        "het tegengaan van gedumpt huisvuil. De buitengewoon opsporingsambtenaren behandelden "
        "vorig jaar ruim 1000 klachten en meldingen."
    )
    assert _fact(Y2019, "total", 1000) in _facts(text)


def test_last_year_of_an_undated_item_naming_two_years_stays_unplaced():
    text = (
        "Klachten. In 2019 begon de gemeente een nieuw meldpunt, in 2017 een ander. "
        "Vorig jaar kwamen 1000 klachten binnen."
    )
    assert not any(f[3] == 1000.0 for f in _facts(text))
