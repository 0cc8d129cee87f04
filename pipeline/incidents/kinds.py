"""The category a number counts: the kind its clause, label, quotes or bracket names, a part
of a total (`in 19 gevallen om ...`, `twee keer`), a count of items reported."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.incidents.ap import _AP_RECEIVES, _ORG_REPORTED, _ap_intake, _reported_to_ap
from pipeline.incidents.fact_periods import _own_period_after
from pipeline.incidents.numbers import (
    _COMPARED_BRACKET,
    _NEGATION,
    _THAT_MANY,
    PERIOD_ELIDED,
    SHARE_NUMBER,
    TURN_OUT_PARTICLE,
    _change_res,
    _part_marker,
    _tally,
    _times_acted,
    _times_contacted,
    _times_filed,
    _times_it_happened,
    _times_restated,
    body_sent,
    that_reached,
)
from pipeline.incidents.records import _Context, _Reading, _Value
from pipeline.incidents.rules import (
    _CLASSIFIED_AS,
    NOT_A_KIND,
    _clause_bounds,
    _handling_re,
    _persons_contacted,
    _rules,
)
from pipeline.incidents.vocab import (
    _SUBJECT,
    LEAK,
    PATTERN_FILE,
    _category_of_phrase,
    _items_re,
    _label_only,
    _rough_before,
    _vocab,
    _words_alt,
)
from pipeline.nlp import load_patterns

#: a label and its colon opening a clause or list item right before a number
#: (`Bejegening: 12 klachten; wachttijd: 9`, `- Parkeren: 4`): one word, or one and
#: lower-case words after it (a unit's name capitalises each)
_COLON_LABEL = re.compile(
    r"(?:^|[;.]\s+|[-•·]\s*)(?P<label>[^\W\d]{3,}(?:\s+(?-i:[a-z])[^\W\d]*){0,3})\s*:\s*$"
)


#: what the items were about, told before a list of kinds (`gingen vooral over`,
#: `betroffen`, `hadden betrekking op`)
_ABOUT_VERB = re.compile(
    r"\b(?:(?:ging|gingen|gaat|gaan)\s+(?:[^\W\d]+\s+)?over|betroffen|betrof|betrekking\s+op"
    # `registreerde de meeste incidenten op grond van seksuele gerichtheid (32 procent)`,
    # `veel vragen over het onderwijs (650 meldingen)`, `onderzocht vanwege mogelijk misbruik
    # van gemeentelijke middelen (203 keer)`
    r"|op\s+grond\s+van|over|vanwege|wegens"
    # `De meeste klachten vielen binnen de categorie 'parkeren en mobiliteit' (281)`
    r"|(?:in|onder|binnen)\s+de\s+categorie)\b",
    re.IGNORECASE,
)
#: a kind in lower case and the bracket its count stands in (`bejegening (`, `de stiptheid
#: (bijna`, a quoted category's `'parkeren' (`; not a named body: `de afdeling Burgerzaken (`)
_KIND_BRACKET = re.compile(
    r"(?<!\w)(?P<kind>(?-i:[a-z][^\W\d]*(?:\s+[a-z][^\W\d]*){0,3}))['’]?\s*\(\s*"
    rf"{_rough_before()}$"
)
#: a policy domain named before its bracket (`het beleidsdomein Cultuur, Jeugd, Sport en Media
#: (12%`): a kind of the items however capitalised (gold rule 16), unlike a named body
_DOMAIN_BRACKET = re.compile(
    r"\b(?:(?:beleids)?domein|beleidsveld|beleidsterrein)\s+(?P<kind>(?-i:[A-Z])[\w-]*"
    r"(?:(?:,\s*|\s+en\s+|\s+)(?-i:[A-Z])[\w-]*){0,5})\s*\(\s*"
    rf"{_rough_before()}$",
    re.IGNORECASE,
)
#: a ranking of the items' kinds (`de top 5 van meest voorkomende klachten`, `Daarna volgde
#: het beleidsdomein ...`): what the items were about, in order
_RANKING = re.compile(
    r"\b(?:meest\s+voorkomende|top\s*\d+|daarna\s+volg(?:de|den|t|en)|gevolgd\s+door)\b",
    re.IGNORECASE,
)
#: a sentence that goes on with a ranking of kinds the sentence before began (`De top 4 bleef
#: dezelfde: ...`, `Daarna volgde ...`)
_RANKING_GOES_ON = re.compile(r"\W*(?:de\s+top\s*\d+|daarna\s+volg(?:de|den|t|en))\b", re.I)
#: a period or a comparison before a bracket: the figure in it is that period's (`meer dan
#: het jaar daarvoor (12)`), no kind's
_NO_KIND_BEFORE = re.compile(
    r"\b(?:jaar|jaren|daarvoor|ervoor|eerder|toen|vorige?|maand|maanden|kwartaal|periode)\b", re.I
)
#: a sentence opened by a part of one kind of the items (`Van de klachten over X ...`, `Bij
#: klachten over de beroepsgroep artsen ...`)
_OF_A_KIND_OPENS = (
    r"^\W*(?:van|bij)\s+(?:(?:de|alle)\s+)?(?:{noun})\s+(?:over|met\s+betrekking\s+tot)\s+"
    r"(?:(?:de|het|een)\s+)?(?!(?:{whole})\b)[^\W\d]"
)


def opens_with_a_kind(s: str) -> bool:
    """Whether a sentence opens with a part of one kind of the items (`Van de klachten over
    BIG-geregistreerde zorgverleners ...`; not `Van de klachten over de gemeente`: all)."""
    return _of_a_kind_opens_re().match(s) is not None


#: a sentence opened by the matter its items are about or aimed at, or their domain
#: (`Over ruimtelijke ordening ...`, `Hierover werden 114 klachten onderzocht`, `Tegen een
#: verleende vergunning zijn 17 bezwaarschriften ingediend`, `Op het terrein van algemene
#: zaken zijn 50 bezwaarschriften ingediend`); not a period, a whole, a named body (`Over
#: 2021`, `Over het jaar`, `Tegen de gemeente`, `Over De Lijn`)
_MATTER_OPENS = (
    r"^\W*(?:(?:hier|daar)(?:over|tegen)\b"
    r"|op\s+het\s+(?:terrein|gebied)\s+van\s"
    r"|(?:over|tegen)\s+(?:(?:de|het|een)\s+)?"
    r"(?!(?:{whole}|eerste|tweede|derde|vierde|laatste|eind|einde|verwachting)\b)(?-i:[a-z]))"
)


def opens_with_a_matter(s: str) -> bool:
    """Whether a sentence opens with what its items are about, aimed at or the domain they
    fall in (see `_MATTER_OPENS`): a count it states is of that kind, not the whole (never
    in a data-leak pass, whose kinds are its categories)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    v = _vocab()
    whole = _words_alt(v["data"]["organisation_nouns"] + v["data"]["organisation_groups"])
    return _compiled(_MATTER_OPENS.format(whole=f"{whole}|{NOT_A_KIND}")).match(s) is not None


