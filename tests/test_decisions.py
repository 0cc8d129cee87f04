"""Decisions, actions and agreements from the reference release and the sample."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.decisions import decision_label, extract_decisions
from pipeline.documents import documents_from_text, segment_documents
from pipeline.meetings import extract_meetings
from pipeline.pdf_text import text_layer_text
from woo_eval.structure import score_rows

REFERENCE = Path(__file__).parents[2] / "shared" / "reference" / "svmn-release-ocr.txt"
SOURCE = "ef" * 32


def _extract(pages: list[dict]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {
        "documents": [], "meetings": [], "meeting_participants": [], "decisions": [],
    }  # fmt: skip
    for doc in segment_documents(pages):
        doc_pages = [p for p in pages if doc["first_page"] <= p["page_no"] <= doc["last_page"]]
        document = {**doc, "pages": doc_pages}
        meetings, participants = extract_meetings(document)
        rows["documents"].append(doc)
        rows["meetings"] += meetings
        rows["meeting_participants"] += participants
        rows["decisions"] += extract_decisions(document, meetings)
    return rows


@pytest.fixture(scope="module")
def reference_rows() -> dict[str, list[dict]]:
    if not REFERENCE.exists():
        pytest.skip(f"../shared/reference not present: {REFERENCE}")
    pages, documents = documents_from_text(REFERENCE.read_text("utf-8"), SOURCE)
    rows: dict[str, list[dict]] = {"documents": documents, "meetings": [], "decisions": []}
    for doc, page in zip(documents, pages, strict=True):
        document = {**doc, "pages": [page]}
        meetings, _ = extract_meetings(document)
        rows["meetings"] += meetings
        rows["decisions"] += extract_decisions(document, meetings)
    return rows


def _find(decisions: list[dict], kind: str, start: str) -> dict:
    hits = [d for d in decisions if d["kind"] == kind and d["text"].startswith(start)]
    assert len(hits) == 1, (kind, start, [d["text"][:50] for d in decisions])
    return hits[0]


def test_reference_decisions_of_6_april_2022(reference_rows) -> None:
    meetings = {m["meeting_id"]: m for m in reference_rows["meetings"]}
    first = _find(reference_rows["decisions"], "besluit", "ingestemd is met een vervolggesprek")
    second = _find(reference_rows["decisions"], "besluit", "ingestemd is met een actie richting")
    assert (first["number"], second["number"]) == ("1", "2")
    assert "Kosterman, Eerenberg en Van Eijk" in first["text"]
    for decision in (first, second):
        assert meetings[decision["meeting_id"]]["meeting_date"].isoformat() == "2022-04-06"
        assert decision["is_proposal"] is False


def test_reference_decision_and_action_of_16_december(reference_rows) -> None:
    meetings = {m["meeting_id"]: m for m in reference_rows["meetings"]}
    exchange = _find(reference_rows["decisions"], "besluit", "Een afvaardiging BO voert")
    assert exchange["text"].endswith(
        "de ontwikkelingen in de samenwerking van de keten en vooruitblikken."
    )
    action = _find(reference_rows["decisions"], "actie", "I agenderen voor een volgend BO")
    assert "herstelplan/doorbraakplan" in action["text"]
    assert action["text"].endswith("kwetsbare kinderen.")
    for decision in (exchange, action):
        assert meetings[decision["meeting_id"]]["meeting_date"].isoformat() == "2020-12-16"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Besluit 1: ingestemd is met X", ("besluit", False, "1", "ingestemd is met X")),
        ("Besluit:", ("besluit", False, None, "")),
        ("Acties:", ("actie", False, None, "")),
        ("• Gemaakte afspraken:", ("afspraak", False, None, "")),
        ("Afspraken vervolg.", ("afspraak", False, None, "")),
        ("Gevraagd besluit: instemmen met Y", ("besluit", True, None, "instemmen met Y")),
        ("Voorstel is een e-mail vanuit de gemeente", None),
        ("Besluitvormend/informerend/ter bespreking", None),
    ],
)
def test_decision_labels(line: str, expected) -> None:
    assert decision_label(line) == expected


def test_bulleted_agreements_each_become_a_decision() -> None:
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": "Verslag ASG\nDatum: 22 maart 2022\nAanwezig: Jansen, De Vries\n"
        "Gemaakte afspraken:\n(cid:127) SVMN meldt datalekken direct bij de accounthouders.\n"
        "• De kwartaalcijfers worden voortaan in elk overleg gedeeld, met\neen duiding.\n"
        "Actie: het secretariaat plant het vervolggesprek.\nPagina 1 van 1\n",
    }
    rows = _extract([page])
    assert [(d["kind"], d["text"]) for d in rows["decisions"]] == [
        ("afspraak", "SVMN meldt datalekken direct bij de accounthouders."),
        ("afspraak", "De kwartaalcijfers worden voortaan in elk overleg gedeeld, met een duiding."),
        ("actie", "het secretariaat plant het vervolggesprek."),
    ]
    assert {d["meeting_id"] for d in rows["decisions"]} == {rows["meetings"][0]["meeting_id"]}


def test_sample_release_decisions_and_meetings_score_fully(tmp_path: Path) -> None:
    from woo_eval.sample import write_sample_release

    gold = write_sample_release(tmp_path)
    digital = [f for f in gold["files"] if f["variant"] == "digital"]
    rows: dict[str, list[dict]] = {}
    for file in digital:
        with pdfplumber.open(tmp_path / file["path"]) as pdf:
            pages = [
                {"source_id": file["source_id"], "page_no": i, "text": text_layer_text(p)}
                for i, p in enumerate(pdf.pages, start=1)
            ]
        for table, table_rows in _extract(pages).items():
            rows.setdefault(table, []).extend(table_rows)
    scores = score_rows({**gold, "files": digital}, rows)["digital"]
    assert scores["decision_precision"] == 1.0 and scores["decision_recall"] == 1.0
    assert scores["decision_number_accuracy"] == 1.0
    assert scores["decision_meeting_link_accuracy"] == 1.0
    assert scores["meeting_accuracy"] == 1.0
    assert scores["participant_precision"] == 1.0 and scores["participant_recall"] == 1.0
    assert scores["doc_type_accuracy"] == 1.0


@pytest.mark.parametrize("bullet", ["•", "*"])
def test_numbered_agenda_heading_ends_the_agreement_list(bullet: str) -> None:
    # held-out release: the next agenda item after `Gemaakte afspraken:` became an afspraak
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": "Conceptverslag BO/BP 16 mei 2022 09.00 - 10.30 uur\nAanwezig:\n"
        "Wethouder Mevr. Peters, Utrecht\n2.2 Informatieveiligheid\nGemaakte afspraken:\n"
        f"{bullet} SVOO meldt gevoelige datalekken direct bij de accounthouders.\n"
        f"{bullet} De gemeenten stemmen de beantwoording van raadsvragen onderling af.\n"
        "3. Rondvraag en sluiting\nDe voorzitter sluit de vergadering om 10.30 uur.\n"
        "Pagina 2 van 2\n",
    }
    rows = _extract([page])
    assert [(d["kind"], d["text"]) for d in rows["decisions"]] == [
        ("afspraak", "SVOO meldt gevoelige datalekken direct bij de accounthouders."),
        ("afspraak", "De gemeenten stemmen de beantwoording van raadsvragen onderling af."),
    ]


def test_numbered_agreements_continue_but_a_heading_after_them_does_not() -> None:
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": "Verslag ASG\nDatum: 22 maart 2022\nGemaakte afspraken:\n"
        "1. SVOO meldt gevoelige datalekken direct bij de accounthouders.\n"
        "2. De gemeenten stemmen de beantwoording van raadsvragen af.\n"
        "3. Rondvraag en sluiting\nDe voorzitter sluit de vergadering.\n",
    }
    texts = [d["text"] for d in _extract([page])["decisions"]]
    assert texts == [
        "SVOO meldt gevoelige datalekken direct bij de accounthouders.",
        "De gemeenten stemmen de beantwoording van raadsvragen af.",
    ]


def _decisions_of(text: str, title: str = "Verslag BO") -> list[tuple[str, str | None, str, bool]]:
    page = {"source_id": SOURCE, "page_no": 1, "text": text}
    return [
        (d["kind"], d["number"], d["text"], d["is_proposal"]) for d in _extract([page])["decisions"]
    ]


# SVMN release, notes of talks with the IGJ (lines 2296-2350 of the reference text): a
# numbered talk heading under "Gemaakte afspraken:", OCR debris and a sentence's tail.
IGJ_NOTES = """Verslag gesprekken IGJ
Aanwezig: Eerenberg, Van Eijk, Kosterman
Gemaakte afspraken:

