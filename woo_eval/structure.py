"""Score documents, meetings, participants and decisions in DuckDB against gold.json.

Gold files are matched to database rows by `source_id` (the sha256 in gold). Scores are
given per variant (digital, scanned):

- segmentation: a gold document counts when a document with exactly its (first_page,
  last_page) was found; precision over found documents, recall over gold ones;
- doc_type (and doc_date) accuracy over the matched documents;
- meetings: gold and found meetings of one file paired on page, then date; accuracy of
  body, meeting_date, start_time, end_time and location over the pairs;
- participants: precision/recall of (surname, status) within paired meetings; a redacted
  participant's key is (None, status), so the count of redacted ones matters too;
- decisions: precision/recall of (kind, text) with rapidfuzz ratio >= 85 on normalised text.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, time
from typing import Any

import duckdb
from rapidfuzz import fuzz

from models.db import query_rows
from pipeline.documents import strip_redaction_marks
from woo_eval.ratios import f1, ratio

TEXT_MATCH_THRESHOLD = 85
MEETING_FIELDS = ("body", "meeting_date", "start_time", "end_time", "location")


def _norm_value(value: Any) -> str | None:
    """Compare dates, times and strings in one shape: ISO text, times as HH:MM."""
    if value is None:
        return None
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{1,2}:\d\d(:\d\d)?", text):
        return text[:5].zfill(5)
    return re.sub(r"\s+", " ", text).casefold() or None


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    words = re.sub(r"[^\w\s'-]", " ", name).split()
    return words[-1].casefold() if words else None


def _norm_text(text: str | None) -> str:
    clean = strip_redaction_marks(text or "")[0]
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", clean)).strip().casefold()


def _select(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> list[dict]:
    """The rows `sql` selects for `ids` as dicts; none when there are no ids or the table is
    missing (a database of an older schema)."""
    if not ids:
        return []
    try:
        return query_rows(con, sql, [ids])
    except duckdb.Error:
        return []


def rows_from_db(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> dict[str, list[dict]]:
    """documents, meetings, meeting_participants and decisions of the given sources."""
    rows = {
        table: _select(
            con, f"SELECT * FROM {table} WHERE source_id IN (SELECT unnest(?))", source_ids
        )
        for table in ("documents", "meetings", "decisions")
    }
    rows["meeting_participants"] = _select(
        con,
        "SELECT * FROM meeting_participants WHERE meeting_id IN (SELECT unnest(?))",
        [m["meeting_id"] for m in rows["meetings"]],
    )
    return rows


def _pair_meetings(gold: list[dict], found: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, found index): same page first, then same date, each used once."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for key in ("page_no", "meeting_date"):
        for gi, g in enumerate(gold):
            if any(p[0] == gi for p in pairs):
                continue
            for fi, f in enumerate(found):
                if fi in used:
                    continue
                if _norm_value(g.get(key)) is not None and _norm_value(g.get(key)) == _norm_value(
                    f.get(key)
                ):
                    pairs.append((gi, fi))
                    used.add(fi)
                    break
    return pairs


def _match_decisions(gold: list[dict], found: list[dict]) -> list[tuple[int, int]]:
    """Greedy best-first pairing of decisions of the same kind with text ratio >= 85."""
    scored = []
    for gi, g in enumerate(gold):
        gt = _norm_text(g.get("text"))
        for fi, f in enumerate(found):
            if g.get("kind") != f.get("kind"):
                continue
            score = fuzz.ratio(gt, _norm_text(f.get("text")))
            if score >= TEXT_MATCH_THRESHOLD:
                scored.append((score, gi, fi))
    pairs, used_g, used_f = [], set(), set()
    for _, gi, fi in sorted(scored, reverse=True):
        if gi not in used_g and fi not in used_f:
            pairs.append((gi, fi))
            used_g.add(gi)
            used_f.add(fi)
    return pairs


def _split_rows(
    rows: dict[str, list[dict]],
) -> tuple[dict[str, dict[str, list[dict]]], dict[str, list[dict]]]:
    """The rows of each source by table, and the participants of each meeting (they carry
    no source_id)."""
    by_source: dict[str, dict[str, list[dict]]] = {}
    for table, table_rows in rows.items():
        if table == "meeting_participants":
            continue
        for row in table_rows:
            by_source.setdefault(row.get("source_id"), {}).setdefault(table, []).append(row)
    participants_by_meeting: dict[str, list[dict]] = {}
    for row in rows.get("meeting_participants", []):
        participants_by_meeting.setdefault(row["meeting_id"], []).append(row)
    return by_source, participants_by_meeting


def _count_documents(
    name: str, gold_docs: list[dict], found: list[dict], c: Counter[str], misses: list[str]
) -> None:
    """Segmentation: a gold document is found with exactly its pages; its type and date."""
    found_docs = {(d["first_page"], d["last_page"]): d for d in found}
    c["docs_gold"] += len(gold_docs)
    c["docs_found"] += len(found_docs)
    for g in gold_docs:
        f = found_docs.get((g["first_page"], g["last_page"]))
        if f is None:
            misses.append(f"{name}: document p{g['first_page']}-{g['last_page']}")
            continue
        c["docs_matched"] += 1
        if _norm_value(f.get("doc_date")) == _norm_value(g.get("doc_date")):
            c["dates_right"] += 1
        else:
            misses.append(f"{name}: doc_date {f.get('doc_date')} for {g.get('doc_date')}")
        if f["doc_type"] == g["doc_type"]:
            c["types_right"] += 1
        else:
            misses.append(f"{name}: type {f['doc_type']} for {g['doc_type']}")


def _count_meetings(
    name: str,
    gold_meetings: list[dict],
    found_meetings: list[dict],
    participants_by_meeting: dict[str, list[dict]],
    tallies: tuple[Counter[str], Counter[str], list[str]],
) -> None:
    """Meetings paired, their fields, and the (surname, status) of the participants of each
    pair; `tallies` is the variant's counts, hits per meeting field and misses."""
    c, field_hits, misses = tallies
    c["meetings_gold"] += len(gold_meetings)
    c["meetings_found"] += len(found_meetings)
    pairs = _pair_meetings(gold_meetings, found_meetings)
    c["meetings_matched"] += len(pairs)
    for gi, fi in pairs:
        g, f = gold_meetings[gi], found_meetings[fi]
        for fld in MEETING_FIELDS:
            if _norm_value(g.get(fld)) == _norm_value(f.get(fld)):
                field_hits[fld] += 1
            else:
                misses.append(f"{name}: meeting {fld} {f.get(fld)!r} for {g.get(fld)!r}")
    gold_to_found = dict(pairs)
    for gi, g in enumerate(gold_meetings):
        gold_keys = Counter((_surname(p["name"]), p["status"]) for p in g.get("participants", []))
        c["participants_gold"] += sum(gold_keys.values())
        if gi not in gold_to_found:
            continue
        f = found_meetings[gold_to_found[gi]]
        found_keys = Counter(
            (_surname(p["name"]), p["status"])
            for p in participants_by_meeting.get(f["meeting_id"], [])
        )
        c["participants_hit"] += sum((gold_keys & found_keys).values())
        for key in (gold_keys - found_keys).elements():
            misses.append(f"{name}: participant missed {key}")
        for key in (found_keys - gold_keys).elements():
            misses.append(f"{name}: participant extra {key}")
    paired_found = {fi for _, fi in pairs}
    for fi, f in enumerate(found_meetings):
        c["participants_found"] += len(participants_by_meeting.get(f["meeting_id"], []))
        if fi not in paired_found:
            misses.append(f"{name}: extra meeting p{f.get('page_no')}")


