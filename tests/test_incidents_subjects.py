"""Counts of other things than data leaks: Woo/Wob requests, complaints and integrity
reports (`incident_counts.subject`). Each text is written for the test in the shape such
pages take (annual reports, answers to council questions, news items); no third-party text."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.docmodel import as_doc, doc_text
from pipeline.incidents import extract_incident_counts
from pipeline.incidents.subjects import _text_item_nouns
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import document as _document
from tests.incident_facts import subject_facts as _facts
from tests.incident_facts import text_rows as _rows


def test_a_complaints_page_counts_complaints_received_not_those_handled():
    text = (
        "Klachten\n\nIn 2022 dienden inwoners 412 klachten in bij de gemeente.\n\n"
        "388 klachten werden in 2022 binnen de termijn afgehandeld. "
        "Per 31 december waren 24 klachten nog in behandeling."
    )
    assert _facts(text) == {("klacht", _year(2022), "total", 412.0, "count", None)}


def test_items_resolved_or_closed_after_a_received_count_are_no_total():
    # resolved through mediation, a news item
    text = (
        "Klachten\n\nIn totaal ontving het waterschap over 2021 elf klachten. "
        "Zes klachten zijn na een gesprek naar tevredenheid opgelost."
    )
    assert _facts(text) == {("klacht", _year(2021), "total", 11.0, "count", None)}
    # Flemish `afgewerkt`, the part in a waarvan-clause
    text = "Klachten\n\nVoor heel 2022 gaat het om 27 klachten, waarvan er 21 zijn afgewerkt."
    assert ("klacht", _year(2022), "total", 21.0, "count", None) not in _facts(text)
    # objections closed (`afgedaan`) in a sentence of their own
    text = (
        "Bezwaarschriften\n\nIn 2020 zijn 140 bezwaarschriften ingediend. "
        "Daarnaast werden 95 bezwaarschriften afgedaan zonder hoorzitting."
    )
    assert _facts(text) == {("bezwaar", _year(2020), "total", 140.0, "count", None)}


def test_outcomes_are_no_rows_even_without_a_received_count():
    # judged, resolved, ruled on, passed on, inadmissible (Flemish `onontvankelijk`): parts
    # of the items handled by how they ended, never their whole; the handled count stays
    # the year's figure
    text = (
        "Klachtbehandeling\n\nIn 2021 behandelde de ombudsman 310 klachten. "
        "95 klachten of 30,6 procent waren gegrond. "
        "Bijna de helft, 140 klachten, is opgelost door bemiddeling. "
        "In 62 klachten is een uitspraak gedaan. "
        "41 klachten werden doorgezet naar de geschillencommissie. "
        "12 klachten werden onontvankelijk verklaard."
    )
    assert _facts(text) == {("klacht", _year(2021), "total", 310.0, "count", None)}
    # what the items ask for is no outcome of them
    text = "Klachten\n\nIn 2021 dienden burgers 120 klachten in met het verzoek om een uitspraak."
    assert _facts(text) == {("klacht", _year(2021), "total", 120.0, "count", None)}
    # an outcome after another count of the items: that count is the intake
    text = "Klachten\n\nIn 2021 ontvingen we 120 klachten en daarvan waren er 30 gegrond."
    assert _facts(text) == {("klacht", _year(2021), "total", 120.0, "count", None)}


def test_a_stock_still_pending_is_no_row_even_without_a_received_count():
    # the complaints open at the year's end and the stock at its start: no intake
    assert _facts("Klachtbehandeling\n\nEind 2021 waren nog 24 klachten in behandeling.") == set()
    assert _facts("Klachtbehandeling\n\nIn 2021 bedroeg de werkvoorraad 15 klachten.") == set()


def test_a_number_before_another_noun_with_a_diaeresis_counts_that_noun():
    # `13 patiënten`: persons, however the noun is spelled
    text = (
        "Klachten\n\nIn 2021 ontving de ombudsman 310 klachten. "
        "Zo waren er 13 patiënten die twee klachten indienden."
    )
    assert ("klacht", _year(2021), "other", 13.0, "count", None) not in _facts(text)


def test_a_sentence_opened_by_the_matter_counts_a_kind_not_the_whole():
    # what the items are aimed at, the domain they fall in, a matter named before: kinds
    text = (
        "Bezwaarschriften\n\nIn 2020 zijn 140 bezwaarschriften ingediend. "
        "Tegen een geweigerde parkeervergunning zijn 23 bezwaarschriften ingediend. "
        "Op het terrein van sociale zaken zijn 61 bezwaarschriften ingediend."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2020), "total", 140.0, "count", None),
        ("bezwaar", _year(2020), "other", 23.0, "count", None),
        ("bezwaar", _year(2020), "other", 61.0, "count", None),
    }
    text = (
        "Klachten\n\nVaak gaat het om de bereikbaarheid. "
        "Hierover werden in 2020 85 klachten ingediend."
    )
    assert _facts(text) == {("klacht", _year(2020), "other", 85.0, "count", None)}
    # a period or the whole after `over`/`tegen` names no kind
    text = "Klachten\n\nOver het jaar 2020 zijn 45 klachten tegen de gemeente ingediend."
    assert _facts(text) == {("klacht", _year(2020), "total", 45.0, "count", None)}


def test_the_noun_after_a_ranges_other_end_counts_both_ends():
    # a handling time told as a change: `116` counts days as the `100` does
    text = (
        "Klachten\n\nIn 2019 ontving de ombudsdienst 1.240 klachten. "
        "De wachttijd bij schriftelijke klachten daalde van 116 naar 100 dagen."
    )
    assert _facts(text) == {("klacht", _year(2019), "total", 1240.0, "count", None)}
    # a change of the items themselves stays two counts
    text = "Klachten\n\nHet aantal klachten steeg van 120 in 2018 naar 150 klachten in 2019."
    assert ("klacht", _year(2018), "total", 120.0, "count", None) in _facts(text)


def test_a_table_of_contents_states_no_figures():
    # a report's contents flattened to one line: titles that name the items, each with
    # its page (the numbers rise); the figures come in the text after it
    text = (
        "Jaarverslag klachten 2022\n\nInhoudsopgave Inleiding 2 Klachten ontvangen 4 "
        "Aantal klachten per regio 7 Klachten voor behandeling 12 Bijlagen 30\n\n"
        "In 2022 ontvingen we 212 klachten."
    )
    assert _facts(text) == {("klacht", _year(2022), "total", 212.0, "count", None)}


def test_a_year_an_event_began_in_is_no_period_of_a_count_since():
    # a running count since the body's start: the year is counted from, not the count's
    text = "Klachten\n\nSinds zijn oprichting in 2005 kreeg het meldpunt 9.400 klachten binnen."
    assert ("klacht", _year(2005), "total", 9400.0, "count", None) not in _facts(text)


def test_the_handled_count_stands_for_the_total_when_it_is_the_only_count():
    text = "Klachtbehandeling\n\nIn 2019 handelde de dienst 1.204 klachten af."
    assert _facts(text) == {("klacht", _year(2019), "total", 1204.0, "count", None)}


def test_a_data_leak_report_is_subject_datalek_and_leak_categories_stay_there():
    text = (
        "Datalekken 2021\n\nIn 2021 zijn 40 datalekken gemeld. Waarvan 12 in de categorie "
        "'verkeerde ontvanger'. Naar aanleiding van twee klachten is de afhandeling van "
        "lekken besproken; een klacht was gegrond; de klachten zijn besproken."
    )
    facts = _facts(text)
    assert ("datalek", _year(2021), "total", 40.0, "count", None) in facts
    assert {f[0] for f in facts} == {"datalek"}


def test_a_request_table_flattened_one_cell_per_line_reads_each_year_column():
    text = (
        "Jaarverslag\n\nWob-verzoeken\n\n2020\n\n2021\n\n2022\n\n"
        "Aantal ontvangen verzoeken\n\n31\n\n44\n\n52\n\n"
        "Waarvan\n\nHerhaalde verzoeken\n\n10\n\n12\n\n9\n\n"
        "Gegrond bezwaar\n\n1\n\n0\n\n2\n\nToelichting volgt."
    )
    assert _facts(text) == {
        ("woo_verzoek", _year(2020), "total", 31.0, "count", None),
        ("woo_verzoek", _year(2021), "total", 44.0, "count", None),
        ("woo_verzoek", _year(2022), "total", 52.0, "count", None),
        ("woo_verzoek", _year(2020), "other", 10.0, "count", None),
        ("woo_verzoek", _year(2021), "other", 12.0, "count", None),
        ("woo_verzoek", _year(2022), "other", 9.0, "count", None),
    }


def test_a_transposed_table_has_its_years_as_row_labels_and_a_total_row_over_them():
    text = (
        "Antwoord op vraag 2 over Woo-verzoeken\n\njaar\n\naantal verzoeken\n\n"
        "aantal herhaalde verzoeken\n\n2021\n\n15\n\n3\n\n2022\n\n18\n\n0\n\nTotaal\n\n33\n\n3"
    )
    facts = _facts(text, doc_type="council_questions")
    assert ("woo_verzoek", _year(2021), "total", 15.0, "count", None) in facts
    assert ("woo_verzoek", _year(2022), "other", 0.0, "count", None) in facts
    assert ("woo_verzoek", (date(2021, 1, 1), date(2022, 12, 31)), "total", 33.0, "count",
            None) in facts  # fmt: skip
    assert len(facts) == 6


def test_a_pipe_table_of_organisations_scopes_each_row_and_the_total_row_to_the_group():
    text = (
        "Woo-verzoeken bij de provincies\n"
        "Provincie | 2022 | 2023 | Totaal |\n"
        "Drenthe [1] | 40 | 51 | 91 |\n"
        "Zeeland | – | 12 | 12 |\n"
        "Totaal | 40 | 63 | 103 |\n"
        "[1] Inclusief bezwaren. | |||\n"
    )
    span = (date(2022, 1, 1), date(2023, 12, 31))
    assert _facts(text, doc_type="other") == {
        ("woo_verzoek", _year(2022), "total", 40.0, "count", "Drenthe"),
        ("woo_verzoek", _year(2023), "total", 51.0, "count", "Drenthe"),
        ("woo_verzoek", span, "total", 91.0, "count", "Drenthe"),
        ("woo_verzoek", _year(2023), "total", 12.0, "count", "Zeeland"),
        ("woo_verzoek", span, "total", 12.0, "count", "Zeeland"),
        ("woo_verzoek", _year(2022), "total", 40.0, "count", "provincies"),
        ("woo_verzoek", _year(2023), "total", 63.0, "count", "provincies"),
        ("woo_verzoek", span, "total", 103.0, "count", "provincies"),
    }


def test_judgement_rows_of_a_complaints_table_are_not_read():
    text = (
        "Klachten\n\n2022\n\n2023\n\nTotaal aantal klachten\n\n90\n\n80\n\n"
        "Gegrond\n\n10\n\n9\n\nGeen klacht\n\n4\n\n2\n\nAfhandeling overige klachten\n\n70\n\n60"
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 90.0, "count", None),
        ("klacht", _year(2023), "total", 80.0, "count", None),
    }


def test_a_bullet_lends_its_comparison_year_to_no_item_under_it():
    text = (
        "Klachten\n\nKerncijfers klachten 2023\n\n"
        "  • Totaal aantal ontvangen klachten: 1.310 (2022: 1.205)\n"
        "  • Totaal aantal afgehandelde klachten: 1.250.\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2023), "total", 1310.0, "count", None),
        ("klacht", _year(2022), "total", 1205.0, "count", None),
    }


def test_a_minutes_text_naming_a_complaint_in_passing_is_about_no_complaints():
    text = (
        "Notulen van de vergadering van 3 maart 2022\n\nAanwezig: de voorzitter\n\n"
        "1. Opening\n\nEr is in 2021 1 klacht binnengekomen over de geluidsoverlast."
    )
    assert _rows(text, doc_type="minutes") == []


def test_units_listed_after_a_colon_each_with_count_and_share_are_scoped():
    text = (
        "Klachten\n\nKerncijfers klachten 2023\n\n"
        "  • Totaal aantal ontvangen klachten: 900\n"
        "  • De meeste klachten kwamen binnen bij de afdelingen: WZI 300 (33%), BOR 200 "
        "(22%) en KCC 100 klachten (11%).\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2023), "total", 900.0, "count", None),
        ("klacht", _year(2023), "total", 300.0, "count", "WZI"),
        ("klacht", _year(2023), "total", 33.0, "percent", "WZI"),
        ("klacht", _year(2023), "total", 200.0, "count", "BOR"),
        ("klacht", _year(2023), "total", 22.0, "percent", "BOR"),
        ("klacht", _year(2023), "total", 100.0, "count", "KCC"),
        ("klacht", _year(2023), "total", 11.0, "percent", "KCC"),
    }


def test_a_list_of_units_with_durations_is_no_list_of_counts():
    text = (
        "Klachten 2023\n\nDe behandeltijd van klachten per afdeling: WZI 30 dagen, BOR 20 "
        "dagen en KCC 10 dagen."
    )
    assert _facts(text) == set()


def test_compared_years_pair_with_the_figures_after_resp():
    text = (
        "Wob-verzoeken\n\nDe dienst heeft in 2022 in totaal 40 Wob-verzoeken ontvangen. "
        "Dit zijn er minder dan in 2021 en 2020 (resp. 52 en 61)."
    )
    assert _facts(text) == {
        ("woo_verzoek", _year(2022), "total", 40.0, "count", None),
        ("woo_verzoek", _year(2021), "total", 52.0, "count", None),
        ("woo_verzoek", _year(2020), "total", 61.0, "count", None),
    }


def test_a_table_whose_cells_lost_their_separators_reads_the_total_row_per_year():
    text = (
        "Oordeel over klachten\n\n 20232022\nOordeelAantal %Aantal %\n"
        "Gegrond1.20012,0%98010,9%\nOngegrond8.80088,0%8.02089,1%\n"
        "Totaal10.000100%9.000100%\n\nIn 2023 handelden we 10.000 klachten af."
    )
    assert _facts(text) == {
        ("klacht", _year(2023), "total", 10000.0, "count", None),
        ("klacht", _year(2022), "total", 9000.0, "count", None),
    }


def test_a_table_row_per_line_under_a_header_of_years_reads_received_counts_only():
    text = (
        "Jaarverslag\n\nTabel 4: Woo-verzoeken\n  Aantal 2023 Aantal 2022\n"
        "Aantal ontvangen Woo-verzoeken 35 28\nMediaan doorlooptijd (dgn) 40 52\n"
        "Aantal Woo-verzoeken in bezwaar 4 3\n"
    )
    assert _facts(text) == {
        ("woo_verzoek", _year(2023), "total", 35.0, "count", None),
        ("woo_verzoek", _year(2022), "total", 28.0, "count", None),
    }


def test_a_decision_on_one_request_counts_no_requests():
    text = (
        "Besluit op uw Woo-verzoek\n\nOp 3 maart 2023 ontving ik uw verzoek. Op basis van uw "
        "verzoek zijn in totaal 6 documenten aangetroffen."
    )
    assert _rows(text, doc_type="woo_decision") == []


def test_a_figure_that_counts_another_noun_is_no_count_of_requests():
    text = (
        "Wob-verzoeken\n\nIn 2022 kwamen er 14 Wob-verzoeken binnen. Voor die verzoeken zijn "
        "in 2022 in totaal 620 documenten openbaar gemaakt."
    )
    assert _facts(text) == {("woo_verzoek", _year(2022), "total", 14.0, "count", None)}


def test_a_pipe_table_with_years_down_the_rows_reads_only_the_columns_it_knows():
    text = (
        "Woo-verzoeken per jaar\n"
        "Jaar | Aantal Woo-verzoeken | Aantal besluiten |\n"
        "2021 | 40 | 38 |\n"
        "2022 | 52 | 50 |\n"
        "Totaal | 92 | 88 |\n"
    )
    assert _facts(text) == {
        ("woo_verzoek", _year(2021), "total", 40.0, "count", None),
        ("woo_verzoek", _year(2022), "total", 52.0, "count", None),
        ("woo_verzoek", (date(2021, 1, 1), date(2022, 12, 31)), "total", 92.0, "count", None),
    }


def test_requests_counted_with_an_adjective_and_parts_and_requesters_are_not_totals():
    text = (
        "Wob-verzoeken\n\nIn totaal kwamen er ruim 120 losse Wob-verzoeken binnen bij de "
        "gemeente in 2015. Bij zo'n 80 verzoeken is de naam van de verzoeker weggelakt. De "
        "meeste verzoeken kwamen van het Dagblad (14 verzoeken) en Jan de Vries (ook 14 "
        "verzoeken)."
    )
    assert _facts(text) == {("woo_verzoek", _year(2015), "total", 120.0, "count", None)}


def test_a_header_lines_total_is_not_the_years_where_a_sentence_states_another():
    text = (
        "Aantal consulten 120000 en aantal klachten 250\nConsulten en klachten\n\n"
        "In 2022 hebben patiënten 262 klachten ingediend."
    )
    assert _facts(text, doc_type="other") == {
        ("klacht", _year(2022), "total", 262.0, "count", None)
    }


def test_a_header_lines_total_stands_where_it_is_the_years_only_total():
    text = "Klachten 2022\n\nAantal klachten: 262\n\nDe meeste klachten gingen over wachttijden."
    assert _facts(text) == {("klacht", _year(2022), "total", 262.0, "count", None)}


def test_a_flattened_table_under_a_kind_title_reads_every_row_as_a_kind():
    text = (
        "Bijlage 2: Integriteitsmeldingen\n\nIn 2023 zijn er 40 meldingen geregistreerd.\n\n"
        "Soort integriteitsschending\n\n2022\n\n2023\n\nPeildatum:\n\n-\n\n5-1-24\n\n"
        "Fraude en diefstal\n\n3\n\n4\n\nPesten op het werk\n\n10\n\n0\n\n"
        "Overige\n\n2\n\n36\n\nTotaal\n\n15\n\n40\n\nDe meeste meldingen gaan over pesten."
    )
    assert _facts(text) == {
        ("integriteitsmelding", _year(2023), "total", 40.0, "count", None),
        ("integriteitsmelding", _year(2022), "total", 15.0, "count", None),
        ("integriteitsmelding", _year(2022), "other", 3.0, "count", None),
        ("integriteitsmelding", _year(2023), "other", 4.0, "count", None),
        ("integriteitsmelding", _year(2022), "other", 10.0, "count", None),
        ("integriteitsmelding", _year(2023), "other", 0.0, "count", None),
        ("integriteitsmelding", _year(2022), "other", 2.0, "count", None),
        ("integriteitsmelding", _year(2023), "other", 36.0, "count", None),
    }


def test_a_parts_subtotal_is_no_total_and_a_kind_sub_heading_makes_kinds():
    text = (
        "Integriteit\n\nMeldingen integriteitschendingen\n\n2020\n\n2021\n\n"
        "Aantal meldingen, waarvan na beoordeling blijkt dat het integriteit betreft:\n\n"
        "na onderzoek gegrond\n\n20\n\n25\n\nnog in onderzoek\n\n5\n\n4\n\nTotaal\n\n25\n\n29\n\n"
        "Totaal aantal meldingen van (vermoedelijke) integriteitschendingen\n\n31\n\n33\n\n"
        "Aard van de gemelde integriteitschendingen\n\nmisbruik van bevoegdheden\n\n7\n\n9\n\n"
        "lekken van informatie (intern)\n\n1\n\n3"
    )
    assert _facts(text) == {
        ("integriteitsmelding", _year(2020), "total", 31.0, "count", None),
        ("integriteitsmelding", _year(2021), "total", 33.0, "count", None),
        ("integriteitsmelding", _year(2020), "other", 7.0, "count", None),
        ("integriteitsmelding", _year(2021), "other", 9.0, "count", None),
        ("integriteitsmelding", _year(2020), "other", 1.0, "count", None),
        ("integriteitsmelding", _year(2021), "other", 3.0, "count", None),
    }


def test_kinds_of_complaints_named_by_what_they_are_about():
    text = (
        "Klachtenjaarverslag\n\nIn 2021 kwamen 30 klachten binnen. Zes klachten gingen over "
        "wachttijden en negen klachten gingen over onduidelijke afhandeling. Eén klacht viel in "
        "de categorie overige klachten. Er kwamen 4 klachten over het CJIB binnen."
    )
    assert _facts(text, doc_type="other") == {
        ("klacht", _year(2021), "total", 30.0, "count", None),
        ("klacht", _year(2021), "other", 6.0, "count", None),
        ("klacht", _year(2021), "other", 9.0, "count", None),
        ("klacht", _year(2021), "other", 1.0, "count", None),
        # a named body is no kind: the complaints about it are its total, its name the scope
        ("klacht", _year(2021), "total", 4.0, "count", "CJIB"),
    }


def test_kinds_named_by_a_verb_of_what_the_items_are_about():
    # `hebben betrekking op`, `zien op`: the subject matter may be a name (a law)
    text = (
        "Bezwaren\n\nIn 2023 zijn 50 bezwaarschriften ontvangen. 7 bezwaarschriften hadden "
        "betrekking op parkeervergunningen en 11 bezwaarschriften zagen op de Wet open overheid."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2023), "total", 50.0, "count", None),
        ("bezwaar", _year(2023), "other", 7.0, "count", None),
        ("bezwaar", _year(2023), "other", 11.0, "count", None),
    }


def test_a_kind_named_by_the_frame_the_items_were_lodged_in():
    text = (
        "Bezwaren\n\nIn 2022 zijn 30 bezwaarschriften ontvangen. Er zijn 12 bezwaarschriften "
        "ingediend in het kader van de Participatiewet."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2022), "total", 30.0, "count", None),
        ("bezwaar", _year(2022), "other", 12.0, "count", None),
    }


def test_a_written_out_count_of_a_clause_that_tells_its_arrival_or_receipt():
    # the arrival told by a separable verb, or receipt in the plural past
    for clause in ("kwamen er dertig klachten binnen", "ontvingen we dertig klachten"):
        text = f"Klachten\n\nIn 2021 {clause}."
        assert _facts(text) == {("klacht", _year(2021), "total", 30.0, "count", None)}
    # named in passing, no count
    text = "Klachten\n\nNaar aanleiding van twee klachten is de regeling in 2021 aangepast."
    assert _facts(text) == set()


def test_a_number_of_one_kind_and_a_sentence_referring_back_to_it():
    text = (
        "Integriteitsmeldingen bij het waterschap\n\nHet aantal meldingen van pesten ging omhoog. "
        "Dat steeg van 12 meldingen in 2019 naar 20 een jaar later. Verder waren er 8 meldingen "
        "over fraude en 3 over misbruik van middelen."
    )
    assert _facts(text, doc_type="other") == {
        ("integriteitsmelding", _year(2019), "other", 12.0, "count", None),
        ("integriteitsmelding", _year(2020), "other", 20.0, "count", None),
        ("integriteitsmelding", _year(2020), "other", 8.0, "count", None),
        ("integriteitsmelding", _year(2020), "other", 3.0, "count", None),
    }


def test_the_rest_of_a_count_that_was_not_reported_is_no_figure():
    text = (
        "Datalekken\n\nIn 2021 waren er 9 datalekken. Twee datalekken zijn gemeld bij de AP. "
        "De overige zeven datalekken zijn niet bij de AP gemeld."
    )
    assert _facts(text) == {
        ("datalek", _year(2021), "total", 9.0, "count", None),
        ("datalek", _year(2021), "reported_to_ap", 2.0, "count", None),
    }


def test_leaks_not_reported_with_their_share_are_no_figure():
    # the part not reported to the AP, and its share in brackets, stay out (settled rule 9)
    text = (
        "Datalekken\n\nIn 2021 registreerde de provincie 40 datalekken. Daarvan zijn 25 "
        "datalekken (62,5 procent) niet bij de AP gemeld. Toch werden van de 40 datalekken "
        "30 gevallen (75 procent) niet gemeld."
    )
    assert _facts(text) == {("datalek", _year(2021), "total", 40.0, "count", None)}


def test_a_committees_heading_scopes_the_objections_under_it():
    text = (
        "Jaarverslag bezwaarcommissies 2022\n\nDe bezwaarcommissies Ruimte en Sociaal Domein "
        "leggen verantwoording af.\n\nBezwaarcommissie Ruimte\n\nIn 2022 kwamen 45 "
        "bezwaarschriften binnen (in 2021 waren dat 52 bezwaarschriften).\n\nHoorzittingen\n\n"
        "Er waren 12 zittingen."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2022), "total", 45.0, "count", "Ruimte"),
        ("bezwaar", _year(2021), "total", 52.0, "count", "Ruimte"),
    }


def test_a_units_heading_after_a_national_count_and_a_typical_year():
    text = (
        "Bezwaren tegen aanslagen\n\nIn 2022 werd ruim 3.000 keer bezwaar ingediend.\n\n"
        "Belastingdienst Zuid\n\nBij de Belastingdienst Zuid werden 410 bezwaren ingediend. "
        "'In een normaal jaar krijgen wij rond de 300 bezwaarschriften', zegt de woordvoerder."
        "\n\nMaatregelen\n\nDe bezwaren worden versneld afgehandeld."
    )
    assert _facts(text, doc_type="other") == {
        ("bezwaar", _year(2022), "total", 3000.0, "count", None),
        ("bezwaar", _year(2022), "total", 410.0, "count", "Belastingdienst Zuid"),
    }


def test_the_one_units_heading_of_a_text_gives_no_scope():
    text = (
        "Bezwaarschriften\n\nAfdeling Belastingen\n\nIn 2020 ontving de Afdeling Belastingen "
        "120 bezwaarschriften. Alle bezwaarschriften zijn behandeld."
    )
    assert _facts(text) == {("bezwaar", _year(2020), "total", 120.0, "count", None)}


def test_a_table_row_per_line_or_pipe_table_under_a_kind_title_reads_kinds():
    line_table = (
        "Klachten 2023\n\nSoort klacht 2022 2023\nWachttijd 12 15\nBereikbaarheid 8 9\n"
        "Totaal 20 24\n"
    )
    pipe_table = (
        "Klachten\n\n| Soort klacht | 2022 | 2023 |\n|---|---|---|\n| Wachttijd | 12 | 15 |\n"
        "| Bereikbaarheid | 8 | 9 |\n| Totaal | 20 | 24 |\n"
    )
    expected = {
        ("klacht", _year(2022), "other", 12.0, "count", None),
        ("klacht", _year(2023), "other", 15.0, "count", None),
        ("klacht", _year(2022), "other", 8.0, "count", None),
        ("klacht", _year(2023), "other", 9.0, "count", None),
        ("klacht", _year(2022), "total", 20.0, "count", None),
        ("klacht", _year(2023), "total", 24.0, "count", None),
    }
    assert _facts(line_table) == expected
    assert _facts(pipe_table) == expected


def test_a_flattened_table_with_quarter_columns_takes_the_reports_year():
    text = (
        "Klachten 2023\n\nSoort klacht\n\nQ1\n\nQ2\n\nQ3\n\nQ4\n\nWachttijd\n\n1\n\n2\n\n3\n\n"
        "4\n\nTotaal aantal klachten\n\n5\n\n6\n\n7\n\n8\n"
    )
    q1, q2 = (date(2023, 1, 1), date(2023, 3, 31)), (date(2023, 4, 1), date(2023, 6, 30))
    q3, q4 = (date(2023, 7, 1), date(2023, 9, 30)), (date(2023, 10, 1), date(2023, 12, 31))
    rows = {(q, "other", v) for q, v in ((q1, 1.0), (q2, 2.0), (q3, 3.0), (q4, 4.0))}
    rows |= {(q, "total", v) for q, v in ((q1, 5.0), (q2, 6.0), (q3, 7.0), (q4, 8.0))}
    assert _facts(text) == {("klacht", q, c, v, "count", None) for q, c, v in rows}


def test_list_items_of_a_label_and_a_count_follow_the_lists_lead():
    units = (
        "Jaarverslag klachten 2022\n\nPer afdeling kwamen de klachten als volgt binnen:\n"
        "- Parkeren: 12 klachten\n- Belastingen: 8 klachten\n\nIn totaal kwamen 20 klachten binnen."
    )
    assert _facts(units) == {
        ("klacht", _year(2022), "total", 12.0, "count", "Parkeren"),
        ("klacht", _year(2022), "total", 8.0, "count", "Belastingen"),
        ("klacht", _year(2022), "total", 20.0, "count", None),
    }
    kinds = (
        "Jaarverslag klachten 2022\n\nDe klachten per onderwerp:\n- Wachttijd: 12 klachten\n"
        "- Bejegening: 8\n\nTotaal: 20 klachten"
    )
    assert _facts(kinds) == {
        ("klacht", _year(2022), "other", 12.0, "count", None),
        ("klacht", _year(2022), "other", 8.0, "count", None),
        ("klacht", _year(2022), "total", 20.0, "count", None),
    }
    unknown = "Jaarverslag klachten 2022\n\nDe klachten:\n- Wachttijd: 12 klachten\n- Post: 8"
    assert _facts(unknown) == set()


def test_minutes_naming_objections_to_a_plan_are_about_no_objection_counts():
    text = (
        "Notulen van de dorpsraad\n\nAanwezig: het bestuur.\n\nDe voorzitter opent de vergadering."
        "\n\nTegen het plan voor de brug zijn in 2022 12 bezwaren ingediend. De bezwaren gaan over "
        "geluid. Het bestuur bespreekt de bezwaren met de gemeente."
    )
    assert _facts(text, doc_type="minutes") == set()


def test_a_flattened_tables_dash_is_an_empty_cell():
    text = (
        "Integriteitsmeldingen 2023\n\nType melding\n\n2022\n\n2023\n\nFraude\n\n-\n\n3\n\n"
        "Pesten\n\n4\n\n5\n\nTotaal\n\n4\n\n8\n"
    )
    assert _facts(text) == {
        ("integriteitsmelding", _year(2023), "other", 3.0, "count", None),
        ("integriteitsmelding", _year(2022), "other", 4.0, "count", None),
        ("integriteitsmelding", _year(2023), "other", 5.0, "count", None),
        ("integriteitsmelding", _year(2022), "total", 4.0, "count", None),
        ("integriteitsmelding", _year(2023), "total", 8.0, "count", None),
    }


def test_reports_of_a_kind_and_complaints_by_who_made_them():
    reports = (
        "Integriteitsmeldingen 2022\n\nIn 2022 kwamen 40 integriteitsmeldingen binnen. Er waren "
        "14 meldingen van ongewenste omgangsvormen en 6 meldingen van fraude."
    )
    assert _facts(reports) == {
        ("integriteitsmelding", _year(2022), "total", 40.0, "count", None),
        ("integriteitsmelding", _year(2022), "other", 14.0, "count", None),
        ("integriteitsmelding", _year(2022), "other", 6.0, "count", None),
    }
    complaints = (
        "Klachten 2022\n\nIn 2022 kwamen 40 klachten binnen, waarvan 12 over bejegening. "
        "Daarvan waren 14 klachten van ondernemers en 3 klachten van zorgverleners."
    )
    assert _facts(complaints) == {
        ("klacht", _year(2022), "total", 40.0, "count", None),
        ("klacht", _year(2022), "other", 12.0, "count", None),
    }


def test_a_municipalitys_heading_after_the_national_count_scopes_its_leaks():
    text = (
        "Datalekken in de regio\n\nDe AP ontving in 2022 in totaal 21.000 meldingen van "
        "datalekken.\n\nGemeente Zeist\n\nIn 2022 waren er 14 datalekken bij de gemeente. Dat "
        "meldt de Gemeente Zeist.\n"
    )
    assert _facts(text, doc_type="other") == {
        ("datalek", _year(2022), "total", 21000.0, "count", None),
        ("datalek", _year(2022), "total", 14.0, "count", "Zeist"),
    }


def test_a_table_whose_label_column_names_units_scopes_each_row():
    flat = (
        "Klachtenjaarverslag\n\nAfdeling\n\n2022\n\n2023\n\nPubliekszaken\n\n12\n\n9\n\n"
        "Belastingen\n\n4\n\n6\n\nTotaal\n\n16\n\n15\n"
    )
    line = "Klachten\n\nAfdeling 2022 2023\nPubliekszaken 12 9\nBelastingen 4 6\nTotaal 16 15\n"
    expected = {
        ("klacht", _year(2022), "total", 12.0, "count", "Publiekszaken"),
        ("klacht", _year(2023), "total", 9.0, "count", "Publiekszaken"),
        ("klacht", _year(2022), "total", 4.0, "count", "Belastingen"),
        ("klacht", _year(2023), "total", 6.0, "count", "Belastingen"),
        ("klacht", _year(2022), "total", 16.0, "count", None),
        ("klacht", _year(2023), "total", 15.0, "count", None),
    }
    assert _facts(flat) == expected
    assert _facts(line) == expected


def test_a_row_label_with_its_participle_after_the_noun_is_the_received_count():
    text = (
        "Bezwaarschriften\n\n2021\n\n2022\n\nBezwaarschriften ingediend\n\n120\n\n98\n\n"
        "Bezwaarschriften gegrond\n\n10\n\n12\n"
    )
    assert _facts(text) == {
        ("bezwaar", _year(2021), "total", 120.0, "count", None),
        ("bezwaar", _year(2022), "total", 98.0, "count", None),
    }


def test_a_compared_figure_in_brackets_leaves_the_figure_before_it_the_reports():
    text = "Jaarverslag klachten 2022\n\nWe ontvingen 45 klachten (vorig jaar: 52)."
    assert _facts(text) == {("klacht", _year(2022), "total", 45.0, "count", None)}


def test_a_persons_name_as_a_heading_scopes_nothing():
    text = (
        "Datalekken bij zorginstellingen\n\nDe AP ontving in 2021 25.000 meldingen van "
        "datalekken.\n\nJan de Vries\n\nVolgens Jan de Vries van het ziekenhuis waren er in 2021 "
        "40 datalekken in het ziekenhuis.\n"
    )
    assert {f[-1] for f in _facts(text, doc_type="other")} == {None}


def test_objections_against_one_kind_of_decision_are_a_kind():
    text = (
        "Jaarverslag bezwaarschriften 2015\n\n"
        "Het aantal ingekomen bezwaarschriften in 2015 (1.122) is vrijwel gelijk aan 2014.\n\n"
        "Het aantal bezwaren tegen besluiten op grond van de Participatiewet (451) is "
        "toegenomen.\n\nEr zijn 154 bezwaren tegen 74 omgevingsvergunningen binnengekomen."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2015), "total", 1122.0, "count", None),
        ("bezwaar", _year(2015), "other", 451.0, "count", None),
        ("bezwaar", _year(2015), "other", 154.0, "count", None),
    }


def test_a_list_of_kinds_of_complaints_each_with_its_share():
    text = (
        "Jaarverslag klachtenbehandeling\n\nIn 2022 ontving de gemeente 29 klachten.\n\n"
        "Aard van de klachten\n\nDe klachten hadden in 2022 te maken met:\n\n"
        "  • de behandeltermijn (29,9%)\n  • bejegening (13,8%)\n  • bereikbaarheid (6,9%) en\n"
        "  • in één geval met een externe organisatie\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 29.0, "count", None),
        ("klacht", _year(2022), "other", 29.9, "percent", None),
        ("klacht", _year(2022), "other", 13.8, "percent", None),
        ("klacht", _year(2022), "other", 6.9, "percent", None),
    }


def test_a_kind_named_after_the_noun_and_its_compared_year_in_brackets():
    text = (
        "Jaarverslag bezwaarschriften 2019\n\n"
        "Het aantal ingekomen bezwaren Jeugdwet (310) is vrijwel gelijk aan het aantal "
        "bezwaren in 2018 (305).\n\nHet aantal bezwaren parkeerboetes (88 tegen 12 "
        "vergunningen) is gedaald ten opzichte 2018 (97).\n\n"
        "Het aantal bezwaren tegen kapvergunningen (40 waarvan 9 bomen) is gestegen ten "
        "opzichte van 2018 (31 waarvan 4 bomen)."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2019), "other", 310.0, "count", None),
        ("bezwaar", _year(2018), "other", 305.0, "count", None),
        ("bezwaar", _year(2019), "other", 88.0, "count", None),
        ("bezwaar", _year(2018), "other", 97.0, "count", None),
        ("bezwaar", _year(2019), "other", 40.0, "count", None),
        ("bezwaar", _year(2018), "other", 31.0, "count", None),
    }


def test_a_change_from_a_compared_years_level_to_the_reports():
    text = (
        "Klachtenrapportage 2022\n\n"
        "Het aantal klachten is gestegen t.o.v. 2021 van 40 naar 52. "
        "Zes klachten zijn afgebroken.\n\n"
        "Het aantal klachten over parkeren daalde van 9 in 2021 naar 7."
    )
    assert _facts(text) == {
        ("klacht", _year(2021), "total", 40.0, "count", None),
        ("klacht", _year(2022), "total", 52.0, "count", None),
        ("klacht", _year(2021), "other", 9.0, "count", None),
        ("klacht", _year(2022), "other", 7.0, "count", None),
    }


def test_a_change_whose_new_level_has_no_later_period_is_not_placed():
    text = "Klachten\n\nHet aantal klachten daalde van 83 in 2023 naar 64."
    assert _facts(text) == {("klacht", _year(2023), "total", 83.0, "count", None)}


def test_a_flattened_table_whose_years_split_into_sub_columns_reads_each_years_count():
    text = (
        "Jaarverslag bezwaarschriften\n\n2020\n\n2021\n\nOverzicht bezwaarschriften\n\n"
        "Aantal\n\nAantal gegrond\n\n%\n\nAantal\n\nAantal gegrond\n\n%\n\n"
        "Bezwaarschriften ontvangen\n\n812\n\n905\n\n"
        "Bezwaarschriften afgehandeld\n\n790\n\n101\n\n13%\n\n880\n\n95\n\n11%\n\n"
        "Top drie afgehandelde bezwaarschriften\n\nJeugdwet\n\n210\n\n30\n\n14%\n\n"
        "199\n\n25\n\n13%\n\nParkeren (alleen 2020)\n\n61\n\n4\n\n7%\n\n"
        "De cijfers zijn ontleend aan het zaaksysteem."
    )
    assert _facts(text) == {
        ("bezwaar", _year(2020), "total", 812.0, "count", None),
        ("bezwaar", _year(2021), "total", 905.0, "count", None),
    }


def test_a_sections_heading_names_the_subject_of_a_transposed_table_with_unknown_cells():
    text = (
        "Jaarverslag 2019\n\nIn 2019 verliep de dienstverlening naar wens.\n\n"
        "Wob-verzoeken en raadsvragen\n\nJaar\n\nWob-verzoeken\n\nRaadsvragen\n\n"
        "2017\n\nonbekend\n\n41\n\n2018\n\n63\n\n52\n\n2019\n\n71\n\nonbe"
    )
    assert _facts(text) == {
        ("woo_verzoek", _year(2018), "total", 63.0, "count", None),
        ("woo_verzoek", _year(2019), "total", 71.0, "count", None),
    }


def test_units_each_with_a_bracketed_count_in_a_letter_with_a_blank_line_after_each_line():
    text = (
        "Jaarverslag klachten 2019\n\nIn 2019 zijn 250 klachten ontvangen. De meeste klachten\n\n"
        "kwamen binnen bij de Belastingdienst (96, dit is 4 meer dan in 2018) en de\n\n"
        "Wijkteams (61; dit is 2 minder dan in 2018). De overige klachten gingen over 'lange\n\n"
        "wachttijden' (12%) en 'slechte bereikbaarheid' (9%)."
    )
    assert _facts(text) == {
        ("klacht", _year(2019), "total", 250.0, "count", None),
        ("klacht", _year(2019), "total", 96.0, "count", "Belastingdienst"),
        ("klacht", _year(2019), "total", 61.0, "count", "Wijkteams"),
        ("klacht", _year(2019), "other", 12.0, "percent", None),
        ("klacht", _year(2019), "other", 9.0, "percent", None),
    }


def test_one_name_before_a_bracketed_count_gives_no_scope():
    text = "Klachten 2019\n\nIn 2019 kwamen 40 klachten binnen bij de Ombudsman (40)."
    assert {f[-1] for f in _facts(text)} == {None}


def test_times_approached_with_complaints_in_a_news_item_on_a_bodys_annual_report():
    text = (
        "De Kinderombudsman is vorig jaar 4.210 keer benaderd met klachten en vragen van "
        "ouders. Dat meldt het jaarverslag van de Kinderombudsman over 2020."
    )
    assert _facts(text, doc_type="other") == {
        ("klacht", _year(2020), "total", 4210.0, "count", None)
    }


def test_a_paragraph_opened_by_a_year_dates_its_later_sentences():
    text = (
        "In 2012 namen drie diensten samen 40.000 besluiten. Tegen een klein deel werd "
        "bezwaar gemaakt. De diensten hebben 2.150 bezwaarschriften afgehandeld, dat is "
        "ruim honderd meer dan in 2011.\n\nDe diensten ontvingen 2.400 bezwaarschriften."
    )
    assert _facts(text) == {("bezwaar", _year(2012), "total", 2150.0, "count", None)}


def test_a_paragraphs_year_dates_no_sum_up_to_now():
    text = (
        "In 2012 namen drie diensten samen 40.000 besluiten. Sinds de start zijn inmiddels "
        "9.100 bezwaarschriften afgehandeld."
    )
    assert _facts(text) == set()


def test_a_year_labelling_a_compared_figure_leaves_the_figure_its_own_year():
    text = "Klachtenoverzicht\n\nEr kwamen 40 klachten binnen in 2021 (2020: 35)."
    assert ("klacht", _year(2021), "total", 40.0, "count", None) in _facts(text)


def test_a_change_no_period_is_named_for_runs_from_the_year_before_the_reports():
    # a year report tells its change against the year before (the web gold's reading:
    # texts66/gent-ombudsdienst-2023, texts92/woz-bezwaren-2024, texts27/rotterdam-integriteit)
    text = "Jaarverslag klachten 2023\n\nHet aantal klachten daalde van 83 naar 64."
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 83.0, "count", None),
        ("klacht", _year(2023), "total", 64.0, "count", None),
    }
    # a sentence naming a quarter places neither level's year
    text = (
        "Jaarverslag klachten 2023\n\nIn het eerste kwartaal daalde het aantal klachten "
        "van 83 naar 64."
    )
    assert ("klacht", _year(2022), "total", 83.0, "count", None) not in _facts(text)


def test_a_paragraphs_year_ends_at_a_sentence_naming_another_year():
    text = (
        "In 2012 namen drie diensten samen 40.000 besluiten. Dat aantal lag in 2010 nog "
        "hoger. De diensten hebben 2.150 bezwaarschriften afgehandeld."
    )
    assert _facts(text) == set()


def test_integrity_investigations_are_counted_like_integrity_reports():
    text = (
        "date 2019-04 Het korps heeft vorig jaar 812 onderzoeken gedaan naar de integriteit "
        "van zijn medewerkers. Dat staat in de jaarverantwoording over 2018."
    )
    assert _facts(text, doc_type="other") == {
        ("integriteitsmelding", _year(2018), "total", 812.0, "count", None)
    }


def test_a_news_lead_opening_with_its_year_dates_the_figures_after_it():
    text = (
        "UTRECHT - In 2011 maakten meer agenten zich schuldig aan geweld dan het jaar ervoor.\n\n"
        "In totaal deed het korps 940 integriteitsonderzoeken. Daarbij waren 1010 personen "
        "betrokken."
    )
    assert _facts(text, doc_type="other") == {
        ("integriteitsmelding", _year(2011), "total", 940.0, "count", None)
    }


def test_a_reference_to_a_total_stated_nowhere_else_states_it():
    # `Van de 16 klachten` refers to a total; where no sentence states the 16, the
    # reference is its only statement. Its part (`1 klacht formeel`) stays no figure.
    text = (
        "Jaarverslag klachtenbehandeling\n\nVan de 16 klachten behandelden we in 2024 "
        "1 klacht via de formele klachtenbehandeling."
    )
    assert _facts(text) == {("klacht", _year(2024), "total", 16.0, "count", None)}


def test_a_reference_to_a_stated_total_adds_no_second_figure():
    text = (
        "Klachten\n\nIn 2023 ontvingen we 40 klachten. Van de 40 klachten gingen er "
        "12 over bejegening."
    )
    assert ("klacht", _year(2023), "total", 40.0, "count", None) in _facts(text)
    assert len([f for f in _facts(text) if f[3] == 40.0]) == 1


def test_a_year_labelling_only_compared_figures_dates_no_figure_of_the_report():
    # a report page without a period of its own: `(2016: 33)` gives 33 its year, and
    # says that 30 is of a later one, so 2016 is not the year the page reports on
    text = (
        "Voorwoord\n\nSchriftelijk en via de spreekuren ontving ik 30 klachten over de "
        "gemeente (2016: 33). Dat is een lichte daling."
    )
    assert _facts(text) == {("klacht", _year(2016), "total", 33.0, "count", None)}


def test_complaints_about_others_nuisance_named_at_the_top_are_counted():
    # residents' complaints about companies' noise and smell are items filed like any
    # other (the settled count convention, tests/gold/README.md 2026-12-04)
    for title in ("Milieuklachten", "Meer overlastmeldingen in de binnenstad", "Klachten"):
        text = (
            f"{title}\n\nIn 2021 ontving de dienst 812 klachten, vooral over geluid en geur "
            "van bedrijven in het havengebied."
        )
        assert _facts(text) == {("klacht", _year(2021), "total", 812.0, "count", None)}


def test_a_news_item_citing_a_report_of_any_kind_by_its_year_takes_that_year():
    # the report's noun ends a compound (`Bezwarenrapportage`, `meldingenanalyse`)
    for report in ("de Klachtenrapportage 2020", "de klachtenanalyse over 2020"):
        text = (
            "Meer klachten over de buitendienst\n\nIn totaal kwamen er ruim 640 klachten "
            f"binnen bij het waterschap, zo blijkt uit {report}."
        )
        assert _facts(text, doc_type="other") == {
            ("klacht", _year(2020), "total", 640.0, "count", None)
        }


def test_complaints_lodged_with_a_unit_and_restated_for_another_year_keep_the_unit():
    text = (
        "Klachten\n\nIn 2022 kwamen 900 klachten binnen. Waren er in 2021 nog 75 klachten bij "
        "parkeerbeheer ingediend, in 2022 waren dat er 140."
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 900.0, "count", None),
        ("klacht", _year(2021), "total", 75.0, "count", "parkeerbeheer"),
        ("klacht", _year(2022), "total", 140.0, "count", "parkeerbeheer"),
    }
    # lodged with the organisation itself: the whole's count, no unit
    text = "Klachten\n\nIn 2022 zijn 900 klachten bij de gemeente ingediend."
    assert _facts(text) == {("klacht", _year(2022), "total", 900.0, "count", None)}


def test_a_list_of_label_value_lines_under_a_lead_naming_the_breakdown():
    # `verdeling over de afdelingen`: each label a unit, scoping its count; the heading
    # above dates them
    text = (
        "Klachten\n\nOverzicht klachten 2020\n\nIn 2020 kwamen 31 klachten binnen.\n\n"
        "De verdeling over de afdelingen was als volgt:\n\nBurgerzaken: 12\n\n"
        "Openbare Ruimte: 15\n\nBelastingen: 4\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2020), "total", 31.0, "count", None),
        ("klacht", _year(2020), "total", 12.0, "count", "Burgerzaken"),
        ("klacht", _year(2020), "total", 15.0, "count", "Openbare Ruimte"),
        ("klacht", _year(2020), "total", 4.0, "count", "Belastingen"),
    }
    # `per onderwerp`: each label a kind
    kinds = text.replace("verdeling over de afdelingen", "verdeling per onderwerp")
    assert ("klacht", _year(2020), "other", 15.0, "count", None) in _facts(kinds)
    # a lead naming no breakdown of units or kinds leaves the labels unread
    months = text.replace("verdeling over de afdelingen", "verdeling per maand")
    assert _facts(months) == {("klacht", _year(2020), "total", 31.0, "count", None)}


def test_list_items_with_their_count_in_brackets_under_a_lead_naming_units_or_kinds():
    # the count in brackets after each item (round or square), the lead naming the items
    # as organisations (`ministeries`, `gemeenten`) or units: each item's name (without its
    # article and organisation noun) scopes its count, in the lead's year
    text = (
        "Jaarverslag klachten\n\nDe ministeries waarover in 2018 de meeste klachten "
        "binnenkwamen zijn:\n\n- het Ministerie van Justitie (84)\n\n"
        "- het Ministerie van Onderwijs, Cultuur en Wetenschap (49)\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2018), "total", 84.0, "count", "Justitie"),
        ("klacht", _year(2018), "total", 49.0, "count", "Onderwijs, Cultuur en Wetenschap"),
    }
    text = (
        "Klachtenoverzicht\n\nDe klachten over 2021 per afdeling:\n"
        "  • Burgerzaken [12]\n  • Openbare Ruimte [7];\n  • Belastingen [3].\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2021), "total", 12.0, "count", "Burgerzaken"),
        ("klacht", _year(2021), "total", 7.0, "count", "Openbare Ruimte"),
        ("klacht", _year(2021), "total", 3.0, "count", "Belastingen"),
    }
    # a lead naming kinds: each item a kind of complaint
    kinds = text.replace("per afdeling", "per onderwerp")
    assert ("klacht", _year(2021), "other", 7.0, "count", None) in _facts(kinds)
    # a lead naming neither (`per maand`): the bracketed numbers are no figures
    assert _facts(text.replace("per afdeling", "per maand")) == set()
    # a unit's long name wrapped after its slash is one name
    text = (
        "Klachten 2020\n\nDe verdeling over de afdelingen was als volgt:\n\n"
        "Maatschappelijke Ontwikkeling/\nWerk en Inkomen: 11\n\nBelastingen: 4\n"
    )
    facts = _facts(text)
    assert ("klacht", _year(2020), "total", 11.0, "count",
            "Maatschappelijke Ontwikkeling/Werk en Inkomen") in facts  # fmt: skip


def test_a_yearly_rate_and_the_years_before_a_year_date_no_count():
    # `jaarlijks`: a rate over years; `vóór 2019` (accents as printed): the years before it
    text = (
        "Klachtenjaarverslag 2021\n\nIn 2021 kwamen 64 klachten binnen. Ook in de jaren vóór "
        "2019 werden jaarlijks meer dan honderd klachten ingediend."
    )
    assert _facts(text) == {("klacht", _year(2021), "total", 64.0, "count", None)}


def test_people_who_each_filed_one_count_the_items_filed():
    for clause in ("dienden 215 inwoners een klacht in", "hebben tweeduizend mensen een klacht "
                   "ingediend"):  # fmt: skip
        text = f"Klachten\n\nIn 2022 {clause}."
        value = 215.0 if "215" in clause else 2000.0
        assert _facts(text) == {("klacht", _year(2022), "total", value, "count", None)}
    # people counted for something else: no count of complaints
    assert _facts("Klachten\n\nIn 2022 belden 215 inwoners met de klachtenlijn.") == set()


def test_a_part_of_a_count_named_by_what_it_is_about_after_the_partitive():
    text = (
        "Klachten\n\nVan de 215 klachten in 2022 gingen er 60 over afval. Hiervan hadden 20 "
        "klachten betrekking op grofvuil."
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 215.0, "count", None),
        ("klacht", _year(2022), "other", 60.0, "count", None),
        ("klacht", _year(2022), "other", 20.0, "count", None),
    }


def test_a_list_of_kinds_under_a_lead_of_what_the_items_were_about():
    # the lead ends in `gingen over:`; each item a kind's label and its count
    text = (
        "Klachtenjaarverslag 2022\n\nIn 2022 ontvingen we 40 klachten.\n\n"
        "De klachten gingen over:\n\nBejegening 12\n\nWachttijd 9\n"
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 40.0, "count", None),
        ("klacht", _year(2022), "other", 12.0, "count", None),
        ("klacht", _year(2022), "other", 9.0, "count", None),
    }


def test_a_kinds_label_and_colon_before_a_count_make_it_no_total():
    text = (
        "Klachtenjaarverslag 2022\n\nIn 2022 ontvingen we 40 klachten. Bejegening: 12 "
        "klachten; wachttijd: 9 klachten."
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 40.0, "count", None),
        ("klacht", _year(2022), "other", 12.0, "count", None),
        ("klacht", _year(2022), "other", 9.0, "count", None),
    }
    # the total's own label, or one naming the items themselves, stays the total's
    for label in ("Totaal: 40 klachten.", "Grafiek van aantal klachten: 40 in 2022."):
        assert _facts(f"Klachtenjaarverslag 2022\n\n{label}") == {
            ("klacht", _year(2022), "total", 40.0, "count", None)
        }


@pytest.mark.parametrize(
    "sentence",
    [
        "De meeste klachten gingen over contracten (118).",
        "Verreweg de meeste klachten hadden betrekking op de facturen (118).",
        "Veel klachten betroffen de opzegging van het contract (118), gevolgd door tarieven.",
    ],
)
def test_a_sentence_about_the_items_with_a_kinds_count_in_brackets_is_no_list_item(sentence):
    # a clause naming the counted items before the bracket is a sentence, not an item's
    # name: the kind's count is read as running text reads it, not dropped as an item
    # under a lead that names neither units nor kinds
    text = f"Klachtenloket\n\nHet loket heeft in 2017 283 klachten behandeld. {sentence}"
    facts = _facts(text, doc_type="other")
    assert ("klacht", _year(2017), "total", 283.0, "count", None) in facts
    assert ("klacht", _year(2017), "other", 118.0, "count", None) in facts


def test_kinds_listed_after_what_the_items_were_about_each_with_its_count_in_brackets():
    text = (
        "Klachtenjaarverslag 2022\n\nIn 2022 ontvingen we 40 klachten. De meeste klachten "
        "gingen over bejegening (12 klachten), gevolgd door wachttijd (9) en parkeren (3)."
    )
    assert _facts(text) == {
        ("klacht", _year(2022), "total", 40.0, "count", None),
        ("klacht", _year(2022), "other", 12.0, "count", None),
        ("klacht", _year(2022), "other", 9.0, "count", None),
        ("klacht", _year(2022), "other", 3.0, "count", None),
    }
    # a body named in capitals is no kind of the items
    body = "Klachtenjaarverslag 2022\n\nDe klachten betroffen vooral de afdeling Burgerzaken (12)."
    assert all(f[2] != "other" for f in _facts(body))


@pytest.mark.parametrize(
    "head",
    [
        "Aanbieding jaarverslag 2020\n\nDe Ombudsman van het eiland bood vandaag zijn "
        "jaarverslag aan.",
        "Jaarverslag 2020 van de gemeentelijke ombudsman",
        "Ombudsvrouw presenteert jaarcijfers 2020",
    ],
)
def test_a_document_headed_by_an_ombudsman_counts_its_requests_as_complaints(head: str):
    """An ombudsman's `verzoeken` (requests to investigate) are the complaints it receives:
    a document whose head names the ombudsman is about complaints, and counts them."""
    text = (
        f"{head}\n\nIn 2020 ontving het bureau in totaal 842 verzoeken. In 2019 was dit aantal 568."
    )
    facts = _facts(text, doc_type="other")
    assert ("klacht", _year(2020), "total", 842.0, "count", None) in facts
    assert ("klacht", _year(2019), "total", 568.0, "count", None) in facts


@pytest.mark.parametrize(
    "opening",
    [
        # a web page's breadcrumbs, its title again and a date before the lead
        "Start > Actueel > Berichten > Jaarverslag 2021\n\nJaarverslag 2021 (12-05-2022)\n\n"
        "jaarverslag 2021\n\nDe Ombudsman van Sint Maarten heeft vandaag zijn jaarverslag "
        "over 2021 aan de Staten aangeboden.",
        # a Flemish service's page: a menu line, a title, an expiry notice
        "Home > Pers\n\nJaarrapport 2021 voorgesteld\n\nDit bericht vervalt op 31-12-2022."
        "\n\nDe provinciale ombudsdienst stelde gisteren het jaarrapport over 2021 voor aan "
        "de provincieraad.",
        # the lead after a dateline and a title in capitals
        "NIEUWSBRIEF\n\nJAARCIJFERS 2021\n\n14 maart 2022\n\nVoor het eerst presenteerde "
        "de gemeentelijke ombudsvrouw haar jaarverslag zelf aan de gemeenteraad.",
    ],
)
def test_a_news_items_lead_after_its_page_furniture_heads_it(opening: str):
    """Breadcrumbs, a title repeated and a date take a web page's first lines: the lead's
    first sentence names the body whose figures the item gives (an ombudsman's
    `verzoeken` are its complaints)."""
    text = f"{opening}\n\nIn 2021 ontving zij 412 verzoeken. In 2020 waren dat er 377."
    facts = _facts(text, doc_type="other")
    assert ("klacht", _year(2021), "total", 412.0, "count", None) in facts


def test_a_lead_that_only_another_subject_names_does_not_head_a_text():
    """The lead's sentence on another subject's items (`klachten over discriminatie`) makes
    no complaints text: a table of discrimination reports stays that subject's only."""
    text = (
        "Cijfers meldpunten\n\nOok bekend als: Meldpunt, Bureau Gelijke Behandeling\n\n"
        "Elke gemeente heeft een voorziening waar inwoners terecht kunnen met klachten over "
        "discriminatie. Die voorziening registreert de meldingen van discriminatie.\n\n"
        "Jaar: 2020 2021\nAantal meldingen 4.100 4.350\n"
    )
    facts = _facts(text, doc_type="other")
    assert not any(f[0] == "klacht" for f in facts)


