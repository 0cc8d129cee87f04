"""Ground codes standing in a page's running text with no box around them (`Aan:
5.1.2.e`): each a redaction at the code's own word box (`text_mark`); codes of a box,
citations, inventory rows and column headings are not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.grounds import find_ground_codes
from pipeline.redactions.coloured_labels import _heads_a_column
from pipeline.redactions.geometry import (
    Box,
    _beside_reach,
    _group_lines,
    _line_text,
    _new_box,
    _overlap_fraction,
    _set_ground,
    _vertical_overlap,
    _word_offsets,
    _words_in_span,
)
from pipeline.redactions.settings import SETTINGS


def find_text_ground_marks(words: Sequence[dict], boxes: Sequence[Box] = ()) -> list[Box]:
    """Ground codes printed in the page's words with no box around them, as redactions.

    OCR'd releases often keep only the label of a box (`Aan: 5.1.2.e`); each such code is
    a redaction at the code's own word box (method `text_mark`, lower confidence). Codes
    inside or right beside a detected box belong to that box and are skipped, as are
    citations (`artikel 10.2.e`, `op grond van 5.1.2.e Woo`), inventory rows and the
    codes heading an inventory's columns of ticks (`_heads_a_column`).
    """
    lines = _group_lines(words)
    inventory_rows = sum(1 for line in lines if _INVENTORY_ROW_RE.search(_line_text(line)))
    if inventory_rows >= 3:  # an inventory list: its codes are per document, not marks
        return []
    marks: list[Box] = []
    for line in lines:
        line_text = _line_text(line)
        if _INVENTORY_ROW_RE.search(line_text):
            continue
        offsets = _word_offsets(line)
        for span in find_ground_codes(line_text, marks_only=True):
            hit = _words_in_span(line, offsets, span)
            x0 = min(w["x0"] for w in hit)
            x1 = max(w["x1"] for w in hit)
            # the code may share a word with the text it is glued to (`KPMG5.1.2.e`): narrow
            # the box to the code's share of the word
            if len(hit) == 1:
                a, b = offsets[line.index(hit[0])]
                n = max(b - a, 1)
                w0 = hit[0]
                width = w0["x1"] - w0["x0"]
                x0 = w0["x0"] + width * max(0, span["start"] - a) / n
                x1 = w0["x0"] + width * min(n, span["end"] - a) / n
            mark = _new_box(
                x0, min(w["top"] for w in hit), x1, max(w["bottom"] for w in hit), "text_mark"
            )
            if any(_near_box(mark, box) for box in boxes) or _heads_a_column(mark, words):
                continue
            confidence = (
                SETTINGS.text_mark_confidence
                if span["ground"] is not None
                else SETTINGS.text_mark_no_ground_confidence
            )
            _set_ground(mark, span["ground"], span["raw"], confidence)
            marks.append(mark)
    return marks


# an inventory list names the grounds of whole documents, it does not mark redactions
_INVENTORY_ROW_RE = re.compile(
    r"\b(?:(?:deels\s+|niet\s+)?openbaar|niet\s+bijgevoegd|gedeeltelijk\s+openbaar)\b",
    re.IGNORECASE,
)


def _near_box(mark: Box, box: Box) -> bool:
    if _overlap_fraction(mark, box) > 0.3:
        return True
    gap = max(mark["x0"] - box["x1"], box["x0"] - mark["x1"])
    return _vertical_overlap(mark, box) > 0.5 and gap <= _beside_reach(box)