def _of_a_kind_opens_re() -> re.Pattern:
    v = _vocab()
    whole = _words_alt(v["data"]["organisation_nouns"] + v["data"]["organisation_groups"])
    return _compiled(_OF_A_KIND_OPENS.format(noun=v["noun_alt"], whole=f"{whole}|{NOT_A_KIND}"))


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


#: a share's bracket taken of all the items (`werk (28% van het totale aantal dossiers)`)
_OF_ALL = r"van\s+het\s+(?:totaal|totale\s+aantal(?:\s+[^\W\d]+)?)"
_BRACKET_CLOSES = re.compile(rf"\s*%?\s*(?:[^\W\d]+\s*|{_OF_ALL}\s*)?\)")


@lru_cache(maxsize=8)
def _crime_verb_re(subject: str) -> re.Pattern | None:
    """`N keer` before a crime's participle (`crime_verbs` of the subject), or None where
    the subject names no such verbs."""
    verbs = load_patterns(PATTERN_FILE)["subjects"].get(subject, {}).get("crime_verbs")
    if not verbs:
        return None
    return re.compile(rf"\s*(?:keer|maal)\s+(?:{_words_alt(verbs)})\b", re.IGNORECASE)


def _crimes_told_by_verb(s: str, end: int) -> bool:
    """`In de eerste zes maanden van dit jaar is 36.379 keer ingebroken`: a number of
    times before a crime's participle counts as many crimes of that kind (a police text's
    kind of its items, as `36.000 inbraken`)."""
    rx = _crime_verb_re(_SUBJECT.get()[0])
    return rx is not None and rx.match(s, end) is not None


#: a kind's count or share in its bracket (`(226)`, `(193 keer)`, `(27,4%)`)
_KIND_COUNT = rf"\(\s*\d[\d.,]*\s*%?(?:\s+{_OF_ALL}|\s+[^\W\d]+)?\s*\)"


#: a list of kinds each with its count in brackets (`misbruik van positie (226), geweld
#: (142) en houding en gedrag (127)`, `belangenverstrengeling (193 keer) of ongepast gedrag
#: (192 keer)`): two or more, joined by commas and a last `en`/`of`; or a ranking of kinds
#: by their shares (`het domein werk (28% van het totale aantal dossiers), gevolgd door
#: goederen en diensten (27,4%), media (14,8%) en onderwijs (13,1%)`)
_KIND_LIST = re.compile(
    rf"(?<!\w)(?-i:[a-z][^\W\d]*(?:[\s/]+[a-z][^\W\d]*){{0,3}})['’]?\s*{_KIND_COUNT}"
    r"(?:\s*(?:,?\s*gevolgd\s+door\b|,|\ben\b|\bof\b)\s*"
    rf"(?-i:[a-z][^\W\d]*(?:[\s/]+[a-z][^\W\d]*){{0,4}})\s*{_KIND_COUNT})+"
)


#: the word right before a bracketed count: the head of the item it counts
_ITEM_BEFORE_BRACKET = re.compile(r"([^\W\d]+)\s*\(\s*\d")


def _bracketed_kind(s: str, val: _Value) -> bool:
    """`De klachten gingen over bejegening (12), wachttijd (9 klachten) ...`: a count (or
    its share: `(22,7 procent)`, `(10%)`) in brackets right after a kind named after a verb
    of what the items were about, or in a list of such kinds each with its count (`In de
    onderzoeken kwamen misbruik van positie (226), geweld (142) en houding en gedrag (127)
    het meest voor`: the verb may follow)."""
    before = s[: val.start]
    kind = _KIND_BRACKET.search(before) or _DOMAIN_BRACKET.search(before)
    if _SUBJECT.get()[0] == LEAK or kind is None or _NO_KIND_BEFORE.search(kind["kind"]):
        return False
    if _vocab()["noun_re"].fullmatch(kind["kind"].split()[-1]) or opens_with_a_kind(s):
        # `kwamen veel klachten (372)`: the items themselves; `Van de klachten over
        # BIG-geregistreerde zorgverleners gaat 78 procent (814 klachten) over artsen`: kinds
        # of one kind, which do not nest
        return False
    if not _BRACKET_CLOSES.match(s, val.end):
        return False
    lists = [m for m in _KIND_LIST.finditer(s) if m.start() < val.start < m.end()]
    items = [m[1] for m in _ITEM_BEFORE_BRACKET.finditer(lists[0][0])] if lists else []
    if any(_vocab()["noun_re"].fullmatch(item) for item in items):
        return False  # `vragen (692) en klachten (585)`: kinds of contact, the items one of them
    return bool(lists) or any(r.search(before) is not None for r in (_ABOUT_VERB, _RANKING))


