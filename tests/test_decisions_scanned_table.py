"""A table of agreements on a scanned page whose label and content cells Tesseract reads as
blocks of their own (issue 8: tables on scans). Bij-documenten pp. 24-26 (the PI Zwolle
note, "Verder zijn de volgende afspraken gemaakt:" over a two-column table), rendered as
`scripts/real_eval.py --rescan --seed 7` renders them: on that scan every row label of p. 25
stands alone and the table gave 1 of its 7 agreements."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from flows.page_reader import read_document_pages
from pipeline.decisions import extract_decisions
from woo_eval.sample.scan import _scan_image, scan_angles

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT.parent / "shared/reference/real-wob-dev/bundles/Bij-documenten.pdf"
SEED, FILE_INDEX, N_PAGES = 7, 4, 27  # the rescan's seed, and this file's place in it
PAGES = (24, 25, 26)


def _scan(path: Path) -> Path:
    """Pages 24-26 of the bundle as the seed-7 rescan renders them (A4, 200 dpi JPEG)."""
    angles = scan_angles(SEED, FILE_INDEX, N_PAGES)
    canvas = Canvas(str(path), pagesize=(595.32, 841.92))
    for page_no in PAGES:
        rng = np.random.default_rng([SEED + FILE_INDEX, page_no - 1])
        jpeg = _scan_image(BUNDLE, page_no, angles[page_no - 1], rng)
        canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, 595.32, 841.92)
        canvas.showPage()
    canvas.save()
    return path


def test_row_labels_read_as_blocks_of_their_own_keep_their_rows(tmp_path):
    if not BUNDLE.exists():
        pytest.skip(f"../shared/reference not present: {BUNDLE}")
    scan = _scan(tmp_path / "scan.pdf")
    pages = [
        {**r["page"], "page_no": n, "words": r["words"], "redactions": r["redactions"]}
        for n, r in zip(PAGES, read_document_pages(str(scan), "s" * 64, [1, 2, 3]), strict=True)
    ]
    document = {"document_id": "d", "source_id": "s" * 64, "doc_type": "memo",
                "first_page": 24, "last_page": 26, "pages": pages}  # fmt: skip
    labels = [d["text"].split(":")[0] for d in extract_decisions(document, [])]
    assert labels[1:] == [
        "Regulier", "BEWA", "Voor allen geldt (PPC/Regulier)", "Financiele consequenties",
        "Personele consequenties", "Overig",
    ]  # fmt: skip
