"""Shared geometry of the steps: the box record (`Box`, made by `_new_box`, its ground set
by `_set_ground`), overlaps and the merging of a box drawn in pieces, how far beside a
box its label may stand, objects (chars or words) in lines and reading order with each
word's place in its line's text, and pixel crops of a page image."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.redactions.settings import SETTINGS

Box = dict[str, Any]


def box_iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes."""
    ix = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    iy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if ix <= 0 or iy <= 0:
        return 0.0
    inter = ix * iy
    area_a = (a["x1"] - a["x0"]) * (a["bottom"] - a["top"])
    area_b = (b["x1"] - b["x0"]) * (b["bottom"] - b["top"])
    return inter / (area_a + area_b - inter)


def _overlap_fraction(inner: Box, outer: Box) -> float:
    """Share of `inner`'s area that lies inside `outer`."""
    ix = min(inner["x1"], outer["x1"]) - max(inner["x0"], outer["x0"])
    iy = min(inner["bottom"], outer["bottom"]) - max(inner["top"], outer["top"])
    if ix <= 0 or iy <= 0:
        return 0.0
    area = max((inner["x1"] - inner["x0"]) * (inner["bottom"] - inner["top"]), 1e-9)
    return ix * iy / area


def _vertical_overlap(a: Box, b: Box) -> float:
    """Vertical overlap as a share of the shorter of the two heights."""
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    shorter = min(a["bottom"] - a["top"], b["bottom"] - b["top"])
    return overlap / shorter if shorter > 0 else 0.0


def _centre(obj: Box) -> tuple[float, float]:
    """(x, y) of the centre of `obj`, in its own units."""
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def _center_inside(obj: Box, box: Box, pad: float = 0.0) -> bool:
    """The centre of `obj` lies in `box` (grown by `pad` on every side); for the centre of a
    box on a pixel mask see `image._centre_in_mask`."""
    cx, cy = _centre(obj)
    return (
        box["x0"] - pad <= cx <= box["x1"] + pad and box["top"] - pad <= cy <= box["bottom"] + pad
    )


def _is_box_shaped(width: float, height: float, page_width: float, page_height: float) -> bool:
    """A filled shape the size of a redaction box; one narrower than `min_box_width_pt`
    must also stand in a text line (`_is_narrow_box_in_line`, on the page's words)."""
    if height < SETTINGS.min_box_height_pt or width < SETTINGS.narrow_box_min_width_pt:
        return False
    if width * height > 0.4 * page_width * page_height:  # page background, border fill
        return False
    if width > 0.97 * page_width or height > 0.9 * page_height:
        return False
    if height > SETTINGS.logo_min_height_pt and width < SETTINGS.logo_max_aspect * height:
        return False
    return True


def _merge_seams(boxes: list[Box], gap: float) -> list[Box]:
    """Join pieces of one box: side by side on a line with a seam of at most `gap`, or
    stacked with the same left and right edges and no real gap between them."""
    boxes = sorted(boxes, key=lambda b: (b["top"], b["x0"]))
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                side_by_side = (
                    _vertical_overlap(a, b) > 0.7
                    and max(a["x0"], b["x0"]) - min(a["x1"], b["x1"]) <= gap
                )
                stacked = (
                    min(a["bottom"] - a["top"], b["bottom"] - b["top"])
                    < SETTINGS.line_box_min_height_pt
                    and abs(a["x0"] - b["x0"]) <= gap
                    and abs(a["x1"] - b["x1"]) <= gap
                    and max(a["top"], b["top"]) - min(a["bottom"], b["bottom"]) <= gap / 2
                )
                duplicate = _overlap_fraction(b, a) > 0.9 or _overlap_fraction(a, b) > 0.9
                if side_by_side or stacked or duplicate:
                    boxes[i] = {
                        **a,
                        "x0": min(a["x0"], b["x0"]),
                        "top": min(a["top"], b["top"]),
                        "x1": max(a["x1"], b["x1"]),
                        "bottom": max(a["bottom"], b["bottom"]),
                    }
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return boxes


def _merge_pieces(boxes: list[Box], gap: float) -> list[Box]:
    """`_merge_seams` on boxes at least `min_box_width_pt` wide; a narrower one stands
    alone (it must prove itself in its text line) and is only dropped as a copy of another:
    side by side, the strokes of heavy type or a row of small marks would merge into a
    box wide enough to need no proof."""
    merged = _merge_seams([b for b in boxes if b["x1"] - b["x0"] >= SETTINGS.min_box_width_pt], gap)
    for box in boxes:
        if box["x1"] - box["x0"] < SETTINGS.min_box_width_pt and not any(
            _overlap_fraction(box, other) > 0.9 for other in merged
        ):
            merged.append(box)
    return sorted(merged, key=lambda b: (b["top"], b["x0"]))


