"""Plain-text tables of real-gold scores (what `woo eval --gold` prints)."""

from __future__ import annotations

from typing import Any


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def figure_row(name: str, figure: dict[str, Any]) -> str:
    if "tp" in figure:
        counts = f"tp {figure['tp']:>4}  fp {figure['fp']:>4}  fn {figure['fn']:>4}"
        ratios = "  ".join(_ratio(figure[k]) for k in ("precision", "recall", "f1"))
    else:
        counts = f"{figure['correct']:>4} of {figure['total']:>4} right"
        ratios = f"{'':>4}  {'':>4}  {_ratio(figure['accuracy'])}"
    return f"{name:<32} {ratios}   {counts}"


def format_table(figures: dict[str, dict], title: str) -> str:
    head = f"{title:<32} {'P':>4}  {'R':>4}  {'F1/acc':>4}"
    return "\n".join([head, "-" * len(head), *(figure_row(n, f) for n, f in figures.items())])


def format_examples(figures: dict[str, dict], limit: int = 6) -> str:
    lines = []
    for name, figure in figures.items():
        for example in figure.get("examples", [])[:limit]:
            lines.append(f"{name}: {example}")
    return "\n".join(lines)


def format_report(scores: dict[str, Any], examples: bool = False) -> str:
    parts = [format_table(scores["overall"], "all real gold")]
    for kind, figures in scores["by_kind"].items():
        parts.append(format_table(figures, f"{kind} sources"))
    if scores["missing_sources"]:
        parts.append(
            "not in the database (scored as nothing found): " + ", ".join(scores["missing_sources"])
        )
    if examples:
        for source, result in scores["files"].items():
            parts.append(f"# {source}\n" + format_examples(result["figures"]))
    return "\n\n".join(parts)


def figure_cell(figure: dict[str, Any] | None) -> str:
    """One figure as a Markdown table cell: 'P / R / F1 (tp/fp/fn)' or 'acc (right/total)'."""
    if not figure:
        return "–"
    if "tp" in figure:
        ratios = " / ".join(_ratio(figure[k]).strip() for k in ("precision", "recall", "f1"))
        return f"{ratios} ({figure['tp']}/{figure['fp']}/{figure['fn']})"
    return f"{_ratio(figure['accuracy']).strip()} ({figure['correct']}/{figure['total']})"


def format_side_by_side(columns: dict[str, dict[str, dict]]) -> str:
    """A Markdown table of several score sets (column title -> figures), one row a figure."""
    names = sorted({name for figures in columns.values() for name in figures})
    head = ["| figure | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    rows = [
        f"| `{name}` | " + " | ".join(figure_cell(f.get(name)) for f in columns.values()) + " |"
        for name in names
    ]
    return "\n".join(head + rows)
