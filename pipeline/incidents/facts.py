"""Facts from one sentence (`_classify`): the sentence's links to what came before, its values
and, for each value, whether it is a figure, of which category and scope (`_fact_of`),
with the tests that keep parts, changes and restatements apart."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import cache, lru_cache

from pipeline.incidents.ap import _ap_intake, _not_reported, _reported_to_ap
from pipeline.incidents.fact_periods import (
    _NO_YEAR,
    SUM_REACH,
    _assign_periods,
    _is_exact,
    _month_of,
    _own_period_after,
    _period_follows,
)
from pipeline.incidents.kinds import (
    _COLON_LABEL,
    _COMPARED_BRACKET,
    _DIFFERENCE,
    _OF_THEM,
    _REPORTING,
    HEAD_CHARS,
    _bracketed_kind,
    _category_of_value,
    _one_category,
    _part_of_a_whole_after,
    _part_of_opening_count,
    _quoted_kind_counted,
    _reported_count,
    _restates_last_count,
    _scare_quoted_noun,
    opens_with_a_kind,
    opens_with_a_matter,
    ranking_goes_on,
)
from pipeline.incidents.labels import _cell_label, _kind_label
from pipeline.incidents.numbers import (
    _NUMBER_RUN,
    _SHARED_NOUN,
    _THAT_MANY,
    DATED_PAIR_NEXT,
    THAT_MANY,
    _faced,
    _fewer_or_more,
    _from_to,
    _times_filed,
    _values,
    _word_before,
    level_reached,
)
from pipeline.incidents.periods import (
    _YEAR_AFTER,
    _YEAR_BEFORE,
    _context_year,
    _is_year,
    academic_spans,
    find_periods,
    new_year_spans,
    years_ago,
)
from pipeline.incidents.records import (
    COMPARED_AGAIN,
    Period,
    _Context,
    _Fact,
    _PeriodSpan,
    _Reading,
    _Sentence,
    _Value,
)
from pipeline.incidents.rules import (
    PIECES,
    RESPECTIVELY,
    _clause_bounds,
    _names_its_cases,
    _names_received_cases,
    _number_word_alt,
    _persons_contacted,
    _received_cases,
    _rules,
)
from pipeline.incidents.sectors import (
    _area_share,
    _bracketed_unit,
    _other_body_subject,
    _same_share,
    _scope_of,
    _sector_as_scope,
    _sector_of_share,
    _sector_said_before,
    _track_area_list,
)
from pipeline.incidents.subjects import (
    _body_action_heads,
    _counted_noun_res,
    _own_nouns,
    _people_heads,
    _subject_cues,
    _subject_specs,
)
from pipeline.incidents.vocab import (
    _DIGIT,
    _DIGIT_RUN,
    _SUBJECT,
    LEAK,
    SubjectKey,
    _items_re,
    _names_the_items,
    _rough_before,
    _vocab,
    _vocab_for,
    _words_alt,
)


def _classify(sentence: _Sentence, index: int, ctx: _Context) -> list[_Fact]:
    """The incident facts of one sentence (periods still unresolved where None)."""
    earlier = ctx.recent_texts
    ctx.recent_texts = [*earlier[-(max(SUCH_REACH, NOUN_REACH) - 1) :], sentence.text]
    ctx.such_kind = _such_kind(earlier[-SUCH_REACH:]) if _SUCH.search(sentence.text) else None
    _track_area_list(sentence.text, ctx)
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
    if reading.counts_back and _that_many_again().search(reading.text):
        reading.facts = [_as_count_named_before(f, ctx, index) for f in reading.facts]
    if reading.facts:
        _assign_periods(reading, ctx, index)
        reading.facts = _respective_list_alike(reading, ctx)
    ctx.previous = (index, tuple(dict.fromkeys(p.period for p in reading.periods if p.anchors)))
    ctx.recent_facts = [*ctx.recent_facts[-(SUM_REACH - 1) :], (index, reading.facts)]
    return reading.facts


def _as_count_named_before(f: _Fact, ctx: _Context, index: int) -> _Fact:
    """`Het UWV meldde 606 datalekken bij de AP. Een jaar eerder waren het er nog 342.`: a
    count restated for another period, its noun left out, is of the category and unit
    (scope) of the figure the sentence right before named last."""
    last, facts = ctx.recent_facts[-1] if ctx.recent_facts else (None, [])
    if f.source != "total" or f.value.percent or last != index - 1 or not facts:
        return f
    before = facts[-1]
    if before.value.percent:
        return f
    return replace(f, category=before.category, scope=f.scope or before.scope)


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
#: how many sentences back the items' noun a count without one restates may stand, the
#: sentences between comparisons without figures (`_noun_named_before`)
NOUN_REACH = 3


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
    relative = _YEAR_BEFORE.search(s) or _YEAR_AFTER.search(s) or years_ago().search(s)
    if relative and not _DIGIT.search(s, 0, relative.start()):
        # `een jaar daarvoor`: the year before the one just named (else the report's); not
        # after a figure of the sentence's own (`is 97 keer bezwaar gemaakt, tegen 113 het
        # jaar daarvoor`: the year before that figure's)
        base = _year_named_last(ctx, index) or base
    periods = find_periods(s, base, ctx.last_year)
    restated = _restated_period(s, ctx)
    if restated is not None:
        # `tegenover 369 een jaar eerder`: a year before the restated one
        periods = find_periods(s, restated.start.year, ctx.last_year)
    periods = academic_spans(s, periods, ctx.academic)
    periods = new_year_spans(s, periods, ctx.new_year)
    counts_back = not has_noun and _counts_the_number_before(s, ctx)
    return _Reading(
        s, periods, has_noun or counts_back, carry, dict(references), counts_back, restated,
        count_before=_count_referred_back(s, ctx, index), last_count=_last_count(ctx, index),
    )  # fmt: skip


#: `Dat aantal ligt ...`, `Dit aantal betekent ...`, `Dat zijn iets minder oproepen ...`: a
#: sentence whose subject is the statement (the count) just made
_REFERS_BACK = re.compile(r"^\W*(?:dat|dit)\s+(?:aantal\b|zijn\b|is\b)", re.IGNORECASE)


def _count_referred_back(s: str, ctx: _Context, index: int) -> _Fact | None:
    """The last count of the sentence right before, where this one opens by referring to it
    (`In 2019 kreeg de GBA ook 5.173 informatievragen binnen. Dat aantal ligt lager dan in
    2018 (6.224)`): the level of a year compared with, in brackets, is then that count's."""
    return _last_count(ctx, index) if _REFERS_BACK.match(s) else None


