"""A scanned page read with its redaction boxes painted out (`read_scan_boxes_blanked`).

Tesseract binarises a page with one global threshold: a page of black boxes pulls it so
low that faint type (a quoted mail printed in grey) drops out, and a box's edge is read
together with the letters beside it as junk (`Onderwerp: Re: [box]` -> `= = iii`). So the
page is read with its boxes paper-white, and what the boxes were to the readers after OCR
is given back:

- the page's words get one word `BOX_MARK` per blanked box, at the box, in the OCR line it
  stands in (`Onderwerp: Re: ▮`): the e-mail readers take it for a redacted value as they
  took the junk read off a box, and the document model marks it redacted under its box;
- the redaction reader gets the words Tesseract read, without the marks: on a blanked box
  it had read only debris before, and its label crops are cut from the page as scanned.

Only black boxes with nothing printed on them are blanked (`_blanks`): a label on a box
(`5.1.2.e` white on black), the text of a dark band that is no redaction (a table's header
row, a form's section heading, white on grey), and grey boxes, which lie above the
threshold, stay for Tesseract to read as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import cv2
import numpy as np
from PIL import Image

from pipeline.grounds import BOX_MARK
from pipeline.ocr import ocr_image, page_text, paragraph_blocks
from pipeline.redactions.geometry import Box, _crop_px, _vertical_overlap
from pipeline.redactions.image import (
    STROKE_MAX_PT,
    detect_redaction_boxes_image,
    solid_boxes_image,
)
from pipeline.redactions.settings import SETTINGS

Word = dict[str, Any]


@dataclass(frozen=True)
class ScanRead:
    """A scanned page's OCR, read with its black, empty boxes blanked."""

    #: the page's words, a `BOX_MARK` at each blanked box in its line
    words: list[Word]
    text: str
    #: mean confidence of the words Tesseract read
    confidence: float | None
    #: the words Tesseract read, without the marks: what the redaction reader is to see
    read_words: list[Word]
    #: the page image's solid areas (`solid_boxes_image`), for the redaction reader not to
    #: find them again; None when none were looked for
    solids: list[Box] | None


def read_scan_boxes_blanked(
    image: np.ndarray, scale: float, text_image: Image.Image, width: float
) -> ScanRead:
    """OCR of a scanned page with its black, empty redaction boxes blanked.

    `image`: the page rendered for the box detector (RGB, `scale` points per pixel);
    `text_image`: the grey image Tesseract reads, of a page `width` points wide. With
    `blank_boxes_before_ocr` off, or no such box on the page, it is the plain OCR of the
    page, both word lists the same."""
    points_per_pixel = width / text_image.width
    if not SETTINGS.blank_boxes_before_ocr:
        return _plain_read(text_image, points_per_pixel, None)
    solids = solid_boxes_image(image, scale)
    # the narrow ones stand in lines of words, which are still to be read: left as they are
    boxes = detect_redaction_boxes_image(image, scale, (), solids)
    blanked = [box for box in boxes if _blanks(box, image, scale)]
    if not blanked:
        return _plain_read(text_image, points_per_pixel, solids)
    words, _, confidence = ocr_image(
        _blank(text_image, blanked, points_per_pixel), points_per_pixel
    )
    page_words = _with_box_marks(words, blanked)
    # blocks found again with the marks in their lines: the row of a box alone on it, empty
    # in the blanked read, is no paragraph gap (`Kopie: [box]` / `[box]` / `Onderwerp:`)
    paragraph_blocks(page_words)
    return ScanRead(page_words, page_text(page_words), confidence, words, solids)


def _plain_read(
    text_image: Image.Image, points_per_pixel: float, solids: list[Box] | None
) -> ScanRead:
    """The page read as it is: both word lists the same."""
    words, text, confidence = ocr_image(text_image, points_per_pixel)
    return ScanRead(words, text, confidence, words, solids)


