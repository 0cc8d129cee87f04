"""Where a scanned page's CPU goes, in CPU seconds (robust to a loaded machine).

    .venv/bin/python scripts/scan_profile.py stages FILE.pdf ...   # page stages, one process
    .venv/bin/python scripts/scan_profile.py tree FILE.pdf ...     # a whole `woo ingest`

`stages` reads the files' pages in this process as a page worker does (`read_document_pages`,
then `extract_structure` per file) and reports, per stage, this process's CPU and the CPU
of the Tesseract processes it waited for (`RUSAGE_CHILDREN`), per page. Tesseract runs
in-process (libtesseract), so its time is in "Python s"; the second column counts only the
`tesseract` command, used where the library cannot be loaded. Wall time is not
reported: on a shared machine it measures the other users.

`tree` runs `python -m pipeline ingest FILES --db (a new file) --workers 2` and polls its
process tree every 50 ms: CPU per kind of process (this run's main process, Prefect's
server, the forkserver, the page workers, and the Tesseract runs the page workers waited
for). Each process's own CPU is counted once: a parent's "children" times are not added to
its children's own (that counts a page worker twice, once in the forkserver's).

The bench's scanned release is `/tmp/woo-bench/releases/{20221,401-vary}/scanned/*.pdf`
(made by `scripts/bench.py`), 31 pages in its first 17 files.
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _cpu() -> tuple[float, float]:
    """(this process, its waited children) CPU seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class StageClock:
    """Wraps functions so that their CPU (own, Tesseract) is summed per stage name."""

    def __init__(self) -> None:
        self.totals: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
        self._depth: collections.Counter[str] = collections.Counter()

    def wrap(self, name: str, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth[name] += 1
            if self._depth[name] > 1:  # recursion: the outer call counts
                try:
                    return fn(*args, **kwargs)
                finally:
                    self._depth[name] -= 1
            own0, children0 = _cpu()
            try:
                return fn(*args, **kwargs)
            finally:
                own1, children1 = _cpu()
                total = self.totals[name]
                total[0] += own1 - own0
                total[1] += children1 - children0
                total[2] += 1
                self._depth[name] -= 1

        return timed


def profile_stages(paths: list[str]) -> None:
    import flows.page_reader as reader
    import pipeline.redactions.blanking as blanking  # where a scan's page OCR runs
    import pipeline.redactions.page as redactions  # where redact_page calls its steps
    from pipeline.render import count_pages
    from pipeline.structure import extract_structure

    clock = StageClock()
    for name in ("render_open_page", "downsample", "read_scan_boxes_blanked", "redact_page"):
        setattr(reader, name, clock.wrap(name, getattr(reader, name)))
    for name in ("solid_boxes_image", "ocr_image"):
        setattr(blanking, name, clock.wrap(f"{name} (blanking)", getattr(blanking, name)))
    for name in ("detect_redaction_boxes_image", "read_box_grounds", "_boxless_labels"):
        setattr(redactions, name, clock.wrap(name, getattr(redactions, name)))
    structure = clock.wrap("extract_structure", extract_structure)
    pages = 0
    own0, children0 = _cpu()
    for path in paths:
        results = reader.read_document_pages(path, "0" * 64, list(range(1, count_pages(path) + 1)))
        pages += len(results)
        structure(
            [
                {**r["page"], "words": r["words"], "redactions": r["redactions"]}
                for r in results
                if not r["page"]["error"]
            ]
        )
    own1, children1 = _cpu()
    print(
        f"{pages} pages: CPU {own1 - own0:.1f} s Python + {children1 - children0:.1f} s "
        f"Tesseract = {(own1 - own0 + children1 - children0) / pages:.2f} s a page; "
        f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(f"{'stage':30s} {'Python s':>9s} {'Tesseract s':>12s} {'calls':>6s} {'s/page':>7s}")
    for name, (own, children, calls) in sorted(clock.totals.items(), key=lambda x: -sum(x[1][:2])):
        per_page = (own + children) / max(pages, 1)
        print(f"{name:30s} {own:9.2f} {children:12.2f} {calls:6d} {per_page:7.3f}")


def _kind(cmdline: list[str], pid: int, ppid: int, root: int) -> str:
    text = " ".join(cmdline)
    if cmdline and cmdline[0].endswith("tesseract"):
        return "tesseract"
    if "uvicorn" in text:
        return "Prefect server"
    if "forkserver" in text:
        return "forkserver" if ppid == root else "page worker"
    if "resource_tracker" in text:
        return "resource tracker"
    return "main" if pid == root else text[:40]


def profile_tree(paths: list[str], workers: int) -> None:
    import psutil

    db = Path(tempfile.mkdtemp(prefix="scan-profile-")) / "run.duckdb"
    cmd = [sys.executable, "-m", "pipeline", "ingest", *paths, "--db", str(db), "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([*cmd, "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    seen: dict[int, tuple[str, float, float]] = {}  # pid: (kind, own CPU, waited children)
    peak = 0
    peak_by_kind: dict[str, int] = collections.defaultdict(int)
    while proc.poll() is None:
        rss = 0
        rss_by_kind: dict[str, int] = collections.defaultdict(int)
        try:
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            processes = []
        for p in processes:
            try:
                times, own_rss = p.cpu_times(), p.memory_info().rss
                kind = (
                    seen[p.pid][0]
                    if p.pid in seen
                    else _kind(p.cmdline(), p.pid, p.ppid(), proc.pid)
                )
                own, waited = times.user + times.system, times.children_user + times.children_system
                seen[p.pid] = (kind, own, waited)
            except psutil.Error:
                continue
            rss += own_rss
            rss_by_kind[kind] += own_rss
        peak = max(peak, rss)
        for kind, kind_rss in rss_by_kind.items():
            peak_by_kind[kind] = max(peak_by_kind[kind], kind_rss)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    cpu: dict[str, float] = collections.defaultdict(float)
    for kind, own, waited in seen.values():
        if kind == "tesseract":
            continue  # counted exactly in its page worker's waited children
        cpu[kind] += own
        if kind == "page worker":
            cpu["Tesseract (page workers')"] += waited
    print(
        f"exit {proc.returncode}; wall {wall:.1f} s; CPU {sum(cpu.values()):.1f} s; peak RSS "
        f"{peak / 2**20:.0f} MiB (tree); load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for kind, seconds in sorted(cpu.items(), key=lambda x: -x[1]):
        print(f"  {kind:28s} {seconds:7.1f} s")
    print("peak RSS by kind of process (each kind's own peak, summed over its processes):")
    for kind, kind_rss in sorted(peak_by_kind.items(), key=lambda x: -x[1]):
        print(f"  {kind:28s} {kind_rss / 2**20:7.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("mode", choices=["stages", "tree"])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.mode == "stages":
        profile_stages(args.files)
    else:
        profile_tree(args.files, args.workers)


if __name__ == "__main__":
    main()
