"""Born-digital ingestion alone (issue 9): the flow's time and CPU, and where it goes.

    python scripts/bench_digital.py                      # the 300-page sample release
    python scripts/bench_digital.py --corpus big         # one PDF of 1,000 pages
    python scripts/bench_digital.py --corpus small       # one PDF of 10 pages
    python scripts/bench_digital.py --profile OUT.prof   # cProfile of the flow's own thread

Uses the releases `scripts/bench.py` generates (under `--work`, made on first use). Runs
`woo ingest`'s flow in this process into a new database, Prefect's temporary server started
before the clock starts (the first pages are read meanwhile, as `woo ingest` does), and
prints the flow's wall time; the CPU time of this process over the flow (collecting pages,
commits, Prefect's bookkeeping), of the page workers (pages and structure) and of Prefect's
server; and the commits the run summary counts. Timings on a shared machine are noisy, the
CPU figures less so: re-run on an idle machine.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import make_corpora  # noqa: E402


def children_cpu() -> dict[str, float]:
    """CPU seconds of this process's live children: Prefect's server, and the rest (the
    page workers and their forkserver)."""
    total = {"server": 0.0, "workers": 0.0}
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
            kind = "server" if "uvicorn" in child.cmdline() else "workers"
            total[kind] += times.user + times.system
        except psutil.Error:
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", choices=["digital", "big", "small"], default="digital")
    parser.add_argument("--work", type=Path, default=Path("/tmp/woo-bench"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files", type=int, help="only the first N files of the corpus")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the flow here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    corpus = make_corpora(args.work, big_scan=False, digital_pages=300)[args.corpus]
    paths = corpus["paths"][: args.files] if args.files else corpus["paths"]

    from flows.ingest import ingest_flow, prefetch_first_chunks
    from flows.server import prefect_api
    from models.db import Store

    db = Path(tempfile.mkdtemp(prefix="bench-digital-")) / "db.duckdb"

    # as `woo ingest` does: the first pages are read while Prefect's server starts
    def read_first_pages() -> None:
        prefetch_first_chunks(paths, Store(str(db)), args.workers)

    with prefect_api(while_starting=read_first_pages):
        profile = cProfile.Profile() if args.profile else None
        cpu_before, workers_before = time.process_time(), children_cpu()
        started = time.perf_counter()
        if profile:
            profile.enable()
        summary = ingest_flow(paths=[str(p) for p in paths], db_path=str(db), workers=args.workers)
        if profile:
            profile.disable()
            args.profile.parent.mkdir(parents=True, exist_ok=True)
            profile.dump_stats(args.profile)
        wall = time.perf_counter() - started
        cpu, children = time.process_time() - cpu_before, children_cpu()
    pages = summary["pages_text_layer"] + summary["pages_ocr"]
    n_sources = summary["files_ok"] + len(summary["files_failed"])
    flow_s, commit_s = summary["seconds"], summary["seconds_commit"]
    print(f"{args.corpus}: {len(paths)} files, {pages} pages, load {os.getloadavg()[0]:.1f}")
    print(f"  flow (summary)      {flow_s:7.2f} s   {pages / flow_s:6.1f} pages/s")
    rows = [
        ("flow (wall)", wall),
        ("CPU, flow process", cpu),
        ("CPU, page workers", children["workers"] - workers_before["workers"]),
        ("CPU, Prefect server", children["server"] - workers_before["server"]),
    ]
    for name, seconds in rows:
        print(f"  {name:<20}{seconds:7.2f} s   {1000 * seconds / pages:6.1f} ms/page")
    print(f"  commits             {summary.get('commits', n_sources):7d}")
    print(f"  commits (wall)      {commit_s:7.2f} s   {1000 * commit_s / n_sources:6.1f} ms/source")


if __name__ == "__main__":
    main()
