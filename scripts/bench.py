"""`make bench`: `woo ingest` against OCRmyPDF on the same files, and where the time goes.

    .venv/bin/python scripts/bench.py [--quick] [--runs N] [--out docs/bench.md]

Generates the releases (from `woo_eval.sample`, both layouts) into `--work`, installs
OCRmyPDF 17 into its own venv (`--ocrmypdf-venv`, not the project's), then runs, as whole
processes, alternating and `--runs` times each:

- a scanned release of ~30 pages: `woo ingest` (fresh database) and OCRmyPDF (`-l nld+eng
  --jobs 2 --output-type pdf --rasterizer pypdfium`, one file after another), both with
  `OMP_THREAD_LIMIT=1`; then an unchanged re-run of `woo ingest`;
- a born-digital release of ~300 pages (content drawn from several `--vary` seeds);
- one born-digital PDF of 1,000 pages and one of its first 10 pages (per-page cost);
- without `--quick`: one scanned PDF of 300 pages (peak memory).

It reports medians of wall time, CPU time (every process of the command counted once) and
peak RSS (summed over the process tree), their ratios, the flow's own time (Prefect's
start excluded), a profile of the page and structure stages (cProfile, in one process), and
writes `--out` with a chart beside it. `--quick` (3 runs, no 300-page scan) stays under 15
minutes on an idle 2-core machine.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
OCRMYPDF_SPEC = "ocrmypdf>=17,<18"
OCRMYPDF_FLAGS = [
    "-l",
    "nld+eng",
    "--jobs",
    "2",
    "--output-type",
    "pdf",
    "--rasterizer",
    "pypdfium",
]
SCANNED_PAGES, DIGITAL_PAGES, BIG_PAGES, SMALL_PAGES, BIG_SCAN_PAGES = 30, 300, 1000, 10, 300
#: stages of a page and of a source, as functions cProfile times (cumulative)
STAGES = {
    "text layer (PDFium)": "pipeline/pdf_text.py:read_text_layer",
    "render": "pipeline/render.py:render_open_page",
    "page OCR (Tesseract)": "pipeline/ocr.py:ocr_image",
    "redaction boxes (image)": "redactions/image.py:detect_redaction_boxes_image",
    "grounds (label OCR)": "redactions/box_grounds.py:read_box_grounds",
    "redactions, all": "redactions/page.py:redact_page",
    "structure (documents, e-mails, ...)": "pipeline/structure.py:extract_structure",
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="3 runs, no 300-page scan")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 3 quick, 5)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/woo-bench"))
    parser.add_argument("--ocrmypdf-venv", type=Path, default=ROOT / ".bench-venv")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "bench.md")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--digital-pages", type=int, default=DIGITAL_PAGES, help="size of the born-digital release"
    )
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(ROOT)}
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    started = time.time()
    load_before = os.getloadavg()

    ocrmypdf = install_ocrmypdf(args.ocrmypdf_venv)
    corpora = make_corpora(args.work, big_scan=not args.quick, digital_pages=args.digital_pages)
    results: dict[str, Any] = {"runs": runs, "corpora": {k: v["pages"] for k, v in corpora.items()}}

    print(f"scanned release, {corpora['scanned']['pages']} pages: woo and OCRmyPDF, {runs} runs")
    woo_runs, ocr_runs, rerun_runs = [], [], []
    for i in range(runs):
        db = args.work / "db" / f"scanned-{i}.duckdb"
        woo_runs.append(run_woo(corpora["scanned"]["paths"], db, env, args.workers))
        rerun_runs.append(run_woo(corpora["scanned"]["paths"], db, env, args.workers, fresh=False))
        ocr_runs.append(
            run_ocrmypdf(ocrmypdf, corpora["scanned"]["paths"], args.work / "ocrmypdf", env)
        )
        woo_s, ocr_s = woo_runs[-1]["wall_s"], ocr_runs[-1]["wall_s"]
        print(f"  run {i + 1}: woo {woo_s:.1f} s, OCRmyPDF {ocr_s:.1f} s")
    results["scanned"] = {
        "woo": medians(woo_runs),
        "ocrmypdf": medians(ocr_runs),
        "rerun": medians(rerun_runs),
    }

    for name in ("digital", "big", "small"):
        print(f"born-digital '{name}', {corpora[name]['pages']} pages: woo, {runs} runs")
        measured = [
            run_woo(
                corpora[name]["paths"], args.work / "db" / f"{name}-{i}.duckdb", env, args.workers
            )
            for i in range(runs)
        ]
        results[name] = {"woo": medians(measured)}
    if "big_scan" in corpora:
        print(f"scanned PDF of {corpora['big_scan']['pages']} pages: woo, 1 run (memory)")
        results["big_scan"] = {
            "woo": medians(
                [
                    run_woo(
                        corpora["big_scan"]["paths"],
                        args.work / "db" / "big_scan.duckdb",
                        env,
                        args.workers,
                    )
                ]
            )
        }

    print("profile of the stages (one process, no Prefect)")
    results["profile"] = {
        "scanned": profile_stages(corpora["scanned"]["paths"][:4]),
        "digital": profile_stages(corpora["digital"]["paths"][:13]),
    }
    results["page_cost"] = {name: page_cost(corpora[name]["paths"][0]) for name in ("small", "big")}
    results["machine"] = machine(load_before, os.getloadavg(), time.time() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n")
    chart(results, args.out.with_suffix(".svg"))
    args.out.write_text(report(results, args.out.with_suffix(".svg").name, args.quick))
    print(f"wrote {args.out} ({(time.time() - started) / 60:.1f} min)")


# --- inputs ---------------------------------------------------------------------------


def install_ocrmypdf(venv: Path) -> Path:
    """OCRmyPDF in its own venv (its dependencies must not touch the project's)."""
    exe = venv / "bin" / "ocrmypdf"
    if not exe.exists():
        print(f"installing {OCRMYPDF_SPEC} into {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", OCRMYPDF_SPEC], check=True)
    return exe


