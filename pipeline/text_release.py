"""Releases that arrive as plain OCR text (like `svmn-release-ocr.txt`) instead of PDFs.

Such a text has no geometry: each document becomes one page of the source, its redaction
codes become `text_mark` rows without a box, and the documents come from the plain-text
splitter rather than from page signals.
"""

from __future__ import annotations

from typing import Any

from pipeline.documents import documents_from_text
from pipeline.grounds import find_ground_codes
from pipeline.redactions import SETTINGS


def read_text_release(text: str, source_id: str) -> dict[str, list[dict[str, Any]]]:
    """Pages (one per document), documents and redaction marks of a plain-text release."""
    pages, documents = documents_from_text(text, source_id)
    page_rows, redactions = [], []
    for page in pages:
        page_rows.append(
            {
                "page_key": f"{source_id}:{page['page_no']}",
                "source_id": source_id,
                "page_no": page["page_no"],
                "width": None,
                "height": None,
                "text_method": "ocr",  # someone else's OCR: no confidence known
                "ocr_confidence": None,
                "text": page["text"],
                "n_words": len(page["text"].split()),
                "error": None,
            }
        )
        for n, span in enumerate(
            find_ground_codes(page["text"], marks_only=True, written_out=True), start=1
        ):
            redactions.append(
                {
                    "redaction_id": f"{source_id[:16]}-p{page['page_no']}-r{n}",
                    "source_id": source_id,
                    "page_no": page["page_no"],
                    "ground": span["ground"],
                    "ground_raw": span["raw"],
                    "confidence": SETTINGS.text_mark_confidence,  # no box: less sure than a label
                    "method": "text_mark",
                }
            )
    return {
        "pages": page_rows,
        "structure_pages": pages,
        "documents": documents,
        "redactions": redactions,
    }
