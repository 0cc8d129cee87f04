"""Tables rebuilt from the word boxes of a page.

OCR reads a table line by line only when its columns sit close together; a wide table
comes out in pieces (the right-hand columns after the page footer, a cell on a line of
its own), so the text alone cannot say which number stands under which period. The word
boxes can: a table is rebuilt from them as rows (words at one height, after undoing the
scan's slight rotation) and columns (numbers under the x-range of a header period).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pipeline.docmodel import page_chars, token_chars
from pipeline.incidents.cells import _NUMERIC_CELL, _cell_number
from pipeline.incidents.labels import _row_label
from pipeline.incidents.periods import find_periods
from pipeline.incidents.records import Period, _Context
from pipeline.incidents.vocab import _normalise_plain

#: the categories a table's `Totaal` row is the sum of
PART_CATEGORIES = ("wrong_recipient", "wrong_data", "lost_letter", "lost_device", "theft", "other")
#: pt a cell may stand outside its column header's x-range
COLUMN_SLACK = 8.0


@dataclass
class _Box:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    offset: int | None  # where the word stands in the document text (None: not found)
    y: float = 0.0  # vertical centre with the page's skew taken out


@dataclass
class _Column:
    period: Period
    x0: float
    x1: float
    is_sum: bool = False  # `Totaal`: the sum of the period columns


@dataclass
class _GridRow:
    category: str
    scope: str | None
    cells: list[float | None]  # per column; None: empty or unreadable
    percent: list[bool]
    offsets: list[int | None]  # per column, of the word read
    first_offset: int | None
    evidence: str
    inferred: set[int] = field(default_factory=set)


def _page_boxes(page: Span, synthetic: bool, text: str) -> list[_Box]:
    """The page's word boxes (its tokens), each tied to its place in the (masked) document
    text; none on a plain-text page, whose geometry is invented."""
    if synthetic:
        return []
    geometry = page.doc._.geometry
    starts, ends = token_chars(page.doc)
    boxes = []
    for i in range(page.start, page.end):
        box = geometry[i].box
        if box is not None:
            boxes.append(_Box(text[starts[i] : ends[i]], *box, starts[i]))
    return boxes


def _deskew(boxes: list[_Box], text: str) -> None:
    """Set each box's `y`: its centre corrected for the slope of the page's text lines."""
    slopes = []
    line: list[_Box] = []
    for box in [*boxes, None]:
        same_line = (
            box is not None
            and line
            and box.offset is not None
            and line[-1].offset is not None
            and "\n" not in text[line[-1].offset : box.offset]
        )
        if not same_line:
            if len(line) >= 2 and line[-1].x1 - line[0].x0 >= 80:
                first, last = line[0], line[-1]
                dx = (last.x0 + last.x1 - first.x0 - first.x1) / 2
                dy = (last.top + last.bottom - first.top - first.bottom) / 2
                if dx >= 40:
                    slopes.append(dy / dx)
            line = []
        if box is not None:
            line.append(box)
    slope = statistics.median(slopes) if slopes else 0.0
    slope = max(-0.03, min(0.03, slope))
    for box in boxes:
        box.y = (box.top + box.bottom) / 2 - slope * (box.x0 + box.x1) / 2


def _box_rows(boxes: list[_Box]) -> list[list[_Box]]:
    """Words grouped into rows by height; a word taller than two lines (OCR noise down a
    column) stands in no row."""
    heights = sorted(b.bottom - b.top for b in boxes)
    line_height = heights[len(heights) // 2] or 1.0
    rows: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: b.y):
        if box.bottom - box.top > 2.2 * line_height:
            continue
        if rows and box.y - statistics.fmean(b.y for b in rows[-1]) <= 0.5 * line_height:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _header_columns(row: list[_Box], report: Period | None) -> list[_Column] | None:
    """The period columns of a header row (`Categorie  Q1 2022  Q2 2022  Totaal`)."""
    joined, starts = "", []
    for box in row:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {box.text}" if joined else box.text
    context_year = report.start.year if report and report.start.year == report.end.year else None
    spans = [s for s in find_periods(joined, context_year) if s.anchors]
    if not spans:
        return None

    def boxes_in(a: int, b: int) -> list[int]:
        return [i for i, s in enumerate(starts) if s < b and a < s + len(row[i].text)]

    columns: list[_Column] = []
    used: list[int] = []
    for span in spans:
        idx = boxes_in(span.start, span.end)
        if not idx or set(idx) & set(used):
            return None
        used += idx
        columns.append(_Column(span.period, row[idx[0]].x0, row[idx[-1]].x1))
    first = min(used)
    rest = [i for i in range(len(row)) if i not in used]
    left = [i for i in rest if i < first]
    right = [i for i in rest if i > max(used)]
    between = [i for i in rest if first < i < max(used)]
    if between or len(left) > 3 or any(re.search(r"\d", row[i].text) for i in left):
        return None
    periods = [c.period for c in columns]
    contiguous = all(
        (b.start - a.end).days == 1 for a, b in zip(periods, periods[1:], strict=False)
    )
    if right:
        if len(right) > 1 or not re.fullmatch(r"(?i)totaal|total", row[right[0]].text.strip(".:|")):
            return None
        if len(columns) < 2 or not contiguous:
            return None
        box = row[right[0]]
        columns.append(_Column(Period(periods[0].start, periods[-1].end), box.x0, box.x1, True))
    if len(columns) == 1:
        # one period alone is a table header only beside a column title standing apart
        # (`Categorie      Q1 2022`), not a heading (`Informatieveiligheid 2021`)
        if not left or columns[0].x0 - row[left[-1]].x1 < 15:
            return None
    if any(b.x0 <= a.x1 for a, b in zip(columns, columns[1:], strict=False)):
        return None
    return columns


def _column_of(box: _Box, columns: list[_Column]) -> int | None:
    best, best_overlap = None, -COLUMN_SLACK
    for i, col in enumerate(columns):
        overlap = min(box.x1, col.x1) - max(box.x0, col.x0)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def _grid_row(row: list[_Box], columns: list[_Column]) -> tuple[str, _GridRow | None]:
    """('row', cells) for a table row, ('skip', None) for a row that is no category row
    but may stand in a table, ('end', None) where the table stops."""
    left_edge = columns[0].x0 - COLUMN_SLACK
    # stray marks OCR reads in the gap (`Totaal ; 24`) are no part of the label
    label = [b for b in row if b.x1 < left_edge and re.search(r"\w", b.text)]
    in_columns: dict[int, list[_Box]] = {}
    for box in row:
        if box.x1 < left_edge:
            continue
        if re.search(r"[^\W\d_]{4}", box.text):
            return "end", None  # running text across the columns
        col = _column_of(box, columns)
        if col is not None:
            in_columns.setdefault(col, []).append(box)
    label_text = " ".join(b.text for b in label)
    named = _row_label(label_text) if label else None
    if named is None or named[2] is not None:
        if in_columns:
            return "skip", None
        return "end", None
    cells: list[float | None] = []
    percent: list[bool] = []
    offsets: list[int | None] = []
    for i in range(len(columns)):
        boxes = [b for b in in_columns.get(i, []) if re.search(r"\w", b.text)]
        numeric = [_NUMERIC_CELL.match(b.text) for b in boxes]
        if len(boxes) == 1 and numeric[0]:
            value, is_percent = _cell_number(numeric[0]), bool(numeric[0][2])
            if not is_percent and not value.is_integer():
                value = None
        else:
            value, is_percent = None, False  # empty, unreadable or two readings
        cells.append(value)
        percent.append(is_percent)
        offsets.append(boxes[0].offset if boxes else None)
    evidence = _normalise_plain(" ".join(b.text for b in row))
    first = next((b.offset for b in row if b.offset is not None), None)
    category, scope, _ = named
    return "row", _GridRow(category, scope, cells, percent, offsets, first, evidence)


@dataclass
class _GridSums:
    """The rows of a rebuilt table that its sums tie together."""

    counts: list[_GridRow]  # rows of counts (not percentages)
    parts: list[_GridRow]  # category rows without a unit: the parts of the `Totaal` row
    total_row: _GridRow | None
    n_columns: int
    has_sum: bool  # a `Totaal` column: each row's sum
    column_checks: bool = False  # one fully read column adds up: the rows list every part

    def column_state(self, c: int) -> str:
        cells = [r.cells[c] for r in self.parts] + [self.total_row.cells[c]]
        if any(v is None for v in cells):
            return "open"
        return "ok" if sum(cells[:-1]) == cells[-1] else "bad"


def _check_grid(grid: list[_GridRow], columns: list[_Column]) -> None:
    """Fill cells that the sums determine and blank every cell a sum contradicts.

    A `Totaal` column is each row's sum; a `Totaal` row is each column's sum of the
    categories, once one fully read column shows the table lists them all. One unreadable
    cell in a row or column follows from the others; a row or column whose read cells do
    not add up holds a misread number somewhere, so none of its cells is kept.
    """
    sums = _grid_sums(grid, columns)
    for _ in range(3):
        changed = _fill_row_sums(sums, columns) if sums.has_sum else False
        if sums.column_checks:
            changed = _fill_column_sums(sums) or changed
        if not changed:
            break
    _blank_contradicted(grid, sums)
    _cap_by_total(sums)


def _grid_sums(grid: list[_GridRow], columns: list[_Column]) -> _GridSums:
    counts = [r for r in grid if not any(r.percent)]
    total_row = next((r for r in counts if r.category == "total" and r.scope is None), None)
    parts = [r for r in counts if r.category in PART_CATEGORIES and r.scope is None]
    if total_row is not None and len({r.category for r in parts}) != len(parts):
        total_row = None  # a category twice: not one breakdown
    has_sum = bool(columns) and columns[-1].is_sum
    sums = _GridSums(counts, parts, total_row, len(columns), has_sum)
    if total_row is not None and parts:
        sums.column_checks = any(sums.column_state(c) == "ok" for c in range(len(columns)))
    return sums


def _fill_row_sums(sums: _GridSums, columns: list[_Column]) -> bool:
    """One unreadable cell of a row with a `Totaal` column follows from the others."""
    changed = False
    for r in sums.counts:
        missing = [c for c, v in enumerate(r.cells) if v is None]
        if len(missing) == 1:
            c = missing[0]
            known = [v for v in r.cells[:-1] if v is not None]
            value = sum(known) if c == len(columns) - 1 else r.cells[-1] - sum(known)
            if value >= 0:
                r.cells[c], changed = value, True
                r.inferred.add(c)
    return changed


def _fill_column_sums(sums: _GridSums) -> bool:
    """One unreadable cell of a column under a `Totaal` row follows from the others."""
    changed = False
    members = [*sums.parts, sums.total_row]
    for c in range(sums.n_columns):
        missing = [r for r in members if r.cells[c] is None]
        if len(missing) == 1:
            r = missing[0]
            known = sum(m.cells[c] for m in sums.parts if m is not r)
            value = sums.total_row.cells[c] - known if r is not sums.total_row else known
            if value >= 0:
                r.cells[c], changed = value, True
                r.inferred.add(c)
    return changed


def _blank_contradicted(grid: list[_GridRow], sums: _GridSums) -> None:
    """Blank every cell of a row or column whose read cells do not add up."""
    bad_rows = set()
    if sums.has_sum:
        for r in sums.counts:
            if all(v is not None for v in r.cells) and sum(r.cells[:-1]) != r.cells[-1]:
                bad_rows.add(id(r))
    bad_columns = (
        {c for c in range(sums.n_columns) if sums.column_state(c) == "bad"}
        if sums.column_checks
        else set()
    )
    members = {id(r) for r in sums.parts}
    if sums.total_row is not None:
        members.add(id(sums.total_row))
    for r in grid:
        for c in range(sums.n_columns):
            if id(r) in bad_rows or (c in bad_columns and id(r) in members):
                r.cells[c] = None


def _cap_by_total(sums: _GridSums) -> None:
    """Nothing within the table exceeds its column's total."""
    total_row = sums.total_row
    if total_row is None:
        return
    for r in sums.counts:
        if r is total_row or r.scope is not None:
            continue
        for c, value in enumerate(r.cells):
            limit = total_row.cells[c]
            if value is not None and limit is not None and value > limit:
                r.cells[c] = None


