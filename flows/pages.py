"""Reading a source's pages in worker processes (the reading itself: `flows.page_reader`).

A source's pages are cut into chunks; each chunk runs in a process of one shared pool
(CPU-bound PDF parsing, OpenCV and Tesseract's callers are not held by one GIL) and opens
the document once, so a page of a 1,000-page file costs what a page of a 10-page file does.
A page over budget (memory, or `PAGE_TIME_LIMIT_S` of wall-clock time: the worker is then
stopped), or one that cannot be read, becomes a page with an `error`, never a failed run; a
worker that dies or is stopped costs only the page that caused it.
"""

from __future__ import annotations

import math
import multiprocessing
import multiprocessing.util
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.page_reader import PageReader, failed_page, read_document_pages, read_within
from flows.server import exit_with

#: Pages per chunk at most: big enough that opening the document and the hand-over between
#: processes are small against the pages, small enough to spread a file over the workers.
MAX_CHUNK_PAGES = 16
#: Wall-clock budget of one page in a page worker: a scanned page's Tesseract pass may take
#: OCR_TIMEOUT_S (180 s) and its labels 30 s each; a page past this is stuck (PDFium or
#: pdfplumber looping) and its worker is stopped.
PAGE_TIME_LIMIT_S = 600.0


@task(name="read-pages", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_chunk(
    path: str, source_id: str, page_nos: list[int], pool_workers: int | None
) -> list[dict[str, Any]]:
    """Pages `page_nos` of one source: in this machine's pool of `pool_workers` page
    processes, or, with None (a Dask worker, already a process of its own), right here."""
    if not pool_workers:
        return read_document_pages(path, source_id, page_nos)
    return read_in_pool(path, source_id, page_nos, pool_workers)


def read_in_pool(
    path: str,
    source_id: str,
    page_nos: list[int],
    workers: int,
    reader: PageReader = read_document_pages,
    page_seconds: float = PAGE_TIME_LIMIT_S,
) -> list[dict[str, Any]]:
    """`reader(path, source_id, page_nos)` in the page pool, within `page_seconds` a page
    (a chunk started by `prefetch` is taken, not read again)."""
    key = (path, source_id, tuple(page_nos))
    started = _PREFETCHED.pop(key, None) if reader is read_document_pages else None
    try:
        return _result(
            started
            or _submit(workers, page_seconds * len(page_nos), reader, path, source_id, page_nos)
        )
    except BrokenProcessPool:
        pass
    # A worker died or ran out of time: each page alone, so that only the guilty page fails.
    results = []
    for page_no in page_nos:
        try:
            results.extend(
                _result(_submit(workers, page_seconds, reader, path, source_id, [page_no]))
            )
        except BrokenProcessPool as exc:
            results.append({"page": failed_page(source_id, page_no, exc), "words": []})
    return results


class _Submitted(NamedTuple):
    """A call in the pool, with what is needed to tell why its worker died."""

    pool: ProcessPoolExecutor
    future: Future
    processes: list[Any]
    manager: threading.Thread | None
    submitted: float
    seconds: float


def _submit(workers: int, seconds: float, *call: Any) -> _Submitted:
    """`read_within(seconds, *call)` started in the pool."""
    pool = page_pool(workers)
    submitted = time.monotonic()
    future = pool.submit(read_within, seconds, *call)
    processes = list((pool._processes or {}).values())  # no public handle on the workers
    manager = pool._executor_manager_thread
    return _Submitted(pool, future, processes, manager, submitted, seconds)


def _result(call: _Submitted) -> list[dict[str, Any]]:
    """The call's pages. A worker that dies breaks the pool (every chunk in it is read again
    page by page): the pool is replaced, and the error says whether the worker ran out of
    time or was killed otherwise."""
    try:
        return call.future.result()
    except BrokenProcessPool as exc:
        _reset_pool(call.pool)
        # The pool's manager thread joins the dead workers too; a forkserver child's exit
        # code is read once from a pipe, so a second reader at the same moment gets 255:
        # read exit codes only after the manager is done with them.
        if call.manager is not None:
            call.manager.join(timeout=10)
        for process in call.processes:
            process.join(timeout=5)
        # a worker of the pool ran out of time, and this call had time enough to be the one
        out_of_time = time.monotonic() - call.submitted >= call.seconds
        if out_of_time and any(p.exitcode == -signal.SIGALRM for p in call.processes):
            raise BrokenProcessPool(
                f"reading stopped after {call.seconds:.0f} s, the page's time budget: "
                "its worker was stopped"
            ) from exc
        raise BrokenProcessPool(
            f"the page worker died ({exc or 'killed or out of memory'})"
        ) from exc


#: Chunks started before the flow (`prefetch`), by (path, source_id, page numbers).
_PREFETCHED: dict[tuple[str, str, tuple[int, ...]], _Submitted] = {}


def prefetch(chunks: list[tuple[str, str, list[int]]], workers: int) -> None:
    """Start reading these (path, source_id, page numbers) chunks now, in the pool the flow
    will use: the first pages are read while Prefect's server starts, and `read_chunk` takes
    their results instead of reading them again."""
    for path, source_id, page_nos in chunks:
        seconds = PAGE_TIME_LIMIT_S * len(page_nos)
        call = _submit(workers, seconds, read_document_pages, path, source_id, page_nos)
        _PREFETCHED[(path, source_id, tuple(page_nos))] = call


def drop_prefetched() -> None:
    """Forget chunks the flow did not take (a source it did not read after all)."""
    for call in _PREFETCHED.values():
        call.future.cancel()
    _PREFETCHED.clear()


def page_chunks(n_pages: int, workers: int) -> Iterator[list[int]]:
    """Page numbers (from 1) in consecutive chunks of at most `MAX_CHUNK_PAGES`, and at
    least as many chunks as workers when there are pages enough."""
    n_chunks = max(math.ceil(n_pages / MAX_CHUNK_PAGES), min(workers, n_pages))
    size = math.ceil(n_pages / n_chunks) if n_pages else 1
    for start in range(1, n_pages + 1, size):
        yield list(range(start, min(start + size, n_pages + 1)))


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
