"""OCR quality against the gold words: character error rate and text-method accuracy."""

from __future__ import annotations

from typing import Any

import duckdb
from rapidfuzz.distance import Levenshtein

# Gold words leave out what is printed inside redaction boxes (the labels); so does this.
VISIBLE_WORDS_SQL = """
    SELECT w.text FROM words w
    WHERE w.source_id = ? AND w.page_no = ?
      AND NOT EXISTS (
        SELECT 1 FROM redactions r
        WHERE r.source_id = w.source_id AND r.page_no = w.page_no AND r.method <> 'text_mark'
          AND (w.x0 + w.x1) / 2 BETWEEN r.x0 AND r.x1
          AND (w.top + w.bottom) / 2 BETWEEN r.top AND r.bottom)
    ORDER BY w.word_no
"""


def _normalise(words: list[str]) -> str:
    return " ".join(w for w in words if w.strip())


def score_text(gold: dict[str, Any], con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Per variant: CER over all pages (micro-averaged), worst page, text_method accuracy."""
    scores: dict[str, Any] = {}
    for variant in ("digital", "scanned"):
        errors = chars = method_ok = n_pages = missing = 0
        worst = (0.0, None)
        for file in gold["files"]:
            if file["variant"] != variant:
                continue
            for page in file["pages"]:
                n_pages += 1
                row = con.execute(
                    "SELECT text_method FROM pages WHERE source_id = ? AND page_no = ?",
                    [file["source_id"], page["page_no"]],
                ).fetchone()
                if row is None:
                    missing += 1
                    continue
                method_ok += row[0] == page["text_method"]
                words = [
                    w
                    for (w,) in con.execute(
                        VISIBLE_WORDS_SQL, [file["source_id"], page["page_no"]]
                    ).fetchall()
                ]
                reference, hypothesis = _normalise(page["words"]), _normalise(words)
                page_errors = Levenshtein.distance(reference, hypothesis)
                errors += page_errors
                chars += len(reference)
                page_cer = page_errors / max(len(reference), 1)
                if page_cer > worst[0]:
                    worst = (page_cer, f"{file['path']} p{page['page_no']}")
        scores[variant] = {
            "pages": n_pages,
            "pages_missing": missing,
            "cer": errors / chars if chars else None,
            "worst_page_cer": worst[0],
            "worst_page": worst[1],
            "text_method_accuracy": method_ok / n_pages if n_pages else None,
        }
    return scores
