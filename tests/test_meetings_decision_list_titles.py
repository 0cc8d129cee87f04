"""A decision list's own title that dates its one sitting where the gates of a record's head
do not read it: a title too long for a heading closing on its date, a title inside a table's
cell or run into a gazette's header. The lines are quoted from the dev texts named."""

from __future__ import annotations

from datetime import date

from pipeline.documents import documents_from_text
from pipeline.meetings import extract_meetings
from pipeline.meetings.dating import title_ends_dated
from pipeline.meetings.head import find_meeting_body


def _meetings(text: str) -> list[dict]:
    pages, docs = documents_from_text(text, "x")
    return extract_meetings({**docs[0], "pages": [pages[0]]})[0]


#: web218 noordholland-gs-besluitenlijst-1999-06-22 (its first item names another body's meeting)
_NOORDHOLLAND = (
    "Provincie Noord-Holland\n\n"
    "Openbare besluitenlijst van de vergadering van gedeputeerde staten van Noord-Holland op "
    "22 juni 1999\n\n"
    "Onderwerp Besluit\n\n1.\n"
    "Vergadering AB IPO op 24 juni 1999 Het college besluit behoudens een kanttekening in te "
    "stemmen met de voorstellen zoals vermeld op de agenda van het algemeen bestuur van het IPO.\n"
    "\n2.\nUitvoering motie 55-18A, inzake onveilige kruispunten Het college besluit:\n"
    "1. kennis te nemen van de inventarisatie van de door de gemeenten aangemelde projecten;\n"
)

#: web197 eeklo-gr-besluitenlijst-2021-07-07 (a publication label under the title)
_EEKLO = (
    "Besluitenlijst gemeenteraad van 7 juli 2021\n\n"
    "Datum bekendmaking  dinsdag 13 juli 2021\nDatum besluit  woensdag 7 juli 2021\n\n"
    "OPENBARE ZITTING\n\n"
    "Bekrachtiging burgemeestersbesluit 29 juni 2021 betreffende de organisatie van een fysieke\n"
    "zitting van de gemeenteraad zonder publiek.\n\n"
    "De gemeenteraad bekrachtigt het burgemeestersbesluit van 29 juni 2021 betreffende de "
    "organisatie\n"
)

#: web195 noordbrabant-gs-besluitenlijst-2009-07-06 (the title in a table's cells)
_NOORDBRABANT = (
    "Provincie Noord-Brabant\n\n"
    "|Openbare besluitenlijst              |\n"
    "|Vergadering Gedeputeerde Staten d.d. 6 juli 2009 |\n\n\n"
    "1. Samenwerking middelgrote gemeenten\n"
    "De provincie Noord-Brabant gaat samen met de gemeenten Bergen op Zoom, Roosendaal, "
    "Oosterhout, Waalwijk, Oss, Uden en Veghel de leefbaarheid aanpakken.\n"
)

#: web208 mrdh-db-besluitenlijst-2021-06-21 (a gazette's header run into one line)
_MRDH_HEADER = (
    "Metropoolregio Rotterdam Den HaagBlad gemeenschappelijke regeling 2021, 844overige "
    "overheidsinformatieOpenbaar lichaam Metropoolregio Rotterdam Den Haag - Besluitenlijst - "
    "dagelijks bestuur - 21 juni 2021"
)


def test_a_long_title_closing_on_its_date_dates_the_one_sitting() -> None:
    meetings = _meetings(_NOORDHOLLAND)
    assert [m["meeting_date"] for m in meetings] == [date(1999, 6, 22)]


def test_the_titles_date_wins_over_its_publication_label() -> None:
    assert [m["meeting_date"] for m in _meetings(_EEKLO)] == [date(2021, 7, 7)]


def test_a_title_in_a_tables_cells_makes_a_meeting() -> None:
    assert [m["meeting_date"] for m in _meetings(_NOORDBRABANT)] == [date(2009, 7, 6)]


def test_a_gazette_headers_glued_title_names_the_body() -> None:
    assert find_meeting_body([_MRDH_HEADER]) == "dagelijks bestuur"


def test_only_a_record_title_with_its_date_last_after_a_preposition() -> None:
    assert title_ends_dated(_NOORDHOLLAND.splitlines()[2])
    assert title_ends_dated("Besluitenlijst gemeenteraad van 7 juli 2021")
    # an item naming another body's meeting runs on after its date
    assert not title_ends_dated("Vergadering AB IPO op 24 juni 1999 Het college besluit")
    # web175 jhm-zoetermeer: the date appended without a preposition; web204 odzl: a closing formula
    assert not title_ends_dated("Verslag Maatjesavond 10 september 2025")
    assert not title_ends_dated(
        "Aldus besloten in de openbare vergadering van het algemeen bestuur van 4 juli 2024."
    )
