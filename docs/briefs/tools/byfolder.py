"""Per folder sums of the main figures of a `real_eval.py --json` file, with each round.

python3 docs/briefs/tools/byfolder.py X.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rounds import round_of  # noqa: E402

FIGURES = (
    "incident_counts",
    "decisions",
    "participants",
    "meetings",
    "boundaries",
    "doc_type",
    "doc_date",
)


def folder_sums(scores: dict) -> dict[str, dict[str, list[int]]]:
    """(tp, fp, fn) or (right, total) of each figure, summed over each folder's files."""
    sums: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for source, file_scores in scores["files"].items():
        for figure in FIGURES:
            value = file_scores.get("figures", {}).get(figure)
            if not value:
                continue
            counts = (
                (value["tp"], value["fp"], value["fn"])
                if "tp" in value
                else (value["correct"], value["total"], 0)
            )
            for i, count in enumerate(counts):
                sums[source.split("/")[0]][figure][i] += count
    return sums


def _number(folder: str) -> int:
    return int("".join(ch for ch in folder if ch.isdigit()) or 0)


if __name__ == "__main__":
    sums = folder_sums(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    print("folder round " + " ".join(FIGURES))
    for folder in sorted(sums, key=_number):
        label = round_of(f"web{_number(folder)}") if _number(folder) else "-"
        cells = [
            "/".join(map(str, sums[folder][f][: 2 if f.startswith("doc_") else 3])) for f in FIGURES
        ]
        print(folder, label, " ".join(cells))
