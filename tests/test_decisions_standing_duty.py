"""A sentence that names a body's standing duty by the words of a duty (`is belast met`,
`ziet toe op`, `een van de taken van`) tells how the body works, it takes no decision
(decDev): the boilerplate at the head of Waterschap Rivierenland's feedback on its executive's
meetings (rivierenland-cdh-terugkoppeling-2019-07-16, texts231, AR; 2019-08-20, texts246, AU)
and a church council's minutes on its new way of working (pg-dinxperlo-kerkenraad-2016-05-25,
texts182, AG). The lines are real; the decision beside them stays."""

from __future__ import annotations

from functools import partial

from tests.test_decisions_headings import _found_under

_found = partial(_found_under, "")

RIVIERENLAND = (
    "Het CDH is het dagelijks bestuur van het waterschap en is belast met de dagelijkse gang "
    "van zaken voornamelijk op basis van door het algemeen bestuur vastgesteld beleid.\n"
    "Iedere veertien dagen vergadert het dagelijks bestuur.\n\n"
    "In de vergadering van 16 juli 2019 zijn de volgende besluiten genomen.\n\n"
    "Voorstel:\n\n"
    "Actualisatie samenwerkingsovereenkomst Water en Groen tussen Waterschap Rivierenland en "
    "Provincie Zuid-Holland.\n\n"
    "Besluit:\n\n"
    "Het CDH stemt in met de geactualiseerde samenwerkingsovereenkomst Water en Groen tussen "
    "Waterschap Rivierenland en Provincie Zuid Holland.\n"
)

DINXPERLO = (
    "Notulen kerkenraadsvergadering 25 mei 2016\n\n"
    "2. Vergaderstructuur\n"
    "Een en ander brengt ook een grotere vergaderdiscipline met zich mee. De taken en "
    "bevoegdheden voor de colleges en de werkgroepen vloeien voort uit het werkplan en de "
    "begroting. Zij moeten ook een betere samenhang krijgen. De kerkenraad keurt werk- en "
    "beleidsplannen goed en ziet toe op de juiste uitvoering.\n"
)


def test_a_body_charged_with_its_duty_decides_nothing():
    texts = [t for _, t in _found(RIVIERENLAND)]
    assert not any("belast met" in t for t in texts)
    assert any(t.startswith("Het CDH stemt in met") for t in texts)


def test_a_council_that_oversees_as_a_rule_decides_nothing():
    assert [t for _, t in _found(DINXPERLO) if "ziet toe op" in t] == []


def test_a_duty_told_as_a_decision_without_its_words_stays():
    found = _found(
        "Notulen bestuursvergadering 3 maart 2024\n\n"
        "4. Plannen\nDe kerkenraad keurt het werkplan goed.\n"
    )
    assert [k for k, _ in found] == ["besluit"]
