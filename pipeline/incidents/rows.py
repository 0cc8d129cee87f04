"""Rows from figures, and the filters over a document's rows: repeats without a scope,
assumed figures in conflict, rough and rounded restatements, impossible values; and
`deduplicate_incident_counts` over the rows of a release."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Doc

from pipeline.docmodel import evidence_box
from pipeline.incidents.numbers import _NUMBER_RE
from pipeline.incidents.organisations import _PLACE_NAME, _body_re
from pipeline.incidents.records import _Figure
from pipeline.incidents.rules import _rules
from pipeline.incidents.text import _page_of
from pipeline.incidents.vocab import _vocab, _words_alt

#: the fields that say which fact a row states, without its value (`_fact_key`)
_FACT_FIELDS = ("period_start", "period_end", "category", "unit", "scope")


def _fact_key(row: dict, *fields: str) -> tuple:
    """The row's values of `fields`: what two rows must share to state the same fact."""
    return tuple(row[f] for f in fields)


def _without_unscoped_repeats(rows: list[dict], organisations: set[str]) -> list[dict]:
    """In a text comparing organisations, a figure without one (a headline `33 datalekken`)
    that the text also states for one of them is that one's figure, stated again."""
    if not organisations:
        return rows

    fields = ("period_start", "period_end", "category", "unit", "value")
    scoped = {_fact_key(row, *fields) for row in rows if row["scope"] in organisations}
    return [
        row for row in rows if row["scope"] is not None or _fact_key(row, *fields) not in scoped
    ]


def _without_kinds_as_totals(rows: list[dict]) -> list[dict]:
    """A count in running text equal to a total the document gave (its value and unit) is
    that total told again, not a figure of its own (`_restates_a_total`): a table's
    `Eindtotaal` or a sentence's `In totaal zijn er in de maand december 189 meldingen
    gedaan`, told again in the words of its kinds (`Het aantal meldingen van ongevallen en
    andere incidenten ... nam af van 28.249`; `(december 2022: 149, december 2023: 189)`),
    without the body it came from (`Van de 933 klachten zijn er 890 afkomstig van de KMar`
    beside `De KMar meldt naast 890 klachten ...`), or dated by a month named in passing
    (`Binnen die 779 geregistreerde incidenten zitten ook de grote problemen die de
    Nederlandse banken ondervonden in april`, after `In 2013 behandelde het NCSC in totaal
    779 incidenten`). (In a table a kind may be the whole: a month whose items were all of
    it.)"""

    totals = [row for row in rows if row["category"] == "total"]
    return [
        row
        for row in rows
        if not (row["_prose"] and any(_restates_a_total(row, total) for total in totals))
    ]


def _restates_a_total(row: dict, total: dict) -> bool:
    """Whether `row` states `total`'s count again: the same value and unit, of the same
    scope or none, either as a kind of the same period or as a count of a period inside the
    total's (a part of a period never holds all of a larger one's items; a share may)."""
    if row is total or (row["value"], row["unit"]) != (total["value"], total["unit"]):
        return False
    if row["scope"] not in (None, total["scope"]):
        return False
    period = (row["period_start"], row["period_end"])
    whole = (total["period_start"], total["period_end"])
    if period == whole:
        # a kind only: a total without the scope another total has may be the whole's
        return row["category"] == "other"
    return row["unit"] == "count" and whole[0] <= period[0] and period[1] <= whole[1]


