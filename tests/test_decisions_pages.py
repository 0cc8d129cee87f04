"""Decisions on the pages a council information system prints (an item's bare number, its
introduction, its `Besluit` field), and lists that record what was decided by their layout."""

from __future__ import annotations

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

COUNCIL_PAGE = """RAADSVERGADERING
dinsdag 14 maart 2023

Agendapunten

 1. 1

  Besluit

  De volgende mededelingen worden gedaan:
  • Wethouder Bakker informeert de raad over de stand van zaken bij het zwembad.
  • Mevr. De Wit zal in april de raad bijpraten over het jongerenwerk.
 2. 2

  De conceptagenda wordt door het presidium vastgesteld. Bij dit punt stelt de raad de agenda
  definitief vast.

  Besluit

  De agenda wordt ongewijzigd vastgesteld.
 3. 3

  Behandeling:
  • Wethouder informeert de raad over de actualiteiten
  • Raad: vragen aan het college

  Besluit

  De raad neemt kennis van de informatie."""


def test_a_council_page_decides_in_its_fields_only():
    # taking note in a field is the council's dictum (web9, web42, web61 count it a besluit)
    assert _decisions(COUNCIL_PAGE, doc_type="decision_list") == [
        ("besluit", "2", "De agenda wordt ongewijzigd vastgesteld."),
        ("besluit", "3", "De raad neemt kennis van de informatie."),
    ]


BULLETED_ACCOUNT = """Vergadering wijkraad 9 januari 2023

Agendapunten

 2. 2

  • Het rooster voor het voorjaar wordt aangepast. De secretaris stuurt het nieuwe rooster rond.

  Besluit

  Vergaderen voortaan in het buurthuis."""


def test_a_bulleted_account_above_a_field_is_read():
    found = _decisions(BULLETED_ACCOUNT, doc_type="decision_list")
    assert ("actie", None, "De secretaris stuurt het nieuwe rooster rond.") in found


ANSWERED_PROPOSAL = """Verslag commissie Wonen 3 april 2024

2. Agenda
Voorgesteld wordt om punt 6 voor punt 4 te behandelen. De commissie stemt in met de gewijzigde
volgorde.
De heer Jansen stelt voor om het rapport te laten drukken. De voorzitter vindt dat te duur.
Het rapport wordt alleen digitaal vastgesteld.
Het bestuur stelt voor om de huur niet te verhogen. Karin stuurt de leden een brief."""


def test_a_proposal_the_next_sentences_decide_is_no_row_of_its_own():
    assert _decisions(ANSWERED_PROPOSAL) == [
        ("besluit", None, "De commissie stemt in met de gewijzigde volgorde."),
        ("besluit", None, "Het rapport wordt alleen digitaal vastgesteld."),
        ("besluit", None, "Het bestuur stelt voor om de huur niet te verhogen."),
        ("actie", None, "Karin stuurt de leden een brief."),
    ]


ANSWERED_IN_A_FIELD = """RAADSVERGADERING

 3. 3

  Besluit
  De raad bespreekt de rapportage. De voorzitter stelt voor om de rapportage voortaan per
  kwartaal te agenderen. De raad kan zich hierin vinden."""


def test_a_proposal_answered_in_a_field_is_recorded_by_the_answer():
    assert _decisions(ANSWERED_IN_A_FIELD, doc_type="decision_list") == [
        ("besluit", "3", "De raad kan zich hierin vinden."),
    ]


VOTES = """Raadsvergadering donderdag 6 juni 2024

Agendapunten

 1. 4.a

  Het college vraagt de raad het bestemmingsplan Centrum vast te stellen.

  Stemuitslag

  voor 71%
  tegen 29%
 2. 4.b

  Stemuitslag

  voor 100%

  Besluit

  De raad besluit de verordening vast te stellen."""


def test_a_vote_result_is_the_decision_of_an_item_that_states_no_other():
    assert _decisions(VOTES, doc_type="decision_list") == [
        ("besluit", "4.b", "De raad besluit de verordening vast te stellen."),
        ("besluit", "4.a", "voor 71%"),  # numbered by its item, as gold numbers it
    ]


ITEM_OVER_VERDICT = """Gemeenteraad op 12-4-2023

Locatie Raadzaal
Datum/tijd 12 apr 2023 19:30 - 22:00

De raad bespreekt het parkeerbeleid. Het beleid is vorig jaar door het college vastgesteld.

Vastgesteld

Stemverhouding: met algemene stemmen vastgesteld."""


def test_an_item_text_over_a_verdict_is_what_the_verdict_decides():
    found = _decisions(ITEM_OVER_VERDICT)
    assert [kind for kind, _, _ in found] == ["besluit"]
    assert found[0][2].endswith(": Vastgesteld")


ROLE_LISTS = """Notulen bestuursvergadering 4 oktober 2022

1. Opening en vaststellen agenda
Agenda en taakverdeling

2. Taakverdeling
Penningmeester Sanne
notulen Joris
nieuwsbrief Fatima en Wim
Afgesproken wordt dat de taken na een jaar worden geëvalueerd.

3. Nieuwe werkgroep
Na een korte ronde komen we tot de volgende rolverdeling:
  • Anouk van der Berg: trekker
  • Ruud Post en Marja de Vries: communicatie

4. Verkiezing
Met algemene stemmen zijn gekozen als leden van de kascommissie:

Als eerste lid de heer Peter de Groot

Als tweede lid mevrouw Els Smit

5. Rondvraag
Gesproken wordt over de rolverdeling binnen het team."""


def test_a_division_of_roles_or_an_appointment_laid_out_as_a_list_is_one_decision_a_row():
    assert _decisions(ROLE_LISTS) == [
        ("besluit", None, "Penningmeester Sanne"),
        ("besluit", None, "notulen Joris"),
        ("besluit", None, "nieuwsbrief Fatima en Wim"),
        ("besluit", None, "Anouk van der Berg: trekker"),
        ("besluit", None, "Ruud Post en Marja de Vries: communicatie"),
        ("besluit", None, "Als eerste lid de heer Peter de Groot"),
        ("besluit", None, "Als tweede lid mevrouw Els Smit"),
        ("afspraak", None, "Afgesproken wordt dat de taken na een jaar worden geëvalueerd."),
    ]


