"""The one place where the DuckDB schema lives.

Every table is a list of (column, type) pairs; the loader builds Arrow tables in this column
order, so a record dict only has to use the column names. Columns beyond the contract
(../shared/CONTRACT.md) are additions for users; none of the contract's names may change.
"""

from __future__ import annotations

TABLES: dict[str, list[tuple[str, str]]] = {
    "sources": [
        ("source_id", "VARCHAR"),
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
        ("document_id", "VARCHAR"),  # filled at load from the documents' page ranges
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
        ("document_id", "VARCHAR"),
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
        ("method", "VARCHAR"),  # 'vector' / 'image' / 'text_mark' / 'whiteout'
        ("document_id", "VARCHAR"),
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
        ("subject", "VARCHAR"),  # what is counted: 'datalek', 'woo_verzoek', 'klacht', ...
        ("read_from", "VARCHAR"),  # 'table' (a cell of a table) or 'text' (running text)
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

# The full-text index (models/search.py), written with each source's pages.
TABLES["search_terms"] = [
    ("source_id", "VARCHAR"),
    ("page_key", "VARCHAR"),
    ("term", "VARCHAR"),  # a stemmed word (Snowball Dutch)
    ("tf", "INTEGER"),
]
TABLES["search_pages"] = [
    ("source_id", "VARCHAR"),
    ("page_key", "VARCHAR"),
    ("n_terms", "INTEGER"),
]

# One row, raised by every commit that changes release-wide rows (flows/load.py).
TABLES["release_version"] = [("version", "BIGINT")]

# The deduplicated facts have the columns of their mentions plus how often each was stated.
TABLES["incident_counts"] = [*TABLES["incident_mentions"], ("n_mentions", "INTEGER")]

#: Tables whose rows all belong to one source (replaced when that source changes).
PER_SOURCE_TABLES = [
    "pages", "words", "documents", "redactions", "redaction_leaks",
    "meetings", "decisions", "incident_mentions", "incident_counts", "emails",
    "woo_decisions", "inventory_items", "search_terms", "search_pages",
]  # fmt: skip
#: Child tables keyed by a parent id: (table, key column, parent table).
CHILD_TABLES = [
    ("meeting_participants", "meeting_id", "meetings"),
    ("email_recipients", "email_id", "emails"),
    ("email_attachments", "email_id", "emails"),
]
#: Primary keys: one per table that has an id (or a natural composite key). Tables of
#: repeated facts (participants, recipients, leaks, incident figures) have none.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "sources": ("source_id",),
    "pages": ("source_id", "page_no"),
    "words": ("source_id", "page_no", "word_no"),
    "documents": ("document_id",),
    "redactions": ("redaction_id",),
    "grounds": ("ground",),
    "meetings": ("meeting_id",),
    "decisions": ("decision_id",),
    "emails": ("email_id",),
    "woo_decisions": ("decision_id",),
}
#: Tables whose rows get the `document_id` of the document whose page range holds them.
DOCUMENT_PAGE_TABLES = ["pages", "words", "redactions"]

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
    "v_documents": """
        WITH pages_ AS (
            SELECT document_id, count(*) AS n_pages_read, sum(n_words) AS n_words,
                   count(*) FILTER (WHERE text_method = 'ocr') AS n_pages_ocr
            FROM pages WHERE document_id IS NOT NULL GROUP BY ALL
        ),
        redactions_ AS (
            SELECT document_id, count(*) AS n_redactions
            FROM redactions WHERE document_id IS NOT NULL GROUP BY ALL
        ),
        emails_ AS (SELECT document_id, count(*) AS n_emails FROM emails GROUP BY ALL),
        meetings_ AS (SELECT document_id, count(*) AS n_meetings FROM meetings GROUP BY ALL),
        decisions_ AS (SELECT document_id, count(*) AS n_decisions FROM decisions GROUP BY ALL),
        incidents_ AS (
            SELECT document_id, count(*) AS n_incident_mentions
            FROM incident_mentions GROUP BY ALL
        )
        SELECT d.document_id, s.file_name, s.path, d.source_id, d.first_page, d.last_page,
               d.last_page - d.first_page + 1 AS n_pages, d.doc_type, d.title, d.doc_date,
               d.doc_stamp,
               coalesce(p.n_pages_ocr, 0) AS n_pages_ocr,
               coalesce(p.n_words, 0) AS n_words,
               coalesce(r.n_redactions, 0) AS n_redactions,
               coalesce(e.n_emails, 0) AS n_emails,
               coalesce(m.n_meetings, 0) AS n_meetings,
               coalesce(b.n_decisions, 0) AS n_decisions,
               coalesce(i.n_incident_mentions, 0) AS n_incident_mentions
        FROM documents d
        JOIN sources s USING (source_id)
        LEFT JOIN pages_ p USING (document_id)
        LEFT JOIN redactions_ r USING (document_id)
        LEFT JOIN emails_ e USING (document_id)
        LEFT JOIN meetings_ m USING (document_id)
        LEFT JOIN decisions_ b USING (document_id)
        LEFT JOIN incidents_ i USING (document_id)
    """,
    # A box labelled `5.1.2.e;5.1.2.h` is one row per ground; a box without a readable
    # ground is one row with ground NULL.
    "v_redaction_grounds": """
        WITH labelled AS (
            SELECT r.*, coalesce(string_split(r.ground, ';'), [NULL::VARCHAR]) AS codes
            FROM redactions r
        ),
        split AS (SELECT *, generate_subscripts(codes, 1) AS ground_position FROM labelled)
        SELECT s.redaction_id, s.document_id, s.source_id, s.page_no, s.method,
               s.ground AS box_grounds,
               nullif(trim(s.codes[s.ground_position]), '') AS ground,
               s.ground_position,
               CASE WHEN s.ground IS NOT NULL THEN len(s.codes) END AS n_box_grounds,
               g.law, g.meaning
        FROM split s
        LEFT JOIN grounds g ON g.ground = nullif(trim(s.codes[s.ground_position]), '')
    """,
    # The agenda and the minutes of one meeting (same body, same date) are one row here.
    "v_meetings": """
        WITH keyed AS (
            SELECT m.*, d.doc_type,
                   CASE WHEN m.body IS NOT NULL AND m.meeting_date IS NOT NULL
                        THEN m.body || ' ' || strftime(m.meeting_date, '%Y-%m-%d')
                        ELSE m.meeting_id END AS meeting_key
            FROM meetings m LEFT JOIN documents d USING (document_id)
        ),
        people AS (
            SELECT k.meeting_key,
                   count(DISTINCT lower(p.name)) AS n_named_participants,
                   count(DISTINCT lower(p.name)) FILTER (WHERE p.status = 'present')
                     AS n_present,
                   count(*) FILTER (WHERE p.redacted) AS n_redacted_mentions
            FROM keyed k JOIN meeting_participants p USING (meeting_id)
            GROUP BY ALL
        ),
        taken AS (
            SELECT k.meeting_key, count(*) AS n_decisions
            FROM keyed k JOIN decisions b USING (meeting_id)
            GROUP BY ALL
        )
        SELECT k.meeting_key, any_value(k.body) AS body,
               any_value(k.meeting_date) AS meeting_date,
               min(k.start_time) AS start_time, max(k.end_time) AS end_time,
               any_value(k.location) AS location,
               list(k.meeting_id ORDER BY k.meeting_id) AS meeting_ids,
               list(DISTINCT k.document_id ORDER BY k.document_id) AS document_ids,
               list(DISTINCT k.doc_type ORDER BY k.doc_type) AS doc_types,
               bool_or(k.doc_type = 'agenda') AS has_agenda,
               bool_or(k.doc_type = 'minutes') AS has_minutes,
               coalesce(any_value(people.n_named_participants), 0) AS n_named_participants,
               coalesce(any_value(people.n_present), 0) AS n_present,
               coalesce(any_value(people.n_redacted_mentions), 0) AS n_redacted_mentions,
               coalesce(any_value(taken.n_decisions), 0) AS n_decisions
        FROM keyed k
        LEFT JOIN people USING (meeting_key)
        LEFT JOIN taken USING (meeting_key)
        GROUP BY k.meeting_key
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


def create_statements(primary_keys: bool = True) -> list[str]:
    """DDL for every table (idempotent); without the primary keys for a catalog that has
    no constraints (DuckLake)."""
    statements = []
    for table, columns in TABLES.items():
        parts = [f'"{name}" {type_}' for name, type_ in columns]
        if primary_keys and table in PRIMARY_KEYS:
            parts.append(f"PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)})")
        # a database written by an older version gains the columns added since: see
        # models.db.upgrade_tables (which also fills their document ids and adds the keys)
    return statements


def view_statements() -> list[str]:
    return [f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items()]


def column_names(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]
