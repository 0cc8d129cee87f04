"""When a meeting sat: the date, hour and place its record's head gives, in the layouts of
minutes where another date stands close by (an item's, an earlier meeting's, a year of an
archive). Every text here is written for the test, in the layout of its kind."""

from __future__ import annotations

from datetime import date, time

import pytest

from pipeline.documents import context_year, documents_from_text
from pipeline.meetings import extract_meetings
from pipeline.meetings.dating import date_field, date_over_items
from pipeline.structure import extract_structure


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


def _dated(text: str) -> tuple[date | None, list[date | None]]:
    """The document's date and its meetings' dates."""
    pages, docs = documents_from_text(text, "x")
    meetings = extract_meetings({**docs[0], "pages": [pages[0]]})[0]
    return docs[0]["doc_date"], [m["meeting_date"] for m in meetings]


def test_a_date_told_in_a_later_sentence_of_the_opening_line_is_not_the_meetings() -> None:
    # minutes that open on the chair opening the meeting, then report the balance of a day:
    # the balance's day, in a sentence of its own, dates no meeting
    text = (
        "Anna Bos opent de vergadering en heet iedereen welkom. Bericht van verhindering is "
        "ontvangen van Kees Smit en Jan Mol. Door de afwezigheid van Kees is het programma "
        "gewijzigd. Anna wijst erop dat in de balans per 31 december 2019 een fout is geslopen: "
        "voor de excursie is al een bedrag vooruit ontvangen. Het eindcijfer klopt wel.\n\n"
        "De kascommissie heeft de boeken gecontroleerd en in orde bevonden.\n"
    )
    assert _dated(text) == (None, [None])


def test_a_flemish_sitting_named_in_the_sentence_of_its_date_dates_the_record() -> None:
    # `ZITTING` names the meeting as `vergadering` does: the sentence with the date is the
    # record's own head
    page = (
        "1 Provincie Limburg Stad Zuiderhoek PROCES VERBAAL DER ZITTING VAN DE GEMEENTERAAD VAN "
        "DE STAD ZUIDERHOEK VAN MAANDAG 06 APRIL 2009 De zitting wordt geopend om 18u30 in de "
        "raadszaal onder het voorzitterschap van de heer Jan Bos. Aanwezig: Schepenen : A. Smit, "
        "K. Kok Raadsleden : P. Mol, E. Dijk, R. de Wit, T. van Dam, L. Visser, M. Jansen. "
        "1. Mededelingen. De voorzitter deelt mee dat de begroting op 1 mei 2009 klaar is."
    )
    text = f"Stad Zuiderhoek\n\nTranscriptie\n\n{page}\n"
    assert _dated(text)[0] == date(2009, 4, 6)


