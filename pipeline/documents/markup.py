"""A text kept as markdown or HTML as a reader sees it printed (`without_markdown`): its front
matter, headings, links and shortcodes, a web page's source, HTML tables as markdown's pipe
rows; the cells of a pipe row and the presence lists a table of presence marks makes.
"""

from __future__ import annotations

import html
import itertools
import re

from pipeline.dates import DATE_RE, day_first
from pipeline.documents.rules import _meeting_rules

#: a markdown link (`[Robbe Devos](https://github.com/...)`): its text is what a reader sees
_MARKDOWN_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\(\s*[^)\s]*\s*\)")
#: a site generator's shortcode (Hugo: `{{< chapter/section title="Aanwezigen" >}}`): a reader
#: sees its title as a heading, and nothing of a closing or untitled one
_SHORTCODE_RE = re.compile(
    r'\{\{[<%]\s*/?[\w/.-]+(?:[^}\n]*?\btitle="(?P<title>[^"\n]*)")?[^}\n]*[>%]\}\}'
)
#: a markdown heading (`## 3. Financiën`); `level` its marks
MARKDOWN_HEADING_RE = re.compile(r"^\s{0,3}(?P<level>#{1,6})\s+\S")
#: a markdown heading, bold span (`**Aanwezig:**`), link or shortcode
_MARKDOWN_LINE_RE = re.compile(
    MARKDOWN_HEADING_RE.pattern
    + r"|\*\*[^*\n]+\*\*|__[^_\n]+__|"
    + _MARKDOWN_LINK_RE.pattern
    + "|"
    + _SHORTCODE_RE.pattern
)
#: markdown's heading, quote and emphasis marks around a line's words; an emphasis may close
#: after the punctuation it holds (`_Actiepunt:_`, `_Akkoord standaard niet aan te passen._`)
_MARKDOWN_MARKS_RE = re.compile(
    r"^\s{0,3}(?:#{1,6}|>)\s+|\*\*|__|(?<!\w)[*_](?=\w)|(?<=[\w.:;!?)])[*_](?!\w)"
)


#: the line of `=` or `-` under a heading (`Besluit en acties` over `=================`), or
#: a rule between sections: a mark, no text
_MARKDOWN_UNDERLINE_RE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")


#: a markdown file's front matter at its start: YAML (`---` / `title: Notulen ...` / `---`) or
#: TOML (`+++` / `title = 'Notulen ...'` / `[menus]` / `+++`); an indented line goes on a field;
#: a note-taking app's keys may hold a space (`date created: 2012-11-22`)
_FRONT_MATTER_FIELD_RE = re.compile(
    r"^[A-Za-z_][\w-]*(?: [\w-]+){0,2}\s*[:=](?:\s|$)|^\s+\S|^\[[\w.]+\]\s*$"
)
_FRONT_MATTER_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\n((?:.*\n){1,500}?)\1[ \t]*(?=\n|\Z)")
_FRONT_MATTER_TITLE_RE = re.compile(r"^title\s*[:=]\s*(?P<value>.*)$", re.IGNORECASE)
#: a field whose value is the indented block below it (`content: >-`): the page's text itself
_FRONT_MATTER_BLOCK_RE = re.compile(r"^[A-Za-z_][\w-]*:\s*[>|][+-]?\s*$")


def without_markdown(text: str) -> str:
    """A text kept as markdown (a board's minutes on a code host) as a reader sees it printed:
    its title and field labels then open their lines, as the typing rules read them, a link is
    its text, a heading's underline (`=====`) or a rule is a blank line, and the title its
    front matter gives is its first line. Text without a markdown
    heading, bold span, link or front matter is returned as it is."""
    text = _FRONT_MATTER_RE.sub(_front_matter_as_printed, text)
    text = _PANDOC_TITLE_RE.sub("", text)  # `% Bestuursvergadering 5`: the title
    ending = "\n" if text.endswith("\n") else ""
    if _HTML_TABLE_RE.search(text):
        text = "\n".join(_html_tables_as_pipe_rows(text.splitlines())) + ending
    if _is_html(text):
        text = "\n".join(_html_page_as_printed(text.splitlines())) + ending
    if not any(_MARKDOWN_LINE_RE.search(line) for line in text.splitlines()):
        return text
    return "\n".join(
        ""
        if _MARKDOWN_UNDERLINE_RE.match(line)
        else _MARKDOWN_MARKS_RE.sub(
            "", _MARKDOWN_LINK_RE.sub(r"\1", _SHORTCODE_RE.sub(lambda m: m["title"] or "", line))
        )
        for line in text.splitlines()
    )


#: an HTML table inside markdown (`<table>` / `<tr>` / `<td>Lucianos</td>` ...), a tag of one
_HTML_TABLE_RE = re.compile(r"<table\b", re.IGNORECASE)
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][^<>\n]*>")
_HTML_CELL_RE = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)


