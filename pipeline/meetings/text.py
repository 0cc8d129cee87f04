"""Line tests every step shares: a bullet or numbered item opening a line, the first agenda
item that ends a document's head, a group's label, a list a page's preview cut off and a
line opening on a meeting's name or record, the sentence of a flattened page that holds a
span."""

from __future__ import annotations

import re

_BULLET_MARK_RE = re.compile(r"^\s*[-•·▪*]\s*")


def _unbulleted(line: str) -> str:
    """The line without the bullet a list or a field in a list opens with (`- Begin : 17:18`)."""
    return _BULLET_MARK_RE.sub("", line).strip()


#: a group's label opening a line, with its colon (`JUSO: ...`, `Bestuur: Aanwezig zijn ...`)
_GROUP_LEAD_RE = re.compile(r"^[^:,()]{2,40}:\s")


#: a list cut off by an ellipsis, as a page's preview or teaser prints it, or where the
#: preview's text stops in the middle of a name (`..., K.W.C. Breunissen, C`)
_PREVIEW_CUT_RE = re.compile(r",[^,]*(?:\.\.\.|…)\s*$|,\s*[A-Z]\s*$")


#: the first agenda item (`1. Opening`, `1) Opening`): where a document's head ends
_AGENDA_ITEM_RE = re.compile(r"^\s*\d{1,2}\s*[.)]\s*\S")


#: a line that opens on a meeting or its record (`Notulen van de ledenvergadering ...`)
_MEETING_WORD_RE = re.compile(
    r"^\W*(?!\d)(?:[\w.]+\s+){0,5}?\w*(?:vergadering|bijeenkomst|zitting|verslag|notulen|meetup)\b",
    re.IGNORECASE,
)


#: a list's item: a bullet or a number opening the line (`- Jan`, `2. Verslag`)
_BULLET_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")


def _sentence_at(line: str, start: int, end: int) -> str:
    """The sentence of `line` that holds line[start:end]: a page flattened into one line
    speaks of the next meeting in another sentence than the one naming this one's place."""
    before = line.rfind(". ", 0, start)
    after = line.find(". ", end)
    return line[before + 1 if before >= 0 else 0 : after if after >= 0 else len(line)]
