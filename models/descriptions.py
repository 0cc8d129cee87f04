"""What every table, view and column means: the one source of the database's comments
(`COMMENT ON`, shown by `DESCRIBE`, DBeaver and `duckdb_columns()`) and of docs/schema.md
(written by `scripts/schema_docs.py`).

A column added to `models/schema.py` needs a line here too; `tests/test_schema_docs.py`
fails until it has one and docs/schema.md is regenerated.
"""

from __future__ import annotations

from typing import NamedTuple

from models.schema import TABLES, VIEWS

#: One line per table or view: its `COMMENT ON TABLE/VIEW` and its heading in the docs.
TABLE_DESCRIPTIONS: dict[str, str] = {
    "sources": "One row per input file (PDF, or a release that arrives as OCR text).",
    "pages": "One row per page read: its text from the text layer or from OCR.",
    "words": "Every word of every page with its box, in reading order.",
    "documents": "A source split into the documents it bundles (e-mails, minutes, letters …).",
    "redactions": "Every redaction box, and every ground code printed without a box.",
    "redaction_leaks": (
        "Redactions that did not work: a box on a text-layer page with characters under it, "
        "which can be copied out. The leaked text itself is never stored."
    ),
    "grounds": "Reference list of the legal grounds for redaction (Woo and Wob).",
    "meetings": "One row per meeting found in an agenda or minutes.",
    "meeting_participants": "Who was present, absent or invited at a meeting.",
    "decisions": "Decisions, actions and agreements: from minutes and decision lists.",
    "incident_mentions": (
        "Every statement of an incident figure (count or percentage per category and period) "
        "with its own evidence: data leaks, and Woo/Wob requests, complaints and integrity "
        "reports (`subject` says which)."
    ),
    "incident_counts": (
        "Incident figures per subject, category and period, the same fact stated several "
        "times counted once (n_mentions says how often)."
    ),
    "emails": "One row per e-mail message, including the quoted messages of a thread.",
    "email_recipients": "The To, Cc and Bcc recipients of each e-mail message.",
    "email_attachments": "The attachments each e-mail message names.",
    "woo_decisions": (
        "One row per decision letter on a Woo or Wob request (besluit, deelbesluit, beslissing "
        "op bezwaar): dates, outcome and grounds as the letter states them."
    ),
    "inventory_items": "One row per document listed in an inventory (inventarislijst).",
    "release_version": (
        "One row counting the commits that changed release-wide rows (incident_counts, e-mail "
        "threads): two workers doing so at once conflict on it, and DuckLake makes the later "
        "one start again from the other's snapshot."
    ),
    "search_terms": (
        "The full-text index: each stemmed word (Snowball Dutch) of each page with how often it "
        "occurs there. Written with its page; queried by `fts_main_pages.match_bm25`."
    ),
    "search_pages": (
        "The full-text index's page lengths: how many words of each page were indexed."
    ),
    "v_decision_terms": (
        "Per decision letter: days taken against the legal term of its law (Woo 4 weeks + 2, "
        "Wob 4 + 4), extension noted, on time or late."
    ),
    "v_inventory_summary": (
        "Per release and inventory: listed documents per judgement and per ground."
    ),
    "v_documents": (
        "Documents with their file (name and path), page range and counts of what was found "
        "in them."
    ),
    "v_redaction_grounds": (
        "One row per ground per redaction, with the ground's law and meaning: a box "
        "labelled with several grounds ('5.1.2.e;5.1.2.h') is several rows."
    ),
    "v_meetings": ("Meetings merged across their agenda and minutes: one row per body and date."),
    "v_redactions_per_document": "Per document and ground (as labelled), the number of redactions.",
    "v_redaction_density": "Per page, how much of it is redacted.",
}

_EVIDENCE_SOURCE = "SHA-256 of the file the row was found in (sources.source_id)"
_EVIDENCE_PAGE = "page the row was found on (from 1)"
_DOCUMENT = "the document holding the row (documents.document_id)"
_BOX = {
    "x0": "left edge of the box in PDF points (1/72 inch) from the page's left",
    "top": "top edge of the box in points from the page's top",
    "x1": "right edge of the box in points from the page's left",
    "bottom": "bottom edge of the box in points from the page's top",
}


