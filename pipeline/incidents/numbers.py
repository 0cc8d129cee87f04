"""The numbers of a sentence (`_values`) and what makes a number no count: a year, a date,
a number of times filed, a restatement, a share of other things, a difference or a range."""

from __future__ import annotations

import re
from functools import cache

from pipeline.incidents.periods import PAST
from pipeline.incidents.records import _PeriodSpan, _Value
from pipeline.incidents.rules import (
    _number_word_alt,
    _persons_contacted,
    _received_cases,
    _rules,
)
from pipeline.incidents.vocab import (
    _DIGIT_RUN,
    _SUBJECT,
    LEAK,
    PATTERN_FILE,
    _items_re,
    _not_item_compounds,
    _rough_before,
    _vocab,
    _words_alt,
)
from pipeline.nlp import load_patterns

#: digits written with a leading zero: a telephone number or a code
_LEADING_ZERO = re.compile(r"0\d")
#: `tussen jaarlijks 1.000 à 1.100 dossiers`: either bound of a range is no count
_RANGE_NEXT = re.compile(r"[^\S\n]+à[^\S\n]+\d")
_RANGE_BEFORE = re.compile(r"\d[^\S\n]+à[^\S\n]+$")
#: the number of a sentence, `{more}` the place for the forms only `_values` reads
_NUMBER_PATTERN = (
    # `20.881`: a Dutch thousands separator is a dot
    # `9,800`: an English one, a comma, read as such where three digits follow it
    # `1 434 klachten`: a (thin) space groups thousands too, where a word follows the number
    r"(?<![\w.,/#-])(\d{1,3}(?:\.\d{3})+(?![.,]\d)|\d{1,3}(?:,\d{3})+(?![.,]?\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=[ \u00a0]?[^\W\d_]){more}|\d{1,4})"
    # one decimal, or two of a percentage (`58,32%`): a count or a share has no more
    r"(?:[.,](\d(?=\d?\s?(?:%|procent\b|percent\b))\d?|\d))?"
    r"(?:\s?(%|procent\b|percent\b))?"
    r"(?!(?!x\))[\w#]|[.,/-]\d)"
)
_NUMBER_RE = re.compile(_NUMBER_PATTERN.replace("{more}", ""), re.IGNORECASE)
#: `In 2008 moest het korps 12266 keer in actie komen`: five to seven digits without a
#: separator (more are a telephone or case number); `en 2020 (390 623)`: a bracket holding
#: one space-grouped number. Read by `_values` only, and the plain digits only where the
#: sentence says they count its items (`_four_digit_count`)
_UNGROUPED = r"|(?<=\()\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\))|[1-9]\d{4,6}(?!\d)"
_VALUE_RE = re.compile(_NUMBER_PATTERN.replace("{more}", _UNGROUPED), re.IGNORECASE)


#: a word joined to a number by a hyphen (`112-meldingen`): the number names the word's
#: kind, no count of it; not Flemish `een 150-tal` (about 150)
_HYPHENED_WORD = re.compile(r"-(?!tal\b)[^\W\d_]")

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


@cache
def _change_size() -> re.Pattern:
    """A change named before its size (`een stijging van 64`, `een daling met ruim 20`;
    `change_nouns` of the pattern file), or its verb right before `met` and a hedge (`zag
    de hulplijn het aantal telefoontjes ook al flink toenemen, met bijna 23.000`: the
    word before the number is the hedge, so the stop on `met` does not see it)."""
    data = load_patterns(PATTERN_FILE)
    nouns, verbs = _words_alt(data["change_nouns"]), _words_alt(data["change_verbs"])
    hedges = _words_alt(data["rough_before"])
    return re.compile(
        rf"(?:\b(?:{nouns})\s+(?:van|met)\s+(?:(?:maar\s+liefst|slechts)\s+)?{_rough_before()}"
        rf"|\b(?:{verbs}),?\s+met\s+(?:{hedges})\s+)$",
        re.IGNORECASE,
    )


#: the change's other level after its first (`een stijging van 452 (2013) naar 1064`)
_LEVEL_AFTER = re.compile(r"[^.;]{0,40}?\b(?:naar|tot)\s+\d", re.IGNORECASE)


@cache
def _day_of_month() -> re.Pattern:
    # on one line: `4\nFebruari 5` in a table is two cells, a count and a month
    return re.compile(rf"[0-3]?\d[^\S\n]+(?:{_vocab()['month_alt']})\b", re.IGNORECASE)


