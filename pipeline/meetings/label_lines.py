"""The people listed on an attendance label's line (`Aanwezig: Jansen (voorzitter),
Pietersen`), in the forms such a line takes: items parted by commas or semicolons, another
label or a sentence after the list, counted names, a group or role opening the list,
role-led groups, a table of organisations and people flattened into the line, entries each
opened by an honorific, a column of honorifics without commas; a group's people under its
label (`_in_group`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from pipeline.documents import strip_redaction_marks
from pipeline.meetings.items import (
    _AND_RE,
    _honorific_pair,
    _joined_people,
    _notes_rejoined,
    _own_plural_role,
    _plural_role_lead,
    _plural_role_parts,
    _unglued,
    _with_couple,
    _without_arrival,
    _words_outside_notes,
)
from pipeline.meetings.names import (
    initials,
    is_initials,
    is_particle,
    particle_run,
    surname_then_rest,
)
from pipeline.meetings.people import (
    _ACRONYM_RE,
    _LEADING_JUNK,
    _bare_person,
    _is_noise,
    _mark_attendees,
    _name_shaped,
    _strip_prefixes,
    parse_participant,
    status_label,
)
from pipeline.meetings.rules import _rules
from pipeline.meetings.sentences import _led_sentences, _sent_apologies
from pipeline.meetings.trailers import _semicolon_groups
from pipeline.nlp import load_patterns, longest_first


def _label_list_below(line: str, status: str, every_item_named: bool = False) -> list[dict]:
    """The people of a label's list printed on the line below the label (`Aanwezig:` over
    `Jan Bos (voorzitter), Piet Smit (secretaris), 10 leden, Ans Kok (gemeente)`): at least
    two named in full, at most one item that names nobody; [] for any other line. A line
    further down the list must name someone in every item (`Dhr. P. Bos, adviseur, Zeist` is
    one person)."""
    if "," not in line and " en " not in line:
        return []
    people = _label_line_people(line, status)
    # a first and a last name each: one person's parts (`Wethouder X, Amersfoort`) are not
    named = [
        p for p in people if p["name"] and len(p["name"].split()) >= 2 and _name_shaped(p["name"])
    ]
    if every_item_named:
        return people if len(people) >= 3 and len(named) == len(people) else []
    # a long list may hold a few names OCR or typing glued (`EllyTimmermans`)
    return people if len(named) >= max(2, len(people) - max(1, len(people) // 10)) else []


#: the group a label's list opens with: `van (het) bestuur:`, `namens de gemeente:`
_LEAD_GROUP_RE = re.compile(
    r"^(?i:van|namens)\s+(?:het\s+|de\s+)?(?P<group>[^:,()]{2,40}?)\s*:\s*(?P<rest>\S.*)$"
)


#: the count printed after a list (`..., Lies de Zwart. (61)`)
#: or the page number a transcript left after the list's last item (`..., R.J. Kok (SBO) 2`)
_LIST_COUNT_RE = re.compile(r"[,.]?\s*\(\d+\)\s*$|(?<=[)a-z])\s+\d{1,3}\s*$")


#: a margin's line number (printed every fifth line) flattened into a list that goes on
#: past it (`...; Louw (SCvB). 5 Bloys, Bulhof, Caussin ...`)
_MARGIN_NUMBER_RE = re.compile(r"(?<=[.,;] )(?:[1-9]?[05])\s+(?=[A-Z][\w'-]*(?: [\w'-]+){0,3},)")


def _label_line_people(rest: str, status: str) -> list[dict[str, Any]]:
    """People listed on the label line itself ("Aanwezig: Jansen (voorzitter), Pietersen")."""
    if not rest or re.match(r"(?i)zie\b", rest.strip()):
        return []  # `Aanwezige leden: zie presentielijst`: a list kept elsewhere
    if rest.split()[0].lower().rstrip(",;") in _rules()["nobody_marks"]:
        return []  # `Afwezig: / OPENBAAR Opening ...`: no one, then the text goes on
    rest = _LIST_COUNT_RE.sub("", rest).rstrip("; ")  # `...; ` closes one group of several
    rest = _MARGIN_NUMBER_RE.sub("", rest)
    if _is_noise(rest):  # `Afwezig: 5.1.2.e, 5.1.2.e`: every name blacked out
        marked = _mark_attendees([rest], status)
        if marked or len(rest.split()) < 2 or not _name_shaped(rest.strip()):
            return marked  # a short name (`K. Bos`) is read below
    rest, status = _away_for_items(rest, status)
    formed = _label_line_forms(rest, status)
    people = formed if formed is not None else _label_line_items(rest, status)
    return [] if _member_bodies(people) else people


def _away_for_items(rest: str, status: str) -> tuple[str, str]:
    """One person of an absence list away for some items only (`Afwezig: Els De Turck,
    Voorzitter OCMW afwezig voor agendapunt 26`, a Flemish council's roll, which names them
    under `Aanwezig` too): the person without the note, present; (rest, status) for any
    other line, and for a list of several, whose note may be one person's only."""
    away = _rules()["away_for_items"].search(rest)
    if status == "present" or away is None:
        return rest, status
    person = rest[: away.start()]
    if ";" in person or person.count(",") > 1 or _AND_RE.search(person):
        return rest, status
    return person, "present"


#: the share of a list's items that must bear a body's mark for the list to name bodies
_BODIES_SHARE = 2 / 3