def test_requests_in_a_complaints_report_not_headed_by_an_ombudsman_are_no_complaints():
    text = (
        "Klachtenjaarverslag 2020\n\nIn 2020 kwamen 120 klachten binnen. Daarnaast ontving "
        "de afdeling 842 verzoeken om een nieuwe container. Klachten over afval bleven gelijk."
    )
    facts = _facts(text, doc_type="other")
    assert ("klacht", _year(2020), "total", 120.0, "count", None) in facts
    assert not any(f[3] == 842.0 for f in facts)


@pytest.mark.parametrize(
    "head",
    [
        "Jaarverslag Bureau Integriteit\n\nJaarverslag 2020 van de gemeente",
        "Column | Integriteit",
        "Integriteit bij de provincie in 2020",
    ],
)
def test_a_document_headed_by_integrity_counts_integrity_reports(head: str):
    text = f"{head}\n\nIn 2020 waren er zestien meldingen. Vijf daarvan werden ingetrokken."
    facts = _facts(text, doc_type="other")
    assert ("integriteitsmelding", _year(2020), "total", 16.0, "count", None) in facts


_OTHER_SECTIONS = [
    # the rows of the other subjects' sections between the header and the last section
    "Bezwaarschriften\nafgehandelde bezwaarschriften 2.100 2.400 2.200\n"
    "% bezwaarschriften binnen de termijn 74 65 63\n% gegrond verklaard* 21 19 20\n"
    "% ongegrond verklaard* 50 48 47\nBeroepszaken\nberoepszaken 625 444 544\n"
    "% beroepszaken gegrond* 20 20 22\n% beroepszaken ongegrond* 57 55 49\n",
    "Klachten\ntotaal aantal klachten 1.210 1.293 1.480\n% binnen de termijn 91 93 91\n"
    "% gegrond 49 39 40\n% ongegrond 17 19 16\ntevredenheid (gegrond) 6,1 6,8 6,7\n"
    "tevredenheid (ongegrond) 4,0 6,3 4,6\nBeroep\nberoepszaken 625 444 544\n"
    "% gegrond 20 20 22\n% ongegrond 57 55 49\n",
    "Meldingen\nmeldingen openbare ruimte 7.100 6.400 6.900\nbinnen 5 dagen opgelost 88 90 91\n"
    "Bezwaar en beroep\nbezwaren 2.100 2.400 2.200\nberoepen 625 444 544\n"
    "hoger beroep 41 38 40\ngegrond 20 20 22\nongegrond 57 55 49\nvoorlopige voorzieningen 9 7 8\n",
]


