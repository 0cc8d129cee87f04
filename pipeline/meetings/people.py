"""One person as an attendance list prints them (`Wethouder Mevr. Kosterman, Wijk bij
Duurstede, voorzitter`, `5.1.2.e, beleidsadviseur, Utrecht`, `Jan Bos (VVD)`): the label that
opens a list (`status_label`), the roles, honorifics and titles before a name, the comma
parts after it (organisation, region, note), a redaction code or mark where the name was
(`parse_participant`), and whether a line is a person at all (`_participant_like`,
`_bare_name`) or OCR debris (`_is_noise`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from pipeline.dates import TIME_RE
from pipeline.documents import redaction_marks, strip_redaction_marks
from pipeline.grounds import BOX_MARK, find_ground_codes
from pipeline.meetings.names import (
    initials,
    is_initials,
    is_particle,
    particle_run,
    particles_alternation,
)
from pipeline.meetings.rules import _rules
from pipeline.nlp import longest_first

#: how many attended, in brackets between a label's word and its colon (`Aanwezig (7
#: personen): ...`, `Afwezig (2):`): the label is the word, the list follows the colon
_LABEL_HEADCOUNT_RE = re.compile(
    r"^(?P<word>[A-Za-z]{5,20})\s*\((?:ca\.\s*)?\d{1,4}(?:\s+[a-z]+)?\)(?=\s*:)"
)


#: a form's row of column headings in capitals whose last cell is a label alone (`AGENDA NR.
#: ONDERWERP AANWEZIG`, the row a converter read across the form's head)
_HEADING_ROW_RE = re.compile(r"^(?:[A-Z]{2,}\.?\s+){1,5}(?P<label>[A-Z]{5,})$")


def status_label(line: str) -> tuple[str, str] | None:
    """(status, rest of the line) for a participant-list label line (`• Aanwezig:` too)."""
    line = re.sub(r"^[•·▪*-]\s*", "", line.strip())
    line = _LABEL_HEADCOUNT_RE.sub(r"\g<word>", line, count=1)
    if (row := _HEADING_ROW_RE.match(line)) and (last := status_label(row["label"])):
        return last if not last[1] else None  # the last heading labels the list below
    for status, pattern in _rules()["status"]:
        m = pattern.match(line)
        if m is None:
            continue
        rest = (m.groupdict().get("rest") or "").strip()
        # `... de vertegenwoordigers van: Dorpshuis De Brink, ...`: the bodies, no one named
        bodies = rest and _rules()["bodies_label"].search(line[: m.start("rest")])
        return status, "" if bodies else rest
    return None


def _strip_prefixes(text: str) -> tuple[str | None, str, bool, bool]:
    """Leading role and honorifics off a name part: 'Wethouder Mevr. Kosterman' ->
    ('wethouder', 'Kosterman', chair=False, titled=True): chair says a chair role was among
    them, titled that an honorific (Dhr., Mevr.) stood before the name."""
    rules = _rules()
    role = None
    chair = False
    titled = False
    changed = True
    while changed and text:
        changed = False
        # `de gemeentesecretaris G.H. de Vries`: the article of a role (not of `de Vries`)
        article = _ARTICLE_RE.match(text)
        probe = text[article.end() :] if article and role is None else text
        m = rules["role_re"].match(probe)
        if m and _party_initials(m[0], probe[m.end() :]):
            m = None  # `VZ Westerkwartier`: a party's initials, not the chair's `vz`
        if m:
            found = m[1].lower()
            if found in rules["chair"]:
                chair = True
            elif role is None:
                role = found
            text = probe[m.end() :]
            changed = True
        m = rules["honorific_re"].match(text)
        # "Mevr. De Heer": once titled, "De Heer" is the name, not another honorific
        if m and not titled and text[m.end() :].strip():
            text = text[m.end() :]
            titled = True
            changed = True
        m = rules["academic_re"].match(text)
        if m:
            text, titled, changed = text[m.end() :], True, True
    return role, text.strip(" ,.;:"), chair, titled


def _party_initials(matched: str, after: str) -> bool:
    """A role's short form in capitals before a capitalised name (`VZ Westerkwartier`): the
    initials of a party or body that opens its name, not the role (`vz`, `VZ:`)."""
    word = matched.strip()
    short = word.isupper() and 2 <= len(word.rstrip(".")) <= 3
    return short and re.match(r"[A-Z][a-z]", after) is not None


#: the words a person's name holds at most, a run of initials one word (`P. J. van den
#: Bergh Lzn.`); more (up to the second count) where its tussenvoegsels part its surnames
#: (`H. A. de Vos tot Nederveen Cappel`, `Yves de Marnix de Sainte Aldegonde`)
_NAME_WORDS_MAX = 5
_PARTED_NAME_WORDS_MAX = 7
#: capitalised words in a row after a name's first tussenvoegsel: a surname of two words
#: at most (`Nederveen Cappel`); a third is the party or body after it (`van der Wal Groen
#: Links`)
_SURNAME_RUN_MAX = 2


def _name_words(words: list[str]) -> list[str]:
    """The words of a printed name, a run of initials (`P. J.`) one word, as `P.J.` is."""
    out: list[str] = []
    for w in words:
        if is_initials(w) and out and is_initials(out[-1]):
            out[-1] += w
        else:
            out.append(w)
    return out


def _name_word_count(words: list[str]) -> int:
    """How many words a name counts (`_name_words`)."""
    return len(_name_words(words))


def _too_long_for_a_name(words: list[str]) -> bool:
    """More words than one person's name holds: a sentence or a body's name."""
    words = _name_words(words)
    if len(words) <= _NAME_WORDS_MAX:
        return False
    first = next((k for k, w in enumerate(words) if k and is_particle(w)), None)
    if first is None or len(words) > _PARTED_NAME_WORDS_MAX:
        return True
    run = 0  # capitalised words since the last tussenvoegsel
    for w in words[first:]:
        run = 0 if is_particle(w) else run + 1
        if run > _SURNAME_RUN_MAX:
            return True
    return False


def _looks_like_name(text: str) -> bool:
    words = [w for w in text.split() if w not in {"-", "–", "—"}]  # `Vliet Vlieland - de Wit`
    if not words or _too_long_for_a_name(words) or any(ch.isdigit() for ch in text):
        return False
    # a name starts with a capital (or a tussenvoegsel: "van Eijk", "de Heer", "in 't Veld",
    # shortened as old minutes print it: "v. Swam")
    return words[0][:1].isupper() or is_particle(words[0])


def _name_shaped(text: str) -> bool:
    """Every word is a capitalised name word, an initial or a tussenvoegsel: `J. de Graaf`,
    `P. in 't Veld`; not `Datalek en klachtafhandeling SVOO` (an agenda item)."""
    # the dash of a double surname (`Mornout - van Orsouw`) is no word of it
    words = [w for w in re.sub(r"\([^)]*\)", " ", text).split() if w not in {"-", "–", "—"}]
    if not words or _too_long_for_a_name(words) or any(ch.isdigit() for ch in text):
        return False
    # `Maritta D hooge`: a transcript lost the apostrophe of `D'hooge`, the capital left alone
    return all(
        w[:1].isupper()
        or _ELIDED_PARTICLE_RE.match(w) is not None  # `Geoffroy d'Aspremont Lynden`
        or is_particle(w.strip(","))
        or is_particle(w.strip(".,"))
        or (k > 0 and re.fullmatch(r"[A-Z]", words[k - 1]) is not None)
        or _surname_after_capital_particles(words, k)
        for k, w in enumerate(words)
    )


def _surname_after_capital_particles(words: list[str], k: int) -> bool:
    """words[k] is a surname typed in lower case after the Flemish particles that open it
    with a capital (`Ine Van de kerkhove, waarnemend districtssecretaris`, the Antwerp
    e-besluit pages of web251): the last word, after a run of particles whose first is
    capitalised and that follows a capitalised word. A lower-case word after particles in
    lower case (`Afgevaardigde van de werkgroep`) stays no name."""
    if k != len(words) - 1 or not words[k].isalpha():
        return False
    j = k
    while j > 0 and is_particle(words[j - 1]):
        j -= 1
    return 0 < j < k and words[j][:1].isupper() and words[j - 1][:1].isupper()


#: a word in capitals as short as an acronym (`BCP De Klink`, `Leerlingenraad TIS`, `CDA`)
_ACRONYM_RE = re.compile(r"^[A-Z]{2,4}$")


#: a surname opening with an elided particle (`d'Aspremont`, `d’Hondt`)
_ELIDED_PARTICLE_RE = re.compile(r"d['’][A-Z]")


#: the article of a role or group (`de voorzitter`, `De leden:`)
_ARTICLE_RE = re.compile(r"(?i)^(?:de|het)\s+(?=\w)")


# a personal name that opens with its initials: `J. Jansen`, `J.W. van der Sluijs`
_INITIALS_RE = re.compile(rf"^{initials(4)}{particle_run()}[A-Z]")


# a table's columns in a text line (`J. Jansen     Gemeente Utrecht`)
_COLUMN_GAP_RE = re.compile(r"(?<=[^\s:])(?: {2,}|\t+)(?=\S)")  # `Voorzitter:   X`: a label


# OCR reads the initial I as `|` or `!`: `Mevr. |. de Vos`
_JUNK_INITIAL_RE = re.compile(r"(?<!\S)[|!](?=\.(?:\s|$))")


_LEADING_JUNK = " ,;:.‚'\"`_-–—|©»•·*"


def _leading_code(line: str) -> tuple[str, bool]:
    """The line without a redaction code that stands where the name was, at its start:
    `10.2 e , beleidsregisseur, Oudewater` -> (`, beleidsregisseur, Oudewater`, True). Any
    Woo or Wob ground in any OCR shape counts when a comma or a role follows it (so an
    agenda item `11.1 Sluiting` is not a code), and so does the mark of a scan's blanked box."""
    # `art. 10.2.e` is how some releases print the label
    text = re.sub(r"^(?:art(?:ikel)?\b\.?\s*)", "", line.lstrip(_LEADING_JUNK), flags=re.I)
    spans = [s for s in find_ground_codes(text) if s["ground"] is not None]
    spans += [s for s in redaction_marks(text) if s["raw"] == BOX_MARK]
    first = min(spans, key=lambda span: span["start"], default=None)
    if first is None or first["start"] != 0:
        return line, False
    rest = text[first["end"] :]
    separated = re.match(r"\s*[,;]|\s+[-–—]\s", rest)
    if separated or _rules()["role_re"].match(rest.lstrip(_LEADING_JUNK)):
        return rest, True
    return line, False