#: the source of a web page (`<!DOCTYPE HTML>`, `<html lang="nl-NL">`, `<body>`), also as the
#: PHP file that prints it (`<?php include('../config.php'); ?>`)
_HTML_PAGE_RE = re.compile(r"<(?:!doctype\s+html\b|html\b|body\b|\?php\b)", re.IGNORECASE)
#: a line that opens with a block's tag (`<p>`, `<h2>`, `<li>`, `<div class="...">`): a page's
#: body saved as HTML, also inside markdown (a post's body)
_HTML_BLOCK_LINE_RE = re.compile(
    r"^\s*<(?:p|h[1-6]|div|li|ul|ol|br|section|article)\b|<br\s*/?>\s*$", re.I
)
#: A text whose body is HTML has at least this many lines that open with a block's tag (or
#: end with a break: a page's text copied with its `<br />` tags).
HTML_BLOCK_LINES = 3


def _is_html(text: str) -> bool:
    """A web page's source, or a body saved as HTML (lines opening with block tags)."""
    if _HTML_PAGE_RE.search(text):
        return True
    blocks = sum(1 for line in text.splitlines() if _HTML_BLOCK_LINE_RE.search(line))
    return blocks >= HTML_BLOCK_LINES


#: what a browser shows nothing of (the page's head, its styles and scripts, comments, the
#: PHP code that runs on the server) and the site's furniture around the text (its menu, its
#: footer); each from its opening to its closing mark
_HTML_HIDDEN_RE = re.compile(
    r"<\?php\b.*?(?:\?>|\Z)|<!--.*?(?:-->|\Z)"
    r"|<(head|style|script|noscript|template|svg|nav|footer)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
#: a list item's tag: the browser prints a bullet before its text
_HTML_ITEM_RE = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_HTML_BREAK_TAG_RE = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article)\b[^<>@]*>", re.IGNORECASE
)
_HTML_ANY_TAG_RE = re.compile(r"<[!/]?[a-zA-Z][^<>@]*>")  # not an address: `<k.bos@x.nl>`


def _html_page_as_printed(lines: list[str]) -> list[str]:
    """A web page's source as a browser prints it: what it shows nothing of (its head,
    styles, scripts, comments, PHP code) blank, the tags taken out of the other lines (a list
    item's as its bullet) and their entities read (`&amp;` -> `&`): as many lines as before,
    so the page's `<h1>` title and `<h3>` date open their lines as the typing rules read them."""
    text = _HTML_HIDDEN_RE.sub(lambda m: "\n" * m[0].count("\n"), "\n".join(lines))
    # a block's or a break's tag parts words (`uur<br/>Aanwezig:`), an inline one does not
    text = _HTML_BREAK_TAG_RE.sub(" ", _HTML_ITEM_RE.sub("- ", text))
    text = _HTML_ANY_TAG_RE.sub("", text)
    return [" ".join(html.unescape(line).split()) for line in text.split("\n")]


def _html_tables_as_pipe_rows(lines: list[str]) -> list[str]:
    """Each HTML table as a reader sees it, a row per line in markdown's pipe form (the head
    row, a rule, the other rows) and the table's other lines blank: as many lines as before."""
    out = list(lines)
    k = 0
    while k < len(lines):
        if not _HTML_TABLE_RE.search(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k, len(lines)) if "</table" in lines[j].lower()), None)
        if end is None:
            break
        out[k : end + 1] = _pipe_rows_of(lines[k : end + 1])
        k = end + 1
    return out


def _pipe_rows_of(block: list[str]) -> list[str]:
    """The lines of one HTML table: its rows in markdown's pipe form one after another from
    its first line (the head row, a rule, the other rows), the lines left over blank."""
    html = "\n".join(block)
    rows = [
        [" ".join(_HTML_TAG_RE.sub(" ", cell).split()) for cell in _HTML_CELL_RE.findall(row)]
        for row in re.split(r"<tr\b", html, flags=re.IGNORECASE)[1:]
    ]
    piped = ["| " + " | ".join(cells) + " |" for cells in rows if cells]
    if piped:
        piped.insert(1, "|" + " --- |" * len(rows[0]))  # the head row's rule
    if len(piped) > len(block):  # a table written on fewer lines than it has rows
        piped = [*piped[: len(block) - 1], " ".join(piped[len(block) - 1 :])]
    return piped + [""] * (len(block) - len(piped))


#: a markdown table's row (`| 11/02 | Jan Bos, Els Dam | n/a |`) and the rule under its head
PIPE_ROW_RE = re.compile(r"^\s*\|[^|\n]*\|")  # the closing pipe optional, as in GFM
PIPE_RULE_RE = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?$")