@pytest.mark.parametrize("between", _OTHER_SECTIONS)
def test_a_key_figures_table_reaches_its_last_section_across_other_subjects_rows(between):
    """A table of key figures under one header of years with a section per subject: rows
    this pass does not read (another subject's, shares) are rows of the table too, so
    the header still dates the last section's row."""
    text = (
        "Kerncijfers Wob-verzoeken en klachten\n  2020 2021 2022\n"
        + between
        + "Informatieverzoeken\nvragen via de website 3.300 3.100 2.900\n"
        + "vragen via de telefoon 12.400 11.900 10.100\nvragen per brief 310 280 250\n"
        + "gemiddelde wachttijd 4 5 4\n"
        + "Wob/Woo-verzoeken\ntotaal aantal ingediende Wob/Woo-verzoeken*** 440 1.028 1.078\n"
        + "% Wob-verzoeken binnen de termijn afgehandeld 73 91 89\n"
    )
    facts = _facts(text)
    for year, value in ((2020, 440.0), (2021, 1028.0), (2022, 1078.0)):
        assert ("woo_verzoek", _year(year), "total", value, "count", None) in facts


@pytest.mark.parametrize(
    "text",
    [
        "Integriteit 2019\n\nIn 2019 zijn 300 integriteitsonderzoeken gestart. In de onderzoeken "
        "kwamen misbruik van positie (120), geweld (95) en ongewenst gedrag (85) het meest voor.",
        "Klachten 2019\n\nIn 2019 kwamen 300 klachten binnen. In de klachten keerden vooral "
        "bejegening (120), wachttijden (95) en de hoogte van een rekening (85) terug.",
        "Bezwaarschriften 2019\n\nIn 2019 werden 300 bezwaarschriften ingediend, tegen "
        "parkeerboetes (120), vergunningen (95) en de aanslag afvalstoffenheffing (85).",
    ],
)
def test_a_list_of_kinds_each_with_its_count_in_brackets(text: str):
    """Kinds in lower case each followed by its count in brackets, two or more in a list:
    each a kind of the items, whatever verb (before or after the list) the sentence has."""
    facts = {f[2:4] for f in _facts(text, doc_type="other")}
    assert {("total", 300.0), ("other", 120.0), ("other", 95.0), ("other", 85.0)} <= facts


