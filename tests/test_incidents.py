"""Incident counts: rules on small texts, and the facts of the real SVMN release."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.incidents import CATEGORIES, deduplicate_incident_counts, extract_incident_counts
from tests.incident_facts import Y2018, Y2019, Y2020, Y2021, month_span, quarter
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import document as _document
from tests.incident_facts import fact as _fact
from tests.incident_facts import row_facts as _facts
from tests.incident_facts import subject_facts as _subject_facts  # noqa: F401 (imported from here)

REFERENCE = Path(__file__).parents[2] / "shared" / "reference" / "svmn-release-ocr.txt"

H1_2021 = month_span(2021, 1, 6)
JAN_SEP_2022 = month_span(2022, 1, 9)


# --------------------------------------------------------------------------- small texts


def test_half_year_quarter_month_and_date_range_periods():
    text = (
        "Datalekken\n\n"
        "In de 1e helft van 2021 zijn 41 meldingen gedaan. "
        "In het tweede kwartaal van 2022 waren er 15 meldingen. "
        "Van januari t/m september 2022 zijn 44 meldingen gedaan. "
        "In Q1 t/m Q3 2023 kwamen 30 datalekken binnen. "
        "Van 1 januari tot en met 15 maart 2024 zijn 9 datalekken gemeld. "
        "Per 1 oktober 2020 zijn 5 meldingen gedaan."
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(H1_2021, "total", 41),
        _fact((date(2022, 4, 1), date(2022, 6, 30)), "total", 15),
        _fact(JAN_SEP_2022, "total", 44),
        _fact((date(2023, 1, 1), date(2023, 9, 30)), "total", 30),
        _fact((date(2024, 1, 1), date(2024, 3, 15)), "total", 9),
    }  # `per 1 oktober 2020` is a date, not a period: no row


def test_bare_months_take_the_report_year_and_number_words():
    text = "Wij zagen het aantal gemelde datalekken van drie in februari oplopen naar 10 in maart."
    with_year = _facts(
        extract_incident_counts(_document(text, title="Directiebeoordeling datalekken 2020"))
    )
    assert with_year == {
        _fact((date(2020, 2, 1), date(2020, 2, 29)), "total", 3),
        _fact((date(2020, 3, 1), date(2020, 3, 31)), "total", 10),
    }
    # without a report year the month cannot be placed: nothing rather than a guess
    assert extract_incident_counts(_document(text, title="Thuiswerken en datalekken")) == []


def test_abbreviated_months_date_figures_like_their_full_names():
    """A month's abbreviation (`feb`, `mrt`, `okt-dec`, `Sept`) is the month: the calendar's
    one vocabulary, with each abbreviation's month, not the full names only (which read
    `okt-dec 2021` as the whole year)."""
    text = "Wij zagen het aantal gemelde datalekken van drie in feb oplopen naar 10 in mrt."
    facts = _facts(
        extract_incident_counts(_document(text, title="Directiebeoordeling datalekken 2020"))
    )
    assert facts == {
        _fact((date(2020, 2, 1), date(2020, 2, 29)), "total", 3),
        _fact((date(2020, 3, 1), date(2020, 3, 31)), "total", 10),
    }
    text = "Datalekken\n\nIn de periode okt-dec 2021 kwamen 12 datalekken binnen."
    assert _facts(extract_incident_counts(_document(text))) == {
        _fact((date(2021, 10, 1), date(2021, 12, 31)), "total", 12)
    }
    text = "Datalekken 2021\n\nIn jan. waren er 5 meldingen en in Sept 7 meldingen."
    assert _facts(extract_incident_counts(_document(text))) == {
        _fact((date(2021, 1, 1), date(2021, 1, 31)), "total", 5),
        _fact((date(2021, 9, 1), date(2021, 9, 30)), "total", 7),
    }


def test_a_month_name_inside_a_word_names_no_month():
    """`Jansen`, `decentrale` hold a month's abbreviation but name no month."""
    text = (
        "Datalekken 2021\n\nIn 2021 waren er 40 meldingen, waarvan 3 in november en 5 in "
        "december bij het decentrale team van Jansen."
    )
    assert _facts(extract_incident_counts(_document(text))) == {
        _fact(Y2021, "total", 40),
        _fact((date(2021, 11, 1), date(2021, 11, 30)), "total", 3),
        _fact((date(2021, 12, 1), date(2021, 12, 31)), "total", 5),
    }
    # nor does the first name `Jan` after `van`, where a month alone dates a figure
    text = "Datalekken 2021\n\nHet team van Jan meldde 4 datalekken."
    assert _facts(extract_incident_counts(_document(text))) == {_fact(Y2021, "total", 4)}


