"""Header values as ministries' mail systems print them (issue 8): a Lotus Notes name in
the organisation's tree (`Jan Jansen/DGB/MINFIN@MINFIN`: a person, no internet domain,
nothing blacked out), and a code beside printed addresses (`<p.devries@minbzk.nl>;
5.1.2.e`: a recipient whose name and address were blacked out)."""

from __future__ import annotations

from test_emails import _document

from pipeline.emails import extract_emails, parse_addresses

NOTES = """Van: Jan Jansen/DGB/MINFIN@MINFIN
Aan: Piet de Vries/DGFZ/MINFIN@MINFIN
Kopie: 5.1.2.e/DGB/MINFIN@MINFIN
Datum: 12-03-2019 10:15
Onderwerp: Re: nota begroting

Piet,
zie bijgaand."""

OUTLOOK = """Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>
Verzonden: dinsdag 12 maart 2019 10:15
Aan: Vries, P. de <p.devries@minbzk.nl>; 5.1.2.e
Onderwerp: FW: overleg

Beste Piet,"""


def test_lotus_notes_names_are_people_without_a_domain():
    emails, recipients, _ = extract_emails(_document("d", NOTES))
    assert [(e["sender"], e["sender_domain"], e["sender_redacted"]) for e in emails] == [
        ("jan jansen/dgb/minfin@minfin", None, False)
    ]
    assert [(r["kind"], r["address"], r["domain"], r["redacted"]) for r in recipients] == [
        ("to", "piet de vries/dgfz/minfin@minfin", None, False),
        ("cc", None, None, True),
    ]


def test_a_web_address_is_no_notes_name():
    assert parse_addresses("zie www.utrecht.nl/afval")[0]["address"] is None


def test_a_code_beside_printed_addresses_is_a_recipient():
    _, recipients, _ = extract_emails(_document("d", OUTLOOK))
    assert [(r["kind"], r["address"], r["redacted"]) for r in recipients] == [
        ("to", "p.devries@minbzk.nl", False),
        ("to", None, True),
    ]


NOTES_PRINT = """Jan Jansen/DGB/MINFIN
12-03-2019 10:15
Aan: Piet de Vries/DGFZ/MINFIN@MINFIN
cc: Karin Bos/DGB/MINFIN@MINFIN
Onderwerp: nota begroting

Piet, zie bijgaand."""


def test_a_notes_print_sender_and_time_above_its_fields():
    emails, recipients, _ = extract_emails(_document("d", NOTES_PRINT))
    assert [(e["sender"], e["subject"]) for e in emails] == [
        ("jan jansen/dgb/minfin", "nota begroting")
    ]
    assert [(r["kind"], r["address"]) for r in recipients] == [
        ("to", "piet de vries/dgfz/minfin@minfin"),
        ("cc", "karin bos/dgb/minfin@minfin"),
    ]


def test_a_reply_header_quoted_with_marks():
    text = (
        "Verstuurd vanaf mijn iPhone\n\n> Op 12 mrt. 2019 om 10:15 heeft 5.1.2.e "
        "<5.1.2.e@utrecht.nl> het volgende geschreven:\n>\n> Beste Piet,"
    )
    emails, _, _ = extract_emails(_document("d", text))
    assert [(e["sender_domain"], e["sender_redacted"]) for e in emails] == [("utrecht.nl", True)]
