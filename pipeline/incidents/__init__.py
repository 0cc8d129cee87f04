"""Incident counts (data leaks and security incidents) from the text of one document.

Management reviews ("Directiebeoordeling") and progress reports state counts in running
text ("Bij de afdeling Informatieveiligheid zijn in 2020 84 meldingen gedaan"), in lists
under a total ("Van deze 84 meldingen waren er: 62 in de categorie '...'"), in comparisons
("In 2019 was het aantal gemelde datalekken 64"), as shares ("dat is 26 %. In 2019 was dit
17%"), per unit ("Vanuit Save kwamen 50 meldingen, vanuit Veilig Thuis 22"), per month
("van 3 in februari oplopen naar 10 in maart") and in tables that OCR flattened to lines
("Overig 10", or rows under a header of periods: "Categorie Q1 2021 Q2 2021 Totaal").
Where the pages carry word boxes, tables are rebuilt from them (OCR tears wide tables
apart), and a table's `Totaal` row and column fill unreadable cells and veto misread ones.
A `Totaal` row whose header OCR scattered ("TOTAAL 6814 15 15") is read by its sum: in a
report over several quarters, its last cells are the quarters when they add up to the
total the text states for the report period.

Privacy (FG) annual reports and news items about them state figures in prose: parts of a
total whose kind the clause names ("Van de 37 datalekken ging het in 19 gevallen om ...
verkeerde ontvanger", "Twee keer ontstond er een datalek door een verloren datadrager",
"Bij zeven datalekken ...", "een virusaanval (6x)", "(63% van de meldingen)"), numbers
written out where the sentence reports them ("Zeventien datalekken zijn gemeld"), years
named relative to the document's date ("vorig jaar", "een jaar eerder"; the date is the
document's `doc_date`, else a dating stamp on its first line such as `date 2020-06` or
`Datum: maart 2021`: a month is enough to place last year), sectors' shares, and several
organisations compared in one text (each figure then scoped to its own organisation).

News items write figures in more ways still: the AP's own intake ("De AP ontving vorig jaar
27.000 meldingen", "kreeg de AP 9,800 keer een datalekmelding binnen") is a total, not a
report to the AP, and its breakdown by sector names the sector ("uit de sector openbaar
bestuur", "afkomstig van gemeenten (33%)"); a group's sum ("Diverse ministeries ... In
totaal 286") beside a member ("het ministerie van X noteerde 125"); spans of years ("van
2016 tot en met 2018"), a sum of the years listed before it, "dit jaar", the year of an
annual report the item cites ("jaarverslag over 2023"), and an item whose dated figures all
state one period (a quarter's AP figures) dates its other figures in it.

Annual reports on requests, complaints and objections compare with an earlier year in
brackets ("Het aantal bezwaren WMO (42) is gestegen ten opzichte van 2017 (27)": the kind
named right after the noun, the bracket after a year that year's figure) or as a change
("gedaald t.o.v. 2023 van 83 naar 64"), name units before their bracketed counts ("bij
SOZAWE (187, ...) en de Milieudienst (104; ...)"), and flatten tables whose year columns
split into sub-columns ("Aantal, Aantal gegrond, %": each year's first cell is its count).
A paragraph opened by a year ("In 2009 namen ...") dates the sentences after it, and a
sentence restating the one before ("Het ging om 502 meldingen") takes its year.

The rules are conservative: a number becomes a count only in one of those constructions,
in a sentence about incidents, in a document about incidents, and with a period that the
sentence states or that the document's heading gives ("... Informatieveiligheid 2020",
"Eerste half jaar 2021", "Q1 t/m Q3 2022"); a report's later pages split off as a document
of their own take the latest whole year their dated figures state, from that year's first
statement on. Years, dates, page numbers, redaction codes and
differences ("20 meer dan in 2019", "gestegen met 30 %") are never counts. A figure whose
period cannot be read is dropped rather than guessed.

The text is read in the document model's units (`pipeline.docmodel`: its blocks and lines,
split into sentences here). Vocabulary (category phrases, units, number words) is data in
`patterns/incident_categories.json`; the constructions are regular expressions over
`doc.text` (OCR glues figures to words and codes: `84meldingen`, `2022Totaal`), each
offset mapped back to its word with `doc.char_span`.
"""

from __future__ import annotations

import calendar
import contextvars
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import islice, pairwise, takewhile
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from pipeline.dates import DATELINE_PLACE, MONTH_ABBR, MONTHS_EN, MONTHS_NL
from pipeline.docmodel import (
    as_doc,
    block_chars,
    doc_text,
    evidence_box,
    line_chars,
    mark_chars,
    page_chars,
    token_chars,
)
from pipeline.nlp import load_patterns

PATTERN_FILE = "incident_categories.json"
EVIDENCE_CHARS = 300
#: how many sentences below `Van deze 84 meldingen waren er:` its list can run
LIST_REACH = 12
CATEGORIES = (
    "total", "wrong_recipient", "wrong_data", "lost_letter", "lost_device", "theft", "other",
    "reported_to_ap",
)  # fmt: skip
UNITS = ("count", "percent")


class Period(NamedTuple):
    start: date
    end: date


class _PeriodSpan(NamedTuple):
    start: int
    end: int
    period: Period
    anchors: bool  # False for `t.o.v. 2019`, `sinds 2016`: a comparison, not the figure's period


@dataclass
class _Value:
    start: int
    end: int
    value: float
    percent: bool
    word: bool = False  # written out (`drie`): read only in the month construction


@dataclass
class _Sentence:
    text: str  # whitespace collapsed, quotes normalised
    offsets: list[int]  # offsets[i] = position of text[i] in the document text


@dataclass
class _Context:
    report: Period | None
    totals: dict[float, Period]  # value -> period of explicit totals (`in 2020 84 meldingen`)
    list_anchor: Period | None = None  # set by `Van deze 84 meldingen waren er:`
    list_anchor_sentence: int = -100
    last_total: Period | None = None  # for `Waarvan 31 in de categorie ...`
    last_total_sentence: int = -10
    carry_category: str | None = None  # `dat is 26 %. In 2019 was dit 17%`
    carry_sentence: int = -10
    consumed: set[int] = field(default_factory=set)  # document offsets already read as rows
    latest_year: tuple[int, Period] | None = None  # see _latest_figure_year
    headings: list[Period | None] = field(default_factory=list)  # per sentence
    sections: list[tuple[int, Period]] = field(default_factory=list)  # (offset, heading period)
    last_year: int | None = None  # the year `vorig jaar` names (see _last_year)
    text: str = ""  # the (masked) document text the sentences' offsets point into
    organisations: set[str] = field(default_factory=set)  # compared in the text (scopes)
    sectors: bool = False  # the text breaks notifications down by sector: the AP's figures
    ap_counts: bool = False  # the AP is the body that counts (receives) the notifications
    probe: bool = False  # the first pass, reading the totals the references link to
    previous: tuple[int, tuple[Period, ...]] = (-10, ())  # the last sentence read, its periods
    recent_facts: list[tuple[int, list]] = field(default_factory=list)  # see SUM_REACH
    recent_texts: list[str] = field(default_factory=list)  # see SUCH_REACH
    such_kind: str | None = None  # the kind `een dergelijk datalek` refers back to
    group: str | None = None  # the group of organisations the AP's notifications are about
    units: list[tuple[int, str | None]] = field(default_factory=list)  # see _unit_headings
    heading_scoped: set[int] = field(default_factory=set)  # offsets scoped by a heading
    body_scoped: set[int] = field(default_factory=set)  # offsets scoped by `bij het X-loket`
    paragraph_year: Period | None = None  # see _track_paragraph_year
    paragraph_reach: int = 0  # sentences the paragraph's year still reaches
    last_end: int | None = None  # where the last sentence read ends in `text`


# --------------------------------------------------------------------------- vocabulary


def _alt(phrases: Iterable[str]) -> str:
    """Regex alternation, longest first, whitespace-tolerant, quotes optional."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = re.escape(phrase.lower())
        escaped = escaped.replace(r"\ ", r"\s+").replace("'", "'?")
        escaped = escaped.replace(r"\(", r"\(?").replace(r"\)", r"\)?")
        escaped = escaped.replace("/", r"\s?/\s?")
        parts.append(escaped)
    return "|".join(parts)


#: What the figures of the pass being read count (see `subjects` in the pattern file), and
#: whether that subject may also claim the generic nouns (`meldingen`, `verzoeken`): the
#: rules read the vocabulary of the subject of the current pass.
_SUBJECT: contextvars.ContextVar[tuple[str, bool]] = contextvars.ContextVar(
    "incident_subject", default=("datalek", True)
)
LEAK = "datalek"


def _vocab() -> dict[str, Any]:
    return _vocab_for(_SUBJECT.get())


def _subject_data(key: tuple[str, bool]) -> dict[str, Any]:
    """The pattern data with the nouns (and heading cues) of the subject `key` names."""
    data = dict(load_patterns(PATTERN_FILE))
    subject, generic = key
    if subject == LEAK:
        compounds = _leak_compounds(data["leak_compounds"])
        data["incident_nouns"] = data["incident_nouns"] + compounds
        data["document_cues"] = data["document_cues"] + compounds
        return data
    own = data["subjects"][subject]
    data["incident_nouns"] = own["nouns"] + (own.get("generic_nouns", []) if generic else [])
    data["kind_of"] = own.get("kind_of", ["over"])
    data["filed_verbs"] = own.get("filed_verbs", [])
    data["heading_cues"] = data["heading_cues"] + own["heading_cues"]
    return data


def _leak_compounds(spec: dict[str, Any]) -> list[str]:
    """The compounds of data leaks the pattern file builds (`gegevenslekken`,
    `privacy-incident`, `informatiebeveiligingsinbreuken`) and its phrases: a head noun
    names the leak whoever writes the modifier before it, so the modifiers and heads are
    combined here rather than listed word by word."""
    words = list(spec["phrases"])
    for head, plural in spec["heads"].items():
        modifiers = spec["what_leaks"] + (spec["what_fails"] if head in spec["event_heads"] else [])
        for modifier in modifiers:
            # the linking s of a modifier ending in -ing or -heid (`beveiligingsincident`)
            linked = modifier + "s" if modifier.endswith(("ing", "heid")) else modifier
            words += [f"{stem}{form}" for stem in (linked, linked + "-") for form in (head, plural)]
    return words


@cache
def _vocab_for(key: tuple[str, bool]) -> dict[str, Any]:
    data = _subject_data(key)
    months = {m: i + 1 for i, m in enumerate(MONTHS_NL)} | {
        m: i + 1 for i, m in enumerate(MONTHS_EN)
    }
    category_phrases = {c: p for c, p in data["categories"].items()}
    phrase_to_category = {}
    for category, phrases in category_phrases.items():
        for phrase in phrases:
            phrase_to_category[re.sub(r"\s+", " ", phrase.lower())] = category
    return {
        "data": data,
        "months": months,
        "month_alt": "|".join(sorted(months, key=len, reverse=True)),
        "category_re": re.compile(
            rf"(?<![\w/])(?:{_alt(phrase_to_category)})(?![\w])", re.IGNORECASE
        ),
        "phrase_to_category": phrase_to_category,
        "label_only": set(data["label_only_categories"]),
        "label_only_phrases": set(data["label_only_phrases"]),
        "placeholder_column_re": re.compile(
            rf"\b(?:{_alt(data['placeholder_column_titles'])})\s+\d{{1,2}}\b", re.IGNORECASE
        ),
        "column_title_re": re.compile(rf"(?:{_alt(data['table_column_titles'])})?", re.IGNORECASE),
        "total_label_re": re.compile(rf"(?<![\w])(?:{_alt(data['total_labels'])})(?![\w])", re.I),
        "scope_re": re.compile(
            "|".join(
                rf"(?P<s{i}>(?<![\w/])(?:{_alt(phrases)})(?![\w/]))"
                for i, phrases in enumerate(data["scopes"].values())
            ),
            re.IGNORECASE,
        ),
        "scope_names": list(data["scopes"]),
        "noun_alt": _alt(data["incident_nouns"]),
        "total_column_re": re.compile(
            rf"(?<![\w/])(?:{_TOTAL_COLUMN.format(noun=_alt(data['incident_nouns']))})(?![\w/])",
            re.IGNORECASE,
        ),
        "noun_re": re.compile(rf"(?<![\w])(?:{_alt(data['incident_nouns'])})(?![\w])", re.I),
        "subject_notice_re": re.compile(_alt(data["data_subject_notice"]), re.IGNORECASE),
        "doc_cue_re": re.compile(_alt(data["document_cues"]), re.IGNORECASE),
        "after_stop": set(data["not_a_count_after"]),
        "before_stop": set(data["not_a_count_before"]),
        "number_words": data["number_words"] | _compound_number_words(data),
        "half_words": data["half_year_words"],
        "quarter_words": data["quarter_words"],
    }


def _compound_number_words(data: dict[str, Any]) -> dict[str, int]:
    """The round numbers Dutch writes as one word from the pattern file's parts: the tens
    (`negentig`), hundreds (`driehonderd`) and thousands (`drieduizend`, `tienduizend`)."""
    units = {w: n for w, n in data["number_words"].items() if 2 <= n <= 9 and w != "eén"}
    tens = data["tens_words"]
    words: dict[str, int] = dict(tens)
    for base, factor in (("honderd", 100), ("duizend", 1000)):
        words[base] = factor
        words |= {w + base: n * factor for w, n in units.items()}
    words |= {w + "duizend": n * 1000 for w, n in (tens | {"tien": 10}).items()}
    return words


def _label_only(phrase: str) -> bool:
    """A word that names a category only as a label (`overig`), not a kind of incident
    named in running text (`virusaanval`)."""
    key = re.sub(r"\s+", " ", phrase.lower()).strip(" '")
    return key in _vocab()["label_only_phrases"]


def _category_of_phrase(phrase: str) -> str | None:
    key = re.sub(r"\s+", " ", phrase.lower()).replace("'", "")
    table = _vocab()["phrase_to_category"]
    if key in table:
        return table[key]
    # the regex tolerates missing quotes/brackets/spaces; fall back to a loose comparison
    loose = re.sub(r"[^a-z]", "", key)
    for known, category in table.items():
        if re.sub(r"[^a-z]", "", known) == loose:
            return category
    return None


# --------------------------------------------------------------------------- periods

_YEAR = r"(?<![\d.,/-])((?:19[89]|20[0-4])\d)(?![\d]|[.,]\d)"


def _within(inner: Period, outer: Period) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _quarters(year: int, first: int, last: int) -> Period:
    return Period(date(year, 3 * first - 2, 1), _month_end(year, 3 * last))


#: a year anywhere: every period pattern but the `_ctx` ones needs one (a cheap pre-check)
_ANY_YEAR = re.compile(r"(?:19[89]|20[0-4])\d")


@cache
def _period_res() -> list[tuple[str, re.Pattern]]:
    v = _vocab()
    month = v["month_alt"]
    bare_month = "|".join(m for m in month.split("|") if m != "may")
    half = {n: _alt(words) for n, words in v["half_words"].items()}
    quarter = {n: _alt(words) for n, words in v["quarter_words"].items()}
    sep = r"\s*(?:t/m|t\.?\s?m\.?|tot\s+en\s+met|tot|-|–|through|to|until)\s*"
    to_date = r"\s*\b(?:t/m|tot\s+en\s+met)\s+(?:(?:het|de)\s+)?(?:eind\s+)?"
    res = [
        # `van 2016 tot en met 2018`, `tussen 2019 en 2021`, `2016-2020`: whole years
        (
            "year_range",
            r"(?:\b(?:van|tussen|from)\s+)?(?P<y1>(?:19[89]|20[0-4])\d)"
            r"(?:\s*(?:t/m|tot\s+en\s+met|tot|-|–|through|to)\s*"
            r"|(?<=\d)\s+en\s+(?=(?:19|20)\d\d)(?<=tussen\s\d{4}\sen\s))"
            r"(?P<y2>(?:19[89]|20[0-4])\d)(?![\d]|[.,]\d)",
        ),
        (
            "date_range",
            rf"(?:(?:van|from)\s+)?(?P<d1>[0-3]?\d)\s+(?P<m1>{month})(?:\s+(?P<y1>(?:19|20)\d\d))?"
            rf"{sep}(?P<d2>[0-3]?\d)\s+(?P<m2>{month})\s+{_YEAR}",
        ),
        ("month_range", rf"(?:(?:van|from)\s+)?(?P<m1>{month}){sep}(?P<m2>{month})\s+{_YEAR}"),
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
        ("month_year", rf"\b(?P<m1>{month})\s+{_YEAR}"),
        ("year", rf"(?:\b(?:heel|geheel|het\s+jaar|kalenderjaar)\s+)?{_YEAR}"),
        # `In januari waren er 5`, `in Q3 14`: the report's year (English `may` is a verb)
        ("q_ctx", r"\bq\.?\s?(?P<q1>[1-4])\b"),
        ("month_ctx", rf"\b(?:in|van|over|during)\s+(?P<m1>{bare_month})\b"),
    ]
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in res]


def _months_count() -> str:
    """A number of months (2-11), in digits or written out."""
    words = [w for w, n in _vocab()["number_words"].items() if 2 <= n <= 11]
    return "|".join([*words, r"[2-9]", r"1[01]"])


def _month_count(text: str) -> int:
    return int(text) if text.isdigit() else _vocab()["number_words"][text.lower()]


_NON_ANCHOR_BEFORE = re.compile(
    r"(?:\bmet|t\.?o\.?v\.?|ten\s+opzichte(?:\s+van)?|\bdan(?:\s+in)?|\bsinds|\bvanaf|\bv[oó][oó]r|\bna"
    r"|\b(?:net\s+)?(?:zo)?als(?:\s+in)?"
    r"|\bsince|\bthan(?:\s+in)?|\bcompared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)


def _anchors(text: str, start: int) -> bool:
    """Whether a period read at `start` dates what the text says (not `sinds 2019`, `dan in
    2021`, `vóór 2017` with its accents: a period compared with or counted from)."""
    return not _NON_ANCHOR_BEFORE.search(text[max(0, start - 25) : start])


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
        if kind == "year_range":
            first, last = int(m["y1"]), int(m["y2"])
            return Period(date(first, 1, 1), date(last, 12, 31)) if first < last else None
        if kind == "date_range":
            first = date(int(m["y1"] or year), months[m["m1"].lower()], int(m["d1"]))
            last = date(year, months[m["m2"].lower()], int(m["d2"]))
            return Period(first, last) if first <= last else None
        if kind == "month_range":
            first, last = months[m["m1"].lower()], months[m["m2"].lower()]
            if last < first:
                return None
            return Period(date(year, first, 1), _month_end(year, last))
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
        if kind in ("month_year", "month"):
            month = months[m["m1"].lower()]
            return Period(date(year, month, 1), _month_end(year, month))
        return Period(date(year, 1, 1), date(year, 12, 31))
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
    spans = list(_cached_periods(text, context_year))
    return _relative_years(text, spans, context_year, last_year)


#: `vorig jaar`: the year before the one the document was written in
_LAST_YEAR = re.compile(r"\b(?:(?:het\s+)?vorige?\s+jaar|last\s+year)\b", re.IGNORECASE)
#: `dit jaar`: the year the document was written (`de eerste negen maanden van dit jaar`)
_THIS_YEAR = re.compile(
    r"\b(?:(?:de\s+)?eerste\s+(?P<n>\w+)\s+maanden\s+van\s+)?(?:dit|this)\s+jaar\b",
    re.IGNORECASE,
)
#: `het afgelopen jaar`: the year a year report is about, else the year before it was written
_PAST_YEAR = re.compile(r"\b(?:het\s+)?afgelopen\s+jaar\b", re.IGNORECASE)
#: `een jaar eerder`, `het jaar daarvoor`: the year before the one just named
_YEAR_BEFORE = re.compile(
    r"\b(?:een|één|1)\s+jaar\s+(?:eerder|daarvoor|ervoor)\b"
    r"|\b(?:het|in\s+het)\s+(?:jaar\s+(?:daarvoor|ervoor)|voorgaande\s+jaar)\b"
    r"|\ba\s+year\s+(?:earlier|before)\b",
    re.IGNORECASE,
)


#: `een jaar later`, `het jaar daarna`: the year after the one just named
_YEAR_AFTER = re.compile(
    r"\b(?:een|één|1)\s+jaar\s+(?:later|daarna|erna)\b"
    r"|\b(?:het|in\s+het)\s+jaar\s+(?:daarna|erna)\b|\ba\s+year\s+later\b",
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
    spans.sort(key=lambda s: s.start)
    for rx, step in ((_YEAR_BEFORE, -1), (_YEAR_AFTER, 1)):
        for m in rx.finditer(text):
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            named = [s.period for s in spans if s.end <= m.start() and _is_year(s.period)]
            # the year before the report's: a year after it names only another year named
            base = named[-1].start.year if named else context_year if step < 0 else None
            if base is not None:
                spans.append(_year_span(text, m.start(), m.end(), base + step))
    spans.sort(key=lambda s: s.start)
    return spans


def _this_year_spans(text: str, spans: list[_PeriodSpan], year: int) -> list[_PeriodSpan]:
    """`dit jaar` (the year the document was written) and `de eerste negen maanden van dit
    jaar` where no other period reading stands."""
    out = []
    for m in _THIS_YEAR.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
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


def _year_span(text: str, start: int, end: int, year: int) -> _PeriodSpan:
    return _PeriodSpan(
        start, end, Period(date(year, 1, 1), date(year, 12, 31)), _anchors(text, start)
    )


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
    return re.compile(_vocab()["month_alt"], re.IGNORECASE)


def _clear_document_caches() -> None:
    """Forget the periods and sentences read: the caches serve the passes over one document."""
    _cached_periods.cache_clear()
    _pattern_matches.cache_clear()
    _period_words.cache_clear()
    _sentence_links_for.cache_clear()


def _context_year(ctx: _Context) -> int | None:
    report = ctx.report
    return report.start.year if report and report.start.year == report.end.year else None


def _report_period(document: dict, text: str) -> Period | None:
    """The period the document reports on: from its title, else from a heading line at its top.

    Body sentences (`In 2020 liep de stijging ...`) never set it: a document that starts in
    the middle of a report has no report period, and its unanchored figures are dropped.
    """
    title = _normalise_plain(document.get("title") or "")
    if title and not title.endswith((".", "!", "?")):
        periods = {s.period for s in find_periods(title) if s.anchors}
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
def _heading_cue_re_for(key: tuple[str, bool]) -> re.Pattern:
    """A heading's cue word, also inside a longer word (`Datalekkenrapportage`)."""
    return re.compile(_words_alt(_vocab()["data"]["heading_cues"]), re.IGNORECASE)


def _words_alt(phrases: list[str]) -> str:
    """An alternation of `phrases` as written (a space: any whitespace)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


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


# --------------------------------------------------------------------------- text


_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "`": "'", "´": "'", "“": "'", "”": "'", '"': "'",
                         "{": "(", "}": ")", "\u00a0": " "})  # fmt: skip
# OCR reads a closing quote after a word as `1` (`ontvanger1`)
_OCR_QUOTE_ONE = re.compile(r"(?<=[a-z]{3})1(?=\s|$|[).,])")


def _normalise_plain(text: str) -> str:
    text = text.translate(_QUOTES)
    text = _OCR_QUOTE_ONE.sub("'", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def _date_spans() -> re.Pattern:
    """`pipeline.dates.DATE_RE` without its leading weekday: the digits of a date are what
    is masked, and a pattern that starts with a digit scans a document five times faster."""
    months = "|".join(sorted(set(MONTHS_NL + MONTHS_EN + MONTH_ABBR), key=len, reverse=True))
    return re.compile(
        rf"(?:[0-3]?\d\s+(?:{months})\.?(?:\s+(?:19|20)\d\d)?"
        r"|[0-3]?\d[-/.][01]?\d[-/.](?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b",
        re.IGNORECASE,
    )


def _mask(text: str, marks: list[tuple[int, int]]) -> str:
    """Blank redaction codes (`marks`, the document model's) and calendar dates so their
    digits are never read as counts."""
    chars = list(text)
    spans = list(marks)
    # only the spans matter here, so the date pattern is enough (no parsing); a date across
    # a line break (`4\nFebruari 5` in a table) is two cells, not a date; a range of two
    # dates (`1 januari t/m 30 september 2022`) is a period and stays
    date_range = next(rx for kind, rx in _period_res() if kind == "date_range")
    ranges = [m.span() for m in date_range.finditer(text)]
    spans += [
        (m.start(), m.end())
        for m in _date_spans().finditer(text)
        if "\n" not in m.group(0) and not any(a <= m.start() < b for a, b in ranges)
    ]
    for a, b in spans:
        chars[a:b] = "#" * (b - a)
    return "".join(chars)


#: a footnote: a line opening with its marker (`• 1 In het jaarverslag over 2018 is ...`)
_FOOTNOTE_LINE = re.compile(r"^[^\S\n]*(?:[•·*][^\S\n]*)?(?P<n>[1-9])[^\S\n]+(?=[A-Z])[^\n]*", re.M)


def _footnotes(raw: str) -> list[tuple[int, int]]:
    """Footnotes whose marker stands glued to a year of a table's header (`2017 20181
    2019`): a note on a cell (a correction, a definition), no statement of figures."""
    return [
        m.span()
        for m in _FOOTNOTE_LINE.finditer(raw)
        if re.search(rf"(?<![\d.,])(?:19|20)\d\d{m['n']}(?![\d.,])", raw)
    ]


@cache
def _abbreviation_re() -> re.Pattern:
    """A text ending in a word whose dot ends no sentence (`t.o.v.`, OCR's `de.`)."""
    words = _words_alt(_vocab()["data"]["no_sentence_end"])
    return re.compile(rf"(?:\b(?:{words})\.)$", re.IGNORECASE)


def _sentences(doc: Doc, text: str) -> list[_Sentence]:
    """Sentences of the document with their offsets in `text` (the masked `doc.text`).

    The units are the document model's blocks (a blank line, a layout block), split further
    where one of their lines ends a unit of its own (`_line_units`); each unit's whitespace
    is collapsed and it is split at sentence ends.
    """
    out: list[_Sentence] = []
    for start, end in _run_on_units(text, _block_units(doc, text)):
        joined, offsets = _collapse(text, start, end)
        sentence_start = 0
        for m in _SENTENCE_END.finditer(joined):
            if _abbreviation_re().search(
                joined[max(0, m.start() - 8) : m.start()]
            ) and not _particle_end(joined, m.start(), m.end()):
                continue
            out.append(_make_sentence(joined, offsets, sentence_start, m.start()))
            sentence_start = m.end()
        out.append(_make_sentence(joined, offsets, sentence_start, len(joined)))
    return [s for s in out if s.text]


#: the last word of a unit and the first of the next (`... en de` / `Milieudienst (104; ...`)
_LAST_WORD = re.compile(r"(?:^|\s)'?([^\W\d]+)\s*$")
_FIRST_CHAR = re.compile(r"\s*'?(\S)")


def _run_on_units(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Units joined where a sentence runs on past a blank line (a transcription with a
    blank line after every line): the first ends without a sentence end in a function word
    (`en de`) or the next opens in lower case (`'onheuse` / `bejegening' (15%)`)."""
    stop_words = set(_vocab()["data"]["no_sentence_end"])
    out: list[tuple[int, int]] = []
    for start, end in units:
        if out:
            last = text[out[-1][0] : out[-1][1]].rstrip()
            first = _FIRST_CHAR.match(text, start, end)
            word = _LAST_WORD.search(last)
            runs_on = (
                last
                and not last.endswith((".", "!", "?", ":", ";"))
                and first is not None
                and not _BULLET.match(text[first.start(1) : end])
                and (first[1].islower() or (word is not None and word[1].lower() in stop_words))
            )
            if runs_on:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=['(]?[A-Z0-9])")
#: a separable verb's particle ends a sentence (`kwam dat ... voor. In totaal ...`) where the
#: next one opens as sentences do; OCR's stray dot after a preposition (`bij de. Autoriteit`)
#: is followed by the rest of its phrase
_PARTICLE_END = re.compile(r"\bvoor$", re.IGNORECASE)
_SENTENCE_OPENER = re.compile(
    r"(?:In|De|Het|Dat|Dit|Er|Ook|Zo|Die|Deze|Een|Vorig|Wij|We|Zij|Hij|Volgens|Daarnaast"
    r"|Daarvan|Hiervan|Toen|Bij|Van|Op|Met|Uit)\b"
)


def _particle_end(joined: str, dot: int, next_start: int) -> bool:
    return bool(
        _PARTICLE_END.search(joined, max(0, dot - 6), dot - 1)
        and _SENTENCE_OPENER.match(joined, next_start)
    )


def _collapse(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """`text[start:end]` with each whitespace run as one space, quotes normalised, and the
    document offset of every character kept."""
    offsets: list[int] = []
    for m in _NON_SPACE.finditer(text, start, end):
        a, b = m.span()
        offsets += range(a, b)
        offsets.append(b)  # the first whitespace character after a word
    if offsets:
        offsets.pop()  # no space after the last word
    joined = " ".join(text[start:end].split()).translate(_QUOTES)  # one character for one
    return _OCR_QUOTE_ONE.sub("'", joined), offsets


_NON_SPACE = re.compile(r"\S+")


def _block_units(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) of the units of text: each block of the document model split by
    `_line_units`. A line's extent starts after the line break before it (its indent)."""
    lines = line_chars(doc)
    units: list[tuple[int, int]] = []
    i = 0
    for block_start, block_end in block_chars(doc):
        members = []
        while i < len(lines) and lines[i][0] < block_end:
            if lines[i][0] >= block_start:
                a, b = lines[i]
                members.append((text.rfind("\n", 0, a) + 1, b))
            i += 1
        if members:
            units += _line_units(text, members, block_end)
    return units


_LIST_ITEM = re.compile(r"^\s*(?:[-•*]\s*)?\d{1,4}\s+in\s+de\s+categorie", re.IGNORECASE)
#: a bulleted line: each item of a list is a statement of its own (`• Totaal aantal
#: klachten: 2.432 (2015: 2.401)` lends its years to no item under it)
_BULLET = re.compile(r"^(?:[•·▪◦‣●]|[-*]\s)")
#: a numbered item (`2. Hacking (28%)`, `3) Andere`): after another, or after a lead
#: ending in `:`, it is a statement of its own, and its number no count of the item above
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d])")


