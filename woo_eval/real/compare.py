"""Two real-gold score files side by side, file by file: what a change moved, and where.

Rule work on the web gold is kept only when files of several folders improve and no file
gets worse in any figure (docs/real-eval.md); this reads two `real_eval.py --json` outputs
and says, per file and figure, whether the second is better, worse or mixed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: figures that describe the misses, or score a part of the rows, rather than score the rows:
#: no verdict on them
DIAGNOSTIC_PARTS = (".value_found", ".read_from_")


def _diagnostic(figure: str) -> bool:
    return any(part in figure for part in DIAGNOSTIC_PARTS)


@dataclass(frozen=True)
class Change:
    source: str
    figure: str
    before: tuple[int, ...]
    after: tuple[int, ...]
    verdict: str  # better, worse or mixed

    @property
    def folder(self) -> str:
        return self.source.split("/")[0]


def counts(figure: dict[str, Any] | None) -> tuple[int, ...]:
    """(tp, fp, fn) of a precision/recall figure, (correct, total) of an accuracy; a figure
    the scorer left out (nothing found where gold has none) as zeros."""
    if not figure:
        return (0, 0, 0)
    if "tp" in figure:
        return (figure["tp"], figure["fp"], figure["fn"])
    return (figure["correct"], figure["total"])


def verdict(before: tuple[int, ...], after: tuple[int, ...]) -> str | None:
    """Better: fewer errors of one kind (false or missed rows, wrong values) and no more of
    the other; worse: the reverse; mixed: both at once; None: no error moved (a change of the
    gold's size alone, as when a gold rule merges two documents, moves no error)."""
    old, new = _errors(before), _errors(after)
    gained = any(n < o for o, n in zip(old, new, strict=True))
    lost = any(n > o for o, n in zip(old, new, strict=True))
    if gained and lost:
        return "mixed"
    return "better" if gained else "worse" if lost else None


def _errors(figure_counts: tuple[int, ...]) -> tuple[int, ...]:
    """(false, missed) of (tp, fp, fn); (wrong,) of (correct, total)."""
    if len(figure_counts) == 3:
        return figure_counts[1:]
    return (figure_counts[1] - figure_counts[0],)


def file_changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every (file, figure) whose counts differ between two score files, with its verdict."""
    changes = []
    for source in sorted(set(before["files"]) | set(after["files"])):
        old = before["files"].get(source, {}).get("figures", {})
        new = after["files"].get(source, {}).get("figures", {})
        for figure in sorted(set(old) | set(new)):
            if _diagnostic(figure):
                continue
            a, b = counts(old.get(figure)), counts(new.get(figure))
            if len(a) != len(b):
                a = a if old.get(figure) else (0,) * len(b)
                b = b if new.get(figure) else (0,) * len(a)
            if a != b and (found := verdict(a, b)):
                changes.append(Change(source, figure, a, b, found))
    return changes


#: the columns of a `web_render_eval.py --json` file, one score file each
RENDERINGS = ("text", "wrapped text", "born-digital", "scanned")


def rendering_scores(scores: dict[str, Any], rendering: str | None) -> dict[str, Any]:
    """The score file to compare: `scores` itself (a `real_eval.py --json` file), or its
    `rendering` column (a `web_render_eval.py --json` file, which must be named: its
    columns score the same texts four ways). ValueError saying what to pass otherwise."""
    is_render = bool(scores.get("files")) and set(scores["files"]) <= set(RENDERINGS)
    if rendering is None and not is_render:
        return scores
    if rendering is None:
        raise ValueError(f"a web_render_eval.py file: name a column with --rendering {RENDERINGS}")
    if not is_render or rendering not in scores["files"]:
        raise ValueError(f"no rendering {rendering!r} here: --rendering takes one of {RENDERINGS}")
    return scores["files"][rendering]


def totals(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, tuple, tuple]]:
    """Each overall figure's counts in both files, where either has it."""
    names = sorted(set(before["overall"]) | set(after["overall"]))
    return [
        (name, counts(before["overall"].get(name)), counts(after["overall"].get(name)))
        for name in names
        if not _diagnostic(name)
    ]
