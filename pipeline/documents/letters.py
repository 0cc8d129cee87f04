"""Letters: how a letter is built whoever writes it (a letterhead, a salutation with a closing
formula or a letter's head above it, an addressee over a dateline, a minister's signature, a
page transcribed onto one line), what kind of letter-shaped document it is (`_letter_type`),
and a letterhead's postal address block.
"""

from __future__ import annotations

import itertools
import re

from pipeline.dates import dateline
from pipeline.documents.headers import email_header_kinds
from pipeline.documents.lines import (
    LISTING_LINES,
    PAGE_LINE_CHARS,
    _opening,
    _prose_lines,
    _readable,
    names_a_mail,
)
from pipeline.documents.pages import has_letterhead
from pipeline.documents.rules import _meeting_rules, _rules
from pipeline.documents.titles import letter_subject
from pipeline.emails import is_reply_subject

#: How many lines above its salutation a letter's head (dateline, addressee, subject) stands.
LETTER_HEAD_LINES = 12


def _is_letter(text: str, lines: list[str]) -> bool:
    """A letterhead, or a salutation with a closing formula or with a letter's head above it,
    or one that greets a person on a line of its own: how a letter is built whoever writes
    it (a published excerpt may stop before its end, a page may print it without its head)."""
    rules = _rules()
    if has_letterhead(text):
        return True
    greeting = next((k for k, x in enumerate(lines) if rules["letter_salutation"].match(x)), None)
    if greeting is None:
        return (
            _addressed_and_dated(lines) is not None
            or _signed_by_an_office(lines)
            or _run_together_letter(lines)
            or _opens_as_a_letter(lines)
        )
    closed = any(rules["letter_closing"].search(x) for x in lines)
    if closed or rules["person_salutation"].match(lines[greeting]):
        return True
    return _letter_head(lines[max(0, greeting - LETTER_HEAD_LINES) : greeting])


def _signed_by_an_office(lines: list[str]) -> bool:
    """Whether a minister or state secretary signs the text: the office on a line of its own
    with the signer's initials and name right below it (`De Minister van Defensie,` / `E.
    van Middelkoop`), how a letter that greets no one closes."""
    return any(_office_signs(line, below) for line, below in itertools.pairwise(lines))


def _office_signs(line: str, below: str) -> bool:
    """Whether `line` is a minister's office and `below` the signer's initials and name."""
    rules = _rules()
    academic = _meeting_rules()["academic"]
    return (
        rules["office_signature"].match(line) is not None
        and rules["signer_name"].match(academic.sub("", below)) is not None  # `drs. K.H. ...`
    )


def _signature_end(worded: list[str], k: int) -> int | None:
    """The index in `worded` (a text's lines with words) of the last line of a minister's
    signature that opens at `k`: the office over the signer's name, or both on one line
    (`De Minister van Sociale Zaken en Werkgelegenheid, L.F. Asscher`); None without one."""
    if k + 1 < len(worded) and _office_signs(worded[k], worded[k + 1]):
        return k + 1
    office, comma, name = worded[k].rpartition(", ")
    return k if comma and _office_signs(office + ",", name) else None


def _opens_as_a_letter(lines: list[str]) -> bool:
    """Whether the first line of prose opens with a letter's stock formula that addresses
    its reader (`Hierbij bied ik u ... aan`, `Naar aanleiding van uw brief van ...`): a
    letter printed without its head and salutation."""
    prose = next(iter(_prose_lines(lines)), "")
    return _rules()["letter_opening"].match(prose) is not None


#: How many characters a greeting's words may run before the comma that closes it.
GREETING_MAX_CHARS = 40
_GREETING_END_RE = re.compile(rf"[^,.;:!?\n]{{0,{GREETING_MAX_CHARS}}},\s+(?-i:[A-Z])", re.I)