def _person_core(line: str) -> tuple[str, bool]:
    """(the line from where the person starts, whether a code stood in for the name): a
    note (`Bij punt 4:`), OCR debris and a redaction code in front of it removed."""
    text = _rules()["note"].sub(" ", _COLUMN_GAP_RE.sub(", ", line)).strip()
    text = text.lstrip(_LEADING_JUNK)
    text = re.sub(r"(?<=\))\.$", "", text)  # `Greet Bos (secretaris).`: a list's last line
    text, coded = _leading_code(text)
    return text.strip().lstrip(_LEADING_JUNK), coded


def _participant_parts(line: str) -> tuple[list[str], bool]:
    """The comma parts of a participant line (a note in parentheses last), and whether a
    redaction mark or code stood in it."""
    rules = _rules()
    core, coded = _person_core(line)
    clean, redacted = strip_redaction_marks(core)
    clean = rules["note"].sub(" ", clean)
    clean = _JUNK_INITIAL_RE.sub("I", clean)
    # OCR leaves a comma or low quote where the blacked-out name was
    clean = re.sub(r"\s+", " ", re.sub(r"\(\s*\)", " ", clean)).strip(" ,;.‚'\"`_-—")
    # `Teresa Van Grieken (Zonnemeisjes-Zonneknapen & voorzitter`: a note the cut left open
    clean = re.sub(r"\(([^()]+)$", r"(\1)", clean)
    # "Jansen (voorzitter)" / "Jansen (Utrecht)" / "Haasnoot (Logius)(vz)"
    notes = [m[1].strip() for m in re.finditer(r"\(([^)]*)\)", clean)]
    if notes:  # an unmatched bracket left over is a typo (`Glastra van Loon (HvB))`)
        clean = re.sub(r"\s+", " ", re.sub(r"\(([^)]*)\)|[()]", " ", clean)).strip()
    parts = [p.strip() for p in _split_parts(clean) if p.strip()]
    if (
        len(parts) == 2
        and rules["honorific_re"].match(parts[1])
        and not (rules["honorific_re"].match(parts[0]) or rules["role_re"].match(parts[0]))
    ):
        parts = parts[::-1]  # `Hillegom - Dhr Langeveld`: the place first, the person after it
    if coded and parts and _stands_for_name(parts[0]):
        parts = ["", *parts]  # `5.1.2.e – Veilig Thuis`: the code is the name, the rest is not
    if notes:
        # `5.1.2.e (Zeist)`: with the name blacked out, the note is all that describes them
        parts = (parts or [""]) + [p.strip() for n in notes for p in n.split(",") if p.strip()]
    return parts, redacted or coded


