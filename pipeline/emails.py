"""E-mails out of printed mail threads: headers, recipients, attachments, threads.

How a document is read
----------------------
1. Every line is scanned for header labels (`From:`/`Van:`, `Sent:`/`Verzonden:`/`Datum:`,
   `To:`/`Aan:`, `Cc:`/`Kopie:`, `Subject:`/`Onderwerp:`, `Attachments:`/`Bijlagen:` ...;
   the labels are data in `patterns/email_headers.json`). OCR glues labels to values in
   any order (`Thu, 17 Feb 2022 12:35:13 +0100Sent:`, `@utrecht.nl>To: 5.1.2.e`,
   `Agenda ... a.s.Subject:`), so a label is found anywhere in a line and a label with
   nothing after it takes the text before it. On a scan a long label OCR misread
   (`Ondervarn`) right below a header line is read as the label it is closest to.
2. Labels close together form a header block; a block ends at a gap of more than a few
   content lines (lines of redaction codes and bare addresses do not count: they are the
   values OCR tore away from their labels), when a field repeats, or at a `From:` after
   the block already has a date or subject.
3. A message is a block with a sent time (a `Datum:` block only beside other mail fields,
   as minutes use `Datum:` too), or a bare timestamp line (`Tue, 19 Apr 2022 17:34:31
   +0200`) whose labels OCR printed elsewhere in a column of their own (only in a document
   with such labels or an address beside the line), or a reply line (`Op 6 dec. 2017 om
   13:09 heeft ... het volgende geschreven:`, `Op ... schreef ...:`, `On ... wrote:`),
   also when wrapped over narrow quoted columns, and when OCR misread its verb
   (`owrcte:`: the line's shape, `On`/`Op` + date and time + writer + one word and a colon,
   with the word OCR-close to a verb, or lost behind a redacted writer: `On Thu. 30 Jul
   2020 at 11:09. ▮ <0 ▮`). A block with a `Sent:`/`Verzonden:` label (never a
   memo's) beside `From:` and `To:`/`Subject:` but no time printed is a message too, with
   no sent time; so is a lone `Onderwerp:`/`Subject:` line with no letterhead label beside
   it, where the thread shows it heads a message (a forward or reply of that subject in
   the document, or a message's closing right above it). Position counts from the top,
   and runs on into the next document where the splitter cut a printed thread
   (continue_printed_threads).
4. Fields a block lacks are taken from around the timestamp: the sender from the line
   just above it, recipients from the address lines below it (two lines before a
   `Subject:`: To, then Cc), and for an Outlook print whose labels stand in a column of
   their own the subject and attachments from where that print puts their values (the
   line before `High`, the file-name lines, a list cut at a line end joined to the
   stretch's other file-name line) and, in a document with one message, the recipients
   from every address line (below a bare `Cc:` label: Cc). A torn header that lacks a
   recipient kind takes it from a lone label of that kind (`Cc:` and its value lines)
   that OCR set apart anywhere before the next header.
5. On a scanned page, words OCR read off a redaction box (`EEEN`, `BEN`, `Ve`: low
   confidence, a few letters stretched over the box) are marked as boxes in the header
   lines (BOX_MARK), so a box counts as a redacted address as a printed code does; a
   quoted display name with no address after it (Apple Mail) had its address boxed.
6. Domains OCR misread are repaired (repair_domain) towards a reference list (every Dutch
   municipality's `<name>.nl`, government bodies, common hosts: patterns data) and the
   spellings the document itself prints with more OCR confidence, by an edit distance
   that makes OCR's usual confusions cheap; only when one spelling is clearly the closest.

mail-parser-reply was tried for the splitting and is not used: it returns each reply's
header text and body but no fields, and it splits on runs of two or more header lines at
line starts. On clean text (the sample release's text layer) it splits right; on the OCR'd
reference release it cuts at the columns of bare labels instead of at the messages (the
page with the 12:35, 12:30 and 12:08 messages came out as 2 parts, so did the one with
16:53, 16:22 and 16:14), and it does not know bare timestamp lines at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from pipeline.dates import (
    AMSTERDAM,
    DATE_RE,
    MONTH_ALT,
    MONTHS_EN,
    TIME_RE,
    US_NUMERIC_DATE_RE,
    WEEKDAY_ALT,
    WEEKDAY_START_RE,
    parse_timestamp,
    repair_date_span,
)
from pipeline.docmodel import Box, as_doc, evidence_box, page_lines, token_box, union_box
from pipeline.grounds import find_ground_codes
from pipeline.nlp import load_patterns, without_accents

ADDRESS_KINDS = ("to", "cc", "bcc")


@cache
def _rules() -> dict:
    return load_patterns("email_headers.json")


@cache
def _label_re() -> re.Pattern:
    """One regex for every label; the group name is the field kind.

    A regular expression over the line text rather than a spaCy PhraseMatcher over tokens:
    OCR glues labels to the values around them (`512eCC:`, `+0100Sent:`, `@utrecht.nl>To:`),
    so a label is often no token of its own. The labels are the one vocabulary in
    `patterns/email_headers.json` that `documents.py` reads too; a line's matches map back
    to its tokens through the line spans of the document model."""
    parts = []
    for kind, labels in _rules()["labels"].items():
        variants = sorted(
            {v for label in labels for v in (label, label.upper())}, key=len, reverse=True
        )
        alternatives = "|".join(re.escape(v).replace(r"\ ", r"\s") for v in variants)
        parts.append(f"(?P<{kind}>{alternatives})")
    # A label starts a line, follows a non-letter, or follows a lower-case letter that OCR
    # glued to it (`512eCC:`); it never continues a capitalised word (`DatumVan`).
    return re.compile(r"(?:(?<![A-Za-z])|(?<=[a-z]))(?:" + "|".join(parts) + r")\s?:")


@cache
def _extension_alt() -> str:
    return "|".join(sorted(_rules()["attachment_extensions"], key=len, reverse=True))


@cache
def _file_name_re() -> re.Pattern:
    # lazily up to the first extension, so a list splits into its file names whatever the
    # separator (`, `, `; `, `. ` or a line break)
    return re.compile(rf"[^\s.,;].*?\.(?:{_extension_alt()})(?![A-Za-z0-9])", re.IGNORECASE)


@cache
def _subject_prefix_re() -> re.Pattern:
    alt = "|".join(sorted(set(_rules()["subject_prefixes"]), key=len, reverse=True))
    return re.compile(rf"^\s*(?:(?:{alt})\.?\s*(?:\[\d+\]|\(\d+\))?\s*[:;]\s*)+", re.IGNORECASE)


@cache
def _wrote_res() -> list[re.Pattern]:
    return [re.compile(p) for p in _rules()["wrote_header_patterns"]]


_ADDRESS_RE = re.compile(
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._%+'\-]*)?(?P<gap>\s*)@\s?"
    r"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"
)
# `February 17, 2022` (Outlook) and `Feb 17, 2022` (Gmail's `On Thu, Feb 17, 2022 at ...`)
_US_MONTHS = sorted({m.capitalize() for m in MONTHS_EN} | {m[:3].capitalize() for m in MONTHS_EN})
_US_DATE_RE = re.compile(
    r"\b(?P<month>" + "|".join(sorted(_US_MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# `Thu Dec 9 21:01:27 GMT 2010`: the C library's date (mail archives), its year after
# the time and the zone
_CTIME_RE = re.compile(
    rf"\b(?P<wd>{WEEKDAY_ALT})\.?\s+(?P<month>{MONTH_ALT})\s+"
    r"(?P<day>[0-3]?\d)\s+"
    r"(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)\s+(?:(?P<tz>[A-Z]{3,4})\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# an offset or zone after the time; a zone with its offset (`(GMT+01:00)`) is read whole
_TZ_TAIL_RE = re.compile(
    r"^\s*(?:\(?(?:UTC|GMT)\s?[+-]\d\d:?\d\d\)?|[+-]\d\d:?\d\d|\(?(?:CET|CEST|UTC|GMT|MET|BST)\)?)"
)
_AMPM_RE = re.compile(r"^\s*([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])")
#: stands in a header line for a word OCR read off a redaction box (`EEEN`, `BEN`, `Ve`)
BOX_MARK = "\u25ae"
_NOISE_CHARS_RE = re.compile(r"[\s<>\"'`’”“‚;,:|I!l()\[\]{}•·.\-_=*\u25ae]+")


# --------------------------------------------------------------------------- text helpers


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


def normalize_subject(subject: str | None) -> str | None:
    """`RE: FW: Antw: Datalek  SVMN` -> `datalek svmn` (reply/forward prefixes, any depth)."""
    if subject is None:
        return None
    # OCR specks after the subject (`a.s. '`, `2022 _`) and before it (`. Stukken`)
    text = re.sub(r"\s+[^\w\s]{1,2}$|\s+_+$", "", subject.strip())
    text = re.sub(r"^[.,;:|_'’`]+\s+", "", text)
    for opening, closing in ("‘’", "“”"):
        # a closing quote with no opening one: a speck OCR read after the last word
        if text.endswith(closing) and opening not in text and text.count(closing) == 1:
            text = text[:-1]
    text = _subject_prefix_re().sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" -:;").lower()
    return text or None


@cache
def _misread_prefix_re() -> re.Pattern:
    alt = "|".join(sorted(set(_rules()["subject_prefixes"]), key=len, reverse=True))
    return re.compile(rf"^((?:{alt}))\s?[.;](?!:)\s*")


def _mend_prefix(subject: str) -> str:
    """A reply or forward prefix whose colon OCR read as a stop or semicolon (`FW. x`,
    `RE ;`) written as printed: `FW: x`, `RE:`."""
    return _misread_prefix_re().sub(r"\1: ", subject).strip()


def split_file_names(text: str) -> tuple[list[str], str]:
    """File names in an attachment list, and the unfinished tail (a name wrapped onward)."""
    names = []
    pos = 0
    for m in _file_name_re().finditer(text):
        # OCR puts a space before an underscore (`16-02-2022 _V2.pdf`)
        name = re.sub(r"\s+_", "_", m.group(0).strip(" ,;"))
        names.append(name)
        pos = m.end()
    tail = text[pos:].strip(" ,;.")
    return names, tail


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
#: `<mailto:...>` link a client doubles it with
_MASKED_ADDRESS_RE = re.compile(r"[<\[(]?\s*(?:mailto:\s*)?\*{2,}@\*{2,}\.\*{2,}\s*[>\])]?", re.I)


def _masked_addresses_as_boxes(value: str) -> str:
    """A header value with every masked address as a box: the mask stands where the
    address was, so the name before it is the display name and the person is redacted."""
    return _MASKED_ADDRESS_RE.sub(BOX_MARK, value) if "*@*" in value else value


def _without_codes(text: str) -> str:
    """The text with redaction codes cut out."""
    spans = find_ground_codes(text)
    for span in reversed(spans):
        text = text[: span["start"]] + " " + text[span["end"] :]
    return text


@lru_cache(maxsize=65536)
def _is_noise_line(line: str) -> bool:
    """Redaction codes, bare addresses and OCR specks: the torn-off values of a header."""
    rest = _ADDRESS_RE.sub(" ", _without_codes(line))
    rest = re.sub(r"\b(?:en|of|and)\b", " ", rest)
    rest = _NOISE_CHARS_RE.sub("", rest)
    return len(rest) <= 2


@lru_cache(maxsize=65536)
def _has_codes(text: str) -> bool:
    return bool(find_ground_codes(text))


#: a black box OCR read as glyphs (`HH^HH^^HHHI`, `EHgj|^HHHBBSi`, `BBBBBMp`, `BBMBBMHBHIBB`):
#: carets and block signs, or a run of the capitals a box's texture reads as, no word of
#: any mail
_BOX_GARBLE_RE = re.compile(r"\S*(?:[\^■▪█]|[HB]{4,}|[BHIMWÊ]{8,})\S*")


def _has_box(text: str) -> bool:
    """A redaction code or a box OCR read as a mark or as letters stands in the text."""
    return BOX_MARK in text or _has_codes(text) or _BOX_GARBLE_RE.search(text) is not None


def _without_boxes(text: str) -> str:
    return _BOX_GARBLE_RE.sub(" ", _without_codes(text).replace(BOX_MARK, " "))


# --------------------------------------------------------------------------- timestamps


@dataclass(frozen=True)
class Stamp:
    start: int
    end: int
    value: datetime
    raw: str


#: a time (`16:53`, `9.41`): every header timestamp has one, most lines of a page none, so
#: a line without it is passed over before the date expressions and dateparser run
_TIME_HINT_RE = re.compile(r"\d[:.][0-5]\d")
#: a year or a numeric date, the other half of a timestamp
_YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d|\d[-/.]\d")


@lru_cache(maxsize=65536)
def find_timestamp(line: str) -> Stamp | None:
    """A date followed closely by a time (`Tue, 29 Mar 2022 10:39:31 +0200`, `maandag 14
    februari 2022 16:53`, `17 december 2018 om 18:43:48 CET`, `Thursday, February 17, 2022
    12:30:04 PM`) as a tz-aware datetime. Cached: a document's lines are read for headers
    by the splitter, the page check and the extractor alike."""
    if not _TIME_HINT_RE.search(line) or not _YEAR_HINT_RE.search(line):
        return None
    # OCR puts accents on month names (`12 Sép 2022`); the rewrite keeps the length
    text = line
    if not line.isascii():
        text = without_accents(line)
    # the rewrites keep the length (padded after the year), so offsets stay the line's
    text = _CTIME_RE.sub(_ctime_as_written, text)
    text = _US_DATE_RE.sub(
        lambda m: f"{m['day']} {m['month']} {m['year']}".ljust(len(m.group(0))), text
    )
    text = US_NUMERIC_DATE_RE.sub(
        lambda m: f"{m['day']}-{m['month']}-{m['year']}".ljust(len(m.group(0))), text
    )
    for date_match in DATE_RE.finditer(text):
        stamp = _stamp_at(text, date_match)
        if stamp is not None:
            # offsets into the original line, and the stamp as printed there, where the
            # rewrites kept the length (the accent strip may not: a ligature)
            if len(text) != len(line):
                return Stamp(stamp.start, min(stamp.end, len(line)), stamp.value, stamp.raw)
            return Stamp(stamp.start, stamp.end, stamp.value, line[stamp.start : stamp.end].strip())
    return None


def _ctime_as_written(m: re.Match) -> str:
    """`Thu Dec 9 21:01:27 GMT 2010` as `Thu 9 Dec 2010 21:01:27 GMT`, as long as printed."""
    tz = f" {m['tz']}" if m["tz"] else ""
    return f"{m['wd']} {m['day']} {m['month']} {m['year']} {m['time']}{tz}".ljust(len(m.group(0)))


def _stamp_at(text: str, date_match: re.Match) -> Stamp | None:
    """The timestamp that starts with `date_match`: a date with a year, a time right after
    it (`, `, ` om `, ` at `), an offset or zone, and AM/PM."""
    if not any(date_match.group(g) for g in ("y1", "y2", "y3")):
        return None
    after = text[date_match.end() : date_match.end() + 30]
    time_match = TIME_RE.search(after)
    if time_match is None or not _STAMP_JOINT_RE.fullmatch(after[: time_match.start()]):
        return None
    end = date_match.end() + time_match.end()
    tz = _TZ_TAIL_RE.match(text[end:])
    span_end = end + (tz.end() if tz else 0)
    value = _parse_stamp(text[date_match.start() : span_end])
    if value is None:
        return None
    ampm = _AMPM_RE.match(text[span_end:])
    if ampm:
        if ampm.group(1).lower() == "p" and value.hour < 12:
            value = value + timedelta(hours=12)
        elif ampm.group(1).lower() == "a" and value.hour == 12:
            value = value - timedelta(hours=12)
        span_end += ampm.end()
    raw = text[date_match.start() : span_end].strip()
    return Stamp(date_match.start(), span_end, value, raw)


_STAMP_JOINT_RE = re.compile(r"[\s,]*(?:om|at|à|,|-)?[\s,]*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _parse_stamp(span: str) -> datetime | None:
    # dateparser is the cost of a timestamp; a thread prints the same ones again and again
    return parse_timestamp(span)


def _is_bare_stamp_line(line: str, stamp: Stamp) -> bool:
    """A line that is nothing but a full header timestamp (its label printed elsewhere)."""
    rest = line[: stamp.start] + line[stamp.end :]
    if len(_NOISE_CHARS_RE.sub("", rest)) > 2:
        return False
    full = bool(
        WEEKDAY_START_RE.match(stamp.raw)
        or re.search(r"\d:\d\d:\d\d", stamp.raw)
        or re.search(r"[+-]\d\d:?\d\d|CET|CEST|GMT|UTC", stamp.raw)
    )
    return full


# --------------------------------------------------------------------------- header fields


@dataclass
class Field:
    kind: str
    line: int
    value: str
    last_line: int  # the last line the value runs onto
    stamp: Stamp | None = None
    label: str = ""


@dataclass
class Block:
    fields: dict[str, Field] = field(default_factory=dict)
    first_line: int = 0
    last_line: int = 0

    @property
    def stamp(self) -> Stamp | None:
        sent = self.fields.get("sent")
        return sent.stamp if sent else None


@lru_cache(maxsize=65536)
def _label_hits(line: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of every header label in a line. Cached, as a document's lines
    are read by the page check and the extractor; a line without a colon has none."""
    if ":" not in line:
        return ()
    return tuple((m.lastgroup, m.start(), m.end()) for m in _label_re().finditer(line))


