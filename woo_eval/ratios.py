"""The ratios the sample scorers report, rounded to four places: one definition for all."""

from __future__ import annotations


def ratio(hit: int, total: int) -> float | None:
    """`hit` over `total`; None when there is nothing to count (no total, not a zero)."""
    return round(hit / total, 4) if total else None


def f1(precision: float | None, recall: float | None) -> float | None:
    """The harmonic mean; None when either is None, 0.0 when both are 0."""
    if precision is None or recall is None:
        return None
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
