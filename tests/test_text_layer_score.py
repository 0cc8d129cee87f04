"""Judging a PDF's text layer before trusting it (issue 8, item 4)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.pdf_text import MIN_TEXT_LAYER_SCORE, choose_text_method, text_layer_score

A4 = (595.0, 842.0)

#: The shape of a real decision letter's layer whose font has no Unicode map (issue 8).
CID_LAYER = (
    "(cid:20)(cid:37)(cid:50)(cid:3)(cid:41)(cid:47)(cid:3)(cid:38)(cid:50)(cid:49)\n"
    "(cid:3)(cid:51)(cid:52)(cid:40)(cid:41) (cid:20)(cid:28)(cid:3)(cid:44)(cid:3)\n"
    "Gemeente Amsterdam\n" + "(cid:17)(cid:39)(cid:40)(cid:51)(cid:3)(cid:45)(cid:37)\n" * 20
)
#: A publisher's own OCR layer over a handwritten page (real-wob-dev Bij-document+9, p. 2).
FAILED_OCR_LAYER = """att raat -tr oriusrztyte*: n- -aar att
-0-cox- ont'-,.;'zinfge-iri, er oeze
nebben c>rde-Z.ot. Orr tittoi,st-teg:t.
OrIcier-10-ek.1-c,opt. tie nte ..oppontiu- 2) ate. 17Gc:,...:uteri gte-y-tri voi:4"
U -.on he1- : be:arliq Jet geti 1.rtZaqe
a;o-1.74' .Z.C.Ktra •a3: tS.., ',A)ctit
S M R ate. steo.: den van ctncterzoe- 4:-Tale 4 - r rts. sr: 4.-1 Aa4"""
#: Real pages that must keep their layer: a letter, an inventory table with ticks, a mail list.
LETTER = """Gemeente Amsterdam Datum 22 december 2020
Kenmerk CE20-07981
Pagina 2 van 8
Besluit
Ik heb besloten de documenten openbaar te maken met uitzondering van de daarin vermelde
persoonsgegevens. Voor de motivering verwijs ik u naar hetgeen hieronder is vermeld."""
TICK_TABLE = """Nr Kenmerk Soort Openbaar Deels Niet Weigeringsgrond
1 846488 klacht x x x 10.2.e
2 846489 klacht x x x 10.2.e
3 848175 melding x x x 10.2.e"""
ADDRESS_LIST = """@amersfoort.nl>; "512e
@utrecht.nl>; "5.1.2.
amersfoort.nl oudewater.nl heuvelrug.nl rhenen.nl
Wethouders van de Utrechtse Jeugdregio's
Utrecht, 25 februari 2022
Geachte wethouders,"""


def test_glyph_code_layer_scores_as_garbage_and_is_ocred() -> None:
    assert text_layer_score(CID_LAYER) < 0.1
    assert choose_text_method(CID_LAYER, [], *A4) == "ocr"


def test_replacement_characters_count_as_garbage() -> None:
    assert text_layer_score("\ufffd\ufffd \ufffd\ufffd\ufffd Besluit \ufffd\ufffd") < 0.2


def test_failed_publisher_ocr_is_ocred_again() -> None:
    assert text_layer_score(FAILED_OCR_LAYER) < MIN_TEXT_LAYER_SCORE
    assert (
        choose_text_method(FAILED_OCR_LAYER, [{"x0": 0, "top": 0, "x1": 595, "bottom": 842}], *A4)
        == "ocr"
    )


@pytest.mark.parametrize("text", [LETTER, TICK_TABLE, ADDRESS_LIST])
def test_real_text_keeps_its_layer(text: str) -> None:
    assert text_layer_score(text) >= 0.8
    assert choose_text_method(text, [], *A4) == "text_layer"


def test_a_few_characters_are_judged_on_letters_only() -> None:
    # A page number or a stamp is too short to score; the old letter-count rule decides.
    assert choose_text_method("Pagina 3", [], *A4) == "text_layer"
    assert text_layer_score("") == 0.0


def test_real_text_layers_are_kept(reference_dir: Path) -> None:
    """Every page with text in these real letters, bundles and inventory lists reads as text."""
    files = [
        reference_dir / "real-wob" / "17_getekend_wob-besluit_geredigeerd.pdf",
        reference_dir / "real-wob-dev" / "inventories" / "Inv-Inventarislijst+2020-61.pdf",
        reference_dir
        / "real-wob-dev"
        / "inventories"
        / "Inv-20-0774+Wob+besluit+inventarisatielijst+en+documenten+(2).pdf",
        reference_dir
        / "real-wob-dev"
        / "bundles"
        / "Bij-Besluit+en+openbaar+gemaakte+documenten.pdf",
    ]
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                text = page.extract_text() or ""
                if len(text.split()) < 20:
                    continue
                method = choose_text_method(text, page.images, page.width, page.height)
                assert method == "text_layer", (path.name, page.page_number, text_layer_score(text))


#: PDFium's text of a landscape inventory table (real-wob inventarislijst_stukken_deelbesluit_2,
#: p. 9): its column headers printed vertically, its rotated cells read backwards.
ROTATED_TABLE = """g g
n n
e e
b b
liedrooeB raabnepO raabnepO raabnepO raabnepO nepo raabnepO egjib nepo
teiN teiN teiN teiN
7 7 7 7 7 7 7 7
Termijnagenda Sprong over het IJ Openbaar"""


def test_a_rotated_table_is_still_text() -> None:
    assert text_layer_score(ROTATED_TABLE) >= 0.8
    assert choose_text_method(ROTATED_TABLE, [], *A4) == "text_layer"


def test_a_publishers_failed_ocr_of_a_mail_thread_is_ocred_again(reference_dir: Path) -> None:
    """Bij-document+9: a scanned mail thread whose own OCR layer lost the header dates
    (`Verzonden: woensdag 2 septe et 202U 9:41`) on pages 1-2, while page 3 is clean prose."""
    path = reference_dir / "real-wob-dev" / "bundles" / "Bij-document+9.pdf"
    with pdfplumber.open(path) as pdf:
        methods = [
            choose_text_method(p.extract_text() or "", p.images, p.width, p.height)
            for p in pdf.pages[:3]
        ]
    assert methods == ["ocr", "ocr", "text_layer"]
