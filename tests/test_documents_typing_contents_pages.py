"""A PDF's text whose head prints the document's own contents page, its heading run on into
its first entry (`Inhoud Inleiding ....... 3`), is a copy of a document: `report` where
nothing names another type (tests/gold/README.md rule 20 (4)). Lines quoted from
development texts."""

from __future__ import annotations

from pipeline.documents import classify_document
from pipeline.documents.lines import opens_contents_page

_DOTS = "." * 60

# texts183/belgische-brandweer-statistieken-2012-negatief (round AG), lines 1-9
BELGISCHE_BRANDWEER = (
    "Federale Overheidsdienst Binnenlandse Zaken Algemene Directie Civiele Veiligheid "
    "Federaal Kenniscentrum voor de Civiele Veiligheid\n"
    "Statistieken Belgische Brandweer 2012\n"
    "1\n"
    f"Inhoud Inleiding {_DOTS} 3 A.\n"
    f"Types interventies {_DOTS} 5 1.\n"
    f"Globale cijfers {_DOTS} 5\n"
    "2.\n"
    f"Cijfers per provincie{_DOTS} 6\n"
    "B.\n"
)

# texts229/provincie-groningen-burgerjaarverslag-2009-negatief (round AR), lines 1-9
GRONINGEN_BURGERJAARVERSLAG = (
    "pr ov i nc i e g r oni ng e n\n"
    "BURGERJ AARVERSLAG 2009\n"
    "Burgerjaarverslag 2009\n"
    "Inhoudsopgave pag. Inleiding\n"
    "3\n"
    "1 Wat is er gebeurd met de aanbevelingen van 2008\n"
    "4\n"
    "2 Kwaliteit van de provinciale dienstverlening 2.1 Klantonderzoek 2.2 Handvest voor "
    "dienstverlening 2.3 Fysieke bereikbaarheid 2.4 Telefonische bereikbaarheid\n"
    "6 6 7 9 9\n"
)

# texts222/herenthout-mina-raad-negatief (round AP), lines 1-7: a web page's own heading
HERENTHOUT_MINA_RAAD = (
    "MINA-raad\n\n"
    "Inhoud\n\n"
    "De MINA-raad heeft als doel ervoor te zorgen dat de natuur, het landschap en het "
    "leefmilieu in onze gemeente wordt verbeterd.\n\n"
    "De MINA-raad komt 3 tot 4 keer per jaar samen.\n"
)


def test_a_contents_page_run_onto_its_first_entry_opens_a_document() -> None:
    assert opens_contents_page(f"Inhoud Inleiding {_DOTS} 3 A.")
    assert opens_contents_page("Inhoudsopgave pag. Inleiding")
    assert opens_contents_page("INHOUD INLEIDING___________ 4 1. BRANDWEER WESTHOEK")


def test_a_contents_heading_alone_opens_none() -> None:
    assert not opens_contents_page("Inhoud")
    assert not opens_contents_page("INHOUDSOPGAVE")
    assert not opens_contents_page("Inhoudelijke toelichting")


def test_a_pdfs_text_under_its_contents_page_is_a_report() -> None:
    assert classify_document(BELGISCHE_BRANDWEER)[0] == "report"
    assert classify_document(GRONINGEN_BURGERJAARVERSLAG)[0] == "report"


def test_a_web_pages_contents_heading_makes_no_report() -> None:
    assert classify_document(HERENTHOUT_MINA_RAAD)[0] == "other"


def test_a_periodicals_contents_of_dated_pieces_opens_no_copy() -> None:
    """web122's newsletter (tests/test_meetings_carry_over.py): its contents list the pieces
    printed after it, the first dated; each piece is a document of its own."""
    line = (
        "INHOUD Verslag van de najaarsbijeenkomst van de sectie “Snellen” die werd gehouden "
        "op 28 oktober 2000 te Lexmond ...... 1 Verslag van de najaarsbijeenkomst van de "
        "sectie “Ter Haar” op 21 oktober 2000 te Lexmond...... 6"
    )
    assert not opens_contents_page(line)
