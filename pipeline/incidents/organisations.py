"""Organisations and units a text compares: the organisations named with counts, the group
the AP's notifications are about, and unit headings that scope the figures of their
sections."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipeline.incidents.ap import _AP_HINT, _AP_NAME, _AP_RECEIVES
from pipeline.incidents.labels import _SECTION_END
from pipeline.incidents.records import _Context, _Sentence
from pipeline.incidents.rules import (
    _clause_bounds,
    _names_received_cases,
    _number_word_alt,
    _rules,
)
from pipeline.incidents.sectors import _named_in_opening
from pipeline.incidents.subjects import _subject_cues
from pipeline.incidents.vocab import (
    _DIGIT,
    _DIGIT_RUN,
    _SUBJECT,
    PATTERN_FILE,
    _vocab,
    _words_alt,
)
from pipeline.nlp import load_patterns

#: an organisation's name: capitalised words, joined by `en` for a sum (`Eindhoven en
#: Helmond`), by a lower-case particle inside a name (`Bergen op Zoom`) or by a dash between
#: spaces (a Belgian police zone of several municipalities, `Brussel Hoofdstad - Elsene`)
_ORG_NAME = r"[A-Z][\w-]+(?:(?:\s+(?:(?:op|aan|den|en)\s+)?|\s+-\s+)[A-Z][\w-]+)*"
#: a place: capitalised words of letters only (`in Q1` is a period)
_PLACE_WORD = r"(?:IJ|[A-Z])[a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*"
_PLACE_NAME = rf"{_PLACE_WORD}(?:\s+(?:en\s+)?{_PLACE_WORD})*"


@cache
def _org_re() -> re.Pattern:
    """An organisation or place a sentence names: after an area's head noun (`gemeente`,
    `politiezone`: `area_nouns` of the pattern file) or `ministerie van`, as the subject of
    a verb of counting before or after it (`counting_verbs`), or after `in`."""
    # what an organisation does with its own figures (`Eindhoven noteerde 17`, `Ontving DUO`)
    patterns = load_patterns(PATTERN_FILE)
    counting_verb = rf"(?i:{_words_alt(patterns['counting_verbs'])})"
    # an area's name after its head noun (`de politiezone Noord`): the name without it
    area = _words_alt(sorted(patterns["area_nouns"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:Gemeenten?|{area})\s+(?P<org>{_ORG_NAME})"
        # `het ministerie van Economische Zaken en Klimaat`: the name without its head noun
        rf"|\b[Mm]inisterie\s+van\s+(?P<ministry>{_ORG_NAME})"
        # (its article before it: `De Geschillencommissie behandelde 11 zaken`)
        rf"|^(?:(?-i:De|Het)\s+)?(?P<subject>{_ORG_NAME})\s+{counting_verb}\b"
        # the subject after its verb: `Ontving DUO in 2021 nog 113 meldingen`
        rf"|\b{counting_verb}\s+(?:de\s+|het\s+)?(?P<inverted>{_ORG_NAME})"
        rf"|\b[Ii]n\s+(?P<place>{_PLACE_NAME})\b"
    )


#: capitalised words that open a sentence without naming anybody
_NOT_ORG = {
    "de", "het", "een", "dat", "dit", "die", "deze", "er", "in", "ook", "wij", "we", "zij",
    "ze", "hij", "men", "vorig", "afgelopen", "bij", "van", "over", "daarnaast", "totaal",
    "op",
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
    agent: bool = False  # the subject of the count (`De openbare omroep VRT kreeg ...`)
    own: bool = False  # the text's own body (`_headline_body`): its figures are the whole's


class _OrgNames(NamedTuple):
    """The organisations a sentence names, and the one named before it in the same
    paragraph."""

    mentions: list[_OrgMention]
    carried: str | None


def _org_mentions(sentence: str, text: str) -> list[_OrgMention]:
    """The organisations and places a sentence names as the unit of its figures."""
    mentions = []
    pos = 0
    while m := _org_re().search(sentence, pos):
        kind = m.lastgroup
        name = m[kind]
        first = name.split()[0]
        pos = m.end()
        if first.lower() in _NOT_ORG or first.lower() in _vocab()["months"]:
            continue
        if kind in ("subject", "inverted") and not _proper_name(first, text):
            # a word that names nobody before its verb (`Tevens registreerde ...`) may open
            # the verb's own subject after it (`Zo ontving de Belastingdienst ...`): read on
            # from the end of that word
            pos = m.end(kind) if kind == "subject" else pos
            continue
        if kind == "place" and not (
            _ADVERBIAL_START.search(sentence[: m.start()]) or _counted_in(sentence, m.start())
        ):
            continue  # `een van de grootste gemeenten in Nederland`: describes a noun
        mentions.append(_OrgMention(m.start(kind), name, kind == "place", kind == "ministry"))
    return mentions + _body_mentions(sentence, text)


#: a body's capitalised name, lower-case particles inside it (`College voor de Rechten van
#: de Mens`, `Discriminatie.nl`)
_BODY_NAME = r"(?-i:[A-Z][\w.'’-]*\w(?:\s+(?:(?:voor|van|de|der|den)\s+)*[A-Z][\w'’-]*\w)*)"


@cache
def _body_re() -> re.Pattern:
    """A body that received the items, after `bij` (`Bij de politie zijn 456 meldingen
    geregistreerd`, `het aantal meldingen bij de Kinderombudsman`) or as the subject of its
    verb of counting (`De antidiscriminatiebureaus ontvingen 4382 meldingen`): a word
    ending in a receiving body's head noun, with its own name after it where it has one
    (`het meldpunt voor internetdiscriminatie MiND`), or a capitalised name (by its initials
    where they follow it in brackets)."""
    heads = _vocab()["data"]["receiving_body_heads"]
    verbs = sorted(load_patterns(PATTERN_FILE)["received_verbs"], key=len, reverse=True)
    received_verb = rf"(?i:{_words_alt(verbs)})"
    head = _words_alt(sorted({*heads, *heads.values()}, key=len, reverse=True))
    body = (
        rf"(?:(?-i:[a-z]+)\s+)?(?P<common>(?-i:[a-z][\w-]*?)?(?:{head}))\b"
        r"(?:(?:\s+(?:voor|van)(?:\s+(?-i:[a-z][\w-]*)){1,2})?\s+(?P<own>(?-i:[A-Z])[\w.-]*\w))?"
        # whose they are (`de ombudsdiensten van de provincies`)
        r"(?:\s+van\s+(?:de|het)\s+(?-i:[a-z]+)(?=\s+" + received_verb + r"))?"
        # a name printed with its initials in brackets, named by them (`bij het
        # Expertisebureau Online Kindermisbruik (EOKM)`)
        rf"|{_BODY_NAME}\s*\((?P<initials>(?-i:[A-Z]{{2,6}}))\)"
        rf"|(?P<name>{_BODY_NAME})"
    )
    return re.compile(
        rf"(?:\b(?P<at>bij)\s+|^(?:de|het)\s+)(?:(?<=bij\s)(?:de|het)\s+)?(?:{body})"
        rf"(?P<verb>\s+{received_verb}\b)?",
        re.IGNORECASE,
    )


@cache
def _head_re() -> re.Pattern:
    """A name ending in a receiving body's head noun (`Kinderombudsman`, `Meldpunten`)."""
    heads = _vocab()["data"]["receiving_body_heads"]
    return re.compile(rf"(?:{_words_alt([*heads, *heads.values()])})$", re.IGNORECASE)


