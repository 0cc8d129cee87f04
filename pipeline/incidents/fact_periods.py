"""The period of each fact of a sentence: the one it states, pairs with `respectievelijk`,
changes `van ... naar`, sums of the years before it, a month without its year, and the
period the context gives (a list's total, the paragraph, a heading, the report)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from pipeline.incidents.numbers import _from_to
from pipeline.incidents.periods import (
    _LAST_YEAR,
    _THIS_YEAR,
    PAST,
    _context_year,
    _in_year,
    _is_year,
    _month_end,
    _month_word_re,
    _new_year_night,
    _within,
    find_periods,
    month_period,
    new_year_spans,
)
from pipeline.incidents.records import (
    COMPARED_AGAIN,
    Period,
    _Context,
    _Fact,
    _PeriodSpan,
    _Reading,
    _Value,
)
from pipeline.incidents.records import year_period as _year
from pipeline.incidents.rules import _clause_bounds, _rules
from pipeline.incidents.vocab import LIST_REACH, _rough_before, _vocab

#: a month figure whose year neither the sentence nor the report gives: not a figure
_NO_YEAR = Period(date.min, date.min)


def _month_of(val: _Value, before: str, after: str, ctx: _Context) -> Period | None:
    """The month of a figure per month (`3 in februari`, `in maart: 10`), `_NO_YEAR` when
    its year is unknown, None when no month stands beside the number."""
    rules = _rules()
    month_m = rules["month_after"].match(after)
    if month_m is None and not val.percent:
        month_m = rules["month_before"].search(before)
    if month_m is None:
        return None
    month = _vocab()["months"][month_m["month"].lower()]
    year_text = month_m.groupdict().get("year")
    year = int(year_text) if year_text else _context_year(ctx)
    if year is None:
        return _NO_YEAR
    return month_period(year, month)


def _period_follows(val: _Value, reading: _Reading) -> bool:
    """The number's own period stands right after it (`38 in 2020`)."""
    return any(
        p.anchors and re.fullmatch(r"\s*(?:in\s+)?", reading.text[val.end : p.start])
        for p in reading.periods
    )


def _own_period_after(val: _Value, reading: _Reading) -> bool:
    """A period stands right after the number (`38 in 2022`, `15 een jaar eerder`)."""
    return any(
        p.anchors and p.start >= val.end and _is_own_period(reading.text, val.end, p)
        for p in reading.periods
    )


def _period_right_after() -> re.Pattern:
    return _period_right_after_for(_vocab()["noun_alt"])


@lru_cache(maxsize=16)
def _period_right_after_for(noun: str) -> re.Pattern:
    """Between a number and its own period: `38 in 2022`, `193 (in 2011)`, `70 (2020)`,
    `21 keer in 2019` (the times counted, restated), `313 meldingen in 2016` (the items'
    noun, or a compound of it, in a series: `van 459 in 2015 naar 313 meldingen in 2016
    en 294 meldingen in 2017`)."""
    times = r"\s*(?:(?:keer|maal)\s+)?(?:\(\s*(?:in\s+)?|in\s+)?"
    return re.compile(rf"{times}|\s*[^\W\d]*(?:{noun})\s+(?:\(\s*(?:in\s+)?|in\s+)", re.I)


def _is_own_period(s: str, end: int, p: _PeriodSpan) -> bool:
    """The period `p` stands right after a number ending at `end` and is its own: `38 in
    2022`, `193 (in 2011)`, and a bracket holding the period alone (`van 70 (2020) naar 122
    (2021)`, a news writer's way to date each level); not `12 (2021: 10)`, whose bracket
    labels another figure."""
    gap = _period_right_after().fullmatch(s, end, p.start)
    if gap is None:
        return False
    return "(" not in gap.group() or re.match(r"\s*\)", s[p.end :]) is not None


#: a sentence naming its figures a rate over a numbered base before them (`het aantal
#: hulpverleningen per 100 duizend inwoners sterk gestegen, van 183 hulpverleningen in 1997
#: naar 251 in 1998`): its figures are rates, whatever clause they stand in
_RATE_NAMED = re.compile(
    r"\baantal\s+[^\W\d]+\s+per\s+\d+(?:[.,]\d+)*(?:\s+(?:duizend|miljoen))?\s+[^\W\d]+",
    re.IGNORECASE,
)


def _is_exact(val: _Value, s: str, rough_ok: bool = False) -> bool:
    """Not a rough figure (`ruim 70`; unless `rough_ok`), a range (`10 tot 15`) or a rate
    (`6 per maand`)."""
    rules = _rules()
    after = s[val.end :]
    if rules["range_after"].match(after) or rules["difference_after"].match(after):
        return False
    if _range_bound(val, s) or _ratio_term(val, s):
        return False
    if not rough_ok and rules["approximate"].search(s[: val.start]):
        return False
    if _RATE_NAMED.search(s, 0, val.start):
        return False  # `het aantal hulpverleningen per 100 duizend inwoners ..., van 183`
    c0, c1 = _clause_bounds(s, val.start)
    if re.search(r"\(\s*$", s[: val.start]) and (close := re.match(r"\s*\)", after)):
        # `vergelijkbaar met het aantal bezwaren in 2021 (172) en iets minder dan het
        # gemiddelde over de afgelopen 5 jaar (183)`: a figure alone in its bracket ends
        # there; the average told after it is the next figure's
        c1 = min(c1, val.end + close.end())
    return not rules["rate"].search(s[c0:c1])