def test_a_report_page_split_off_takes_the_latest_year_its_figures_state():
    """A report's later page read as a document of its own (no title period): months and
    units take the latest whole year its figures state, from that year's first statement."""
    text = (
        "Het aandeel van het type melding 'verkeerde ontvanger' was in 2023 61%. In 2022 was "
        "dit 55%.\n\nDoel: in 2024 benadrukken wij de meldroute.\n\n"
        "Wij zagen het aantal gemelde datalekken van 4 in mei oplopen naar 9 in juni.\n\n"
        "Vanuit Save kwamen 31 meldingen, vanuit Veilig Thuis 12."
    )
    y2023 = _year(2023)
    assert _facts(extract_incident_counts(_document(text, title="Het aandeel"))) == {
        _fact(y2023, "wrong_recipient", 61, "percent"),
        _fact(_year(2022), "wrong_recipient", 55, "percent"),
        _fact((date(2023, 5, 1), date(2023, 5, 31)), "total", 4),
        _fact((date(2023, 6, 1), date(2023, 6, 30)), "total", 9),
        _fact(y2023, "total", 31, scope="SAVE"),
        _fact(y2023, "total", 12, scope="Veilig Thuis"),
    }
    # a list run on from the page before stands above the first dated figure: no period
    run_on = (
        "10 in de categorie 'overig'.\n\n"
        "Ter vergelijking:\n\nIn 2019 was het aantal gemelde datalekken 64\n\n"
        "Waarvan 31 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'"
    )
    assert _facts(extract_incident_counts(_document(run_on, title="10 in de categorie"))) == {
        _fact(Y2019, "total", 64),
        _fact(Y2019, "wrong_recipient", 31),
    }
    # figures dated by half year: not a year report, nothing is inferred
    half = "In de eerste helft van 2021 waren er 41 meldingen.\n\nVan 4 in mei naar 9 in juni."
    assert _facts(extract_incident_counts(_document(half, title="Datalekken"))) == {
        _fact(H1_2021, "total", 41)
    }


def test_a_total_row_without_header_is_read_by_its_sum():
    """`TOTAAL 6814 15 15` under a scattered header: in a report over Q1 t/m Q3, the last
    three cells are the quarters when they add up to the total the text states (44); a
    glued pair of cells (`6814`) is split where the sum says; the leading cell is unplaced."""
    text = (
        "Informatieveiligheid, Q1 t/m Q3 2022\n\nAantal meldingen\n\n3 0 91\n\n"
        "TOTAAL 6814 15 15\n\n2022\nQ1\n9\n\n"
        "Van januari t/m september 2022 zijn 44 meldingen gedaan van datalekken."
    )
    quarters = [quarter(2022, q) for q in (1, 2, 3)]
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(JAN_SEP_2022, "total", 44),
        *(_fact(q, "total", v) for q, v in zip(quarters, (14, 15, 15), strict=True)),
    }
    # another report, two quarters, cells apart: the same construction
    two = (
        "Rapportage datalekken Q3 t/m Q4 2023\n\nTotaal 12 19 21\n\n"
        "In het tweede halfjaar van 2023 waren er 40 meldingen."
    )
    h2 = (date(2023, 7, 1), date(2023, 12, 31))
    assert _facts(extract_incident_counts(_document(two))) == {
        _fact(h2, "total", 40),
        _fact(quarter(2023, 3), "total", 19),
        _fact(quarter(2023, 4), "total", 21),
    }
    # no reading adds up to the stated total: which cell is which is unknown, none is read
    wrong = two.replace("40 meldingen", "45 meldingen")
    assert _facts(extract_incident_counts(_document(wrong))) == {_fact(h2, "total", 45)}


def test_list_under_a_total_and_comparison_years():
    text = (
        "Directiebeoordeling datalekken\n\nEerste half jaar 2021\n\n"
        "Van deze 41 meldingen waren er:\n\n"
        "28 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger' (Verk ontv)\n\n"
        "4 in de categorie 'overig'.\n\n"
        "Ter vergelijking:\n\nIn 2019 was het aantal gemelde datalekken 64\n\n"
        "Waarvan 31 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'\n\n"
        "Bij de afdeling zijn in de eerste helft van 2021 41 meldingen gedaan. "
        "Dit zijn er 20 meer dan in 2019. Het aantal is gestegen met 30 %. "
        "De overige meldingen zijn gedaan door bestuur."
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(H1_2021, "wrong_recipient", 28),
        _fact(H1_2021, "other", 4),
        _fact(Y2019, "total", 64),
        _fact(Y2019, "wrong_recipient", 31),
        _fact(H1_2021, "total", 41),
    }


def test_waarvan_takes_the_period_of_the_total_above_it_not_of_the_next_line():
    # text layer without blank lines: the `Waarvan` line runs into the next comparison
    text = (
        "Directiebeoordeling: Veiligheidsincidenten/datalekken en\n"
        "Informatieveiligheid 2021\n"
        "Bij de afdeling Informatieveiligheid zijn in 2021 69 meldingen gedaan van "
        "veiligheidsincidenten of\n"
        "datalekken. In 2020 waren het er 68.\n"
        "Ter vergelijking:\n"
        "In 2020 was het aantal gemelde datalekken 68\n"
        "Waarvan 39 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'\n"
        "In 2019 was het aantal gemelde datalekken 84\n"
        "Waarvan 35 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'\n"
        "Pagina 1 van 2\n"
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2021, "total", 69),
        _fact(Y2020, "total", 68),
        _fact(Y2020, "wrong_recipient", 39),
        _fact(Y2019, "total", 84),
        _fact(Y2019, "wrong_recipient", 35),
    }


def test_reported_to_ap_count_share_and_carried_share():
    text = (
        "Van de 84 meldingen hebben wij in 2020 22 meldingen gedaan bij de Autoriteit "
        "Persoonsgegevens, dat is 26 %. In 2019 was dit 17%, in 2018 25 %."
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2020, "reported_to_ap", 22),
        _fact(Y2020, "reported_to_ap", 26, "percent"),
        _fact(Y2019, "reported_to_ap", 17, "percent"),
        _fact(Y2018, "reported_to_ap", 25, "percent"),
    }


