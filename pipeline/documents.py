"""Split the pages of one release file into documents and type them.

A Woo release is a bundle: e-mails, minutes, agendas, letters and reports printed one after
the other into one PDF. A page opens a new document when it carries a start signal (an e-mail
header block at its top, a title block such as "Concept verslag" or "Besluitenlijst", a
letterhead with Datum / Ons kenmerk / Onderwerp, "Pagina 1 van N", a new document-number
stamp, an inventory's table header, the masthead of a series under a new date); otherwise it
continues the document before it, as does any page after one that ended in an e-mail header
(its message's body is overleaf). The rules are data in `patterns/doc_types.json`; e-mail
header labels come from the one vocabulary in `patterns/email_headers.json`.

A plain-text release (OCR text without pages) is cut into chunks where a line begins with one
space or a document stamp stands in a block of its own; a chunk opens a document unless it
plainly goes on with the one before (a page after a lead-in, a heading or a closing formula,
a running header repeated, text that opens mid-sentence, a title standing alone before it, a
quoted mail header below the sender's stationery that goes on with a thread or a reply).
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any, NamedTuple

from pipeline.bodies import find_body
from pipeline.dates import (
    DATE_RE,
    MONTH_ALT,
    TIME_RANGE_RE,
    TIME_RE,
    bare_date,
    dateline,
    day_first,
    find_dates,
    letter_date,
    misprinted_year_date,
    parse_date,
    repair_date_span,
    yearless_date_in,
)
from pipeline.grounds import find_ground_codes
from pipeline.nlp import load_patterns

#: the contract's doc_type vocabulary (`woo_decision` and `inventory` included)
DOC_TYPES = (
    "email", "minutes", "decision_list", "agenda", "letter", "memo", "report",
    "council_questions", "woo_decision", "inventory", "other",
)  # fmt: skip


def strip_redaction_marks(line: str) -> tuple[str, bool]:
    """The line without redaction marks (`5.1.2.e`, `512e`, `BUITEN REIKWIJDTE` ...), and
    whether it had any: a mark printed where a name or a title word was."""
    spans = find_ground_codes(line, marks_only=True)
    if not spans:
        return line, False
    out, pos = [], 0
    for span in spans:
        out.append(line[pos : span["start"]])
        pos = span["end"]
    out.append(line[pos:])
    return re.sub(r"[ \t]+", " ", " ".join(out)).strip(), True


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("doc_types.json")
    flags = re.IGNORECASE

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return {
        "title_search_lines": raw["title_search_lines"],
        "meeting_date_label": rx(raw["meeting_date_label_regex"]),
        "earlier_record": rx(raw["earlier_record_regex"]),
        "posting_stamp": rx(raw["posting_stamp_regex"]),
        "meeting_of_date": rx(raw["meeting_of_date_regex"]),
        "title_rules": [
            (r["doc_type"], rx(r["regex"]), bool(r.get("running_header")))
            for r in raw["title_rules"]
        ],
        "figures_headings": [
            rx(r["regex"]) for r in raw["title_rules"] if r.get("figures_heading")
        ],
        "title_acronym_prefix": re.compile(raw["title_acronym_prefix"]),  # capitals: no flags
        "title_paper_number": re.compile(raw["title_paper_number"]),  # capitals: no flags
        "title_status_prefix": rx(raw["title_status_prefix_regex"]),
        "title_page_prefix": rx(raw["title_page_prefix_regex"]),
        "listing_min": raw["listing_min_title_lines"],
        "listing_row": rx(raw["listing_row_regex"]),
        "listing_min_rows": raw["listing_min_rows"],
        "page_of": [rx(raw["page_of_regex"]), rx(raw["page_of_english_regex"])],
        "doc_stamp": rx(raw["doc_stamp_regex"]),
        **_email_label_rules(raw["email_header_kinds"]),
        "email_timestamp": rx(raw["email_timestamp_regex"]),
        "email_search_lines": raw["email_search_lines"],
        "email_opening_lines": raw["email_opening_lines"],
        "letterhead": [rx(p) for p in raw["letterhead_labels"]],
        "letter_subject": rx(raw["letter_subject_regex"]),
        "letter_subject_lines": raw["letter_subject_lines"],
        "salutation": rx(raw["letter_salutation_regex"]),
        "letterhead_address": rx(raw["letterhead_address_regex"]),
        "letter_head": rx(raw["letter_head_regex"]),
        "news_headline": rx(raw["news_headline_regex"]),
        "report_told": rx(raw["report_told_regex"]),
        "authority_addressee": rx(raw["authority_addressee_regex"]),
        "letter_addressee": rx(raw["letter_addressee_regex"]),
        "mail_window_title": rx(raw["mail_window_title_regex"]),
        "request_statement": rx(raw["request_statement_regex"]),
        "closing": rx(raw["letter_closing_regex"]),
        "person_salutation": rx(raw["person_salutation_regex"]),
        "office_signature": rx(raw["office_signature_regex"]),
        "letter_opening": rx(raw["letter_opening_regex"]),
        "mail_named": rx(raw["mail_named_regex"]),
        "signer_name": rx(raw["signer_name_regex"]),
        "minutes_markers": [rx(p) for p in raw["minutes_markers"]],
        "meeting_named": rx(raw["meeting_named_regex"]),
        "account_markers": [rx(p) for p in raw["account_markers"]],
        "counted_times": rx(raw["counted_times_regex"]),
        "agenda_markers": [rx(p) for p in raw["agenda_markers"]],
        "minute_taker": rx(raw["minute_taker_regex"]),
        "report_markers": [rx(p) for p in raw["report_markers"]],
        "council_markers": [rx(p) for p in raw["council_markers"]],
        "council_asked": rx(raw["council_asked_regex"]),
        "numbered_question": rx(raw["numbered_question_regex"]),
        "memo_markers": [rx(p) for p in raw["memo_markers"]],
        "circular_addressee": rx(raw["circular_addressee_regex"]),
        "participant_line": rx(raw["plain_text_continuation"]["participant_line"]),
        "comment_balloon": rx(raw["plain_text_continuation"]["comment_balloon"]),
        "plain_text_title_lines": raw["plain_text_title_lines"],
        "decision_field": rx(raw["decision_field_regex"]),
        "outcome_field": rx(raw["outcome_field_regex"]),
        "outcome_sentence": rx(raw["outcome_sentence_regex"]),
        "formal_preamble": rx(raw["formal_preamble_regex"]),
        "formal_preamble_lines": raw["formal_preamble_lines"],
        "formal_preamble_span": raw["formal_preamble_span"],
        "enacting_line": rx(raw["enacting_line_regex"]),
        "transcript_line": rx(raw["transcript_line_regex"]),
        "opening_item": rx(raw["opening_item_regex"]),
        "decision_lead_in": rx(raw["decision_lead_in_regex"]),
        "body_dictum": rx(raw["body_dictum_regex"]),
        "next_meeting": rx(raw["next_meeting_regex"]),
        "decision_fields_min": raw["decision_fields_min"],
        "transcript_min_lines": raw["transcript_min_lines"],
        "agenda_items_heading": rx(raw["agenda_items_heading_regex"]),
        "tag_title": re.compile(raw["tag_title_regex"]),  # lower case: no flags
        "participant_label": rx(raw["plain_text_continuation"]["participant_label"]),
    }


def _email_label_rules(kinds: list[str]) -> dict[str, Any]:
    """Regexes over the one e-mail label vocabulary (`patterns/email_headers.json`, which
    `pipeline/emails.py` reads too): a header line per kind, a label OCR set after its
    value at the end of a line (`...+0100Sent:`), a subject label, the sent labels and the
    sent labels that only e-mails print (`Datum:` heads memos and letters too)."""
    vocabulary = load_patterns("email_headers.json")
    labels = {kind: _label_alternatives(words) for kind, words in vocabulary["labels"].items()}
    shared = {label.lower() for label in vocabulary["shared_sent_labels"]}
    mail_sent = [x for x in vocabulary["labels"]["sent"] if x.lower() not in shared]
    at_end = "|".join(f"(?P<{kind}>{labels[kind]})" for kind in kinds)
    flags = re.IGNORECASE
    return {
        "email_labels": {kind: re.compile(rf"^(?:{labels[kind]})\s*:", flags) for kind in kinds},
        "email_label_at_end": re.compile(rf"\b(?:{at_end})\s*:\s*$", flags),
        "email_subject_label": labels["subject"],
        "email_sent_label": re.compile(rf"^(?:{_label_alternatives(mail_sent)})\s*:", flags),
        "date_label": re.compile(rf"(?:^|(?<=\s))(?:{labels['sent']})\b\s*:?\s*(.*)$", flags),
    }


def _label_alternatives(labels: list[str]) -> str:
    """One regex alternation of header labels (`Kopie aan` also with other spacing)."""
    variants = sorted({label.lower() for label in labels}, key=len, reverse=True)
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in variants)


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


def text_lines(text: str) -> list[str]:
    """Non-empty lines, stripped. A stored page text is the document model's page text
    (`pipeline.docmodel`: its lines joined by newlines), so these are its `lines` spans."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# page signals


def page_of_stamp(text: str) -> tuple[int, int] | None:
    """`Pagina 3 van 9` -> (3, 9); the last stamp on the page (footers come last)."""
    found = None
    for pattern in _rules()["page_of"]:
        for m in pattern.finditer(text):
            k, n = int(m[1]), int(m[2])
            if 1 <= k <= n:
                found = (k, n)
    return found


def document_stamp(text: str, first_line_only: bool = False) -> str | None:
    """A document-number stamp on a line of its own ("Document 3", "Docnr18"); with
    `first_line_only`, only one that opens the text (a plain-text chunk starts at a stamp
    standing in its own block; one run into the text is not a page's stamp)."""
    for line in text_lines(text)[:1] if first_line_only else text_lines(text):
        m = _rules()["doc_stamp"].match(line)
        if m:
            return m[1].lower()
    return None


def email_header_kinds(lines: list[str]) -> set[str]:
    """Which e-mail header labels (from, sent, to, cc, subject, attachments) the lines carry."""
    kinds = set()
    for line in lines:
        for kind, pattern in _rules()["email_labels"].items():
            if pattern.match(line):
                kinds.add(kind)
        # OCR column order can put the label after its value: "...+0100Sent:"
        m = _rules()["email_label_at_end"].search(line)
        if m:
            kinds.add(m.lastgroup)
    return kinds


def has_email_header_at_top(text: str) -> bool:
    """An e-mail header block opens the page (From/Van + Sent/Verzonden + To/Aan ...).

    The From line (or the sent timestamp, when OCR moved the labels) must be among the first
    lines: a quoted header lower on a page continues the thread printed above it. A memo's
    Aan/Van/Datum block is no e-mail: that wants a sent time, an address or a Sent label.
    """
    rules = _rules()
    lines = text_lines(text)
    top = lines[: rules["email_search_lines"]]
    if not top:
        return False
    opening = top[: rules["email_opening_lines"]]
    if opens_with_label_column(top):
        return True
    # an RFC 2822 timestamp ("Wed, 16 Feb 2022 13:49:33 +0100") only ever comes from a mail
    # header, also when OCR moved its labels elsewhere
    if any(rules["email_timestamp"].match(line) for line in opening):
        return True
    if not any(rules["email_labels"]["from"].match(line) for line in opening):
        return False
    kinds = email_header_kinds(top)
    return len(kinds) >= 2 and (_prints_mail_fields(top) or _date_blacked_out(top, kinds))


#: A mail program prints a mail's own header as a table, label beside value; OCR of the print
#: (and a print whose values were whited out) reads it as a column of bare labels one under
#: the other (`Van:` / `Verzonden:` / `Aan:`), the values set apart. A header quoted in a
#: thread's text prints each value after its label. This many bare labels make that column.
LABEL_COLUMN_MIN = 3
#: Lines above the column that may stand before it: the print stamp (`dinsdag 11 juli 2023
#: 11:50`) or the mailbox owner's name.
LABEL_COLUMN_LEAD = 1


def _bare_label_kind(line: str) -> str | None:
    """The kind of a line that is one header label and nothing else (`Verzonden:`)."""
    line = line.strip()
    for kind, pattern in _rules()["email_labels"].items():
        m = pattern.match(line)
        if m and not line[m.end() :].strip():
            return kind
    return None


def label_column_at(lines: list[str], n: int) -> bool:
    """Whether `lines[n:]` open with a printed mail's own header as a column of bare labels:
    at least LABEL_COLUMN_MIN of them one under the other, of different kinds, whom it came
    from or when it was sent among them."""
    kinds: list[str] = []
    for line in lines[n:]:
        kind = _bare_label_kind(line)
        if kind is None or kind in kinds:
            break
        kinds.append(kind)
    return len(kinds) >= LABEL_COLUMN_MIN and bool({"from", "sent"} & set(kinds))


def opens_with_label_column(lines: list[str]) -> bool:
    """A printed mail's label column opens the lines (below one lead line at most)."""
    return any(label_column_at(lines, n) for n in range(min(LABEL_COLUMN_LEAD + 1, len(lines))))


def _prints_mail_fields(lines: list[str]) -> bool:
    """An address, a time of day or a Sent label: what a mail header prints and a memo's
    Aan/Van/Datum block does not."""
    text = "\n".join(lines)
    return (
        "@" in text
        or re.search(r"\b\d{1,2}[:.]\d\d\b", text) is not None
        or any(_rules()["email_sent_label"].match(line) for line in lines)
    )


def _date_blacked_out(top: list[str], kinds: set[str]) -> bool:
    """From, To and Subject with a date label but no date anywhere near: a mail header whose
    sent date was blacked out (a memo's Aan/Van/Datum block prints its date)."""
    if not {"from", "to", "subject", "sent"} <= kinds:
        return False
    return DATE_RE.search("\n".join(top)) is None


#: A header block pasted into notes prints at least these fields, one under the other.
PASTED_HEADER_FIELDS = 3


def pasted_header_at(lines: list[str], n: int) -> bool:
    """Whether `lines[n:]` open with an e-mail's header block as a mail program copies it
    into notes (`To: ...` / `Cc: ...` / `Subject: ...`, no From or date): at least
    `PASTED_HEADER_FIELDS` header fields one under the other, whom it went to and its
    subject among them."""
    kinds: list[str] = []
    for line in lines[n:]:
        found = [k for k, p in _rules()["email_labels"].items() if p.match(line.strip())]
        if not found:
            break
        kinds += found
    return len(kinds) >= PASTED_HEADER_FIELDS and {"to", "subject"} <= set(kinds)


def _opens_with_pasted_header(lines: list[str]) -> bool:
    """A pasted header block at the top, also under the heading that names it (`Mail van
    Bart`)."""
    return any(pasted_header_at(lines, n) for n in range(min(2, len(lines))))


#: Lines from the top within which a note's header block stands.
MEMO_HEADER_LINES = 6


def has_memo_header_at_top(text: str) -> bool:
    """A note's header block opens the page (`Aan: / Van: / Datum: / Onderwerp:`): its
    first line is one of those labels, To and From stand within `MEMO_HEADER_LINES` with a
    date or subject, and it prints a date but nothing of a mail header (no time, address or
    Sent label: then it is one)."""
    lines = text_lines(text)[:MEMO_HEADER_LINES]
    rules = _rules()
    if not lines or not any(p.match(lines[0]) for p in rules["email_labels"].values()):
        return False
    kinds = email_header_kinds(lines)
    if not {"from", "to"} <= kinds or not {"subject", "sent"} & kinds:
        return False
    return not _prints_mail_fields(lines) and DATE_RE.search("\n".join(lines)) is not None


def ends_in_email_header(text: str) -> bool:
    """The page's last line of words is an e-mail header field (`Onderwerp: RE: ...`): the
    message's body, and so its document, goes on overleaf."""
    words = [x for x in text_lines(text) if re.search(r"[A-Za-zÀ-ÿ]{2}", x)]
    return bool(words) and any(p.match(words[-1]) for p in _rules()["email_labels"].values())


def opens_with_quoted_header(lines: list[str]) -> bool:
    """Header fields of an e-mail (Verzonden, Aan, Onderwerp ...) among the first lines but
    no From line: the header of a quoted message inside a thread, torn from its From line by
    a page break, not the top of a printed e-mail."""
    rules = _rules()
    opening = lines[: rules["email_opening_lines"]]
    kinds = email_header_kinds(opening)
    return bool(kinds) and "from" not in kinds


def is_listing_page(text: str) -> bool:
    """A page of an inventory table: many rows ending in a disclosure status."""
    rules = _rules()
    rows = sum(1 for line in text_lines(text) if rules["listing_row"].search(line))
    return rows >= rules["listing_min_rows"]


def _title_shaped(line: str) -> bool:
    """A title is one phrase: no sentence ends inside it or at its end (wrapped body text
    such as "mondelinge vragen gesteld. Kun je ..." is not a title)."""
    line = _CLOSING_ABBREVIATION_RE.sub("", line.rstrip())  # `Notulen vergadering d.d.`
    # a heading word in capitals closed by a period before the fields it heads (`AGENDA.
    # Vergadering : ...`, a PDF's first lines run onto one) ends no sentence
    line = _CAPITAL_HEADING_RE.sub("", line)
    if _FILE_NAME_RE.search(line):
        return False  # the name a file was saved under (`Jaarverslag-2011.pdf PDF, 5 mb`)
    return not re.search(r"[.!?]\s+[A-Z]|[.,;]$", line) and len(line) <= 160


#: a file's name with its extension: a download link's text, no title the document prints
_FILE_NAME_RE = re.compile(r"\w\.(?:pdf|docx?|odt|xlsx?|pptx?)\b", re.IGNORECASE)


