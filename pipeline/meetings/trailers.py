"""People followed by the role or group they share (`de heren A. Berg, P. Ende en mevrouw
I. Wit, hoogheemraden; de heren K. Bos en L. Dam, allen vertegenwoordiger van de fractie
VVD`): groups parted by semicolons or sentences, a plural trailer for the run before it, a
singular one for the person right before it, and a plural role closed by its body (`leden
van de raad voor maatschappelijk welzijn`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.meetings.items import (
    _AND_RE,
    _SECOND_FUNCTION_RE,
    _initialled_unglued,
    _singular_role,
)
from pipeline.meetings.names import CAPITAL_INITIAL
from pipeline.meetings.people import (
    _name_shaped,
    _strip_prefixes,
    function_body,
    parse_participant,
)
from pipeline.meetings.rules import _rules

#: the trailer several people of one group share: `allen vertegenwoordiger van de fractie VVD`
_SHARED_TRAILER_RE = re.compile(
    r"^(?:allen|beiden|alle\s+\w+)\s+(?P<role>[\w/-]+)"
    r"(?:\s+(?:van|namens|voor)\s+(?:de\s+|het\s+)?(?:fractie\s+)?(?P<org>.+))?$"
)


#: the shared trailer after the last name, its comma forgotten (`P. Wolters allen lid van ...`)
_SHARED_TRAILER_START_RE = re.compile(r"\s+(?=(?:allen|beiden)\s)")


def _semicolon_groups(rest: str, status: str) -> list[dict[str, Any]]:
    """A list whose groups semicolons part, each group people and the role or group they
    share (`mevrouw A. Bom, voorzitter; de heren A. Berg, P. Ende en mevrouw I. Wit,
    hoogheemraden; de heren K. Bos en L. Dam, allen vertegenwoordiger van de fractie VVD`),
    or one group of people each followed by a role (`de heer K. Dijk, dijkgraaf, de heer
    L. Kok, hoofdingeland`) or each opened by an honorific (`de heer P. Bos de heer K. Dijk
    mevrouw A. Wit (CDA)`): everyone, once a group holds several people; [] where a group
    is no people."""
    if _person_and_body_items(rest):
        return []  # read item by item, each person with their party
    groups = _sentence_groups(rest, status)
    if not groups or not all(people for people, _ in groups):
        return []
    if max(len(people) for people, _ in groups) < 2 and not any(n for _, n in groups):
        return []
    if ";" not in rest and not groups[0][1] and not _rules()["next_titled"].search(rest):
        return []  # a plain list of names: read item by item
    return [person for people, _ in groups for person in people]


#: an initial: a name as a list of initialled people prints it (`A.J. Alcántara`)
_INITIALLED_RE = re.compile(rf"\b{CAPITAL_INITIAL}")


def _person_and_body_items(rest: str) -> bool:
    """A list whose semicolons part one person each, their party or body after the comma
    (`A.J. Alcántara, PvdA; M.D. Arnhem, PvdA; M. Schaaf, Groep Schaaf (zb)`): each item a
    name with initials, then a part that names no one and is no role; not groups of people
    sharing a role."""
    items = [x for x in rest.strip(" .;").split(";") if x.strip()]
    if len(items) < 2:
        return False
    for item in items:
        parts = [p.strip() for p in re.split(r",(?![^(]*\))", item)]
        if len(parts) != 2 or not _INITIALLED_RE.search(parts[0]):
            return False
        body = re.sub(r"\([^)]*\)", "", parts[1]).strip()
        if not body or _INITIALLED_RE.search(body) or _AND_RE.search(body):
            return False
        if _shared_trailer(body)[0] or _rules()["honorific_re"].match(body):
            return False
    return True


def _sentence_groups(rest: str, status: str) -> list[tuple[list[dict[str, Any]], int]]:
    """The groups of a list parted by semicolons, or by full stops where each sentence is a
    group (`..., schepenen. De heren A, B en C, raadsleden. Mevr. D, secretaris. OPENBARE
    ZITTING 1. ...`): the leading sentences that are groups of people; the prose after them
    is no part of the list."""
    sentences = _rules()["sentence_end"].split(rest)
    out: list[tuple[list[dict[str, Any]], int]] = []
    for k, sentence in enumerate(sentences):
        groups = [_people_sharing_trailers(g, status) for g in sentence.split(";") if g.strip(" .")]
        if groups and all(people for people, _ in groups) and (k == 0 or _goes_on_as_list(groups)):
            out += groups
        elif k == 0:
            return groups  # the first sentence is no list of groups: nor is the line
        else:
            break
    return out


def _goes_on_as_list(groups: list[tuple[list[dict[str, Any]], int]]) -> bool:
    """A later sentence of a grouped list that is a group too: people under a shared trailer
    (`De heren A, B en C, raadsleden.`) or a run of several people (`Bloys, Bulhof, Dutta
    en Valk.`), no prose."""
    return any(n for _, n in groups) or sum(len(people) for people, _ in groups) >= 3


def _people_sharing_trailers(group: str, status: str) -> tuple[list[dict[str, Any]], int]:
    """The people of one group, each given the role or group printed after them: a plural
    one (`hoogheemraden`, `allen vertegenwoordiger van de fractie VVD`) to the whole run
    since the last, a singular one (`dijkgraaf`) to the person right before it; and how many
    such trailers there were. ([], 0) where a piece is neither a person nor a trailer."""
    pieces = [
        piece.strip(" .")
        for part in re.split(
            r",(?![^(]*\))", _plural_role_apart(_without_plural_honorific(group.strip(" .")))
        )
        if not _rules()["part_attended"].match(part.strip())  # `inzake agendapunt 9`
        for half in _AND_RE.split(part)
        for titled in _rules()["next_titled"].split(half.strip())
        for shared in _SHARED_TRAILER_START_RE.split(titled)
        for piece in _initialled_unglued(shared)  # `C.A.P.Rombouts W.J.I.Simonis`: two
        if piece.strip(" .")
    ]
    lead, pieces = _group_lead(_trailer_then_name(pieces))
    people: list[dict[str, Any]] = []
    run_start, trailers = 0, 0  # the first of the people printed since the last trailer
    for piece in pieces:
        role, organisation, plural = _shared_trailer(_SECOND_FUNCTION_RE.sub("", piece))
        if role and not plural and people and run_start == len(people):
            # `E. Gulje, burgemeester, voorzitter`, `P. Hamel, voorzitter, tevens secretaris`:
            # a second function right after the first is the same person's
            p = people[-1]
            chair = role in _rules()["chair"]
            people[-1] = {**p, "role": p["role"] or role, "is_chair": p["is_chair"] or chair}
            continue
        if (role or organisation) and run_start < len(people):
            for k in range(run_start if plural else len(people) - 1, len(people)):
                p = people[k]
                people[k] = {**p, "role": p["role"] or role,
                             "organisation": p["organisation"] or organisation}  # fmt: skip
            run_start, trailers = len(people), trailers + 1
            continue
        person = parse_participant(piece, status, allow_bare=True)
        if not (person and person["name"] and _name_shaped(person["name"])):
            return [], 0
        people.append(person)
    if lead:
        people, trailers = [{**p, "role": p["role"] or lead} for p in people], trailers + 1
    return people, trailers


def _group_lead(pieces: list[str]) -> tuple[str | None, list[str]]:
    """(role, pieces left) of a group opened by its plural role alone (`de raadsleden, te
    weten, de dames A. Bos en ...`, `Wethouders: ...`): the role of each person in it."""
    m = re.fullmatch(r"(?i:de\s+)?(?P<word>\w+)\s*:?", pieces[0]) if pieces else None
    word = m["word"].lower() if m else ""
    role = _rules()["group_roles"].get(word) or (_singular_role(word) if word else None)
    if role is None:
        return None, pieces
    rest = pieces[1:]
    if rest and rest[0].lower() in _rules()["list_lead_fillers"]:
        rest = rest[1:]
    return role, rest


def _without_plural_honorific(piece: str) -> str:
    """`De heren en dames Guido De Grave, ...`: a group's names without the honorific that
    opens the group (its `en` joins no two people)."""
    m = _rules()["plural_honorific_re"].match(piece)
    return piece[m.end() :].strip() if m and piece[m.end() :].strip() else piece


def _trailer_then_name(pieces: list[str]) -> list[str]:
    """The pieces of a list whose people are each followed by their role, with a piece that
    holds a role and then a name (`Albert Beerens, burgemeester Jan Couck, ..., schepenen`:
    the line break or semicolon after the role lost) cut in two: the role closes the person
    before it and the name opens the next. Only in a list that prints its roles after the
    names (a piece that is a role alone), after a person printed without one."""
    if not any(_shared_trailer(p)[0] for p in pieces):
        return pieces
    out: list[str] = []
    for piece in pieces:
        cut = _closing_role_end(piece)
        # `Wethouder Jan Bos, Burgemeester Piet Kok`: a list whose roles open the names
        titled = out and (_rules()["role_re"].match(out[-1]) or _closing_role_end(out[-1]))
        if cut and out and not titled and not _shared_trailer(out[-1])[0]:
            out += [piece[:cut].strip(), piece[cut:].strip()]
        else:
            out.append(piece)
    return out


def _closing_role_end(piece: str) -> int | None:
    """Where the role that opens `piece` ends when a name follows it (`burgemeester Jan
    Couck`, `OCMW-voorzitter Mevr. L. Bos`, `Raadsleden Son Nuyttens`)."""
    first = piece.split()[0].lower() if piece.split() else ""
    m = _rules()["role_re"].match(piece)
    end = len(piece.split()[0]) if first in _rules()["group_roles"] else m and m.end()
    if not end or ":" in piece[:end] or function_body(piece[end:]):
        return None  # `Voorzitter OCMW`: the body the function is held in, no one's name
    return end if _name_shaped(_strip_prefixes(piece[end:])[1]) else None


#: a list line's closing role set off by a dash instead of a comma (`Tom Claes, Ann Wouters
#: - schepenen`), as one person's role is (`Peeters Jan - burgemeester`)
_DASHED_TRAILER_RE = re.compile(r"\s+[-\u2013]\s+(?=[^,\-\u2013]+$)")


def _plural_trailed(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a list line closed by a plural role (`Tom Claes, Ann Wouters,
    schepenen`, `..., Ann Wouters - schepenen`), each given it; [] for any other line (`Jan
    Bos, gemeente Ede, adviseur`)."""
    line = _DASHED_TRAILER_RE.sub(", ", line.rstrip(" .;"), count=1)
    last = line.rpartition(",")[2].strip().lower()
    if last not in _rules()["group_roles"] and _body_plural_role(last) is None:
        return []
    people = _people_sharing_trailers(line, status)[0]
    return people if len(people) >= 2 else []


