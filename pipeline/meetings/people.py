"""Meetings and their participants from minutes, agendas and decision lists.

The meeting header gives body, date, time and place: labelled (`Datum: 6 april 2022`,
`Tijd: 13.00 - 15.00 uur`, `Locatie: Stadhuis Amersfoort`) or packed into the title line
(`Conceptverslag BO/BP 16 december 13.00 - 14.30 uur` with `Via Microsoft Teams` below it).
Participants are the lines after `Aanwezig:` / `Deelnemers:` (present), `Genodigden:`
(invited) and `Afmelding:` / `Afwezig:` (absent), one per line
(`Wethouder Mevr. Kosterman, Wijk bij Duurstede, voorzitter`) or comma-separated after the
label. Rules are data in `patterns/meeting_rules.json`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import date, time
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc

from pipeline.dates import (
    DATE_RE,
    TIME_RANGE_RE,
    TIME_RE,
    bare_date,
    find_dates,
    gives_period,
    misprinted_year_date,
    parse_date,
    parse_time_range,
    repair_date_span,
    weekday_year_date,
    yearless_date_in,
)
from pipeline.docmodel import Line, as_doc, evidence_box, page_lines, side_by_side_rows
from pipeline.documents import (
    MARKDOWN_HEADING_RE,
    PAGE_LINE_CHARS,
    PIPE_ROW_RE,
    PIPE_RULE_RE,
    SittingSlot,
    academic_titles_re,
    context_year,
    headings_of_page,
    is_formal_decision,
    meeting_page_header,
    meeting_patterns,
    pipe_cells,
    presence_lists,
    sitting_slot,
    strip_redaction_marks,
    without_markdown,
)
from pipeline.grounds import find_ground_codes
from pipeline.nlp import compiled_regexes, load_patterns, longest_first, without_accents


@cache
def _rules() -> dict[str, Any]:
    """The compiled rules of `meeting_rules.json`, by what they read: a meeting's head
    (date, time, place, body), its people (names, roles, honorifics) and who attended;
    every `<name>_regex` of the file under its name."""
    raw = load_patterns("meeting_rules.json")
    return {
        **compiled_regexes(raw),
        **_head_rules(raw),
        **_people_rules(raw),
        **_attendance_rules(raw),
    }


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _head_rules(raw: dict[str, Any]) -> dict[str, Any]:
    """A meeting's head: its date and times, where it was held and which body met."""
    shared = meeting_patterns()  # what pipeline.documents reads too, compiled there
    return {
        "doc_types": set(raw["meeting_doc_types"]),
        "header_lines": raw["header_search_lines"],
        "held_on": shared["held_on"],
        "location_label": shared["location_label"],
        "place_max_words": raw["place_max_words"],
        "building_word": shared["building_word"],
        "place_word": _rx(raw["place_word_regex"] + "|" + raw["building_word_regex"]),
        "start_cue_reach": raw["start_cue_reach"],
        "bodies": [(b["body"], _rx(b["regex"])) for b in raw["bodies"]],
        "portal_name_max_words": raw["portal_name_max_words"],
        "body_line_max_words": raw["body_line_max_words"],
    }


def _people_rules(raw: dict[str, Any]) -> dict[str, Any]:
    """A person as printed: roles, honorifics and titles before a name, where a name list
    runs on or is cut, and the parts after a name (organisation, region, note)."""
    roles = sorted(raw["roles"] + raw["chair_roles"], key=len, reverse=True)
    honorifics = sorted(raw["honorifics"], key=len, reverse=True)
    honorific_alt = "|".join(re.escape(h) for h in honorifics)
    return {
        # `Voorzitter: de heer Jansen`: a role may print as a label with its colon
        # and as a plural heading over several people (`Wethouders:`)
        # `Oud-voorzitter Ton Luijten`: a former function is a role too, not the chair
        # `contactwethouder Roel de Jong`: a compound of a known role is that role too
        "role_re": _rx(_role_pattern(raw, roles)),
        "roles": {r.lower() for r in roles},
        "chair": {c.lower() for c in raw["chair_roles"]},
        "plural_honorific_re": _rx(r"^(" + "|".join(raw["plural_honorifics"]) + r")\b"),
        "list_lead_fillers": set(raw["list_lead_fillers"]),
        "honorific_re": _rx(rf"^({honorific_alt})(?=\s|$)\.?\s*"),
        "academic_re": academic_titles_re(),
        # `... gemeente Bergeijk Mevrouw R. van der Hamsvoord, gemeente Eersel`: a capital
        # honorific inside a line opens the next person of a table flattened to text
        "inline_honorific_re": re.compile(
            r"(?<=[\w).]\s)(?="
            + "|".join(re.escape(h[:1].upper() + h[1:]) for h in honorifics)
            + r")(?=\S+(?:\s+heer)?\s+[A-Z])"
        ),
        # `..., dhr. Bos (Tiel), mw. Kok`: an honorific after a list's comma or `en` opens a
        # person of its own
        "listed_honorific_re": _rx(rf"(?:,|\ben)\s+(?:{honorific_alt})(?=[\s.])"),
        # `dhr. Smit (Buren) mw. Kok (Tiel)`: a note closes one person, the comma forgotten;
        # a pattern's text, joined into a list's separators (`_label_line_items`), so matched
        # as cased in the list (a capital honorific is a capital word there already)
        "note_then_honorific": rf"(?<=\)) (?=(?:{honorific_alt})[\s.])",
        **_name_boundaries(raw["honorifics"]),
        "particles": {p.lower() for p in raw["name_particles"]},
        "honorific_words": {h.rstrip(".") for h in raw["honorifics"]} | set(raw["academic_titles"]),
        "noise_max_letters": raw["noise_line_max_letters"],
        "function_roles": raw["function_roles"],
        "function_labels_with_colon": set(raw["function_labels_with_colon"]),
        "function_labels_plural": set(raw["function_labels_plural"]),
        "group_roles": raw["group_roles"],
        "pronouns": set(raw["pronouns"]),
    }


def _attendance_rules(raw: dict[str, Any]) -> dict[str, Any]:
    """Who attended: the labels and columns of attendance lists, where a list ends, and the
    sentences that say who was there, away or came later."""
    return {
        "list_opening_lines": raw["list_opening_lines"],
        "status": [(r["status"], _rx(r["regex"])) for r in raw["status_labels"]],
        "list_end": meeting_patterns()["list_end"],
        "column_headings": {h.lower() for h in raw["column_headings"]},
        "column_heading_kinds": raw["column_heading_kinds"],
        "quantifiers": set(raw["quantifier_words"]),
        "nobody_marks": set(raw["nobody_marks"]),
        "inline_label_words": raw["inline_label_words"],
        "members_body": raw["members_body"],
        "sentence_leads": [
            (r["status"], r.get("role"), r.get("within", False), _rx(r["regex"]))
            for r in raw["sentence_leads"]
        ],
    }


def _role_pattern(raw: dict[str, Any], roles: list[str]) -> str:
    """A role opening a text: one of the vocabulary or a compound ending in one
    (`contactwethouder`), after a rank (`Eerste schepen`) or an organisation's short name
    (`OCMW-voorzitter`), joined to more by hyphens (`burgemeester-voorzitter`); a former or
    deputy office is a role of its own (`oud-voorzitter`, `vice-voorzitter`)."""
    one = (
        r"(?:(?-i:[A-Za-zà-ÿ][a-zà-ÿ]{2,}?)(?:"
        + "|".join(re.escape(h) for h in raw["compound_role_heads"])
        + r")|"
        + "|".join(re.escape(r) for r in roles)
        + r")"
    )
    ranks = "|".join([*(re.escape(r) for r in raw["role_ranks"]), raw["role_rank_regex"]])
    return (
        rf"^((?:oud-|ex-|vice-)?(?:(?:{ranks})\s+)?(?:(?-i:[A-Z]{{2,6}})-)?{one}(?:-{one})*)"
        r"(?:s|en)?\b\.?\s*:?\s*"
    )


def _name_boundaries(honorifics: list[str]) -> dict[str, re.Pattern[str]]:
    """Where a name list runs on or is cut, from the honorifics vocabulary: one with no
    abbreviated twin is written in full (`mevrouw`, `de heer`), one with its dot is short
    (`dhr.`, `drs.`); no name ends right after either, and a full one in lower case opens
    the next person of a group."""
    in_full = [h for h in honorifics if not h.endswith(".") and f"{h}." not in honorifics]
    short = [h[:-1] for h in honorifics if h.endswith(".")]
    alternatives = longest_first(map(re.escape, in_full))
    not_short = "".join(
        rf"(?<!\b{re.escape(form)})" for h in short if len(h) >= 3 for form in (h, h.capitalize())
    )
    # a period after a word of three letters or more ends a sentence (`... en Jan Bos.`),
    # unless the word is a short honorific or title (`drs.`, `Mevr.`); so does one after a
    # year (`... over het jaar 2020. Een speciaal welkom ...`); lookbehinds need one width each
    sentence_end = (
        rf"(?:(?<=[a-z]{{3}}|\b[A-Z][a-z]{{2}}){not_short}|(?<=\))|(?<=\b(?:19|20)\d\d))\.\.?\s+"
    )
    any_honorific = longest_first(map(re.escape, honorifics))
    return {
        "honorific_pair": re.compile(
            rf"^(?P<first>{any_honorific})\s*(?:\+|&|\ben\b)\s*(?P<second>{any_honorific})"
            r"\s+(?P<name>(?-i:[A-Z]).*)$",
            re.IGNORECASE,
        ),
        "next_titled": re.compile(rf"\s+(?=(?:{alternatives})\s)"),
        "cut_name": re.compile(
            rf"(?:\b(?:{'|'.join(map(re.escape, short))})\.|\b[A-Z]\.|\s(?:{alternatives}))$"
        ),
        "sentence_end": re.compile(sentence_end),
        # where the clause naming someone starts: after a sentence, a colon or a bullet
        "clause_start": re.compile(r"[:;*•]\s+|" + sentence_end),
    }


# ---------------------------------------------------------------------------------------------
# participants


#: how many attended, in brackets between a label's word and its colon (`Aanwezig (7
#: personen): ...`, `Afwezig (2):`): the label is the word, the list follows the colon
_LABEL_HEADCOUNT_RE = re.compile(
    r"^(?P<word>[A-Za-z]{5,20})\s*\((?:ca\.\s*)?\d{1,4}(?:\s+[a-z]+)?\)(?=\s*:)"
)


def status_label(line: str) -> tuple[str, str] | None:
    """(status, rest of the line) for a participant-list label line (`• Aanwezig:` too)."""
    line = re.sub(r"^[•·▪*-]\s*", "", line.strip())
    line = _LABEL_HEADCOUNT_RE.sub(r"\g<word>", line, count=1)
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


def _looks_like_name(text: str) -> bool:
    words = [w for w in text.split() if w not in {"-", "–", "—"}]  # `Vliet Vlieland - de Wit`
    if not words or len(words) > 5 or any(ch.isdigit() for ch in text):
        return False
    # a name starts with a capital (or a tussenvoegsel: "van Eijk", "de Heer")
    return words[0][:1].isupper() or words[0].lower() in {"van", "de", "den", "der", "ter", "te"}


def _name_shaped(text: str) -> bool:
    """Every word is a capitalised name word, an initial or a tussenvoegsel: `J. de Graaf`,
    `P. in 't Veld`; not `Datalek en klachtafhandeling SVOO` (an agenda item)."""
    # the dash of a double surname (`Mornout - van Orsouw`) is no word of it
    words = [w for w in re.sub(r"\([^)]*\)", " ", text).split() if w not in {"-", "–", "—"}]
    if not words or len(words) > 5 or any(ch.isdigit() for ch in text):
        return False
    particles = _rules()["particles"]
    # `Maritta D hooge`: a transcript lost the apostrophe of `D'hooge`, the capital left alone
    return all(
        w[:1].isupper()
        or w.lower().strip(",") in particles
        or w.lower().strip(".,") in particles
        or (k > 0 and re.fullmatch(r"[A-Z]", words[k - 1]) is not None)
        for k, w in enumerate(words)
    )


#: the article of a role or group (`de voorzitter`, `De leden:`)
_BULLET_MARK_RE = re.compile(r"^\s*[-•·▪*]\s*")


def _unbulleted(line: str) -> str:
    """The line without the bullet a list or a field in a list opens with (`- Begin : 17:18`)."""
    return _BULLET_MARK_RE.sub("", line).strip()


_ARTICLE_RE = re.compile(r"(?i)^(?:de|het)\s+(?=\w)")
#: `en` (or `alsmede`, `&`) between two people, not inside a note (`(gemeente en provincie)`)
_AND_RE = re.compile(r"\s+(?:en|alsmede|&)\s+(?![^(]*\))")
# a personal name that opens with its initials: `J. Jansen`, `J.W. van der Sluijs`
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.\s?){1,4}(?:[a-z]+\s+){0,3}[A-Z]")
# where a name printed with its initials starts, its initials with or without their periods
# (`M.J. ten Broeke`, `I Kleinrensink`)
_INITIALLED_NAME_RE = re.compile(
    r"(?:(?:[A-Z]\.\s?){1,4}|[A-Z]\s)(?:[a-z]+\s+){0,3}[A-Z][a-zà-ÿ]+(?:-[A-Za-z][a-zà-ÿ]+)*"
)
# a table's columns in a text line (`J. Jansen     Gemeente Utrecht`)
_COLUMN_GAP_RE = re.compile(r"(?<=[^\s:])(?: {2,}|\t+)(?=\S)")  # `Voorzitter:   X`: a label
# OCR reads the initial I as `|` or `!`: `Mevr. |. de Vos`
_JUNK_INITIAL_RE = re.compile(r"(?<!\S)[|!](?=\.(?:\s|$))")
_LEADING_JUNK = " ,;:.‚'\"`_-–—|©»•·*"


def _leading_code(line: str) -> tuple[str, bool]:
    """The line without a redaction code that stands where the name was, at its start:
    `10.2 e , beleidsregisseur, Oudewater` -> (`, beleidsregisseur, Oudewater`, True). Any
    Woo or Wob ground in any OCR shape counts when a comma or a role follows it (so an
    agenda item `11.1 Sluiting` is not a code)."""
    # `art. 10.2.e` is how some releases print the label
    text = re.sub(r"^(?:art(?:ikel)?\b\.?\s*)", "", line.lstrip(_LEADING_JUNK), flags=re.I)
    spans = find_ground_codes(text)
    if not spans or spans[0]["start"] != 0 or spans[0]["ground"] is None:
        return line, False
    rest = text[spans[0]["end"] :]
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
def particles_alternation() -> str:
    """The name particles as a regex alternation, the longest first (`ten` before `te`)."""
    return longest_first(map(re.escape, _rules()["particles"]))


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
    initialled = rf"(?:\S+\s+)?(?:[A-Z]\.\s?){{1,4}}\s*(?:(?i:{particles})\s+)*[A-Z][\w'-]+"
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
    """Two or three capitals opening with the name's first letter (`TK` for Tim Koelewijn,
    `AD` for Aad Bergman as typed): how minutes refer to a person, not an organisation."""
    return bool(name) and re.fullmatch(r"[A-Z]{2,3}", part) is not None and part[0] == name[0]


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


#: an item of a sentence's list naming a group, not a person (`de vertegenwoordigers van ...`)
_GROUP_ITEM_RE = re.compile(r"^(?:de|alle|onze)\s+\w+(?:ers|s|en)\b")
#: a note that someone missed part of a meeting: they attended it
_PARTLY_ABSENT_RE = re.compile(r"(?i)\bafwezig\s+(?:op|bij|tot|vanaf|na|tijdens)\b")


#: a number of people of a kind (`6 bestuursleden`, `1 bestuurslid`, `31 leden`)
_HEADCOUNT_RE = re.compile(r"^\d{1,4}\s+(?-i:[a-z])\w+")