def test_scopes_and_respectively():
    text = (
        "Informatieveiligheid 2020\n\n"
        "Vanuit Save kwamen 50 meldingen, vanuit Veilig Thuis 22. "
        "Het aandeel van het type melding 'gegevens verstuurd aan de verkeerde ontvanger' "
        "was in 2020 73%. In 2018 en 2019 was dit aandeel respectievelijk 47 % en 48 %."
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2020, "total", 50, scope="SAVE"),
        _fact(Y2020, "total", 22, scope="Veilig Thuis"),
        _fact(Y2020, "wrong_recipient", 73, "percent"),
        _fact(Y2018, "wrong_recipient", 47, "percent"),
        _fact(Y2019, "wrong_recipient", 48, "percent"),
    }


def test_a_unit_outside_the_vocabulary_keeps_its_scope():
    # issue 8, a held-out management review: the figure is the unit's, not the year's total
    text = (
        "Directiebeoordeling datalekken 2021\n\n"
        "In 2021 zijn 120 meldingen gedaan. Vanuit Jeugdbescherming kwamen 61 meldingen, "
        "vanuit Veilig Thuis 22. Er waren 9 meldingen vanuit Jeugdreclassering."
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2021, "total", 120),
        _fact(Y2021, "total", 61, scope="Jeugdbescherming"),
        _fact(Y2021, "total", 22, scope="Veilig Thuis"),
        _fact(Y2021, "total", 9, scope="Jeugdreclassering"),
    }


def test_month_table_with_a_waarvan_category_column():
    # issue 8: rows per month, a total column and "waarvan verkeerde ontvanger" beside it
    text = (
        "Directiebeoordeling informatieveiligheid 2021\n\n"
        "Maand Aantal meldingen Waarvan verkeerde ontvanger\n"
        "Januari 12 5\nFebruari 9 3\nMaart 11 4\nTotaal 32 12\n\n"
        "Pagina 2 van 5\n"
    )
    month = {1: (date(2021, 1, 1), date(2021, 1, 31)), 2: (date(2021, 2, 1), date(2021, 2, 28))}
    march = (date(2021, 3, 1), date(2021, 3, 31))
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(month[1], "total", 12),
        _fact(month[1], "wrong_recipient", 5),
        _fact(month[2], "total", 9),
        _fact(month[2], "wrong_recipient", 3),
        _fact(march, "total", 11),
        _fact(march, "wrong_recipient", 4),
        _fact(Y2021, "total", 32),
        _fact(Y2021, "wrong_recipient", 12),
    }


def test_category_column_table_with_a_lost_cell_is_not_read():
    # a row with fewer figures than columns: which column a figure stands in is unknown
    text = (
        "Directiebeoordeling informatieveiligheid 2021\n\n"
        "Kwartaal Aantal meldingen Waarvan verkeerde ontvanger Overig\n"
        "Q1 2021 12 5 7\nQ2 2021 9\n"
    )
    q1 = (date(2021, 1, 1), date(2021, 3, 31))
    facts = _facts(extract_incident_counts(_document(text)))
    assert {f for f in facts if f[0] == date(2021, 4, 1)} == set()
    assert {_fact(q1, "total", 12), _fact(q1, "wrong_recipient", 5), _fact(q1, "other", 7)} <= facts


def test_flattened_table_rows_use_the_heading_period():
    text = (
        "Datalekken per categorie, Q1 2022\n\n"
        "Gegevens verstuurd aan de verkeerde ontvanger 9\n"
        "Diefstal 1\nOverig 2\nTotaal 12\nPagina 3 van 4\n"
    )
    q1 = (date(2022, 1, 1), date(2022, 3, 31))
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(q1, "wrong_recipient", 9),
        _fact(q1, "theft", 1),
        _fact(q1, "other", 2),
        _fact(q1, "total", 12),
    }


def test_flattened_table_with_period_columns_and_month_rows():
    text = (
        "Informatieveiligheid 2022\n\nDatalekken per categorie\n"
        "Categorie 2021 Q1 2022 Q2 2022\n"
        "Verkeerde ontvanger 40 9 10\n"
        "Totaal 68 14 15\n"
        "SAVE 30 6 7\n\n"
        "Categorie Q3 2022 Q4 2022 Totaal\n"
        "Diefstal 1 2 3\n\n"
        "Maand Aantal\nJanuari 4\nFebruari 5\n"
    )
    q1, q2 = (date(2022, 1, 1), date(2022, 3, 31)), (date(2022, 4, 1), date(2022, 6, 30))
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2021, "wrong_recipient", 40),
        _fact(q1, "wrong_recipient", 9),
        _fact(q2, "wrong_recipient", 10),
        _fact(Y2021, "total", 68),
        _fact(q1, "total", 14),
        _fact(q2, "total", 15),
        _fact(Y2021, "total", 30, scope="SAVE"),
        _fact(q1, "total", 6, scope="SAVE"),
        _fact(q2, "total", 7, scope="SAVE"),
        _fact((date(2022, 7, 1), date(2022, 9, 30)), "theft", 1),
        _fact((date(2022, 10, 1), date(2022, 12, 31)), "theft", 2),
        _fact((date(2022, 7, 1), date(2022, 12, 31)), "theft", 3),  # the Totaal column
        _fact((date(2022, 1, 1), date(2022, 1, 31)), "total", 4),
        _fact((date(2022, 2, 1), date(2022, 2, 28)), "total", 5),
    }


