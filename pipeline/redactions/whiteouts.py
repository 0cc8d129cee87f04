"""Whited-out passages on OCR'd scans (`whiteout` rows, ground None).

A release that whites text out instead of blacking it leaves no shape to detect: only
a hole in the text. Two holes are structural: a wide gap inside a line of running text
(the words on both sides stay where the line set them), and an e-mail header label
whose value is missing while the labels around it have theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from pipeline.redactions.geometry import (
    Box,
    _crop_px,
    _group_lines,
    _line_text,
    _new_box,
    _overlap_fraction,
    _word_offsets,
)
from pipeline.redactions.settings import SETTINGS
from pipeline.redactions.text_marks import _near_box


def find_whiteout_gaps(
    words: Sequence[dict], redactions: Sequence[Box], image: np.ndarray, scale: float
) -> list[Box]:
    """Whited-out passages of an OCR'd page: gaps in lines and header labels without a
    value (method `whiteout`, ground None), where no redaction was found already. A gap
    must be blank paper in the image: words OCR skipped, a table rule or a stamp there
    mean it is no white-out."""
    lines = [line for line in _group_lines(words) if _line_text(line).strip()]
    found = []
    if SETTINGS.detect_whiteouts:
        found += _line_gaps(lines) + _line_end_gaps(lines, image, scale)
    if SETTINGS.detect_blank_header_values:
        found += _empty_header_values(lines)
    found = [gap for gap in found if _is_blank(gap, image, scale)]
    if SETTINGS.detect_blank_header_values:
        found += _writerless_replies(lines)  # remnants of the writer's line may show
    kept = []
    for gap in found:
        if any(_overlap_fraction(gap, r) > 0.2 or _near_box(r, gap) for r in redactions):
            continue
        gap["confidence"] = SETTINGS.detection_confidence["whiteout"]
        kept.append(gap)
    return kept


def _is_blank(gap: Box, image: np.ndarray, scale: float) -> bool:
    """The gap (its middle, clear of the neighbouring glyphs) holds no dark ink; pale
    highlighter traces left around a white-out are not ink."""
    crop = _crop_px(image, scale, gap["x0"] + 1.0, gap["top"], gap["x1"] - 1.0, gap["bottom"])
    if crop.size == 0:
        return False
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    return float((value < SETTINGS.whiteout_ink_value).mean()) <= SETTINGS.whiteout_max_ink_share


def _line_height(line: list[dict]) -> float:
    return float(np.median([w["bottom"] - w["top"] for w in line]))


def _line_gaps(lines: list[list[dict]]) -> list[Box]:
    """Gaps wider than `SETTINGS.whiteout_min_gap_em` line heights between two words of a
    line, except where the layout puts them: after a label (`Van:`), in a column gutter
    (a neighbouring line spans the gap and leaves it empty too), before a tab stop (the
    word after the gap starts where words start after gaps on other lines)."""
    gaps = []
    for n, line in enumerate(lines):
        height = _line_height(line)
        for i in range(1, len(line)):
            left, right = line[i - 1], line[i]
            if right["x0"] - left["x1"] < SETTINGS.whiteout_min_gap_em * height:
                continue
            if i == 1 and left["text"].rstrip().endswith(":"):
                continue  # a label and its value in a column
            if not any(map(_is_real_word, line[i:])) or not any(map(_is_real_word, line[:i])):
                continue  # a speck OCR read as a word at the line's end is no text
            gap = _new_box(
                left["x1"] + 1.0,
                min(left["top"], right["top"]),
                right["x0"] - 1.0,
                max(left["bottom"], right["bottom"]),
                "whiteout",
            )
            if _is_gutter(gap, lines, n, height) or _is_tab_stop(right, lines, n, height):
                continue
            gaps.append(gap)
    return gaps


def _line_end_gaps(lines: list[list[dict]], image: np.ndarray, scale: float) -> list[Box]:
    """A line whose last word is followed, after a wide blank, by a lone remnant of ink
    OCR did not read as a word (the `|` or `/` left where a whited passage ends): the
    blank is the passage. Only a remnant counts: a run of text there is a column."""
    candidates = []
    page_right = image.shape[1] * scale * (1 - SETTINGS.whiteout_edge_share)
    for n, line in enumerate(lines):
        height = _line_height(line)
        if not _is_real_word(line[-1]):
            continue
        start = line[-1]["x1"]
        top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        crop = _crop_px(image, scale, start, top, page_right, bottom)
        if crop.size == 0:
            continue
        value = crop.max(axis=2) if crop.ndim == 3 else crop
        ink_cols = np.flatnonzero((value < SETTINGS.whiteout_ink_value).sum(axis=0) >= 2)
        if ink_cols.size == 0:
            continue
        x0, x1 = start + ink_cols[0] * scale, start + ink_cols[-1] * scale
        if x0 - start < SETTINGS.whiteout_min_gap_em * height or x1 - x0 > 2 * height:
            continue
        rows = np.flatnonzero((value[:, ink_cols] < SETTINGS.whiteout_ink_value).any(axis=1))
        if (rows[-1] - rows[0] + 1) * scale < 0.5 * height:
            continue  # a speck or a scanner line, not a glyph
        if _is_vertical_rule(image, scale, (x0, top, x1, bottom), height):
            continue  # a table's or a frame's border, not a glyph
        gap = _new_box(start + 1.0, top, x0 - 1.0, bottom, "whiteout")
        remnant = {"x0": x0, "x1": x1}
        if not _is_gutter(gap, lines, n, height) and not _is_tab_stop(remnant, lines, n, height):
            candidates.append((n, height, remnant, gap))
    # remnants lined up on several lines are a column OCR did not read (a table's figures)
    return [
        gap
        for n, height, remnant, gap in candidates
        if not any(
            m != n
            and abs(m - n) <= SETTINGS.whiteout_tab_reach_lines
            and _aligned(remnant, other, 0.5 * height)
            for m, _, other, _ in candidates
        )
    ]


def _is_vertical_rule(
    image: np.ndarray, scale: float, bounds: tuple[float, float, float, float], height: float
) -> bool:
    """Ink at `bounds` that runs on above and below its line: a ruled border."""
    x0, top, x1, bottom = bounds
    crop = _crop_px(image, scale, x0, top - 0.6 * height, x1 + scale, bottom + 0.6 * height)
    if crop.size == 0:
        return False
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    inked = (value < SETTINGS.whiteout_ink_value).any(axis=1)
    return bool(inked[:2].any() and inked[-2:].any())


def _neighbours(lines: list[list[dict]], n: int, height: float, reach: float) -> list[list[dict]]:
    """Lines other than `n` whose tops lie within `reach` line heights of line n's top."""
    top = lines[n][0]["top"]
    return [
        line
        for m, line in enumerate(lines)
        if m != n and abs(min(w["top"] for w in line) - top) <= reach * height
    ]


