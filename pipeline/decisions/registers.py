"""Decision lists and registers without labels: a Besluitenlijst's numbered items or rows,
a page titled as a list of decisions, role lists, action tables, a register of incoming
documents with its handling, and a vote result as an item's decision.
"""

from __future__ import annotations

import html
import re

from pipeline.bodies import body_as_subject
from pipeline.decisions.labels import (
    _adopted_points,
    _agenda_item_number,
    _deciding_sentences,
    _is_field_line,
    _is_register_clause,
)
from pipeline.decisions.lists import (
    _action_table,
    _bullets,
    _lettered_dicta,
    _numbered_rows,
    _paragraphs,
    _with_sub_items,
)
from pipeline.decisions.rules import (
    MAX_HEADING_WORDS,
    ROW_CUE_LABELS,
    Item,
    Lines,
    _cue_labels,
    _rules,
    decision_label,
)
from pipeline.decisions.sentences import _formula_at, _motivation_lines, _uninverted
from pipeline.decisions.text import (
    _bullet_at,
    _collect,
    _ends_statement,
    _filled_above,
    _first_sentence,
    _is_break,
    _is_fragment,
    _is_heading,
    _is_meaningful,
    _join,
    _next_filled,
    _wording,
)
from pipeline.documents import (
    MARKDOWN_HEADING_RE,
    PIPE_ROW_RE,
    announces_decisions,
    title_at_top,
)
from pipeline.nlp import split_sentences


def _register_handling(lines: Lines, taken: set[int]) -> tuple[list[tuple[str, Item]], set[int]]:
    """(kind, item) for each row of a register of documents (three or more rows in a run
    that open with a reference number) whose handling at its end decides: a verdict
    (`... Offerte flyer dorpsraad Henk Akkoord`) a besluit, who acts (`... Aktiepunt Ronic`,
    `... Nico gaat`) an actie; and the register's lines."""
    rules = _rules()
    found: list[tuple[str, Item]] = []
    read: set[int] = set()
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and rules["register_row"].match(lines[run][1]):
            run += 1
        if run - k < 3 or taken & set(range(k, run)):
            k = max(run, k + 1)
            continue
        for n in range(k, run):
            line = lines[n][1]
            kind = (
                "besluit"
                if rules["register_verdict"].search(line)
                else "actie"
                if rules["register_action"].search(line)
                else None
            )
            if kind:
                found.append((kind, Item(lines[n][0], None, line.strip(), range(n, n + 1))))
        read |= set(range(k, run))
        k = run
    return found, read


def _action_tables(lines: Lines, taken: set[int]) -> tuple[list[Item], set[int]]:
    """The rows of every action table no label opened (`_action_table`), and its lines."""
    found: list[Item] = []
    read: set[int] = set()
    k = 0
    while k < len(lines):
        table = None if k in taken else _action_table(lines, k)
        if table is None:
            k += 1
            continue
        items, end = table
        if not taken & set(range(k, end)):  # a label's list read it already
            found += items
            read |= set(range(k, end))
        k = end
    return found, read


def _register_decisions(lines: Lines) -> list[Item]:
    """A Besluitenlijst without labels: every numbered item is a decision."""
    rules = _rules()
    found: list[Item] = []
    written_out = _writes_out_discussion(lines)
    # subjects laid out by their titles, whose points the list numbers (`_titled_paragraph`)
    numbered = any((m := rules["bullet"].match(line)) and m["num"] for _, line in lines if line)
    titles = _paragraph_titles(lines, 0) if numbered else set()
    i = 0
    while i < len(lines):
        line = lines[i][1]
        if (paragraph := _titled_paragraph(lines, i, titles)) is not None:
            found.append(paragraph)
            i = paragraph.used.stop
            continue
        if line and not rules["bullet"].match(line) and rules["numbered_row"].match(line):
            rows, i = _numbered_rows(lines, i)  # a table's rows: one item per numbered row
            found += [row for row in rows if _is_meaningful(row.text)]
            continue
        m = rules["bullet"].match(line) if line else None
        if not m and (points := _lead_in_points(lines, i))[0]:
            found += points[0]
            i = points[1]
            continue
        if m and m["num"]:
            first = i
            text, i = _collect(lines, i + 1, m["text"])
            if _is_heading(text) or (written_out and _titles_paragraphs(lines, i, text)):
                below, i = _under_agenda_item(lines, i, written_out)  # the item's decisions
                found += [Item(it.page_no, m["num"], it.text, it.used) for it in below]
                lettered, i = _lettered_points(lines, i, m["num"])
                found += lettered
            elif (dicta := _lettered_dicta(lines, text, i, m["num"]))[0]:
                found += dicta[0]
                i = dicta[1]
            elif _is_meaningful(text) and not rules["next_meeting"].match(text):
                # an item whose colon introduces bullets (`... de volgende werkwijze toe te
                # passen:` over who replaces whom) is one decision with them
                text, i = _with_sub_items(lines, text, i)
                found.append(Item(lines[first][0], m["num"], text, range(first, i)))
        else:
            i += 1
    return found


