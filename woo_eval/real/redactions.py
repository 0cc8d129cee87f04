"""Redaction boxes per page: counts give box P/R; grounds compared in reading order. Ground
codes printed in a text release (no boxes): counts per file give mark P/R; grounds compared
as multisets."""

from __future__ import annotations

from collections import Counter, defaultdict

from woo_eval.real.metrics import accuracy, add, prf


def score_redactions(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    """Only the pages gold lists are scored (gold lists every page of a PDF, 0 boxes too)."""
    by_page: dict[int, list[dict]] = defaultdict(list)
    for box in found:  # already in reading order: by page, top, x0; marks without box last
        by_page[box["page_no"]].append(box)
    boxes, grounds = prf(), accuracy([])
    for page in gold:
        on_page = by_page.get(page["page_no"], [])
        tp = min(page["n_boxes"], len(on_page))
        note = f"page {page['page_no']}: gold {page['n_boxes']} boxes, found {len(on_page)}"
        boxes = add(
            boxes,
            prf(
                tp,
                len(on_page) - tp,
                page["n_boxes"] - tp,
                [note] * (tp != len(on_page) or tp != page["n_boxes"]),
            ),
        )
        pairs = list(zip(page["grounds"][:tp], [b["ground"] for b in on_page[:tp]], strict=False))
        grounds = add(grounds, accuracy(pairs, [f"page {page['page_no']}: "] * len(pairs)))
    return {"redaction_boxes": boxes, "redaction_grounds": grounds}


def score_redaction_marks(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    """Printed ground codes of a text (`redaction_marks`: `{line, n_marks, grounds}` per line
    that prints any) against the text's `text_mark` rows. A text has no geometry and its
    marks are found per document, not per line, so the file's totals are compared: marks
    P/R from the counts, ground accuracy as the share of gold grounds found among the
    found ones (a multiset: order carries no position in a text)."""
    marks = [row for row in found if row["method"] == "text_mark"]
    n_gold = sum(line["n_marks"] for line in gold)
    tp = min(n_gold, len(marks))
    note = [f"gold {n_gold} printed marks, found {len(marks)}"] * (tp != n_gold or tp != len(marks))
    gold_grounds = Counter(g for line in gold for g in line["grounds"])
    found_grounds = Counter(row["ground"] for row in marks)
    right = sum((gold_grounds & found_grounds).values())
    return {
        "redaction_marks": prf(tp, len(marks) - tp, n_gold - tp, note),
        "redaction_mark_grounds": {
            "correct": min(right, tp),
            "total": tp,
            "examples": [f"grounds gold {dict(gold_grounds)} found {dict(found_grounds)}"]
            * (right < tp),
        },
    }