#: a list item's dash opening the sentence before its number (`- 9.991 verzoeken, opnieuw
#: hoge instroom in 2019`): a bullet, not a code's hyphen or a minus
_BULLET = re.compile(r"\s*-\s+")


@cache
def _scaled_re() -> re.Pattern:
    """`bijna 222 duizend meldingen`, `1,19 miljoen misdrijven`: a count rounded to
    thousands or millions, its scale written out after its digits (CBS and news prose)."""
    scales = "|".join(w for w, n in _vocab()["scale_words"].items() if n >= 1000)
    return re.compile(rf"(?<![\w.,/#-])(\d{{1,3}})(?:,(\d{{1,2}}))?\s+({scales})\b", re.IGNORECASE)


def _scaled_values(s: str, periods: list[_PeriodSpan]) -> list[_Value]:
    """The counts written as digits and a scale (`222 duizend`), one value each; an amount
    (`€ 2,3 miljoen`, `15 miljoen euro`) or a rate's base (`per 100 duizend inwoners`) is none."""
    v = _vocab()
    out = []
    for m in _scaled_re().finditer(s):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        prev_word = (_word_before(s, m.start()) or "").lower()
        next_word = re.match(r"\W*?([\w']+)", s[m.end() :])
        if prev_word in v["before_stop"] or prev_word == "per":
            continue
        # `54 duizend keer een loos alarm`: thousands of times are a count of times, never
        # a multiple (`twee keer zoveel`)
        if next_word and next_word.group(1).lower() in v["after_stop"] - {"keer"}:
            continue
        value = float(f"{m.group(1)}.{m.group(2) or 0}") * v["scale_words"][m.group(3).lower()]
        out.append(_Value(m.start(), m.end(), float(round(value)), False))
    return out


def _values(s: str, periods: list[_PeriodSpan]) -> list[_Value]:
    v = _vocab()
    out = _scaled_values(s, periods)
    scaled = [(val.start, val.end) for val in out]
    for m in _VALUE_RE.finditer(s):
        if any(p.start < m.end(1) and m.start(1) < p.end for p in periods):
            continue
        if any(a <= m.start(1) < b for a, b in scaled):
            continue
        percent = m.group(3) is not None
        if m.group(2) is not None and not percent:
            continue  # 3,5 that is not a percentage: not a count
        if _LEADING_ZERO.match(m.group(1)):
            continue  # `(030)`, `0800`: a telephone number or a code, no count
        if _RANGE_NEXT.match(s, m.end()) or _RANGE_BEFORE.search(s, 0, m.start(1)):
            continue  # a range's bound (`1.000 à 1.100`), no count
        if _day_of_month().match(s, m.start(1)):
            continue  # `tot 9 september`: a date's day (the mask blanks other dates)
        if _HYPHENED_WORD.match(s, m.end()):
            continue  # `het aantal 112-meldingen`, `artikel 40-vragen`: a compound's name
        digits = re.sub(r"[.,\s]", "", m.group(1))
        value = float(f"{digits}.{m.group(2) or 0}")
        plain = m.group(1).isdigit() and len(m.group(1)) >= 4
        if plain and not percent and not _four_digit_count(s, m, value):
            continue  # plain digits outside a period: a code, an amount or a broken year
        prev_word = _word_before(s, m.start())
        if prev_word and prev_word.lower() in v["before_stop"] and not _faced(s, m, prev_word):
            continue
        if percent and _share_of_other_things(s, m.start(), prev_word):
            continue
        if _change_size().search(s, max(0, m.start() - 60), m.start()) and not _LEVEL_AFTER.match(
            s, m.end()
        ):
            continue  # `een stijging van 64`: the size of a change (not `van 452 naar 1064`)
        prefix = s[: m.start()].rstrip()
        if (
            prefix.endswith(("-", "/"))
            and not prefix[-2:-1].isspace()
            and not _BULLET.fullmatch(s, 0, m.start())
        ):
            continue  # `UW/Z-0 1`, `3/4`
        next_word = re.match(r"\W*?([\w']+)", s[m.end() :])
        stop = next_word and next_word.group(1).lower() in v["after_stop"]
        stop = stop and not re.match(r"\s*[,;]", s[m.end() :])  # `1100, meer dan de 900 ...`
        stop = stop and not _times_filed(s[m.end() :]) and not _times_restated(s, *m.span())
        stop = stop and not _persons_contacted(s, m.end())  # `133 medewerkers wendden zich`
        stop = stop and not _received_cases(s, m.end())  # `ontving 1.830 dossiers`
        if not percent and stop and not _part_marker(s, m.start(), m.end()):
            continue
        if _fewer_or_more(s, m.end(), percent):
            continue
        if not percent and _SHARED_PERCENT.match(s, m.end()):
            # `respectievelijk 27 en 12 procent`: the first of two numbers sharing a unit
            # of percent is a percentage, no count
            continue
        out.append(_Value(m.start(), m.end(), value, percent))
    return sorted(out, key=lambda val: val.start)


