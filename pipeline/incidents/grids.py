"""Tables read by their structure: one grid model, whatever layout flattened the table.

A web page or a PDF flattens a table to text in a few layouts: a header of column titles on
one line between `|`, or one title per line; rows of a label and one cell per column on
one line (between `|`, or apart by spaces, an empty cell a wider gap), or one cell per line
(a dash, a line of blanks, or `onbekend` for a cell with no figure). The layout readers
here turn each into a `_Grid` (the label column's title, the column titles, the rows, each
with the sub-heading over it inside the table), and `_grid_figures` reads every grid the
same way, by its two axes:

- columns of periods (`cells._column_periods`: `2021`, `Q1 2022`, `Defensie 2015`, a last
  `Totaal`, a column of changes no figures) over rows of what is counted (`_row_name`: its
  label a category, a total or, under a title or a sub-heading naming kinds, a kind; under
  a sub-heading of a part, `Waarvan`, a bare `Totaal` the part's sum), rows of kinds it
  does not know that add up to a total row, above or below it, its kinds (`other`:
  `_kinds_above_totals`, `cells._parts_of_totals`); a row that lost a cell, the rows under
  a sub-heading of a stage of handling (`Afgehandeld`) and the sub-columns of parts after
  each period's count (`Aantal | Aantal gegrond | % gegrond`) are taken, not read;
- rows of periods (years, quarters, months; `05/23` or `05-2023` under a month's title, see
  `cells._period_title`; a last `Totaal` row the span of the rows above) under columns of
  what is counted: a title the vocabulary reads (`labels._cell_label`: `Totaal`, `Aantal
  klachten`), or a kind it does not know (`Bejegening`, `Behandelduur`: `other`) where the
  columns add up to the `Totaal` column in most rows, which makes them a breakdown of it
  (columns of stages, measures or anything else add up to nothing, and are not read; nor
  are kinds beside a second count of the whole, `Klachten | Bezwaren | Totaal`).

Rows of shares under columns of periods are the kinds' shares in percent (the whole's 100 %
is no figure), where the label names a category or the title names the rows as kinds; so
is a column's share sub-column after its count (`n %` titles, or cells with their sign:
`40 20% 35 17,5%`). A cell OCR could not read (`XX`) follows from the others where the
last column is their sum (`Q1 Q2 Q3 Totaal`).

The layouts of a table flattened one cell per line (`_line_grids`) are found from where
the header starts: a header of periods (`2021`, `2022`; the years on one line), a year title
over the columns' titles (`Jaar`, `Wob-verzoeken`, ...), or a run of any titles (its rows
parted by a line of blanks too). A label column without a title whose every row is a
period is a column of periods (`_untitled_periods`): so are the rows of years under a
header line of the columns' titles alone (`_year_row_grids`) and a list of years under
its caption (`• 2016: 11.900`, `_year_list_grids`: one column, titled by the caption). A
table with no axis of periods, in a text that reports on one year, is that year's (gold rule
14): its column of the whole row by row (`_report_year_figures`), and a table of one row
under its label, titles and cells a line each, its column of the report year's count
(`_one_row_tables`: `Klachten`, `Aantal verslagjaar`, ..., `492`, ...). What the
grids do not hold is read elsewhere: the tables of years by parts of the year (two axes
of periods, `cells._part_of_year_rows`), cells glued without separators (which split
only by arithmetic: `cells._glued_rows`, `cells._glued_share_rows`), tables rebuilt from a
PDF page's word boxes (`boxes`: columns by the words' positions), a `Totaal` row without
its header and a header line of categories (`tables`). The header lines of periods over
rows a line each are a layout of `tables` (`_line_tables`: their reach, their captions),
read here. A table of amounts, shares or ages has no cells of counts (`cells._CELL_VALUE`)
or no title that counts, and gives no figure; the document's subject gates (`subjects`)
decide whether its tables are read at all.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from pipeline.incidents.cells import (
    _CELL_VALUE,
    _COUNT_CELL,
    _GARBLED_CELL,
    _NUMERIC_CELL,
    CAPTION_CELLS,
    TITLE_CHARS,
    _Cell,
    _CellFigure,
    _change_title,
    _column_periods,
    _column_title_period,
    _empty_cell,
    _glued_rows,
    _glued_year_rows,
    _intake_rows,
    _line_cells,
    _part_of_year,
    _part_of_year_rows,
    _parts_of_totals,
    _period_cell,
    _period_title,
    _year_title,
)
from pipeline.incidents.labels import (
    _KIND_TITLE,
    _SHARE_CELL,
    _cell_label,
    _handled_count_label,
    _is_total_title,
    _kind_label,
    _kind_row_label,
    _row_label,
)
from pipeline.incidents.periods import find_periods, month_period
from pipeline.incidents.records import Period, year_period
from pipeline.incidents.rules import _handling_re
from pipeline.incidents.vocab import _SUBJECT, LEAK, PATTERN_FILE, _vocab, _words_alt
from pipeline.nlp import load_patterns

#: a figure of a table: (offset, category or None for a cell taken but not read, value,
#: unit, period, scope, row text), as the readers of `tables` give theirs
_TableFigure = tuple[int, str | None, float, str, Period, str | None, str]


class _GridRow(NamedTuple):
    label: str
    # one per column (an empty cell's text is ''); fewer where the row lost an empty cell
    # when the table was flattened; a multiple of the columns where each column splits
    # into sub-columns
    cells: list[_Cell]
    line: str  # the row as text: the figures' evidence
    heading: _Cell | None = None  # the sub-heading over the row inside the table


class _Grid(NamedTuple):
    title: str  # the label column's title ('' where the header has none)
    columns: list[str]  # the column titles, left to right
    rows: list[_GridRow]
    # the columns' periods where the layout read them off a header line (`Q1 Q2 Totaal`
    # of the report's year, one period over one column), else from the titles
    periods: list[Period | None] | None = None
    scope: str | None = None  # the unit the table's caption names (its figures' scope)
    shares: bool = False  # each column splits into a count and its share (`n %`)
    areas: bool = False  # the caption counts per area (`in elke provincie`): rows are areas


def _table_cells(
    text: str, year: int | None = None, raw: str = "", reported: int | None = None
) -> list[_TableFigure]:
    """The cells of the document's tables: its `|` tables and one-row-a-line tables of
    years, the tables whose cells lost their separators (`cells._glued_rows`), and the
    tables flattened one cell per line (`_line_grids`; `raw`: the text before its dates
    were masked) where no earlier layout read their cells; such a table with no axis of
    periods, the year the text reports on (`reported`, gold rule 14)."""
    rows = _pipe_figures(text, year)
    for grid in _year_row_grids(text) + _year_list_grids(text):
        rows += _grid_figures(grid, year)
    rows += _as_counts(_parts_of_totals(_glued_rows(text)) + _glued_year_rows(text))
    cells = _line_cells(text, raw)
    grids, parts = _line_grids(cells, year)
    rows = _merged(rows, _as_counts(parts) + _one_row_tables(cells, reported))
    for grid in grids:
        found = _grid_figures(grid, year) or _report_year_figures(grid, reported)
        rows = _merged(rows, found)
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
    periods = grid.periods or _column_periods(grid.columns, year)
    if periods:
        rows = _period_column_rows(grid, periods)
        labels = [r.label for r in grid.rows]
        counts = _parts_of_totals(_kinds_above_totals(labels, rows, grid.areas))
        shares = _share_figures(grid, periods) + _sub_share_figures(grid, periods)
        shares += _share_column_figures(grid, periods)
        return [(*f[:5], f[5] or grid.scope, f[6]) for f in _as_counts(counts) + shares]
    # rows of periods stand under a title that says so (`Maand`, `Jaar`): a heading or a
    # header line above rows of figures is no column of them; a label column without a
    # title is one of periods where every row's label is one (`2016`, `2017`)
    kind = _period_title(grid.title) or _untitled_periods(grid)
    row_periods = _row_periods([r.label for r in grid.rows], kind, year) if kind else None
    if row_periods is None:
        return []
    names = _column_names(grid)
    out: list[_TableFigure] = []
    for row, period in zip(grid.rows, row_periods, strict=True):
        if period is None or len(row.cells) != len(names):
            continue  # a row of no period (`Gemiddeld`), or one that lost a cell
        for cell, name, title in zip(row.cells, names, grid.columns, strict=True):
            if _empty_cell(cell) or not _CELL_VALUE.match(cell.text):
                continue  # a cell of no count
            category, scope = name or (None, None)  # a column not read: taken, no figure
            line = f"{title}: {row.line}"  # the column's title says what the cell counts
            out.append((cell.offset, category, _count(cell), "count", period, scope, line))
    return out


def _report_year_figures(grid: _Grid, year: int | None) -> list[_TableFigure]:
    """The figures of a grid with no axis of periods, in a text that reports on one `year`
    (gold rule 14: a table printing no period of its own takes the reported year): its
    column of the whole (`Totaal`) only, each row as its label names it (under a caption
    counting per area, a place's name the area's total, gold rule 15); the other columns'
    cells of those rows are taken, not read (kinds beside the whole may be the body's own
    work: a column of transport rides). A row whose label names nothing is left to the
    other layouts (`tables._table_rows` reads `Bejegening 40 20%` under `Soort klacht 2023`)."""
    if year is None or grid.periods or _column_periods(grid.columns, year):
        return []
    names = [_cell_label(title, "") for title in grid.columns]
    whole = _total_column(grid.columns, names)
    if whole is None or _row_periods([r.label for r in grid.rows], "period", year):
        return []
    period = year_period(year)
    out: list[_TableFigure] = []
    for row in grid.rows:
        if len(row.cells) != len(grid.columns):
            continue
        heading = row.heading.text if row.heading else ""
        if grid.areas:
            named = _area_label(row.label)
        else:
            named = _row_name(row.label, grid.title, heading, False)
        if named is None:
            continue  # a row not read: its cells are left to the other layouts
        for i, cell in enumerate(row.cells):
            if _empty_cell(cell) or not _CELL_VALUE.match(cell.text):
                continue
            category, scope = named if i == whole else (None, None)
            out.append((cell.offset, category, _count(cell), "count", period, scope, row.line))
    return out


#: a cell of an amount in a table of counts (`€ 121.509`, `(€) 0`, `(€) 1.442,-`, `(€)`)
_AMOUNT_CELL = re.compile(r"^\(?€\)?\s*[\d.,]*-?$")
#: a table's numbered caption before its label (`Tabel 44 Klachten`)
_TABLE_NUMBER = re.compile(r"^\s*(?:tabel|table)\s+\d+[a-z]?\s*[:.]?\s+", re.IGNORECASE)


def _one_row_tables(cells: list[_Cell], year: int | None) -> list[_TableFigure]:
    """The tables of one row flattened one cell per line under the row's label (a copy of
    a yearly report's annex: `Klachten`, its column titles `Aantal verslagjaar`, `Aantal
    afgedaan binnen (verdaagde) wettelijke termijn`, `Percentage afgedaan ...`, then one
    cell per title, an amount's too): the column titled as the count of the report's year
    (`report_year_titles`) gives the count of the items the label names, for the year the
    text reports on (`year`, gold rule 14); the other columns (handled in time, shares,
    amounts) are taken, not read, as is a row whose label names none of the items."""
    out: list[_TableFigure] = []
    for i in range(len(cells)):
        found = _one_row_at(cells, i)
        if found is None or year is None:
            continue
        titles, values = found
        column = next((n for n, t in enumerate(titles) if _report_year_title(t)), None)
        if column is None or not _CELL_VALUE.match(values[column].text):
            continue
        label = _TABLE_NUMBER.sub("", cells[i].text)
        line = " ".join([label, *(f"{t}: {c.text}" for t, c in zip(titles, values, strict=True))])
        count = _row_count(values, column)
        named = _row_name(label, "", "", False) if count is not None else None
        period = year_period(year)
        for n, cell in enumerate(values):
            if _CELL_VALUE.match(cell.text):
                category, scope = named if named and n == column else (None, None)
                value = count if named and n == column and count is not None else _count(cell)
                out.append((cell.offset, category, value, "count", period, scope, line))
    return out


def _one_row_at(cells: list[_Cell], i: int) -> tuple[list[str], list[_Cell]] | None:
    """(titles, cells) of a one-row table whose label is `cells[i]`: two or more titles
    (no figure, no sentence), then as many cells of figures or amounts, and no more."""
    if not _one_row_title(cells[i]):
        return None
    j = i + 1
    while j < len(cells) and _one_row_title(cells[j]):
        j += 1
    k = j - i - 1
    values = cells[j : j + k]
    if k < 2 or len(values) < k or not all(_row_value(c) for c in values):
        return None
    if j + k < len(cells) and _row_value(cells[j + k]) and not _footnote_mark(cells, j + k):
        return None  # more cells than titles: another layout
    return [c.text for c in cells[i + 1 : j]], values


def _footnote_mark(cells: list[_Cell], i: int) -> bool:
    """Whether `cells[i]` is a footnote's number under a table (`1`, then the note's text:
    texts202 defensie-burgerbrieven-2016), no cell of its row."""
    note = cells[i + 1].text if i + 1 < len(cells) else ""
    return (
        re.fullmatch(r"[1-9]", cells[i].text) is not None
        and bool(note)
        and not (_row_value(cells[i + 1]))
    )


def _one_row_title(cell: _Cell) -> bool:
    text = cell.text
    sentence = text.endswith((".", "!", "?"))
    return 0 < len(text) <= LABEL_CHARS and not _row_value(cell) and not sentence


def _row_value(cell: _Cell) -> bool:
    return _figure_cell(cell) or bool(cell.text and _AMOUNT_CELL.match(cell.text))


def _report_year_title(title: str) -> bool:
    """A column title counting the items of the report's year (`Aantal verslagjaar`)."""
    words = re.findall(r"[^\W\d]+", title.casefold())
    report_year = set(_vocab()["data"]["report_year_titles"])
    return words[:1] == ["aantal"] and bool(report_year.intersection(words))


def _row_count(values: list[_Cell], column: int) -> float | None:
    """The count of a one-row table's `column`, where the row agrees with it
    (`_consistent_row`); a count glued to a footnote's mark (`2561` for 256 with mark 1,
    then `246, 96%`: texts202 defensie-burgerbrieven-2016) is the count without its last
    digit where that count, and only it, agrees; None for a row that agrees with neither."""
    if _consistent_row(values, column):
        return _count(values[column])
    text = values[column].text
    if not re.fullmatch(r"\d{3,5}", text):
        return None
    mended = values[:column] + [values[column]._replace(text=text[:-1])] + values[column + 1 :]
    return _count(mended[column]) if _consistent_row(mended, column) else None


def _consistent_row(values: list[_Cell], column: int) -> bool:
    """Whether the row's count agrees with the share after it of the count before that
    share (`28, 4, 14,3%`: 4 of 28 is 14,3 %): a count glued to a footnote's mark (`2561`
    for 256 with mark 1, `246, 96%`) disagrees (`_row_count` reads it without its mark)."""
    whole = _count(values[column])
    for before, cell in pairwise(values[column + 1 :]):
        if _SHARE_CELL.match(cell.text) and _CELL_VALUE.match(before.text) and whole:
            return abs(100 * _count(before) / whole - _share(cell)) <= 1
    return True


def _untitled_periods(grid: _Grid) -> str | None:
    """`period` for a grid whose label column has no title and whose every row (two or
    more) is labelled by a period alone; None otherwise, and None where a column's title
    starts with a period's title (`Jaar Gemelde datalekken`: the label column's title
    on one line with a column's, a header the grid did not part)."""
    labels = [row.label for row in grid.rows]
    if grid.title.strip() or len(labels) < 2:
        return None
    if any(_period_title(title.split()[0]) for title in grid.columns if title.split()):
        return None
    if all(_period_cell(label, None) for label in labels):
        return "period"
    # `Resultaat 2016:`, `Resultaat 2015:`: one label over every row, as over columns
    named = [_column_title_period(label.strip(" :"), None) for label in labels]
    return "period" if all(named) and len({n[0] for n in named if n}) == 1 else None


#: a sub-heading over rows that are a part of the items (`Waarvan`, `..., waarvan na
#: toetsing blijkt ...:`): a bare `Totaal` closing them is the part's sum, not the total
_PART_HEADING = re.compile(r"\bwaarvan\b", re.IGNORECASE)


