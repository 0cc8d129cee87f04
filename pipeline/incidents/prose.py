"""Figures in running text: each sentence read by `_classify`, with units named before their
bracketed counts, lists of units, labelled items (`Bejegening: 12`) and the year a
paragraph opens with."""

from __future__ import annotations

import re
from functools import cache

from pipeline.incidents.ap import _AP_NAME
from pipeline.incidents.facts import _classify
from pipeline.incidents.kinds import opens_with_a_kind
from pipeline.incidents.labels import _cell_label, _kind_row_label
from pipeline.incidents.organisations import (
    _agent_of,
    _counting_group,
    _group_the_ap_counts,
    _organisation_of,
    _organisations,
    _section_unit,
    _the_counting_group,
    _the_lead_area,
    _unit_pointed_back,
)
from pipeline.incidents.periods import _context_year, _is_year, find_periods
from pipeline.incidents.records import Period, _Context, _Figure, _Sentence, _Value, year_period
from pipeline.incidents.rules import (
    _a_channels_part,
    _carried_over,
    _counts_another_noun,
    _handled,
    _handling_re,
    _rules,
    _states_an_outcome,
)
from pipeline.incidents.text import _evidence
from pipeline.incidents.vocab import (
    _SUBJECT,
    LEAK,
    PATTERN_FILE,
    _items_re,
    _names_the_items,
    _vocab,
    _words_alt,
)
from pipeline.nlp import load_patterns


def _running_text_figures(sentences: list[_Sentence], ctx: _Context) -> list[_Figure]:
    """Figures of the sentences, in order, each sentence updating the context the next
    ones are read in (section period, list under a total, last total, carried share)."""
    figures = []
    ctx.one_year = _the_items_one_year(sentences, ctx)
    ctx.one_period = _the_items_one_period(sentences, ctx)
    organisations = _organisations(sentences, ctx.text)
    if organisations:
        ctx.organisations |= {m.name for names in organisations for m in names.mentions}
    elif ctx.ap_counts:
        ctx.group = _group_the_ap_counts(sentences)
    else:
        ctx.group = _the_counting_group(sentences)
    # a text comparing organisations has no one area
    area = None if organisations else _the_lead_area(sentences)
    for i, sentence in enumerate(sentences):
        _enter_sentence(sentence, i, ctx)
        figures += _unit_list_figures(sentence, ctx, i)
        if (items := _labelled_item_figures(sentences, i, ctx)) is not None:
            figures += items
            continue
        last_category = None
        # a figure of several periods (`beide`) or sectors (`hetzelfde percentage`): one
        # fact each, from one number
        shared: set[int] = set()
        # `5.878 contacten via de chat`: one channel's part of the contacts, never the whole
        channel = _a_channels_part(sentence.text, sentences[i - 1].text if i else None)
        for f in _classify(sentence, i, ctx):
            if channel and f.category == "total":
                f.category = "other"
            doc_offset = sentence.offsets[f.value.start]
            repeat = f.source in ("both", "same") and doc_offset in shared
            if (doc_offset in ctx.consumed and not repeat) or f.period is None:
                continue
            shared.add(doc_offset)
            if _counts_another_noun(sentence.text, f.value.end):
                continue
            if _states_an_outcome(sentence.text, f.value.start, f.value.end, f.source == "kind"):
                continue  # a part of the items handled, by how it ended: never a row
            if _carried_over(sentence.text, f.value.end):
                continue  # a stock passed between two years: neither year's intake
            if ctx.nested_kinds and f.category == "other" and f.source in _KIND_SOURCES:
                continue  # a kind of a kind: rows do not nest
            ctx.consumed.add(doc_offset)
            unit = "percent" if f.value.percent else "count"
            scope = f.scope
            if organisations and not f.intake:
                scope = _agent_of(f.value.start, sentence.text, organisations[i]) or scope
            if scope is None and organisations and not f.intake:
                scope = _organisation_of(f.value.start, sentence.text, organisations[i])
            if scope is None and ctx.group and (not f.intake or ctx.group in sentence.text):
                scope = ctx.group  # not the AP's intake over all organisations
            if scope is None and not f.intake:
                if scope := _counting_group(sentence.text, f.value.start):
                    ctx.organisations.add(scope)  # a sum over the group: no part of a total
            if scope is None and not f.intake:
                # `Uit die plaats kwamen 583 klachten`: the place the sentence before names
                before = sentences[i - 1].text if i else ""
                if scope := _unit_pointed_back(sentence.text, f.value.start, before, ctx.text):
                    ctx.organisations.add(scope)  # one of the units told apart: no part of a total
            if scope is None and area and not f.intake:
                scope = area  # the place the lead puts the items in
            if scope is None and _named_units_count(sentence.text, f.value):
                continue
            if scope is None and not f.intake and (scope := _section_unit(doc_offset, ctx)):
                ctx.heading_scoped.add(doc_offset)
            if f.scope is not None and _rules()["body_before"].search(
                sentence.text[: f.value.start]
            ):
                ctx.body_scoped.add(doc_offset)
            if f.scope is not None and _came_from(sentence.text, f.value):
                ctx.organisations.add(f.scope)  # a place compared: no part of a total
            figures.append(_Figure(doc_offset, f.category, f.value.value, unit, f.period,
                                   scope, _evidence(sentence.text, f.value.start),
                                   f.rough,
                                   _handled(sentence.text, f.value.start, f.source == "kind"),
                                   f.assumed, f.wider))  # fmt: skip
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


