"""The items of a list of people: two joined by `en` or a slash (`H. van de Weg en J.P.
Wind`), a couple sharing a surname (`Koos en Paula Aartsen`, `mevr. + dhr. Agricola`), full
names printed one after another (`Dick Schouten Anne Korf`), a plural role opening the list
(`de wethouders A en B`) or an item (`..., ereleden A en B`), a note cut off by a stray
comma, and a person said to come later or kept away (`... komt om 20.40`, `... wegens
ziekte`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.documents import strip_redaction_marks
from pipeline.meetings.names import glued_initials_re, initials, is_initials, is_particle
from pipeline.meetings.people import (
    _HEADCOUNT_RE,
    _bare_name,
    _counts_people,
    _name_shaped,
    _name_word_count,
    parse_participant,
)
from pipeline.meetings.rules import _rules
from pipeline.nlp import longest_first

#: `en` (or `alsmede`, `&`) between two people, not inside a note (`(gemeente en provincie)`)
_AND_RE = re.compile(r"\s+(?:en|alsmede|&)\s+(?![^(]*\))")


#: the word that adds a second function to a person's first (`P. Hamel, voorzitter, tevens
#: secretaris`)
_SECOND_FUNCTION_RE = re.compile(r"^(?:tevens|ook)\s+(?=[a-z])")


def _notes_rejoined(items: list[str]) -> list[str]:
    """The items with a note a stray comma cut from its person (`F. Feller, (VVD)`) given back
    to the item before it: a note alone names no one."""
    out: list[str] = []
    for item in items:
        if out and re.fullmatch(r"\s*\([^()]+\)\s*", item) and not strip_redaction_marks(item)[1]:
            out[-1] = f"{out[-1]} {item.strip()}"
        else:
            out.append(item)
    return out


def _without_arrival(item: str, status: str) -> tuple[str, str]:
    """A listed person and status without the clause saying they come later (`de heer Smit
    komt om 20.40 ter vergadering`): present, whatever list they stand in."""
    late = _rules()["arrives_later"].search(item)
    if late:
        return item[: late.start()], "present"
    return _REASON_TAIL_RE.sub("", item.rstrip(" .")), status  # `Jan Bos wegens ziekte`


def _words_outside_notes(item: str) -> int:
    """Words of a list item, its note in parentheses not counted (`M. Fransen (contactpersoon
    van de gemeente)` is two), as a name counts them (`H. A. de Vos tot Nederveen Cappel` is
    four: `people._name_word_count`)."""
    return _name_word_count(re.sub(r"\([^)]*\)", " ", item).split())


#: `Ernest de Groot/Peter van Dijk`, `T. Simons / B. Scholtze`: two people sharing one place
_NAME_SLASH_RE = re.compile(r"\s*/\s*(?=[A-Z])")


#: a full stop after a surname (not an initial) before the next capital
_NAME_STOP_RE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")


def _joined_people(item: str, status: str) -> list[str]:
    """`H. van de Weg en J.P. Wind (griffier)`: the last two of a list joined by `en` (or a
    slash); the item itself where a side is no person's name (`Zaken en
    Koninkrijksrelaties`)."""
    stopped = [p.strip() for p in _NAME_STOP_RE.split(item)]
    if len(stopped) == 2 and all(len(p.split()) >= 2 and _name_shaped(p) for p in stopped):
        return stopped  # `Ida Consiglio. Martine de Ket`: a full stop typed for the comma
    pieces = [p for piece in _AND_RE.split(item) for p in _NAME_SLASH_RE.split(piece)]
    if len(pieces) > 2 and _counts_people(pieces[0]):
        pieces = pieces[1:]  # `alle bestuursleden en de heer K. Nijand en mw. A. van Lenthe`
    if len(pieces) > 1 and _HEADCOUNT_RE.match(pieces[-1].strip()):
        pieces = pieces[:-1]  # `..., Sigrid Bos en 35 leden`: the others counted, not named
        item = pieces[0] if len(pieces) == 1 else item
    if len(pieces) < 2:
        return [item]
    pieces = _with_couple(pieces)  # `T. en W. Garrevoet`: the first initials take the surname
    for piece in pieces:
        person = parse_participant(piece, status, allow_bare=True)
        if not (person and person["name"] and _name_shaped(person["name"])):
            return [item]
    return pieces


def _honorific_pair(item: str) -> list[str]:
    """`mevr. + dhr. Agricola`, `de heer en mevrouw Paul Wolf`: a couple, two honorifics
    sharing one surname, one item each; [item] for any other item."""
    m = _rules()["honorific_pair"].match(item.strip())
    if m is None:
        return [item]
    # `de heer en mevrouw Paul Beumer`: the first name is the first honorific's
    words = re.sub(r"\([^)]*\)", " ", m["name"]).split()
    start = next((k for k, w in enumerate(words) if is_particle(w)), len(words) - 1)
    return [f"{m['first']} {m['name']}", f"{m['second']} {' '.join(words[start:])}"]


def _unglued(item: str) -> list[str]:
    """`Dick Schouten Anne Korf`, `Nils van Veen Micky Hoogervorst (Asafoetida)`: full names
    printed one after another without a separator, cut where a surname meets the next first
    name so that every name keeps a first name and a surname; [item] when no such cut exists
    (`Maria Theresia van Leeuwen`) or the item is no run of full names."""
    if len(initialled := _initialled_unglued(item)) > 1:
        return initialled
    m = re.match(r"^(?P<names>[^()]*?)\s*(?P<note>\([^)]*\))?\s*$", item.strip())
    words = m["names"].split() if m else []
    if len(words) < 4 or any("." in w or not (w[:1].isupper() or is_particle(w)) for w in words):
        return [item]
    if words[-1].lower() in _rules()["roles"]:
        # `Dordrecht Alblasserdam ... Zwijndrecht Secretaris`: a roll table's label column
        # (its rows' bodies, then a function) flattened before the names, no run of names
        return [item]
    capital = [w[:1].isupper() and not is_particle(w) for w in words]
    cuts = [k for k in range(2, len(words) - 1) if capital[k - 1] and capital[k]]
    parts = _longest_partition(words, cuts)
    if parts is None:
        return [item]
    names = [" ".join(part) for part in parts]
    return [*names[:-1], f"{names[-1]} {m['note'] or ''}".strip()]  # type: ignore[index]


#: a surname that ends a name: a capital, then letters (`Kouthoofd`, `Polet-Musler`)
_SURNAME_RE = re.compile(r"[A-Z][\w'-]*[a-zß-ÿ]")


def _initialled_unglued(item: str) -> list[str]:
    """`A.F. Kouthoofd L. Kwant`, `mevrouw S.M. Polet-Musler J.A. Schaafsma (CDA)`,
    `C.A.P.Rombouts W.J.I.Simonis`: names with initials printed one after another, the
    comma between them lost (a cell's or a line's end, or OCR): cut where a surname meets the
    next name's initials, each part a name with initials; [item] when there is no such cut."""
    words = item.split()
    cuts: list[int] = []
    for k in range(1, len(words)):
        part = words[cuts[-1] if cuts else 0 : k]
        # capital initials only open the next name (`L.`, `A.J.G.`; not `Jr.`, `Gz.`)
        opens = is_initials(words[k], short_names=False) or glued_initials_re().fullmatch(words[k])
        if not opens or is_particle(words[k - 1]):
            continue
        surname = _SURNAME_RE.fullmatch(words[k - 1]) and any(
            _INITIALS_RE.fullmatch(w) for w in part[:-1]
        )
        if surname or glued_initials_re().fullmatch(words[k - 1]):
            cuts.append(k)
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _glued_people(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a list line of full names printed without separators (`Jolanda van
    Hoegee Angus Kerr`); [] for any other line."""
    names = _unglued(line.strip())
    if len(names) < 2 or not all(_bare_name(re.sub(r"\([^)]*\)", "", n)) for n in names):
        return []
    people = [parse_participant(name, status, allow_bare=True) for name in names]
    return [p for p in people if p]


def _longest_partition(words: list[str], cuts: list[int]) -> list[list[str]] | None:
    """The words cut at the most of `cuts` that leave every part two words or more; None
    when no cut does."""
    chosen: list[int] = []
    for k in cuts:
        if k - (chosen[-1] if chosen else 0) >= 2 and len(words) - k >= 2:
            chosen.append(k)
    if not chosen:
        return None
    bounds = [0, *chosen, len(words)]
    return [words[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _with_couple(pieces: list[str]) -> list[str]:
    """The pieces of an item split at `en`, its last two read as a possible couple."""
    return [*pieces[:-2], *_couple(*pieces[-2:])]


def _couple(first: str, second: str | None = None) -> list[str]:
    """`Koos en Paula Aartsen`: a couple printed with one surname, which is then both
    first names'; the two pieces as printed for any other pair (`Jansen en De Vries`)."""
    if second is None:
        return [first]
    words = re.sub(r"\([^)]*\)", " ", second).strip(" .,;").split()
    if _INITIALS_RE.fullmatch(first.strip()) and len(words) >= 2:
        return _initialled_couple(first.strip(), second, words)
    if len(first.split()) != 1 or "." in first or len(words) < 2 or "." in words[0]:
        return [first, second]
    rules = _rules()
    if is_particle(words[0]) or not _name_shaped(" ".join(words)):
        return [first, second]
    if any(rules[k].match(x) for k in ("role_re", "honorific_re") for x in (first, second)):
        return [first, second]
    return [f"{first} {' '.join(words[1:])}", second]


#: initials alone (`T.`, `J.P.`, `C. G.`): a first name printed short
_INITIALS_RE = re.compile(initials(4, short_names=True))


def _initialled_couple(first: str, second: str, words: list[str]) -> list[str]:
    """`T. en W. Garrevoet`, `C. en G. van Lettow`: two people printed by their initials
    with the surname once, after the second's: the first takes that surname too."""
    k = next((k for k, w in enumerate(words) if not _INITIALS_RE.fullmatch(w)), len(words))
    surname = " ".join(words[k:])
    if k == 0 or not surname or not _name_shaped(surname):
        return [first, second]
    return [f"{first} {surname}", second]


def _plural_role_lead(item: str) -> tuple[str | None, str]:
    """(role, rest) of a list's first item that opens with a plural role (`de wethouders A.
    Bargeman, K. Smid`, `de leden B. Okken, ...`, `onze beide gasten A en B`): the role of each
    name without its own."""
    # `de leden, t.w. de dames ...`: the word between the role and its names, any filler
    fillers = longest_first(map(re.escape, _rules()["list_lead_fillers"]))
    m = re.match(
        r"^(?:[Dd]e\s+|[Oo]nze\s+)?(?:beide\s+|twee\s+|drie\s+|volgende\s+|\d{1,3}\s+)?(?P<role>[A-Za-z][a-z]+)"
        rf"(?:,?\s+(?:{fillers})(?!\w))?\s*:?\s+(?=\S)",
        item.strip(),
    )
    if m is None:
        return None, item
    word = m["role"].lower()  # `Raadsleden Sofie Coppens en ...` opening a sentence
    role = _rules()["group_roles"].get(word) or _singular_role(word)
    return (role, item.strip()[m.end() :]) if role else (None, item)


#: `en` before a later group of the list opened by its plural role (`... en Konings en de
#: wethouders Bogers en Koulman`): old minutes print no comma before it; or by a role of
#: one person without its article (`wethouders Kuiper en Van der Meijs en burgemeester Kaiser`)
_AND_GROUP_RE = re.compile(r"\s+en\s+(?=(?P<article>de\s+)?[a-z]+\s+[A-Z])")


