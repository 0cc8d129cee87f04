"""Decisions, actions and agreements: fuzzy text match, then kind and proposal accuracy."""

from __future__ import annotations

from rapidfuzz import fuzz

from pipeline.documents import without_markdown
from woo_eval.real.metrics import accuracy, greedy_match, match_counts, norm_text

TEXT_MATCH = 80  # rapidfuzz token-set ratio on the normalised texts
# A token-set ratio is 100 whenever one text's words are all in the other, so a one-word
# outcome (`Akkoord`) would pair with any sentence holding it, and a whole page read as one
# row with any decision on it. Below a tenth of the other's words, the texts are two rows.
LENGTH_FLOOR = 0.1


def _text_score(gold: dict, found: dict) -> float | None:
    gold_text, found_text = _printed(gold["text"]), _printed(found["text"])
    words = sorted((len(gold_text.split()), len(found_text.split())))
    if not words[0] or words[0] / words[1] < LENGTH_FLOOR:
        return None
    ratio = fuzz.token_set_ratio(gold_text, found_text)
    return ratio if ratio >= TEXT_MATCH else None


def _printed(text: str | None) -> str:
    """The normalised text as a reader sees it printed: a text kept as markdown keeps its
    marks and links in gold copied from the source (`**Rien** maakt ...`), not on the page."""
    return norm_text(without_markdown(text or "")) or ""


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= 70 else text[:67] + "..."


def score_decisions(gold: list[dict], found: list[dict], kind: str = "pdf") -> dict[str, dict]:
    pairs = greedy_match(gold, found, _text_score)
    matched, matched_found = {i for i, _ in pairs}, {j for _, j in pairs}
    where = "line" if kind == "text" else "page_no"
    examples = [
        f"missed {where} {g.get(where)} {g['kind']}: {_short(g['text'])!r}"
        for i, g in enumerate(gold)
        if i not in matched
    ] + [
        f"extra page {f.get('page_no')} {f['kind']}: {_short(f['text'])!r}"
        for j, f in enumerate(found)
        if j not in matched_found
    ]
    labels = [f"{where} {gold[i].get(where)}: " for i, _ in pairs]
    return {
        "decisions": match_counts(len(gold), len(found), pairs, examples),
        "decision_kind": accuracy([(gold[i]["kind"], found[j]["kind"]) for i, j in pairs], labels),
        "is_proposal": accuracy(
            [(bool(gold[i]["is_proposal"]), bool(found[j]["is_proposal"])) for i, j in pairs],
            labels,
        ),
    }