def test_ocr_damage_in_tables_glued_quarters_and_unreadable_cells():
    text = (
        "Informatieveiligheid 2021\n\n"
        "Categorie Q1 2021 Q22021 Totaal\n"
        "Brief kwijtgeraakt of (geopend) retour 2 3 is\n"
        "Overig 1 1 2\n"
        "Diefstal { 1 1\n\n"
        "Meldingen per regio\nGemeld bij de AP 4 3 4 4 15\n"
    )
    q1, q2 = (date(2021, 1, 1), date(2021, 3, 31)), (date(2021, 4, 1), date(2021, 6, 30))
    facts = _facts(extract_incident_counts(_document(text)))
    # one unreadable cell follows from the Totaal column; the AP row's five cells fit no
    # header in reach: not read at all
    assert facts == {
        _fact(q1, "lost_letter", 2),
        _fact(q2, "lost_letter", 3),
        _fact(H1_2021, "lost_letter", 5),
        _fact(q1, "theft", 0),
        _fact(q2, "theft", 1),
        _fact(H1_2021, "theft", 1),
        _fact(q1, "other", 1),
        _fact(q2, "other", 1),
        _fact(H1_2021, "other", 2),
    }


def _ocr_page(lines: list[list[tuple[str, float, float]]], skew: float = 0.004) -> dict:
    """An OCR'd page: `lines` in Tesseract's reading order, words as (text, x0, top);
    each word 5 pt per character wide and 7 pt high, the scan slightly rotated (`skew`)."""
    words = [
        {"text": t, "x0": x0, "top": top + skew * x0, "x1": x0 + 5 * len(t),
         "bottom": top + skew * x0 + 7, "conf": 90.0}
        for line in lines
        for t, x0, top in line
    ]  # fmt: skip
    text = "\n".join(" ".join(t for t, _, _ in line) for line in lines)
    return {"source_id": "s1", "page_no": 1, "text": text, "text_method": "ocr", "words": words}


def _row(label: str, y: float, *cells: tuple[str, float]) -> list[tuple[str, float, float]]:
    """A table row: the label from x 72, each cell right-aligned at the given x."""
    words, x = [], 72.0
    for word in label.split():
        words.append((word, x, y))
        x += 5 * len(word) + 3
    return words + [(cell, right - 5 * len(cell), y) for cell, right in cells]


H1_2022 = month_span(2022, 1, 6)
Q1_2022 = quarter(2022, 1)
Q2_2022 = quarter(2022, 2)


def _split_quarter_table(q2_lost_device: str) -> dict:
    """The shape seed 7 printed: OCR reads the Q1 column with the labels and puts the Q2
    column after the page footer."""
    rows = [
        ("Gegevens verstuurd aan de verkeerde ontvanger", "13", "10"),
        ("Ontvanger krijgt verkeerde gegevens", "3", "3"),
        ("Brief kwijtgeraakt of (geopend) retour", "3", "1"),
        ("Telefoon/laptop/pas verloren", "2", q2_lost_device),
        ("Diefstal", "0", "0"),
        ("Overig", "2", "1"),
        ("Totaal", "23", "16"),
        ("Gemeld bij de AP", "5", "5"),
    ]
    lines = [
        _row("Directiebeoordeling datalekken", 50),
        _row("Eerste half jaar 2022", 64),
        _row("Aantal meldingen per categorie en per kwartaal:", 285),
        [("Categorie", 73, 304), ("Q1", 345, 304), ("2022", 360, 304)],
    ]
    lines += [_row(label, 317 + 13 * i, (q1, 380)) for i, (label, q1, _) in enumerate(rows)]
    lines.append([("Pagina", 269, 806), ("1", 296, 806), ("van", 302, 806), ("2", 318, 806)])
    lines.append([("Q2", 415, 304), ("2022", 430, 304)])
    lines += [[(q2, 450 - 5 * len(q2), 317 + 13 * i)] for i, (_, _, q2) in enumerate(rows)]
    return _ocr_page(lines)


def test_scanned_table_columns_split_off_by_ocr_are_rebuilt_from_word_boxes():
    page = _split_quarter_table(q2_lost_device="1")
    document = {**_document("x"), "pages": [page]}
    facts = _facts(extract_incident_counts(document))
    expected = set()
    for category, q1, q2 in [
        ("wrong_recipient", 13, 10), ("wrong_data", 3, 3), ("lost_letter", 3, 1),
        ("lost_device", 2, 1), ("theft", 0, 0), ("other", 2, 1), ("total", 23, 16),
        ("reported_to_ap", 5, 5),
    ]:  # fmt: skip
        expected |= {_fact(Q1_2022, category, q1), _fact(Q2_2022, category, q2)}
    assert facts == expected
    # without the word boxes the text alone gives the Q1 column under its header and
    # nothing with the report's half year
    page.pop("words")
    facts = _facts(extract_incident_counts({**_document("x"), "pages": [page]}))
    assert facts == {f for f in expected if (f[0], f[1]) == Q1_2022}


