"""Reading a source's pages in worker processes (the reading itself: `flows.page_reader`).

A source's pages are cut into chunks; each chunk runs in a process of one shared pool
(CPU-bound PDF parsing, OpenCV and Tesseract's callers are not held by one GIL) and opens
the document once, so a page of a 1,000-page file costs what a page of a 10-page file does.
A page over budget, or one that cannot be read, becomes a page with an `error`, never a
failed run; a worker that dies costs only the page that killed it.
"""

from __future__ import annotations

import math
import multiprocessing
import multiprocessing.util
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.page_reader import failed_page, read_document_pages
from flows.server import exit_with

#: Pages per chunk at most: big enough that opening the document and the hand-over between
#: processes are small against the pages, small enough to spread a file over the workers.
MAX_CHUNK_PAGES = 16


@task(name="read-pages", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_chunk(
    path: str, source_id: str, page_nos: list[int], pool_workers: int | None
) -> list[dict[str, Any]]:
    """Pages `page_nos` of one source: in this machine's pool of `pool_workers` page
    processes, or, with None (a Dask worker, already a process of its own), right here."""
    if not pool_workers:
        return read_document_pages(path, source_id, page_nos)
    future = _PREFETCHED.pop((path, source_id, tuple(page_nos)), None)
    if future is None:
        future = page_pool(pool_workers).submit(read_document_pages, path, source_id, page_nos)
    return _chunk_results(future, path, source_id, page_nos, pool_workers)


#: Chunks started before the flow (`prefetch`), by (path, source_id, page numbers).
_PREFETCHED: dict[tuple[str, str, tuple[int, ...]], Future] = {}


def prefetch(chunks: list[tuple[str, str, list[int]]], workers: int) -> None:
    """Start reading these (path, source_id, page numbers) chunks now, in the pool the flow
    will use: the first pages are read while Prefect's server starts, and `read_chunk` takes
    their results instead of reading them again."""
    pool = page_pool(workers)
    for path, source_id, page_nos in chunks:
        future = pool.submit(read_document_pages, path, source_id, page_nos)
        _PREFETCHED[(path, source_id, tuple(page_nos))] = future


def drop_prefetched() -> None:
    """Forget chunks the flow did not take (a source it did not read after all)."""
    for future in _PREFETCHED.values():
        future.cancel()
    _PREFETCHED.clear()


def page_chunks(n_pages: int, workers: int) -> Iterator[list[int]]:
    """Page numbers (from 1) in consecutive chunks of at most `MAX_CHUNK_PAGES`, and at
    least as many chunks as workers when there are pages enough."""
    n_chunks = max(math.ceil(n_pages / MAX_CHUNK_PAGES), min(workers, n_pages))
    size = math.ceil(n_pages / n_chunks) if n_pages else 1
    for start in range(1, n_pages + 1, size):
        yield list(range(start, min(start + size, n_pages + 1)))


def _chunk_results(
    future: Future, path: str, source_id: str, chunk: list[int], workers: int
) -> list[dict[str, Any]]:
    """A chunk's page results; when its worker died (a page beyond what the machine can
    hold), each page is tried once more alone, so that only the page that kills a worker
    fails."""
    try:
        return future.result()
    except BrokenProcessPool:
        pass
    results = []
    for page_no in chunk:
        try:
            pool = page_pool(workers)
            results.extend(pool.submit(read_document_pages, path, source_id, [page_no]).result())
        except BrokenProcessPool as exc:
            _reset_pool(pool)
            error = RuntimeError(f"the page worker died ({exc or 'killed or out of memory'})")
            results.append({"page": failed_page(source_id, page_no, error), "words": []})
    return results


# --- the worker pool ------------------------------------------------------------------

_POOL: ProcessPoolExecutor | None = None
_POOL_WORKERS = 0
_POOL_LOCK = threading.Lock()


def page_pool(workers: int) -> ProcessPoolExecutor:
    """The process pool page chunks run in, started on first use and kept for the process
    (starting workers costs seconds; a second flow in the same process reuses them)."""
    global _POOL, _POOL_WORKERS
    with _POOL_LOCK:
        if _POOL is None or _POOL_WORKERS != workers:
            if _POOL is not None:
                _POOL.shutdown(wait=False, cancel_futures=True)
            # forkserver: workers fork from a clean server, not from a process running
            # Prefect's threads; the server imports the page stack once for all of them
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["flows.page_reader"])
            _POOL = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=context,
                # a kill -9 of this process must not leave the workers behind
                initializer=exit_with,
                initargs=(os.getpid(),),
            )
            _POOL_WORKERS = workers
            # A multiprocessing child (a flow run under `woo serve`) joins its child
            # processes at exit before concurrent.futures stops the pool's idle workers, and
            # would wait for them forever: stop the pool first.
            multiprocessing.util.Finalize(_POOL, _stop_pool, args=(_POOL,), exitpriority=10)
        return _POOL


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """At exit: idle workers are ended, not waited for (one blocked on the task queue's lock
    would never take its stop sentinel)."""
    workers = list((pool._processes or {}).values())  # no public handle; shutdown drops it
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()


def _reset_pool(broken: ProcessPoolExecutor) -> None:
    global _POOL
    with _POOL_LOCK:
        if _POOL is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            _POOL = None


__all__ = ["drop_prefetched", "failed_page", "page_chunks", "prefetch", "read_chunk"]
