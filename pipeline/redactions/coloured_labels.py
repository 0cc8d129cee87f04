"""Ground labels printed in a colour of their own with no box around them (a small red
`10.2.e` where a passage was whited out): from the characters' fill on a text-layer page,
from saturated ink on a rendered one; codes that head a table's columns are no labels."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from pipeline.grounds import OUT_OF_SCOPE, is_clean_label, normalize_ground
from pipeline.redactions.geometry import (
    Box,
    _box_around,
    _group_lines,
    _new_box,
    _set_ground,
    _text_of,
)
from pipeline.redactions.label_ocr import (
    _LABEL_INK_HEIGHTS,
    _is_clean_reading,
    _ocr_labels_batch,
    _read_label,
)
from pipeline.redactions.leaks import _color_key
from pipeline.redactions.settings import SETTINGS


def _chroma(color: Any) -> float:
    """Saturation of a pdfplumber colour, 0 (grey) .. 1 (pure red): max - min channel."""
    if not isinstance(color, (tuple, list)) or len(color) != 3:
        return 0.0
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return 0.0
    return max(values) - min(values)


def find_coloured_label_marks(chars: Sequence[dict], words: Sequence[dict] = ()) -> list[Box]:
    """Ground labels printed in a colour of their own (a small red `10.2.e`, `11.1`) with
    no box around them: where a release whites a passage out, the label is all that marks
    it. Text layer only (the colour is the characters' fill).

    A run of characters in one saturated colour that is not the page's body colour and
    reads as nothing but ground codes is a mark; the colour is what makes a bare `11.1`
    a label rather than a section number. Codes that head a table's columns, in a row of
    coloured headings or over a column of entries (`words`: the page's words), are no
    marks (`_is_column_heading`).
    """
    from pipeline.pdf_text import words_from_chars

    printed = [c for c in chars if c.get("text", "").strip()]
    by_colour: dict[str, list[dict]] = {}
    for char in printed:
        if _chroma(char.get("non_stroking_color")) >= SETTINGS.label_min_chroma:
            by_colour.setdefault(_color_key(char), []).append(char)
    marks = []
    for coloured in by_colour.values():
        if len(coloured) > SETTINGS.label_max_colour_share * len(printed):
            continue  # the page's own text colour (a document printed in blue)
        for line in _group_lines(words_from_chars(coloured)):
            cells = [(run, _text_of(run)) for run in _word_runs(line, max_gap=6.0)]
            labels = [(run, text) for run, text in cells if _coloured_label_ground(text)]
            for run, text in labels:
                mark = _box_around(run, "text_mark")
                if _is_column_heading(mark, len(cells) - len(labels), len(cells), words):
                    continue
                _set_ground(
                    mark, _coloured_label_ground(text), text, SETTINGS.coloured_label_confidence
                )
                marks.append(mark)
    return marks


def _coloured_label_ground(text: str) -> str | None:
    """The ground of a coloured run that reads as nothing but ground codes, else None."""
    ground = normalize_ground(text)
    if ground is None or ground == OUT_OF_SCOPE or not is_clean_label(text):
        return None
    return ground


def _is_column_heading(mark: Box, n_words: int, n_cells: int, words: Sequence[dict]) -> bool:
    """A code that heads a table's column rather than labelling whited-out text: it stands
    in a heading row (its line holds `n_cells` separate cells in its colour, `n_words` of
    them words that are no codes: `DOC ID OMSCHRIJVING ... 10.2.d 10.2.e`), or entries
    stand under it line after line (ticks), inside its span. A label of a white-out stands
    alone in its colour, in running text or in a form's cell."""
    if n_words and n_cells >= SETTINGS.heading_row_min_cells:
        return True
    return _heads_a_column(mark, words)


def _heads_a_column(mark: Box, words: Sequence[dict]) -> bool:
    """A column of ticks under `mark`: in `heading_column_min_rows` of the lines right
    below it, lines a table's rows apart, a tick (`x`, `ja`: at most
    `heading_column_tick_chars` characters, no code) inside its span (widened by its
    height: a tick stands centred under a code), and no word running across the span's
    edges (running text under a label does). A label of whited-out values in a form has
    the next label or a value under it, not ticks."""
    height = mark["bottom"] - mark["top"]
    left, right = mark["x0"] - height, mark["x1"] + height
    below = [w for w in words if (w["top"] + w["bottom"]) / 2 > mark["bottom"]]
    last_bottom, rows = mark["bottom"], 0
    for line in _group_lines(below):
        if min(w["top"] for w in line) - last_bottom > 2.5 * height:
            break  # the table (if any) ended
        if any(
            (w["x0"] < left < w["x1"] or w["x0"] < right < w["x1"]) and _is_sure_word(w)
            for w in line
        ):
            break  # a line running across the column: text, not a table's row
        rows += any(left <= w["x0"] and w["x1"] <= right and _is_tick(w["text"]) for w in line)
        last_bottom = max(w["bottom"] for w in line)
    return rows >= SETTINGS.heading_column_min_rows


def _is_sure_word(word: dict) -> bool:
    """A word of the text layer, or one OCR read with some confidence (not its reading of
    a speck or a tick's smudge, conf ~0)."""
    conf = word.get("conf")
    return conf is None or float(conf) >= SETTINGS.heading_column_min_word_conf


def _is_tick(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= SETTINGS.heading_column_tick_chars and normalize_ground(text) is None


def find_coloured_labels_image(
    image: np.ndarray, scale: float, words: Sequence[dict] = ()
) -> list[Box]:
    """Ground labels in coloured ink on a rendered page (a small red `10.2.e` where a
    passage was whited out), found from their colour and read with the label OCR.

    Saturated ink (not black, grey or a pale highlighter) is joined into label-sized
    clusters; a cluster is a mark only when it reads as nothing but ground codes and does
    not head a table's column (`_is_column_heading`; `words`: the page's OCR words).
    """
    clusters = _coloured_clusters(image, scale)
    readings = _ocr_labels_batch([c.binary for c in clusters], _LABEL_INK_HEIGHTS[0])
    marks = []
    for cluster, first in zip(clusters, readings, strict=True):
        text, conf = first
        if not _is_clean_reading(text) and re.search(r"\d", text):
            text, conf = _read_label(cluster.binary, first)  # a code, maybe misread: other sizes
        if not _is_clean_reading(text):
            continue
        mark = _new_box(*cluster.bounds, "text_mark")
        cells = _row_cells(cluster, clusters)
        n_words = sum(_holds_a_word(cell, words) for cell in cells)
        if _is_column_heading(mark, n_words, len(cells), words):
            continue
        ground = normalize_ground(text, lenient=True)
        _set_ground(mark, ground, text, min(SETTINGS.coloured_label_confidence, 0.4 + 0.5 * conf))
        marks.append(mark)
    return marks


@dataclass(frozen=True)
class _InkCluster:
    """A label-sized cluster of saturated ink: (x0, top, x1, bottom) in points, the
    cluster as black ink on white, and its ink's mean RGB colour."""

    bounds: tuple[float, float, float, float]
    binary: np.ndarray
    colour: tuple[float, float, float]


def _row_cells(cluster: _InkCluster, clusters: list[_InkCluster]) -> list[_InkCluster]:
    """The clusters of `cluster`'s colour on its line (itself included)."""
    top, bottom = cluster.bounds[1], cluster.bounds[3]
    return [
        other
        for other in clusters
        if min(bottom, other.bounds[3]) - max(top, other.bounds[1])
        > 0.5 * min(bottom - top, other.bounds[3] - other.bounds[1])
        and max(abs(a - b) for a, b in zip(cluster.colour, other.colour, strict=True))
        <= SETTINGS.label_same_colour_max_diff
    ]


def _holds_a_word(cluster: _InkCluster, words: Sequence[dict]) -> bool:
    """The page's OCR read a word that is no ground code (`OMSCHRIJVING`) in the cluster."""
    x0, top, x1, bottom = cluster.bounds
    return any(
        x0 <= (w["x0"] + w["x1"]) / 2 <= x1
        and top <= (w["top"] + w["bottom"]) / 2 <= bottom
        and sum(ch.isalpha() for ch in w["text"]) >= 2
        and normalize_ground(w["text"]) is None
        for w in words
    )


def _coloured_clusters(image: np.ndarray, scale: float) -> list[_InkCluster]:
    """Label-sized clusters of saturated ink, at most `SETTINGS.max_colour_clusters`,
    biggest first."""
    if image.ndim != 3:
        return []
    saturated = _saturated_ink(image)
    if saturated is None:
        return []
    ink, chroma = saturated
    join = cv2.getStructuringElement(
        cv2.MORPH_RECT, (max(3, round(2.0 / scale)), max(1, round(0.8 / scale)))
    )
    joined = cv2.dilate(ink.astype(np.uint8), join)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        height_pt, width_pt = h * scale, w * scale
        if not (
            SETTINGS.label_min_height_pt <= height_pt <= SETTINGS.label_max_height_pt
            and 1.5 * height_pt <= width_pt <= SETTINGS.label_max_width_pt
        ):
            continue
        own = (labels[y : y + h, x : x + w] == i) & ink[y : y + h, x : x + w]
        if own.sum() < 20:
            continue
        strength = np.where(own, chroma[y : y + h, x : x + w], 0).astype(np.float64)
        top_ink = max(float(np.percentile(strength[own], 90)), 1.0)
        binary = (255 - np.clip(strength * 255.0 / top_ink, 0, 255)).astype(np.uint8)
        bounds = (x * scale, y * scale, (x + w) * scale, (y + h) * scale)
        colour = tuple(float(v) for v in image[y : y + h, x : x + w][own].mean(axis=0)[:3])
        found.append((int(own.sum()), _InkCluster(bounds, binary, colour)))
    found.sort(key=lambda item: -item[0])
    return [cluster for _, cluster in found[: SETTINGS.max_colour_clusters]]


def _saturated_ink(image: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(mask of saturated ink, chroma) of an RGB page, None when it has none (most pages).

    Chroma is taken per channel in uint8 (OpenCV, no int16 copy of the page: that copy was
    most of a scanned page's redaction time); the saturation test, in floats, runs only on
    the pixels strong enough in chroma to pass it."""
    channels = cv2.split(np.ascontiguousarray(image, dtype=np.uint8))
    brightest = cv2.max(cv2.max(channels[0], channels[1]), channels[2])
    darkest = cv2.min(cv2.min(channels[0], channels[1]), channels[2])
    chroma = cv2.subtract(brightest, darkest)
    rows, cols = np.nonzero(chroma >= SETTINGS.label_ink_min_chroma)
    if not len(rows):
        return None
    floor = SETTINGS.label_ink_min_saturation * np.maximum(brightest[rows, cols], 1)
    keep = chroma[rows, cols] >= floor
    if not keep.any():
        return None
    ink = np.zeros(chroma.shape, dtype=bool)
    ink[rows[keep], cols[keep]] = True
    return ink, chroma


def _word_runs(line: list[dict], max_gap: float) -> list[list[dict]]:
    """A line's words (in x order) cut where the gap between two is wider than `max_gap`."""
    runs: list[list[dict]] = []
    for word in line:
        if runs and word["x0"] - runs[-1][-1]["x1"] <= max_gap:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs
