"""Scorers for decision letters and inventory lists against hand-written real gold.

Letters: `letters_gold.csv` (file_name, decision_date, request_date) from
../shared/reference/real-wob-dev/letters; inventories: `tests/gold/inventories/<stem>.csv`
(page_no, number, item_date, title, judgement, grounds), one line per listed document.
Both scorers take plain rows, so they score a database or rows held in memory alike.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb

from models.db import query_rows
from woo_eval.ratios import ratio


def _iso(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def read_gold_csv(path: Path) -> list[dict[str, str]]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ---------------------------------------------------------------------------------------------
# letters


def score_letters(gold: list[dict[str, str]], found: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Decision- and request-date accuracy per letter; `found` maps a file name to its
    woo_decisions row (missing: no row). A date given where the gold has none is wrong."""
    out: dict[str, Any] = {"letters": len(gold), "misses": []}
    for field in ("decision_date", "request_date"):
        right = wrong = missing = invented = 0
        for row in gold:
            want = _iso(row.get(field))
            got = _iso((found.get(row["file_name"]) or {}).get(field))
            if want is None:
                invented += got is not None
                right += got is None
            elif got == want:
                right += 1
            elif got is None:
                missing += 1
                out["misses"].append({"file": row["file_name"], field: None, "gold": want})
            else:
                wrong += 1
                out["misses"].append({"file": row["file_name"], field: got, "gold": want})
        out[field] = {
            "accuracy": ratio(right, len(gold)),
            "right": right,
            "wrong": wrong,
            "missing": missing,
            "wrong_where_gold_has_none": invented,
        }
    return out


