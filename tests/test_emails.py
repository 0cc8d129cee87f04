"""E-mail extraction on the real release text and on the real Apple-Mail PDF."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import duckdb
import pytest

from models.db import insert_rows
from models.schema import create_statements
from pipeline.documents import split_text_into_documents
from pipeline.emails import (
    assign_thread_ids,
    continue_printed_threads,
    extract_emails,
    looks_like_email_page,
    normalize_subject,
    parse_addresses,
    split_file_names,
)

SHARED = Path(__file__).parents[2] / "shared"
REFERENCE = SHARED / "reference"
RELEASE_TEXT = REFERENCE / "svmn-release-ocr.txt"
APPLE_PDF = REFERENCE / "real-wob" / "08_mail_bm_aan_sd_vzs_besluit_terrein_d_d_18-12-18_gelakt.pdf"
IPHONE_PDF = REFERENCE / "real-wob" / "9_wob-besluit_woningdelen-_mail_wethouder_6-12.pdf"

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def _document(document_id: str, text: str, source_id: str = "ref") -> dict:
    return {
        "document_id": document_id,
        "source_id": source_id,
        "doc_type": "email",
        "first_page": 1,
        "last_page": 1,
        "pages": [{"source_id": source_id, "page_no": 1, "text": text, "text_method": "ocr"}],
    }


@cache
def _reference_extraction() -> tuple[list[dict], list[dict], list[dict]]:
    if not RELEASE_TEXT.exists():
        pytest.skip(f"../shared/reference not present: {RELEASE_TEXT}")
    emails, recipients, attachments = [], [], []
    for n, text in enumerate(split_text_into_documents(RELEASE_TEXT.read_text("utf-8"))):
        e, r, a = extract_emails(_document(f"doc{n}", text))
        emails += e
        recipients += r
        attachments += a
    assign_thread_ids(emails)
    return emails, recipients, attachments


def _by_time(emails: list[dict], when: datetime) -> dict:
    hits = [e for e in emails if e["sent_at"] == when]
    assert hits, f"no e-mail sent at {when.isoformat()}"
    assert hits[0]["sent_at"].utcoffset() == when.utcoffset()
    return hits[0]


def _n_attachments(attachments: list[dict], email: dict) -> int:
    return sum(1 for a in attachments if a["email_id"] == email["email_id"])


def test_reference_outlook_print_with_attachment_list():
    emails, _recipients, attachments = _reference_extraction()
    top = _by_time(emails, datetime(2022, 3, 29, 10, 39, 31, tzinfo=CEST))
    assert top["subject"] == "Agenda en bijlagen BO/BP 6 april a.s."
    assert top["position"] == 0
    assert top["sender_redacted"] is True
    names = [a["file_name"] for a in attachments if a["email_id"] == top["email_id"]]
    assert len(names) == 18
    # a name wrapped at a hyphen is joined without a space
    assert "Bijlage 1.4. Conceptverslag bobp 16-02-2022_V2.pdf" in names


@pytest.mark.parametrize(
    ("when", "n_attachments"),
    [
        (datetime(2022, 4, 19, 17, 34, 31, tzinfo=CEST), None),
        (datetime(2022, 3, 16, 12, 40, 40, tzinfo=CET), 2),
        (datetime(2022, 2, 28, 11, 51, 47, tzinfo=CET), 2),
        (datetime(2022, 2, 23, 11, 50, 6, tzinfo=CET), None),
        (datetime(2022, 2, 16, 13, 49, 33, tzinfo=CET), None),
        (datetime(2022, 2, 14, 10, 15, 57, tzinfo=CET), None),
        (datetime(2021, 12, 22, 18, 12, 25, tzinfo=CET), 3),
    ],
)
def test_reference_headers_with_labels_in_a_column_of_their_own(when, n_attachments):
    emails, _recipients, attachments = _reference_extraction()
    email = _by_time(emails, when)
    if n_attachments is not None:
        assert _n_attachments(attachments, email) == n_attachments


def test_reference_redacted_sender_keeps_its_domain():
    emails, _r, _a = _reference_extraction()
    email = _by_time(emails, datetime(2022, 2, 28, 11, 51, 47, tzinfo=CET))
    assert email["sender"] is None
    assert email["sender_domain"] == "amersfoort.nl"
    assert email["sender_redacted"] is True


def test_reference_forward_chain_with_quoted_messages():
    emails, _recipients, attachments = _reference_extraction()
    top = _by_time(emails, datetime(2022, 2, 17, 12, 35, 13, tzinfo=CET))
    quoted = _by_time(emails, datetime(2022, 2, 17, 12, 30, 4, tzinfo=CET))  # `12:30:04 PM`
    first = _by_time(emails, datetime(2022, 2, 17, 12, 8, tzinfo=CET))
    assert [top["position"], quoted["position"], first["position"]] == [0, 1, 2]
    assert top["document_id"] == quoted["document_id"] == first["document_id"]
    assert quoted["subject_normalized"] == "20220217 mv datalek svmn aangepast"
    assert first["subject"] == "20220217 MV datalek SVMN"
    assert _n_attachments(attachments, top) == 1
    assert len({top["thread_id"], quoted["thread_id"], first["thread_id"]}) == 1


def test_reference_thread_over_several_documents():
    emails, _r, _a = _reference_extraction()
    times = [
        datetime(2022, 2, 15, 9, 41, 26, tzinfo=CET),
        datetime(2022, 2, 14, 16, 53, tzinfo=CET),
        datetime(2022, 2, 14, 16, 22, tzinfo=CET),
        datetime(2022, 2, 14, 16, 14, tzinfo=CET),
        datetime(2022, 2, 14, 15, 46, tzinfo=CET),
    ]
    thread = [_by_time(emails, t) for t in times]
    assert len({e["thread_id"] for e in thread}) == 1
    assert {e["subject_normalized"] for e in thread} == {
        "antwoorden op vragen rtv utrecht aangepast na staf"
    }
    # and not glued to an unrelated conversation
    other = _by_time(emails, datetime(2022, 3, 29, 10, 39, 31, tzinfo=CEST))
    assert other["thread_id"] != thread[0]["thread_id"]


def test_reference_finds_no_e_mails_in_minutes_and_reports():
    emails, _r, _a = _reference_extraction()
    # every e-mail found is one of the 16 dated printed messages (no meeting dates taken for
    # mail), or the forward whose Outlook label column prints no sent time (line 3734) and
    # the original it forwards, of whose header only the subject line is printed (3704), and
    # the message quoted below a reply whose header is lost, also only its subject (4232)
    dated = [e for e in emails if e["sent_at"] is not None]
    assert len(dated) == 16
    assert all(e["sent_at"].tzinfo is not None for e in dated)
    assert [e["subject"] for e in emails if e["sent_at"] is None] == [
        "FW: informatie 2020 en le helft 2021",
        "informatie 2020 en le helft 2021",
        "antwoord SAVE Jeugdbescherming",
    ]


@cache
def _ocr_pages(pdf_path: Path) -> tuple[str, ...]:
    if not pdf_path.exists():
        pytest.skip(f"../shared/reference not present: {pdf_path}")
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    import os

    import pypdfium2
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    # the pages are images (a text layer, if any, holds only the title): OCR them, as the
    # pipeline does
    return tuple(
        pytesseract.image_to_string(page.render(scale=300 / 72).to_pil(), lang="nld+eng")
        for page in pdf
    )


def _apple_text() -> str:
    return _ocr_pages(APPLE_PDF)[0]


def test_real_wob_apple_mail_forward():
    text = _apple_text()
    assert looks_like_email_page(text)
    emails, recipients, _a = extract_emails(_document("wob08", text, "wob08"))
    assert len(emails) == 2
    outer, quoted = emails
    assert outer["sent_at"] == datetime(2018, 12, 18, 9, 12, 45, tzinfo=CET)
    assert outer["subject"] == "Fwd: Locatie voor de stadsnomaden"
    # `17 december 2018 om 18:43:48 CET`
    assert quoted["sent_at"] == datetime(2018, 12, 17, 18, 43, 48, tzinfo=CET)
    assert quoted["sent_at"].utcoffset() == timedelta(hours=1)
    assert quoted["sender_name"] == "Halsema, Femke"
    assert quoted["subject_normalized"] == outer["subject_normalized"]
    names = [r["name"] for r in recipients if r["email_id"] == quoted["email_id"]]
    assert "Berends, Erna" in names and "Unver, Emre" in names
    assert len(names) == 7
    assert quoted["body"].startswith("Dag allemaal,")


def test_real_wob_iphone_replies_over_narrow_columns():
    pages = _ocr_pages(IPHONE_PDF)
    document = _document("wob09", "", "wob09")
    document["pages"] = [
        {"source_id": "wob09", "page_no": n, "text": text, "text_method": "ocr"}
        for n, text in enumerate(pages, start=1)
    ]
    emails, _r, _a = extract_emails(document)
    minutes = [(e["page_no"], e["sent_at"].strftime("%H:%M")) for e in emails]
    # Outlook header, `Op 6 dec. 2017 om 13:09 heeft ... het volgende geschreven:` replies
    # (one wrapped over seven narrow lines), an Apple `Datum: ... om 11:28:16 CET` forward
    assert minutes == [
        (1, "13:12"), (1, "13:09"), (1, "13:01"), (1, "11:28"), (1, "10:19"), (1, "10:17"),
        (2, "09:59"), (2, "09:49"), (2, "09:05"),
    ]  # fmt: skip
    assert all(e["sent_at"].date().isoformat() == "2017-12-06" for e in emails)
    assert emails[3]["sent_at"].utcoffset() == timedelta(hours=1)
    assert emails[-1]["sender_domain"] == "amsterdam.nl"  # `<L.Ivens@amster` / `dam.nl>`
    assert len({e["thread_id"] for e in emails}) == 1


def test_clean_dutch_chain_fields():
    text = "\n".join(
        [
            "Van: Jansen, J. <j.jansen@utrecht.nl>",
            "Verzonden: donderdag 17 februari 2022 12:35",
            "Aan: 5.1.2.e @utrecht.nl; p.smit@amersfoort.nl;",
            "c.de.vries©heuvelrug.nl",
            'CC: "Bakker" 5.1.2.e @%25c2%25a9wijkbijduurstede.nl',
            "Onderwerp: RE: Antw: Datalek SVMN",
            "Bijlagen: Notitie datalek.pdf, Brief aan",
            "SVMN.docx",
            "Hoi,",
            "Zie bijlage.",
            "From: 5.1.2.e @utrecht.nl",
            "Sent: Thu, 17 Feb 2022 11:02:03 +0100",
            "To: j.jansen@utrecht.nl",
            "Subject: Datalek SVMN",
            "Eerste bericht.",
        ]
    )
    emails, recipients, attachments = extract_emails(_document("d", text, "s"))
    assert [e["position"] for e in emails] == [0, 1]
    top, first = emails
    assert top["sender"] == "j.jansen@utrecht.nl" and top["sender_domain"] == "utrecht.nl"
    assert top["sent_at"] == datetime(2022, 2, 17, 12, 35, tzinfo=CET)
    assert top["subject_normalized"] == "datalek svmn"
    assert top["body"] == "Hoi,\nZie bijlage."
    rows = {(r["kind"], r["address"], r["domain"], r["redacted"]) for r in recipients
            if r["email_id"] == top["email_id"]}  # fmt: skip
    assert rows == {
        ("to", None, "utrecht.nl", True),
        ("to", "p.smit@amersfoort.nl", "amersfoort.nl", False),
        ("to", "c.de.vries@heuvelrug.nl", "heuvelrug.nl", False),
        ("cc", None, "wijkbijduurstede.nl", True),
    }
    assert [a["file_name"] for a in attachments] == ["Notitie datalek.pdf", "Brief aan SVMN.docx"]
    assert first["sender"] is None and first["sender_domain"] == "utrecht.nl"
    assert first["sender_redacted"] is True
    assert first["sent_at"].utcoffset() == timedelta(hours=1)
    assert top["thread_id"] == first["thread_id"]


def test_same_message_printed_twice_is_one_thread():
    message = "\n".join(
        [
            "Van: 5.1.2.e @utrecht.nl",
            "Verzonden: maandag 14 februari 2022 16:53",
            "Aan: 5.1.2.e @utrecht.nl",
            "Onderwerp: Vraag",
            "Tekst.",
        ]
    )
    reply = "\n".join(
        [
            "From: a.b@amersfoort.nl",
            "Sent: Tue, 15 Feb 2022 09:41:26 +0100",
            "Subject: RE: Vraag",
            "Ja.",
            message,
        ]
    )
    a, _r, _a = extract_emails(_document("doc-a", message, "src1"))
    b, _r, _a = extract_emails(_document("doc-b", reply, "src2"))
    emails = a + b
    assign_thread_ids(emails)
    assert a[0]["thread_id"] == b[1]["thread_id"]  # 16:53 in both: one message, one thread
    assert b[0]["thread_id"] == b[1]["thread_id"]


def test_helpers():
    assert normalize_subject("RE: FW: Fwd: Antw: Doorst: WG:  Datalek  SVMN") == "datalek svmn"
    names, tail = split_file_names("a.pdf. Bijlage 3.1.3. Voorstel.docx, Raadsbrief Onderzoek")
    assert names == ["a.pdf", "Bijlage 3.1.3. Voorstel.docx"] and tail == "Raadsbrief Onderzoek"
    assert parse_addresses("5.1.2.e @utrecht.nl>") == [
        {"address": None, "domain": "utrecht.nl", "redacted": True, "name": None}
    ]
    assert not looks_like_email_page("Datum: 6 april 2022\nTijd: 13:00 - 15:00\nAanwezig: x")
    # a meeting dated with a time, an agenda's date line: no e-mails
    minutes = "Verslag BO/BP\nDatum: woensdag 6 april 2022 13.00 uur\nLocatie: Zeist\nVan: 5.1.2.e"
    assert extract_emails(_document("m", minutes))[0] == []
    agenda = "Agenda\nWoensdag 13 april 2022 13:00\n1. Opening"
    assert extract_emails(_document("a", agenda))[0] == []
    assert looks_like_email_page("From: a@b.nl\nSent: Tue, 29 Mar 2022 10:39:31 +0200\nTo: c@d.nl")


def test_score_emails_matches_on_source_and_time():
    from woo_eval.emails import score_emails

    text = "\n".join(
        [
            "From: Jansen, J. <j.jansen@utrecht.nl>",
            "Sent: Thu, 17 Feb 2022 12:35:13 +0100",
            "To: 5.1.2.e @amersfoort.nl",
            "Subject: RE: Datalek SVMN",
            "Attachments: Notitie.pdf",
            "Hoi.",
            "Van: 5.1.2.e @samen-veilig.nl",
            "Verzonden: woensdag 16 februari 2022 16:53",
            "Aan: j.jansen@utrecht.nl",
            "Onderwerp: Datalek SVMN",
            "Cijfers.",
        ]
    )
    emails, recipients, attachments = extract_emails(_document("d1", text, "src"))
    assign_thread_ids(emails)
    con = duckdb.connect()
    for statement in create_statements():
        con.execute(statement)
    insert_rows(con, "emails", emails)
    insert_rows(con, "email_recipients", recipients)
    insert_rows(con, "email_attachments", attachments)
    gold_email = {
        "page_no": 1, "position": 0, "thread_key": "t1",
        "sent_at": "2022-02-17T12:35:40+01:00",  # within the minute's tolerance
        "sender": "j.jansen@utrecht.nl", "sender_domain": "utrecht.nl",
        "subject_normalized": "datalek svmn",
        "recipients": [{"kind": "to", "address": None, "domain": "amersfoort.nl",
                        "redacted": True}],
        "attachments": ["Notitie.pdf"],
    }  # fmt: skip
    missing = {**gold_email, "sent_at": "2022-02-10T10:00:00+01:00", "thread_key": "t9"}
    gold = {"files": [{"source_id": "src", "variant": "digital", "emails": [gold_email, missing]}]}
    scores = score_emails(gold, con)["digital"]
    assert scores["message_recall"] == 0.5 and scores["message_precision"] == 0.5
    assert scores["sender_accuracy"] == 1.0
    assert scores["recipients_accuracy"] == 1.0 and scores["attachments_accuracy"] == 1.0
    assert len(scores["missed"]) == 1
    assert "field_misses" not in scores
    wrong = {**gold_email, "sender_domain": "amersfoort.nl"}
    gold["files"][0]["emails"] = [wrong]
    misses = score_emails(gold, con, with_misses=True)["digital"]["field_misses"]
    assert [(m["field"], m["gold"], m["db"]) for m in misses] == [
        ("sender_domain", "amersfoort.nl", "utrecht.nl")
    ]


# ------------------------------------------------- held-out failure kinds (shapes as printed)


def _ocr_page(lines: list[str], confs: dict[str, float] | None = None, boxes=()) -> dict:
    """A scanned page as the OCR stage gives it: text and one word per token, 10 pt type
    (5 pt a character); a token in `boxes` is a box OCR read as letters (155 pt wide, low
    confidence); `confs` sets a token's confidence (default 95)."""
    confs = confs or {}
    words = []
    for n, line in enumerate(lines):
        x = 72.0
        for token in line.split():
            width = 155.0 if token in boxes else 5.0 * len(token)
            conf = 30.0 if token in boxes else confs.get(token, 95.0)
            top = 60.0 + 12 * n
            words.append({"text": token, "x0": x, "top": top, "x1": x + width,
                          "bottom": top + 10, "conf": conf})  # fmt: skip
            x += width + 4
    return {"source_id": "scan", "page_no": 1, "text": "\n".join(lines), "text_method": "ocr",
            "words": words, "width": 595.0, "height": 842.0}  # fmt: skip


