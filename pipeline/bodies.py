"""Names of governing bodies: the body a meeting's title or heading names (`Notulen
gemeenteraad`, `Besluitenlijst dagelijks bestuur`, `Verslag Adviesraad Sociaal Domein`).

A body of the vocabulary (`bodies` in `patterns/meeting_rules.json`) goes by the name the
vocabulary gives it (`gemeenteraad`, `gedeputeerde staten`); any other council or meeting
the vocabulary reads from the line goes by its name as printed, in lower case
(`adviesraad sociaal domein`); a meeting word alone (`De voorzitter opent de vergadering`)
names no body. Read by the meeting extractor (`pipeline.meetings`, which adds the heading a
meeting portal prints over the sitting's slot and a page's own heading) and by the document
splitter (`pipeline.documents`: a line naming a body heads a meeting's page).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from pipeline.nlp import load_patterns


@cache
def _rules() -> dict[str, Any]:
    """The rules of `meeting_rules.json` that name a body: the vocabulary of bodies, the
    plain meeting that names none, and how many words a line naming one has at most."""
    raw = load_patterns("meeting_rules.json")
    return {
        "bodies": [(b["body"], re.compile(b["regex"], re.IGNORECASE)) for b in raw["bodies"]],
        "plain_body": re.compile(raw["plain_body_regex"], re.IGNORECASE),
        "office": re.compile(raw["body_office_regex"], re.IGNORECASE),
        "body_of_office": raw["body_of_office"],
        "body_line_max_words": raw["body_line_max_words"],
    }


def find_body(
    lines: list[str], title: str | None = None, titles: Callable[[str], bool] | None = None
) -> str | None:
    """The body a document's title (however long) or one of its short lines names: a title
    or a heading, not prose (`... gedaan in de raad ...`); a line `titles` tells is a title
    is read however long it is, in its place among the lines."""
    heads = [title] if title else []
    heads += [
        line
        for line in lines
        if len(line.split()) <= _rules()["body_line_max_words"] or (titles and titles(line))
    ]
    return body_named(heads)


def body_named(lines: list[str]) -> str | None:
    """The body the first of `lines` that names one names: its name in the vocabulary, or
    as the line prints it; for an office of a body that sits in another's sittings
    (`voorzitter vast bureau`), that other body (`body_of_office`)."""
    rules = _rules()
    for line in lines:
        for body, pattern in rules["bodies"]:
            m = pattern.search(line)
            if m and (body or not rules["plain_body"].fullmatch(m["named"])):
                return _sitting_of_office(body or m["named"].lower(), line[: m.start()])
    return None


def _sitting_of_office(body: str, before: str) -> str:
    """The body that met where `body` is named as an office just after `before` (`Jelle
    Wouters, voorzitter| vast bureau`): the body whose sittings that office attends (the vast
    bureau's chair and members sit in the raad voor maatschappelijk welzijn), else `body`."""
    rules = _rules()
    if body in rules["body_of_office"] and rules["office"].search(before):
        return rules["body_of_office"][body]
    return body


#: the article before a body's name that opens a sentence (`Het college ...`, `De raad ...`)
_ARTICLE_RE = re.compile(r"^(?:de|het)\s+", re.IGNORECASE)


def body_as_subject(sentence: str) -> str | None:
    """The body `sentence` opens with, after its article or not, as the subject of what it
    does (`Gedeputeerde Staten beantwoorden ...`, `Het college van burgemeester en
    schepenen maakt ...`): a body of the vocabulary or a council named as printed (`De
    adviesraad sociaal domein ...`); a meeting (`Bijeenkomst Brabantse ...`, `ALV`) is what a
    body holds, no subject that acts. None for any other sentence."""
    found = _subject(sentence)
    return found[0] if found else None


def body_subject_end(sentence: str) -> int | None:
    """Where the body `sentence` opens with as its subject (`body_as_subject`) ends in it,
    its article included (`De Raad| beslist ...`); None when no body opens it."""
    found = _subject(sentence)
    return found[1] if found else None


def _subject(sentence: str) -> tuple[str, int] | None:
    """(name, end in `sentence`) of the body `sentence` opens with (`body_as_subject`)."""
    stripped = sentence.lstrip()
    offset = len(sentence) - len(stripped)
    article = _ARTICLE_RE.match(stripped)
    offset += article.end() if article else 0
    rest = stripped[article.end() :] if article else stripped
    for body, pattern in _rules()["bodies"]:
        m = pattern.match(rest)
        if m and (body or m["named"].lower().split()[0].endswith("raad")):
            return body or m["named"].lower(), offset + m.end()
    return None
