"""One model of a document for every extractor: a spaCy `Doc` built from the page words.

The tokens are the page words themselves (`Doc(vocab, words=..., spaces=...)`, never
re-tokenised): from the text layer or from Tesseract, each with its box, OCR confidence and
page. Lines and blocks come from geometry (Tesseract's layout analysis, or the text layer's
words clustered by their tops the way pdfplumber builds its page text), and the line breaks
between them are whitespace tokens, so `doc.text` is exactly the page texts the rest of the
pipeline stores, pages joined by a blank line. That keeps every character offset an
extractor computes on `doc.text` a place on a page: `doc.char_span(a, b)` gives the tokens
and `evidence_of(span)` their page and box.

A plain-text release (pages without words) gets tokens from its text with synthetic line
geometry (flagged on the page: its boxes are never reported as evidence), so the same
extractors run on it unchanged.

What an extractor reads:
- `doc.spans["pages"]`, `doc.spans["lines"]`, `doc.spans["blocks"]`, `doc.spans["redactions"]`
  (a box or a printed code; `span._.ground` its canonical ground, NULL when unreadable);
- token extensions `page_no`, `x0`, `top`, `x1`, `bottom`, `conf`, `redacted`;
- `doc._.document` (the segmentation row), `doc._.pages` (`PageInfo` per page);
- `page_lines(doc)`: the document's lines in reading order, blank lines kept, each with its
  span, the one line view the extractors share; `page_texts(doc)` and `doc_text(doc)` the
  texts without spaCy joining the tokens again.
What it writes: rows through `doc._.records.add(table, row, evidence=span)`, each checked
against `models/schema.py` (`models.records.check_row`); the row types are in
`models/records.py`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from pdfplumber.utils import cluster_objects
from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from models.records import DocumentRow, PageWord, RedactionRow, Row, StructurePage, check_row
from pipeline.grounds import find_ground_codes
from pipeline.nlp import get_nlp
from pipeline.pdf_text import PARAGRAPH_GAPS, paragraph_breaks

#: pdfplumber's y_tolerance: text-layer words whose tops differ less share a line (the same
#: rule `page.extract_text()` applies, so the lines are the stored page text's lines).
LINE_TOLERANCE = 3.0
#: Synthetic geometry of a plain-text page: one line per text line, a fixed character width.
SYNTHETIC_LINE_HEIGHT = 12.0
SYNTHETIC_CHAR_WIDTH = 6.0
#: Share of a token's area a redaction box must cover for the token to count as under it.
REDACTED_OVERLAP = 0.5
PAGE_SEPARATOR = "\n\n"
#: A word of a plain-text page, or the empty match at the end that closes the last gap.
_WORD_OR_END_RE = re.compile(r"\S+|\Z")


class Box(NamedTuple):
    """A rectangle in PDF points, origin top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float


def union_box(boxes: Iterable[Box]) -> Box | None:
    """The smallest box around all of `boxes` (None when there are none)."""
    boxes = list(boxes)
    if not boxes:
        return None
    return Box(
        min(b.x0 for b in boxes),
        min(b.top for b in boxes),
        max(b.x1 for b in boxes),
        max(b.bottom for b in boxes),
    )


@dataclass(frozen=True)
class PageInfo:
    """What the document model knows of one page besides its tokens."""

    page_no: int
    width: float | None
    height: float | None
    text_method: str | None
    #: True when the boxes are invented from a plain text (no real geometry to show).
    synthetic: bool


class TokenGeometry(NamedTuple):
    """Per-token data behind the token extensions (None fields for line-break tokens).
    A NamedTuple: one is made per word, and a tuple is several times cheaper to build than
    a frozen dataclass."""

    page_no: int
    box: Box | None
    conf: float | None
    redacted: bool


#: `tuple.__new__(Box, (...))` builds a named tuple without the Python-level `__new__` of
#: `Box(...)`: half the cost, for the one box and geometry made per word of a document.
_new = tuple.__new__


