"""Header layouts of real Woo releases' e-mails, each written for the test in its layout:
Outlook's Dutch and English headers, names redacted as a code (`5.1.2e`) or as a tool's
bracket (`[GELAKT: 5.1.2e]`), quoted headers (`> Van:`), a forwarded original under
`-----Oorspronkelijk bericht-----` with Outlook's `[mailto:...]` link, a US locale's numeric
sent time, a header that prints no date and one pasted into notes without a From line."""

from __future__ import annotations

from datetime import date

from test_emails import _document

from pipeline.documents import classify_document, document_date
from pipeline.emails import extract_emails, looks_like_email_page, parse_addresses


def _read(text: str) -> list[dict]:
    """Each message's header values with its recipients as (kind, domain, redacted, name)."""
    emails, recipients, attachments = extract_emails(_document("d", text))
    out = []
    for e in emails:
        own = [r for r in recipients if r["email_id"] == e["email_id"]]
        out.append(
            {
                **{k: e[k] for k in ("sent_at", "sender", "sender_name", "sender_domain")},
                **{k: e[k] for k in ("sender_redacted", "subject", "position")},
                "recipients": [(r["kind"], r["domain"], r["redacted"], r["name"]) for r in own],
                "attachments": [
                    a["file_name"] for a in attachments if a["email_id"] == e["email_id"]
                ],
            }
        )
    return out


def _minute(e: dict) -> str | None:
    return e["sent_at"].strftime("%Y-%m-%d %H:%M") if e["sent_at"] else None


OUTLOOK_NL = """Van: Mol, Els <e.mol@minbzk.nl>
Verzonden: donderdag 9 februari 2023 15:47
Aan: Dekker, Tom <t.dekker@minbzk.nl>; 5.1.2e
CC: 5.1.2e <5.1.2e@minbzk.nl>
Onderwerp: RE: reactie op motie
Bijlagen: reactie motie v2.docx

Tom,
Zie bijlage."""

OUTLOOK_EN = """From: 5.1.2e
Sent: 2/9/2023 3:47:12 PM
To: 5.1.2e; 5.1.2e
Subject: agenda stuurgroep

All,"""


def test_outlook_headers_in_dutch_and_english() -> None:
    [nl] = _read(OUTLOOK_NL)
    assert _minute(nl) == "2023-02-09 15:47"
    assert (nl["sender"], nl["sender_name"]) == ("e.mol@minbzk.nl", "Mol, Els")
    assert nl["recipients"] == [
        ("to", "minbzk.nl", False, "Dekker, Tom"),
        ("to", None, True, None),
        ("cc", "minbzk.nl", True, None),
    ]
    assert nl["attachments"] == ["reactie motie v2.docx"]
    # a US locale's numeric date is month first: its time has AM/PM
    [en] = _read(OUTLOOK_EN)
    assert _minute(en) == "2023-02-09 15:47"
    assert en["sender_redacted"] and en["sender"] is None
    assert en["recipients"] == [("to", None, True, None)] * 2


def test_a_redaction_tools_bracket_is_a_box_not_a_name() -> None:
    header = (
        "Van: [GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@minszw.nl>\n"
        "Verzonden: maandag 6 maart 2023 11:05\n"
        "Aan: [GELAKT] <[GELAKT]@uwv.nl>; [GELAKT: 5.1.2e] <[GELAKT]@uwv.nl>\n"
        "CC: [GELAKT: 5.1.2e]\n"
        "Onderwerp: startnota\n\nHa [GELAKT: 5.1.2e],"
    )
    [e] = _read(header)
    assert (e["sender"], e["sender_name"], e["sender_domain"]) == (None, None, "minszw.nl")
    assert e["sender_redacted"]
    assert e["recipients"] == [("to", "uwv.nl", True, None)] * 2 + [("cc", None, True, None)]
    # a bracket with other words in it is the name as printed (`[EXTERN]` tags a sender)
    [tagged] = _read(header.replace("[GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@", "Els Mol [EXTERN] <e@"))
    assert tagged["sender_name"] == "Els Mol [EXTERN]"


QUOTED = """Van: Tom Dekker <t.dekker@minbzk.nl>
Verzonden: vrijdag 10 februari 2023 08:02
Aan: Els Mol <e.mol@minbzk.nl>
Onderwerp: RE: planning

Akkoord.

> Van: Els Mol <e.mol@minbzk.nl>
> Verzonden: donderdag 9 februari 2023 17:30
> Aan: Tom Dekker <t.dekker@minbzk.nl>
> Onderwerp: planning
>
> Hierbij de planning."""


