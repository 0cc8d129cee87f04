"""Decision lists laid out as a text table with an advice column and a result column
(`|Nr|Kern van de zaak|Kern van het advies|Besluit|`): the result `Conform advies.` adopts
the advice, whose first sentence is the decision; a result in words of its own (`Alsnog
toevoegen.`) is the decision itself. A transcript of such a table prints it one cell per
line (`Agendapunt`, `Advies`, `Besluit`, then each row's cells): there a result that adopts
the advice (`Akkoord met voorstel`) makes the cell above it the decision.
"""

from __future__ import annotations

import re

from pipeline.decisions.rules import Item, Lines, _rules
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


def _advice_table_decisions(lines: Lines) -> tuple[list[Item], set[int]]:
    """One decision per adopted advice and per result of its own in each such table, and
    the lines of the tables."""
    found, read = _flattened_advice_decisions(lines)
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
    return found, read


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