def letters_from_db(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """The first (lowest page) woo_decisions row of every source, by file name."""
    rows = con.execute(
        """
        SELECT s.file_name, w.decision_date, w.request_date
        FROM woo_decisions w JOIN sources s USING (source_id)
        ORDER BY s.file_name, w.page_no
        """
    ).fetchall()
    found: dict[str, dict[str, Any]] = {}
    for file_name, decision, request in rows:
        found.setdefault(file_name, {"decision_date": decision, "request_date": request})
    return found


# ---------------------------------------------------------------------------------------------
# inventories


def number_key(number: str | None) -> str:
    """`5.` -> `5`, `3-a` -> `3a`, `12 b` -> `12b`: how a printed number is matched."""
    return re.sub(r"[\s\-]+", "", (number or "").strip().lower()).rstrip(".")


def _match_rows(gold: list[dict], found: list[dict]) -> list[tuple[dict, dict]]:
    """Gold and found rows paired by printed number, in order (a number printed twice in
    one list, as in two sub-tables, pairs first with first)."""
    pool: dict[str, list[dict]] = defaultdict(list)
    for row in found:
        pool[number_key(row.get("number"))].append(row)
    pairs = []
    for row in gold:
        candidates = pool.get(number_key(row["number"]))
        if candidates:
            pairs.append((row, candidates.pop(0)))
    return pairs


def _grounds_set(value: Any) -> frozenset[str]:
    return frozenset(g for g in (value or "").split(";") if g)


def score_inventory(gold: list[dict[str, str]], found: list[dict[str, Any]]) -> dict[str, Any]:
    """Row recall and precision by printed number; judgement, grounds (as sets) and date
    accuracy on the matched rows."""
    pairs = _match_rows(gold, found)
    judgement = sum((g["judgement"] or None) == (f.get("judgement") or None) for g, f in pairs)
    grounds = sum(_grounds_set(g["grounds"]) == _grounds_set(f.get("grounds")) for g, f in pairs)
    dated = [(g, f) for g, f in pairs if g["item_date"]]
    dates = sum(g["item_date"] == _iso(f.get("item_date")) for g, f in dated)
    undated_given = sum(
        1 for g, f in pairs if not g["item_date"] and _iso(f.get("item_date")) is not None
    )
    misses = [
        {
            "number": g["number"],
            "judgement": (g["judgement"] or None, f.get("judgement")),
            "grounds": (g["grounds"] or None, f.get("grounds")),
        }
        for g, f in pairs
        if (g["judgement"] or None) != (f.get("judgement") or None)
        or _grounds_set(g["grounds"]) != _grounds_set(f.get("grounds"))
    ]
    return {
        "gold_rows": len(gold),
        "found_rows": len(found),
        "matched": len(pairs),
        "recall": ratio(len(pairs), len(gold)),
        "precision": ratio(len(pairs), len(found)),
        "judgement_accuracy": ratio(judgement, len(pairs)),
        "grounds_accuracy": ratio(grounds, len(pairs)),
        "date_accuracy": ratio(dates, len(dated)),
        "dates_where_gold_has_none": undated_given,
        "misses": misses,
    }


def total_inventory_scores(per_file: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged figures over every inventory."""
    sums = defaultdict(float)
    for score in per_file.values():
        for key in ("gold_rows", "found_rows", "matched", "dates_where_gold_has_none"):
            sums[key] += score[key]
        sums["judgement_right"] += (score["judgement_accuracy"] or 0) * score["matched"]
        sums["grounds_right"] += (score["grounds_accuracy"] or 0) * score["matched"]
    matched = int(sums["matched"])
    return {
        "gold_rows": int(sums["gold_rows"]),
        "found_rows": int(sums["found_rows"]),
        "recall": ratio(matched, int(sums["gold_rows"])),
        "precision": ratio(matched, int(sums["found_rows"])),
        "judgement_accuracy": ratio(round(sums["judgement_right"]), matched),
        "grounds_accuracy": ratio(round(sums["grounds_right"]), matched),
        "dates_where_gold_has_none": int(sums["dates_where_gold_has_none"]),
    }


def inventory_rows_from_db(con: duckdb.DuckDBPyConnection, file_name: str) -> list[dict[str, Any]]:
    return query_rows(
        con,
        """
        SELECT i.* FROM inventory_items i JOIN sources s USING (source_id)
        WHERE s.file_name = ? ORDER BY i.page_no, i.top
        """,
        [file_name],
    )


# ---------------------------------------------------------------------------------------------
# `woo eval --gold`


def default_letters_gold() -> Path:
    """`../shared/reference/real-wob-dev/letters/letters_gold.csv` beside the repository
    (WOO_SHARED overrides where ../shared is)."""
    import os

    shared = Path(os.environ.get("WOO_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    return shared / "reference" / "real-wob-dev" / "letters" / "letters_gold.csv"


def evaluate_decisions(gold_dir: Path, db_path: Path) -> dict[str, Any] | None:
    """Letter and inventory figures for a database, from `<gold_dir>/inventories/*.csv` and
    the letters' gold; None when neither gold is there. Only files present in the database
    are scored."""
    inventory_dir = Path(gold_dir) / "inventories"
    letters_gold = default_letters_gold()
    if not inventory_dir.is_dir() and not letters_gold.exists():
        return None
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        names = {row[0] for row in con.execute("SELECT file_name FROM sources").fetchall()}
        out: dict[str, Any] = {}
        if letters_gold.exists():
            gold = [r for r in read_gold_csv(letters_gold) if r["file_name"] in names]
            if gold:
                out["letters"] = score_letters(gold, letters_from_db(con))
        per_file = {
            path.stem: score_inventory(
                read_gold_csv(path), inventory_rows_from_db(con, f"{path.stem}.pdf")
            )
            for path in sorted(inventory_dir.glob("*.csv"))
            if f"{path.stem}.pdf" in names
        }
        if per_file:
            out["inventories"] = {"total": total_inventory_scores(per_file), "files": per_file}
        return out or None
    finally:
        con.close()


def format_decisions(scores: dict[str, Any]) -> str:
    lines = ["", "Decision letters and inventories (hand-written real gold)"]
    letters = scores.get("letters")
    if letters:
        for field in ("decision_date", "request_date"):
            f = letters[field]
            lines.append(
                f"  letters {field:14s} accuracy {f['accuracy']} ({f['right']}/"
                f"{letters['letters']}), wrong {f['wrong']}, missing {f['missing']}, "
                f"given where gold has none {f['wrong_where_gold_has_none']}"
            )
    inventories = scores.get("inventories")
    if inventories:
        t = inventories["total"]
        lines.append(
            f"  inventory rows recall {t['recall']} precision {t['precision']} "
            f"({t['found_rows']} found / {t['gold_rows']} gold); judgement "
            f"{t['judgement_accuracy']}, grounds {t['grounds_accuracy']} on matched rows"
        )
    return "\n".join(lines)
