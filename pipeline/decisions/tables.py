"""Two-column tables of decisions read from the word boxes (a sentence that names a list of
decisions, ending with a colon, above them): one decision per row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from pipeline.decisions.rules import Decision, _list_kind, _rules
from pipeline.decisions.text import _glyph, _is_meaningful, _join
from pipeline.docmodel import token_box


def _table_decisions(doc: Doc) -> list[Decision]:
    """Rows of a two-column table below a sentence that names a list of decisions and ends
    with a colon: one decision per row, "row label: bullet; bullet"."""
    synthetic = {p.page_no for p in doc._.pages if p.synthetic}
    if len(synthetic) == len(doc._.pages):
        return []  # a plain text has no word boxes to find columns in
    lines = list(doc.spans["lines"])
    found: list[Decision] = []
    for n, line in enumerate(lines):
        if not line[-1].text.endswith(":") or line[0]._.page_no in synthetic:
            continue
        kind = _list_kind(line.text)
        if kind is None:
            continue
        for row in _table_rows(lines[n + 1 :], token_box(line[0]).x0):
            label, items = row
            cells = ["; ".join(_words(item) for item in items)]
            text = _join([f"{_words(label)}:" if label else "", *cells])
            spans = [tok.doc[tok.i : tok.i + 1] for part in [label, *items] for tok in part]
            first_page = spans[0][0]._.page_no if spans else line[0]._.page_no
            if _is_meaningful(text):
                found.append(Decision(first_page, None, kind, text, False, spans))
    return found


def _words(tokens: list) -> str:
    return _join([t.text for t in tokens])


def _line_cells(line: Span, content_x: float) -> tuple[list, list]:
    """The tokens of a table line left of the content column and those in it; a line whose
    words run on over the column's edge without a gap is prose: all left."""
    words = [t for t in line if not t.is_space and token_box(t) is not None]
    left = [t for t in words if token_box(t).x0 < content_x]
    right = [t for t in words if token_box(t).x0 >= content_x]
    while (
        left
        and _is_glyph(left[-1])
        and token_box(left[-1]).x0 >= content_x - _rules()["column_gap"]
    ):
        # a bullet of the content column that a skewed scan (or OCR's box around the glyph)
        # set a little left of the column's edge
        right.insert(0, left.pop())
    if left and right and token_box(right[0]).x0 - token_box(left[-1]).x1 < _rules()["column_gap"]:
        return words, []
    return left, right


def _content_x(lines: Sequence[Span], margin: float) -> float | None:
    """The left edge of a table's second column: the leftmost word that stands after a
    wide gap in its line, or starts a line well right of the margin."""
    gap = _rules()["column_gap"]
    edges = []
    for line in lines:
        boxes = [token_box(t) for t in line if not t.is_space and token_box(t) is not None]
        for before, box in zip([None, *boxes], boxes, strict=False):
            x_before = margin if before is None else before.x1
            if box.x0 - x_before >= gap:
                edges.append(box.x0)
                break
    return min(edges) if edges else None


def _blocks_after(lines: Sequence[Span]) -> Iterator[list[Span]]:
    """`lines` grouped by the page block they lie in, in order."""
    starts = [block.start for block in lines[0].doc.spans["blocks"]] if lines else []
    group: list[Span] = []
    current = None
    for line in lines:
        block = bisect_right(starts, line.start)
        if group and block != current:
            yield group
            group = []
        current = block
        group.append(line)
    if group:
        yield group


def _table_rows(lines: Sequence[Span], margin: float) -> list[tuple[list, list[list]]]:
    """(label tokens, [item tokens]) per row: a row is a block of the page whose lines have
    words in both columns; blocks right of the content column (letterhead, page number)
    are the page's furniture; any other block ends the table."""
    rows: list[tuple[list, list[list]]] = []
    content_x = None
    above: Span | None = None  # the last line of the table read so far
    for group in _blocks_after(lines):
        if content_x is None:
            content_x = _content_x(group, margin)
            if content_x is None:
                return []
            content_x -= 2.0  # word boxes of one column differ by a point or two
        cells = [_line_cells(line, content_x) for line in group]
        label = [t for left, _ in cells for t in left]
        content = [t for _, right in cells for t in right]
        if label and all(_is_glyph(t) for t in label):
            rows += _hanging_bullets(cells)  # a bulleted list with its text indented
        elif label and content and rows and rows[-1][0] and _runs_on_from(above, group[0]):
            # a label cell wrapped over lines that Tesseract made blocks of their own
            rows[-1][0].extend(label)
            rows[-1][1].extend(_split_items(content))
        elif label and content:
            rows.append((label, _split_items(content)))
        elif label and rows and _within_label_column(label, content_x):
            # on a scan Tesseract may read a row's label cell as a block of its own, its
            # content cell as blocks after it: they go on with this label
            rows.append((label, []))
        elif content and _is_furniture(content, content_x):
            continue
        elif content and rows and rows[-1][0]:
            # on a scan Tesseract makes each bullet of a cell a block of its own: a block
            # only in the content column goes on with the row above
            rows[-1][1].extend(_split_items(content))
        else:
            break
        above = group[-1]
    return [row for row in rows if row[1]]  # a label cell no content followed is no row


def _within_label_column(tokens: list, content_x: float) -> bool:
    """Every word ends left of the content column: a label cell, not a line of prose."""
    return all(token_box(t).x1 < content_x for t in tokens)


def _runs_on_from(above: Span | None, line: Span) -> bool:
    """`line` stands right under `above` on the same page, less than half a line lower:
    the next line of the same paragraph or cell (rows of a table stand further apart)."""
    if above is None or above[0]._.page_no != line[0]._.page_no:
        return False
    upper = [b for t in above if (b := token_box(t)) is not None]
    lower = [b for t in line if (b := token_box(t)) is not None]
    if not upper or not lower:
        return False
    height = max(b.bottom - b.top for b in lower)
    return min(b.top for b in lower) - max(b.bottom for b in upper) < 0.5 * height


def _is_furniture(tokens: list, content_x: float) -> bool:
    """Words far right of the table's content column: a letterhead or a page number."""
    return min(token_box(t).x0 for t in tokens) > content_x + _rules()["furniture_offset"]


def _is_glyph(token) -> bool:
    m = _rules()["bullet"].match(token.text + " x")
    return bool(m and _glyph(m))


def _hanging_bullets(cells: list[tuple[list, list]]) -> list[tuple[list, list[list]]]:
    """One row without a label per bullet of a list whose glyphs hang left of its text: a
    line with a glyph starts an item, a line without one goes on with it."""
    rows: list[tuple[list, list[list]]] = []
    for left, right in cells:
        if left or not rows:
            rows.append(([], [list(right)]))
        else:
            rows[-1][1][0].extend(right)
    return [row for row in rows if row[1][0]]


def _split_items(tokens: list) -> list[list]:
    """A cell's words split at its bullet glyphs, the glyphs dropped."""
    items: list[list] = [[]]
    for token in tokens:
        if _is_glyph(token):
            items.append([])
        else:
            items[-1].append(token)
    return [it for it in items if it]
