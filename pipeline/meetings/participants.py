"""The participants of one document's lines (`extract_participants`): its labelled lists,
a table's heading row, a function's holder outside a list (`Notulist: P. de Vries`), a
group's heading over one name per line at the head, the sentences that name people, the
named votes when nothing else names anyone; and each person once (`_distinct`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.meetings.items import _joined_people
from pipeline.meetings.label_lines import _in_group, _label_line_people
from pipeline.meetings.layout import (
    _CELL_END_RE,
    _functions_over_names,
    _group_rolls,
    _initials_restored,
    _label_marks_restored,
    _label_row_over_values,
    _labels_over_two_lines,
    _rejoined,
    _unflattened,
    _wrapped_paragraphs,
)
from pipeline.meetings.lists import _group_label, _read_list, _role_pairs
from pipeline.meetings.names import glued_initials_re, is_particle
from pipeline.meetings.people import (
    _bare_name,
    _name_shaped,
    parse_participant,
    status_label,
)
from pipeline.meetings.rules import _rules
from pipeline.meetings.sentences import (
    _all_but,
    _group_present,
    _led_sentences,
    _named_present,
    _named_voters,
    _opened_by,
    _opens_meeting,
    _replacements,
    _role_led_roll,
    _sent_apologies,
    _welcomed,
    all_but_parts,
    sitting_chaired,
)
from pipeline.meetings.tables import _heading_row, _heading_rows
from pipeline.meetings.text import _AGENDA_ITEM_RE, _MEETING_WORD_RE, _PREVIEW_CUT_RE, _unbulleted
from pipeline.meetings.trailers import _dashed_role_groups
from pipeline.nlp import without_accents

#: a line that opens the make-up of a body (`Het bestuur bestaat nu uit de volgende
#: personen:`): the function labels under it name its members, not who attended
_COMPOSITION_RE = re.compile(r"(?i)\b(?:bestaat|bestaan|bestond|bestonden)\b.*\buit\b.*:\s*$")


def _under_composition(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line `i` stands in the block of function labels under a composition lead."""
    for k in range(i - 1, max(-1, i - 8), -1):
        text = lines[k][1].strip()
        if not text:
            return False
        if _COMPOSITION_RE.search(text):
            return True
        if not _rules()["function_label"].match(_unbulleted(lines[k][1])):
            return False
    return False


#: the holder's office or standing in lower case after the name (`Mr.J.M.de Leeuw,
#: burgemeester.`, `P.S. Bos, loco.`): the label's function is what they held at the meeting
_HOLDER_OFFICE_RE = re.compile(r",\s+[a-z][\w-]*\.?\s*$")


def _function_holder(lines: list[tuple[int, str]], i: int) -> list[dict[str, Any]]:
    """The person a function label names outside an attendance list (`Voorzitter: J.
    Jansen`, or `Notulist` over `P. de Vries`), present in that role; [] otherwise."""
    rules = _rules()
    line = _unbulleted(lines[i][1])  # `- Notulist: Jan Bos`, a field
    m = rules["function_label"].match(line)
    if m is None or _under_composition(lines, i):
        return []
    if len(fields := _labelled_functions(line)) > 1:
        return _fields_holders(fields, lines[i + 1 : i + 2])
    name = m["rest"]
    label = re.sub(r"\s+", " ", m["role"].lower())
    labelled = ":" in line[: m.start("rest")]
    if not labelled and line != lines[i][1].strip() and name.strip():
        return []  # `- Voorzitter stelt voor ...`: a bullet of the text, not a field
    if name and label in rules["function_labels_with_colon"] and not labelled:
        return []  # `Verslag Algemene Ledenvergadering`: a title
    # `Notuliste: Nelleke`: a first name alone after a person's label with its colon
    first_name = (
        labelled
        and label not in rules["function_labels_with_colon"]
        and re.fullmatch(r"[A-Z][a-zà-ÿ'-]+", name.strip()) is not None
    )
    role = rules["function_roles"].get(label, label)
    if label in rules["function_labels_plural"]:  # `Gasten: Jan Kok, Piet Bos` or a list below
        several = (
            _label_line_people(name, "present") if name else _read_list(lines, i + 1, "present")[0]
        )
        return [{**p, "role": p["role"] or role} for p in several if p["name"]]
    if not name and i + 1 < len(lines):
        name = _unbulleted(lines[i + 1][1])  # `- Voorzitter` over `- T. Simons`: a form
    name = re.sub(r"(?<=[a-z])\.\s*$", "", name)  # `Notulen: Moija Vogel.`
    name = _holder_alone(_HOLDER_OFFICE_RE.sub("", name))  # `Mr.J.M.de Leeuw, burgemeester.`
    if _MEETING_WORD_RE.search(name):
        return []  # `Verslag: Signalen Community Meetup`: a title, not a note-taker
    pieces = _joined_people(name, "present")  # `Voorzitter` over `T. Simons / B. Scholtze`
    if not all(
        first_name
        or _bare_name(x)
        or glued_initials_re().fullmatch(x.strip())
        or rules["honorific_re"].match(x.strip())
        for x in pieces
    ):
        return []
    people = [parse_participant(x, "present", allow_bare=True) for x in pieces]
    if not all(person and person["name"] for person in people):
        return []
    return [{**p, "role": p["role"] or role, "is_chair": role == "voorzitter"} for p in people]


