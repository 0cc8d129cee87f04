"""An attendance list below its label, line by line (`_read_list`): each line a person, a
group's people, a list of names, role pairs (`Voorzitter: Henk Bos Secretaris: Ans Kok`) or
names before their function; where the list ends (the next label, a head's field, a
function field, an agenda item, a run of blank or debris lines) and where it resumes past
something OCR put inside it."""

from __future__ import annotations

import re
from typing import Any

from pipeline.bodies import find_body
from pipeline.dates import DATE_RE
from pipeline.documents import redaction_marks, strip_redaction_marks
from pipeline.documents.lines import is_host_viewer, is_hosted_title_line
from pipeline.grounds import find_ground_codes
from pipeline.meetings.items import (
    _AND_RE,
    _glued_people,
    _plural_role_lead,
    _singular_role,
    _without_arrival,
)
from pipeline.meetings.label_lines import (
    _honorific_entries,
    _in_group,
    _label_line_people,
    _label_list_below,
    _name_list,
    _officials_pairs,
)
from pipeline.meetings.people import (
    _ARTICLE_RE,
    _PARTLY_ABSENT_RE,
    _bare_name,
    _is_noise,
    _mark_attendees,
    _name_shaped,
    _participant_like,
    _person_core,
    parse_participant,
    said_by_several,
    status_label,
)
from pipeline.meetings.rules import _rules
from pipeline.meetings.sentences import _role_led_names
from pipeline.meetings.tables import _cell_pairs, _first_name_bullets
from pipeline.meetings.text import _GROUP_LEAD_RE, _unbulleted
from pipeline.meetings.trailers import _plural_trailed

#: Non-attendee lines OCR may put inside an attendance list before a nameless attendee.
MAX_SKIPPED_LINES = 2


#: Blank or debris lines in a row after which an attendance list has ended.
MAX_BLANK_RUN = 6


def _role_label(text: str) -> bool:
    """Whether a label is a role: one of the vocabulary (`Voorzitter`, `Leden`) or a compound
    of them (`secretaris/directeur`, `adjunct-directeur`)."""
    text = text.strip().lower()
    if _rules()["role_re"].fullmatch(f"{text}:"):
        return True
    roles = _rules()["roles"]
    return all(part in roles for part in text.split("/")) or text.rsplit("-", 1)[-1] in roles


def _nameless_item(line: str) -> bool:
    """An attendance item that is a role and an organisation without a name
    (`beleidsadviseur, Utrecht, regio Utrecht Stad`): a person whose name was blacked out.
    Nothing else is printed that way, so it still belongs to the list when OCR moved it past
    a heading or a logo's debris."""
    if not _participant_like(line):
        return False
    person = parse_participant(line, "present")
    return person is not None and person["name"] is None


def _resume_after(lines: list[tuple[int, str]], i: int, status: str) -> int | None:
    """Index of the next list item when lines[i] (not an attendee) is only something OCR put
    inside the list, or a line of it not read: at most MAX_SKIPPED_LINES such lines, then a
    nameless attendee, a person, or a line of several people (`A, B, C, ..., raadsleden.`,
    longer than one person's line once a wrapped paragraph is one line again)."""
    skipped, ended = 0, False
    while i < len(lines) and skipped <= MAX_SKIPPED_LINES:
        line = lines[i][1]
        if line and not _is_noise(line):
            if status_label(line) or (line.rstrip().endswith(":") and not _group_label(line)):
                return None  # the next list, or a lead-in to something else
            said = _rules()["apologies_after_list"].search(line)
            if said and said_by_several(said):
                return None  # `dat van de heeren A en B bericht is ingekomen, ...`: prose
            if _nameless_item(line) or (skipped and not ended and _lists_people(line, status)):
                return i
            # an agenda item, or a dated heading opening the next part (`Zitting van 24 mei`)
            ended = ended or bool(_rules()["list_end"].match(line) or DATE_RE.search(line))
            skipped += 1
        i += 1
    return None


