"""Split the pages of one release file into documents and type them.

A Woo release is a bundle: e-mails, minutes, agendas, letters and reports printed one after
the other into one PDF. A page opens a new document when it carries a start signal (an e-mail
header block at its top, a title block such as "Concept verslag" or "Besluitenlijst", a
letterhead with Datum / Ons kenmerk / Onderwerp, "Pagina 1 van N", a new document-number
stamp, an inventory's table header, the masthead of a series under a new date); otherwise it
continues the document before it, as does any page after one that ended in an e-mail header
(its message's body is overleaf). The rules are data in `patterns/doc_types.json`; e-mail
header labels come from the one vocabulary in `patterns/email_headers.json`.

A plain-text release (OCR text without pages) is cut into chunks where a line begins with one
space or a document stamp stands in a block of its own; a chunk opens a document unless it
plainly goes on with the one before (a page after a lead-in, a heading or a closing formula,
a running header repeated, text that opens mid-sentence, a title standing alone before it, a
quoted mail header below the sender's stationery that goes on with a thread or a reply).

The steps live in modules of this package: `pages` (what one page signals, and whether it
opens a document), `chunks` (where a plain-text release is cut into chunks) and
`continuation` (whether a chunk goes on with the open document), `segment` (the split into
document ranges and the documents' rows); `doc_types` (typing) with `titles` (a document's
title), `headers` (e-mail headers), `letters` (letters and letterheads), `meeting_pages` (a
meeting portal's pages) and `shapes` (typing by how a text is built); `dating` (a
document's own date); over `markup` (markdown and HTML as a reader sees them), `lines`
(line tests the steps share) and `rules` (the rule data).
"""

from pipeline.documents.dating import (
    context_year,
    document_date,
    heading_year,
    is_posting_stamp,
    without_file_stamp,
)
from pipeline.documents.doc_types import (
    DOC_TYPES,
    classify_document,
    describes_a_body,
    enacting_line_at,
    is_consideration,
    is_formal_decision,
    names_sitting_outcomes,
    proposes_to_a_board,
    typed_minutes_as_proposed,
)
from pipeline.documents.headers import (
    WINDOW_PANE_LINES,
    has_email_header_at_top,
    has_memo_header_at_top,
    mail_window_title,
)
from pipeline.documents.lines import (
    PAGE_LINE_CHARS,
    PROSE_LINE_WORDS,
    announces_decisions,
    greets,
    is_contents,
    names_a_mail,
    names_a_meeting,
    redaction_marks,
    strip_redaction_marks,
    text_lines,
)
from pipeline.documents.markup import (
    MARKDOWN_HEADING_RE,
    PIPE_ROW_RE,
    PIPE_RULE_RE,
    pipe_cells,
    presence_lists,
    without_markdown,
)
from pipeline.documents.meeting_pages import (
    SittingSlot,
    headings_of_page,
    is_transcribed_page,
    meeting_page_header,
    sitting_slot,
)
from pipeline.documents.pages import masthead, page_of_stamp, same_masthead
from pipeline.documents.rules import academic_titles_re, meeting_patterns
from pipeline.documents.segment import (
    DocumentRanges,
    document_ranges,
    document_rows,
    documents_from_text,
    segment_documents,
    split_text_into_documents,
    text_document_lines,
)
from pipeline.documents.titles import letter_subject, title_at_top

__all__ = [
    "DOC_TYPES",
    "DocumentRanges",
    "MARKDOWN_HEADING_RE",
    "PAGE_LINE_CHARS",
    "PIPE_ROW_RE",
    "PIPE_RULE_RE",
    "PROSE_LINE_WORDS",
    "SittingSlot",
    "WINDOW_PANE_LINES",
    "academic_titles_re",
    "announces_decisions",
    "is_contents",
    "is_transcribed_page",
    "classify_document",
    "context_year",
    "describes_a_body",
    "proposes_to_a_board",
    "typed_minutes_as_proposed",
    "heading_year",
    "is_posting_stamp",
    "document_date",
    "document_ranges",
    "document_rows",
    "documents_from_text",
    "enacting_line_at",
    "greets",
    "has_email_header_at_top",
    "has_memo_header_at_top",
    "headings_of_page",
    "is_consideration",
    "is_formal_decision",
    "letter_subject",
    "mail_window_title",
    "names_sitting_outcomes",
    "masthead",
    "meeting_page_header",
    "meeting_patterns",
    "names_a_mail",
    "names_a_meeting",
    "page_of_stamp",
    "pipe_cells",
    "presence_lists",
    "same_masthead",
    "segment_documents",
    "sitting_slot",
    "split_text_into_documents",
    "redaction_marks",
    "strip_redaction_marks",
    "text_document_lines",
    "text_lines",
    "title_at_top",
    "without_file_stamp",
    "without_markdown",
]