#: the words before an office beside a function's holder (`tevens secretaris`, `de
#: loco-burgemeester`): no part of the office's name
_OFFICE_LEAD_RE = re.compile(r"^(?i:tevens|de|het)\s+")


def _holder_alone(name: str) -> str:
    """A function's holder without the offices a head prints beside the name, each after a
    comma (`N.E. Henriquez Jr, waarnemend Gezaghebber`, `F.J. van de Ven, burgemeester,
    tevens secretaris`) or before it (`de loco-burgemeester, de heer W.G. van Zadelhof`):
    the label says the function they held at the meeting."""
    parts = [part.strip() for part in name.strip(" ,").split(",")]
    while len(parts) > 1 and _an_office(parts[-1]):
        parts.pop()
    while len(parts) > 1 and _an_office(parts[0]):
        parts.pop(0)
    return ", ".join(parts)


def _an_office(text: str) -> bool:
    """Whether `text` is an office and nothing else (`waarnemend Gezaghebber`, `Sekretaris
    van het eilandgebied`): a role, then words in lower case only."""
    text = _OFFICE_LEAD_RE.sub("", text.strip(" ."))
    m = _rules()["role_re"].match(text)
    return m is not None and _LOWER_WORDS_RE.fullmatch(text[m.end() :]) is not None


#: the words after an office's role that say where it is held (`van het eilandgebied`)
_LOWER_WORDS_RE = re.compile(r"(?:\s*[a-zà-ÿ][\w-]*)*\s*")


