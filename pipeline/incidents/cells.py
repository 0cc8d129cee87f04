"""The cells of tables and what the grids (`grids`) build on: the column axis of
periods (`_column_periods`: a `Totaal` column is the span of the years before it,
`Defensie 2015` the year under a label, a column of changes no figures), the document's
lines as cells (`_line_cells`), the rows of unread labels that add up to a total
(`_parts_of_totals`); and the layouts no grid holds.

A table of parts of the year over rows of years (`Eerste kwartaal`, `Tweede 4 maanden`,
under a caption saying what is counted) has an axis of periods each way. A web page's
table whose cells lost their separators (`Januari708595516`, `Q111327%`) is split where
one reading fits: only arithmetic (one width, a share of the total, thousands dots) says
where one cell ends. A row or column label says what its cells count: the total (`Totaal
aantal klachten`, `Aantal ontvangen Wob verzoeken`), a named kind (`Overige klachten`,
`Bejegeningsklachten`: `other`), or, in a table whose label column names a kind of
organisation (`Ministerie`), the unit its figures are for (the row label is the scope,
the `Totaal` row the group: `ministeries`). Labels of how the items were handled or
judged (`Gegrond`, `Afhandeling ...`) and labels of anything else are not read.

A ministry's annex on its correspondence (`_intake_rows`) titles its first column the
items received in a year (`Aantal ingekomen jaar 2018`), then a sub-heading per kind of
item over a row per unit (`– Kerndepartement`); flattened one cell per line, a row loses
its empty cells, so only its first cell, the unit's intake of that kind, is read.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby, pairwise, takewhile
from typing import NamedTuple

from pipeline.incidents.labels import (
    _cell_label,
    _is_total_title,
    _judged_label,
    _kind_label,
)
from pipeline.incidents.periods import _is_year, _month_end, find_periods, month_period
from pipeline.incidents.records import Period, year_period
from pipeline.incidents.rules import _handling_re
from pipeline.incidents.vocab import _DIGIT, _normalise_plain, _vocab

#: a table's count cell (`102`, `1.637`: dots grouping thousands), one pattern for every
#: table reader
_COUNT_CELL = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,5})"
_CELL_VALUE = re.compile(rf"^{_COUNT_CELL}$")
_DASH_CELL = re.compile(r"^[-–—]$")
#: a table cell: a count (dots grouping thousands, `1.637`, as in running text and in
#: tables flattened one cell per line), a one-decimal figure, a share
_NUMERIC_CELL = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d{1,4}(?:[.,]\d)?)(%?)$")


def _cell_number(numeric: re.Match) -> float:
    """The value of a `_NUMERIC_CELL` match: `1.637` is 1637, `6,5` and `6.5` are 6.5."""
    digits = numeric[1]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        return float(digits.replace(".", ""))
    return float(digits.replace(",", "."))


#: a cell OCR could not read (`aS`, `{`, `U7,`): short, not a number
_GARBLED_CELL = re.compile(r"^\S{1,3}$")


def _period_title(title: str) -> str | None:
    """What a label column's title names its rows as (`Jaar`: `year`, `Maand`: `month`,
    `Periode`: `period`, either), None for a title of anything else."""
    return _vocab()["data"]["period_column_titles"].get(title.strip(" :").casefold())


def _year_title(title: str) -> bool:
    """A label column's title naming the rows as years (a transposed table)."""
    return _period_title(title) in ("year", "period")


#: (offset, category or None for a cell taken but not read, value, period, scope, row text)
_CellFigure = tuple[int, str | None, float, Period, str | None, str]


class _Cell(NamedTuple):
    offset: int  # in the document text
    text: str  # stripped


def _parts_of_totals(figures: list[_CellFigure]) -> list[_CellFigure]:
    """The rows under a table's total row whose labels were not read (`WW`, `Ziektewet`
    under `Ontvangen bezwaren`) are its parts, kinds of what it counts (`other`), where
    two or more of them in a row add up to the total in every column: a breakdown by
    kind, whatever the labels say, unless one says how the items were handled or judged
    (`Gegrond`, `Ingetrokken` under `Totaal aantal klachten`: a breakdown by outcome,
    whose rows are no kinds, as `grids._kinds_above_totals` reads them). Rows that do not
    add up stay unread."""
    rows = [list(g) for _, g in groupby(figures, key=lambda f: f[5])]
    for i, row in enumerate(rows):
        if not all(f[1] == "total" and f[4] is None for f in row):
            continue
        total = {f[3]: f[2] for f in row}
        sums = dict.fromkeys(total, 0.0)
        for j in range(i + 1, len(rows)):
            part = rows[j]
            if any(f[1] is not None or f[3] not in total for f in part):
                break
            if _judged_label(_row_label_text(part[0][5])):
                break
            for f in part:
                sums[f[3]] += f[2]
            if any(sums[p] > total[p] for p in total):
                break
            if j > i + 1 and sums == total:
                for k in range(i + 1, j + 1):
                    rows[k] = [(f[0], "other", *f[2:]) for f in rows[k]]
                break
    return [f for row in rows for f in row]