def _page_document(page: dict) -> dict:
    return {"document_id": "scan-d0", "source_id": page["source_id"], "doc_type": "email",
            "first_page": 1, "last_page": 1, "pages": [page]}  # fmt: skip


def _rows(recipients: list[dict], email: dict) -> set[tuple]:
    return {(r["kind"], r["address"], r["domain"], r["redacted"], r["name"])
            for r in recipients if r["email_id"] == email["email_id"]}  # fmt: skip


def test_domain_misreading_repaired_to_the_documents_best_read_spelling():
    # kind 11: an out-of-region domain (no list knows it) printed right elsewhere in the
    # document with better OCR confidence; two different misreadings of it
    page = _ocr_page(
        [
            "From: MM 5.1.2.e @veiiooporoeien.nl",
            "Sent: Tue, 6 Sep 2022 10:00:56 +0200",
            "To: OM 5.1.2.e @veiligopgroeien.nl; EE 5.1.2.e @veiioopgroeien.nl",
            "Subject: Cijfers",
            "Stichting Veilig Opgroeien Oost, info@veiligopgroeien.nl",
        ],
        confs={"@veiiooporoeien.nl": 72, "@veiioopgroeien.nl": 54, "@veiligopgroeien.nl;": 88,
               "info@veiligopgroeien.nl": 90},
    )  # fmt: skip
    emails, recipients, _a = extract_emails(_page_document(page))
    assert emails[0]["sender_domain"] == "veiligopgroeien.nl"
    assert {r["domain"] for r in recipients} == {"veiligopgroeien.nl"}


