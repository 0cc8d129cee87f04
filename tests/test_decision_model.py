"""The experiment's decision model (woo_eval.decision_model): units, labels, selection."""

from dataclasses import replace

import numpy as np

from woo_eval.decision_model import (
    CLASSES,
    DecisionModel,
    TextFile,
    candidates,
    features,
    featurize,
    label_candidates,
    select,
    stack,
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


def test_stacked_matrices_are_the_rows_one_after_the_other():
    cands = candidates(LINES)
    whole, parts = featurize(cands), stack([featurize(cands[:3]), featurize(cands[3:])])
    for a, b in ((whole.indices, parts.indices), (whole.ptr, parts.ptr), (whole.rows, parts.rows)):
        assert np.array_equal(a, b)


def test_what_the_rules_said_of_the_text_is_a_feature_of_every_unit():
    unit = candidates(LINES)[0]
    assert not any(f.startswith("doc:") for f in features(unit))
    signalled = features(replace(unit, doc=("type:minutes", "dec:0")))
    assert {"doc:type:minutes", "doc:dec:0"} <= set(signalled)
