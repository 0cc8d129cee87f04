"""Lists below a label: bullets, numbered items, lettered points, a column of numbers OCR
printed apart from its texts, a list displaced by OCR, paragraphs, and the tables flattened
to text that a label heads (numbered rows, action tables).
"""

from __future__ import annotations

import re

from pipeline.decisions.rules import Item, Lines, _rules, decision_label
from pipeline.decisions.text import (
    _bullet_at,
    _collect,
    _ends_statement,
    _first_word,
    _glyph,
    _is_break,
    _is_field,
    _is_fragment,
    _is_heading,
    _is_meaningful,
    _join,
    _next_filled,
    _starts_paragraph,
    _wraps,
)
from pipeline.documents import PIPE_ROW_RE, PIPE_RULE_RE, pipe_cells


def _with_sub_items(lines: Lines, text: str, i: int) -> tuple[str, int]:
    """An item that ends with a colon introduces its own bullets ("Gesprek bestuur SVMN:"
    above "• Datalek, vervolg"), joined with "; ", or its lettered points ("... te machtigen
    tot:" above "a. Het aangaan van ...", "b. ..."), kept with their letters: they belong to
    its text."""
    if not text.endswith(":"):
        return text, i
    subs, j = _bullets(lines, i)
    if subs:  # a bullet's own semicolon (`• ... de Vries;`) is the joint already
        return text + " " + "; ".join(s.text.rstrip(" ;") for s in subs), j
    lettered, j = _lettered(lines, i)
    points = [f"{point.number}. {point.text}" for point in lettered]
    return (" ".join([text, *points]), j) if lettered else (text, i)


def _lettered(lines: Lines, i: int, number: str = "") -> tuple[list[Item], int]:
    """Consecutive lettered points from lines[i:] (`a. ...`, `b. ...`), each numbered by its
    letter after the `number` of the item they belong to."""
    bullet = _rules()["bullet"]
    found: list[Item] = []
    while i < len(lines) and lines[i][1]:
        m = bullet.match(lines[i][1])
        if m and m["bullet"]:
            m = bullet.match(m["text"])  # a web page's list item lettered in its text (`• a. ...`)
        if not m or not m["letter"]:
            break
        text, j = _collect(lines, i + 1, m["text"])
        found.append(Item(lines[i][0], f"{number}{m['letter']}", text, range(i, j)))
        i = j
    return found, i


#: a lead-in that ends with a preposition (`... het DB te machtigen tot:`) takes the points
#: below it as its object (`a. Het aangaan van een geldlening ...`): one decision with them
_OBJECT_LEAD_RE = re.compile(r"\b(?:tot|met|van|aan|voor|over|op|in|om|naar|bij)\s*:\s*$", re.I)


def _lettered_dicta(lines: Lines, text: str, i: int, number: str) -> tuple[list[Item], int]:
    """The lettered points below a numbered item whose lead-in ends with its verb (`2. het
    resultaat ... als volgt te bestemmen:` over `a. € 972.000 toevoegen aan ...;`, `b. ...`):
    each point is a dictum of its own, one item each (`2a`, `2b`), and the lead-in only
    introduces them. None when the lead-in ends with a preposition: its object."""
    if not text.endswith(":") or _OBJECT_LEAD_RE.search(text):
        return [], i
    return _lettered(lines, i, number)


#: a lead-in in which a body puts the points below it to another (`... en stelt het
#: algemeen bestuur voor:`)
_PROPOSING_LEAD_RE = re.compile(r"\bstel(?:t|len)\b[^.:;!?]{0,60}?\bvoor\s*:\s*$", re.I)
#: a decision list's lead-in as a bare infinitive (`De raad voorstellen:`)
_PROPOSING_DICTUM_RE = re.compile(r"\bvoor(?:stellen|\s+te\s+stellen)\s*:\s*$", re.I)


