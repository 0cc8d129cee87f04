"""Scopes in police crime news: the whole country's figure, and a town's.

The whole country's figure (gold rule 19): the national police's count in a text that
also counts a part of the country takes the country as its scope.

A news item on the police's national figures (`De politie registreerde in 2024 ongeveer
22.300 woninginbraken`, `In 2021 kreeg de politie 23.500 meldingen`) that also gives a city
its count (`Rotterdam (1012) en Den Haag (1002)`, `Met bijna 5 400 registraties is
Amsterdam koploper`) compares the country with its parts: the national figure is the
country's. Where the text counts no part (`Het aantal geregistreerde misdrijven was vorig
jaar 741.111`, only the country), or names a police force of an area (`politie kanton
Borgloon`, `Politie Haaglanden`: `de politie` is then that force), nothing changes.

A town's figure (gold rules 3 and 15): in a police force's text on the crimes it
registered, the last town a count's sentence names before it is its scope (`Wellen kende
een stijging van 14 naar 17 inbraken`, `Hetzelfde voor Kortessem dat van 24 naar 18
woninginbraken daalt`, `in Londerzeel (van 74 naar 51)`); the force's own area (`politie
kanton Borgloon`, `politiezone KLM`) is no scope."""

from __future__ import annotations

import re
from functools import cache

from pipeline.incidents.numbers import THAT_MANY
from pipeline.incidents.organisations import _NOT_ORG, _PLACE_NAME, _proper_name
from pipeline.incidents.subjects import _police_res, _police_words
from pipeline.incidents.vocab import PATTERN_FILE, _vocab, _words_alt
from pipeline.nlp import load_patterns

#: a count's digits (`23.500`, `5 400`, `1716`), not a year, a share or a decimal
_COUNT = (
    r"(?<![\w.,])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?![\w,.]\d)"
    r"(?!\s*(?:%|procent\b))"
)
#: a sentence: up to its end mark, not the point inside a number (`22.300`)
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]?")


@cache
def _res() -> dict[str, re.Pattern]:
    data = load_patterns(PATTERN_FILE)["police_forces"]
    countries = _words_alt(data["countries"])
    police, area = _police_words()
    # a place of the country, not the country itself
    place = rf"(?-i:(?!(?:{countries})\b){_PLACE_NAME})"
    return {
        **_police_res(),
        # a part of the country with its count: `in Amsterdam ... 5 400`, `Rotterdam
        # (1012)`, `is Amsterdam koploper`
        "part": re.compile(
            rf"\b[Ii]n\s+{place}\b|{place}\s*\(\s*{_COUNT}\s*\)"
            rf"|\b(?:is|was)\s+{place}\s+(?:\w+\s+)?koploper\b|^{place}\s+(?:is|was)\s+"
            r"(?:\w+\s+){0,3}?koploper\b"
        ),
        # the area a police force is named by: `politie kanton Borgloon`, `politiezone KLM`
        "own_area": re.compile(
            rf"\b(?:{police})[\w-]*\s+{area}(?P<area>(?-i:{_PLACE_NAME}|[A-Z]{{2,6}}))",
            re.I,
        ),
        # a town: a capitalised name (see `scope_towns`)
        "town": re.compile(rf"(?<![\w-])(?-i:{_PLACE_NAME})(?![\w-])"),
        "count": re.compile(_COUNT),
        "country": re.compile(rf"\b(?:{countries})\b"),
    }


def _counts_a_part(text: str) -> bool:
    """Whether a sentence of the text gives a place of the country a count, in it or in
    the sentence after it (`In Rotterdam nam dit aantal ... af` / `In 2012 werd nog bijna
    4500 keer ingebroken in de stad`)."""
    res = _res()
    sentences = [m[0].strip() for m in _SENTENCE.finditer(text)]
    for i, sentence in enumerate(sentences):
        if res["part"].search(sentence) is None:
            continue
        if any(res["count"].search(s) for s in sentences[i : i + 2]):
            return True
    return False


def _the_country(text: str) -> str:
    """The country the text names (`in heel Nederland`), else the first one listed."""
    m = _res()["country"].search(text)
    return m[0] if m else load_patterns(PATTERN_FILE)["police_forces"]["countries"][0]


