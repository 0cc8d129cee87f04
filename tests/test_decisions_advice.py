"""Decisions of advisory councils, released mails and member news: an advice label over a
telegram clause (`Advies: aan laten staan.`), advice passed, a decision named as a noun
(`is ... het besluit genomen om`), a vote's outcome, discharge (`kwijting`), and what
decides nothing: a decision restated, a cue cut off, a clause inside a condition, a decision
taken meanwhile elsewhere (`inmiddels`)."""

from __future__ import annotations

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

ADVICE_MAIL = """Van: Team Digitaal
Onderwerp: stand van zaken cookies

Analytics cookie(s)

Doel is het meten van bezoek. Bezoekers merken hier niets van.

Advies: aan laten staan. Risico voor bezoekers is klein.

Chat cookie(s)

Advies: Uit zetten in overleg met de klantenservice.

Advies: een bericht waarin we de melders informeren.
"""


def test_an_advice_label_over_a_clause_that_opens_with_its_verb_is_a_proposal():
    found = extract_decisions(_document(ADVICE_MAIL, "email"), [])
    assert [(d["kind"], d["is_proposal"], d["text"].split(".")[0]) for d in found] == [
        ("besluit", True, "aan laten staan"),
        ("besluit", True, "Uit zetten in overleg met de klantenservice"),
    ]


def test_an_advice_label_over_a_noun_phrase_is_a_title():
    text = "Verslag milieuraad\n\nAdvies: belasting op het ophalen van huishoudelijk afval\n"
    assert _decisions(text) == []


ADVISORY_COUNCIL = """Verslag milieuraad 6 april 2000

Voorstel tot advies "parkeerbeleid herbekijken"

een nieuw advies werd uitgebracht

Bij hoogdringendheid heeft het dagelijks bestuur een advies uitgebracht

Kasverslag 2007

Het kasverslag wordt goedgekeurd. Revisor Jan Peeters geeft kwijting aan de penningmeester.

Het voorstel tot een rookverbod op het terras haalde de vereiste meerderheid niet.

O.b.v. advies van de jurist is door de directie het besluit genomen om de zaken af te sluiten.
Dit besluit is door de raad bekrachtigd op 27/6/23.

Het jaarplan is inmiddels goedgekeurd in de gemeenteraad.

In de bestuursvergadering hebben we ingestemd met het concept verslag.

De heer Peeters heeft de taak op zich genomen om de vragenlijst te herwerken.

Aan de raad wordt gevraagd de notulen van de vorige zitting goed te keuren.

Als er geen opmerkingen zijn over de notulen en het verslag van de vorige vergadering worden \
de notulen als goedgekeurd beschouwd.

Besloten wordt"""


def test_advice_passed_a_vote_discharge_and_a_decision_named_as_a_noun():
    assert _decisions(ADVISORY_COUNCIL) == [
        ("besluit", None, "een nieuw advies werd uitgebracht"),
        ("besluit", None, "Het kasverslag wordt goedgekeurd."),
        ("besluit", None, "Revisor Jan Peeters geeft kwijting aan de penningmeester."),
        ("besluit", None, "Het voorstel tot een rookverbod op het terras haalde de vereiste "
         "meerderheid niet."),
        ("besluit", None, "O.b.v. advies van de jurist is door de directie het besluit genomen "
         "om de zaken af te sluiten."),
        ("besluit", None, "In de bestuursvergadering hebben we ingestemd met het concept "
         "verslag."),
        ("actie", None, "De heer Peeters heeft de taak op zich genomen om de vragenlijst te "
         "herwerken."),
        ("besluit", None, "Aan de raad wordt gevraagd de notulen van de vorige zitting goed "
         "te keuren."),
    ]  # fmt: skip


def test_a_proposal_put_to_the_council_opens_with_aan():
    text = "Notulen gemeenteraad\nAan de raad wordt gevraagd het reglement goed te keuren.\n"
    found = extract_decisions(_document(text, "minutes"), [])
    assert [(d["kind"], d["is_proposal"]) for d in found] == [("besluit", True)]
    # the members of a council, asked to give their approval (a Flemish agenda's wording)
    text = (
        "Notulen politieraad\n 2. Fusie politiezones\n  Aan de leden van de politieraad wordt "
        "gevraagd de definitieve goedkeuring te hechten aan de fusie van de politiezones.\n"
    )
    found = extract_decisions(_document(text, "minutes"), [])
    assert [(d["kind"], d["is_proposal"]) for d in found] == [("besluit", True)]


