"""Dates and boundaries of texts from the web: a day printed without its year, a posting date
above the report of a meeting, several dated reports in one file. Every text here is written
for the test, in the layout of its kind."""

from __future__ import annotations

from datetime import date

from pipeline.dates import yearless_date_in
from pipeline.documents import classify_document, document_date


def _date_of(text: str) -> date | None:
    doc_type, title = classify_document(text, 3)
    return document_date(doc_type, text, title)[0]


def test_a_day_without_its_year_takes_the_year_the_text_prints_with_it() -> None:
    text = (
        "Verslag ALV 7 oktober\n\nWijkvereniging De Linde\n\n"
        "Notulen van de Algemene Leden Vergadering van dinsdag 7 oktober 2025.\n\n"
        "Aanwezig: 31 leden\n\nDe volgende vergadering is op 12 januari 2026. Plannen voor 2026"
        " en 2026 en 2026 worden besproken.\n"
    )
    assert _date_of(text) == date(2025, 10, 7)


def test_a_day_printed_with_its_weekday_takes_the_year_that_weekday_fits() -> None:
    text = (
        "Drukke ledenvergadering Zangkoor Cantate\n\n"
        "Op dinsdagavond 11 maart werd de jaarlijkse ledenvergadering gehouden in het dorpshuis."
        " De voorzitter opende de vergadering.\n\nHet jaarverslag over 2024 werd goedgekeurd.\n"
    )
    assert _date_of(text) == date(2025, 3, 11)  # a Tuesday in 2025, not in 2024 or 2026


def test_a_weekday_fit_after_every_printed_date_is_a_misprint() -> None:
    # posted 9 februari 2025; `zaterdag 1 februari` is a Saturday in 2025 only within a year,
    # so it fits; `zaterdag 31 januari` fits 2026 only: after the posting, so no year from it
    assert yearless_date_in("zaterdag 1 februari", 1, 2, "9 februari 2025") == date(2025, 2, 1)
    assert yearless_date_in("zaterdag 31 januari", 31, 1, "9 februari 2025") is None