def parse_participant(line: str, status: str, allow_bare: bool = False) -> dict[str, Any] | None:
    """One participant line -> {name, role, organisation, status, redacted, is_chair}."""
    said_absent = _rules()["apologies_after_list"].search(line)  # `Kocks is niet aanwezig`
    # `..., Bos en Piet Mol hebben zich afgemeld`: a plural verb's subject is more than this
    # item, a clause the sentence step reads whole
    if said_absent and said_absent["verb"].split()[0].lower() in {"is", "was", "heeft"}:
        status, line = "absent", line[: said_absent.start()]
    own = re.search(r"\(([^)]*)\)\s*$", line)
    partly = own and _PARTLY_ABSENT_RE.search(own[1])  # `(VVD, afwezig op 19 december)`
    if own and not partly and (noted := status_label(own[1].strip() + ":")) and not noted[1]:
        status, line = noted[0], line[: own.start()]  # `Klaas Vaartjes (afgemeld)`
    parts, redacted = _participant_parts(line)
    if not parts:
        return None
    person = _without_blacked_out_name(_read_parts(parts), parts[0], redacted)
    name, role, organisation = person.name, person.role, person.organisation
    if not redacted and any(_HEADCOUNT_RE.match(x) for x in parts) and not _looks_like_name(name):
        return None  # `6 bestuursleden`, `(31 leden)`: a number of people, no one named
    if name and not _looks_like_name(name):
        return None
    if name and _rules()["organisation_prefix"].match(name):
        return None  # `Aanwezig: Gemeente Delfzijl, de heer ...`: a body's seat, not a person
    if name and len(name.strip(". ")) == 1:
        return None  # `M,Croes`: OCR read an initial's full stop as a comma, the letter alone
    if name and all(w.lower() in _rules()["column_headings"] for w in name.split()):
        return None  # `Punt Onderwerp`: an action list's headings
    shouted = name.lower() if name and name.isupper() else ""  # `OPENBARE ZITTING`
    grouped = name and (_GROUP_NAME_RE.search(name) or _GROUP_NAME_RE.match(name.lower()))
    if grouped or _GROUP_NAME_RE.search(shouted):
        return None  # `Het bestuur`, `Werkgroep Nederlandse Taxonomie`: a body, not a person
    if name and (_counts_people(name) or name.lower() in _rules()["pronouns"]):
        return None  # `Zij kon niet aanwezig zijn`: a pronoun stands for a name
    if name and not (role or person.chair or organisation or person.titled or allow_bare):
        return None  # a lone word ("Zeist") is OCR debris, not a person
    if not name:
        if role is None and organisation is None:
            return None
        if organisation and _SENTENCE_RE.search(organisation):
            return None  # `Avondvoorzitter Piet Bos heet allen welkom. Hij ...`: prose
        redacted = True  # a role and a place but no name: the name was blacked out
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
    }


def _counts_people(name: str) -> bool:
    """`Niemand`, `Allen`, `Geen afmeldingen`, `Bestuur`: a word that counts people or names
    a body where a name was expected (a surname such as `de Raad` is kept)."""
    words = name.lower().split()
    return words[0] in _rules()["quantifiers"] or (
        len(words) == 1 and _GROUP_NAME_RE.search(words[0]) is not None
    )


#: Non-attendee lines OCR may put inside an attendance list before a nameless attendee.
MAX_SKIPPED_LINES = 2
#: Blank or debris lines in a row after which an attendance list has ended.
MAX_BLANK_RUN = 6


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
    dashed = _DASHED_PORTFOLIO_RE.match(bare)
    if dashed and _name_shaped(dashed["name"]) and len(dashed["name"].split()) >= 2:
        return True  # `J. Wagenaar – algemene zaken`: a name and the task held
    if len(parts) >= 2 and all(len(p.split()) <= 7 for p in parts):
        return _name_shaped(parts[0]) and any(
            p[:1].isupper() or rules["role_re"].match(p) or rules["organisation_prefix"].match(p)
            for p in parts[1:]
        )
    return _bare_name(line)


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
    formed = _label_line_forms(rest, status)
    return formed if formed is not None else _label_line_items(rest, status)


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


def _label_line_items(rest: str, status: str) -> list[dict[str, Any]]:
    """The people of a label line read as a list of items parted by commas or semicolons,
    or as sentences when the items are no list of people."""
    headings = _rules()["column_headings"]
    groups = rest.split(";")
    if len(groups) > 1 and any(len(_COMMA_RE.split(g)) > _PERSON_PARTS_MAX for g in groups):
        # `A (voorzitter), B, C (CDA); D (secretaris) en E`: more commas than one person's
        # parts, so the semicolons part groups of people, each a list of its own
        return [p for group in groups for p in _label_line_items(group, status)]
    # `Jan Smit, voorzitter; Piet Bos, secretaris`: where semicolons part the people, the
    # commas are inside each person
    # `Laura Slagter (secretaris) Saskia Lageveen`, `J. Bos (OSBO) R.J. Kok (SBO)`: a note
    # closes one person, a comma forgotten; the next name may be accented (`Bé`, `Hélène`)
    separator = (
        r";"
        if ";" in rest
        else r"[;]|,(?![^(]*\))|(?<=\)) (?=[A-Z][a-zß-ÿ]|[A-Z]\.)|"
        + _rules()["note_then_honorific"]
    )
    items = [
        re.sub(r"^\s*en\s+", "", x)  # `..., en Rianne ten Veen.`
        for x in re.split(separator, rest)
        if x.strip() and x.strip(" .:").lower() not in headings
    ]
    if not items:
        return []  # `Aanwezig   Organisatie`: the headings of an attendance table
    items = _notes_rejoined(items)
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
        if person:
            people.append({**person, "role": person["role"] or role, "couple": partner})
        elif not strip_redaction_marks(item)[0].strip(_LEADING_JUNK):
            people += _mark_attendees([item], status)  # an item that is only a code
    # `Er zijn twee afmeldingen: Toon Smit en Bert Bos zijn verhinderd.`: sentences after it
    return people or _sent_apologies(rest) + _led_sentences(rest)


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


def _role_label(text: str) -> bool:
    """Whether a label is a role: one of the vocabulary (`Voorzitter`, `Leden`) or a compound
    of them (`secretaris/directeur`, `adjunct-directeur`)."""
    text = text.strip().lower()
    if _rules()["role_re"].fullmatch(f"{text}:"):
        return True
    roles = _rules()["roles"]
    return all(part in roles for part in text.split("/")) or text.rsplit("-", 1)[-1] in roles


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
    groups = _sentence_groups(rest, status)
    if not groups or not all(people for people, _ in groups):
        return []
    if max(len(people) for people, _ in groups) < 2 and not any(n for _, n in groups):
        return []
    if ";" not in rest and not groups[0][1] and not _rules()["next_titled"].search(rest):
        return []  # a plain list of names: read item by item
    return [person for people, _ in groups for person in people]


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
        for piece in _SHARED_TRAILER_START_RE.split(titled)
        if piece.strip(" .")
    ]
    lead, pieces = _group_lead(_trailer_then_name(pieces))
    people: list[dict[str, Any]] = []
    run_start, trailers = 0, 0  # the first of the people printed since the last trailer
    for piece in pieces:
        role, organisation, plural = _shared_trailer(piece)
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
    if not end or ":" in piece[:end]:
        return None
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


def _words_outside_notes(item: str) -> int:
    """Words of a list item, its note in parentheses not counted (`M. Fransen (contactpersoon
    van de gemeente)` is two)."""
    return len(re.sub(r"\([^)]*\)", " ", item).split())


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
    for piece in pieces:
        person = parse_participant(piece, status, allow_bare=True)
        if not (person and person["name"] and _name_shaped(person["name"])):
            return [item]
    return _with_couple(pieces)


def _honorific_pair(item: str) -> list[str]:
    """`mevr. + dhr. Agricola`, `de heer en mevrouw Paul Wolf`: a couple, two honorifics
    sharing one surname, one item each; [item] for any other item."""
    m = _rules()["honorific_pair"].match(item.strip())
    if m is None:
        return [item]
    # `de heer en mevrouw Paul Beumer`: the first name is the first honorific's
    words = re.sub(r"\([^)]*\)", " ", m["name"]).split()
    particles = _rules()["particles"]
    start = next((k for k, w in enumerate(words) if w.lower() in particles), len(words) - 1)
    return [f"{m['first']} {m['name']}", f"{m['second']} {' '.join(words[start:])}"]


def _unglued(item: str) -> list[str]:
    """`Dick Schouten Anne Korf`, `Nils van Veen Micky Hoogervorst (Asafoetida)`: full names
    printed one after another without a separator, cut where a surname meets the next first
    name so that every name keeps a first name and a surname; [item] when no such cut exists
    (`Maria Theresia van Leeuwen`) or the item is no run of full names."""
    m = re.match(r"^(?P<names>[^()]*?)\s*(?P<note>\([^)]*\))?\s*$", item.strip())
    words = m["names"].split() if m else []
    particles = _rules()["particles"]
    if len(words) < 4 or any("." in w or not (w[:1].isupper() or w in particles) for w in words):
        return [item]
    capital = [w[:1].isupper() and w.lower() not in particles for w in words]
    cuts = [k for k in range(2, len(words) - 1) if capital[k - 1] and capital[k]]
    parts = _longest_partition(words, cuts)
    if parts is None:
        return [item]
    names = [" ".join(part) for part in parts]
    return [*names[:-1], f"{names[-1]} {m['note'] or ''}".strip()]  # type: ignore[index]


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
    if len(first.split()) != 1 or "." in first or len(words) < 2 or "." in words[0]:
        return [first, second]
    rules = _rules()
    if words[0].lower() in rules["particles"] or not _name_shaped(" ".join(words)):
        return [first, second]
    if any(rules[k].match(x) for k in ("role_re", "honorific_re") for x in (first, second)):
        return [first, second]
    return [f"{first} {' '.join(words[1:])}", second]


def _plural_role_lead(item: str) -> tuple[str | None, str]:
    """(role, rest) of a list's first item that opens with a plural role (`de wethouders A.
    Bargeman, K. Smid`, `de leden B. Okken, ...`, `onze beide gasten A en B`): the role of each
    name without its own."""
    m = re.match(
        r"^(?:de\s+|onze\s+)?(?:beide\s+|twee\s+|drie\s+|volgende\s+)?(?P<role>[A-Za-z][a-z]+)"
        r"(?:,?\s+te\s+weten)?\s*:?\s+(?=\S)",
        item.strip(),
    )
    if m is None:
        return None, item
    word = m["role"].lower()  # `Raadsleden Sofie Coppens en ...` opening a sentence
    role = _rules()["group_roles"].get(word) or _singular_role(word)
    return (role, item.strip()[m.end() :]) if role else (None, item)


def _own_plural_role(item: str) -> str:
    """A later item of a list opened by a plural role (`..., ereleden Ton de Meij en Ton
    Bremer`): each of its people in that role (`Ton de Meij (erelid) en Ton Bremer (erelid)`)."""
    role, rest = _plural_role_lead(item)
    if role is None:
        return item
    pieces = _AND_RE.split(rest.strip(" ."))
    return " en ".join(piece if "(" in piece else f"{piece} ({role})" for piece in pieces)


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
            if _nameless_item(line) or (skipped and not ended and _lists_people(line, status)):
                return i
            # an agenda item, or a dated heading opening the next part (`Zitting van 24 mei`)
            ended = ended or bool(_rules()["list_end"].match(line) or DATE_RE.search(line))
            skipped += 1
        i += 1
    return None


def _lists_people(line: str, status: str) -> bool:
    """The line is a person, or several people the list readers read."""
    return _participant_like(line) or len(_list_line_people(line, status, True) or []) >= 2


def _mark_attendees(lines: list[str], status: str) -> list[dict[str, Any]]:
    """One redacted attendee per redaction mark, for a list printed as marks only."""
    marks = sum(len(find_ground_codes(line, marks_only=True)) for line in lines)
    return [
        {"name": None, "role": None, "organisation": None, "status": status,
         "redacted": True, "is_chair": False, "region": None}
        for _ in range(marks)
    ]  # fmt: skip


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


def _each_of(person: dict[str, Any], line: str) -> list[dict[str, Any]]:
    """A list item under a plural role ("adviseurs KPMG 5.1.2.e") stands for several people
    whose names are not printed: one per redaction mark on the line, at least two."""
    singular = _singular_role(person["role"])
    if singular is None or person["name"]:
        return [person]
    count = max(2, len(find_ground_codes(line, marks_only=True)))
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
    if not (line and _is_noise(line) and find_ground_codes(line)):
        return []
    if not any(ch.isalpha() for ch in strip_redaction_marks(line)[0]):
        return []
    grouped = _group_people(line, status)
    if grouped:
        return grouped
    person = parse_participant(line, status)
    return [person] if person and person["organisation"] else []


def _group_people(line: str, status: str) -> list[dict[str, Any]]:
    """The people an organisation's label lists inside an attendance list (`DGB: J. Jansen,
    P. de Vries`, `Ministerie van BZK: 5.1.2.e, 5.1.2.e`), that organisation theirs; [] for
    any other line."""
    text = _unbulleted(line)
    m = re.match(r"^(?P<group>[^:,()]{2,60}?)\s*:\s*(?P<rest>\S.*)$", text)
    if m is None or status_label(line) or _rules()["list_end"].match(line):
        return []
    group, rules = m["group"], _rules()
    if any(c.isdigit() for c in group) or len(group.split()) > (5 if group[:1].isupper() else 8):
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


