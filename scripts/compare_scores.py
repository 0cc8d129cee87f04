"""Compare two `real_eval.py --json` score files file by file (the bar for rule work).

    .venv/bin/python scripts/compare_scores.py BEFORE.json AFTER.json \
        [--figure decisions] [--fail-on-worse] [--rendering scanned]

Prints each overall figure's counts before -> after (tp/fp/fn or right/total), then every
file and figure that changed with its verdict (better: more right rows or fewer false ones,
nothing lost; worse: the reverse; mixed: both), then per folder the files better and worse.
Diagnostic lines (`incident_counts.value_found`) get no verdict. With `--fail-on-worse` the
exit code is 1 when any file is worse or mixed in any figure. `--rendering` reads two
`web_render_eval.py --json` files instead, comparing that rendering's column (`text`,
`wrapped text`, `born-digital` or `scanned`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from woo_eval.real.compare import Change, file_changes, rendering_scores, totals  # noqa: E402


def _by_folder(changes: list[Change]) -> dict[str, dict[str, set[str]]]:
    folders: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for change in changes:
        folders[change.folder][change.verdict].add(change.source)
    return folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--figure", help="only this figure and the figures named after it")
    parser.add_argument("--fail-on-worse", action="store_true")
    parser.add_argument("--rendering", help="a column of two web_render_eval.py --json files")
    args = parser.parse_args(argv)
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    try:
        before, after = (rendering_scores(x, args.rendering) for x in (before, after))
    except ValueError as err:
        parser.error(str(err))
    wanted = (lambda name: name.split(".")[0] == args.figure) if args.figure else (lambda _: True)
    for name, old, new in totals(before, after):
        if wanted(name) and old != new:
            print(f"{name:<40} {old} -> {new}")
    changes = [c for c in file_changes(before, after) if wanted(c.figure)]
    for c in changes:
        print(f"  {c.verdict:<6} {c.source}  {c.figure} {c.before} -> {c.after}")
    for folder, verdicts in sorted(_by_folder(changes).items()):
        counts = ", ".join(f"{v} {len(files)}" for v, files in sorted(verdicts.items()))
        print(f"{folder}: {counts}")
    bad = any(c.verdict in ("worse", "mixed") for c in changes)
    return 1 if args.fail_on_worse and bad else 0


if __name__ == "__main__":
    sys.exit(main())
