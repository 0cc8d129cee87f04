"""Hostile pages are read within budgets (pixels, characters, Tesseract time, wall-clock time
per page in a page worker), or refused with a clear error on that page: never a crash, never
a machine's worth of memory, never a worker held forever.

Each hostile page is read in a subprocess, which reports its own peak RSS and that of the
Tesseract it ran."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

import flows.pages as pages_module
from flows.pages import read_in_pool
from pipeline.ocr import OcrTimeout, ocr_image
from pipeline.pdf_text import MAX_PAGE_CHARS
from pipeline.render import MAX_PAGE_PIXELS, budget_dpi
from woo_eval.bulk import write_bulk_release

ROOT = Path(__file__).resolve().parent.parent
#: no page may take more than this, Tesseract included (issue 10: 2 GiB at most)
MEMORY_BUDGET_MIB = 1536

_READ_ONE_PAGE = """
import json, resource, sys
from flows.page_reader import read_document_pages
page = read_document_pages(sys.argv[1], "0" * 64, [1])[0]["page"]
who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)  # this process, and Tesseract
peak = max(resource.getrusage(w).ru_maxrss for w in who)
print(json.dumps({"page": page, "peak_mib": peak / 1024}))
"""


def _read_page_in_subprocess(path: Path) -> tuple[dict, float]:
    env = {"PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", _READ_ONE_PAGE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["page"], report["peak_mib"]


def _pdf_with_page(path: Path, size: float, content: bytes, font: bool = False) -> Path:
    pdf = pikepdf.new()
    resources = pikepdf.Dictionary()
    if font:
        helvetica = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        resources.Font = pikepdf.Dictionary(F1=helvetica)
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, size, size],
        Contents=pdf.make_stream(content),
        Resources=resources,
    )
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


def test_a_huge_blank_page_is_read_at_a_lower_resolution(tmp_path: Path) -> None:
    # 14,400 pt is the largest page PDF allows: 3,600 Mpx at 300 dpi (10 GiB) before budgets
    pdf = _pdf_with_page(tmp_path / "huge.pdf", 14_400, b"")
    page, peak_mib = _read_page_in_subprocess(pdf)
    assert page["error"] is None, page["error"]
    assert page["text_method"] == "ocr" and page["n_words"] == 0
    assert page["width"] == pytest.approx(14_400)
    assert peak_mib < MEMORY_BUDGET_MIB


def test_one_text_draw_of_a_million_characters_stays_within_memory(tmp_path: Path) -> None:
    text = b"Woo " * 250_000  # one text draw of 1,000,000 characters
    content = b"BT /F1 1 Tf 10 500 Td (" + text + b") Tj ET"
    pdf = _pdf_with_page(tmp_path / "chars.pdf", 612, content, font=True)
    page, peak_mib = _read_page_in_subprocess(pdf)
    # PDFium keeps the first 32,767 characters of one draw: the page is read, cut short
    assert page["error"] is None or "characters" in page["error"]
    assert page["error"] is not None or page["n_words"] > 0
    assert peak_mib < MEMORY_BUDGET_MIB


def test_a_page_over_the_character_budget_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    draw = b"BT /F1 1 Tf 10 %d Td (" + b"Woo " * 7_500 + b") Tj ET\n"
    content = b"".join(draw % (20 + 10 * i) for i in range(4 * MAX_PAGE_CHARS // 30_000 + 1))
    pdf = _pdf_with_page(tmp_path / "chars.pdf", 612, content, font=True)
    page, peak_mib = _read_page_in_subprocess(pdf)
    assert page["error"] is not None and "page 1" in page["error"]
    assert f"more than the {MAX_PAGE_CHARS:,} characters" in page["error"]
    assert peak_mib < MEMORY_BUDGET_MIB


def test_render_resolution_is_cut_to_the_pixel_budget() -> None:
    assert budget_dpi(595, 842, 300) == 300  # A4 at 300 dpi is within budget
    dpi = budget_dpi(14_400, 14_400, 300)
    assert dpi < 300
    assert (14_400 * dpi / 72) ** 2 == pytest.approx(MAX_PAGE_PIXELS, rel=1e-6)


def test_tesseract_past_its_timeout_stops_with_a_clear_error() -> None:
    image = Image.new("RGB", (2480, 3508), "white")
    with pytest.raises(OcrTimeout, match="Tesseract timeout"):
        ocr_image(image, 72 / 300, timeout=0.01)


def reader_stuck_on_page_2(path: str, source_id: str, page_nos: list[int]) -> list[dict]:
    """A page function that hangs on page 2, as PDFium or pdfplumber looping on a hostile
    page would, and reads the other pages at once (imported by the page workers from this
    module; the time a real page takes on a busy machine is not what is tested here)."""
    if 2 in page_nos:
        time.sleep(3600)
    return [{"page": {"page_no": n, "error": None}, "words": []} for n in page_nos]


def test_a_page_past_its_time_budget_stops_its_worker_and_the_other_pages_are_read(tmp_path):
    write_bulk_release(tmp_path, n_files=1, pages_per_file=3)
    pdf = str(next(tmp_path.rglob("*.pdf")))
    source_id = "0" * 64
    # a started pool first: a worker's start is not a page's time
    assert read_in_pool(pdf, source_id, [1], workers=2)[0]["page"]["error"] is None
    workers = list(pages_module.page_pool(2)._processes.values())
    results = read_in_pool(
        pdf, source_id, [1, 2, 3], workers=2, reader=reader_stuck_on_page_2, page_seconds=3
    )
    pages = {r["page"]["page_no"]: r["page"] for r in results}
    assert sorted(pages) == [1, 2, 3]
    assert pages[1]["error"] is None and pages[3]["error"] is None
    assert "page 2" in pages[2]["error"] and "time budget" in pages[2]["error"]
    for worker in workers:  # the stuck worker was stopped, not left sleeping
        worker.join(timeout=10)
        assert not worker.is_alive()
    # the next chunk gets a fresh pool and is read for real
    page = read_in_pool(pdf, source_id, [3], workers=2)[0]["page"]
    assert page["error"] is None and page["n_words"] > 0
