"""Drawing primitives for the sample release: text runs, redaction boxes, and their gold.

Every piece drawn on a page is recorded at the same time, so the gold can never drift from
the PDF: visible words in the order they are drawn, redaction boxes with ground and style,
and leaks (text left under a box). Coordinates in the gold are PDF points with the origin
at the page's top-left, as pdfplumber reports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 72.0
RIGHT = PAGE_WIDTH - 72.0
TOP = 70.0
BOTTOM = PAGE_HEIGHT - 60.0

BODY_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"
BODY_SIZE = 10.0
LEADING = 13.5


def _bullet_font() -> str | None:
    """DejaVu Sans for list bullets when installed.

    Helvetica's bullet extracts as `(cid:127)`; an embedded TrueType font carries a ToUnicode
    map, so pdfplumber reads a real `•` as Word-made PDFs give it. Without the font, bullets
    are drawn as dots (no character at all).
    """
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        return None
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
    return "DejaVuSans"


BULLET_FONT = _bullet_font()

# Separately drawn strings closer than pdfplumber's x_tolerance (3 pt) merge into one word,
# so anything drawn on its own (a box, a label, a font change) keeps this distance.
GAP = 5.5

STYLES = (
    "black_white_label",
    "black_red_label",
    "grey_black_label",
    "code_beside_box",
    "no_code",
    "out_of_scope_text",
)


@dataclass(frozen=True)
class Span:
    """Visible text drawn in one font; its words become gold words."""

    text: str
    font: str = BODY_FONT
    size: float | None = None
    color: tuple[float, float, float] = (0, 0, 0)


@dataclass(frozen=True)
class Redact:
    """A passage replaced by a box. `hidden` is never drawn (except when `leaky`)."""

    hidden: str
    ground: str | None = "5.1.2.e"
    label: str | None = None  # printed text; defaults to `ground`; None with no_code
    style: str | None = None  # None: the writer's default style
    leaky: bool = False  # draw the text, then the box over it (a failed redaction)


@dataclass
class PageGold:
    page_no: int
    words: list[str] = field(default_factory=list)
    redactions: list[dict] = field(default_factory=list)
    leaks: list[dict] = field(default_factory=list)


def _round_box(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {
        "x0": round(x0, 2),
        "top": round(top, 2),
        "x1": round(x1, 2),
        "bottom": round(bottom, 2),
    }


class FileWriter:
    """One PDF under construction plus its page gold."""

    def __init__(self, path: Path, title: str, default_style: str = "black_white_label") -> None:
        # invariant=1 fixes the timestamps and document id, so the bytes depend only on content
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("woo-pipeline sample")
        self.default_style = default_style
        self.pages: list[PageGold] = []
        self.y = TOP
        self._open = False

    # pages -------------------------------------------------------------------------------

    @property
    def page(self) -> PageGold:
        return self.pages[-1]

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        if self._open:
            self.canvas.showPage()
        self.pages.append(PageGold(page_no=len(self.pages) + 1))
        self._open = True
        self.y = TOP

    def close(self) -> list[PageGold]:
        if self._open:
            self.canvas.showPage()
        self.canvas.save()
        return self.pages

    def space(self, points: float) -> None:
        self.y += points

    def _check(self) -> None:
        if self.y > BOTTOM + 1:
            raise ValueError(f"page {self.page_no} overflows (y={self.y:.1f})")

    # low-level drawing -------------------------------------------------------------------

    def draw_words(
        self,
        text: str,
        x: float,
        baseline: float,
        font: str = BODY_FONT,
        size: float = BODY_SIZE,
        color: tuple[float, float, float] = (0, 0, 0),
        record: bool = True,
    ) -> float:
        """Draw `text` with its left edge at x; return the x after it."""
        c = self.canvas
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x, PAGE_HEIGHT - baseline, text)
        if record:
            self.page.words.extend(text.split())
        return x + stringWidth(text, font, size)

    def _box(self, x0: float, top: float, x1: float, bottom: float, grey: float) -> None:
        c = self.canvas
        c.setFillColorRGB(grey, grey, grey)
        c.rect(x0, PAGE_HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)

    @staticmethod
    def _label_size(size: float) -> float:
        return min(7.5, size - 2.5)

    def redaction_width(self, r: Redact, font: str, size: float) -> float:
        style = r.style or self.default_style
        label = self._label(r, style)
        hidden_w = stringWidth(r.hidden, font, size)
        label_w = stringWidth(label, BODY_FONT, self._label_size(size)) if label else 0.0
        if style in ("black_white_label", "black_red_label", "grey_black_label"):
            return max(hidden_w, label_w + 6) + 4
        if style == "code_beside_box":
            return hidden_w + 4 + 3 + label_w
        return hidden_w + 4

    @staticmethod
    def _label(r: Redact, style: str) -> str | None:
        if style == "no_code":
            return None
        return r.label if r.label is not None else r.ground

    def draw_redaction(self, r: Redact, x: float, baseline: float, font: str, size: float) -> float:
        """Draw a box where `r.hidden` would stand; record it; return the x after it."""
        style = r.style or self.default_style
        label = self._label(r, style)
        label_size = self._label_size(size)
        hidden_w = stringWidth(r.hidden, font, size)
        top = baseline - 0.86 * size
        bottom = baseline + 0.26 * size
        if style == "code_beside_box":
            box_w = hidden_w + 4
        else:
            box_w = self.redaction_width(r, font, size)
        x1 = x + box_w
        if r.leaky:
            # the failed redaction: the words go into the text layer, the box only hides them
            self.draw_words(r.hidden, x + 2, baseline, font, size, record=False)
            self.page.leaks.append(
                {**_round_box(x, top, x1, bottom), "n_chars": len(r.hidden.replace(" ", ""))}
            )
        grey = 0.72 if style == "grey_black_label" else 0.0
        self._box(x, top, x1, bottom, grey)
        end = x1
        if label:
            label_w = stringWidth(label, BODY_FONT, label_size)
            label_base = bottom - (bottom - top - 0.72 * label_size) / 2
            if style == "code_beside_box":
                end = self.draw_words(label, x1 + 3, baseline, BODY_FONT, label_size, record=False)
            else:
                color = {"black_white_label": (1, 1, 1), "black_red_label": (1, 0.3, 0.3)}.get(
                    style, (0, 0, 0)
                )
                lx = x + (box_w - label_w) / 2
                self.draw_words(label, lx, label_base, BODY_FONT, label_size, color, record=False)
        self.page.redactions.append(
            {
                **_round_box(x, top, x1, bottom),
                "ground": r.ground if label or style != "no_code" else None,
                "ground_raw": label,
                "style": style,
            }
        )
        return end

    # lines and paragraphs ----------------------------------------------------------------

    def _tokens(self, segments: list, font: str, size: float) -> list:
        tokens: list = []
        for seg in segments:
            if isinstance(seg, str):
                seg = Span(seg, font, size)
            if isinstance(seg, Span):
                for word in seg.text.split():
                    tokens.append(Span(word, seg.font, seg.size or size, seg.color))
            else:
                tokens.append(seg)
        return tokens

    def _width(self, token: Span | Redact, font: str, size: float) -> float:
        if isinstance(token, Span):
            return stringWidth(token.text, token.font, token.size or size)
        return self.redaction_width(token, font, size)

    @staticmethod
    def _joins(a: Span | Redact, b: Span | Redact) -> bool:
        """Two tokens drawn in one string (separated by a real space character)."""
        return (
            isinstance(a, Span)
            and isinstance(b, Span)
            and (a.font, a.size, a.color) == (b.font, b.size, b.color)
        )

    def _gap(self, a, b, font: str, size: float) -> float:
        if self._joins(a, b):
            return stringWidth(" ", a.font, a.size or size)
        return GAP

    def _draw_tokens(self, tokens: list, x: float, font: str, size: float) -> float:
        baseline = self.y
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if isinstance(tok, Redact):
                x = self.draw_redaction(tok, x, baseline, font, size)
                i += 1
            else:
                run = [tok]
                while i + len(run) < len(tokens) and self._joins(run[-1], tokens[i + len(run)]):
                    run.append(tokens[i + len(run)])
                text = " ".join(t.text for t in run)
                x = self.draw_words(text, x, baseline, tok.font, tok.size or size, tok.color)
                i += len(run)
            if i < len(tokens):
                x += self._gap(tokens[i - 1], tokens[i], font, size)
        return x

    def line(
        self,
        segments: list | str,
        x: float = LEFT,
        font: str = BODY_FONT,
        size: float = BODY_SIZE,
        leading: float = LEADING,
        advance: bool = True,
    ) -> float:
        """One line, no wrapping; returns the x after the last token."""
        if isinstance(segments, str | Span | Redact):
            segments = [segments]
        end = self._draw_tokens(self._tokens(segments, font, size), x, font, size)
        if end > PAGE_WIDTH - 20:
            raise ValueError(f"line runs off the page: {segments!r}")
        if advance:
            self.y += leading
            self._check()
        return end

    def paragraph(
        self,
        segments: list | str,
        x: float = LEFT,
        width: float | None = None,
        font: str = BODY_FONT,
        size: float = BODY_SIZE,
        leading: float = LEADING,
        first_x: float | None = None,
        after: float = 4.0,
    ) -> None:
        """Greedy word wrap; `first_x` starts the first line elsewhere (hanging labels)."""
        if isinstance(segments, str | Span | Redact):
            segments = [segments]
        right = x + width if width else RIGHT
        tokens = self._tokens(segments, font, size)
        start = first_x if first_x is not None else x
        lines: list[list] = [[]]
        cursor = start
        for tok in tokens:
            w = self._width(tok, font, size)
            current = lines[-1]
            gap = self._gap(current[-1], tok, font, size) if current else 0.0
            if current and cursor + gap + w > right:
                lines.append([tok])
                cursor = x + w
            else:
                current.append(tok)
                cursor += gap + w
        for n, toks in enumerate(lines):
            self._draw_tokens(toks, start if n == 0 else x, font, size)
            self.y += leading
        self._check()
        self.y += after

    def field(
        self,
        label: str,
        segments: list | str,
        value_x: float = 150.0,
        label_font: str = BOLD_FONT,
        font: str = BODY_FONT,
        size: float = BODY_SIZE,
        leading: float = LEADING,
        x: float = LEFT,
        wrap_x: float | None = None,
    ) -> None:
        """A header line `Label:  value`, the value wrapping under itself (or at `wrap_x`)."""
        self.draw_words(label, x, self.y, label_font, size)
        self.paragraph(
            segments,
            x=wrap_x if wrap_x is not None else value_x,
            font=font,
            size=size,
            leading=leading,
            first_x=value_x,
            after=0.0,
        )

    def rule(self, x0: float = LEFT, x1: float = RIGHT, width: float = 0.6) -> None:
        c = self.canvas
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(width)
        y = PAGE_HEIGHT - (self.y - LEADING * 0.6)
        c.line(x0, y, x1, y)
        # keep the next line's ascenders clear of the rule
        self.y += 4

    def out_of_scope_block(
        self, n_lines: int, struck: bool = False, text: str | None = None
    ) -> None:
        """A passage withheld as out of scope: a framed area carrying only that remark."""
        top = self.y - 0.9 * BODY_SIZE
        bottom = top + n_lines * LEADING
        c = self.canvas
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(0, 0, 0)
        if struck:
            c.setFillColorRGB(1, 1, 1)
            c.rect(LEFT, PAGE_HEIGHT - bottom, RIGHT - LEFT, bottom - top, stroke=1, fill=0)
            c.setLineWidth(0.5)
            c.line(LEFT, PAGE_HEIGHT - top, RIGHT, PAGE_HEIGHT - bottom)
            c.line(LEFT, PAGE_HEIGHT - bottom, RIGHT, PAGE_HEIGHT - top)
            label = text or "Buiten reikwijdte"
            font = BODY_FONT
        else:
            c.setFillColorRGB(0.86, 0.86, 0.86)
            c.rect(LEFT, PAGE_HEIGHT - bottom, RIGHT - LEFT, bottom - top, stroke=1, fill=1)
            label = text or "BUITEN REIKWIJDTE"
            font = BOLD_FONT
        label_w = stringWidth(label, font, 11)
        mid = (top + bottom) / 2
        if struck:
            # a white patch keeps the remark readable over the cross
            c.setFillColorRGB(1, 1, 1)
            c.rect((LEFT + RIGHT - label_w) / 2 - 6, PAGE_HEIGHT - mid - 8, label_w + 12, 18, 0, 1)
        self.draw_words(label, (LEFT + RIGHT - label_w) / 2, mid + 4, font, 11, record=False)
        self.page.redactions.append(
            {
                **_round_box(LEFT, top, RIGHT, bottom),
                "ground": "out_of_scope",
                "ground_raw": label,
                "style": "out_of_scope_text",
            }
        )
        self.y = bottom + LEADING
        self._check()

    def footer(self, text: str, size: float = 8.0) -> None:
        """Centered page footer (`Pagina 1 van 3`); words are visible and recorded."""
        w = stringWidth(text, BODY_FONT, size)
        self.draw_words(text, (PAGE_WIDTH - w) / 2, PAGE_HEIGHT - 30, BODY_FONT, size)

    def stamp(self, text: str) -> None:
        """Document-number stamp at the top right of the page, as bundles carry them."""
        w = stringWidth(text, BOLD_FONT, 9)
        self.draw_words(text, RIGHT - w, 40, BOLD_FONT, 9)