@cache
def _appositive_re() -> re.Pattern:
    """A name's apposition that names it a receiving body (`Bij Discriminatie.nl, het
    landelijke meldpunt ...`)."""
    heads = _vocab()["data"]["receiving_body_heads"]
    head = _words_alt([*heads, *heads.values()])
    return re.compile(rf",\s+(?:de|het)\s+(?:[a-z]+\s+)?[a-z]*(?:{head})\b", re.IGNORECASE)


#: the body whose report a text cites (`het jaarverslag 2002 van de Nationale Ombudsman`)
_REPORT_OWNER = re.compile(
    r"\b[^\W\d]*(?:verslag|rapport|rapportage|monitor)\s+(?:(?:over\s+)?(?:19|20)\d\d\s+)?"
    r"van\s+(?:de|het)\s+(?P<owner>[^\W\d]+(?:\s+(?-i:[A-Z])[^\W\d]+)*)",
    re.IGNORECASE,
)


def _report_owner(name: str, text: str) -> bool:
    """Whether `name` is the body whose report the text cites, or its head noun (`de
    ombudsman` in a text on the Nationale Ombudsman's annual report): its figures are the
    text's own, no body compared."""
    return any(
        m["owner"].lower() == name.lower() or m["owner"].lower().endswith(" " + name.lower())
        for m in _REPORT_OWNER.finditer(text)
    )


