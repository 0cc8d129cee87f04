"""Incident figures as tuples (period_start, period_end, category, value, unit, scope).

Gold lists each figure once per document that states it; found mentions are deduplicated per
found document the same way, then the two multisets are compared (a report printed twice
holds its figures twice). `incident_counts.unscoped` compares the same tuples without their
scope: gold writers word a figure's unit differently (`DUO`, `dienst DUO`), so that line
tells a wrong scope apart from a figure not found at all. `incident_counts.texts_found` counts
the gold files with figures where any figure at all was found: on texts never seen, recall is
lost mostly to whole count texts where nothing is read (docs/incident-silent-gates.md), and
that line says how many. `incident_counts.value_found` takes the figures missed and asks
whether their value (and unit) was found in the text with other fields: `correct` counts
those, and `period`, `category` and `scope` how often each field of the closest such row
differed, so a report tells a misread field apart from a number never read.
`incident_counts.read_from_table` and `.read_from_text` score the found figures of each
reading alone against all gold figures (recall: how much of the gold that reading reaches)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from woo_eval.incidents import Fact, fact_of
from woo_eval.real.metrics import MAX_EXAMPLES, prf

#: Where a found figure was read (`incident_mentions.read_from`): each scored alone, its
#: precision telling an analyst which figures to trust on texts never seen.
READ_FROM = ("table", "text")


def score_incidents(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    return {
        "incident_counts": _score_facts(gold, found, fact_of),
        "incident_counts.unscoped": _score_facts(gold, found, lambda row: fact_of(row)[:5]),
        "incident_counts.texts_found": _text_found(gold, found),
        "incident_counts.value_found": _value_found(gold, found),
        **{
            f"incident_counts.read_from_{where}": _score_facts(
                gold, [f for f in found if f.get("read_from") == where], fact_of
            )
            for where in READ_FROM
        },
    }


_FIELDS = {"period": (0, 1), "category": (2,), "scope": (5,)}


def _differing_fields(gold: Fact, found: Fact) -> list[str]:
    return [name for name, at in _FIELDS.items() if any(gold[i] != found[i] for i in at)]


def _value_found(gold: list[dict], found: list[dict]) -> dict:
    """Each gold figure missed whole, paired with the found row of the same value and unit
    that differs in the fewest fields (each found row pairs once)."""
    gold_facts = Counter(fact_of(g) for g in gold)
    found_facts = Counter(fact for _, fact in _per_document(found))
    extras = list((found_facts - gold_facts).elements())
    figure: dict = {"correct": 0, "total": 0, "examples": [], **dict.fromkeys(_FIELDS, 0)}
    for fact in sorted((gold_facts - found_facts).elements(), key=str):
        figure["total"] += 1
        same_value = [e for e in extras if e[3:5] == fact[3:5]]
        if not same_value:
            continue
        closest = min(same_value, key=lambda e: (len(_differing_fields(fact, e)), str(e)))
        extras.remove(closest)
        differing = _differing_fields(fact, closest)
        figure["correct"] += 1
        for name in differing:
            figure[name] += 1
        figure["examples"].append(
            f"{fact[3]:g} {fact[4]}: {', '.join(differing)} gold {fact} found {closest}"
        )
    figure["examples"] = figure["examples"][:MAX_EXAMPLES]
    return figure


def _text_found(gold: list[dict], found: list[dict]) -> dict:
    """One text with gold figures: right when any figure was found in it at all."""
    if found:
        return {"correct": 1, "total": 1, "examples": []}
    return {"correct": 0, "total": 1, "examples": [f"nothing found of its {len(gold)} figures"]}


def _per_document(found: list[dict]) -> dict[tuple, dict]:
    """Found rows once per document as the whole fact, before any comparison by a shorter
    key: two units' equal figures are two facts without their scopes too, on both sides."""
    return {(f.get("document_id"), fact_of(f)): f for f in found}


def _score_facts(gold: list[dict], found: list[dict], key: Callable[[dict], tuple]) -> dict:
    gold_facts = Counter(key(g) for g in gold)
    found_facts: Counter[Fact | tuple] = Counter(key(f) for f in _per_document(found).values())
    hit = gold_facts & found_facts
    examples = [f"missed {fact}" for fact in sorted((gold_facts - found_facts).elements(), key=str)]
    examples += [f"extra {fact}" for fact in sorted((found_facts - gold_facts).elements(), key=str)]
    tp = sum(hit.values())
    return prf(tp, sum(found_facts.values()) - tp, sum(gold_facts.values()) - tp, examples)
