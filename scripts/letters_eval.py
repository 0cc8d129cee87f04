"""Decision letters and inventories of real-wob-dev: ingest into a fresh database, score.

    python scripts/letters_eval.py [--shared ../shared] [--db /tmp/letters.duckdb] [--keep]

Ingests `reference/real-wob-dev/letters/*.pdf` and `.../inventories/*.pdf` with the real
pipeline (`python -m pipeline ingest`), then prints decision- and request-date accuracy on
`letters_gold.csv` (and any date given where the gold has none), inventory row recall and
precision by printed number with judgement and grounds accuracy on
`tests/gold/inventories/*.csv`, the same for the inventories read as scans (`--scanned N`:
the first N pages of each inventory rendered at 200 dpi and OCR'd, as a scanned release
is), and the cost of the two new extractors in pages per second
(measured on the pages and words stored in the database; the machine's load is not
controlled, so re-run on an idle machine for figures to compare). Exits 0 with a message
when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import duckdb  # noqa: E402

from pipeline.documents import segment_documents  # noqa: E402
from pipeline.inventory import extract_inventory_items  # noqa: E402
from pipeline.woo_decisions import extract_woo_decision  # noqa: E402
from woo_eval.woo_decisions import (  # noqa: E402
    inventory_rows_from_db,
    letters_from_db,
    read_gold_csv,
    score_inventory,
    score_letters,
    total_inventory_scores,
)

INVENTORY_GOLD = REPO / "tests" / "gold" / "inventories"


def default_shared() -> Path:
    return Path(os.environ.get("WOO_SHARED", REPO.parent / "shared"))


def ingest(files: list[Path], db: Path) -> float:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_THREAD_LIMIT": "1"}
    subprocess.run(
        [sys.executable, "-m", "pipeline", "ingest", *map(str, files), "--db", str(db)],
        check=True,
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def stored_pages(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict]]:
    """Every source's pages as the extractors take them (text and word boxes)."""
    words: dict[tuple[str, int], list[dict]] = {}
    for sid, page_no, text, x0, top, x1, bottom, conf in con.execute(
        "SELECT source_id, page_no, text, x0, top, x1, bottom, conf FROM words"
        " ORDER BY source_id, page_no, word_no"
    ).fetchall():
        words.setdefault((sid, page_no), []).append(
            {"text": text, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "conf": conf}
        )
    pages: dict[str, list[dict]] = {}
    for sid, page_no, text, method, width, height in con.execute(
        "SELECT source_id, page_no, text, text_method, width, height FROM pages"
        " WHERE text IS NOT NULL ORDER BY source_id, page_no"
    ).fetchall():
        pages.setdefault(sid, []).append(
            {
                "source_id": sid, "page_no": page_no, "text": text, "text_method": method,
                "width": width, "height": height, "words": words.get((sid, page_no), []),
            }
        )  # fmt: skip
    return pages


def scanned_inventories(inventories_dir: Path, max_pages: int) -> dict[str, dict]:
    """Inventory scores when every page is a scan: rendered at 200 dpi and OCR'd (the
    first `max_pages` pages of each file; its gold restricted to those pages)."""
    import pdfplumber

    from pipeline.ocr import ocr_image
    from pipeline.render import render_page

    per_file = {}
    for gold_file in sorted(INVENTORY_GOLD.glob("*.csv")):
        path = inventories_dir / f"{gold_file.stem}.pdf"
        with pdfplumber.open(path) as pdf:
            sizes = [(p.width, p.height) for p in pdf.pages[:max_pages]]
        if sizes and sizes[0][0] * sizes[0][1] > 4 * 842 * 595:
            continue  # a poster-size page: not how a scan arrives
        pages = []
        for page_no, (width, height) in enumerate(sizes, start=1):
            words, text, _ = ocr_image(render_page(path, page_no, dpi=200), 72.0 / 200)
            pages.append(
                {"source_id": "scan", "page_no": page_no, "text": text, "words": words,
                 "width": width, "height": height, "text_method": "ocr"}
            )  # fmt: skip
        rows = []
        for doc in segment_documents(pages):
            document = {
                **doc,
                "pages": [
                    p for p in pages if doc["first_page"] <= p["page_no"] <= doc["last_page"]
                ],
            }
            rows += extract_inventory_items(document)[0]
        gold = [r for r in read_gold_csv(gold_file) if int(r["page_no"]) <= len(sizes)]
        per_file[gold_file.stem] = score_inventory(gold, rows)
    return per_file


