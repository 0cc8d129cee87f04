"""Tables whose rows carry their dimensions: a statistics table flattened one row a line,
and a table of areas by year whose cells lost their separators.

A statistics office's table page (CBS StatLine and its like) prints its header as one line
of titles: first the titles of the dimensions the rows run over, the area and the period
among them, then one title per column of figures, each with its unit in brackets:

    Veiligheidstaxatie Veiligheidsbeoordeling Regio's Perioden Ontvangen meldingen (aantal)
    Totaal Totaal Nederland 1e halfjaar 2020 64.505
    Totaal Totaal Noord-Nederland (LD) 1e halfjaar 2020 5.275

    Regio's Perioden Totaal incidenten (aantal) Brandincidenten Totaal brandincidenten
    (aantal) ... Hulpverleningsincidenten Totaal hulpverleningsincidenten (aantal) ...
    Nederland 2019* 237.860 115.480 ... 122.380 51.020

Each row then names its place in every dimension before its cells: `Totaal` for a
dimension taken whole (all assessments), the area (a level code in brackets after it,
`(LD)`, `(PV)`, is no part of its name) and the period (`2019*`: provisional). So the area
is each row's scope (gold rule 15, counts per area: areas inside areas are each written)
and the period each row's own; the columns say what is counted: the column the vocabulary
reads as the whole (`Totaal incidenten`, `Ontvangen meldingen`) is the `total`, and the
fewest other columns that add up to it in most rows are its kinds (`other`); the columns
that split a kind further are not written (rule 7, rows do not nest), nor a column whose
unit is no count (`(%)`, `(euro)`, `(x 1 000)`). A row that does not give every other
dimension whole (a kind of assessment, not `Totaal`) is a breakdown the header does not
name: not read, as no row of a header without an area and a period title is.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations, product
from math import prod
from typing import NamedTuple

from pipeline.incidents.cells import _COUNT_CELL, _change_title, _period_title
from pipeline.incidents.grids import _TableFigure
from pipeline.incidents.labels import _cell_label, _is_total_title, _kind_label
from pipeline.incidents.organisations import _PLACE_NAME
from pipeline.incidents.periods import find_periods
from pipeline.incidents.records import Period
from pipeline.incidents.records import year_period as _year
from pipeline.incidents.tables import _SUB_COUNT_TITLE
from pipeline.incidents.vocab import PATTERN_FILE
from pipeline.nlp import load_patterns

#: a column title's unit in brackets at its end (`Ontvangen meldingen (aantal)`)
_UNIT = re.compile(r"\s*\((?P<unit>[^()]*)\)$")
#: an area's level code after its name (`Groningen (PV)`, `Noord-Nederland (LD)`)
_LEVEL_CODE = re.compile(r"\s*\([A-Z]{1,4}\)$")
#: a row's cell: a count, or a dot or a dash for a cell with no figure
_CELL = re.compile(rf"{_COUNT_CELL}|[.-]")


@cache
def _area_titles() -> str:
    """An area's title over a column of areas: an area noun (`area_nouns`), singular or
    plural (`Regio`, `Regio's`, `Gemeenten`)."""
    nouns = load_patterns(PATTERN_FILE)["area_nouns"]
    areas = "|".join(sorted({re.escape(n) for n in nouns}, key=len, reverse=True))
    return rf"(?:{areas})(?:['’]?s|en|n)?"


def _area_title(title: str) -> bool:
    return re.fullmatch(_area_titles(), title, re.IGNORECASE) is not None


def _area_name(label: str) -> bool:
    """Whether a row label is an area's name (`organisations._PLACE_NAME`: `IJsselland`,
    `Brabant Noord`), also with a compound's shared part left out before `en` (`Gooi- en
    Vechtstreek`, `Midden- en West-Brabant`)."""
    return re.fullmatch(_PLACE_NAME, label.replace("- en ", " en ")) is not None


@cache
def _header_re() -> re.Pattern:
    """A header line: the titles of the dimensions before the area's (`Veiligheidstaxatie
    Veiligheidsbeoordeling`), the area's title (an area noun of `area_nouns`, singular or
    plural: `Regio's`, `Gemeenten`), the period's (`Perioden`, see `_period_title`), then
    the columns' titles, no figure among them."""
    return re.compile(
        rf"^(?P<before>(?:[^\W\d]\S*\s+)*?)(?P<area>{_area_titles()})\s+"
        rf"(?P<period>[^\W\d]+)\s+(?P<columns>[^\d\n]+?)\s*$",
        re.IGNORECASE,
    )


