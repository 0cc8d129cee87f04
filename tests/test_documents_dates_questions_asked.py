"""A written question is dated by the day it was put where its own head prints that day:
a council site's `Indiendatum:` field, a Senate question's `van <member> d.d. <date>`
header (`documents.dating._asked_dates`, pattern `question_asked` in doc_types.json), over
the date of an answer the page gives or only names. Lines quoted from the development gold
(tests/gold/web270, web285, web293); gold rule: a written question is dated by its
submission (tests/gold/README.md, rule 21; the notes of web29, web72)."""

from __future__ import annotations

from datetime import date

from pipeline.documents import document_date

# texts293/pijnacker-nootdorp-pvdd-ppn-vragen-bomenkap-veenweg-2022-12-15.txt, lines 1-4
# and 19-24 (gold web293: 2022-12-15, the answers only linked)
_PIJNACKER = (
    "Schriftelijke vragen bomenkap Veenweg Nootdorp\n\n\n"
    "Indiendatum: 15 dec. 2022\n\n"
    "Toelichting\n\n"
    "De gemeente heeft een omgevingsvergunning afgegeven 6982219 voor het kappen van negen"
    " bomen op het perceel naast Veenweg 57 in Nootdorp.\n\n"
    "Vragen\n\n"
    "  1. Welke gevolgen heeft het voor de in en nabij de bomen aanwezige flora en fauna?\n\n"
    "Carla van Viegen Partij voor de Dieren\n"
    "Dilara Gök PPN\n\n"
    "Indiendatum: 15 dec. 2022\n"
    "Antwoorddatum: 22 feb. 2023\n\n"
    "Klik hier voor de antwoorden.\n"
)

# texts270/senaat-vraag-6-2270-woninginbraken-vlaamse-rand-negatief.txt, lines 1-24 and 34
# (gold web270: 2019-01-24; texts285's question 4-7210 has the same head, gold 2010-03-12)
_SENAAT = (
    "Tweetalige printerversie Eentalige printerversie\n\n"
    "Schriftelijke vraag nr. 6-2270\n\n"
    "van Peter Van Rompuy (CD&V) d.d. 24 januari 2019\n\n"
    "aan de minister van Veiligheid en Binnenlandse Zaken\n\n"
    "Woninginbraken - Vlaamse Rand rond Brussel - Cijfers - Strijd - Beleid - Overleg met de"
    " betrokken overheden\n\n"
    "diefstal\nprovincie Vlaams-Brabant\nofficiŽle statistiek\n\n"
    "Chronologie\n\n"
    "24/1/2019 Verzending vraag (Einde van de antwoordtermijn: 28/2/2019 )\n"
    "4/3/2019 Antwoord\n\n"
    "Herindiening van : schriftelijke vraag 6-1284\n\n"
    "Vraag nr. 6-2270 d.d. 24 januari 2019 : (Vraag gesteld in het Nederlands)\n\n"
    "Graag hierbij ook een opsplitsing per politiezone en per gemeente in de Vlaamse Rand.\n\n"
    "Antwoord ontvangen op 4 maart 2019 :\n\n"
    "De algemene nationale gegevensbank (ANG) is een politiedatabank.\n"
)


def test_a_council_sites_submission_field_dates_the_question_over_the_answers_date() -> None:
    assert document_date("council_questions", _PIJNACKER, None) == (date(2022, 12, 15), False)


def test_a_senate_questions_header_dates_it_over_its_answer() -> None:
    assert document_date("council_questions", _SENAAT, None) == (date(2019, 1, 24), False)


def test_without_its_submission_field_the_answers_date_field_still_dates_the_questions() -> None:
    text = _PIJNACKER.replace("Indiendatum: 15 dec. 2022\n", "")
    assert document_date("council_questions", text, None) == (date(2023, 2, 22), False)


def test_a_submission_field_without_its_day_leaves_the_answers_date() -> None:
    # as the province's page of web243 (gelderland): `Indiendatum: mei 2018`
    text = _PIJNACKER.replace("Indiendatum: 15 dec. 2022", "Indiendatum: december 2022")
    assert document_date("council_questions", text, None) == (date(2023, 2, 22), False)


def test_a_member_named_without_a_date_leaves_the_answer() -> None:
    # without the header's `d.d.` (nor the question's own row) the answer dates it again
    text = _SENAAT.replace("van Peter Van Rompuy (CD&V) d.d.", "van Peter Van Rompuy (CD&V) op")
    text = text.replace("Vraag nr. 6-2270 d.d. 24 januari 2019", "Vraag nr. 6-2270")
    text = text.replace("24/1/2019 Verzending vraag", "Verzending vraag")
    assert document_date("council_questions", text, None)[0] != date(2019, 1, 24)


def test_a_paper_with_its_own_date_field_is_not_dated_by_the_question_it_cites() -> None:
    # an answer on the college's paper cites the question's header under its own Datum field
    text = _SENAAT.replace(
        "Schriftelijke vraag nr. 6-2270\n\n",
        "Schriftelijke vraag nr. 6-2270\n\nDatum: 6 maart 2019\n\n",
    )
    assert document_date("council_questions", text, None) == (date(2019, 3, 6), False)