def make_corpora(work: Path, big_scan: bool, digital_pages: int) -> dict[str, dict[str, Any]]:
    """The releases the benchmark runs on, generated once into `work` (kept between runs)."""
    import pikepdf

    from woo_eval.sample import write_sample_release

    def release(seed: int, vary: bool) -> Path:
        folder = work / "releases" / f"{seed}{'-vary' if vary else ''}"
        if not (folder / "gold.json").exists():
            write_sample_release(folder, seed=seed, vary_content=vary)
        return folder

    def n_pages(path: Path) -> int:
        with pikepdf.open(path) as pdf:
            return len(pdf.pages)

    def take(files: list[Path], target: int) -> list[Path]:
        chosen, total = [], 0
        for path in files:
            if total >= target:
                break
            chosen.append(path)
            total += n_pages(path)
        return chosen

    def concatenate(files: list[Path], n: int, out: Path) -> Path:
        if not out.exists():
            with pikepdf.new() as pdf:
                sources = [pikepdf.open(f) for f in files]
                pages = [p for src in sources for p in src.pages]
                for i in range(n):
                    pdf.pages.append(pages[i % len(pages)])
                out.parent.mkdir(parents=True, exist_ok=True)
                pdf.save(out)
        return out

    default = release(20221, vary=False)
    scanned = sorted((default / "scanned").glob("*.pdf")) + sorted(
        (release(401, vary=True) / "scanned").glob("*.pdf")
    )
    scanned = take(scanned, SCANNED_PAGES)
    digital = sorted((default / "digital").glob("*.pdf")) + sorted(
        (release(401, vary=True) / "digital").glob("*.pdf")
    )
    seed = 1
    while sum(n_pages(p) for p in digital) < digital_pages:
        digital += sorted((release(seed, vary=True) / "digital").glob("*.pdf"))
        seed += 1
    digital = take(digital, digital_pages)
    ten = concatenate(digital, SMALL_PAGES, work / "big" / "pages-10.pdf")
    corpora = {
        "scanned": {"paths": scanned},
        "digital": {"paths": digital},
        "small": {"paths": [ten]},
        "big": {"paths": [concatenate([ten], BIG_PAGES, work / "big" / "pages-1000.pdf")]},
    }
    if big_scan:
        corpora["big_scan"] = {
            "paths": [concatenate(scanned, BIG_SCAN_PAGES, work / "big" / "scanned-300.pdf")]
        }
    for corpus in corpora.values():
        corpus["pages"] = sum(n_pages(p) for p in corpus["paths"])
    return corpora


