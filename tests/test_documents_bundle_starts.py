"""Where a document starts inside the OCR text of a whole Woo bundle without page marks:
a printed mail dated later than the header above it, a letter's letterhead right after the
document before, a screenshot of a mail window; a request letter that is no decision; a
council record dated by the session its chair opens.
Layouts written for the test."""

from __future__ import annotations

from datetime import date

from pipeline.documents import classify_document, document_date, text_document_lines

THREAD = """Van: ▮@gemeente.nl>
Verzonden: dinsdag 7 maart 2023 17:23
Aan: ▮@wijkteam.nl>
Onderwerp: RE: overlast
Prima, dank je.
Van: ▮@wijkteam.nl>
Verzonden: maandag 6 maart 2023 09:10
Aan: ▮@gemeente.nl>
Onderwerp: overlast
Kun je bellen?
Met vriendelijke groet,
1
"""

REQUEST = """Van: < >
Verzonden: maandag 19 juni 2023 14:33
Aan: Info Mailbox
Onderwerp: Woo verzoek
Graag ontvang ik alle stukken.
"""


def _starts(text: str) -> list[int]:
    return [first for first, _ in text_document_lines(text)]


def test_a_header_sent_later_than_the_one_above_opens_another_print() -> None:
    n = THREAD.count("\n")
    assert _starts(THREAD + REQUEST) == [1, n + 1]


def test_older_quoted_headers_stay_in_their_thread() -> None:
    assert _starts(THREAD) == [1]


LETTER_BODY = "\n".join(
    f"Regel {k} van de brief over de aanvraag van de vergunning." for k in range(12)
)

LETTERHEAD = """Gemeente
Stadsveen
Postadres:
Postbus 12
1234 AB Stadsveen
Uw bericht 3 mei 2021
Behandeld door
Onderwerp Reactie op uw klacht
Geachte mevrouw,
Wij hebben uw klacht ontvangen.
"""


def test_a_letterhead_after_another_document_opens_a_letter_from_its_logo() -> None:
    text = "Besluit op uw aanvraag\n" + LETTER_BODY + "\nMet vriendelijke groet,\nDe adviseur\n"
    starts = _starts(text + LETTERHEAD)
    assert starts == [1, text.count("\n") + 1]


def test_a_mail_signature_with_the_same_address_block_opens_nothing() -> None:
    signature = "Met vriendelijke groet,\nAdviseur\nGemeente Stadsveen\nPostbus 12\n"
    signature += "1234 AB Stadsveen\nVan: ▮@wijkteam.nl>\nVerzonden: maandag 6 maart 2023 09:10\n"
    signature += "Aan: ▮@gemeente.nl>\nOnderwerp: klacht\nGeachte heer,\nIk heb een klacht.\n"
    text = THREAD.replace("1\n", "") + signature
    assert _starts(text) == [1]


def test_a_mail_window_screenshot_is_an_email_of_its_own() -> None:
    window = "0 9 O - FW: klacht buitendienst - Bericht (HTML) □ X\nBestand Bericht Help\n"
    window += "FW: klacht buitendienst\nDoorsturen\nHallo, zie de klacht hieronder.\n"
    text = "Besluit op uw aanvraag\n" + LETTER_BODY + "\n"
    assert _starts(text + window) == [1, text.count("\n") + 1]
    assert classify_document(window) == ("email", "FW: klacht buitendienst")