def ranking_goes_on(s: str, ctx: _Context) -> bool:
    """Whether a sentence goes on with a ranking of the items' kinds (`De top 4 bleef
    dezelfde: vertragingen (34,8 %), ...`, `Daarna volgde het beleidsdomein Cultuur (12%)`)
    whose last figure read was a kind's share: its kinds are the items' too, their noun
    left out."""
    if _RANKING_GOES_ON.match(s) is None or not ctx.recent_facts:
        return False
    facts = ctx.recent_facts[-1][1]
    return bool(facts) and facts[-1].category == "other" and facts[-1].value.percent


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
        or PERIOD_ELIDED.search(before)
        # `... en in het tweede kwartaal ontving de ombudsman er 13`: `er` stands for them
        or _OF_THEM.search(before)
        # `In 2017 kwamen er nog 1254 nieuwe klachten binnen, een jaar later daalde dat fors
        # naar 660`: the level it reached, for the period the clause names
        or _reached_again(before)
    )


def _reached_again(before: str) -> bool:
    """Whether the text before a number tells the level the count just made reached, by a
    pronoun for it (`numbers.that_reached`), its verb a change's (`was dat` is `_THAT_MANY`)."""
    m = that_reached().search(before)
    return m is not None and _change_res()[1].search(m[0]) is not None


def _part_of_opening_count(val: _Value, s: str) -> bool:
    """A figure after a sentence's opening `Van de 16 klachten ...` or `Van het aantal
    ingediende klachten waren er 47 afkomstig van de NBA`: a part of those (not the
    count in brackets right after them: `Van het totaal aantal klachten (138) ...`)."""
    noun = _vocab()["noun_alt"]
    m = re.match(
        rf"\W*van\s+(?:(?:de|deze|die)\s+\d[\d.]*|het\s+(?:totale?\s+)?aantal)"
        rf"\s+(?:\w+\s+)?(?:{noun})\b",
        s,
        re.I,
    )
    if m is None or val.start < m.end():
        return False
    return re.fullmatch(r"\s*\(\s*", s[m.end() : val.start]) is None


#: `150 van de 251 meldingen`, `(5 van de 134)`: a count, then the printed whole it is part of
_OF_A_PRINTED_WHOLE = re.compile(
    r"\s+van\s+(?:de|het|die|deze)\s+\d[\d.]*(?![\d,]*\s*(?:%|procent\b))", re.IGNORECASE
)


def _part_of_a_whole_after(val: _Value, s: str) -> bool:
    """`in 2013 waren 150 van de 251 meldingen strafbaar`, `(5 van de 134) van de inbraken
    zijn opgehelderd`: a count followed by the whole it is part of, printed, is a part of
    that count (gold rule 7, as `waarvan er 100 strafbaar waren`); it is a kind's row only
    where its clause says what the part is about (`25 van de 65 meldingen gingen over een
    onveilige werkverhouding`)."""
    m = _OF_A_PRINTED_WHOLE.match(s, val.end)
    return m is not None and _rules()["about_kind"].match(s[m.end() :]) is None


def _scare_quoted_noun(after: str) -> bool:
    """`36 'klachten'`: the count's noun in quotes, what the items were called, not what
    they are."""
    noun = _vocab()["noun_alt"]
    return re.match(rf"\s*'(?:{noun})'", after, re.IGNORECASE) is not None


def _category_of_value(val: _Value, reading: _Reading, ctx: _Context) -> tuple[str | None, str]:
    """(category, rule) from a label beside the number, the AP, a share or the sentence
    before; (None, rule) when none applies."""
    s = reading.text
    if (part := _part_category(val, s, reading.starts, ctx)) is not None:
        if part == (None, "part") and (kind := _kind_part(val, reading, ctx)) is not None:
            return kind, "kind_part"
        return part
    last = reading.facts[-1] if reading.facts else None
    if last and last.source == "kind_part" and _times_restated(s, val.start, val.end):
        return last.category, "kind_part"  # `16 keer gemeld, tegenover slechts 6 keer in 2021`
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
    if (
        category is None
        and val.percent
        and (_quoted_kind_share(val, s) or _kind_share(val, s) or _kind_makes_up(val, reading, ctx))
    ):
        category, source = "other", "share"
        if _of_the_kind_before(val, s, ctx):
            return None, "part"  # a kind of a kind: rows do not nest (gold rule 7)
    if category is None and val.percent and _share_restated(val, reading):
        category, source = reading.facts[-1].category, "carry"  # `terwijl dit in 2016 32% bedroeg`
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