@cache
def _initialled_from_re() -> re.Pattern[str]:
    """`J. Pals van SBNS`, `R. van Doorn van IBA`, `J. Hoitinga van de Provincie Friesland`,
    `dhr. van Rees van de NGK`: after initials and a surname (with its particles), or after
    an honorific and a surname that a particle or the article after `van` marks as one (not
    `dhr. Paul van Beumer`), `van` says where the person comes from; the name is group
    `name`."""
    rules = _rules()
    particles = particles_alternation()
    titles = longest_first(map(re.escape, rules["honorific_words"]))
    initialled = rf"(?:\S+\s+)?{initials(4)}\s*{particle_run(any_case=True)}[A-Z][\w'-]+"
    titled = rf"(?i:{titles})\.?\s+(?:(?i:{particles})\s+)+[A-Z][\w'-]+"
    return re.compile(
        rf"^(?:(?P<name>{initialled}|{titled})\s+van\s+(?:de\s+|het\s+)?"
        rf"|(?P<titled>(?i:{titles})\.?\s+[A-Z][\w'-]+)\s+van\s+(?:de|het)\s+)(?=[A-Z])"
    )


def _split_parts(text: str) -> list[str]:
    """The comma parts of a participant line; a spaced dash or a column gap separates
    them too (`Jan Jansen – gemeente Utrecht`), unless a name goes on after a dash
    (`Mornout - van Orsouw`, a double surname)."""
    parts: list[str] = []
    # `Marijke Timmermans namens Reizigersoverleg Brabant`: whom they came for
    text = re.sub(r"(?:^|\s+)namens\s+", ", ", text, flags=re.IGNORECASE)
    text = _initialled_from_re().sub(lambda m: f"{m['name'] or m['titled']}, ", text)
    for part in text.split(","):
        pieces = _rules()["part_separator"].split(part)
        merged = [pieces[0]]
        for piece in pieces[1:]:
            if _continues_name(piece):
                merged[-1] += " - " + piece
            else:
                merged.append(piece)
        parts += merged
    return parts