class Line(NamedTuple):
    """One line of a page as the extractors read it: stripped text, '' for a blank line."""

    page_no: int
    text: str
    span: Span | None


# --------------------------------------------------------------------------- extensions


#: Where `doc._.geometry` lives in `doc.user_data` (spaCy's key for a Doc extension).
_GEOMETRY_KEY = ("._.", "geometry", None, None)
_LINES_KEY = "woo_page_lines"
_TEXT_KEY = "woo_text"
_PAGE_CHARS_KEY = "woo_page_chars"  # (start, end) in doc.text per page
_TOKEN_CHARS_KEY = "woo_token_chars"  # (starts, ends) in doc.text of every token
_LINE_CHARS_KEY = "woo_line_chars"  # (start, end) in doc.text per line span
_BLOCK_CHARS_KEY = "woo_block_chars"  # (start, end) in doc.text per block span
_MARK_CHARS_KEY = "woo_mark_chars"  # (start, end) in doc.text per printed redaction code


def _geometry(token: Token) -> TokenGeometry:
    return token.doc.user_data[_GEOMETRY_KEY][token.i]


def _box_part(index: int):
    def getter(token: Token) -> float | None:
        box = _geometry(token).box
        return None if box is None else box[index]

    return getter


def register_extensions() -> None:
    """Token/Span/Doc extensions of the document model (idempotent)."""
    if Token.has_extension("page_no"):
        return
    Token.set_extension("page_no", getter=lambda t: _geometry(t).page_no)
    for index, name in enumerate(Box._fields):
        Token.set_extension(name, getter=_box_part(index))
    Token.set_extension("conf", getter=lambda t: _geometry(t).conf)
    Token.set_extension("redacted", getter=lambda t: _geometry(t).redacted)
    Span.set_extension("ground", default=None)
    for name in ("geometry", "pages", "document", "records", "errors"):
        Doc.set_extension(name, default=None)


register_extensions()


# --------------------------------------------------------------------------- layout


def assign_lines(words: list[PageWord], text_method: str | None) -> list[PageWord]:
    """Give words without a layout their `line_no` and `block_no` from geometry (in place).

    Text layer: words whose tops lie within LINE_TOLERANCE share a line, as pdfplumber
    clusters them for the page text; a paragraph gap above a line (`paragraph_breaks`, the
    rule that puts an empty line in the page text there) starts a block. OCR words in
    reading order without Tesseract's numbering: a word that starts left of the previous
    one, or whose middle is above or below it, starts a line. Words that already carry a
    `line_no` (Tesseract's own layout) are left as they are.
    """
    if not words or all("line_no" in w for w in words):
        return words
    if text_method != "text_layer":
        _reading_order_lines(words)
    else:
        _clustered_lines(words)
    return words


def _reading_order_lines(words: list[PageWord]) -> None:
    """OCR words in reading order: a new line where a word goes back left or leaves the
    previous word's height."""
    line_no = 0
    for n, word in enumerate(words):
        previous = words[n - 1] if n else None
        centre = (word["top"] + word["bottom"]) / 2
        if previous is not None and (
            word["x0"] < previous["x0"] or not previous["top"] <= centre <= previous["bottom"]
        ):
            line_no += 1
        word["line_no"], word["block_no"] = line_no, 0


def _clustered_lines(words: list[PageWord]) -> None:
    """Text-layer words: lines by their tops (pdfplumber's clustering), blocks by the gaps."""
    clusters = cluster_objects(list(range(len(words))), lambda i: words[i]["top"], LINE_TOLERANCE)
    breaks = paragraph_breaks([[words[i] for i in members] for members in clusters], PARAGRAPH_GAPS)
    block_no = 0
    for line_no, members in enumerate(clusters):
        block_no += line_no in breaks
        for i in members:
            words[i]["line_no"], words[i]["block_no"] = line_no, block_no