def _titled_paragraph(lines: Lines, i: int, titles: set[int]) -> Item | None:
    """The one paragraph a subject's title holds in a list that numbers the points of its
    other subjects (`Verordening Winkeltijden Noordoostpolder 2022` over `De raad voorstellen
    de Verordening ... vast te stellen.`): the subject's decision, unnumbered as it is one.
    None for any other line, and for a title over several paragraphs (its background)."""
    line = lines[i][1]
    above = _filled_above(lines, i) if line else None
    if above is None or above not in titles or above != i - 2 or _rules()["bullet"].match(line):
        return None
    text, j = _collect(lines, i + 1, line)
    below = _next_filled(lines, j)
    # the next subject's title follows (the page's last one has no paragraph to compare)
    if not _ends_statement(text) or not (below is None or not _ends_statement(lines[below][1])):
        return None
    return Item(lines[i][0], None, text, range(i, j))


def _lead_in_points(lines: Lines, i: int) -> tuple[list[Item], int]:
    """The lettered points below an unnumbered lead-in of a decision list (`De raad
    voorstellen:` over `• a. Op de percelen ... om te zetten.`, `• b. ...`): a dictum each,
    as below a numbered item (`_lettered_dicta`)."""
    line = lines[i][1].strip()
    below = _next_filled(lines, i + 1) if line.endswith(":") else None
    return _lettered_dicta(lines, line, below, "") if below is not None else ([], i)


def _lettered_points(lines: Lines, i: int, number: str) -> tuple[list[Item], int]:
    """The lettered points of an agenda item in a decision list (`5. Regio indeling` over
    `a. De vereniging bestaat voortaan uit 7 regios`, `b. ...`), one decision each numbered
    `5.a`, `5.b`; a table or paragraph between two points belongs to the point above it.
    They end at the next numbered item."""
    rules = _rules()
    found: list[Item] = []
    k = i
    while k < len(lines):
        m = rules["bullet"].match(lines[k][1]) if lines[k][1] else None
        if m and m["num"]:
            break
        if m and m["letter"] and (not found or found[-1].used.stop <= k):
            text, j = _collect(lines, k + 1, m["text"])
            if _is_meaningful(text):
                found.append(Item(lines[k][0], f"{number}.{m['letter']}", text, range(k, j)))
            k = j
            continue
        k += 1
    return (found, k) if found else ([], i)


def _titles_paragraphs(lines: Lines, i: int, text: str) -> bool:
    """A numbered item that ends no statement with a paragraph below it after a blank line
    (`03. Vaststelling van de besluitenlijst ...` over `De commissie stelt de besluitenlijst
    ongewijzigd vast.`) is an agenda item's title: a decision list that numbers its
    decisions puts the next number or point below one, not prose."""
    k = _next_filled(lines, i)
    return (
        k is not None
        and k > 0
        and not lines[k - 1][1]
        and not _ends_statement(text)
        and not text.rstrip().endswith((":", ";", ","))
        and not _is_break(lines[k][1])
    )


#: a word that ends a sentence: what a paragraph of prose has, a list of names does not
_SENTENCE_END_RE = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")


def _writes_out_discussion(lines: Lines) -> bool:
    """A decision list that writes an item's discussion out, as minutes do: `minutes_paragraphs`
    or more paragraphs between two numbered items (`Tessa van Wijnen heeft een aantal
    vragen.`, `Wethouder Peter Bot zegt ...`); the header block above the first item does
    not count."""
    rules = _rules()
    paragraphs: int | None = None  # None until the first numbered item
    for k, (_, line) in enumerate(lines):
        m = rules["bullet"].match(line) if line else None
        if m and m["num"]:
            paragraphs = 0
        elif line and paragraphs is not None and (k == 0 or not lines[k - 1][1]):
            end = next((n for n in range(k, len(lines)) if not lines[n][1]), len(lines))
            text = _join([text for _, text in lines[k:end]])
            # a field's value, a list of speakers or a page's furniture is no prose
            paragraphs += len(text.split()) >= rules["min_paragraph_words"] and bool(
                _SENTENCE_END_RE.search(text)
            )
            if paragraphs >= rules["minutes_paragraphs"]:
                return True
    return False


