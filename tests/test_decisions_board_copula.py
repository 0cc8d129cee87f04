"""An election told as a plain copula in minutes (decTasks63): the office marked as just
filled (`gekozen`, `nieuwe`, the Frisian `nije`) or by the year it is filled for, the person
named after it, or the person first. The lines are real: klimop-diksmuide-schoolraad-2017-06-16
(texts209, AM), ossenzijl-pbo-ledenvergadering-2012-11-12 (texts242, AT),
ijlst-iisklup-ledefergadering-2010-11-25 (texts302, BG). In minutes each is the meeting's
choice (tests/gold/README.md rule 18); an office stated without the mark names who holds it
(gemeenteraad-ngsta-1939-06-23, texts307, over who attended), and in another text the same
sentence states a fact."""

from __future__ import annotations

import pytest

from tests.test_decisions_headings import _decisions

HEAD = "Notulen algemene ledenvergadering\nDatum: 9 maart 2024\n\n1. Verkiezingen\n"


@pytest.mark.parametrize(
    ("line", "elected"),
    [
        # klimop-diksmuide-schoolraad-2017-06-16 (AM), line 21
        (
            "De gekozen voorzitter is Toon Spruytte. De plaatsvervangende voorzitter is "
            "Jozef Boone",
            "De gekozen voorzitter is Toon Spruytte.",
        ),
        # klimop-diksmuide-schoolraad-2017-06-16 (AM), line 23
        (
            "De gekozen secretaris is Anneke De Saeger. De plaatsvervangende verslaggever is "
            "Thijs Desender",
            "De gekozen secretaris is Anneke De Saeger.",
        ),
        # ossenzijl-pbo-ledenvergadering-2012-11-12 (AT), line 51
        (
            "Kascommissie heeft gecontroleerd en de kas is in orde bevonden. Kascommissie voor "
            "2013 zijn Lucette Oosterkamp en Henk Mulder. Aaldert Limburg wordt bedankt voor "
            "zijn inzet.",
            "Kascommissie voor 2013 zijn Lucette Oosterkamp en Henk Mulder.",
        ),
        # ijlst-iisklup-ledefergadering-2010-11-25 (BG), line 35
        ("Ykje Wiersma is de nije ponghâlder.", "Ykje Wiersma is de nije ponghâlder."),
    ],
)
def test_an_election_told_as_a_copula_in_minutes(line: str, elected: str):
    assert ("besluit", None, elected) in _decisions(HEAD + line)


@pytest.mark.parametrize("doc_type", ["other", "report"])
def test_the_copula_outside_minutes_states_a_fact(doc_type: str):
    assert _decisions(HEAD + "De gekozen voorzitter is Toon Spruytte.", doc_type) == []


@pytest.mark.parametrize(
    "line",
    [
        # gemeenteraad-ngsta-1939-06-23 (BG): who chaired, among those present
        "Voorzitter is P.J. Jansen, Burgemeester.",
        "De plaatsvervangende voorzitter is Jozef Boone",
        "Jan de Vries is de nieuwe wethouder van de gemeente.",
    ],
)
def test_an_office_without_the_mark_of_an_election_is_none(line: str):
    assert _decisions(HEAD + line) == []