#: a police report filed (`aangifte gedaan bij`, `deden aangifte van de bedreiging bij`): the
#: body after it received that report, not the items the text counts
_FILED_ELSEWHERE = re.compile(r"\baangifte(?:\s+[^\W\d]+){0,4}\s+$", re.IGNORECASE)


def _body_mentions(sentence: str, text: str) -> list[_OrgMention]:
    """The bodies a sentence names as receiving its items (see `_body_re`); not the AP,
    whose notifications are another figure (`gemeld bij de AP`)."""
    out = []
    subject, _, headed, *_ = _SUBJECT.get()
    own = _subject_cues()[subject][1] if headed and subject in _subject_cues() else None
    for m in _body_re().finditer(sentence):
        if not m["at"] and not m["verb"]:
            continue  # `De politie is ...`: no count of the body's
        if m["at"] and _FILED_ELSEWHERE.search(sentence, 0, m.start()):
            continue  # `drie hebben aangifte gedaan bij de politie`: another act's body
        group = next(g for g in ("own", "common", "initials", "name") if m[g])
        name = m[group]
        first = name.split()[0]
        if first.lower() in _NOT_ORG or re.fullmatch(_AP_NAME, name, re.IGNORECASE):
            continue
        if group == "name" and m.start() == 0 and not _proper_name(first, text):
            continue
        if group == "name" and not (
            m["verb"] or _head_re().search(name) or _appositive_re().match(sentence, m.end())
        ):
            continue  # `bij SOAW de buurthuizen`: a unit of the organisation, no body
        if own is not None and own.fullmatch(name) or _report_owner(name, text):
            continue  # the body whose report the document is (`de ombudsman`): the whole's
        out.append(_OrgMention(m.start(group), name, False, True))
    return out + _subject_body_mentions(sentence, text)


#: a proper name of a body: capitalised words, or initials, its own article kept where the
#: name has one (`De Lijn`: a capitalised article inside a sentence is part of a name)
_PROPER_NAME = r"(?-i:(?:De\s+|Het\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"


#: one capitalised word that says what a body is, before the initials that name it
#: (`De Milieudienst DCMR`): the text names the body by its initials
_WHAT_BEFORE_INITIALS = r"|(?-i:[A-Z][a-z][\w-]*\s+)(?=(?-i:[A-Z]{2,})\s)"


@cache
def _subject_body_re() -> re.Pattern:
    """A body named as the subject of its own count by its proper name after the words that
    say what it is (`De openbare omroep VRT kreeg vorig jaar 3.805 klachten`, `De
    Milieudienst DCMR kreeg 10.986 meldingen`: one capitalised word before initials,
    `Vervoersmaatschappij De Lijn heeft in 2018 52.518 klachten ontvangen`), or right after
    the auxiliary of its perfect (`Bovendien heeft de Vlaamse ombudsdienst in 2018 ... 1.351
    klachten ontvangen`: its head noun in lower case part of the name). The perfect's
    participle (`intake_verbs`) is checked by `_subject_body_mentions`."""
    patterns = load_patterns(PATTERN_FILE)
    verb = rf"(?:(?P<aux>heeft|hebben)|(?i:{_words_alt(patterns['counting_verbs'])}))"
    heads = _vocab()["data"]["receiving_body_heads"]
    head = _words_alt(sorted({*heads, *heads.values()}, key=len, reverse=True))
    return re.compile(
        rf"^(?:(?-i:De|Het)\s+(?P<what>(?-i:[a-z][\w-]*\s+){{1,2}}{_WHAT_BEFORE_INITIALS})"
        rf"|(?!(?-i:De|Het)\s)(?P<noun>(?-i:[A-Z][a-z-]+))\s+)"
        rf"(?P<name>{_PROPER_NAME})\s+{verb}\b"
        rf"|\b(?-i:heeft|hebben)\s+(?:de|het)\s+"
        rf"(?P<after>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))*(?:\s+(?-i:[a-z]*)(?i:{head}))?)\b"
    )


