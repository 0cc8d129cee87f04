"""Score redaction boxes, their grounds and text leaks in DuckDB against gold.json.

Gold files are matched to database rows by `source_id` (the sha256 in gold). Per variant
(digital, scanned):

- boxes: a found box matches a gold box on the same page at IoU >= 0.5, one to one
  (greedy by IoU, highest first: boxes on a page rarely compete); precision over found
  boxes (text marks included: they are redaction rows users see), recall over gold ones;
- ground accuracy over matched boxes (NULL = NULL counts as right);
- boxes found on pages whose gold has no redactions at all;
- leaks (`redaction_leaks`): matched to gold leaks the same way; precision, recall and
  how often the hidden character count is exact.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import duckdb

from models.db import query_rows
from pipeline.redactions import box_iou
from woo_eval.ratios import f1, ratio

IOU_THRESHOLD = 0.5
VARIANTS = ("digital", "scanned")


def match_boxes(
    gold: list[dict], found: list[dict], threshold: float = IOU_THRESHOLD
) -> list[tuple[int, int]]:
    """One-to-one (gold index, found index) pairs with IoU >= threshold, greedy by IoU."""
    candidates = sorted(
        (
            (iou, g, f)
            for g, gold_box in enumerate(gold)
            for f, found_box in enumerate(found)
            if (iou := box_iou(gold_box, found_box)) >= threshold
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _iou, g, f in candidates:
        if g in used_gold or f in used_found:
            continue
        used_gold.add(g)
        used_found.add(f)
        pairs.append((g, f))
    return pairs


MISS_KEYS = ("x0", "top", "x1", "bottom", "ground", "style")
EXTRA_KEYS = ("x0", "top", "x1", "bottom", "ground", "ground_raw", "method")


def _pick(row: dict, keys: tuple[str, ...]) -> dict:
    return {k: row.get(k) for k in keys}


def _by_page(rows: list[dict]) -> dict[tuple[str, int], list[dict]]:
    """Rows by (source_id, page_no)."""
    by_page: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for row in rows:
        by_page[(row["source_id"], int(row["page_no"]))].append(row)
    return by_page


def _count_page_boxes(
    gold_boxes: list[dict],
    found: list[dict],
    c: dict[str, int],
    by_style: dict[str, list[int]],
) -> list[tuple[int, int]]:
    """Counts one page's boxes, matched and with the right ground (overall and per gold
    style: gold, hit, ground right); returns the (gold, found) pairs."""
    pairs = match_boxes(gold_boxes, found)
    c["gold"] += len(gold_boxes)
    c["found"] += len(found)
    c["hit"] += len(pairs)
    if not gold_boxes:
        c["empty_pages"] += 1
        c["boxes_on_empty_pages"] += len(found)
    for g, f in pairs:
        right = (gold_boxes[g]["ground"] or None) == (found[f]["ground"] or None)
        c["ground_right"] += right
        style = gold_boxes[g].get("style") or "?"
        by_style[style][1] += 1
        by_style[style][2] += right
    for box in gold_boxes:
        by_style[box.get("style") or "?"][0] += 1
    return pairs


def _page_misses(
    where: dict, gold_boxes: list[dict], found: list[dict], pairs: list[tuple[int, int]]
) -> list[dict]:
    """One page's boxes matched with a wrong ground, then those missed, then the extra."""
    misses = []
    for g, f in pairs:
        if (gold_boxes[g]["ground"] or None) != (found[f]["ground"] or None):
            misses.append(
                {
                    "kind": "wrong_ground",
                    **where,
                    "gold": gold_boxes[g]["ground"],
                    "found": found[f]["ground"],
                    "ground_raw": found[f].get("ground_raw"),
                    "style": gold_boxes[g].get("style") or "?",
                }
            )
    hit_gold = {g for g, _ in pairs}
    hit_found = {f for _, f in pairs}
    for i, box in enumerate(gold_boxes):
        if i not in hit_gold:
            misses.append({"kind": "missed", **where, **_pick(box, MISS_KEYS)})
    for i, box in enumerate(found):
        if i not in hit_found:
            misses.append({"kind": "extra", **where, **_pick(box, EXTRA_KEYS)})
    return misses


