"""Decision lists laid out as a text table with an advice column and a result column
(`|Nr|Kern van de zaak|Kern van het advies|Besluit|`): the result `Conform advies.` adopts
the advice, whose first sentence is the decision; a result in words of its own (`Alsnog
toevoegen.`) is the decision itself. A transcript of such a table prints it one cell per
line (`Agendapunt`, `Advies`, `Besluit`, then each row's cells): there a result that adopts
the advice (`Akkoord met voorstel`) makes the cell above it the decision. A news archive's
copy runs each row on as prose below the column names (`Nummer Openbaar Onderwerp Advies
Beslissing GS`): the row's number, its subject's sentence, the advice, the result
(`_running_advice_decisions`).
"""

from __future__ import annotations

import re

from pipeline.decisions.rules import Item, Lines, _rules
from pipeline.decisions.sentences import _formula_at
from pipeline.decisions.text import _first_sentence
from pipeline.documents import PIPE_ROW_RE

#: the header cells of the advice and the result column
_ADVICE_HEAD_RE = re.compile(r"\b(?:advies|voorstel)\b", re.IGNORECASE)
_RESULT_HEAD_RE = re.compile(r"^(?:besluit|beslissing)\w*$", re.IGNORECASE)
#: a result that points elsewhere (`Zie verder afzonderlijke onderwerpen.`) decides nothing
_POINTER_RE = re.compile(r"^zie\b", re.IGNORECASE)
#: the advice column's header as a cell of its own line in a flattened table
_ADVICE_CELL_RE = re.compile(
    r"^(?:kern\s+van\s+het\s+)?(?:advies|voorstel)(?:\s*/\s*advies)?$", re.IGNORECASE
)
#: a flattened row's number cell (`02`, `03 M 01`), or the number glued to the end of the
#: cell before it where the transcript lost the line break (`vaststelling agenda02`)
_NUMBER_CELL_RE = re.compile(
    r"^(?P<own>\d{1,2}(?:\s+[A-Z]\s+\d{1,2})?)$|(?<=[^\W\d_])(?P<glued>\d{2})$"
)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _advice_table_decisions(lines: Lines) -> tuple[list[tuple[str, Item]], set[int]]:
    """(kind, item) of each adopted advice and result of its own in each such table, and
    the lines of the tables."""
    running, read = _running_advice_decisions(lines)
    found, flat_read = _flattened_advice_decisions(lines)
    read |= flat_read
    k = 0
    while k < len(lines):
        line = lines[k][1]
        cells = _cells(line) if line and PIPE_ROW_RE.match(line) else []
        advice = next((n for n, c in enumerate(cells) if _ADVICE_HEAD_RE.search(c)), None)
        result = next((n for n, c in enumerate(cells) if _RESULT_HEAD_RE.match(c)), None)
        if advice is None or result is None or result <= advice:
            k += 1
            continue
        rows = _table_rows(lines, k + 1, len(cells))
        found += _row_decisions(lines, rows, advice, result)
        read |= {k, *rows}
        k = rows[-1] + 1 if rows else k + 1
    return running + [("besluit", item) for item in found], read


def _table_rows(lines: Lines, k: int, width: int) -> list[int]:
    """The lines of the table's body from lines[k]: pipe rows, as wide as its header or a
    row whose cells OCR merged (`|2 |Raad en commissies |`)."""
    rows: list[int] = []
    while k < len(lines) and lines[k][1] and PIPE_ROW_RE.match(lines[k][1]):
        if len(_cells(lines[k][1])) <= width:
            rows.append(k)
        k += 1
    return rows


def _row_decisions(lines: Lines, rows: list[int], advice: int, result: int) -> list[Item]:
    """The decisions of the table's records, a record running from a line whose first cell
    holds a number to the next one."""
    found: list[Item] = []
    records: list[list[int]] = []
    for k in rows:
        first = _cells(lines[k][1])[0]
        if re.fullmatch(r"\d+[a-z]?\.?", first) or not records:
            records.append([])
        records[-1].append(k)
    for record in records:
        found += _record_decisions(lines, record, advice, result)
    return found