def _range_bound(val: _Value, s: str) -> bool:
    """`tussen 50.089 en 53.511`: either bound of a range written with `tussen ... en`."""
    m = _rules()["range_between"].search(s[: val.start])
    if m is None:
        return False
    return m["first"] is not None or _rules()["range_and"].match(s[val.end :]) is not None


def _ratio_term(val: _Value, s: str) -> bool:
    """`7 op 10 klachten`, `een op de vijf`: a term of a ratio (not `lag in 2018 op 37`:
    a year is no term; not `12 op 1 januari`: a date)."""
    if val.percent:
        return False
    rules = _rules()
    after, before = s[val.end :], s[: val.start]
    return bool(rules["ratio_after"].match(after) or rules["ratio_before"].search(before))


def _assign_periods(reading: _Reading, ctx: _Context, index: int) -> None:
    """Give each fact of a sentence its period: the one its own clause names, else the
    last one before it, else one the context gives (a linked total, the total above a
    `Waarvan`, the total a list stands under, the report's)."""
    s = reading.text
    anchors = [p for p in reading.periods if p.anchors]
    _pair_respectively(s, anchors, reading.facts, _context_year(ctx), reading.periods)
    changes = _changes_from_to(reading)
    if reading.restated is not None:
        for f in reading.facts:  # the figures before any period the sentence names
            if (
                f.period is None
                and not any(p.start < f.value.start for p in reading.periods)
                and not _own_period_after(f.value, reading)
            ):
                f.period = reading.restated
    waarvan = bool(_rules()["waarvan"].match(s))
    used: set[tuple[int, str, bool]] = set()  # (period span start, category, percent)
    for f in reading.facts:
        if f.period is None and f.source == "tally":
            f.period = _tally_period(f, reading, ctx)
        if f.period is None:
            f.period = _bracketed_after_period(f, s, reading.periods)
        if f.period is None:
            f.period = _then_period(f, s, reading.periods)
        if f.period is None and _then_before_in_opening_clause(f, reading):
            f.period = _period_named_last_before(ctx)
        if f.period is None:
            _sum_of_years_before(f, reading, ctx, index)
        if f.period is None:
            f.period = _stated_period(f, s, anchors, used, ctx, index, waarvan)
        if f.period is None:
            f.period = _context_period(f, reading, ctx, index, waarvan)
            f.assumed = f.period is not None and f.period == ctx.report and _label_total(f, s)
    for first, new_level, placed in changes:
        if placed:
            new_level.period = _new_level_period(first, s, ctx)
        elif years := _change_years(reading, first, ctx):
            first.period, new_level.period = years
        else:
            first.period = _year_before_new_level(first, new_level, reading)
        spans_years = new_level.period is not None and (
            new_level.period.start.year < new_level.period.end.year
        )
        if spans_years and new_level.period != ctx.new_year:
            # `tussen 2013 en 2015 ... van 339 naar 432`: a level is no span's figure (a
            # New Year's night is one night)
            new_level.period = None
    for f in reading.facts:
        f.period = _same_span_in_year(f, reading, ctx) or f.period
        if f.period is not None and _level_after_change(f, reading.text):
            f.period = None  # `tussen 2017 en 2018 met 16 procent toe, tot 1.848`: no span's
        if f.period is not None and _unplaced_writing_year(f, reading):
            f.period = None  # its own clause names its year, one no date of the text places


#: a year named relative to the text's writing: `vorig jaar`, `dit jaar`, `het afgelopen
#: jaar` (placed by the text's date, `_document_year`, or a clue in it, `context`)
_WRITING_YEAR = re.compile(
    rf"{_LAST_YEAR.pattern}|{_THIS_YEAR.pattern}|\b(?:het\s+)?{PAST}\s+jaar\b", re.IGNORECASE
)


def _unplaced_writing_year(f: _Fact, reading: _Reading) -> bool:
    """The fact's own clause, before it, names its year relative to the text's writing and
    nothing placed it (`Waren het in 2015 nog 153 stuks, het afgelopen jaar werd er 129 keer
    bezwaar gemaakt`, `komt de teller dit jaar op 128` in an item without a date): another
    year the sentence or the text names (2015; `in 2020 nog 81` before it) is not the
    figure's, and a figure whose period cannot be read is dropped. Not where the clause
    writes the figure's year itself (`dit jaar al meer meldingen (42.721) dan in heel 2018
    (34.588)`: 2018's); a relative year after the figure is a compared one's (`45 klachten
    (vorig jaar: 52)`)."""
    s = reading.text
    start, end = _clause_bounds(s, f.value.start)
    written = any(
        p.period == f.period
        and start <= p.start
        and p.end <= end
        and _YEAR.search(s, p.start, p.end)
        for p in reading.periods
    )
    return not written and any(
        not _placed(m, reading.periods, s) for m in _WRITING_YEAR.finditer(s, start, f.value.start)
    )