def _came_from(s: str, val: _Value) -> bool:
    """Whether the sentence names where the items of the figure came from (`kwamen er uit
    Oost-Nederland 2189 meldingen`): that place is one of several the items came from."""
    rules = _rules()
    return bool(
        rules["origin_before"].search(s, 0, val.start) or rules["origin_after"].match(s, val.end)
    )


#: the rules that read a kind of the items (`_classify`'s sources)
_KIND_SOURCES = ("kind", "share", "kind_part")


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


#: one item of a list of named units each with its count in brackets after it (`Nijmegen
#: (1063)`, `Alphen aan de Rijn (101)`, `Justitie (13 meldingen)`): a capitalised name,
#: lower-case particles inside it, no year in the bracket; two units counted as one
#: (`Vlaams-Brabant en Brussel (21.383)`) are one item
_BRACKET_ITEM = (
    r"(?-i:(?P<name{i}>(?:'s-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:aan|op|de|den|der|van|bij|in|en)\s+)*[A-Z][\w'’-]*){{0,3}}))"
    r"\s*\(\s*(?P<n{i}>(?!(?:19|20)\d\d\s*\))\d{{1,3}}(?:\.\d{{3}})+|\d{{1,5}})"
    r"(?:\s+(?P<noun{i}>[^\W\d]+))?\s*\)"
)


@cache
def _bracket_list_re() -> re.Pattern:
    """Two to six bracketed items joined by commas and a last `en`: `in Nijmegen (1063),
    Amersfoort (918) en Ede (609)`; in a ranked list a link may follow the comma
    (`ranked_list_links`: `Antwerpen (50.155), gevolgd door Oost-Vlaanderen (35.586)`)."""
    links = _words_alt(load_patterns(PATTERN_FILE)["ranked_list_links"])
    linked = rf",\s+(?:{links})\s+(?:(?:de|het)\s+)?"
    comma = rf"(?:{linked}|,\s+)"
    items = [_BRACKET_ITEM.format(i=i) for i in range(UNIT_LIST_ITEMS)]
    middle = "".join(rf"(?:{comma}{item}" for item in items[1:-1]) + ")?" * (UNIT_LIST_ITEMS - 2)
    return re.compile(rf"{items[0]}{middle}(?:,?\s+en\s+|{linked}){items[-1]}")