ACTION_TABLES = """Notulen werkgroep speeltuin 12 maart 2024
Punt Omschrijving Actie
1 Opening en welkom!
2 Schommel is kapot. Offerte voor een nieuwe schommel opvragen.

KL
3 Subsidie: aanvraag bij de gemeente indienen TvB
4 Rondvraag

Actiepunten:
Datum Omschrijving Naam Einddatum
5-3-2024 Flyer voor de buurt maken Ingrid
Okke mei 2024
5-3-2024 Nieuwe leden werven Allen"""


def test_the_rows_of_an_action_table_that_name_an_owner_are_actions():
    assert _decisions(ACTION_TABLES) == [
        ("actie", None, "Flyer voor de buurt maken Ingrid Okke"),
        ("actie", None, "Nieuwe leden werven Allen"),
        ("actie", None, "Schommel is kapot. Offerte voor een nieuwe schommel opvragen. KL"),
        ("actie", None, "Subsidie: aanvraag bij de gemeente indienen TvB"),
    ]


PASSIVE_OWNERS = """Verslag bestuursvergadering 2 februari 2024

3. Nieuwsbrief
De volgende nieuwsbrief zal geschreven worden door Pieter en Lotte.
Er zal een nieuw logo worden ontworpen door Sanne.
De kascontrole zal uitgevoerd worden door Jan of Kees.
De jaarcijfers worden door Henk toegelicht."""


def test_a_task_in_the_passive_that_names_who_does_it_is_an_action():
    assert _decisions(PASSIVE_OWNERS) == [
        ("actie", None, "De volgende nieuwsbrief zal geschreven worden door Pieter en Lotte."),
        ("actie", None, "Er zal een nieuw logo worden ontworpen door Sanne."),
    ]


NO_TASKS = """Verslag bewonersoverleg 5 maart 2024

4. Parkeren
Hoe gaan de nieuwe parkeerplaatsen er straks uitzien.
Anna de Boer informeert naar de planning van de herinrichting.
Wethouder Smit zal tijdens de volgende vergadering aanwezig zijn.
Het antwoord zullen we in april ontvangen van de gemeente.
Bram zal de vergaderingen van de werkgroep bijwonen.
Karin zal de gemeente om een nieuwe planning vragen.
Cees informeert bij de gemeente in hoeverre er subsidies beschikbaar zijn."""


def test_questions_and_being_present_or_told_are_no_tasks():
    assert _decisions(NO_TASKS) == [
        ("actie", None, "Karin zal de gemeente om een nieuwe planning vragen."),
        ("actie", None, "Cees informeert bij de gemeente in hoeverre er subsidies beschikbaar "
         "zijn."),
    ]  # fmt: skip


EARLIER = """Verslag ledenvergadering 14 april 2023

2. Notulen
De notulen van de vorige vergadering worden goedgekeurd.
3. Competitie
Vorig jaar is besloten om ook op zondag te spelen.
Het rooster is tijdens de vorige vergadering vastgesteld.
Na goedkeuring van het verslag blikt de voorzitter terug op het afgelopen jaar."""


def test_a_decision_of_an_earlier_time_is_reported_not_taken():
    assert _decisions(EARLIER) == [
        ("besluit", None, "De notulen van de vorige vergadering worden goedgekeurd."),
        ("besluit", None, "Na goedkeuring van het verslag blikt de voorzitter terug op het "
         "afgelopen jaar."),
    ]  # fmt: skip


LETTERED = """Commissie Financiën donderdag 9 november 2023

Voorgesteld besluit

1. De begroting 2024 vast te stellen en het dagelijks bestuur te machtigen tot:
a. Het aangaan van een lening van ten hoogste € 2.000.000.
b. Het openen van een rekening-courant.
2. Kennis te nemen van de meerjarenraming 2024 - 2027."""


def test_lettered_points_below_a_numbered_point_belong_to_it():
    assert _decisions(LETTERED, doc_type="agenda") == [
        ("besluit", "1", "De begroting 2024 vast te stellen en het dagelijks bestuur te machtigen "
         "tot: a. Het aangaan van een lening van ten hoogste € 2.000.000. b. Het openen van een "
         "rekening-courant."),
        ("besluit", "2", "Kennis te nemen van de meerjarenraming 2024 - 2027."),
    ]  # fmt: skip


TITLED_REGISTER = """Nieuws
Besluiten Bestuur en Dagelijks Bestuur

12 maart 2024 Bestuur

 • Tuinen: de huur gaat per 1 mei omhoog met twee procent.
 • Kantine: er komt een nieuwe koelkast.
 • Leden:
  • Kees Jansen wordt lid van de kascommissie.

28 februari 2024 Dagelijks Bestuur

 • Website: het ledenportaal wordt in april vernieuwd."""


def test_a_page_titled_as_a_list_of_decisions_lists_one_per_bullet():
    assert _decisions(TITLED_REGISTER, doc_type="other") == [
        ("besluit", None, "Tuinen: de huur gaat per 1 mei omhoog met twee procent."),
        ("besluit", None, "Kantine: er komt een nieuwe koelkast."),
        ("besluit", None, "Kees Jansen wordt lid van de kascommissie."),
        ("besluit", None, "Website: het ledenportaal wordt in april vernieuwd."),
    ]


REGISTER_POINTS = """Besluitenlijst algemeen bestuur 9 mei 2023

 1. De jaarrekening 2022 is vastgesteld.
 2. Contributie
  a. De contributie blijft 25 euro per jaar
  b. Leden betalen voortaan per automatische incasso.

  Incasso = 1 maart
  Herinnering = 1 april

  c. Wie niet betaalt krijgt twee herinneringen.
 3. Datum volgende vergadering: dinsdag 12 september 2023."""