def test_a_list_of_item_types_one_of_them_the_subject_is_no_list_of_kinds():
    text = (
        "Klachtenrapport 2023\n\nIn 2023 ontving de dienst in totaal 1276 vragen en meldingen "
        "(692) en klachten (585) via verschillende kanalen."
    )
    facts = _facts(text, doc_type="other")
    assert not any(f[2] == "other" for f in facts)


D = "discriminatiemelding"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bodies as the subjects of their verbs, one by its own name after its head noun
        (
            "Discriminatiecijfers 2023\n\nIn 2023 kwamen meer meldingen binnen. De politie "
            "registreerde in 2023 4210 discriminatie-incidenten. De antidiscriminatiebureaus "
            "ontvingen in 2023 3150 meldingen. Bij het meldpunt voor online haat MiND kwamen in "
            "2023 410 meldingen binnen.",
            {(4210.0, "politie"), (3150.0, "antidiscriminatiebureaus"), (410.0, "MiND")},
        ),
        # after `bij`, in another order; a body named by its apposition
        (
            "Meldingen van discriminatie\n\nBij de gemeentelijke meldpunten zijn in 2022 812 "
            "meldingen geregistreerd. Bij Gelijkwaardig.be, het centrale meldpunt voor heel "
            "Vlaanderen, kwamen in 2022 2.640 meldingen binnen.",
            {(812.0, "meldpunten"), (2640.0, "Gelijkwaardig.be")},
        ),
        # the ombudsman among the bodies: no complaints text, its figure its own
        (
            "Discriminatie in 2021\n\nDe Kinderombudsman ontving in 2021 44 meldingen over "
            "discriminatie. De ombudsdiensten van de provincies kregen in 2021 120 meldingen.",
            {(44.0, "Kinderombudsman"), (120.0, "ombudsdiensten")},
        ),
    ],
)
def test_discrimination_reports_carry_the_body_that_received_them(text: str, expected: set):
    """Discrimination reports are a subject of their own; where a text compares the bodies
    that received or registered them, each figure is its body's."""
    facts = _facts(text, doc_type="other")
    assert {(f[3], f[5]) for f in facts if f[0] == D and f[2] == "total"} == expected