def _paragraphs(lines: Lines, record: list[int], column: int) -> list[tuple[int, str]]:
    """(first line, text) of each paragraph of a column in a record, blank cells between."""
    found: list[tuple[int, str]] = []
    start, parts = None, []
    for k in record:
        cells = _cells(lines[k][1])
        cell = cells[column] if column < len(cells) else ""
        if cell:
            start = k if start is None else start
            parts.append(cell)
        elif parts:
            found.append((start, " ".join(parts)))
            start, parts = None, []
    if parts:
        found.append((start, " ".join(parts)))
    return found


def _record_decisions(lines: Lines, record: list[int], advice: int, result: int) -> list[Item]:
    verdict = _rules()["verdict"]
    advised = _paragraphs(lines, record, advice)
    number = _cells(lines[record[0]][1])[0].rstrip(".") or None
    found: list[Item] = []
    for n, (k, text) in enumerate(_paragraphs(lines, record, result)):
        if _POINTER_RE.match(text):
            continue
        if verdict.match(text.rstrip(" .")):
            if n == 0 and advised:  # `Conform advies.`: the advice's first sentence
                at, said = advised[0]
                sentence = re.match(r".*?[.!?](?=\s+[A-Z]|$)", said)  # not `d.d.`
                said = sentence.group(0) if sentence else said
                found.append(Item(lines[at][0], number, said, range(at, at + 1)))
            continue
        found.append(Item(lines[k][0], number, text, range(k, k + 1)))
    return found


def _flattened_advice_decisions(lines: Lines) -> tuple[list[Item], set[int]]:
    """The adopted advice of a table printed one cell per line, below the advice and the
    result header cells on consecutive lines: each result cell that adopts the advice
    (`Akkoord met voorstel`) over the cell above it, numbered by the row's number cell; and
    the lines read. A row without its own result cell is not read: which result covers it
    cannot be told from the transcript."""
    filled = [k for k, (_, text) in enumerate(lines) if text.strip()]
    head = next(
        (
            n
            for n in range(1, len(filled))
            if _ADVICE_CELL_RE.match(lines[filled[n - 1]][1].strip())
            and _RESULT_HEAD_RE.match(lines[filled[n]][1].strip())
        ),
        None,
    )
    if head is None:
        return [], set()
    verdict = _rules()["verdict"]
    found: list[Item] = []
    read: set[int] = set()
    number: str | None = None
    above: int | None = None  # the cell above, when it can hold an advice
    for k in filled[head + 1 :]:
        text = lines[k][1].strip()
        if verdict.match(text.rstrip(" .")):
            if above is not None:
                found.append(
                    Item(lines[above][0], number, lines[above][1].strip(), range(above, above + 1))
                )
                read |= {above, k}
            above = None
            continue
        cell = _NUMBER_CELL_RE.search(text)
        number = (cell["own"] or cell["glued"]) if cell else number
        above = None if cell and cell["own"] else k
    return found, read


#: the column names of a table the text runs on as prose, on one line (`Nummer Openbaar
#: Onderwerp Advies Beslissing GS`, glued to the title where the transcript lost the break):
#: the subject's, the advice's and the result's, in that order
_RUNNING_HEAD_RE = re.compile(
    r"(?-i:Onderwerp)\s+(?-i:Advies|Voorstel)\s+(?-i:Beslissing|Besluit)\w*\b"
)
#: a row's opening cells: its number, dotted or with its portfolio's code (`6.2/RW`,
#: numbered `6.2`), and a public flag (`Ja`) where the table has that column
_RUNNING_ROW_RE = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=/))(?:/[A-Za-z]{1,4})?\s+(?:(?:Ja|Nee)\s+)?(?=\S)"
)
#: the result that closes a row by adopting its advice, after the advice's last stop: a
#: note in brackets (`Conform (met aanpassing).`) qualifies it, words after a semicolon
#: settle what the advice left open (`Conform; gedeputeerden X en Y gaan.`)
_ADOPTED_RE = re.compile(
    r"(?<=[.!?])\s+(?-i:Conform|Akkoord)(?:\s+(?:advies|voorstel))?\s*(?:\([^()]*\))?"
    r"\s*(?:;\s*(?P<more>[^;]+?))?\s*\.?\s*$"
)
#: the numbered steps an advice lists (`1. Kennisnemen van ... 2. Instemmen met ...`)
_STEP_RE = re.compile(r"(?:^|(?<=\s))(?P<num>\d{1,2})\.\s+(?=[A-Z])")