def _subject_body_mentions(sentence: str, text: str) -> list[_OrgMention]:
    """The body a sentence names as the subject of its count (see `_subject_body_re`): a
    word at the sentence start that says what it is must be a common noun (the text writes
    it in lower case); a perfect needs its participle in the clause (`heeft ...
    ontvangen`). Not the body whose report the text cites (`_report_owner`)."""
    m = _subject_body_re().search(sentence)
    if m is None:
        return []
    name = m["name"] or m["after"]
    if m["noun"] and not re.search(rf"\b{re.escape(m['noun'].lower())}\b", text):
        return []  # `Eindhoven en Helmond ...`: a name of its own, not what it is
    if not m["name"] or m["aux"]:
        c1 = _clause_bounds(sentence, m.end())[1]
        if not _rules()["intake_verb"].search(sentence, m.end(), c1):
            return []
    if name.split()[0].lower() in _NOT_ORG - {"de", "het"} or _report_owner(name, text):
        return []
    return [_OrgMention(m.start("name" if m["name"] else "after"), name, False, True, True)]


def _agent_of(pos: int, s: str, names: _OrgNames) -> str | None:
    """The body its clause names as the subject of the count at `pos` (see
    `_subject_body_mentions`): in a text comparing bodies, the figure is the one's that
    received it, not the one's it is about (`heeft de Vlaamse ombudsdienst ... 1.351
    klachten ontvangen over De Lijn`). Not the text's own body: its figures about a body
    are that body's part of the whole (gold rule 3)."""
    c0, c1 = _clause_bounds(s, pos)
    agents = (m for m in names.mentions if m.agent and not m.own and c0 <= m.pos < c1)
    return next((m.name for m in agents), None)


def _counted_in(sentence: str, pos: int) -> bool:
    """A place right after a count and its noun (`345 bezwaarschriften in Doetinchem
    ontvangen`): where the items counted were received."""
    noun = _vocab()["noun_alt"]
    return re.search(rf"\d\s+(?:{noun})\s+$", sentence[:pos], re.IGNORECASE) is not None


#: what may stand before a place that opens its clause (`Alleen in Friesland`)
_ADVERBIAL_START = re.compile(r"(?:^[-•·*\s]*|[,;:])\s*(?:\w+\s+)?$")


def _org_key(name: str) -> str:
    """One key for a name and its initials (`Autoriteit Persoonsgegevens`, `AP`)."""
    words = name.split()
    return "".join(w[0] for w in words).upper() if len(words) > 1 else name.upper()


def _names_items(s: str, noun_re: re.Pattern) -> bool:
    """Whether a sentence names the items counted: their noun, or the body's own word for
    those it received (`kreeg de Huurcommissie 45 zaken in behandeling`)."""
    return noun_re.search(s) is not None or _names_received_cases(s)


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
    own = _headline_body(text)
    named = [
        [m._replace(own=m.name.casefold() == own) for m in _org_mentions(sentence.text, text)]
        for sentence in sentences
    ]
    counts = [_names_items(sentence.text, noun_re) for sentence in sentences]
    groups = [
        _group_mentions(sentence.text) if names else []
        for sentence, names in zip(sentences, counts, strict=True)
    ]
    about = [m for names, mentions in zip(counts, named, strict=True) if names for m in mentions]
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
                last = before.mentions[-1] if before.mentions else None
                carried = before.carried if last is None else None if last.own else last.name
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


@cache
def _counting_group_re() -> re.Pattern:
    """A group of organisations as the subject of counting its items: opening the sentence
    before its verb (`Provincies hebben ... 181 datalekken geregistreerd`, `De 25 grootste
    gemeenten hebben ...`) or right after it (`in 2019 ontvingen universiteiten 141
    meldingen`). The group is named as printed with its number (`twaalf universiteiten`),
    without an article or an adjective before it (`Nederlandse ziekenhuizen`); after the
    verb, the group's compound with its article (`ontvingen de
    gegevensbeschermingsautoriteiten`) names it as well."""
    v = _vocab()
    number = rf"(?:\d+|{_number_word_alt()})"
    groups = _words_alt(v["data"]["organisation_groups"])
    group = rf"(?P<group{{i}}>(?:{number}\s+(?:[a-z]+ste\s+)?)?(?:{groups}))\b"
    verb = _words_alt(load_patterns(PATTERN_FILE)["received_verbs"])
    return re.compile(
        # `hebben`: the perfect of counting (`hebben ... geregistreerd`, `melding gemaakt`)
        rf"^(?:(?:de|het)\s+)?(?:[a-z]+e\s+)?{group.format(i=0)}\s+(?:{verb}|hebben)\b"
        rf"|\b(?:{verb})\s+{group.format(i=1)}"
        rf"|\b(?:{verb})\s+de\s+(?P<group2>[a-z]+(?:{groups}))\b",
        re.IGNORECASE,
    )


