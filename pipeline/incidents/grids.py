"""Tables read by their structure: one grid model, whatever layout flattened the table.

A web page or a PDF flattens a table to text in a few layouts: a header of column titles on
one line between `|`, or one title per line; rows of a label and one cell per column on
one line (between `|`, or apart by spaces, an empty cell a wider gap), or one cell per line
(a dash, or a line of blanks, for a cell with no figure). The layout readers here turn each
into a `_Grid` (the label column's title, the column titles, the rows), and `_grid_figures`
reads every grid the same way, by its two axes:

- columns of periods (`cells._column_periods`: `2021`, `Q1 2022`, `Defensie 2015`, a last
  `Totaal`) over rows of what is counted: each row as `cells._cell_row` reads a row (its
  label a category, a total or, under a title naming kinds, a kind), rows of kinds it
  does not know that add up to a total row, above or below it, its kinds (`other`:
  `_kinds_above_totals`, `cells._parts_of_totals`);
- rows of periods (years, quarters, months; `05/23` or `05-2023` under a month's title, see
  `cells._period_title`; a last `Totaal` row the span of the rows above) under columns of
  what is counted: a title the vocabulary reads (`labels._cell_label`: `Totaal`, `Aantal
  klachten`), or a kind it does not know (`Bejegening`, `Behandelduur`: `other`) where the
  columns add up to the `Totaal` column in most rows, which makes them a breakdown of it
  (columns of stages, measures or anything else add up to nothing, and are not read; nor
  are kinds beside a second count of the whole, `Klachten | Bezwaren | Totaal`).

Rows of shares under columns of periods are the kinds' shares in percent (the whole's 100 %
is no figure), where the label names a category or the title names the rows as kinds.

The readers of `cells` and `tables` read the layouts they were written for first; a grid
of titles one per line adds the cells they did not read, and reads the cells they took
without reading them (`_merged`). A table of amounts, shares or ages has
no cells of counts (`cells._CELL_VALUE`) or no title that counts, and gives no figure; the
document's subject gates (`subjects`) decide whether its tables are read at all.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from pipeline.incidents.cells import (
    _CELL_VALUE,
    TITLE_CHARS,
    _Cell,
    _cell_row,
    _cell_table_rows,
    _CellFigure,
    _column_periods,
    _empty_cell,
    _line_cells,
    _parts_of_totals,
    _period_cell,
    _period_title,
    _year_title,
)
from pipeline.incidents.labels import (
    _KIND_TITLE,
    _SHARE_CELL,
    _cell_label,
    _is_total_title,
    _kind_label,
    _kind_row_label,
)
from pipeline.incidents.periods import _month_end, find_periods
from pipeline.incidents.records import Period
from pipeline.incidents.vocab import _SUBJECT, LEAK, _vocab

#: a figure of a table: (offset, category or None for a cell taken but not read, value,
#: unit, period, scope, row text), as the readers of `tables` give theirs
_TableFigure = tuple[int, str | None, float, str, Period, str | None, str]


class _GridRow(NamedTuple):
    label: str
    cells: list[_Cell]  # one per column; an empty cell's text is ''
    line: str  # the row as text: the figures' evidence


class _Grid(NamedTuple):
    title: str  # the label column's title ('' where the header has none)
    columns: list[str]  # the column titles, left to right
    rows: list[_GridRow]


def _table_cells(text: str, year: int | None = None, raw: str = "") -> list[_TableFigure]:
    """The cells of the document's tables: its `|` tables and one-row-a-line tables of
    years (grids), the readers of `cells` (`_cell_table_rows`; `raw`: the text before its
    dates were masked), and the cells of the grids of titles one per line that those
    readers did not read."""
    rows = _pipe_figures(text, year)
    for grid in _year_row_grids(text):
        rows += _grid_figures(grid, year)
    rows += _as_counts(_cell_table_rows(text, year, raw))
    for grid in _titled_grids(_line_cells(text, raw)):
        rows = _merged(rows, _grid_figures(grid, year))
    return rows


def _as_counts(figures: list[_CellFigure]) -> list[_TableFigure]:
    """Figures of counts (`cells`' figures carry no unit) as table figures."""
    return [(offset, category, value, "count", *rest) for offset, category, value, *rest in figures]


def _merged(rows: list[_TableFigure], found: list[_TableFigure]) -> list[_TableFigure]:
    """`rows` with the cells a grid `found` that they do not hold, and with the grid's
    reading of a cell they took without reading it (category None)."""
    read = {f[0]: f for f in found if f[1] is not None}
    held = {row[0] for row in rows}
    kept = [read.pop(row[0]) if row[1] is None and row[0] in read else row for row in rows]
    return kept + [f for f in found if f[0] not in held]


# --------------------------------------------------------------------------- reading a grid


def _grid_figures(grid: _Grid, year: int | None) -> list[_TableFigure]:
    """The figures of a grid, read by its axis of periods (columns, else rows); none for a
    grid with no such axis."""
    periods = _column_periods(grid.columns, year)
    if periods:
        rows = [_cell_row(r.label, r.cells, (grid.title, periods), r.line) for r in grid.rows]
        counts = _parts_of_totals(_kinds_above_totals([r.label for r in grid.rows], rows))
        return _as_counts(counts) + _share_figures(grid, periods)
    # rows of periods stand under a title that says so (`Maand`, `Jaar`): a heading or a
    # header line above rows of figures is no column of them
    kind = _period_title(grid.title)
    row_periods = _row_periods([r.label for r in grid.rows], kind, year) if kind else None
    if row_periods is None:
        return []
    names = _column_names(grid)
    out: list[_TableFigure] = []
    for row, period in zip(grid.rows, row_periods, strict=True):
        for cell, name in zip(row.cells, names, strict=True):
            if period is None or _empty_cell(cell) or not _CELL_VALUE.match(cell.text):
                continue  # a row of no period (`Gemiddeld`), a cell of no count
            category, scope = name or (None, None)  # a column not read: taken, no figure
            out.append((cell.offset, category, _count(cell), "count", period, scope, row.line))
    return out


def _share_figures(grid: _Grid, periods: list[Period | None]) -> list[_TableFigure]:
    """The rows of shares under columns of periods (`Dienstverlening | 60,0% | 52,0%`): a
    kind's share in percent, where the label names a category or, under a title naming
    kinds (`Klachtsoort`), any kind (`other`); the whole's share (`Totaal 100%`) is no
    figure, and a label the vocabulary does not read (a share by channel or by who
    reported) is not read."""
    out: list[_TableFigure] = []
    for row in grid.rows:
        filled = [(c, p) for c, p in zip(row.cells, periods, strict=False) if p and c.text]
        if len(row.cells) != len(periods) or not filled:
            continue
        if not all(_SHARE_CELL.match(c.text) for c, _ in filled):
            continue
        named = _cell_label(row.label, grid.title)
        if named is None and _KIND_TITLE.search(grid.title):
            named = _kind_label(row.label)
        if named is None or named[0] == "total":
            continue
        out += [(c.offset, named[0], _share(c), "percent", p, named[1], row.line)
                for c, p in filled]  # fmt: skip
    return out


def _share(cell: _Cell) -> float:
    return float(cell.text.rstrip("% ").replace(",", "."))


def _kinds_above_totals(labels: list[str], rows: list[list[_CellFigure]]) -> list[_CellFigure]:
    """The figures of a grid's rows (`labels`: their labels), the rows above a total row
    (since the table's start or the total before it) that add up to it in every column
    read as a breakdown of the whole: each row not read whose label names a kind
    (`_kind_label`: no stage of handling, no digit) `other`. The mirror of
    `cells._parts_of_totals`, which reads the rows below a total."""
    out = [list(row) for row in rows]
    start = 0
    for t, row in enumerate(rows):
        if not row or not all(f[1] == "total" and f[4] is None for f in row):
            continue
        block, start = range(start, t), t + 1
        unread = [i for i in block if rows[i] and all(f[1] is None for f in rows[i])]
        kinds = [_kind_label(labels[i]) for i in unread]
        if len(block) < 2 or not unread or not all(kinds):
            continue
        if any(f[1] == "total" for i in block for f in rows[i]):
            continue  # `Klachten`, `Bezwaren`, `Totaal`: items of several kinds, no breakdown
        sums: dict[Period, float] = {}
        for f in (f for i in block for f in rows[i]):
            sums[f[3]] = sums.get(f[3], 0.0) + f[2]
        if sums == {f[3]: f[2] for f in row}:
            for i, kind in zip(unread, kinds, strict=True):
                out[i] = [(f[0], kind[0], *f[2:]) for f in rows[i]]
    return [f for row in out for f in row]


def _count(cell: _Cell) -> float:
    return float(cell.text.replace(".", ""))


#: a month cell as month and year (`05/23`, `5/2023`, `05-2023`, `2023-05`)
_MONTH_CELL = re.compile(
    r"(?P<m>0?[1-9]|1[0-2])[/-](?P<y>\d\d|(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)-(?P<m2>0[1-9]|1[0-2])"
)


def _row_periods(labels: list[str], kind: str, year: int | None) -> list[Period | None] | None:
    """The period of each row label (`_row_period`; `kind`: what the label column's title
    names the rows as), a `Totaal` row the span of the rows above, None for a row of no
    period; None unless two or more rows are periods."""
    periods: list[Period | None] = []
    for label in labels:
        known = [p for p in periods if p]
        if period := _row_period(label, kind, year):
            periods.append(period)
        elif len(known) >= 2 and _is_total_title(label):
            periods.append(Period(min(p.start for p in known), max(p.end for p in known)))
        else:
            periods.append(None)
    return periods if len([p for p in periods if p]) >= 2 else None


def _row_period(label: str, kind: str, year: int | None) -> Period | None:
    """A row label's period: one wholly a period (`2021`, `Q1 2022`, `mei 2023`), or under
    a month's or a period's title a month cell (`05/23`) or a month's name (`januari`, of
    the report's `year`)."""
    if period := _period_cell(label, year):
        return period
    if kind not in ("month", "period"):
        return None
    label = label.strip(" :")
    if m := _MONTH_CELL.fullmatch(label):
        month, short = int(m["m"] or m["m2"]), m["y"] or m["y2"]
        in_year = int(short) + 2000 if len(short) == 2 else int(short)
        return Period(date(in_year, month, 1), _month_end(in_year, month))
    month = _vocab()["months"].get(label.casefold())
    return Period(date(year, month, 1), _month_end(year, month)) if month and year else None


def _column_names(grid: _Grid) -> list[tuple[str, str | None] | None]:
    """(category, scope) per column of a grid whose rows are periods: the title as the
    vocabulary reads it; a title it does not read, but that names a kind (`_kind_label`:
    no stage of handling, no digit), where the columns add up to the total column in most
    rows (`_adds_up`)."""
    names = [_cell_label(title, "") for title in grid.columns]
    kinds = [None if name else _kind_label(title) for name, title in zip(names, grid.columns,
                                                                          strict=True)]  # fmt: skip
    total = _total_column(grid.columns, names)
    if total is None or not any(kinds) or not _adds_up(grid.rows, total):
        return names
    if sum(name == ("total", None) for name in names) > 1:
        return names  # `Klachten | Bezwaren | Totaal`: items of several kinds, no breakdown
    return [name or kind for name, kind in zip(names, kinds, strict=True)]


def _total_column(columns: list[str], names: list[tuple[str, str | None] | None]) -> int | None:
    """The column of the whole: the one titled `Totaal`, else the one column read as a
    total; None for none or several."""
    titled = [i for i, title in enumerate(columns) if _is_total_title(title)]
    totals = titled or [i for i, name in enumerate(names) if name == ("total", None)]
    return totals[0] if len(totals) == 1 else None


def _adds_up(rows: list[_GridRow], total: int) -> bool:
    """Whether the other columns' counts add up to the total column's in two or more rows
    and in most rows that have a total (a page may misprint one)."""
    fits = checked = 0
    for row in rows:
        whole = row.cells[total]
        if _empty_cell(whole) or not _CELL_VALUE.match(whole.text):
            continue
        parts = [c for i, c in enumerate(row.cells) if i != total and not _empty_cell(c)]
        if not all(_CELL_VALUE.match(c.text) for c in parts):
            return False
        checked += 1
        fits += sum(_count(c) for c in parts) == _count(whole)
    return fits >= 2 and 2 * fits > checked


# --------------------------------------------------------------------------- layouts


#: a row on one line: its label, then its cells apart by spaces (a wider gap: an empty cell)
_ROW_CELL = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,5}|\d{1,3}(?:,\d+)?%|[-–—]")
#: a row label may be long (`Oneigenlijk gebruik van dienstmiddelen`), not a sentence
LABEL_CHARS = 80


