"""Decisions the dev texts showed read wrong, each test quoting the real text's lines: a Flemish
portal page's legal references under `Motivering` and its title printed twice on one line; a
committee's make-up with its members' titles; an OCMW's `vast bureau` taking note; discharge
granted by the verb; a council deciding as proposed; a body's perfect after a fronted phrase;
an aside or a question read as a task; `we` going on as before; a rule from now on that tells
what the decision before it brings; a council of ministers' decision beside how it is carried
out."""

from __future__ import annotations

from functools import partial

import pytest

from tests.test_decisions_headings import _decisions, _found_under

TITLE = (
    "2023_GR_00172 - Aanvaarding rooilijn - aanleg Vinkenhof en wijziging Hortstraat - "
    "1362.B.874.2 - verkaveling Beskensstraat Fase III - Goedkeuring"
)

# web141 zonhoven-gr-2023-10-23-rooilijn: one agenda point of a council, cut before its decision
ZONHOVEN = "\n".join(
    [
        "Terug",
        "Gepubliceerd op 24/10/2023",
        "",
        TITLE,
        "",
        "Gemeenteraad",
        "ma 23/10/2023 - 20:00 raadzaal",
        "Goedgekeurd",
        "",
        "Secretaris",
        "",
        "Bart Telen, algemeen directeur",
        f"{TITLE} 2023_GR_00172 - Aanvaarding rooilijn - aanleg Vinkenhof en wijziging "
        "Hortstraat - 1362.B.874.2 - ",
        "",
        "Motivering",
        "",
        "Verwijzingsdocumenten",
        "",
        "Het Omgevingsvergunningsdecreet bepaalt in artikel 31 in het bijzonder de exclusieve "
        "bevoegdheid van de gemeenteraad om zich uit te spreken over de beoogde wijzigingen aan "
        "het lokaal wegennet.",
        "",
        "Artikel 31, §1, van het Omgevingsvergunningsdecreet bepaalt als volgt: ",
        "",
        "“§1. Als de aanvraag de aanleg, wijziging, verplaatsing of opheffing van een "
        "gemeenteweg omvat, roept het college van burgemeester en schepenen de gemeenteraad "
        "samen.",
    ]
)


def test_a_portal_points_legal_references_and_its_doubled_title_decide_nothing():
    # `Verwijzingsdocumenten` under `Motivering` cites the law; the breadcrumb prints the title
    # again, twice over on one line
    assert [text for _, _, text in _decisions(ZONHOVEN, "decision_list")] == [TITLE]


MINUTES = "Notulen algemene ledenvergadering\nDatum: 27 mei 1999\n\n5. Financiën\n"


_found = partial(_found_under, MINUTES)


@pytest.mark.parametrize(
    "sentence",
    [
        # web131 spiegel-vrienden-alv-1999, web134 wormer-genootschap-alv-2015
        "De nieuwe kascommissie bestaat uit mevrouw Ouwehand en de heer Bollen.",
        "De kascommissie voor volgend jaar bestaat uit de heren Waal en Bolleman met dhr. "
        "Kuijper als reserve.",
        # web131 hvmo-alv-2013, web135 emmeloord-volkstuinen-alv: discharge by the verb
        "De kascommissie, Hans Heidinga en Henk Vonk, dechargeert de penningmeester voor zijn "
        "stukken.",
        "De kascontrolecommissie (Arie Spier en Wim Kroon) verklaren de boekhouding in orde "
        "bevonden te hebben en adviseren de vereniging om het bestuur te dechargeren, hetgeen "
        "de vergadering doet.",
        # web77 vlieland-raad-2002: the council decides as proposed
        "Vervolgens wordt zonder hoofdelijke stemming conform het voorstel van burgemeester en "
        "wethouders besloten.",
        # web105 ascnieuwland-alv-uitstel: the perfect after a fronted phrase
        "Op verzoek van de nieuwe kascommissie heeft het bestuur besloten om de reguliere "
        "Algemene Ledenvergadering, die jaarlijks rond november/december wordt uitgeschreven, "
        "te verplaatsen naar januari 2024.",
        # web86 gg-synode-2019
        "De synode nam een nieuwe appelregeling aan.",
        # web135 ministerraad-1998-03-27: taking note in the simple past, the Belgian `akte`
        "De Ministerraad nam daarnaast akte van het eerste Verslag van de Interdepartementale "
        "Preventiecel (IPC), over het werkjaar 1997.",
    ],
)
def test_a_decision_of_the_meeting_is_read(sentence: str) -> None:
    assert _found(sentence) == [("besluit", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De commissie stelt voor, de penningmeester te dechargeren.",  # advice alone
        "De kascommissie 2018 bestond uit mevrouw De Vries en de heer Smit.",  # the past
        "Op 12 januari heeft het bestuur besloten de kantine te verbouwen.",  # reported
        # web109 moerdijk-bw-2023: a clause closed by a comma argues for the dictum above
        "Ondanks deze redenen om te weigeren, heeft het college besloten in te stemmen met het "
        "gevraagde verzoek.",
        # web85 expydoc-or-2014: a question asked at the meeting, no task
        "Treja vraagt of er wat aan de poep in de zandbak gedaan kan worden.",
        # web137 woensdrecht-raad-1985, web82 utwente-ur-2008: an aside's adverb is no name
        "Overigens informeert spreker naar de reactie van de heer Beekhuijzen.",
        "Overigens zal dat ook gaan gelden voor 16 van de 18 UR-leden.",
        # web62 maassluis, web41 nictiz-zib-werksessie-2024-03: what `we` do all along
        "Als PvdA gaan we al jaren van de raad naar de straat en andersom!",
        "We gaan snel verder met de volgende concrete stappen en over 4 weken komen we alweer "
        "bij elkaar.",
        # web102 ovijhorst-jv-2023: the meeting's own programme, looking back
        "We gaan terugkijken op het afgelopen jaar en bespreken de activiteiten in 2023.",
    ],
)
def test_no_decision_is_read(sentence: str) -> None:
    assert _found(sentence) == []