def test_domain_misreading_repaired_to_a_municipality_outside_the_region():
    # kind 11: a misreading seen twice (`cebilt.nl`) is still one; the top-level domain lost
    # (`@ debit.`); `@` and `.nl` both misread (`2 cebitt.n1`); municipalities anywhere in
    # the country (`groninqen`), none of them printed right in the document
    text = "\n".join(
        [
            "From: 5.1.2.e 2 cebitt.n1",
            "Sent: Thu, 13 Feb 2020 23:28:03 +0100",
            "To: 5.1.2.e @cebilt.nl; 5.1.2.e @groninqen.nl",
            "Cc: 5.1.2.e @cebilt.nl",
            "Subject: RE: Datalek",
            "Tekst.",
            "Van: 5.1.2.e © debit.",
            "Verzonden: maandag 10 februari 2020 15:04",
            "Aan: 5.1.2.e @maastricnt.nl",
            "Onderwerp: Datalek",
            "Tekst.",
        ]
    )
    emails, recipients, _a = extract_emails(_document("d", text))
    assert [e["sender_domain"] for e in emails] == ["debilt.nl", "debilt.nl"]
    assert {r["domain"] for r in recipients} == {"debilt.nl", "groningen.nl", "maastricht.nl"}


def test_domain_repair_only_when_clearly_closer():
    from pipeline.emails import repair_domain

    # as close to one municipality as to another (veenendaal.nl, voerendaal.nl): left as
    # read; a short name a letter off a municipality (`ebe` of ede/epe): too many neighbours
    assert repair_domain("voenendaal.nl", {}) == "voenendaal.nl"
    assert repair_domain("veenendaal.nl", {}) == "veenendaal.nl"
    assert repair_domain("ebe.nl", {}) == "ebe.nl"
    # an unknown domain near nothing stays; one read with confidence stays
    assert repair_domain("jbmn.nl", {}) == "jbmn.nl"
    assert repair_domain("utrecbt.nl", {"utrecbt.nl": (96.0, 96.0)}) == "utrecbt.nl"
    # one read unsure next to a better attested spelling in the document is repaired
    assert repair_domain("utrecbt.nl", {"utrecbt.nl": (40.0, 40.0)}) == "utrecht.nl"
    # a reference domain is never repaired, not even towards a frequent neighbour
    assert repair_domain("ede.nl", {"epe.nl": (300.0, 95.0)}) == "ede.nl"


