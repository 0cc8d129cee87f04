"""Headers printed as one line, without labels: a reply line (`Op ... heeft X het
volgende geschreven:`, `On ... wrote:`; its verb misread or lost, or wrapped over narrow quoted
columns), a mail client's list line (`sender_line`: the date, the sender with the address in
angle brackets, the subject) and a mail archive's page head (`archive_header`)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.emails.records import Stamp
from pipeline.emails.stamps import _TIME_HINT_RE, _is_bare_stamp_line, _opening_date, find_timestamp
from pipeline.emails.vocab import _has_box, _is_noise_line, _rules, ocr_distance


@cache
def _wrote_res() -> list[re.Pattern]:
    return [re.compile(p) for p in _rules()["wrote_header_patterns"]]


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