def _run_together_letter(lines: list[str]) -> bool:
    """A letter's page transcribed onto one line (a document site's text of a scanned
    letter): inside the line a salutation closed by its comma (`Geacht bestuur,`,
    `Excellentie,`) opens the body right after the letter's head, whose fields run together
    before it (`Postbus 578 2100 AN HEEMSTEDE ... Betreft ...`)."""
    for line in lines:
        if len(line) < PAGE_LINE_CHARS:
            continue
        starts = [m.start() for m in re.finditer(r"(?<=\s)(?=\w)", line)]
        for k in starts:
            if _greets_here(line[k:]) and _letter_head(_word_suffixes(line[:k])):
                return True
    return False


def _greets_here(text: str) -> bool:
    """Whether `text` opens with a salutation whose few words end in a comma, the body's
    first word capitalised after it (`Geacht bestuur, Hierbij ...`)."""
    greets = _rules()["letter_salutation"].match(text) is not None
    return greets and _GREETING_END_RE.match(text) is not None


def _word_suffixes(text: str) -> list[str]:
    """`text` from each of its words on: a head whose lines ran together, where any word
    may have opened a line (a field's label, the postal address, the dateline)."""
    return [text[m.start() :].strip() for m in re.finditer(r"(?<!\S)\S", text)]


#: How many lines below its addressee a letter that greets no one prints its dateline.
ADDRESSEE_DATELINE_LINES = 3


def _addressed_and_dated(lines: list[str]) -> str | None:
    """The addressee of a letter that greets no one (a minister's letter to parliament):
    its addressee line (`Aan de Voorzitter van de Tweede Kamer`) with the dateline right
    below it (`Den Haag, 24 maart 2022`)."""
    for k in range(min(len(lines), LISTING_LINES)):
        if (addressee := _dated_addressee(lines, k)) is not None:
            return addressee
    return None


def _dated_addressee(lines: list[str], k: int) -> str | None:
    """The addressee line `k` names when a dateline stands right below it."""
    m = _rules()["letter_addressee"].match(lines[k])
    if m and any(dateline(x) for x in lines[k + 1 : k + 1 + ADDRESSEE_DATELINE_LINES]):
        return m["addressee"]
    return None


def _letter_head(head: list[str]) -> bool:
    """Whether the lines above a salutation hold a letter's head: its dateline (`Haarlem, 12
    april 2016`), the addressee's postal address (`Postbus 123`, `2000 MD Haarlem`) or a
    letterhead label that no mail header or notice shares (`Betreft:`; a mail greets below
    its `Onderwerp:`, a notice to residents below its `Datum`)."""
    rules = _rules()

    def label(line: str) -> bool:
        # a date field heads a memo or a notice as well
        shared = email_header_kinds([line]) or rules["date_label"].match(line)
        return any(p.match(line) for p in rules["letterhead"]) and not shared

    return any(dateline(x) or rules["letter_head"].match(x) or label(x) for x in head)


def _letter_type(text: str, lines: list[str]) -> str:
    """A letter-shaped document: a mail whose subject heads it under a reply prefix (`Re:
    uitnodiging`) or whose opening names it a mail (both published without its header), a
    Woo decision, a circular to all of a group (`Aan alle bewoners`: a memo on letterhead
    paper), or a letter."""
    # imported here: the decision-letter module builds on this one, emails on this one
    from pipeline.woo_decisions import is_decision_letter

    if lines and is_reply_subject(lines[0]):
        return "email"
    # a letter that names a Woo request and the law is the request itself where it says it
    # submits one (`Namens X dienen wij een Woo-verzoek in`)
    rules = _rules()
    if (
        is_decision_letter(text)
        and not rules["request_statement"].search(text)
        and not _greets_an_authority(lines)
    ):
        return "woo_decision"
    readable = _readable(lines)
    dispatch = rules["dispatch_note"]  # `Per e-mail` under the addressee: how it was sent
    if any(names_a_mail(x) and not dispatch.match(x.strip()) for x in _opening(readable)):
        return "email"  # `Mailbericht werkgroep aan buurtadviseur` over `Dag,`
    if any(rules["circular_addressee"].match(x) for x in lines[: rules["title_search_lines"]]):
        return "memo"
    if _asks_council_questions(lines):
        return "council_questions"  # a faction's questions posted as the letter they were sent
    if _subject_names_questions(lines):
        return "council_questions"  # `Onderwerp: schriftelijke vragen conform Art. 44 ...`
    return "letter"


