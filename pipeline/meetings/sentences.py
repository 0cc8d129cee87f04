"""People named in running text: who sent apologies or comes later (`Ans Kok en Piet Mol
hebben zich afgemeld`), who is welcomed, replaced, away (`Iedereen is aanwezig behalve ...`)
or present (`... waren Nelly Theunissen en Philip Helmer aanwezig`), who opens the meeting,
who a body's named votes list, and the people after an attendance phrase of the rules
(`_led_sentences`: `Afwezig m.k. de voorzitter Robert Smeding en lid Truus Koppert.`). One
shown speaking (`Tine van der Vloet (N-VA) stelde`) is none: the gold's rule 17a."""

from __future__ import annotations

import re
from typing import Any

from pipeline.meetings.items import (
    _AND_RE,
    _REASON_TAIL_RE,
    _SECOND_FUNCTION_RE,
    _honorific_pair,
    _plural_role_lead,
    _plural_role_parts,
    _unglued,
    _with_couple,
)
from pipeline.meetings.names import glued_names
from pipeline.meetings.people import (
    _ACRONYM_RE,
    _GROUP_NAME_RE,
    _name_shaped,
    parse_participant,
)
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import _GROUP_LEAD_RE, _PREVIEW_CUT_RE, _unbulleted

#: an item of a sentence's list naming a group, not a person (`de vertegenwoordigers van ...`)
_GROUP_ITEM_RE = re.compile(r"^(?:de|alle|onze)\s+\w+(?:ers|s|en)\b")


