"""Held-out evaluation: ingest releases whose content varies with the seed, score them.

    .venv/bin/python scripts/heldout_eval.py --seeds 7 11 --out /tmp/heldout

For each seed: `write_sample_release(DIR/seed-N, seed=N, vary_content=True)`, the real
ingest flow into DIR/seed-N.duckdb, `evaluate_run` against its gold.json. Prints one row of
headline figures per seed and variant (digital / scanned), writes every score (with the
misses) to DIR/seed-N.scores.json and the table to DIR/summary.txt. About 1.5 minutes a
seed on two cores (OCR of the scanned twins; the flow's temporary Prefect server).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# before Prefect is imported: a quiet, local, single-threaded-OCR run
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb  # noqa: E402

from woo_eval import evaluate_run  # noqa: E402
from woo_eval.redactions import score_redactions  # noqa: E402
from woo_eval.sample import write_sample_release  # noqa: E402
from woo_eval.structure import rows_from_db, score_rows  # noqa: E402

# (column header, path into the scores of one variant)
HEADLINE = [
    ("CER", ("text", "cer")),
    ("box F1", ("redactions", "box_f1")),
    ("ground", ("redactions", "ground_accuracy")),
    ("seg F1", ("structure", "segmentation_f1")),
    ("doc_type", ("structure", "doc_type_accuracy")),
    ("doc_date", ("structure", "doc_date_accuracy")),
    ("meeting", ("structure", "meeting_accuracy")),
    ("partic F1", ("structure", "participant_f1")),
    ("decis F1", ("structure", "decision_f1")),
    ("incid F1", ("incident_counts", "f1")),
    ("mail rec", ("emails", "message_recall")),
    ("thread F1", ("emails", "thread_pair_f1")),
]


def headline(scores: dict[str, Any], variant: str) -> list[float | None]:
    row = []
    for _, (area, key) in HEADLINE:
        row.append(scores.get(area, {}).get(variant, {}).get(key))
    return row


def format_table(rows: list[tuple[str, str, list[float | None]]]) -> str:
    heads = ["seed", "variant", *[h for h, _ in HEADLINE]]
    widths = [max(len(h), 6) for h in heads]
    lines = ["  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True))]
    for seed, variant, values in rows:
        cells = [seed, variant, *("-" if v is None else f"{v:.3f}" for v in values)]
        lines.append("  ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)))
    return "\n".join(lines)


def misses(gold_path: Path, db: Path) -> dict[str, Any]:
    """What was missed or extra, per area and variant (for reading, not for reports)."""
    gold = json.loads(gold_path.read_text("utf-8"))
    con = duckdb.connect(str(db), read_only=True)
    try:
        redactions = score_redactions(gold, con, with_misses=True)
        structure = score_rows(
            gold, rows_from_db(con, [f["source_id"] for f in gold["files"]]), with_misses=True
        )
    finally:
        con.close()
    return {
        area: {variant: scores.get("misses", []) for variant, scores in result.items()}
        for area, result in (("redactions", redactions), ("structure", structure))
    }


def run_seed(seed: int, out: Path) -> dict[str, Any]:
    from flows.ingest import ingest_flow  # imported late: Prefect reads the env above

    release = out / f"seed-{seed}"
    db = out / f"seed-{seed}.duckdb"
    if db.exists():
        db.unlink()
    started = time.perf_counter()
    write_sample_release(release, seed=seed, vary_content=True)
    ingest_flow([str(release / "digital"), str(release / "scanned")], str(db))
    scores = evaluate_run(release / "gold.json", db)
    scores["seconds"] = round(time.perf_counter() - started, 1)
    scores["misses"] = misses(release / "gold.json", db)
    (out / f"seed-{seed}.scores.json").write_text(
        json.dumps(scores, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 11])
    parser.add_argument("--out", type=Path, default=Path("/tmp/woo-heldout"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for seed in args.seeds:
        scores = run_seed(seed, args.out)
        print(f"seed {seed}: {scores['seconds']} s", file=sys.stderr)
        for variant in ("digital", "scanned"):
            rows.append((str(seed), variant, headline(scores, variant)))
    table = format_table(rows)
    print(table)
    (args.out / "summary.txt").write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
