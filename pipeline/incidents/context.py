"""The document's reading context: its report period, the year it was written (what `vorig
jaar` names), the year of a report it cites, and the totals a first pass reads for the
references (`Van deze 84 meldingen`) to link to."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc

from pipeline.dates import DATELINE_PLACE
from pipeline.incidents.facts import _classify
from pipeline.incidents.kinds import _COMPARED_BRACKET
from pipeline.incidents.numbers import _NUMBER_RE, _SET_AGAINST_BEFORE, _from_to
from pipeline.incidents.periods import (
    _LAST_YEAR,
    _PAST_YEAR,
    PAST,
    _cached_periods,
    _heading_period,
    _is_year,
    _latest_figure_year,
    _report_period,
    document_academic_year,
    document_new_year,
    find_periods,
)
from pipeline.incidents.records import Period, _Context, _Fact, _Sentence, year_period
from pipeline.incidents.rules import _rules
from pipeline.incidents.sectors import _SECTOR_WORD
from pipeline.incidents.vocab import _DIGIT, _vocab


def _document_context(doc: Doc, raw: str, sentences: list[_Sentence], ap_counts: bool) -> _Context:
    """The periods a document gives its figures: the report's (title or heading), each
    section heading's, and the totals stated with their own period.

    Totals are read in a first pass so that `Van deze 84 meldingen` links to the period of
    84 wherever in the document that total is stated.
    """
    report = _report_period(doc._.document, raw)
    text_year = lead_year = None
    latest_told = _latest_year_told([sentence.text for sentence in sentences])
    doc_year = _document_year(doc._.document, raw)
    last_year = _last_year(doc_year, report)
    news = doc._.document.get("doc_type") == "other"
    if report is None and (cited := _cited_report_year(raw, own=not news)) is not None:
        # a news item on an annual report (`aldus het UWV in het jaarverslag over 2024`) is
        # about that report's year; so is any other text on the one report it names as its
        # own (a letter sending it: `bied ik de Tweede Kamer mijn jaarverslag over 2012
        # aan`; a report page that lost its title: `In dit jaarverslag leggen de
        # Tuchtcolleges ... verantwoording af over het jaar 2022`), not one citing another
        # year's report (`Zoals in het jaarverslag over 2020 beschreven`). An item or letter
        # about it, undated, was written the year after (a report's own `vorig jaar` may be
        # either year: `_last_year`)
        report = year_period(cited)
        if doc_year is None and doc._.document.get("doc_type") in _WRITTEN_AFTER:
            last_year = cited
    if doc_year is None and last_year is None:
        last_year = (
            _year_restated_of_last_year(sentences)
            or _year_after_compared(sentences)
            # a report's own `vorig jaar` may be its year or the one before (`_last_year`)
            or (_one_year_happened_in(sentences) if report is None else None)
            or _year_after_compared_throughout(sentences)
        )
    if report is None and news and (lead := _LEAD_YEAR.match(raw)) is not None:
        # a news item whose lead opens with its year (`DEN HAAG - In 2005 hebben ...`) is
        # about that year: its figures without a period of their own are that year's
        report = year_period(int(lead[1]))
    elif report is None and news:
        report = _lead_year(sentences, last_year)
        text_year = _news_year(sentences, latest_told)
        lead_year = report
    # the notifications broken down by sector: a sentence names both (not a report that
    # mentions `de publieke sector` in passing)
    noun_re = _vocab()["noun_re"]
    sectors = any(
        _SECTOR_WORD.search(sentence.text) and noun_re.search(sentence.text)
        for sentence in sentences
    )
    academic = document_academic_year(
        [doc._.document.get("title") or "", *(sentence.text for sentence in sentences)]
    )
    texts = [doc._.document.get("title") or "", *(sentence.text for sentence in sentences)]
    night = document_new_year(texts, doc_year)
    if night is not None and (report is None or report == lead_year == year_period(night.end.year)):
        # a text on one New Year's night: its figures are the night's (`Het aantal
        # incidenten rond oud en nieuw ... is dit jaar fors afgenomen`: this year's night)
        report = night
    probe = _Context(None, {}, last_year=last_year, sectors=sectors, ap_counts=ap_counts)
    probe.probe, probe.academic, probe.new_year = True, academic, night
    totals: dict[float, Period] = {}
    dated: list[tuple[int, Period]] = []
    counts_items = False
    for i, sentence in enumerate(sentences):
        for f in _classify(sentence, i, probe):
            counts_items = counts_items or _counts_its_items(f, sentence.text)
            if f.period is not None and f.source != "month" and not _compared_figure(f, sentence):
                dated.append((i, f.period))
            if f.category == "total" and f.scope is None and f.period is not None:
                totals.setdefault(f.value.value, f.period)
    ctx = _Context(
        report=report, totals=totals, last_year=last_year, sectors=sectors, ap_counts=ap_counts
    )
    ctx.counts_items, ctx.academic, ctx.text_year = counts_items, academic, text_year
    ctx.reported_year = latest_told
    ctx.new_year = night
    ctx.headings = [_heading_period(sentence.text) for sentence in sentences]
    ctx.sections = [
        (sentences[i].offsets[0], p) for i, p in enumerate(ctx.headings) if p is not None
    ]
    if report is None:
        ctx.latest_year = _latest_figure_year(dated, news)
    return ctx


def _news_year(sentences: list[_Sentence], latest_told: int | None) -> int | None:
    """The year of a news item's months written without one (`In de maand augustus ...
    21.049 meldingen ... in dezelfde maand in 2019`, `... naar 32.000 in 2021`): an item on
    a month's figures names its year once, and earlier years only as compared with; so the
    latest year it writes in a sentence with a figure. None where every part of a year it
    names has its year (its lead's or its figures' year dates it, see `_lead_year`);
    `latest_told`: `_latest_year_told` of the sentences."""
    texts = [sentence.text for sentence in sentences]
    if not any(_cached_periods(s, _ANY) != _cached_periods(s, None) for s in texts):
        return None
    return latest_told


def _latest_year_told(texts: list[str]) -> int | None:
    """The latest year the sentences write beside a figure: a text reports on its latest
    year and names earlier ones as compared with; only a year told with a figure (a plan's
    end, `zal tot maart 2021 lopen`, is none)."""
    told = [s for s in texts if _DIGIT.search(_YEAR_WRITTEN.sub(" ", s))]
    return max((int(m[0]) for s in told for m in _YEAR_WRITTEN.finditer(s)), default=None)


#: a year to read the parts of a year written without one with (`in augustus`), whichever
_ANY = 2000


#: `30 klachten (2016: 33)`: a year opening a bracket labels the figure compared with
def _counts_its_items(f: _Fact, s: str) -> bool:
    """A total counted by the items' noun (`567 klachten`, `het aantal klachten ... 567`),
    not a count restated with its noun left out (`waren dat er 870`)."""
    if (f.category, f.source) != ("total", "total"):
        return False
    rules = _rules()
    return bool(rules["count_noun_after"].match(s[f.value.end :]) or rules["aantal"].search(s))


_COMPARED_LABEL = re.compile(r"\(\s*(?:19|20)\d\d\s*[:=]\s*$")


def _compared_figure(f: _Fact, sentence: _Sentence) -> bool:
    """A figure labelled as the one compared with (`(2016: 33)`), set against the one before
    it (`tegenover zo'n 743.000 in 2021`), in brackets after the year compared with (`dan in
    heel 2018 (34.588)`), or the first level of a change (`Ten opzichte van 2015 ... gedaald
    van 176 naar 162`): its year is an earlier one's, never the year a report without a
    period of its own is about."""
    if _COMPARED_LABEL.search(sentence.text, 0, f.value.start) is not None:
        return True
    if _SET_AGAINST_BEFORE.search(sentence.text, 0, f.value.start) is not None:
        return True
    if _COMPARED_BRACKET.search(sentence.text, 0, f.value.start) is not None:
        return True  # `meer meldingen (42.721) binnengekomen dan in heel 2018 (34.588)`
    return any(first == f.value.start for first, _ in _from_to(sentence.text))


#: a dating stamp at the head of a text (`date 2020-06`, `Datum: 3 maart 2021`)
_HEAD_DATE = re.compile(
    r"^\W*(?:datum|date)\s*:?\s*(?:(?P<iso>(?:19|20)\d\d)-[01]\d\b"
    r"|(?:[0-3]?\d\s+)?(?P<month>[a-z]+)\s+(?P<year>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


#: the document types written about a report once it is out (`_document_context`)
_WRITTEN_AFTER = ("other", "letter")


#: a report named with its year (`het jaarverslag over 2023`, `Jaarrapportage Privacy 2019`,
#: `de Klachtenrapportage 2019`, `de klachtenanalyse 2017`, `de Monitor Discriminatie
#: Limburg 2022`, `de rapportage 'Discriminatiecijfers in 2021'`): a compound ending in a
#: noun of a report, whatever it reports on, its title's words (quoted or not) between
_CITED_REPORT = re.compile(
    # `het jaarverslag van de ombudsman over 2017`: the body whose report it is between
    r"\b[^\W\d]*(?:verslag|rapportage|rapport|verantwoording|analyse|monitor)"
    r"(?:\s+(?:van\s+(?:de|het)\s+)?['‘]?[A-Za-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)?\s+"
    r"(?:over\s+(?:het\s+jaar\s+)?|in\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


#: a news item's lead opening with a year, after its dateline's place (`DEN HAAG - `)
_LEAD_YEAR = re.compile(
    rf"^\W*(?:{DATELINE_PLACE}\s+[-–]\s+)?In\s+((?:19|20)\d\d)\b(?!\s*[-/–])", re.IGNORECASE
)


#: how many sentences open a news item: its lead (a title line, then the lead sentence)
LEAD_SENTENCES = 2


def _lead_year(sentences: list[_Sentence], last_year: int | None) -> Period | None:
    """The year a news item's lead is about (`Bij het Huis hebben zich vorig jaar meer
    mensen gemeld ...`): the first sentence of the lead that names a period names one whole
    year and states no figure (a figure's year may be one compared with: `52 klachten
    (2021: 47)`); then the figures of the item without a period of their own are that
    year's."""
    for sentence in sentences[:LEAD_SENTENCES]:
        spans = [p for p in find_periods(sentence.text, None, last_year) if p.anchors]
        if not spans:
            continue
        rest = sentence.text
        for p in reversed(spans):
            rest = rest[: p.start] + rest[p.end :]
        if len({p.period for p in spans}) > 1 or not _is_year(spans[0].period):
            return None
        return None if _DIGIT.search(rest) else spans[0].period
    return None


def _cited_report_year(raw: str, own: bool = False) -> int | None:
    """The year of the one annual report a text names (None for none or several); with
    `own`, of the one its writer names as their own (`_OWN_REPORT` in its sentence before
    it: `Dit is de laatste rapportage over 2014`)."""
    years = {
        int(m.group(1))
        for m in _CITED_REPORT.finditer(raw)
        if not own or _OWN_REPORT.search(raw, _sentence_start(raw, m.start()), m.start())
    }
    return years.pop() if len(years) == 1 else None


#: the writer's own report: named with `dit`/`deze` or a first person's possessive
_OWN_REPORT = re.compile(r"\b(?:dit|deze|mijn|ons|onze)\b", re.IGNORECASE)
#: a sentence's end before the next one starts (not the point inside `7.986`)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_start(raw: str, pos: int) -> int:
    """Where the sentence holding `pos` starts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(raw, 0, pos)]
    return ends[-1] if ends else 0


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
    r"\b(?:tegen(?:over)?|ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met"
    r"|in\s+vergelijking\s+met|dan)\s+"
    # `tegen 55% in 2015`: a share set against the earlier year's
    r"(?:\d[\d.,]*(?:\s*%|\s+procent)?\s+(?:[^\W\d]+\s+)?)?(?:in\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\bin\s+(?P<y2>(?:19|20)\d\d)\s+(?:waren\s+(?:het|dat)\s+(?:er\s+)?)?nog\b"
    # `steeg van 2.646 in 2019 naar 3.112 vorig jaar`: the level a change starts from
    r"|\bvan\s+\d[\d.]*\s+(?:[^\W\d]+\s+)?in\s+(?P<y3>(?:19|20)\d\d)\s+(?:naar|tot)\b",
    re.IGNORECASE,
)
#: `In 2020 waren dat er nog 229.` right after the sentence telling last year's figure: the
#: year that figure is compared with, in a sentence of its own
_COMPARED_NEXT = re.compile(
    r"^\W*in\s+(?P<y>(?:19|20)\d\d)\s+(?:waren|was)\s+(?:het|dat|dit)\s+(?:er\s+)?nog\b",
    re.IGNORECASE,
)


#: `Dat is ruim een verdubbeling ten opzichte van 2019.` right after the sentence telling
#: last year's figure: the change of that figure against the year before it
_THAT_COMPARED = re.compile(
    r"^\W*(?:dat|dit)\s+(?:is|was|betekent)\b[^.;]*?\b(?:ten\s+opzichte\s+van|t\.o\.v\.?"
    r"|vergeleken\s+met|tegen(?:over)?)\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _year_after_compared(sentences: list[_Sentence]) -> int | None:
    """In an undated text, the year `vorig jaar` names where a sentence tells a figure of
    it against one of an earlier year (`Vorig jaar kreeg de gemeente 612 verzoeken, tegen
    449 in 2013`, `Waren het in 2015 nog 64 bezwaren, vorig jaar waren dat er 39`): a news
    item compares with the year before, so the year after that one (also where the change
    starts from it: `steeg van 2.646 in 2019 naar 3.112 vorig jaar`, or the next sentence
    names it: `... vorig jaar 280 ... In 2020 waren dat er nog 229`, or compares the figure
    with it: `... vorig jaar ruim 1300 klachten ... Dat is ruim een verdubbeling ten opzichte
    van 2019`); None when no sentence
    or more than one year does so."""
    years = set()
    for s, after in pairwise([*sentences, None]):  # each sentence with the next
        if not _LAST_YEAR.search(s.text):
            continue
        named = set(_YEAR_WRITTEN.findall(s.text))
        if len(named) == 1 and (m := _COMPARED_YEAR.search(s.text)):
            years.add(int(m["y"] or m["y2"] or m["y3"]) + 1)
        elif not named and after is not None and (m := _COMPARED_NEXT.match(after.text)):
            years.add(int(m["y"]) + 1)
        elif (
            not named
            and after is not None
            and len(set(_YEAR_WRITTEN.findall(after.text))) == 1
            and (m := _THAT_COMPARED.match(after.text))
        ):
            years.add(int(m["y"]) + 1)
    return years.pop() if len(years) == 1 else None


#: `Bij de gemeente Heemskerk komen de laatste jaren minder bezwaarschriften binnen`: a text
#: on a trend over several years, whose year compared with may lie more than one back
_SEVERAL_YEARS = re.compile(rf"\b(?:laatste|{PAST})\s+(?:paar\s+)?jaren\b", re.IGNORECASE)


def _year_after_compared_throughout(sentences: list[_Sentence]) -> int | None:
    """In an undated text whose figures are told `vorig jaar` or `afgelopen jaar`, the year
    after the one year it compares with (`Vooral de cijfers ... vertonen in vergelijking met
    2021 een stijgende trend`, `Dat is geen grote stijging ten opzichte van 2012`), wherever
    that stands: a news item sets its year against the one before. Only where the text
    names no other year than that one and the year after it (`In kalenderjaar 2013 is door
    57 personen ...`): a text naming more years may tell figures of any of them, or compare
    last year's with an earlier one; nor where it tells a trend over several years."""
    texts = [s.text for s in sentences]
    if not any(_LAST_YEAR.search(t) or _PAST_YEAR.search(t) for t in texts):
        return None
    compared = {
        int(m["y"] or m["y2"] or m["y3"])
        for t in texts
        for m in _COMPARED_YEAR.finditer(t)
        # `meer dan 2000 klachten`: a number, not a year, after a bare `dan`
        if not re.match(r"dan\s+\d", m[0], re.IGNORECASE)
    }
    if len(compared) != 1 or any(_SEVERAL_YEARS.search(t) for t in texts):
        return None
    year = compared.pop() + 1
    written = {int(y) for t in texts for y in _YEAR_WRITTEN.findall(t)}
    return year if written <= {year - 1, year} else None


#: a year something happened in (`Ze zette in 2019 extra in`, `In 2015 hebben wij ...`)
_ANY_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\d.,]\d)")
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _one_year_happened_in(sentences: list[_Sentence]) -> int | None:
    """In an undated text whose figures are told `vorig jaar` or `afgelopen jaar` with no
    year beside them, the one year the whole text names, where something happened `in` it
    and nothing is compared with it (`Ze zette in 2019 extra in op ...`; `Wij ontvingen
    afgelopen jaar 577 klachten ... In 2015 hebben wij ... geregistreerd`): an item written
    the year after names the year it is on; None where it names another year too."""
    texts = [s.text for s in sentences]
    relative = [t for t in texts if _LAST_YEAR.search(t) or _PAST_YEAR.search(t)]
    if not relative or any(_YEAR_WRITTEN.search(t) for t in relative):
        return None
    # a year glued after a word (`Purmerend2011`: a flattened table's cells) is none
    years = {int(y) for t in texts for y in _ANY_YEAR.findall(t)}
    if len(years) != 1 or any(_COMPARED_YEAR.search(t) for t in texts):
        return None
    return years.pop() if any(_IN_YEAR.search(t) for t in texts) else None


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
    """The year the document was written: a dating stamp on its first line (a month is
    enough to place `vorig jaar`), else its date; None for an undated document. The stamp
    first: a page's publication stamp (`date 2020-02`) wins over a date read from its body
    (`sinds 25 mei 2018 verplicht`, a law's start taken for the item's date)."""
    m = _HEAD_DATE.match(raw[:60])
    if m is not None and m["iso"]:
        return int(m["iso"])
    if m is not None and m["month"].lower() in _vocab()["months"]:
        return int(m["year"])
    doc_date = document.get("doc_date")
    if isinstance(doc_date, date):
        return doc_date.year
    if isinstance(doc_date, str) and re.match(r"(?:19|20)\d\d-", doc_date):
        return int(doc_date[:4])
    return None
