"""Printed mails whose own header is a column of bare labels (`Van:` / `Verzonden:` /
`Aan:` / `Onderwerp:`): a mail program's table with the values whited out, or read by OCR
column by column, the values that are left below the column in the labels' order. Layouts
written for the test."""

from __future__ import annotations

from datetime import date

from test_emails_header_layouts import _minute, _read

from pipeline.documents import document_date, text_document_lines

# a print stamp above the column; the subject beside its label; the quoted mail below
STAMP_ABOVE = """vrijdag 3 maart 2023 09:15
Van:
Verzonden:
Aan:
Onderwerp: FW: afspraak wijkteam
Van: ▮@gemeente.nl>
Verzonden: donderdag 2 maart 2023 16:40
Aan: ▮@wijkteam.nl>
Onderwerp: afspraak wijkteam
Dag, zullen we volgende week afspreken?
Groet,
"""

# the values below the column: the sent time, the subject, a file name
VALUES_BELOW = """Van:
Verzonden:
Aan:
Onderwerp:
Bijlagen:
woensdag 8 maart 2023 10:02
FW: cijfers meldingen
overzicht meldingen.xlsx
Zie bijlage.
"""


def test_print_stamp_above_a_label_column_is_the_sent_time_of_one_message() -> None:
    found = _read(STAMP_ABOVE)
    assert [_minute(e) for e in found] == ["2023-03-03 09:15", "2023-03-02 16:40"]
    top = found[0]
    assert top["subject"] == "FW: afspraak wijkteam"
    assert top["position"] == 0
    # the whited-out `Aan:` of the table: one recipient, redacted
    assert top["recipients"] == [("to", None, True, None)]


def test_values_below_a_label_column_are_read_in_the_labels_order() -> None:
    (top,) = _read(VALUES_BELOW)
    assert _minute(top) == "2023-03-08 10:02"
    assert top["subject"] == "FW: cijfers meldingen"
    assert top["attachments"] == ["overzicht meldingen.xlsx"]
    assert top["recipients"] == [("to", None, True, None)]


def test_a_column_whose_first_value_is_no_time_is_left_alone() -> None:
    # the time printed elsewhere and the recipients' names below the labels: not the
    # labels' order, so the first line below is no subject
    text = """Woensdag 1 maart 2023 11:50
Team Wijkzaken
From:
Sent:
To:
Subject:
Team Jeugd en Veiligheid
brief aan de wethouders
"""
    found = _read(text)
    assert all(e["subject"] != "Team Jeugd en Veiligheid" for e in found)


def test_a_label_column_after_a_page_number_opens_the_next_printed_mail() -> None:
    first = STAMP_ABOVE + "Met vriendelijke groet,\nAdviseur\n2\n"
    second = "Van:\nVerzonden:\nAan:\nOnderwerp: FW: overlast\nVan: ▮@gemeente.nl>\n"
    second += "Verzonden: dinsdag 7 maart 2023 17:23\nAan:\nOnderwerp: FW: overlast\nTekst.\n"
    n = first.count("\n")
    assert text_document_lines("Besluit\n\n" + first + second)[-2:] == [
        (3, n + 2),
        (n + 3, n + 2 + second.count("\n")),
    ]


def test_a_printed_mail_is_dated_by_its_own_stamp_not_the_quoted_mail() -> None:
    assert document_date("email", STAMP_ABOVE, None)[0] == date(2023, 3, 3)
    assert document_date("email", VALUES_BELOW, None)[0] == date(2023, 3, 8)
    # the top header prints no date at all: the quoted mail's date is not the print's
    undated = "Van:\nVerzonden:\nAan:\nOnderwerp: FW: overlast\nVan: ▮@gemeente.nl>\n"
    undated += "Verzonden: dinsdag 7 maart 2023 17:23\nAan:\nOnderwerp: FW: overlast\n"
    assert document_date("email", undated, None)[0] is None


def test_a_domain_glued_to_a_box_is_read_where_it_is_a_known_domain() -> None:
    text = """Van: HH^HH^^HHHI^^EHH@utre¥cht.nl>
Verzonden: dinsdag 27 juni 2023 15:53
Aan: HBH^HBBM^HBj|^B^)amersfoort.nl>
Onderwerp: FW: overleg
Tekst.
Van: BBBMBBHHBHI^xqzvwk.nl>
Verzonden: dinsdag 27 juni 2023 10:00
Aan: politie. nl>
Onderwerp: overleg
Tekst.
"""
    top, quoted = _read(text)
    assert top["sender_domain"] == "utrecht.nl"
    assert top["recipients"] == [("to", "amersfoort.nl", True, None)]
    # a name that is no known or printed domain is not made up
    assert quoted["sender_domain"] is None
    assert quoted["recipients"] == [("to", "politie.nl", True, None)]


def test_quoted_headers_with_a_garbled_date_and_a_glued_label_are_messages() -> None:
    # the top header's values below its label column, its date garbled by a box; the quoted
    # headers lost their From line and the colon of `Verzonden` to the boxes
    text = """Van:
Verzonden:
Aan:
Onderwerp:
g^^rc^^^februari 2023 14:01
FW: voorstel opvang
VerzondenMwoensda^^ueustu^022 15:49
Onderwerp: RE: voorstel opvang
Dat hoor ik volgende week.
Verzonden^/oensdaj^^ugustu^022 11:21
Aan:
Onderwerp: voorstel opvang
Wellicht is de sporthal beschikbaar.
"""
    found = _read(text)
    assert [e["subject"] for e in found] == [
        "FW: voorstel opvang",
        "RE: voorstel opvang",
        "voorstel opvang",
    ]
    assert [e["position"] for e in found] == [0, 1, 2]
    assert all(e["sent_at"] is None for e in found)
    assert found[1]["recipients"] == []
    assert found[2]["recipients"] == [("to", None, True, None)]


def test_a_word_glued_to_a_capital_in_running_text_is_no_label() -> None:
    text = "Geachte heer,\nOnderwerpAB is besproken.\nMet vriendelijke groet,\n"
    assert _read(text) == []


def test_a_mail_window_screenshot_gives_the_windows_message_and_the_quoted_one() -> None:
    text = """0 9 O - FW: klacht buitendienst - Bericht (HTML) □ X
Bestand Bericht Help
FW: klacht buitendienst
j@voorbeeld.nl >
Beantwoorden Allen beantwoorden Doorsturen
Aan • Info Mailbox wo 17-6-202012:37
-----— Oorspronkelijk bericht ——
Datum: 16-06-20 15:57 (GMT+01:00)
Onderwerp: klacht
Goedemiddag,
"""
    window, quoted = _read(text)
    assert _minute(window) == "2020-06-17 12:37"
    assert window["subject"] == "FW: klacht buitendienst"
    assert window["sender_domain"] == "voorbeeld.nl"
    assert window["recipients"] == [("to", None, False, "Info Mailbox")]
    # the zone with its offset: 15:57 at +01:00
    assert quoted["sent_at"].utcoffset().total_seconds() == 3600
    assert quoted["subject"] == "klacht"
    assert document_date("email", text, "FW: klacht buitendienst")[0] == date(2020, 6, 17)


def test_a_to_line_with_a_broken_label_gives_the_sender_no_domain() -> None:
    text = """Van: HRH1
Verzonden: maandag 28 november 2022 15:59
Aa n HH1 HBHji@gemeente.nl>
Onderwerp: RE: cijfers |
Tekst.
"""
    (msg,) = _read(text)
    assert msg["sender_domain"] is None
    assert msg["subject"] == "RE: cijfers"
