"""A decision recorded as what a body does: the sentence opens with the body as its subject
(any body a council, board or church names itself by, its short name too) and goes on with
a verb by which a body decides (`decision_cues.jsonl`'s `CUE_DECIDE`). The lines are quoted
from real minutes and decision pages of the dev set."""

from __future__ import annotations

import pytest

from pipeline.decisions.sentences import _body_decides, _main_clauses
from tests.test_decisions_headings import _decisions

HEAD = "Notulen kerkenraad 10 december 2018\n\n"

# texts129/pgvoorschoten-kerkenraad-2018.txt line 6: a church council's short name
CHURCH_COUNCIL = (
    "Sommige KR-leden vrezen dat “intensieve verhuur” wellicht in conflict kan komen met"
    " kerkelijke activiteiten. De KR stemt ook in met het uitvoeren van een business case"
    " onderzoek voor het aanstellen van een professionele koster / beheerder versus"
    " uitsluitend vrijwilligers."
)

# texts86/gg-synode-2019.txt line 13: a synod, its verb in the past tense
SYNOD = (
    "• Het docentenkorps en het curatorium kennen enkele personele wijzigingen. Zo vertrekken"
    " rector ds. P. Mulder en voorzitter van het curatorium ds. J. J. van Eckeveld vanwege"
    " hun leeftijd aan het einde van dit cursusjaar. De synode benoemde nieuwe curatoren,"
    " zowel een primus als secundi."
)


def test_a_body_by_its_short_name_decides():
    found = _decisions(HEAD + CHURCH_COUNCIL)
    assert [(kind, text) for kind, _, text in found] == [
        ("besluit", CHURCH_COUNCIL[CHURCH_COUNCIL.index("De KR") :])
    ]


def test_a_body_decides_in_the_past_tense_without_its_verbs_particle():
    found = _decisions(HEAD + SYNOD)
    assert [text for _, _, text in found] == [
        "De synode benoemde nieuwe curatoren, zowel een primus als secundi."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # texts148/anderlecht-gr-2017-12-21.txt line 10: the council takes note
        "De Raad neemt kennis.",
        # texts144/waasmunster-gr-intergem-bav-2024.txt line 10, after its article's number
        "De Raad beslist zijn goedkeuring te hechten aan de agenda van de Buitengewone"
        " Algemene Vergadering",
        # texts141/ocmwheusdenzolder-vastbureau-2020-05-20.txt line 13
        "Het vast bureau neemt kennis van de besluiten van de algemeen directeur van 28 april 2020",
    ],
)
def test_a_body_and_its_deciding_verb_open_a_decision(sentence):
    assert _body_decides(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # texts109/moerdijk-bw-2023.txt line 20: a lead-in over the dictum below it
        "Het college besluit:",
        # a proposal, a verb by which no body decides, a paper for information
        "Het bestuur stelt voor om de contributie vast te stellen.",
        "De kerkenraad complimenteert de penningmeester en het hele CvK.",
        "Het college neemt de notulen ter kennisname aan.",
        # a finding, as the formulas read `stelt vast dat` (after texts41/digigo line 14)
        "De Beheercommissie stelt vast dat we objectgericht gaan werken.",
        # a body named, but something else stands between it and the verb
        "De raadsvoorzitter van de kerk besluit de vergadering te schorsen.",
    ],
)
def test_no_decision_without_a_body_that_decides_by_its_verb(sentence):
    assert not _body_decides(sentence)


def test_a_lead_in_leaves_the_dictum_below_it_the_decision():
    # texts109/moerdijk-bw-2023.txt lines 18-21
    text = (
        "Besluitenlijst B&W-vergadering 21 februari 2023\n\n"
        "Vaststelling besluitenlijst B&W-vergadering d.d. 14 februari 2023\n\n"
        "Het college besluit:\nDe besluitenlijst gewijzigd vast te stellen.\n"
    )
    texts = [text for _, _, text in _decisions(text, "decision_list")]
    assert "Het college besluit:" not in texts
    assert "De besluitenlijst gewijzigd vast te stellen." in texts