def _continues_name(piece: str) -> bool:
    """A surname after a dash (`- van Orsouw`, `- Wowijs`): one capitalised word after
    its particles; no acronym (`GGD`), no organisation (`Veilig Thuis`, `gemeente Utrecht`)."""
    words = piece.split()
    return (
        0 < len(words) <= 3
        and _name_shaped(piece)
        and sum(w[:1].isupper() for w in words) == 1
        and not any(len(w) > 1 and w.isupper() for w in words)
        and not _rules()["organisation_prefix"].match(piece)
    )


def _stands_for_name(part: str) -> bool:
    """After a code that stood where the name was, a capitalised part that is no role or
    title is an organisation (`Veilig Thuis`), not the person's name."""
    rules = _rules()
    return (
        part[:1].isupper()
        and not rules["role_re"].match(part)
        and not rules["honorific_re"].match(part)
    )


class _Person(NamedTuple):
    name: str
    role: str | None
    organisation: str | None
    region: str | None
    chair: bool
    titled: bool


@cache
def _trailing_role_re() -> re.Pattern[str]:
    alternatives = longest_first(map(re.escape, _rules()["roles"]))
    return re.compile(rf"(?<=\S)\s+(?P<role>(?-i:{alternatives}))$")


def _read_parts(parts: list[str]) -> _Person:
    """Name, role, organisation and region from the comma parts of a participant line."""
    role, name, chair, titled = _strip_prefixes(parts[0])
    trailing = _trailing_role_re().search(name) if role is None else None
    if trailing:  # `Gerard Croiset penningmeester`: the function after the name
        name, role = name[: trailing.start()].strip(), trailing["role"].lower()
        chair = role in _rules()["chair"]
    organisation = None
    after_role = None  # `Voorzitter overleg`: what follows a role names its organisation only
    region = None  # when no part of its own does (`Jasper Roes (Kadaster) - Voorzitter overleg`)
    for part in parts[1:]:
        if _initials_code(part, name):
            continue  # `Tim Koelewijn (TK, vz)`: the minutes' short name for him
        if _rules()["region"].match(part):
            region = region or part
            continue
        if role is None and _joined_roles(part):
            role = part.lower()  # `(secretaris/penningmeester)`
            continue
        part_role, rest, part_chair, _ = _strip_prefixes(part)
        chair = chair or part_chair
        if part_role and role is None:
            role = part_role
        if rest and (part_role or part_chair) and after_role is None:
            after_role = rest
        elif rest and organisation is None:
            organisation = rest
    return _Person(name, role, organisation or after_role, region, chair, titled)


