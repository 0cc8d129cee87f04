"""Page text from a PDF's text layer, and the decision whether a page needs OCR.

Everything here works on pdfplumber page objects or plain dicts; opening files and choosing
what runs where is the flow's job.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

#: A page counts as having a usable text layer when it holds at least this many letters and
#: digits; fewer over a page-sized image means a stamp or stray characters on a scan.
MIN_ALNUM_OVER_IMAGE = 200
MIN_ALNUM = 5
#: Share of the page an image must cover before the page is taken for a scan.
SCAN_IMAGE_COVERAGE = 0.5


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """Lowercase hex SHA-256 of a file's bytes (the contract's `source_id`); a file hashed
    before in this process, with the same size and modification time, is not read again
    (a run checks its files before it starts, then plans them)."""
    stat = os.stat(path)
    return _sha256(str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns, chunk_size)


@lru_cache(maxsize=65536)
def _sha256(path: str, size: int, mtime_ns: int, chunk_size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def image_coverage(images: list[dict[str, Any]], width: float, height: float) -> float:
    """Largest share of the page covered by a single image."""
    page_area = max(width * height, 1.0)
    best = 0.0
    for image in images:
        w = max(0.0, min(image["x1"], width) - max(image["x0"], 0.0))
        h = max(0.0, min(image["bottom"], height) - max(image["top"], 0.0))
        best = max(best, w * h / page_area)
    return best


#: Below this share of plausible words a publisher's OCR layer over a scan is not text and
#: the page is OCRed again. Over the real scans with such a layer (reference letters and
#: bundles, 30 pages) good layers score 0.875 and up; the failed layer of a scanned mail
#: thread (Bij-document+9, headers unreadable in it, legible to Tesseract) 0.71 and 0.79,
#: as its good half-page of body text lifts the score. `(cid:NN)` layers score 0.
MIN_TEXT_LAYER_SCORE = 0.82
#: The bar for a born-digital page (no scan under its text): its fonts make it text unless
#: they lack a Unicode map (glyph codes score near 0); a rotated table that PDFium reads out
#: of order scores 0.3 and is still the page's own text.
MIN_BORN_DIGITAL_SCORE = 0.25
#: Tokens a layer must hold before its score means anything; fewer are judged on letters only.
MIN_SCORED_TOKENS = 8

_CID = re.compile(r"\(cid:\d+\)")
_EDGE_PUNCT = "()[]{}<>\"'“”‘’„«».,;:!?*•·-–—/\\|"
#: A word as printed: letters with inner hyphens or apostrophes, in lower, Title or UPPER case.
_WORD_SHAPE = re.compile(
    r"^(?:[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+|[A-ZÀ-Þ]+)(?:[-'’](?:[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]*))*$"
)
#: Addresses are text but not words: e-mail addresses, web addresses, bare domains.
_ADDRESS = re.compile(r"@|^(?:https?:|www\.)|^[\w.-]+\.(?:nl|com|org|net|eu|be|de|uk|info)$", re.I)
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
#: Longest consonant run a Dutch or English word holds ("angstschreeuw" has eight).
_MAX_CONSONANT_RUN = 6
_CONSONANT_RUN = re.compile(rf"[^aeiouyàáâäèéêëìíîïòóôöùúûü]{{{_MAX_CONSONANT_RUN + 1},}}")
#: One-letter tokens that are words ("u" is Dutch for "you"; "a"/"I" English; list letters).
_ONE_LETTER_WORDS = set("auiIeAUo")


#: Credit for a word-shaped lower-case token that no lexicon knows: Dutch compounds
#: ("datalekken") and OCR slips in real words are common, but so is plausible-looking salad.
UNKNOWN_WORD_CREDIT = 0.5
#: A word read backwards counts from this length on (short reversed strings are often words).
MIN_MIRRORED_LETTERS = 4


@cache
def _lexicon() -> frozenset[str]:
    """Dutch and English words: pyspellchecker's word lists plus spaCy's stop words."""
    from importlib.resources import files

    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

    words = set(DUTCH | ENGLISH)
    for language in ("nl", "en"):
        resource = files("spellchecker") / "resources" / f"{language}.json.gz"
        with gzip.open(resource.open("rb"), "rt", encoding="utf-8") as handle:
            words.update(json.load(handle))
    return frozenset(words)


def _word_credit(token: str) -> float:
    """How much a token reads as a Dutch or English word: 1 for a word in the lexicon or a
    name or abbreviation in capitals, `UNKNOWN_WORD_CREDIT` for another word-shaped string
    (letters, vowels, no impossible consonant run), 0 for anything else."""
    lower = token.lower()
    if len(token) == 1:
        return float(token in _ONE_LETTER_WORDS)
    if len(lower) >= MIN_MIRRORED_LETTERS and lower[::-1] in _lexicon():
        return 1.0  # "raabnepO": a rotated table's text comes out mirrored, but it is text
    if not _WORD_SHAPE.match(token):
        return 0.0
    if lower in _lexicon():
        return 1.0
    letters = lower.replace("-", "").replace("'", "").replace("’", "")
    n_vowels = sum(ch in _VOWELS for ch in letters)
    if n_vowels == 0:
        # Abbreviations in capitals (BO, AP, ICT) are words; lower-case vowel-less runs are not.
        return float(token.isupper() and len(token) <= 5)
    if _CONSONANT_RUN.search(letters):
        return 0.0
    # Names and titles are capitalised and often missing from a lexicon.
    return 1.0 if token[0].isupper() and not token.isupper() else UNKNOWN_WORD_CREDIT


def text_layer_score(text: str) -> float:
    """Share of a text layer that reads as real Dutch or English words, 0..1.

    Every `(cid:NN)` glyph code and U+FFFD counts as a garbage token; tokens with digits
    (dates, grounds, amounts) and addresses are neutral; a run of three or more different
    one-letter tokens ("S M R") counts as garbage, each letter once. No tokens scores 0."""
    n_words, n_garbage = _word_and_garbage_counts(text)
    total = n_words + n_garbage
    return n_words / total if total else 0.0


def _word_and_garbage_counts(text: str) -> tuple[float, float]:
    n_garbage = len(_CID.findall(text)) + text.count("\ufffd")
    text = _CID.sub(" ", text).replace("\ufffd", " ")
    n_words = 0.0
    one_letter_run: list[str] = []
    for raw in _tokens_outside_vertical_text(text):
        token = raw.strip(_EDGE_PUNCT)
        if not token or any(ch.isdigit() for ch in token) or _ADDRESS.search(token):
            continue  # punctuation, numbers, codes, addresses: neither words nor garbage
        if len(token) == 1:
            one_letter_run.append(token)
            continue
        n_words, n_garbage = _close_one_letter_run(one_letter_run, n_words, n_garbage)
        credit = _word_credit(token)
        n_words += credit
        n_garbage += 1.0 - credit
    return _close_one_letter_run(one_letter_run, n_words, n_garbage)


def _tokens_outside_vertical_text(text: str) -> list[str]:
    """Tokens of the layer, less lines of lone letters only ("g g", "n n n"): the letters of
    a column header printed vertically, one line per letter; neither words nor garbage."""
    tokens = []
    for line in text.splitlines():
        line_tokens = line.split()
        letters = [t.strip(_EDGE_PUNCT) for t in line_tokens]
        letters = [t for t in letters if t and not t.isdigit()]
        if len(letters) >= 2 and all(len(t) == 1 for t in letters):
            continue
        tokens += line_tokens
    return tokens


def _close_one_letter_run(run: list[str], n_words: float, n_garbage: float) -> tuple[float, float]:
    """Count a finished run of one-letter tokens: three or more different letters in a row
    is OCR debris; the same letter repeated is a column of ticks in a table ("x x x")."""
    if len(run) >= 3 and len({letter.lower() for letter in run}) > 1:
        n_garbage += len(run)
    elif len(run) < 3:
        real = sum(letter in _ONE_LETTER_WORDS for letter in run)
        n_words += real
        n_garbage += len(run) - real
    run.clear()
    return n_words, n_garbage


def choose_text_method(text: str, images: list[dict[str, Any]], width: float, height: float) -> str:
    """'text_layer' when the page's own text can be used, else 'ocr'.

    A layer is used when it has enough letters for the page (a stamp over a scan is not
    enough) and reads as words (`text_layer_score`): glyph codes and a publisher's failed
    OCR over a scan are not."""
    n_alnum = sum(ch.isalnum() for ch in _CID.sub(" ", text))
    if n_alnum < MIN_ALNUM:
        return "ocr"
    scanned = image_coverage(images, width, height) >= SCAN_IMAGE_COVERAGE
    if scanned and n_alnum < MIN_ALNUM_OVER_IMAGE:
        return "ocr"
    n_words, n_garbage = _word_and_garbage_counts(text)
    bar = MIN_TEXT_LAYER_SCORE if scanned else MIN_BORN_DIGITAL_SCORE
    if n_words + n_garbage >= MIN_SCORED_TOKENS and n_words < bar * (n_words + n_garbage):
        return "ocr"
    return "text_layer"


def text_layer_words(page: Any) -> list[dict[str, Any]]:
    """Words of a pdfplumber page as plain dicts in page coordinates (conf None)."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return [
        {
            "text": w["text"],
            "x0": float(w["x0"]),
            "top": float(w["top"]),
            "x1": float(w["x1"]),
            "bottom": float(w["bottom"]),
            "conf": None,
        }
        for w in words
        if w["text"].strip()
    ]


