"""Decision pages whose layout the text runs on as prose: a provincial executive's decision
table with an advice and a result column copied by a news archive (each row's number,
subject, advice and `Conform.` on one run of lines), a water board's published decisions
whose sentence closes a quoted title (`... eeuw.’ Heemraad X zal ...`), and a body's page
that names decisions only as what its advisers help it take."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from pipeline.decisions.labels import _run_on_points, _run_on_proposals
from tests.test_decisions_headings import _decisions, _document

# texts150/drenthe-gs-besluitenlijst-1999-11-16.txt (lines 4-39)
GS_LIST = """GS-besluitenlijst d.d. 16 november 1999Nummer Openbaar Onderwerp Advies Beslissing GS

6.2/RW Ja Bestemmingsplan Zandwinning Ubbena; gemeente Assen. Reclamant ontvankelijk verklaren, de bedenkingen ongegrond verklaren en het bestemmingsplan goedkeuren, met uitzondering van het percentage van 15 in artikel 7,

eerste lid.
Conform.

6.5/RW Ja Verklaring van geen bezwaar verbouwen garagebedrijf Elim, gemeente Hoogeveen. De verklaring van geen bezwaar afgeven. Conform.
6.8/RW Ja Vergadering IPO-adviescommissie Milieu en

Water op 18 november 1999.
Instemmen met de voorstellen en de reacties en aan-

geven wie de vergadering zal bezoeken.
Conform; gedeputeerden Edelenbosch en Swierstra gaan.
6.9/WK Ja Vragen ex artikel 29 van het Reglement van orde over coördinatie onderhouds- en verbeteringswerkzaamheden wegen. Instemmen met de conceptbrief. Conform (met aanpassing).

6.11/Bo Ja Programmatische aanpak verontreinigde gasfabrieksterreinen.
1. Kennisnemen van het plan van aanpak.

2. Instemmen met de aanpak in noordelijk verband met Groningen, Fryslân en Overijssel.
4. Gedeputeerde Dijks aanwijzen als lid van de stuurgroep.

Conform (afstemmen met Intergemeentelijk Samenwerkings Verband).
6.13/MB Ja Najaarsprogramma Nationaal Milieubeleidsplan (NMP) 1999. He"""  # noqa: E501


def test_each_advice_a_table_run_on_as_prose_adopts_is_a_decision():
    assert _decisions(GS_LIST, "decision_list") == [
        ("besluit", "6.2", "Reclamant ontvankelijk verklaren, de bedenkingen ongegrond "
         "verklaren en het bestemmingsplan goedkeuren, met uitzondering van het percentage "
         "van 15 in artikel 7, eerste lid."),
        ("besluit", "6.5", "De verklaring van geen bezwaar afgeven."),
        ("besluit", "6.8", "Instemmen met de voorstellen en de reacties en aangeven wie de "
         "vergadering zal bezoeken."),
        # what the result adds after its semicolon settles who carries the advice out
        ("actie", "6.8", "gedeputeerden Edelenbosch en Swierstra gaan."),
        ("besluit", "6.9", "Instemmen met de conceptbrief."),
        # an advice in numbered steps: a decision per step, by its own number
        ("besluit", "1", "Kennisnemen van het plan van aanpak."),
        ("besluit", "2", "Instemmen met de aanpak in noordelijk verband met Groningen, "
         "Fryslân en Overijssel."),
        ("besluit", "4", "Gedeputeerde Dijks aanwijzen als lid van de stuurgroep."),
    ]  # fmt: skip


# texts150/wshd-collegebesluiten-2020-11-24.txt (lines 1-12)
WATER_BOARD = """Het college van dijkgraaf en heemraden nam in de vergadering van dinsdag 24 november de volgende besluiten:

Onderzoek naar ruimtelijke kwaliteit

Het college heeft ingestemd met de samenwerkingsovereenkomst ‘Naar een aanpak voor versterking van ruimtelijke kwaliteit en duurzame inrichting in het waterveiligheidsbeheer van de 21e eeuw.’ Heemraad Waterveiligheid en Omgeving zal de samenwerkingsovereenkomst namens waterschap Hollandse Delta ondertekenen.
"""  # noqa: E501


def test_a_sentence_that_closes_a_quoted_title_ends_there():
    assert [(kind, text[-40:]) for kind, _, text in _decisions(WATER_BOARD, "other")] == [
        ("besluit", "waterveiligheidsbeheer van de 21e eeuw.’"),
        ("actie", "waterschap Hollandse Delta ondertekenen."),
    ]


# texts150/vrbzo-algemeen-bestuur-negatief.txt (lines 1-12)
BOARD_PAGE = """Algemeen Bestuur

