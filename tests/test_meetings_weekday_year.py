"""A sitting told by its weekday and day without a year: placed in the one year near those
the text names in which that day falls on that weekday (`dates.weekday_year_date`), where a
head prints `d.d.` between the weekday and the day, where the weekday stands with the same
day in the account below a yearless title (`dates.yearless_date_in`), and in a news item's
sentence telling a meeting (`pipeline.talks`). Lines of the web gold's texts, quoted as
printed (sentences no test needs left out)."""

from __future__ import annotations

from datetime import date

from pipeline.dates import weekday_year_date, yearless_date_in
from pipeline.docmodel import as_doc
from pipeline.documents import documents_from_text
from pipeline.talks import reported_meetings


def test_a_weekday_with_dd_before_its_day() -> None:
    # tests/gold/web297/hoogezand-sappemeer-raad-2007-03-22.json (round BE): the year only
    # in the archive viewer's footer
    head = (
        "Notulen vergadering Raad Gehouden op Donderdag d.d. 22 maart om 19.30 uur in het "
        "gemeentehuis te Hoogezand Aanwezig De dames J. de Jonge, G.G. Olthoff"
    )
    footer = "Raadsnotulen Gemeente Hoogezand-Sappemeer nl | 2007 | | pagina 1"
    assert weekday_year_date([head], f"{head}\n{footer}") == date(2007, 3, 22)


def test_dd_with_a_day_that_fits_no_year_named() -> None:
    # the same head with the weekday a slip: no year near 2007 has 22 March on a Monday
    head = "Notulen vergadering Raad Gehouden op Maandag d.d. 22 maart om 19.30 uur"
    assert weekday_year_date([head], f"{head}\n| 2007 |") is None


def test_a_yearless_title_over_the_weekday_in_the_account() -> None:
    # tests/gold/web291/eilandennieuws-hollandsedelta-vv-vergaderstelsel-2022-10-06.json (BD)
    text = (
        "Stemming vergadering 6 oktober\n\nDoor het weglopen van de vv-leden wordt de stemming "
        "over het voorstel verplaatst naar de volgende vergadering. Die vond gisteren, "
        "donderdag 6 oktober, plaats. Het is gelijk het eerste inhoudelijke agendapunt.\n\n"
        "Het was eerst de bedoeling dat het nieuwe vergaderstelsel op 1 oktober zou ingaan.\n"
        "Geplaatst in 2023\n"
    )
    assert yearless_date_in("Stemming vergadering 6 oktober", 6, 10, text) == date(2022, 10, 6)


def test_a_yearless_title_with_no_weekday_anywhere() -> None:
    text = "Stemming vergadering 6 oktober\n\nDie vond gisteren plaats.\nGeplaatst in 2023\n"
    assert yearless_date_in("Stemming vergadering 6 oktober", 6, 10, text) is None


def test_a_news_item_telling_a_meeting_on_its_weekday() -> None:
    # tests/gold/web281/eilandsraden-bes-afspraken-statia-2023-11-15.json (BB)
    text = (
        "Eilandraad Bonaire Bezoekt Sint Eustatius\n\nDe Eilandsraad van Bonaire heeft een "
        "bezoek gebracht aan Sint Eustatius als onderdeel van hun strategie om de banden met de "
        "zustereilanden te versterken.\n\nOp woensdag 15 november vond een vergadering plaats "
        "tussen de leden van de eilandsraden van de BES-eilanden, met als doel zich voor te "
        "bereiden op de herziening van de Wet op het openbaar lichaam Bonaire, Sint Eustatius en "
        "Saba (WolBES) en de Financiële Verhoudingswet BES (FinBES).\n\nDe resultaten van de "
        "vergadering op 15 november omvatten concrete afspraken over de tijdsplanning:\n\n"
        "  1. November 2023: Voorbereidende BES Eilandraadvergadering, Sint Eustatius\n"
        "  2. December 2023: Voorbereidende BES Eilandraadvergadering, Den Haag\n"
    )
    pages, documents = documents_from_text(text, "talks-weekday-year")
    doc = as_doc({**documents[0], "doc_type": "other", "pages": [pages[0]]})
    meetings, _ = reported_meetings(doc)
    assert date(2023, 11, 15) in [m["meeting_date"] for m in meetings]