def _plural_role_apart(piece: str) -> str:
    """`G. van der Wedden hoofdingelanden`: a plural role after the last name, its comma
    forgotten, set apart by one."""
    name, _, last = piece.rpartition(" ")
    return f"{name}, {last}" if name and _singular_role(last) else piece


#: a body's acronym (`OCMW`, `AGB`, `RvB`): kept in capitals in the function it follows
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}")


def _shared_trailer(piece: str) -> tuple[str | None, str | None, bool]:
    """(role, organisation, plural) of a group's piece that names no one: a role, singular
    or plural (`voorzitter`, `hoogheemraden`, `leden`), or what all of them are (`beiden lid
    van de fractie CDA`); (None, None, False) for a name."""
    word, rules = piece.lower(), _rules()
    if word in rules["roles"]:
        return word, None, False
    if plural := rules["group_roles"].get(word) or _singular_role(word):
        return plural, None, True
    if plural := _body_plural_role(piece):
        return plural, None, True
    if _only_roles(piece) or ((m := rules["role_re"].match(piece)) and m.end() == len(piece)):
        return word, None, False  # `OCMW-voorzitter`, `eerste schepen`, `raadslid voorzitter`
    if (m := rules["role_re"].match(piece)) and function_body(piece[m.end() :]):
        # `Voorzitter OCMW`: the function with the body it is held in, no one's name
        body = piece[m.end() :].strip()
        body = body if _ACRONYM_RE.fullmatch(body) else body.lower()
        return f"{piece[: m.end()].strip().lower()} {body}", None, False
    m = _SHARED_TRAILER_RE.match(piece)
    if m is None:
        return None, None, False
    return _singular_role(m["role"]) or m["role"].lower(), m["org"], True


