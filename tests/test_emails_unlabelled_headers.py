"""Mail headers without labels or with masked addresses, each written for the test in its
layout: a mail archive's page (pipermail: the subject as the page title, the sender with
` at ` for `@`, the C library's date), a mail client's list line (number, date, sender,
subject on one line), a dated sender line without a time, and a reply whose mailer masked
every address (`Naam ***@***.***>`, doubled as an Outlook `<mailto:...>` link)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from test_emails_header_layouts import _read

from pipeline.documents import classify_document, document_date
from pipeline.emails import find_timestamp, parse_addresses

ARCHIVE_PAGE = """[Gemeente-l] Kaartlagen van de gemeente

Piet Verbeek piet.verbeek at voorbeeldnet.nl
Wed Mar 3 09:15:02 BST 2021


Hallo allemaal,

De gemeente stelt haar kaartlagen voortaan open beschikbaar.
"""

LIST_LINE = """Berichten
========

3 Tue, 5 Mar 2019 14:02:11 +0000 "Bakker, T. (Gemeente Zeist)" <t.bakker@zeist.nl> RE: verzoek om
 inzage in de stukken Geachte heer Smit,

Uw verzoek is ontvangen en wordt behandeld.

Met vriendelijke groet,
T. Bakker
"""

DATED_SENDER = """antwoord
======

2019/04/08 Loket Rechtbank <loket@rechtbank.nl<mailto:loket@rechtbank.nl>>
Geachte mevrouw Smit,

Wij hebben uw bericht ontvangen. Wij kunnen u helaas niet verder helpen.

Met vriendelijke groet,
Het loket
"""

MASKED_REPLY = """Van: janssen ***@***.***>
Verzonden: maandag 7 juni 2021 10:12
Aan: gemeente/afvalkalender ***@***.*** <mailto:***@***.***> >
CC: Pietje ***@***.*** <mailto:***@***.***> >; Author ***@***.***>
Onderwerp: Re: [gemeente/afvalkalender] Nieuwe ophaaldagen (#12)

Dag Pietje,

Het is aangepast.
"""


def test_c_library_date_of_an_archive_page_is_read_with_its_zone():
    stamp = find_timestamp("Wed Mar 3 09:15:02 BST 2021")
    assert stamp is not None
    assert stamp.value == datetime(2021, 3, 3, 9, 15, 2, tzinfo=timezone(timedelta(hours=1)))
    assert stamp.raw == "Wed Mar 3 09:15:02 BST 2021"
    dutch = find_timestamp("Wo Mrt 3 09:15:02 UTC 2021")
    assert dutch is not None and dutch.value.hour == 9 and dutch.value.utcoffset() == timedelta(0)
    # the calendar's one vocabulary of weekdays and months: full names, a dot, no zone
    full = find_timestamp("Thursday December 9 21:01:27 GMT 2010")
    assert full is not None and full.value.replace(tzinfo=None) == datetime(2010, 12, 9, 21, 1, 27)
    short = find_timestamp("Sat. Okt 14 8:05:00 2017")
    assert short is not None and short.value.replace(tzinfo=None) == datetime(2017, 10, 14, 8, 5)


def test_archive_page_is_one_mail_from_its_title_and_masked_address():
    (mail,) = _read(ARCHIVE_PAGE)
    assert mail["subject"] == "[Gemeente-l] Kaartlagen van de gemeente"
    assert mail["sender"] == "piet.verbeek@voorbeeldnet.nl"
    assert mail["sender_domain"] == "voorbeeldnet.nl"
    assert mail["sent_at"].strftime("%Y-%m-%d %H:%M") == "2021-03-03 09:15"
    assert mail["recipients"] == []
    assert classify_document(ARCHIVE_PAGE) == ("email", "[Gemeente-l] Kaartlagen van de gemeente")
    assert document_date("email", ARCHIVE_PAGE, None)[0] == date(2021, 3, 3)


def test_title_name_and_date_without_an_archive_address_are_no_mail():
    text = ARCHIVE_PAGE.replace("piet.verbeek at voorbeeldnet.nl", "namens de werkgroep")
    assert _read(text) == []
    assert classify_document(text)[0] != "email"


def test_list_line_is_a_mail_with_its_wrapped_subject_cut_at_the_salutation():
    (mail,) = _read(LIST_LINE)
    assert mail["sender"] == "t.bakker@zeist.nl"
    assert mail["subject"] == "RE: verzoek om inzage in de stukken"
    assert mail["sent_at"] == datetime(2019, 3, 5, 14, 2, 11, tzinfo=UTC)
    assert classify_document(LIST_LINE)[0] == "email"
    assert document_date("email", LIST_LINE, None)[0] == date(2019, 3, 5)


def test_dated_sender_line_without_time_dates_the_mail_by_its_day():
    (mail,) = _read(DATED_SENDER)
    assert mail["sender"] == "loket@rechtbank.nl"
    assert mail["sender_name"] == "Loket Rechtbank"
    assert mail["subject"] is None
    assert mail["sent_at"].date() == date(2019, 4, 8) and mail["sent_at"].hour == 0
    assert classify_document(DATED_SENDER)[0] == "email"  # greets as a letter does
    assert document_date("email", DATED_SENDER, None)[0] == date(2019, 4, 8)


def test_date_in_running_text_before_an_address_is_no_sender_line():
    text = "Op 8 april 2019 schreef ik naar <loket@rechtbank.nl> over mijn zaak.\n"
    assert _read(text) == []


def test_masked_addresses_leave_the_display_names_redacted():
    (mail,) = _read(MASKED_REPLY)
    assert mail["sender"] is None
    assert mail["sender_name"] == "janssen"
    assert mail["sender_redacted"] is True
    assert mail["recipients"] == [
        ("to", None, True, "gemeente/afvalkalender"),
        ("cc", None, True, "Pietje"),
        ("cc", None, True, "Author"),
    ]


def test_address_masked_without_a_name_is_one_redacted_person():
    value = "***@***.*** <mailto:***@***.***>  ***@***.*** <mailto:***@***.***> > >"
    assert parse_addresses(value) == [
        {"address": None, "domain": None, "redacted": True, "name": None}
    ]
