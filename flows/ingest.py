"""The `woo ingest` flow: PDFs in, one database (a DuckDB file or a DuckLake) out.

Files are hashed first and unchanged ones skipped; the pages of the rest are read in chunks
(text layer or OCR, then redactions) in this machine's page processes, or on a Dask cluster.
A Prefect task reads one chunk, or on this machine the chunks of several small sources (a
task run costs about as much CPU as a born-digital page). Chunks are submitted a few at a
time, in file order, so memory follows the pages in flight and the sources being assembled,
not the release. As soon as a source's pages are in, its structure is extracted (in the page
processes, beside the next pages); finished sources are committed together every
COMMIT_EVERY_SECONDS, in one transaction per batch in a commit thread (see flows.load). Each
source is whole or absent: a crash loses only the sources in progress and those finished in
the last seconds, and the next run does only what is missing. The full-text index is written
in the same commit (models/search.py).
"""

from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from flows.load import commit_source
from flows.outcome import publish_run
from flows.pages import (
    MAX_CHUNK_PAGES,
    drop_prefetched,
    failed_page,
    page_chunks,
    page_pool,
    prefetch,
    read_chunk,
)
from flows.progress import Reporter, get_reporter
from flows.structure_jobs import SplitStructure, start_structure
from flows.structure_worker import warm_up
from models.db import (
    Store,
    close_writers,
    fill_document_ids,
    insert_rows,
    known_sources,
    prepare_store,
    retry_on_conflict,
    transaction,
)
from pipeline import __version__
from pipeline.grounds import grounds_table
from pipeline.inputs import find_pdfs, inspect_source, read_text
from pipeline.pdf_text import sha256_file
from pipeline.structure import extract_structure
from pipeline.text_release import read_text_release

SUMMARY_TABLES = ["redactions", "documents", "meetings", "decisions", "incident_mentions", "emails"]
DEFAULT_WORKERS = max(1, os.cpu_count() or 1)
#: Page chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 2
#: Pages per page task at least: chunks of small sources are read in one task.
TASK_PAGES = MAX_CHUNK_PAGES
#: Finished sources wait up to this long to be committed together: one transaction (for a
#: DuckDB file one open, and one checkpoint at its close) and one statement per table for
#: the batch, not per source. Each source is still whole or absent after a crash; a kill -9
#: loses at most this much finished work besides the sources in progress.
COMMIT_EVERY_SECONDS = 2.0
#: ... and at most this many finished pages wait (memory follows the batch, not the release).
MAX_PENDING_PAGES = 500