def _without_assumed_conflicts(rows: list[dict]) -> list[dict]:
    """A total that only the report's period dates (`aantal klachten 306` in a page's
    header) is not that period's where a sentence states the period's total as another
    number (`In 2021 hebben cliënten 313 klachten ingediend`): its own period is unknown."""

    def key(row: dict) -> tuple:
        return _fact_key(row, *_FACT_FIELDS)

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
    period, category, unit and scope (`73 in 2021`): the exact one is the fact. Not so for
    `other`: it holds every kind no category names, each a fact of its own (`ongeveer 6.000
    verzoeken om inlichtingen` beside `8.605 bemiddelingsklachten`). A rough figure without
    a scope is also the exact one of a unit rounded (`ruim tweeduizend klachten ... uit
    plaatsen in het oosten` beside `uit Oost-Nederland 2189 meldingen`): told for nobody,
    it adds nothing to the unit's."""

    exact = {_fact_key(row, *_FACT_FIELDS) for row in rows if not row["_rough"]}
    scoped = [row for row in rows if not row["_rough"] and row["scope"] is not None]

    def repeats(row: dict) -> bool:
        if _fact_key(row, *_FACT_FIELDS) in exact:
            return True
        return row["scope"] is None and any(_a_units_rounded(row, unit) for unit in scoped)

    return [
        row for row in rows if not (row["_rough"] and row["category"] != "other" and repeats(row))
    ]


def _a_units_rounded(rough: dict, unit: dict) -> bool:
    """Whether a rough row is a unit's exact row of the same fact, rounded."""
    fields = ("period_start", "period_end", "category", "unit")
    return _fact_key(rough, *fields) == _fact_key(unit, *fields) and _rounds_to(
        unit["value"], rough["value"]
    )


def _rounds_to(value: float, rough: float) -> bool:
    """Whether `value` rounded at the rough figure's last non-zero digit gives it (2189 for
    2000, not 2600)."""
    n = int(rough)
    if n != rough or n < 10 or n % 10:
        return False
    step = 10 ** (len(str(n)) - len(str(n).rstrip("0")))
    return int(value / step + 0.5) * step == n


#: a sentence opening on the place its figures are of (`In Noordveen zijn ...`)
_PLACE_OPENS = re.compile(rf"^\W*(?:In|Bij)\s+{_PLACE_NAME}\b")


@cache
def _unit_head_re() -> re.Pattern:
    """A word ending in a unit's head noun (`afdeling`, `klachtencommissie`, `kamers`)."""
    heads = _vocab()["data"]["unit_head_nouns"]
    return re.compile(rf"(?:{_words_alt([*heads, *heads.values()])})\b", re.IGNORECASE)


def _names_a_unit(sentence: str) -> bool:
    """Whether a sentence may state a unit's own count, its scope unread: it opens on a
    place, names a body that received the items (`Bij de klachtencommissie kwamen ...`,
    `De politie registreerde ...`) or a unit of the organisation (`De afdeling ...`)."""
    return bool(
        _PLACE_OPENS.match(sentence)
        or _body_re().search(sentence)
        or _unit_head_re().search(sentence)
    )


def _parts_after_their_total(rows: list[dict]) -> list[dict]:
    """A count of the items in running text below the total the text stated before it for
    the same period (no unit's, in the document's order) is a part of that total, whatever
    the rules read it as: `in totaal 38 klachten`, then `klachten tegen weekbladen (13)`
    and `Twee klachten hielden verband met ...`; `123 meldingen`, then `65 meldingen` on
    one ground. A part stated before its total (`vijf klachten, terwijl 248 meldingen`) is
    another kind of item and keeps its total; a unit's total carries its scope and is not
    touched, nor is a figure of a sentence that may be a unit's with its scope unread
    (`In Noordveen zijn 99 bezwaarschriften binnengekomen tegen 48 in 2018`: see
    `_names_a_unit`), nor a table's (a table under its own caption counts its own items:
    `Schadeclaims`, `Aantal klachten 3`)."""
    stated: dict[tuple, float] = {}  # period -> the largest count total stated so far
    out = []
    for row in rows:
        if row["category"] == "total" and row["scope"] is None and row["unit"] == "count":
            key = (row["period_start"], row["period_end"])
            if (
                row["_prose"]
                and key in stated
                and row["value"] < stated[key]
                and not _names_a_unit(row["evidence"])
                and not _counts_cases(row["evidence"], row["value"])
            ):
                row = {**row, "category": "other"}
            else:
                stated[key] = max(stated.get(key, row["value"]), row["value"])
        out.append(row)
    return out


