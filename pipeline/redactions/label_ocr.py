"""Label images and their OCR: the label printed on a box cut from it by colour (white or
red on black, black on grey), the word printed right of a box, read by Tesseract (through
`pipeline.ocr`) at a few sizes, many labels of a page stacked into one call."""

from __future__ import annotations

from types import MappingProxyType

import cv2
import numpy as np

from pipeline.grounds import is_clean_label, normalize_ground
from pipeline.redactions.geometry import Box, _crop_px
from pipeline.redactions.settings import SETTINGS

# what a label can contain: codes, separators, "Buiten reikwijdte", "Niet relevant", "Art."
_LABEL_WHITELIST = "0123456789.,;:/abcdefghiklnoprstuvwjABEINRTUVWKJDOL "


#: label OCR reads only what a ground label can hold, and never retries inverted
_LABEL_OCR_VARIABLES = MappingProxyType(
    {"tessedit_do_invert": "0", "tessedit_char_whitelist": _LABEL_WHITELIST}
)


def _label_mask(crop: np.ndarray) -> tuple[np.ndarray, float]:
    """Label pixels (anything far from the box's own colour: white or red on black, black
    on grey) as black-on-white, and the share of the crop they cover."""
    value = crop.max(axis=2).astype(np.int16) if crop.ndim == 3 else crop.astype(np.int16)
    median = float(np.median(value))
    distance = np.abs(value - median)
    if crop.ndim == 3:
        # red on black: value alone separates it, but red on grey needs the chroma too
        chroma = crop.max(axis=2).astype(np.int16) - crop.min(axis=2).astype(np.int16)
        distance = np.maximum(distance, chroma - SETTINGS.label_chroma_floor)
    # page showing at the crop's edges (a box skewed with the scan, a crop not flush with
    # the box) touches the border; a label sits inside. Paper is lighter than any box, so
    # ink far darker than the box (black on a mid-grey box) is label even where it touches
    # the border (a label printed flush with the box's edge)
    h, w = distance.shape
    loose = (
        (distance > SETTINGS.label_ink_min_distance) & (value > median - SETTINGS.dark_label_margin)
    ).astype(np.uint8)
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
    threshold = max(float(otsu), float(SETTINGS.label_ink_min_distance))
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


#: Longest one Tesseract call on labels may take (a page's labels take < 1 s). A module
#: constant, not a `RedactionSettings` field: it bounds how long a run may hang on one
#: call, like `pipeline.ocr.OCR_TIMEOUT_S` for a page, and decides nothing about what a
#: label is (no label of the gold comes near it).
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


def _box_label_image(box: Box, image: np.ndarray, scale: float) -> np.ndarray | None:
    crop = _crop_px(image, scale, box["x0"], box["top"], box["x1"], box["bottom"])
    if crop.size == 0:
        return None
    label, share = _label_mask(crop)
    if (
        share < SETTINGS.box_label_min_ink_share
        or share * crop.shape[0] * crop.shape[1] < SETTINGS.box_label_min_ink_px
    ):  # an empty box
        return None
    return label


def _beside_word_image(box: Box, image: np.ndarray, scale: float) -> np.ndarray | None:
    """The first word printed right of the box (`[box] 5.1.2.e @utrecht.nl`), if any."""
    height = box["bottom"] - box["top"]
    margin = SETTINGS.beside_word_margin_pt
    crop = _crop_px(
        image,
        scale,
        box["x1"] + SETTINGS.beside_word_start_pt,
        box["top"] - margin,
        box["x1"] + SETTINGS.beside_word_reach_em * height,
        box["bottom"] + margin,
    )
    if crop.size == 0:
        return None
    gray = crop.max(axis=2) if crop.ndim == 3 else crop
    ink = SETTINGS.beside_word_ink_value
    ink_cols = np.flatnonzero((gray < ink).sum(axis=0) >= SETTINGS.beside_word_min_column_ink_px)
    if ink_cols.size == 0:
        return None
    height_px = crop.shape[0]
    if ink_cols[0] > SETTINGS.beside_word_max_start_em * height_px:
        return None  # nothing right next to the box
    # the first word: ink columns up to the first gap wider than a space
    gaps = np.flatnonzero(np.diff(ink_cols) > SETTINGS.beside_word_max_gap_em * height_px)
    end = ink_cols[gaps[0]] + 1 if gaps.size else ink_cols[-1] + 1
    pad = SETTINGS.beside_word_pad_px
    word = gray[:, max(0, ink_cols[0] - pad) : end + pad]
    label = np.where(word < SETTINGS.beside_word_paper_value, word, 255).astype(np.uint8)
    if (label < ink).mean() < SETTINGS.beside_word_min_ink_share:
        return None
    return label


def _ocr_label(
    label: np.ndarray | None, first: tuple[str, float] | None = None
) -> tuple[str, float]:
    """Read a label image (the box's own, or the word beside it); ("", 0) when there is none."""
    if label is None:
        return "", 0.0
    return _read_label(label, first)