#: a line's opening word in capitals with a period after it (`AGENDA. `, `NOTULEN. `)
_CAPITAL_HEADING_RE = re.compile(r"^[A-Z]{4,}\.\s+(?=\S)")
#: an abbreviation at a line's end (`d.d.`, `e.o.`): its period ends no sentence
_CLOSING_ABBREVIATION_RE = re.compile(r"(?:\b[A-Za-z]\.){2,}$")


#: A table's column rule that OCR read as a mark of its own (`Document : Datum`).
_COLUMN_RULE_RE = re.compile(r"(?<=\S) [|:;¦] (?=\S)")


def _without_column_rules(line: str) -> str:
    return _COLUMN_RULE_RE.sub(" ", line)


def _title_match(text: str, search_lines: int | None = None) -> tuple[str, str, int] | None:
    """(doc_type, title line, rule index) of the first title block near the top."""
    rules = _rules()
    hits = []
    for n, line in enumerate(text_lines(text)[: search_lines or rules["title_search_lines"]]):
        # a known title may wrap at a comma (`Verslag van de ledenvergadering van de X,`); a
        # text's first line or a heading in capitals may close with a period (`Besluitenlijst
        # van ... 2014.`, `VERSLAG VAN DE ALGEMENE VERGADERING VAN 16/11/2007.`)
        closed = n == 0 or line.isupper()
        shaped = _title_shaped(line.removesuffix(",").removesuffix("." if closed else ","))
        words = rules["title_page_prefix"].sub("", _without_column_rules(line))
        words = rules["title_acronym_prefix"].sub("", words)
        words = rules["title_paper_number"].sub("", words)
        words = rules["title_status_prefix"].sub("", words)
        for index, (doc_type, pattern, running_header) in enumerate(rules["title_rules"]):
            # a table header (`Doc. Datum Titel doc. Beoordeling`) need not read as a title
            if (shaped or running_header) and pattern.search(words):
                hits.append((doc_type, line, index))
                break
    if len(hits) > 1 and rules["tag_title"].match(hits[0][1]):
        hits = hits[1:]  # a category tag over the page's own title (`jaarverslag`)
    if not hits:
        return None
    if rules["title_rules"][hits[0][2]][2]:
        return hits[0]  # a table header: the rows below it may well look like titles
    if len(hits) >= rules["listing_min"] or is_listing_page(text):
        return None  # "Brief ...", "Agenda ...", "Notitie ..." rows of an inventory
    return hits[0]


def title_at_top(text: str, search_lines: int | None = None) -> tuple[str, str] | None:
    """(doc_type, title line) when one of the first lines is a known title block."""
    match = _title_match(text, search_lines)
    return (match[0], match[1]) if match else None


def has_letterhead(text: str) -> bool:
    """Datum / Ons kenmerk / Onderwerp ... : three or more letterhead labels on the page."""
    lines = text_lines(text)[:60]
    patterns = _rules()["letterhead"]
    hits = {i for i, pattern in enumerate(patterns) for line in lines if pattern.match(line)}
    return len(hits) >= 3


#: Lines at the top of a page that make its masthead, and how far down its date may stand.
MASTHEAD_LINES = 3
MASTHEAD_DATE_LINES = 8
#: A masthead word: letters only, three or more (OCR debris of a logo - `2.`, `er a_`,
#: `4a.` - is dropped, so a scanned page's masthead reads the same on every issue).
_MASTHEAD_WORD_RE = re.compile(r"^[^\W\d_]{3,}$")


def _masthead_line(line: str) -> str:
    return " ".join(w for w in line.lower().split() if _MASTHEAD_WORD_RE.match(w))


def masthead(text: str) -> tuple[frozenset[str], str | None]:
    """(the page's first lines, words only; the first date printed near the top as written).

    A series of notices or newsletters bound into one bundle repeats its masthead on every
    issue; each issue prints its own date under it. On a scan OCR reads a logo's lettering
    on some pages and not on others, so two pages share a masthead when they share one of
    its lines, or most of its words (`same_masthead`)."""
    lines = text_lines(text)
    # lines without a word (`Le`, `—`: what OCR makes of a logo) are no lines of it
    worded = [line for line in map(_masthead_line, lines[:MASTHEAD_DATE_LINES]) if line]
    head = frozenset(worded[:MASTHEAD_LINES])
    for line in lines[:MASTHEAD_DATE_LINES]:
        # a dateline: the line opens with a date written out with its year (a table row
        # or a sentence that mentions a date is no dateline)
        m = DATE_RE.match(repair_date_span(line.strip()))
        if m and m["m1"] and m["y1"]:
            return head, m.group(0).lower()
    return head, None


#: Two masthead lines are one when they share this many words, and this share of the
#: shorter line's: on a scan OCR reads a logo beside the lettering as a word of its own,
#: different on every issue (`FOR Ministerie van Justitie`, `BOR Ministerie van Justitie`).
MASTHEAD_SHARED_WORDS = 3
MASTHEAD_SHARED_SHARE = 0.75


def same_masthead(head: frozenset[str], other: frozenset[str]) -> bool:
    return any(_same_masthead_line(a, b) for a in head for b in other)


def _same_masthead_line(line: str, other: str) -> bool:
    if line == other:
        return True
    words, other_words = set(line.split()), set(other.split())
    shared = len(words & other_words)
    return shared >= MASTHEAD_SHARED_WORDS and shared >= MASTHEAD_SHARED_SHARE * min(
        len(words), len(other_words)
    )


def page_signals(text: str, title_lines: int | None = None) -> dict[str, Any]:
    """Everything segmentation looks at on one page; `title_lines` is set for the chunks of
    a plain-text release (a title within that many lines, a stamp only at the top)."""
    match = _title_match(text, title_lines)
    return {
        "masthead": masthead(text),
        "page_of": page_of_stamp(text),
        "doc_stamp": document_stamp(text, first_line_only=title_lines is not None),
        "email_top": has_email_header_at_top(text),
        "title": (match[0], match[1]) if match else None,
        "title_rule": match and match[2],
        "letterhead": has_letterhead(text) or has_memo_header_at_top(text),
        "listing": is_listing_page(text),
        "ends_in_header": ends_in_email_header(text),
    }


def _starts_new_document(
    signals: dict[str, Any], current: dict[str, Any] | None, *, default_new: bool
) -> bool:
    """Decide whether a page opens a document; `current` holds the open document's state."""
    if current is None or _opens_inventory(signals, current):
        return True
    if signals["page_of"] is not None:
        return _page_number_restarts(signals["page_of"], current["last_page_of"])
    if signals["doc_stamp"] is not None:
        return signals["doc_stamp"] != current["doc_stamp"]
    if _is_table_header(signals["title_rule"]) and (
        _is_table_header(current["title_rule"]) or current["listing"]
    ):
        return False  # the table header repeated on every page of an inventory
    if current["ends_in_header"]:
        return False  # the last page ended in a mail header: its message follows
    if signals["email_top"] or signals["title"] is not None or signals["letterhead"]:
        return True
    head, top_date = signals["masthead"]
    first_head, last_date = current["masthead"]
    if (
        not default_new
        and same_masthead(head, first_head)
        and top_date is not None
        and last_date is not None
    ):
        # the document's masthead again under another date: the next issue of a series
        # (a letter's continuation pages repeat its date, or carry "Pagina k van N")
        return top_date != last_date
    last_page_of = current["last_page_of"]
    if last_page_of is not None:
        # the open document printed its last page, or numbered pages are still to come
        return last_page_of[0] == last_page_of[1]
    return default_new


def _page_number_restarts(page_of: tuple[int, int], last_page_of: tuple[int, int] | None) -> bool:
    """A page stamped "Pagina k van N" opens a document unless it goes on with the open
    document's numbering (or follows its unnumbered first pages)."""
    k, n = page_of
    if k == 1:
        return True
    return not (last_page_of is None or (last_page_of[1] == n and last_page_of[0] < k))


def _is_table_header(rule: int | None) -> bool:
    return rule is not None and _rules()["title_rules"][rule][2]


def _opens_inventory(signals: dict[str, Any], current: dict[str, Any]) -> bool:
    """An inventory's title or table header on a page of another document: a decision letter's
    "Bijlage 2 - Inventarislijst" is a document of its own even where the letter's "Pagina n
    van m" runs through it. Not in a document that opened with inventory rows (a scan
    whose OCR read the table header only on a later page)."""
    return (
        _is_table_header(signals["title_rule"])
        and not _is_table_header(current["title_rule"])
        and not current["listing"]
    )


# ---------------------------------------------------------------------------------------------
# typing, title, date


def classify_document(text: str, title_lines: int | None = None) -> tuple[str, str | None]:
    """(doc_type, title) of a document's text; the first page decides most cases. A title
    counts within `title_lines` lines (set for plain text, where a title opens its chunk)."""
    text = without_markdown(text)
    lines = text_lines(text)
    titled = title_at_top(text, title_lines) or _meeting_title_below(text, lines, title_lines)
    first_is_title = titled is not None and lines and titled[1] == lines[0]
    if has_email_header_at_top(text) and not first_is_title:
        return "email", _email_subject(lines)
    if (window := mail_window_title(lines)) is not None:
        return "email", window
    from pipeline.emails import archive_header  # emails imports this module too

    if (archived := archive_header(lines)) is not None:
        return "email", lines[archived[0][0]].strip()  # the archive page's title: its subject
    if (page := _meeting_page(lines, titled)) is not None:
        return page
    if titled is not None:
        doc_type, title = titled
        if doc_type == "minutes" and _lists_decisions(lines):
            doc_type = "decision_list"  # `Openbaar verslag vergadering GS` over `BESLUIT:` fields
        elif doc_type == "minutes" and _is_plan(lines):
            doc_type = "agenda"  # `Ledenvergadering 17 april 2025` over an invitation's items
        elif doc_type == "agenda" and _records_a_meeting(lines):
            doc_type = "minutes"  # `Agenda en verslag` over who attended and what was said
        elif doc_type == "report" and _tells_of_the_report(lines, title):
            doc_type = "other"
        return doc_type, _clean_title(title)
    if has_memo_header_at_top(text):
        return "memo", letter_subject(lines) or _first_title_line(lines)
    if _mail_header_before_salutation(lines):
        return "email", _email_subject(lines)  # a thread whose mails greet and close as letters
    if (listed := _sender_line_before_salutation(lines)) is not None:
        return "email", listed
    if _is_ungreeted_formal_decision(lines):
        return "decision_list", _first_title_line(lines)
    if _is_letter(text, lines):
        return _letter_type(text, lines), letter_subject(lines) or _first_title_line(lines)
    if email_header_kinds(lines[:40]) >= {"from", "sent", "to"} or _quotes_a_message(lines):
        return "email", _email_subject(lines)
    if _opens_with_pasted_header(lines):
        return "email", _email_subject(lines)  # a mail pasted into notes: To, Cc, Subject
    if is_listing_page("\n".join(lines[:LISTING_LINES])):
        return "inventory", _first_title_line(lines)  # rows of documents, no title OCR read
    return _scored_type(lines), _first_title_line(lines)


#: How far down a meeting page's header (the meeting's name, date and hours) may stand.
MEETING_PAGE_HEAD_LINES = 20


def _readable(lines: list[str]) -> list[str]:
    """The lines that hold a word or number: no blank line, rule or row of dots."""
    return [x for x in lines if re.search(r"\w", x)]


def _tells_of_the_report(lines: list[str], title: str) -> bool:
    """A news item headed by a report's name: posted at a time, telling what happened to it
    (`Jaarverslag 2020 gepubliceerd`), or opening with a sentence that tells of the report
    as another's (`De ombudsman stelde het Jaarverslag 2016 voor`, `In haar jaarrapport
    stelt ...`)."""
    rules = _rules()
    if _stamped_below(lines, title) or rules["news_headline"].search(title.strip()):
        return True
    if _headed_as_a_post(_readable(lines)):
        return True  # `Home > Nederlands > Nieuws > Overhandiging Jaarverslag 2019`
    lead = _prose_lines(lines)[:1]
    return _tells_of_a_report(lead, lead)


def _tells_of_a_report(heads: list[str], prose: list[str]) -> bool:
    """Whether one of `heads` (a headline, an opening sentence) tells of a report as
    another's (`De ombudsman stelde het Jaarverslag 2016 voor`, `Ombudsvrouw stelt
    jaarverslag 2020 voor`) and the opening `prose` does not speak of its writer as `we`: a
    report's foreword may name its writer in the third person, but then also as `we` (`Met
    genoegen biedt de commissie haar jaarverslag aan. Het is ons eerste ...`)."""
    own = any(_structure_rules()["first_person_regex"].search(x) for x in prose)
    return not own and any(_rules()["report_told"].search(x) for x in heads)


def _hours_only(text: str) -> bool:
    """Whether `text` is a time range and nothing else (`19:30 - 23:00`, `13.00-14.30 uur`)."""
    m = TIME_RANGE_RE.search(text)
    return m is not None and re.fullmatch(r"\s*(uur)?\s*", text[: m.start()] + text[m.end() :])


def meeting_page_header(lines: list[str]) -> tuple[int, int] | None:
    """(name, date) indexes into `lines` (non-empty) of a meeting's page in a council
    information system: the meeting's name over its date alone on a line, the hours beside
    or below it (`Raadsvergadering` / `dinsdag 2 juli 2024` / `16:00 - 23:00`); or its name
    and date on one line over the fields of its place and time (`Raadsvergadering - 30 maart
    2022` / `Locatie: Raadzaal` / `Aanvang: 19:30`)."""
    head = lines[:MEETING_PAGE_HEAD_LINES]
    for n in range(len(head)):
        if _dated_name(head[n]) and _place_and_time_below(head[n + 1 : n + 5]):
            return n, n
        if n == 0:
            continue
        if sitting_slot(head[n]) and _names_a_body(head[n - 1]):
            return n - 1, n  # a portal's point: the body over its slot (`do 10/11/2022 - 09:00`)
        hours = TIME_RANGE_RE.search(head[n])
        day = head[n][: hours.start()] if hours and _hours_only(head[n][hours.start() :]) else None
        if day is None and n + 1 < len(head) and _hours_only(head[n + 1]):
            day = head[n]
        day = day and _YEAR_COMMA_RE.sub(" ", day)
        if day and bare_date(day) and any(ch.isalpha() for ch in head[n - 1]):
            return n - 1, n
    return None


def _names_a_body(line: str) -> bool:
    """A short line of words that names a deliberating body (`college van burgemeester en
    schepenen`, `Gemeenteraad`, `Raad voor maatschappelijk welzijn`): no date or sentence."""
    words = line.split()
    short = 0 < len(words) <= _meeting_rules()["place_max_words"] and not re.search(
        r"\d|[.:;]$", line
    )
    return short and find_body([line]) is not None


#: a comma between a date's month and its year (`dinsdag, 27 maart, 2018`)
_YEAR_COMMA_RE = re.compile(r"(?<=[^\W\d_])\s*,\s*(?=(?:19|20)\d\d\b)")


def _dated_name(line: str) -> bool:
    """A short line that names something and dates it (`Gemeenteraad op 29-3-2022`)."""
    m = DATE_RE.search(line)
    return m is not None and len(line.split()) <= 8 and line[:1].isalpha() and m.start() > 0


def _place_and_time_below(lines: list[str]) -> bool:
    """Whether `lines` hold a place's field (`Locatie: Raadzaal`) and a time of day."""
    fields = _meeting_rules()
    return any(fields["location_label"].match(x) for x in lines) and any(
        TIME_RE.search(x) for x in lines
    )


@cache
def _meeting_rules() -> dict[str, Any]:
    """What this module reads of `meeting_rules.json` (pipeline.meetings imports this module,
    so it cannot lend its own compiled rules)."""
    raw = load_patterns("meeting_rules.json")
    return {
        "presence_headings": set(raw["presence_headings"]),
        "presence_marks": {
            mark: status for status, marks in raw["presence_marks"].items() for mark in marks
        },
        "column_heading_kinds": raw["column_heading_kinds"],
        "quantifiers": set(raw["quantifier_words"]),
        "doc_types": frozenset(raw["meeting_doc_types"]),
        "location_label": re.compile(raw["location_label_regex"], re.IGNORECASE),
        "held_on": re.compile(raw["held_on_regex"], re.IGNORECASE),
        "list_end": re.compile(raw["list_end_regex"], re.IGNORECASE),
        "building_word": re.compile(raw["building_word_regex"], re.IGNORECASE),
        "online": re.compile(raw["online_location_regex"], re.IGNORECASE),
        "place_max_words": raw["place_max_words"],
        "academic": re.compile(rf"^(?:(?:{'|'.join(raw['academic_titles'])})\.\s*)+(?=\S)", re.I),
    }


def academic_titles_re() -> re.Pattern[str]:
    """Academic titles, alone or run together, before a name (`drs. K.H. Ollongren`, `mr.drs.
    P. Wijngaart`): the one pattern of them, lent to pipeline.meetings."""
    return _meeting_rules()["academic"]


def meeting_patterns() -> dict[str, Any]:
    """The compiled rules of `meeting_rules.json` that this module reads too (a place's
    label, a held-on sentence, an item that ends a list): the one copy, lent to
    pipeline.meetings."""
    return _meeting_rules()


class SittingSlot(NamedTuple):
    """A sitting's date as printed and the place after its start time (None where the line
    names none)."""

    day: str
    place: str | None


#: what joins a slot's date to its start time: a dash, a comma, a space, `om`, `vanaf`, `te`
_SLOT_JOINT_RE = re.compile(r"[\s,–—-]*(?:(?:om|vanaf|te)\s+)?", re.IGNORECASE)
#: what may stand between a slot's hours and its place: `uur`, `u`, `h`, and `in`/`te`/`bij`
_SLOT_PLACE_LEAD_RE = re.compile(r"^\s*(?:uur\b|u\b|h\b)?[\s.,;]*(?:(?:in|te|bij)\s+)?", re.I)