def _line_row(cell: _Cell, k: int | None = None) -> _GridRow | None:
    """A row printed on one line: a label, then two or more cells apart by single spaces
    (`05/23 390 108 56`); with `k` columns known, the row must fill them, a gap of three
    or more blanks standing for an empty cell (a page prints a cell with no figure as a
    blank: `3   792`)."""
    tokens = list(re.finditer(r"\S+", cell.text))
    n = 0
    while n < len(tokens) and _ROW_CELL.fullmatch(tokens[len(tokens) - 1 - n].group(0)):
        n += 1
    if k is not None and n > k:
        n = k  # `Q1 2022 5 6`: the cells are the last ones, the label may end in a number
    values = tokens[len(tokens) - n :] if n else []
    label = cell.text[: values[0].start()].strip() if values else ""
    if not label and values and re.fullmatch(r"(?:19|20)\d\d", values[0].group(0)):
        label, values = values[0].group(0), values[1:]  # a year's row: `2021 40 38`
    elif values and _period_cell(f"{label} {values[0].group(0)}", None):
        label, values = f"{label} {values[0].group(0)}", values[1:]  # `Q1 2022 5 6`
    if len(values) < 2 or not label or len(label) > LABEL_CHARS or label.endswith((".", "!", "?")):
        return None
    cells = _with_empty_cells(cell, values, k)
    return _GridRow(label, cells, cell.text) if cells is not None else None