def _period_column_rows(grid: _Grid, periods: list[Period | None]) -> list[list[_CellFigure]]:
    """The figures of each row of a grid under columns of periods (`_row_name`); a row
    that lost a cell (which column each number stands in is unknown), or one under a
    sub-heading of a stage of handling (`Afgehandeld`), gives its cells taken, not read
    (category None), as does each sub-column after a column's first (its count)."""
    out = []
    closed: set[int] = set()  # the parts' sub-headings whose sum row has passed
    received = any(_cell_label(row.label, grid.title) == ("total", None) for row in grid.rows)
    for row in grid.rows:
        heading = row.heading.text if row.heading else ""
        cells, rest = _sub_cells(row.cells, len(periods))
        # a line above the first row titles the label column (`Oordeel`): no stage
        section = row.heading is not None and row.heading != grid.rows[0].heading
        if cells is None or (section and _handling_re().search(heading)):
            out.append(_taken(row.cells, periods, row.line))
            continue
        part = row.heading is not None and row.heading.offset not in closed
        part = part and _PART_HEADING.search(heading) is not None
        named = _row_name(row.label, grid.title, heading, part)
        if grid.areas and named is not None and _is_total_title(row.label):
            # under a caption counting per area the rows are the areas one body serves
            # (gold rule 15), not organisations of a group (rule 1): `Totaal` is its whole
            named = named[0], None
        if named == ("total", None) and _kind_above_own_total(row.label, grid):
            named = _kind_label(row.label)  # `Ongeval` above `Totaal` under `Meldingsklasse`
        if named is None and not received and _handled_count_label(row.label):
            named = "total", None  # `totaal aantal afgedane bezwaarschriften`, none received
        out.append(_cell_row(cells, periods, row.line, named) + _taken(rest, periods, row.line))
        if part and _is_total_title(row.label):
            closed.add(row.heading.offset)  # the part's sum closes it
    return out