def _header(line: str) -> tuple[int, str] | None:
    """(how many dimension titles stand before the area's, the columns' titles) of a
    header line; None for any other line."""
    m = _header_re().match(line)
    if m is None or _period_title(_plural_period(m["period"])) is None:
        return None
    return len(m["before"].split()), m["columns"]


def _plural_period(title: str) -> str:
    """`Perioden` as `periode`, `Jaren` as `jaar`: the vocabulary holds the singular."""
    title = title.casefold()
    return {"perioden": "periode", "jaren": "jaar", "maanden": "maand"}.get(title, title)


def _column_titles(columns: str) -> list[tuple[str, bool]] | None:
    """The columns' titles (title, whether its cells are counts): each title ends in its
    unit in brackets (`(aantal)`: a count); a single column may print none. None where
    the titles do not part so."""
    titles = [t for t in re.split(r"(?<=\))\s+", columns) if t.strip()]
    out = []
    for title in titles:
        unit = _UNIT.search(title)
        if unit is None and len(titles) > 1:
            return None
        counts = unit is None or _SUB_COUNT_TITLE.match(unit["unit"].strip()) is not None
        out.append((_UNIT.sub("", title), counts))
    return out


class _Row(NamedTuple):
    """A row of the table: its area, its period, its cells (offset, value or None)."""

    area: str
    period: Period
    cells: list[tuple[int, float | None]]
    line: str


def _row(line: str, offset: int, before: int, k: int) -> _Row | None:
    """A row of `k` cells whose label gives every dimension before the area whole
    (`Totaal`, `before` of them), then an area's name and a period; None otherwise."""
    tokens = list(re.finditer(r"\S+", line))
    cells = tokens[len(tokens) - k :]
    if len(tokens) <= k or not all(_CELL.fullmatch(c.group(0)) for c in cells):
        return None
    label = line[: cells[0].start()]
    spans = find_periods(label)
    if not spans or label[spans[-1].end :].strip(" *"):
        return None  # the period ends the label
    words = label[: spans[-1].start].split()
    if len(words) <= before or not all(_is_total_title(w) for w in words[:before]):
        return None
    area = _LEVEL_CODE.sub("", " ".join(words[before:]))
    if not _area_name(area) or _is_total_title(area.split()[0]):
        return None
    values = [
        (offset + c.start(), None if c.group(0) in ".-" else float(c.group(0).replace(".", "")))
        for c in cells
    ]
    return _Row(area, spans[-1].period, values, line.strip())


def _rounding(rows: list[_Row]) -> int:
    """The step a statistics office rounded every cell of the table to (CBS StatLine rounds
    some tables to multiples of 20: `157.920`, `96.600`), 1 where the cells are exact."""
    values = [v for row in rows for _, v in row.cells if v]
    for step in (20, 10, 5):
        if values and all(v % step == 0 for v in values):
            return step
    return 1


def _fits(rows: list[_Row], total: int, parts: tuple[int, ...]) -> bool:
    """Whether the `parts` columns add up to the `total` column in two or more rows and in
    most rows that have all of them: exactly, or within the rounding of each cell where
    the office rounded them all (`96.600 + 61.300` for `157.920`, rounded to 20)."""
    step = _rounding(rows)
    slack = step * len(parts) if step > 1 else 0
    fits = checked = 0
    for row in rows:
        whole = row.cells[total][1]
        values = [row.cells[i][1] for i in parts]
        if whole is None or any(v is None for v in values):
            continue
        checked += 1
        fits += abs(sum(v for v in values if v is not None) - whole) <= slack
    return fits >= 2 and 2 * fits > checked