def _member_bodies(people: list[dict[str, Any]]) -> bool:
    """Whether a label's list names bodies, not people (a youth council's member clubs:
    `Afwezig: BCP De Klink, EJV Christenjeugd Herentals, Theaterling, Jeugd Rode Kruis,
    Leerlingenraad TIS, Bravo vzw`): two or more bare items, most of them bearing a body's
    mark (`_body_marked`), none with a function, organisation or blacked-out name."""
    if len(people) < 2 or any(p["role"] or p["organisation"] or p["redacted"] for p in people):
        return False
    marked = sum(_body_marked(p["name"] or "") for p in people)
    return marked >= _BODIES_SHARE * len(people)


def _body_marked(name: str) -> bool:
    """A name that is a body's: an acronym beside other words (`BCP De Klink`), a word in
    lower case that is no tussenvoegsel (`Bravo vzw`, `Chirojongens en -meisjes`), or an
    institution's word (`Basisschool De Klimop`)."""
    words = name.split()
    if any(is_initials(w) for w in words):
        return False  # `K. KOK`: a person's initials, the surname in capitals
    mixed = [w for w in words if not is_particle(w) and not w.isupper()]
    return len(words) >= 2 and (
        (bool(mixed) and any(_ACRONYM_RE.match(w) for w in words))
        or any(w[:1].islower() and not is_particle(w) for w in words[1:])
        or any(w.startswith("-") for w in words)
        or _rules()["organisation_prefix"].match(name) is not None
    )


def _label_line_forms(rest: str, status: str) -> list[dict[str, Any]] | None:
    """The people of a label line laid out in one of the particular forms (a next label on
    the line, a list closed by a sentence, counted names, a group lead, role-led groups, a
    plural honorific, honorific entries, semicolon groups); None when it is in none."""
    if (split := _at_next_label(rest, status)) is not None:
        return split
    if (closed := _list_then_sentence(rest, status)) is not None:
        return closed
    if counted := _counted_names(rest, status):
        return counted
    grouped = _LEAD_GROUP_RE.match(rest.strip())
    if grouped:  # `Aanwezig: van bestuur: W. Groen (vz), F. van der Graaf`
        return _in_group(_label_line_people(grouped["rest"], status), grouped["group"])
    if led := _role_led_groups(rest, status):
        return led
    if _rules()["plural_honorific_re"].match(rest.strip()) and (listed := _name_list(rest, status)):
        return listed  # `Afwezig: De heren E. Boon en G. Klomp`
    if shifted := _organisation_column_first(rest, status):
        return shifted
    if entries := _honorific_entries(rest, status):
        return entries
    if parties := _party_headed(rest, status):
        return parties
    if trailed := _each_before_function(rest, status):
        return trailed
    if closed_groups := _groups_before_function(rest, status):
        return closed_groups
    if shared := _semicolon_groups(rest, status):
        return shared
    if column := _honorific_column(rest, status):
        return column
    return None


def _organisation_column_first(rest: str, status: str) -> list[dict[str, Any]]:
    """A table of organisations and their people flattened into one line, each row's
    organisation before its comma and person (`Gemeente Delfzijl, de heer A. Bos Gemeente
    Leek, mevrouw K. Dijk Provincie Groningen, de heer P. Kok`): each person with the
    organisation printed before them; [] for any other line."""
    items = [x.strip(" .") for x in re.split(r",(?![^(]*\))", rest) if x.strip(" .")]
    org_re, role_re = _rules()["organisation_prefix"], _rules()["role_re"]
    for k in range(len(items) - 1, 1, -1):  # `de heer P. Kok, voorzitter Gemeente Ede, ...`
        if (m := role_re.match(items[k])) and org_re.match(items[k][m.end() :]):
            items[k - 1 : k + 1] = [f"{items[k - 1]} ({m[0].strip()}) {items[k][m.end() :]}"]
    if len(items) < 3 or not (org_re.match(items[0]) and len(items[0].split()) <= 4):
        return []
    people, organisation = [], items[0]
    for k, item in enumerate(items[1:], start=1):
        cut = next(
            (m for m in re.finditer(r"\s(?=[A-Z])", item) if org_re.match(item[m.end() :])), None
        )
        if cut is None and k < len(items) - 1:
            return []  # a row without the next row's organisation: no such table
        person = parse_participant(item[: cut.start()] if cut else item, status, allow_bare=True)
        if not (person and person["name"] and _name_shaped(person["name"])):
            return []
        people.append({**person, "organisation": person["organisation"] or organisation})
        organisation = item[cut.end() :] if cut else None
    return people


#: a comma outside brackets, and the most comma parts one person prints (`Jan Smit,
#: voorzitter, gemeente Zeist`)
_COMMA_RE = re.compile(r",(?![^(]*\))")


_PERSON_PARTS_MAX = 3


#: a dash glued to one name and spaced from the next, parting the items of a list typed
#: without commas (`Anckaert Christof -Behaeghe Christian- Behaeghe Steef-`); a double
#: surname's dash is glued on both sides or spaced on both
_GLUED_DASH_RE = re.compile(r"(?<=\w)-\s+(?=[A-Z])|(?<=\w)\s+-(?=[A-Z])")


#: a short capitalised word closed by a bracket, as a party's note is (`VVD)`, `D 66)`)
_NOTE_END_RE = re.compile(r"(?<=\s)(?P<note>[A-Z][\w&-]{1,11}(?: \d{1,2})?)\)")


