"""Counting blocks shared by the real-gold scorers: P/R/F1 counts, accuracies, matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

#: How many missed/extra examples a figure keeps for the report.
MAX_EXAMPLES = 12


def prf(tp: int = 0, fp: int = 0, fn: int = 0, examples: list[str] | None = None) -> dict:
    """A precision/recall figure as counts; `finish` adds the ratios after summing files."""
    return {"tp": tp, "fp": fp, "fn": fn, "examples": list(examples or [])[:MAX_EXAMPLES]}


def accuracy(pairs: Sequence[tuple[Any, Any]], where: Sequence[str] | None = None) -> dict:
    """Share of (gold, found) pairs that agree; disagreements kept as examples, each
    prefixed with where it is (`where[k]` for pair k)."""
    where = where or [""] * len(pairs)
    wrong = [f"{w}gold {g!r} found {f!r}" for (g, f), w in zip(pairs, where, strict=True) if g != f]
    return {
        "correct": len(pairs) - len(wrong),
        "total": len(pairs),
        "examples": wrong[:MAX_EXAMPLES],
    }


def add(total: dict, part: dict) -> dict:
    """Sum two figures of the same shape (counts add, examples are concatenated)."""
    out = dict(total)
    for key, value in part.items():
        if key == "examples":
            out[key] = (total.get(key, []) + value)[:MAX_EXAMPLES]
        elif isinstance(value, int):
            out[key] = total.get(key, 0) + value
    return out


def finish(figure: dict) -> dict:
    """Counts plus ratios: precision/recall/F1 (None where undefined) or accuracy."""
    out = dict(figure)
    if "tp" in figure:
        tp, fp, fn = figure["tp"], figure["fp"], figure["fn"]
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        out["precision"], out["recall"] = p, r
        out["f1"] = (
            2 * p * r / (p + r)
            if p is not None and r is not None and p + r
            else (0.0 if p is not None and r is not None else None)
        )
    else:
        out["accuracy"] = figure["correct"] / figure["total"] if figure["total"] else None
    return out


def greedy_match(
    gold: Sequence[Any], found: Sequence[Any], score: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, found index) pairs, best score first; None = cannot match."""
    candidates = []
    for i, g in enumerate(gold):
        for j, f in enumerate(found):
            s = score(g, f)
            if s is not None:
                candidates.append((s, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def match_counts(n_gold: int, n_found: int, pairs: list[tuple[int, int]], examples=None) -> dict:
    return prf(len(pairs), n_found - len(pairs), n_gold - len(pairs), examples)


def norm_text(value: Any) -> str | None:
    """Case-, accent- and whitespace-insensitive form of a printed value; None stays None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold() or None


def iso_date(value: Any) -> str | None:
    """'YYYY-MM-DD' of a date from the database or of a gold string; None stays None."""
    if value is None:
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]
