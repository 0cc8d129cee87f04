"""A document's title: a known title block near the top (`title_rules`; an inventory's rows
are none, nor the item headings below a decision list's lead-in), else its first line that
reads as a title, a letter's subject, an e-mail's subject.
"""

from __future__ import annotations

import re

from pipeline.documents.lines import (
    _title_shaped,
    announces_decisions,
    strip_redaction_marks,
    text_lines,
)
from pipeline.documents.rules import _rules


def is_listing_page(text: str) -> bool:
    """A page of an inventory table: many rows ending in a disclosure status."""
    rules = _rules()
    rows = sum(1 for line in text_lines(text) if rules["listing_row"].search(line))
    return rows >= rules["listing_min_rows"]


#: A table's column rule that OCR read as a mark of its own (`Document : Datum`).
_COLUMN_RULE_RE = re.compile(r"(?<=\S) [|:;¦] (?=\S)")


def _without_column_rules(line: str) -> str:
    return _COLUMN_RULE_RE.sub(" ", line)


def _head(lines: list[str], search_lines: int | None) -> list[str]:
    """The lines a title is looked for in; a Kamerstuk's paper number alone on its line
    (`nr. 3` under the dossier's number and title) stands over the paper's kind, also below
    a register's metadata that a plain text's title lines do not reach (`Kamerstuk`, `Datum
    publicatieOrganisatie...` and its values over `31 501`, the dossier's title, `nr. 4`,
    `ADVIES RAAD VAN STATE EN NADER RAPPORT`)."""
    rules = _rules()
    depth = search_lines or rules["title_search_lines"]
    numbered = rules["title_paper_number_alone"]
    reach = max(depth, rules["title_search_lines"])
    number = next((n for n, x in enumerate(lines[:reach]) if numbered.match(x.strip())), None)
    if number is None:
        return lines[:depth]
    if number < depth:
        return lines[: depth + 1]
    return [*lines[:depth], *lines[number + 1 : number + 2]]  # the paper's kind, below its number


def _title_match(text: str, search_lines: int | None = None) -> tuple[str, str, int] | None:
    """(doc_type, title line, rule index) of the first title block near the top."""
    rules = _rules()
    hits = []
    for n, line in enumerate(_head(text_lines(text), search_lines)):
        if announces_decisions(line):
            break  # the headings below a list's lead-in are its items (`Zij nam de volgende
            # besluiten.` over `Jaarverslag 2016 van de Commissie ...`), not its title
        # a known title may wrap at a comma (`Verslag van de ledenvergadering van de X,`); a
        # text's first line or a heading in capitals may close with a period (`Besluitenlijst
        # van ... 2014.`, `VERSLAG VAN DE ALGEMENE VERGADERING VAN 16/11/2007.`)
        closed = n == 0 or line.isupper()
        phrase = line.removesuffix(",").removesuffix("." if closed else ",")
        shaped = _title_shaped(phrase)
        # a Woo decision's title may quote at length what was asked (`Besluit op
        # Wob-verzoek over 2 rapporten ‘...’ en bijbehorende bijlagen met betrekking tot ...`)
        long_shaped = _title_shaped(phrase, max_chars=None)
        words = rules["title_page_prefix"].sub("", _without_column_rules(line))
        words = rules["title_acronym_prefix"].sub("", words)
        words = rules["title_gazette_prefix"].sub("", words)
        words = rules["title_paper_number"].sub("", words)
        words = rules["title_status_prefix"].sub("", words)
        for index, (doc_type, pattern, running_header) in enumerate(rules["title_rules"]):
            # a table header (`Doc. Datum Titel doc. Beoordeling`) need not read as a title
            long_title = long_shaped and index in rules["long_title_rules"]
            # a kind numbered in its series closes the number with a period, its subject after
            numbered = index in rules["numbered_title_rules"]
            if (shaped or running_header or long_title or numbered) and pattern.search(words):
                hits.append((doc_type, line, index))
                break
    if len(hits) > 1 and rules["tag_title"].match(hits[0][1]):
        hits = hits[1:]  # a category tag over the page's own title (`jaarverslag`)
    if not hits:
        return None
    if rules["title_rules"][hits[0][2]][2]:
        return hits[0]  # a table header: the rows below it may well look like titles
    if len(hits) >= rules["listing_min"] or is_listing_page(text):
        return None  # "Brief ...", "Agenda ...", "Notitie ..." rows of an inventory
    return hits[0]


def title_at_top(text: str, search_lines: int | None = None) -> tuple[str, str] | None:
    """(doc_type, title line) when one of the first lines is a known title block."""
    match = _title_match(text, search_lines)
    return (match[0], match[1]) if match else None