def _names_then_role(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a list line that names them first and their function after a colon
    (`Bert De Wit: Burgemeester;`, `A. Bos, K. Smit: raadsleden`), each in that function
    (a plural made singular); [] for any other line."""
    m = _NAMES_THEN_ROLE_RE.match(_unbulleted(line))
    if m is None or status_label(line):
        return []
    rules, word = _rules(), m["role"].strip().lower()
    role = rules["group_roles"].get(word)
    if role is None:
        held = rules["role_re"].match(word)
        if held is None or held.end() < len(word):
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


def _in_group(people: list[dict[str, Any]], group: str) -> list[dict[str, Any]]:
    """People listed under a group's label: a function group (`Leden:`) gives those without
    a role theirs, any other group (`DGB:`, `Bestuur:`) is their organisation."""
    role = _rules()["group_roles"].get(group.lower())
    if role is not None:  # `Leden: A. Bos, K. Smit`
        return [{**p, "role": p["role"] or role} for p in people]
    group = re.sub(r"^(?i:namens)\s+", "", group)  # `Namens Woonbron:`
    return [{**p, "organisation": p["organisation"] or group} for p in people]


def _name_list(line: str, status: str) -> list[dict[str, Any]]:
    """A line of three or more names and nothing else, comma-separated (`Beeker, Van
    Benthem, Schrama (vz), Wallinga-de Jonge`), or two after a plural honorific (`De heren
    ...`): one attendee each; [] for any other line."""
    if _rules()["sentence_end"].search(line):
        return []  # `..., Piet Kok. Afmeldingen van ...`: a list and the next sentence
    # `Berghmans Hugo; Cuypers Koen; De Laet Marina`: semicolons part the people
    separator = r";" if ";" in line and "," not in line else r",(?![^(]*\))"
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
    people = [parse_participant(piece, status, allow_bare=True) for piece in pieces]
    return [p for p in people if p]


_COLUMN_HONORIFIC_RE = re.compile(
    r"(?<=\S)\s+(?=(?:de heer|mevrouw|de heren|de dames)\s+[A-Z][a-z]{0,2}\.)"
)
_COLUMN_ROWS_MIN = 2
_COLUMN_TRAILER_MAX_WORDS = 2


@cache
def _column_row_re() -> re.Pattern[str]:
    """A row of a flattened honorific column: the honorific (one or two words), initials and
    a surname (group `name`), then what the row prints after it (group `trailer`)."""
    particles = particles_alternation()
    return re.compile(
        rf"^\S+(?:\s+\S+)?\s+(?P<name>(?:[A-Z][a-z]{{0,2}}\.\s?)+[A-Z]?\s*(?:(?:{particles})\s+)*"
        rf"[A-Z][\w'-]+(?:-(?:(?:{particles})\s+)*[A-Z][\w'-]+)*)(?:\s+(?P<trailer>.*))?$"
    )


def _honorific_column(line: str, status: str) -> list[dict[str, Any]]:
    """The people of a column flattened into one line without commas, each row an honorific
    in lower case, initials and a surname, then maybe a role or a party (`de heer A. Bos
    voorzitter mevrouw K. van Dijk griffier de heer P. Kok Perspectief 21`); [] for a line
    not so built or with fewer than two rows."""
    rows = _COLUMN_HONORIFIC_RE.split(line.strip())
    if "," in line or len(rows) < _COLUMN_ROWS_MIN:
        return []
    people = []
    for row in rows:
        m = _column_row_re().match(row)
        if m is None:
            return []  # a row that is no honorific and name: no such column
        trailer = (m["trailer"] or "").strip()
        role = _rules()["role_re"].match(trailer)
        party = len(trailer.split()) <= _COLUMN_TRAILER_MAX_WORDS and trailer[:1].isupper()
        people.append({
            **(parse_participant(m["name"], status, allow_bare=True) or {}),
            "name": m["name"],
            "role": role[1].lower() if role else None,
            "organisation": trailer if party and not role else None,
        })  # fmt: skip
    return people


def _only_titles(text: str) -> bool:
    """Whether `text` is roles and honorifics without a name (`Wethouder Mevr.`)."""
    rest = _strip_prefixes(text)[1]
    m = _rules()["honorific_re"].match(rest)
    return not rest or (m is not None and m.end() == len(rest))


def _group_label(line: str) -> bool:
    """A group's sub-heading inside an attendance list (`Leden UR:`, `College van
    Bestuur:`): a few words and a colon, nothing after it."""
    return line.rstrip().endswith(":") and len(line.split()) <= 4 and not status_label(line)


def _cell_pairs(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list[dict], int]:
    """A two-column table flattened one cell per line below its label: its headings (`Naam`
    over `Vertegenwoordiger van`, or a group's heading) and then a name's line and its
    organisation's or role's line in turn, up to a blank line; (people, next i), ([], i) for
    any other list. Names alone are no such table: some second cells must not be names."""
    j = _past_blank(lines, i)
    headings = 0
    while j < len(lines) and headings < 2 and _table_heading(lines[j][1]):
        j, headings = _past_blank(lines, j + 1), headings + 1
    cells, end = [], j
    while end < len(lines) and lines[end][1].strip() and not status_label(lines[end][1]):
        if _AGENDA_ITEM_RE.match(lines[end][1]):
            break
        cells.append(lines[end][1].strip())
        end += 1
    names, seconds = cells[0::2], cells[1::2]
    if len(seconds) < 3 or len(names) != len(seconds) or not all(map(_bare_name, names)):
        return [], i
    if any(_BULLET_RE.match(cell) for cell in cells):
        return [], i  # a bulleted list: each bullet one item, not a table flattened
    if sum(not _bare_name(x) or len(x.split()) > 4 for x in seconds) * 4 < len(seconds):
        return [], i  # a list of names one per line
    people = [
        _cell_person(name, second, status) for name, second in zip(names, seconds, strict=True)
    ]
    return [p for p in people if p], end


def _past_blank(lines: list[tuple[int, str]], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i


def _table_heading(line: str) -> bool:
    """A table's column heading (`Naam`, `Vertegenwoordiger van`) or the heading of the
    group it lists (`Leden ledenraad`): a few words, not a name."""
    text = line.strip(" :")
    if text.lower() in _rules()["column_headings"]:
        return True
    return 0 < len(text.split()) <= 3 and not _bare_name(text) and not _participant_like(text)


def _cell_person(name: str, second: str, status: str) -> dict[str, Any] | None:
    """The person of one row of a flattened two-column table, the second cell read as the
    rest of their line (`Directeur school OBS De Bongerd`, `Kerk (niet in kerngroep)`) up to
    a remark after a semicolon (`Dorpsbelangen; zal notulen maken`)."""
    person = parse_participant(name, status, allow_bare=True)
    second = second.split(";")[0].strip(" .")
    described = parse_participant(f"{name}, {second}", status, allow_bare=True)
    if person and described and described["name"] == person["name"]:
        return described
    return person and {**person, "organisation": person["organisation"] or second}


def _heading_row(line: str) -> tuple[str, list[str]] | None:
    """(status, what each column holds) for a label followed by its table's column headings
    instead of a colon (`Aanwezig namens Naam` -> ('present', ['organisation', 'name'])):
    two columns, one of them the names; the label heading a column of its own beside the
    names (`Aanwezig  Naam`, glued `AanwezigNaam`: the body each row's people sit for) is the
    first; None for any other line."""
    words = _GLUED_CELL_RE.sub(" ", line.strip()).split()
    kinds = _rules()["column_heading_kinds"]
    for k in (1, 2):
        labelled = status_label(" ".join(words[:k]) + ":")
        if labelled is None or labelled[1]:
            continue
        columns, rest = [], words[k:]
        while rest:
            heading = next((n for n in (3, 2, 1) if " ".join(rest[:n]).lower() in kinds), 0)
            if not heading:
                break
            columns.append(kinds[" ".join(rest[:heading]).lower()])
            rest = rest[heading:]
        if columns == ["name"]:
            columns = ["organisation", "name"]
        if not rest and len(columns) == 2 and columns.count("name") == 1:
            return labelled[0], columns
    return None


#: where a copied page glued two cells of a table row (`AanwezigNaam`, `SGPAndre Bos`,
#: `ChristenUnieBert Kok`, `PvdAHans`, `D66Herman`, `BelangR. Wit`): a capital opening a
#: word or an initial inside a word
_GLUED_CELL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z.])|(?<=[A-Z])(?=[A-Z][a-z])")


def _heading_rows(
    lines: list[tuple[int, str]], i: int, status: str, columns: list[str]
) -> tuple[list[dict], int]:
    """The people of a table below its heading row, one row per line up to a blank line or
    the next label, its two cells parted by a column gap or, printed without one
    (`SPM.J. ten Broeke`), where the name opens with its initials; (people, next i)."""
    people: list[dict[str, Any]] = []
    other = next(kind for kind in columns if kind != "name")
    while i < len(lines) and lines[i][1].strip() and not status_label(lines[i][1]):
        cells = _row_cells(lines[i][1].strip(), columns)
        for person in _cell_people(cells["name"], status) if cells else []:
            people.append({**person, other: person[other] or cells[other]})
        i += 1
    return people, i


def _cell_people(cell: str, status: str) -> list[dict[str, Any]]:
    """The people of a table's names cell: one name, or the list of a party's members
    (`Anne Bos, Piet de Vries en Els Dam`)."""
    if _COMMA_RE.search(cell) or ";" in cell or _AND_RE.search(cell):
        return _label_line_people(cell, status)
    person = parse_participant(cell, status, allow_bare=True)
    return [person] if person and person["name"] else []


def _row_cells(row: str, columns: list[str]) -> dict[str, str] | None:
    """{kind: cell} of one table row; None where the row cannot be parted."""
    cells = _COLUMN_GAP_RE.split(row)
    if len(cells) != 2:
        if columns[0] == "name":
            m = _INITIALLED_NAME_RE.match(row)
            cells = [row[: m.end()], row[m.end() :]] if m else []
        elif not (cells := _glued_cells(row)):
            m = next(
                (m for k in range(1, len(row)) if (m := _INITIALLED_NAME_RE.fullmatch(row, k))),
                None,
            )
            cells = [row[: m.start()], row[m.start() :]] if m else []
    cells = [cell.strip() for cell in cells]
    if len(cells) != 2 or not all(cells):
        return None
    return dict(zip(columns, cells, strict=True))


def _glued_cells(row: str) -> list[str]:
    """A row's two cells where the copy glued the names to the cell before them, at the last
    glue of the first glued word (`ChristenUnieBert Tijhof, Jan Kok` -> `ChristenUnie`,
    `Bert Tijhof, Jan Kok`); [] where no word is glued."""
    for word in re.finditer(r"\S+", row):
        cuts = list(_GLUED_CELL_RE.finditer(word.group()))
        if cuts:
            cut = word.start() + cuts[-1].start()
            return [row[:cut], row[cut:]]
    return []


#: a bulleted list item of one first name and perhaps a note (`• Jan`, `- Els (notulen)`)
_BULLETED_FIRST_NAME_RE = re.compile(
    r"^\s*[•·▪*-]\s*(?P<item>[A-Z][a-zà-ÿ]{2,}(?:\s*\([^)]*\))?)\s*$"
)


def _first_name_bullets(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list, int]:
    """A bulleted list of first names below its label (`• Jan`, `• Piet`), up to a blank
    line: the bullets say each is an item, so one word is a name and no OCR debris;
    (people, next i), ([], i) for any other list."""
    j, items = _past_blank(lines, i), []
    while j < len(lines) and (m := _BULLETED_FIRST_NAME_RE.match(lines[j][1])):
        items.append(m["item"])
        j += 1
    people = [parse_participant(item, status, allow_bare=True) for item in items]
    if len(items) < 2 or not all(people):
        return [], i
    return people, j


def _read_list(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list[dict], int]:
    """The attendees of one list starting at lines[i] (below its label); (people, next i)."""
    for table in (_cell_pairs, _first_name_bullets):
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
        if _header_field(line):
            break  # `Lokatie: La Vie Meeting Center`: the head's fields go on below the list
        if status != "present" and _function_field(line):
            break  # `Afwezig: /` over `Verslaggever: Owen`: who keeps the record was there
        if blank_run and people and _function_field(line) and ":" not in line:
            break  # a portal's `Secretaris` alone below the list: the officers' fields follow
        if _rules()["clause_label"].match(line):
            break  # `Volmachten zijn ontvangen van:`: the label of another list
        if _group_label(line) and not _rules()["list_end"].match(line):
            group = line.rstrip(": ").strip()
            i += 1
            continue
        found = _list_line_people(line, status, every_item_named=bool(people))
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


def _list_line_people(line: str, status: str, every_item_named: bool) -> list[dict] | None:
    """The people one line inside an attendance list names (a group, a list of names, one
    person); None when the line is no part of the list."""
    # `Burgemeester Jan Bos verlaat de vergadering vanaf punt 14.` below the list: attended
    line, status = _without_arrival(line, status)
    grouped = (
        _names_then_role(line, status)
        or _group_people(line, status)
        or _role_pairs(line, status)
        or _after_lead(line, status)
        or _plural_role_names(_unbulleted(line), status)
    )
    listed = (
        _name_list(line, status)
        or _label_list_below(line, status, every_item_named=every_item_named)
        or _glued_people(line, status)
        or (_pair_of_names(line, status) if every_item_named else [])
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


def _pair_of_names(line: str, status: str) -> list[dict[str, Any]]:
    """Two names joined by `en` on a line of a list that names people line by line (`Van
    Ast en Brinksma` under `College van Bestuur:`): both; [] for any other line (`Kaag en
    Braassem - Mevr Smit`: a place and its person, the second part more than a name)."""
    items = [x.strip() for x in _AND_RE.split(line) if x.strip()]
    people = [parse_participant(x, status, allow_bare=True) for x in items]
    if len(items) != 2 or not all(
        p and p["name"] == x and _name_shaped(x) for p, x in zip(people, items, strict=True)
    ):
        return []
    return people  # type: ignore[return-value]


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


def _function_holder(lines: list[tuple[int, str]], i: int) -> list[dict[str, Any]]:
    """The person a function label names outside an attendance list (`Voorzitter: J.
    Jansen`, or `Notulist` over `P. de Vries`), present in that role; [] otherwise."""
    rules = _rules()
    line = _unbulleted(lines[i][1])  # `- Notulist: Jan Bos`, a field
    m = rules["function_label"].match(line)
    if m is None or _under_composition(lines, i):
        return []
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
    if _MEETING_WORD_RE.search(name):
        return []  # `Verslag: Signalen Community Meetup`: a title, not a note-taker
    pieces = _joined_people(name, "present")  # `Voorzitter` over `T. Simons / B. Scholtze`
    if not all(
        first_name or _bare_name(x) or rules["honorific_re"].match(x.strip()) for x in pieces
    ):
        return []
    people = [parse_participant(x, "present", allow_bare=True) for x in pieces]
    if not all(person and person["name"] for person in people):
        return []
    return [{**p, "role": p["role"] or role, "is_chair": role == "voorzitter"} for p in people]


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


@cache
def _inline_head_break_re() -> re.Pattern[str]:
    """A label inside a line (`... Weijers Afwezig met kennisgeving: C. Schreuders`), a role
    typed in lower case before a spaced colon (`... VVD; voorzitter : de heer J. Schrijen
    secretaris/directeur : de heer ...`: not `Schrijen secretaris/directeur :`) or the first
    agenda item (`... Notulist: H. Mutsaerts 1. Opening`)."""
    roles = longest_first(map(re.escape, _rules()["roles"]))
    spaced_role = rf"(?:[\w-]*[/-])?(?:{roles})(?:[/-][\w-]+)?\s+:\s"
    # a label in capitals before another word in capitals heads an empty row (`AFWEZIG
    # OPGEMAAKT DOOR`): it is cut off by the next label, not opening a list of it
    capitals = [rf"{w.upper()}(?!\s+[A-Z]{{2}})" for w in _rules()["inline_label_words"]]
    words = "|".join([*_rules()["inline_label_words"], *capitals])
    return re.compile(
        rf"(?<=\S)\s+(?=[A-Z][\w/-]*(?!\s+{spaced_role})(?:\s+[a-z][\w/.-]*){{0,4}}\s*:\s"
        rf"|{spaced_role}|1\.?\s+[A-Z][a-z]|(?:{words})\s)"
    )


#: a line this long that holds an attendance label is a page's head flattened into one line
FLATTENED_LINE_MIN_CHARS = 200


def _unflattened(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a flattened head (`Aanwezig: De voorzitter: J. Vos De leden: A. Aa,
    P. Bos Afwezig met kennisgeving: C. Smit Notulist: H. Kok 1. Opening De voorzitter
    ...`, one line) cut into one line per label, from the first attendance label up to the
    first agenda item."""
    out: list[tuple[int, str]] = []
    for page_no, line in lines:
        flattened = len(line) >= FLATTENED_LINE_MIN_CHARS
        line = _labels_beside_values(line) if flattened else line
        pieces = _inline_head_break_re().split(line) if flattened else []
        first = next((k for k, x in enumerate(pieces) if status_label(x)), None)
        if first is None:
            out += [(page_no, x) for x in _label_after_sentence(line)]
            continue
        pieces = [y for x in pieces for y in _cut_at_opening(x)]
        end = next(
            (k for k, x in enumerate(pieces[first:], first) if x[:1].isdigit() or _opens(x)),
            len(pieces),
        )
        head, rest = " ".join(pieces[:first]), " ".join(pieces[end:])
        labelled = _stacked_labels(_label_run_rows([_label_rejoined(x) for x in pieces[first:end]]))
        labelled = _run_under_first_label(labelled)
        out += [(page_no, x) for x in (head, *labelled, rest) if x]
    return out


#: the subject of the chair's opening sentence where a flattened list runs on into it, its
#: full stop lost with the line break (`..., gemeentesecretaris De burgemeester-voorzitter
#: opent de vergadering`, `..., raadslid Jannie Koster opent om 20 uur de zitting`): the role
#: with its article or the name in capitals right before the verb
_OPENING_SUBJECT_RE = re.compile(
    r"(?<=[a-z,;])\s+(?=(?:(?:De|Het)\s+[\w-]+|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    r"\s+(?:her)?opent\b)"
)


def _opens(piece: str) -> bool:
    """A piece of a flattened line that is the chair's opening sentence: the body's start."""
    return _OPENING_SUBJECT_RE.match(f"x {piece}") is not None and bool(
        _rules()["opens_meeting"].search(piece)
    )


def _cut_at_opening(piece: str) -> list[str]:
    """A piece of a flattened line cut where the chair's opening sentence begins (the list
    before it, the body from it), or the piece whole."""
    m = _OPENING_SUBJECT_RE.search(piece)
    if m is None or not _rules()["opens_meeting"].search(piece, m.end()):
        return [piece]
    return [piece[: m.start()], piece[m.end() :]]


#: a column of labels flattened before the column of their values, each value opened by
#: the colon that stood beside its label (`Afwezig Voorzitter Griffier : A en B : C : D`)
_LABEL_COLUMN_RE = re.compile(r"(?<!\S)(?P<words>(?:[A-Z][a-z]+\s+){1,7}[A-Z][a-z]+)\s+:\s")


def _labels_beside_values(line: str) -> str:
    """The line with a flattened label column (`Afwezig Voorzitter Griffier : de heer A. Bos
    : de heer K. Dijk : mevrouw P. Kok`) written as its rows, each label before its value
    (`Afwezig: de heer A. Bos Voorzitter: de heer K. Dijk Griffier: mevrouw P. Kok`)."""
    for m in _LABEL_COLUMN_RE.finditer(line):
        words = m["words"].split()
        k = next((k for k in range(len(words)) if all(map(_column_label, words[k:]))), None)
        labels = words[k:] if k is not None else []
        values = re.split(r"\s+:\s+", line[m.end() :], maxsplit=len(labels) - 1)
        if len(labels) >= 2 and len(values) == len(labels):
            head = line[: m.start("words")] + " ".join(words[:k])
            rows = " ".join(
                f"{label}: {value}" for label, value in zip(labels, values, strict=True)
            )
            return f"{head} {rows}".strip()
    return line


def _column_label(word: str) -> bool:
    """An attendance label or a meeting's function as one word of a label column."""
    return bool(status_label(f"{word}:") or _rules()["function_label"].fullmatch(word))


_CUT_LABEL_RE = re.compile(
    r"^(?P<head>[A-Z][a-z]+\s+[a-z]+)\s+(?P<row>[A-Z].{2,80}?)\s+(?P<tail>[a-z]+)\s+(?=[A-Z])"
)


_BARE_LABEL_RE = re.compile(r"^[A-Z][\w/-]*(?:\s+[a-z][\w/-]*){0,3}\s*:$")


def _label_run_rows(pieces: list[str]) -> list[str]:
    """A flattened head's run of labels with colons printed before their values (`Voorzitter:
    Wethouders: Griffier: Mevrouw A. Bos Mevrouw K. Dijk, de heer P. Kok Mevrouw L. Smit`),
    each row opened by a capital honorific: each label before its row, where the rows are
    as many as the labels; the pieces as they are otherwise."""
    out = list(pieces)
    for k in range(len(out)):
        n = next((j for j in range(k, len(out)) if not _BARE_LABEL_RE.match(out[j])), len(out))
        if n - k < 2 or n == len(out) or ":" not in out[n]:
            continue
        label, values = out[n].split(":", 1)
        rows = _rules()["inline_honorific_re"].split(values.strip())
        if len(rows) == n - k + 1:
            labels = [*out[k:n], f"{label}:"]
            out[k : n + 1] = [f"{a} {b}" for a, b in zip(labels, rows, strict=True)]
            return out
    return out


def _label_rejoined(piece: str) -> str:
    """A flattened head's piece whose label ran over two lines of its column, the list's
    first row printed between them (`Afwezig met Harry Bos (Apollo) kennisgeving Marion
    Kok (Witte Vrouwen)`): the label whole before its rows; any other piece as it is."""
    m = _CUT_LABEL_RE.match(piece)
    if m is None or status_label(piece):
        return piece
    joined = f"{m['head']} {m['tail']} {m['row']} {piece[m.end() :]}"
    return joined if status_label(joined) else piece


def _stacked_labels(pieces: list[str]) -> list[str]:
    """A label column flattened before its values (`Aanwezig: Afwezig: A. Bos, voorzitter;
    ..., griffier. de heer K. Dijk, dijkgraaf.`): the first sentence after the labels is the
    first label's list, the next the second's."""
    out = list(pieces)
    for k in range(len(out) - 1):
        bare, stacked = status_label(out[k]), status_label(out[k + 1])
        if not (bare and stacked and not bare[1] and stacked[1]):
            continue
        sentences = _rules()["sentence_end"].split(stacked[1], maxsplit=2)
        if len(sentences) >= 2:
            label = out[k + 1][: len(out[k + 1]) - len(stacked[1])]
            out[k : k + 2] = [f"{out[k]} {sentences[0]}", f"{label}{sentences[1]}", *sentences[2:]]
            break  # the text after the second list is no label's
    return out


def _run_under_first_label(pieces: list[str]) -> list[str]:
    """A flattened head's column of bare labels whose values the other readers could not part
    into rows (`Aanwezig: Afwezig: Notulist: Directie: Carola, Vanessa, Jessy ...`): the
    values under the first label, an attendance label, whose list comes first and is the
    longest; each later label's one or two names stand at its end, where a list read as
    items leaves them. The pieces as they are otherwise."""
    for k in range(len(pieces) - 2):
        n = next((j for j in range(k, len(pieces)) if not _BARE_LABEL_RE.match(pieces[j])), None)
        if n is None or n - k < 2 or not status_label(pieces[k]):
            continue
        label, _, values = pieces[n].partition(":")
        if status_label(f"{label}:") or not values.strip():
            return pieces  # the last label reads its own list (`Aanwezig: Afwezig: A, B`)
        return [*pieces[:k], f"{pieces[k]} {values.strip()}", *pieces[n + 1 :]]
    return pieces


def _label_after_sentence(line: str) -> list[str]:
    """`Vergadering 30 maart 2021. Aanwezig: Mart, Henk.`: a line cut where an attendance
    label with its colon opens a sentence or follows the year of the title's date
    (`... vergadering van 8 november 2005 Aanwezig : Mart, Henk.`), or is set in capitals,
    which no name or function is (`Stefan Goclon, Algemeen directeur VERONTSCHULDIGD: Jos
    Drykoningen`: two columns flattened onto one line); [line] for any other line."""
    cuts = r"(?:(?<=[.!?])|(?<=\b(?:19|20)\d\d))\s+(?=[A-Z])|\s+(?=[A-Z]{4,}\b)"
    for m in re.finditer(cuts, line):
        rest = line[m.end() :]
        if ":" in rest[:60] and status_label(rest):
            return [line[: m.start()], rest]
    return [line]


def _rejoined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a comma list cut inside a name joined to the line going on with it,
    across one blank line where the cut is one no name ends with (`dhr. J.` / `Lodders
    (Almere), ...`)."""
    out = list(lines)
    k = 0
    while k < len(out) - 1:
        line = out[k][1].rstrip()
        after_blank = out[k + 2][1] if k + 2 < len(out) else ""
        nxt = k + 1 + (not out[k + 1][1].strip() and _cut_open(line, after_blank))
        if nxt < len(out) and "," in line and _goes_on(line, out[nxt][1].strip()):
            out[k : nxt + 1] = [(out[k][0], f"{line} {out[nxt][1].strip()}")]
            continue
        k += 1
    return out


#: a list line left open at its end: a conjunction or a comma before the next name
_OPEN_END_RE = re.compile(r"(?:\s(?:&|en)|,)$")
#: a name's own line going on where the line above was cut: its last word and a note on it
#: (`Jacobs (KLJ-jongens), ...`, `(Pluswerking), ...`)
#: the surname a cut line left for the next one, then the list goes on
_SURNAME_GOES_ON_RE = re.compile(r"^(?-i:[A-Z])[\w'’-]+\s*(?:,|\(|\.?$)")
_NAME_GOES_ON_RE = re.compile(r"^(?:(?-i:[A-Z])[\w'’-]+\s*)?\([^()]{2,60}\)\s*[,.]?(?:\s|$)")


def _cut_open(line: str, following: str) -> bool:
    """Whether a list line breaks where a name or the list goes on, so that the blank line
    under it (double-spaced text) does not end the list: after a cut name (`dhr. J.`), or
    after an open end (`..., Stephanie Vandersmissen &`, `..., Bart` over `Jacobs (KLJ),
    ...`) when the line past the blank goes on with a name's note or a list of its own (a
    heading there ends the list: `..., Ivar Wennekes (ICTU),` over `Opening & Mededelingen`)."""
    if _rules()["cut_name"].search(line) or _role_goes_on(line, following):
        return True
    open_end = _OPEN_END_RE.search(line) or (
        line.count(",") >= 2 and re.search(r"\s(?-i:[A-Z])[\w'’-]+$", line)
    )
    return bool(open_end and ("," in following or _NAME_GOES_ON_RE.match(following.strip())))


def _role_goes_on(line: str, following: str) -> bool:
    """A line that opens in lower case on a function closed by the list's separator, the
    word the line above ends in opening that function (`..., de heer Bart Stals, derde`
    over `schepen; de heer Maurits Vande Reyde, ...`): an item cut inside its function."""
    following = following.strip()
    m = _rules()["role_re"].match(following)
    if not (m and following[:1].islower() and following[m.end() :].lstrip()[:1] in (";", ",")):
        return False
    last = line.split()[-1] if line.split() else ""
    whole = _rules()["role_re"].match(f"{last} {m.group(0)}")
    return bool(whole and whole.end() == len(last) + 1 + m.end())


def _cut_after_first_name(line: str) -> bool:
    """A list of full names whose line ends in one name word (`Luc Van Walle, Marie-Louise
    Van Brempt, Annie` over `Meyvaert, Ivo Cant, ...`): cut inside a name. A list of
    surnames only (`Bos, Kok, Smit`) ends whole."""
    items = [x.strip() for x in without_notes(line).split(",")]
    if len(items) < 3 or not re.fullmatch(r"(?-i:[A-Z])[\w'’-]+", items[-1]):
        return False
    return sum(len(x.split()) >= 2 for x in items[:-1]) * 2 > len(items) - 1


#: a name printed surname first, its initials after it (`Van den Broeck A.`, `Van Eynde M-L.`)
_SURNAME_FIRST_RE = re.compile(
    r"(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?-i:[A-Z])(?:[.-]?(?-i:[A-Z]))*\.", re.IGNORECASE
)


def _initials_close_names(line: str) -> bool:
    """A list of names printed surname first (`Bosselaers J., Dirkx G., Jespers I.`): its last
    item ends whole in its initial, not cut before a surname (`dhr. J.`)."""
    items = [x.strip() for x in without_notes(line).split(",")]
    return len(items) >= 2 and all(_SURNAME_FIRST_RE.fullmatch(x) for x in items[-2:])


def _goes_on(line: str, following: str) -> bool:
    """Whether `following` carries on the comma list `line` was cut in the middle of a name."""
    if not following or status_label(following) or _AGENDA_ITEM_RE.match(following):
        return False
    if _GROUP_LEAD_RE.match(following):
        return False  # `JUSO: ...`: the next group's list
    if _role_goes_on(line, following):
        return True
    particles = _rules()["particles"]
    # `van der Horst, ...`, not `de heer K. Bos, ...`
    goes_on_particle = following.split()[0] in particles and not _rules()["honorific_re"].match(
        following
    )
    cut = _rules()["cut_name"].search(line) and not _initials_close_names(line)
    if cut or _OPEN_END_RE.search(line):
        return following[:1].isupper() or goes_on_particle
    if _cut_after_first_name(line) and _SURNAME_GOES_ON_RE.match(following):
        return True  # `..., Bart` over `Jacobs (KLJ-jongens), ...` or `Meyvaert, Ivo Cant`
    if line.count(",") >= 2 and _NAME_GOES_ON_RE.match(following):
        return True  # `..., Elke Raeymaekers` over `(Pluswerking), ...`
    # `..., Anneke de` over `Vries, ...`, `..., Adriaan` over `van der Horst, ...`
    cut_at_particle = line.split()[-1].lower() in particles or goes_on_particle
    return line.count(",") >= 2 and cut_at_particle and "," in following


#: the widest a printed page's line is in characters (A4 portrait, small type): a document
#: whose long lines are no longer than this was wrapped at a page's width (a PDF's text
#: layer, its OCR), where a text keeps each paragraph on one line
PAGE_WIDTH_MAX_CHARS = 160
#: ... and no narrower than a column of a two-column page: shorter lines are a table's rows
#: or a list's items, each whole on its line
PAGE_WIDTH_MIN_CHARS = 50
#: a wrapped line that is not its paragraph's last fills at least this share of the width
#: (proportional type puts fewer or more characters on a full line)
WRAPPED_LINE_FILL = 0.75
#: ... and the first word of the next line would not have fitted on it: the line with that
#: word is at least this share of the width (a line that had room for it ended a paragraph)
WRAPPED_WORD_FIT = 0.95
#: lines of at least this many characters count towards the width of a page's text
_WIDTH_LINE_MIN_CHARS = 20
#: the share of a page's lines that stand wider than its width: a wrapped text has none, a
#: text with a paragraph per line has many (a few headings or table rows may stand wider)
_WIDER_SHARE_MAX = 0.05
#: a page wrapped at its width has prose whose lines run full (this share of the width) at
#: least this often; a short list with an item per line has not (`Wethouder Mevr. Kos,
#: Zeist, voorzitter` / `teammanager, Utrecht, regio Stad`: two items, not one wrapped)
_FULL_LINE_SHARE = 0.9
_FULL_LINES_MIN = 5


def _page_width(lines: list[tuple[int, str]]) -> int | None:
    """The width the lines were wrapped at, in characters (the 90th percentile of the long
    lines' lengths, which no more than a few lines exceed by much, and several prose lines
    fill); None for lines not wrapped at a page's width (a text with a paragraph per line,
    a short list)."""
    lengths = sorted(len(x.strip()) for _, x in lines if len(x.strip()) >= _WIDTH_LINE_MIN_CHARS)
    if len(lengths) < 3:
        return None
    width = lengths[(len(lengths) - 1) * 9 // 10]
    wider = sum(n > width * 1.2 for n in lengths)
    full = sum(n >= width * _FULL_LINE_SHARE for n in lengths)
    wrapped = full >= _FULL_LINES_MIN and wider <= len(lengths) * _WIDER_SHARE_MAX
    return width if wrapped and PAGE_WIDTH_MIN_CHARS <= width <= PAGE_WIDTH_MAX_CHARS else None


def _wraps_into(line: str, following: str, width: int) -> bool:
    """`line` fills the page's width and `following` goes on with its paragraph: it opens no
    list of its own (an attendance label, a group's lead, an agenda item, a bullet)."""
    following = following.strip()
    # greedy wrapping moves a word to the next line only when it does not fit on this one
    next_word = following.split()[0] if following else ""
    return bool(
        len(line.strip()) >= width * WRAPPED_LINE_FILL
        and not _COLUMN_GAP_RE.search(line.strip())  # a table's row, cells set apart
        and len(line.strip()) + 1 + len(next_word) >= width * WRAPPED_WORD_FIT
        and not _opens_with_label(following)
        and not _LEAD_GROUP_RE.match(following)  # `Namens het bevoegd gezag: Inge Bos`
        and not _AGENDA_ITEM_RE.match(following)
        and not _BULLET_MARK_RE.match(following)
    )


#: an attendance label that opens a line is a few words (`Met bericht van verhindering:`);
#: one after a sentence or a list's item (`... griffier. Afwezig: ...`, `Asperen, Fonda Sahla
#: Afwezig: ...`) stands inside a wrapped paragraph
_OPENING_LABEL_MAX_WORDS = 6


def _opens_with_label(line: str) -> bool:
    """The line opens with an attendance label (`Afwezig: ...`), not one further on."""
    label, colon, _ = line.partition(":")
    opens = len(label.split()) <= _OPENING_LABEL_MAX_WORDS and not re.search(r"\. |,", label)
    return bool(colon) and opens and status_label(f"{label}:") is not None


def _wrapped_paragraphs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each paragraph wrapped at the page's width (a PDF's text layer, OCR)
    joined into one line again (`Aanwezig: A, voorzitter; B,` / `C en D, schepenen; E,
    ...`), as a text prints it: the list readers read a list whole, not the names of its
    first line, and a sentence naming who attended is one line again. A paragraph ends at
    a line that does not fill the width, or where a list, an agenda item or a bullet opens."""
    width = _page_width(lines)
    if width is None:
        return lines
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        end = k
        while end + 1 < len(lines) and _wraps_into(lines[end][1], lines[end + 1][1], width):
            end += 1
        run = lines[k : end + 1]
        if len(run) > 1:
            out.append((run[0][0], " ".join(x.strip() for _, x in run)))
        else:
            out += run
        k = end + 1
    return out


_GROUP_LEAD_RE = re.compile(r"^[^:,()]{2,40}:\s")
#: a list cut off by an ellipsis, as a page's preview or teaser prints it, or where the
#: preview's text stops in the middle of a name (`..., K.W.C. Breunissen, C`)
_PREVIEW_CUT_RE = re.compile(r",[^,]*(?:\.\.\.|…)\s*$|,\s*[A-Z]\s*$")
#: the border a table flattened one cell per line leaves after each cell (`Jan Bos |`)
_CELL_END_RE = re.compile(r"\s*\|\s*$")


#: initials whose full stops OCR read as commas, low quotes or guillemets (`W,P« van den
#: Enden`, `P.M, Hamel`, `A‚J.Booi`, `M,Croes`): two or more in a run, or one glued to the
#: surname; a list's comma is followed by a space and parts names, never lone letters
_OCR_INITIALS_RE = re.compile(r"(?<![\w.,‚«»])(?:(?:[A-Z][.,‚«»]){2,}|[A-Z][,‚«»](?=[A-Z]))")


def _initials_restored(line: str) -> str:
    """The line with OCR-damaged initials printed with their full stops (`W.P. van den
    Enden`), so that a list of initialled names parts at its real commas."""
    return _OCR_INITIALS_RE.sub(lambda m: re.sub(r"[,‚«»]", ".", m[0]), line)


def extract_participants(lines: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """Participants from every labelled list in the lines of one meeting document."""
    lines = [(page_no, _initials_restored(_CELL_END_RE.sub("", line))) for page_no, line in lines]
    lines = _unflattened(_wrapped_paragraphs(lines))
    lines = _rejoined(lines)
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
            grouped, after = _group_block(lines, i - 1) if i <= head else ([], i)
            line = lines[i - 1][1]
            named = (
                _role_pairs(line)
                or _function_holder(lines, i - 1)
                or _sent_apologies(line)
                + _welcomed(line)
                + _replacements(line)
                + _all_but(line)
                + _named_present(line)
                + _group_present(line)
                + _opened_by(line)
                + _opens_meeting(line)
                + _speakers(line)
                + _led_sentences(line)
            )
            out += grouped or named
            i = max(i, after)
            continue
        status, rest = labelled
        if _PREVIEW_CUT_RE.search(rest):
            # a page's preview of the list (`Aanwezig: A, B, Marie ...`): its last item is
            # cut, and what stands below it is the page's furniture, not the list
            out += _label_line_people(rest.rpartition(",")[0], status)
            continue
        # `Bericht van verhindering van A, zij wordt vervangen door B.`: a clause of its own
        # after the list, whose replacement attended
        rest, *clause = _PRONOUN_CLAUSE_RE.split(rest, maxsplit=1)
        listed = _label_line_people(rest, status)
        out += listed + (_replacements(lines[i - 1][1]) if clause else [])
        # a flattened page goes on after the list's sentence, perhaps with the next list
        # (`... verhinderd: A, B. Ten slotte zijn de volgende adviseurs verhinderd: C, D.`)
        later = _led_sentences(" ".join(_rules()["sentence_end"].split(rest, maxsplit=1)[1:]))
        out += [p for p in later if p["name"] not in {x["name"] for x in listed}]
        people, i = _read_list(lines, i, status)
        out += people
    return [_initial_stopped(p) for p in out] or _named_voters(lines)


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
_THAT_RE = re.compile(r"\b(?:dat|omdat)\s+")
#: why or how someone was kept away, between the names and the verb
_REASON_TAIL_RE = re.compile(
    r"\s+(?:helaas|wegens|vanwege|door|i\.v\.m\.|in\s+verband\s+met)(?!\w)"
    r"(?:\s+(?:wegens|vanwege|door))?(?:\s+[a-z]\w*){0,4}\s*$"
)


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
        clause = _REASON_TAIL_RE.sub("", clause)  # `A helaas door omstandigheden was verhinderd`
        role, clause = _plural_role_lead(clause)  # `Raadsleden A en B zijn afwezig`
        people += [{**p, "role": p["role"] or role} for p in _names_before(clause, status)]
    return people


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


def _all_but(line: str) -> list[dict[str, Any]]:
    """`Iedereen is aanwezig behalve Chris, Martijn en Jim.`, `Aanwezig zijn alle leden minus de
    leden Ton Dam en Hans Bos.`: the people named were away."""
    m = _rules()["all_but"].search(line)
    if m is None:
        return []
    sentence = _rules()["sentence_end"].split(m["rest"])[0]
    return _role_led_names(_NEXT_CLAUSE_RE.split(sentence, maxsplit=1)[0], "absent")


def _named_present(line: str) -> list[dict[str, Any]]:
    """`Van VughtParticipeert waren Nelly Theunissen en Philip Helmer aanwezig`: present, for
    the body named first; as the sentence's subject too (`Bos en Kok zijn aanwezig als
    kascommissielid`), in that role; [] unless every item named present is a name."""
    people: list[dict[str, Any]] = []
    for m in _rules()["named_present"].finditer(line):
        people += _all_named(m["names"], organisation=m["org"])
    for m in _rules()["named_subject_present"].finditer(line):
        named = _all_named(m["names"], role=m["role"])
        # `De voorzitter van de UVKK, Wil Bos, is aanwezig`: a subject that is an office
        if not any(p["role"] and p["role"] != m["role"] for p in named):
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
    """`Opening door de voorzitster van het bestuur Marianne Barendregt.`: the chair, present."""
    m = _rules()["opened_by"].search(line)
    named = _names_after(_rules()["sentence_end"].split(m["rest"])[0], "present")[:1] if m else []
    return [
        {**p, "role": m["role"].lower(), "organisation": p["organisation"] or m["org"]}
        for p in named
    ]


def _opens_meeting(line: str) -> list[dict[str, Any]]:
    """The person a sentence says opened the meeting (`Jannie Koster opent de vergadering`,
    `De voorzitter, Piet Dijkstra, opent de vergadering`, `Om 14.00 uur opent voorzitter Rob
    Funcke de vergadering`): present, with the role printed with the name; and whoever the
    sentence says was away (`Johan opent, bij afwezigheid van Jan Bos, de vergadering`)."""
    rules = _rules()
    people: list[dict[str, Any]] = []
    for sentence in rules["sentence_end"].split(_unbulleted(line)):
        m = rules["opens_meeting"].search(sentence)
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
        opener = _role_led_person(" ".join((between if inverted else before).split(",")), "present")
        if opener is not None:
            people.append(opener)
    return people


@cache
def _speaker_re() -> re.Pattern[str]:
    """A person named the way minutes name a speaker, right before the verb of what they say
    or do: with their party, organisation or function in brackets (`Tine van der Vloet (N-VA)
    stelde`, `De heer Jan Koopmans (wethouder Beesel) stelt`, `Anje (oud secretaris) leest`).
    Without the brackets (`De heer Lamme vertelt`, `Penningmeester X licht toe`) a name in
    running text is as often someone reported on as a speaker, and gold leaves them out."""
    raw = load_patterns("meeting_rules.json")
    honorifics = longest_first(map(re.escape, raw["honorifics"]))
    roles = longest_first(map(re.escape, _rules()["roles"]))
    particles = "|".join(re.escape(p) for p in raw["name_particles"])
    name = rf"(?:[A-Z][\w'’.-]*\s+|(?:{particles})\s+){{0,4}}[A-Z][\w'’-]+"
    note = r"\s*\((?!\s*(?:[a-z]+\.?\s*)?[\d.:/-]+\s*\))[^()]{2,40}\)"  # not `(artikel 3)`
    lead = rf"(?i:(?:de\s+)?(?:(?:{honorifics})|[\w-]*(?:{roles})))\s+"
    not_article = r"(?!(?:Het|Een|Dit|Deze|Die|Dat|Onze|Ons)\s)"
    verbs = "|".join(raw["speaker_verbs"])
    return re.compile(
        rf"(?<![\w-])(?<!(?i:het|een) )(?P<who>(?:{lead}|{not_article}){name}{note})"
        rf"\s+(?:{verbs})\b"
    )


def _speakers(line: str) -> list[dict[str, Any]]:
    """The speakers a line of minutes names (`_speaker_re`): present, with the role or the
    organisation printed with them."""
    people: list[dict[str, Any]] = []
    for m in _speaker_re().finditer(line):
        person = _role_led_person(m["who"], "present")
        if person is not None and not _GROUP_NAME_RE.search(person["name"].lower()):
            people.append(person)  # not `De Raad (ABD) stelt`: a body
    return people


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
    plural_role, text = _plural_role_lead(text)  # `de leden A en B`
    people: list[dict[str, Any]] = []
    for item in (x for listed in _name_items(text) for x in _honorific_pair(listed)):
        # `van de heer A en van mevrouw B`, `welkom voor A en voor onze wethouder B`, `welkom
        # voor onze contactwethouder A, ...` (the lead took its `voor`)
        item = re.sub(r"^(?:(?:van|voor)\s+)?(?:(?:onze|ons|hun)\s+(?=[a-z]))?(?=\S)", "", item)
        if _GROUP_ITEM_RE.match(item) and item.islower():
            continue  # `welkom voor de vertegenwoordigers van de partijen en voor A`
        if people and people[-1]["role"] is None and item.lower() in _rules()["roles"]:
            people[-1]["role"] = item.lower()
            continue
        person = _role_led_person(item, status)
        if person is None:
            return []
        people.append({**person, "role": person["role"] or plural_role})
    return people


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


