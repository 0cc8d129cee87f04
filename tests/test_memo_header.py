"""A note whose page opens with its header block (`Aan: / Van: / Datum: / Onderwerp:`)
and no title starts a document of its own (issue 8: "a cover sheet inside a note ... is
swallowed by the previous one"); an e-mail header, which prints a time, an address or a
Sent label, is not such a block."""

from __future__ import annotations

from pipeline.documents import classify_document, has_memo_header_at_top, segment_documents

EMAIL = """Van: Jansen, Piet <p.jansen@utrecht.nl>
Verzonden: maandag 7 maart 2022 09:41
Aan: Bakker, Jan <j.bakker@utrecht.nl>
Onderwerp: Stukken

Beste Jan,
Hierbij de stukken voor het overleg van volgende week.
Met vriendelijke groet,
Piet"""

MEMO = """Aan: college van B&W
Van: afdeling Informatievoorziening
Datum: 3 maart 2022
Onderwerp: Informatieveiligheid

Het college wordt gevraagd kennis te nemen van de rapportage."""


def _page(no: int, text: str) -> dict:
    return {"source_id": "s", "page_no": no, "text": text, "text_method": "text_layer",
            "width": 595, "height": 842}  # fmt: skip


def test_a_note_header_after_an_email_starts_a_memo():
    documents = segment_documents([_page(1, EMAIL), _page(2, MEMO)])
    assert [(d["first_page"], d["last_page"], d["doc_type"]) for d in documents] == [
        (1, 1, "email"),
        (2, 2, "memo"),
    ]
    assert classify_document(MEMO) == ("memo", "Informatieveiligheid")


def test_mail_headers_are_no_note_headers():
    assert not has_memo_header_at_top(EMAIL)
    quoted = "Van: Piet Jansen\nDatum: 3 maart 2022 10:12\nAan: Jan Bakker\nOnderwerp: RE: x"
    assert not has_memo_header_at_top(quoted)
    assert not has_memo_header_at_top("Aan: college\nVan: afdeling\nOnderwerp: x\n\nTekst")
