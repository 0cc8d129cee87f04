"""Tests of one line or text (does it end a statement, is it a heading, a fragment, OCR
debris) and how an item's text is read on over wrapped lines (`_collect`).
"""

from __future__ import annotations

import re

from pipeline.decisions.rules import (
    HEADING_CUE_LABELS,
    MAX_FIELD_WORDS,
    MAX_HEADING_WORDS,
    MIN_ITEM_WORDS,
    WIDTH_WINDOW,
    WRAP_FILL,
    Lines,
    _cue_labels,
    _rules,
    decision_label,
)
from pipeline.documents import strip_redaction_marks, without_markdown


def _ends_statement(text: str) -> bool:
    """The line closes the decision's sentence ("... vastgesteld."); a colon does not: the
    text goes on below it ("... n.a.v. de tweede melding):" stays open)."""
    return bool(re.search(r"[.!?]\s*$", strip_redaction_marks(text)[0] or text))


def _is_break(line: str) -> bool:
    """A line that can never continue a decision's text."""
    rules = _rules()
    return bool(
        decision_label(line)
        or rules["heading"].match(line)
        or rules["stop"].match(line)
        or rules["bullet"].match(line)
        or rules["empty_item"].match(line)
    )


def _is_meaningful(text: str, min_words: int = MIN_ITEM_WORDS) -> bool:
    """Enough letters and words to state something (`min_words`), not OCR debris."""
    plain = strip_redaction_marks(text)[0] or ""
    letters = sum(ch.isalpha() for ch in plain)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", plain)]
    # struck-through text comes out of OCR as one long hyphenated run: not words
    spaced = [w for w in plain.split() if any(ch.isalpha() for ch in w)]
    return letters >= 8 and len(words) >= min_words and len(spaced) >= min_words


#: a note in brackets, one level deep
_BRACKETED_RE = re.compile(r"\([^()]*\)")


def _is_heading(text: str) -> bool:
    """A title, an agenda item or a section name ("Ter bespreking in de ASG", "Gesprek IGJ
    (...)"): short, no closing period, and no cue of anything decided or to be done. A note
    in brackets does not count to its length: it names who brought the item or its file
    (`Grondruil Landhuis Bieu (Ministerie van Verkeer, Vervoer en Ruimtelijke Planning)`)."""
    return (
        len(_BRACKETED_RE.sub(" ", text).split()) <= MAX_HEADING_WORDS
        and not _ends_statement(text)
        # `2. de raad voor te stellen ...;`: a point of a decision, not a title
        and not (text[:1].islower() or text.rstrip().endswith(";"))
        and not _cue_labels(text) & HEADING_CUE_LABELS
    )


def _is_fragment(text: str) -> bool:
    """The tail of a sentence cut off by a page or column break ("te sluiten. Vraag is..."):
    a paragraph below a label cannot start in lower case."""
    first = text.lstrip(" '\"‘“(")[:1]
    return first.islower()


def _is_field(text: str) -> bool:
    """A form's field ("Geen besluit gevraagd"): a few words, no sentence."""
    return len(text.split()) <= MAX_FIELD_WORDS and not _ends_statement(text)


def _join(parts: list[str]) -> str:
    text = ""
    for part in (p.strip() for p in parts if p.strip()):
        if re.search(r"\w-$", text) and part[:1].islower():
            text = text[:-1] + part  # a word hyphenated over the line break
        else:
            text = f"{text} {part}" if text else part
    return re.sub(r"\s+", " ", text).strip()  # `op- of aanmerkingen` within a line stays


def _text_width(lines: Lines, i: int) -> int:
    """The length of the longest line around lines[i]: how long a wrapped line is here."""
    near = lines[max(0, i - WIDTH_WINDOW) : i + WIDTH_WINDOW]
    return max((len(line) for _, line in near), default=0)


