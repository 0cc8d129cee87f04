"""The lines made whole again before the lists are read: a head flattened into one line cut
into one line per label (`_unflattened`, a column of labels set before its values
included), a paragraph wrapped at the page's width joined into one line
(`_wrapped_paragraphs`), a list cut inside a name joined to the line going on with it
(`_rejoined`), a table's cell borders dropped and OCR-damaged initials restored."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from pdfminer.fontmetrics import FONT_METRICS

from pipeline.dates import bare_date
from pipeline.meetings.items import _singular_role
from pipeline.meetings.label_lines import _LEAD_GROUP_RE, _party_heading
from pipeline.meetings.names import (
    CAPITAL_INITIAL,
    initialled_name_re,
    initials,
    is_particle,
    particle_run,
    particles,
)
from pipeline.meetings.people import (
    _COLUMN_GAP_RE,
    _participant_like,
    status_label,
    without_notes,
)
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import _AGENDA_ITEM_RE, _BULLET_MARK_RE, _GROUP_LEAD_RE
from pipeline.nlp import longest_first


@cache
def _inline_head_break_re() -> re.Pattern[str]:
    """A label inside a line (`... Weijers Afwezig met kennisgeving: C. Schreuders`, `...
    Frantzen, Secretaris. De Leden: ...` with its article, `... G.P. Both Het Dagelijks
    Bestuur: ...` with its article and a word of its own), a role
    typed in lower case before a spaced colon (`... VVD; voorzitter : de heer J. Schrijen
    secretaris/directeur : de heer ...`: not `Schrijen secretaris/directeur :`) or the first
    agenda item (`... Notulist: H. Mutsaerts 1. Opening`, its number glued: `1Opening`, its
    title's capital read as a small letter: `1. lepening`, or no number: `Opening en
    mededelingen - ...`)."""
    roles = longest_first(map(re.escape, _rules()["roles"]))
    spaced_role = rf"(?:[\w-]*[/-])?(?:{roles})(?:[/-][\w-]+)?\s+:\s"
    # a role in lower case glued to its colon before a holder's initials (`... H.D.W.Boven
    # voorzitter: S.M.Bierkens sekretaris: N.Littooij`): a label column flattened by OCR
    initialled_role = rf"(?:{roles}):\s+[A-Z]{{1,2}}\."
    officer = rf"(?<=[\w)]\s){_officer_label()}"
    # a label in capitals before another word in capitals heads an empty row (`AFWEZIG
    # OPGEMAAKT DOOR`): it is cut off by the next label, not opening a list of it
    capitals = [rf"{w.upper()}(?!\s+[A-Z]{{2,}}\b)" for w in _rules()["inline_label_words"]]
    words = "|".join([*_rules()["inline_label_words"], *capitals])
    article = r"(?:(?:De|Het)\s+(?:[A-Z]\w*\s+)?(?=[A-Z]\w*:))?"  # `Het Dagelijks Bestuur:`
    # not an item named in a note (`... afwezig voor agendapunt 1 Verontschuldigd ...`)
    first_item = rf"(?<!punt\s)(?:1\s?\.?\s*[A-Z][a-z]|1\.\s+[a-z]{{3}})|{_UNNUMBERED_OPENING}"
    return re.compile(
        rf"(?<=\S)\s+(?={article}{_not_before_lower_label()}[A-Z][\w/-]*(?!\s+{spaced_role})"
        rf"(?:\s+[a-zà-ÿ][\w/.-]*){{0,4}}(?:\s+{_BENW})?\s*:\s"
        rf"|{spaced_role}|{initialled_role}|{officer}|{first_item}|(?:{words})\s"
        rf"|{_after_no_qualifier()}{_lower_label()})"
    )


def _after_no_qualifier() -> str:
    """Not right after a qualifier that opens the label (`Niet aanwezig:`, `ook aanwezig:`),
    one fixed-width look-behind per word."""
    words = [w for q in _rules()["label_qualifiers"] for w in (q, q.lower())]
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words)


def _lower_label() -> str:
    """An attendance label typed in lower case, with up to two words of its own, before its
    colon (`aanwezige leden:`, `aanwezige waarnemers:`, `verontschuldigd:`): some heads
    type every label so, flattened after the last name of the list before it."""
    words = longest_first(re.escape(w.lower()) for w in _rules()["inline_label_words"])
    return rf"(?:{words})e?(?:\s+[a-z][\w-]*){{0,2}}\s*:\s"


def _not_before_lower_label() -> str:
    """A capitalised word before a label in lower case opens the label only as one of its
    qualifiers (`Tevens aanwezig:`, `Niet aanwezig:`); any other is the surname that closes
    the list before it (`... Jan Vanderstraeten aanwezige waarnemers: ...`)."""
    qualifiers = "|".join(map(re.escape, _rules()["label_qualifiers"]))
    return rf"(?:(?=(?:{qualifiers})\s)|(?![A-Z][\w/-]*\s+{_lower_label()}))"


#: the first agenda item printed without its number after the head's last field (`...
#: Verslag: M.H. Plet Opening en mededelingen - In het ...`, `Secretaris? D.Smits. Opening.
#: De voorzitter opent ...`)
_UNNUMBERED_OPENING = r"Opening(?:\s+en\s+[a-z]+)?\.?\s+(?![a-z])"


def _opens_the_agenda(piece: str) -> bool:
    """A piece of a flattened head that opens the agenda: an item's number (`1. Opening`) or
    the first item without it (`Opening en mededelingen - ...`)."""
    return piece[:1].isdigit() or re.match(_UNNUMBERED_OPENING, piece) is not None


#: the college of mayor and aldermen as a group's label ends in it (`College van B en W:`,
#: Frisian `Ut it kolleezje fan B W:`)
_BENW = r"B\.?\s*(?:&|en)?\s*W\.?"


#: ... cut before its `W`, which looks like a label of its own (`W: ...`)
_BENW_CUT_RE = re.compile(r"\sB\.?(?:\s*(?:&|en))?$")


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
        if flattened and (paired := _organisation_pairs(line) or _dashed_label_column(line)):
            out += [(page_no, x) for x in paired]
            continue
        line = _labels_beside_values(_two_column_leads(line)) if flattened else line
        pieces = _labels_made_whole(_inline_head_break_re().split(line) if flattened else [])
        first = next((k for k, x in enumerate(pieces) if status_label(x)), None)
        if first is None:
            rows = (_word_label_rows(line) if flattened else None) or _label_after_sentence(line)
            out += [(page_no, x) for x in rows]
            continue
        pieces = [_officer_field(y) for x in pieces for y in _cut_at_opening(x)]
        end = next(
            (k for k, x in enumerate(pieces[first:], first) if _opens_the_agenda(x) or _opens(x)),
            len(pieces),
        )
        rest = " ".join(pieces[end:])
        start = _run_start(pieces, first)
        labelled = [_label_rejoined(x) for x in pieces[start:end]]
        labelled = _stacked_labels(_rolls_as_lines(_label_run_rows(labelled)))
        labelled = _run_under_first_label(labelled)
        head = _label_run_rows(_head_fields(pieces[:start]))
        if (labelled_first := status_label(pieces[first])) and labelled_first[0] == "absent":
            head = [y for x in head for y in _roll_before_absentees(x)]
        out += [(page_no, x) for x in (*head, *labelled, rest) if x]
    return out


#: two groups' leads printed side by side over their columns, flattened into one lead before
#: the first column's list, the second's colon left bare after it (`...; Noord-Brabant
#: Limburg : de heren Claessen, Van Hooff; : de dames De Beaumont ...`)
_TWO_COLUMN_LEADS_RE = re.compile(
    r"(?P<sep>;\s+)(?P<first>[A-Z][\w'’-]+)\s+(?P<second>[A-Z][\w'’-]+)\s*:\s+"
    r"(?P<items>[^;:]+;)\s*:\s+"
)


def _two_column_leads(line: str) -> str:
    """Each of two leads flattened into one (`Noord-Brabant Limburg : <list>; : <list>`) put
    before its own list, read by position (`Noord-Brabant : <list>; Limburg : <list>`): the
    first lead's word is no name closing the list before it."""
    return _TWO_COLUMN_LEADS_RE.sub(r"\g<sep>\g<first> : \g<items> \g<second> : ", line)


#: an attendance word over its column's functions, each as a dashed item (`Aanwezig-voorzitter
#: -secretaris -de leden -wethouders`), the next column's label after it (`Afwezig`): a
#: two-column table of old council minutes flattened, its labels before its values
_DASHED_COLUMN_RE = re.compile(
    r"(?<!\S)(?P<head>(?i:aanwezig|tegenwoordig))(?P<labels>(?:\s*-\s*(?:de\s+)?[a-z]+){2,})"
    r"(?:\s+(?P<next>[A-Z][a-z]+))?\s+(?=\S)"
)

#: where a value of the column ends: a full stop after a word in lower case (`Klitsie,
#: burgemeester.`, `Van Loon.`), not after initials (`H.W.M.`)
_VALUE_END_RE = re.compile(r"(?<=[a-zà-ÿ])\.\s+")

#: the qualifier of the next column's label printed as the start of its value (`Afwezig` over
#: `met kennisgeving de heer Konings.`)
_LABEL_QUALIFIER_RE = re.compile(r"^(?:met|zonder)\s+(?:kennisgeving|bericht)\b\s*")


