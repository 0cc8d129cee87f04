"""A table of incident counts on a scanned page (issue 8: "figures in tables are not read"):
Tesseract's page segmentation reads the label column and drops the number columns beside
it; the ink it left unread beside its lines is read again as one uniform block
(`pipeline.ocr._unread_ink_words`), and the table is rebuilt from the word boxes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from flows.page_reader import read_document_pages
from pipeline.incidents import extract_incident_counts
from woo_eval.sample.scan import scan_angles, scan_pdf

ROWS = [
    ("Rapportage datalekken 2021", "", ""), ("", "", ""), ("Categorie", "2020", "2021"),
    ("Verkeerde ontvanger", "12", "19"), ("Verloren laptop", "2", "3"), ("Diefstal", "1", "0"),
    ("Overig", "5", "4"), ("Totaal", "20", "26"), ("", "", ""), ("Gemeld bij de AP", "4", "6"),
]  # fmt: skip


def test_a_scanned_table_of_counts_is_read_whole(tmp_path: Path) -> None:
    digital, scanned = tmp_path / "table.pdf", tmp_path / "scan.pdf"
    canvas = Canvas(str(digital), pagesize=(595.32, 841.92))
    canvas.setFont("Helvetica", 10.5)
    for n, (label, first, second) in enumerate(ROWS):
        y = 780 - 15.5 * n
        canvas.drawString(60, y, label)
        canvas.drawRightString(330, y, first)
        canvas.drawRightString(400, y, second)
    canvas.save()
    scan_pdf(digital, scanned, scan_angles(20221, 0, 1), 20221)
    [read] = read_document_pages(str(scanned), "s" * 64, [1])
    page = {**read["page"], "page_no": 1, "words": read["words"], "redactions": read["redactions"]}
    document = {"document_id": "d", "source_id": "s" * 64, "doc_type": "report",
                "title": "Rapportage datalekken 2021", "doc_date": None, "first_page": 1,
                "last_page": 1, "pages": [page]}  # fmt: skip
    found = {
        (r["period_start"].year, r["category"], r["value"])
        for r in extract_incident_counts(document)
    }
    expected = {
        (year, category, float(value))
        for label, category in [("Verkeerde ontvanger", "wrong_recipient"),
                                ("Verloren laptop", "lost_device"), ("Diefstal", "theft"),
                                ("Overig", "other"), ("Totaal", "total"),
                                ("Gemeld bij de AP", "reported_to_ap")]
        for row in ROWS if row[0] == label
        for year, value in ((2020, row[1]), (2021, row[2]))
    }  # fmt: skip
    assert found == expected
    assert all(r["period_end"] == date(r["period_start"].year, 12, 31)
               for r in extract_incident_counts(document))  # fmt: skip