def _evidence_box(what: str) -> dict[str, str]:
    """The box around the words a fact was read from (NULL without page geometry)."""
    return {
        "x0": f"left edge of {what}, in points (NULL for a text release)",
        "top": f"top edge of {what}, in points from the page's top",
        "x1": f"right edge of {what}, in points",
        "bottom": f"bottom edge of {what}, in points from the page's top",
    }


_INCIDENT_COLUMNS = {
    "source_id": _EVIDENCE_SOURCE,
    "page_no": _EVIDENCE_PAGE,
    "document_id": _DOCUMENT,
    "period_start": "first day of the period the figure covers (year, half year, quarter, month)",
    "period_end": "last day of the period the figure covers",
    "category": (
        "`total`, `wrong_recipient`, `wrong_data`, `lost_letter`, `lost_device`, `theft`, "
        "`other` or `reported_to_ap` (reported to the Autoriteit Persoonsgegevens)"
    ),
    "value": "the figure",
    "unit": "`count` or `percent`",
    "scope": "the unit the figure is about when the text names it (`SAVE`, `Veilig Thuis`), "
    "else NULL",
    "evidence": "the sentence that states the figure",
    "subject": (
        "what the figure counts: `datalek` (data leaks and security incidents: the incidents "
        "of the contract), `woo_verzoek` (Woo/Wob requests received), `klacht` (complaints "
        "received), `integriteitsmelding` (integrity reports), `bezwaar` (objections "
        "received), `discriminatiemelding` (discrimination reports), `ongewenst_gedrag` "
        "(reports of unwanted behaviour), `melding` (reports to a desk) or `voorval` "
        "(reports or incidents of any other kind: accidents, police reports, call-outs, "
        "public-space reports); filter on `datalek` for data leaks alone"
    ),
    "read_from": (
        "`table` (a cell of a table, its period and kind from the table's heads) or `text` "
        "(a sentence of running text); each reading's precision: docs/real-eval.md, "
        "'Incident figures by where they were read'"
    ),
    **_evidence_box("the figure itself (the word its value was read from)"),
}

#: table or view -> column -> meaning (its `COMMENT ON COLUMN`).
_WOO_DECISION_COLUMNS = {
    "decision_id": "`<document_id>-w1`",
    "source_id": _EVIDENCE_SOURCE,
    "document_id": "the letter (a document of type `woo_decision`)",
    "page_no": "the letter's first page",
    "authority": "who decides: the signature block, else the letterhead's organisation; "
    "NULL when neither is printed",
    "reference": "the letter's own kenmerk (`Ons kenmerk`, `Onze referentie`)",
    "law": "`woo` or `wob`, the law the letter names most often",
    "request_date": "the date the request was made or received, as the letter says it "
    '("Bij brief van 13 juli 2020", "ontvangen op …"); sentences about an extension '
    "are passed over",
    "decision_date": "the letter's date from its head (Datum field or a date stamp such as "
    "`2 9 MEI 2019`); a field that cannot be read gives NULL, never a body date",
    "outcome": "`openbaarmaking`, `gedeeltelijke_openbaarmaking`, `geen_openbaarmaking`, "
    "`reeds_openbaar`, `niets_aangetroffen`; NULL when unclear",
    "grounds_cited": "canonical grounds the letter's own text invokes (`artikel 10, tweede "
    "lid, aanhef en onder e` -> `10.2.e`), `;`-joined in order",
    "days_to_decide": "decision_date − request_date in days",
    "request_date_inferred": "true when the request date was printed without a year and "
    "the letter's year was taken",
    "extension": "true when the letter says the term was extended (`verdaagd`, "
    "`verdaging`, `opgeschort`)",
    "decision_kind": "`besluit`, `deelbesluit` or `bezwaar` (beslissing op bezwaar)",
    "request_evidence": "the sentence the request date was read from (first 300 characters)",
}

COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "sources": {
        "source_id": "lowercase hex SHA-256 of the file's bytes",
        "path": "absolute path of the file at ingest time: tells apart two files of the same "
        "name in different folders",
        "file_name": "base name of the file (not unique: use path to tell files apart)",
        "n_pages": "page count (NULL when the file could not be opened)",
        "status": "`ok`, or `failed` when the file or one of its pages could not be read",
        "error": "why it failed, in words (empty file, not a PDF, truncated, encrypted, page N "
        "could not be rendered …); on an `ok` file, an extractor that failed on one document "
        "(the file's other rows are kept)",
        "ingested_at": "when this version of the file was loaded",
        "file_size": "size of the file in bytes",
        "seconds": "time spent on this file during its run, in seconds",
        "pipeline_version": "version of woo-pipeline that produced the rows; a new version "
        "re-processes the file",
        "kind": "`pdf`, or `text` for a release that arrives as OCR text (`.txt`): one page per "
        "document, no geometry (width, height and redaction boxes NULL)",
    },
    "pages": {
        "page_key": "`<source_id>:<page_no>`, the key of the full-text index",
        "source_id": _EVIDENCE_SOURCE,
        "page_no": "page number in the file, from 1",
        "width": "page width in points",
        "height": "page height in points",
        "text_method": "`text_layer` (the PDF's own text) or `ocr` (Tesseract nld+eng); a "
        "page whose text layer is only a stamp over a page-sized image counts as scanned, and "
        "so does a layer that is not text (text_layer_score below 0.25 on a born-digital "
        "page: glyph codes; below 0.55 over a scan: failed OCR)",
        "text_layer_score": "share of real Dutch/English words in the PDF's own text layer, "
        "0-1 (`(cid:NN)` codes, U+FFFD, runs of single letters count as garbage); below the "
        "bar of text_method the page is OCRed; NULL for a text release or an unreadable page",
        "ocr_confidence": "mean Tesseract word confidence 0-100; NULL for the text layer",
        "text": "page text, lines separated by newlines (NULL when the page could not be read)",
        "n_words": "number of words on the page",
        "error": "why this page could not be read (its text is then NULL)",
        "document_id": _DOCUMENT,
    },
    "words": {
        "source_id": _EVIDENCE_SOURCE,
        "page_no": _EVIDENCE_PAGE,
        "word_no": "position of the word in reading order on its page, from 1",
        "text": "the word; on an OCR'd page `▮` stands where a redaction box with nothing "
        "printed on it was painted out before OCR (at the box, in its line)",
        **_BOX,
        "conf": "Tesseract confidence 0-100; NULL for the text layer and for `▮`",
        "line_no": "the word's line on its page, from 0 (Tesseract's layout for OCR; for a "
        "text layer the words whose tops lie within 3 pt)",
        "block_no": "the word's block (paragraph) on its page, from 0 (a vertical gap of more "
        "than 0.8 line heights starts a block)",
        "document_id": _DOCUMENT,
    },
    "documents": {
        "document_id": "`<first 16 hex of source_id>-d<n>`",
        "source_id": _EVIDENCE_SOURCE,
        "first_page": "first page of the document in its file",
        "last_page": "last page of the document in its file",
        "doc_type": "`email`, `minutes`, `decision_list`, `agenda`, `letter`, `memo`, "
        "`report`, `council_questions` or `other`",
        "title": "title line, or the e-mail's subject",
        "doc_date": "date of the document",
        "doc_date_inferred": "true when the year was not printed and was taken from context",
        "doc_stamp": "a printed document number (`Docnr 21`, `Document 3`)",
        "first_line": "a text release (`.txt`, one pseudo-page per document): the document's "
        "first line in the text, from 1; NULL for PDFs",
        "last_line": "a text release: the document's last line in the text; NULL for PDFs",
    },
    "redactions": {
        "redaction_id": "`<first 16 hex of source_id>-p<page>-r<n>`",
        "source_id": _EVIDENCE_SOURCE,
        "page_no": _EVIDENCE_PAGE,
        **_BOX,
        "ground": "canonical ground(s): `5.1.2.e`, `10.2.e`, `5.2.1`; several joined by `;` "
        "in printed order; `out_of_scope` for 'buiten reikwijdte'/'niet relevant'; NULL when "
        "no code is readable (one row per ground: view v_redaction_grounds)",
        "ground_raw": "the code as printed or OCR'd",
        "confidence": "confidence of the box and its ground, 0-1",
        "method": "`vector` (a filled rectangle in the PDF), `image` (found in the page image) "
        "or `text_mark` (a ground code in the text with no box, e.g. in OCR'd releases)",
        "document_id": _DOCUMENT,
    },
    "redaction_leaks": {
        "source_id": _EVIDENCE_SOURCE,
        "page_no": _EVIDENCE_PAGE,
        **_BOX,
        "n_chars": "number of characters readable under the box",
    },
    "grounds": {
        "ground": "canonical ground code (`5.1.2.e`, `10.2.e`, `out_of_scope` …)",
        "law": "`Woo`, `Wob`, or `-` for a code of no law",
        "meaning": "short description of the ground",
    },
    "meetings": {
        "meeting_id": "`<document_id>-m1`; `-m2`, `-m3` … for the further meetings of a register "
        "of decisions taken at several meetings (one per dated section)",
        "document_id": "the agenda or minutes the meeting was found in",
        "source_id": _EVIDENCE_SOURCE,
        "page_no": _EVIDENCE_PAGE,
        "body": "the meeting body as printed (BO/BP, ASG …)",
        "meeting_date": "date of the meeting",
        "start_time": "start time",
        "end_time": "end time",
        "location": "where the meeting took place",
        "date_year_inferred": "true when the year was not printed and came from context",
        **_evidence_box("the header lines date, time, body and place were read from"),
    },
    "meeting_participants": {
        "meeting_id": "the meeting (meetings.meeting_id)",
        "name": "the person's name (NULL when redacted)",
        "role": "role or function as printed",
        "organisation": "organisation as printed",
        "status": "`present`, `absent` or `invited`",
        "redacted": "true when the name is blacked out",
        "is_chair": "true for the chair (voorzitter)",
        "region": "region the person represents (e.g. `regio Eemland`)",
    },
    "decisions": {
        "decision_id": "`<document_id>-b<n>`",
        "document_id": "the minutes or decision list it was found in",
        "source_id": _EVIDENCE_SOURCE,
        "page_no": _EVIDENCE_PAGE,
        "meeting_id": "the meeting it was taken at (NULL outside minutes)",
        "number": "number as printed (`1` for 'Besluit 1:')",
        "kind": "`besluit`, `actie` or `afspraak`",
        "text": "the decision as written",
        "is_proposal": "true for a proposed decision ('Gevraagd besluit'), not one taken",
        **_evidence_box("the label line and the lines its text was collected from"),
    },
    "incident_mentions": _INCIDENT_COLUMNS,
    "incident_counts": {
        **_INCIDENT_COLUMNS,
        "source_id": "SHA-256 of the file of the first statement of the figure",
        "page_no": "page of the first statement of the figure",
        "document_id": "document of the first statement of the figure",
        "n_mentions": "how often the release states this same figure",
        **_evidence_box("the first statement's figure"),
    },
    "emails": {
        "email_id": "`<document_id>-e<position>`",
        "document_id": "the e-mail document (documents.document_id)",
        "source_id": _EVIDENCE_SOURCE,
        "page_no": _EVIDENCE_PAGE,
        "thread_id": "shared by all messages of one conversation, across documents",
        "position": "0 for the newest (top) message of a printed thread, counting up into the "
        "quoted history",
        "sent_at": "when it was sent (TIMESTAMPTZ: shown in the session's time zone)",
        "sent_at_offset": "the UTC offset written in the header, e.g. `+02:00`",
        "sender": "sender address (or name when no address is printed)",
        "sender_domain": "domain of the sender's address",
        "subject": "subject as printed",
        "subject_normalized": "subject without RE:/FW:/Antw: …, lowercase",
        "body": "message text",
        "sender_redacted": "true when the sender is blacked out",
        "sender_name": "sender's display name",
        "sent_at_raw": "the date line as printed",
        **_evidence_box("the message's header lines"),
    },
    "email_recipients": {
        "email_id": "the message (emails.email_id)",
        "kind": "`to`, `cc` or `bcc`",
        "address": "e-mail address (NULL when its local part is redacted)",
        "domain": "domain of the address (kept when redacted, OCR damage repaired)",
        "redacted": "true when the address is blacked out",
        "name": "display name printed with the address",
    },
    "email_attachments": {
        "email_id": "the message (emails.email_id)",
        "file_name": "file name of the attachment as printed",
    },
    "woo_decisions": _WOO_DECISION_COLUMNS,
    "inventory_items": {
        "source_id": _EVIDENCE_SOURCE,
        "document_id": "the released document of the same source whose printed number "
        "(documents.doc_stamp) is this row's number; NULL when none is found",
        "page_no": "the page where the row starts",
        "number": "the printed number (`12`, `3-a`; trailing dot dropped)",
        "item_date": "the date column's date, else a `d.d. <date>` opening the title",
        "title": "the title / documentnaam / omschrijving cell",
        "judgement": "`openbaar`, `deels_openbaar`, `niet_openbaar`, `reeds_openbaar`; NULL "
        "when the row gives none of its own",
        "grounds": "canonical grounds of the grounds cell or ticked ground columns, `;`-joined; "
        '`out_of_scope` for a row judged only "buiten reikwijdte"',
        "inventory_document_id": "the inventory list (documents.document_id) the row is printed in",
        "judgement_raw": "the judgement cell as printed",
        "grounds_raw": "the grounds cell as printed",
        "top": "top of the row on its page, in points from the page's top",
        "bottom": "bottom of the row on its page, in points from the page's top",
    },
    "release_version": {"version": "number of commits that changed release-wide rows"},
    "search_terms": {
        "source_id": _EVIDENCE_SOURCE,
        "page_key": "the page (pages.page_key)",
        "term": "a word of the page, lower-cased, accents stripped and stemmed (Snowball "
        "Dutch, the fts extension's `stem`); English stop words are left out",
        "tf": "how often the term occurs on the page",
    },
    "search_pages": {
        "source_id": _EVIDENCE_SOURCE,
        "page_key": "the page (pages.page_key)",
        "n_terms": "number of indexed words on the page (its length for BM25)",
    },
    "v_decision_terms": {
        **{
            name: text
            for name, text in _WOO_DECISION_COLUMNS.items()
            if name
            in (
                "decision_id",
                "source_id",
                "document_id",
                "authority",
                "reference",
                "law",
                "request_date",
                "decision_date",
                "days_to_decide",
                "extension",
            )
        },
        "legal_term_days": "the legal term of the letter's law in days (Woo and Wob: 28)",
        "extension_days": "the extension the law allows in days (Woo 14, Wob 28)",
        "allowed_days": "the term plus the extension when the letter says it was extended",
        "verdict": "`on_time` or `late` against allowed_days; NULL without both dates or the law",
        "late_even_if_extended": "true when the decision took longer than term plus extension",
    },
    "v_inventory_summary": {
        "source_id": _EVIDENCE_SOURCE,
        "inventory_document_id": "the inventory list (documents.document_id)",
        "dimension": "`judgement` or `ground`",
        "value": "the judgement (`(none)` for NULL) or the ground",
        "n_documents": "listed documents with that judgement or ground (a row with several "
        "grounds counts for each)",
    },
    "v_documents": {
        "document_id": "documents.document_id",
        "file_name": "base name of the file",
        "path": "absolute path of the file at ingest time",
        "source_id": "sources.source_id",
        "first_page": "first page in the file",
        "last_page": "last page in the file",
        "n_pages": "pages in the document",
        "doc_type": "documents.doc_type",
        "title": "documents.title",
        "doc_date": "documents.doc_date",
        "doc_stamp": "documents.doc_stamp",
        "n_pages_ocr": "pages read by OCR",
        "n_words": "words on its pages",
        "n_redactions": "redactions on its pages",
        "n_emails": "e-mail messages in it",
        "n_meetings": "meetings in it",
        "n_decisions": "decisions in it",
        "n_incident_mentions": (
            "incident figures (data leaks, requests, complaints, integrity reports) stated in it"
        ),
    },
    "v_redaction_grounds": {
        "redaction_id": "redactions.redaction_id",
        "document_id": "redactions.document_id",
        "source_id": "redactions.source_id",
        "page_no": "redactions.page_no",
        "method": "redactions.method",
        "box_grounds": "all grounds of the box as labelled (redactions.ground)",
        "ground": "one ground of the box (NULL when none is readable)",
        "ground_position": "its position on the label, from 1",
        "n_box_grounds": "number of grounds on the box's label (NULL when none is readable)",
        "law": "grounds.law",
        "meaning": "grounds.meaning",
    },
    "v_meetings": {
        "meeting_key": "body and date (`BO/BP 2022-04-13`), or the meeting_id when either is "
        "unknown",
        "body": "meeting body",
        "meeting_date": "date of the meeting",
        "start_time": "earliest start time stated",
        "end_time": "latest end time stated",
        "location": "a location stated",
        "meeting_ids": "the meetings rows merged here",
        "document_ids": "the documents that mention the meeting",
        "doc_types": "their document types",
        "has_agenda": "true when an agenda of the meeting was released",
        "has_minutes": "true when minutes of the meeting were released",
        "n_named_participants": "distinct names listed across agenda and minutes",
        "n_present": "distinct names listed as present",
        "n_redacted_mentions": "participant lines whose name is redacted",
        "n_decisions": "decisions linked to the meeting",
    },
    "v_redactions_per_document": {
        "document_id": "documents.document_id",
        "source_id": "documents.source_id",
        "doc_type": "documents.doc_type",
        "title": "documents.title",
        "ground": "ground(s) as labelled, `(none)` when unreadable",
        "n_redactions": "number of redactions",
    },
    "v_redaction_density": {
        "source_id": "pages.source_id",
        "page_no": "pages.page_no",
        "text_method": "pages.text_method",
        "n_boxes": "redaction boxes on the page",
        "n_redactions": "redactions on the page, boxes and printed codes",
        "n_words": "words on the page",
        "share_page_area": "box area / page area",
        "share_text_area": "box area / (box area + word area)",
        "share_words": "redactions / (redactions + words)",
    },
}