def _fewer_or_more(s: str, end: int, percent: bool = False) -> bool:
    """`600 meldingen meer`, `drie klachten minder`: the noun between the number and its
    comparative, a difference as `20 meer dan in 2019` is; a share right before its
    comparative is the size of a change (`ruim 10 procent meer meldingen ontvangen`)."""
    if percent:
        return _SHARE_MORE.match(s, end) is not None
    noun = _vocab()["noun_alt"]
    return re.match(rf"\s+(?:{noun})\s+(?:meer|minder)\b", s[end:], re.IGNORECASE) is not None


_SHARE_MORE = re.compile(r"\s+(?:meer|minder)\b", re.IGNORECASE)


def _times_filed(after: str) -> bool:
    """`725.000 keer bezwaar ingediend`, `40 keer een klacht gedaan`, `in 5516 gevallen
    door artsen een melding ... gedaan`: how many times (in how many cases) a request,
    complaint or report was filed is how many were (a data-leak pass: the AP's intake has
    its own rule, `_keer_received`)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    return bool(_rules()["times_filed"].match(after) or _rules()["cases_filed"].match(after))


def _times_contacted(after: str) -> bool:
    """`werd 1.732 keer gecontacteerd`: how many times a complaints or reporting body was
    approached (a data-leak pass: never)."""
    return _SUBJECT.get()[0] != LEAK and _rules()["times_contacted"].match(after) is not None


#: the particle of a finite verb of turning out (`rukten ... uit`, `kwam ... in actie`)
TURN_OUT_PARTICLE = r"uit|in\s+actie"
#: `2.458 keer uitgevaren`, `2160 keer gealarmeerd werd`, `1.188 keer opgeroepen`: the
#: times a body turned out, told by the participle right after `keer` (a separable prefix,
#: then `ge`); not a verb of reporting or filing, read by the parts' own rules
_TIMES_ACTED = re.compile(
    r"\s*(?:keer|maal)\s+(?:"
    # `1.489.572 keer een ambulance ingezet`: the body sent named between `keer` and its
    # participle (`kinds._own_body_acted` reads it)
    r"een\s+(?P<body>(?-i:[a-z])[\w-]+)\s+(?-i:[a-z]){0,5}ge(?-i:[a-z]){2,}(?:d|t)(?=\s*[.,;!?])"
    r"|(?!gemeld|geregistreerd|geklaagd)(?-i:[a-z]){0,5}ge(?-i:[a-z]){3,}(?:d|t|en)\b"
    # `rukten de wagens 100.000 keer uit`, `kwam de brandweer 3200 keer in actie`: the
    # finite verb of turning out, its particle closing the clause or before what it was for;
    # after a modal its infinitive closes it (`moest het korps 12266 keer in actie komen`)
    rf"|(?:{TURN_OUT_PARTICLE})(?:\s+komen)?(?=\s*(?:[.,;!?)]|$|voor\b)))",
    re.IGNORECASE,
)


def _times_acted(after: str) -> int:
    """How many times the body of a text on incidents of any kind (the fallback subject:
    a fire brigade's, a lifeboat service's figures, gold rule 12) turned out: one
    incident each (`De KNRM is 2.458 keer uitgevaren`): the end of the participle in
    `after`, 0 where there is none."""
    subject = _vocab()["data"]["subjects"].get(_SUBJECT.get()[0], {})
    m = _TIMES_ACTED.match(after) if subject.get("fallback") else None
    if m and m["body"] and not _a_service(m["body"], subject):
        return 0  # `keer een klacht ingediend`: an item filed, not a body sent
    return m.end() if m else 0


def body_sent(after: str) -> str | None:
    """The service named between `keer` and its participle (`1.489.572 keer een ambulance
    ingezet`: `ambulance`), None where the count names none there."""
    m = _TIMES_ACTED.match(after)
    return m["body"] if m else None


def _a_service(word: str, subject: dict) -> bool:
    """Whether `word` names a service whose call-outs the fallback subject counts (its
    `call_out_services` or `head_cues`, as part of the word: `ambulance`)."""
    services = subject.get("call_out_services", []) + subject.get("head_cues", [])
    return any(service.lower() in word.lower() for service in services)


def _times_it_happened(s: str, start: int, end: int) -> bool:
    """`Dat gebeurde vorig jaar 3.600 keer`, `In 2020 gebeurde dat 81 keer`: how often what
    the text just told happened (a data-leak pass: never, as `_times_contacted`)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    before = s[max(0, start - 60) : start]
    after = _rules()["happened_after"].match(s[end:])
    verb = _rules()["happened_before"].search(before)
    if after is None or verb is None or _bound_before(before):
        return False
    return not verb["kwam"] or after["voor"] is not None  # `dit kwam ... 2611 keer voor`