def _collect(lines: Lines, i: int, first: str) -> tuple[str, int]:
    """The text that starts with `first` and runs on over lines[i:]; returns (text, next i).

    Wrapped lines continue the text; it stops after a line that ends a sentence when the
    next one starts anew, at a blank line followed by a capital, and at any label, heading
    or bullet.
    """
    parts = [first]
    blank = False
    taken = 0
    width = _text_width(lines, i)
    last = len(lines[i - 1][1]) if i else len(first)  # the whole line `first` ends
    while i < len(lines) and taken < _rules()["max_item_lines"]:
        line = lines[i][1]
        if not line:
            blank = True
            i += 1
            continue
        if _is_break(line) or _ends_statement(parts[-1]) or parts[-1].rstrip().endswith(":"):
            break  # a colon at a line's end introduces what follows: a list, a table
        if _rules()["comment_anchor"].search(parts[-1]):
            break  # a word processor's margin comment: its own text follows, not the item's
        if blank and not line[:1].islower():
            break
        if line[:1].isupper() and len(parts[-1].split()) <= MAX_FIELD_WORDS:
            break  # "Geen besluit gevraagd" above "Aanleiding": a form's fields, not a wrap
        if line[:1].isupper() and last < WRAP_FILL * width and not _ends_open(parts[-1]):
            break  # a wrapped line fills its line: a short one ended where its writer ended it
        last = len(line)
        parts.append(line)
        blank = False
        taken += 1
        i += 1
    return _join([_before_comment(part) for part in parts]), i


def _ends_open(line: str) -> bool:
    """`line` ends in a function word (`... of personen die niet in`): its sentence goes on."""
    words = line.split()
    return bool(words) and words[-1].casefold() in _rules()["open_end"]


def _before_comment(line: str) -> str:
    """The line up to a margin comment's anchor ("... hun meldingen ' Commented [I")."""
    m = _rules()["comment_anchor"].search(line)
    return line[: m.start()].rstrip(" '\"‘’") if m else line


def _glyph(m: re.Match) -> str | None:
    return m["bullet"] or m["glued"]


def _wraps(lines: Lines, k: int) -> bool:
    """lines[k] goes on with the sentence of the line right above it ("... ISMS niveau" /
    "3. Om de stap ..."): a number at its start is not a list's."""
    above = lines[k - 1][1] if k else ""
    return bool(above) and not _ends_statement(above) and not above.endswith(":")


def _bullet_at(lines: Lines, i: int) -> tuple[int, re.Match[str] | None]:
    """Where a list's next item would start: the first filled line from lines[i] (blank
    lines between items skipped; len(lines) when none is left) and its bullet or number
    (None when it has none). The opening step of every reader of a run of bullets."""
    while i < len(lines) and not lines[i][1]:
        i += 1
    return i, _rules()["bullet"].match(lines[i][1]) if i < len(lines) else None


def _next_filled(lines: Lines, i: int) -> int | None:
    while i < len(lines) and not lines[i][1]:
        i += 1
    return i if i < len(lines) else None


def _filled_above(lines: Lines, k: int) -> int | None:
    """The last line above lines[k] that holds text; None when none does."""
    return next((j for j in range(k - 1, -1, -1) if lines[j][1]), None)