def test_a_quoted_header_under_a_reply_is_the_older_message() -> None:
    top, quoted = _read(QUOTED)
    assert [_minute(top), _minute(quoted)] == ["2023-02-10 08:02", "2023-02-09 17:30"]
    assert quoted["sender"] == "e.mol@minbzk.nl" and quoted["position"] == 1
    assert quoted["recipients"] == [("to", "minbzk.nl", False, "Tom Dekker")]


FORWARD = """Van: Tom Dekker <t.dekker@minbzk.nl>
Verzonden: vrijdag 10 februari 2023 08:02
Aan: Els Mol <e.mol@minbzk.nl>
Onderwerp: FW: planning

Ter info.

-----Oorspronkelijk bericht-----
Van: Kees Vos [mailto:k.vos@rijksoverheid.nl]
Verzonden: donderdag 9 februari 2023 17:30
Aan: Dekker, Tom
Onderwerp: planning

Hierbij de planning."""


def test_a_forwarded_original_with_outlooks_mailto_link() -> None:
    _top, original = _read(FORWARD)
    assert _minute(original) == "2023-02-09 17:30"
    assert (original["sender"], original["sender_name"]) == ("k.vos@rijksoverheid.nl", "Kees Vos")
    assert original["recipients"] == [("to", None, False, "Dekker, Tom")]


def test_a_header_that_prints_no_date_is_a_message_without_a_sent_time() -> None:
    undated = FORWARD.replace("Verzonden: donderdag 9 februari 2023 17:30\n", "").replace(
        "[mailto:k.vos@rijksoverheid.nl]", "<k.vos@rijksoverheid.nl>"
    )
    top, original = _read(undated)
    assert original["sent_at"] is None and original["position"] == 1
    assert original["sender"] == "k.vos@rijksoverheid.nl" and original["subject"] == "planning"
    # a memo's Aan/Van/Onderwerp block prints no address: no message
    memo = "Aan: wethouder Vos\nVan: 5.1.2e, team Wonen\nOnderwerp: planning\n\nDe planning."
    assert _read(memo) == []


PASTED = """Mail van Anna
To: Piet Smit; Joke Bos
Cc: Ria Kok
Subject: verslag overleg kade

Hierbij mijn verslag van vanmiddag."""


def test_a_header_pasted_into_notes_without_from_or_date_is_a_message() -> None:
    [e] = _read(PASTED)
    assert (e["sent_at"], e["sender"], e["subject"]) == (None, None, "verslag overleg kade")
    assert e["sender_name"] == "Anna"  # the heading says whose mail it is
    assert [(kind, name) for kind, _d, _r, name in e["recipients"]] == [
        ("to", "Piet Smit"),
        ("to", "Joke Bos"),
        ("cc", "Ria Kok"),
    ]
    [untitled] = _read(PASTED.replace("Mail van Anna", "Aantekeningen overleg"))
    assert untitled["sender_name"] is None
    # a letter's `Aan / Kopie aan / Onderwerp` is no mail header
    letter = "Aan: college van B en W\nKopie aan: de raad\nOnderwerp: planning\n\nGeacht college,"
    assert _read(letter) == []
    # a header with no sent label does not make a page of another document an e-mail's
    assert not looks_like_email_page(PASTED)


def test_sent_times_as_real_releases_print_them() -> None:
    head = "Van: Tom Dekker <t.dekker@minbzk.nl>\n{}\nAan: 5.1.2e\nOnderwerp: x\n\nTekst."
    for sent in (
        "Verzonden: 9-2-2023 15:47",
        "Verzonden: do 9-2-2023 15:47",
        "Sent: Thursday, February 9, 2023 3:47 PM",
        "Datum: 9 februari 2023 om 15:47:10 CET",
        "Verzonden: donderdag 9 februari 2023 15.47 uur",
    ):
        [e] = _read(head.format(sent))
        assert _minute(e) == "2023-02-09 15:47", sent


def test_a_header_read_cell_by_cell_takes_each_value_below_its_label() -> None:
    cells = (
        "Van:\nTom Dekker <t.dekker@minbzk.nl>\nVerzonden:\nvrijdag 10 februari 2023 08:02\n"
        "Aan:\nEls Mol <e.mol@minbzk.nl>\nOnderwerp:\nplanning voorjaar\n\nEls,"
    )
    [e] = _read(cells)
    assert _minute(e) == "2023-02-10 08:02"
    assert (e["sender"], e["subject"]) == ("t.dekker@minbzk.nl", "planning voorjaar")
    assert e["recipients"] == [("to", "minbzk.nl", False, "Els Mol")]


