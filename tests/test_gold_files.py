"""Every hand-written gold file in `tests/gold/`, the held-out `tests/gold/holdout/`, the
unseen `tests/gold/unseen/` and the web texts' `tests/gold/web*/` (their texts outside the
repo: positions checked where `WOO_WEB_TEXTS` holds them) keeps the shared format (issue
8): required keys, the contract's vocabularies, dates and times that parse, pages within
the source. Format only: nothing here runs the pipeline on a gold file's source (the
held-out files must stay unseen by the extractor until the closing evaluation)."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from pipeline.documents import DOC_TYPES
from pipeline.emails import ADDRESS_KINDS
from pipeline.grounds import canonical_grounds
from pipeline.incidents import CATEGORIES, UNITS
from pipeline.nlp import load_patterns
from woo_eval.real import load_gold

GOLD_DIR = Path(__file__).parent / "gold"
HOLDOUT_DIR = GOLD_DIR / "holdout"
UNSEEN_DIR = GOLD_DIR / "unseen"
#: gold of real web texts, kept outside the repo (third-party): `--reference` names their folder
#: every round's folder, so a new round is checked as soon as it is written; web34 found no text
WEB_DIRS = tuple(
    sorted(
        (d for d in GOLD_DIR.glob("web*") if d.name != "web34"), key=lambda d: int(d.name[3:] or 0)
    )
)
#: second readings: web texts written up again by another hand, blind to the first gold of the
#: same name (`scripts/gold_agreement.py` scores the one against the other)
SECOND_DIRS = tuple(sorted((GOLD_DIR / "second").glob("web*")))
WEB_TEXTS = Path(os.environ.get("WOO_WEB_TEXTS", "/work/webprobe"))
# scored only when `--gold` names them
NAMED_ONLY_DIRS = (HOLDOUT_DIR, UNSEEN_DIR, *WEB_DIRS, *SECOND_DIRS)
GOLD_FILES = sorted(GOLD_DIR.glob("*.json")) + [
    path for folder in NAMED_ONLY_DIRS for path in sorted(folder.glob("*.json"))
]
WEB_GOLD_FILES = [path for path in GOLD_FILES if path.parent in (*WEB_DIRS, *SECOND_DIRS)]

TOP_KEYS = {
    "source", "kind", "notes", "documents", "emails", "meetings", "decisions",
    "incident_counts", "redactions",
}  # fmt: skip
DOCUMENT_KEYS = {"first_page", "last_page", "first_line", "last_line", "doc_type", "doc_date"}
EMAIL_KEYS = {
    "page_no", "line", "position", "sent_at", "sender", "sender_domain", "sender_redacted",
    "subject", "recipients", "attachments",
}  # fmt: skip
RECIPIENT_KEYS = {"kind", "address", "domain", "redacted"}
MEETING_KEYS = {
    "page_no", "line", "body", "meeting_date", "start_time", "end_time", "location",
    "participants",
}  # fmt: skip
PARTICIPANT_KEYS = {"name", "role", "organisation", "status", "redacted"}
DECISION_KEYS = {"page_no", "line", "kind", "number", "text", "is_proposal"}
INCIDENT_KEYS = {
    "page_no", "line", "period_start", "period_end", "category", "unit", "scope", "value",
}  # fmt: skip
REDACTION_KEYS = {"page_no", "n_boxes", "grounds"}


def decision_kinds() -> set[str]:
    return {row["kind"] for row in load_patterns("decision_labels.json")["labels"]}


def participant_statuses() -> set[str]:
    return {row["status"] for row in load_patterns("meeting_rules.json")["status_labels"]}


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def has_keys(row: dict, keys: set[str], where: str) -> None:
    missing = keys - row.keys()
    assert not missing, f"{where}: missing {sorted(missing)}"


def is_date(value: str | None) -> bool:
    return value is None or bool(date.fromisoformat(value))


def is_time(value: str | None) -> bool:
    return value is None or bool(time.fromisoformat(value))


def anchors(gold: dict[str, Any]) -> list[tuple[str, int | None]]:
    """(label, position) of every row that says where it stands: its page in a PDF, its
    line in a text release."""
    key = "page_no" if gold["kind"] == "pdf" else "line"
    sections = ("emails", "meetings", "decisions", "incident_counts")
    return [(f"{s}[{i}]", row.get(key)) for s in sections for i, row in enumerate(gold[s])]


def gold_id(path: Path) -> str:
    return str(path.relative_to(GOLD_DIR).with_suffix(""))


def test_gold_files_exist() -> None:
    assert GOLD_FILES, f"no gold files in {GOLD_DIR}"


@pytest.mark.parametrize("folder", NAMED_ONLY_DIRS, ids=lambda folder: folder.name)
def test_default_evaluation_leaves_the_named_only_gold_out(folder: Path) -> None:
    """`woo eval --gold tests/gold` and scripts/real_eval.py read only the top folder: the
    held-out letters and the unseen gold are scored only when their folder is named."""
    default = {gold["gold_file"] for gold in load_gold(GOLD_DIR)}
    named_only = {path.name for path in folder.glob("*.json")}
    assert named_only, f"no gold in {folder}"
    assert not default & named_only
    assert {gold["gold_file"] for gold in load_gold(folder)} == named_only


@pytest.mark.parametrize("path", GOLD_FILES, ids=gold_id)
def test_gold_file_keeps_the_format(path: Path) -> None:
    gold = load(path)
    has_keys(gold, TOP_KEYS, path.name)
    assert gold["kind"] in {"pdf", "text"}
    assert Path(gold["source"]).stem == path.stem, "a gold file is named after its source"
    is_pdf = gold["kind"] == "pdf"
    first, last = ("first_page", "last_page") if is_pdf else ("first_line", "last_line")

    previous_end = 0
    for i, doc in enumerate(gold["documents"]):
        has_keys(doc, DOCUMENT_KEYS, f"documents[{i}]")
        assert doc["doc_type"] in DOC_TYPES, f"documents[{i}]: {doc['doc_type']}"
        assert is_date(doc["doc_date"])
        assert isinstance(doc[first], int) and isinstance(doc[last], int), f"documents[{i}]"
        assert previous_end < doc[first] <= doc[last], f"documents[{i}] overlaps or is reversed"
        previous_end = doc[last]

    for i, mail in enumerate(gold["emails"]):
        has_keys(mail, EMAIL_KEYS, f"emails[{i}]")
        assert isinstance(mail["position"], int) and mail["position"] >= 0
        assert mail["sent_at"] is None or datetime.fromisoformat(mail["sent_at"])
        assert isinstance(mail["sender_redacted"], bool)
        assert all(isinstance(name, str) and name for name in mail["attachments"])
        for r in mail["recipients"]:
            has_keys(r, RECIPIENT_KEYS, f"emails[{i}].recipients")
            # kind null: gold cannot tell to from cc (OCR column order); scored without kind
            assert r["kind"] is None or r["kind"] in ADDRESS_KINDS, f"emails[{i}]: {r['kind']}"
            assert isinstance(r["redacted"], bool)

    statuses = participant_statuses()
    for i, meeting in enumerate(gold["meetings"]):
        has_keys(meeting, MEETING_KEYS, f"meetings[{i}]")
        assert is_date(meeting["meeting_date"])
        assert is_time(meeting["start_time"]) and is_time(meeting["end_time"])
        for p in meeting["participants"]:
            has_keys(p, PARTICIPANT_KEYS, f"meetings[{i}].participants")
            assert p["status"] in statuses, f"meetings[{i}]: {p['status']}"
            assert isinstance(p["redacted"], bool)

    kinds = decision_kinds()
    for i, decision in enumerate(gold["decisions"]):
        has_keys(decision, DECISION_KEYS, f"decisions[{i}]")
        assert decision["kind"] in kinds, f"decisions[{i}]: {decision['kind']}"
        assert isinstance(decision["is_proposal"], bool)
        assert decision["text"].strip()

    for i, count in enumerate(gold["incident_counts"]):
        has_keys(count, INCIDENT_KEYS, f"incident_counts[{i}]")
        assert count["category"] in CATEGORIES and count["unit"] in UNITS
        period = [date.fromisoformat(count[k]) for k in ("period_start", "period_end")]
        assert period[0] <= period[1], f"incident_counts[{i}]: period ends before it starts"
        assert isinstance(count["value"], int | float)

    for label, position in anchors(gold):
        assert isinstance(position, int), f"{label}: no page (PDF) or line (text)"

    grounds = canonical_grounds()
    pages = [page["page_no"] for page in gold["redactions"]]
    assert len(pages) == len(set(pages)), "a page is listed twice in redactions"
    assert is_pdf or not pages, "a text release has no boxes"
    for page in gold["redactions"]:
        has_keys(page, REDACTION_KEYS, f"redactions page {page.get('page_no')}")
        assert page["n_boxes"] == len(page["grounds"]), f"page {page['page_no']}: one ground a box"
        for ground in page["grounds"]:
            assert ground is None or set(ground.split(";")) <= grounds, f"ground {ground!r}"
    for mark in gold.get("redaction_marks", []):  # a text's printed labels, per line
        assert not is_pdf and isinstance(mark["line"], int), f"redaction_marks {mark}"
        assert mark["n_marks"] == len(mark["grounds"]), f"line {mark['line']}: one ground a mark"
        assert set(mark["grounds"]) <= grounds, f"line {mark['line']}: {mark['grounds']}"


def source_extent(path: Path, kind: str) -> int:
    """Pages of a PDF, lines of a text release."""
    if kind == "pdf":
        pdf = pdfium.PdfDocument(path)
        try:
            return len(pdf)
        finally:
            pdf.close()
    return len(path.read_text("utf-8").splitlines())


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if p not in WEB_GOLD_FILES], ids=gold_id)
def test_gold_positions_lie_within_the_source(path: Path, reference_dir: Path) -> None:
    _positions_lie_within(path, reference_dir)


@pytest.mark.parametrize("path", WEB_GOLD_FILES, ids=gold_id)
def test_web_gold_positions_lie_within_the_saved_text(path: Path) -> None:
    if not WEB_TEXTS.is_dir():
        pytest.skip(f"the web texts are not in the repo (third-party); not at {WEB_TEXTS}")
    source = WEB_TEXTS / load(path)["source"]
    if not source.is_file():
        pytest.skip(f"{source} was not fetched again (the corpus no longer holds that copy)")
    _positions_lie_within(path, WEB_TEXTS)


def _positions_lie_within(path: Path, reference_dir: Path) -> None:
    gold = load(path)
    source = reference_dir / gold["source"]
    assert source.is_file(), f"gold names a source that is not there: {source}"
    is_pdf = gold["kind"] == "pdf"
    extent = source_extent(source, gold["kind"])
    last = "last_page" if is_pdf else "last_line"
    assert all(doc[last] <= extent for doc in gold["documents"]), f"beyond {extent}"
    for label, position in anchors(gold):
        assert 1 <= position <= extent, f"{label} beyond {extent}"
    if is_pdf:
        # the box scorer reads only listed pages: a PDF's gold lists every page, 0 boxes too
        assert sorted(p["page_no"] for p in gold["redactions"]) == list(range(1, extent + 1))
