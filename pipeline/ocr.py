"""Tesseract, behind one module.

Tesseract runs in-process through libtesseract's C API: the language models load once per
worker thread, not once per page and label as a `tesseract` command would (that start-up
was ~0.3 s of every page call and ~0.15 s of every label call). Where the library cannot be
loaded the `tesseract` command is used, with the same arguments and the same table back.

One call gives words, boxes and confidences; the page text is rebuilt from Tesseract's own
block/paragraph/line numbering so that lines stay lines even on a slightly rotated scan.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shlex
import shutil
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from itertools import groupby
from typing import Any

# OpenMP threads inside Tesseract cost 4x wall time on 2 cores; we parallelise over pages.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import numpy as np  # noqa: E402
import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402

from pipeline.pdf_text import PARAGRAPH_GAPS, paragraph_breaks  # noqa: E402

OCR_LANGUAGES = "nld+eng"
OCR_DPI = 300
#: Tesseract retries each line it reads with low confidence on the inverted image, for
#: white-on-black text; on a Woo page that is only a redaction box, whose label the crop OCR
#: of `pipeline.redactions` reads (made for labels): not retrying saves ~10 % of the page's
#: CPU (on the real gold and the bench scans only the debris read off boxes changed).
PAGE_OCR_VARIABLES: Mapping[str, str] = {"tessedit_do_invert": "0"}
#: Longest a page's Tesseract call may take (a normal page takes 2-10 s on one core).
OCR_TIMEOUT_S = 180
#: the columns of Tesseract's TSV output, in order (`GetTsvText` leaves out the header)
TSV_COLUMNS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)


class OcrTimeout(RuntimeError):
    """Tesseract did not finish an image within its timeout (a page: `OCR_TIMEOUT_S`)."""


class OcrUnavailable(RuntimeError):
    """Tesseract or its Dutch language data is missing."""


def check_tesseract() -> None:
    """Fail early, with the fix, when Tesseract cannot run."""
    if shutil.which("tesseract") is None:
        raise OcrUnavailable(
            "tesseract is not installed: run `make install` or "
            "`sudo apt-get install tesseract-ocr tesseract-ocr-nld`"
        )
    langs = set(pytesseract.get_languages(config=""))
    missing = {lang for lang in OCR_LANGUAGES.split("+") if lang not in langs}
    if missing:
        raise OcrUnavailable(
            f"Tesseract language data missing: {', '.join(sorted(missing))}; "
            "install tesseract-ocr-nld (and tesseract-ocr-eng)"
        )


@cache
def _libtesseract() -> ctypes.CDLL | None:
    """libtesseract with the C API's signatures declared, or None where it is not found."""
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
    except OSError:
        return None
    pointer, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    signatures = {
        "TessBaseAPICreate": ([], pointer),
        "TessBaseAPIInit3": ([pointer, text, text], number),
        "TessBaseAPISetVariable": ([pointer, text, text], number),
        "TessBaseAPISetPageSegMode": ([pointer, number], None),
        "TessBaseAPISetImage": ([pointer, pointer, number, number, number, number], None),
        "TessBaseAPISetSourceResolution": ([pointer, number], None),
        "TessBaseAPIRecognize": ([pointer, pointer], number),
        # a pointer, not c_char_p: the string must be handed back to TessDeleteText
        "TessBaseAPIGetTsvText": ([pointer, number], pointer),
        "TessDeleteText": ([pointer], None),
        "TessBaseAPIClear": ([pointer], None),
        "TessBaseAPIDelete": ([pointer], None),
        "TessMonitorCreate": ([], pointer),
        "TessMonitorSetDeadlineMSecs": ([pointer, number], None),
        "TessMonitorDelete": ([pointer], None),
    }
    try:
        for name, (argtypes, restype) in signatures.items():
            function = getattr(lib, name)
            function.argtypes, function.restype = argtypes, restype
    except AttributeError:  # a library without the C API we use: the command still works
        return None
    return lib