# web141 ocmwheusdenzolder-vastbureau-2020-05-20: an OCMW's college takes note
VAST_BUREAU = "\n".join(
    [
        "verslag vast bureau",
        "",
        "Vast bureau van 20/05/2020- verslag",
        "",
        "Hierbij vindt u een verslag over de belangrijkste beslissingen van het vast bureau.",
        "",
        "2. Secretariaat en juridische zaken - besluiten BAD OCMW",
        "",
        "Het vast bureau neemt kennis van de besluiten van de algemeen directeur van 28 april "
        "2020, 5 mei 2020 en 12 mei 2020.",
    ]
)


def test_an_ocmws_vast_bureau_taking_note_decides():
    assert _decisions(VAST_BUREAU) == [
        ("besluit", None, "Het vast bureau neemt kennis van de besluiten van de algemeen "
         "directeur van 28 april 2020, 5 mei 2020 en 12 mei 2020."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (  # web51 vptz-ledenraad-2021
            "Alle onderdelen zijn met grote meerderheid van stemmen aangenomen en daarmee is "
            "een belangrijke stap gezet! Vanaf nu is niet de ledenraad het hoogste orgaan "
            "binnen de vereniging, maar de Algemene Ledenvergadering.",
            "Alle onderdelen zijn met grote meerderheid van stemmen aangenomen en daarmee is "
            "een belangrijke stap gezet!",
        ),
        (  # web51 drenthe-arv-2015: on the line below, in the same paragraph
            "De secretaris zegt toe de financiële stukken via de afdelingssecretarissen te "
            "verspreiden.\nVoortaan zullen de financiële stukken voorafgaand aan de voorjaars-ARV "
            "worden\nuitgedeeld aan de aanwezigen.",
            "De secretaris zegt toe de financiële stukken via de afdelingssecretarissen te "
            "verspreiden.",
        ),
    ],
)
def test_a_rule_from_now_on_after_a_decision_tells_what_it_brings(text: str, decision: str):
    assert [found for _, found in _found(text)] == [decision]


def test_a_rule_from_now_on_in_a_list_of_its_own_decides():
    text = "- Het verslag wordt vastgesteld.\n- Leden betalen voortaan per automatische incasso."
    assert [found for _, found in _found(text)] == [
        "Het verslag wordt vastgesteld.",
        "Leden betalen voortaan per automatische incasso.",
    ]


# web86 curacao-rvm-2025-12-17: the council of ministers' decisions, with how they are carried out
MINISTERS = "\n".join(
    [
        "Geplaatst op 19 12 2025",
        "Belangrijke beslissingen voor het land in verband met staatsaangelegenheden van "
        "woensdag 17 december 2025:",
        "1. Doorstart programma Future Proof Organization (FPO) (Ministerie van Bestuur, "
        "Planning en Dienstverlening)",
        "De Raad van Ministers heeft ingestemd met de doorstart van het programma Future Proof "
        "Organization (FPO), gericht op het moderniseren en versterken van de ambtelijke "
        "organisatie. De Secretarissen-Generaal van de ministeries Bestuur, Planning en "
        "Dienstverlening en Financiën stellen een nieuw project- en implementatieplan op en "
        "rapporteren elk kwartaal over de voortgang.",
        "2. Regeling voor vergunningen buitenlandse artiesten tijdens feestperiode (Ministerie "
        "van Justitie)",
        "De Raad van Ministers heeft ingestemd met het opstellen van een gezamenlijke "
        "ministeriële regeling. De regeling wordt vastgesteld op basis van artikel 47 van de "
        "Landsverordening openbare orde.",
    ]
)


def test_a_council_of_ministers_decision_is_its_own_sentence_not_how_it_is_carried_out():
    assert [text for _, _, text in _decisions(MINISTERS, "decision_list")] == [
        "De Raad van Ministers heeft ingestemd met de doorstart van het programma Future Proof "
        "Organization (FPO), gericht op het moderniseren en versterken van de ambtelijke "
        "organisatie.",
        "De Raad van Ministers heeft ingestemd met het opstellen van een gezamenlijke "
        "ministeriële regeling.",
    ]
