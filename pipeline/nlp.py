"""The one spaCy setup shared by every extractor.

`spacy.blank("nl")` plus rule components. Patterns are data: each extractor keeps its
patterns in `pipeline/patterns/` and loads them through the functions here, so adding a
header label or a title word is an edit to a JSON file, not to code.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher

PATTERNS_DIR = Path(__file__).parent / "patterns"


@cache
def get_nlp() -> Language:
    """Blank Dutch pipeline with an EntityRuler fed by every `patterns/*.entities.jsonl`."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    for path in sorted(PATTERNS_DIR.glob("*.entities.jsonl")):
        ruler.add_patterns(
            [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        )
    return nlp


def load_patterns(file_name: str) -> dict | list:
    """Read a pattern file from `pipeline/patterns/`."""
    return json.loads((PATTERNS_DIR / file_name).read_text("utf-8"))


@cache
def load_matcher(name: str) -> Matcher:
    """Token Matcher from `patterns/{name}.matcher.json`: {"LABEL": [pattern, ...]}."""
    nlp = get_nlp()
    matcher = Matcher(nlp.vocab)
    for label, patterns in load_patterns(f"{name}.matcher.json").items():
        matcher.add(label, patterns)
    return matcher


@cache
def load_phrase_matcher(name: str, attr: str = "LOWER") -> PhraseMatcher:
    """PhraseMatcher from `patterns/{name}.phrases.json`: {"LABEL": ["phrase", ...]}."""
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for label, phrases in load_patterns(f"{name}.phrases.json").items():
        matcher.add(label, [nlp.make_doc(p) for p in phrases])
    return matcher