@cache
def _receiving_group_re() -> re.Pattern:
    """A group of organisations named as where the items came in, after `bij` (`klachten
    ingediend bij de Vlaamse overheidsdiensten`, `integriteitskwesties die ... speelden bij
    de 21 waterschappen`). The group is named as printed with its number and a proper
    adjective (`Vlaamse`: which services); not a group listed with another (`bij gemeenten
    en provincies`: a figure of both is neither's)."""
    v = _vocab()
    number = rf"(?:\d+|{_number_word_alt()})"
    return re.compile(
        rf"\bbij\s+(?:de\s+)?(?P<group>(?:{number}\s+)?(?:(?-i:[A-Z][a-zà-ÿ]+e)\s+)?"
        rf"(?:{_words_alt(v['data']['organisation_groups'])}))\b(?!\s+(?:en|of)\s)",
        re.IGNORECASE,
    )


def _counting_group(s: str, pos: int) -> str | None:
    """The group of organisations a sentence names as counting the figure at `pos` (see
    `_counting_group_re`), or as receiving the items in its clause (`_receiving_group_re`):
    a sum over the group, which carries it as its scope (gold rule 1)."""
    if m := _counting_group_re().search(s, 0, pos):
        return (m["group0"] or m["group1"] or m["group2"]).lower()
    c0, c1 = _clause_bounds(s, pos)
    m = _receiving_group_re().search(s, c0, c1)
    return m["group"].lower() if m else None


def _the_counting_group(sentences: list[_Sentence]) -> str | None:
    """The group of organisations a text counts the items of: the one group its sentences
    about the items name, counting its items in the first of them with a figure (the lead:
    `De 25 grootste gemeenten hebben ... 1.900 ...`; see `_counting_group_re`). Every
    figure of the text is then the group's sum; not where the text opens on one
    organisation's own figures (`Het waterschap meldde 14 datalekken`)."""
    noun_re = _vocab()["noun_re"]
    about = [sentence.text for sentence in sentences if noun_re.search(sentence.text)]
    if len({m.lower() for s in about for m in _group_re().findall(s)}) != 1:
        return None
    lead = next((s for s in about if _DIGIT.search(s)), "")
    return _counting_group(lead, len(lead))


@cache
def _counting_services_re() -> re.Pattern:
    """A group of emergency services (`service_groups`) as the subject of the count, after
    its verb (`In 2015 hebben de nieuwe hulpverleningszones ... 556.570 interventies
    uitgevoerd`) or opening the sentence before it (`De hulpverleningszones voerden ...`).
    The group is named as printed, without its article or an adjective before it."""
    groups = _words_alt(_vocab()["data"]["service_groups"])
    verb = _words_alt([*load_patterns(PATTERN_FILE)["received_verbs"], "hebben", "hadden"])
    named = rf"(?:(?:de|het)\s+)?(?:[a-z]+e\s+)?(?P<group{{i}}>{groups})\b"
    return re.compile(
        rf"^{named.format(i=0)}\s+(?:{verb}|[a-z]+den)\b|\b(?:{verb})\s+{named.format(i=1)}",
        re.IGNORECASE,
    )


def _the_counting_services(sentences: list[_Sentence]) -> str | None:
    """The group of emergency services a text counts the call-outs of together (gold rule
    1: `hulpverleningszones` for `In 2015 hebben de nieuwe hulpverleningszones in België in
    totaal 556.570 interventies uitgevoerd`): its sentences about the items name that one
    group of services and its lead (the first of them with a figure) names it as the
    count's subject. None where they name two groups (`brandweerdiensten` and
    `hulpverleningszones`: which sums which is not told) or the lead counts another's."""
    noun_re = _vocab()["noun_re"]
    group_re = _counting_services_re()
    about = [sentence.text for sentence in sentences if noun_re.search(sentence.text)]
    words = re.compile(rf"\b(?:{_words_alt(_vocab()['data']['service_groups'])})\b", re.I)
    if len({m.lower() for s in about for m in words.findall(s)}) != 1:
        return None
    lead = next((s for s in about if _DIGIT.search(s)), "")
    m = group_re.search(lead)
    return (m["group0"] or m["group1"]).lower() if m else None