def _last_count(ctx: _Context, index: int) -> _Fact | None:
    """The last count (no share) the sentence right before made, if it made one."""
    if not ctx.recent_facts:
        return None
    last, facts = ctx.recent_facts[-1]
    counts = [f for f in facts if not f.value.percent]
    return counts[-1] if last == index - 1 and counts else None


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
    states 2023); none where it names only periods compared with (`Dat zijn iets minder
    oproepen dan in 2022 (470.050)`: its statement is of the year before it, unnamed)."""
    if len(ctx.recent_texts) < 2:
        return None
    prev = ctx.recent_texts[-2]
    periods = find_periods(prev, _context_year(ctx), ctx.last_year)
    own = [p for p in periods if not _COMPARED_WITH.search(prev[max(0, p.start - 30) : p.start])]
    return own[-1].period if own else None


#: `Dat daalde van ...`, `Dit aantal steeg van ...`: the subject is the one just named
_THAT_NUMBER = re.compile(
    r"^\W*(?:dat|dit|die|het)(?P<aantal>\s+aantal)?\s+(?:steeg|daalde|ging|groeide|nam)\b", re.I
)


#: `In het eerste kwartaal waren het er 15`, `In 2020 lag dat aantal nog op 1.054`: the
#: items just named, counted again with their noun left out (for another period)
@cache
def _that_many_again() -> re.Pattern:
    return re.compile(THAT_MANY + rf"(?:\d|(?:{_number_word_alt()})\b)", re.IGNORECASE)


def _counts_the_number_before(s: str, ctx: _Context) -> bool:
    """`Ook het aantal datalekmeldingen daalde. Dat daalde van 24.866 in 2021 naar 21.151
    in 2022.`: a sentence whose subject refers to the number of incidents the sentence
    before named (`het aantal ...`) counts those incidents; so does one that counts the
    items the sentence before named again (`28 klachten ... In het eerste kwartaal waren
    het er 15`)."""
    if len(ctx.recent_texts) < 2:
        return False
    before = ctx.recent_texts[-2]
    if _that_many_again().search(s):
        return _noun_named_before(ctx.recent_texts[:-1])
    if (m := _THAT_NUMBER.match(s)) is None:
        return False
    if m["aantal"]:  # `In 2009 waren er 40.295 klachten. Dit aantal steeg tot ...`
        return _vocab()["noun_re"].search(before) is not None
    return _rules()["aantal"].search(before) is not None


def _noun_named_before(earlier: list[str]) -> bool:
    """Whether the items' noun stands in the sentence before, or before the comparisons
    without figures that follow it (`... ontving 242 klachten in 2021. Dit is meer dan in
    2020, maar aanzienlijk minder dan in 2019. Toen waren het er 303.`)."""
    for text in reversed(earlier):
        if _vocab()["noun_re"].search(text):
            return True
        if not _COMPARISON_ONLY.search(text) or _NOT_A_YEAR.search(text):
            return False
    return False


#: a sentence that compares with periods (`Dit is meer dan in 2020`, `minder dan in 2019`,
#: `Dit is een groei van 24% ten opzichte van 2022`)
_COMPARISON_ONLY = re.compile(
    r"\b(?:(?:meer|minder|hoger|lager)\s+dan|ten\s+opzichte\s+van)\b", re.IGNORECASE
)
#: a number that is no year nor a share (the comparisons pass the noun on only without
#: counts: a change in per cent counts nothing)
_NOT_A_YEAR = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))(?!\d+(?:[.,]\d+)?\s*(?:%|procent\b))\d"
)


def _sentence_links(s: str) -> tuple[bool, bool, tuple[tuple[int, float], ...]] | None:
    return _sentence_links_for(s, _SUBJECT.get())


@lru_cache(maxsize=8192)
def _sentence_links_for(
    s: str, key: SubjectKey
) -> tuple[bool, bool, tuple[tuple[int, float], ...]] | None:
    """What a sentence says whatever its context (read in both passes over a document):
    None without any number, else whether it names the items (their noun or a compound of
    it: `_names_the_items`) or how they were filed or received, whether it carries a
    share on (`was dit`) and its references to stated totals (`Van deze 84 meldingen`)."""
    rules = _rules()
    # `In de helft van de gevallen ...`: a share in words (`_shares_in_words`) is a number
    words_only = not _DIGIT.search(s) and not _share_words_re().search(s)
    if words_only and not _has_number_word(s):
        return None  # every written-out number rule below needs a number word
    if (
        words_only
        and not rules["month_word_series"].search(s)
        and not rules["count_word"].search(s)
        and not rules["count_word_repeat"].search(s)
        and not rules["count_word_er"].search(s)
        and not rules["count_word_restated"].search(s)
        and not rules["count_word_elided"].search(s)
    ):
        return None
    return (
        bool(
            _names_the_items(s, key)
            or rules["filed"].search(s)
            or _names_contacts(s)
            or _names_received_cases(s)
        ),
        bool(rules["carry"].search(s)),
        tuple((m.start("n"), float(m["n"])) for m in rules["reference"].finditer(s)),
    )


def _names_contacts(s: str) -> bool:
    """`namen 369 mensen contact op`: people counted by how they approached the body name
    its contacts, as the items' noun names the items."""
    if not _rules()["contact_phrase"].search(s):
        return False
    ends = [m.end() for m in _DIGIT_RUN.finditer(s)]
    ends += [m.end("word") for m in _rules()["count_word_persons"].finditer(s)]
    return any(_persons_contacted(s, end) for end in ends)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _has_number_word(s: str) -> bool:
    """Whether a run of letters in `s` is a number word (`drie`, `één`): one scan and a set
    look-up, where each written-out number rule would try every number word at every
    position (the number words are runs of letters, so a rule matches only where one
    stands)."""
    words = _number_word_set(_SUBJECT.get())
    # `driemaal`: a number word and `maal` written as one
    return any(
        w in words or w.removesuffix("maal") in words for w in _LETTER_RUN.findall(s.lower())
    )


@cache
def _number_word_set(key: SubjectKey) -> frozenset[str]:
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
    words += [
        m
        for m in _rules()["count_word_persons"].finditer(s)
        if _persons_contacted(s, m.end("word"))
    ]
    for m in words:
        if _fewer_or_more(s, m.end("word")):
            continue  # `drie klachten minder`: a difference
        if _stop_before_word(s, m):
            continue  # `nam ... af met zesduizend meldingen`: a change's size, as with digits
        if m.start("word") not in taken and not any(p.start <= m.start() < p.end for p in periods):
            if any(val.start < m.start("word") < val.end for val in values):
                continue  # the scale of `222 duizend`, read with its digits
            if _scale_after_digits(s, m):
                continue  # `54 duizend keer`: the digits' scale, even where they are no count
            number = v["number_words"][m["word"].lower()]
            values.append(_Value(m.start("word"), m.end("word"), float(number), False, True))
    values += [val for val in _shares_in_words(s) if val.start not in taken]
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


def _stop_before_word(s: str, m: re.Match) -> bool:
    """Whether the word before a written-out number is one after which digits are no count
    (`not_a_count_before`: `af met zesduizend meldingen` as `af met 6000 meldingen`), unless
    `met` names a level there (`numbers._faced`)."""
    prev = _word_before(s, m.start("word"))
    if not prev or prev.lower() not in _vocab()["before_stop"]:
        return False
    # the match is the word alone (its context read by lookarounds): as `_faced` reads digits
    return not _faced(s, m, prev)


#: digits right before a word (`54 duizend`)
_DIGITS_BEFORE = re.compile(r"\d\s+$")


def _scale_after_digits(s: str, m: re.Match) -> bool:
    """Whether a number word is the scale of the digits before it (`Het betreft 54 duizend
    keer een loos alarm`): it multiplies them, it counts nothing of its own."""
    word = m["word"].lower()
    return (
        word in _vocab()["scale_words"] and _DIGITS_BEFORE.search(s, 0, m.start("word")) is not None
    )


def _shares_in_words(s: str) -> list[_Value]:
    """`In de helft van de gevallen gaat het om reddingen`: a share in words (`share_words`)
    of the cases a clause opens with, read as its percent (whether it is a kind's share is
    `kinds._kind_share`'s to say); a rough one (`in bijna de helft`) is none."""
    words = _vocab()["data"]["share_words"]
    return [
        _Value(m.start("word"), m.end("word"), float(words[m["word"].lower()]), True, True)
        for m in _share_words_re().finditer(s)
    ]


@cache
def _share_words_re() -> re.Pattern:
    words = _words_alt(_vocab()["data"]["share_words"])
    return re.compile(rf"\bin\s+(?:de|een)\s+(?P<word>{words})\s+van\s+de\s+gevallen\b", re.I)


def _pipe_cell(s: str, val: _Value) -> bool:
    return bool(re.search(r"\|\s*$", s[: val.start]) and re.match(r"\s*%?\s*\|", s[val.end :]))


_BOTH = re.compile(r"\b(?:beide|allebei|both)\s*:?\s*$", re.IGNORECASE)


#: `nam na 1.180 meldingen aanvullende acties`, `op basis van 2.077 Wob-verzoeken die online
#: staan`: the notifications something followed, the items a study read - what was done
#: with some of them (an intervention, an analysis), no count of those received
_AFTER_SOME = re.compile(rf"(?:\bna|\bop\s+basis\s+van)\s+{_rough_before()}$", re.I)
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


#: the rules that read a figure in a sentence naming no noun of the items (a label, a share
#: carried on, a part of the items told as what happened, ...)
_WITHOUT_NOUN = (
    "compared",
    "label",
    "carry",
    "share",
    "ap",
    "part",
    "kind_part",
    "intake",
    "happened",
    "tally",
    "acted",
)


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
    if area := _area_share(val, s, ctx):
        return _Fact(val, "total", None, area, "sector")
    classed = _classified(val, reading, ctx)
    if classed is None:
        return _compared_count(val, reading, ctx)
    return _checked_fact(val, reading, *classed, ctx)


