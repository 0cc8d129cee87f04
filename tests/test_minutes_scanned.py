"""Minutes in the layout many organisations print (function labels, a bulleted attendance
list with functions and organisations, dash-separated organisations, decisions stated as
sentences), rendered as a page and scanned (200 dpi, skew, JPEG noise: the real-eval
rescan), then OCR'd: what the meeting, its participants and its decisions come to (issue 8:
meetings and decisions on scans)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from flows.page_reader import read_document_pages
from pipeline.decisions import extract_decisions
from pipeline.documents import classify_document
from pipeline.meetings import extract_meetings
from woo_eval.sample.scan import scan_angles, scan_pdf

MINUTES = """Gemeente Zeist
Verslag stuurgroep Wonen en Zorg
Datum: 12 mei 2022
Tijd: 10.00 - 11.30 uur
Locatie: gemeentehuis Zeist, kamer 2.14
Voorzitter: mevrouw J. Jansen
Notulist: P. de Vries

Aanwezig:
- Karin Bos, beleidsadviseur, gemeente Zeist
- 5.1.2.e, teamleider, GGD regio Utrecht
- Jan van Dam
Afwezig met kennisgeving:
- Piet Smit - Veilig Thuis

1. Opening en vaststelling agenda
De voorzitter opent om 10.05 uur de vergadering. De agenda wordt ongewijzigd vastgesteld.

2. Voortgang pilot wijkteams
Na discussie wordt afgesproken dat de wijkteams voortaan maandelijks rapporteren.
Besloten wordt om de pilot met een half jaar te verlengen.
Karin Bos zal de cijfers voor de volgende vergadering rondsturen.

3. Rondvraag
Geen."""


def _scanned_document(tmp_path: Path) -> dict:
    digital, scanned = tmp_path / "minutes.pdf", tmp_path / "scan.pdf"
    canvas = Canvas(str(digital), pagesize=(595.32, 841.92))
    canvas.setFont("Helvetica", 10.5)
    for n, line in enumerate(MINUTES.splitlines()):
        canvas.drawString(60, 780 - 15.5 * n, line)
    canvas.save()
    scan_pdf(digital, scanned, scan_angles(20221, 0, 1), 20221)
    [read] = read_document_pages(str(scanned), "s" * 64, [1])
    page = {**read["page"], "page_no": 1, "words": read["words"], "redactions": read["redactions"]}
    doc_type, title = classify_document(page["text"])
    return {"document_id": "d", "source_id": "s" * 64, "doc_type": doc_type, "title": title,
            "doc_date": None, "first_page": 1, "last_page": 1, "pages": [page]}  # fmt: skip


def test_scanned_minutes_meeting_participants_and_decisions(tmp_path):
    document = _scanned_document(tmp_path)
    assert document["doc_type"] == "minutes"
    [meeting], people = extract_meetings(document)
    assert (meeting["meeting_date"], meeting["start_time"], meeting["end_time"]) == (
        date(2022, 5, 12), time(10, 0), time(11, 30),
    )  # fmt: skip
    assert [(p["name"], p["role"], p["organisation"], p["status"]) for p in people] == [
        ("J. Jansen", "voorzitter", None, "present"),
        ("P. de Vries", "notulist", None, "present"),
        ("Karin Bos", "beleidsadviseur", "gemeente Zeist", "present"),
        (None, "teamleider", "GGD regio Utrecht", "present"),
        ("Jan van Dam", None, None, "present"),
        ("Piet Smit", None, "Veilig Thuis", "absent"),
    ]
    assert [(d["kind"], d["text"][:40]) for d in extract_decisions(document, [meeting])] == [
        ("besluit", "De agenda wordt ongewijzigd vastgesteld."),
        ("afspraak", "Na discussie wordt afgesproken dat de wi"),
        ("besluit", "Besloten wordt om de pilot met een half "),
        ("actie", "Karin Bos zal de cijfers voor de volgend"),
    ]


TABLE = [
    ("Verslag projectgroep", ""), ("Datum: 12 mei 2022", ""), ("", ""),
    ("Aanwezig", "Organisatie"), ("J. Jansen (voorzitter)", "Gemeente Utrecht"),
    ("P. de Vries", "GGD regio Utrecht"), ("5.1.2.e", "Politie Midden-Nederland"),
    ("Afwezig", ""), ("K. Smit", "Provincie Utrecht"), ("", ""), ("1. Opening", ""),
]  # fmt: skip


def _table_people(tmp_path: Path, scanned: bool) -> tuple[str, list[tuple]]:
    path = tmp_path / "table.pdf"
    canvas = Canvas(str(path), pagesize=(595.32, 841.92))
    canvas.setFont("Helvetica", 10.5)
    for n, (name, organisation) in enumerate(TABLE):
        canvas.drawString(60, 780 - 15.5 * n, name)
        canvas.drawString(260, 780 - 15.5 * n, organisation)
    canvas.save()
    if scanned:
        scan_pdf(path, tmp_path / "scan.pdf", scan_angles(20221, 0, 1), 20221)
        path = tmp_path / "scan.pdf"
    [read] = read_document_pages(str(path), "s" * 64, [1])
    page = {**read["page"], "page_no": 1, "words": read["words"], "redactions": read["redactions"]}
    document = {"document_id": "d", "source_id": "s" * 64, "doc_type": "minutes",
                "title": "Verslag projectgroep", "doc_date": None, "first_page": 1,
                "last_page": 1, "pages": [page]}  # fmt: skip
    _, people = extract_meetings(document)
    return page["text"], [(p["name"], p["organisation"], p["status"]) for p in people]


def test_an_attendance_table_of_a_text_layer_by_its_column_gap(tmp_path):
    # the page text joins a table's cells with one space (`P. de Vries GGD regio Utrecht`);
    # the words' boxes keep the gap between the columns
    text, people = _table_people(tmp_path, scanned=False)
    assert "P. de Vries GGD regio Utrecht" in text
    assert people == [
        ("J. Jansen", "Gemeente Utrecht", "present"),
        ("P. de Vries", "GGD regio Utrecht", "present"),
        (None, "Politie Midden-Nederland", "present"),
        ("K. Smit", "Provincie Utrecht", "absent"),
    ]


def test_an_attendance_table_ocr_read_column_by_column(tmp_path):
    # Tesseract reads the names as one block and the organisations as the next: a row is
    # the lines that stand side by side
    text, people = _table_people(tmp_path, scanned=True)
    assert text.index("Organisatie") > text.index("K. Smit")
    named = [person for person in people if person[0]]
    assert named == [
        ("J. Jansen", "Gemeente Utrecht", "present"),
        ("P. de Vries", "GGD regio Utrecht", "present"),
        ("K. Smit", "Provincie Utrecht", "absent"),
    ]