def _unit_list_figures(sentence: _Sentence, ctx: _Context, at: int) -> list[_Figure]:
    """`ontvangen bij de diensten: DPZ 966 (37%), SZW 798 (30%) en DSB 261 klachten (10%)`:
    after a colon, units named each right before its count (its share in brackets) are
    compared; so are units named each with its count in brackets after it, anywhere in the
    sentence (`De meeste meldingen komen uit de gemeente Haarlemmermeer (111), Alphen aan
    de Rijn (101) en Rijnwoude (85)`). Each figure is its unit's (scope), in the
    sentence's one period or the context's. Only in a sentence that names the subject's
    noun, or a compound of it (`De meeste overlastmeldingen werden gedaan in Nijmegen
    (1063), Amersfoort (918), ...`). A ranked list goes on in the next sentence without the
    noun (`Duitsland (66.965 klachten) voert de rangschikking aan, gevolgd door ...
    Helemaal achteraan in het lijstje staan België (541), Malta (178) en IJsland (173).`):
    its bracketed units are the same list's."""
    s = sentence.text
    goes_on = ctx.ranked_list_at == at - 1
    if not goes_on and not _items_re().search(s):
        return []
    m = _unit_list_re().search(s) if ":" in s and not goes_on else None
    m = m or _bracket_list_re().search(s)
    if m is None:
        return []
    spans = {p.period for p in find_periods(s, _context_year(ctx), ctx.last_year) if p.anchors}
    period = spans.pop() if len(spans) == 1 else None if spans else _list_period(ctx)
    if period is None:
        return []
    noun_re = _vocab()["noun_re"]
    figures = []
    for i in range(UNIT_LIST_ITEMS):
        name = m.group(f"name{i}")
        if name is None:
            continue
        noun = m.groupdict().get(f"noun{i}")
        if noun and not noun_re.fullmatch(noun) and noun.lower() not in ("en",):
            return []  # `Noord 12 dagen`: not a count of the items
        if name.lower() in _vocab()["months"] or name.lower() in _vocab()["number_words"]:
            return []
        for group, unit in (("n", "count"), ("pct", "percent")):
            text = m.groupdict().get(f"{group}{i}")
            if text is None:
                continue
            start = m.start(f"{group}{i}")
            offset = sentence.offsets[start]
            if offset in ctx.consumed:
                continue
            ctx.consumed.add(offset)
            value = float(text.replace(".", "") if unit == "count" else text.replace(",", "."))
            figures.append(_Figure(offset, "total", value, unit, period, name,
                                   _evidence(s, start), listed=goes_on))  # fmt: skip
        ctx.organisations.add(name)
    if figures and m.re is _bracket_list_re():
        ctx.ranked_list_at = at
    return figures


def _list_period(ctx: _Context) -> Period | None:
    """The period of a list of units' counts that names none of its own: the report's,
    else the one year the text's sentences on the items name, else the latest year its
    dated figures state (units ranked in the year the text reports, gold rule 11), else
    the one period of another length they name (`Voor het schooljaar 2007-2008 werden in
    Vlaanderen 168.977 aanvragen ingediend`: the provinces' counts share it)."""
    return (
        ctx.report
        or ctx.one_year
        or (ctx.latest_year[1] if ctx.latest_year else None)
        or ctx.one_period
    )


def _the_items_one_period(sentences: list[_Sentence], ctx: _Context) -> Period | None:
    """The one period the sentences naming the items name, none other beside it: a list
    of units' counts without a period of its own is that period's (gold rule 11). None
    where they name no period or several."""
    noun_re = _vocab()["noun_re"]
    periods = {
        p.period
        for sentence in sentences
        if noun_re.search(sentence.text)
        for p in find_periods(sentence.text, _context_year(ctx), ctx.last_year)
        if p.anchors
    }
    return next(iter(periods)) if len(periods) == 1 else None


def _the_items_one_year(sentences: list[_Sentence], ctx: _Context) -> Period | None:
    """The one whole year the sentences naming the items name (`Het Hoogheemraadschap
    heeft in 2006 een record bereikt van het aantal afhandelingen van binnengekomen
    meldingen.`), none other beside it: a list of units' counts without a period of its own
    is that year's (gold rule 11). None where they name no year or several."""
    period = _the_items_one_period(sentences, ctx)
    return period if period is not None and _is_year(period) else None


