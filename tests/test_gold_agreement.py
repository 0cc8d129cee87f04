"""Two readings of one text compared (scripts/gold_agreement.py): what they share counts,
what only one of them holds counts against the pair, whichever is called first."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from gold_agreement import agreement  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

READING = {
    "source": "texts0/jaarverslag.txt",
    "kind": "text",
    "notes": "",
    "documents": [
        {"first_page": None, "last_page": None, "first_line": 1, "last_line": 8,
         "doc_type": "minutes", "doc_date": "2023-03-14"},
        {"first_page": None, "last_page": None, "first_line": 9, "last_line": 20,
         "doc_type": "report", "doc_date": None},
    ],
    "emails": [],
    "meetings": [
        {"page_no": None, "line": 1, "body": "Dorpsraad", "meeting_date": "2023-03-14",
         "start_time": "19:30", "end_time": None, "location": None,
         "participants": [
             {"name": "Anna de Vries", "role": "voorzitter", "organisation": None,
              "status": "present", "redacted": False},
             {"name": "Kees Bos", "role": None, "organisation": None,
              "status": "absent", "redacted": False},
         ]},
    ],
    "decisions": [
        {"page_no": None, "line": 5, "kind": "besluit", "number": None,
         "text": "De dorpsraad stemt in met het jaarplan 2023.", "is_proposal": False},
    ],
    "incident_counts": [
        {"page_no": None, "line": 12, "period_start": "2022-01-01", "period_end": "2022-12-31",
         "category": "total", "unit": "count", "scope": None, "value": 41},
        {"page_no": None, "line": 13, "period_start": "2022-01-01", "period_end": "2022-12-31",
         "category": "other", "unit": "count", "scope": None, "value": 7},
    ],
    "redactions": [],
}  # fmt: skip


def _figures(first: dict, second: dict) -> dict:
    overall, _ = agreement([("web0", first, second)])
    return overall["overall"]


def _counts(figure: dict) -> tuple[int, int, int]:
    return figure["tp"], figure["fp"], figure["fn"]


def test_a_reading_agrees_with_itself_on_every_figure():
    figures = _figures(READING, copy.deepcopy(READING))
    for name in ("boundaries", "meetings", "participants", "decisions", "incident_counts"):
        assert (figures[name]["fp"], figures[name]["fn"]) == (0, 0), name
    assert figures["doc_type"]["accuracy"] == figures["doc_date"]["accuracy"] == 1.0


def test_what_only_one_reading_holds_counts_against_the_pair_either_way():
    second = copy.deepcopy(READING)
    second["meetings"][0]["participants"].pop()  # the absent member left out
    second["decisions"][0]["text"] = "Het bestuur legt de begroting voor aan de leden."
    second["incident_counts"][1]["value"] = 8
    second["documents"][1]["doc_type"] = "other"
    ab, ba = _figures(READING, second), _figures(second, READING)
    assert _counts(ab["participants"]) == (1, 0, 1)
    assert _counts(ab["decisions"]) == (0, 1, 1)
    assert _counts(ab["incident_counts"]) == (1, 1, 1)
    assert ab["doc_type"]["correct"] == 1
    for name in ("participants", "decisions", "incident_counts"):
        assert ab[name]["f1"] == ba[name]["f1"], name


def test_the_script_reports_its_folders(tmp_path):
    first_root, second_root = tmp_path / "gold", tmp_path / "gold" / "second"
    for root, reading in ((first_root, READING), (second_root, READING)):
        (root / "web0").mkdir(parents=True)
        (root / "web0" / "jaarverslag.json").write_text(json.dumps(reading), "utf-8")
    out = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gold_agreement.py"),
         "--first-root", str(first_root), "--second-root", str(second_root)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert out.startswith("1 texts read twice, 1 folders")
    assert "| `decisions` | 1.00 / 1.00 / 1.00 (1/0/0) |" in out