def _placed(m: re.Match, periods: list[_PeriodSpan], s: str) -> bool:
    """A relative year a period span of the sentence reads: one covering it, or the part of
    a year it closes (`In de eerste helft van dit jaar`, the half read with the text's year
    where `dit jaar` alone has none)."""
    return any(
        (p.start < m.end() and m.start() < p.end)
        or (p.end <= m.start() and _OF_THE_YEAR.fullmatch(s, p.end, m.start()))
        for p in periods
    )


#: what joins a part of a year to its relative year (`de eerste helft van dit jaar`)
_OF_THE_YEAR = re.compile(r"\s*(?:van\s+)?", re.IGNORECASE)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _tally_period(f: _Fact, reading: _Reading, ctx: _Context) -> Period | None:
    """The year a running tally stands in: the text's own after `nu` (`Vorig jaar hadden we
    ongeveer twintig meldingen, nu zitten we al op 134`), else the year its sentence names
    last before it, also one compared with (`ten opzichte van 2017, waar de teller op 2180
    bleef stilstaan`), up to the end of a part of it (`Eind december 2008 stond de teller
    op zeventig klachten`: the whole year); with `met nog twee maanden te gaan` up to
    that many months before the year's end (rule 10 of the web gold: a running count ends
    where it stands). None: the usual periods decide."""
    s = reading.text
    before = [p.period for p in reading.periods if p.end <= f.value.start]
    if _NOW_BEFORE.search(s, 0, f.value.start):
        # the year the text is written in: the one after the year `vorig jaar` names
        year = ctx.last_year + 1 if ctx.last_year is not None else None
    elif before and before[-1].start.year == before[-1].end.year:
        year = before[-1].start.year
        if not _is_year(before[-1]):
            # `Eind december 2008 stond de teller op zeventig klachten`: the year up to then
            return Period(date(year, 1, 1), before[-1].end)
    else:
        return None
    if year is None:
        return None
    to_go = _MONTHS_TO_GO.search(s)
    if to_go is None:
        return _year(year)
    months = _months_left().get(to_go["n"].lower(), 0)
    if not 1 <= months <= 11:
        return None
    return Period(date(year, 1, 1), _month_end(year, 12 - months))


#: `nu zitten we al op`: the tally as it stands now, in the text's own year
_NOW_BEFORE = re.compile(r"\bnu\s+(?:zitten|staan)\s+we\s+(?:(?:al|inmiddels)\s+)?op\s+$", re.I)
#: `met nog twee maanden te gaan`: the months of the year still to come (`een`: one)
_MONTHS_TO_GO = re.compile(r"\bmet\s+nog\s+(?P<n>\w+)\s+maand(?:en)?\s+te\s+gaan\b", re.IGNORECASE)


@cache
def _months_left() -> dict[str, int]:
    """Month counts 1-11 in digits or words (`een maand`, `twee maanden`)."""
    words = {w: n for w, n in _vocab()["number_words"].items() if 1 <= n <= 11}
    return {**words, "een": 1, **{str(n): n for n in range(1, 12)}}


#: the level a change ends at, after its verb (`nam ... met 16 procent toe, tot 1.848`)
_LEVEL_AFTER_CHANGE = re.compile(
    rf"\b(?:toe|af|gestegen|gedaald|gegroeid)\s*,?\s+tot\s+{_rough_before()}$",
    re.IGNORECASE,
)


def _level_after_change(f: _Fact, s: str) -> bool:
    """Whether a figure dated by a span of years is the level its change ends at: as the
    levels of `van ... naar` (`_changes_from_to`), the level of one year, not of the span."""
    if f.period.start.year == f.period.end.year:
        return False
    return _LEVEL_AFTER_CHANGE.search(s, max(0, f.value.start - 40), f.value.start) is not None


#: `in dezelfde periode in 2021`, `over diezelfde periode`, `in diezelfde maanden`, `een jaar
#: eerder`: the part of a year the figure compared with covers, in the year the clause names
_SAME_SPAN = re.compile(
    r"\b(?:die|de|het)?zelfde\s+(?:periode|maand(?:en)?|kwartaal|half\s?jaar)\b"
    r"|\b(?:een|één|1)\s+jaar\s+(?:eerder|daarvoor|ervoor)\b",
    re.IGNORECASE,
)


