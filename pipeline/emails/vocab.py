"""The rule data of the e-mail readers (`patterns/email_headers.json`) and the text tests
every step shares: redaction codes and boxes in a header value (BOX_MARK), lines of OCR specks
and torn-off values (`_is_noise_line`), the non-blank lines around a line, and `ocr_distance`,
the edit distance that makes OCR's usual confusions cheap."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.grounds import BOX_MARK, find_ground_codes
from pipeline.nlp import load_patterns

ADDRESS_KINDS = ("to", "cc", "bcc")


@cache
def _rules() -> dict:
    return load_patterns("email_headers.json")


_ADDRESS_RE = re.compile(
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._%+'\-]*)?(?P<gap>\s*)@\s?"
    r"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"
)

_NOISE_CHARS_RE = re.compile(r"[\s<>\"'`’”“‚;,:|I!l()\[\]{}•·.\-_=*\u25ae]+")


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


def _previous_nonblank(lines: list[str], i: int, limit: int = 3) -> int | None:
    k = i - 1
    while k >= 0 and i - k <= limit + 3:
        if lines[k].strip():
            return k
        k -= 1
    return None


def _nonblank_around(lines: list[str], i: int, reach: int) -> list[int]:
    """Up to `reach` non-blank lines above and below line i."""
    above = [k for k in range(i - 1, -1, -1) if lines[k].strip()][:reach]
    below = [k for k in range(i + 1, len(lines)) if lines[k].strip()][:reach]
    return sorted(above + below)


def _is_readable_value(value: str) -> bool:
    """Text beyond OCR specks and boxes: a `Sent:` value that is there but no timestamp."""
    return bool(value.strip()) and not _is_noise_line(value)


def _next_nonblank(lines: list[str], i: int, hi: int) -> int | None:
    k = i + 1
    while k < hi and not lines[k].strip():
        k += 1
    return k if k < hi else None


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


#: a repair by `ocr_distance` (a domain, a label) must be this much closer than the next best
#: candidate: two near readings leave the word as OCR read it
REPAIR_MARGIN = 0.6


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