def _opening_restored(rest: str) -> str:
    """A run-on roll with the opening bracket of a note the transcript lost given back
    (`mevrouw C.E.J. Leeuwis (VVD), de heer H.F. Verweij VVD), de heer A.J. Zwaan`): a
    bracket that closes none would keep the commas before it inside one note, one item
    of two people that names no one."""
    out, last = [], 0
    for m in _NOTE_END_RE.finditer(rest):
        unopened = "(" not in rest[: m.start()].rpartition(")")[2]
        out.append(f"{rest[last : m.start()]}({m['note']})" if unopened else rest[last : m.end()])
        last = m.end()
    return "".join(out) + rest[last:]


def _label_line_items(rest: str, status: str) -> list[dict[str, Any]]:
    """The people of a label line read as a list of items parted by commas or semicolons,
    or as sentences when the items are no list of people."""
    headings = _rules()["column_headings"]
    if officials := _officials_pairs(rest, status):
        return officials  # `Chris Simons, korpschef, en Ann Hobin, secretaris.`
    rest = _opening_restored(rest)
    if "," not in rest and ";" not in rest and len(_GLUED_DASH_RE.findall(rest)) >= 2:
        rest = _GLUED_DASH_RE.sub(", ", rest.strip().rstrip("-"))  # `Bos Jan- Kok Piet- ...`
    groups = rest.split(";")
    if len(groups) > 1 and any(len(_COMMA_RE.split(g)) > _PERSON_PARTS_MAX for g in groups):
        # `A (voorzitter), B, C (CDA); D (secretaris) en E`: more commas than one person's
        # parts, so the semicolons part groups of people, each a list of its own
        return [p for group in groups for p in _label_line_items(group, status)]
    # `Jan Smit, voorzitter; Piet Bos, secretaris`: where semicolons part the people, the
    # commas are inside each person
    # `Laura Slagter (secretaris) Saskia Lageveen`, `J. Bos (OSBO) R.J. Kok (SBO)`: a note
    # closes one person, a comma forgotten; the next name may be accented (`Bé`, `Hélène`)
    separator = r";" if ";" in rest else rf"[;]|,(?![^(]*\))|{_note_then_person()}"
    items = [
        re.sub(r"^\s*en\s+", "", x)  # `..., en Rianne ten Veen.`
        for x in re.split(separator, rest)
        if x.strip() and x.strip(" .:").lower() not in headings
    ]
    if not items:
        return []  # `Aanwezig   Organisatie`: the headings of an attendance table
    if separator == ";":
        items = [_without_sub_label(x) for x in items]
    items = [_without_group_lead(x) for x in items]
    items = [y for x in _notes_rejoined(items) for y in _titled_apart(x)]
    items = [y for x in items for y in _plural_role_parts(x)]
    role, items[0] = _plural_role_lead(items[0])
    items = [items[0], *map(_own_plural_role, items[1:])]
    items = [z for x in items for y in _joined_people(x, status) for z in _unglued(y)]
    # (item, whether it is the partner of the one before: see _distinct)
    entries = [(h, k > 0) for item in items for k, h in enumerate(_honorific_pair(item))]
    short = [x for x in entries if _words_outside_notes(x[0]) <= 6]
    if not (len(entries) >= 2 and len(short) == len(entries)):
        if len(entries) < 3 or len(short) * 3 < len(entries) * 2:
            entries, role = [(rest, False)], None  # a sentence, not a list
        else:  # a long list with an item that names nobody (`de ouders van Lukas B.`)
            entries = short
    people: list[dict[str, Any]] = []
    for item, partner in entries:
        item, item_status = _without_arrival(item, status)
        person = parse_participant(item, item_status, allow_bare=True)
        if person and _function_of_the_one_before(item, person, people):
            people[-1] = _with_function(people[-1], person)
        elif person:
            people.append({**person, "role": person["role"] or role, "couple": partner})
        elif not strip_redaction_marks(item)[0].strip(_LEADING_JUNK):
            people += _mark_attendees([item], status)  # an item that is only a code
    # `Er zijn twee afmeldingen: Toon Smit en Bert Bos zijn verhinderd.`: sentences after it
    return people or _sent_apologies(rest) + _led_sentences(rest)


def _without_sub_label(item: str) -> str:
    """An item of a list parted by semicolons without the label its row puts before the
    name (`met kennisgeving: Gerard Croiset, penningmeester`, `... en het bestuur: Kees
    Rood, penningmeester`): a status or group the list names within its row, not the
    person's organisation nor a sentence."""
    return _rules()["item_sub_label"].sub("", item, count=1)


def _without_group_lead(item: str) -> str:
    """An item of a list without the group its row names in lower case before the name, at
    its start or after its `en` (`(aspirant) wijkraadsleden Bert Gijrath`, `Els Clement
    (deels) en geïnteresseerde bewoners Hülya Durgun en Rutger Spiering`, vijfhoek web205):
    who the people are, no part of a name. A plural role of the vocabulary stays, as
    `_plural_role_lead` gives it to each name (`de leden B. Okken, ...`)."""
    return _rules()["item_group_lead"].sub(_kept_if_a_role, item)


def _kept_if_a_role(lead: re.Match[str]) -> str:
    word = lead["group"].lower()
    return lead[0] if word in _rules()["group_roles"] else lead["before"]


