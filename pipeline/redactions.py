"""Redaction boxes: where they are, which ground they carry, and what text leaks under them.

Pure functions on one page's geometry. Coordinates are PDF points, origin top-left, as
pdfplumber reports them. Two ways to find boxes:

- born-digital pages: the filled rectangles of the content stream (`page.rects`);
- scanned pages (and text-layer pages whose boxes sit in an embedded image, like a
  "gelakt" mail): the rendered page image, with OpenCV.

Ground labels are read from the text layer when there is one, else by Tesseract on the box
crop. Codes standing in running (OCR) text without a box around them, and ground labels
printed in a colour of their own with no box (a red `10.2.e` where a passage was whited
out), become `text_mark` rows. On OCR'd scans a passage whited out instead of blacked
shows only as a hole in the text: a blank gap in a line, an e-mail header label without
its value; these become `whiteout` rows (ground None). `redact_page` does the whole page.

Output redaction dicts: `x0, top, x1, bottom, ground, ground_raw, confidence, method`
(`vector` | `image` | `text_mark` | `whiteout`). Leak dicts: `x0, top, x1, bottom, n_chars`
(never the text itself). Every threshold lives in `RedactionSettings`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

import cv2
import numpy as np

from pipeline.grounds import (
    OUT_OF_SCOPE,
    find_ground_codes,
    find_label_spans,
    is_clean_label,
    is_label_word,
    normalize_ground,
)

# --- shared geometry -------------------------------------------------------------------

Box = dict[str, Any]


@dataclass(frozen=True)
class RedactionSettings:
    """Every threshold of redaction finding and ground reading, in one validated object
    (the module reads `SETTINGS`; a caller tuning them makes its own with `replace`)."""

    # -- vector boxes (text layer)
    #: A fill lighter than this (0 black .. 1 white) is shading or highlighting that leaves
    #: the text readable (table header bands are 0.85), not a redaction.
    max_box_luminance: float = 0.8
    min_box_height_pt: float = 6.0  # underlines and table rules are < 2 pt; 6 pt text: 6.7
    #: A box narrower than this (one redacted initial, a tussenvoegsel or a house number in
    #: 8 pt type: 4-8 pt) is kept only where it stands as a redaction box stands: as tall
    #: as the text of the line it is on, with paper beside it (`_is_narrow_box_in_line`);
    #: bullets, specks, a rule's end, icons and the strokes of heavy type do not.
    min_box_width_pt: float = 8.0
    #: Narrower than this is a rule or a stroke, never a box (the image path's opening takes
    #: away anything thinner than 3.2 pt anyway).
    narrow_box_min_width_pt: float = 3.0
    #: A narrow box is at least this share of the median height of the words beside it on
    #: its line (a box over a letter spans the line's height, ~1.0 of a text layer's word
    #: boxes and more of OCR's ink boxes, which scatter 0.5-1.3 em; a bullet or a speck is
    #: at most half), and at most `narrow_box_max_line_share` of it (one line, not a bar
    #: down the margin).
    narrow_box_min_line_share: float = 0.65
    narrow_box_max_line_share: float = 2.0
    #: On a scan, paper this wide (share of the box's height) on both sides of a narrow
    #: box: the stem of a letter in heavy type has the next letter closer than that, and a
    #: strip of a highlight band has its word on it; a word space is ~0.25 line.
    narrow_box_side_paper_share: float = 0.15
    #: A box covering one line of text is at least this tall (7 pt type); thinner pieces
    #: stacked on a box are the box cut by a seam.
    line_box_min_height_pt: float = 7.0
    #: A filled shape this tall that is not clearly wider than tall is a logo or photo
    #: block, not a run of redacted text (redacted signatures are ~35 x 18 pt).
    logo_min_height_pt: float = 28.0
    logo_max_aspect: float = 2.0
    # -- image boxes (scans, images in a page)
    work_pt_per_px: float = 0.72  # work at 100 dpi: boxes >= 6 px tall, text strokes <= 3 px
    dark_value: int = 200  # HSV value below which a pixel can be box: black, grey, dark colours
    min_rectangularity: float = 0.93
    min_uniformity: float = 0.55  # share of box pixels near the box's colour (photos: mottled)
    max_skew_deg: float = 2.0
    #: Boxes on touching lines are rectangles that tile their blob; when more of it than this
    #: is left in solid lumps besides them, they were cut from a picture (a photo, a logo).
    max_untiled_share: float = 0.1
    #: ... unless such a lump is a flat band, this share of it near one colour (a table's
    #: header row with its text is ~0.9, parts of photos 0.4-0.75).
    flat_band_uniformity: float = 0.8
    #: Rectangles cut from a blob's rows that cover less of it than this (the rest thinner
    #: than a line: text touching a box made the rows jump) get a second, trimmed cut.
    min_stack_cover: float = 0.8
    #: Text whose colour differs from the fill under it by this much (luminance 0..1) can
    #: be read (white on black, black on a 0.75 grey header band): the fill is a
    #: background, not a redaction.
    readable_text_contrast: float = 0.45
    #: Page-OCR words read at least this sure (0-100) on an image box show its text is
    #: readable (a grey form cell), so it is no redaction.
    readable_word_min_conf: float = 80.0
    #: Ink darker than this is box when boxes are cut apart: the ~0.7 pt of paper between
    #: the boxes of consecutive lines is blurred grey (~170) on a scan, a box is near black.
    stack_dark_value: int = 128
    # -- confidences of a box's ground
    text_layer_confidence: float = 0.95
    beside_confidence: float = 0.85
    ocr_confidence_cap: float = 0.9
    text_mark_confidence: float = 0.6
    text_mark_no_ground_confidence: float = 0.4
    # -- labels printed without a box (whited-out passages)
    #: A character colour this saturated (max - min channel, 0..1) can be a label colour;
    #: black, grey and dark-blue body text are below it.
    label_min_chroma: float = 0.35
    #: A colour held by more than this share of the page's characters is its text colour.
    label_max_colour_share: float = 0.3
    coloured_label_confidence: float = 0.8
    #: Coloured ink on a scan: chroma (max - min channel, 0..255) and saturation (chroma
    #: over the brightest channel) at least these; pale highlighter and grey are below.
    label_ink_min_chroma: int = 80
    label_ink_min_saturation: float = 0.5
    label_min_height_pt: float = 2.5  # a 4 pt label's digits
    label_max_height_pt: float = 16.0  # two lines of label, not a logo
    label_max_width_pt: float = 150.0
    #: Coloured clusters read per page (a colour photo or logo holds many): biggest first.
    max_colour_clusters: int = 40
    #: A line where the label's colour makes this many separate cells, some of them words
    #: that are no ground codes, is a table's heading row (`DOC ID ... 10.2.d 10.2.e`),
    #: its codes column headings, not labels of whited-out text.
    heading_row_min_cells: int = 3
    #: Two clusters of coloured ink are one colour when no channel differs more (0..255).
    label_same_colour_max_diff: int = 60
    #: A code with ticks (words of at most `heading_column_tick_chars` characters) under
    #: it in this many lines, inside its span and with nothing running across its edges,
    #: heads a table's column (an inventory's `x` under `10.2.e`).
    heading_column_min_rows: int = 2
    heading_column_tick_chars: int = 3
    #: OCR words read less sure than this (0-100) do not cut a column: specks, smudges.
    heading_column_min_word_conf: float = 50.0
    # -- whited-out passages on OCR'd scans (gaps in the text)
    #: Off: on the held-out decision letters (tests/gold/holdout) the gap rules found 45
    #: boxes where the pages have 3 (box precision 0.97 -> 0.70). They were written against
    #: two scanned e-mails; until they carry over, a run does not look for white-outs.
    detect_whiteouts: bool = False
    #: On: the white-outs the layout of an e-mail gives away (a header label without its
    #: value among labels with theirs, a reply line with no writer between `heeft` and `het
    #: volgende geschreven`). Letters and forms have no such slots, so these stay on.
    detect_blank_header_values: bool = True
    #: A gap between two words of a line this many line heights wide is a candidate
    #: (word spaces are ~0.3, a tab in a header ~5, so the layout guards decide).
    whiteout_min_gap_em: float = 3.0
    #: How far (in line heights) to look for another line's tab stop at the same x.
    whiteout_tab_reach_lines: float = 8.0
    #: Header lines (by line count) that make the block an empty label belongs to.
    whiteout_header_reach_lines: int = 4
    #: Width of a whited header value, in line heights (its true end is not visible).
    whiteout_value_width_em: float = 10.0
    #: A gap is blank when at most this share of it is ink darker than this value.
    whiteout_ink_value: int = 160
    whiteout_max_ink_share: float = 0.01
    #: Share of the page width at each side where scans carry edge noise, not text.
    whiteout_edge_share: float = 0.05
    #: Confidence of a box whose ground could not be read: that it is a redaction at all.
    detection_confidence: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType(
            {"vector": 0.95, "image": 0.85, "text_mark": 0.4, "whiteout": 0.5}
        )
    )

    def __post_init__(self) -> None:
        for name in (
            "max_box_luminance",
            "min_rectangularity",
            "min_uniformity",
            "max_untiled_share",
            "flat_band_uniformity",
            "readable_text_contrast",
            "label_min_chroma",
            "label_max_colour_share",
            "label_ink_min_saturation",
            "whiteout_max_ink_share",
            "whiteout_edge_share",
        ):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"RedactionSettings.{name} must lie in 0..1")
        for name in (
            "min_box_height_pt",
            "min_box_width_pt",
            "narrow_box_min_width_pt",
            "work_pt_per_px",
            "whiteout_min_gap_em",
            "whiteout_value_width_em",
        ):
            if getattr(self, name) <= 0:
                raise ValueError(f"RedactionSettings.{name} must be positive")


SETTINGS = RedactionSettings()


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


def _center_inside(obj: Box, box: Box, pad: float = 0.0) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
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


# --- vector path -----------------------------------------------------------------------


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


# --- image path ------------------------------------------------------------------------


def _to_work_resolution(image: np.ndarray, scale: float) -> tuple[np.ndarray, float]:
    factor = scale / SETTINGS.work_pt_per_px
    if factor < 0.95:
        size = (max(1, round(image.shape[1] * factor)), max(1, round(image.shape[0] * factor)))
        return cv2.resize(image, size, interpolation=cv2.INTER_AREA), image.shape[1] / size[0]
    return image, 1.0


def _runs(row: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of the runs of True in a 1-D bool array."""
    padded = np.concatenate(([False], row, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def _fill_holes(mask: np.ndarray) -> tuple[np.ndarray, list]:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(mask)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    return filled, contours


def _box_sized_rectangles(
    filled: np.ndarray, tol: int, pt_per_px: float
) -> list[tuple[int, int, int, int]]:
    """The rectangles of a filled blob (`_split_into_rectangles`) that are solid enough and
    box-sized, in pixels (x0, y0, x1, y1)."""
    return [
        (px0, py0, px1, py1)
        for px0, py0, px1, py1 in _split_into_rectangles(filled.astype(bool), tol=tol)
        if filled[py0:py1, px0:px1].mean() >= SETTINGS.min_rectangularity
        and (py1 - py0) * pt_per_px >= SETTINGS.min_box_height_pt
        and (px1 - px0) * pt_per_px >= SETTINGS.min_box_width_pt
    ]


def _split_into_rectangles(blob: np.ndarray, tol: int) -> list[tuple[int, int, int, int]]:
    """Cut a non-rectangular blob (boxes on consecutive lines that touch) into rectangles:
    rows with the same runs (within `tol` px) form a band; each run of a band is a box."""
    bands: list[list] = []  # [first_row, last_row, runs]
    for y in range(blob.shape[0]):
        runs = _runs(blob[y])
        if bands and len(runs) == len(bands[-1][2]) and runs:
            same = all(
                abs(a0 - b0) <= tol and abs(a1 - b1) <= tol
                for (a0, a1), (b0, b1) in zip(runs, bands[-1][2], strict=True)
            )
            if same:
                bands[-1][1] = y
                continue
        bands.append([y, y, runs])
    rectangles = []
    for first, last, runs in bands:
        for x0, x1 in runs:
            rectangles.append((x0, first, x1, last + 1))
    return rectangles


def detect_redaction_boxes_image(
    image: np.ndarray, scale: float, words: Sequence[dict] = ()
) -> list[Box]:
    """Redaction boxes in a rendered page (RGB uint8); `scale` = PDF points per pixel.

    Dark pixels (HSV value < 200: black, grey and dark coloured boxes; yellow highlighter
    and white-outs are light) are opened with a kernel wider than text strokes, so text,
    rules, signatures and stamps vanish and solid areas stay. Each remaining blob is judged
    whole (`_blob_boxes`): one box, boxes on touching lines, or part of a picture. Returned
    boxes are the axis-aligned bounds in points. A box narrower than `min_box_width_pt`
    is kept only in a line of the page's OCR `words` (`_is_narrow_box_in_line`).
    """
    work, up = _to_work_resolution(image, scale)
    pt_per_px = scale * up
    value = work.max(axis=2) if work.ndim == 3 else work
    dark = (value < SETTINGS.dark_value).astype(np.uint8)
    kernel_px = max(3, round(3.2 / pt_per_px))  # 3.2 pt: thicker than any text stroke
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (kernel_px, kernel_px))
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, kernel)
    page_w, page_h = solid.shape[1] * pt_per_px, solid.shape[0] * pt_per_px
    n_labels, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    boxes: list[Box] = []
    in_pictures = np.zeros_like(solid)
    for label in range(1, n_labels):
        x, y, w, h, _ = stats[label]
        if (
            h * pt_per_px < SETTINGS.min_box_height_pt
            or w * pt_per_px < SETTINGS.narrow_box_min_width_pt
        ):
            continue
        window = np.s_[y : y + h, x : x + w]
        blob = _Blob(
            (x, y, w, h), (labels[window] == label).astype(np.uint8), dark[window], value[window]
        )
        if w * pt_per_px < SETTINGS.min_box_width_pt:
            # narrow: one rectangle or nothing (never a stack, never a picture's part)
            rectangle = _as_one_rectangle(blob, kernel)
            if rectangle is not None:
                boxes.extend(_one_box(blob, *rectangle, pt_per_px) or [])
            continue
        found = _blob_boxes(blob, image, scale, up, kernel)
        if found is None:
            in_pictures[window] |= _picture_inside(blob, 0.4 * solid.size)
        else:
            boxes.extend(found)
    boxes = [
        piece
        for box in boxes
        if not _centre_in(box, in_pictures, pt_per_px)
        for piece in _split_at_light_rows(box, image, scale)
    ]
    solids = _merge_pieces(boxes, gap=2.0)
    bars = _chart_bars(solids)
    solids = [
        box
        for i, box in enumerate(solids)
        if i not in bars
        and _is_box_shaped(box["x1"] - box["x0"], box["bottom"] - box["top"], page_w, page_h)
    ]
    return _narrow_ones_in_lines(solids, words, image, scale)


