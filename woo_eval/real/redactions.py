"""Redaction boxes per page: counts give box P/R; grounds compared in reading order."""

from __future__ import annotations

from collections import defaultdict

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