def _dashed_label_column(line: str) -> list[str] | None:
    """A flattened head whose attendance word heads its functions as dashed items and whose
    values follow, each closed by a full stop (`Aanwezig-voorzitter -secretaris -de leden
    -wethouders Afwezig H.W.M. Klitsie, burgemeester. F.A.J. Jansen. Adriaansen, Ars en Van
    Loon. Schuurbiers en Beekhuijzen. met kennisgeving de heer Konings. De voorzitter opent
    ...`): the attendance label alone, each function before its value, the next column's
    label before the value left (its qualifier moved into it), then the text. None where the
    items are no functions or the values are too few."""
    m = _DASHED_COLUMN_RE.search(line)
    if m is None:
        return None
    items = [re.sub(r"^de\s+", "", x.strip()) for x in m["labels"].split("-") if x.strip()]
    group_roles = _rules()["group_roles"]
    if not all(_column_label(x.capitalize()) or x in group_roles for x in items):
        return None
    labels = [x.capitalize() for x in items]
    following = status_label(f"{m['next']}:") if m["next"] else None
    if m["next"] and (following is None or following[0] == "present"):
        return None  # a word of the text after the column, or a label of its own list
    values, rest = _closed_values(line[m.end() :], len(labels) + bool(following))
    if values is None:
        return None
    rows = [f"{a}: {b}" for a, b in zip(labels, values, strict=False)]
    if following:
        last = values[-1]
        qualifier = _LABEL_QUALIFIER_RE.match(last)
        label = f"{m['next']} {qualifier[0].strip()}" if qualifier else m["next"]
        rows.append(f"{label}: {last[qualifier.end() if qualifier else 0 :]}")
    return [line[: m.start()].strip(), f"{m['head']}:", *rows, rest]


def _closed_values(text: str, n: int) -> tuple[list[str] | None, str]:
    """The first `n` values of `text`, each closed by a full stop after a word in lower case
    that is no title (`Ir. Van der Schrier` goes on), and the text after them; (None, text)
    where fewer close."""
    titles = _rules()["honorific_words"]
    values: list[str] = []
    start = 0
    for m in _VALUE_END_RE.finditer(text):
        if len(values) == n:
            break
        if text[: m.start()].rsplit(None, 1)[-1].lower() in titles:
            continue
        values.append(text[start : m.start()].strip())
        start = m.end()
    if len(values) < n:
        return None, text
    return values, text[start:].strip()


@cache
def _word_label_run_re() -> re.Pattern[str]:
    """Two or more attendance labels in a row without their colons before a capital (`...
    25 maart 2015 aanwezig afwezig Namens de gemeenten: ...`): a label column flattened
    before its values."""
    words = longest_first(re.escape(w) for w in _rules()["inline_label_words"])
    return re.compile(rf"(?<=\s)(?P<run>(?:(?i:{words})\s+){{2,}})(?=[A-Z])")


def _word_label_rows(line: str) -> list[str] | None:
    """A flattened head whose labels without colons stand before their values (`aanwezig
    afwezig Namens de gemeenten: de heren A, B. Verder de heren C, D. De heren E, F. 1.
    Opening ...`): the values' sentences up to the first agenda item, one group per label
    in the labels' order, a sentence opened by a qualifier (`Verder`, `Tevens`) going on
    with the group before it. The head, each sentence after its label with its colon, and
    the text after them; None where the groups are not as many as the labels."""
    m = _word_label_run_re().search(line)
    if m is None:
        return None
    sentences = _rules()["sentence_end"].split(line[m.end() :])
    end = next((k for k, x in enumerate(sentences) if _AGENDA_ITEM_RE.match(x)), None)
    if end is None:
        return None
    groups: list[list[str]] = []
    for sentence in sentences[:end]:
        first, _, after = sentence.partition(" ")
        if groups and first in _rules()["label_qualifiers"]:
            groups[-1].append(after)  # `Verder de heren C, D`: more of the same list
        else:
            groups.append([sentence])
    labels = m["run"].split()
    if len(groups) != len(labels):
        return None
    rows = [f"{a.capitalize()}: {x}" for a, g in zip(labels, groups, strict=True) for x in g]
    rest = line[line.index(sentences[end], m.end()) :]  # the text after the lists, as printed
    return [line[: m.start()].strip(), *rows, rest]


def _run_start(pieces: list[str], first: int) -> int:
    """Where the lists of a flattened head begin: at its first attendance label, or at the
    bare labels of the column it stands in (`Voorzitter: Aanwezig zijn de leden: ...`)."""
    while first > 0 and _BARE_LABEL_RE.match(pieces[first - 1]):
        first -= 1
    return first


#: an item of a roll of initialled people parted by semicolons (`drs. A.M.J.C. Aarts,
#: burgemeester`, `J.M. de Jong`), an OCR's stray letter before it (`j J.S.P.M. Oomen`)
_ROLL_ITEM_RE = re.compile(rf"^(?:[a-z]\s+)?(?:[a-z]{{2,4}}\.\s*)*{initials(5)}[^;:]{{2,60}}$")


#: where the roll's first item begins in the text before it: a title or the initials
_ROLL_START_RE = re.compile(rf"(?<!\S)(?:[a-z]{{2,4}}\.\s*)*{initials(5)}\s?{particle_run()}[A-Z]")


#: the fewest items after the first that make a roll
_ROLL_ITEMS_MIN = 4


def _roll_before_absentees(text: str) -> list[str]:
    """A flattened head whose roll of present people, parted by semicolons, follows the
    title without its label (OCR of old minutes that printed the labels in the margin:
    `... in het gemeenschapshuis 't Web. drs. A.M.J.C. Aarts, burgemeester; J.B.A. Mertens,
    gemeentesecretaris; ... D.J.A. van de Wijgerd;` before `Afwezig met kennisgeving ...`):
    the title, then the roll as a present list; [text] where it ends in no such roll."""
    items = text.rstrip(" ;").split(";")
    k = len(items)
    while k > 1 and _ROLL_ITEM_RE.match(items[k - 1].strip()):
        k -= 1
    if len(items) - k < _ROLL_ITEMS_MIN:
        return [text]
    starts = list(_ROLL_START_RE.finditer(items[k - 1]))
    if not starts:
        return [text]
    cut = len(";".join(items[: k - 1])) + bool(k > 1) + starts[-1].start()
    return [text[:cut].rstrip(), f"Aanwezig: {text[cut:].strip()}"]


@cache
def _paired_person_re() -> re.Pattern[str]:
    """A person after an organisation's label: a given name and a surname with its
    tussenvoegsels (`Adelheid Beuselinck`, `Sven Van den Brande`, `Karel-Lodewijk Decleir`),
    a note in brackets after it (`Bernard Dewilde (voorzitter)`)."""
    word = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
    return re.compile(
        rf"\s*(?P<name>{word}\s+{particle_run(any_case=True)}{word})(?P<note>\s*\([^()]{{1,40}}\))?"
        r"(?=\s|$)"
    )


#: the pairs of an organisation's label and its person that make a flattened list of them
_ORGANISATION_PAIRS_MIN = 4


def _organisation_pairs(line: str) -> list[str] | None:
    """A page flattened into one line whose list prints each person after the label of the
    club or body they came for (a youth council's minutes: `AANWEZIGHEDEN Vanwege de
    jeugdverenigingen: Cd&V jongeren: Adelheid Beuselinck Chiro Spartok: Nele Depuydt ...
    Afwezig met kennisgeving: JH De Kanapee: Vicky Coussens ...`): the line cut into the head,
    each label on a line of its own with its person (`Chiro Spartok: Nele Depuydt`) or alone
    (a list's label, a group's heading), and the text after the last person; None where
    fewer than `_ORGANISATION_PAIRS_MIN` pairs follow an attendance heading or label. A
    person is read as a given name and a surname with its tussenvoegsels: the words after
    them, up to the next colon, are the next label."""
    colons = [m.start() for m in re.finditer(r":\s", line)]
    if len(colons) <= _ORGANISATION_PAIRS_MIN:
        return None
    out = _head_and_label(line[: colons[0]])
    label, pairs = out.pop(), 0
    listed = len(out) > 1  # under an attendance heading (`AANWEZIGHEDEN`) or label
    for start, end in zip(colons, [*colons[1:], len(line)], strict=True):
        people, taken = _paired_people(line[start + 1 : end])
        labelled = status_label(f"{label}:")
        listed = listed or labelled is not None
        if people and listed and not labelled:
            pairs += 1
        out.append(_pair_line(label.strip(), people))
        label = line[start + 1 + taken : end]
        if end == len(line) or not _pair_label(label):
            out.append(line[start + 1 + taken :].strip())  # the text after the list
            break
    return [x for x in out if x] if pairs >= _ORGANISATION_PAIRS_MIN else None


def _pair_line(label: str, people: list[str]) -> str:
    """A label and its people as a line of a list: `Chiro Spartok: Nele Depuydt`, a
    function's label that names what it is held for written as the person's note (`Marc
    Vanderhaeghe (Schepen van jeugd)`; `Secretaris: Ans Kok` stays a function's field), a
    label alone (`Afwezig met kennisgeving:`)."""
    if not people:
        return f"{label}:"
    start = _function_end(label)
    held = start is not None and _FUNCTION_WORDS_RE.fullmatch(label, start) is not None
    if held and start < len(label) and len(people) == 1 and "(" not in people[0]:
        return f"{people[0]} ({label})"
    return f"{label}: {', '.join(people)}"


#: the words of an organisation's label at most (`Jeugdbrandweer Kortemark JH De Meeuwe`)
_PAIR_LABEL_MAX_WORDS = 6


def _pair_label(text: str) -> bool:
    """A label between two people of a flattened list (`Chiro Spartok`, `Afwezig met
    kennisgeving`), not the text after it (`... 2. WELKOM We klinken op ...`)."""
    words = text.split()
    return 0 < len(words) <= _PAIR_LABEL_MAX_WORDS and not re.search(r"[.;!?]|\d", text)