def _as_the_services_sums(rows: list[dict], group: str | None) -> list[dict]:
    """The rows of a text whose group of services counts its items together (see
    `_the_counting_services`): each unscoped one is the group's sum, read as the text's own
    (totals and kinds as they were) and scoped to the group."""
    if group is None:
        return rows
    return [{**row, "scope": group} if row["scope"] is None else row for row in rows]


#: `in` or `op` after a capitalised word: inside a place's name (`Bergen op Zoom`)
_INSIDE_A_NAME = re.compile(r"\b(?-i:[A-Z])[\w-]*\s+(?:in|op)\s+(?:heel\s+)?$")


@cache
def _lead_area_re(noun_alt: str) -> re.Pattern:
    """The one area a news item's lead puts the counted items in: a place named right after
    the items (`Het aantal meldingen over personen met verward gedrag in Huizen is fors
    toegenomen`, `Bij steeds meer incidenten in Zeeland`, `het aantal diefstallen op
    Bonaire`, `Het aantal meldingen bij Meld Misdaad Anoniem (M.) in Noord-Nederland`) or
    opening the sentence before them (`In Overijssel is het aantal meldingen ...`). A bare
    place name only: `in de regio Eindhoven` is the region the body serves, and a place
    named elsewhere in the sentence (`een grote brand in Hoogeveen`) is no area of the
    items, nor is the first of several places. Keyed by the subject's item nouns
    (`noun_alt`), which differ per subject."""
    items = rf"(?:het\s+aantal\s+[a-zà-ÿ-]+|{noun_alt})"
    # one place, not the first of several (`Datalekken in Zwolle en Deventer`)
    area = (
        rf"(?P<area{{i}}>(?-i:{_PLACE_WORD}))"
        r"(?!\s+(?:(?:en|of)\s+)?(?-i:[A-Z])|\s*,\s*(?-i:[A-Z]))"
    )
    return re.compile(
        rf"\b{items}\b(?:\([^)]*\)|[^.,;:()\d]){{0,60}}?\s(?:in|op)\s+(?:heel\s+)?"
        rf"{area.format(i=0)}"
        rf"|(?:^|,\s*)in\s+{area.format(i=1)}\s+(?:is|zijn|was|waren)\s+het\s+aantal\b",
        re.IGNORECASE,
    )


def _the_lead_area(sentences: list[_Sentence]) -> str | None:
    """The area of a news item's figures: the place its lead (the first sentence about the
    items) puts them in (see `_lead_area_re`). Every figure the text gives without a scope
    of its own is then that area's (gold rules 3 and 15: counts from one area carry it)."""
    items = re.compile(rf"\bhet\s+aantal\b|{_vocab()['noun_alt']}", re.IGNORECASE)
    lead = next((s.text for s in sentences if items.search(s.text)), "")
    m = _lead_area_re(_vocab()["noun_alt"]).search(lead)
    if m is None:
        return None
    area = m["area0"] or m["area1"]
    if m["area0"] and _INSIDE_A_NAME.search(lead, 0, m.start("area0")):
        return None  # `van de gemeente Bergen op Zoom`: a body's name, no area
    return None if re.fullmatch(_vocab()["month_alt"], area, re.IGNORECASE) else area.lower()


#: a name as printed: capitalised words (`Gerechtshof Den Haag`, `Arnhem/Leeuwarden`),
#: lower-case particles inside it (`Bergen op Zoom`)
_NAME_RUN = re.compile(
    r"(?<![\w'’/-])(?:'s-)?(?-i:[A-Z])[\w'’/-]*"
    r"(?:\s+(?:(?:op|aan|bij|van|de|den|der)\s+)*(?-i:[A-Z])[\w'’/-]*)*"
)
#: what introduces a place or unit (not a person, `zegt Jan de Vries`): a preposition of
#: place, the copula (`Absolute koploper is Wapenveld`) or an article
_UNIT_INTRO = re.compile(
    r"(?:\b(?:in|op|bij|uit|naar|is|was)\s+(?:de\s+|het\s+)?|\b(?:de|het)\s+|^\W*)$",
    re.IGNORECASE,
)


