"""Decisions read from how a Dutch clause states one, not from one file's wording: a decision
verb with its auxiliary anywhere in the clause (passive `... werd ter plaatse ingestemd met`,
perfect `de vergadering heeft ... goedgekeurd`), the body that consents or votes in favour
whatever its subject's length, a person taking a task on or given one, and a rule that holds
from now on. Every text below is written for the test in the layout of a members' meeting
report; the negative cases are the look-alikes that report, describe or condition."""

from __future__ import annotations

from functools import partial

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _document, _found_under

HEAD = "Verslag ledenvergadering Tuinvereniging De Wilg\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # passive: what stands between the auxiliary and the participle does not matter
        ("Na een korte uitleg werd door de leden ingestemd met het nieuwe tuinreglement.",
         "besluit"),
        ("Ook wordt na enig overleg afgesproken dat de kas op zaterdag open blijft.", "afspraak"),
        ("Ingestemd is met de begroting voor het komende jaar.", "besluit"),
        # the impersonal passive, its object before it (`hiermee`, `met het voorstel`), or
        # its participle first
        ("Hiermee wordt door de vergadering unaniem ingestemd.", "besluit"),
        ("Met het voorstel van de kascommissie wordt ingestemd.", "besluit"),
        ("Daarmede wordt akkoord gegaan.", "besluit"),
        ("Akkoord is gegaan met de nieuwe huurprijs van de zaal.", "besluit"),
        # `beslissen` as `besluiten`: the body decides
        ("De ouderraad beslist dat de kerstmarkt dit jaar binnen wordt gehouden.", "besluit"),
        ("Het schepencollege beslist om de speeltuin te vernieuwen.", "besluit"),
        ("Het bestuur wordt na de toelichting van de kascommissie gedechargeerd.", "besluit"),
        ("Na een korte discussie nam de vergadering het voorstel van de werkgroep aan.",
         "besluit"),
        ("Na de toelichting van de kascommissie stelt de vergadering de jaarrekening vast.",
         "besluit"),
        ("Mevrouw De Boer is geïnstalleerd als lid van de tuincommissie.", "besluit"),
        ("De heer Jansen wordt toegelaten tot de tuincommissie en legt de belofte af.",
         "besluit"),
        # the body's perfect tense
        ("De vergadering heeft het jaarverslag 2023 zonder opmerkingen goedgekeurd.", "besluit"),
        ("Het bestuur heeft besloten de kantine te verbouwen.", "besluit"),
        # ... granting a request (web247 afferden-dorpsraad-2019-06-13, line 31), an advisory
        # body's advice (web205 omgevingsraad-schiphol-regioforum-2015-03-30, line 7), a
        # decision named as taken (web171 jhm-bestuur-2021-04-01, line 79)
        ("De Dorpsraad heeft gezien de ernst de volledige aanvraag gehonoreerd.", "besluit"),
        ("De vergadering heeft positief geadviseerd over de maatregel vervroegen "
         "nachtprocedures.", "besluit"),
        ("Op advies vanuit de werkgroep heeft het bestuur een besluit genomen voor een update "
         "van de website.", "besluit"),
        # the passive that keeps (web222 oostkamp-sportraad-rvb-2015-01-27, line 45), shelves
        # (web232 schouwen-duiveland-asd-2024-01-18, line 36) or grants discharge with its
        # participle misspelt in -t (web252 tkempke-ouderraad-alv-2017-11-22, line 36)
        ("De 3 evenementen worden behouden.", "besluit"),
        ("Dit onderwerp wordt geparkeerd.", "besluit"),
        ("Het bestuur van de OR wordt decharge verleent.", "besluit"),
        # the body consents or votes in favour, its subject of any length
        ("De aanwezige leden van de drie tuinparken stemden na een korte discussie in met het "
         "plan.", "besluit"),
        ("De ledenvergadering stemt (met ruime meerderheid) vóór het voorstel van de kascommissie.",
         "besluit"),
        ("Men besluit de open dag te verplaatsen naar juni.", "besluit"),
        # the verb before its subject (a fronted adverbial)
        ("Als datum voor de open dag besluiten de aanwezigen 14 september.", "besluit"),
        ("Na een korte stemming stemden de leden van de tuincommissie in met het plan.",
         "besluit"),
        # a task taken on or given
        ("Karel Smit neemt het beheer van de gereedschapsschuur voorlopig op zich.", "actie"),
        ("Marieke houdt de lijst van wachtenden bij.", "actie"),
        ("De penningmeester vraagt een subsidie aan bij de provincie.", "actie"),
        ("Anna, Joost en Lies kregen de opdracht een nieuw rooster op te stellen.", "actie"),
        ("De penningmeester heeft toegezegd het financieel overzicht voor juni te sturen.",
         "actie"),
        # a rule from now on
        ("Fietsen moeten voortaan bij de ingang worden geparkeerd.", "besluit"),
        # a body agrees to something, or refuses it by its vote
        ("De ledenvergadering gaat unaniem akkoord om de contributie te verhogen.", "besluit"),
        ("De aanwezige leden gaan akkoord.", "besluit"),
        ("De aanwezigen gaan niet akkoord (14 stemmen tegen, 3 voor) met de nieuwe huurprijs.",
         "besluit"),
        # a committee's make-up, its members named
        ("De kascommissie voor 2025 zal bestaan uit Joke Mulder en Ahmed Yilmaz.", "besluit"),
        ("De kascommissie wordt dit jaar gevormd door Els de Boer en nogmaals Jan Smit.",
         "besluit"),
        ("De redactiecommissie zal voortaan bestaan uit Sanne Vos, Tim Bos en Ria Kok.",
         "besluit"),
    ],
)  # fmt: skip
def test_a_decision_clause_is_read(sentence: str, kind: str) -> None:
    assert _found(sentence) == [(kind, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # reported: another date, the pluperfect, a relative clause, another body's promise
        "Het bestuur heeft op 12 januari besloten de kantine te verbouwen.",
        "De kascommissie had de boeken gecontroleerd en akkoord bevonden.",
        "Piet vertelt wat er in de werkgroep is besproken en afgesproken met de gemeente.",
        "De gemeente heeft toegezegd dat er een nieuwe parkeerplaats zou komen.",
        "Jan de Vries heeft om gezondheidsredenen besloten het bestuur te verlaten.",
        # no decision taken yet
        "Het bestuur heeft nog geen besluit genomen over de aanvraag van de tennisclub.",
        "Een mooie zaal waar we vanaf nu de bijeenkomsten houden, dicht bij het park.",
        # one member's vote, objects installed, a participle that is no decision
        "De heer Jansen van de tuincommissie stemt na enige aarzeling in met het plan.",
        "De nieuwe lampen zijn inmiddels geïnstalleerd.",
        "Honden zijn op het park toegelaten mits aangelijnd.",
        "Het verslag wordt door Marie Bakker toegelicht.",
        "De voorzitter neemt aan dat iedereen de stukken heeft gelezen.",
        "De voorzitter vraagt de leden om aan te geven wie er komt helpen.",
        "Met het voorstel wordt niet ingestemd door de leden.",
        # `verleent` is a participle only after `decharge`; keeping told as a state, no passive
        "De vergunning voor de kas wordt volgende maand door de gemeente verleent.",
        "Het oude hek blijft behouden tot de nieuwe tuinen klaar zijn.",
        # `besloten` naming a meeting closed to the public, no decision
        "De notulen van de besloten vergadering van 3 mei zijn te lezen op de website.",
        "Het verslag van het Besloten deel ligt ter inzage bij de griffie om te bekijken.",
        # a reporting clause after a comma, its subject after the verb, observes
        "De tuinen worden dit jaar beter onderhouden, stelt de voorzitter vast.",
        "Het aantal klachten daalt, stelden de bewoners vast tot hun vreugde.",
        # a committee's size, no member named
        "De feestcommissie bestaat nu uit drie personen en zoekt versterking.",
    ],
)
def test_a_clause_that_reports_or_describes_decides_nothing(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_bare_verdict_decides_what_its_line_says_before_it() -> None:
    line = "Jaarrekening 2023 van de tuinvereniging: ligt ter inzage bij de secretaris. Akkoord."
    assert _found(line) == [("besluit", line)]
    # after a sentence that decided, the verdict only confirms it
    decided = "Het huishoudelijk reglement wordt ongewijzigd vastgesteld. Akkoord."
    assert _found(decided) == [("besluit", "Het huishoudelijk reglement wordt ongewijzigd "
                                           "vastgesteld.")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # web292 twelloseschaakclub-ledenvergadering-1984-05-01, line 12: the verdict's
        # auxiliary first, its subject the item's title before it
        ("3. Verslag penningmeester. Is akkoord. Nog geen contributieverhoging dit jaar. Toch "
         "wordt het moeilijker.", "3. Verslag penningmeester. Is akkoord."),
        # web252 detrisken-wijkraad-2022-01-26, line 35: `verder` after a remark on the item
        ("Jaarverslag; paar tekstuele aanpassingen, verder goedgekeurd.",
         "Jaarverslag; paar tekstuele aanpassingen, verder goedgekeurd."),
        # web205 vijfhoek-wijkraad-2017-03-13, lines 21-25: `Verder akkoord.` on a line of its
        # own, below the item's correction, decides the item
        ("  1. Notulen vorige vergaderingen\n\nJuiste spelling: Sander van de Raadt\n\n"
         "Verder akkoord.", "Notulen vorige vergaderingen: Verder akkoord."),
    ],
)  # fmt: skip
def test_a_verdict_with_no_subject_of_its_own_decides_its_item(text: str, decision: str) -> None:
    assert _found(text) == [("besluit", decision)]