def _tally(s: str, start: int) -> bool:
    """`Dit jaar staat de teller op 83`, `nu zitten we al op 134`: where the running tally
    of the text's items stands, their count for the period it runs in (a share is not)."""
    before = s[max(0, start - 80) : start]
    return _rules()["tally_before"].search(before) is not None and not SHARE_NUMBER.match(s, start)


#: a share's number (`op 12 procent`: a share, no tally; `In 77% is er ...`)
SHARE_NUMBER = re.compile(r"[\d.,]+\s*(?:%|procent\b)", re.IGNORECASE)


def _bound_before(before: str) -> bool:
    """`meer dan 91.000 keer`, `minstens 12`: a bound right before the number (a word of
    `approximate_before` that is no hedge of `rough_before`: `iets meer dan` is one)."""
    if not _rules()["approximate"].search(before):
        return False
    hedge = re.search(rf"(?<!\w){_rough_before()}$", before, re.IGNORECASE)
    return not (hedge and hedge.group(0))


#: `tegenover 1.856 keer het jaar daarvoor`, `dan de 21 keer in 2019`: a figure compared with
#: the words that set a figure against another, and what may stand between them and it
_SET_AGAINST = r"\s+(?:(?:de|slechts|nog|maar)\s+){0,2}"
_COMPARED_BEFORE = re.compile(rf"\b(?:tegen|tegenover|dan|vergeleken\s+met){_SET_AGAINST}$", re.I)
#: `797.000 misdrijven, tegenover zo'n 743.000 in 2021`: a figure set against the one before it
#: (hedged as news states it), an earlier period's
_SET_AGAINST_BEFORE = re.compile(
    rf"\b(?:tegen|tegenover|vergeleken\s+met){_SET_AGAINST}{_rough_before()}$", re.I
)


@cache
def _times_counted() -> re.Pattern:
    """`16 keer`, `zestien keer` (not `drie keer zo vaak`): a count of times."""
    return re.compile(
        rf"(?:\d|\b(?:{_number_word_alt()}))\s+(?:keer|maal)\b"
        r"(?!\s+(?:zo|zoveel|meer|minder|vaker|hoger|groter|kleiner|per)\b)",
        re.IGNORECASE,
    )


def _times_restated(s: str, start: int, end: int) -> bool:
    """`400 keer geklaagd, in 2013 was dat nog 275 keer`, `1.732 keer gecontacteerd,
    tegenover 1.856 keer het jaar daarvoor`: the times of a filing or contact counted before
    in the sentence, for another period (its category is the one counted before)."""
    if not re.match(r"\s*(?:keer|maal)\b", s[end:]):
        return False
    if _COMPARED_BEFORE.search(s, 0, start):
        # `zestien keer melding gedaan ..., tegenover twintig keer in 2019`: any count of
        # times before it, in digits or words, is the one compared
        return _times_counted().search(s, 0, start) is not None
    if not _THAT_MANY.search(s, 0, start):
        return False
    return any(
        _times_filed(s[k.end() :]) or _times_contacted(s[k.end() :])
        for k in _DIGIT_RUN.finditer(s, 0, start)
    )


