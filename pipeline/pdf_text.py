"""Page text from a PDF's text layer, and the decision whether a page needs OCR.

Everything here works on pdfplumber page objects or plain dicts; opening files and choosing
what runs where is the flow's job.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

#: A page counts as having a usable text layer when it holds at least this many letters and
#: digits; fewer over a page-sized image means a stamp or stray characters on a scan.
MIN_ALNUM_OVER_IMAGE = 200
MIN_ALNUM = 5
#: Share of the page an image must cover before the page is taken for a scan.
SCAN_IMAGE_COVERAGE = 0.5


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """Lowercase hex SHA-256 of a file's bytes (the contract's `source_id`)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def image_coverage(images: list[dict[str, Any]], width: float, height: float) -> float:
    """Largest share of the page covered by a single image."""
    page_area = max(width * height, 1.0)
    best = 0.0
    for image in images:
        w = max(0.0, min(image["x1"], width) - max(image["x0"], 0.0))
        h = max(0.0, min(image["bottom"], height) - max(image["top"], 0.0))
        best = max(best, w * h / page_area)
    return best


#: Below this share of plausible words a text layer is not text (glyph codes of a font
#: without a Unicode map, or a publisher's failed OCR) and the page is OCRed instead.
#: Real pages score 0.64 and up (inventory tables lowest), prose 0.8 and up; `(cid:NN)` layers 0.
MIN_TEXT_LAYER_SCORE = 0.55
#: Tokens a layer must hold before its score means anything; fewer are judged on letters only.
MIN_SCORED_TOKENS = 8

_CID = re.compile(r"\(cid:\d+\)")
_EDGE_PUNCT = "()[]{}<>\"'“”‘’„«».,;:!?*•·-–—/\\|"
#: A word as printed: letters with inner hyphens or apostrophes, in lower, Title or UPPER case.
_WORD_SHAPE = re.compile(
    r"^(?:[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+|[A-ZÀ-Þ]+)(?:[-'’](?:[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]*))*$"
)
#: Addresses are text but not words: e-mail addresses, web addresses, bare domains.
_ADDRESS = re.compile(r"@|^(?:https?:|www\.)|^[\w.-]+\.(?:nl|com|org|net|eu|be|de|uk|info)$", re.I)
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
#: Longest consonant run a Dutch or English word holds ("angstschreeuw" has eight).
_MAX_CONSONANT_RUN = 6
_CONSONANT_RUN = re.compile(rf"[^aeiouyàáâäèéêëìíîïòóôöùúûü]{{{_MAX_CONSONANT_RUN + 1},}}")
#: One-letter tokens that are words ("u" is Dutch for "you"; "a"/"I" English; list letters).
_ONE_LETTER_WORDS = set("auiIeAUo")


#: Credit for a word-shaped lower-case token that no lexicon knows: Dutch compounds
#: ("datalekken") and OCR slips in real words are common, but so is plausible-looking salad.
UNKNOWN_WORD_CREDIT = 0.5


@cache
def _lexicon() -> frozenset[str]:
    """Dutch and English words: pyspellchecker's word lists plus spaCy's stop words."""
    from importlib.resources import files

    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

    words = set(DUTCH | ENGLISH)
    for language in ("nl", "en"):
        resource = files("spellchecker") / "resources" / f"{language}.json.gz"
        with gzip.open(resource.open("rb"), "rt", encoding="utf-8") as handle:
            words.update(json.load(handle))
    return frozenset(words)


