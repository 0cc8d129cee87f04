"""Real-gold evaluation: ingest the reference files that have hand-written gold, score them.

    .venv/bin/python scripts/real_eval.py                 # or: make eval-real
    .venv/bin/python scripts/real_eval.py --examples --json /tmp/real.json
    .venv/bin/python scripts/real_eval.py --gold tests/gold/holdout --db /tmp/holdout.duckdb

Reads every `*.json` directly in `--gold` (default `tests/gold`; its subfolder
`tests/gold/holdout/`, the held-out gold of the decision letters, is read only when named),
ingests the files they name (their `source`, a path under
`../shared/reference`) into a fresh DuckDB with the real flow (`python -m pipeline ingest`),
then prints `woo eval --gold` figures: precision, recall and F1 per figure, overall and per
kind of source. Exits 0 with a message when `../shared/reference` is absent (a user's clone
has none). The ingest time is printed with the machine's core count and load: figures on
speed are only comparable on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from woo_eval.real import evaluate_gold_dir, load_gold  # noqa: E402
from woo_eval.real.report import format_report  # noqa: E402

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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.reference.is_dir():
        print(
            f"../shared/reference not present ({args.reference}): no real files to score; skipped"
        )
        return 0
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
    scores = evaluate_gold_dir(args.gold, args.db)
    print(format_report(scores, examples=args.examples))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