#: the verbs of what a part of the items was about, before `over` or `om` (`ging over`,
#: `draait om`), and those that say it outright (`betreft`): one vocabulary for a kind's
#: share told in its clause (`_ABOUT_TOLD`), with its verb before it (`_VERB_BEFORE_SHARE`)
#: and naming the items (`_SHARE_BETREFT_ITEMS`)
_ABOUT_VERBS = r"ging|gingen|gaat|gaan|draaide|draaiden|draait"
_CONCERNS_VERBS = r"betreft|betroffen|betrof|betreffen"
#: a share of the items (`57% van de klachten`, `in 14 procent van de gevallen`, `(30%) van
#: het aantal klachten`), then what that part was about (`ging over`, `betreft`, `ging het
#: om`, `sprake van`)
_SHARE_OF_ITEMS = r"\s+van\s+(?:de|alle|het\s+(?:totaal\s+)?aantal)\s+(?:{noun}|gevallen)\b"
#: the part's verb before its share, what it was about after the items (`In absolute cijfers
#: gaat 62 procent van de oproepen over kindermishandeling`)
_VERB_BEFORE_SHARE = re.compile(rf"\b(?:{_ABOUT_VERBS})\s+(?:[^\W\d]+\s+)?$", re.I)
_ABOUT_AFTER_ITEMS = re.compile(r"\s+(?:over|om)\s", re.IGNORECASE)
#: a kind named right after `het aantal <items>` (`van seksueel misbruik`)
_OF_A_KIND_NAMED = re.compile(r"\s+van\s", re.IGNORECASE)
#: a relative clause right after the items (`van het aantal klachten die het FAVV in 2023
#: ontving, valt ...`): the part's own verb stands after the comma that closes it
_RELATIVE_AFTER_ITEMS = re.compile(r"\s+(?:die|dat|welke)\s", re.IGNORECASE)
#: what a part of the items was about (`ging het om`, `betrof`, `sprake van`): one vocabulary
#: for a kind's share (`_KIND_TOLD`) and a part told as what happened (`_PART_TOLD`)
_ABOUT_TOLD = (
    rf"sprake\s+van|(?:{_ABOUT_VERBS})\s+(?:het\s+)?"
    # `gaat het in onze zone om`: a place between the verb and what it was about
    rf"(?:[^\W\d]+\s+){{0,3}}?(?:over|om)|{_CONCERNS_VERBS}"
)
_KIND_TOLD = re.compile(
    rf"\b(?:{_ABOUT_TOLD}|(?:heeft|hebben|had|hadden)\s+betrekking\s+op"
    # a subordinate clause's order (`dat ongeveer 80 procent van de meldingen over
    # dierverwaarlozing betrekking heeft op verwaarlozing van paarden`)
    r"|betrekking\s+(?:heeft|hebben|had|hadden)\s+op"
    # `valt binnen de categorie hygiëne`: the kind as the category the part falls in
    r"|(?:valt|vallen|viel|vielen)\s+(?:binnen|onder|in)\s+de\s+categorie"
    r"|(?:is|zijn|was|waren)\s+het\s+gevolg\s+van)\b",
    re.IGNORECASE,
)
#: who made the items, right after them: their part, whose kinds nest in it
_BY_WHOM = re.compile(r"\s+door\s", re.IGNORECASE)
#: `het grootste gedeelte (57%) over verzekerde prestaties`: a share in brackets right before
#: what it is about, the items' verb before it in the clause; or the verb after the bracket
#: (`De meeste klachten (45%) gingen over procedures`)
_BRACKET_SHARE_ABOUT = re.compile(
    r"\s*\)\s*(?:(?:ging|gingen|gaat|gaan)\s+(?:[^\W\d]+\s+)?)?(?:over|betreft|betroffen|betrof|om)\s",
    re.I,
)


#: the largest part of the items with its share in brackets (`De meeste verzoeken die de
#: Huurcommissie ontving (27%`, `De meeste meldingen die wij als gemeente (ongeveer 75%`)
_MOST_OF_THE_ITEMS = (
    r"\b(?:de\s+meeste|het\s+merendeel\s+van\s+de|het\s+grootste\s+deel\s+van\s+de)\s+"
    r"(?:{noun})\b[^()]{{0,60}}?\(\s*(?:[^\W\d]+\s+)?$"
)
#: after that bracket, what the part was (about): the relative clause's verb may close first
#: (`(ongeveer 75%) krijgen gaan over afval`, `(27%) waren bezwaren tegen ...`)
_TOLD_AFTER_BRACKET = re.compile(
    r"\s*\)\s*(?:(?-i:[a-z])[^\W\d]*\s+)?"
    # an adverb between the verb and `over` (`(82,8%) gaan enkel over een stedenbouwkundige
    # handeling`), as `_ABOUT_VERB` takes one
    r"(?:(?:ging|gingen|gaat|gaan)\s+(?:(?!over\b)[^\W\d]+\s+)?over|betroffen|betrof|betreffen"
    r"|waren|was"
    # what the part was filed for (`De meeste meldingen (59%) werden ingediend voor de
    # exploitatie van een ingedeelde inrichting`)
    r"|(?:werd|werden|is|zijn)\s+ingediend\s+voor)\s",
    re.IGNORECASE,
)


#: a share whose verb names the items and what they were for (`40,5% betreft meldingen voor
#: stedenbouwkundige handelingen`): that kind's share of them
_SHARE_BETREFT_ITEMS = rf"\s+(?:{_CONCERNS_VERBS})\s+(?:{{noun}})\s+(?:voor|over|van)\s"


#: a share in brackets: the bracket opened right before it (`(ruim 46,4%`) and closed after it
_OPENED_BEFORE = re.compile(r"\(\s*(?:[^\W\d]+\s+)?$")
_CLOSED_AFTER = re.compile(r"\s*\)")