#: a table's row flattened to a line, a short label and its cells (`Financieel 29 30 19`):
#: it ends a unit where the next line opens as a row or a sentence does, so that a table
#: printed without blank lines is no sentence whose numbers could be read as prose
_TABLE_ROW_LINE = re.compile(r"^(?:[^\W\d][^\d.!?:;]{0,58}?)(?:\s+\d[\d.,]*\s*%?){1,8}$")


def _line_units(text: str, lines: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """Split a block's lines where a line ends a unit of its own.

    Text layers have no blank lines between paragraphs: a line ending in `:` or `.`, a
    short line (a heading, a table row, a paragraph's last line) followed by a capital or
    a digit, list items (`49 in de categorie ...`) and bulleted lines stand apart.
    """
    start = lines[0][0]
    if len(lines) <= 1:
        return [(start, end)]
    longest = max(b - a for a, b in lines)
    units, unit_start = [], start
    for (a, b), (next_a, next_b) in zip(lines, lines[1:], strict=False):
        line, nxt = text[a:b].strip(), text[next_a:next_b].strip()
        starts_unit = bool(re.match(r"['(]?[A-Z0-9]", nxt))
        short = longest >= 40 and len(line) < 0.6 * longest and not line.endswith((",", "-"))
        if (
            line.endswith(":")
            or _LIST_ITEM.match(nxt)
            or _BULLET.match(nxt)
            or (_NUMBERED_ITEM.match(nxt) and (line.endswith(":") or _NUMBERED_ITEM.match(line)))
            or (line.endswith((".", "!", "?")) and starts_unit)
            or (short and starts_unit)
            or (starts_unit and _TABLE_ROW_LINE.match(line) is not None)
        ):
            units.append((unit_start, next_a))
            unit_start = next_a
    units.append((unit_start, end))
    return units


def _make_sentence(joined: str, offsets: list[int], a: int, b: int) -> _Sentence:
    while a < b and joined[a] == " ":
        a += 1
    while b > a and joined[b - 1] == " ":
        b -= 1
    return _Sentence(joined[a:b], offsets[a:b])


_NUMBER_RE = re.compile(
    # `20.881`: a Dutch thousands separator is a dot
    # `9,800`: an English one, a comma, read as such where three digits follow it
    # `1 434 klachten`: a (thin) space groups thousands too, where a word follows the number
    r"(?<![\w.,/#-])(\d{1,3}(?:\.\d{3})+(?![.,]\d)|\d{1,3}(?:,\d{3})+(?![.,]?\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=[ \u00a0]?[^\W\d_])|\d{1,4})"
    r"(?:[.,](\d))?"
    r"(?:\s?(%|procent\b|percent\b))?"
    r"(?!(?!x\))[\w#]|[.,/-]\d)",
    re.IGNORECASE,
)


_NUMBER_RUN = re.compile(r"(?<![\w.,])\d{1,4}(?:\s+\d{1,4}){2,}(?![\w.,]\d)")


_WORD_BEFORE = re.compile(r"([\w€]+)\W*$")
#: how far back the word before a number is looked for first (a `$` search over a whole
#: sentence prefix tries every position: slow for every number of a long sentence)
WORD_BEFORE_REACH = 60


def _word_before(s: str, pos: int) -> str | None:
    """The last word before `pos` (`nr`, `artikel`, `€`)."""
    start = max(0, pos - WORD_BEFORE_REACH)
    m = _WORD_BEFORE.search(s, start, pos)
    if m is not None and m.start() == start and start > 0:
        m = _WORD_BEFORE.search(s, 0, pos)  # the word may begin before the window
    return m.group(1) if m else None


#: a change named before its size (`een stijging van 64`, `een daling met ruim 20`)
_CHANGE_SIZE = re.compile(
    r"\b(?:stijging|daling|toename|afname|groei|vermindering)\s+(?:van|met)\s+"
    r"(?:(?:ruim|bijna|circa|ongeveer|maar\s+liefst|slechts)\s+)?$",
    re.IGNORECASE,
)
#: the change's other level after its first (`een stijging van 452 (2013) naar 1064`)
_LEVEL_AFTER = re.compile(r"[^.;]{0,40}?\b(?:naar|tot)\s+\d", re.IGNORECASE)


def _values(s: str, periods: list[_PeriodSpan]) -> list[_Value]:
    v = _vocab()
    out = []
    for m in _NUMBER_RE.finditer(s):
        if any(p.start < m.end(1) and m.start(1) < p.end for p in periods):
            continue
        percent = m.group(3) is not None
        if m.group(2) is not None and not percent:
            continue  # 3,5 that is not a percentage: not a count
        digits = re.sub(r"[.,\s]", "", m.group(1))
        value = float(f"{digits}.{m.group(2) or 0}")
        if len(m.group(1)) == 4 and not percent and not _four_digit_count(s, m, value):
            continue  # four digits outside a period: a code, an amount or a broken year
        prev_word = _word_before(s, m.start())
        if prev_word and prev_word.lower() in v["before_stop"] and not _faced(s, m, prev_word):
            continue
        if percent and _share_of_other_things(s, m.start(), prev_word):
            continue
        if _CHANGE_SIZE.search(s, max(0, m.start() - 60), m.start()) and not _LEVEL_AFTER.match(
            s, m.end()
        ):
            continue  # `een stijging van 64`: the size of a change (not `van 452 naar 1064`)
        prefix = s[: m.start()].rstrip()
        if prefix.endswith(("-", "/")) and not prefix[-2:-1].isspace():
            continue  # `UW/Z-0 1`, `3/4`
        next_word = re.match(r"\W*?([\w']+)", s[m.end() :])
        stop = next_word and next_word.group(1).lower() in v["after_stop"]
        stop = stop and not re.match(r"\s*[,;]", s[m.end() :])  # `1100, meer dan de 900 ...`
        stop = stop and not _times_filed(s[m.end() :]) and not _times_restated(s, *m.span())
        if not percent and stop and not _part_marker(s, m.start(), m.end()):
            continue
        out.append(_Value(m.start(), m.end(), value, percent))
    return out


def _times_filed(after: str) -> bool:
    """`725.000 keer bezwaar ingediend`, `40 keer een klacht gedaan`: how many times a
    request, complaint or objection was filed is how many were (a data-leak pass: the
    AP's intake has its own rule, `_keer_received`)."""
    return _SUBJECT.get()[0] != LEAK and _rules()["times_filed"].match(after) is not None


def _times_restated(s: str, start: int, end: int) -> bool:
    """`400 keer geklaagd, in 2013 was dat nog 275 keer`: the times of a filing counted
    before in the sentence, for another period (its category is the one counted before)."""
    if not re.match(r"\s*(?:keer|maal)\b", s[end:]) or not _THAT_MANY.search(s, 0, start):
        return False
    return any(_times_filed(s[k.end() :]) for k in _DIGIT_RUN.finditer(s, 0, start))


def _share_of_other_things(s: str, start: int, prev_word: str | None) -> bool:
    """`172 van de 390 gemeenten (44 procent)`: a share in brackets after a count of
    things that are no incidents (municipalities, staff) is a share of those (not so
    `afkomstig van gemeenten (33%)`, a sector's share of the notifications)."""
    if not prev_word or prev_word.lower() not in _vocab()["after_stop"]:
        return False
    counted = rf"\d[\d.]*\s+(?:[^\W\d]+\s+){{0,2}}{re.escape(prev_word)}\s*\(\s*$"
    return re.search(counted, s[:start]) is not None


def _four_digit_count(s: str, m: re.Match, value: float) -> bool:
    """`2600 meldingen`: four digits right before an incident noun, or after `daarvan (zijn)
    er`, count incidents, unless they could be a year (1900-2099)."""
    after = s[m.end() :]
    shared = _SHARED_NOUN.match(after)  # `3100 en 3600 meldingen`
    noun_after = _rules()["count_noun_after"].match(after[shared.end() if shared else 0 :])
    # `Daarvan zijn er 1039 als datalek gemeld`: a part of a total stated before
    part = _rules()["ap_before"].search(s, 0, m.start()) is not None
    # `van 452 in 2013 naar 1064 in 2014`, `van 1574 in 2008 naar 1676`: both levels of a
    # change count the same items
    level = any(m.start() in pair for pair in _from_to(s))
    # `In 2016 waren dat er 6455`: the count just named, for another period
    level = level or _THAT_MANY.search(s, 0, m.start()) is not None
    return (noun_after is not None or part or level) and not 1900 <= value <= 2099


#: `te maken krijgen/hebben met N datalekken`: `met` before a count of incidents
_FACED = re.compile(r"\bte\s+maken\b", re.IGNORECASE)


def _faced(s: str, m: re.Match, prev_word: str) -> bool:
    """`kreeg met 37 datalekken te maken`, `staat op de tweede plek met 4.874 meldingen`:
    after `met` a count of the incidents an organisation had to deal with or a unit is
    ranked by, not a difference (`gestegen met 30`)."""
    return (
        prev_word.lower() == "met"
        and (_FACED.search(s) is not None or _RANK_PLACE.search(s, 0, m.start()) is not None)
        and _rules()["count_noun_after"].match(s[m.end() :]) is not None
    )


#: `op de tweede plek met`: a unit ranked by the count after it
_RANK_PLACE = re.compile(r"\bop\s+(?:de|een)\s+[^\W\d]+\s+(?:plek|plaats)\s+met\s+$", re.I)


# --------------------------------------------------------------------------- rules


#: A unit's proper name: one to three capitalised words (case-sensitive inside an
#: otherwise case-insensitive rule).
_UNIT_NAME = r"(?-i:(?P<unit>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))"


def _rules() -> dict[str, re.Pattern]:
    """Every construction rule by name (compiled once per subject)."""
    return _rules_for(_SUBJECT.get())


@cache
def _rules_for(key: tuple[str, bool]) -> dict[str, re.Pattern]:
    return {
        **_link_rules(), **_label_rules(), **_kind_rules(), **_filing_rules(),
        **_ap_share_month_rules(), **_scope_rules(), **_body_rules(),
        **_guard_rules(), **_part_rules(),
    }  # fmt: skip


def _link_rules() -> dict[str, re.Pattern]:
    """Links between sentences and figures: a reference to a stated total, a list under
    it, a share carried to the next sentence, clause breaks."""
    v = _vocab()
    noun = v["noun_alt"]
    return {
        "reference": re.compile(
            rf"\b(?:van|uit|of)\s+(?:deze|de|die|these|the)\s+(?P<n>\d{{1,4}})\s+(?:\w+\s+)?(?:{noun})",
            re.IGNORECASE,
        ),
        "list_intro": re.compile(r"(?:waren\s+er|zijn\s+er|waarvan|hiervan|:)\s*:?\s*$", re.I),
        "waarvan": re.compile(r"^\s*(?:waarvan|hiervan|daarvan|of\s+which)\b", re.IGNORECASE),
        "carry": re.compile(
            r"\b(?:was\s+dit|was\s+dat|is\s+dit|waren\s+(?:dit|dat)|(?:dit|dat)\s+waren"
            r"|this\s+was|respectievelijk|resp(?=\.)|respectively)\b"
            # `Dat is minder dan in 2022 (52)`: the count just named, for the compared year
            r"|\b(?:meer|minder|evenveel)\s+dan\s+in\s+(?:19|20)\d\d\s*\(\s*\d",
            re.I,
        ),
        "respectively": re.compile(
            r"\b(?:respectievelijk|resp(?=\.)|respectively)\b", re.IGNORECASE
        ),
        "clause_break": re.compile(r"[,;]|\b(?:waarvan|daarvan|hiervan)\b|\bmaar\b", re.I),
        # the sum over the units a text compares: no one unit's figure
        "grand_total": re.compile(r"\b(?:in\s+totaal|alles\s+bij\s+elkaar|in\s+total)\b", re.I),
    }


#: words that state a number, not name a kind (`het aantal klachten bedroeg (45)`)
_STATING_WORDS = r"was|is|waren|zijn|bedroeg|bedraagt|steeg|daalde|nam|bleef|totaal|in|op|bij|aan"


#: `23 procent aangevinkt als 'overig'`: a share or count labelled with its category
_CLASSIFIED_AS = r"(?:aangevinkt|aangemerkt|geclassificeerd|gecategoriseerd|ingedeeld)\s+als"


def _label_rules() -> dict[str, re.Pattern]:
    """What a number is: a category label beside it, a total."""
    v = _vocab()
    noun = v["noun_alt"]
    received = _received(v)
    adjectives = _words_alt(v["data"]["count_adjectives"])
    label_words = (
        r"(?:in\s+de\s+categorie|categorie|van\s+het\s+type|in\s+the\s+category"
        rf"|betroffen|betrof|(?:procent\s+|%\s*)?{_CLASSIFIED_AS})"
    )
    return {
        "label_after": re.compile(
            rf"^\s*(?:(?:{noun}|keer)\s+)?(?:{label_words}\s+)+[:']?\s*'?\s*(?P<cat>{v['category_re'].pattern})",
            re.IGNORECASE,
        ),
        "label_before": re.compile(
            rf"(?:{label_words}\s+)?'?(?P<cat>{v['category_re'].pattern})'?\s*(?:\([^)]{{0,20}}\))?"
            r"\s*(?:[:=-]|waren(?:\s+er)?|was|bedroeg|zijn|:)?\s*$",
            re.IGNORECASE,
        ),
        "count_noun_after": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?"
            # `1657 signalen over mogelijke datalekken` (not `25 van dergelijke meldingen`:
            # such as the sentence before counts, a kind it may leave out)
            r"(?:signalen\s+over\s+(?:mogelijke\s+)?(?=datalek))?"
            rf"(?:{noun})\b",
            re.IGNORECASE,
        ),
        "total_before": re.compile(
            rf"(?:aantal\s+{received}(?:{noun})\s*(?:was|bedroeg|is|:)?"
            rf"|aantal\s+{received}(?:{noun})\s+(?:in|over)\s+[^.;:\d]{{0,30}}?"
            r"(?:(?:19|20)\d\d)\s*(?:was|bedroeg|is|:|=)"
            # `in 2018 waren dat er 241`, `zijn het er 12`: the count just named, restated
            r"|waren\s+(?:het|dat|er)(?:\s+er)?|zijn\s+(?:het|dat)\s+er"
            # `in 2022 kwam dat aantal (na een dip) uit op 387`, `het aantal lag in 2022 op 40`
            r"|\b(?:dat|dit|het)\s+aantal\b[^.;:]{0,60}?\b(?:uit|lag|stond)\b[^.;:]{0,30}?\bop"
            r"|in\s+totaal|totaal(?:\s+aantal)?\s*:?"
            r"|total(?:\s+number\s+of\s+\w+)?\s*(?:was|:)?)\s*\(?\s*$",
            re.IGNORECASE,
        ),
        "bracket_before": re.compile(r"\(\s*(?:in\s+totaal\s*)?$", re.IGNORECASE),
        "aantal": re.compile(rf"\baantal\s+(?:\w+\s+)?(?:{noun})|\bnumber\s+of\b", re.IGNORECASE),
        # `het aantal datalekken na een cyberaanval steeg van ...`: the number of one kind
        "aantal_kind": re.compile(
            rf"\baantal\s+(?:\w+\s+)?(?:{noun})\s+(?:van\s+(?:een\s+)?(?:{noun})\s+)?"
            r"(?:na|door|als\s+gevolg\s+van|waarbij)\s+"
            r"(?P<kind>[^,;.\d]{3,60})",
            re.IGNORECASE,
        ),
    }


#: the other items of a list the noun ends (`vragen, signalen en klachten`)
_LISTED_ITEMS = r"(?:(?:[^\W\d]|[()])+(?:\s*,\s*|\s+(?:en|of)\s+)){0,4}"


#: after `over`/`van`, no kind of the items: a period, an article or pronoun (a body: `van
#: de gemeente`)
_NOT_A_KIND = (
    "periode|jaar|jaren|maand|maanden|kwartaal|afgelopen|vorige?|heel|hele|gehele|geheel"
    "|dit|deze|die|de|het|een"
    "|ons|onze|hun"
)


def _received(v: dict[str, Any]) -> str:
    """The optional adjective of how the items came in (`het aantal gemelde datalekken`,
    `Totaal aantal ontvangen klachten:`)."""
    return rf"(?:(?:{_words_alt(v['data']['received_adjectives'])})\s+)?"


def _kind_of(v: dict[str, Any]) -> str:
    """The prepositions besides `over` that name a kind of the subject's items (`meldingen
    van ongewenst gedrag`); a pattern that never matches where there are none."""
    return "|".join(p for p in v["data"].get("kind_of", ["over"]) if p != "over") or "(?!)"


def _kind_starts(v: dict[str, Any]) -> str:
    """Where what the items are about starts: a word in lower case, not a named body, not
    who made them, not the organisation as a whole, nor a phrase ending in the items' own
    noun."""
    noun = v["noun_alt"]
    reporters = _words_alt(v["data"]["reporter_nouns"])
    # `76 klachten over de gemeente`: about the whole organisation, no kind of them
    # (`klachten over gemeenten en andere overheidsinstanties`: about such bodies, too)
    organisations = _words_alt(v["data"]["organisation_nouns"] + v["data"]["organisation_groups"])
    conduct = _words_alt(v["data"]["organisation_conduct_nouns"])
    return (
        rf"(?!(?:{_NOT_A_KIND}|{reporters}|{organisations})\b)"
        # `over het handelen van Stadsdeel West`: the conduct of a named body, of the body
        rf"(?!(?:{conduct})\s+van\s+(?:de\s+|het\s+)?(?:(?-i:[A-Z])|(?:{organisations})\b))"
        rf"(?!(?:\S+\s+){{0,2}}(?:{noun})\b)"
        r"(?-i:[a-zà-ÿ])"
    )


def _kind_rules() -> dict[str, re.Pattern]:
    """What a count is of: one kind of the items (what they are about), or a part by who
    made them."""
    v = _vocab()
    noun = v["noun_alt"]
    received = _received(v)
    adjectives = _words_alt(v["data"]["count_adjectives"])
    reporters = _words_alt(v["data"]["reporter_nouns"])
    kind_of = _kind_of(v)
    # a sentence opening with the items (`De klachten`, `Klachten en vragen`)
    noun_opens = rf"^\W*(?:(?:de|het|alle)\s+)?{_LISTED_ITEMS}(?:{noun})"
    kind_starts = _kind_starts(v)
    subject_starts = kind_starts.removesuffix(r"(?-i:[a-zà-ÿ])") + r"[^\W\d]"
    return {
        # `Vijf klachten gingen over bejegening`, `130 meldingen over misdragingen en 139
        # over ...`, `Eén klacht viel in de categorie overige klachten`: a count of one kind
        # of the items (what they are about, in lower case: not a named body, not a period)
        # `14 meldingen van ongewenste omgangsvormen` (not `van inwoners`: who made them)
        "about_kind": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?(?P<noun>(?:{noun})\s+)?"
            # `vier klachten binnengekomen over het rijgedrag`: their arrival told between
            r"(?:(?:(?:(?:ging|gingen|gaat|gaan)\s+)?"
            rf"(?:(?<=\s){received})?(?:over|met\s+betrekking\s+tot)\s+"
            r"(?:(?:de|het|een)\s+)?+"
            rf"|(?:{kind_of})\s+)"
            + kind_starts
            # `negen klachten hadden betrekking op bejegening`, `vier bezwaren zien op de Wet
            # open overheid`: verbs of what they are about, before a subject matter that
            # may be a name (a law, a scheme)
            # (the verb may stand before the number: `Hiervan hadden 60 klachten betrekking op`)
            + r"|(?:(?:(?:(?:hebben|hadden|heeft|had)\s+)?betrekking|(?:zien|zagen|ziet|zag))\s+op"
            # `twee bezwaarschriften (ontvangen) in het kader van de AVG`
            + r"|(?:(?<=\s)[^\W\d]+\s+)?in\s+het\s+kader\s+van)\s+"
            + r"(?:(?:de|het|een)\s+)?+"
            + subject_starts
            # `54 bezwaren tegen 28 omgevingsvergunningen`: what they were lodged against
            # (not `tegen 48 in 2014`: a figure compared)
            + (
                r"|(?:(?:" + noun + r")\s+)?tegen\s+\d+\s+(?!in\b)(?=[^\W\d])"
                if "tegen" in kind_of
                else ""
            )
            + r"|(?:viel|vielen|valt|vallen)\s+(?:in|onder)\s+de\s+categorie\b)",
            re.IGNORECASE,
        ),
        # `14 klachten van ondernemers`: a part by who made them, no figure (`klachten van`,
        # `verzoeken van` name who made them; `meldingen van` a kind: see `kind_of`)
        "by_reporter": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?(?:{noun})\s+(?:van|door)\s+"
            + (rf"(?:{reporters})\b" if "van" in kind_of else rf"(?!(?:{_NOT_A_KIND})\b)[^\W\d]"),
            re.IGNORECASE,
        ),
        # `het aantal meldingen van ongewenst gedrag`: the number of one kind of the items
        # (not of who made them: `van inwoners`; not of a body: `van de gemeente`)
        "aantal_of_kind": re.compile(
            rf"\baantal\s+{received}(?:{noun})\s+(?:"
            rf"(?:over|{kind_of})\s+(?:(?:de|het|een)\s+)?+{kind_starts}"
            # `het aantal bezwaren WMO (42)`: the kind's name right after the noun, as a
            # table row's label, its count in brackets after it
            rf"|(?!(?:{_NOT_A_KIND}|{reporters}|{noun}|{_STATING_WORDS})\b)"
            r"[^\W\d][\w/-]*\s*\(\s*\d)",
            re.IGNORECASE,
        ),
        # `Klachten over organisatorische zaken ... vormden de sterkste stijger: van 65
        # klachten in 2015 naar 91 in 2016`: the sentence's subject names one kind
        # (also `De vragen en klachten die de ombudsman kreeg over jeugdzorg ...`)
        "kind_subject": re.compile(
            rf"{noun_opens}(?:\s+die\s+[^,;.\d]{{1,40}}?)?\s+over\s+(?:(?:de|het|een)\s+)?+"
            + kind_starts,
            re.IGNORECASE,
        ),
        # `473 klachten van ouders over de omgang`: who made them and what they are about
        "reporter_about": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?(?:{noun})\s+(?:van|door)\s+[^,;.\d]{{1,40}}?"
            r"\s+over\s+(?:(?:de|het|een)\s+)?+" + kind_starts,
            re.IGNORECASE,
        ),
    }


def _filing_rules() -> dict[str, re.Pattern]:
    """Counts told by who filed the items or how often they were filed (`215 inwoners
    dienden een klacht in`, `400 keer geklaagd`)."""
    v = _vocab()
    noun = v["noun_alt"]
    filed = _words_alt(v["data"].get("filed_verbs", [])) or "(?!)"
    return {
        "filed_by": re.compile(rf"^\s*{_filed_by(v)}", re.IGNORECASE),
        "times_filed": re.compile(
            rf"^\s*(?:keer|maal)\s+(?:(?:een\s+)?(?:{noun})\s+(?:[^\W\d]+\s+){{0,3}}?"
            r"(?:ingediend|gemaakt|aangetekend|gedaan|ontvangen|binnengekomen)\b"
            # `29.380 keer benaderd met (vragen en) klachten`: approached with them so often
            rf"|(?:benaderd|aangesproken|gebeld)\s+met\s+{_LISTED_ITEMS}(?:{noun})\b"
            # `400 keer geklaagd`: the subject's own verb of filing
            rf"|(?:{filed})\b)",
            re.IGNORECASE,
        ),
        # the verb that names the items where the sentence has no noun (`keer geklaagd`)
        "filed": re.compile(rf"\b(?:keer|maal)\s+(?:{filed})\b", re.IGNORECASE),
    }


def _ap_share_month_rules() -> dict[str, re.Pattern]:
    """What a number is besides its category: reported to the AP, a share, a month's."""
    v = _vocab()
    noun = v["noun_alt"]
    return {
        "ap_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?(?:(?:zijn|werden|hebben|wij|er|door\s+ons)\s+)*"
            r"(?:gemeld|gedaan|doorgegeven|bij\s+(?:de\s+)?(?:ap|autoriteit)"
            r"|aan\s+(?:de\s+)?(?:ap|autoriteit))\b",
            re.IGNORECASE,
        ),
        # `waarvan er 12`, `Daarvan werden er 225` (`... doorgestuurd naar de AP`)
        "ap_before": re.compile(
            r"\b(?:waarvan|daarvan|hiervan)\s+(?:(?:zijn|werden|waren|werd|is|moesten)\s+)?"
            r"(?:er\s+)?$",
            re.IGNORECASE,
        ),
        "ap": re.compile(
            rf"(?<![\w])(?:{_alt(v['data']['categories']['reported_to_ap'])})(?![\w])", re.I
        ),
        # `het aandeel ...`, `63% van de datalekken`, `in 63% van de gevallen`
        "share": re.compile(
            r"\b(?:aandeel|percentage|share|procent)\b"
            rf"|%\s+van\s+(?:de|alle)\s+(?:[^\W\d]+\s+)?(?:{noun}|gevallen)\b",
            re.IGNORECASE,
        ),
        "month_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?in\s+(?P<month>{v['month_alt']})\b"
            rf"(?:\s+(?P<year>(?:19[89]|20[0-4])\d)(?!\d))?",
            re.IGNORECASE,
        ),
        "month_before": re.compile(
            rf"(?:^|[\s,:;])in\s+(?P<month>{v['month_alt']})\s*:?\s*$", re.IGNORECASE
        ),
        "month_word_series": re.compile(
            rf"\b(?P<word>{'|'.join(v['number_words'])})\s+in\s+(?P<month>{v['month_alt']})\b",
            re.IGNORECASE,
        ),
    }


def _scope_rules() -> dict[str, re.Pattern]:
    """Which unit a figure is for: a unit of the vocabulary or one named after `vanuit`."""
    v = _vocab()
    noun = v["noun_alt"]
    scope_names = r"(?P<scope>" + v["scope_re"].pattern + ")"
    return {
        "scope_before": re.compile(
            rf"\b(?:vanuit|van|uit|door|bij|from)\s+(?:de\s+)?{scope_names}\s*"
            r"(?:kwamen|waren|zijn|werden|came)?\s*(?:[^\W\d]+\s+){0,5}?[:=]?\s*$",
            re.IGNORECASE,
        ),
        "scope_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?(?:(?:kwamen|waren|zijn|werden)\s+(?:er\s+)?(?:gedaan\s+)?)?"
            rf"(?:vanuit|van|uit|door|bij|from)\s+(?:de\s+)?{scope_names}",
            re.IGNORECASE,
        ),
        # a unit outside the vocabulary, named with capitals after `vanuit` (where the
        # reports came from): `vanuit Jeugdbescherming kwamen 61 meldingen`
        "unit_before": re.compile(
            rf"\bvanuit\s+(?:de\s+)?{_UNIT_NAME}\s*(?:kwamen|waren|zijn|werden)?\s*"
            r"(?:[^\W\d]+\s+){0,3}?[:=]?\s*$",
            re.IGNORECASE,
        ),
        "unit_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?(?:(?:kwamen|waren|zijn|werden)\s+(?:er\s+)?(?:gedaan\s+)?)?"
            rf"vanuit\s+(?:de\s+)?{_UNIT_NAME}",
            re.IGNORECASE,
        ),
    }


def _unit_heads(v: dict[str, Any]) -> str:
    """A body's head nouns (`afdeling`, `loket`); not an organisation's (`bij de gemeente`:
    the whole)."""
    groups = set(v["data"]["organisation_groups"])
    return _alt(h for h, plural in v["data"]["unit_head_nouns"].items() if plural not in groups)


