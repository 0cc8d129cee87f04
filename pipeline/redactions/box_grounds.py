"""The ground of each box: read from the text layer inside or beside it, else from the
page's OCR words and the label OCR of its crop (`label_ocr`); the reading made only of
ground codes wins (`read_box_grounds`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.grounds import is_clean_label, is_label_word, normalize_ground
from pipeline.redactions.geometry import (
    Box,
    _beside_reach,
    _center_inside,
    _set_ground,
    _text_of,
    _vertical_overlap,
)
from pipeline.redactions.label_ocr import (
    _LABEL_INK_HEIGHTS,
    _beside_word_image,
    _box_label_image,
    _is_clean_reading,
    _ocr_label,
    _ocr_labels_batch,
)
from pipeline.redactions.settings import SETTINGS


def _label_ground(text: str) -> str | None:
    return normalize_ground(text) if text.strip() else None


def _beside_text(box: Box, objs: list[dict], boxes: list[Box]) -> str | None:
    """The ground printed just right (else just left) of a box on its own line."""
    reach = _beside_reach(box)
    line = [
        o
        for o in objs
        if _vertical_overlap(o, box) > 0.5
        and not any(_center_inside(o, other) for other in boxes)
        and o["text"].strip()
    ]
    right = sorted((o for o in line if o["x0"] >= box["x1"]), key=lambda o: o["x0"])
    left = sorted((o for o in line if o["x1"] <= box["x0"]), key=lambda o: -o["x1"])
    for side, start_gap in (
        (right, lambda o: o["x0"] - box["x1"]),
        (left, lambda o: box["x0"] - o["x1"]),
    ):
        if not side or start_gap(side[0]) > reach:
            continue
        # the label starts next to the box (the reach); a label of several grounds
        # (`10.2.a, 10.2f`, `art. 10.2.f;art. 10.1.c`) runs on past it, token by token,
        # for as long as each token can be label (codes and their pieces, `art.`,
        # separators); the longest run that reads as nothing but grounds is the label
        run = _token_run(
            side, side is right, max_tokens=SETTINGS.beside_label_max_tokens, label_only=True
        )
        while run:
            text = _text_of(run)
            if _label_ground(text) and is_clean_label(text):
                return text
            run = run[:-1] if side is right else run[1:]
        # else the first few tokens next to the box, when they hold a ground at all
        first = _token_run(
            side, side is right, max_tokens=SETTINGS.beside_ground_max_tokens, label_only=False
        )
        text = _text_of(first)
        if _label_ground(text):
            return text
    return None


def _token_run(
    side: list[dict], rightwards: bool, *, max_tokens: int, label_only: bool
) -> list[dict]:
    """The tokens next to a box (nearest first in `side`) up to a gap wider than a space
    (`beside_token_max_gap_pt`), in reading order; with `label_only` also up to the first
    token that cannot be label."""
    run = [side[0]]
    for obj in side[1:max_tokens]:
        gap = (obj["x0"] - run[-1]["x1"]) if rightwards else (run[-1]["x0"] - obj["x1"])
        if gap > SETTINGS.beside_token_max_gap_pt or (
            label_only and not _is_label_token(obj["text"])
        ):
            break
        run.append(obj)
    return run if rightwards else run[::-1]


# separators printed between the grounds of one label
_LABEL_SEPARATOR_RE = re.compile(r"(?i)^(?:[;,/&+]|en)$")


# a piece of a code the text layer or OCR split off: `10.2` + `e,`
_CODE_PIECE_RE = re.compile(r"^(?:[0-9][0-9.,]*|[a-i][.,;]?)$")


def _is_label_token(token: str) -> bool:
    """A token that can be (part of) a ground label: a code, a label word, a separator."""
    token = token.strip()
    return (
        bool(_LABEL_SEPARATOR_RE.match(token))
        or bool(_CODE_PIECE_RE.match(token))
        or is_label_word(token)
        or (is_clean_label(token) and bool(normalize_ground(token, lenient=True)))
    )


def read_box_grounds(
    boxes: list[Box],
    words: Sequence[dict] | None,
    image: np.ndarray | None,
    scale: float | None,
    chars: Sequence[dict] | None = None,
) -> list[Box]:
    """Fill `ground`, `ground_raw`, `confidence` of each box (in place; also returned).

    Text-layer page (`chars` given): the characters inside the box, else the words just
    beside it (same line, right then left) when they read as a ground.
    Scanned page (`image`, scale = points per pixel): Tesseract on the box crop with the
    label separated from the box by colour (white/red on black, black on grey), then the
    page's OCR `words` inside the box, then Tesseract on the strip right of a box with
    nothing on it (read as a label, it beats the page OCR of running text), then the
    page's OCR `words` beside the box. A reading made only of ground codes wins over one
    with debris around a code.
    A box with no readable code keeps ground None.
    """
    words = list(words or [])
    chars = list(chars or [])
    if image is not None and scale and not chars:
        _grounds_from_page_words(boxes, words)
    first_readings = _first_label_readings(boxes, image, scale) if not chars else {}
    for box in boxes:
        if box.get("ground") is not None:
            continue
        if chars and _ground_from_text_layer(box, chars, words, boxes, image, scale):
            continue
        readings = _label_readings(box, words, boxes, image, scale, first_readings)
        _set_ground(box, *_best_reading(readings))
    return boxes


def _grounds_from_page_words(boxes: list[Box], words: list[dict]) -> None:
    """The ground of each box whose label the page's own OCR already read (surely and
    cleanly): crop OCR only for the rest."""
    for box in boxes:
        reading = _label_from_page_words(box, words)
        if box.get("ground") is None and reading:
            ground = normalize_ground(reading, lenient=True)
            _set_ground(box, ground, reading, SETTINGS.beside_confidence)


def _ground_from_text_layer(
    box: Box,
    chars: list[dict],
    words: list[dict],
    boxes: list[Box],
    image: np.ndarray | None,
    scale: float | None,
) -> bool:
    """Set the box's ground from the characters inside it, else from the words beside it;
    with no image to read, set what is there (maybe no ground). False when the label
    OCR of the image is still to be tried."""
    inside = [c for c in _in_rows_of(chars, box) if _center_inside(c, box, pad=0.5)]
    text = _text_of(inside)
    ground = _label_ground(text)
    if ground:
        _set_ground(box, ground, text, SETTINGS.text_layer_confidence)
        return True
    beside = _beside_text(box, words or chars, boxes)
    if beside:
        _set_ground(box, _label_ground(beside), beside, SETTINGS.beside_confidence)
        return True
    if image is None or not scale:
        _set_ground(box, None, text or None, None)
        return True
    return False


def _label_readings(
    box: Box,
    words: list[dict],
    boxes: list[Box],
    image: np.ndarray | None,
    scale: float | None,
    first_readings: dict[Any, tuple[str, float]],
) -> list[tuple[str, float]]:
    """Every reading of a box's label, (raw, confidence) in order of trust: the OCR of its
    crop, the page's OCR words inside it, the OCR of the word right of it, the page's
    words beside it."""
    readings: list[tuple[str, float]] = []  # (raw, confidence) in order of trust
    if image is not None and scale:
        raw, conf = _ocr_label(_box_label_image(box, image, scale), first_readings.get(id(box)))
        readings.append((raw, min(SETTINGS.ocr_confidence_cap, 0.5 + 0.5 * conf)))
        box["_label_text"] = raw  # private: what is printed on the box itself
    inside_words = _text_of([w for w in words if _center_inside(w, box, pad=0.5)])
    readings.append((inside_words, SETTINGS.beside_confidence))
    beside_crop = first_readings.get(("beside", id(box)))
    if beside_crop is not None:
        # a box with nothing on it whose neighbour was already read as a label (in the
        # batch): that reading, made for labels, beats the page OCR's (`10.2c` for
        # `10.2e` in running-text mode)
        raw, conf = beside_crop
        if re.search(r"\d", raw):  # a code, maybe misread: try the other sizes
            raw, conf = _ocr_label(_beside_word_image(box, image, scale), beside_crop)
        readings.append((raw, min(0.8, 0.4 + 0.5 * conf)))
    beside = _beside_text(box, words, boxes)
    if beside:
        readings.append((beside, SETTINGS.beside_confidence))
    if (
        beside_crop is None
        and image is not None
        and scale
        and not any(
            normalize_ground(r, lenient=True) and is_clean_label(r) for r, _ in readings if r
        )
    ):
        raw, conf = _ocr_label(_beside_word_image(box, image, scale))
        readings.append((raw, min(0.8, 0.4 + 0.5 * conf)))
    return readings


def _label_from_page_words(box: Box, words: Sequence[dict]) -> str | None:
    """The page OCR's reading of the label printed on a box, when it is nothing but ground
    codes, each word read with confidence."""
    inside = [w for w in words if _center_inside(w, box, pad=0.5)]
    if (
        not inside
        or min(float(w.get("conf") or 0.0) for w in inside) < SETTINGS.page_words_label_min_conf
    ):
        return None
    text = _text_of(inside)
    return text if _is_clean_reading(text) else None


def _in_rows_of(objs: list[dict], box: Box) -> list[dict]:
    """The objects whose rows overlap the box: a cheap cut before the exact tests (a page
    holds thousands of characters and dozens of boxes)."""
    top, bottom = box["top"] - 1.0, box["bottom"] + 1.0
    return [o for o in objs if o["bottom"] >= top and o["top"] <= bottom]


def _first_label_readings(
    boxes: list[Box], image: np.ndarray | None, scale: float | None
) -> dict[Any, tuple[str, float]]:
    """One batched Tesseract pass over every box label of the page (and the word beside
    each box with no label); keyed by id(box) and ("beside", id(box))."""
    if image is None or not scale:
        return {}
    keys, binaries = [], []
    for box in boxes:
        if box.get("ground") is not None:
            continue
        label = _box_label_image(box, image, scale)
        if label is not None:
            keys.append(id(box))
            binaries.append(label)
            continue
        beside = _beside_word_image(box, image, scale)
        if beside is not None:
            keys.append(("beside", id(box)))
            binaries.append(beside)
    readings = _ocr_labels_batch(binaries, _LABEL_INK_HEIGHTS[0])
    return dict(zip(keys, readings, strict=True))


def _best_reading(readings: list[tuple[str, float]]) -> tuple[str | None, str | None, float | None]:
    """(ground, raw, confidence): the first clean reading, else the first with a ground."""
    with_ground = []
    for raw, conf in readings:
        ground = normalize_ground(raw, lenient=True) if raw and raw.strip() else None
        if ground and is_clean_label(raw):
            return ground, raw, conf
        if ground:
            with_ground.append((ground, raw, conf * 0.8))
    if with_ground:
        return with_ground[0]
    first_raw = next((raw for raw, _ in readings if raw and raw.strip()), None)
    return None, first_raw, None