STATEN_REGISTER = """Besluiten Provinciale Staten 10 maart 2016

Provinciale Staten hebben tijdens de Statenvergadering ingestemd met drie hamerstukken. \
Mevrouw Pieters (CDA) is geïnstalleerd als lid van Provinciale Staten. Zij volgt hiermee de \
heer Dekker op."""


def test_a_register_row_that_writes_its_decisions_as_sentences_is_one_per_sentence():
    assert _decisions(STATEN_REGISTER, "decision_list") == [
        ("besluit", None, "Provinciale Staten hebben tijdens de Statenvergadering ingestemd "
         "met drie hamerstukken."),
        ("besluit", None, "Mevrouw Pieters (CDA) is geïnstalleerd als lid van Provinciale "
         "Staten."),
    ]  # fmt: skip


def test_a_register_row_with_its_decision_and_background_stays_whole():
    text = (
        "GS-besluitenlijst 4 juni 2019\n\n"
        "Gedeputeerde Staten hebben besloten de vergunning in te trekken. De rechter heeft het "
        "beroep gegrond verklaard. De provincie volgt die uitspraak. De overige vergunningen "
        "zijn verleend tot 1 januari 2023.\n"
    )
    found = _decisions(text, "decision_list")
    assert len(found) == 1 and found[0][2].startswith("Gedeputeerde Staten hebben besloten")


def test_a_register_row_with_one_decision_stays_whole():
    text = (
        "Besluiten college 4 april 2023\n\n"
        "Het college stemt in met de subsidieregeling. De regeling geldt vanaf 1 mei.\n"
    )
    assert _decisions(text, "decision_list") == [
        ("besluit", None, "Het college stemt in met de subsidieregeling. De regeling geldt "
         "vanaf 1 mei."),
    ]  # fmt: skip


def test_a_decision_after_a_sentence_with_a_condition_on_its_line_is_read():
    text = (
        "Notulen ledenvergadering\n"
        "Als een lid stopt is daar weinig aan te doen. Voor de rest geen opmerkingen en "
        "worden de notulen door de vergadering akkoord bevonden.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "Voor de rest geen opmerkingen en worden de notulen door de "
         "vergadering akkoord bevonden."),
    ]  # fmt: skip


def test_the_members_fee_kept_raised_or_lowered_is_a_decision():
    text = (
        "Notulen jaarvergadering\n\n"
        "De voorzitter opent de vergadering.\n"
        "a) Het verslag wordt goedgekeurd.\n"
        "b) De contributie blijft € 12.\n"
        "De contributie stijgt in 2024 niet.\n"
        "De contributie blijft achter bij de begroting.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "Het verslag wordt goedgekeurd."),
        ("besluit", None, "De contributie blijft € 12."),
        ("besluit", None, "De contributie stijgt in 2024 niet."),
    ]


COUNCIL_PAGE_VOTE = """Raadsvergadering maandag 3 juli 2023

 1. 1
  Opening
 2. 4.1

  Het bestemmingsplan Centrum is het resultaat van een lang traject met bewoners en \
ondernemers in het centrum. Het plan regelt de bouwhoogtes en het groen.

  Het plan is opgesteld in overleg met alle partijen.

  Stemuitslag

  voor 80%
  tegen 20%
"""

COUNCIL_PAGE_VERDICT = """Gemeenteraad op 5-4-2022

Locatie Raadzaal

Na de verkiezingen treedt een nieuwe raad aan. De commissie onderzoekt de geloofsbrieven en \
rapporteert aan de raad over de toelating van de nieuwe leden.

Vastgesteld

Stemmende leden: 31 Stemverhouding: met algemene stemmen vastgesteld.
"""


def test_an_items_introduction_above_its_vote_is_no_decision_the_vote_is():
    assert _decisions(COUNCIL_PAGE_VOTE, "decision_list") == [("besluit", "4.1", "voor 80%")]


def test_a_verdict_below_a_row_decides_it_and_the_tally_repeats_it():
    found = _decisions(COUNCIL_PAGE_VERDICT, "decision_list")
    assert [(kind, text.rsplit(": ", 1)[-1]) for kind, _, text in found] == [
        ("besluit", "Vastgesteld")
    ]