def test_lettered_points_of_a_decision_list_item_are_decisions_and_the_next_date_is_none():
    assert _decisions(REGISTER_POINTS, doc_type="decision_list") == [
        ("besluit", "1", "De jaarrekening 2022 is vastgesteld."),
        ("besluit", "2.a", "De contributie blijft 25 euro per jaar"),
        ("besluit", "2.b", "Leden betalen voortaan per automatische incasso."),
        ("besluit", "2.c", "Wie niet betaalt krijgt twee herinneringen."),
    ]


PLANNED = """Verslag ouderraad 8 mei 2023

2. Jaarplan
Het jaarplan wordt voor de zomervakantie goedgekeurd door de MR.
De penningmeester wordt het volgende jaar gekozen.
Sanne wordt per 1 juni benoemd als coördinator.
Het jaarverslag wordt ongewijzigd vastgesteld."""


def test_a_passive_decision_set_at_a_later_time_is_planned_not_taken():
    assert _decisions(PLANNED) == [
        ("besluit", None, "Het jaarverslag wordt ongewijzigd vastgesteld."),
    ]


AGENDA_MOVES = """Notulen MR 7 november 2023

1. Agenda
Door het vertrek van dhr. J. de Boer komt agendapunt 5 te vervallen.
Wegens tijdgebrek verschuiven we dit naar de volgende vergadering.
De december-vergadering komt te vervallen.
De call wordt verplaatst van donderdag naar woensdag.
Het overleg werd vorig jaar verplaatst naar de raadszaal."""


def test_an_agenda_point_or_meeting_moved_or_cancelled_is_a_decision():
    assert _decisions(AGENDA_MOVES) == [
        ("besluit", None, "Door het vertrek van dhr. J. de Boer komt agendapunt 5 te vervallen."),
        ("besluit", None, "Wegens tijdgebrek verschuiven we dit naar de volgende vergadering."),
        ("besluit", None, "De december-vergadering komt te vervallen."),
        ("besluit", None, "De call wordt verplaatst van donderdag naar woensdag."),
    ]


APPOINTED = """Notulen jaarvergadering 20 januari 2024

5. Bestuursverkiezing
Marieke wordt met algemene stemmen aangesteld als secretaris.
Haar plaats in de kascommissie wordt ingevuld door Joost Verbeek."""


def test_an_appointment_and_a_successor_named_are_decisions():
    assert _decisions(APPOINTED) == [
        ("besluit", None, "Marieke wordt met algemene stemmen aangesteld als secretaris."),
        ("besluit", None, "Haar plaats in de kascommissie wordt ingevuld door Joost Verbeek."),
    ]


TREATMENT_PROPOSAL = """Commissie Bestuur 14 juni 2024

Agendapunten

 1. 1

  Behandelvoorstel:
  De commissie wordt gevraagd de lijst van ingekomen stukken vast te stellen."""


def test_a_treatment_proposal_label_opens_a_proposal():
    found = extract_decisions(_document(TREATMENT_PROPOSAL, "other"), [])
    assert [(d["kind"], d["is_proposal"], d["text"]) for d in found] == [
        ("besluit", True, "De commissie wordt gevraagd de lijst van ingekomen stukken vast te "
         "stellen."),
    ]  # fmt: skip


INCOMING = """Bestuursvergadering 14-05-2024

3. Ingekomen stukken mei
2024.05.01 Gemeente Nieuwsbrief wijkbudget Allen Ter info
2024.05.02 Drukkerij Offerte nieuwe flyer Henk Akkoord
2024.05.03 J. Smit Losliggende tegels Allen Actiepunt Ria
2024.05.04 Buurthuis Uitnodiging opening Allen Piet gaat
2024.05.05 Provincie Enquête fietspaden Allen Blijven volgen"""


def test_a_register_row_whose_handling_decides_is_a_decision():
    assert _decisions(INCOMING) == [
        ("besluit", None, "2024.05.02 Drukkerij Offerte nieuwe flyer Henk Akkoord"),
        ("actie", None, "2024.05.03 J. Smit Losliggende tegels Allen Actiepunt Ria"),
        ("actie", None, "2024.05.04 Buurthuis Uitnodiging opening Allen Piet gaat"),
    ]


ASKS = """Verslag ouderraad 3 oktober 2023

4. Schoolreis
Ineke vraagt Bas de begroting voor vrijdag rond te sturen.
De voorzitter vraagt om een toelichting bij de directie.
Ineke vraagt Bas of de bus al besteld is."""


def test_asking_someone_to_do_something_is_an_action():
    assert _decisions(ASKS) == [
        ("actie", None, "Ineke vraagt Bas de begroting voor vrijdag rond te sturen."),
        ("actie", None, "De voorzitter vraagt om een toelichting bij de directie."),
    ]


VERDICT_FIELD = """Vergadering wijkraad 11 januari 2023

Agendapunten

 6. 5.a

  Besluit

  Vastgesteld conform"""


def test_a_field_that_holds_only_its_verdict_records_it_as_printed():
    assert _decisions(VERDICT_FIELD, doc_type="decision_list") == [
        ("besluit", "5.a", "Vastgesteld conform"),
    ]


VOTES_ON_THEIR_LABELS_LINE = """Voorstellen ter besluitvorming en stemmingsuitslag

De ledenvergadering is uitgesteld. De uitslag is hieronder te vinden.

 1. Jaarverslag 2019 en decharge bestuur (pdf, 649kB)
  Uitslag stemming: 100% voor bestuursvoorstel
 2. Contributievoorstel 2021 (pdf, 243kB)
  - amendement Gemeente A (pdf, 159kB)
  Uitslag stemming: 62% voor bestuursvoorstel; 34% voor geamendeerd voorstel
"""


def test_a_vote_result_on_its_labels_line_is_its_numbered_items_decision():
    assert _decisions(VOTES_ON_THEIR_LABELS_LINE, doc_type="minutes") == [
        ("besluit", "1", "Uitslag stemming: 100% voor bestuursvoorstel"),
        ("besluit", "2", "Uitslag stemming: 62% voor bestuursvoorstel; 34% voor geamendeerd "
         "voorstel"),
    ]  # fmt: skip