def _body_rules() -> dict[str, re.Pattern]:
    """Which body a figure is for: one named by its head noun or its proper name, where the
    items came in, were lodged or are about."""
    v = _vocab()
    noun = v["noun_alt"]
    heads = _unit_heads(v)
    outside = _words_alt(v["data"]["outside_bodies"])
    organisations = _words_alt(v["data"]["organisation_nouns"])
    groups_alt = _words_alt(v["data"]["organisation_groups"])
    return {
        # a body of the organisation named by its head noun and what sets it apart, where
        # the items came in: `Bij het centraal klachtenloket werden 55 klachten ontvangen`
        # (`bij de afdeling zijn ... gedaan` names no body apart from the rest)
        "body_before": re.compile(
            rf"(?:^|[.;:]\s*)bij\s+(?:de|het)\s+(?P<body>(?:[^\W\d]+\s+){{1,3}}?(?:{heads}))\s+"
            r"(?:werden|zijn|waren|is|was|kwamen)\s+(?:er\s+)?(?:in\s+(?:19|20)\d\d\s+)?"
            r"(?:in\s+totaal\s+)?$",
            re.IGNORECASE,
        ),
        # a unit named by its head noun and a proper name, whose own number of items the
        # sentence gives: `Bij de divisie Voertuigtechniek daalde het aantal klachten (van
        # 669 naar 547)` (the last one named; not where all items are lodged: `Bij de
        # afdeling Informatieveiligheid zijn 69 meldingen gedaan` counts the whole's)
        "named_unit_before": re.compile(
            rf"\bbij\s+(?:de|het)\s+(?:{heads})\s+"
            r"(?P<unit>(?-i:[A-Z][\w-]*)(?:\s+(?:(?:&|en)\s+)?(?-i:[A-Z][\w-]*)){0,3})"
            r"\s+(?:[^\W\d]+\s+){0,2}het\s+aantal\b"
            r"(?!.*\bbij\s+(?:de|het)\s+\w+\s+(?-i:[A-Z]))",
            re.IGNORECASE | re.DOTALL,
        ),
        # the organisation's own items lodged with a body outside it, which counts them:
        # `het aantal klachten bij de Nationale Ombudsman over de gemeente liep in 2021
        # op, tot 38` (the organisation named by its kind; no other figure in between)
        "outside_body_before": re.compile(
            rf"\b(?:{noun})\s+bij\s+(?:de|het)\s+"
            rf"(?P<body>(?:(?-i:[A-Z])[\w-]+\s+){{0,2}}(?:{outside}))\s+"
            rf"over\s+(?:de|het|onze|ons)\s+(?:{organisations})\b"
            r"(?:(?!\d{1,3}(?:\.\d{3})+|\b(?!(?:19|20)\d\d\b)\d+\b)[^.;])*$",
            re.IGNORECASE,
        ),
        # a breakdown in brackets by the units the items went to: `65 bezwaarschriften (50
        # ter behandeling in de Algemene kamer en 15 in de Personele kamer)`
        "bracketed_part_unit": re.compile(
            r"^\s*(?:[^\W\d]+\s+){0,3}?(?:in|bij|van|voor)\s+(?:de|het)\s+"
            rf"(?P<unit>(?-i:[A-Z])[\w-]*\s+(?:{heads}))\b",
            re.IGNORECASE,
        ),
        # the unit the items were lodged with, right after the noun: `120 klachten bij
        # stadsreiniging ingediend`, `bij de afdeling Burgerzaken binnengekomen` (not the
        # whole: `bij de gemeente`, `bij ons`; not a group: `bij gemeenten`)
        "lodged_with_after": re.compile(
            rf"^\s*(?:{noun})\s+bij\s+(?:de\s+|het\s+)?"
            rf"(?P<unit>(?!(?:{organisations}|{groups_alt}|ons|onze|u|hen|hun)\b)[^\W\d]{{4,}}"
            r"(?:\s+(?-i:[A-Z])[\w-]+){0,2})\s+(?:zijn\s+|werden\s+)?"
            r"(?:ingediend|binnengekomen|ingekomen|gemeld|geregistreerd|ontvangen)\b",
            re.IGNORECASE,
        ),
        # the body the items are about, named with its article right after the noun (a
        # place takes none): `290 klachten over het Openbaar Ministerie`, `739 klachten
        # binnen over de Hulpkas voor Werkloosheidsuitkeringen`
        "about_body_after": re.compile(
            rf"^\s*(?:{noun})\s+(?:(?:binnen|ontvangen|ingediend|binnengekomen)\s+)?"
            r"over\s+(?:de|het)\s+(?-i:(?P<unit>[A-Z][\w-]+"
            r"(?:\s+(?:(?:voor|van|der|en)\s+)?[A-Z][\w-]+){0,3}))",
            re.IGNORECASE,
        ),
    }


def _filed_by(v: dict[str, Any]) -> str:
    """`215 inwoners dienden een klacht in`, `500 mensen hebben bezwaar ingediend`: those
    who filed, one item each (the words after the number)."""
    reporters = _words_alt(v["data"]["reporter_nouns"])
    return (
        rf"(?:{reporters})\s+(?:(?:hebben|dienden|diende|heeft)\s+)?(?:een\s+)?"
        rf"(?:{v['noun_alt']})\s+(?:ingediend|in)\b"
    )


def _part_rules() -> dict[str, re.Pattern]:
    """Constructions that count a part of the incidents, and written-out numbers."""
    v = _vocab()
    noun = v["noun_alt"]
    # `een` is the article; only `één` (and the other words) count
    words = "|".join(w for w in sorted(v["number_words"], key=len, reverse=True) if w != "een")
    adjectives = _words_alt(v["data"]["count_adjectives"])
    return {
        "part_keer": re.compile(
            r"^\s*(?:keer|maal)\b(?!\s+(?:zo|zoveel|meer|minder|vaker|hoger|groter|kleiner|per)\b)",
            re.IGNORECASE,
        ),
        "part_in": re.compile(r"\b(?:in|van)\s+$", re.IGNORECASE),
        "part_gevallen": re.compile(r"^\s*(?:[^\W\d]+\s+)?gevallen\b", re.IGNORECASE),
        # `bij 7 datalekken`, `Bij zo'n 230 verzoeken is de aanvrager ...`
        "part_bij": re.compile(
            rf"\bbij\s+(?:(?:{_words_alt(v['data']['approximate_before'])})\s+)?$", re.I
        ),
        "noun_qualified": re.compile(
            rf"^\s*(?:{noun})\s+(?:(?P<kind>met(?!\s+betrekking)|als\s+gevolg\s+van|waarbij|waarin"
            r"|(?:(?:waren|was|zijn|is)\s+)?het\s+gevolg\s+van)"
            r"|door|over)\b",
            re.IGNORECASE,
        ),
        "part_of_total": re.compile(r"\b(?:waarvan|daarvan|hiervan)\s+(?:er\s+)?$", re.I),
        "part_noun": re.compile(rf"^\s*(?:(?:andere|gemelde)\s+)?(?:{noun})\b", re.IGNORECASE),
        "bracket_open": re.compile(r"\(\s*$"),
        "bracket_close": re.compile(
            rf"^\s*(?:x\s*)?(?:van\s+(?:de|alle)\s+(?:{noun})\s*)?\)", re.IGNORECASE
        ),
        # a written-out number before an incident noun (`zeventien datalekmeldingen`), in a
        # part construction (`twee keer`, `in vier gevallen`) or after `de` before its own
        # period (`de vijftien een jaar eerder`)
        "count_word": re.compile(
            rf"(?<![\w-])(?P<word>{words})(?=\s+(?:"
            rf"(?:(?:andere|{adjectives})\s+)?(?:{noun})\b"
            # `drieduizend signalen over mogelijke datalekken`, as `count_noun_after` reads
            r"|signalen\s+over\s+(?:mogelijke\s+)?datalek"
            r"|(?:keer|maal)\b|(?:[^\W\d]+\s+)?gevallen\b"
            rf"|{_filed_by(v)}))",
            re.IGNORECASE,
        ),
        # `Hiervan zijn er vijf gemeld bij de AP`
        "count_word_er": re.compile(
            rf"(?<=\ber\s)(?P<word>{words})"
            r"(?=\s+(?:[^\W\d]+\s+){0,4}?(?:gemeld|geregistreerd|doorgegeven)\b)",
            re.IGNORECASE,
        ),
        # `Dat waren er in 2021 nog elf`: the count just named, restated for another period
        "count_word_restated": re.compile(
            r"\b(?:waren|zijn)\s+(?:het|dat|er)\s+(?:er\s+)?(?:[^.,;]{0,25}?\s)??"
            rf"(?:(?:nog|maar|slechts)\s+)?(?P<word>{words})\s*(?=[.,;]|$)",
            re.IGNORECASE,
        ),
        # `..., in 2021 zeven.`: the count just named, for the period before it (its verb
        # and noun left out)
        "count_word_elided": re.compile(
            rf",\s*in\s+(?:19|20)\d\d\s+(?P<word>{words})(?=\s*(?:[.;]|$))", re.IGNORECASE
        ),
        "count_word_repeat": re.compile(
            r"(?:(?<=\bde\s)|(?<=\btegen\s)|(?<=\btegenover\s)|(?<=\bdan\s)|(?<=\bmet\s))"
            rf"(?P<word>{words})(?=\s+(?:een\s+jaar\s+eerder|in\s+(?:19|20)\d\d)\b)",
            re.IGNORECASE,
        ),
    }


def _guard_rules() -> dict[str, re.Pattern]:
    """What makes a number no exact figure for a period: rough, a range, a rate, a period
    the rules cannot place."""
    return {
        "approximate": re.compile(
            rf"\b(?:{_words_alt(_vocab()['data']['approximate_before'])})\s*$", re.IGNORECASE
        ),
        "range_after": re.compile(r"^\s*(?:à|a|tot|-|–|to|or|of)\s*\d", re.IGNORECASE),
        # `schommelde tussen 50.089 en 53.511`, `between 40 and 60`: the bounds of a range,
        # neither a count (the first is read as rough by `approximate`, the second not)
        "range_between": re.compile(
            r"\b(?:tussen|between)\s+(?:de\s+)?(?P<first>(?:\d[\d.,\s\u00a0\u202f]*\s"
            rf"|(?:{_number_word_alt()})\s+)(?:en|and)\s+(?:de\s+)?)?$",
            re.IGNORECASE,
        ),
        "range_and": re.compile(
            rf"^\s*(?:en|and)\s+(?:de\s+)?(?:\d|(?:{_number_word_alt()})\b)", re.IGNORECASE
        ),
        # `7 op 10 klachten`, `een op de vijf dossiers`, `1 out of 4`: a ratio, its two
        # terms no count of items (not `op 1 januari`: a date)
        "ratio_after": re.compile(
            rf"^\s*(?:op|out\s+of)\s+(?:de\s+)?(?:\d+|{_number_word_alt()})\b"
            rf"(?!\s*(?:{_vocab()['month_alt']}))",
            re.IGNORECASE,
        ),
        "ratio_before": re.compile(
            rf"(?:(?<![\d.,])\d{{1,3}}|\b(?:{_number_word_alt()}))\s+(?:op|out\s+of)\s+(?:de\s+)?$",
            re.IGNORECASE,
        ),
        "rate": re.compile(
            # `In een normaal jaar krijgen wij rond de 4200`: a typical year's, no year's
            r"\bgemiddeld|\baverage|\been\s+(?:normaal|doorsnee|gewoon)\s+jaar\b"
            r"|\d\s+(?:[^\W\d]+\s+){0,2}(?:per|a|an)\s+"
            r"(?:maand|week|dag|werkdag|kwartaal|medewerker|month|day)\b",
            re.IGNORECASE,
        ),
        "unplaced_period": re.compile(
            r"\b(?:week|weeknummer|dag)\s*\d|\b(?:deze|dit|vorige?|afgelopen|volgende|die|dat)\s+"
            r"(?:week|maand|kwartaal|periode|jaar|halfjaar)\b|\bvandaag|\bgisteren"
            r"|\bjaar\s+(?:eerder|daarvoor|ervoor)\b|\bvoorgaande\s+jaar\b"
            r"|\b(?:this|last|next)\s+(?:week|month|quarter|year)\b"
            # a duration, no year: `in vijf jaar tijd`, `in drie jaar`; months of a year
            # the text does not name: `In de eerste drie maanden`
            rf"|\bin\s+(?:{_number_word_alt()}|\d{{1,2}})\s+jaar\b"
            rf"|\beerste\s+(?:{_number_word_alt()}|\d{{1,2}})\s+maanden\b",
            re.IGNORECASE,
        ),
        # `15 meldingen ... minder gedaan dan in 2021`: a difference
        # (within the number's own phrase: not `40 datalekken gemeld en dat is meer dan ...`)
        "difference_after": re.compile(
            r"^\s*(?:(?!(?:en|dat|dit|wat|is|was|zijn|waren|maar|terwijl)\b)[^\W\d]+\s+){0,7}?"
            r"(?:minder|meer)\b(?:\s+[^\W\d]+){0,3}\s+dan\b",
            re.IGNORECASE,
        ),
    }


def _number_word_alt() -> str:
    return "|".join(sorted(_vocab()["number_words"], key=len, reverse=True))


def _clause_bounds(s: str, pos: int) -> tuple[int, int]:
    breaks = [m.start() for m in _rules()["clause_break"].finditer(s)]
    start = max([b for b in breaks if b < pos], default=0)
    end = min([b for b in breaks if b >= pos], default=len(s))
    return start, end


def _scope_name(m: re.Match) -> str:
    v = _vocab()
    for i, name in enumerate(v["scope_names"]):
        if m.group(f"s{i}"):
            return name
    raise AssertionError(m.group(0))


@dataclass
class _Fact:
    value: _Value
    category: str
    period: Period | None
    scope: str | None
    source: str  # which rule; why a period was or was not needed
    rough: bool = False  # `bijna 27.000`: stated as a rough figure
    intake: bool = False  # the AP's own intake: every organisation's notifications
    assumed: bool = False  # a total dated by the report's period, not by its sentence


@dataclass
class _Reading:
    """One sentence as the per-number rules see it."""

    text: str
    periods: list[_PeriodSpan]
    has_noun: bool  # an incident noun (`meldingen`, `datalekken`) stands in the sentence
    carry: bool  # `was dit 17%` right after a sentence with a share: its category carries
    references: dict[int, float]  # `Van deze 84 meldingen`: links to a stated total
    counts_back: bool = False  # `Dat daalde van ...` after `het aantal datalekken ...`
    restated: Period | None = None  # `Het ging om 502 meldingen`: see _restated_period
    facts: list[_Fact] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # where the sentence's numbers stand


def _classify(sentence: _Sentence, index: int, ctx: _Context) -> list[_Fact]:
    """The incident facts of one sentence (periods still unresolved where None)."""
    earlier = ctx.recent_texts
    ctx.recent_texts = [*earlier[-(SUCH_REACH - 1) :], sentence.text]
    ctx.such_kind = _such_kind(earlier) if _SUCH.search(sentence.text) else None
    reading = _read_sentence(sentence.text, index, ctx)
    if reading is None:
        return []
    values = _sentence_values(reading.text, reading.periods)
    reading.starts = [val.start for val in values]
    for val in values:
        if val.start not in reading.references or _states_its_reference(val, reading, ctx):
            fact = _fact_of(val, reading, ctx)
            if fact and val.start in reading.references and fact.category != "total":
                fact = None  # the clause's kind is its part's (`22 ... bij de AP`)
            if fact:
                reading.facts += _each_period(fact, reading) + _same_share(fact, reading.text)
    if reading.facts:
        _assign_periods(reading, ctx, index)
    ctx.previous = (index, tuple(dict.fromkeys(p.period for p in reading.periods if p.anchors)))
    ctx.recent_facts = [*ctx.recent_facts[-(SUM_REACH - 1) :], (index, reading.facts)]
    return reading.facts


def _states_its_reference(val: _Value, reading: _Reading, ctx: _Context) -> bool:
    """`Van de 16 klachten behandelden we in 2024 ...` where no sentence states the 16
    otherwise: the reference is the only statement of that total, so it counts (in the
    first pass a reference counts nothing: the totals it may link to are being read). A
    data-leak report states its total in a table or heading the totals do not hold: there
    a reference stays a reference."""
    if ctx.probe or _SUBJECT.get()[0] == LEAK:
        return False
    return reading.references[val.start] not in ctx.totals


#: between two periods listed for one figure (`zowel 2023 als 2022`, `2021, 2022 en 2023`)
_PERIOD_LINK = re.compile(r"\s*(?:,|en|als|of)\s*", re.IGNORECASE)
#: between a part of a year and the years it is of (`de eerste helft van zowel 2023 ...`)
_PART_LINK = re.compile(r"\s+(?:zowel\s+)?", re.IGNORECASE)


def _each_period(f: _Fact, reading: _Reading) -> list[_Fact]:
    """A figure stated for several periods at once (`(beide 10.500)`) is one fact per
    period listed right before its bracket; a part of the year before the list applies
    to each (`in de eerste helft van zowel 2023 als 2022`). Other facts: themselves."""
    if f.source != "both":
        return [f]
    s = reading.text
    bracket = s.rfind("(", 0, f.value.start)
    spans = [p for p in reading.periods if p.end <= bracket]
    listed: list[_PeriodSpan] = []
    part = None  # the part of a year each listed year is meant in
    end = bracket
    for p in reversed(spans):
        gap = s[p.end : end]
        if listed and not _PERIOD_LINK.fullmatch(gap) or not listed and gap.strip():
            break
        if not _is_year(p.period):
            part = p if listed else None  # `het eerste kwartaal van 2023 en 2022`
            break
        listed.insert(0, p)
        end = p.start
    if part is not None:
        listed.insert(0, part)
    elif listed:
        before = [p for p in spans if p.end <= listed[0].start]
        if before and _PART_LINK.fullmatch(s[before[-1].end : listed[0].start]):
            part = before[-1] if not _is_year(before[-1].period) else None
    if len(listed) < 2:
        return []  # one period or none: the figure is not placed
    periods = [p.period for p in listed]
    if part is not None:
        periods = [
            Period(part.period.start.replace(year=p.start.year),
                   part.period.end.replace(year=p.start.year))
            for p in periods
        ]  # fmt: skip
    return [replace(f, period=period) for period in periods]


#: `45% van de meldingen had betrekking op een dergelijk datalek`: the kind named before
_SUCH = re.compile(r"\bdergelijke?\s+(?:datalek|lek|incident|melding|geval)", re.IGNORECASE)
#: how many sentences back the kind `dergelijk` refers to may be named
SUCH_REACH = 2


def _such_kind(earlier: list[str]) -> str | None:
    """The one kind of incident the nearest earlier sentence naming one names."""
    for text in reversed(earlier):
        if _vocab()["category_re"].search(text):
            return _one_category(text)
    return None


def _read_sentence(s: str, index: int, ctx: _Context) -> _Reading | None:
    """The sentence's periods and links, or None when it holds no number at all."""
    links = _sentence_links(s)
    if links is None:
        return None
    has_noun, may_carry, references = links
    carry = ctx.carry_category is not None and index - ctx.carry_sentence <= 1 and may_carry
    base = _context_year(ctx) or _year_just_named(ctx, index)
    if _YEAR_BEFORE.search(s) or _YEAR_AFTER.search(s):
        # `een jaar daarvoor`: the year before the one just named (else the report's)
        base = _year_named_last(ctx, index) or base
    periods = find_periods(s, base, ctx.last_year)
    restated = _restated_period(s, ctx)
    if restated is not None:
        # `tegenover 369 een jaar eerder`: a year before the restated one
        periods = find_periods(s, restated.start.year, ctx.last_year)
    counts_back = not has_noun and _counts_the_number_before(s, ctx)
    return _Reading(
        s, periods, has_noun or counts_back, carry, dict(references), counts_back, restated
    )


def _year_just_named(ctx: _Context, index: int) -> int | None:
    """`... in het eerste half jaar van 2017 ... In het eerste kwartaal waren het er 15`:
    where no report year is known, a part of a year written without its year is of the
    one year the sentence right before named."""
    last, periods = ctx.previous
    years = {y for p in periods for y in (p.start.year, p.end.year)}
    return years.pop() if last == index - 1 and len(years) == 1 else None


def _year_named_last(ctx: _Context, index: int) -> int | None:
    """The whole year the sentence right before named last (`..., tegen 449 in 2013. Een
    jaar daarvoor ...`: `een jaar daarvoor` is 2012 whatever year the report is on)."""
    last, periods = ctx.previous
    return (
        periods[-1].start.year if last == index - 1 and periods and _is_year(periods[-1]) else None
    )


#: `Het ging om 502 meldingen`, `Het betreft 12 klachten`: the statement just made, counted
_RESTATES = re.compile(r"^\W*(?:het|dit|dat)\s+(?:ging|gaat|betrof|betreft)\s+om\b", re.I)


def _restated_period(s: str, ctx: _Context) -> Period | None:
    """The year of the sentence before, for a sentence that opens by restating its
    statement with a count (`... zijn vorig jaar veel meer meldingen binnengekomen. Het
    ging om 502 meldingen ...`) and names no period of its own."""
    if not _RESTATES.match(s) or any(p.anchors for p in find_periods(s, None, ctx.last_year)):
        return None  # (a year named relative to the context's is not the sentence's own)
    before = _period_stated_before(ctx)
    return before if before is not None and _is_year(before) else None


#: `dan het jaar ervoor`, `ten opzichte van 2022`: a period the figure is compared with
_COMPARED_WITH = re.compile(
    r"\b(?:dan|tegen(?:over)?|ten\s+opzichte\s+van|vergeleken\s+met|t\.o\.v\.)\s+(?:in\s+)?$",
    re.IGNORECASE,
)


def _period_stated_before(ctx: _Context) -> Period | None:
    """The period the sentence before states its figures for: the last it names that is
    not one compared with (`In 2023 zijn minder klachten ingediend dan het jaar ervoor.`
    states 2023), else the last it names."""
    if len(ctx.recent_texts) < 2:
        return None
    prev = ctx.recent_texts[-2]
    periods = find_periods(prev, _context_year(ctx), ctx.last_year)
    own = [p for p in periods if not _COMPARED_WITH.search(prev[max(0, p.start - 30) : p.start])]
    return (own or periods)[-1].period if periods else None


#: `Dat daalde van ...`, `Dit aantal steeg van ...`: the subject is the one just named
_THAT_NUMBER = re.compile(
    r"^\W*(?:dat|dit|die|het)(?:\s+aantal)?\s+(?:steeg|daalde|ging|groeide|nam)\b", re.I
)


#: `In het eerste kwartaal waren het er 15`: the items just named, counted again with
#: their noun left out (for another period)
_THAT_MANY_AGAIN = r"\b(?:waren|was)\s+(?:het|dat|dit)\s+er\s+(?:\d|(?:{words})\b)"


def _counts_the_number_before(s: str, ctx: _Context) -> bool:
    """`Ook het aantal datalekmeldingen daalde. Dat daalde van 24.866 in 2021 naar 21.151
    in 2022.`: a sentence whose subject refers to the number of incidents the sentence
    before named (`het aantal ...`) counts those incidents; so does one that counts the
    items the sentence before named again (`28 klachten ... In het eerste kwartaal waren
    het er 15`)."""
    if len(ctx.recent_texts) < 2:
        return False
    if re.search(_THAT_MANY_AGAIN.format(words=_number_word_alt()), s, re.IGNORECASE):
        return _vocab()["noun_re"].search(ctx.recent_texts[-2]) is not None
    return _THAT_NUMBER.match(s) is not None and _rules()["aantal"].search(ctx.recent_texts[-2])


def _sentence_links(s: str) -> tuple[bool, bool, tuple[tuple[int, float], ...]] | None:
    return _sentence_links_for(s, _SUBJECT.get())


@lru_cache(maxsize=8192)
def _sentence_links_for(
    s: str, key: tuple[str, bool]
) -> tuple[bool, bool, tuple[tuple[int, float], ...]] | None:
    """What a sentence says whatever its context (read in both passes over a document):
    None without any number, else whether it names an incident noun, whether it carries a
    share on (`was dit`) and its references to stated totals (`Van deze 84 meldingen`)."""
    rules = _rules()
    if not _DIGIT.search(s) and not _has_number_word(s):
        return None  # every written-out number rule below needs a number word
    if (
        not _DIGIT.search(s)
        and not rules["month_word_series"].search(s)
        and not rules["count_word"].search(s)
        and not rules["count_word_repeat"].search(s)
        and not rules["count_word_er"].search(s)
        and not rules["count_word_restated"].search(s)
        and not rules["count_word_elided"].search(s)
    ):
        return None
    return (
        bool(_vocab()["noun_re"].search(s) or rules["filed"].search(s)),
        bool(rules["carry"].search(s)),
        tuple((m.start("n"), float(m["n"])) for m in rules["reference"].finditer(s)),
    )


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _has_number_word(s: str) -> bool:
    """Whether a run of letters in `s` is a number word (`drie`, `één`): one scan and a set
    look-up, where each written-out number rule would try every number word at every
    position (the number words are runs of letters, so a rule matches only where one
    stands)."""
    words = _number_word_set(_SUBJECT.get())
    return any(w in words for w in _LETTER_RUN.findall(s.lower()))


@cache
def _number_word_set(key: tuple[str, bool]) -> frozenset[str]:
    return frozenset(w.lower() for w in _vocab_for(key)["number_words"])


def _sentence_values(s: str, periods: list[_PeriodSpan]) -> list[_Value]:
    """The numbers of a sentence that may be figures, written out ones (`drie in
    februari`) included, in order; the cells of a table row that lost its header are not."""
    v = _vocab()
    values = _values(s, periods)
    for m in _rules()["month_word_series"].finditer(s):
        number = v["number_words"][m["word"].lower()]
        values.append(_Value(m.start("word"), m.end("word"), float(number), False, True))
    taken = {val.start for val in values}
    words = [
        m
        for name in (
            "count_word",
            "count_word_repeat",
            "count_word_er",
            "count_word_restated",
            "count_word_elided",
        )
        for m in _rules()[name].finditer(s)
    ]
    for m in words:
        if m.start("word") not in taken and not any(p.start <= m.start() < p.end for p in periods):
            number = v["number_words"][m["word"].lower()]
            values.append(_Value(m.start("word"), m.end("word"), float(number), False, True))
    values.sort(key=lambda val: val.start)
    # three or more bare numbers in a row are the cells of a table row the table pass could
    # not place (no header): running-text rules would misread them; so would they a number
    # that is a `|` table's cell (`| 40 |`)
    in_runs = [m.span() for m in _NUMBER_RUN.finditer(s)]
    return [
        val
        for val in values
        if not any(a <= val.start < b for a, b in in_runs) and not _pipe_cell(s, val)
    ]


def _pipe_cell(s: str, val: _Value) -> bool:
    return bool(re.search(r"\|\s*$", s[: val.start]) and re.match(r"\s*%?\s*\|", s[val.end :]))


#: a figure in brackets after a compared year (`meer dan in 2022 (64)`) is that year's
_COMPARED_BRACKET = re.compile(
    r"\b(?:meer|minder|evenveel)\s+dan\s+in\s+(?:19|20)\d\d\s*\(\s*$", re.IGNORECASE
)
_BOTH = re.compile(r"\b(?:beide|allebei|both)\s*:?\s*$", re.IGNORECASE)


#: `nam na 1.180 meldingen aanvullende acties`, `op basis van 2.077 Wob-verzoeken die online
#: staan`: the notifications something followed, the items a study read - what was done
#: with some of them (an intervention, an analysis), no count of those received
_AFTER_SOME = re.compile(r"(?:\bna|\bop\s+basis\s+van)\s+(?:(?:ruim|bijna|circa)\s+)?$", re.I)
#: `40 procent van de bedrijven`: a share of some units (companies, organisations, people)
_SHARE_OF = re.compile(
    r"\d\s*(?:%|procent\b|percent\b)\s+van\s+(?:de|alle)\s+(?P<words>[^\W\d]+(?:\s+[^\W\d]+)?)",
    re.IGNORECASE,
)
#: what a share of incidents is taken of besides their nouns
_SHARE_OF_INCIDENTS = {"gevallen", "totaal", "aantal"}


def _shares_of_units(s: str) -> bool:
    """A sentence whose share is taken of units that are no incidents (`bijna 40 procent
    van de bedrijven kreeg te maken met cyberaanvallen, in 2019 nog maar 20 procent`):
    its shares are of those units, not of the incidents (the noun or the word before it
    is no incident: `van de gemelde datalekken`, `van de gevallen` are of incidents)."""
    noun_re = _vocab()["noun_re"]
    for m in _SHARE_OF.finditer(s):
        words = m["words"].lower().split()
        if not any(w in _SHARE_OF_INCIDENTS or noun_re.fullmatch(w) for w in words):
            return True
    return False


#: `de overige zes`, `de andere 12`: the rest of a count named before, no count of its own
#: `Met de klachten over de IJsselgemeenten erbij lag het aantal op 46`
_OTHERS_ADDED = re.compile(r"\bmet\s+[^,;.]{3,80}?\s+erbij\b", re.IGNORECASE)
_THE_REST = re.compile(r"\b(?:de|het)\s+(?:overige|andere|resterende)\s+$", re.IGNORECASE)