def _kind_above_own_total(label: str, grid: _Grid) -> bool:
    """Whether a row the vocabulary reads as the items' whole is one kind: under a title
    of kinds with its own `Totaal` row (`Ongeval` under `Meldingsklasse`)."""
    own_total = _KIND_TITLE.search(grid.title) is not None
    own_total = own_total and any(_is_total_title(row.label) for row in grid.rows)
    return own_total and not _is_total_title(label)


def _row_name(label: str, title: str, heading: str, part: bool) -> tuple[str, str | None] | None:
    """(category, scope) of a row under columns of periods, as the vocabulary reads its
    label (`labels._cell_label`, under the label column's `title`); under a title or a
    sub-heading naming the rows as kinds (`Soort klacht`, `Aard van de melding`) any
    other label names a kind; under a sub-heading of a part (`part`), a bare `Totaal` is
    the part's sum, not read."""
    if part and _is_total_title(label):
        return None
    if _total_of_the_title(label, title):
        return "total", None
    if named := _cell_label(label, title):
        return named
    if (row := _row_label(label)) and row[2] is None:
        return row[0], row[1]  # a category of the vocabulary, a unit (`SAVE`)
    kinds = _KIND_TITLE.search(title) or _KIND_TITLE.search(heading)
    return _kind_label(label) if kinds else None


#: a total row's label naming what it counts (`Totaalaantal overlastmeldingen`, `Totaal
#: aantal meldingen`): `totaal`, then `aantal` (glued or not), then a plural
_NAMED_TOTAL = re.compile(r"^(?:eind)?totaal\s*(?:aantal\s+)?(?P<noun>[^\W\d]{4,})$", re.IGNORECASE)


