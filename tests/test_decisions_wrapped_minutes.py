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
