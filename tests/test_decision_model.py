"""The experiment's decision model (woo_eval.decision_model): units, labels, selection."""

import numpy as np

from woo_eval.decision_model import (
    CLASSES,
    DecisionModel,
    TextFile,
    candidates,
    featurize,
    label_candidates,
    select,
)

LINES = [
    "Besluitenlijst bestuur",
    "",
    "Besluit: Het verslag wordt vastgesteld. De penningmeester licht de cijfers toe.",
    "- Jan zal de offerte opvragen; Piet belt de gemeente.",
]


def test_units_are_lines_sentences_labels_and_clauses():
    texts = {(c.line, c.unit, c.text) for c in candidates(LINES)}
    assert (
        2,
        "label",
        "Het verslag wordt vastgesteld. De penningmeester licht de cijfers toe.",
    ) in texts
    assert (2, "sentence", "Het verslag wordt vastgesteld.") in texts
    assert (3, "line", "Jan zal de offerte opvragen; Piet belt de gemeente.") in texts
    assert (3, "clause", "Jan zal de offerte opvragen") in texts
    unit = next(c for c in candidates(LINES) if c.text == "Het verslag wordt vastgesteld.")
    assert (unit.label, unit.heading, unit.title) == (
        "Besluit",
        "Besluitenlijst bestuur",
        "Besluitenlijst bestuur",
    )


def test_gold_labels_the_unit_it_equals():
    gold = [{"kind": "besluit", "text": "Het verslag wordt vastgesteld.", "line": 3}]
    file = TextFile("web99", 99, "t.txt", LINES, gold, candidates(LINES))
    label_candidates(file)
    assert [(c.kind, c.text) for c in file.candidates if c.kind != "none"] == [
        ("besluit", "Het verslag wordt vastgesteld.")
    ]


def test_select_keeps_the_most_probable_of_overlapping_units():
    cands = candidates(LINES)
    probs = np.tile([1.0, 0.0, 0.0, 0.0], (len(cands), 1))
    for k, c in enumerate(cands):
        if c.line == 3:  # the whole line 0.6, its first clause 0.9 (an action)
            probs[k] = (
                [0.1, 0.0, 0.9, 0.0]
                if c.text.startswith("Jan zal") and c.unit == "clause"
                else [0.4, 0.6, 0.0, 0.0]
            )
    rows = select(cands, probs, 0.5)
    assert [(r["kind"], r["text"]) for r in rows] == [
        ("actie", "Jan zal de offerte opvragen"),
        ("besluit", "Piet belt de gemeente."),
    ]


def test_model_learns_a_separable_cue_deterministically():
    gold = [{"kind": "besluit", "text": "Het verslag wordt vastgesteld.", "line": 3}]
    file = TextFile("web99", 99, "t.txt", LINES, gold, candidates(LINES))
    label_candidates(file)
    x = featurize(file.candidates)
    kinds = [c.kind for c in file.candidates]
    first = DecisionModel(steps=30).fit(x, kinds).probabilities(x)
    second = DecisionModel(steps=30).fit(x, kinds).probabilities(x)
    assert np.array_equal(first, second)
    best = int(np.argmax(1 - first[:, 0]))
    assert file.candidates[best].text == "Het verslag wordt vastgesteld."
    assert CLASSES[int(np.argmax(first[best]))] == "besluit"