def test_apple_header_boxed_addresses_of_named_recipients_are_redacted():
    # kind 13, text layer: `"Kosterman, Ahmed" [box] , "Hoekstra, Bram" [box]`, `Kopie: [box]`
    text = "\n".join(
        [
            "Van:",
            "Aan:",
            "Onderwerp: Fwd: Locatie jeugdhulpvoorziening Zonnehoek",
            "Datum: dinsdag 3 april 2018 10:08:48",
            "Begin doorgestuurd bericht:",
            'Van: "Lubbers, Ruud"',
            "Datum: 2 april 2018 om 18:07:10 CEST",
            'Aan: "Kosterman, Ahmed" , "Hoekstra, Bram"',
            "Kopie:",
            "Onderwerp: Locatie jeugdhulpvoorziening Zonnehoek",
            "Dag allemaal,",
        ]
    )
    emails, recipients, _a = extract_emails(_document("d", text))
    outer, quoted = emails
    assert _rows(recipients, outer) == {("to", None, None, True, None)}
    assert quoted["sender_name"] == "Lubbers, Ruud" and quoted["sender_redacted"] is True
    assert _rows(recipients, quoted) == {
        ("to", None, None, True, "Kosterman, Ahmed"),
        ("to", None, None, True, "Hoekstra, Bram"),
        ("cc", None, None, True, None),
    }