def _blanks(box: Box, image: np.ndarray, scale: float) -> bool:
    """Is `box` one to paint out: black (a grey box lies above Tesseract's threshold) and
    with nothing printed on it."""
    crop = _crop_px(image, scale, box["x0"], box["top"], box["x1"], box["bottom"])
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    if value.size == 0 or float(np.median(value)) >= SETTINGS.blank_max_box_value:
        return False
    return not _printed_on(box, image, scale)


def _printed_on(box: Box, image: np.ndarray, scale: float) -> bool:
    """Is anything lighter than the box printed inside its outline (`_inside_outline`)? Not
    the label reader's test (`label_ocr._box_label_image`): on a skewed scan the upright
    bounds hold paper at their corners, and a heading printed close to a band's edge
    (`Toelichting Incidentlocatie`) touches that paper, so the label reader, which takes
    ink touching its crop's border for paper, finds no label there."""
    pad = 2 * SETTINGS.blank_print_edge_pt  # room to see the whole outline of a skewed box
    crop = _crop_px(
        image, scale, box["x0"] - pad, box["top"] - pad, box["x1"] + pad, box["bottom"] + pad
    )
    value = crop.max(axis=2) if crop.ndim == 3 else crop
    dark = (value < SETTINGS.dark_value).astype(np.uint8)
    inside = _inside_outline(dark, round(pad / scale), scale)
    if inside is None:
        return True  # no solid part: not a box to paint over
    # strokes, not a pixel's sliver of paper along an edge the outline missed, nor specks
    light = cv2.morphologyEx((1 - dark) & inside, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    light = int(light.sum())
    share = SETTINGS.blank_print_min_share * max(1, int(inside.sum()))
    return light >= SETTINGS.blank_print_min_px and light >= share


def _inside_outline(dark: np.ndarray, pad: int, scale: float) -> np.ndarray | None:
    """A 0/1 mask of what lies inside a box, in the crop of its `dark` pixels with `pad`
    pixels of page around it: the rotated rectangle around the box's solid parts (letters
    across a band cut it apart; a neighbour's edge in the pad is not the box's), taken
    `blank_print_edge_pt` in from its edge and kept within the box's upright bounds
    (boxes of two lines that touch are one solid part). None when the crop holds no
    solid part."""
    stroke = max(3, round(STROKE_MAX_PT / scale))
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((stroke, stroke), np.uint8))
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    height, width = dark.shape
    parts = [
        c
        for c in contours
        if _centre_within(cv2.boundingRect(c), pad, pad, width - pad, height - pad)
    ]
    if not parts:
        return None
    (cx, cy), (w, h), angle = cv2.minAreaRect(np.vstack(parts))
    edge = 2 * SETTINGS.blank_print_edge_pt / scale
    outline = cv2.boxPoints(((cx, cy), (max(1.0, w - edge), max(1.0, h - edge)), angle))
    inside = np.zeros_like(dark)
    cv2.fillPoly(inside, [np.round(outline).astype(np.int32)], 1)
    rim = max(1, pad + round(SETTINGS.blank_print_edge_pt / scale))
    inside[:rim], inside[-rim:], inside[:, :rim], inside[:, -rim:] = 0, 0, 0, 0
    return inside


def _centre_within(rect: Sequence[int], x0: float, top: float, x1: float, bottom: float) -> bool:
    x, y, w, h = rect
    return x0 <= x + w / 2 <= x1 and top <= y + h / 2 <= bottom