def test_a_long_subject_wrapped_at_the_margin_goes_on_below() -> None:
    wrapped = OUTLOOK_NL.replace(
        "Onderwerp: RE: reactie op motie\n",
        "Onderwerp: RE: reactie op de motie over de planning van de nieuwe brug bij\nhet station\n",
    ).replace("Bijlagen: reactie motie v2.docx\n", "")
    [e] = _read(wrapped)
    assert e["subject"].endswith("nieuwe brug bij het station")
    # a short subject with the body right below it: the body's line is no part of it
    [short] = _read(OUTLOOK_NL.replace("Bijlagen: reactie motie v2.docx\n\n", ""))
    assert short["subject"] == "RE: reactie op motie"


def test_a_wrapped_subject_with_the_body_right_below_it_as_a_text_layer_gives_it() -> None:
    # a born-digital PDF's text: no blank line between the header and the body
    tight = OUTLOOK_NL.replace("Bijlagen: reactie motie v2.docx\n\n", "")
    cases = [
        ("RE: reactie op de motie over de planning van de nieuwe brug bij", "het station"),
        (
            "FW: startnota wetsvoorstel over dienstverlening aan huishoudens (bevorderen",
            "bestaanszekerheid)",
        ),
        ("Antw: verzoek om inzage in de stukken over de aanbesteding van de", "2e fase"),
    ]
    for head, tail in cases:
        [e] = _read(
            tight.replace("Onderwerp: RE: reactie op motie\n", f"Onderwerp: {head}\n{tail}\n")
        )
        assert e["subject"].endswith(tail), e["subject"]
    english = tight.replace(
        "Onderwerp: RE: reactie op motie\n",
        (
            "Subject: Re: request to the public prosecutor to start criminal proceedings about\n"
            "the fire\n"
        ),
    ).replace("Tom,", "Hello Tom,")
    [e] = _read(english)
    assert e["subject"].endswith("proceedings about the fire")


def test_a_body_in_lower_case_below_a_long_subject_stays_body() -> None:
    tight = OUTLOOK_NL.replace("Bijlagen: reactie motie v2.docx\n\n", "")
    long_line = "ik stuur je hierbij de stukken over de motie die de raad gisteren heeft aangenomen"
    body = tight.replace(
        "Onderwerp: RE: reactie op motie\n",
        f"Onderwerp: RE: reactie op de motie over de planning van de nieuwe brug\n{long_line}\n",
    )
    [e] = _read(body)
    assert e["subject"] == "RE: reactie op de motie over de planning van de nieuwe brug"
    below_lower = tight.replace(
        "Onderwerp: RE: reactie op motie\n",
        "Onderwerp: RE: reactie op de motie over de planning van de nieuwe brug\nzie bijlage\n",
    ).replace("\nTom,", "\nen groet,")
    [e] = _read(below_lower)
    assert e["subject"] == "RE: reactie op de motie over de planning van de nieuwe brug"


def test_a_mailbox_sending_for_a_redacted_person_keeps_its_own_name() -> None:
    header = OUTLOOK_NL.replace(
        "Van: Mol, Els <e.mol@minbzk.nl>", "Van: Postbus Woo namens 5.1.2e <woo@minbzk.nl>"
    )
    [e] = _read(header)
    assert (e["sender"], e["sender_name"]) == ("woo@minbzk.nl", "Postbus Woo")
    [boxed] = _read(header.replace("Postbus Woo namens 5.1.2e", "[GELAKT: 5.1.2e] namens 5.1.2e"))
    assert boxed["sender_name"] is None


def test_attachments_printed_one_file_name_a_line() -> None:
    listed = OUTLOOK_NL.replace(
        "Bijlagen: reactie motie v2.docx\n",
        "Bijlagen: reactie motie v2.docx\n2. planning Q3.xlsx\n",
    )
    [e] = _read(listed)
    assert e["attachments"] == ["reactie motie v2.docx", "2. planning Q3.xlsx"]
    # the body's first line is no file name
    [plain] = _read(OUTLOOK_NL.replace("\n\nTom,", "\nTom, zie de bijlage.docx hieronder."))
    assert plain["attachments"] == ["reactie motie v2.docx"]


def test_an_email_document_is_dated_by_its_header_not_its_text() -> None:
    undated = "Van: Els Mol <e.mol@minbzk.nl>\nAan: 5.1.2e\nOnderwerp: planning\n\n"
    assert classify_document(undated + "Zie de notulen van 3 maart 2023.")[0] == "email"
    assert document_date("email", undated + "Zie de notulen van 3 maart 2023.", None)[0] is None
    assert document_date("email", OUTLOOK_EN, "agenda stuurgroep")[0] == date(2023, 2, 9)