def test_apple_header_boxes_read_as_letters_on_a_scan():
    # kind 13, OCR: the boxes read as `EN`, `EEEN`, `CE`; one swallowed the `, "` after it
    page = _ocr_page(
        [
            "Van: CE",
            "Aan: :",
            "Onderwerp: Fwd: Locatie De Linde",
            "Datum: dinsdag 13 november 2018 16:50:29",
            "Begin doorgestuurd bericht:",
            'Van: "Van Beek, Rik"',
            "Datum: 12 november 2018 om 17:16:30 CET",
            'Aan: "Kosterman, Ahmed" EN Hoekstra. Bram" EEEN ‚ “Schouten, Chantal”',
            "Kopie:",
            "Onderwerp: Locatie De Linde",
            "Dag allemaal,",
        ],
        boxes={"CE", "EN", "EEEN"},
    )
    emails, recipients, _a = extract_emails(_page_document(page))
    outer, quoted = emails
    assert outer["sender_redacted"] is True and outer["sender_name"] is None
    assert _rows(recipients, outer) == {("to", None, None, True, None)}
    rows = _rows(recipients, quoted)
    assert {r[:4] for r in rows} == {("to", None, None, True), ("cc", None, None, True)}
    assert {r[4] for r in rows} == {"Kosterman, Ahmed", "Hoekstra. Bram", "Schouten, Chantal", None}
    assert quoted["body"] == "Dag allemaal,"