#: the first agenda item (`1. Opening`, `1) Opening`): where a document's head ends
_AGENDA_ITEM_RE = re.compile(r"^\s*\d{1,2}\s*[.)]\s*\S")


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


# ---------------------------------------------------------------------------------------------
# meeting header


def find_body(lines: list[str], title: str | None = None) -> str | None:
    """The body that met, from the document's title (however long), its first lines and the
    own heading of a page transcribed onto one line."""
    rules = _rules()
    if (portal := _portal_body(lines)) is not None:
        return portal
    heads = [title] if title else []
    heads += [line for line in lines if len(line.split()) <= rules["body_line_max_words"]]
    for line in lines:  # a page transcribed onto one line (`Transcriptie`): its own heading
        headings_of_page(line, heads)
    for line in heads:
        for body, pattern in rules["bodies"]:
            m = pattern.search(line)
            if m and (body or not rules["plain_body"].fullmatch(m["named"])):
                return body or m["named"].lower()
    return None


def _portal_body(lines: list[str]) -> str | None:
    """The body a portal's heading names over the sitting's slot (`Notulen  OCMW-raad` over
    `do 22/06/2023 - 20:00 Het Kapittel`), as printed: the vocabulary of bodies would make
    a `raad voor maatschappelijk welzijn` a council."""
    pattern = _rules()["portal_body"]
    for line, below in zip(lines, lines[1:], strict=False):
        m = pattern.match(line.strip())
        if m and _this_sitting(below) and find_body([m["named"]], None) is not None:
            return m["named"].strip()
    return _meeting_page_name(lines)