def _is_gutter(gap: Box, lines: list[list[dict]], n: int, height: float) -> bool:
    """A neighbouring line has words left and right of the gap and none across it."""
    middle = (gap["x0"] + gap["x1"]) / 2
    for line in _neighbours(lines, n, height, 2.5):
        spans = line[0]["x0"] < gap["x0"] and line[-1]["x1"] > gap["x1"]
        if spans and not any(w["x0"] <= middle <= w["x1"] or _inside_x(w, gap) for w in line):
            return True
    return False


def _inside_x(word: dict, gap: Box) -> bool:
    return gap["x0"] <= word["x0"] and word["x1"] <= gap["x1"]


def _is_tab_stop(word: dict, lines: list[list[dict]], n: int, height: float) -> bool:
    """`word` lines up (left, right or centre: a table's figures) with a word after a wide
    gap on another line near it."""
    for line in _neighbours(lines, n, height, SETTINGS.whiteout_tab_reach_lines):
        for i in range(1, len(line)):
            wide = line[i]["x0"] - line[i - 1]["x1"] >= 2 * height
            if wide and _aligned(line[i], word, 0.5 * height):
                return True
    return False


def _aligned(a: dict, b: dict, tolerance: float) -> bool:
    return (
        abs(a["x0"] - b["x0"]) <= tolerance
        or abs(a["x1"] - b["x1"]) <= tolerance
        or abs(a["x0"] + a["x1"] - b["x0"] - b["x1"]) <= 2 * tolerance
    )


def _is_real_word(word: dict) -> bool:
    return sum(ch.isalnum() for ch in word["text"]) >= 2