def _compared_count(val: _Value, reading: _Reading, ctx: _Context) -> _Fact | None:
    """A number no rule placed that restates, for another period, the count just made, its
    noun left out (`113.921 keer benaderd, ten opzichte van 93.235 keer het jaar ervoor`;
    `... 2.363 keer gealarmeerd. In 2022 was dat 2520 keer.`; `... is 36.379 keer
    ingebroken. In 2013 lag dat aantal nog op 43.381`): it counts what that count counts,
    so it takes its category and unit (scope); its period is the one the comparison names
    (`_assign_periods`, the same part of a year in `_same_span_in_year`). The count
    compared with is the sentence's last, else the last of the sentence right before (then
    only after `was dat`, `lag dat aantal`: `THAT_MANY`). None for any other number."""
    if val.percent or val.word:
        return None
    counts = [f for f in reading.facts if not f.value.percent]
    if counts:
        compared = counts[-1] if _restates_last_count(val, reading) else None
    elif _THAT_MANY.search(reading.text, 0, val.start):
        compared = reading.last_count
    else:
        compared = None
    if compared is None or compared.category is None:
        return None
    scope = compared.scope
    fact = _checked_fact(val, reading, compared.category, COMPARED_AGAIN, None, scope, ctx)
    return replace(fact, wider=compared.wider) if fact else None


def _classified(
    val: _Value, reading: _Reading, ctx: _Context
) -> tuple[str | None, str | None, Period | None, str | None] | None:
    """A number's category, how it was found (`source`), its month's period and its scope;
    None when the number is no figure (a part no category names, a share of nothing, ...)."""
    s = reading.text
    before, after = s[: val.start], s[val.end :]
    if (second := _second_of_dated_pair(val, reading)) is not None:
        # `In 2020 zaten we op 47 en in 2021 op 49 diefstallen`: what the second counts
        return _classified(second, reading, ctx)
    category, source = _category_of_value(val, reading, ctx)
    if source == "part" and category is None:
        return None  # a part of the incidents whose kind no category names
    if category is None and (compared := _level_compared_with(val, reading)):
        category, source = compared, "compared"
    if category is None and (
        (not val.percent and _colon_label_kind(before)) or _bracketed_kind(s, val)
    ):
        category, source = "other", "kind"
    if val.percent and category is None:
        return None
    if not reading.has_noun and source not in _WITHOUT_NOUN:
        if source != "kind" or not (_names_its_cases(s) or ranking_goes_on(s, ctx)):
            return None  # a kind of the body's cases (`de dossiers`) is a kind of the items
    if source == "contacts":
        category = _contacts_category(val, s, ctx)
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
    if category is None and _compound_counted(val, s):
        category, source = "other", "kind"  # `8.605 bemiddelingsklachten`
    if category is None and not val.percent and _states_a_total(val, reading):
        if _told_to_data_subjects(val, s):
            return None
        category, source = "total", "total"
        if kind := _counted_kind(val, s):
            category, source = kind, "kind"
        elif _change_of_a_kind(val, s):
            category, source = "other", "kind"
        elif (noun := _summed_noun(val, s)) and _rules()["about_kind"].match(s[noun.start() :]):
            category, source = "other", "kind"  # `klachten over afval ..., 164 in totaal`
    if category is None and not val.percent and _level_before_compared(val, reading):
        category, source = "total", "total"  # (a kind where the clause names one, below)
    if category is None and reading.facts and _restates_last_count(val, reading):
        category, source = reading.facts[-1].category, "repeat"
    if category in (None, "total") and _about_a_kind(val, reading, ctx.text):
        category, source = "other", "kind"
    elif source == "total" and (_number_of_a_kind(s, ctx) or _quoted_kind_counted(val, s)):
        category, source = "other", "kind"
    elif source == "total" and opens_with_a_matter(s):
        category, source = "other", "kind"  # `Hierover werden 114 klachten onderzocht`
    if _restates_contacts(val, reading, source):
        category, source = reading.facts[-1].category, "repeat"  # `..., in 2017 waren dat er 870`
    if scope is None and category is not None and not val.percent:
        scope = _other_body_subject(before, ctx.text)
    return category, source, month_period, scope


def _second_of_dated_pair(val: _Value, reading: _Reading) -> _Value | None:
    """The second count of a pair each told for its own period whose noun, after the second,
    both share (`In 2020 zaten we op 47 en in 2021 op 49 diefstallen`, `Waar het MRCC in 2019
    nog 97 en in 2020 nog 81 incidenten registreerde`): the first counts what the second
    does. Only a count whose own period stands before it in the sentence."""
    if val.percent or val.word:
        return None
    m = DATED_PAIR_NEXT.match(reading.text, val.end)
    if m is None or not any(p.end <= val.start for p in reading.periods):
        return None
    value = float(m["n"].replace(".", ""))
    return _Value(m.start("n"), m.end("n"), value, False)


def _level_compared_with(val: _Value, reading: _Reading) -> str | None:
    """The category of a figure alone in brackets right after a compared year, in a sentence
    that counts nothing of its own but refers to the count just made: that year's level of
    the same items, the category of the count referred to (`In 2019 kreeg de GBA ook 5.173
    informatievragen binnen. Dat aantal ligt lager dan in 2018 (6.224)`). None where no
    sentence rule read that count: what the figure counts is then unknown."""
    s = reading.text
    if (
        reading.facts
        or reading.count_before is None
        or _COMPARED_BRACKET.search(s, 0, val.start) is None
        or re.match(r"\s*\)", s[val.end :]) is None
    ):
        return None
    return reading.count_before.category


#: `in 2016 (`: a figure alone in brackets right after its year
_YEAR_BRACKET = re.compile(r"\bin\s+(?:19|20)\d\d\s*\(\s*$", re.IGNORECASE)


def _level_before_compared(val: _Value, reading: _Reading) -> bool:
    """A figure alone in brackets right after its year, set against another year's level
    in brackets later in the sentence (`De (hulp)vragen, signalen en klachten over onderwijs
    zijn in 2014 (544) eveneens verdubbeld ten opzichte van 2013 (247)`): the level of the
    items the sentence is about in that year; the compared one is read after it as its
    repeat."""
    s = reading.text
    if not _YEAR_BRACKET.search(s, 0, val.start) or not re.match(r"\s*\)", s[val.end :]):
        return False
    return any(
        _COMPARED_BRACKET.search(s, val.end, start) and re.match(r"\s*\)", s[end:])
        for start, end in _bare_numbers_after(s, val.end)
    )


_DIGIT_SPAN = re.compile(r"\d[\d.]*\d|\d")


def _bare_numbers_after(s: str, pos: int) -> list[tuple[int, int]]:
    """Where each digit run after `pos` starts and ends (years and counts alike)."""
    return [(m.start(), m.end()) for m in _DIGIT_SPAN.finditer(s, pos)]


def _checked_fact(
    val: _Value,
    reading: _Reading,
    category: str | None,
    source: str | None,
    month_period: Period | None,
    scope: str | None,
    ctx: _Context,
) -> _Fact | None:
    """The fact of a classified number, or None where what stands around it says it is no
    exact count of its own (a part of an opening count, a number in words that names)."""
    s = reading.text
    before = s[: val.start]
    if category is None or not _is_exact(val, s, rough_ok=True):
        return None
    if scope is None and reading.facts and (source == "repeat" or _THAT_MANY.search(before)):
        scope = reading.facts[-1].scope  # the count just named, for another period: same unit
    if source == "total" and _part_of_opening_count(val, s):
        return None  # `Van de 16 klachten behandelden we 1 klacht formeel`: a part of 16
    if _part_of_a_whole_after(val, s):
        return None  # `150 van de 251 meldingen strafbaar`: a part of 251
    if _part_of_a_kind(val, s):
        return None  # `Een deel van de stankklachten ... (970 klachten)`: a part of a kind
    if source == "total" and opens_with_a_kind(s):
        return None  # `Van de klachten over X gaat 78 procent (814 klachten) over artsen`
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
    # a body's contacts, or their count restated for another period: no part of the items
    wider = source == "contacts" or (source == "repeat" and reading.facts[-1].wider)
    if source == "compared" and reading.count_before is not None:
        # the count referred to, for the year compared with: its unit, its kind of items
        scope = scope or reading.count_before.scope
        wider = reading.count_before.wider
    return _Fact(val, category, month_period, scope, source, rough, intake, wider=wider)