def _total_of_the_title(label: str, title: str) -> bool:
    """Whether a row is the table's total row naming the items its title counts
    (`Totaalaantal overlastmeldingen` under `Overlastmeldingen Huisvesting`: utrecht's VTH
    report): the noun after `totaal` is the title's first word, so the row sums the
    table's own items whatever the vocabulary knows of them."""
    m = _NAMED_TOTAL.match(label.strip(" :"))
    first = title.split()[0].casefold() if title.split() else ""
    return m is not None and m["noun"].casefold() == first


def _sub_cells(cells: list[_Cell], k: int) -> tuple[list[_Cell] | None, list[_Cell]]:
    """The cells of a row under `k` columns, and the cells of their sub-columns after the
    first: a row of `k` cells, or of `k` groups of one width (`Aantal, Aantal gegrond, %
    gegrond` under each year; a row that fills the first sub-column only has `k`); None
    for a row of any other number of cells."""
    width = len(cells) // k
    if width == 0 or width * k != len(cells):
        return None, []
    return cells[::width], [c for n, c in enumerate(cells) if n % width]


def _taken(cells: list[_Cell], periods: list[Period | None], line: str) -> list[_CellFigure]:
    """The number cells of a table that are no figures: taken, so that the running text
    does not read them either."""
    period = next(p for p in periods if p)
    return [(c.offset, None, _count(c), period, None, line) for c in cells
            if _CELL_VALUE.match(c.text)]  # fmt: skip


def _cell_row(
    cells: list[_Cell],
    periods: list[Period | None],
    line: str,
    named: tuple[str, str | None] | None,
) -> list[_CellFigure]:
    """The figures of one row of cells under columns of periods, `named` (category,
    scope) by its label: a dash is no figure, a column of changes (period None) none; a
    row whose label is not read gives its cells with category None (a row of the table
    all the same: taken, no figure of the text); a cell of no count (a share, an amount)
    makes the row no row of counts."""
    category, scope = named or (None, None)
    values = _cell_values(cells, periods)
    if values is None:
        return []
    return [(cell.offset, category, value, period, scope, line)
            for cell, value, period in zip(cells, values, periods, strict=True)
            if period is not None and value is not None]  # fmt: skip


def _cell_values(cells: list[_Cell], periods: list[Period | None]) -> list[float | None] | None:
    """The count of each cell of a row (None: no figure, a dash or a cell OCR could not
    read, `XX`); None for a row with a cell of no count (a share, an amount). Where the
    last column is the sum of the others (`Q1 Q2 Q3 Totaal`), one cell OCR could not
    read follows from the others."""
    values: list[float | None] = []
    for cell, period in zip(cells, periods, strict=True):
        if period is None or _empty_cell(cell) or _unread_cell(cell):
            values.append(None)
        elif _CELL_VALUE.match(cell.text):
            values.append(_count(cell))
        else:
            return None
    unread = [i for i, c in enumerate(cells) if periods[i] and _unread_cell(c)]
    ends = (periods[0], periods[-2], periods[-1]) if len(periods) >= 3 else (None,)
    summed = all(ends) and periods[-1] == Period(periods[0].start, periods[-2].end)
    if len(unread) == 1 and summed:
        i, parts = unread[0], [v or 0.0 for v in values[:-1]]
        whole = sum(parts) if i == len(values) - 1 else (values[-1] or 0.0) - sum(parts)
        values[i] = whole if whole >= 0 and (i == len(values) - 1 or values[-1]) else None
    return values


def _unread_cell(cell: _Cell) -> bool:
    """A cell OCR could not read (`aS`, `{`, `U7,`): short, no number."""
    text = cell.text
    return (
        bool(_GARBLED_CELL.match(text)) and not _NUMERIC_CELL.match(text) and not _empty_cell(cell)
    )


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
        named = _share_row_name(row, grid)
        if named is None:
            continue
        out += [(c.offset, named[0], _share(c), "percent", p, named[1], row.line)
                for c, p in filled]  # fmt: skip
    return out


def _sub_share_figures(grid: _Grid, periods: list[Period | None]) -> list[_TableFigure]:
    """The share sub-column after each column's count (`n %` under each year, or cells
    with their sign, `40 20% 35 17,5%`): the count's share in percent, where the label
    names a category or a kind (not the whole's 100 %)."""
    out: list[_TableFigure] = []
    for row in grid.rows:
        shares = row.cells[1::2]
        if len(row.cells) != 2 * len(periods) or not any(c.text for c in shares):
            continue
        if not grid.shares and not all(_SHARE_CELL.match(c.text) for c in shares if c.text):
            continue
        named = _share_row_name(row, grid)
        if named is None:
            continue
        out += [(c.offset, named[0], _share(c), "percent", p, named[1], row.line)
                for c, p in zip(shares, periods, strict=True)
                if p and _NUMERIC_CELL.match(c.text.replace(" ", ""))]  # fmt: skip
    return out


def _share_column_figures(grid: _Grid, periods: list[Period | None]) -> list[_TableFigure]:
    """The share column right after a count column of no period title (`Aantal
    incidenten | Percentage incidenten`, `_count_column_header`): each kind's share of
    the items in the count column's period."""
    if not grid.shares or len(periods) < 2 or periods[1] is not None or periods[0] is None:
        return []
    out: list[_TableFigure] = []
    for row in grid.rows:
        # under its title the cell needs no sign (`5,2`)
        if len(row.cells) != len(periods) or not _SHARE_CELL.match(row.cells[1].text + "%"):
            continue
        if (named := _share_row_name(row, grid)) is not None:
            cell = row.cells[1]
            out.append(
                (cell.offset, named[0], _share(cell), "percent", periods[0], named[1], row.line)
            )
    return out


def _share_row_name(row: _GridRow, grid: _Grid) -> tuple[str, str | None] | None:
    """(category, scope) of a row of shares: a kind's (the whole's 100 % is no figure)."""
    heading = row.heading.text if row.heading else ""
    named = _row_name(row.label, grid.title, heading, False)
    if named == ("total", None) and _kind_above_own_total(row.label, grid):
        named = _kind_label(row.label)  # `Ongeval | 90.640 | 9,3 |`, as its count reads
    return None if named is None or named[0] == "total" else named


def _share(cell: _Cell) -> float:
    return float(cell.text.rstrip("% ").replace(",", "."))