def test_scanned_table_column_that_does_not_add_up_to_its_total_is_dropped():
    # OCR read Q2 `Telefoon/laptop/pas verloren` 1 as 4: the Q2 categories no longer add
    # up to the Q2 total, and which cell is wrong cannot be told
    page = _split_quarter_table(q2_lost_device="4")
    facts = _facts(extract_incident_counts({**_document("x"), "pages": [page]}))
    assert not {f for f in facts if (f[0], f[1]) == Q2_2022 and f[2] != "reported_to_ap"}
    assert _fact(Q1_2022, "lost_device", 2) in facts
    assert not {f for f in facts if (f[0], f[1]) == H1_2022}


def test_scanned_table_garbled_cells_follow_from_the_sums_and_misreads_are_dropped():
    # the shape seed 11 printed: `0 Bil 0 0` (Q2 garbled, Totaal lost); and an AP row whose
    # cells do not add up to its Totaal cell (OCR read 13 as 73)
    header = [
        ("Categorie", 75, 99), ("Q1", 297, 99), ("2019", 312, 99), ("Q22019", 342, 99),
        ("Q32019", 387, 99), ("Q4", 432, 99), ("2019", 447, 99), ("Totaal", 496, 99),
    ]  # fmt: skip
    columns = (332, 377, 422, 467, 526)
    table = [
        ("Gegevens verstuurd aan de verkeerde ontvanger", "7", "10", "10", "16", "43"),
        ("Ontvanger krijgt verkeerde gegevens", "4", "3", "1", "3", "11"),
        ("Brief kwijtgeraakt of (geopend) retour", "0", "Bil", "0", "0", ""),
        ("Telefoon/laptop/pas verloren", "1", "0", "0", "0", "1"),
        ("Diefstal", "0", "1", "0", "0", "1"),
        ("Overig", "2", "0", "4", "3", "9"),
        ("Totaal", "14", "16", "15", "22", "67"),
        ("Gemeld bij de AP", "1", "1", "5", "6", "73"),
    ]
    lines = [_row("Directiebeoordeling datalekken 2019", 50), header]
    for i, (label, *cells) in enumerate(table):
        placed = [(c, x) for c, x in zip(cells, columns, strict=True) if c]
        lines.append(_row(label, 112 + 13 * i, *placed))
    page = _ocr_page(lines, skew=-0.003)
    facts = _facts(extract_incident_counts({**_document("x"), "pages": [page]}))
    quarters = [(date(2019, m, 1), date(2019, m + 2, 31 if m in (1, 10) else 30))
                for m in (1, 4, 7, 10)]  # fmt: skip
    assert {f for f in facts if f[2] == "lost_letter"} == {
        _fact(quarters[0], "lost_letter", 0),
        _fact(quarters[1], "lost_letter", 2),
        _fact(quarters[2], "lost_letter", 0),
        _fact(quarters[3], "lost_letter", 0),
        _fact(Y2019, "lost_letter", 2),
    }
    assert not {f for f in facts if f[2] == "reported_to_ap"}
    assert _fact(quarters[3], "total", 22) in facts and _fact(Y2019, "total", 67) in facts
    assert len(facts) == 7 * 5


def test_figures_the_documents_own_total_rules_out_are_dropped():
    # OCR misreadings: an AP count above the year's total; a total below two categories
    text = (
        "Directiebeoordeling datalekken\n\n"
        "Bij de afdeling zijn in 2021 69 meldingen gedaan. "
        "Daarvan zijn er 96 gemeld bij de Autoriteit Persoonsgegevens.\n\n"
        "In 2020 was het aantal gemelde datalekken 6\n\n"
        "Waarvan 39 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'\n\n"
        "Waarvan 8 in de categorie 'ontvanger krijgt verkeerde gegevens'\n"
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2021, "total", 69),
        _fact(Y2020, "wrong_recipient", 39),
        _fact(Y2020, "wrong_data", 8),
    }


def test_figures_for_a_named_sub_period_or_rough_figures_are_not_yearly_totals():
    text = (
        "Directiebeoordeling datalekken 2021\n\n"
        "In januari waren er 5 meldingen. In Q3 kwamen 14 datalekken binnen. "
        "Er waren 84 meldingen in 2020 en 73 in 2021. "
        "Het aandeel 'verkeerde ontvanger' steeg van 64% in 2020 naar 67% in 2021. "
        "Er kwamen ruim 70 meldingen binnen, gemiddeld 6 meldingen per maand. "
        "In week 12 werden 3 datalekken gemeld."
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact((date(2021, 1, 1), date(2021, 1, 31)), "total", 5),
        _fact((date(2021, 7, 1), date(2021, 9, 30)), "total", 14),
        _fact(Y2020, "total", 84),
        _fact(Y2021, "total", 73),
        _fact(Y2020, "wrong_recipient", 64, "percent"),
        _fact(Y2021, "wrong_recipient", 67, "percent"),
    }


def test_a_figure_about_another_total_does_not_take_the_report_period():
    text = (
        "Directiebeoordeling datalekken 2021\n\n"
        "Bij de afdeling zijn in 2021 73 meldingen gedaan. "
        "Van de 84 meldingen hebben wij er 22 gemeld bij de Autoriteit Persoonsgegevens."
    )
    assert _facts(extract_incident_counts(_document(text))) == {_fact(Y2021, "total", 73)}


