"""The masthead of a scanned series: OCR reads the logo beside the lettering differently on
every issue. Page tops as Tesseract read four PI Zwolle notices of the real bundle
`real-wob-dev/bundles/Bij-documenten.pdf` (pp. 10-13) rendered as a 200-dpi scan
(`scripts/real_eval.py --rescan`); each notice is one page, a document of its own."""

from __future__ import annotations

from pipeline.documents import document_ranges, masthead, same_masthead

NOTICE_TOPS = [
    [
        "4a. Dienst Justitiéle Inrichtingen",
        "FOR Ministerie van Justitie en Veiligheid",
        "Informatieblad",
        "Corona-update",
        "Van het actieteam voor alle bewoners van P! Zwolle",
        "Vrijdag 24 juli 2020",
        "M.i.v. afgelopen maandag 20 juli is er een",
    ],
    [
        "Ee ALE ICH Inrichtingen",
        "BOR Ministerie van Justitie en Veiligheid",
        "Le",
        "Informatieblad",
        "Corona-update",
        "Van hetactieteam voor alle bewoners van PI Zwolle",
        "Dit informatieblad is een publicatie van:",
        "Maandag 21 september 2020 PI Zwolle, actieteam Corona",
    ],
    [
        "PDSA Inrichtingen",
        "AOA Ministerie van Justitie en Veiligheid",
        "a ed",
        "Informatieblad",
        "Corona-update",
        "Van het actieteam voor alle bewoners van PI Zwolle",
        "Maandag 12 oktober 2020",
        "Coronamaatregelen in de inrichting",
    ],
    [
        "Informatieblad",
        "Corona-update",
        "Dienst Justitiéle Inrichtingen",
        "Ministerie van Justitie en Veiligheid",
        "Van het actieteam voor alle bewoners van PI Zwolle",
        "Donderdag 5 november 2020",
        "Coronabesmettingen in de inrichting",
    ],
]


def test_each_notice_of_a_scanned_series_is_a_document_of_its_own() -> None:
    pages = [{"text": "\n".join(top)} for top in NOTICE_TOPS]
    assert document_ranges(pages).ranges == [(0, 0), (1, 1), (2, 2), (3, 3)]


def test_a_logo_read_as_a_word_or_a_line_leaves_the_masthead_the_same() -> None:
    heads = [masthead("\n".join(top))[0] for top in NOTICE_TOPS]
    assert "informatieblad" in heads[1]  # below the debris line `Le`
    assert same_masthead(heads[0], heads[1])  # `FOR Ministerie ...` / `BOR Ministerie ...`


def test_mastheads_that_share_a_word_or_two_are_not_the_same() -> None:
    letter = masthead("Gemeente Amsterdam\nDirectie Wonen\nDatum 3 maart 2020")[0]
    other = masthead("Gemeente Utrecht\nAfdeling Wonen en Zorg\nDatum 5 mei 2020")[0]
    assert not same_masthead(letter, other)
