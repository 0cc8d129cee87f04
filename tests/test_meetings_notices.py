"""The sittings a notice or invitation announces (`pipeline.meetings.notices`): the day, hour,
body and place its sentences tell, and the sittings it lists one per line. The lines are
quoted from the saved texts of the gold files named."""

from __future__ import annotations

from datetime import date, time

from pipeline.documents import documents_from_text
from pipeline.meetings import extract_meetings
from pipeline.meetings.notices import noticed_sittings


def _meetings(text: str) -> list[dict]:
    pages, docs = documents_from_text(text, "x")
    return extract_meetings({**docs[0], "pages": [pages[0]]})[0]


def _fields(meeting: dict) -> tuple:
    return (
        meeting["body"],
        meeting["meeting_date"],
        meeting["start_time"],
        meeting["end_time"],
        meeting["location"],
    )


#: web288 wilck-en-wiericke-bekendmaking-verenigde-vergadering-2003-10-01 (lines 1-18, cut)
_WILCK = (
    "Wilck en Wiericke\n\n"
    "De dijkgraaf, voorzitter van het Waterschap Wilck en Wiericke, maakt als voorzitter van de"
    " Verenigde Vergadering bekend, dat op:\n"
    "woensdag 22 oktober 2003 om 20.00 uur een openbare bijeenkomst van de Verenigde Vergadering"
    " zal worden gehouden in het kantoor van het waterschap, Herman Heijermanslaan 4 te"
    " Waddinxveen.\n"
    "Op de agenda van deze bijeenkomst staan onder meer de volgende zaken:\n"
    "* Vaststelling legger watergangen en waterkeringen\n\n"
    "Ter voorbereiding van deze vergadering zullen de volgende commissies bijeenkomen op de"
    " daarbij genoemde data:\n"
    "* Commissie Financiën, maandag 6 oktober 2003 om 14.00 uur\n"
    "* Commissie Waterstaat, woensdag 8 oktober 2003 om 13.30 uur\n"
    "De op de te behandelen onderwerpen betrekking hebbende vergaderstukken liggen vanaf de"
    " datum van deze bekendmaking tot de aanvang van de vergaderingen voor een ieder op"
    " werkdagen van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur kosteloos ter inzage.\n\n"
    "Waddinxveen, 1 oktober 2003\n"
    "De dijkgraaf van het waterschap, ing. C.M. Kroes\n"
)


def test_a_notice_of_a_sitting_and_the_committee_sittings_it_lists() -> None:
    # the hours the papers lie open (`van 9.00 tot 12.00 uur`) are not the sitting's end
    assert [_fields(m) for m in _meetings(_WILCK)] == [
        (
            "Verenigde Vergadering",
            date(2003, 10, 22),
            time(20, 0),
            None,
            "kantoor van het waterschap, Herman Heijermanslaan 4 te Waddinxveen",
        ),
        ("Commissie Financiën", date(2003, 10, 6), time(14, 0), None, None),
        ("Commissie Waterstaat", date(2003, 10, 8), time(13, 30), None, None),
    ]


#: web163 fronteers-alv-uitnodiging-2010 (lines 1-11, the sentence cut after the hour)
_FRONTEERS = (
    "---\ntitle: 'Meld je aan voor de Algemene Ledenvergadering 2010'\ndate: 2010-11-06\n"
    "author: Tom Greuter\ncategories:\n    - Bijeenkomsten\n    - Leden\n    - Vereniging\n---\n\n"
    "Woensdag 24 november a.s. houden we onze jaarlijkse algemene ledenvergadering (ALV). De ALV"
    " vindt plaats in de Haasse/Vestdijkzaal van de Openbare Bilbliotheek Amsterdam"
    " (Oosterdokskade 143, 1011 DL). We beginnen om 19.00 uur en denken maximaal twee uur nodig"
    " te hebben.\n\nDe agenda is als volgt:\n\n1. Welkom en opening door de voorzitter\n"
    "2. Rondvraag\n3. Sluiting\n"
)


def test_an_invitation_tells_its_hour_and_place_in_sentences_of_their_own() -> None:
    # dated by the sentence over the post's own date; the street address in brackets left out
    assert [_fields(m) for m in _meetings(_FRONTEERS)] == [
        (
            "algemene ledenvergadering",
            date(2010, 11, 24),
            time(19, 0),
            None,
            "Haasse/Vestdijkzaal van de Openbare Bilbliotheek Amsterdam",
        )
    ]


def test_a_news_item_announcing_a_sitting_takes_its_year_from_the_items_date() -> None:
    # web276 knkv-bondsraad-aankondiging-2020-negatief (lines 1, 3 and 16)
    text = (
        "Bondsraad 27 juni\n\nZaterdag 27 juni vindt om 10.00 uur de Bondsraad plaats. De stukken"
        " zijn inmiddels naar alle verenigingen verstuurd.\n\nDatum: 29 mei 2020 uur"
    )
    assert [_fields(m) for m in _meetings(text)] == [
        ("Bondsraad", date(2020, 6, 27), time(10, 0), None, None)
    ]


def test_an_invitation_sentence_gives_the_sittings_place() -> None:
    # web165 drechtraad-agenda-2013-09-03 (line 13, cut): the hour left blank in the copy
    line = (
        "1 De voorzitter nodigt de leden van de Drechtraad uit voor de openbare vergadering van de"
        " Drechtraad op dinsdag 3 september 2013 van uur in het Energiehuis, kamer Ketel 2,"
        " Noordendijk 148 te Dordrecht. de voorzitter van de Drechtraad, drs. A.A.M. Brok"
    )
    [sitting] = noticed_sittings([line])
    assert (sitting.day, sitting.start) == ("dinsdag 3 september 2013", None)
    assert sitting.place == "Energiehuis, kamer Ketel 2, Noordendijk 148 te Dordrecht"


def test_a_sitting_told_in_passing_is_no_notice() -> None:
    # web276 knkv-bondsraad-aankondiging-2020-negatief (line 11): no day, no announcement
    line = (
        "Vanwege de maatregelen omtrent het coronavirus vindt de Bondsraad in een afgeslankte"
        " vorm plaats met minder aanwezigen."
    )
    assert noticed_sittings([line]) == []