def _kind_share(val: _Value, s: str) -> bool:
    """A kind's share of requests, complaints or reports (`10% van de klachten ging over zorg
    in het buitenland`, `In 14 procent van de gevallen was er sprake van geweld`, `Van het
    totaal aantal klachten ging het grootste gedeelte (57%) over verzekerde prestaties`):
    the share of the items, then in its clause what they were about; not a stage of their
    handling (`41 procent van de klachten werd afgedaan`), not a data-leak pass (its kinds
    are its vocabulary's)."""
    if _SUBJECT.get()[0] == LEAK or not val.percent:
        return False
    c0, c1 = _clause_bounds(s, val.start)
    if _handling_re().search(s, c0, c1) or _NEGATION.search(s, c0, c1):
        return False
    of_items = re.compile(_SHARE_OF_ITEMS.format(noun=_vocab()["noun_alt"]), re.IGNORECASE)
    # `Bijna de helft (46,4%) van de klachten draait om ...`: the share in brackets after the
    # fraction in words it restates, the items after the bracket
    closed = _OPENED_BEFORE.search(s, 0, val.start) and _CLOSED_AFTER.match(s, val.end)
    if (m := of_items.match(s, closed.end() if closed else val.end)) is not None:
        if _BY_WHOM.match(s, m.end()):
            return False  # `40 procent van de meldingen door studenten`: a part's kinds
        if _OF_A_KIND_NAMED.match(s, m.end()) and "aantal" in m[0].casefold():
            # `69 procent van het aantal meldingen van seksueel misbruik ... over een met
            # taken belast persoon`: a share of one kind's count, whose parts do not nest
            return False
        # the clause the items open: a decimal comma (`12,5% van de klachten`) breaks the
        # share's own clause before them
        c1 = max(c1, _clause_bounds(s, m.end())[1])
        if _RELATIVE_AFTER_ITEMS.match(s, m.end()) and c1 < len(s):
            c1 = _clause_bounds(s, c1 + 1)[1]  # the part's verb after the relative clause
        if _handling_re().search(s, m.end(), c1) or _NEGATION.search(s, m.end(), c1):
            return False
        if _VERB_BEFORE_SHARE.search(s, c0, val.start) and _ABOUT_AFTER_ITEMS.match(s, m.end()):
            return True
        return _KIND_TOLD.search(s, m.end(), c1) is not None
    if _in_cases_share(val, s, c0, c1):
        return True
    most = re.compile(_MOST_OF_THE_ITEMS.format(noun=_vocab()["noun_alt"]), re.IGNORECASE)
    if most.search(s, 0, val.start) and _TOLD_AFTER_BRACKET.match(s, val.end):
        return True
    told = re.compile(_SHARE_BETREFT_ITEMS.format(noun=_vocab()["noun_alt"]), re.IGNORECASE)
    if told.match(s, val.end):
        return True
    bracketed = _BRACKET_SHARE_ABOUT.match(s, val.end)
    return bracketed is not None and _vocab()["noun_re"].search(s, c0, val.start) is not None