def _initials_code(part: str, name: str) -> bool:
    """Two or three capitals opening with the name's first letter, the others letters of the
    name in order (`TK` for Tim Koelewijn, `AD` for Aad Bergman as typed): how minutes refer
    to a person, not an organisation. A party's acronym is not one (`Visscher (VVD)`,
    `Van Harsselaar-Timmer (VVD)`: a roll of surnames, each with its party)."""
    if not (name and re.fullmatch(r"[A-Z]{2,3}", part) and part[0] == name[0]):
        return False
    letters = iter(name[1:].lower())
    return len(name.split()) >= 2 and all(c in letters for c in part[1:].lower())


def _joined_roles(part: str) -> bool:
    """Two or more roles joined by a slash (`secretaris/penningmeester`)."""
    pieces = [p.strip() for p in part.split("/")]
    role_re = _rules()["role_re"]
    return len(pieces) >= 2 and all(
        (m := role_re.match(p)) is not None and not p[m.end() :].strip() for p in pieces
    )


def _without_blacked_out_name(person: _Person, first_part: str, redacted: bool) -> _Person:
    """The person with the words that stand where a blacked-out name was moved to its
    organisation: after a role ("teammanager Samen Leven, Zeist 5.1.2.e", "projectleider
    Essentiële Functies, Utrecht"), or a place with its region ("Almere, regio Flevoland")."""
    name, role, organisation = person.name, person.role, person.organisation
    if redacted and name and role is None and not person.titled:
        # what stands where the name was: an organisation (`5.1.2.e, gemeente Utrecht`)
        # or, in lower case, a function the vocabulary may lack (`5.1.2.e, teamleider, X`)
        if _rules()["organisation_prefix"].match(name):
            return person._replace(name="", organisation=organisation or name)
        if name[:1].islower():
            return person._replace(name="", role=name.lower())
    # a role in lower case opens a description (`beleidsadviseur Samen Leven, Zeist`), not a
    # title before a name, unless initials open what follows (`wethouder J. Jansen`), it is a
    # label with its colon (`notulist: Tom Ros`) or a name is all the item holds after it
    # (`..., schepen Lies Van Damme, ...`)
    labelled = re.match(r"^[a-z][\w/-]*:\s", first_part) is not None and _name_shaped(name)
    described = (
        role is not None
        and first_part[:1].islower()
        and not _INITIALS_RE.match(name)
        and not labelled
        and not (organisation is None and person.region is None and _full_name(name))
    )
    nameless = redacted or described or not _looks_like_name(name)
    if name and role is not None and not person.titled and nameless:
        return person._replace(name="", organisation=organisation or name)
    placed = person.region and not (role or organisation or person.titled)
    if name and placed and _looks_like_name(name):
        return person._replace(name="", organisation=name)
    return person


def _full_name(text: str) -> bool:
    """A given name and a surname, with its tussenvoegsels (`Henk Huige`, `Lies Van Damme`):
    no acronym (`GGD Hart`), no body (`Gemeente Zeist`), no more words than a name has."""
    words = text.split()
    return (
        2 <= len(words) <= _PERSON_NAME_MAX_WORDS
        and _name_shaped(text)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and not _rules()["organisation_prefix"].match(text)
    )


