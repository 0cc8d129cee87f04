"""Document boundaries (a gold start matched by a found start), doc_type and doc_date."""

from __future__ import annotations

from collections import defaultdict

from woo_eval.real.metrics import accuracy, greedy_match, iso_date, match_counts, prf

#: A text document's start may be found this many lines off (a stamp or a logo line before a
#: title is a matter of taste); PDF starts must be on the same page.
TEXT_LINE_TOLERANCE = 3


def start_of(document: dict, kind: str) -> int | None:
    return document.get("first_line") if kind == "text" else document.get("first_page")


def _start_score(kind: str):
    tolerance = TEXT_LINE_TOLERANCE if kind == "text" else 0

    def score(gold: dict, found: dict) -> float | None:
        g, f = start_of(gold, kind), start_of(found, kind)
        if g is None or f is None or abs(g - f) > tolerance:
            return None
        return -abs(g - f)

    return score


def score_documents(gold: list[dict], found: list[dict], kind: str) -> dict[str, dict]:
    """Boundary P/R/F1 (and recall per gold doc_type); type and date accuracy on matches."""
    pairs = greedy_match(gold, found, _start_score(kind))
    matched = {i for i, _ in pairs}
    missed = [
        f"missed {g['doc_type']} starting at {start_of(g, kind)}"
        for i, g in enumerate(gold)
        if i not in matched
    ]
    extra_idx = set(range(len(found))) - {j for _, j in pairs}
    extra = [
        f"extra {found[j]['doc_type']} starting at {start_of(found[j], kind)}"
        for j in sorted(extra_idx)
    ]
    by_type: dict[str, dict] = defaultdict(prf)
    for i, g in enumerate(gold):
        by_type[g["doc_type"]]["tp" if i in matched else "fn"] += 1
    for j in extra_idx:  # a found start with no gold start: a false start of its found type
        by_type[found[j]["doc_type"]]["fp"] += 1
    where = [f"document at {start_of(gold[i], kind)}: " for i, _ in pairs]
    return {
        "boundaries": match_counts(len(gold), len(found), pairs, missed + extra),
        "doc_type": accuracy(
            [(gold[i]["doc_type"], found[j]["doc_type"]) for i, j in pairs], where
        ),
        "doc_date": accuracy(
            [(gold[i]["doc_date"], iso_date(found[j]["doc_date"])) for i, j in pairs], where
        ),
        **{f"boundaries.{t}": v for t, v in sorted(by_type.items())},
    }