def _count_page_leaks(gold_leaks: list[dict], found_leaks: list[dict], c: dict[str, int]) -> None:
    """Counts one page's leaks, matched like boxes, and those with the right hidden count."""
    pairs = match_boxes(gold_leaks, found_leaks)
    c["leaks_gold"] += len(gold_leaks)
    c["leaks_found"] += len(found_leaks)
    c["leaks_hit"] += len(pairs)
    c["leak_chars_right"] += sum(
        gold_leaks[g]["n_chars"] == found_leaks[f]["n_chars"] for g, f in pairs
    )


def _variant_scores(c: dict[str, int], by_style: dict[str, list[int]]) -> dict[str, Any]:
    """The ratios of one variant's counts."""
    precision = ratio(c["hit"], c["found"])
    recall = ratio(c["hit"], c["gold"])
    return {
        "box_precision": precision,
        "box_recall": recall,
        "box_f1": f1(precision, recall),
        "ground_accuracy": ratio(c["ground_right"], c["hit"]),
        "boxes_on_empty_pages": c["boxes_on_empty_pages"],
        "empty_pages": c["empty_pages"],
        "leak_precision": ratio(c["leaks_hit"], c["leaks_found"]),
        "leak_recall": ratio(c["leaks_hit"], c["leaks_gold"]),
        "leak_n_chars_accuracy": ratio(c["leak_chars_right"], c["leaks_hit"]),
        "by_style": {
            style: {"gold": n, "recall": ratio(hit, n), "ground_accuracy": ratio(right, hit)}
            for style, (n, hit, right) in sorted(by_style.items())
        },
        "counts": dict(c),
    }


def score_redaction_rows(
    gold: dict, redactions: list[dict], leaks: list[dict], *, with_misses: bool = False
) -> dict[str, dict[str, Any]]:
    """Scores per variant from rows of `redactions` and `redaction_leaks` (lists of dicts
    with source_id, page_no and the box columns)."""
    found_by_page = _by_page(redactions)
    leaks_by_page = _by_page(leaks)
    out: dict[str, dict[str, Any]] = {}
    for variant in VARIANTS:
        files = [f for f in gold["files"] if f["variant"] == variant]
        if not files:
            continue
        c: dict[str, int] = defaultdict(int)
        misses: list[dict] = []
        by_style: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, hit, ground ok
        for file in files:
            for page in file["pages"]:
                key = (file["source_id"], page["page_no"])
                found = found_by_page.get(key, [])
                pairs = _count_page_boxes(page["redactions"], found, c, by_style)
                if with_misses:
                    where = {"path": file["path"], "page_no": page["page_no"]}
                    misses += _page_misses(where, page["redactions"], found, pairs)
                _count_page_leaks(page.get("leaks", []), leaks_by_page.get(key, []), c)
        out[variant] = _variant_scores(c, by_style)
        if with_misses:
            out[variant]["misses"] = misses
    return out


def score_redactions(
    gold: dict, con: duckdb.DuckDBPyConnection, *, with_misses: bool = False
) -> dict[str, dict[str, Any]]:
    """Scores per variant for the `redactions` and `redaction_leaks` tables of `con`."""
    redactions = query_rows(
        con,
        "SELECT source_id, page_no, x0, top, x1, bottom, ground, ground_raw, confidence, method "
        "FROM redactions",
    )
    tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
    leaks = (
        query_rows(
            con, "SELECT source_id, page_no, x0, top, x1, bottom, n_chars FROM redaction_leaks"
        )
        if "redaction_leaks" in tables
        else []
    )
    return score_redaction_rows(gold, redactions, leaks, with_misses=with_misses)
