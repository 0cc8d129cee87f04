"""Minutes as printed in texts no rule was written from (issue 8, extraction that carries
over; excerpts of the web122/web123 texts, cut short): a record's title block below another
piece (a periodical's masthead and contents, a volume's title page, the meeting's agenda)
opens a document dated by that block; a contents page dates nothing; OCR damage in the
block's date; the attendance lists of old society minutes ("Tegenwoordig de heeren:",
initialled couples, noble and patronymic names, a page run onto one line) and the sentences
of council minutes that say who was away."""

from __future__ import annotations

from datetime import date

from pipeline.dates import parse_date, repair_date_span
from pipeline.documents import documents_from_text
from pipeline.meetings import extract_meetings, extract_participants


def _records(text: str) -> list[tuple]:
    """(first line, doc_type, doc_date, meeting dates, participant names) per document."""
    pages, documents = documents_from_text(text, "x")
    out = []
    for document, page in zip(documents, pages, strict=True):
        meetings, people = extract_meetings({**document, "pages": [page]})
        out.append((
            document["first_line"], document["doc_type"], document["doc_date"],
            [m["meeting_date"] for m in meetings], [p["name"] for p in people],
        ))  # fmt: skip
    return out


def _people(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


NEWSLETTER = """FRANJE Jaargang 4, Afl. 7; 28 februari 2001

Mededelingen uit de Secties “Snellen” en “Ter Haar” van de Nederlandse Entomologische Vereniging

Redactie: Frans Groenen, Maurice Jansen en Jaap van Vuure. Kopij voor Franje 8 inleveren vóór 1 augustus 2001. Abonnementen voor niet-leden f 20,- per jaar. Logo door Sjaak Koster.

INHOUD Verslag van de najaarsbijeenkomst van de sectie “Snellen” die werd gehouden op 28 oktober 2000 te Lexmond ...... 1 Verslag van de najaarsbijeenkomst van de sectie “Ter Haar” op 21 oktober 2000 te Lexmond...... 6 Excursie naar De Slangenburg 6-8 juli 2001...... 13

VERSLAG VAN DE NAJAARSBIJEENKOMST VAN DE SECTIE "SNELLEN" DIE WERD GEHOUDEN OP 28 OKTOBER 2000 TE LEXMOND

Aanwezig: mevrouw De Prins en de heren Asselbergs, Biesenbaum, T. en W. Garrevoet, Gielis, C. en G. van Lettow, Zwier.

Afwezig met kennisgeving de heren: Cox en Van Nieukerken.
"""  # noqa: E501


def test_a_newsletter_s_masthead_and_contents_are_no_part_of_the_minutes_below_them():
    masthead, minutes = _records(NEWSLETTER)
    assert masthead == (1, "other", date(2001, 2, 28), [], [])
    assert minutes[:4] == (9, "minutes", date(2000, 10, 28), [date(2000, 10, 28)])
    assert minutes[4] == [
        "De Prins", "Asselbergs", "Biesenbaum", "T. Garrevoet", "W. Garrevoet", "Gielis",
        "C. van Lettow", "G. van Lettow", "Zwier", "Cox", "Van Nieukerken",
    ]  # fmt: skip


AGENDA_AND_MINUTES = """Reguliere vergadering Adviesraad/locatie gemeentehuis Winsum

Agenda

1.    Welkom
2.    Vaststellen van de agenda
3.    Vaststellen van de notulen van 24 juni 2022
4.    Mededelingen vanuit het bestuur: folders; sollicitatiecommissie; uitnodiging regiobijeenkomst
a. adviezen: ambtelijke reactie op advies conceptbeleidsplan Sociaal domein en Samenleving
5.    Ingekomen/verzonden post
6.    Gemeente Het Hogeland: mededelingen en evaluatie kennismaking wethouders
7.    Domeinen: adviezen over het conceptbeleidsplan Sociaal domein en Samenleving
8.    WVTTK/Rondvraag
9.    Sluiting

Notulen van de vergadering van de Adviesraad Het Hogeland van 23 september 2022 in het gemeentehuis te Winsum.

Aanwezig: S. Olinga (waarnemend voorzitter), A. Griede (secretaris), T. Dijkman, M. Bolt

1. Welkom
"""  # noqa: E501


def test_the_agenda_above_the_minutes_is_a_document_its_approved_record_does_not_date():
    agenda, minutes = _records(AGENDA_AND_MINUTES)
    assert agenda == (1, "agenda", None, [], [])
    assert minutes == (
        16, "minutes", date(2022, 9, 23), [date(2022, 9, 23)],
        ["S. Olinga", "A. Griede", "T. Dijkman", "M. Bolt"],
    )  # fmt: skip


TITLE_PAGE = """TIJDSCHRIFT VOOR ENTOMOLOGIE
UITGEGEVEN DOOR
DE NEDERLANDSCHE ENTOMOLOGISCHE VEREENIGING
ONDER REDACTIE VAN Mr. A. F. A. LEESBERG, Dr. J. TH. OUDEMANS, Dr. ED. J. G. EVERTS en
Dr. A. C. OUDEMANS, met medewerking van Mr. D. L. UYTTENBOOGAART en vele leden der vereeniging
ACHT-EN-VEERTIGSTE DEEL
JAARGANG 1905
Eerste, Tweede en Derde Aflevering met 7 platen, met een register van de beschreven soorten
(28 October 1905)
S-GRAVENHAGE MARTINUS NIJHOFF 1905
VERSLAG
VAN DE
ACHT-EN-DERTIGSTE WINTERVERGADERING
DER
NEDERLANDSCHE ENTOMOLOGISCHE VEREENIGING, GEHOUDEN TE ROTTERDAM
op Zondag, 209 Januari 1905,
des morgens ten 11 ure.
Voorzitter de heer Dr. J. Th. Oudemans.
Tegenwoordig de heeren: P. J. van den Bergh Lzn., Mr. A. Brants, Dr: J. Büttikofer, Jhr. Dr. Hd. J. G. Everts, H. A. de Vos tot Nederveen Cappel en Mr. L. H. D. de Vos tot Nederveen Cappel.
De heeren C. J. H. Bierman, M. Caland en F. J. M. Heylaerts zonden bericht, dat zij verhinderd waren de vergadering bij te wonen.
"""  # noqa: E501


def test_a_journal_s_title_page_is_no_part_of_the_winter_meeting_s_record():
    cover, minutes = _records(TITLE_PAGE)
    assert cover[:4] == (1, "other", date(1905, 10, 28), [])
    assert minutes[:4] == (11, "minutes", date(1905, 1, 29), [date(1905, 1, 29)])


def test_the_heeren_present_and_those_who_sent_word_they_could_not_come():
    assert _people(TITLE_PAGE[TITLE_PAGE.index("Voorzitter") :]) == [
        ("J. Th. Oudemans", "voorzitter", "present"),
        ("P. J. van den Bergh Lzn", None, "present"),
        ("A. Brants", None, "present"),
        ("J. Büttikofer", None, "present"),
        ("Hd. J. G. Everts", None, "present"),
        ("H. A. de Vos tot Nederveen Cappel", None, "present"),
        ("L. H. D. de Vos tot Nederveen Cappel", None, "present"),
        ("C. J. H. Bierman", None, "absent"),
        ("M. Caland", None, "absent"),
        ("F. J. M. Heylaerts", None, "absent"),
    ]


def test_an_ocr_digit_in_a_day_is_undone_by_the_weekday_printed_before_it():
    assert repair_date_span("op Zondag, 209 Januari 1905,") == "op Zondag, 29 Januari 1905,"
    assert repair_date_span("op Woensdag, 209 Januari 1905") == "op Woensdag, 209 Januari 1905"
    assert parse_date(repair_date_span("den 19den Juni 1884")).value == date(1884, 6, 19)
    assert repair_date_span("dag 24 April 19 46 middags") == "dag 24 April 1946 middags"


YEARBOOK = (
    "Handelingen der algemeene vergadering van de Maatschappij der Nederlandsche Letterkunde te"
    " Leiden, gehouden aldaar den 19den Juni 1884, in het gebouw van de Maatschappij ‘tot Nut"
    " van 't Algemeen.’ Jaarboek van de Maatschappij der Nederlandse Letterkunde, 1884 5"
    " Tegenwoordig de Leden van het Bestuur: Dr. J.G.R. Acquoy, Voorzitter; Dr. W.N. Du Rieu;"
    " D. Hartevelt, Penningmeester. De Leden: Dr. M.F.A.G. Campbell; S. van Deventer Jszn.;"
    " Mr. W.J. Baron d'Ablaing van Giessenburg; G.H. Van Borssum Waalkes; C.J. Gonnet."
)


def test_a_yearbook_page_run_onto_one_line_dates_its_meeting_and_lists_its_members():
    [(_, doc_type, doc_date, meetings, people)] = _records(f"Jaarboek 1884\n\n{YEARBOOK}\n")
    assert (doc_type, doc_date, meetings) == ("minutes", date(1884, 6, 19), [date(1884, 6, 19)])
    assert people == [
        "J.G.R. Acquoy", "W.N. Du Rieu", "D. Hartevelt", "M.F.A.G. Campbell",
        "S. van Deventer Jszn", "W.J. Baron d'Ablaing van Giessenburg",
        "G.H. Van Borssum Waalkes", "C.J. Gonnet",
    ]  # fmt: skip


def test_a_list_under_a_heading_without_colon_and_names_of_a_noble_house():
    text = (
        "Aanwezige bestuursleden\nGerard van der Wende, voorzitter\nErik Ottevanger\n"
        "Afwezig met kennisgeving: Maarten Splinter\n\n"
        "Aanwezig: Inge Lenseclaes, burgemeester\n"
        "Stefan Vanderlinden, Yves de Marnix de Sainte Aldegonde (Graaf), Geoffroy d'Aspremont"
        " Lynden (Graaf), Ingrid Degand, gemeenteraadsleden\n"
    )
    assert _people(text) == [
        ("Gerard van der Wende", "voorzitter", "present"),
        ("Erik Ottevanger", None, "present"),
        ("Maarten Splinter", None, "absent"),
        ("Inge Lenseclaes", "burgemeester", "present"),
        ("Stefan Vanderlinden", "gemeenteraadslid", "present"),
        ("Yves de Marnix de Sainte Aldegonde", "gemeenteraadslid", "present"),
        ("Geoffroy d'Aspremont Lynden", "gemeenteraadslid", "present"),
        ("Ingrid Degand", "gemeenteraadslid", "present"),
    ]


def test_a_list_parted_by_dashes_and_the_flemish_excused_label():
    text = (
        "Aanwezig: Anckaert Christof -Behaeghe Christian- Behaeghe Steef- Verhamme Jef-\n\n"
        "Verontsch. Behaeghe Johnny -Coorevits Joost- Vermoere Walt-\n"
    )
    assert _people(text) == [
        ("Anckaert Christof", None, "present"),
        ("Behaeghe Christian", None, "present"),
        ("Behaeghe Steef", None, "present"),
        ("Verhamme Jef", None, "present"),
        ("Behaeghe Johnny", None, "absent"),
        ("Coorevits Joost", None, "absent"),
        ("Vermoere Walt", None, "absent"),
    ]


def test_council_minutes_say_who_was_away_and_who_came_later():
    assert _people(
        "De raadsleden N. Hopman, H. de Lang en I. Pieterse waren met kennisgeving afwezig"
        " evenals wethouder R. de Jong."
    ) == [
        ("N. Hopman", "raadslid", "absent"),
        ("H. de Lang", "raadslid", "absent"),
        ("I. Pieterse", "raadslid", "absent"),
        ("R. de Jong", "wethouder", "absent"),
    ]
    lines = [
        (1, "Mevrouw Natasja Bennink (GroenLinks) en de heer Johan de Vries (VZ Westerkwartier)"
            " zijn vandaag met kennisgeving afwezig. De heer Geert de Jong (VZ Westerkwartier)"
            " zal later op de middag aanschuiven."),
    ]  # fmt: skip
    assert [(p["name"], p["role"], p["organisation"], p["status"]) for p in
            extract_participants(lines)] == [
        ("Natasja Bennink", None, "GroenLinks", "absent"),
        ("Johan de Vries", None, "VZ Westerkwartier", "absent"),
        ("Geert de Jong", None, "VZ Westerkwartier", "present"),
    ]  # fmt: skip


POST = """jaarvergadering VDO over 2018

26 januari 2019 door Liesbeth

Op vrijdagavond, met het gevaar voor ijzel in de lucht hangend, is om 20.06 de jaarvergadering van start gegaan.

Aanwezig waren het voltallig bestuur (Louis, Eric, Martijn, Gerrit en Paul) en verder Sietse, Bouke en Tim.

Tim leest de notulen
"""  # noqa: E501


def test_a_post_tells_its_meeting_by_weekday_and_the_board_by_first_names_in_brackets():
    [(_, _, _, meetings, _)] = _records(POST)
    assert meetings == [date(2019, 1, 25)]
    assert _people(POST) == [
        ("Louis", "bestuurslid", "present"),
        ("Eric", "bestuurslid", "present"),
        ("Martijn", "bestuurslid", "present"),
        ("Gerrit", "bestuurslid", "present"),
        ("Paul", "bestuurslid", "present"),
        ("Sietse", None, "present"),
        ("Bouke", None, "present"),
        ("Tim", None, "present"),
    ]