def _box_around(words: Sequence[dict], method: str) -> Box:
    """A new box of `method` around `words`."""
    return _new_box(
        min(w["x0"] for w in words),
        min(w["top"] for w in words),
        max(w["x1"] for w in words),
        max(w["bottom"] for w in words),
        method,
    )


def _new_box(x0: float, top: float, x1: float, bottom: float, method: str) -> Box:
    return {
        "x0": round(float(x0), 2),
        "top": round(float(top), 2),
        "x1": round(float(x1), 2),
        "bottom": round(float(bottom), 2),
        "ground": None,
        "ground_raw": None,
        "confidence": None,
        "method": method,
    }


def _set_ground(box: Box, ground: str | None, raw: str | None, confidence: float | None) -> None:
    box["ground"] = ground
    box["ground_raw"] = (raw.strip() or None) if raw else None
    box["confidence"] = round(confidence, 3) if confidence is not None else None


def _beside_reach(box: Box) -> float:
    """How far (pt) from a box's side a label printed beside it may start: a few line
    heights (`beside_reach_em`), the line no taller than `beside_reach_max_line_pt`, and
    never less than `beside_reach_min_pt`."""
    height = box["bottom"] - box["top"]
    return max(
        SETTINGS.beside_reach_min_pt,
        SETTINGS.beside_reach_em * min(height, SETTINGS.beside_reach_max_line_pt),
    )


def _text_of(objs: list[dict]) -> str:
    """Objects (chars or words) in reading order, lines separated by newlines.

    Not `_group_lines` + `_line_text`, which split a page's words into lines: here the
    objects are ordered by their top rounded to whole points, an object joins the line
    when its top is within `text_line_max_top_shift_em` of its own height of the previous
    object's (not of the line's first word's), and objects are joined with a space only
    where a gap shows one (`text_space_min_gap_em`: chars of a text layer carry no
    spaces). The two groupings can differ on skewed or mixed-size text; the grounds and
    marks measured on the gold are made with each as it is, so they stay two."""
    if not objs:
        return ""
    objs = sorted(objs, key=lambda o: (round(o["top"]), o["x0"]))
    lines: list[list[dict]] = []
    for obj in objs:
        shift = SETTINGS.text_line_max_top_shift_em * (obj["bottom"] - obj["top"])
        if lines and abs(obj["top"] - lines[-1][-1]["top"]) < shift:
            lines[-1].append(obj)
        else:
            lines.append([obj])
    out = []
    for line in lines:
        line.sort(key=lambda o: o["x0"])
        parts = []
        prev = None
        for obj in line:
            # chars carry no spaces of their own when the PDF positions them instead
            space = SETTINGS.text_space_min_gap_em * (obj["bottom"] - obj["top"])
            if prev is not None and obj["x0"] - prev["x1"] > space:
                parts.append(" ")
            parts.append(obj["text"])
            prev = obj
        out.append("".join(parts).strip() if len(line) > 1 else line[0]["text"])
    return "\n".join(out)


def _group_lines(words: Sequence[dict]) -> list[list[dict]]:
    """A page's words (blank ones left out) in lines, top to bottom, each left to right: a
    word joins the line whose first word's top is within half the taller one's height."""
    ordered = sorted(
        (w for w in words if w.get("text", "").strip()), key=lambda w: (w["top"], w["x0"])
    )
    lines: list[list[dict]] = []
    for word in ordered:
        height = word["bottom"] - word["top"]
        if lines:
            last = lines[-1]
            ref = last[0]
            if abs(word["top"] - ref["top"]) < 0.5 * max(height, ref["bottom"] - ref["top"]):
                last.append(word)
                continue
        lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _line_text(line: Sequence[dict]) -> str:
    """The words of a line joined by single spaces."""
    return " ".join(w["text"] for w in line)


def _word_offsets(line: Sequence[dict]) -> list[tuple[int, int]]:
    """[start, end) of each word of `line` in `_line_text(line)`."""
    offsets, pos = [], 0
    for word in line:
        offsets.append((pos, pos + len(word["text"])))
        pos += len(word["text"]) + 1
    return offsets


def _words_in_span(
    line: Sequence[dict], offsets: Sequence[tuple[int, int]], span: dict
) -> list[dict]:
    """The words of `line` that a match `span` (its `start`, `end` in `_line_text(line)`)
    touches."""
    return [
        w for w, (a, b) in zip(line, offsets, strict=True) if a < span["end"] and span["start"] < b
    ]


def _runs(row: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of the runs of True in a 1-D bool array."""
    padded = np.concatenate(([False], row, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def _crop_px(image: np.ndarray, scale: float, x0, top, x1, bottom) -> np.ndarray:
    h, w = image.shape[:2]
    px0, px1 = max(0, int(x0 / scale)), min(w, int(np.ceil(x1 / scale)))
    py0, py1 = max(0, int(top / scale)), min(h, int(np.ceil(bottom / scale)))
    return image[py0:py1, px0:px1]
