"""Redactions drawn as frames: passages struck out of scope (a framed block around a
"buiten reikwijdte" remark, from its rectangle or its outline in the image) and outlined
boxes holding nothing but a ground label; a table's cells are neither."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from pipeline.grounds import OUT_OF_SCOPE, find_ground_codes, is_clean_label, normalize_ground
from pipeline.redactions.geometry import (
    Box,
    _box_around,
    _center_inside,
    _group_lines,
    _is_box_shaped,
    _line_text,
    _new_box,
    _set_ground,
    _text_of,
    _vertical_overlap,
    _word_offsets,
    _words_in_span,
    box_iou,
)
from pipeline.redactions.image import _to_work_resolution
from pipeline.redactions.settings import SETTINGS
from pipeline.redactions.vector import fill_luminance


def _out_of_scope_phrases(words: Sequence[dict]) -> list[Box]:
    phrases = []
    for line in _group_lines(words):
        offsets = _word_offsets(line)
        for span in find_ground_codes(_line_text(line)):
            if span["ground"] != OUT_OF_SCOPE:
                continue
            phrase = _box_around(_words_in_span(line, offsets, span), "text_mark")
            phrase["ground_raw"] = span["raw"]
            phrases.append(phrase)
    return phrases


def _encloses(outer: Box, inner: Box, tol: float = 1.0) -> bool:
    return (
        outer["x0"] - tol <= inner["x0"]
        and outer["x1"] + tol >= inner["x1"]
        and outer["top"] - tol <= inner["top"]
        and outer["bottom"] + tol >= inner["bottom"]
    )


def detect_outlined_label_boxes(
    rects: Sequence[dict], chars: Sequence[dict], page_width: float, page_height: float
) -> list[Box]:
    """White (or light) boxes with an outline that hold nothing but a ground label: the
    other common way releases mark a redaction (`[ 5.1.2.e ]` where the name was).

    Born-digital only (the outline is a stroked rectangle). A table cell holding a code
    (an inventory's ground column) is not one: rectangles that share an edge with another
    rectangle are table cells.
    """
    outlined = [
        r
        for r in rects
        if r.get("stroke")
        and (
            not r.get("fill")
            or (fill_luminance(r.get("non_stroking_color")) or 0.0)
            > SETTINGS.outlined_box_min_fill_luminance
        )
        and _is_box_shaped(r["x1"] - r["x0"], r["bottom"] - r["top"], page_width, page_height)
        and r["x1"] - r["x0"] >= SETTINGS.min_box_width_pt  # wide enough for a label
        and r["bottom"] - r["top"]
        <= SETTINGS.outlined_box_max_lines * SETTINGS.line_box_min_height_pt
    ]
    boxes = []
    for rect in outlined:
        inside = sorted(
            (c for c in chars if c.get("text", "").strip() and _center_inside(c, rect)),
            key=lambda c: (round(c["top"]), c["x0"]),
        )
        text = _text_of(inside)
        ground = normalize_ground(text) if text else None
        if ground is None or ground == OUT_OF_SCOPE or not is_clean_label(text):
            continue
        if any(other is not rect and _shares_edge(rect, other) for other in rects):
            continue
        box = _new_box(rect["x0"], rect["top"], rect["x1"], rect["bottom"], "vector")
        _set_ground(box, ground, text, SETTINGS.text_layer_confidence)
        boxes.append(box)
    return boxes


def _in_table_cell(box: Box, rects: Sequence[dict]) -> bool:
    """`box` sits in a rectangle that touches another one: a table cell (an inventory's
    ground column names the grounds of a document, it marks no redaction)."""
    cells = [
        r
        for r in rects
        if _encloses(r, box) and r["bottom"] - r["top"] < SETTINGS.table_cell_max_height_pt
    ]
    return any(_shares_edge(cell, other) for cell in cells for other in rects if other is not cell)


def _shares_edge(a: dict, b: dict, tol: float = 1.0) -> bool:
    """Two rectangles that touch along a side (neighbouring table cells)."""
    vertical_touch = (
        abs(a["x1"] - b["x0"]) <= tol or abs(b["x1"] - a["x0"]) <= tol
    ) and _vertical_overlap(a, b) > 0.5
    horizontal_touch = (
        abs(a["bottom"] - b["top"]) <= tol or abs(b["bottom"] - a["top"]) <= tol
    ) and min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5 * min(
        a["x1"] - a["x0"], b["x1"] - b["x0"]
    )
    return vertical_touch or horizontal_touch


def detect_out_of_scope_blocks(
    words: Sequence[dict],
    rects: Sequence[dict] | None = None,
    image: np.ndarray | None = None,
    scale: float | None = None,
) -> list[Box]:
    """Passages struck as out of scope: a framed (often light grey or crossed-out) block
    around a "buiten reikwijdte" / "niet relevant" remark. The block, not the remark, is
    the redaction. Found from the frame's rectangle in `rects`, else from the frame's dark
    outline in `image`; a remark with no frame around it is left to the text marks."""
    blocks = []
    for phrase in _out_of_scope_phrases(words):
        p_w = phrase["x1"] - phrase["x0"]
        p_h = phrase["bottom"] - phrase["top"]
        found = None
        candidates = [
            r
            for r in rects or []
            if _encloses(r, phrase)
            and r["x1"] - r["x0"] >= p_w + SETTINGS.out_of_scope_frame_min_extra_width_pt
            and r["bottom"] - r["top"] >= p_h + SETTINGS.out_of_scope_frame_min_extra_height_pt
            and (r.get("stroke") or (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]) > 3 * p_w * p_h)
        ]
        if candidates:
            best = min(candidates, key=lambda r: (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]))
            found = _new_box(best["x0"], best["top"], best["x1"], best["bottom"], "vector")
        elif image is not None and scale:
            found = _frame_in_image(phrase, image, scale)
        if found is not None:
            _set_ground(found, OUT_OF_SCOPE, phrase["ground_raw"], SETTINGS.out_of_scope_confidence)
            if not any(box_iou(found, b) > 0.8 for b in blocks):
                blocks.append(found)
    return blocks


def _frame_in_image(phrase: Box, image: np.ndarray, scale: float) -> Box | None:
    work, up = _to_work_resolution(image, scale)
    pt_per_px = scale * up
    value = work.max(axis=2) if work.ndim == 3 else work
    dark = (value < SETTINGS.out_of_scope_frame_dark_value).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    p_w = phrase["x1"] - phrase["x0"]
    p_h = phrase["bottom"] - phrase["top"]
    best = None
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        box = _new_box(
            x * pt_per_px, y * pt_per_px, (x + w) * pt_per_px, (y + h) * pt_per_px, "image"
        )
        if not _encloses(box, phrase, tol=2.0):
            continue
        if (
            w * pt_per_px < p_w + SETTINGS.out_of_scope_frame_min_extra_width_pt
            or h * pt_per_px < p_h + SETTINGS.out_of_scope_frame_min_extra_height_pt
            or area > SETTINGS.out_of_scope_frame_max_fill * w * h
        ):
            continue  # a solid blob, or too tight to be a frame around the remark
        if best is None or w * h < (best["x1"] - best["x0"]) * (best["bottom"] - best["top"]):
            best = box
    return best