@cache
def _shared_sent_labels() -> frozenset[str]:
    """`Datum:` also heads minutes and letters: it dates an e-mail only beside other mail
    fields (patterns data: `shared_sent_labels`)."""
    return frozenset(label.lower() for label in _rules()["shared_sent_labels"])


_MAIL_FIELD_KINDS = {"from", "to", "cc", "subject"}


def _fields_of_line(line: str, line_no: int) -> tuple[list[Field], str]:
    """Fields labelled in one line, and text before the first label (belongs to the field
    above when a value follows the label)."""
    hits = _label_hits(line)
    if not hits:
        return [], ""
    fields = []
    lead = line[: hits[0][1]].strip()
    for i, (kind, _start, end) in enumerate(hits):
        stop = hits[i + 1][1] if i + 1 < len(hits) else len(line)
        value = line[end:stop].strip()
        label = line[_start:end].rstrip(" :")
        fields.append(Field(kind, line_no, value, line_no, label=label))
    if lead and not fields[0].value and len(hits) == 1:
        # `Agenda en bijlagen BO/BP 6 april a.s.Subject:`: OCR printed the value first
        fields[0].value = lead
        lead = ""
    return fields, lead


#: labels that follow the recipients in a header: a line between a recipient list and one
#: of these is that list wrapped
_AFTER_RECIPIENTS = {"cc", "bcc", "subject", "attachments"}


def _continues_list(kind: str, value: str, next_line: str, then: str = "") -> bool:
    """Does `next_line` carry on the recipients or attachments of the line above? `then`:
    the line after it."""
    if not next_line.strip() or _label_hits(next_line):
        return False
    if kind == "attachments":
        _names, tail = split_file_names(value)
        if tail or value.rstrip().endswith((",", ";")):
            return True
        # one file name a line: a line of nothing but file names carries the list on
        names, rest = split_file_names(next_line)
        return bool(names) and not rest
    if kind in ADDRESS_KINDS:
        quotes = sum(value.count(q) for q in '"“”')
        hits = _label_hits(then)
        return (
            value.rstrip().endswith((";", ","))
            or quotes % 2 == 1  # a quoted name wrapped onto the next line
            or next_line.lstrip().startswith((",", ";"))
            or "@" in repair_addresses(next_line)
            # a list line right above the header's next label (`CC: Blik op W` / `jerk ||
            # Dienstverlener; Blik op Werk || Financiën` / `Onderwerp: ...`)
            or (";" in next_line and bool(hits) and hits[0][1] == len(then) - len(then.lstrip())
                and hits[0][0] in _AFTER_RECIPIENTS)
        )  # fmt: skip
    return False


def _collect_fields(lines: list[str]) -> list[Field]:
    fields: list[Field] = []
    i = 0
    while i < len(lines):
        found, lead = _fields_of_line(lines[i], i)
        if lead and fields and fields[-1].line >= i - 3:
            target = next(
                (f for f in reversed(fields) if f.kind in ("from", *ADDRESS_KINDS)), fields[-1]
            )
            if "@" in lead or target is fields[-1]:
                target.value = f"{target.value} {lead}".strip()
        for f in found:
            if f.kind == "sent":
                f.stamp = find_timestamp(f.value) or find_timestamp(lines[i])
            fields.append(f)
        if found and _subject_wraps(found[-1], lines, i):
            found[-1].value = f"{found[-1].value} {lines[i + 1].strip()}"
            found[-1].last_line = i + 1
        if found:
            last = found[-1]
            j = last.last_line + 1
            while j < len(lines) and last.kind in ("attachments", *ADDRESS_KINDS):
                # OCR leaves a blank line inside a wrapped list now and then
                k = j + 1 if not lines[j].strip() and j + 1 < len(lines) else j
                then = next((t for t in lines[k + 1 : k + 3] if t.strip()), "")
                if not _continues_list(last.kind, last.value, lines[k], then):
                    break
                joint = "" if last.value.endswith("-") else " "  # `16-02-` + `2022_V2.pdf`
                last.value = f"{last.value}{joint}{lines[k].strip()}"
                last.last_line = k
                j = k + 1
            i = max(i + 1, j)
        else:
            i += 1
    return fields


WRAPPED_SUBJECT_CHARS = 50  # a subject line this long may have wrapped at the print's margin


def _subject_wraps(f: Field, lines: list[str], i: int) -> bool:
    """Does the subject on line i go on onto the next line? A long subject wraps at the
    print's margin: the next line carries on in lower case (`... de nieuwe school in` /
    `het centrum`) and the header's blank line (or its next label) follows it; a body's
    first line opens with a capital."""
    if f.kind != "subject" or len(f.value) < WRAPPED_SUBJECT_CHARS or i + 2 >= len(lines):
        return False
    nxt, then = lines[i + 1].strip(), lines[i + 2]
    if not re.match(r"[a-z0-9(]", nxt) or _label_hits(nxt):
        return False
    return not then.strip() or bool(_label_hits(then)) or _tail_above_body(lines[i], nxt, then)


def _tail_above_body(line: str, nxt: str, then: str) -> bool:
    """A born-digital PDF's text layer has no blank line between header and body (PDFium
    joins the rows of a page), so the body may follow a wrapped subject at once: the tail is
    then shorter than half the subject's first line, and the body opens with a capital
    (`Hallo,`, `Ha Els`, `Beste Tom,`)."""
    return 2 * len(nxt) <= len(line.strip()) and bool(re.match(r"[A-Z]", then.strip()))


def _content_lines_between(lines: list[str], a: int, b: int, fields: Block | None = None) -> int:
    """Lines of text between two header lines; values torn from their labels (codes, bare
    addresses), the continuation lines of a recipient list (Apple Mail: `, "Capel,
    Sebastiaan"`) and the lines of `fields`' own header fields do not count."""
    own = _field_lines(fields) if fields else set()
    return sum(
        1
        for k in range(a + 1, b)
        if lines[k].strip()
        and k not in own
        and not _is_noise_line(lines[k])
        and not lines[k].lstrip().startswith((",", ";", "‚"))
    )


def _field_lines(block: Block) -> set[int]:
    return {k for f in block.fields.values() for k in range(f.line, f.last_line + 1)}


MAX_GAP = 2  # content lines allowed between two fields of one header block


def _build_blocks(lines: list[str], fields: list[Field]) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for f in fields:
        start_new = current is None
        if current is not None:
            if _content_lines_between(lines, current.last_line, f.line) > MAX_GAP:
                start_new = True
            elif f.kind in current.fields:
                start_new = True
            elif f.kind == "from" and ({"sent", "subject", "to"} & current.fields.keys()):
                start_new = True
            elif _after_written_subject(lines, current, f):
                start_new = True
        if start_new:
            current = Block(first_line=f.line, last_line=f.last_line)
            blocks.append(current)
        current.fields[f.kind] = f
        current.last_line = max(current.last_line, f.last_line)
    return blocks


def _after_written_subject(lines: list[str], block: Block, f: Field) -> bool:
    """Does an address field come after a block's subject and text below it? A header
    ends with its subject (and attachments): recipient labels after the message's first
    lines are another header's, torn off by OCR. The block's own fields below the subject
    are no such text (Apple Mail prints `Onderwerp:` before `Datum:` and `Aan:`; Gmail
    `Subject:` before `To:` and `Cc:`)."""
    subject = block.fields.get("subject")
    return (
        f.kind in ADDRESS_KINDS
        and subject is not None
        and bool(subject.value)
        and f.line > subject.last_line
        and _content_lines_between(lines, subject.last_line, f.line, block) > 0
    )