# --- measuring whole processes --------------------------------------------------------


def _become_subreaper() -> None:
    """Orphaned descendants (a forkserver and its page workers, which outlive the main
    process by a moment) are re-parented to this process instead of init, so that reaping
    them adds their CPU to RUSAGE_CHILDREN: every process counted once, none missed."""
    import ctypes

    pr_set_child_subreaper = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(pr_set_child_subreaper, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def _reap(proc: subprocess.Popen) -> None:
    """Wait for every exited child, the command's own included (its exit code kept)."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)


def _tree_rss() -> int:
    total = 0
    for p in psutil.Process().children(recursive=True):
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def measure(cmd: list[str], env: dict[str, str], linger_s: float = 30.0) -> dict[str, Any]:
    """Wall time (until the command exits), CPU time (user + system of every process it
    started, each counted once) and peak RSS summed over its process tree (polled every
    50 ms) of one command; its output."""
    _become_subreaper()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        peak = 0
        while proc.returncode is None:
            peak = max(peak, _tree_rss())
            time.sleep(0.05)
            _reap(proc)
        wall = time.perf_counter() - started
        deadline = time.monotonic() + linger_s
        while psutil.Process().children() and time.monotonic() < deadline:
            time.sleep(0.05)  # orphans finishing: their CPU belongs to this command
            _reap(proc)
        log.seek(0)
        output = log.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}):\n{output[-3000:]}")
    return {"wall_s": wall, "cpu_s": cpu, "rss_mib": peak / 2**20, "output": output}


def run_woo(
    paths: list[Path], db: Path, env: dict[str, str], workers: int, fresh: bool = True
) -> dict[str, Any]:
    """One `woo ingest` run; into a new database unless `fresh` is False (a re-run)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    if fresh:  # a database left by an earlier bench would make this a re-run
        for stale in (db, db.with_name(db.name + ".wal")):
            stale.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "pipeline", "ingest", *map(str, paths), "--db", str(db)]
    result = measure([*cmd, "--quiet", "--workers", str(workers)], env)
    flow = re.search(r"time \(s\)\W+([\d.]+)", result["output"])  # the summary's row
    result["flow_s"] = float(flow.group(1)) if flow else None
    return result


def run_ocrmypdf(exe: Path, paths: list[Path], out: Path, env: dict[str, str]) -> dict[str, Any]:
    """OCRmyPDF on each file in turn, as one measurement (times summed, peak the highest)."""
    out.mkdir(parents=True, exist_ok=True)
    runs = [measure([str(exe), *OCRMYPDF_FLAGS, str(p), str(out / p.name)], env) for p in paths]
    return {
        "wall_s": sum(r["wall_s"] for r in runs),
        "cpu_s": sum(r["cpu_s"] for r in runs),
        "rss_mib": max(r["rss_mib"] for r in runs),
    }


def medians(runs: list[dict[str, Any]]) -> dict[str, float | None]:
    keys = ("wall_s", "cpu_s", "rss_mib", "flow_s")
    out: dict[str, float | None] = {}
    for key in keys:
        values = [r[key] for r in runs if r.get(key) is not None]
        out[key] = round(statistics.median(values), 2) if values else None
    out["n"] = len(runs)
    return out


# --- where the time goes --------------------------------------------------------------


def profile_stages(paths: list[Path]) -> dict[str, float]:
    """Seconds per stage over the files' pages, read in this process (no Prefect, no pool)."""
    from flows.page_reader import read_document_pages
    from pipeline.render import count_pages
    from pipeline.structure import extract_structure

    profile = cProfile.Profile()
    started = time.perf_counter()
    n = 0
    profile.enable()
    for path in paths:
        results = read_document_pages(str(path), "0" * 64, list(range(1, count_pages(path) + 1)))
        n += len(results)
        extract_structure(
            [{**r["page"], "words": r["words"]} for r in results if not r["page"]["error"]]
        )
    profile.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    by_name = {
        f"{Path(f).parent.name}/{Path(f).name}:{fn}": v[3] for (f, _, fn), v in stats.items()
    }
    out = {stage: round(by_name.get(key, 0.0), 2) for stage, key in STAGES.items()}
    out["total"] = round(total, 2)
    out["pages"] = n
    return out