def _fact_of(val: _Value, reading: _Reading, ctx: _Context) -> _Fact | None:
    """What one number is: a category (label, AP, share, carried), else a month's, a
    unit's or a plain total; None when it is no exact figure for a period."""
    s = reading.text
    before, after = s[: val.start], s[val.end :]
    if _BOTH.search(before):
        return _fact_for_each_period(val, reading, ctx)
    if _no_figure_of_its_own(val, s, before, after):
        return None
    if (
        val.percent
        and (reading.has_noun or ctx.sectors)
        and (sector := _sector_of_share(val, s, ctx) or _sector_said_before(s, ctx))
    ):
        return _Fact(val, "total", None, sector, "sector")
    category, source = _category_of_value(val, reading, ctx)
    if source == "part" and category is None:
        return None  # a part of the incidents whose kind no category names
    if (
        category is None
        and not val.percent
        and (_colon_label_kind(before) or _bracketed_kind(s, val))
    ):
        category, source = "other", "kind"
    if val.percent and category is None:
        return None
    if not reading.has_noun and source not in ("label", "carry", "share", "ap", "part", "intake"):
        return None
    month = _month_of(val, before, after, ctx)
    month_period = None
    if category is None and month is not None:
        if month is _NO_YEAR:
            return None
        category, source, month_period = "total", "month", month
    scope = _scope_of(before, after) or _bracketed_unit(val, s)
    if scope is not None and category is None:
        category, source = "total", "scope"
    if scope is None and not val.percent:
        scope = _sector_as_scope(val, s, category, ctx)
    if category is None and not val.percent and _states_a_total(val, reading):
        if _told_to_data_subjects(val, s):
            return None
        category, source = "total", "total"
        if kind := _counted_kind(val, s):
            category, source = kind, "kind"
    if category is None and reading.facts and _restates_last_count(val, reading):
        category, source = reading.facts[-1].category, "repeat"
    if category in (None, "total") and _about_a_kind(val, reading):
        category, source = "other", "kind"
    elif source == "total" and (_number_of_a_kind(s, ctx) or _quoted_kind_counted(val, s)):
        category, source = "other", "kind"
    if category is None or not _is_exact(val, s, rough_ok=True):
        return None
    if scope is None and reading.facts and (source == "repeat" or _THAT_MANY.search(before)):
        scope = reading.facts[-1].scope  # the count just named, for another period: same unit
    if source == "total" and _part_of_opening_count(val, s):
        return None  # `Van de 16 klachten behandelden we 1 klacht formeel`: a part of 16
    if (
        val.word
        and source == "total"
        and not _reported_count(val, s)
        and not _THAT_MANY.search(before)
    ):
        if not (reading.facts and _own_period_after(val, reading)):
            return None  # `naar aanleiding van twee meldingen`: words name, they do not count
        category = reading.facts[-1].category  # `tegen twaalf een jaar eerder`
    if category == "reported_to_ap" and source == "ap" and reading.references:
        source = "ap_ref"
    rough = bool(_rules()["approximate"].search(s[: val.start]))
    intake = source == "intake" or (
        category == "total" and _reported_to_ap(val, s) and _ap_intake(val, s, ctx)
    )
    return _Fact(val, category, month_period, scope, source, rough, intake)


def _fact_for_each_period(val: _Value, reading: _Reading, ctx: _Context) -> _Fact | None:
    """`zowel 2023 als 2022 (beide 10.500)`: one figure for each of the periods listed right
    before its bracket (placed in `_each_period`), the count the sentence names."""
    category, _ = _category_of_value(val, reading, ctx)
    if category is None and reading.has_noun and not val.percent:
        category = "total"
    return _Fact(val, category, None, None, "both") if category else None


def _no_figure_of_its_own(val: _Value, s: str, before: str, after: str) -> bool:
    """A number that counts no items of its own: after `some`, a share of units, the rest
    of a count, so-called items, a sum with another's, or a part by who made them."""
    if _AFTER_SOME.search(before) or (val.percent and _shares_of_units(s)):
        return True
    if _THE_REST.search(before):
        return True  # `De overige zes datalekken zijn niet gemeld`: the rest of a count
    if _scare_quoted_noun(after):
        return True  # `nog 36 'klachten', maar dit waren ...`: so called, not such items
    if _OTHERS_ADDED.search(before):
        return True  # a count with another's added, whose sum is no unit's own
    # `14 klachten van ondernemers`: a part by who made them
    return bool(
        _SUBJECT.get()[0] != LEAK
        and _rules()["by_reporter"].match(after)
        and not _rules()["reporter_about"].match(after)
    )


def _sector_as_scope(val: _Value, s: str, category: str | None, ctx: _Context) -> str | None:
    """The sector a count (no share) is for where the sentence names no unit: named beside
    it, where it came from (in a text that counts by sector or reports to the AP), or
    ranked among the sectors."""
    scope = _sector_scope(val, s) if category in (None, "total") else None
    if scope is None and (ctx.ap_counts or ctx.sectors):
        scope = _sector_it_came_from(after=s[val.end :])
    if scope is None and ctx.sectors:
        scope = _ranked_sector(val, s)
    return scope


#: a label and its colon opening a clause or list item right before a number
#: (`Bejegening: 12 klachten; wachttijd: 9`, `- Parkeren: 4`): one word, or one and
#: lower-case words after it (a unit's name capitalises each)
_COLON_LABEL = re.compile(
    r"(?:^|[;.]\s+|[-•·]\s*)(?P<label>[^\W\d]{3,}(?:\s+(?-i:[a-z])[^\W\d]*){0,3})\s*:\s*$"
)


#: what the items were about, told before a list of kinds (`gingen vooral over`,
#: `betroffen`, `hadden betrekking op`)
_ABOUT_VERB = re.compile(
    r"\b(?:(?:ging|gingen|gaat|gaan)\s+(?:[^\W\d]+\s+)?over|betroffen|betrof|betrekking\s+op)\b",
    re.IGNORECASE,
)
#: a kind in lower case and the bracket its count stands in (`bejegening (`; not a named
#: body: `de afdeling Burgerzaken (`)
_KIND_BRACKET = re.compile(r"(?<!\w)(?-i:[a-z][^\W\d]*(?:\s+[a-z][^\W\d]*){0,3})\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*(?:[^\W\d]+\s*)?\)")


def _bracketed_kind(s: str, val: _Value) -> bool:
    """`De klachten gingen over bejegening (12), wachttijd (9 klachten) ...`: a count in
    brackets right after a kind named after a verb of what the items were about."""
    before = s[: val.start]
    if _SUBJECT.get()[0] == LEAK or not _KIND_BRACKET.search(before):
        return False
    return _ABOUT_VERB.search(before) is not None and _BRACKET_CLOSES.match(s, val.end) is not None


def _colon_label_kind(before: str) -> bool:
    """Whether the text right before a count is a label naming a kind of the items (not a
    data-leak pass, whose kinds are its vocabulary): not the total, the received count, a
    stage of handling, a month, a body or the organisation."""
    m = _COLON_LABEL.search(before)
    if m is None or _SUBJECT.get()[0] == LEAK:
        return False
    label = m["label"]
    v = _vocab()
    if label.lower() in v["months"] or _cell_label(label, "") is not None:
        return False
    if v["noun_re"].search(label) or re.search(r"\baantal\b", label, re.IGNORECASE):
        return False  # `Staafdiagram van aantal klachten: 962`: the items themselves
    received = {w.lower() for w in v["data"]["received_adjectives"]}
    heads = v["data"]["unit_head_nouns"]
    first = label.split()[0].lower()
    if first in received or first in heads or first in heads.values() or _REPORTING.search(label):
        return False
    return _kind_label(label) is not None


def _restates_last_count(val: _Value, reading: _Reading) -> bool:
    """Whether a number counts again, for another period, what the sentence counted last,
    its noun left out."""
    before, after = reading.text[: val.start], reading.text[val.end :]
    if _COMPARED_BRACKET.search(before) and re.match(r"\s*\)", after):
        return True  # `87 klachten, meer dan in 2022 (64)`: for that year
    if val.percent:
        return False
    return bool(
        # `17 meldingen bij de AP, tegen de 15 een jaar eerder`
        _own_period_after(val, reading)
        # `..., toen het er nog 21.000 waren`
        or (_RESTATED.search(before) and re.match(r"\s*(?:waren|was)\b", after))
        # `..., in 2019 waren dat er welgeteld 71`
        or _THAT_MANY.search(before)
        # `In 2022 waren dat er vijf, in 2021 zeven`: its verb left out too
        or _PERIOD_ELIDED.search(before)
        # `... en in het tweede kwartaal ontving de ombudsman er 13`: `er` stands for them
        or _OF_THEM.search(before)
    )


def _part_of_opening_count(val: _Value, s: str) -> bool:
    """A figure after a sentence's opening `Van de 16 klachten ...`: a part of those."""
    noun = _vocab()["noun_alt"]
    m = re.match(rf"\W*van\s+(?:de|deze|die)\s+\d[\d.]*\s+(?:\w+\s+)?(?:{noun})\b", s, re.I)
    return m is not None and val.start >= m.end()


def _scare_quoted_noun(after: str) -> bool:
    """`36 'klachten'`: the count's noun in quotes, what the items were called, not what
    they are."""
    noun = _vocab()["noun_alt"]
    return re.match(rf"\s*'(?:{noun})'", after, re.IGNORECASE) is not None


def _category_of_value(val: _Value, reading: _Reading, ctx: _Context) -> tuple[str | None, str]:
    """(category, rule) from a label beside the number, the AP, a share or the sentence
    before; (None, rule) when none applies."""
    s = reading.text
    if (part := _part_category(val, s, reading.starts)) is not None:
        return part
    category, source = _label_category(val, s)
    # `Hiervan zijn er 12 gemeld bij de AP`: the sentence counts the incidents just named
    refers_back = _rules()["waarvan"].match(s) is not None
    if category is None and not val.percent and _ORG_REPORTED.search(s, 0, val.start):
        if _rules()["count_noun_after"].match(s[val.end :]):
            category, source = "reported_to_ap", "ap"  # `In 2018 meldde de instantie 342 lekken`
    if (
        category is None
        and (reading.has_noun or val.percent or refers_back)
        and _reported_to_ap(val, s)
        and not _ap_intake(val, s, ctx)
    ):
        category, source = "reported_to_ap", "ap"
    if category is None and val.percent and (shared := _shared_category(s)) is not None:
        # a share of a category (`het aandeel ... 'verkeerde ontvanger' ... 73%`); of the AP's
        # intake, `van de meldingen bij de AP` names no category
        if shared != "reported_to_ap" or not _ap_intake(val, s, ctx):
            category, source = shared, "share"
    elif category is None and reading.carry and not _DIFFERENCE.search(s, 0, val.start):
        # carried over from the sentence before (`In 2019 was dit 17%, in 2018 25 %`; `... 36
        # datalekken gemeld aan de AP. In 2017 waren dat er 41`)
        category, source = ctx.carry_category, "carry"
    if category is None and val.percent and _quoted_kind_share(val, s):
        category, source = "other", "share"
    if category is None and ctx.such_kind is not None:
        # `45% van de meldingen had betrekking op een dergelijk datalek`: the kind just named
        category, source = ctx.such_kind, "share" if val.percent else "label"
    return category, source


#: a name in single quotes, group 1 without them
_QUOTED = r"'([^'\d]{3,60})'"
#: `'onheuse bejegening' (15%)`, `gaan over de 'wijze van optreden', 29 procent`: a kind
#: named in quotes, its share in brackets or after a comma
_QUOTED_KIND = re.compile(rf"{_QUOTED}\s*(?P<sep>[(,])\s*$")


_QUOTED_NAME = re.compile(_QUOTED)
#: a quoted name that a relative clause up to the number is about
_QUOTED_NAME_RELATIVE = re.compile(rf"{_QUOTED}\s*,?\s*(?:die|dat|wat)\b[^,;]*$", re.I)


def _quoted_kind_counted(val: _Value, s: str) -> bool:
    """`En 'geweldsaanwending', die van 78 klachten in 2006 naar 51 daalde`: a kind of
    requests, complaints or reports named in quotes in the number's clause, before it,
    is what the number counts (not the items' own noun in scare quotes)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    c0, _ = _clause_bounds(s, val.start)
    noun_re = _vocab()["noun_re"]
    names = [m[1] for m in _QUOTED_NAME.finditer(s, c0, val.start)]
    if m := _QUOTED_NAME_RELATIVE.search(s, 0, val.start):
        names.append(m[1])  # `En 'parkeerbeleid', dat van 64 klachten ... zakte`
    return any(not noun_re.fullmatch(name) for name in names)


def _quoted_kind_share(val: _Value, s: str) -> bool:
    """A share in brackets right after a kind of requests, complaints or reports named in
    quotes (data leaks: their kinds are the category vocabulary's)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    quoted = _QUOTED_KIND.search(s, 0, val.start)
    if quoted is None:
        return False
    end = r"\s*(?:%|procent)?\s*\)" if quoted["sep"] == "(" else r"\s*(?:%|procent)?\s*(?:[.,;]|$)"
    return re.match(end, s[val.end :], re.IGNORECASE) is not None


#: verbs that state how many incidents were reported or registered
_REPORTING = re.compile(
    r"\b(?:gemeld|geregistreerd|ontvangen|ontvingen|ontving|geconstateerd|binnengekomen"
    r"|ingekomen|ingediend|genoteerd|noteerde|noteerden|registreerde|registreerden|gedaan"
    r"|kreeg|kregen|ontdekt|vastgesteld"
    # the separable verbs of arrival and filing (`kwamen drie klachten binnen`, `dienden
    # vier inwoners een klacht in`)
    r"|kwam(?:en)?\b[^,;.]*\bbinnen|dien(?:de|den)\b[^,;.]*\bin"
    # a clause that says how many there were (`In 2022 was sprake van zeven datalekken`)
    r"|(?:was|is|waren|zijn)\s+(?:er\s+)?sprake\s+van|(?:waren|zijn)\s+er|hadden\s+(?:we|wij)"
    # `deden zich elf datalekken voor`, `In 2020 ging het nog om zeven meldingen`
    r"|(?:deden|deed|doen|doet)\s+zich|(?:ging|gaat)\s+het\s+(?:\w+\s+)?om)\b",
    re.IGNORECASE,
)


def _reported_count(val: _Value, s: str) -> bool:
    """A written-out number before its noun is a count where it opens the sentence
    (`Zeventien datalekken zijn gemeld`) or its clause reports it (`er werden vijf
    datalekken geregistreerd`), not where it names some incidents in passing."""
    if not s[: val.start].strip(" '("):
        return True
    c0, c1 = _clause_bounds(s, val.start)
    return _REPORTING.search(s[c0:c1]) is not None


_SECTOR_WORD = re.compile(r"\b(?:deel)?sector(?:en)?\b", re.IGNORECASE)
#: a bracketed share (`(29%)`, `(23 procent)`)
_BRACKETED_SHARE = re.compile(r"\(\s*\d{1,3}(?:[.,]\d)?\s?(?:%|procent\b)\s*\)", re.IGNORECASE)
#: words that end a sector's name read backwards from its bracket: articles, prepositions,
#: the verbs and links of a list of sectors (`afkomstig van gemeenten (33%), gevolgd door de
#: Rijksoverheid (25%)`, `zoals tandartsen (6 procent)`)
_NOT_SECTOR_NAME = {
    "de", "het", "een", "van", "vanuit", "uit", "door", "bij", "in", "binnen", "zoals", "is",
    "zijn", "was", "waren", "komt", "kwam", "komen", "afkomstig", "gevolgd", "blijft",
    "volgen", "volgt", "met", "en", "of", "sectoren", "deelsectoren", "naar", "op", "om",
    "meeste", "meest",
}  # fmt: skip
SECTOR_NAME_WORDS = 4


def _sector_of_share(val: _Value, s: str, ctx: _Context) -> str | None:
    """The sector of a share in a list of sectors' shares of all notifications (`gemeld
    vanuit de sectoren zorg (29%), financiële dienstverlening (26 %) en openbaar bestuur
    (17%)`, `afkomstig van gemeenten (33%), gevolgd door de Rijksoverheid (25%)`): the
    words right before the bracket, back to an article, a link of the list or its previous
    item. The sentence names sectors, or it lists two or more shares in a text about the
    AP's figures per sector; a name that is a kind of incident is no sector."""
    if not _rules()["bracket_open"].search(s[: val.start]) or not re.match(r"\s*\)", s[val.end :]):
        return _respective_sector(val, s, ctx) or _sector_of_clause(val, s, ctx)
    listed = len(_BRACKETED_SHARE.findall(s)) >= 2
    if not (_SECTOR_WORD.search(s) or (ctx.sectors and listed)):
        return None
    bracket = s.rfind("(", 0, val.start)
    marks = [m.end() for m in re.finditer(r"[,;():]", s[:bracket])]
    region = s[max(marks, default=0) : bracket]
    name = _name_before(region)
    v = _vocab()
    if not name or v["noun_re"].search(name) or v["category_re"].search(name):
        # `De financiële sector meldde de meeste datalekken (30 procent)`: the sector the
        # clause names as the one that reported, the share right after its notifications
        named = _NAMED_SECTOR.search(region)
        return named.group(0) if named else None
    return name


def _respective_sector(val: _Value, s: str, ctx: _Context) -> str | None:
    """`De zorg en publieke sector volgen met respectievelijk 28 procent en 17 procent`:
    sectors listed at the head of the clause take the shares after `respectievelijk` in
    order (as many names as shares). Only in a text on the AP's figures per sector, or a
    sentence that names sectors."""
    if not (ctx.sectors or _SECTOR_WORD.search(s)):
        return None
    c0 = _clause_bounds(s, val.start)[0]
    respectively = _rules()["respectively"].search(s, c0, val.start)
    if respectively is None:
        return None
    head: list[str] = []
    for word in s[c0 : respectively.start()].strip(" ,;").split():
        if word.lower() in ("de", "het") and (not head or head[-1].lower() == "en"):
            continue  # the article of a name (`De zorg en het onderwijs`)
        if word.lower() != "en" and (
            word.lower() in _NOT_SECTOR_NAME or not re.fullmatch(r"[^\W\d][\w&-]*,?", word)
        ):
            break
        head.append(word)
    names = [n.strip() for n in re.split(r",|\ben\b", " ".join(head)) if n.strip()]
    shares = [v for v in _SHARE_VALUE.finditer(s, respectively.end())]
    v = _vocab()
    if len(names) < 2 or len(names) != len(shares):
        return None
    if any(v["noun_re"].search(n) or v["category_re"].search(n) for n in names):
        return None
    index = next((i for i, m in enumerate(shares) if m.start() == val.start), None)
    return names[index] if index is not None else None


#: `... in de financiële sector en hetzelfde percentage in het openbaar bestuur`
_SAME_SHARE = re.compile(
    r"\s+en\s+hetzelfde\s+(?:percentage|aandeel)\s+(?:in|bij|uit)\s+(?:de|het)\s+(?P<name>[^,;.()]+)",
    re.IGNORECASE,
)


def _same_share(f: _Fact, s: str) -> list[_Fact]:
    """A sector's share that the clause gives another sector too (`In 22 procent van de
    gevallen ging het om datalekken in de financiële sector en hetzelfde percentage in het
    openbaar bestuur`): that sector's fact, from the same number."""
    if f.source != "sector":
        return []
    c1 = _clause_bounds(s, f.value.start)[1]
    m = _SAME_SHARE.search(s, f.value.end, c1 if c1 < len(s) else len(s))
    if m is None:
        return []
    name = _name_after(m["name"])
    v = _vocab()
    if not name or v["noun_re"].search(name) or v["category_re"].search(name):
        return []
    return [replace(f, scope=name, source="same")]


#: a share as `_values` reads it (`28 procent`, `17%`)
_SHARE_VALUE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d)?(?=\s?(?:%|procent\b))", re.IGNORECASE)


#: a sector named by its adjective (`de financiële sector`, `de publieke sector`)
_NAMED_SECTOR = re.compile(r"\b[^\W\d]+e\s+sector\b", re.IGNORECASE)


#: `uit de sector openbaar bestuur`, `In de sector Gezondheid & welzijn`, `in de zorgsector`
_SECTOR_SCOPE = re.compile(
    r"\b(?:uit|in|binnen|van)\s+de\s+(?:sector\s+(?P<name>[^\W\d][\w&-]*(?:\s+[\w&-]+){0,3})"
    r"|(?P<compound>[^\W\d]{3,})sector\b)",
    re.IGNORECASE,
)


def _sector_scope(val: _Value, s: str) -> str | None:
    """The sector a count is for where its clause names it (`In 2019 ontving de AP 4.624
    datalekmeldingen uit de sector openbaar bestuur`, `3.747 meldingen van datalekken in de
    zorgsector`): the name up to a word that is none of it (`is`, `werden`)."""
    c0, c1 = _clause_bounds(s, val.start)
    for m in _SECTOR_SCOPE.finditer(s, c0, c1):
        if m["compound"]:
            return m["compound"]
        name = _name_after(m["name"])
        if name:
            return name
    return None


@cache
def _came_from_re(key: tuple[str, bool]) -> re.Pattern:
    noun = _vocab_for(key)["noun_alt"]
    return re.compile(
        rf"^\s*(?:{noun})(?:\s+van\s+(?:een\s+)?datalek(?:ken)?)?\s+uit\s+(?:de|het)\s+"
        r"(?P<name>[^,;.()]+)",
        re.IGNORECASE,
    )


def _sector_it_came_from(after: str) -> str | None:
    """In a text on the AP's intake, `8929 meldingen van datalekken uit de gezondheidszorg`:
    the sector the notifications came from (compiled per subject, whose nouns it names)."""
    m = _came_from_re(_SUBJECT.get()).match(after)
    if m is None:
        return None
    name = _name_after(m["name"])
    v = _vocab()
    if not name or v["noun_re"].search(name) or v["category_re"].search(name):
        return None
    return name


def _name_after(region: str) -> str | None:
    """The leading words of `region` before a word of `_NOT_SECTOR_NAME` or a verb-like word
    that follows a name (`werden`, `worden`, `heeft`)."""
    name: list[str] = []
    for word in region.split():
        if word.lower() in _NOT_SECTOR_NAME or word.lower() in _AFTER_SECTOR_NAME:
            break
        name.append(word)
    while name and name[-1] in ("&", "en"):
        name.pop()
    return " ".join(name) or None


#: words that follow a sector's name in a sentence (`In de sector X werden ... gemeld`)
_AFTER_SECTOR_NAME = {
    "werden", "worden", "wordt", "werd", "heeft", "hebben", "had", "meldde", "meldden",
    "meldt", "staat", "stond", "ontving", "kreeg", "nam", "neemt",
}  # fmt: skip


#: `23 procent vond plaats in de zorg`, `28 procent kwam uit het onderwijs`
_SHARE_FROM = re.compile(
    r"\s*(?:van\s+de\s+\w+\s+)?(?:vond|vonden|vindt)\s+plaats\s+in\s+(?:de|het)\s+"
    r"|\s*(?:van\s+de\s+\w+\s+)?(?:kwam|kwamen|komt|komen)\s+uit\s+(?:de|het)\s+"
    # `In 22 procent van de gevallen ging het om datalekken in de financiële sector`
    r"|\s*van\s+de\s+gevallen\s+(?:ging|gaat)\s+het\s+om\s+(?:\w+\s+)?in\s+(?:de|het)\s+",
    re.IGNORECASE,
)


#: `openbaar bestuur staat op de tweede plek met 4.874 meldingen`: a sector ranked by its count
_RANKED = re.compile(
    r"^\s*(?:de\s+|het\s+)?(?P<name>[^\W\d][\w&-]*(?:\s+[^\W\d][\w&-]*){0,3}?)\s+"
    r"(?:staat|stond|komt|kwam|eindigt|eindigde)\s+op\s+(?:de|een)\s+[^\W\d]+\s+"
    r"(?:plek|plaats)\s+met\s+$",
    re.IGNORECASE,
)


def _ranked_sector(val: _Value, s: str) -> str | None:
    """In a text on the AP's figures per sector, the sector a clause ranks by its count
    (`, openbaar bestuur staat op de tweede plek met 4.874 meldingen`)."""
    c0 = _clause_bounds(s, val.start)[0]
    m = _RANKED.match(s[c0 : val.start].lstrip(",; "))
    if m is None:
        return None
    v = _vocab()
    name = m["name"]
    if (
        v["noun_re"].search(name)
        or v["category_re"].search(name)
        or name.lower() in _NOT_SECTOR_NAME
    ):
        return None
    return name


#: a sentence about what the one before it said (`Dat gebeurde in 30 procent van de gevallen`)
_THAT_HAPPENED = re.compile(r"^\W*(?:dat|dit)\s+(?:gebeurde|gebeurt|was|is)\s+in\b", re.I)


def _sector_said_before(s: str, ctx: _Context) -> str | None:
    """In a text on the AP's figures per sector, `De meeste datalekken vonden plaats in de
    zorgsector. Dat gebeurde in 30 procent van de gevallen.`: the share is that of the one
    sector the sentence before names."""
    if not ctx.sectors or not _THAT_HAPPENED.match(s) or len(ctx.recent_texts) < 2:
        return None
    before = ctx.recent_texts[-2]
    names = {m["compound"] or _name_after(m["name"]) for m in _SECTOR_SCOPE.finditer(before)}
    names.discard(None)
    return names.pop() if len(names) == 1 else None


def _sector_of_clause(val: _Value, s: str, ctx: _Context) -> str | None:
    """In a text on the AP's figures per sector, a share that took place in or came from a
    sector named right after it (`23 procent vond plaats in de zorg`, `in 22 procent van de
    gevallen ging het om datalekken in de financiële sector`)."""
    if not ctx.sectors:
        return None
    m = _SHARE_FROM.match(s, val.end)
    if m is None:
        return None
    c1 = _clause_bounds(s, val.start)[1]
    name = _name_after(s[m.end() : c1].strip(" .!?"))
    v = _vocab()
    if not name or v["noun_re"].search(name) or v["category_re"].search(name):
        return None
    return name


def _name_before(region: str) -> str | None:
    """The trailing words of `region` up to a word of `_NOT_SECTOR_NAME`; an `en` between two
    name words stays (`gezondheid en welzijn`)."""
    words = region.split()
    name: list[str] = []
    i = len(words) - 1
    while i >= 0 and len(name) < SECTOR_NAME_WORDS:
        word = words[i]
        joins = word.lower() == "en" and name and i > 0
        if joins and words[i - 1].lower() not in _NOT_SECTOR_NAME:
            name = [words[i - 1], word, *name]
            i -= 2
            continue
        if word.lower() in _NOT_SECTOR_NAME or not re.fullmatch(r"[^\W\d][\w&-]*|&", word):
            break
        name.insert(0, word)
        i -= 1
    return " ".join(name) or None


_NEGATION = re.compile(r"\b(?:niet|geen|nooit|not|no)\b", re.IGNORECASE)


def _part_marker(s: str, start: int, end: int) -> bool:
    """A number in a construction that counts a part of the incidents (`twee keer`,
    `in 19 gevallen`, `bij 7 datalekken`, `(6x)`, `Van de 140 ... 61 gevallen`): its kind
    is named beside it."""
    rules = _rules()
    before, after = s[:start], s[end:]
    return bool(
        rules["part_keer"].match(after)
        or (rules["part_in"].search(before) and rules["part_gevallen"].match(after))
        # `Van de 140 datalekken waren 61 gevallen ernstig genoeg om ...`: cases of a total
        or (rules["reference"].search(before) and rules["part_gevallen"].match(after))
        or (rules["part_bij"].search(before) and rules["part_noun"].match(after))
        or (rules["bracket_open"].search(before) and rules["bracket_close"].match(after))
    )


def _part_category(val: _Value, s: str, starts: list[int]) -> tuple[str | None, str] | None:
    """(category, rule) of a number that counts a part of the incidents, None for any other.

    The part's kind is named in the rest of its clause (`in 19 gevallen om gegevens die naar
    de verkeerde ontvanger gingen`, `Twee keer ontstond er een datalek door een verloren
    datadrager`, `Bij zeven datalekken werden gegevens per ongeluk gepubliceerd en bij vier
    ...`), or for a count in brackets (`een virusaanval (6x)`, `... aan een verkeerde
    ontvanger (63% van de meldingen)`) in the words before the bracket. A part whose kind
    no category names is no figure (not a total either)."""
    rules = _rules()
    # the rest of the number's clause, up to the next number
    rest = s[val.end : min([a for a in starts if a > val.start] or [len(s)])]
    rest = re.split(r"[,;]", rest)[0]
    qualified = rules["noun_qualified"].match(s[val.end :])
    if (rules["part_of_total"].search(s[: val.start]) or qualified) and not val.percent:
        return _qualified_part(rest, qualified)
    if not _part_marker(s, val.start, val.end) or _times_restated(s, val.start, val.end):
        return None
    if rules["bracket_open"].search(s[: val.start]):
        return _bracket_part(val, s)
    if _keer_received(val, s):
        return "total", "intake"
    if _times_filed(s[val.end :]):
        return "total", "filed"  # `725.000 keer bezwaar ingediend`: as many were filed
    if _ORG_NOTIFIED.match(s, val.end) and _ONE_SUBJECT.search(s, 0, val.start):
        return "reported_to_ap", "part"  # `Het UWV heeft 606 keer melding gedaan van een datalek`
    if _NEGATION.search(rest):
        return None, "part"  # `in twee gevallen is niet gemeld bij de AP`
    category = _one_category(rest)
    if category is None and _ACTUAL_LEAK.search(rest):
        category = "total"  # `In 85 gevallen was er daadwerkelijk sprake van een datalek`
    return category, "part"


#: a part that names the incident itself, no kind of it: the incidents counted
_ACTUAL_LEAK = re.compile(r"\bsprake\s+van\s+(?:een\s+)?(?:datalek|beveiligingsincident)\b", re.I)
#: `9.800 keer een datalekmelding`, `25.000 keer over een datalek ingelicht`, `4700 keer aan`
_KEER_NOTICE = re.compile(
    r"^\s*(?:keer|maal)\b(?:\s+[^\s,;]+){0,4}?\s+(?:(?:datalek)?melding(?:en)?|ingelicht|aan)\b",
    re.IGNORECASE,
)