def under_proposing_lead(lines: Lines, item: Item, register: bool = False) -> bool:
    """`item` is a point below a lead-in that proposes (`... stelt het algemeen bestuur
    voor:`), the points above it between them: it is put to that body, not taken. In a
    decision list's `register` also below the infinitive (`De raad voorstellen:`); in a
    decision field that infinitive is the college's own dictum (`I. De raad voor te
    stellen:` over `1. De conceptbegroting ... goed te keuren.`), decided."""
    if not item.number:
        return False
    k = item.used.start - 1
    while k >= 0 and (not lines[k][1] or _rules()["bullet"].match(lines[k][1])):
        k -= 1
    lead = lines[k][1] if k >= 0 else ""
    return bool(_PROPOSING_LEAD_RE.search(lead) or (register and _PROPOSING_DICTUM_RE.search(lead)))


def _bullets(lines: Lines, i: int) -> tuple[list[Item], int]:
    """Consecutive unnumbered bullets from lines[i:] (blank lines between them allowed)."""
    found: list[Item] = []
    while True:
        i, m = _bullet_at(lines, i)
        if i == len(lines):
            break
        if not m or m["num"] or m["letter"]:
            break
        text, j = _collect(lines, i + 1, m["text"])
        found.append(Item(lines[i][0], None, text, range(i, j)))
        i = j
    return found, i


def _items(lines: Lines, i: int, decided: bool = False) -> tuple[list[Item], int]:
    """Bullet / numbered items from lines[i:], and the index after them; `decided`: the
    list's lead says its points were decided or agreed, so a numbered point as short as a
    title is one of them (`1. November 2023: Voorbereidende BES Eilandraadvergadering, Sint
    Eustatius` below `Deze afspraken omvatten onder andere:`), no agenda item."""
    items: list[Item] = []
    glyph: str | None = None
    while True:
        i, m = _bullet_at(lines, i)
        if i == len(lines):
            break
        page_no, line = lines[i]
        if not m:
            if items and (resumed := _resumes_after_break(lines, i, items[-1], glyph)) is not None:
                i = resumed  # OCR put other text inside the list: it goes on below it
                continue
            break
        text, j = _collect(lines, i + 1, m["text"])
        if m["num"] and _next_heading(f"{m['num']}. {text}", m["num"], items):
            break  # read whole: a wrapped item's first line is no heading
        if m["num"] and _is_heading(text) and not decided:
            break  # `1. Gesprek IGJ (...)`: the minutes' next agenda item, not a decision
        glyph = glyph or _glyph(m)
        if m["num"] and (dicta := _lettered_dicta(lines, text, j, m["num"]))[0]:
            items += dicta[0]
            i = dicta[1]
            continue
        if m["num"]:
            text, j = _with_sub_items(lines, text, j)
        items.append(Item(page_no, m["num"], text, range(i, j)))
        i = j
    return items, i


def _resumes_after_break(lines: Lines, i: int, previous: Item, glyph: str | None) -> int | None:
    """Index of the next item when the paragraphs from lines[i] are text OCR put inside the
    list and the list resumes below them, within `max_resume_lines`, with the same kind of
    item: the next number after numbers, the same bullet glyph after bullets. None when the
    list has ended (a label, heading or other bullet comes first)."""
    rules = _rules()
    k = i
    while k < len(lines) and k - i <= rules["max_resume_lines"]:
        line = lines[k][1]
        if not line:
            k += 1
            continue
        if _wraps(lines, k):
            k += 1
            continue
        m = rules["bullet"].match(line)
        if m:
            if previous.number is None:
                # any bullet within a wrapped paragraph's reach, the same glyph beyond it
                near = k - i <= rules["max_item_lines"]
                same = m["num"] is None and m["letter"] is None and (near or _glyph(m) == glyph)
                return k if same else None
            following = (m["num"] or "").isdigit() and previous.number.isdigit()
            return k if following and int(m["num"]) == int(previous.number) + 1 else None
        if _is_break(line) or _starts_section(lines, k):
            return None
        k += 1
    return None


def _starts_section(lines: Lines, k: int) -> bool:
    """lines[k] is a heading on a line of its own (a short line, no sentence, after a
    finished one): what follows is a new section, not more of a list."""
    line = lines[k][1]
    return (
        len(line.split()) >= 2 and line[:1].isupper() and not _wraps(lines, k) and _is_heading(line)
    )


