"""Minutes as their PDF wraps them: a line whose line above ends in a function word goes on
with that sentence, also over a capital, and opens no decision of its own. The text quotes
vijfhoek-wijkraad-2016-11-07 (texts205, line 19) as `web_render_eval.py --wrapped` wraps it."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

HEAD = "Notulen van de Wijkraadsvergadering op 7 november 2016\n\n"


def test_a_wrapped_line_after_a_function_word_opens_no_decision() -> None:
    text = (
        "Ferdinand meldt dat er een handige Gemeente app is. Arjan doet de suggestie dit naar\n"
        "Ingrid Hamer te mailen.\n"
    )
    assert _decisions(HEAD + text) == []


def test_a_line_after_a_finished_sentence_still_opens_one() -> None:
    text = "Ferdinand meldt dat er een handige Gemeente app is.\nIngrid Hamer mailt de app.\n"
    assert _decisions(HEAD + text) == [("actie", None, "Ingrid Hamer mailt de app.")]


def test_a_formula_read_on_into_the_next_line_opens_no_wrapped_line() -> None:
    # logius-tag-adr-2023-04-13 (texts164, line 91), as the PDF wraps it: the sentence that
    # tells the decision began on the line above, which reports it; its tail opens none
    text = (
        "Aan de deelnemers wordt toegelicht dat er in overleg binnen het kennisplatform is\n"
        "besloten om de nummering van Design rules in het vervolg weg te laten. De\n"
        "omnummering zoals dit is genoemd wordt nemen we mee in scope voor de volgende\n"
        "versie van de ADR.\n"
    )
    assert _decisions(HEAD + text) == []


def test_a_formula_read_on_into_the_next_line_still_opens_a_line_of_its_own() -> None:
    text = "Het verslag van 12 maart wordt\nongewijzigd vastgesteld.\n"
    assert _decisions(HEAD + text) == [
        ("besluit", None, "Het verslag van 12 maart wordt ongewijzigd vastgesteld.")
    ]


def test_a_wrapped_line_carries_the_formula_of_a_sentence_begun_above() -> None:
    # oudturnhout-gemeenteraad-verslag-2010-04-15 (texts204, line 2), a page on one line as
    # the PDF wraps it: the sentence opens with its last word `De` on the line above
    text = (
        "de Kerkfabriek Sint-Antonius-Abt. De- ze rekening is volledig conform het budget"
        " 2009. De\n"
        "jaarrekening 2009 van de kerkfabriek Sint-Antonius-Abt wordt unaniem gunstig\n"
        "geadviseerd.\n"
    )
    found = [row[2] for row in _decisions(HEAD + text)]
    assert found == [
        "jaarrekening 2009 van de kerkfabriek Sint-Antonius-Abt wordt unaniem gunstig geadviseerd."
    ]


def test_a_wrapped_line_carries_the_formula_of_a_main_clause_begun_above() -> None:
    # hogeland-adviesraad-2018-02-23 (texts205, line 13) as the PDF wraps it: the clause
    # after `, maar` opens on the line above and takes its task below
    text = (
        "We zoeken daarmee een nieuwe secretaris, op korte termijn uit onze achterban, maar voor\n"
        "de lange termijn gaan we een vacature advertentie opstellen voor een algemene\n"
        "publicatie.\n"
    )
    found = [row[:2] for row in _decisions(HEAD + text)]
    assert found == [("actie", None)]
