"""A decision list laid out as a table that the text flattens one cell per line: its header
cells each on a line of their own (`Nr.` / `Onderwerp` / `Besluit`), then each row as its
number alone on its line, its subject and the paragraphs of its decision cell.
"""

from __future__ import annotations

from pipeline.decisions.registers import _LOWER_WORD_RE
from pipeline.decisions.rules import Item, Lines, _rules
from pipeline.decisions.sentences import _formula_at
from pipeline.decisions.text import _bullet_at, _collect, _is_meaningful, _next_filled


def _flat_table(lines: Lines) -> tuple[set[int], list[tuple[str, Item]]]:
    """(the header's lines, (kind, item) of each decision) of a decision list flattened one
    cell per line (_flat_table of the rule file); (set(), []) for any other text. The
    header's `Besluit` names a column: the caller blanks those lines, so that no step reads
    it as a decision field."""
    header = _header_at(lines)
    if header is None:
        return set(), []
    rules = _rules()
    first = _next_filled(lines, header.stop)
    if first is None or not rules["flat_row_number"].match(lines[first][1].strip()):
        return set(), []  # a header over no numbered row heads no table
    starts = [
        k for k in range(first, len(lines)) if rules["flat_row_number"].match(lines[k][1].strip())
    ]
    found: list[tuple[str, Item]] = []
    for start, stop in zip(starts, [*starts[1:], len(lines)], strict=True):
        subject = _next_filled(lines[:stop], start + 1)
        if subject is not None:  # a row with no subject holds no decision either
            number = lines[start][1].strip().rstrip(".")
            found += [(_kind(it.text), it) for it in _cell(lines[:stop], subject + 1, number)]
    return set(header), found


def _header_at(lines: Lines) -> range | None:
    """The lines of a flattened table's header: its number column's name alone on its line,
    then other columns' names (`Onderwerp`), the decision column's last; None without one."""
    rules = _rules()
    for k, (_, line) in enumerate(lines):
        if not line or not rules["flat_number_head"].match(line.strip()):
            continue
        j = _next_filled(lines, k + 1)
        middle = 0  # the columns named between the number's and the decision's
        while j is not None and rules["flat_column_head"].match(lines[j][1].strip()):
            middle += 1
            j = _next_filled(lines, j + 1)
        if middle and j is not None and rules["flat_decision_head"].match(lines[j][1].strip()):
            return range(k, j + 1)
    return None


def _cell(lines: Lines, i: int, number: str) -> list[Item]:
    """The decisions of a row's decision cell from lines[i] to the end of `lines`: each
    paragraph or numbered point that states something (a word in lower case: a case number
    `Zaaknummer 19913-2023` states nothing), a point with its own number, a paragraph with
    the row's, the points in lower case below a paragraph its objects (`Vast te stellen`
    over `1. de portefeuilleverdeling`)."""
    found: list[Item] = []
    while (k := _next_filled(lines, i)) is not None:
        m = _rules()["bullet"].match(lines[k][1])
        text, i = _collect(lines, k + 1, m["text"] if m else lines[k][1])
        if not (m and m["num"]):
            objects, i = _objects_below(lines, i)
            text = " ".join([text, *objects])
        if _LOWER_WORD_RE.search(text) and (
            _is_meaningful(text, 2) or _rules()["verdict"].match(text.strip())
        ):
            found.append(Item(lines[k][0], m["num"] if m and m["num"] else number, text,
                              range(k, i)))  # fmt: skip
    return found


def _objects_below(lines: Lines, i: int) -> tuple[list[str], int]:
    """The numbered points in lower case from lines[i] (`1. de portefeuilleverdeling`, `2.
    de vervangingsregeling`), each with its number, and the index after them: the objects of
    the dictum above them, no sentences of their own."""
    found: list[str] = []
    while True:
        k, m = _bullet_at(lines, i)
        if m is None or not m["num"] or not m["text"][:1].islower():
            return found, i
        text, i = _collect(lines, k + 1, m["text"])
        found.append(f"{m['num']}. {text}")


def _kind(text: str) -> str:
    """A decision cell's paragraph decides (`besluit`) unless it attaches an agreement
    (`Met de afspraak dat ...`) or a formula of another kind opens it (`Wethouder X zal
    ...`: an actie)."""
    if _rules()["cell_agreement"].match(text):
        return "afspraak"
    opened = _formula_at(text)
    if opened and opened[1] == 0 and not opened[0].proposal:
        return opened[0].kind
    return "besluit"