#: `door de kinderen ... 327 keer benaderd`: who made contact, named before the count
@cache
def _contacted_by() -> re.Pattern:
    reporters = _words_alt(_vocab()["data"]["reporter_nouns"])  # the same for every subject
    return re.compile(rf"\bdoor\s+(?:de\s+|het\s+)?(?:[^\W\d]+\s+)?(?:{reporters})\b", re.I)


def _contacts_category(val: _Value, s: str, ctx: _Context) -> str:
    """How often a body was approached (`werd 1.732 keer gecontacteerd`) counts its intake:
    the total where the document counts no items of its own beside it (`De Kinderombudsman
    werd 3.286 keer benaderd`); beside a count of the items (`567 klachten`), or as the
    part some made (`door de kinderen 327 keer benaderd`, `90 medewerkers trokken aan de
    bel`), its wider contacts: other (so in the first pass, which finds the items' counts)."""
    c0, c1 = _clause_bounds(s, val.start)
    who = _persons_contacted(s, val.end)  # `90 medewerkers trokken aan de bel`: one group's
    # two groups together (`studenten en medewerkers`) are anyone who approached the body
    anyone = who is None or who in _vocab()["data"]["anyone_nouns"] or " en " in who
    # people who reported themselves (`Drieënvijftig studenten en medewerkers meldden zich`)
    # made one report each: the reports' whole, beside the counts of their kinds
    reported = who is not None and _REPORTED_THEMSELVES.search(s, c0, c1) is not None
    # a help line's conversations are its contacts: approached that often is their whole
    beside_items = ctx.counts_items and not reported and not _helpline_items()
    if ctx.probe or beside_items or _contacted_by().search(s, c0, val.start):
        return "other"
    if _rules()["beside_contact_noun"].match(s[val.end :]):
        # `Dat maakt 30.100 telefoontjes`, `5.173 informatievragen`: calls and questions
        # are contacts beside the items, never their whole (gold rule 5)
        return "other"
    return "total" if anyone else "other"


def _helpline_items() -> bool:
    """Whether the text's own words for its items are a help line's conversations
    (`subjects._helpline_contacts`: `65.950 gesprekken`): how often it was approached
    (`werd de hulplijn in totaal 113.921 keer benaderd`) counts the same intake."""
    own = _SUBJECT.get()[3]
    return bool(own) and set(own) <= set(_vocab()["data"]["helpline_contact_nouns"])


#: people who reported to the body (`meldden zich`, `meldden ... ongewenst gedrag`, `hebben
#: zich gemeld`)
_REPORTED_THEMSELVES = re.compile(r"\bmeldden?\b|\bzich\s+gemeld\b", re.IGNORECASE)


def _restates_contacts(val: _Value, reading: _Reading, source: str) -> bool:
    """`werd 980 keer geconsulteerd, in 2017 waren dat er 870`: the contacts the sentence
    just counted, restated for another period (not the count the sentence before carries)."""
    if source not in ("total", "carry") or not reading.facts or not reading.facts[-1].wider:
        return False
    return _THAT_MANY.search(reading.text, 0, val.start) is not None


def _fact_for_each_period(val: _Value, reading: _Reading, ctx: _Context) -> _Fact | None:
    """`zowel 2023 als 2022 (beide 10.500)`: one figure for each of the periods listed right
    before its bracket (placed in `_each_period`), the count the sentence names."""
    category, _ = _category_of_value(val, reading, ctx)
    if category is None and reading.has_noun and not val.percent:
        category = "total"
    return _Fact(val, category, None, None, "both") if category else None


def _no_figure_of_its_own(val: _Value, s: str, before: str, after: str) -> bool:
    """A number that counts no items of its own: after `some`, a share of units, the rest
    of a count, leaks not reported, so-called items, a sum with another's, or a part by who
    made them."""
    if _AFTER_SOME.search(before) or (val.percent and _shares_of_units(s)):
        return True
    if _THE_REST.search(before):
        return True  # `De overige zes datalekken zijn niet gemeld`: the rest of a count
    if _SUBJECT.get()[0] == LEAK and _not_reported(after):
        return True  # `110 datalekken (60,8 procent) niet bij de AP gemeld`: no AP figure
    if _scare_quoted_noun(after):
        return True  # `nog 36 'klachten', maar dit waren ...`: so called, not such items
    if _OTHERS_ADDED.search(before):
        return True  # a count with another's added, whose sum is no unit's own
    if _RATE_AFTER.match(after):
        return True  # `rond de 45 per jaar`: an average over the years, no year's count
    if _whole_of_a_share(val, before):
        return True  # `57% van de 21 gevallen`, `Negen van de tien keer`: a share's whole
    if _actions_counted(after):
        return True  # `2572 geregistreerde waarschuwingen uitgedeeld`: the body's own acts
    if val.word and val.value == 1 and _one_each_or_any(before, after):
        return True  # `mensen die één klacht indienen`: one each, or any one, no count
    if _other_things_listed(before):
        return True  # `een stijging van het aantal pv's: 339 in 2015, 465 in 2016`
    c0, c1 = _clause_bounds(s, val.start)
    if _FORECAST.search(s, c0, c1):
        return True  # `verwacht ... rond de 50 Woo-verzoeken te ontvangen`: not counted yet
    if _SUBJECT.get()[0] != LEAK and _number_made_by_some(before):
        return True  # `het aantal meldingen door dierenartsen ... van 91 ... naar 252`
    if _number_of_people(before[c0:], after):
        return True  # `het aantal klagers met zestig procent van 71 naar 28`: people
    # `14 klachten van ondernemers`: a part by who made them (not `klachten van burgers`:
    # anyone's, the whole intake)
    return bool(
        _SUBJECT.get()[0] != LEAK
        and _rules()["by_reporter"].match(after)
        and not _rules()["reporter_about"].match(after)
        and not _by_anyone(after)
    )


#: a share right before the whole it is of (`57% van de`, `In 10 procent van de`)
_PERCENT_OF = re.compile(
    r"(?:%|\bprocent)\s+(?:van|op)\s+(?:de|het|die|deze|alle)\s+$", re.IGNORECASE
)


@cache
def _ratio_of_words() -> re.Pattern:
    """`Negen van de tien`, `drie op de tien`: a number in words before another's base."""
    words = _words_alt(list(_vocab()["data"]["number_words"]))
    return re.compile(rf"\b(?:{words})\s+(?:van|op)\s+de\s+$", re.IGNORECASE)


def _whole_of_a_share(val: _Value, before: str) -> bool:
    """Whether a number is the whole a share right before it is taken of (`In het zevende
    rapportagejaar was dit nog 57% van de 21 gevallen`, `In 10 procent van de 160 meldingen
    loopt nu een onderzoek`), or the ten or hundred of a ratio in words (`Negen van de tien
    keer betreft het loze brandmeldingen`): the sentence states the share, not the whole as a
    count of its own (a count stated as such is read where it is stated)."""
    if _PERCENT_OF.search(before):
        return True
    return val.word and val.value in (10, 100) and _ratio_of_words().search(before) is not None


#: the noun right after a number, one adjective (`geregistreerde`, `nieuwe`) before it or not
_NOUN_AFTER = re.compile(r"\s*(?:[^\W\d]+e\s+)?(?P<noun>[^\W\d][\w'’-]*)\b")