#: The columns ../shared/CONTRACT.md promises (marked in docs/schema.md).
CONTRACT_COLUMNS: dict[str, list[str]] = {
    "sources": [
        "source_id", "path", "file_name", "n_pages", "status", "error", "ingested_at",
    ],
    "pages": ["source_id", "page_no", "width", "height", "text_method", "ocr_confidence", "text"],
    "documents": [
        "document_id", "source_id", "first_page", "last_page", "doc_type", "title", "doc_date",
    ],
    "redactions": [
        "redaction_id", "source_id", "page_no", "x0", "top", "x1", "bottom", "ground",
        "ground_raw", "confidence",
    ],
    "meetings": [
        "meeting_id", "document_id", "source_id", "page_no", "body", "meeting_date",
        "start_time", "end_time", "location",
    ],
    "meeting_participants": ["meeting_id", "name", "role", "organisation", "status", "redacted"],
    "decisions": [
        "decision_id", "document_id", "source_id", "page_no", "meeting_id", "number", "kind",
        "text",
    ],
    "incident_counts": [
        "source_id", "page_no", "document_id", "period_start", "period_end", "category",
        "value", "unit", "scope", "evidence",
    ],
    "emails": [
        "email_id", "document_id", "source_id", "page_no", "thread_id", "position", "sent_at",
        "sender", "sender_domain", "subject", "subject_normalized", "body",
    ],
    "email_recipients": ["email_id", "kind", "address", "domain", "redacted"],
    "email_attachments": ["email_id", "file_name"],
    "woo_decisions": [
        "decision_id", "source_id", "document_id", "page_no", "authority", "reference", "law",
        "request_date", "decision_date", "outcome", "grounds_cited", "days_to_decide",
    ],
    "inventory_items": [
        "source_id", "document_id", "page_no", "number", "item_date", "title", "judgement",
        "grounds",
    ],
}  # fmt: skip