def _row_label_text(row: str) -> str:
    """The label of a row's text (`Deels gegrond/ongegrond 0 0 1`): up to its first cell."""
    return re.split(r"\s\d|\d{2,}", row, maxsplit=1)[0]


#: a header whose year cells lost their separators (`20142013`)
_GLUED_YEARS = re.compile(r"^\s*((?:(?:19|20)\d\d){2,6})\s*$")
#: a row of glued cells, a count and its share per year (`Totaal8.645100%8.496100%`), or a
#: quarter's (`Q111327%11526%`: Q1, then 113 and 27 %, 115 and 26 %)
_GLUED_LABEL = re.compile(
    r"^\s*(?P<label>[^\d\n|]{3,60}?|(?i:q)[1-4](?=\d))(?P<cells>\d[\d.,%]*)\s*$"
)
_GLUED_PAIR = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d{1,3})(\d{1,3}(?:,\d)?)%")
GLUED_REACH = 12
#: a header line of titles glued to their years, a count's and a share's column each
#: (`Klachten 2021% 2021Klachten 2022% 2022`): short, no sentence
_TITLED_YEARS = re.compile(r"^[^.!?\n]{8,100}$")


def _glued_header_years(line: str) -> list[int] | None:
    """The years over the columns of a glued table: a line of glued years, or a short
    line of titles whose only digits are years, each year as often as the others (its
    count's and its share's column), the years running one a column."""
    if header := _GLUED_YEARS.match(line):
        return [int(y) for y in re.findall(r"(?:19|20)\d\d", header[1])]
    found = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)
    if not _TITLED_YEARS.match(line) or re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", line)):
        return None
    years = [int(y) for y, _ in groupby(found)]
    steps = {b - a for a, b in pairwise(years)}
    each = {found.count(str(y)) for y in years}
    return years if len(years) >= 2 and steps in ({1}, {-1}) and len(each) == 1 else None


def _glued_rows(text: str) -> list[_CellFigure]:
    """Rows of a table whose cells lost their separators: under a header of glued years,
    a row whose digits split into exactly one count and one share per year (the count
    with its thousands dot, the share before its `%`; where a `Totaal ... 100%` row below
    gives each column's total, the split whose share is the count's share of it; only the
    counts are read), or a column of month rows of counts only (`_glued_count_row`). A
    month's or quarter's row is that part of each column's year."""
    out, month_rows = [], []
    years: list[int] = []
    totals: list[float] | None = None
    since = GLUED_REACH + 1
    lines = list(re.finditer(r"[^\n]+", text))
    for i, m in enumerate(lines):
        line = m.group(0)
        since += 1
        if found := _glued_header_years(line):
            years, since = found, 0
            totals = _glued_totals([r.group(0) for r in lines[i + 1 : i + 1 + GLUED_REACH]], years)
            continue
        if years and since <= GLUED_REACH and (dotted := _glued_dotted_row(m, years)):
            out += dotted
            continue
        row = _GLUED_LABEL.match(line) if years and since <= GLUED_REACH else None
        if row is None:
            continue
        base = m.start() + row.start("cells")
        if row["cells"].isdigit():
            # counts only, glued to their label (`Januari708595516`; `Maart 1213` may be
            # one count, or a date)
            if row["label"] != row["label"].rstrip():
                continue
            month_rows += _glued_count_row(row["label"], row["cells"], base, years, line.strip())
            continue
        part = _row_part(row["label"])
        # a quarter's row only by the totals: a greedy read cuts `7417%` as 741 | 7 %
        pairs = _glued_pairs(row["cells"], totals, greedy=part is None)
        if len(pairs) != len(years):
            continue
        named = ("total", None) if part else _cell_label(row["label"], "")
        if named is None:
            continue
        for (at, value), year in zip(pairs, years, strict=True):
            first, last = part or (1, 12)
            period = Period(date(year, first, 1), _month_end(year, last))
            out.append((base + at, named[0], value, period, named[1], line.strip()))
    # one `Maart708` line alone may be a date or a code; a column of month rows is not
    return out + (month_rows if len(month_rows) >= 2 * len(years) else [])