VOTED_PAGE = """Agendapunten

 1. 3

  Bij brief van 2 april 2024 heeft de heer P. Smit van de fractie van D66 ontslag genomen
  als raadslid. De voorzitter van het stembureau heeft mevrouw A. Bos benoemd verklaard.

  Stemuitslag

  voor 96%
  voor
  01. VVD (7), 02. D66 (5), 03. CDA (4)

  Voorgesteld besluit

  Mevrouw A. Bos toelaten als lid van de gemeenteraad.

 2. 0.07.B

  Het verslag van de besloten vergadering ligt ter inzage bij de griffie.
"""


def test_a_council_pages_vote_result_records_the_item_put_to_the_vote():
    # the item's introduction, the party list and the proposal voted on are no rows; the
    # result is, numbered by the item (web3's 'Stemuitslag voor 100%' convention)
    assert _decisions(VOTED_PAGE, "decision_list") == [("besluit", "3", "voor 96%")]


GS_FIELD_PAGE = """Agendapunten

 1. 0.04.H

  Essentie / samenvatting:
  Het oude reglement dateerde uit 2012. Zo regelt het reglement nu de digitale ronde, en is
  de termijn voor stukken vastgesteld op een week.

  Besluit

  Gedeputeerde Staten besluiten het reglement van orde 2024 vast te stellen.
"""


def test_an_item_numbered_in_three_parts_keeps_its_summary_out_and_staten_decide():
    assert _decisions(GS_FIELD_PAGE, "decision_list") == [
        (
            "besluit",
            "0.04.H",
            "Gedeputeerde Staten besluiten het reglement van orde 2024 vast te stellen.",
        )
    ]


PORTAL_LIST = """Besluitenlijst  College van burgemeester en schepenen

di 12/03/2024 - 09:00 Raadzaal
  • Team Burgerzaken

      • Jaarverslag bibliotheek - kennisname

        Ter kennis genomen

        Artikel 1: Kennisname van het jaarverslag 2023 van de bibliotheek.

      • Verlof van de financieel directeur - aanduiding vervanger

        Goedgekeurd

        Artikel 1: Het college keurt het verlof van de financieel directeur goed.

        Artikel 2: Mevrouw Ann Peeters vervangt haar van 2 tot en met 9 april 2024.

        Artikel 3: Een afschrift van dit besluit wordt bezorgd aan:

        Financieel directeur

      • Notulen vorige zitting - goedkeuring

        Goedgekeurd

        De notulen van de zitting van 5 maart 2024 worden goedgekeurd.

      • Subsidiereglement sport - wijziging

        Verdaagd
"""


def test_a_portals_articles_are_its_numbered_decisions_and_a_status_verdicts_an_item():
    # each article of a dictum is a decision by its number, its label left out; the copy
    # sent is none; a verdict over a dictum leaves the dictum the decision; `Verdaagd`
    # alone decides its item (Grobbendonk's and Haacht's portals)
    assert _decisions(PORTAL_LIST, "decision_list") == [
        ("besluit", "1", "Kennisname van het jaarverslag 2023 van de bibliotheek."),
        ("besluit", "1", "Het college keurt het verlof van de financieel directeur goed."),
        ("besluit", "2", "Mevrouw Ann Peeters vervangt haar van 2 tot en met 9 april 2024."),
        ("besluit", None, "De notulen van de zitting van 5 maart 2024 worden goedgekeurd."),
        ("besluit", None, "• Subsidiereglement sport - wijziging: Verdaagd"),
    ]


def test_articles_below_a_decision_label_keep_their_numbers_and_cited_articles_are_none():
    text = "\n".join(
        [
            "Gemeenteraad zitting van 20 juni 2025",
            "Artikel 249 §3 van het decreet lokaal bestuur regelt de stemming.",
            "Besluit:",
            "Artikel 1 : De gemeenteraad stelt de jaarrekening 2024 vast.",
            "Artikel 2: De gemeenteraad verleent kwijting aan de financieel directeur.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", "1", "De gemeenteraad stelt de jaarrekening 2024 vast."),
        ("besluit", "2", "De gemeenteraad verleent kwijting aan de financieel directeur."),
    ]


def test_a_body_named_with_its_complement_grants_approval_and_a_noted_dictum_decides():
    text = "\n".join(
        [
            "Zitting van de raad voor maatschappelijk welzijn van 14 november 2024",
            "De raad voor maatschappelijk welzijn geeft goedkeuring aan de notulen van 10 oktober.",
            "Kennisname van de rapportering over het eerste semester.",
            "Het college van burgemeester en schepenen hecht goedkeuring aan de wijziging.",
            "Het college van burgemeester en schepenen vraagt goedkeuring aan de gemeenteraad.",
            "Kennisname van de adviezen",
        ]
    )
    assert [d[2] for d in _decisions(text)] == [
        "De raad voor maatschappelijk welzijn geeft goedkeuring aan de notulen van 10 oktober.",
        "Kennisname van de rapportering over het eerste semester.",
        "Het college van burgemeester en schepenen hecht goedkeuring aan de wijziging.",
    ]


def test_a_body_that_puts_its_numbered_points_to_another_proposes_them():
    for lead in [
        "Het college van burgemeester & wethouders stelt voor :",
        "Burgemeester en wethouders stellen de raad voor te besluiten:",
        "Het dagelijks bestuur stelt het algemeen bestuur voor om:",
    ]:
        text = "\n".join(
            [
                "Raadsvoorstel herinrichting Stationsplein",
                "",
                lead,
                "",
                "1. Een krediet van € 800.000 beschikbaar te stellen voor het plein.",
                "2. De begroting 2024 dienovereenkomstig te wijzigen.",
            ]
        )
        found = [
            (d["number"], d["is_proposal"]) for d in extract_decisions(_document(text, "other"), [])
        ]
        assert found == [("1", True), ("2", True)], lead