def _meeting_page_name(lines: list[str]) -> str | None:
    """The name a council information system's meeting page gives the sitting above its
    date and hours (`Presidium` / `maandag 13 juni 2022` / `18:00 - 19:25`, `HRL_Algemeen
    Bestuur` / `woensdag 24 juni 2020 20:00`): the body that met, a few words of its own."""
    filled = [line.strip() for line in lines if line.strip()]
    header = meeting_page_header(filled)
    if header is None or header[0] == header[1]:
        return None  # no page header, or its name and date on one line
    name = filled[header[0]]
    few = len(name.split()) <= _rules()["portal_name_max_words"]
    return name if few and not re.search(r"\d|[.:;,]", name) else None


def _clean_location(value: str) -> str:
    rules = _rules()
    value = strip_redaction_marks(value)[0]
    value = rules["location_noise"].sub("", value).strip(" !:,.")
    # `ZITTING VAN 25 NOVEMBER 2014 TE UUR.`: the hour's digits lost, its word no place
    return "" if re.fullmatch(r"(?i)(?:\d{1,2}[.:]\d{2}\s*)?(?:uur|u)", value) else value


#: an attendance label that says where the attendees met (`Aanwezig via Slack videochat`)
_ATTENDED_VIA_RE = re.compile(r"(?i)^\W*aanwezig(?:en)?\s+via\s+(?P<place>[^:]{3,40}?)\s*:?\s*$")


def find_location(lines: list[str], meeting_date: date | str | None = None) -> str | None:
    """The meeting's place from its head lines: a labelled field, a place in the title, the
    place a sentence says it was held in (not one about a meeting on another date), the place
    after its date and time, an online platform, a line naming a building."""
    rules = _rules()
    for n, line in enumerate(lines):
        m = rules["location_label"].match(line)
        field = m or rules["location_label"].match(_unbulleted(line))  # `- Locatie: X`
        if field and field["value"].strip():
            return _clean_location(field["value"]) or None
        if m and n + 1 < len(lines):  # a form's field: `Locatie` over its value
            return _clean_location(lines[n + 1]) or None
    for line in lines:
        m = rules["inline_location"].search(line) or rules["held_at"].search(line)
        if m:
            online = m.groupdict().get("online")
            value = re.sub(r"^via\s+", "", online, flags=re.IGNORECASE) if online else m["value"]
            return _clean_location(value) or None
    for line in lines:
        if place := _held_in(line, meeting_date):
            return place
    for line in lines:
        m = _dated_at(line) or _dated_in(line)
        named = m and (m.groupdict().get("place") or m.groupdict().get("named_place"))
        slot = _this_sitting(line)
        place = named or (slot and slot.place) or (m and _room_after(line, m))
        if place:  # `op 28 maart om 20.00 uur in De Ontmoeting`, `14 mei, 20:00 uur, Dorpshuis`
            return _clean_location(place) or None
    for line in lines:
        if status_label(line):  # `Online aanwezig`: who attended, online; `Aanwezig via Zoom`
            via = _ATTENDED_VIA_RE.search(line)
            if via:
                return via["place"]
            continue
        if rules["online_location"].match(line):
            return line.strip(" .")
    for line in lines:
        if rules["physical_location"].search(line) and len(line) < 120:
            return _clean_location(_place_parts(line)) or None
    return _address_below_date(lines)


def _room_after(line: str, dated: re.Match[str]) -> str | None:
    """The few words that close a meeting's dated head after its time when they name a
    building or room (`ma 24/10/2022 - 20:05 gemeenteraadszaal`) or are names (`7 september
    2015, 20.00 uur Meursinge Westerbork`)."""
    if "h" not in dated.groupdict():
        return None  # a place right after the date (`_dated_in`) is read there
    tail = line[dated.end() :].strip(" .,;")
    words = tail.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in tail):
        return None
    named = (
        all(w[:1].isupper() for w in words)
        and _opening_title(line, dated)
        and not _rules()["list_end"].match(tail)  # `... 20.00 uur Opening`: the first item
    )
    return tail if named or _rules()["building_word"].search(tail) else None


def _this_sitting(line: str) -> SittingSlot | None:
    """A sitting's slot (`wo 29/01/2025 - 20:30 Raadzaal`, `Dinsdag 3 mei 2022, 19.30 uur`):
    a portal's or an invitation's date line, which dates the meeting before any date the
    title gives (the record of an earlier meeting it approves) or the page's publication
    date, and names its place; not a line about another meeting."""
    slot = sitting_slot(line)
    return slot if slot and not _OTHER_MEETING_RE.search(line) else None


def _date_line(line: str) -> str | None:
    """The date of a sitting's slot (`_this_sitting`)."""
    slot = _this_sitting(line)
    return slot.day if slot else None


def _opening_title(line: str, dated: re.Match[str]) -> bool:
    """The dated head is a title (a few words before the date), not a sentence that goes on
    (`... om 20.00 uur Opening`)."""
    day = DATE_RE.search(line)
    return bool(day) and len(line[: day.start()].split()) <= 6 and "uur" in dated.group(0)


def _address_below_date(lines: list[str]) -> str | None:
    """A head line that is only a street address, one or two lines below the meeting's date
    or hours (`18-4-2018` / `20.00u – 22.00u` / `Sportstraat 17`)."""
    for n, line in enumerate(lines):
        above = [x for x in lines[max(0, n - 2) : n] if x.strip()]
        if _rules()["address_line"].match(line.strip()) and any(
            DATE_RE.search(x) or TIME_RE.search(x) for x in above
        ):
            return line.strip(" .")
    return None


def _held_in(line: str, meeting_date: date | str | None = None) -> str | None:
    """The place a sentence or title says the meeting was held in (`... gehouden in het
    clubhuis aan de Harlingenlaan te Volendam aanvang 19.30`): up to where the place ends, in
    a few words; None for a line about another meeting (`vorige`, or dated otherwise: last
    year's meeting in this year's annual report) or with no such place."""
    rules = _rules()
    m = rules["held_in"].search(line) or rules["held_in_before_verb"].search(line)
    if m is None or _OTHER_MEETING_RE.search(_sentence_at(line, m.start(), m.start("value"))):
        return None
    dates = find_dates(line[: m.start("value")])  # the date nearest before the place
    said = dates[-1][2] if dates else None
    if said and meeting_date and not said.year_inferred and str(said.value) != str(meeting_date):
        return None
    place = rules["place_end"].split(m["value"], maxsplit=1)[0]
    place = _clean_location(place.strip(" “”\"'"))
    if not place or len(place.split()) > rules["place_max_words"] or DATE_RE.search(place):
        return None
    return place if rules["place_word"].search(place) else None


def _sentence_at(line: str, start: int, end: int) -> str:
    """The sentence of `line` that holds line[start:end]: a page flattened into one line
    speaks of the next meeting in another sentence than the one naming this one's place."""
    before = line.rfind(". ", 0, start)
    after = line.find(". ", end)
    return line[before + 1 if before >= 0 else 0 : after if after >= 0 else len(line)]