#: the number a page transcribed onto one line opens with, once or twice (a web page's
#: `Transcriptie` prints `3 3 De heer PEETERS Bruno ...`)
_PAGE_OPENING_NUMBER_RE = re.compile(r"^(?:\d{1,3}\s+){1,2}(?=[A-Z])")


def _over_page_number(line: str, status: str) -> list[dict[str, Any]] | None:
    """The people of a list that runs on over a page transcribed onto one line, the page's
    number before them (`... De heer PALINCKX Koen` / `3 3 De heer PEETERS Bruno Mevrouw
    PEETERS Marleen ...`): several people once the number is gone; None for any other line,
    as a number before one word or a clause opens an agenda item."""
    page = _PAGE_OPENING_NUMBER_RE.sub("", line, count=1)
    if page == line:
        return None
    found = _label_line_people(page, status)  # the page reads on as the label's own line
    return found if len(found) >= 2 else None


def _lists_people(line: str, status: str) -> bool:
    """The line is a person, or several people the list readers read."""
    return _participant_like(line) or len(_list_line_people(line, status, True) or []) >= 2


def _each_of(person: dict[str, Any], line: str) -> list[dict[str, Any]]:
    """A list item under a plural role ("adviseurs KPMG 5.1.2.e") stands for several people
    whose names are not printed: one per redaction mark on the line, at least two."""
    singular = _singular_role(person["role"])
    if singular is None or person["name"]:
        return [person]
    count = max(2, len(redaction_marks(line)))
    return [{**person, "role": singular, "redacted": True} for _ in range(count)]


def _titled_people(line: str, status: str) -> list[dict[str, Any]]:
    """Several titled people on one line, under a role that is then theirs: `Wethouders:
    de heer P. Barnhoorn, de heer P. van Bockhove`; [] for any other line."""
    rules = _rules()
    core, _ = _person_core(line)
    role = None
    m = rules["role_re"].match(core)
    if m:
        role, core = m[1].lower(), core[m.end() :]
    parts = [p.strip() for p in re.split(r"[;,](?![^(]*\))", core) if p.strip()]
    # `..., de heer F. Luiten (VVD) en de heer T. Snyders (LTS)`: the last two joined by `en`
    parts = [q.strip() for p in parts for q in _titled_pair(p)]
    if len(parts) < 2 or not all(rules["honorific_re"].match(p) for p in parts):
        return []
    people = [parse_participant(part, status, allow_bare=True) for part in parts]
    return [{**p, "role": p["role"] or role} for p in people if p]


def _titled_pair(part: str) -> list[str]:
    """`de heer F. Luiten (VVD) en de heer T. Snyders (LTS)` -> the two titled people; the
    part as it is unless each side of its `en` opens with an honorific."""
    pieces = _AND_RE.split(part)
    honorific = _rules()["honorific_re"]
    return pieces if all(honorific.match(x.strip()) for x in pieces) else [part]


def _short_coded_people(line: str, status: str) -> list[dict[str, Any]]:
    """A line too short to be anything but debris, except that a code stands for a name
    beside its organisation (`FIN: 5.1.2.e`, `5.1.2.e (IPO)`): those people; [] otherwise."""
    if not (line and _is_noise(line) and (find_ground_codes(line) or redaction_marks(line))):
        return []
    if not any(ch.isalpha() for ch in strip_redaction_marks(line)[0]):
        return []
    grouped = _group_people(line, status)
    if grouped:
        return grouped
    person = parse_participant(line, status)
    return [person] if person and person["organisation"] else []


#: a party's name of one word with digits in it (`D66`, `50PLUS`)
_PARTY_CODE_RE = re.compile(r"(?=\S*[A-Z])(?=\S*[0-9])[A-Z0-9][A-Za-z0-9]{1,9}")