# --------------------------------------------------------------------------- addresses


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
    """`EE @ utrecht. :`: a redacted address whose top-level domain OCR lost; the name is
    kept for the repair against known domains."""
    lost_tld = re.search(r"@\s?([A-Za-z0-9][A-Za-z0-9-]{2,})\.?\s*[:;,>]?\s*$", text)
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
    redacted = (
        local is None
        or len(m.group("gap")) > 1
        or (m.group("gap") and (len(local) < 4 or local.isupper()))  # `EEEN @x.nl`: a box
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


def parse_addresses(value: str) -> list[dict]:
    """Recipients in a header value: `{address, domain, redacted, name}` each.

    `"Jansen, J." <j.jansen@utrecht.nl>; "Smit" 5.1.2.e @utrecht.nl` -> an address and a
    redacted one with its domain left. A piece without `@` is a name, or a redacted
    recipient when a code stands in for it.
    """
    people = []
    if re.fullmatch(r"\s*[,;:|‚](?:\s*[,;:|‚])*\s*", value):
        # `Kopie: ,`: boxes without codes, only the separators between them left (OCR may
        # read a box's edge as `:` or `|`)
        n = len(re.findall(r"[,;‚]", value)) + 1
        return [{"address": None, "domain": None, "redacted": True, "name": None}] * n
    masked = "*@*" in value
    value = _masked_addresses_as_boxes(_bracketed_marks_as_boxes(value))
    for piece in _split_people(repair_addresses(value)):
        # OCR can run several addresses into one piece: one person per address
        text = piece
        if masked and BOX_MARK in text:
            # a mailer's mask, not OCR: the name before it is all that is left
            name = _display_name(_without_boxes(text))
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


def _sender_of(value: str) -> dict:
    people = parse_addresses(value)
    if people:
        return people[0]
    return {"address": None, "domain": None, "redacted": _has_box(value), "name": None}


# --------------------------------------------------------------------------- messages


@dataclass
class Message:
    stamp: Stamp | None  # None: a header that prints no sent time
    anchor_line: int
    block: Block | None
    first_line: int
    header_end: int  # last line of the header
    sender: dict | None = None
    subject: str | None = None
    recipients: list[dict] = field(default_factory=list)
    reply_line: bool = False  # a one-line reply header: a time and a writer, no fields
    quoted_original: bool = False  # a lone subject line a later message forwards or answers
    after_closing: bool = False  # a lone subject line below another message's closing
    attachments: list[str] = field(default_factory=list)
    unsent: bool = False  # a header block with no sent label at all (_unsent_header_messages)
    archived: bool = False  # a mail archive's page header, no labels (_archive_messages)


def _previous_nonblank(lines: list[str], i: int, limit: int = 3) -> int | None:
    k = i - 1
    while k >= 0 and i - k <= limit + 3:
        if lines[k].strip():
            return k
        k -= 1
    return None


@cache
def _wrote_end_re() -> re.Pattern:
    """The verb and colon that end a reply line (`... wrote:`, `... schreef ...:`)."""
    verbs = "|".join(map(re.escape, _rules()["quote_header_verbs"]))
    return re.compile(rf"(?:{verbs})[^:]*:\s*$")


#: a reply line's shape: `On`/`Op`, then anything, then one last word and a colon (a
#: regex over the line: OCR glues the verb to its colon and the writer to the time)
_QUOTE_LINE_RE = re.compile(r"^\s*O[pn]\s.*\s(?P<verb>[^\s:]{3,14}):\s*$")
QUOTE_VERB_DISTANCE = 0.3  # OCR edits allowed per letter of the verb (`owrcte` for `wrote`)
WEEKDAY_ROOM = 12  # characters a weekday (`donderdag, `) may take before a reply line's date


def _mend_quote_verb(line: str) -> str:
    """A reply line whose closing verb OCR misread (`On Thu. 30 Jul 2020 at 11:09. ...
    owrcte:`), with the verb it is clearly closest to under `ocr_distance`. Only the shape
    counts (`On`/`Op`, a date and time, a last word ending in a colon): `_wrote_header`
    still wants the timestamp right after `On`/`Op`."""
    m = _QUOTE_LINE_RE.match(line)
    if m is None or not _TIME_HINT_RE.search(line):
        return line
    read = m.group("verb").lower()
    verbs = _rules()["quote_header_verbs"]
    if read in verbs:
        return line
    distance, verb = min((ocr_distance(read, v), v) for v in verbs)
    if distance > QUOTE_VERB_DISTANCE * len(verb):
        return line
    return line[: m.start("verb")] + verb + line[m.end("verb") :]


def _wrote_header(line: str) -> tuple[Stamp, str] | None:
    """The sent time and writer of a reply line (`Op ... heeft X het volgende geschreven:`,
    `On ..., X wrote:`), also one whose verb OCR lost (`_verbless_reply`)."""
    return _worded_reply(_mend_quote_verb(line)) or _verbless_reply(line)


_REPLY_OPENING_RE = re.compile(r"^\s*O[pn]\s")


def _verbless_reply(line: str) -> tuple[Stamp, str] | None:
    """A reply line whose end OCR lost (`On Thu. 30 Jul 2020 at 11:09. ▮ <0 ▮`: the verb
    and the closing colon stood right of a redacted writer, at the line's end, where a
    scan fades): `On`/`Op`, a timestamp right after it, then only a writer nobody can
    read: boxes, codes, addresses and specks, at least one box or address. A sentence
    (`Op 3 maart 2020 om 10:00 uur ...`) has words after its time."""
    if not _REPLY_OPENING_RE.match(line):
        return None
    stamp = find_timestamp(line)
    if stamp is None or stamp.start > len(line) - len(line.lstrip()) + 3 + WEEKDAY_ROOM:
        return None
    writer = line[stamp.end :]
    if not (_has_box(writer) or "@" in writer) or not _is_noise_line(writer):
        return None
    return stamp, writer.strip(" .,;")


def _worded_reply(line: str) -> tuple[Stamp, str] | None:
    """A reply line that ends in its verb (the `wrote_header_patterns`)."""
    for pattern in _wrote_res():
        m = pattern.match(line)
        if m is None:
            continue
        stamp = find_timestamp(m.group("when"))
        if stamp:
            return stamp, m.group("who")
        # no comma after the time (`On Thu. 30 Jul 2020 at 11:09. X wrote:`): the writer's
        # group took the date; the writer is what follows the timestamp
        span = line[m.start("when") : m.end("who")]
        stamp = find_timestamp(span)
        if stamp and stamp.start <= WEEKDAY_ROOM:
            return stamp, span[stamp.end :].strip(" .,;")
    return None


def _find_messages(lines: list[str]) -> tuple[list[Message], list[Field], list[Block]]:
    """Every message header of a document's lines, top first, the labelled fields and the
    header blocks they form."""
    fields = _collect_fields(lines)
    blocks = _build_blocks(lines, fields)
    messages, used_lines = _dated_block_messages(lines, blocks)
    label_kinds = {f.kind for f in fields}
    stamped = _line_messages(lines, used_lines, label_kinds)
    attached = _attach_blocks_below(stamped, blocks)
    messages += stamped
    free = [block for block in blocks if not any(block is taken for taken in attached)]
    messages += _dateless_block_messages(free, dated=bool(messages))
    messages += _unsent_header_messages(lines, free, messages)
    messages += _lone_subject_messages(lines, blocks, messages)
    messages += _window_messages(lines, messages)
    messages += _archive_messages(lines, messages)
    messages += _sender_line_messages(lines, messages)
    messages.sort(key=lambda m: m.anchor_line)
    return messages, fields, blocks


#: the recipients' label a reading pane prints before their names (`Aan • Info Mailbox`)
_PANE_TO_RE = re.compile(r"^\s*(?:Aan|To)\b\W*", re.IGNORECASE)


def _window_messages(lines: list[str], found: list[Message]) -> list[Message]:
    """A screenshot of a mail program's window (`FW: klacht - Bericht (HTML)`): its reading
    pane prints the subject, the sender's address and, on the recipients' line, the sent
    time (`Aan • Info Mailbox wo 17-6-2020 12:37`), no header labels. One message, the
    window's, where its title bar opens the document and a sent time follows before any
    header found."""
    # the one rule for a window's title and pane; documents imports this module lazily too
    from pipeline.documents import WINDOW_PANE_LINES, mail_window_title

    subject = mail_window_title([x for x in lines if x.strip()])
    if subject is None:
        return []
    first = next(k for k, x in enumerate(lines) if x.strip())
    end = min([first + WINDOW_PANE_LINES, len(lines)] + [m.first_line for m in found])
    for k in range(first + 1, end):
        if _label_hits(lines[k]):
            break
        line = repair_date_span(lines[k])  # `17-6-202012:37`: a year run into the time
        stamp = find_timestamp(line)
        if stamp is None:
            continue
        msg = Message(stamp, k, None, first, k, subject=subject)
        sender = next((x for x in lines[first + 1 : k] if "@" in x), None)
        msg.sender = _sender_of(sender) if sender else None
        before = line[: stamp.start]
        if _PANE_TO_RE.match(before):
            before = _PANE_TO_RE.sub("", before)
            msg.recipients = [{"kind": "to", **r} for r in parse_addresses(before)]
        return [msg]
    return []


#: a list archive's sender line: a name and the address with ` at ` (English) or ` op `
#: (Dutch interface) for its `@`, so that harvesters do not read it
_ARCHIVE_SENDER_RE = re.compile(
    r"^\s*(?P<name>[^@<>]*?)\s*\(?(?P<local>[\w.%+'-]+)\s+(?:at|op)\s+"
    r"(?P<domain>(?:[a-z0-9-]+\.)+[a-z]{2,})\)?\s*$",
    re.IGNORECASE,
)


#: a sender as a mail client's message list prints it after the date: a name, quoted or
#: not, and the address in angle brackets (Outlook may double it as a `<mailto:...>` link)
_LISTED_SENDER_RE = re.compile(
    r"^\s*(?P<name>\"[^\"]{1,80}\"|[^\"<>@\d][^\"<>@]{0,60}?)?\s*"
    r"<(?P<address>[^<>\s@]+@[^<>\s]+?)(?:<mailto:[^<>]*>)?>\s*(?P<rest>.*)$"
)
#: a date without a time opening a line (`2012/10/22`, `22-10-2012`)
_DATE_START_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)"
    r"|(?P<d2>[0-3]?\d)[-/.](?P<m2>[01]?\d)[-/.](?P<y2>(?:19|20)\d\d)(?!\d)"
)
#: a salutation where a wrapped subject runs into the message's text
_SALUTATION_IN_LINE_RE = re.compile(r"\b(?:Geachte|Beste|Hooggeachte|Dear|Hallo|Hoi)\b")


def _opening_date(line: str, at: int) -> Stamp | None:
    """A timestamp, or a date alone (taken as its midnight, Amsterdam), starting at `at`."""
    stamp = find_timestamp(line)
    if stamp is not None and stamp.start == at:
        return stamp
    m = _DATE_START_RE.match(line, at)
    if m is None:
        return None
    year, month, day = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        value = datetime(int(year), int(month), int(day), tzinfo=AMSTERDAM)
    except ValueError:
        return None
    return Stamp(m.start(), m.end(), value, m.group(0))


def sender_line(line: str) -> tuple[Stamp, re.Match] | None:
    """A message as a mail client's list or a print prints it on one line: an optional
    list number, the date (a time optional), the sender with the address in angle
    brackets, then the subject if any (`1 Mon, 14 Jan 2013 11:48:20 +0000 "Jansen, J."
    <j.jansen@x.nl> RE: verzoek`, `2012/10/22 Info Hoge Raad <info@hogeraad.nl>`)."""
    if "@" not in line or "<" not in line:
        return None
    at = re.match(r"\s*(?:\d{1,4}\s+)?", line).end()
    stamp = _opening_date(line, at)
    if stamp is None:
        return None
    who = _LISTED_SENDER_RE.match(line[stamp.end :].lstrip(" ,"))
    return (stamp, who) if who else None


def _sender_line_messages(lines: list[str], found: list[Message]) -> list[Message]:
    """A message per one-line header (`sender_line`); a subject wrapped onto an indented
    next line runs on up to the salutation it is glued to."""
    taken = {k for m in found for k in range(m.first_line, m.header_end + 1)}
    messages = []
    for i, line in enumerate(lines):
        hit = None if i in taken else sender_line(line)
        if hit is None:
            continue
        stamp, who = hit
        msg = Message(stamp, i, None, i, i)
        msg.sender = _sender_of(f"{who['name'] or ''} <{who['address']}>")
        subject = who["rest"].strip()
        if subject and i + 1 < len(lines) and re.match(r"\s+\S", lines[i + 1]):
            run_on = _SALUTATION_IN_LINE_RE.split(lines[i + 1], maxsplit=1)[0]
            subject = f"{subject} {run_on.strip()}".strip()
        msg.subject = subject or None
        messages.append(msg)
    return messages


def archive_header(lines: list[str]) -> tuple[list[int], Stamp, re.Match] | None:
    """A mail archive's page (pipermail): no labels, its first lines the subject as the
    page's title, the sender's name and masked address, and the sent time alone on its
    line. The three lines' indexes, the sent time and the sender's match."""
    top = [k for k, x in enumerate(lines) if x.strip()][:3]
    if len(top) < 3:
        return None
    _title, who, when = (lines[k] for k in top)
    stamp = find_timestamp(when)
    sender = _ARCHIVE_SENDER_RE.match(who)
    if stamp is None or not _is_bare_stamp_line(when, stamp) or sender is None:
        return None
    return top, stamp, sender


def _archive_messages(lines: list[str], found: list[Message]) -> list[Message]:
    """An archive page's message (`archive_header`), anchored at the title, where no
    header was found above its sent time."""
    header = archive_header(lines)
    if header is None:
        return []
    top, stamp, sender = header
    if any(m.first_line <= top[2] for m in found):
        return []
    msg = Message(stamp, top[0], None, top[0], top[2], subject=lines[top[0]].strip())
    address = f"{sender['local']}@{sender['domain']}"
    msg.sender = _sender_of(f"{sender['name']} <{address}>")
    msg.archived = True
    return [msg]


def _attach_blocks_below(messages: list[Message], blocks: list[Block]) -> list[Block]:
    """A bare sent time with the header's labelled fields right below it (Lotus Notes
    prints the sender and the time on lines of their own above `Aan:`, `cc:`,
    `Onderwerp:`): that block is the message's header. Returns the blocks attached."""
    attached = []
    for msg in messages:
        if msg.reply_line or msg.block is not None:
            continue
        for block in blocks:
            below = 0 < block.first_line - msg.anchor_line <= 2
            if below and "sent" not in block.fields and _MAIL_FIELD_KINDS & block.fields.keys():
                msg.block, msg.header_end = block, block.last_line
                attached.append(block)
                break
    return attached


def _dated_block_messages(lines: list[str], blocks: list[Block]) -> tuple[list[Message], set[int]]:
    """A message per header block with a sent time (`Sent:` with its timestamp on the same
    or the next line; a `Datum:` block only beside other mail fields); the lines used."""
    messages: list[Message] = []
    used_lines: set[int] = set()
    for block in blocks:
        sent = block.fields.get("sent")
        if sent is None:
            continue
        if sent.stamp is None and not sent.value:
            k = _stamp_below(lines, sent.line)
            if k is not None:
                sent.stamp = find_timestamp(lines[k])
                used_lines.add(k)
                block.last_line = max(block.last_line, k)
        if sent.stamp is None:
            continue
        if sent.label.lower() in _shared_sent_labels() and not (
            _MAIL_FIELD_KINDS & block.fields.keys()
        ):
            continue
        used_lines.add(sent.line)
        messages.append(Message(sent.stamp, sent.line, block, block.first_line, block.last_line))
    return messages, used_lines


def _stamp_below(lines: list[str], label_line: int) -> int | None:
    """The line of a bare timestamp right below a `Sent:` with nothing after it."""
    k = label_line + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and k - label_line <= 2 and not _label_hits(lines[k]):
        stamp = find_timestamp(lines[k])
        if stamp and _is_bare_stamp_line(lines[k], stamp):
            return k
    return None


def _line_messages(lines: list[str], used_lines: set[int], label_kinds: set[str]) -> list[Message]:
    """Messages whose header is one line: a reply line (`Op ... heeft ... geschreven:`,
    `On ... wrote:`, also wrapped over narrow quoted columns) or a bare timestamp whose
    labels OCR printed elsewhere."""
    messages = []
    for i, line in enumerate(lines):
        if i in used_lines or not line.strip():
            continue
        wrote, last = _wrote_header_at(lines, i)
        if wrote:
            stamp, who = wrote
            msg = Message(stamp, i, None, i, last, reply_line=True)
            msg.sender = _sender_of(who)
            messages.append(msg)
            continue
        if _label_hits(line):
            continue
        stamp = find_timestamp(line)
        if stamp and _is_bare_stamp_line(line, stamp):
            # a date line alone is an e-mail's only where the labels OCR tore away from it
            # are in the document, or an address is right beside it
            near = "".join(lines[max(0, i - 3) : i + 4])
            if len(label_kinds & {"from", "sent", "to", "cc", "subject"}) >= 2 or "@" in near:
                messages.append(Message(stamp, i, None, i, i))
    return messages


