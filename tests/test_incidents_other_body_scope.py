"""A count whose clause names another body or a unit of another organisation as its subject
carries that body as scope (gold rules 1 and 3): `De KMar meldt naast 890 klachten`
(defensie-burgerbrieven-2016, web202, round AL), `behandelde de dienst Klantenmanagement van
Politiezone Antwerpen 686 klachten` and `Het Vraag- en Meldpunt van het Stedelijk Onderwijs
Antwerpen werd 215 keer bevraagd` (antwerpen-ombudsvrouw-jaarverslag-2022, web214, round AO).
The text's own body, named in its first lines, keeps no scope."""

from __future__ import annotations

from tests.incident_facts import text_facts


def _scopes(text: str, value: float) -> set:
    """The scopes, casefolded, of the figures of `value` a news item states."""
    facts = text_facts(text, "other", casefold_scope=True)
    return {f[5] for f in facts if f[3] == value}


def test_another_body_as_the_subject_of_its_count_is_its_scope():
    text = (
        "Klachtbehandeling Defensie 2016\n\n"
        "In 2016 ontving Defensie 933 klachten. "
        "De KMar meldt naast 890 klachten ook 6 complimenten."  # defensie-burgerbrieven-2016
    )
    assert _scopes(text, 890) == {"kmar"}


def test_a_unit_of_another_organisation_takes_that_organisation():
    text = (
        "Ombudsvrouw stelt jaarverslag 2022 voor\n\n"
        "In 2022 behandelde de dienst Klantenmanagement van Politiezone Antwerpen 686 "
        "klachten, waarvan 115 dossiers na onderzoek gegrond bleken."  # antwerpen, web214
    )
    assert _scopes(text, 686) == {"politiezone antwerpen"}


def test_the_texts_own_body_as_subject_keeps_no_scope():
    text = (
        "De Kustwacht telde meer incidenten op zee\n\n"
        "De Kustwacht telde vorig jaar 1.615 incidenten op het water in 2016."
    )
    assert _scopes(text, 1615) <= {None}
