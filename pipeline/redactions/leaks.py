"""Leaks: text-layer characters still in the PDF under a box, less the box's own label
(told apart by colour, then by spelling)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.grounds import find_label_spans
from pipeline.redactions.geometry import Box, _center_inside


def find_redaction_leaks(chars: Sequence[dict], boxes: Sequence[Box]) -> list[dict]:
    """Text-layer characters hidden under a box: the box covers them but the text is still
    in the PDF. The box's own label (a ground code or out-of-scope phrase) is not a leak.
    Returns one `{x0, top, x1, bottom, n_chars}` per leaking box (the box's bounds and the
    number of hidden non-space characters); never the text.
    """
    leaks = []
    for box in boxes:
        if box.get("method") == "text_mark":
            continue
        shrunk = _shrink(box, 0.5)
        inner = [c for c in chars if c.get("text", "").strip() and _center_inside(c, shrunk)]
        if not inner:
            continue
        inner.sort(key=lambda c: (round(c["top"]), c["x0"]))
        label_ids = _label_char_ids(inner)
        hidden = [c for i, c in enumerate(inner) if i not in label_ids]
        if not hidden:
            continue
        leaks.append(
            {
                "x0": box["x0"],
                "top": box["top"],
                "x1": box["x1"],
                "bottom": box["bottom"],
                "n_chars": len(hidden),
            }
        )
    return leaks


def _shrink(box: Box, by: float) -> Box:
    return {
        "x0": box["x0"] + by,
        "top": box["top"] + by,
        "x1": box["x1"] - by,
        "bottom": box["bottom"] - by,
    }


def _label_char_ids(chars: list[dict]) -> set[int]:
    """Indices of the characters that spell a ground label: its codes with the words printed
    with them (`art. 10.2.e`, `Woo`), or an out-of-scope phrase.

    Label and hidden text can share the box (a label drawn over text that was not
    removed); they are told apart by colour first (the label is printed in a colour the
    hidden text does not have), then by spelling.
    """
    text_parts: list[str] = []
    index_of: list[int | None] = []  # text position -> char index (None: inserted space)
    for i, c in enumerate(chars):
        if i and (
            c["x0"] - chars[i - 1]["x1"] > 0.15 * (c["bottom"] - c["top"])
            or abs(c["top"] - chars[i - 1]["top"]) > 0.5 * (c["bottom"] - c["top"])
        ):
            text_parts.append(" ")
            index_of.append(None)
        text_parts.append(c["text"])
        index_of.extend([i] * len(c["text"]))
    text = "".join(text_parts)
    ids: set[int] = set()
    for span in find_label_spans(text):
        ids.update(i for i in index_of[span["start"] : span["end"]] if i is not None)
    if not ids:
        return ids
    # the rest of a label in the same colour (`Buiten`, the `.` of `5.1.2.e.`) is label too
    label_colors = {_color_key(chars[i]) for i in ids}
    for i, c in enumerate(chars):
        if i not in ids and _color_key(c) in label_colors and not c["text"].isalnum():
            ids.add(i)
    return ids


def _color_key(char: dict) -> str:
    return repr(char.get("non_stroking_color"))
