"""Addresses of e-mail headers as a scan reads them (issue 8's header fields on scans), quoted
from the OCR of our 200-dpi scans (`scripts/web_render_eval.py`, `scripts/heldout_eval.py`):
a mailer's masked address read loosely (`***@***,***>`, `**@t`), the code printed on a
redaction box read as a word before a detached `@` (`▮ tote @ zwolle.nl`), a top-level domain
misread past the known misreadings (`@arnhem. nk`), and specks before a subject (`__ _`)."""

from __future__ import annotations

from test_emails_header_layouts import _read

from pipeline.emails.addresses import parse_addresses
from pipeline.emails.subjects import normalize_subject

# texts38/afvalinfo-reimerswaal-2022 scanned (web_render_eval --document-pages): GitHub's
# reply mail, every address masked `***@***.***`; the scan reads the masks' dots and stars
SCANNED_MASKS = """Outlook voor Android<https://aka.ms/AAb9ysg> downloaden

From: heyajohnny **@***.**>
Sent: Tuesday, April 12, 2022 11:10:44 AM
To: heyajohnny/afvalinfo **@ ten
Cc: Vabis1010 ***@***,***>; Author ***@***, 44>
Subject: Re: [heyajohnny/afvalinfo] Gemeente reimerswaal (Issue #283)

Volgens de officiele gemeente kalender wordt er (de aankomende tijd) geen restafval
opgehaald op dit adres."""


def test_a_mask_the_scan_misread_is_still_a_masked_address() -> None:
    mail = _read(SCANNED_MASKS)[0]
    assert (mail["sender_name"], mail["sender_domain"], mail["sender_redacted"]) == (
        "heyajohnny",
        None,
        True,
    )
    assert mail["recipients"] == [
        ("to", None, True, "heyajohnny/afvalinfo"),
        ("cc", None, True, "Vabis1010"),
        ("cc", None, True, "Author"),
    ]
    # the mask of the sender of the first mail, read as `**@t`
    assert parse_addresses("heyajohnny **@t") == [
        {"address": None, "domain": None, "redacted": True, "name": "heyajohnny"}
    ]


def test_a_name_whose_mask_the_scan_lost_is_masked_like_the_rest() -> None:
    # texts38/afvalbeheer-iok-2022 scanned: `Cc: TimmieVL ***@***.***>, Author ***@***.***>`
    # with the first mask read as letters; the mailer masks every address of a header
    people = parse_addresses("TimmieVL AK @* AES, Author ***@***, >")
    assert [(p["domain"], p["redacted"]) for p in people] == [(None, True), (None, True)]
    # an address printed whole is no mask
    assert parse_addresses("Author <a.smit@x.nl>")[0]["redacted"] is False


def test_the_code_on_a_box_read_as_a_word_before_a_detached_at_sign() -> None:
    # seed 23 scanned, 13_mail_agenda_BOBP: the text layer's `Van: 5.1.2.e @zwolle.nl`
    # read as `Van: ▮ tote @ zwolle.nl` (the box found, its printed code read as letters)
    assert parse_addresses("▮ tote @ zwolle.nl") == [
        {"address": None, "domain": "zwolle.nl", "redacted": True, "name": None}
    ]
    # seed 7: a list's last address, `5.1.2.e @tilburg.nl`
    people = parse_addresses("@heuvelrug.nl; @arnhem.nl; ▮ tote @tilburg.nl;")
    assert [p["redacted"] for p in people] == [True, True, True]
    # a real local part OCR'd with a space before the `@` stays an address
    assert parse_addresses("Jan Smit <jan.smit @utrecht.nl>")[0]["address"] == (
        "jan.smit@utrecht.nl"
    )


# seed 52 scanned, 05_mail_agenda_ASG: the Aan list wraps; one `.nl` read as `. nk`
SCANNED_TO_LIST = """Van: @tilburg.nl
Verzonden: maandag 29 april 2024 12:42
Aan: @tilburg.nl; @oudewater.nl;
@groningen. nl; @debilt nl; @arnhem. nk;
@zwolle.nl
Onderwerp: Agenda en bijlagen ASG 8 mei a.s.

Beste bestuurders,
Hierbij ontvangt u de conceptagenda en de bijlagen voor het ASG van woensdag 8 mei 2024."""


def test_a_misread_top_level_domain_keeps_the_redacted_address_and_its_name() -> None:
    recipients = _read(SCANNED_TO_LIST)[0]["recipients"]
    assert [(r[1], r[2]) for r in recipients] == [
        (d, True)
        for d in ("tilburg.nl", "oudewater.nl", "groningen.nl", "debilt.nl", "arnhem.nl",
                  "zwolle.nl")
    ]  # fmt: skip


def test_specks_before_a_subject_where_the_scan_lost_its_prefix() -> None:
    # seed 307 scanned: `Onderwerp: FW: informatie ...` of a forward read as `__ _ informatie`
    assert normalize_subject("__ _ informatie 2020 en eerste helft 2021") == (
        "informatie 2020 en eerste helft 2021"
    )


def test_a_mask_read_as_letters_is_told_by_the_masks_of_the_other_fields() -> None:
    # the same scan, the header below: the Cc masks read as letters, the others not
    lost = SCANNED_MASKS.replace(
        "Cc: Vabis1010 ***@***,***>; Author ***@***, 44>",
        "Cc: Vabis1010 tk Dek, ct: Author FEA Q@ PEEK, EEn",
    )
    cc = [r for r in _read(lost)[0]["recipients"] if r[0] == "cc"]
    assert cc and all(r[1:3] == (None, True) for r in cc)
    # without a mask in the header the same letters are read as before
    plain = lost.replace("**@***.**>", "<h@x.nl>").replace("**@ ten", "<a@x.nl>")
    assert ("cc", None, False, "EEn") in _read(plain)[0]["recipients"]


def test_what_the_scan_read_after_a_mask_is_no_part_of_the_name() -> None:
    # the same page scanned with other noise: `From: heyajohnny **@t ten`
    assert parse_addresses("heyajohnny **@t ten")[0]["name"] == "heyajohnny"
    # and the From mask read as letters, told by the To and Cc masks below it
    lost = SCANNED_MASKS.replace("From: heyajohnny **@***.**>", "From: heyajohnny eK@ HK HHS")
    mail = _read(lost)[0]
    assert (mail["sender_domain"], mail["sender_redacted"]) == (None, True)