def _next_heading(line: str, number: str, items: list[Item]) -> bool:
    """A numbered line after list items that is the minutes' next agenda heading
    (`3. Rondvraag en sluiting` below the bullets of `Gemaakte afspraken:`), not an item.

    It is one when the items so far were bullets, when its number does not continue theirs,
    or when it reads as a heading (short, no closing period) after items that were sentences.
    """
    if not items:
        return False
    previous = items[-1].number
    if previous is None:
        return True  # bullets, then a number: the list has ended
    if previous.isdigit() and number.isdigit() and int(number) != int(previous) + 1:
        return True
    heading_like = bool(_rules()["heading"].match(line))
    return heading_like and all(_ends_statement(item.text) for item in items)


def _number_column(lines: Lines, i: int) -> tuple[list[Item], int]:
    """A list whose numbers stand on lines of their own: OCR printed them as a column (`1.`
    `2.`, a neighbouring column's sentence tails between them, then the texts in order), or a
    web page sets each number over its paragraph (`• 1.` over its text, `• 2.` over the
    next). One item per number, each the next paragraph that starts a sentence."""
    items: list[Item] = []
    while True:
        numbers, i = _numbers_alone(lines, i, items[-1].number if items else None)
        if not numbers:
            return items, i
        while numbers and i < len(lines):
            page_no, line = lines[i]
            if not line or _is_fragment(line):
                i += 1
                continue
            if _is_break(line):
                return items, i
            text, j = _with_sub_items(lines, *_collect(lines, i + 1, line))
            if _is_meaningful(text):
                items.append(Item(page_no, numbers.pop(0), text, range(i, j)))
            i = j
        if numbers:
            return items, i


def _numbers_alone(lines: Lines, i: int, previous: str | None) -> tuple[list[str], int]:
    """The list numbers on lines of their own from lines[i] on (a neighbouring column's
    sentence tails between them) and where they end; none when the first does not continue
    the list's `previous` number."""
    rules = _rules()
    numbers: list[str] = []
    start = i
    while i < len(lines):
        line = lines[i][1]
        m = rules["empty_number"].match(line) if line else None
        if m:
            numbers.append(m["num"])
        elif line and not (numbers and _is_fragment(line)):
            break
        i += 1
    if numbers and previous is not None and int(numbers[0]) != int(previous) + 1:
        return [], start
    return numbers, i


def _paragraphs(lines: Lines, i: int, is_list: bool) -> tuple[list[Item], int]:
    """The paragraph below a label (under a plural label every paragraph up to the next
    blank line, label or heading) as items; a paragraph that ends with a colon introduces
    the list below it ("Instemmen met de voorgestelde vervolgstappen:")."""
    items: list[Item] = []
    n_items = 0  # paragraphs read, OCR debris not counted
    for _ in range(_rules()["max_list_items"]):
        k = i
        while k < len(lines) and not lines[k][1]:
            k += 1
        if k >= len(lines) or _is_break(lines[k][1]) or (n_items and k > i):
            break
        if PIPE_ROW_RE.match(lines[k][1]):
            break  # a markdown table is no paragraph: its rows are read as a table or not at all
        text, j = _collect(lines, k + 1, lines[k][1])
        if not _is_meaningful(text) and not text.endswith(":"):
            i = j  # a stray glyph or a redaction's remnant between the label and its text
            continue
        # a decree's dictum in lower case (`vast te stellen het ...`) is no sentence's cut tail
        dictum = not n_items and bool(_rules()["decree_dictum"].match(text))
        if text.endswith(":") and not n_items:
            listed, after = _list_below(lines, j)
            if listed or not dictum:
                return listed, after
            text = text.rstrip(": ")  # it introduces the regulation's articles, no list
        if n_items and not _ends_statement(text):
            break  # unbulleted items are whole sentences; this is the next paragraph
        while j - 1 > k and not lines[j - 1][1]:
            j -= 1  # the blank lines after the paragraph end the list below
        if not (_is_field(text) or _is_heading(text) or (_is_fragment(text) and not dictum)):
            items.append(Item(lines[k][0], None, text, range(k, j)))
        i = j
        n_items += 1
        if not is_list:
            break
    return items, i


#: an action list of tasks over their owners' lines holds at least this many of them
MIN_OWNED_TASKS = 2


