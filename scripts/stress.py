"""`make stress`: crash safety, readers during a run, hostile files, and the cost of a run
against a 10x larger archive. Prints a report (and writes JSON with --out).

    .venv/bin/python scripts/stress.py [--files 40] [--new-files 10] [--out stress.json]

1. kill -9 in the middle of a real `woo ingest` (born-digital letters, 3 pages each) while a
   reader queries the database in a loop: committed sources lost (must be 0), sources seen
   incomplete by the reader (must be 0), the temporary Prefect server left running (must be
   none), and the time of the resuming run with what it skipped.
2. The hostile set (tests/hostile_files.py): how each file ends.
3. The same new pages ingested into the archive and into a copy ten times its size (the extra
   rows are the archive's own, under new source ids): run time, commit time (with e-mail
   threads, incident de-duplication and the full-text index), peak memory.

Timings depend on the machine and its load: re-run on an idle machine for figures to quote.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import duckdb  # noqa: E402

from models.db import Store, incomplete_sources  # noqa: E402
from woo_eval.bulk import write_bulk_release  # noqa: E402
from woo_eval.processes import alive, descendants  # noqa: E402

WOO = [sys.executable, "-m", "pipeline", "ingest"]
PAGES_PER_FILE = 3


def count_sources(db: str) -> int | None:
    try:
        con = duckdb.connect(db, read_only=True)
    except duckdb.Error:
        return None  # the writer holds the file this moment
    try:
        return con.execute("SELECT count(*) FROM sources").fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        con.close()


class Reader(threading.Thread):
    """Queries the database in a loop: every source it sees must be whole."""

    def __init__(self, db: str) -> None:
        super().__init__(daemon=True)
        self.db, self.stop, self.reads, self.incomplete = db, threading.Event(), 0, 0

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                con = duckdb.connect(self.db, read_only=True)
            except duckdb.Error:
                time.sleep(0.05)
                continue
            try:
                bad = con.execute(
                    "SELECT count(*) FROM sources s LEFT JOIN (SELECT source_id, count(*) n "
                    "FROM pages GROUP BY ALL) p USING (source_id) "
                    "WHERE s.status = 'ok' AND coalesce(p.n, 0) <> s.n_pages"
                ).fetchone()[0]
                self.reads += 1
                self.incomplete += bad
            except duckdb.Error:
                pass
            finally:
                con.close()
            time.sleep(0.5)


def kill9_and_resume(folder: Path, db: str, n_files: int) -> dict:
    reader = Reader(db)
    reader.start()
    run = subprocess.Popen([*WOO, str(folder), "--db", db, "--quiet"], stderr=subprocess.PIPE)
    started = time.perf_counter()
    committed = 0
    while committed < n_files // 2:
        if run.poll() is not None:
            raise SystemExit(f"the run ended before the kill: {run.stderr.read().decode()}")
        committed = count_sources(db) or committed
        time.sleep(0.2)
    servers = descendants(run.pid)
    # The last count the reader could see before the kill: it may still grow by a batch.
    run.send_signal(signal.SIGKILL)
    run.wait()
    killed_after = time.perf_counter() - started
    deadline = time.monotonic() + 15  # page workers notice within a second or two
    while any(alive(pid) for pid in servers) and time.monotonic() < deadline:
        time.sleep(0.2)
    orphans = [pid for pid in servers if alive(pid)]
    after = count_sources(db) or 0
    broken = incomplete_sources(Store(db))
    started = time.perf_counter()
    resume = subprocess.run([*WOO, str(folder), "--db", db, "--quiet"], capture_output=True)
    resume_seconds = time.perf_counter() - started
    reader.stop.set()
    reader.join()
    final = count_sources(db) or 0
    return {
        "killed_after_s": round(killed_after, 1),
        "sources_committed_seen_before_kill": committed,
        "sources_in_db_after_kill": after,
        "committed_sources_lost": max(0, committed - after),
        "incomplete_sources_after_kill": len(broken),
        "processes_left_running": orphans,
        "resume_exit_code": resume.returncode,
        "resume_seconds": round(resume_seconds, 1),
        "resume_sources_processed": final - after,
        "sources_at_end": final,
        "reader_reads": reader.reads,
        "reader_saw_incomplete": reader.incomplete,
    }


def hostile(folder: Path, db: str) -> dict:
    from hostile_files import write_hostile_files

    files = write_hostile_files(folder)
    run = subprocess.run([*WOO, str(folder), "--db", db, "--quiet"], capture_output=True)
    con = duckdb.connect(db, read_only=True)
    rows = dict(
        (Path(path).name, f"{status}: {error}" if error else status)
        for path, status, error in con.execute("SELECT path, status, error FROM sources").fetchall()
    )
    con.close()
    return {
        "exit_code": run.returncode,
        "files": {kind: rows.get(p.name, "skipped (same bytes)") for kind, p in files.items()},
    }


def grow(db: str, factor: int) -> None:
    """Add the archive's own rows `factor - 1` more times under new source ids."""
    from models.schema import CHILD_TABLES, PER_SOURCE_TABLES

    con = duckdb.connect(db)
    con.execute("CREATE TEMP TABLE originals AS SELECT source_id FROM sources")
    suffixed = ("page_key", "document_id", "email_id", "meeting_id", "redaction_id", "thread_id")
    children_of = {parent: (child, key) for child, key, parent in CHILD_TABLES}
    for k in range(1, factor):
        for table in ["sources", *PER_SOURCE_TABLES]:
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            exprs = [
                f"md5(source_id || '{k}') || md5(source_id) AS source_id"
                if c == "source_id"
                else f"{c} || '~{k}' AS {c}"
                if c in suffixed
                else c
                for c in cols
            ]
            con.execute(
                f"INSERT INTO {table} SELECT {', '.join(exprs)} FROM {table} "
                "WHERE source_id IN (SELECT source_id FROM originals)"
            )
            if table in children_of:
                child, key = children_of[table]
                ccols = [r[0] for r in con.execute(f"DESCRIBE {child}").fetchall()]
                cexprs = [f"{c} || '~{k}' AS {c}" if c == key else c for c in ccols]
                con.execute(f"INSERT INTO {child} SELECT {', '.join(cexprs)} FROM {child} "
                            f"WHERE NOT contains({key}, '~')")  # fmt: skip
    con.execute("CHECKPOINT")
    con.close()