def _place_parts(line: str) -> str:
    """The comma parts of an unlabelled location line up to one that tells the time or date
    instead (`Provinciehuis Utrecht, zaal 6` stays whole; `Stadhuis Zeist, 13.00 - 15.00 uur`
    loses its time)."""
    kept = []
    for part in line.split(","):
        if DATE_RE.search(part) or TIME_RANGE_RE.search(part) or re.search(r"\buur\b", part):
            break
        kept.append(part)
    return ",".join(kept)


#: the Flemish clock, the hour and minutes around a `u` (`om 19u30`, `Begin: 13u30`)
_FLEMISH_CLOCK_RE = re.compile(r"(?<![\w.:])([01]?\d|2[0-3])u([0-5]\d)(?!\w)")


def find_times(lines: list[str]) -> tuple[time | None, time | None]:
    """A meeting's start and end time: from a time label, the date label's value, a time
    range, then the time a sentence says the meeting opened."""
    rules = _rules()
    lines = [_FLEMISH_CLOCK_RE.sub(r"\1:\2", line) for line in lines]
    fields = [_unbulleted(line) for line in lines]  # `- Begin : 17:18`
    for line in fields:
        m = rules["time_label"].match(line)
        if m:
            start, end = parse_time_range(m["value"])
            if start is not None:
                return start, end or _labelled_end(fields)
    for line in fields:  # `Datum: 2020-09-28, 10:00`
        m = rules["date_label"].match(line)
        if m and (hours := _time_after_date(m["value"]))[0] is not None:
            return hours
    ranged = [line for line in lines if TIME_RANGE_RE.search(line)]
    preferred = [line for line in ranged if rules["meeting_time_prefer"].search(line)]
    for line in preferred + ranged:
        start, end = parse_time_range(line)
        if start is not None:
            return start, end
    return _cued_start(lines), None


def _labelled_end(fields: list[str]) -> time | None:
    """The closing time a head's field gives (`Einde : 18:25`)."""
    for line in fields:
        if m := _rules()["end_time_label"].match(line):
            return parse_time_range(m["value"])[0]
    return None


def _dated_at(line: str) -> re.Match[str] | None:
    """`op dinsdag 28 maart 2017 om 20.00 uur in De Ontmoeting`: the time (and place) in the
    sentence that dates this meeting, not the next or an earlier one."""
    day = DATE_RE.search(line)
    m = _rules()["dated_at"].search(line, day.end()) if day else None
    if m is None or "." in line[day.end() : m.start()] or _OTHER_MEETING_RE.search(line):
        return None
    return m


def _dated_in(line: str) -> re.Match[str] | None:
    """`Notulen ALV op dinsdag 2 oktober 2012 in De Meerkoet`: the place right after the
    date that dates this meeting."""
    day = DATE_RE.search(line)
    if day is None or _OTHER_MEETING_RE.search(line):
        return None
    return _rules()["dated_in"].match(line, day.end())


def _cued_start(lines: list[str]) -> time | None:
    """The start time a line states after a cue (`aanvang 20.00h`, `opent om 13.35 uur`),
    with the meeting's date (`op 28 maart 2017 om 20.00 uur`) or before the chair opens the
    meeting (`Om 20.00 opent de voorzitter`)."""
    rules = _rules()
    for line in lines:
        m = rules["time_before_opening"].search(line) or _dated_at(line)
        if m:
            return time(int(m["h"]), int(m["m"]))
    for line in lines:
        for cue in rules["start_cue"].finditer(line):
            reach = line[cue.end() : cue.end() + rules["start_cue_reach"]]
            m = TIME_RE.search(reach)
            if m:
                return time(int(m[1]), int(m[2]))
    return _hour_below_date(lines) or _slot_start(lines)


def _slot_start(lines: list[str]) -> time | None:
    """The start time in a sitting's slot (`woensdag 24 juni 2020 20:00`)."""
    for line in lines:
        if _this_sitting(line) and (m := TIME_RE.search(line)):
            return time(int(m[1]), int(m[2]))
    return None


#: a line that is only the hour a sitting starts (`Om 20:05`, `20.00 uur`, `- 19:30 u.`)
_HOUR_LINE_RE = re.compile(
    r"[-–•\s]*(?:om|vanaf|aanvang)?\s*([01]?\d|2[0-3])[.:]([0-5]\d)\s*(?:u(?:ur)?|h)?[.\s]*",
    re.IGNORECASE,
)


def _hour_below_date(lines: list[str]) -> time | None:
    """The start time alone on the line right below the meeting's date (`Zitting van
    dinsdag 30 januari 2024` / `Om 20:05`): a head printed as a stack of date, hour, place."""
    filled = [line for line in lines if line.strip()]
    for above, line in zip(filled, filled[1:], strict=False):
        m = _HOUR_LINE_RE.fullmatch(line)
        if m and DATE_RE.search(above):
            return time(int(m[1]), int(m[2]))
    return None


_MEETING_WORD_RE = re.compile(
    r"^\W*(?!\d)(?:[\w.]+\s+){0,5}?\w*(?:vergadering|bijeenkomst|zitting|verslag|notulen|meetup)\b",
    re.IGNORECASE,
)
#: a meeting named with `d.d.` before its date (`Ledenvergadering d.d. 7 september 2013`)
#: at the head (not an agenda item `3. Verslag van de vergadering d.d. 17-7-2018`)
_DATED_MEETING_RE = re.compile(
    r"^(?!\W*\d).*?(?:\w*(?:vergadering|bijeenkomst|overleg|zitting)|\bA?LV|\bAV)\s+(?:van\s+)?"
    r"d\.\s?d\.\s*"
    r"(?=\d)",
    re.IGNORECASE,
)
_DATED_MEETING_LINES = 5
#: an agenda item about another meeting (`Verslag vorige vergadering 4 december 2012`,
#: `Vaststellen besluitenlijst raadsvergadering van 26 september 2019`) or a line about a day
#: to come (`Aanstaande maandag 5 september ...`)
_OTHER_MEETING_RE = re.compile(
    r"\b(?:vorige|volgende|eerdere|aanstaande|komende|vaststell\w*|goedkeur\w*|goedgekeurd)\b",
    re.IGNORECASE,
)
#: the date a line naming the meeting gives it, however long the line (`..., gehouden op`)
_HELD_ON_DATE_RE = re.compile(
    r"\b(?:gehouden\s+)?(?:op|d\.\s?d\.)\s+(?=(?:\w+dag\s+)?\d{1,2}[\s/.-])", re.IGNORECASE
)
#: a sentence about a meeting (`Op maandag 20 februari houden wij onze ALV`), not about the
#: minutes of one (`De notulen van de ALV van 25 november 2019 werden vastgesteld`)
_SENTENCE_ON_A_MEETING_RE = re.compile(
    r"^(?!.*\b(?:notulen|verslag)\b).*(?:vergadering|bijeenkomst|zitting|\bA?LV\b)", re.IGNORECASE
)
_SENTENCE_DATE_LINES = 12
_SECTION_BODY_WORDS = 4
_TITLE_DATE_LINES = 3
_MEETING_EVENT_RE = re.compile(r"(?:vergadering|bijeenkomst|zitting|overleg|meeting)\b", re.I)
_FOUNDED_RE = re.compile(r"\b(?:opgericht|gesticht)\b", re.IGNORECASE)
#: a heading, not a sentence that mentions the next meeting
_HEADING_MAX_WORDS = 12


#: the nouns a record of a meeting is titled by (`verslag`, `notulen`, `besluitenlijst`)
_RECORD_NOUNS = r"(?:verslag|notulen|besluitenlijst)"


#: a record's title saying its minutes were approved (`Goedgekeurd verslag van de
#: vergadering van 8 november 2005`, `Vastgestelde notulen ...`): its own meeting's
_APPROVED_RECORD_RE = re.compile(
    rf"^\W*(?:goedgekeurde?|vastgestelde?)\s+(?={_RECORD_NOUNS}\b)", re.I
)


#: the number a page transcribed onto one line opens with (`1 Verslag van de vergadering ...`)
_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}\s+(?=[A-Z])")
#: a paragraph that opens as a record's title does (`Verslag van de vergadering van ...`), not
#: a sentence about a record (`De notulen van de ALV van 25 november 2019 werden ...`)
_RECORD_TITLE_RE = re.compile(r"^\W*(?:verslag|notulen|\w*vergadering)\b", re.I)


def _opens_naming_this_meeting(line: str) -> bool:
    """A line that opens by naming a meeting (`Notulen van de ledenvergadering ...`) and not
    another one (`vorige`, `volgende`)."""
    line = _APPROVED_RECORD_RE.sub("", line, count=1)
    return _MEETING_WORD_RE.match(line) is not None and not _about_another_meeting(line)


def _about_another_meeting(text: str) -> bool:
    """Text naming another meeting or its record (`Verslag vorige vergadering`), not this
    record's approved title."""
    return _OTHER_MEETING_RE.search(_APPROVED_RECORD_RE.sub("", text, count=1)) is not None


#: where a label may open inside a line: a capitalised word (or two) before its colon
_INLINE_LABEL_START_RE = re.compile(r"(?<=\S)\s+(?=[A-Z][\w/-]*(?:\s+[a-z][\w/.-]*){0,3}\s*:)")


def _before_status_label(line: str) -> str:
    """The part of a line before an attendance label inside it (`Aanwezig:`, `Afwezig met
    kennisgeving:`); the whole line without one."""
    for m in _INLINE_LABEL_START_RE.finditer(line):
        if status_label(line[m.end() :]):
            return line[: m.start()]
    return line


def _dated_head_before_list(line: str) -> bool:
    """A heading naming and dating the meeting that runs on into its attendance list on the
    same line (`Zitting van dinsdag 3 september 2013 Aanwezigen: ...`): the record's own
    head, which dates the meeting before a date the document's title gives."""
    head = _before_status_label(line)
    return head != line and _names_the_meeting(head) and DATE_RE.search(head) is not None


def _dates_its_sitting(line: str) -> str | None:
    """A head line in which the chair opens the sitting on its day (`De voorzitter opent de
    zitting op 25/11/2024 om 19:59`, `Om 20.00 uur opent Jan de vergadering van 3 mei
    2021`): it dates the meeting over the document's date and title, which may be those of
    the earlier record approved in it (`Gelet op de notulen van de raad van 21 oktober`)."""
    opened = _rules()["opens_meeting"].search(line)
    if opened is None:
        return None
    sentence = _rules()["sentence_end"].split(line[opened.start() :])[0]
    return sentence if DATE_RE.search(sentence) else None


def _names_the_meeting(line: str) -> bool:
    """A heading that names the meeting (`Vergadering 09 februari 2011`), not a series of them
    (`Notulen AV van 21 juni en 6 september 2018`) nor an item of a list (`• Notulen 10
    december 2018`: under the agenda item that approves the last meeting's record)."""
    return (
        len(line.split()) <= _HEADING_MAX_WORDS
        and not _BULLET_RE.match(line)
        and len(DATE_RE.findall(line)) < 2
        and _opens_naming_this_meeting(line)
    )


def find_date(lines: list[str], year: int | None) -> tuple[Any, bool]:
    rules = _rules()
    candidates = [
        m["value"]
        for line in lines
        if (m := rules["date_label"].match(line)) and not gives_period(m["value"])
    ]
    # `Verslag van de 12ste Ledenvergadering d.d. 07 september 2013` under a page's stamp, and
    # over a sentence about last year's (`Op 24 september 2010 werd de jaarvergadering ...`)
    candidates += [day for line in lines if (day := _date_line(line))]
    candidates += _own_page_heading(lines)
    candidates += [
        line[m.end() :]
        for line in lines[:_DATED_MEETING_LINES]
        if (m := _DATED_MEETING_RE.match(line)) and not _OTHER_MEETING_RE.search(line)
    ]
    candidates += [
        m["date"]
        for line in lines
        if (m := rules["held_on"].search(line)) and not _OTHER_MEETING_RE.search(m[0])
    ]
    # `Vergadering 09 februari 2011` under a page's posting date (`19 februari 2011`)
    # `Notulen van de ledenvergadering van TV Dijkzicht, gehouden op 14 februari 2008 in ...`
    held_on = [
        (k, line[m.end() :])
        for k, line in enumerate(lines)
        if _opens_naming_this_meeting(line) and (m := _HELD_ON_DATE_RE.search(line))
    ]
    candidates += [opening for line in lines if (opening := _dates_its_sitting(line))]
    candidates += [date for k, date in held_on if k == 0]  # the title line
    # `Zitting van dinsdag 3 september 2013 Aanwezigen: Peeters Jan - burgemeester ...`: the
    # heading runs on into the attendance list on its line
    candidates += [head for line in lines if _names_the_meeting(head := _before_status_label(line))]
    candidates += [date for _, date in held_on]
    # `Opgericht 16 oktober 1972` in a letterhead: the day the body was founded; a date in a
    # sentence of the account (`Per 10 maart 2020 werden alle activiteiten gecanceld`) dates
    # something else
    candidates += [
        part
        for part in _dating_lines(lines)
        if not (_FOUNDED_RE.search(part) or _about_another_meeting(part))
    ]
    for span in map(repair_date_span, candidates):
        m = DATE_RE.search(span)
        if m:
            parsed = parse_date(m.group(0), context_year=year)
            if parsed is not None and parsed.year_inferred:
                return _with_printed_year(parsed.value, lines, span)
            if parsed is not None:
                return parsed.value, False
    return None, False


def _own_page_heading(lines: list[str]) -> list[str]:
    """The record's own dated heading in the first page transcribed onto one line, below a web
    page's title that quotes its text and a day it mentions (`NOTULEN VAN DE GEMEENTERAAD VAN
    27 …...Cevi op vrijdag 27 januari 2017 werd ...` over `NOTULEN VAN DE GEMEENTERAAD VAN 27
    MAART 2017 Aanwezig: ...`): it dates the meeting as it dates the document
    (`documents.headings_of_page`); empty where no such page follows short lines."""
    headings: list[str] = []
    page = next((line for line in lines if len(line) > PAGE_LINE_CHARS), None)
    if page is not None and headings_of_page(page, headings):
        # the heading that opens the page, after its number: not an item's (`Vaststellen
        # besluitenlijst vergadering 23 juni`) below the page's date field
        opens = _PAGE_NUMBER_RE.sub("", page.lstrip(), count=1).startswith(headings[0])
        return headings if opens else []
    return headings


def _labelled_date(line: str) -> bool:
    """A head line that is a date field (`Datum: 02-10-2018`, `Vergaderdatum: 4 juli 2023`):
    the record's form dates its meeting over a date the document takes from a heading in its
    body (the record of an earlier meeting that it approves)."""
    m = _rules()["date_label"].match(line)
    return m is not None and not gives_period(m["value"]) and bool(DATE_RE.search(m["value"][:40]))


def _meeting_form(lines: list[str]) -> bool:
    """A head laid out as a meeting's form: a date field beside a place or time field
    (`Datum: 02-10-2018` / `Locatie: Raadzaal`), not a letterhead's date among its reference
    fields (`Ons kenmerk`, `Datum`: the day the record was sent)."""
    rules = _rules()
    return any(map(_labelled_date, lines)) and any(
        rules["location_label"].match(x) or rules["time_label"].match(x) for x in lines
    )


def _is_prose(line: str) -> bool:
    return len(line.split()) > _HEADING_MAX_WORDS


def _dating_lines(lines: list[str]) -> list[str]:
    """The parts of head lines that may date the meeting (`_dating_parts`)."""
    # the first line is the title, however long it runs
    prose_from = next((k for k, x in enumerate(lines) if k and _is_prose(x)), len(lines))
    return [part for k, line in enumerate(lines) for part in _dating_parts(line, k, prose_from)]


_TALK_RE = re.compile(_MEETING_EVENT_RE.pattern + r"|gesprek|beraad", re.I)


