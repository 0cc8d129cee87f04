"""Tables flattened to text lines: a header line of periods over rows a line each (a
layout of grids, read as `grids` reads every grid), rows of one number without a header
(under a caption, a lead naming a breakdown, a month's row; a numbered caption, `Tabel 16:
Top 5 meldingen per verkoopkanalen`, breaks the items down by whatever follows `per`), a
`Totaal` row read by its sum, and tables whose columns are categories and whose rows are
periods. A web page's table flattened to one line (`Gemeenten 2019 2018 Borsele 102 102
Goes 152 177`) is cut into its header and rows by the header's column count first
(`_flattened_rows`). A table of kinds
per year whose years came loose from its rows (`2010 2011 242 123 121 30 21 537`) is read
where each row's last cell is the sum of the others and the years are as many as the rows
(`_rows_by_their_sums`).

A one-column table whose first or last row states the total over rows that add up to it
(`Ingekomen klachten, totaal 979` over `Zwolle341`, `Amsterdam398`, ...: a chart's source
table, cells glued to their labels) is read by that sum (`_total_over_parts`).

Two readers here hold no grid. A `Totaal` row whose header OCR scattered over the page
(`_total_row_by_sum`) has no columns but the report's quarters, and only the total the
running text states says which of its digits (glued: `6814` as 68 and 14) are which
quarter's cells. A header line of categories (`Maand Aantal meldingen Waarvan verkeerde
ontvanger`, `_category_column_rows`) names its columns by the vocabulary's phrases inside
one line, and reads its `Totaal` row as the report's period (the grids read a `Totaal`
row under rows of periods as the span of the rows above it)."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.incidents.cells import _CELL_VALUE, _COUNT_CELL, _GARBLED_CELL, _NUMERIC_CELL, _Cell
from pipeline.incidents.context import _cited_report_year
from pipeline.incidents.grids import (
    _count,
    _Grid,
    _grid_figures,
    _GridRow,
    _is_year_head,
    _per_area,
    _TableFigure,
)
from pipeline.incidents.labels import (
    _KIND_TITLE,
    _NUMBERING,
    _SECTION_END,
    _SHARE_CELL,
    _cell_label,
    _is_total_title,
    _judged_label,
    _kind_label,
    _row_label,
)
from pipeline.incidents.periods import (
    _context_year,
    _quarters,
    find_periods,
    header_months,
    month_period,
)
from pipeline.incidents.records import Period, _Context, year_period
from pipeline.incidents.subjects import _no_item_noun
from pipeline.incidents.vocab import (
    _DIGIT,
    _DIGIT_RUN,
    _SUBJECT,
    LEAK,
    _category_of_phrase,
    _normalise_plain,
    _vocab,
)

#: the count that ends a row, a share's `%` after it: one count for the plain row and the
#: ranked one, so both read the same figures
_ROW_COUNT = r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s*(?P<pct>%)?\s*$"
#: a row `Label  N` (dots may group a count's thousands: `Online 11.267`)
_TABLE_ROW = re.compile(rf"^\s*(?P<label>[^\d\n|]{{2,80}}?)\s*[:|]?\s*{_ROW_COUNT}")
#: a row of a top-N table: its rank, its label (a kind may be named at length: `9. Algemene
#: ziekten, intoxicaties, ..., niet elders vermeld    163`; wrapped, see `_wrapped_ranks`)
#: and its count; the rank is a label's numbering (`labels._NUMBERING`, which strips it)
_RANK = _NUMBERING.pattern
_RANKED_ROW = re.compile(rf"{_RANK}(?P<label>[^\W\d][^\d|]{{1,200}}?)\s*{_ROW_COUNT}")
_HEADER_QUARTERS = re.compile(
    r"^\s*(?:[^\d\n]*?\s)?(?:q[1-4]\b[\s|]*){2,4}(?P<total>(?:totaal|total)\s*)?$", re.IGNORECASE
)
#: how many lines a column header stays valid below itself
HEADER_REACH = 15


def _header_periods(line: str, report: Period | None) -> list[Period] | None:
    """Column periods of a table header line (`Categorie 2020 2021`, `Q1 2022 Q2 2022`)."""
    line = _placeholder_columns(line)
    spans = find_periods(line)
    rest = line
    for span in reversed(spans):
        rest = rest[: span.start] + rest[span.end :]
    if len(spans) >= 2 and not re.search(r"\d", rest):
        periods = [span.period for span in spans]
        contiguous = all(
            (b.start - a.end).days == 1 for a, b in zip(periods, periods[1:], strict=False)
        )
        if contiguous and re.search(r"\b(?:totaal|total)\s*$", line[spans[-1].end :], re.I):
            periods.append(Period(periods[0].start, periods[-1].end))  # the row's sum
        return periods
    if len(spans) == 1 and _vocab()["column_title_re"].fullmatch(rest.strip(" .:;|")):
        # `Categorie Q1 2022`: one column, or the first of a table whose other columns
        # OCR split off (they follow elsewhere on the page); either way the first cell
        # of each row stands under this period
        return [spans[0].period]
    if months := header_months(line):
        return months  # `Jan 14 Sep 14 Okt 14`: months with their years' last two digits
    quarters = _HEADER_QUARTERS.match(line)
    if quarters and report and report.start.year == report.end.year:
        year = report.start.year
        periods = [_quarters(year, int(q), int(q)) for q in re.findall(r"q([1-4])", line, re.I)]
        if quarters["total"]:  # `Q1 Q2 Q3 Q4 Totaal`: the row's sum over those quarters
            periods.append(Period(periods[0].start, periods[-1].end))
        return periods
    return None


def _placeholder_columns(line: str) -> str:
    """A header line without the names a web page's table generator gives its empty header
    cells (`2019 2018 2017 Column 5 Column 6`): they head no column of figures."""
    return _vocab()["placeholder_column_re"].sub(" ", line)


#: a sub-column's title for a period's count (`n`, `aantal`, `abs.`) and for its share
_SUB_COUNT_TITLE = re.compile(r"^(?:aantal|totaal|number|n|abs\.?|absoluut|#)$", re.IGNORECASE)
_SHARE_TITLE = re.compile(r"^(?:%|perc\.?|procent|percentage|aandeel)$", re.IGNORECASE)


def _share_sub_columns(line: str, k: int) -> str | None:
    """The label column's title of a line of sub-column titles under a header of `k`
    periods, each period split into its count and its share (`Aard incident n % n % n %`);
    None for any other line."""
    tokens = line.split()
    if k < 1 or len(tokens) < 2 * k:
        return None
    titles = tokens[len(tokens) - 2 * k :]
    pairs = zip(titles[::2], titles[1::2], strict=True)
    if all(_SUB_COUNT_TITLE.match(count) and _SHARE_TITLE.match(share) for count, share in pairs):
        return " ".join(tokens[: len(tokens) - 2 * k])
    return None


def _count_share_cells(line: str, k: int) -> bool:
    """Whether a row's last cells are, for each of `k` periods, a count and a share
    written with its sign (`Bejegening 40 20% 35 17,5%`)."""
    tokens = line.split()
    if len(tokens) <= 2 * k:
        return False
    cells = tokens[len(tokens) - 2 * k :]
    return all(
        _CELL_VALUE.match(count) and _SHARE_CELL.match(share)
        for count, share in zip(cells[::2], cells[1::2], strict=True)
    )


def _caption_unit(caption: str, title: str, unit: str | None) -> str | None:
    """The unit a table's figures are for, at a header of periods: the unit its caption
    ends in (`Klachten gemeld bij klachtencommissie`: a body named by its head noun alone),
    none for a caption naming no unit; without a caption, a header of the kinds (`Type
    klacht 2019 2018`) splits the table above further (`unit` stays), any other header
    starts another table (none)."""
    if caption:
        # `Klachten per afdeling`: the rows are the units, the caption names none
        words = caption.lower().split()
        named = words and words[-1] in _vocab()["data"]["unit_head_nouns"]
        return words[-1] if named and words[-2:-1] != ["per"] else None
    return unit if _KIND_TITLE.search(title) else None


#: a row `Label  N` read without a header: ((category, scope, month), (cell, period))
_LoneRow = tuple[
    tuple[str, str | None, Period | None], list[tuple[tuple[int, float, bool], Period | None]]
]


def _table_rows(text: str, ctx: _Context) -> list[_TableFigure]:
    """The tables flattened to one row a line under a header line of periods (`2020
    2021`, `Q1 Q2 Q3 Totaal` of the report's year, `Soort klacht 2023`), read as grids
    (`grids._grid_figures`): the rows in reach of the header (`HEADER_REACH` lines from
    it or from the last row) whose last cells fit its columns, the caption above the
    header naming the unit they count for (`_caption_unit`); and the rows `Label  N`
    that no header heads (`_lone_number_row`), a month's row that month of the report's
    year (one `Maart 10` line alone may be a date: a column of them is not).

    Where the captions name one body only (a committee's own report), its figures are
    the whole's.
    """
    grids, lone, captions = _line_tables(text, ctx)
    # a row not read is left to the running text: a line of it may end in a number under
    # a header in reach (`In 2019 was het aantal gemelde datalekken 64`)
    rows = [r for grid in grids for r in _grid_figures(grid, None) if r[1] is not None]
    rows += lone + _kind_records(text, ctx)
    if len(captions) < 2:
        bodies = {name for name in captions if name}
        rows = [(*r[:5], None if r[5] in bodies else r[5], r[6]) for r in rows]
    return rows


def _line_tables(
    text: str, ctx: _Context
) -> tuple[list[_Grid], list[_TableFigure], set[str | None]]:
    """The grids under header lines, the figures of the rows no header heads, and the
    units the tables' captions name (None: the whole)."""
    grids: list[_Grid] = []
    lone: list[_TableFigure] = []
    months: list[_TableFigure] = []
    header_line = -HEADER_REACH - 1
    caption: list[str] = []  # the lines without figures right above a header
    body = None  # the unit a table's caption names (`Klachten gemeld bij klachtencommissie`)
    captions: set[str | None] = set()
    breakdown = None  # what a lead line says the rows below break the items down by
    titled = ""  # a one-period table's column titles or caption the breakdown is from
    for index, m in enumerate(_table_lines(text, ctx.report)):
        line = m.group(0)
        if grids and index == header_line + 1 and not grids[-1].shares:
            sub_title = _share_sub_columns(line, len(grids[-1].periods or []))
            if sub_title is not None:  # each period splits into its count and its share
                grids[-1] = grids[-1]._replace(title=sub_title, shares=True)
                header_line = index
                continue
        if not _DIGIT.search(line) or _numbered_caption(line):
            if line.strip():  # a caption is short lines; a paragraph is no caption
                short = _SECTION_END.match(line.strip()) is not None
                caption = [*caption[-1:], line.strip()] if short else []
                if lead := _breakdown_of(line):
                    titled = line.strip() if _TITLE_AND_COUNT.match(line) else ""
                breakdown = lead or (breakdown if short else None)
            continue
        if periods := _header_periods(line, ctx.report):
            title = " ".join(_DIGIT_RUN.sub(" ", _placeholder_columns(line)).split())
            areas = _per_area(" ".join(caption))  # `Aantal aanvragen per gemeente`
            body = _caption_unit(" ".join(caption), title, body)
            if caption:
                captions.add(body)
            caption = []
            grids.append(_Grid(title, [], [], periods, body, areas=areas))
            header_line = index
            continue
        caption = []
        if kinds_caption := _KINDS_OF_ITEMS.match(line.strip()):
            if _counts_the_items(kinds_caption["items"]):
                breakdown, titled = "kind", line.strip()  # a caption naming its rows' kinds
                continue
        # the reach runs from the header or from the last row under it (a long table)
        under_header = bool(grids) and index - header_line <= HEADER_REACH
        if under_header and (row := _header_line_row(line, m.start(), grids[-1])):
            grids[-1].rows.append(row)
            header_line = index
            continue
        found = _lone_number_row(line, m.start(), under_header, ctx, breakdown)
        if found is None:
            breakdown = None  # a line of figures that is no row ends the list
            continue
        (category, scope, month), [((offset, value, percent), period)] = found
        if period is None and breakdown and titled and ctx.reported_year:
            # a one-period table that prints no period: the year the text reports on, as the
            # grids date such a table (rule 14)
            period = year_period(ctx.reported_year)
        if period is not None:
            unit = "percent" if percent else "count"
            # the row with its table's titles: they name the items the row counts
            evidence = f"{titled}: {line.strip()}" if breakdown and titled else line.strip()
            item = (m.start() + offset, category, value, unit, period, scope or body, evidence)
            (months if month is not None else lone).append(item)
    return grids, lone + (months if len(months) >= 2 else []), captions


#: how many kinds' records must count the items before they are read as a table: one
#: `Aantal aanvragen: 223` under a heading may be a paragraph's fact (`_kind_records`)
KIND_RECORDS_MIN = 2
#: a record's field counting the items (`Aantal aanvragen: 223`)
_ITEMS_FIELD = re.compile(
    rf"^\s*aantal\s+(?P<items>[^\W\d][^\d:]{{2,40}}?)\s*:\s*(?P<n>{_COUNT_CELL})\s*$",
    re.IGNORECASE,
)
#: a record's heading: a dash or bullet may open it (`– Werkbijdrage Jong Talent`)
_RECORD_HEADING = re.compile(r"^\s*(?:[-–—•*]\s+)?(?P<kind>[^\W\d][^\d.!?:;]{1,58})\s*$")


def _kind_records(text: str, ctx: _Context) -> list[_TableFigure]:
    """A one-period table of kinds printed as one record per kind: each kind's heading,
    then its fields, the count of the items titled by them on the line right under it
    (`– Werkbijdrage Jong Talent` / `Aantal aanvragen: 223` / `Totaal gevraagd bedrag:
    ...`): the table transposed, its rows' labels as headings and its count column's
    title as each record's field. Read where two or more kinds' records count the items
    so (one such line alone may be a paragraph's fact); dated as a one-period table's rows
    (`_line_tables`): the heading's period above, the report's, else the year the text
    reports on."""
    lines = list(_LINE.finditer(text))
    found: list[_TableFigure] = []
    for i, m in enumerate(lines):
        field = _ITEMS_FIELD.match(m.group(0))
        if i == 0 or field is None or not _counts_the_items(field["items"]):
            continue
        heading = _RECORD_HEADING.fullmatch(lines[i - 1].group(0))
        named = _broken_down_label(heading["kind"].strip(), "kind") if heading else None
        period = _section_period(m.start(), ctx.sections, ctx.report)
        if period is None and ctx.reported_year:
            period = year_period(ctx.reported_year)
        if named is None or period is None:
            continue
        evidence = f"{heading['kind'].strip()}: {m.group(0).strip()}"
        value = _count_value(field["n"])
        found.append((m.start() + field.start("n"), named[0], value, "count", period, named[1],
                      evidence))  # fmt: skip
    return found if len({f[6] for f in found}) >= KIND_RECORDS_MIN else []


#: a table's numbered caption (`Tabel 16: Top 5 meldingen per verkoopkanalen`): its
#: figures number the table, no row's count
_NUMBERED_CAPTION = re.compile(
    r"^\s*(?:tabel|figuur|grafiek|table|figure)\s+\d+[a-z]?\s*[:.]\s+(?=\S)", re.IGNORECASE
)
#: a line ending in a figure: a row's count, whatever its label
_ENDS_IN_FIGURE = re.compile(r"\d\s*%?\s*$")


def _numbered_caption(line: str) -> bool:
    """Whether a line is a table's numbered caption, not a row that ends in its count."""
    return _NUMBERED_CAPTION.match(line) is not None and not _ENDS_IN_FIGURE.search(line)


#: a line's text and its offset in the document
_LINE = re.compile(r"[^\n]+")
#: where a header line's last column title ends and the first row's label begins: a
#: token with a figure, then one starting with a letter
_HEADER_END = re.compile(r"\d\S*\s+(?=[^\W\d])")


def _table_lines(text: str, report: Period | None) -> list[re.Match]:
    """The text's lines, a table flattened to one line cut into its header and its rows
    (`_flattened_rows`), each part a match of its span in `text`."""
    out: list[re.Match] = []
    for m in _LINE.finditer(text):
        spans = _flattened_rows(m.group(0), report)
        out += [_LINE.match(text, m.start() + a, m.start() + b) for a, b in spans] or [m]
    return _wrapped_ranks(text, out)


#: how many lines a top-N table's row label may wrap over before its count's own line
WRAPPED_LABEL_LINES = 3
#: a line of a ranked row's label: its rank and no count at its end, or the label's rest
_RANK_LINE = re.compile(rf"{_RANK}[^\W\d]")
_SPAN = re.compile(r"[\s\S]+")


def _wrapped_ranks(text: str, lines: list[re.Match]) -> list[re.Match]:
    """The lines with each wrapped row of a top-N table joined into one span: a ranked line
    whose label goes on over lines without figures and whose count stands alone on the
    line after them (`3. Radiculair syndroom ... (ischias, hernia` / `door het tillen ...)`
    / `1.310`), right under a ranked row that ends in its count. The span keeps the text's
    offsets (its line breaks are blanks to the row readers)."""
    out: list[re.Match] = []
    i = 0
    while i < len(lines):
        j = _wrapped_rank_end(lines, i)
        if j is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(_SPAN.match(text, lines[i].start(), lines[j].end()))
        i = j + 1
    return out


def _wrapped_rank_end(lines: list[re.Match], i: int) -> int | None:
    """The index of the count's own line of a wrapped ranked row starting at `i` (see
    `_wrapped_ranks`), None where line `i` starts no such row."""
    line = lines[i].group(0)
    if i == 0 or not _RANK_LINE.match(line) or _ENDS_IN_FIGURE.search(line):
        return None
    if _RANKED_ROW.match(lines[i - 1].group(0)) is None:
        return None  # only inside a ranked list: a numbered paragraph is no row
    for j in range(i + 1, min(i + 1 + WRAPPED_LABEL_LINES, len(lines))):
        part = lines[j].group(0)
        if _LONE_COUNT.fullmatch(part):
            return j
        if _DIGIT.search(part):
            return None
    return None


def _flattened_rows(line: str, report: Period | None) -> list[tuple[int, int]]:
    """The spans of the header and of each row of a table a web page flattened to one line
    (`Gemeenten 2019 2018 2017 2016 Borsele 102 102 72 111 Goes 152 177 169 202 ...`): a
    header of `k` periods, then two or more rows of a label without figures and `k`
    counts each, filling the line to its end. The header's column count is what makes
    the cut safe: a line that does not split into such rows is none ([] for it)."""
    end = _HEADER_END.search(line)
    periods = _header_periods(line[: end.end()], report) if end else None
    if not end or not periods:
        return []
    row = re.compile(rf"\s*(?P<row>[^\W\d][^\d\n]*?(?:\s+{_COUNT_CELL}){{{len(periods)}}})(?=\s|$)")
    spans, at = [(0, end.end())], end.end()
    while found := row.match(line, at):
        spans.append(found.span("row"))
        at = found.end()
    return spans if not line[at:].strip() and len(spans) >= 3 else []


#: a count's share in brackets after it (`Totaal 49 (100%) 40 (100%)`); the brackets give
#: way to blanks, so that the cells keep their places in the line
_BRACKETED_SHARE = re.compile(r"\((?P<share>\d{1,3}(?:,\d+)?%)\)")


def _header_line_row(line: str, offset: int, grid: _Grid) -> _GridRow | None:
    """A row of `grid` on one line (`offset`: the line's in the text): a label, then a
    cell per column (`Bejegening 40 30`; one may be a cell OCR could not read), or a
    count and its share per column (under `n %` titles, or with their sign: `40 20% 35
    17,5%`); None for a line of other cells, or for a month's row (a row of the report's
    year, see `_lone_number_row`)."""
    k = len(grid.periods or [])
    cut = _BRACKETED_SHARE.sub(r" \g<share> ", line)  # `27 (55%)`: a count and its share
    pairs = (2 * k,) if grid.shares or _count_share_cells(cut, k) else ()
    for n in (*pairs, k):
        if cells := _row_cells(cut, n):
            label = cut[: cells[0].start()].strip(" :|")
            named = _row_label(label)
            if named and named[2] is not None:
                return None
            values = [_Cell(offset + c.start(), c.group(0)) for c in cells]
            return _GridRow(label, values, line.strip())
    return None


def _row_cells(line: str, n: int) -> list[re.Match] | None:
    """The last `n` tokens of a line after its label, where each is a number (`1.637`,
    `6,5`, `20%`) and at most one a cell OCR could not read (`aS`, `{`)."""
    tokens = list(re.finditer(r"\S+", line))
    if n < 1 or len(tokens) <= n:
        return None
    cells = tokens[-n:]
    numbers = [_NUMERIC_CELL.match(c.group(0)) is not None for c in cells]
    unread = [
        not ok and _GARBLED_CELL.match(c.group(0)) is not None
        for c, ok in zip(cells, numbers, strict=True)
    ]
    if not all(a or b for a, b in zip(numbers, unread, strict=True)) or sum(unread) > 1:
        return None
    return cells


def _lone_number_row(
    line: str, line_start: int, under_header: bool, ctx: _Context, breakdown: str | None = None
) -> _LoneRow | None:
    """A row `Label  N` read without a header: the report's period, or for a month row
    that month of the report's year. Under a header it does not fit (a cell lost or split
    off) the column its number stands in is unknown: not read, and its number consumed.
    Under a lead line breaking the items down (`breakdown`, see `_breakdown_of`) any
    label is a unit or a kind, and a rank may number it (`1. Tendinopathie 2.982`: a top ten)."""
    row = _TABLE_ROW.match(line)
    if breakdown and not under_header and (ranked := _RANKED_ROW.match(line)):
        row = ranked
    if row and "." in row["n"] and not breakdown:
        # a count grouping thousands is read only under a lead breaking the items down:
        # a line ending in a year above may head a column of no counts (`Prognose 2013`)
        return None
    named = _row_label(row["label"]) if row else None
    if named is None and row and breakdown and not under_header:
        named = _broken_down_label(" ".join(row["label"].split()).strip(" :|"), breakdown)
    if named is None:
        return None
    if named[2] is None and under_header:
        ctx.consumed.add(line_start + row.start("n"))
        return None
    # the heading above the row dates it (`Overzicht klachten 2019`), else the report
    period = _section_period(line_start, ctx.sections, ctx.report)
    if named[2] is not None:  # a month row
        year = _context_year(ctx)
        month_no = named[2].start.month
        period = month_period(year, month_no) if year else None
    cell = (row.start("n"), float(row["n"].replace(".", "")), bool(row["pct"]))
    return named, [(cell, period)]


#: a lead line naming what a list of `Label: N` lines breaks the items down by (`De
#: verdeling over de beleidsterreinen was als volgt:`, `Klachten per afdeling`, `naar
#: onderwerp`)
_BREAKDOWN = re.compile(
    r"\b(?:per|over\s+(?:de|het)|naar)\s+(?P<noun>[^\W\d]+)\b(?![^.!?]*[.!?]\s*$)", re.I
)


#: the column titles of a one-period table: the label column's and a count's (`Onderwerp
#: Aantal`, `Afdeling aantal`), the count's title may name the items it counts
#: (`Beroepsziekte Aantal nieuwe aanvragen`)
_TITLE_AND_COUNT = re.compile(
    r"^\s*(?P<noun>[^\W\d]+)\s+(?:aantal|totaal|number|n|#)(?:\s+(?P<items>[^\W\d][^\d|:]*?))?\s*$",
    re.IGNORECASE,
)


#: a lead ending in what the items were about, before the list (`De klachten gingen
#: over:`, `De bezwaren hadden betrekking op:`)
_ABOUT_LEAD = re.compile(r"\b(?:over|betroffen|betrof|betrekking\s+op)\s*:\s*$", re.IGNORECASE)


def _breakdown_of(line: str) -> str | None:
    """`unit` where a lead line (or the column titles of a one-period table) breaks the
    items down by the organisation's units (a head noun of the vocabulary, singular or
    plural), `kind` where by what they are about, else None (`per maand`: months are read
    as such)."""
    if _ABOUT_LEAD.search(line):
        return "kind"
    m = _BREAKDOWN.search(line.strip()) or _TITLE_AND_COUNT.match(line)
    if m is None:
        return None
    noun = m["noun"].lower()
    heads = _vocab()["data"]["unit_head_nouns"]
    items = m.groupdict().get("items")
    if items is not None and not _counts_the_items(items):
        return None  # `Onderwerp Aantal PV's`: a count of what is no item (a body's acts)
    if noun in heads or noun in heads.values():
        return "unit"
    if _KIND_TITLE.fullmatch(noun) or _items_per(line, m) or items is not None:
        # a count column named by the items makes whatever the label column names (`Beroepsziekte
        # Aantal nieuwe aanvragen`) a split of them: its rows are kinds
        return "kind"
    return None


#: a table's caption naming its rows as kinds of the items and its year (`Discriminatiegronden
#: van de verzoeken in 2023`): a plural of a kind's word, then the items
_KINDS_OF_ITEMS = re.compile(
    r"(?P<kinds>[^\W\d]*(?:gronden|soorten|typen|types|categorieën|onderwerpen|thema's))\s+van\s+"
    r"de\s+(?P<items>[^\W\d]+)\s+(?:in|over)\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


def _counts_the_items(title: str) -> bool:
    """A count column's title after its `Aantal` that ends in the subject's noun for its
    items (`nieuwe aanvragen`, `meldingen`)."""
    title = title.strip()
    found = list(_vocab()["noun_re"].finditer(title))
    return bool(found) and found[-1].end() == len(title)


def _items_per(line: str, m: re.Match) -> bool:
    """`Tabel 16: Top 5 meldingen per verkoopkanalen`: a caption that names the items right
    before `per` breaks them down by what it names after (whatever its word: a list of
    labelled counts below are its kinds); not by a time (`per maand`) or a measure."""
    v = _vocab()
    before = line[: m.start()].rstrip()
    return (
        m.group(0).lower().startswith("per")
        and (items := list(v["noun_re"].finditer(before))) != []
        and items[-1].end() == len(before)
        and not _no_item_noun(m["noun"].lower())
        and _PERIOD_WORD.fullmatch(m["noun"]) is None
    )


#: a time a breakdown may run by (`per maand`, `per kwartaal`): read as periods
_PERIOD_WORD = re.compile(
    r"(?:maand|kwartaal|jaar|week|dag|periode|halfjaar|maanden|kwartalen|jaren|weken|dagen)",
    re.IGNORECASE,
)


def _broken_down_label(label: str, breakdown: str) -> tuple[str, str | None, None] | None:
    """(category, scope, no month) of a row label under a breakdown lead line: a unit's
    name (capitalised, no digit) is the scope of a total; a kind is `other`."""
    if _DIGIT.search(label) or not label[:1].isupper() or _is_total_title(label):
        return None
    if breakdown == "unit":
        return "total", label, None
    kind = _kind_label(label)
    return (kind[0], kind[1], None) if kind else None


# --------------------------------------------------------------------------- a total row by its sum
#
# OCR can scatter a table's header and label column over the page while the `Totaal` row
# stays one line (`TOTAAL 6814 15 15`, two cells glued). Without a header, which cell is
# which period follows only from arithmetic: in a report over several quarters (`Q1 t/m Q3
# 2022`), the row's last cells are those quarters when they add up to the total the text
# states for the report period (`44 meldingen`). Cells before them (an earlier year's
# column) have no readable period and are not read.

_TOTAL_ROW = re.compile(r"^\s*(?P<label>[^\d\n]{4,40}?)\s*[:|]?\s*(?P<cells>(?:\d{1,4}\s*){2,8})$")


def _report_quarters(report: Period | None) -> list[Period]:
    """The quarters a report period of two or more whole quarters of one year consists of."""
    if report is None or report.start.year != report.end.year or report.start.day != 1:
        return []
    first, last = (report.start.month + 2) // 3, report.end.month // 3
    if (
        report.start.month % 3 != 1
        or last <= first
        or report.end != _quarters(report.end.year, last, last).end
    ):
        return []
    return [_quarters(report.start.year, q, q) for q in range(first, last + 1)]


def _cell_readings(tokens: list[str], k: int) -> set[tuple[tuple[int, int, int], ...]]:
    """The possible last `k` cells of a row, each (token index, start, end) in its token:
    a token is one cell or two glued ones (`6814` as 68 | 14; no part starts with 0)."""
    readings: set[tuple[tuple[int, int, int], ...]] = set()

    def walk(i: int, cells: tuple[tuple[int, int, int], ...]) -> None:
        if i == len(tokens):
            if len(cells) >= k:
                readings.add(cells[-k:])
            return
        token = tokens[i]
        walk(i + 1, (*cells, (i, 0, len(token))))
        for cut in range(1, len(token)):
            if token[cut] != "0":
                walk(i + 1, (*cells, (i, 0, cut), (i, cut, len(token))))

    walk(0, ())
    return readings


def _section_period(
    offset: int, sections: list[tuple[int, Period]], report: Period | None
) -> Period | None:
    """The period of the heading (offset, period) last above `offset`, else the report's."""
    for start, period in reversed(sections):
        if start <= offset:
            return period
    return report


def _total_row_by_sum(
    text: str, ctx: _Context, sections: list[tuple[int, Period]]
) -> list[tuple[int, str, float, str, Period, str | None, str]]:
    """The quarter cells of a headerless `Totaal` row that add up to its section's total."""
    rows = []
    for m in re.finditer(r"[^\n]+", text):
        report = _section_period(m.start(), sections, ctx.report)
        quarters = _report_quarters(report)
        stated = {value for value, period in ctx.totals.items() if period == report}
        if not quarters or not stated:
            continue
        row = _TOTAL_ROW.match(m.group(0))
        if not row or not _vocab()["total_label_re"].fullmatch(row["label"].strip(" .:|")):
            continue
        cells = list(re.finditer(r"\d+", row["cells"]))
        digits = [c.group(0) for c in cells]
        fitting = {
            reading
            for reading in _cell_readings(digits, len(quarters))
            if sum(int(digits[t][a:b]) for t, a, b in reading) in stated
        }
        if len(fitting) != 1:
            continue  # no reading adds up, or several do: which cell is which is unknown
        base = m.start() + row.start("cells")
        for (t, a, b), quarter in zip(fitting.pop(), quarters, strict=True):
            value = float(digits[t][a:b])
            rows.append((base + cells[t].start() + a, "total", value, "count", quarter, None,
                         m.group(0)))  # fmt: skip
    return rows


# --------------------------------------------------------------------------- category columns
#
# A table whose columns are figures and whose rows are periods: `Maand | Aantal meldingen |
# waarvan verkeerde ontvanger` over `Januari 12 5`, `Februari 9 3`, `Totaal 120 48`. The
# first figure column is the total; every later column names its category.


def _category_columns(line: str) -> list[str] | None:
    """Categories of a header line of figure columns, total first; None if not one."""
    v = _vocab()
    if not v["total_column_re"].search(line):
        return None  # the cheap test first: this runs on every line of a document
    plain = _normalise_plain(line)
    if _DIGIT.search(plain):
        return None
    columns: list[tuple[int, str]] = []
    taken = []
    for m in v["category_re"].finditer(plain):
        category = _category_of_phrase(m.group(0))
        if category:
            columns.append((m.start(), category))
            taken.append((m.start(), m.end()))
    totals = [
        m.start()
        for m in v["total_column_re"].finditer(plain)
        if not any(a <= m.start() < b for a, b in taken)
    ]
    if not columns or len(totals) != 1 or totals[0] > min(start for start, _ in columns):
        return None
    columns.sort()
    return ["total"] + [category for _, category in columns]


def _row_period(label: str, ctx: _Context) -> Period | None:
    """The period a row label of a category-column table names: a month (of the report's
    year), a quarter or year as printed, or `Totaal` (the report's period)."""
    named = _row_label(label)
    year = _context_year(ctx)
    if named is not None and named[0] == "total" and named[1] is None:
        if named[2] is None:
            return ctx.report
        if year is None:
            return None
        month = named[2].start.month
        return month_period(year, month)
    spans = find_periods(label, year)
    rest = label
    for span in reversed(spans):
        rest = rest[: span.start] + rest[span.end :]
    if len(spans) == 1 and not rest.strip(" .:-|"):
        return spans[0].period
    return None


def _category_column_rows(
    text: str, ctx: _Context
) -> list[tuple[int, str, float, str, Period, str | None, str]]:
    """Cells of tables with figure columns per category and one period per row."""
    rows = []
    columns: list[str] | None = None
    header_line = -HEADER_REACH - 1
    lines = list(re.finditer(r"[^\n]+", text))
    for index, m in enumerate(lines):
        line = m.group(0)
        if found := _category_columns(line):
            columns, header_line = found, index
            continue
        if columns is None or index - header_line > HEADER_REACH:
            continue
        tokens = list(re.finditer(r"\S+", line))
        k = len(columns)
        if len(tokens) <= k or not all(re.fullmatch(r"\d{1,4}", t.group(0)) for t in tokens[-k:]):
            continue
        label = line[: tokens[-k].start()]
        if re.search(r"\d", label) and not find_periods(label):
            continue  # a number too many: a cell of another column
        period = _row_period(label, ctx)
        if period is None:
            continue
        header_line = index  # the table goes on
        for token, category in zip(tokens[-k:], columns, strict=True):
            rows.append(
                (m.start() + token.start(), category, float(token.group(0)), "count", period,
                 None, line.strip())
            )  # fmt: skip
    return rows


# --------------------------------------------------------------------------- a total over its parts
#
# A web page's table of one column flattened a row a line, its cells apart by blanks or
# glued to their labels (a chart's source table: `Ingekomen klachten, totaal 979` over
# `Zwolle341`, `Amsterdam398`, `s-Hertogenbosch240`): the first row states the whole,
# the rows below it that add up to it are its parts. Only the arithmetic says they are:
# rows that do not add up to the total (a column glued to the next, `Zwolle105232`) are
# not read. `grids._kinds_above_totals` and `cells._parts_of_totals` read the same
# build in the grids.

#: a row of a label and one count, apart or glued (`Zwolle341`, `Waarschuwing 66`)
_LABEL_COUNT = re.compile(
    r"^\s*(?P<label>[^\d\n|]*[^\W\d)])\s*[:|]?\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s*$"
)
#: a total row's label that names the items before its `totaal` (`Ingekomen klachten, totaal`)
_TOTAL_LAST = re.compile(r"^(?P<items>.+?)\s*,?\s+(?:totaal|total)$", re.IGNORECASE)
#: how many short lines without figures above a total row may caption its table
PART_CAPTION_LINES = 2


class _CountLine(NamedTuple):
    """A line of the text as `_total_over_parts` reads it: a row of a label and one count
    (`label` None: a line of no row)."""

    text: str  # the row as text: the figure's evidence
    label: str | None
    count: str  # the count as printed (`1.637`)
    at: int  # the count's offset in the text


#: a line of one count and nothing else: a row's cell under its label, one cell a line
_LONE_COUNT = re.compile(rf"\s*(?P<n>{_COUNT_CELL})\s*")


def _count_lines(text: str) -> list[_CountLine]:
    """The text's non-empty lines, each a row of a label and one count where it is one:
    on one line (`_count_row`), or flattened one cell per line (a short line without
    figures, then a line of the count alone: `Ontvangen klachten`, `35`)."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    out: list[_CountLine] = []
    i = 0
    while i < len(lines):
        line = lines[i].group(0)
        if row := _count_row(line):
            at = lines[i].start() + row.start("n")
            out.append(_CountLine(line.strip(), row["label"].strip(" :|"), row["n"], at))
            i += 1
            continue
        lone = _LONE_COUNT.fullmatch(lines[i + 1].group(0)) if i + 1 < len(lines) else None
        label = line.strip()
        if lone and not _DIGIT.search(line) and _SECTION_END.match(label):
            at = lines[i + 1].start() + lone.start("n")
            out.append(_CountLine(f"{label} {lone['n']}", label.strip(" :|"), lone["n"], at))
            i += 2
            continue
        out.append(_CountLine(label, None, "", -1))
        i += 1
    return out


def _total_over_parts(text: str, ctx: _Context) -> list[_TableFigure]:
    """The rows of one-column tables whose first (or last) row is the total of the items
    (`Ingekomen klachten, totaal 979`, `Totaal aantal klachten 120`) and whose next (or
    previous) two or more rows add up to it: the total, and each part a unit's total
    where the caption names the table's rows as units (`Ingekomen klachten regionale
    tuchtcolleges`: a plural of the vocabulary's unit head nouns), else a kind (`other`);
    a part that says how the items were handled or judged (`Gegrond`) makes the rows no
    breakdown by kind."""
    lines = _count_lines(text)
    out: list[_TableFigure] = []
    captions: list[str] = []  # the short lines without figures above the run of rows
    for i, line in enumerate(lines):
        if line.label is None:
            short = not _DIGIT.search(line.text) and _SECTION_END.match(line.text)
            captions = [*captions, line.text][-PART_CAPTION_LINES:] if short else []
            continue
        if i == 0 or lines[i - 1].label is None:
            run_captions = captions  # the first row of a run
            # a header line with figures or a period right above the rows heads their
            # column (`Prognose 2013`: forecasts), as the grids read it, not this reader
            headed = i > 0 and _DIGIT.search(lines[i - 1].text) is not None
        if headed:
            continue
        total = _count_value(line.count)
        above = lines[i - 1 :: -1] if i > 0 else []
        parts = _parts_next(lines[i + 1 :], total) or _parts_next(above, total)
        if parts and _total_row_label(line.label):
            out += _total_and_parts(line, parts, run_captions, ctx)
        captions = []
    return out


def _count_row(line: str) -> re.Match | None:
    """A row of a label and one count; a line ending in a year is a column's header
    (`Werkelijk 2013`, `Prognose 2013`), no row."""
    row = _LABEL_COUNT.match(line)
    return None if row is None or _is_year_head(row["n"]) else row


def _count_value(cell: str) -> float:
    return _count(_Cell(0, cell))


def _total_row_label(label: str) -> bool:
    """A row label naming the whole of the items counted (`Totaal aantal meldingen`,
    `Ingekomen klachten, totaal`)."""
    named = _row_label(label)
    if named is not None and named[0] == "total" and named[1] is None and named[2] is None:
        return True
    last = _TOTAL_LAST.match(label)
    return _cell_label(last["items"] if last else label, "") == ("total", None)


def _parts_next(lines: list[_CountLine], total: float) -> list[_CountLine]:
    """The rows next to a total row (`lines`: from the row after it down, or from the row
    before it up) that add up to `total` (two or more); none where no run of them does."""
    parts: list[_CountLine] = []
    found = 0.0
    for line in lines:
        if line.label is None:
            break
        parts.append(line)
        found += _count_value(line.count)
        if found >= total:
            break
    if len(parts) < 2 or found != total:
        return []
    return sorted(parts, key=lambda part: part.at)


def _total_and_parts(
    total: _CountLine, parts: list[_CountLine], captions: list[str], ctx: _Context
) -> list[_TableFigure]:
    """The figures of a total row and its parts (see `_total_over_parts`)."""
    if any(_judged_label(part.label or "") for part in parts):
        return []
    # the heading above dates the table, else the report; a page of a report without a
    # period in its head the year of the one annual report it names (`In dit jaarverslag
    # ... over het jaar 2022`), or the year a news item's lead writes
    period = _section_period(total.at, ctx.sections, ctx.report)
    year = _cited_report_year(ctx.text) or _context_year(ctx)
    if period is None and year is not None:
        period = year_period(year)
    if period is None:
        return []
    units = any(_names_units(caption) for caption in captions)
    out: list[_TableFigure] = [
        (total.at, "total", _count_value(total.count), "count", period, None, total.text)
    ]
    for part in parts:
        kind = ("total", part.label) if units else _kind_label(part.label or "")
        category, scope = kind or (None, None)  # a label of no kind: taken, no figure
        out.append((part.at, category, _count_value(part.count), "count", period, scope,
                    part.text))  # fmt: skip
    return out


def _names_units(caption: str) -> bool:
    """Whether a caption ends in the plural of a unit head noun of the vocabulary, or of a
    compound of one (`regionale tuchtcolleges`, `klachtencommissies`)."""
    words = caption.lower().split()
    plurals = _vocab()["data"]["unit_head_nouns"].values()
    return bool(words) and any(words[-1].endswith(plural) for plural in plurals)


# --------------------------------------------------------------------------- rows that add up
#
# A PDF's table of kinds per year whose label column (the years) came loose from its rows:
# the header of the columns' titles ends the paragraph above (`... Categorie onderwerp
# Medisch-technisch handelen Relatie Organisatie Financiën Anders/geen antwoord Totaal`),
# the years glued before the first row or standing before a later one (`2010 2011 242 123
# 121 30 21 537`, `174 110 117 40 12 453`, `2012 187 142 83 51 8 471`). Two checks make
# the reading safe: each row's last cell is the sum of the others (the `Totaal` column the
# header ends in), and the years, one after another, are as many as the rows.

#: a row of counts only, any years of the loose label column before them
_SUM_ROW = re.compile(
    rf"^\s*(?P<years>(?:(?:19|20)\d\d\s+)*)(?P<cells>(?:{_COUNT_CELL}\s+){{2,}}{_COUNT_CELL})\s*$"
)


def _sum_rows(lines: list[re.Match]) -> list[tuple[list[int], list[tuple[int, str]]]]:
    """Per line of `lines` that is a row of counts whose last is the sum of the others:
    the years before them and the cells (offset in the text, as printed); a line of no
    such row ends the list."""
    rows = []
    for m in lines:
        row = _SUM_ROW.match(m.group(0))
        cells = [
            (m.start() + row.start("cells") + c.start(), c.group(0))
            for c in re.finditer(r"\S+", row["cells"])
        ] if row else []  # fmt: skip
        values = [_count_value(cell) for _, cell in cells]
        if not values or sum(values[:-1]) != values[-1]:
            break
        rows.append(([int(y) for y in row["years"].split()], cells))
    return rows


def _rows_by_their_sums(text: str) -> list[_TableFigure]:
    """The cells of a table of kinds per year whose years came loose from its rows (see
    above): the last column the year's total, the others its kinds (`other`) where the
    header names its rows' labels as kinds (`Categorie onderwerp`), else taken unread."""
    lines = [m for m in _LINE.finditer(text) if m.group(0).strip()]
    out: list[_TableFigure] = []
    i = 1
    while i < len(lines):
        rows = _sum_rows(lines[i:])
        if not rows:
            i += 1
            continue
        # the header is the last sentence of the line above (a PDF's paragraph runs on
        # into the table's header), its last title the total column's
        header = re.split(r"[.!?]\s", lines[i - 1].group(0))[-1].split()
        years = _loose_years(rows)
        if years and header and _is_total_title(header[-1]):
            # the data-leak kinds are the contract's list: a column without its title
            # read is none of them
            kinds = bool(_KIND_TITLE.search(" ".join(header))) and _SUBJECT.get()[0] != LEAK
            for year, (_, cells) in zip(years, rows, strict=True):
                out += _summed_row(year, cells, kinds)
        i += len(rows)
    return out


def _loose_years(rows: list[tuple[list[int], list[tuple[int, str]]]]) -> list[int] | None:
    """The years of rows of as many cells each (see `_sum_rows`), one per row: the years
    printed before them, one after another (up or down) and as many as the rows; else
    None."""
    years = [year for found, _ in rows for year in found]
    steps = {b - a for a, b in zip(years, years[1:], strict=False)}
    same_width = len({len(cells) for _, cells in rows}) == 1
    return years if same_width and len(years) == len(rows) >= 2 and steps in ({1}, {-1}) else None


def _summed_row(year: int, cells: list[tuple[int, str]], kinds: bool) -> list[_TableFigure]:
    """The figures of one year's row: the last cell the total, the others kinds (`other`)
    where `kinds`, else taken unread (category None)."""
    period = year_period(year)
    line = f"{year} " + " ".join(cell for _, cell in cells)
    return [
        (at, "total" if n == len(cells) - 1 else ("other" if kinds else None),
         _count_value(cell), "count", period, None, line)
        for n, (at, cell) in enumerate(cells)
    ]  # fmt: skip