def _same_span_in_year(f: _Fact, reading: _Reading, ctx: _Context) -> Period | None:
    """`8.100 meldingen in het eerste half jaar van 2022. Ten opzichte van de 129.000
    meldingen die het meldpunt kreeg in dezelfde periode in 2021`: a figure whose clause
    names a year and `the same period` right beside it (no other number between) covers the
    part of a year of the figure compared with (the last one before it, in its sentence or
    the last sentence before it with figures, whose period is less than a whole year), in
    its own year. None where nothing is compared so."""
    if f.period is None or not _is_year(f.period):
        return None
    s = reading.text
    c0, c1 = _clause_bounds(s, f.value.start)
    year = str(f.period.start.year)
    same = next(
        (
            m
            for m in _SAME_SPAN.finditer(s, c0, c1)
            if _nothing_but_year(s[min(m.end(), f.value.end) : max(m.start(), f.value.start)], year)
        ),
        None,
    )
    if (
        same is None
        and not _then_same_span(f, reading, ctx)
        and not _year_it_was(f, reading)
        # `In de eerste zes maanden van dit jaar is 36.379 keer ingebroken. In 2013 lag dat
        # aantal nog op 43.381`: the count restated for a year is of the same part of it
        and f.source != COMPARED_AGAIN
    ):
        return None
    earlier = [g.period for g in reading.facts if g.value.start < f.value.start]
    before = next((facts for _, facts in reversed(ctx.recent_facts) if facts), [])
    earlier = [g.period for g in before] + earlier
    part = next((p for p in reversed(earlier) if p is not None and not _is_year(p)), None)
    if part is None or part.start.year != part.end.year or part.start.year == f.period.start.year:
        return None
    return _in_year(part, f.period.start.year)


def _nothing_but_year(between: str, year: str) -> bool:
    """Whether the words between `the same period` and a figure hold no number but the
    figure's own year (`In dezelfde periode 2024 waren er 166 datalekmeldingen`: 2024 is
    the year the same part is moved to, not another figure)."""
    return not _DIGITS.search(re.sub(rf"(?<!\d){year}(?!\d)", "", between))


def _then_same_span(f: _Fact, reading: _Reading, ctx: _Context) -> bool:
    """`Dat zijn er veel meer dan in dezelfde periode het jaar daarvoor. Toen ging het om
    1593 meldingen.`: a sentence opened by `toen` names the period the sentence before
    compared with (`_period_named_last_before`), the same part of a year included."""
    if not _THEN_OPENS.match(reading.text) or not _in_opening_clause(f, reading):
        return False
    return len(ctx.recent_texts) >= 2 and _SAME_SPAN.search(ctx.recent_texts[-2]) is not None


#: a number in a sentence (between a figure and the words that date it)
_DIGITS = re.compile(r"\d")


#: `In 2018 ging het om 8.898 meldingen`: a sentence opened by a year and the figure it was
_YEAR_IT_WAS = re.compile(
    r"^\W*In\s+(?:19|20)\d\d\s+(?:ging|gaat)\s+het\s+(?:nog\s+)?om\s+", re.IGNORECASE
)


def _year_it_was(f: _Fact, reading: _Reading) -> bool:
    """`In de eerste helft van 2019 zijn 11.906 datalekken gemeld. In 2018 ging het om 8.898
    meldingen.`: the first figure of a sentence that opens with another year and `ging het
    om` is compared with the figure before it, over the same part of that year (whole years
    compared are unchanged: `_same_span_in_year` carries only a part of a year)."""
    m = _YEAR_IT_WAS.match(reading.text)
    return m is not None and not _DIGITS.search(reading.text, m.end(), f.value.start)


def _changes_from_to(reading: _Reading) -> list[tuple[_Fact, _Fact, bool]]:
    """`t.o.v. 2023 van 83 naar 64`: in a change whose new level has no period of its own,
    the first level is the compared period's (named before the change, or right after the
    first level) and the new level the period the context gives; placed here the first
    level, returned (first, new level, placed) for the new level to be placed last. A first
    level no period is named for (`daalde van 83 naar 64`) is some earlier period's: not
    placed here (False: `_change_years`, else `_year_before_new_level`, reads it)."""
    s, out = reading.text, []
    facts = {f.value.start: f for f in reading.facts if f.period is None}
    for x, y in _from_to(s):
        first, new_level = facts.get(x), facts.get(y)
        if first is None or new_level is None:
            continue
        if _own_period_after(new_level.value, reading):
            _compared_first_level(first, reading)
            continue
        if not _own_period_after(first.value, reading):
            compared = [p for p in reading.periods if not p.anchors and p.end <= x]
            if compared and _same_part_compared(compared[-1], reading, x):
                first.period = compared[-1].period  # the new level keeps its own period
                continue
            if (
                not compared
                and (later := _compared_year_after(reading, new_level.value.end)) is not None
            ):
                # `(van 32 naar 30) het aantal woninginbraken lichtjes tegenover 2016`: the
                # first level is the year compared with after the change
                first.period = later
                out.append((first, new_level, True))
                continue
            if not compared or not _is_year(compared[-1].period):
                out.append((first, new_level, False))
                continue
            first.period = compared[-1].period
        out.append((first, new_level, True))
    return out


def _compared_year_after(reading: _Reading, pos: int) -> Period | None:
    """The year compared with (`tegenover 2016`, `ten opzichte van 2016`) that the sentence
    names first after `pos` (a change's new level), with no other period or number
    between."""
    for p in reading.periods:
        if p.start < pos:
            continue
        s = reading.text
        if not _is_year(p.period) or _DIGITS.search(s, pos, p.start):
            return None
        return p.period if _COMPARED_BEFORE.search(s, pos, p.start) else None
    return None


#: the words that name the year compared with right before it
_COMPARED_BEFORE = re.compile(
    r"\b(?:tegenover|ten\s+opzichte\s+van|vergeleken\s+met|t\.o\.v\.)\s*$", re.I
)