def test_scanned_header_with_a_lost_to_label_and_a_misread_angle_bracket():
    text = "\n".join(
        [
            "From: @veiligopgroeien.nl",
            "Sent: Sun, 23 Feb 2020 11:17:16 +0100",
            "Ten @oudewater.nl",
            "Cc: @veiligopgroeien.nl; Secretariaat ssecretariaat @veiligopgroeien.nl>",
            "Subject: RE: Informatieverzoek’",
            "Beste",
        ]
    )
    emails, recipients, _a = extract_emails(_document("d", text))
    assert emails[0]["subject_normalized"] == "informatieverzoek"
    assert {r[:4] for r in _rows(recipients, emails[0])} == {
        ("to", None, "oudewater.nl", True),
        ("cc", None, "veiligopgroeien.nl", True),
        ("cc", "secretariaat@veiligopgroeien.nl", "veiligopgroeien.nl", False),
    }


def test_domain_misread_the_same_way_twice_yields_to_the_organisations_printed_name():
    # kind 11: OCR made the same misreading twice and read the right spelling once, less
    # sure; the signature prints the name the domain is made of
    page = _ocr_page(
        [
            "From: 5.1.2.e @veiiooporoeien.nl",
            "Sent: Tue, 6 Sep 2022 10:00:56 +0200",
            "To: 5.1.2.e @leeuwarden.nl",
            "Subject: Cijfers",
            "Stichting Veilig Opgroeien Oost",
            "Van: 5.1.2.e @veiligopgroeien.ni",
            "Verzonden: zondag 4 september 2022 8:00",
            "Aan: 5.1.2.e @veiiooporoeien.n!",
            "Onderwerp: Cijfers",
        ],
        confs={"@veiiooporoeien.nl": 50, "@veiiooporoeien.n!": 51, "@veiligopgroeien.ni": 58},
    )
    emails, recipients, _a = extract_emails(_page_document(page))
    assert [e["sender_domain"] for e in emails] == ["veiligopgroeien.nl"] * 2
    assert {r["domain"] for r in recipients} == {"leeuwarden.nl", "veiligopgroeien.nl"}


def _svmn_lines(first: int, last: int) -> str:
    if not RELEASE_TEXT.exists():
        pytest.skip(f"../shared/reference not present: {RELEASE_TEXT}")
    return "\n".join(RELEASE_TEXT.read_text("utf-8").splitlines()[first - 1 : last])


def test_outlook_label_column_without_a_sent_time_is_a_message():
    """SVMN 3707-3740: an Outlook print whose label column (`From:` .. `Attachments:`) OCR
    put below its values, with no sent time printed at all."""
    emails, _r, attachments = extract_emails(_document("fw", _svmn_lines(3707, 3740)))
    assert [(e["sent_at"], e["subject"]) for e in emails] == [
        (None, "FW: informatie 2020 en le helft 2021")
    ]
    assert [a["file_name"] for a in attachments] == [
        "Directiebeoordeling 2020, datalekken en informatieveiligheid def.pdf"
    ]


def test_memo_header_without_a_time_is_no_message():
    text = "Aan: het college\nVan: de directeur\nDatum: 12 maart 2022\nOnderwerp: begroting\n"
    assert extract_emails(_document("memo", text))[0] == []


def _row(doc: str, position: int, day: int, subject: str | None) -> dict:
    return {
        "document_id": doc, "position": position, "thread_id": f"{doc}-t0",
        "sent_at": datetime(2022, 2, day, 12, 0, tzinfo=CET), "subject_normalized": subject,
    }  # fmt: skip


def test_thread_cut_by_the_splitter_continues_its_positions():
    # the RTV thread of the SVMN release: split at a signature line into three documents
    rows = [
        _row("d1", 0, 15, "antwoorden rtv"),
        _row("d2", 0, 14, "antwoorden rtv"),
        _row("d2", 1, 13, "antwoorden rtv"),
        _row("d3", 0, 12, "antwoorden rtv"),
        _row("d4", 0, 11, "another matter"),  # another conversation: a document of its own
        _row("d5", 0, 20, None),  # newer than the one above: a print of its own
    ]
    continue_printed_threads(rows, ["d1", "d2", "d3", "d4", "d5"])
    assert [r["position"] for r in rows] == [0, 1, 2, 3, 0, 0]
    assert {r["thread_id"] for r in rows[:4]} == {"d1-t0"}


def test_torn_outlook_print_keeps_its_cc_block_and_wrapped_attachment():
    """SVMN 2349-2548: the values come first (To domains under the time), the label column
    later, and the bare `Cc:` label is followed by its own column of boxed addresses; the
    second attachment's name starts at the end of the list line (`..SVMN.pdf, 220223`) and
    runs on in a line OCR printed higher up."""
    emails, recipients, attachments = extract_emails(_document("cc", _svmn_lines(2349, 2548)))
    assert len(emails) == 1
    kinds = {(r["kind"], r["domain"]) for r in recipients}
    assert {("to", "debilt.nl"), ("to", "oudewater.nl")} <= kinds
    assert {("cc", "woerden.nl"), ("cc", "houten.nl"), ("cc", "montfoort.nl")} <= kinds
    assert ("to", "houten.nl") not in kinds  # houten is printed in the Cc column only
    assert "220223 Ondertekende brief bovenregionale samenwerking datalek SVMN V3.pdf" in {
        a["file_name"] for a in attachments
    }


