"""Grounds for withholding (Woo / Wob articles): normalisation and the reference table.

Releases print grounds in every shape OCR can make of them (`5.1.2.e`, `512e`, `5 12 e`,
`s.i.2.e`, `5l 2e`, `5.1 2.8`, `=12=`, `5.1.2.<`, `1O.2.e`, `Art. 10.2.e.`). Everything
is brought to the contract's canonical form: dotted, lowercase, several grounds joined by
`;` in printed order, `out_of_scope` for "buiten reikwijdte" / "niet relevant", and None
when no ground can be read (never a guess).

The table of grounds (law, meaning) is data in `patterns/grounds.json`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from functools import cache
from pathlib import Path
from typing import TypedDict

GROUNDS_PATH = Path(__file__).parent / "patterns" / "grounds.json"
OUT_OF_SCOPE = "out_of_scope"
#: stands in a page's text for a redaction box: a box OCR read as letters (`EEEN`, `BEN`,
#: `Ve`, marked by the e-mail readers), or a box blanked before OCR (`pipeline.redactions`)
BOX_MARK = "\u25ae"


class GroundSpan(TypedDict):
    start: int
    end: int
    raw: str
    ground: str | None  # None: a ground mark whose letter was lost (`5.1.2.`)


@cache
def _grounds_data() -> dict:
    return json.loads(GROUNDS_PATH.read_text("utf-8"))


def grounds_table() -> list[dict]:
    """Rows `{ground, law, meaning}` for every canonical ground (a reference table to load)."""
    return [
        {"ground": row["ground"], "law": row["law"], "meaning": row["meaning"]}
        for row in _grounds_data()["grounds"]
    ]


@cache
def canonical_grounds() -> frozenset[str]:
    return frozenset(row["ground"] for row in _grounds_data()["grounds"])


@cache
def _alias_to_ground() -> dict[str, str]:
    aliases = {}
    for row in _grounds_data()["grounds"]:
        for alias in row.get("aliases", []):
            aliases[alias] = row["ground"]
    return aliases


# OCR stand-ins, as seen in the reference release: `s`/`$`/`§` for 5, `i`/`l`/`|`/`!` for
# 1, `o` for 0, and for the letter e: `<`, `=`, `8`, `€`, `c` is NOT one (5.1.2.c exists).
_FIVE = r"[5s$§]"
_ONE = r"[1il|!\]]"
_ZERO = r"[0o]"
_TWO = r"2"
_SEP = r"(?:[ \t]?[.,:·•][ \t]?|[ \t])?"
_SEP_REQ = r"(?:[ \t]?[.,:·•][ \t]?|[ \t])"
_E_LIKE = r"[<=8€]"

# One alternative per family of grounds; named groups say which family matched and the
# letter read. Order matters: longer families (5.1.2.x) before shorter ones (5.2).
_CODE_ALTERNATIVES = [
    # `=12=`: the 5 and the e both read as `=` (Woo 5.1.2.e in the reference release)
    rf"(?P<eq>=\s?{_ONE}\s?{_TWO}\s?=)",
    rf"(?P<w512>{_FIVE}{_SEP}{_ONE}{_SEP}{_TWO}(?:{_SEP}(?P<l512>[a-i]|{_E_LIKE}))?)",
    rf"(?P<w511>{_FIVE}{_SEP}{_ONE}{_SEP}{_ONE}(?:{_SEP}(?P<l511>[a-e]|{_E_LIKE}))?)",
    rf"(?P<w515>{_FIVE}{_SEP_REQ}{_ONE}{_SEP_REQ}5)",
    rf"(?P<w52>{_FIVE}{_SEP_REQ}{_TWO}(?:{_SEP_REQ}(?P<w521>{_ONE}))?)",
    rf"(?P<b101>{_ONE}{_ZERO}{_SEP}{_ONE}(?:{_SEP}(?P<l101>[a-d]))?)",
    rf"(?P<b102>{_ONE}{_ZERO}{_SEP}{_TWO}(?:{_SEP}(?P<l102>[a-g]|{_E_LIKE}))?)",
    rf"(?P<b111>{_ONE}{_ONE}{_SEP_REQ}{_ONE})",
]
# Not after a digit: `25.118 meldingen` is a figure, not `5.11` with an e read as `8`.
_CODE_RE = re.compile(r"(?<!\d)(?:" + "|".join(_CODE_ALTERNATIVES) + ")", re.IGNORECASE)

# Long form used in decision letters and inventories: `artikel 5.1, tweede lid, onder e`,
# `art. 10 lid 2 sub e`, `artikel 10, tweede lid, aanhef en onder e`.
_LID_WORDS = {"eerste": "1", "tweede": "2", "vijfde": "5", "1": "1", "2": "2", "5": "5"}
_LONG_FORM_RE = re.compile(
    r"(?:art(?:ikel|\.)?\s*)?(?P<art>5\.1|10|11)\.?\s*,?\s*(?:(?P<lid1>eerste|tweede|vijfde|[125])"
    r"\s*lid|lid\s*(?P<lid2>[125]))\s*,?\s*(?:aanhef\s+en\s+)?(?:onder|sub)\s*(?P<letter>[a-i])\b",
    re.IGNORECASE,
)


def _letter(raw_letter: str | None) -> str | None:
    if raw_letter is None:
        return None
    low = raw_letter.lower()
    return "e" if re.fullmatch(_E_LIKE, low) else low


def _ground_of_match(match: re.Match) -> tuple[str | None, bool]:
    """(canonical ground or None, whether the code carried an explicit letter/suffix)."""
    group = match.lastgroup
    if match.group("eq"):
        return "5.1.2.e", True
    if match.group("w512") is not None:
        letter = _letter(match.group("l512"))
        return (f"5.1.2.{letter}" if letter else None), letter is not None
    if match.group("w511") is not None:
        letter = _letter(match.group("l511"))
        return (f"5.1.1.{letter}" if letter else None), letter is not None
    if match.group("w515") is not None:
        return "5.1.5", False
    if match.group("w52") is not None:
        return "5.2.1", match.group("w521") is not None
    if match.group("b101") is not None:
        letter = _letter(match.group("l101"))
        return (f"10.1.{letter}" if letter else None), letter is not None
    if match.group("b102") is not None:
        letter = _letter(match.group("l102"))
        return (f"10.2.{letter}" if letter else None), letter is not None
    if match.group("b111") is not None:
        return "11.1", False
    raise AssertionError(group)


# Where a code can start: the first two characters of one of `_CODE_ALTERNATIVES` (`=`, a
# 5 and a 1 or 2 with a separator between, a 1 before a 0 or 1). `_CODE_RE` has no literal
# first character for the regex engine to skip to, so `search` tries all its branches at
# every position of a page; this lookahead finds the few positions worth trying.
_CODE_START_RE = re.compile(
    rf"(?<!\d)(?==|{_FIVE}{_SEP}[1il|!\]2]|{_ONE}[0o1il|!\]])",
    re.IGNORECASE,
)


def _code_starts(text: str) -> list[int]:
    return [m.start() for m in _CODE_START_RE.finditer(text)]


def _search_code(text: str, pos: int, starts: list[int]) -> re.Match | None:
    """`_CODE_RE.search(text, pos)`, trying only the positions in `starts`."""
    for i in range(bisect_left(starts, pos), len(starts)):
        match = _CODE_RE.match(text, starts[i])
        if match is not None:
            return match
    return None


def _iter_code_matches(text: str):
    """Yield (match, ground, has_letter) for every code-shaped token with sane boundaries.

    A code must not sit inside a longer number (`2.5.1.2`, `5.122`, `15-12-2020`) and its
    letter must not start a word (`5.1.2 en` is not 5.1.2.e). Letters glued in front are
    allowed (`KPMG5.1.2.e` is how OCR prints a box label next to a word).
    """
    pos = 0
    starts = _code_starts(text)
    while True:
        match = _search_code(text, pos, starts)
        if match is None:
            return
        start, end = match.span()
        ground, has_letter = _ground_of_match(match)
        before = text[start - 1] if start > 0 else " "
        before2 = text[max(0, start - 2) : start]
        after = text[end] if end < len(text) else " "
        ok = True
        # part of a longer number: `12.5.1.2`, `3,5.2`
        if before.isdigit() or re.fullmatch(r"\d[.,]", before2):
            # `"15.1.2.e` happens (a quote read as 1) but only with a letter and dots
            ok = has_letter and before.isdigit() and "." in match.group(0)
        # a stand-in letter (s, i, l, $) right after a word is a word, not a code
        first = match.group(0)[0]
        if not first.isdigit() and first != "=" and before.isalpha():
            ok = False
        # a code running on into digits is a longer number, unless its letter ended it
        # (`5.1.2e5.1.2.e`: two labels OCR'd without a space)
        next_is_number = after.isdigit() or (
            after == "." and end + 1 < len(text) and text[end + 1].isdigit()
        )
        if next_is_number and not has_letter:
            ok = False
        if has_letter and after.islower():
            ok = False
        if not has_letter and after.isalpha() and ground is not None:
            ok = False  # `5.2e`, `11.1a`: a complete code does not run into a word
        if ok:
            yield match, ground, has_letter
            pos = end
        else:
            pos = start + 1


def _out_of_scope_re() -> re.Pattern:
    phrases = sorted(_grounds_data()["out_of_scope_phrases"], key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s*") for p in phrases)
    return re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])", re.IGNORECASE)


_OUT_OF_SCOPE_RE = _out_of_scope_re()

# Words a label prints with its codes (`art. 10.2.e`, `artikel 5.1.2.e Woo`, `Wob 10.1.c`):
# part of the label, neither a ground nor hidden text.
_LABEL_WORD = (
    r"(?<![a-z])(?:"
    + "|".join(re.escape(w) for w in sorted(_grounds_data()["label_words"], key=len, reverse=True))
    + r")\b\.?"
)
# what a label prints in front of a code, and behind it
_LABEL_PREFIX_RE = re.compile(rf"(?:{_LABEL_WORD}[ \t]*)+$", re.IGNORECASE)
_LABEL_SUFFIX_RE = re.compile(rf"^(?:[ \t]*[.,]?[ \t]*{_LABEL_WORD})+", re.IGNORECASE)

# separators allowed between several grounds printed on one label; a label word may
# repeat in front of the next code (`art. 10.2.f;art. 10.1.c`)
_MULTI_SEP_RE = re.compile(
    rf"^\s*(?:[;,/&+]|\ben\b|\band\b)?\s*(?:{_LABEL_WORD}\s*)*$", re.IGNORECASE
)


# Misreadings Tesseract makes on short box labels in bold sans fonts; applied only to
# a box's own label (`lenient`), never to running text where `40.1` or `2.9` are numbers.
_LABEL_FIXES = [
    (re.compile(r"(?<![\d])4(?=[0oO][.,]\s?[12])"), "1"),  # `40.1.b` for 10.1.b
    (re.compile(r"(?<=\d[.,])9(?![\d])"), "g"),  # `10.2.9` for 10.2.g
    (re.compile(r"(?<=5[.,]1[.,]2[.,])6(?![\d])"), "e"),  # `5.1.2.6` for 5.1.2.e
    # `5.1.2.1` for 5.1.2.i: Woo 5.1.2 has lettered items only
    (re.compile(r"(?<=5[.,]1[.,]2[.,])[1l|!](?![\d])"), "i"),
    (re.compile(r"[¢©]"), "c"),
]


def normalize_ground(raw: str | None, *, lenient: bool = False) -> str | None:
    """Canonical ground(s) of a label's text, or None when no ground can be read.

    `5.1.2e`, `512e`, `s.i.2.e`, `5.1 2.8` -> `5.1.2.e`; `1O.2.e`, `Art. 10.2.e.` ->
    `10.2.e`; `10.1.b;10.2.g`, `5.1.2.e, 5.1.1.c` -> `10.1.b;10.2.g`, `5.1.2.e;5.1.1.c`;
    `BUITEN REIKWIJDTE` -> `out_of_scope`. A code whose letter is lost (`5.1.2.`) gives None.
    `lenient` (for the OCR of a box's own label) also undoes Tesseract's usual misreadings
    of label fonts (`40.1.b`, `10.2.9`, `5.1.1.¢`).
    """
    if raw is None:
        return None
    text = raw.strip()
    if lenient:
        for pattern, replacement in _LABEL_FIXES:
            text = pattern.sub(replacement, text)
    if not text:
        return None
    if _OUT_OF_SCOPE_RE.search(text):
        return OUT_OF_SCOPE
    found: list[str] = []
    for match in _LONG_FORM_RE.finditer(text):
        ground = _long_form_ground(match)
        if ground:
            found.append(ground)
    if found:
        return ";".join(dict.fromkeys(found))
    for _match, ground, _has_letter in _iter_code_matches(text):
        if ground is None:
            continue
        ground = _alias_to_ground().get(ground, ground)
        if ground not in found:
            found.append(ground)
    return ";".join(found) if found else None


def is_clean_label(text: str) -> bool:
    """True when `text` is nothing but ground codes / out-of-scope phrases and separators
    (a label read cleanly), False when something else is left over (`10.1.6;10.2.g`)."""
    rest = text
    for span in sorted(find_ground_codes(text), key=lambda s: -s["start"]):
        if span["ground"] is None:
            return False
        rest = rest[: span["start"]] + " " + rest[span["end"] :]
    rest = re.sub(_LABEL_WORD, " ", rest, flags=re.IGNORECASE)
    return not re.search(r"[0-9a-z]", rest, re.IGNORECASE)


def is_label_word(token: str) -> bool:
    """True for a word a label prints with its codes (`art.`, `artikel`, `Woo`, `Wob`)."""
    return bool(re.fullmatch(_LABEL_WORD, token.strip(), re.IGNORECASE))


def find_label_spans(text: str) -> list[GroundSpan]:
    """The ground codes of a box's label, each span widened over the label words printed
    with it (`art. 10.2.e`, `artikel 5.1.2.e Woo`): every character of a span is label,
    none is text the box hides."""
    spans = find_ground_codes(text)
    for span in spans:
        if span["ground"] == OUT_OF_SCOPE:
            continue
        prefix = _LABEL_PREFIX_RE.search(text[: span["start"]])
        if prefix:
            span["start"] = prefix.start()
        suffix = _LABEL_SUFFIX_RE.match(text[span["end"] :])
        if suffix:
            span["end"] += suffix.end()
        span["raw"] = text[span["start"] : span["end"]]
    return spans


def _long_form_ground(match: re.Match) -> str | None:
    lid = _LID_WORDS.get((match.group("lid1") or match.group("lid2") or "").lower())
    letter = match.group("letter").lower()
    art = match.group("art")
    ground = f"{art}.{lid}.{letter}" if art != "5.1" else f"5.1.{lid}.{letter}"
    return ground if ground in canonical_grounds() else None


# A bare code in running text is only a redaction mark when nothing around it says it is a
# citation: `artikel 10.2.e`, `op grond van 5.1.2.e Woo`, an inventory row `... deels
# openbaar 10.2.e`.
_CITATION_BEFORE_RE = re.compile(
    r"(?:artikel|art\.?|grond(?:en)?|lid|onder|sub|juncto|jo\.?|wob|woo|zie|weigeringsgrond\w*|"
    r"uitzonderingsgrond\w*)\s*[:(]?\s*$",
    re.IGNORECASE,
)
_CITATION_AFTER_RE = re.compile(r"^\s*[.)]?\s*(?:wob|woo|van de w|van het|lid\b)", re.IGNORECASE)


def find_ground_codes(
    text: str, *, marks_only: bool = False, written_out: bool = False
) -> list[GroundSpan]:
    """Every ground code (and out-of-scope phrase) in running text, as character spans.

    With `marks_only`, leave out what reads as a citation of the article rather than a mark
    standing in for redacted text, and accept letterless codes (`5.1.2.`) only in the
    dotted shape OCR leaves when it drops the e (their ground is None).
    Several different grounds printed together (`10.1.b;10.2.g`) are one span; the same
    ground repeated (`5.1.2.e 5.1.2.e`, `5.1.2.e; 5.1.2.e`) is one span per repetition.
    With `written_out` as well (a text release: no boxes, its marks are text), a ground
    written out where the withheld text stood (`_written_out_marks`) is a mark too; on a
    page with geometry such a line is more often a letter's list of grounds invoked.
    """
    spans = _out_of_scope_spans(text)
    taken = [(s["start"], s["end"]) for s in spans]
    for match, ground, has_letter in _iter_code_matches(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        if not _is_code_kept(text, match, ground, has_letter, marks_only):
            continue
        if ground is not None:
            ground = _alias_to_ground().get(ground, ground)
        spans.append({"start": start, "end": end, "raw": match.group(0), "ground": ground})
    if marks_only and written_out:
        taken = [(s["start"], s["end"]) for s in spans]
        spans += [
            span
            for span in _written_out_marks(text)
            if not any(a < span["end"] and span["start"] < b for a, b in taken)
        ]
    spans.sort(key=lambda s: s["start"])
    return _merge_multi_ground_spans(text, spans)


def _out_of_scope_spans(text: str) -> list[GroundSpan]:
    return [
        {"start": m.start(), "end": m.end(), "raw": m.group(0), "ground": OUT_OF_SCOPE}
        for m in _OUT_OF_SCOPE_RE.finditer(text)
    ]


def _is_code_kept(
    text: str, match: re.Match, ground: str | None, has_letter: bool, marks_only: bool
) -> bool:
    """Whether a code match is a ground code (with `marks_only`: a mark, not a citation)."""
    start, end = match.span()
    raw = match.group(0)
    if ground is None:
        # a bare article number in running text (`zie 10.1.`, `paragraaf 10.2,`) is a
        # citation or a section number: only the three-part Woo codes are left as
        # remnants of a mark whose letter OCR lost
        if marks_only and match.group("w512") is None and match.group("w511") is None:
            return False
        # letterless `5.1.2.` / `5.1 2.`: a mark only with the trailing separator
        if not re.search(r"[.,:]\s*$", raw) and not (end < len(text) and text[end] in ".,"):
            return False
        if not re.search(r"[.,: ]", raw[:-1]):
            return False
    elif not has_letter and marks_only:
        # 5.1.5 / 5.2 / 11.1 as bare numbers are section numbers and amounts far more
        # often than marks
        return False
    return not marks_only or not _is_citation_or_heading(text, start, end, ground, raw)


def _is_citation_or_heading(text: str, start: int, end: int, ground: str | None, raw: str) -> bool:
    if _CITATION_BEFORE_RE.search(text[max(0, start - 30) : start]):
        return True
    if _CITATION_AFTER_RE.match(text[end : end + 12]):
        return True
    # a heading `5.1.2.8 Resultaten` at the start of a line
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        not text[line_start:start].strip()
        and (ground is None or re.search(r"8$", raw))
        and re.match(r"[.,]?\s+[A-Z][a-z]{2,}", text[end : end + 20])
    )


#: a header label before a mark (`Aan:`, `Verzonden:`), no part of a sentence around it
_MARK_LABEL_RE = re.compile(r"^\W*[A-Za-z][\w.-]*(?:\s[\w.-]+)?\s*:")


def _written_out_marks(text: str) -> list[GroundSpan]:
    """Grounds written out (`5.1 lid 2 sub e`, `art. 5.1. lid 2 sub e` broken over lines)
    where the withheld text stood: nothing but label words on their lines, or after a
    header's label (`Aan: 5.1 lid 2 sub e`). In a sentence they cite the article."""
    spans: list[GroundSpan] = []
    for match in _LONG_FORM_RE.finditer(text):
        ground = _long_form_ground(match)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        around = text[line_start : match.start()] + " " + text[match.end() : line_end]
        around = _LONG_FORM_RE.sub(" ", around)  # several marks on one line
        around = _MARK_LABEL_RE.sub(" ", re.sub(_LABEL_WORD, " ", around, flags=re.IGNORECASE))
        if ground is None or re.search(r"[A-Za-z]{2,}", around):
            continue
        raw = match.group(0)
        spans.append({"start": match.start(), "end": match.end(), "raw": raw, "ground": ground})
    return spans


def _merge_multi_ground_spans(text: str, spans: list[GroundSpan]) -> list[GroundSpan]:
    merged: list[GroundSpan] = []
    for span in spans:
        if merged:
            prev = merged[-1]
            between = text[prev["end"] : span["start"]]
            prev_grounds = (prev["ground"] or "").split(";")
            if (
                prev["ground"] not in (None, OUT_OF_SCOPE)
                and span["ground"] not in (None, OUT_OF_SCOPE)
                and span["ground"] not in prev_grounds
                and _MULTI_SEP_RE.match(between)
                and between.strip()  # printed together with an explicit separator
            ):
                merged[-1] = {
                    "start": prev["start"],
                    "end": span["end"],
                    "raw": text[prev["start"] : span["end"]],
                    "ground": f"{prev['ground']};{span['ground']}",
                }
                continue
        merged.append(span)
    return merged


# Citations in decision letters and inventory cells, beyond the `art lid sub letter` form:
# several letters after one `onder` (`onder d, e en g`), and the grounds without a letter
# (`artikel 11, eerste lid`, `artikel 5.2`, `artikel 5.1, vijfde lid`).
_LETTER_LIST_RE = re.compile(
    r"(?:\s*(?:,|\ben\b|\bof\b)\s*(?:onder\s+|sub\s+)?(?P<more>[a-i])\b(?![.\-]\w))", re.IGNORECASE
)
_ARTICLE_NO_LETTER_RE = re.compile(
    r"\bart(?:ikel|\.)?\s*(?P<art>11|5\.2|5\.1)\b(?![.,]\d)\s*(?:,\s*|\s+)?"
    r"(?:(?P<lid1>eerste|vijfde|[15])\s*lid|lid\s*(?P<lid2>[15]))?(?!\s*,?\s*(?:aanhef|onder|sub))",
    re.IGNORECASE,
)


def cited_grounds(text: str, *, bare_articles: bool = False) -> list[str]:
    """Canonical grounds a letter or an inventory cell cites, in printed order, each once.

    Long forms (`artikel 10, tweede lid, aanhef en onder e en g` -> 10.2.e, 10.2.g;
    `artikel 5.1, tweede lid, onder e` -> 5.1.2.e; `artikel 11, eerste lid` -> 11.1;
    `artikel 5.2` -> 5.2.1), dotted codes (`10.2.e`, `11,1`) and out-of-scope phrases.
    `bare_articles` (inventory cells) also takes `Artikel 11` with no lid as 11.1; in a
    letter's prose `artikel 11` alone is more often a reference than a ground invoked.
    """
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for match in _LONG_FORM_RE.finditer(text):
        ground = _long_form_ground(match)
        if ground is None:
            continue
        found.append((match.start(), ground))
        end = match.end()
        # `onder d, e en g`: the same article and lid for every further letter
        while more := _LETTER_LIST_RE.match(text, end):
            extra = ground[:-1] + more["more"].lower()
            if extra in canonical_grounds():
                found.append((more.start(), extra))
            end = more.end()
        taken.append((match.start(), end))
    for match in _ARTICLE_NO_LETTER_RE.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        art, lid = match["art"], (match["lid1"] or match["lid2"] or "").lower()
        lid = _LID_WORDS.get(lid, lid)
        ground = {("11", "1"): "11.1", ("5.2", "1"): "5.2.1", ("5.1", "5"): "5.1.5"}.get((art, lid))
        if ground is None and not lid and bare_articles:
            ground = {"11": "11.1", "5.2": "5.2.1"}.get(art)
        if ground is not None:
            found.append((match.start(), ground))
            taken.append(match.span())
    for span in find_ground_codes(text):
        if span["ground"] is None or any(a <= span["start"] < b for a, b in taken):
            continue
        for ground in span["ground"].split(";"):
            found.append((span["start"], ground))
    found.sort(key=lambda item: item[0])
    return list(dict.fromkeys(ground for _, ground in found))