#: an organisation reporting leaks itself: `meldde de instantie (nog) 342 lekken`, `meldde het
#: UWV 919 datalekken` (people reporting to their organisation are plural or passive)
_ORG_REPORTED = re.compile(
    r"\b(?:meldde|meldt)\s+(?:de|het)\s+(?:instantie|organisatie|gemeente|provincie|ministerie"
    r"|dienst|waterschap|ziekenhuis|(?-i:(?!AP\b|Autoriteit)[A-Z][\w-]+))"
    r"\s+(?:vorig\s+jaar\s+|nog\s+|ruim\s+)*$",
    re.IGNORECASE,
)
#: `606 keer melding gedaan van een datalek`: the notification the law asks (to the AP)
_ORG_NOTIFIED = re.compile(
    r"\s*(?:keer|maal)\s+(?:een\s+)?melding\s+(?:gedaan|gemaakt|moeten\s+doen)\s+van\s+"
    r"(?:een\s+)?datalek",
    re.IGNORECASE,
)
#: one organisation doing it (`heeft`; `Nederlandse ziekenhuizen hebben ...` is a sector)
_ONE_SUBJECT = re.compile(r"\bheeft\b", re.IGNORECASE)


def _keer_received(val: _Value, s: str) -> bool:
    """`kreeg de AP 9.800 keer een datalekmelding binnen`: how many times the AP was told
    of a leak is its intake, a total."""
    c1 = _clause_bounds(s, val.start)[1]
    return bool(_KEER_NOTICE.match(s[val.end :]) and _AP_RECEIVES.search(s, 0, c1))


def _qualified_part(rest: str, qualified: re.Match | None) -> tuple[str | None, str] | None:
    """`30 datalekken, waarvan 12 aan een verkeerde ontvanger`, `3 incidenten met een
    gestolen laptop`: the kind named in the rest of the clause; without one, another rule
    reads the number, except a part qualified by a kind of no category (`4 incidenten met
    een onbekende oorzaak`), which is no figure."""
    category = None if _NEGATION.search(rest) else _one_category(rest)
    if category is None and qualified and qualified["kind"]:
        return None, "part"
    return (category, "part") if category else None


def _bracket_part(val: _Value, s: str) -> tuple[str | None, str] | None:
    """`een virusaanval (6x)`, `... verkeerde ontvanger (63% van de meldingen)`: the kind
    named last before the bracket, back to the list's previous item. A share or count in
    brackets without one (`(68%)`, `(41)`) is left to the other rules."""
    bracket = s.rfind("(", 0, val.start)
    marks = [m.end() for m in re.finditer(r"[,;()]", s[:bracket])]
    category = _one_category(s[max(marks, default=0) : bracket], last=True)
    if category is None and not re.match(r"\s*x", s[val.end :]):
        return None
    return category, "part"


def _one_category(region: str, last: bool = False) -> str | None:
    """The category the kinds of incident named in `region` give (the last one named when
    `last`, else the only one; None for none or different ones)."""
    found = _vocab()["category_re"].finditer(region)
    phrases = [m.group(0) for m in found if not _label_only(m.group(0))]
    cats = [c for c in map(_category_of_phrase, phrases) if c]
    if last and cats:
        return cats[-1]
    return cats[0] if len(set(cats)) == 1 else None


def _label_category(val: _Value, s: str) -> tuple[str | None, str]:
    """A category label right after or right before the number (`62 in de categorie ...`)."""
    rules, v = _rules(), _vocab()
    before, after = s[: val.start], s[val.end :]
    category, source = None, ""
    if m := rules["label_after"].match(after):
        category, source = _category_of_phrase(m["cat"]), "label"
    elif (m := rules["label_before"].search(before)) and not val.percent:
        cat = _category_of_phrase(m["cat"])
        labelled = re.search(r"categorie|type|betr", m.group(0), re.I)
        at_start = not before[: m.start()].strip()
        if cat and (not _label_only(m["cat"]) or labelled or at_start):
            category, source = cat, "label"
    if category in v["label_only"] and source == "label" and _label_only(m["cat"]):
        # `overig` after the number counts only as a label (`in de categorie 'overig'`)
        labelled = rf"categorie|type|{_CLASSIFIED_AS}"
        if not re.search(labelled, s[val.end : val.end + 40], re.I) and not (
            not before.strip() or re.search(r"categorie", before, re.I)
        ):
            category = None
    return category, source


#: a clause saying the incidents were not reported (to the AP)
_NOT_REPORTED = re.compile(
    r"\b(?:niet|nooit|not)\s+(?:(?:\w+\s+){0,3}?(?:gemeld|doorgegeven|reported)\b"
    r"|(?:bij|aan|to)\s+(?:de\s+|the\s+)?(?:ap|autoriteit)\b)",
    re.IGNORECASE,
)


def _reported_to_ap(val: _Value, s: str) -> bool:
    """A count or share reported to the Autoriteit Persoonsgegevens, named in its clause
    (`22 meldingen gedaan bij de AP`), or a share after it (`..., dat is 26 %`)."""
    rules = _rules()
    before, after = s[: val.start], s[val.end :]
    c0, c1 = _clause_bounds(s, val.start)
    clause = s[c0:c1]
    if _NOT_REPORTED.search(clause):
        return False  # `De overige zes datalekken zijn niet bij de AP gemeld`
    if rules["ap"].search(clause):
        return bool(
            val.percent
            or rules["count_noun_after"].match(after)
            or rules["ap_after"].match(after)
            or rules["ap_before"].search(before)
        )
    prev_clause = s[_clause_bounds(s, max(0, c0 - 1))[0] : c0] if c0 else ""
    return bool(
        val.percent
        and rules["ap"].search(prev_clause)
        and re.search(r"\bdat\s+is|\bthat\s+is|\bofwel|\boftewel", clause, re.I)
    )


#: the AP, or how a news item names it
_AP_NAME = (
    r"(?:de\s+)?(?:AP|Autoriteit\s+Persoonsgegevens(?:\s*\(AP\))?|toezichthouder"
    r"|privacy-?waakhond|privacytoezichthouder)"
)
#: the AP receiving notifications: `ontving de AP`, `de AP heeft ... ontvangen`, `binnengekomen
#: bij de AP`, `kwamen er bij de AP ... binnen` (not `binnen de 72 uur`)
_AP_RECEIVES = re.compile(
    rf"\b(?:ontving|ontvangt|kreeg|krijgt)\s+{_AP_NAME}\b"
    rf"|\b{_AP_NAME}\s+(?:heeft\s+|had\s+)?(?:[^\s,;]+\s+){{0,12}}?"
    r"(?:ontving|ontvangt|ontvangen|binnengekregen|ingelicht|kreeg|krijgt)\b"
    rf"|\baan\s+bij\s+{_AP_NAME}\b"  # `klopten organisaties 4700 keer aan bij de AP`
    rf"|\bbinnen(?:gekomen)?\s+bij\s+{_AP_NAME}\b"
    rf"|\bbij\s+{_AP_NAME}\s+(?:[^,;]*?\s)?binnen(?:gekomen|komen|komt|kwamen)?\b"
    r"(?!\s+(?:de\s+|het\s+)?\d)",
    re.IGNORECASE,
)


#: a sentence opening on the items just named: what it counts is a part of them
_OF_THESE = re.compile(r"^\W*(?:van|of)\s+(?:deze|die|these|those)\b", re.IGNORECASE)


def _ap_intake(val: _Value, s: str, ctx: _Context) -> bool:
    """A count of the notifications the AP itself received (`De AP ontving vorig jaar 27.000
    meldingen`; `In 2018 zijn er 20.881 datalekken gemeld aan de AP` in a text that breaks
    them down by sector or where the AP is the body that counts): the national intake, a
    `total`, not what one organisation reported to the AP. Parts of a stated total
    (`waarvan 12 gemeld bij de AP`) and an organisation's own reports (`meldde het UWV 919
    datalekken`) are never the intake."""
    before = s[: val.start]
    if _rules()["ap_before"].search(before) or _ORG_REPORTED.search(before):
        return False
    if _OF_THESE.match(before):
        return False  # `Van deze datalekken werden er twee bij de AP gemeld`: a part
    the_ap_counts = ctx.sectors or ctx.ap_counts
    if val.percent:
        return the_ap_counts  # `45% van de meldingen bij de AP`: a share of the intake
    c1 = _clause_bounds(s, val.start)[1]
    if _AP_RECEIVES.search(s, 0, c1):
        return True
    if ctx.ap_counts:
        # `In 2019 werden 26.956 meldingen bij de AP gedaan`: no one reporter; not `hebben
        # wij 12 datalekken gemeld`, `De gemeente heeft 8 ...`, `door de provincie gemeld`
        c0 = _clause_bounds(s, val.start)[0]
        return _OWN_REPORTER.search(s, c0, c1) is None
    return ctx.sectors and _rules()["count_noun_after"].match(s[val.end :]) is not None


#: one organisation that reports its own leaks: the writer (`wij`), a singular subject
#: (`heeft`), an agent (`door de provincie`)
_OWN_REPORTER = re.compile(
    r"\b(?:wij|we|ons|onze|heeft|door\s+(?:de|het|onze?)\s+(?!AP\b|Autoriteit\b)\w+)\b",
    re.IGNORECASE,
)


#: `het aantal meldingen bij de AP`: the AP's own count, no organisation's (not `een aantal
#: meldingen bij de AP`, some of an organisation's reports)
_AP_COUNT = re.compile(
    rf"\bhet\s+aantal\s+(?:datalek)?meldingen\s+(?:van\s+datalekken\s+)?bij\s+{_AP_NAME}\b"
    r"(?!\s+(?:van|door)\b)",
    re.IGNORECASE,
)


def _the_ap_counts(sentences: list[_Sentence]) -> bool:
    """Whether the AP is the body whose count the text gives: a sentence has the AP receive
    notifications (`De AP kreeg 8929 meldingen`, `ontving de toezichthouder`) or names its
    count (`het aantal meldingen bij de AP nam toe`). Then a notification to the AP counted
    without an organisation reporting it is the AP's intake (`total`), as the gold
    conventions have it; `reported_to_ap` stays an organisation's own leaks it reported."""
    return any(
        _AP_HINT.search(sentence.text)
        and (_AP_RECEIVES.search(sentence.text) or _AP_COUNT.search(sentence.text))
        for sentence in sentences
    )


#: a word every name of the AP holds: one cheap scan before the two long patterns
_AP_HINT = re.compile(r"\bap\b|autoriteit|toezichthouder|waakhond", re.IGNORECASE)


_EXAMPLE = re.compile(r"\b(?:zoals|bijvoorbeeld|bijv\.|waaronder|such\s+as)\b", re.IGNORECASE)


def _shared_category(s: str) -> str | None:
    """The one category a sentence about a share names (`aandeel`, `percentage`)."""
    v = _vocab()
    if not _rules()["share"].search(s):
        return None
    # a kind named as an example (`..., zoals versturen aan een verkeerde ontvanger`)
    # illustrates the share's kind; it does not name it
    s = _EXAMPLE.split(s, maxsplit=1)[0]
    phrases = [m.group(0) for m in v["category_re"].finditer(s) if not _label_only(m.group(0))]
    cats = [c for c in map(_category_of_phrase, phrases) if c]
    return cats[0] if len(set(cats)) == 1 else None


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
    return Period(date(year, month, 1), _month_end(year, month))


#: `binnengekomen bij SOZAWE (187, ...) en de Milieudienst (104; ...)`: a unit named right
#: before a bracket its count opens
#: `bij Team Noord (12), Team Zuid (8)`, `diensten Dienst Werk en Inkomen (DWI, 269
#: klachten), Stadstoezicht (90 klachten)`: a list of named units, each with its count in
#: brackets (after its abbreviation, before the items' noun); the name starts after a word
#: in lower case, a comma or the sentence start and may join its words with `en`, `van` ...
_UNIT_BRACKET = re.compile(
    r"(?:^\W*|,\s*|(?-i:\b[a-zà-ÿ]+)\s+)(?:de\s+|het\s+)?"
    r"(?-i:(?P<unit>[A-Z][\w-]+(?:\s+(?:(?:en|van|voor|de|der)\s+)?[A-Z][\w-]+){0,4}))"
    r"\s*\(\s*(?:(?-i:[A-Z]{2,8})\s*,\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?:\s+[^\W\d]+)?\s*[,;)]",
    re.IGNORECASE,
)


def _bracketed_unit(val: _Value, s: str) -> str | None:
    """The unit a count in brackets right after its name is for, where the sentence
    compares two or more units so (one name before a bracket may be anything else)."""
    if val.percent:
        return None
    found = [m for m in _UNIT_BRACKET.finditer(s) if not _AP_HINT.search(m["unit"])]
    if len(found) < 2:
        return None
    return next((m["unit"] for m in found if m.start("n") == val.start), None)


#: the number stands inside a bracket opened before it
_OPEN_BRACKET = re.compile(r"\([^()]*$")


def _scope_of(before: str, after: str) -> str | None:
    """The unit a figure is for (`Vanuit Save kwamen 50 meldingen, vanuit Veilig Thuis 22`):
    a unit of the vocabulary, else one named with capitals after `vanuit`."""
    rules = _rules()
    if (m := rules["scope_before"].search(before)) or (m := rules["scope_after"].match(after)):
        return _scope_name(m)
    if (
        (m := rules["unit_before"].search(before))
        or (m := rules["unit_after"].match(after))
        or (m := rules["lodged_with_after"].match(after))
        or (m := rules["about_body_after"].match(after))
    ):
        return m["unit"]
    if m := rules["body_before"].search(before):
        return m["body"]
    if m := rules["named_unit_before"].search(before):
        return m["unit"]
    if m := rules["outside_body_before"].search(before):
        return m["body"]
    if _OPEN_BRACKET.search(before) and (m := rules["bracketed_part_unit"].match(after)):
        return m["unit"]
    if m := _group_receiving_re(_SUBJECT.get()).match(after):
        return m["group"]
    return None


@cache
def _group_receiving_re(key: tuple[str, bool]) -> re.Pattern:
    """`3.928 Wob-verzoeken bij ministeries gedaan`: a count made to a group of
    organisations named in the plural is the group's sum (web4's scope rule 3), not one
    organisation's (not a group listed with another: `bij gemeenten en provincies`).
    Compiled per subject (`key`), whose nouns it names."""
    noun = _vocab()["noun_alt"]
    groups = _words_alt(_vocab()["data"]["organisation_groups"])
    return re.compile(
        rf"^\s*(?:{noun})\s+(?:(?:zijn|werden|gedaan|ingediend|binnengekomen)\s+)*"
        rf"(?:bij|aan)\s+(?:de\s+)?(?P<group>{groups})\b(?!\s+(?:en|of)\b|-)",
        re.IGNORECASE,
    )


#: `31 en 36 meldingen`: the figure before `en` and another number
_SHARED_NOUN = re.compile(r"\s+(?:en|of)\s+(?:\d{1,3}(?:\.\d{3})+|\d{1,4})(?=\s)")


def _states_a_total(val: _Value, reading: _Reading) -> bool:
    """A total (`84 meldingen`, `het aantal gemelde datalekken 64`, `(41)`), or a second
    total after one with its noun left out (`in 2021 73 meldingen, in het tweede halfjaar 35`)."""
    rules, s = _rules(), reading.text
    before, after = s[: val.start], s[val.end :]
    if rules["count_noun_after"].match(after) or rules["total_before"].search(before):
        return True
    if _times_filed(after) or rules["filed_by"].match(after):
        return True
    shared = _SHARED_NOUN.match(after)
    if shared and rules["count_noun_after"].match(after[shared.end() :]):
        return True  # `31 en 36 meldingen`: the noun after the second number counts both
    if rules["bracket_before"].search(before) and rules["aantal"].search(s):
        return True
    if _respective_count(before, rules):
        return True
    numbered = rules["aantal"].search(s) or reading.counts_back
    if numbered and _period_follows(val, reading):
        return True  # `het aantal datalekken steeg van 38 in 2020 naar 45 in 2021`
    # `Het aantal klachten is gedaald t.o.v. 2023 van 83 naar 64`; the items named in the
    # clause before the change (`De klachten zijn gestegen van 310 naar 350`, `is de
    # instroom van klachten gestegen: van 1574 in 2008 naar 1676 in 2009`)
    if any(val.start in p and (numbered or _noun_in_clause_before(s, p[0])) for p in _from_to(s)):
        return True
    return any(f.source == "total" for f in reading.facts) and any(
        p.anchors and re.fullmatch(r"\s*(?:om|:)?\s*", s[p.end : val.start])
        for p in reading.periods
    )


#: what ends the clause a change's subject is in (a colon only introduces the change)
_CLAUSE_END = re.compile(r"[,;]|\b(?:waarvan|daarvan|hiervan|maar|terwijl)\b", re.IGNORECASE)


_KIND_NAMED = re.compile(r"\b(?:categorie|type|soort)\b", re.IGNORECASE)


def _noun_in_clause_before(s: str, pos: int) -> bool:
    """Whether the clause that ends in the change at `pos` names the items (the subject's
    noun), wherever in the clause: the change is then the number of those items."""
    start = max((m.end() for m in _CLAUSE_END.finditer(s, 0, pos)), default=0)
    noun = _vocab()["noun_re"].search(s, start, pos)
    # `de meldingen in de categorie Fraude (van 11 naar 25)`: one kind's, no total
    return noun is not None and _KIND_NAMED.search(s, noun.end(), pos) is None


def _about_a_kind(val: _Value, reading: _Reading) -> bool:
    """A count of requests, complaints or reports of one kind, named by what they are
    about (`Vijf klachten gingen over bejegening`; its noun left out after another such
    count: `en 139 over ...`). Data leaks have their own kinds (the category vocabulary)."""
    if _SUBJECT.get()[0] == LEAK or val.percent:
        return False
    if _rules()["reporter_about"].match(reading.text[val.end :]):
        return True
    m = _rules()["about_kind"].match(reading.text[val.end :])
    if m is None:
        return False
    if m["noun"] is not None or any(f.source == "kind" for f in reading.facts):
        return True
    # `waarvan 12 over ...`, `gingen er 60 over afval`: a part of the items, its noun left
    # out after the partitive
    before = reading.text[: val.start]
    return _PART_BEFORE.search(before) is not None or _OF_THEM.search(before) is not None


#: `..., in 2021 zeven`: a period and a number closing a clause after a count
_PERIOD_ELIDED = re.compile(r",\s*in\s+(?:19|20)\d\d\s+$", re.IGNORECASE)
#: `ontving de ombudsman er 13`: partitive `er` right before the number
_OF_THEM = re.compile(r"\b(?<!waarvan\s)er\s+$", re.IGNORECASE)
#: `waren dat er 71`, `was het nog 12`: the count just named, its noun left out
_THAT_MANY = re.compile(
    r"\b(?:waren|was)\s+(?:dat|dit|het)\s+(?:er\s+)?(?:(?:nog|maar|welgeteld|slechts)\s+){0,2}$",
    re.IGNORECASE,
)
#: `waarvan 12 over bejegening`: a part of the count named before, its noun left out
_PART_BEFORE = re.compile(r"\b(?:waarvan|daarvan|hiervan)\s+(?:er\s+)?$", re.IGNORECASE)


def _number_of_a_kind(s: str, ctx: _Context) -> bool:
    """A sentence on the number of one kind of requests, complaints or reports (`het aantal
    meldingen van ongewenst gedrag steeg van 64 naar 145`), or one whose subject refers to
    the number the sentence before named so (`Dat steeg van 64 meldingen in 2016 ...`)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    rule = _rules()["aantal_of_kind"]
    if rule.search(s) or _rules()["kind_subject"].match(s):
        return True
    return (
        len(ctx.recent_texts) >= 2
        and _THAT_NUMBER.match(s) is not None
        and rule.search(ctx.recent_texts[-2]) is not None
    )


#: `het er nog`, `dat er`: before a number that restates the count just named
_RESTATED = re.compile(r"\b(?:het|dat)\s+er\s+(?:nog\s+|maar\s+)?$", re.IGNORECASE)


def _counted_kind(val: _Value, s: str) -> str | None:
    """The category of a figure the sentence counts as `het aantal datalekken na een
    cyberaanval` (before the number, in the number's clause or the sentence's first), where
    the qualifier names one kind of incident and the number has no noun of its own."""
    m = _rules()["aantal_kind"].search(s, 0, val.start)
    if m is None:
        return None
    if _rules()["count_noun_after"].match(s[val.end :]) and not _NEW_LEVEL.search(s, 0, val.start):
        return None
    return _one_category(m["kind"])


#: `het aantal meldingen ... na hacking steeg met een kwart naar 902 incidenten`: the new
#: level of the number just named, its noun repeated
_NEW_LEVEL = re.compile(r"\b(?:steeg|daalde|groeide|nam)\b[^,;.]*\bnaar\s+$", re.IGNORECASE)


#: a difference (`5 meer`): what is carried on after it is one, too
_DIFFERENCE = re.compile(r"\d\s+(?:meer|minder)\b", re.IGNORECASE)
#: the last number before a list is a difference (`37 meer`): the list continues it
_DIFFERENCE_BEFORE = re.compile(rf"{_DIFFERENCE.pattern}\D*$", re.IGNORECASE)


def _respective_count(before: str, rules: dict[str, re.Pattern]) -> bool:
    """`meer datalekken, respectievelijk 16 en 14`: a number of a list after
    `respectievelijk` counts the noun named before it."""
    found = list(rules["respectively"].finditer(before))
    if not found or not _vocab()["noun_re"].search(before[: found[-1].start()]):
        return False
    if _DIFFERENCE_BEFORE.search(before, 0, found[-1].start()):
        return False  # `37 meer en voor B en C respectievelijk 19 en 7`: differences, too
    listed = before[found[-1].end() :]
    return re.fullmatch(r"\s*(?:[\d.,]+\s*(?:,|en|and)\s*)*", listed) is not None


def _told_to_data_subjects(val: _Value, s: str) -> bool:
    """`23 datalekken gemeld aan de betrokkenen`: in the number's clause."""
    c0, c1 = _clause_bounds(s, val.start)
    return _vocab()["subject_notice_re"].search(s, c0, c1) is not None


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


#: between a number and its own period: `38 in 2022`, `193 (in 2011)`, `70 (2020)`
_PERIOD_RIGHT_AFTER = re.compile(r"\s*(?:\(\s*(?:in\s+)?|in\s+)?")


def _is_own_period(s: str, end: int, p: _PeriodSpan) -> bool:
    """The period `p` stands right after a number ending at `end` and is its own: `38 in
    2022`, `193 (in 2011)`, and a bracket holding the period alone (`van 70 (2020) naar 122
    (2021)`, a news writer's way to date each level); not `12 (2021: 10)`, whose bracket
    labels another figure."""
    gap = _PERIOD_RIGHT_AFTER.fullmatch(s, end, p.start)
    if gap is None:
        return False
    return "(" not in gap.group() or re.match(r"\s*\)", s[p.end :]) is not None


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
    c0, c1 = _clause_bounds(s, val.start)
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
        if f.period is None:
            f.period = _bracketed_after_period(f, s, reading.periods)
        if f.period is None:
            f.period = _then_period(f, s, reading.periods)
        if f.period is None and not reading.periods and _THEN_OPENS.match(s):
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
        else:
            first.period = None
        if new_level.period is not None and new_level.period.start.year < new_level.period.end.year:
            # `tussen 2013 en 2015 ... van 339 naar 432`: a level is no span's figure
            new_level.period = None


#: `gedaald van 83 naar 64`: a change from one level to another; `tot` is a range (`van 10
#: tot 15`) unless the first level has its own period (`van 193 (in 2011) tot 110`, `van
#: 1.190 (2014) tot 397`)
_FROM_TO = re.compile(
    r"\bvan\s+(?P<x>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:(?P<own>\s+(?:in|over)\s+[^,;.()]{1,30}?|\s*\(\s*(?:in\s+)?[^,;:.()]{1,30}?\))"
    r"(?:\s+[^\W\d]+)?\s+(?:naar|tot)|(?:\s+[^\W\d]+)?\s+naar)"
    r"\s+(?P<y>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d)",
    re.IGNORECASE,
)


def _from_to(s: str) -> list[tuple[int, int]]:
    """(start of the first level, start of the new level) of each change in `s`."""
    return [(m.start("x"), m.start("y")) for m in _FROM_TO.finditer(s)]


