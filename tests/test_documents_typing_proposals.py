"""A proposal put to a board is a `memo` (tests/gold/README.md rule 20), even where its marks
would type it minutes: a form field naming the sitting it goes to, a committee's advice
above an account of earlier meetings. What it puts to the board is proposed. Real lines of
development texts, shortened."""

from __future__ import annotations

from pipeline.documents import (
    classify_document,
    proposes_to_a_board,
    typed_minutes_as_proposed,
)

#: texts238/heumen-raadsvoorstel-onderzoek-samenwerking-2013-02-05, line 10 (a docplayer copy's
#: first page on one line; gold: memo, five proposals)
_HEUMEN = (
    "1 Raadsvergadering : 21 februari 2013 Agendanummer : Onderwerp : Onderzoek samenwerking"
    " Wordt behandeld door : Paul Mengde Malden, 5 februari 2013 Aan de raad, Inleiding Op 20"
    " december 2012 heeft de gemeenteraad van Heumen in een motie gevraagd nader onderzoek te"
    " doen naar de mogelijkheden van ambtelijke of bestuurlijke fusie met de gemeenten Mook en"
    " Middelaar en de MUG-gemeenten. Voorgesteld wordt: 1. Kennis te nemen van de uitkomsten"
    " van het onderzoek op basis van de motie van 20 december 3. Af te zien van een ambtelijke"
    " of bestuurlijke fusie met de MUG-gemeenten.\n"
)

#: texts248/woerden-raadsvoorstel-kadernota-ggd-2015-01-13, lines 1-10: a docplayer copy, its
#: download line quoting the first page (gold: memo)
_WOERDEN = (
    "Gemeente Woerden. De bevoegdheid van de raad komt voort uit de volgende wet- en/of"
    ' regelgeving:\n\nMaat: px\nWeergave met pagina beginnen:\n\nDownload "Gemeente Woerden. De'
    ' bevoegdheid van de raad komt voort uit de volgende wet- en/of regelgeving:"\n\n'
    "Transcriptie\n\n"
    "1 Gemeente Woerden 15R RAADSVOORSTEL 15R gemeente WOERDEN Indiener: college van"
    " burgemeester en wethouders Datum: 13 januari 2015 Portefeuillehouder(s): wethouder Koster"
    " Onderwerp: Concept Kadernota 2016 G G D regio Utrecht De raad besluit: Kennis te nemen van"
    " de concept Kadernota 2016 van de G G D regio Utrecht Aandacht te vragen voor: 2.1 de"
    " mogelijke financiële gevolgen van de geschetste ontwikkeling in de Kadernota\n"
)

#: texts243/delft-griffie-nota-werkwijze-raad-commissies-2008, lines 1-14 and 35-38 (gold: memo)
_DELFT = (
    "1) Aanleiding\nHet presidium heeft op 7 april jl. de griffier\nverzocht te komen met een"
    " advies over een herziene werkwijze van de raad en\ncommissies. Het voorliggende advies is"
    " gebaseerd op gesprekken en discussies\nvan de afgelopen maanden.[1]\nHet stuk is in het"
    " presidium van 13 mei jl. en het\nfractievoorzittersoverleg van 29 mei jl. grotendeels"
    " onderschreven. De gemaakte\nopmerkingen zijn hierbij verwerkt.\n"
    "Het presidium heeft verder uitgesproken te streven\nnaar besluitvorming in de raad over de"
    " nieuwe werkwijze op 10 juli a.s.\n2)\nAdvies\nDe commissie wordt\ngeadviseerd:\n- de"
    " notitie en de\nvoorstellen 1 t/m 18 te onderschrijven en met een positief advies aan de"
    " raad\nop 10 juli a.s. voor te leggen.\n"
)


def test_a_proposal_whose_form_names_its_sitting_is_a_memo() -> None:
    assert classify_document(_HEUMEN, 3)[0] == "memo"
    assert typed_minutes_as_proposed(_HEUMEN)


def test_a_raadsvoorstel_form_over_its_fields_is_a_memo() -> None:
    assert classify_document(_WOERDEN, 3)[0] == "memo"
    assert typed_minutes_as_proposed(_WOERDEN)


def test_an_advice_to_a_committee_is_a_memo() -> None:
    joined = _DELFT.replace("wordt\ngeadviseerd", "wordt geadviseerd")
    assert proposes_to_a_board(_DELFT)
    assert classify_document(joined, 3)[0] != "minutes"
    # no lead-in over points of its own: its advice is read by its labels only
    assert not typed_minutes_as_proposed(_DELFT)


def test_minutes_that_list_who_attended_stay_minutes() -> None:
    # the negative case: a record with its roll, its proposal named in an item
    text = (
        "Verslag van de raadsvergadering van 21 februari 2013\n\nAanwezig: de heren Jansen,"
        " Pietersen en mevrouw De Vries\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
        "2. Voorstel aan de raad, Inleiding door de wethouder\nDe raad stemt in.\n"
    )
    assert classify_document(text, 3)[0] == "minutes"
    assert not proposes_to_a_board(text)