def _blank(image: Image.Image, boxes: Sequence[Box], points_per_pixel: float) -> Image.Image:
    """A copy of the grey page `image` with the ink of each box, and
    `SETTINGS.blank_margin_pt` of blur around it, paper-white. The ink, not the box's
    rectangle: on a skewed scan the upright bounds of a box reach past its edge into the
    line below (the tops of `dinsdag 4 augustus 2020 18:07` under a sender's box, read
    `cinscag ... 18:0/` once cut off). A box is what stays of the dark pixels around it
    after an opening wider than any stroke, as the detector finds it: the letters beside
    it are thinner and stay."""
    gray = np.array(image.convert("L"))
    margin = max(1, round(SETTINGS.blank_margin_pt / points_per_pixel))
    stroke = max(3, round(STROKE_MAX_PT / points_per_pixel))
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (stroke, stroke))
    grow = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * margin + 1, 2 * margin + 1))
    # the bounds hold a skewed box's corners; they are found at the detector's coarser
    # resolution, up to a pixel of it off
    reach = 2 * margin + 1
    for box in boxes:
        x0, top = (max(0, round(box[k] / points_per_pixel) - reach) for k in ("x0", "top"))
        x1 = min(gray.shape[1], round(box["x1"] / points_per_pixel) + reach)
        bottom = min(gray.shape[0], round(box["bottom"] / points_per_pixel) + reach)
        crop = gray[top:bottom, x0:x1]
        dark = (crop < SETTINGS.dark_value).astype(np.uint8)
        solid = cv2.dilate(cv2.morphologyEx(dark, cv2.MORPH_OPEN, opening), grow)
        crop[solid.astype(bool)] = 255
    return Image.fromarray(gray)


def _with_box_marks(words: list[Word], boxes: Sequence[Box]) -> list[Word]:
    """`words` (Tesseract's order, lines numbered) with a `BOX_MARK` word at each box, put
    in the line the box stands in, in x order, or in a line of its own (a box alone on its
    row, a box taller than the line beside it) before the first line below it; lines
    numbered again in order."""
    lines = [list(line) for _, line in groupby(words, key=lambda w: w["line_no"])]
    for box in sorted(boxes, key=lambda b: (b["top"], b["x0"])):
        # no confidence: nothing was read here (the column is NULL for the text layer too)
        mark = {"text": BOX_MARK, **{k: box[k] for k in ("x0", "top", "x1", "bottom")}}
        mark["conf"] = None
        line = _line_of(mark, lines)
        if line is None:
            at = _new_line_at(mark, lines)
            block_no = lines[at - 1][0]["block_no"] if at else 0  # until blocks are found again
            lines.insert(at, [{**mark, "block_no": block_no}])
        else:
            line.append({**mark, "block_no": line[0]["block_no"]})
            line.sort(key=lambda w: w["x0"])
    return [{**w, "line_no": n} for n, line in enumerate(lines) for w in line]


def _line_box(line: Sequence[Word]) -> Box:
    return {
        "x0": min(w["x0"] for w in line),
        "top": min(w["top"] for w in line),
        "x1": max(w["x1"] for w in line),
        "bottom": max(w["bottom"] for w in line),
    }


def _line_of(box: Word, lines: list[list[Word]]) -> list[Word] | None:
    """The line a box stands in: one it shares at least half its height with, and not
    much lower than the box (a box over several lines is a line of its own); of several,
    the nearest across (a form's row holds a label column and a value column)."""
    height = box["bottom"] - box["top"]
    best, best_gap = None, float("inf")
    for line in lines:
        around = _line_box(line)
        if _vertical_overlap(box, around) < 0.5 or height > 2 * (around["bottom"] - around["top"]):
            continue
        gap = max(0.0, around["x0"] - box["x1"], box["x0"] - around["x1"])
        if gap < best_gap:
            best, best_gap = line, gap
    return best


def _new_line_at(box: Word, lines: list[list[Word]]) -> int:
    """Where a line of its own for `box` goes: before the first line below its middle that
    runs across its span (the next line of its column), else before the first line below
    it at all, else at the end."""
    middle = (box["top"] + box["bottom"]) / 2
    below = [
        (i, around)
        for i, around in enumerate(_line_box(line) for line in lines)
        if (around["top"] + around["bottom"]) / 2 > middle
    ]
    for i, around in below:
        if around["x0"] < box["x1"] and box["x0"] < around["x1"]:
            return i
    return below[0][0] if below else len(lines)
