"""A finished source's structure, started in the page pool (flow side; the work itself is
`pipeline.structure`'s).

A small source's structure is one call in one page worker. A big one's would be the run's
one serial stage at its end (a 1,000-page file: seconds of one core while the other idles),
so it is split: its document boundaries in one worker (they need every page's text, and
only that), then its documents in batches across all the workers, merged in order here.
"""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from pipeline.documents import DocumentRanges, document_ranges
from pipeline.structure import (
    document_batches,
    extract_document_batch,
    extract_structure,
    merge_batches,
    readable_pages,
)

#: A source of at least this many pages has its structure split across the page workers.
SPLIT_STRUCTURE_PAGES = 64
#: Batches of documents per worker: a few each, so that uneven batches even out.
BATCHES_PER_WORKER = 3


class SplitStructure:
    """A big source's structure in the page pool, polled like a Future (`done`, `result`)
    by the flow's main thread, which also submits the batches once the split is known."""

    def __init__(self, pool: ProcessPoolExecutor, pages: list[dict[str, Any]], n: int) -> None:
        self._pool, self._n_batches = pool, n
        self._pages: list[dict[str, Any]] | None = readable_pages(pages)
        texts = [{"text": page["text"]} for page in self._pages]  # all the split reads
        self._split: Future = pool.submit(document_ranges, texts)
        self._parts: list[Future] | None = None

    def done(self) -> bool:
        self._start_batches(wait=False)
        return self._parts is not None and all(part.done() for part in self._parts)

    def result(self) -> dict[str, list[Any]]:
        """The source's structure, as `extract_structure` gives it (a batch's error is
        raised here)."""
        self._start_batches(wait=True)
        return merge_batches([part.result() for part in self._parts or []])

    def _start_batches(self, wait: bool) -> None:
        if self._parts is not None or not (wait or self._split.done()):
            return
        split: DocumentRanges = self._split.result()
        batches = document_batches(self._pages or [], split, self._n_batches)
        self._parts = [self._pool.submit(extract_document_batch, batch) for batch in batches]
        self._pages = None  # the batches hold what is still needed


def start_structure(
    pool: ProcessPoolExecutor, pages: list[dict[str, Any]], workers: int
) -> Future | SplitStructure:
    """`extract_structure(pages)` started in `pool` (of `workers` processes)."""
    if workers < 2 or len(pages) < SPLIT_STRUCTURE_PAGES:
        return pool.submit(extract_structure, pages)
    return SplitStructure(pool, pages, workers * BATCHES_PER_WORKER)