def _compared_first_level(first: _Fact, reading: _Reading) -> None:
    """`in 2015 is ten opzichte van 2014 van 480 naar 315 in 2015 gedaald`: where the new
    level has its own period, a first level without one is the year compared with right
    before the change (no period the sentence states between), not the sentence's year."""
    x = first.value.start
    if _own_period_after(first.value, reading):
        return
    before = [p for p in reading.periods if p.end <= x]
    if before and not before[-1].anchors and _is_year(before[-1].period):
        first.period = before[-1].period


def _same_part_compared(compared: _PeriodSpan, reading: _Reading, pos: int) -> bool:
    """`Over het eerste kwartaal 2004 nam het aantal klachten ten opzichte van de eerste drie
    maanden van 2003 af ... van 325 naar 184`: the part of a year compared with is the same
    part of another year as the one the sentence states before the change (a quarter, a
    half year, months to date): the first level is the compared part's, the new level the
    stated one's."""
    period = compared.period
    if _is_year(period) or period.start.year != period.end.year:
        return False
    stated = [p.period for p in reading.periods if p.anchors and p.end <= pos]
    return any(
        p.start.year == p.end.year != period.start.year and _in_year(period, p.start.year) == p
        for p in stated
    )


def _year_before_new_level(first: _Fact, new_level: _Fact, reading: _Reading) -> Period | None:
    """`Vooral in Meise (van 124 naar 63) daalt het aantal inbraken sterk`: a change whose
    sentence names no period before it, its new level dated a whole year by the context
    (the year the text reports on), runs from the year before that one: the first level
    is that year's (as `_change_years` reads it where the year is stated). None where the
    new level has no whole year (a quarter's change may be from the quarter before) or a
    period stands before the change (`_change_years` reads those)."""
    level = new_level.period
    if level is None or not _is_year(level):
        return None
    if any(p.start < first.value.start for p in reading.periods):
        return None
    return _year(level.start.year - 1)


def _change_years(reading: _Reading, first: _Fact, ctx: _Context) -> tuple[Period, Period] | None:
    """(first level's, new level's) period of a change that names none for its levels (`steeg
    van 24 naar 37`): in a year report a change is told from the year before to the year
    reported on; so it is in a sentence whose one period before the change is one year (`in
    2017 daalde dat aantal van 12 naar 5`: 2016 to 2017) or, where the sentence names
    none, the year the document states; a span of years before it gives its first and last
    year (`tussen 2013 en 2015 ... (van 339 naar 432)`). None: the sentence names another
    period (a quarter, a month, several), or no year is known."""
    before = [p for p in reading.periods if p.anchors and p.end <= first.value.start]
    night = ctx.new_year
    if night is not None and all(p.period == night for p in before):
        # a text on one New Year's night tells a change from the night before to it
        return _new_year_night(night.start.year - 1), night
    if len({p.period for p in before}) > 1:
        return None  # `Was in 2016 ..., in 2017 daalde dat aantal naar het niveau van 2015`
    if not before:
        year = None if reading.periods else _stated_year(ctx)
        return (_year(year - 1), _year(year)) if year else None
    span, period = before[-1], before[-1].period
    if _is_year(period):
        return _year(period.start.year - 1), period
    whole_years = (period.start.month, period.start.day, period.end.month, period.end.day)
    if whole_years == (1, 1, 12, 31) and _YEAR_SPAN.search(reading.text, span.start, span.end):
        return _year(period.start.year), _year(period.end.year)
    return None


#: a span of years named by its first and last (`tussen 2013 en 2015`, `2014-2016`)
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\D{1,20}(?:19|20)\d\d")


def _stated_year(ctx: _Context) -> int | None:
    """The year the document or paragraph states it is about (its title, heading or lead, or
    the year opening the paragraph); not one taken from the latest of its dated figures,
    which a change's first level may be."""
    derived = ctx.latest_year is not None and ctx.report == ctx.latest_year[1]
    year = None if derived else _context_year(ctx)
    p = ctx.paragraph_year
    return year or (p.start.year if p is not None else None)


#: `ten opzichte van het vorige verslagjaar`: a change told against the year before
_AGAINST_YEAR_BEFORE = re.compile(
    r"\b(?:ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met)\s+(?:het\s+)?vorige?\s+(?:verslag)?jaar\b",
    re.IGNORECASE,
)


def _new_level_period(first: _Fact, s: str, ctx: _Context) -> Period | None:
    """The context's period for the new level of a change: the report's, when it comes
    after the first level's; where no report period is known, the year after the first
    level's in a change told against the year before (`ten opzichte van het vorige
    verslagjaar ... van 193 (in 2011) tot 110`); None (unplaced) otherwise."""
    if first.period is None:
        return None
    if ctx.report is None and _is_year(first.period) and _AGAINST_YEAR_BEFORE.search(s):
        year = first.period.start.year + 1
        return _year(year)
    if ctx.report is None or ctx.report.start <= first.period.end:
        return None
    return ctx.report


#: how many sentences back a sum (`In totaal zijn dat 455`) may add up
SUM_REACH = 3


