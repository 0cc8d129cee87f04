"""Periods named in text: years, quarters, halves, months and ranges, years relative to the
document (`vorig jaar`, `een jaar eerder`), the report period a document's title or head
gives and the period of a heading."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache, lru_cache
from itertools import islice

from pipeline.dates import DATELINE_PLACE, MONTH_ALT, MONTH_NUMBERS
from pipeline.documents.lines import is_site_chrome
from pipeline.incidents.records import Period, _Context, _PeriodSpan, year_period
from pipeline.incidents.vocab import (
    _SUBJECT,
    SubjectKey,
    _alt,
    _normalise_plain,
    _vocab,
    _words_alt,
)

_YEAR = r"(?<![\d.,/-])((?:19[89]|20[0-4])\d)(?![\d]|[.,]\d)"

#: `afgelopen` and its Flemish word `voorbije` (`het voorbije jaar`, `de voorbije twee jaar`):
#: the period up to the writing
PAST = r"(?:afgelopen|voorbije)"


#: a school's or university's year (`studiejaar`, `schooljaar`, `collegejaar`, `academisch
#: jaar`): September to August
ACADEMIC_YEAR = r"(?:(?:school|studie|college|academie)jaar|academische?\s+jaar)"


def _academic_year(first: int) -> Period:
    return Period(date(first, 9, 1), date(first + 1, 8, 31))


def _is_academic_year(period: Period) -> bool:
    start, end = period
    return (start.month, start.day, end.month, end.day) == (9, 1, 8, 31) and (
        end.year == start.year + 1
    )


def _within(inner: Period, outer: Period) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_period(year: int, month: int) -> Period:
    """The calendar month `month` of `year` as a period."""
    return Period(date(year, month, 1), _month_end(year, month))


#: a column of a table's header of months, a month's name or abbreviation and the year's
#: last two digits (`Jan 14`, `Okt 14`, `Jan 15`)
_HEADER_MONTH = re.compile(rf"(?P<month>{MONTH_ALT})\.?\s+'?(?P<yy>\d\d)(?!\d)", re.IGNORECASE)


def header_months(line: str) -> list[Period] | None:
    """The months a table's header line of two or more such columns heads (`Jan 14 Sep 14
    Okt 14 Nov 14 Dec 14 Jan 15`), in order; None for any other line. Only a whole header
    line is read: in running text `Jan 14` may be a day."""
    spans = list(_HEADER_MONTH.finditer(line))
    rest = _HEADER_MONTH.sub(" ", line)
    if len(spans) < 2 or rest.strip(" |"):
        return None
    return [month_period(2000 + int(m["yy"]), MONTH_NUMBERS[m["month"].lower()]) for m in spans]


def _in_year(period: Period, year: int) -> Period:
    """A part of one year (`januari t/m november 2018`) moved to another year; a month's
    last day stays its last (28 or 29 February)."""
    start, end = period.start, period.end
    first_end, last_end = _month_end(year, start.month), _month_end(year, end.month)
    if end != _month_end(end.year, end.month):
        last_end = date(year, end.month, min(end.day, last_end.day))
    return Period(date(year, start.month, min(start.day, first_end.day)), last_end)


def _quarters(year: int, first: int, last: int) -> Period:
    return Period(date(year, 3 * first - 2, 1), _month_end(year, 3 * last))


#: a year anywhere: every period pattern but the `_ctx` ones needs one (a cheap pre-check)
_ANY_YEAR = re.compile(r"(?:19[89]|20[0-4])\d")


@cache
def _period_res() -> list[tuple[str, re.Pattern]]:
    v = _vocab()
    month = v["month_alt"]
    # a month alone after `in`/`van` (`month_ctx`), not the English verb `may`, nor the
    # first name `Jan` (`het team van Jan`; `in jan.` is the month)
    not_may = "|".join(m for m in month.split("|") if m != "may")
    bare_month = rf"(?!(?-i:Jan)\b(?!\.))(?:{not_may})"
    half = {n: _alt(words) for n, words in v["half_words"].items()}
    quarter = {n: _alt(words) for n, words in v["quarter_words"].items()}
    sep = r"\s*(?:t/m|t\.?\s?m\.?|tot\s+en\s+met|tot|-|–|through|to|until)\s*"
    # `tussen 25 mei 2018 en 30 november 2019`, `Tussen maart 2019 en februari 2020`: after
    # `tussen`, `en` joins a range's two ends as `tot` does (a bare `en` joins nothing)
    from_word = r"(?:(?:van|from)\s+|(?P<between>\btussen\s+))?"
    range_sep = rf"(?(between)(?:\s+en\s+|{sep})|{sep})"
    to_date = r"\s*\b(?:t/m|tot\s+en\s+met)\s+(?:(?:het|de)\s+)?(?:eind\s+)?"
    res = [
        # `studiejaar 2021-2022`, `schooljaar 2017/2018`: September to August
        (
            "academic",
            rf"\b{ACADEMIC_YEAR}\s+(?P<y1>(?:19[89]|20[0-4])\d)\s*[-/–]\s*(?P<y2>(?:19|20)?\d\d)\b",
        ),
        # `van 2016 tot en met 2018`, `tussen 2019 en 2021`, `2016-2020`: whole years, also
        # from the start of the first and to the end of the last (`Van begin 2016 tot en met
        # eind 2018`, `Tussen 2019 en eind 2023`)
        (
            "year_range",
            r"(?:\b(?:van|tussen|from)\s+)?(?:begin\s+)?(?P<y1>(?:19[89]|20[0-4])\d)"
            r"(?:\s*(?:t/m|tot\s+en\s+met|tot|-|–|through|to)\s*"
            r"|(?<=\d)\s+en\s+(?=(?:eind\s+)?(?:19|20)\d\d)"
            r"(?:(?<=tussen\s\d{4}\sen\s)|(?<=tussen\sbegin\s\d{4}\sen\s)))"
            r"(?:eind\s+)?(?P<y2>(?:19[89]|20[0-4])\d)(?![\d]|[.,]\d)",
        ),
        (
            "date_range",
            rf"{from_word}(?P<d1>[0-3]?\d)\s+(?P<m1>{month})(?:\s+(?P<y1>(?:19|20)\d\d))?"
            rf"{range_sep}(?P<d2>[0-3]?\d)\s+(?P<m2>{month})\s+{_YEAR}",
        ),
        # `van oktober 2020 tot en met september 2021`: the first month may carry its year
        (
            "month_range",
            rf"{from_word}(?P<m1>{month})(?:\s+(?P<y1>(?:19|20)\d\d))?{range_sep}"
            rf"(?P<m2>{month})\s+{_YEAR}",
        ),
        (
            "q_range",
            rf"\bq\.?\s?(?P<q1>[1-4])(?:{sep}|\s+(?:en|and)\s+)q\.?\s?(?P<q2>[1-4])\s+{_YEAR}",
        ),
        (
            "year_q_range",
            rf"{_YEAR}\s+q\.?\s?(?P<q1>[1-4])(?:{sep}|\s+(?:en|and)\s+)q?\.?\s?(?P<q2>[1-4])\b",
        ),
        # to date: `t/m augustus 2017`, `2018 t/m augustus`, `tot en met Q3 2023` count from
        # the year's start (a range's first month or quarter, read above, wins)
        ("to_date_month", rf"(?<!\d\s){to_date}(?P<m1>{month})\s+{_YEAR}"),
        ("to_date_month", rf"{_YEAR}{to_date}(?P<m1>{month})\b(?!\s+(?:19|20)\d\d)"),
        ("to_date_q", rf"(?<!\d\s){to_date}q\.?\s?(?P<q1>[1-4])\s+{_YEAR}"),
        ("q", rf"\bq\.?\s?(?P<q1>[1-4])[\s-]+(?:van\s+)?{_YEAR}"),
        # OCR drops the space: `Q22021`
        ("q", r"\bq(?P<q1>[1-4])(?P<y>(?:19[89]|20[0-4])\d)(?!\d)"),
        ("year_q", rf"{_YEAR}[\s-]+q\.?\s?(?P<q1>[1-4])\b"),
    ]
    # OCR puts specks between the words and the year: `eerste helft van:2024`
    gap = r"(?:\s+|\s*[:;,.]\s*)"
    for n, alt in half.items():
        res.append((f"half{n}", rf"\b(?:{alt}){gap}(?:van\s+)?(?:het\s+jaar\s+)?{_YEAR}"))
    for n, alt in quarter.items():
        # `tot en met het derde kwartaal (van 2020)`: January up to that quarter's end
        res.append((f"to_date_quarter{n}", rf"{to_date}(?:{alt}){gap}(?:van\s+)?{_YEAR}"))
        res.append((f"quarter{n}", rf"\b(?:{alt}){gap}(?:van\s+)?{_YEAR}"))
    # `in het tweede halfjaar`, `in het eerste kwartaal`: the year comes from the context
    for n, alt in half.items():
        res.append((f"half{n}_ctx", rf"\b(?:{alt})\b"))
    for n, alt in quarter.items():
        res.append((f"to_date_quarter{n}_ctx", rf"{to_date}(?:{alt})\b"))
        res.append((f"quarter{n}_ctx", rf"\b(?:{alt})\b"))
    res += [
        # `de eerste negen maanden van 2022`: January up to the ninth month
        ("first_n", rf"\beerste\s+(?P<n>{_months_count()})\s+maanden\s+van\s+{_YEAR}"),
        # `de eerste drie kwartalen van 2017`: January up to the third quarter's end
        ("first_nq", rf"\beerste\s+(?P<n>{_quarters_count()})\s+kwartalen(?:\s+van)?\s+{_YEAR}"),
        ("month_year", rf"\b(?P<m1>{month})\s+{_YEAR}"),
        ("year", rf"(?:\b(?:heel|geheel|het\s+jaar|kalenderjaar)\s+)?{_YEAR}"),
        # `In 2017 zijn er in de eerste drie kwartalen 2750 meldingen`: the year written
        # before it (not the report's: see `_cached_periods`)
        ("first_nq_ctx", rf"\beerste\s+(?P<n>{_quarters_count()})\s+kwartalen\b"),
        # `In januari waren er 5`, `in Q3 14`: the report's year (English `may` is a verb)
        ("q_ctx", r"\bq\.?\s?(?P<q1>[1-4])\b"),
        # `in de maand augustus`, `afgelopen augustus`: the same, its year the context's
        (
            "month_ctx",
            rf"\b(?:(?:in|van|over|during)(?:\s+de\s+maand)?|{PAST}|vorige)"
            rf"\s+(?P<m1>{bare_month})\b",
        ),
    ]
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in res]