def _under_agenda_item(lines: Lines, i: int, written_out: bool) -> tuple[list[Item], int]:
    """The statements below an agenda item's title in a decision list (`2. Jaarrekening`
    over `- Het bestuur stelt de jaarrekening vast.`): its bullets, or its paragraphs; in a
    list that writes the discussion out (`_writes_out_discussion`) only the paragraphs a
    decision formula opens a sentence of."""
    items, j = _bullets(lines, i)
    if not items:
        items, j = _paragraphs(lines, i, is_list=True)
        if written_out:
            items = [it for it in items if _formula_at(it.text) or _verdict_line(it.text)]
        # a paragraph tells the decision with what follows from it (`De raad heeft ingestemd
        # met ... . De secretaris stelt een plan op.`): its deciding sentences are the item's
        items = [s for it in items for s in (_bodys_own(_deciding_sentences(it)) or [it])]
    return [it for it in items if _is_meaningful(it.text) and _ends_statement(it.text)], j


def _bodys_own(sentences: list[Item]) -> list[Item]:
    """Of an agenda item's deciding sentences, those the body states as its own when it
    states any (`De Raad van Ministers heeft ingestemd met ...`): the others tell how its
    decision is carried out (`De Secretarissen-Generaal ... stellen een plan op ...`, `De
    regeling wordt vastgesteld op basis van artikel 47 ...`); the body also after a
    connective adverb (`Vervolgens besluit het AB dat ...`)."""
    own = [s for s in sentences if _bodys_sentence(s.text)]
    return own or sentences


def _bodys_sentence(text: str) -> bool:
    """The meeting's body is the subject of `text`, also where a connective adverb put it
    after the verb."""
    m = _rules()["inverted_opening"].match(text)
    readings = [text, *(_uninverted(m)[:1] if m else [])]
    return any(_rules()["body_subject"].match(reading) for reading in readings)


def _verdict_line(text: str) -> bool:
    return bool(_rules()["verdict"].match(text.strip()))


def _article_dicta(lines: Lines, raw: list[str], taken: set[int]) -> list[Item]:
    """The articles of a decree's dictum drafted as infinitive clauses, on the article's line
    or the line below it, a portal's table cells closed by a pipe (`Art. 1: | Kennis te
    nemen van het ontslag ... |`, `Art. 2: |` over `Het verslag ... goed te keuren. |`): each
    decides by its article, no label and no body as subject; `raw` holds the lines as the
    text has them (`lines` numbers an article as a list's point). An article that only sends
    a copy (`Een afschrift van deze beslissing over te maken aan ...`) decides nothing new,
    nor does one on a line another step read."""
    cells = [(page_no, _cell_text(text)) for page_no, text in lines]
    restated = _rules()["restated"]
    found: list[Item] = []
    for k, text in enumerate(raw):
        m = _rules()["article_dictum"].match(text.strip())
        if m is None or k in taken:
            continue
        at = k if m["text"] else _next_filled(cells, k + 1)
        if at is None or at in taken or (at > k and _is_break(cells[at][1])):
            continue
        dictum, end = _collect(cells, at + 1, m["text"] or cells[at][1])
        first = _first_sentence(dictum)
        # a formula opens a sentence with its subject (`De raad ... beslist om ... op te
        # heffen.`): the sentence step reads it
        if _is_register_clause(first) and not _formula_at(first) and not restated.search(dictum):
            found.append(Item(lines[k][0], m["num"], dictum, range(k, end)))
    return found


def _cell_text(line: str) -> str:
    """A line without the pipes a portal's table cells leave at its ends (`... goed te
    keuren. |`)."""
    return line.strip().strip("|").strip()


def _register_rows(lines: Lines) -> list[Item]:
    """A Besluitenlijst whose rows carry no numbers: below its title, every row that is no
    heading (a column header, a date) states one decision ("Structureel agenderen: ...")."""
    title = _next_filled(lines, 0)
    found: list[Item] = []
    background = _motivation_lines(lines)  # a point's `aanleiding`: no rows of the list
    # one point's decision page: its title (with its verdict) or its dictum decides, the
    # other sentences of its paragraphs argue (`De wijzigingen in de statuten worden
    # aangebracht bij beslissing van de gemeenteraad ...`, a royal decree cited by its date)
    one_point = bool(background) or _prints_dictum_articles(lines)
    background |= _attendance_lines(lines)
    i = _below_lead_in(lines, (title or 0) + 1)
    titles = _paragraph_titles(lines, i)
    under_title = 0  # rows read below the last subject title
    while title is not None and i < len(lines):
        if not lines[i][1] or _is_break(lines[i][1]) or i in background:
            i += 1
            continue
        if i in titles:  # a subject's title names what its paragraphs decide on
            i, under_title = i + 1, 0
            continue
        first = i
        text, i = _collect(lines, i + 1, lines[i][1])
        under_title += 1
        # below a subject's title its first paragraph states the decision; the next ones
        # give its background unless a decision formula opens them
        if titles and under_title > 1 and not _formula_at(text):
            continue
        cut = next((n for n in range(first + 1, i) if n in background), None)
        if cut is not None:  # a row runs on to the heading of a point's background
            text, i = _join([line for _, line in lines[first:cut]]), cut
        # a row ending in a colon introduces the rows below it (`De volgende afspraken zijn
        # gemaakt:`): they are the decisions
        lead_in = text.endswith(":")
        # the list's own title below a portal's header lines (`Terug`, `Gepubliceerd op`),
        # also as a decision list's title names it with its sitting (`Besluit gemeenteraad
        # di 18/11/2025 - 19:30`)
        own_title = bool(_rules()["register_title"].match(text)) or _titles_a_list(text)
        if (
            _is_meaningful(text)
            and not own_title
            and not (one_point and _ends_statement(text) and not _formula_at(text))
            and not (_is_heading(text) or _is_fragment(text) or lead_in or _states_nothing(text))
            and not _repeats_a_row(text, found)
        ):
            found.append(Item(lines[first][0], None, text, range(first, i)))
    return found