def _actions_counted(after: str) -> bool:
    """Whether the noun right after a number names a body's own actions, which answer no
    incident (`Alles opgeteld zijn er 2572 geregistreerde waarschuwingen uitgedeeld`,
    `verrichtte de Autoriteit Persoonsgegevens 138 onderzoeken naar aanleiding van
    klachten`): what the body did, however many items it did it on. Not where a known
    subject counts such acts as its items (`Het korps heeft vorig jaar 812 onderzoeken gedaan
    naar de integriteit van zijn medewerkers`: the integrity subject's investigations); the
    fallback subject's heads (`waarschuwingen` among them) are a guess at an unknown text's
    items, which the body's own act named outright overrules."""
    m = _NOUN_AFTER.match(after)
    if m is None or not m["noun"].lower().endswith(_body_action_heads()):
        return False
    spec = _subject_specs().get(_SUBJECT.get()[0])
    if spec is None:
        return True
    if spec.get("fallback"):
        # the text's own word for its items overrules the guess (a help line's
        # `gesprekken`, `subjects._helpline_contacts`)
        return m["noun"].lower() not in _SUBJECT.get()[3]
    return m["noun"].lower() not in _own_nouns(_SUBJECT.get()[0])


def _one_each_or_any(before: str, after: str) -> bool:
    """`Wel zijn er meer mensen die één klacht indienen`, `13 patiënten die één klacht
    indienden`: one item each of those who filed them; `(één klacht kan langs verschillende
    dragers worden ingediend)`: any one item, a rule of counting. Neither counts items."""
    noun = _items_re().match(after.lstrip())
    if noun is None:
        return False
    rest = after.lstrip()[noun.end() :]
    each = _RELATIVE_BEFORE.search(before) is not None and _FILED_AFTER.match(rest) is not None
    return each or _MODAL_AFTER.match(rest) is not None


#: `mensen die één klacht ...`: a relative clause on those who filed it
_RELATIVE_BEFORE = re.compile(r"\bdie\s+(?:(?:maar|slechts|ook|elk|ieder)\s+)?$", re.IGNORECASE)
#: `... indienen`, `... hebben ingediend`: the verb of filing after the noun
_FILED_AFTER = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,3}?(?:in(?:dienen|dienden|diende|gediend)|gedaan|deden|doen)\b",
    re.IGNORECASE,
)
#: `één klacht kan ...`: what any one item may be
_MODAL_AFTER = re.compile(r"\s+(?:kan|kunnen|mag|moet)\b", re.IGNORECASE)


#: a count per period of time right after a number (`schommelt het aantal klachten rond
#: de 45 per jaar`, `gemiddeld 12 meldingen per maand`): a rate
_RATE_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+)?per\s+(?:jaar|maand|week|dag|kwartaal|etmaal)\b", re.IGNORECASE
)


#: `het aantal pv's: 339 in 2015, 465 in 2016`: the noun counted, the list after its colon
_NUMBER_OF_COLON = re.compile(r"\baantal\s+(?P<noun>[^\W\d][\w'’-]*)\s*:(?P<list>[^:;]*)$", re.I)


def _other_things_listed(before: str) -> bool:
    """Whether a number stands in a list after `het aantal X:` whose noun is no noun of the
    items (`Naast een stijging van het aantal meldingen is er ook een stijging van het
    aantal pv's: 339 in 2015, 465 in 2016`: the official reports the service drew up)."""
    m = _NUMBER_OF_COLON.search(before)
    noun_re = _vocab()["noun_re"]
    return m is not None and not noun_re.fullmatch(m["noun"]) and not noun_re.search(m["list"])


#: a forecast (`naar verwachting`, `verwacht ... te ontvangen`), not the past's `had verwacht`
_FORECAST = re.compile(
    r"\bnaar\s+verwachting\b|\bverwacht(?:en|t)?\b[^.;]{0,60}?\bte\s+[^\W\d]+en\b",
    re.IGNORECASE,
)


#: `het aantal klagers`, `Het aantal bedrijven met meer dan 20 klachten`: what is counted
_NUMBER_OF = re.compile(r"\baantal\s+(?P<words>[^\W\d]+(?:\s+[^\W\d]+)?)", re.IGNORECASE)
#: `meer dan 20 klachten`: items counted by a number of their own, a qualifier of the unit
_COUNTED_ITEMS = re.compile(r"\d[\d.,]*\s+[^\W\d][\w'-]*")


def _number_of_people(before: str, after: str) -> bool:
    """Whether the last `het aantal X` before a number in its clause (`before`) counts
    people or the units they form (`het aantal klagers met zestig procent van 71 naar 28`,
    `Het aantal bedrijven met meer dan 20 klachten is ... van 7 naar 4 in 2015 gedaald`):
    the number is theirs, unless it names the items itself (`..., 40 klachten`), the items
    stand beside the unit (`het aantal melders en meldingen`), or the people are told by
    the item they filed (`Het aantal studenten dat een klacht indiende was 84`: one each)."""
    found = list(_NUMBER_OF.finditer(before))
    if not found or _items_re().match(after.lstrip()):
        return False
    m = found[-1]
    words = m["words"].lower().split()
    noun_re = _vocab()["noun_re"]
    if any(noun_re.fullmatch(w) for w in words) or not any(
        w.endswith(_people_heads()) for w in words
    ):
        return False
    rest = before[m.start("words") + len(words[0]) :]
    return not noun_re.search(_COUNTED_ITEMS.sub(" ", rest))


def _number_made_by_some(before: str) -> bool:
    """Whether the number the sentence counts before a figure is of the items some made
    (`het aantal directe meldingen door dierenartsen is gestegen, van 91 in 2022 naar
    252`), no other items named between: a part by who made them, as `14 klachten van
    ondernemers`."""
    found = list(_rules()["aantal_by_reporter"].finditer(before))
    return bool(found) and not _vocab()["noun_re"].search(before, found[-1].end())


def _by_anyone(after: str) -> bool:
    """Whether the items right after a number are made by anyone (`klachten van burgers`,
    `meldingen door inwoners`): the `anyone_nouns` (first of a list of who made them)."""
    m = re.match(r"\s*(?:[^\W\d]+\s+){1,2}?(?:van|door)\s+(?P<who>[^\W\d]+)", after)
    anyone = {w.lower() for w in _vocab()["data"]["anyone_nouns"]}
    return m is not None and m["who"].lower() in anyone


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


#: `meer meldingen (` right before a count alone in its bracket, and after it, in its
#: clause, `dan in (heel) 2018 (`: the comparison's two levels each in brackets
_MORE_ITEMS_BRACKET = re.compile(r"\b(?:meer|minder)\s+(?P<noun>[^\W\d]+)\s*\(\s*$", re.I)
_THAN_IN_YEAR_BRACKET = re.compile(
    r"\s*\)[^.;:()]*?\bdan\s+in\s+(?:heel\s+)?(?:19|20)\d\d\s*\(\s*\d", re.I
)


def _more_than_in_year(before: str, after: str) -> bool:
    """`Er zijn dit jaar in totaal al meer meldingen (42.721) binnengekomen dan in heel 2018
    (34.588)`: the items' count in brackets after `meer <items>` is the current level of a
    comparison whose other level stands in brackets after the year compared with; a count in
    brackets after its noun with no such comparison (`in een groot deel van de incidenten
    (23)`: a kind) is not read so."""
    m = _MORE_ITEMS_BRACKET.search(before)
    return (
        m is not None
        and _vocab()["noun_re"].fullmatch(m["noun"]) is not None
        and _THAN_IN_YEAR_BRACKET.match(after) is not None
    )


#: `met betrekking tot bosbranden (`: a plural named after a preposition right before a
#: count's bracket
_PLURAL_BEFORE_BRACKET = re.compile(
    r"\b(?:met\s+betrekking\s+tot|over|voor|van|bij)\s+(?P<noun>[^\W\d]+(?:en|s))\s*\(\s*$",
    re.IGNORECASE,
)


def _bracket_after_a_kind(before: str) -> bool:
    """`het hoge aantal alarmeringen met betrekking tot bosbranden (364)`: the count in
    brackets is that of the plural right before it, what the items were about, not of the
    items `aantal` names (a plural of the items' own noun is theirs: `van de meldingen
    (41)`)."""
    m = _PLURAL_BEFORE_BRACKET.search(before)
    return m is not None and _vocab()["noun_re"].fullmatch(m["noun"]) is None