# a dictum that adopts a text and ends on a colon: the articles below it are that text
ADOPTED_RULES = [
    """Enig artikel:
De gemeenteraad keurt het verslag van de zitting van 3 maart 2024 goed.
Artikel 1:
De gemeenteraad beslist om het reglement op de adviesraden goed te keuren:
Reglement adviesraden
Artikel 1 Samenstelling
§ 1. De adviesraad vergadert minstens viermaal per jaar.
De voorzitter wordt door de leden verkozen.
Artikel 2:
De gemeenteraad beslist om het reglement van 2019 op te heffen.""",
    """Artikel 1:
Het algemeen bestuur besluit de mandaatregeling als volgt vast te stellen:
Hoofdstuk 1. Algemene bepalingen
De directeur wordt gemachtigd tot het aangaan van overeenkomsten.
Aan de secretaris wordt ondermandaat verleend.
Artikel 2:
Het algemeen bestuur besluit de regeling in werking te laten treden op 1 mei 2021.""",
    """Enig artikel: De raad stelt de huisregels voor de publieke tribune vast als volgt:
Tijdens de vergadering worden telefoons uitgezet.
Bezoekers worden door de bode naar de tribune begeleid.
Artikel 2:
De raad besluit de huisregels te publiceren.""",
]


def test_the_text_a_dictum_adopts_decides_nothing_of_its_own():
    for text in ADOPTED_RULES:
        found = [t for _, _, t in _decisions(text, doc_type="decision_list")]
        # the dictum that adopts the text is kept, and so is the next dictum article
        assert sum(t.endswith(":") for t in found) == 1, found
        assert len(found) == 2 or (len(found) == 3 and "verslag" in found[0]), found
        assert not any(
            w in t for t in found for w in ("vergadert", "gemachtigd", "ondermandaat", "bode")
        ), found


# the legal grounds a decision page cites, and what they quote, are no decisions
CITED_GROUNDS = [
    """De raad keurt de beheersovereenkomst met het autonoom gemeentebedrijf goed.
- Artikel 40 van het decreet over het lokaal bestuur
De gemeenteraad wordt samengesteld en vergadert volgens de regels van dit decreet.
- Gemeenteraadsbesluit van 12 oktober 2020 over de oprichting van het bedrijf
De raad wordt jaarlijks over de werking ingelicht.
- Artikel 231, §2, eerste lid DLB is met ingang van 1 januari 2024 gewijzigd.""",
    """Het college van burgemeester en schepenen keurt het lastenboek goed.
Ministerieel besluit van 5 juni 2018
Het bestek wordt vastgesteld door het college.

Art. 12 van de Wet overheidsopdrachten
De opdracht wordt gegund aan de economisch meest voordelige inschrijving.""",
    """Het dagelijks bestuur stemt in met de begrotingswijziging.
• 14 februari 2019: Waterschapswet artikel 78. Het algemeen bestuur stelt de begroting vast.""",
]


def test_cited_legal_grounds_of_a_decision_page_are_no_decisions():
    for text in CITED_GROUNDS:
        found = [t for _, _, t in _decisions(text, doc_type="decision_list")]
        assert found == [text.splitlines()[0]], found


# texts311/kampenhout-gemeenteraad-kerkfabriek-relst-meerjarenplan-2024 (round BH), lines 1,
# 3, 5 and 11: the cited sources run on into the dictum's article with no blank line between;
# the article opens the body's own words, no quote of the sources above it
CITED_GROUNDS_OVER_ARTICLE = (
    "Decreet van 7 mei 2004 betreffende de materiële organisatie en werking van de erkende "
    "erediensten, en latere wijzigingen;\n"
    "Ministerieel Besluit van 27 november 2006 tot vaststelling van de modellen van de "
    "boekhouding van de besturen van de eredienst.\n"
    "Er was een overleg op 11 juni 2024 tussen het Centraal Kerkbestuur van Kampenhout en de "
    "gemeente over deze wijzigingen 2024 van de verschillende kerkfabrieken.\n"
    "Art. 1: De gemeenteraad keurt de wijziging van het meerjarenplan 2020-2025 van de "
    "kerkfabriek Sint Jozef Relst goed.\n"
)


def test_a_dictum_article_ends_the_paragraph_of_a_cited_source():
    found = _decisions(CITED_GROUNDS_OVER_ARTICLE, doc_type="decision_list")
    assert found == [
        (
            "besluit",
            "1",
            "De gemeenteraad keurt de wijziging van het meerjarenplan 2020-2025 van de"
            " kerkfabriek Sint Jozef Relst goed.",
        )
    ], found


# a Flemish council's notulen page (Balen, Brandweer zone Kempen): each dictum sentence
# adopts the table printed below it; the table holds figures, the sentence the decision
ADOPTED_TABLES = """De gemeenteraad keurt volgende financiële verdeelsleutel voor 2024 voor Brandweer zone Kempen goed:
Gemeente/stad | % 2024 |
Geel | 21,34% |
Mol | 15,44% |
Artikel 2
De gemeenteraad keurt goed dat een verrekening van de goederen wordt doorgevoerd op het investeringsbudget van 2024 als volgt:
Gemeente/stad | Bedrag/jaar |
Geel | -6 539,30 |
Mol | -96 295,79 |"""  # noqa: E501


def test_a_dictum_over_the_table_it_adopts_is_the_decision():
    found = [t for _, _, t in _decisions(ADOPTED_TABLES, doc_type="decision_list")]
    assert found == [
        "De gemeenteraad keurt volgende financiële verdeelsleutel voor 2024 voor Brandweer"
        " zone Kempen goed:",
        "De gemeenteraad keurt goed dat een verrekening van de goederen wordt doorgevoerd op"
        " het investeringsbudget van 2024 als volgt:",
    ]
    # without a table below, a lead-in heads points that are read apart
    lead_in = ADOPTED_TABLES.splitlines()[0] + "\nHet voorstel van de zoneraad ligt ter inzage."
    assert ADOPTED_TABLES.splitlines()[0] not in [
        t for _, _, t in _decisions(lead_in, doc_type="decision_list")
    ]


# texts158/twello-schaakclub-alv-1985-01-29.txt lines 23-25: the lead-in's sentence runs on
# over the line break with the figures it adopts, no points below it
RUN_ON_FIGURES = (
    "Notulen van de ledenvergadering van de Twellose Schaakclub op\n29 januari 1985.\n\n"
    "8. Met het contributie-voorstel van het bestuur gaat de vergadering unaniem akkoord en"
    " luidt vanaf 1 januari 1985 als volgt:\n"
    "tot en met 15 jaar f. 4,- per maand,\n"
    "tot en met 19 jaar f. 5,- per maand en\n"
)

