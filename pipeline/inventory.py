"""Inventory lists (inventarislijst): one `inventory_items` row per listed document.

An inventory is a table under a header row that names its columns: a number (Nr.,
Volgnummer, Doc.), a date, a title (Documentnaam, Omschrijving), a judgement (Beoordeling)
and grounds (Weigeringsgrond, Artikel Wob); matrix lists tick a judgement column (geheel /
deels / niet) and a column per ground instead. The columns are read from the word boxes of
the header (text layer and OCR alike): a word belongs to the column whose header starts at
or left of it. Rows are anchored on the printed number: cells are top-aligned (the number
on a row's first line) or bottom-aligned (spreadsheet exports: the number on its last
line), which the table itself shows. The header is carried over to the following pages
of the same list until another header replaces it. A list whose header cannot be read
gives no rows and a warning, never rows with shifted columns.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from pipeline.dates import DATE_RE, parse_date
from pipeline.documents import page_of_stamp
from pipeline.grounds import OUT_OF_SCOPE, cited_grounds
from pipeline.woo_decisions import rules as decision_rules

#: column kinds that hold a row's facts; any other header is a column that is read past
FACT_COLUMNS = ("number", "date", "title", "judgement", "grounds")
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
#: horizontal slack (points) between a header's left edge and its column's text
_COLUMN_SLACK = 4.0


@cache
def _rules() -> dict[str, Any]:
    raw = decision_rules()["raw"]

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return {
        "header": {kind: rx(p) for kind, p in raw["inventory_header"].items()},
        "other_header": rx(raw["inventory_other_header"]),
        "matrix": {j: rx(p) for j, p in raw["matrix_judgement_headers"].items()},
        "mark": re.compile(raw["matrix_mark"]),
        "number": rx(raw["row_number"]),
        "judgements": [(r["judgement"], rx(r["regex"])) for r in raw["judgement_rules"]],
        "out_of_scope": rx(raw["judgement_out_of_scope"]),
    }


# ---------------------------------------------------------------------------------------------
# geometry


#: what OCR makes of a table's ruling lines (`|`, `[`, `—`): no word of any cell
_RULE_TOKEN_RE = re.compile(r"[|¦\[\]{}_=—–~]+")


def word_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines, each left to right, lines top to bottom; ruling-line
    tokens left out. A word joins a line it overlaps by half its height (OCR boxes of one
    line differ with capitals and descenders)."""
    lines: list[dict[str, Any]] = []
    # a rule glued to a word by OCR (`7_|`) is cut off it
    words = [{**w, "text": w["text"].strip("|¦[]{}_")} for w in words]
    words = [w for w in words if w["text"] and not _RULE_TOKEN_RE.fullmatch(w["text"])]
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        height = max(word["bottom"] - word["top"], 1.0)
        for line in reversed(lines[-3:]):
            overlap = min(line["bottom"], word["bottom"]) - max(line["top"], word["top"])
            if overlap >= 0.5 * min(height, line["bottom"] - line["top"]):
                line["words"].append(word)
                line["bottom"] = max(line["bottom"], word["bottom"])
                break
        else:
            lines.append({"top": word["top"], "bottom": word["bottom"], "words": [word]})
    return [sorted(line["words"], key=lambda w: w["x0"]) for line in lines]


def _line_text(line: list[dict[str, Any]]) -> str:
    return " ".join(w["text"] for w in line)


