"""Property-based: arbitrary text and OCR noise thrown at every extractor never raises.

The text is drawn from the vocabulary of real pages (header labels, dates, grounds, times,
figures, addresses) mixed with arbitrary characters and OCR-style damage, so that the
extractors' deeper branches are reached, not only their "nothing found" exits.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.decisions import extract_decisions
from pipeline.documents import segment_documents
from pipeline.emails import assign_thread_ids, extract_emails
from pipeline.incidents import deduplicate_incident_counts, extract_incident_counts
from pipeline.meetings import extract_meetings
from pipeline.redactions import find_text_ground_marks

VOCABULARY = [
    "Van:", "Aan:", "CC:", "Onderwerp:", "Verzonden:", "Datum:", "From:", "To:", "Sent:",
    "Subject:", "Bijlagen:", "RE:", "FW:", "Verslag", "Besluitenlijst", "Agenda", "Aanwezig:",
    "Afwezig:", "Voorzitter", "Besluit:", "Actie:", "Afspraak:", "1.", "2.3", "a)", "-",
    "5.1.2.e", "5.1.2e", "10.2.e", "11.1", "5.2.1", "(5.1.2.e)", "maandag", "13 april 2022",
    "2022-04-13", "13-04-2022", "14:30", "13.00 - 15.00 uur", "Q1", "H1", "2021", "84",
    "meldingen", "datalekken", "totaal", "%", "jan", "feb", "Stadhuis", "Teams", "@",
    "j.jansen@amersfoort.nl", "<mailto:a@b.nl>", "gemeente", "Pagina 1 van 2", "Docnr 21",
    "\n", "\n\n", "\t", "|", ":", ";", "/", "€", "ĳ", "…", "\u00a0", "\f",
]  # fmt: skip

OCR_DAMAGE = {"l": "1", "O": "0", "e": "c", "m": "rn", ":": ";", ".": ",", " ": ""}


@st.composite
def page_texts(draw) -> str:
    tokens = draw(
        st.lists(
            st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=12)),
            max_size=60,
        )
    )
    text = " ".join(tokens)
    if draw(st.booleans()):  # OCR noise: systematic misreadings at random places
        chars = list(text)
        for index in draw(st.lists(st.integers(0, max(0, len(chars) - 1)), max_size=20)):
            if chars and chars[index] in OCR_DAMAGE:
                chars[index] = OCR_DAMAGE[chars[index]]
        text = "".join(chars)
    return text


def page_of(page_no: int, text: str) -> dict:
    """A page as read_page returns it, with a word box per whitespace-separated token."""
    words = []
    for line_no, line in enumerate(text.splitlines() or [""]):
        x = 72.0
        for token in line.split():
            width = 5.0 * len(token)
            words.append(
                {"text": token, "x0": x, "top": 72.0 + 14 * line_no,
                 "x1": x + width, "bottom": 82.0 + 14 * line_no, "conf": 90.0}
            )  # fmt: skip
            x += width + 4
    return {
        "source_id": "f" * 64, "page_no": page_no, "text": text, "words": words,
        "width": 595.0, "height": 842.0,
    }  # fmt: skip


FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@FUZZ
@given(st.lists(page_texts(), min_size=1, max_size=3))
@example(texts=["Besluit: Van: Van: Van:"])  # a label line every step had read (found 2026-12-01)
def test_every_extractor_takes_arbitrary_pages(texts: list[str]) -> None:
    pages = [page_of(n, text) for n, text in enumerate(texts, start=1)]
    all_emails = []
    mentions = []
    for doc in segment_documents(pages):
        document = {**doc, "source_id": "f" * 64, "pages": pages}
        meetings, _ = extract_meetings(document)
        extract_decisions(document, meetings)
        mentions += extract_incident_counts(document)
        emails, _, _ = extract_emails(document)
        all_emails += emails
    deduplicate_incident_counts(mentions)
    assign_thread_ids(all_emails)
    for page in pages:
        find_text_ground_marks(page["words"])


@FUZZ
@given(st.text(max_size=400))
def test_extractors_take_arbitrary_unicode(text: str) -> None:
    page = page_of(1, text)
    document = {
        "document_id": "d1", "source_id": "f" * 64, "first_page": 1, "last_page": 1,
        "doc_type": "email", "title": None, "pages": [page],
    }  # fmt: skip
    segment_documents([page])
    for doc_type in ("email", "minutes", "decision_list", "report", "other"):
        typed = {**document, "doc_type": doc_type}
        meetings, _ = extract_meetings(typed)
        extract_decisions(typed, meetings)
        extract_incident_counts(typed)
        extract_emails(typed)
    find_text_ground_marks(page["words"])
