"""Senders and recipients in a header value (`parse_addresses`): OCR's damage to
addresses repaired (`repair_addresses`), redaction marks in brackets and masked addresses read
as boxes, a value split into its people, and each person read from the surest reading to the
loosest: a Lotus Notes name, an address as printed, a boxed address whose domain is left, a
name alone."""

from __future__ import annotations

import re
from functools import cache

from pipeline.emails.vocab import (
    _ADDRESS_RE,
    BOX_MARK,
    _has_box,
    _has_codes,
    _is_noise_line,
    _is_readable_value,
    _rules,
    _without_boxes,
    _without_codes,
    ocr_distance,
)


@cache
def _domain_repairs() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern), repl) for pattern, repl in _rules()["domain_repairs"]]


def repair_addresses(text: str) -> str:
    """OCR and URL-encoding damage to addresses: the `@` (`©utrecht.nl`,
    `%25c2%25a9heuvelrug.nl`), a split or misread top-level domain (`@houten. nl`,
    `@amersfoort nl`, `@zeist.ril`)."""
    for bad, good in _rules()["at_sign_repairs"].items():
        text = text.replace(bad, good)
    text = re.sub(r"@(?:\s?@)+", "@", text)
    text = re.sub(r"@\s?[.,]\s?(?=[A-Za-z])", "@", text)  # `@.utrecht.nl`
    if "@" in text:
        for pattern, repl in _domain_repairs():
            text = pattern.sub(repl, text)
    return text