def _changes_from_to(reading: _Reading) -> list[tuple[_Fact, _Fact, bool]]:
    """`t.o.v. 2023 van 83 naar 64`: in a change whose new level has no period of its own,
    the first level is the compared period's (named before the change, or right after the
    first level) and the new level the period the context gives; placed here the first
    level, returned (first, new level, placed) for the new level to be placed last. A first
    level no period is named for (`daalde van 83 naar 64`) is some earlier period's: not
    placed (False)."""
    s, out = reading.text, []
    facts = {f.value.start: f for f in reading.facts if f.period is None}
    for x, y in _from_to(s):
        first, new_level = facts.get(x), facts.get(y)
        if first is None or new_level is None or _own_period_after(new_level.value, reading):
            continue
        if not _own_period_after(first.value, reading):
            compared = [p for p in reading.periods if not p.anchors and p.end <= x]
            if not compared or not _is_year(compared[-1].period):
                out.append((first, new_level, False))
                continue
            first.period = compared[-1].period
        out.append((first, new_level, True))
    return out


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
        return Period(date(year, 1, 1), date(year, 12, 31))
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
    periods = find_periods(ctx.recent_texts[-2], _context_year(ctx), ctx.last_year)
    return periods[-1].period if periods else None


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
    that period's, a compared one included; so is the figure that opens such a bracket
    (`ten opzichte van 2017 (126 waarvan 65 ...)`)."""
    return next(
        (p.period for p in periods if re.fullmatch(r"\s*\(\s*", s[p.end : f.value.start])), None
    )


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
        Period(date(years[-1], n, 1), _month_end(years[-1], n))
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
#: figure is that figure's, not the one before it
_COMPARED_FIGURE_BEFORE = re.compile(
    r"\btegen(?:over)?\s+\d[\d.]*\s+(?:[^\W\d]+\s+)?(?:in|over)\s+$", re.IGNORECASE
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


def _page_of(offset: int, page_starts: list[tuple[int, int]]) -> int:
    page_no = page_starts[0][1]
    for start, number in page_starts:
        if start <= offset:
            page_no = number
        else:
            break
    return page_no


def _evidence(text: str, pos: int) -> str:
    if len(text) <= EVIDENCE_CHARS:
        return text
    start = max(0, min(pos - EVIDENCE_CHARS // 2, len(text) - EVIDENCE_CHARS))
    return text[start : start + EVIDENCE_CHARS].strip()


# --------------------------------------------------------------------------- tables


_TABLE_ROW = re.compile(
    r"^\s*(?P<label>[^\d\n|]{2,80}?)\s*[:|]?\s*(?P<n>\d{1,4})\s*(?P<pct>%)?\s*$"
)
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


_COUNT_CELL = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d{1,5}$")


def _count_share_cells(line: str, header: list[Period]) -> bool:
    """Whether a row's last cells are, for each period of `header`, a count and a share
    written with its sign (`Bejegening 40 20% 35 17,5%`)."""
    tokens = line.split()
    k = len(header)
    if len(tokens) <= 2 * k:
        return False
    cells = tokens[len(tokens) - 2 * k :]
    return all(
        _COUNT_CELL.match(count) and _SHARE_CELL.match(share)
        for count, share in zip(cells[::2], cells[1::2], strict=True)
    )


def _header_row_label(label: str) -> tuple[str, str | None, Period | None] | None:
    """A row label under a header of periods: a category, total, unit or month; for
    requests and complaints also a label of a count received (`Aantal ontvangen
    Woo-verzoeken 23 41`), which alone on a line would be a heading (`Klachten 2023`)."""
    if named := _row_label(label):
        return named
    if _SUBJECT.get()[0] != LEAK and (cell := _cell_label(label, "")):
        return cell[0], cell[1], None
    return None


def _row_label(label: str) -> tuple[str, str | None, Period | None] | None:
    """(category, scope, month-without-year) that a table row label names, if any."""
    v = _vocab()
    label = _normalise_plain(label).strip(" '.:-|")
    if v["total_label_re"].fullmatch(label):
        return "total", None, None
    if cat_m := v["category_re"].fullmatch(label):
        category = _category_of_phrase(cat_m.group(0))
        return (category, None, None) if category else None
    scope_label = re.sub(r"^(?:meldingen|datalekken)\s+(?:vanuit\s+)?", "", label, flags=re.I)
    if (scope_m := v["scope_re"].fullmatch(scope_label)) and scope_label.lower() != "vt":
        return "total", _scope_name(scope_m), None
    if label.lower() in v["months"]:
        return "total", None, Period(date(1, v["months"][label.lower()], 1), date(1, 1, 1))
    return None


def _header_row(
    line: str, header: list[Period]
) -> tuple[int, list[tuple[int, float | None, bool]]] | None:
    """(label end, [(offset, value or None if unreadable, percent)]) of a row under `header`.

    The last len(header) tokens are the cells; at most one may be garbled by OCR.
    """
    tokens = list(re.finditer(r"\S+", line))
    k = len(header)
    if len(tokens) <= k:
        return None
    cells = []
    for token in tokens[-k:]:
        if numeric := _NUMERIC_CELL.match(token.group(0)):
            cells.append((token.start(), _cell_number(numeric), bool(numeric[2])))
        elif _GARBLED_CELL.match(token.group(0)):
            cells.append((token.start(), None, False))
        else:
            return None
    if sum(value is None for _, value, _ in cells) > 1:
        return None
    return tokens[-k].start(), cells


def _fill_garbled_cell(cells: list, header: list[Period]) -> None:
    """With a sum column (`Totaal`), one unreadable cell follows from the others."""
    missing = [i for i, (_, value, _) in enumerate(cells) if value is None]
    if not missing or len(header) < 3 or header[-1] != Period(header[0].start, header[-2].end):
        return
    i = missing[0]
    parts = [value for _, value, _ in cells[:-1]]
    if i == len(cells) - 1:
        inferred = sum(parts)
    else:
        inferred = cells[-1][1] - sum(v for v in parts if v is not None)
    if inferred >= 0:
        cells[i] = (cells[i][0], inferred, cells[i][2])


def _table_rows(
    text: str, ctx: _Context
) -> list[tuple[int, str, float, str, Period, str | None, str]]:
    """Rows `Label  N [N ...]` of a table flattened to text.

    Only a label that is exactly a category, `Totaal`, a unit (`SAVE`) or a month counts.
    Several numbers need a header line above with as many periods (`2020 2021`, `Q1 Q2 Q3`,
    `... Totaal`); one number without such a header takes the report's period (a month
    row: that month of the report year). A row under a header in reach that it does not fit
    is not read (a cell was lost: which column a number stands in is unknown).
    """
    rows, month_rows = [], []
    header: list[Period] | None = None
    header_line = -HEADER_REACH - 1
    title = ""  # the header's label column title (`Soort klacht 2021 2022`: kinds)
    shares: list[bool] = []  # per column: a share (`n %` under each period)
    caption: list[str] = []  # the lines without figures right above a header
    body = None  # the unit a table's caption names (`Klachten gemeld bij klachtencommissie`)
    captions: set[str | None] = set()  # the units the captions name (None: the whole)
    breakdown = None  # what a lead line says the rows below break the items down by
    for index, m in enumerate(re.finditer(r"[^\n]+", text)):
        line = m.group(0)
        if header is not None and index == header_line + 1 and not shares:
            sub_title = _share_sub_columns(line, len(header))
            if sub_title is not None:  # each period splits into its count and its share
                header = [period for period in header for _ in range(2)]
                shares, header_line, title = [False, True] * (len(header) // 2), index, sub_title
                continue
        if not _DIGIT.search(line):
            if line.strip():  # a caption is short lines; a paragraph is no caption
                short = _SECTION_END.match(line.strip()) is not None
                caption = [*caption[-1:], line.strip()] if short else []
                breakdown = _breakdown_of(line) or (breakdown if short else None)
            continue
        periods = _header_periods(line, ctx.report)
        if periods:
            header, header_line, shares = periods, index, []
            title = " ".join(_DIGIT_RUN.sub(" ", _placeholder_columns(line)).split())
            body = _caption_unit(" ".join(caption), title, body)
            if caption:
                captions.add(body)
            caption = []
            continue
        caption = []
        # the reach runs from the header or from the last row read under it (a long table)
        under_header = header is not None and index - header_line <= HEADER_REACH
        found, row_shares = (
            _row_under_columns(line, header, shares, title) if under_header else (None, [])
        )
        if found is None:
            found = _lone_number_row(line, m.start(), under_header, ctx, breakdown)
        if found is None:
            breakdown = None  # a line of figures that is no row ends the list
            continue
        (category, scope, month), cells_and_periods = found
        if under_header and len(cells_and_periods) > 1:
            header_line = index
        for i, ((offset, value, percent), period) in enumerate(cells_and_periods):
            percent = percent or (bool(row_shares) and row_shares[i])
            if period is None or value is None:
                continue
            if not percent and not value.is_integer():
                continue
            unit = "percent" if percent else "count"
            item = (m.start() + offset, category, value, unit, period, scope or body,
                    line.strip())  # fmt: skip
            (month_rows if month is not None else rows).append(item)
    if len(month_rows) >= 2:  # one `Maart 10` line alone may be a date; a column of them is not
        rows += month_rows
    if len(captions) < 2:
        # one body's tables only (a committee's own report): its figures are the whole's
        bodies = {name for name in captions if name}
        rows = [(*r[:5], None if r[5] in bodies else r[5], r[6]) for r in rows]
    return rows


def _row_under_columns(
    line: str, header: list[Period], shares: list[bool], title: str
) -> tuple[_TableRow | None, list[bool]]:
    """(row, which of its cells are shares) of a line under a header of periods whose
    columns may split into a count and a share each (`shares`)."""
    if found := _row_under_header(line, header, title):
        return found, shares
    if shares:
        # one cell per period under count-and-share columns (`Totaal 3720 3628 3550`): counts
        return _row_under_header(line, header[::2], title), []
    if _count_share_cells(line, header):
        # each period's count and its share with its sign (`Bejegening 40 20%`)
        return _row_under_header(line, [p for p in header for _ in range(2)], title), []
    return None, []


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


_TableRow = tuple[tuple[str, str | None, Period | None], list[tuple[tuple, Period | None]]]


def _row_under_header(line: str, header: list[Period], title: str = "") -> _TableRow | None:
    """((category, scope, month), [(cell, period)]) of a row whose numbers fit the columns
    of the header above it; a cell is (offset in the line, value, percent). `title`: the
    header's label column title, naming the rows as kinds (`Soort klacht`) or units
    (`Afdeling`): any label not read otherwise is one."""
    parsed = _header_row(line, header)
    if parsed is None:
        return None
    label = line[: parsed[0]].strip(" :|")
    named = _header_row_label(label)
    if named is None and _KIND_TITLE.search(title) and (kind := _kind_label(label)):
        named = (*kind, None)
    elif named is None and _unit_title(title) and label and not _DIGIT.search(label):
        named = ("total", label, None)
    if named and named[2] is None:
        cells = parsed[1]
        _fill_garbled_cell(cells, header)
        return named, list(zip(cells, header, strict=True))
    return None


def _lone_number_row(
    line: str, line_start: int, under_header: bool, ctx: _Context, breakdown: str | None = None
) -> _TableRow | None:
    """A row `Label  N` read without a header: the report's period, or for a month row
    that month of the report's year. Under a header it does not fit (a cell lost or split
    off) the column its number stands in is unknown: not read, and its number consumed.
    Under a lead line breaking the items down (`breakdown`, see `_breakdown_of`) any
    label is a unit or a kind."""
    row = _TABLE_ROW.match(line)
    named = _row_label(row["label"]) if row else None
    if named is None and row and breakdown and not under_header:
        named = _broken_down_label(row["label"].strip(" :|"), breakdown)
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
        period = Period(date(year, month_no, 1), _month_end(year, month_no)) if year else None
    cell = (row.start("n"), float(row["n"]), bool(row["pct"]))
    return named, [(cell, period)]


#: a lead line naming what a list of `Label: N` lines breaks the items down by (`De
#: verdeling over de beleidsterreinen was als volgt:`, `Klachten per afdeling`, `naar
#: onderwerp`)
_BREAKDOWN = re.compile(
    r"\b(?:per|over\s+(?:de|het)|naar)\s+(?P<noun>[^\W\d]+)\b(?![^.!?]*[.!?]\s*$)", re.I
)


#: the column titles of a one-period table: the label column's and a count's (`Onderwerp
#: Aantal`, `Afdeling aantal`)
_TITLE_AND_COUNT = re.compile(
    r"^\s*(?P<noun>[^\W\d]+)\s+(?:aantal|totaal|number|n|#)\s*$", re.IGNORECASE
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
    if noun in heads or noun in heads.values():
        return "unit"
    return "kind" if _KIND_TITLE.fullmatch(noun) else None


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

#: the title of a column of totals: `Aantal meldingen`, `Aantal`, `Meldingen`, `Totaal`
_TOTAL_COLUMN = r"(?:totaal\s+)?aantal(?:\s+(?:gemelde\s+)?(?:{noun}))?|totaal|(?:{noun})"


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
        return Period(date(year, month, 1), _month_end(year, month))
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


# --------------------------------------------------------------------------- tables from word boxes
#
# OCR reads a table line by line only when its columns sit close together; a wide table
# comes out in pieces (the right-hand columns after the page footer, a cell on a line of
# its own), so the text alone cannot say which number stands under which period. The word
# boxes can: a table is rebuilt from them as rows (words at one height, after undoing the
# scan's slight rotation) and columns (numbers under the x-range of a header period).

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


# --------------------------------------------------------------------------- API


class _Figure(NamedTuple):
    """A figure read from the document, before it becomes a row."""

    offset: int  # of its number in doc.text
    category: str
    value: float
    unit: str
    period: Period
    scope: str | None
    evidence: str
    rough: bool = False  # `bijna 27.000`: kept where no exact figure states the same
    handled: bool = False  # requests or complaints counted when handled, not received
    assumed: bool = False  # see `_Fact.assumed`


def extract_incident_counts(document: dict | Doc) -> list[dict]:
    """Incident counts stated in one document (its document model, or a segment_documents
    row plus "pages"), one row per mention (see module doc) with the figure's box and its
    `subject`: data leaks, and Woo/Wob requests, complaints or integrity reports where the
    document is about those (one pass over the document per subject)."""
    doc = as_doc(document)
    if not doc._.pages:
        return []
    raw = doc_text(doc)
    rows = []
    names = _document_subjects(doc, raw)
    if not names:
        return []
    # the periods and sentences read serve every pass over this document (they do not
    # depend on the subject); cleared so that a document's cost does not depend on which
    # documents came before it (and benchmarks stay honest)
    _clear_document_caches()
    stamp = _head_stamp(raw)
    text = _mask(raw, mark_chars(doc) + ([stamp] if stamp else []) + _footnotes(raw))
    sentences = _sentences(doc, text)
    ap_counts = _the_ap_counts(sentences)
    if LEAK in names and ap_counts and _the_aps_complaints(sentences):
        # the complaints a text on the AP's own intake of leak notifications gives are
        # the regulator's work (complaints about any organisation), no organisation's:
        # only the leak figures are counted there (web20 convention); an organisation's
        # report on its complaints and its leaks reported to the AP keeps both
        names = [name for name in names if name != COMPLAINT]
    subjects = [(name, name == LEAK or len(names) == 1) for name in names]
    for key in subjects:
        token = _SUBJECT.set(key)
        try:
            found = _subject_rows(doc, raw, text, sentences, ap_counts)
            if key[0] != LEAK:
                found = _own_subject_rows(found, shared=len(subjects) > 1)
            for row in found:
                del row["_handled"]
            rows += [{**row, "subject": key[0]} for row in found]
        finally:
            _SUBJECT.reset(token)
    return rows


#: the categories a count of requests, complaints or integrity reports has: the kinds of
#: data leak (`verkeerde ontvanger`, `bij de AP`) are no kinds of those
OTHER_SUBJECT_CATEGORIES = ("total", "other")


def _own_subject_rows(rows: list[dict], shared: bool) -> list[dict]:
    """A request, complaint or integrity-report pass keeps totals and named kinds; in a
    document with several subjects only figures whose sentence names the subject's own
    noun (a data-leak report's `Waarvan 31 in de categorie ...` is the leaks').

    Requests and complaints are counted when received; the same items counted later, when
    handled or judged (`239 klachten werden binnen zes weken afgewikkeld`), are a stage of
    them, kept only where the text gives no received count for that period and unit
    (`In 2014 handelden we 8.645 klachten af` as the year's only count)."""
    noun_re = _vocab()["noun_re"]
    rows = [
        row
        for row in rows
        if row["category"] in OTHER_SUBJECT_CATEGORIES
        and (not shared or noun_re.search(row["evidence"]))
    ]

    def key(row: dict) -> tuple:
        return (row["period_start"], row["period_end"], row["category"], row["unit"], row["scope"])

    received = {key(row) for row in rows if not row["_handled"]}
    rows = [row for row in rows if not (row["_handled"] and key(row) in received)]
    # without a received count, the largest of a period's handled counts is the stage's
    # whole; the smaller ones are its parts (`De 38 klachten die we in behandeling namen`,
    # then `31 klachten zijn op deze wijze afgehandeld`, `Vijf zijn nog in behandeling`)
    largest: dict[tuple, float] = {}
    for row in rows:
        if row["_handled"]:
            largest[key(row)] = max(largest.get(key(row), row["value"]), row["value"])
    return [row for row in rows if not row["_handled"] or row["value"] == largest[key(row)]]


#: a decision on one request and its inventory name the request and list documents: they
#: count no requests or complaints received (`in totaal 6 documenten aangetroffen`)
ONE_REQUEST_TYPES = ("woo_decision", "inventory")
#: a subject's cue in the first lines of a document (its title or heading) makes the
#: document about it; elsewhere it takes this many mentions (a complaint named in passing
#: in minutes does not)
SUBJECT_HEAD_LINES = 3
SUBJECT_MENTIONS = 3


#: a section's heading: a short capitalised line without a sentence end or a label's colon
#: (`Wob-verzoeken en raadsvragen`; not `Onderwerp: Wob-verzoek`)
_SUBJECT_HEADING = re.compile(r"^(?-i:[A-Z])[^.!?:;]{2,60}$")


def _document_subjects(doc: Doc, raw: str) -> list[str]:
    """The subjects a document counts."""
    found = [LEAK] if _about_incidents(doc, raw) else []
    if doc._.document.get("doc_type") in ONE_REQUEST_TYPES:
        return found
    lines = [line for line in raw.splitlines() if line.strip()][:SUBJECT_HEAD_LINES]
    head = " ".join([doc._.document.get("title") or "", *lines])
    headings = " ".join(line for line in raw.splitlines() if _SUBJECT_HEADING.match(line.strip()))
    nuisance = _nuisance_cue_re().search(head) is not None
    for name, (cue, head_cue) in _subject_cues().items():
        if name == COMPLAINT and nuisance:
            continue  # complaints about others' nuisance, not about the organisation
        if cue.search(head) or len(cue.findall(raw)) >= SUBJECT_MENTIONS:
            found.append(name)
        elif cue.search(headings):
            found.append(name)  # a section's heading (`Wob-verzoeken`): the figures under it
        elif head_cue is not None and head_cue.search(head):
            found.append(name)
    return found


COMPLAINT = "klacht"
_COMPLAINT_WORD = re.compile(r"klacht", re.IGNORECASE)


def _the_aps_complaints(sentences: list[_Sentence]) -> bool:
    """Whether a sentence names the AP with complaints (`De AP ontving minder meldingen
    van datalekken en minder klachten`): the complaints of the text are the AP's."""
    return any(
        _COMPLAINT_WORD.search(sentence.text) and _AP_HINT.search(sentence.text)
        for sentence in sentences
    )


@cache
def _nuisance_cue_re() -> re.Pattern:
    """The words that name reports of nuisance (`overlastmelding`, `milieuklacht`)."""
    return re.compile(_alt(load_patterns(PATTERN_FILE)["nuisance_cues"]), re.IGNORECASE)


@cache
def _subject_cues() -> dict[str, tuple[re.Pattern, re.Pattern | None]]:
    """Per subject: its document cues, and its cues that count only in a document's first
    lines (`bezwaren` in a title; in minutes, objections to a plan are named often)."""
    subjects = load_patterns(PATTERN_FILE)["subjects"]
    return {
        name: (
            re.compile(_alt(spec["document_cues"]), re.IGNORECASE),
            re.compile(_alt(spec["head_cues"]), re.IGNORECASE) if spec.get("head_cues") else None,
        )
        for name, spec in subjects.items()
    }


def _subject_rows(
    doc: Doc, raw: str, text: str, sentences: list[_Sentence], ap_counts: bool
) -> list[dict]:
    """The rows of one subject's pass over the document (`text`: its masked text, cut into
    `sentences`; `ap_counts`: see `_the_ap_counts`). Each subject claims the generic nouns
    only as a document's one subject (`177 meldingen` in a text on integrity reports)."""
    ctx = _document_context(doc, raw, sentences, ap_counts)
    ctx.text = text
    ctx.units = _unit_headings(text)
    # tables first: a number they read is no figure of the running text around it
    figures = _table_figures(text, doc, ctx) + _running_text_figures(sentences, ctx)
    page_starts = [
        (start, info.page_no) for (start, _), info in zip(page_chars(doc), doc._.pages, strict=True)
    ]
    rows = [_row(doc, figure, page_starts) for figure in figures]
    _one_unit_of_several(rows, ctx)
    if rows and all(row["_offset"] in ctx.body_scoped for row in rows):
        for row in rows:  # one body's figures only (its own report): the whole's
            row["scope"] = None
    rows.sort(key=lambda r: r.pop("_offset"))
    rows = _without_rounded_restatements(_without_rough_repeats(rows), text)
    rows = _without_unscoped_repeats(rows, ctx.organisations)
    rows = _without_assumed_conflicts(rows)
    return _drop_impossible(rows, ctx.organisations)


#: a plural noun right after a number: what the number counts (`6 documenten`)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:en|of|tot|te|per|tegen|tussen|binnen|boven|buiten)\b)([a-z]{3,}(?:en|s))\b"
)


def _counts_another_noun(s: str, end: int) -> bool:
    """Whether a figure of a request, complaint or integrity-report pass counts something
    else, named right after it (`in totaal 6 documenten`; a data-leak pass: never)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    m = _NOUN_AFTER.match(s, end)
    if m is None or _rules()["filed_by"].match(s[end:]):
        return False  # `215 inwoners dienden een klacht in`: those who filed one each
    return not _vocab()["noun_re"].match(s, m.start(1))


def _handled(s: str, pos: int, kind: bool = False) -> bool:
    """Whether the clause of the figure at `pos` counts requests or complaints at a later
    stage than their receipt: handled, judged, objected to (a data-leak pass: never).
    `kind`: the figure counts a kind named by what it is about (`_about_a_kind`)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    c0, c1 = _clause_bounds(s, pos)
    clause = s[c0:c1]
    if kind:
        # what a kind of complaint is about (`over onjuiste afhandeling`) is no stage of it
        clause = _ABOUT_MATTER.sub(" ", clause)
    return _handling_re().search(clause) is not None


#: `over onjuiste communicatie of afhandeling`: the matter a kind of items is about, up
#: to the next clause or finite verb
_ABOUT_MATTER = re.compile(
    r"\bover\s+[^,;.]*?(?=\s+(?:en|zijn|werden|waren|is|was|wordt|worden)\b|[,;.]|$)",
    re.IGNORECASE,
)


@cache
def _handling_re() -> re.Pattern:
    words = _words_alt(load_patterns(PATTERN_FILE)["handling_words"])
    return re.compile(rf"\b(?:{words})", re.IGNORECASE)


def _without_unscoped_repeats(rows: list[dict], organisations: set[str]) -> list[dict]:
    """In a text comparing organisations, a figure without one (a headline `33 datalekken`)
    that the text also states for one of them is that one's figure, stated again."""
    if not organisations:
        return rows

    def key(row: dict) -> tuple:
        return (row["period_start"], row["period_end"], row["category"], row["unit"], row["value"])

    scoped = {key(row) for row in rows if row["scope"] in organisations}
    return [row for row in rows if row["scope"] is not None or key(row) not in scoped]


def _label_total(f: _Fact, s: str) -> bool:
    """`aantal klachten 306`: a total written as a label and its number, no verb between
    (a header line's figure, not a sentence's)."""
    if f.category != "total":
        return False
    noun = _vocab()["noun_alt"]
    return re.search(rf"\baantal\s+(?:{noun})\s*:?\s*$", s[: f.value.start], re.I) is not None


def _without_assumed_conflicts(rows: list[dict]) -> list[dict]:
    """A total that only the report's period dates (`aantal klachten 306` in a page's
    header) is not that period's where a sentence states the period's total as another
    number (`In 2021 hebben cliënten 313 klachten ingediend`): its own period is unknown."""

    def key(row: dict) -> tuple:
        return (row["period_start"], row["period_end"], row["category"], row["unit"], row["scope"])

    stated = {(key(row), row["value"]) for row in rows if not row["_assumed"]}
    stated_keys = {k for k, _ in stated}
    return [
        row
        for row in rows
        if not (
            row.pop("_assumed")
            and key(row) in stated_keys
            and (key(row), row["value"]) not in stated
        )
    ]


def _without_rough_repeats(rows: list[dict]) -> list[dict]:
    """A rough figure (`ruim 70 meldingen`) only where no exact one states the same
    period, category, unit and scope (`73 in 2021`): the exact one is the fact."""

    def key(row: dict) -> tuple:
        return (row["period_start"], row["period_end"], row["category"], row["unit"], row["scope"])

    exact = {key(row) for row in rows if not row["_rough"]}
    return [row for row in rows if not (row["_rough"] and key(row) in exact)]


#: how far (a share of the round figure) an exact figure may lie from the round one that
#: restates it: 104.000 for 103.814 (0.2 %), not 1.500 for 1.532 (another year's, 2 %)
ROUNDED_REACH = 0.005


def _without_rounded_restatements(rows: list[dict], text: str) -> list[dict]:
    """A round count (`236 500 digitale`, `Bijna 104.000 klachten`, a headline's) that
    the text also states exactly (`236 494`, `103.814`: rounding to the round one's own
    last non-zero digit gives it, and within `ROUNDED_REACH` of it) restates that figure:
    only the exact one is a fact, whatever the rules read it as."""
    exact = set()
    for m in _NUMBER_RE.finditer(text):
        if m.group(2) is None and m.group(3) is None:
            exact.add(int(re.sub(r"\D", "", m.group(1))))

    def rounded(value: float) -> bool:
        n = int(value)
        if n != value or n < 1000 or n % 100:
            return False
        step = 10 ** (len(str(n)) - len(str(n).rstrip("0")))
        return any(
            e % 100 and int(e / step + 0.5) * step == n and abs(e - n) <= ROUNDED_REACH * n
            for e in exact
        )

    return [row for row in rows if row["unit"] != "count" or not rounded(row["value"])]


def _about_incidents(doc: Doc, raw: str) -> bool:
    """Whether the document's text or title names data leaks or security incidents."""
    cue = _vocab()["doc_cue_re"]
    return bool(cue.search(raw) or cue.search(doc._.document.get("title") or ""))


def _document_context(doc: Doc, raw: str, sentences: list[_Sentence], ap_counts: bool) -> _Context:
    """The periods a document gives its figures: the report's (title or heading), each
    section heading's, and the totals stated with their own period.

    Totals are read in a first pass so that `Van deze 84 meldingen` links to the period of
    84 wherever in the document that total is stated.
    """
    report = _report_period(doc._.document, raw)
    doc_year = _document_year(doc._.document, raw)
    last_year = _last_year(doc_year, report)
    news = doc._.document.get("doc_type") == "other"
    if report is None and news and (cited := _cited_report_year(raw)) is not None:
        # a news item on an annual report (`aldus het UWV in het jaarverslag over 2024`):
        # its figures are that year's, and undated it was written the year after (a report
        # citing another year's report is not about that year)
        report = Period(date(cited, 1, 1), date(cited, 12, 31))
        if doc_year is None:
            last_year = cited
    elif doc_year is None and last_year is None:
        last_year = _year_restated_of_last_year(sentences) or _year_after_compared(sentences)
    if report is None and news and (lead := _LEAD_YEAR.match(raw)) is not None:
        # a news item whose lead opens with its year (`DEN HAAG - In 2005 hebben ...`) is
        # about that year: its figures without a period of their own are that year's
        report = Period(date(int(lead[1]), 1, 1), date(int(lead[1]), 12, 31))
    # the notifications broken down by sector: a sentence names both (not a report that
    # mentions `de publieke sector` in passing)
    noun_re = _vocab()["noun_re"]
    sectors = any(
        _SECTOR_WORD.search(sentence.text) and noun_re.search(sentence.text)
        for sentence in sentences
    )
    probe = _Context(None, {}, last_year=last_year, sectors=sectors, ap_counts=ap_counts)
    probe.probe = True
    totals: dict[float, Period] = {}
    dated: list[tuple[int, Period]] = []
    for i, sentence in enumerate(sentences):
        for f in _classify(sentence, i, probe):
            if f.period is not None and f.source != "month" and not _compared_figure(f, sentence):
                dated.append((i, f.period))
            if f.category == "total" and f.scope is None and f.period is not None:
                totals.setdefault(f.value.value, f.period)
    ctx = _Context(
        report=report, totals=totals, last_year=last_year, sectors=sectors, ap_counts=ap_counts
    )
    ctx.headings = [_heading_period(sentence.text) for sentence in sentences]
    ctx.sections = [
        (sentences[i].offsets[0], p) for i, p in enumerate(ctx.headings) if p is not None
    ]
    if report is None:
        ctx.latest_year = _latest_figure_year(dated, news)
    return ctx


#: `30 klachten (2016: 33)`: a year opening a bracket labels the figure compared with
_COMPARED_LABEL = re.compile(r"\(\s*(?:19|20)\d\d\s*[:=]\s*$")


def _compared_figure(f: _Fact, sentence: _Sentence) -> bool:
    """A figure labelled as the one compared with (`(2016: 33)`): its year is an earlier
    one's, never the year a report without a period of its own is about."""
    return _COMPARED_LABEL.search(sentence.text, 0, f.value.start) is not None


