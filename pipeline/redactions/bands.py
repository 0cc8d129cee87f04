"""Dark bands that are not redactions: a filled band with readable text on it (a table
header row, a banner, a grey form cell) is a background, not a box."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.grounds import normalize_ground
from pipeline.redactions.geometry import Box, _center_inside, _text_of
from pipeline.redactions.leaks import _label_char_ids
from pipeline.redactions.settings import SETTINGS
from pipeline.redactions.vector import fill_luminance

_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def _is_inverted_text(box: Box, chars: Sequence[dict], words: Sequence[dict] = ()) -> bool:
    """A filled band with readable text on it (a table header row, a banner, white text on
    black) that is not a ground label: text printed on a background, not a redaction.

    Text layer: characters that are not label and whose colour stands off the fill by
    `SETTINGS.readable_text_contrast` (white on black, black on a grey header band) can be
    read, so the fill hides nothing. Scan: the label reading holds real words and no
    ground. (Text of the fill's own darkness under a box is hidden text, a leak, and keeps
    the box.)
    """
    if box.get("method") == "image" and _page_words_readable(box, words):
        return True  # before the ground: a crop reading of a header band is debris
    if box.get("ground") is not None:
        return False
    if chars and box.get("method") == "vector" and box.get("_fill") is not None:
        inside = sorted(
            (c for c in chars if c.get("text", "").strip() and _center_inside(c, box)),
            key=lambda c: (round(c["top"]), c["x0"]),
        )
        label_ids = _label_char_ids(inside)
        readable = [
            c
            for i, c in enumerate(inside)
            if i not in label_ids
            and c["text"].isalnum()
            and abs((fill_luminance(c.get("non_stroking_color")) or 0.0) - box["_fill"])
            >= SETTINGS.readable_text_contrast
        ]
        return len(readable) >= 3
    if box.get("method") == "image" and box.get("_label_text"):
        return len(_WORD_RE.findall(box["_label_text"])) >= 2
    return False


def _page_words_readable(box: Box, words: Sequence[dict]) -> bool:
    """The page's OCR read words on the box (`Naam CAO`, `Behandelaar` on a grey form
    cell) and no ground: the text shows through, so the fill is a background."""
    inside = [w for w in words if _center_inside(w, box, pad=0.5)]
    if normalize_ground(_text_of(inside)) is not None:
        return False
    sure = [
        w["text"].strip(".,:;|()")
        for w in inside
        if float(w.get("conf") or 0.0) >= SETTINGS.readable_word_min_conf
    ]
    lengths = [len(t) for t in sure if t.isalpha() and len(t) >= 3]
    return len(lengths) >= 2 or any(n >= 6 for n in lengths)