def test_page_numbers_follow_the_page_that_states_the_figure():
    rows = extract_incident_counts(
        _document(
            "Directiebeoordeling datalekken 2020\n\nInleiding.",
            "Bij de afdeling zijn in 2020 84 meldingen gedaan.",
        )
    )
    assert [(r["page_no"], r["value"], r["document_id"], r["source_id"]) for r in rows] == [
        (2, 84.0, "d1", "s1")
    ]
    assert rows[0]["evidence"] == "Bij de afdeling zijn in 2020 84 meldingen gedaan."


def test_not_counts_dates_codes_hours_and_documents_without_incidents():
    text = (
        "Datalekken 2020\n\nPer 1 oktober 2020 zijn 5.1.2.e meldingen binnen de 72 uur "
        "gedaan. Sinds 2016 zijn 3 organisaties verplicht. In 2020 is voor 15 uur per week "
        "een functionaris aangetrokken. Pagina 4 van 5."
    )
    assert extract_incident_counts(_document(text)) == []
    # reports to an inspectorate in a document that is not about data leaks: no leak row;
    # they are reports of another kind (`voorval`), counted as the gold counts them
    rows = extract_incident_counts(_document("In 2021 kwamen 40 meldingen bij de IGJ."))
    assert [(r["subject"], r["category"], r["value"]) for r in rows] == [("voorval", "total", 40)]


def test_deduplicate_keeps_first_evidence_and_counts_mentions():
    rows = extract_incident_counts(
        _document("In 2020 zijn 84 datalekken gemeld.", doc_id="a")
    ) + extract_incident_counts(_document("Er waren in 2020 84 datalekken.", doc_id="b"))
    deduped = deduplicate_incident_counts(rows)
    assert len(deduped) == 1
    assert deduped[0]["n_mentions"] == 2
    assert deduped[0]["document_id"] == "a"
    assert deduped[0]["evidence"] == "In 2020 zijn 84 datalekken gemeld."


def test_score_incident_rows_deduplicates_per_variant():
    gold = {
        "files": [
            {
                "variant": "digital",
                "source_id": "a",
                "incident_counts": [
                    {"page_no": 1, "period_start": "2020-01-01", "period_end": "2020-12-31",
                     "category": "total", "value": 84, "unit": "count", "scope": None},
                    {"page_no": 2, "period_start": "2019-01-01", "period_end": "2019-12-31",
                     "category": "total", "value": 64, "unit": "count", "scope": None},
                ],
            },
            {"variant": "scanned", "source_id": "b", "incident_counts": []},
        ]
    }  # fmt: skip
    rows = [
        {"source_id": "a", "period_start": date(2020, 1, 1), "period_end": date(2020, 12, 31),
         "category": "total", "value": 84.0, "unit": "count", "scope": None},
        {"source_id": "a", "period_start": date(2020, 1, 1), "period_end": date(2020, 12, 31),
         "category": "total", "value": 84.0, "unit": "count", "scope": None},
        {"source_id": "a", "period_start": date(2020, 1, 1), "period_end": date(2020, 12, 31),
         "category": "total", "value": 20.0, "unit": "count", "scope": None},
    ]  # fmt: skip
    # imported here: woo_eval's __init__ pulls in every scorer of the team
    from woo_eval.incidents import score_incident_rows

    scores = score_incident_rows(gold, rows)
    assert scores["digital"]["counts"] == {"gold": 2, "found": 2, "hit": 1}
    assert scores["digital"]["precision"] == 0.5 and scores["digital"]["recall"] == 0.5
    assert scores["scanned"]["recall"] is None


def test_score_incident_counts_reads_both_twins_from_one_database():
    import duckdb

    from models.schema import column_names, create_statements
    from woo_eval.incidents import score_incident_counts

    fact = {"period_start": "2021-01-01", "period_end": "2021-12-31", "category": "total",
            "value": 73, "unit": "count", "scope": None}  # fmt: skip
    gold = {
        "files": [
            {"variant": "digital", "source_id": "a", "incident_counts": [{"page_no": 1, **fact}]},
            {"variant": "scanned", "source_id": "b", "incident_counts": [{"page_no": 1, **fact}]},
        ]
    }
    text = "Bij de afdeling zijn in 2021 73 datalekken gemeld."
    mentions = [
        {**row, "source_id": sid}
        for sid in ("a", "b")
        for row in extract_incident_counts(_document(text, doc_id=f"{sid}-1"))
    ]
    con = duckdb.connect()
    for statement in create_statements():
        con.execute(statement)
    for table, rows in (
        ("incident_mentions", mentions),
        ("incident_counts", deduplicate_incident_counts(mentions)),  # one row, under "a"
    ):
        cols = column_names(table)
        con.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[row.get(c) for c in cols] for row in rows],
        )
    scores = score_incident_counts(gold, con)
    assert scores["digital"]["f1"] == 1.0 and scores["scanned"]["f1"] == 1.0


# --------------------------------------------------------------------------- reference


def _split_reference(text: str) -> list[str]:
    """Documents of the OCR dump: a line starting with one space starts a new one.

    In this dump such lines start OCR'd pages, so a page whose first line does not read as
    a heading (starts with a digit or symbol, contains a sentence end, or runs on into a
    lowercase line) continues the document before it.
    """
    lines = text.split("\n")
    docs: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if re.match(r"^ \S", line) and docs[-1]:
            first = line.strip()
            following = lines[i + 1] if i + 1 < len(lines) else ""
            heading = (
                first[:1].isalpha()
                and ". " not in first
                and len(first) < 90
                and not following[:1].islower()
            )
            if heading:
                docs.append([])
        docs[-1].append(line)
    return ["\n".join(doc) for doc in docs]