#: where one official's `Name, function` ends and the next one's begins: a semicolon, or
#: `en` after the function's comma (`..., korpschef, en Ann Hobin, secretaris.`)
_OFFICIALS_SPLIT_RE = re.compile(r"\s*;\s*(?:en\s+)?|,?\s+en\s+")

#: one official: a word in lower case before the name perhaps (a rank: `hoofdcommissaris`),
#: the name, a comma and the function
_OFFICIAL_RE = re.compile(
    r"^(?:(?-i:[a-z][\w-]+)\s+)?(?P<name>[A-Z][^,]*?),\s*(?P<function>[^,]+)$"
)


def _officials_pairs(line: str, status: str) -> list[dict[str, Any]]:
    """The officials a Flemish roll names together after its members, each by name and
    function (`hoofdcommissaris Chris Simons, korpschef,` / `en Ann Hobin, secretaris.`, the
    lines joined at their comma: pz-landen-linter-zoutleeuw web286): each in their function,
    a rank before a name dropped as the functions' own list drops it; [] unless two or more
    are so printed and every function is one of the rules' roles."""
    parts = _OFFICIALS_SPLIT_RE.split(line.strip().rstrip(".,;").strip())
    if len(parts) < 2:
        return []
    people = []
    for part in parts:
        m = _OFFICIAL_RE.match(part.strip())
        role = m and _rules()["role_re"].match(m["function"])
        if not (m and role and role.end() == len(m["function"]) and _name_shaped(m["name"])):
            return []
        if not 2 <= len(m["name"].split()) <= 5:
            return []
        people.append({**_bare_person(m["name"], status), "role": m["function"].strip()})
    return people


def _titled_apart(item: str) -> list[str]:
    """An item of a list whose comma a flattened head lost before a titled person in lower
    case (`mevrouw K.A. van der Pas de dames mr. A.M. Jeltes (D66)`): the people apart,
    where the words before the honorific end in a capitalised surname; the item as it is
    otherwise (`de heer en mevrouw Paul Wolf`: a couple)."""
    parts: list[str] = []
    for piece in _rules()["next_titled"].split(item):
        if parts and re.search(r"(?:^|\s)(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)\s*$", parts[-1]) is None:
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts


def _function_of_the_one_before(
    item: str, person: dict[str, Any], people: list[dict[str, Any]]
) -> bool:
    """Whether an item that is only a function in lower case (`Han Evers, penningmeester,
    Kees Bos`, `S. Olinga, wnd. voorzitter, ...`) is the function of the named person right
    before it, who has none: no attendee of its own (no mark stands for a name withheld)."""
    if person["name"] is not None or not person["role"] or not item.strip()[:1].islower():
        return False
    if strip_redaction_marks(item)[1]:
        return False  # `5.1.2.e secretaris`: an attendee whose name was withheld
    return bool(people and people[-1]["name"] and not people[-1]["role"])


def _with_function(before: dict[str, Any], function: dict[str, Any]) -> dict[str, Any]:
    """The person with the function an item after them printed, and the body it names
    (`contactambtenaar gemeente`, `voorzitter Bosschool`); a function's own complement stays
    in it (`schepen van jeugd`)."""
    role, organisation = function["role"], function["organisation"]
    if organisation and re.match(r"(?:van|voor)\s", organisation):
        role, organisation = f"{role} {organisation}", None
    elif organisation and not (
        organisation[:1].isupper() or _rules()["organisation_prefix"].match(organisation)
    ):
        organisation = None  # `wnd. voorzitter`, `secretaris/waarnemend voorzitter`: no body
    return {
        **before,
        "role": role,
        "organisation": before["organisation"] or organisation,
        "is_chair": before["is_chair"] or function["is_chair"],
    }


_ROLE_LEAD_RE = re.compile(r"^\s*(?P<role>[A-Za-z][\w -]{1,30}?)\s*:\s*(?P<rest>\S.*)$")


def _role_led_groups(rest: str, status: str) -> list[dict[str, Any]]:
    """A label line whose every part opens with a role (`Voorzitter: Jan Peeters; Secretaris:
    Els Maes; Leden: Tom Claes, Ann Wouters`): each part's people in that role; [] else."""
    people: list[dict[str, Any]] = []
    for part in filter(str.strip, rest.split(";")):
        m = _ROLE_LEAD_RE.match(part)
        word = m["role"].strip().lower() if m else ""
        role = _rules()["group_roles"].get(word) or (word if word in _rules()["roles"] else None)
        if role is None:
            return []
        people += [{**p, "role": p["role"] or role} for p in _label_line_people(m["rest"], status)]
    return people


#: a counted group whose names follow in brackets: `9 leden van werkgroep Zorg (A. Bos, ...)`
_COUNTED_NAMES_RE = re.compile(
    r"\b(?P<count>\d{1,2})\s+[a-z]+(?:\s+(?:van|namens)\s+(?P<group>[^(),]{2,60}?))?"
    r"\s*\((?P<names>[^()]+)\)"
)