def _group_people(line: str, status: str) -> list[dict[str, Any]]:
    """The people an organisation's label lists inside an attendance list (`DGB: J. Jansen,
    P. de Vries`, `Ministerie van BZK: 5.1.2.e, 5.1.2.e`), that organisation theirs; [] for
    any other line."""
    text = _unbulleted(line)
    m = re.match(r"^(?P<group>[^:,()]{2,60}?)\s*:\s*(?P<rest>\S.*)$", text)
    if m is None or status_label(line) or _rules()["list_end"].match(line):
        return []
    group, rules = m["group"], _rules()
    # `Agendapunt 5:`, `19.30:` hold digits; a party's name may (`D66: de heer K.W.J. Stoop`)
    numbered = any(c.isdigit() for c in group) and not _PARTY_CODE_RE.fullmatch(group)
    if numbered or len(group.split()) > (5 if group[:1].isupper() else 8):
        return []
    group = _ARTICLE_RE.sub("", group)  # `De leden:`, `De voorzitter:`
    role = rules["group_roles"].get(group.lower())
    if role is None and (rules["role_re"].match(group) or rules["honorific_re"].match(group)):
        return []  # `Wethouder Mevr. Peters: ...`, `Voorzitter: ...`: a person, not a group
    people = _label_line_people(m["rest"], status)
    if group[:1].islower() and len([p for p in people if p["name"]]) < 2:
        return []  # `- stukken voor de vergadering: ...`: a note, not a group of people
    return _in_group(people, group)


#: `Bertrand Eraly, Diane Willems: Schepenen;`: names, then the function they hold
_NAMES_THEN_ROLE_RE = re.compile(r"^(?P<names>[^:]{3,}?)\s*:\s*(?P<role>[^:,;.]{3,40}?)\s*[;.]?$")


#: the words after a role that name what it is held in (`gemeenteraad`, `OCMW`)
_HELD_IN_RE = re.compile(r"(?:\s+(?:[a-zà-ÿ][\w-]*|[A-Z]{2,6}))*\s*")


