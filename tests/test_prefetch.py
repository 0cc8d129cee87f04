"""The first page chunks are read while Prefect's server starts
(`flows.ingest.prefetch_first_chunks`), and the flow's `read_chunk` takes those results
instead of reading the pages again."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from flows import pages
from flows.ingest import prefetch_first_chunks
from models.db import Store


def blank_pdf(path: Path, n_pages: int) -> Path:
    pdf = pdfium.PdfDocument.new()
    for _ in range(n_pages):
        pdf.new_page(300, 200)
    pdf.save(path)
    return path


def test_prefetched_chunks_are_the_flows_first_window_and_are_taken_once(tmp_path) -> None:
    files = [blank_pdf(tmp_path / f"{n}.pdf", n) for n in (3, 1, 2, 5)]
    store = Store(str(tmp_path / "none-yet.duckdb"))
    try:
        prefetch_first_chunks(files, store, workers=1)
        # one worker: a window of 2 chunks, whole files in file order
        assert [(Path(p).name, list(n)) for p, _, n in pages._PREFETCHED] == [
            ("3.pdf", [1, 2, 3]),
            ("1.pdf", [1]),
        ]
        (path, source_id, page_nos), future = next(iter(pages._PREFETCHED.items()))
        results = pages.read_chunk.fn(path, source_id, list(page_nos), 1)
        assert future.done() and [r["page"]["page_no"] for r in results] == [1, 2, 3]
        assert (path, source_id, page_nos) not in pages._PREFETCHED  # taken, not kept
    finally:
        pages.drop_prefetched()
    assert not pages._PREFETCHED