def _share_of_other_things(s: str, start: int, prev_word: str | None) -> bool:
    """`172 van de 390 gemeenten (44 procent)`: a share in brackets after a count of
    things that are no incidents (municipalities, staff) is a share of those (not so
    `afkomstig van gemeenten (33%)`, a sector's share of the notifications)."""
    if not prev_word or prev_word.lower() not in _vocab()["after_stop"]:
        return False
    counted = rf"\d[\d.]*\s+(?:[^\W\d]+\s+){{0,2}}{re.escape(prev_word)}\s*\(\s*$"
    return re.search(counted, s[:start]) is not None


#: a figure in brackets after a compared year (`meer dan in 2022 (64)`) is that year's
_COMPARED_BRACKET = re.compile(
    # `meer dan in 2022 (64)`, `binnengekomen dan in heel 2018 (34.588)`, `lager dan in 2018 (`
    # `dan in de eerste helft van 2018 (44.153)`: a half year's level
    r"(?:\bdan\s+in\s+(?:heel\s+|de\s+(?:eerste|tweede)\s+helft\s+van\s+)?"
    # `vergelijkbaar met het aantal in 2023 (45)`, `tegenover 2019 (198 357)`, `ten opzichte
    # van 2021 (16.544)`: the level compared with, its year before its bracket
    r"|\b(?:vergelijkbaar\s+met|vergeleken\s+met|in\s+vergelijking\s+met|tegen(?:over)?"
    r"|ten\s+opzichte\s+van)\s+(?:het\s+aantal\s+(?:[^\W\d]+\s+)?)?(?:in\s+)?"
    r")"
    r"(?:19|20)\d\d\s*\(\s*$",
    re.IGNORECASE,
)
#: a bracket closed right after a number
_CLOSES = re.compile(r"\s*\)")


def _four_digit_count(s: str, m: re.Match, value: float) -> bool:
    """`2600 meldingen`: four digits right before an incident noun, after `daarvan (zijn)
    er`, or right before their year in a sentence on the number of the items (`2760 in
    2023`), count incidents, unless they could be a year (1900-2099)."""
    after = s[m.end() :]
    shared = _SHARED_NOUN.match(after)  # `3100 en 3600 meldingen`
    counted = after[shared.end() if shared else 0 :]
    # `4238 stankklachten`: a compound of the items' noun counts one kind of them
    noun_after = _rules()["count_noun_after"].match(counted) or _compound_after(counted)
    # `Daarvan zijn er 1039 als datalek gemeld`: a part of a total stated before
    part = _rules()["ap_before"].search(s, 0, m.start()) is not None
    # `van 452 in 2013 naar 1064 in 2014`, `van 1574 in 2008 naar 1676`: both levels of a
    # change count the same items
    level = any(m.start() in pair for pair in _from_to(s))
    # `In 2016 waren dat er 6455`: the count just named, for another period
    level = level or _THAT_MANY.search(s, 0, m.start()) is not None
    level = level or PERIOD_ELIDED.search(s, 0, m.start()) is not None  # `, in 2014 nog 5451`
    # `5204 branden in 2009, tegenover 5337 het jaar ervoor`: the count set against the one
    # before it, for its own period
    level = level or bool(
        _SET_AGAINST_BEFORE.search(s, 0, m.start()) and _PERIOD_AFTER.match(after)
    )
    # `ten opzichte van 2014 (5306)`: the level of the year compared with, in brackets
    level = level or bool(_COMPARED_BRACKET.search(s, 0, m.start()) and _CLOSES.match(after))
    # `2812 infovragen`, `1732 keer gecontacteerd`: a body's contacts are counts too, and
    # so are the times the items were filed (`1312 keer een melding gemaakt`)
    contacts = _times_contacted(after) or _times_filed(after)
    contacts = contacts or _times_it_happened(s, m.start(), m.end())  # `dat gebeurde 2160 keer`
    contacts = contacts or _tally(s, m.start())  # `waar de teller op 2180 bleef stilstaan`
    contacts = contacts or bool(_times_acted(after))  # `2160 keer gealarmeerd`: turn-outs
    # `Het aantal meldingen over honden was ..., namelijk 2760 in 2023 en 2713 in 2024`:
    # the number the sentence names, given for a year right after it
    dated = _YEAR_RIGHT_AFTER.match(after) is not None and (
        bool(_rules()["aantal"].search(s, 0, m.start())) or _second_of_dated_pair(s, m.start())
    )
    found = bool(noun_after) or part or level or contacts or dated
    return found and not 1900 <= value <= 2099