class TesseractEngine:
    """One libtesseract instance: its languages loaded and its variables set, once."""

    def __init__(self, lib: ctypes.CDLL, lang: str, variables: Mapping[str, str]) -> None:
        self._lib = lib
        self._api = lib.TessBaseAPICreate()
        if lib.TessBaseAPIInit3(self._api, None, lang.encode()) != 0:
            lib.TessBaseAPIDelete(self._api)
            self._api = None
            raise OcrUnavailable(
                f"Tesseract could not load the language data {lang!r}: "
                "install tesseract-ocr-nld (and tesseract-ocr-eng)"
            )
        # what the command would print on stderr (resolution estimates) goes nowhere
        for key, value in {"debug_file": os.devnull, **variables}.items():
            if not lib.TessBaseAPISetVariable(self._api, key.encode(), value.encode()):
                raise ValueError(f"not a Tesseract variable: {key}")

    def read_tsv(self, gray: np.ndarray, psm: int, dpi: int | None, timeout: float) -> str:
        """Tesseract's TSV rows (no header) for a 2-D uint8 image; `OcrTimeout` when
        recognition runs past `timeout` seconds (Tesseract's own deadline stops it)."""
        lib, api = self._lib, self._api
        pixels = np.ascontiguousarray(gray, dtype=np.uint8)
        height, width = pixels.shape
        lib.TessBaseAPISetPageSegMode(api, psm)
        lib.TessBaseAPISetImage(api, pixels.ctypes.data, width, height, 1, pixels.strides[0])
        if dpi:
            lib.TessBaseAPISetSourceResolution(api, dpi)
        monitor = lib.TessMonitorCreate()
        lib.TessMonitorSetDeadlineMSecs(monitor, max(1, round(timeout * 1000)))
        started = time.monotonic()
        try:
            failed = lib.TessBaseAPIRecognize(api, monitor) != 0
            if time.monotonic() - started > timeout:
                raise OcrTimeout(f"OCR stopped after {timeout:.0f} s (Tesseract timeout)")
            if failed:
                raise RuntimeError(f"Tesseract could not read the {width}x{height} image")
            tsv = lib.TessBaseAPIGetTsvText(api, 0)
            try:
                return ctypes.string_at(tsv).decode("utf-8", errors="replace") if tsv else ""
            finally:
                lib.TessDeleteText(tsv)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(api)

    def __del__(self) -> None:
        if getattr(self, "_api", None):
            self._lib.TessBaseAPIDelete(self._api)
            self._api = None


#: each thread its own engines (a TessBaseAPI is not shared between threads), by config
_ENGINES = threading.local()


def _engine(lang: str, variables: Mapping[str, str]) -> TesseractEngine | None:
    lib = _libtesseract()
    if lib is None:
        return None
    engines: dict[tuple, TesseractEngine] = _ENGINES.__dict__.setdefault("by_config", {})
    key = (lang, tuple(sorted(variables.items())))
    if key not in engines:
        engines[key] = TesseractEngine(lib, lang, variables)
    return engines[key]


def _command_tsv(
    gray: np.ndarray,
    lang: str,
    psm: int,
    dpi: int | None,
    variables: Mapping[str, str],
    timeout: float,
) -> str:
    """The `tesseract` command's TSV rows (header dropped), where libtesseract is missing."""
    options = [f"--psm {psm}"] + ([f"--dpi {dpi}"] if dpi else [])
    options += [f"-c {shlex.quote(f'{key}={value}')}" for key, value in variables.items()]
    # an uncompressed grey file is written in a fraction of the time a PNG takes
    with tempfile.NamedTemporaryFile(suffix=".pgm") as handle:
        Image.fromarray(np.asarray(gray, dtype=np.uint8)).save(handle, format="PPM")
        handle.flush()
        try:
            tsv = pytesseract.image_to_data(
                handle.name, lang=lang, config=" ".join(options), timeout=timeout
            )
        except RuntimeError as exc:
            if "timeout" not in str(exc).lower():
                raise
            raise OcrTimeout(f"OCR stopped after {timeout:.0f} s (Tesseract timeout)") from exc
    return tsv.split("\n", 1)[1] if "\n" in tsv else ""