def _months_count() -> str:
    """A number of months (2-11), in digits or written out."""
    words = [w for w, n in _vocab()["number_words"].items() if 2 <= n <= 11]
    return "|".join([*words, r"[2-9]", r"1[01]"])


def _quarters_count() -> str:
    """A number of quarters (2-3), in digits or written out."""
    words = [w for w, n in _vocab()["number_words"].items() if n in (2, 3)]
    return "|".join([*words, r"[23]"])


def _month_count(text: str) -> int:
    return int(text) if text.isdigit() else _vocab()["number_words"][text.lower()]


_NON_ANCHOR_BEFORE = re.compile(
    r"(?:\bmet|t\.?o\.?v\.?|ten\s+opzichte(?:\s+van)?|\bdan(?:\s+in)?|\bsinds|\bvanaf|\bv[oó][oó]r|\bna"
    r"|\b(?:net\s+)?(?:zo)?als(?:\s+in)?"
    r"|\bsince|\bthan(?:\s+in)?|\bcompared\s+(?:with|to))\s*$"
    # `ten opzichte van de eerste drie maanden van 2003`, `dan in het eerste kwartaal`: a
    # part of a year compared with takes its article (not `voor de eerste helft`: for it)
    r"|(?:\bmet|t\.?o\.?v\.?|ten\s+opzichte\s+van|\bdan(?:\s+in)?|\bsinds|\bvanaf|\bthan(?:\s+in)?"
    r"|\bcompared\s+(?:with|to))\s+(?:de|het|the)\s+$"
    # `(145) is ongeveer gelijk aan het aantal in 2020`, `vergelijkbaar met het aantal
    # bezwaren in 2021`: the count of the year compared with, its noun restated or not
    r"|(?:\bmet|t\.?o\.?v\.?|ten\s+opzichte\s+van|\bdan|\bals|\bgelijk\s+aan)\s+het\s+aantal"
    r"(?:\s+[^\W\d]+)?\s+in\s+$",
    re.IGNORECASE,
)
#: how far before a period `_NON_ANCHOR_BEFORE` looks
NON_ANCHOR_REACH = 45