@cache
def _header_label_re() -> re.Pattern:
    from pipeline.nlp import load_patterns

    labels = [
        label for group in load_patterns("email_headers.json")["labels"].values() for label in group
    ]
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    return re.compile(rf"^(?:{alternatives})\s*:", re.IGNORECASE)


def _empty_header_values(lines: list[list[dict]]) -> list[Box]:
    """An e-mail header label with nothing after it (`Aan:` alone) among header lines
    that carry values: the value was whited out. The box runs where the other values
    stand."""
    labelled = [(n, _header_label_re().match(_line_text(line))) for n, line in enumerate(lines)]
    gaps = []
    for n, match in labelled:
        if match is None:
            continue
        line = lines[n]
        rest = _line_text(line)[match.end() :]
        if re.search(r"[0-9A-Za-z]", rest):
            continue  # a value is printed
        height = _line_height(line)
        with_values = [
            lines[m]
            for m, other in labelled
            if other is not None
            and m != n
            and abs(m - n) <= SETTINGS.whiteout_header_reach_lines
            and re.search(r"[0-9A-Za-z]{2}", _line_text(lines[m])[other.end() :])
        ]
        if not with_values:
            continue
        value_x0 = float(np.median([_value_start(other) for other in with_values]))
        x0 = max(value_x0, line[-1]["x1"] + height)
        gaps.append(
            _new_box(
                x0,
                min(w["top"] for w in line),
                x0 + SETTINGS.whiteout_value_width_em * height,
                max(w["bottom"] for w in line),
                "whiteout",
            )
        )
    return gaps


@cache
def _reply_line_res() -> tuple[re.Pattern, ...]:
    from pipeline.nlp import load_patterns

    patterns = load_patterns("email_headers.json")["wrote_header_patterns"]
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _writerless_replies(lines: list[list[dict]]) -> list[Box]:
    """A reply line (`Op 6 dec. 2017 om 13:09 heeft _ > het volgende geschreven:`) with no
    letter where its writer stands: the name was whited out. On one line the box is the
    space between the words around the writer; a reply line broken where the writer's
    line was whited (`... heeft` over `het volgende geschreven:`, a line's height apart)
    gets the missing line."""
    boxes = []
    for n, line in enumerate(lines):
        text = _line_text(line)
        box = _writer_gap_in_line(line, text)
        if box is None and n + 1 < len(lines):
            box = _writer_line_between(line, lines[n + 1], text)
        if box is not None:
            boxes.append(box)
    return boxes


def _writer_gap_in_line(line: list[dict], text: str) -> Box | None:
    for pattern in _reply_line_res():
        m = pattern.match(text)
        if m is None or re.search(r"[0-9A-Za-z]", m["who"]):
            continue
        offsets = _word_offsets(line)
        before = [w for w, (_, end) in zip(line, offsets, strict=True) if end <= m.start("who")]
        after = [w for w, (start, _) in zip(line, offsets, strict=True) if start >= m.end("who")]
        if not before or not after:
            return None
        left, right = before[-1], after[0]
        if right["x0"] - left["x1"] < SETTINGS.whiteout_min_gap_em * _line_height(line):
            return None  # words set close: nothing stood between them
        top = min(left["top"], right["top"])
        return _new_box(
            left["x1"] + 1.0,
            top,
            right["x0"] - 1.0,
            max(left["bottom"], right["bottom"]),
            "whiteout",
        )
    return None


def _writer_line_between(line: list[dict], below: list[dict], text: str) -> Box | None:
    joined = f"{text} {_line_text(below)}"
    height = _line_height(line)
    bottom, next_top = max(w["bottom"] for w in line), min(w["top"] for w in below)
    if next_top - bottom < height:
        return None  # the next line follows right under: no line is missing
    for pattern in _reply_line_res():
        m = pattern.match(joined)
        if (
            m is not None
            and not re.search(r"[0-9A-Za-z]", m["who"])
            and m.start("who") >= len(text)
        ):
            return _new_box(line[0]["x0"], bottom + 1.0, line[-1]["x1"], next_top - 1.0, "whiteout")
    return None


def _value_start(line: list[dict]) -> float:
    """Left edge of a header line's value: the first word after the one ending the label."""
    for i, word in enumerate(line[:-1]):
        if word["text"].rstrip().endswith(":"):
            return line[i + 1]["x0"]
    return line[-1]["x0"]
