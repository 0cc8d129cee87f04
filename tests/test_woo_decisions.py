"""Decision letters and inventory lists: real text for each failure kind, kept fast
(text layers only, a page or two per file; one scanned page in one test)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from pipeline.dates import letter_date
from pipeline.documents import classify_document, segment_documents
from pipeline.grounds import cited_grounds
from pipeline.inventory import extract_inventory_items, link_released_documents
from pipeline.pdf_text import text_layer_text, text_layer_words
from pipeline.structure import extract_structure
from pipeline.woo_decisions import extract_woo_decision, request_date
from woo_eval.woo_decisions import read_gold_csv, score_inventory

SHARED = Path(os.environ.get("WOO_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEV = SHARED / "reference" / "real-wob-dev"
GOLD = Path(__file__).parent / "gold" / "inventories"
SOURCE = "f" * 64


def _dev_file(*parts: str) -> Path:
    path = DEV.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/reference not present: {path}")
    return path


def _pages(path: Path, numbers: list[int] | None = None) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        wanted = numbers or range(1, len(pdf.pages) + 1)
        return [
            {
                "source_id": SOURCE,
                "page_no": n,
                "text": text_layer_text(pdf.pages[n - 1]),
                "words": text_layer_words(pdf.pages[n - 1]),
                "width": pdf.pages[n - 1].width,
                "height": pdf.pages[n - 1].height,
                "text_method": "text_layer",
            }
            for n in wanted
        ]


def _document(pages: list[dict], doc_type: str) -> dict:
    return {
        "document_id": "doc-1",
        "source_id": SOURCE,
        "first_page": pages[0]["page_no"],
        "last_page": pages[-1]["page_no"],
        "doc_type": doc_type,
        "pages": pages,
    }


# ---------------------------------------------------------------------------------------------
# letter dates (issue 8): head only, OCR damage repaired or NULL, never the body's first date


def test_letter_date_comes_from_the_head_not_the_first_body_date() -> None:
    text = "Retouradres Postbus 1\nOns kenmerk 2020-1\nDatum\n12 maart 2020\nGeachte heer,\n"
    text += "Op 3 februari 2020 ontvingen wij uw verzoek."
    assert letter_date(text).value == date(2020, 3, 12)
    # a head without a date: NULL, not the request date of the body
    assert letter_date("Ons kenmerk 1\nGeachte heer,\nOp 3 februari 2020 ontvingen wij") is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Datum 2 9 MEI 2019", date(2019, 5, 29)),  # a stamp's spaced day
        ("Datum 12 maart 201 9", date(2019, 3, 12)),  # a split year
        ("Datum 4 december2020", date(2020, 12, 4)),  # month glued to its year
        ("Datum: verzonden op 2 april 2021 per e-mail", date(2021, 4, 2)),
        ("Datum 165 februari 2019", None),  # a misread day is not 5 februari
        ("Datum al december 2018", None),  # an unreadable day
    ],
)
def test_letter_date_field_repaired_or_null(head: str, expected: date | None) -> None:
    parsed = letter_date(f"{head}\nGeachte heer,\nIn uw brief van 1 januari 2019 ...")
    assert (parsed.value if parsed else None) == expected


def test_request_date_without_year_takes_the_letters_year_and_says_so() -> None:
    body = ["Geachte heer,", "Bij brief van 14 januari 2021 is de beslistermijn verdaagd.",
            "Op 3 maart jl. hebben wij uw verzoek ontvangen."]  # fmt: skip
    assert request_date(body, date(2021, 4, 1))[:2] == (date(2021, 3, 3), True)
    # December request, January decision: the year before
    found = request_date(
        ["Geachte,", "In uw e-mail van 28 december heeft u verzocht"], date(2021, 1, 20)
    )
    assert found[:2] == (date(2020, 12, 28), True)


def test_cited_grounds_long_forms() -> None:
    text = (
        "op grond van artikel 10, tweede lid, aanhef en onder e en g, van de Wob en "
        "artikel 11, eerste lid, van de Wob; zie ook artikel 5.1, tweede lid, onder e"
    )
    assert cited_grounds(text) == ["10.2.e", "10.2.g", "11.1", "5.1.2.e"]
    assert cited_grounds("In de artikelen 10 en 11 van de Wob") == []
    assert cited_grounds("Artikel 10 lid 2 sub a Artikel 11", bare_articles=True) == [
        "10.2.a",
        "11.1",
    ]
    assert cited_grounds("10.2.e;buiten verzoek") == ["10.2.e", "out_of_scope"]


# ---------------------------------------------------------------------------------------------
# real decision letters


@pytest.mark.parametrize(
    ("file_name", "decision", "requested", "inferred"),
    [
        # "In uw brief van 31 oktober 2018, ontvangen op a november 2018": the letter's date
        # field reads "al december 2018" -> NULL, and the request is the brief's date
        ("181211_deelbesluit_wob_verzoek_3_contracten_leadbuyer_ict.pdf", None,
         date(2018, 10, 31), False),
        # "Op 6 augustus jl. hebben wij uw e-mailbericht ontvangen"; extension sentence before
        ("2018-09-20_geanonimiseerd_wob-besluit_inzake_werkinstructie_beoordelen_deskundigenrapporten.pdf",
         date(2018, 9, 20), date(2018, 8, 6), True),
        # "Op 4 december2020 hebben wij per email uw verzoek ontvangen"
        ("Besluit WOB verzoek verzoeker 1.pdf", date(2021, 1, 22), date(2020, 12, 4), False),
        # "U heeft per brief en mall van 5 september zo18" (OCR'd year)
        ("besluit_wob-verzoek_getekend_anoniem.pdf", date(2018, 11, 29), date(2018, 9, 5), False),
        # "In de periode tussen 2 juni 2020 en 9 juli 2020 heeft u een Wob verzoek ingediend"
        ("deelbesluit_2_bosco_stukken_terras_vanaf_start_getekend_inclusief_inventarislijst.pdf",
         date(2020, 10, 20), date(2020, 6, 2), False),
    ],
)  # fmt: skip
def test_real_letter_dates(file_name, decision, requested, inferred) -> None:
    pages = _pages(_dev_file("letters", file_name), [1, 2])
    doc_type, _ = classify_document("\n".join(p["text"] for p in pages))
    assert doc_type == "woo_decision"
    (row,) = extract_woo_decision(_document(pages, "woo_decision"))
    assert (row["decision_date"], row["request_date"], row["request_date_inferred"]) == (
        decision,
        requested,
        inferred,
    )
    assert row["law"] == "wob"


def test_real_letter_reference_grounds_and_extension() -> None:
    path = _dev_file("letters", "28012021_wob_besluit_holocaust_monument_geredigeerd.pdf")
    pages = _pages(path, [1, 2])
    (row,) = extract_woo_decision(_document(pages, "woo_decision"))
    assert row["reference"] == "CE20-07979"
    assert row["outcome"] == "gedeeltelijke_openbaarmaking"
    assert "10.2.e" in row["grounds_cited"].split(";")
    assert row["days_to_decide"] == (date(2021, 1, 28) - date(2020, 11, 19)).days


def test_real_letter_with_inventory_splits_into_decision_and_inventory() -> None:
    path = _dev_file(
        "inventories", "Inv-20-0774+Wob+besluit+inventarisatielijst+en+documenten+(2).pdf"
    )
    pages = _pages(path, [1, 5, 6])  # the letter's first and last page, the inventory
    docs = segment_documents(pages)
    assert [(d["first_page"], d["doc_type"]) for d in docs] == [
        (1, "woo_decision"),
        (6, "inventory"),
    ]
    assert docs[0]["doc_date"] == date(2021, 4, 2)  # "Datum: verzonden op 2 april 2021"
    out = extract_structure(pages)
    (decision,) = out["woo_decisions"]
    assert decision["request_date"] == date(2020, 10, 22)  # "Bij e-mail van 22 oktober 2020"
    assert decision["extension"] is True  # "is de beslistermijn met vier weken verdaagd"
    assert [i["number"] for i in out["inventory_items"]] == ["1", "2", "3", "4"]


# ---------------------------------------------------------------------------------------------
# real inventories


def _inventory_score(file_name: str, page_numbers: list[int]) -> dict:
    path = _dev_file("inventories", file_name)
    pages = _pages(path, page_numbers)
    rows, warnings = extract_inventory_items(_document(pages, "inventory"))
    assert warnings == []
    gold = [
        r for r in read_gold_csv(GOLD / f"{path.stem}.csv") if int(r["page_no"]) in page_numbers
    ]
    return score_inventory(gold, rows)


@pytest.mark.parametrize(
    ("file_name", "pages"),
    [
        ("Inv-2021-0418-inventaris.pdf", [1]),  # ruled table, numbers 1a/1b, "Buiten reikwijdte"
        # bottom-aligned numbers (spreadsheet export), "3-a" with a unicode hyphen
        ("Inv-Inventarislijst+2020-61.pdf", [1, 2]),
        # "Artikel 10 lid 2 sub / e" over two lines; a row running over a page break
        (
            "Inv-inventarislijst+bij+besluit+op+wob-verzoek+over+de+kwestie+van+de+Armeense+genocide.pdf",
            [1, 3, 4],
        ),
        # header word `ID‐nummer` with a unicode hyphen; a second table with its own header
        ("Inv-Wob-besluit+inventarislijst.pdf", [1, 4]),
        # a matrix list: ticks under geheel/deels/niet and under each ground
        ("Inv-20-0774+Wob+besluit+inventarisatielijst+en+documenten+(2).pdf", [6]),
    ],
)
def test_real_inventory_rows(file_name: str, pages: list[int]) -> None:
    score = _inventory_score(file_name, pages)
    assert score["recall"] == 1.0 and score["precision"] == 1.0, score
    assert score["judgement_accuracy"] == 1.0 and score["grounds_accuracy"] == 1.0, score["misses"]


def test_inventory_whose_columns_cannot_be_told_apart_gives_no_rows_and_a_warning() -> None:
    def word(text: str, x0: float, top: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 9}

    header = [word("Nr.", 50, 50), word("Document", 90, 50), word("Beoordeling", 300, 50)]
    header.append(word("Weigeringsgrond", 400, 50))
    # every row's words run together left of the second column: nothing but numbers
    rows = [word(str(n), 50, 70 + 12 * n) for n in range(1, 6)]
    page = {"source_id": SOURCE, "page_no": 1, "text": "", "words": header + rows, "height": 800}
    found, warnings = extract_inventory_items(_document([page], "inventory"))
    assert found == [] and "could not be told apart" in warnings[0]


def test_inventory_items_link_to_released_documents_by_printed_number() -> None:
    items = [{"source_id": SOURCE, "number": "3"}, {"source_id": SOURCE, "number": "4a"}]
    docs = [{"source_id": SOURCE, "document_id": "d7", "doc_stamp": "3"}]
    link_released_documents(items, docs)
    assert [i["document_id"] for i in items] == ["d7", None]


def test_scanned_inventory_page_reads_from_ocr_word_boxes() -> None:
    """The same table on a scan: columns and rows from Tesseract's word boxes."""
    from pipeline.ocr import ocr_image
    from pipeline.render import render_page

    path = _dev_file("inventories", "Inv-2021-0418-inventaris.pdf")
    with pdfplumber.open(path) as pdf:
        width, height = pdf.pages[0].width, pdf.pages[0].height
    image = render_page(path, 1, dpi=200)
    words, text, _ = ocr_image(image, 72.0 / 200)
    page = {"source_id": SOURCE, "page_no": 1, "text": text, "words": words,
            "width": width, "height": height, "text_method": "ocr"}  # fmt: skip
    rows, _ = extract_inventory_items(_document([page], "inventory"))
    score = score_inventory(read_gold_csv(GOLD / f"{path.stem}.csv"), rows)
    assert score["recall"] >= 0.9 and score["precision"] >= 0.9, score
    assert score["judgement_accuracy"] >= 0.9, score["misses"]


@pytest.mark.parametrize("gold_file", sorted(GOLD.glob("*.csv")), ids=lambda p: p.stem[:30])
def test_inventory_gold_keeps_the_contract_vocabulary(gold_file: Path) -> None:
    from pipeline.grounds import canonical_grounds

    rows = read_gold_csv(gold_file)
    assert rows and list(rows[0]) == [
        "page_no",
        "number",
        "item_date",
        "title",
        "judgement",
        "grounds",
    ]
    for row in rows:
        assert row["judgement"] in (
            "",
            "openbaar",
            "deels_openbaar",
            "niet_openbaar",
            "reeds_openbaar",
        )
        assert all(g in canonical_grounds() for g in row["grounds"].split(";") if g), row
        if row["item_date"]:
            date.fromisoformat(row["item_date"])
        assert int(row["page_no"]) >= 1 and row["number"]