def _word_table_rows(
    text: str, doc: Doc, ctx: _Context
) -> tuple[list[tuple[int, str, float, str, Period, str | None, str]], set[int]]:
    """Rows of tables rebuilt from word boxes, and the text offsets of all their words."""
    out = []
    consumed: set[int] = set()
    for page, info, (page_start, _) in zip(
        doc.spans["pages"], doc._.pages, page_chars(doc), strict=True
    ):
        boxes = _page_boxes(page, info.synthetic, text)
        if not boxes:
            continue
        _deskew(boxes, text)
        rows = _box_rows(boxes)
        i = 0
        while i < len(rows):
            columns = _header_columns(rows[i], ctx.report)
            if columns is None:
                i += 1
                continue
            grid, table_boxes, j = _grid_under(rows, i, columns)
            if len(grid) < 2 and not (grid and len(columns) >= 2):
                i += 1
                continue
            _check_grid(grid, columns)
            out += _grid_figures(grid, columns, page_start)
            consumed |= {b.offset for b in table_boxes if b.offset is not None}
            i = j
    return out, consumed


def _grid_under(
    rows: list[list[_Box]], header: int, columns: list[_Column]
) -> tuple[list[_GridRow], list[_Box], int]:
    """The grid rows under the header row `header` (up to the row that ends the table), the
    boxes of the whole table, and the index of the first row after it."""
    grid: list[_GridRow] = []
    table_boxes = list(rows[header])
    j = header + 1
    while j < len(rows):
        kind, grid_row = _grid_row(rows[j], columns)
        if kind == "end":
            break
        table_boxes += rows[j]
        if grid_row is not None:
            grid.append(grid_row)
        j += 1
    return grid, table_boxes, j


def _grid_figures(
    grid: list[_GridRow], columns: list[_Column], page_start: int
) -> list[tuple[int, str, float, str, Period, str | None, str]]:
    """A figure per read cell of a checked grid: (offset, category, value, unit, period,
    scope, evidence); a cell without its own offset takes its row's (or the page's)."""
    out = []
    for r in grid:
        for c, column in enumerate(columns):
            value = r.cells[c]
            if value is None:
                continue
            offset = r.offsets[c] if r.offsets[c] is not None else r.first_offset
            unit = "percent" if r.percent[c] else "count"
            out.append(
                (offset if offset is not None else page_start, r.category, value, unit,
                 column.period, r.scope, r.evidence)
            )  # fmt: skip
    return out
