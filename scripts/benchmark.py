"""Throughput of `woo ingest` on this machine: born-digital vs scanned pages, first run vs re-run.

    .venv/bin/python scripts/benchmark.py [--out benchmark.json]

Generates the sample release into a temporary folder and ingests each rendering into its
own database. Times are the flow's own (Prefect's server start-up is not counted).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", help="write the figures to this JSON file")
    args = parser.parse_args()

    from flows.ingest import ingest_flow
    from woo_eval.sample import write_sample_release

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "release"
        write_sample_release(folder)
        for variant in ("digital", "scanned"):
            db = Path(tmp) / f"{variant}.duckdb"
            started = time.perf_counter()
            first = ingest_flow(paths=[str(folder / variant)], db_path=str(db))
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            ingest_flow(paths=[str(folder / variant)], db_path=str(db))
            rerun_s = time.perf_counter() - started
            pages = first["pages_text_layer"] + first["pages_ocr"]
            results[variant] = {
                "files": first["files"],
                "pages": pages,
                "first_run_s": round(first_s, 2),
                "pages_per_s": round(pages / first_s, 3),
                "rerun_s": round(rerun_s, 2),
                "rerun_share": round(rerun_s / first_s, 3),
            }
    print(json.dumps(results, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