def _prints_dictum_articles(lines: Lines) -> bool:
    """A line of `lines` is a dictum's article heading (`Artikel 2`, `Enig artikel`): the
    page is one point's decision, as a Flemish council's page prints it (legal grounds,
    considerations, then `De gemeenteraad keurt ... goed:` and its articles), no list."""
    numbers = (_rules()["article_number"].match(text.strip()) for _, text in lines)
    return any(m and m.end() == len(m.string) for m in numbers)


def _repeats_a_row(text: str, rows: list[Item]) -> bool:
    """`text` is a row read already, or its start: a portal prints the point's title again
    over its vote (`Stemming op het agendapunt` over `2023_GR_00103 - Goedkeuren van de
    notulen ... - Beslissing`), one decision printed twice; or twice over on one line, as
    its breadcrumb and heading run together (`2023_GR_00172 - Aanvaarding rooilijn - ...
    Goedkeuring 2023_GR_00172 - Aanvaarding rooilijn - ...`)."""
    wording = _wording(text)
    return any(f"{_wording(row.text)} {_wording(row.text)}".startswith(wording) for row in rows)


def _titles_a_list(text: str) -> bool:
    """`text` is the title of a decision list, as the document typer reads a title."""
    titled = title_at_top(text, 1)
    return titled is not None and titled[0] == "decision_list"


def _below_lead_in(lines: Lines, start: int) -> int:
    """Where the rows of a decision list start: at the paragraph whose sentence announces
    the decisions that follow (`Op de ALV zijn de volgende besluiten genomen.`, `Zij nam de
    volgende besluiten.`) when one stands below `start`; the paragraphs above it tell how the
    meeting came about, they decide nothing. `start` without such a sentence."""
    at = next((k for k in range(start, len(lines)) if announces_decisions(lines[k][1])), None)
    if at is None:
        return start
    while at > start and lines[at - 1][1]:
        at -= 1  # the first line of the announcing paragraph
    return at


def _paragraph_titles(lines: Lines, start: int) -> set[int]:
    """The lines from `start` that title the paragraph below them in a decision list written
    as subjects (`Beantwoording vragen over ...` over `Gedeputeerde Staten hebben de vragen
    ... beantwoord.`): a line on its own between blank lines, no sentence in it, over a
    longer paragraph of prose; none unless two or more subjects are laid out so."""
    found: set[int] = set()
    for k in range(start, len(lines) - 2):
        line = lines[k][1]
        if not line or (k > start and lines[k - 1][1]) or lines[k + 1][1]:
            continue
        below = _next_filled(lines, k + 1)
        if (
            below is not None
            and not _SENTENCE_END_RE.search(line)
            and not line.rstrip().endswith(":")
            and _SENTENCE_END_RE.search(lines[below][1])
            and len(lines[below][1].split()) > len(line.split())
        ):
            found.add(k)
    return found if len(found) >= 2 else set()


def _attendance_lines(lines: Lines) -> set[int]:
    """The lines of each attendance list: its label's line (`attendance_regex` of the rule
    file) and the lines right below it up that name people, a comma in each (`Sandra
    Ceuleers, ..., Raadsleden` over `Heidi Abeloos, Algemeen directeur`), up to the first
    blank line."""
    attendance = _rules()["attendance"]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        if not lines[k][1] or not attendance.match(lines[k][1]):
            k += 1
            continue
        found.add(k)
        k += 1
        if not lines[k - 1][1].rstrip().endswith(":"):  # a label alone: its names below a blank
            while k < len(lines) and not lines[k][1].strip():
                k += 1
        while k < len(lines) and lines[k][1]:
            line = lines[k][1].strip()
            # a name with its function looks like a heading (`Kurt Ryon, Burgemeester`); the
            # list ends at a sentence, the next label or a section's heading (`aanleiding`)
            if "," not in line or attendance.match(line) or _ends_statement(line):
                break
            found.add(k)
            k += 1
    return found


#: a row's own words: a sentence has its verb in lower case; an index of who spoke when
#: (`00:05:38 - 00:07:51 - Bert Achten`) has only names and times
_LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")