def _states_a_total(val: _Value, reading: _Reading) -> bool:
    """A total (`84 meldingen`, `het aantal gemelde datalekken 64`, `(41)`), or a second
    total after one with its noun left out (`in 2021 73 meldingen, in het tweede halfjaar 35`)."""
    rules, s = _rules(), reading.text
    before, after = s[: val.start], s[val.end :]
    if rules["count_noun_after"].match(after) or rules["total_before"].search(before):
        return True
    if _more_than_in_year(before, after):
        return True  # `al meer meldingen (42.721) binnengekomen dan in heel 2018 (34.588)`
    if _times_filed(after) or rules["filed_by"].match(after) or _received_cases(s, val.end):
        return True
    if PIECES.match(after) and _vocab()["noun_re"].search(before):
        return True  # `De hoeveelheid klachten bleef constant: 34 stuks in 2018`
    if _summed_noun(val, s) is not None:
        return True  # `veel klachten over afval binnen, 164 in totaal`
    shared = _SHARED_NOUN.match(after)
    if shared and rules["count_noun_after"].match(after[shared.end() :]):
        return True  # `31 en 36 meldingen`: the noun after the second number counts both
    if rules["bracket_before"].search(before) and rules["aantal"].search(s):
        return not _bracket_after_a_kind(before)
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
    # `Het aantal nieuw ingekomen klachten is in 2022 gedaald naar 477`, `Afgelopen jaar steeg
    # dat aantal naar 60`: a change told by the level it reached alone is read as the new
    # level of `van ... naar` above, on the same terms
    if level_reached().search(s, 0, val.start) and (
        numbered or _noun_in_clause_before(s, val.start)
    ):
        return True
    # (a period after the number leaves an empty slice: it counts too, as it always did)
    return any(f.source == "total" for f in reading.facts) and any(
        p.anchors and _LEVEL_OF_PERIOD.fullmatch(s[p.end : val.start]) for p in reading.periods
    )


#: between a period and the next count of a series whose first one was a total: `in 2018
#: 1.428`, `in 2019 om 1.745`, and the level a series rises to (`in 2018 weer te stijgen
#: tot 1.428 en vorig jaar naar een record aantal van 1.745`)
_LEVEL_OF_PERIOD = re.compile(
    r"\s*(?:om|:|naar)?\s*(?:een\s+(?:[^\W\d]+\s+)?aantal\s+van\s+)?", re.IGNORECASE
)


#: `..., 164 in totaal`: a number that sums the items named before it
_IN_TOTAL_AFTER = re.compile(r"^\s*in\s+(?:het\s+)?totaal\b", re.IGNORECASE)
#: a number that is not a year (`in 2021` between the items and their sum names their year)
_OTHER_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d")


def _summed_noun(val: _Value, s: str) -> re.Match | None:
    """The subject's noun a number sums where it follows the items, named before it in the
    sentence and not counted there (`liepen er veel klachten over afval binnen, 164 in
    totaal`, `Er werden weer veel bezwaarschriften ingediend: 164 in totaal`)."""
    if val.percent or not _IN_TOTAL_AFTER.match(s[val.end :]):
        return None
    nouns = list(_vocab()["noun_re"].finditer(s, 0, val.start))
    if not nouns or _OTHER_NUMBER.search(s, nouns[-1].end(), val.start):
        return None  # `klachten, waarvan 12 over afval, 164 in totaal`: another's sum
    if re.search(r"\d\s*$", s[: nouns[-1].start()]):
        return None  # `900 klachten, 164 in totaal`: the noun is another number's
    return nouns[-1]


#: what ends the clause a change's subject is in (a colon only introduces the change)
_CLAUSE_END = re.compile(r"[,;]|\b(?:waarvan|daarvan|hiervan|maar|terwijl)\b", re.IGNORECASE)


_KIND_NAMED = re.compile(r"\b(?:categorie|type|soort)\b", re.IGNORECASE)


def _noun_in_clause_before(s: str, pos: int) -> bool:
    """Whether the clause that ends in the change at `pos` names the items (the subject's
    noun, or a compound ending in it), wherever in the clause: the change is then the
    number of those items, or of the kind `_change_of_a_kind` reads."""
    noun = _items_named_before(s, pos)
    if noun is None:
        return False
    # `de meldingen in de categorie Fraude (van 11 naar 25)`: one kind's (a data-leak pass
    # reads its kinds by their vocabulary: no total)
    return _SUBJECT.get()[0] != LEAK or _KIND_NAMED.search(s, noun.end(), pos) is None


def _items_named_before(s: str, pos: int) -> re.Match | None:
    """The last noun of the items (or compound ending in one) in the clause before `pos`."""
    start = max((m.end() for m in _CLAUSE_END.finditer(s, 0, pos)), default=0)
    found = list(_items_re().finditer(s, start, pos))
    return found[-1] if found else None


def _change_of_a_kind(val: _Value, s: str) -> bool:
    """Whether a level of a change counts one kind of the requests, complaints or reports:
    the items its clause names are a compound of their noun (`de bemiddelingsklachten (van
    10.648 in 2021 naar 8.605)`), or the noun with what they are about (`klachten met
    betrekking tot kwaadwillig gebruik ... (van 2.706 in 2021 naar 1.969)`) or their
    category (`de meldingen in de categorie Fraude (van 11 naar 25)`); and so the level a
    change reached told alone (`Het aantal telefoonoproepen klom naar 112.574`). Not in a
    data-leak pass (its kinds are its vocabulary's)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    firsts = [first for first, _ in (p for p in _from_to(s) if val.start in p)]
    if level_reached().search(s, 0, val.start):
        firsts.append(val.start)
    for first in firsts:
        noun = _items_named_before(s, first)
        if noun is not None and _names_a_kind(noun, s, first):
            return True
    return False


def _names_a_kind(noun: re.Match, s: str, end: int) -> bool:
    """Whether the items named at `noun` are one kind of them (see `_change_of_a_kind`); the
    subject's own compounds (`klachtmeldingen`, `integriteitsmeldingen`) are its items."""
    if noun["modifier"] and not _vocab()["noun_re"].fullmatch(noun[0]):
        return True
    about = _rules()["about_kind"].match(s[noun.start() : end])
    return bool(_KIND_NAMED.search(s, noun.end(), end) or about)


def _compound_counted(val: _Value, s: str) -> bool:
    """`177 bemiddelingsdossiers`, `8.605 bemiddelingsklachten`: a number right before a
    compound whose head is the items' noun counts one kind of them (not the subject's own
    compounds, which are its nouns; not in a data-leak pass)."""
    if _SUBJECT.get()[0] == LEAK or val.percent:
        return False
    m = _items_re().match(s, len(s) - len(s[val.end :].lstrip()))
    if m is not None and m[0].lower() in _vocab()["data"].get("kind_nouns", ()):
        return True  # `welgeteld 8347 ritten`: a kind the text names (`_text_kind_nouns`)
    return m is not None and bool(m["modifier"]) and not _vocab()["noun_re"].fullmatch(m[0])


#: the sentence's subject before its count: a part of some items (`Een deel van de
#: stankklachten`), or the items split by what they are (`De brandmeldingen betroffen`)
_SPLIT_SUBJECT = re.compile(
    r"^\W*(?:(?:en|maar)\s+)?(?:(?:een\s+(?:groot\s+)?|het\s+grootste\s+)deel\s+van"
    r"|(?:de|die|deze)(?=\s+\S+\s+(?:betroffen|betreffen|bestonden\s+uit|bestaan\s+uit)\b))"
    r"\s+(?:(?:de|die|deze)\s+)?(?P<items>[^\W\d][\w-]*)\b",
    re.IGNORECASE,
)