def sitting_slot(line: str) -> SittingSlot | None:
    """A sitting's slot as a meeting portal or an invitation prints it, alone on its line:
    the date opening it (a bullet or dash at most before it), its start time (and end time)
    right after it, then its place or nothing (`wo 29/01/2025 - 20:30 Raadzaal`, `dinsdag 2
    juli 2024 19:30`, `Dinsdag 3 mei 2022, 19.30 uur in het Kapittel`, `- 3 mei om 20:00 -
    22:00`). Anything else after the time makes it no slot: a log's weekday (`7-11-22 21:42
    maandag`), what follows an event (`+ afterparty`), a sentence; so does a mail's
    timestamp (`10:50:18`)."""
    day = DATE_RE.search(line)
    if day is None or line[: day.start()].strip(" -•*"):
        return None
    at = _SLOT_JOINT_RE.match(line, day.end()).end()
    hours = TIME_RANGE_RE.match(line, at) or TIME_RE.match(line, at)
    if hours is None or (hours.re is TIME_RE and hours[3]):
        return None  # no time right after the date, or a timestamp's seconds
    tail = line[hours.end() :]
    tail = tail[_SLOT_PLACE_LEAD_RE.match(tail).end() :].strip(" .,;")
    if not tail:
        return SittingSlot(day[0], None)
    return SittingSlot(day[0], tail) if _slot_place(tail) else None


def _slot_place(tail: str) -> bool:
    """What follows a slot's time is its place: named in capitals or a building or room
    (`Raadzaal, Markt 1, 2200 Lier`, `gemeenteraadszaal`) or the medium of an online
    sitting (`digitaal`, `via Teams`), no longer than a place runs, an address with its
    numbers too; not a date or time, nor a list's first item (`20.00 uur Opening`)."""
    rules = _meeting_rules()
    named = tail[:1].isupper() or rules["building_word"].search(tail) is not None
    return (
        (named or rules["online"].match(tail) is not None)
        and len(tail.split()) <= rules["place_max_words"]
        and not (DATE_RE.search(tail) or TIME_RE.search(tail))
        and not rules["list_end"].match(tail)
    )


def _meeting_page(lines: list[str], titled: tuple[str, str] | None) -> tuple[str, str] | None:
    """(doc_type, title) of a council information system's meeting page, unless a title
    above its header names the document: a decision list when it holds decision or outcome
    fields (`Besluit` over what was decided, `Stemuitslag`), minutes when it lists who
    attended (`Aanwezig namens het bestuur:`) and not who is invited (`Genodigden:`, which
    an agenda lists with the officers who will attend), else its agenda."""
    header = meeting_page_header(lines)
    if header is None or (titled is not None and lines.index(titled[1]) <= header[0]):
        return None
    name, day = header
    title = lines[name] if name == day else f"{lines[name]} {lines[day]}"
    rules = _rules()
    fields = (rules["decision_field"], rules["outcome_field"])
    if any(p.search(line) for p in fields for line in lines):
        return "decision_list", title
    attended = _lists_attendance(lines)
    if not attended and any(rules["outcome_sentence"].search(line) for line in lines):
        return "decision_list", title  # `... is vastgesteld met algemene stemmen.` per item
    invited = any(p.search(line) for p in rules["agenda_markers"] for line in lines)
    if not invited and attended:
        return "minutes", title  # who attended, and no list of who is invited (an agenda's)
    return "agenda", title


def _meeting_title_below(
    text: str, lines: list[str], title_lines: int | None
) -> tuple[str, str] | None:
    """A plain-text chunk whose first lines are a web page's furniture (`Oktober notulen`,
    `Gemeente Elburg`): a minutes, decision-list or agenda title further down still names it
    (an attachment list holds no such title block without one in its first lines)."""
    if title_lines is None or has_email_header_at_top(text) or _is_letter(text, lines):
        return None  # a letter or mail that lists an attached report of a meeting
    titled = title_at_top(text)
    return titled if titled is not None and titled[0] in _meeting_rules()["doc_types"] else None


#: Lines from a document's top that show it is a table of documents (its first page).
LISTING_LINES = 60


#: Header fields that only a message's header block opens with (a signature may list its
#: attachments, a letter its addressee).
MESSAGE_FIELDS = {"sent", "subject"}


def _quotes_a_message(lines: list[str]) -> bool:
    """A reply whose own header is lost: a message body that ends in its closing formula,
    its signature, then the header of the quoted message (fields without a From line)."""
    closing = _rules()["closing"]
    for n, line in enumerate(lines):
        header = _header_lines(lines[n + 1 :]) if closing.search(line) else []
        # an attachment list under a signature ("Bijlage: ...") is no quoted header
        if opens_with_quoted_header(header) and email_header_kinds(header[:3]) & MESSAGE_FIELDS:
            return True
    return False


def _header_lines(lines: list[str]) -> list[str]:
    """From the lines below a closing formula, those from the first header field on, when
    one stands within the signature's reach."""
    labels = _rules()["email_labels"].values()
    for n, line in enumerate(lines[:CLOSING_REACH]):
        if any(p.match(line) for p in labels):
            return lines[n:]
    return []


#: A mail header above a text's first salutation has at least this many kinds of field.
MAIL_HEADER_KINDS = 3


def _mail_header_before_salutation(lines: list[str]) -> bool:
    """A mail's header fields (three kinds of From, Sent, To, Cc, Subject, with a Sent label
    that only mails print: `Verzonden:`, `Sent:`) above the first salutation, within the
    lines a header is looked for in: a thread of mails, some opening as letters do (`Beste`
    ... `Met vriendelijke groet`), whose top header OCR broke. A letter greets before it
    quotes any mail."""
    rules = _rules()
    head = list(
        itertools.takewhile(lambda x: not rules["salutation"].match(x), lines[:LISTING_LINES])
    )
    kinds = email_header_kinds(head) & {"from", "sent", "to", "cc", "subject"}
    sent_label = any(rules["email_sent_label"].match(x) for x in head)
    return sent_label and len(kinds) >= MAIL_HEADER_KINDS


def _sender_line_before_salutation(lines: list[str]) -> str | None:
    """A mail whose header is one line (`emails.sender_line`: the date, the sender with
    the address, the subject) above the first salutation: a mail copied from a client's
    list or print, which greets as a letter does. Its subject or sender, the title."""
    from pipeline.emails import sender_line  # emails imports this module too

    rules = _rules()
    head = itertools.takewhile(lambda x: not rules["salutation"].match(x), lines[:LISTING_LINES])
    for line in head:
        if (hit := sender_line(line)) is not None:
            _stamp, who = hit
            return who["rest"].strip() or who["name"] or who["address"]
    return None


#: How many lines above its salutation a letter's head (dateline, addressee, subject) stands.
LETTER_HEAD_LINES = 12


def _is_letter(text: str, lines: list[str]) -> bool:
    """A letterhead, or a salutation with a closing formula or with a letter's head above it,
    or one that greets a person on a line of its own: how a letter is built whoever writes
    it (a published excerpt may stop before its end, a page may print it without its head)."""
    rules = _rules()
    if has_letterhead(text):
        return True
    greeting = next((k for k, x in enumerate(lines) if rules["salutation"].match(x)), None)
    if greeting is None:
        return (
            _addressed_and_dated(lines) is not None
            or _signed_by_an_office(lines)
            or _run_together_letter(lines)
            or _opens_as_a_letter(lines)
        )
    closed = any(rules["closing"].search(x) for x in lines)
    if closed or rules["person_salutation"].match(lines[greeting]):
        return True
    return _letter_head(lines[max(0, greeting - LETTER_HEAD_LINES) : greeting])


def _signed_by_an_office(lines: list[str]) -> bool:
    """Whether a minister or state secretary signs the text: the office on a line of its own
    with the signer's initials and name right below it (`De Minister van Defensie,` / `E.
    van Middelkoop`), how a letter that greets no one closes."""
    return any(_office_signs(line, below) for line, below in itertools.pairwise(lines))


def _office_signs(line: str, below: str) -> bool:
    """Whether `line` is a minister's office and `below` the signer's initials and name."""
    rules = _rules()
    academic = _meeting_rules()["academic"]
    return (
        rules["office_signature"].match(line) is not None
        and rules["signer_name"].match(academic.sub("", below)) is not None  # `drs. K.H. ...`
    )


def _signature_end(worded: list[str], k: int) -> int | None:
    """The index in `worded` (a text's lines with words) of the last line of a minister's
    signature that opens at `k`: the office over the signer's name, or both on one line
    (`De Minister van Sociale Zaken en Werkgelegenheid, L.F. Asscher`); None without one."""
    if k + 1 < len(worded) and _office_signs(worded[k], worded[k + 1]):
        return k + 1
    office, comma, name = worded[k].rpartition(", ")
    return k if comma and _office_signs(office + ",", name) else None


def _opens_as_a_letter(lines: list[str]) -> bool:
    """Whether the first line of prose opens with a letter's stock formula that addresses
    its reader (`Hierbij bied ik u ... aan`, `Naar aanleiding van uw brief van ...`): a
    letter printed without its head and salutation."""
    prose = next(iter(_prose_lines(lines)), "")
    return _rules()["letter_opening"].match(prose) is not None


#: How many characters a greeting's words may run before the comma that closes it.
GREETING_MAX_CHARS = 40
_GREETING_END_RE = re.compile(rf"[^,.;:!?\n]{{0,{GREETING_MAX_CHARS}}},\s+(?-i:[A-Z])", re.I)


def _run_together_letter(lines: list[str]) -> bool:
    """A letter's page transcribed onto one line (a document site's text of a scanned
    letter): inside the line a salutation closed by its comma (`Geacht bestuur,`,
    `Excellentie,`) opens the body right after the letter's head, whose fields run together
    before it (`Postbus 578 2100 AN HEEMSTEDE ... Betreft ...`)."""
    for line in lines:
        if len(line) < PAGE_LINE_CHARS:
            continue
        starts = [m.start() for m in re.finditer(r"(?<=\s)(?=\w)", line)]
        for k in starts:
            if _greets_here(line[k:]) and _letter_head(_word_suffixes(line[:k])):
                return True
    return False


def _greets_here(text: str) -> bool:
    """Whether `text` opens with a salutation whose few words end in a comma, the body's
    first word capitalised after it (`Geacht bestuur, Hierbij ...`)."""
    greets = _rules()["salutation"].match(text) is not None
    return greets and _GREETING_END_RE.match(text) is not None


def _word_suffixes(text: str) -> list[str]:
    """`text` from each of its words on: a head whose lines ran together, where any word
    may have opened a line (a field's label, the postal address, the dateline)."""
    return [text[m.start() :].strip() for m in re.finditer(r"(?<!\S)\S", text)]


#: How many lines below its addressee a letter that greets no one prints its dateline.
ADDRESSEE_DATELINE_LINES = 3


def _addressed_and_dated(lines: list[str]) -> str | None:
    """The addressee of a letter that greets no one (a minister's letter to parliament):
    its addressee line (`Aan de Voorzitter van de Tweede Kamer`) with the dateline right
    below it (`Den Haag, 24 maart 2022`)."""
    for k in range(min(len(lines), LISTING_LINES)):
        if (addressee := _dated_addressee(lines, k)) is not None:
            return addressee
    return None


def _dated_addressee(lines: list[str], k: int) -> str | None:
    """The addressee line `k` names when a dateline stands right below it."""
    m = _rules()["letter_addressee"].match(lines[k])
    if m and any(dateline(x) for x in lines[k + 1 : k + 1 + ADDRESSEE_DATELINE_LINES]):
        return m["addressee"]
    return None


def _letter_head(head: list[str]) -> bool:
    """Whether the lines above a salutation hold a letter's head: its dateline (`Haarlem, 12
    april 2016`), the addressee's postal address (`Postbus 123`, `2000 MD Haarlem`) or a
    letterhead label that no mail header or notice shares (`Betreft:`; a mail greets below
    its `Onderwerp:`, a notice to residents below its `Datum`)."""
    rules = _rules()

    def label(line: str) -> bool:
        # a date field heads a memo or a notice as well
        shared = email_header_kinds([line]) or rules["date_label"].match(line)
        return any(p.match(line) for p in rules["letterhead"]) and not shared

    return any(dateline(x) or rules["letter_head"].match(x) or label(x) for x in head)


def _letter_type(text: str, lines: list[str]) -> str:
    """A letter-shaped document: a mail whose subject heads it under a reply prefix (`Re:
    uitnodiging`) or whose opening names it a mail (both published without its header), a
    Woo decision, a circular to all of a group (`Aan alle bewoners`: a memo on letterhead
    paper), or a letter."""
    # imported here: the decision-letter module builds on this one, emails on this one
    from pipeline.emails import is_reply_subject
    from pipeline.woo_decisions import is_decision_letter

    if lines and is_reply_subject(lines[0]):
        return "email"
    # a letter that names a Woo request and the law is the request itself where it says it
    # submits one (`Namens X dienen wij een Woo-verzoek in`)
    rules = _rules()
    if (
        is_decision_letter(text)
        and not rules["request_statement"].search(text)
        and not _greets_an_authority(lines)
    ):
        return "woo_decision"
    readable = _readable(lines)
    if any(rules["mail_named"].search(x) for x in _opening(readable)):
        return "email"  # `Mailbericht werkgroep aan buurtadviseur` over `Dag,`
    if any(rules["circular_addressee"].match(x) for x in lines[: rules["title_search_lines"]]):
        return "memo"
    if _asks_council_questions(lines):
        return "council_questions"  # a faction's questions posted as the letter they were sent
    return "letter"


def _asks_council_questions(lines: list[str]) -> bool:
    """A letter that says it puts a faction's questions, or questions under the council's
    rules of order, to the college (`De fractie heeft de volgende vragen aan uw college:`)
    and numbers them below (`1. Is de wethouder juist geciteerd?`)."""
    rules = _rules()
    asked = next((n for n, x in enumerate(lines) if rules["council_asked"].search(x)), None)
    below = lines[asked:] if asked is not None else []
    return any(rules["numbered_question"].match(x.strip()) for x in below)


def _greets_an_authority(lines: list[str]) -> bool:
    """Whether the letter's salutation greets a public body or its officer (`Geacht College`,
    `Geachte Gedeputeerde Staten`), or, greeting no one, its addressee line names one (`Aan
    de Voorzitter van de Tweede Kamer`) or a minister's office signs it over the signer's
    name (a covering letter to parliament; a decision greets its requester, and a minister
    signs it `namens deze`): a letter to the authority, not its decision."""
    rules = _rules()
    for line in lines:
        if (m := rules["salutation"].match(line)) is not None:
            return rules["authority_addressee"].match(line[m.end() :].strip()) is not None
    addressee = _addressed_and_dated(lines)
    if addressee is not None and rules["authority_addressee"].match(addressee) is not None:
        return True
    return _signed_by_an_office(lines)


#: How far down a report says which meeting took place when.
REPORT_OPENING_LINES = 5


def names_a_meeting(line: str) -> bool:
    """Whether a line names a meeting or its record (`Vergadering juli 2021`, `Notulen
    bestuursvergadering`, `Overleg gemeentesecretaris en wijkregisseur`)."""
    return _rules()["meeting_named"].search(line) is not None


def announces_decisions(line: str) -> bool:
    """Whether a line announces the decisions or agreements that follow it (`Op de ALV zijn
    de volgende besluiten genomen.`, `De volgende afspraken zijn gemaakt:`)."""
    return _rules()["decision_lead_in"].search(line) is not None


#: A prose line has this many words: the first few of them open a web page's text below
#: its menu and headings.
PROSE_LINE_WORDS = 8
PROSE_OPENING_LINES = 3


def _prose_lines(lines: list[str]) -> list[str]:
    """The lines long enough to be prose (`PROSE_LINE_WORDS`), not a menu's or a heading's."""
    return [x for x in lines if len(x.split()) >= PROSE_LINE_WORDS]


def _opening(readable: list[str]) -> list[str]:
    """The lines where a text says what it is: its first lines, and its first lines of prose
    (below a web page's menu and headings; a PDF page transcribed onto one long line)."""
    prose = _prose_lines(readable)[:PROSE_OPENING_LINES]
    return readable[:REPORT_OPENING_LINES] + prose


def _reports_a_meeting(readable: list[str]) -> bool:
    """A prose account of a meeting (a club's, a council's report, a local paper's): its
    opening reports the meeting as held (`Op maandag 5 november vergaderde de kerkenraad`),
    or a heading that names a meeting (`Jaarvergadering 2019`, `Impressie Ledenvergadering`)
    stands over a text that does so further on."""
    if any(_tells_a_meeting_held(x) for x in _opening(readable)):
        return True
    head = readable[: _rules()["title_search_lines"]]
    # a site may close its title with a period (`Jaarvergadering KBO 2020.`)
    head = [head[0].removesuffix("."), *head[1:]] if head else head
    named = any(names_a_meeting(x) and _is_heading_line(x) for x in head)
    return named and any(_tells_a_meeting_held(x) for x in readable)


def _tells_a_meeting_held(line: str) -> bool:
    """An account marker in `line` that tells of one meeting held, not of how many times a
    body met in a year (`kwam het CBE 60 keer in zitting bijeen`: an annual report's)."""
    rules = _rules()
    for marker in rules["account_markers"]:
        if (m := marker.search(line)) is not None and not _counts_times(m.group(0)):
            return True
    return False


def _counts_times(span: str) -> bool:
    """Whether `span` holds a count of times (`60 keer`, `tien maal`)."""
    count = rf"(?:\b\d+|{_count_word_re().pattern})"
    return re.search(count + _rules()["counted_times"].pattern, span, re.IGNORECASE) is not None