def test_a_box_ocr_read_as_glyphs_is_a_redacted_address():
    assert parse_addresses("EHgj|^HHHBBSiHHH@coevorden.nl>") == [
        {"address": None, "domain": "coevorden.nl", "redacted": True, "name": None}
    ]
    assert parse_addresses("BBBBBMp@ mwcoevorden.nl>") == [
        {"address": None, "domain": "mwcoevorden.nl", "redacted": True, "name": None}
    ]
    assert parse_addresses("Piet Kok <HHHBB@x.nl>")[0]["name"] == "Piet Kok"
    assert parse_addresses("Jan Bos <jan.bos@utrecht.nl>")[0]["address"] == "jan.bos@utrecht.nl"


# An OCR'd thread whose To and Cc labels were lost beside boxes: the box took each
# address's name and `@`, its domain and `>` were left, each field a line of its own.
LOST_RECIPIENT_LABELS = """Dank, ik pak het op.

Van: 5.1.2e
Datum: 4 mei 2021 om 10:12:40 CEST
Bosgemeente.nl>

■■ gemeente.nl>,

[■■■ provincie.nl>

Onderwerp: RE: subsidie buurthuis

Kun jij dit oppakken?

Met vriendelijke groet,

5.1.2e
T: +31 6 5.1.2e e: ■■■ @gemeente.nl
Verzonden: maandag 3 mei 2021 16:05

: maandag 3 mei 2021 15:40:12
[■■■ gemeente.nl>
Onderwerp: subsidie buurthuis

Zie bijlage.
"""


def test_address_lines_without_labels_are_to_then_cc_where_a_list_runs_on() -> None:
    first, second, third = _read(LOST_RECIPIENT_LABELS)
    assert {(k, d, r) for k, d, r, _n in first["recipients"]} == {
        ("to", "bosgemeente.nl", True),
        ("cc", "gemeente.nl", True),
        ("cc", "provincie.nl", True),
    }
    # a signature's contact line right above a header is no sender's line
    assert second["sender_domain"] is None
    # `: maandag ...`: the sent line whose label OCR lost, its colon kept
    assert third["subject"] == "subsidie buurthuis"
    assert [(k, d, r) for k, d, r, _n in third["recipients"]] == [("to", "gemeente.nl", True)]


def test_a_domain_closed_by_its_bracket_after_a_box_is_a_redacted_address() -> None:
    assert parse_addresses("[■■■ minvws.nl>") == [
        {"address": None, "domain": "minvws.nl", "redacted": True, "name": None}
    ]
    named = parse_addresses("Jan Bos rivm.nl>")
    assert [(p["domain"], p["redacted"], p["name"]) for p in named] == [
        ("rivm.nl", True, "Jan Bos")
    ]


def test_two_address_lines_are_to_then_cc_unless_the_first_breaks_off_a_person() -> None:
    header = "Verzonden: dinsdag 4 mei 2021 09:15:00\n{}\n{}\nOnderwerp: begroting\n\nTekst.\n"
    whole = header.format("■■ @gemeente.nl>; ■■ @gemeente.nl>", "■■ @provincie.nl>")
    (msg,) = _read(whole)
    assert {(k, d) for k, d, _r, _n in msg["recipients"]} == {
        ("to", "gemeente.nl"),
        ("cc", "provincie.nl"),
    }
    broken = header.format("■■ @gemeente.nl>; Jan", "Bos <■■ @provincie.nl>")
    (msg,) = _read(broken)
    assert {k for k, _d, _r, _n in msg["recipients"]} == {"to"}


def test_a_lower_case_copy_label_without_its_colon_over_boxed_addresses() -> None:
    text = (
        "Sent: dinsdag 4 mei 2021 09:15\n"
        "To: ■■ @gemeente.nl>\n"
        "ce ■■ >; ■■ ■ >\n"
        "Subject: begroting\n\nTekst.\n"
    )
    (msg,) = _read(text)
    assert {(k, d, r) for k, d, r, _n in msg["recipients"]} == {
        ("to", "gemeente.nl", True),
        ("cc", None, True),
    }
    # a piece closed by its address's `>` whose address OCR read as letters was boxed
    assert parse_addresses("SER RES >")[0]["redacted"] is True


def test_an_address_row_between_to_and_subject_is_the_cc_row_whose_label_was_lost() -> None:
    text = (
        "Verzonden: dinsdag 4 mei 2021 16:55\n"
        "Aan: ■■ gemeente.nl>\n"
        "AA... ■■ >\n"
        "Onderwerp: FW: begroting\n\nTekst.\n"
    )
    (msg,) = _read(text)
    assert {(k, d, r) for k, d, r, _n in msg["recipients"]} == {
        ("to", "gemeente.nl", True),
        ("cc", None, True),
    }
    listed = text.replace("Aan: ■■ gemeente.nl>", "Aan: ■■ gemeente.nl>;")  # the To list runs on
    (msg,) = _read(listed)
    assert {k for k, _d, _r, _n in msg["recipients"]} == {"to"}
