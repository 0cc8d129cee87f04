"""The shared date module: spans as printed in Dutch and English headers."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import (
    MONTH_ALT,
    MONTH_NUMBERS,
    century_of_short_year,
    dateline,
    day_first,
    find_dates,
    letter_date,
    parse_date,
)
from pipeline.documents import document_date


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Tuesday, February 20, 2024 7:47:10 PM", date(2024, 2, 20)),
        ("Thursday, June 15, 2023 10:02 AM", date(2023, 6, 15)),
        ("June 15th, 2023", date(2023, 6, 15)),
        # a web page's posting stamp: the month's abbreviation, the day and a comma
        ("dec 17, 2020", date(2020, 12, 17)),
        ("Sept. 3, 2019", date(2019, 9, 3)),
        # the day-first shapes read as before
        ("maandag 19 februari 2024 16:53", date(2024, 2, 19)),
        ("Tue, 29 Mar 2022 10:39:31 +0200", date(2022, 3, 29)),
        ("17-02-2022", date(2022, 2, 17)),
        ("2022-02-17", date(2022, 2, 17)),
    ],
)
def test_parse_date_reads_day_first_and_english_month_first(span: str, expected: date) -> None:
    parsed = parse_date(span)
    assert parsed is not None
    assert parsed.value == expected and parsed.year_inferred is False


def test_month_first_needs_a_year() -> None:
    # `mei 12` in running text is no date; without a year a month-first span is left alone
    assert parse_date("in May 12 meldingen") is None
    assert day_first("in May 12 meldingen") == "in May 12 meldingen"
    assert day_first("Sent: Tuesday, February 20, 2024") == "Sent: Tuesday, 20 February 2024"


def test_a_date_after_a_word_ending_in_a_weekday_abbreviation():
    # `avondprogramma 20 maart 2020`: `ma` ends the word, it is no weekday before the date
    # (a rescanned PI Zwolle memo, Bij-documenten p23, lost its date to it)
    text = "Penitentiaire Inrichting\nMEMO\nSluiting avondprogramma 20 maart 2020\nBeste bewoners,"
    assert document_date("memo", text, None)[0].isoformat() == "2020-03-20"


def test_a_letter_is_dated_by_its_dateline_not_its_dispatch_date() -> None:
    # a municipal letterhead's columns: the reply's reference date first, then the
    # dateline beside the dispatch date
    head = "Uw bericht\n3 mei 2023\nStadsveen 12 juni 2023 Verzenddatum: 20 juni 2023\n"
    assert letter_date(head + "Onderwerp Besluit\nGeachte heer,\n").value == date(2023, 6, 12)
    head = "Kenmerk 123-2023\n12 juni 2023 Verzenddatum: 20 juni 2023\nGeachte heer,\n"
    assert letter_date(head).value == date(2023, 6, 12)
    # a dateline of place and date without a comma
    head = "Retouradres: Postbus 1\nHilversum 2 juni 2023\nOnderwerp Verzoek\nGeachte heer,\n"
    assert letter_date(head).value == date(2023, 6, 2)
    # the dispatch date alone is not the letter's date
    assert letter_date("Stadsveen Datum Verzenddatum:\nGeachte heer,\nTekst.\n") is None


def test_a_dateline_names_its_place_with_its_particles_and_ends_the_head_at_any_greeting() -> None:
    # a place whose name holds particles (`aan de`, `op`) before the comma and the date
    head = "Aan de raad van Stadsveen\nPostbus 7\nKerkdorp aan de Vaart, 3 maart 2011\n"
    body = "Zeer geacht College,\nOp 1 februari 2011 vroegen wij ...\n"
    assert letter_date(head + body).value == date(2011, 3, 3)
    assert dateline("Bergen op Zoom, 14 mei 2019").value == date(2019, 5, 14)
    assert dateline("Alphen aan den Rijn 14 mei 2019").value == date(2019, 5, 14)  # no comma
    assert dateline("Raad op 14 mei 2019") is None  # a place's name never ends in a particle
    # a date alone, or a date in a sentence, is no dateline
    assert dateline("14 mei 2019") is None
    assert dateline("Maandag 20 juli 2020") is None  # a weekday is no place
    assert dateline("Stadsveen, het plan van 14 mei 2019 is klaar") is None


def test_an_abbreviated_month_before_a_day_needs_its_comma() -> None:
    # `Jan 5 2020` may be a name and two figures: no date without the stamp's comma
    assert day_first("Jan 5 2020") == "Jan 5 2020"
    assert day_first("dec 17, 2020") == "17 dec 2020"


def test_a_day_closed_by_a_period_is_read_where_its_year_follows() -> None:
    found = find_dates("woensdag, 14. maart 2012 - 10:15")
    assert [d.value for _, _, d in found] == [date(2012, 3, 14)]
    assert find_dates("3. Mei stelt de raad het plan vast") == []  # a list's item


def test_every_month_word_has_the_month_dateparser_reads_in_it() -> None:
    """One calendar vocabulary: each name and abbreviation of the one month alternation
    has its month's number, the month dateparser reads in it too."""
    assert set(MONTH_ALT.split("|")) == set(MONTH_NUMBERS)
    for word, number in MONTH_NUMBERS.items():
        assert parse_date(f"15 {word} 2021").value == date(2021, number, 15), word