# texts159/ivarem-av-2020-06-19.txt lines 62-66: the sentence broken by a blank line, the
# table it adopts left out of the page (only its mark `(3)` below it)
TABLE_LEFT_OUT = (
    "NOTULEN ALGEMENE VERGADERING IVAREM 19 JUNI 2020\n\n"
    "Agendapunt 3: Vaststelling van de definitieve bijdragen voor het afgelopen boekjaar\n\n"
    "De algemene vergadering beslist de definitieve bijdragen voor de gemeentelijke"
    " deelnemers voor het\n\n"
    "jaar 2019 op de volgende wijze vast te stellen:\n\n(3)\n"
)


def test_a_lead_in_over_no_points_states_the_decision():
    assert [t for _, _, t in _decisions(RUN_ON_FIGURES)] == [
        "Met het contributie-voorstel van het bestuur gaat de vergadering unaniem akkoord en"
        " luidt vanaf 1 januari 1985 als volgt:"
    ]
    assert [t for _, _, t in _decisions(TABLE_LEFT_OUT)] == [
        "De algemene vergadering beslist de definitieve bijdragen voor de gemeentelijke"
        " deelnemers voor het jaar 2019 op de volgende wijze vast te stellen:"
    ]


# a Flemish council's agenda-point page (Waasmunster, Intergem): the motivation runs on to the
# dictum's first article, printed with no `Besluit` heading; the article approves the agenda
# of the intercommunale's meeting, whose items are that agenda, not decisions of the council
APPROVED_AGENDA = """Motivering :
De gemeente is voor één of meerdere activiteiten aangesloten is bij de opdrachthoudende vereniging Intergem.
Een dossier met documentatiestukken betreffende deze agendapunten kan elektronisch worden geraadpleegd op het Extranet van Intergem.
Art. 1 : De Raad beslist zijn goedkeuring te hechten aan de agenda van de Buitengewone Algemene Vergadering van de opdrachthoudende vereniging Intergem van 21 november 2024 :
1. Bespreking in het kader van artikel 432 van het decreet over het lokaal bestuur van de te ontwikkelen activiteiten en de te volgen strategie voor het boekjaar 2025 alsook van de door de Raad van Bestuur opgestelde begroting 2025.
2. Vaststelling uitkeringen overeenkomstig artikel 6:114 e.v. WVV.
3. Desgevallend aanvaarding uitbreiding aansluiting gemeenten voor (neven)activiteiten.
4. Statutaire benoemingen.
5. Statutaire mededelingen.
Art. 2 : De Raad beslist de vertegenwoordiger van de gemeente/stad die zal deelnemen aan de Buitengewone Algemene Vergadering van de opdrachthoudende vereniging Intergem"""  # noqa: E501


def test_a_dictum_article_ends_the_motivation_and_an_approved_agenda_is_its_text():
    found = [t for _, _, t in _decisions(APPROVED_AGENDA, doc_type="other")]
    assert [t[:40] for t in found] == [
        "De Raad beslist zijn goedkeuring te hech",
        "De Raad beslist de vertegenwoordiger van",
    ]


# a Flemish portal's notulen page (Retie, raad voor maatschappelijk welzijn): the point's
# decision timestamp stands between its title and its verdict; the verdict decides the title
TIMESTAMPED_VERDICT = """Notulen  raad voor maatschappelijk welzijn

ma 23/06/2025 - 20:00 Raadzaal

Agendapunten

1.

2025_RMW_00037 - Vorige vergadering - Notulen en verslag - Goedkeuring

Datum beslissing: ma 23/06/2025 - 20:02
Goedgekeurd

Samenstelling"""


def test_a_verdict_below_its_decision_timestamp_decides_the_title_above():
    assert _decisions(TIMESTAMPED_VERDICT) == [
        (
            "besluit",
            None,
            "2025_RMW_00037 - Vorige vergadering - Notulen en verslag - Goedkeuring: Goedgekeurd",
        )
    ]


# one point's decision page, as a Flemish portal prints it: the stored Balen notulen page
# starts in the point's legal grounds, its dictum adopts a table and goes on in `Artikel 2`;
# AGB Puurs-Sint-Amands' `Besluit` page argues in paragraphs above its `Aanleiding`. The
# argument's sentences (a royal decree cited by its date, how statutes are changed, how a
# service's costs are shared) are no rows of a decision list
ARGUED_POINT = """Hoofdstuk II van de wet van 15 mei 2007 betreffende de civiele veiligheid, BS31 juli 2007.
Het koninklijk besluit van 23 augustus 2014 houdende vaststelling van de inventaris- en schattingsregels van de roerende en onroerende goederen van de gemeenten, BS29 oktober 2014.
De gemeenteraad keurt volgende financiële verdeelsleutel voor 2024 voor Brandweer zone Kempen goed:
Gemeente/stad | % 2024 |
Geel | 21,34% |
Artikel 2
De gemeenteraad keurt goed dat een verrekening van de goederen wordt doorgevoerd op het investeringsbudget van 2024 als volgt:
Gemeente/stad | Bedrag/jaar |
Geel | -6 539,30 |
De aangerekende kosten van de GAS-dienst, worden verdeeld over de deelnemende gemeenten op basis van de nieuwe verdeelsleutel, zoals bepaald in de gewijzigde overeenkomst interlokale vereniging 2022 en goedgekeurd door de desbetreffende gemeenteraden."""  # noqa: E501

ARGUED_PROPOSAL = """Besluit  Raad van bestuur AGB

ma 25/03/2024 - 20:00

Wijziging /coördinatie statuten AGB Puurs-Sint-Amands - Goedkeuring voorstel

Gelet op de verhuis naar het nieuwe gemeentehuis, wordt voorgesteld om de maatschappelijke zetel van het AGB Puurs-Sint-Amands met ingang van 22 april 2024 te verplaatsen naar het adres Forum 6, 2870 Puurs-Sint-Amands.

De wijzigingen in de statuten worden aangebracht bij beslissing van de gemeenteraad, op voorstel of na advies van de raad van bestuur van het autonoom gemeentebedrijf in kwestie.

Aanleiding

Naar aanleiding van de verhuis naar het nieuwe gemeentehuis per 22 april 2024 dienen de statuten van het AGB Puurs-Sint-Amands aangepast te worden."""  # noqa: E501