def _word_lines(words: list[PageWord], text_method: str | None) -> list[tuple[int, list[int]]]:
    """(block_no, word indices) per line, in reading order."""
    words = assign_lines([dict(w) for w in words], text_method)
    lines: dict[int, list[int]] = defaultdict(list)
    blocks: dict[int, int] = {}
    for i, word in enumerate(words):
        lines[word["line_no"]].append(i)
        blocks[word["line_no"]] = word.get("block_no", 0)
    return [(blocks[n], lines[n]) for n in sorted(lines)]


# --------------------------------------------------------------------------- building


class _Builder:
    """Accumulates the words, spaces and per-token geometry of one document."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.geometry: list[TokenGeometry] = []
        self.lines: list[tuple[int, int]] = []  # token ranges
        self.blocks: list[tuple[int, int]] = []
        self.pages: list[tuple[int, int]] = []

    def token(self, text: str, geometry: TokenGeometry, space: bool = False) -> None:
        self.words.append(text)
        self.spaces.append(space)
        self.geometry.append(geometry)

    def whitespace(self, text: str, page_no: int) -> None:
        if self.words and self.spaces[-1] is False and text == " " and not self.words[-1].isspace():
            self.spaces[-1] = True  # a single space after a word is that word's trailing space
            return
        self.token(text, TokenGeometry(page_no, None, None, False))

    def add_words_page(self, page: StructurePage) -> None:
        page_no = page["page_no"]
        words = [w for w in page["words"] if str(w.get("text") or "").strip()]
        block_start, previous_block = len(self.words), None
        for n, (block_no, members) in enumerate(_word_lines(words, page.get("text_method"))):
            if n:
                # a block break (Tesseract's, or a text layer's paragraph gap) is an empty
                # line in the page text
                new_block = block_no != previous_block
                if new_block:
                    self.blocks.append((block_start, len(self.words)))
                self.whitespace("\n\n" if new_block else "\n", page_no)
                if new_block:
                    block_start = len(self.words)
            previous_block = block_no
            line_start = len(self.words)
            self._add_line_words([words[i] for i in members], page_no)
            self.lines.append((line_start, len(self.words)))
        if len(self.words) > block_start:
            self.blocks.append((block_start, len(self.words)))

    def _add_line_words(self, line: list[PageWord], page_no: int) -> None:
        """The words of one line, each but the last followed by a space."""
        words, geometry = self.words, self.geometry
        for w in line:
            box = _new(Box, (float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])))
            words.append(str(w["text"]).strip())
            geometry.append(_new(TokenGeometry, (page_no, box, w.get("conf"), False)))
        self.spaces += [True] * (len(line) - 1) + [False] if line else []

    def add_text_page(self, page_no: int, text: str) -> None:
        """Tokens of a page that only has text: whitespace-separated, synthetic line boxes.

        A whitespace run between words is one token, a single space the trailing space of
        the word before; its line breaks, as `str.splitlines` counts them (\\n, \\r\\n,
        \\f, \\u2028 ...), end the line, two or more the block. (One loop with local
        state: it runs once per word of a plain-text release.)"""
        words, spaces, geometry = self.words, self.spaces, self.geometry
        line_no, line_start_char = 0, 0
        line_first = block_first = None  # the current line's and block's first word
        last_word, end = 0, 0
        for m in _WORD_OR_END_RE.finditer(text):
            start = m.start()
            if start > end:
                if end and start == end + 1 and text[end] == " ":
                    spaces[-1] = True
                else:
                    rest = (text[end:start] + "x").splitlines()
                    if len(rest) > 1:
                        if line_first is not None:
                            self.lines.append((line_first, last_word + 1))
                            line_first = None
                        if len(rest) > 2 and block_first is not None:
                            self.blocks.append((block_first, last_word + 1))
                            block_first = None
                        line_no += len(rest) - 1
                        line_start_char = start - (len(rest[-1]) - 1)
                    self.whitespace(text[end:start], page_no)
            end = m.end()
            if start == len(text):
                break
            last_word = len(words)
            if line_first is None:
                line_first = last_word
            if block_first is None:
                block_first = last_word
            x0 = (start - line_start_char) * SYNTHETIC_CHAR_WIDTH
            top = line_no * SYNTHETIC_LINE_HEIGHT
            box = _new(Box, (x0, top, x0 + (end - start) * SYNTHETIC_CHAR_WIDTH, top + 10.0))
            words.append(text[start:end])
            spaces.append(False)
            geometry.append(_new(TokenGeometry, (page_no, box, None, False)))
        if line_first is not None:
            self.lines.append((line_first, last_word + 1))
        if block_first is not None:
            self.blocks.append((block_first, last_word + 1))

    def text(self) -> str:
        return "".join(w + " " if s else w for w, s in zip(self.words, self.spaces, strict=True))

    def extend(self, other: _Builder) -> None:
        """Append another builder's tokens, lines and blocks (one page built on its own)."""
        shift = len(self.words)
        self.words += other.words
        self.spaces += other.spaces
        self.geometry += other.geometry
        self.lines += [(a + shift, b + shift) for a, b in other.lines]
        self.blocks += [(a + shift, b + shift) for a, b in other.blocks]