# texts159/ggdzw-ab-besluitenlijst-2020-03-26.txt lines 3-5 and 8-9: a fronted phrase before
# the verb, the body after it
DECISION_LIST = (
    "Besluitenlijst Algemeen Bestuur 26 maart 2020\n\n"
    "NR Datum overleg Besluit\n"
    "1. 26 maart 2020 Begrotingswijzigingen 2019 en 2020\n"
    "Met in achtneming van de zienswijzen, allen positief, stelt het Algemeen Bestuur de eerste"
    " begrotingswijzigingen voor 2019 en voor 2020 definitief vast.\n"
    "3. 26 maart 2020 Kadernota 2021\n"
    "Met in achtneming van de zienswijzen, allen positief, stelt het Algemeen Bestuur de"
    " Kadernota 2021 vast.\n"
)


def test_a_body_decides_after_a_fronted_phrase():
    texts = [text for _, _, text in _decisions(DECISION_LIST, "decision_list")]
    assert texts == [
        "Met in achtneming van de zienswijzen, allen positief, stelt het Algemeen Bestuur de"
        " eerste begrotingswijzigingen voor 2019 en voor 2020 definitief vast.",
        "Met in achtneming van de zienswijzen, allen positief, stelt het Algemeen Bestuur de"
        " Kadernota 2021 vast.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # texts158/twello-schaakclub-alv-1985-01-29.txt line 23: a fronted phrase, no comma
        "Met het contributie-voorstel van het bestuur gaat de vergadering unaniem akkoord en"
        " luidt vanaf 1 januari 1985 als volgt:",
        # texts129/pgvoorschoten-kerkenraad-2018.txt line 6: the body's second verb
        "De kerkenraad complimenteert de penningmeester en het hele CvK met het duidelijk"
        " overzicht en het consistente beleid, en stemt in met de begroting.",
    ],
)
def test_a_body_decides_where_its_main_clause_stands(sentence):
    assert _body_decides(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a year in the fronted phrase reports an earlier sitting (texts108/fronteers-alv-2024)
        "In 2016 keurde het bestuur een wijziging goed om derden in te huren.",
        # a condition decides nothing yet
        "Als de raad akkoord gaat, stelt het bestuur de begroting vast.",
        # the body as an object, another's verb before it
        "De voorzitter bedankt de raad en de commissie voor hun werk.",
    ],
)
def test_no_main_clause_of_a_body_after_a_date_a_condition_or_as_an_object(sentence):
    assert not _body_decides(sentence)


def test_an_insertion_between_dashes_stands_outside_the_formula():
    # texts135/ministerraad-1998-03-27.txt line 5
    sentence = (
        "De Ministerraad heeft - in een tweede lezing en na advies van de Raad van State - een"
        " voorontwerp van wet goedgekeurd dat het personeelskader van magistraten en griffiers"
        " uitbreidt."
    )
    text = "Verslag van de vergadering van de Ministerraad van 27 maart 1998\n\n" + sentence
    assert [text for _, _, text in _decisions(text)] == [sentence]


def test_a_formula_reads_a_bodys_main_clause_after_a_fronted_phrase():
    # texts129/tennisclubveendam-jaarvergadering-2015.txt line 5: `krijgt decharge` is no
    # verb of CUE_DECIDE, the formula for discharge reads the body's clause
    sentence = (
        "Naast de verschillende plichtplegingen (verslagen commissies, financieel verslag etc.)"
        " kreeg het bestuur decharge voor de heldere financiële verantwoording."
    )
    assert [t for _, _, t in _decisions(f"Jaarvergadering\n\n{sentence}\n")] == [sentence]