def _sum_of_years_before(f: _Fact, reading: _Reading, ctx: _Context, index: int) -> None:
    """`In 2016 ... 36 datalekken ... gemeld aan de AP. In 2017 waren dat er 41, ... en in
    2020 139. In totaal zijn dat 455 datalekken in vijf jaar tijd.`: a sum without a year
    of its own that adds up the figures of one kind the sentences right before give for
    consecutive years is theirs over those years."""
    c0, c1 = _clause_bounds(reading.text, f.value.start)
    if f.value.percent or not _rules()["grand_total"].search(reading.text):
        return
    if any(c0 <= p.start < c1 for p in reading.periods):
        return
    facts: list[_Fact] = []
    for back, (i, found) in enumerate(reversed(ctx.recent_facts), start=1):
        if i != index - back:
            return
        facts = [*found, *facts]
        if span := _years_summed(facts, f.value.value):
            f.period, f.category = span
            return


def _years_summed(facts: list[_Fact], value: float) -> tuple[Period, str] | None:
    """(span, category) of `facts` when they are of one kind, one per consecutive year, and
    add up to `value`."""
    kinds = {g.category for g in facts}
    periods = [g.period for g in facts]
    if len(facts) < 2 or len(kinds) != 1 or any(p is None or not _is_year(p) for p in periods):
        return None
    years = sorted(p.start.year for p in periods)
    if years != list(range(years[0], years[0] + len(years))):
        return None
    if sum(g.value.value for g in facts) != value:
        return None
    return Period(date(years[0], 1, 1), date(years[-1], 12, 31)), kinds.pop()


_THEN = re.compile(r"\btoen\b", re.IGNORECASE)
_THEN_OPENS = re.compile(r"^\W*toen\b", re.IGNORECASE)


def _period_named_last_before(ctx: _Context) -> Period | None:
    """`... een daling met een jaar eerder. Toen ontving de AP nog 26.956`: a sentence
    opened by `toen` is about the period the sentence before named last."""
    if len(ctx.recent_texts) < 2:
        return None
    text = ctx.recent_texts[-2]
    periods = find_periods(text, _context_year(ctx), ctx.last_year)
    periods = new_year_spans(text, periods, ctx.new_year)
    return periods[-1].period if periods else None


def _then_before_in_opening_clause(f: _Fact, reading: _Reading) -> bool:
    """`Toen ontving de AP nog 26.956`, `Het totaal was toen 3554`: `toen` before a figure
    of the sentence's first clause, where that clause names no period of its own."""
    s = reading.text
    then = _THEN_OPENS.match(s) or _THEN.search(s, 0, f.value.start)
    return then is not None and _in_opening_clause(f, reading)


def _in_opening_clause(f: _Fact, reading: _Reading) -> bool:
    """Whether a figure stands in the sentence's first clause and no period is named there
    (`Toen werden 7.126 incidenten geregistreerd, afgelopen oud en nieuw ...`)."""
    c0, c1 = _clause_bounds(reading.text, f.value.start)
    return c0 == 0 and not any(p.start < c1 for p in reading.periods)


def _then_period(f: _Fact, s: str, periods: list[_PeriodSpan]) -> Period | None:
    """`lager dan vorig jaar, toen werd de AP 25.000 keer ingelicht`: a clause opened by
    `toen` (then) is about the period named right before it, a compared one included."""
    c0, c1 = _clause_bounds(s, f.value.start)
    then = _THEN.search(s, c0, f.value.start)
    if then is None or any(then.start() <= p.start < c1 for p in periods):
        return None
    before = [p for p in periods if p.end <= then.start()]
    return before[-1].period if before else None


def _bracketed_after_period(f: _Fact, s: str, periods: list[_PeriodSpan]) -> Period | None:
    """`gedaald ten opzichte van 2021 (253)`: a figure in brackets right after a period is
    that period's, a compared one included, its hedge too (`in vergelijking met het jaar
    daarvoor (ruim 10.000 klachten)`); so is the figure that opens such a bracket (`ten
    opzichte van 2017 (126 waarvan 65 ...)`)."""
    return next(
        (p.period for p in periods if _bracket_opens().fullmatch(s, p.end, f.value.start)), None
    )


@cache
def _bracket_opens() -> re.Pattern:
    return re.compile(rf"\s*\(\s*{_rough_before()}", re.IGNORECASE)