def _chart_bars(solids: list[Box]) -> set[int]:
    """Indexes of the bars of a bar chart among a page's solid rectangles: three or more of
    one width standing on one baseline, of different heights. Redaction boxes on one line
    share their height (the line's); their widths follow the text they cover."""
    bars: set[int] = set()
    for i, box in enumerate(solids):
        width = box["x1"] - box["x0"]
        row = [
            j
            for j, other in enumerate(solids)
            if abs((other["x1"] - other["x0"]) - width) <= max(1.5, 0.05 * width)
            # the baseline, skewed with the scan by up to 2 degrees
            and abs(other["bottom"] - box["bottom"]) <= 2.0 + 0.035 * abs(other["x0"] - box["x0"])
        ]
        heights = [solids[j]["bottom"] - solids[j]["top"] for j in row]
        if len(row) >= 3 and max(heights) > 1.5 * min(heights):
            bars.add(i)
    return bars


def _picture_inside(blob: _Blob, max_hole_px: float) -> np.ndarray:
    """What a picture's blob encloses (the grey inside a white ring of a logo, the counter
    of a letter in a banner), as a 0/1 mask over its bounds: part of the picture too. A
    hole of `max_hole_px` or more is the page inside a dark frame, not a picture's."""
    filled, _ = _fill_holes(blob.opened)
    holes = (filled & (1 - blob.opened)).astype(np.uint8)
    n, parts, stats, _ = cv2.connectedComponentsWithStats(holes, connectivity=8)
    small = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] < max_hole_px)
    return (np.isin(parts, small[small > 0]) | blob.opened.astype(bool)).astype(np.uint8)


