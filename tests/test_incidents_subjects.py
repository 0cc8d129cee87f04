"""Counts of other things than data leaks: Woo/Wob requests, complaints and integrity
reports (`incident_counts.subject`). Each text is written for the test in the shape such
pages take (annual reports, answers to council questions, news items); no third-party text."""

from __future__ import annotations

from datetime import date

from pipeline.incidents import extract_incident_counts
from tests.test_incidents import _document


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _rows(text: str, doc_type: str = "report") -> list[dict]:
    return extract_incident_counts(_document(text, doc_type=doc_type))


def _facts(text: str, doc_type: str = "report") -> set[tuple]:
    return {
        (r["subject"], (r["period_start"], r["period_end"]), r["category"], r["value"],
         r["unit"], r["scope"])
        for r in _rows(text, doc_type)
    }  # fmt: skip


def test_a_complaints_page_counts_complaints_received_not_those_handled():
    text = (
        "Klachten\n\nIn 2022 dienden inwoners 412 klachten in bij de gemeente.\n\n"
        "388 klachten werden in 2022 binnen de termijn afgehandeld. "
        "Per 31 december waren 24 klachten nog in behandeling."
    )
    assert _facts(text) == {("klacht", _year(2022), "total", 412.0, "count", None)}


def test_the_handled_count_stands_for_the_total_when_it_is_the_only_count():
    text = "Klachtbehandeling\n\nIn 2019 handelde de dienst 1.204 klachten af."
    assert _facts(text) == {("klacht", _year(2019), "total", 1204.0, "count", None)}


def test_a_data_leak_report_is_subject_datalek_and_leak_categories_stay_there():
    text = (
        "Datalekken 2021\n\nIn 2021 zijn 40 datalekken gemeld. Waarvan 12 in de categorie "
        "'verkeerde ontvanger'. Over de afhandeling kwamen twee klachten binnen; een klacht "
        "was gegrond; de klachten zijn besproken."
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