class Comment(NamedTuple):
    """One `COMMENT ON`: a table or view (`column` None) or one of its columns."""

    kind: str  # 'TABLE' / 'VIEW' / 'COLUMN'
    name: str
    column: str | None
    text: str

    @property
    def sql(self) -> str:
        quoted = "'" + self.text.replace("'", "''") + "'"
        target = self.name if self.column is None else f'{self.name}."{self.column}"'
        return f"COMMENT ON {self.kind} {target} IS {quoted}"


def comments(view_columns: bool = True) -> list[Comment]:
    """Every table, view and column of the schema with its description (a view's columns
    only with `view_columns`: DuckLake comments on tables, views and table columns only)."""
    found = []
    for name, description in TABLE_DESCRIPTIONS.items():
        if name in TABLES or name in VIEWS:
            found.append(Comment("VIEW" if name in VIEWS else "TABLE", name, None, description))
    for name, columns in COLUMN_DESCRIPTIONS.items():
        if name in VIEWS:
            if not view_columns:
                continue
            existing = set(columns)  # a view's columns are checked by the tests
        elif name in TABLES:
            existing = {column for column, _ in TABLES[name]}
        else:
            continue
        found += [
            Comment("COLUMN", name, column, text)
            for column, text in columns.items()
            if column in existing
        ]
    return found