def _paired_people(segment: str) -> tuple[list[str], int]:
    """(the people at the start of a segment between two labels' colons, where they end):
    one person, more only where each after the first has a note (`Bernard Dewilde
    (voorzitter) Wouter Verscheure (ondervoorzitter) Waarnemend`)."""
    people: list[str] = []
    pos = 0
    while m := _paired_person_re().match(segment, pos):
        if people and not m["note"]:
            break
        people.append(m[0].strip())
        pos = m.end()
    return people, pos


def _head_and_label(segment: str) -> list[str]:
    """The text before a flattened list's first colon as lines: the head, an attendance
    heading in capitals alone on its line (`AANWEZIGHEDEN`), and the first label (`Vanwege
    de jeugdverenigingen`) last."""
    for m in re.finditer(r"(?<=\s)(?P<word>[A-Z]{4,})\s+", segment):
        if status_label(m["word"]):
            return [segment[: m.start()].strip(), m["word"], segment[m.end() :]]
    return [segment]


def _officer_label() -> str:
    """An officer's label of a flattened column without colon before the holder's initials."""
    officers = longest_first(map(re.escape, _rules()["inline_function_labels"]))
    return rf"(?:{officers})(?=\s+[A-Z]{{1,2}}\.\s?[A-Z])"


@cache
def _officer_label_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<label>{_officer_label()})\s+")


def _officer_field(piece: str) -> str:
    """A piece of a flattened head that is an officer's field of a label column printed
    without colon (`Secretaris-directeur P. Spaan`) written as such a field is elsewhere
    (`Secretaris-directeur: P. Spaan`): the holder's field, which ends the list above it."""
    m = _officer_label_re().match(piece)
    return f"{m['label']}: {piece[m.end() :]}" if m else piece


def _head_fields(pieces: list[str]) -> list[str]:
    """The pieces of a flattened head before its first attendance label as lines: the text
    joined again, each field of a meeting's function with its colon a line of its own
    (`... 26 september 2012 Voorzitter: de heer A. Bos Commissiegriffier: de heer K. Dijk
    Aanwezige leden: ...`), where its holder is read."""
    out: list[str] = []
    after_field = False
    for piece in pieces:
        m = _rules()["function_label"].match(piece)
        field = m is not None and ":" in piece[: m.start("rest")]
        if field or after_field or not out:
            out.append(piece)  # a field, or the text the fields end
        else:
            out[-1] = f"{out[-1]} {piece}"
        after_field = field
    return out