def hosted_title(lines: list[str]) -> tuple[str, str] | None:
    """(doc_type, title) of a document shown on a document-sharing site: the title the site
    quotes on its download or share line (`Download "Jaarverslag 2014. Klachtenregeling
    ..."`) is the document's first lines run together by periods, so the first of them that
    a title rule knows names the type (`Inleiding. Jaarverslag Klachtencommissie ...`);
    None without such a line or such a title."""
    rules = _rules()
    for line in lines[: rules["title_search_lines"]]:
        if (m := rules["hosted_title"].match(line.strip())) is not None:
            heads = [x.strip(" .") for x in _PHRASE_END_RE.split(m["title"])]
            return title_at_top("\n".join(heads), len(heads))
    return None


def _clean_title(line: str) -> str:
    return strip_redaction_marks(line)[0].strip(" :-")


def _first_title_line(lines: list[str]) -> str | None:
    for line in lines[:8]:
        letters = sum(ch.isalpha() for ch in line)
        if letters >= 8 and letters / max(len(line), 1) > 0.6:
            return _clean_title(_title_phrase(line))
    return None


#: A title is at most this long; a longer line is running text (a paragraph, a PDF page
#: transcribed onto one line).
TITLE_MAX_CHARS = 160
#: the stamp of a meeting that a document is tabled at, run onto its head: `Vergadering
#: algemeen bestuur op 15 augustus 2012, agendapunt 2` (the document's own date follows)
_TABLED_STAMP_RE = re.compile(
    r"^[^.]{0,100}?\b(?:19|20)\d\d,?\s+agendapunt\s*:?\s*\d+[a-z]?\b[\s.:-]*", re.IGNORECASE
)


def tabled_stamp_end(line: str) -> int:
    """Where the document's own text starts after the stamp of the meeting it is tabled at
    (`_TABLED_STAMP_RE`): that meeting is a later one, not the one a record's title dates;
    0 without a stamp."""
    m = _TABLED_STAMP_RE.match(line)
    return m.end() if m else 0


#: where a line's first phrase ends: a sentence's end before a capital, or a field label
_PHRASE_END_RE = re.compile(r"(?<=[a-z\d)])[.!?](?=\s+[A-Z])|\s(?=[A-Z][a-z]+\s*:\s)")


def _title_phrase(line: str) -> str:
    """The title a line of running text opens with: its first phrase, without the stamp of
    the meeting the document is tabled at (a short line is its own title)."""
    if len(line) <= TITLE_MAX_CHARS:
        return line
    line = line[tabled_stamp_end(line) :] or line
    m = _PHRASE_END_RE.search(line)
    return line[: m.start() + (m.group(0) != " ")] if m else line[:TITLE_MAX_CHARS]


def letter_subject(lines: list[str]) -> str | None:
    """The value of a letter's subject label (`Betreft`, `Onderwerp`) in its letterhead,
    with the line it wraps onto: one more line that stands between the value and the next
    letterhead label or the salutation (`_wraps_onto`)."""
    rules = _rules()
    top = lines[: rules["letter_subject_lines"]]
    for n, line in enumerate(top):
        m = rules["letter_subject"].match(line)
        if m:
            value = m["value"].strip()
            wrapped = top[n + 1] if n + 1 < len(top) else ""
            if _wraps_onto(value, wrapped, top[n + 2] if n + 2 < len(top) else ""):
                value = f"{value} {wrapped.strip()}"
            return _clean_title(value)
    return None


#: a line of the letterhead's address column (`3511 GG Utrecht`, `@minezk.nl`, `www.`)
_ADDRESS_LINE = re.compile(r"@|\bwww\.|https?:|\b\d{4}\s?[A-Z]{2}\b|\bpostbus\b", re.IGNORECASE)


def _wraps_onto(value: str, line: str, after: str) -> bool:
    """`line` is the rest of a subject `value`: it stands before the next letterhead label
    or the salutation and is no field, no sentence, no address line of the other column."""
    if not line.strip() or not after.strip() or value.endswith((".", ":")):
        return False
    if line.rstrip().endswith(".") or not _ends_letterhead_field(after):
        return False  # a sentence of the body, not the rest of a subject
    return not _ends_letterhead_field(line) and _ADDRESS_LINE.search(line) is None


def _ends_letterhead_field(line: str) -> bool:
    """Blank, a letterhead label or the salutation: what follows a field's value."""
    rules = _rules()
    stripped = line.strip()
    return (
        not stripped
        or rules["letter_salutation"].match(stripped) is not None
        or any(p.match(stripped) for p in rules["letterhead"])
    )


def _email_subject(lines: list[str]) -> str | None:
    label = _rules()["email_subject_label"]
    for line in lines[:40]:
        m = re.match(rf"^(?:{label})\s*:\s*(.+)$", line, re.IGNORECASE)
        if m:
            return m[1].strip()
        m = re.match(rf"^(.+?)\s*(?:{label})\s*:\s*$", line, re.IGNORECASE)
        if m:
            return m[1].strip()
    return None
