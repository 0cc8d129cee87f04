"""A project's list of design decisions (`# Design decisions ...`, `Ontwerpkeuzes`): every
heading below its title that states a choice (`## Zekerheidsstellingen worden als
subresource gedefinieerd`) and every bullet is one decision; the paragraphs under them
(the reasons, `*Ratio*`) are not.
"""

from __future__ import annotations

import re

from pipeline.decisions.rules import Item, Lines, _rules
from pipeline.decisions.text import _is_meaningful, _next_filled
from pipeline.documents import MARKDOWN_HEADING_RE

#: a title or heading that names the list itself
_CHOICE_LIST_RE = re.compile(
    r"\b(?:design[\s-]+decisions?|ontwerp(?:keuzes|beslissingen)|architectuur(?:keuzes|beslissingen)"
    r"|architect(?:ural|ure)\s+decisions?)\b",
    re.IGNORECASE,
)
#: the words a heading needs to state a choice, not name a topic (`## Personen`)
_MIN_CHOICE_WORDS = 4


def _design_decisions(raw: list[str], lines: Lines) -> tuple[list[Item], set[int]]:
    """The choices of a design-decision list (`raw`: its lines as written, markdown marks
    kept; `lines`: as printed), and the lines they were read from; nothing for any other
    document."""
    first = _next_filled(lines, 0)
    if first is None or not _CHOICE_LIST_RE.search(lines[first][1]):
        return [], set()
    found: list[Item] = []
    for k in range(first + 1, len(lines)):
        page_no, line = lines[k][0], raw[k]
        heading = MARKDOWN_HEADING_RE.match(line) if line else None
        bullet = _rules()["bullet"].match(line) if line and not heading else None
        text = line.strip().strip("#").strip() if heading else bullet["text"] if bullet else None
        if text is None or _CHOICE_LIST_RE.search(text):
            continue
        text = text.strip().rstrip(" .") + ("." if text.strip().endswith(".") else "")
        if len(text.split()) >= _MIN_CHOICE_WORDS and _is_meaningful(text):
            found.append(Item(page_no, None, text, range(k, k + 1)))
    return found, {n for item in found for n in item.used}