def test_a_verdict_with_its_auxiliary_after_a_decision_only_confirms_it() -> None:
    decided = "Het verslag wordt vastgesteld. Is akkoord."
    assert _found(decided) == [("besluit", "Het verslag wordt vastgesteld.")]


def test_an_item_s_verdict_after_its_colon_may_carry_a_short_clause() -> None:
    line = "Notulen van de voorjaarsvergadering: ongewijzigd goedgekeurd, met een woord van dank"
    assert _found(line) == [("besluit", line)]


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("Afgesproken: de kas gaat voortaan om negen uur open.", "afspraak",
         "de kas gaat voortaan om negen uur open."),
        ("Afspraak/actie: de secretaris mailt het rooster rond.", "afspraak",
         "de secretaris mailt het rooster rond."),
        ("Beslissing: de jaarmarkt gaat door op 4 mei.", "besluit",
         "de jaarmarkt gaat door op 4 mei."),
        ("Actie Els: offerte voor nieuwe hekken opvragen.", "actie",
         "offerte voor nieuwe hekken opvragen."),
        ("Actielijst Bram: de sleutels van de kas laten bijmaken.", "actie",
         "de sleutels van de kas laten bijmaken."),
    ],
)  # fmt: skip
def test_labels_of_every_kind_open_a_decision(line: str, kind: str, text: str) -> None:
    assert _found(line) == [(kind, text)]