def _counted_names(rest: str, status: str) -> list[dict[str, Any]]:
    """The people of a list that counts its attendees and names only a counted group in
    brackets (`71 personen, 9 leden van werkgroep Zorg (Geertje Bol, ..., Paul Vonk), Totaal
    80`): as many names as the count says, that group theirs; [] for any other list."""
    people: list[dict[str, Any]] = []
    for m in _COUNTED_NAMES_RE.finditer(rest):
        pieces = [x for item in re.split(r",", m["names"]) for x in _AND_RE.split(item)]
        named = [parse_participant(x.strip(" ."), status, allow_bare=True) for x in pieces]
        if len(named) != int(m["count"]) or not all(
            p and p["name"] and _name_shaped(p["name"]) for p in named
        ):
            return []
        people += [{**p, "organisation": p["organisation"] or m["group"]} for p in named]  # type: ignore[misc]
    return people


def _at_next_label(rest: str, status: str) -> list[dict[str, Any]] | None:
    """The people of a label line whose next sentence opens another label (`... en Vroom.
    M.k.a. de heer Ter Beest`) or group (`... Riet Orth. Namens Magnolia: Harry Vonk`), each
    part read on its own; None when no sentence does."""
    for m in re.finditer(r"(?<=[a-z])\.\s+(?=\S)", rest):
        head, tail = rest[: m.start()], rest[m.end() :]
        if later := status_label(tail):
            return _label_line_people(head, status) + _label_line_people(later[1], later[0])
        if _LEAD_GROUP_RE.match(tail):
            return _label_line_people(head, status) + _label_line_people(tail, status)
    # `..., Gijs van Kempen Afwezig met kennisgeving: ...`: the full stop forgotten, the label
    # with its colon opens the next list (the last capital before the colon: a name's last
    # word is no part of it)
    for m in reversed(list(re.finditer(r"(?<=[\w)])\s+(?=[A-Z][\w ]{2,40}?:\s)", rest))):
        if later := status_label(rest[m.end() :]):
            head = rest[: m.start()]
            return _label_line_people(head, status) + _label_line_people(later[1], later[0])
    return None


def _list_then_sentence(rest: str, status: str) -> list[dict[str, Any]] | None:
    """The people of a label line whose list a sentence follows (`..., Henk en Mieke Bos. 2
    leden waren in het bezit van een volmacht.`): the list read alone, the sentence as
    sentences are; None where no sentence follows the list's first full stop."""
    parts = _rules()["sentence_end"].split(rest, maxsplit=1)
    if len(parts) < 2 or "," not in parts[0]:
        return None
    head, tail = parts
    if len(tail.split()) < 4 or (re.search(r"[(),]", tail) and not _opens_led_list(tail)):
        return None  # `..., Bea Bos. (vereniging) Piet Kok (...), ...`: the list goes on
    people = _label_line_people(head, status)
    if not people:
        return None
    return people + _sent_apologies(tail) + _led_sentences(tail)


def _opens_led_list(sentence: str) -> bool:
    """A sentence that opens with an attendance phrase of its own (`Tevens zijn aanwezig de
    wethouders A, B en C.`): a list of its own, not the label's going on."""
    leads = _rules()["sentence_leads"]
    return any(p.match(sentence.strip()) for _, _, within, p in leads if not within)


def _in_group(people: list[dict[str, Any]], group: str) -> list[dict[str, Any]]:
    """People listed under a group's label: a function group (`Leden:`) gives those without
    a role theirs, any other group (`DGB:`, `Bestuur:`) is their organisation."""
    role = _rules()["group_roles"].get(group.lower())
    if role is not None:  # `Leden: A. Bos, K. Smit`
        return [{**p, "role": p["role"] or role} for p in people]
    group = re.sub(r"^(?i:namens)\s+", "", group)  # `Namens Woonbron:`
    return [{**p, "organisation": p["organisation"] or group} for p in people]


def _note_then_person() -> str:
    """Where a note closes one person and the next follows, the comma forgotten (`Laura
    Slagter (secretaris) Saskia Lageveen`, `S. Dekker (Politie) H. Zwart (...)`, `(PvdA)de
    heer R. van Lavieren`), as a regex alternation."""
    return r"(?<=\)) (?=[A-Z][a-zß-ÿ]|[A-Z]\.)|" + _rules()["note_then_honorific"]


def _name_list(line: str, status: str) -> list[dict[str, Any]]:
    """A line of three or more names and nothing else, comma-separated (`Beeker, Van
    Benthem, Schrama (vz), Wallinga-de Jonge`), or two after a plural honorific (`De heren
    ...`): one attendee each; [] for any other line."""
    if _rules()["sentence_end"].search(line):
        return []  # `..., Piet Kok. Afmeldingen van ...`: a list and the next sentence
    # `Berghmans Hugo; Cuypers Koen; De Laet Marina`: semicolons part the people
    separator = r";" if ";" in line and "," not in line else rf",(?![^(]*\))|{_note_then_person()}"
    items = [
        piece.strip()
        for item in re.split(separator, line)
        for piece in _with_couple(_AND_RE.split(item))
        if piece.strip()
    ]
    if len(items) < (2 if _rules()["plural_honorific_re"].match(line.strip()) else 3):
        return []
    late = _rules()["arrives_later"].search(line)
    if late and late["verb"].split()[0].lower().endswith("en"):  # `A en B schuiven later aan`
        items[-1], status = _without_arrival(items[-1], status)
    people = [parse_participant(*_without_arrival(item, status), allow_bare=True) for item in items]
    if not all(p and p["name"] and _name_shaped(p["name"]) for p in people):
        return []
    return people  # type: ignore[return-value]


