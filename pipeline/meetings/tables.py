"""Lists laid out as tables, read whole: a two-column table flattened one cell per line
below its label (a name's line, then its organisation's or role's), the rows under a label
followed by its columns' headings (`Aanwezig namens Naam`), their cells parted by a column
gap or where a copy glued them, and a bulleted list of first names."""

from __future__ import annotations

import re
from typing import Any

from pipeline.meetings.items import _AND_RE
from pipeline.meetings.label_lines import _COMMA_RE, _label_line_people
from pipeline.meetings.names import initials, particle_run
from pipeline.meetings.people import (
    _COLUMN_GAP_RE,
    _bare_name,
    _participant_like,
    parse_participant,
    status_label,
)
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import _AGENDA_ITEM_RE, _BULLET_RE

# where a name printed with its initials starts, its initials with or without their periods
# (`M.J. ten Broeke`, `I Kleinrensink`)
_INITIALLED_NAME_RE = re.compile(
    rf"(?:{initials(4)}|[A-Z]\s){particle_run()}[A-Z][a-zà-ÿ]+(?:-[A-Za-z][a-zà-ÿ]+)*"
)


def _cell_pairs(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list[dict], int]:
    """A two-column table flattened one cell per line below its label: its headings (`Naam`
    over `Vertegenwoordiger van`, or a group's heading) and then a name's line and its
    organisation's or role's line in turn, up to a blank line; (people, next i), ([], i) for
    any other list. Names alone are no such table: some second cells must not be names."""
    j = _past_blank(lines, i)
    headings = 0
    while j < len(lines) and headings < 2 and _table_heading(lines[j][1]):
        j, headings = _past_blank(lines, j + 1), headings + 1
    cells, end = [], j
    while end < len(lines) and lines[end][1].strip() and not status_label(lines[end][1]):
        if _AGENDA_ITEM_RE.match(lines[end][1]):
            break
        cells.append(lines[end][1].strip())
        end += 1
    names, seconds = cells[0::2], cells[1::2]
    if len(seconds) < 3 or len(names) != len(seconds) or not all(map(_bare_name, names)):
        return [], i
    if any(_BULLET_RE.match(cell) for cell in cells):
        return [], i  # a bulleted list: each bullet one item, not a table flattened
    if sum(not _bare_name(x) or len(x.split()) > 4 for x in seconds) * 4 < len(seconds):
        return [], i  # a list of names one per line
    people = [
        _cell_person(name, second, status) for name, second in zip(names, seconds, strict=True)
    ]
    return [p for p in people if p], end


def _past_blank(lines: list[tuple[int, str]], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i


def _table_heading(line: str) -> bool:
    """A table's column heading (`Naam`, `Vertegenwoordiger van`) or the heading of the
    group it lists (`Leden ledenraad`): a few words, not a name."""
    text = line.strip(" :")
    if text.lower() in _rules()["column_headings"]:
        return True
    return 0 < len(text.split()) <= 3 and not _bare_name(text) and not _participant_like(text)


def _cell_person(name: str, second: str, status: str) -> dict[str, Any] | None:
    """The person of one row of a flattened two-column table, the second cell read as the
    rest of their line (`Directeur school OBS De Bongerd`, `Kerk (niet in kerngroep)`) up to
    a remark after a semicolon (`Dorpsbelangen; zal notulen maken`)."""
    person = parse_participant(name, status, allow_bare=True)
    second = second.split(";")[0].strip(" .")
    described = parse_participant(f"{name}, {second}", status, allow_bare=True)
    if person and described and described["name"] == person["name"]:
        return described
    return person and {**person, "organisation": person["organisation"] or second}


def _heading_row(line: str) -> tuple[str, list[str]] | None:
    """(status, what each column holds) for a label followed by its table's column headings
    instead of a colon (`Aanwezig namens Naam` -> ('present', ['organisation', 'name'])):
    two columns, one of them the names; the label heading a column of its own beside the
    names (`Aanwezig  Naam`, glued `AanwezigNaam`: the body each row's people sit for) is the
    first; None for any other line."""
    words = _GLUED_CELL_RE.sub(" ", line.strip()).split()
    kinds = _rules()["column_heading_kinds"]
    for k in (1, 2):
        labelled = status_label(" ".join(words[:k]) + ":")
        if labelled is None or labelled[1]:
            continue
        columns, rest = [], words[k:]
        while rest:
            heading = next((n for n in (3, 2, 1) if " ".join(rest[:n]).lower() in kinds), 0)
            if not heading:
                break
            columns.append(kinds[" ".join(rest[:heading]).lower()])
            rest = rest[heading:]
        if columns == ["name"]:
            columns = ["organisation", "name"]
        if not rest and len(columns) == 2 and columns.count("name") == 1:
            return labelled[0], columns
    return None


#: where a copied page glued two cells of a table row (`AanwezigNaam`, `SGPAndre Bos`,
#: `ChristenUnieBert Kok`, `PvdAHans`, `D66Herman`, `BelangR. Wit`): a capital opening a
#: word or an initial inside a word
_GLUED_CELL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z.])|(?<=[A-Z])(?=[A-Z][a-z])")


