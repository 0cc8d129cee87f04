"""When a meeting sat: the date, hour and place its record's head gives, in the layouts of
minutes where another date stands close by (an item's, an earlier meeting's, a year of an
archive). Every text here is written for the test, in the layout of its kind."""

from __future__ import annotations

from datetime import date, time

from pipeline.documents import context_year, documents_from_text
from pipeline.meetings import extract_meetings


def _meetings(text: str) -> list[dict]:
    pages, docs = documents_from_text(text, "x")
    return extract_meetings({**docs[0], "pages": [pages[0]]})[0]


#: an archive's OCR of a page of old council minutes, the page on one line, its footer below
_ARCHIVE_PAGE = (
    "NOTULEN van de openbare vergadering van de Raad op donderdag 28 februari 197^ te 20.00 "
    "uur in het raadhuis. J. Bos, burgemeester; K. Kok, secretaris; A. Smit, wethouder; "
    "Afwezig met kennisgeving P. Mol, raadslid. 1. Opening. De voorzitter opent de "
    "vergadering. 2. Notulen van de vorige vergadering van 29 januari 1974. De notulen worden "
    "zonder hoofdelijke stemming vastgesteld overeenkomstig het ter inzage gelegde ontwerp."
    "\n\nRaadsnotulen en jaarverslagen\n\nZuiderhoek - Notulen van de gemeenteraad | 1974 | | "
    "pagina 3\n"
)


def test_an_archive_year_before_1990_is_the_texts_year() -> None:
    # the year minutes of 1974 print with their dates completes one the OCR cut (`197^`)
    assert context_year(_ARCHIVE_PAGE) == 1974
    assert [m["meeting_date"] for m in _meetings(_ARCHIVE_PAGE)] == [date(1974, 2, 28)]


def test_the_hour_and_place_of_a_flattened_head_are_read_in_its_own_sentence() -> None:
    # the page names the previous meeting further on: no reason to doubt its head's hour
    meeting = _meetings(_ARCHIVE_PAGE)[0]
    assert meeting["start_time"] == time(20, 0)
    assert meeting["location"] == "het raadhuis"