def test_one_desks_discrimination_reports_are_its_own_and_their_kinds_other():
    text = (
        "Jaarverslag meldpunt discriminatie 2021\n\nHet meldpunt ontving in 2021 212 meldingen "
        "van discriminatie. Daarvan gingen 80 meldingen over herkomst."
    )
    assert _facts(text, doc_type="other") == {
        (D, _year(2021), "total", 212.0, "count", None),
        (D, _year(2021), "other", 80.0, "count", None),
    }


def test_the_body_whose_report_a_text_cites_is_no_body_compared():
    text = (
        "Klachten over instanties\n\nDat staat in het jaarverslag 2019 van de Nationale "
        "ombudsman. De ombudsman kreeg in 2019 310 klachten over de Belastingdienst. Bij de "
        "Nationale ombudsman kwamen in 2019 11.200 klachten binnen."
    )
    facts = _facts(text, doc_type="other")
    assert ("klacht", _year(2019), "total", 11200.0, "count", None) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de politie kwamen in 2020 300 meldingen meer binnen dan een jaar eerder.",
        "In 2020 ontving de politie drie klachten minder dan in 2019.",
        "Het meldpunt telde in 2020 45 incidenten minder.",
    ],
)
def test_a_count_with_its_noun_and_more_or_fewer_is_a_difference(sentence: str):
    text = f"Discriminatie\n\n{sentence}"
    assert _facts(text, doc_type="other") == set()