def _words_page(page: StructurePage) -> _Builder | None:
    """The page built from its words, when they reproduce its text exactly; None for a page
    without words or whose text and words disagree (a test's hand-made page, an old
    database): that page is read as text."""
    if not page.get("words"):
        return None
    built = _Builder()
    built.add_words_page(page)
    text = page.get("text")
    if not built.words or (text is not None and built.text() != text):
        return None
    return built


def build_doc(
    vocab: Vocab, pages: Sequence[StructurePage], document: DocumentRow | None = None
) -> Doc:
    """The document model of `pages` (in order) with `document` (a segmentation row)."""
    builder, infos = _build_pages(pages)
    doc = Doc(vocab, words=builder.words, spaces=builder.spaces)
    doc._.geometry = builder.geometry
    _remember_offsets(doc, builder)
    doc._.pages = infos
    doc._.document = document or {}
    doc._.records = Records()
    doc._.errors = []
    doc.spans["pages"] = [Span(doc, a, b, label="page") for a, b in builder.pages]
    doc.spans["lines"] = [Span(doc, a, b, label="line") for a, b in builder.lines]
    doc.spans["blocks"] = [Span(doc, a, b, label="block") for a, b in builder.blocks]
    doc.spans["redactions"] = _redaction_spans(doc, pages)
    return doc


def _build_pages(pages: Sequence[StructurePage]) -> tuple[_Builder, list[PageInfo]]:
    """The tokens of every page (from its words, else from its text), pages apart."""
    builder = _Builder()
    infos: list[PageInfo] = []
    for n, page in enumerate(pages):
        if n:
            builder.whitespace(PAGE_SEPARATOR, page["page_no"])
        start = len(builder.words)
        built = _words_page(page)
        if built is not None:
            builder.extend(built)
        else:
            builder.add_text_page(page["page_no"], page.get("text") or "")
        builder.pages.append((start, len(builder.words)))
        size = (page.get("width"), page.get("height"), page.get("text_method"))
        infos.append(PageInfo(page["page_no"], *size, synthetic=built is None))
    return builder, infos


