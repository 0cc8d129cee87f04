"""Round label of a web gold folder: its README's `(round XX)`, else the nearest one below.

python3 docs/briefs/tools/rounds.py web207 web313
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[3] / "tests" / "gold"
_ROUND = re.compile(r"\(round ([A-Z]+)\)")


def round_of(folder: str) -> str:
    """The round of `webN`, read from the first line of its README or of the nearest one below."""
    for number in range(int(folder.removeprefix("web")), 0, -1):
        readme = GOLD / f"web{number}" / "README.md"
        if readme.exists():
            found = _ROUND.search(readme.read_text(encoding="utf-8").split("\n")[0])
            if found:
                return found.group(1)
    return "?"


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(name, round_of(name))