1. Gesprek IGJ
(Eerenberg, Van Eijk, Kosterman)

Insteek was een dilemma met de IGJ te bespreken: we krijgen met enige regelmaat klachten
over het functioneren van SVMN.
Gemaakte afspraak: de afspraken vanuit de gesprekken met vertrouwenspersonen
terugkoppelen aan de IGJ.

2. Gesprek melding 1
(Eerenberg, Van Eijk)

Mevrouw heeft veel ervaring in de jeugdzorg.
Gemaakte afspraken:



o

onder de5.1.2.eO

Op verzoek van partijen vragen gemeenten bestuurders SVMN om in gesprek te
gaan.
Gemaakte afspraken:

te sluiten. Vraag is vanuit welke rol gemeente(n) dat kunnen.
Gemeenten nemen contact op met IGJ zodat de melding van
aandacht wordt gebracht.
"""


def test_headings_debris_and_sentence_tails_are_not_decisions() -> None:
    texts = [text for _, _, text, _ in _decisions_of(IGJ_NOTES)]
    assert texts == [
        "de afspraken vanuit de gesprekken met vertrouwenspersonen terugkoppelen aan de IGJ.",
        "Op verzoek van partijen vragen gemeenten bestuurders SVMN om in gesprek te gaan.",
        "Gemeenten nemen contact op met IGJ zodat de melding van aandacht wordt gebracht.",
    ]


def test_a_heading_below_an_agreements_label_is_not_an_agreement() -> None:
    # SVMN release, lines 23-28: the label heads a list of questions under a section title
    text = (
        "Voorbespreking BO\nAanwezig: Eerenberg, Van Eijk\n• Gemaakte afspraken:\n\n"
        "Ter bespreking in de ASG (en deze voorbespreking)\n"
        "• Zijn er belangrijke punten die we moeten meenemen in het vervolgtraject?\n"
    )
    assert _decisions_of(text) == []


def test_later_bullets_survive_an_ocr_paragraph_break() -> None:
    text = (
        "Verslag BO\nAanwezig: Eerenberg, Van Eijk\nBesluiten:\n"
        "1. Het BO stemt in met het plan van aanpak informatieveiligheid.\n\n"
        "Het plan wordt in de volgende ASG toegelicht door de directie.\n\n"
        "2. De gemeenten vragen SVMN om een kwartaalrapportage.\n"
        "3. Het verslag van 12 maart wordt vastgesteld.\n\n"
        "4. Rondvraag\n"
    )
    decisions = _decisions_of(text)
    assert [(kind, number) for kind, number, _, _ in decisions] == [
        ("besluit", "1"),
        ("besluit", "2"),
        ("besluit", "3"),
    ]


def test_a_requested_decision_is_a_proposal() -> None:
    text = (
        "Agenda BO/BP 16 februari 2022\nAanwezig: Eerenberg, Van Eijk\nGevraagd besluit\n"
        "Het BO wordt gevraagd in te stemmen met de quickscan gegevensbescherming.\n"
    )
    assert _decisions_of(text) == [
        (
            "besluit",
            None,
            "Het BO wordt gevraagd in te stemmen met de quickscan gegevensbescherming.",
            True,
        )
    ]


def test_a_form_field_under_a_requested_decision_label_is_not_a_proposal() -> None:
    # SVMN release, lines 1133-1140: a cover sheet template with its fields one per line
    text = (
        "Voorblad BO/BP\nAanwezig: Eerenberg\nNog\nafstemming/communicatie\nnodig met:\n"
        "Gevraagd besluit\nGeen besluit gevraagd\nAanleiding voor dit voorstel\n"
        "Actualiteiten rond SVMN\nOnderbouwing: met knelpunten en/of risico.\n"
    )
    assert _decisions_of(text) == []


def test_decision_list_laid_out_as_a_numbered_table() -> None:
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": "Besluitenlijst BO Jeugd 6 april 2022\nNr Onderwerp Besluit\n"
        "1 Verslag BO 16 februari 2022 Het verslag wordt vastgesteld.\n"
        "2 Quickscan SVMN Het BO stemt in met de opdracht aan Duijnborgh.\n",
    }
    rows = _extract([page])
    assert rows["documents"][0]["doc_type"] == "decision_list"
    assert [(d["number"], d["text"][:20]) for d in rows["decisions"]] == [
        ("1", "Verslag BO 16 februa"),
        ("2", "Quickscan SVMN Het B"),
    ]
