"""Decision sentences of minutes in running prose read by the Dutch clause's frame, not by a
word count: a participle that closes the sentence belongs to the auxiliary however long the
middle field before it, a body's name keeps its abbreviation in brackets, an appointment
`aangewezen als` is the meeting's own (rule 18 of tests/gold/README.md), and a body telling
in the perfect tense that it adopted something records it, on any paper. Each text quotes a
real line of the development texts (webprobe, rounds AH-AI); the negative cases are the
look-alikes a longer middle field must not open."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

HEAD = "Verslag van de Algemene Ledenvergadering\nDatum: 19 december 2013\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # knvi-onderwijs-onderzoek-alv-2013-12-19 (texts183), line 5: 26 words between the
        # auxiliary and the participle that closes the sentence
        "Tijdens de ALV is het voorstel van het afdelingsbestuur om deze jaarlijkse "
        "ledenraadpleging af te schaffen, gelet ook op de uitkomsten van de ledenraadpleging "
        "afgelopen zomer, door de aanwezige leden goedgekeurd.",
        # oudkatholiek-amsterdam-parochievergadering-2012-05-20 (texts183), line 11: 17 words
        "Vervolgens werden ook onder applaus als vertegenwoordigers van de parochie naar de "
        "landelijke synode Alexandra Gerny en Daan Kramer Schippers gekozen.",
        # gmr-ab-terugkoppeling-2022-07-06 (texts185), line 14: an appointment (rule 18)
        "Hubert Bruls is door het algemeen bestuur wederom aangewezen als voorzitter en Lucien "
        "van Riswijk als zijn plaatsvervanger.",
        # ggdnog-ab-2023-02-23 (texts189), line 31: the body with its abbreviation in brackets
        "Het algemeen bestuur (AB) heeft het verslag ongewijzigd vastgesteld.",
    ],
)
def test_a_decision_clause_is_read_by_its_frame(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == [("besluit", None, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a long middle field whose participle is not the clause's last word: it goes on
        "Tijdens de ALV is het voorstel van het afdelingsbestuur om deze jaarlijkse "
        "ledenraadpleging af te schaffen, gelet ook op de uitkomsten van de ledenraadpleging "
        "afgelopen zomer, door de aanwezige leden goedgekeurd indien de kas dat toelaat.",
        # a modal before it: not taken yet
        "Vervolgens kan ook onder applaus als vertegenwoordigers van de parochie naar de "
        "landelijke synode een lid van de parochie of van de kerkenraad worden gekozen.",
        # `aangewezen` without `als` names no office
        "Het terrein is door het algemeen bestuur wederom aangewezen voor de nieuwbouw.",
    ],
)
def test_a_look_alike_of_the_frame_decides_nothing(sentence: str) -> None:
    assert _decisions(HEAD + sentence) == []


# ggdnog-ab-2023-02-23 (texts189): a board's page holding the meeting's agenda and, below it,
# the summary of its report; typed an agenda, its outcome told in the perfect tense is taken
GGD_PAGE = """Datum: 23 februari 2023
1. Opening en vaststelling agenda
2. Verslag vergadering d.d. 17 november 2022
· Het algemeen bestuur (AB) heeft het verslag ongewijzigd vastgesteld."""


def test_a_body_s_perfect_tense_adoption_on_an_agenda_is_no_proposal() -> None:
    found = extract_decisions(_document(GGD_PAGE, "agenda"), [{"meeting_id": "m"}])
    assert [(d["text"], d["is_proposal"]) for d in found] == [
        ("Het algemeen bestuur (AB) heeft het verslag ongewijzigd vastgesteld.", False)
    ]


# gmr-ab-terugkoppeling-2022-07-06 (texts185), lines 18-20: a news page's subhead over the
# paragraph that states the decision; groningen-statencie-bf-2010-09-22 (texts189), lines 1
# and 9: a transcription site's title and its `Download "..."` line copy the text's sentence
SUBHEAD_PAGE = """Terugkoppeling algemeen bestuur

Jaarstukken vastgesteld

Op 6 juli zijn de jaarstukken 2021 vastgesteld."""

TRANSCRIBED_PAGE = """De agenda is met deze wijzigingen vastgesteld.

Download "De agenda is met deze wijzigingen vastgesteld."

Transcriptie

1 Samenvattend verslag van de vergadering van de Statencommissie. 2. Vaststelling van de agenda De agenda is met deze wijzigingen vastgesteld."""  # noqa: E501


def test_a_heading_that_sums_up_a_decision_below_it_is_no_second_row() -> None:
    assert [text for _, _, text in _decisions(SUBHEAD_PAGE)] == [
        "Op 6 juli zijn de jaarstukken 2021 vastgesteld."
    ]
    found = extract_decisions(
        {**_document(TRANSCRIBED_PAGE), "title": "De agenda is met deze wijzigingen vastgesteld."},
        [],
    )
    assert [d["text"] for d in found] == ["De agenda is met deze wijzigingen vastgesteld."]