def _word_credit(token: str) -> float:
    """How much a token reads as a Dutch or English word: 1 for a word in the lexicon or a
    name or abbreviation in capitals, `UNKNOWN_WORD_CREDIT` for another word-shaped string
    (letters, vowels, no impossible consonant run), 0 for anything else."""
    lower = token.lower()
    if len(token) == 1:
        return float(token in _ONE_LETTER_WORDS)
    if not _WORD_SHAPE.match(token):
        return 0.0
    if lower in _lexicon():
        return 1.0
    letters = lower.replace("-", "").replace("'", "").replace("’", "")
    n_vowels = sum(ch in _VOWELS for ch in letters)
    if n_vowels == 0:
        # Abbreviations in capitals (BO, AP, ICT) are words; lower-case vowel-less runs are not.
        return float(token.isupper() and len(token) <= 5)
    if _CONSONANT_RUN.search(letters):
        return 0.0
    # Names and titles are capitalised and often missing from a lexicon.
    return 1.0 if token[0].isupper() and not token.isupper() else UNKNOWN_WORD_CREDIT


def text_layer_score(text: str) -> float:
    """Share of a text layer that reads as real Dutch or English words, 0..1.

    Every `(cid:NN)` glyph code and U+FFFD counts as a garbage token; tokens with digits
    (dates, grounds, amounts) and addresses are neutral; a run of three or more different
    one-letter tokens ("S M R") counts as garbage, each letter once. No tokens scores 0."""
    n_words, n_garbage = _word_and_garbage_counts(text)
    total = n_words + n_garbage
    return n_words / total if total else 0.0


def _word_and_garbage_counts(text: str) -> tuple[float, float]:
    n_garbage = len(_CID.findall(text)) + text.count("\ufffd")
    text = _CID.sub(" ", text).replace("\ufffd", " ")
    n_words = 0.0
    one_letter_run: list[str] = []
    for raw in text.split():
        token = raw.strip(_EDGE_PUNCT)
        if not token or any(ch.isdigit() for ch in token) or _ADDRESS.search(token):
            continue  # punctuation, numbers, codes, addresses: neither words nor garbage
        if len(token) == 1:
            one_letter_run.append(token)
            continue
        n_words, n_garbage = _close_one_letter_run(one_letter_run, n_words, n_garbage)
        credit = _word_credit(token)
        n_words += credit
        n_garbage += 1.0 - credit
    return _close_one_letter_run(one_letter_run, n_words, n_garbage)


def _close_one_letter_run(run: list[str], n_words: float, n_garbage: float) -> tuple[float, float]:
    """Count a finished run of one-letter tokens: three or more different letters in a row
    is OCR debris; the same letter repeated is a column of ticks in a table ("x x x")."""
    if len(run) >= 3 and len({letter.lower() for letter in run}) > 1:
        n_garbage += len(run)
    elif len(run) < 3:
        real = sum(letter in _ONE_LETTER_WORDS for letter in run)
        n_words += real
        n_garbage += len(run) - real
    run.clear()
    return n_words, n_garbage


def choose_text_method(text: str, images: list[dict[str, Any]], width: float, height: float) -> str:
    """'text_layer' when the page's own text can be used, else 'ocr'.

    A layer is used when it has enough letters for the page (a stamp over a scan is not
    enough) and reads as words (`text_layer_score`): glyph codes and failed OCR are not."""
    n_alnum = sum(ch.isalnum() for ch in _CID.sub(" ", text))
    if n_alnum < MIN_ALNUM:
        return "ocr"
    if (
        image_coverage(images, width, height) >= SCAN_IMAGE_COVERAGE
        and n_alnum < MIN_ALNUM_OVER_IMAGE
    ):
        return "ocr"
    n_words, n_garbage = _word_and_garbage_counts(text)
    if n_words + n_garbage >= MIN_SCORED_TOKENS and n_words < MIN_TEXT_LAYER_SCORE * (
        n_words + n_garbage
    ):
        return "ocr"
    return "text_layer"


def text_layer_words(page: Any) -> list[dict[str, Any]]:
    """Words of a pdfplumber page as plain dicts in page coordinates (conf None)."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return [
        {
            "text": w["text"],
            "x0": float(w["x0"]),
            "top": float(w["top"]),
            "x1": float(w["x1"]),
            "bottom": float(w["bottom"]),
            "conf": None,
        }
        for w in words
        if w["text"].strip()
    ]


def text_layer_text(page: Any) -> str:
    return page.extract_text() or ""
