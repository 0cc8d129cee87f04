"""A page of outcomes that prints each item with the outcome of its vote beside it, not in a
sentence: a motion named with its outcome in brackets or after a colon (also inside the run-on
contents line of old minutes), and a listed item with its outcome and its share or count. Each
is a decision of the meeting (`_printed_outcomes`). The texts quote real lines of the
development texts (webprobe); the negatives are written for the test."""

from __future__ import annotations

import pytest

from tests.test_decisions_headings import _decisions

# zaltbommel-gemeenteraad-uitkomsten-2021-06-10 (texts276, round BA), lines 3-13
ZALTBOMMEL = (
    "Tijdens de afgelopen vergadering heeft de gemeenteraad unaniem ingestemd met de "
    "voorliggende hamerstukken.\n"
    "- Instandhoudingsinvestering voetbal en scholen Brakel (20 stemmen voor)\n"
    "- Evaluatie beleid huisvesting arbeidsmigranten (18 stemmen voor)\n"
    "De volgende moties en amendementen zijn in de raad behandeld:\n"
    "- Motie van treurnis over MFA (verworpen, 4 stemmen voor)\n"
    "- Motie maximum locaties huisvesting arbeidsmigranten (aangenomen, 18 voor)\n"
)

# vng-balv-uitslagen-stemmingen-2021-02-12 (texts271, round AZ), lines 4-8 and 18-21
VNG = (
    "Onderstaande agendapunten zijn vastgesteld:\n"
    "• 6. Verantwoording uitvoering moties eerdere ALV-en: aangenomen met 100%\n"
    "• 6a. Bestuursvoorstel Kwijtschelding gemeentelijke vorderingen gedupeerde ouders "
    "kinderopvangtoeslagaffaire: aangenomen met 97,88%\n"
    "• 7. Resolutie VNG-inzet kabinetsformatie: aangenomen met 100%\n\n"
    "Onderstaand vindt u de uitslagen van de stemmingen over alle moties.\n"
    "• Motie Zoetermeer Raden in Verzet - gemeenten-in-nood-fonds: afgewezen met 68,46%\n"
)

# drenthe-ps-2003-12-17 (texts174, round AE), line 15, cut: the contents of the minutes
DRENTHE_2003 = (
    "2 INHOUD Opening 2 Mededelingen 2 Ingekomen stukken 2 Vaststelling van de agenda 2 "
    "Mondelinge vragen 4 Voorstellen 5 - Motie A (aangenomen) 9 Rapport Onderzoekscommissie "
    "NNBT 10 - Motie B (verworpen) 20 - Amendement C (verworpen) 23 - Motie D (verworpen) 30 "
    "Sluiting 61"
)

# drenthe-ps-2006-04-26 (texts201, round AK), line 12, cut
DRENTHE_2006 = (
    "7 Statenstuk : 4e wijziging Begroting Motie vreemd aan de orde van de vergadering van de "
    "fractie van de VVD 7 Motie M1: aangenomen 8 Sluiting 9 26 april"
)


def _texts(text: str) -> list[str]:
    return [found for kind, _, found in _decisions(text) if kind == "besluit"]


def test_listed_items_with_their_votes_and_motions_with_their_outcomes():
    assert _texts(ZALTBOMMEL) == [
        "Instandhoudingsinvestering voetbal en scholen Brakel (20 stemmen voor)",
        "Evaluatie beleid huisvesting arbeidsmigranten (18 stemmen voor)",
        "Motie van treurnis over MFA (verworpen, 4 stemmen voor)",
        "Motie maximum locaties huisvesting arbeidsmigranten (aangenomen, 18 voor)",
    ]


def test_listed_items_with_their_share_lose_bullet_and_number():
    assert [(n, t) for k, n, t in _decisions(VNG) if k == "besluit"] == [
        ("6", "Verantwoording uitvoering moties eerdere ALV-en: aangenomen met 100%"),
        (
            "6a",
            "Bestuursvoorstel Kwijtschelding gemeentelijke vorderingen gedupeerde ouders "
            "kinderopvangtoeslagaffaire: aangenomen met 97,88%",
        ),
        ("7", "Resolutie VNG-inzet kabinetsformatie: aangenomen met 100%"),
        (None, "Motie Zoetermeer Raden in Verzet - gemeenten-in-nood-fonds: afgewezen met 68,46%"),
    ]


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        (
            DRENTHE_2003,
            [
                "Motie A (aangenomen)",
                "Motie B (verworpen)",
                "Amendement C (verworpen)",
                "Motie D (verworpen)",
            ],
        ),
        (DRENTHE_2006, ["Motie M1: aangenomen"]),
    ],
)
def test_motions_with_their_outcomes_in_a_run_on_contents_line(text: str, decisions: list[str]):
    assert _texts(text) == decisions


@pytest.mark.parametrize(
    "text",
    [
        "- Motie over het dierenasiel (ingetrokken)",
        "De motie van de VVD wordt morgen in stemming gebracht.",
        "- Stemmende leden: 34",
        "- Begroting 2022 (zie bijlage 3)",
        "- Jaarverslag 2021 (20 pagina's)",
    ],
)
def test_an_item_without_its_votes_outcome_is_no_decision(text: str):
    assert _texts(text) == []