def _counts_cases(sentence: str, value: float) -> bool:
    """Whether a sentence counts `value` in the body's own word for the cases it takes on
    (`Op basis van die meldingen openden we 2.343 nieuwe dossiers`, see `intake_nouns`):
    another kind of item beside the reports, no part of them."""
    for m in _NUMBER_RE.finditer(sentence):
        if m.group(2) or m.group(3) or float(re.sub(r"\D", "", m.group(1))) != value:
            continue
        if _rules()["intake_noun"].match(sentence[m.end() :]):
            return True
    return False


#: how far before a number the words that make it a bound may stand (`In totaal zijn er 15
#: gemeenten in Nederland waar in 2011 meer dan `: the units the bound picks out first)
BOUND_REACH = 160


def _a_bound(text: str, offset: int) -> bool:
    """Whether the number at `offset` is a bound, no count: a level a count stays above or
    below or nears (`weer boven de 3.000`, `de grens van de 3.000 verkeersongevallen is in
    zicht`), or the bound a relative clause picks out the units it counts by (`15
    gemeenten ... waar in 2011 meer dan duizend inbraken zijn geregistreerd`)."""
    before = text[max(0, offset - BOUND_REACH) : offset]
    rules = _rules()
    return bool(rules["bound_before"].search(before) or rules["units_by_bound"].search(before))


def _without_bounds_of_stated_counts(rows: list[dict], text: str) -> list[dict]:
    """A bound (`_a_bound`) where the document states a count of the same period (`In 2021
    zijn 3.622 octrooiaanvragen ingediend` ... `weer boven de 3.000`; `In 2017 waren er nog
    3.055 VKOLL, de grens van de 3.000 ...`) says how that count stands, it is no figure of
    its own. A bound that is a period's only figure stays (`in 2018 is het aantal opgelopen
    tot boven de 300`: the gold writes it). Rows still hold their `_offset`."""
    bounds = {id(row) for row in rows if row["unit"] == "count" and _a_bound(text, row["_offset"])}
    if not bounds:
        return rows
    stated = {
        (row["period_start"], row["period_end"])
        for row in rows
        if row["unit"] == "count" and not row["_rough"] and id(row) not in bounds
    }
    return [
        row
        for row in rows
        if id(row) not in bounds or (row["period_start"], row["period_end"]) not in stated
    ]


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
        return any(e % 100 and _rounds_to(e, n) and abs(e - n) <= ROUNDED_REACH * n for e in exact)

    # a table's cell is printed as counted, though an office may round every cell
    # (`61.300` in a StatLine table of 20s, `61.260` in another row): no restatement
    return [
        row
        for row in rows
        if row["unit"] != "count" or not row["_prose"] or not rounded(row["value"])
    ]


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
        "_wider": figure.wider,
        "_listed": figure.listed,
        **evidence_box([word], page_no),
    }


def _drop_impossible(rows: list[dict], organisations: set[str]) -> list[dict]:
    """Drop figures the document's own totals rule out (an OCR misreading, `13` as `73`).

    A category (or a unit's total) never exceeds the total of the same period (a body's
    contacts, `_wider`, are no category of the items). When one
    figure exceeds it, that figure is dropped; when several do, the total is the suspect
    reading and goes instead. A percentage that is no share (`_no_share`) is dropped too.
    The figures of organisations a text compares (`organisations`) are no part of another's
    total. A rough total (`bijna 400 keer geklaagd`) rules nothing out.
    """
    totals: dict[tuple[date, date], set[float]] = {}
    wider = {i for i, row in enumerate(rows) if row.get("_wider")}
    for row in rows:
        exact = not row.pop("_rough")
        if exact and row["category"] == "total" and row["scope"] is None and row["unit"] == "count":
            totals.setdefault((row["period_start"], row["period_end"]), set()).add(row["value"])
    exceeding: dict[tuple[date, date], list[int]] = {}
    for i, row in enumerate(rows):
        key = (row["period_start"], row["period_end"])
        if row["unit"] != "count" or key not in totals or row["scope"] in organisations:
            continue
        if i in wider:
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
