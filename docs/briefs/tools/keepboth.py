"""Resolve every conflict block in a file by keeping both sides, ours first (two helpers' sections
appended at the end of docs/recurring-misses.md).

    python3 docs/briefs/tools/keepboth.py docs/recurring-misses.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_BLOCK = re.compile(r"^<<<<<<< [^\n]*\n(.*?)^=======\n(.*?)^>>>>>>> [^\n]*\n", re.S | re.M)


def keep_both(text: str) -> tuple[str, int]:
    """The text with each conflict block replaced by its two sides, a blank line between them."""
    return _BLOCK.subn(
        lambda m: m.group(1) + ("" if m.group(1).endswith("\n\n") else "\n") + m.group(2), text
    )


if __name__ == "__main__":
    path = Path(sys.argv[1])
    text, blocks = keep_both(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    print(blocks, "blocks")