def _parse_tsv(tsv: str) -> dict[str, list[Any]]:
    """TSV rows -> one list per column; numbers as whole numbers, as pytesseract gave them
    (confidences truncated), so that stored figures did not move with the change."""
    table: dict[str, list[Any]] = {column: [] for column in TSV_COLUMNS}
    numeric = TSV_COLUMNS[:-1]
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < len(numeric):
            continue
        for column, cell in zip(numeric, cells, strict=False):
            table[column].append(int(float(cell)))
        table["text"].append(cells[len(numeric)] if len(cells) > len(numeric) else "")
    return table


def tesseract_table(
    gray: np.ndarray,
    *,
    lang: str,
    psm: int,
    dpi: int | None = None,
    variables: Mapping[str, str] | None = None,
    timeout: float = OCR_TIMEOUT_S,
) -> dict[str, list[Any]]:
    """Tesseract's word table of a grey image (columns `TSV_COLUMNS`, one list each, as
    pytesseract's `image_to_data` gives it); raises `OcrTimeout` past `timeout` seconds.
    `dpi` None lets Tesseract judge the resolution (label crops scaled to a text height)."""
    variables = variables or {}
    engine = _engine(lang, variables)
    if engine is None:
        return _parse_tsv(_command_tsv(gray, lang, psm, dpi, variables, timeout))
    return _parse_tsv(engine.read_tsv(gray, psm, dpi, timeout))


def ocr_image(
    image: Image.Image, points_per_pixel: float, *, psm: int = 3, timeout: float = OCR_TIMEOUT_S
) -> tuple[list[dict[str, Any]], str, float | None]:
    """OCR one page image; raises `OcrTimeout` after `timeout` seconds.

    Returns (words in page points with confidences 0-100 and their `line_no` / `block_no`,
    page text, mean word confidence).
    """
    gray = np.asarray(image.convert("L"))
    table = tesseract_table(
        gray,
        lang=OCR_LANGUAGES,
        psm=psm,
        dpi=round(72.0 / points_per_pixel),
        variables=PAGE_OCR_VARIABLES,
        timeout=timeout,
    )
    words = _page_words(table, points_per_pixel)
    paragraph_blocks(words)
    words += _unread_ink_words(gray, words, points_per_pixel, timeout)
    mean_conf = sum(w["conf"] for w in words) / len(words) if words else None
    return words, page_text(words), mean_conf


# Tesseract's page segmentation (psm 3) drops what it takes for no text: the number
# columns of a table beside their labels, read as a table row by psm 6 ("a single uniform
# block"). Ink of text height that no word covers is read again that way.
#: a blob counts as type between these multiples of the page's median word height...
INK_HEIGHT_RANGE = (0.5, 2.0)
#: ... unless it is mostly ink (a redaction box, a filled logo)
INK_MAX_FILL = 0.6
#: words read in the second pass below this confidence are left out (a logo, a signature)
INK_MIN_CONF = 60.0
#: the second pass runs when at least this many unread blobs stand beside read lines
INK_MIN_CELLS = 2
#: blobs this close to the image's edge (a share of its width) are scan borders
INK_PAGE_MARGIN = 0.03
#: type is darker than this grey (a tinted band or a photo's mid-tones are not)
INK_DARKNESS = 96
#: ... and stands on paper: the pixels around it that are not ink are at least this light
INK_PAPER = 190