def test_quoted_headers_without_to_and_cc_labels():
    """SVMN 3244-3253: OCR lost the `Aan:` and `CC:` labels of a quoted Dutch header; its
    two address lines between `Verzonden:` and `Onderwerp:` are the To and the Cc line."""
    _e, recipients, _a = extract_emails(_document("rtv", _svmn_lines(3244, 3256)))
    assert {(r["kind"], r["domain"]) for r in recipients} == {
        ("to", "utrecht.nl"),
        ("cc", "utrecht.nl"),
    }


def test_subject_prefix_colon_misread_by_ocr():
    text = (
        "Van: a@x.nl\nVerzonden: woensdag 2 september 2020 9:41\nAan: b@y.nl\n"
        "Onderwerp: FW. Voortgang onderzoek\n"
    )
    emails, _r, _a = extract_emails(_document("fw", text))
    assert [e["subject"] for e in emails] == ["FW: Voortgang onderzoek"]
    assert normalize_subject("Antw.: Sitemail") == "sitemail"  # an abbreviation's own stop stays


def test_reply_line_names_no_recipients():
    """9_ (real-wob): `Op ... heeft Ivens Laurens` / `<L.Ivens@amsterdam.nl> het volgende
    geschreven:` wraps the writer's address onto the next line; it is no recipient."""
    text = (
        "Op 6 dec. 2017 om 10:19 heeft Ivens Laurens\n"
        "<L.Ivens@amsterdam.nl> het volgende geschreven:\n\nWelke media-aandacht bedoel je?\n"
    )
    emails, recipients, _a = extract_emails(_document("reply", text))
    assert [e["sender_domain"] for e in emails] == ["amsterdam.nl"]
    assert recipients == []


def test_torn_outlook_subject_after_the_address_value_line():
    """SVMN 3479-3552: label column `From:`/`To:`/`Subject:` printed below the body; the
    subject value stands after the address line OCR glued boxes to (`@utrecht.nl>5.1.2.e`)."""
    emails, _r, _a = extract_emails(_document("sub", _svmn_lines(3479, 3552)))
    assert [e["subject"] for e in emails] == ["vragen svmn datalek op een rijtje"]


def test_reply_line_whose_verb_ocr_misread():
    """Bij-document+9 p2 (real-wob-dev, scan): `On Thu. 30 Jul 2020 at 11:09. ... owrcte:`:
    the shape of a reply line (`On`, a date and time, the writer, one word and a colon)
    with the verb OCR misread is still a reply header; a sentence of that shape whose last
    word is no misread verb is not."""
    text = (
        "Met vriendelijke groet.\n\n"
        "On Thu. 30 Jul 2020 at 11:09. Nn ~ -- BEE owrcte:\n\n"
        "Middels deze e-mail. wil ik mijn zorgen uitspreken\n\n"
        "Op 6 april 2022 om 14:00 bespreken we de volgende punten:\n"
    )
    emails, recipients, _a = extract_emails(_document("owrcte", text))
    assert [e["sent_at"] for e in emails] == [datetime(2020, 7, 30, 11, 9, tzinfo=CEST)]
    assert recipients == []


def test_local_part_misread_against_the_display_name_beside_it():
    """9_ (real-wob, scan): `Ivens Laurens <L.lvens@amsterdam.nl>`: OCR read the capital I
    of the address as an l; the display name beside it spells the local part."""
    text = (
        "Op 6 dec. 2017 om 13:01 heeft Ivens Laurens <L.lvens@amsterdam.nl> het volgende\n"
        "geschreven:\n\nDoe ik dit?\n"
    )
    emails, _r, _a = extract_emails(_document("ivens", text))
    assert [e["sender"] for e in emails] == ["l.ivens@amsterdam.nl"]
    assert parse_addresses("Jansen, J. <j.jansen@x.nl>")[0]["address"] == "j.jansen@x.nl"
    # a local part that is no name word's look-alike stays as printed
    assert parse_addresses("Lvens Laurens <l.lvens@x.nl>")[0]["address"] == "l.lvens@x.nl"


def test_lone_subject_line_quoted_by_a_forward_is_a_message():
    """SVMN 3704-3738: of the original's header only `Onderwerp: informatie ...` is
    printed; the forward above it (its labels torn into a column below) prints `FW:` and
    the same subject. The original is a message, below the forward in the thread."""
    emails, _r, attachments = extract_emails(_document("fw", _svmn_lines(3704, 3740)))
    assert [(e["position"], e["subject"]) for e in emails] == [
        (0, "FW: informatie 2020 en le helft 2021"),
        (1, "informatie 2020 en le helft 2021"),
    ]