def _compound_after(after: str) -> bool:
    """Whether a compound whose head is the items' noun stands right after a number
    (`4238 stankklachten`), not a word that names no item (`aanmeldingen`)."""
    m = _items_re().match(after.lstrip())
    return m is not None and bool(m["modifier"]) and m[0].lower() not in _not_item_compounds()


#: `2760 in 2023`: a year right after a number
_YEAR_RIGHT_AFTER = re.compile(r"\s+in\s+(?:19|20)\d\d\b")


def _second_of_dated_pair(s: str, start: int) -> bool:
    """`agressief gedrag bij het uitgaan (470 incidenten in 2021; 1579 in 2022)`: in a
    bracket that opened with a count of the items and its year, the number before the
    other year counts the same items."""
    opened = s.rfind("(", 0, start)
    if opened < 0 or ")" in s[opened:start]:
        return False
    inside = s[opened + 1 : start]
    for n in re.finditer(r"(?<![\d.,])\d[\d.]*", inside):
        noun = _rules()["count_noun_after"].match(inside[n.end() :])
        if noun and _YEAR_RIGHT_AFTER.match(inside, n.end() + noun.end()):
            return True
    return False


#: `te maken krijgen/hebben met N datalekken`: `met` before a count of incidents
_FACED = re.compile(r"\bte\s+maken\b", re.IGNORECASE)


def _faced(s: str, m: re.Match, prev_word: str) -> bool:
    """`kreeg met 37 datalekken te maken`, `staat op de tweede plek met 4.874 meldingen`,
    `was koploper met 865 meldingen`:
    after `met` a count of the incidents an organisation had to deal with or a unit is
    ranked by, or the items' level in a clause that tells of no change
    (`_level_after_met`), not a difference (`gestegen met 30`)."""
    return (
        prev_word.lower() == "met"
        and (
            _FACED.search(s) is not None
            or _RANK_PLACE.search(s, 0, m.start()) is not None
            or _level_after_met(s, m)
        )
        and _rules()["count_noun_after"].match(s[m.end() :]) is not None
    )


#: where a clause ends: a count's clause is read between two of these
_CLAUSE_END = re.compile(r"[.;:!?]\s|,\s+(?:en|maar|terwijl|waarvan|tegenover)\b|$")


@cache
def _change_res() -> tuple[re.Pattern, re.Pattern]:
    """A word of a change, verb or noun (`change_verbs`, `change_nouns` of the pattern
    file), and a verb of a change only; each whole."""
    data = load_patterns(PATTERN_FILE)
    verbs, nouns = data["change_verbs"], data["change_nouns"] + data["change_comparatives"]
    return (
        re.compile(rf"\b(?:{_words_alt([*verbs, *nouns])})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{_words_alt(verbs)})\b", re.IGNORECASE),
    )


def _level_after_met(s: str, m: re.Match) -> bool:
    """`Met 6410 interventies maken deze in 2017 41.8% uit`, `sloot de top 3 af met 7.886
    meldingen`, `In 2022 was er met 213 feiten (...) een lichte stijging met 17%`: a count
    after `met` is the level of the items where its clause tells of no change before it and
    does not close on a change's verb (`gestegen met 30 meldingen`, `een stijging met 30`,
    `is met 3.890 misdrijven ... fors toegenomen`: the change's size, or not to be told
    from it). Not where that clause names a place or a month before it (`De provincie
    Vlaams-Brabant volgt met 4585 oproepen`, `De maand juli brak met 21 gevallen`): the
    count of a part of the items, by area or period, which their own readers place."""
    starts = [e.end() for e in _CLAUSE_END.finditer(s, 0, m.start()) if e.end() < m.start()]
    before = s[starts[-1] if starts else 0 : m.start()]
    end = _CLAUSE_END.search(s, m.end())
    after = s[m.end() : end.start() if end else len(s)]
    any_change, change_verb = _change_res()
    if any_change.search(before) or change_verb.search(after):
        return False
    words = _WORD.findall(before)
    named = any(w[0].isupper() for w in words[1:])
    month = re.search(rf"\b(?:{_vocab()['month_alt']})\b", before, re.IGNORECASE)
    return not named and month is None


#: a word (letters first: no number)
_WORD = re.compile(r"[^\W\d][\w-]*")


#: `op de tweede plek met`, `was koploper met`: a unit ranked by the count after it
_RANK_PLACE = re.compile(
    r"(?:\bop\s+(?:de|een)\s+[^\W\d]+\s+(?:plek|plaats)|'?\bkoploper'?)\s+met\s+$", re.I
)


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