def _honorific_entries(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a table flattened into one line, each opened by a capital honorific
    (`Mevrouw A. Tils, voorzitter, gemeente Bergeijk De heer J. Bos, gemeente Asten`); []
    for a line with fewer than two."""
    pieces: list[str] = []
    for piece in _rules()["inline_honorific_re"].split(line):
        if pieces and _only_titles(pieces[-1]):
            pieces[-1] += piece  # `Wethouder Mevr. De Heer`: the role of the person after it
        else:
            pieces.append(piece)
    if len(pieces) < 2 or any(
        ";" in p or p.count(",") > 3 or _rules()["listed_honorific_re"].search(p) for p in pieces
    ):
        return []  # a piece holding a list of its own is no one entry (`Mevr. A, B, C; ...`)
    headed = _heading_row_lead(pieces[0])  # `Werkt bij Afgevaardigd / rol Drs. R.W. Brandt`
    people: list[dict[str, Any]] = []
    kept = pieces[1:] if headed else pieces
    for before, piece in zip([""] + kept, kept, strict=False):
        # `Dhr. A. Bos - wordt vervangen door Kol J.P. Apon` in an absent list: the one
        # who replaces the absent member attended
        person = parse_participant(piece, _replacement_status(before, status), allow_bare=True)
        # under a table's heading row every piece is a row, a person whatever its cells
        # print after the name; so is a titled row no reading of one person takes
        rows = _rows(piece, status) if headed or person is None else []
        people += rows or ([person] if person else [])
    return people


def _replacement_status(before: str, status: str) -> str:
    """`present` for an absent list's entry that follows `wordt vervangen door` (the
    member's replacement, who attended); else the list's own status."""
    text = f"{before.rstrip()} "
    ends = any(m.end() == len(text) for m in _rules()["replaced_by"].finditer(text))
    return "present" if status == "absent" and ends else status


#: an honorific for one person before a surname (`de heer Van Lingen`, `mevrouw Kip`)
_ONE_HONORIFIC_RE = re.compile(
    r"(?<!\S)(?:de\s+heer|mevrouw|[Mm]evr\.|[Mm]w\.|[Dd]hr\.)\s+(?=[A-Z])"
)


#: the words of a group's heading at most (`SGP en ChristenUnie`, `Partij voor de Dieren`)
_PARTY_HEADING_MAX_WORDS = 4


def _party_headed(rest: str, status: str) -> list[dict[str, Any]]:
    """The people of a committee's table flattened into one line, its first column each
    party's name set before its members, each after an honorific (`... de heer Van Lingen VVD
    mevrouw Van Dobben de Bruijn, de heer Brill PvdA mevrouw Matil, ...`): each person in
    the party whose heading stands before them; [] unless two or more headings part the
    people and every word between the people is a name or a heading."""
    starts = [m.end() for m in _ONE_HONORIFIC_RE.finditer(rest)]
    if len(starts) < 3:
        return []
    heading = rest[: _ONE_HONORIFIC_RE.search(rest).start()].strip(" ,-") or None
    people: list[dict[str, Any]] = []
    headings = 0
    ends = [m.start() for m in _ONE_HONORIFIC_RE.finditer(rest)][1:] + [len(rest)]
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        name, after = surname_then_rest(rest[start:end])
        if not name or re.match(r"\s*,\s*[^\s,]", after):
            return []  # `mevrouw Bos, VVD, de heer ...`: the party is hers, after her comma
        people.append({**_bare_person(name, status), "organisation": heading})
        after = after.strip(" ,")
        if not after or after == "en" or k == len(starts) - 1:
            continue
        if not _party_heading(after):
            return []
        heading, headings = after.strip(" -"), headings + 1
    # a heading over two or more members: no party printed after each one's name
    parties = Counter(p["organisation"] for p in people if p["organisation"])
    shared = any(n >= 2 for n in parties.values())
    return people if headings >= 2 and shared else []


@cache
def _function_after_name_re() -> re.Pattern[str]:
    """A function in lower case after a name, before the next capital or the end (`Hermans
    Ann schepen Woestenborghs ...`)."""
    roles = longest_first(map(re.escape, _rules()["roles"]))
    return re.compile(rf"(?<=[a-zà-ÿ])\s+(?P<role>(?-i:{roles}))(?=\s+[A-Z]|\s*$)")


#: the words of a name before its function at most (`Van der Vloedt Hilde`)
_NAME_BEFORE_FUNCTION_MAX_WORDS = 4


def _each_before_function(rest: str, status: str) -> list[dict[str, Any]]:
    """The people of a label's line that names each before their function, no comma between
    (`Verontschuldigd: Hermans Ann schepen Woestenborghs Karen raadslid`), a heading run on
    after the last one (`De gemeenteraad van Arendonk`); [] unless two or more are so
    printed and nothing else stands between them."""
    people, pos = [], 0
    for m in _function_after_name_re().finditer(rest):
        name = rest[pos : m.start()].strip()
        words = name.split()
        if not (2 <= len(words) <= _NAME_BEFORE_FUNCTION_MAX_WORDS and _name_shaped(name)):
            return []
        people.append({**_bare_person(name, status), "role": m["role"]})
        pos = m.end()
    tail = rest[pos:].strip()
    if tail and not re.match(r"(?:De|Het)\s", tail):
        return []  # more after the last function than a heading run on
    return people if len(people) >= 2 else []


@cache
def _group_opening_re() -> re.Pattern[str]:
    """A capital honorific that opens a person or, plural, a group of people inside a line
    (`Mevrouw An Stokmans`, `De dames en heren Vera Gilis, ...`), before a capitalised name."""
    raw = load_patterns("meeting_rules.json")
    words = [h[:1].upper() + h[1:] for h in raw["honorifics"] + raw["plural_honorifics"]]
    return re.compile(rf"(?:^|(?<=\s))(?:{longest_first(map(re.escape, words))})(?=\s+[A-Z])")


def _closing_function(piece: str) -> tuple[str, str | None]:
    """(the piece before it, the function) of a piece closed by a capitalised function word
    of the vocabulary, a group's plural too (`... Michel Michielsen Leden`); (piece, None)
    when no function closes it."""
    head, _, last = piece.strip().rpartition(" ")
    word = last.lower()
    role = _rules()["group_roles"].get(word) or (word if word in _rules()["roles"] else None)
    return (head, role) if head and last[:1].isupper() and role else (piece.strip(), None)


def _groups_before_function(rest: str, status: str) -> list[dict[str, Any]]:
    """The people of a label's line flattened from a roll table whose rows each open with an
    honorific and close with the function of their people, no comma between (`Aanwezig:
    Mevrouw An Stokmans Voorzitter De dames en heren Vera Gilis, ..., Ingrid Mees en Michel
    Michielsen Leden Mevrouw Paula Verhoeven`): each person with their row's function; []
    unless the line opens with an honorific, two or more rows and a function close it, and
    every row reads as names."""
    starts = [m.start() for m in _group_opening_re().finditer(rest.strip())]
    if len(starts) < 2 or starts[0] != 0:
        return []
    text, people, closed = rest.strip(), [], 0
    for start, end in zip(starts, [*starts[1:], len(rest.strip())], strict=True):
        row, role = _closing_function(text[start:end])
        # `De dames en heren A, B en C`: the honorific stripped, whose `en` is no list's
        plural = _rules()["plural_honorific_re"].match(row)
        row_people = (
            _name_list(row[plural.end() :], status) if plural else [parse_participant(row, status)]
        )
        if not row_people or not all(p and _name_shaped(p["name"] or "") for p in row_people):
            return []
        closed += role is not None
        people += [{**p, "role": role or p.get("role")} for p in row_people]
    return people if closed >= 1 else []


def _party_heading(text: str) -> bool:
    """A party's or group's name as a table's column prints it (`VVD`, `PvdA`, `D66`,
    `SGP en ChristenUnie`, `50PLUS`): a few words, the first in capitals or with a digit or
    a capital inside it."""
    words = text.strip(" -").split()
    first = words[0] if words else ""
    marked = any(c.isdigit() for c in first) or sum(c.isupper() for c in first) >= 2
    return 0 < len(words) <= _PARTY_HEADING_MAX_WORDS and marked


@cache
def _heading_row_re() -> re.Pattern[str]:
    """The headings of a table's columns, two or more, run onto its label's line before the
    rows (`Werkt bij Afgevaardigd / rol`, `Naam Organisatie`), parted by spaces or a slash."""
    heading = longest_first(map(re.escape, _rules()["column_heading_kinds"]))
    return re.compile(rf"(?:{heading})(?:\s*/\s*|\s+)(?:(?:{heading})(?:\s*/\s*|\s+|$))+", re.I)


def _heading_row_lead(piece: str) -> bool:
    """Whether the first piece of a label's line is a table's heading row and nothing else."""
    return _heading_row_re().fullmatch(piece.strip() + " ") is not None


@cache
def _row_name_re() -> re.Pattern[str]:
    """A table row's person: initials and a surname, its particles between (`R.W. Brandt`,
    `G.R.M. van den Eynde`, `E.N.` whose surname the copy lost), then the row's other
    cells (group `cells`)."""
    return re.compile(
        rf"^(?P<name>{initials(5, short_names=True)}{particle_run()}"
        rf"(?:[A-Z][a-zà-ÿ][\w'-]*(?:-[A-Z][\w'-]*)*)?)(?:\s+(?P<cells>.*))?$"
    )


#: where a row printed without an honorific opens inside the cells of the row before it
#: (`... HBS Brunsting Stichting ACVU VOiA M.W. Löhrer MBA RPS ...`): at its initials
_ROW_INITIALS_RE = re.compile(
    rf"(?<=\s)(?={initials(5, short_names=True, spaced=False)}\s?{particle_run()}[A-Z][a-zà-ÿ])"
)


#: a word of running text among a row's cells: lower case, no joining word of a body's name
_PROSE_WORD_RE = re.compile(r"(?!(?:voor|van|en|de|der|den|het|in|op|te)$)[a-zà-ÿ][\w'-]*")


def _rows(piece: str, status: str) -> list[dict[str, Any]]:
    """The people of a row of a table flattened onto its label's line, opened by its title
    (`Drs. G.R.M. van den Eynde Erfgoedinspectie Rijk`), with any row glued to it that opens
    with initials, a function before them its holder's (`... VOiA Notulist C. van Eenige SIKB`):
    each the name, a function its cells end in their role, the other cells their
    organisation; [] where a row is not so built."""
    title_role, text, _, _ = _strip_prefixes(piece)  # `Wethouder Mevr. ...`: the first's
    rows = _ROW_INITIALS_RE.split(text)
    people = []
    for k, row in enumerate(rows):
        m = _row_name_re().match(row.strip())
        if m is None:
            return []
        cells = (m["cells"] or "").split()
        if any(_PROSE_WORD_RE.fullmatch(cell) for cell in cells):
            return []  # `Dhr. J. Bos opent de vergadering`: a sentence, not a row's cells
        before = rows[k - 1].split()[-1] if k else ""
        labelled = _rules()["function_label"].fullmatch(before) is not None
        role = before.lower() if labelled else (title_role if k == 0 else None)
        if k + 1 < len(rows) and cells and _rules()["function_label"].fullmatch(cells[-1]):
            cells = cells[:-1]  # `Notulist` before the next row's name: that row's function
        if cells and cells[-1].lower() in _rules()["column_headings"]:
            cells = cells[:-1]  # the heading of the next table (`Actie`) after the last row
        if cells and (held := _rules()["role_re"].fullmatch(cells[-1])):
            role, cells = role or held[1].lower(), cells[:-1]
        people.append(
            {
                "name": m["name"].strip(),
                "role": role,
                "organisation": " ".join(cells) or None,
                # a function's own section of the table (`Notulist C. van Eenige`) below
                # the absent: who keeps the record was there
                "status": "present" if labelled else status,
                "redacted": False,
                "is_chair": role in _rules()["chair"],
                "region": None,
            }
        )
    return people


@cache
def _column_lead() -> str:
    """The lower-case honorific that opens a row of a flattened column, with any academic
    title between it and the initials (`de heer drs. H.M.W. ter Heegde`); shortened too, as
    a transcribed PDF's attendance column prints it (`mevr. C. Rijnen dhr. R. van den Hove`)."""
    honorific = r"(?:de heer|mevrouw|de heren|de dames|mevr\.|dhr\.|mw\.)"
    return rf"{honorific}\s+(?:(?:{_rules()['academic_alt']})\.\s*)*"


@cache
def _column_honorific_re() -> re.Pattern[str]:
    """Where a flattened column's next row begins: before its honorific and initials."""
    return re.compile(rf"(?<=\S)\s+(?={_column_lead()}[A-Z][a-z]{{0,2}}\.)")


@cache
def _comma_row_re() -> re.Pattern[str]:
    """A row that keeps its comma: the honorific, initials and the name up to the comma
    (group `name`), then its party or role (group `trailer`)."""
    return re.compile(
        rf"^{_column_lead()}(?P<name>[A-Z][a-z]{{0,2}}\.[^,]{{1,50}}),(?P<trailer>.*)$"
    )


_COLUMN_ROWS_MIN = 2


_COLUMN_TRAILER_MAX_WORDS = 2


@cache
def _column_row_re() -> re.Pattern[str]:
    """A row of a flattened honorific column: the honorific (one or two words), initials and
    a surname (group `name`), then what the row prints after it (group `trailer`)."""
    return re.compile(
        rf"^\S+(?:\s+\S+)?\s+(?P<name>(?:[A-Z][a-z]{{0,2}}\.\s?)+[A-Z]?\s*{particle_run()}"
        rf"[A-Z][\w'-]+(?:-{particle_run()}[A-Z][\w'-]+)*)(?:\s+(?P<trailer>.*))?$"
    )


def _honorific_column(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a column flattened into one line, each row an honorific in lower case,
    initials and a surname, then maybe a role or a party (`de heer A. Bos voorzitter mevrouw
    K. van Dijk griffier de heer P. Kok Perspectief 21`), after a comma where a transcript
    kept the row's (`de heer R.K. Appers, HOP de heer B. Arkeveld, Burgerbelang mevrouw
    M.P.M. Harlaar - Bot, CDA, raadslid`); [] for a line not so built or with fewer than two
    rows."""
    rows = _column_honorific_re().split(line.strip())
    if len(rows) < _COLUMN_ROWS_MIN:
        return []
    if "," in line and not all(map(_comma_row_re().match, rows[:-1])):
        return []  # commas in a column whose rows do not each keep their own: a list
    people = []
    for row in rows:
        m = _comma_row_re().match(row) or _column_row_re().match(row)
        if m is None:
            return []  # a row that is no honorific and name: no such column
        fields = _row_fields(m["trailer"] or "", after_comma="," in row)
        if fields is None:
            return []  # a row going on in prose: no column
        person = parse_participant(m["name"], status, allow_bare=True) or {}
        people.append({**person, "name": m["name"].strip(), **fields})
    return people


def _row_fields(trailer: str, after_comma: bool) -> dict[str, str | None] | None:
    """The role and party a column's row prints after its name (`voorzitter`, `Perspectief
    21`; after its comma `CDA, raadslid`); None where the comma opens anything else."""
    parts = [x.strip() for x in trailer.split(",")] if after_comma else [trailer.strip()]
    role, party = None, None
    for part in parts:
        m = _rules()["role_re"].match(part)
        if m and (not after_comma or m.end() == len(part)):
            role = m[1].lower()
        elif len(part.split()) <= _COLUMN_TRAILER_MAX_WORDS and part[:1].isupper():
            party = part
        elif after_comma:
            return None  # prose after the name's comma (`, die de vergadering opent`)
    return {"role": role, "organisation": party}


def _only_titles(text: str) -> bool:
    """Whether `text` is roles and honorifics without a name (`Wethouder Mevr.`)."""
    rest = _strip_prefixes(text)[1]
    m = _rules()["honorific_re"].match(rest)
    return not rest or (m is not None and m.end() == len(rest))
