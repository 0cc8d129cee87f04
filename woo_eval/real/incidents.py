"""Incident figures as tuples (period_start, period_end, category, value, unit, scope).

Gold lists each figure once per document that states it; found mentions are deduplicated per
found document the same way, then the two multisets are compared (a report printed twice
holds its figures twice)."""

from __future__ import annotations

from collections import Counter

from woo_eval.incidents import fact_of
from woo_eval.real.metrics import prf


def score_incidents(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    gold_facts = Counter(fact_of(g) for g in gold)
    per_document = {(f.get("document_id"), fact_of(f)) for f in found}
    found_facts = Counter(fact for _, fact in per_document)
    hit = gold_facts & found_facts
    examples = [f"missed {fact}" for fact in sorted((gold_facts - found_facts).elements(), key=str)]
    examples += [f"extra {fact}" for fact in sorted((found_facts - gold_facts).elements(), key=str)]
    tp = sum(hit.values())
    return {
        "incident_counts": prf(
            tp, sum(found_facts.values()) - tp, sum(gold_facts.values()) - tp, examples
        )
    }
