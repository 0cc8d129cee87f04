"""Header labels in a line (`_label_hits`: one regular expression over the vocabulary of
`patterns/email_headers.json`, found anywhere in a line, as OCR glues labels to values), and
labels OCR damaged, mended in place: misread (`Ondervarn`), without their colon (`Aan ▮`),
glued to the value (`VerzondenMwoensda^^`), lost where the colon was kept (`: vrijdag 31 juli
2020 10:34`)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.emails.stamps import _is_bare_stamp_line, find_timestamp
from pipeline.emails.vocab import REPAIR_MARGIN, _is_readable_value, _rules, ocr_distance


@cache
def _label_re() -> re.Pattern:
    """One regex for every label; the group name is the field kind.

    A regular expression over the line text rather than a spaCy PhraseMatcher over tokens:
    OCR glues labels to the values around them (`512eCC:`, `+0100Sent:`, `@utrecht.nl>To:`),
    so a label is often no token of its own. The labels are the one vocabulary in
    `patterns/email_headers.json` that `pipeline.documents` reads too; a line's matches map back
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


def _is_bare_label_line(line: str) -> bool:
    hits = _label_hits(line)
    return bool(hits) and not _label_re().sub("", line).strip()


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