#: a list item of a label and its count (`- Burgerzaken: 12 klachten`, `Wachttijd: 4`), or
#: its count in brackets after it (`- het Ministerie van Justitie (82)`, `• Wonen [105]`),
#: the items' noun after the count there too (`2. Amsterdam (4978 verkeersongelukken)`)
_LABELLED_ITEM = re.compile(
    r"^[-•*·▪\s]{0,4}(?P<label>[^\W\d][^:\d()\[\]]{1,70}?)\s*"
    r"(?::\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?P<rest>\s+[^\d]*)?"
    r"|(?P<open>[(\[])\s*(?P<bn>\d{1,3}(?:\.\d{3})+|\d{1,5})(?:\s+(?P<noun>[^\W\d][\w-]*))?"
    r"\s*[)\]]\s*(?:en|,|;|\.)?\s*)$"
)
#: an item of a list of kinds each with its share (`de behandeltermijn (29,9%)`), bulleted
#: or numbered (`2. Hacking (27,71%)`)
_SHARE_ITEM = re.compile(
    r"^[-•*·▪\s]{0,4}(?:\d{1,2}[.)]\s+)?(?P<label>[^\W\d][^:\d()]{1,50}?)\s*\(\s*(?P<n>\d{1,3}(?:,\d{1,2})?)\s*%\s*\)"
    r"\s*(?:en|,|;)?\s*$"
)
#: a list item's number alone (`2.`): the sentence splitter cuts it off its item
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]$")
#: a list's lead naming its items as kinds (`per onderwerp`, `Soort klacht:`, `De klachten
#: hadden te maken met:`)
_KIND_LEAD = re.compile(
    r"\b(?:type|types|soort|soorten|categorie|categorieën|aard|onderwerp|onderwerpen|thema|thema's"
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
    data-leak pass reads its labels as categories, and its kinds' shares only here)."""
    leak = _SUBJECT.get()[0] == LEAK
    s = sentences[i].text
    m = None if leak else _LABELLED_ITEM.match(s)
    share = _SHARE_ITEM.match(s) if m is None else None
    if leak and share is None:
        return None
    if share is not None:
        m = share
    elif m is None or (m["rest"] and not _rules()["count_noun_after"].match(m["rest"])):
        return None
    elif m["noun"] and not _names_the_items(m["noun"]):
        return None  # `Noord (12 dagen)`: no count of the items
    n = "n" if share is not None or m["open"] is None else "bn"  # `: 12` or `(12)`
    label = m["label"].strip()
    if n == "bn" and _vocab()["noun_re"].search(label):
        # `De meeste klachten gingen over contracten (118).`: a sentence about the items
        # with a kind's count in brackets, not an item's name; the sentence readers read it
        return None
    if (named := _cell_label(label, "")) and named[0] == "total":
        return None  # `Totaal: 40 klachten`: the list's sum, read as any total
    j = i - 1
    while j >= 0 and (
        _LABELLED_ITEM.match(sentences[j].text)
        or _SHARE_ITEM.match(sentences[j].text)
        or _ITEM_NUMBER.match(sentences[j].text)  # `1.` cut off its item as a sentence
    ):
        j -= 1
    lead = sentences[j].text if j >= 0 else ""
    units = _unit_lead_re().search(lead)
    kinds = _KIND_LEAD.search(lead)
    if m.groupdict().get("noun") and bool(units) == bool(kinds):
        return None  # a count with its noun under any other lead: the sentence readers'
    offset = sentences[i].offsets[m.start(n)]
    ctx.consumed.add(offset)
    if bool(units) == bool(kinds) or _handling_re().search(label) or (share and units):
        return []
    spans = {p.period for p in find_periods(lead, _context_year(ctx), ctx.last_year) if p.anchors}
    period = spans.pop() if len(spans) == 1 else ctx.report if not spans else None
    if period is None:
        return []
    category, scope = ("total", _unit_name(label)) if units else ("other", None)
    if scope:
        ctx.organisations.add(scope)
    if share is not None:  # a kind's share of the count
        value = float(m["n"].replace(",", "."))
        kind = _kind_row_label(label, True)[0] if leak else "other"
        return [_Figure(offset, kind, value, "percent", period, None, _evidence(s, m.start("n")))]
    value = float(m[n].replace(".", ""))
    return [_Figure(offset, category, value, "count", period, scope, _evidence(s, m.start(n)))]


@cache
def _unit_lead_re() -> re.Pattern:
    """A list's lead naming its items as units: a unit's head noun (`per afdeling`) or an
    organisation's (`De ministeries waarover de meeste klachten binnenkwamen:`)."""
    data = _vocab()["data"]
    heads = data["unit_head_nouns"]
    nouns = [*heads, *heads.values(), *data["organisation_nouns"], *data["organisation_groups"]]
    return re.compile(rf"\b(?:{_words_alt(nouns)})\b", re.IGNORECASE)


@cache
def _organisation_head_re() -> re.Pattern:
    """An item's article and organisation noun before its name (`het Ministerie van`)."""
    nouns = _words_alt(_vocab()["data"]["organisation_nouns"])
    return re.compile(rf"^(?:(?:de|het)\s+)?(?:(?:{nouns})\s+(?:van\s+)?)?", re.IGNORECASE)


def _unit_name(label: str) -> str:
    """A unit's name without its article and organisation noun (`het Ministerie van
    Justitie`: `Justitie`), as the texts name units in running text; two names joined by a
    slash stay one word where a line wrapped after it (`Ontwikkeling/ Veiligheid`)."""
    name = _organisation_head_re().sub("", label, count=1).strip() or label
    return re.sub(r"\s*/\s*", "/", name)


#: `In 2009 namen vijf diensten ...`: a sentence opened by the year it is about
_OPENING_YEAR = re.compile(r"^\W*in\s+((?:19|20)\d\d)\b(?!\s*[-/–])", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: how many sentences after its opener a paragraph's year reaches
PARAGRAPH_REACH = 3


def _track_paragraph_year(sentence: _Sentence, ctx: _Context) -> None:
    """`In 2009 namen vijf diensten ... besluiten. ... De diensten hebben 100.000 bezwaren
    afgehandeld`: in a text without a report period, a paragraph opened by a year is about
    that year up to its end (or the next sentence so opened). A sentence that states one
    year dates the next sentence of its paragraph where that one states no period of its
    own (`Meldpunt 144 ... kreeg in 2025 meer meldingen dan in 2024. Met ruim 155.000
    meldingen kreeg het meldpunt 10 procent meer telefoontjes dan in 2024.`: a compared
    period is none of its own). A paragraph opened by a part
    of one kind of the items (`Van de klachten over BIG-geregistreerde zorgverleners gaat 78
    procent over artsen`) breaks that kind down: its kinds nest in it (`nested_kinds`)."""
    start = sentence.offsets[0] if sentence.offsets else 0
    ctx.paragraph_reach -= 1
    new_paragraph = ctx.last_end is None or _PARAGRAPH_BREAK.search(ctx.text, ctx.last_end, start)
    if new_paragraph:
        ctx.nested_kinds, ctx.year_before = False, None
    ctx.nested_kinds = ctx.nested_kinds or opens_with_a_kind(sentence.text)
    own = {p.period for p in find_periods(sentence.text) if p.anchors}
    if new_paragraph or ctx.paragraph_reach < 0 or own:
        ctx.paragraph_year = None  # a new paragraph, or a sentence naming a period of its own
    if ctx.paragraph_year is None and ctx.year_before is not None and not own:
        ctx.paragraph_year, ctx.paragraph_reach = ctx.year_before, 0
    if m := _OPENING_YEAR.match(sentence.text):
        year = int(m[1])
        ctx.paragraph_year = year_period(year)
        ctx.paragraph_reach = PARAGRAPH_REACH
    ctx.year_before = _one_year_of_the_items(sentence.text, own)
    ctx.last_end = sentence.offsets[-1] if sentence.offsets else start


def _one_year_of_the_items(s: str, own: set[Period]) -> Period | None:
    """The one year a sentence about the items (naming their noun) states as its own, no
    other period beside it (`vorig jaar`, `deze maand`: one the rules cannot place; a
    compared one, `dan in 2024`, is no period of its own); None otherwise."""
    if len(own) != 1 or not _is_year(year := next(iter(own))):
        return None
    if not _vocab()["noun_re"].search(s) or _rules()["unplaced_period"].search(s):
        return None
    return year


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