def _sentence_and_start(text: str, offset: int) -> tuple[str, int]:
    """The sentence of `text` that holds `offset`, and where it starts (leading blanks cut)."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= offset < m.end():
            stripped = m[0].lstrip()
            return stripped, m.end() - len(stripped)
    return "", offset


def scope_national_police(rows: list[dict], text: str, organisations: set[str]) -> None:
    """In place: each unscoped row the national police counts (`national`, in its sentence)
    takes the country, where the text counts a part of the country and names no police of
    an area; the country joins the units the text compares (`organisations`)."""
    unscoped = [row for row in rows if row["scope"] is None]
    if not unscoped or _res()["area_police"].search(text) or not _counts_a_part(text):
        return
    country = _the_country(text)
    for row in unscoped:
        if _counted_by_the_national_police(text, row["_offset"]):
            row["scope"] = country
            organisations.add(country)


#: `In 2020 waren er dat nog 30.000`: a count restated, its noun and counter left out
_RESTATED = re.compile(THAT_MANY, re.IGNORECASE)


def _counted_by_the_national_police(text: str, offset: int) -> bool:
    """Whether the sentence at `offset` names the national police as the one that counts,
    or restates for another period the count of the sentence right before that does (`In
    2021 kreeg de politie 23.500 meldingen. In 2020 waren er dat nog 30.000.`)."""
    national = _res()["national"]
    sentence, start = _sentence_and_start(text, offset)
    if national.search(sentence):
        return True
    if not _RESTATED.search(sentence):
        return False
    return national.search(_sentence_before(text, start)) is not None


#: the town the sentence before named, referred to after a count (`in de stad`)
_THE_TOWN = re.compile(r"\bin\s+de(?:ze)?\s+(?:stad|gemeente)\b", re.IGNORECASE)


def _sentence_before(text: str, start: int) -> str:
    """The sentence right before the one starting at `start` ('' at the text's start)."""
    before = [m[0] for m in _SENTENCE.finditer(text, 0, start) if m[0].strip()]
    return before[-1] if before else ""


def _own_areas(text: str) -> set[str]:
    """The places the text names right after a police force (`politie kanton Borgloon`,
    `politiezone KLM`): the force's own area, whose figures are its whole's (lower case,
    each word)."""
    return {
        word.lower()
        for m in _res()["own_area"].finditer(text)
        for word in m["area"].split()
        if word != "en"
    }


def _last_town(before: str, text: str, own: set[str]) -> str | None:
    """The last town a sentence names before a count (`Vooral in Meise (van 124 naar 63)
    ..., en in mindere mate ook in Londerzeel (van 74 naar 51)`: Londerzeel's): a name the
    text also writes capitalised inside a sentence, without a function word opening the
    sentence before it (`In Meise`: Meise), not a month, not the police force's own area."""
    towns = []
    for m in _res()["town"].finditer(before):
        words = m[0].split()
        while words and (words[0].lower() in _NOT_ORG or not _proper_name(words[0], text)):
            words = words[1:]
        town = " ".join(words)
        if words and words[0].lower() not in _vocab()["months"] and town.lower() not in own:
            towns.append(town)
    return towns[-1] if towns else None


def scope_towns(rows: list[dict], text: str) -> None:
    """In place, in a police force's text on its crimes: a count takes the last town its
    sentence names before it (`Wellen kende een stijging van 14 naar 17 inbraken`); a
    count carried to the force's own area (`in de politiezone KLM`) takes none (its
    figures are the whole's)."""
    own = _own_areas(text)
    for row in rows:
        sentence, start = _sentence_and_start(text, row["_offset"])
        town = _last_town(sentence[: row["_offset"] - start], text, own)
        if town is None and _THE_TOWN.search(sentence, row["_offset"] - start):
            # `In Rotterdam nam dit aantal ... af. In 2012 werd nog bijna 4500 keer
            # ingebroken in de stad.`: the town the sentence before named last
            town = _last_town(_sentence_before(text, start), text, own)
        if town is not None:
            row["scope"] = town
        elif (row["scope"] or "").lower() in own:
            row["scope"] = None
