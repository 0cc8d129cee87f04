"""E-mail headers whose sent date was blacked out (issue 8, found on the unseen gold of
Inv-20-0774): `Van: / Aan: / Onderwerp: / Datum:` with a grey box for the date. A memo's
`Aan / Van / Datum / Onderwerp` block prints its date, and a column of bare labels torn
from its values is no header: neither becomes a message."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from test_emails import _document

from pipeline.documents import has_email_header_at_top
from pipeline.emails import extract_emails

ROOT = Path(__file__).resolve().parent.parent
NVWA = (
    ROOT.parent
    / "shared/reference/real-wob-dev/inventories"
    / "Inv-20-0774+Wob+besluit+inventarisatielijst+en+documenten+(2).pdf"
)

#: the header of NVWA's p. 9 as its text layer prints it, the date under a box
BLANKED = """Van: Servicemodule
Aan: NVWA Klantcontactcentrum
Onderwerp: 846489.00 Melding 144
Datum:
Het Meldpunt 144 heeft bijgevoegde melding van mogelijk verstoord dierenwelzijn
opgenomen."""


def _page_text(page_no: int) -> str:
    if not NVWA.exists():
        pytest.skip(f"../shared/reference not present: {NVWA}")
    pdf = pdfium.PdfDocument(str(NVWA))
    try:
        return pdf[page_no - 1].get_textpage().get_text_range().replace("\r", "")
    finally:
        pdf.close()


def _messages(text: str) -> list[dict]:
    return extract_emails(_document("d", text))[0]


def test_a_header_with_its_date_blacked_out_is_a_message_and_an_email():
    [message] = _messages(BLANKED)
    assert message["subject"] == "846489.00 Melding 144" and message["sent_at"] is None
    assert has_email_header_at_top(BLANKED)


@pytest.mark.parametrize("page_no", [7, 9, 12])
def test_the_real_nvwa_pages_open_an_email(page_no):
    text = _page_text(page_no)
    assert has_email_header_at_top(text)
    [message] = _messages(text)
    assert message["subject"].split()[0] in {"826329.00", "846489.00", "848175.00"}


def test_a_memo_block_with_its_date_printed_is_no_message():
    memo = BLANKED.replace("Datum:", "Datum: 12 maart 2021")
    assert _messages(memo) == []
    assert not has_email_header_at_top(memo)


def test_a_column_of_bare_labels_is_no_message():
    torn = "Van:\nAan:\nOnderwerp:\nDatum:\nServicemodule\nNVWA Klantcontactcentrum"
    assert _messages(torn) == []
