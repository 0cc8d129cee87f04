"""An inventory whose first page OCR read without its table header line (the header's
words torn into a column of their own) goes on where a later page's header is read, and
is an inventory by its rows; a decision letter followed by its inventory still splits
(issue 8, found on a second scan of inventarislijst_stukken_deelbesluit_2)."""

from __future__ import annotations

from pipeline.documents import segment_documents

ROWS = "\n".join(
    f"Brief {n} over de verplaatsing {10 + i}-1-2018 Openbaar" for i, n in enumerate("ABCDEF")
)
FIRST = f"Document\nNaam of zakelijke omschrijving\n{ROWS}"
LATER = f"Document Datum Beoordeling Wob\nNaam of zakelijke omschrijving\n{ROWS}"
LETTER = """> Retouradres Postbus 1840, 1000 BV Amsterdam
Datum 8 oktober 2020
Ons kenmerk CE20-07584
Onderwerp Beslissing op uw Wob-verzoek
Geachte heer,
Hierbij ontvangt u mijn besluit.
Met vriendelijke groet,"""


def _documents(*texts: str) -> list[tuple]:
    pages = [{"source_id": "s", "page_no": n, "text": t, "text_method": "ocr", "width": 595,
              "height": 842} for n, t in enumerate(texts, start=1)]  # fmt: skip
    return [(d["first_page"], d["last_page"], d["doc_type"]) for d in segment_documents(pages)]


def test_an_inventory_read_without_its_header_goes_on_under_a_later_header():
    assert _documents(FIRST, FIRST, LATER) == [(1, 3, "inventory")]


def test_a_letter_and_its_inventory_are_two_documents():
    assert _documents(LETTER, LATER) == [(1, 1, "woo_decision"), (2, 2, "inventory")]