def text_layer_text(page: Any) -> str:
    """Page text of a pdfplumber page, built as `read_text_layer` builds PDFium's (its
    lines, and an empty line at a paragraph gap)."""
    return text_from_words(text_layer_words(page))


# --- the text layer through PDFium ------------------------------------------------------
#
# pdfplumber (pdfminer) spends ~1 s of pure Python on a full page of text; PDFium reads the
# same characters in a few milliseconds. The words and text below follow pdfplumber's
# defaults (`extract_words()`, `extract_text()`: 3 pt tolerances) so that the stages after
# this one see the same shapes.

#: A page holding more characters than this is refused (a real page holds < 20,000;
#: a hostile one can hold millions in one text draw, and each costs memory).
MAX_PAGE_CHARS = 100_000
WORD_X_TOLERANCE = 3.0
LINE_Y_TOLERANCE = 3.0


class PageTooLarge(ValueError):
    """A page over a per-page budget (characters, pixels): refused with this message."""


def pdfium_chars(textpage: Any, page_height: float) -> list[dict[str, Any]]:
    """The characters of a PDFium text page as pdfplumber-like dicts (top-left origin):
    `text, x0, top, x1, bottom, size, non_stroking_color` (RGB 0..1)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    n_chars = textpage.count_chars()
    if n_chars > MAX_PAGE_CHARS:
        raise PageTooLarge(
            f"the page holds {n_chars:,} characters, more than the {MAX_PAGE_CHARS:,} "
            "characters a page may hold: not read"
        )
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    chars = []
    for i in range(n_chars):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        # PDFium's own line breaks and spaces between words carry no box of their own
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1 or code in (0, 0xFFFE, 0xFFFF):
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        text = chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd"
        if text in "\r\n":
            continue
        pdfium_c.FPDFText_GetFillColor(raw, i, r, g, b, a)
        # pdfplumber's box is one em tall from the font's descent; PDFium's loose box runs
        # from the descent to the font's full ascent (~1.2 em)
        loose_height = rect.top - rect.bottom
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        height = size if 0.6 * loose_height <= size <= 1.2 * loose_height else loose_height
        chars.append(
            {
                "text": text,
                "x0": rect.left,
                "top": page_height - rect.bottom - height,
                "x1": rect.right,
                "bottom": page_height - rect.bottom,
                "size": size,
                "non_stroking_color": (r.value / 255, g.value / 255, b.value / 255),
            }
        )
    return chars


def words_from_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words as pdfplumber's `extract_words()` makes them: characters on one line (tops
    within 3 pt), in x order, split at blanks and at gaps wider than 3 pt (conf None)."""
    words: list[dict[str, Any]] = []
    for line in _cluster_lines(chars, key="top"):
        current: list[dict[str, Any]] = []
        for char in sorted(line, key=lambda c: c["x0"]):
            blank = not char["text"].strip()
            if current and (blank or char["x0"] > current[-1]["x1"] + WORD_X_TOLERANCE):
                words.append(_word(current))
                current = []
            if not blank:
                current.append(char)
        if current:
            words.append(_word(current))
    return words