def _column_names(titles: list[tuple[str, bool]], rows: list[_Row]) -> list[str | None]:
    """The category of each column: the one the vocabulary reads as the whole `total`, the
    fewest other columns of kinds that add up to it `other` (one set only); None for the
    rest (parts of a kind, stages of handling, no counts)."""
    names = [_cell_label(title, "") if counts else None for title, counts in titles]
    totals = [i for i, name in enumerate(names) if name == ("total", None)] or [
        # a column whose top level is the whole (`Totaal alarmeringen van de brandweer`):
        # the levels of the others name its kinds (`Brandalarmeringen Alarmeringen`)
        i for i, (title, counts) in enumerate(titles)
        if counts and _is_total_title(title.split()[0]) and len(title.split()) > 1
    ]  # fmt: skip
    out: list[str | None] = [None] * len(titles)
    if not totals:
        return out
    total = totals[0]
    out[total] = "total"
    kinds = [i for i, (title, counts) in enumerate(titles)
             if i != total and counts and _kind_label(title)]  # fmt: skip
    for size in range(2, len(kinds) + 1):
        fitting = [c for c in combinations(kinds, size) if _fits(rows, total, c)]
        if len(fitting) == 1:
            for i in fitting[0]:
                out[i] = "other"
        if fitting:
            break
    return out


_LINE = re.compile(r"[^\n]+")


def _dimension_rows(text: str) -> list[_TableFigure]:
    """The figures of the text's tables whose rows carry their area and period (see the
    module doc), and of the glued tables of areas by year (`_glued_area_rows`); every cell
    of a row read is taken, a column not written gives category None."""
    out: list[_TableFigure] = _glued_area_rows(text)
    lines = list(_LINE.finditer(text))
    i = 0
    while i < len(lines):
        header = _header(lines[i].group(0))
        i += 1
        if header is None:
            continue
        before, columns = header
        titles = _column_titles(columns)
        if titles is None:
            continue
        rows: list[_Row] = []
        while i < len(lines) and (
            row := _row(lines[i].group(0), lines[i].start(), before, len(titles))
        ):
            rows.append(row)
            i += 1
        if len(rows) < 2:
            continue
        names = _column_names(titles, rows)
        # rows of one area only (`Nederland 2013`, `Nederland 2014` ...): the area is the
        # text's frame, no unit compared with another (gold rule 19), so no row's scope
        one_area = len({row.area for row in rows}) == 1
        for row in rows:
            scope = None if one_area else row.area
            for (offset, value), name in zip(row.cells, names, strict=True):
                if value is not None:
                    out.append((offset, name, value, "count", row.period, scope, row.line))
    return out


# --------------------------------------------------------------------------- glued area rows
#
# A news page's table of areas down the rows and years across, whose cells lost their
# separators: each area's name runs into its counts and the change over the years
# (`Regio 2010 2011 2012 Groei` over `Amsterdam-Amstelland2.0842.4332.50520%`,
# `Brabant Noord998866906(9%)`, a fall in brackets). The digits split into the years'
# counts in one way only where the change from the first year to the last is the one
# printed; the areas are each row's scope (rule 15), the closing `Eindtotaal` the whole's.

#: a header of an area's title, two or more years and a column of changes
_YEARS_HEADER = re.compile(
    r"^(?P<area>[^\W\d]\S*)\s+(?P<years>(?:(?:19|20)\d\d\s+){2,8})(?P<change>\S.*?)\s*$"
)
#: a glued row: the label, its digits (counts and, without brackets, the change), the
#: change's sign and `%`
_GLUED_ROW = re.compile(
    r"^(?P<label>[^\W\d][^\d\n%()]*?)\s*(?P<digits>\d[\d.]*)(?P<fall>\()?(?P<change>\d{1,3})?(?(fall)%\)|%)\s*$"
)
#: a count in a glued run: no leading zero, its thousands dotted
_GLUED_COUNT = re.compile(r"0|[1-9]\d{0,2}(?:\.\d{3})*")