@pytest.fixture(scope="module")
def reference_rows() -> list[dict]:
    if not REFERENCE.exists():
        pytest.skip(f"../shared/reference not present: {REFERENCE}")
    rows = []
    for i, text in enumerate(_split_reference(REFERENCE.read_text("utf-8"))):
        title = text.strip().split("\n")[0].strip()
        rows += extract_incident_counts(_document(text, title=title, doc_id=f"ref{i}"))
    return rows


#: Every fact of the release the extractor may produce, each checked by hand against the
#: text. The extractor must find REQUIRED and must produce nothing outside REVIEWED.
REQUIRED = {
    _fact(Y2020, "total", 84),
    _fact(Y2020, "wrong_recipient", 62),
    _fact(Y2020, "wrong_data", 5),
    _fact(Y2020, "lost_letter", 5),
    _fact(Y2020, "lost_device", 2),
    _fact(Y2020, "other", 10),
    _fact(Y2020, "reported_to_ap", 22),
    _fact(Y2020, "reported_to_ap", 26, "percent"),
    _fact(Y2020, "total", 50, scope="SAVE"),
    _fact(Y2020, "total", 22, scope="Veilig Thuis"),
    _fact((date(2020, 2, 1), date(2020, 2, 29)), "total", 3),
    _fact((date(2020, 3, 1), date(2020, 3, 31)), "total", 10),
    _fact((date(2020, 4, 1), date(2020, 4, 30)), "total", 13),
    _fact(Y2019, "total", 64),
    _fact(Y2019, "wrong_recipient", 31),
    _fact(Y2019, "reported_to_ap", 17, "percent"),
    _fact(Y2018, "total", 66),
    _fact(Y2018, "wrong_recipient", 31),
    _fact(Y2018, "reported_to_ap", 25, "percent"),
    _fact(H1_2021, "total", 41),
    _fact(H1_2021, "wrong_recipient", 28),
    _fact(H1_2021, "wrong_data", 3),
    _fact(H1_2021, "lost_letter", 4),
    _fact(H1_2021, "lost_device", 2),
    _fact(H1_2021, "other", 4),
    _fact(H1_2021, "reported_to_ap", 8),
    _fact(H1_2021, "reported_to_ap", 20, "percent"),
    _fact(H1_2021, "total", 22, scope="SAVE"),
    _fact(H1_2021, "total", 13, scope="Veilig Thuis"),
    _fact(Y2021, "total", 68),
    _fact(JAN_SEP_2022, "total", 44),
    # the TOTAAL row of the scattered quarter table (`TOTAAL 6814 15 15`): its last three
    # cells add up to the 44 stated for Q1 t/m Q3 2022
    _fact((date(2022, 1, 1), date(2022, 3, 31)), "total", 14),
    _fact((date(2022, 4, 1), date(2022, 6, 30)), "total", 15),
    _fact((date(2022, 7, 1), date(2022, 9, 30)), "total", 15),
}
REVIEWED = REQUIRED | {
    # shares of 'gegevens verstuurd aan de verkeerde ontvanger' stated in the reviews
    _fact(Y2020, "wrong_recipient", 73, "percent"),
    _fact(Y2019, "wrong_recipient", 48, "percent"),
    _fact(Y2018, "wrong_recipient", 47, "percent"),
    _fact(H1_2021, "wrong_recipient", 68, "percent"),
}


def test_reference_release_facts_found(reference_rows):
    found = _facts(deduplicate_incident_counts(reference_rows))
    assert REQUIRED - found == set()


def test_reference_release_nothing_outside_the_reviewed_facts(reference_rows):
    found = _facts(deduplicate_incident_counts(reference_rows))
    assert found - REVIEWED == set()
    for row in reference_rows:
        assert row["category"] in CATEGORIES
        assert row["unit"] in ("count", "percent")
        assert row["period_start"] <= row["period_end"]
        assert not 1900 <= row["value"] <= 2100  # never a year
        assert row["evidence"] and len(row["evidence"]) <= 300
    values = {(r["period_start"].year, r["category"], r["value"]) for r in reference_rows}
    assert (2021, "total", 44.0) not in values  # `2021 Q.1 t/m 4 44` in a flattened table
    counts = {r["value"] for r in reference_rows if r["unit"] == "count"}
    assert not counts & {20.0, 30.0, 72.0, 6814.0}  # differences, hours, noise
    yearly = {r["value"] for r in reference_rows if r["period_end"] != r["period_start"]
              and (r["period_end"] - r["period_start"]).days > 100}  # fmt: skip
    assert not yearly & {15.0, 14.0}  # quarter cells are never a year's or half year's figure


def test_reference_release_2020_review_printed_twice_is_one_fact(reference_rows):
    deduped = {
        (r["period_start"], r["category"], r["value"], r["unit"], r["scope"]): r
        for r in deduplicate_incident_counts(reference_rows)
    }
    for key in [
        (date(2020, 1, 1), "other", 10.0, "count", None),
        (date(2020, 1, 1), "wrong_data", 5.0, "count", None),
        (date(2020, 1, 1), "total", 50.0, "count", "SAVE"),
        (date(2020, 2, 1), "total", 3.0, "count", None),
    ]:
        assert deduped[key]["n_mentions"] == 2, key
    assert len(deduped) == len(_facts(deduped.values()))


