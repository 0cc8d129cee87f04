"""Score incident counts in DuckDB against gold.json.

A fact is the tuple (period_start, period_end, category, value, unit, scope). Gold and
found facts are both deduplicated per release and variant (the same figure printed in two
files, or twice in one, is one fact), so the score says which facts a reader of the
database gets, not how often they were printed. Found facts are read from
`incident_mentions` (see `rows_from_db` for why), else from `incident_counts`. Gold files
are matched to database rows by `source_id` (the sha256 in gold). Precision, recall and F1
are given per variant (digital, scanned), with the missed and the extra facts listed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from models.db import query_rows
from woo_eval.ratios import f1, ratio

Fact = tuple[str, str, str, float, str, str | None]


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def fact_of(row: dict) -> Fact:
    """The comparable tuple of a gold record or a database row."""
    scope = row.get("scope")
    return (
        _iso(row["period_start"]),
        _iso(row["period_end"]),
        str(row["category"]),
        round(float(row["value"]), 2),
        str(row.get("unit") or "count"),
        scope.strip().casefold() if isinstance(scope, str) and scope.strip() else None,
    )


def score_incident_rows(gold: dict, rows: list[dict]) -> dict[str, dict[str, Any]]:
    """Scores per variant from extracted incident rows (dicts with a `source_id`)."""
    out: dict[str, dict[str, Any]] = {}
    for variant in sorted({f["variant"] for f in gold["files"]}):
        files = [f for f in gold["files"] if f["variant"] == variant]
        source_ids = {f["source_id"] for f in files}
        gold_facts = {fact_of(r) for f in files for r in f.get("incident_counts", [])}
        found_facts = {fact_of(r) for r in rows if r.get("source_id") in source_ids}
        hit = gold_facts & found_facts
        precision = ratio(len(hit), len(found_facts))
        recall = ratio(len(hit), len(gold_facts))
        out[variant] = {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "counts": {"gold": len(gold_facts), "found": len(found_facts), "hit": len(hit)},
            "misses": [f"missed {fact}" for fact in sorted(gold_facts - found_facts, key=str)]
            + [f"extra {fact}" for fact in sorted(found_facts - gold_facts, key=str)],
        }
    return out


def rows_from_db(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> list[dict]:
    """Incident rows of the given sources, one per printed mention where the DB has them.

    `incident_mentions` keeps every source a figure was printed in; `incident_counts` keeps
    one row per fact for the whole database, so when the digital and the scanned twin of a
    file are loaded together each fact sits under one of the two only. The mentions are
    therefore scored (deduplicated here, per variant); `incident_counts` is the fallback.
    """
    if not source_ids:
        return []
    for table in ("incident_mentions", "incident_counts"):
        try:
            rows = query_rows(
                con,
                "SELECT source_id, period_start, period_end, category, value, unit, scope "
                f"FROM {table} WHERE source_id IN (SELECT unnest(?))",
                [source_ids],
            )
        except duckdb.Error:
            continue
        if rows:
            return rows
    return []


def score_incident_counts(gold: dict, con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Tuple precision/recall/F1 per variant of the incident figures in `con` against gold."""
    source_ids = [f["source_id"] for f in gold["files"]]
    return score_incident_rows(gold, rows_from_db(con, source_ids))
