"""Decision lists under a plural heading without a colon (`Afspraken`, `Actiepunten`,
`Besluiten`, as born-digital minutes print them in bold), and documents that state no
meeting's decisions: a Woo decision letter (its `Besluit` is the decision on the request)
and an inventory (its rows are documents)."""

from __future__ import annotations

from pipeline.decisions import extract_decisions


def _document(text: str, doc_type: str = "minutes") -> dict:
    page = {"source_id": "s", "page_no": 1, "text": text, "text_method": "text_layer"}
    return {"document_id": "d", "source_id": "s", "doc_type": doc_type, "first_page": 1,
            "last_page": 1, "pages": [page]}  # fmt: skip


MINUTES = """Verslag overleg gemeente en GGD
Datum: 5 oktober 2021

Afspraken
1. De GGD levert maandelijks de cijfers aan.
2. De gemeente stelt een convenant op.

Actiepunten
- Karin Vos: cijfers aanleveren voor 1 november.
- Jan Smit: concept convenant rondsturen.

Besluiten
- Het plan van aanpak wordt vastgesteld."""


def _decisions(text: str, doc_type: str = "minutes") -> list[tuple]:
    return [
        (d["kind"], d["number"], d["text"])
        for d in extract_decisions(_document(text, doc_type), [])
    ]


def _found_under(head: str, text: str) -> list[tuple[str, str]]:
    """The kind and text of each decision found in `text` set under a minutes' `head`."""
    return [(kind, found) for kind, _, found in _decisions(head + text)]


def test_lists_under_headings_without_a_colon():
    assert _decisions(MINUTES) == [
        ("afspraak", "1", "De GGD levert maandelijks de cijfers aan."),
        ("afspraak", "2", "De gemeente stelt een convenant op."),
        ("actie", None, "Karin Vos: cijfers aanleveren voor 1 november."),
        ("actie", None, "Jan Smit: concept convenant rondsturen."),
        ("besluit", None, "Het plan van aanpak wordt vastgesteld."),
    ]


def test_a_sentence_that_opens_with_the_word_is_no_heading():
    text = "Verslag\n\nAfspraken met de GGD staan in het convenant.\n- Dit is een opsomming."
    assert _decisions(text) == []


def test_a_decision_letter_and_an_inventory_state_no_meeting_decisions():
    letter = "Besluit\nIk heb besloten uw verzoek gedeeltelijk toe te wijzen.\n\nBesluit: openbaar"
    assert _decisions(letter, "woo_decision") == []
    assert _decisions("Besluiten\n1. Besluit van het college over de terrassen", "inventory") == []
    assert _decisions("Besluiten\n1. Het college stelt het terrasbeleid vast.") != []


DECISION_LIST = """Besluitenlijst stuurgroep Datalekken 14 juni 2022

Nr. Onderwerp Besluit
1 Jaarrapportage De stuurgroep stelt de jaarrapportage 2021 vast.
2 Budget De stuurgroep gaat akkoord met het budget voor 2023.

Actiepunten
Nr. Actie Wie Wanneer
1 Brief aan de raad opstellen 5.1.2.e 1 juli 2022
2 Planning bijwerken secretaris z.s.m."""


def test_a_table_of_actions_below_the_decisions_of_a_decision_list():
    assert _decisions(DECISION_LIST, "decision_list") == [
        ("actie", "1", "Brief aan de raad opstellen 5.1.2.e 1 juli 2022"),
        ("actie", "2", "Planning bijwerken secretaris z.s.m."),
        ("besluit", "1", "Jaarrapportage De stuurgroep stelt de jaarrapportage 2021 vast."),
        ("besluit", "2", "Budget De stuurgroep gaat akkoord met het budget voor 2023."),
    ]


def test_beslispunten_are_proposals_and_an_owner_may_stand_before_the_colon():
    note = "Adviesnota\nBeslispunten\n1. Kennis te nemen van de rapportage 2021.\n2. In te stemmen."
    assert [(d["kind"], d["is_proposal"]) for d in extract_decisions(_document(note), [])] == [
        ("besluit", True),
        ("besluit", True),
    ]
    minutes = (
        "Verslag MT\n3. Datalekken\nActie (Jansen): rapportage naar de OR sturen.\n4. Rondvraag"
    )
    assert _decisions(minutes) == [("actie", None, "rapportage naar de OR sturen.")]


def test_an_action_list_table_with_a_date_column():
    text = (
        "Actielijst MT\nNr. Datum Actie Wie Status\n"
        "1 12-5-2022 Rapportage naar OR sturen Jansen Open\n"
        "2 12-5-2022 Beleid actualiseren Smit Gereed"
    )
    document = {**_document(text, "decision_list"), "title": "Actielijst MT"}
    assert [(d["kind"], d["number"], d["text"]) for d in extract_decisions(document, [])] == [
        ("actie", "1", "Rapportage naar OR sturen Jansen Open"),
        ("actie", "2", "Beleid actualiseren Smit Gereed"),
    ]


def test_commitments_are_actions():
    text = (
        "Verslag commissie\nDatum: 5 oktober 2021\n\nToezeggingen\n"
        "- De wethouder stuurt de raad voor 1 december een brief over de planning.\n"
        "- De wethouder informeert de commissie over de uitkomst van het overleg.\n\n"
        "Toezegging: de wethouder komt terug op de kosten."
    )
    assert [kind for kind, _, _ in _decisions(text)] == ["actie", "actie", "actie"]
    assert _decisions(text)[2][2] == "de wethouder komt terug op de kosten."