#: a web page's decision field label glued to the end of the item's introduction
#: (`De agenda bevat de onderwerpen ...  Besluit`): the decision follows on the next row
_FIELD_AT_END_RE = re.compile(r"[.!?]\s+Besluit(?:en)?\s*$")


def _states_nothing(text: str) -> bool:
    """A row of a decision list that states no decision: names and times only, an item's
    introduction that ends with the label of the decision field below it, a point's title
    asked as a question (`Bevoegdheidsverdeling binnen het College en wie neemt welke
    verantwoordelijkheid ...?`: what was discussed, nothing it settles), the list's own
    timestamp (`Datum besluit woensdag 7 juli 2021`), or the page's text about itself or
    where to find a document (`... kunt u hier vinden.`), unless a decision formula opens
    one of its sentences."""
    return (
        not _LOWER_WORD_RE.search(text)
        or bool(_FIELD_AT_END_RE.search(text))
        or text.rstrip().endswith("?")
        or bool(_rules()["decision_timestamp"].match(text.strip()))
        or (bool(_rules()["page_text"].search(text)) and not _formula_at(text))
    )


def _with_outcomes(lines: Lines, items: list[Item]) -> list[Item]:
    """A decision list's items as a council information system's page prints them, an
    item's introduction above its outcome: a bare verdict right below an item decides it
    (`<item>: Vastgesteld`); a vote's label or tally right below one leaves it an
    introduction, no decision (`_vote_results` reads the vote), and a tally (`Stemmende
    leden: 34 Stemverhouding: ...`) is no decision of its own."""
    rules = _rules()
    found: list[Item] = []
    starts = [item.used.start for item in items[1:]] + [len(lines)]
    for item, stop in zip(items, starts[: len(items)], strict=True):
        if rules["vote_tally"].match(lines[item.used.start][1].strip()):
            continue
        below = _next_filled(lines, item.used.stop)
        line = lines[below][1].strip() if below is not None else ""
        if rules["verdict"].match(line):
            text = f"{item.text.rstrip(' .:;')}: {line}"
            found.append(Item(item.page_no, item.number, text, range(item.used.start, below + 1)))
        elif not _voted_below(lines, item.used.stop, stop):
            found.append(item)
    return found


def _voted_below(lines: Lines, start: int, stop: int) -> bool:
    """A vote's label or tally on lines[start:stop], before the next agenda item's number:
    the item's text above it (its paragraphs) introduces what was put to the vote."""
    rules = _rules()
    for _, line in lines[start:stop]:
        if rules["agenda_item_number"].match(line):
            return False
        if rules["vote_label"].match(line.strip()) or rules["vote_tally"].match(line.strip()):
            return True
    return False


def _titled_register(lines: Lines, taken: set[int]) -> tuple[list[Item], set[int]]:
    """Every bullet of a page whose title (one of its first lines) names it a list of
    decisions and their body (`Besluiten Kerkenraad en Moderamen`): one decision each; a
    bullet that ends in a colon (`• Kerkenraad:`) heads the bullets below it. Also the lines
    read."""
    rules = _rules()
    first = [k for k, (_, line) in enumerate(lines) if line][: rules["meeting_record_lines"]]
    if not any(
        rules["register_title"].match(lines[k][1])
        and len(lines[k][1].split()) <= MAX_HEADING_WORDS
        and not _ends_statement(lines[k][1])
        for k in first
    ):
        return [], set()
    if _verdicts_below_bullets(lines):
        return [], set()
    found: list[Item] = []
    k = 0
    while k < len(lines):
        m = rules["bullet"].match(lines[k][1]) if lines[k][1] and k not in taken else None
        if m is None or m["num"] or m["letter"]:
            k += 1
            continue
        text, j = _collect(lines, k + 1, m["text"])
        if _is_meaningful(text) and not text.endswith(":"):
            found.append(Item(lines[k][0], None, text, range(k, j)))
        k = max(j, k + 1)
    return found, {n for item in found for n in item.used}


def _verdicts_below_bullets(lines: Lines) -> bool:
    """A portal's decision list that prints each point as a bullet over its verdict and dictum
    (`• Notulen ... - Goedkeuring` / `Goedgekeurd` / `Het schepencollege keurt ... goed.`):
    its bullets are the points' titles and the groups' headings (`• Politie`), no decisions;
    the verdicts with their dictums are."""
    rules = _rules()
    for k, (_, line) in enumerate(lines):
        if not line or not rules["bullet"].match(line):
            continue
        below = _next_filled(lines, k + 1)
        if below is not None and rules["verdict"].fullmatch(lines[below][1].strip().rstrip(".")):
            return True
    return False