def page_cost(path: Path) -> dict[str, float]:
    """CPU ms per page of reading one PDF in chunks as the flow does (one process, no
    Prefect): a page of a 1,000-page file must cost what a page of a 10-page file does."""
    from flows.page_reader import read_document_pages
    from flows.pages import page_chunks
    from pipeline.render import count_pages

    n = count_pages(path)
    started = time.process_time()
    for chunk in page_chunks(n, workers=2):
        read_document_pages(str(path), "0" * 64, chunk)
    return {"pages": n, "cpu_ms_per_page": round(1000 * (time.process_time() - started) / n, 2)}


# --- report ---------------------------------------------------------------------------


def machine(load_before: tuple, load_after: tuple, seconds: float) -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "load_before": [round(x, 1) for x in load_before],
        "load_after": [round(x, 1) for x in load_after],
        "bench_minutes": round(seconds / 60, 1),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def chart(results: dict[str, Any], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(12, 3.6))
    pages = results["corpora"]
    scanned = results["scanned"]
    bars = {
        "woo ingest": pages["scanned"] / scanned["woo"]["wall_s"],
        "OCRmyPDF": pages["scanned"] / scanned["ocrmypdf"]["wall_s"],
    }
    axes[0].bar(list(bars), list(bars.values()), color=["#1f77b4", "#999999"])
    axes[0].set_title(f"scanned, {pages['scanned']} pages: pages/s (wall)")
    per_page = {
        f"{pages['small']} pages": 1000 * results["small"]["woo"]["flow_s"] / pages["small"],
        f"{pages['digital']} pages": 1000 * results["digital"]["woo"]["flow_s"] / pages["digital"],
        f"{pages['big']} pages": 1000 * results["big"]["woo"]["flow_s"] / pages["big"],
    }
    axes[1].bar(list(per_page), list(per_page.values()), color="#2ca02c")
    axes[1].set_title("born-digital: ms per page (flow, start excluded)")
    rss = {"woo": scanned["woo"]["rss_mib"], "OCRmyPDF": scanned["ocrmypdf"]["rss_mib"]}
    if "big_scan" in results:
        rss[f"woo, {pages['big_scan']} p."] = results["big_scan"]["woo"]["rss_mib"]
    axes[2].bar(list(rss), list(rss.values()), color="#ff7f0e")
    axes[2].set_title("peak RSS, MiB (process tree)")
    fig.tight_layout()
    fig.savefig(out)