@pytest.mark.parametrize(
    ("span", "repaired"),
    [
        ("ZITTING VAN 23 05 2019 - 20:35 uur.", "ZITTING VAN 23-05-2019 - 20:35 uur."),
        ("Geplaatst op 19 12 2025", "Geplaatst op 19-12-2025"),
        ("RMW-raad zitting van 7 11 2025", "RMW-raad zitting van 7-11-2025"),
        # a row of counts or figures run together is no date
        ("Klachten 12 05 2019 2020", "Klachten 12 05 2019 2020"),
        ("tabel 3 12 05 2019", "tabel 3 12 05 2019"),
        ("totaal 4 13 2019", "totaal 4 13 2019"),
    ],
)
def test_a_numeric_date_spaced_as_a_portal_prints_it_is_read(span: str, repaired: str) -> None:
    from pipeline.dates import repair_date_span

    assert repair_date_span(span) == repaired


@pytest.mark.parametrize(
    ("span", "repaired"),
    [
        # archive OCR of old council minutes: one letter of a long month misread
        ("op Maandag, 12 uctober 1953 des avonds", "op Maandag, 12 october 1953 des avonds"),
        ("Dinsdag 3 Septembcr 1960", "Dinsdag 3 september 1960"),
        ("den 7 Novembr 1921", "den 7 november 1921"),
        # a month already, a short month (too near other words), or no month at all
        ("12 oktober 1953", "12 oktober 1953"),
        ("4 juno 1950", "4 juno 1950"),
        ("3 mijnheer 1950", "3 mijnheer 1950"),
        ("12 uctober vergadering", "12 uctober vergadering"),
    ],
)
def test_a_long_month_with_one_letter_misread_between_day_and_year_is_read(
    span: str, repaired: str
) -> None:
    from pipeline.dates import repair_date_span

    assert repair_date_span(span) == repaired


@pytest.mark.parametrize(
    ("span", "day"),
    [
        # the council of Leeuwarderadeel's minutes, in West Frisian (2017)
        ("op tongersdei 22 juny 2017 om 19.30 oere", date(2017, 6, 22)),
        ("31 july 2017", date(2017, 7, 31)),
        ("29 desimber 2016", date(2016, 12, 29)),
        ("3 febrewaris 2020", date(2020, 2, 3)),
    ],
)
def test_a_west_frisian_date_is_read(span: str, day: date) -> None:
    assert parse_date(span).value == day


def test_a_west_frisian_day_no_month_has_is_none() -> None:
    assert parse_date("30 febrewaris 2017") is None


def test_a_written_out_day_with_a_two_digit_year_gets_its_century() -> None:
    # web237 universiteitsraad-2008-08-18: `... UNIVERSITEITSRAAD d.d. 18 AUGUSTUS 08 (UR/...`
    assert century_of_short_year("18 AUGUSTUS 08 (UR/08/22437)") == "18 AUGUSTUS 2008 (UR/08/22437)"
    # the century of the year the text is about; a time or a whole year left as it is
    assert century_of_short_year("Donderdag 20 Febr. 47 Tegenwoordig", 1946).startswith(
        "Donderdag 20 Febr. 1947"
    )
    assert century_of_short_year("3 juni 15.00 uur") == "3 juni 15.00 uur"
    assert century_of_short_year("18 augustus 2008") == "18 augustus 2008"