def _splits(digits: str, k: int) -> list[list[str]]:
    """Every way to cut a run of digits into `k` counts (see `_GLUED_COUNT`)."""
    if k == 0:
        return [[]] if not digits else []
    out = []
    for end in range(1, len(digits) + 1):
        head = digits[:end]
        if _GLUED_COUNT.fullmatch(head) and (end == len(digits) or digits[end] != "."):
            out += [[head, *rest] for rest in _splits(digits[end:], k - 1)]
    return out


def _glued_counts(digits: str, k: int, change: int | None) -> list[list[str]]:
    """The splits of a glued run into `k` counts whose last cell (or the `change` given
    apart, a fall) is the change in percent from the first count to the last: one, or a
    few for the table's column sums to choose from (`3963444011%`: 396 344 401 and 1 %,
    or 396 34 440 and 11 %)."""
    fitting = []
    for cut in _splits(digits, k + (change is None)):
        counts, pct = (cut, change) if change is not None else (cut[:-1], int(cut[-1]))
        first, last = (float(c.replace(".", "")) for c in (counts[0], counts[-1]))
        if first and abs(100 * (last / first - 1) - pct) < 1:
            fitting.append(counts)
    return fitting


def _glued_area_rows(text: str) -> list[_TableFigure]:
    """The figures of the tables of areas by year whose cells are glued (see above): each
    area's counts its `total`s with the area as scope, a closing total row (`Eindtotaal`)
    the whole's: where the areas' counts add up to it in every year in one way only."""
    out: list[_TableFigure] = []
    lines = list(_LINE.finditer(text))
    for i, m in enumerate(lines):
        header = _YEARS_HEADER.match(m.group(0))
        if header is None or not _area_title(header["area"]) or not _change_title(header["change"]):
            continue
        years = [int(y) for y in header["years"].split()]
        rows = _glued_table(lines[i + 1 :], len(years))
        cells = _summing_cells(rows)
        if cells is None:
            continue
        for (scope, _, line), row in zip(rows, cells, strict=True):
            for (offset, value), year in zip(row, years, strict=True):
                out.append((offset, "total", value, "count", _year(year), scope, line))
    return out


#: how many readings of a table's glued rows the column sums may choose from
GLUED_READINGS = 64


def _summing_cells(rows: list[_GluedRow]) -> list[list[tuple[int, float]]] | None:
    """Each row's cells (offset, count) in the one reading of the rows whose areas add up
    to the closing total row in every column; None for none, several, or no total row."""
    if len(rows) < 3 or rows[-1][0] is not None or len(rows[-1][1]) != 1:
        return None
    readings = prod(len(r[1]) for r in rows)
    if readings == 0 or readings > GLUED_READINGS:
        return None
    found = []
    for choice in product(*(r[1] for r in rows)):
        *areas, total = choice
        sums = [sum(cells[c][1] for cells in areas) for c in range(len(total))]
        if sums == [v for _, v in total]:
            found.append(list(choice))
    return found[0] if len(found) == 1 else None


#: a glued row: its area (None for the closing total row), its readings (each cell's
#: offset and count), its text
_GluedRow = tuple[str | None, list[list[tuple[int, float]]], str]


def _glued_table(lines: list[re.Match], k: int) -> list[_GluedRow]:
    """The rows under a glued header of `k` years, up to the closing total row."""
    rows: list[_GluedRow] = []
    for m in lines:
        if not m.group(0).strip():
            continue
        row = _GLUED_ROW.match(m.group(0))
        if row is None:
            break
        change = -int(row["change"]) if row["fall"] else None
        splits = _glued_counts(row["digits"], k, change)
        label = row["label"].strip()
        if not splits or not (_area_name(label) or _is_total_title(label)):
            break
        readings = []
        for counts in splits:
            at, cells = m.start() + row.start("digits"), []
            for count in counts:
                cells.append((at, float(count.replace(".", ""))))
                at += len(count)
            readings.append(cells)
        total = _is_total_title(label)
        rows.append((None if total else label, readings, m.group(0).strip()))
        if total:
            break
    return rows