@cache
def _pointing_back_res() -> dict[str, re.Pattern]:
    """The words a count's clause points back at a named place or unit with (see
    `pointing_back` in the pattern file)."""
    data = _vocab()["data"]["pointing_back"]
    adverb = _words_alt(data["adverbs"])
    verbs = _words_alt(data["adverb_verbs"])
    not_after = _words_alt(data["not_after_adverb"])
    places = _words_alt(data["place_nouns"])
    level = _words_alt(data["level_verbs"])
    return {
        "before": re.compile(
            rf"(?:^\W*(?:{adverb})\s+(?:{verbs})\b"
            rf"|\b(?:{verbs})\s+(?:het\s+|er\s+)?(?:{adverb})\b(?!\s+(?:{not_after})\b)"
            rf"|\b(?:uit|in|op)\s+(?:die|deze|dat)\s+(?:{places})\b"
            rf"|^\W*(?:het|de)\s+(?:totaal\s+|totale\s+)?aantal\s+(?:[\w-]+\s+){{1,3}}?"
            rf"(?:{level})\s+er\b)",
            re.IGNORECASE,
        ),
        # the name right before a relative `waar` (`bij Qbuzz, waar in 2013 ...`)
        "relative": re.compile(
            rf"\b(?:in|op|bij|uit)\s+(?:de\s+|het\s+)?(?:(?:{places})\s+)?"
            rf"(?P<name>{_NAME_RUN.pattern})\s*,\s*waar\b(?![^.;]*\bwaar\b)",
        ),
    }


def _unit_pointed_back(s: str, pos: int, before: str, text: str) -> str | None:
    """The place or unit a count's clause points back at (`Uit die plaats kwamen vorig jaar
    583 klachten`, `Het totaal aantal klachten steeg er van 523 ...`; see `pointing_back`):
    the one name the sentence before gives, introduced as a place or unit is (a preposition,
    the copula or an article); or the name a relative `waar` follows in the count's own
    sentence. None where the sentence before names several, or the text's own body (named
    in its opening: its figures carry none)."""
    res = _pointing_back_res()
    c0, _ = _clause_bounds(s, pos)
    if m := res["relative"].search(s, 0, pos):
        name = m["name"]
    elif res["before"].search(s[c0:pos]):
        name = _the_one_name(before, text)
    else:
        return None
    if name is None or _named_in_opening(name, text):
        return None
    return name


def _the_one_name(sentence: str, text: str) -> str | None:
    """The one place or unit a sentence names (see `_unit_pointed_back`), None for none or
    several. A capitalised word opening the sentence names nobody unless the text writes it
    capitalised inside a sentence too (`Absolute koploper is Wapenveld`: `Absolute` no)."""
    names = []
    for m in _NAME_RUN.finditer(sentence):
        words, start = m[0].split(), m.start()
        while words and (words[0].lower() in _NOT_ORG or not _proper_name(words[0], text)):
            start = sentence.index(words[0], start) + len(words[0])
            words = words[1:]
        if not words or words[0].lower() in _vocab()["months"]:
            continue
        names.append((" ".join(words), sentence.index(words[0], start)))
    if len({name for name, _ in names}) != 1 or _AP_HINT.search(names[0][0]):
        return None
    name, start = names[0]
    return name if _UNIT_INTRO.search(sentence, 0, start) else None


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
            return None if nearest.own else _respective_unit(nearest, pos, s)
    return names.carried


#: the longest first line read as a headline
HEADLINE_CHARS = 120


def _headline_body(text: str) -> str | None:
    """The body a news item's headline names as the subject of its count (`Vlaamse
    Ombudsdienst kreeg vorig jaar 51.110 klachten`), in lower case: the item is on its
    figures, which are the whole's (null), the other bodies compared its parts."""
    line = text.lstrip().split("\n", 1)[0]
    if len(line) > HEADLINE_CHARS:
        return None
    m = _org_re().match(line)
    return m["subject"].casefold() if m and m["subject"] else None


def _respective_unit(mention: _OrgMention, pos: int, s: str) -> str:
    """`in Friesland en Noord-Brabant ..., respectievelijk 16 en 14`: the unit of the
    figure at `pos`; the named units themselves otherwise."""
    respectively = _rules()["respectively"].search(s, mention.pos)
    units = re.split(r",\s*|\s+en\s+", mention.name)
    if respectively is None or respectively.end() > pos or len(units) < 2:
        return mention.name
    index = len(_DIGIT_RUN.findall(s, respectively.end(), pos))
    return units[index] if index < len(units) else mention.name


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