#: the words of the longest full name (`Anne Marie van der Berg`)
_PERSON_NAME_MAX_WORDS = 5


#: a body where a name was expected: a group noun printed in lower case, or `Voltallig(e)`
_GROUP_NAME_RE = re.compile(
    r"\b(?:bestuur|raad|leden|commissie|werkgroep|zitting|vergadering)\b|^[Vv]oltallig"
)


#: running text where an organisation was expected: a sentence goes on after a full stop
_SENTENCE_RE = re.compile(r"[.!?]\s+[A-Z]|(?:\S+\s+){8}\S")


#: a note in brackets after a name (its functions, its organisation)
_NOTE_RE = re.compile(r"\s*\([^()]*\)")


def without_notes(text: str) -> str:
    """`text` without the notes in brackets after its names (`Jan Bos (VVD)`: `Jan Bos`)."""
    return _NOTE_RE.sub("", text)


#: a note that someone missed part of a meeting (`afwezig voor agendapunt 21`): they
#: attended it
_PARTLY_ABSENT_RE = re.compile(
    r"(?i)\bafwezig\s+(?:op|bij|tot|vanaf|na|tijdens|voor\s+(?:agenda)?punt)\b"
)


#: a number of people of a kind (`6 bestuursleden`, `1 bestuurslid`, `31 leden`)
_HEADCOUNT_RE = re.compile(r"^\d{1,4}\s+(?-i:[a-z])\w+")


def parse_participant(line: str, status: str, allow_bare: bool = False) -> dict[str, Any] | None:
    """One participant line -> {name, role, organisation, status, redacted, is_chair,
    region, unmarked}: `unmarked` says a nameless row is taken as redacted with no mark or
    code in its line (`extract_participants` weighs it against the roll's marks)."""
    status, line = _status_in_line(line, status)
    parts, redacted = _participant_parts(line)
    if not parts:
        return None
    unmarked = False
    person = _without_blacked_out_name(_read_parts(parts), parts[0], redacted)
    name, role, organisation = person.name, person.role, person.organisation
    if not redacted and any(_HEADCOUNT_RE.match(x) for x in parts) and not _looks_like_name(name):
        return None  # `6 bestuursleden`, `(31 leden)`: a number of people, no one named
    if name and _names_no_person(person, allow_bare):
        return None
    if not name:
        if role is None and organisation is None:
            return None
        if organisation and _SENTENCE_RE.search(organisation):
            return None  # `Avondvoorzitter Piet Bos heet allen welkom. Hij ...`: prose
        # a role and a place but no name: the name was blacked out, though no mark says so
        unmarked, redacted = not redacted, True
    if organisation:
        organisation = re.sub(r"^namens\s+", "", organisation, flags=re.IGNORECASE) or None
    return {
        "name": name or None,
        "role": role or ("voorzitter" if person.chair else None),
        "organisation": organisation,
        "status": status,
        "redacted": redacted,
        "is_chair": person.chair,
        "region": person.region,
        "unmarked": unmarked,
    }


def _status_in_line(line: str, status: str) -> tuple[str, str]:
    """(status, line without it) of a participant line that states its own status (`Kocks is
    niet aanwezig`, `Klaas Vaartjes (afgemeld)`); else the list's `status` and the line."""
    said_absent = _rules()["apologies_after_list"].search(line)  # `Kocks is niet aanwezig`
    # `..., Bos en Piet Mol hebben zich afgemeld`: a plural verb's subject is more than this
    # item, a clause the sentence step reads whole
    if said_absent and not said_by_several(said_absent):
        status, line = "absent", line[: said_absent.start()]
    own = re.search(r"\(([^)]*)\)\s*$", line)
    partly = own and _PARTLY_ABSENT_RE.search(own[1])  # `(VVD, afwezig op 19 december)`
    if own and not partly and (noted := status_label(own[1].strip() + ":")) and not noted[1]:
        status, line = noted[0], line[: own.start()]  # `Klaas Vaartjes (afgemeld)`
    return status, line