def _dating_parts(line: str, index: int, prose_from: int) -> list[str]:
    """The parts of the `index`-th head line that may date the meeting: a short line whole (a
    heading, a date line) above the account's first paragraph (`prose_from`; below it, only
    a heading that names a talk: `Gesprek gemeente Utrecht met SVMN - 7 maart 2022`, not one
    that dates what its section is about: `Presentatie vrijdag 12 december`), else its
    sentences about a meeting near the head (further down, a sentence's date is of a meeting
    to come: `Jaarvergadering is op 12/9/16`)."""
    if not _is_prose(line):
        heading = _TALK_RE.search(line) and not _BULLET_RE.match(line)  # no list's item
        return [line] if index < prose_from or heading else []
    if index >= _SENTENCE_DATE_LINES:
        return []
    if len(line) > PAGE_LINE_CHARS:  # a page on one line opens on its number: `1 Verslag ...`
        line = _PAGE_NUMBER_RE.sub("", line, count=1)
        if (titled := _title_after_letterhead(line)) is not None:
            return titled
    sentences = _rules()["sentence_end"].split(line)
    title_shaped = index == 0 or _RECORD_TITLE_RE.match(_APPROVED_RECORD_RE.sub("", line, count=1))
    if index in (0, prose_from) and title_shaped and _opens_naming_this_meeting(line):
        # a title that runs on into the place (`VERSLAG ALV ... MAANDAG 29 FEBRUARI, de
        # Blaker, ... BREDA`), or the first paragraph opening on the record (`Goedgekeurd
        # verslag van de vergadering van dinsdag 8 november 2005 Aanwezig: ...`), dates its
        # own meeting in its first sentence
        return sentences[:1]
    return [s for s in sentences if _SENTENCE_ON_A_MEETING_RE.search(s)]


#: a record's title inside a page flattened onto one line, after its letterhead (`Provincie
#: Flevoland Verslag Registratienummer: CEL Verslag van de vergadering van de commissie ...`,
#: `VERSLAG VAN DE 128 E OVERLEGVERGADERING VAN ...`: in capitals, the meeting numbered)
_TITLE_IN_PAGE_RE = re.compile(
    rf"(?<!\S)(?:(?-i:Concept|CONCEPT)[\s-]*{_RECORD_NOUNS}"
    r"|(?-i:Verslag|Notulen|Besluitenlijst|VERSLAG|NOTULEN|BESLUITENLIJST))"
    r"\s+van\s+de\s+(?:\d{1,3}\s*(?:e|ste|de)\s+)?(?:[\w-]+\s+){0,2}?[\w-]*vergadering\b",
    re.I,
)
_LETTERHEAD_MAX_CHARS = 250  # a letterhead with a receipt stamp OCR read as noise


def _title_after_letterhead(line: str) -> list[str] | None:
    """The first sentence of a page on one line from the record's title on, the title at its
    start or after a letterhead (name, document kind, reference number): the title dates its
    meeting, wherever the page stands below a portal's furniture."""
    m = _TITLE_IN_PAGE_RE.search(line, 0, _LETTERHEAD_MAX_CHARS)
    if m is None:
        return None
    first = _rules()["sentence_end"].split(line[m.start() :])[0]
    return None if _about_another_meeting(first) else [first]


#: a memo's subject field naming a record of a meeting (`Aan: dagelijks bestuur Onderwerp:
#: verslag vergadering 18 juni 2018 Aanwezig: ...`) in a page's head
_SUBJECT_RECORD_RE = re.compile(
    rf"(?<!\S)(?-i:Onderwerp)\s*:\s*(?=(?:concept[\s-]*)?{_RECORD_NOUNS}\b)", re.I
)


def _subject_record(page: str) -> list[str] | None:
    """The record a page's subject field names, from its first word on (`verslag
    vergadering 18 juni 2018 ...`), not a record of another meeting; None without one."""
    m = _SUBJECT_RECORD_RE.search(page, 0, _LETTERHEAD_MAX_CHARS)
    if m is None:
        return None
    first = _rules()["sentence_end"].split(page[m.end() :])[0]
    return None if _about_another_meeting(first) else [first]


def _with_printed_year(day: date, lines: list[str], span: str = "") -> tuple[date, bool]:
    """(date, year inferred) of a date printed without its year (`Verslag ALV 2 november`):
    in the year the text gives it (`dates.yearless_date_in`), else as inferred."""
    found = yearless_date_in(span, day.day, day.month, "\n".join(lines))
    return (found, False) if found is not None else (day, True)


def is_meeting_document(document: dict, lines: list[str]) -> bool:
    """A meeting's document type; a participant list under a title naming a meeting, or with
    a date or time label; or an account of a talk that opens with its attendance list and
    states a date in its head."""
    rules = _rules()
    if document.get("doc_type") in rules["doc_types"] or _dated_meeting_title(lines):
        return True
    if not any(status_label(x) for x in lines):
        return _reported_attendance(lines)
    # an e-mail that sends the account of a talk (`Subject: Verslag meeting molen 5`)
    if _opens_naming_this_meeting(document.get("title") or ""):
        return True
    if any(rules["date_label"].match(x) or rules["time_label"].match(x) for x in lines):
        return True
    head = [x for x in lines if x][: rules["header_lines"]]
    # an attendance list under a heading that names and dates the meeting (`Besluit zitting
    # van 21 juni 2021`, `Zitting van maandag 7 juni 2021 om 19u30`) below a portal's lines
    if any(_names_the_meeting(x) and DATE_RE.search(x) for x in head):
        return True
    opens_with_list = any(status_label(x) for x in head[: rules["list_opening_lines"]])
    return opens_with_list and any(DATE_RE.search(x) for x in head)


#: a report's sentence naming at least this many attendees is its account of a meeting
_REPORTED_ATTENDEES = 3


def _reported_attendance(lines: list[str]) -> bool:
    """A report that opens on a meeting and names who attended in a sentence of its own
    (`De openbare vergadering van de Nationale Assemblee ... De leden die aanwezig waren
    ..., zijn A, B, C en D.`): an account of that meeting, though it prints no label."""
    head = next((x for x in lines if x.strip()), "")
    if not _MEETING_EVENT_RE.search(_rules()["sentence_end"].split(head, maxsplit=1)[0]):
        return False
    return any(
        sum(p["status"] == "present" for p in _led_sentences(x)) >= _REPORTED_ATTENDEES
        for x in lines
    )


def _dated_meeting_title(lines: list[str]) -> bool:
    """A first line that names one meeting and dates it, itself or on a date line right under
    it (`Korte aantekeningen vergadering commissies ... van 23 november 2021`, `Live uitzending
    commissievergadering` over `7 mei 2020`)."""
    head = [x for x in lines if x.strip()][:_TITLE_DATE_LINES]
    title = head[0] if head else ""
    if not (_opens_naming_this_meeting(title) and _MEETING_EVENT_RE.search(title)):
        return False  # `Jaarverslag klachten 2022`: a report
    return len(DATE_RE.findall(title)) == 1 or any(bare_date(x) for x in head[1:])


def _meeting_header(doc: Doc, doc_lines: list[Line], printed: list[str]) -> dict[str, Any]:
    """The meeting row from the document's title and first lines (`printed`: the lines as a
    reader sees them, so an image's file name is no date): date, times, body, place, with the
    box around those lines as evidence."""
    document = doc._.document
    head_lines = [line for line in doc_lines if line.text][: _rules()["header_lines"]]
    head_text = _stacked_fields([text for text in printed if text.strip()])
    head_text = head_text[: _rules()["header_lines"]]
    title = document.get("title")
    search = ([title] if title else []) + head_text
    text = "\n".join(line.text for line in doc_lines)
    meeting_date, inferred = find_date(search, context_year(text))
    dated_line = any(
        _date_line(x) or _dated_head_before_list(x) or _dates_its_sitting(x) is not None
        for x in head_text
    ) or _meeting_form(head_text)
    if (
        document.get("doc_type") in ("minutes", "decision_list")
        and document.get("doc_date")
        and not dated_line
    ):
        meeting_date, inferred = document["doc_date"], bool(document.get("doc_date_inferred"))
        if inferred and (printed_year := _printed_year_of(meeting_date, head_text, text)):
            meeting_date, inferred = printed_year, False
    if meeting_date is None and document.get("doc_date") is not None:
        meeting_date, inferred = document["doc_date"], bool(document.get("doc_date_inferred"))
    if meeting_date is None:  # `Dinsdag 12 maart hebben we onze ALV gehouden`
        meeting_date = weekday_year_date(_dating_lines(search), text)
        inferred = meeting_date is not None
    start, end = find_times(search)
    page_no = head_lines[0].page_no if head_lines else doc._.pages[0].page_no
    return {
        "meeting_id": f"{document['document_id']}-m1",
        "document_id": document["document_id"],
        "source_id": document["source_id"],
        "page_no": page_no,
        "body": find_body(head_text, title),
        "meeting_date": meeting_date,
        "start_time": start,
        "end_time": end,
        "location": find_location(head_text, meeting_date),
        "date_year_inferred": inferred,
        **evidence_box([line.span for line in head_lines], page_no),
    }


#: where a form's place value ends on the line of values: at the time or the count of the
#: field after it (`Gebouw Rehoboth, Kerkdijk 6, Westbroek Aanvang 19.30u.`, `Rehobothkerk,
#: Ermelo 78 kerken (leden)`)
_PLACE_VALUE_END_RE = re.compile(
    r"\s+(?=(?i:aanvang|om|van)\b|[012]?\d[.:][0-5]\d|\d+\s+(?-i:[a-z]))|[.;]\s|$"
)


def _stacked_fields(lines: list[str]) -> list[str]:
    """The head lines with a form's labels set in one row over their values (`Notulen ALV
    Datum: Plaats: Tijd: Aanwezig:` over `24 april 2014 Gebouw Rehoboth, Westbroek Aanvang
    19.30u. eigenaren van ...`) written as one labelled line per field (`Datum: 24 april
    2014`, `Plaats: Gebouw Rehoboth, Westbroek`, `Tijd: Aanvang 19.30u.`), the values
    taken in the labels' order from the date on."""
    out: list[str] = []
    k = 0
    # a form's fields each over its value (`Datum:` / `02-10-2018`, `Locatie:` / `Raadzaal`);
    # a letterhead's one date field among its reference fields (`Ons kenmerk`) is left alone
    form = sum(_lone_label(x) is not None for x in lines) >= _FORM_FIELDS_MIN
    while k < len(lines):
        stacked = _field_labels(lines[k]) if k + 1 < len(lines) else None
        value = lines[k + 1] if k + 1 < len(lines) else ""
        if stacked is None and form and (label := _lone_label(lines[k])) and _is_value(value):
            out.append(f"{label}: {value.strip()}")  # `Datum:` over `02-10-2018`
            k += 2
            continue
        if stacked is None:
            out += _inline_fields(lines[k])
            k += 1
            continue
        title, labels = stacked
        out += [title] if title else []
        out += _field_values(labels, lines[k + 1])
        k += 2
    return out


#: fields alone over their values that make a head a form, not a letterhead with one date
_FORM_FIELDS_MIN = 2

#: a field label inside a head line, with its colon (`... 28 juni 2012 om 20u Locatie: G.C.
#: De Passant`, `Vergadering : Algemeen Bestuur Datum : 29 september 2014 Tijd : 15:00`)
_INLINE_FIELD_RE = re.compile(r"[\s,;]+(?=(?P<label>[A-Z][a-z]+)\s?:\s)")


def _inline_fields(line: str) -> list[str]:
    """A head line cut before each date, place or time field inside it, one line per field
    (a title or form run on into its fields); the line whole without one."""
    cuts = [m for m in _INLINE_FIELD_RE.finditer(line) if m.start() and _field_kind(m["label"])]
    cuts = [m for m in cuts if _field_kind(m["label"]) in ("date", "place", "time")]
    if not cuts:
        return [line]
    ends = [m.start() for m in cuts] + [len(line)]
    return [line[: ends[0]]] + [line[m.end() : end] for m, end in zip(cuts, ends[1:], strict=True)]


def _lone_label(line: str) -> str | None:
    """A head line that is one field label alone, its value on the line below (a portal's
    form: `Datum:` / `02-10-2018`, `Locatie` / `Regiokantoor`): the label, for a date,
    place or time; None for any other line."""
    m = re.fullmatch(r"\s*(?P<label>[A-Za-z][\w ]{1,30}?)\s*:?\s*", line)
    if m is None or _field_kind(m["label"]) not in ("date", "place", "time"):
        return None
    return m["label"]


def _is_value(line: str) -> bool:
    """A line that can be a field's value: not empty, not a label of its own."""
    return bool(line.strip()) and re.match(r"\s*[A-Za-z][\w ]{0,30}:(?:\s|$)", line) is None


