"""A decision's frame is no decision (decFP62, `lead_in_regex`): a lead-in that closes on a
colon with only its subject and verb over the numbered points a decision list prints below
it (mrdh-db-besluitenlijst-2021-06-21, texts208, AM; zeeland-provinciale-staten-besluiten-2023,
texts286, BC), and a motion's head and closing formula (zeeburg-stadsdeelraad-amendementen-
2007-02-20, texts311, BH). The lines are real; the points below them stay, and so does a
lead-in that names what it adopts (tkempke-ouderraad-alv-2017-11-22, texts252, AV)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

MRDH = (
    "Begroting 2022\n\n"
    "Het DB heeft besloten: \n\n"
    "• 1.\n\n"
    "De nota van beantwoording bij de zienswijzen van de gemeenten op de Ontwerpbegroting MRDH "
    "2022 ter vaststelling aan te bieden aan het algemeen bestuur.\n\n"
    "• 2.\n\n"
    "De bijgevoegde concept begroting MRDH 2022 ter vaststelling aan te bieden aan het algemeen "
    "bestuur.\n"
)

ZEELAND = (
    "Besluit\n\n"
    "Aan de agenda is toegevoegd onder agendapunt:\n\n"
    "• 6.2N    - Brief GS van 31 januari 2023 over Milieuprogramma 2023 -2027 - 273077\n"
)

ZEEBURG = (
    "De Raad van het stadsdeel Zeeburg in vergadering bijeen op 20 februari 2007,\n\n\n"
    "Gezien het advies van de werkgroep nieuwe werkwijze d.d. 11 januari 2006,\n"
    "Besluit:\n"
    "Deze derde voorwaarde te veranderen in:\n\n"
    "“wanneer minimaal vier raadsleden uit minimaal twee fracties vinden dat een bijeenkomst "
    "moet worden georganiseerd.”\n\n\n"
    "En gaat over tot de orde van de dag,\n"
    "Mark van Dongen – SP-Zeeburg\n"
)

TKEMPKE = (
    "N.a.v. de jaarstukken van vorig jaar en de begroting voor het komende jaar worden de "
    "volgende bijdrages vastgesteld:\n"
)


def test_a_lead_in_on_a_colon_is_no_decision():
    for text, doc_type in ((MRDH, "decision_list"), (ZEELAND, "decision_list"), (MRDH, "minutes")):
        texts = [t for _, _, t in _decisions(text, doc_type)]
        assert not any(t.rstrip().endswith(("besloten:", "agendapunt:")) for t in texts)


def test_a_motions_head_and_closing_are_no_decision():
    for doc_type in ("minutes", "other"):
        texts = [t for _, _, t in _decisions(ZEEBURG, doc_type)]
        assert not any("in vergadering bijeen" in t for t in texts)
        assert not any("orde van de dag" in t for t in texts)


def test_a_lead_in_that_names_what_it_adopts_stays():
    texts = [t for _, _, t in _decisions(TKEMPKE)]
    assert texts == [TKEMPKE.strip()]
