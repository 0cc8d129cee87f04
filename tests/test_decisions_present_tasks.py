"""A task told in the present with its owner named first: a separable verb with its object
between (`vraagt dit na`, `voert ... door`, `zet ... op de website`), `zorgt hiervoor`, and
talking a matter over with someone (`overlegt met`, `praat met`), as minutes of clubs and
village councils write their action points (`task_verb`). Real lines of
raerderhiem-oudervereniging-2017-02-13 (texts252, AV), heeg-plaatselijk-belang-2014-03-24
(texts209, AM), zeus-bv-2017-10-02 (texts175, AF) and
vortum-mullem-dorpsraad-2012-02-06 (texts247, AU), set under a minutes' head."""

from __future__ import annotations

from functools import partial

from tests.test_decisions_headings import _found_under

HEAD = "Verslag vergadering Dorpsraad Ons Dorp\nDatum: 9 maart 2024\n\n"

_found = partial(_found_under, HEAD)


def _tasks(text: str) -> list[str]:
    return [found for kind, found in _found(text) if kind == "actie"]


def test_a_separable_verb_with_its_object_between_sets_a_task():
    # raerderhiem-oudervereniging-2017-02-13 lines 25-26 (AV)
    line = (
        "• Notulen 24 oktober: Het bedrag voor het hekwerk is nog niet duidelijk. Herkomst van "
        "het bedrag en welk gedeelte is betaald niet inzichtelijk. Harmke vraagt dit na bij Ralph."
    )
    assert _tasks(f"2. Notulen\n\n{line}") == ["Harmke vraagt dit na bij Ralph."]
    line = (
        "• Notulen jaarvergadering: Alleen het stuk van de OV is uiteraard genotuleerd. Sonja "
        "voert nog als wijziging door dat Hannie Galama en Karin Tijssen zitting hebben in de "
        "kascommissie."
    )
    assert _tasks(f"2. Notulen\n\n{line}") == [
        "Sonja voert nog als wijziging door dat Hannie Galama en Karin Tijssen zitting hebben "
        "in de kascommissie."
    ]


def test_a_task_put_on_the_website_sets_a_task():
    # vortum-mullem-dorpsraad-2012-02-06 line 21 (AU)
    line = (
        "a. Er is een brief binnengekomen van de RMD over een nationale opschoondag. "
        "Jos zet deze info verkort op de website"
    )
    assert _tasks(f"4. Ingekomen post en mededelingen\n{line}") == [
        "Jos zet deze info verkort op de website"
    ]


def test_seeing_to_it_and_arranging_with_someone_set_tasks():
    # raerderhiem line 47 (AV), heeg-plaatselijk-belang line 11 (AM)
    line = (
        "• Binnenkort worden de bijdrages voor het schoolreisje verstuurd. OV ontvangt graag "
        "een begroting van school. Minke zorgt hiervoor."
    )
    assert _tasks(f"5. Financiën\n\n{line}") == ["Minke zorgt hiervoor."]
    line = (
        "Grondstoffen rotonde, aandacht vanuit de gemeente en Lucie gewenst. "
        "Marijke overlegt met Lucie."
    )
    assert _tasks(f"3. Rondvraag\n\n{line}") == ["Marijke overlegt met Lucie."]


def test_a_verb_that_does_not_set_a_task_stays_out():
    """`zet zich in`, and what a club holds (`organiseert`, zwijndrecht-cbs-toelating-
    biljartclub-2022, texts221) are no tasks of the meeting's members."""
    assert _tasks("3. Rondvraag\n\nJan zet zich in voor de website van de club.") == []
    text = (
        "Biljartclub Trefpunt organiseert van vrijdag 2 september tot en met donderdag 29 "
        "september 2022 een biljartkampioenschap vrij spel in Café De Wachtzaal, Dorpstraat "
        "119 in Burcht."
    )
    assert _tasks(f"3. Rondvraag\n\n{text}") == []