def _wrote_header_at(lines: list[str], i: int) -> tuple[tuple[Stamp, str] | None, int]:
    """The reply line starting at line i (its stamp and writer) and its last line."""
    line = lines[i]
    wrote = _wrote_header(line)
    last = i
    if wrote is None and re.match(r"\s*(?:Op|On)\s+\S*\d", line):
        # a reply line wrapped over narrow quoted columns: `Op 6 dec. 2017` / `om 09:05
        # heeft` / `Ivens Laurens` / `<L.Ivens@amster` / `dam.nl> het` / `geschreven:`
        joined, k = line.strip(), i + 1
        while k < min(len(lines), i + 10) and not _wrote_end_re().search(joined):
            if lines[k].strip():
                joined = f"{joined} {lines[k].strip()}"
                last = k
            k += 1
        wrote = _wrote_header(joined)
    return wrote, last


def _dateless_block_messages(blocks: list[Block], dated: bool) -> list[Message]:
    """Header blocks with no time printed: a `Sent:`/`Verzonden:` label (a label no memo
    or minutes use) with nothing readable after it, beside `From:` and `To:` or `Subject:`,
    or a blanked `Datum:` in a full header (`_is_blanked_date_header`).
    A block of bare labels (a column OCR tore from its values) counts only in a document
    with no dated message, as it is otherwise the torn-off labels of one of those."""
    messages = []
    for block in blocks:
        sent = block.fields.get("sent")
        if sent is None or sent.stamp is not None:
            continue
        garbled = (_is_unreadable_stamp(sent.value) or _has_box(sent.value)) and (
            sent.label.lower() not in _shared_sent_labels()
        )
        if _is_readable_value(sent.value) and not garbled:
            continue
        if not {"to", "subject"} & block.fields.keys():
            continue
        if "from" not in block.fields and not (garbled and "subject" in block.fields):
            # a sent time OCR garbled with a subject below is a quoted header whose From
            # line the box over the sender's name took along
            continue
        if sent.label.lower() in _shared_sent_labels() and not _is_blanked_date_header(block):
            continue
        bare = not any(f.value.strip() for f in block.fields.values())
        if bare and dated:
            continue
        messages.append(Message(None, sent.line, block, block.first_line, block.last_line))
    return messages


#: lines around a header block within which another message's header makes it that
#: message's torn-off part rather than a header of its own
TORN_PART_REACH = 3
#: a header pasted into notes prints at least this many fields, one under the other
PASTED_HEADER_FIELDS = 3


def _unsent_header_messages(
    lines: list[str], blocks: list[Block], found: list[Message]
) -> list[Message]:
    """Header blocks that print no sent label at all: a message too when the block is
    built as a mail program prints one (a memo's `Aan:/Van:/Onderwerp:` block is not):
    `From:`, `To:` and `Subject:` with an address among the sender's and recipients'
    values (an undated forward or a header whose date line was left out), or a header
    pasted into notes (`To:`, `Cc:`, `Subject:` one under the other, no From or date).
    Not a block right beside another message's header: a part OCR tore from it."""
    messages = []
    for block in blocks:
        kinds = block.fields.keys()
        if "sent" in kinds or not {"to", "subject"} <= kinds:
            continue
        if not (
            block.fields["to"].value.strip() and _is_readable_value(block.fields["subject"].value)
        ):
            continue  # a column of bare labels OCR tore from its values
        if any(
            block.first_line - TORN_PART_REACH <= m.anchor_line <= block.last_line + TORN_PART_REACH
            for m in found
        ):
            continue
        people = " ".join(block.fields[k].value for k in ("from", *ADDRESS_KINDS) if k in kinds)
        addressed = "@" in repair_addresses(people)
        if ("from" in kinds and addressed) or _is_pasted_block(lines, block, addressed):
            msg = Message(None, block.first_line, block, block.first_line, block.last_line)
            msg.unsent = True
            messages.append(msg)
    return messages


def _is_pasted_block(lines: list[str], block: Block, addressed: bool) -> bool:
    """A header a mail program pasted into notes: no From, at least PASTED_HEADER_FIELDS
    fields on lines one under the other, and an address or a copy label as mail programs
    print it (`Cc:`; a memo or letter writes `Kopie aan:`)."""
    fields = block.fields
    own = _field_lines(block)
    mail_copy = any(
        f.kind in ("cc", "bcc") and f.label.lower() in ("cc", "bcc") for f in fields.values()
    )
    return (
        "from" not in fields
        and len(fields) >= PASTED_HEADER_FIELDS
        and all(k in own for k in range(block.first_line, block.last_line + 1))
        and (addressed or mail_copy)
    )


def _is_blanked_date_header(block: Block) -> bool:
    """`Datum:` with nothing readable after it is a mail header whose sent date was blacked
    out only beside a From value, a To and a Subject: a memo or minutes print their date,
    and a column of bare labels OCR tore from its values has no From value."""
    fields = block.fields
    return {"to", "subject"} <= fields.keys() and _is_readable_value(fields["from"].value)


@cache
def _letter_rules() -> dict[str, list[re.Pattern]]:
    """The letterhead labels (`Datum`, `Ons kenmerk`, `Betreft` ...) and closing formulas
    (`Met vriendelijke groet`) of the document-type vocabulary (`patterns/doc_types.json`)."""
    raw = load_patterns("doc_types.json")
    return {
        "letterhead": [re.compile(p, re.IGNORECASE) for p in raw["letterhead_labels"]],
        "closing": [re.compile(raw["letter_closing_regex"], re.IGNORECASE)],
    }


LONE_SUBJECT_REACH = 3  # non-blank lines around a lone subject line that tell what it heads
TORN_REACH = 8  # lines below a header within which OCR may print its torn-off subject


def _lacks_subject(msg: Message) -> bool:
    return not msg.reply_line and (msg.block is None or "subject" not in msg.block.fields)


def _lone_subject_messages(
    lines: list[str], blocks: list[Block], found: list[Message]
) -> list[Message]:
    """Quoted headers of which OCR or the print kept only `Onderwerp: ...`/`Subject: ...`.

    Letters and memos print that label too, so the line alone is no header: it is one when
    no letterhead label stands beside it (`Datum`, `Ons kenmerk`: a letter's label block)
    and the thread shows it is a message: the document prints the same subject again
    under a reply or forward prefix (the later message quoting it: `FW: <subject>`), or
    the line follows a message's closing (`Met vriendelijke groet,`: the next, older
    message of a printed thread starts below it). Not a line a few lines below a header
    that has no subject: that header's subject, torn off by OCR."""
    messages = []
    for block in blocks:
        subject = block.fields.get("subject")
        if block.fields.keys() != {"subject"} or not _is_readable_value(subject.value):
            continue
        if any(_lacks_subject(m) and 0 < subject.line - m.anchor_line <= TORN_REACH for m in found):
            continue
        around = _nonblank_around(lines, subject.line, LONE_SUBJECT_REACH)
        if any(p.search(lines[k].strip()) for k in around for p in _letter_rules()["letterhead"]):
            continue
        before = [k for k in around if k < subject.line]
        closed = any(p.search(lines[k]) for k in before for p in _letter_rules()["closing"])
        if closed or _is_quoted_by_a_reply(lines, subject):
            msg = Message(None, subject.line, block, block.first_line, block.last_line)
            msg.quoted_original, msg.after_closing = not closed, closed
            messages.append(msg)
    return messages


def _nonblank_around(lines: list[str], i: int, reach: int) -> list[int]:
    """Up to `reach` non-blank lines above and below line i."""
    above = [k for k in range(i - 1, -1, -1) if lines[k].strip()][:reach]
    below = [k for k in range(i + 1, len(lines)) if lines[k].strip()][:reach]
    return sorted(above + below)


def _is_quoted_by_a_reply(lines: list[str], subject: Field) -> bool:
    """Does another line print this subject under a reply or forward prefix (`FW: x`)?"""
    own = normalize_subject(subject.value)
    depth = _prefix_depth(subject.value)
    for k, line in enumerate(lines):
        if k == subject.line:
            continue
        hits = _label_hits(line)
        value = line[hits[-1][2] :] if hits and hits[-1][0] == "subject" else line
        if _prefix_depth(value) > depth and normalize_subject(_mend_prefix(value.strip())) == own:
            return True
    return False


def _prefix_depth(subject: str) -> int:
    """How many reply and forward prefixes a subject carries (`RE: FW: x`: 2)."""
    m = _subject_prefix_re().match(_mend_prefix(subject.strip()))
    return len(re.findall(r"[:;]", m.group(0))) if m else 0


def is_reply_subject(line: str) -> bool:
    """Whether a line is a subject under a reply or forward prefix (`Re: uitnodiging`)."""
    return _prefix_depth(line) > 0


def _is_readable_value(value: str) -> bool:
    """Text beyond OCR specks and boxes: a `Sent:` value that is there but no timestamp."""
    return bool(value.strip()) and not _is_noise_line(value)


def _fill_message(msg: Message, lines: list[str], next_start: int) -> None:
    """Sender, subject, recipients and attachments of a message from its header block and,
    where the block lacks them, from the lines around its sent time."""
    fields = msg.block.fields if msg.block else {}
    if msg.sender is None:
        msg.sender = _block_sender(fields, lines) if _has_value(fields, "from") else None
    if msg.sender is None and msg.unsent and "from" not in fields:
        msg.sender = _sender_from_heading(msg, lines)
    if msg.sender is None:
        msg.sender = _sender_above(msg, lines)
    if "subject" in fields and fields["subject"].value:
        # a box, or a glyph the font lacks (printed `□`, OCR'd `[]`), is no part of it
        subject = re.sub(r"\[\]|\u25a1", " ", fields["subject"].value.replace(BOX_MARK, " "))
        subject = _mend_prefix(re.sub(r"\s+", " ", subject).strip())
        subject = _TRAILING_RULE_RE.sub("", subject)  # a box's edge read as `|` after it
        # no letter or digit left (`= *`): specks OCR read off a box that took the subject
        msg.subject = subject if re.search(r"[^\W_]", subject) else None
    _fill_recipients(msg, fields, lines, next_start)
    if "attachments" in fields and fields["attachments"].value:
        names, _tail = split_file_names(fields["attachments"].value)
        msg.attachments = names


_TRAILING_RULE_RE = re.compile(r"\s+[|¦]+$")


def _has_value(fields: dict[str, Field], kind: str) -> bool:
    return kind in fields and bool(fields[kind].value.strip())


def _block_sender(fields: dict[str, Field], lines: list[str]) -> dict:
    """The `From:` value; a domain OCR tore off onto the next lines (`@utrecht.nl>To: ...`)
    added to it."""
    sender = _sender_of(fields["from"].value)
    if sender["domain"] is not None:
        return sender
    line = fields["from"].line
    for k in range(line + 1, min(line + 3, len(lines))):
        hits = _label_hits(lines[k])
        # the torn domain opens the line (after boxes and codes); words before it are
        # another field's (`Aa n HH1 HBHji@x.nl>`: a To line whose label OCR broke)
        torn = "@" in lines[k] and _is_noise_line(lines[k].split("@")[0])
        if torn and not (hits and hits[0][0] == "to" and not lines[k][: hits[0][1]].strip()):
            extra = _sender_of(repair_addresses(lines[k]).split(":")[0])
            if extra["domain"]:
                sender["domain"] = extra["domain"]
                sender["redacted"] = True
            break
    return sender


@cache
def _sender_heading_re() -> re.Pattern:
    return re.compile(_rules()["sender_heading_regex"], re.IGNORECASE)


def _sender_from_heading(msg: Message, lines: list[str]) -> dict | None:
    """A header pasted into notes prints no From line; the heading right above it may say
    whose mail it is (`# Mail van Bart`): that name is the sender's."""
    k = _previous_nonblank(lines, msg.first_line, limit=1)
    m = _sender_heading_re().match(lines[k]) if k is not None else None
    if m is None:
        return None
    return {"address": None, "domain": None, "redacted": False, "name": m["name"].strip()}


#: a phone number as a signature prints it (`+31 6 ...`, `T: 030 ...`, `Mob: ...`)
_PHONE_RE = re.compile(r"\+\s?\d{2}\b|\b(?:tel|mob|t|m)\s*[.:]\s*[+(\d]", re.IGNORECASE)


def _sender_above(msg: Message, lines: list[str]) -> dict:
    """No `From:` value: an address or box line right above the header is the sender's
    (its label printed elsewhere); it then starts the header."""
    k = _previous_nonblank(lines, msg.first_line)
    if (
        k is not None
        and not _label_hits(lines[k])
        and not _PHONE_RE.search(lines[k])  # a signature's contact line (`T: +31 ... e: ...`)
        and (
            _holds_address(lines[k])
            or _is_noise_line(lines[k])
            or _NOTES_ADDRESS_RE.match(lines[k].strip())
        )
    ):
        msg.first_line = k
        return _sender_of(lines[k])
    return {"address": None, "domain": None, "redacted": False, "name": None}


#: a domain closed by the `>` of `<name@domain>` whose name and `@` a box took (`rivm.nl>`,
#: `G rivm.nl>; [IEEE rivm.nl>`)
_CLOSED_DOMAIN_RE = re.compile(r"(?<![\w.-])[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\s*>")


def _holds_address(line: str) -> bool:
    """Whether a line holds an address: an `@` (OCR's misreadings of it repaired), or a
    domain closed by the address's `>`."""
    text = repair_addresses(line)
    return "@" in text or _CLOSED_DOMAIN_RE.search(text.lower()) is not None