#: `heel 2021`, `het jaar 2021`: a whole year named as such, which `voor` does not put
#: before (`Voor heel 2021 gaat het om 19 klachten`, `voor het jaar 2020`: for that year)
_WHOLE_YEAR = re.compile(r"(?:heel|geheel|het\s+(?:hele\s+)?jaar|kalenderjaar)\s", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bvoor\s*$", re.IGNORECASE)


#: `sinds zijn ontstaan in 1999`, `vanaf de start in 2016`: a year counted from, named by
#: the event it began with (a few words between)
_SINCE_EVENT_BEFORE = re.compile(
    r"\b(?:sinds|vanaf|since)(?:\s+[^\W\d]+){1,3}\s+in\s*$", re.IGNORECASE
)


def _anchors(text: str, start: int) -> bool:
    """Whether a period read at `start` dates what the text says (not `sinds 2019`, `dan in
    2021`, `vóór 2017` with its accents, `sinds zijn ontstaan in 1999`: a period compared
    with or counted from)."""
    before = text[max(0, start - NON_ANCHOR_REACH) : start]
    if _FOR_BEFORE.search(before) and _WHOLE_YEAR.match(text, start):
        return True
    if _SINCE_EVENT_BEFORE.search(text, max(0, start - 50), start):
        return False
    return not _NON_ANCHOR_BEFORE.search(before)


def _period_of(kind: str, m: re.Match, context_year: int | None) -> Period | None:
    months = _vocab()["months"]
    if kind.endswith("_ctx"):
        if context_year is None:
            return None
        year, kind = context_year, kind[: -len("_ctx")]
    else:
        # the last year written is the period's (`1 oktober 2021 t/m 31 maart 2022`)
        year = int([g for g in m.groups() if g and re.fullmatch(r"\d{4}", g)][-1])
    try:
        if kind == "academic":
            first = int(m["y1"])
            last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
            return _academic_year(first) if last == first + 1 else None
        if kind == "year_range":
            first, last = int(m["y1"]), int(m["y2"])
            return Period(date(first, 1, 1), date(last, 12, 31)) if first < last else None
        if kind == "date_range":
            first = date(int(m["y1"] or year), months[m["m1"].lower()], int(m["d1"]))
            last = date(year, months[m["m2"].lower()], int(m["d2"]))
            return Period(first, last) if first <= last else None
        if kind == "month_range":
            first, last = months[m["m1"].lower()], months[m["m2"].lower()]
            start = date(int(m["y1"] or year), first, 1)
            if start > date(year, last, 1):
                return None
            return Period(start, _month_end(year, last))
        if kind in ("q_range", "year_q_range"):
            first, last = int(m["q1"]), int(m["q2"])
            return _quarters(year, first, last) if first <= last else None
        if kind in ("q", "year_q", "q_ctx"):
            return _quarters(year, int(m["q1"]), int(m["q1"]))
        if kind.startswith("half"):
            return _quarters(year, 1, 2) if kind == "half1" else _quarters(year, 3, 4)
        if kind == "to_date_month":
            return Period(date(year, 1, 1), _month_end(year, months[m["m1"].lower()]))
        if kind.startswith("to_date"):
            last = int(m["q1"] if kind == "to_date_q" else kind[-1])
            return _quarters(year, 1, last)
        if kind.startswith("quarter"):
            q = int(kind[-1])
            return _quarters(year, q, q)
        if kind == "first_n":
            return Period(date(year, 1, 1), _month_end(year, _month_count(m["n"])))
        if kind == "first_nq":
            return _quarters(year, 1, _month_count(m["n"]))
        if kind in ("month_year", "month"):
            month = months[m["m1"].lower()]
            return month_period(year, month)
        return year_period(year)
    except ValueError:
        return None


def find_periods(
    text: str, context_year: int | None = None, last_year: int | None = None
) -> list[_PeriodSpan]:
    """Every period expression in `text` (longest reading wins), in order.

    A half year or quarter written without a year (`in het tweede halfjaar`) takes
    `context_year` (the report's year); without one it is not a period. A year named
    relative to another (`vorig jaar`, `een jaar eerder`) is read by `_relative_years`.
    """
    spans = _months_last_year(text, list(_cached_periods(text, context_year)), last_year)
    return _relative_years(text, spans, context_year, last_year)


#: `vorig jaar` right after a month (`In november vorig jaar`): that month of the year before
_MONTH_LAST_YEAR = re.compile(r"[^\S\n]+(?:het\s+)?vorige?\s+jaar\b", re.IGNORECASE)


def _months_last_year(
    text: str, spans: list[_PeriodSpan], last_year: int | None
) -> list[_PeriodSpan]:
    """`spans` with a month told with `vorig jaar` (`In november vorig jaar bedroeg het
    aantal geregistreerde asielaanvragen 1.942`, texts274 cgvs-asielaanvragen-2019-11) put in
    `last_year`, the phrase taken whole; where the text gives no year to place `vorig jaar`,
    no period (the month alone took the year of the text's other figures: the wrong one)."""
    kept = []
    for span in spans:
        one_month = (span.period.start.year, span.period.start.month) == (
            span.period.end.year, span.period.end.month
        ) and span.period.start.day == 1 and span.period.end.day > 27  # fmt: skip
        m = _MONTH_LAST_YEAR.match(text, span.end) if one_month else None
        if m is None:
            kept.append(span)
        elif last_year is not None:
            period = month_period(last_year, span.period.start.month)
            kept.append(_PeriodSpan(span.start, m.end(), period, span.anchors))
    return kept


#: `vorig jaar`: the year before the one the document was written in
#: (`Logo Gemeente Woerden 2Vorig jaar zijn er 33 klachten`: a caption's digit glued before
#: the capital that opens the text's sentence)
_LAST_YEAR = re.compile(
    r"(?:\b|(?<=\d)(?=(?-i:V)))(?:(?:het\s+)?vorige?\s+jaar|last\s+year)\b", re.IGNORECASE
)
#: `dit jaar`: the year the document was written (`de eerste negen maanden van dit jaar`)
_THIS_YEAR = re.compile(
    r"\b(?:(?:de\s+)?eerste\s+(?P<n>\w+)\s+maanden\s+van\s+)?(?:dit|this)\s+jaar\b",
    re.IGNORECASE,
)
#: `het afgelopen jaar`, `het verslagjaar`: the year a year report is about, else the year
#: before it was written
_PAST_YEAR = re.compile(
    rf"\b(?:het\s+)?{PAST}\s+jaar\b"
    # `in het verslagjaar`: the year the report is on (not `het vorige verslagjaar`)
    r"|(?<!vorige\s)(?<!vorig\s)\b(?:het\s+)?(?:verslag|rapportage)jaar\b",
    re.IGNORECASE,
)
#: `een jaar eerder`, `het jaar daarvoor` (Flemish `het jaar voordien`): the year before the
#: one just named
_YEAR_BEFORE = re.compile(
    r"\b(?:een|één|1)\s+jaar\s+(?:eerder|daarvoor|ervoor|voordien)\b"
    r"|\b(?:het|in\s+het)\s+(?:jaar\s+(?:daarvoor|ervoor|voordien)|voorgaande\s+jaar)\b"
    r"|\ba\s+year\s+(?:earlier|before)\b",
    re.IGNORECASE,
)


@cache
def years_ago() -> re.Pattern:
    """`10 jaar geleden`, `twee jaar geleden`: that many years before the one just named (a
    comparison: `In 2025 kwamen zo'n 32.000 meldingen binnen ... Ter vergelijking: 10 jaar
    geleden waren dat er rond de 16.000`)."""
    words = [w for w, n in _vocab()["number_words"].items() if 1 <= n <= 10]  # `een`, `één` too
    n = "|".join([*words, r"[1-9]", "10"])
    return re.compile(rf"\b(?P<n>{n})\s+jaar\s+geleden\b", re.IGNORECASE)


def _years_ago_spans(
    text: str, spans: list[_PeriodSpan], context_year: int | None
) -> list[_PeriodSpan]:
    """The years `years_ago` names, counted from the last whole year named before them,
    else from the report's year (`_read_sentence` passes the year the sentence before named
    last as that); none where neither is known."""
    out = []
    for m in years_ago().finditer(text):
        if _is_covered(m, spans):
            continue
        named = [s.period for s in spans if s.end <= m.start() and _is_year(s.period)]
        base = named[-1].start.year if named else context_year
        if base is not None:
            out.append(_year_span(text, m.start(), m.end(), base - _month_count(m["n"])))
    return out


#: `een jaar later`, `het jaar daarna` (Flemish `het jaar nadien`): the year after the one
#: just named
_YEAR_AFTER = re.compile(
    r"\b(?:een|één|1)\s+jaar\s+(?:later|daarna|erna|nadien)\b"
    r"|\b(?:het|in\s+het)\s+jaar\s+(?:daarna|erna|erop|nadien)\b|\ba\s+year\s+later\b",
    re.IGNORECASE,
)


def _relative_years(
    text: str, spans: list[_PeriodSpan], context_year: int | None, last_year: int | None
) -> list[_PeriodSpan]:
    """`spans` with the years named relative to another: `vorig jaar` (`last_year`: see
    `_last_year`), `het afgelopen jaar` (a year report's year, else `last_year`), `een jaar
    eerder` (the year before the last year the text names before it, else before the
    report's year). Unresolvable: not a period."""
    found: list[tuple[int, int, int | None]] = []
    if last_year is not None:
        found += [(*m.span(), last_year) for m in _LAST_YEAR.finditer(text)]
    past = context_year or last_year
    found += [(*m.span(), past) for m in _PAST_YEAR.finditer(text)]
    for start, end, year in found:
        if year is not None and not any(s.start < end and start < s.end for s in spans):
            spans.append(_year_span(text, start, end, year))
    if last_year is not None:
        spans += _this_year_spans(text, spans, last_year + 1)
        spans += _past_years_spans(text, spans, last_year)
    spans.sort(key=lambda s: s.start)
    if last_year is not None:
        spans = _parts_of_last_year(text, spans, last_year)
    for rx, step in ((_YEAR_BEFORE, -1), (_YEAR_AFTER, 1)):
        for m in rx.finditer(text):
            if _is_covered(m, spans) or _part_a_year_away(text, m, spans, step):
                continue
            named = [s.period for s in spans if s.end <= m.start() and _is_year(s.period)]
            # the year before the report's: a year after it names only another year named
            base = named[-1].start.year if named else context_year if step < 0 else None
            if base is not None:
                spans.append(_year_span(text, m.start(), m.end(), base + step))
    spans += _years_ago_spans(text, spans, context_year)
    spans.sort(key=lambda s: s.start)
    return _to_date_in_year(text, spans)


@cache
def _to_date_bare() -> re.Pattern:
    """`tot en met november`, `tot 9 september`, `t/m eind juni`: the end of a running count
    written without its year."""
    month = _vocab()["month_alt"]
    return re.compile(
        r"\b(?:t/m|t\.\s?m\.|tot(?P<met>\s+en\s+met)?)\s+(?P<eind>(?:het\s+)?eind(?:e)?\s+)?"
        rf"(?:(?P<d>[0-3]?\d)\s+)?(?P<m>{month})\b(?!\s*(?:19|20)\d\d)",
        re.IGNORECASE,
    )


def _up_to_the_month(m: re.Match) -> bool:
    """`tot december`: a bare month after `tot` (no `en met`, no day, no `eind`) is where
    the count stopped, that month not in it (`tot en met november`, `tot 9 september` and
    `tot eind juni` hold theirs)."""
    bare_tot = m.group(0).lower().startswith("tot") and not m["met"]
    return bare_tot and not m["d"] and not m["eind"]


def _to_date_in_year(text: str, spans: list[_PeriodSpan]) -> list[_PeriodSpan]:
    """`Het afgelopen jaar lagen er tot en met november 13.000 aangiften`, `Dit jaar werden
    tot 9 september 3.120 meldingen geregistreerd`: a whole year the clause names, and
    after it (no figure between) the end of a running count without its year, is the year
    up to that end (rule 10 of the web gold: a running count ends at the date it prints)."""
    for m in _to_date_bare().finditer(text):
        if _is_covered(m, spans):
            continue
        before = [i for i, span in enumerate(spans) if span.end <= m.start()]
        if not before or not _is_year(spans[before[-1]].period):
            continue
        year = spans[before[-1]]
        if not year.anchors:
            continue  # `dan in 2018`: a year compared with is not the count's
        if re.search(r"[\d,;]", text[year.end : m.start()]):
            continue  # a figure or another clause between: the year is not the count's
        month = _vocab()["months"][m["m"].lower()]
        y = year.period.start.year
        if _up_to_the_month(m) and month > 1:
            month -= 1  # `Dit jaar kwamen er tot december ... al 279`: before December
        try:
            end = date(y, month, int(m["d"])) if m["d"] else _month_end(y, month)
        except ValueError:
            continue
        spans[before[-1]] = year._replace(period=Period(date(y, 1, 1), end))
    return spans


@cache
def _past_years() -> re.Pattern:
    """`de afgelopen vier jaar(en)`, `in de afgelopen drie jaar`: the years before the one
    the text was written in."""
    return re.compile(
        rf"\b(?:de\s+)?{PAST}\s+(?P<n>{_years_count()})\s+jaa?r(?:en)?\b", re.IGNORECASE
    )


def _years_count() -> str:
    """A number of years (2-10), in digits or written out."""
    words = [w for w, n in _vocab()["number_words"].items() if 2 <= n <= 10]
    return "|".join([*words, r"[2-9]", r"10"])


def _past_years_spans(text: str, spans: list[_PeriodSpan], last_year: int) -> list[_PeriodSpan]:
    """`Wat is uw reactie op het feit dat de afgelopen vier jaar 103 integriteitskwesties
    speelden` (written in 2019): the whole years up to `last_year`, 2015 to 2018."""
    out = []
    for m in _past_years().finditer(text):
        if _is_covered(m, spans):
            continue
        first = last_year - _month_count(m["n"]) + 1
        period = Period(date(first, 1, 1), date(last_year, 12, 31))
        out.append(_PeriodSpan(m.start(), m.end(), period, _anchors(text, m.start())))
    return out


def _part_a_year_away(text: str, m: re.Match, spans: list[_PeriodSpan], step: int) -> bool:
    """`ten opzichte van het tweede kwartaal een jaar eerder`: a part of one year right
    before `een jaar eerder` (`het jaar daarna`) is that part of the year before (after);
    the span read for the part is widened to the phrase in `spans`. False where no such
    part stands."""
    before = [i for i, span in enumerate(spans) if span.end <= m.start()]
    if not before:
        return False
    i = before[-1]
    part = spans[i]
    if text[part.end : m.start()].strip() or _is_year(part.period):
        return False
    if part.period.start.year != part.period.end.year:
        return False
    moved = _in_year(part.period, part.period.start.year + step)
    spans[i] = _PeriodSpan(part.start, m.end(), moved, part.anchors)
    return True


#: `vorig studiejaar`, `het afgelopen schooljaar`, `dit collegejaar`: the academic year the
#: document is about
_RELATIVE_ACADEMIC = re.compile(
    rf"\b(?:(?:het\s+)?(?:vorige?|{PAST})|dit)\s+{ACADEMIC_YEAR}\b(?!\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def academic_spans(
    text: str, spans: list[_PeriodSpan], academic: Period | None
) -> list[_PeriodSpan]:
    """`spans` with the academic years named relative to the document's (`vorig studiejaar`:
    `academic`, the one it is about), and a year before or after one named as an academic
    year taken as the academic year before or after it (`vorig studiejaar 90 ..., het jaar
    ervoor 71`)."""
    if academic is None:
        return spans
    out = _academic_this_and_last(text, list(spans), academic)
    for m in _RELATIVE_ACADEMIC.finditer(text):
        if not _is_covered(m, out):
            out.append(_PeriodSpan(m.start(), m.end(), academic, _anchors(text, m.start())))
    for rx in (_YEAR_BEFORE, _YEAR_AFTER):  # placed below, where an academic year precedes
        for m in rx.finditer(text):
            if not _is_covered(m, out):
                out.append(_PeriodSpan(m.start(), m.end(), academic, _anchors(text, m.start())))
    out.sort(key=lambda s: s.start)
    for i, span in enumerate(out):
        step = _relative_step(text[span.start : span.end])
        named = [s.period for s in out[:i] if _is_academic_year(s.period)]
        if step and named:
            out[i] = span._replace(period=_academic_year(named[-1].start.year + step))
    # a year before or after no academic year: the calendar reading stands, or none
    return [
        s
        for s in out
        if s in spans
        or not _relative_step(text[s.start : s.end])
        or any(_is_academic_year(t.period) for t in out if t.end <= s.start)
    ]


#: `dit jaar`, `het afgelopen jaar` in a text on one school or academic year: that year
_THIS_ACADEMIC = re.compile(rf"\b(?:(?:het\s+)?{PAST}|dit)\s+jaar\b", re.IGNORECASE)


def _academic_this_and_last(
    text: str, spans: list[_PeriodSpan], academic: Period
) -> list[_PeriodSpan]:
    """In a text on one academic year, `dit jaar` and `het afgelopen jaar` name it, and `vorig
    jaar` beside them the one before (`van 25 vorig jaar naar 42 dit jaar`, `Bij de
    studenten waren dat het afgelopen jaar 93`): a school counts by its own years."""
    this = list(_THIS_ACADEMIC.finditer(text))
    if not this:
        return spans
    before = _academic_year(academic.start.year - 1)
    found = [(m.start(), m.end(), academic) for m in this]
    found += [(*m.span(), before) for m in _LAST_YEAR.finditer(text)]
    out = [s for s in spans if not any(s.start < b and a < s.end for a, b, _ in found)]
    out += [_PeriodSpan(a, b, period, _anchors(text, a)) for a, b, period in found]
    return sorted(out, key=lambda s: s.start)


def _is_covered(m: re.Match, spans: list[_PeriodSpan]) -> bool:
    """Whether a period reading already stands where `m` matched."""
    return any(s.start < m.end() and m.start() < s.end for s in spans)


def _relative_step(phrase: str) -> int:
    """-1 for a year before the one just named (`het jaar ervoor`), 1 for one after, else 0."""
    if _YEAR_BEFORE.fullmatch(phrase):
        return -1
    return 1 if _YEAR_AFTER.fullmatch(phrase) else 0


def document_academic_year(texts: list[str]) -> Period | None:
    """The academic year a document is about: the one academic year it names as its own (its
    title, its sentences), else the one after an academic year it compares with (`minder
    meldingen dan in 2017-2018`); None for none or several."""
    own, compared = set(), set()
    for text in texts:
        for span in _cached_periods(text, None):
            if _is_academic_year(span.period):
                (own if span.anchors else compared).add(span.period)
        for m in _COMPARED_SPAN.finditer(text):
            compared.add(_academic_year(int(m["y1"])))
    if own:
        return own.pop() if len(own) == 1 else None
    if len(compared) == 1 and any(_RELATIVE_ACADEMIC.search(text) for text in texts):
        return _academic_year(compared.pop().start.year + 1)
    return None


#: New Year's night, one night over two years (`de jaarwisseling`, `oud en nieuw`)
NEW_YEAR = r"(?:jaarwisseling|oud\s*(?:en|&)\s*nieuw|oudejaarsnacht|nieuwjaarsnacht)"
#: a night named with its two years (`De jaarwisseling van 2017-2018`, `oud en nieuw 2017/18`)
_NIGHT_NAMED = re.compile(
    rf"\b{NEW_YEAR}\s+(?:van\s+)?(?P<y1>(?:19|20)\d\d)\s*[-/–]\s*(?P<y2>(?:19|20)?\d\d)\b",
    re.IGNORECASE,
)
#: two consecutive years written as one (`2016/2017`, `2017-2018`, `2016/17`)
_YEAR_PAIR = re.compile(
    r"(?<![\d.,/-])(?P<y1>(?:19|20)\d\d)\s*[-/–]\s*(?P<y2>(?:19|20)?\d\d)(?![\d.,/-]?\d)"
)
#: the night a text on one New Year is about, named relative to it (`afgelopen oud en
#: nieuw`, `dit jaar`), and the night before it (`vorig jaar`, `de vorige jaarwisseling`)
_THIS_NIGHT = re.compile(
    rf"\b(?:(?:de\s+)?(?:{PAST}|deze)\s+{NEW_YEAR}|dit\s+jaar)\b", re.IGNORECASE
)
_LAST_NIGHT = re.compile(
    rf"\b(?:(?:de\s+)?vorige\s+{NEW_YEAR}|(?:het\s+)?vorige?\s+jaar)\b", re.IGNORECASE
)


def _new_year_night(first: int) -> Period:
    """The New Year's night from 31 December of `first` to 1 January after it."""
    return Period(date(first, 12, 31), date(first + 1, 1, 1))


def _pair_first(m: re.Match) -> int | None:
    """The first year of two consecutive years written as one, else None."""
    first, second = int(m["y1"]), int(m["y2"])
    if second < 100:
        second += first // 100 * 100
    return first if second == first + 1 else None


def document_new_year(texts: list[str], written: int | None = None) -> Period | None:
    """The New Year's night a text is about: the one night it names with its two years
    (`De jaarwisseling van 2017-2018`, a police item's first figures of the night); where
    it names none with its years, the night before the year it was written in (`written`)
    when its title or lead (`texts[:NIGHT_HEAD]`) is about a New Year's night (`De
    jaarwisseling is volgens de politie rumoerig verlopen`, stamped 2025-01; `Vragen over
    de schade van burgers tijdens de jaarwisseling`, of April 2018: a text counts a night
    once it is over); None for none or several."""
    nights = {
        first for text in texts for m in _NIGHT_NAMED.finditer(text) if (first := _pair_first(m))
    }
    if not nights and written is not None and any(map(_NIGHT_WORD.search, texts[:NIGHT_HEAD])):
        nights = {written - 1}
    return _new_year_night(nights.pop()) if len(nights) == 1 else None


#: a New Year's night named (its years or not)
_NIGHT_WORD = re.compile(rf"\b{NEW_YEAR}\b", re.IGNORECASE)
#: the texts that head a document: its title and lead sentence
NIGHT_HEAD = 2


def new_year_spans(text: str, spans: list[_PeriodSpan], night: Period | None) -> list[_PeriodSpan]:
    """`spans` read in a text on one New Year's night (`night`, see `document_new_year`):
    two consecutive years written as one are their night (`69 in 2016/2017`), the night
    named relative to it is it (`afgelopen oud en nieuw`, `dit jaar`) and the year before
    it the night before (`Vorig jaar was dat uiteindelijk vijftig keer`): police and fire
    brigades compare one night with the last."""
    if night is None:
        return spans
    nights = [
        (m.start(), m.end(), _new_year_night(first))
        for m in _YEAR_PAIR.finditer(text)
        if (first := _pair_first(m))
    ]
    nights += [(*m.span(), night) for m in _THIS_NIGHT.finditer(text)]
    before = _new_year_night(night.start.year - 1)
    nights += [(*m.span(), before) for m in _LAST_NIGHT.finditer(text)]
    out = [s for s in spans if not any(s.start < b and a < s.end for a, b, _ in nights)]
    out += [_PeriodSpan(a, b, period, _anchors(text, a)) for a, b, period in nights]
    return sorted(out, key=lambda s: s.start)


#: an academic year compared with, written as two years (`dan in 2017-2018`)
_COMPARED_SPAN = re.compile(
    r"\b(?:dan|tegen(?:over)?|ten\s+opzichte\s+van|vergeleken\s+met)\s+(?:in\s+)?"
    r"(?P<y1>(?:19|20)\d\d)\s*[-/–]\s*(?:19|20)?\d\d\b",
    re.IGNORECASE,
)


def _this_year_spans(text: str, spans: list[_PeriodSpan], year: int) -> list[_PeriodSpan]:
    """`dit jaar` (the year the document was written) and `de eerste negen maanden van dit
    jaar` where no other period reading stands."""
    out = []
    for m in _THIS_YEAR.finditer(text):
        if _is_covered(m, spans):
            continue
        span = _year_span(text, m.start(), m.end(), year)
        if m["n"]:
            if not re.fullmatch(_months_count(), m["n"], re.IGNORECASE):
                continue
            last = _month_end(year, _month_count(m["n"]))
            span = span._replace(period=Period(date(year, 1, 1), last))
        elif part := _part_of_year_before(text, m.start(), year):
            # `in de eerste helft van dit jaar`: that half of this year, not the year
            spans[:] = [s for s in spans if not (part[0] <= s.start < m.start())]
            span = _PeriodSpan(part[0], m.end(), part[1], span.anchors)
        out.append(span)
    return out


def _part_of_year_before(text: str, pos: int, year: int) -> tuple[int, Period] | None:
    """(start, period) of a half year or quarter named right before `pos` without its year
    (`eerste helft van` before `dit jaar`)."""
    for kind, rx in _period_res():
        if not kind.endswith("_ctx") or not kind.startswith(("half", "quarter")):
            continue
        for m in rx.finditer(text, max(0, pos - 40), pos):
            if re.fullmatch(r"\s*(?:van\s+)?", text[m.end() : pos]):
                return m.start(), _period_of(kind, m, year)
    return None


#: what may stand between `vorig jaar` and the part of it its clause names: words, no
#: number, no clause's end
_SAME_CLAUSE_WORDS = re.compile(r"[^\d,;:.()]*")


def _parts_of_last_year(text: str, spans: list[_PeriodSpan], last_year: int) -> list[_PeriodSpan]:
    """`Vorig jaar waren er in het eerste kwartaal nog 31 meldingen`: a part of a year
    written without its year (`het eerste kwartaal`, read in the report's year) right after
    `vorig jaar` in its clause is that part of last year, as a part after a year written
    (`In 2018 ... in het eerste kwartaal`, `_year_written_before`)."""
    out = list(spans)
    for i in range(1, len(out)):
        before, part = out[i - 1], out[i]
        if (
            _LAST_YEAR.fullmatch(text[before.start : before.end])
            and before.period == year_period(last_year)
            and not _is_year(part.period)
            and part.period.start.year == part.period.end.year != last_year
            and not _ANY_YEAR.search(text, part.start, part.end)
            and not _THIS_YEAR.search(text, part.start, part.end)
            and _SAME_CLAUSE_WORDS.fullmatch(text, before.end, part.start)
        ):
            out[i] = part._replace(period=_in_year(part.period, last_year))
    return out


def _year_span(text: str, start: int, end: int, year: int) -> _PeriodSpan:
    return _PeriodSpan(start, end, year_period(year), _anchors(text, start))


@lru_cache(maxsize=8192)
def _cached_periods(text: str, context_year: int | None) -> tuple[_PeriodSpan, ...]:
    # the passes over a document read the same sentences and lines again
    with_year = _ANY_YEAR.search(text) is not None
    spans: list[_PeriodSpan] = []
    taken = bytearray(len(text))  # 1 where a period read already stands: the longer reading
    for index, (kind, _) in enumerate(_period_res()):
        # a `_ctx` pattern's period is the context's year; every other pattern needs a
        # year written (most sentences and lines hold none)
        ctx_kind = kind.endswith("_ctx")
        if not (with_year or (ctx_kind and context_year)):
            continue
        for m in _pattern_matches(text, index):
            start, end = m.span()
            if taken.find(1, start, end) != -1:
                continue
            # `In 2014 zijn tot en met het derde kwartaal ...`: the year written before it
            year = _year_written_before(text, start) if ctx_kind else None
            if ctx_kind and kind.startswith("first_n") and year is None:
                continue  # `In de eerste vier maanden` of a year the sentence does not name
            period = _period_of(kind, m, year or context_year)
            if period is None:
                continue
            spans.append(_PeriodSpan(start, end, period, _anchors(text, start)))
            taken[start:end] = b"\x01" * (end - start)
    spans.sort(key=lambda s: s.start)
    return tuple(spans)


_YEAR_RE = re.compile(_YEAR)


def _year_written_before(text: str, pos: int) -> int | None:
    """The last year written before `pos` that dates what follows (not `sinds 2019`, `dan
    in 2021`): the year a part of the year without its own (`het derde kwartaal`) is of."""
    years = list(_YEAR_RE.finditer(text, 0, pos))
    if not years:
        return None
    return int(years[-1][1]) if _anchors(text, years[-1].start()) else None


@lru_cache(maxsize=32768)
def _pattern_matches(text: str, index: int) -> tuple[re.Match, ...]:
    """The matches of period pattern `index` in `text`: the first pass over a document reads
    it without the report's year, the second with it; the matches are the same."""
    kind, rx = _period_res()[index]
    has_q, has_month = _period_words(text)
    # a quarter pattern needs its `q`, a month pattern a month name
    if "q" in kind.split("_") and not has_q:
        return ()
    if ("month" in kind or kind == "date_range") and not has_month:
        return ()
    return tuple(rx.finditer(text))


@lru_cache(maxsize=8192)
def _period_words(text: str) -> tuple[bool, bool]:
    """Whether `text` holds a `q` and a month name: one scan instead of one per pattern."""
    return "q" in text.lower(), _month_word_re().search(text) is not None


@cache
def _month_word_re() -> re.Pattern:
    # a whole word: an abbreviation is the start of many a word (`Jansen`, `decentraal`)
    return re.compile(rf"(?<![^\W\d_])(?:{_vocab()['month_alt']})(?![^\W\d_])", re.IGNORECASE)


def _context_year(ctx: _Context) -> int | None:
    """The year a month or quarter written without one is in: the report's, or in a news
    item with no report of its own the latest year it writes (`_news_year`): the year its
    lead or its dated figures give may be one compared with (`overstijgen ... het totaal van
    2019`)."""
    report = ctx.report
    year = report.start.year if report and report.start.year == report.end.year else None
    if ctx.text_year is not None and (report is None or year is not None):
        return max(ctx.text_year, year or ctx.text_year)
    return year


_TITLE_STAMP = re.compile(
    r"^\W*(?:datum|date)\s*:?\s*(?P<ym>(?:19|20)\d\d-[01]\d)\b", re.IGNORECASE
)


def _within_month(period: Period, year_month: str) -> bool:
    """Whether `period` lies within the month `2018-03` names."""
    year, month = map(int, year_month.split("-"))
    start, end = period
    return (start.year, start.month) == (end.year, end.month) == (year, month)


def _report_period(document: dict, text: str) -> Period | None:
    """The period the document reports on: from its title, else from a heading line at its top.

    Body sentences (`In 2020 liep de stijging ...`) never set it: a document that starts in
    the middle of a report has no report period, and its unanchored figures are dropped.
    """
    # a dating stamp opening the title (`date 2022-05 Meer meldingen ...`) dates the
    # writing, not the period reported on; so does a date of the stamp's month after it
    title = _normalise_plain(document.get("title") or "")
    stamp = _TITLE_STAMP.match(title)
    title = title[stamp.end() :] if stamp else title
    if title and not title.endswith((".", "!", "?")):
        periods = {s.period for s in find_periods(title) if s.anchors}
        if stamp is not None:
            written = stamp["ym"]
            periods = {p for p in periods if not _within_month(p, written)}
        if len(periods) == 1:
            return periods.pop()
        if len(periods) > 1:
            return None  # `informatie 2020 en 1e helft 2021`: a subject, not a report period
    top_lines = islice((line for line in text.splitlines() if line.strip()), 3)
    for line in map(_normalise_plain, top_lines):
        if period := _heading_period(line):
            return period
    return None


def _heading_cue_re() -> re.Pattern:
    return _heading_cue_re_for(_SUBJECT.get())


@cache
def _heading_cue_re_for(key: SubjectKey) -> re.Pattern:
    """A heading's cue word, also inside a longer word (`Datalekkenrapportage`)."""
    return re.compile(_words_alt(_vocab()["data"]["heading_cues"]), re.IGNORECASE)


def _latest_figure_year(
    dated: list[tuple[int, Period]], news: bool = False
) -> tuple[int, Period] | None:
    """(from which sentence, period) for a document without a heading period (a report's
    later pages split off as a document of their own): the latest whole year its dated
    figures state, from the first sentence that states it.

    A report compares its year with earlier ones (`was in 2020 73%. In 2018 en 2019 was dit
    47 % en 48 %`); the year it reports on is the latest. Figures before that year's first
    statement (a list run on from the previous page, above `In 2019 was het aantal 64`) stay
    without a period. Only whole years count: a document that dates its figures by quarter
    or half year is not a year report. A short text that is no report (`news`: a news item,
    a web page) whose dated figures all state one period is about that period, from its
    first line on (`Ruim 2.300 lekken zijn in het eerste kwartaal van 2017 gemeld`).
    """
    if news and dated and len({p for _, p in dated}) == 1:
        return 0, dated[0][1]
    if not dated or any(not _is_year(p) for _, p in dated):
        return None
    latest = max(p for _, p in dated)
    return min(i for i, p in dated if p == latest), latest


def _is_year(period: Period) -> bool:
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1, 1, 12, 31
    ) and period.start.year == period.end.year  # fmt: skip


