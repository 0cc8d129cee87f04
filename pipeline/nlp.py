"""The one spaCy setup and the one reader of rule data.

`spacy.blank("nl")`: no trained model, the extractors are rule components
(`pipeline/extractors.py`) over the document model (`pipeline/docmodel.py`). Patterns are
data: each extractor keeps its vocabulary and rules in `pipeline/patterns/` and loads them
here, so adding a header label or a title word is an edit to a JSON file, not to code.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

PATTERNS_DIR = Path(__file__).parent / "patterns"


@cache
def get_nlp() -> Language:
    """Blank Dutch pipeline: its vocabulary backs documents built outside `nlp.pipe`."""
    return spacy.blank("nl")


def load_patterns(file_name: str) -> dict | list:
    """Read a pattern file from `pipeline/patterns/`."""
    return json.loads((PATTERNS_DIR / file_name).read_text("utf-8"))