def _part_of_a_kind(val: _Value, s: str) -> bool:
    """`Een deel van de stankklachten hebben als bron de horeca (970 klachten)`, `De
    brandmeldingen betroffen bijna 71.000 meldingen vanuit automatische
    brandmeldinstallaties en ...`: a count in a sentence whose subject is a part of one kind
    of the items, or that kind split, counts a part of a kind: rows do not nest (gold rule
    7). The kind is a compound of the items' noun (`facts._compound_counted`); not in a
    data-leak pass (its kinds are its vocabulary's)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    m = _SPLIT_SUBJECT.match(s, 0, val.start)
    if m is None:
        return False
    items = _items_re().fullmatch(m["items"])
    return (
        items is not None
        and bool(items["modifier"])
        and not _vocab()["noun_re"].fullmatch(m["items"])
    )


def _about_a_kind(val: _Value, reading: _Reading, text: str = "") -> bool:
    """A count of requests, complaints or reports of one kind, named by what they are
    about (`Vijf klachten gingen over bejegening`; its noun left out after another such
    count: `en 139 over ...`). Data leaks have their own kinds (the category vocabulary).
    `text` is the document's, whose head may name what all its items are about."""
    if _SUBJECT.get()[0] == LEAK or val.percent:
        return False
    if _rules()["reporter_about"].match(reading.text[val.end :]):
        return True
    if _bracketed_about(val, reading.text):
        return True
    s = reading.text
    if _MOST_OF_THEM.search(s, 0, val.start) and _BRACKET_END.match(s, val.end):
        return True  # `144 ongelukken, waarvan de meeste (67) parkeerschades waren`
    if _received_cases(reading.text, val.end):
        # `236 494 dossiers over digitale klantencontacten`: the body's cases of one kind
        after = reading.text[val.end :]
        after = after[_rules()["intake_noun"].match(after).end() :]
        return _rules()["about_kind"].match(after) is not None
    m = _rules()["about_kind"].match(reading.text[val.end :])
    if m is None or _the_subject_as_matter(reading.text[val.end + m.end() :]):
        return False
    # the rule's match ends on the matter's first letter
    if _the_head_matter(reading.text[val.end + m.end() - 1 :], text, reading.text):
        return False
    if m["noun"] is not None or any(f.source == "kind" for f in reading.facts):
        return True
    # `waarvan 12 over ...`, `gingen er 60 over afval`: a part of the items, its noun left
    # out after the partitive
    before = reading.text[: val.start]
    return _PART_BEFORE.search(before) is not None or _OF_THEM.search(before) is not None


#: `waarvan de meeste (67)`: the largest part of a count, its kind told after the bracket
_MOST_OF_THEM = re.compile(
    r"\b(?:waarvan|daarvan|hiervan)\s+(?:de\s+meeste|het\s+merendeel|het\s+grootste\s+deel)"
    r"\s*\(\s*$",
    re.IGNORECASE,
)
_BRACKET_END = re.compile(r"\s*\)")
#: the end of the clause that says what the items are about
_MATTER_END = re.compile(r"[,;.:!?()]")


def _the_subject_as_matter(matter: str) -> bool:
    """Whether what the items are said to be about names the document's subject itself
    (`8.478 meldingen over vermoedelijke feiten van discriminatie` in a text on
    discrimination reports, `69 meldingen van discriminatie`): the items described, all of
    them, no kind of them."""
    cue = _subject_cues().get(_SUBJECT.get()[0])
    clause = _MATTER_END.split(matter, maxsplit=1)[0]
    # up to the items named again (`Zes klachten gingen over wachttijden en negen klachten
    # ...`, `viel in de categorie overige klachten`): another count's, or a kind's name
    noun = _vocab()["noun_re"].search(clause)
    clause = clause[: noun.start()] if noun else clause
    return cue is not None and cue[0].search(clause) is not None


def _the_head_matter(matter: str, text: str, sentence: str = "") -> bool:
    """Whether what the items are said to be about is, unqualified, what the document's head
    says all its items are about (`meldingen van overlast, zoals ...` under `Cijfers over
    overlast`; `klachten over geluidsoverlast` in a text on complaining `over
    geluidsoverlast`): the items described, all of them (a fallback subject has no cue of
    its own to say so). `meldingen van overlast door jeugd` is one kind of them. A head
    that names the matter in other words counts too (`_named_by_the_head`; `sentence`: the
    one the matter is read from)."""
    said = _MATTER_END.split(matter, maxsplit=1)[0].strip()
    head = _HEAD_MATTER.search(text[:HEAD_CHARS])
    if head is not None and said.lower() == head["matter"].lower():
        return True
    return _named_by_the_head(said, text, sentence)


def _named_by_the_head(said: str, text: str, sentence: str) -> bool:
    """`In 2012 registreerde de organisatie ruim 1700 meldingen van mensenhandel` under `Het
    aantal meldingen van slachtoffers van mensenhandel is vorig jaar flink toegenomen`,
    `bijna 5.400 meldingen over de openbare ruimte` under `... digitale melding openbare
    ruimte`: the text's head count, every word of its matter (or a form of it:
    `woninginbraak`, `woninginbraken`) one the head names outside the count's own sentence.
    Only a matter in lower case (no body) and unqualified (`matter_qualifiers`: `overlast
    door jeugd` is one kind; `seksueel misbruik` under a head on `seksuele intimidatie`
    another)."""
    matter = _matter_words(said)
    if not matter or len(matter[0]) < _MATTER_WORD_CHARS:
        return False
    head = " ".join(text[:HEAD_CHARS].split())
    own = " ".join(sentence.split())
    if own and (at := head.find(own[:_OWN_PREFIX_CHARS])) >= 0:
        # the count's own sentence names its matter: no sign of what the head is about
        head = head[:at] + " " + head[at + len(own) :]
    named = re.findall(r"[^\W\d]+", head.lower())
    return all(any(_same_word(word, w) for w in named) for word in matter)


def _matter_words(said: str) -> list[str]:
    """The words of what items are said to be about, up to a word that ends it without
    narrowing it (`matter_ends`, the filing's verbs); none where it is a name (`het Centraal
    Administratie Kantoor`) or a word narrows it (`matter_qualifiers`)."""
    data = _vocab()["data"]
    ends = {*data.get("matter_ends", ()), *data["intake_verbs"], *data["received_adjectives"],
            *data["reported_participles"]}  # fmt: skip
    qualifiers = set(data.get("matter_qualifiers", ()))
    words = []
    for word in re.findall(r"[^\W\d]+", said):
        if word.lower() in ends:
            break
        if word.lower() in qualifiers or not word.islower():
            return []
        words.append(word)
    return words if len(words) <= _MATTER_WORDS else []


#: the most words a matter the head names has (`openbare ruimte`); a longer one is
#: described, no whole's name
_MATTER_WORDS = 2
#: the shortest first word of a matter the head may name (not `de`, `een`, `ander`)
_MATTER_WORD_CHARS = 6
#: how much of the count's own sentence finds it in the head (its words as the head prints
#: them, whitespace aside)
_OWN_PREFIX_CHARS = 60


#: the most letters a form of a word may end in other than the word (`woninginbraak`,
#: `woninginbraken`: `ak`, `ken`); a longer ending is another word (`overlastmeldingen`)
_FORM_ENDING_CHARS = 3
#: the fewest letters two forms of one word share from their start (not `melden`, `meldkamer`)
_FORM_STEM_CHARS = 5


def _same_word(a: str, b: str) -> bool:
    """The same word or a form of it: one a prefix of the other but for its last
    `_FORM_ENDING_CHARS` letters (`woninginbraak`, `woninginbraken`; not `overlast`,
    `overlastmeldingen`)."""
    common = len(os.path.commonprefix([a, b]))
    return (
        common >= min(len(a), len(b)) - _FORM_ENDING_CHARS
        and abs(len(a) - len(b)) <= _FORM_ENDING_CHARS
        and common >= _FORM_STEM_CHARS
    )


#: what a document's head says its items are about: a lower-case word after `over` or `van`
#: right after their noun, `cijfers` or a verb of complaining (`Cijfers over overlast`,
#: `klagen over geluidsoverlast`; not `klachten over de Belastingdienst`: a body)
_HEAD_MATTER = re.compile(
    r"\b(?:cijfers|meldingen|klachten|klagen|klaagt|klaagden|geklaagd)\s+(?:over|van)\s+"
    r"(?P<matter>(?-i:[a-z])[^\W\d]+)\b",
    re.IGNORECASE,
)