def _kinds_above_totals(
    labels: list[str], rows: list[list[_CellFigure]], areas: bool = False
) -> list[_CellFigure]:
    """The figures of a grid's rows (`labels`: their labels), the rows above a total row
    (since the table's start or the total before it) that add up to it in every column
    read as a breakdown of the whole: each row not read whose label names a kind
    (`_kind_label`: no stage of handling, no digit) `other`; under a caption counting per
    area (`areas`), each row labelled by a place's name is that area's total, the name its
    scope (gold rule 15: `Antwerpen 397.675 356.820` under `... in elke provincie`). The
    mirror of `cells._parts_of_totals`, which reads the rows below a total."""
    out = [list(row) for row in rows]
    start = 0
    for t, row in enumerate(rows):
        if not row or not all(f[1] == "total" and f[4] is None for f in row):
            continue
        block, start = range(start, t), t + 1
        unread = [i for i in block if rows[i] and all(f[1] is None for f in rows[i])]
        kinds = [_area_label(labels[i]) if areas else _kind_label(labels[i]) for i in unread]
        if len(block) < 2 or not unread or not all(kinds):
            continue
        if any(f[1] == "total" for i in block for f in rows[i]):
            continue  # `Klachten`, `Bezwaren`, `Totaal`: items of several kinds, no breakdown
        sums: dict[Period, float] = {}
        for f in (f for i in block for f in rows[i]):
            sums[f[3]] = sums.get(f[3], 0.0) + f[2]
        if sums == {f[3]: f[2] for f in row}:
            for i, kind in zip(unread, kinds, strict=True):
                out[i] = [(f[0], kind[0], f[2], f[3], kind[1] or f[4], f[5]) for f in rows[i]]
    return [f for row in out for f in row]


#: a place's name as a row label: capitalised words of letters, joined by a hyphen or a
#: space (`West-Vlaanderen`, `Den Bosch`, `'s-Hertogenbosch`)
_PLACE_LABEL = re.compile(r"(?-i:(?:'s-)?[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+){0,2})")


def _area_label(label: str) -> tuple[str, str | None] | None:
    """(category, scope) of a row of a table counting per area: a place's name is the
    area's total (`Antwerpen`); any other label is not read."""
    label = label.strip(" :")
    return ("total", label) if _PLACE_LABEL.fullmatch(label) else None


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
    if kind == "period" and (named := _column_title_period(label, year)):
        return named[1]  # `Resultaat 2016` (see `_untitled_periods`)
    if m := _MONTH_CELL.fullmatch(label):
        month, short = int(m["m"] or m["m2"]), m["y"] or m["y2"]
        in_year = int(short) + 2000 if len(short) == 2 else int(short)
        return month_period(in_year, month)
    month = _vocab()["months"].get(label.casefold())
    return month_period(year, month) if month and year else None


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
_ROW_CELL = re.compile(rf"{_COUNT_CELL}|\d{{1,3}}(?:,\d+)?%|[-–—]")
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
        and _number_run(cell) is None
    )


def _number_run(cell: _Cell) -> list[_Cell] | None:
    """The cells of a line of two or more numbers apart by blanks and nothing else (`98
    19 117`: a row's cells on the line below its label); None for any other line."""
    tokens = list(re.finditer(r"\S+", cell.text))
    if len(tokens) < 2 or not all(_ROW_CELL.fullmatch(t.group(0)) for t in tokens):
        return None
    return [_Cell(cell.offset + t.start(), t.group(0)) for t in tokens]


def _line_grids(cells: list[_Cell], year: int | None) -> tuple[list[_Grid], list[_CellFigure]]:
    """The grids of the tables flattened one cell per line (or a row a line under titles
    one per line), each from where its header starts: a header of periods
    (`_period_header_grid`), a year title over the columns' titles (`_year_title_grid`),
    else a run of titles (`_grid_below`); and the cells of the tables of years by parts
    of the year (`cells._part_of_year_rows`: an axis of periods each way, which no grid
    holds) and of the tables of a year's intake by kind and unit (`cells._intake_rows`:
    rows that lost their empty cells, whose first cell only is read)."""
    grids: list[_Grid] = []
    parts: list[_CellFigure] = []
    titles = _title_runs(cells)
    headed: dict[int, tuple[_Grid, int] | None] = {}

    def header_at(p: int) -> tuple[_Grid, int] | None:
        if p not in headed:
            headed[p] = _period_header_grid(cells, p, year) or _year_title_grid(cells, p)
        return headed[p]

    def part_at(p: int) -> tuple[list[_CellFigure], int] | None:
        if _part_of_year(cells[p].text):
            return _part_of_year_rows(cells, p)
        return _intake_rows(cells, p)

    i = 0
    while i < len(cells):
        if (found := header_at(i)) is None and (part := part_at(i)):
            parts += part[0]
            i = part[1]
            continue
        if found is None:
            # a run of titles that holds a header of periods, or of parts of the year,
            # is that header's: the titles before it are captions
            j = titles[i]
            later = next((p for p in range(i + 1, j) if header_at(p) or part_at(p)), None)
            found = _grid_below(cells, i, j, year) if j > i and later is None else None
            if found is None:
                i = later or max(j, i + 1)
                continue
        grid, i = found
        grids.append(grid)
    return grids, parts


def _title_runs(cells: list[_Cell]) -> list[int]:
    """For each cell, where the run of title cells (`_title_cell`) from it ends."""
    ends = [len(cells)] * (len(cells) + 1)
    for i in range(len(cells) - 1, -1, -1):
        ends[i] = ends[i + 1] if _title_cell(cells[i]) else i
    return ends[:-1]


def _period_header_grid(cells: list[_Cell], i: int, year: int | None) -> tuple[_Grid, int] | None:
    """The grid under a header of periods from `i` on (`_period_header`), its label
    column titled by the cell above (`Type melding` names the rows as kinds, `Afdeling`
    as units); its columns split into sub-columns where their titles say so
    (`_sub_column_titles`)."""
    header = _period_header(cells, i, year)
    if header is None:
        return None
    columns, j = header
    title = cells[i - 1].text if i > 0 else ""
    periods, j = _columns_cut_short(cells, j, _column_periods(columns, year))
    if first := _sub_column_titles(cells, j, len(columns)):
        rows, end = _grouped_rows(cells, first)
    elif j == i + 1 and j < len(cells) and _line_row(cells[j]):
        return None  # a header line over rows a line each: `tables._table_rows` reads them
    else:
        rows, end = _grid_rows(cells, j, len(columns), periods)
    caption = cells[i - 2].text if i > 1 else ""
    grid = _Grid(title, columns, rows, periods=periods, areas=_per_area(caption))
    return (grid, end) if rows else None


#: a header's line under a period's title that ends the column early (`t/m april` under
#: `2017`: the first four months)
_UP_TO_MONTH = re.compile(r"^(?:t/m|tot\s+en\s+met)\s+(?P<month>[^\W\d]+)$", re.IGNORECASE)