def _heading_period(sentence: str) -> Period | None:
    """The period of a heading line inside the document (`Eerste half jaar 2021`)."""
    if len(sentence) > 100 or sentence.endswith((".", "!", "?", ":")):
        return None
    if is_site_chrome(sentence):
        return None  # a document host's counter (`Academic year: 2022`) dates no section
    spans = [s for s in find_periods(sentence) if s.anchors]
    if len({s.period for s in spans}) != 1:
        return None
    rest = sentence
    for span in reversed(spans):
        rest = rest[: span.start] + rest[span.end :]
    if re.search(r"\d", rest):
        return None
    if _heading_cue_re().search(rest):
        return spans[0].period
    if _is_dateline(rest, spans[0].period):
        return None  # `Hengelo, februari 2014`: where and when a report was signed
    if len(re.findall(r"[^\W\d]+", rest)) <= 2:
        return spans[0].period
    return None


def _is_dateline(rest: str, period: Period) -> bool:
    """A place and its comma before a day or a month: a dateline, not a section's period."""
    one_month = (period.start.year, period.start.month) == (period.end.year, period.end.month)
    return one_month and _DATELINE_PLACE.fullmatch(rest) is not None


#: what a dateline leaves once its date is taken out: a place and its comma
_DATELINE_PLACE = re.compile(rf"\s*{DATELINE_PLACE}\s*,\s*")
