"""Document boundaries and types from how a kind of document is built (own texts)."""

from __future__ import annotations

from pipeline.documents import documents_from_text

SOURCE = "cd" * 32


def _documents(text: str) -> list[tuple[int, str]]:
    """(first_line, doc_type) of each document of a plain text."""
    _, documents = documents_from_text(text, SOURCE)
    return [(d["first_line"], d["doc_type"]) for d in documents]


SERIES_PAGE = """Verslag Wijkoverleg 12 maart 2024

Aanwezig: Piet Bos, Anna de Wit

De notulen worden vastgesteld.

Verslag Wijkoverleg 6 februari 2024

Aanwezig: Piet Bos, Kees Smit

Het jaarplan wordt besproken."""


def test_a_page_listing_a_series_newest_first_holds_one_document_per_title() -> None:
    assert [first for first, _ in _documents(SERIES_PAGE)] == [1, 7]


def test_a_later_date_under_the_same_title_goes_on_with_the_report() -> None:
    # a page heading dated the day the report was put up, the report's own heading below it
    text = SERIES_PAGE.replace("6 februari 2024", "13 maart 2024")
    assert [first for first, _ in _documents(text)] == [1]


def test_a_dated_heading_that_names_no_meeting_is_no_series_title() -> None:
    text = "Nieuws 12 maart 2024\n\nDe bibliotheek is open.\n\nNieuws 6 februari 2024\n\nDicht."
    assert [first for first, _ in _documents(text)] == [1]