def _tasks_over_owners(lines: Lines, i: int) -> tuple[list[Item], int]:
    """Tasks each on a line of their own with who carries them out on the line below it,
    names only (`Offerte aanvragen` over `Jan`, `Zaal reserveren` over `Petra en Kees`),
    blank lines between the pairs or not: one item per task, `<task> (<owners>)`; none when
    fewer than MIN_OWNED_TASKS pairs open the list."""
    owner = _rules()["owner_line"]
    items: list[Item] = []
    k = _next_filled(lines, i)
    while k is not None and k + 1 < len(lines):
        task, who = lines[k][1].strip(), lines[k + 1][1].strip()
        if not who or not owner.match(who) or owner.match(task) or _is_break(task):
            break
        if decision_label(task) or task.endswith(":") or not _is_meaningful(task, min_words=2):
            break
        items.append(Item(lines[k][0], None, f"{task} ({who})", range(k, k + 2)))
        i = k + 2
        k = _next_filled(lines, i)
    return (items, i) if len(items) >= MIN_OWNED_TASKS else ([], i)


def _list_below(lines: Lines, i: int) -> tuple[list[Item], int]:
    """Bullet or numbered items below a label, or a column of numbers with their texts."""
    displaced = _displaced_items(lines, i)
    if displaced is not None:
        return displaced
    header = _next_filled(lines, i)
    if header is not None and _rules()["column_header"].match(lines[header][1]):
        return _numbered_rows(lines, header + 1)
    if header is not None and (table := _action_table(lines, header)) is not None:
        return table
    if header is not None and _rules()["empty_number"].match(lines[header][1]):
        return _number_column(lines, i)  # `• 1.` over its text: no bullet item `1.`
    items, j = _items(lines, i)
    if items:
        return items, j
    return _number_column(lines, i)


#: who carries out an action table's row, at its end: initials (`BS`, `SvE`), or up to two
#: names (`Finn`, `Leo Luc`, `Allen`) after the description
_OWNER_RE = re.compile(r"(?:\s(?:[A-Z]{1,3}|[A-Z][a-z][A-Z])){1,2}$|(?:\s[A-Z][a-z]+){1,2}$")


def _action_table(lines: Lines, i: int) -> tuple[list[Item], int] | None:
    """The rows of an action table whose header row is lines[i] (`Punt Omschrijving Actie`),
    one item per row that names who carries it out, and the index after the table; None when
    lines[i] is no such header. A row starts with its number or date; lines that start with
    neither are its wrapped cells (the owner's initials may stand on a line of their own)."""
    rules = _rules()
    header = lines[i][1]
    if PIPE_ROW_RE.match(header):
        return _pipe_action_table(lines, i)
    if not (
        rules["action_table_header"].match(header)
        and rules["action_table_owner_column"].search(header)
    ):
        return None
    rows: list[tuple[int, list[str], int]] = []  # (first line, cells, line after it)
    k, blank = i + 1, False
    while k < len(lines):
        line = lines[k][1]
        m = rules["action_row"].match(line) if line else None
        if not line:
            blank = True
        elif decision_label(line) or not (m or rows) or (blank and len(line.split()) > 3):
            break  # after a blank line only a new row or a stray owner cell goes on
        elif m:
            rows.append((k, [m["text"]], k + 1))
            blank = False
        else:
            first, cells, _ = rows[-1]
            rows[-1] = (first, [*cells, line], k + 1)
            blank = False
        k += 1
    if not rows:
        return None
    items = []
    for first, cells, stop in rows:
        text = rules["action_row_deadline"].sub("", _join(cells)).strip()
        if _OWNER_RE.search(text):
            items.append(Item(lines[first][0], None, text, range(first, stop)))
    return items, rows[-1][2]