def test_lone_subject_line_heads_a_message_after_a_closing_not_in_a_letterhead():
    after_closing = (
        "Hieronder het antwoord zoals we dat gisteren hebben gestuurd.\n\n"
        "Met vriendelijke groet,\nAfdeling Communicatie\n"
        "Onderwerp: antwoord aan de redactie\n\nHieronder vind je het antwoord.\n"
    )
    emails, _r, _a = extract_emails(_document("closing", after_closing))
    # SVMN 4228-4236: the message above it prints no header, so this one is the second
    assert [(e["position"], e["subject"]) for e in emails] == [(1, "antwoord aan de redactie")]
    # a letter's subject beside its letterhead labels, after the closing of a letter
    # printed above it, and a lone subject with nothing to show it heads a message
    letter = (
        "Hoogachtend,\nBurgemeester en wethouders\n\nDatum 27 september 2019\n"
        "Ons kenmerk 6875977\nOnderwerp: informatie 2020\n\nGeachte leden van de raad,\n"
    )
    assert extract_emails(_document("letter", letter))[0] == []
    memo = "VOORBLAD\n\nOnderwerp: Datalek SVMN\nStaf: Jeugd\n\nToelichting\n"
    assert extract_emails(_document("memo", memo))[0] == []


def test_scanned_header_with_a_boxed_to_line_and_a_wrapped_cc_list():
    """Bij-document+9 p1 (scan): OCR missed the `Aan:` label beside its box (a line of
    nothing but the box between `Verzonden:` and `CC:`) and printed the Cc list's second
    line on its own, right above `Onderwerp:` (the blank lines between are left out here:
    the page helper has no blank lines)."""
    page = _ocr_page(
        [
            "van:",
            "Verzonden: vrijdag 7 augustus 2020 13:34",
            "KE",
            "CC: Blik op W",
            "jerk || Dienstverlener; Blik op Werk || Financiën: mn",
            "Onderwerp: RE ; IIIa",
        ],
        boxes=("KE", "mn", "IIIa"),
    )
    _e, recipients, _a = extract_emails(_page_document(page))
    assert sorted((r["kind"], r["redacted"]) for r in recipients) == [
        ("cc", False),
        ("cc", True),
        ("to", True),
    ]
    # a list line right above `Onderwerp:` without a list separator is no wrapped value
    text = (
        "Van: a@x.nl\nVerzonden: woensdag 2 september 2020 9:41\nAan: b@y.nl\nGraag\nOnderwerp: x\n"
    )
    _e, recipients, _a = extract_emails(_document("plain", text))
    assert [(r["kind"], r["domain"]) for r in recipients] == [("to", "y.nl")]


def test_thread_subject_misread_once_takes_the_threads_spelling():
    """9_ (real-wob, scan): the forwarded message's subject is printed `Antw.:□ Sitemail□`
    (glyphs the font lacks), OCR'd `Antw.:[] Sitemaill`, in a thread whose other headers
    print `Re: Sitemail`; subjects that differ by more than an OCR slip stay apart."""

    def thread(subjects: list[str]) -> list[str]:
        text = "".join(
            f"Van: a@x.nl\nVerzonden: woensdag 6 december 2017 1{n}:12\nAan: b@y.nl\n"
            f"Onderwerp: {subject}\n\nTekst {n}.\n\n"
            for n, subject in enumerate(subjects)
        )
        return [e["subject"] for e in extract_emails(_document("t", text))[0]]

    assert thread(["Re: Sitemail", "Antw.:[] Sitemaill", "Re: Sitemail"]) == [
        "Re: Sitemail",
        "Antw.: Sitemail",
        "Re: Sitemail",
    ]
    assert thread(["RE: Vraag 1", "Vraag 2", "RE: Vraag 1"]) == [
        "RE: Vraag 1",
        "Vraag 2",
        "RE: Vraag 1",
    ]


def test_gmail_english_reply_line_with_an_abbreviated_us_date():
    """Gmail's English quote header (`On Thu, Feb 17, 2022 at 1:05 PM X <x@y> wrote:`):
    month abbreviated before the day; the stamp is kept as printed."""
    text = "Dank!\n\nOn Thu, Feb 17, 2022 at 1:05 PM Piet Smit <p.smit@x.nl> wrote:\n\n> Vraag\n"
    emails, _r, _a = extract_emails(_document("gmail", text))
    assert [(e["sent_at"], e["sender"], e["sent_at_raw"]) for e in emails] == [
        (datetime(2022, 2, 17, 13, 5, tzinfo=CET), "p.smit@x.nl", "Thu, Feb 17, 2022 at 1:05 PM")
    ]


def test_subject_torn_below_a_header_without_one_is_no_message_of_its_own():
    """A header whose `Onderwerp:` OCR printed a few lines below it, past a line of body
    text, in a thread that answers that subject: the line is that header's subject torn
    off, not the quoted original of the reply above."""
    text = (
        "Van: a@x.nl\nVerzonden: maandag 14 februari 2022 16:53\nAan: b@y.nl\n"
        "Onderwerp: RE: Antwoorden RTV\n\nDank.\n\n"
        "Van: b@y.nl\nVerzonden: maandag 14 februari 2022 15:46\n\n"
        "Aangepast na de staf\nzie bijlage\nen de brief\n\nOnderwerp: Antwoorden RTV\n\nTekst.\n"
    )
    emails, _r, _a = extract_emails(_document("torn", text))
    assert [e["sent_at"].strftime("%H:%M") for e in emails] == ["16:53", "15:46"]