def _heading_rows(
    lines: list[tuple[int, str]], i: int, status: str, columns: list[str]
) -> tuple[list[dict], int]:
    """The people of a table below its heading row, one row per line up to a blank line or
    the next label, its two cells parted by a column gap or, printed without one
    (`SPM.J. ten Broeke`), where the name opens with its initials; (people, next i)."""
    people: list[dict[str, Any]] = []
    other = next(kind for kind in columns if kind != "name")
    while i < len(lines) and lines[i][1].strip() and not status_label(lines[i][1]):
        cells = _row_cells(lines[i][1].strip(), columns)
        for person in _cell_people(cells["name"], status) if cells else []:
            people.append({**person, other: person[other] or cells[other]})
        i += 1
    return people, i


def _cell_people(cell: str, status: str) -> list[dict[str, Any]]:
    """The people of a table's names cell: one name, or the list of a party's members
    (`Anne Bos, Piet de Vries en Els Dam`)."""
    if _COMMA_RE.search(cell) or ";" in cell or _AND_RE.search(cell):
        return _label_line_people(cell, status)
    person = parse_participant(cell, status, allow_bare=True)
    return [person] if person and person["name"] else []


def _row_cells(row: str, columns: list[str]) -> dict[str, str] | None:
    """{kind: cell} of one table row; None where the row cannot be parted."""
    cells = _COLUMN_GAP_RE.split(row)
    if len(cells) != 2:
        if columns[0] == "name":
            m = _INITIALLED_NAME_RE.match(row)
            cells = [row[: m.end()], row[m.end() :]] if m else []
        elif not (cells := _glued_cells(row)):
            m = next(
                (m for k in range(1, len(row)) if (m := _INITIALLED_NAME_RE.fullmatch(row, k))),
                None,
            )
            cells = [row[: m.start()], row[m.start() :]] if m else []
    cells = [cell.strip() for cell in cells]
    if len(cells) != 2 or not all(cells):
        return None
    return dict(zip(columns, cells, strict=True))


def _glued_cells(row: str) -> list[str]:
    """A row's two cells where the copy glued the names to the cell before them, at the last
    glue of the first glued word (`ChristenUnieBert Tijhof, Jan Kok` -> `ChristenUnie`,
    `Bert Tijhof, Jan Kok`); [] where no word is glued."""
    for word in re.finditer(r"\S+", row):
        cuts = list(_GLUED_CELL_RE.finditer(word.group()))
        if cuts:
            cut = word.start() + cuts[-1].start()
            return [row[:cut], row[cut:]]
    return []


#: a bulleted list item of one first name and perhaps a note (`• Jan`, `- Els (notulen)`)
_BULLETED_FIRST_NAME_RE = re.compile(
    r"^\s*[•·▪*-]\s*(?P<item>[A-Z][a-zà-ÿ]{2,}(?:\s*\([^)]*\))?)\s*$"
)


def _first_name_bullets(lines: list[tuple[int, str]], i: int, status: str) -> tuple[list, int]:
    """A bulleted list of first names below its label (`• Jan`, `• Piet`), up to a blank
    line: the bullets say each is an item, so one word is a name and no OCR debris;
    (people, next i), ([], i) for any other list."""
    j, items = _past_blank(lines, i), []
    while j < len(lines) and (m := _BULLETED_FIRST_NAME_RE.match(lines[j][1])):
        items.append(m["item"])
        j += 1
    people = [parse_participant(item, status, allow_bare=True) for item in items]
    if len(items) < 2 or not all(people):
        return [], i
    return people, j