def test_a_dating_stamp_in_the_title_is_no_report_period():
    text = (
        "date 2022-05 Meer meldingen van discriminatie\n\nDat blijkt uit de rapportage "
        "Discriminatiecijfers in 2021. De antidiscriminatievoorzieningen ontvingen 5.100 "
        "discriminatiemeldingen."
    )
    document = _document(
        text, doc_type="other", title="date 2022-05 Meer meldingen van discriminatie"
    )
    facts = {(r["period_start"], r["value"]) for r in extract_incident_counts(document)}
    assert facts == {(date(2021, 1, 1), 5100.0)}


U = "ongewenst_gedrag"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2019 werden 64 meldingen gedaan bij de vertrouwenspersoon van de hogeschool. "
            "Dat zijn er meer dan in 2018 (41).",
            {(_year(2019), 64.0), (_year(2018), 41.0)},
        ),
        (
            "Het aantal meldingen van grensoverschrijdend gedrag in de muziekwereld is gestegen."
            "\n\nEr waren in 2021 212 meldingen. In 2020 waren het 150 meldingen.",
            {(_year(2021), 212.0), (_year(2020), 150.0)},
        ),
        (
            "Agressiemeldingen gemeente\n\nMedewerkers deden in 2017 97 agressiemeldingen.",
            {(_year(2017), 97.0)},
        ),
    ],
)
def test_reports_of_unwanted_behaviour_are_a_subject(text: str, expected: set):
    """Reports to confidential advisers, of transgressive behaviour or of aggression
    against staff are counted as such reports, received (`total`)."""
    facts = _facts(text, doc_type="other")
    assert {(f[1], f[3]) for f in facts if f[0] == U and f[2] == "total"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Klachten en geschillen\n\nHet loket neemt allerlei klachten aan, van ongewenst gedrag "
        "tot een besluit over een tentamen.\n\nIn 2019 kwamen 120 klachten binnen.",
        "Integriteitsmeldingen 2019\n\nIn 2019 kwamen 120 integriteitsmeldingen binnen, ook over "
        "seksuele intimidatie.",
        "Klachtenjaarverslag\n\nDe vertrouwenspersoon verwees in 2019 vier mensen door. In 2019 "
        "kwamen 120 klachten binnen.",
    ],
)
def test_unwanted_behaviour_named_in_a_complaints_or_integrity_text_is_their_kind(text: str):
    facts = _facts(text, doc_type="other")
    assert {(f[0] in ("klacht", "integriteitsmelding"), f[3]) for f in facts} == {(True, 120.0)}


def test_a_date_of_the_stamps_month_in_a_title_is_no_report_period():
    title = "date 2018-03 Minder klachten bij de ombudsman 20 maart 2018"
    text = f"{title}\n\nDe ombudsman ontving in 2017 1.400 klachten."
    facts = {
        (r["period_start"], r["value"])
        for r in extract_incident_counts(_document(text, doc_type="other", title=title))
    }
    assert facts == {(date(2017, 1, 1), 1400.0)}


@pytest.mark.parametrize(
    "sentence",
    [
        "De twee meldpunten kregen in 2022 minder meldingen, respectievelijk 27 en 12 procent.",
        "Het aantal klachten bij beide loketten daalde in 2022 met 9 en 66 procent.",
        "In 2022 kwamen bij de twee bureaus tussen 15 tot 20% minder klachten binnen.",
    ],
)
def test_the_first_of_two_numbers_sharing_percent_is_no_count(sentence: str):
    text = f"Klachten en meldingen\n\n{sentence}"
    assert not any(f[4] == "count" for f in _facts(text, doc_type="other"))


@pytest.mark.parametrize(
    "intro",
    [
        "Wie een klacht heeft over discriminatie, kan bij het bureau terecht. Het bureau "
        "registreert elke klacht over discriminatie. Ook een klacht over een discriminerende "
        "uitlating telt mee.",
        "Een meldpunt discriminatie helpt wie een klacht heeft. Die klacht wordt als melding "
        "van discriminatie geregistreerd, ook een anonieme klacht over discriminatie.",
    ],
)
def test_complaints_named_in_sentences_on_discrimination_make_no_complaints_text(intro: str):
    text = (
        f"Cijfers over antidiscriminatiebureaus\n\n{intro}\n\n"
        "Jaar: 2019 2020 2021\nAantal meldingen 300 320 350"
    )
    facts = _facts(text, doc_type="other")
    assert {(f[0], f[1], f[3]) for f in facts} == {
        (D, _year(2019), 300.0),
        (D, _year(2020), 320.0),
        (D, _year(2021), 350.0),
    }


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Klachten 2021\n\nBetreft: 2020 2021\nKlachten over bejegening 12 15\n"
            "Aantal klachten 42 46",
            "klacht",
        ),
        (
            "Cijfers discriminatie\n\nJaar: 2020 2021\nAantal meldingen 300 310\n"
            "Discriminatie op grond van leeftijd 12 15",
            D,
        ),
        (
            "Integriteitsmeldingen\n\nJaar: 2020 2021\nAantal meldingen 40 46\n"
            "Meldingen over belangenverstrengeling 12 15",
            "integriteitsmelding",
        ),
    ],
)
def test_a_row_label_naming_what_the_items_are_about_is_a_kind(text: str, subject: str):
    facts = {(f[0], f[1], f[2], f[3]) for f in _facts(text, doc_type="other")}
    assert {(subject, _year(2020), "other", 12.0), (subject, _year(2021), "other", 15.0)} <= facts


def test_a_row_label_about_the_organisation_is_no_kind():
    text = (
        "Klachten 2021\n\nBetreft: 2020 2021\nKlachten over de gemeente 30 31\n"
        "Aantal klachten 42 46"
    )
    assert not any(f[2] == "other" for f in _facts(text, doc_type="other"))


@pytest.mark.parametrize(
    ("sentence", "subject", "value"),
    [
        ("Het meldpunt kreeg in 2001 drieënvijftig meldingen van ongewenst gedrag.",
         "ongewenst_gedrag", 53.0),
        ("In 2001 kwamen er eenenveertig klachten binnen bij de ombudsman.", "klacht", 41.0),
        ("De gemeente ontving in 2001 tweeentwintig bezwaarschriften.", "bezwaar", 22.0),
        ("In 2001 kwamen achtentachtig Woo-verzoeken binnen.", "woo_verzoek", 88.0),
    ],
)  # fmt: skip
def test_a_unit_joined_to_its_ten_by_en_is_one_written_out_number(sentence, subject, value):
    # `drieënvijftig`, `eenenveertig`, the diaeresis dropped (`tweeentwintig`): one number
    assert _facts(sentence, doc_type="other") == {
        (subject, _year(2001), "total", value, "count", None)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal meldingen van agressie tegen medewerkers van de gemeente Zundert nam in "
        "2015 toe.\n\nIn totaal kwamen er 54 meldingen binnen, vier medewerkers deden "
        "daarvan aangifte bij de politie.",
        "De meldingen van agressie tegen boa's van de gemeente Oss stegen in 2015.\n\nEr "
        "kwamen 54 meldingen binnen bij de afdeling; slechts vier boa's hebben aangifte "
        "gedaan bij de politie.",
        "Medewerkers van het vervoersbedrijf werden vaker agressief benaderd. In 2015 werden "
        "54 meldingen geregistreerd, waarvan er vier met aangifte bij de politie eindigden.",
    ],
)
def test_aggression_against_staff_is_unwanted_behaviour_and_a_police_report_no_scope(text):
    # reports of aggression against staff (`agressie`, `agressief`) are reports of unwanted
    # behaviour; the police that received a report (`aangifte ... bij de politie`) is the
    # body of another act, not of the reports counted
    assert ("ongewenst_gedrag", _year(2015), "total", 54.0, "count", None) in _facts(
        text, doc_type="other"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Een vierde van de klachten (1.136) gaat over de stiptheid van de bussen.",
        "Het grootste aantal klachten (1.136) heeft betrekking op de afvalinzameling.",
        "Bijna de helft van de klachten (1.136) betrof de wachttijden.",
    ],
)
def test_a_count_in_brackets_after_the_items_and_before_what_they_are_about_is_a_kind(sentence):
    # the items' noun (or `aantal`), their count in brackets, then a verb of what they are
    # about: that kind's count; a name after it (`op Zwolle`) is a unit, not read here
    text = f"Klachten\n\nIn 2018 ontving de ombudsman 2.528 klachten. {sentence}"
    facts = _facts(text, doc_type="other")
    assert ("klacht", _year(2018), "other", 1136.0, "count", None) in facts
    unit = text.replace(sentence, "De meeste klachten (1.136) hadden betrekking op Zwolle.")
    assert ("klacht", _year(2018), "other", 1136.0, "count", None) not in _facts(unit)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("De ombudsdienst ontving in 2021 9.088 klachten. De klachten gingen vooral over de "
         "prijzen (22,7 procent), de facturen (18,8 procent) en de meter (16,4 procent).",
         "klacht"),
        ("In 2021 kwamen 400 bezwaarschriften binnen. De bezwaren hadden vooral betrekking op "
         "parkeren (22,7%), vergunningen (18,8%) of de WOZ-waarde (16,4%).", "bezwaar"),
        ("Het meldpunt registreerde in 2021 300 meldingen van ongewenst gedrag; die betroffen "
         "pesten (22,7 %), intimidatie (18,8 %) en agressie (16,4 %).", "ongewenst_gedrag"),
    ],
)  # fmt: skip
def test_kinds_each_with_their_share_in_brackets_after_what_the_items_were_about(text, subject):
    # a kind's share (`procent` or `%`) in brackets after it, as a kind's count would stand
    facts = _facts(text, doc_type="other")
    for share in (22.7, 18.8, 16.4):
        assert (subject, _year(2021), "other", share, "percent", None) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 werden in totaal twaalf meldingen gemaakt van discriminatie.",
        "Bij het meldpunt zijn in 2019 twaalf meldingen van discriminatie gemaakt.",
        "In 2019 hebben inwoners twaalf discriminatiemeldingen gemaakt.",
    ],
)
def test_reports_made_melding_maken_are_reported_as_reports_done(sentence):
    # `melding maken` says what `melding doen` says: a written-out count reported
    facts = _facts(f"Discriminatie\n\n{sentence}", doc_type="other")
    assert ("discriminatiemelding", _year(2019), "total", 12.0, "count", None) in facts


