"""Decisions, actions and agreements from the reference release and the sample."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.decisions import decision_label, extract_decisions
from pipeline.documents import documents_from_text, segment_documents
from pipeline.meetings import extract_meetings
from pipeline.pdf_text import text_from_words, text_layer_text
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


def test_list_numbers_printed_as_a_column_of_their_own() -> None:
    # SVMN release, lines 37-61: OCR printed `1.`-`4.` apart from their texts, with the tail
    # of a neighbouring column's sentence between them
    text = (
        "Voorbespreking ASG\nAanwezig: Eerenberg, Van Eijk\nVervolgafspraken\n1.\n\n2.\n\n"
        "gebruiken voor hun vragen en klachten en c) gesprek dat we voeren.\n\n3.\n4.\n\n"
        "Bespreken in BO/BP: terugkoppeling gesprekken aan wethouders en afstemming van en \n"
        "besluit over vervolgstappen (via een notitie met in ieder geval gesprek SVMN/besluit "
        "over \n"
        "terugkoppeling IGJ, volgt als voorstel).\n"
        "Gesprek bestuur SVMN:\n\n• Datalek, vervolg\n"
        "• ontwikkelingen Koersprogramma: klachtenprocedure/cliëntenraad/cultuur van\n\n"
        "bejegening\nTerugkoppeling aan melders van vervolgstappen\nTerugkoppeling aan IGJ\n"
    )
    assert [(kind, number, text) for kind, number, text, _ in _decisions_of(text)] == [
        ("afspraak", "1", "Bespreken in BO/BP: terugkoppeling gesprekken aan wethouders en "
         "afstemming van en besluit over vervolgstappen (via een notitie met in ieder geval "
         "gesprek SVMN/besluit over terugkoppeling IGJ, volgt als voorstel)."),
        ("afspraak", "2", "Gesprek bestuur SVMN: Datalek, vervolg; ontwikkelingen "
         "Koersprogramma: klachtenprocedure/cliëntenraad/cultuur van bejegening"),
        ("afspraak", "3", "Terugkoppeling aan melders van vervolgstappen"),
        ("afspraak", "4", "Terugkoppeling aan IGJ"),
    ]  # fmt: skip


def test_agreements_resume_after_paragraphs_ocr_put_inside_the_list() -> None:
    # SVMN release, lines 821-860: the risk descriptions of the right-hand column came out
    # between the agreements; one of their lines wraps at "3. Om de stap ..."
    text = (
        "Gesprek gemeente met SVMN\nAanwezig: Eerenberg\nAfspraken vervolg.\n\n"
        "- SVMN meldt datalekken wanneer deze gevoelig kunnen zijn bij de accounthouders.\n\n"
        "Vanuit het oogpunt van gegevensbescherming zijn er meerdere processen relevant. Dit\n"
        "komt overeen met ISMS niveau\n3. Om de stap te zetten moet een interne audit "
        "plaatsvinden.\n\n"
        "Dit risico heeft te maken met risico 1. Wanneer de infrastructuur niet optimaal is,\n"
        "is de kans op menselijke fouten groter.\n\n"
        "-Bij de kwartaalcijfers worden de cijfers over datalekken gedeeld, met een duiding.\n\n"
        "- In de jaarrapportage wordt uitgebreider een stand van zaken gegeven.\n"
    )
    assert [text[:20] for _, _, text, _ in _decisions_of(text)] == [
        "SVMN meldt datalekke", "Bij de kwartaalcijfe", "In de jaarrapportage",
    ]  # fmt: skip


def test_another_bullet_list_far_below_does_not_continue_the_agreements() -> None:
    filler = "Dit is een alinea over iets anders dan de afspraken van dit overleg.\n" * 14
    text = (
        "Verslag ASG\nAanwezig: Eerenberg\nGemaakte afspraken:\n"
        "• SVMN meldt datalekken direct bij de accounthouders.\n\n"
        f"Rondvraag en sluiting\n{filler}\n• Het kantoor is op vrijdag gesloten voor bezoekers.\n"
    )
    assert [text[:10] for _, _, text, _ in _decisions_of(text)] == ["SVMN meldt"]


def test_a_requested_consent_label_opens_its_numbered_steps() -> None:
    text = (
        "Voorblad BO/BP\nAanwezig: Eerenberg\n"
        "Gevraagd instemming met de voorgestelde vervolgstappen:\n"
        "1. Een vervolggesprek met het bestuur van SVMN, te voeren door de wethouders\n"
        "Kosterman en Van Eijk. Op de agenda:\n• datalek\n• cliëntenraad\n\n"
        "2. Een actie richting de IGJ (zoals toegezegd in het gesprek):\n"
        "• Advies: een bericht aan de IGJ.\n"
    )
    found = _decisions_of(text)
    assert [(kind, number, proposal) for kind, number, _, proposal in found] == [
        ("besluit", "1", True), ("besluit", "2", True),
    ]  # fmt: skip
    assert found[0][2].endswith("Op de agenda: datalek; cliëntenraad")


def _table_page(page_no: int, rows: list[tuple[float, list[tuple[float, str]]]]) -> dict:
    """A text-layer page from (top, [(x0, word)]) rows: one word box per word."""
    words = [
        {"text": word, "x0": x0, "top": top, "x1": x0 + 6.0 * len(word), "bottom": top + 9.0}
        for top, row in rows
        for x0, word in row
    ]
    # the page text as the text layer's reader writes it (an empty line at a paragraph gap)
    return {"source_id": SOURCE, "page_no": page_no, "text": text_from_words(words),
            "words": words, "width": 595.0, "height": 842.0,
            "text_method": "text_layer"}  # fmt: skip


def _cells(top: float, left: str, right: str, x_right: float = 300.0) -> tuple:
    words = [(80.0 + 40.0 * n, w) for n, w in enumerate(left.split())]
    words += [(x_right + 40.0 * n, w) for n, w in enumerate(right.split())]
    return (top, words)


def test_a_table_of_decisions_gives_one_decision_per_row() -> None:
    # a PI Zwolle notice (Bij-documenten p. 24-26) has its agreements in such a table; here
    # a decision table in another layout, over a page break with a letterhead on top
    intro = (400.0, [(80.0 + 60.0 * n, w) for n, w in enumerate(
        "De volgende besluiten zijn genomen:".split())])  # fmt: skip
    first = _table_page(1, [
        (100.0, [(80.0, "Besluitenlijst"), (180.0, "directieoverleg")]), intro,
        _cells(440.0, "Begroting", "• De begroting wordt vastgesteld."),
        _cells(452.0, "", "• Het tekort komt ten laste van de reserve."),
        (800.0, [(470.0, "Pagina"), (510.0, "1")]),
    ])  # fmt: skip
    second = _table_page(2, [
        (60.0, [(470.0, "Directie"), (520.0, "Zwolle")]),
        _cells(120.0, "Huisvesting", "• Het kantoor verhuist in juni."),
        (300.0, [(80.0, "Met"), (101.0, "vriendelijke"), (176.0, "groet,")]),
    ])  # fmt: skip
    document = {"document_id": "d1", "source_id": SOURCE, "first_page": 1, "last_page": 2,
                "doc_type": "memo", "title": "Besluitenlijst"}  # fmt: skip
    found = extract_decisions({**document, "pages": [first, second]}, [])
    assert [(d["page_no"], d["kind"], d["text"]) for d in found] == [
        (1, "besluit", "Begroting: De begroting wordt vastgesteld.; Het tekort komt ten laste "
         "van de reserve."),
        (2, "besluit", "Huisvesting: Het kantoor verhuist in juni."),
    ]  # fmt: skip
    assert found[0]["x0"] == 80.0


def test_a_bulleted_list_with_hanging_glyphs_is_one_decision_per_bullet() -> None:
    # a word processor's bullets: the glyph at the indent, its text a tab further right
    intro = (100.0, [(80.0 + 60.0 * n, w) for n, w in enumerate(
        "Verder zijn de volgende afspraken gemaakt:".split())])  # fmt: skip
    page = _table_page(1, [
        intro,
        _cells(130.0, "•", "De gemeenten delen de kwartaalcijfers.", x_right=110.0),
        _cells(142.0, "•", "SVMN meldt gevoelige datalekken direct bij de", x_right=110.0),
        _cells(154.0, "", "accounthouders.", x_right=110.0),
        (300.0, [(80.0, "Met"), (101.0, "vriendelijke"), (176.0, "groet,")]),
    ])  # fmt: skip
    document = {"document_id": "d1", "source_id": SOURCE, "first_page": 1, "last_page": 1,
                "doc_type": "memo", "title": "Afspraken"}  # fmt: skip
    found = extract_decisions({**document, "pages": [page]}, [])
    assert [(d["kind"], d["text"]) for d in found] == [
        ("afspraak", "De gemeenten delen de kwartaalcijfers."),
        ("afspraak", "SVMN meldt gevoelige datalekken direct bij de accounthouders."),
    ]


def _ocr_table_page(blocks: list[list[tuple[float, list[tuple[float, str]]]]]) -> dict:
    """A scanned page from Tesseract blocks of (top, [(x0, word)]) lines: 5 pt a letter."""
    words, lines = [], []
    for block_no, block in enumerate(blocks):
        for top, row in block:
            line_no = len(lines)
            words += [{"text": w, "x0": x0, "top": top, "x1": x0 + 5.0 * len(w),
                       "bottom": top + 9.0, "conf": 90.0, "line_no": line_no,
                       "block_no": block_no} for x0, w in row]  # fmt: skip
            lines.append(" ".join(w for _, w in row))
        lines.append("")
    return {"source_id": SOURCE, "page_no": 1, "text": "\n".join(lines).strip(), "words": words,
            "width": 595.0, "height": 842.0, "text_method": "ocr"}  # fmt: skip


def _ocr_row(top: float, x0: float, text: str) -> tuple[float, list[tuple[float, str]]]:
    row, x = [], x0
    for word in text.split():
        row.append((x, word))
        x += 5.0 * len(word) + 4.0
    return (top, row)


def test_a_scanned_table_of_agreements_keeps_the_bullets_tesseract_split_off() -> None:
    """Bij-documenten p. 25 rendered as a 200 dpi scan (`scripts/real_eval.py --rescan`),
    lines as Tesseract read them: each bullet of a cell is a block of its own, the bullet
    glyph reads `=`, on a skewed line the glyph stands left of the column's edge, and a label
    cell wrapped over two lines is two blocks. Before, the table ended after its first
    bullet."""
    page = _ocr_table_page([
        [_ocr_row(80.0, 80.0, "Verder zijn de volgende afspraken gemaakt:")],
        [(100.0, [*_ocr_row(100.0, 83.0, "Er worden daglijsten gemaakt voor de")[1],
                  *_ocr_row(100.0, 279.0, "= FG afdelingen: 5 daglijnen")[1]])],
        [(111.0, [*_ocr_row(111.0, 82.0, "volgende diensten")[1],
                  *_ocr_row(111.0, 290.0, "DE afdelingen: 3 daglijnen")[1]])],
        [(130.0, [(82.0, "Regulier"), *_ocr_row(130.0, 279.0, "= 1 reserve dag")[1]])],
        [_ocr_row(145.0, 279.0, "= 1 reserve laat")],
        [_ocr_row(160.0, 279.0, "= Avondopenstelling gaan er af")],
        [(175.0, [(81.0, "BEWA"), *_ocr_row(175.0, 279.0, "= BEWA loopt conform eigen")[1]])],
        [_ocr_row(190.0, 274.0, "= Komende week wordt er gewerkt aan een weekrooster."),
         _ocr_row(200.0, 292.0, "Er zijn nog uitdagingen om dit te bewerkstelligen.")],
        [_ocr_row(300.0, 80.0, "Met vriendelijke groet,")],
    ])  # fmt: skip
    document = {"document_id": "d1", "source_id": SOURCE, "first_page": 1, "last_page": 1,
                "doc_type": "memo", "title": "Afspraken"}  # fmt: skip
    found = extract_decisions({**document, "pages": [page]}, [])
    assert [(d["kind"], d["text"]) for d in found] == [
        ("afspraak", "Er worden daglijsten gemaakt voor de volgende diensten: FG afdelingen: "
         "5 daglijnen; DE afdelingen: 3 daglijnen"),
        ("afspraak", "Regulier: 1 reserve dag; 1 reserve laat; Avondopenstelling gaan er af"),
        ("afspraak", "BEWA: BEWA loopt conform eigen; Komende week wordt er gewerkt aan een "
         "weekrooster. Er zijn nog uitdagingen om dit te bewerkstelligen."),
    ]  # fmt: skip


# SVMN release, lines 1473-1517: the consent label's `1.` stands alone, OCR put the texts of
# the neighbouring column (an attachment list, the meeting's background) before the steps
DISPLACED_STEPS = """Voorblad BO/BP
Aanwezig: Eerenberg
Gevraagd instemming met de voorgestelde vervolgstappen:
1.