def _with_empty_cells(cell: _Cell, values: list[re.Match], k: int | None) -> list[_Cell] | None:
    """The cells of a one-line row, an empty cell for each wide gap where `k` columns need
    them; None where the gaps do not make up the cells missing."""
    cells = [_Cell(cell.offset + v.start(), v.group(0)) for v in values]
    if k is None or len(cells) == k:
        return cells
    gaps = [b.start() - a.end() for a, b in zip(values, values[1:], strict=False)]
    if len(cells) > k or sum((g - 1) // 2 for g in gaps) != k - len(cells):
        return None
    out = [cells[0]]
    for gap, value in zip(gaps, cells[1:], strict=True):
        out += [_Cell(value.offset - 1, "")] * ((gap - 1) // 2) + [value]
    return out


def _title_cell(cell: _Cell) -> bool:
    """A cell that may be a column's title: short, no figure's cell but a year's, no
    sentence."""
    text = cell.text
    return (
        0 < len(text) <= TITLE_CHARS
        and (not _figure_cell(cell) or _period_cell(text, None) is not None)
        and not text.endswith((".", "!", "?", ";", ","))
        and _line_row(cell) is None
    )


def _titled_grids(cells: list[_Cell]) -> list[_Grid]:
    """Grids whose header stands one title per line (`Maand`, `Behandelduur`, ...,
    `Totaal`; or on one line, see `_header_titles`): the run of title cells ends where the
    first row starts, a line of a label and its cells or a label and its cells a line
    each; the last `k` titles are the columns of rows of `k` cells, the one before them
    the label column's."""
    out = []
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and _title_cell(cells[j]):
            j += 1
        found = _grid_below(cells, i, j) if j > i else None
        if found is None:
            i = max(j, i + 1)
            continue
        grid, i = found
        out.append(grid)
    return out


def _grid_below(cells: list[_Cell], i: int, j: int) -> tuple[_Grid, int] | None:
    """The grid whose titles are `cells[i:j]` (and, in the one-cell-per-line layout, whose
    first row's label is the last of them), and where it ends."""
    first = _line_row(cells[j]) if j < len(cells) else None
    if first is not None:
        k, titles = len(first.cells), cells[i:j]
    else:
        k, titles = _cells_after(cells, j), cells[i : j - 1]
        j -= 1
    head = _header_titles([c.text for c in titles], k) if k >= 2 else None
    rows, end = _grid_rows(cells, j, k) if head else ([], j)
    if not head or not rows:
        return None
    title, columns = (head[0], head[1:]) if len(head) > k else ("", head)
    return _Grid(title, columns, rows), end


def _header_titles(titles: list[str], k: int) -> list[str] | None:
    """The titles over rows of `k` cells: the last `k` title cells and the label column's
    before them; or one line of one-word titles, the first a period title (`Maand
    Bejegening Wachttijd Totaal`: a header a PDF's text printed on one line)."""
    if len(titles) >= k:
        return titles[max(0, len(titles) - k - 1) :]
    words = titles[-1].split() if titles else []
    return words if len(words) == k + 1 and _period_title(words[0]) else None


def _cells_after(cells: list[_Cell], j: int) -> int:
    """How many cells from `j` on are number cells, shares or cells with no figure."""
    n = 0
    while j + n < len(cells) and _figure_cell(cells[j + n]):
        n += 1
    return n


def _figure_cell(cell: _Cell) -> bool:
    return bool(_CELL_VALUE.match(cell.text) or _SHARE_CELL.match(cell.text) or _empty_cell(cell))


def _grid_rows(cells: list[_Cell], j: int, k: int) -> tuple[list[_GridRow], int]:
    """The rows of `k` cells from `j` on, each on one line or a cell a line, and where
    they end."""
    rows = []
    while j < len(cells):
        if row := _line_row(cells[j], k):
            rows.append(row)
            j += 1
            continue
        values = cells[j + 1 : j + 1 + k]
        label = cells[j]
        if not _title_cell(label) or len(values) < k or _cells_after(cells, j + 1) < k:
            break
        if all(_empty_cell(c) for c in values):
            break
        line = " ".join(c.text or "-" for c in [label, *values])
        rows.append(_GridRow(label.text, values, line))
        j += 1 + k
    return rows, j


def _pipe_figures(text: str, year: int | None) -> list[_TableFigure]:
    """The figures of `|` tables: each header line (`_pipe_header`) starts a grid of the
    rows below it, to the first line of fewer than two `|` (a line without numbers in
    between, `---|---|` or a sub-heading, is passed over); under a caption line that states
    one period (`Meldingen per type incident, 1e helft 2024 | |`) and no header, rows of a
    label and one number (`_caption_row`)."""
    out: list[_TableFigure] = []
    grid: _Grid | None = None
    caption: tuple[Period, bool] | None = None
    for m in re.finditer(r"[^\n]+", text):
        cells = _pipe_cells(m)
        printed = [c for c in cells or [] if c.text]  # the cells as printed, empty ones left out
        if not printed:
            if cells is None:
                out += _grid_figures(grid, year) if grid else []
                grid = caption = None
            continue
        if header := _pipe_header(cells, printed, year):
            out += _grid_figures(grid, year) if grid else []
            grid = header
            continue
        if not any(_CELL_VALUE.match(c.text) for c in printed[1:]):
            if len(printed) == 1 and (period := _one_period(printed[0].text)):
                caption = (period, _KIND_TITLE.search(printed[0].text) is not None)
            continue
        if grid is not None:
            row = _pipe_row(cells, printed, len(grid.columns), m.group(0))
            grid.rows.extend([row] if row else [])
        elif caption is not None and (found := _caption_row(printed, caption, m.group(0))):
            out.append(found)
    return out + (_grid_figures(grid, year) if grid else [])


def _one_period(caption: str) -> Period | None:
    spans = {p.period for p in find_periods(caption) if p.anchors}
    return spans.pop() if len(spans) == 1 else None


def _pipe_header(cells: list[_Cell], printed: list[_Cell], year: int | None) -> _Grid | None:
    """The grid a `|` line of titles heads: titles of periods after the label column's
    (`Soort klacht | 2021 | 2022 |`, `| | 2020 | 2021 |`; empty cells kept in their
    places, else left out), or a label column titled by periods (`Jaar | Aantal
    Woo-verzoeken | Aantal besluiten |`, `Maand | ...`) over titles without numbers."""
    while len(cells) > 2 and not cells[-1].text:
        cells = cells[:-1]  # `| 2021 | |`: an empty last cell heads no column
    for head in (cells, printed):
        titles = [c.text for c in head[1:]]
        if _column_periods(titles, year):
            return _Grid(head[0].text, titles, [])
    titles = [c.text for c in printed[1:]]
    numbers = any(_CELL_VALUE.match(title) for title in titles)
    if _period_title(printed[0].text) and titles and not numbers:
        return _Grid(printed[0].text, titles, [])
    return None


def _pipe_row(cells: list[_Cell], printed: list[_Cell], k: int, line: str) -> _GridRow | None:
    """A `|` row of `k` cells after its label: its cells in their places (an empty one
    kept), or, where empty cells stand apart from the columns, the cells as printed."""
    for row in (cells, printed):
        values = row[1:]
        while len(values) > k and not values[-1].text:
            values = values[:-1]
        if len(values) == k:
            return _GridRow(row[0].text, values, line)
    return None


def _caption_row(
    printed: list[_Cell], caption: tuple[Period, bool], line: str
) -> _TableFigure | None:
    """A row of one label and one number under a caption of one period (data leaks: under
    a caption naming the rows as kinds, `type`, `soort`, `categorie`, any label is a kind)."""
    if len(printed) != 2 or not _CELL_VALUE.match(printed[1].text):
        return None
    label = printed[0].text
    leak = _SUBJECT.get()[0] == LEAK
    named = _kind_row_label(label, caption[1]) if leak else _cell_label(label, "")
    if named is None:
        return None
    value = _count(printed[1])
    return (printed[1].offset, named[0], value, "count", caption[0], named[1], line)


#: a header of years down the rows flattened to one line: the year title and the one
#: column's title (`Jaartal Gemelde gegevenslekken`, `Jaar Aantal klachten`)
_YEAR_TITLE_LINE = re.compile(r"^\s*(?P<year>\S+)\s+(?P<title>[^\W\d][^\d|:]{2,60}?)\s*:?\s*$")
#: a row of it: a year, or a last `Totaal`, and one number (`2015 13`, `Totaal 1.432`)
_YEAR_ROW_LINE = re.compile(r"^\s*(?P<head>\S+)\s+(?P<value>\d[\d.]*)\s*$")


def _year_row_grids(text: str) -> list[_Grid]:
    """Grids of one column of years flattened one row per line: under a header of the
    year title and the column's title, rows of a year (or a `Totaal`) and one number,
    to the first line that is no such row."""
    out: list[_Grid] = []
    grid: _Grid | None = None
    for m in re.finditer(r"^.*$", text, re.MULTILINE):
        line = m.group(0)
        header = _YEAR_TITLE_LINE.match(line)
        if header and _year_title(header["year"]):
            grid = _Grid(header["year"], [header["title"]], [])
            out.append(grid)
            continue
        row = _YEAR_ROW_LINE.match(line)
        if grid is None or row is None or not _CELL_VALUE.match(row["value"]):
            grid = None
            continue
        value = _Cell(m.start() + row.start("value"), row["value"])
        grid.rows.append(_GridRow(row["head"], [value], line.strip()))
    return out


def _pipe_cells(m: re.Match) -> list[_Cell] | None:
    """The cells of a `|` line, an empty one kept (text ''); None for a line of fewer
    than two `|`."""
    line = m.group(0)
    if line.count("|") < 2:
        return None
    parts = line.split("|")
    # `| a | b |`: nothing before the first bar and after the last is no cell
    first = 1 if not parts[0].strip() else 0
    last = len(parts) - 1 if not parts[-1].strip() else len(parts)
    cells, pos = [], sum(len(p) + 1 for p in parts[:first])
    for part in parts[first:last]:
        stripped = part.strip()
        at = pos + (part.index(stripped) if stripped else 0)
        cells.append(_Cell(m.start() + at, stripped))
        pos += len(part) + 1
    return cells