def test_a_woo_request_letter_is_a_letter_not_the_decision() -> None:
    request = """Retouradres: Omroep, Postbus 1, 1200 AA Hilversum
Datum 2 juni 2023
Onderwerp Indiening Woo-verzoek inzake meldingen
Geachte leden van het college,
Namens de omroep dienen wij bij u een Woo-verzoek in op grond van de Woo.
Met vriendelijke groet,
"""
    assert classify_document(request)[0] == "letter"
    decision = request.replace(
        "Namens de omroep dienen wij bij u een Woo-verzoek in op grond van de Woo.",
        "Op uw Woo-verzoek van 2 juni 2023 besluiten wij op grond van de Woo als volgt.",
    ).replace("Indiening Woo-verzoek", "Besluit op uw Woo-verzoek")
    # the decision greets the requester; a letter that greets the college is written to it
    decision = decision.replace("Geachte leden van het college,", "Geachte heer Smit,")
    assert classify_document(decision)[0] == "woo_decision"


def test_a_council_record_is_dated_by_the_session_its_chair_opens() -> None:
    text = "De voorzitter opent de zitting op 28/11/2023 om 20:05.\n"
    text += "- decreet lokaal bestuur van 22 december 2017 en de latere wijzigingen\n"
    text += "De notulen van de vorige zitting worden goedgekeurd.\n"
    assert document_date("minutes", text, None)[0] == date(2023, 11, 28)


# a committee's report of a consultation held in writing, over the letter it sent (written
# for the test in the parliamentary papers' construction)
WRITTEN_REPORT = """12 345 Wijziging van de Wet op de dijkbewaking

Nr. 7 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 3 juni 2021

De vaste commissie voor Waterstaat heeft de minister vragen gesteld over de dijkbewaking.

De griffier van de commissie, Jansen

"""
SENT_LETTER = """BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR WATERSTAAT

Aan de Minister van Infrastructuur en Waterstaat

Den Haag, 2 mei 2021

De commissie heeft nog enkele vragen over de bewaking van de dijken in het voorjaar.
"""


def test_a_report_of_a_written_consultation_is_no_minutes_and_its_letter_is_its_own() -> None:
    text = WRITTEN_REPORT + SENT_LETTER
    assert _starts(text) == [1, WRITTEN_REPORT.count("\n") + 1]
    assert classify_document(WRITTEN_REPORT, title_lines=3)[0] == "report"
    assert classify_document(SENT_LETTER, title_lines=3)[0] == "letter"
    assert document_date("report", WRITTEN_REPORT, None)[0] == date(2021, 6, 3)


def test_a_paper_s_own_head_above_its_addressee_opens_no_letter_of_its_own() -> None:
    # the number, title and labels of a letter to parliament end no sentence above it
    head = "Kamerstuk 12345-7\n\nWijziging van de Wet op de dijkbewaking\n\n"
    head += "Indiener: de minister\n\n"
    assert _starts(head + SENT_LETTER) == [1]


COVERING = """Hierbij bied ik u de antwoorden aan op de vragen van de vaste commissie.

{signature}

{below}
"""


def test_what_follows_a_ministers_signed_covering_letter_is_its_enclosure() -> None:
    enclosure = (
        "Evaluatie subsidieregeling 2023\n\nInleiding\n\nIn 2022 is de regeling herzien. "
        "Deze evaluatie beschrijft de gevolgen.\n\nDe uitvoering verliep volgens plan."
    )
    signatures = [
        "De Minister van Financiën,\n\nW.B. Hoekstra",
        "DE STAATSSECRETARIS VAN DEFENSIE\nC.A. Jansen",
        "De minister van Onderwijs, Cultuur en Wetenschap, drs. R.H.A. Dijkgraaf",
    ]
    for signature in signatures:
        text = COVERING.format(signature=signature, below=enclosure)
        first = text[: text.index("Evaluatie")].count("\n") + 1
        assert _starts(text) == [1, first]


def test_a_signed_letter_printed_again_with_its_head_or_a_pages_link_is_one_letter() -> None:
    signature = "De Minister van Financiën,\nW.B. Hoekstra"
    again = "Ons kenmerk 2024-0001\nOnderwerp Antwoorden\nHierbij bied ik u de antwoorden aan."
    for below in (again, "Naar boven"):
        assert _starts(COVERING.format(signature=signature, below=below)) == [1]