def _role_lists(lines: Lines, taken: set[int]) -> tuple[list[Item], set[int]]:
    """The rows of each list that divides tasks or roles, or appoints several people, below
    its lead (`7. Taakverdeling`, `... kwam de vergadering tot de volgende taakverdeling.`,
    `Bij acclamatie zijn benoemd als leden van het dagelijks bestuur :`): one decision per
    row, a row being a bullet or a short line of its own, blank lines between them allowed;
    and the lines read (leads and rows). A lead without two rows below it (`Agenda en
    taakverdeling` over the next agenda item) lists nothing."""
    rules = _rules()
    found: list[Item] = []
    read: set[int] = set()
    for k, (_, line) in enumerate(lines):
        if k in taken or k in read or not line or not rules["role_list_lead"].search(line):
            continue
        # `volgende` as a word: `in de eerstvolgende vergadering` lists nothing
        lead = _is_heading(line) or line.rstrip().endswith(":")
        if not (lead or re.search(r"\bvolgende\b", line, re.IGNORECASE)):
            continue  # a sentence that only mentions a division (`Gesproken over de rolverdeling`)
        if _is_agenda_item(lines, k):
            continue  # `- Taakverdeling` over `- Varia`: one item of an agenda's list
        rows = _role_rows(lines, k + 1, taken)
        if len(rows) >= 2:
            found += rows
            read |= {k} | {n for row in rows for n in row.used}
    return found, read


#: `**Jaro:**` or `Jaro:` opening a plan's item: whose it is, not what
_OWNER_RE = re.compile(
    r"^\s*(?:\*\*)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}:(?:\*\*)?\s*"
)
_MAX_PLAN_ITEM_WORDS = 30


def _plan_items(raw: list[str], lines: Lines, taken: set[int]) -> list[Item]:
    """The items of each section of a text kept as markdown whose heading asks what each will
    do next (`## Wat plan je volgende week te doen?`): every filled line below it that is no
    heading, image or empty mark (`/`), under each person's sub-heading, up to the next
    heading of the section's level or higher; a bold name before an item (`**Jaro:**`) says
    whose it is and is left out."""
    found: list[Item] = []
    for k, text in enumerate(raw):
        head = MARKDOWN_HEADING_RE.match(text)
        if head is None or not _rules()["plan_heading"].match(lines[k][1]):
            continue
        for i in range(k + 1, len(raw)):
            below = MARKDOWN_HEADING_RE.match(raw[i])
            if below and len(below["level"]) <= len(head["level"]):
                break
            item = _plan_item(lines[i][1])
            if i not in taken and not below and item:
                found.append(Item(lines[i][0], None, item, range(i, i + 1)))
    return found


def _plan_item(line: str) -> str | None:
    m = _rules()["bullet"].match(line)
    text = html.unescape(m["text"] if m else line).strip()
    text = _OWNER_RE.sub("", text, count=1).strip()
    if not re.search(r"[^\W\d_]{2}", text) or text.startswith("![") or text.endswith(":"):
        return None  # `/`, `-`, an image, the label over a note (`Vraag over de QR-code:`)
    return text if len(text.split()) <= _MAX_PLAN_ITEM_WORDS else None


def _is_agenda_item(lines: Lines, k: int) -> bool:
    """lines[k] is one bullet of a list with more bullets right under it, not a lead."""
    bullet = _rules()["bullet"]
    here = bullet.match(lines[k][1])
    below = bullet.match(lines[k + 1][1]) if k + 1 < len(lines) else None
    return bool(here and not here["num"] and below and not below["num"])


def _role_rows(lines: Lines, i: int, taken: set[int]) -> list[Item]:
    """Rows of a role list from lines[i:]: bullets or short lines, no heading, no label, no
    line another step read; the list ends at the first line that is none of these, and a list
    of bullets at the first line without one (`- Owen: DNS server` over the next section's
    heading `Opdracht aanpassen`)."""
    rules = _rules()
    rows: list[Item] = []
    bulleted = False  # the list's first row is a bullet
    while True:
        i, m = _bullet_at(lines, i)
        if i == len(lines):
            break
        page_no, line = lines[i]
        text = (m["text"] if m and not m["num"] else line).strip()
        if (
            i in taken
            or (bulleted and m is None)  # a list of bullets ends at a line without one
            or len(text.split()) > rules["max_role_row_words"]
            or (m is not None and m["num"] is not None)
            or rules["heading"].match(line)
            or decision_label(line)
            or _formula_at(text)
            or PIPE_ROW_RE.match(line)  # a table's row: its columns say what it holds
        ):
            break
        bulleted = bulleted or (not rows and m is not None)
        rows.append(Item(page_no, None, text, range(i, i + 1)))
        i += 1
    return rows


def _vote_results(lines: Lines, decided: set[int]) -> list[Item]:
    """The share in favour below a vote result's label (`Stemuitslag` over `voor 86%`), or on
    its line (`Uitslag stemming: 100% voor ...`), as the decision of an agenda item that
    states no other: no decision field, no decision read from the lines between its number
    and the next item's."""
    found: list[Item] = []
    for share, number, item_lines in _voted_items(lines):
        if decided & set(item_lines) or _holds_a_field(lines, item_lines):
            continue
        text = lines[share][1].strip()
        found.append(Item(lines[share][0], number, text, range(share, share + 1)))
    return found