Het Algemeen Bestuur wordt gevormd door de 21 burgemeesters van de regio Zuidoost-Brabant. Om afgewogen besluiten te kunnen nemen laat het Algemeen Bestuur zich adviseren door experts uit verschillende disciplines:

  • directeur VRBZO
  • eenheidsleiding politie
  • coördinerend watergraaf

Het Algemeen Bestuur vergadert 3 tot 4 keer per jaar.
"""  # noqa: E501


def test_decisions_named_as_what_is_yet_to_be_taken_head_no_decided_list():
    assert _decisions(BOARD_PAGE) == []


# texts150/brasschaat-rmw-2020-09-28.txt (lines 33-61)
WELFARE_COUNCIL = """1 Goedkeuring notulen en zittingsverslag van de zitting van 31 augustus 2020. - GOEDGEKEURD

Beslissing

Feiten en motivering

Op 31 augustus 2020 vond een  zitting van de raad voor maatschappelijk welzijn plaats. Aan de raad wordt verzocht het verslag goed te keuren.

Juridisch kader

Artikel 32 van het decreet lokaal bestuur.

BESLUIT eenparig:

Art.1.- De notulen en het zittingsverslag van de zitting van 31 augustus 2020 worden goedgekeurd.
"""  # noqa: E501


def test_what_a_flemish_pages_facts_and_motivation_ask_is_background():
    found = _decisions(WELFARE_COUNCIL)
    assert found and not any("verzocht" in text for _, _, text in found)


# texts144/retie-rmw-2025-06-23.txt (lines 20-25), texts148/bzl-districtsraad-2023-03-06.txt
# (lines 4-8): a portal's item title opens with its register code, the body's and the
# date's lines between it and its verdict
@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("1.\n\n2025_RMW_00037 - Vorige vergadering - Notulen en verslag - Goedkeuring\n\n"
         "Datum beslissing: ma 23/06/2025 - 20:02\nGoedgekeurd\n",
         "2025_RMW_00037 - Vorige vergadering - Notulen en verslag - Goedkeuring"),
        ("2023_DRBZL_00009 - Districtsraad - Notulen districtscollege - Kennisneming\n\n"
         "districtsraad Berendrecht Zandvliet Lillo\n"
         "ma 06/03/2023 - 20:00 Districtshuis Berendrecht-Zandvliet-Lillo\nKennis genomen\n",
         "2023_DRBZL_00009 - Districtsraad - Notulen districtscollege - Kennisneming"),
    ],
)  # fmt: skip
def test_a_portals_verdict_decides_the_title_its_register_code_opens(item, title):
    page = f"Terug\nGepubliceerd op 09/10/2025\n\n{item}\nSamenstelling\n\nAanwezig\n"
    assert [text.split(": ")[0] for _, _, text in _decisions(page)] == [title]


# texts150/wshd-besluiten-college-2019-09-10.txt (lines 1-13), wshd-collegebesluiten-2020-11-24
# (line 7): a water board's page of its executive's decisions, the body named with its members
COLLEGE_NEWS = """Het college van dijkgraaf en heemraden (D&H) vormt het dagelijks bestuur van waterschap Hollandse Delta.

Data controle sloten en singels

Jaarlijks zorgen het waterschap, gemeente en andere eigenaren voor onderhoud van sloten en singels. Het dagelijks bestuur stelde vast wanneer we de komende tijd de schouw uitvoeren.

Basisregistratie Grootschalige Topografie

Het college van dijkgraaf en heemraden heeft de jaarlijkse evaluatie Basisregistratie Grootschalige Topografie (BGT) over 2019 vastgesteld. Het waterschap scoort ruim boven de norm van het ministerie.
"""  # noqa: E501


def test_a_college_that_set_when_and_one_named_with_its_members_decide():
    assert [text[:45] for _, _, text in _decisions(COLLEGE_NEWS, "other")] == [
        "Het dagelijks bestuur stelde vast wanneer we ",
        "Het college van dijkgraaf en heemraden heeft ",
    ]


def test_a_body_that_notes_a_fact_sets_nothing():
    page = "Notulen bestuursvergadering\n\nHet bestuur stelt vast dat de kas klopt.\n"
    assert _decisions(page) == []


# texts150/boor-ab-2017-04-19.txt (line 49): a school board's minutes, the adopting verb late
# in a long sentence, its object a pronoun
def test_a_body_that_thanks_at_length_and_adopts_the_papers_decides():
    page = """Vergadering 19 april 2017

Jaarstukken 2016