def header_cells(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A header line's words grouped into the longest runs that read as one header word
    (`Datum en tijd`, `Naam document`, `Artikel Wob`); a word no header vocabulary knows
    stays a cell of its own, with kind None."""
    cells: list[dict[str, Any]] = []
    i = 0
    while i < len(line):
        for j in range(min(len(line), i + 4), i, -1):
            run = line[i:j]
            close = all(
                b["x0"] - a["x1"] < max(a["bottom"] - a["top"], 1.0)
                for a, b in zip(run, run[1:], strict=False)
            )
            text = " ".join(w["text"] for w in run)
            kind = _cell_kind(text) if close else None
            if kind is not None or j == i + 1:
                cells.append({"text": text, "x0": run[0]["x0"], "x1": run[-1]["x1"], "kind": kind})
                i = j
                break
    return cells


@lru_cache(maxsize=8192)
def _cell_kind(text: str) -> str | None:
    """What a header cell names: a fact column, a matrix column, another column, or None
    when the text is no header word at all."""
    r = _rules()
    clean = re.sub(r"\s+", " ", text.translate(_HYPHENS).strip(" :")).lower()
    for kind, pattern in r["header"].items():
        if pattern.match(clean):
            return kind
    for judgement, pattern in r["matrix"].items():
        if pattern.match(clean):
            return f"matrix:{judgement}"
    grounds = cited_grounds(clean)
    if len(grounds) == 1 and re.fullmatch(r"(art\.?\s*)?[\d.]+\s*[a-z]?", clean):
        return f"ground:{grounds[0]}"
    if r["other_header"].match(clean):
        return "other"
    return None


def find_header(line: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The columns of an inventory header line (cells with kind and left edge), or None
    when the line is no such header: it needs a number column (or, in a list without
    numbers, a title and a date column), a judgement (a column or matrix ticks) or grounds
    column, and nothing but header words."""
    # cheap test first: a header line names a number, judgement or grounds column
    wanted = ("number", "judgement", "grounds", "matrix:")
    if len(line) < 3 or not any((_cell_kind(w["text"]) or "").startswith(wanted) for w in line):
        return None
    cells = header_cells(line)
    if len(cells) < 3:
        return None
    if any(cell["kind"] is None for cell in cells):
        return None
    kinds = {cell["kind"].split(":")[0] for cell in cells}
    if not kinds & {"judgement", "grounds", "matrix"}:
        return None
    if "number" not in kinds and not {"title", "date"} <= kinds:
        return None
    if len(kinds & {"date", "title", "judgement", "grounds", "matrix", "ground"}) < 2:
        return None
    return cells


def _column_of(word: dict[str, Any], columns: list[dict[str, Any]]) -> int:
    """Index of the column a word stands in: the last one whose header starts at or left
    of it; ticks in matrix columns go to the nearest header's middle."""
    index = 0
    for i, column in enumerate(columns):
        if word["x0"] >= column["x0"] - _COLUMN_SLACK:
            index = i
    if _rules()["mark"].match(word["text"]):
        middle = (word["x0"] + word["x1"]) / 2
        nearest = min(
            range(len(columns)),
            key=lambda i: abs((columns[i]["x0"] + columns[i]["x1"]) / 2 - middle),
        )
        if columns[nearest]["kind"].startswith(("matrix:", "ground:")):
            return nearest
    return index


# ---------------------------------------------------------------------------------------------
# cells to facts


def judgement_of(text: str) -> str | None:
    """Contract judgement of a Beoordeling cell, None when it gives none of its own
    ("dubbel", "buiten reikwijdte", "beoordeling door BZ")."""
    for judgement, pattern in _rules()["judgements"]:
        if pattern.search(text):
            return judgement
    return None


def _item_date(date_text: str, title: str):
    """The date column's date; else a `d.d. <date>` opening the title (not one quoted in
    the subject)."""
    for span in (date_text.translate(_HYPHENS), None):
        if span is None:
            m = re.match(r"^[^‘'\"“]*?\bd\.d\.\s*(.+)$", title)
            if not m:
                return None
            span = m[1]
        m = DATE_RE.search(span)
        if m and (m.start() == 0 or not span[m.start() - 1].isdigit()):
            parsed = parse_date(m.group(0))
            if parsed is not None and not parsed.year_inferred:
                return parsed.value
        if date_text.strip():
            return None  # a date column that holds no readable date: not the title's
    return None


def _row_record(cells: dict[str, list[str]], number: str | None, judged: bool) -> dict[str, Any]:
    text = {kind: " ".join(parts).strip() for kind, parts in cells.items()}
    # a list without a judgement column prints "Openbaar" in its grounds column
    judgement_text = text.get("judgement", "") if judged else text.get("grounds", "")
    judgement = judgement_of(judgement_text)
    for key, value in text.items():
        if key.startswith("matrix:") and value:
            judgement = judgement or key.split(":", 1)[1]
    grounds = cited_grounds(text.get("grounds", ""), bare_articles=True)
    grounds += [
        key.split(":", 1)[1] for key, value in text.items() if key.startswith("ground:") and value
    ]
    if judgement is None and _rules()["out_of_scope"].search(judgement_text):
        grounds.append(OUT_OF_SCOPE)
    title = text.get("title", "")
    return {
        "number": number,
        "item_date": _item_date(text.get("date", ""), title),
        "title": title or None,
        "judgement": judgement,
        "grounds": ";".join(dict.fromkeys(grounds)) or None,
        "judgement_raw": judgement_text or None,
        "grounds_raw": text.get("grounds") or None,
    }


# ---------------------------------------------------------------------------------------------
# pages to rows


def _margin_lines(page: dict[str, Any]) -> list[str]:
    """Texts of the lines in a page's top and bottom margins (a tenth of its height)."""
    height = page.get("height") or max((w["bottom"] for w in page.get("words") or []), default=0)
    return [
        _line_text(line)
        for line in word_lines(page.get("words") or [])
        if line[0]["bottom"] < 0.1 * height or line[0]["top"] > 0.9 * height
    ]


def _repeated_lines(pages: list[dict[str, Any]]) -> set[str]:
    """Running headers and footers: margin lines printed on two or more pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update(set(_margin_lines(page)))
    return {text for text, n in seen.items() if n >= 2}


def _number_index(columns: list[dict[str, Any]]) -> int | None:
    return next((i for i, c in enumerate(columns) if c["kind"] == "number"), None)


def _number_of(line: list[dict[str, Any]], columns: list[dict[str, Any]]) -> str | None:
    """The printed number when the line has one, alone, in the number column."""
    number_index = _number_index(columns)
    if number_index is None:
        return None
    tokens = [w["text"] for w in line if _column_of(w, columns) == number_index]
    if len(tokens) != 1:
        return None
    m = _rules()["number"].match(tokens[0].translate(_HYPHENS))
    return m[1] if m else None


def _row_start(line: list[dict[str, Any]], columns: list[dict[str, Any]]) -> bool:
    """A row starts on this line: its number, or in a list without numbers its date."""
    if _number_index(columns) is not None:
        return _number_of(line, columns) is not None
    date_index = next((i for i, c in enumerate(columns) if c["kind"] == "date"), None)
    dated = " ".join(w["text"] for w in line if _column_of(w, columns) == date_index)
    return DATE_RE.search(dated.translate(_HYPHENS)) is not None


def _bottom_aligned(lines: list[tuple], columns: list[dict[str, Any]]) -> bool:
    """Spreadsheet exports print the number on a row's last line. A row's first line
    always carries its judgement (or title); number lines without one show the number
    stands at the bottom of its row."""
    kinds = [c["kind"] for c in columns]
    anchor_kind = "judgement" if "judgement" in kinds else "title"
    anchor_columns = {i for i, kind in enumerate(kinds) if kind == anchor_kind}
    without = total = 0
    for _page, line in lines:
        if _number_of(line, columns) is None:
            continue
        total += 1
        if not any(_column_of(w, columns) in anchor_columns for w in line):
            without += 1
    return without >= 2 and without >= 0.2 * total


def extract_inventory_items(
    document: dict[str, Any],
) -> tuple[list[dict[str, Any]], list[str]]:
    """(rows, warnings) of the inventory tables in one document's pages."""
    pages = document.get("pages") or []
    repeated = _repeated_lines(pages)
    tables: list[tuple[list[dict[str, Any]], list[tuple]]] = []  # (columns, [(page, line)])
    columns: list[dict[str, Any]] | None = None
    for page in pages:
        carried = columns is not None
        page_lines: list[tuple] = []
        for line in word_lines(page.get("words") or []):
            text = _line_text(line)
            header = find_header(line)
            if header is not None:
                if carried and any(_row_start(x, columns) for _page, x in page_lines):
                    tables[-1][1].extend(page_lines)  # rows above a new table's header
                columns = header
                tables.append((columns, page_lines := []))
                carried = False
                continue
            if columns is None or text in repeated or page_of_stamp(text):
                continue
            page_lines.append((page, line))
        if carried and columns is not None:
            # a page under a carried-over header with no row starting on it is no longer
            # the table: its lines must not swell the last row
            if any(_row_start(line, columns) for _page, line in page_lines):
                tables[-1][1].extend(page_lines)
            else:
                columns = None
    if not tables:
        return [], []
    rows: list[dict[str, Any]] = []
    for columns, lines in tables:
        rows += _table_rows(document, columns, lines)
    warnings = []
    facts = [r for r in rows if r["judgement"] or r["grounds"] or r["title"]]
    if rows and len(facts) < 0.5 * len(rows):
        warnings.append(
            f"inventory on pages {document['first_page']}-{document['last_page']}: columns "
            f"could not be told apart ({len(facts)} of {len(rows)} rows readable); no rows"
        )
        return [], warnings
    return rows, warnings


def _table_rows(
    document: dict[str, Any], columns: list[dict[str, Any]], lines: list[tuple]
) -> list[dict[str, Any]]:
    number_index = _number_index(columns)
    judged = any(c["kind"] == "judgement" or c["kind"].startswith("matrix:") for c in columns)
    rows = []
    for number, group in _row_groups(columns, lines):
        cells = _row_cells(group, columns, number_index)
        first_page, first_line = group[0]
        record = _row_record(cells, number, judged)
        rows.append(
            {
                "source_id": document["source_id"],
                "document_id": None,
                "inventory_document_id": document["document_id"],
                "page_no": first_page["page_no"],
                **record,
                "top": min(w["top"] for w in first_line),
                "bottom": max(w["bottom"] for w in group[-1][1]),
            }
        )
    return rows


def _row_groups(
    columns: list[dict[str, Any]], lines: list[tuple]
) -> list[tuple[str | None, list[tuple]]]:
    """The table's lines grouped into rows, each with its printed number (None in a list
    without numbers, where a row starts on the line that prints its date)."""
    bottom = _bottom_aligned(lines, columns)
    groups: list[tuple[str | None, list[tuple]]] = []
    pending: list[tuple] = []
    numbered = _number_index(columns) is not None
    for page, line in lines:
        number = _number_of(line, columns)
        if not numbered:
            if _row_start(line, columns):
                groups.append((None, [(page, line)]))
            elif groups:
                groups[-1][1].append((page, line))
            continue
        if bottom:
            pending.append((page, line))
            if number is not None:
                groups.append((number, pending))
                pending = []
        elif number is not None:
            groups.append((number, [(page, line)]))
        elif groups:
            groups[-1][1].append((page, line))
    return groups


def _row_cells(
    group: list[tuple], columns: list[dict[str, Any]], number_index: int | None
) -> dict[str, list[str]]:
    """A row's words by the kind of column they stand in (the number column left out)."""
    cells: dict[str, list[str]] = {}
    for _page, line in group:
        for word in line:
            index = _column_of(word, columns)
            if index == number_index:
                continue
            kind = columns[index]["kind"]
            if kind == "matrix" or kind.startswith(("matrix:", "ground:")) or kind in FACT_COLUMNS:
                cells.setdefault(kind, []).append(word["text"])
    return cells


def link_released_documents(items: list[dict[str, Any]], documents: list[dict[str, Any]]) -> None:
    """Set each item's `document_id` to the released document of the same source whose
    printed number (`doc_stamp`) is the item's number."""

    def key(number: str | None) -> str:
        return re.sub(r"[\s.\-]+", "", (number or "").lower()).lstrip("0")

    stamped = {
        (d["source_id"], key(d.get("doc_stamp"))): d["document_id"]
        for d in documents
        if d.get("doc_stamp")
    }
    for item in items:
        item["document_id"] = stamped.get((item["source_id"], key(item["number"])))
