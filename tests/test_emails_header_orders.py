"""Header blocks whose recipients stand below the subject (issue 8): Apple Mail's Dutch
forward prints `Van / Onderwerp / Datum / Aan`, Gmail's `Van / Date / Subject / To / Cc`.
The block's own fields under the subject keep it one header; a recipient label under the
subject with message text between them is another header's (OCR tore it off)."""

from __future__ import annotations

from test_emails import _document

from pipeline.emails import extract_emails
from pipeline.emails.labels import _mend_colonless_labels

APPLE = """Begin doorgestuurd bericht:

Van: "Kees Vos" <k.vos@utrecht.nl>
Onderwerp: Antw: agenda
Datum: 12 mei 2021 om 14:22:05 CEST
Aan: "Ria Post" <r.post@utrecht.nl>

Ria,
Zie hieronder."""

GMAIL = """---------- Forwarded message ---------
Van: Petra de Vries <p.devries@gemeente.nl>
Date: ma 3 jan. 2022 om 10:12
Subject: Verslag overleg
To: Jan Bakker <j.bakker@provincie.nl>
Cc: <info@stichting.nl>

Beste Jan,"""


def _recipients(text: str) -> list[set[tuple]]:
    emails, recipients, _ = extract_emails(_document("d", text))
    return [
        {(r["kind"], r["domain"]) for r in recipients if r["email_id"] == e["email_id"]}
        for e in emails
    ]


def test_recipients_printed_below_the_subject_and_date_are_the_headers():
    assert _recipients(APPLE) == [{("to", "utrecht.nl")}]
    assert _recipients(GMAIL) == [{("to", "provincie.nl"), ("cc", "stichting.nl")}]


def test_a_recipient_label_below_the_subject_and_text_is_not_this_headers():
    torn = GMAIL.replace("To: Jan Bakker", "Beste Jan, zie bijlage.\nTo: Jan Bakker")
    [first, *_] = _recipients(torn)
    assert ("to", "provincie.nl") not in first


def test_a_short_label_whose_colon_ocr_lost_between_header_rows():
    # a second scan of Bij-document+9 p1: `Aan` over its box lost its colon, between the
    # Verzonden and CC rows of the header
    header = (
        "Verzonden: vrijdag 7 augustus 2020 13:34\n\nAan\n"
        "CC: Blik op Werk || Dienstverlener; 5.1.2.e\nOnderwerp: RE: Voortgang\n\nGeachte,"
    )
    [rows] = _recipients("Van: 5.1.2.e\n" + header)
    assert ("to", None) in rows
    prose = ["Van: Jansen", "Aan de heer Bakker is gevraagd", "CC: Smit"]
    _mend_colonless_labels(prose)
    assert prose[1] == "Aan de heer Bakker is gevraagd"