def _named_voters(lines: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """The members a council's named votes list (`met 12 stemmen tegen (Jan Bos, Els Dam)`):
    they attended; each once, when every item of a vote's brackets is a name."""
    people: dict[str, dict[str, Any]] = {}
    for _, line in lines:
        for m in _rules()["named_votes"].finditer(line):
            named = _only_names(m["names"], "present")
            people.update({p["name"]: p for p in named if p["name"] not in people})
    return list(people.values())


def _only_names(text: str, status: str) -> list[dict[str, Any]]:
    """The people `text` lists when every item of it names one (`Jan Bos, Els Dam en Ria
    Vos`); [] when any item is something else."""
    named = _names_after(text, status)
    items = [x for x in _name_items(text) if x.strip()]
    return named if len(named) == len(items) else []


#: a clause with its own subject after a list of people (`..., en ik kijk even de zaal rond`,
#: `Chris en Jim, zij hadden het gemeld`)
_NEXT_CLAUSE_RE = re.compile(
    r",\s+(?:(?:(?:en|maar|want|omdat)\s+)?(?:ik|wij|we|hij|zij|ze|het|er|dit|dat)|die)\b"
)


_THAT_RE = re.compile(r"\b(?:dat|omdat|want)\s+")


#: the `van` that names who sent word before the news of their absence (`dat van de heeren
#: A, B en C bericht is ingekomen, dat zij ...`): the names follow it; a plural honorific
#: after it, as `van` inside a name (`J. van de Poll`) has none
_SENDERS_LEAD_RE = re.compile(r"\bvan\s+(?=(?i:de\s+(?:heeren|heren|dames|leden))\s)")


def _sent_apologies(line: str) -> list[dict[str, Any]]:
    """The people sentences name before saying they sent apologies or will come later
    (`Meindert heet allen welkom, Ans Kok, Dhr. Bos en Piet Mol hebben zich afgemeld.`,
    `* Mevr. Kok (PvdB) is verhinderd. Mevr. Smit en mevr. Dijk schuiven iets later aan.`):
    the names right before the verb in its clause, absent or present; [] for any other line."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    said = [(m, "absent") for m in rules["apologies_after_list"].finditer(line)]
    said += [(m, "present") for m in rules["arrives_later"].finditer(line)]
    for m, status in sorted(said, key=lambda x: x[0].start()):
        clause = rules["clause_start"].split(line[: m.start("verb")])[-1]
        clause = _THAT_RE.split(clause)[-1]  # `De voorzitter meldt dat Jan Bos afwezig is`
        clause = _SENDERS_LEAD_RE.split(clause)[-1]  # `van de heeren A en B bericht is ...`
        clause = _REASON_TAIL_RE.sub("", clause)  # `A helaas door omstandigheden was verhinderd`
        role, clause = _plural_role_lead(clause)  # `Raadsleden A en B zijn afwezig`
        people += [{**p, "role": p["role"] or role} for p in _subject_people(clause, status)]
        if also := _ALSO_RE.match(line, m.end()):  # `... waren afwezig evenals wethouder X.`
            rest = rules["sentence_end"].split(line[also.start("rest") :], maxsplit=1)[0]
            people += _names_after(rest.rstrip(" ."), status)
    return people


#: an adverb opening a sentence before its subject (`Ook wethouder Boudesteijn is verhinderd.`)
_SUBJECT_ADVERB_RE = re.compile(r"^(?:ook|verder|tevens|voorts|daarnaast|eveneens)\s+", re.I)

#: a subject that names the office before the one person holding it, set off by commas
#: (`Onze penningmeester, dhr. Peter Otten, is afwezig.`)
_OFFICE_APPOSITION_RE = re.compile(
    r"^(?:de|het|onze|ons|hun|zijn|haar)\s+(?P<office>[\w-]+),\s+(?P<person>[^,]+?)\s*,?$", re.I
)


def _subject_people(clause: str, status: str) -> list[dict[str, Any]]:
    """The people a clause names as the subject of its verb of absence or arrival: the names
    at its end (`Ans Kok, Dhr. Bos en Piet Mol`), past an adverb opening it (`Ook ...`); one
    person after their office (`wethouder Boudesteijn`: the surname is theirs, not a town's)
    or with it in apposition (`Onze penningmeester, dhr. Peter Otten,`), the office their role."""
    clause = _SUBJECT_ADVERB_RE.sub("", clause.strip())
    apposition = _OFFICE_APPOSITION_RE.match(clause)
    if apposition and apposition["office"].lower() in _rules()["roles"]:
        named = _names_before(apposition["person"], status)
        return [{**named[0], "role": apposition["office"].lower()}] if len(named) == 1 else []
    named = _names_before(clause, status)
    if named or len(_name_items(clause)) != 1:
        return named
    person = _role_led_person(clause, status)  # `wethouder Boudesteijn`
    return [person] if person and person["role"] else []


#: the people a sentence adds after its verb, in the same state (`De raadsleden A en B
#: waren met kennisgeving afwezig evenals wethouder R. de Jong.`)
_ALSO_RE = re.compile(r"\s*,?\s+(?:evenals|alsmede|net\s+als)\s+(?P<rest>\S)")


def _welcomed(line: str) -> list[dict[str, Any]]:
    """The people a welcome singles out (`heet allen welkom, in het bijzonder de aanwezige
    ereleden Edwin Geluk, Ger van Caspel en ...`, `heet iedereen, en met name erelid Ans
    Steen, welkom`): present, in the role printed before them; [] for any other line."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    for sentence in rules["sentence_end"].split(line):
        m = rules["welcomed"].search(sentence)
        if m is None:
            continue
        role, rest = _plural_role_lead(m["rest"])
        lead = rest.split()[0].lower() if rest.split() else ""
        if role is None and lead in rules["roles"]:  # `erelid Ans Steen`
            role, rest = lead, rest.split(None, 1)[1] if len(rest.split()) > 1 else ""
        people += [{**p, "role": p["role"] or role} for p in _names_after(rest, "present")]
    return people


def _replacements(line: str) -> list[dict[str, Any]]:
    """`Marleen Persoon is vervangen door Wouter van Duivendijk.`: the member replaced was
    away and the replacement attended; [] unless both are named, the one replaced perhaps by a
    pronoun after the clause that named them (`..., zij wordt vervangen door B`)."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    for m in rules["replaced_by"].finditer(line):
        clause = rules["clause_start"].split(line[: m.start()])[-1]
        replaced = _names_before(clause, "absent")
        replacing = _names_after(rules["sentence_end"].split(line[m.end() :])[0], "present")
        # `Bericht van verhindering van A, zij wordt vervangen door B`: the clause before
        # named A, whom the sentence's lead reads
        referred = clause.split(",")[-1].strip().lower() in rules["pronouns"]
        if (replaced or referred) and replacing:
            people += replaced + replacing
    return people


#: why one excepted was away, a relative clause after the name (`den Heer C. Deijkers, die
#: wegens ziekte verhinderd is.`, `mevrouw A, districtsschepen, die verontschuldigd was en
#: mevrouw B`): up to the next person excepted or the clause's end, no name in it
_EXCEPTED_WHY_RE = re.compile(
    r",\s*die\s+[^.;]*?(?=\s+en\s+(?:(?:de|den)\s+heer\b|mevrouw\b|mevr\.|mw\.|dhr\.|[A-Z])|[.;]|$)"
)


def _all_but(line: str) -> list[dict[str, Any]]:
    """`Iedereen is aanwezig behalve Chris, Martijn en Jim.`, `Aanwezig zijn alle leden minus de
    leden Ton Dam en Hans Bos.`, `Tegenwoordig: alle leden met uitzondering van den Heer C.
    Deijkers, die wegens ziekte verhinderd is.`: the people named were away."""
    return all_but_parts(line)[0]


def all_but_parts(line: str) -> tuple[list[dict[str, Any]], str]:
    """(the people `_all_but` reads, the text after their sentence): old minutes go on with
    the chair on the same line (`... verhinderd is. Voorzitter is P.J. Jansen, Burgemeester.`);
    ([], "") for a line that excepts no one."""
    m = _rules()["all_but"].search(line)
    if m is None:
        return [], ""
    rest = _EXCEPTED_WHY_RE.sub("", m["rest"])
    sentence, *after = _rules()["sentence_end"].split(rest, maxsplit=1)
    people = _role_led_names(_NEXT_CLAUSE_RE.split(sentence, maxsplit=1)[0], "absent")
    return people, " ".join(after) if people else ""


def _named_present(line: str) -> list[dict[str, Any]]:
    """`Van VughtParticipeert waren Nelly Theunissen en Philip Helmer aanwezig`: present, for
    the body named first; as the sentence's subject too (`Bos en Kok zijn aanwezig als
    kascommissielid`), in that role or the office printed before the name (`Ook wethouder
    John Hagens is aanwezig.`); [] unless every item named present is a name."""
    people: list[dict[str, Any]] = []
    for m in _rules()["named_present"].finditer(line):
        people += _all_named(m["names"], organisation=m["org"])
    for m in _rules()["named_subject_present"].finditer(line):
        office = (m["office"] or "").lower()
        if office and office not in _rules()["roles"]:
            continue  # a word in lower case before the name that is no office
        role = m["role"] or office or None
        named = _all_named(m["names"], role=role)
        # `De voorzitter van de UVKK, Wil Bos, is aanwezig`: a subject that is an office
        if not any(p["role"] and p["role"] != role for p in named):
            people += named
    return people


def _all_named(
    names: str, organisation: str | None = None, role: str | None = None
) -> list[dict[str, Any]]:
    """The people of a sentence's list of them (`Ans Kok, Bos en Piet Mol`), present, with
    the organisation or role the sentence gives them all; [] where an item names nobody
    (`Iedereen`, `De voorzitter`)."""
    named = _names_after(names, "present")
    if len(named) != len([x for x in re.split(r",|\s+en\s+", names) if x.strip()]):
        return []
    return [
        {**p, "organisation": p["organisation"] or organisation, "role": p["role"] or role}
        for p in named
    ]


def _opened_by(line: str) -> list[dict[str, Any]]:
    """`Opening door de voorzitster van het bestuur Marianne Barendregt.`: the chair, present;
    an agenda heading naming only who opens (`2. Opening door Ineke Posthouwer`): that one,
    present as `voorzitter` (the gold's rule 17a)."""
    m = _rules()["opened_by"].search(line)
    if m is None:
        return []
    if m["role"] is None:  # the heading: its one name, nothing else
        named = _only_names(m["named"], "present")
        return [{**p, "role": p["role"] or "voorzitter"} for p in named if len(named) == 1]
    named = _names_after(_rules()["sentence_end"].split(m["rest"])[0], "present")[:1]
    return [
        {**p, "role": m["role"].lower(), "organisation": p["organisation"] or m["org"]}
        for p in named
    ]


def sitting_chaired(line: str) -> list[dict[str, Any]]:
    """The chair a report names after its sitting as the subject (`De vergadering werd
    geopend door voorzitter Louis de Wit.`, `Deze commissievergadering wordt door voorzitter
    Lanting geopend`, `De gemeenteraadszitting ging door onder voorzitterschap van
    burgemeester Patrick Lansens`): present, with the office printed (the gold's rule 17a)."""
    rules = _rules()
    for sentence in rules["sentence_end"].split(_unbulleted(line).strip()):
        if m := rules["sitting_chaired"].search(sentence):
            role = m["role"] or m["role_before"] or m["role_of"]
            names = m["rest"] or m["name_before"] or m["rest_of"]
            named = _names_after(names, "present")[:1]
            return [{**p, "role": p["role"] or " ".join(role.lower().split())} for p in named]
    return []


def _opens_meeting(line: str) -> list[dict[str, Any]]:
    """The person a sentence says opened the meeting (`Jannie Koster opent de vergadering`,
    `De voorzitter, Piet Dijkstra, opent de vergadering`, `Om 14.00 uur opent voorzitter Rob
    Funcke de vergadering`) or welcomed everyone at it (`De voorzitter Jaap Vlijm heet
    iedereen hartelijk welkom`): present, with the role printed with the name; and whoever
    the sentence says was away (`Johan opent, bij afwezigheid van Jan Bos, de vergadering`)."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    for sentence in rules["sentence_end"].split(_unbulleted(line)):
        # `Frans van Bussel heet de aanwezigen welkom`: who welcomes all opens it as well
        m = rules["opens_meeting"].search(sentence) or rules["welcomes_all"].search(sentence)
        if m is None:
            continue
        between = m["between"].strip(" ,")
        before = rules["clause_start"].split(sentence[: m.start()])[-1]
        before = rules["opening_heading"].split(before.strip())[-1].strip(" ,")
        absence = rules["absence_of"].search(between) or rules["absence_of"].search(before)
        if absence:
            people += _absent_one(absence["rest"])
            before = before[: absence.start()] if absence.string == before else before
            between = "" if absence.string == between else between
        # `Om 20.00 uur opent de voorzitter (Henk) de vergadering`: the subject after the verb
        inverted = re.match(r"(?i:de|het)\s|[\w-]*voorzit(?:ter|ster)\b|[A-Z]", between)
        if between.split()[:1] and between.split()[0].lower() in rules["pronouns"]:
            continue  # `Daarna opent hij de vergadering`: the subject is after the verb
        subject = between if inverted else _apposition(before)
        opener = _role_led_person(" ".join(subject.split(",")), "present")
        if opener is not None:
            people.append(opener)
    return people


def _apposition(subject: str) -> str:
    """A sentence's subject that names a function with what it is held in and the holder
    after a comma (`De voorzitter van het Genootschap, Jan Smit`): the function and the
    holder (`voorzitter Jan Smit`); the subject as it is otherwise."""
    parts = [x.strip() for x in subject.split(",") if x.strip()]
    if len(parts) != 2 or len(parts[1].split()) < 2 or not _name_shaped(parts[1]):
        return subject
    held = _rules()["role_re"].match(re.sub(r"^(?i:de|het)\s+", "", parts[0]))
    return f"{held[1]} {parts[1]}" if held else subject


def _absent_one(text: str) -> list[dict[str, Any]]:
    """The one person `text` opens with, absent (`voorzitter Janssen`, `Jan vd Broek`)."""
    person = _role_led_person(" ".join(text.split(",")[:1]), "absent")
    return [person] if person else []


def _group_present(line: str) -> list[dict[str, Any]]:
    """`Het voltallige bestuur was aanwezig. Bart Berg (penningmeester), Ineke Hoek en Sigrid
    West.`: the body's members, present; [] unless the next sentence is only two or more
    names."""
    m = _rules()["group_present"].search(line)
    if m is None:
        return []
    sentence = _rules()["sentence_end"].split(m["rest"])[0]
    named = _only_names(sentence, "present")
    if len(named) < 2:
        return []
    return [{**p, "organisation": p["organisation"] or m["group"].lower()} for p in named]


#: the number of a point of the minutes before its sentence (`1. Er is bericht van ...`)
_ITEM_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[a-z])\s*[.)]\s+(?=[A-Z])")


def _led_sentences(line: str) -> list[dict[str, Any]]:
    """The people a sentence of running text names after an attendance phrase (rules
    `sentence_leads`: `Afwezig m.k. de voorzitter Robert Smeding en lid Truus Koppert.`,
    `Notulen worden gemaakt door de secretaris Dick de Kleuver.`), in the status and function
    the phrase says; [] for a sentence that goes on with anything but people."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    counted = None  # the status of a sentence that counted people (`... van 8 leden.`)
    for sentence in rules["sentence_end"].split(_ITEM_NUMBER_RE.sub("", _unbulleted(line))):
        # `Bestuur: Aanwezig zijn A (voorzitter), B ...`: the group's label before the phrase
        sentence = _GROUP_LEAD_RE.sub("", sentence.strip(), count=1)
        leads = rules["sentence_leads"]
        referring = rules["referring_lead"].match(sentence) if counted else None
        if referring:  # `Deze leden zijn A, B en C.`: the people the sentence before counted
            leads = [(counted, None, False, rules["referring_lead"])]
        counted = None
        for status, role, within, pattern in leads:
            m = pattern.search(sentence) if within else pattern.match(sentence)
            if m is None:
                continue
            listed = _NEXT_CLAUSE_RE.split(sentence[m.end() :], maxsplit=1)[0]
            if _PREVIEW_CUT_RE.search(listed):  # a preview's list: its last item is cut
                listed = listed.rpartition(",")[0]
            if re.match(r"\d+\s+\w+$", listed.strip(" .")):
                counted = status  # `Bericht van verhindering is ontvangen van 8 leden.`
                break
            if m[0].rstrip().endswith("("):  # `Er zijn 10 leden aanwezig (A, B en C).`
                listed = listed.split(")")[0]
            named = _role_led_names(listed.rstrip(" ."), status)
            if named:  # `Afwezig hebben zich gemeld A, B`: the next phrase may fit where one failed
                chair = role in rules["chair"]
                people += [
                    {**p, "role": p["role"] or role, "is_chair": p["is_chair"] or chair}
                    for p in named
                ]
                break
    return people


def _role_led_names(text: str, status: str) -> list[dict[str, Any]]:
    """Every item of a sentence's list of people, a role printed before a name (`de
    penningmeester R. Schuiling`, `lid Truus Koppert`) or after it as an item of its own (`A.
    de Boer, griffier, M. Kes, wethouder`) taken as theirs; [] unless each item is so read."""
    members, text = _bracketed_members(text, status)
    if members and not text.strip():
        return members
    if len(groups := _plural_role_parts(text)) > 1 and (named := _role_led_groups(groups, status)):
        return members + named  # `de beide Wethouders A en B en de raadsleden C, D en E`
    plural_role, text = _plural_role_lead(text)  # `de leden A en B`
    people: list[dict[str, Any]] = members
    items = (
        y for listed in _name_items(text) for x in _honorific_pair(listed) for y in glued_names(x)
    )
    for item in items:  # `..., R. de Gassen D. A. Geleijns.`: two members, the comma lost
        # `van de heer A en van mevrouw B`, `welkom voor A en voor onze wethouder B`, `welkom
        # voor onze contactwethouder A, ...` (the lead took its `voor`)
        item = re.sub(r"^(?:(?:van|voor)\s+)?(?:(?:onze|ons|hun)\s+(?=[a-z]))?(?=\S)", "", item)
        if _GROUP_ITEM_RE.match(item) and item.islower():
            continue  # `welkom voor de vertegenwoordigers van de partijen en voor A`
        if _ACRONYM_RE.match(item.strip()):
            continue  # `afmeldingen binnen gekomen van CPB, BPL,CDA en wethouder Boxum`: bodies
        if people and people[-1]["role"] is None and item.lower() in _rules()["roles"]:
            people[-1]["role"] = item.lower()
            continue
        also = _SECOND_FUNCTION_RE.match(item)
        if people and also and item[also.end() :].lower() in _rules()["roles"]:
            continue  # `de heer P. Hamel, tevens secretaris`: the function they add to the first
        person = _role_led_person(item, status)
        if person is None:
            return []
        people.append({**person, "role": person["role"] or plural_role})
    return people


def _role_led_groups(groups: list[str], status: str) -> list[dict[str, Any]]:
    """The people of a list cut into groups, each opened by its plural role (old minutes'
    `de beide Wethouders H. Knook en A. H. v. d. Wiel en de raadsleden K. J. Munters, ...`),
    each group read on its own; [] unless every group is so read."""
    named = [_role_led_names(group, status) for group in groups]
    return [p for people in named for p in people] if all(named) else []


#: where a roll led by roles names who was absent (`..., absent Kouwens en Kuyl.`)
_ROLL_ABSENT_RE = re.compile(r",\s+(?:absent|afwezig)\s+(?=[A-Z])")


#: a stand-in's note after the name (`praeses Plukhooij voor Kouwens`): no one else attended
_STANDS_IN_RE = re.compile(r"\s+voor\s+[A-Z][\w-]*(?=\s*(?:,|$))")


def _role_led_roll(line: str) -> list[dict[str, Any]]:
    """A sitting's roll that names each officer after the role (an old church register's
    `praeses Moll, scriba Kouwens, absent Brand.`, after the sitting's date and hour: `7
    januari 1811, ’s mi 3 uur; praeses ...`): the officers present in their roles, those
    after `absent` absent; [] unless two or more items, each a role and a name, open it."""
    text = line.rsplit(";", 1)[-1].strip().rstrip(".")
    present, *absent = _ROLL_ABSENT_RE.split(text, maxsplit=1)
    items = [x.split() for x in present.split(",")]
    if ":" in text or not all(x and x[0].lower() in _rules()["roles"] for x in items):
        return []  # `Leden: Jan Wit, Tom Vos`: a group's label, no roll of officers
    people = _role_led_names(_STANDS_IN_RE.sub("", present), "present")
    if len(people) < 2 or any(p["role"] is None for p in people):
        return []
    return people + (_role_led_names(absent[0], "absent") if absent else [])


#: a body and its members in brackets opening a list (`het voltallig bestuur (Louis, Eric
#: en Paul) en verder Sietse, Bouke`): the body's words, the members, what follows
_BRACKETED_GROUP_RE = re.compile(
    r"^(?:het|de)\s+(?:voltallige?\s+|gehele\s+|hele\s+)?(?P<group>[a-z ]{3,30}?)\s*"
    r"\((?P<names>[^()]+)\)\s*(?:,\s*|\s+en\s+(?:verder|ook|daarnaast)?\s*|$)",
)


def _bracketed_members(text: str, status: str) -> tuple[list[dict[str, Any]], str]:
    """(the members, the rest of `text`) where a sentence's list opens with a body and its
    members in brackets (`het voltallig bestuur (Louis, Eric, Martijn, Gerrit en Paul) en
    verder Sietse, ...`), each member in the body's member role; ([], text) otherwise."""
    m = _BRACKETED_GROUP_RE.match(text.strip())
    role = _rules()["group_member_roles"].get(m["group"].strip()) if m else None
    if m is None or role is None:
        return [], text
    people = [_role_led_person(x, status) for x in _name_items(m["names"])]
    if not all(people):
        return [], text
    return [{**p, "role": p["role"] or role} for p in people if p], text.strip()[m.end() :]


def _role_led_person(item: str, status: str) -> dict[str, Any] | None:
    """One named person of a sentence's list, the role before the name kept as theirs: after
    an attendance phrase a role in lower case opens a name, not a description."""
    person = parse_participant(item, status, allow_bare=True)
    if person and person["name"] is None and person["role"] and person["organisation"]:
        person = {**person, "name": person["organisation"], "organisation": None, "redacted": False}
    if person and person["name"] and _name_shaped(person["name"]):
        return person
    return None


def _names_after(text: str, status: str) -> list[dict[str, Any]]:
    """The people named at the start of `text` (`Ans Kok, Bos en Piet Mol, de commissie`),
    up to the first item that names nobody."""
    people: list[dict[str, Any]] = []
    for name in (n for piece in _name_items(text) for n in _unglued(piece)):
        person = parse_participant(name.strip(), status, allow_bare=True)
        if not (person and person["name"] and _name_shaped(person["name"])):
            return people
        if _GROUP_NAME_RE.search(name.lower()):  # `de Leden van Verdienste`
            return people
        people.append(person)
    return people


def _name_items(text: str) -> list[str]:
    """The items of a sentence's list of people, parted by commas (not inside brackets) and
    `en`, a couple's first names given their shared surname (`Koos en Paula Aartsen`)."""
    return [
        piece.strip()
        for item in re.split(r",(?![^(]*\))", text)
        for piece in _with_couple(_AND_RE.split(item.strip()))
    ]


def _names_before(text: str, status: str) -> list[dict[str, Any]]:
    """The people named at the end of `text` (`..., Ans Kok, Dhr. Bos en Piet Mol`)."""
    people: list[dict[str, Any]] = []
    for item in reversed(_name_items(text)):
        person = parse_participant(item, status, allow_bare=True)
        if not (person and person["name"] and _name_shaped(person["name"])):
            break
        people.insert(0, person)
    return people
