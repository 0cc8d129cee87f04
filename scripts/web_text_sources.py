"""Where each web gold text came from: the list to fetch the texts again on a new machine.

    python scripts/web_text_sources.py [--reference /work/webprobe] [--missing] [web84 web85 ...]

Prints one tab-separated row per text: its `source` path (under the reference folder), the
first gold file written on it, and the address its notes name (or, for GitHub files and other
sources without an address, the start of the notes). `--missing` lists only the texts not yet
saved under `--reference`. Fetch each as the folder's README says, then check the copies with
`scripts/check_web_texts.py`.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
_URL = re.compile(r"https?://[^\s)\]'\",;]+")


def text_sources(folders: list[str]) -> dict[str, tuple[Path, str]]:
    """Each text's source path -> (the first gold file written on it, its address or hint);
    first readings before second ones, so a second reading's notes never hide the source."""
    files = [f for name in folders for f in sorted((GOLD / name).glob("*.json"))]
    files += [f for name in folders for f in sorted((GOLD / "second" / name).glob("*.json"))]
    sources: dict[str, tuple[Path, str]] = {}
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("kind") != "text" or not gold.get("source"):
            continue
        notes = gold.get("notes", "")
        url = _URL.search(notes)
        sources.setdefault(gold["source"], (path, url[0] if url else notes[:200]))
    return sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("/work/webprobe"))
    parser.add_argument("--missing", action="store_true")
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args()
    folders = args.folders or sorted(p.name for p in GOLD.glob("web*") if p.is_dir())
    for source, (path, hint) in text_sources(folders).items():
        if args.missing and (args.reference / source).exists():
            continue
        print(f"{source}\t{path.relative_to(GOLD.parent.parent)}\t{hint}")


if __name__ == "__main__":
    main()