#: a share opening its clause with `in`, the cases it is of left out (`In 77% is er ...`)
_IN_SHARE_OPENS = re.compile(r"(?:^|[,;]\s*|\ben\s+)in\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)
#: a verb before what the cases were about (`is er sprake van`, `gaat het om`)
_VERB_BEFORE_TOLD = re.compile(r"\s*(?:(?:is|was|zijn|waren)\s+)?(?:er\s+)?", re.IGNORECASE)
#: the next share of such a list, its verb left out (`, in 12% van geluidsoverlast`)
_TOLD_ELIDED = re.compile(r"\s*van\s+(?!(?:de|het|alle|deze|die)\b)[^\W\d]", re.IGNORECASE)


def _in_cases_share(val: _Value, s: str, c0: int, c1: int) -> bool:
    """`In 77% is er sprake van geuroverlast, in 12% van geluidsoverlast ...`: a share of
    the cases (`in 77%` of them), then what they were about; the shares after the first
    leave its verb out."""
    if not _IN_SHARE_OPENS.search(s, c0, val.start):
        return False
    verb = _VERB_BEFORE_TOLD.match(s, val.end)
    if _KIND_TOLD.match(s, verb.end()) is not None:
        return not (_handling_re().search(s, c0, c1) or _NEGATION.search(s, c0, c1))
    if not _TOLD_ELIDED.match(s, val.end):
        return False
    first = [m for m in SHARE_NUMBER.finditer(s, 0, c0) if _IN_SHARE_OPENS.search(s, 0, m.start())]
    return any(_KIND_TOLD.match(s, _VERB_BEFORE_TOLD.match(s, m.end()).end()) for m in first)


#: a share of all the items (`41.8% uit van het totale aantal interventies`, `een klein deel
#: (7.4%) van de totale interventies opmaken`): the part a subject makes up
_OF_THE_WHOLE = re.compile(
    r"\s*\)?\s*(?:uit\s+)?van\s+(?:het\s+totale?\s+aantal|de\s+totale|het\s+totaal)\b", re.I
)
_MAKES_UP = re.compile(r"\b(?:uitma\w*|opma\w*|ma(?:ken|akt|akte|akten)\b[^,;]*\buit)\b", re.I)


def _kind_makes_up(val: _Value, reading: _Reading, ctx: _Context) -> bool:
    """`Met 6410 interventies maken deze in 2017 41.8% uit van het totale aantal
    interventies`: the share of all the items that a part makes up, where the part is a
    kind of them (a compound of their noun: `ziekenwageninterventies`) named in the clause
    or, as `deze`, before it or in the sentence before; not an area's or a body's part."""
    s = reading.text
    if _SUBJECT.get()[0] == LEAK or not _OF_THE_WHOLE.match(s, val.end):
        return False
    c0, c1 = _clause_bounds(s, val.start)
    if not _MAKES_UP.search(s, c0, c1):
        return False
    before = [s[c0 : val.start]]
    if _REFERS_BACK.search(s, c0, val.start):
        before += [s[:c0], *ctx.recent_texts[-2:-1]]  # `deze`: the part named before
    return any(_names_a_compound(text) for text in before)


#: `deze`, `dit`: the part just named
_REFERS_BACK = re.compile(r"\b(?:deze|dit|die)\b", re.IGNORECASE)


def _names_a_compound(text: str) -> bool:
    """Whether `text` names a compound of the items' noun (`brandinterventies`)."""
    noun_re = _vocab()["noun_re"]
    return any(m["modifier"] and not noun_re.fullmatch(m[0]) for m in _items_re().finditer(text))


#: `hierbij`, `daarbij`: of what was just named
_HEREBY = re.compile(r"\b(?:hierbij|daarbij)\b", re.IGNORECASE)


def _of_the_kind_before(val: _Value, s: str, ctx: _Context) -> bool:
    """`... brandinterventies, hoewel deze nog steeds een klein deel (7.4%) van de totale
    interventies opmaken. In 21.4% van de gevallen gaat het hierbij om woningbranden`: a
    kind's share of the kind the figure read last counts (`hierbij`), no kind of the items."""
    c1 = _clause_bounds(s, val.start)[1]
    if not _HEREBY.search(s, val.end, c1) or not ctx.recent_facts:
        return False
    facts = ctx.recent_facts[-1][1]
    return bool(facts) and facts[-1].category == "other"


#: the share just read, for another period (`, terwijl dit in 2016 32.36% bedroeg`)
_SHARE_RESTATED = re.compile(r"\b(?:terwijl|toen)\s+(?:dit|dat)\b[^,;()]*$", re.IGNORECASE)


def _share_restated(val: _Value, reading: _Reading) -> bool:
    """Whether a share restates, for another period, the share the sentence just read."""
    last = reading.facts[-1] if reading.facts else None
    if last is None or not last.value.percent or last.category is None:
        return False
    return _SHARE_RESTATED.search(reading.text, last.value.end, val.start) is not None


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
    r"|ingekomen|ingediend|genoteerd|noteerde|noteerden|registreerde|registreerden|gedaan|gemaakt"
    r"|kreeg|kregen|ontdekt|vastgesteld|telde|telden|geteld"
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


def _part_category(
    val: _Value, s: str, starts: list[int], ctx: _Context
) -> tuple[str | None, str] | None:
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
    if _tally(s, val.start) and not val.percent:
        return "total", "tally"  # `Dit jaar staat de teller op 83`: the items' running count
    if _crimes_told_by_verb(s, val.end) and not val.percent:
        return "other", "happened"  # `is 36.379 keer ingebroken`: as many burglaries
    if _times_it_happened(s, val.start, val.end) and not val.percent:
        # `Dat gebeurde vorig jaar 3.600 keer`: a kind of the items the text just told; but
        # `In totaal gebeurde dit zo'n 45.000 keer`: all of them (the call-outs just told)
        whole = rules["grand_total"].search(s, 0, val.start) is not None
        return ("total" if whole else "other"), "happened"
    if (_times_contacted(s[val.end :]) or _persons_contacted(s, val.end)) and not val.percent:
        return "other", "contacts"  # `werd 1.732 keer gecontacteerd`: see `_contacts_category`
    if (acted := _times_acted(s[val.end :])) and not val.percent:
        if not _own_body_acted(val, s, ctx):
            return None, "part"
        # `1.188 keer opgeroepen voor een brand`: what each was for, one kind
        return ("other" if _ONE_KIND_FOR.match(s, val.end + acted) else "total"), "acted"
    if not _part_marker(s, val.start, val.end) or _times_restated(s, val.start, val.end):
        return None
    if rules["bracket_open"].search(s[: val.start]):
        return _bracket_part(val, s)
    if _keer_received(val, s):
        return "total", "intake"
    if _times_filed(s[val.end :]):
        # `725.000 keer bezwaar ingediend`: as many were filed; `134 keer melding gemaakt
        # van seksueel misbruik`: as many of one kind (not in a data-leak pass)
        return ("other" if _filed_of_a_kind(val, s, ctx) else "total"), "filed"
    if _ORG_NOTIFIED.match(s, val.end) and _ONE_SUBJECT.search(s, 0, val.start):
        return "reported_to_ap", "part"  # `Het UWV heeft 606 keer melding gedaan van een datalek`
    if _NEGATION.search(rest):
        return None, "part"  # `in twee gevallen is niet gemeld bij de AP`
    category = _one_category(rest)
    if category is None and _ACTUAL_LEAK.search(rest):
        category = "total"  # `In 85 gevallen was er daadwerkelijk sprake van een datalek`
    return category, "part"


#: what a body turned out for, one kind of its turn-outs (`opgeroepen voor een brand`)
_ONE_KIND_FOR = re.compile(r"\s+(?:werd\s+|werden\s+)?voor\s+een\b", re.IGNORECASE)
#: a word of a name: capitalised, not a sentence's first (`de Koninklijke Nederlandse
#: Redding Maatschappij (KNRM)`, `Brandweer Zone Rand`)
_NAME_WORD = re.compile(r"(?<=[\w,)]\s)(?-i:[A-Z])[\w'’-]{2,}")


def _own_body_acted(val: _Value, s: str, ctx: _Context) -> bool:
    """Whether the body that turned out (`numbers._times_acted`) is named before its count
    by a name the document's first lines name too: the text's own body (`De Brandweer Zone
    Rand werd in 2022 1.188 keer opgeroepen` under `Brandweer Zone Rand kreeg ...`), or a
    body named by a common noun whose turn-outs are told as a bare whole (`De brandweer kwam
    in totaal 3200 keer in actie`). Another body's turn-outs (`De Zeeuwse stations zijn ...
    315 keer uitgevaren`) or a group's named by a common noun and told by what they were for
    (`werden de brandweerdiensten 390.623 keer opgeroepen voor noodsituaties`) are scoped to
    a body the sentence alone does not settle."""
    c0, _ = _clause_bounds(s, val.start)
    names = _names_before(s, c0, val.start)
    if not names:
        # the clause read may open after the period (`dat Brandweer Gooi en Vechtstreek in
        # 2018 maar liefst 2160 keer gealarmeerd werd`): the body named before it
        names = _names_before(s, 0, val.start)
    lines = [line for line in ctx.text.splitlines() if line.strip()][:HEAD_LINES]
    head = " ".join(lines).lower()
    if _the_heads_service(s, c0, val.start, head):
        return True
    if (body := body_sent(s[val.end :])) and body.lower() in head:
        # `In 2022 is in Nederland 1.489.572 keer een ambulance ingezet` under `Ongeveer 1,5
        # miljoen ambulance-inzetten`: the service the head counts, named as the one sent
        return True
    if not names:
        # `De brandweer kwam in totaal 3200 keer in actie`, `In 2016 rukten de wagens
        # 100.000 keer uit.`: a body named by a common noun, its turn-outs told as a bare
        # whole, is the text's own (not where the count goes on to what it was for)
        return _BARE_TURN_OUT.match(s, val.end) is not None
    return all(name in head for name in names)


def _names_before(s: str, start: int, end: int) -> set[str]:
    """The name words in `s[start:end]` (lower case), but not those of examples of the body
    (`De 45 reddingstations, waaronder Ouddorp en Stellendam, werden ...`: some of its
    stations named, not the body that turned out)."""
    examples = [m.span() for m in _EXAMPLES.finditer(s, start, end)]
    return {
        m[0].lower()
        for m in _NAME_WORD.finditer(s, start, end)
        if not any(a <= m.start() < b for a, b in examples)
    }


#: examples of what a sentence names, between commas (`, waaronder Ouddorp en Stellendam,`)
_EXAMPLES = re.compile(r",\s*waaronder\b[^,]*,", re.IGNORECASE)


def _the_heads_service(s: str, start: int, end: int, head: str) -> bool:
    """Whether `s[start:end]` names the service whose call-outs the document's head says
    it counts (the fallback subject's `head_cues`): its full name beside the short one of
    the head is still the text's own body (`de Koninklijke Nederlandse Redding Maatschappij
    (KNRM) 2.238 keer uitgevaren` under `KNRM in 190 jaar gegroeid ...`)."""
    spec = _vocab()["data"]["subjects"].get(_SUBJECT.get()[0], {})
    cues = spec.get("head_cues") if spec.get("fallback") else None
    if not cues:
        return False
    service = re.compile(rf"(?<![\w-])(?:{_words_alt(cues)})", re.IGNORECASE)
    named = list(service.finditer(s, start, end))
    # a name after the service's last is one of its stations (`KNRM Marken is 83 keer
    # uitgevaren`): that unit's call-outs, not the whole's
    return (
        bool(named)
        and _STATION_AFTER.match(s, named[-1].end()) is None
        and service.search(head) is not None
    )


#: a name right after a service's (`KNRM Marken`): one of its stations
_STATION_AFTER = re.compile(r"[\w-]*[^\S\n]+(?-i:[A-Z])")


#: the document's first lines, where a text names its own body
HEAD_LINES = 2
#: turn-outs told as a bare whole: the verb of turning out closes the clause
_BARE_TURN_OUT = re.compile(
    rf"\s*(?:keer|maal)\s+(?:{TURN_OUT_PARTICLE}|uitgerukt|uitgevaren|gealarmeerd|opgeroepen)"
    # what they were for told as the service's two kinds of work joined (`uitgerukt om
    # brand of hulpverlening`, `gealarmeerd voor zoek- en reddingsacties`): still all of
    # them (not one kind: `opgeroepen voor noodsituaties` is scoped to what it was for)
    r"(?:\s+(?:om|voor)\s+[\w-]+\s+(?:of|en)\s+[\w-]+)?"
    r"\s*(?:[.,;!?]|$)",
    re.IGNORECASE,
)


#: a part of requests, complaints or reports told as what happened in it (`Zes keer draaide
#: het om ...`, `in vijf gevallen werd melding gemaakt van pestgedrag`, `Intimidatie werd
#: driemaal gemeld`, `26 keer sprake van een persoonlijke bedreiging`): a verb of reporting,
#: or of what it was about, in the part's clause
_PART_TOLD = re.compile(
    rf"\b(?:{_ABOUT_TOLD}|gemeld|geregistreerd|melding\s+(?:gemaakt|gedaan)\s+van)\b",
    re.IGNORECASE,
)
#: a part of a list whose verb the part before it told (`..., twee keer pesten, één keer
#: verbaal geweld`): the number, its marker and a kind in lower case, nothing else
_ELIDED_PART = re.compile(
    r"\s*(?:keer|maal)\s+(?-i:[a-z])[^\W\d]*(?:\s+(?-i:[a-z])[^\W\d]*){0,3}?"
    r"(?:\s+(?:en|of))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: the subject's own items named with a qualifier that makes them one kind (`Discriminatie op
#: deze grond werd 16 keer gemeld`)
_OWN_QUALIFIED = re.compile(r"^\w*\s+op\s+(?:grond\s+van|deze\s+grond|basis\s+van)\b", re.I)


def _kind_part(val: _Value, reading: _Reading, ctx: _Context) -> str | None:
    """The category of a part of the items (`N keer`, `in N gevallen`) that the clause tells
    as what happened (`_PART_TOLD`), in a pass on requests, complaints or reports, whose
    kinds the data-leak vocabulary does not name: the items the document's head names
    (`29 keer sprake van agressie` in a text headed by aggression): total; any other kind:
    other. None: the clause tells nothing (`vier keer bijeengekomen`), a stage of handling,
    a finding or a negation, or the sentence before told outcomes (`In 531 gevallen werd de
    verdenking niet aangetoond. In 149 gevallen was er sprake van een strafbaar feit`:
    outcomes too)."""
    if _SUBJECT.get()[0] == LEAK or val.percent or _outcomes_before(ctx):
        return None
    s = reading.text
    c0, c1 = _clause_bounds(s, val.start)
    clause = s[c0:c1]
    elided = bool(reading.facts) and reading.facts[-1].source == "kind_part"
    # the rest of a list item: up to the next number
    end = min([a for a in reading.starts if a > val.start] or [c1])
    told = _PART_TOLD.search(clause) or (elided and _ELIDED_PART.match(s, val.end, min(end, c1)))
    if not told or _handling_re().search(clause) or _NEGATION.search(clause):
        return None
    if _FOUND_TRUE.search(clause):
        return None  # `in 72 gevallen ook daadwerkelijk sprake van een schending`: a finding
    return "total" if _names_head_items(clause, ctx.text) else "other"


#: a part of the items an inquiry found true (`Van die 103 zaken blijkt in 72 gevallen ook
#: daadwerkelijk sprake van een schending`): an outcome of their handling, no kind of them
_FOUND_TRUE = re.compile(
    r"\b(?:daadwerkelijk|inderdaad|ook\s+echt)\s+(?:[^\W\d]+\s+){0,2}?sprake\s+van\b", re.I
)


def _outcomes_before(ctx: _Context) -> bool:
    """Whether the sentence before counted an outcome (a number in a clause with a stage of
    handling or a negation: `In 531 gevallen werd de verdenking weerlegd of niet aangetoond`):
    the parts that follow it list the other outcomes."""
    if len(ctx.recent_texts) < 2:
        return False
    before = ctx.recent_texts[-2]
    return any(
        _handling_re().search(before[slice(*_clause_bounds(before, m.start()))])
        or _NEGATION.search(before[slice(*_clause_bounds(before, m.start()))])
        for m in re.finditer(r"(?<![\d.,])\d", before)
    )


def _names_head_items(clause: str, text: str) -> bool:
    """Whether a clause names, as what happened, the items the document's head names (the
    subject's cue its first lines give: `sprake van agressie` in a text headed `meldingen van
    agressie`; any of its cues where the head names none; not `Discriminatie op deze grond`:
    one kind of them)."""
    own = _vocab()["data"].get("own_cues", [])
    cue = _head_cue(text[:HEAD_CHARS])
    cues = rf"\b{re.escape(cue)}\w*" if cue else rf"\b(?:{_words_alt(own)})\w*" if own else None
    return cues is not None and any(
        not _OWN_QUALIFIED.match(clause, m.start())
        for m in re.finditer(cues, clause, re.IGNORECASE)
    )


#: how much of a document's text is its head, where its subject's cue is looked for
HEAD_CHARS = 400


def _head_cue(head: str) -> str | None:
    """The subject's cue (`document_cues`) the head names first."""
    own = _vocab()["data"].get("own_cues", [])
    m = re.search(rf"\b(?:{_words_alt(own)})", head, re.IGNORECASE) if own else None
    return m[0].lower() if m else None


def _filed_of_a_kind(val: _Value, s: str, ctx: _Context) -> bool:
    """`134 keer melding gemaakt van seksueel misbruik`: items filed so often, of the kind named
    right after the filing (not the subject's own items, not in a data-leak pass)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    m = _FILED_THEN.match(s, val.end)
    if m is not None:
        return not _names_head_items(m["kind"], ctx.text)
    # `Over radicalisering is vier keer een melding ontvangen`: what they were about opens
    # the clause
    c0, _ = _clause_bounds(s, val.start)
    about = _ABOUT_OPENS.match(s, c0)
    return about is not None and not _names_head_items(about[0], ctx.text)


#: a clause opened by what its items were about, in lower case (`Over radicalisering is ...`;
#: not a body: `Over de Belastingdienst`)
_ABOUT_OPENS = re.compile(
    r"\W*over\s+(?:(?:de|het|een)\s+)?(?-i:[a-z])[^\W\d]*(?:\s+(?-i:[a-z])[^\W\d]*){0,3}",
    re.IGNORECASE,
)
#: a filing and what it was of or about (`keer melding gemaakt van seksueel misbruik`)
_FILED_THEN = re.compile(
    r"\s*(?:keer|maal)\s+(?:[^\W\d]+\s+){1,3}?(?:gemaakt|gedaan|ingediend)\s+(?:van|over)\s+"
    r"(?P<kind>(?-i:[a-z])[^\W\d]*(?:\s+[^\W\d]+){0,3})",
    re.IGNORECASE,
)


#: a part that names the incident itself, no kind of it: the incidents counted
_ACTUAL_LEAK = re.compile(r"\bsprake\s+van\s+(?:een\s+)?(?:datalek|beveiligingsincident)\b", re.I)
#: `9.800 keer een datalekmelding`, `25.000 keer over een datalek ingelicht`, `4700 keer aan`
_KEER_NOTICE = re.compile(
    r"^\s*(?:keer|maal)\b(?:\s+[^\s,;]+){0,4}?\s+(?:(?:datalek)?melding(?:en)?|ingelicht|aan)\b",
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


#: `ontving de ombudsman er 13`: partitive `er` right before the number
_OF_THEM = re.compile(r"\b(?<!waarvan\s)er\s+$", re.IGNORECASE)


#: `het er nog`, `dat er`: before a number that restates the count just named
_RESTATED = re.compile(r"\b(?:het|dat)\s+er\s+(?:nog\s+|maar\s+)?$", re.IGNORECASE)


#: a difference (`5 meer`): what is carried on after it is one, too
_DIFFERENCE = re.compile(r"\d\s+(?:meer|minder)\b", re.IGNORECASE)