def _printed_outcomes(lines: Lines, read: set[int]) -> list[Item]:
    """Each item a page of outcomes prints with its vote's outcome beside it, not in a
    sentence (`_printed_outcome`): a listed item with its outcome and its share or count
    (`• 7. Resolutie VNG-inzet kabinetsformatie: aangenomen met 100%`, `- Regionale
    Energiestrategie Rivierenland (20 stemmen voor)`), or a motion named with its outcome,
    also inside a run-on contents line (`... 5 - Motie A (aangenomen) 9 Rapport ...`). The
    text is the item with its outcome, the list's bullet and number left off. None on a
    line another step read."""
    rules = _rules()
    found: list[Item] = []
    for k, (page_no, line) in enumerate(lines):
        if k in read or not line:
            continue
        text, number = _unbulleted(line)
        if text != line.strip() and rules["listed_outcome"].match(text):
            found.append(Item(page_no, number, text, range(k, k + 1)))
            continue
        found += [
            Item(page_no, None, m.group(0).strip(), range(k, k + 1))
            for m in rules["motion_outcome"].finditer(line)
        ]
    return found


def _unbulleted(line: str) -> tuple[str, str | None]:
    """`line` without its bullet and its list number (`• 6a. Bestuursvoorstel ...`:
    `Bestuursvoorstel ...`, `6a`), and that number."""
    text, number = line.strip(), None
    for _ in range(2):  # a bullet before a number (`• 2. ...`)
        m = _rules()["bullet"].match(text)
        if m is None:
            break
        text, number = m["text"].strip(), m["num"] or number
    return text, number


def _unvoted_proposals(
    lines: Lines, labelled: list[tuple[str, bool, Item]]
) -> list[tuple[str, bool, Item]]:
    """`labelled` without the proposals of an agenda item that prints its vote's result and
    no decision field (`Stemuitslag` over `voor 100%`, then `Voorgesteld besluit` over its
    text): the proposal was put to the vote, and the result records it (_vote_results)."""
    voted = {
        k
        for _, _, item_lines in _voted_items(lines)
        if not _holds_a_field(lines, item_lines)
        for k in item_lines
    }
    return [(kind, p, it) for kind, p, it in labelled if not (p and voted & set(it.used))]


def _holds_a_field(lines: Lines, item_lines: range) -> bool:
    """Whether an agenda item's lines hold a decision field (`Besluit`, not a proposal's):
    it states the item's decision, a vote's result printed beside it or not."""
    return any(_is_field_line(text) for _, text in lines[item_lines.start : item_lines.stop])


def _voted_items(lines: Lines) -> list[tuple[int, str | None, range]]:
    """(line of the share in favour, item number, the item's lines) of each agenda item that
    prints a vote's result: from the item's number to the next item's."""
    rules = _rules()
    numbers = [k for k, (_, line) in enumerate(lines) if rules["agenda_item_number"].match(line)]
    # a result on its label's line closes an item of a numbered list (`1. Jaarverslag 2019`
    # over `Uitslag stemming: 100% voor bestuursvoorstel`)
    listed = sorted({*numbers, *(k for k, (_, line) in enumerate(lines) if _number(line))})
    found: list[tuple[int, str | None, range]] = []
    for k in range(len(lines)):
        share = _vote_share(lines, k)
        if share is None:
            continue
        bounds = listed if share == k else numbers
        start = max((n for n in bounds if n < k), default=0)
        stop = min((n for n in bounds if n > k), default=len(lines))
        found.append((share, _item_number(lines[start][1]), range(start, stop)))
    return found


def _item_number(line: str) -> str | None:
    """The number of the agenda item that `line` opens: the item's own after the list's on a
    council page (`2. 0.06.H`: `0.06.H`), or a numbered list's (`1. Jaarverslag`: `1`)."""
    own = _agenda_item_number(line)
    return own if own is not None else _number(line)


def _vote_share(lines: Lines, k: int) -> int | None:
    """The line that holds the share in favour of a vote labelled on line k: the next filled
    line below a label alone (`Stemuitslag` over `voor 86%`), or the label's own line
    (`Uitslag stemming: 62% voor bestuursvoorstel; 34% voor ...`); None for any other line."""
    rules = _rules()
    line = lines[k][1]
    if rules["vote_result"].match(line):
        return k
    share = _next_filled(lines, k + 1) if rules["vote_label"].match(line) else None
    return share if share is not None and rules["vote_share"].match(lines[share][1]) else None