def _is_heading_line(line: str) -> bool:
    """A heading: a short title-shaped line (a page's or a section's name), no sentence."""
    return len(line.split()) <= PROSE_LINE_WORDS and _title_shaped(line)


def _scored_type(lines: list[str]) -> str:
    """The type whose markers occur most (at least twice); a document that opens with an
    attendance list is an account of a meeting."""
    rules = _rules()
    readable = _readable(lines)
    if _lists_decisions(readable) or is_formal_decision(readable):
        return "decision_list"
    if readable and rules["minutes_markers"][0].match(readable[0]):
        return "minutes"
    held_on = _meeting_rules()["held_on"]
    opening = _opening(readable)
    if any(held_on.search(x) for x in opening):
        return "minutes"  # `Op woensdag 5 april hield de vereniging haar ledenvergadering.`
    if any(p.search(x) for p in rules["minutes_markers"] for x in opening):
        return "minutes"  # `1. opening: Yvonne opent de vergadering.`
    if _reports_a_meeting(readable) or _is_transcript(readable) or _opens_an_account(readable):
        return "minutes"
    if _opens_with_dicta(readable):
        return "decision_list"  # what the body decides, no account of its sitting above it

    def count(patterns: list[re.Pattern[str]]) -> int:
        return sum(1 for line in lines for p in patterns if p.search(line))

    if readable and names_a_meeting(readable[0]) and count(rules["minutes_markers"]):
        return "minutes"  # `Jaarvergadering 2019` over `De voorzitter opent de vergadering`

    scores = {
        "minutes": count(rules["minutes_markers"]),
        "agenda": count(rules["agenda_markers"]),
        "council_questions": count(rules["council_markers"]),
        "report": 0 if _tells_news(lines) else count(rules["report_markers"]) // 3,
        "memo": sum(1 for p in rules["memo_markers"] if any(p.search(x) for x in lines)),
    }
    best, score = max(scores.items(), key=lambda kv: kv[1])
    if score >= 2:
        return best
    structural = _portal_items_type(readable) or _structural_type(readable)
    if structural is None and any(rules["minute_taker"].match(x) for x in readable):
        return "minutes"  # who took the minutes: `Verslaggever: ...`, `Notulist`
    return structural or ("report" if _own_account(readable) else "other")


def _lists_decisions(lines: list[str]) -> bool:
    """The list of what a meeting decided: its opening announces the decisions or agreements
    that follow, or its items carry decision fields alone on their line and nobody's
    attendance is listed (minutes list who attended)."""
    rules = _rules()
    readable = _readable(lines)
    if any(rules["decision_lead_in"].search(x) for x in _opening(readable)):
        return True
    fields = sum(1 for x in readable if rules["decision_field"].match(x))
    attendance = any(rules["minutes_markers"][0].match(x) for x in readable)
    return fields >= rules["decision_fields_min"] and not attendance


def _opens_with_dicta(lines: list[str]) -> bool:
    """A body's published decisions: its opening states what the body decides (`De raad keurt
    ... goed.`) and nobody's attendance is listed (minutes print the same dicta under it)."""
    readable = _readable(lines)
    dictum = _rules()["body_dictum"]
    return any(dictum.match(x) for x in _opening(readable)) and not _lists_attendance(readable)


def is_consideration(line: str) -> bool:
    """A formal decision's consideration (`Gelet op het gemeentedecreet;`, `Overwegende dat
    ...`): why the body decides, not what."""
    return _rules()["formal_preamble"].match(line.strip()) is not None


def is_formal_decision(lines: list[str]) -> bool:
    """A body's formal decision: considerations (`Gelet op ...;`, `gezien ...`) over an
    enacting line alone (`Besluit:`), at the top or right above it wherever it stands (a
    register's record fields may come first), and nobody's attendance listed (minutes hold
    such decisions item by item, under who attended)."""
    readable = _readable(lines)
    return _enacting_index(readable) is not None and not _lists_attendance(readable)


def enacting_line_at(lines: list[str]) -> int | None:
    """The index in `lines` of a formal decision's enacting line (`Besluit:` below its
    considerations), after which its operative clauses stand; None when `lines` are no
    formal decision."""
    if not is_formal_decision(lines):
        return None
    worded = [k for k, x in enumerate(lines) if re.search(r"\w", x)]
    n = _enacting_index([lines[k] for k in worded])
    return None if n is None else worded[n]


def _is_ungreeted_formal_decision(lines: list[str]) -> bool:
    """A formal decision whose enacting line right follows its considerations and that
    greets no one: typed before letters, as a register's record fields above it (`Betreft`,
    `Kenmerk`) read as a letterhead (a letter that weighs a request greets its reader)."""
    readable = _readable(lines)
    salutation = _rules()["salutation"]
    return (
        _enacting_index(readable, opened=False) is not None
        and not _lists_attendance(readable)
        and not any(salutation.match(x) for x in lines)
    )


def _enacting_index(readable: list[str], opened: bool = True) -> int | None:
    """The index of the first enacting line that has a consideration within
    `formal_preamble_span` lines above it (considerations are a short list; a register's
    fields may stand above them) or, when `opened`, follows one that opens the text; None
    without one."""
    rules = _rules()
    enacting, span = rules["enacting_line"], rules["formal_preamble_span"]
    head = readable[: rules["formal_preamble_lines"]] if opened else []
    first = next((n for n, x in enumerate(head) if is_consideration(x)), None)
    for n, x in enumerate(readable):
        if not enacting.match(x.strip()):
            continue
        if (first is not None and n > first) or any(
            map(is_consideration, readable[max(0, n - span) : n])
        ):
            return n
    return None


def _opens_an_account(readable: list[str]) -> bool:
    """A text that opens with the meeting's first item (`1.a Opening ...`) and, below it, a
    line of prose: what happened or was said under it (an agenda lists the next item)."""
    if len(readable) < 2 or not _rules()["opening_item"].match(readable[0]):
        return False
    below = readable[1]
    return len(below.split()) >= PROSE_LINE_WORDS and not re.match(r"\d{1,2}\.?\s", below)


def _is_transcript(readable: list[str]) -> bool:
    """A transcript of a meeting's recording: many lines opening with a time code."""
    rules = _rules()
    coded = sum(1 for x in readable if rules["transcript_line"].match(x))
    return coded >= rules["transcript_min_lines"]


def _portal_items_type(readable: list[str]) -> str | None:
    """A meeting portal's page of items without a dated header (`Agendapunten` over the
    items): a decision list where its items carry decision or outcome fields, else the
    meeting's agenda; None without that heading."""
    rules = _rules()
    if not any(rules["agenda_items_heading"].match(x) for x in readable):
        return None
    fields = (rules["decision_field"], rules["outcome_field"])
    return "decision_list" if any(p.search(x) for p in fields for x in readable) else "agenda"


# ---------------------------------------------------------------------------------------------
# typing by how a text is built (no title, header or marker named it)


@cache
def _structure_rules() -> dict[str, Any]:
    raw = load_patterns("doc_types.json")["structure"]
    rx = {k: re.compile(v, re.IGNORECASE) for k, v in raw.items() if k.endswith("_regex")}
    return {**{k: v for k, v in raw.items() if not k.startswith("_")}, **rx}


class _Items(NamedTuple):
    """The numbered items of a meeting's order found in a text."""

    count: int  # items in rising order (`1.`, `2.`, `3.` ...)
    discussed: int  # items with a line of prose below them
    with_outcome: int  # items whose text says what was done with them
    opening_or_closing: bool  # an `Opening`, `Rondvraag` or `Sluiting` item


def _item_number(line: str) -> int | None:
    """The number of an item alone on its line, or of one whose discussion runs on after
    its title and a colon (`2. Financiën: Kees meldt ...`); None for other lines."""
    rules = _structure_rules()
    m = rules["item_regex"].match(line)
    if m is not None and len(line.split()) <= rules["item_max_words"]:
        return int(m.group(1))
    m = rules["inline_item_regex"].match(line)
    return int(m.group(1)) if m else None


def _numbered_items(lines: list[str]) -> _Items:
    """The items that follow one another in number (a list of dates or amounts does not),
    or else the unnumbered items of a meeting's order; and what stands below each of them."""
    chain = _longest_run(lines)
    if len(chain) < _structure_rules()["items_min"]:
        chain = _unnumbered_items(lines)
    return _items_below(lines, chain)


def _longest_run(lines: list[str]) -> list[int]:
    """Indexes of the longest run of items numbered one after the other (`1.` `2.` `3.`); a
    date at a line's start (`12 juli 2018`) numbers no item, and a `1.` may restart a run
    (a decision's own numbered points below an item)."""
    best: list[int] = []
    run: list[int] = []
    for n, line in enumerate(lines):
        number = None if DATE_RE.match(line) else _item_number(line)
        if number is None:
            continue
        if run and number == _item_number(lines[run[-1]]) + 1:
            run.append(n)
        elif number == 1 or not run:
            run = [n]
        best = max(best, run, key=len)
    return best


def _unnumbered_items(lines: list[str]) -> list[int]:
    """Indexes of a meeting's items as short headings or bullets without numbers, from an
    opening item (`Opening`, `Welkom`) to a closing one (`Rondvraag`, `Sluiting`): the
    order of a meeting, where any short lines above (a list of who attended) are not."""
    rules = _structure_rules()

    def short(line: str) -> bool:
        words = re.sub(r"^[-•*o]\s+", "", line)
        return len(words.split()) <= rules["unnumbered_item_max_words"] and _title_shaped(words)

    heads = [n for n, x in enumerate(lines) if short(x)]
    opening = [n for n in heads if rules["opening_item_regex"].search(lines[n])]
    closing = [n for n in heads if rules["closing_item_regex"].search(lines[n])]
    if not opening or not closing or closing[-1] <= opening[0]:
        return []
    chain = [n for n in heads if opening[0] <= n <= closing[-1]]
    return chain if len(chain) >= rules["items_min"] else []


def _items_below(lines: list[str], chain: list[int]) -> _Items:
    """How many of the items at `chain` have prose or an outcome below them."""
    rules = _structure_rules()
    if len(chain) < rules["items_min"]:
        return _Items(0, 0, 0, False)
    ends = chain[1:] + [len(lines)]
    discussed = with_outcome = 0
    for start, end in zip(chain, ends, strict=True):
        body = lines[start + 1 : end]
        inline = len(lines[start].split()) > rules["item_max_words"]  # its discussion runs on
        discussed += inline or any(len(x.split()) >= rules["discussion_min_words"] for x in body)
        with_outcome += any(rules["outcome_regex"].search(x) for x in [lines[start], *body])
    ordered = any(
        rules["closing_item_regex"].search(lines[n]) or rules["opening_item_regex"].search(lines[n])
        for n in chain
    )
    return _Items(len(chain), discussed, with_outcome, ordered)


class _Cues(NamedTuple):
    """Independent evidence of what a text is: of a meeting's order, of its record (what was
    said and done) and of its plan (an agenda for a meeting still to come)."""

    items: _Items
    meeting: bool  # its order is a meeting's: opening/closing items, a meeting named on top
    record: int  # attendance, discussed items, action labels, reported speech, outcomes
    plan: int  # bare items, a date/time/place block, an invitation
    decided: bool  # at least half the items say what was decided
    present: bool  # someone attends or speaks: what a record prints and a decision list not


def _structure_cues(lines: list[str]) -> _Cues:
    rules = _structure_rules()
    items = _numbered_items(lines)

    def any_line(key: str) -> bool:
        return any(rules[key].search(x) for x in lines)

    attendance = _tells_attendance(lines)
    speech, labels = any_line("speech_regex"), any_line("label_regex")
    discussed = items.count > 0 and items.discussed * 2 >= items.count
    decided = items.count > 0 and items.with_outcome * 2 >= items.count
    logistics = sum(1 for x in lines if rules["logistics_regex"].match(x)) >= rules["logistics_min"]
    bare = items.count > 0 and items.discussed == 0
    record = (attendance, discussed, labels, speech, any_line("outcome_regex"))
    meeting = items.opening_or_closing or attendance or labels or decided
    return _Cues(
        items=items,
        meeting=meeting or _names_a_meeting_on_top(lines),
        record=sum(record),
        plan=sum((bare, logistics, any_line("invitation_regex"), any_line("announcement_regex"))),
        decided=decided,
        present=attendance or speech,
    )


def _lists_attendance(lines: list[str]) -> bool:
    """Whether a text lists who attended: an attendance label with its names (`Aanwezig:
    ...`), an attendance heading over them (`Aanwezig`, `## Aanwezigen`) or a table of
    presence marks (`| Student | Aanw. |` over `| Piet Jacobs | x |`)."""
    heading = _structure_rules()["attendance_heading_regex"]
    label = _rules()["minutes_markers"][0]
    return any(label.match(x) or heading.search(x) for x in lines) or _marks_presence(lines)


def _tells_attendance(lines: list[str]) -> bool:
    """Whether a text lists who attended or counts them (`Er waren 23 leden aanwezig`)."""
    counted = _structure_rules()["attendance_count_regex"]
    return _lists_attendance(lines) or any(counted.search(x) for x in lines)


def _structural_type(readable: list[str]) -> str | None:
    """minutes, a decision list or an agenda from how the text is built, when several
    independent cues agree; None when they do not (one keyword decides nothing)."""
    rules = _structure_rules()
    cues = _structure_cues(readable)
    if cues.meeting and cues.record >= rules["record_min_cues"] and cues.record > cues.plan:
        return "minutes"  # who attended, what was said and done, without a numbered order
    if cues.present and not cues.plan and _dates_a_meeting(readable):
        return "minutes"  # `Datum voortgangsgesprek: 25/02/2019` over who attended
    if not (cues.items.count and cues.meeting):
        attended = cues.present and not cues.plan  # no invitation, no date/time/place block
        return "minutes" if _prose_account(readable, attended) else None
    if cues.record >= rules["minutes_min_cues"] and cues.record > cues.plan:
        return "decision_list" if cues.decided and not cues.present else "minutes"
    if cues.plan >= rules["agenda_min_cues"] and not cues.record:
        return "agenda"
    told = cues.items.discussed * 2 > cues.items.count
    if told and not cues.plan and names_a_meeting(readable[0]):
        return "minutes"  # `Bestuursvergadering 5` over items told of one by one
    return None


def _dates_a_meeting(lines: list[str]) -> bool:
    """Whether a record's head holds the field that dates the meeting or talk it reports
    (`Vergaderdatum:`, `Datum voortgangsgesprek:`), whatever its value (`N/A`)."""
    label = _rules()["meeting_date_label"]
    return any(label.match(x) for x in lines[:RECORD_HEAD_LINES])


def _stamped_below(lines: list[str], title: str) -> bool:
    """Whether the line right below the title says when the text was posted and nothing
    else: a date with a time of day (`14 november 2023, 08:56`) or a posting stamp
    (`Gepubliceerd op 12 maart 2024`): a web post's head, its headline over its posting
    time. A report's own title page prints neither (a publication page may date the
    report it publishes: `21 juni 2022` alone)."""
    if title not in lines:
        return False
    below = lines[lines.index(title) + 1 : lines.index(title) + 2]
    if not below or len(below[0].split()) > STAMP_MAX_WORDS:
        return False
    return _is_timestamp(below[0]) or _rules()["posting_stamp"].match(below[0]) is not None


STAMP_MAX_WORDS = 6  # `woensdag 14 november 2023, 08:56 uur`


def _records_a_meeting(lines: list[str]) -> bool:
    """A record by how it is built, with several cues of one (who attended, what was said,
    labels, outcomes): what turns a title naming an agenda into minutes. A prose sentence
    alone does not (an agenda tells why the meeting is called, and which decisions it is
    to ratify)."""
    cues = _structure_cues(lines)
    return (
        _structural_type(lines) == "minutes"
        and cues.record >= _structure_rules()["minutes_min_cues"]
    )


def _is_plan(lines: list[str]) -> bool:
    """A meeting's plan under a title that names the meeting and its date: numbered items
    with nothing below them, with a date/time/place block or an invitation, and nothing of
    a record (no attendance, discussion, labels, speech or outcomes)."""
    cues = _structure_cues(lines)
    return (
        cues.items.count > 0
        and cues.plan >= _structure_rules()["agenda_min_cues"]
        and not cues.record
    )


def _tells_news(lines: list[str]) -> bool:
    """A news item's reporting verbs (`meldt`, `aldus`, `maakte bekend`, `vandaag`), a
    post's stamp right below its headline (`Gepubliceerd op 12 maart 2024`), or a headline
    or lead that tells of a report as another's (`Ombudsvrouw stelt jaarverslag 2020 voor`,
    as a report's name over such a lead is news): a text that tells of an organisation's
    figures is no report of its own."""
    news = _structure_rules()["news_regex"]
    readable = [x.strip() for x in lines if x.strip()]
    prose = _prose_lines(readable)[:1]
    return (
        any(news.search(x) for x in lines)
        or (bool(readable) and _stamped_below(readable, readable[0]))
        or _headed_as_a_post(readable)
        or _tells_of_a_report(readable[:1] + prose, prose)
    )


def _headed_as_a_post(readable: list[str]) -> bool:
    """Whether a web page's first lines say it is a post: the news section it stands in
    (`Nieuws` alone, or in its breadcrumb), the month a search engine stamped it with
    (`date 2022-05 ...`), or its lead's dateline (`MEDEMBLIK – De gemeente ...`)."""
    rules = _structure_rules()
    head = [x.strip() for x in readable[: rules["news_head_lines"]]]
    stamped = bool(head) and rules["search_stamp_regex"].match(head[0]) is not None
    dateline = any(rules["news_dateline_regex"].match(x) for x in head)
    return stamped or dateline or any(rules["news_section_regex"].search(x) for x in head)