def _names_then_role(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a list line that names them first and their function after a colon
    (`Bert De Wit: Burgemeester;`, `A. Bos, K. Smit: raadsleden`), each in that function
    (a plural made singular); [] for any other line."""
    text = _unbulleted(line)
    if partly := _PARTLY_ABSENT_RE.search(text):  # `D. Sioen: Burgemeester afwezig voor
        text, status = text[: partly.start()], "present"  # agendapunt 21`: he attended
    m = _NAMES_THEN_ROLE_RE.match(text.strip())
    if m is None or status_label(line):
        return []
    rules, word = _rules(), m["role"].strip().lower()
    role = rules["group_roles"].get(word)
    if role is None:
        held = rules["role_re"].match(word)
        # `Voorzitter gemeenteraad`, `Voorzitter OCMW`: a role and what it is held in
        if held is None or not _HELD_IN_RE.fullmatch(m["role"].strip()[len(held[1]) :]):
            return []
        role = _singular_role(word) or word
    people = _label_line_people(m["names"], status)
    if not people or not all(p["name"] and _name_shaped(p["name"]) for p in people):
        return []
    chair = role in rules["chair"]
    return [{**p, "role": p["role"] or role, "is_chair": p["is_chair"] or chair} for p in people]


_LEAD_RE = re.compile(r"^(?P<lead>[^:\d]{3,120}?):\s+(?P<rest>\S.*)$")


def _after_lead(line: str, status: str) -> list[dict[str, Any]]:
    """The people after a clause that introduces them inside an attendance list (`Publieke
    sector, op alfabetische volgorde van organisatie: A (X), B (Y) en C`): too long or
    comma-broken for a group's label, so no one's organisation; [] for any other line."""
    m = _LEAD_RE.match(_unbulleted(line))
    if m is None or status_label(line) or ("," not in m["lead"] and len(m["lead"].split()) <= 5):
        return []
    people = _label_line_people(m["rest"], status)
    return people if len([p for p in people if p["name"]]) >= 2 else []


def _group_label(line: str) -> bool:
    """A group's sub-heading inside an attendance list (`Leden UR:`, `College van
    Bestuur:`): a few words and a colon, nothing after it."""
    return line.rstrip().endswith(":") and len(line.split()) <= 4 and not status_label(line)


#: a body's name heading its group inside an attendance list is this short
_BODY_HEADING_MAX_WORDS = 4


def _body_heading(lines: list[tuple[int, str]], i: int, status: str) -> bool:
    """A body's name alone on its line inside an attendance list, without a colon, over the
    line that lists its people (`Algemeen bestuur` over `Philip Geelkerken (voorzitter),
    Laura van Geest, ...`, then `College van bestuur` over its own): the heading of that
    group, as `Leden UR:` is with its colon."""
    line = lines[i][1].strip()
    if len(line.split()) > _BODY_HEADING_MAX_WORDS or re.search(r"[\d.:;,()]", line):
        return False
    if find_body([line], None) is None:
        return False
    below = (x for _, x in lines[i + 1 : i + 2 + MAX_BLANK_RUN] if x.strip() and not _is_noise(x))
    first = next(below, "")
    return bool(first) and not status_label(first) and _lists_people(first, status)


#: a roll table's label column flattened above its name column holds at least this many
#: cells, and the two columns differ by at most COLUMN_SLACK cells (a label wrapped in two)
MIN_COLUMN_CELLS = 3
COLUMN_SLACK = 2

#: a cell of a roll table's label column: a body or a function in a few words, no person
_LABEL_CELL_RE = re.compile(r"^[A-Z][\w/&-]*(?:\s+[\w/&-]+){0,3}$")


def _label_column(lines: list[tuple[int, str]], i: int) -> tuple[list[str], int]:
    """The cells of a roll table's label column when a copied page put that whole column
    first (`Provincie Utrecht` / `Gemeente Baarn` / ... / `Directeur`, then blank lines, then
    `De heer R. de Vries (voorzitter)` / ...): the cells and the index past the blank gap
    below them; ([], i) when lines[i] opens no such column."""
    cells: list[str] = []
    while i < len(lines) and _LABEL_CELL_RE.match(line := lines[i][1].strip()):
        person = parse_participant(line, "present")
        if (person and person["name"]) or status_label(line):
            return [], i  # a named person: the list itself, no label column above it
        cells.append(line)
        i += 1
    gap = i
    while i < len(lines) and (not lines[i][1].strip() or _is_noise(lines[i][1])):
        i += 1
    return (cells, i) if len(cells) >= MIN_COLUMN_CELLS and i > gap else ([], i)


def _column_split(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list[dict], int]:
    """The people of a roll table flattened column by column below its label: the name column
    read as a list, each person given the label cell of the same row (a body is their
    organisation, a function their role) when the columns hold as many cells."""
    cells, start = _label_column(lines, i)
    if not cells:
        return [], i
    people, after = _read_list(lines, start, status)
    if len(people) < MIN_COLUMN_CELLS or abs(len(people) - len(cells)) > COLUMN_SLACK:
        return [], i  # no name column of that table below it
    if len(people) == len(cells):
        people = [_in_cell(p, cell) for p, cell in zip(people, cells, strict=True)]
    return people, after


def _in_cell(person: dict[str, Any], cell: str) -> dict[str, Any]:
    """The person with their row's label cell: a function as their role, else their body."""
    if _role_label(cell):
        return {**person, "role": person["role"] or cell}
    return {**person, "organisation": person["organisation"] or cell}


def _read_list(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list[dict], int]:
    """The attendees of one list starting at lines[i] (below its label); (people, next i)."""
    for table in (_cell_pairs, _first_name_bullets, _column_split):
        tabled, after = table(lines, i, status)
        if tabled:
            return tabled, after
    people: list[dict[str, Any]] = []
    noise: list[str] = []
    group = None  # a group's sub-heading inside the list (`Team Gent:`)
    blank_run = 0
    while i < len(lines):
        line = lines[i][1]
        if line and status_label(line):
            break  # the next list (`Afw.:` is short enough to pass for debris)
        if _wraps_at_comma(lines, i):
            lines = [*lines[:i], (lines[i][0], f"{line.rstrip()} {lines[i + 1][1].strip()}"),
                     *lines[i + 2 :]]  # fmt: skip
            continue
        coded = _short_coded_people(line, status)
        if coded:
            people += coded
            blank_run = 0
            i += 1
            continue
        if not line or _is_noise(line):
            noise.append(line)
            blank_run += 1
            if blank_run > MAX_BLANK_RUN:
                break
            i += 1
            continue
        if _closes_list(line, status, after_gap=bool(blank_run and people)):
            break
        if _group_label(line) and not _rules()["list_end"].match(line):
            group = line.rstrip(": ").strip()
            i += 1
            continue
        if _body_heading(lines, i, status):
            group = line.strip()
            i += 1
            continue
        said = _rules()["apologies_after_list"].search(line)
        if said and said_by_several(said):
            break  # `De heeren A, B en C zonden bericht, dat zij verhinderd waren`: a sentence
        found = _list_line_people(line, status, bool(people), under_group=group is not None)
        if found is None:
            found = _over_page_number(line, status)
        if found is None:
            resumed = _resume_after(lines, i, status) if people else None
            if resumed is None:
                break
            i = resumed
            continue
        people += _in_group(found, group) if group else found
        blank_run = 0
        i += 1
    if not people:
        people = _mark_attendees(noise, status)  # every name blacked out, nothing else printed
    return people, i


def _closes_list(line: str, status: str, after_gap: bool) -> bool:
    """`line`, no one's name, is what follows the list (`after_gap`: below a blank or noise
    line that follows its names)."""
    if _header_field(line):
        return True  # `Lokatie: La Vie Meeting Center`: the head's fields go on below the list
    if status != "present" and _function_field(line):
        return True  # `Afwezig: /` over `Verslaggever: Owen`: who keeps the record was there
    if after_gap and _function_field(line) and ":" not in line:
        return True  # a portal's `Secretaris` alone below the list: the officers' fields follow
    if _rules()["clause_label"].match(line):
        return True  # `Volmachten zijn ontvangen van:`: the label of another list
    if _rules()["agenda_heading"].match(line.strip()):
        return True  # `A. AGENDA`, `Timing Nr. Agendapunt`: the agenda opens below the roll
    # `Save this PDF as:`: a document site's viewer below its title's roll
    return bool(is_host_viewer(line) or is_hosted_title_line(line))


def _wraps_at_comma(lines: list[tuple[int, str]], i: int) -> bool:
    """lines[i] is one line of a list of names wrapped at a comma: it goes on on the next
    line (unless that line opens the next group's list)."""
    line = lines[i][1]
    following = lines[i + 1][1] if i + 1 < len(lines) else ""
    return bool(
        line.rstrip().endswith(",")
        and following.strip()
        and not (status_label(following) or _GROUP_LEAD_RE.match(following.strip()))
    )


def _list_line_people(
    line: str, status: str, every_item_named: bool, under_group: bool = False
) -> list[dict] | None:
    """The people one line inside an attendance list names (a group, a list of names, one
    person); None when the line is no part of the list. `under_group`: the line stands under
    a group's heading, whose members its items are."""
    # `Burgemeester Jan Bos verlaat de vergadering vanaf punt 14.` below the list: attended
    line, status = _without_arrival(line, status)
    grouped = (
        _names_then_role(line, status)
        or _group_people(line, status)
        or _role_pairs(line, status)
        or _officials_pairs(line, status)
        or _after_lead(line, status)
        or _plural_role_names(_unbulleted(line), status)
    )
    listed = (
        _name_list(line, status)
        or _label_list_below(line, status, every_item_named=every_item_named)
        or _glued_people(line, status)
        or (_pair_of_names(line, status, under_group) if every_item_named else [])
    )
    if not (_participant_like(line) or listed or grouped):
        return None
    several = (
        grouped
        or _titled_people(line, status)
        or _plural_trailed(line, status)  # before the names: `..., Raadsleden` is their role
        or listed
        or _honorific_entries(line, status)
    )
    if several:
        return several
    person = parse_participant(line, status, _bare_name(line))
    return _each_of(person, line) if person else []


def _plural_role_names(line: str, status: str) -> list[dict[str, Any]]:
    """`Wethouders Susanne de Roy en Henk Wijkhuisen`: a list line opened by a plural role,
    every item after it a name, each in that role; [] for any other line, and for one with a
    blacked-out name (`adviseurs KPMG 5.1.2.e`: the advisers of an organisation)."""
    if _plural_role_lead(line)[0] is None or strip_redaction_marks(line)[1]:
        return []
    return _role_led_names(line, status)


def _pair_of_names(line: str, status: str, under_group: bool = False) -> list[dict[str, Any]]:
    """Two names joined by `en` on a line of a list that names people line by line (`Van
    Ast en Brinksma` under `College van Bestuur:`): both; [] for any other line (`Kaag en
    Braassem - Mevr Smit`: a place and its person, the second part more than a name)."""
    items = [x.strip() for x in _AND_RE.split(line) if x.strip()]
    if len(items) == 1 and under_group:
        items = _comma_pair(line)
    people = [parse_participant(x, status, allow_bare=True) for x in items]
    if len(items) != 2 or not all(
        p and p["name"] == x and _name_shaped(x) for p, x in zip(people, items, strict=True)
    ):
        return []
    return people  # type: ignore[return-value]


def _comma_pair(line: str) -> list[str]:
    """The two names of a list line under a group's heading that parts them by a comma (`Huub
    van Blijswijk, Anne de Visch Eybergen` under `College van bestuur`): the heading names
    their body, so what follows a comma is no organisation of the first but a second
    member, a given name and a surname; [] for any other line, and where the second part
    is a body's (`Jan Bos, Gemeente Utrecht`)."""
    items = [x.strip() for x in line.strip().rstrip(".").split(",")]
    if len(items) != 2 or any(len(x.split()) < 2 for x in items):
        return []
    second = items[1]
    if _rules()["organisation_prefix"].match(second) or find_body([second], None):
        return []
    return items


def _function_field(line: str) -> bool:
    """A function as a labelled field (`Verslaggever: Owen Van Damme`, `- Notulist: Jan`)
    or as a heading alone on its line over its holder (`Secretaris` over `Luc Bos`)."""
    m = _rules()["function_label"].match(_unbulleted(line))
    if m is None:
        return False
    heading = not m["rest"] and _unbulleted(line) == line.strip()
    return heading or ":" in _unbulleted(line)[: m.start("rest")]


def _header_field(line: str) -> bool:
    """A meeting's date, time or place as a labelled field (`Lokatie: ...`, `Datum: ...`)."""
    text = _unbulleted(line)
    rules = _rules()
    return ":" in text[:20] and any(
        rules[k].match(text) for k in ("date_label", "time_label", "location_label")
    )


#: `Voorzitter: Henk Bos Secretaris: Ans Kok`: a capitalised label with its colon inside a line,
#: or one in lower case after a comma (`Voorzitter: Henk Bos, notulist: Ans Kok`)
_INLINE_LABEL_RE = re.compile(
    r"(?<=\S),?\s+(?=[A-Z][\w/.-]+(?:\s[a-z][\w/.-]*)?\s*:\s)|,\s+(?=[a-z][\w/-]+:\s)"
)


def _role_pairs(line: str, status: str = "present") -> list[dict[str, Any]]:
    """The people of a line of two or more `Role: Name` pairs (a board's table flattened:
    `Voorzitter: Henk Bos Secretaris: Ans Kok Lid: Rob Vos`, a name after its honorific too:
    `Voorzitter: mw. H. Bos Griffier: mw. A. Kok`) or of one pair typed with a spaced colon
    (`secretaris/directeur : de heer J. Kleef`), in those roles; [] for any other line."""
    pairs = [p.split(":", 1) for p in _INLINE_LABEL_RE.split(line.strip())]
    if any(len(p) != 2 for p in pairs):
        return []
    honorific_re = _rules()["honorific_re"]
    if not all(
        _role_label(role) and (_bare_name(name) or honorific_re.match(name.strip()))
        for role, name in pairs
    ) or (len(pairs) == 1 and " :" not in line):
        return []  # one pair: a role typed before a spaced colon (`adjunct-directeur : mevrouw X`)
    people = []
    for role, name in pairs:
        person = parse_participant(name.strip(), status, allow_bare=True)
        role = role.strip().lower()
        if person:
            people.append({**person, "role": role, "is_chair": role in _rules()["chair"]})
    return people
