"""Real-gold evaluation: ingest the reference files that have hand-written gold, score them.

    .venv/bin/python scripts/real_eval.py                 # or: make eval-real
    .venv/bin/python scripts/real_eval.py --examples --json /tmp/real.json
    .venv/bin/python scripts/real_eval.py --gold tests/gold/holdout --db /tmp/holdout.duckdb
    .venv/bin/python scripts/real_eval.py --rescan    # the text-layer PDFs, also as scans

Reads every `*.json` directly in `--gold` (default `tests/gold`; its subfolders
`tests/gold/holdout/`, the held-out gold of the decision letters, and `tests/gold/unseen/`,
gold of pages no rule was tuned on, are read only when named),
ingests the files they name (their `source`, a path under
`../shared/reference`) into a fresh DuckDB with the real flow (`python -m pipeline ingest`),
then prints `woo eval --gold` figures: precision, recall and F1 per figure, overall and per
kind of source. Exits 0 with a message when `../shared/reference` is absent (a user's clone
has none). The ingest time is printed with the machine's core count and load: figures on
speed are only comparable on an idle machine.

`--rescan` scores the gold PDFs that have a text layer twice, side by side: as they are
(born-digital) and rendered as image-only scans (`woo_eval.sample.scan.scan_pdf`: 200 dpi,
grey, JPEG, 0.2-1 degree skew, noise; deterministic from `--seed`) written to
`--scan-dir` under their own file names, so the same per-page gold applies. Text gold (the
SVMN text) has no rendering and is left out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.pdf_text import choose_text_method  # noqa: E402
from woo_eval.real import evaluate_gold_dir, evaluate_golds, load_gold  # noqa: E402
from woo_eval.real.report import format_report, format_side_by_side  # noqa: E402
from woo_eval.sample.scan import scan_angles, scan_pdf  # noqa: E402

DEFAULT_REFERENCE = REPO.parent / "shared" / "reference"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "gold")
    parser.add_argument(
        "--reference",
        type=Path,
        default=Path(os.environ.get("WOO_REFERENCE", DEFAULT_REFERENCE)),
        help="the folder holding svmn-release-ocr.txt, real-wob/, real-wob-dev/",
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/woo-real-eval/real.duckdb"))
    parser.add_argument("--json", help="also write every score (with examples) to this file")
    parser.add_argument("--examples", action="store_true", help="list misses and wrong fields")
    parser.add_argument(
        "--rescan", action="store_true", help="score text-layer PDFs also as scans, side by side"
    )
    parser.add_argument("--scan-dir", type=Path, default=Path("/tmp/woo-real-eval/rescan"))
    parser.add_argument("--seed", type=int, default=20221, help="seed of the scan rendering")
    parser.add_argument(
        "--dry-run", action="store_true", help="list the gold files and sources, ingest nothing"
    )
    return parser.parse_args(argv)


def ingest(files: list[Path], db: Path) -> float:
    """Fresh database of `files` through the real flow; seconds taken."""
    db.parent.mkdir(parents=True, exist_ok=True)
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_THREAD_LIMIT": "1"}
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "240")
    command = [sys.executable, "-m", "pipeline", "ingest", *map(str, files), "--db", str(db)]
    started = time.perf_counter()
    subprocess.run([*command, "--quiet"], check=True, env=env, cwd=REPO)
    return time.perf_counter() - started


def has_text_layer(pdf_path: Path) -> bool:
    """True when some page of the PDF has a text layer the pipeline would read (not OCR)."""
    from flows.page_reader import text_layer_of

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for index in range(len(pdf)):
            layer = text_layer_of(pdf[index], str(pdf_path), index + 1)
            method = choose_text_method(
                layer["text"], layer["images"], layer["width"], layer["height"]
            )
            if method == "text_layer":
                return True
        return False
    finally:
        pdf.close()


def render_scans(files: list[Path], scan_dir: Path, seed: int) -> list[Path]:
    """Each PDF of `files` as an image-only scan in `scan_dir`, under its own file name."""
    scan_dir.mkdir(parents=True, exist_ok=True)
    scans = []
    for index, digital in enumerate(files):
        pdf = pdfium.PdfDocument(str(digital))
        n_pages = len(pdf)
        pdf.close()
        scanned = scan_dir / digital.name
        scan_pdf(digital, scanned, scan_angles(seed, index, n_pages), seed + index)
        scans.append(scanned)
    return scans


def rescan_eval(args: argparse.Namespace) -> int:
    """Born-digital vs rescanned scores of the text-layer gold PDFs (`--rescan`)."""
    golds = [
        gold
        for gold in load_gold(args.gold)
        if gold["kind"] == "pdf"
        and (args.reference / gold["source"]).exists()
        and has_text_layer(args.reference / gold["source"])
    ]
    files = [args.reference / gold["source"] for gold in golds]
    print(f"{len(files)} gold PDFs with a text layer: " + ", ".join(f.name for f in files))
    if args.dry_run:
        return 0
    scans = render_scans(files, args.scan_dir, args.seed)
    digital_db = args.db.with_name(args.db.stem + "-digital.duckdb")
    rescan_db = args.db.with_name(args.db.stem + "-rescan.duckdb")
    seconds = ingest(files, digital_db), ingest(scans, rescan_db)
    print(f"ingested born-digital in {seconds[0]:.0f} s, rescanned in {seconds[1]:.0f} s\n")
    scores = {"born-digital": evaluate_golds(golds, digital_db)}
    scores["rescanned"] = evaluate_golds(golds, rescan_db)
    print(format_side_by_side({name: s["overall"] for name, s in scores.items()}))
    if args.examples:
        print("\n# rescanned\n" + format_report(scores["rescanned"], examples=True))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, default=str))
    return 0


def source_errors(db: Path) -> list[str]:
    """Lines naming each source whose extraction recorded an error (`sources.error`): an
    extractor that raised lost only its own rows, so the scores alone would hide it."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT file_name, error FROM sources WHERE error IS NOT NULL ORDER BY file_name"
        ).fetchall()
    head = [f"{len(rows)} sources with an extraction error (scored with the rows they kept):"]
    return head + [f"  {name}: {error}" for name, error in rows] if rows else []


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.reference.is_dir():
        print(
            f"../shared/reference not present ({args.reference}): no real files to score; skipped"
        )
        return 0
    if args.rescan:
        return rescan_eval(args)
    sources = [args.reference / gold["source"] for gold in load_gold(args.gold)]
    missing = [str(s) for s in sources if not s.exists()]
    files = [s for s in sources if s.exists()]
    if missing:
        print("gold without its file (scored as nothing found): " + ", ".join(missing))
    if args.dry_run:
        print(f"{len(files)} sources with gold in {args.gold}:")
        print("\n".join(f"  {source}" for source in files))
        return 0
    seconds = ingest(files, args.db)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"ingested {len(files)} files in {seconds:.0f} s (incl. Prefect start) on "
        f"{os.cpu_count()} cores, load {load:.1f}; database {args.db}\n"
    )
    for line in source_errors(args.db):
        print(line)
    scores = evaluate_gold_dir(args.gold, args.db)
    print(format_report(scores, examples=args.examples))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
