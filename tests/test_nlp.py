"""The one loader of spaCy rule patterns (`pipeline.nlp.rule_matchers`)."""

from __future__ import annotations

import pytest

from pipeline import nlp


@pytest.fixture
def pattern_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(nlp, "PATTERNS_DIR", tmp_path)
    nlp.rule_matchers.cache_clear()
    yield tmp_path
    nlp.rule_matchers.cache_clear()


def test_phrases_and_token_patterns_match_together(pattern_dir) -> None:
    (pattern_dir / "labels.jsonl").write_text(
        '{"label": "sent", "pattern": "Verzonden"}\n'
        '{"label": "from", "pattern": [{"LOWER": "van"}, {"ORTH": ":"}]}\n'
    )
    doc = nlp.get_nlp()("Van : iemand , verzonden gisteren")
    found = nlp.rule_matchers("labels.jsonl").spans(doc)
    assert [(span.label_, span.text) for span in found] == [
        ("from", "Van :"),
        ("sent", "verzonden"),
    ]


def test_a_misspelt_token_attribute_fails_when_loaded(pattern_dir) -> None:
    (pattern_dir / "bad.jsonl").write_text('{"label": "x", "pattern": [{"LOWR": "van"}]}\n')
    with pytest.raises(ValueError, match="LOWR"):
        nlp.rule_matchers("bad.jsonl")


def test_a_line_without_label_names_its_file_and_line(pattern_dir) -> None:
    (pattern_dir / "bad.jsonl").write_text('{"label": "x", "pattern": "a"}\n{"pattern": "b"}\n')
    with pytest.raises(ValueError, match="bad.jsonl line 2"):
        nlp.rule_matchers("bad.jsonl")