#: a verb of what the items are about after a bracket (`betreft fraudezaken`, `gaat over de
#: stiptheid`, `heeft betrekking op de programmering`), not a unit's name (`op Zwolle`), or
#: the category they fall in (`vielen in de categorie overige zaken`)
_ABOUT_AFTER_BRACKET = re.compile(
    r"\s*\)\s*(?:(?:betreft|betroffen|betrof|betreffen|(?:gaat|gaan|ging|gingen)\s+over"
    r"|(?:heeft|hebben|had|hadden)\s+betrekking\s+op)\s+(?!(?-i:[A-Z]))"
    r"|(?:viel|vielen|valt|vallen)\s+(?:in|onder|binnen)\s+de\s+categorie\b)",
    re.IGNORECASE,
)


def _bracketed_about(val: _Value, s: str) -> bool:
    """`Een vierde van de klachten (14.136) gaat over de stiptheid`, `Het grootste aantal
    klachten (1.024) heeft betrekking op de programmering`, `De meeste bezwaren (21) vielen
    in de categorie overige zaken`: a count in brackets right after the items' noun (or
    `aantal`), what they are about after the bracket: a kind's count (a sentence naming no
    noun of the items is not read: `Het grootste aantal (1.024)`)."""
    noun = _vocab()["noun_alt"]
    before = re.search(rf"\b(?:{noun}|aantal)\s*\(\s*$", s[: val.start], re.IGNORECASE)
    return before is not None and _ABOUT_AFTER_BRACKET.match(s, val.end) is not None


#: `waarvan 12 over bejegening`: a part of the count named before, its noun left out
_PART_BEFORE = re.compile(r"\b(?:waarvan|daarvan|hiervan)\s+(?:er\s+)?$", re.IGNORECASE)


def _number_of_a_kind(s: str, ctx: _Context) -> bool:
    """A sentence on the number of one kind of requests, complaints or reports (`het aantal
    meldingen van ongewenst gedrag steeg van 64 naar 145`), or one whose subject refers to
    the number the sentence before named so (`Dat steeg van 64 meldingen in 2016 ...`)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    rule = _rules()["aantal_of_kind"]
    of_kind = rule.search(s)
    if of_kind and _the_head_matter(s[of_kind.end() - 1 :], ctx.text, s):
        of_kind = None  # `Het totale aantal meldingen van overlast` under `Cijfers over overlast`
    if of_kind or _rules()["kind_subject"].match(s) or _number_of_a_text_kind(s):
        return True
    if len(ctx.recent_texts) < 2:
        return False
    before = ctx.recent_texts[-2]
    if _THAT_NUMBER.match(s) is not None and (
        rule.search(before) or _number_of_a_text_kind(before)
    ):
        return True
    # `... heel wat klachten over de dienstverlening met betrekking tot het parkeerplan. Het
    # waren er 41`: the items of one kind the sentence before named without counting them
    return (
        _that_many_again().search(s) is not None
        and not _OTHER_NUMBER.search(before)
        and any(
            _rules()["about_kind"].match(before[m.start() :])
            for m in _vocab()["noun_re"].finditer(before)
        )
    )


def _number_of_a_text_kind(s: str) -> bool:
    """`Het aantal inbraken steeg van 38 naar 45`, `Het aantal woningbranden was 312`: the
    number of a kind the text names (`subjects._text_kind_nouns`), or a compound of one."""
    kinds = tuple(_vocab()["data"].get("kind_nouns", ()))
    _, after_aantal = _counted_noun_res()
    return bool(kinds) and any(m["noun"].lower().endswith(kinds) for m in after_aantal.finditer(s))


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


#: the figures listed after `respectievelijk` (`respectievelijk 96 en 11`, `Respectievelijk
#: gaat het om 886, 794 en 927`): a few words may stand between
_RESPECTIVE_LIST = re.compile(
    rf"\b{RESPECTIVELY}\.?\s+(?:[^\W\d]+\s+){{0,4}}"
    r"(?P<list>\d[\d.,]*\s*(?:%|procent\b)?(?:\s*(?:,|en\b|and\b)\s*\d[\d.,]*\s*(?:%|procent\b)?)+)",
    re.IGNORECASE,
)


def _respective_list_alike(reading: _Reading, ctx: _Context) -> list[_Fact]:
    """The figures of one `respectievelijk` list each stand for one thing named in the same
    order (a period, a kind, a unit), so they are alike. Where the sentence's own periods did
    not pair with them one each (`_pair_respectively`): a sentence opening with the word
    pairs them with the years the sentence before named (`_years_listed_before`); one read
    as a kind, or items named by what they are about, make all of them kinds (`Het aantal
    meldingen over discriminatie en radicalisering is respectievelijk 96 en 11`); all read
    as the whole with no unit stand for things the rules do not pair (areas, the years of
    `in de daaropvolgende jaren`): none is the sentence's one total, and none gives a row."""
    m = _RESPECTIVE_LIST.search(reading.text)
    if m is None:
        return reading.facts
    listed = [f for f in reading.facts if m.start("list") <= f.value.start < m.end("list")]
    if len(listed) < 2 or len({f.period for f in listed}) == len(listed):
        return reading.facts  # one figure, or each with its own period: paired
    wholes = [f for f in listed if f.category == "total" and f.scope is None]
    numbers = len(_DIGIT_RUN.findall(m["list"]))
    years = _years_listed_before(reading, ctx, numbers) if len(listed) == numbers else None
    if years and len(wholes) == len(listed):
        for f, year in zip(listed, years, strict=True):
            f.period = year  # None: no row
        return [f for f in reading.facts if f.period is not None or f not in listed]
    if any(f.category == "other" for f in listed) or _kinds_named_before(reading.text, m.start()):
        for f in wholes:
            f.category, f.source = "other", "kind"
        return reading.facts
    if len(wholes) < len(listed) or _units_named_before(reading.text, m.start(), ctx):
        return reading.facts  # units compared take the figures in order (`_respective_unit`)
    return [f for f in reading.facts if f not in listed]


def _units_named_before(s: str, pos: int, ctx: _Context) -> bool:
    """Whether a unit the text compares is named before `pos` (`Alleen in Overijssel en
    Zeeland waren er meer datalekken, respectievelijk 24 en 22`)."""
    return any(re.search(rf"\b{re.escape(name)}\b", s[:pos]) for name in ctx.organisations)


def _years_listed_before(reading: _Reading, ctx: _Context, n: int) -> list[Period | None] | None:
    """`... ten opzichte van 2020, maar licht gedaald ten opzichte van 2019. Respectievelijk
    gaat het om 886, 794 en 927 klachten`: a sentence naming no period that opens with the
    word refers to the `n` years the sentence right before named, in that order; one the
    rules cannot place (`vorig jaar` in an undated text) is None, its figure no row."""
    if reading.periods or not _OPENS_RESPECTIVELY.match(reading.text) or len(ctx.recent_texts) < 2:
        return None
    before = ctx.recent_texts[-2]
    spans = find_periods(before, _context_year(ctx), ctx.last_year)
    slots = [(p.start, p.period) for p in spans]
    slots += [
        (m.start(), None)
        for m in _rules()["unplaced_period"].finditer(before)
        if not any(p.start <= m.start() < p.end for p in spans)
    ]
    years = [period for _, period in sorted(slots, key=lambda slot: slot[0])]
    if len(years) != n or not all(y is None or _is_year(y) for y in years):
        return None
    return years


_OPENS_RESPECTIVELY = re.compile(rf"\W*{RESPECTIVELY}\b", re.IGNORECASE)


#: `over discriminatie en radicalisering`: what the items are about, two or more things listed
_ABOUT_LISTED = re.compile(r"\bover\s+[^\W\d][^\d]*?\s(?:en|of)\s+[^\W\d]", re.IGNORECASE)


def _kinds_named_before(s: str, pos: int) -> bool:
    """Whether the clause before `pos` lists what the items are about (`Het aantal meldingen
    over discriminatie en radicalisering is`): a list after it counts those kinds."""
    start = max((m.end() for m in _CLAUSE_END.finditer(s, 0, pos)), default=0)
    return _ABOUT_LISTED.search(s, start, pos) is not None


def _told_to_data_subjects(val: _Value, s: str) -> bool:
    """`23 datalekken gemeld aan de betrokkenen`: in the number's clause."""
    c0, c1 = _clause_bounds(s, val.start)
    return _vocab()["subject_notice_re"].search(s, c0, c1) is not None