def _pair_respectively(
    s: str,
    anchors: list[_PeriodSpan],
    facts: list[_Fact],
    year: int | None,
    periods: list[_PeriodSpan] | None = None,
) -> None:
    """`In 2018 en 2019 was dit aandeel respectievelijk 47 % en 48 %`, or the other way
    round (`3100 en 3600 meldingen in respectievelijk november en december`): pair the
    periods and the figures on either side of `respectievelijk` in order. Compared years
    pair too (`minder dan in 2015 en 2014 (resp. 41 en 31)`): the figures are theirs."""
    respectively = _rules()["respectively"].search(s)
    if not respectively:
        _pair_joined(s, anchors, facts)
        return
    a, b = respectively.start(), respectively.end()
    periods_first = [p for p in anchors if p.end <= a]
    figures_after = [f for f in facts if f.value.start >= b and f.period is None]
    # `In 2012 en 2011 werden 1.398 respectievelijk 1.412 klachten ingediend`: the word
    # stands between the figures, so the first of them comes right before it
    figures_after = _figure_right_before(s, a, facts) + figures_after
    if len(periods_first) != len(figures_after) and periods:
        periods_first = [p for p in periods if p.end <= a]
    if periods_first and len(periods_first) == len(figures_after):
        for p, f in zip(periods_first, figures_after, strict=True):
            f.period = p.period
        return
    clause = max(s.rfind(",", 0, a), s.rfind(";", 0, a)) + 1  # `..., gevolgd door 31 en 36`
    figures_first = [f for f in facts if clause <= f.value.start and f.value.end <= a]
    figures_first = [f for f in figures_first if f.period is None]
    periods_after = [p.period for p in anchors if p.start >= b] or _months_after(
        s, b, anchors, year
    )
    if len(figures_first) >= 2 and len(figures_first) == len(periods_after):
        for period, f in zip(periods_after, figures_first, strict=True):
            f.period = period


def _figure_right_before(s: str, pos: int, facts: list[_Fact]) -> list[_Fact]:
    """The figure, with no period yet, that `respectievelijk` at `pos` directly follows
    (nothing but spaces between), as a list of one; else an empty list."""
    return [
        f
        for f in facts
        if f.period is None and f.value.end <= pos and not s[f.value.end : pos].strip()
    ][-1:]


def _pair_joined(s: str, anchors: list[_PeriodSpan], facts: list[_Fact]) -> None:
    """`In 2020 en 2021 waren er 40 en 50 datalekken`: two periods joined by `en` and then
    two figures joined by `en` pair in order, as after `respectievelijk`."""
    if len(anchors) != 2 or not re.fullmatch(r"\s+en\s+", s[anchors[0].end : anchors[1].start]):
        return
    after = [f for f in facts if f.value.start >= anchors[1].end and f.period is None]
    if len(after) != 2 or not re.fullmatch(
        r"\s+en\s+", s[after[0].value.end : after[1].value.start]
    ):
        return
    for span, f in zip(anchors, after, strict=True):
        f.period = span.period


def _months_after(s: str, start: int, anchors: list[_PeriodSpan], year: int | None) -> list[Period]:
    """The months named after `start` (`november en december`) in the year of the
    sentence's last dated period before them, else the context's `year`; [] without."""
    years = [p.period.start.year for p in anchors if p.end <= start] or ([year] if year else [])
    if not years:
        return []
    months = _vocab()["months"]
    return [
        month_period(years[-1], n)
        for m in _month_word_re().finditer(s, start)
        if (n := months.get(m.group(0).lower()))
    ]


def _recent_total(ctx: _Context, index: int) -> bool:
    return ctx.last_total is not None and index - ctx.last_total_sentence <= 3


def _stated_period(
    f: _Fact,
    s: str,
    anchors: list[_PeriodSpan],
    used: set[tuple[int, str, bool]],
    ctx: _Context,
    index: int,
    waarvan: bool,
) -> Period | None:
    """The period the sentence states for a fact: in its clause (before it, unless another
    fact of its kind took that one, else after it), else the last one before it."""
    c0, c1 = _clause_bounds(s, f.value.start)
    preceding = [p for p in anchors if p.end <= f.value.start]
    in_clause_before = [p for p in preceding if p.start >= c0]
    in_clause_after = [
        p
        for p in anchors
        if p.start >= f.value.end
        and p.end <= c1
        and not _comparison_label(s, p)
        and not _BRACKET_FIGURE_AFTER.match(s, p.end)
        and not _COMPARED_FIGURE_BEFORE.search(s, f.value.end, p.start)
    ]
    before_taken = bool(in_clause_before) and (
        (in_clause_before[-1].start, f.category, f.value.percent) in used
    )
    if before_taken and not in_clause_after and _unplaced_after(f, s, anchors):
        return None  # `674 meldingen in 2016 en 703 vorig jaar`, undated: not 2016 again
    own_after = [p for p in in_clause_after if _is_own_period(s, f.value.end, p)]
    if own_after:
        # `van 1574 in 2008 naar 1676 in 2009`: the period right after a figure is its own,
        # whatever period the clause named before it (a heading's year run into it)
        chosen = own_after[0]
    elif in_clause_before and not (before_taken and in_clause_after):
        chosen = in_clause_before[-1]
    elif in_clause_after:
        # `84 meldingen in 2020 en 73 in 2021`, `van 64% in 2020 naar 67% in 2021`
        chosen = in_clause_after[0]
    else:
        return preceding[-1].period if preceding else None
    if waarvan and not preceding and _recent_total(ctx, index):
        if not _within(chosen.period, ctx.last_total):
            # `Waarvan 39 in de categorie ...` is part of the total just stated; a period
            # after it that lies outside that total's period (`... In 2019 was het aantal`,
            # a text-layer line run into the next) belongs to the next statement
            return ctx.last_total
    used.add((chosen.start, f.category, f.value.percent))
    return chosen.period