def test_a_two_word_telegram_decision_after_an_item_s_dash() -> None:
    assert _found("• Verslag vorige vergadering – Verslag goedgekeurd") == [
        ("besluit", "Verslag goedgekeurd")
    ]


def test_a_headline_in_capitals_is_no_decision() -> None:
    text = "NIEUWE STATUTEN GOEDGEKEURD\n\nDe leden hebben de nieuwe statuten goedgekeurd."
    assert _found(text) == [("besluit", "De leden hebben de nieuwe statuten goedgekeurd.")]


def test_a_register_s_title_and_its_lead_in_decide_nothing() -> None:
    text = (
        "Nieuws van de tuin\n\nBesluiten van het tuinbestuur\n\n"
        "De volgende besluiten zijn genomen:\n\n"
        "Het tuinpad wordt in mei verhard.\n\nDe kas krijgt nieuwe ruiten."
    )
    document = _document(text, "decision_list") | {"title": "Besluiten van het tuinbestuur"}
    found = [row["text"] for row in extract_decisions(document, [])]
    assert found == ["Het tuinpad wordt in mei verhard.", "De kas krijgt nieuwe ruiten."]


def test_an_action_list_label_heads_its_bullets() -> None:
    text = "Actielijst:\n- Gerrit past het verslag aan.\n- Anne belt de muziekvereniging."
    assert _found(text) == [
        ("actie", "Gerrit past het verslag aan."),
        ("actie", "Anne belt de muziekvereniging."),
    ]