def test_counts_below_the_total_stated_before_them_are_its_parts():
    # a news item: the year's total first, then the complaints about each kind of medium
    text = (
        "Klachten\n\nDe stichting heeft in 2021 in totaal 52 klachten ontvangen. Dat is minder "
        "dan in 2020 (61). Het aantal klachten tegen bezorgers (20) was bijna even hoog als het "
        "aantal klachten over de klantenservice (17).\n\nVier klachten hielden verband met de "
        "website."
    )
    assert _facts(text) == {
        ("klacht", _year(2021), "total", 52.0, "count", None),
        ("klacht", _year(2020), "total", 61.0, "count", None),
        ("klacht", _year(2021), "other", 20.0, "count", None),
        ("klacht", _year(2021), "other", 17.0, "count", None),
        ("klacht", _year(2021), "other", 4.0, "count", None),
    }
    # a discrimination desk's totals of two years, then one ground's counts of both
    text = (
        "Meldingen\n\nIn 2022 ontving het meldpunt 96 discriminatiemeldingen, tegenover 88 in "
        "2021. Discriminatie op grond van leeftijd kwam vaker voor: 31 meldingen tegenover 22 "
        "in 2021."
    )
    assert _facts(text, doc_type="other") == {
        ("discriminatiemelding", _year(2022), "total", 96.0, "count", None),
        ("discriminatiemelding", _year(2021), "total", 88.0, "count", None),
        ("discriminatiemelding", _year(2022), "other", 31.0, "count", None),
        ("discriminatiemelding", _year(2021), "other", 22.0, "count", None),
    }


def test_a_smaller_count_before_the_total_or_of_a_place_keeps_its_total():
    # another kind of item named first keeps its own total; a place's count is a unit's
    text = (
        "Klachten\n\nIn 2022 dienden medewerkers vijf formele klachten in. In totaal ontving "
        "de dienst in 2022 48 klachten. In Noordveen zijn in 2022 19 klachten binnengekomen."
    )
    facts = _facts(text)
    assert ("klacht", _year(2022), "total", 5.0, "count", None) in facts
    assert ("klacht", _year(2022), "other", 19.0, "count", None) not in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de klachtencommissie kwamen in 2022 45 klachten binnen.",
        "De afdeling Burgerzaken ontving in 2022 45 klachten.",
        "De ombudsdienst registreerde in 2022 45 klachten.",
    ],
)
def test_a_smaller_count_of_a_body_or_unit_is_no_part_of_the_total(sentence):
    # a unit's or a second body's own intake (a total with its scope), not a kind
    text = f"Klachten\n\nIn 2022 ontving de gemeente 300 klachten. {sentence}"
    assert ("klacht", _year(2022), "other", 45.0, "count", None) not in _facts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "De meeste bezwaren (21) vielen in de categorie overige zaken.",
        "De meeste bezwaren vielen binnen de categorie 'parkeren en mobiliteit' (21).",
        "De meeste bezwaren vielen onder de categorie ‘omgevingsrecht’ (21).",
    ],
)
def test_the_category_most_items_fell_in_counts_a_kind(sentence):
    # the items' count in brackets before or after the category they fall in
    text = f"Bezwaarschriften\n\nIn 2016 zijn 39 bezwaarschriften ingediend. {sentence}"
    assert _facts(text) == {
        ("bezwaar", _year(2016), "total", 39.0, "count", None),
        ("bezwaar", _year(2016), "other", 21.0, "count", None),
    }


# texts145/politie-geweld-politieambtenaren-2022 (politie.nl), lines 3 and 5: violence
# against police officers counted as incidents, not as reports
POLICE_VIOLENCE = (
    "Hij deed direct aangifte. ‘Agressie en geweld tegen hulpverleners mag nooit normaal "
    "worden.’\n\n"
    "Het totaal aantal geweldsincidenten in 2022 (12.895) is ongeveer gelijk aan die in het "
    "jaar daarvoor (12.940). Op een aantal vlakken zien we een duidelijke verschuiving. Het "
    "gaat met name om agressief gedrag bij het uitgaan (470 incidenten in 2021; 1579 in "
    "2022), evenementen (79 in 2021; 147 in 2022) en voetbal (161 in 2021; 278 in 2022)."
)


def test_incidents_of_violence_against_staff_are_the_aggression_texts_items():
    # a text on aggression against staff that counts incidents, not reports of them:
    # `geweldsincidenten` are its items, a kind named before `(470 incidenten ...)` one of them
    facts = _facts(POLICE_VIOLENCE, doc_type="other")
    assert {(U, _year(2022), "total", 12895.0, "count", None),
            (U, _year(2021), "total", 12940.0, "count", None),
            (U, _year(2021), "other", 470.0, "count", None),
            (U, _year(2021), "other", 79.0, "count", None)} <= facts  # fmt: skip


def test_four_digits_before_the_other_year_of_a_bracketed_pair_are_a_count():
    # `(470 incidenten in 2021; 1579 in 2022)`: the bracket opened with a count of the items
    # and its year; four digits before the other year count the same items, no year
    facts = _facts(POLICE_VIOLENCE, doc_type="other")
    assert (U, _year(2022), "other", 1579.0, "count", None) in facts
    no_pair = POLICE_VIOLENCE.replace("(470 incidenten in 2021; 1579 in 2022)", "(1579)")
    assert not any(f[3] == 1579.0 for f in _facts(no_pair, doc_type="other"))


# texts69/hamme-centraal-meldpunt-2018 and texts136/bas-schiphol-klachten-2023 (dev texts)
CENTRAL_DESK = (
    " date 2018-05 Centraal Meldpunt ontvangt minder klachten 24 mei 2018\n"
    "Het Centraal Meldpunt van de gemeente heeft vorig jaar het minst aantal meldingen sinds "
    "de invoering van het meldpunt ontvangen. Dat staat te lezen in het jaarverslag.\n"
    "In 2017 werden 249 meldingen geregistreerd bij het Centraal Meldpunt van de gemeente. "
    "In 2016 waren dat er nog 282.\n"
)
RESIDENTS_DESK = (
    " date 2024-04 Het aantal klachten over geluidhinder door Schiphol is vorig jaar met ruim "
    "zeven procent gestegen. De grootste toename van het aantal melders en meldingen was te "
    "zien in Uithoorn, blijkt uit de jaarrapportage van het Bewoners Aanspreekpunt Schiphol "
    "(BAS).\n"
    "In totaal kwamen er vorig jaar 187.065 meldingen binnen over geluidsoverlast door "
    "vliegtuigen tegen 173.860 in 2022.\n"
)


def test_a_complaints_text_headed_by_a_desk_counts_the_desks_reports():
    # complaints the head names, received by the desk it names (`Centraal Meldpunt`,
    # `Aanspreekpunt`): the desk's `meldingen` are the complaints counted
    facts = _facts(CENTRAL_DESK, doc_type="other")
    assert {("klacht", _year(2017), "total", 249.0, "count", None),
            ("klacht", _year(2016), "total", 282.0, "count", None)} <= facts  # fmt: skip
    facts = _facts(RESIDENTS_DESK, doc_type="other")
    assert {("klacht", _year(2023), "total", 187065.0, "count", None),
            ("klacht", _year(2022), "total", 173860.0, "count", None)} <= facts  # fmt: skip
    # no desk in the head, nor `meldingen` counted as the text's items (`aantal`): the
    # `meldingen` are no complaints
    no_desk = CENTRAL_DESK.replace("Centraal Meldpunt", "De gemeente").replace("meldpunt", "loket")
    no_desk = no_desk.replace("het minst aantal meldingen", "de minste meldingen")
    assert not any(f[3] == 249.0 for f in _facts(no_desk, doc_type="other"))


# texts156/lvnl-veiligheidsmeldingen-2019-2021 (dev text, round AB): the air traffic
# control's own word for its safety reports, `voorvallen`, in its head and after numbers
ATC_OCCURRENCES = (
    "Veiligheidsmeldingen\n\n"
    "Aantal en ernst van de gemelde Air Traffic Control (ATC) gerelateerde voorvallen per "
    "jaar van 2017 tot en met 2021.\n\n"
    "In 2021 werden in totaal 1.807 voorvallen geregistreerd waar onderzoek naar is "
    "uitgevoerd. Dit aantal was iets meer dan het jaar ervoor (2020: 1.666 voorvallen). Deze "
    "toename heeft te maken met de toename van het aantal vliegbewegingen in 2021 ten "
    "opzichte van het voorgaande jaar.\n"
)
# texts127/ombudsman-verzekeringen-2017 (dev text): an ombudsman's `vragen tot tussenkomst`
INSURANCE_OMBUDSMAN = (
    "Aanbeveling 2017\n\nEvolutie van de vragen tot tussenkomst\n\n"
    "In 2017 ontving de Ombudsman van de Verzekeringen 6.120 schriftelijke vragen tot "
    "tussenkomst, wat overeenkomt met een globale stijging van 9%. Indien geen rekening wordt "
    "gehouden met 111 klachten over een reclameactie van een financieel product, bedraagt de "
    "globale stijging slechts 7%. Tien jaar later worden meer dan 6.000 vragen tot tussenkomst "
    "geregistreerd!\n\nIn 2017 werd de kaap van 6.000 vragen tot tussenkomst bereikt\n"
)


def _own_nouns(text: str, name: str, doc_type: str = "report") -> tuple[str, ...]:
    doc = as_doc(_document(text, doc_type=doc_type))
    return _text_item_nouns(doc, doc_text(doc), name)


def test_a_text_counts_its_items_under_the_word_it_prints_with_numbers():
    # in its head and twice after a number: the items the text counts
    assert _own_nouns(ATC_OCCURRENCES, "voorval") == ("voorvallen",)
    facts = _facts(ATC_OCCURRENCES)
    assert {("voorval", _year(2021), "total", 1807.0, "count", None),
            ("voorval", _year(2020), "total", 1666.0, "count", None)} <= facts  # fmt: skip
    # more often than the subject's own noun (`111 klachten`, once): the text's word
    assert _own_nouns(INSURANCE_OMBUDSMAN, "klacht") == ("vragen",)
    facts = _facts(INSURANCE_OMBUDSMAN)
    assert ("klacht", _year(2017), "total", 6120.0, "count", None) in facts
    # `de kaap van 6.000 bereikt`: a mark passed, the figure stated roughly
    assert not any(f[3] == 6000.0 for f in facts)


def test_a_text_counting_in_the_subjects_own_noun_keeps_its_vocabulary():
    # `klachten` after numbers as often as `vragen`: the vocabulary's word stands
    text = INSURANCE_OMBUDSMAN.replace("met 111 klachten", "met 111 klachten en 40 klachten")
    text = text.replace("meer dan 6.000 vragen", "meer dan 6.000 dossiers")
    assert _own_nouns(text, "klacht") == ()