#: `31 en 36 meldingen`: the figure before `en` and another number
_SHARED_PERCENT = re.compile(r"\s+(?:en|of|tot)\s+\d{1,3}(?:[.,]\d)?\s?(?:%|procent\b)", re.I)
#: `886, 794 en 927 klachten`: a list of counts whose noun follows the last
_LISTED_COUNT = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,4})"
_SHARED_NOUN = re.compile(rf"(?:\s*,\s*{_LISTED_COUNT})*\s+(?:en|of)\s+{_LISTED_COUNT}(?=\s)")
#: `waren dat er 71`, `was het nog 12`, `Het waren er 41`, `zijn het er tot nu toe zestig`,
#: `lag dat aantal nog op 1.054`, `was dit aantal 568`: the count just named, its noun left
#: out (`dat aantal`: the number just named); rough too (`waren het er bijna 4500`, `waren
#: dat er ruim 2000`: the words that make a number rough are every subject's)
_ROUGH = _words_alt(load_patterns(PATTERN_FILE)["approximate_before"])
#: a year, or a year or period named relative to the one the text is on (`het afgelopen
#: jaar`, `vorig jaar`, `een jaar eerder`, `in dezelfde periode`)
_RESTATED_FOR = (
    rf"(?:in\s+)?(?:(?:19|20)\d\d|(?:(?:het|de|een)\s+)?(?:(?:{PAST}|vorige?|(?:de)?zelfde)\s+)?"
    # `het jaar erop`, `een jaar later`: the year after the one just named
    r"(?:jaar|periode)(?:\s+(?:daarvoor|ervoor|eerder|erop|later|daarna|erna|nadien))?)"
)
#: the adverbs of a comparison before a count restated (`nog`, `maar`), rough too; a hedge
#: may be quoted (`waren dit er 'slechts' 36`)
_AGAIN = (
    r"(?:'?(?:nog|maar|welgeteld|slechts|toen|op|al|inmiddels|tot\s+nu\s+toe)'?\s+){0,3}"
    rf"(?:'?(?:{_ROUGH})'?\s+)?"
)
THAT_MANY = (
    r"\b(?:(?:waren|was|zijn|is)\s+(?:dat|dit|het)\s+(?:er\s+)?"
    # `In 2018 waren er dat nog 165`: `er` before the pronoun
    r"|(?:waren|was|zijn|is)\s+er\s+(?:dat|dit)\s+"
    # `Het totaal was toen 3554`: the total just named, for the period compared with
    r"|het\s+totaal\s+(?:was|bedroeg)\s+"
    # `Het waren er 41`: the subject before its verb
    r"|(?:dat|dit|het)\s+(?:waren|zijn)\s+er\s+"
    r"|(?:lag|was|bedroeg|stond)\s+(?:dat|dit|het)\s+aantal\s+"
    r"|(?:dat|dit)\s+aantal\s+(?:lag|was|bedroeg|stond)\s+)"
    # the period the count is restated for may stand between (`Dat waren er het afgelopen
    # jaar 478`), not right after a pronoun that is its determiner (`Er zijn dit jaar 7`)
    rf"(?:(?<!dit\s)(?<!dat\s)(?<!het\s){_RESTATED_FOR}\s+)?{_AGAIN}"
)
_THAT_MANY = re.compile(THAT_MANY + "$", re.IGNORECASE)
#: `..., in 2021 zeven`, `..., in 2014 nog 5451`, `..., vorig jaar nog maar 140`: a clause
#: after a count holding only the period the count is restated for, the adverbs of a
#: comparison and the number (its noun and verb are the count's before it); joined by `en`
#: too (`In 2020 hadden we 137 inbraken en in 2021 nog 51`, `zo'n 1.700 officiële klachten
#: binnen en het jaar erop ruim 1.900`)
PERIOD_ELIDED = re.compile(rf"(?:,|\s+en)\s*{_RESTATED_FOR}\s+{_AGAIN}$", re.IGNORECASE)
#: `5337 het jaar ervoor`, `7645 in 2016`: the period a count is given for, right after it
_PERIOD_AFTER = re.compile(rf"\s+{_RESTATED_FOR}\b", re.IGNORECASE)
#: `In 2020 zaten we op 47 en in 2021 op 49 diefstallen`, `in 2019 nog 97 en in 2020 nog 81
#: incidenten`: after a count, `en`, the other period and the next count, which alone has the
#: noun both counts share (`n`: that count)
DATED_PAIR_NEXT = re.compile(
    rf"\s+en\s+{_RESTATED_FOR}\s+{_AGAIN}(?P<n>{_LISTED_COUNT})(?=\s+[^\W\d])", re.IGNORECASE
)


