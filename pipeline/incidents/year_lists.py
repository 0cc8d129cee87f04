"""Series printed as a list of years and their counts, one pair a line (`2010: 3242`) or a
year alone on a line over its count alone on the next (`2018`, `14.419`), with no table
header naming the counts' column:

    Vorig jaar - 2011 - is het aantal woninginbraken in de regio weer toegenomen:
    2010: 3242
    2011: 3393

    Van 16.088 Halt-interventies in 2019 naar 13.421 Halt-interventies in 2020, ...
    2020
    13.421
    2019
    16.088
    2018
    14.419

The list continues a series the text tells, and says what it counts in one of two ways:
its lead, the line right above it, ends in a colon and names the count (`het aantal
woninginbraken ... :`; above the column titles `jaar`, `aantal` where they are printed),
read as the running text reads `het aantal <noun>` (a kind of the items `other`, the
items themselves `total`); or two or more of its pairs are figures the text read already
for those years (the list repeats the running text's counts), and the other pairs are the
same figure's other years, with its category and scope. A list that does neither counts
nothing the text names (prices, populations, amounts): not read.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.incidents.cells import _COUNT_CELL
from pipeline.incidents.labels import _cell_label
from pipeline.incidents.records import Period, _Figure
from pipeline.incidents.records import year_period as _year
from pipeline.incidents.vocab import _vocab

#: a pair on one line: the year, a colon, the count (`2010: 3242`)
_PAIR_LINE = re.compile(rf"^\s*(?P<year>(?:19|20)\d\d)\s*:\s*(?P<count>{_COUNT_CELL})\s*$")
#: a year alone on its line, and a count alone on its line (its thousands grouped by a
#: dot or, alone on the line, by a blank: `1 159`)
_YEAR_LINE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*$")
_COUNT_LINE = re.compile(rf"^\s*(?P<count>{_COUNT_CELL}|\d{{1,3}}(?: \d{{3}})+)\s*$")
#: the list's column titles, one a line or on one line (`jaar`, `aantal`): the lead stands
#: above them
_TITLE_LINE = re.compile(r"^\s*(?:jaar|aantal(?:len)?|jaar\s+aantal(?:len)?)\s*:?\s*$", re.I)
#: a lead naming the count the list goes on with, ending in a colon (`... is het aantal
#: woninginbraken in de regio weer toegenomen:`)
_COUNTING_LEAD = re.compile(r"\baantal(?:len)?\s+(?P<noun>[^\W\d][\w-]{3,})\b[^.!?:]*:\s*$", re.I)
#: how many years a list may span: a series of a text, not a list of dates
LIST_SPAN = 25


class _Pair(NamedTuple):
    """A pair of the list: its year, the count's offset in the text, the count, the line."""

    year: int
    offset: int
    value: float
    line: str


def _lists(text: str) -> list[tuple[str, list[_Pair]]]:
    """Every list of two or more pairs in the text (blank lines between its lines allowed),
    with the non-blank line right above it (its lead)."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", text)]
    out, lead, pairs, year = [], "", [], None
    for start, line in lines:
        if not line.strip() or (not pairs and year is None and _TITLE_LINE.match(line)):
            continue
        pair, alone = _PAIR_LINE.match(line), _YEAR_LINE.match(line)
        # a year under a year is a header of years one a line (`2016`, `2015`), no count
        count = _COUNT_LINE.match(line) if year is not None and alone is None else None
        if pair is not None and year is None:
            pairs.append(_pair(pair, start, line.strip()))
        elif alone is not None and year is None:
            year = int(alone["year"])
        elif count is not None and year is not None:
            pairs.append(_pair(count, start, f"{year} {line.strip()}", year))
            year = None
        else:
            if len(pairs) >= 2:
                out.append((lead, pairs))
            lead, pairs, year = line, [], None
            if alone is not None:  # a year after a year: the list ended, a new one starts
                year, lead = int(alone["year"]), ""
    if len(pairs) >= 2:
        out.append((lead, pairs))
    return [(lead, pairs) for lead, pairs in out if _a_series(pairs)]


def _pair(m: re.Match, start: int, line: str, year: int | None = None) -> _Pair:
    value = float(re.sub(r"[. ]", "", m["count"]))
    return _Pair(
        year if year is not None else int(m["year"]), start + m.start("count"), value, line
    )


def _a_series(pairs: list[_Pair]) -> bool:
    """Distinct years in order, up or down, within `LIST_SPAN` years: a series over years."""
    years = [p.year for p in pairs]
    ordered = years == sorted(years) or years == sorted(years, reverse=True)
    return ordered and len(set(years)) == len(years) and max(years) - min(years) <= LIST_SPAN


def _lead_category(lead: str) -> str | None:
    """The category of the count a lead names (`het aantal woninginbraken ... :`): a kind
    of the items the text counts (`kind_nouns`) is `other`, the items themselves as the
    vocabulary reads a title `Aantal <noun>`; None for a lead naming no such count."""
    m = _COUNTING_LEAD.search(lead)
    if m is None:
        return None
    noun = m["noun"].lower()
    label = _cell_label(f"Aantal {noun}", "")
    if label is None or label[1] is not None:
        return None
    return "other" if noun in _vocab()["data"].get("kind_nouns", ()) else label[0]


def _year_list_figures(text: str, read: list[_Figure]) -> list[_Figure]:
    """The figures of the text's year lists (see the module doc) the `read` figures do not
    hold already (a pair the running text states is not written twice, a number another
    reader made a figure of is not read again). A cell a table reader took but could not
    read (`jaar`, `aantal` over years and counts one a line, whose column names nothing)
    is read here by the list's lead."""
    known = {(f.period, f.value): f for f in read if f.unit == "count"}
    taken = {f.offset for f in read}
    out = []
    for lead, pairs in _lists(text):
        repeated = [
            known[(_year(p.year), p.value)] for p in pairs if (_year(p.year), p.value) in known
        ]
        category, scope = _lead_category(lead), None
        if category is None:
            kinds = {(f.category, f.scope) for f in repeated}
            if len(repeated) < 2 or len(kinds) != 1:
                continue
            category, scope = kinds.pop()
        for p in pairs:
            period: Period = _year(p.year)
            if (period, p.value) not in known and p.offset not in taken:
                out.append(_Figure(p.offset, category, p.value, "count", period, scope, p.line))
    return out