def _own_account(lines: list[str]) -> bool:
    """An organisation's own account of a past period in figures (a paragraph of its annual
    report), and no news item's reporting verbs: a line that names the period and counts in
    it (`In 2022 was sprake van zeven datalekken`; a year named in passing, `Eerder in 2019
    ...`, counts nothing) with `we`, or with the cases it took in or settled then (`De
    ombudsman ontving in 2020 ... 1191 klachten`) where it cites no one's report (a news
    item: `Dat staat in de jaarlijkse rapportage van de AP`); or a period named above a
    table of figures (one cell per line), in whatever person the organisation writes of
    itself (`Defensie`)."""
    rules = _structure_rules()

    def counts(line: str) -> bool:
        line = re.sub(r"\b(19|20)\d\d\b", "", line)
        return rules["figure_regex"].search(line) is not None or _count_word_re().search(line)

    def found(key: str) -> bool:
        return any(rules[key].search(x) for x in lines)

    if _tells_news(lines):
        return False
    periods = [x for x in lines if rules["period_regex"].search(x) and counts(x)]
    if periods and found("first_person_regex"):
        return True
    if any(rules["intake_regex"].search(x) for x in periods) and not found("cited_report_regex"):
        return True  # `De ombudsman ontving in 2020 ... 1191 klachten`, citing no one's report
    if any(p.match(x.strip()) for p in _rules()["figures_headings"] for x in lines):
        return True  # `Kerncijfers klachten 2016` heading the figures below it
    if _year_table(lines):
        return True  # `2019 2018 2017` over `Totaal aantal klachten 637 587 541`
    return _figure_cells(lines) >= rules["figure_table_min_cells"] and found("period_regex")


def _year_table(lines: list[str]) -> bool:
    """A table flattened one row per line: a header of the years it compares and, on the
    next line that is not blank, a label with one figure per year."""
    rules = _structure_rules()
    readable = [x.strip() for x in lines if x.strip()]
    for header, row in itertools.pairwise(readable):
        if rules["year_header_regex"].match(header) is None:
            continue
        years = len(re.findall(r"\b(?:19|20)\d\d\b", header))
        figures = f"(?:{rules['year_row_figure_regex'].pattern}){{{years}}}$"
        if re.search(r"[^\W\d_]{3,}" + figures, row) is not None:
            return True
    return False


def _figure_cells(lines: list[str]) -> int:
    """Lines that are one figure, next to another such line (blank lines between them left
    out): the cells of a table's row flattened one per line; a page number stands alone."""
    cell = _structure_rules()["figure_cell_regex"]
    flags = [cell.match(x) is not None for x in lines if x.strip()]
    return sum(
        1
        for i, flag in enumerate(flags)
        if flag and ((i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1]))
    )