def test_people_actions_and_a_rates_base_are_no_items():
    # texts136/lid-meldingen-huisdieren-2024: the inspectorate's own inspections (rule 12)
    text = (
        "Meldingen dierenwelzijn\n\nIn 2024 voerde de inspectie 15.820 inspecties uit, in 2022 "
        "waren dit er nog 12.952. Het aantal inspecties steeg.\n"
    )
    assert _own_nouns(text, "voorval") == ()
    # texts152/haven-amsterdam-nautische-ongevallen-2018: ships, what accidents are set against
    text = (
        "Nautische ongevallen\n\nIn 2018 heeft de Amsterdamse haven bezoek gehad van 41.424 "
        "binnenvaartschepen en 7.525 zeeschepen, waaronder 180 zeecruiseschepen. Ook is het "
        "aantal recreatieschepen toegenomen. Het aantal nautische ongevallen nam toe van 32 in "
        "2017 naar 49 in 2018.\n"
    )
    assert _own_nouns(text, "voorval") == ()
    # people (`vertrouwenspersonen`, a compound of `personen`) and a rate's base
    text = "Het aantal vertrouwenspersonen groeide: 12 vertrouwenspersonen, 14 vertrouwenspersonen."
    assert _own_nouns(text, "ongewenst_gedrag") == ()
    text = "Het aantal banen steeg: 5 per 100.000 banen, 3 per 100.000 banen, 4 per 100.000 banen."
    assert _own_nouns(text, "voorval") == ()


# texts162/roermond-lvr-vragen-woninginbraken-2016 (dev text, round AC): council questions
# on burglaries, no subject of the vocabulary; the police's registered crimes (rule 12)
BURGLARIES = (
    "Artikel 43\n\nAan\nde griffier van de gemeenteraad Roermond\n\nRoermond, 9 maart 2016\n\n"
    "Hoewel in 2015 een forse afname van het aantal woninginbraken was te zien (20 %), is het "
    "aantal woninginbraken vanaf december 2015 aan het toenemen. Van 1 januari 2016 tot 12 "
    "februari 2016 vonden er 32 woninginbraken plaats, terwijl er in 2015 in dezelfde periode "
    "24 woninginbraken werden gepleegd.\n"
)


def test_a_text_of_no_subject_counts_the_items_it_names_and_counts_twice():
    facts = _facts(BURGLARIES, doc_type="letter")
    assert ("voorval", (date(2016, 1, 1), date(2016, 2, 12)), "total", 32.0, "count", None) in facts
    # named once after a number: no count text
    once = BURGLARIES.replace("24 woninginbraken werden gepleegd", "evenveel")
    assert _facts(once, doc_type="letter") == set()


# A compound of the items' noun names the items (`vocab._names_the_items`): a sentence whose
# only word for them is such a compound is read as one naming the noun, its count one kind
# of the items (`facts._compound_counted`). Lines quoted from the dev texts named.


def test_a_compound_of_the_items_noun_names_the_items():
    from pipeline.incidents.subjects import COMPLAINT
    from pipeline.incidents.vocab import _SUBJECT, _names_the_items

    token = _SUBJECT.set((COMPLAINT, True, False, (), ()))
    try:
        # texts186/dcmr-milieumeldingen-stankklachten-2015, lines 10 and 23
        assert _names_the_items("Er waren vorig jaar 4238 stankklachten over bedrijven.")
        assert _names_the_items("Het aantal andere geluidklachten bleef vrijwel gelijk.")
        # a word ending in the noun that names no item: an indictment
        assert not _names_the_items("Het OM bracht 12 aanklachten uit.")
    finally:
        _SUBJECT.reset(token)


def test_a_count_of_a_compound_kind_in_a_police_year_review():
    # texts162/politie-fryslan-jaarcijfers-2004, lines 1-13: the violent incidents are named
    # only as `geweldsincidenten`; the year's level of the change is their count
    text = (
        "Politie Friesland\n"
        "\n"
        "Aanpak Veelplegers heeft resultaat\n"
        "\n"
        "Fryslân 11-01-2005 - Politie Fryslân presenteert resultaten en criminaliteitscijfers "
        "2004\n"
        "\n"
        "Maandag 10 januari jl. heeft de korpschef van politie Fryslân, Foeke Wagenaar, "
        "de belangrijkste resultaten en cijfers van 2004 aan de pers gepresenteerd. Hij "
        "blikte ook kort vooruit naar de belangrijkste onderwerpen voor het Friese politiekorps "
        "in 2005. Uit de presentatie bleek dat de aanpak van veelplegers vruchten begint "
        "af te werpen; het aantal auto-inbraken en winkeldiefstallen nam duidelijk af.\n"
        "\n"
        "Terugblik\n"
        "Terugkijkend naar 2004 valt op dat de maatschappelijke onrust in dat jaar niet "
        "terug te vinden is in de cijfers. Het totaal aantal geregistreerde incidenten "
        "daalde van 82.342 naar 77.153. Wel blijken de Friese burgers steeds vaker bereid "
        "tot het doen van aangifte: in 2003 waren dat er 28.476, in 2004 steeg het aantal "
        "aangiften naar 29.631. De politie Fryslân schreef in 2004 286.289 bekeuringen "
        "uit (2003: 284.554), daarbij werden in totaal 49.638 personen staande gehouden. "
        "In 2004, vielen 38 dodelijke verkeersslachtoffers te betreuren, 23 minder dan "
        "in 2003. Het aantal verkeersongevallen daalde eveneens, van 8.844 naar 8.393.\n"
        "\n"
        "Verdachten\n"
        "De politie Fryslân verhoorde in 2004 11.621 verdachten en dat zijn er 955 meer "
        "dan in het jaar daarvoor. Verreweg de meeste verdachten werden gehoord voor "
        "vernieling (1.694), mishandeling (1.372) en illegale handel (877). Het aantal "
        "geweldsincidenten nam toe met 375 (van 5.917 naar 6.292), een stijging van 6%. "
        "Tegelijkertijd nam de aangiftebereidheid eveneens toe. Een deel van die stijging "
        "kan verklaard worden door de extra aandacht die de politie besteedt aan huiselijk "
        "geweld, waardoor het aantal aangiften in die categorie met bijna 100% toenam "
        "(van 51 naar 101). Het percentage opgeloste geweldsdelicten steeg van 63,2% "
        "naar 73,6%."
    )
    assert ("voorval", _year(2004), "other", 6292.0, "count", None) in _facts(text, "other")


def test_a_compound_kind_counted_in_a_text_of_two_subjects():
    # texts130/dekenberaad-klachten-2017, lines 1 and 3: complaints and the dean's objections
    # (`dekenbezwaren`, a kind of complaint); the years compared count the same kind
    text = (
        "Er worden twee soorten klachten geregistreerd. De eerste is een schriftelijke uiting "
        "van ongenoegen die wordt ingediend bij de deken. De tweede soort klacht is een "
        "dekenbezwaar op grond van artikel 46f Advocatenwet.\n\n"
        "In 2017 zijn 91 dekenbezwaren geregistreerd tegenover 79 in 2016 en 94 in 2015."
    )
    facts = {f[1:4] for f in _facts(text, "other")}
    assert (_year(2016), "other", 79.0) in facts
    assert (_year(2015), "other", 94.0) in facts


# texts178/akj-vragen-klachten-2021 (dev text, round AF), line 3: the items' noun joined to
# another plural after one number counts both together, the complaints among them
AKJ_QUESTIONS_AND_COMPLAINTS = (
    "AKJ jaarverslag 2021\n\n"
    "Het AKJ – vertrouwenspersonen in de jeugdhulp – heeft 20.387 vragen en klachten ontvangen "
    "van kinderen, jongeren in de jeugdzorg en hun ouders in 2021. Elke vraag en klacht is een "
    "kans voor de jeugdzorg om te verbeteren.\n"
)


def test_a_count_of_the_items_joined_to_another_plural_counts_both():
    facts = _facts(AKJ_QUESTIONS_AND_COMPLAINTS)
    assert ("klacht", _year(2021), "total", 20387.0, "count", None) in facts
    # another plural alone after the number counts something else
    alone = AKJ_QUESTIONS_AND_COMPLAINTS.replace("vragen en klachten", "vragen")
    assert not any(f[3] == 20387.0 for f in _facts(alone))


# texts186/pz-waasland-noord-jaarcijfers-2022 (dev text, round AH), lines 20 and 32: a police
# zone's year figures count crimes as `feiten`, twice after a number, never after `aantal`
POLICE_ZONE_FACTS = (
    "Onze jaarcijfers zijn er\n\n"
    "Het aantal meldingen aan onze politiedienst steeg in 2022 (17.708) toch vrij aanzienlijk "
    "met 7% tegenover 2021 (16.544).\n\n"
    "In 2022 was er met 213 feiten (inbraken in gebouwen - pogingen inclusief) een lichte "
    "stijging met 17% ten opzichte van 2021.\n\n"
    "Op het gebied van inbraken in voertuigen kende de politiezone Waasland-Noord in 2022 een "
    "kleine stijging tot 60 feiten (54 in 2021).\n"
)


def test_a_plural_printed_twice_after_a_number_is_the_texts_word_for_its_items():
    assert _own_nouns(POLICE_ZONE_FACTS, "voorval") == ("feiten",)
    # printed once: no word of the text's own
    once = POLICE_ZONE_FACTS.replace("tot 60 feiten (54 in 2021)", "tot zestig")
    assert _own_nouns(once, "voorval") == ()
    # a time is no item, however often it is printed (texts169/lahaye-noodoproepen-101-112-
    # 2014-2015, lines 4 and 240)
    times = (
        "Noodoproepen\n\nHieronder het aantal inkomende oproepen naar het noodnummer 101 "
        "(politie) voor 2014 en 2015 en het aantal oproepen aangenomen binnen de 10 seconden.\n"
        "percentage oproepen behandeld binnen 5 seconden\n"
    )
    assert _own_nouns(times, "voorval") == ()


def test_a_number_ending_its_line_is_no_count_of_the_next_lines_word():
    from pipeline.incidents.subjects import _counted_nouns

    # texts169/lahaye-noodoproepen-101-112-2014-2015, lines 18-23: a table's cells, one a
    # line, then the next row's label; on one line a plural after a number is counted
    cells = "198 781\n\n206 248\n\nOost-Vlaanderen\n\n156 785\n\nNamen\n"
    assert _counted_nouns(cells)[0] == {}
    assert _counted_nouns("In 2022 waren er 60 feiten.")[0] == {"feiten": 1}


def test_a_bullets_dash_is_no_minus_or_code():
    from pipeline.incidents.numbers import _values

    # texts196/huurcommissie-verzoeken-2019, line 3: a list item opening on its count
    line = "- 9.991 verzoeken, opnieuw hoge instroom in 2019"
    assert [v.value for v in _values(line, [])] == [9991.0]
    # a hyphen joined to a word before the number: a code's part
    assert [v.value for v in _values("code A- 12 meldingen", [])] == []


# texts279/igvm-meldingen-genderdiscriminatie-2022 (web279, round BB): two subjects named
# (discrimination reports, and unwanted behaviour by the lead's `seksuele intimidatie`); the
# title names one of them, which claims the generic `meldingen`
IGVM_TITLE = "Jaar na jaar meer meldingen over genderongelijkheid en discriminatie"
IGVM = (
    f"{IGVM_TITLE}\n\n24 mei 2023\n\nIn 2022 ontving het Instituut voor de gelijkheid van "
    "vrouwen en mannen 1046 meldingen van genderdiscriminatie. Dat is een stijging met 2,5% ten "
    "opzichte van 2021. 1 op de 3 meldingen gaat over genderdiscriminatie op de arbeidsmarkt en "
    "wel 40% daarvan heeft te maken met het ouderschap. Het Instituut wordt ook steeds vaker "
    "gecontacteerd met betrekking tot seksuele intimidatie (op de werkplek dan voornamelijk) en "
    "het verspreiden van seksueel getinte berichten zonder toestemming."
)


def test_of_several_subjects_the_one_the_title_names_claims_the_generic_reports():
    document = _document(IGVM, doc_type="other", title=IGVM_TITLE, doc_date=date(2023, 5, 24))
    rows = extract_incident_counts(document)
    assert {(r["subject"], r["period_start"], r["category"], r["value"]) for r in rows} == {
        ("discriminatiemelding", date(2022, 1, 1), "total", 1046.0)
    }
    # without a title naming either, neither claims them
    untitled = _document(IGVM, doc_type="other", title="", doc_date=date(2023, 5, 24))
    assert not extract_incident_counts(untitled)