def archive_cost(base_db: str, new_folder: Path, tmp: Path) -> dict:
    results = {}
    for label, factor in (("1x", 1), ("10x", 10)):
        db = str(tmp / f"archive-{label}.duckdb")
        shutil.copy(base_db, db)
        if factor > 1:
            grow(db, factor)
        con = duckdb.connect(db, read_only=True)
        pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
        con.close()
        results[label] = {"archive_pages": pages, **peak_rss_run(new_folder, db)}
    return results


def peak_rss_run(folder: Path, db: str) -> dict:
    code = (
        "import json, resource; from flows.server import prefect_api; "
        "from flows.ingest import ingest_flow\n"
        "with prefect_api():\n"
        f"    s = ingest_flow(paths=[{str(folder)!r}], db_path={db!r})\n"
        "r = {k: round(s[k], 2) for k in ('seconds', 'seconds_commit')}\n"
        "r['pages'] = s['pages_text_layer'] + s['pages_ocr']\n"
        "r['peak_rss_mib'] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
        "print(json.dumps(r))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_LOGGING_LEVEL": "ERROR"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=150, help="files in the killed run")
    parser.add_argument("--new-files", type=int, default=10, help="files in the cost runs")
    parser.add_argument("--out", help="write the figures to this JSON file")
    args = parser.parse_args()
    report: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="woo-stress-") as name:
        tmp = Path(name)
        write_bulk_release(tmp / "release", args.files, PAGES_PER_FILE, seed=1)
        write_bulk_release(tmp / "new", args.new_files, PAGES_PER_FILE, seed=2)
        db = str(tmp / "woo.duckdb")
        print(f"1. kill -9 during a run of {args.files} files, then resume...", flush=True)
        report["kill9"] = kill9_and_resume(tmp / "release", db, args.files)
        print(json.dumps(report["kill9"], indent=2), flush=True)
        print("2. hostile files...", flush=True)
        report["hostile"] = hostile(tmp / "hostile", str(tmp / "hostile.duckdb"))
        print(json.dumps(report["hostile"], indent=2), flush=True)
        print(f"3. {args.new_files * PAGES_PER_FILE} new pages into the archive and 10x it...")
        report["archive_cost"] = archive_cost(db, tmp / "new", tmp)
        print(json.dumps(report["archive_cost"], indent=2), flush=True)
    k = report["kill9"]
    ok = (
        k["committed_sources_lost"] == 0
        and k["incomplete_sources_after_kill"] == 0
        and not k["processes_left_running"]
        and k["reader_saw_incomplete"] == 0
        and k["sources_at_end"] == args.files
    )
    print("STRESS", "PASSED" if ok else "FAILED: see above")
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
