"""Incident figures as tuples (period_start, period_end, category, value, unit, scope).

Gold lists each figure once per document that states it; found mentions are deduplicated per
found document the same way, then the two multisets are compared (a report printed twice
holds its figures twice). `incident_counts.unscoped` compares the same tuples without their
scope: gold writers word a figure's unit differently (`DUO`, `dienst DUO`), so that line
tells a wrong scope apart from a figure not found at all. `incident_counts.texts_found` counts
the gold files with figures where any figure at all was found: on texts never seen, recall is
lost mostly to whole count texts where nothing is read (docs/incident-silent-gates.md), and
that line says how many."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from woo_eval.incidents import Fact, fact_of
from woo_eval.real.metrics import prf


def score_incidents(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    return {
        "incident_counts": _score_facts(gold, found, fact_of),
        "incident_counts.unscoped": _score_facts(gold, found, lambda row: fact_of(row)[:5]),
        "incident_counts.texts_found": _text_found(gold, found),
    }


def _text_found(gold: list[dict], found: list[dict]) -> dict:
    """One text with gold figures: right when any figure was found in it at all."""
    if found:
        return {"correct": 1, "total": 1, "examples": []}
    return {"correct": 0, "total": 1, "examples": [f"nothing found of its {len(gold)} figures"]}


def _score_facts(gold: list[dict], found: list[dict], key: Callable[[dict], tuple]) -> dict:
    gold_facts = Counter(key(g) for g in gold)
    # once per document as the whole fact, then compared by `key`: two units' equal figures
    # are two facts without their scopes too, on both sides
    per_document = {(f.get("document_id"), fact_of(f)): f for f in found}
    found_facts: Counter[Fact | tuple] = Counter(key(f) for f in per_document.values())
    hit = gold_facts & found_facts
    examples = [f"missed {fact}" for fact in sorted((gold_facts - found_facts).elements(), key=str)]
    examples += [f"extra {fact}" for fact in sorted((found_facts - gold_facts).elements(), key=str)]
    tp = sum(hit.values())
    return prf(tp, sum(found_facts.values()) - tp, sum(gold_facts.values()) - tp, examples)