def _field_labels(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(title, [(label, kind)]) of a line that ends in two or more field labels, each with
    its colon and no value, a date's among them; None for any other line."""
    pieces = re.split(r"(?<=:)\s+", line.strip())
    labels: list[tuple[str, str]] = []
    while pieces and pieces[-1].endswith(":") and (kind := _field_kind(pieces[-1].rstrip(": "))):
        labels.insert(0, (pieces.pop().rstrip(": "), kind))
    if pieces and pieces[-1].endswith(":"):  # `Notulen ALV Datum:`: the title before its label
        words = pieces[-1].rstrip(": ").split()
        n = next((n for n in (2, 1) if len(words) > n and _field_kind(" ".join(words[-n:]))), 0)
        if n:
            labels.insert(0, (" ".join(words[-n:]), _field_kind(" ".join(words[-n:]))))
            pieces[-1] = " ".join(words[:-n])
    if len(labels) < 2 or not any(kind == "date" for _, kind in labels):
        return None
    return " ".join(pieces), labels


def _field_kind(label: str) -> str:
    """What a head's field label asks for: date, place, time or a list; '' for none."""
    rules = _rules()
    if rules["date_label"].match(f"{label}: x") or re.fullmatch(r"(?i)gehouden\s+op", label):
        return "date"
    if rules["location_label"].match(f"{label}:"):
        return "place"
    if rules["time_label"].match(f"{label}: x"):
        return "time"
    return "list" if status_label(f"{label}:") else ""


def _field_values(labels: list[tuple[str, str]], values: str) -> list[str]:
    """The labelled lines of a row of values read in the order of its labels: the date
    first, a place up to the time or count after it, the time; a list's value is left to
    the attendance reader."""
    day = DATE_RE.search(values)
    if day is None or values[: day.start()].strip(" ,") and not _is_weekday(values[: day.start()]):
        return [values]
    out, rest = [], values[day.end() :].strip(" ,")
    kinds = [kind for _, kind in labels]
    for label, kind in labels[kinds.index("date") :]:
        if kind == "date":
            out.append(f"Datum: {day.group(0)}")  # `Gehouden op:` asks the same
        elif kind == "place" and rest:
            end = _PLACE_VALUE_END_RE.search(rest)
            place = rest[: end.start()].strip(" ,") if end else rest
            out.append(f"{label}: {place}")
            rest = rest[len(place) :].strip(" .,")
        elif kind == "time" and TIME_RE.search(rest[:30]):
            out.append(f"{label}: {rest}")
    return out


def _is_weekday(text: str) -> bool:
    """`Donderdag`, `op dinsdag`: the weekday a date is printed after."""
    return re.fullmatch(r"(?i)(?:op\s+)?\w+dag", text.strip(" ,")) is not None


def _printed_year_of(day: date, lines: list[str], text: str) -> date | None:
    """The day a document's date guessed the year of, as the head prints it with its year
    (`... vergadering van dinsdag 8 november 2005Aanwezig`: a copied page glued the label to
    the year), unless its weekday shows that printed year a slip (`misprinted_year_date`)."""
    for line in lines:
        for m in DATE_RE.finditer(line):
            parsed = parse_date(m.group(0))
            if parsed is None or parsed.year_inferred:
                continue
            if (parsed.value.month, parsed.value.day) != (day.month, day.day):
                continue
            if misprinted_year_date(line[: m.start()], m.group(0), parsed.value, text) is None:
                return parsed.value
    return None


def _distinct(people: list[dict[str, Any]], meeting_id: str) -> list[dict[str, Any]]:
    """Each person once: "Bosch" and "mevr. Roelie Bosch, wethouder Almere" in a second
    list are one person, as are "Rob Hoek" and "Rob Hoek (redactie)" or "Attila" and
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
        if name and not couple and (_folded(name), person["status"]) in named:
            _fill_in(out, person)
            continue
        if not couple:  # a partner printed by surname alone is no match for a namesake
            seen.setdefault(key, []).append(name)
        if name and len(name.split()) >= 2:
            status = person["status"]
            named |= {(_folded(name), status), (_folded(name.split()[0]), status)}
        out.append({"meeting_id": meeting_id, **person})
    return out


def _folded(name: str) -> str:
    """A name in lower case without accents: `Jose` in a sentence is the `José` of the list."""
    return without_accents(name.lower())


def _fill_in(out: list[dict[str, Any]], again: dict[str, Any]) -> None:
    """A person named again with what the first mention left out (`Notulist: Robbe Devos`
    above a team's list that names him too): the role or organisation it adds."""
    for row in out:
        same = _folded(row["name"] or "") == _folded(again["name"])
        if same and row["status"] == again["status"]:
            for field in ("role", "organisation"):
                row[field] = row[field] or again[field]
            return


def _same_person(name: str, other: str) -> bool:
    """Two names with one surname name one person unless both print a first name or
    initial and those differ (`Koos Aartsen` and `Paula Aartsen` are a couple)."""
    particles = _rules()["particles"]

    def given(text: str) -> str:
        words = [w for w in text.split()[:-1] if w.lower() not in particles]
        return words[0].lower() if words else ""

    first, other_first = given(name), given(other)
    if not (first and other_first):
        return True
    if "." in first or "." in other_first:  # `J.` and `Jaap`: an initial matches its name
        return first[:1] == other_first[:1]
    return first == other_first


def extract_meetings(document: dict | Doc) -> tuple[list[dict], list[dict]]:
    """(meetings, participants) of one document: its document model, or a segment_documents
    row plus "pages"."""
    doc = as_doc(document)
    document = doc._.document
    doc_lines = page_lines(doc)
    all_lines = _as_printed([(line.page_no, line.text) for line in doc_lines])
    if not doc._.pages or not is_meeting_document(document, [x for _, x in all_lines]):
        return [], []
    printed = [x for _, x in all_lines]
    meeting = _meeting_header(doc, doc_lines, printed)
    if sections := _meeting_sections(doc_lines, printed):
        return _section_meetings(meeting, doc_lines, printed, sections, context_year(doc.text))
    if pages := _later_records(printed, meeting["meeting_date"], context_year(doc.text)):
        return _page_record_meetings(doc, doc_lines, printed, pages)
    rows = _as_printed(side_by_side_rows(doc_lines))
    participants = _distinct(extract_participants(rows), meeting["meeting_id"])
    if (
        meeting["meeting_date"] is None
        and not participants
        and document.get("doc_type") != "minutes"
    ):
        return [], []  # a title that names a body is not yet a meeting; minutes record one
    if not participants and _decides_outside_a_sitting(printed):
        return [], []  # a body's formal decision names who decides, not where they met
    if document.get("doc_type") == "decision_list" and not (
        participants or _dates_one_meeting(document.get("title"), doc_lines)
    ):
        # a register of decisions taken at several meetings: one per dated section
        return _dated_sections(meeting, doc_lines, context_year(doc.text)), []
    return [_body_of_members(meeting, participants)], participants


def _body_of_members(meeting: dict[str, Any], participants: list[dict[str, Any]]) -> dict:
    """A sitting whose head names no body (`Zitting van 30 januari 2024`, `Gemeente Hove`):
    the council whose members its attendance lists by their function (`..., raadsleden`:
    several of them; one council member is a guest at another's meeting)."""
    if meeting["body"] is not None:
        return meeting
    bodies = _rules()["members_body"]
    roles = Counter(p["role"] for p in participants if p["role"] in bodies)
    role = next((r for r, n in roles.most_common(1) if n >= _MEMBERS_MIN), None)
    return {**meeting, "body": bodies[role]} if role else meeting


#: council members listed that make a sitting that council's
_MEMBERS_MIN = 3


def _decides_outside_a_sitting(printed: list[str]) -> bool:
    """A formal decision (`Gelet op ...` over `Besluit:`) that names no sitting of its body
    (`in zijn vergadering van 3 mei 2021`): an act of the deciding organ, no account of a
    meeting, whatever date it bears (its signing or publication)."""
    if not is_formal_decision(printed):
        return False
    return not any(_MEETING_EVENT_RE.search(x) and DATE_RE.search(x) for x in printed)


class _PageRecord(NamedTuple):
    """A record of another meeting opening a page transcribed onto one line."""

    line: int  # its index among the document's lines
    day: date
    year_inferred: bool
    title: str  # its title up to the first attendance label


#: a capitalised field label (`Aanwezig:`, `Tevens aanwezig:`): a record's title ends before it
_TITLE_END_RE = re.compile(r"\s(?=[A-Z]\w+(?: [a-z]\w+)?\s*:\s)")


def _later_records(
    printed: list[str], first_date: date | str | None, year: int | None
) -> list[_PageRecord]:
    """The pages transcribed onto one line (a web page's `Transcriptie`) below the first that
    open on the title of a record of another meeting (`2 Regio X Concept-besluitenlijst van de
    vergadering van het Algemeen Bestuur van 24 juni 2015 ... Aanwezig: ...`): the papers of
    one meeting bundle the record of an earlier one."""
    found: list[_PageRecord] = []
    start = next((k for k, x in enumerate(printed) if x.strip()), 0)
    for k, line in enumerate(printed[start + 1 :], start=start + 1):
        if len(line) <= PAGE_LINE_CHARS or not _PAGE_NUMBER_RE.match(line):
            continue
        page = _PAGE_NUMBER_RE.sub("", line, count=1)
        titled = _title_after_letterhead(page) or _subject_record(page)
        title = _TITLE_END_RE.split(titled[0], maxsplit=1)[0] if titled else ""
        m = DATE_RE.search(title)
        parsed = parse_date(m.group(0), context_year=year) if m else None
        if parsed is None:
            continue
        day, inferred = parsed.value, parsed.year_inferred
        if inferred:  # `D.D. 9 DECEMBER 13`: the year as the text prints it
            day, inferred = _with_printed_year(day, printed, title)
        if str(day) != str(first_date):
            found.append(_PageRecord(k, day, inferred, title))
    return found


def _page_record_meetings(
    doc: Doc, doc_lines: list[Line], printed: list[str], pages: list[_PageRecord]
) -> tuple[list[dict], list[dict]]:
    """(meetings, participants): the head's meeting with the people named above the first
    later record, and one meeting per later record, dated and placed by its title, with the
    people its own pages name."""
    cuts = [page.line for page in pages]
    meeting = _meeting_header(doc, doc_lines[: cuts[0]], printed[: cuts[0]])  # its own pages
    rows = _as_printed(side_by_side_rows(doc_lines[: cuts[0]]))
    people = _distinct(extract_participants(rows), meeting["meeting_id"])
    meetings = [meeting] if meeting["meeting_date"] is not None or people else []
    for n, (page, end) in enumerate(zip(pages, [*cuts[1:], len(doc_lines)], strict=True), 2):
        meeting_id = f"{meeting['document_id']}-m{n}"
        line = doc_lines[page.line]
        meetings.append(
            {
                **meeting,
                "meeting_id": meeting_id,
                "page_no": line.page_no,
                "body": find_body([], page.title),  # the head's body met on another day
                "meeting_date": page.day,
                "date_year_inferred": page.year_inferred,
                "start_time": None,
                "end_time": None,
                "location": find_location([page.title], page.day),
                **evidence_box([line.span], line.page_no),
            }
        )
        rows = _as_printed(side_by_side_rows(doc_lines[page.line : end]))
        people += _distinct(extract_participants(rows), meeting_id)
    return meetings, people


#: how far below its heading a meeting's attendance list may start
_SECTION_LIST_LINES = 8


def _meeting_sections(doc_lines: list[Line], printed: list[str]) -> list[int]:
    """Where each meeting of a journal of meetings starts: the headings that date one meeting
    each (`## Scrum Meeting: 03/10/2024 09:00`, `## Week 1 Dag 2 - donderdag 12 januari` over
    its `Aanwezig:` list), naming a meeting or followed by an attendance list before the next
    such heading; [] unless there are two. One meeting's minutes name another (`## Volgende
    vergadering 12 maart`) in a heading of their own at most once."""
    dated = [
        k
        for k, line in enumerate(doc_lines)
        if MARKDOWN_HEADING_RE.match(line.text)
        and len(DATE_RE.findall(printed[k])) == 1
        and not _OTHER_MEETING_RE.search(printed[k])
    ]
    starts = [
        k
        for k, end in itertools.pairwise([*dated, len(printed)])
        if _MEETING_EVENT_RE.search(printed[k])
        or any(status_label(x) for x in printed[k + 1 : min(end, k + _SECTION_LIST_LINES)])
    ]
    return starts if len(starts) >= 2 else []


def _section_meetings(
    meeting: dict[str, Any],
    doc_lines: list[Line],
    printed: list[str],
    starts: list[int],
    year: int | None,
) -> tuple[list[dict], list[dict]]:
    """(meetings, participants) of a journal of meetings: one meeting per section, dated
    and timed by its heading, with the people its own lists name."""
    meetings: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    for n, (a, b) in enumerate(itertools.pairwise([*starts, len(doc_lines)]), start=1):
        heading = printed[a]
        day, inferred = find_date([heading], year)
        start, end = _time_after_date(heading)
        meeting_id = f"{meeting['document_id']}-m{n}"
        meetings.append(
            {
                **meeting,
                "meeting_id": meeting_id,
                "page_no": doc_lines[a].page_no,
                "meeting_date": day,
                "date_year_inferred": inferred,
                "start_time": start,
                "end_time": end,
                "location": None,
                **evidence_box([doc_lines[a].span], doc_lines[a].page_no),
            }
        )
        rows = _as_printed(side_by_side_rows(doc_lines[a:b]))
        people += _distinct(extract_participants(rows), meeting_id)
    return meetings, people


def _time_after_date(line: str) -> tuple[time | None, time | None]:
    """The hours printed right after a heading's date (`03/10/2024 09:00`, `12 maart om
    19.30 - 21.00 uur`)."""
    day = DATE_RE.search(line)
    rest = line[day.end() :] if day else ""
    m = re.match(r"\s*,?\s*(?:om\s+|van\s+)?(?=\d{1,2}[:.]\d{2}\b)", rest)
    return parse_time_range(rest[m.end() :]) if m else (None, None)


_BOLD_LINE_RE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_:\n]+?)(?:\*\*|__)\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")


def _as_printed(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows of a text kept as markdown as a reader sees them (`documents.without_markdown`),
    and a table's cells each under its heading."""
    texts = [_unglued_label(text) for _, text in rows]
    texts = _pipe_tables(without_markdown("\n".join(_bold_group_labels(texts))).splitlines())
    texts += [""] * (len(rows) - len(texts))  # splitlines drops a last empty row
    if len(texts) != len(rows):
        return rows
    return [(page_no, text) for (page_no, _), text in zip(rows, texts, strict=True)]


#: a year with a word glued to it (`vergadering van dinsdag 8 november 2005Aanwezig : ...`)
_GLUED_AFTER_YEAR_RE = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z])")


def _unglued_label(text: str) -> str:
    """The line with an attendance label that a copied page glued to the year before it
    set apart, so the date keeps its year and the label opens its list."""
    for m in _GLUED_AFTER_YEAR_RE.finditer(text):
        if status_label(text[m.end() :]):
            return f"{text[: m.start()]} {text[m.end() :]}"
    return text


def _bold_group_labels(texts: list[str]) -> list[str]:
    """A few words set in bold on their own line over a bulleted list (`**Team Gent**`) head a
    group of that list, as a label with its colon does in print (`Team Gent:`)."""
    out = list(texts)
    for k, text in enumerate(texts):
        m = _BOLD_LINE_RE.match(text)
        below = next((t for t in texts[k + 1 : k + 3] if t.strip()), "")
        if m and len(m["text"].split()) <= 4 and _BULLET_RE.match(below):
            out[k] = f"{m['text'].strip()}:"
    return out


def _pipe_tables(texts: list[str]) -> list[str]:
    """The lines with each markdown table's rows written as a reader reads them, one line
    per row: each attendance or date cell after its heading as a label, a sentence each
    (`AANWEZIGEN: Jan Bos, Els Dam. VERONTSCHULDIGD: n/a`), or, under headings such as
    `Naam | Rol`, the cells one after another (`Jan Bos, voorzitter`); head and rule lines
    left blank."""
    out = list(texts)
    for k in range(1, len(texts)):
        if not (PIPE_RULE_RE.match(texts[k]) and PIPE_ROW_RE.match(texts[k - 1])):
            continue
        heads = pipe_cells(texts[k - 1])
        below = list(
            itertools.takewhile(lambda j: PIPE_ROW_RE.match(texts[j]), range(k + 1, len(texts)))
        )
        marked = presence_lists(heads, [pipe_cells(texts[j]) for j in below])
        if marked:  # `| Student | Aanw. |` over `| Piet Jacobs | x |`: one list per status
            out[k - 1] = out[k] = ""
            for n, j in enumerate(below):  # a list a row, what is left on the last row
                last = n == len(below) - 1
                out[j] = ". ".join(marked[n:]) if last else (marked[n] if n < len(marked) else "")
            continue
        labelled = not all(h.lower() in _rules()["column_headings"] for h in heads)
        # `| Vergaderdatum | 02-11-2021 |` over the rule: no headings but a label column's
        # first row, as markdown wants a head row above its rule
        label_column = (
            len(heads) == 2
            and _attendance_or_date_heading(heads[0])
            and heads[1]
            and not _attendance_or_date_heading(heads[1])  # `| Aanwezig | Afwezig |`: headings
        )
        out[k - 1] = f"{heads[0].rstrip(': ')}: {heads[1]}" if label_column else ""
        out[k] = ""
        j = k + 1
        while j < len(texts) and PIPE_ROW_RE.match(texts[j]):
            cells = pipe_cells(texts[j])
            if (label_column or not any(heads)) and len(cells) == 2:  # `Aanwezig | ...`
                out[j] = f"{cells[0].rstrip(': ')}: {cells[1]}" if all(cells) else ""
                j += 1
                continue
            pairs = [(h, c) for h, c in zip(heads, cells, strict=False) if c]
            if labelled:  # the attendance and the date; an agenda or next date is no list
                pairs = [(h, c) for h, c in pairs if _attendance_or_date_heading(h)]
            out[j] = (
                ". ".join(f"{h.rstrip(':')}: {c.rstrip('.')}" for h, c in pairs)
                if labelled
                else ", ".join(_name_first(pairs))
            )
            j += 1
    return out


def _name_first(pairs: list[tuple[str, str]]) -> list[str]:
    """A row's cells as its person is written, the name parts in columns of their own
    (`Achternaam | Voornaam | Organisatie`: `Bijen | Antoon | Justid`) joined in reading order
    first (`Antoon Bijen`), then the other cells."""
    kinds = _rules()["column_heading_kinds"]
    parts = {kinds.get(h.lower()): c for h, c in pairs}
    name = " ".join(parts[k] for k in ("given_name", "particle", "surname") if parts.get(k))
    name_kinds = {"given_name", "particle", "surname"}
    rest = [c for h, c in pairs if kinds.get(h.lower()) not in name_kinds]
    return [name, *rest] if name else rest


def _dated_sections(
    meeting: dict[str, Any], doc_lines: list[Line], year: int | None
) -> list[dict[str, Any]]:
    """The meetings of a register of decisions, one under each heading that opens with its
    date and names its body (`1 juli 2021 Kerkenraad`, `21 juni 2021 Moderamen`); none
    unless there are two."""
    found = []
    for line in doc_lines:
        text = line.text.strip()
        m = DATE_RE.match(text)
        body = text[m.end() :].strip(" :-") if m else ""
        if m is None or len(body.split()) > _SECTION_BODY_WORDS or not body[:1].isupper():
            continue
        parsed = parse_date(m.group(0), context_year=year)
        if parsed is not None:
            found.append((line, parsed, body))
    return (
        [
            {
                **meeting,
                "meeting_id": f"{meeting['document_id']}-m{k}",
                "page_no": line.page_no,
                "body": body,
                "meeting_date": parsed.value,
                "date_year_inferred": parsed.year_inferred,
                "start_time": None,
                "end_time": None,
                "location": None,
                **evidence_box([line.span], line.page_no),
            }
            for k, (line, parsed, body) in enumerate(found, start=1)
        ]
        if len(found) >= 2
        else []
    )


def _attendance_or_date_heading(heading: str) -> bool:
    label = f"{heading.rstrip(': ')}: x"
    return bool(status_label(label) or _rules()["date_label"].match(label))


def _dates_one_meeting(title: str | None, doc_lines: list[Line]) -> bool:
    """Whether a decision list's head dates the one meeting it records: a date label, a
    line naming the meeting with its date, a date in its title (`GS-besluitenlijst 25 juni
    2019`) or a date alone on a line."""
    head = [line.text for line in doc_lines if line.text][: _rules()["header_lines"]]
    if any(
        _rules()["date_label"].match(x) or _names_the_meeting(x) and DATE_RE.search(x) for x in head
    ):
        return True  # `Vergadering van gedeputeerde staten van Drenthe d.d. 28 maart 2006`
    return bool(title and DATE_RE.search(title)) or any(bare_date(x) or _date_line(x) for x in head)