def _pipe_action_table(lines: Lines, i: int) -> tuple[list[Item], int] | None:
    """A markdown action table (`| Wat | Wie | Deadline |` over its rule `|----|----|` or
    right over its rows): one item per row whose owner's cell is filled, its text the task's
    cell, its number that of a number column (`| Nr |`: `324/01`); None when lines[i] heads
    no table with a task and an owner column."""
    rules = _rules()
    if i + 1 >= len(lines) or not PIPE_ROW_RE.match(lines[i + 1][1]):
        return None
    heads = pipe_cells(lines[i][1])
    task = next((n for n, h in enumerate(heads) if rules["pipe_task_column"].match(h)), None)
    owner = next(
        (n for n, h in enumerate(heads) if n != task and rules["pipe_owner_column"].match(h)),
        None,
    )
    if task is None or owner is None:
        return None
    number = next((n for n, h in enumerate(heads) if rules["pipe_number_column"].match(h)), None)
    items: list[Item] = []
    # a web page's text may keep a table's pipes but not its rule row (`| Dienst | Taak |`
    # right over `| Districtssecretaris | De notulen ... te bezorgen ... |`)
    k = i + 2 if PIPE_RULE_RE.match(lines[i + 1][1]) else i + 1
    while k < len(lines) and PIPE_ROW_RE.match(lines[k][1]):
        cells = pipe_cells(lines[k][1])
        if len(cells) > max(task, owner) and cells[task] and cells[owner]:
            num = (cells[number] or None) if number is not None and number < len(cells) else None
            items.append(Item(lines[k][0], num, " ".join(cells[task].split()), range(k, k + 1)))
        k += 1
    return items, k


def _numbered_rows(lines: Lines, i: int) -> tuple[list[Item], int]:
    """The rows of a table below its column header, one item per numbered row (`1 Brief
    aan de raad opstellen 5.1.2.e 1 juli 2022`); a row's wrapped cells run on below it."""
    numbered_row = _rules()["numbered_row"]
    items: list[Item] = []
    while i < len(lines) and lines[i][1]:
        m = numbered_row.match(lines[i][1])
        if m:
            items.append(Item(lines[i][0], m["num"], m["text"], range(i, i + 1)))
        elif items and not decision_label(lines[i][1]):
            last = items[-1]
            items[-1] = Item(last.page_no, last.number, f"{last.text} {lines[i][1]}",
                             range(last.used.start, i + 1))  # fmt: skip
        else:
            break
        i += 1
    return items, i


def _displaced_items(lines: Lines, i: int) -> tuple[list[Item], int] | None:
    """A numbered list whose texts OCR moved away from its numbers (a label column beside a
    text column): the list's first number stands alone below its label (`1.`, read `I.`),
    other text follows, and the list goes on with `2. Een actie ...` within
    `max_displaced_lines`. Items 2 and on are those numbered lines; item 1 is the paragraph
    in that stretch that opens the way item 2 does (the items of one list are parallel:
    `Een vervolggesprek ...`, `Een actie ...`). None when the list is not built that way."""
    rules = _rules()
    k = _next_filled(lines, i)
    if k is None or not rules["dangling_number"].match(lines[k][1]):
        return None
    end = k + 1
    while end < min(len(lines), k + rules["max_displaced_lines"]):
        if lines[end][1] and decision_label(lines[end][1]):
            break  # the next label opens its own list
        end += 1
    later = _following_numbers(lines, k + 1, end)
    if not later:
        return None
    taken = {n for item in later for n in item.used}
    first = _parallel_paragraph(lines, range(k + 1, end), _first_word(later[0].text), taken)
    items = ([first] if first else []) + later
    return items, max(item.used.stop for item in items)


def _following_numbers(lines: Lines, lo: int, hi: int) -> list[Item]:
    """Items `2.`, `3.`, ... in lines[lo:hi], each starting a paragraph, in order."""
    found: list[Item] = []
    k = lo
    while k < hi:
        m = _rules()["bullet"].match(lines[k][1]) if lines[k][1] else None
        if m and m["num"] == str(len(found) + 2) and _starts_paragraph(lines, k):
            text, j = _collect(lines, k + 1, m["text"])
            if _is_meaningful(text) and not _is_heading(text):
                found.append(Item(lines[k][0], m["num"], text, range(k, j)))
                k = j
                continue
        k += 1
    return found


def _parallel_paragraph(lines: Lines, where: range, word: str, taken: set[int]) -> Item | None:
    """Item 1 of a displaced list: the first paragraph in `where` that starts with `word`."""
    for k in where:
        line = lines[k][1]
        if k in taken or not line or not _starts_paragraph(lines, k):
            continue
        if word and _first_word(line) == word:
            text, j = _collect(lines, k + 1, line)
            if _is_meaningful(text) and not taken.intersection(range(k, j)):
                return Item(lines[k][0], "1", text, range(k, j))
    return None
