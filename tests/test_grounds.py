"""Ground normalisation, code spans in running text and the grounds table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.grounds import (
    OUT_OF_SCOPE,
    find_ground_codes,
    find_label_spans,
    grounds_table,
    is_clean_label,
    normalize_ground,
)

REFERENCE_OCR = Path(__file__).parents[2] / "shared" / "reference" / "svmn-release-ocr.txt"


@pytest.mark.parametrize(
    ("raw", "ground"),
    [
        # every shape the reference release prints for Woo 5.1.2.e
        ("5.1.2.e", "5.1.2.e"),
        ("5.1.2e", "5.1.2.e"),
        ("5.1.2 e", "5.1.2.e"),
        ("512e", "5.1.2.e"),
        ("512 e", "5.1.2.e"),
        ("5 12 e", "5.1.2.e"),
        ("5.i.2.e", "5.1.2.e"),
        ("s.i.2.e", "5.1.2.e"),
        ("5l 2e", "5.1.2.e"),
        ("5l2e", "5.1.2.e"),
        ("5.1 2.8", "5.1.2.e"),
        ("5.1.2.8", "5.1.2.e"),
        ("51 2e", "5.1.2.e"),
        ("=12=", "5.1.2.e"),
        ("=12 =", "5.1.2.e"),
        ("512=", "5.1.2.e"),
        ("5.1.2.<", "5.1.2.e"),
        ("KPMG5.1.2.e", "5.1.2.e"),
        ("5.1.2.E", "5.1.2.e"),
        # other Woo grounds
        ("5.1.1.c", "5.1.1.c"),
        ("5.1.2.i", "5.1.2.i"),
        ("5.1.5", "5.1.5"),
        ("5.2", "5.2.1"),
        ("5.2.1", "5.2.1"),
        # Wob
        ("10.2.e", "10.2.e"),
        ("10.2e", "10.2.e"),
        ("1O.2.e", "10.2.e"),
        ("Art. 10.2.e.", "10.2.e"),
        ("10.1.d", "10.1.d"),
        ("11.1", "11.1"),
        ("artikel 10, tweede lid, aanhef en onder e", "10.2.e"),
        ("art. 5.1 lid 2 sub i", "5.1.2.i"),
        # several grounds on one label, in printed order
        ("10.1.b;10.2.g", "10.1.b;10.2.g"),
        ("5.1.2.e, 5.1.1.c", "5.1.2.e;5.1.1.c"),
        ("10.2.e; 11.1", "10.2.e;11.1"),
        ("5.1.2.e en 5.1.2.i", "5.1.2.e;5.1.2.i"),
        # out of scope
        ("BUITEN REIKWIJDTE", OUT_OF_SCOPE),
        ("Buiten reikwijdte", OUT_OF_SCOPE),
        ("Buitenreikwijdte", OUT_OF_SCOPE),
        ("niet relevant", OUT_OF_SCOPE),
    ],
)
def test_normalize_ground_shapes(raw, ground):
    assert normalize_ground(raw) == ground


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "Jan Jansen",
        "5.1.2.",  # the letter is lost: no guess
        "5.1.2 en",  # the e starts a word
        "512",
        "2.2.1.",
        "15-12-2020",
        "5.122,50",
        "5.1.2022",
        "12.5.1.2",
        "2.5.2",
        "5.2e",
    ],
)
def test_normalize_ground_refuses_what_is_not_a_ground(raw):
    assert normalize_ground(raw) is None


def test_lenient_undoes_label_ocr_misreadings_only_when_asked():
    assert normalize_ground("40.1.b;10.2.9", lenient=True) == "10.1.b;10.2.g"
    assert normalize_ground("5.1.1.¢", lenient=True) == "5.1.1.c"
    assert normalize_ground("5.1.2.6", lenient=True) == "5.1.2.e"
    assert normalize_ground("5.1.2.6") is None
    # a bold `i` read as `1` (Woo 5.1.2 has no numbered items)
    assert normalize_ground("5.1.2.6:5.1.2.1", lenient=True) == "5.1.2.e;5.1.2.i"
    assert normalize_ground("5.1.2.1") is None


def test_is_clean_label():
    assert is_clean_label("5.1.2.e")
    assert is_clean_label("10.1.b; 10.2.g")
    assert is_clean_label("Art. 10.2.e")
    assert is_clean_label("Buiten reikwijdte")
    assert not is_clean_label("10.1.6;10.2.g")
    assert not is_clean_label("5.1.2.e Jansen")


def test_find_ground_codes_spans_and_citations():
    text = "Van: 512e\nAan: 5.1.2.e; 5.1.2.e\nOp grond van artikel 5.1.2.e Woo. BUITEN REIKWIJDTE"
    spans = find_ground_codes(text, marks_only=True)
    assert [(s["raw"], s["ground"]) for s in spans] == [
        ("512e", "5.1.2.e"),
        ("5.1.2.e", "5.1.2.e"),
        ("5.1.2.e", "5.1.2.e"),
        ("BUITEN REIKWIJDTE", OUT_OF_SCOPE),
    ]
    assert all(text[s["start"] : s["end"]] == s["raw"] for s in spans)
    # without marks_only the citation is a code too
    assert len(find_ground_codes(text)) == 5


def test_find_ground_codes_joins_different_grounds_of_one_label():
    spans = find_ground_codes("zie 10.1.b;10.2.g 5.1.2.e 5.1.2.e")
    assert [s["ground"] for s in spans] == ["10.1.b;10.2.g", "5.1.2.e", "5.1.2.e"]
    assert [s["ground"] for s in find_ground_codes("5.1.2.e en 5.1.2.i")] == ["5.1.2.e;5.1.2.i"]


def test_find_ground_codes_letterless_mark_has_no_ground():
    spans = find_ground_codes('@utrecht.nl>; "5.1.2." <x', marks_only=True)
    assert [(s["raw"], s["ground"]) for s in spans] == [("5.1.2", None)]
    # a heading numbered like a ground is not a mark
    assert find_ground_codes("5.1.2. Resultaten van het onderzoek", marks_only=True) == []


def test_grounds_table_covers_both_laws():
    table = {row["ground"]: row for row in grounds_table()}
    expected = (
        [f"5.1.1.{c}" for c in "abcde"]
        + [f"5.1.2.{c}" for c in "abcdefghi"]
        + ["5.1.5", "5.2.1"]
        + [f"10.1.{c}" for c in "abcd"]
        + [f"10.2.{c}" for c in "abcdefg"]
        + ["11.1", OUT_OF_SCOPE]
    )
    assert sorted(table) == sorted(expected)
    assert table["5.1.2.e"]["law"] == "Woo" and "levenssfeer" in table["5.1.2.e"]["meaning"]
    assert table["10.2.e"]["law"] == "Wob"
    assert all(set(row) == {"ground", "law", "meaning"} for row in table.values())


def test_reference_release_marks():
    if not REFERENCE_OCR.is_file():
        pytest.skip(f"../shared/reference not present: {REFERENCE_OCR}")
    text = REFERENCE_OCR.read_text("utf-8")
    spans = find_ground_codes(text, marks_only=True)
    grounds = Counter(s["ground"] for s in spans)
    # the release redacts under 5.1.2.e only; letterless remnants (`5.1.2.`) stay None;
    # two passages are out of scope. Dates, amounts and section numbers give nothing.
    assert set(grounds) == {"5.1.2.e", None, OUT_OF_SCOPE}
    assert grounds[OUT_OF_SCOPE] == 2
    assert grounds["5.1.2.e"] >= 430
    assert grounds[None] <= 45


def test_label_words_are_part_of_the_label():
    # `art. 10.2.f;art. 10.1.c`: the repeated `art.` does not split the label
    assert [s["ground"] for s in find_ground_codes("art. 10.2.f;art. 10.1.c")] == ["10.2.f;10.1.c"]
    assert normalize_ground("art. 10.2.f;art. 10.1.c") == "10.2.f;10.1.c"
    assert is_clean_label("artikel 5.1.2.e Woo") and is_clean_label("Wob 10.1.c")
    # every character of a label, label words included, is in its span
    for label in ("art. 10.2.e", "art. 5.1.1.c", "artikel 5.1.2.e Woo.", "Wob 10.1.c"):
        assert [(s["start"], s["end"]) for s in find_label_spans(label)] == [(0, len(label))]
    assert find_label_spans("Jansen 5.1.2.e")[0]["raw"] == "5.1.2.e"


def test_bare_article_number_in_running_text_is_no_mark():
    # seed 11: `10.1` of a label standing apart in the OCR'd line is a citation shape
    for text in ("art. 10.2.f:art. coz 10.1. Hoi", "zie paragraaf 10.2, hierna", "10.1. Inleiding"):
        assert find_ground_codes(text, marks_only=True) == [], text
    # the three-part Woo code whose letter OCR lost is still a (groundless) mark
    assert [s["ground"] for s in find_ground_codes('"5.1.2." <x', marks_only=True)] == [None]


def test_a_figure_with_a_thousands_point_holds_no_code():
    # `25.118` once read as `5.118` (5.1.1 with the e misread as 8), blanking the count
    assert find_ground_codes("In 2019 waren er 25.118 meldingen en 15.118 klachten") == []
    assert [c["ground"] for c in find_ground_codes("5.1.2.e,5.1.2.e en 2018 5.1.2.e")] == [
        "5.1.2.e",
        "5.1.2.e",
        "5.1.2.e",
    ]


def test_grounds_written_out_where_text_was_withheld_are_marks_in_a_text_release():
    text = (
        "## 5.1 lid 2 sub e\n\nVan:\n\nAan: 5.1 lid 2 sub e\n\n"
        "art. 5.1.\n\nlid 2 sub\n\ne\n\n5.1 lid 2 sub e 5.1 lid 2 sub e\n"
        "Op grond van artikel 5.1 lid 2 sub e Woo is de naam weggelakt.\n"
    )
    marks = find_ground_codes(text, marks_only=True, written_out=True)
    assert [m["ground"] for m in marks] == ["5.1.2.e"] * 5  # the sentence cites the article
    assert marks[2]["raw"] == "art. 5.1.\n\nlid 2 sub\n\ne"  # broken over lines: one mark
    # a page with geometry keeps them out: there such a line lists grounds a letter invokes
    assert find_ground_codes("- artikel 5.1, tweede lid, onder e Woo", marks_only=True) == []