@cache
def _count_word_re() -> re.Pattern[str]:
    """A count written out (`zeven`, `twaalf`): the incident figures' number words from two
    on (`een` is the article as often)."""
    words = load_patterns("incident_categories.json")["number_words"]
    alt = "|".join(sorted((w for w, n in words.items() if n >= 2), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def _names_a_meeting_on_top(lines: list[str]) -> bool:
    """Whether the text's first lines name a meeting: numbered items under it are its order
    (numbered tips or steps are not)."""
    return any(names_a_meeting(x) for x in lines[:REPORT_OPENING_LINES])


def _prose_account(lines: list[str], attended: bool = False) -> bool:
    """A prose report of a meeting: its opening names a meeting and a date, and it tells what
    was said or done there, or (`attended`) it lists who attended and nothing of a plan (`Dit
    zijn de notes van het overleg op 11 december 2020` over `## Attendees`)."""
    rules = _structure_rules()
    opening = _opening(lines)
    gathering = _structure_rules()["gathering_regex"]
    named = any(names_a_meeting(x) or gathering.search(x) for x in opening)
    dated = any(DATE_RE.search(x) for x in opening)
    told = any(rules[k].search(x) for k in ("speech_regex", "outcome_regex") for x in lines)
    return named and dated and (told or attended)


def _clean_title(line: str) -> str:
    return strip_redaction_marks(line)[0].strip(" :-")


def _first_title_line(lines: list[str]) -> str | None:
    for line in lines[:8]:
        letters = sum(ch.isalpha() for ch in line)
        if letters >= 8 and letters / max(len(line), 1) > 0.6:
            return _clean_title(_title_phrase(line))
    return None


#: A title is at most this long; a longer line is running text (a paragraph, a PDF page
#: transcribed onto one line).
TITLE_MAX_CHARS = 160
#: the stamp of a meeting that a document is tabled at, run onto its head: `Vergadering
#: algemeen bestuur op 15 augustus 2012, agendapunt 2` (the document's own date follows)
_TABLED_STAMP_RE = re.compile(
    r"^[^.]{0,100}?\b(?:19|20)\d\d,?\s+agendapunt\s*:?\s*\d+[a-z]?\b[\s.:-]*", re.IGNORECASE
)
#: where a line's first phrase ends: a sentence's end before a capital, or a field label
_PHRASE_END_RE = re.compile(r"(?<=[a-z\d)])[.!?](?=\s+[A-Z])|\s(?=[A-Z][a-z]+\s*:\s)")


def _title_phrase(line: str) -> str:
    """The title a line of running text opens with: its first phrase, without the stamp of
    the meeting the document is tabled at (a short line is its own title)."""
    if len(line) <= TITLE_MAX_CHARS:
        return line
    line = _TABLED_STAMP_RE.sub("", line) or line
    m = _PHRASE_END_RE.search(line)
    return line[: m.start() + (m.group(0) != " ")] if m else line[:TITLE_MAX_CHARS]


def letter_subject(lines: list[str]) -> str | None:
    """The value of a letter's subject label (`Betreft`, `Onderwerp`) in its letterhead,
    with the line it wraps onto: one more line that stands between the value and the next
    letterhead label or the salutation (`_wraps_onto`)."""
    rules = _rules()
    top = lines[: rules["letter_subject_lines"]]
    for n, line in enumerate(top):
        m = rules["letter_subject"].match(line)
        if m:
            value = m["value"].strip()
            wrapped = top[n + 1] if n + 1 < len(top) else ""
            if _wraps_onto(value, wrapped, top[n + 2] if n + 2 < len(top) else ""):
                value = f"{value} {wrapped.strip()}"
            return _clean_title(value)
    return None


#: a line of the letterhead's address column (`3511 GG Utrecht`, `@minezk.nl`, `www.`)
_ADDRESS_LINE = re.compile(r"@|\bwww\.|https?:|\b\d{4}\s?[A-Z]{2}\b|\bpostbus\b", re.IGNORECASE)


def _wraps_onto(value: str, line: str, after: str) -> bool:
    """`line` is the rest of a subject `value`: it stands before the next letterhead label
    or the salutation and is no field, no sentence, no address line of the other column."""
    if not line.strip() or not after.strip() or value.endswith((".", ":")):
        return False
    if line.rstrip().endswith(".") or not _ends_letterhead_field(after):
        return False  # a sentence of the body, not the rest of a subject
    return not _ends_letterhead_field(line) and _ADDRESS_LINE.search(line) is None


def _ends_letterhead_field(line: str) -> bool:
    """Blank, a letterhead label or the salutation: what follows a field's value."""
    rules = _rules()
    stripped = line.strip()
    return (
        not stripped
        or rules["salutation"].match(stripped) is not None
        or any(p.match(stripped) for p in rules["letterhead"])
    )


def _email_subject(lines: list[str]) -> str | None:
    label = _rules()["email_subject_label"]
    for line in lines[:40]:
        m = re.match(rf"^(?:{label})\s*:\s*(.+)$", line, re.IGNORECASE)
        if m:
            return m[1].strip()
        m = re.match(rf"^(.+?)\s*(?:{label})\s*:\s*$", line, re.IGNORECASE)
        if m:
            return m[1].strip()
    return None


def context_year(text: str) -> int | None:
    """The year a document is about: the most frequent explicit year among its dates."""
    years = Counter(
        parsed.value.year
        for _, _, parsed in find_dates(text)
        if not parsed.year_inferred and 1990 <= parsed.value.year <= 2100
    )
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _is_timestamp(line: str) -> bool:
    """A date followed by a time of day: a header's sent date standing on its own."""
    m = DATE_RE.search(day_first(line))
    return bool(m and TIME_RE.search(day_first(line)[m.end() :]))


def _unlabelled_header_date(lines: list[str]) -> date | None:
    """The sent date of a mail header without labels, in the date form of its own kind:
    a mail archive's page (`Thu Dec 9 21:01:27 GMT 2010` below the sender) or a one-line
    header (`2012/10/22 Info Hoge Raad <info@hogeraad.nl>`), as printed (its zone's day)."""
    from pipeline.emails import archive_header, sender_line  # emails imports this module

    if (archived := archive_header(lines)) is not None:
        return archived[1].value.date()
    hit = next((hit for x in lines[:LISTING_LINES] if (hit := sender_line(x))), None)
    return hit[0].value.date() if hit else None


def document_date(
    doc_type: str, text: str, title: str | None, fallback_year: int | None = None
) -> tuple[date | None, bool]:
    """(doc_date, year_inferred): the date the document carries as its own.

    Letters: their date field (`letter_date`). E-mails: the first header date (the top
    message's; a date in the subject is not the mail's date). Meeting documents: the date in
    the title or the Datum label. Others: the Datum label, the title, a line that is nothing
    but a date (a date field whose label OCR set elsewhere: a cover sheet's "Datum BO-BP"),
    else the first date near the top.
    """
    posted = _front_matter_stamp(text)
    raw = text
    text = without_markdown(text)  # `**Datum:** 4 maart 2025` is a date field
    if doc_type in ("letter", "woo_decision"):
        return _letter_doc_date(doc_type, text, posted)
    # a document that never writes its year ("9 maart") takes that of its bundle
    year = context_year(text) or fallback_year
    lines = text_lines(text)
    if doc_type == "inventory":  # only a Datum label: the rows' dates are not its own
        return _first_date(_labelled_dates(lines, doc_type)[:1], year)
    if doc_type == "email":
        return _mail_doc_date(lines, title, year)
    titled = [_compact_date_spelled_out(title), title] if title else []
    if doc_type in ("minutes", "decision_list", "agenda"):
        return _meeting_doc_date(doc_type, _Dated(text, lines, titled, year), raw, posted)
    return _carried_doc_date(doc_type, _Dated(text, lines, titled, year))


class _Dated(NamedTuple):
    """What a document is dated from: its text without markup, its lines, its title (and
    that title's compact date spelled out), the year a date without one takes."""

    text: str
    lines: list[str]
    titled: list[str]
    year: int | None


def _letter_doc_date(doc_type: str, text: str, posted: str | None) -> tuple[date | None, bool]:
    """A letter's or a Woo decision's date field; a decision without one, the date it
    states it was taken."""
    # the day a crawler stored or posted the letter (its front matter's date) is not its date
    text = "\n".join(x for x in text.splitlines() if not posted or x.strip() != posted)
    parsed = letter_date(text)
    if parsed is None and doc_type == "woo_decision":
        return _stated_decision_date(text_lines(text)), False
    return (parsed.value, False) if parsed else (None, False)


def _mail_doc_date(
    lines: list[str], title: str | None, year: int | None
) -> tuple[date | None, bool]:
    """A mail is dated by its header (a sent label, a timestamp standing apart, a reply
    line's date and time); a date in its text is what the text is about."""
    top = _top_sent_value(lines)
    if top is not None:
        return _first_date([top], year)
    if mail_window_title(lines) is not None:
        # a screenshot of a mail window: the time its reading pane prints, above the
        # header of the message it forwards
        pane = [x for x in map(repair_date_span, lines[:WINDOW_PANE_LINES]) if _is_timestamp(x)]
        return _first_date(pane[:1], year)
    stamped = [x for x in lines[:15] if _is_timestamp(x)]
    # a page's heading that names the mail it prints, with its date (`1 april 2022
    # Mailbericht werkgroep aan buurtadviseur`), where the mail's header is left out
    named = [x for x in lines[:15] if _heading_naming_a_mail(x)]
    dated = named + _labelled_dates(lines, "email") + stamped + [title or ""]
    found = _first_date(dated, year)
    return found if found[0] is not None else (_unlabelled_header_date(lines), False)


def _meeting_doc_date(
    doc_type: str, dated: _Dated, raw: str, posted: str | None
) -> tuple[date | None, bool]:
    """A meeting's document: the day its page was posted is not the meeting's. An agenda:
    its title, its Datum label, a line that is only a date, its first lines. A record: see
    `_record_date`; a running page of several meetings has no one date of its own."""
    labelled = _labelled_dates(dated.lines, doc_type)
    other_acts = _stamped_lines(dated.lines) | set(_preamble(dated.lines))
    lines = [x for n, x in enumerate(dated.lines) if x != posted and n not in other_acts]
    bare = [line for line in lines[:80] if bare_date(line) is not None][:1]
    if doc_type == "agenda":
        return _first_date(dated.titled + labelled + bare + lines[:25], dated.year, dated.text)
    if _several_meetings(lines) or _dated_heading_levels(raw):
        return None, False
    return _record_date(doc_type, dated._replace(lines=lines), labelled, bare)


def _stamped_lines(lines: list[str]) -> set[int]:
    """The lines that date the page rather than what it records: a posting stamp
    (`Gepubliceerd op ...`), a register's date of publication or force (`Publicatiedatum:`,
    `Geldend van 15-06-2021 t/m heden`), and the date right below such a label alone."""
    stamp = _rules()["posting_stamp"]
    found = {n for n, x in enumerate(lines) if stamp.match(x)}
    return found | {n + 1 for n in found if not DATE_RE.search(lines[n])}


def _preamble(lines: list[str]) -> range:
    """The lines of a formal decision from its first consideration down to its enacting
    line: the dates they cite are of the acts it rests on (`gelet op het voorstel van 12
    maart 2014`), not its own."""
    at = enacting_line_at(lines)
    if at is None:
        return range(0)
    return range(next((k for k, x in enumerate(lines) if is_consideration(x)), at), at)


def _record_date(
    doc_type: str, dated: _Dated, labelled: list[str], bare: list[str]
) -> tuple[date | None, bool]:
    """A record's (minutes', a decision list's) date: first what dates its meeting itself (a
    meeting-date label, a sitting's slot, a dated heading, a sentence opening by saying it
    was held), its title, its Datum label, then a sentence saying it was held, a line that is
    only a date and the record's head. A date below the body's first item dates what the item
    is about, not the meeting; a sentence that tells of a date (`Op 3 november 2021
    installeerde de burgemeester de raad`) and does not say the meeting was held dates an
    earlier event."""
    lines = dated.lines
    held = _held_on_sentences(lines) if doc_type == "minutes" else []
    own = _meeting_dated_lines(lines) + [x for x in held if _opens_with_held_on(x)]
    own += _meeting_of_date_sentences(lines)
    head = [
        x
        for x in _record_head(lines[:RECORD_HEAD_LINES])
        if not (_tells_an_earlier_date(x) or _list_item(x))  # `- Ministerieel besluit van ...`
    ]
    # a title read from an item that approves an earlier record dates that record
    items = {x.strip(): k for k, x in enumerate(lines)}
    titled = [
        x
        for x in dated.titled
        if not _tells_an_earlier_date(x)
        and not (x in items and _names_an_earlier_record(lines, items[x]))
    ]
    return _first_date(own + titled + labelled + held + bare + head, dated.year, dated.text)


def _carried_doc_date(doc_type: str, dated: _Dated) -> tuple[date | None, bool]:
    """Any other document: its Datum label, its title, a line that is only a date, else the
    first date its first lines carry (not one a sentence tells of, a list's item or a
    table's cell). A day printed without its year (`Vrijdag 27 augustus werd ...`) dates it
    only where the text prints that day with its year too; else a line that is only a date
    with its year does (`Extra raadvergadering 7 december` over `3 december 2017`: the event
    the headline names, and the day it was posted), or nothing."""
    lines = dated.lines
    carried = [
        x
        for n, x in enumerate(lines[:15])
        if (n == 0 and not _tells_a_period(x))
        or not (_tells_a_date(x) or _list_item(x) or _beside_a_cell(lines, n))
    ]
    labelled = _labelled_dates(lines, doc_type)
    bare = _bare_dates(lines)
    titled = [x for x in dated.titled if not _tells_a_period(x)]
    found = _first_date(labelled + titled + bare + carried, dated.year, dated.text)
    if found[1] and found[0] is not None and not _printed_with_its_year(found[0], dated.text):
        return _first_date(bare, None)  # a post's own date with its year, else none
    return found


def _printed_with_its_year(day: date, text: str) -> bool:
    """Whether the text prints `day` with its year somewhere: then a mention of it without
    its year is dated by the text itself, not by a guess of the year."""
    return any(p.value == day and not p.year_inferred for _, _, p in find_dates(text))


#: a date a sentence opens a period with or closes one by (`Sinds 1 april 2022 worden ...`,
#: `Vanaf 1 januari 2024 geldt ...`, `Tot 1 juli 2023 was ...`)
_PERIOD_DATE_RE = re.compile(r"\b(?:sinds|vanaf|per|tot|m\.i\.v\.|met\s+ingang\s+van)\s+$", re.I)


def _tells_a_period(line: str) -> bool:
    """A prose line whose date opens or closes a period (`Sinds 25 mei 2018 is het verplicht
    ...`): when a rule or state began or ended, not the day the text was written."""
    m = DATE_RE.search(line)
    return m is not None and _tells_a_date(line) and _PERIOD_DATE_RE.search(line[: m.start()])


def _heading_naming_a_mail(line: str) -> bool:
    """A heading (a short line, no sentence) that names the mail below it (`Mailbericht
    werkgroep aan buurtadviseur`, `2 mei 2023 Bijgaande mail van de provincie`)."""
    short = len(line.split()) <= HEADING_MAX_WORDS and not line.rstrip().endswith(".")
    return short and _rules()["mail_named"].search(line) is not None


#: a list's bullet (`- `, `* `, `• `) before an item
_LIST_ITEM_RE = re.compile(r"^[-*•▪]\s")


def _list_item(line: str) -> bool:
    """A line of a list: its date dates that item (an entry of a log, a deadline), not the
    document (a meeting's documents may list their date, time and place as bullets)."""
    return _LIST_ITEM_RE.match(line) is not None


def _bare_dates(lines: list[str]) -> list[str]:
    """The first line near the top that is nothing but a date, not a list's item nor a
    table's cell."""
    top = lines[:80]
    return [
        x
        for n, x in enumerate(top)
        if not _list_item(x) and bare_date(x) is not None and not _beside_a_cell(top, n)
    ][:1]


_EMPTY_CELL_RE = re.compile(r"^\s*[-–—]\s*$")


def _beside_a_cell(lines: list[str], n: int) -> bool:
    """Whether the non-blank line above or below line n is a table's cell flattened onto a
    line of its own (a figure, or a dash for an empty cell): a date among them is a cell too
    (`Standdatum:` / `-` / `2-1-23`), the date the table's figures stand at."""
    cell = _structure_rules()["figure_cell_regex"]
    above = next((x for x in reversed(lines[:n]) if x.strip()), "")
    below = next((x for x in lines[n + 1 :] if x.strip()), "")
    return any(cell.match(x) or _EMPTY_CELL_RE.match(x) for x in (above, below))


#: a news item's dateline: a place, the date and a dash before the first sentence
DATELINE_MAX_OFFSET = 25
#: what closes a news item's dateline before its first sentence: a dash (`Westland
#: 17.03.2015 - De fractie ...`), or a full stop after a place named with its comma
#: (`Wijk bij Duurstede, 28 februari 2013. Na de bijeenkomst ...`)
_DATELINE_DASH_RE = re.compile(r"\s*[-–—]\s")
_DATELINE_STOP_RE = re.compile(r"\.\s+(?-i:[A-Z])")
_DATELINE_PLACE_RE = re.compile(r"^(?-i:[A-Z])[\w'’. -]*,\s*$")
#: a post's stamp before its lead: the date alone then a column rule (`8 september 2006 |
#: In haar programma ...`), or the writer's byline before the date (`Door Anna Smit -
#: 27-12-2016, 16:40`)
_STAMP_RULE_RE = re.compile(r"\s*[|·]\s")
_BYLINE_RE = re.compile(r"^(?:door|by)\s+[^\d|]{2,40}?\s[-–—|·]\s*$", re.IGNORECASE)


#: A running page of meetings holds this many sections headed by a meeting's date.
SEVERAL_MEETINGS = 3
#: a section's heading that is a meeting's date and the body that met (`1 juli 2021
#: Kerkenraad`, `24 augustus Moderamen`): the body's name has at most this many words
SECTION_NAME_MAX_WORDS = 3


def _several_meetings(lines: list[str]) -> bool:
    """A body's running page of what its meetings decided, newest first (`24 augustus
    Kerkenraad` over its points, `1 juli 2021 Kerkenraad` over its points ...): sections
    each headed by a short line that opens with a meeting's date (a list of meeting dates,
    one under the other, heads no sections)."""

    def dated_head(line: str) -> bool:
        m = DATE_RE.match(line)
        rest = line[m.end() :].split() if m else []  # the body's name, capitalised
        return (
            m is not None
            and len(rest) <= SECTION_NAME_MAX_WORDS
            and all(w[:1].isupper() for w in rest)
        )

    heads = [n for n, x in enumerate(lines[:-1]) if dated_head(x) and not dated_head(lines[n + 1])]
    return len({DATE_RE.match(lines[n])[0] for n in heads}) >= SEVERAL_MEETINGS


def _dated_heading_levels(text: str) -> bool:
    """A journal of meetings kept as markdown: headings of one level that each date one
    meeting (`## Scrum Meeting: 03/10/2024 09:00`, `## Scrum Meeting: 04/10/2024 11:45`, ...),
    at least SEVERAL_MEETINGS dates: the file has no one date of its own."""
    dates: dict[int, set[str]] = {}
    for line in text.splitlines():
        m = MARKDOWN_HEADING_RE.match(line)
        found = DATE_RE.findall(line) if m else []
        if len(found) == 1 and len(line.split()) <= HEADING_MAX_WORDS + 1:
            dates.setdefault(len(m["level"]), set()).add(DATE_RE.search(line)[0])
    return any(len(days) >= SEVERAL_MEETINGS for days in dates.values())


def _tells_an_earlier_date(line: str) -> bool:
    """A line of a record that dates something else than its meeting: one about an earlier
    meeting's record or the next meeting, or a sentence that tells of a date and neither names
    a meeting nor says one was held (`gehouden op dinsdag 23 april 2013, ...`)."""
    if _rules()["earlier_record"].search(line) or _rules()["next_meeting"].search(line):
        return True
    if not _tells_a_date(line) or _title_shaped(line) or names_a_meeting(line):
        return False  # a heading (`Board session - 24 maart 2021`) is no sentence
    held = [*_held_markers(), _structure_rules()["held_phrase_regex"]]
    return not any(p.search(line) for p in held)


def _held_markers() -> list[re.Pattern[str]]:
    """What says a meeting was held: a report's account markers, a held-on phrase."""
    return [*_rules()["account_markers"], _meeting_rules()["held_on"]]


def _tells_a_date(line: str) -> bool:
    """A line of prose that tells of a date (`Sinds 1 januari 2016 is de meldplicht van
    kracht`): what the text is about, not the date the document carries (a dateline is:
    `Westland 17.03.2015 - De fractie ...`)."""
    if len(line.split()) < PROSE_LINE_WORDS:
        return False
    m = DATE_RE.search(line)
    return m is None or m.start() > DATELINE_MAX_OFFSET or not _closes_dateline(line, m)


def _closes_dateline(line: str, m: re.Match[str]) -> bool:
    """Whether the date `m` found near the start of `line` is a news item's dateline or a
    post's stamp: a dash after it, a full stop after it where only a place and its comma
    stand before it, a column rule after it where nothing stands before it, or the writer's
    byline before it."""
    after, before = line[m.end() :], line[: m.start()]
    if _DATELINE_DASH_RE.match(after) or _BYLINE_RE.match(before):
        return True
    if not before.strip() and _STAMP_RULE_RE.match(after):
        return True
    return bool(_DATELINE_STOP_RE.match(after) and _DATELINE_PLACE_RE.match(before))


def _meeting_dated_lines(lines: list[str]) -> list[str]:
    """The lines that date a record's meeting above its body, the one that says so most
    directly first: a meeting-date label (`Vergaderdatum: 4 juli 2023`), then the record's
    headings that name it (`Notulen bestuursvergadering Dorpsbelang 12 oktober 2021`), the
    lowest first: a web page's title (the link to the record, dated as posted or as the
    series' latest issue) stands above the record's own heading. The head ends at the body's
    first item or attendance label, so an item (`Verslag vorige vergadering 5 mei 2025`) and
    a date in the discussion never count. A sitting's slot (its date, start time and place
    alone on a line: `wo 29/01/2025 - 20:30 Raadzaal`) dates it as a label does: a point's
    title below it names what the sitting dealt with (`Zittingsverslag 18/12/2024`)."""
    rules = _rules()
    head = lines[:RECORD_HEAD_LINES]
    labelled, headings = [x for x in head if sitting_slot(x)][:1], []
    for k, line in enumerate(head):
        first_page = len(line) > PAGE_LINE_CHARS and all(
            len(x) <= PAGE_LINE_CHARS for x in head[:k]
        )
        if first_page and headings_of_page(line, headings):
            break  # the first page transcribed onto one line holds the head, the body below it
        numbered_top = k == 0 and _item_number(line) is not None and not first_page
        if _ends_record_head(line) and not numbered_top:
            break  # the first line opens the head, also where it is numbered (`1. Opening`)
        label = rules["meeting_date_label"].match(line)
        below = next((x for x in head[k + 1 :] if x.strip()), "")
        if label:
            labelled.append(label["value"])
        elif _dated_record_heading(line) and not (
            _names_an_earlier_record(head, k) or rules["next_meeting"].search(line)
        ):
            # not `Notulen 14-02-2018 worden goedgekeurd.`, nor a heading naming that record
            # over the line that approves it, nor the next meeting's date
            headings.append(line)
        elif _title_runs_on(line, below) and _dated_record_heading(f"{line} {below}"):
            # `BESLISSINGENLIJST` / `van de vergadering van het college op 26 juni 2007`: a
            # title whose meeting and date run on below it
            headings.append(f"{line} {below}")
    return labelled + headings[::-1]


def _names_an_earlier_record(lines: list[str], k: int) -> bool:
    """Whether line `k` is about an earlier meeting's record: it says so itself, or it names
    that record over the line that approves it (`Besluitenlijst van de vergadering van 25
    september 2018` / `De besluitenlijst ... wordt ongewijzigd vastgesteld`: an item of the
    meeting, never its heading)."""
    earlier = _rules()["earlier_record"]
    below = next((x for x in lines[k + 1 :] if x.strip()), "")
    return earlier.search(lines[k]) is not None or earlier.search(below) is not None


def _title_runs_on(line: str, below: str) -> bool:
    """A heading without a date whose next line goes on with it in lower case (`van de
    vergadering ...`), not a sentence of its own."""
    return not DATE_RE.search(line) and re.match(r"\s*(?:van|d\.d\.|op)\s", below) is not None


#: How far down a record's head (its title, the meeting's name and date, above its first
#: item or attendance label) may reach: a web page may print a menu, links or a planning
#: above the record.
RECORD_HEAD_LINES = 25


#: A line this long is a PDF page transcribed onto one line (a web page's `Transcriptie`),
#: never a heading or an item alone: a heading with its date, place and hours is half of it.
PAGE_LINE_CHARS = 320


#: where the body of a page transcribed onto one line opens: an attendance label or its
#: first numbered item run on after the head (`... van 27 mei 2009 Aanwezig: ...`,
#: `... te Utrecht 1. Opening De voorzitter ...`)
_PAGE_BODY_RE = re.compile(
    r"\s(?:Aanwezig|AANWEZIG|Afwezig|AFWEZIG)\w*(?:\s+\w+){0,2}\s*:|\s\d{1,2}\.\s+(?=[A-Z])"
)


def _page_line_heading(line: str) -> str | None:
    """The record's own dated heading inside a page transcribed onto one line (a web page's
    `Transcriptie` of a PDF): in the head above the body's first label or item, the last
    span from which a record's title reads up to its first date (`CONCEPTVERSLAG van de 23e
    vergadering ... op donderdag 8 december 2011`, after the receipt stamps printed above
    it); None for a shorter line."""
    if len(line) <= PAGE_LINE_CHARS:
        return None
    body = _PAGE_BODY_RE.search(line)
    head = line[: body.start()] if body else line[:PAGE_LINE_CHARS]
    earlier = _rules()["earlier_record"]
    for start in reversed([m.start() for m in re.finditer(r"(?<!\S)(?-i:[A-Z])", head)]):
        m = DATE_RE.search(head, start)
        span = head[start : m.end()] if m is not None else ""
        if span and _dated_record_heading(span):
            # not `Notulen vorige vergadering (15-2-2013)`, nor one approved right after it
            return None if earlier.search(head[start : m.end() + 120]) else span
    return None


def headings_of_page(line: str, headings: list[str]) -> bool:
    """Add the record's own heading inside a page transcribed onto one line to `headings`
    (below a web page's title that quotes the record's text); whether there was one."""
    own = _page_line_heading(line)
    if own is not None:
        headings.append(own)
    return own is not None


def _record_head(lines: list[str]) -> list[str]:
    """The lines of a record above its body: up to its first item or attendance label. The
    first line opens the head, also where it is numbered (`4. Juridisch kader`, a chapter of
    a site) or where the record opens with who attended; a page transcribed onto one line
    holds the head and the body."""
    for n, line in enumerate(lines[1:], start=1):
        if len(line) > PAGE_LINE_CHARS:
            continue
        if _ends_record_head(line):
            return lines[:n]
    return lines


def _ends_record_head(line: str) -> bool:
    """A record's body opens here: its first item (numbered, or a portal's list place and
    item number alone on the line, ` 1. 1`) or an attendance label."""
    item = _item_number(line) is not None and not DATE_RE.match(line)  # `19 mei`: a day
    item = item or _structure_rules()["portal_item_regex"].match(line.strip()) is not None
    return item or any(p.search(line) for p in _rules()["minutes_markers"])


#: A heading that does not open with the record's or the meeting's name is this short; a
#: longer line is a sentence (`De stukken voor deze vergadering zijn vanaf 10 juni ...`).
HEADING_MAX_WORDS = 12


def _dated_record_heading(line: str) -> bool:
    """A heading that names a record or its meeting with the meeting's date (`Bestuurs-
    vergadering 10 mei 2022 kort verslag voor de leden.`, `Verslag van de Ledenvergadering
    d.d. 7 september 2013, in de Gravenzaal, aanvang 10.30 uur.`)."""
    rules = _rules()
    if not DATE_RE.search(repair_date_span(line)) or len(line) > PAGE_LINE_CHARS:
        return False  # read as `_first_date` reads it (`ZITTING VAN 23 05 2019`)
    if len(line.split()) > HEADING_MAX_WORDS and not rules["meeting_named"].match(line):
        return False
    return any(
        doc_type in ("minutes", "decision_list") and pattern.search(line)
        for doc_type, pattern, _ in rules["title_rules"]
    )


#: a date written as one number at a title's start, as files of minutes kept in a repository
#: are named (`20170609 Notulen Bestuursvergadering`)
_COMPACT_DATE_RE = re.compile(r"^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[\s_-])")


def _compact_date_spelled_out(title: str) -> str:
    """The compact date opening a title as DATE_RE reads a date (`2017-06-09`), else ''."""
    m = _COMPACT_DATE_RE.match(title.strip())
    return f"{m[1]}-{m[2]}-{m[3]}" if m else ""


#: where a sentence ends inside a line of prose
_SENTENCE_END_RE = re.compile(r"(?<=[a-z\d)])[.!?]\s+(?=[A-Z])")


def _held_on_sentences(lines: list[str]) -> list[str]:
    """The sentences of a report's opening that say the meeting was held (`Op 22 november
    was er een bijeenkomst van ...`): their date is the meeting's, not the posting date
    printed above the report."""
    readable = _readable(lines)
    markers = _held_markers()
    return [
        sentence
        for line in _opening(readable)
        for sentence in _SENTENCE_END_RE.split(_ABBREVIATION_DOTS_RE.sub(r"\1", line))
        if any(p.search(sentence) for p in markers)
    ]


def _meeting_of_date_sentences(lines: list[str]) -> list[str]:
    """The sentences of a record's opening that open with its meeting and that meeting's
    date (`De bestuursvergadering van 20 maart 2019 zijn we gestart met ...`), none about an
    earlier meeting's record."""
    readable = _readable(lines)
    rules = _rules()
    return [
        sentence
        for line in _opening(readable)
        for sentence in _SENTENCE_END_RE.split(line)
        if rules["meeting_of_date"].match(sentence) and not rules["earlier_record"].search(sentence)
    ]


#: a date's abbreviation inside a sentence (`op 11 oktober jl. een ... gehouden`): its period
#: ends no sentence, so it must not cut the sentence off from what it says was held
_ABBREVIATION_DOTS_RE = re.compile(r"\b(jl|j\.l|a\.s|l\.l)\.(?=\s+[a-z])")


#: `heeft op 30 juli 2020 een besluit genomen`, `op 1 december 2022 een tweede deelbesluit`
_DECISION_TAKEN_RE = re.compile(
    r"\bop\s+(?P<span>[^.;]{6,30}?)\s+(?:een\s+)?(?:\w+\s+)?(?:deel)?besluit", re.IGNORECASE
)


def _stated_decision_date(lines: list[str]) -> date | None:
    """A decision published without its letter (no date field): the date its text says the
    decision was taken on; the last of them where a partial decision followed another."""
    found = [
        parsed
        for m in _DECISION_TAKEN_RE.finditer(" ".join(lines[:15]))
        if (parsed := _first_date([m["span"]], None)[0]) is not None
    ]
    return found[-1] if found else None


def _top_sent_value(lines: list[str]) -> str | None:
    """The top message's sent time where its sent label prints no value (a label column
    whose values OCR set apart, or whited out): the bare timestamp above the labels (the
    print stamp, or the value OCR put first) or the first one below them; "" where neither
    stands (the top
    header prints no date: the next header's date is an older message's, not the mail's).
    None where the first sent label carries its value, or none is printed."""
    for n, line in enumerate(lines[:60]):
        m = _rules()["email_sent_label"].match(line.strip())
        if not m:
            continue
        if line.strip()[m.end() :].strip():
            return None

        def bare(x: str) -> bool:
            return _is_timestamp(x) and not email_header_kinds([x.strip()])

        above = [x for x in lines[:n] if bare(x)]
        below = []
        for x in lines[n + 1 : n + 16]:
            if bare(x):
                below.append(x)
                break
            if email_header_kinds([x.strip()]) & {"from", "sent"} and x.split(":", 1)[1].strip():
                break  # the next header's own values: its date is an older message's
        return (above[-1:] or below[:1] or [""])[0]
    return None


def _labelled_dates(lines: list[str], doc_type: str) -> list[str]:
    """Values of the date labels (Datum, Sent, Verzonden) in the first lines."""
    candidates: list[str] = []
    for n, line in enumerate(lines[:60]):
        # a date label (the sent labels of the e-mail vocabulary) and its value: at the start
        # of a line, or in a running header after the sender ("Gemeente Amsterdam Datum ...")
        m = _rules()["date_label"].search(line)
        if m and (row := _label_row_value(line, m, lines[n + 1 : n + 2])) is not None:
            candidates.append(row)
            continue
        if not m or (m.start() > 0 and not DATE_RE.match(repair_date_span(m[1]))):
            continue  # a label further on in a line counts with its date right after it
        if m[1].strip():
            candidates.append(m[1])
        elif doc_type == "email" and not candidates:
            # OCR of a two-column header: the labels first, their values below them; the top
            # message's date is the first timestamp among those values, not the next label's
            candidates += [x for x in lines[n + 1 : n + 16] if _is_timestamp(x)][:1]
    return candidates


#: a row of field labels without their values (`Plaats: Tijd: Aanwezig:`)
_LABEL_ROW_RE = re.compile(r"^(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*:\s*)+$")


def _label_row_value(line: str, m: re.Match[str], below: list[str]) -> str | None:
    """The date of a table's header row of labels, the date label first (`Datum: Plaats:
    Tijd:`), whose values stand in the same order on the next line: the date that opens it
    (`24 april 2014 Gebouw Rehoboth ...`)."""
    if ":" in line[: m.start()] or not m[1].strip() or not _LABEL_ROW_RE.match(m[1].strip()):
        return None
    value = DATE_RE.match(repair_date_span(below[0])) if below else None
    return value.group(0) if value else None


def _first_date(
    candidates: list[str], year: int | None, text: str | None = None
) -> tuple[date | None, bool]:
    """(date, year_inferred) of the first readable date among the candidate spans. A date run
    on from a word or a figure is none: a misread day ("165 februari"), a section number
    ("§4.2.10"), a deadline glued to its item ("keten27-09-2020"). A date without its year
    takes the one `text` gives it (`yearless_date_in`), else `year`."""
    for span in candidates:
        span = repair_date_span(day_first(span))
        for m in DATE_RE.finditer(span):
            if m.start() > 0 and re.match(r"[\w§.]", span[m.start() - 1]):
                continue
            parsed = parse_date(m.group(0), context_year=year or 2000)
            if parsed is not None and parsed.year_inferred and text is not None:
                day, month = parsed.value.day, parsed.value.month
                found = yearless_date_in(span, day, month, text)
                if found is not None:
                    return found, True
            if parsed is not None and parsed.year_inferred and year is None:
                continue
            if parsed is not None and not parsed.year_inferred and text is not None:
                meant = misprinted_year_date(span[: m.start()], m.group(0), parsed.value, text)
                if meant is not None:
                    return meant, True
            if parsed is not None:
                return parsed.value, parsed.year_inferred
    return None, False


# ---------------------------------------------------------------------------------------------
# public API


def _plain_continuation(text: str, previous_text: str) -> bool:
    """Plain text: a chunk that goes on with the participant list the previous one ended in."""
    rules = _rules()
    lines = text_lines(text)
    if not lines or not rules["participant_line"].search(lines[0]):
        return False
    return any(rules["participant_label"].match(x) for x in text_lines(previous_text))


#: what OCR makes of a table rule or a margin line before a chunk's first word ("I - ", "| ")
_LEADING_JUNK_RE = re.compile(r"^(?:[|!I]\s+|[-–—]\s+)+")


def _opens_mid_text(text: str) -> bool:
    """Plain text: a chunk whose first line starts in lower case, with a figure or a list
    mark ("pilots met ...", "10 in de categorie ...", "• Vul na afloop") goes on with the
    document before it; documents open with a capitalised title or header. So does a chunk
    that opens with a closing formula or a comment balloon printed in the margin."""
    # a line without a letter or a figure (")", "■") is OCR noise, not the chunk's opening
    lines = _readable(text_lines(text))
    if not lines:
        return True
    first = _LEADING_JUNK_RE.sub("", lines[0]) or lines[0]
    if re.match(r"^[\d(),.;:•■▪*\-–]", first) and not re.match(r"^\d{1,2}\.\s+[A-Z]", first):
        return True
    # A sentence ends inside the first line ("Vanuit Save kwamen 22 meldingen, vanuit Veilig
    # Thuis 13. De overige ..."): running text, not a title ("Mevr. X" does not count).
    if re.search(r"(?:[a-z]{3,}|\s\d+)\. [A-Z]", first):
        return True
    rules = _rules()
    if rules["closing"].match(first) or rules["comment_balloon"].match(first):
        return True
    return first[:1].islower()


def _ends_open(previous_text: str) -> bool:
    """Plain text: a chunk that ends where its text must go on: a lead-in ending in a colon
    ("Meldingen verdeeld over de regio's:"), a parenthesis left open, a closing formula
    before its signature, or a heading whose section follows ("Stap 1: organiseren van een
    procesevaluatie")."""
    # OCR's rendering of a logo or a rule ("■", "I") ends many pages: look past it
    lines = [x for x in text_lines(previous_text) if re.search(r"[A-Za-zÀ-ÿ]{2}", x)]
    if not lines:
        return False
    last = lines[-1]
    if last.endswith(":") or last.count("(") > last.count(")") or _rules()["closing"].match(last):
        return True
    return _is_heading(last)


def _is_heading(line: str) -> bool:
    """A heading: a short capitalised phrase of words (no sentence end, no address or URL)."""
    words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", line)
    return (
        line[:1].isupper()
        and 2 <= len(words) <= 8
        and len(line) <= 60
        and _title_shaped(line)
        and not re.search(r"[@/]|\.(?:nl|com|org)\b|\d{3,}", line)
        and not line.rstrip().endswith("?")
    )


def _title_only(text: str) -> bool:
    """A chunk that is a title block alone: one or two short title-shaped lines."""
    lines = text_lines(text)
    return 1 <= len(lines) <= 2 and all(_title_shaped(x) and len(x) <= 80 for x in lines)


#: A chunk longer than this is never page furniture alone.
FURNITURE_MAX_LINES = 5
#: A line of the chunk not printed elsewhere has at most this many words (a slogan, a name).
FURNITURE_OWN_WORDS = 4
#: A line of at most one short word or a number ("utrecht", "900"): a logo's remnant.
_REMNANT_RE = re.compile(r"^[\W\d_]*[^\W\d_]{0,12}[\W\d_]*$")


def _furniture_only(texts: list[str], i: int) -> bool:
    """Plain text: a chunk of a few lines that are the sender's stationery (a logo's slogan
    and name, printed again on other pages of the source) or logo remnants, and nothing of
    its own: page furniture OCR set apart, not a document (SVMN: "Vieren wij samen." /
    "Gemeente Utrecht" above a page of an e-mail or a letter)."""
    lines = text_lines(texts[i])
    if not lines or len(lines) > FURNITURE_MAX_LINES:
        return False
    elsewhere = {x for n, text in enumerate(texts) if n != i for x in text_lines(text)}
    words = [x for x in lines if not _REMNANT_RE.match(x)]
    repeated = [x for x in words if x in elsewhere]
    own = [x for x in words if x not in elsewhere]
    # an OCR-damaged copy of the slogan ("Vi wij samen.") may stand beside the name
    short = all(len(x.split()) <= FURNITURE_OWN_WORDS for x in own)
    return bool(repeated) and len(own) <= len(repeated) and short


def _plain_text_continues(
    texts: list[str], i: int, signals: dict[str, Any], current: dict[str, Any]
) -> bool:
    """Plain text: whether chunk `i`, which page signals alone would start a document with,
    goes on with the open document. A header block (e-mail, letterhead, page numbers, a
    document stamp) always starts one; a title starts one unless the open document is still
    only its own title; a chunk without either continues where its text plainly goes on."""
    if signals["email_top"] or signals["page_of"] is not None or signals["letterhead"]:
        return False
    if signals["doc_stamp"] is not None:
        return False
    if _furniture_only(texts, i):
        return True
    if i - current["first"] == 1 and _title_only(texts[current["first"]]):
        return True  # no document is its title alone: "Leren van casuïstiek" + its pages
    if signals["title"] is not None:
        return False
    text, previous = texts[i], texts[i - 1]
    opening = text_lines(texts[current["first"]])[:1]
    if opening and text_lines(text)[:1] == opening:
        return True  # the open document's running header, repeated on its next page
    if opens_with_label_column(text_lines(text)) or mail_window_title(text_lines(text)):
        return False  # a printed mail's own header: a new print, not a quoted one
    if _opens_with_letterhead(text_lines(text)):
        return False  # a letter's address block over its labels and salutation
    if _continues_thread(texts, i, current):
        return True
    if _opens_with_pasted_header(text_lines(text)):
        return False  # a mail pasted below notes, under a heading or a list's bullet
    return _plain_continuation(text, previous) or _opens_mid_text(text) or _ends_open(previous)


#: Lines at the end of an open document within which a closing formula ends a message (the
#: signature under "Met vriendelijke groet," takes a few lines).
CLOSING_REACH = 8


def _continues_thread(texts: list[str], i: int, current: dict[str, Any]) -> bool:
    """Plain text: chunk `i` opens, below the sender's stationery, with a quoted mail header
    (header fields without a From line), and the open document is a mail thread or a
    message's body that ended in its closing formula: the earlier messages of the thread
    follow a page break. After a letter (a letterhead, or a salutation and closing) a header
    opens a new e-mail whose From line OCR lost."""
    if not opens_with_quoted_header(_below_stationery(texts, i)):
        return False
    first = texts[current["first"]]
    if has_email_header_at_top(first):
        return True
    open_text = "\n".join(texts[current["first"] : i])
    lines = text_lines(open_text)
    if _is_letter(open_text, lines):
        return False
    return any(_rules()["closing"].search(x) for x in lines[-CLOSING_REACH:])


def _below_stationery(texts: list[str], i: int) -> list[str]:
    """The lines of chunk `i` after the stationery at its top: lines printed in other chunks
    of the source too, of a few words (a logo's slogan and name), and logo remnants."""
    lines = text_lines(texts[i])
    counts = _chunk_line_counts(tuple(texts))
    n = 0
    while n < len(lines) and (
        _REMNANT_RE.match(lines[n])
        or (counts[lines[n]] > 1 and len(lines[n].split()) <= FURNITURE_OWN_WORDS)
    ):
        n += 1
    return lines[n:]


@lru_cache(maxsize=2)
def _chunk_line_counts(texts: tuple[str, ...]) -> Counter:
    """In how many chunks each line is printed."""
    return Counter(x for text in texts for x in set(text_lines(text)))


def _segment(
    texts: list[str], *, default_new: bool, plain_text: bool = False
) -> list[tuple[int, int]]:
    """Index ranges (first, last), inclusive, of the documents in a run of page texts."""
    ranges: list[tuple[int, int]] = []
    current: dict[str, Any] | None = None
    title_lines = _rules()["plain_text_title_lines"] if plain_text else None
    for i, text in enumerate(texts):
        signals = page_signals(text, title_lines)
        new = _starts_new_document(signals, current, default_new=default_new)
        if new and plain_text and current is not None:
            new = not _plain_text_continues(texts, i, signals, current)
        if new or current is None:
            current = {
                "first": i, "last_page_of": None, "doc_stamp": None,
                "title_rule": signals["title_rule"], "masthead": signals["masthead"],
                "listing": signals["listing"],
            }  # fmt: skip
            ranges.append((i, i))
        else:
            ranges[-1] = (ranges[-1][0], i)
        current["ends_in_header"] = signals["ends_in_header"]
        if signals["page_of"] is not None:
            current["last_page_of"] = signals["page_of"]
        if signals["doc_stamp"] is not None:
            current["doc_stamp"] = signals["doc_stamp"]
    return ranges


def _document_row(
    source_id: str,
    n: int,
    first: dict,
    last: dict,
    text: str,
    source_year: int | None = None,
    title_lines: int | None = None,
) -> dict:
    doc_type, title = classify_document(text, title_lines)
    doc_date, inferred = document_date(doc_type, text, title, source_year)
    return {
        "document_id": f"{source_id[:16]}-d{n}",
        "source_id": source_id,
        "first_page": first["page_no"],
        "last_page": last["page_no"],
        "doc_type": doc_type,
        "title": title,
        "doc_date": doc_date,
        "doc_date_inferred": inferred,
        "doc_stamp": document_stamp(first.get("text") or ""),
    }


def segment_documents(pages: list[dict]) -> list[dict]:
    """Documents in the pages of one source (pages in order, numbered from 1)."""
    if not pages:
        return []
    ranges, source_year = document_ranges(pages)
    return document_rows(pages, ranges, source_year)


class DocumentRanges(NamedTuple):
    """Where the documents of one source's pages are, before their rows are made."""

    #: (first, last) page of each document, indexes into the pages, inclusive
    ranges: list[tuple[int, int]]
    #: the year the source's text speaks of (completes dates printed without one)
    source_year: int | None


def document_ranges(pages: list[dict]) -> DocumentRanges:
    """The document boundaries of one source's pages (in order): what needs every page
    (the split, the source's year) and only their text, so that the documents' rows can
    then be made apart (`document_rows`, first document numbered `first_n`)."""
    texts = [page.get("text") or "" for page in pages]
    return DocumentRanges(_segment(texts, default_new=False), context_year("\n".join(texts)))


def document_rows(
    pages: list[dict], ranges: list[tuple[int, int]], source_year: int | None, first_n: int = 1
) -> list[dict]:
    """The document rows of `ranges` (indexes into `pages`), numbered from `first_n`."""
    return [
        _document_row(
            pages[first]["source_id"],
            n,
            pages[first],
            pages[last],
            "\n".join(page.get("text") or "" for page in pages[first : last + 1]),
            source_year,
        )
        for n, (first, last) in enumerate(ranges, start=first_n)
    ]


# a chunk of the plain-text release starts on a line that begins with exactly one space
_CHUNK_START_RE = re.compile(r"^ (?=\S)", re.MULTILINE)


#: a list's item as a web page saved as text indents it: a bullet or an item number
_INDENTED_ITEM_RE = re.compile(r" (?:[-*•▪·–]|\d{1,3}[.)]?)(?:\s|$)")


def _marks_pages_with_a_space(text: str) -> bool:
    """Whether a plain text follows the OCR release's convention of one space opening each
    page, the first page included. A text that opens flush left (a web page, a typed text)
    indents its lines for list markup, which starts no page; so does one whose every
    space-opened line is a list's item (an HTML list saved as text: ` • 1`, ` 1. Wat is
    ...?`, every item numbered 1 as the numbers were the browser's): a page of the OCR
    convention opens with whatever its first line is, mostly words."""
    if _CHUNK_START_RE.match(text.lstrip("\n")) is None:
        return False
    opened = _CHUNK_START_RE.finditer(text)
    return not all(_INDENTED_ITEM_RE.match(text, m.start()) for m in opened)


def _stamp_block_starts(text: str) -> list[int]:
    """Offsets of document-number stamps standing in a block of their own (a blank line
    before and after: "Docnr18" printed at the head of a page). A stamp run into the text
    around it is part of that text."""
    stamp = _rules()["doc_stamp"]
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    return [
        offsets[n]
        for n in range(1, len(lines) - 1)
        if stamp.match(lines[n].strip()) and not lines[n - 1].strip() and not lines[n + 1].strip()
    ]


#: a month and year without a day (`Vergadering juli 2021`), a year alone (`Jaarvergadering 2019`)
_MONTH_YEAR_RE = re.compile(
    rf"\b(?:(?P<month>{MONTH_ALT})"
    r"\.?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: A series title is a short line: a heading, not a sentence that mentions a date.
SERIES_TITLE_MAX_CHARS = 80


def _title_template(line: str) -> str | None:
    """A dated title with its dates taken out (`Verslag Dorpenplatform 20 april 2016` ->
    `verslag dorpenplatform #`): the title of one record of a series, None when the line
    is no such title (no date, no meeting or record named, a sentence, too long)."""
    line = line.strip()
    if len(line) > SERIES_TITLE_MAX_CHARS or not _title_shaped(line):
        return None
    template = _MONTH_YEAR_RE.sub("#", DATE_RE.sub("#", line.lower()))
    if "#" not in template or not names_a_meeting(template):
        return None
    return re.sub(r"\s+", " ", template)


def _title_when(line: str) -> date | None:
    """The date of a series title: its date, else the first of its month or year."""
    found = find_dates(line)
    if found:
        return found[0][2].value
    m = _MONTH_YEAR_RE.search(line)
    parsed = m and parse_date(f"1 {m['month'] or 'januari'} {m['year']}")
    return parsed.value if parsed else None


def _series_title_starts(text: str) -> list[int]:
    """Offsets of the lines that repeat the text's first line as the title of an earlier
    record of the same series (`Besluitenlijst woensdag 27 september 2017`, then
    `Besluitenlijst donderdag 29 juni 2017`): a web page that lists a body's minutes or
    decision lists one below the other, newest first, each a document (as a masthead under
    a new date opens the next issue of a series in a PDF). The title stands in a block of
    its own; a later date under the same title is the same meeting's report going on."""
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    template = _title_template(lines[first]) if first is not None else None
    newest = _title_when(lines[first]) if template is not None else None
    if newest is None:
        return []
    offsets, starts = [0], []
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for n in range(first + 1, len(lines)):
        if lines[n - 1].strip() or _title_template(lines[n]) != template:
            continue
        when = _title_when(lines[n])
        if when is not None and when < newest:
            starts.append(offsets[n])
            newest = when
    return starts


#: How far below its dated heading a record of a series names the meeting it reports.
DATED_HEADING_RECORD_LINES = 3
#: a heading that is nothing but a day (`## Donderdag 11 Februari`, `12 maart 2024`)
_DATED_HEADING_RE = re.compile(r"^(?P<level>#{0,6})\s*(?P<date>.+?)\s*$")


def _dated_heading(line: str) -> tuple[int, tuple[int, int, int]] | None:
    """(heading level, (year or 0, month, day)) of a line that is nothing but a date,
    its weekday and markdown heading marks allowed; None for any other line."""
    m = _DATED_HEADING_RE.match(line.strip())
    found = m and DATE_RE.fullmatch(m["date"])
    parsed = found and parse_date(m["date"], context_year=2000)
    if not parsed:
        return None
    when = parsed.value
    return len(m["level"]), (0 if parsed.year_inferred else when.year, when.month, when.day)


def _names_a_record_below(lines: list[str], n: int) -> bool:
    """Whether one of the first lines below line `n` names a meeting or its record (`###
    Verslag Vergadering`): a dated heading over a record, not over any news."""
    below = [x for x in lines[n + 1 :] if x.strip()][:DATED_HEADING_RECORD_LINES]
    return any(names_a_meeting(x) and _title_shaped(x.strip()) for x in below)


def _dated_heading_starts(text: str) -> list[int]:
    """Offsets of the dated headings that open the next record of a log whose first line is
    such a heading (`## Donderdag 11 Februari`, `### Verslag Vergadering`, the meeting's
    table ...; then `## Vrijdag 19 Februari` over the next meeting's): each record is a
    document. A heading counts where it stands in a block of its own at the first one's
    level, over a record that names a meeting as the first one does, and its day follows
    the days before it in one direction (a log in date order, oldest or newest first);
    a date alone on a line elsewhere (a field's value, a day in a list) starts nothing."""
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    head = _dated_heading(lines[first]) if first is not None else None
    if head is None or not _names_a_record_below(lines, first):
        return []
    offsets, starts, days = [0], [], [head[1]]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for n in range(first + 1, len(lines)):
        heading = _dated_heading(lines[n]) if not lines[n - 1].strip() else None
        if heading is None or heading[0] != head[0] or not _names_a_record_below(lines, n):
            continue
        if len(days) > 1 and (heading[1] > days[-1]) != (days[-1] > days[-2]):
            continue  # against the log's order: a day in the record, not the next record
        if heading[1] != days[-1]:
            starts.append(offsets[n])
            days.append(heading[1])
    return starts


#: How far down the first report of a series of held-on paragraphs says which meeting was held.
HELD_ON_OPENING_LINES = 3


def _opens_with_held_on(line: str) -> tuple[str, str] | None:
    """(day, month) of a paragraph that opens by reporting a meeting as held (`Op 6 maart
    2023 hebben we onze bestuursvergadering gehouden:`; the year is often left out), else
    None."""
    m = _meeting_rules()["held_on"].match(line.strip())
    day = m and re.search(r"(\d{1,2})\s+(\w+)", m.group("date"))
    return (day.group(1), day.group(2).lower()) if day and names_a_meeting(line) else None


def _held_on_starts(text: str) -> list[int]:
    """Offsets of the paragraphs that report another meeting as held, in a text that opens
    by reporting one (a board's message: `Op 14 februari hebben we onze ALV gehouden: ...`,
    then `Op 6 maart hebben we onze bestuursvergadering gehouden: ...`): each paragraph is
    that meeting's report, a document of its own, as each dated title of a series is."""
    lines = text.splitlines(keepends=True)
    readable = [n for n, line in enumerate(lines) if line.strip()]
    opening = [_opens_with_held_on(lines[n]) for n in readable[:HELD_ON_OPENING_LINES]]
    seen = {when for when in opening if when is not None}
    if not seen:
        return []
    offsets, starts = [0], []
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for n in readable[HELD_ON_OPENING_LINES:]:
        when = _opens_with_held_on(lines[n]) if not lines[n - 1].strip() else None
        if when is not None and when not in seen:
            starts.append(offsets[n])
            seen.add(when)
    return starts


def _line_offsets(lines: list[str]) -> list[int]:
    """The character offset where each of `lines` (kept with their ends) starts, and the end."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _pasted_header_starts(text: str) -> list[int]:
    """Offsets of the e-mails pasted into a text that is no e-mail itself (an engineer's
    notes, a log): a header block without From (`To:` / `Cc:` / `Subject:`), from the
    heading just above it that names the mail (`- # Mail van Bart`), if any. A text that
    holds a header with a From line is a mail or a thread: its quoted headers open nothing."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    if email_header_kinds(stripped) & {"from"}:
        return []
    offsets = _line_offsets(lines)
    starts = []
    for n in range(1, len(lines)):
        if not pasted_header_at(stripped, n) or pasted_header_at(stripped, n - 1):
            continue
        heading = stripped[n - 1] and len(stripped[n - 1].split()) <= PASTED_HEADING_WORDS
        starts.append(offsets[n - 1] if heading else offsets[n])
    return [x for x in starts if x > 0]


#: The heading over a pasted mail (`Mail van Bart`) is this short.
PASTED_HEADING_WORDS = 6

#: a mail program's print stamp over a printed mail (`dinsdag 11 juli 2023 11:50`) is this short
PRINT_STAMP_WORDS = 6


def _printed_mail_starts(text: str) -> list[int]:
    """Offsets of printed mails in a text of several documents: a header's first line under
    the mail program's print stamp, from the stamp. A quoted header inside a mail has none."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts = []
    for n in range(1, len(lines)):
        if not email_header_kinds([stripped[n]]) & {"from", "sent"}:
            continue
        above = stripped[n - 1]
        stamp = _is_timestamp(above) and len(above.split()) <= PRINT_STAMP_WORDS
        if stamp and not email_header_kinds([above]):
            starts.append(offsets[n - 1])
        elif label_column_at(stripped, n) and not _bare_label_kind(above):
            starts.append(offsets[n])  # the label column of a print whose stamp is elsewhere
    return [x for x in starts if x > 0]


#: Lines of other text (a note such as `(ivm WOO politie)`, a subject OCR set apart) that may
#: stand between the header blocks of one printed mail's chain of headers.
HEADER_CHAIN_GAP = 2
#: Lines below a start within which no second start is taken: one print, one start.
START_SPACING = 8


def _sent_time(line: str) -> datetime | None:
    """The time a header's sent line (`Verzonden: dinsdag 15 november 2022 09:44`) prints."""
    from pipeline.emails import find_timestamp  # the one timestamp reader; no import cycle

    if not email_header_kinds([line]) & {"sent"} or ":" not in line:
        return None
    stamp = find_timestamp(line.split(":", 1)[1])
    return stamp.value if stamp else None


def _header_chain_top(stripped: list[str], n: int) -> int:
    """The first line of the chain of header blocks that line `n` stands in: header lines
    one under the other, at most HEADER_CHAIN_GAP other lines between two of them."""
    top, gap = n, 0
    for k in range(n - 1, -1, -1):
        if email_header_kinds([stripped[k]]):
            top, gap = k, 0
        elif gap < HEADER_CHAIN_GAP and stripped[k]:
            gap += 1
        else:
            break
    return top


def _later_header_starts(text: str) -> list[int]:
    """Offsets of printed mails in a text of several documents, found by their dates: a
    printed thread quotes its messages newest first, each header older than the one above
    it; a header sent later than the one printed above it is no quoted message but the
    first of another print, which starts at the top of its chain of headers."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts, previous = [], None
    for n, line in enumerate(stripped):
        when = _sent_time(line)
        if when is None:
            continue
        if previous is not None and when > previous:
            starts.append(offsets[_header_chain_top(stripped, n)])
        previous = when
    return [x for x in starts if x > 0]


def _spaced_starts(starts: list[int], text: str) -> list[int]:
    """The starts in order, less one within START_SPACING lines below the one before (the
    print stamp and the header chain below it open one print)."""
    kept: list[int] = []
    for x in sorted(set(starts)):
        if kept and text.count("\n", kept[-1], x) < START_SPACING:
            continue
        kept.append(x)
    return kept


#: Lines below a letterhead's address within which its labels and the salutation stand.
LETTERHEAD_REACH = 25
#: Letterhead labels (Onderwerp, Retouradres, Behandeld door ...) a letter's head prints.
LETTERHEAD_MIN_LABELS = 2
#: Lines of text a document above a letterhead holds (less: the letter's own opening).
LETTERHEAD_TEXT_ABOVE = 10
#: Lines of a logo or a name (`Gemeente` / `Coevorden`) above the address that belong to it.
LETTERHEAD_LOGO_LINES = 2


def _opens_letter_head(stripped: list[str], n: int) -> bool:
    """Line `n` is a letterhead's postal address with a letter's head below it: letterhead
    labels and a salutation within LETTERHEAD_REACH lines, no e-mail's From line between
    (the same address block closes a mail's signature, over the quoted header below)."""
    rules = _rules()
    if not rules["letterhead_address"].match(stripped[n]):
        return False
    below = stripped[n : n + LETTERHEAD_REACH]
    greeting = next((k for k, x in enumerate(below) if rules["salutation"].match(x)), None)
    if greeting is None or email_header_kinds(below[:greeting]) & {"from"}:
        return False
    labels = {i for i, p in enumerate(rules["letterhead"]) for x in below[:greeting] if p.match(x)}
    return len(labels) >= LETTERHEAD_MIN_LABELS


#: Lines at the top of a text within which a mail window's title bar stands, and the lines
#: of its reading pane.
WINDOW_TITLE_LINES = 2
WINDOW_PANE_LINES = 25


def mail_window_title(lines: list[str]) -> str | None:
    """The subject in a mail program's window title opening the lines (a screenshot of a
    mail: `FW: klacht - Bericht (HTML)`), else None."""
    for line in lines[:WINDOW_TITLE_LINES]:
        m = _rules()["mail_window_title"].search(line)
        if m:
            return m["subject"].strip()
    return None


def _mail_window_starts(text: str) -> list[int]:
    """Offsets of screenshots of a mail window in a text of several documents: its title bar."""
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    title = _rules()["mail_window_title"]
    return [offsets[n] for n, line in enumerate(lines) if n > 0 and title.search(line)]


def _opens_with_letterhead(lines: list[str]) -> bool:
    """A letterhead's address block opens the lines, below its logo lines at most."""
    stripped = [x.strip() for x in lines]
    return any(
        _opens_letter_head(stripped, n) for n in range(LETTERHEAD_LOGO_LINES + 1)[: len(stripped)]
    )


def _logo_line(line: str) -> bool:
    """A short line of a name or a logo's lettering (no sentence, no closing formula)."""
    words = line.split()
    return (
        0 < len(words) <= FURNITURE_OWN_WORDS
        and not re.search(r"[.,:;!?]$", line)
        and not _rules()["closing"].search(line)
    )


def _letterhead_starts(text: str) -> list[int]:
    """Offsets of letters in a text of several documents, found by their letterhead: the
    postal address block over a letter's labels and salutation, with the logo lines right
    above it, below at least LETTERHEAD_TEXT_ABOVE lines of text of the document before."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts: list[int] = []
    seen = 0
    last = -LETTERHEAD_REACH
    for n, line in enumerate(stripped):
        seen += bool(line)
        if n - last < LETTERHEAD_REACH or not _opens_letter_head(stripped, n):
            continue
        last = n  # the block's next address lines (`Postbus 2` below `Postadres:`) are its own
        if seen <= LETTERHEAD_TEXT_ABOVE:
            continue
        top = n
        while n - top < LETTERHEAD_LOGO_LINES and top > 0 and _logo_line(stripped[top - 1]):
            top -= 1
        starts.append(offsets[top])
    return starts


#: Within this many lines above an enclosed letter's head the running text before it ends
#: (its last paragraph, a signature below it).
PROSE_END_LINES = 3


def _ends_a_sentence(line: str) -> bool:
    """A line of running text (a prose line's words) that ends a sentence."""
    return len(line.split()) >= PROSE_LINE_WORDS and line.endswith((".", "?", "!"))


def _addressed_letter_starts(text: str) -> list[int]:
    """Offsets of letters a text prints below the running text of another document (a
    committee's report over the letter it sent, a covering note over the letter it covers):
    the letter's addressee line with its dateline right below it (`Aan de Minister van ...` /
    `Den Haag, 10 april 2019`, as `_addressed_and_dated` reads a letter that greets no one),
    from its heading in capitals right above it (`BRIEF VAN DE VOORZITTER ...`). A paper's
    own head (number, title, label fields) and a web page's links above its addressee are no
    document before it: the running text ends right above the letter's head."""
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    offsets = _line_offsets(lines)
    starts: list[int] = []
    for n, line in enumerate(stripped):
        if not line or _dated_addressee([line, *[x for x in stripped[n + 1 :] if x]], 0) is None:
            continue
        above = [k for k in range(n) if stripped[k]]
        top = above.pop() if above and stripped[above[-1]].isupper() else n
        if any(_ends_a_sentence(stripped[k]) for k in above[-PROSE_END_LINES:]):
            starts.append(offsets[top])
    return starts


#: A document printed below a signed letter holds at least this many lines with words (a
#: page's `Naar boven` link below the signature is none).
SIGNED_OFF_MIN_LINES = 3


def _signed_off_starts(text: str) -> list[int]:
    """Offsets of documents a text prints below a minister's signed covering letter (the
    answers, report or questions it offers: `Hierbij bied ik u ... aan` / `De Minister van
    ...,` / `E. van Middelkoop` over `Bijstelling Jaarplan 2016`): the first line below the
    signature opens the enclosure, unless it is a letterhead label (`Ons kenmerk`: the same
    letter printed again with its head)."""
    lines = text.splitlines(keepends=True)
    offsets = _line_offsets(lines)
    numbers = [n for n, line in enumerate(lines) if line.strip()]
    worded = [lines[n].strip() for n in numbers]
    letterhead = _rules()["letterhead"]
    starts: list[int] = []
    for k in range(len(worded)):
        end = _signature_end(worded, k)
        if end is None or len(worded) - end - 1 < SIGNED_OFF_MIN_LINES:
            continue
        if not any(p.match(worded[end + 1]) for p in letterhead):
            starts.append(offsets[numbers[end + 1]])
    return starts


def _chunk_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the chunks that hold more than whitespace."""
    spaced = _marks_pages_with_a_space(text)
    page_starts = _CHUNK_START_RE.finditer(text) if spaced else ()
    series = (
        ()
        if spaced
        else [
            *_series_title_starts(text),
            *_held_on_starts(text),
            *_dated_heading_starts(text),
            *_pasted_header_starts(text),
            *_spaced_starts(_printed_mail_starts(text) + _later_header_starts(text), text),
            *_letterhead_starts(text),
            *_addressed_letter_starts(text),
            *_signed_off_starts(text),
            *_mail_window_starts(text),
        ]
    )
    starts = sorted({m.start() for m in page_starts} | {*_stamp_block_starts(text), *series})
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    spans = zip(starts, starts[1:] + [len(text)], strict=True)
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split_text_into_documents(text: str) -> list[str]:
    """Documents of a plain-text release (like the reference OCR text).

    Every single-space chunk is a document start unless it plainly continues the one before:
    a later "Pagina k van N" of the same document, unnumbered pages while the open document's
    numbered pages are not yet done, or a participant list running over a page break.
    """
    return [text[a:b] for a, b in _text_document_spans(text)]


def _text_document_spans(text: str) -> list[tuple[int, int]]:
    if paged := _marked_page_spans(text):
        # a PDF converted page by page: its pages are read as a PDF's are
        ranges = _segment([text[a:b] for a, b in paged], default_new=False, plain_text=True)
        return [(paged[a][0], paged[b][1]) for a, b in ranges]
    spans = _chunk_spans(text)
    ranges = _segment([text[a:b] for a, b in spans], default_new=True, plain_text=True)
    return [(spans[a][0], spans[b][1]) for a, b in ranges]


#: the heading a PDF-to-text converter writes over each page (`## Pagina 4`, `## Page 4`)
_PAGE_HEADING_RE = re.compile(r"^#{1,3} (?:Pagina|Page) \d{1,4}\s*$", re.MULTILINE)


def _marked_page_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each page of a text whose pages a converter headed (`## Pagina 4`),
    what stands before the first heading a page of its own; [] for a text with fewer than
    two such headings."""
    starts = [m.start() for m in _PAGE_HEADING_RE.finditer(text)]
    if len(starts) < 2:
        return []
    if starts[0] != 0:
        starts.insert(0, 0)
    spans = zip(starts, starts[1:] + [len(text)], strict=True)
    return [(a, b) for a, b in spans if text[a:b].strip()]


def text_document_lines(text: str) -> list[tuple[int, int]]:
    """(first_line, last_line), 1-based, of each document of a plain-text release: where a
    reader (or a gold file) finds it in the text, as pages do for a PDF."""
    lines = []
    for a, b in _text_document_spans(text):
        last_char = a + len(text[a:b].rstrip()) - 1  # trailing blank lines belong to no one
        lines.append((text.count("\n", 0, a) + 1, text.count("\n", 0, last_char) + 1))
    return lines


def pages_from_text_documents(documents: list[str], source_id: str) -> list[dict]:
    """Page dicts (one per plain-text document) so the extractors can run on plain text."""
    return [
        {"source_id": source_id, "page_no": i, "text": doc, "text_method": "ocr", "words": []}
        for i, doc in enumerate(documents, start=1)
    ]


def documents_from_text(text: str, source_id: str) -> tuple[list[dict], list[dict]]:
    """(pages, documents) of a plain-text release: one pseudo-page per document, so that
    extract_meetings / extract_decisions run on it as on a PDF's documents."""
    pages = pages_from_text_documents(split_text_into_documents(text), source_id)
    title_lines = _rules()["plain_text_title_lines"]
    documents = [
        _document_row(source_id, page["page_no"], page, page, page["text"], None, title_lines)
        for page in pages
    ]
    for document, (first_line, last_line) in zip(documents, text_document_lines(text), strict=True):
        document["first_line"], document["last_line"] = first_line, last_line
    return pages, documents