#: a row of counts glued to their label and to each other, each count of a thousand or
#: more with its thousands dot (`Ontvangen bezwaren100.30088.700`, `WW38.70030.400`); a
#: count under a thousand or a dash stands apart (`Schadeclaims600 -`)
_GLUED_DOTTED_ROW = re.compile(
    r"^\s*(?P<label>[^\W\d][^\d\n|%]{1,60}?)(?P<cells>\d[\d.\s\-–—]*?)\s*$"
)
#: one cell of such a row: the dots fix where one count ends and the next begins
_DOTTED_CELL = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+|\d{1,3}(?![\d.])|[-–—]")


def _glued_dotted_row(m: re.Match, years: list[int]) -> list[_CellFigure]:
    """The counts of a glued row whose counts split one way only, by their thousands dots,
    one a year of the header: the row's label read as a flat table's (a row not read is
    taken, category None, so that a breakdown under a total is known as one)."""
    row = _GLUED_DOTTED_ROW.match(m.group(0))
    if row is None or row["label"] != row["label"].rstrip():
        return []  # `Bejegening 6 7`: cells apart from their label are no glued row
    cells = list(_DOTTED_CELL.finditer(row["cells"]))
    if "".join(c.group(0) for c in cells) != re.sub(r"\s+", "", row["cells"]):
        return []  # digits no dot splits (`60012.300`): not one reading
    if len(cells) != len(years) or all(_DASH_CELL.match(c.group(0)) for c in cells):
        return []
    category, scope = _cell_label(row["label"].strip(), "") or (None, None)
    base = m.start() + row.start("cells")
    return [
        (base + c.start(), category, float(c.group(0).replace(".", "")),
         year_period(year), scope, m.group(0).strip())
        for c, year in zip(cells, years, strict=True)
        if not _DASH_CELL.match(c.group(0))
    ]  # fmt: skip


#: where one glued column title ends and the next begins: a small letter, then a capital
_TITLE_SEAM = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
#: a row of a table of years down its rows, the year glued to its counts (`2016378625352452`)
_YEAR_GLUED_ROW = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?P<digits>\d{2,30})\s*$")


def _glued_titles(line: str) -> list[str] | None:
    """The column titles of a header line whose titles lost their separators
    (`OngevalsmeldingenGestarte ongevalsonderzoekenAfgesloten ongevalsonderzoeken`): two or
    more, cut where a small letter meets a capital; None for a line with a figure or a
    sentence's end, or whose parts are no short titles."""
    text = line.strip()
    if not text or re.search(r"[\d|%.!?;:]", text):
        return None
    titles = _TITLE_SEAM.split(text)
    return titles if len(titles) >= 2 and all(len(t) <= TITLE_CHARS for t in titles) else None


def _glued_year_rows(text: str) -> list[_CellFigure]:
    """Rows of a table of years down its rows whose cells lost their separators, under a
    header of glued titles (`_glued_titles`; texts196 inspectieszw-ongevalsmeldingen-2016-
    2020: `2016378625352452` is 2016, then 3786, 2535 and 2452): the digits after the year
    split into one count per title where exactly one split gives counts of one width; each
    column read by its title as a label is (`Ongevalsmeldingen`: the items; a title not
    read is taken, category None). Two or more such rows, their years running on."""
    out: list[_CellFigure] = []
    titles: list[str] | None = None
    since = GLUED_REACH + 1
    for m in re.finditer(r"[^\n]+", text):
        since += 1
        if found := _glued_titles(m.group(0)):
            titles, since = found, 0
            continue
        row = _YEAR_GLUED_ROW.match(m.group(0))
        if titles is None or since > GLUED_REACH or row is None:
            continue
        splits = _even_splits(row["digits"], len(titles))
        if len(splits) != 1:
            continue
        at, year = m.start() + row.start("digits"), int(row["year"])
        for part, title in zip(splits[0], titles, strict=True):
            category, scope = _cell_label(title, "") or (None, None)
            out.append((at, category, float(part), year_period(year), scope, m.group(0).strip()))
            at += len(part)
    years = sorted({f[3].start.year for f in out})
    return out if len(years) >= 2 and years == list(range(years[0], years[-1] + 1)) else []


def _row_part(label: str) -> tuple[int, int] | None:
    """(first month, last month) of a glued row labelled by a quarter (`Q3`)."""
    if re.fullmatch(r"\s*[qQ][1-4]", label):
        q = int(label.strip()[1])
        return 3 * q - 2, 3 * q
    return None