Pagina 2 van 3
3.1.1.
Voorblad gesprek SVMN over datalek en klachtafhandeling

In de BO/BP van 16 februari is afgesproken dat de wethouders een gesprek zouden voeren.

Een vervolggesprek met het bestuur van SVMN, wederom te voeren door de wethouders
Kosterman, Eerenberg en Van Eijk.

We leggen daarin expliciet de koppeling met het Koersprogramma.

2. Een actie richting de IGJ (zoals toegezegd in het gesprek):
"""


def test_steps_displaced_from_their_numbers_are_found_by_their_parallel_form() -> None:
    found = _decisions_of(DISPLACED_STEPS)
    assert [(number, text[:22], proposal) for _, number, text, proposal in found] == [
        ("1", "Een vervolggesprek met", True),
        ("2", "Een actie richting de ", True),
    ]


def test_a_dangling_number_without_the_next_one_gives_no_decision() -> None:
    # without `2.` nothing shows which paragraph is step 1: better none than a guess
    assert _decisions_of(DISPLACED_STEPS.replace("2. Een actie", "Een actie")) == []


def test_an_empty_agreements_label_takes_the_nearest_bulleted_run() -> None:
    # SVMN release, lines 1165-1204: the label stands in a cover sheet's label column; the
    # plan sentences nearer to it are no list, the bullets under "Gesprek SVMN:" are
    text = (
        "Voorblad staf\nAanwezig: Eerenberg\nGemaakte afspraken\nBR\n\nTijdpad:\n\n"
        "In week 11 plannen we een vervolggesprek om de\nafspraken vorm te geven.\n"
        "Op 17-03 informeren we de bovenregionale werkgroep.\n\nGesprek SVMN:\n"
        "• Plannen van een vervolggesprek met bestuurders van SVMN om datalek te\n\n"
        "bespreken.\n• SVMN wil in gesprek met beide partijen, we brengen hen in contact.\n"
    )
    assert [(kind, text) for kind, _, text, _ in _decisions_of(text)] == [
        ("afspraak", "Plannen van een vervolggesprek met bestuurders van SVMN om datalek te "
         "bespreken."),
        ("afspraak", "SVMN wil in gesprek met beide partijen, we brengen hen in contact."),
    ]  # fmt: skip


def test_an_empty_agreements_label_takes_sentences_ocr_put_above_it_but_no_questions() -> None:
    # SVMN release, lines 9-33: the items lost their bullets and came out above the label;
    # the questions below it are a section of their own
    text = (
        "Voorblad staf\nAanwezig: Eerenberg\n\n"
        "Plannen van een vervolggesprek met bestuurders van SVMN om datalek te\n"
        "bespreken en vervolg op afhandeling van klachten.\n"
        "SVMN wil in gesprek met beide partijen, we brengen hen in contact met elkaar.\n\n"
        "Gesprek SVMN:\n• Gesprek was bedoeld om in gesprek te gaan over het datalek.\n\n"
        "• Gemaakte afspraken:\n\nTer bespreking in de ASG (en deze voorbespreking)\n"
        "• Zijn er belangrijke punten die we moeten meenemen in het vervolgtraject?\n"
        "• Hoe zien we als bovenregionale gemeenten onze rol?\n"
    )
    assert [text[:20] for _, _, text, _ in _decisions_of(text)] == [
        "Plannen van een verv", "SVMN wil in gesprek ",
    ]  # fmt: skip


def test_a_decision_list_row_without_a_number() -> None:
    # SVMN release, lines 165-166: the list's one row, "subject: decision" and a date
    row = "Structureel agenderen: voortgang veranderagenda SVMN en jeugdbeschermingsketen"
    text = f"BESLUITENLIJST BO/BP\n{row}27-09-2020\n"
    rows = _extract([{"source_id": SOURCE, "page_no": 1, "text": text}])
    assert rows["documents"][0]["doc_type"] == "decision_list"
    assert [d["text"][:30] for d in rows["decisions"]] == ["Structureel agenderen: voortga"]


def test_a_margin_comment_run_into_the_line_ends_the_decision() -> None:
    # SVMN release, line 967: Word's "Commented [" balloon, its text on the next line
    text = (
        "Verslag BO\nAanwezig: Eerenberg\nBesluit:\n"
        "Het BO stemt in met het plan van aanpak ' Commented [AB1]\nkijk jij mee?\n"
    )
    assert [t for _, _, t, _ in _decisions_of(text)] == ["Het BO stemt in met het plan van aanpak"]


# SVMN release, lines 2263-2303: the talks' bullets (`o`) came out of OCR as a column of
# their own, their texts below it among a talk's heading and a lead-in; the label
# "Gemaakte afspraken:" stands further down with an agenda heading right under it
GLYPH_COLUMN = """Bijlage bij voorblad gesprekken
Aanwezig: Eerenberg