def text_from_words(words: list[dict[str, Any]], gaps: ParagraphGaps | None = None) -> str:
    """Page text as pdfplumber's `extract_text()` makes it: one line per cluster of word
    tops, words joined by one space; and, unlike it, an empty line where the space between
    two lines marks a new paragraph or block (`paragraph_breaks`)."""
    lines = _cluster_lines(words, key="top")
    breaks = paragraph_breaks(lines, gaps or PARAGRAPH_GAPS)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in breaks:
            out.append("")
        out.append(" ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])))
    return "\n".join(out)


@dataclass(frozen=True)
class ParagraphGaps:
    """When the space between two text lines is a paragraph break.

    A text layer has no empty lines: the blank line a writer typed, or the spacing after a
    paragraph, is only white space between two rows. OCR and plain texts keep such a break
    as an empty line, and the extractors read blocks by it (a header block ends, a subject
    has no continuation, a list of names stops). A break is extra space beyond the page's
    normal gap between lines of more than `extra_share` of a line height. On the real
    born-digital letters (Amsterdam, 10.6 pt type, 14 pt pitch) a normal gap is 3.5 pt and
    a typed empty line 17.4 pt; on DejaVu renderings (10.5 pt, 13.5 pt pitch) 3 and 16.5
    pt; paragraph spacing of 6-8 pt after 10-11 pt type is 0.55-0.75 of a line height.
    The tight spacing inside a letter's label block (9 pt gap) stays one block at 0.6.
    """

    #: extra space, as a share of the page's median word height, that makes a break
    extra_share: float = 0.6
    #: the page's normal gap: this quantile of its gaps (most lines are in a paragraph;
    #: a low quantile also holds on a page whose paragraphs are one or two lines)
    normal_quantile: float = 0.25
    #: below this many gaps the quantile means nothing: the normal gap is then this share
    #: of a line height (1.2 em leading with one-em word boxes)
    min_gaps: int = 3
    default_normal_share: float = 0.2
    #: a normal gap below zero counts as zero: in a text layer only overlapping rows (a
    #: superscript) make one. OCR boxes on a baseline at a skewed scan's pitch may
    #: overlap all the way down the page; there the negative gap is the normal one.
    clamp_normal: bool = True


PARAGRAPH_GAPS = ParagraphGaps()


def paragraph_breaks(lines: list[list[dict[str, Any]]], gaps: ParagraphGaps) -> set[int]:
    """Indices of the lines (clusters of words, top to bottom) that open a paragraph: the
    space between the previous line's bottom and their top is larger than the page's normal
    gap by more than `gaps.extra_share` of the median word height. Geometry only; a line
    that overlaps the previous one (a superscript, a second column's row) never breaks."""
    if len(lines) < 2:
        return set()
    heights = sorted(w["bottom"] - w["top"] for line in lines for w in line)
    height = heights[len(heights) // 2]
    spaces = [
        min(w["top"] for w in below) - max(w["bottom"] for w in above)
        for above, below in zip(lines, lines[1:], strict=False)
    ]
    if len(spaces) >= gaps.min_gaps:
        normal = sorted(spaces)[int(gaps.normal_quantile * (len(spaces) - 1))]
        normal = max(0.0, normal) if gaps.clamp_normal else normal
    else:
        normal = gaps.default_normal_share * height
    bar = normal + gaps.extra_share * height
    return {i + 1 for i, space in enumerate(spaces) if space > bar}


def _cluster_lines(objs: list[dict[str, Any]], key: str) -> list[list[dict[str, Any]]]:
    """Objects grouped into lines: sorted by `key`, a new line where the next value is more
    than `LINE_Y_TOLERANCE` past the previous one (pdfplumber's `cluster_objects`)."""
    lines: list[list[dict[str, Any]]] = []
    last = None
    for obj in sorted(objs, key=lambda o: o[key]):
        if last is None or obj[key] - last > LINE_Y_TOLERANCE:
            lines.append([])
        lines[-1].append(obj)
        last = obj[key]
    return lines


def _word(chars: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "text": "".join(c["text"] for c in chars),
        "x0": float(min(c["x0"] for c in chars)),
        "top": float(min(c["top"] for c in chars)),
        "x1": float(max(c["x1"] for c in chars)),
        "bottom": float(max(c["bottom"] for c in chars)),
        "conf": None,
    }


def pdfium_shapes(page: Any, page_height: float) -> tuple[list[dict], list[dict]]:
    """(rects, images) of a PDFium page as pdfplumber-like dicts (top-left origin).

    rects: axis-aligned rectangles with `fill`, `stroke`, `non_stroking_color`, one per
    rectangle even where one path draws several (`re re re`: table cells, rows of boxes);
    images: `x0, top, x1, bottom` and their size in pixels `px_width, px_height`.
    """
    import pypdfium2.raw as pdfium_c

    rects: list[dict] = []
    images: list[dict] = []
    wanted = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE)
    for obj, forms in _objects_with_forms(page, wanted):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(_image_box(obj, forms, page_height))
        else:
            rects.extend(_path_rects(obj, forms, page_height))
    return rects, images


def _image_box(obj: Any, forms: tuple, page_height: float) -> dict:
    box = _page_box(obj.get_bounds(), forms, page_height)
    try:
        box["px_width"], box["px_height"] = obj.get_px_size()
    except Exception:  # noqa: BLE001 - an image PDFium cannot size: coverage only
        box["px_width"] = box["px_height"] = None
    return box


def _page_box(bounds: tuple, forms: tuple, page_height: float) -> dict:
    """(left, bottom, right, top) in the innermost form's space -> a top-left page box."""
    left, bottom, right, top = bounds
    # an object inside a form XObject has its bounds in the form's space
    for matrix in forms:
        left, bottom, right, top = matrix.on_rect(left, bottom, right, top)
    return {"x0": left, "top": page_height - top, "x1": right, "bottom": page_height - bottom}


def _path_rects(obj: Any, forms: tuple, page_height: float) -> list[dict]:
    """The rectangles a path object draws, with its fill and stroke."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    subpaths = _subpath_points(obj.raw, pdfium_c)
    if not subpaths or not all(_is_rectangle(points) for points in subpaths):
        return []
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill_mode, stroke)
    pdfium_c.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)
    style = {
        "fill": fill_mode.value != 0 and a.value > 0,
        "stroke": bool(stroke.value),
        "non_stroking_color": (r.value / 255, g.value / 255, b.value / 255),
    }
    if len(subpaths) == 1:
        box = _page_box(obj.get_bounds(), forms, page_height)
        _unstroke(box, obj.raw, stroke.value, pdfium_c)
        return [{**box, **style}]
    # several rectangles in one path: each from its own corners, in the page's space
    matrix = obj.get_matrix()
    rects = []
    for points in subpaths:
        xs, ys = zip(*(matrix.on_point(x, y) for x, y in points), strict=True)
        rects.append(
            {**_page_box((min(xs), min(ys), max(xs), max(ys)), forms, page_height), **style}
        )
    return rects


def _unstroke(box: dict, raw_obj: Any, stroked: int, pdfium_c: Any) -> None:
    """PDFium's bounds grow by the line's width on every side; pdfplumber's are the
    path's own."""
    import ctypes

    line_width = ctypes.c_float()
    if stroked and pdfium_c.FPDFPageObj_GetStrokeWidth(raw_obj, line_width):
        grown = line_width.value
        box.update(
            x0=box["x0"] + grown,
            top=box["top"] + grown,
            x1=box["x1"] - grown,
            bottom=box["bottom"] - grown,
        )


def _objects_with_forms(
    page: Any, wanted: tuple[int, ...], form: Any = None, forms: tuple = (), depth: int = 0
) -> Any:
    """(object, matrices of the forms it sits in, innermost first) of the wanted types."""
    import pypdfium2.raw as pdfium_c

    for obj in page.get_objects(max_depth=1, form=form):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _objects_with_forms(page, wanted, obj, (obj.get_matrix(), *forms), depth + 1)
        elif obj.type in wanted:
            yield obj, forms


#: Paths with more segments than this are drawings, not rows of rectangles.
MAX_PATH_SEGMENTS = 400


def _subpath_points(raw_obj: Any, pdfium_c: Any) -> list[list[tuple[float, float]]]:
    """The points of each subpath (a new one at every move-to); [] when the path has a
    curve or too many segments."""
    import ctypes

    n_segments = pdfium_c.FPDFPath_CountSegments(raw_obj)
    if not 4 <= n_segments <= MAX_PATH_SEGMENTS:
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for i in range(n_segments):
        segment = pdfium_c.FPDFPath_GetPathSegment(raw_obj, i)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return []
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([])
        subpaths[-1].append((x.value, y.value))
    return subpaths


def _is_rectangle(points: list[tuple[float, float]]) -> bool:
    """A subpath of 4-6 points that all sit on the corners of its bounds, as drawn by
    `re` or by four lines: what pdfplumber lists in `page.rects`."""
    if not 4 <= len(points) <= 6:
        return False
    xs = {round(x, 1) for x, _ in points}
    ys = {round(y, 1) for _, y in points}
    return len(xs) <= 2 and len(ys) <= 2


def read_text_layer(page: Any) -> dict[str, Any]:
    """A PDFium page's text layer and shapes: `width, height, chars, words, text, rects,
    images` (points, top-left origin). Raises `PageTooLarge` over `MAX_PAGE_CHARS`."""
    width, height = (float(v) for v in page.get_size())
    textpage = page.get_textpage()
    try:
        chars = pdfium_chars(textpage, height)
    finally:
        textpage.close()
    words = words_from_chars(chars)
    rects, images = pdfium_shapes(page, height)
    return {
        "width": width,
        "height": height,
        "chars": chars,
        "words": words,
        "text": text_from_words(words),
        "rects": rects,
        "images": images,
    }


def plumber_text_layer(path: str, page_no: int) -> dict[str, Any]:
    """`read_text_layer`'s shape from pdfplumber, for pages PDFium's characters do not yet
    serve: a rotated page (`/Rotate`), whose characters PDFium gives in unrotated space."""
    import pdfplumber

    with pdfplumber.open(path, pages=[page_no]) as pdf:
        page = pdf.pages[0]
        images = [
            {**im, "px_width": im["srcsize"][0], "px_height": im["srcsize"][1]}
            for im in page.images
        ]
        return {
            "width": float(page.width),
            "height": float(page.height),
            "chars": list(page.chars),
            "words": text_layer_words(page),
            "text": text_layer_text(page),
            "rects": list(page.rects),
            "images": images,
        }