def _remember_offsets(doc: Doc, builder: _Builder) -> None:
    """Keep the text and the character ranges of pages and lines, which spaCy would
    otherwise recompute token by token on every `span.text` and `span.start_char`."""
    text = builder.text()
    starts = [*doc.to_array(IDX).tolist(), len(text)]
    words = builder.words

    def chars(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        # a span's end_char: its last token's start plus that token's length
        return [(starts[a], starts[b - 1] + len(words[b - 1]) if b > a else starts[a])
                for a, b in ranges]  # fmt: skip

    doc.user_data[_TEXT_KEY] = text
    token_starts = starts[:-1]
    token_ends = [a + len(w) for a, w in zip(token_starts, words, strict=True)]
    doc.user_data[_TOKEN_CHARS_KEY] = token_starts, token_ends
    doc.user_data[_PAGE_CHARS_KEY] = chars(builder.pages)
    doc.user_data[_LINE_CHARS_KEY] = chars(builder.lines)
    doc.user_data[_BLOCK_CHARS_KEY] = chars(builder.blocks)


# --------------------------------------------------------------------------- redactions


def _covered(word_boxes: np.ndarray, box: Box) -> np.ndarray:
    """Which of `word_boxes` (rows of x0, top, x1, bottom) lie at least `REDACTED_OVERLAP`
    of their area under `box` (all of a page's words at once: a page has thousands of
    word-box pairs)."""
    x0, top, x1, bottom = word_boxes.T
    w = np.minimum(x1, box.x1) - np.maximum(x0, box.x0)
    h = np.minimum(bottom, box.bottom) - np.maximum(top, box.top)
    area = (x1 - x0) * (bottom - top)
    return (w > 0) & (h > 0) & (area > 0) & (w * h >= REDACTED_OVERLAP * area)


def _runs(indices: list[int], geometry: list[TokenGeometry]) -> list[tuple[int, int]]:
    """Contiguous token ranges of `indices` (line-break tokens between them bridged)."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and all(geometry[k].box is None for k in range(runs[-1][1], i)):
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _redaction_spans(doc: Doc, pages: Sequence[StructurePage]) -> list[Span]:
    """A span per redaction box (the tokens under it, marked `redacted`) and per redaction
    code printed in the text, each with its ground: a redacted name is one unit."""
    spans: list[Span] = []
    marks: list[tuple[int, int]] = []
    text = doc.user_data[_TEXT_KEY]
    page_ranges = zip(
        doc.user_data[_PAGE_CHARS_KEY], doc.spans["pages"], doc._.pages, pages, strict=True
    )
    for (start, end), page_span, info, page in page_ranges:
        boxes = [r for r in page.get("redactions") or [] if r.get("x0") is not None]
        if boxes and not info.synthetic:
            spans += _box_spans(doc, range(page_span.start, page_span.end), boxes)
        # codes are found by regular expression on the text, as OCR glues them to their
        # neighbours (`512eCC:`); char_span maps each match back to the words around it
        for code in find_ground_codes(text[start:end], marks_only=True, written_out=info.synthetic):
            a, b = start + code["start"], start + code["end"]
            marks.append((a, b))
            span = doc.char_span(a, b, "mark", alignment_mode="expand")
            if span is not None:
                span._.ground = code["ground"]
                spans.append(span)
    doc.user_data[_MARK_CHARS_KEY] = marks
    return spans


def _box_spans(doc: Doc, tokens: range, boxes: list[RedactionRow]) -> list[Span]:
    """The tokens under each redaction box of a page as spans with the box's ground; those
    tokens are marked `redacted`."""
    geometry: list[TokenGeometry] = doc._.geometry
    boxed = [i for i in tokens if geometry[i].box is not None]
    word_boxes = np.array([geometry[i].box for i in boxed], dtype=float).reshape(-1, 4)
    spans = []
    for redaction in boxes:
        box = Box(*(float(redaction[k]) for k in Box._fields))
        under = [boxed[k] for k in np.flatnonzero(_covered(word_boxes, box))]
        for a, b in _runs(under, geometry):
            span = Span(doc, a, b, label="box")
            span._.ground = redaction.get("ground")
            spans.append(span)
        for i in under:
            geometry[i] = geometry[i]._replace(redacted=True)
    return spans


# --------------------------------------------------------------------------- reading


def page_lines(doc: Doc) -> list[Line]:
    """Every line of the document in reading order, page by page, blank lines kept as ''.

    The same sequence `text.splitlines()` gives on each page's text (blank lines separate
    paragraphs for several rules), but each line carries its span: tokens, page, box.
    """
    cached = doc.user_data.get(_LINES_KEY)
    if cached is not None:
        return cached
    line_spans = list(doc.spans["lines"])
    line_starts = [a for a, _ in doc.user_data[_LINE_CHARS_KEY]]
    by_start = dict(zip(line_starts, line_spans, strict=True))
    text = doc.user_data[_TEXT_KEY]
    out: list[Line] = []
    for (start, end), info in zip(doc.user_data[_PAGE_CHARS_KEY], doc._.pages, strict=True):
        pos = start
        for part in text[start:end].splitlines(keepends=True):
            stripped = part.strip()
            span = by_start.get(pos + len(part) - len(part.lstrip())) if stripped else None
            out.append(Line(info.page_no, stripped, span))
            pos += len(part)
    doc.user_data[_LINES_KEY] = out  # every extractor reads them; the doc does not change
    return out


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept from building: spaCy's property joins every token again on each call
    (a few milliseconds per document)."""
    text = doc.user_data.get(_TEXT_KEY)
    return doc.text if text is None else text


