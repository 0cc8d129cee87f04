"""Redaction boxes of a born-digital page: the filled rectangles of its content stream
(pdfplumber `page.rects`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.redactions.geometry import Box, _is_box_shaped, _merge_pieces, _new_box
from pipeline.redactions.narrow import _narrow_ones_in_lines
from pipeline.redactions.settings import SETTINGS


def fill_luminance(color: Any) -> float | None:
    """Luminance 0 (black) .. 1 (white) of a pdfplumber colour (gray, RGB or CMYK tuple)."""
    if color is None:
        return None
    if isinstance(color, (int, float)):
        values = [float(color)]
    else:
        try:
            values = [float(v) for v in color]
        except (TypeError, ValueError):
            return None  # pattern fills
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        r, g, b = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
        return 0.299 * r + 0.587 * g + 0.114 * b
    return None


def detect_redaction_boxes_vector(
    rects: Sequence[dict], page_width: float, page_height: float, words: Sequence[dict] = ()
) -> list[Box]:
    """Redaction boxes among pdfplumber `page.rects` of a born-digital page.

    Keeps filled rectangles darker than `SETTINGS.max_box_luminance` (black, grey, coloured) that
    are the size of redacted text; drops table rules and underlines (too thin), shading
    bands (too light), page borders and backgrounds (too big), logo blocks (tall and
    squarish). A box drawn in pieces is merged. A box narrower than `min_box_width_pt` is
    kept only in a line of the page's `words` (`_is_narrow_box_in_line`).
    """
    candidates = []
    for rect in rects:
        if not rect.get("fill"):
            continue
        luminance = fill_luminance(rect.get("non_stroking_color"))
        if luminance is None or luminance > SETTINGS.max_box_luminance:
            continue
        x0, x1 = max(0.0, rect["x0"]), min(page_width, rect["x1"])
        top, bottom = max(0.0, rect["top"]), min(page_height, rect["bottom"])
        if not _is_box_shaped(x1 - x0, bottom - top, page_width, page_height):
            continue
        box = _new_box(x0, top, x1, bottom, "vector")
        box["_fill"] = luminance  # private: redact_page uses it to tell headers from boxes
        candidates.append(box)
    return _narrow_ones_in_lines(_merge_pieces(candidates, gap=1.0), words)