#: a plural role with the body its people belong to (`leden van de raad voor maatschappelijk
#: welzijn`, `leden namens de ouders`)
_BODY_PLURAL_ROLE_RE = re.compile(
    r"^(?P<plural>[\w-]+)\s+(?P<body>(?:van|voor|namens)\s+\S.*)$", re.IGNORECASE
)


def _body_plural_role(text: str) -> str | None:
    """The singular role of a plural role closed by its body (`leden van de raad voor
    maatschappelijk welzijn` -> `lid van de raad voor maatschappelijk welzijn`); None else."""
    m = _BODY_PLURAL_ROLE_RE.match(text.strip())
    if m is None or "," in m["body"]:
        return None
    plural = m["plural"].lower()
    singular = _rules()["group_roles"].get(plural) or _singular_role(plural)
    return f"{singular} {m['body']}" if singular else None


def _only_roles(text: str) -> bool:
    """Two roles in a row and nothing else (`raadslid voorzitter`): the functions of one."""
    m = _rules()["role_re"].match(text)
    rest = text[m.end() :] if m else ""
    second = _rules()["role_re"].match(rest) if rest else None
    return bool(second and second.end() == len(rest) and ":" not in text)


#: the dash and role that close a group of a roll flattened into one line (`... Lenssen
#: Georges, Kortleven Ronald - Schepenen`), with the short name in capitals of the body the
#: function is of (`- Voorzitter OCMW`); the next group's name, or the line's end, after it
_DASHED_GROUP_END_RE = re.compile(
    r"\s[-\u2013]\s(?P<role>[A-Za-z][a-z]+)(?P<body>\s+[A-Z]{2,6}\b)?(?=\s+[A-Z]|\s*$)"
)