def test_no_fronted_phrase_in_a_concession_nor_a_preposition_as_its_verb():
    # texts109/moerdijk-bw-2023.txt: a concession argues for the decision stated above it
    sentence = "Ondanks deze redenen om te weigeren, heeft het college besloten in te stemmen."
    assert _decisions(f"Notulen\n\n{sentence}\n") == []
    # texts135/emmeloord-volkstuinen-alv.txt line 21: `aan` before `de leden` is no verb
    sentence = (
        "Nadat hij zich aan de leden heeft voorgesteld wordt hij met algemene stemmen als"
        " voorzitter benoemd."
    )
    assert list(_main_clauses(sentence)) == [sentence]


# an executive's decision list tells each item's decision as what the body does, by a verb
# that grants, endorses, pays, sends or takes a paper for information
# (web296 texts296/sonenbreugel-college-besluitenlijst-2004-05-25.txt lines 11-12, 32-36;
# web204 texts204/overijssel-gs-besluitenlijst-1999-02-16.txt line 28)
SONENBREUGEL = (
    "Openbare besluitenlijst van de vergadering\nvan burgemeester en wethouders\n"
    "d.d. 25 mei 2004\n\n"
    "1. Notulen B&W-vergadering d.d. 18 mei 2004.\n"
    "Het college stelt de notulen vast overeenkomstig de concept-notulen.\n\n"
    "2. Direct gekozen burgemeester.\n"
    "Het college onderschrijft het door de Vereniging van Griffiers in samenwerking met prof."
    " D.J. Elzinga opgesteld adres, waarin Regering en Staten-Generaal worden opgeroepen tot"
    " debat.\n\n"
    "3. Budget Jeugddebat.\n"
    "Het college bekostigt de middelen voor het jeugddebat vanuit de post 'onvoorzien'.\n\n"
    "4. Exposities gemeentehuis.\n"
    "Het college neemt een brief inzake de expositiemogelijkheid in het gemeentehuis voor"
    " kennisgeving aan en geeft daarbij aan dat de expositiemogelijkheid zo mogelijk ook op"
    " termijn wordt gehandhaafd.\n"
)


def test_an_executive_decides_by_endorsing_paying_or_taking_a_paper_for_information():
    texts = [text for _, _, text in _decisions(SONENBREUGEL, "decision_list")]
    assert [text.split()[2] for text in texts if text.startswith("Het college")] == [
        "stelt",
        "onderschrijft",
        "bekostigt",
        "neemt",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "GS doen de resultaten van het onderzoek ter kennisneming toekomen aan de"
        " Adviescommissie voor Milieu, Waterstaat en Economie.",
        "Het college kent een subsidie van 5.000 euro toe aan de harmonie.",
        "Het college bekostigt de middelen voor het jeugddebat vanuit de post 'onvoorzien'.",
    ],
)
def test_a_body_grants_pays_or_sends_as_its_decision(sentence):
    assert _body_decides(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # `ter kennisgeving` is no decision, as `ter kennisname` is none
        "Het college neemt de brief ter kennisgeving aan.",
        # a paper sent to the council for its information, not taken
        "Het college stuurt de brief voor kennisgeving aan de raad.",
        # no body: a minister's promise in a letter
        "Ik zal u de brief zo spoedig mogelijk doen toekomen.",
    ],
)
def test_no_decision_by_a_paper_for_information_or_without_a_body(sentence):
    assert not _body_decides(sentence)


# web261 texts261/vlaamse-regering-kortbestek-2009-04-03.txt lines 11-13: a government's
# decision page, each decision under the minister who proposed it
KORTBESTEK = (
    "Kortbestek van de Vlaamse overheid van vrijdag 3 april 2009\n\n"
    "Beslissingen van de Vlaamse Regering\n\n"
    "Op voorstel van minister-president Kris Peeters\n\n"
    "De Vlaamse Regering kent 370.000 euro subsidie toe aan de vzw Ex-Change, Vlaams"
    " uitzendplatform voor experts, voor de uitvoering van 160 zendingen in 2009.\n"
)


def test_a_government_grants_as_its_decision():
    texts = [text for _, _, text in _decisions(KORTBESTEK, "decision_list")]
    assert texts == [KORTBESTEK.split("\n")[-2]]
