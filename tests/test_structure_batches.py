"""A big source's structure in batches of documents (`flows.structure_jobs`) gives the same
rows as one `extract_structure` call, on the pages of real letters."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from flows.page_reader import read_document_pages
from flows.structure_jobs import SplitStructure
from pipeline.documents import document_ranges
from pipeline.render import count_pages
from pipeline.structure import (
    document_batches,
    extract_document_batch,
    extract_structure,
    merge_batches,
    readable_pages,
)

LETTERS = [
    "real-wob/17_getekend_wob-besluit_geredigeerd.pdf",
    "real-wob-dev/letters/besluit_wob-verzoek_project_noordeinde.pdf",
    "real-wob-dev/letters/deelbesluit_2_bosco_stukken_terras_vanaf_start_getekend_inclusief_inventarislijst.pdf",
]


@pytest.fixture(scope="module")
def pages(reference_dir: Path) -> list[dict]:
    """The pages of three real letters as the pages of one source (numbered on)."""
    out: list[dict] = []
    for name in LETTERS:
        path = reference_dir / name
        if not path.exists():
            pytest.skip(f"../shared/reference not present: {name}")
        page_nos = list(range(1, count_pages(path) + 1))
        for result in read_document_pages(str(path), "ab" * 32, page_nos):
            if not result["page"]["error"]:
                page_no = len(out) + 1
                words = [{**w, "page_no": page_no} for w in result["words"]]
                redactions = [{**r, "page_no": page_no} for r in result["redactions"]]
                out.append({**result["page"], "page_no": page_no, "words": words,
                            "redactions": redactions})  # fmt: skip
    return out


def same(a: dict, b: dict) -> bool:
    return json.dumps(a, default=str, sort_keys=True) == json.dumps(b, default=str, sort_keys=True)


@pytest.mark.parametrize("n_batches", [1, 2, 5])
def test_batches_give_the_rows_of_one_call(pages: list[dict], n_batches: int):
    whole = extract_structure(pages)
    assert len(whole["documents"]) >= 4
    readable = readable_pages(pages)
    batches = document_batches(readable, document_ranges(readable), n_batches)
    assert (len(batches) > 1) == (n_batches > 1)  # a real split, whole documents each
    assert same(merge_batches([extract_document_batch(b) for b in batches]), whole)


def test_split_structure_runs_in_a_pool(pages: list[dict]):
    with ThreadPoolExecutor(max_workers=2) as pool:
        split = SplitStructure(pool, pages, 3)
        result = split.result()
        assert split.done()
    assert same(result, extract_structure(pages))