#: `gedaald van 83 naar 64`: a change from one level to another; `tot` is a range (`van 10
#: tot 15`) unless the first level has its own period (`van 193 (in 2011) tot 110`, `van
#: 1.190 (2014) tot 397`)
_FROM_TO = re.compile(
    # either level may be hedged (`van bijna 3.000 naar 2.140`, `naar ruim 2000`); in
    # brackets `van` may go (`met 20% gedaald (147 naar 113)`)
    rf"(?:\bvan\s+|(?<=\()\s*){_rough_before()}(?P<x>\d{{1,3}}(?:\.\d{{3}})+|\d+)"
    r"(?:(?P<own>\s+(?:in|over)\s+[^,;.()]{1,30}?|\s*\(\s*(?:in\s+)?[^,;:.()]{1,30}?\))"
    r"(?:\s+[^\W\d]+)?\s+(?:naar|tot)|(?:\s+[^\W\d]+)?\s+naar)"
    rf"\s+{_rough_before()}(?P<y>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d.,]\d)",
    re.IGNORECASE,
)


#: a further level of a change whose levels each have their own year (`van 459 in 2015 naar
#: 313 meldingen in 2016 en 294 meldingen in 2017`): after the level before and its year
_NEXT_LEVEL = re.compile(
    r"(?:\s+[^\W\d]+)?\s+in\s+(?:19|20)\d\d\s*(?:,|\s+en)\s+"
    r"(?P<z>\d{1,3}(?:\.\d{3})+|\d+)(?=(?:\s+[^\W\d]+)?\s+in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


@cache
def level_reached() -> re.Pattern:
    """Before the level a change reached, told without the level it left: a verb of the
    change (`change_verbs` of the pattern file), then `naar` and a hedge right before the
    number (`is in 2022 gedaald naar 477`, `Afgelopen jaar steeg dat aantal naar 60`, `In
    2014 steeg dit aantal naar 628 en een jaar later naar 1146`); no other number between
    the verb and `naar` (`van 23 naar 31` is the change `_FROM_TO` reads)."""
    verbs = _words_alt(load_patterns(PATTERN_FILE)["change_verbs"])
    rough = _rough_before()
    return re.compile(
        rf"\b(?:{verbs})\b[^.;:!?\d]{{0,60}}?\bnaar\s+"
        rf"(?:{rough}\d[\d.]*\s+en\s+[^.;:!?\d]{{0,30}}?\bnaar\s+)?{rough}$",
        re.IGNORECASE,
    )


@cache
def that_reached() -> re.Pattern:
    """Before the level the count just made reached, told by a pronoun for it, a verb of
    the change and `naar` (`een jaar later daalde dat fors naar 660`, `vorig jaar was dat
    gedaald naar 22`, `In 2019 steeg het al naar 106`, `Dat steeg naar 60`): that count again
    for another period, as `was dat` restates it (`THAT_MANY`). No other number between."""
    verbs = _words_alt(load_patterns(PATTERN_FILE)["change_verbs"])
    gap = r"(?:[^\W\d]+\s+){0,3}?"
    return re.compile(
        rf"(?:\b(?:{verbs}|is|was)\s+(?:dat|dit|het)(?:\s+aantal)?\s+{gap}(?:(?:{verbs})\s+)?"
        rf"|\b(?:dat|dit)(?:\s+aantal)?\s+(?:(?:is|was)\s+)?{gap}(?:{verbs})\s+{gap})"
        rf"naar\s+{_rough_before()}$",
        re.IGNORECASE,
    )


def _from_to(s: str) -> list[tuple[int, int]]:
    """(start of the first level, start of the new level) of each change in `s`, and of
    each further level of a series of dated levels (`en 294 meldingen in 2017`)."""
    out = []
    for m in _FROM_TO.finditer(s):
        out.append((m.start("x"), m.start("y")))
        end = m.end()
        while n := _NEXT_LEVEL.match(s, end):
            out.append((m.start("x"), n.start("z")))
            end = n.end()
    return out