def _columns_cut_short(
    cells: list[_Cell], j: int, periods: list[Period | None] | None
) -> tuple[list[Period | None] | None, int]:
    """The columns' periods and where the header ends: under a header of years flattened
    one title a line, a line per column naming the month each runs to (`2017`, `2016`,
    `t/m april`, `t/m april`: UWV's table of the first four months) ends each year at that
    month; only where every column is a year and each gets such a line, in order (a
    column left without one would be misdated)."""
    if not periods or not all(p and p == year_period(p.start.year) for p in periods):
        return periods, j
    n = j
    while n < len(cells) and not cells[n].text:
        n += 1  # a line of blanks between the header's two lines
    ends = [_UP_TO_MONTH.match(c.text) for c in cells[n : n + len(periods)]]
    months = [m and _vocab()["months"].get(m["month"].casefold()) for m in ends]
    if len(months) != len(periods) or not all(months):
        return periods, j
    cut = [
        Period(p.start, month_period(p.start.year, m).end)
        for p, m in zip(periods, months, strict=True)
    ]
    return cut, n + len(periods)


@cache
def _per_area_re() -> re.Pattern:
    """An area's head noun (`area_nouns`) after `per`, `elke` or `iedere`."""
    areas = _words_alt(load_patterns(PATTERN_FILE)["area_nouns"])
    return re.compile(rf"\b(?:per|elke|iedere)\s+(?:{areas})\b", re.IGNORECASE)


def _per_area(caption: str) -> bool:
    """Whether a table's caption says it counts per area (`Er is een Hulpcentrum 112/100 in
    elke provincie`, `Aantal ritten per gemeente`)."""
    return _per_area_re().search(caption) is not None


def _period_header(cells: list[_Cell], i: int, year: int | None) -> tuple[list[str], int] | None:
    """The column titles of a header of periods flattened one title per line from `i` on
    (see `_column_periods`; a last `Totaal`, a column of changes), or the years of a
    header printed on one line (`2015 2016 2017`, glued `201520162017`) over rows
    flattened one cell per line, and where the header ends."""
    if i < len(cells) and (years := _years_in_one_cell(cells[i].text)):
        return (years, i + 1) if _column_periods(years, year) else None
    j = i
    titles: list[str] = []
    while j < len(cells) and (
        _column_title_period(cells[j].text, year)
        or (titles and (_is_total_title(cells[j].text) or _change_title(cells[j].text)))
    ):
        titles.append(cells[j].text)
        j += 1
        if _is_total_title(titles[-1]):
            break
    return (titles, j) if len(titles) >= 2 and _column_periods(titles, year) else None


#: one line of only years, glued or spaced (`20072008 ... 2017`, `2015 2016 2017`)
_YEARS_LINE = re.compile(r"(?:(?:19|20)\d\d\s*){2,15}")


def _years_in_one_cell(text: str) -> list[str] | None:
    """The years of a line of years running one a column (each the one before plus one,
    or minus one), else None."""
    if not _YEARS_LINE.fullmatch(text):
        return None
    years = re.findall(r"(?:19|20)\d\d", text)
    steps = {int(b) - int(a) for a, b in pairwise(years)}
    return years if steps in ({1}, {-1}) else None


#: how many column titles a year title may head (`jaar, aantal verzoeken, ...`)
YEAR_TITLE_COLUMNS = 6


def _year_title_grid(cells: list[_Cell], i: int) -> tuple[_Grid, int] | None:
    """The grid of years down the rows flattened one cell per line: a title naming the
    rows as years (`jaar`), the columns' titles (cells without a number) and rows of a
    year and a cell per column (`2012, 20, 0`; a last `Totaal`)."""
    if not _year_title(cells[i].text):
        return None
    j = i + 1
    while j < len(cells) and not _CELL_VALUE.match(cells[j].text) and j - i <= YEAR_TITLE_COLUMNS:
        j += 1
    columns = [c.text for c in cells[i + 1 : j]]
    rows, end = _grid_rows(cells, j, len(columns), None) if columns else ([], j)
    return (_Grid(cells[i].text, columns, rows), end) if rows else None


def _grid_below(cells: list[_Cell], i: int, j: int, year: int | None) -> tuple[_Grid, int] | None:
    """The grid whose titles are `cells[i:j]` (and, in the one-cell-per-line layout, whose
    first row's label is the last of them), and where it ends: the last `k` titles are
    the columns of rows of `k` cells, the one before them the label column's."""
    first = _line_row(cells[j]) if j < len(cells) else None
    if first is not None:
        k, titles = len(first.cells), cells[i:j]
        head = _header_titles([c.text for c in titles], k) if k >= 2 else None
    else:
        titles = cells[i : j - 1]
        j -= 1
        head, k = _cell_row_header([c.text for c in titles], cells, j + 1)
    if not head:
        return None
    title, columns = (head[0], head[1:]) if len(head) > k else ("", head)
    rows, end = _grid_rows(cells, j, k, _column_periods(columns, year))
    # the run's cell before the header is the table's caption (`Aantal ritten per gemeente`)
    caption = titles[len(titles) - len(head) - 1].text if len(titles) > len(head) else ""
    return (_Grid(title, columns, rows, areas=_per_area(caption)), end) if rows else None


def _cell_row_header(titles: list[str], cells: list[_Cell], j: int) -> tuple[list[str] | None, int]:
    """The header over rows flattened one cell per line whose first row's cells start at
    `j`, and their number: the cells of figures after the label; or, where the table
    parts its rows by a line of blanks (a web page's table: `2016, 136, 66, 42, ' ',
    2017, ...`, the years themselves cells of figures), the cells before the first blank
    one whose next row is labelled by a period, as the first row is."""
    k = _cells_after(cells, j)
    if k == 0 and j < len(cells) and (run := _number_run(cells[j])):
        k = len(run)  # the row's cells on one line below its label
    head = _header_titles(titles, k) if k >= 2 else None
    if head is not None:
        return head, k
    # a run of numbers on the label's line may count more cells than the text has left
    blank = next((n for n in range(min(k, len(cells) - j)) if not cells[j + n].text), None)
    after = j + (blank or 0) + 1
    if blank is None or blank < 2 or after >= len(cells):
        return None, k
    if _period_cell(cells[j - 1].text, None) and _period_cell(cells[after].text, None):
        return _header_titles(titles, blank), blank
    return None, k


def _header_titles(titles: list[str], k: int) -> list[str] | None:
    """The titles over rows of `k` cells: the last `k` title cells and the label column's
    before them; or one line of one-word titles, the first a period title (`Maand
    Bejegening Wachttijd Totaal`: a header a PDF's text printed on one line), or the
    columns' alone, the last their total (`tbs KIB Totaal`: the label column untitled)."""
    if len(titles) >= k:
        return titles[max(0, len(titles) - k - 1) :]
    words = titles[-1].split() if titles else []
    if len(words) == k and k >= 2 and _is_total_title(words[-1]):
        return words
    return words if len(words) == k + 1 and _period_title(words[0]) else None