def _glued_totals(below: list[str], years: list[int]) -> list[float] | None:
    """Each column's total from the `Totaal` row of glued counts and shares below a header
    (`Totaal423100%444100%`: 423 and 444, each 100 %)."""
    for line in below:
        row = _GLUED_LABEL.match(line)
        if row is None or not _is_total_title(row["label"].strip()):
            continue
        parts = row["cells"].replace(".", "").split("%")
        if parts[-1] == "" and len(parts) - 1 == len(years):
            if all(p.endswith("100") and p[:-3].isdigit() for p in parts[:-1]):
                return [float(p[:-3]) for p in parts[:-1]]
    return None


def _glued_pairs(
    cells: str, totals: list[float] | None, greedy: bool = True
) -> list[tuple[int, float]]:
    """(offset in `cells`, count) of each count-and-share pair of a glued row: split where
    the share is the count's share of its column's total, where the totals are known and
    each pair's digits are plain; else, if `greedy`, as `_GLUED_PAIR` reads them."""
    parts = cells.split("%")
    if totals and parts[-1] == "" and len(parts) - 1 == len(totals):
        if all(p.isdigit() for p in parts[:-1]):
            out, at = [], 0
            for digits, total in zip(parts[:-1], totals, strict=True):
                split = _share_split(digits, total, slack=1.0) if total else None
                if split is None:
                    return []
                out.append((at, split[0]))
                at += len(digits) + 1
            return out
    pairs = list(_GLUED_PAIR.finditer(cells))
    if not greedy or "".join(p.group(0) for p in pairs) != cells:
        return []
    return [(p.start(1), float(p[1].replace(".", ""))) for p in pairs]


def _glued_count_row(
    label: str, digits: str, base: int, years: list[int], line: str
) -> list[_CellFigure]:
    """A month's row of glued counts under glued years (`Januari708595516` under
    `201820172016`): the digits split into one count per year where exactly one split
    gives counts of one width (a lone `0` apart, `0469533`, where no split without one
    fits); each count that month's of its column's year. Any other label, or digits no
    split or several splits fit: none."""
    month = _vocab()["months"].get(_normalise_plain(label).strip(" .:").lower())
    splits = _even_splits(digits, len(years))
    fewest = min((split.count("0") for split in splits), default=0)
    splits = [split for split in splits if split.count("0") == fewest]  # a zero is rarer
    if month is None or len(splits) != 1:
        return []
    out, at = [], 0
    for part, year in zip(splits[0], years, strict=True):
        period = month_period(year, month)
        out.append((base + at, "total", float(part), period, None, line))
        at += len(part)
    return out


def _even_splits(digits: str, k: int) -> list[list[str]]:
    """The ways to cut `digits` into `k` numbers without a leading zero, all but a lone
    `0` of one width."""
    if k == 1:
        return [[digits]] if digits == "0" or not digits.startswith("0") else []
    out = []
    for cut in range(1, len(digits)):
        head = digits[:cut]
        if head.startswith("0") and head != "0":
            break
        for rest in _even_splits(digits[cut:], k - 1):
            widths = {len(p) for p in [head, *rest] if p != "0"}
            if len(widths) <= 1:
                out.append([head, *rest])
    return out


#: the column titles of one period's count and share (`Onderwerp aantal %`)
_COUNT_SHARE_TITLES = re.compile(
    r"^\s*(?P<title>[^\W\d][^\d|%]{0,40}?)\s+(?:aantal|n|abs\.?)\s+%\s*$", re.IGNORECASE
)
#: a row whose count and share lost their separator (`Bejegening2149%`: 214 and 9 %)
_GLUED_SHARE_ROW = re.compile(r"^\s*(?P<label>[^\d\n|%]{3,60}?)\s*(?P<digits>\d{2,8})\s*%\s*$")
#: the total row under them, spaced (`Totaal 2.425 100%`)
_HUNDRED_ROW = re.compile(
    r"^\s*(?P<label>[^\d\n|%]{3,40}?)\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+100\s*%\s*$"
)
#: how many lines above its column titles a table's caption with its period may stand
CAPTION_REACH = 2