def _subject_names_questions(lines: list[str]) -> bool:
    """A letter whose subject field names it written questions, as a title would
    (`Onderwerp: schriftelijke vragen conform Art. 44 van het Reglement van Orde ...`, a
    council_questions title rule): the questions sent as a letter, also where the text
    stops before they are numbered."""
    subject = letter_subject(lines)
    rules = [rx for kind, rx, _ in _rules()["title_rules"] if kind == "council_questions"]
    return subject is not None and any(rx.match(subject) for rx in rules)


def _asks_council_questions(lines: list[str]) -> bool:
    """A letter that says it puts a faction's questions, or questions under the council's
    rules of order, to the college (`De fractie heeft de volgende vragen aan uw college:`)
    and numbers them below (`1. Is de wethouder juist geciteerd?`)."""
    rules = _rules()
    asked = next((n for n, x in enumerate(lines) if rules["council_asked"].search(x)), None)
    below = lines[asked:] if asked is not None else []
    return any(rules["numbered_question"].match(x.strip()) for x in below)


def _greets_an_authority(lines: list[str]) -> bool:
    """Whether the letter's salutation greets a public body or its officer (`Geacht College`,
    `Geachte Gedeputeerde Staten`), or, greeting no one, its addressee line names one (`Aan
    de Voorzitter van de Tweede Kamer`) or a minister's office signs it over the signer's
    name (a covering letter to parliament; a decision greets its requester, and a minister
    signs it `namens deze`): a letter to the authority, not its decision."""
    rules = _rules()
    for line in lines:
        if (m := rules["letter_salutation"].match(line)) is not None:
            return rules["authority_addressee"].match(line[m.end() :].strip()) is not None
    addressee = _addressed_and_dated(lines)
    if addressee is not None and rules["authority_addressee"].match(addressee) is not None:
        return True
    return _signed_by_an_office(lines)


#: Lines below a letterhead's address within which its labels and the salutation stand.
LETTERHEAD_REACH = 25
#: Letterhead labels (Onderwerp, Retouradres, Behandeld door ...) a letter's head prints.
LETTERHEAD_MIN_LABELS = 2


#: Lines of a logo or a name (`Gemeente` / `Coevorden`) above the address that belong to it.
LETTERHEAD_LOGO_LINES = 2


def _opens_letter_head(stripped: list[str], n: int) -> bool:
    """Line `n` is a letterhead's postal address with a letter's head below it: letterhead
    labels and a salutation within LETTERHEAD_REACH lines, no e-mail's From line between
    (the same address block closes a mail's signature, over the quoted header below)."""
    rules = _rules()
    if not rules["letterhead_address"].match(stripped[n]):
        return False
    below = stripped[n : n + LETTERHEAD_REACH]
    greeting = next((k for k, x in enumerate(below) if rules["letter_salutation"].match(x)), None)
    if greeting is None or email_header_kinds(below[:greeting]) & {"from"}:
        return False
    labels = {i for i, p in enumerate(rules["letterhead"]) for x in below[:greeting] if p.match(x)}
    return len(labels) >= LETTERHEAD_MIN_LABELS


def _opens_with_letterhead(lines: list[str]) -> bool:
    """A letterhead's address block opens the lines, below its logo lines at most."""
    stripped = [x.strip() for x in lines]
    return any(
        _opens_letter_head(stripped, n) for n in range(LETTERHEAD_LOGO_LINES + 1)[: len(stripped)]
    )