def _centre_in(box: Box, mask: np.ndarray, pt_per_px: float) -> bool:
    row = min(mask.shape[0] - 1, int((box["top"] + box["bottom"]) / 2 / pt_per_px))
    col = min(mask.shape[1] - 1, int((box["x0"] + box["x1"]) / 2 / pt_per_px))
    return bool(mask[row, col])


@dataclass(frozen=True)
class _Blob:
    """One solid area of the working image: its bounds (x, y, w, h) in working pixels and,
    over those bounds, its opened mask, the page's dark pixels and values."""

    bounds: tuple[int, int, int, int]
    opened: np.ndarray
    dark: np.ndarray
    value: np.ndarray


def _blob_boxes(
    blob: _Blob, image: np.ndarray, scale: float, up: float, kernel: np.ndarray
) -> list[Box] | None:
    """The redaction boxes one blob is made of (`up`: full pixels per working pixel);
    None when the blob is part of a picture.

    A rectangular blob (against its rotated bounding rectangle too, so a slightly skewed
    scan still passes) mostly of one colour is one box; a blob of boxes on touching lines
    is cut into one rectangle per line. Redaction boxes are flat fills with at most a
    label on them, so a blob is part of a picture when it holds a light
    hole taller than a label (the white shape in a logo) or when the rectangles cut from it
    leave much of it uncovered (a photo, a curved chart band, a logo's outline)."""
    pt_per_px = scale * up
    rectangle = _as_one_rectangle(blob, kernel)
    if rectangle is not None:
        return _one_box(blob, *rectangle, pt_per_px)
    # boxes on touching lines: cut the opened blob (its edges are clean, the given back
    # pixels include text touching the boxes) into one rectangle per line
    filled, _ = _fill_holes(blob.opened)
    stack = _split_touching_boxes(image, scale, blob.bounds, up, filled)
    if stack:
        return stack
    tol = max(2, kernel.shape[0] // 2)
    pieces = _rectangles_of(blob, filled, pt_per_px, tol)
    tiled = _untiled_share(blob, pieces, pt_per_px) <= SETTINGS.max_untiled_share
    if not tiled or _covered_share(blob, pieces, pt_per_px) < SETTINGS.min_stack_cover:
        trimmed = _flat_pieces_trimmed(blob, filled, pt_per_px, tol, kernel)
        if trimmed is not None and _covered_share(blob, trimmed, pt_per_px) > _covered_share(
            blob, pieces, pt_per_px
        ):
            pieces, tiled = trimmed, True
    if not tiled:
        return None
    return [piece for piece in pieces if piece.pop("_uniform")]


def _covered_share(blob: _Blob, boxes: list[Box], pt_per_px: float) -> float:
    """Share of a blob's solid pixels inside `boxes` (in points)."""
    rest = _without(blob, boxes, pt_per_px, 0)
    return 1.0 - float(rest.sum()) / max(1.0, float(blob.opened.sum()))


def _flat_pieces_trimmed(
    blob: _Blob, filled: np.ndarray, pt_per_px: float, tol: int, kernel: np.ndarray
) -> list[Box] | None:
    """A second look at a blob whose rows did not tile it: glyphs of the text touching a
    box's edge (`http://www[box]`) make the rows' runs jump every few rows, so no band is
    a text line tall (Inv-20-0774 p10, two grey boxes of consecutive lines in one blob).
    Take off what is thinner than half a text line, cut the rows again; the pieces are
    boxes only when they tile the blob and every one is a flat fill
    (`flat_band_uniformity`: the pieces a photo's or a tree's texture gives are 0.4-0.6).
    None when they are not: a picture."""
    side = max(kernel.shape[0], round(SETTINGS.line_box_min_height_pt / 2 / pt_per_px))
    trimmed = cv2.morphologyEx(filled, cv2.MORPH_OPEN, np.ones((side, side), np.uint8))
    pieces = _rectangles_of(blob, trimmed, pt_per_px, tol, SETTINGS.flat_band_uniformity)
    if (
        not pieces
        or _untiled_share(blob, pieces, pt_per_px) > SETTINGS.max_untiled_share
        or not all(piece["_uniform"] for piece in pieces)
    ):
        return None
    return pieces


def _as_one_rectangle(blob: _Blob, kernel: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(filled, grown) masks of a blob that is one rectangle, upright or slightly rotated
    with the scan (against its rotated bounding rectangle); None when it is not."""
    # The opening eats the thin rim of box above and below a label, leaving a comb:
    # give back the box's own dark pixels next to the blob, then fill the label holes.
    grown = blob.opened | (blob.dark & cv2.dilate(blob.opened, kernel))
    filled, contours = _fill_holes(grown)
    (_, _), (rw, rh), angle = cv2.minAreaRect(max(contours, key=cv2.contourArea))
    tilted = min(angle % 90, 90 - angle % 90) > 0.3
    if filled.mean() >= SETTINGS.min_rectangularity or (
        tilted and filled.sum() / max(rw * rh, 1.0) >= SETTINGS.min_rectangularity
    ):
        return filled, grown
    return None


def _one_box(
    blob: _Blob, filled: np.ndarray, grown: np.ndarray, pt_per_px: float
) -> list[Box] | None:
    """The box a one-rectangle blob is: [] when it is mottled (part of a photo), None when
    it holds a light hole taller than a label (a logo's white shape: picture)."""
    holes = (filled & (1 - grown)).astype(np.uint8)
    if _tallest_part_px(holes) * pt_per_px > SETTINGS.label_max_height_pt:
        return None
    if not _is_uniform(blob.value[filled.astype(bool)]):
        return []
    x, y, w, h = blob.bounds
    return [
        _new_box(x * pt_per_px, y * pt_per_px, (x + w) * pt_per_px, (y + h) * pt_per_px, "image")
    ]


def _untiled_share(blob: _Blob, boxes: list[Box], pt_per_px: float) -> float:
    """Share of a blob's solid pixels left, once `boxes` (in points) are taken out, in
    lumps at least a text line thick both ways: none when rectangles tile the blob (rules
    a box sits on and seams between boxes are thinner), much in a photo or a logo."""
    side = max(1, round(SETTINGS.line_box_min_height_pt / pt_per_px))
    # the rest, and the rest with a margin: a box merged with a rule it sits on is cut
    # off above the rule
    rest, left = _without(blob, boxes, pt_per_px, 0), _without(blob, boxes, pt_per_px, side)
    # padded: erosion takes the space outside the array for solid
    solid = cv2.copyMakeBorder(rest, side, side, side, side, cv2.BORDER_CONSTANT, value=0)
    values = cv2.copyMakeBorder(blob.value, side, side, side, side, cv2.BORDER_CONSTANT, value=255)
    padded = cv2.copyMakeBorder(left, side, side, side, side, cv2.BORDER_CONSTANT, value=0)
    lumps = cv2.morphologyEx(padded, cv2.MORPH_OPEN, np.ones((side, side), np.uint8))
    n, parts, stats, _ = cv2.connectedComponentsWithStats(lumps, connectivity=8)
    untiled = 0
    for i in range(1, n):
        lx, ly, lw, lh, area = stats[i]
        if not _is_flat_band(
            solid[ly : ly + lh, lx : lx + lw], values[ly : ly + lh, lx : lx + lw], side
        ):
            untiled += area
    return untiled / max(1.0, float(blob.opened.sum()))


def _without(blob: _Blob, boxes: list[Box], pt_per_px: float, margin: int) -> np.ndarray:
    """The blob's opened mask with `boxes` (in points, grown by `margin` px) taken out."""
    x, y = blob.bounds[:2]
    left = blob.opened.copy()
    for box in boxes:
        x0, top = round(box["x0"] / pt_per_px) - x, round(box["top"] / pt_per_px) - y
        x1, bottom = round(box["x1"] / pt_per_px) - x, round(box["bottom"] / pt_per_px) - y
        top, x0 = max(0, top - margin), max(0, x0 - margin)
        left[top : max(0, bottom + margin), x0 : max(0, x1 + margin)] = 0
    return left


def _is_flat_band(solid: np.ndarray, values: np.ndarray, side: int) -> bool:
    """A rectangle of one flat colour, maybe with text on it (a table's header row): the
    rows did not cut it out because its text runs to its edge, but it is no picture."""
    closed = cv2.morphologyEx(solid, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    filled, contours = _fill_holes(closed)
    if not contours:
        return False
    # against its rotated bounding rectangle: a long band on a skewed scan
    (_, _), (rw, rh), _ = cv2.minAreaRect(max(contours, key=cv2.contourArea))
    if filled.sum() / max(rw * rh, 1.0) < SETTINGS.min_rectangularity:
        return False
    return _uniform_share(values[solid.astype(bool)]) >= SETTINGS.flat_band_uniformity


def _rectangles_of(
    blob: _Blob,
    filled: np.ndarray,
    pt_per_px: float,
    tol: int,
    min_uniformity: float | None = None,
) -> list[Box]:
    """The box-sized rectangles of a blob's rows (`_split_into_rectangles`); each marked
    `_uniform` when at least `min_uniformity` (default `SETTINGS.min_uniformity`) of it is
    near one colour."""
    if min_uniformity is None:
        min_uniformity = SETTINGS.min_uniformity
    x, y = blob.bounds[:2]
    boxes = []
    for px0, py0, px1, py1 in _box_sized_rectangles(filled, tol, pt_per_px):
        piece = filled[py0:py1, px0:px1]
        box = _new_box(
            (x + px0) * pt_per_px,
            (y + py0) * pt_per_px,
            (x + px1) * pt_per_px,
            (y + py1) * pt_per_px,
            "image",
        )
        values = blob.value[py0:py1, px0:px1][piece.astype(bool)]
        box["_uniform"] = _uniform_share(values) >= min_uniformity
        boxes.append(box)
    return boxes


def _is_uniform(values: np.ndarray) -> bool:
    """Mostly of one colour: a flat fill, with at most a label on it (photos are mottled)."""
    return _uniform_share(values) >= SETTINGS.min_uniformity


def _uniform_share(values: np.ndarray) -> float:
    """Share of `values` near their median (0 when empty)."""
    if values.size == 0:
        return 0.0
    median = float(np.median(values))
    return float(np.mean(np.abs(values.astype(np.int16) - median) < 30))


def _tallest_part_px(mask: np.ndarray) -> int:
    """Height in pixels of the tallest connected part of a 0/1 mask (0 when empty)."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return int(stats[1:, cv2.CC_STAT_HEIGHT].max()) if n > 1 else 0


def _deskew_angle(mask: np.ndarray) -> float:
    """The rotation (degrees, OpenCV's sense) that makes the edges of the boxes in `mask`
    horizontal: the one whose row profile changes most sharply."""
    h, w = mask.shape
    center = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(center, float(angle), 1.0)
        rotated = cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_NEAREST)
        return float((np.diff(rotated.sum(axis=1).astype(np.float64)) ** 2).sum())

    coarse = max(
        np.arange(-SETTINGS.max_skew_deg, SETTINGS.max_skew_deg + 0.01, 0.1), key=sharpness
    )
    return float(max(np.arange(coarse - 0.1, coarse + 0.101, 0.02), key=sharpness))


def _split_touching_boxes(
    image: np.ndarray,
    scale: float,
    blob_bounds: tuple[int, int, int, int],
    up: float,
    footprint: np.ndarray,
) -> list[Box]:
    """Boxes on consecutive lines that touch (a wrapped list of addresses: ~0.7 pt of paper
    between the lines) form one blob, and on a skewed scan no row of pixels runs between
    them, so cutting rows of the blob as it lies gives slivers. Straighten the blob at
    full resolution (the angle that makes its row profile sharpest), cut it there into one
    rectangle per line and side, and turn each back: its axis-aligned bounds are the box
    as the scan shows it, at its full height. `blob_bounds` (x, y, w, h) and `footprint`
    (the blob's filled mask) are in working pixels, `up` full pixels per working pixel.
    Empty when the blob does not come apart into several boxes."""
    x, y, w, h = blob_bounds
    fx0, fy0 = round(x * up), round(y * up)
    fx1 = min(image.shape[1], round((x + w) * up))
    fy1 = min(image.shape[0], round((y + h) * up))
    crop = image[fy0:fy1, fx0:fx1]
    if crop.size == 0:
        return []
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    size = (fx1 - fx0, fy1 - fy0)
    foot = cv2.resize(footprint.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST)
    foot = cv2.dilate(foot, np.ones((3, 3), np.uint8), iterations=max(1, round(up)))
    # room for the corners to turn into
    pad = int(np.ceil(np.tan(np.radians(SETTINGS.max_skew_deg)) * max(size))) + 2
    value = cv2.copyMakeBorder(value, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    foot = cv2.copyMakeBorder(foot, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
    mask = ((value < SETTINGS.stack_dark_value) & (foot > 0)).astype(np.uint8)
    height, width = mask.shape
    # the angle from a copy at most ~1200 px wide: as sharp, and a big blob stays cheap
    shrink = min(1.0, 1200 / max(height, width))
    if shrink < 1.0:
        small = (round(width * shrink), round(height * shrink))
        angle = _deskew_angle(cv2.resize(mask, small, interpolation=cv2.INTER_NEAREST))
    else:
        angle = _deskew_angle(mask)
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    straight_value = cv2.warpAffine(
        value, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255
    )
    straight_foot = cv2.warpAffine(foot, matrix, (width, height), flags=cv2.INTER_NEAREST)
    straight = ((straight_value < SETTINGS.stack_dark_value) & (straight_foot > 0)).astype(np.uint8)
    filled, _ = _fill_holes(straight)
    inverse = cv2.invertAffineTransform(matrix)
    boxes = []
    tol = max(2, round(1.5 / scale))
    for px0, py0, px1, py1 in _box_sized_rectangles(filled, tol, scale):
        piece = filled[py0:py1, px0:px1]
        if not _is_uniform(straight_value[py0:py1, px0:px1][piece.astype(bool)]):
            continue
        corners = np.array([[px0, py0, 1], [px1, py0, 1], [px0, py1, 1], [px1, py1, 1]], float)
        turned = corners @ inverse.T
        (cx0, cy0), (cx1, cy1) = turned.min(axis=0), turned.max(axis=0)
        boxes.append(
            _new_box(
                (fx0 - pad + cx0) * scale,
                (fy0 - pad + cy0) * scale,
                (fx0 - pad + cx1) * scale,
                (fy0 - pad + cy1) * scale,
                "image",
            )
        )
    return boxes if len(boxes) >= 2 else []


def _split_at_light_rows(box: Box, image: np.ndarray, scale: float) -> list[Box]:
    """Boxes on consecutive lines with a hairline of paper between them blur into one blob
    at working resolution; at full resolution the hairline is a run of light rows."""
    if box["bottom"] - box["top"] < 2 * SETTINGS.line_box_min_height_pt + 0.5:
        return [box]
    crop = _crop_px(image, scale, box["x0"], box["top"], box["x1"], box["bottom"])
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    light_rows = (value >= SETTINGS.dark_value).mean(axis=1) > 0.6
    min_px = SETTINGS.line_box_min_height_pt / scale
    pieces, start = [], 0
    for y0, y1 in _runs(light_rows):
        if y0 - start >= min_px and len(light_rows) - y1 >= min_px:
            pieces.append((start, y0))
            start = y1
    if not pieces:
        return [box]
    pieces.append((start, len(light_rows)))
    top = box["top"]
    out = []
    for y0, y1 in pieces:
        piece = dict(box)
        piece["top"] = round(top + y0 * scale, 2) if y0 else box["top"]
        piece["bottom"] = round(top + y1 * scale, 2) if y1 < len(light_rows) else box["bottom"]
        out.append(piece)
    return out


# --- grounds ---------------------------------------------------------------------------


def _text_of(objs: list[dict]) -> str:
    """Objects (chars or words) in reading order, lines separated by newlines."""
    if not objs:
        return ""
    objs = sorted(objs, key=lambda o: (round(o["top"]), o["x0"]))
    lines: list[list[dict]] = []
    for obj in objs:
        if lines and abs(obj["top"] - lines[-1][-1]["top"]) < 0.5 * (obj["bottom"] - obj["top"]):
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
            if prev is not None and obj["x0"] - prev["x1"] > 0.15 * (obj["bottom"] - obj["top"]):
                parts.append(" ")
            parts.append(obj["text"])
            prev = obj
        out.append("".join(parts).strip() if len(line) > 1 else line[0]["text"])
    return "\n".join(out)


def _label_ground(text: str) -> str | None:
    return normalize_ground(text) if text.strip() else None


# what a label can contain: codes, separators, "Buiten reikwijdte", "Niet relevant", "Art."
_LABEL_WHITELIST = "0123456789.,;:/abcdefghiklnoprstuvwjABEINRTUVWKJDOL "


#: label OCR reads only what a ground label can hold, and never retries inverted
_LABEL_OCR_VARIABLES = MappingProxyType(
    {"tessedit_do_invert": "0", "tessedit_char_whitelist": _LABEL_WHITELIST}
)


#: Ink this much darker than a box's fill (0-255) is a label printed on it (black on a
#: mid-grey box); black text touching a dark-grey box is less far off it.
_DARK_LABEL_MARGIN = 80


def _label_mask(crop: np.ndarray) -> tuple[np.ndarray, float]:
    """Label pixels (anything far from the box's own colour: white or red on black, black
    on grey) as black-on-white, and the share of the crop they cover."""
    value = crop.max(axis=2).astype(np.int16) if crop.ndim == 3 else crop.astype(np.int16)
    median = float(np.median(value))
    distance = np.abs(value - median)
    if crop.ndim == 3:
        # red on black: value alone separates it, but red on grey needs the chroma too
        chroma = crop.max(axis=2).astype(np.int16) - crop.min(axis=2).astype(np.int16)
        distance = np.maximum(distance, chroma - 30)
    # page showing at the crop's edges (a box skewed with the scan, a crop not flush with
    # the box) touches the border; a label sits inside. Paper is lighter than any box, so
    # ink far darker than the box (black on a mid-grey box) is label even where it touches
    # the border (a label printed flush with the box's edge)
    h, w = distance.shape
    loose = ((distance > 22) & (value > median - _DARK_LABEL_MARGIN)).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(loose, connectivity=8)
    page_showing = np.zeros_like(loose, dtype=bool)
    for i in range(1, n):
        x, y, cw, ch, _ = stats[i]
        if x == 0 or y == 0 or x + cw >= w or y + ch >= h:
            page_showing |= labels == i
    # Otsu on the distance from the box colour inside the box: a red label scanned in grey
    # is only ~50 levels off the black, a white one ~200
    interior = distance[~page_showing]
    if interior.size == 0:
        return np.full_like(loose, 255), 0.0
    otsu, _ = cv2.threshold(
        np.clip(interior, 0, 255).astype(np.uint8).reshape(1, -1),
        0,
        255,
        cv2.THRESH_BINARY + cv2.THRESH_OTSU,
    )
    threshold = max(float(otsu), 22.0)
    far = (distance > threshold) & ~page_showing
    # keep the anti-aliased edges of the glyphs: Tesseract reads grey ink better than
    # jagged upscaled binary
    near_label = cv2.dilate(far.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    floor = threshold / 2
    contrast = max(float(np.percentile(distance[far], 95)) if far.any() else 255.0, floor + 20)
    ink = np.clip((distance - floor) * 255.0 / (contrast - floor), 0, 255)
    label = np.where(near_label, 255 - ink, 255).astype(np.uint8)
    return label, float(far.mean())


def _scaled_label(binary: np.ndarray, ink_height: int) -> tuple[np.ndarray | None, int]:
    """A label cut to its ink and scaled so one line of it is `ink_height` px tall;
    (image or None when there is no ink, number of text lines)."""
    ink_rows = np.flatnonzero((binary < 128).any(axis=1))
    ink_cols = np.flatnonzero((binary < 128).any(axis=0))
    if ink_rows.size == 0:
        return None, 0
    binary = binary[ink_rows[0] : ink_rows[-1] + 1, ink_cols[0] : ink_cols[-1] + 1]
    lines = 1 + int(np.sum(np.diff(ink_rows) > 2))
    factor = ink_height * lines / binary.shape[0]
    if abs(factor - 1.0) > 0.1:
        interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
        binary = cv2.resize(binary, None, fx=factor, fy=factor, interpolation=interpolation)
    return binary, lines


#: Longest one Tesseract call on labels may take (a page's labels take < 1 s).
LABEL_OCR_TIMEOUT_S = 30


def _tesseract_words(image: np.ndarray, psm: int) -> list[tuple[str, float, int, int]]:
    """(text, confidence 0..1, top, bottom) of each word Tesseract reads."""
    from pipeline.ocr import OcrTimeout, tesseract_table

    try:
        data = tesseract_table(
            image,
            lang="eng",
            psm=psm,
            variables=_LABEL_OCR_VARIABLES,
            timeout=LABEL_OCR_TIMEOUT_S,
        )
    except OcrTimeout:  # a label Tesseract cannot finish stays unread
        return []
    return [
        (text, float(conf) / 100.0, top, top + height)
        for text, conf, top, height in zip(
            data["text"], data["conf"], data["top"], data["height"], strict=True
        )
        if text.strip()
    ]


def _ocr_crop(binary: np.ndarray, ink_height: int) -> tuple[str, float]:
    """Tesseract on one black-on-white label -> (text, mean word confidence 0..1)."""
    label, lines = _scaled_label(binary, ink_height)
    if label is None:
        return "", 0.0
    pad = max(10, ink_height // 2)
    label = cv2.copyMakeBorder(label, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    words = _tesseract_words(label, 7 if lines == 1 else 6)
    confs = [w[1] for w in words]
    return " ".join(w[0] for w in words), (sum(confs) / len(confs) if confs else 0.0)


def _ocr_labels_batch(binaries: list[np.ndarray], ink_height: int) -> list[tuple[str, float]]:
    """Read many labels with one Tesseract call: the labels are stacked with blank space
    between and the words are handed back to the label they lie in. (Made when each call
    started a `tesseract` process; in-process a call costs ~5 ms, about what a stacked
    label does, so reading labels one by one would cost no more: not changed, as the
    grounds the stack reads are the ones measured on the real gold.)"""
    if not binaries:
        return []
    scaled = [_scaled_label(b, ink_height)[0] for b in binaries]
    gap = ink_height
    width = max((s.shape[1] for s in scaled if s is not None), default=1) + 2 * gap
    rows, spans, y = [], [], gap
    rows.append(np.full((gap, width), 255, np.uint8))
    for label in scaled:
        if label is None:
            spans.append(None)
            continue
        row = np.full((label.shape[0], width), 255, np.uint8)
        row[:, gap : gap + label.shape[1]] = label
        rows.extend([row, np.full((gap, width), 255, np.uint8)])
        spans.append((y, y + label.shape[0]))
        y += label.shape[0] + gap
    words = _tesseract_words(np.vstack(rows), 6)
    out = []
    for span in spans:
        if span is None:
            out.append(("", 0.0))
            continue
        mine = [w for w in words if span[0] - gap / 2 <= (w[2] + w[3]) / 2 <= span[1] + gap / 2]
        confs = [w[1] for w in mine]
        out.append((" ".join(w[0] for w in mine), sum(confs) / len(confs) if confs else 0.0))
    return out


# ink heights tried in turn: one size misreads a glyph another reads right
_LABEL_INK_HEIGHTS = (40, 56, 30)


def _is_clean_reading(text: str) -> bool:
    return (
        bool(text.strip()) and bool(normalize_ground(text, lenient=True)) and is_clean_label(text)
    )


def _read_label(binary: np.ndarray, first: tuple[str, float] | None = None) -> tuple[str, float]:
    """OCR a label at a few sizes; the first reading that is nothing but ground codes wins,
    else the first that holds a ground at all, else the first reading. `first` is a
    reading already made at the first size (in a batch)."""
    readings = []
    for i, ink_height in enumerate(_LABEL_INK_HEIGHTS):
        text, conf = first if (i == 0 and first is not None) else _ocr_crop(binary, ink_height)
        if _is_clean_reading(text):
            return text, conf
        ground = normalize_ground(text, lenient=True) if text.strip() else None
        readings.append((text, conf, ground))
        if not text.strip() and i == 0 and first is None:
            break  # nothing there at all
    with_ground = [r for r in readings if r[2]]
    text, conf, _ = (with_ground or readings)[0]
    return text, conf * 0.8


def _beside_text(box: Box, objs: list[dict], boxes: list[Box]) -> str | None:
    """The ground printed just right (else just left) of a box on its own line."""
    height = box["bottom"] - box["top"]
    reach = max(25.0, 2.5 * min(height, 14.0))
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
        run = _token_run(side, side is right, max_tokens=8, label_only=True)
        while run:
            text = _text_of(run)
            if _label_ground(text) and is_clean_label(text):
                return text
            run = run[:-1] if side is right else run[1:]
        # else the first few tokens next to the box, when they hold a ground at all
        text = _text_of(_token_run(side, side is right, max_tokens=4, label_only=False))
        if _label_ground(text):
            return text
    return None


def _token_run(
    side: list[dict], rightwards: bool, *, max_tokens: int, label_only: bool
) -> list[dict]:
    """The tokens next to a box (nearest first in `side`) up to a gap wider than a space,
    in reading order; with `label_only` also up to the first token that cannot be label."""
    run = [side[0]]
    for obj in side[1:max_tokens]:
        gap = (obj["x0"] - run[-1]["x1"]) if rightwards else (run[-1]["x0"] - obj["x1"])
        if gap > 6.0 or (label_only and not _is_label_token(obj["text"])):
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
        # the page's own OCR already read most labels: crop OCR only for the rest
        for box in boxes:
            reading = _label_from_page_words(box, words)
            if box.get("ground") is None and reading:
                ground = normalize_ground(reading, lenient=True)
                _set_ground(box, ground, reading, SETTINGS.beside_confidence)
    first_readings = _first_label_readings(boxes, image, scale) if not chars else {}
    for box in boxes:
        if box.get("ground") is not None:
            continue
        if chars:
            inside = [c for c in _in_rows_of(chars, box) if _center_inside(c, box, pad=0.5)]
            text = _text_of(inside)
            ground = _label_ground(text)
            if ground:
                _set_ground(box, ground, text, SETTINGS.text_layer_confidence)
                continue
            beside = _beside_text(box, words or chars, boxes)
            if beside:
                _set_ground(box, _label_ground(beside), beside, SETTINGS.beside_confidence)
                continue
            if image is None or not scale:
                _set_ground(box, None, text or None, None)
                continue
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
        _set_ground(box, *_best_reading(readings))
    return boxes


#: Page-OCR words on a box are taken for its label without reading the crop only when
#: Tesseract was this sure of each (0-100): a code misread in running-text mode (`10.2c`)
#: comes with a lower confidence and goes to the crop OCR made for labels.
PAGE_WORDS_LABEL_MIN_CONF = 90.0


def _label_from_page_words(box: Box, words: Sequence[dict]) -> str | None:
    """The page OCR's reading of the label printed on a box, when it is nothing but ground
    codes, each word read with confidence."""
    inside = [w for w in words if _center_inside(w, box, pad=0.5)]
    if not inside or min(float(w.get("conf") or 0.0) for w in inside) < PAGE_WORDS_LABEL_MIN_CONF:
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


def _set_ground(box: Box, ground: str | None, raw: str | None, confidence: float | None) -> None:
    box["ground"] = ground
    box["ground_raw"] = (raw.strip() or None) if raw else None
    box["confidence"] = round(confidence, 3) if confidence is not None else None


def _crop_px(image: np.ndarray, scale: float, x0, top, x1, bottom) -> np.ndarray:
    h, w = image.shape[:2]
    px0, px1 = max(0, int(x0 / scale)), min(w, int(np.ceil(x1 / scale)))
    py0, py1 = max(0, int(top / scale)), min(h, int(np.ceil(bottom / scale)))
    return image[py0:py1, px0:px1]


def _box_label_image(box: Box, image: np.ndarray, scale: float) -> np.ndarray | None:
    crop = _crop_px(image, scale, box["x0"], box["top"], box["x1"], box["bottom"])
    if crop.size == 0:
        return None
    label, share = _label_mask(crop)
    if share < 0.003 or share * crop.shape[0] * crop.shape[1] < 40:  # an empty box
        return None
    return label


def _beside_word_image(box: Box, image: np.ndarray, scale: float) -> np.ndarray | None:
    """The first word printed right of the box (`[box] 5.1.2.e @utrecht.nl`), if any."""
    height = box["bottom"] - box["top"]
    crop = _crop_px(
        image, scale, box["x1"] + 0.5, box["top"] - 1, box["x1"] + 8 * height, box["bottom"] + 1
    )
    if crop.size == 0:
        return None
    gray = crop.max(axis=2) if crop.ndim == 3 else crop
    ink_cols = np.flatnonzero((gray < 128).sum(axis=0) >= 2)
    if ink_cols.size == 0:
        return None
    height_px = crop.shape[0]
    if ink_cols[0] > 2.5 * height_px:
        return None  # nothing right next to the box
    # the first word: ink columns up to the first gap wider than a space
    gaps = np.flatnonzero(np.diff(ink_cols) > 0.3 * height_px)
    end = ink_cols[gaps[0]] + 1 if gaps.size else ink_cols[-1] + 1
    word = gray[:, max(0, ink_cols[0] - 2) : end + 2]
    label = np.where(word < 200, word, 255).astype(np.uint8)
    if (label < 128).mean() < 0.01:
        return None
    return label


def _ocr_label(
    label: np.ndarray | None, first: tuple[str, float] | None = None
) -> tuple[str, float]:
    """Read a label image (the box's own, or the word beside it); ("", 0) when there is none."""
    if label is None:
        return "", 0.0
    return _read_label(label, first)


# --- codes in running text -------------------------------------------------------------


def _group_lines(words: Sequence[dict]) -> list[list[dict]]:
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


def find_text_ground_marks(words: Sequence[dict], boxes: Sequence[Box] = ()) -> list[Box]:
    """Ground codes printed in the page's words with no box around them, as redactions.

    OCR'd releases often keep only the label of a box (`Aan: 5.1.2.e`); each such code is
    a redaction at the code's own word box (method `text_mark`, lower confidence). Codes
    inside or right beside a detected box belong to that box and are skipped, as are
    citations (`artikel 10.2.e`, `op grond van 5.1.2.e Woo`), inventory rows and the
    codes heading an inventory's columns of ticks (`_heads_a_column`).
    """
    lines = _group_lines(words)
    inventory_rows = sum(
        1 for line in lines if _INVENTORY_ROW_RE.search(" ".join(w["text"] for w in line))
    )
    if inventory_rows >= 3:  # an inventory list: its codes are per document, not marks
        return []
    marks: list[Box] = []
    for line in lines:
        text_parts, offsets = [], []
        pos = 0
        for i, word in enumerate(line):
            if i:
                text_parts.append(" ")
                pos += 1
            offsets.append((pos, pos + len(word["text"])))
            text_parts.append(word["text"])
            pos += len(word["text"])
        line_text = "".join(text_parts)
        if _INVENTORY_ROW_RE.search(line_text):
            continue
        for span in find_ground_codes(line_text, marks_only=True):
            hit = [
                w
                for w, (a, b) in zip(line, offsets, strict=True)
                if a < span["end"] and span["start"] < b
            ]
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
    height = box["bottom"] - box["top"]
    reach = max(25.0, 2.5 * min(height, 14.0))
    gap = max(mark["x0"] - box["x1"], box["x0"] - mark["x1"])
    return _vertical_overlap(mark, box) > 0.5 and gap <= reach


# --- labels printed in a colour, without a box ---------------------------------------


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


# --- whited-out passages on scans ----------------------------------------------------
#
# A release that whites text out instead of blacking it leaves no shape to detect: only
# a hole in the text. Two holes are structural: a wide gap inside a line of running text
# (the words on both sides stay where the line set them), and an e-mail header label
# whose value is missing while the labels around it have theirs.


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


def _line_text(line: list[dict]) -> str:
    return " ".join(w["text"] for w in line)


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
        starts = [len(" ".join(w["text"] for w in line[:i])) + (i > 0) for i in range(len(line))]
        before = [
            w for w, s in zip(line, starts, strict=True) if s + len(w["text"]) <= m.start("who")
        ]
        after = [w for w, s in zip(line, starts, strict=True) if s >= m.end("who")]
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


# --- out-of-scope blocks ----------------------------------------------------------------


def _out_of_scope_phrases(words: Sequence[dict]) -> list[Box]:
    phrases = []
    for line in _group_lines(words):
        text_parts, offsets, pos = [], [], 0
        for word in line:
            offsets.append((pos, pos + len(word["text"])))
            text_parts.append(word["text"])
            pos += len(word["text"]) + 1
        line_text = " ".join(text_parts)
        for span in find_ground_codes(line_text):
            if span["ground"] != OUT_OF_SCOPE:
                continue
            hit = [
                w
                for w, (a, b) in zip(line, offsets, strict=True)
                if a < span["end"] and span["start"] < b
            ]
            phrase = _box_around(hit, "text_mark")
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
        and (not r.get("fill") or (fill_luminance(r.get("non_stroking_color")) or 0.0) > 0.8)
        and _is_box_shaped(r["x1"] - r["x0"], r["bottom"] - r["top"], page_width, page_height)
        and r["x1"] - r["x0"] >= SETTINGS.min_box_width_pt  # wide enough for a label
        and r["bottom"] - r["top"] <= 3 * SETTINGS.line_box_min_height_pt
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
    cells = [r for r in rects if _encloses(r, box) and r["bottom"] - r["top"] < 60]
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
            and r["x1"] - r["x0"] >= p_w + 20
            and r["bottom"] - r["top"] >= p_h + 4
            and (r.get("stroke") or (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]) > 3 * p_w * p_h)
        ]
        if candidates:
            best = min(candidates, key=lambda r: (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]))
            found = _new_box(best["x0"], best["top"], best["x1"], best["bottom"], "vector")
        elif image is not None and scale:
            found = _frame_in_image(phrase, image, scale)
        if found is not None:
            _set_ground(found, OUT_OF_SCOPE, phrase["ground_raw"], 0.9)
            if not any(box_iou(found, b) > 0.8 for b in blocks):
                blocks.append(found)
    return blocks


def _frame_in_image(phrase: Box, image: np.ndarray, scale: float) -> Box | None:
    work, up = _to_work_resolution(image, scale)
    pt_per_px = scale * up
    value = work.max(axis=2) if work.ndim == 3 else work
    dark = (value < 150).astype(np.uint8)
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
        if w * pt_per_px < p_w + 20 or h * pt_per_px < p_h + 4 or area > 0.3 * w * h:
            continue  # a solid blob, or too tight to be a frame around the remark
        if best is None or w * h < (best["x1"] - best["x0"]) * (best["bottom"] - best["top"]):
            best = box
    return best


# --- leaks -----------------------------------------------------------------------------


def find_redaction_leaks(chars: Sequence[dict], boxes: Sequence[Box]) -> list[dict]:
    """Text-layer characters hidden under a box: the box covers them but the text is still
    in the PDF. The box's own label (a ground code or out-of-scope phrase) is not a leak.
    Returns one `{x0, top, x1, bottom, n_chars}` per leaking box (the box's bounds and the
    number of hidden non-space characters); never the text.
    """
    leaks = []
    for box in boxes:
        if box.get("method") == "text_mark":
            continue
        shrunk = _shrink(box, 0.5)
        inner = [c for c in chars if c.get("text", "").strip() and _center_inside(c, shrunk)]
        if not inner:
            continue
        inner.sort(key=lambda c: (round(c["top"]), c["x0"]))
        label_ids = _label_char_ids(inner)
        hidden = [c for i, c in enumerate(inner) if i not in label_ids]
        if not hidden:
            continue
        leaks.append(
            {
                "x0": box["x0"],
                "top": box["top"],
                "x1": box["x1"],
                "bottom": box["bottom"],
                "n_chars": len(hidden),
            }
        )
    return leaks


def _shrink(box: Box, by: float) -> Box:
    return {
        "x0": box["x0"] + by,
        "top": box["top"] + by,
        "x1": box["x1"] - by,
        "bottom": box["bottom"] - by,
    }


def _label_char_ids(chars: list[dict]) -> set[int]:
    """Indices of the characters that spell a ground label: its codes with the words printed
    with them (`art. 10.2.e`, `Woo`), or an out-of-scope phrase.

    Label and hidden text can share the box (a label drawn over text that was not
    removed); they are told apart by colour first (the label is printed in a colour the
    hidden text does not have), then by spelling.
    """
    text_parts: list[str] = []
    index_of: list[int | None] = []  # text position -> char index (None: inserted space)
    for i, c in enumerate(chars):
        if i and (
            c["x0"] - chars[i - 1]["x1"] > 0.15 * (c["bottom"] - c["top"])
            or abs(c["top"] - chars[i - 1]["top"]) > 0.5 * (c["bottom"] - c["top"])
        ):
            text_parts.append(" ")
            index_of.append(None)
        text_parts.append(c["text"])
        index_of.extend([i] * len(c["text"]))
    text = "".join(text_parts)
    ids: set[int] = set()
    for span in find_label_spans(text):
        ids.update(i for i in index_of[span["start"] : span["end"]] if i is not None)
    if not ids:
        return ids
    # the rest of a label in the same colour (`Buiten`, the `.` of `5.1.2.e.`) is label too
    label_colors = {_color_key(chars[i]) for i in ids}
    for i, c in enumerate(chars):
        if i not in ids and _color_key(c) in label_colors and not c["text"].isalnum():
            ids.add(i)
    return ids


def _color_key(char: dict) -> str:
    return repr(char.get("non_stroking_color"))


# --- dark bands that are not redactions ----------------------------------------------

_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def _is_inverted_text(box: Box, chars: Sequence[dict], words: Sequence[dict] = ()) -> bool:
    """A filled band with readable text on it (a table header row, a banner, white text on
    black) that is not a ground label: text printed on a background, not a redaction.

    Text layer: characters that are not label and whose colour stands off the fill by
    `SETTINGS.readable_text_contrast` (white on black, black on a grey header band) can be
    read, so the fill hides nothing. Scan: the label reading holds real words and no
    ground. (Text of the fill's own darkness under a box is hidden text, a leak, and keeps
    the box.)
    """
    if box.get("method") == "image" and _page_words_readable(box, words):
        return True  # before the ground: a crop reading of a header band is debris
    if box.get("ground") is not None:
        return False
    if chars and box.get("method") == "vector" and box.get("_fill") is not None:
        inside = sorted(
            (c for c in chars if c.get("text", "").strip() and _center_inside(c, box)),
            key=lambda c: (round(c["top"]), c["x0"]),
        )
        label_ids = _label_char_ids(inside)
        readable = [
            c
            for i, c in enumerate(inside)
            if i not in label_ids
            and c["text"].isalnum()
            and abs((fill_luminance(c.get("non_stroking_color")) or 0.0) - box["_fill"])
            >= SETTINGS.readable_text_contrast
        ]
        return len(readable) >= 3
    if box.get("method") == "image" and box.get("_label_text"):
        return len(_WORD_RE.findall(box["_label_text"])) >= 2
    return False


def _page_words_readable(box: Box, words: Sequence[dict]) -> bool:
    """The page's OCR read words on the box (`Naam CAO`, `Behandelaar` on a grey form
    cell) and no ground: the text shows through, so the fill is a background."""
    inside = [w for w in words if _center_inside(w, box, pad=0.5)]
    if normalize_ground(_text_of(inside)) is not None:
        return False
    sure = [
        w["text"].strip(".,:;|()")
        for w in inside
        if float(w.get("conf") or 0.0) >= SETTINGS.readable_word_min_conf
    ]
    lengths = [len(t) for t in sure if t.isalpha() and len(t) >= 3]
    return len(lengths) >= 2 or any(n >= 6 for n in lengths)


# --- the whole page --------------------------------------------------------------------


def redact_page(
    *,
    width: float,
    height: float,
    rects: Sequence[dict] | None = None,
    chars: Sequence[dict] | None = None,
    words: Sequence[dict] | None = None,
    image: np.ndarray | Any | None = None,
    scale: float | None = None,
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

    Returns (redactions, leaks); redactions sorted top to bottom, left to right.
    """
    image = _as_rgb(image)
    boxes = _find_boxes(width, height, rects or [], chars or [], words or [], image, scale)
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
) -> list[Box]:
    """Every box of the page, each once: filled rectangles, boxes in the image, framed
    out-of-scope blocks, outlined label boxes; top to bottom."""
    boxes = detect_redaction_boxes_vector(rects, width, height, words)
    if image is not None and scale:
        for box in detect_redaction_boxes_image(image, scale, words):
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


__all__ = [
    "OUT_OF_SCOPE",
    "box_iou",
    "detect_redaction_boxes_image",
    "detect_redaction_boxes_vector",
    "detect_out_of_scope_blocks",
    "detect_outlined_label_boxes",
    "fill_luminance",
    "find_redaction_leaks",
    "find_text_ground_marks",
    "read_box_grounds",
    "redact_page",
]