def _count_decisions(
    name: str, gold: list[dict], found: list[dict], c: Counter[str], misses: list[str]
) -> None:
    """Decisions paired on kind and text; the number and the meeting link of each pair."""
    c["decisions_gold"] += len(gold)
    c["decisions_found"] += len(found)
    pairs = _match_decisions(gold, found)
    c["decisions_hit"] += len(pairs)
    for gi, fi in pairs:
        g, f = gold[gi], found[fi]
        c["decision_numbers_right"] += _norm_value(g.get("number")) == _norm_value(f.get("number"))
        linked = f.get("meeting_id") is not None
        c["decision_links_right"] += linked == (g.get("meeting_index") is not None)
    matched_g = {gi for gi, _ in pairs}
    matched_f = {fi for _, fi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            misses.append(f"{name}: decision missed {g['kind']}: {g['text'][:60]!r}")
    for fi, f in enumerate(found):
        if fi not in matched_f:
            misses.append(f"{name}: decision extra {f['kind']}: {f['text'][:60]!r}")


def _variant_scores(c: Counter[str], field_hits: Counter[str]) -> dict[str, Any]:
    """The ratios of one variant's counts."""
    seg_p = ratio(c["docs_matched"], c["docs_found"])
    seg_r = ratio(c["docs_matched"], c["docs_gold"])
    part_p = ratio(c["participants_hit"], c["participants_found"])
    part_r = ratio(c["participants_hit"], c["participants_gold"])
    dec_p = ratio(c["decisions_hit"], c["decisions_found"])
    dec_r = ratio(c["decisions_hit"], c["decisions_gold"])
    n_pairs = c["meetings_matched"]
    field_acc = {fld: ratio(field_hits[fld], n_pairs) for fld in MEETING_FIELDS}
    return {
        "segmentation_precision": seg_p,
        "segmentation_recall": seg_r,
        "segmentation_f1": f1(seg_p, seg_r),
        "doc_type_accuracy": ratio(c["types_right"], c["docs_matched"]),
        "doc_date_accuracy": ratio(c["dates_right"], c["docs_matched"]),
        "meeting_recall": ratio(n_pairs, c["meetings_gold"]),
        "meeting_precision": ratio(n_pairs, c["meetings_found"]),
        "meeting_field_accuracy": field_acc,
        "meeting_accuracy": ratio(sum(field_hits.values()), n_pairs * len(MEETING_FIELDS)),
        "participant_precision": part_p,
        "participant_recall": part_r,
        "participant_f1": f1(part_p, part_r),
        "decision_precision": dec_p,
        "decision_recall": dec_r,
        "decision_f1": f1(dec_p, dec_r),
        "decision_number_accuracy": ratio(c["decision_numbers_right"], c["decisions_hit"]),
        "decision_meeting_link_accuracy": ratio(c["decision_links_right"], c["decisions_hit"]),
        "counts": dict(c),
    }


def score_rows(
    gold: dict, rows: dict[str, list[dict]], *, with_misses: bool = False
) -> dict[str, dict[str, Any]]:
    """Scores per variant from extracted rows (tables as lists of dicts); `with_misses` adds
    a list of what was missed or extra, for reading, not for reports."""
    by_source, participants_by_meeting = _split_rows(rows)
    out: dict[str, dict[str, Any]] = {}
    for variant in sorted({f["variant"] for f in gold["files"]}):
        c: Counter[str] = Counter()
        field_hits: Counter[str] = Counter()
        misses: list[str] = []
        for file in (f for f in gold["files"] if f["variant"] == variant):
            found = by_source.get(file["source_id"], {})
            name = file["path"]
            c["files"] += 1
            c["files_with_documents"] += bool(found.get("documents"))
            _count_documents(name, file["documents"], found.get("documents", []), c, misses)
            _count_meetings(
                name,
                file.get("meetings", []),
                found.get("meetings", []),
                participants_by_meeting,
                (c, field_hits, misses),
            )
            _count_decisions(name, file.get("decisions", []), found.get("decisions", []), c, misses)
        out[variant] = _variant_scores(c, field_hits)
        if with_misses:
            out[variant]["misses"] = misses
    return out


def score_structure(gold: dict, con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Scores per variant of what the pipeline loaded into `con`, against gold.json."""
    source_ids = [f["source_id"] for f in gold["files"]]
    return score_rows(gold, rows_from_db(con, source_ids))
