"""Redaction boxes in a rendered page image, with OpenCV: scanned pages, and text-layer
pages whose boxes sit in an embedded image. Solid dark areas are judged whole (`_Blob`):
one box, boxes on touching lines cut apart (straightened first on a skewed scan), or part
of a picture (a logo, a photo, a chart's bars)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.redactions.geometry import (
    Box,
    _centre,
    _crop_px,
    _is_box_shaped,
    _merge_pieces,
    _new_box,
    _runs,
)
from pipeline.redactions.narrow import _narrow_ones_in_lines
from pipeline.redactions.settings import SETTINGS

#: thicker than any stroke of type (pt): what an opening this wide leaves of the dark
#: pixels is solid areas (boxes, pictures), never text, rules or signatures
STROKE_MAX_PT = 3.2


def _to_work_resolution(image: np.ndarray, scale: float) -> tuple[np.ndarray, float]:
    factor = scale / SETTINGS.work_pt_per_px
    if factor < 0.95:
        size = (max(1, round(image.shape[1] * factor)), max(1, round(image.shape[0] * factor)))
        return cv2.resize(image, size, interpolation=cv2.INTER_AREA), image.shape[1] / size[0]
    return image, 1.0


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
    image: np.ndarray,
    scale: float,
    words: Sequence[dict] = (),
    solids: Sequence[Box] | None = None,
) -> list[Box]:
    """Redaction boxes in a rendered page (RGB uint8); `scale` = PDF points per pixel.

    The box-shaped solid areas of the page (`solid_boxes_image`; `solids` when they were
    found already) of which a box narrower than `min_box_width_pt` is kept only in a line
    of the page's OCR `words` (`_is_narrow_box_in_line`).
    """
    if solids is None:
        solids = solid_boxes_image(image, scale)
    else:  # the steps after fill in the boxes' grounds: the caller's stay as found
        solids = [dict(box) for box in solids]
    return _narrow_ones_in_lines(solids, words, image, scale)


def solid_boxes_image(image: np.ndarray, scale: float) -> list[Box]:
    """The box-shaped solid areas of a rendered page (RGB uint8; `scale` = PDF points per
    pixel), the narrow ones among them still to be tested against the page's words.

    Dark pixels (HSV value < 200: black, grey and dark coloured boxes; yellow highlighter
    and white-outs are light) are opened with a kernel wider than text strokes, so text,
    rules, signatures and stamps vanish and solid areas stay. Each remaining blob is judged
    whole (`_blob_boxes`): one box, boxes on touching lines, or part of a picture. Returned
    boxes are the axis-aligned bounds in points.
    """
    work, up = _to_work_resolution(image, scale)
    pt_per_px = scale * up
    value = work.max(axis=2) if work.ndim == 3 else work
    dark = (value < SETTINGS.dark_value).astype(np.uint8)
    kernel_px = max(3, round(STROKE_MAX_PT / pt_per_px))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (kernel_px, kernel_px))
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, kernel)
    page_w, page_h = solid.shape[1] * pt_per_px, solid.shape[0] * pt_per_px
    boxes, in_pictures = _boxes_of_blobs(_BlobPage(image, scale, up, solid, dark, value, kernel))
    boxes = [
        piece
        for box in boxes
        if not _centre_in_mask(box, in_pictures, pt_per_px)
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
    return solids


@dataclass(frozen=True)
class _BlobPage:
    """A page as the blob reader sees it: the rendered image and its scale, and at working
    resolution (`up` full pixels per working pixel) its opened solid mask, dark mask, grey
    values and the opening kernel."""

    image: np.ndarray
    scale: float
    up: float
    solid: np.ndarray
    dark: np.ndarray
    value: np.ndarray
    kernel: np.ndarray


def _boxes_of_blobs(page: _BlobPage) -> tuple[list[Box], np.ndarray]:
    """The boxes of each solid blob large enough to be one, and the mask of the pictures
    found among the blobs (boxes centred in a picture are its parts, not redactions)."""
    pt_per_px = page.scale * page.up
    n_labels, labels, stats, _ = cv2.connectedComponentsWithStats(page.solid, connectivity=8)
    boxes: list[Box] = []
    in_pictures = np.zeros_like(page.solid)
    for label in range(1, n_labels):
        x, y, w, h, _ = stats[label]
        if (
            h * pt_per_px < SETTINGS.min_box_height_pt
            or w * pt_per_px < SETTINGS.narrow_box_min_width_pt
        ):
            continue
        window = np.s_[y : y + h, x : x + w]
        blob = _Blob(
            (x, y, w, h),
            (labels[window] == label).astype(np.uint8),
            page.dark[window],
            page.value[window],
        )
        if w * pt_per_px < SETTINGS.min_box_width_pt:
            # narrow: one rectangle or nothing (never a stack, never a picture's part)
            rectangle = _as_one_rectangle(blob, page.kernel)
            if rectangle is not None:
                boxes.extend(_one_box(blob, *rectangle, pt_per_px) or [])
            continue
        found = _blob_boxes(blob, page.image, page.scale, page.up, page.kernel)
        if found is None:
            in_pictures[window] |= _picture_inside(blob, 0.4 * page.solid.size)
        else:
            boxes.extend(found)
    return boxes, in_pictures


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


def _centre_in_mask(box: Box, mask: np.ndarray, pt_per_px: float) -> bool:
    """The pixel of `mask` (working pixels) under the centre of `box` (points) is set; for
    the centre of one box inside another see `geometry._center_inside`."""
    cx, cy = _centre(box)
    row = min(mask.shape[0] - 1, int(cy / pt_per_px))
    col = min(mask.shape[1] - 1, int(cx / pt_per_px))
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
    value, foot, pad = _padded_blob(crop, footprint, up)
    matrix, straight_value, filled = _straightened_blob(value, foot)
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


def _padded_blob(
    crop: np.ndarray, footprint: np.ndarray, up: float
) -> tuple[np.ndarray, np.ndarray, int]:
    """The blob's grey values and its (slightly grown) footprint at full resolution, with a
    white border wide enough for the corners to turn into, and that border's width."""
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    size = (crop.shape[1], crop.shape[0])
    foot = cv2.resize(footprint.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST)
    foot = cv2.dilate(foot, np.ones((3, 3), np.uint8), iterations=max(1, round(up)))
    pad = int(np.ceil(np.tan(np.radians(SETTINGS.max_skew_deg)) * max(size))) + 2
    value = cv2.copyMakeBorder(value, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    foot = cv2.copyMakeBorder(foot, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
    return value, foot, pad


def _straightened_blob(
    value: np.ndarray, foot: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rotation that makes the blob's row profile sharpest, the grey values turned by
    it, and the turned blob's mask with its holes filled."""
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
    return matrix, straight_value, filled


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
