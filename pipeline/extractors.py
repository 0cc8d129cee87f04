"""The extractors, each a spaCy component over the document model (`pipeline.docmodel`).

A component reads one document's `Doc` (tokens with page and box, `doc.spans` of pages,
lines, blocks and redactions, `doc._.document` the segmentation row) and writes the rows
it finds through `doc._.records.add(table, row)`; every row carries `page_no` and the box
around the tokens it was read from. `COMPONENTS` is the registry: the components
`pipeline.structure` runs (`EXTRACTORS`, their names), in this order (decisions read the
meetings found before them). Adding an extractor is one function and its row in
`COMPONENTS` (docs/CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from models.records import PageWord, StructurePage
from pipeline.dates import utc_offset
from pipeline.decisions import extract_decisions
from pipeline.docmodel import page_texts
from pipeline.emails import extract_emails, looks_like_email_page
from pipeline.incidents import extract_incident_counts
from pipeline.inventory import extract_inventory_items
from pipeline.meetings import extract_meetings, reads_no_meeting
from pipeline.talks import recorded_or_reported
from pipeline.woo_decisions import extract_woo_decision


class Extractor:
    """A rule component: runs `extract` on each doc; a failure is recorded on the doc
    (`doc._.errors`) and costs only this extractor's rows of this document."""

    def __init__(self, what: str, extract: Callable[[Doc], None]) -> None:
        self.what = what
        self.extract = extract

    def __call__(self, doc: Doc) -> Doc:
        records = doc._.records
        before = {table: len(rows) for table, rows in records.tables.items()}
        try:
            self.extract(doc)
        except Exception as exc:  # noqa: BLE001 - recorded on the source, the run goes on
            for table, rows in records.tables.items():
                del rows[before.get(table, 0) :]  # no half-written output
            document = doc._.document
            doc._.errors.append(
                f"{self.what} extraction failed on pages {document.get('first_page')}-"
                f"{document.get('last_page')}: {type(exc).__name__}: {exc}"
            )
        return doc


def meetings(doc: Doc) -> None:
    found, participants = recorded_or_reported(doc, *extract_meetings(doc))
    if reads_no_meeting(doc, found, participants):
        return  # a meeting of which nothing is read: its document's type alone made it
    for row in found:
        doc._.records.add("meetings", row)
    for row in participants:
        doc._.records.add("meeting_participants", row)


def decisions(doc: Doc) -> None:
    for row in extract_decisions(doc, doc._.records["meetings"]):
        doc._.records.add("decisions", row)


def incident_counts(doc: Doc) -> None:
    for row in extract_incident_counts(doc):
        doc._.records.add("incident_mentions", row)


def emails(doc: Doc) -> None:
    is_mail = doc._.document.get("doc_type") == "email" or any(
        looks_like_email_page(text) for _, text in page_texts(doc)
    )
    if not is_mail:
        return
    found, recipients, attachments = extract_emails(doc)
    for row in found:
        row.setdefault("sent_at_offset", utc_offset(row.get("sent_at")))
        doc._.records.add("emails", row)
    for row in recipients:
        doc._.records.add("email_recipients", row)
    for row in attachments:
        doc._.records.add("email_attachments", row)


def document_pages(doc: Doc) -> list[StructurePage]:
    """The document's pages as page dicts (text, and words with boxes; no words for a
    plain-text page, whose boxes are invented): the input of the extractors that read a
    page's geometry as a whole (decision letters, inventory tables)."""
    texts = dict(page_texts(doc))
    pages = []
    for span, info in zip(doc.spans["pages"], doc._.pages, strict=True):
        words = [] if info.synthetic else _page_words(doc, span)
        pages.append(
            {"source_id": doc._.document.get("source_id"), "page_no": info.page_no,
             "text": texts[info.page_no], "words": words, "width": info.width,
             "height": info.height, "text_method": info.text_method}
        )  # fmt: skip
    return pages


def _page_words(doc: Doc, page: Span) -> list[PageWord]:
    """The words of a page with their boxes (the tokens that have a box: line breaks have
    none), read from the geometry directly: the token extensions cost a lookup each."""
    geometry = doc._.geometry
    words = []
    for token in page:
        g = geometry[token.i]
        if g.box is not None:
            x0, top, x1, bottom = g.box
            words.append(
                {"text": token.text, "x0": x0, "top": top, "x1": x1, "bottom": bottom,
                 "conf": g.conf}
            )  # fmt: skip
    return words


def decision_letters(doc: Doc) -> None:
    if doc._.document.get("doc_type") != "woo_decision":
        return
    for row in extract_woo_decision({**doc._.document, "pages": document_pages(doc)}):
        doc._.records.add("woo_decisions", row)


def inventories(doc: Doc) -> None:
    # a decision letter may carry its inventory on its last pages
    if doc._.document.get("doc_type") not in ("inventory", "woo_decision"):
        return
    rows, warnings = extract_inventory_items({**doc._.document, "pages": document_pages(doc)})
    for row in rows:
        doc._.records.add("inventory_items", row)
    doc._.errors.extend(warnings)


#: The components in the order they run: name, what a failure report calls it, its
#: function and the attributes it reads (decisions read the meetings found before them).
COMPONENTS: tuple[tuple[str, str, Callable[[Doc], None], list[str]], ...] = (
    ("woo_meetings", "meetings", meetings, []),
    ("woo_decisions", "decisions", decisions, ["doc._.records"]),
    ("woo_incident_counts", "incident counts", incident_counts, []),
    ("woo_emails", "e-mails", emails, []),
    ("woo_decision_letters", "decision letter", decision_letters, []),
    ("woo_inventories", "inventory", inventories, []),
)
#: Component names in the order they run.
EXTRACTORS = tuple(name for name, _, _, _ in COMPONENTS)


def _factory(what: str, extract: Callable[[Doc], None]) -> Callable[[Language, str], Extractor]:
    def make(nlp: Language, name: str) -> Extractor:
        return Extractor(what, extract)

    return make


for _name, _what, _extract, _requires in COMPONENTS:
    Language.factory(
        _name, assigns=["doc._.records"], requires=_requires, func=_factory(_what, _extract)
    )
