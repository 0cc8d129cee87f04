"""`woo eval --gold DIR`: score a `woo ingest` database against real gold written by hand.

Each gold file (`tests/gold/*.json`, format in `tests/gold/README.md`) is matched to its
source in the database by file name; every list the gold file fills is scored. An empty list
says the file holds nothing of that kind (the format's rule), so rows found there are counted
apart, as `<figure>_where_gold_none` (false positives only), to keep the headline figures
comparable with earlier rounds while showing the precision a reader meets on such files.
Figures are counts (tp/fp/fn, or correct/total) summed over files, with precision, recall and
F1 (or accuracy) computed from the sums: overall, per kind of source (`text`, `pdf`) and per
file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from woo_eval.real import db
from woo_eval.real.decisions import score_decisions
from woo_eval.real.documents import score_documents
from woo_eval.real.emails import score_emails
from woo_eval.real.incidents import score_incidents
from woo_eval.real.meetings import score_meetings
from woo_eval.real.metrics import add, finish
from woo_eval.real.redactions import score_redaction_marks, score_redactions

#: gold list -> (database reader, scorer(gold list, found rows, source kind))
SECTIONS: dict[str, tuple[Callable, Callable]] = {
    "documents": (db.documents, score_documents),
    "emails": (db.emails, lambda g, f, kind: score_emails(g, f)),
    "meetings": (db.meetings, lambda g, f, kind: score_meetings(g, f)),
    "decisions": (db.decisions, score_decisions),
    "incident_counts": (db.incident_mentions, lambda g, f, kind: score_incidents(g, f)),
    "redactions": (db.redactions, lambda g, f, kind: score_redactions(g, f)),
    "redaction_marks": (db.redactions, lambda g, f, kind: score_redaction_marks(g, f)),
}

#: Sections whose rows, found in a file whose gold lists none, are extras a reader would meet.
EXTRAS_WHERE_NONE = ("emails", "meetings", "decisions", "incident_counts")


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold files (*.json) in {gold_dir}")
    return [json.loads(path.read_text("utf-8")) | {"gold_file": path.name} for path in files]


def score_file(con: duckdb.DuckDBPyConnection, gold: dict[str, Any]) -> dict[str, Any]:
    """Figures of one gold file (counts only); a source missing from the database is scored
    as found nothing."""
    source_id = db.find_source(con, gold["source"])
    found = (
        {section: read(con, source_id) for section, (read, _) in SECTIONS.items()}
        if source_id
        else None
    )
    return {
        "source": gold["source"],
        "kind": gold["kind"],
        "in_db": bool(source_id),
        "figures": score_found(gold, found),
    }


def score_found(gold: dict[str, Any], found: dict[str, list[dict]] | None) -> dict[str, dict]:
    """Figures of one gold file against the rows found per section (`SECTIONS`' names, rows as
    `db` reads them); None when the source was never read, which finds nothing and no extras."""
    figures: dict[str, dict] = {}
    for section, (_, score) in SECTIONS.items():
        rows = (found or {}).get(section, [])
        if not gold.get(section):
            if found is not None and section in EXTRAS_WHERE_NONE:
                figures.update(extras_where_none(score, rows, gold["kind"]))
            continue
        figures.update(score(gold[section], rows, gold["kind"]))
    return figures


def extras_where_none(score: Callable, found: list[dict], kind: str) -> dict[str, dict]:
    """False positives of rows found where the gold file lists none of their kind."""
    if not found:
        return {}
    figures = score([], found, kind)
    return {
        f"{name}_where_gold_none": figure for name, figure in figures.items() if figure.get("fp")
    }


def _sum(files: list[dict]) -> dict[str, dict]:
    total: dict[str, dict] = {}
    for f in files:
        for name, figure in f["figures"].items():
            total[name] = add(total.get(name, {}), figure)
    return {name: finish(figure) for name, figure in sorted(total.items())}


def evaluate_gold_dir(gold_dir: Path, db_path: Path) -> dict[str, Any]:
    """Scores of every gold file in `gold_dir` against the database at `db_path`."""
    return evaluate_golds(load_gold(gold_dir), db_path)


def evaluate_golds(golds: list[dict[str, Any]], db_path: Path) -> dict[str, Any]:
    """Scores of the gold files `golds` (as `load_gold` reads them) against a database."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        files = [score_file(con, gold) for gold in golds]
    finally:
        con.close()
    return summarise(files)


def summarise(files: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures summed overall, per kind of source and per file (`score_file` results)."""
    kinds = sorted({f["kind"] for f in files})
    return {
        "overall": _sum(files),
        "by_kind": {k: _sum([f for f in files if f["kind"] == k]) for k in kinds},
        "files": {f["source"]: f | {"figures": _sum([f])} for f in files},
        "missing_sources": [f["source"] for f in files if not f["in_db"]],
    }
