"""Labels of table rows and cells: a category, a total, a kind, a unit or a group of
organisations; shared by the table readers and the labelled items of running text."""

from __future__ import annotations

import re
from datetime import date

from pipeline.incidents.kinds import _one_category
from pipeline.incidents.records import Period
from pipeline.incidents.rules import (
    _handling_re,
    _kind_of,
    _kind_starts,
    _late_handling_re,
    _scope_name,
)
from pipeline.incidents.subjects import _no_item_noun
from pipeline.incidents.vocab import (
    _DIGIT,
    _SUBJECT,
    LEAK,
    _category_of_phrase,
    _normalise_plain,
    _vocab,
    _words_alt,
)


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


_FOOTNOTE = re.compile(r"\s*(?:\[\d{1,2}\]|\*+|\(\d{1,2}\))\s*$")
_NUMBERING = re.compile(r"^\s*\d{1,2}[.)]\s+")


#: a caption naming a table's rows as kinds (`Datalekmeldingen, type incident, 2024`)
#: (`Onderwerp 2021 2022`, `Klachten naar thema`: what the items are about; any plural),
#: also as the head of a compound (`Klachtsoort`, `Meldingtype`; not `aard`: `standaard`)
_KIND_TITLE = re.compile(
    r"\b(?:[^\W\d]*(?:type|soort|categorie|onderwerp|thema|klasse)|category|aard)(?:s|en|ën|'s)?\b",
    re.IGNORECASE,
)


def _kind_row_label(label: str, kinds: bool) -> tuple[str, str | None] | None:
    """(category, scope) of a data-leak table row under a caption of one period: a label
    that is a category or a total; under a caption naming the rows as kinds, any other
    label is a kind outside the contract's list (`Email met persoonsgegevens`: other)."""
    if named := _row_label(label):
        return (named[0], named[1]) if named[2] is None else None
    if not kinds or _DIGIT.search(label):
        return None
    return _one_category(label) or "other", None


def _is_total_title(title: str) -> bool:
    # `Eindtotaal`: the grand total closing a table
    return re.fullmatch(r"(?:(?:eind)?totaal|total)\W*", title, re.IGNORECASE) is not None


#: a cell of a share (`22%`, `1,3%`)
_SHARE_CELL = re.compile(r"^\d{1,3}(?:,\d+)?\s*%$")


def _kind_label(label: str) -> tuple[str, str | None] | None:
    """(category, scope) of a row label in a table whose label column names kinds (`Type
    melding`, `Soort klacht`): a kind outside the contract's list is `other`; a label
    with a digit, or one of how the items were handled, is not read."""
    if _DIGIT.search(label) or _handling_label(label):
        return None
    if _SUBJECT.get()[0] == LEAK:
        return _kind_row_label(label, True)
    return "other", None


def _judged_label(label: str) -> bool:
    """A label of how the items were handled or judged (`Gegrond`, `Ingetrokken`, `Niet in
    behandeling genomen`) or judged no such item (`Geen klacht`): an outcome, no kind."""
    return _handling_label(label) or re.match(r"\s*geen\b", label, re.I) is not None


def _handling_label(label: str) -> bool:
    """A label naming a stage of the handling; a handling told as too late or slow (`Te
    late/trage afhandeling van brieven`) is what a complaint is about, a kind."""
    return _handling_re().search(_late_handling_re().sub(" ", label)) is not None


def _cell_label(label: str, column_title: str) -> tuple[str, str | None] | None:
    """(category, scope) a row or column label gives its cells, None for one not read."""
    v = _vocab()
    label = _NUMBERING.sub("", _FOOTNOTE.sub("", _normalise_plain(label))).strip(" :")
    # a bracketed qualifier (`meldingen van (vermoedelijke) schendingen`) names no other item
    label = re.sub(r"\s*\([^()]*\)\s*", " ", label).strip()
    if not label or _judged_label(label):
        return None
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
    if kind or compound or _about_kind_label(label) or _filed_kind_label(label):
        return "other", None
    return None


def _filed_kind_label(label: str) -> bool:
    """A label naming a kind of items a person filed, whatever the vocabulary calls them:
    a participle of asking for or filing (`filed_row_participles`), the plural of what was
    asked for, and the kind (`Aangevraagde vergunningen omzettingen (kamerverhuur)`; the
    bracket is dropped before). Not a plural that names no item (people, a body's own
    actions, measures: `_no_item_noun`)."""
    participles = _words_alt(_vocab()["data"]["filed_row_participles"])
    m = re.fullmatch(
        rf"(?:{participles})\s+(?P<noun>[^\W\d]{{5,}}(?:en|s))\s+[^\W\d][^\d]*", label, re.I
    )
    return m is not None and not _no_item_noun(m["noun"].lower())


#: a stage of the items' handling that counts them all (`afgedane bezwaarschriften`), not an
#: outcome of some (`gegrond`, `binnen de termijn`)
_ALL_HANDLED = r"afgedane|afgehandelde|behandelde"


def _handled_count_label(label: str) -> bool:
    """A label counting the items handled (`totaal aantal afgedane bezwaarschriften`): their
    total in a table that counts them received in no row (web4's rule for handled counts)."""
    label = _FOOTNOTE.sub("", _normalise_plain(label)).strip(" :")
    return bool(
        re.fullmatch(
            rf"(?:(?:totaal|total)\s+)?(?:aantal\s+)?(?:{_ALL_HANDLED})\s+(?:{_vocab()['noun_alt']})",
            label,
            re.IGNORECASE,
        )
    )


def _about_kind_label(label: str) -> bool:
    """A label naming the items, or the subject's own word, and then what they are about
    (`Klachten over bejegening`, `Discriminatie op grond van herkomst`): one kind of them."""
    v = _vocab()
    own = _words_alt(v["data"].get("own_cues", [])) or "(?!)"
    return (
        re.fullmatch(
            rf"(?:{v['noun_alt']}|{own})\s+(?:over|op\s+grond\s+van|{_kind_of(v)})\s+"
            rf"(?:(?:de|het|een)\s+)?{_kind_starts(v)}[^\d]*",
            label,
            re.IGNORECASE,
        )
        is not None
    )


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


#: any short line without a sentence end (`Eerste half jaar 2021`, a table's cell, a
#: wrapped line of OCR text) ends a unit's section: its running text is one paragraph on
_SECTION_END = re.compile(r"^.{1,60}(?<![.!?])$")