def _unread_ink_words(
    gray: np.ndarray, words: list[dict[str, Any]], points_per_pixel: float, timeout: float
) -> list[dict[str, Any]]:
    """Words of the ink no word of the first pass covers, read as one uniform block: a
    table's number columns. [] when there is none, the usual case."""
    region = _unread_ink_region(gray, words, points_per_pixel)
    if region is None:
        return []
    x0, y0, x1, y1 = region
    table = tesseract_table(
        np.ascontiguousarray(gray[y0:y1, x0:x1]),
        lang=OCR_LANGUAGES,
        psm=6,
        dpi=round(72.0 / points_per_pixel),
        variables=PAGE_OCR_VARIABLES,
        timeout=timeout,
    )
    found = _page_words(table, points_per_pixel)
    first_block = 1 + max((w["block_no"] for w in words), default=-1)
    first_line = 1 + max((w["line_no"] for w in words), default=-1)
    kept = []
    for word in found:
        word.update(
            x0=word["x0"] + x0 * points_per_pixel, x1=word["x1"] + x0 * points_per_pixel,
            top=word["top"] + y0 * points_per_pixel, bottom=word["bottom"] + y0 * points_per_pixel,
            line_no=word["line_no"] + first_line, block_no=word["block_no"] + first_block,
        )  # fmt: skip
        if word["conf"] >= INK_MIN_CONF and any(c.isalnum() for c in word["text"]):
            if not any(_overlaps(word, other) for other in words):
                kept.append(word)
    return kept


def _on_paper(gray: np.ndarray, ink: np.ndarray, x: int, y: int, bw: int, bh: int) -> bool:
    """The blob's box, less its ink, is light: type on paper, not a patch of a photo."""
    box, dark = gray[y : y + bh, x : x + bw], ink[y : y + bh, x : x + bw]
    background = box[dark == 0]
    return background.size > 0 and float(background.mean()) >= INK_PAPER


def _line_rows(words: list[dict[str, Any]], points_per_pixel: float) -> list[tuple[float, ...]]:
    """(x0, top, x1, bottom) in pixels of each line the first pass read."""
    rows = []
    for _, line in groupby(words, key=lambda w: w["line_no"]):
        boxes = list(line)
        rows.append(
            tuple(
                f(w[k] for w in boxes) / points_per_pixel
                for f, k in ((min, "x0"), (min, "top"), (max, "x1"), (max, "bottom"))
            )
        )
    return rows