def _cells_after(cells: list[_Cell], j: int) -> int:
    """How many cells from `j` on are number cells, shares or cells with no figure."""
    n = 0
    while j + n < len(cells) and _figure_cell(cells[j + n]):
        n += 1
    return n


def _figure_cell(cell: _Cell) -> bool:
    return bool(_CELL_VALUE.match(cell.text) or _SHARE_CELL.match(cell.text) or _empty_cell(cell))


def _grid_rows(
    cells: list[_Cell], j: int, k: int, periods: list[Period | None] | None
) -> tuple[list[_GridRow], int]:
    """The rows of `k` cells from `j` on, and where they end: each on one line
    (`_line_row`) or a label and its cells a line each (a cell of a column of changes,
    `periods` None there, may be a change: `+13%`); a row that lost an empty cell
    (`_short_row`) with its fewer cells; a line without cells after it a sub-heading
    (`_sub_heading`, a dash or a date too) over the rows below it. The rows end at a
    number without a label, at a year where the columns are periods (the next table's
    header), or at a line that fits no row."""
    rows: list[_GridRow] = []
    heading = None
    while j < len(cells):
        label = cells[j]
        if not label.text:  # an empty cell between rows: nothing of the table
            j += 1
            continue
        if row := _line_row(label, k):
            rows.append(row._replace(heading=heading))
            j += 1
            continue
        run = _number_run(cells[j + 1]) if j + 1 < len(cells) else None
        if run and len(run) == k and not _value_cell(label):
            rows.append(_GridRow(label.text, run, _row_line(label, run), heading))
            j += 2
            continue
        if _value_cell(label) and (periods is not None or not _period_cell(label.text, None)):
            break
        values = cells[j + 1 : j + 1 + k]
        if j + 1 + k >= len(cells) and values and not _figure_cell(values[-1]):
            values = [*values[:-1], _Cell(values[-1].offset, "")]  # the text breaks off
        n = k if _fits(values, k, periods) else _short_row(cells, j, k)
        if n:
            values = values if n == k else cells[j + 1 : j + 1 + n]
            rows.append(_GridRow(label.text, values, _row_line(label, values), heading))
            j += 1 + n
        elif _sub_heading(cells, j):
            heading = label
            j += 1
        else:
            break
    return rows, j


def _row_line(label: _Cell, values: list[_Cell]) -> str:
    return " ".join(c.text or "-" for c in [label, *values])


#: a cell of a column of changes (`+ 13%`, `-4`)
_CHANGE_CELL = re.compile(r"^[+\-–—−]?\s*\d[\d.,]*\s*%?$")


def _fits(values: list[_Cell], k: int, periods: list[Period | None] | None) -> bool:
    """Whether `values` are a row's `k` cells: counts, shares, cells with no figure, or
    changes in a column of changes."""
    if len(values) < k:
        return False
    changes = periods or [True] * k  # a column of changes has no period
    return all(
        _figure_cell(c) or (p is None and _CHANGE_CELL.match(c.text))
        for c, p in zip(values, changes, strict=True)
    )


def _short_row(cells: list[_Cell], j: int, k: int) -> int:
    """How many number cells follow the label at `j` when they are fewer than the `k`
    columns and the next row's label comes right after them (an empty cell lost when the
    table was flattened); 0 otherwise."""
    n = 0
    while j + 1 + n < len(cells) and _CELL_VALUE.match(cells[j + 1 + n].text):
        n += 1
    after = j + 1 + n
    if not 0 < n < k or after + 1 >= len(cells) or not cells[after].text:
        return 0
    following = cells[after].text
    label_like = not re.search(r"\d", following) and not following.endswith((".", "!", "?"))
    return n if label_like and _CELL_VALUE.match(cells[after + 1].text) else 0


#: how long a sub-heading inside a table may be without a colon or a title naming kinds
SUBHEADING_CHARS = 40


def _sub_heading(cells: list[_Cell], j: int) -> bool:
    """A line inside a table over the rows below it (`Waarvan`, `Aard van de melding`,
    any line ending in a colon): short, and followed by no number."""
    label = cells[j].text
    if j + 1 >= len(cells) or _CELL_VALUE.match(cells[j + 1].text):
        return False
    return (
        len(label) < SUBHEADING_CHARS
        or label.endswith(":")
        or (_KIND_TITLE.search(label) is not None and not label.endswith("."))
    )


#: the first sub-column's title under each period: the count the others qualify
_COUNT_TITLE = re.compile(r"^(?:totaal\s+)?(?:aantal|totaal|number|n)$", re.IGNORECASE)


def _value_cell(cell: _Cell) -> bool:
    return bool(_CELL_VALUE.match(cell.text) or _SHARE_CELL.match(cell.text))


def _sub_column_titles(cells: list[_Cell], j: int, k: int) -> int | None:
    """Where the first row starts, for a flattened header of `k` periods (from `j` on) each
    split into the same sub-columns, the first a count (`2014, 2015, [a caption,] Aantal,
    Aantal gegrond, % gegrond, Aantal, Aantal gegrond, % gegrond`); None for another
    table."""
    end = j
    while end < len(cells) and not _value_cell(cells[end]):
        end += 1
    titles = [c.text.casefold() for c in cells[j : end - 1]]  # the last is the first row's label
    for caption in range(CAPTION_CELLS + 1):
        rest = titles[caption:]
        width = len(rest) // k
        if width < 2 or width * k != len(rest) or not _COUNT_TITLE.match(rest[0]):
            continue
        if all(rest[g * width : (g + 1) * width] == rest[:width] for g in range(k)):
            return end - 1
    return None


def _grouped_rows(cells: list[_Cell], j: int) -> tuple[list[_GridRow], int]:
    """Rows under columns split into sub-columns, from `j` on: a label and every cell
    after it (a row may fill each column's first sub-column only); a label without
    cells a sub-heading; the table ends at a line of prose or a number without a label."""
    rows: list[_GridRow] = []
    heading = None
    while j < len(cells):
        label = cells[j]
        end = j + 1
        while end < len(cells) and (_value_cell(cells[end]) or _empty_cell(cells[end])):
            end += 1
        if _value_cell(label) or label.text.endswith((".", "!", "?")):
            break
        values = cells[j + 1 : end]
        if values:
            rows.append(_GridRow(label.text, values, _row_line(label, values), heading))
        else:
            heading = label
        j = end
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
        if header := _pipe_header(cells, printed, year) or _count_column_header(
            printed, text[: m.start()]
        ):
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


#: a column title that counts the rows' items (`Aantal incidenten`), and the one after it
#: that gives each row's share of them (`Percentage incidenten`, `% meldingen`)
_ITEMS_COUNT_TITLE = re.compile(r"^aantal\s+(?P<noun>[^\W\d][\w-]*)$", re.IGNORECASE)
_ITEMS_SHARE_TITLE = re.compile(
    r"^(?:percentage|aandeel|%)\s+(?P<noun>[^\W\d][\w-]*)$", re.IGNORECASE
)