def _names_no_person(person: _Person, allow_bare: bool) -> bool:
    """The name `person` was read with is no one's: OCR debris, a body, a function, headings
    or a pronoun."""
    name, role, organisation = person.name, person.role, person.organisation
    if not _looks_like_name(name):
        return True
    if _rules()["organisation_prefix"].match(name):
        return True  # `Aanwezig: Gemeente Delfzijl, de heer ...`: a body's seat, not a person
    if (role or person.chair) and function_body(name):
        return True  # `Voorzitter Gemeenteraad`, `de voorzitter van het CvB`: a function alone
    if len(name.strip(". ")) == 1:
        return True  # `M,Croes`: OCR read an initial's full stop as a comma, the letter alone
    if all(w.lower() in _rules()["column_headings"] for w in name.split()):
        return True  # `Punt Onderwerp`: an action list's headings
    shouted = name.lower() if name.isupper() else ""  # `OPENBARE ZITTING`
    if any(_GROUP_NAME_RE.search(x) for x in (name, shouted)) or _GROUP_NAME_RE.match(name.lower()):
        return True  # `Het bestuur`, `Werkgroep Nederlandse Taxonomie`: a body, not a person
    if _counts_people(name) or name.lower() in _rules()["pronouns"]:
        return True  # `Zij kon niet aanwezig zijn`: a pronoun stands for a name
    if _names_members(name):
        return True  # `Raadsleden`, `Dames en heren`: members named by function or addressed
    # a lone word ("Zeist") is OCR debris, not a person
    return not (role or person.chair or organisation or person.titled or allow_bare)


def _names_members(name: str) -> bool:
    """Whether a name is the members of a body and no one: their function in the plural
    (`Raadsleden` closing the names that hold it, `..., Mieke Heirman, Raadsleden; Tom De
    Graeve, ...`, ocmw-zele web301), a count of them (`Aanwezig: Een vijftal bestuursleden en
    41 leden`, woelakkers web267) or the address to them all (`Dames en heren, goedenavond`,
    a chair's speech, diemen web251)."""
    rules = _rules()
    words = name.lower().split()
    while len(words) > 1 and (
        words[0] in rules["quantifiers"] or rules["member_count"].match(words[0])
    ):
        words = words[1:]  # `een vijftal`, `alle`
    rest = " ".join(words)
    addressed = rules["plural_honorific_re"].fullmatch(f"de {rest}")
    return rest in rules["group_roles"] or addressed is not None


def function_body(text: str) -> bool:
    """Whether what follows a function names the body it is held in, no one: a council
    (`Voorzitter Gemeenteraad`, `voorzitter van de gemeenteraad`) or the body's acronym
    (`Voorzitter OCMW`, `voorzitter van het CvB`), whose `van de` would pass for a
    surname's particles."""
    return bool(_rules()["function_body"].fullmatch(text.strip()))


#: the verbs of `apologies_after_list` whose subject is one person
_SINGULAR_VERBS = {"is", "was", "heeft", "zond", "stuurde"}


def said_by_several(said_absent: re.Match[str]) -> bool:
    """Whether an `apologies_after_list` match says it of several people (`A, B en C zonden
    bericht, dat zij verhinderd waren`): a sentence of its own, no item of a list."""
    return said_absent["verb"].split()[0].lower() not in _SINGULAR_VERBS


def _counts_people(name: str) -> bool:
    """`Niemand`, `Allen`, `Geen afmeldingen`, `Bestuur`: a word that counts people or names
    a body where a name was expected (a surname such as `de Raad` is kept)."""
    words = name.lower().split()
    if not words:  # the empty piece before a list's opening `alsmede` names no one
        return False
    return words[0] in _rules()["quantifiers"] or (
        len(words) == 1 and _GROUP_NAME_RE.search(words[0]) is not None
    )


def _is_noise(line: str) -> bool:
    """OCR debris between list lines ("ABA", "y", "5.1.2.e 5.1.2.e")."""
    letters = sum(ch.isalpha() for ch in strip_redaction_marks(line)[0])
    return letters <= _rules()["noise_max_letters"]


_DASHED_PORTFOLIO_RE = re.compile(r"^(?P<name>[^–-]+?)\s+[–-]\s+(?P<task>[a-z][a-z ]{2,40})$")