#: `... (453) is gelijk aan het aantal in 2017 (450)`: a period whose figure follows it in
#: brackets labels that figure, not the one before it
#: (not a year labelling a compared figure: `40 klachten in 2021 (2020: 35)`)
_BRACKET_FIGURE_AFTER = re.compile(r"\s*\(\s*(?!(?:19|20)\d\d\b)\d")


#: `99 bezwaarschriften binnengekomen tegen 48 in 2014`: a period right after a compared
#: figure is that figure's, not the one before it (its thousands grouped by a dot or a
#: space: `15 257 interventies uit tegenover 18 860 in 2016`; hedged as news states it:
#: `bijna 797.000 misdrijven, tegenover zo'n 743.000 in 2021`)
_COMPARED_FIGURE_BEFORE = re.compile(
    rf"\btegen(?:over)?\s+{_rough_before()}\d[\d.]*(?:[ \u00a0\u202f]\d{{3}})*\s+"
    r"(?:[^\W\d]+\s+)?(?:in|over)\s+$",
    re.IGNORECASE,
)


def _comparison_label(s: str, p: _PeriodSpan) -> bool:
    """`2.432 (2015: 2.401)`: a period opening a bracket and labelling the figure in it is
    that figure's, not the one before the bracket."""
    return (
        re.search(r"\(\s*$", s[: p.start]) is not None
        and re.match(r"\s*[:=]", s[p.end :]) is not None
    )


def _unplaced_after(f: _Fact, s: str, anchors: list[_PeriodSpan]) -> bool:
    """The figure's own period stands right after it (its noun between) and the rules
    cannot place it."""
    m = _rules()["unplaced_period"].search(s, f.value.end)
    return (
        m is not None
        and re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,2}", s[f.value.end : m.start()]) is not None
        and not any(p.start < m.end() and m.start() < p.end for p in anchors)
    )


def _context_period(
    f: _Fact, reading: _Reading, ctx: _Context, index: int, waarvan: bool
) -> Period | None:
    """The period the context gives a fact whose sentence states none; None where the
    sentence names a period the rules cannot place (`in week 12`)."""
    linked = None
    for ref in reading.references.values():
        linked = linked or ctx.totals.get(ref)
    if linked is not None:
        return linked
    if waarvan and _recent_total(ctx, index):
        return ctx.last_total
    if (
        f.source == "label"
        and ctx.list_anchor is not None
        and index - ctx.list_anchor_sentence <= LIST_REACH
    ):
        return ctx.list_anchor
    # `Van de 84 meldingen ...` in a report whose own total is another number: the sentence
    # is about some other period, so the report's period does not apply
    ref_conflict = bool(reading.references) and any(
        period == ctx.report and value not in reading.references.values()
        for value, period in ctx.totals.items()
    )
    unplaced = any(
        not any(p.start < m.end() and m.start() < p.end for p in reading.periods)
        and not _bracketed_label_after(m, f, reading.text)
        for m in _rules()["unplaced_period"].finditer(reading.text)
    )  # `een jaar eerder` placed against a year is no unplaced period
    if unplaced or ref_conflict:
        return None
    if ctx.report is None and (summed := _summed_period(reading, ctx, index)):
        return summed
    if ctx.report is None and _CUMULATIVE.search(reading.text):
        return None  # `sinds de invoering 3.600`: a sum up to now, not the paragraph's year
    if _YEARLY.search(reading.text):
        return None  # `jaarlijks meer dan honderd`: a rate over years, no one year's count
    return ctx.report or ctx.paragraph_year


def _bracketed_label_after(m: re.Match, f: _Fact, s: str) -> bool:
    """`45 klachten (vorig jaar: 52)`: a period labelling a compared figure in brackets
    after the fact is that figure's, none of the fact's."""
    return (
        m.start() >= f.value.end
        and re.search(r"\(\s*$", s[: m.start()]) is not None
        and re.match(r"\s*[:=]", s[m.end() :]) is not None
    )


def _summed_period(reading: _Reading, ctx: _Context, index: int) -> Period | None:
    """`... van 2016 tot en met 2018 ... In totaal komt dat neer op 140 datalekken`: a sum
    without a period of its own sums what the sentence right before it dates."""
    last, periods = ctx.previous
    if last != index - 1 or len(periods) != 1 or reading.periods:
        return None
    return next(iter(periods)) if _rules()["grand_total"].search(reading.text) else None


def _label_total(f: _Fact, s: str) -> bool:
    """`aantal klachten 306`: a total written as a label and its number, no verb between
    (a header line's figure, not a sentence's)."""
    if f.category != "total":
        return False
    noun = _vocab()["noun_alt"]
    return re.search(rf"\baantal\s+(?:{noun})\s*:?\s*$", s[: f.value.start], re.I) is not None


#: a sum since some moment, up to now
#: a count per year in general (`jaarlijks`, `elk jaar`, `gemiddeld per jaar`)
_YEARLY = re.compile(r"\b(?:jaarlijks|per\s+jaar|elk\s+jaar|ieder\s+jaar)\b", re.I)
_CUMULATIVE = re.compile(
    r"\b(?:sinds|vanaf|tot\s+nu\s+toe|tot\s+op\s+heden|inmiddels|in\s+totaal)\b", re.I
)
