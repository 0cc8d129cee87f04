"""The sittings a notice or invitation announces (`noticed_sittings`): the sentence of its
opening that tells the sitting to come with its day, and what else the notice tells of it in
sentences of their own (its hour, its place), then the further sittings it lists one per
line (a committee's preparatory sitting). Rules are data in `patterns/meeting_rules.json`
(`sitting_noticed`, `notice_start`, `notice_place`, `notice_listed`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.documents.lines import _readable
from pipeline.meetings.rules import _rules

#: the opening lines of a notice within which it announces its sitting: a post's front
#: matter (title, date, author, categories) may come first
NOTICE_LINES = 12


@dataclass(frozen=True)
class NoticedSitting:
    """One sitting a notice announces, its fields as printed (None where it tells none)."""

    line: int  # the index, in the lines read, of the line that announces it
    day: str
    start: str | None = None
    body: str | None = None
    place: str | None = None


def noticed_sittings(lines: list[str]) -> list[NoticedSitting]:
    """The sitting a notice's opening announces (`sitting_noticed`), its hour and place from
    sentences of their own where the announcing one gives none (`We beginnen om 19.00 uur`,
    `De ALV vindt plaats in de ...`), then the sittings listed under a line announcing more
    (`notice_listed`); none when the opening announces no sitting."""
    opening = _opening(lines)
    first = next((s for k, text in opening if (s := _announced(k, text)) is not None), None)
    if first is None:
        return []
    texts = [text for _, text in opening]
    start = first.start or _told(texts, _rules()["notice_start"], "time")
    place = first.place or _told(texts, _rules()["notice_place"], "place")
    noticed = NoticedSitting(first.line, first.day, start, first.body, place)
    return [noticed, *_listed(lines, first.line)]


def _opening(lines: list[str]) -> list[tuple[int, str]]:
    """The notice's first readable lines with their index, a line that ends on a colon
    joined to the next (`... maakt bekend, dat op:` over `woensdag 22 oktober 2003 om ...`):
    the sentence goes on below it."""
    readable = [(k, x.strip()) for k, x in enumerate(lines) if _readable([x])]
    readable = readable[:NOTICE_LINES]
    joined = []
    for n, (k, text) in enumerate(readable):
        below = readable[n + 1][1] if n + 1 < len(readable) else ""
        joined.append((k, f"{text} {below}" if text.endswith(":") and below else text))
    return joined


def _announced(k: int, text: str) -> NoticedSitting | None:
    """The sitting `text` announces by one of the notice's wordings, its fields as printed."""
    for pattern in _rules()["sitting_noticed"]:
        if m := pattern.search(text):
            fields = {name: (value or "").strip() or None for name, value in m.groupdict().items()}
            return NoticedSitting(
                k, m["date"], fields.get("time"), fields.get("body"), fields.get("place")
            )
    return None


def _told(texts: list[str], pattern: re.Pattern[str], group: str) -> str | None:
    """The first value of `group` a sentence of the opening tells by `pattern`."""
    return next((m[group].strip() for x in texts if (m := pattern.search(x))), None)


def _listed(lines: list[str], after: int) -> list[NoticedSitting]:
    """The sittings listed one per line right under a line announcing more of them after the
    announcing line (`... zullen de volgende commissies bijeenkomen ...:` over `* Commissie
    Financiën, maandag 6 oktober 2003 om 14.00 uur`)."""
    rules = _rules()
    intro = next(
        (k for k in range(after + 1, len(lines)) if rules["notice_listed"].search(lines[k])), None
    )
    if intro is None:
        return []
    found = []
    for k in range(intro + 1, len(lines)):
        m = rules["notice_listed_sitting"].match(lines[k])
        if m is None:
            break
        found.append(NoticedSitting(k, m["date"], m["time"], m["body"].strip()))
    return found