def test_a_whole_hour_after_the_meetings_date_is_its_start() -> None:
    # the hour without minutes, with its word (`om 20u`, `20,00 uur`), on the date's line or
    # below it, in the evening where old minutes say so (`des avonds`, `des namiddags`)
    heads = {
        "Verslag Jeugdraad 28 juni 2012 om 20u Locatie: Zaal De Kring": time(20, 0),
        "NOTULEN van de openbare vergadering van de Raad op dinsdag 16 januari 1968 des "
        "avonds om 20,00 uur.": time(20, 0),
        "Notulen van de Oprichtingsvergadering in de school op Dinsdag 6 October 1936 des "
        "avonds 8uur.": time(20, 0),
        "OPENBARE VERGADERING\nRaad der Gemeente Zuiderhoek\nop VRIJDAG 28 JUNI 1946,\n"
        "des namiddags om 8 uur.": time(20, 0),
    }
    body = (
        "\n\nAanwezig: J. Bos, K. Kok, P. Mol.\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    for head, start in heads.items():
        assert [m["start_time"] for m in _meetings(head + body)] == [start], head


def test_the_place_after_a_heading_date_its_hours_and_a_dash() -> None:
    # the place closes a dated heading after its hours, given or left blank by a transcript,
    # after `in` or a dash; a Flemish clock (`20u00`) is read as a clock
    heads = {
        "Verslag politieraad 27 december 2017 om 20u00 - gemeentehuis Zuiderhoek": (
            "gemeentehuis Zuiderhoek"
        ),
        "Verslag van de raad van bestuur van de cultuurraad op dinsdag 20 mei 2014 uur - "
        "polyzaal 1 De Vesten, Zuiderhoek": "polyzaal 1 De Vesten",
        "Verslag van de algemene vergadering op donderdag 8 december 2011 van 10.00 tot 12.00 "
        "uur in Hotel De Wit te Utrecht": "Hotel De Wit te Utrecht",
    }
    body = (
        "\n\nAanwezig: J. Bos, K. Kok, P. Mol.\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    for head, place in heads.items():
        assert [m["location"] for m in _meetings(head + body)] == [place], head


def test_a_report_saying_the_meeting_took_place_at_an_hour_is_its_account() -> None:
    # the hour's dot (`20.00`) ends no sentence, and the date may be numeric
    for opening, day, start in (
        ("Op 15/12/2021 om 20.00 uur vond de politieraad van de zone Zuiderhoek plaats.", 15, 20),
        ("Op 14 december 2021 om 19.30 uur vond de ledenvergadering van de club plaats.", 14, 19),
    ):
        text = (
            f"Digitale editie\n\n{opening} Omwille van de maatregelen was het een digitale "
            "editie. Het openbare gedeelte werd opgenomen.\n\nDe agendapunten betroffen de "
            "begroting en het jaarverslag.\n"
        )
        assert documents_from_text(text, "x")[1][0]["doc_type"] == "minutes", opening
        found = [(m["meeting_date"], m["start_time"].hour) for m in _meetings(text)]
        assert found == [(date(2021, 12, day), start)], opening


def test_old_minutes_printed_as_one_paragraph_open_on_their_date() -> None:
    # the draft's mark, then the sitting's date as a sentence of its own, then who attended;
    # the earlier sitting whose minutes are approved comes later
    text = (
        "ONTWERP. 3 Maart 1906. Tegenwoordig de heeren A. BOS, K. KOK en P. MOL, burgemeester, "
        "voorzitter. De voorzitter opent de vergadering en zegt, dat de notulen van de "
        "vergadering van 24 Februari 1906 ter inzage hebben gelegen. Dit niet het geval "
        "zijnde, worden de notulen goedgekeurd en vastgesteld.\n\nRaadsnotulen en "
        "jaarverslagen\n\nZuiderhoek - Notulen van de gemeenteraad | 1906 | | pagina 1\n"
    )
    assert _dated(text) == (date(1906, 3, 3), [date(1906, 3, 3)])


def test_a_place_field_that_closes_with_the_hour() -> None:
    # `Plaats: <place>, 20.00 uur`: the hour starts the meeting and is no part of the place
    text = (
        "Verslag ALV 11 april 2012\n\nPlaats: Het Wapen, Dorpsstraat 3 Zuiderhoek, 20.00 uur\n\n"
        "Aanwezig: J. Bos, K. Kok, P. Mol.\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    meeting = _meetings(text)[0]
    assert (meeting["start_time"], meeting["location"]) == (
        time(20, 0),
        "Het Wapen, Dorpsstraat 3 Zuiderhoek",
    )


def test_a_web_pages_posting_stamp_after_the_meeting_does_not_date_it() -> None:
    # a club's site: the post's title, who posted it and when, then the record's own title
    text = (
        "Verslag jaarvergadering\n"
        "Geplaatst door Piet Smit\n"
        "zondag 07 april 2019 10:19\n\n"
        "Verslag jaarvergadering Buurtbelangen van 7 maart 2018\n\n"
        "Aanwezig: Jan Bos, Karin Kok, Els de Wit.\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    assert [m["meeting_date"] for m in _meetings(text)] == [date(2018, 3, 7)]


def test_a_sittings_slot_before_an_earlier_records_title_still_dates_the_meeting() -> None:
    # a portal's slot names its place: the title below it is the record the sitting approves
    text = (
        "dinsdag 2 juli 2024 19:30 Raadzaal\n\n"
        "Notulen van de raadsvergadering van 4 juni 2024\n\n"
        "Aanwezig: Jan Bos, Karin Kok, Els de Wit.\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    assert [m["meeting_date"] for m in _meetings(text)] == [date(2024, 7, 2)]


def test_the_stamp_of_the_meeting_a_record_is_tabled_at_does_not_date_it() -> None:
    # a water board's record tabled at the next meeting: the stamp of that meeting and its
    # item number run onto the record's own title, the page's text on one line
    text = (
        "Kenmerk : 21IT0042\n\n"
        "Vergadering dagelijks bestuur op 3 maart 2021, agendapunt 4 Verslag van de "
        "vergadering van het dagelijks bestuur van Waterschap De Lage Weide d.d. 20 januari "
        "2021 om 14.00 uur te Zuiderhoek, Raadzaal. Aanwezig: De voorzitter Jan Bos, de "
        "leden Karin Kok, Els de Wit en Piet Mol, secretaris Anna Smit. 1. Opening De "
        "voorzitter opent de vergadering en heet iedereen welkom. Er zijn geen berichten "
        "van verhindering.\n"
    )
    assert _dated(text) == (date(2021, 1, 20), [date(2021, 1, 20)])


def test_a_date_field_copied_with_last_years_year_is_read_in_the_year_its_weekday_fits() -> None:
    # a form filled in from an older record: the weekday fits the year the text is about
    # (17 January is a Friday in 2020), not the year the field kept
    text = (
        "Verslag ledenvergadering Buurtvereniging De Linde\n\n"
        "Datum: vrijdag 17 januari 2018, 20.00 uur\n"
        "Locatie: Clubhuis De Linde\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n\n"
        "2. Jaarverslag 2019 en begroting 2020\nBeide worden vastgesteld.\n"
    )
    assert _dated(text) == (date(2020, 1, 17), [date(2020, 1, 17)])


#: a document site's transcript: the page on one line, the letterhead's kind of record before
#: the adopted record's own title, an item further on naming an earlier record
_TRANSCRIBED_RECORD = (
    "VERSLAG statencommissie\n\n"
    "Transcriptie\n\n"
    "1 VERSLAG statencommissie Vastgesteld verslag van de openbare vergadering van de "
    "Commissie Ruimte en Wonen van 3 maart 2010 van 14:00 tot 16:00 uur te Zuiderhoek. "
    "Voorzitter: de heer J. Bos Aanwezig zijn de leden: mevrouw K. Kok, de heer P. Mol, "
    "mevrouw E. de Wit Griffier: de heer A. Smit 1. Opening De voorzitter opent de "
    "vergadering. 2. Vaststellen agenda De agenda wordt vastgesteld. 5. Conceptverslag van 13 "
    "januari 2010 met advies aan het Presidium Het verslag wordt ongewijzigd vastgesteld.\n"
)


def test_an_adopted_records_title_after_a_letterhead_on_a_transcribed_page_dates_it() -> None:
    assert _dated(_TRANSCRIBED_RECORD)[1] == [date(2010, 3, 3)]


def test_a_heading_naming_the_meeting_with_its_year_completes_a_day_told_without_one() -> None:
    # a club's account of its members' meeting: the title gives the year, the first
    # sentence the day and month (`jl.`: last), and no date with its year stands anywhere
    text = (
        "Verslag van de ALV 2021\n\n"
        "De Algemene Ledenvergadering van 12 maart jl. werd goed bezocht.\n\n"
        "De voorzitter blikte terug op een rustig jaar. De begroting werd met algemene "
        "stemmen aangenomen en de kascommissie verleende decharge aan het bestuur.\n"
    )
    assert _dated(text) == (date(2021, 3, 12), [date(2021, 3, 12)])


@pytest.mark.parametrize(
    "heading",
    [
        "Ledenvergadering beleidsplan 2021-2024",  # a plan's years
        "Vergaderverslag maart 2021",  # a month's: its meeting's day is not the one told
    ],
)
def test_a_heading_with_a_span_of_years_or_a_month_gives_no_year(heading: str) -> None:
    text = (
        f"{heading}\n\n"
        "Het bestuur vergaderde. Uitnodiging voor het vrijwilligersfeest (12 maart).\n\n"
        "De voorzitter blikte terug op een rustig jaar.\n"
    )
    assert _dated(text)[1] == [None]


def test_a_record_its_dater_leaves_undated_takes_the_date_of_its_one_meeting() -> None:
    # the document's dater reads no date in the transcribed page; the meeting's head does
    pages, docs = documents_from_text(_TRANSCRIBED_RECORD, "x")
    out = extract_structure(pages, docs)
    assert [(d["doc_date"], d["doc_date_inferred"]) for d in out["documents"]] == [
        (date(2010, 3, 3), False)
    ]


def test_a_record_dated_by_its_posting_stamp_takes_the_date_its_title_gives_the_meeting() -> None:
    # a club's site: the record's title, the day and hour it was posted, who posted it
    text = (
        "Notulen ledenvergadering van 12-10-2021\n\n"
        "3 mei 2022 20:40\n\n"
        "Piet Smit\n\n"
        "Verslag ledenvergadering Tennisclub De Linde van 12 oktober 2021, ter voorbereiding "
        "van de komende vergadering.\n\n"
        "Aanwezig: Jan Bos, Karin Kok, Els de Wit.\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    pages, docs = documents_from_text(text, "x")
    assert [d["doc_date"] for d in extract_structure(pages, docs)["documents"]] == [
        date(2021, 10, 12)
    ]


def test_the_hour_of_a_web_pages_posting_stamp_is_not_the_meetings_start() -> None:
    # the stamp that does not date the meeting (posted after the day its title gives) does
    # not time it either
    text = (
        "Verslag ledenvergadering\n"
        "Geplaatst door Piet Smit\n"
        "dinsdag 14 mei 2019 10:19\n\n"
        "Verslag ledenvergadering Buurtbelangen van 2 april 2019\n\n"
        "Aanwezig: Jan Bos, Karin Kok, Els de Wit.\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    meeting = _meetings(text)[0]
    assert (meeting["meeting_date"], meeting["start_time"]) == (date(2019, 4, 2), None)


#: West-Brabants Archief, raadsnotulen Rucphen 1989: the page's OCR on one line, the agenda's
#: items before the sitting's weekday, date and hour, the attendance after them
_AGENDA_BEFORE_SITTING = (
    "GEMEENTE RUCPHEN 1. Opening 2. Notulen 3Ingekomen stukken op dinsdag 26 september 1989, "
    "om 19.00 uur. Voorzitter: W. du Chatinier, secretaris: mrL.M. Cooijmans Aanwezig: J. "
    "Verpaalen (wethouder), A. Schijven (wethouder). 4. Aanbieding begroting 1990 Opening van "
    "de vergadering Vaststelling van de notulen van de vergadering van 29 augustus 1989 De "
    "notulen worden conform het concept vastgesteld.\n"
)


def test_a_sitting_told_by_weekday_date_and_hour_after_agenda_items_dates_the_meeting() -> None:
    (meeting,) = _meetings(_AGENDA_BEFORE_SITTING)
    assert meeting["meeting_date"] == date(1989, 9, 26)


def test_a_sitting_told_in_a_sentence_about_the_next_meeting_dates_nothing() -> None:
    from pipeline.meetings.dating import _sitting_told

    told = "De volgende vergadering is op dinsdag 24 oktober 1989, om 19.00 uur in het raadhuis."
    assert _sitting_told(told) is None
    assert _sitting_told(_AGENDA_BEFORE_SITTING) == "26 september 1989"


def test_a_frisian_sitting_told_by_weekday_date_and_hour_dates_the_meeting() -> None:
    # Historisch Centrum Leeuwarden: 'Ferslach fan de riedsgearkomste' (2017), page on one line
    text = (
        "3 CM IGEMEENTE ft Leeuwarderadeel Ferslach fan de riedsgearkomste fan de gemeente "
        "Ljouwerteradiel op tongersdei 22 juny 2017 om 19.30 oere yn It gemeentehüs fan Stiens. "
        "Oanwêzich: de froulju C.G. Bijsterbosch (PvdA), U.C. de Voogd (PvdA). 1. lepening en "
        "meidielings foarsitter De voorzitter opent de vergadering en heet iedereen welkom.\n"
    )
    (meeting,) = _meetings(text)
    assert (meeting["meeting_date"], meeting["start_time"]) == (date(2017, 6, 22), time(19, 30))


def test_a_posting_stamp_s_hour_is_not_the_meeting_s_start() -> None:
    # pgoostkapelle.nl: a church's short report, posted months after the evening it reports
    text = (
        "Verslag gemeenteavond 27 november 2019\n\n"
        "Gepubliceerd op 12 februari 2020 om 12:00\n\n"
        "Kort verslag van de gemeenteavond op woensdag 27 november 2019 in de Zionskerk, "
        "aanvang 19.30 uur. 26 aanwezigen\n\n 1. Opening\n"
    )
    (meeting,) = _meetings(text)
    assert (meeting["meeting_date"], meeting["start_time"]) == (date(2019, 11, 27), time(19, 30))


def test_a_portals_date_of_publication_is_not_the_sittings_date() -> None:
    # publicatie.gelinkt-notuleren.vlaanderen.be, the Flemish portal local and provincial
    # councils publish their minutes on: the page's `Datum publicatie` over the sitting's
    # title, its `Geplande start` the hour the sitting was called for
    text = (
        "Datum publicatie: 13 oktober 2022\n\n"
        "Notulen van de Provincieraad Vlaams-Brabant, van 20/09/2022 14:00\n\n"
        "Geplande start: 20/09/2022 14:00\n\n"
        "Locatie: Provincieraadzaal\n\n"
        "Aanwezige leden\n\n"
        " • Luka Augustijns (Provincieraadslid)\n"
        " • Stef Boogaerts (Provincieraadslid)\n"
    )
    (meeting,) = _meetings(text)
    assert (meeting["meeting_date"], meeting["start_time"]) == (date(2022, 9, 20), time(14, 0))


def test_an_old_typescript_s_whole_hour_is_the_start() -> None:
    # West-Brabants Archief, Rijsbergen 1968: `te 16,- uur`
    text = (
        "NOTULEN van de openbare vergadering van de raad der gemeente RIJSBERGEN op Donderdag "
        "12 september 1968 te 16,- uur in de raadzaal van het gemeentehuis. Aanwezig: A. Smit.\n"
    )
    (meeting,) = _meetings(text)
    assert meeting["start_time"] == time(16, 0)


def test_the_hour_after_a_date_whose_month_ocr_misread_is_the_start() -> None:
    # West-Brabants Archief, Oudenbosch 1953: `uctober`, the evening's hour after it
    text = (
        "VERGADERING VAN DE GEMEENTERAAD op Maandag, 12 uctober 1953 des avonds om 20.00 uur "
        "Aanwezig de leden; J.A.J.P. Keij, C.A. van Oosterhout, H.M. Rubbens. Voorzitter: B. "
        "Punk. 1Opening De voorzitter opent de vergadering met gebed.\n"
    )
    (meeting,) = _meetings(text)
    assert (meeting["meeting_date"], meeting["start_time"]) == (date(1953, 10, 12), time(20, 0))


def test_a_stray_stop_before_the_month_and_an_afternoon_hour_after_it() -> None:
    # West-Brabants Archief, Prinsenbeek 1962: `vrijdag 5 .januari 1962 te 7 uur n.m.`
    text = (
        "-59- NOTULEU van het behandelde in de openbare ver gadering van de Raad der gemeente "
        "Prinsenbeek op vrijdag 5 .januari 1962 te 7 uur n.m. Aanwezig zijn de leden: M.C.van "
        "der Westen, H.Lotstra en P.de Vooght. Voorzitter: P J.A.Baetens. 1 .Opening. De "
        "VOORZITTER opent de vergadering.\n"
    )
    (meeting,) = _meetings(text)
    assert (meeting["meeting_date"], meeting["start_time"]) == (date(1962, 1, 5), time(19, 0))


def test_a_flemish_approved_record_titled_in_capitals_after_a_letterhead_dates_its_sitting() -> (
    None
):
    # oud-turnhout.be (2010): the page on one line, the title run on into a sentence about
    # the later sitting that approved it
    text = (
        "gemeentebestuur Oud-Turnhout - informatiedienst - tel 014-46 22 06 - www.oud-turnhout.be "
        "GOEDGEKEURD VERSLAG VAN DE GEMEENTERAADSZITTING VAN DONDERDAG 15 APRIL 2010 - 19.30u Het "
        "verslag van de zitting van april 2010 werd goedgekeurd in de zitting van mei 2010. "
        "OPENBARE ZITTING 1. Goedkeuring verslag vorige zitting. Het ontwerpverslag van de "
        "gemeenteraadszitting van 18 maart 2010 wordt unaniem goedgekeurd. 2. Stadsregio "
        "Turnhout: jaarrekening 2009. De heer burgemeester overloopt de jaarrekening 2009 en het "
        "verslag van de accountant van de Stadsregio Turnhout. Deze documenten worden door de "
        "gemeenteraad besproken en de vergadering gaat verder met het volgende punt.\n"
    )
    (meeting,) = _meetings(text)
    assert meeting["meeting_date"] == date(2010, 4, 15)


def test_a_decision_pages_sitting_code_dates_the_meeting_over_its_publication_date() -> None:
    # Ninove publishes each council decision as a page titled by the sitting's code (`GR`,
    # then the day as yyyymmdd) and the day the page went out
    text = (
        "GR20180125 Punt 20. Cultuur - adviesraden voor cultuurbeleid - goedkeuring "
        "(publicatiedatum 14 maart 2018)\n\n"
        "Gelet op het gemeentedecreet; \n\n"
        "Besluit:\n\n"
        "met 25 ja-stemmen (Vanderpoorten Dirk, De Jonge Tania, Coppens Katie)\n"
    )
    assert _dated(text)[1] == [date(2018, 1, 25)]


def test_a_head_that_left_the_sittings_date_blank_takes_no_date_from_its_items() -> None:
    # a transcript of an extract of Arendonk's minutes: `ZITTING VAN:` lost its date, and
    # the only date printed is that of another body's meeting named in item 1
    text = (
        "UITTREKSEL UIT DE NOTULEN VAN DE GEMEENTERAAD ZITTING VAN:\n\n"
        "1 PROVINCIE ANTWERPEN GEMEENTE ARENDONK UITTREKSEL UIT DE NOTULEN VAN DE "
        "GEMEENTERAAD ZITTING VAN: Aanwezig: Verontschuldigd: Blockx Rob, voorzitter. "
        "Hendrickx Kristof, burgemeester. Bouwen Luc, Hermans An, Segers Joke, schepenen. "
        "De gemeenteraad van Arendonk. 1. Buitengewone algemene vergadering van IOK op 18 "
        "december 2018 De agenda van de buitengewone algemene vergadering van 18 december "
        "2018 bevat volgende agendapunten: 1. Statutenwijziging\n"
    )
    assert _dated(text)[1] == [None]


#: a form's head flattened onto one line with the page (a docplayer transcript), its date
#: field printed blank: the next label follows `Datum:` at once, and the only dates further
#: on are the earlier record the sitting approves and the next sitting
_BLANK_DATE_FIELD = (
    "Verslag overlegvergadering\n\nTranscriptie\n\n"
    "1 Verslag overlegvergadering OPR Datum: Aanwezig namens oudergeleding: Jan Bos "
    "(Stg. Kavor), Piet Kok (Stg. Lek College) Afwezig: Tom Jansen (Stg. Lek College) "
    "1. Opening De voorzitter opent de vergadering. 2. Verslag Het verslag van de "
    "vergadering van 12 november 2013 wordt vastgesteld. 3. De volgende vergadering is op "
    "20 maart 2014.\n"
)


def test_a_blank_date_field_gives_no_date_not_a_later_one() -> None:
    meetings = _meetings(_BLANK_DATE_FIELD)
    assert [m["meeting_date"] for m in meetings] == [None]


@pytest.mark.parametrize(
    ("value", "field"),
    [
        # SIKB's CCvD, 2006 (docplayer): the date, the other fields after it
        ("11 december 2006 Tijd : uur Plaats : Hoog Brabant te Utrecht",
         "11 december 2006 Tijd : uur Plaats : Hoog Brabant te Utrecht"),
        # a column of labels flattened before its values: the first value is the date's
        ("Tijd: Plaats: dinsdag 12 maart 2014 20.00 uur Raadzaal",
         "dinsdag 12 maart 2014 20.00 uur Raadzaal"),
        ("Aanwezig namens oudergeleding: Jan Bos (Stg. Kavor), vergadering van 12 november 2013",
         None),
        ("Aanwezig: Afwezig: Notulist: Carola, Vanessa, Jessy", None),
    ],
)  # fmt: skip
def test_the_value_of_a_date_field_on_a_flattened_line(value: str, field: str | None) -> None:
    assert date_field(value) == field


def test_a_letter_spaced_head_without_its_year_gives_no_date() -> None:
    # docplayer's transcript of a Flemish council's record (Zonnebeke, 2019) spaced its title
    # out and lost its zeros: the title's day has no year, the earlier sitting's `219` is none
    text = (
        "De voorzitter opent de vergadering om uur\n\nTranscriptie\n\n"
        "1 V E R S L A G VA N D E G E M E E N T E R A A D VA N 2 5 M A A RT Aanwezig Afwezig "
        "D. Sioen: Burgemeester; T. D'Alleine: Voorzitter gemeenteraad; I. Vandepitte, J. "
        "Vandoolaeghe, K. Meersseman, S. Vanderhaeghen, J. Jonckheere: Schepenen; S. "
        "Verstraete: Algemeen Directeur Verontschuldigd De voorzitter opent de vergadering om "
        "2. uur Openbare zitting 1. Goedkeuren van de notulen van de vorige zitting dd. 11 "
        "februari 219\n"
    )
    assert [m["meeting_date"] for m in _meetings(text)] == [None]


@pytest.mark.parametrize(
    ("head", "start", "place"),
    [
        # docplayer transcripts that lost the end of the sitting's hours: Groningen's States
        # committee (2005), Zeeland's (2008)
        ("Verslag van de vergadering van de Statencommissie Landschap, Water en Milieu, "
         "gehouden op woensdag 12 januari 2005 van 9.00 uur tot uur in de Statenzaal van het "
         "Provinciehuis te Groningen. Aanwezige leden: dhr A. Maarsingh (voorzitter, CDA), dhr "
         "L. Meijndert (CDA), dhr A.A. van Dam (CDA).", time(9, 0), "Statenzaal"),
        ("Verslag van de vergadering van de Commissie Economie en Mobiliteit van 1 september "
         "2008 van 13:30 tot uur te Middelburg. Voorzitter: Aanwezig zijn de leden: C.W. "
         "Bierens, G. Bouterse, A.I.G. Dorst.", time(13, 30), "Middelburg"),
    ],
)  # fmt: skip
def test_a_range_whose_end_was_lost_gives_the_start(head: str, start: time, place: str) -> None:
    meeting = _meetings(f"Verslag\n\nTranscriptie\n\n1 {head}\n")[0]
    assert (meeting["start_time"], meeting["end_time"]) == (start, None)
    assert place in (meeting["location"] or "")


def test_a_decision_list_headed_by_its_sittings_date_over_its_items_is_dated_by_it() -> None:
    # web195 vechtstromen-db-besluitenlijst-2024-01-16: the sitting's date alone, the page's
    # publication line, the numbered items; the body from the decisions' sentences
    text = (
        "16 januari 2024\n"
        "Gepubliceerd op 29 januari 2024\n"
        " 1. Samenwerkingsovereenkomst Klimaat Actieve Stad Hengelo\n"
        " 2. Intentieverklaring Drentse aanpak ondermijning\n\n"
        "1. Samenwerkingsovereenkomst Klimaat Actieve Stad Hengelo\n\n"
        "Besluit\n\n"
        "Het dagelijks bestuur heeft op 16 januari 2024 besloten:\n"
    )
    meetings = _meetings(text)
    assert [(m["meeting_date"], m["body"]) for m in meetings] == [
        (date(2024, 1, 16), "dagelijks bestuur")
    ]


def test_an_item_naming_the_record_a_sitting_approves_does_not_date_it() -> None:
    # web194 vechtstromen-ab-besluitenlijst-2019-02-27: the first item approves January's
    # record; an item's committee is not the body that met
    text = (
        "27 februari 2019\n"
        "Onderwerpen:\n"
        " 1. Verslag vergadering 23 januari 2019\n"
        " 4. Instellen commissie geloofsbrieven\n\n"
        "Besluiten\n\n"
        "Verslag vergadering 23 januari 2019\n\n"
        "Vervolgens stelt het algemeen bestuur het verslag ongewijzigd vast.\n\n"
        "Het algemeen bestuur besluit conform voorstel:\n"
    )
    meetings = _meetings(text)
    assert [(m["meeting_date"], m["body"]) for m in meetings] == [
        (date(2019, 2, 27), "algemeen bestuur")
    ]


def test_a_date_alone_over_no_numbered_items_makes_no_decision_list() -> None:
    # web179 zaanprimair-gmr-2011-11-24-negatief opens on a date over a sitting's fields:
    # no items below it, so another reading decides (`date_over_items`)
    assert date_over_items(["24 november 2011", "GMR vergadering", "Tijdstip: 19.30 uur"]) is None
    assert date_over_items(["7 juli 2020", " 1. Beheerjaarrekening 2019"]) == date(2020, 7, 7)


# announced sittings: texts163-209 of the development set, each its news item's opening
_ANNOUNCED = [
    # web184 delft-raadsvergadering-aankondiging (gemeente Delft, 2022): the dateline first
    (
        "Laatste raadsvergadering voor het zomerreces\n\n4 juli 2022 – De gemeenteraad houdt op "
        "donderdag 7 juli de laatste raadsvergadering voor het zomerreces. De vergadering begint "
        "om 20.00 uur en wordt gehouden in de raadszaal in het stadhuis op de Markt.\n",
        date(2022, 7, 7),
    ),
    # web179 oostkustpolder-av-aankondiging-2024 (Oostkustpolder)
    (
        "Op 21 maart 2024 gaat de algemene vergadering van de stemgerechtigde ingelanden door. "
        "Een agendapunt betreft de verkiezing of herverkiezing van leden voor de aanvulling van "
        "het bestuur.\n",
        date(2024, 3, 21),
    ),
]


@pytest.mark.parametrize(("text", "day"), _ANNOUNCED)
def test_a_news_item_announcing_a_bodys_coming_sitting_records_and_dates_it(
    text: str, day: date
) -> None:
    (meeting,) = _meetings(text)
    assert meeting["meeting_date"] == day


def test_an_announced_sitting_without_a_year_is_recorded_undated_under_its_council() -> None:
    # web205 achtkarspelen-wmoraad-aankondiging (gemeente Achtkarspelen): no year printed
    text = (
        "Gemeente Achtkarspelen\n\nVergadering Wmo-raad\n\nDe Wmo-raad vergadert op "
        "dinsdagavond 14 december 19.00-21.00 uur in het Tillehûs in Kootstertille. De "
        "vergadering is openbaar, u bent van harte welkom.\n"
    )
    (meeting,) = _meetings(text)
    assert (meeting["meeting_date"], meeting["start_time"]) == (None, time(19, 0))
    assert meeting["body"] == "wmo-raad"


def test_a_sitting_told_in_the_past_or_about_the_next_meeting_is_no_announcement() -> None:
    from pipeline.meetings.dating import sitting_announced

    # web174 antwerpen-districtsraad-notulen-2013-11-25: a record's aside, no announcement
    assert sitting_announced("De districtsraad vergaderde op 25 november 2013.") is None
    assert sitting_announced("De volgende vergadering: de raad vergadert op 3 mei.") is None
    assert sitting_announced("De Wmo-raad vergadert op dinsdagavond 14 december") == (
        "dinsdagavond 14 december"
    )


def test_the_sitting_whose_record_is_approved_or_a_cited_act_dates_no_meeting() -> None:
    # texts174/antwerpen-districtsraad-notulen-2013-11-25, lines 2 and 5; a cited act as
    # texts168/zwalm-gr-2025-notulen-enig-artikel line 5 prints it: no line dates this sitting
    text = (
        "De districtsraad vergaderde op 25 november 2013.\n"
        "Decreet over het lokaal bestuur van 22.12.2017, art. 277 & 278 §2\n"
        "De districtsraad keurt de notulen van 25 november 2013 goed.\n"
    )
    assert all(m["meeting_date"] is None for m in _meetings(text))


#: texts246/rivierenland-cdh-terugkoppeling-2019-08-20 (a water board's report of its
#: executive's decisions), lines 1-3 as printed
_REPORTED_DECISIONS = (
    "Het CDH is het dagelijks bestuur van het waterschap en is belast met de dagelijkse gang "
    "van zaken voornamelijk op basis van door het algemeen bestuur vastgesteld beleid. Iedere "
    "veertien dagen vergadert het dagelijks bestuur.\n"
    "In de vergadering van 20 augustus 2019 zijn de volgende besluiten genomen.\n"
    "Voorstel: Vaststellen VKA (voorkeursalternatief) en Aanmeldingsnotitie MER\n"
    "Besluit:\n"
)


def test_a_news_item_reporting_its_one_sitting_by_full_date_records_and_dates_it() -> None:
    (meeting,) = _meetings(_REPORTED_DECISIONS)
    assert (meeting["meeting_date"], meeting["body"]) == (date(2019, 8, 20), "CDH")
    # texts179/isb-lokaal-sportbeleid-av-2025-06-19, lines 1-4: a news item on a general meeting
    text = (
        "Jaarverslag 2024 voorgesteld op de Algemene Vergadering\n"
        "Een jaar van inspiratie, impact en ontmoeting\n"
        "Op de digitale Algemene Vergadering van donderdag 19 juni 2025 blikten we terug op het "
        "jaar 2024 én keken we zoals steeds ook vooruit.\n"
    )
    (meeting,) = _meetings(text)
    assert meeting["meeting_date"] == date(2025, 6, 19)


def test_several_sittings_reported_or_another_meeting_or_no_year_report_no_sitting() -> None:
    from pipeline.meetings.dating import reported_sitting, sitting_reported

    # texts174/antwerpen-districtsraad-notulen-districtscollege-2020-01, lines 5-6: a list
    # of the college's sittings under a by-law's text, no account of one meeting
    lines = [
        "In de zitting van 14 januari 2020 (jaarnummer 12) keurde het districtscollege de "
        "notulen van de zitting van 7 januari 2020 goed;",
        "In de zitting van 21 januari 2020 (jaarnummer 17) keurde het districtscollege de "
        "notulen van de zitting van 14 januari 2020 goed;",
    ]
    assert reported_sitting(lines) is None
    assert sitting_reported("In de vorige vergadering van 3 mei 2019 is besloten.") is None
    assert sitting_reported("In de vergadering van 8 juni is besloten.") is None
    assert sitting_reported("De notulen van de vergadering van 3 mei 2019 gelezen.") is None


def test_only_letters_an_opening_sentence_defines_as_a_body_name_it() -> None:
    from pipeline.meetings.head import _defined_body

    assert _defined_body([_REPORTED_DECISIONS.splitlines()[0]]) == "CDH"
    assert _defined_body(["De raad is de hoogste baas van de gemeente."]) is None
    assert _defined_body(["De GMR is een orgaan van de scholen."]) is None


def test_an_epaper_hosts_upload_stamp_dates_no_sitting() -> None:
    # texts242/arendonk-jeugdraad-2013-03, lines 1-3 and 16-28: a YUMPU copy of a youth
    # council's minutes headed by the day the PDF was uploaded; the minutes give a month only
    # (`maart 2013`), so the sitting is undated (gold: meeting date null)
    text = (
        "09.09.2013 Views\n\nVerslag jeugdraad maart 2013 PDF, 195,4Kb - Arendonk\n\n"
        "SHOW MORE\nSHOW LESS\n\nCreate successful ePaper yourself\n\n"
        "Aanwezig: Niels Bosmans (jeugdhuis ’t Onkrooid), Kaatje Blockx, Sofie Baeyens en Eva<br />"
        "\n\nHulselmans (Meisjeschiro), Brent Leyten en Jens Lenaerts (Jongenschiro).<br />\n\n"
        "Verontschuldigd: Chiro De Vraai, JRK en Scouts.<br />\n\n"
        "Aanvraag projectsubsidie Zingt en Swingt<br />\n\n"
        "Aangezien Anneleen van Erfgoedcel Noorderkempen nog niet aanwezig is, starten we"
        " in<br />\n"
    )
    meetings = _meetings(text)
    assert meetings and all(m["meeting_date"] is None for m in meetings)