def _count_column_header(printed: list[_Cell], before: str) -> _Grid | None:
    """A header of kinds down the rows whose first column counts the items and whose
    titles name no period (`Meldingsklasse | Aantal incidenten | Percentage incidenten
    |`): where the text above it names one period, one year (`gegevens ... uit 2019`),
    that year's counts, the share column right after it (of the same noun) that year's
    shares; other columns are no figures."""
    titles = [c.text for c in printed[1:]]
    count = _ITEMS_COUNT_TITLE.match(titles[0]) if titles else None
    if count is None or any(find_periods(t) for t in titles):
        return None
    spans = {p.period for p in find_periods(before) if p.anchors}
    whole = spans.pop() if len(spans) == 1 else None
    if whole is None or whole != year_period(whole.start.year):
        return None  # no year, several, or a span of years or a part of one
    periods: list[Period | None] = [whole] + [None] * (len(titles) - 1)
    share = _ITEMS_SHARE_TITLE.match(titles[1]) if len(titles) > 1 else None
    shares = share is not None and share.group("noun").lower() == count.group("noun").lower()
    return _Grid(printed[0].text, titles, [], periods, shares=shares)


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


#: a header of years down the rows flattened to one line: the year title and the columns'
#: titles (`Jaartal Gemelde gegevenslekken`, `Jaar Aantal klachten`, `Jaar
#: Ongevalsmeldingen Gestarte ongevalsonderzoeken Dodelijke slachtoffers`)
_YEAR_TITLE_LINE = re.compile(r"^\s*(?P<year>\S+)\s+(?P<title>[^\W\d][^\d|:]{2,240}?)\s*:?\s*$")
#: a header line of the columns' titles alone: no figure, no sentence's end
_TITLES_LINE = re.compile(r"[^\W\d][^\d|:.!?]{2,240}")
#: a row of it: a year, or a last `Totaal`, and its numbers (`2015 13`, `2018 4.368 2.145 51`)
_YEAR_ROW_LINE = re.compile(r"^\s*(?P<head>\S+)(?P<values>(?:\s+\d[\d.]*)+)\s*$")
#: how long the title of a table's one column may be (longer: a line of several titles)
ONE_TITLE_CHARS = 60


def _year_row_grids(text: str) -> list[_Grid]:
    """Grids of years down the rows flattened one row per line: under a header of the
    year title and the columns' titles (or of the columns' titles alone, right above
    the first year's row), rows of a year (or a `Totaal`) and a number per column, to the
    first line that is no such row or holds another number of cells."""
    out: list[_Grid] = []
    grid: _Grid | None = None
    title = previous = ""
    for m in re.finditer(r"^.*$", text, re.MULTILINE):
        line, above = m.group(0), previous
        previous = line.strip()
        header = _YEAR_TITLE_LINE.match(line)
        if header and _year_title(header["year"]):
            grid, title = _Grid(header["year"], [], []), header["title"]
            continue
        row = _YEAR_ROW_LINE.match(line)
        if grid is None and row and _is_year_head(row["head"]) and _TITLES_LINE.fullmatch(above):
            # a header line of the columns' titles alone over rows of years: the label
            # column untitled (`_untitled_periods`)
            grid, title = _Grid("", [], []), above
        values = list(re.finditer(r"\S+", row["values"])) if row else []
        if grid is None or not values or not all(_CELL_VALUE.match(v[0]) for v in values):
            grid = None
            continue
        if not grid.rows:
            columns = _line_column_titles(title, len(values))
            if columns is None:
                grid = None
                continue
            grid.columns.extend(columns)
            out.append(grid)
        elif len(values) != len(grid.columns):
            grid = None
            continue
        at = m.start() + row.start("values")
        cells = [_Cell(at + v.start(), v[0]) for v in values]
        grid.rows.append(_GridRow(row["head"], cells, line.strip()))
    return out


#: a line of a list of years: a year, a colon, `=` or a dash, and one count (`• 2016: 11.900`;
#: not a span of years, `2016 - 2017`)
_YEAR_VALUE_LINE = re.compile(
    r"^\s*(?:[•·▪*\-–]\s*)?(?P<head>(?:19|20)\d\d)\s*(?:[:=]|\s[-–]\s)\s*"
    r"(?P<value>\d{1,3}(?:\.\d{3})+|(?!(?:19|20)\d\d\b)\d{1,5})\s*$"
)
#: how many lines of running text may stand between a list of years and its caption
#: (a lead: `Het aantal meldingen is de laatste jaren vrij stabiel ...`)
LIST_LEAD_LINES = 1


def _year_list_grids(text: str) -> list[_Grid]:
    """Grids of one column of years down the rows, printed as a list (`• 2016: 11.900`,
    a line each): the list's caption (the short line without figures above it, at most
    `LIST_LEAD_LINES` lines of running text between) titles the column, the rows' label
    column has no title (`_untitled_periods`). A list without a caption is none."""
    out: list[_Grid] = []
    grid: _Grid | None = None
    caption, lead = "", 0
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        if row := _YEAR_VALUE_LINE.match(line):
            if grid is None and caption:
                grid = _Grid("", [caption], [])
                out.append(grid)
            if grid is not None:
                cell = _Cell(m.start() + row.start("value"), row["value"])
                grid.rows.append(_GridRow(row["head"], [cell], line.strip()))
            continue
        grid = None
        if _SECTION_LINE.fullmatch(line.strip().removesuffix(":")):
            # a heading, or a lead naming the list (`Aantal meldingen per jaar:`)
            caption, lead = line.strip().removesuffix(":"), 0
        elif (lead := lead + 1) > LIST_LEAD_LINES:
            caption = ""
    return out


#: a heading line: short, no figure, no sentence end
_SECTION_LINE = re.compile(rf"[^\d.!?:;]{{2,{ONE_TITLE_CHARS}}}")


def _is_year_head(cell: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", cell) is not None


def _line_column_titles(titles: str, k: int) -> list[str] | None:
    """The titles of `k` columns printed on one header line: the line for one column (a
    short title); for several, each title from a capital on (`Ongevalsmeldingen Gestarte
    ongevalsonderzoeken`: a table's titles start with one), or, where the capitals do not
    make up `k` titles, `k` untitled columns (their cells taken, not read)."""
    if k == 1:
        return [titles] if len(titles) <= ONE_TITLE_CHARS else None
    starts = [m.start() for m in re.finditer(r"(?<!\S)[A-Z]", titles)]
    if len(starts) != k or starts[0] != 0:
        return [""] * k
    return [titles[a:b].strip() for a, b in pairwise([*starts, len(titles)])]


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
