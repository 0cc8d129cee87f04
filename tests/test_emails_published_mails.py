"""Mails that web pages publish, quoted from real pages: a mail printed without its header
(its reply-prefixed subject as the page's title, or the day it came in on the line that
introduces it), a header whose rows the page ran together (`Verzonden: <time>; <To list>`),
and a forum thread whose posts answered by mail each quote the notification they answer
under Outlook's reply rule, oldest first (each post's header heads a chain of its own)."""

from __future__ import annotations

from datetime import date

from test_emails_header_layouts import _read

from pipeline.documents import classify_document, text_document_lines

# texts38/blekersveld-buytentwist-reactie: a society's mail to the college, published with
# its subject as the post's title
REPLY_TITLED = """Re: uitnodiging voor een gesprek met de wethouder

Posted on

Geacht college,

Naar aanleiding van de reactie van de Stichting Blekersveld Groen 23 oktober j.l. op uw
uitnodiging op 28 oktober, willen ook wij als bestuur hier niet aan deelnemen.

Met vriendelijke groet,
voorzitter Buytentwist"""

# texts71/vwgboz-mail-verzilting-zoommeer-2019: a member posts a mail he received
INTRODUCED = """Pages Navigation Menu

Nee tegen verzilting Zoommeer

Vanmorgen 8 oktober 2019 ontving ik onderstaande e-mail omtrent de brief met argumenten.

M.v.g.,

Hidde

Beste ondertekenaar,

Wat een ongelooflijk indrukwekkende lijst is het geworden. Ruim 120 ondertekenaars!

Vriendelijke groet,

Actiecomité zoet Krammer-Volkerak-Zoommeer"""

# texts47/zouweboezem-provincie-mail: the page names a mail only in the body
NO_HEADER_VALUE = """Correctie van de Provincie

Geachte leden van de adviesgroep,

In reactie op bijgaande mail van de buurtvereniging Zouweboezem:

Met vriendelijke groet,

Michaël Vossen
Email: mtm.vossen@pzh.nl"""


def test_a_mail_titled_with_its_reply_subject_is_one_message() -> None:
    assert classify_document(REPLY_TITLED)[0] == "email"
    (mail,) = _read(REPLY_TITLED)
    assert mail["subject"] == "Re: uitnodiging voor een gesprek met de wethouder"
    assert mail["position"] == 0
    assert mail["sent_at"] is None and mail["sender"] is None and mail["recipients"] == []


def test_the_day_a_published_mail_came_in_dates_it() -> None:
    assert classify_document(INTRODUCED)[0] == "email"
    (mail,) = _read(INTRODUCED)
    assert mail["sent_at"].date() == date(2019, 10, 8)
    assert (mail["sent_at"].hour, mail["sent_at"].minute) == (0, 0)
    assert mail["subject"] is None


def test_a_mail_named_only_in_its_body_gives_no_message() -> None:
    # no value a message row could hold: no subject heading, no day above the greeting
    assert _read(NO_HEADER_VALUE) == []
    # a date below the greeting is the mail's text, not the day it came in
    body_dated = INTRODUCED.replace("Vanmorgen 8 oktober 2019 ontving ik onderstaande", "Zie")
    body_dated += "\n\nOp 9 oktober 2019 stuurden wij deze mail door."
    assert _read(body_dated) == []


# texts56/avu-ab-uitnodiging-2021: the page ran the `Aan:` row onto the sent row, its label lost
RUN_TOGETHER = """Van: Frans van Dijk <f.van.dijk@avu.nl>

Verzonden: vrijdag 26 november 2021 09:28; bestuurssecretariaat@leusden.nl; m.limon@soest.nl;

Onderwerp: Uitnodiging, agenda en vergaderstukken tbv. de vergadering van het Algemeen Bestuur

Aan de leden van het Algemeen Bestuur van de AVU Geacht Bestuurslid,"""


def test_addresses_after_the_sent_time_are_the_to_list_whose_label_was_lost() -> None:
    (mail,) = _read(RUN_TOGETHER)
    assert mail["sender"] == "f.van.dijk@avu.nl"
    assert mail["recipients"] == [
        ("to", "leusden.nl", False, None),
        ("to", "soest.nl", False, None),
    ]
    # with its `Aan:` label the list is the To field's, read once
    labelled = RUN_TOGETHER.replace("09:28; ", "09:28\nAan: ")
    assert [r[1] for r in _read(labelled)[0]["recipients"]] == ["leusden.nl", "soest.nl"]


# texts38/afvalinfo-reimerswaal-2022: a GitHub issue whose user answered twice by mail
FORUM_THREAD = """heyajohnny/afvalinfo · issue #283 · closed · Python
# Gemeente reimerswaal

Vabis1010 · comment · 2022-04-11
Pontboden in reimerswaal 4416CK

Outlook voor Android<https://aka.ms/AAb9ysg> downloaden
________________________________
From: heyajohnny ***@***.***>
Sent: Monday, April 11, 2022 8:05:12 PM
To: heyajohnny/afvalinfo ***@***.***>
Cc: Vabis1010 ***@***.***>; Author ***@***.***>
Subject: Re: [heyajohnny/afvalinfo] Gemeente reimerswaal (Issue #283)

Heb je misschien een postcode voor mij?

Vabis1010 · comment · 2022-04-12
Oke wachten we even af tot na volgend weekend.

Outlook voor Android<https://aka.ms/AAb9ysg> downloaden
________________________________
From: heyajohnny ***@***.***>
Sent: Tuesday, April 12, 2022 11:10:44 AM
To: heyajohnny/afvalinfo ***@***.***>
Cc: Vabis1010 ***@***.***>; Author ***@***.***>
Subject: Re: [heyajohnny/afvalinfo] Gemeente reimerswaal (Issue #283)

Volgens de officie"""


def test_a_later_header_under_a_reply_rule_opens_no_other_print() -> None:
    assert [first for first, _ in text_document_lines(FORUM_THREAD)] == [1]
    # the same header without the rule above it is the first of another print
    printed = FORUM_THREAD.replace("downloaden\n________________________________\n", "\n")
    assert len(text_document_lines(printed)) == 2


def test_a_header_sent_later_than_the_one_above_heads_a_chain_of_its_own() -> None:
    # each post quotes the one notification it answers: both head their chain
    mails = _read(FORUM_THREAD)
    assert [(m["sent_at"].day, m["position"]) for m in mails] == [(11, 0), (12, 0)]
    # a thread printed newest first quotes older messages below: they count on
    newest_first = FORUM_THREAD.replace("Tuesday, April 12", "Sunday, April 10")
    assert [m["position"] for m in _read(newest_first)] == [0, 1]