#: a roll of at least this many groups, each closed by its dash and role, follow each other
_DASHED_GROUPS_MIN = 3


#: the words of the longest name a flattened roll prints (`Van Den Neucker Annelies`)
_ROLL_NAME_MAX_WORDS = 4


def _dashed_role_groups(line: str, status: str) -> list[dict[str, Any]]:
    """A roll flattened into one line, each group of names closed by a dash and the function
    they share (Flemish council minutes: `Pieters Andy - voorzitter Terwingen Raf -
    Burgemeester Lenssen Georges, Kortleven Ronald - Schepenen Ver Berne Erik - Voorzitter
    OCMW ... Bervaes Sabine - Gemeentesecretaris`): everyone of the run of such groups that
    follow each other, where it holds at least three; [] otherwise."""
    ends = [m for m in _DASHED_GROUP_END_RE.finditer(line) if _shared_trailer(m["role"])[0]]
    people: list[dict[str, Any]] = []
    groups, start = 0, None
    for m in ends:
        names = line[start : m.start()] if start is not None else _trailing_name(line[: m.start()])
        found = _people_sharing_trailers(f"{names}, {m['role']}", status)[0] if names else []
        if not found or any(len(p["name"].split()) > _ROLL_NAME_MAX_WORDS for p in found):
            if groups >= _DASHED_GROUPS_MIN:
                break  # the roll ended with the group before
            people, groups = [], 0  # no roll yet: one may begin after this dash
            start = m.end()
            continue
        body = m["body"] or ""
        people += [{**p, "role": f"{p['role']}{body}" if p["role"] else p["role"]} for p in found]
        groups, start = groups + 1, m.end()
    return people if groups >= _DASHED_GROUPS_MIN else []


def _trailing_name(text: str) -> str:
    """The capitalised words a text ends with, at most a name's (`Pieters Andy` of `NOTULEN
    VAN DE GEMEENTERAAD Pieters Andy`): the first group's name after the head before it."""
    words = text.split()
    k = len(words)
    while k > 0 and len(words) - k < _ROLL_NAME_MAX_WORDS:
        word = words[k - 1]
        if not (word[:1].isupper() and not word.isupper() and word.isalpha()):
            break
        k -= 1
    return " ".join(words[k:])