def test_the_argument_of_one_points_decision_page_holds_no_rows():
    found = [t for _, _, t in _decisions(ARGUED_POINT, doc_type="decision_list")]
    assert [t[:30] for t in found] == [
        "De gemeenteraad keurt volgende",
        "De gemeenteraad keurt goed dat",
    ]
    found = [t for _, _, t in _decisions(ARGUED_PROPOSAL, doc_type="decision_list")]
    assert not any("worden aangebracht" in t for t in found), found


# a youth council's notes (Hoeilaart): the item's verdict closed by an exclamation mark
EXCLAIMED_VERDICT = """Jeugdraad 1 oktober 2014

1. Goedkeuring vorig verslag

De zwerfvuilactie wordt verplaatst van 21 maart naar 28 maart.

Goedgekeurd!

2. Opstart werkgroepen:"""


def test_a_verdict_with_an_exclamation_mark_decides_its_item():
    assert ("besluit", None, "Goedkeuring vorig verslag: Goedgekeurd!") in _decisions(
        EXCLAIMED_VERDICT
    )


# a Flemish notulen page (Kapelle-op-den-Bos, OCMW-raad): each point states its decision over
# its legal grounds and again in its dictum's article; one decision printed twice
RESTATED_DICTUM = """De voorzitter opent de zitting op 25/11/2024 om 19:59.
De notulen van de OCMW-raad d.d. 21 oktober 2024 worden goedgekeurd.
Gelet op de notulen van de OCMW-raad d.d. 21 oktober 2024.
Gelet op de artikelen 32, 277 en 278 van het decreet lokaal bestuur.
Art. 1 De notulen van de OCMW-raad d.d. 21 oktober 2024 worden goedgekeurd.
De raad keurt het reglement aanbieden van fietslessen voor volwassenen goed."""


def test_a_dictum_article_that_restates_the_points_decision_is_no_second_row():
    assert [t for _, _, t in _decisions(RESTATED_DICTUM)] == [
        "De notulen van de OCMW-raad d.d. 21 oktober 2024 worden goedgekeurd.",
        "De raad keurt het reglement aanbieden van fietslessen voor volwassenen goed.",
    ]


# a Flemish college's Besluitenlijst (Grimbergen): each point's verdict over its dictum; a
# college that ratifies decides as one that approves does
RATIFIED = """Besluitenlijst  COLLEGE VAN BURGEMEESTER EN SCHEPENEN

        • Mededeling vacatures in het operationeel en logistiek kader in de vijfde mobiliteitscyclus van 2023 van de Geïntegreerde Politie - Bekrachtiging

          Goedgekeurd

          Het schepencollege bekrachtigt de publicatie van vacante betrekkingen van de politiezone Grimbergen in de vijfde mobiliteitscyclus van 2023 van de Geïntegreerde Politie."""  # noqa: E501


def test_a_college_that_ratifies_decides():
    found = [t for _, _, t in _decisions(RATIFIED, doc_type="decision_list")]
    assert any(t.startswith("Het schepencollege bekrachtigt de publicatie") for t in found), found
    # a report or a pronoun that `bekrachtigt` confirms, no body decides
    text = (
        "Verslag\n\nHet rapport bekrachtigt de conclusie van de werkgroep.\n"
        "Dit bekrachtigt het belang van overleg."
    )
    assert _decisions(text) == []


#: lines of real texts (texts127 zio-vertrouwenspersoon-2022, texts133 ugent-klachten-2015,
#: texts156 pz5405-overlastmeldingen-hotspots-2016-2017; kept: texts138 nttb-bondsraad-2024-04,
#: texts108 schiermonnikoog-db-2024) in one set of minutes
DATED_YEAR = """Notulen van de vergadering

1. Jaarverslag
Daarnaast heeft de directie van ZIO in 2022 besloten dat er naast de interne \
vertrouwenspersoon ook een externe vertrouwenspersoon is aangesteld.
Het Bestuurscollege van de UGent is op 20 februari 2003 akkoord gegaan met de invulling van \
de functie van klachtenbehandelaar.
In 2017 werd er een daling van overlast vastgesteld.
2. Vergaderdata
Vervolgens stelden de Bondsraadsleden de data van de vergaderingen in 2025 vast.
De mededeling van de verhoging van de contributie ingaande op 1 januari 2025 is door de \
leden goedgekeurd."""


def test_a_past_act_dated_by_its_year_is_reported_not_taken():
    assert _decisions(DATED_YEAR) == [
        ("besluit", None, "Vervolgens stelden de Bondsraadsleden de data van de vergaderingen "
         "in 2025 vast."),
        ("besluit", None, "De mededeling van de verhoging van de contributie ingaande op 1 "
         "januari 2025 is door de leden goedgekeurd."),
    ]  # fmt: skip


#: real lines of a politieraad's proces-verbaal (texts168 pz5342-politieraad-pv-2017-09-18,
#: lines 1-25): each item closes with an outcome line whose object is the item itself
POLICE_COUNCIL_PV = """Proces-Verbaal 2017/09/18

OPENBARE ZITTING

1. Goedkeuring van het proces-verbaal van de zitting van de Politieraad van 26 juni 2017.

De Raad keurt het punt goed.

18 stemmers : 18 positieve stemmen.

3. Afsluiting van de jaarrekeningen van het dienstjaar 2016.

De Politieraad beslist de jaarrekeningen van het dienstjaar 2016 goe te keuren zoals ze voorkomen in bijlagen.

De Raad keurt het punt goed.

20 stemmers : 20 positieve stemmen."""  # noqa: E501

