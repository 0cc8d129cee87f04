"""Gather web gold files whose texts are on this machine into one folder, to score together.

    python scripts/dev_gold.py OUT web163-web193 [web35 ...] [--reference /work/webprobe]

Links each first-reading gold file `tests/gold/webN/<name>.json` of the folders named (ranges
`webA-webB` allowed) into OUT as `webN__<name>.json`, when its text exists under the reference
folder (a fresh machine has only the texts fetched again; scripts/web_text_sources.py). Then
`scripts/real_eval.py --gold OUT --reference /work/webprobe` scores them all in one run.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def folder_names(specs: list[str]) -> list[str]:
    """`web163-web193` -> web163 ... web193; other names as given."""
    names = []
    for spec in specs:
        m = re.fullmatch(r"web(\d+)-web(\d+)", spec)
        names += [f"web{n}" for n in range(int(m[1]), int(m[2]) + 1)] if m else [spec]
    return names


def link_gold(out: Path, folders: list[str], reference: Path) -> tuple[int, list[str]]:
    """Link the gold files whose text is under `reference`; return how many, and the
    sources missing."""
    out.mkdir(parents=True, exist_ok=True)
    linked, missing = 0, []
    for folder in folders:
        for path in sorted((GOLD / folder).glob("*.json")):
            source = json.loads(path.read_text(encoding="utf-8")).get("source", "")
            if not (reference / source).is_file():
                missing.append(source)
                continue
            link = out / f"{folder}__{path.name}"
            if not link.exists():
                link.symlink_to(path.resolve())
            linked += 1
    return linked, missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--reference", type=Path, default=Path("/work/webprobe"))
    args = parser.parse_args()
    linked, missing = link_gold(args.out, folder_names(args.folders), args.reference)
    print(f"{linked} gold files linked into {args.out}; {len(missing)} texts missing")
    for source in missing:
        print(f"  missing: {source}")


if __name__ == "__main__":
    main()