def _fill_recipients(
    msg: Message, fields: dict[str, Field], lines: list[str], next_start: int
) -> None:
    sent = fields.get("sent")
    compact = sent is not None and bool(sent.value.strip())
    for kind in ADDRESS_KINDS:
        if kind in fields:
            people = parse_addresses(fields[kind].value)
            if not people and compact and not _is_readable_value(fields[kind].value):
                # `Aan:` with nothing after it in a header whose other values stand beside
                # their labels: a box without a code took the whole value
                people = [{"address": None, "domain": None, "redacted": True, "name": None}]
            for r in people:
                msg.recipients.append({"kind": kind, **r})
    # a reply line (`Op ... heeft ... geschreven:`) names no recipients
    if not msg.reply_line and not any(_has_value(fields, k) for k in ADDRESS_KINDS):
        msg.recipients += _recipients_below_stamp(lines, msg.anchor_line, next_start)
    if msg.block and "to" not in fields and not any(r["kind"] == "to" for r in msg.recipients):
        msg.recipients += _lost_to_label_recipients(msg.block, lines)
    if msg.block and "cc" not in fields and _has_value(fields, "to"):
        msg.recipients += _lost_cc_label_recipients(msg.block, lines)
    _drop_torn_local_parts(msg)


def _lost_to_label_recipients(block: Block, lines: list[str]) -> list[dict]:
    """A value line inside a header with no label, where the `To:` line stands (after the
    sender or sent line, before `Cc:` or `Subject:`): OCR lost the `To:` label. An address
    line (`Ten @oudewater.nl` between `Sent:` and `Cc:`), or a line of nothing but a box
    (`Verzonden: ...` / `▮` / `CC: ...`: the label missed beside a box)."""
    fields = block.fields
    if not ({"from", "sent"} & fields.keys()) or not ({"cc", "subject"} & fields.keys()):
        return []
    top = max(fields[k].last_line for k in ("from", "sent") if k in fields)
    bottom = min(fields[k].line for k in ("cc", "subject") if k in fields)
    covered = {k for f in fields.values() for k in range(f.line, f.last_line + 1)}
    recipients = []
    for k in range(top + 1, bottom):
        line = lines[k]
        if k in covered or not line.strip() or _label_hits(line):
            continue
        if _holds_address(line) or (BOX_MARK in line and _is_noise_line(line)):
            recipients += [{"kind": "to", **r} for r in parse_addresses(line)]
    return recipients


def _lost_cc_label_recipients(block: Block, lines: list[str]) -> list[dict]:
    """The line right below a header's `To:` value and right above its `Subject:` that holds
    addresses or boxed ones (`▮ >`) and does not go on with the To list: the Cc row, whose
    label OCR lost or garbled (`AA... ▮ >`)."""
    to, subject = block.fields["to"], block.fields.get("subject")
    if subject is None:
        return []
    between = [k for k in range(to.last_line + 1, subject.line) if lines[k].strip()]
    if len(between) != 1 or _label_hits(lines[between[0]]):
        return []
    line = lines[between[0]].rstrip()
    if not (_holds_address(line) or line.endswith(">")):
        return []
    return [{"kind": "cc", **r} for r in parse_addresses(line)]


def _recipients_below_stamp(lines: list[str], anchor: int, next_start: int) -> list[dict]:
    """Recipients whose labels OCR lost or tore away: the address lines below the
    timestamp, up to the next label or text. Outlook prints To and then Cc one line each,
    so where exactly two address lines stand between the time and a `Subject:`, and the
    first has no list separator (`>;`: the To list runs on), the second is Cc."""
    found: list[tuple[str, list[dict]]] = []
    k, end, stop = anchor + 1, min(next_start, anchor + 25), ""
    while k < end:
        text = lines[k]
        if text.strip():
            has_address = _holds_address(text)
            if _label_hits(text) or not (has_address or _is_noise_line(text)):
                stop = text
                break
            if has_address:
                found.append((text, parse_addresses(text)))
        k += 1
    groups = _address_fields(found)
    kinds = ["to"] * len(groups)
    hits = _label_hits(stop)
    if len(groups) == 2 and hits and hits[0][0] == "subject":
        kinds[1] = "cc"
    return [{"kind": kind, **r} for kind, people in zip(kinds, groups, strict=True) for r in people]


def _address_fields(found: list[tuple[str, list[dict]]]) -> list[list[dict]]:
    """Address lines whose labels OCR lost, as the fields they print (Outlook prints To, then
    Cc): a line goes on with the field above it where that one's list runs on: the line
    above ends in a list separator (`@rivm.nl>,`), or, of two lines, holds one and ends
    mid-person (`a@x.nl>; Jan` over `<j@x.nl>`; `a@x.nl>; b@x.nl>` is a whole list)."""
    groups: list[list[dict]] = []
    for n, (_text, people) in enumerate(found):
        above = found[n - 1][0].rstrip() if n else ""
        cut = ";" in above and not above.endswith(">")  # `a@x.nl>; Jan` / `<j@x.nl>`
        runs_on = above.endswith((",", ";")) or (len(found) == 2 and cut)
        if groups and runs_on:
            groups[-1] += people
        else:
            groups.append(list(people))
    return groups


def _file_name_lines(lines: list[str], lo: int, hi: int) -> list[tuple[int, list[str], str]]:
    """Lines (in lo..hi) that are lists of file names, a name wrapped onto the next line
    joined, with the unfinished tail of a list that does not run on there."""
    out = []
    k = lo
    while k < hi:
        line = lines[k].strip()
        names, tail = split_file_names(line)
        if names and len(names[0]) <= 160 and not _label_hits(line):
            # a whole line of file names: the text before the first name is short
            if tail:
                n = k + 1
                if n < hi and lines[n].strip():
                    more, _ = split_file_names(lines[n].strip())
                    if more and not lines[n].strip()[0].isdigit():
                        names.append(f"{tail} {more[0]}")
                        out.append((k, names, ""))
                        k = n + 1
                        continue
            out.append((k, names, tail))
        k += 1
    return out


def _is_subject_like(line: str, repeated: set[str] = frozenset()) -> bool:
    text = line.strip()
    if not text or text in repeated or _is_noise_line(text) or _label_hits(text) or "@" in text:
        return False
    if split_file_names(text)[0]:
        return False
    return len(text.split()) <= 14 and not text.endswith((".", ":", ",", "?"))


def _scrambled_header_fill(
    msg: Message, lines: list[str], lo: int, hi: int, fields: list[Field], only: bool = False
) -> None:
    """Outlook prints whose labels OCR read as a column of their own (`From:`, `Sent:`,
    `To:`, `Subject:`, `Attachments:`, `Importance:` with no values): find the values where
    that layout leaves them. `only`: the message is the document's only one, so every
    address line of the document is one of its header's."""
    lone = [f for f in fields if lo <= f.line < hi and not f.value]
    kinds = {f.kind for f in lone}
    if not {"subject", "attachments", "importance"} & kinds:
        return
    labeled_lines = {k for f in fields for k in range(f.line, f.last_line + 1)}
    name_lines = [
        (k, names, tail)
        for k, names, tail in _file_name_lines(lines, lo, hi)
        if k not in labeled_lines
    ]
    if msg.subject is None and "subject" in kinds:
        msg.subject = _scrambled_subject(msg, lines, lo, hi, lone, [k for k, *_ in name_lines])
    if not msg.attachments and "attachments" in kinds:
        msg.attachments = _scrambled_attachments(name_lines)
    if only and set(ADDRESS_KINDS) & kinds:
        _scrambled_recipients(msg, lines, lo, hi, lone, labeled_lines)


def _scrambled_subject(
    msg: Message, lines: list[str], lo: int, hi: int, lone: list[Field], name_lines: list[int]
) -> str | None:
    """The subject of a torn Outlook print: the line before `High` (Importance), before the
    file names (Attachments), or after the last recipient address (`...>`)."""
    # a line printed more than once (`Gemeente Utrecht`) is a signature, not a subject;
    # a known domain counts as seen often
    counts: dict[str, int] = dict.fromkeys(_rules()["known_domains"], 2)
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    repeated = {text for text, n in counts.items() if n > 1}
    importance = [f.line for f in lone if f.kind == "importance"]
    if importance:
        values = [v.lower() for v in _rules()["importance_values"]]
        for k in range(min(importance) + 1, hi):
            if lines[k].strip().lower() in values:
                for j in range(k - 1, lo, -1):
                    if _is_subject_like(lines[j], repeated):
                        return lines[j].strip()
                break
    for k in name_lines:
        j = _previous_nonblank(lines, k, limit=1)
        if j is not None and _is_subject_like(lines[j], repeated):
            return lines[j].strip()
    for k in range(msg.anchor_line + 1, hi - 1):
        # the last value line of addresses (and boxes OCR glued to them) before the subject
        if "@" not in lines[k] or not _is_noise_line(lines[k]):
            continue
        j = _next_nonblank(lines, k, hi)
        if j is not None and "@" not in lines[j] and _is_subject_like(lines[j], repeated):
            return lines[j].strip()
    return None


def _next_nonblank(lines: list[str], i: int, hi: int) -> int | None:
    k = i + 1
    while k < hi and not lines[k].strip():
        k += 1
    return k if k < hi else None


def _scrambled_attachments(name_lines: list[tuple[int, list[str], str]]) -> list[str]:
    """The file names of a torn Outlook print. A list cut at the end of its line (`..pdf,
    20220313 Secura offerte beoordeling`) runs on in the one other file-name line of the
    stretch, which OCR's column order may print before or after it."""
    names = [n for _k, line_names, _tail in name_lines for n in line_names]
    tails = [(k, tail) for k, _names, tail in name_lines if tail]
    others = [(k, line_names) for k, line_names, tail in name_lines if not tail]
    if len(tails) == 1 and len(others) == 1:
        head = others[0][1][0]
        names[names.index(head)] = f"{tails[0][1]} {head}"
    return names


def _scrambled_recipients(
    msg: Message, lines: list[str], lo: int, hi: int, lone: list[Field], labeled: set[int]
) -> None:
    """Recipients of a torn Outlook print that is its document's only message: every line
    of addresses and boxes (values torn from the label column) other than the sender's
    adds its domains, as `cc` below a bare `Cc:` label up to the next label, else as `to`.
    A box without a domain is then no recipient of its own where its kind has domains:
    it is the local part of an address whose domain OCR printed elsewhere."""
    kind_of_line: dict[int, str] = {}
    for f in sorted(lone, key=lambda f: f.line):
        if f.kind in ADDRESS_KINDS:
            k = f.line + 1
            while k < hi and k not in labeled:
                kind_of_line[k] = f.kind
                k += 1
    taken = {(r["kind"], r["domain"]) for r in msg.recipients}
    for k in range(lo, hi):
        if k in labeled or k == msg.first_line or "@" not in lines[k]:
            continue
        if not _is_noise_line(lines[k]):
            continue
        kind = kind_of_line.get(k, "to")
        for person in parse_addresses(lines[k]):
            if person["domain"] and (kind, person["domain"]) not in taken:
                taken.add((kind, person["domain"]))
                msg.recipients.append({"kind": kind, **person})
    _drop_torn_local_parts(msg)


def _is_torn_header(msg: Message) -> bool:
    """A header OCR tore from its labels: a bare timestamp line (its labels printed in a
    column of their own) or a block with a label that has no value beside it."""
    if msg.reply_line or msg.quoted_original:
        return False
    return msg.block is None or any(not f.value.strip() for f in msg.block.fields.values())


def _is_lone_recipient_block(block: Block, lines: list[str]) -> bool:
    """A block of recipient labels only (`Cc:`, `To:` / `Cc:`) whose first label stands
    alone on its line: OCR read that row of a two-column header as a block of its own."""
    kinds = block.fields.keys()
    first = min(block.fields.values(), key=lambda f: f.line)
    return bool(kinds) and kinds <= set(ADDRESS_KINDS) and _is_bare_label_line(lines[first.line])


def _torn_label_values(f: Field, lines: list[str], hi: int) -> str:
    """A lone recipient label's value: what stands after it, and the value lines (codes,
    addresses, specks) right below it up to the first line of text or label."""
    values = [f.value]
    for k in range(f.last_line + 1, hi):
        line = lines[k]
        if not line.strip():
            continue
        if _label_hits(line) or not _is_noise_line(line):
            break
        values.append(line.strip())
    return " ; ".join(v for v in values if v.strip())


def _fill_from_torn_recipient_labels(
    messages: list[Message], blocks: list[Block], lines: list[str]
) -> None:
    """A torn header that lacks a recipient kind takes it from a lone label block of that
    kind (`Cc:` and its value lines) that OCR printed away from the header, anywhere in
    the message's own stretch (below its header, above the next one): OCR reads the rows
    of a two-column header as blocks of their own and may set one after the body's first
    paragraphs. Each lone block goes to one message; a block with a kind the message has
    already is another header's."""
    headers = {m.block.first_line for m in messages if m.block is not None}
    lone = [b for b in blocks if b.first_line not in headers and _is_lone_recipient_block(b, lines)]
    for msg in messages:
        if not _is_torn_header(msg):
            continue
        lo, hi = _header_last_line(msg), _next_header_start(messages, msg, len(lines))
        for block in [b for b in lone if lo < b.first_line < hi]:
            have = {r["kind"] for r in msg.recipients}
            if have & block.fields.keys():
                continue
            lone.remove(block)
            for f in sorted(block.fields.values(), key=lambda f: f.line):
                value = _torn_label_values(f, lines, len(lines))
                msg.recipients += [{"kind": f.kind, **r} for r in parse_addresses(value)]
            _drop_torn_local_parts(msg)
            break


def _drop_torn_local_parts(msg: Message) -> None:
    """A box without a domain is no recipient of its own where its kind has boxed
    addresses with domains: OCR tore it (the boxed name or local part) from an address
    printed on another line (`@utrecht.nl>; 5.1.2.e` / `< @utrecht.nl>`). Beside printed
    addresses only (`<p.devries@minbzk.nl>; 5.1.2.e`) it is a recipient whose name and
    address were blacked out."""
    with_domain = {r["kind"] for r in msg.recipients if r["domain"] and r["redacted"]}
    msg.recipients = [
        r
        for r in msg.recipients
        if r["domain"] or not r["redacted"] or r["address"] or r["kind"] not in with_domain
    ]