De auditcommissie heeft de jaarstukken voorbesproken. Het algemeen bestuur spreekt haar waardering uit richting de accountant en de collega’s van het bureau voor de totstandkoming van de stukken en stelt ze vast. Ze worden ter goedkeuring naar de gemeenteraad gestuurd.
"""  # noqa: E501
    assert [text[:40] for _, _, text in _decisions(page)] == [
        "Het algemeen bestuur spreekt haar waarde"
    ]


# texts148/wilrijk-districtsraad-2023-03-02.txt (lines 1-25): the item's title again below the
# attendance, run into its breadcrumb
PORTAL_ITEM = """Terug
Gepubliceerd op 07/03/2023

2023_DRWI_00015 - Districtsraad - Notulen districtsraad 2 februari 2023 - Goedkeuring

districtsraad Wilrijk
do 02/03/2023 - 20:00 raadzaal districtshuis Wilrijk
Goedgekeurd

Samenstelling

Aanwezig

Hans Ides, districtsschepen; Robert Moens, districtsschepen; Werner Theuns, districtsschepen

Secretaris

Julie De Vos, districtssecretaris
2023_DRWI_00015 - Districtsraad - Notulen districtsraad 2 februari 2023 - Goedkeuring 2023_DRWI_00015 - Districtsraad - Notulen districtsraad 2 februari 2023 - Goedkeuring

Motivering
"""  # noqa: E501


def test_a_portals_title_printed_twice_repeats_its_item():
    found = _decisions(PORTAL_ITEM, "decision_list")
    assert len(found) == 1 and found[0][2].startswith("2023_DRWI_00015 - Districtsraad")


def test_a_flemish_dictums_article_with_a_stop_and_a_dash_numbers_its_decision():
    # texts150/brasschaat-rmw-2020-09-28.txt (lines 57-61)
    page = "BESLUIT eenparig:\n\nArt.1.- De notulen en het zittingsverslag van de zitting van 31 augustus 2020 worden goedgekeurd.\n"  # noqa: E501
    assert _decisions(page) == [
        ("besluit", "1", "De notulen en het zittingsverslag van de zitting van 31 augustus 2020 "
         "worden goedgekeurd."),
    ]  # fmt: skip


# texts150/brasschaat-rmw-2020-09-28.txt (lines 27-90): a portal's list of points, each point's
# title with its status, the first one's dictum printed below it, the second one's cut off
POINTS = """Overzicht punten

1 Goedkeuring notulen en zittingsverslag van de zitting van 31 augustus 2020. - GOEDGEKEURD

Beslissing

BESLUIT eenparig:

Art.1.- De notulen en het zittingsverslag van de zitting van 31 augustus 2020 worden goedgekeurd.

Publicatiedatum: 29/10/2020
Overzicht punten

2 Gemeenteraadscommissie inzake deontologische code voor lokale mandatarissen. Aanduiding van leden. - GOEDGEKEURD

Beslissing

Feiten en motivering

In het huishoudelijk reglement van de gemeenteraad wordt een bijzondere commissie voor deontologische code voor mandatarissen voorzien.
"""  # noqa: E501


def test_a_points_status_decides_its_title_where_no_dictum_below_does():
    assert _decisions(POINTS) == [
        ("besluit", "1", "De notulen en het zittingsverslag van de zitting van 31 augustus 2020 "
         "worden goedgekeurd."),
        ("besluit", "2", "Gemeenteraadscommissie inzake deontologische code voor lokale "
         "mandatarissen. Aanduiding van leden."),
    ]  # fmt: skip


def test_the_minutes_adopted_as_an_infinitive_and_consent_with_thanks_decide():
    # texts150/boor-ab-2017-04-19.txt (line 49), texts149/dordrecht-diaconie-1811.txt (line 31)
    page = """Vergadering 19 april 2017

Na het vaststellen van het verslag van 13 februari, start de vergadering met een toelichting op de jaarstukken.

