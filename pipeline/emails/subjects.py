"""Subjects and attachment lists: a subject without its reply and forward prefixes
(`normalize_subject`), a prefix whose colon OCR misread (`FW. x`), how many prefixes a subject
carries, a line that may be a subject, and the file names of an attachment list
(`split_file_names`)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.emails.labels import _label_hits
from pipeline.emails.vocab import _is_noise_line, _rules


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


def normalize_subject(subject: str | None) -> str | None:
    """`RE: FW: Antw: Datalek  SVMN` -> `datalek svmn` (reply/forward prefixes, any depth)."""
    if subject is None:
        return None
    # OCR specks after the subject (`a.s. '`, `2022 _`) and before it (`. Stukken`)
    text = re.sub(r"\s+[^\w\s]{1,2}$|\s+_+$", "", subject.strip())
    # (several: a prefix's letters on a scan read as `__ _`)
    text = re.sub(r"^(?:[.,;:|_'’`]+\s+)+", "", text)
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


def _prefix_depth(subject: str) -> int:
    """How many reply and forward prefixes a subject carries (`RE: FW: x`: 2)."""
    m = _subject_prefix_re().match(_mend_prefix(subject.strip()))
    return len(re.findall(r"[:;]", m.group(0))) if m else 0


def is_reply_subject(line: str) -> bool:
    """Whether a line is a subject under a reply or forward prefix (`Re: uitnodiging`)."""
    return _prefix_depth(line) > 0


def _is_subject_like(line: str, repeated: set[str] = frozenset()) -> bool:
    text = line.strip()
    if not text or text in repeated or _is_noise_line(text) or _label_hits(text) or "@" in text:
        return False
    if split_file_names(text)[0]:
        return False
    return len(text.split()) <= 14 and not text.endswith((".", ":", ",", "?"))