def _participant_like(line: str) -> bool:
    """The line is a person: a role or title in front, a redaction code where the name was,
    or a name followed by an organisation or role. Anything else (an agenda item whose number
    OCR dropped: `Welkom, agenda en verslag`) ends the list."""
    rules = _rules()
    if status_label(line):
        return False
    core, coded = _person_core(line)
    if coded:
        return any(ch.isalpha() for ch in core)
    if rules["list_end"].match(line) or rules["list_end"].match(core):
        return False
    if len(line) > 140 or TIME_RE.search(line):
        return False  # "Welkom, agenda en verslag 13.00-13.10": an agenda item, not a person
    if rules["role_re"].match(core) or rules["honorific_re"].match(core):
        return True
    labelled = rules["role_re"].match(_ARTICLE_RE.sub("", core))
    if labelled and ":" in labelled[0]:
        return True  # `De voorzitter: K. Smit`, not `De voorzitter opent de vergadering`
    bare, redacted = strip_redaction_marks(core)
    parts = [p.strip(_LEADING_JUNK) for p in _split_parts(bare) if p.strip(_LEADING_JUNK)]
    if redacted and parts and not bare.endswith("."):
        # `teammanager Samen Leven, Zeist 5.1.2.e`: a mark where a name or title was
        if any(rules["role_re"].match(p) for p in parts):
            return True
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts[1:]):
            return True
    if _bare_name(line):
        return True  # `Koen Metsu (voorzitter, burgemeester Edegem)`: a comma in its note
    if len(parts) == 2 and rules["honorific_re"].match(parts[1]):
        return True  # `Hillegom - Dhr Langeveld`
    if _initialled_then_role(bare):
        return True  # `C.J.A. van Dorst wethouder`: a list's row of name and role
    dashed = _DASHED_PORTFOLIO_RE.match(bare)
    if dashed and _name_shaped(dashed["name"]) and len(dashed["name"].split()) >= 2:
        return True  # `J. Wagenaar – algemene zaken`: a name and the task held
    if len(parts) >= 2 and all(len(p.split()) <= 7 for p in parts):
        return _name_shaped(parts[0]) and any(
            p[:1].isupper() or rules["role_re"].match(p) or rules["organisation_prefix"].match(p)
            for p in parts[1:]
        )
    return _bare_name(line)


def _initialled_then_role(text: str) -> bool:
    """An initialled name followed by its role without a comma (`C.J.A. van Dorst
    wethouder`, `J.C. Slagboom  gemeentesecretaris`): a row of a list of name and role."""
    trailing = _trailing_role_re().search(text.strip())
    name = text.strip()[: trailing.start()].strip() if trailing else ""
    return bool(name and _INITIALS_RE.match(name) and _name_shaped(name))


def _bare_name(line: str) -> bool:
    """The line is only a printed name of two to five name words, bulleted or not (`Jan
    Bakker`, `- J. de Graaf`): under an attendance label that is an attendee; one word
    (`Zeist`) is OCR debris, and an organisation (`Gemeente Utrecht`) is not a person."""
    core, coded = _person_core(line)
    bare, redacted = strip_redaction_marks(core)
    bare = bare.strip()
    unnoted = without_notes(bare)  # `Koen Metsu (voorzitter, burgemeester Edegem)`
    return (
        not (coded or redacted or "," in unnoted or bare.endswith("."))
        and len(bare.split()) >= 2
        and _name_shaped(bare)
        and not _rules()["organisation_prefix"].match(bare)
    )


def _mark_attendees(lines: list[str], status: str) -> list[dict[str, Any]]:
    """One redacted attendee per redaction mark, for a list printed as marks only."""
    marks = sum(len(redaction_marks(line)) for line in lines)
    return [{**_bare_person(None, status), "redacted": True} for _ in range(marks)]


def _bare_person(name: str | None, status: str) -> dict[str, Any]:
    """A person a list prints by name alone (`de heer Van Lingen`, `Hermans Ann`), or by a
    redaction mark (`name` None): every other field empty."""
    return {"name": name, "role": None, "organisation": None, "status": status,
            "redacted": False, "is_chair": False, "region": None}  # fmt: skip