def test_a_proposal_put_to_the_council_with_its_infinitive_right_after_it():
    text = (
        "Notulen gemeenteraad\n"
        "De raad wordt voorgesteld te oordelen dat de verkiezingen rechtmatig zijn verlopen.\n"
    )
    found = extract_decisions(_document(text, "minutes"), [])
    assert [(d["kind"], d["is_proposal"]) for d in found] == [("besluit", True)]


def test_a_telegram_verdict_is_a_line_of_its_own_not_the_wrap_of_one_above():
    text = (
        "Verslag technisch overleg\n\n"
        "### Mededelingen\n\n"
        "- Besluit tot vaststelling van versie 2.0 is in de landelijke\n"
        "Programmeringstafel d.d. 14-2-24 goedgekeurd en gaat door naar de raad.\n\n"
        "Jaarplanning 2024 ongewijzigd vastgesteld.\n"
    )
    assert _decisions(text) == [("besluit", None, "Jaarplanning 2024 ongewijzigd vastgesteld.")]


def _register_texts(text: str) -> list[str]:
    return [d[2] for d in _decisions(text, "decision_list")]


def test_a_decision_lists_rows_start_at_the_sentence_that_announces_them():
    for lead_in in (
        "Op de ledenvergadering zijn de volgende besluiten genomen.",
        "De volgende besluiten werden genomen.",
        "Het bestuur nam de volgende besluiten.",
    ):
        text = (
            "Kort verslag jaarvergadering\n\n"
            "Op 4 maart kwam de vereniging bijeen in het dorpshuis. Door de griep was het een "
            "kleine groep.\n\n"
            "De stukken zijn vooraf aan de leden gestuurd, zodat vragen schriftelijk konden.\n\n"
            f"{lead_in} De begroting 2025 wordt unaniem vastgesteld. Het jaarverslag wordt "
            "met een stem tegen goedgekeurd.\n"
        )
        assert _register_texts(text) == [
            "De begroting 2025 wordt unaniem vastgesteld.",
            "Het jaarverslag wordt met een stem tegen goedgekeurd.",
        ], lead_in


def test_a_row_that_points_the_reader_to_a_document_decides_nothing():
    for pointer in (
        "Het jaarverslag over 2023 kunt u hier vinden.",
        "De notulen zijn hier te vinden.",
        "De meerjarenraming vindt u op de website.",
        "Voor de beantwoording verwijzen wij u naar het actuele overzicht.",
    ):
        text = (
            "Besluitenlijst dagelijks bestuur 3 april 2024\n\n"
            "Het dagelijks bestuur stelt de kadernota vast.\n\n"
            f"{pointer}\n"
        )
        assert _register_texts(text) == ["Het dagelijks bestuur stelt de kadernota vast."]


def test_a_row_that_decides_and_points_to_its_document_stays():
    text = (
        "Besluitenlijst dagelijks bestuur 3 april 2024\n\n"
        "Het dagelijks bestuur stelt de kadernota vast. De kadernota vindt u hier.\n"
    )
    assert len(_register_texts(text)) == 1


def test_a_decision_lists_own_title_with_its_sitting_is_no_row():
    for heading in (
        "Besluit gemeenteraad di 18/11/2025 - 19:30",
        "Besluit college ma 03/02/2026 - 10:00",
        "Besluit vast bureau 5 maart 2025",
    ):
        text = f"Besluit  gemeenteraad\n\n{heading}\n\nDe raad keurt het reglement goed.\n"
        assert _register_texts(text) == ["De raad keurt het reglement goed."], heading


def test_a_record_adopted_at_a_later_dated_sitting_is_reported():
    for note in (
        "Notulen goedgekeurd tijdens bestuursvergadering van 11 augustus 2016.",
        "Verslag vastgesteld in de ledenvergadering van 2 juni 2023.",
        "Notulen geaccordeerd op het overleg d.d. 14 maart 2022.",
    ):
        assert _decisions(f"Notulen bestuur 7 juli\n\n{note}\n") == [], note


def test_a_participle_after_a_preposition_heads_no_verdict():
    for heading in (
        "Voortgangslijst van aangenomen en aangehouden moties, amendementen en toezeggingen.",
        "Overzicht van aangenomen moties",
        "Stand van zaken met aanvaard voorstellen",
    ):
        assert _decisions(f"Notulen Provinciale Staten\n\n{heading}\n") == [], heading
