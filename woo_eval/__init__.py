"""`woo eval`: score a database against the gold.json of a generated sample release."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from woo_eval.emails import score_emails
from woo_eval.incidents import score_incident_counts
from woo_eval.redactions import score_redactions
from woo_eval.structure import score_structure
from woo_eval.text import score_text

SCORERS = {
    "text": score_text,
    "redactions": score_redactions,
    "structure": score_structure,
    "incident_counts": score_incident_counts,
    "emails": score_emails,
}


def evaluate_run(gold_path: Path, db_path: Path) -> dict[str, Any]:
    gold = json.loads(Path(gold_path).read_text("utf-8"))
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return {name: scorer(gold, con) for name, scorer in SCORERS.items()}
    finally:
        con.close()


def _flatten(prefix: str, value: Any, out: list[tuple[str, Any]]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
    else:
        out.append((prefix, value))


def format_report(scores: dict[str, Any]) -> str:
    """One line per figure: `area.variant.metric  value`."""
    rows: list[tuple[str, Any]] = []
    _flatten("", scores, rows)
    width = max(len(name) for name, _ in rows)
    lines = []
    for name, value in rows:
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        lines.append(f"{name:<{width}}  {shown}")
    return "\n".join(lines)