def _plural_role_parts(item: str) -> list[str]:
    """An item cut before a later group that opens with its plural role (`Konings en de
    wethouders Bogers en Koulman`: `Konings`, `de wethouders Bogers en Koulman`) or with a
    role of one person (`... en burgemeester Kaiser`); [item] where `en` opens no such
    group."""
    for m in _AND_GROUP_RE.finditer(item):
        after = item[m.end() :]
        one = not m["article"] and after.split()[0] in _rules()["roles"]
        if one or _plural_role_lead(after)[0] is not None:
            return [item[: m.start()], *_plural_role_parts(after)]
    return [item]


def _own_plural_role(item: str) -> str:
    """A later item of a list opened by a plural role (`..., ereleden Ton de Meij en Ton
    Bremer`): each of its people in that role (`Ton de Meij (erelid) en Ton Bremer (erelid)`)."""
    role, rest = _plural_role_lead(item)
    if role is None:
        return item
    pieces = _AND_RE.split(rest.strip(" ."))
    return " en ".join(piece if "(" in piece else f"{piece} ({role})" for piece in pieces)


def _singular_role(role: str | None) -> str | None:
    """The singular of a plural role ('adviseurs' -> 'adviseur'): a role of the vocabulary
    that is another role of it with a Dutch plural ending (-s, -en)."""
    if not role:
        return None
    roles, role = _rules()["roles"], role.lower()
    for ending in ("s", "en"):
        stem = role[: -len(ending)]
        # `hoogheemraden`: a long vowel is written once before `-en` (`hoogheemraad`)
        for singular in (stem, re.sub(r"([aeou])([^aeiou])$", r"\1\1\2", stem)):
            if role.endswith(ending) and singular in roles:
                return singular
    return None


#: why or how someone was kept away, between the names and the verb
_REASON_TAIL_RE = re.compile(
    r"\s+(?:helaas|wegens|vanwege|door|i\.v\.m\.|in\s+verband\s+met)(?!\w)"
    r"(?:\s+(?:wegens|vanwege|door))?(?:\s+[a-z]\w*){0,4}\s*$"
)