@pytest.mark.parametrize("splitting", ["every_page_alone", "whole_release_as_one"])
def test_reference_release_other_segmentations_stay_correct(splitting):
    """Whatever the segmenter does, figures are right or absent, never misdated.

    Every page alone loses the report period of continuation pages (those figures are
    dropped); the whole release as one document keeps every fact through its headings.
    """
    if not REFERENCE.exists():
        pytest.skip(f"../shared/reference not present: {REFERENCE}")
    text = REFERENCE.read_text("utf-8")
    if splitting == "every_page_alone":
        docs = re.split(r"\n(?= \S)", text)
    else:
        docs = [text]
    rows = []
    for i, doc in enumerate(docs):
        title = doc.strip().split("\n")[0] if len(docs) > 1 else ""
        rows += extract_incident_counts(_document(doc, title=title, doc_id=f"ref{i}"))
    found = _facts(deduplicate_incident_counts(rows))
    assert found - REVIEWED == set()
    if splitting == "whole_release_as_one":
        assert REQUIRED - found == set()


def test_ocr_speck_between_half_year_and_year():
    """Held-out scan: `in de eerste helft van:2024` must stay the first half, not all of 2024."""
    text = (
        "Directiebeoordeling: Veiligheidsincidenten/datalekken\n"
        "Bij de afdeling Informatieveiligheid zijn in de eerste helft van:2024 46 meldingen "
        "gedaan van veiligheidsincidenten of datalekken.\n"
        "Van deze 46 meldingen waren er:\n"
        "27 in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'\n"
    )
    facts = _facts(extract_incident_counts(_document(text)))
    h1 = (date(2024, 1, 1), date(2024, 6, 30))
    assert (*h1, "total", 46, "count", None) in facts
    assert (*h1, "wrong_recipient", 27, "count", None) in facts
    assert not any(f[:2] == _year(2024) for f in facts)


# --------------------------------------------------------------------------- leak compounds


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jaarverslag privacy\n\nIn 2021 zijn 48 privacy-incidenten gemeld bij de FG.", 48),
        ("Gegevensbescherming\n\nIn 2021 registreerde het waterschap 17 gegevenslekken.", 17),
        ("Toezicht\n\nHet ziekenhuis meldde in 2021 9 beveiligingsinbreuken.", 9),
        ("Verslag 2021\n\nIn 2021 zijn 23 informatiebeveiligingsincidenten geregistreerd.", 23),
        ("Verslag\n\nDe stad stelde in 2021 6 inbreuken in verband met persoonsgegevens vast.", 6),
    ],
)
def test_a_compound_whose_head_names_a_leak_is_an_incident_noun(text: str, value: int):
    """What leaks (`gegevens`, `privacy`) or what fails (`beveiliging`) before a head
    naming the leak or breach: whoever writes the compound, it counts data leaks."""
    assert _facts(extract_incident_counts(_document(text))) == {_fact(Y2021, "total", value)}


@pytest.mark.parametrize(
    "text",
    [
        "Beveiliging\n\nIn 2021 zijn 12 beveiligingslekken in de software gedicht.",
        "Huisvesting\n\nIn 2021 zijn 40 werkplekken ingericht en 3 plekken vervallen.",
    ],
)
def test_a_hole_in_security_or_a_place_is_no_leak(text: str):
    """`beveiligingslek` is a hole in security, `werkplek` a place: no leak of data."""
    assert extract_incident_counts(_document(text)) == []


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("Gegevenslekken per jaar\nJaartal Gemelde gegevenslekken\n2019 31\n2020 44\n2021 52", []),
        ("Datalekken\n\nJaar Aantal datalekken\n2019 31\n2020 44\n2021 52\n\nBron: FG", []),
        (
            "Klachten\n\nJaar Ontvangen klachten\n2019 31\n2020 44\n2021 52\nTotaal 127",
            [_fact((date(2019, 1, 1), date(2021, 12, 31)), "total", 127)],
        ),
    ],
)
def test_a_transposed_table_flattened_one_row_per_line(text: str, extra: list):
    """Under a line of the year title and the column's title, each `year count` line is that
    year's figure (a last `Totaal` the span of the years), as between `|`."""
    facts = _facts(extract_incident_counts(_document(text)))
    assert facts == {
        _fact(Y2019, "total", 31), _fact(Y2020, "total", 44),
        _fact(Y2021, "total", 52), *extra,
    }  # fmt: skip


def test_a_transposed_row_of_two_numbers_is_not_read_as_one_column():
    text = "Datalekken\n\nJaar Gemelde datalekken\n2019 31 12\n2020 44 9"
    assert extract_incident_counts(_document(text)) == []


@pytest.mark.parametrize("close", [".", ")"])
def test_the_number_of_a_numbered_item_is_no_count_of_the_item_above(close: str):
    text = (
        "Datalekken 2021\n\nIn 2021 zijn 50 datalekken gemeld. De oorzaken waren:\n"
        f"1{close} Menselijke fout (40%)\n2{close} Hacking, phishing en malware (30%)\n"
        f"3{close} Andere oorzaken (10%)"
    )
    facts = _facts(extract_incident_counts(_document(text)))
    assert _fact(Y2021, "total", 50) in facts
    assert not any(f[4] == "count" and f[3] in (2.0, 3.0) for f in facts)