def _running_advice_decisions(lines: Lines) -> tuple[list[tuple[str, Item]], set[int]]:
    """(kind, item) of the adopted advice of each row of a table run on as prose below its
    column names (`_RUNNING_HEAD_RE`), and the lines of its rows: a row opens with its
    number (`6.2/RW Ja`), its subject is its first sentence, the advice the text from there
    to the result that adopts it (`Conform.`): a decision, one per numbered step it lists;
    what the result adds after a semicolon is one more, a task unless a formula says other.
    A row whose result does not adopt the advice is not read: where its advice ends cannot
    be told."""
    head = next((k for k, (_, text) in enumerate(lines) if _RUNNING_HEAD_RE.search(text)), None)
    if head is None:
        return [], set()
    starts = [k for k in range(head + 1, len(lines)) if _RUNNING_ROW_RE.match(lines[k][1])]
    if not starts:
        return [], set()
    found: list[tuple[str, Item]] = []
    for start, stop in zip(starts, [*starts[1:], len(lines)], strict=True):
        found += _running_row(lines, range(start, stop))
    return found, set(range(head, len(lines)))


def _running_row(lines: Lines, row: range) -> list[tuple[str, Item]]:
    text, at = _run_on(lines, row)
    opening = _RUNNING_ROW_RE.match(text)
    adopted = _ADOPTED_RE.search(text)
    if opening is None or adopted is None:
        return []
    subject = opening.end() + len(_first_sentence(text[opening.end() : adopted.start()]))
    advice = text[subject : adopted.start()]
    skipped = len(advice) - len(advice.lstrip())
    steps = list(_STEP_RE.finditer(advice)) if _STEP_RE.match(advice.lstrip()) else []
    ends = [m.start() for m in steps[1:]] + [len(advice)]
    spans = [(m["num"], m.end(), end) for m, end in zip(steps, ends, strict=False)]
    spans = spans or [(opening["num"], skipped, len(advice))]
    found = [("besluit", _span_item(lines, at, num, text, subject + a, subject + b))
             for num, a, b in spans if advice[a:b].strip()]  # fmt: skip
    if found and adopted["more"]:
        more = adopted["more"].strip()
        opened = _formula_at(more)
        kind = opened[0].kind if opened and opened[1] == 0 and not opened[0].proposal else "actie"
        a = adopted.start("more")
        found.append((kind, _span_item(lines, at, opening["num"], text, a, len(text.rstrip()))))
    return found


def _run_on(lines: Lines, row: range) -> tuple[str, list[tuple[int, int]]]:
    """The row's lines as one text, a word hyphenated over a break mended (`aan-` over
    `geven`), and (offset, line index) where each line's text starts in it."""
    text, at = "", []
    for k in row:
        part = lines[k][1].strip()
        if not part:
            continue
        if re.search(r"[^\W\d_]-$", text) and part[:1].islower():
            text = text[:-1]
        elif text:
            text += " "
        at.append((len(text), k))
        text += part
    return text, at


def _span_item(
    lines: Lines, at: list[tuple[int, int]], number: str, text: str, a: int, b: int
) -> Item:
    """The item of text[a:b], on the lines that hold it."""
    first = max(k for offset, k in at if offset <= a)
    last = max(k for offset, k in at if offset < b)
    return Item(lines[first][0], number, text[a:b].strip(), range(first, last + 1))
