"""What a decision list's row and field decide, from real texts of web123 and web117: a
portal page that announces its meeting is an agenda (its `besluit:` is the item's standing
proposal), a verdict on the proposal adopts the numbered dicta below it, a dictum's bullets
belong to it, a row that states nothing decided (the diary, who attends) is none, and a
field's or a report's sentence that sets nothing decides nothing."""

from __future__ import annotations

import pytest

from pipeline.bodies import body_as_subject
from pipeline.decisions.registers import _states_outcome
from pipeline.structure import extract_structure
from pipeline.text_release import read_text_release


def _read(text: str) -> tuple[list[str], list[tuple[str | None, bool, str]]]:
    """(doc types, (number, is_proposal, text) of each decision) of a plain-text release."""
    release = read_text_release(text, "d" * 16)
    out = extract_structure(release["structure_pages"], release["documents"])
    decisions = [(d["number"], d["is_proposal"], d["text"]) for d in out["decisions"]]
    return [d["doc_type"] for d in out["documents"]], decisions


# web123 terschelling-raad-2024: a council portal's page of a meeting, each item with its
# standing explanation only; item 8's `besluit:` (lower case, in the item's own text) is the
# standing proposal for the incoming documents, no field the meeting filled in
PORTAL_AGENDA = "\n".join(
    [
        "Gemeenteraad",
        "",
        "woensdag 10 april 2024",
        "",
        "19:30 - 23:00",
        "Locatie",
        "",
        "Raadzaal",
        "",
        "Agendapunten",
        "",
        " 1. 1",
        "",
        "  Belangstellenden zijn van harte welkom de vergadering bij te wonen.",
        "",
        " 2. 3",
        "",
        "  Wilt u het woord voeren, meldt dit voor aanvang van de vergadering aan de griffier.",
        "",
        " 3. 5",
        "",
        "  De vragenronde is bedoeld om vragen te stellen aan portefeuillehouders over "
        "onderwerpen die niet op de agenda zijn geplaatst.",
        "",
        " 4. 8",
        "",
        "  besluit:",
        "",
        "",
        "  · De stukken onder A voor kennisgeving aan te nemen.",
        "  · De stukken onder C te betrekken bij een raadsvoorstel.",
    ]
)


def test_a_portal_page_whose_besluit_is_its_items_own_word_is_an_agenda():
    doc_types, decisions = _read(PORTAL_AGENDA)
    assert doc_types == ["agenda"]
    assert decisions == [
        ("8", True, "De stukken onder A voor kennisgeving aan te nemen."),
        ("8", True, "De stukken onder C te betrekken bij een raadsvoorstel."),
    ]


def test_a_portal_page_with_its_capitalised_field_stays_a_decision_list():
    held = PORTAL_AGENDA.replace("  besluit:\n", "  Besluit\n")
    assert _read(held)[0] == ["decision_list"]


# web123 meppel-bw-2022: one college decision, its verdict on the label, the proposal's
# points below it, two of them with bullets of who replaces whom
VERDICT_OVER_POINTS = "\n".join(
    [
        "Besluiten B&W 31 mei 2022",
        "",
        "Openbare besluitenlijst collegevergadering van burgemeester en wethouders.",
        "",
        " 1. Vaststelling portefeuilleverdeling en onderlinge vervanging voor de "
        "collegeperiode 2022-2026.",
        "",
        "Besluit: akkoord conform voorstel",
        "",
        " 1. De portefeuilleverdeling voor de collegeperiode 2022-2026 vast te stellen "
        "zoals weergegeven in bijlage 1.",
        " 2. Voor wat betreft de vervanging van de burgemeester bij zijn afwezigheid de "
        "volgende aanwijzing te hanteren:",
        "            • 1e loco burgemeester: wethouder de heer K.J. de Vries;",
        "            • 2e loco burgemeester: wethouder de heer R. van Ulzen.",
        " 3. In te stemmen met het voorstel tot benoeming van vertegenwoordigers zoals "
        "neergelegd in bijlage 2;",
        " 4. Het coalitieakkoord als collegeprogramma vast te stellen.",
    ]
)


def test_a_verdict_on_the_proposal_adopts_its_numbered_points_and_their_bullets():
    doc_types, decisions = _read(VERDICT_OVER_POINTS)
    assert doc_types == ["decision_list"]
    assert [(number, text) for number, _, text in decisions] == [
        ("1", "De portefeuilleverdeling voor de collegeperiode 2022-2026 vast te stellen "
              "zoals weergegeven in bijlage 1."),
        ("2", "Voor wat betreft de vervanging van de burgemeester bij zijn afwezigheid de "
              "volgende aanwijzing te hanteren: 1e loco burgemeester: wethouder de heer K.J. "
              "de Vries; 2e loco burgemeester: wethouder de heer R. van Ulzen."),
        ("3", "In te stemmen met het voorstel tot benoeming van vertegenwoordigers zoals "
              "neergelegd in bijlage 2;"),
        ("4", "Het coalitieakkoord als collegeprogramma vast te stellen."),
    ]  # fmt: skip


