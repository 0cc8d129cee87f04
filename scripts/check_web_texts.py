"""Check that saved web texts are the ones their gold was written on.

    python scripts/check_web_texts.py [--reference /work/webprobe] [web web2 ...]

The web texts (`tests/gold/web*/`) are third-party and live outside the repo, so a new machine
has to fetch them again with the search tools (each gold file's `notes` and its folder's README
say where from). A fetched page can differ from the copy the gold was written on; this reads
every gold file of the folders named (all web folders by default) and reports where its text
does not hold what the gold quotes: a missing text, rows beyond the last line, a decision whose
first words are not on its line (or the three after), a participant whose last name is nowhere,
an e-mail subject not near its header, an incident value not near its line. A report is a hint
to look at the line, not proof: gold may quote across a line break or write a number the text
gives in words. Reads no pipeline code and runs nothing on the texts.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
LOOKAHEAD_LINES = 3
SUBJECT_LOOKAHEAD_LINES = 15
KEY_WORDS = 5


def folded(text: str | None) -> str:
    """Lower case, every run of non-word characters one space: line breaks and punctuation
    do not decide whether a quote stands in the text."""
    return re.sub(r"[^0-9a-zà-ÿ]+", " ", (text or "").lower()).strip()


def quoted_near(lines: list[str], line: int | None, quote: str | None, after: int) -> bool:
    """The quote's first words stand on `line` or the `after` lines below it (anywhere when
    gold gives no line)."""
    key = " ".join(folded(quote).split()[:KEY_WORDS])
    if not key:
        return True
    if line is None:
        return key in folded("\n".join(lines))
    return key in folded(" ".join(lines[max(0, line - 1) : line + after]))


def value_near(lines: list[str], line: int, value: float | None) -> bool:
    """A figure of two or more digits stands within two lines of its gold line."""
    # `:g` writes seven digits and more as an exponent (`1.48957e+06`)
    printed = f"{value:f}".rstrip("0").rstrip(".") if value is not None else ""
    digits = re.sub(r"\D", "", printed)
    if len(digits) < 2:
        return True
    # thousands dots and decimal commas ("1.201", "14,5%") are not digits of the value
    window = re.sub(r"[.,\s]", "", " ".join(lines[max(0, line - 3) : line + 2]))
    return digits in window


def beyond(lines: list[str], gold: dict[str, Any]) -> Iterator[str]:
    extent = len(lines)
    for doc in gold["documents"]:
        if (doc["last_line"] or 0) > extent:
            yield f"document ends at line {doc['last_line']}, the text has {extent}"
    for section in ("meetings", "decisions", "incident_counts", "emails"):
        for row in gold[section]:
            if (row["line"] or 0) > extent:
                yield f"{section} row at line {row['line']}, the text has {extent}"


def misquoted(lines: list[str], gold: dict[str, Any]) -> Iterator[str]:
    text = folded("\n".join(lines))
    for decision in gold["decisions"]:
        if not quoted_near(lines, decision["line"], decision["text"], LOOKAHEAD_LINES):
            yield f"decision at line {decision['line']}: {decision['text'][:60]!r}"
    for meeting in gold["meetings"]:
        for person in meeting["participants"]:
            last = folded(person["name"]).split()[-1:] if not person["redacted"] else []
            if last and last[0] not in text:
                yield f"participant {person['name']!r} is nowhere in the text"
    for mail in gold["emails"]:
        if not quoted_near(lines, mail["line"], mail["subject"], SUBJECT_LOOKAHEAD_LINES):
            yield f"e-mail at line {mail['line']}: subject {mail['subject'][:50]!r} not near"
    for figure in gold["incident_counts"]:
        if figure["line"] and not value_near(lines, figure["line"], figure["value"]):
            yield f"incident figure {figure['value']:g} not near line {figure['line']}"


def problems(gold_path: Path, reference: Path) -> list[str]:
    gold = json.loads(gold_path.read_text("utf-8"))
    source = reference / gold["source"]
    if not source.is_file():
        return [f"no text at {source}"]
    lines = source.read_text("utf-8").split("\n")
    return [*beyond(lines, gold), *misquoted(lines, gold)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", help="web folders (default: all)")
    parser.add_argument("--reference", type=Path, default=Path("/work/webprobe"))
    args = parser.parse_args()
    folders = args.folders or sorted(p.name for p in GOLD_DIR.glob("web*") if p.is_dir())
    flagged = 0
    for folder in folders:
        for gold_path in sorted((GOLD_DIR / folder).glob("*.json")):
            found = problems(gold_path, args.reference)
            flagged += bool(found)
            print("BAD" if found else "OK ", folder, gold_path.stem)
            for problem in found:
                print("   ", problem)
    print(f"{flagged} gold files with something to look at")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
