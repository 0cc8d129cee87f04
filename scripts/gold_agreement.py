"""How far two hand readings of the same web texts agree: the ceiling of every web figure.

    .venv/bin/python scripts/gold_agreement.py [--examples] [--json /tmp/agreement.json]

Each second reading `tests/gold/second/webN/<name>.json` (written by another hand, blind to
the first) is paired with the first reading `tests/gold/webN/<name>.json` and scored with the
scorers behind every real-gold figure (`woo_eval.real.score_found`), the second reading in
the place of the extractor's rows. Precision is how much of the second reading the first
confirms, recall how much of the first the second finds; F1 does not depend on which reading
is called first, since a pairing is one to one. Accuracies (doc_type, decision_kind, ...) are
over the pairs. No text is read: the readings alone are compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from woo_eval.real import SECTIONS, score_found, summarise  # noqa: E402
from woo_eval.real.report import format_report, format_side_by_side  # noqa: E402


def _document_of(line: int | None, documents: list[dict]) -> int | None:
    """The index of the document whose lines hold `line`: incident figures are counted once
    per document that states them, as the extractor's mentions are."""
    for index, doc in enumerate(documents):
        if line is not None and doc["first_line"] <= line <= (doc["last_line"] or line):
            return index
    return None


def as_found(reading: dict[str, Any]) -> dict[str, list[dict]]:
    """A reading's rows in the shape the database readers give (`woo_eval.real.db`)."""
    documents = [{"document_id": i, **doc} for i, doc in enumerate(reading["documents"])]
    figures = [
        {"document_id": _document_of(row.get("line"), reading["documents"]), **row}
        for row in reading["incident_counts"]
    ]
    rows = {section: reading.get(section, []) for section in SECTIONS}
    # redaction boxes are read from a PDF's pixels, which a text reading has none of
    return rows | {"documents": documents, "incident_counts": figures, "redactions": [],
                   "redaction_marks": []}  # fmt: skip


def pairs(first_root: Path, second_root: Path) -> list[tuple[str, dict, dict]]:
    """(folder, first reading, second reading) of every second reading with a first."""
    out = []
    for path in sorted(second_root.glob("web*/*.json")):
        first = first_root / path.parent.name / path.name
        if not first.is_file():
            print(f"no first reading for {path}", file=sys.stderr)
            continue
        out.append(
            (
                path.parent.name,
                json.loads(first.read_text("utf-8")),
                json.loads(path.read_text("utf-8")),
            )
        )
    return out


def _without_extractor_lines(figures: dict[str, dict]) -> dict[str, dict]:
    """A reading says nowhere where a figure was read (`read_from`, the extractor's own
    field): those lines would score the second reading as reading nothing."""
    return {name: score for name, score in figures.items() if ".read_from_" not in name}


def agreement(readings: list[tuple[str, dict, dict]]) -> tuple[dict, dict[str, dict]]:
    """Scores overall and per folder."""
    files = [
        (folder, {"source": first["source"], "kind": first["kind"], "in_db": True,
                  "figures": _without_extractor_lines(score_found(first, as_found(second)))})
        for folder, first, second in readings
    ]  # fmt: skip
    folders = sorted({folder for folder, _ in files}, key=lambda f: int(f[3:] or 0))
    per_folder = {f: summarise([s for folder, s in files if folder == f]) for f in folders}
    return summarise([s for _, s in files]), per_folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first-root", type=Path, default=REPO / "tests" / "gold")
    parser.add_argument("--second-root", type=Path, default=REPO / "tests" / "gold" / "second")
    parser.add_argument("--examples", action="store_true", help="what the readings disagree on")
    parser.add_argument("--json", type=Path, help="also write every score to this file")
    args = parser.parse_args()
    readings = pairs(args.first_root, args.second_root)
    if not readings:
        print(f"no second readings under {args.second_root}")
        return 0
    overall, per_folder = agreement(readings)
    print(f"{len(readings)} texts read twice, {len(per_folder)} folders\n")
    print(format_report(overall, examples=args.examples))
    print("\n" + format_side_by_side({f: s["overall"] for f, s in per_folder.items()}))
    if args.json:
        args.json.write_text(json.dumps({"overall": overall, "folders": per_folder}, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