# web117 borsele-bw-2023: a college's decision list, its advice rows with their verdict,
# then the invitations it answered (the diary): no decisions
DIARY = "\n".join(
    [
        "Besluitenlijst B&W 27 juni 2023",
        "",
        "Aanwezig: Burgemeester Dijksterhuis, wethouders Weststrate, Van de Plasse en Witkam",
        "",
        "1. Opening",
        "",
        "3. Mededelingen:",
        "",
        " • 09.00 – 10.00 uur (max). Digitale presentatie Sardes over onderzoek en "
        "verder proces school- en kinderopvangvoorzieningen.",
        "",
        "4. B&W-adviezen:",
        "",
        " • Z23.030143 Vaststelling gemeentelijke jaarverantwoording kinderopvang 2022. "
        "Wethouder Van de Plasse. Akkoord.",
        " • Z23.029894 Meicirculaire 2023. Wethouder Witkam. Akkoord.",
        "",
        "6. Uitnodigingen:",
        "",
        " • 1 juli Keti Koti herdenking en viering. Geen vertegenwoordiging.",
        " • 4 juli Slaan 1e paal MFA Nieuwdorp. Wethouder Witkam.",
    ]
)


def test_a_decision_lists_diary_rows_state_nothing_decided():
    assert [text for _, _, text in _read(DIARY)[1]] == [
        "Z23.030143 Vaststelling gemeentelijke jaarverantwoording kinderopvang 2022. "
        "Wethouder Van de Plasse. Akkoord.",
        "Z23.029894 Meicirculaire 2023. Wethouder Witkam. Akkoord.",
    ]


@pytest.mark.parametrize(
    ("row", "decides"),
    [
        ("Het tuinpad wordt in mei verhard.", True),  # a cue: what is to be done
        ("Kennisname van de variapunten.", True),  # the act named as a noun
        ("Kennisnemen van het plan van aanpak.", True),  # its infinitive (texts150 drenthe)
        ("De raad te informeren over de vastgestelde portefeuilleverdeling;", True),  # dictum
        ("Gedeputeerde Staten beantwoorden schriftelijk twee vragen.", True),  # the body acts
        ("Wethouder Weststrate is aanwezig tot en met de behandeling van agendapunt 3.", False),
        ("Jo-Annes de Bat bezoekt de volgende bedrijven: SWYCS, Herder en Global.", False),
        ("10 juli Afscheid gedeputeerde Pijpelink. Wethouder Van de Plasse.", False),
    ],
)
def test_a_row_states_something_decided(row: str, decides: bool):
    assert _states_outcome(row) is decides


def test_the_body_as_a_sentences_subject():
    assert body_as_subject("Het college van burgemeester en schepenen maakt de lijst op.")
    assert body_as_subject("De adviesraad Sociaal Domein adviseert positief.")
    assert body_as_subject("12 juli Bijeenkomst Brabantse en Zeeuwse norm.") is None
    assert body_as_subject("Bijeenkomst Brabantse en Zeeuwse norm.") is None  # a meeting


# web123 westerkwartier-raad-2024: a `Besluit` field that reports the opening of the
# meeting, who joins late and who leaves early, and item 2's field that decides
FIELD_REPORT = "\n".join(
    [
        "Raadsvergadering",
        "",
        "woensdag 10 juli 2024",
        "",
        "10:00 - 18:00",
        "",
        "Agendapunten",
        "",
        " 1. 1",
        "",
        "  Besluit",
        "",
        "  De voorzitter opent de vergadering om 10:00 uur en heet iedereen van harte welkom.",
        "  De heer Geert de Jong (VZ Westerkwartier) zal later op de middag aanschuiven "
        "en mevrouw Geertje Dijkstra (Lijst Dijkstra) zal de vergadering eerder verlaten.",
        "",
        " 2. 2",
        "",
        "  Besluit",
        "",
        "  De agenda is ongewijzigd vastgesteld.",
    ]
)


def test_a_fields_sentence_that_sets_nothing_decides_nothing():
    doc_types, decisions = _read(FIELD_REPORT)
    assert doc_types == ["decision_list"]
    assert decisions == [("2", False, "De agenda is ongewijzigd vastgesteld.")]


# web123 vlieland-raad-2022-09: a local report of a council meeting
REPORT = "\n".join(
    [
        "Maandagavond 12 september was de eerste raadsvergadering na het zomerreces.",
        "",
        "Vaststellen Raadsbreed Akkoord 2022-2026",
        "",
        "Vervolgens stond het vaststellen van het Raadsbreed Akkoord op de agenda. Alle "
        "fracties waren het er over eens blij te zijn met het akkoord dat er nu ligt. "
        "Unaniem werd dan ook besloten het Raadsbreed Akkoord vast te stellen.",
    ]
)


def test_an_opinion_shared_is_no_decision():
    assert [text for _, _, text in _read(REPORT)[1]] == [
        "Unaniem werd dan ook besloten het Raadsbreed Akkoord vast te stellen.",
    ]