#: real lines of a Brussels council's bilingual minutes (texts148 oudergem-gr-2012-12-13, line
#: 10, its Dutch part) and of a provincial council's open-data page (texts174
#: provantwerpen-provincieraad-2024-12-19, lines 4-9)
BRUSSELS_PV = (
    "Proces-verbaal van de Gemeenteraadszitting van Goedkeuring Het proces-verbaal van deze "
    "zitting wordt met eenparigheid van stemmen goedgekeurd. De Raad keurt het voorstel van de "
    "beraadslaging goed. Christophe Hardy entre en séance / treedt in zitting"
)
PORTAL_STATUS = """PROVINCIERAAD VAN ANTWERPEN Vergadering van 19 december 2024 Verslag
|
Agenda nr. 0/1 | Provincieraad. Ontslag. Opvolging. Onderzoek geloofsbrieven. Eedaflegging. \
Goedkeuring.
|
Besluit goedgekeurd in de raad van 19 december 2024
Artikel 15 van het provinciedecreet bepaalt dat het provincieraadslid dat ontslag wil nemen, \
dat schriftelijk meedeelt aan de voorzitter van de provincieraad."""


def test_an_items_outcome_line_is_its_verdict_not_a_decision_of_its_own():
    # one row per item: the title with its verdict where no dictum is printed, else the dictum
    assert _decisions(POLICE_COUNCIL_PV, doc_type="decision_list") == [
        ("besluit", "1", "Goedkeuring van het proces-verbaal van de zitting van de Politieraad "
         "van 26 juni 2017: De Raad keurt het punt goed."),
        ("besluit", None, "De Politieraad beslist de jaarrekeningen van het dienstjaar 2016 goe "
         "te keuren zoals ze voorkomen in bijlagen."),
    ]  # fmt: skip
    assert _decisions(BRUSSELS_PV) == [
        ("besluit", None, "Het proces-verbaal van deze zitting wordt met eenparigheid van "
         "stemmen goedgekeurd."),
    ]  # fmt: skip
    assert _decisions(PORTAL_STATUS) == []  # the status line is no decision of its own


def test_a_body_that_approves_a_named_paper_still_decides():
    # the object names what was decided: no outcome of the item alone
    text = "Verslag\n\n2. Rekening\nDe Raad keurt het punt van de rekening 2016 goed."
    assert [t for _, _, t in _decisions(text)] == [
        "De Raad keurt het punt van de rekening 2016 goed."
    ]


# web170 vechtstromen-db-besluitenlijst-2020-07-07, lines 27-35 (shortened)
LETTERED_DICTA = """Besluit

Het dagelijks bestuur stelt het algemeen bestuur voor:

 1. het jaarverslag 2019 in ontwerp goed te keuren;
 2. het resultaat van de jaarrekening 2019 van € 3.332.000 als volgt te bestemmen:
  a. € 972.000 toevoegen aan de bestemmingsreserve tariefegalisatie watersysteembeheer;
  b. € 1.942.000 toevoegen aan de bestemmingsreserve tariefegalisatie zuiveringsbeheer;"""


def test_lettered_points_below_a_lead_in_that_ends_with_its_verb_are_dicta_of_their_own():
    assert _decisions(LETTERED_DICTA, doc_type="decision_list") == [
        ("besluit", "1", "het jaarverslag 2019 in ontwerp goed te keuren;"),
        ("besluit", "2a", "€ 972.000 toevoegen aan de bestemmingsreserve tariefegalisatie "
         "watersysteembeheer;"),
        ("besluit", "2b", "€ 1.942.000 toevoegen aan de bestemmingsreserve tariefegalisatie "
         "zuiveringsbeheer;"),
    ]  # fmt: skip


# web185 noordoostpolder-bw-besluitenlijst-2022-10-04, lines 6-31 (shortened)
PROPOSING_LEAD = """Besluitenlijst uit de vergadering van burgemeester en wethouders.

Aanmeldcentrum asielzoekers

 1. Instemmen met het afwijzen van de vraag om mee te werken aan een aanmeldcentrum.

Bestemmingsplan 'Landelijk gebied, Karel Doormanweg 26-28 te Tollebeek'

De raad voorstellen:

 • a. Op de percelen Karel Doormanweg 26 en 28 de bestemming naar ‘Bedrijf’ om te zetten.
 • d. Geen exploitatieplan vast te stellen."""


def test_lettered_bullets_below_a_proposing_lead_in_are_proposed_points():
    found = extract_decisions(_document(PROPOSING_LEAD, "decision_list"), [])
    assert [(d["number"], d["text"][:30], d["is_proposal"]) for d in found] == [
        ("1", "Instemmen met het afwijzen van", False),
        ("a", "Op de percelen Karel Doormanwe", True),
        ("d", "Geen exploitatieplan vast te s", True),
    ]


# web192 sonenbreugel-raad-besluitenlijst-2020-12-17, lines 6-12
AGREED_POINTS = """Gebiedsvisie Breugel Bruist! en grondexploitatie herontwikkeling Centrum Breugel

De raad stelt de gebiedsvisie van Breugel Bruist! vast en stemt in met:

 • de nadere uitwerking van “het bosje” aan de Asteroïdenlaan;
 • de afsluiting van de vastgestelde grondexploitatie Breugel Bruist uit 2017."""


def test_the_points_a_body_agrees_to_are_decisions_beside_its_own_clause():
    assert _decisions(AGREED_POINTS, doc_type="decision_list") == [
        ("besluit", None, "de nadere uitwerking van “het bosje” aan de Asteroïdenlaan;"),
        ("besluit", None, "de afsluiting van de vastgestelde grondexploitatie Breugel Bruist "
         "uit 2017."),
        ("besluit", None, "De raad stelt de gebiedsvisie van Breugel Bruist! vast en stemt in "
         "met:"),
    ]  # fmt: skip


def test_a_decision_fields_points_under_a_proposing_lead_in_are_proposed():
    # web170 vechtstromen: the board's field puts the points to the general board
    found = extract_decisions(_document(LETTERED_DICTA, "decision_list"), [])
    assert [(d["number"], d["is_proposal"]) for d in found] == [
        ("1", True),
        ("2a", True),
        ("2b", True),
    ]
