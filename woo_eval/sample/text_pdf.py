"""A plain text as a born-digital A4 PDF, and its text gold turned into PDF gold.

The web gold (`tests/gold/webN/*.json`) is written against line numbers of a `.txt`. To
score the same texts as PDFs (and, through `scan.scan_pdf`, as scans) each text line is
drawn as a paragraph: wrapped at the page width as a word processor wraps it, an empty line
is an empty PDF line, and a new page starts when the page is full. The renderer records on
which pages each text line lands, so every line-based position of the gold becomes a page.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_NAME = "DejaVuSans"

#: Gold sections whose rows carry a `line` that becomes a `page_no`.
POSITIONED = ("emails", "meetings", "decisions", "incident_counts", "redaction_marks")


@dataclass(frozen=True)
class PageSettings:
    """An A4 page set like a plain office document: 2 cm margins, 10.5 pt, leading 13.5."""

    width: float = A4[0]
    height: float = A4[1]
    margin: float = 56.7
    font_size: float = 10.5
    leading: float = 13.5

    @property
    def text_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def lines_per_page(self) -> int:
        return int((self.height - 2 * self.margin) // self.leading)


@dataclass(frozen=True)
class LineSpan:
    """The pages a text line is drawn on: its first and last wrapped piece."""

    first_page: int
    last_page: int


def register_font() -> str:
    """DejaVu Sans (Dutch accents, euro sign, dashes) embedded with a ToUnicode map."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH)))
    return FONT_NAME


def text_lines(text: str) -> list[str]:
    """The lines as `cat -n` numbers them (gold line N is item N-1): split on newline only,
    since the gold writers numbered by newline, not by every Unicode line break."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # a final newline ends the last line, it does not start one
    return [line.rstrip("\r").replace("\t", "    ") for line in lines]


def _split_long_word(word: str, fits) -> list[str]:
    """A word wider than the page (a URL) broken by characters, as a PDF writer would."""
    pieces, current = [], ""
    for char in word:
        if current and not fits(current + char):
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def wrap_line(line: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of one text line at `width` points; an empty line stays one line.
    Runs of spaces inside a line are kept (columns set with spaces stay apart); a wrapped
    piece starts at its first word."""

    def fits(candidate: str) -> bool:
        return pdfmetrics.stringWidth(candidate, font, size) <= width

    pieces: list[str] = []
    current = ""
    for token in re.findall(r"\s*\S+", line):
        if fits(current + token):
            current += token
            continue
        if current.strip():
            pieces.append(current)
        word = token.lstrip()
        parts = _split_long_word(word, fits) if not fits(word) else [word]
        pieces.extend(parts[:-1])
        current = parts[-1]
    return [*pieces, current] if current.strip() or not pieces else pieces


def render_text_pdf(
    text: str,
    out: Path,
    settings: PageSettings | None = None,
    new_pages: frozenset[int] = frozenset(),
) -> list[LineSpan]:
    """Write `text` to `out` as a PDF with a text layer; the pages of each text line. A line
    numbered in `new_pages` starts a new page, as each document of a bundle does."""
    settings = settings or PageSettings()
    font = register_font()
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(out), pagesize=(settings.width, settings.height), invariant=1)
    canvas.setFont(font, settings.font_size)
    page, row, spans = 1, 0, []
    for number, line in enumerate(text_lines(text), start=1):
        first_page = None
        if number in new_pages and row:
            row = settings.lines_per_page  # the page break below
        for piece in wrap_line(line, settings.text_width, font, settings.font_size):
            if row == settings.lines_per_page:
                canvas.showPage()
                canvas.setFont(font, settings.font_size)
                page, row = page + 1, 0
            first_page = first_page or page
            y = settings.height - settings.margin - settings.font_size - row * settings.leading
            canvas.drawString(settings.margin, y, piece)
            row += 1
        spans.append(LineSpan(first_page or page, page))
    canvas.showPage()
    canvas.save()
    return spans


def wrapped_text(text: str, settings: PageSettings | None = None) -> tuple[str, list[int]]:
    """`text` as the born-digital PDF's text layer reads it, without a PDF: each line wrapped
    as `render_text_pdf` wraps it, empty lines dropped (PDFium joins the lines of a page with
    no empty line between paragraphs). Also the new 1-based line of each old line. Ingested
    as text, it tells the cost of wrapping apart from that of reading a PDF, in seconds."""
    settings = settings or PageSettings()
    font = register_font()
    out: list[str] = []
    where = []
    for line in text_lines(text):
        where.append(len(out) + 1)
        if line.strip():
            out += wrap_line(line, settings.text_width, font, settings.font_size)
    return "\n".join(out) + "\n", where


def gold_renumbered(gold: dict[str, Any], where: list[int], source: str) -> dict[str, Any]:
    """The text gold `gold` for a rewrapped text (`wrapped_text`): every line position moved
    to the new number of its line; still `kind: text`."""
    out = copy.deepcopy(gold)
    out.update(source=source, text_source=gold["source"])

    def moved(line: int | None) -> int | None:
        return None if line is None or not where else where[min(max(line, 1), len(where)) - 1]

    for document in out.get("documents", []):
        document["first_line"] = moved(document.get("first_line"))
        document["last_line"] = moved(document.get("last_line"))
    for section in POSITIONED:
        for row in out.get(section, []):
            row["line"] = moved(row.get("line"))
    return out


def _page_of(line: int | None, spans: list[LineSpan], last: bool = False) -> int | None:
    """The page of 1-based text line `line` (its last piece's page when `last`); a line past
    the end (gold counting a final line the text lacks) is on the last page."""
    if line is None or not spans:
        return None
    span = spans[min(max(line, 1), len(spans)) - 1]
    return span.last_page if last else span.first_page


def gold_as_pdf(gold: dict[str, Any], spans: list[LineSpan], source: str) -> dict[str, Any]:
    """The text gold `gold` for the PDF rendering: `kind: pdf`, `source`, and every line
    position as the page it was drawn on (documents: first and last page). The text's
    printed redaction codes stay `redaction_marks`: they are scored per file, not per box."""
    out = copy.deepcopy(gold)
    out.update(kind="pdf", source=source, text_source=gold["source"])
    for document in out.get("documents", []):
        document["first_page"] = _page_of(document.get("first_line"), spans)
        document["last_page"] = _page_of(document.get("last_line"), spans, last=True)
        document["first_line"] = document["last_line"] = None
    for section in POSITIONED:
        for row in out.get(section, []):
            if row.get("line") is not None:
                row["page_no"] = _page_of(row["line"], spans)
                row["text_line"], row["line"] = row["line"], None
    return out