def _glued_share_rows(text: str) -> list[tuple[int, str, float, str, Period, str | None, str]]:
    """Rows of a one-period table of counts and shares (`Onderwerp aantal %`, its period in
    the caption above) whose cells lost their separator (`Bejegening2149%`): the digits
    split where the share is the count's share of the `Totaal ... 100%` row (214 of 2.425
    is 9 %); a row no split or several splits fit is not read."""
    lines = list(re.finditer(r"[^\n]+", text))
    out = []
    for i, m in enumerate(lines):
        head = _COUNT_SHARE_TITLES.match(m.group(0))
        period = _caption_period([c.group(0) for c in lines[max(0, i - CAPTION_REACH) : i]])
        if head is None or period is None:
            continue
        body = list(takewhile(
            lambda r: _GLUED_SHARE_ROW.match(r.group(0)) or _HUNDRED_ROW.match(r.group(0)),
            lines[i + 1 :],
        ))  # fmt: skip
        totals = [t for r in body if (t := _HUNDRED_ROW.match(r.group(0)))]
        if len(totals) != 1 or not _is_total_title(totals[0]["label"]):
            continue
        total = float(totals[0]["n"].replace(".", ""))
        for r in body:
            row = _GLUED_SHARE_ROW.match(r.group(0))
            named = row and (_cell_label(row["label"], head["title"]) or _kind_label(row["label"]))
            split = _share_split(row["digits"], total) if named else None
            if split is None:
                continue
            (count, share), at = split, r.start() + row.start("digits")
            line = r.group(0).strip()
            out.append((at, named[0], count, "count", period, named[1], line))
            out.append(
                (at + len(str(int(count))), named[0], share, "percent", period, named[1], line)
            )
    return out


def _caption_period(captions: list[str]) -> Period | None:
    """The one year the caption lines above a table name (`Tabel 23. Ingediende klachten
    naar onderwerp 2016`); None for none or several."""
    periods = {p.period for line in captions for p in find_periods(line) if p.anchors}
    return periods.pop() if len(periods) == 1 and _is_year(next(iter(periods))) else None


def _share_split(digits: str, total: float, slack: float = 0.5) -> tuple[float, float] | None:
    """(count, share) of glued digits whose share is the count's share of `total` in whole
    percents (within `slack`: 1 where a table truncates, or its shares are of another base);
    None where no split or more than one fits."""
    fits = []
    for k in (1, 2, 3):
        count, share = digits[:-k], digits[-k:]
        if not count or count.startswith("0") or (share.startswith("0") and k > 1):
            continue
        if int(share) <= 100 and abs(int(count) * 100 / total - int(share)) < slack:
            fits.append((float(count), float(share)))
    return fits[0] if len(fits) == 1 else None


#: a cell of a figure and a footnote's mark (`24*`, `11**`)
_MARKED_FIGURE = re.compile(r"(?P<figure>\d[\d.,]*%?)\*{1,3}")
#: a count alone on its line with a speck OCR read off a scan before or after it (`: 36.000`
#: under `Arbeidsongeschiktheidswetten`): no text prints a count cell so
_SPECKED_COUNT = re.compile(
    rf"[:;'‘’|_]\s*(?P<figure>{_COUNT_CELL})|(?P<after>{_COUNT_CELL})\s*[:;'‘’|_]"
)