o

o

o
o

4. Gesprek melding 2
(Eerenberg, Van Eijk)

Plannen van een vervolggesprek met bestuurders van SVMN om datalek te
bespreken en vervolg op afhandeling van klachten.
SVMN wil in gesprek met beide partijen, we brengen hen in contact met elkaar.

Korte terugkoppeling van de gevoerde gesprekken op 9 maart (in de volgorde waarin ze
hebben plaatsgevonden):

Gemeenten vragen SVMN naar het proces klachtenafwikkeling binnen SVMN.
Wethouders brengen verzoek over aan SVMN om in gesprek te gaan met mevrouw.

3. Gesprek SVMN
(Eerenberg, Van Eijk, Kosterman)

Gesprek was bedoeld om in gesprek te gaan over de afhandeling van het datalek.
Gemaakte afspraken:

1. Gesprek IGJ
"""


def test_an_empty_label_takes_the_texts_of_a_glyph_column_one_per_glyph() -> None:
    found = _decisions_of(GLYPH_COLUMN)
    assert [(kind, text[:20]) for kind, _, text, _ in found] == [
        ("afspraak", "Plannen van een verv"), ("afspraak", "SVMN wil in gesprek "),
        ("afspraak", "Gemeenten vragen SVM"), ("afspraak", "Wethouders brengen v"),
    ]  # fmt: skip


def test_a_glyph_column_with_fewer_statements_than_glyphs_is_not_taken() -> None:
    # one glyph more than there are statements: the column is not this list's; the nearest
    # run of sentences (the two requests) is taken instead
    found = _decisions_of(GLYPH_COLUMN.replace("\no\n\n4. Gesprek", "\no\no\n\n4. Gesprek"))
    texts = [text[:20] for _, _, text, _ in found]
    assert texts == ["Gemeenten vragen SVM", "Wethouders brengen v"]


def test_a_decision_field_holds_its_deciding_sentences_and_decides_the_proposal() -> None:
    text = (
        "Raadsvergadering\n\ndinsdag 3 maart 2026\n\n19:30 - 22:00\nAgendapunten\n\n 1. 1\n\n"
        "  Besluit\n\n  De voorzitter opent de vergadering. De heer Smit is afwezig. "
        "De agenda wordt vast gesteld.\n\n 2. 2\n\n  Voorgesteld besluit\n\n"
        "  De nota Groen Dorp vast te stellen.\n\n  Besluit\n\n"
        "  De nota Groen Dorp vast te stellen.\n\n  Conform.\n\n 3. 3\n\n  Besluit\n\n"
        "  De raad heeft ingestemd met het volgende voorstel:\n\n"
        "  1. dhr. K. Bos te benoemen tot lid van de rekenkamer;\n"
        "  2. de verordening in te trekken\n"
    )
    assert _decisions_of(text, title="") == [
        ("besluit", "1", "De agenda wordt vast gesteld.", False),
        ("besluit", "2", "De nota Groen Dorp vast te stellen.", False),
        ("besluit", "1", "dhr. K. Bos te benoemen tot lid van de rekenkamer;", False),
        ("besluit", "2", "de verordening in te trekken", False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Notulen zijn vastgesteld.",
        "Ten behoeve van de uitbreiding van de capaciteit werd besloten een plan te volgen.",
        "De raad heeft ingestemd met de begroting van het centrum.",
        "De kascommissie verleent décharge aan het bestuur.",
        "Anna de Vries stelt zich beschikbaar en wordt benoemd.",
        "De vergadering keurt de jaarrekening goed.",
        "De vergadering stelt het jaarverslag met applaus vast onder dankzegging.",
        "Notulen vergadering 29 juni: goedgekeurd",
        "De leden gaan ook akkoord met het voorstel.",
    ],
)
def test_more_formulas_of_a_decision_taken(sentence: str) -> None:
    text = f"Verslag bestuursvergadering 3 maart 2025\nAanwezig: Els Vos, Tom Wit\n\n{sentence}\n"
    assert [(kind, text) for kind, _, text, _ in _decisions_of(text)] == [("besluit", sentence)]


def test_a_verdict_with_its_adverbs_decides_the_item_above() -> None:
    text = (
        "Verslag ALV 3 maart 2025\nAanwezig: Els Vos, Tom Wit\n\n"
        "2. Jaarverslag 2024\nUnaniem vastgesteld.\n"
    )
    assert [text for _, _, text, _ in _decisions_of(text)] == [
        "Jaarverslag 2024: Unaniem vastgesteld."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Don werkt de ledenlijst bij met de nieuwe adressen.",
        "Jan zorgt voor de zaal.",
        "Peter en Wouter zullen naar de bijeenkomst gaan.",
        "Joke gaat de subsidie aanvragen.",
    ],
)
def test_a_named_person_taking_on_a_task_is_an_action(sentence: str) -> None:
    text = f"Verslag bestuursvergadering 3 maart 2025\nAanwezig: Don Bos, Jan Smit\n\n{sentence}\n"
    assert [(kind, text) for kind, _, text, _ in _decisions_of(text)] == [("actie", sentence)]


def test_going_along_with_a_proposal_is_no_action() -> None:
    text = "Verslag bestuursvergadering 3 maart 2025\nAanwezig: Jan Smit\n\nJan gaat niet mee.\n"
    assert _decisions_of(text) == []


def test_a_field_listing_who_was_absent_or_what_was_announced_decides_nothing() -> None:
    text = (
        "Raadsvergadering\n\ndinsdag 3 maart 2026\n\n19:30 - 22:00\nAgendapunten\n\n 1. 1\n\n"
        "  Besluit\n\n  De volgende mededelingen worden gedaan:\n"
        "  • Wethouder Bos kondigt een nota aan.\n  • De griffier neemt afscheid.\n\n 2. 2\n\n"
        "  Besluit\n\n  De agenda wordt als volgt gewijzigd:\n"
        "  • Agendapunt 4 wordt doorgeschoven.\n"
    )
    assert [text for _, _, text, _ in _decisions_of(text, title="")] == [
        "Agendapunt 4 wordt doorgeschoven."
    ]