def _labelled_functions(line: str) -> list[str]:
    """The fields of a line of function labels each with its colon and its holder (`Voorzitter:
    de heer A. Bos Portefeuillehouder: de heren K. Dijk en P. Kok Commissiegriffier: ...`), a
    head's row of fields flattened into one line: the line cut before each such label."""
    rules = _rules()
    starts = [0] + [
        m.end()
        for m in re.finditer(r"\s+(?=[A-Z])", line)
        if (f := rules["function_label"].match(line[m.end() :]))
        and ":" in line[m.end() : m.end() + f.start("rest")]
    ]
    bounds = [*starts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def _fields_holders(fields: list[str], below: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """The holders of a row of function fields (`Voorzitter: de heer A. Bos Griffier: de heer
    K. Dijk`), each read as a field of its own; the last one's holder may stand on the line
    below (`Raadsgriffier:` over `mevrouw P. Kok`)."""
    people: list[dict[str, Any]] = []
    for k, field in enumerate(fields):
        people += _function_holder([(0, field), *(below if k == len(fields) - 1 else [])], 0)
    return people


#: the first agenda item after a flattened head's fields (`... Griffier: mw. C.A. Peters 1.
#: Opening en mededelingen.`): the last holder's name ends before it
_FIRST_ITEM_RE = re.compile(r"\s+\d{1,2}\.\s+(?=[A-Z][a-z])")


def _fields_in_line(line: str) -> list[dict[str, Any]]:
    """The holders of the function fields a flattened page prints inside a line, after its
    page number or title (`2 Voorzitter: H.C.J.L. Borghouts Griffier: mw. C.A. Peters 1.
    Opening ...`, `... Vergadering van donderdag 27 september 2018 Voorzitter: mevrouw E.
    Spincemaille Secretarissen: mevrouw S. Vandenbulcke, de heer G. Pertry`): the fields
    run from the first label with its colon to the first agenda item or the line's end,
    each read as a field of its own; [] where no such label stands in the line, or only
    after a sentence of the text."""
    rules = _rules()
    start = next(
        (
            m.end()
            for m in re.finditer(r"\s+(?=[A-Z])", line)
            if (f := rules["function_label"].match(line[m.end() :]))
            and ":" in line[m.end() : m.end() + f.start("rest")]
        ),
        None,
    )
    if start is None or rules["sentence_end"].search(line[:start]):
        return []  # `... opent de vergadering. Griffier: P. Mol.`: a field after the text
    fields = _FIRST_ITEM_RE.split(line[start:], maxsplit=1)[0]
    return _fields_holders(_labelled_functions(fields), [])


#: a name right after a function label: an honorific or an initial (`de heer A. Bos`,
#: `Jhr. Mr. Th. E. Serraris`, `A. G. Bastiaansen`), not a verb (`Voorzitter opent ...`)
_NAME_START_RE = re.compile(r"(?:(?i:de\s+heer|mevrouw)\s|[A-Z][a-z]{0,2}\.)")


def _sentence_function_holders(text: str) -> list[dict[str, Any]]:
    """The function holders a flattened head names in sentences of their own, each a label
    and a name (old minutes: `... G.A. van Hooijdonk en A.J. Rops. Voorzitter Jhr. Mr. Th.
    E. Serraris. Secretaris A. G. Bastiaansen. De Voorzitter opent ...`): present in that
    function; [] where no sentence is so built."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    for sentence in rules["sentence_end"].split(text):
        m = rules["function_label"].match(sentence.strip())
        if m and sentence.strip()[:1].isupper() and _NAME_START_RE.match(m["rest"]):
            people += _function_holder([(0, sentence.strip())], 0)
    return people


def extract_participants(lines: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """Participants from every labelled list in the lines of one meeting document."""
    lines = _as_list_lines(lines)
    out: list[dict[str, Any]] = []
    head = _head_end(lines)
    i = 0
    while i < len(lines):
        labelled = status_label(lines[i][1])
        i += 1
        if (labelled is None or labelled[1]) and (headed := _heading_row(lines[i - 1][1])):
            people, i = _heading_rows(lines, i, *headed)
            out += people
            continue
        if labelled is None:
            people, after = _unlabelled_line_people(lines, i - 1, in_head=i <= head)
            out += people
            i = max(i, after)
            continue
        status, rest = labelled
        if _PREVIEW_CUT_RE.search(rest):
            # a page's preview of the list (`Aanwezig: A, B, Marie ...`): its last item is
            # cut, and what stands below it is the page's furniture, not the list
            out += _label_line_people(rest.rpartition(",")[0], status)
            continue
        out += _on_label_line(lines[i - 1][1], rest, status)
        people, i = _read_list(lines, i, status)
        out += people
    people = _without_cut_copy(_without_headings([_initial_stopped(p) for p in out]), lines)
    return people or _without_headings(_named_voters(lines))  # the parser's flag off either


def _without_cut_copy(
    people: list[dict[str, Any]], lines: list[tuple[int, str]]
) -> list[dict[str, Any]]:
    """The people without the one whose name the text ends in when that name is cut inside a
    word of a name read before: a portal's roll printed twice, its second copy cut by the end
    of the saved text (`...; Evi Cuypers, Districtsraadslid; Yao Is` after `Yao Issifou`,
    `...; Johannes Builaert, districtsraadslid; Sand` after `Sander Rottiers`)."""
    last = next((x.strip() for _, x in reversed(lines) if x.strip()), "")
    for k in range(len(people) - 1, -1, -1):
        name = people[k].get("name")
        if name and last.endswith(name):
            if any(_cut_inside_word(name, other.get("name")) for other in people[:k]):
                return people[:k] + people[k + 1 :]
            return people
    return people


def _cut_inside_word(cut: str, name: str | None) -> bool:
    """Whether `cut` is `name` cut short inside a word (`Yao Is` of `Yao Issifou`), not
    at a word's end (`Jan` of `Jan Bos`, a first name alone)."""
    return bool(name) and name.startswith(cut) and name[len(cut) : len(cut) + 1].isalpha()


def _as_list_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines cut at inline bullets and cell ends, with initials and label marks restored,
    and wrapped, flattened or split labels and lists put back on lines of their own."""
    lines = [
        (page_no, _label_marks_restored(_initials_restored(_CELL_END_RE.sub("", piece))))
        for page_no, line in lines
        for piece in _INLINE_BULLET_RE.split(line)
    ]
    lines = _unflattened(_labels_over_two_lines(_wrapped_paragraphs(lines)))
    lines = _label_row_over_values(_functions_over_names(_group_rolls(lines)))
    return _rejoined(lines)


def _unlabelled_line_people(
    lines: list[tuple[int, str]], k: int, in_head: bool
) -> tuple[list[dict[str, Any]], int]:
    """(people, index past what was read) of lines[k], a line under no list label: a group
    block, role pairs, a function's holder, or sentences that name who attended or not."""
    grouped, after = _group_block(lines, k) if in_head else ([], k + 1)
    line = lines[k][1]
    named = (
        (_dashed_role_groups(line, "present") if in_head else [])
        or _role_pairs(line)
        or _function_holder(lines, k)
        or _sent_apologies(line)
        + _welcomed(line)
        + _replacements(line)
        + _all_but(line)
        + _named_present(line)
        + _group_present(line)
        + _opened_by(line)
        + sitting_chaired(line)
        + _opens_meeting(line)
        + _led_sentences(line)
        + _sentence_function_holders(line)
        + _role_led_roll(line)
    )
    # a flattened head's fields stand before the roll or the text on their line; a line that
    # opens on a field is `_function_holder`'s
    opens = _rules()["function_label"].match(_unbulleted(line))
    fields = _fields_in_line(line) if in_head and not opens else []
    return (grouped or named) + fields, after


def _on_label_line(line: str, rest: str, status: str) -> list[dict[str, Any]]:
    """The people a list's label line names after its label (`rest` of `line`), and those the
    sentences after the list's own name."""
    # `Tegenwoordig: alle leden met uitzondering van den Heer C. Deijkers, die ...`: the whole
    # council but those named, who were away; the chair may follow on the line
    excepted, after = all_but_parts(line)
    if excepted:
        return excepted + _sentences_after_list(after)
    # `Bericht van verhindering van A, zij wordt vervangen door B.`: a clause of its own
    # after the list, whose replacement attended
    rest, *clause = _PRONOUN_CLAUSE_RE.split(rest, maxsplit=1)
    listed = _label_line_people(_list_before_prose(rest), status)
    out = listed + (_replacements(line) if clause else [])
    # a flattened page goes on after the list's sentence, perhaps with the next list
    # (`... verhinderd: A, B. Ten slotte zijn de volgende adviseurs verhinderd: C, D.`)
    after = " ".join(_rules()["sentence_end"].split(rest, maxsplit=1)[1:])
    later = _sentences_after_list(after)
    return out + [p for p in later if p["name"] not in {x["name"] for x in listed}]


def _sentences_after_list(after: str) -> list[dict[str, Any]]:
    """The people the sentences after a label line's list name (`after`, the line past the
    list's sentence): those a sentence leads with (`De heer A komt later`) and the function
    holders a flattened head names in sentences of their own (`Voorzitter P.J. Jansen.`)."""
    return _led_sentences(after) + _sentence_function_holders(after)


#: a word in capitals after a sentence's first (`De heer Hiemstra komt later`): a name, perhaps
_CAPITAL_PAST_FIRST_RE = re.compile(r"\s[A-ZÀ-Þ]")


def _list_before_prose(rest: str) -> str:
    """A label's list without the prose its line goes on with after the list's full stop
    (`Aanwezig van de Dorpsraad; A, B en Piet Hermus. De laatste notuleert.`, zbhoek web247;
    `... fan: A, B en Marja Schotanus. Omt de kaskommisje ...`, easterwierrum web287): the
    list up to that stop when the sentence after it is prose: two words or more, no
    capital past its first word, no label; `rest` otherwise (`A, B. Piet Kok`, the list
    goes on; `... en de heren A en B. De heer Hiemstra komt later.`, a name the sentence
    after reads)."""
    head, *tail = _rules()["sentence_end"].split(rest, maxsplit=1)
    if not tail:
        return rest
    after = _rules()["sentence_end"].split(tail[0], maxsplit=1)[0]
    if ":" in after or len(after.split()) < 2 or _CAPITAL_PAST_FIRST_RE.search(after):
        return rest
    return head


def _without_headings(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The roll without the rows that name no one: a function with no name and no place or
    body beside it, read as a redacted person though no mark or code stands in its line
    (`raadslid` over the line of apologies, `algemeen directeur` heading the list below it,
    `voorzitter en notulist` after a name), in a roll that marks no name as blacked out.
    The parser keeps such a row, since in an old roll a lone function between commas is the
    office of the person before it and is joined to that person. A roll that marks some
    names keeps it (a scan can lose one box and keep the others), and so does a row that
    names a place or body (`beleidsadviseur, Zeist`: the name's box lost, its seat kept)."""
    marked = any(p["redacted"] and not p.get("unmarked") for p in people)
    return [
        {k: v for k, v in p.items() if k != "unmarked"}
        for p in people
        if p["name"]
        or marked
        or not p.get("unmarked")
        or _CAPITAL_RE.search(p["organisation"] or "")
    ]


#: a word with a capital, as a place or body is printed (`Zeist`, `gemeente Utrecht`), not
#: the words a misread heading leaves where the organisation goes (`en`, `leden vast bureau`)
_CAPITAL_RE = re.compile(r"\b[A-Z]")


#: a bullet inside a line, where a copied page flattened its bulleted items into one
#: (`Afmelding: Dhr. F.J. Hoekstra (VVD). • De voorzitter deelt mee ...`): each its own line
_INLINE_BULLET_RE = re.compile(r"(?<=\S)\s+•\s+(?=\S)")


#: a clause whose subject is a personal pronoun after a label's list (`..., zij wordt ...`)
_PRONOUN_CLAUSE_RE = re.compile(r",\s+(?:hij|zij|ze|ik|wij|we)\s+(?=[a-z])")


#: a name that ends in an initial whose full stop the list's separators took
#: (`Brinckman P.; Van Puyvelde J.`, `Eric E.`)
_END_INITIAL_RE = re.compile(r"(?<=\s[A-Z])$")


def _initial_stopped(person: dict[str, Any]) -> dict[str, Any]:
    """The person with the full stop of the initial their name ends in, as printed: a list
    that puts the surname first (`Brinckman P.`) or shortens it (`Eric E.`)."""
    name = person.get("name")
    return {**person, "name": f"{name}."} if name and _END_INITIAL_RE.search(name) else person


def _head_end(lines: list[tuple[int, str]]) -> int:
    return next((k for k, (_, x) in enumerate(lines) if _AGENDA_ITEM_RE.match(x)), len(lines))


def _group_block(lines: list[tuple[int, str]], i: int) -> tuple[list[dict[str, Any]], int]:
    """A group's heading with one name per line under it at a document's head, no
    attendance label above (`Bestuur:` / `Henk van Mullum (voorzitter)` / `Clara Mulder`):
    the group's people, present unless their note says otherwise; ([], i) for any other
    line."""
    label = lines[i][1].strip()
    if not _group_label(label) or _rules()["function_label"].match(label):
        return [], i
    if not _name_shaped(label.rstrip(": ")) and label[:1].isupper():
        return [], i  # `Save this PDF as:`: a clause, where a group is named (`Bestuur:`)
    group = label.rstrip(": ").strip()
    j, people = i + 1, []
    while j < len(lines) and lines[j][1].strip():
        line = lines[j][1]
        person = parse_participant(line, "present", allow_bare=True) if _bare_name(line) else None
        if person is None or person["name"] is None:
            return [], i
        people.append(person)
        j += 1
    return _in_group(people, group), j


def _distinct(people: list[dict[str, Any]], meeting_id: str) -> list[dict[str, Any]]:
    """Each person once: "Bosch" and "mevr. Roelie Bosch, wethouder Almere" in a second
    list are one person, as are "Rob Hoek" and "Rob Hoek (redactie)", "Elke Carette" and
    "Carette Elke" (a roll printing surnames first) or "Attila" and
    "Attila Bártfai" named again in a welcome; the partner of a couple printed as one item is
    a second."""
    out: list[dict] = []
    seen: dict[tuple, list[str]] = {}
    named: set[tuple[str, str]] = set()  # (full name or first name, status) met so far
    for person in people:
        person = dict(person)
        couple = person.pop("couple", False)  # `mevr. + dhr. Wolf`: two people, one name
        name = person["name"]
        key = (name.split()[-1].lower() if name else None, person["organisation"], person["status"])
        # `Woortman` in a sentence after `mevrouw A. Woortman` of `Gemeente Slochteren` in
        # the list: a mention without organisation is of anyone with that surname
        others = seen.get(key, []) + [
            other
            for (surname, _, status), names in seen.items()
            if person["organisation"] is None and (surname, status) == (key[0], key[2])
            for other in names
        ]
        if name and not couple and any(_same_person(name, other) for other in others):
            continue
        if name and not couple and _absent_again(out, person):
            continue
        if name and not couple and (_word_set(name), person["status"]) in named:
            _fill_in(out, person)
            continue
        # `Tinka heet iedereen welkom` above the list's `Tinka van Rood`: one person
        merged = bool(name) and not couple and _named_in_full(out, person)
        if not couple:  # a partner printed by surname alone is no match for a namesake
            seen.setdefault(key, []).append(name)
        if name and len(name.split()) >= 2:
            status = person["status"]
            named |= {(_word_set(name), status), (_folded(name.split()[0]), status)}
        if not merged:
            out.append({"meeting_id": meeting_id, **person})
    return out


def _absent_again(out: list[dict[str, Any]], again: dict[str, Any]) -> bool:
    """Whether a person named in full is one already read with the other of present and
    absent: a roll that names every member before its `Verontschuldigd:` line (`Inge
    Wagemans, Ingrid Mees en Michel Michielsen Leden` / `Verontschuldigd: De dames Inge
    Wagemans en Ingrid Mees`). One row, absent: the gold never writes one person twice in a
    meeting, and the absence is the narrower statement."""
    if len(again["name"].split()) < 2 or again["status"] not in _PRESENT_OR_ABSENT:
        return False
    for row in out:
        other = row["status"]
        same = _word_set(row["name"] or "") == _word_set(again["name"])
        if same and other in _PRESENT_OR_ABSENT and other != again["status"]:
            row["status"] = "absent"
            for field in ("role", "organisation"):
                row[field] = row[field] or again[field]
            return True
    return False


#: the two statuses a roll and its absence line give one person
_PRESENT_OR_ABSENT = ("present", "absent")


def _named_in_full(out: list[dict[str, Any]], again: dict[str, Any]) -> bool:
    """Whether a person named in full (`Tinka van Rood`) is one met before by their first
    name alone with that status (`Tinka heet iedereen welkom`, read before the list): that
    row then takes the full name and what this mention adds."""
    words = again["name"].split()
    if len(words) < 2:
        return False
    for row in out:
        alone = row["name"] and " " not in row["name"].strip()
        if alone and row["status"] == again["status"] and _folded(row["name"]) == _folded(words[0]):
            row["name"] = again["name"]
            for field in ("role", "organisation"):
                row[field] = row[field] or again[field]
            return True
    return False


def _folded(name: str) -> str:
    """A name in lower case without accents: `Jose` in a sentence is the `José` of the list."""
    return without_accents(name.lower())


def _word_set(name: str) -> str:
    """A folded name's words in any order: a Flemish roll's `Carette Elke` is the head's
    `Elke Carette` (surname first in the roll, as its list prints every name)."""
    return " ".join(sorted(_folded(name).split()))


def _fill_in(out: list[dict[str, Any]], again: dict[str, Any]) -> None:
    """A person named again with what the first mention left out (`Notulist: Robbe Devos`
    above a team's list that names him too): the role or organisation it adds."""
    for row in out:
        same = _word_set(row["name"] or "") == _word_set(again["name"])
        if same and row["status"] == again["status"]:
            for field in ("role", "organisation"):
                row[field] = row[field] or again[field]
            return


def _same_person(name: str, other: str) -> bool:
    """Two names with one surname name one person unless both print a first name or
    initial and those differ (`Koos Aartsen` and `Paula Aartsen` are a couple)."""

    def given(text: str) -> str:
        words = [w for w in text.split()[:-1] if not is_particle(w)]
        return words[0].lower() if words else ""

    first, other_first = given(name), given(other)
    if not (first and other_first):
        return True
    if "." in first or "." in other_first:  # `J.` and `Jaap`: an initial matches its name
        return first[:1] == other_first[:1]
    return first == other_first
