"""The whole page: `redact_page` runs the steps of this package over one page's geometry
and returns its redactions and leaks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.redactions.bands import _is_inverted_text
from pipeline.redactions.box_grounds import read_box_grounds
from pipeline.redactions.coloured_labels import (
    find_coloured_label_marks,
    find_coloured_labels_image,
)
from pipeline.redactions.frames import (
    _in_table_cell,
    detect_out_of_scope_blocks,
    detect_outlined_label_boxes,
)
from pipeline.redactions.geometry import Box, _overlap_fraction, box_iou
from pipeline.redactions.image import detect_redaction_boxes_image
from pipeline.redactions.leaks import find_redaction_leaks
from pipeline.redactions.settings import SETTINGS
from pipeline.redactions.text_marks import _near_box, find_text_ground_marks
from pipeline.redactions.vector import detect_redaction_boxes_vector
from pipeline.redactions.whiteouts import find_whiteout_gaps


def redact_page(
    *,
    width: float,
    height: float,
    rects: Sequence[dict] | None = None,
    chars: Sequence[dict] | None = None,
    words: Sequence[dict] | None = None,
    image: np.ndarray | Any | None = None,
    scale: float | None = None,
    solids: Sequence[Box] | None = None,
) -> tuple[list[Box], list[dict]]:
    """Redactions and leaks of one page.

    - `width`, `height`: page size in points (pdfplumber `page.width`, `page.height`).
    - `rects`: pdfplumber `page.rects` (born-digital boxes); None/[] for scans.
    - `chars`: pdfplumber `page.chars` (text-layer labels and leaks); None for scans.
    - `words`: the page's words `{text, x0, top, x1, bottom}` (text layer or OCR), used for
      codes beside boxes and for text marks.
    - `image`: the rendered page (numpy RGB or grey uint8, or a PIL image) and `scale` its
      points per pixel (72/dpi). Needed for OCR'd pages and for text-layer pages whose
      boxes sit inside an embedded image (`image_coverage(page.images, ...) >= 0.2`: a
      scan with an OCR text layer, a "gelakt" mail); not needed for plain born-digital
      pages. 200-300 dpi reads labels best; box detection alone works from 100 dpi.
    - `solids`: the image's box-shaped solid areas (`solid_boxes_image`) when the page's
      reading found them already (`read_scan_boxes_blanked`), so they are not found twice.

    Returns (redactions, leaks); redactions sorted top to bottom, left to right.
    """
    image = _as_rgb(image)
    boxes = _find_boxes(width, height, rects or [], chars or [], words or [], image, scale, solids)
    read_box_grounds(boxes, words, image, scale, chars=chars)
    boxes = _finish_boxes(boxes, chars or [], words or [])
    labels = _boxless_labels(chars or [], words or [], image, scale, boxes)
    marks = [
        mark
        for mark in find_text_ground_marks(words or [], boxes + labels)
        if not _in_table_cell(mark, rects or [])
    ]
    gaps = []
    looks = SETTINGS.detect_whiteouts or SETTINGS.detect_blank_header_values
    if looks and not chars and image is not None and scale:
        # an OCR'd scan: white-out shows as gaps
        gaps = find_whiteout_gaps(words or [], boxes + labels + marks, image, scale)
    leaks = find_redaction_leaks(chars or [], boxes) if chars else []
    redactions = sorted(boxes + labels + marks + gaps, key=lambda b: (b["top"], b["x0"]))
    return redactions, leaks


def _as_rgb(image: np.ndarray | Any | None) -> np.ndarray | None:
    if image is not None and not isinstance(image, np.ndarray):
        image = np.asarray(image.convert("RGB"))  # a PIL image, as render_page returns
    if image is not None and image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]  # RGBA: the alpha channel is not a colour
    return image


def _find_boxes(
    width: float,
    height: float,
    rects: Sequence[dict],
    chars: Sequence[dict],
    words: Sequence[dict],
    image: np.ndarray | None,
    scale: float | None,
    solids: Sequence[Box] | None = None,
) -> list[Box]:
    """Every box of the page, each once: filled rectangles, boxes in the image, framed
    out-of-scope blocks, outlined label boxes; top to bottom."""
    boxes = detect_redaction_boxes_vector(rects, width, height, words)
    if image is not None and scale:
        for box in detect_redaction_boxes_image(image, scale, words, solids):
            # a vector box renders into the image too: keep the vector one
            if not any(box_iou(box, v) > 0.3 or _overlap_fraction(box, v) > 0.6 for v in boxes):
                boxes.append(box)
    for block in detect_out_of_scope_blocks(words, rects, image, scale):
        if not any(box_iou(block, b) > 0.5 for b in boxes):
            boxes.append(block)
    for box in detect_outlined_label_boxes(rects, chars, width, height):
        if not any(_overlap_fraction(box, b) > 0.5 for b in boxes):
            boxes.append(box)
    boxes.sort(key=lambda b: (b["top"], b["x0"]))
    return boxes


def _finish_boxes(boxes: list[Box], chars: Sequence[dict], words: Sequence[dict]) -> list[Box]:
    """Drop bands whose text can be read; a box without a ground gets the detector's
    confidence that it is a box at all."""
    boxes = [box for box in boxes if not _is_inverted_text(box, chars, words)]
    for box in boxes:
        box.pop("_fill", None)
        box.pop("_label_text", None)
        if box["ground"] is None and box["confidence"] is None:
            box["confidence"] = SETTINGS.detection_confidence[box["method"]]
    return boxes


def _boxless_labels(
    chars: Sequence[dict],
    words: Sequence[dict],
    image: np.ndarray | None,
    scale: float | None,
    boxes: list[Box],
) -> list[Box]:
    """Ground labels printed in a colour with no box (the box's own label is the box's)."""
    if chars:
        found = find_coloured_label_marks(chars, words)
    elif image is not None and scale:
        found = find_coloured_labels_image(image, scale, words)
    else:
        found = []
    return [label for label in found if not any(_near_box(label, box) for box in boxes)]