def report(results: dict[str, Any], chart_name: str, quick: bool) -> str:
    pages = results["corpora"]
    m = results["machine"]
    s = results["scanned"]
    woo, ocr, rerun = s["woo"], s["ocrmypdf"], s["rerun"]

    def rate(n: int, seconds: float | None) -> str:
        return f"{n / seconds:.2f}" if seconds else "–"

    lines = [
        "# Benchmark: `woo ingest` and OCRmyPDF",
        "",
        "Written by `make bench` (`scripts/bench.py`" + (" --quick" if quick else "") + "); "
        "re-run it on an idle machine for figures that count.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; load average "
        f"{m['load_before'][0]} before, {m['load_after'][0]} after (1 min); {m['date']}; "
        f"{m['bench_minutes']} min in all. Medians of {results['runs']} runs, alternating.",
        "",
        f"![chart]({chart_name})",
        "",
        f"## Scanned release ({pages['scanned']} pages)",
        "",
        "| | wall s | CPU s | peak RSS MiB | pages/s (wall) |",
        "|---|---|---|---|---|",
        f"| `woo ingest` (fresh database) | {woo['wall_s']} | {woo['cpu_s']} | {woo['rss_mib']} "
        f"| {rate(pages['scanned'], woo['wall_s'])} |",
        f"| OCRmyPDF 17 (`{' '.join(OCRMYPDF_FLAGS)}`, file by file) | {ocr['wall_s']} | "
        f"{ocr['cpu_s']} | {ocr['rss_mib']} | {rate(pages['scanned'], ocr['wall_s'])} |",
        f"| ratio OCRmyPDF / woo | {ocr['wall_s'] / woo['wall_s']:.2f} | "
        f"{ocr['cpu_s'] / woo['cpu_s']:.2f} | {ocr['rss_mib'] / woo['rss_mib']:.2f} | |",
        f"| `woo ingest` unchanged re-run | {rerun['wall_s']} | {rerun['cpu_s']} | "
        f"{rerun['rss_mib']} | {100 * rerun['wall_s'] / woo['wall_s']:.0f} % of the first run |",
        "",
        f"`woo ingest` flow time (Prefect's start excluded): {woo['flow_s']} s; "
        f"the rest of the wall time ({woo['wall_s'] - (woo['flow_s'] or 0):.1f} s) is starting "
        "Python, Prefect's temporary server and the worker processes.",
        "",
        "## Born-digital",
        "",
        "| release | pages | wall s | flow s | pages/s (flow) | ms/page (flow) | CPU s "
        "| peak RSS MiB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, label in (
        ("digital", "sample, several seeds"),
        ("small", "one PDF"),
        ("big", "one PDF"),
    ):
        r = results[name]["woo"]
        n = pages[name]
        lines.append(
            f"| {label} | {n} | {r['wall_s']} | {r['flow_s']} | {rate(n, r['flow_s'])} | "
            f"{1000 * r['flow_s'] / n:.1f} | {r['cpu_s']} | {r['rss_mib']} |"
        )
    if "big_scan" in results:
        r = results["big_scan"]["woo"]
        lines += [
            "",
            f"Scanned PDF of {pages['big_scan']} pages (one run): wall {r['wall_s']} s, "
            f"peak RSS {r['rss_mib']} MiB ({r['rss_mib'] / 1024:.2f} GiB).",
        ]
    cost = results["page_cost"]
    lines += [
        "",
        f"Page work alone (one process, CPU ms per page, chunks as in the flow): "
        f"{cost['small']['cpu_ms_per_page']} ms in the {cost['small']['pages']}-page PDF, "
        f"{cost['big']['cpu_ms_per_page']} ms in the {cost['big']['pages']}-page PDF.",
    ]
    lines += targets(results)
    lines += [
        "",
        "## Where the time goes",
        "",
        "cProfile, cumulative seconds, pages read in one process without Prefect "
        "(nested stages: `redactions, all` includes the two above it).",
        "",
        "| stage | scanned | born-digital |",
        "|---|---|---|",
    ]
    prof = results["profile"]
    for stage in [*STAGES, "total", "pages"]:
        lines.append(f"| {stage} | {prof['scanned'].get(stage)} | {prof['digital'].get(stage)} |")
    lines.append("")
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[str]:
    """The targets of issues 9 and 10, each with what this run measured."""
    pages = results["corpora"]
    s = results["scanned"]
    digital = results["digital"]["woo"]
    cost = results["page_cost"]
    speedup = s["ocrmypdf"]["wall_s"] / s["woo"]["wall_s"]
    rows = [
        ("scanned pages/s >= 1.5x OCRmyPDF's (wall)", f"{speedup:.2f}x", speedup >= 1.5),
        (
            "born-digital >= 50 pages/s on 2 cores (flow, start excluded)",
            f"{pages['digital'] / digital['flow_s']:.1f} pages/s",
            pages["digital"] / digital["flow_s"] >= 50,
        ),
        (
            "per-page cost at 1,000 pages = at 10 (page work, CPU)",
            f"{cost['big']['cpu_ms_per_page']} vs {cost['small']['cpu_ms_per_page']} ms",
            cost["big"]["cpu_ms_per_page"] <= 1.2 * cost["small"]["cpu_ms_per_page"],
        ),
        (
            "unchanged re-run <= 5 % of the first run (wall)",
            f"{100 * s['rerun']['wall_s'] / s['woo']['wall_s']:.0f} %",
            s["rerun"]["wall_s"] <= 0.05 * s["woo"]["wall_s"],
        ),
    ]
    if "big_scan" in results:
        rss = results["big_scan"]["woo"]["rss_mib"]
        rows.append(
            ("peak RSS <= 1.5 GiB, 300-page scanned PDF", f"{rss / 1024:.2f} GiB", rss <= 1536)
        )
    out = ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    out += [f"| {name} | {value} | {'yes' if ok else 'no'} |" for name, value, ok in rows]
    return out


if __name__ == "__main__":
    main()