def extractor_cost(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """Pages per second of the decision-letter and inventory extractors alone (documents
    split beforehand, not timed)."""
    timed = {"woo_decisions": 0.0, "inventory_items": 0.0}
    n_pages = 0
    for pages in stored_pages(con).values():
        n_pages += len(pages)
        for doc in segment_documents(pages):
            document = {
                **doc,
                "pages": [
                    p for p in pages if doc["first_page"] <= p["page_no"] <= doc["last_page"]
                ],
            }
            started = time.perf_counter()
            extract_woo_decision(document)
            timed["woo_decisions"] += time.perf_counter() - started
            started = time.perf_counter()
            extract_inventory_items(document)
            timed["inventory_items"] += time.perf_counter() - started
    return {name: round(n_pages / seconds, 1) for name, seconds in timed.items() if seconds} | {
        "pages": n_pages
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--db", type=Path, help="database to write (default: a fresh temp file)")
    parser.add_argument("--reuse", action="store_true", help="score --db as it is, no ingest")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument(
        "--scanned", type=int, default=0, metavar="N",
        help="also OCR the first N pages of each inventory and score them as scans",
    )  # fmt: skip
    args = parser.parse_args()
    dev = args.shared / "reference" / "real-wob-dev"
    if not dev.is_dir():
        print(f"../shared/reference not present ({dev}): nothing to score")
        return 0
    letters_dir, inventories_dir = dev / "letters", dev / "inventories"
    db = args.db or Path(tempfile.mkdtemp(prefix="letters_eval_")) / "letters.duckdb"
    files = sorted(letters_dir.glob("*.pdf")) + sorted(inventories_dir.glob("*.pdf"))
    seconds = None
    if not args.reuse:
        if db.exists():
            db.unlink()
        seconds = ingest(files, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        letters = score_letters(
            read_gold_csv(letters_dir / "letters_gold.csv"), letters_from_db(con)
        )
        per_file = {}
        for gold_file in sorted(INVENTORY_GOLD.glob("*.csv")):
            found = inventory_rows_from_db(con, f"{gold_file.stem}.pdf")
            per_file[gold_file.stem] = score_inventory(read_gold_csv(gold_file), found)
        cost = extractor_cost(con)
        n_pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
    finally:
        con.close()
    figures = {
        "letters": letters,
        "inventories": {"total": total_inventory_scores(per_file), "files": per_file},
        "cost_pages_per_second": cost,
        "scanned_inventories": None,
        "ingest_seconds": round(seconds, 1) if seconds else None,
        "ingest_pages": n_pages,
        "db": str(db),
    }
    if args.scanned:
        scanned = scanned_inventories(inventories_dir, args.scanned)
        figures["scanned_inventories"] = {
            "total": total_inventory_scores(scanned),
            "files": scanned,
        }
    print(report(figures))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str))
    return 0


def report(figures: dict) -> str:
    letters = figures["letters"]
    lines = [f"Decision letters ({letters['letters']} with gold)"]
    for field in ("decision_date", "request_date"):
        f = letters[field]
        lines.append(
            f"  {field:14s} accuracy {f['accuracy']}  right {f['right']}  wrong {f['wrong']}"
            f"  missing {f['missing']}  given where gold has none {f['wrong_where_gold_has_none']}"
        )
    for miss in letters["misses"]:
        lines.append(f"    miss: {miss}")
    total = figures["inventories"]["total"]
    lines.append(
        f"Inventories: rows gold {total['gold_rows']} found {total['found_rows']}  recall "
        f"{total['recall']}  precision {total['precision']}  judgement "
        f"{total['judgement_accuracy']}  grounds {total['grounds_accuracy']}"
    )
    for name, f in figures["inventories"]["files"].items():
        lines.append(
            f"  {name[:60]:60s} recall {f['recall']} precision {f['precision']} judgement "
            f"{f['judgement_accuracy']} grounds {f['grounds_accuracy']} date {f['date_accuracy']}"
        )
        for miss in f["misses"][:5]:
            lines.append(f"    miss: {miss}")
    scanned = figures.get("scanned_inventories")
    if scanned:
        t = scanned["total"]
        lines.append(
            f"Inventories as scans (OCR): rows gold {t['gold_rows']} found {t['found_rows']}  "
            f"recall {t['recall']}  precision {t['precision']}  judgement "
            f"{t['judgement_accuracy']}  grounds {t['grounds_accuracy']}"
        )
        for name, f in scanned["files"].items():
            lines.append(
                f"  {name[:60]:60s} recall {f['recall']} precision {f['precision']} "
                f"judgement {f['judgement_accuracy']} grounds {f['grounds_accuracy']}"
            )
    cost = figures["cost_pages_per_second"]
    lines.append(
        f"Cost over {cost['pages']} pages (pages/s, extractor alone): woo_decisions "
        f"{cost.get('woo_decisions')}  inventory_items {cost.get('inventory_items')}"
    )
    if figures["ingest_seconds"]:
        lines.append(
            f"Whole ingest: {figures['ingest_pages']} pages in {figures['ingest_seconds']} s "
            "(machine load not controlled)"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
