"""Narrow boxes (one redacted initial, a house number): kept only where they stand as a
redaction box stands, in a line of text, as tall as its words, with paper beside them.
Both ways of finding boxes (`vector`, `image`) end with this test."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.redactions.geometry import (
    Box,
    _center_inside,
    _crop_px,
    _runs,
    _vertical_overlap,
)
from pipeline.redactions.settings import SETTINGS


def _narrow_ones_in_lines(
    boxes: list[Box],
    words: Sequence[dict],
    image: np.ndarray | None = None,
    scale: float | None = None,
) -> list[Box]:
    """`boxes` without the narrow ones that stand in no line of text; the line's text is
    the words not under a box (a text layer's covered text, OCR's reading of a box as
    `EEE`)."""
    text = [w for w in words if not any(_center_inside(w, box) for box in boxes)]
    return [box for box in boxes if _is_narrow_box_in_line(box, text, image, scale)]


def _is_narrow_box_in_line(
    box: Box, words: Sequence[dict], image: np.ndarray | None, scale: float | None
) -> bool:
    """True for a box at least `min_box_width_pt` wide; a narrower one (one redacted
    initial, a house number) only where it stands as a redaction box does: in a line of
    text (`words`: those not under a box), about as tall as the words beside it (their
    median height, times `narrow_box_min_line_share` .. `narrow_box_max_line_share`:
    OCR's word heights scatter), and, found in the pixels, with paper on both sides. A
    bullet or speck is shorter than the line's words, an icon or a piece of heavy
    display type stands where no text line is, a letter's stem has the next letter
    against it."""
    if box["x1"] - box["x0"] >= SETTINGS.min_box_width_pt:
        return True
    beside = [
        w["bottom"] - w["top"]
        for w in words
        if _vertical_overlap(w, box) > 0.5 and any(ch.isalnum() for ch in w["text"])
    ]
    if not beside:
        return False
    line = float(np.median(beside))
    height = box["bottom"] - box["top"]
    if not (
        SETTINGS.narrow_box_min_line_share * line
        <= height
        <= SETTINGS.narrow_box_max_line_share * line
    ):
        return False
    if box["method"] != "image" or image is None or not scale:
        return True
    return _has_paper_beside(box, image, scale)


def _has_paper_beside(box: Box, image: np.ndarray, scale: float) -> bool:
    """Beside the box's left and right edges, past a point of edge blur, over its middle
    rows, strips `narrow_box_side_paper_share` of its height wide are paper (a tenth dark
    at most). The edges are taken from the pixels: the bounds found on a skewed scan are
    up to a point off."""
    height = box["bottom"] - box["top"]
    reach = SETTINGS.narrow_box_side_paper_share * height
    x0 = max(0.0, box["x0"] - reach - 3.0)
    crop = _crop_px(
        image,
        scale,
        x0,
        box["top"] + 0.2 * height,
        box["x1"] + reach + 3.0,
        box["bottom"] - 0.2 * height,
    )
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    dark_columns = (value < SETTINGS.dark_value).mean(axis=0)
    centre = round(((box["x0"] + box["x1"]) / 2 - x0) / scale)
    # the box: the run of mostly dark columns through its centre
    run = [(a, b) for a, b in _runs(dark_columns >= 0.5) if a <= centre < b]
    if not run:
        return False
    (left, right), blur, width = run[0], max(1, round(1.0 / scale)), max(1, round(reach / scale))
    sides = (
        dark_columns[max(0, left - blur - width) : max(0, left - blur)],
        dark_columns[right + blur : right + blur + width],
    )
    return all(side.size == 0 or side.mean() <= 0.1 for side in sides)