def pipe_cells(row: str) -> list[str]:
    """The cells of a markdown table's row, stripped (`| Wat | Wie |` -> ['Wat', 'Wie'])."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


_STATUS_LABELS = {"present": "Aanwezig", "absent": "Afwezig", "excused": "Afgemeld"}


def presence_lists(heads: list[str], rows: list[list[str]]) -> list[str]:
    """A table whose column of marks says who was there (`| Student | Aanw. | Opmerking |`
    over `| Piet Jacobs | x | |`) as the lists a reader makes of it (`Aanwezig: Piet
    Jacobs, ...`, `Afwezig: ...`); [] for any other table. A row whose cell holds no mark
    (empty, `-`) gives its person no status and is left out."""
    rules = _meeting_rules()
    lowered = [h.strip().lower() for h in heads]
    columns = [k for k, h in enumerate(lowered) if h in rules["presence_headings"]]
    names = [k for k, h in enumerate(lowered) if rules["column_heading_kinds"].get(h) == "name"]
    if len(columns) != 1 or not rows:
        return []
    name_at = names[0] if names else 0
    if name_at == columns[0] or any(len(row) <= max(name_at, columns[0]) for row in rows):
        return []
    cells = [(row[name_at].strip(), row[columns[0]].strip().lower()) for row in rows]
    marks = rules["presence_marks"]
    unmarked = {"", *rules["quantifiers"]}
    if any(mark not in marks and mark not in unmarked for _, mark in cells) or not any(
        mark in marks for _, mark in cells
    ):
        return []  # cells that hold names or notes: a table of another kind
    lists = []
    for status, label in _STATUS_LABELS.items():
        people = [name for name, mark in cells if name and marks.get(mark) == status]
        if people:
            lists.append(f"{label}: {', '.join(people)}")
    return lists


def _marks_presence(lines: list[str]) -> bool:
    """Whether the lines hold a markdown table of presence marks (`presence_lists`): who
    attended, as an attendance label lists them. The rule under the head row may be left
    out of `lines` (it holds no word)."""
    for k, line in enumerate(lines):
        if not (PIPE_ROW_RE.match(line) and not PIPE_RULE_RE.match(line)):
            continue
        rows = itertools.takewhile(PIPE_ROW_RE.match, lines[k + 1 :])
        below = [pipe_cells(x) for x in rows if not PIPE_RULE_RE.match(x)]
        if presence_lists(pipe_cells(line), below):
            return True
    return False


#: the title line of a pandoc title block at a markdown file's start (`% title`, then `%
#: author(s)` and `% date`; those lines are left as they are, read as any other line)
_PANDOC_TITLE_RE = re.compile(r"\A%[ \t]*(?=\S)")


def _front_matter_as_printed(m: re.Match[str]) -> str:
    """The front matter's lines with the title's value alone on its line (`Notulen ...`), a
    block field's text (`content: >-` over the page's text) as it reads, the other fields and
    the rules blank: as many lines as before."""
    lines = m[2].splitlines()
    if not all(_FRONT_MATTER_FIELD_RE.match(line) or not line.strip() for line in lines):
        return m[0]  # a text between two rules, not front matter: kept as it is
    printed, in_block = [], False
    for line in lines:
        if line.strip() and not line[:1].isspace():
            in_block = bool(_FRONT_MATTER_BLOCK_RE.match(line))
        inside = in_block and line[:1].isspace()
        printed.append(line.strip() if inside else _front_matter_field_as_printed(line))
    return "\n".join(["", *printed, ""])


#: the front matter's date field (`date: 2016-11-24T13:57:09+00:00`, `date: Wed, 10 Apr 2019
#: 15:45:04 +0200`): the date it was posted
_FRONT_MATTER_DATE_RE = re.compile(r"^date\s*[:=]\s*[\"']?(?:(\d{4}-\d\d-\d\d)(?!\d)|(.+))")


def _front_matter_field_as_printed(line: str) -> str:
    """A front matter field as a page prints it: the title alone on its line, the date
    alone on its line (the post's date stamp), the other fields blank."""
    if title := _FRONT_MATTER_TITLE_RE.match(line):
        return title["value"].strip().strip("\"'")
    m = _FRONT_MATTER_DATE_RE.match(line)
    written = m and m[2] and DATE_RE.search(day_first(m[2]))
    return (m[1] or (written[0] if written else "")) if m else ""


def _front_matter_stamp(text: str) -> str | None:
    """The post's date stamp as `without_markdown` prints it from the front matter's date
    field (`2016-11-24`), None when the text has no such field."""
    m = _FRONT_MATTER_RE.match(text)
    dates = [
        _front_matter_field_as_printed(x)
        for x in (m[2].splitlines() if m else [])
        if _FRONT_MATTER_DATE_RE.match(x)
    ]
    return next((x for x in dates if x), None)