def _wording(text: str) -> str:
    """`text`'s words in lower case, without punctuation: what two printings of one text share."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _first_word(text: str) -> str:
    m = re.search(r"[^\W\d_]+", text)
    return m.group(0).lower() if m else ""


def _starts_paragraph(lines: Lines, k: int) -> bool:
    """lines[k] begins a paragraph: the first line, or below a blank or a finished line."""
    above = lines[k - 1][1] if k else ""
    return not above or _ends_statement(above) or above.endswith(":")


def _lone_glyph(line: str) -> bool:
    m = _rules()["bullet"].match(line + " x")
    return bool(m and _glyph(m) and m["text"] == "x")


#: the space where a title runs into its item's sentence on a page printed as one line, no
#: stop between, the sentence opening on a capital article (`2. Verslag ledenvergadering 18
#: mei 2015 Het verslag wordt ...`)
TITLE_RUN_IN = r"(?<=[^\W_])\s+(?=(?:De|Het)\s+[a-z])"

#: a stop with no space after it, a web page's heading or sentence glued to the next one
#: (`1. Opening en vaststelling agenda.De voorzitter opent ...`, `... op de agenda.De
#: voorzitter stelt voor ...`): after a word of 4+ lower-case letters, before a capital
#: word, so no initial (`J.Jansen`), title (`dhr.Kahraman`) or address (`www.Utrecht.nl`)
GLUED_STOP = r"(?<=[a-z]{4})\.(?=[A-Z][a-z]+\s)"


def _first_sentence(text: str) -> str:
    """`text` up to its first sentence end: a stop after a word of 4+ letters (not after
    an initial or a title, `mevr.`) or after a verb's particle (`aan.`), with the quote it
    closes (`... met de overeenkomst ‘Naar een aanpak ... eeuw.’ Heemraad X zal ...`), or
    after a year (`... januari 2020. Het bestuur ...`) before a capital or a bracket
    (`... het jaar 1999. ( persbericht 1 ...)`), after a reference code (`... de
    toezeggingen T02887 en T02908. De staf ...`), a reference in brackets (`...
    goedgekeurd. (Stuk 21-004)`), the next agenda item's number on a page transcribed onto
    one line (`... vastgesteld. 02. Verslag ...`, also after a comma, `... ingestemd, 2.
    Loting ...`), an article in capitals mid-line (`... 18 mei 2015 Het verslag ...`), a
    stop glued to the next sentence (`... agenda.De voorzitter ...`) or the end."""
    end = (
        r"(?<=[^\W\d_]{4})[.!?][’”\"]?(?=\s+[A-Z(]|\s+\d{1,2}\.\s+[A-Z]|\s*$)"
        r"|(?<=\b\d{4})[.!?](?=\s+[A-Z(])|(?<=\))[.!?]"
        # a separable verb's particle closes many a sentence (`... neemt de stukken voor
        # kennisgeving aan. 5. Verslagen`, `Iedereen stemt in.`), as does the copula that
        # ends a clause (`Claudia checkt of iedereen akkoord is. Iedereen stemt in.`): a
        # word, no abbreviation, for all its 2-3 letters
        r"|(?:(?<=\baan)|(?<=\baf)|(?<=\bop)|(?<=\buit)|(?<=\bmee)|(?<=\btoe)|(?<=\bweg)"
        r"|(?<=\bin)|(?<=\bis))"
        r"[.!?](?=\s+[A-Z(]|\s+\d{1,2}\.\s+[A-Z]|\s*$)"
        r"|(?:(?<=\b[A-Z]\d{3})|(?<=\b[A-Z]\d{4})|(?<=\b[A-Z]\d{5}))[.!?](?=\s+[A-Z])"
        r"|(?<=[^\W\d_]{4}),(?=\s+\d{1,2}\.\s+[A-Z])"  # OCR read that stop as a comma
        rf"|(?={TITLE_RUN_IN})|{GLUED_STOP}"
    )
    for m in re.finditer(end, text):
        if not _rules()["abbreviation_dot"].match(text, m.start()):
            return text[: m.end()]  # `mevr. Bakker`: a title's dot ends nothing
    return text


def _as_printed(lines: Lines) -> list[tuple[int, str]]:
    """The lines of a text kept as markdown as a reader sees them printed
    (`documents.without_markdown`): `## 1. Verslag` is a numbered heading, `> Roel: ...` a
    line of the minutes, `**Rien** maakt ...` a sentence, a link its text. Other texts, and
    any whose line count the reader would change, are returned as they are."""
    texts = without_markdown("\n".join(text for _, text in lines)).split("\n")
    if len(texts) < len(lines) and not any(text for _, text in lines[len(texts) :]):
        texts += [""] * (len(lines) - len(texts))  # the reader drops the last blank lines
    if len(texts) != len(lines):
        return [(page_no, _article_as_number(text)) for page_no, text in lines]
    return [
        (page_no, _article_as_number(text.strip()))
        for (page_no, _), text in zip(lines, texts, strict=True)
    ]


def _article_as_number(line: str) -> str:
    """A dictum's article with its text on its line (`Artikel 2: Kennisname van ...`) as the
    numbered point it is (`2. Kennisname van ...`): every list reader takes its number."""
    m = _rules()["dictum_article"].match(line.strip())
    return f"{m['num']}. {m['text']}" if m else line