def _number(line: str) -> str | None:
    """The number a numbered list's item opens with (`1. Jaarverslag`), None for any other."""
    m = _rules()["bullet"].match(line) if line else None
    return m["num"] if m and m["num"] else None


def _register(lines: Lines, taken: set[int]) -> list[Item]:
    """A decision list's numbered items beside what its labels opened: those on lines no
    label's list took (its decisions above a list of `Actiepunten`), nor an item's title over
    its own decision label (`2. Voorstel van het lid X tot ... (CWW 2017/15)` over `Besluit:
    ...`): the label's text is that item's decision."""
    beside = labelled_subjects(lines, taken)
    return [
        it
        for it in _register_decisions(lines)
        if not taken & set(it.used)
        and not _titles_decision(lines, it)
        and it.used.start not in beside
    ]


def labelled_subjects(lines: Lines, taken: set[int]) -> set[int]:
    """The lines of a decision list's numbered subjects whose points a `Beslispunten` label
    read (`taken`), each subject from its numbered title to the next (`1. Aanvraag
    Impulsregeling ...` over `Portefeuillehouder`, `Beslispunten` and `Samenvatting`), when
    it numbers two or more: the points hold the subject's decisions, its title, holder and
    summary are none of their own (GS Flevoland's `Samenvatting`: `Gedeputeerde Staten
    besluiten om de Strategische Agenda ...` restates the points). The points' own numbers,
    which the label read, open no subject; a list whose lead-in (`Het college besluit:`)
    opens its points has no such subjects."""
    starts = [
        k
        for k, (_, text) in enumerate(lines)
        if k not in taken and text and (m := _rules()["bullet"].match(text)) and m["num"]
    ]
    if len(starts) < 2:
        return set()
    spans = [range(a, b) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    points = _rules()["points_label"]
    return {
        k
        for span in spans
        if taken & set(span) and any(points.match(lines[j][1].strip()) for j in span)
        for k in span
    } - taken


def _states_outcome(text: str) -> bool:
    """A decision list's row states something decided or to be done: a cue of
    `decision_cues.jsonl` (`vastgesteld`, `Akkoord.`, `stemt in met`, `wordt ... verhard`,
    `Kennisname van ...`), a decision formula opening one of its sentences, a register's
    dictum (`De raad te informeren over ...;`) or the body as the subject of what it does
    (`Gedeputeerde Staten beantwoorden de vragen ...`). A row without any of them is the
    page's other text: an appointment in the diary (`4 juli Slaan 1e paal MFA Nieuwdorp.
    Wethouder Witkam.`), a visit (`X bezoekt de volgende bedrijven: ...`)."""
    return bool(
        _cue_labels(text) & ROW_CUE_LABELS
        or _formula_at(text)
        or any(_is_register_clause(sentence) for sentence in split_sentences(text))
        or body_as_subject(text)
    )


def _titles_decision(lines: Lines, item: Item) -> bool:
    """`item` is an agenda item's title right above a label that states its decision
    (`Besluit: ...`, no proposal): a title has no closing period, unless the label adopts
    the proposal's points below it, which state the decision in full (`Vaststelling
    portefeuilleverdeling ... 2022-2026.` over `Besluit: akkoord conform voorstel`)."""
    below = _next_filled(lines, item.used.stop)
    label = decision_label(lines[below][1]) if below is not None else None
    if not (label and label[0] == "besluit" and not label[1]):
        return False
    return not _ends_statement(item.text) or _adopted_points(lines, below) is not None


def _inline_points(item: Item) -> list[Item]:
    """The numbered points of a decision list's row that writes them out on one line after a
    lead that proposes or decides (`Voorstel aan de raad om: 1. De begroting 2020 vast te
    stellen; 2. In te stemmen met ...`): one item per point, with its number; the row whole
    when its lead asks or reports (`LVR vraagt: 1. ...; 2. ...`) or it has fewer than two."""
    # a page printed on one line may lose the points' dots (`Besloten wordt: 1 In te ...`)
    first = re.search(r":\s*1(?P<mark>[.)]?)\s+(?=[^\W\d_])", item.text)
    if first is None or not _rules()["inline_points_lead"].search(item.text[: first.start() + 1]):
        return [item]
    starts = [first.end()]  # where each point's text opens
    mark = re.escape(first["mark"])
    while m := re.compile(rf";\s*(?:en\s+)?{len(starts) + 1}{mark}\s+").search(
        item.text, starts[-1]
    ):
        starts.append(m.end())
    if len(starts) < 2:
        return [item]
    # the last point ends with its sentence: a page printed on one line goes on after it
    last = starts[-1] + len(_first_sentence(item.text[starts[-1] :]))
    ends = [item.text.rindex(";", 0, start) + 1 for start in starts[1:]] + [last]
    return [
        Item(item.page_no, str(n), item.text[a:b].strip(), item.used)
        for n, (a, b) in enumerate(zip(starts, ends, strict=True), start=1)
    ]