def _line_cells(text: str, raw: str = "") -> list[_Cell]:
    """Every non-empty line as a cell (a flattened table's cells are its lines). A line of
    blanks only is an empty cell (text ''): a web page's table prints a cell with no figure
    as a space of its own between the line breaks, where a row break leaves no line; it
    is kept only after a number cell (a row's later column), where it cannot be taken for
    a label or a title. A title ending in a bracket that ends its period on a day (`(t/m
    29 juni)`) is read from the `raw` text, whose dates `text` masks. A figure's footnote
    mark (`24*`) is no part of the cell."""
    cells: list[_Cell] = []
    for m in re.finditer(r"[^\n]+", text):
        cell = _Cell(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
        if raw and _MASKED_END.search(cell.text):
            cell = _Cell(cell.offset, raw[cell.offset : cell.offset + len(cell.text)])
        if marked := _MARKED_FIGURE.fullmatch(cell.text):
            cell = _Cell(cell.offset, marked["figure"])  # `24*`: a footnote's mark, no digit
        elif specked := _SPECKED_COUNT.fullmatch(cell.text):
            figure = specked["figure"] or specked["after"]
            cell = _Cell(cell.offset + cell.text.index(figure), figure)
        if cell.text or (cells and _CELL_VALUE.match(cells[-1].text)):
            cells.append(cell)
    return cells


def _column_periods(titles: list[str], year: int | None = None) -> list[Period | None] | None:
    """The periods of a header's column titles: each a period (`2021`, `Q1 2022`; `Q1` in
    a report on one `year`), or one label with a period, the same label over every column
    (`Defensie 2015 | Defensie 2014`: a label that says whose or what count, not another
    kind of count); a last `Totaal` the span of the periods before it; a column of changes
    between them (`Toename t.o.v. 2015`) None, its cells no figures. None unless at least
    two periods."""
    periods: list[Period | None] = []
    labels = set()
    for i, title in enumerate(titles):
        if found := _column_title_period(title, year):
            labels.add(found[0])
            periods.append(found[1])
        elif i == len(titles) - 1 and i >= 2 and _is_total_title(title):
            known = [p for p in periods if p]
            periods.append(Period(min(p.start for p in known), max(p.end for p in known)))
        elif periods and _change_title(title):
            periods.append(None)
        else:
            return None
    # `Ontvangen 2021 | Afgehandeld 2021`: two counts of one period, no axis of periods
    return periods if len([p for p in periods if p]) >= 2 and len(labels) == 1 else None


def _period_cell(cell: str, year: int | None) -> Period | None:
    """The period a table cell is wholly made of (`2021`, `Q1 2022`, `1e halfjaar 2022`;
    `Q1` or `1e kwartaal` with the report's `year`), None for any other cell."""
    cell = cell.strip()
    if not cell or len(cell) > 30:
        return None
    spans = [p for p in find_periods(cell, year) if p.anchors]
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(cell):
        return spans[0].period
    return None


#: a column title's bracket cutting its period short (`(t/m 29 juni)`: a running count)
_BRACKET_END = re.compile(
    r"^\(\s*(?:t/m|tot\s+en\s+met|tot)\s+(?P<day>\d{1,2})\s+(?P<month>[^\W\d]+)\s*\)$", re.I
)
#: such a bracket whose date the readers' text masks (`text._mask`)
_MASKED_END = re.compile(r"\(\s*(?:t/m|tot\s+en\s+met|tot)\s+#+\s*\)$", re.I)
#: how long a column title may be: a header cell, not a caption or a sentence
TITLE_CHARS = 50


def _column_title_period(title: str, year: int | None) -> tuple[str, Period] | None:
    """(label, period) of a column title that names its column's period: the period alone
    (`2021`: label ''), after a short label (`Defensie 2015`, `Aantal 2021`: the label
    casefolded), or cut short by a bracket (`Eerste zes maanden 2016 (t/m 29 juni)`: to
    that day); None for any other title."""
    if period := _period_cell(title, year):
        return "", period
    title = title.strip()
    spans = [p for p in find_periods(title, year) if p.anchors] if len(title) <= TITLE_CHARS else []
    if len(spans) != 1:
        return None
    span = spans[0]
    label = title[: span.start].strip(" :-")
    after = title[span.end :].strip()
    if after and not label and (bounded := _bracket_end(after, span.period)):
        return "", bounded
    if after or not _count_label(label):
        return None
    return label.casefold(), span.period


def _bracket_end(bracket: str, period: Period) -> Period | None:
    """`period` up to the day a bracket after it names (`(t/m 29 juni)`), if within it."""
    m = _BRACKET_END.match(bracket)
    month = m and _vocab()["months"].get(m["month"].casefold())
    if not m or not month:
        return None
    try:
        end = date(period.start.year, month, int(m["day"]))
    except ValueError:
        return None
    return Period(period.start, end) if period.start <= end <= period.end else None


def _count_label(label: str) -> bool:
    """A column title's label before its period that leaves the column a count: a few
    words, no digit, none measuring something else (`Bedrag`, `Gemiddelde duur`) or a
    stage the items were handled in (`Afgehandeld`)."""
    words = label.casefold().split()
    measures = set(_vocab()["data"]["measure_words"])
    return (
        0 < len(words) <= 3
        and not _DIGIT.search(label)
        and not measures.intersection(w.strip(".,:()") for w in words)
        and not _handling_re().search(label)
    )


def _change_title(title: str) -> bool:
    """A column title over changes between the periods before it (`Toename t.o.v. 2015`)."""
    words = _normalise_plain(title).casefold().strip()
    return len(words) <= TITLE_CHARS and any(
        words == start or words.startswith(start + " ") or f" {start} " in f" {words} "
        for start in _vocab()["data"]["change_column_titles"]
    )


# --------------------------------------------------------------------------- parts of years
#
# A table whose rows are years and whose columns are parts of each year, flattened one cell
# per line: `Eerste, Tweede, Derde, Totaal` over `4 maanden` three times (a second header
# row naming the parts' length), then `2005, 6.632, 5.297, 8.187, 20.116`, `2006, ...`. The
# caption above the titles says what the cells count (`Aantal ontvangen klachten`).

#: `N maanden`: a part of N months
_MONTHS_PART = re.compile(r"^(?P<n>[1-9]|1[0-2])\s+maanden$", re.IGNORECASE)


def _part_of_year(title: str) -> tuple[int, int | None] | None:
    """(ordinal, length in months or None where a title row below names it) of a column
    title naming a part of a year (`Eerste kwartaal`, `2e halfjaar`, `Tweede 4 maanden`,
    `Derde`)."""
    spec = _vocab()["data"]["part_of_year_titles"]
    words = " ".join(title.casefold().split())
    first, _, rest = words.partition(" ")
    length = _part_length(rest) if rest else None
    if first not in spec["ordinals"] or length == 0:
        return None  # `Tweede Kamer`, `eerste alinea`: no part of a year
    return spec["ordinals"][first], length


def _part_length(words: str) -> int | None:
    """The months a part of a year lasts (`kwartaal`: 3, `4 maanden`: 4); 0 for none."""
    parts = _vocab()["data"]["part_of_year_titles"]["parts"]
    if months := _MONTHS_PART.match(words):
        return int(months["n"]) if 12 % int(months["n"]) == 0 else 0
    return parts.get(words, 0)


def _year_cell(cell: _Cell) -> int | None:
    return int(cell.text) if re.fullmatch(r"(?:19|20)\d\d", cell.text) else None


def _row_value(cell: _Cell) -> bool:
    """A number cell of a row of years by parts (no year: the next row's label)."""
    return _CELL_VALUE.match(cell.text) is not None and _year_cell(cell) is None


def _part_columns(titles: list[str], k: int) -> list[tuple[int, int] | None] | None:
    """Per column of `k`, (first month, last month) of its part of the year, None for a last
    `Totaal` (the whole of the parts); the titles are the `k` columns' and, below them, a
    row naming the first columns' length (`4 maanden`). None unless every part is read,
    in order, of one length."""
    if len(titles) < k or len(titles) > 2 * k:
        return None
    head, below = titles[:k], titles[k:]
    if any(_part_length(t.casefold()) == 0 for t in below):
        return None
    columns: list[tuple[int, int] | None] = []
    for n, title in enumerate(head):
        if n == k - 1 and n >= 2 and _is_total_title(title):
            columns.append(None)
            continue
        part = _part_of_year(title)
        length = part and (part[1] or (_part_length(below[n].casefold()) if n < len(below) else 0))
        if not part or not length or part[0] != n + 1 or part[0] * length > 12:
            return None
        columns.append(((part[0] - 1) * length + 1, part[0] * length))
    lengths = {b - a for c in columns if c for a, b in [c]}
    return columns if len(lengths) == 1 and len(columns) - columns.count(None) >= 2 else None


def _part_of_year_rows(cells: list[_Cell], i: int) -> tuple[list[_CellFigure], int] | None:
    """The cells of a table of years by parts of the year (see above) whose titles start
    at `i`: each cell the caption's count for its part of the row's year (`Totaal`: the
    parts' whole); None where the titles, the caption or the rows do not fit."""
    j = i
    while j < len(cells) and _year_cell(cells[j]) is None and not _CELL_VALUE.match(cells[j].text):
        j += 1
    end = j + 1
    while end < len(cells) and _row_value(cells[end]):
        end += 1
    k = end - j - 1  # the first row's cells
    columns = _part_columns([c.text for c in cells[i:j] if c.text], k) if k >= 2 else None
    caption = next(
        (named for c in cells[max(0, i - CAPTION_CELLS) : i] if (named := _cell_label(c.text, ""))),
        None,
    )
    if columns is None or caption is None:
        return None
    out: list[_CellFigure] = []
    while (year := _year_cell(cells[j]) if j < len(cells) else None) is not None:
        values = cells[j + 1 : j + 1 + k]
        if len(values) < k or not all(_row_value(c) for c in values):
            break
        line = " ".join(c.text for c in cells[j : j + 1 + k])
        parts = [c for c in columns if c]
        for cell, column in zip(values, columns, strict=True):
            first, last = column or (parts[0][0], parts[-1][1])
            period = Period(date(year, first, 1), _month_end(year, last))
            out.append((cell.offset, caption[0], float(cell.text.replace(".", "")), period,
                        caption[1], line))  # fmt: skip
        j += 1 + k
    return (out, j) if out else None


#: how many caption cells may stand between a header of periods and its sub-columns' titles
CAPTION_CELLS = 2


def _empty_cell(cell: _Cell) -> bool:
    """A cell with no figure: a dash, blanks only, or a word saying there is none
    (`onbekend`, `n.v.t.`)."""
    return (
        not cell.text
        or _DASH_CELL.match(cell.text) is not None
        or cell.text.casefold() in _vocab()["data"]["empty_cells"]
    )


#: the first column's title of a table of the items received in a named year (`Aantal
#: ingekomen jaar 2018`, `Aantal ontvangen in 2018`): the ministries' annex on their
#: correspondence, whose later columns (handled, in time, late) are stages of the intake
_INTAKE_TITLE = re.compile(
    r"aantal\s+(?:ingekomen|ontvangen)\s+(?:in\s+)?(?:(?:het\s+)?jaar\s+)?(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: a row of a unit of the organisation, set off by a dash (`– Kerndepartement`); a digit
#: glued to its end is a footnote's mark (`– ILT2`)
_UNIT_ROW = re.compile(r"^[-–—]\s+(?P<unit>[^\W\d][^\d]*?)\d?$")
#: a sub-heading naming the items the intake leaves over (`Andere (burger)brieven`)
_OTHER_ITEMS = re.compile(r"^(?:andere|overige)\b", re.IGNORECASE)
#: how many columns an intake table may have (its titles before the first sub-heading)
INTAKE_COLUMNS = 8


def _intake_rows(cells: list[_Cell], i: int) -> tuple[list[_CellFigure], int] | None:
    """The cells of a table flattened one cell per line whose first column counts the
    items received in a year (`_INTAKE_TITLE`), its titles one per line from `i` on, then
    a sub-heading per kind of item (`Bezwaarschriften`) over rows of units (`_UNIT_ROW`),
    each a label and its cells: the first cell the unit's intake, a `total` of that kind
    (`other` for the items left over), the later ones stages of it, taken, not read. A row
    may have lost its empty cells at the end when the table was flattened, never its
    first: the intake is what the table is about. None for two rows or fewer."""
    if (m := _INTAKE_TITLE.fullmatch(cells[i].text)) is None:
        return None
    year = int(m["year"])
    period = year_period(year)
    j = i + 1
    while j + 1 < len(cells) and not _UNIT_ROW.match(cells[j + 1].text) and j - i < INTAKE_COLUMNS:
        j += 1  # the later columns' titles end at the first sub-heading over a unit's row
    k = j - i
    out: list[_CellFigure] = []
    heading: str | None = None
    while j < len(cells):
        if heading is not None and (row := _unit_row(cells, j, k, heading, period)):
            out += row
            j += len(row) + 1
        elif _intake_heading(cells, j):
            heading = cells[j].text
            j = _past_no_figure_cells(cells, j + 1)
        else:
            break
    read = sum(f[1] is not None for f in out)
    return (out, j) if read > 2 else None


def _unit_row(
    cells: list[_Cell], j: int, k: int, heading: str, period: Period
) -> list[_CellFigure] | None:
    """The figures of a unit's row at `j` of an intake table of `k` columns under a
    sub-heading: its first cell read, the others (up to `k`) taken; None for a line that
    is no unit's row with a count."""
    unit = _UNIT_ROW.match(cells[j].text)
    n = 0
    while unit and n < k and j + 1 + n < len(cells) and _CELL_VALUE.match(cells[j + 1 + n].text):
        n += 1
    if not unit or n == 0:
        return None
    values = cells[j + 1 : j + 1 + n]
    # the sub-heading says what the row counts
    line = f"{heading}: " + " ".join(c.text for c in cells[j : j + 1 + n])
    category = "other" if _OTHER_ITEMS.match(heading) else "total"
    scope = unit["unit"].strip()
    return [
        (c.offset, None if c is not values[0] else category, float(c.text.replace(".", "")),
         period, scope, line)
        for c in values
    ]  # fmt: skip


def _intake_heading(cells: list[_Cell], j: int) -> bool:
    """A sub-heading of an intake table naming a kind of item (`Klaagschriften`): a short
    line of no figure, no sentence, no outcome, over a unit's row (after its own cells
    saying there is no figure, `n.v.t.`)."""
    text = cells[j].text
    if not 0 < len(text) <= TITLE_CHARS or _DIGIT.search(text.rstrip("0123456789")):
        return False
    if text.endswith((".", "!", "?", ";", ",")) or _judged_label(text):
        return False
    n = _past_no_figure_cells(cells, j + 1)
    return n < len(cells) and _UNIT_ROW.match(cells[n].text) is not None


def _past_no_figure_cells(cells: list[_Cell], j: int) -> int:
    """Where the cells from `j` on that say there is no figure (`n.v.t.`) under an intake
    table's sub-heading end."""
    while j < len(cells) and _empty_cell(cells[j]) and cells[j].text:
        j += 1
    return j
