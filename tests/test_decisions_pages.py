"""Decisions on the pages a council information system prints (an item's bare number, its
introduction, its `Besluit` field), and lists that record what was decided by their layout."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

COUNCIL_PAGE = """RAADSVERGADERING
dinsdag 14 maart 2023

Agendapunten

 1. 1

  Besluit

  De volgende mededelingen worden gedaan:
  • Wethouder Bakker informeert de raad over de stand van zaken bij het zwembad.
  • Mevr. De Wit zal in april de raad bijpraten over het jongerenwerk.
 2. 2

  De conceptagenda wordt door het presidium vastgesteld. Bij dit punt stelt de raad de agenda
  definitief vast.

  Besluit

  De agenda wordt ongewijzigd vastgesteld.
 3. 3

  Behandeling:
  • Wethouder informeert de raad over de actualiteiten
  • Raad: vragen aan het college

  Besluit

  De raad neemt kennis van de informatie."""


def test_a_council_page_decides_in_its_fields_only():
    assert _decisions(COUNCIL_PAGE, doc_type="decision_list") == [
        ("besluit", None, "De agenda wordt ongewijzigd vastgesteld."),
    ]


BULLETED_ACCOUNT = """Vergadering wijkraad 9 januari 2023

Agendapunten

 2. 2

  • Het rooster voor het voorjaar wordt aangepast. De secretaris stuurt het nieuwe rooster rond.

  Besluit

  Vergaderen voortaan in het buurthuis."""


def test_a_bulleted_account_above_a_field_is_read():
    found = _decisions(BULLETED_ACCOUNT, doc_type="decision_list")
    assert ("actie", None, "De secretaris stuurt het nieuwe rooster rond.") in found