def token_chars(doc: Doc) -> tuple[list[int], list[int]]:
    """(starts, ends) in `doc.text` of every token (`token.idx`, `token.idx + len(token)`
    without making a Token each), kept from building."""
    return doc.user_data[_TOKEN_CHARS_KEY]


def line_chars(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of every span of `doc.spans["lines"]`, kept from building."""
    return doc.user_data[_LINE_CHARS_KEY]


def block_chars(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of every span of `doc.spans["blocks"]`, kept from building."""
    return doc.user_data[_BLOCK_CHARS_KEY]


def page_chars(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of every page of `doc.spans["pages"]`, kept from building."""
    return doc.user_data[_PAGE_CHARS_KEY]


def mark_chars(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) in `doc.text` of every redaction code printed in the text (the codes of
    `grounds.find_ground_codes(page_text, marks_only=True)`, page by page): what a
    text rule masks, without searching the text for codes a second time."""
    return doc.user_data[_MARK_CHARS_KEY]


def page_texts(doc: Doc) -> list[tuple[int, str]]:
    """(page_no, text) of every page, exactly as stored."""
    text = doc_text(doc)
    return [
        (info.page_no, text[a:b])
        for (a, b), info in zip(doc.user_data[_PAGE_CHARS_KEY], doc._.pages, strict=True)
    ]


def evidence_of(span: Span | Sequence[Token] | None) -> dict[str, Any]:
    """`page_no` and the box (`x0, top, x1, bottom`) around the tokens of `span` on its
    first page; no box for a plain-text page (its geometry is invented)."""
    tokens = [t for t in span or [] if not t.is_space]
    if not tokens:
        return {}
    doc = tokens[0].doc
    page_no = doc._.geometry[tokens[0].i].page_no
    evidence: dict[str, Any] = {"page_no": page_no}
    synthetic = {p.page_no for p in doc._.pages if p.synthetic}
    if page_no in synthetic:
        return evidence
    box = union_box(
        doc._.geometry[t.i].box
        for t in tokens
        if doc._.geometry[t.i].page_no == page_no and doc._.geometry[t.i].box is not None
    )
    if box is not None:
        evidence.update(box._asdict())
    return evidence


def token_box(token: Token) -> Box | None:
    """The word box of `token` (None for a line break), without the extension lookups."""
    return token.doc.user_data[_GEOMETRY_KEY][token.i].box


#: A horizontal gap between two words of a line this many points wide or wider separates
#: two columns of a table (a word space is 2-4 points at body sizes).
COLUMN_GAP_POINTS = 18.0


def column_gapped_text(line: Line, gap: float = COLUMN_GAP_POINTS) -> str:
    """The line's text with two spaces where its words stand `gap` points or more apart:
    a table's columns (`J. Jansen` | `Gemeente Utrecht`) that the page text joined with
    one space. The text as it is on a plain-text page, or without word boxes."""
    if line.span is None:
        return line.text
    words = [t for t in line.span if not t.is_space and token_box(t) is not None]
    if len(words) < 2:
        return line.text
    parts = [words[0].text]
    for before, word in zip(words, words[1:], strict=False):
        apart = token_box(word).x0 - token_box(before).x1
        # `en  Mariëtte`: a run of spaces is a token of its own, `before` has none after it
        spaced = word.idx > before.idx + len(before.text)
        parts.append(("  " if apart >= gap else " " if spaced else "") + word.text)
    return "".join(parts)


def line_box(line: Line) -> Box | None:
    """The box around the line's words (None for a blank line or a plain-text page)."""
    if line.span is None:
        return None
    return union_box(b for t in line.span if (b := token_box(t)) is not None)


def side_by_side_rows(lines: list[Line], gap: float = COLUMN_GAP_POINTS) -> list[tuple[int, str]]:
    """(page, text) of the lines, each joined (two spaces between) with the later lines of
    its page that stand beside it, right of it, on the same row: a table whose columns OCR
    read as blocks of their own (the names, then their organisations). Lines keep their
    column-gapped text (`column_gapped_text`); the lines joined to an earlier one are left
    out where they stood."""
    boxes = [line_box(line) for line in lines]
    taken: set[int] = set()
    rows: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if i in taken:
            continue
        text, box = column_gapped_text(line, gap), boxes[i]
        for j in range(i + 1, len(lines)) if box is not None else ():
            if lines[j].page_no != line.page_no:
                break
            other = boxes[j]
            if j in taken or other is None:
                continue
            middle = (other.top + other.bottom) / 2
            if box.top <= middle <= box.bottom and other.x0 - box.x1 >= gap:
                text += "  " + column_gapped_text(lines[j], gap)
                box = union_box([box, other])
                taken.add(j)
        rows.append((line.page_no, text))
    return rows


def evidence_box(spans: Iterable[Span | Token | None], page_no: int) -> dict[str, float]:
    """`x0, top, x1, bottom` around the tokens of `spans` that lie on page `page_no` (the
    page the rule tied its row to); empty on a plain-text page or without such tokens."""
    boxes = []
    for span in spans:
        if span is None:
            continue
        doc = span.doc
        tokens = [span] if isinstance(span, Token) else span
        for token in tokens:
            geometry = doc._.geometry[token.i]
            if geometry.page_no == page_no and geometry.box is not None:
                boxes.append(geometry.box)
    if not boxes or any(p.synthetic for p in doc._.pages if p.page_no == page_no):
        return {}
    return union_box(boxes)._asdict()


def as_doc(document: Doc | dict[str, Any]) -> Doc:
    """The document model of `document`: itself, or built from a segmentation row with its
    "pages" (how tests and callers outside the spaCy pipeline hand a document over)."""
    if isinstance(document, Doc):
        return document
    pages = sorted(document.get("pages") or [], key=lambda p: p["page_no"])
    row = {k: v for k, v in document.items() if k != "pages"}
    if pages and not row.get("source_id"):
        row["source_id"] = pages[0].get("source_id")
    return build_doc(get_nlp().vocab, pages, row)


def span_of_chars(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens around characters `start:end` of `doc.text` (a regular expression's match
    mapped back to the words)."""
    return doc.char_span(start, end, alignment_mode="expand")


# --------------------------------------------------------------------------- records


class Records:
    """The rows extractors produce, by table: the one way a component writes its output.
    A row is checked against `models/schema.py` as it is added (`check_row`): a column the
    table does not have is an error naming both, not a value the loader drops."""

    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = defaultdict(list)

    def add(self, table: str, row: Row, evidence: Span | Sequence[Token] | None = None) -> Row:
        """Append `row` to `table`; `evidence` (the tokens used) sets its page and box."""
        if evidence is not None:
            found = evidence_of(evidence)
            if row.get("page_no") is not None and found.get("page_no") != row["page_no"]:
                found = {}  # the rule tied the row to another page than these tokens
            row.update(found)
        check_row(table, row)
        self.tables[table].append(row)
        return row

    def __getitem__(self, table: str) -> list[Row]:
        return self.tables[table]