def task_runner(workers: int, dask_address: str | None = None):
    """Threads on this machine, or the Dask cluster at `dask_address`."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=workers)


@flow(name="woo-ingest", log_prints=False)
def ingest_flow(
    paths: list[str],
    db_path: str,
    workers: int = DEFAULT_WORKERS,
    data_path: str | None = None,
    dask_address: str | None = None,
) -> dict[str, Any]:
    """Ingest PDFs (files or folders, recursive) into `db_path` (a DuckDB file, or a
    `ducklake:` catalog with its Parquet files under `data_path`).

    Returns the run summary; the run ends Failed when every file failed (see
    `flows.outcome.publish_run`: call with `return_state=True` to get the summary then).
    """
    started = time.perf_counter()
    logger = get_run_logger()
    store = Store(db_path, data_path)
    files = find_pdfs(paths)
    sources, skipped = plan_sources(files, known_sources(store))
    logger.info(
        "%d files into %s: %d to read or record, %d unchanged",
        len(files), store, len(sources), len(skipped),
    )  # fmt: skip
    run = RunTally(store, sources, skipped, files)
    if not sources:
        return publish_run(run.summary(time.perf_counter() - started))
    prepare_store(store)
    refresh_grounds(store)
    known = known_sources(store)
    run.commit_failed_at_inspection(known)
    _read_and_record(sources, run, known, workers, dask_address)
    return publish_run(run.summary(time.perf_counter() - started))


def _read_and_record(
    sources: list[dict[str, Any]],
    run: RunTally,
    known: dict,
    workers: int,
    dask_address: str | None,
) -> None:
    """Read the sources that passed inspection (text releases first, then the PDFs' pages)
    and record each as it completes; the run is closed also when it is interrupted."""
    todo = [s for s in sources if s["status"] == "ok"]
    text_todo = [s for s in todo if s["kind"] == "text"]
    pdf_todo = [s for s in todo if s["kind"] != "text"]
    text_releases = _read_text_releases(text_todo)
    reporter = get_reporter()
    reporter.start(len(sources), sum(s["n_pages"] for s in todo))
    for source in sources:
        if source["status"] != "ok":
            reporter.file_done("failed")
    try:
        with task_runner(workers, dask_address) as runner:
            _ingest_text_releases(text_todo, text_releases, run, known, reporter)
            # on Dask the chunk runs in the Dask worker; here in this machine's page processes
            pool_workers = None if dask_address else workers
            window = workers * CHUNKS_IN_FLIGHT_PER_WORKER
            read_pages(runner, pdf_todo, run, known, window=window, pool_workers=pool_workers)
    finally:
        drop_prefetched()
        try:
            # the finished sources are kept, also when the run is interrupted
            run.close(known)
        finally:
            reporter.stop()
            close_writers()


def _read_text_releases(text_sources: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Plain-text releases by source id, each read once here: they have no pages to OCR.
    Sets each source's `n_pages` (the progress bar counts them)."""
    releases = {
        s["source_id"]: read_text_release(read_text(Path(s["path"])), s["source_id"])
        for s in text_sources
    }
    for source in text_sources:
        source["n_pages"] = len(releases[source["source_id"]]["pages"])
    return releases


def _ingest_text_releases(
    text_sources: list[dict[str, Any]],
    releases: dict[str, dict[str, Any]],
    run: RunTally,
    known: dict,
    reporter: Reporter,
) -> None:
    """Structure and record each plain-text release (popped from `releases`: a large text is
    freed once recorded)."""
    for source in text_sources:
        run.begin(source)
        release = releases.pop(source["source_id"])
        results = text_page_results(release)
        for _ in results:
            reporter.page_done("ocr")
        structure = structure_of(release["structure_pages"], release["documents"])
        run.finish(source, results, structure, known)


def prefetch_first_chunks(files: list[Path], store: Store, workers: int) -> None:
    """Start reading the chunks the flow will submit first (its first window), before the
    flow runs: called while Prefect's server starts, so its start costs no page time.
    The workers also build the structure pipelines then, which each needs once."""
    warm_up_workers(workers)
    window = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    known = known_sources(store)
    chunks: list[tuple[str, str, list[int]]] = []
    for path in files:
        sources, _ = plan_sources([path], known)
        for source in sources:
            if source["status"] == "ok" and source["kind"] != "text":
                for chunk in page_chunks(source["n_pages"], workers):
                    chunks.append((source["path"], source["source_id"], chunk))
        if len(chunks) >= window:
            break
    prefetch(chunks[:window], workers)


def warm_up_workers(workers: int) -> None:
    """Start building the structure pipelines in each page worker (one call per worker:
    each takes seconds, so every idle worker takes one)."""
    pool = page_pool(workers)
    for _ in range(workers):
        pool.submit(warm_up)


def read_pages(
    runner,
    sources: list[dict[str, Any]],
    run: RunTally,
    known: dict,
    window: int,
    pool_workers: int | None,
) -> None:
    """Page chunks, `window` tasks at a time in file order; each source committed once
    complete. On this machine's pool a task takes chunks of several small sources (see
    `read_chunks`); a Dask task takes one chunk."""
    jobs = deque(
        (s, chunk) for s in sources for chunk in page_chunks(s["n_pages"], pool_workers or 1)
    )
    in_flight: dict[Any, list[tuple[dict[str, Any], list[int]]]] = {}
    page_results: dict[str, list[dict[str, Any]]] = {}
    # sources read whole, in order, waiting for their structure: (source, results, structure)
    structuring: deque = deque()

    def submit_more() -> None:
        while jobs and len(in_flight) < max(1, window):
            group = _next_group(jobs, pool_workers)
            for source, chunk in group:
                if chunk[0] == 1:
                    run.begin(source)
                    page_results[source["source_id"]] = []
            in_flight[_submit_group(runner, group, pool_workers)] = group

    submit_more()
    while in_flight:
        future = next(as_completed(list(in_flight)))
        group = in_flight.pop(future)
        group_results = _group_results(future, group, pool_workers)
        del future
        submit_more()
        for (source, _), chunk_results in zip(group, group_results, strict=True):
            add_chunk(source, chunk_results, page_results, structuring, pool_workers)
        finish_structured(structuring, run, known, wait=False)
        run.commit_if_due(known)
    finish_structured(structuring, run, known, wait=True)


def _next_group(jobs: deque, pool_workers: int | None) -> list[tuple[dict[str, Any], list[int]]]:
    """The (source, chunk) jobs of the next task, taken from `jobs`: on this machine's pool,
    chunks up to `TASK_PAGES` pages; on Dask, one chunk."""
    group = [jobs.popleft()]
    while pool_workers and jobs and sum(len(c) for _, c in group) < TASK_PAGES:
        group.append(jobs.popleft())
    return group


def _submit_group(
    runner, group: list[tuple[dict[str, Any], list[int]]], pool_workers: int | None
) -> Any:
    """The future of the task that reads `group`'s chunks."""
    chunks = [{"path": s["path"], "source_id": s["source_id"], "page_nos": c} for s, c in group]
    if pool_workers:
        return runner.submit(read_chunks, {"chunks": chunks, "pool_workers": pool_workers})
    return runner.submit(read_chunk, {**chunks[0], "pool_workers": None})


def _group_results(
    future, group: list[tuple[dict[str, Any], list[int]]], pool_workers: int | None
) -> list[list[dict[str, Any]]]:
    """Each chunk's page results of a finished task; a task that raised fails its chunks."""
    try:
        return future.result() if pool_workers else [future.result()]
    except Exception as exc:  # noqa: BLE001 - a bad chunk fails its file, not the run
        return [failed_chunk(s["source_id"], chunk, exc) for s, chunk in group]


def add_chunk(
    source: dict[str, Any],
    chunk_results: list[dict[str, Any]],
    page_results: dict[str, list[dict[str, Any]]],
    structuring: deque,
    pool_workers: int | None,
) -> None:
    """A chunk's pages join their source's; with its last page the source's structure is
    started (in the page pool, where there is one) and the source queued in `structuring`."""
    results = page_results[source["source_id"]]
    for result in chunk_results:
        get_reporter().page_done(result["page"]["text_method"] or "failed")
        results.append(result)
    if len(results) < source["n_pages"]:
        return
    del page_results[source["source_id"]]
    results.sort(key=lambda r: r["page"]["page_no"])
    pages = [
        {**r["page"], "words": r["words"], "redactions": r["redactions"]}
        for r in results
        if not r["page"]["error"]
    ]
    if pool_workers and pages:
        # the main process is the run's one serial stage: structure runs beside the pages
        structure: Future | SplitStructure | dict = start_structure(
            page_pool(pool_workers), pages, pool_workers
        )
    else:
        structure = structure_of(pages, None)
    structuring.append((source, results, structure))


def finish_structured(structuring: deque, run: RunTally, known: dict, wait: bool) -> None:
    """Finish the sources whose structure is done, in the order they were read (all of
    them with `wait`)."""
    while structuring:
        source, results, structure = structuring[0]
        if not isinstance(structure, dict):  # still in the page pool
            if not (wait or structure.done()):
                return
            structure = structure_result(structure)
        structuring.popleft()
        run.finish(source, results, structure, known)


def structure_of(pages: list[dict[str, Any]], documents: list | None) -> dict[str, list[Any]]:
    """`extract_structure`, its failure an error of the source (the pages still load)."""
    try:
        return extract_structure(pages, documents)
    except Exception as exc:  # noqa: BLE001 - the pages are still worth loading
        return {"errors": [f"structure extraction failed: {type(exc).__name__}: {exc}"]}


def structure_result(future: Future | SplitStructure) -> dict[str, list[Any]]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - the pages are still worth loading
        return {"errors": [f"structure extraction failed: {type(exc).__name__}: {exc}"]}


def failed_chunk(source_id: str, page_nos: list[int], exc: BaseException) -> list[dict[str, Any]]:
    return [{"page": failed_page(source_id, n, exc), "words": []} for n in page_nos]


@task(name="read-page-chunks", cache_policy=NO_CACHE)
def read_chunks(chunks: list[dict[str, Any]], pool_workers: int) -> list[list[dict[str, Any]]]:
    """Several chunks (`read_chunk`'s path, source_id, page_nos) in one task, all submitted
    to the page pool at once: a task run costs the flow and Prefect's server about as much
    CPU as a born-digital page, so small sources share one."""

    def read(chunk: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            return read_chunk.fn(**chunk, pool_workers=pool_workers)
        except Exception:  # noqa: BLE001 - tried again once, as read_chunk's own retry does
            pass
        try:
            return read_chunk.fn(**chunk, pool_workers=pool_workers)
        except Exception as error:  # noqa: BLE001 - a bad chunk fails its file, not the run
            return failed_chunk(chunk["source_id"], chunk["page_nos"], error)

    with ThreadPoolExecutor(max_workers=len(chunks)) as threads:
        return list(threads.map(read, chunks))


class RunTally:
    """Commits each finished source and keeps the counts for the summary (not the rows)."""

    def __init__(self, store: Store, sources: list, skipped: list, files: list[Path]) -> None:
        self.store, self.sources, self.skipped, self.files = store, sources, skipped, files
        self.counts: dict[str, float] = {t: 0 for t in ["pages_text_layer", "pages_ocr"]}
        self.counts.update({t: 0 for t in SUMMARY_TABLES})
        # Where the time goes besides the pages: commits (with the incremental passes and the
        # full-text index).
        self.counts.update({"seconds_commit": 0.0, "commits": 0})
        self.leaks: list[dict[str, Any]] = []
        self.committed = 0
        self._started: dict[str, float] = {}
        # finished sources not committed yet: (source, its rows)
        self._pending: list[tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]] = []
        self._pending_pages = 0
        self._pending_since: float | None = None
        # the commit running in the commit thread: (its future, its sources and rows)
        self._committer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="woo-commit")
        self._committing: tuple[Future, list] | None = None

    def begin(self, source: dict[str, Any]) -> None:
        self._started[source["source_id"]] = time.perf_counter()

    def commit_failed_at_inspection(self, known: dict) -> None:
        failed = [s for s in self.sources if s["status"] != "ok"]
        if failed:
            now = datetime.now(UTC)
            rows = {"sources": [{**s, "ingested_at": now} for s in failed]}
            commit_source(self.store, rows, replaced_sources(failed, known))
            self.committed += len(failed)

    def finish(
        self,
        source: dict[str, Any],
        results: list[dict[str, Any]],
        structure: dict[str, list[Any]],
        known: dict,
    ) -> None:
        """The source's rows (pages and `structure`) wait in the batch for the next commit."""
        if structure.get("errors"):
            source["error"] = "; ".join(structure["errors"])
        rows = {t: r for t, r in structure.items() if t != "errors"}
        collect_pages(source, results, rows)
        source["ingested_at"] = datetime.now(UTC)
        source["seconds"] = time.perf_counter() - self._started.pop(source["source_id"])
        rows["sources"] = [source]
        fill_document_ids(rows)
        self._pending.append((source, rows))
        self._pending_pages += len(rows["pages"])
        self._pending_since = self._pending_since or time.monotonic()
        self.commit_if_due(known)

    def commit_if_due(self, known: dict) -> None:
        """Commit the finished sources once the oldest has waited COMMIT_EVERY_SECONDS (if
        no commit is running: the batch grows meanwhile) or they hold MAX_PENDING_PAGES
        pages (then after the running commit)."""
        waited = time.monotonic() - (self._pending_since or time.monotonic())
        if self._pending_pages >= MAX_PENDING_PAGES:
            self.commit_pending(known, wait=False)
        elif waited >= COMMIT_EVERY_SECONDS and not self._committing_now():
            self.commit_pending(known, wait=False)

    def commit_pending(self, known: dict, wait: bool = True) -> None:
        """The finished sources in one transaction, each source whole, in the commit
        thread: the flow goes on collecting pages meanwhile (DuckDB leaves Python's lock
        while it works). One commit runs at a time; `wait` waits for it. A batch that fails
        to commit is not tried again: its error ends the run."""
        self._settle()
        pending, self._pending = self._pending, []
        self._pending_pages, self._pending_since = 0, None
        if pending:
            batch: dict[str, list[dict[str, Any]]] = {}
            for _, rows in pending:
                for table, table_rows in rows.items():
                    batch.setdefault(table, []).extend(table_rows)
            replaced = replaced_sources([source for source, _ in pending], known)
            self._committing = (self._committer.submit(self._commit, batch, replaced), pending)
        if wait:
            self._settle()

    def close(self, known: dict) -> None:
        """Commit what is finished, and wait for it."""
        try:
            self.commit_pending(known)
        finally:
            self._committer.shutdown()

    def _commit(self, batch: dict[str, list[dict[str, Any]]], replaced: list[str]) -> float:
        started = time.perf_counter()
        commit_source(self.store, batch, replaced)
        return time.perf_counter() - started

    def _committing_now(self) -> bool:
        return self._committing is not None and not self._committing[0].done()

    def _settle(self) -> None:
        """Wait for the running commit and count its sources (its error is raised here)."""
        if self._committing is None:
            return
        (future, pending), self._committing = self._committing, None
        self.counts["seconds_commit"] += future.result()
        self.counts["commits"] += 1
        for source, rows in pending:
            self.committed += 1
            self._count(source, rows)
            get_reporter().file_done(source["status"])

    def _count(self, source: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        pages = rows.get("pages", [])
        self.counts["pages_text_layer"] += sum(p["text_method"] == "text_layer" for p in pages)
        self.counts["pages_ocr"] += sum(p["text_method"] == "ocr" for p in pages)
        for table in SUMMARY_TABLES:
            self.counts[table] += len(rows.get(table, []))
        self.leaks += [
            {"file": source["path"], "page_no": leak["page_no"], "n_chars": leak["n_chars"]}
            for leak in rows.get("redaction_leaks", [])
        ]

    def summary(self, seconds: float) -> dict[str, Any]:
        return {
            "files": len(self.files),
            "files_skipped": len(self.skipped),
            "files_ok": sum(s["status"] == "ok" for s in self.sources),
            "files_failed": [
                {"file": s["path"], "error": s["error"]}
                for s in self.sources
                if s["status"] != "ok"
            ],
            **self.counts,
            "leaks": self.leaks,
            "seconds": seconds,
            "db": str(self.store),
        }


def refresh_grounds(store: Store) -> None:
    """The grounds table, rewritten only when the pattern data changed."""
    wanted = grounds_table()

    def write() -> None:
        with transaction(store) as con:
            stored = con.execute("SELECT ground, law, meaning FROM grounds ORDER BY ALL")
            if stored.fetchall() != sorted((g["ground"], g["law"], g["meaning"]) for g in wanted):
                con.execute("DELETE FROM grounds")
                insert_rows(con, "grounds", wanted)

    retry_on_conflict(write)


def plan_sources(
    files: list[Path], known: dict[str, dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(sources to process, sources skipped): unchanged files, and a second copy of the same
    bytes within one run, are skipped by their hash before anything else reads them."""
    sources: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in files:
        source_id = sha256_file(path)
        previous = known.get(source_id)
        if source_id in seen or (previous and previous["pipeline_version"] == __version__):
            skipped.append({"source_id": source_id, "path": str(path), "file_name": path.name})
        else:
            seen.add(source_id)
            sources.append(inspect_source(path, source_id=source_id))
    return sources, skipped


def text_page_results(release: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Page results of a plain-text release, shaped like those of `read_page`."""
    return [
        {
            "page": page,
            "words": [],
            "redactions": [r for r in release["redactions"] if r["page_no"] == page["page_no"]],
        }
        for page in release["pages"]
    ]


def collect_pages(
    source: dict[str, Any], results: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]
) -> None:
    """Add a source's page rows; a page that failed fails its file."""
    rows.setdefault("pages", []).extend(r["page"] for r in results)
    for table in ("words", "redactions", "redaction_leaks"):
        rows.setdefault(table, []).extend(row for r in results for row in r.get(table, []))
    page_errors = [r["page"]["error"] for r in results if r["page"]["error"]]
    if page_errors:
        source["status"] = "failed"
        source["error"] = "; ".join(filter(None, [source["error"], *page_errors]))


def replaced_sources(sources: list[dict[str, Any]], known: dict[str, dict[str, Any]]) -> list[str]:
    """Sources to delete before loading: the ones loaded again, and older versions of a path."""
    new_ids = {s["source_id"] for s in sources}
    new_paths = {s["path"] for s in sources}
    stale = [sid for sid, info in known.items() if info["path"] in new_paths]
    return sorted(new_ids | set(stale))