def _labels_made_whole(pieces: list[str]) -> list[str]:
    """The pieces of a flattened line with a label cut at its own capitalised word joined
    again (`Tegenwoordig de Leden van het` + `Bestuur: Dr. J.G.R. Acquoy, ...`, `Het
    Dagelijks` + `Bestuur: E.M. Sweet, PvdA; ...`)."""
    out: list[str] = []
    for piece in pieces:
        led = out and _ARTICLE_LED_RE.fullmatch(out[-1]) and re.match(r"[A-Z]\w*:\s", piece)
        benw = out and _BENW_CUT_RE.search(out[-1]) and re.match(r"W\.?\s*:\s", piece)
        if led or benw:
            out[-1] = f"{out[-1]} {piece}"  # `Het Dagelijks` + `Bestuur: E.M. Sweet, ...`
            continue
        if out and (moved := _capital_label_word(out[-1], piece)):
            out[-1], piece = moved  # `... VERDER` + `AANWEZIG: ...`: one label in capitals
        if out and _cut_after_initial(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"  # `Afwezig D.` + `Sioen: Burgemeester; ...`
            continue
        if out and _qualifier_cut_off(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"  # `Tevens zijn` + `aanwezig:`: one label
            continue
        if out and not status_label(out[-1]) and _ATTENDANCE_WORD_RE.match(out[-1]):
            joined = f"{out[-1]} {piece}"
            label = status_label(joined)
            if label and len(joined) - len(label[1]) > len(out[-1]):
                out[-1] = joined  # the label's colon stands in the piece joined
                continue
        out.append(piece)
    return out


#: the words of a label's qualifier at most (`Tevens zijn` of `Tevens zijn aanwezig:`)
_QUALIFIER_MAX_WORDS = 3


def _qualifier_cut_off(piece: str, following: str) -> bool:
    """A label in lower case cut off from the qualifier that opens it (`Tevens zijn` +
    `aanwezig:`), the label alone in a column of labels."""
    words = piece.split()
    if not words or len(words) > _QUALIFIER_MAX_WORDS or not following[:1].islower():
        return False
    if words[0] not in _rules()["label_qualifiers"] or status_label(piece):
        return False
    own, joined = status_label(following), status_label(f"{piece} {following}")
    return own is not None and not own[1] and joined is not None and not joined[1]


#: a piece of a flattened line that ends in an initial (`... S. Vanderhaeghen, J.`)
_ENDS_IN_INITIAL_RE = re.compile(rf"(?<![\w.]){CAPITAL_INITIAL}$")


#: a surname with the colon after it that opens a piece (`Jonckheere: Schepenen; ...`)
_SURNAME_COLON_RE = re.compile(r"^(?P<word>[A-Z][\w'’-]*):\s")


#: the last word of a piece in capitals, no initial (`... de heer Vermeulen VERDER`)
_LAST_CAPITALS_RE = re.compile(r"\s+(?P<word>[A-Z]{4,})$")


def _capital_label_word(piece: str, following: str) -> tuple[str, str] | None:
    """A label of two words in capitals cut after its first (`... Partij voor de Dieren -
    AANWEZIGE` + `GEDEPUTEERDEN: ...`, `... Vermeulen VERDER` + `AANWEZIG: ...`): the
    pieces with that word moved to the label; None where the word is no part of one (a
    surname in capitals: `PEETERS` + `Aanwezig: ...`)."""
    m = _LAST_CAPITALS_RE.search(piece)
    if m is None or not following[:1].isupper() or not following.split(":")[0].isupper():
        return None
    joined = f"{m['word']} {following}"
    if status_label(joined) is None:
        return None
    return piece[: m.start()], joined


def _cut_after_initial(piece: str, following: str) -> bool:
    """A name cut between its initial and its surname, which the colon after it made look
    like a label (`J.` + `Jonckheere: Schepenen; ...`: a list that names people before their
    function); not a label that follows a name printed surname first (`Bos P.` +
    `Secretaris: ...`)."""
    m = _SURNAME_COLON_RE.match(following)
    if m is None or not _ENDS_IN_INITIAL_RE.search(piece):
        return False
    word = m["word"]
    return not (_column_label(word) or _rules()["role_re"].match(word))


#: the article and first word of a group's label of several words, cut off before its last
#: word (`Het Dagelijks` of `Het Dagelijks Bestuur:`)
_ARTICLE_LED_RE = re.compile(r"(?:De|Het)\s+[A-Z]\w*")


#: a piece that opens with an attendance word (`Tegenwoordig de Leden van het`)
_ATTENDANCE_WORD_RE = re.compile(r"^(?:Aanwezig|Tegenwoordig|Afwezig)\w*\s+(?:de|het)\s", re.I)


#: the subject of the chair's opening sentence where a flattened list runs on into it, its
#: full stop lost with the line break (`..., gemeentesecretaris De burgemeester-voorzitter
#: opent de vergadering`, `..., raadslid Jannie Koster opent om 20 uur de zitting`): the role
#: with its article or the name in capitals right before the verb, up to four words of it
#: (`Voorzitter Jean Marie De Groote opent de zitting`: not cut inside the name)
_OPENING_SUBJECT_RE = re.compile(
    r"(?<=[a-z,;])\s+(?=(?:(?:De|Het)\s+[\w-]+|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
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


#: a label with its colon alone, a qualifier after it too (`Afwezig m.k.:`)
_BARE_LABEL_RE = re.compile(r"^[A-Z][\w/-]*(?:\s+[a-z][\w./-]*){0,3}\s*:$")


def _label_run_rows(pieces: list[str]) -> list[str]:
    """A flattened head's run of labels with colons printed before their values (`Voorzitter:
    Griffier: ir. A.P. Heidema drs. A.G. M. Dashorst`, `Verder aanwezig: Voorzitter:
    Griffier: Afwezig: mevrouw N. Kok, de heer F. Bos de heer L. Smit ...`): a two-column
    table read column by column. Each label before its group of values, the groups in the
    labels' order (`_value_groups`); the pieces as they are where the groups are too few."""
    out = list(pieces)
    for k in range(len(out)):
        n = next((j for j in range(k, len(out)) if not _BARE_LABEL_RE.match(out[j])), len(out))
        if n == k or n == len(out) or ":" not in out[n]:
            continue
        label, values = out[n].split(":", 1)
        rows = _labelled_groups([*out[k:n], f"{label}:"], _value_groups(values.strip()))
        out[k : n + 1] = rows or out[k : n + 1]
        return out
    return out


def _labelled_groups(labels: list[str], groups: list[str]) -> list[str] | None:
    """Each label before its group (`_label_run_rows`), where the groups are as many as the
    labels. A run opened by a label of those present over two or more functions' labels
    (`Aanwezig: Voorzitter: Griffier: ...`) is that label's heading: the functions take the
    first groups under it, the groups left over are its list, after them as printed.
    Otherwise a last label's list runs on over groups left over, as any label's list does; a
    lone empty label before a label's list may be an empty field (`Afwezig:`), so two labels
    need exactly two groups. None where no reading fits."""
    if len(groups) == len(labels):
        return [f"{a} {b}" for a, b in zip(labels, groups, strict=True)]
    heading, functions = labels[0], labels[1:]
    if _heads_functions(heading, functions) and len(groups) >= len(functions):
        rows = [f"{a} {b}" for a, b in zip(functions, groups, strict=False)]
        left = " ".join(groups[len(functions) :])
        return [heading, *rows, *([f"{heading} {left}"] if left else [])]
    if len(groups) < len(labels) or len(labels) == 2:
        return None
    groups = [*groups[: len(labels) - 1], " en ".join(groups[len(labels) - 1 :])]
    return [f"{a} {b}" for a, b in zip(labels, groups, strict=True)]


def _heads_functions(heading: str, functions: list[str]) -> bool:
    """A label of those present over two or more labels of functions (`Aanwezig:` over
    `Voorzitter:` and `Griffier:`), none of them an attendance label."""
    over = status_label(heading)
    present = over is not None and over[0] == "present"
    return present and len(functions) >= 2 and not any(map(status_label, functions))


@cache
def _person_start_re() -> re.Pattern[str]:
    """Where a person's entry begins in a run of values: an honorific, an academic title or
    initials (`de heer`, `drs.`, `A.P.`, `Th.`), or the plural of a group's role that heads
    its names (`gedeputeerden A. Bos en C. Kok`)."""
    honorifics = longest_first(re.escape(h) for h in _rules()["honorific_words"])
    groups = longest_first(map(re.escape, _rules()["group_roles"]))
    initialled = initials(5, short_names=True, spaced=False)
    return re.compile(rf"(?<!\S)(?:(?i:de\s+)?(?i:{honorifics})\.?|{initialled}|{groups})(?=\s)")


#: what joins two people of one group: a comma or semicolon after the first, `en`/`&`
_JOINED_RE = re.compile(r"(?:[,;]|\s(?:en|&))\s*$")


def _before_heading(before: str, start: int) -> int:
    """Where a group starts that opens with a party's heading printed before its first
    person (`... de heer Van Lingen VVD mevrouw Kip, ...`): before the heading; else where
    the person starts."""
    head, _, last = before.rpartition(" ")
    return len(head) + 1 if head and last.isalnum() and _party_heading(last) else start


def _value_groups(values: str) -> list[str]:
    """The values of a label column read column by column, parted into one group per label:
    the people of one group are joined by commas or `en` (`mevrouw N. Kok, de heer F. Bos en
    de heer C. Smit`), a group ends where the next person's entry follows a name or note with
    nothing between (`... (CDA) A.G. Clements`, `ir. A.P. Heidema drs. A.G. Dashorst`)."""
    cuts = [0]
    last_end = -1
    for m in _person_start_re().finditer(values):
        before = values[: m.start()].rstrip()
        if m.start() > 0 and before and last_end != len(before) and not _JOINED_RE.search(before):
            cuts.append(_before_heading(before, m.start()))
        last_end = m.end()
    return [values[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(values)], strict=True)]


#: a group's plural role without its colon before the first initialled name of its roll
#: (`Leden P.C. Boden P.A. Bogers ...`, `Wethouders mr. A. Bos ...`)
_GROUP_ROLL_LEAD_RE = re.compile(
    r"(?<!\S)(?P<role>[A-Z][a-z]+)\s+(?=(?:[a-z]{2,4}\.\s*)?[A-Z][a-z]?\.)"
)

#: the fewest names a group's roll without commas holds
_GROUP_ROLL_MIN = 4


def _group_rolls(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a group's roll typed without colon or commas (old council minutes'
    `Secretaris: P.Th. Maas Leden P.C. Boden P.A. Bogers M.M. Goossens ... P.A.M. van
    Tiggelen Na het sluiten van de deuren ...`) cut out as the group's list (`Leden: P.C.
    Boden, P.A. Bogers, ...`), the text before and after it on lines of their own."""
    out: list[tuple[int, str]] = []
    for page_no, line in lines:
        out += [(page_no, x) for x in _group_roll_cut(line)]
    return out


def _group_roll_cut(line: str) -> list[str]:
    """The line cut around its group's roll without commas (`_group_rolls`); [line] where
    it holds none."""
    for m in _GROUP_ROLL_LEAD_RE.finditer(line):
        if m["role"].lower() not in _rules()["group_roles"]:
            continue
        names, end = _roll_names(line, m.end())
        if len(names) >= _GROUP_ROLL_MIN:
            roll = f"{m['role']}: {', '.join(names)}"
            return [x for x in (line[: m.start()].rstrip(), roll, line[end:].strip()) if x]
    return [line]


def _roll_names(line: str, start: int) -> tuple[list[str], int]:
    """The initialled names one after the other from `start` on, nothing between them, and
    where they end."""
    names: list[str] = []
    name_re = initialled_name_re()
    while m := name_re.match(line, start):
        names.append(m[0])
        start = m.end()
        if not (gap := re.match(r"\s+", line[start:])):
            break
        start += gap.end()
    return names, start


#: a group's label ending a line with the row of its functions, no colons (`Bestuur: Voorzitter
#: Secretaris Penningmeester Onderhoud Legalisatie e.d.`), the holders' row printed below
_GROUP_FUNCTIONS_RE = re.compile(
    r"(?<!\S)(?P<group>[A-Z][a-z]+):\s+(?P<functions>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[a-z]+\.(?:[a-z]+\.)*))+)\s*$"
)

#: one function of such a row, with the abbreviation after it (`Legalisatie e.d.`)
_FUNCTION_ITEM_RE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+\.(?:[a-z]+\.)*)?")

#: a line of names alone, a given name and a surname each (`Judith Knijn Sandra Tulp`)
_NAME_PAIRS_RE = re.compile(r"^\s*(?:[A-Z][a-zà-ÿ]+\s+[A-Z][a-zà-ÿ]+\s*)+$")

#: the lines below the functions' row that may stand before their holders' row (another
#: table's heading read between the two)
_HOLDERS_REACH = 2


def _functions_over_names(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a board's row of functions after its group's label (`Bestuur: Voorzitter
    Secretaris Penningmeester Onderhoud`) over the row of their holders a line or two below
    (`Judith Knijn Sandra Tulp Hans Beuk Rob Overeem`), a head's table read row by row: the
    group's label alone, then each holder with their function, one a line, in the rows'
    order. Only where the row opens on two functions of the rules and the holders' row
    holds exactly two words for each function."""
    out = list(lines)
    for k, (page_no, line) in enumerate(out):
        m = _GROUP_FUNCTIONS_RE.search(line)
        if m is None or m["group"].lower() not in _rules()["group_member_roles"]:
            continue
        functions = _FUNCTION_ITEM_RE.findall(m["functions"])
        if len(functions) < 3 or not all(map(_column_label, functions[:2])):
            continue
        for j in range(k + 1, min(len(out), k + 1 + _HOLDERS_REACH)):
            words = out[j][1].split()
            if _NAME_PAIRS_RE.match(out[j][1]) and len(words) == 2 * len(functions):
                names = [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
                rows = [f"{a} ({b.lower()})" for a, b in zip(names, functions, strict=True)]
                held = [(page_no, x) for x in (f"{m['group']}:", *rows, "")]
                head = [(page_no, line[: m.start()].rstrip())] if line[: m.start()].strip() else []
                return [*out[:k], *head, *held, *out[k + 1 : j], *out[j + 1 :]]
    return out


#: a line of labels alone, each with its colon (`Voorzitter: secretaris: genodigden:`)
_LABEL_ROW_RE = re.compile(r"^\s*(?:[A-Za-z][\w./-]*(?:\s+[a-z][\w./-]*){0,3}\s*:\s*){2,}$")


def _label_row_over_values(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a row of labels set over one line of their values, a table's two
    columns read one after the other: functions' labels (`Voorzitter: secretaris:
    genodigden:` over `E. Klein G. Buevink gedeputeerden A. Bos en C. Kok`) or the parties
    after an attendance label (`Aanwezig: CDA PvdA SGP` over `B. Bos, J. Kok M. Smit, C. Valk
    G. Holdijk`). Each label on a line with its group of values, the groups in the labels'
    order (`_labelled_groups`); the lines as they are where the groups do not fit."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        n = _label_row_end(lines, k)
        page_no, line = lines[k][0], " ".join(_RULER_RE.sub("", x) for _, x in lines[k:n])
        values = lines[n][1].strip() if n < len(lines) else ""
        rows = (
            None
            if status_label(values)
            else _function_row(line, values) or _party_row(line, values)
        )
        out += [(page_no, x) for x in rows] if rows else [lines[k]]
        k = n + 1 if rows else k + 1
    return out


#: the number of a page's line ruler before a row of labels (`20 Aanwezig: Leden:`, a
#: council's minutes numbering every fifth line in the margin)
_RULER_RE = re.compile(r"^\s*\d{1,3}\s+(?=[A-Za-z])")


def _label_row_end(lines: list[tuple[int, str]], k: int) -> int:
    """Where the row of labels that starts at lines[k] ends: a row wrapped over several lines
    of labels alone (`20 Aanwezig: Leden:` over `25 Wethouders: Voorzitter: Griffier:
    Notulen:`, then the values' line) is one row; k + 1 for a line of one row or none."""
    n = k
    while n < len(lines) and _LABEL_ROW_RE.match(_RULER_RE.sub("", lines[n][1])):
        n += 1
    return max(n, k + 1)


def _function_row(line: str, values: str) -> list[str] | None:
    """A row of functions' or attendance labels alone, each with its colon, before its
    values (`_label_row_over_values`); a group's plural role among them (`Leden:`,
    `Wethouders:`) heads its members' column as a function's label heads its holder."""
    if not _LABEL_ROW_RE.match(line):
        return None
    labels = [f"{x.strip()}:" for x in line.split(":") if x.strip()]
    group_roles = _rules()["group_roles"]
    if not all(_column_label(x[:-1]) or x[:-1].lower() in group_roles for x in labels):
        return None
    return _labelled_groups(labels, _value_groups(values))


def _party_row(line: str, values: str) -> list[str] | None:
    """An attendance label before a row of parties' names, one word each (`Aanwezig: CDA
    PvdA VVD D66`), over their members, one group per party: the label alone, then each
    party as its group's label (`CDA: B. Bos, J. Kok`)."""
    labelled = status_label(line)
    parties = labelled[1].split() if labelled else []
    if len(parties) < 2 or not all(p.isalnum() and _party_heading(p) for p in parties):
        return None
    groups = _value_groups(values)
    if len(groups) != len(parties):
        return None
    rows = [f"{p}: {g}" for p, g in zip(parties, groups, strict=True)]
    return [line[: len(line) - len(labelled[1])].rstrip(), *rows]


#: a list's item that names people before the function they hold (`I. Vandepitte, J.
#: Jonckheere: Schepenen`), the items of a roll parted by semicolons
_ROLL_ITEM_SPLIT_RE = re.compile(r"\s*;\s*")


#: the items a roll of people before their function holds at least
_FUNCTION_ROLL_MIN = 3


def _rolls_as_lines(pieces: list[str]) -> list[str]:
    """A flattened head's labels with their lists written as rolls of people before their
    function (`Aanwezig Afwezig D. Sioen: Burgemeester; ...; S. Verstraete: Algemeen
    Directeur D. Sioen: Burgemeester afwezig voor agendapunt 21; ...`, a Flemish council's
    template with its label column set before the values): each label alone on its line and
    its items below it, one a line, the rolls given to the labels in their order; the pieces
    as they are otherwise."""
    out: list[str] = []
    labels: list[str] = []  # the bare labels stacked before a label's roll
    for piece in pieces:
        labelled = status_label(piece)
        rolls = _function_rolls(labelled[1]) if labelled and labelled[1] else None
        if labelled and not labelled[1]:
            labels.append(piece)
            continue
        if rolls is None:
            out += [*labels, piece]
            labels = []
            continue
        names = [*labels, _label_alone(piece)]
        for label, roll in zip(names, rolls, strict=False):
            out += [label, *roll]
        labels = []
    return out + labels


def _function_rolls(text: str) -> list[list[str]] | None:
    """The lists of a run of items that each name people before their function, parted by
    semicolons (`_rolls_as_lines`); a list ends where its last function runs on into the
    next list's first names, no semicolon between (`Algemeen Directeur D. Sioen: ...`).
    None unless every item is so built."""
    rolls: list[list[str]] = [[]]
    for item in _ROLL_ITEM_SPLIT_RE.split(text.strip().rstrip(";.")):
        names, *functions = item.split(":")
        for k, function in enumerate(functions):
            if k < len(functions) - 1:  # `Algemeen Directeur D. Sioen`: one list ends
                held, names_on = _function_then_names(function)
                if held is None:
                    return None
                rolls[-1].append(f"{names.strip()}: {held}")
                rolls.append([])
                names = names_on
                continue
            if not _function_roll_item(names, function):
                return None
            rolls[-1].append(f"{names.strip()}: {function.strip()}")
    items = sum(map(len, rolls))
    return rolls if items >= _FUNCTION_ROLL_MIN else None


def _function_roll_item(names: str, function: str) -> bool:
    """Names, then a function of the vocabulary after the colon (`J. Six, W. Doom` and
    `Raadsleden`, `Voorzitter gemeenteraad`, `Burgemeester afwezig voor agendapunt 21`)."""
    return bool(names.strip()) and _function_end(function.strip()) is not None


def _function_end(text: str) -> int | None:
    """Where the function that opens `text` ends: a role of the vocabulary (`Algemeen
    Directeur`) or a group's plural (`Raadsleden`); None where no function opens it."""
    first = text.split()[0] if text.split() else ""
    if first.lower() in _rules()["group_roles"]:
        return len(first)
    m = _rules()["role_re"].match(text)
    return len(m[1]) if m else None


#: the words a function goes on with in lower case (`Voorzitter gemeenteraad`), an acronym
#: too (`Voorzitter OCMW`)
_FUNCTION_WORDS_RE = re.compile(r"(?:\s+(?:[a-zà-ÿ][\w-]*|[A-Z]{2,6}))*")


def _function_then_names(text: str) -> tuple[str | None, str]:
    """(the function, the names after it) of a list's last function run on into the next
    list's first names (`Algemeen Directeur D. Sioen`); (None, text) for any other text."""
    text = text.strip()
    start = _function_end(text)
    if start is None:
        return None, text
    end = _FUNCTION_WORDS_RE.match(text, start).end()
    held, rest = text[:end], text[end:].strip()
    return (held, rest) if rest and rest[:1].isupper() else (None, text)


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
        sentences = _rules()["sentence_end"].split(stacked[1])
        # `Blockx Rob, voorzitter. Bouwen Luc, Hermans An, schepenen. ...`: the first list
        # runs on over the sentences that each close on their people's function
        j = next((j for j, x in enumerate(sentences) if not _closed_by_function(x)), 1)
        j = max(j, 1) if j < len(sentences) else 1
        if len(sentences) >= 2:
            label = out[k + 1][: len(out[k + 1]) - len(stacked[1])]
            rest = " ".join(sentences[j + 1 :])  # as the text read on, one line
            items = [y for x in sentences[:j] for y in _function_run_on(x)]
            first = [f"{out[k]} {items[0]}", *items[1:]]
            out[k : k + 2] = [*first, f"{label}{sentences[j]}", *([rest] if rest else [])]
            break  # the text after the second list is no label's
    return out


def _function_run_on(sentence: str) -> list[str]:
    """A list's sentence cut where a person's function runs on into the next person's name,
    the full stop between them lost (`Viskens Kenny, voorzitter OCMW Wouters Kris, algemeen
    directeur`: two items); [sentence] where none does."""
    parts = sentence.split(", ")
    for k, part in enumerate(parts[1:-1], start=1):
        held, names = _function_then_names(part)
        if held is not None:
            head, tail = ", ".join([*parts[:k], held]), ", ".join([names, *parts[k + 1 :]])
            return [head, *_function_run_on(tail)]
    return [sentence]


def _closed_by_function(sentence: str) -> bool:
    """A sentence of a list that names people, then the function they share after a comma
    or a dash (`Bouwen Luc, Hermans An, Segers Joke, schepenen`, `..., Spapen Gunter -
    raadsleden`)."""
    last = re.split(r",\s+|\s+[-–]\s+", sentence.strip().rstrip("."))
    if len(last) < 2:
        return False
    start = _function_end(last[-1])
    return start is not None and _FUNCTION_WORDS_RE.fullmatch(last[-1], start) is not None


def _run_under_first_label(pieces: list[str]) -> list[str]:
    """A flattened head's column of bare labels whose values the other readers could not part
    into rows (`Aanwezig: Afwezig: Notulist: Directie: Carola, Vanessa, Jessy ...`): the
    values under the first label, an attendance label, whose list comes first and is the
    longest; each later label's one or two names stand at its end, where a list read as
    items leaves them. The pieces as they are otherwise."""
    for k in range(len(pieces) - 2):
        n = next((j for j in range(k, len(pieces)) if not _bare_column_label(pieces[j])), None)
        if n is None or n - k < 2 or not status_label(pieces[k]):
            continue
        label, _, values = pieces[n].partition(":")
        if status_label(f"{label}:") or not values.strip():
            return pieces  # the last label reads its own list (`Aanwezig: Afwezig: A, B`)
        return [*pieces[:k], f"{_label_alone(pieces[k])} {values.strip()}", *pieces[n + 1 :]]
    return pieces


def _bare_column_label(piece: str) -> bool:
    """A label of a flattened column without its value: a label with its colon alone, or an
    attendance label with the heading of a group of its list beside it (`Aanwezig:
    Wethouders`: the column's next row, the aldermen's heading, read into the label's)."""
    if _BARE_LABEL_RE.match(piece):
        return True
    labelled = status_label(piece)
    return bool(labelled and labelled[1].strip().lower() in _rules()["group_roles"])


def _label_alone(piece: str) -> str:
    """An attendance label without the group heading beside it (`Aanwezig:` of `Aanwezig:
    Wethouders`): the heading was the column's next row, not part of the list's first."""
    labelled = status_label(piece)
    return piece[: len(piece) - len(labelled[1])].rstrip() if labelled else piece


def _labels_over_two_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a label in capitals that a form's cell wrapped over two lines, blank
    lines between them (`AFWEZIG` / `MET KENNISGEVING`), joined into one label line."""
    out = list(lines)
    for k, (page_no, line) in enumerate(out):
        label = status_label(line) if line.strip().isupper() else None
        if label is None or label[1]:
            continue
        j = next((j for j in range(k + 1, min(k + 4, len(out))) if out[j][1].strip()), None)
        if j is None or not out[j][1].strip().isupper() or status_label(out[j][1]):
            continue
        if status_label(f"{line.strip()} {out[j][1].strip()}") == (label[0], ""):
            out[k] = (page_no, f"{line.strip()} {out[j][1].strip()}")
            out[k + 1 : j + 1] = [(p, "") for p, _ in out[k + 1 : j + 1]]
    return out


def _label_after_sentence(line: str) -> list[str]:
    """`Vergadering 30 maart 2021. Aanwezig: Mart, Henk.`: a line cut where an attendance
    label with its colon opens a sentence or follows the year of the title's date
    (`... vergadering van 8 november 2005 Aanwezig : Mart, Henk.`), or is set in capitals,
    which no name or function is (`Stefan Goclon, Algemeen directeur VERONTSCHULDIGD: Jos
    Drykoningen`: two columns flattened onto one line); [line] for any other line."""
    cuts = (
        r"(?:(?<=[.!?])|(?<=\b(?:19|20)\d\d))\s+(?=[A-Z])|\s+(?=[A-Z]{4,}\b)"
        r"|(?<=[a-z]\))(?=[A-Z][a-z])"  # `J. Bos (VVD)Aanwezige ambtenaren:`: glued to a note
    )
    for m in re.finditer(cuts, line):
        rest = line[m.end() :]
        if ":" in rest[:60] and status_label(rest):
            return [line[: m.start()], rest]
    return _label_after_function(line)


#: a capitalised word after a word in lower case, where a list item's function ends and the
#: next column's label may begin (`..., algemeen directeur Verontschuldigd: ...`)
_AFTER_LOWER_WORD_RE = re.compile(r"(?<=[a-zà-ÿ])\s+(?=[A-Z][a-z]+\s*:)")


def _label_after_function(line: str) -> list[str]:
    """`Dirk Blommaert, algemeen directeur Verontschuldigd: Thierry Serrien, raadslid`: a
    list's last item (a name, its function after a comma) with the next list's label and
    items beside it, two columns flattened onto one line: cut where the label follows the
    function; [line] for any other line (`Niet aanwezig: ...` is one label, no comma before
    it)."""
    m = _AFTER_LOWER_WORD_RE.search(line)
    if m is None or "," not in line[: m.start()] or status_label(line):
        return [line]
    head, rest = line[: m.start()], line[m.end() :]
    label = status_label(rest)
    if label is None or not label[1] or not _participant_like(head):
        return [line]
    return [head, rest]


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


#: the surname a cut line left for the next one, then the list goes on
_SURNAME_GOES_ON_RE = re.compile(r"^(?-i:[A-Z])[\w'’-]+\s*(?:,|\(|\.?$)")


#: a name's own line going on where the line above was cut: its last word and a note on it
#: (`Jacobs (KLJ-jongens), ...`, `(Pluswerking), ...`)
_NAME_GOES_ON_RE = re.compile(r"^(?:(?-i:[A-Z])[\w'’-]+\s*)?\([^()]{2,60}\)\s*[,.]?(?:\s|$)")


def _cut_open(line: str, following: str) -> bool:
    """Whether a list line breaks where a name or the list goes on, so that the blank line
    under it (double-spaced text) does not end the list: after a cut name (`dhr. J.`), or
    after an open end (`..., Stephanie Vandersmissen &`, `..., Bart` over `Jacobs (KLJ),
    ...`) when the line past the blank goes on with a name's note or a list of its own (a
    heading there ends the list: `..., Ivar Wennekes (ICTU),` over `Opening & Mededelingen`)."""
    if _rules()["cut_name"].search(line) or _role_goes_on(line, following):
        return True
    if _note_left_open(line, following):
        return True
    open_end = _OPEN_END_RE.search(line) or (
        line.count(",") >= 2 and re.search(r"\s(?-i:[A-Z])[\w'’-]+$", line)
    )
    return bool(open_end and ("," in following or _NAME_GOES_ON_RE.match(following.strip())))


#: a note in brackets left open at a line's end (`..., Pelle Verherstraeten (Scouts 5de &`)
_OPEN_NOTE_RE = re.compile(r"\([^()]*$")


def _note_left_open(line: str, following: str) -> bool:
    """A list line cut inside the note of its last name, its bracket left open, over the line
    that closes it (`..., Pelle Verherstraeten (Scouts 5de &` over `12de Kempen), Marie Van
    Ackerbroeck (...), ...`): the note goes on, across a blank line too."""
    closes = following.find(")")
    return (
        line.count(",") >= 2
        and _OPEN_NOTE_RE.search(line) is not None
        and closes > 0
        and "(" not in following[:closes]
    )


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
    if _rules()["agenda_heading"].match(following):
        return False  # `Sabine P.` over `Agenda`: the agenda's heading, no surname going on
    if _GROUP_LEAD_RE.match(following):
        return False  # `JUSO: ...`: the next group's list
    if _role_goes_on(line, following) or _note_left_open(line, following):
        return True
    # `van der Horst, ...` (in lower case: `Van Dam` opens a name), not `de heer K. Bos, ...`
    goes_on_particle = following.split()[0] in particles() and not _rules()["honorific_re"].match(
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
    cut_at_particle = is_particle(line.split()[-1]) or goes_on_particle
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


#: Helvetica's advance widths (1/1000 em), a stand-in for a page's proportional type
_GLYPH_WIDTHS: dict[str, int] = FONT_METRICS["Helvetica"][1]
#: the mean advance of a character of Dutch prose in Helvetica (1/1000 em, spaces included):
#: a line of prose is as long printed as in characters
_PROSE_CHAR_WIDTH = 456
#: a character Helvetica has no width for (a letter with an accent it lacks, a symbol)
_OTHER_CHAR_WIDTH = 556


def _printed_length(text: str) -> float:
    """The width `text` takes in proportional type, in characters of prose: a line in
    capitals fills a page's width with fewer characters than one of `i`, `l` and `t`
    (`1 VERSLAG van de VERGADERING VAN PROVINCIALE STATEN VAN OVERIJSSEL gehouden`: 75
    characters, a full line of a page whose prose lines hold 85)."""
    return sum(_GLYPH_WIDTHS.get(c, _OTHER_CHAR_WIDTH) for c in text) / _PROSE_CHAR_WIDTH


class PageWidth(NamedTuple):
    """The width a page's lines were wrapped at, in the measure its type gives them."""

    width: float
    measure: Callable[[str], float]


def _width_by(long_lines: list[str], measure: Callable[[str], float]) -> tuple[float, int] | None:
    """The width `long_lines` were wrapped at by `measure` (the 90th percentile of their
    lengths, which no more than a few lines exceed by much) and how many lines fill it;
    None where too few fill it or too many stand wider (a paragraph per line, a short list)."""
    lengths = sorted(measure(x) for x in long_lines)
    width = lengths[(len(lengths) - 1) * 9 // 10]
    wider = sum(n > width * 1.2 for n in lengths)
    full = sum(n >= width * _FULL_LINE_SHARE for n in lengths)
    wrapped = full >= _FULL_LINES_MIN and wider <= len(lengths) * _WIDER_SHARE_MAX
    return (width, full) if wrapped else None


def _page_width(lines: list[tuple[int, str]]) -> PageWidth | None:
    """The width the lines were wrapped at, by printed width (a PDF's proportional type) or
    by characters (a typewriter's or a text's wrap): the measure by which more of the lines
    run full, printed width on a tie; None for lines not wrapped at a page's width (a text
    with a paragraph per line, a short list)."""
    long_lines = [x.strip() for _, x in lines if len(x.strip()) >= _WIDTH_LINE_MIN_CHARS]
    if len(long_lines) < 3:
        return None
    chars = sorted(len(x) for x in long_lines)[(len(long_lines) - 1) * 9 // 10]
    if not PAGE_WIDTH_MIN_CHARS <= chars <= PAGE_WIDTH_MAX_CHARS:
        return None
    found = [
        (by[1], -k, PageWidth(by[0], measure))
        for k, measure in enumerate((_printed_length, len))
        if (by := _width_by(long_lines, measure))
    ]
    return max(found)[2] if found else None


def _wraps_into(line: str, following: str, page: PageWidth) -> bool:
    """`line` fills the page's width and `following` goes on with its paragraph: it opens no
    list of its own (an attendance label, a group's lead, an agenda item, a bullet)."""
    following = following.strip()
    # greedy wrapping moves a word to the next line only when it does not fit on this one
    next_word = following.split()[0] if following else ""
    return bool(
        page.measure(line.strip()) >= page.width * WRAPPED_LINE_FILL
        and not _COLUMN_GAP_RE.search(line.strip())  # a table's row, cells set apart
        and page.measure(f"{line.strip()} {next_word}") >= page.width * WRAPPED_WORD_FIT
        and not _opens_own_block(following, line)
    )


def _opens_own_block(following: str, line: str = "") -> bool:
    """`following` opens a list or an item of its own after `line`: an attendance label, a
    group's lead, an agenda item, a bullet (not the next of the dashed items `line` ends in:
    `Aanwezig-voorzitter -secretaris -de leden` / `-wethouders Afwezig ...`) or a date alone."""
    bullet = _BULLET_MARK_RE.match(following)
    return bool(
        _opens_with_label(following)
        or _opens_group_lead(following)  # `Namens het bevoegd gezag: Inge Bos`
        or _AGENDA_ITEM_RE.match(following)
        or (bullet and not _rules()["dashed_items_end"].search(line.strip()))
        # a date alone is a dateline or a date field, not a sentence's end; in a PDF's text of
        # two columns it is the other column's line (`Donderdag 5 november2020` after a full
        # line of the left column)
        or bare_date(following) is not None
    )


#: an attendance label that opens a line is a few words (`Met bericht van verhindering:`);
#: one after a sentence or a list's item (`... griffier. Afwezig: ...`, `Asperen, Fonda Sahla
#: Afwezig: ...`) stands inside a wrapped paragraph
_OPENING_LABEL_MAX_WORDS = 6


def _opens_group_lead(line: str) -> bool:
    """The line opens with a group's lead (`Namens het bevoegd gezag: Inge Bos`), not with
    the particle of a surname the wrap cut, the list going on after it (`... en de heren
    Boelen en Veldhuyzen` / `van Zanten; Drenthe : mevrouw Goedhard ...`): a group's name
    holds no list's separator."""
    lead = _LEAD_GROUP_RE.match(line)
    return bool(lead) and not _LIST_SEPARATOR_RE.search(lead["group"])


#: what parts a list's items, which a group's name in its lead does not hold
_LIST_SEPARATOR_RE = re.compile(r";")


def _opens_with_label(line: str) -> bool:
    """The line opens with an attendance label (`Afwezig: ...`), not one further on."""
    label, colon, _ = line.partition(":")
    opens = len(label.split()) <= _OPENING_LABEL_MAX_WORDS and not re.search(r"\. |,", label)
    return bool(colon) and opens and status_label(f"{label}:") is not None


def _goes_on_with_cut_item(run: list[tuple[int, str]], following: str) -> bool:
    """The paragraph `run` is a list whose last line ends inside an item, and `following`
    goes on with that item and the list: a line break the text kept from its own page
    inside a name (`... de heer Tim Theunis; mevrouw` / `Godelieve Pernet; mevrouw ...`),
    where the list's line is short after the PDF's wrap of the rest. An item that is a role
    closes a group of names (`..., Peter Lambrechts, Schepenen` / `Luc Van Hoof, ...`)."""
    rules, following = _rules(), following.strip()
    text = " ".join(x.strip() for _, x in run)
    cut = rules["cut_list_end"].search(text)
    going_on = rules["cut_list_going_on"].match(following)
    if not (cut and going_on and cut["sep"] == going_on["sep"]):
        return False
    *items, last = text.split(cut["sep"])
    return bool(
        _shorter_than_its_items(last, items[1:])
        and not rules["role_re"].search(last.strip())
        and status_label(following) is None  # `Verontschuldigd Bohez Hannah, Coenen Ad`
        and not _opens_own_block(following)
    )


def _heading_after_list(run: list[tuple[int, str]], following: str) -> bool:
    """`following` is the heading of what comes after the list `run` (`Willem Ellis, ...,
    Piet van Son en Jeroen Voogd` / `Opening van de vergadering door de voorzitter:`), not
    its last line: a list's items hold no heading. A list closed by a full stop is left to
    the paragraph (`... Leonie Postma, ledenadministratie.` / `Bericht van verhindering
    ontvangen van:`: a label inside the paragraph is read after its sentence)."""
    text = " ".join(x.strip() for _, x in run)
    listed = max(text.count(","), text.count(";")) >= 2 and not text.endswith((",", ";", "."))
    return listed and bool(_rules()["heading_after_list"].match(following.strip()))


def _shorter_than_its_items(last: str, items: list[str]) -> bool:
    """`last` has fewer words than most whole items of its list (the first, after the list's
    label, left out): a name cut short (`mevrouw` among `de heer Wouter Beke`), not a whole
    one (`Joost` among `Gini`, `Désirée`, a row of first names over a row of others)."""
    if len(items) < 2:
        return False
    words = sorted(len(item.split()) for item in items)
    return len(last.split()) < words[len(words) // 2]


def _wrapped_paragraphs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each paragraph wrapped at the page's width (a PDF's text layer, OCR)
    joined into one line again (`Aanwezig: A, voorzitter; B,` / `C en D, schepenen; E,
    ...`), as a text prints it: the list readers read a list whole, not the names of its
    first line, and a sentence naming who attended is one line again. A paragraph ends at
    a line that does not fill the width, or where a list, an agenda item or a bullet opens."""
    page = _page_width(lines)
    if page is None:
        return lines
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        end = k
        while end + 1 < len(lines) and (
            _wraps_into(lines[end][1], lines[end + 1][1], page)
            and not _heading_after_list(lines[k : end + 1], lines[end + 1][1])
            or _goes_on_with_cut_item(lines[k : end + 1], lines[end + 1][1])
        ):
            end += 1
        run = lines[k : end + 1]
        if len(run) > 1:
            out.append((run[0][0], " ".join(x.strip() for _, x in run)))
        else:
            out += run
        k = end + 1
    return out


#: the border a table flattened one cell per line leaves after each cell (`Jan Bos |`)
_CELL_END_RE = re.compile(r"\s*\|\s*$")


#: initials whose full stops OCR read as commas, low quotes or guillemets (`W,P« van den
#: Enden`, `P.M, Hamel`, `A‚J.Booi`, `M,Croes`): two or more in a run, or one glued to the
#: surname; a list's comma is followed by a space and parts names, never lone letters
_OCR_INITIALS_RE = re.compile(r"(?<![\w.,‚«»])(?:(?:[A-Z][.,‚«»]){2,}|[A-Z][,‚«»](?=[A-Z]))")


@cache
def _colon_title_re() -> re.Pattern[str]:
    """A title whose full stop OCR read as a colon, before an initial (`Dr: J. Büttikofer`,
    `Mevr: A. Bos`): no label, whose colon would open a group of its own."""
    words = sorted(w for w in _rules()["honorific_words"] if " " not in w)
    titles = "|".join(map(re.escape, words))
    return re.compile(rf"(?<![\w.])((?i:{titles})):(?=\s+[A-Z]\.)")


#: the next name's initials glued to the word before them, where OCR of a page's column
#: lost the line break or the space (`H. van MiertD. Luijkx`, `C.A.P.RomboutsW.J.I.Simonis`,
#: a title: `mrL.M. Cooijmans`): a lower-case letter, then a capital with its full stop
#: and a name going on (another initial, two where OCR lost a full stop between them:
#: `DikmansA.JG.Hurks`, or a capitalised word), which no word holds
_GLUED_INITIALS_RE = re.compile(
    rf"(?P<word>\b\w*?[a-zß-ÿ]{{2}})(?=[A-Z]\.(?:[A-Z]{{1,2}}\.)*\s?{particle_run()}[A-Z][a-z])"
)


#: what stands before a surname that ends an initialled name (`H. van `, `J. Vermunt-`,
#: `C.A.P.`)
_NAME_BEFORE_SURNAME_RE = re.compile(rf"{initials(None)}{particle_run()}(?:[A-Z][\w']*-)?$")


def _glued_initials_apart(m: re.Match[str]) -> str:
    """The word before glued initials set apart from them where it is the surname of a name
    with initials (`H. van Miert`), or a title that lost its full stop with the space
    (`mrL.M.` -> `mr. L.M.`, as titles before names are read); a table's cell glued to its
    names (`Het collegeA.B. Smit`) is read as a table's row."""
    word = m["word"]
    if word.lower() in _rules()["honorific_words"] and word.islower():
        return f"{word}. "
    return f"{word} " if _NAME_BEFORE_SURNAME_RE.search(m.string, 0, m.start()) else word


#: a given name or surname whose capital `I` OCR read as a lower-case `l` (`Illy Tasatan,
#: lany Tsaoussis, Iris`, `Arjan Eising en Wim van lersel`): a word in `l` where a list's
#: name must open in a capital, that is after a given name and its `van`, `ter` or `ten`
#: (not a bare `de`: `Aan de leden`), or opening an item (after a comma, semicolon or `en`)
#: before a capitalised surname that ends the item
_OCR_CAPITAL_I_RE = re.compile(
    r"(?P<lead>\b[A-Z][a-zà-ÿ]+ (?:van|ter|ten)(?: (?:de|der|den))? )l(?P<rest>[a-zà-ÿ]{2,})"
    r"(?=[,;.]|\s+en\s|\s*$)"
    r"|(?:(?<=[,;] )|(?<=\ben ))l(?P<first>[a-zà-ÿ]{2,})(?=\s+[A-Z][\w'-]+(?:[,;.]|\s+en\s|\s*$))"
)


@cache
def _ocr_initial_i_re() -> re.Pattern[str]:
    """An initial `I` that OCR read as `l`, in a run of initials before a surname (`P.l.
    Ackermans`, `H.l. Jansen-Weijer`) or glued to the initial before it where the full stop
    between them was lost, after a title (`Mevr. Ll. Diks` for `L.I. Diks`): no initial is
    printed in lower case."""
    words = sorted(w for w in _rules()["honorific_words"] if " " not in w)
    titles = "|".join(map(re.escape, words))
    surname = rf"(?=(?:[A-Z]\.)*\s+{particle_run()}[A-Z][a-z])"
    return re.compile(
        rf"(?<![A-Z.\d])(?P<run>(?:[A-Z]\.)+)l\.{surname}"
        rf"|(?P<title>\b(?i:{titles})\.\s)(?P<glued>[A-Z])l\.{surname}"
    )


def _initial_i_restored(m: re.Match[str]) -> str:
    return f"{m['run']}I." if m["run"] else f"{m['title']}{m['glued']}.I."


def _capital_i_restored(line: str) -> str:
    """The line with a name's capital `I` that OCR read as `l` printed again, in a word
    (`lany Tsaoussis` -> `Iany Tsaoussis`, `Wim van lersel` -> `Wim van Iersel`) or an
    initial (`P.l. Ackermans` -> `P.I. Ackermans`); a word a list holds in lower case (`lid
    Jan Bos`: a role before its holder) stays as it is."""

    def restored(m: re.Match[str]) -> str:
        rest = m["rest"] or m["first"]
        if f"l{rest}" in _rules()["roles"] or _rules()["role_re"].match(f"l{rest}"):
            return m[0]
        return f"{m['lead'] or ''}I{rest}"

    line = _ocr_initial_i_re().sub(_initial_i_restored, line)
    return _OCR_CAPITAL_I_RE.sub(restored, line)


@cache
def _lost_initial_stop_re() -> re.Pattern[str]:
    """Two initials whose full stop between them OCR lost (`RJ. Siepel` for `R.J.`, `KJ. de
    Vries`, `Wal MJ.` over `Israël*`), where a list's name opens: after an item's comma or
    `en`, a party's bracket (`(CDA) KJ. de Vries`), or a surname the line ends on the next
    name's initials after; the surname, when on the line, closes its item. No Dutch initial is
    a pair of capitals but `IJ` (`IJ. Haakma`), and an abbreviation in a sentence (`het AB.
    Rapportage`, `Raedthuys BV. De`, `met EK en MD.`) stands after a word in lower case or
    before no item's end."""
    item_end = r"(?:\s*[(,;*]|\s+en\s|\s*$)"
    return re.compile(
        rf"(?:(?<=[,)] )|(?<=\ben ))(?P<run>(?:[A-Z]\.)*)(?!IJ)(?P<a>[A-Z])(?P<b>[A-Z])\."
        rf"(?=\s+{particle_run()}[A-Z][\w'-]*[a-zß-ÿ]{item_end})"
        rf"|(?P<surname>\b[A-Z][\w'-]*[a-zß-ÿ] )"
        rf"(?P<end_run>(?:[A-Z]\.)*)(?!IJ)(?P<c>[A-Z])(?P<d>[A-Z])\.\s*$"
    )


def _lost_initial_stop_restored(m: re.Match[str]) -> str:
    if m["a"]:
        return f"{m['run']}{m['a']}.{m['b']}."
    return f"{m['surname']}{m['end_run']}{m['c']}.{m['d']}."


#: the separators OCR of an old council's roll lost or misread between two of its people
#: (`Tegenwoordig zijn de HeerenJhr. Mr. D. E. van Lennep`, heemstede web287; `L. DE WlLDE.
#: J. VAN DER PLAS`, `P.J. VAN CAULIL.C. VAN DEN EEDEN`, breda web297; `J. J. L. TEYCHIN"en
#: N. J. H. VAN GROENENDAEL. Voorzitter de lieer mr. E. P. VAN LANSCHOT`, breda web307): the
#: space after the plural honorific, the honorific's `h` read as `li` (no Dutch word is
#: `lieer`), the comma a full stop after a surname in capitals took before the next one's
#: initials (a surname in capitals ends no sentence there), and a speck read as a quote glued
#: to the `en` before the last (as `_SPECK_QUOTE_RE`)
_GLUED_HONORIFIC_RE = re.compile(r"\b(?P<word>(?:[Dd]e\s+)?[Hh]ee?ren)(?=[A-Z])")
_MISREAD_HONORIFIC_RE = re.compile(r"\b(?P<article>[Dd]en?\s+)lie(?P<rest>er|eren|ren)\b")
_STOP_FOR_COMMA_RE = re.compile(
    r"(?<=[A-Z][A-Zl][A-Z])\.\s*(?=[A-Z]{1,2}\.\s?(?:[A-Z]{1,2}\.\s?)*[A-Z])"
)
_SPECK_BEFORE_AND_RE = re.compile(r"(?<=[A-Z]{2})[\"“”„'‘’]\s*(?=en\s+[A-Z])")


def _roll_separators_restored(line: str) -> str:
    """The line with the separators OCR lost between the people of an old roll put back."""
    line = _GLUED_HONORIFIC_RE.sub(r"\g<word> ", line)
    line = _MISREAD_HONORIFIC_RE.sub(r"\g<article>he\g<rest>", line)
    line = _SPECK_BEFORE_AND_RE.sub(" ", line)
    return _STOP_FOR_COMMA_RE.sub(", ", line)


def _initials_restored(line: str) -> str:
    """The line with OCR-damaged initials and titles printed with their full stops (`W.P.
    van den Enden`, `Dr. J. Büttikofer`) and set apart from the word OCR glued them to, so
    that a list of initialled names parts at its real commas; the separators OCR lost between
    the people of an old roll put back (`_roll_separators_restored`)."""
    line = _roll_separators_restored(line)
    line = _capital_i_restored(_colon_title_re().sub(r"\1.", line))
    line = _lost_initial_stop_re().sub(_lost_initial_stop_restored, line)
    line = _GLUED_INITIALS_RE.sub(_glued_initials_apart, line)
    return _OCR_INITIALS_RE.sub(lambda m: re.sub(r"[,‚«»]", ".", m[0]), line)


@cache
def _ocr_label_colon_re() -> re.Pattern[str]:
    """An attendance label whose colon OCR read as an `s` or a question mark (`Aanwezigs
    Mr.J.J.G.H. Raaijmakers`): no label word takes either, as the word is printed capitalised
    to open a head's list."""
    words = longest_first(map(re.escape, _rules()["inline_label_words"]))
    return re.compile(rf"(?<![\w-])(?P<word>{words})[s?](?=\s)")


#: a role as a list of old minutes closes a run of names with it, after its comma, its
#: semicolon read by OCR as a question mark (`A.Hendrickx en J. F.g.Rombouts, wethouders?
#: A.A.Martens, ...`); not a question (`Wie is de wethouder? ...`)
_ROLE_QUERY_RE = re.compile(r"(?<=,\s)(?P<word>[a-z]{3,})\?(?=\s+[A-Z])")


#: roles as short as this glue to words that are no name and role (`lid`, `bode`)
_GLUED_ROLE_MIN_CHARS = 5


@cache
def _glued_role_re() -> re.Pattern[str]:
    """A role in lower case glued to the surname before it (`J.S.P.M. Oomenwethouder;`,
    `Mr.J.J.G.H.Raaijmakersvoorzitters A.Hendrickx`): OCR lost the comma and space of a list
    that closes each run of names with its role; only after a name's initials, and only a
    role of the vocabulary long enough that no surname ends in it."""
    roles = [r for r in _rules()["roles"] if re.fullmatch(rf"[a-z]{{{_GLUED_ROLE_MIN_CHARS},}}", r)]
    return re.compile(
        rf"(?P<name>(?<!\w){initials(None)}[A-Z][a-zß-ÿ'-]{{2,}}?)"
        rf"(?P<role>{longest_first(map(re.escape, roles))})(?=s?(?:[\s,;:?]|$))"
    )


#: a capitalised word before a name, its colon read by OCR as a question mark (`Voorzitter?
#: K.J.Vrijling, burgemeester. Secretaris? D.Smits.`) or as a semicolon, the word in capitals
#: too, before an honorific or an office (`VOORZITTER; de loco-burgemeester, de heer W.G. van
#: Zadelhof! wethouder. SECRETARIS; de heer J.J.J,M.Resten.`)
_LABEL_QUERY_RE = re.compile(
    r"(?<![\w-])(?P<word>[A-Z][a-z]+|[A-Z]{4,})(?:\?|;(?=\s+(?:de|het)\s))(?=\s+(?:[A-Z]\.|de|het)\s?)"
)


def _label_query(m: re.Match[str]) -> str:
    """A function's or attendance label's question mark read as the colon it was; any other
    word's kept (`Wie? J. Bos`)."""
    word = m["word"]
    function = _rules()["function_label"].match(word)
    labelled = (function and not function["rest"]) or status_label(f"{word}:")
    return f"{word}:" if labelled else m[0]


def _role_query(m: re.Match[str]) -> str:
    """A role's question mark read as the semicolon it was; any other word's kept."""
    word = m["word"]
    return f"{word};" if word in _rules()["roles"] or _singular_role(word) else m[0]


#: a comma OCR read as an exclamation mark after a word and before one in lower case
#: (`de heer W.G. van Zadelhof! wethouder.`): no exclamation goes on in lower case
_COMMA_EXCLAIMED_RE = re.compile(r"(?<=[a-z])!(?=\s+[a-z])")


#: a speck of a scan OCR read as an opening quote before a line's first word, glued to it or
#: a space apart, with no quote closing it on the line (`‘Afwezig` over the absent's names,
#: `‘bestuursleden Ineke Alsem, ...`, `‘ Coupillie Luc (Raadslid), ...`): a quotation the
#: page prints closes on its line (`‘landen’ bij de`, `‘Dé oudere’ bestaat niet`), and an
#: elision (`'s avonds`, `'t Veld`) is a word: both stay
_SPECK_QUOTE_RE = re.compile(r"^(\s*)[‘'`] ?(?![stn]\b)(?=[^\W\d_])(?![^’'`]*[’'`])")


def _label_marks_restored(line: str) -> str:
    """The line with the marks OCR lost or misread in an old attendance head restored: a
    label's colon (`Aanwezigs` -> `Aanwezig:`, `Voorzitter? K.J.Vrijling` -> `Voorzitter:
    K.J.Vrijling`, `VOORZITTER; de heer`), a comma read as `!`, the comma before a role
    glued to a name (`Raaijmakersvoorzitters` -> `Raaijmakers, voorzitters`), the
    semicolon after a role that closes its names (`wethouders?` -> `wethouders;`) and a
    speck read as a quote opening the line (`‘Afwezig`)."""
    line = _SPECK_QUOTE_RE.sub(r"\1", line)
    line = _ocr_label_colon_re().sub(r"\g<word>:", line)
    line = _COMMA_EXCLAIMED_RE.sub(",", line)
    line = _LABEL_QUERY_RE.sub(_label_query, line)
    line = _glued_role_re().sub(r"\g<name>, \g<role>", line)
    return _ROLE_QUERY_RE.sub(_role_query, line)