def _beside_a_row(
    x0: float, middle: float, x1: float, rows: list[tuple[float, ...]], slack: float
) -> bool:
    """The blob stands on the row of a line the first pass read, outside its words: a
    cell of that row (a table's number beside its label). `slack`: a skewed scan sets a
    cell far right of its label a little higher or lower."""
    return any(
        top - slack <= middle <= bottom + slack and (x0 > rx1 or x1 < rx0)
        for rx0, top, rx1, bottom in rows
    )


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        a["x0"] < b["x1"]
        and b["x0"] < a["x1"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def _unread_ink_region(
    gray: np.ndarray, words: list[dict[str, Any]], points_per_pixel: float
) -> tuple[int, int, int, int] | None:
    """The pixel box around the blobs of text-sized ink that no word covers, or None."""
    import cv2

    if len(words) < 3:
        return None  # a blank page, or one Tesseract could not read at all
    heights = sorted((w["bottom"] - w["top"]) / points_per_pixel for w in words)
    h = heights[len(heights) // 2]
    ink = (gray < INK_DARKNESS).astype(np.uint8)
    pad = max(2, round(h / 4))
    for w in words:
        ink[
            max(0, round(w["top"] / points_per_pixel) - pad) : round(w["bottom"] / points_per_pixel)
            + pad,
            max(0, round(w["x0"] / points_per_pixel) - pad) : round(w["x1"] / points_per_pixel)
            + pad,
        ] = 0
    # the characters of one number or word touch after closing their gaps
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, round(h / 2)), 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    low, high = INK_HEIGHT_RANGE
    rows = _line_rows(words, points_per_pixel)
    # a scan's dark border or the shadow of the page's edge is no text
    height, width = gray.shape
    margin = round(INK_PAGE_MARGIN * width)
    blobs = []
    for x, y, bw, bh, _area in stats[1:n]:
        if not low * h <= bh <= high * h or bw < 0.3 * h:
            continue
        if ink[y : y + bh, x : x + bw].mean() > INK_MAX_FILL:
            continue
        if not _on_paper(gray, ink, x, y, bw, bh):
            continue  # texture of a photo or a tinted band
        edge = x <= margin or y <= margin or x + bw >= width - margin or y + bh >= height - margin
        if not edge and _beside_a_row(x, y + bh / 2, x + bw, rows, h / 2):
            blobs.append((x, y, x + bw, y + bh))
    if len(blobs) < INK_MIN_CELLS:
        return None
    margin = round(h)  # room around the blobs for the crop
    return (
        max(0, min(b[0] for b in blobs) - margin),
        max(0, min(b[1] for b in blobs) - margin),
        min(gray.shape[1], max(b[2] for b in blobs) + margin),
        min(gray.shape[0], max(b[3] for b in blobs) + margin),
    )


def _page_words(table: dict[str, list[Any]], points_per_pixel: float) -> list[dict[str, Any]]:
    """Tesseract's words in page points, with the running numbers of Tesseract's lines and
    blocks (paragraphs): the page's layout."""
    words: list[dict[str, Any]] = []
    previous: tuple[int, int, int] | None = None
    line_no = block_no = 0
    for i, raw in enumerate(table["text"]):
        text, conf = raw.strip(), float(table["conf"][i])
        if not text or conf < 0:
            continue
        key = (table["block_num"][i], table["par_num"][i], table["line_num"][i])
        if previous is not None and key != previous:
            line_no += 1
            block_no += key[:2] != previous[:2]
        previous = key
        left, top = table["left"][i], table["top"][i]
        words.append(
            {
                "text": text,
                "x0": left * points_per_pixel,
                "top": top * points_per_pixel,
                "x1": (left + table["width"][i]) * points_per_pixel,
                "bottom": (top + table["height"][i]) * points_per_pixel,
                "conf": conf,
                "line_no": line_no,
                "block_no": block_no,
            }
        )
    return words


#: OCR lines measured baseline to baseline: a skewed scan's lines may overlap (see
#: `ParagraphGaps.clamp_normal`)
OCR_PARAGRAPH_GAPS = replace(PARAGRAPH_GAPS, clamp_normal=False)
#: a new Tesseract block whose baseline is less than this share of a word height below
#: the line before stands beside or above it: a column, a box beside the text
LAYOUT_JUMP_SHARE = 0.5


def paragraph_blocks(words: list[dict[str, Any]]) -> None:
    """Renumber `block_no` (in place) so that a block is what a text layer's block is: a
    new one at a paragraph gap (`pdf_text.paragraph_breaks`, the same rule), or where
    Tesseract starts a block that does not stand below the line before (a column). Tesseract
    also starts a block at each row of a short table or a list set at the line pitch, and
    runs paragraphs an empty line apart into one block; neither is a text layer's block."""
    lines = [list(line) for _, line in groupby(words, key=lambda w: w["line_no"])]
    if len(lines) < 2:
        return
    heights = sorted(w["bottom"] - w["top"] for w in words)
    # word boxes, not line boxes: a line's box grows with the scan's skew, a word's hardly
    height = heights[len(heights) // 2]
    baselines = [_baseline(line) for line in lines]
    boxes = [[{"top": b - height, "bottom": b}] for b in baselines]
    breaks = paragraph_breaks(boxes, OCR_PARAGRAPH_GAPS)
    block_no = 0
    for i, line in enumerate(lines):
        new_block = i and line[0]["block_no"] != lines[i - 1][0]["block_no"]
        jump = new_block and baselines[i] - baselines[i - 1] < LAYOUT_JUMP_SHARE * height
        block_no += i in breaks or bool(jump)
        for word in line:
            word["block_no"] = block_no


def _baseline(line: list[dict[str, Any]]) -> float:
    """Where most of a line's words end: its baseline (descenders end lower, a word of
    small letters no higher), from ink boxes that differ by almost half a line."""
    bottoms = sorted(w["bottom"] for w in line)
    return bottoms[len(bottoms) // 2]


def page_text(words: list[dict[str, Any]]) -> str:
    """The page's text: a line per Tesseract line, a blank line between blocks."""
    lines: list[str] = []
    previous_block = None
    for (block_no, _), line in groupby(words, key=lambda w: (w["block_no"], w["line_no"])):
        if previous_block is not None and block_no != previous_block:
            lines.append("")
        lines.append(" ".join(w["text"] for w in line))
        previous_block = block_no
    return "\n".join(lines)
