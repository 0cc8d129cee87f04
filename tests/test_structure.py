from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import pipeline.extractors as extractors
import pipeline.structure as structure
from pipeline.dates import utc_offset

MINUTES = """Concept verslag BO/BP
Datum: 6 april 2022
Tijd: 13.00 - 15.00 uur
Locatie: Stadhuis Amersfoort
Aanwezig:
Wethouder Dhr. Van Dam, Amersfoort
Wethouder Mevr. De Boer, Utrecht

1. Datalekken
In 2021 was het aantal gemelde datalekken 68.
Besluit 1: ingestemd is met een vervolggesprek met het bestuur.
"""


def page(text: str, page_no: int = 1) -> dict:
    return {"source_id": "ab" * 32, "page_no": page_no, "text": text, "words": []}


def test_minutes_give_document_meeting_decision_and_count():
    out = structure.extract_structure([page(MINUTES)])
    assert out["errors"] == []
    assert [d["doc_type"] for d in out["documents"]] == ["minutes"]
    assert out["meetings"][0]["location"] == "Stadhuis Amersfoort"
    assert {p["name"] for p in out["meeting_participants"]} >= {"Van Dam", "De Boer"}
    assert out["decisions"][0]["text"].startswith("ingestemd is met een vervolggesprek")
    assert any(r["value"] == 68 and r["category"] == "total" for r in out["incident_mentions"])


def test_one_failing_extractor_keeps_the_others(monkeypatch: pytest.MonkeyPatch):
    def broken(document):
        raise ValueError("kapot")

    monkeypatch.setattr(extractors, "extract_incident_counts", broken)
    out = structure.extract_structure([page(MINUTES)])
    assert out["incident_mentions"] == []
    assert out["meetings"] and out["decisions"]
    assert out["errors"] == ["incident counts extraction failed on pages 1-1: ValueError: kapot"]


def test_utc_offset_is_the_written_one():
    moment = datetime(2022, 3, 29, 10, 39, 31, tzinfo=timezone(timedelta(hours=2)))
    assert utc_offset(moment) == "+02:00"
    assert utc_offset(None) is None