_DOMAIN_IN_TEXT_RE = re.compile(r"@\s?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
_DOMAIN_WORD_RE = re.compile(
    r"(?:^|[@/.<(\s])((?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|frl|info|nu))\b"
)


@cache
def reference_domains() -> frozenset[str]:
    """Mail domains misreadings are repaired towards: `<name>.nl` of every Dutch
    municipality (with and without the hyphens of its name), the State's and other
    government bodies' domains, the region's and common mail hosts (patterns data)."""
    rules = _rules()
    domains = set(rules["known_domains"]) | set(rules["government_domains"])
    for name in rules["municipalities"]:
        plain = re.sub(r"[\s']+", "", without_accents(name.lower()))
        domains.add(f"{plain.strip('-')}.nl")
        domains.add(f"{plain.replace('-', '')}.nl")
    return frozenset(domains)


# characters OCR takes for one another (both ways), at a fraction of an edit
_CONFUSABLE = {
    frozenset(pair)
    for pair in (
        "il", "i1", "l1", "lt", "ij", "i!", "l!", "l|", "i|", "ft", "rt", "tf",
        "o0", "og", "gq", "g9", "oc", "ce", "eo", "ao", "ae", "cd", "ad", "oa",
        "nu", "nr", "mn", "hb", "hn", "b6", "s5", "z2", "vy", "uv", "rn", "ec",
    )
}  # fmt: skip
_CONFUSABLE_SPANS = {("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("vv", "w"),
                     ("w", "vv"), ("ii", "u"), ("u", "ii"), ("li", "h"), ("ri", "n")}  # fmt: skip
_THIN = set("iljtfr1.-!|")  # narrow glyphs OCR drops or adds
_AT_MISREADS = set("@©ea2g")  # what OCR makes of an `@` glued to the domain


@lru_cache(maxsize=65536)
def ocr_distance(read: str, word: str) -> float:
    """Edit distance from `word` to how OCR read it, cheap for OCR's usual confusions:
    look-alike letters (`l`/`i`, `g`/`o`, `c`/`d`), `rn`/`m` and the like, thin letters
    dropped or added, and a misread `@` at the start."""
    n, m = len(read), len(word)
    inf = float("inf")
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = d[i][j]
            if here == inf:
                continue
            if i < n:  # a character OCR added
                cost = (
                    0.3
                    if i == 0 and read[0] in _AT_MISREADS
                    else (0.6 if read[i] in _THIN else 1.0)
                )
                d[i + 1][j] = min(d[i + 1][j], here + cost)
            if j < m:  # a character OCR lost
                cost = 0.6 if word[j] in _THIN else 1.0
                d[i][j + 1] = min(d[i][j + 1], here + cost)
            if i < n and j < m:
                a, b = read[i], word[j]
                cost = 0.0 if a == b else (0.4 if frozenset((a, b)) in _CONFUSABLE else 1.0)
                d[i + 1][j + 1] = min(d[i + 1][j + 1], here + cost)
            for x, y in _CONFUSABLE_SPANS:
                if read.startswith(x, i) and word.startswith(y, j):
                    d[i + len(x)][j + len(y)] = min(d[i + len(x)][j + len(y)], here + 0.4)
    return d[n][m]


def _max_repair_distance(domain: str) -> float:
    """How far a misreading may be from the domain it is repaired to: a short name has too
    many real neighbours to allow more than a look-alike letter."""
    size = len(domain.split(".")[0])
    return 0.8 if size <= 4 else 1.2 if size <= 7 else 1.8 if size <= 11 else 2.4


REPAIR_MARGIN = 0.6  # the repaired spelling must be this much closer than the next best
TRUSTED_CONF = 90  # an OCR read this sure (or the text layer) is never repaired
_LABEL_IN_WORD_RE = re.compile(r"(?:^|[@/<(]|www\.)([a-z0-9][a-z0-9-]{2,})(?=\.)")


def _page_reads(doc: Doc) -> list[list[tuple[str, float]]]:
    """Per page, each word as read with its OCR confidence (100 on a text layer; none on a
    plain-text page, whose words nobody scored)."""
    out = []
    for span, info in zip(doc.spans["pages"], doc._.pages, strict=True):
        if info.text_method == "text_layer":
            out.append([(w, 100.0) for w in span.text.split()])
        elif info.synthetic:
            out.append([])
        else:
            out.append(
                [(t.text, float(t._.conf)) for t in span if not t.is_space and t._.conf is not None]
            )
    return out


def _domain_evidence(doc: Doc, lines: list[str]) -> dict[str, tuple[float, float]]:
    """How well the document attests each domain it prints, as (support, best confidence):
    support sums the OCR confidence of every word that carries the domain's name (100 a
    word on a text-layer page, as each OCR read of a misspelling counts against the right
    spelling's reads); without words (plain text) 40 + 10 a time the domain is printed."""
    domains: dict[str, int] = {}
    for line in lines:
        text = line.lower()
        for m in [*_DOMAIN_IN_TEXT_RE.finditer(text), *_DOMAIN_WORD_RE.finditer(text)]:
            domain = m.group(1).lower().removeprefix("www.")
            domains[domain] = domains.get(domain, 0) + 1
    support: dict[str, float] = {}
    best: dict[str, float] = {}
    vocabulary: set[str] = set()  # words the document prints with confidence
    with_words = False
    for reads in _page_reads(doc):
        with_words = with_words or bool(reads)
        for text, conf in reads:
            if conf >= TRUSTED_CONF:
                vocabulary.update(re.findall(r"[a-z]{2,}", text.lower()))
            for m in _LABEL_IN_WORD_RE.finditer(repair_addresses(text).lower()):
                label = m.group(1)
                support[label] = support.get(label, 0.0) + conf
                best[label] = max(best.get(label, 0.0), conf)
    evidence = {}
    for domain, n in domains.items():
        if with_words:
            label = domain.split(".")[0]
            evidence[domain] = (support.get(label, 0.0), best.get(label, 0.0))
            if _spelled_by_words(label, vocabulary):
                # the name is the document's own words run together (`veiligopgroeien` of
                # `Stichting Veilig Opgroeien`, `debilt` of `Gemeente De Bilt`), read with
                # confidence: a spelling OCR cannot have made up, however often a
                # systematic misreading of it is printed
                evidence[domain] = (evidence[domain][0] + 100.0, float(TRUSTED_CONF))
        else:
            score = min(80.0, 40.0 + 10 * n)
            evidence[domain] = (score, score)
    return evidence


def _spelled_by_words(label: str, vocabulary: set[str], max_parts: int = 4) -> bool:
    """Is `label` some of `vocabulary`'s words run together, one of them 4 letters or
    more?"""
    if len(label) < 5 or not vocabulary:
        return False
    # reachable[i]: (fewest parts, whether a long part was used) for label[:i]
    reachable: dict[int, tuple[int, bool]] = {0: (0, False)}
    for i in range(len(label)):
        if i not in reachable:
            continue
        parts, long_part = reachable[i]
        if parts >= max_parts:
            continue
        for j in range(i + 2, len(label) + 1):
            if label[i:j] in vocabulary:
                state = (parts + 1, long_part or j - i >= 4)
                old = reachable.get(j)
                if (
                    old is None
                    or (state[1] and not old[1])
                    or (state[1] == old[1] and state[0] < old[0])
                ):
                    reachable[j] = state
    end = reachable.get(len(label))
    return bool(end and end[1])


def repair_domain(domain: str, evidence: dict[str, tuple[float, float]]) -> str | None:
    """The spelling an OCR'd domain stands for: itself when it is a reference domain or
    read with confidence; else the reference domain or better-attested domain of the
    document it is clearly closest to under `ocr_distance`, if close enough; else itself.
    A name whose top-level domain was lost (`utrecht`, `utrechtn`) is matched by name."""
    reference = reference_domains()
    if domain in reference:
        return domain
    own, own_best = evidence.get(domain, (0.0, 0.0))
    if own_best >= TRUSTED_CONF:
        return domain
    candidates = set(reference) | {d for d, (n, _b) in evidence.items() if n > own + 10}
    candidates.discard(domain)
    dotless = "." not in domain
    limit = _max_repair_distance(domain)

    def distance(candidate: str) -> float:
        if dotless:
            name = candidate.split(".")[0]
            return min(ocr_distance(domain, name), ocr_distance(domain, candidate.replace(".", "")))
        return ocr_distance(domain, candidate)

    # a cheap first cut: a plain edit distance of at most 4 (weighted costs are lower)
    key = domain if not dotless else domain
    near = [
        c
        for c in candidates
        if abs(len(c.split(".")[0] if dotless else c) - len(key)) <= 4
        and Levenshtein.distance(key, c.split(".")[0] if dotless else c, score_cutoff=4) <= 4
        or dotless
        and Levenshtein.distance(key, c.replace(".", ""), score_cutoff=4) <= 4
    ]
    if not near:
        return None if dotless else domain
    scored = sorted((distance(c), c) for c in near)
    best_distance, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else float("inf")
    if best_distance <= limit and runner_up - best_distance >= REPAIR_MARGIN:
        return best
    return None if dotless else domain


def _settle_document_domains(
    evidence: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """The document's own spellings that stand: from the best attested down, each one is
    kept unless it repairs to a reference domain or to a better attested spelling kept
    before it (so two misreadings of one name do not stand as each other's rivals)."""
    kept: dict[str, tuple[float, float]] = {}
    for domain in sorted(evidence, key=lambda d: (-evidence[d][0], d)):
        if repair_domain(domain, {**kept, domain: evidence[domain]}) == domain:
            kept[domain] = evidence[domain]
    return kept


def _repair_domains(messages: list[Message], lines: list[str], doc: Doc) -> None:
    """OCR misreadings of the senders' and recipients' domains, repaired (repair_domain)
    towards the reference domains and the spellings of the document that stand."""
    found = _domain_evidence(doc, lines)
    kept = _settle_document_domains(found)
    evidence = {
        **kept,
        **{d: e for d, e in found.items() if d not in kept and e[1] >= TRUSTED_CONF},
    }
    for msg in messages:
        people = ([msg.sender] if msg.sender else []) + msg.recipients
        for person in people:
            domain = person.get("domain")
            unsure = person.pop("unsure", False)
            if not domain:
                continue
            new = repair_domain(domain, {**evidence, domain: found.get(domain, (0.0, 0.0))})
            if unsure and new == domain and domain not in reference_domains():
                new = domain if domain in evidence else None  # no reading of a known domain
            if new != domain:
                person["domain"] = new
                if person.get("address") and new:
                    person["address"] = f"{person['address'].split('@')[0]}@{new}"
                elif not new:
                    person["address"] = None


def _is_bare_label_line(line: str) -> bool:
    hits = _label_hits(line)
    return bool(hits) and not _label_re().sub("", line).strip()


def _same_conversation_subject(a: str, b: str) -> bool:
    """Subjects of one chain: equal, or one edited from the other (`x` / `x aangepast`)."""
    return a == b or fuzz.token_set_ratio(a, b) >= 80


BOX_WORD_MAX_CONF = 60  # OCR confidence below which a stretched word may be a box read as text
BOX_WORD_STRETCH = 2.5  # its width per character against the page's median (real words: ~1)
BOX_WORD_STRETCH_UNSURE = 1.8  # the same for a word OCR gave (almost) no confidence


def _is_box_word(token: Token, char_width: float) -> bool:
    """A word OCR read off a redaction box: low confidence, a few letters stretched over the
    box's width (`EEEN` over 155 pt where a name of four letters takes 25)."""
    text = token.text
    conf = token._.conf
    box = token_box(token)
    if conf is None or conf >= BOX_WORD_MAX_CONF or "@" in text or _has_codes(text):
        return False
    if len(re.findall(r"[a-z]", text)) >= 5:
        return False  # a real lower-case word OCR was unsure of (box reads are short, upper)
    stretch = BOX_WORD_STRETCH_UNSURE if conf < 20 else BOX_WORD_STRETCH
    return (box.x1 - box.x0) / len(text) >= stretch * char_width


def box_marked_text(page: Span, synthetic: bool = False) -> str:
    """The page's text with the words OCR read off redaction boxes replaced by BOX_MARK
    (a plain-text page, without real word boxes, as it is)."""
    words = [(t, token_box(t)) for t in page if not t.is_space]
    if synthetic or not words:
        return page.text
    widths = sorted((b.x1 - b.x0) / len(t.text) for t, b in words if len(t.text) >= 3)
    if not widths:
        return page.text
    char_width = widths[len(widths) // 2]
    return "".join(
        (BOX_MARK if not t.is_space and _is_box_word(t, char_width) else t.text) + t.whitespace_
        for t in page
    )


def _lines_with_pages(doc: Doc) -> tuple[list[str], list[str], list[int], list[Span | None]]:
    """The document's lines with boxes marked (for the headers), the lines as printed (for
    the bodies), the page of each line and its span (the words, for evidence)."""
    lines: list[str] = []
    printed: list[str] = []
    page_of_line: list[int] = []
    for page, info in zip(doc.spans["pages"], doc._.pages, strict=True):
        marked = repair_addresses(box_marked_text(page, info.synthetic)).splitlines()
        plain = repair_addresses(page.text).splitlines()
        if len(marked) != len(plain):
            marked = plain
        lines += marked
        printed += plain
        page_of_line += [info.page_no] * len(plain)
    spans = [line.span for line in page_lines(doc)]
    if len(spans) != len(printed):
        spans = [None] * len(printed)  # an address repair joined lines: no evidence
    # a plain-text reply quotes the message it answers line by line (`> Op ... schreef:`)
    lines[:] = [_QUOTE_MARKS_RE.sub("", line) for line in lines]
    _mend_misread_labels(lines)
    _mend_colonless_labels(lines)
    _mend_glued_labels(lines)
    _mend_lost_sent_labels(lines)
    _join_values_beside_labels(lines, printed, spans)
    _join_values_below_labels(lines, printed)
    _join_values_after_label_column(lines, printed)
    return lines, printed, page_of_line, spans


#: bare labels, each with its value on the line below, that make a header of label/value rows
LABEL_ROWS_MIN = 3


def _join_values_below_labels(lines: list[str], printed: list[str]) -> None:
    """A header printed as a table of two cells a row, its text read cell by cell: `Van:` /
    `Piet Jansen <...>` / `Verzonden:` / `dinsdag 14 maart ...` one under the other. In a
    run of at least LABEL_ROWS_MIN bare labels, each with a line that is no label right
    below it, every label takes that line (in place; the moved line is left blank so line
    numbers hold). A column of labels with their values elsewhere (OCR of a scan) has no
    such run."""
    i = 0
    while i < len(lines):
        rows = []
        k = i
        while k + 1 < len(lines) and _is_bare_label_line(lines[k]) and _is_cell_value(lines[k + 1]):
            rows.append(k)
            k += 2
        if len(rows) >= LABEL_ROWS_MIN:
            for r in rows:
                lines[r], printed[r] = (
                    f"{lines[r]} {lines[r + 1]}",
                    f"{printed[r]} {printed[r + 1]}",
                )
                lines[r + 1] = printed[r + 1] = ""
        i = k + 1 if rows else i + 1


#: a printed mail's own header read as a column of bare labels (`Van:` / `Verzonden:` / `Aan:`)
LABEL_COLUMN_MIN = 3


def _label_column(lines: list[str], i: int) -> list[int]:
    """The lines of a column of bare labels of different kinds starting at line `i` (blank
    lines between them allowed), or [] where fewer than LABEL_COLUMN_MIN or neither a From
    nor a Sent label stand in it."""
    rows: list[int] = []
    kinds: list[str] = []
    k = i
    while k < len(lines) and (_is_bare_label_line(lines[k]) or not lines[k].strip()):
        if lines[k].strip():
            kind = _label_hits(lines[k])[0][0]
            if kind in kinds:
                break
            rows.append(k)
            kinds.append(kind)
        k += 1
    if len(rows) < LABEL_COLUMN_MIN or not {"from", "sent"} & set(kinds):
        return []
    return rows


def _column_values(lines: list[str], after: int) -> list[int]:
    """The non-blank lines right below a label column, up to the next labelled line."""
    values, k = [], after + 1
    while k < len(lines) and len(values) < LABEL_COLUMN_MIN + 2:
        if lines[k].strip():
            if _label_hits(lines[k]):
                break
            values.append(k)
        k += 1
    return values


def _is_unreadable_stamp(line: str) -> bool:
    """A sent date OCR garbled past reading (`g^^rc^^^februari 2023 14:01`): a time of day and
    a year, but no timestamp."""
    dated = _YEAR_HINT_RE.search(line) or _has_box(line)  # a box may have taken the year
    return bool(_TIME_HINT_RE.search(line) and dated) and not find_timestamp(line)


def _join_values_after_label_column(lines: list[str], printed: list[str]) -> None:
    """A mail program prints a mail's own header as a table, label beside value. Where its
    values were whited out, or OCR read the labels as one column and the values as the
    next, the text shows the labels one under the other with nothing after them (`Van:` /
    `Verzonden:` / `Aan:` / `Onderwerp:`) and the values that are left below the column in
    the labels' order: the sent time, the subject, the attachments' file names (names and
    addresses whited out print nothing); the print stamp above the column is the sent time
    where the column prints none. Each such value is joined to its label (in place; the
    moved line is left blank so line numbers hold). A column whose values hold an address or
    a box is left alone (`_scrambled_header_fill` reads that layout)."""
    i = 0
    while i < len(lines):
        rows = _label_column(lines, i)
        if not rows:
            i += 1
            continue
        label_of = {_label_hits(lines[r])[0][0]: r for r in rows}
        values = _column_values(lines, rows[-1])
        moves: dict[int, int] = {}
        above = rows[0] - 1  # the print stamp stands right above the column
        stamp = above >= 0 and find_timestamp(lines[above])
        if "sent" in label_of and stamp and _is_bare_stamp_line(lines[above], stamp):
            moves[label_of["sent"]] = above
        if any("@" in lines[k] for k in values):
            i = rows[-1] + 1
            continue
        for k in _values_in_column_order(lines, values, label_of, sent_above=bool(moves)):
            moves.setdefault(k[0], k[1])
        for label_line, k in moves.items():
            lines[label_line] = f"{lines[label_line]} {lines[k].strip()}"
            printed[label_line] = f"{printed[label_line]} {printed[k].strip()}"
            lines[k] = printed[k] = ""
        if moves or (not values and _goes_on_with_values(lines, rows[-1])):
            for kind in ("from", *ADDRESS_KINDS):
                if kind in label_of and label_of[kind] not in moves:
                    lines[label_of[kind]] = f"{lines[label_of[kind]]} {BOX_MARK}"
        i = rows[-1] + 1


def _values_in_column_order(
    lines: list[str], values: list[int], label_of: dict[str, int], sent_above: bool
) -> list[tuple[int, int]]:
    """(label line, value line) of the values below a label column, read in the labels'
    order: the sent time (a timestamp; one OCR garbled past reading is passed over), the
    subject right after it, then the file names. A box or a line of another shape ends
    the values; a column whose first value is no sent time (the time printed elsewhere,
    names and addresses below it) is not read in this order."""
    pairs: list[tuple[int, int]] = []
    want = [kind for kind in ("sent", "subject", "attachments") if kind in label_of]
    if sent_above and "sent" in want:
        want.remove("sent")
    for k in values:
        if want and want[0] == "sent":
            want.pop(0)
            found = find_timestamp(lines[k])
            if found and _is_bare_stamp_line(lines[k], found):
                pairs.append((label_of["sent"], k))
                continue
            if _is_unreadable_stamp(lines[k]):
                continue  # the sent value, unread: the label keeps no value
            break  # no sent time first: the values are not in the labels' order
        if not want or _has_box(lines[k]):
            break
        if want[0] == "subject":
            want.pop(0)
            if not _is_subject_like(lines[k].rstrip(". ")):
                break
            pairs.append((label_of["subject"], k))
            continue
        if want[0] == "attachments" and split_file_names(lines[k].strip())[0]:
            pairs.append((label_of["attachments"], k))
        break
    return pairs


def _goes_on_with_values(lines: list[str], last_row: int) -> bool:
    """The line right below a label column is a labelled field with its value beside it: the
    table of the header goes on, so the column's own values were whited out, not set apart."""
    k = _next_nonblank(lines, last_row, len(lines))
    if k is None or not _label_hits(lines[k]):
        return False
    fields, _lead = _fields_of_line(lines[k], k)
    return bool(fields and fields[0].value.strip())


def _is_cell_value(line: str) -> bool:
    return bool(line.strip()) and not _label_hits(line)


_QUOTE_MARKS_RE = re.compile(r"^(?:\s*>)+ ?")
LABEL_MISREAD_DISTANCE = 0.3  # OCR edits per letter a label may differ by (`Ondervarn`)
FUZZY_LABEL_CHARS = 6  # shorter labels (`Aan`, `Van`, `Cc`) are words of running text too
HEADER_REACH = 3  # non-blank lines around a line within which its header's labels stand
#: a header line's shape: a capitalised word first, then its colon or a value after it
_FIRST_WORD_RE = re.compile(r"^\s*(?P<word>[A-Z][^\W\d_]{3,})(?:\s?[:;.](?=\s|$)|\s+\S)")


@cache
def _fuzzy_labels() -> tuple[tuple[str, str], ...]:
    """(label, kind) of every one-word label long enough to be told by its spelling."""
    return tuple(
        (label, kind)
        for kind, labels in _rules()["labels"].items()
        for label in labels
        if " " not in label and len(label) >= FUZZY_LABEL_CHARS
    )


def _mend_misread_labels(lines: list[str]) -> None:
    """Header labels OCR misread (`Ondervarn * ▮` for `Onderwerp: RE: ▮`), in place.

    Labels are a closed vocabulary and a header line has one shape: a capitalised label
    first, then its colon or value (a word alone is a letterhead's label column or a
    heading). A line of that shape whose first word is within a few OCR edits of one long
    label, and clearly closer to it than to a label of another kind, is that label when
    it goes on a header: right below a line that opens with a label (a header's lines
    follow one another, and every long label stands below the header's first line), with
    no label of its kind within HEADER_REACH lines (a field does not repeat in one
    header). Short labels (`Aan`, `Van`) are left alone: they are words of running text."""
    nonblank = [k for k, line in enumerate(lines) if line.strip()]
    opening = [_opening_label(lines[k]) for k in nonblank]
    for n, i in enumerate(nonblank):
        m = _FIRST_WORD_RE.match(lines[i])
        if m is None or _label_hits(lines[i]) or n == 0 or not opening[n - 1]:
            continue
        label, kind = _closest_label(m.group("word")) or ("", "")
        if label and kind not in opening[max(0, n - HEADER_REACH) : n + HEADER_REACH + 1]:
            rest = lines[i][m.end("word") :].lstrip(" :;.")
            lines[i] = f"{lines[i][: m.start('word')]}{label}: {rest}".rstrip()


#: `Aan 5.1.2.e`, `Aan ▮`: a label word, then nothing or only boxes and codes
_COLONLESS_LABEL_RE = re.compile(r"^\s*(?P<word>[A-Za-z][a-z]{1,3})(?=\s|$)(?P<rest>.*)$")


def _mend_colonless_labels(lines: list[str]) -> None:
    """A short label whose colon OCR lost (`Aan` over a box, between `Verzonden:` and `CC:`;
    `ce ▮ >; ▮ >` between `To:` and `Subject:`), in place: the line is the label word and
    nothing readable or a list of addresses, and the lines right above and below it both
    open with a label of another kind (a header's rows; in running text `Aan` opens a
    sentence)."""
    nonblank = [k for k, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(nonblank[1:-1], start=1):
        m = _COLONLESS_LABEL_RE.match(lines[i])
        kind = m and _label_kind(m["word"])
        # the value may be there, as a list of addresses or boxes (`ce ▮ >; ▮ >`)
        listed = m is not None and re.search(r"[@>]", m["rest"]) is not None
        if not kind or _label_hits(lines[i]) or (_is_readable_value(m["rest"]) and not listed):
            continue
        above, below = (_opening_label(lines[nonblank[n + d]]) for d in (-1, 1))
        if above and below and kind not in (above, below):
            lines[i] = f"{m['word']}: {m['rest'].strip()}".rstrip()


#: a long label glued to its value where OCR lost the colon and the space, a box's glyphs or
#: a capital after it (`VerzondenMwoensda^^`, `Verzonden^/oensdaj^^`)
_GLUED_LABEL_RE = re.compile(r"^\s*(?P<word>[A-Z][a-z]{5,})(?=[A-Z^/|■▪█\[(<])(?P<rest>.*)$")


def _mend_glued_labels(lines: list[str]) -> None:
    """A long label glued to its value (`VerzondenMwoensda^^ugustu^022 15:49`), in place:
    the word is a label exactly, and the line above or below opens with a label (a header's
    rows; in running text such a word is followed by a space)."""
    nonblank = [k for k, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(nonblank):
        m = _GLUED_LABEL_RE.match(lines[i])
        if not m or _label_hits(lines[i]) or not _label_kind(m["word"]):
            continue
        near = [nonblank[n + d] for d in (-1, 1) if 0 <= n + d < len(nonblank)]
        if any(_opening_label(lines[k]) for k in near):
            lines[i] = f"{m['word']}: {m['rest'].strip()}"


_LOST_LABEL_RE = re.compile(r"^\s*:\s*(?P<rest>\S.*)$")


def _mend_lost_sent_labels(lines: list[str]) -> None:
    """A sent line whose label OCR lost and whose colon it kept (`: vrijdag 31 juli 2020
    10:34`), in place: the rest is a timestamp and nothing more, and a header's label opens
    a line within HEADER_REACH non-blank lines below it (`Onderwerp: ...`)."""
    nonblank = [k for k, line in enumerate(lines) if line.strip()]
    label = _rules()["labels"]["sent"][0]
    for n, i in enumerate(nonblank):
        m = _LOST_LABEL_RE.match(lines[i])
        stamp = m and find_timestamp(m["rest"])
        if not stamp or not _is_bare_stamp_line(m["rest"], stamp):
            continue
        if any(_opening_label(lines[k]) for k in nonblank[n + 1 : n + 1 + HEADER_REACH]):
            lines[i] = f"{label}: {m['rest'].strip()}"


def _label_kind(word: str) -> str | None:
    """The kind of a header label spelled exactly `word`."""
    return next((k for k, labels in _rules()["labels"].items() if word in labels), None)


@lru_cache(maxsize=65536)
def _closest_label(word: str) -> tuple[str, str] | None:
    """The long label `word` is an OCR misreading of: within LABEL_MISREAD_DISTANCE per
    letter, and REPAIR_MARGIN closer than the next label of another kind."""
    scored = sorted(
        (ocr_distance(word.lower(), label.lower()), label, kind) for label, kind in _fuzzy_labels()
    )
    distance, label, kind = scored[0]
    runner_up = next((d for d, _l, k in scored[1:] if k != kind), None)
    if distance > LABEL_MISREAD_DISTANCE * len(label):
        return None
    if runner_up is not None and runner_up - distance < REPAIR_MARGIN:
        return None
    return label, kind


def _opening_label(line: str) -> str | None:
    """The kind of the label a line opens with."""
    hits = _label_hits(line)
    return hits[0][0] if hits and not line[: hits[0][1]].strip() else None


ROW_REACH = 8  # lines around a lone label within which OCR may have put its value's block


def _join_values_beside_labels(
    lines: list[str], printed: list[str], spans: list[Span | None]
) -> None:
    """A header whose labels and values stand in two columns comes out of Tesseract as two
    blocks on a scan: `Onderwerp:` alone on its line, its value some lines away. A line that
    is only a label takes the one line printed on its row, right of it (in place; the moved
    line is left blank so that line numbers hold). Text-layer lines are rows already."""
    for i, line in enumerate(lines):
        if spans[i] is None or not _is_bare_label_line(line):
            continue
        label = _span_box(spans[i])
        for j in range(max(0, i - ROW_REACH), min(len(lines), i + ROW_REACH + 1)):
            if j == i or spans[j] is None or _label_hits(lines[j]):
                continue
            if _beside_on_row(label, _span_box(spans[j])):
                lines[i], printed[i] = f"{line} {lines[j]}", f"{printed[i]} {printed[j]}"
                lines[j] = printed[j] = ""
                break


def _span_box(span: Span) -> Box | None:
    return union_box(box for t in span if (box := token_box(t)) is not None)


def _beside_on_row(label: Box | None, value: Box | None) -> bool:
    """`value` is one line of text right of `label` whose middle lies within the label's
    height (and the label's within its): the same row of a two-column header."""
    if label is None or value is None or value.x0 <= label.x1:
        return False
    label_mid, value_mid = (label.top + label.bottom) / 2, (value.top + value.bottom) / 2
    one_line = value.bottom - value.top <= 1.6 * (label.bottom - label.top)
    return (
        one_line
        and label.top <= value_mid <= label.bottom
        and value.top <= label_mid <= value.bottom
    )


def extract_emails(document: dict | Doc) -> tuple[list[dict], list[dict], list[dict]]:
    """(emails, email_recipients, email_attachments) rows of one document (its document
    model, or a segment_documents row plus "pages"); each e-mail carries the box around
    its header lines."""
    doc = as_doc(document)
    lines, printed, page_of_line, line_spans = _lines_with_pages(doc)
    messages = _read_messages(lines, doc)
    document_id = doc._.document["document_id"]
    emails, recipients, attachments = [], [], []
    threads = _thread_numbers(messages)
    # a header found below a message's closing, with no header above it: the message that
    # closed prints no header of its own (its text opens the document), and is the newest
    above = 1 if messages and messages[0].after_closing else 0
    for n, (msg, thread_no) in enumerate(zip(messages, threads, strict=True)):
        email_id, position = f"{document_id}-e{n}", above + n
        body_end = _next_header_start(messages, msg, len(lines))
        page_no = page_of_line[msg.anchor_line]
        header = range(min(msg.first_line, msg.anchor_line), _header_last_line(msg) + 1)
        emails.append(
            {
                "email_id": email_id,
                "document_id": document_id,
                "source_id": doc._.document.get("source_id"),
                "page_no": page_no,
                "thread_id": f"{document_id}-t{thread_no}",
                "position": position,
                **_header_values(msg),
                "body": _body(printed[_header_last_line(msg) + 1 : body_end]),
                **evidence_box([line_spans[k] for k in header], page_no),
            }
        )
        recipients += [
            {"email_id": email_id, **{k: r.get(k) for k in _RECIPIENT_COLUMNS}}
            for r in msg.recipients
        ]
        attachments += [
            {"email_id": email_id, "file_name": name} for name in dict.fromkeys(msg.attachments)
        ]
    return emails, recipients, attachments


_RECIPIENT_COLUMNS = ("kind", "address", "domain", "redacted", "name")


def _read_messages(lines: list[str], doc: Doc) -> list[Message]:
    """The document's messages, one per header line, with every field filled."""
    found, fields, blocks = _find_messages(lines)
    headers: list[Message] = []
    for msg in found:
        if not headers or headers[-1].anchor_line != msg.anchor_line:
            headers.append(msg)
    messages = [m for m in headers if not m.quoted_original]
    for i, msg in enumerate(messages):
        next_start = messages[i + 1].first_line if i + 1 < len(messages) else len(lines)
        _fill_message(msg, lines, next_start)
    for i, msg in enumerate(messages):
        # where a message's torn-off values can be: its own stretch up to the next header;
        # for the top message of an Outlook print, anywhere in the document
        lo, hi = msg.first_line, messages[i + 1].first_line if i + 1 < len(messages) else len(lines)
        if i == 0:
            lo, hi = 0, len(lines)
        _scrambled_header_fill(msg, lines, lo, hi, fields, only=len(messages) == 1)
    _fill_from_torn_recipient_labels(messages, blocks, lines)
    for original in (m for m in headers if m.quoted_original):
        _fill_message(original, lines, _next_header_start(headers, original, len(lines)))
        _place_below_its_reply(messages, original)
    _settle_thread_subjects(messages)
    _repair_domains(messages, lines, doc)
    return messages


SUBJECT_MISREAD_DISTANCE = 0.6  # a thin letter OCR added or lost, or one look-alike letter


def _settle_thread_subjects(messages: list[Message]) -> None:
    """One printed thread carries one subject under its reply and forward prefixes: a
    subject that differs from one printed more often in the document only by an OCR
    slip (`Antw.: Sitemaill` beside two `Re: Sitemail`) is that subject, misread; so is
    one whose last word lacks the letters another message of the document prints after
    it (`FW: Voortgang onderzoe` beside `Voortgang onderzoek`, `_cut_short`)."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for msg in messages:
        if msg.subject and (core := normalize_subject(msg.subject)):
            counts[core] = counts.get(core, 0) + 1
            spelled.setdefault(core, _without_prefixes(msg.subject))
    for msg in messages:
        core = normalize_subject(msg.subject) if msg.subject else None
        if not core or len(core) < MIN_SUBJECT_CHARS:
            continue
        better = [
            other
            for other, n in counts.items()
            if (n > counts[core] and ocr_distance(core, other) <= SUBJECT_MISREAD_DISTANCE)
            or _cut_short(core, other)
        ]
        if len(better) == 1:
            own = _without_prefixes(msg.subject)
            msg.subject = msg.subject[: len(msg.subject) - len(own)] + spelled[better[0]]


CUT_LETTERS = 2  # letters a redaction box may take off the end of the word before it


def _cut_short(core: str, other: str) -> bool:
    """Is subject `core` subject `other` with the end of its last word cut off? On a scan a
    redaction box right after a subject takes the last letter or two of the word it
    touches (`onderzoe▮` for `onderzoek ▮`); the reply or forward prints that subject
    whole. Not where the missing end is thin glyphs (`l`, `I`, `|`): those are what OCR
    adds at a box's edge, so the longer spelling is the misread one."""
    missing = other[len(core) :]
    return (
        other.startswith(core)
        and core[-1:].isalpha()
        and 0 < len(missing) <= CUT_LETTERS
        and missing.isalpha()
        and not set(missing) <= _THIN
    )


def _without_prefixes(subject: str) -> str:
    m = _subject_prefix_re().match(subject)
    return subject[m.end() :] if m else subject


def _next_header_start(messages: list[Message], msg: Message, end: int) -> int:
    """The first line of the header printed next below `msg`'s (`end` when none is)."""
    return min((m.first_line for m in messages if m.first_line > msg.anchor_line), default=end)


def _place_below_its_reply(messages: list[Message], original: Message) -> None:
    """Put a quoted original (a lone subject line) in the thread right below the message
    that forwards or answers it (`FW: <its subject>`): that one is newer, whatever order
    OCR printed their lines in; else where its line stands."""
    own = normalize_subject(original.subject)
    for i, msg in enumerate(messages):
        if (
            msg.subject
            and normalize_subject(msg.subject) == own
            and _prefix_depth(msg.subject) > _prefix_depth(original.subject or "")
        ):
            messages.insert(i + 1, original)
            return
    at = sum(1 for m in messages if m.anchor_line < original.anchor_line)
    messages.insert(at, original)


def _thread_numbers(messages: list[Message]) -> list[int]:
    """Provisional thread per message: a chain printed under an unrelated one (another
    subject) is another conversation."""
    numbers, thread_no, previous = [], 0, None
    for msg in messages:
        subject = normalize_subject(msg.subject)
        if numbers and subject and previous and not _same_conversation_subject(subject, previous):
            thread_no += 1
        previous = subject or previous
        numbers.append(thread_no)
    return numbers


def _header_last_line(msg: Message) -> int:
    return max(msg.header_end, msg.anchor_line)


def _header_values(msg: Message) -> dict:
    """The header columns of a message's `emails` row."""
    sender = msg.sender or {}
    return {
        "sent_at": msg.stamp.value if msg.stamp else None,
        "sender": sender.get("address"),
        "sender_name": sender.get("name"),
        "sender_domain": sender.get("domain"),
        "subject": msg.subject,
        "subject_normalized": normalize_subject(msg.subject),
        "sender_redacted": bool(sender.get("redacted")),
        "sent_at_raw": msg.stamp.raw if msg.stamp else None,
    }


def _body(lines: list[str]) -> str | None:
    """A message's text: its lines less the bare labels (the column OCR tore off a header)."""
    kept = [line for line in lines if not _is_bare_label_line(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip() or None


# --------------------------------------------------------------------------- threads


def continue_printed_threads(emails: list[dict], document_ids: list[str]) -> None:
    """Positions of a printed thread that the splitter cut into two documents (at a page
    break, or at a signature taken for a new start), in place: when a document's top
    message is older than the last message of the document right before it, is not a
    second print of one of its messages, and is of the same conversation (same subject, or
    neither prints one), the thread runs on: its positions continue and it joins that
    provisional thread. `emails` are one source's rows in document order."""
    by_document: dict[str, list[dict]] = {}
    for e in emails:
        by_document.setdefault(e["document_id"], []).append(e)
    for above_id, below_id in zip(document_ids, document_ids[1:], strict=False):
        above, below = by_document.get(above_id), by_document.get(below_id)
        if above and below and _thread_runs_on(above, below[0]):
            last, thread = above[-1], below[0]["thread_id"]
            for e in below:
                e["position"] += last["position"] + 1
                if e["thread_id"] == thread:
                    e["thread_id"] = last["thread_id"]


def _thread_runs_on(above: list[dict], top: dict) -> bool:
    last = above[-1]
    if top["sent_at"] is None or last["sent_at"] is None or top["sent_at"] >= last["sent_at"]:
        return False
    if any(e["sent_at"] == top["sent_at"] for e in above):
        return False  # the same message printed again: another print, not the rest
    a, b = last["subject_normalized"], top["subject_normalized"]
    return (not a and not b) or bool(a and b and _same_conversation_subject(a, b))


THREAD_WINDOW = timedelta(days=60)  # replies to one subject further apart are new threads
MIN_SUBJECT_CHARS = 6  # shorter normalised subjects (`vraag`) are too generic to join on


def assign_thread_ids(emails: list[dict]) -> None:
    """Set `thread_id` on every e-mail of a database, across documents and sources.

    Rule (union-find): two messages are one conversation when
    1. they were printed as one chain: same document and same provisional thread
       (extract_emails starts a new provisional thread where the subject changes);
    2. they are the same message printed twice: the same sent minute (UTC) and no
       conflicting sender domain or subject;
    3. they share a normalised subject of at least MIN_SUBJECT_CHARS characters and were
       sent within THREAD_WINDOW of another message of that subject.
    The thread id is `thr-` plus the email_id of the earliest message of the component.
    """
    parent = list(range(len(emails)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for pairs in (_same_chain, _same_message, _same_subject):
        for a, b in pairs(emails):
            union(a, b)
    components: dict[int, list[int]] = {}
    for i in range(len(emails)):
        components.setdefault(find(i), []).append(i)
    for members in components.values():
        first = min(members, key=lambda i: (_sent_or_max(emails[i]), emails[i]["email_id"]))
        for i in members:
            emails[i]["thread_id"] = f"thr-{emails[first]['email_id']}"


def _sent_or_max(e: dict) -> datetime:
    return e.get("sent_at") or datetime.max.replace(tzinfo=UTC)


def _same_chain(emails: list[dict]) -> list[tuple[int, int]]:
    """Rule 1: messages of one document's provisional thread."""
    first_of: dict[tuple, int] = {}
    pairs = []
    for i, e in enumerate(emails):
        key = (e.get("document_id"), e.get("thread_id"))
        if key in first_of:
            pairs.append((first_of[key], i))
        else:
            first_of[key] = i
    return pairs


def _same_message(emails: list[dict]) -> list[tuple[int, int]]:
    """Rule 2: the same sent minute (UTC), no conflicting sender domain or subject."""
    by_minute: dict[datetime, list[int]] = {}
    for i, e in enumerate(emails):
        if e.get("sent_at") is not None:
            minute = e["sent_at"].astimezone(UTC).replace(second=0, microsecond=0)
            by_minute.setdefault(minute, []).append(i)
    pairs = []
    for members in by_minute.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                ea, eb = emails[a], emails[b]
                da, db = ea.get("sender_domain"), eb.get("sender_domain")
                sa, sb = ea.get("subject_normalized"), eb.get("subject_normalized")
                if not ((da and db and da != db) or (sa and sb and sa != sb)):
                    pairs.append((a, b))
    return pairs


def _same_subject(emails: list[dict]) -> list[tuple[int, int]]:
    """Rule 3: a shared subject, each message within THREAD_WINDOW of the one before."""
    by_subject: dict[str, list[int]] = {}
    for i, e in enumerate(emails):
        subject = e.get("subject_normalized")
        if subject and len(subject) >= MIN_SUBJECT_CHARS and e.get("sent_at") is not None:
            by_subject.setdefault(subject, []).append(i)
    pairs = []
    for members in by_subject.values():
        members.sort(key=lambda i: emails[i]["sent_at"])
        for a, b in zip(members, members[1:], strict=False):
            if emails[b]["sent_at"] - emails[a]["sent_at"] <= THREAD_WINDOW:
                pairs.append((a, b))
    return pairs


# --------------------------------------------------------------------------- splitter aid


def looks_like_email_page(text: str) -> bool:
    """Does this page start or carry a printed e-mail (a header with a sent time)?"""
    lines = repair_addresses(text or "").splitlines()
    messages, fields, _blocks = _find_messages(lines)
    # a header with no sent label makes a page an e-mail's only where the document's own
    # type says so (the splitter reads such a header at a document's top)
    messages = [m for m in messages if not m.unsent]
    if not messages:
        return False
    kinds = {f.kind for f in fields}
    # a sent time alone could be a dated note; want another header label or an address
    # (an archive's is masked, its sender line read as an address)
    labelled = bool(kinds & {"from", "to", "cc", "subject"})
    return labelled or "@" in "".join(lines) or any(m.archived for m in messages)
