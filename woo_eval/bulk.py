"""Many small born-digital PDFs, fast to make and to ingest: the load for crash, resume and
archive-size tests (`make stress`), not a quality fixture (no gold)."""

from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

SUBJECTS = ["datalek", "vergadering", "Woo-verzoek", "incident", "besluit", "inspectie"]


def _letter(seed: int, n_pages: int) -> bytes:
    rng = random.Random(seed)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    subject = rng.choice(SUBJECTS)
    for page_no in range(1, n_pages + 1):
        y = 780
        lines = [
            f"Gemeente Voorbeeld, kenmerk {seed}-{page_no}",
            f"Datum: {rng.randint(1, 28)} maart {rng.randint(2018, 2023)}",
            f"Onderwerp: {subject} nummer {seed}",
            "",
            *(
                f"In {rng.randint(2018, 2023)} waren er {rng.randint(1, 99)} meldingen "
                f"over {rng.choice(SUBJECTS)}; zie bijlage {rng.randint(1, 9)}."
                for _ in range(12)
            ),
            f"Pagina {page_no} van {n_pages}",
        ]
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def write_bulk_release(folder: Path, n_files: int, pages_per_file: int, seed: int = 0) -> int:
    """Write `n_files` distinct PDFs of `pages_per_file` pages; returns the number of pages."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(n_files):
        (folder / f"brief-{seed:03d}-{n:05d}.pdf").write_bytes(
            _letter(seed * 1_000_003 + n, pages_per_file)
        )
    return n_files * pages_per_file
