"""Letters named by what they are, and a transcribed paper's run-on dateline.

A circular numbered in its series (`Omzendbrief BB 2014/2. Subsidies ...`), also under the
Belgisch Staatsblad's heading (`MINISTERIE ... [C 2004/36017] 4 JUNI Omzendbrief VR 2004/26.
...`, which dates it), is a letter (rule 20); a letter that asks under the Wob in the first
person (`Met een beroep op de Wet openbaarheid van bestuur (Wob), verzoek ik u ...`) is the
request, not the decision on it. A document site's transcription of a paper whose letterhead
fields run together on its first page line is dated by the dateline among them (`...
Documentnummer: B B Landgraaf, 19 mei 2017 ONDERWERP: ...`), not by a sitting field beside it.
Lines quoted from development texts (rounds AS, AW, AZ, BA, BC)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import classify_document, document_date

PLAIN = 3  # the title lines of a plain-text release

#: docplayer's viewer around the page it transcribes, as stored
_DOCPLAYER = (
    '{title}\n\nMaat: px\nWeergave met pagina beginnen:\n\nDownload "{title}"\n\nTranscriptie\n\n'
)


def _typed_and_dated(text: str) -> tuple[str, date | None]:
    doc_type, title = classify_document(text, PLAIN)
    return doc_type, document_date(doc_type, text, title)[0]


def test_a_circular_numbered_in_its_series_is_a_letter() -> None:
    # texts278/vlaanderen-omzendbrief-bb-2014-2-subsidies-gebouwen-eredienst-2014-03-28,
    # lines 1-9 (round BA): the period after its number is no sentence's end
    text = (
        "Omzendbrief BB 2014/2. Subsidies voor (niet-beschermde) gebouwen van de eredienst, "
        "gebouwen voor de openbare uitoefening van de niet-confessionele morele dienstverlening "
        "en crematoria\n\nDatum 28/03/2014\n\nInhoud\n\n(28/06/2014- ...)\n\n"
        "Aan de provinciegouverneurs\n\nTer kennisgeving aan:\n"
        "- de representatieve organen van de erkende erediensten\n"
    )
    assert _typed_and_dated(text) == ("letter", date(2014, 3, 28))


def test_a_circular_under_the_staatsblad_heading_is_a_letter_dated_by_it() -> None:
    # texts288/vlaamse-regering-omzendbrief-vr-2004-26-openbaarheid-2004-06-04, lines 1-9
    # (round BC, docplayer): no date field; the heading's day in its number's year
    title = (
        "MINISTERIE VAN DE VLAAMSE GEMEENSCHAP [C 2004/36017] 4 JUNI Omzendbrief VR 2004/26. "
        "Betreffende openbaarheid van bestuur"
    )
    text = _DOCPLAYER.format(title=title) + (
        f"1 {title} Belgisch Staatsblad dd Met het decreet van 26 maart 2004 betreffende de "
        "openbaarheid van bestuur en het besluit van de Vlaamse regering van 4 juni 2004 tot "
        "oprichting van de beroepsinstantie inzake de openbaarheid van bestuur wordt één "
        "regeling uitgewerkt die zal gelden voor alle bestuursniveaus die onder de bevoegdheid "
        "vallen van het Vlaamse Gewest en de Vlaamse Gemeenschap.\n"
    )
    assert _typed_and_dated(text) == ("letter", date(2004, 6, 4))


def test_a_circular_cited_in_a_sentence_names_no_title() -> None:
    text = (
        "Omzendbrief BB 2014/2 werd in de commissie besproken en de raad neemt er kennis van. "
        "Zij regelt de subsidies voor gebouwen van de eredienst.\n"
    )
    assert classify_document(text, PLAIN)[0] != "letter"


@pytest.mark.parametrize(
    "text",
    [
        # texts258/pvv-zeeland-wob-verzoek-coa-azc-2016-06-06, lines 5-18 (round AW)
        "Centraal Orgaan opvang asielzoekers (COA) t.a.v. Unit Staf/Juridische Zaken\n"
        "Postbus 3002\n2280 ME Rijswijk\n\nBetreft: Wob-verzoek inzake (gewelds-)incidenten "
        "in/rondom opvanglocaties door asielzoekers en de kosten van opvanglocaties in de "
        "provincie Zeeland\n\nDagtekening: 6 juni 2016\n\nGeachte heer, mevrouw,\n\n"
        "Graag zou ik informatie ontvangen over (gewelds-)incidenten in en rondom "
        "opvanglocaties begaan door asielzoekers en de kosten van opvanglocaties in de "
        "provincie Zeeland.\nMet een beroep op de Wet openbaarheid van bestuur (Wob), verzoek "
        "ik u om mij de volgende informatie toe te sturen:\n",
        # texts288/amsterdam-wob-verzoek-participatie-meervaart-2021-03-23, lines 1-11
        # (round BC)
        "23 maart WOB-verzoek participatie Meervaart\n\nAmsterdam, 23 maart 2021\n\n\n"
        "Geachte meneer, mevrouw,\n\nMet een beroep op de wet Openbaar Bestuur wil ik een "
        "verzoek tot inzage doen tot alle interne/externe\ncommunicatie/documentatie (inclusief "
        "e-mail/sociale media/Whats app berichten, memo’s en al het\nandere van deze "
        "strekking)\n\nMet vriendelijke groet,\n\nMaikel van Leeuwen\n",
    ],
)
def test_a_request_under_the_wob_in_the_first_person_is_a_letter(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "letter"


def test_a_decision_that_tells_the_request_stays_a_decision() -> None:
    # the decision tells what the requester asked under the law, in the second person
    text = (
        "Postbus 20401\n2500 EK Den Haag\n\nDatum 12 maart 2021\n"
        "Betreft Besluit op uw Wob-verzoek\n\nGeachte heer X,\n\n"
        "Bij brief van 3 januari 2021 heeft u met een beroep op de Wet openbaarheid van "
        "bestuur (Wob) verzocht om documenten over de participatie.\n\n"
        "Besluit\nIk heb besloten uw verzoek gedeeltelijk toe te wijzen.\n\n"
        "Hoogachtend,\n\nDe minister van Binnenlandse Zaken\n"
    )
    assert classify_document(text, PLAIN)[0] == "woo_decision"


@pytest.mark.parametrize(
    ("title", "page", "day"),
    [
        # texts288/landgraaf-raadsvoorstel-referendumverordening-2017-05-19, line 10 (BC)
        (
            "Voorstel raad en raadsbesluit",
            "1 Voorstel raad en raadsbesluit Gemeente Landgraaf Documentnummer: B B Landgraaf, "
            "19 mei 2017 ONDERWERP: Referendumverordening gemeente Landgraaf 2017 "
            "Raadsvoorstelnummer: 45 Verantwoordelijke portefeuillehouder(s): Burgemeester "
            "Behandelend ambtenaar voor technische vragen: T.J.W.G. Dortu Telefoonnummer: "
            "Organisatieonderdeel: Griffie Behandeld in BenW d.d.: 19 mei 2017",
            date(2017, 5, 19),
        ),
        # texts273/waterschapsblad-sittard-zienswijze-begroting-wbl-2011-06-21, line 13 (AZ)
        (
            "WATERSCHAPSBLAD 2011, NUMMER 27 BIJL.: 1 Agendapunt: 12",
            "1 AB WATERSCHAPSBLAD 2011, NUMMER 27 BIJL.: 1 Agendapunt: 12 Sittard, 21 juni 2011 "
            "AAN HET ALGEMEEN BESTUUR Onderwerp: Zienswijze ontwerpbegroting 2012 en "
            "meerjarenraming Waterschapsbedrijf Limburg Voorstel De in dit waterschapsblad "
            "beschreven aspecten inbrengen als zienswijze bij het bestuur van het "
            "Waterschapsbedrijf Limburg. Op 13 mei 2011 is de ontwerpbegroting 2012 en "
            "meerjarenraming van het Waterschapsbedrijf Limburg ontvangen.",
            date(2011, 6, 21),
        ),
        # texts238/heumen-raadsvoorstel-onderzoek-samenwerking-2013-02-05, line 10 (AS): the
        # sitting it goes to (`Raadsvergadering : 21 februari 2013`) is a later day
        (
            "1. Kennis te nemen van de uitkomsten van het onderzoek op basis van de motie van "
            "20 december 2012.",
            "1 Raadsvergadering : 21 februari 2013 Agendanummer : Onderwerp : Onderzoek "
            "samenwerking Wordt behandeld door : Paul Mengde Malden, 5 februari 2013 Aan de "
            "raad, Inleiding Op 20 december 2012 heeft de gemeenteraad van Heumen in een motie "
            "gevraagd nader onderzoek te doen naar de mogelijkheden van ambtelijke of "
            "bestuurlijke fusie met de gemeenten Mook en Middelaar en de MUG-gemeenten.",
            date(2013, 2, 5),
        ),
    ],
)
def test_a_transcribed_pages_run_on_dateline_dates_it(title: str, page: str, day: date) -> None:
    text = _DOCPLAYER.format(title=title) + page + "\n"
    assert _typed_and_dated(text)[1] == day


def test_a_weekday_before_a_comma_is_no_dateline() -> None:
    # the same head with the sitting's day in the dateline's place: no place, no dateline
    page = (
        "1 Raadsvergadering : Dinsdag, 21 februari 2013 Agendanummer : Onderwerp : Onderzoek "
        "samenwerking Wordt behandeld door : Paul Mengde Aan de raad, Inleiding Op 20 december "
        "2012 heeft de gemeenteraad van Heumen in een motie gevraagd nader onderzoek te doen "
        "naar de mogelijkheden van ambtelijke of bestuurlijke fusie met de gemeenten Mook."
    )
    text = _DOCPLAYER.format(title="Onderzoek samenwerking") + page + "\n"
    assert _typed_and_dated(text)[1] != date(2013, 2, 5)