#: a dating stamp at the head of a text (`date 2020-06`, `Datum: 3 maart 2021`)
_HEAD_DATE = re.compile(
    r"^\W*(?:datum|date)\s*:?\s*(?:(?P<iso>(?:19|20)\d\d)-[01]\d\b"
    r"|(?:[0-3]?\d\s+)?(?P<month>[a-z]+)\s+(?P<year>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


#: a report named with its year (`het jaarverslag over 2023`, `Jaarrapportage Privacy 2019`,
#: `de Klachtenrapportage 2019`, `de klachtenanalyse 2017`): a compound ending in a noun of
#: a report, whatever it reports on
_CITED_REPORT = re.compile(
    # `het jaarverslag van de ombudsman over 2017`: the body whose report it is between
    r"\b[^\W\d]*(?:verslag|rapportage|rapport|verantwoording|analyse)(?:\s+(?:van\s+(?:de|het)\s+)?[A-Za-z]+)?\s+"
    r"(?:over\s+(?:het\s+jaar\s+)?)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


#: a news item's lead opening with a year, after its dateline's place (`DEN HAAG - `)
_LEAD_YEAR = re.compile(
    rf"^\W*(?:{DATELINE_PLACE}\s+[-–]\s+)?In\s+((?:19|20)\d\d)\b(?!\s*[-/–])", re.IGNORECASE
)


def _cited_report_year(raw: str) -> int | None:
    """The year of the one annual report a text names (None for none or several)."""
    years = {int(m.group(1)) for m in _CITED_REPORT.finditer(raw)}
    return years.pop() if len(years) == 1 else None


#: a year written in digits (a year's figure or a date's)
_YEAR_WRITTEN = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _year_restated_of_last_year(sentences: list[_Sentence]) -> int | None:
    """In an undated text, the year `vorig jaar` names where a figure told with it (`kreeg
    vorig jaar 51.110 klachten`) is told again with one year (`In 2014 waren er 51.110
    klachten`); None when no figure or more than one year does so."""
    told = [s.text for s in sentences if _LAST_YEAR.search(s.text)]
    counts = {value for text in told for value in _counts_written(text)}
    years: set[str] = set()
    for s in sentences:
        named = set(_YEAR_WRITTEN.findall(s.text))
        if len(named) == 1 and not _LAST_YEAR.search(s.text) and counts & _counts_written(s.text):
            years |= named
    return int(years.pop()) if len(years) == 1 else None


#: the year a figure is compared with (`tegen 449 in 2013`, `ten opzichte van 2013`, `Waren
#: het in 2015 nog 64`): an earlier year than the one the sentence tells
_COMPARED_YEAR = re.compile(
    r"\b(?:tegen(?:over)?|ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met|dan)\s+"
    r"(?:\d[\d.]*\s+(?:[^\W\d]+\s+)?)?(?:in\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\bin\s+(?P<y2>(?:19|20)\d\d)\s+(?:waren\s+(?:het|dat)\s+(?:er\s+)?)?nog\b",
    re.IGNORECASE,
)


def _year_after_compared(sentences: list[_Sentence]) -> int | None:
    """In an undated text, the year `vorig jaar` names where a sentence tells a figure of
    it against one of an earlier year (`Vorig jaar kreeg de gemeente 612 verzoeken, tegen
    449 in 2013`, `Waren het in 2015 nog 64 bezwaren, vorig jaar waren dat er 39`): a news
    item compares with the year before, so the year after that one; None when no sentence
    or more than one year does so."""
    years = set()
    for s in sentences:
        if not _LAST_YEAR.search(s.text) or len(set(_YEAR_WRITTEN.findall(s.text))) != 1:
            continue
        if m := _COMPARED_YEAR.search(s.text):
            years.add(int(m["y"] or m["y2"]) + 1)
    return years.pop() if len(years) == 1 else None


def _counts_written(text: str) -> set[float]:
    """The whole numbers of a text that may be counts: not a year, not below ten (a
    figure that small repeats by chance)."""
    values = set()
    for m in _NUMBER_RE.finditer(text):
        value = float(re.sub(r"\D", "", m.group(1)))
        if m.group(2) is None and m.group(3) is None and value >= 10:
            values.add(value)
    return {value for value in values if not 1900 <= value <= 2099}


def _last_year(doc_year: int | None, report: Period | None) -> int | None:
    """The year `vorig jaar` names: the one before the year the document was written. In a
    report on an earlier year (`Jaarverslag 2021` written in 2022) it may be the report's
    year (seen from the writing) or the one before (seen from the report's year): None."""
    if doc_year is None:
        return None
    if report is not None and report.start.year < doc_year:
        return None
    return doc_year - 1


def _head_stamp(raw: str) -> tuple[int, int] | None:
    """Where a dating stamp stands at the head of the text (its year is no figure's)."""
    m = _HEAD_DATE.match(raw[:60])
    return m.span() if m else None


def _document_year(document: dict, raw: str) -> int | None:
    """The year the document was written: its date, else a dating stamp on its first line
    (a month is enough to place `vorig jaar`); None for an undated document."""
    doc_date = document.get("doc_date")
    if isinstance(doc_date, date):
        return doc_date.year
    if isinstance(doc_date, str) and re.match(r"(?:19|20)\d\d-", doc_date):
        return int(doc_date[:4])
    m = _HEAD_DATE.match(raw[:60])
    if m is None:
        return None
    if m["iso"]:
        return int(m["iso"])
    return int(m["year"]) if m["month"].lower() in _vocab()["months"] else None


def _table_figures(text: str, doc: Doc, ctx: _Context) -> list[_Figure]:
    """Cells of tables: rebuilt from word boxes, then read from the text's lines (category
    columns, rows under period columns, a headerless `Totaal` row); each number once."""
    figures = []
    word_rows, table_words = _word_table_rows(text, doc, ctx)
    for offset, category, value, unit, period, scope, evidence in word_rows:
        figures.append(_Figure(offset, category, value, unit, period, scope,
                               evidence[:EVIDENCE_CHARS]))  # fmt: skip
    ctx.consumed |= table_words
    cell_rows = _cell_table_rows(text, _context_year(ctx))
    for offset, category, value, period, scope, line in cell_rows:
        ctx.consumed.add(offset)
        if category is None:
            continue  # a cell of a row or column not read: no figure of the text either
        if scope is not None:
            ctx.organisations.add(scope)  # a unit the table compares
        figures.append(_Figure(offset, category, value, "count", period, scope,
                               _normalise_plain(line)[:EVIDENCE_CHARS]))  # fmt: skip
    # in this order: `_table_rows` marks the rows it cannot read as consumed
    for read in (
        lambda: _category_column_rows(text, ctx),
        lambda: [*_table_rows(text, ctx), *_total_row_by_sum(text, ctx, ctx.sections)],
        lambda: _glued_share_rows(text),
    ):
        for offset, category, value, unit, period, scope, line in read():
            if offset in ctx.consumed:
                continue  # a cell of a table read already
            ctx.consumed.add(offset)
            figures.append(_Figure(offset, category, value, unit, period, scope,
                                   _normalise_plain(line)[:EVIDENCE_CHARS]))  # fmt: skip
    return figures


# --------------------------------------------------------------------------- cell tables
#
# Annual reports and web pages print counts of requests and complaints in tables that
# reach the text in one of two shapes: a `|`-separated table (`Ministerie | 2014 | 2015 |
# Totaal |`, one row a line) or a table flattened to one cell per line (the header's years
# on lines of their own, then each row's label and its cells, a line each). Either is read
# as a grid of cells: a header of periods over the columns (a `Totaal` column is the span
# of the years before it), or a header of column labels over rows that each start with
# their year (`jaar | aantal verzoeken | aantal oneigenlijke verzoeken`, then `2012 | 20 |
# 0`). A row or column label says what its cells count: the total (`Totaal aantal
# klachten`, `Aantal ontvangen Wob verzoeken`), a named kind (`Overige klachten`,
# `Bejegeningsklachten`: `other`), or, in a table whose label column names a kind of
# organisation (`Ministerie`), the unit its figures are for (the row label is the scope,
# the `Totaal` row the group: `ministeries`). Labels of how the items were handled or
# judged (`Gegrond`, `Afhandeling ...`) and labels of anything else are not read.

_CELL_VALUE = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d{1,5}$")
_DASH_CELL = re.compile(r"^[-–—]$")
_FOOTNOTE = re.compile(r"\s*(?:\[\d{1,2}\]|\*+|\(\d{1,2}\))\s*$")
_NUMBERING = re.compile(r"^\s*\d{1,2}[.)]\s+")
#: a label column's title naming the rows as years (a transposed table)
_YEAR_TITLE = re.compile(r"^(?:jaar|jaartal|periode|year)$", re.IGNORECASE)
#: how many cells a table flattened one cell per line may hold before its header is stale
CELL_TABLE_REACH = 200


#: (offset, category or None for a cell taken but not read, value, period, scope, row text)
_CellFigure = tuple[int, str | None, float, Period, str | None, str]


class _Cell(NamedTuple):
    offset: int  # in the document text
    text: str  # stripped


def _cell_table_rows(text: str, year: int | None = None) -> list[_CellFigure]:
    """(offset, category, value, period, scope, row text) of the cells of the document's
    `|` tables and tables flattened one cell per line."""
    rows = []
    for cells in _pipe_rows(text, year):
        rows += cells
    rows += _flat_table_rows(_line_cells(text), year)
    rows += _year_row_lines(text)
    rows += _glued_rows(text)
    return rows


#: a caption naming a table's rows as kinds (`Datalekmeldingen, type incident, 2024`)
#: (`Onderwerp 2021 2022`, `Klachten naar thema`: what the items are about; any plural)
_KIND_TITLE = re.compile(
    r"\b(?:type|soort|categorie|category|aard|onderwerp|thema)(?:s|en|ën|'s)?\b", re.IGNORECASE
)
#: a header whose year cells lost their separators (`20142013`)
_GLUED_YEARS = re.compile(r"^\s*((?:(?:19|20)\d\d){2,6})\s*$")
#: a row of glued cells, a count and its share per year (`Totaal8.645100%8.496100%`)
_GLUED_LABEL = re.compile(r"^\s*(?P<label>[^\d\n|]{3,60}?)(?P<cells>\d[\d.,%]*)\s*$")
_GLUED_PAIR = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d{1,3})(\d{1,3}(?:,\d)?)%")
GLUED_REACH = 12


def _glued_rows(text: str) -> list[_CellFigure]:
    """Rows of a table whose cells lost their separators: under a header of glued years,
    a row whose digits split into exactly one count and one share per year (the count
    with its thousands dot, the share before its `%`); only its counts are read."""
    out = []
    years: list[int] = []
    since = GLUED_REACH + 1
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        since += 1
        if header := _GLUED_YEARS.match(line):
            years = [int(y) for y in re.findall(r"(?:19|20)\d\d", header[1])]
            since = 0
            continue
        row = _GLUED_LABEL.match(line) if years and since <= GLUED_REACH else None
        if row is None:
            continue
        pairs = list(_GLUED_PAIR.finditer(row["cells"]))
        if len(pairs) != len(years) or "".join(p.group(0) for p in pairs) != row["cells"]:
            continue
        named = _cell_label(row["label"], "")
        if named is None:
            continue
        for pair, year in zip(pairs, years, strict=True):
            offset = m.start() + row.start("cells") + pair.start(1)
            value = float(pair[1].replace(".", ""))
            period = Period(date(year, 1, 1), date(year, 12, 31))
            out.append((offset, named[0], value, period, named[1], line.strip()))
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


def _share_split(digits: str, total: float) -> tuple[float, float] | None:
    """(count, share) of glued digits whose share is the count's share of `total` in whole
    percents; None where no split or more than one fits."""
    fits = []
    for k in (1, 2, 3):
        count, share = digits[:-k], digits[-k:]
        if not count or count.startswith("0") or (share.startswith("0") and k > 1):
            continue
        if int(share) <= 100 and abs(int(count) * 100 / total - int(share)) < 0.5:
            fits.append((float(count), float(share)))
    return fits[0] if len(fits) == 1 else None


def _line_cells(text: str) -> list[_Cell]:
    """Every non-empty line as a cell (a flattened table's cells are its lines). A line of
    blanks only is an empty cell (text ''): a web page's table prints a cell with no figure
    as a space of its own between the line breaks, where a row break leaves no line; it
    is kept only after a number cell (a row's later column), where it cannot be taken for
    a label or a title."""
    cells: list[_Cell] = []
    for m in re.finditer(r"[^\n]+", text):
        cell = _Cell(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
        if cell.text or (cells and _CELL_VALUE.match(cells[-1].text)):
            cells.append(cell)
    return cells


def _pipe_rows(text: str, year: int | None = None) -> list[list[_CellFigure]]:
    """The cells of `|` tables: lines of at least two `|`, the first one with periods
    in its cells the header; or, under a caption line that states one period (`Meldingen
    per type incident, 1e helft 2024 | |`), rows of one label and one number (data leaks:
    under a caption naming the rows as kinds, `type`, `soort`, `categorie`, any label is
    a kind)."""
    leak = _SUBJECT.get()[0] == LEAK
    out = []
    header: tuple[str, list[Period | None]] | None = None
    caption: tuple[Period, bool] | None = None
    transposed: list[tuple[str, str | None] | None] | None = None
    years: list[int] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if line.count("|") < 2:
            header = caption = transposed = None
            continue
        cells = []
        pos = 0
        for part in line.split("|"):
            stripped = part.strip()
            if stripped:
                cells.append(_Cell(m.start() + pos + part.index(stripped), stripped))
            pos += len(part) + 1
        if not cells:
            continue
        periods = _column_periods([c.text for c in cells[1:]], year)
        if periods:
            header, transposed = (cells[0].text, periods), None
            continue
        if _empty_label_cell(line) and (periods := _column_periods([c.text for c in cells], year)):
            header, transposed = ("", periods), None  # `|  | 2020 | 2021 |`: no column title
            continue
        numbers = [_CELL_VALUE.match(c.text) is not None for c in cells[1:]]
        if _YEAR_TITLE.match(cells[0].text) and len(cells) >= 2 and not any(numbers):
            # `Jaar | Aantal Woo-verzoeken | Aantal besluiten |`: years down the rows
            transposed, header, years = [_cell_label(c.text, "") for c in cells[1:]], None, []
            continue
        if transposed is not None:
            out.append(_transposed_pipe_row(cells, transposed, years, line))
            continue
        if not any(numbers):
            spans = {p.period for p in find_periods(cells[0].text) if p.anchors}
            if len(spans) == 1 and len(cells) == 1:
                caption = (spans.pop(), _KIND_TITLE.search(cells[0].text) is not None)
            continue
        if header is not None:
            out.append(_cell_row(cells[0].text, cells[1:], header, line))
        elif caption is not None and len(cells) == 2 and _CELL_VALUE.match(cells[1].text):
            label = cells[0].text
            named = _kind_row_label(label, caption[1]) if leak else _cell_label(label, "")
            if named is not None:
                value = float(cells[1].text.replace(".", ""))
                out.append([(cells[1].offset, named[0], value, caption[0], named[1], line)])
    return out


#: a transposed table's header flattened to one line: the year title and the one column's
#: title (`Jaartal Gemelde gegevenslekken`, `Jaar Aantal klachten`)
_YEAR_TITLE_LINE = re.compile(r"^\s*(?P<year>\S+)\s+(?P<title>[^\W\d][^\d|:]{2,60}?)\s*:?\s*$")
#: a row of it: a year, or a last `Totaal`, and one number (`2015 13`, `Totaal 1.432`)
_YEAR_ROW_LINE = re.compile(r"^\s*(?P<head>\S+)\s+(?P<value>\d[\d.]*)\s*$")


def _year_row_lines(text: str) -> list[_CellFigure]:
    """The cells of transposed tables flattened one row per line: under a header of the
    year title and one column's title, rows of a year and one number each (a last
    `Totaal` the span of the years), as `_transposed_pipe_row` reads them between `|`."""
    out: list[_CellFigure] = []
    named: list[tuple[str, str | None] | None] | None = None
    years: list[int] = []
    for m in re.finditer(r"^.*$", text, re.MULTILINE):
        line = m.group(0)
        header = _YEAR_TITLE_LINE.match(line)
        if header and _YEAR_TITLE.match(header["year"]):
            named, years = [_cell_label(header["title"], "")], []
            continue
        row = _YEAR_ROW_LINE.match(line)
        if named is None or row is None or not _CELL_VALUE.match(row["value"]):
            named = None  # the table ends at the first line that is no row
            continue
        cells = [_Cell(m.start() + row.start(k), row[k]) for k in ("head", "value")]
        read = _transposed_pipe_row(cells, named, years, line.strip())
        if not read:
            named = None
        out += read
    return out


def _empty_label_cell(line: str) -> bool:
    """Whether a `|` line's first cell (the label column's) is empty (`|  | 2020 |`)."""
    parts = line.split("|")
    first = parts[1] if not parts[0].strip() else parts[0]
    return not first.strip()


def _transposed_pipe_row(
    cells: list[_Cell],
    named: list[tuple[str, str | None] | None],
    years: list[int],
    line: str,
) -> list[_CellFigure]:
    """A row `2021 | 40 | 38 |` under `Jaar | label | label |`: each cell its column's
    figure for the row's year (a last `Totaal` row: the span of the years above); the
    cells of a column whose label is not read are taken, no figure (category None)."""
    head, values = cells[0].text, cells[1:]
    if len(values) != len(named) or not all(_CELL_VALUE.match(c.text) for c in values):
        return []
    if re.fullmatch(r"(?:19|20)\d\d", head):
        years.append(int(head))
        period = Period(date(years[-1], 1, 1), date(years[-1], 12, 31))
    elif _is_total_title(head) and len(years) >= 2:
        period = Period(date(min(years), 1, 1), date(max(years), 12, 31))
    else:
        return []
    return [
        (cell.offset, name[0] if name else None, float(cell.text.replace(".", "")), period,
         name[1] if name else None, line)
        for cell, name in zip(values, named, strict=True)
    ]  # fmt: skip


def _kind_row_label(label: str, kinds: bool) -> tuple[str, str | None] | None:
    """(category, scope) of a data-leak table row under a caption of one period: a label
    that is a category or a total; under a caption naming the rows as kinds, any other
    label is a kind outside the contract's list (`Email met persoonsgegevens`: other)."""
    if named := _row_label(label):
        return (named[0], named[1]) if named[2] is None else None
    if not kinds or _DIGIT.search(label):
        return None
    return _one_category(label) or "other", None


def _column_periods(titles: list[str], year: int | None = None) -> list[Period] | None:
    """The periods of a header's column titles: each a period (`2021`, `Q1 2022`; `Q1` in
    a report on one `year`), a last `Totaal` the span of the periods before it; None unless
    at least two periods."""
    periods: list[Period] = []
    for i, title in enumerate(titles):
        if period := _period_cell(title, year):
            periods.append(period)
        elif i == len(titles) - 1 and i >= 2 and _is_total_title(title):
            periods.append(Period(min(p.start for p in periods), max(p.end for p in periods)))
        else:
            return None
    return periods if len(periods) >= 2 else None


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


def _is_total_title(title: str) -> bool:
    return re.fullmatch(r"(?:totaal|total)\W*", title, re.IGNORECASE) is not None


def _cell_row(
    label: str,
    cells: list[_Cell],
    header: tuple[str, list[Period]],
    line: str,
    named: tuple[str, str | None] | None = None,
) -> list[_CellFigure]:
    """The figures of one row under a header of periods (a dash is no figure; a row
    whose cells do not fit the columns is not read; a row whose label is not read gives
    its cells with category None: taken, no figure). `named`: the row's (category, scope)
    where the caller read its label already."""
    title, periods = header
    if len(cells) != len(periods):
        return []
    named = named or _cell_label(label, title)
    if named is None and _KIND_TITLE.search(title):
        named = _kind_label(label)  # `Soort klacht | 2021 | 2022 |`: the rows are kinds
    # a row not read is still a row of the table: its cells are no figures of the text
    category, scope = named or (None, None)
    out = []
    for cell, period in zip(cells, periods, strict=True):
        if _empty_cell(cell):
            continue
        if not _CELL_VALUE.match(cell.text):
            return []
        out.append((cell.offset, category, float(cell.text.replace(".", "")), period, scope,
                    line))  # fmt: skip
    return out


def _flat_table_rows(cells: list[_Cell], year: int | None = None) -> list[_CellFigure]:
    """The figures of tables flattened to one cell per line: a run of year cells (with a
    last `Totaal`) is a header of periods, each label after it with as many number cells
    its row; a year-title cell (`jaar`) with label cells after it is the header of a
    transposed table, each year cell after it with as many number cells its row."""
    out = []
    i = 0
    while i < len(cells):
        periods, j = _flat_period_header(cells, i, year)
        if periods and (first_row := _sub_column_titles(cells, j, len(periods))):
            rows, i = _grouped_rows(cells, first_row, periods)
            out += rows
            continue
        if periods:
            # the label column's title just above the years: `Type melding` names the
            # rows as kinds, `Afdeling` as units
            title = cells[i - 1].text if i > 0 else ""
            rows, i = _flat_rows(cells, j, periods, title)
            out += rows
            continue
        if _YEAR_TITLE.match(cells[i].text):
            rows, i = _transposed_rows(cells, i)
            out += rows
            continue
        i += 1
    return out


def _flat_period_header(
    cells: list[_Cell], i: int, year: int | None = None
) -> tuple[list[Period] | None, int]:
    if i < len(cells) and (years := _years_in_one_cell(cells[i].text)):
        # the header's year cells in one line (`2015 2016 2017`, glued `201520162017`)
        # above rows flattened one cell per line
        return _column_periods(years, year), i + 1
    j = i
    titles = []
    while j < len(cells) and (
        _period_cell(cells[j].text, year) or (titles and _is_total_title(cells[j].text))
    ):
        titles.append(cells[j].text)
        j += 1
        if _is_total_title(titles[-1]):
            break
    periods = _column_periods(titles, year) if len(titles) >= 2 else None
    return periods, j


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


#: a cell of a share (`22%`, `1,3%`)
_SHARE_CELL = re.compile(r"^\d{1,3}(?:,\d+)?\s*%$")
#: the first sub-column's title under each period: the count the others qualify
_COUNT_TITLE = re.compile(r"^(?:totaal\s+)?(?:aantal|totaal|number|n)$", re.IGNORECASE)
#: how many caption cells may stand between a header of periods and its sub-columns' titles
CAPTION_CELLS = 2


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


def _grouped_rows(
    cells: list[_Cell], j: int, periods: list[Period]
) -> tuple[list[_CellFigure], int]:
    """Rows `label, n, ...` under periods split into sub-columns: a row's cells fall into
    one group per period, the first cell of each its count (the others parts or shares of
    it; a row that fills the first sub-column only has one cell per period). A label
    without cells is a sub-heading; the rows under one of a stage (`Afgehandeld`) and rows
    whose cells do not split evenly are taken, not read; the table ends at a line of
    prose or a number without a label."""
    out: list[_CellFigure] = []
    k = len(periods)
    handled = False
    while j < len(cells):
        label = cells[j].text
        end = j + 1
        while end < len(cells) and (_value_cell(cells[end]) or _empty_cell(cells[end])):
            end += 1
        values = cells[j + 1 : end]
        if _value_cell(cells[j]) or label.endswith((".", "!", "?")):
            break
        if not values:
            handled = _handling_re().search(label) is not None
            j = end
            continue
        width = len(values) // k
        named = None if handled or width * k != len(values) else _cell_label(label, "")
        line = " ".join(c.text for c in cells[j:end])
        for n, cell in enumerate(values):
            first = width and n % width == 0 and width * k == len(values)
            if _empty_cell(cell) or _SHARE_CELL.match(cell.text):
                continue
            value = float(cell.text.replace(".", ""))
            if first and named is not None:
                period = periods[n // width]
                out.append((cell.offset, named[0], value, period, named[1], line))
            else:  # taken: no figure of the running text either
                out.append((cell.offset, None, value, periods[0], None, line))
        j = end
    return out, j


#: a sub-heading over rows that are a part of the items (`Waarvan`, `..., waarvan na
#: toetsing blijkt ...:`): a bare `Totaal` closing them is the part's sum, not the total
_PART_HEADING = re.compile(r"\bwaarvan\b", re.IGNORECASE)
SUBHEADING_CHARS = 40


def _flat_rows(
    cells: list[_Cell], j: int, periods: list[Period], title: str = ""
) -> tuple[list[_CellFigure], int]:
    """Rows `label, n, n, ...` after a flattened header; a label without cells (a
    sub-heading: `Waarvan`, or any line ending in a colon) is passed over, and one naming
    kinds (`Aard van de melding`) makes the rows under it kinds, as the label column's
    `title` may make all rows; the table ends at the first cell that fits no row."""
    kinds = _KIND_TITLE.search(title) is not None
    out = []
    k = len(periods)
    part = under_kinds = False
    while j < len(cells):
        label = cells[j].text
        if not label:  # an empty cell between rows: nothing of the table
            j += 1
            continue
        if _CELL_VALUE.match(label) or re.fullmatch(r"(?:19|20)\d\d", label):
            break
        values = cells[j + 1 : j + 1 + k]
        # a dash or a blank is an empty cell (`Misbruik - 3`: no figure for the first column)
        dashes = [_empty_cell(c) for c in values]
        fit = all(d or _CELL_VALUE.match(c.text) for c, d in zip(values, dashes, strict=True))
        if len(values) == k and fit and not all(dashes):
            line = " ".join(c.text for c in cells[j : j + 1 + k])
            named = _flat_row_label(label, kinds or under_kinds, part, title)
            out += _cell_row(label, values, ("", periods), line, named or (None, None))
            part = part and not _is_total_title(label)  # the part's sum closes it
            j += 1 + k
        elif short := _short_row(cells, j, k):
            # a row that lost an empty cell: which column each number stands in is
            # unknown, so its numbers are taken, not read, and the rows below still are
            line = " ".join(c.text for c in cells[j : j + 1 + short])
            out += [(c.offset, None, float(c.text.replace(".", "")), periods[0], None, line)
                    for c in cells[j + 1 : j + 1 + short]]  # fmt: skip
            j += 1 + short
        elif (
            j + 1 < len(cells)
            and not _CELL_VALUE.match(cells[j + 1].text)
            and (
                len(label) < SUBHEADING_CHARS
                or label.endswith(":")
                or (_KIND_TITLE.search(label) is not None and not label.endswith("."))
            )
        ):
            # a sub-heading over the rows below it
            part = _PART_HEADING.search(label) is not None
            under_kinds = _KIND_TITLE.search(label) is not None
            j += 1
        else:
            break
    return out, j


def _empty_cell(cell: _Cell) -> bool:
    """A cell with no figure: a dash, or blanks only."""
    return not cell.text or _DASH_CELL.match(cell.text) is not None


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


def _flat_row_label(
    label: str, kinds: bool, part: bool, title: str = ""
) -> tuple[str, str | None] | None:
    """(category, scope) of a flattened table's row: under a sub-heading of a part, a
    bare `Totaal` is the part's sum (not read); among kinds, any label not read otherwise
    names a kind outside the contract's list (`other`)."""
    if part and _is_total_title(label):
        return None
    if named := _cell_label(label, title):
        return named
    return _kind_label(label) if kinds else None


def _kind_label(label: str) -> tuple[str, str | None] | None:
    """(category, scope) of a row label in a table whose label column names kinds (`Type
    melding`, `Soort klacht`): a kind outside the contract's list is `other`; a label
    with a digit, or one of how the items were handled, is not read."""
    if _DIGIT.search(label) or _handling_re().search(label):
        return None
    if _SUBJECT.get()[0] == LEAK:
        return _kind_row_label(label, True)
    return "other", None


def _transposed_rows(cells: list[_Cell], i: int) -> tuple[list[_CellFigure], int]:
    """Rows `year, n, n, ...` under a header `jaar, label, label, ...`; a last `Totaal` row
    is the span of the years above it."""
    j = i + 1
    titles = []
    while j < len(cells) and not _CELL_VALUE.match(cells[j].text) and len(titles) < 6:
        titles.append(cells[j].text)
        j += 1
    named = [_cell_label(title, "") for title in titles]
    if not titles or all(n is None for n in named):
        return [], i + 1
    out, years = [], []
    k = len(titles)
    while j + 1 < len(cells):
        head = cells[j].text
        values = cells[j + 1 : j + 1 + k]
        if j + 1 + k >= len(cells) and values and not _table_cell(values[-1]):
            values = values[:-1]  # the text breaks off in its last row's last cell
        elif len(values) < k or not all(_table_cell(c) for c in values):
            break
        if re.fullmatch(r"(?:19|20)\d\d", head):
            year = int(head)
            years.append(year)
            period = Period(date(year, 1, 1), date(year, 12, 31))
        elif _is_total_title(head) and len(years) >= 2:
            period = Period(date(min(years), 1, 1), date(max(years), 12, 31))
        else:
            break
        line = " ".join(c.text for c in cells[j : j + 1 + k])
        for cell, name, title in zip(values, named, titles, strict=False):
            if name is not None and _CELL_VALUE.match(cell.text):
                # the column's title says what the cell counts (`Wob-verzoeken`)
                out.append((cell.offset, name[0], float(cell.text.replace(".", "")), period,
                            name[1], f"{title}: {line}"))  # fmt: skip
        j += 1 + k
    return out, j


def _table_cell(cell: _Cell) -> bool:
    """A number, or a cell that says there is none (`-`, `onbekend`)."""
    return bool(
        _empty_cell(cell)
        or _CELL_VALUE.match(cell.text)
        or cell.text.casefold() in _vocab()["data"]["empty_cells"]
    )


def _cell_label(label: str, column_title: str) -> tuple[str, str | None] | None:
    """(category, scope) a row or column label gives its cells, None for one not read."""
    v = _vocab()
    label = _NUMBERING.sub("", _FOOTNOTE.sub("", _normalise_plain(label))).strip(" :")
    # a bracketed qualifier (`meldingen van (vermoedelijke) schendingen`) names no other item
    label = re.sub(r"\s*\([^()]*\)\s*", " ", label).strip()
    if not label or _handling_re().search(label) or re.match(r"geen\b", label, re.I):
        return None  # judged (`Gegrond`) or judged no such item (`Geen klacht`)
    group = _organisation_group(column_title)
    if _is_total_title(label):
        return ("total", group) if group else ("total", None)
    if group:
        return "total", label  # a unit of the organisations the table compares
    if _unit_title(column_title) and not _DIGIT.search(label):
        return "total", label  # a unit of the organisation (`Afdeling`, `Per cluster`)
    if _SUBJECT.get()[0] == LEAK:
        named = _row_label(label)  # `Totaal aantal meldingen`, `Verkeerde ontvanger`
        if named is None:
            # `Gemelde gegevenslekken`: the count received, as of complaints
            return ("total", None) if _received_count_label(label) else None
        return (named[0], named[1]) if named[2] is None else None
    if _received_count_label(label):
        return "total", None
    noun = v["noun_alt"]
    kind = re.fullmatch(rf"(?:aantal\s+)?(?P<kind>[^\W\d]+)\s+(?:{noun})", label, re.IGNORECASE)
    compound = re.fullmatch(rf"(?P<kind>[^\W\d]{{4,}})(?:{noun})", label, re.IGNORECASE)
    if kind or compound:
        return "other", None
    return None


def _received_count_label(label: str) -> bool:
    """A label naming the items received (`Aantal ontvangen klachten`, `Gemelde
    datalekken`, `Klachten ontvangen`, `Totaal bezwaarschriften`)."""
    v = _vocab()
    received = _words_alt(v["data"]["received_adjectives"])
    return bool(
        re.fullmatch(
            rf"(?:(?:totaal|total)\s+)?(?:aantal\s+)?(?:(?:{received})\s+)?(?:{v['noun_alt']})"
            # `Klachten ontvangen`, `Bezwaarschriften ingediend`: the received count too
            r"(?:\s+(?:ontvangen|ingediend|binnengekomen|ingekomen|gemeld|geregistreerd))?",
            label,
            re.IGNORECASE,
        )
    )


def _unit_title(title: str) -> bool:
    """A label column's title naming the organisation's units (`Afdeling`, `Per cluster`,
    `Bezwaarcommissie`): the head nouns of the vocabulary, singular or plural."""
    heads = _vocab()["data"]["unit_head_nouns"]
    words = re.sub(r"^per\s+", "", title.strip().lower()).strip(" :")
    return words in heads or words in heads.values()


def _organisation_group(title: str) -> str | None:
    """The group a label column's title names in the singular (`Ministerie` ->
    `ministeries`), from the vocabulary's organisation groups."""
    title = title.strip().lower()
    if len(title) < 4:
        return None
    groups = _vocab()["data"]["organisation_groups"]
    return next((g for g in groups if g.startswith(title) and len(g) - len(title) <= 3), None)


def _running_text_figures(sentences: list[_Sentence], ctx: _Context) -> list[_Figure]:
    """Figures of the sentences, in order, each sentence updating the context the next
    ones are read in (section period, list under a total, last total, carried share)."""
    figures = []
    organisations = _organisations(sentences, ctx.text)
    if organisations:
        ctx.organisations |= {m.name for names in organisations for m in names.mentions}
    elif ctx.ap_counts:
        ctx.group = _group_the_ap_counts(sentences)
    for i, sentence in enumerate(sentences):
        _enter_sentence(sentence, i, ctx)
        figures += _unit_list_figures(sentence, ctx)
        if (items := _labelled_item_figures(sentences, i, ctx)) is not None:
            figures += items
            continue
        last_category = None
        # a figure of several periods (`beide`) or sectors (`hetzelfde percentage`): one
        # fact each, from one number
        shared: set[int] = set()
        for f in _classify(sentence, i, ctx):
            doc_offset = sentence.offsets[f.value.start]
            repeat = f.source in ("both", "same") and doc_offset in shared
            if (doc_offset in ctx.consumed and not repeat) or f.period is None:
                continue
            shared.add(doc_offset)
            if _counts_another_noun(sentence.text, f.value.end):
                continue
            ctx.consumed.add(doc_offset)
            unit = "percent" if f.value.percent else "count"
            scope = f.scope
            if scope is None and organisations and not f.intake:
                scope = _organisation_of(f.value.start, sentence.text, organisations[i])
            if scope is None and ctx.group and (not f.intake or ctx.group in sentence.text):
                scope = ctx.group  # not the AP's intake over all organisations
            if scope is None and _named_units_count(sentence.text, f.value):
                continue
            if scope is None and not f.intake and (scope := _section_unit(doc_offset, ctx)):
                ctx.heading_scoped.add(doc_offset)
            if f.scope is not None and _rules()["body_before"].search(
                sentence.text[: f.value.start]
            ):
                ctx.body_scoped.add(doc_offset)
            figures.append(_Figure(doc_offset, f.category, f.value.value, unit, f.period,
                                   scope, _evidence(sentence.text, f.value.start),
                                   f.rough,
                                   _handled(sentence.text, f.value.start, f.source == "kind"),
                                   f.assumed))  # fmt: skip
            if f.category == "total" and f.scope is None and f.source == "total":
                ctx.last_total, ctx.last_total_sentence = f.period, i
                if ctx.list_anchor is not None and f.period != ctx.list_anchor:
                    ctx.list_anchor, ctx.list_anchor_sentence = f.period, i
            # a sector's share carries nothing: a share in the next sentence is another
            # sector's, whose name the carried reading would leave out
            last_category = None if f.source == "sector" else f.category
        if last_category is not None:
            ctx.carry_category, ctx.carry_sentence = last_category, i
    return figures


#: `de Telegraaf (23 verzoeken)`: a count in brackets right after a name is that one's
_AFTER_NAME = re.compile(r"(?-i:(?P<name>[A-Z][\w-]+))\s*\(\s*(?:[^\W\d]+\s+)?$")
_AP_BEFORE_BRACKET = re.compile(rf"\b{_AP_NAME}\s*\(\s*(?:[^\W\d]+\s+)?$", re.IGNORECASE)
_BRACKET_COUNT_END = re.compile(r"\s+(?P<noun>[^\W\d][\w-]*)\s*\)")


def _named_units_count(s: str, val: _Value) -> bool:
    """Whether a figure is the count of a unit named right before its bracket (a party,
    a department: `de Telegraaf (23 verzoeken)`, `Kees van Oosten (ook 23 verzoeken)`); with
    no scope read for it, it is nobody's figure of the text's subject."""
    name = _AFTER_NAME.search(s, 0, val.start)
    counted = _BRACKET_COUNT_END.match(s, val.end)
    if val.percent or name is None or counted is None:
        return False
    noun_re = _vocab()["noun_re"]
    if noun_re.search(name["name"]) or _AP_BEFORE_BRACKET.search(s, 0, val.start):
        return False  # `bij de AP (22 meldingen)`, `Wob-verzoeken (41 verzoeken)`
    return noun_re.fullmatch(counted["noun"]) is not None


#: one item of a list of units with their figures: a capitalised name or acronym right
#: before its count, its share in brackets after it (`DPZ 966 (37%)`, `Noord 12`)
_UNIT_ITEM = (
    r"(?-i:(?P<name{i}>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}}))\s+"
    r"(?P<n{i}>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,5}})(?:\s+(?P<noun{i}>[^\W\d]+))?"
    r"(?:\s*\(\s*(?P<pct{i}>\d{{1,3}}(?:[.,]\d)?)\s*%\s*\))?"
)
#: two to six such items joined by commas and a last `en`, after a colon
UNIT_LIST_ITEMS = 6


@cache
def _unit_list_re() -> re.Pattern:
    items = [_UNIT_ITEM.format(i=i) for i in range(UNIT_LIST_ITEMS)]
    # the middle items nest as optional groups: `A 1, B 2 en C 3`, `A 1 en C 3`
    middle = "".join(rf"(?:,\s+{item}" for item in items[1:-1]) + ")?" * (UNIT_LIST_ITEMS - 2)
    return re.compile(rf":\s*{items[0]}{middle},?\s+en\s+{items[-1]}")


def _unit_list_figures(sentence: _Sentence, ctx: _Context) -> list[_Figure]:
    """`ontvangen bij de diensten: DPZ 966 (37%), SZW 798 (30%) en DSB 261 klachten (10%)`:
    after a colon, units named each right before its count (its share in brackets) are
    compared; each figure is its unit's (scope), in the sentence's one period or the
    context's. Only in a sentence that names the subject's noun."""
    s = sentence.text
    if ":" not in s or not _vocab()["noun_re"].search(s):
        return []
    m = _unit_list_re().search(s)
    if m is None:
        return []
    spans = {p.period for p in find_periods(s, _context_year(ctx), ctx.last_year) if p.anchors}
    period = spans.pop() if len(spans) == 1 else ctx.report if not spans else None
    if period is None:
        return []
    noun_re = _vocab()["noun_re"]
    figures = []
    for i in range(UNIT_LIST_ITEMS):
        name = m.group(f"name{i}")
        if name is None:
            continue
        noun = m.group(f"noun{i}")
        if noun and not noun_re.fullmatch(noun) and noun.lower() not in ("en",):
            return []  # `Noord 12 dagen`: not a count of the items
        if name.lower() in _vocab()["months"] or name.lower() in _vocab()["number_words"]:
            return []
        for group, unit in (("n", "count"), ("pct", "percent")):
            text = m.group(f"{group}{i}")
            if text is None:
                continue
            start = m.start(f"{group}{i}")
            offset = sentence.offsets[start]
            if offset in ctx.consumed:
                continue
            ctx.consumed.add(offset)
            value = float(text.replace(".", "") if unit == "count" else text.replace(",", "."))
            figures.append(_Figure(offset, "total", value, unit, period, name,
                                   _evidence(s, start)))  # fmt: skip
        ctx.organisations.add(name)
    return figures


#: an organisation's name: capitalised words, joined by `en` for a sum (`Eindhoven en
#: Helmond`) or by a lower-case particle inside a name (`Bergen op Zoom`)
_ORG_NAME = r"[A-Z][\w-]+(?:\s+(?:(?:op|aan|den|en)\s+)?[A-Z][\w-]+)*"
#: a place: capitalised words of letters only (`in Q1` is a period)
_PLACE_WORD = r"(?:IJ|[A-Z])[a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*"
_PLACE_NAME = rf"{_PLACE_WORD}(?:\s+(?:en\s+)?{_PLACE_WORD})*"
#: what an organisation does with its own figures (`Eindhoven noteerde 17`, `Ontving DUO`)
_COUNTING_VERB = r"(?i:noteerde|registreerde|meldde|telde|kreeg|ontving|rapporteerde|deed)"
_ORG_RE = re.compile(
    rf"\b[Gg]emeenten?\s+(?P<org>{_ORG_NAME})"
    # `het ministerie van Economische Zaken en Klimaat`: the name without its head noun
    rf"|\b[Mm]inisterie\s+van\s+(?P<ministry>{_ORG_NAME})"
    rf"|^(?P<subject>{_ORG_NAME})\s+{_COUNTING_VERB}\b"
    # the subject after its verb: `Ontving DUO in 2021 nog 113 meldingen`
    rf"|\b{_COUNTING_VERB}\s+(?:de\s+|het\s+)?(?P<inverted>{_ORG_NAME})"
    rf"|\b[Ii]n\s+(?P<place>{_PLACE_NAME})\b"
)
#: capitalised words that open a sentence without naming anybody
_NOT_ORG = {
    "de", "het", "een", "dat", "dit", "die", "deze", "er", "in", "ook", "wij", "we", "zij",
    "ze", "hij", "men", "vorig", "afgelopen", "bij", "van", "over", "daarnaast", "totaal",
}  # fmt: skip


def _proper_name(word: str, text: str) -> bool:
    """A capitalised word that is a name: the text also writes it capitalised inside a
    sentence (`in Helmond`, `Eindhoven en Helmond`), or initials (`DUO kreeg ...`: no word
    of the language is written in capitals)."""
    if re.fullmatch(r"[A-Z]{2,6}", word):
        return True
    return re.search(rf"(?<=[a-z,])\s+{re.escape(word)}\b", text) is not None


class _OrgMention(NamedTuple):
    pos: int
    name: str
    place: bool  # `in Drenthe`: where the figure was counted, before who counted it
    whole: bool = False  # one organisation's name, `en` included (`Justitie en Veiligheid`)


class _OrgNames(NamedTuple):
    """The organisations a sentence names, and the one named before it in the same
    paragraph."""

    mentions: list[_OrgMention]
    carried: str | None


def _org_mentions(sentence: str, text: str) -> list[_OrgMention]:
    """The organisations and places a sentence names as the unit of its figures."""
    mentions = []
    for m in _ORG_RE.finditer(sentence):
        kind = m.lastgroup
        name = m[kind]
        first = name.split()[0]
        if first.lower() in _NOT_ORG or first.lower() in _vocab()["months"]:
            continue
        if kind in ("subject", "inverted") and not _proper_name(first, text):
            continue  # `Tevens registreerde ...`: a capital of the sentence start
        if kind == "place" and not (
            _ADVERBIAL_START.search(sentence[: m.start()]) or _counted_in(sentence, m.start())
        ):
            continue  # `een van de grootste gemeenten in Nederland`: describes a noun
        mentions.append(_OrgMention(m.start(kind), name, kind == "place", kind == "ministry"))
    return mentions


def _counted_in(sentence: str, pos: int) -> bool:
    """A place right after a count and its noun (`345 bezwaarschriften in Doetinchem
    ontvangen`): where the items counted were received."""
    noun = _vocab()["noun_alt"]
    return re.search(rf"\d\s+(?:{noun})\s+$", sentence[:pos], re.IGNORECASE) is not None


#: what may stand before a place that opens its clause (`Alleen in Friesland`)
_ADVERBIAL_START = re.compile(r"(?:^|[,;:])\s*(?:\w+\s+)?$")


def _org_key(name: str) -> str:
    """One key for a name and its initials (`Autoriteit Persoonsgegevens`, `AP`)."""
    words = name.split()
    return "".join(w[0] for w in words).upper() if len(words) > 1 else name.upper()


def _organisations(sentences: list[_Sentence], text: str) -> list[_OrgNames] | None:
    """Per sentence, the organisations its figures may be about, where the text compares
    organisations (`Eindhoven noteerde 17 datalekken. ... Helmond registreerde in 2016 16
    incidenten.`), or a group of them and a member (`Diverse ministeries ... In totaal gaat
    het om 286 lekken. ... het ministerie van Economische Zaken ... noteerde 125`): those it
    names (`gemeente X`, `ministerie van X`, `X registreerde`, `in X`; the group where it
    names no member), and the one named last before it in the same paragraph. A sum over
    the units (`In totaal ...`) is the group's named in its sentence, the one before or the
    text's lead. None for a text that
    names one organisation only in its sentences about incidents: it is about that one."""
    noun_re = _vocab()["noun_re"]
    named = [_org_mentions(sentence.text, text) for sentence in sentences]
    groups = [
        _group_mentions(sentence.text) if noun_re.search(sentence.text) else []
        for sentence in sentences
    ]
    about = [
        m
        for sentence, mentions in zip(sentences, named, strict=True)
        if noun_re.search(sentence.text)
        for m in mentions
    ]
    out: list[_OrgNames] = []
    group_sums = set()
    for i, mentions in enumerate(named):
        # the group a sum is over: named in its sentence, the one before, or the text's lead
        near = [m.name for j in (0, i - 1, i) if j >= 0 for m in groups[j]]
        last_group = near[-1] if near else None
        carried = None
        grand_total = _rules()["grand_total"].search(sentences[i].text)
        if i and not grand_total:
            gap = text[sentences[i - 1].offsets[-1] : sentences[i].offsets[0]]
            if not re.search(r"\n\s*\n", gap):
                before = out[-1]
                carried = before.mentions[-1].name if before.mentions else before.carried
        elif grand_total and not mentions and last_group and _DIGIT.search(sentences[i].text):
            carried = last_group  # the sum over the units compared
            group_sums.add(last_group)
        out.append(_OrgNames(mentions, carried))
    # a member and the group's sum compare too (`ministeries ... In totaal 286`, `het
    # ministerie van X ... 125`)
    return out if len(_distinct(about) | group_sums) >= 2 else None


def _distinct(mentions: list[_OrgMention]) -> set[str]:
    """One key per organisation named: a name and its initials are one (`Autoriteit
    Persoonsgegevens`, `AP`), a ministry's shortened name and its full one too (`Justitie`,
    `Justitie en Veiligheid`; but `Oss` and `Oss en Uden` are two)."""
    wholes = {m.name for m in mentions if m.whole}
    return {
        _org_key(m.name)
        for m in mentions
        if not any(w != m.name and w.startswith(m.name + " ") for w in wholes)
    }


@cache
def _group_re() -> re.Pattern:
    """A group of organisations named in the plural (`ministeries`, `de provincies`)."""
    groups = _words_alt(_vocab()["data"]["organisation_groups"])
    return re.compile(rf"\b(?:{groups})\b", re.IGNORECASE)


def _group_mentions(sentence: str) -> list[_OrgMention]:
    return [
        _OrgMention(m.start(), m.group(0).lower(), False) for m in _group_re().finditer(sentence)
    ]


def _group_the_ap_counts(sentences: list[_Sentence]) -> str | None:
    """In a text on the AP's figures, the one group of organisations its notifications are
    about (`kwamen er bij de AP 331 meldingen binnen over gemeenten`; not `van gemeenten`,
    which may be a part of the intake beside other reporters' parts): the
    text's figures are that group's (`In 2016 ging het om 533 incidenten`, `In 41 procent
    van de gevallen ...`). None where the text names another group beside it, or names the
    group otherwise (`ziekenhuizen hebben 304 keer melding gemaakt`, beside the AP's intake
    over all organisations)."""
    noun_re = _vocab()["noun_re"]
    named = {
        m.lower()
        for sentence in sentences
        if noun_re.search(sentence.text)
        for m in _group_re().findall(sentence.text)
    }
    if len(named) != 1:
        return None
    group = named.pop()
    about = re.compile(
        rf"(?:{_vocab()['noun_alt']})\s+(?:binnen\s+)?over\s+(?:de\s+)?"
        rf"{re.escape(group)}\b",
        re.IGNORECASE,
    )
    for sentence in sentences:
        s = sentence.text
        if _AP_HINT.search(s) and _AP_RECEIVES.search(s) and about.search(s):
            return group
    return None


def _organisation_of(pos: int, s: str, names: _OrgNames) -> str | None:
    """The organisation a figure at `pos` is about: the nearest one named in its clause
    (a place first), else in its sentence, else the one carried from before. Units named
    together take the figures after `respectievelijk` in order."""
    c0, c1 = _clause_bounds(s, pos)
    in_clause = [m for m in names.mentions if c0 <= m.pos < c1]
    for pool in ([m for m in in_clause if m.place], in_clause, names.mentions):
        if pool:
            nearest = min(pool, key=lambda m: abs(m.pos - pos))
            return _respective_unit(nearest, pos, s)
    return names.carried


def _respective_unit(mention: _OrgMention, pos: int, s: str) -> str:
    """`in Friesland en Noord-Brabant ..., respectievelijk 16 en 14`: the unit of the
    figure at `pos`; the named units themselves otherwise."""
    respectively = _rules()["respectively"].search(s, mention.pos)
    units = re.split(r",\s*|\s+en\s+", mention.name)
    if respectively is None or respectively.end() > pos or len(units) < 2:
        return mention.name
    index = len(_DIGIT_RUN.findall(s, respectively.end(), pos))
    return units[index] if index < len(units) else mention.name


#: a list item of a label and its count (`- Burgerzaken: 12 klachten`, `Wachttijd: 4`)
_LABELLED_ITEM = re.compile(
    r"^[-•*·▪\s]{0,4}(?P<label>[^\W\d][^:\d]{1,50}?)\s*:\s*"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?P<rest>\s+[^\d]*)?$"
)
#: an item of a list of kinds each with its share (`de behandeltermijn (29,9%)`)
_SHARE_ITEM = re.compile(
    r"^[-•*·▪\s]{0,4}(?P<label>[^\W\d][^:\d()]{1,50}?)\s*\(\s*(?P<n>\d{1,3}(?:,\d{1,2})?)\s*%\s*\)"
    r"\s*(?:en|,|;)?\s*$"
)
#: a list's lead naming its items as kinds (`per onderwerp`, `Soort klacht:`, `De klachten
#: hadden te maken met:`)
_KIND_LEAD = re.compile(
    r"\b(?:type|soort|soorten|categorie|categorieën|aard|onderwerp|onderwerpen|thema|thema's"
    r"|reden|redenen|te\s+maken\s+met|gingen\s+over|hadden\s+betrekking\s+op)\b",
    re.IGNORECASE,
)


def _labelled_item_figures(
    sentences: list[_Sentence], i: int, ctx: _Context
) -> list[_Figure] | None:
    """A list of requests, complaints or reports counted per label (`- Burgerzaken: 12
    klachten`): each item is a unit's total (scope) where the list's lead names units
    (`per afdeling`), a kind (`other`) where it names kinds (`per onderwerp`); under any
    other lead the items are no figures (not totals either). None: not such an item (a
    data-leak pass reads its labels as categories)."""
    if _SUBJECT.get()[0] == LEAK:
        return None
    s = sentences[i].text
    m = _LABELLED_ITEM.match(s)
    share = _SHARE_ITEM.match(s) if m is None else None
    if share is not None:
        m = share
    elif m is None or (m["rest"] and not _rules()["count_noun_after"].match(m["rest"])):
        return None
    label = m["label"].strip()
    if (named := _cell_label(label, "")) and named[0] == "total":
        return None  # `Totaal: 40 klachten`: the list's sum, read as any total
    j = i - 1
    while j >= 0 and (
        _LABELLED_ITEM.match(sentences[j].text) or _SHARE_ITEM.match(sentences[j].text)
    ):
        j -= 1
    lead = sentences[j].text if j >= 0 else ""
    heads = _vocab()["data"]["unit_head_nouns"]
    units = re.search(rf"\b(?:{_words_alt([*heads, *heads.values()])})\b", lead, re.I)
    kinds = _KIND_LEAD.search(lead)
    offset = sentences[i].offsets[m.start("n")]
    ctx.consumed.add(offset)
    if bool(units) == bool(kinds) or _handling_re().search(label) or (share and units):
        return []
    spans = {p.period for p in find_periods(lead, _context_year(ctx), ctx.last_year) if p.anchors}
    period = spans.pop() if len(spans) == 1 else ctx.report if not spans else None
    if period is None:
        return []
    category, scope = ("total", label) if units else ("other", None)
    if scope:
        ctx.organisations.add(scope)
    if share is not None:  # a kind's share of the count
        value = float(m["n"].replace(",", "."))
        return [
            _Figure(offset, "other", value, "percent", period, None, _evidence(s, m.start("n")))
        ]
    value = float(m["n"].replace(".", ""))
    return [_Figure(offset, category, value, "count", period, scope, _evidence(s, m.start("n")))]


#: `In 2009 namen vijf diensten ...`: a sentence opened by the year it is about
_OPENING_YEAR = re.compile(r"^\W*in\s+((?:19|20)\d\d)\b(?!\s*[-/–])", re.IGNORECASE)
#: a sum since some moment, up to now
#: a count per year in general (`jaarlijks`, `elk jaar`, `gemiddeld per jaar`)
_YEARLY = re.compile(r"\b(?:jaarlijks|per\s+jaar|elk\s+jaar|ieder\s+jaar)\b", re.I)
_CUMULATIVE = re.compile(
    r"\b(?:sinds|vanaf|tot\s+nu\s+toe|tot\s+op\s+heden|inmiddels|in\s+totaal)\b", re.I
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: how many sentences after its opener a paragraph's year reaches
PARAGRAPH_REACH = 3


def _track_paragraph_year(sentence: _Sentence, ctx: _Context) -> None:
    """`In 2009 namen vijf diensten ... besluiten. ... De diensten hebben 100.000 bezwaren
    afgehandeld`: in a text without a report period, a paragraph opened by a year is about
    that year up to its end (or the next sentence so opened)."""
    start = sentence.offsets[0] if sentence.offsets else 0
    ctx.paragraph_reach -= 1
    if (
        ctx.last_end is None
        or _PARAGRAPH_BREAK.search(ctx.text, ctx.last_end, start)
        or ctx.paragraph_reach < 0
        or any(p.anchors for p in find_periods(sentence.text))
    ):
        ctx.paragraph_year = None  # a new paragraph, or a sentence naming a period of its own
    if m := _OPENING_YEAR.match(sentence.text):
        year = int(m[1])
        ctx.paragraph_year = Period(date(year, 1, 1), date(year, 12, 31))
        ctx.paragraph_reach = PARAGRAPH_REACH
    ctx.last_end = sentence.offsets[-1] if sentence.offsets else start


def _enter_sentence(sentence: _Sentence, i: int, ctx: _Context) -> None:
    """The context a sentence is read in: the report period once the year the figures
    give starts, a heading's period from the heading on, a list under `Van deze 84 ...:`,
    the year that opened its paragraph."""
    _track_paragraph_year(sentence, ctx)
    if ctx.report is None and ctx.latest_year and i >= ctx.latest_year[0]:
        ctx.report = ctx.latest_year[1]
    if heading := ctx.headings[i]:
        # a new section or an attached report: its heading gives the period from here on
        ctx.report, ctx.list_anchor = heading, None
    ref = _rules()["reference"].search(sentence.text)
    if ref and _rules()["list_intro"].search(sentence.text):
        ctx.list_anchor = ctx.totals.get(float(ref["n"]), ctx.report)
        ctx.list_anchor_sentence = i


# --------------------------------------------------------------------------- unit headings
#
# A report or news item on several units gives each its own section, headed by the unit's
# name (`Bezwarencommissie Algemene Zaken`, `Noordelijk Belastingkantoor`): the figures of
# the running text under it, up to the next heading, are that unit's. A heading is a unit's
# name when its words are capitalised and the name stands in the text again outside the
# heading (a topic heading, `Samenvatting`, `Aantal meldingen`, does neither); a leading
# head noun (`Bezwarencommissie`) is no part of the name. The scope holds only where the
# unit is one of several: the text has figures outside its sections, more than one unit
# heading, or names the head noun in the plural (`de bezwarencommissies ... en ...`).

#: a heading line: short, no digit, no sentence end
_HEADING_LINE = re.compile(r"^(?-i:[A-Z])[^\d.!?:;,]{2,60}$")
#: any short line without a sentence end (`Eerste half jaar 2021`, a table's cell, a
#: wrapped line of OCR text) ends a unit's section: its running text is one paragraph on
_SECTION_END = re.compile(r"^.{1,60}(?<![.!?])$")
HEADING_WORDS = 6
#: a name of capitalised words, function words between them
_CAPITALISED_NAME = re.compile(
    r"^(?-i:[A-Z][\w'-]+(?:\s+(?:(?:en|van|voor|de|het|op|der|den)\s+)?[A-Z][\w'-]+)+)$"
)
_AP_HEADING = re.compile(rf"^{_AP_NAME}$", re.IGNORECASE)


def _unit_headings(text: str) -> list[tuple[int, str | None]]:
    """(offset, unit name or None) of each heading line of the text, in order."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).strip()
        if _HEADING_LINE.match(line) and len(line.split()) <= HEADING_WORDS:
            out.append((m.start(), _heading_unit(line, text, m.start(), m.end())))
        elif _SECTION_END.match(line):
            out.append((m.start(), None))
    return out


_LOWER_WORDS = re.compile(r"(?-i:[a-z][\w-]+(?:\s+[a-z][\w-]+){0,3})")


def _heading_unit(line: str, text: str, start: int, end: int) -> str | None:
    """The unit a heading line names, None for a heading that names none."""
    heads = _vocab()["data"]["unit_head_nouns"]
    first, _, rest = line.partition(" ")
    name = rest.strip() if first.lower() in heads else line
    if first.lower() in heads and _LOWER_WORDS.fullmatch(name):
        # a body named by its head noun and what it is for (`Commissie wetenschappelijke
        # integriteit`): the whole heading, named again with its article in any case
        again = re.compile(rf"\b(?:de|het)\s+{re.escape(line)}(?!\w)", re.IGNORECASE)
        return line if again.search(text, end) or again.search(text, 0, start) else None
    if not _CAPITALISED_NAME.match(name) and not (name != line and name[:1].isupper()):
        return None
    if _AP_HEADING.match(name) or _vocab()["noun_re"].search(name):
        return None
    # named again in the text; without a head noun, as a body is named, after an article
    # (`bij het Noordelijk Belastingkantoor`; a person, `zegt Jan de Vries`, takes none)
    article = r"(?i:\b(?:de|het)\s+)" if name == line else ""
    again = re.compile(rf"{article}(?<!\w){re.escape(name)}(?!\w)")
    if not (again.search(text, 0, start) or again.search(text, end)):
        return None
    return name


def _section_unit(offset: int, ctx: _Context) -> str | None:
    """The unit whose heading stands last before `offset`, None under any other heading."""
    unit = None
    for start, name in ctx.units:
        if start > offset:
            break
        unit = name
    return unit


def _one_unit_of_several(rows: list[dict], ctx: _Context) -> None:
    """Drop the heading scopes where the unit is the text's only one (see above)."""
    scoped = [row for row in rows if row["_offset"] in ctx.heading_scoped]
    if not scoped:
        return
    if any(row["_offset"] not in ctx.heading_scoped for row in rows):
        return  # figures outside the unit sections: of the whole, or of other units
    if len({name for _, name in ctx.units if name}) > 1:
        return
    plurals = _vocab()["data"]["unit_head_nouns"]
    line = next(ctx.text[a:].split("\n", 1)[0] for a, name in ctx.units if name)
    head = line.split(" ", 1)[0].lower()
    if head in plurals and re.search(rf"\b{re.escape(plurals[head])}\b", ctx.text, re.I):
        return
    for row in scoped:
        row["scope"] = None


def _row(doc: Doc, figure: _Figure, page_starts: list[tuple[int, int]]) -> dict:
    """The `incident_mentions` row of a figure, with its page and the box of its word."""
    document = doc._.document
    page_no = _page_of(figure.offset, page_starts)
    # the rules are regular expressions over doc.text (OCR glues figures to words and
    # codes: `2022Totaal`, `84meldingen`); the offset maps back to the figure's word
    word = doc.char_span(figure.offset, figure.offset + 1, alignment_mode="expand")
    return {
        "source_id": document.get("source_id"),
        "page_no": page_no,
        "document_id": document.get("document_id"),
        "period_start": figure.period.start,
        "period_end": figure.period.end,
        "category": figure.category,
        "value": figure.value,
        "unit": figure.unit,
        "scope": figure.scope,
        "evidence": figure.evidence,
        "_offset": figure.offset,
        "_rough": figure.rough,
        "_handled": figure.handled,
        "_assumed": figure.assumed,
        **evidence_box([word], page_no),
    }


def _drop_impossible(rows: list[dict], organisations: set[str]) -> list[dict]:
    """Drop figures the document's own totals rule out (an OCR misreading, `13` as `73`).

    A category (or a unit's total) never exceeds the total of the same period. When one
    figure exceeds it, that figure is dropped; when several do, the total is the suspect
    reading and goes instead. A percentage that is no share (`_no_share`) is dropped too.
    The figures of organisations a text compares (`organisations`) are no part of another's
    total. A rough total (`bijna 400 keer geklaagd`) rules nothing out.
    """
    totals: dict[tuple[date, date], set[float]] = {}
    for row in rows:
        exact = not row.pop("_rough")
        if exact and row["category"] == "total" and row["scope"] is None and row["unit"] == "count":
            totals.setdefault((row["period_start"], row["period_end"]), set()).add(row["value"])
    exceeding: dict[tuple[date, date], list[int]] = {}
    for i, row in enumerate(rows):
        key = (row["period_start"], row["period_end"])
        if row["unit"] != "count" or key not in totals or row["scope"] in organisations:
            continue
        if row["category"] == "total" and row["scope"] is None:
            continue
        if row["value"] > max(totals[key]):
            exceeding.setdefault(key, []).append(i)
    dropped: set[int] = set()
    for key, indices in exceeding.items():
        if len({rows[i]["value"] for i in indices}) == 1 and len(indices) == 1:
            dropped |= set(indices)
        else:
            dropped |= {
                i
                for i, row in enumerate(rows)
                if row["category"] == "total"
                and row["scope"] is None
                and row["unit"] == "count"
                and (row["period_start"], row["period_end"]) == key
            }
    return [
        row
        for i, row in enumerate(rows)
        if i not in dropped and not (row["unit"] == "percent" and _no_share(row))
    ]


def _no_share(row: dict) -> bool:
    """A percentage above 100, or a total's 100 % (a share column's sum, `Totaal 100%`):
    no share of anything the document counts."""
    return row["value"] > 100 or (row["category"] == "total" and row["value"] == 100)


def deduplicate_incident_counts(rows: list[dict]) -> list[dict]:
    """One row per fact (period, category, unit, scope, value); first evidence, `n_mentions`."""
    kept: dict[tuple, dict] = {}
    for row in rows:
        key = (
            row["period_start"], row["period_end"], row["category"], row["unit"],
            row["scope"], float(row["value"]), row.get("subject"),
        )  # fmt: skip
        if key in kept:
            kept[key]["n_mentions"] += 1
        else:
            kept[key] = {**row, "n_mentions": 1}
    return list(kept.values())
