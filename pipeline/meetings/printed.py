"""The rows of a text kept as markdown as a reader sees them (`_as_printed`): without the
markup, a letter-spaced heading read as words, a bold line over a bulleted list as a group's
label, a markdown table's rows as labelled lines or as a person's cells, an attendance label
a copied page glued to the year before it set apart, and a bilingual register's Dutch side
alone."""

from __future__ import annotations

import itertools
import re

from pipeline.documents import (
    PIPE_ROW_RE,
    PIPE_RULE_RE,
    pipe_cells,
    presence_lists,
    without_markdown,
)
from pipeline.meetings.people import status_label
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import _BULLET_RE
from pipeline.nlp import letters_closed_up

_BOLD_LINE_RE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_:\n]+?)(?:\*\*|__)\s*$")


def _as_printed(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows of a text kept as markdown as a reader sees them (`documents.without_markdown`),
    a letter-spaced heading as words (`nlp.letters_closed_up`: `2 5 M A A RT` is a date),
    and a table's cells each under its heading."""
    texts = [_dutch_side(_unglued_label(letters_closed_up(text))) for _, text in rows]
    texts = _pipe_tables(without_markdown("\n".join(_bold_group_labels(texts))).splitlines())
    texts += [""] * (len(rows) - len(texts))  # splitlines drops a last empty row
    if len(texts) != len(rows):
        return rows
    return [(page_no, text) for (page_no, _), text in zip(rows, texts, strict=True)]


#: a year with a word glued to it (`vergadering van dinsdag 8 november 2005Aanwezig : ...`)
_GLUED_AFTER_YEAR_RE = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z])")


def _unglued_label(text: str) -> str:
    """The line with an attendance label that a copied page glued to the year before it
    set apart, so the date keeps its year and the label opens its list."""
    for m in _GLUED_AFTER_YEAR_RE.finditer(text):
        if status_label(text[m.end() :]):
            return f"{text[: m.start()]} {text[m.end() :]}"
    return text


#: a Dutch function the line's wrap broke at its hyphen (`Gemeenteraads- leden`)
_BROKEN_WORD_RE = re.compile(r"^(\w+)-\s+([a-z]{2,})\b")


def _dutch_side(text: str) -> str:
    """The line of a Brussels council's bilingual register as a Dutch record prints it:
    each label, honorific and function's French side read away before its Dutch one
    (`Excusés Verontschuldigd`, `M./Dhr.`, `Échevin(e)s / Schepenen`: the `french_side`
    rule), a Dutch function the wrap broke made whole, so the Dutch lists read as ever.
    The Dutch side takes the French side's capital (`Absents et excusés / afwezigen en
    verontschuldigden :`): it now opens the label, as the French did."""
    french = list(_rules()["french_side"].finditer(text))
    if not french:
        return text
    out = [text[: french[0].start()]]
    for m, after in zip(french, [*french[1:], None], strict=True):
        dutch = _BROKEN_WORD_RE.sub(r"\1\2", text[m.end() : after.start() if after else None])
        out.append(dutch[:1].upper() + dutch[1:] if m[0][:1].isupper() else dutch)
    return "".join(out)


def _bold_group_labels(texts: list[str]) -> list[str]:
    """A few words set in bold on their own line over a bulleted list (`**Team Gent**`) head a
    group of that list, as a label with its colon does in print (`Team Gent:`)."""
    out = list(texts)
    for k, text in enumerate(texts):
        m = _BOLD_LINE_RE.match(text)
        below = next((t for t in texts[k + 1 : k + 3] if t.strip()), "")
        if m and len(m["text"].split()) <= 4 and _BULLET_RE.match(below):
            out[k] = f"{m['text'].strip()}:"
    return out


def _pipe_tables(texts: list[str]) -> list[str]:
    """The lines with each markdown table's rows written as a reader reads them, one line
    per row: each attendance or date cell after its heading as a label, a sentence each
    (`AANWEZIGEN: Jan Bos, Els Dam. VERONTSCHULDIGD: n/a`), or, under headings such as
    `Naam | Rol`, the cells one after another (`Jan Bos, voorzitter`); head and rule lines
    left blank."""
    out = list(texts)
    for k in range(1, len(texts)):
        if not (PIPE_RULE_RE.match(texts[k]) and PIPE_ROW_RE.match(texts[k - 1])):
            continue
        heads = pipe_cells(texts[k - 1])
        below = list(
            itertools.takewhile(lambda j: PIPE_ROW_RE.match(texts[j]), range(k + 1, len(texts)))
        )
        marked = presence_lists(heads, [pipe_cells(texts[j]) for j in below])
        if marked:  # `| Student | Aanw. |` over `| Piet Jacobs | x |`: one list per status
            out[k - 1] = out[k] = ""
            for n, j in enumerate(below):  # a list a row, what is left on the last row
                last = n == len(below) - 1
                out[j] = ". ".join(marked[n:]) if last else (marked[n] if n < len(marked) else "")
            continue
        labelled = not all(h.lower() in _rules()["column_headings"] for h in heads)
        # `| Vergaderdatum | 02-11-2021 |` over the rule: no headings but a label column's
        # first row, as markdown wants a head row above its rule
        label_column = (
            len(heads) == 2
            and _attendance_or_date_heading(heads[0])
            and heads[1]
            and not _attendance_or_date_heading(heads[1])  # `| Aanwezig | Afwezig |`: headings
        )
        out[k - 1] = f"{heads[0].rstrip(': ')}: {heads[1]}" if label_column else ""
        out[k] = ""
        j = k + 1
        while j < len(texts) and PIPE_ROW_RE.match(texts[j]):
            cells = pipe_cells(texts[j])
            if (label_column or not any(heads)) and len(cells) == 2:  # `Aanwezig | ...`
                out[j] = f"{cells[0].rstrip(': ')}: {cells[1]}" if all(cells) else ""
                j += 1
                continue
            pairs = [(h, c) for h, c in zip(heads, cells, strict=False) if c]
            if labelled:  # the attendance and the date; an agenda or next date is no list
                pairs = [(h, c) for h, c in pairs if _attendance_or_date_heading(h)]
            out[j] = (
                ". ".join(f"{h.rstrip(':')}: {c.rstrip('.')}" for h, c in pairs)
                if labelled
                else ", ".join(_name_first(pairs))
            )
            j += 1
    return out


def _name_first(pairs: list[tuple[str, str]]) -> list[str]:
    """A row's cells as its person is written, the name parts in columns of their own
    (`Achternaam | Voornaam | Organisatie`: `Bijen | Antoon | Justid`) joined in reading order
    first (`Antoon Bijen`), then the other cells."""
    kinds = _rules()["column_heading_kinds"]
    parts = {kinds.get(h.lower()): c for h, c in pairs}
    name = " ".join(parts[k] for k in ("given_name", "particle", "surname") if parts.get(k))
    name_kinds = {"given_name", "particle", "surname"}
    rest = [c for h, c in pairs if kinds.get(h.lower()) not in name_kinds]
    return [name, *rest] if name else rest


def _attendance_or_date_heading(heading: str) -> bool:
    label = f"{heading.rstrip(': ')}: x"
    return bool(status_label(label) or _rules()["date_label"].match(label))
