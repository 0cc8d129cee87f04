"""A further decision a paragraph adds to the one it states, by a connective of addition
with the auxiliary before its subject (`Ook hebben Provinciale Staten ... vastgesteld.`,
`Bovendien zijn zij akkoord met ...`, `Daarnaast heeft het bestuur een ... opdracht gegeven`):
the row it sits in was kept whole as one decision, and a news item's lede was read alone, so
the second decision was lost (decmiss3, class fn C: rounds AI, AK, AM). Each text quotes
real lines of the development texts (webprobe)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

# groningen-ps-besluiten-2017-11-15 (texts192), lines 1-3 (line 3 cut after its third sentence)
GRONINGEN_FIRST = (
    "Provinciale Staten hebben de Begroting 2018 en 6e wijziging Begroting 2017 vastgesteld."
)
GRONINGEN_ADDED = (
    "Ook hebben Provinciale Staten, in het kader van de actualisatie, de door het college van "
    "Gedeputeerde Staten voorgestelde wijzigingen in de Omgevingsvisie provincie Groningen "
    "2016-2020 en de Omgevingsverordening provincie Groningen 2016 vastgesteld."
)
GRONINGEN = (
    "Besluiten Provinciale Staten 15 november 2017\n\n"
    f"{GRONINGEN_FIRST} {GRONINGEN_ADDED} Verder hebben Provinciale Staten gesproken over de "
    "mogelijke gaswinning boven Schiermonnikoog/Rottumeroog.\n"
)

# wshd-collegebesluiten-2017-04-25 (texts208), lines 1-9 (line 9 cut after its third sentence)
WSHD_FIRST = (
    "Het college heeft € 308.000 ter beschikking gesteld voor de aanleg van 580 meter "
    "natuurvriendelijke oever bij Meer en Oude Mol in Strijensas."
)
WSHD_ADDED = (
    "Bovendien zijn zij akkoord met de aanleg van 120 meter natuurvriendelijke oever bij de "
    "Strijense haven."
)
WSHD = (
    "Collegebesluiten 25 april 2017\n\n"
    "D&H hebben op 25 april 2017 onder meer het volgende besloten:\n\n"
    "Aanleg natuurvriendelijke oevers in Strijensas\n\n"
    f"{WSHD_FIRST} {WSHD_ADDED} Door flauw aflopende oevers aan te leggen, creëren we een "
    "leefomgeving voor een grotere variëteit aan waterdieren en –planten.\n"
)

# vrzw-ab-ontwerpbegroting-jaarstukken-2019-04-10 (texts200), lines 1-8 (line 8 cut)
VRZW_LEDE = (
    "Het Algemeen Bestuur van Veiligheidsregio Zaanstreek-Waterland heeft de "
    "Ontwerpbegroting 2020 en de Voorlopige Jaarstukken 2018 voorlopig vastgesteld."
)
VRZW_ADDED = (
    "Daarnaast heeft het bestuur een bezuinigingsopdracht gegeven om te komen tot een "
    "structurele bezuiniging van € 1 miljoen per 2021."
)
VRZW = (
    "Algemeen Bestuur stelt de Ontwerpbegroting 2020 en de Voorlopige Jaarstukken 2018 "
    "voorlopig vast\n\nwoensdag 10 april 2019 om 16:11\n"
    "Laatste update: woensdag 10 april 2019 om 17:02\n\n" + VRZW_LEDE + "\n\n"
    "Definitieve vaststelling vindt plaats op 24 juni 2019. " + VRZW_ADDED + "\n"
)

# gelderland-gs-besluitenlijst-2021-05-18 (texts215), line 37: `Ook` with no decision
GELDERLAND = (
    "De zeven Gelderse omgevingsdiensten hebben hun begroting 2022 vastgesteld. Ook hebben "
    "drie omgevingsdiensten wijzigingen op hun begroting 2021 ingediend."
)


def test_a_body_named_bare_after_ook_in_a_decision_list() -> None:
    texts = [text for _, _, text in _decisions(GRONINGEN, "decision_list")]
    assert texts[:2] == [GRONINGEN_FIRST, GRONINGEN_ADDED]
    assert not any(text.startswith("Verder") for text in texts)  # a talk, no decision


def test_a_pronoun_after_bovendien_in_a_register_row() -> None:
    texts = [text for _, _, text in _decisions(WSHD, "decision_list")]
    assert WSHD_ADDED in texts
    assert any(text.startswith(WSHD_FIRST) for text in texts)


def test_a_later_paragraph_of_a_news_item_adds_to_its_lede() -> None:
    assert _decisions(VRZW, "other") == [
        ("besluit", None, VRZW_LEDE),
        ("besluit", None, VRZW_ADDED),
    ]


def test_an_added_sentence_that_decides_nothing_is_no_decision() -> None:
    from pipeline.decisions.rules import _rules

    assert not _rules()["added_decision"].match(GELDERLAND.split(". ", 1)[1])