@cache
def _redaction_word_re() -> re.Pattern:
    words = "|".join(sorted(_rules()["redaction_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_BRACKETED_RE = re.compile(r"\[([^\[\]\n]{1,40})\]")


def _bracketed_marks_as_boxes(value: str) -> str:
    """A header value with the redaction marks a tool writes in brackets (`[GELAKT: 5.1.2e]`,
    `[GELAKT]`, `[5.1.2e]`) as boxes: the bracket stands where the name or address was,
    so no part of it (`[GELAKT:`) is a name."""

    def box(m: re.Match) -> str:
        inner = m.group(1)
        marked = _has_codes(inner) or _redaction_word_re().search(inner) is not None
        rest = _redaction_word_re().sub(" ", _without_codes(inner))
        return BOX_MARK if marked and not re.search(r"\w", rest) else m.group(0)

    return _BRACKETED_RE.sub(box, value) if "[" in value else value


#: an address a mailer masked whole (`***@***.***`, GitHub's reply mails), with the
#: `<mailto:...>` link a client doubles it with. A scan reads the mask's dots and stars
#: loosely (`***@***,***>`, `***@***, 44>`, `**@t`), so the mask is the stars before an `@`
#: (no address has them) and what follows up to its `>` or the end of the word.
_MASKED_ADDRESS_RE = re.compile(
    r"[<\[(]?\s*(?:mailto:\s*)?\*{2,}\s?@(?:[^<>;@\n]{0,12}>|\s?[\w*.,]*)[\])]?", re.I
)
_MASK_START_RE = re.compile(r"\*{2,}\s?@")


def _is_masked(value: str) -> bool:
    """Whether a mailer masked the addresses of a header value (`***@***.***`)."""
    return _MASK_START_RE.search(value) is not None


def _masked_addresses_as_boxes(value: str) -> str:
    """A header value with every masked address as a box: the mask stands where the
    address was, so the name before it is the display name and the person is redacted."""
    return _MASKED_ADDRESS_RE.sub(BOX_MARK, value) if _is_masked(value) else value


_QUOTE_COMMA_RE = re.compile(
    r"(?<=[\"“”>])\s*,\s*|\s*,\s*(?=[\"“”<])"
    # OCR dropped the comma: a closing quote, then the next name (`"Visser, Ruud” "Peters`)
    r"|(?<=[”])\s+(?=[\"“A-Z])|(?<=\")\s+(?=\")"
)
_COMMA_OUTSIDE_ANGLES_RE = re.compile(r",(?![^<]*>)")


def _split_people(text: str) -> list[str]:
    """One piece per person: on `;` when the list uses it (Outlook); else on a comma next
    to a quote or bracket when names are quoted (Apple; OCR may lose a quote, so quotes
    are not paired up); else on commas outside `<...>`, a bare name piece joining the
    address after it (`Jansen, J. <j.jansen@x.nl>`)."""
    if ";" in text:
        return [p for p in text.split(";") if p.strip()]
    if re.search(r"[\"“”]", text):
        # a box where a quoted name's address should be also ends that person (OCR may
        # have read the comma and the quote after it as part of the box)
        pieces = [
            p for chunk in re.split(rf"(?<={BOX_MARK})", text) for p in _QUOTE_COMMA_RE.split(chunk)
        ]
        return [p for p in pieces if p.strip(" ,‚")]
    merged: list[str] = []
    carry = ""
    for piece in _COMMA_OUTSIDE_ANGLES_RE.split(text):
        if not piece.strip():
            continue
        if "@" not in piece and not _has_box(piece) and not carry:
            carry = piece
            continue
        merged.append(f"{carry},{piece}" if carry else piece)
        carry = ""
    if carry:
        merged.append(carry)
    return merged


@cache
def _bare_domain_re() -> re.Pattern:
    tlds = "|".join(_rules()["bare_domain_tlds"])
    return re.compile(
        rf"^[\s<>\"'“”,;|]*((?:[a-z0-9-]+\.)+(?:{tlds}))[\s<>\"'“”,;|]*$", re.IGNORECASE
    )


@cache
def _closed_domain_re() -> re.Pattern:
    """A domain closed by its address's `>` at the end of a piece, nothing of a name or `@`
    glued before it."""
    tlds = "|".join(_rules()["bare_domain_tlds"])
    return re.compile(
        rf"(?<![\w.@-])((?:[a-z0-9][a-z0-9-]+\.)+(?:{tlds}))\s*>[\s\"'“”,;|]*$", re.IGNORECASE
    )


def _person(piece: str) -> dict | None:
    """One recipient or sender (`{address, domain, redacted, name}`) from its piece of a
    header value; None for OCR specks. The readers go from the surest to the loosest: an
    address as printed, then a boxed address whose domain is left, then a name alone."""
    text = piece.strip()
    notes = _notes_person(text)
    if notes is not None:
        return notes
    m = _ADDRESS_RE.search(text)
    if m:
        return _addressed_person(text, m)
    for read in _DOMAIN_ONLY_READERS:
        person = read(text)
        if person is not None:
            return person
    return _unaddressed_person(text)


def _notes_person(text: str) -> dict | None:
    """Lotus Notes: a name in the organisation's tree, no internet domain."""
    notes = _NOTES_ADDRESS_RE.match(text)
    if not notes or re.search(r"\.[A-Za-z]{2}", notes["name"]):
        return None
    if _has_box(notes["name"]):
        return {"address": None, "domain": None, "redacted": True, "name": None}
    address = notes[0].lower()  # the Notes address, as printed
    return {"address": address, "domain": None, "redacted": False, "name": notes["name"]}


def _lost_tld_person(text: str) -> dict | None:
    """`EE @ utrecht. :`, `@arnhem. nk;`: a redacted address whose top-level domain OCR
    lost or misread past the known misreadings; the name is kept for the repair against
    known domains."""
    lost_tld = re.search(
        r"@\s?([A-Za-z0-9][A-Za-z0-9-]{2,})(?:\.?\s*|\.\s[a-z]{1,3})[:;,>]?\s*$", text
    )
    if not lost_tld:
        return None
    return {"address": None, "domain": lost_tld.group(1).lower(), "redacted": True, "name": None}


def _bare_domain_person(text: str) -> dict | None:
    """`Van: utrecht.nl`: OCR lost the `@` of a redacted address."""
    bare = _bare_domain_re().search(_without_boxes(text))
    if not bare:
        return None
    return {"address": None, "domain": bare.group(1).lower(), "redacted": True, "name": None}


def _torn_domain_person(text: str) -> dict | None:
    """`EEEN 2 cebitt.n1`, `eutecht.n`: a boxed address whose `@` OCR misread and whose
    top-level domain it mangled; the name is repaired against known domains later."""
    torn = _TORN_DOMAIN_RE.search(text)
    if not torn or not _is_noise_line(text[: torn.start()]):
        return None
    return {"address": None, "domain": f"{torn.group(1).lower()}.nl", "redacted": True,
            "name": None}  # fmt: skip


def _glued_domain_person(text: str) -> dict | None:
    """`HH^HH^^EHH@coe¥orden.nl>`, `BBHM^)coevorden.nl>`, `^mwcoevorden,nl>`: a box OCR
    read as glyphs, the domain glued to it, its `@` and dot misread; kept only where it
    repairs to a domain known or printed in the document (`_repair_domains`)."""
    glued = _GLUED_DOMAIN_RE.search(text)
    if not glued or not (glued.start() == 0 or _has_box(text[: glued.start() + 1])):
        return None
    name = glued["name"].lower().translate(_GLYPH_LETTERS)
    return {"address": None, "domain": f"{name}.nl", "redacted": True, "name": None,
            "unsure": True}  # fmt: skip


def _closed_domain_person(text: str) -> dict | None:
    """`[ERE minvws.nl>`, `G rivm.nl>`: the address's `<`, name and `@` under a box, its
    domain and `>` left."""
    closed = _closed_domain_re().search(text)
    if not closed:
        return None
    rest = _display_name(_without_boxes(text[: closed.start()]).strip(" <[(|"))
    name = rest if rest and re.search(r"[a-z]{2}", rest) and _is_readable_value(rest) else None
    return {"address": None, "domain": closed[1].lower(), "redacted": True, "name": name}


#: the readers of an address of which only the domain is left, tried in this order
_DOMAIN_ONLY_READERS = (
    _lost_tld_person,
    _bare_domain_person,
    _torn_domain_person,
    _glued_domain_person,
    _closed_domain_person,
)


def _unaddressed_person(text: str) -> dict | None:
    """A name without an address, the address boxed or lost; None for OCR specks."""
    if not text or (_is_noise_line(text) and not _has_box(text)):
        return None
    rest = _without_boxes(text)
    # a box or a code where the address should be; a quoted display name (Apple Mail:
    # `"Jansen, J." <j.jansen@x.nl>`) with no address after it had its address boxed
    redacted = (
        _has_box(text)
        or not re.search(r"[A-Za-z]{2,}", rest)
        or bool(re.search(r"[\"“”]", text))
        or text.rstrip(" ,;").endswith(">")  # the address's `>` left, the address boxed
    )
    return {"address": None, "domain": None, "redacted": redacted, "name": _display_name(rest)}


@cache
def _behalf_edge_re() -> re.Pattern:
    alt = "|".join(re.escape(w) for w in sorted(_rules()["behalf_words"], key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alt})(?=\s|$)|(?<=\s)(?:{alt})\s*$", re.IGNORECASE)


def _display_name(text: str) -> str | None:
    """A person's name as the header prints it, boxes and codes cut out: no quotes or
    brackets around it, no `namens` left at an edge where a box took the name beside it;
    None where no word is left."""
    name = _behalf_edge_re().sub("", text.strip(" \"“”<>,‚;'")).strip(" \"“”<>,‚;'")
    return re.sub(r"\s+", " ", name) if re.search(r"[A-Za-z]{2,}", name) else None


_MAILTO_RE = re.compile(r"[\[(<]?\s*mailto:\s*$", re.IGNORECASE)


def _addressed_person(text: str, m: re.Match) -> dict:
    """A person whose address (or its domain, the local part boxed) is printed."""
    local = m.group("local")
    domain = m.group("domain").lower().strip(".")
    # `5.1.2.e @utrecht.nl`: a code for the local part; a real local part may still be
    # OCR'd with a space before the `@`
    before = text[: m.start()].split()
    redacted = (
        local is None
        or len(m.group("gap")) > 1
        or (m.group("gap") and (len(local) < 4 or local.isupper()))  # `EEEN @x.nl`: a box
        # `▮ tote @zwolle.nl`: the code printed on the box, read as a word beside it
        or (m.group("gap") and bool(before) and BOX_MARK in before[-1])
        or _has_codes(local)
        or not re.search(r"[A-Za-z]{2}", local)
        or _has_box(text[: m.start("domain")].split("<")[-1].split()[-1])  # `HH^HHB@x.nl`
    )
    # Outlook writes the sender's address as a link after the name: `Jansen [mailto:`
    name = _display_name(_without_boxes(_MAILTO_RE.sub("", text[: m.start()])))
    if (
        local
        and name
        and local[0] in _ANGLE_MISREADS
        and local[1:].lower() == re.sub(r"\s+", "", name.lower())
        and "<" not in text[: m.start()]
    ):
        # `Secretariaat ssecretariaat@x.nl`: OCR read the `<` before a mailbox named
        # like its display name as a letter
        local = local[1:]
    if local and name:
        local = _local_part_as_named(local, name)
    address = None if redacted else f"{local.lower()}@{domain}"
    return {"address": address, "domain": domain, "redacted": redacted, "name": name}


NAME_MISREAD_DISTANCE = 0.8  # look-alike letters (`l` for `I`) a local part may differ by


def _local_part_as_named(local: str, name: str) -> str:
    """A local part built from the display name printed beside it (`Ivens Laurens
    <L.lvens@...>`), its letters as that name spells them where OCR read look-alikes
    (`lvens` for `Ivens`): the name and the address are one person's, and a part that
    differs from a name word only by OCR's confusions is that word misread."""
    words = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", name)}
    parts = re.split(r"([._-])", local)
    for i, part in enumerate(parts):
        low = part.lower()
        if len(low) < 4 or low in words:
            continue
        near = [
            w for w in words if len(w) == len(low) and ocr_distance(low, w) <= NAME_MISREAD_DISTANCE
        ]
        if len(near) == 1:
            parts[i] = near[0]
    return "".join(parts)


# `Jan Jansen/DGB/MINFIN@MINFIN`, `Jan Jansen/DGB/MINFIN`: a Lotus Notes name, its
# organisation's units in capitals
_NOTES_ADDRESS_RE = re.compile(
    r"(?P<name>[\wÀ-ÿ][\w .'-]{1,60}?)(?:/[A-Z0-9&-]{2,20}){1,5}(?:@[A-Z0-9-]{2,20})?$"
)
_ANGLE_MISREADS = set("sc({[«‹")  # what OCR makes of the `<` before an address
# a mail domain with a mangled `.nl` at the end of a header value, its `@` lost or misread
_TORN_DOMAIN_RE = re.compile(r"(?<![\w.@-])([a-z][a-z0-9-]{2,})\.(?:n[l1!|iI]?|ril|rl)\W*$")


#: a domain glued to a box's glyphs at the end of a header value (`^)coevorden.nl>`): the
#: name after the last glyph a box or an `@` leaves, then a misread `.nl`
_GLUED_DOMAIN_RE = re.compile(
    r"(?:^[\s<]*|[\^|@)(\]§]\s?)(?P<name>[a-z][a-z0-9¥°-]{3,30}?)\s?[.,\s-]?\s?(?:n[l1!|iIt]|ril|r\|l|jil)\W*$",
    re.IGNORECASE,
)
#: glyphs OCR puts for a letter inside a domain name (`coe¥orden`, `coev°rden`)
_GLYPH_LETTERS = str.maketrans({"¥": "v", "°": "o"})


def parse_addresses(value: str, masked: bool = False) -> list[dict]:
    """Recipients in a header value: `{address, domain, redacted, name}` each.

    `"Jansen, J." <j.jansen@utrecht.nl>; "Smit" 5.1.2.e @utrecht.nl` -> an address and a
    redacted one with its domain left. A piece without `@` is a name, or a redacted
    recipient when a code stands in for it. `masked`: the mailer masked the header's
    addresses (another field shows the mask), so every person of this value is masked too.
    """
    people = []
    if re.fullmatch(r"\s*[,;:|‚](?:\s*[,;:|‚])*\s*", value):
        # `Kopie: ,`: boxes without codes, only the separators between them left (OCR may
        # read a box's edge as `:` or `|`)
        n = len(re.findall(r"[,;‚]", value)) + 1
        return [{"address": None, "domain": None, "redacted": True, "name": None}] * n
    masked = masked or _is_masked(value)
    value = _masked_addresses_as_boxes(_bracketed_marks_as_boxes(value))
    for piece in _split_people(repair_addresses(value)):
        # OCR can run several addresses into one piece: one person per address
        text = piece
        if masked:
            # a mailer's mask, not OCR: it masks every address of the header, so a piece
            # whose mask a scan misread (`TimmieVL PKD ES`) is masked too, and the name
            # before the mask is all that is left
            # (what a scan read after the mask, `heyajohnny **@t ten`, is the mask's)
            name = _display_name(_without_boxes(text.split(BOX_MARK)[0]))
            people.append({"address": None, "domain": None, "redacted": True, "name": name})
            continue
        matches = list(_ADDRESS_RE.finditer(text))
        if len(matches) > 1:
            bounds = [0] + [m.end() for m in matches[:-1]] + [len(text)]
            for a, b in zip(bounds, bounds[1:], strict=False):
                person = _person(text[a:b])
                if person:
                    people.append(person)
            continue
        person = _person(text)
        if person:
            people.append(person)
    return people


def _sender_of(value: str, masked: bool = False) -> dict:
    people = parse_addresses(value, masked=masked)
    if people:
        return people[0]
    return {"address": None, "domain": None, "redacted": _has_box(value), "name": None}


#: a domain closed by the `>` of `<name@domain>` whose name and `@` a box took (`rivm.nl>`,
#: `G rivm.nl>; [IEEE rivm.nl>`), of any two- to four-letter top-level domain: enough to
#: tell a line holds an address (`_closed_domain_re` reads one, of the known domains only)
_ANY_CLOSED_DOMAIN_RE = re.compile(
    r"(?<![\w.-])[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\s*>"
)


def _holds_address(line: str) -> bool:
    """Whether a line holds an address: an `@` (OCR's misreadings of it repaired), or a
    domain closed by the address's `>`."""
    text = repair_addresses(line)
    return "@" in text or _ANY_CLOSED_DOMAIN_RE.search(text.lower()) is not None
