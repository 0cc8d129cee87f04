"""The one place where the DuckDB schema lives.

Every table is a list of (column, type) pairs; the loader builds Arrow tables in this column
order, so a record dict only has to use the column names. Columns beyond the contract
(../shared/CONTRACT.md) are additions for users; none of the contract's names may change.
"""

from __future__ import annotations

TABLES: dict[str, list[tuple[str, str]]] = {
    "sources": [
        ("source_id", "VARCHAR PRIMARY KEY"),
        ("path", "VARCHAR"),
        ("file_name", "VARCHAR"),
        ("n_pages", "INTEGER"),
        ("status", "VARCHAR"),  # 'ok' / 'failed'
        ("error", "VARCHAR"),
        ("ingested_at", "TIMESTAMPTZ"),
        ("file_size", "BIGINT"),
        ("seconds", "DOUBLE"),
        ("pipeline_version", "VARCHAR"),
        ("kind", "VARCHAR"),  # 'pdf', or 'text' for a release that arrives as OCR text
    ],
    "pages": [
        ("page_key", "VARCHAR"),  # '<source_id>:<page_no>', the full-text index's key
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("width", "DOUBLE"),
        ("height", "DOUBLE"),
        ("text_method", "VARCHAR"),  # 'text_layer' / 'ocr'
        ("text_layer_score", "DOUBLE"),  # share of real words in the PDF's own text layer
        ("ocr_confidence", "DOUBLE"),
        ("text", "VARCHAR"),
        ("n_words", "INTEGER"),
        ("error", "VARCHAR"),
    ],
    "words": [
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("word_no", "INTEGER"),
        ("text", "VARCHAR"),
        ("x0", "DOUBLE"),
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
        ("conf", "DOUBLE"),
        ("line_no", "INTEGER"),  # the word's line on its page (layout), from 0
        ("block_no", "INTEGER"),  # its block (paragraph) on the page, from 0
    ],
    "documents": [
        ("document_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("first_page", "INTEGER"),
        ("last_page", "INTEGER"),
        ("doc_type", "VARCHAR"),
        ("title", "VARCHAR"),
        ("doc_date", "DATE"),
        ("doc_date_inferred", "BOOLEAN"),
        ("doc_stamp", "VARCHAR"),  # a printed document number such as 'Docnr 21'
        ("first_line", "INTEGER"),  # text releases: 1-based line range in the text, else NULL
        ("last_line", "INTEGER"),
    ],
    "redactions": [
        ("redaction_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("x0", "DOUBLE"),
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
        ("ground", "VARCHAR"),
        ("ground_raw", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("method", "VARCHAR"),  # 'vector' / 'image' / 'text_mark'
    ],
    "redaction_leaks": [
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("x0", "DOUBLE"),
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
        ("n_chars", "INTEGER"),
    ],
    "grounds": [
        ("ground", "VARCHAR"),
        ("law", "VARCHAR"),
        ("meaning", "VARCHAR"),
    ],
    "meetings": [
        ("meeting_id", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("body", "VARCHAR"),
        ("meeting_date", "DATE"),
        ("start_time", "TIME"),
        ("end_time", "TIME"),
        ("location", "VARCHAR"),
        ("date_year_inferred", "BOOLEAN"),
        ("x0", "DOUBLE"),  # evidence: the box around the words the row was read from
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
    ],
    "meeting_participants": [
        ("meeting_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("role", "VARCHAR"),
        ("organisation", "VARCHAR"),
        ("status", "VARCHAR"),  # 'present' / 'absent' / 'invited'
        ("redacted", "BOOLEAN"),
        ("is_chair", "BOOLEAN"),
        ("region", "VARCHAR"),
    ],
    "decisions": [
        ("decision_id", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("meeting_id", "VARCHAR"),
        ("number", "VARCHAR"),
        ("kind", "VARCHAR"),  # 'besluit' / 'actie' / 'afspraak'
        ("text", "VARCHAR"),
        ("is_proposal", "BOOLEAN"),
        ("x0", "DOUBLE"),  # evidence: the box around the words the row was read from
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
    ],
    "incident_mentions": [
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("document_id", "VARCHAR"),
        ("period_start", "DATE"),
        ("period_end", "DATE"),
        ("category", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("scope", "VARCHAR"),
        ("evidence", "VARCHAR"),
        ("x0", "DOUBLE"),  # evidence: the box around the words the row was read from
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
    ],
    "emails": [
        ("email_id", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("thread_id", "VARCHAR"),
        ("position", "INTEGER"),
        ("sent_at", "TIMESTAMPTZ"),
        ("sent_at_offset", "VARCHAR"),  # the UTC offset written in the header, e.g. '+02:00'
        ("sender", "VARCHAR"),
        ("sender_domain", "VARCHAR"),
        ("subject", "VARCHAR"),
        ("subject_normalized", "VARCHAR"),
        ("body", "VARCHAR"),
        ("sender_redacted", "BOOLEAN"),
        ("sender_name", "VARCHAR"),
        ("sent_at_raw", "VARCHAR"),  # the date line as printed
        ("x0", "DOUBLE"),  # evidence: the box around the message's header lines
        ("top", "DOUBLE"),
        ("x1", "DOUBLE"),
        ("bottom", "DOUBLE"),
    ],
    "email_recipients": [
        ("email_id", "VARCHAR"),
        ("kind", "VARCHAR"),  # 'to' / 'cc' / 'bcc'
        ("address", "VARCHAR"),
        ("domain", "VARCHAR"),
        ("redacted", "BOOLEAN"),
        ("name", "VARCHAR"),  # display name printed with the address
    ],
    "email_attachments": [
        ("email_id", "VARCHAR"),
        ("file_name", "VARCHAR"),
    ],
    "woo_decisions": [
        ("decision_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("page_no", "INTEGER"),
        ("authority", "VARCHAR"),
        ("reference", "VARCHAR"),  # the letter's own kenmerk
        ("law", "VARCHAR"),  # 'woo' / 'wob'
        ("request_date", "DATE"),
        ("decision_date", "DATE"),
        ("outcome", "VARCHAR"),
        ("grounds_cited", "VARCHAR"),
        ("days_to_decide", "INTEGER"),
        ("request_date_inferred", "BOOLEAN"),  # no year printed: the letter's year taken
        ("extension", "BOOLEAN"),  # the letter says the term was extended (verdaagd)
        ("decision_kind", "VARCHAR"),  # 'besluit' / 'deelbesluit' / 'bezwaar'
        ("request_evidence", "VARCHAR"),  # the sentence the request date was read from
    ],
    "inventory_items": [
        ("source_id", "VARCHAR"),
        ("document_id", "VARCHAR"),  # the released document with this printed number
        ("page_no", "INTEGER"),
        ("number", "VARCHAR"),
        ("item_date", "DATE"),
        ("title", "VARCHAR"),
        (
            "judgement",
            "VARCHAR",
        ),  # 'openbaar' / 'deels_openbaar' / 'niet_openbaar' / 'reeds_openbaar'
        ("grounds", "VARCHAR"),
        ("inventory_document_id", "VARCHAR"),  # the inventory list the row is printed in
        ("judgement_raw", "VARCHAR"),
        ("grounds_raw", "VARCHAR"),
        ("top", "DOUBLE"),  # the row's vertical extent on its page (evidence)
        ("bottom", "DOUBLE"),
    ],
}

# The deduplicated facts have the columns of their mentions plus how often each was stated.
TABLES["incident_counts"] = [*TABLES["incident_mentions"], ("n_mentions", "INTEGER")]

#: Tables whose rows all belong to one source (replaced when that source changes).
PER_SOURCE_TABLES = [
    "pages", "words", "documents", "redactions", "redaction_leaks",
    "meetings", "decisions", "incident_mentions", "incident_counts", "emails",
    "woo_decisions", "inventory_items",
]  # fmt: skip
#: Child tables keyed by a parent id: (table, key column, parent table).
CHILD_TABLES = [
    ("meeting_participants", "meeting_id", "meetings"),
    ("email_recipients", "email_id", "emails"),
    ("email_attachments", "email_id", "emails"),
]

VIEWS: dict[str, str] = {
    # The legal term per law: Woo 4 weeks + 2 weeks' extension, Wob 4 + 4 (in days).
    "v_decision_terms": """
        WITH terms AS (
            SELECT *,
                   CASE law WHEN 'woo' THEN 28 WHEN 'wob' THEN 28 END AS legal_term_days,
                   CASE law WHEN 'woo' THEN 14 WHEN 'wob' THEN 28 END AS extension_days
            FROM woo_decisions
        )
        SELECT decision_id, source_id, document_id, authority, reference, law,
               request_date, decision_date, days_to_decide, extension,
               legal_term_days, extension_days,
               legal_term_days + CASE WHEN extension THEN extension_days ELSE 0 END
                   AS allowed_days,
               CASE WHEN days_to_decide IS NULL OR law IS NULL THEN NULL
                    WHEN days_to_decide <= legal_term_days
                         + CASE WHEN extension THEN extension_days ELSE 0 END THEN 'on_time'
                    ELSE 'late' END AS verdict,
               days_to_decide > legal_term_days + extension_days AS late_even_if_extended
        FROM terms
    """,
    "v_inventory_summary": """
        WITH items AS (
            SELECT source_id, inventory_document_id, judgement, grounds FROM inventory_items
        ),
        per_ground AS (
            SELECT source_id, inventory_document_id,
                   unnest(string_split(grounds, ';')) AS ground
            FROM items WHERE grounds IS NOT NULL
        )
        SELECT source_id, inventory_document_id, 'judgement' AS dimension,
               coalesce(judgement, '(none)') AS value, count(*) AS n_documents
        FROM items GROUP BY ALL
        UNION ALL
        SELECT source_id, inventory_document_id, 'ground' AS dimension,
               ground AS value, count(*) AS n_documents
        FROM per_ground GROUP BY ALL
    """,
    "v_redactions_per_document": """
        SELECT d.document_id, d.source_id, d.doc_type, d.title,
               coalesce(r.ground, '(none)') AS ground, count(r.redaction_id) AS n_redactions
        FROM documents d
        JOIN redactions r ON r.source_id = d.source_id
             AND r.page_no BETWEEN d.first_page AND d.last_page
        GROUP BY ALL
    """,
    "v_redaction_density": """
        WITH box AS (
            SELECT source_id, page_no, count(*) AS n_boxes,
                   sum((x1 - x0) * (bottom - top)) AS box_area
            FROM redactions WHERE method <> 'text_mark' GROUP BY ALL
        ),
        marks AS (
            SELECT source_id, page_no, count(*) AS n_marks FROM redactions GROUP BY ALL
        )
        SELECT p.source_id, p.page_no, p.text_method,
               coalesce(box.n_boxes, 0) AS n_boxes,
               coalesce(marks.n_marks, 0) AS n_redactions,
               p.n_words,
               coalesce(box.box_area, 0) / nullif(p.width * p.height, 0) AS share_page_area,
               coalesce(box.box_area, 0)
                 / nullif(coalesce(box.box_area, 0) + coalesce(w.word_area, 0), 0)
                 AS share_text_area,
               coalesce(marks.n_marks, 0)::DOUBLE
                 / nullif(coalesce(marks.n_marks, 0) + p.n_words, 0) AS share_words
        FROM pages p
        LEFT JOIN box USING (source_id, page_no)
        LEFT JOIN marks USING (source_id, page_no)
        LEFT JOIN (
            SELECT source_id, page_no, sum((x1 - x0) * (bottom - top)) AS word_area
            FROM words GROUP BY ALL
        ) w USING (source_id, page_no)
    """,
}


def create_statements() -> list[str]:
    """DDL for every table (idempotent)."""
    statements = []
    for table, columns in TABLES.items():
        cols = ", ".join(f'"{name}" {type_}' for name, type_ in columns)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        # a database written by an older version gains the columns added since
        statements += [
            f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{name}" {type_}'
            for name, type_ in columns
            if " " not in type_
        ]
    return statements


def view_statements() -> list[str]:
    return [f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items()]


def column_names(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]
