"""A page that names a sitting's outcomes as what it holds, in a heading (`Genomen besluiten
gemeenteraad`, `Uitkomsten raadsvergadering 10 juni`) or a lead (`U vindt hier de uitslagen
van de stemmingen ...`), is the list of what the sitting decided (`decision_list`), not an
account of it (`minutes`), though it names the meeting and its date and tells what was
adopted. Lines quoted from development texts (rounds AO, AZ, BA)."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from pipeline.docmodel import as_doc
from pipeline.documents import classify_document
from pipeline.documents.rules import _rules
from pipeline.documents.segment import documents_from_text
from pipeline.extractors import recorded_or_reported
from pipeline.meetings import extract_meetings

# texts218/rotterdam-raad-genomen-besluiten-7-februari (round AO), lines 1-9 (line 7 cut)
ROTTERDAM = (
    "Genomen besluiten gemeenteraad\n\n"
    "Donderdag 7 februari\n\n"
    "Vorige week ontving u de genomen besluiten van de raadsvergadering van 31 januari. "
    "Hieronder leest u de genomen besluiten van de voortgezette raadvergadering op 7 februari.\n\n"
    "De raad heeft…\n\n"
    "...een interpellatiedebat gevoerd op verzoek van DENK naar aanleiding van het ontslag van "
    "wethouder Visser. De raadsbrede motie Geheimhouding op collegedocumenten ‘Voor het blok "
    "gezet’ opheffen is met algemene stemmen aangenomen;\n\n"
    "…de geheimhouding van de bijlage inzake Herstelplan Warmtebedrijf bekrachtigd;\n"
)

# texts271/vng-balv-uitslagen-stemmingen-2021-02-12 (round AZ), lines 1-7
VNG = (
    "U vindt hier de uitslagen van de stemmingen over de voorstellen op de agenda van de ALV "
    "en de ingediende moties.\n\n"
    "Onderstaande agendapunten zijn vastgesteld:\n\n"
    " • 2. Benoeming notulencommissie Buitengewone ALV 12 februari 2021 en 3. Vaststelling "
    "notulen ALV 25 september 2020: aangenomen met 99,48%\n"
    " • 6. Verantwoording uitvoering moties eerdere ALV-en: aangenomen met 100%\n"
    " • 7. Resolutie VNG-inzet kabinetsformatie: aangenomen met 100%\n"
)

# texts276/zaltbommel-gemeenteraad-uitkomsten-2021-06-10 (round BA), lines 1-10
ZALTBOMMEL = (
    "Uitkomsten raadsvergadering 10 juni\n"
    "14 juni 2021\n"
    "Tijdens de afgelopen vergadering heeft de gemeenteraad unaniem ingestemd met de "
    "voorliggende hamerstukken.\n"
    "- Instandhoudingsinvestering voetbal en scholen Brakel (20 stemmen voor)\n"
    "- Definitief ontwerp Buitenstad Zaltbommel (20 stemmen voor)\n"
    "- Regionale Energiestrategie Rivierenland (20 stemmen voor)\n"
    "- Evaluatie beleid huisvesting arbeidsmigranten (18 stemmen voor)\n"
    "De volgende moties en amendementen zijn in de raad behandeld:\n"
    "- Motie van treurnis over MFA (verworpen, 4 stemmen voor)\n"
    "- Motie zelfstandige ontwikkeling MFA Brakel (verworpen, 6 stemmen voor)\n"
)


@pytest.mark.parametrize(
    "text", [ROTTERDAM, VNG, ZALTBOMMEL], ids=["rotterdam", "vng", "zaltbommel"]
)
def test_a_page_of_a_sittings_outcomes_is_a_decision_list(text: str) -> None:
    assert classify_document(text)[0] == "decision_list"


def test_without_the_outcomes_named_the_account_stays_minutes() -> None:
    # the same page under a heading that does not name its outcomes: a prose account
    text = ZALTBOMMEL.replace("Uitkomsten raadsvergadering 10 juni", "Raadsvergadering 10 juni")
    assert classify_document(text)[0] == "minutes"


def test_outcomes_named_further_down_are_no_heading() -> None:
    # texts261/ministerraad-besluitenlijst-openbaar-2021-04-09 (round AX), line 9: the
    # decisions' summaries named in a sentence, not the page's heading or lead
    line = (
        "Ook wordt toegewerkt naar het aanvullen van deze besluitenlijst met korte "
        "samenvattingen van de genomen besluiten."
    )
    assert _rules()["sitting_outcomes"].search(line) is None


def _extracted(text: str) -> tuple[list[dict], list[dict]]:
    """(meetings, decisions) of a one-document plain text, as the pipeline reads them."""
    pages, documents = documents_from_text(text, "test")
    document = dict(documents[0], pages=[pages[0]])
    doc = as_doc(document)
    meetings, _ = recorded_or_reported(doc, *extract_meetings(doc))
    return meetings, extract_decisions(doc, meetings)


def test_a_page_of_a_sittings_outcomes_records_that_sitting() -> None:
    # Rotterdam's sitting of `Donderdag 7 februari` (no year printed): one meeting, undated
    meetings, _ = _extracted(ROTTERDAM)
    assert len(meetings) == 1 and meetings[0]["meeting_date"] is None


def test_its_lead_and_pointer_are_no_register_rows() -> None:
    # Zaltbommel's lead (`Tijdens de afgelopen vergadering heeft de gemeenteraad unaniem
    # ingestemd met ...`) and its closing pointer (`Alle stukken ... incl. genomen besluiten`)
    # are no decisions of a numbered register
    text = ZALTBOMMEL + (
        "Alle stukken van de gemeenteraad incl. genomen besluiten op 10 juni zijn terug te "
        "vinden op het raadsinformatiesysteem (Deze link gaat naar een externe website).\n"
    )
    _, decisions = _extracted(text)
    assert not any(d["text"].startswith(("Tijdens", "Alle stukken")) for d in decisions)