Praeses heeft ivm de buitengewoon strenge kou de vrijheid genomen de deling van turf acht dagen te vervroegen. De vergadering gaat daarmee akkoord onder dankzegging voor deze ‘lofwaardige directie’.
"""  # noqa: E501
    assert [text[:40] for _, _, text in _decisions(page)] == [
        "Na het vaststellen van het verslag van 1",
        "De vergadering gaat daarmee akkoord onde",
    ]


# texts154/ab-hof-van-breda-agenda-2007-12-05.txt (line 10, cut): a water board's agenda on
# one line, each point's proposed `Besluit:` closing on a verb's particle (`aan.`)
AB_AGENDA = (
    "1 Agenda Algemeen bestuur Op 5 december 2007, aanvang uur Plaats: Hof van Breda 3. "
    "Mededelingen a. Stuwen Bovenmark e. Gebruik Post Onvoorzien op de Begroting Besluit: het "
    "algemeen bestuur neemt de mededelingen voor kennisgeving aan. Bijlage Bijlage Nazending "
    "4. Ingekomen stukken a. Brief H. Machielse en antwoord DB d. Brief inzake 5 e lijn SNB "
    "Besluit: het algemeen bestuur neemt de ingekomen stukken voor kennisgeving aan. 5. "
    "Verslagen Regiocommissies c. Verslag commissievergadering regio Oost d.d. 2 oktober 2007 "
    "Besluit: het AB neemt de verslagen voor kennisgeving aan. 6. Verslagen AB-commissies\n"
)


def test_a_particle_closes_each_points_decision_on_a_run_on_agenda():
    found = [text for _, _, text in _decisions(AB_AGENDA, "other")]
    assert [text.split("Besluit: ")[1] for text in found] == [
        "het algemeen bestuur neemt de mededelingen voor kennisgeving aan.",
        "het algemeen bestuur neemt de ingekomen stukken voor kennisgeving aan.",
        "het AB neemt de verslagen voor kennisgeving aan.",
    ]


# texts154/akersloot-raad-1823-12-17-p39.txt (line 1, cut): an old register's page, its
# resolutions in the passive with the verb first
AKERSLOOT_1823 = (
    "Werd besloten zich daarover aan den heer Gouverneur, op de meest ampele wijze te "
    "adresseren. Penningmeester der Westwouderpolder. Administratie polders. Werd vervolgens "
    "geresolveerd (besloten) dat enen gelijk zederd onheugelijke jaren de Super Intendantie "
    "over de polders onder de Jurisdictie deze gemeente gelegen aan het gemeentebestuur blijft.\n"
)


def test_an_old_registers_resolution_opens_with_its_passive_verb():
    found = [text[:40] for _, _, text in _decisions(AKERSLOOT_1823, "other")]
    assert found == [
        "Werd besloten zich daarover aan den heer",
        "Werd vervolgens geresolveerd (besloten) ",
    ]


# texts164/logius-tag-adr-2023-04-13.txt (line 120), texts125/buckfastflevo-btg-2017.txt
# (line 14, cut), texts171/fronteers-bv-2016-11-10.txt (line 10) and
# texts123/vlieland-raad-2022-09.txt (line 7): running prose joins a clause of its own with a
# new subject after `en`, a comma or `dus`
JOINED_CLAUSES = (
    "Alexander laat zien wat voor punten we nog meer uit edelivery over kunnen nemen en er "
    "wordt besloten dit alvast in de scope van ADR versie 1.1 op te nemen en hiervoor een "
    "branche te maken.\n\n"
    "Als de afwezigen nog kosten hebben gemaakt dat even aan Nico doorgeven. De kosten zijn "
    "afgerekend en Nico stuurt nog een overzichtje. Er blijft nog een bedrag over.\n\n"
    "Dat is helaas ontschoten bij de secretaris, hij zal direct de notulen ter beoordeling "
    "naar het bestuur sturen.\n\n"
    "Burgemeester Schrier antwoordde dat de gemeente de zorg over het Armhuys deelt. Hier is "
    "nog geen antwoord op gekomen dus hij zal hier binnenkort nogmaals naar informeren, net "
    "als naar de estrikken.\n"
)


def test_a_clause_joined_with_a_new_subject_opens_its_decision():
    assert [(kind, text) for kind, _, text in _decisions(JOINED_CLAUSES)] == [
        ("besluit", "er wordt besloten dit alvast in de scope van ADR versie 1.1 op te nemen "
         "en hiervoor een branche te maken."),
        ("actie", "Nico stuurt nog een overzichtje."),
        ("actie", "hij zal direct de notulen ter beoordeling naar het bestuur sturen."),
        ("actie", "hij zal hier binnenkort nogmaals naar informeren, net als naar de "
         "estrikken."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        # two names that share a plural verb are one subject, no clause after `en`
        "Het bestuur en Nico gaan de kas nog eens na.",
        # a pronoun after the comma of a condition is the condition's, no clause of its own
        "Als het bestuur het niet weet, hij zal het zeker ook niet weten.",
    ],
)
def test_no_clause_opens_inside_a_subject_or_a_condition(sentence):
    assert _decisions(sentence + "\n") == []


# texts165/wbl-ab-voorstel-rapportage-ey.txt (line 10, its first 750 characters): a water
# board's proposal form transcribed onto one line, its decision field inside the line
WBL_PROPOSAL = (
    "1 FPC Algemeen Fout! Ong eldig e b estand sn aam. Voorstel aan het AB Van Dagelijks "
    "Bestuur Corsanr. porten/ Onderwerp Rapportage EY omtrent vermeende belangenverstrengeling "
    "Agendapuntnr. AB-vergadering Besluit Overeenkomstig het voorstel van het Dagelijks "
    "Bestuur: - de rapportage van Ernst & Young omtrent vermeende belangenverstrengeling voor "
    "kennisgeving aan te nemen; - de betreffende rapportage ter informatie aan te bieden aan "
    "de algemeen besturen van de waterschappen Roer en Overmaas en Peel en Maasvallei. "
    "Financiële gevolgen Geen. Inleiding Historie Op is een persbericht uitgegaan om reden dat "
    "de voorzitter Toine Gresel van Waterschap Peel en Maasvallei bij de Minister van "
    "Infrastructuur en Milieu een verzoek tot ontslag ingediend."
)


@pytest.mark.parametrize("doc_type", ["other", "memo", "report"])
def test_a_proposal_papers_decision_field_on_its_run_on_line_proposes_each_point(doc_type):
    # the page's title (its line 1) names the paper a proposal: `Voorstel aan het AB. ...`
    title = "Voorstel aan het AB. Rapportage EY omtrent vermeende belangenverstrengeling"
    found = extract_decisions({**_document(WBL_PROPOSAL, doc_type), "title": title}, [])
    assert [(d["kind"], d["is_proposal"], d["text"]) for d in found] == [
        ("besluit", True, "de rapportage van Ernst & Young omtrent vermeende "
         "belangenverstrengeling voor kennisgeving aan te nemen;"),
        # the last point ends with its sentence: the form's next field runs on after it
        ("besluit", True, "de betreffende rapportage ter informatie aan te bieden aan de "
         "algemeen besturen van de waterschappen Roer en Overmaas en Peel en Maasvallei."),
    ]  # fmt: skip


# texts187/devo-raadsvoorstel-wob-verzoek-2017.txt (line 10), as its born-digital PDF gives it
# (`scripts/web_render_eval.py`): the council proposal's page, one line in the text, wrapped
# at the page's width, its `Beslispunten` running over the lines
DEVO_WRAPPED = """\
1 RAADSVOORSTEL Agendapunt Raad 23 februari 2017 Afdeling Strategie & Control
Voorstelnummer Datum 14 februari 2017 Onderwerp Programma Wob-verzoek informatie
DEVO Burger en Bestuur Inlichtingen bij Telefoonnummer adres Bart Knieriem (0318) Bart.
Aan de leden van de raad, Beslispunten 1. Naar aanleiding van het Wob-verzoek om
informatie te verstrekken die is vastgelegd in documenten en elektronische
gegevensdragers in relatie tot het DEVO-dossier over de periode 2010 tot en met heden,
voor zover de raad bevoegd is: a. De in bijlage 1 opgenomen documenten/besluiten te
verstrekken aan verzoeker; b. Het verstrekken van informatie te weigeren voor zover die is
vastgelegd in de geel gearceerde documenten/besluiten in bijlagen Il en 111, gelet op
artikel 25 Gemeentewet en artikel 10 Wob. 2. De aan de raad opgelegde geheimhouding
in het DEVO-dossier niet op te heffen. 3. Het verzoek aangifte te doen tegen
openbaarmaking van geheime stukken door het college af te wijzen. 4. Ingevolge artikel
25, derde lid, Gemeentewet de verplichting tot geheimhouding te bekrachtigen die het
college heeft opgelegd op de bij dit voorstel behorende bijlagen Il (overzicht documenten 1
januari september 2015) en 111 (overzicht documenten 1 oktober december2016). 5. De
afhandeling van de onder 1, 2 en 3 genoemde besluiten te mandateren aan het college
"""


def test_a_proposal_papers_run_on_decision_field_wrapped_by_a_pdf_is_read_whole():
    # `... a. De in bijlage 1 opgenomen documenten/besluiten te` / `verstrekken aan verzoeker;
    # b. ...`: the points as the text's one line gives them, each from the wrapped paragraph
    wrapped = extract_decisions(_document(DEVO_WRAPPED, "other"), [])
    one_line = extract_decisions(_document(" ".join(DEVO_WRAPPED.split("\n")), "other"), [])
    assert [d["text"] for d in wrapped] == [d["text"] for d in one_line]
    assert [(d["number"], d["is_proposal"]) for d in wrapped] == [
        ("1a", True),
        ("1b", True),
        ("2", True),
        ("3", True),
        ("4", True),
        ("5", True),
    ]
    assert wrapped[0]["text"] == (
        "De in bijlage 1 opgenomen documenten/besluiten te verstrekken aan verzoeker;"
    )


# texts170/vechtstromen-db-besluitenlijst-2020-07-07.txt (lines 29-34), run onto one line as
# a page's transcript prints a proposal's numbered points and the lettered ones of a point
VECHTSTROMEN_POINTS = (
    "1. het jaarverslag 2019 inclusief de jaarrekening 2019 in ontwerp goed te keuren, "
    "waarmee tevens decharge wordt verleend aan het CMT voor het in 2019 gevoerde beheer; "
    "2. het resultaat van de jaarrekening 2019 van € 3.332.000 als volgt te bestemmen: "
    "a. € 972.000 toevoegen aan de bestemmingsreserve tariefegalisatie watersysteembeheer; "
    "b. € 1.942.000 toevoegen aan de bestemmingsreserve tariefegalisatie zuiveringsbeheer; "
    "Financiële gevolgen Geen."
)


def test_run_on_points_split_by_number_and_by_letter_below_a_points_lead():
    assert _run_on_points(VECHTSTROMEN_POINTS) == [
        ("1", "het jaarverslag 2019 inclusief de jaarrekening 2019 in ontwerp goed te keuren, "
         "waarmee tevens decharge wordt verleend aan het CMT voor het in 2019 gevoerde beheer;"),
        # point 2 ends on a colon: the lead of its lettered points, no decision of its own
        ("2a", "€ 972.000 toevoegen aan de bestemmingsreserve tariefegalisatie "
         "watersysteembeheer;"),
        # the last point ends before the paper's next section (`Financiële gevolgen`)
        ("2b", "€ 1.942.000 toevoegen aan de bestemmingsreserve tariefegalisatie "
         "zuiveringsbeheer;"),
    ]  # fmt: skip


# texts99/krimpen-bw-2018.txt (line 14): a college's record run onto one line, its
# `Besluit` over numbered points that report; texts95/dtz-klachten-negatief.txt (line 14):
# `Advies-` in a body's name in prose
RECORD_LINE = (
    "  Besluit 1. Wethouder Neeleman deelt met het college de actuele stand van zaken in het "
    "dossier-BLICK. Het traject van bemiddeling staat nu on hold vanwege een ontstane vacature "
    "(en de daarmee samenhangende omstandigheden) in de Raad van Toezicht. De werkgroepen van "
    "beide raden zijn hierover door de heer Hans Oosters geïnformeerd. 2. Hij doet verslag van "
    "zijn oriëntatie met meerdere schoolbesturen op de mogelijkheden om te komen tot het "
    "(neven-)vestigen van reformatorisch speciaal onderwijs in onze gemeente."
)
PROSE_LINE = (
    "In 2016 werd door gemeenten het Advies- en Klachtenbureau Jeugdzorg (AKJ) aangewezen als "
    "het bureau dat optreedt als vertrouwenspersoon voor jeugdigen die ondersteuning ontvangen "
    "vanuit de Jeugdwet. Vanaf dat moment kunnen jeugdigen die ondersteuning ontvangen vanuit "
    "de Jeugdwet en hun ouders en/of verzorgers met klachten of onvrede terecht bij de "
    "contactpersoon van het AKJ."
)


@pytest.mark.parametrize("line", [RECORD_LINE, PROSE_LINE])
def test_a_label_on_a_run_on_line_of_no_proposal_paper_proposes_nothing(line):
    assert _run_on_proposals([(1, line)], "Besluitenlijst college", set()) == []
    assert not any(d["is_proposal"] for d in extract_decisions(_document(line, "other"), []))


# texts195/hoogeveen-collegevoorstel-rud-2009.txt (line 10, cut after the form's date; line 12
# whole: the copy ends there): a college proposal's routing form under an OCR-garbled head,
# which names no proposal in its first words, and its page 2 of 284 characters
HOOGEVEEN_FORM = (
    "1 -ep- OOCEVEEN *.uui wurgemeester en wethouders Onderwerp: Discussie Regionale "
    "Uitvoeringsdienst in Drenthe Voorgesteld besluit: 1. Instemmen met de bijgevoegde brief "
    "aan de minister van Vrom; 2. De gemeenteraad en provinciate staten te informeren over de "
    "stand van zaken met betrekking tot de regionale uitvoeringsdiensten; 3. Overleg tussen de "
    "colleges van burgemeester en wethouders en gedeputeerde staten te gaan voeren over de "
    "vormgeving en inrichting van een Regionale Uitvoeringsdienst vooralsnog uitgaande van het "
    "basistakenpakket en met oog voor de reeds bestaande samenwerkingsinitiatieven. Genomen "
    "besluit (met datum): &iu) 2.q_iUlGOCV Parafen met datum Afdelingsmanager Beleidscooroi "
    "Beleidscoorainatie Financial control HRM-officer Juridisch control ICT-officer 19 november "
    "2009 Afdeling Dienstverlening & Handhaving Rapporteur D.B. Bruijn Telefoon 1113"
)
HOOGEVEEN_PAGE_2 = (
    "2 GEMEENTE HOOGEVEEN Voorstel voor burgemeester en wethouders Onderwerp Discussie "
    "Regionale Uitvoeringsdienst in Drenthe Voorgesteld besluit 1. Instemmen met de "
    "bijgevoegde brief aan de minister van Vrom; 2. De gemeenteraad en provinciate staten te "
    "informeren over de stand van zaken"
)


def test_a_field_named_as_proposed_proposes_its_bare_infinitive_points_in_any_paper():
    # `Voorgesteld besluit` says what the points are: no paper's name needed, and a point
    # drafted as a bare infinitive (`Instemmen met ...;`) is one of them
    title = "-ep- OOCEVEEN *.uui wurgemeester en wethouders"
    assert [(it.number, it.text[:40]) for _, _, it in _run_on_proposals(
        [(1, HOOGEVEEN_FORM)], title, set())] == [
        ("1", "Instemmen met de bijgevoegde brief aan d"),
        ("2", "De gemeenteraad en provinciate staten te"),
        ("3", "Overleg tussen de colleges van burgemees"),
    ]  # fmt: skip
    found = extract_decisions(_document(HOOGEVEEN_FORM, "memo"), [])
    assert found[2]["text"].endswith("bestaande samenwerkingsinitiatieven.")
    assert all(d["is_proposal"] for d in found)


def test_a_field_named_as_proposed_runs_on_a_short_page_cut_off():
    # the page holds less than a page's line (the copy stops in point 2): still run on
    found = _run_on_proposals([(2, HOOGEVEEN_PAGE_2)], None, set())
    assert [(proposal, item.number, item.text) for _, proposal, item in found] == [
        (True, "1", "Instemmen met de bijgevoegde brief aan de minister van Vrom;"),
        (True, "2", "De gemeenteraad en provinciate staten te informeren over de stand van "
         "zaken"),
    ]  # fmt: skip


# texts238/heumen-raadsvoorstel-onderzoek-samenwerking-2013-02-05.txt (line 10, from the
# field): `Voorgesteld wordt:`, point 2's mark lost with the year before it (`20 december
# 2012. 2.`), the summary run on after point 5
HEUMEN_FIELD = (
    "1 Raadsvergadering : 21 februari 2013 Agendanummer : Onderwerp : Onderzoek samenwerking "
    "Wordt behandeld door : Paul Mengde Malden, 5 februari 2013 Aan de raad, Inleiding Op 20 "
    "december 2012 heeft de gemeenteraad van Heumen in een motie gevraagd nader onderzoek te "
    "doen. Voorgesteld wordt: 1. Kennis te nemen van de uitkomsten van het onderzoek op basis "
    "van de motie van 20 december De uitvoering van de besluiten van 1 november 2012 verder "
    "ter hand te nemen, als zelfstandige gemeente Heumen. 3. Af te zien van een ambtelijke of "
    "bestuurlijke fusie met de MUG-gemeenten. 4. Een voorstel op te stellen gericht op de "
    "maximaal haalbare ambtelijke samenwerking met de gemeente Mook en Middelaar. 5. Het "
    "college te vragen halfjaarlijks te rapporteren over de voortgang van de samenwerking met "
    "Mook en Middelaar en de regionale samenwerking. Samenvatting De gemeenteraad van Heumen "
    "heeft zich in november 2012 nadrukkelijk uitgesproken voor zelfstandigheid."
)


def test_a_point_whose_mark_was_lost_is_parted_from_the_point_above_it():
    found = _run_on_proposals([(1, HEUMEN_FIELD)], "Raadsvergadering : 21 februari 2013", set())
    assert [(item.number, item.text[:45]) for _, _, item in found] == [
        ("1", "Kennis te nemen van de uitkomsten van het ond"),
        (None, "De uitvoering van de besluiten van 1 november"),
        ("3", "Af te zien van een ambtelijke of bestuurlijke"),
        ("4", "Een voorstel op te stellen gericht op de maxi"),
        ("5", "Het college te vragen halfjaarlijks te rappor"),
    ]
    assert found[0][2].text.endswith("op basis van de motie van 20 december")
    assert found[-1][2].text.endswith("en de regionale samenwerking.")


def test_one_number_out_of_order_is_no_lost_mark():
    # `3.` after `1.` with no `4.` after it: a number in the text, no point (the field as
    # before: a point ends where the next mark in order opens)
    text = "1. Kennis te nemen van het verslag; 3. Dit is een opmerking zonder vervolg."
    assert [number for number, _ in _run_on_points(text, lost_marks=True)] == ["1"]


# texts258/gemeente-raadsbundel-raadsvoorstel-speelruimtebeleid-2011.txt (line 12, the
# first 600 characters): `Voorgestelde beslissing:` over points drafted as bare infinitives,
# the second cut where the transcription lost its year and the section `Aanleiding` follows
SPEELRUIMTE_PAGE = (
    "2 Raadsvoorstel Datum raadsvergadering : 15 september 2011 Bundelnummer : 13 11int00578 "
    "Onderwerp : Speelruimtebeleid Voorgestelde beslissing: 1. De evaluatie speelruimtebeleid "
    "vaststellen. 2. Het in 2007 vastgestelde beleidsuitgangspunten van het speelruimtebeleid "
    "continueren tot Aanleiding Op 22 februari 2007 heeft u het speelruimtebeleidsplan , met de "
    "speelruimteanalyse en het daaruit voortkomende streefbeeld voor de periode , vastgesteld. "
    "Daarnaast is besloten de voor de uitvoering van het plan benodigde investeringen op te "
    "nemen"
)


def test_a_proposed_points_last_ends_before_the_papers_next_section():
    found = extract_decisions(_document(SPEELRUIMTE_PAGE, "memo"), [])
    assert [(d["number"], d["is_proposal"], d["text"]) for d in found] == [
        ("1", True, "De evaluatie speelruimtebeleid vaststellen."),
        ("2", True, "Het in 2007 vastgestelde beleidsuitgangspunten van het "
         "speelruimtebeleid continueren tot"),
    ]  # fmt: skip


def test_a_sentence_that_reports_is_no_point_of_a_field_named_as_proposed():
    # `Voorgesteld wordt:` over a record's numbered sentences with a finite verb
    line = (
        "Voorgesteld wordt: 1. De notulen zijn vastgesteld. 2. Het college heeft de brief "
        "verzonden aan de raad. " + "Verder is er niets besproken. " * 10
    )
    assert _run_on_proposals([(1, line)], None, set()) == []


# texts248/woerden-raadsvoorstel-kadernota-ggd-2015-01-13.txt (line 10, its first 1,150
# characters): a council proposal run onto one line, the marks of its dictum's points lost,
# point 2 a lead over its numbered points `2.1` .. `2.3`
WOERDEN_PAGE = (
    "1 Gemeente Woerden 15R RAADSVOORSTEL 15R gemeente WOERDEN Indiener: college van "
    "burgemeester en wethouders Datum: 13 januari 2015 Portefeuillehouder(s): wethouder Koster "
    "Portefeuille(s): Gezondheidsbeleid Contactpersoon: A. de Leeuw Tel.nr.: adres: Onderwerp: "
    "Concept Kadernota 2016 G G D regio Utrecht De raad besluit: Kennis te nemen van de concept "
    "Kadernota 2016 van de G G D regio Utrecht Aandacht te vragen voor: 2.1 de mogelijke "
    "financiële gevolgen van de geschetste ontwikkeling in de Kadernota voor de begroting van "
    "de G G D r U en voor de inwonerbijdrage 2.2 de risico's in de bedrijfsvoering die in de "
    "Kademota worden benoemd en de afdekking daarvan 2.3 het huidig stadium van uitwerking van "
    "de transities waardoor nog niet vast ligt welke taken de gemeente zal beleggen - of "
    "blijven beleggen - bij de G G D r U In te stemmen met bijgaande brief aan de G G D r U "
    "waarin bovenstaande aandachtspunten zijn verwoord en deze door het college te laten "
    "verzenden. Inleiding: De (eerste) Kadernota van de G G D (inhoudende een aanzet op een "
    "sluitende visie op de dienstverlening door de G G D ) is het resultaat van overleg in het "
    "dagelijks bestuur over ontwikkelingen en de toekomst van de G G D"
)


def test_a_proposals_dictum_whose_marks_were_lost_parts_at_each_infinitive_clause():
    found = _run_on_proposals([(1, WOERDEN_PAGE)], None, set())
    assert [(proposal, item.number, item.text[:40]) for _, proposal, item in found] == [
        (True, None, "Kennis te nemen van de concept Kadernota"),
        # `Aandacht te vragen voor:` leads the numbered points below it: no row of its own
        (True, "2.1", "de mogelijke financiële gevolgen van de "),
        (True, "2.2", "de risico's in de bedrijfsvoering die in"),
        (True, "2.3", "het huidig stadium van uitwerking van de"),
        (True, None, "In te stemmen met bijgaande brief aan de"),
    ]
    assert found[0][2].text.endswith("van de G G D regio Utrecht")
    assert found[-1][2].text.endswith("door het college te laten verzenden.")


def test_a_dictum_lead_over_unmarked_points_in_no_proposal_paper_proposes_nothing():
    # the same field on a page that names no proposal: a record's dictum, no proposal here
    line = WOERDEN_PAGE.replace("RAADSVOORSTEL", "BESLUITENLIJST")
    assert _run_on_proposals([(1, line)], None, set()) == []
