"""The scope of a figure in a sentence: the sector a share is of (the AP's breakdowns), a
unit named before its bracketed count, a group receiving the items."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.incidents.ap import _AP_HINT, _AP_NAME
from pipeline.incidents.records import _Context, _Fact, _Value
from pipeline.incidents.rules import _clause_bounds, _rules, _scope_name
from pipeline.incidents.subjects import _people_heads
from pipeline.incidents.vocab import _SUBJECT, SubjectKey, _vocab, _vocab_for, _words_alt


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


#: one item of a list of shares per area (`• 62% in Beveren`): the share, then the area's name
_AREA_SHARE_ITEM = re.compile(
    r"[\W_]*\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|procent)\s+(?:in|te)\s+"
    r"(?P<area>(?-i:[A-Z])[\w'-]*(?:[\s-]+(?-i:[A-Z])[\w'-]*){0,3})\W*",
    re.IGNORECASE,
)
#: a list's lead that names the items it spreads (`De tussenkomsten situeerden zich
#: geografisch als volgt:`): their plural opens it, a colon ends it
_SHARE_LIST_LEAD = re.compile(r"\W*(?:de|het)\s+(?P<noun>[^\W\d]{4,})\b[^:]*:\s*", re.I)


def _track_area_list(s: str, ctx: _Context) -> None:
    """Whether the sentence `s` opens or continues a list of the items' shares per area: a
    lead naming a plural the text counts elsewhere (`13.445 tussenkomsten`), or a list item
    right after one; any other sentence ends it."""
    if _AREA_SHARE_ITEM.fullmatch(s):
        return
    lead = _SHARE_LIST_LEAD.fullmatch(s)
    ctx.area_list = lead is not None and _counted_in_text(lead["noun"], ctx.text)


def _counted_in_text(noun: str, text: str) -> bool:
    """Whether the text counts `noun` after a number (`13.445 tussenkomsten`): the items it
    reports, no people (whose shares per area are no incidents')."""
    if noun.lower().endswith(_people_heads()):
        return False
    return re.search(rf"\d\s+{re.escape(noun)}\b", text, re.IGNORECASE) is not None


def _area_share(val: _Value, s: str, ctx: _Context) -> str | None:
    """The area of a share that is an item of a list of the items' shares per area (`De
    tussenkomsten situeerden zich geografisch als volgt: • 62% in Beveren • 18% in
    Sint-Gillis-Waas`): the total's share from that area (gold rules 3 and 15)."""
    m = _AREA_SHARE_ITEM.fullmatch(s)
    if not ctx.area_list or m is None or not val.percent:
        return None
    return m["area"]


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
def _came_from_re(key: SubjectKey) -> re.Pattern:
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


#: `binnengekomen bij SOZAWE (187, ...) en de Milieudienst (104; ...)`: a unit named right
#: before a bracket its count opens
#: `bij Team Noord (12), Team Zuid (8)`, `diensten Dienst Werk en Inkomen (DWI, 269
#: klachten), Stadstoezicht (90 klachten)`: a list of named units, each with its count in
#: brackets (after its abbreviation, before the items' noun); the name starts after a word
#: in lower case, a comma or the sentence start and may join its words with `en`, `van` ...
_UNIT_BRACKET = re.compile(
    r"(?:^\W*|,\s*|(?-i:\b[a-zà-ÿ]+)\s+)(?:de\s+|het\s+)?"
    r"(?-i:(?P<unit>[A-Z][\w-]+(?:\s+(?:(?:en|van|voor|de|der)\s+)?[A-Z][\w-]+){0,4}))"
    r"\s*\(\s*(?:(?-i:(?P<initials>[A-Z]{2,8}))\s*,\s*)?"
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
    return next((_spelled_name(m, s) for m in found if m.start("n") == val.start), None)


#: the capitalised words of a name that run back to the comma before it (`Bestuur, `)
_NAME_HEAD = re.compile(r"(?-i:[A-Z][\w-]*(?:(?:,\s*|\s+en\s+|\s+)[A-Z][\w-]*)*),\s*$")


def _spelled_name(m: re.Match, s: str) -> str:
    """The unit's whole name where its initials in the bracket spell more than the words
    read before it, across commas (`het ministerie van Bestuur, Planning en Dienstverlening
    (BPD, 53)`: `Bestuur, Planning en Dienstverlening`, not `Planning en Dienstverlening`)."""
    unit, initials = m["unit"], m["initials"]
    if not initials or _capitals(unit) == initials:
        return unit
    head = _NAME_HEAD.search(s, 0, m.start("unit"))
    if head and _capitals(s[head.start() : m.end("unit")]) == initials:
        return s[head.start() : m.end("unit")]
    return unit


def _capitals(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"(?-i:[A-Z])[\w-]*", name))


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
        or (m := rules["origin_before"].search(before))
        or (m := rules["origin_after"].match(after))
        or (m := rules["lodged_with_after"].match(after))
        or (m := rules["about_body_after"].match(after))
    ):
        return m["unit"]
    if m := rules["body_before"].search(before):
        return m["body"]
    if m := rules["ranked_unit_before"].match(before):
        return m["unit"]
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
def _group_receiving_re(key: SubjectKey) -> re.Pattern:
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


def _other_body_subject(before: str, text: str) -> str | None:
    """The other body or unit a clause names as the subject of the count after `before`
    (see `subject_body_before`; gold rules 1 and 3): its figures are its own, not the
    text's. Not a body the text names in its first lines before this clause: that is the
    text's own, whose figures carry none."""
    m = _rules()["subject_body_before"].search(before)
    if m is None:
        return None
    name = m["unit"] or m["owner"] or m["of"]
    if re.fullmatch(_AP_NAME, name, re.IGNORECASE):
        return None  # the AP's notifications are the whole the text is on
    # (the text is masked: the clause is found by its words, which hold no digit)
    here = text.find(m.group(0).strip())
    first = _named_in_opening(name, text)
    if first is not None and (here < 0 or first.start() < here):
        return None
    return name


#: how far into the text its own body is named (a headline, a lead's first sentence)
_OWN_REACH = 300


def _named_in_opening(name: str, text: str) -> re.Match[str] | None:
    """Where the text's opening (`_OWN_REACH`: its headline, its lead's first sentence)
    names `name`: the text's own body there, whose figures carry no scope."""
    return re.search(rf"\b{re.escape(name)}\b", text[:_OWN_REACH], re.IGNORECASE)
