"""A body's decision list published as a web page, from real lines of dev texts: subject
headings, each over the body's dictum (`De raad stelt ... vast.`, `Het college besluit:`, the
impersonal `Ingestemd wordt met ...:` / `Besloten wordt:`) and its numbered points, with no
title the title rules know (texts192 sonenbreugel, texts189 rivierenland, texts170 uithoorn,
texts120 middelburg). Such a page is a decision list; its points are its decisions, a point
with a subordinate clause of its own too; a lead-in whose clause stops at `om:` heads its
points; a date inside a point is what the point decides, not the list's date."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document, document_date
from tests.test_decisions_headings import _decisions

# texts192/sonenbreugel-raad-besluitenlijst-2023-07-13.txt, lines 1-10 and 17 (line 4 cut)
COUNCIL_LIST = """Actualisatie financiële verordening en controleverordening

De raad stelt de geactualiseerde financiële verordening en de geactualiseerde \
controleverordening vast en trekt gelijktijdig de oude verordeningen in.
De verordeningen zijn geactualiseerd naar aanleiding van de rechtmatigheidsverantwoording \
door het college vanaf het verslagjaar 2023.

Vergadermodel en ‘Reglement van orde van de gemeenteraad Son en Breugel 2023’

De raad besluit

 1. per 1 augustus 2023 de volgende vergaderstructuur en werkwijze voor de beraadslagingen \
van de raad in te voeren:
 2. het bestaande Vragenhalfuur om te zetten naar een sessie Actualiteiten & Vragen;
"""

# texts189/rivierenland-cdh-besluitenlijst-2016-11-29.txt, lines 1-16 (points 1, 3 and 4 cut)
BOARD_LIST = """Uitgangspunten dijkversterking in relatie tot rivierverruimingen

Ingestemd wordt met de volgende uitgangspunten voor dijkversterking in relatie tot \
rivierverruiming als nadere uitwerking van de nota Ontwerpuitgangspunten  primaire waterkeringen:

  1. De scopebepaling van een HWBP-dijkversterkingsproject als het moment te hanteren \
waarbij duidelijkheid moet zijn over de (toekomstige) rivierverruimingsmaatregelen;
  2. Bij de dijkversterking in het kader van het Hoogwaterbeschermingsprogramma geen \
adaptieve strategie voor de hoogte-opgave te hanteren, tenzij voor een specifiek dijktraject \
met een beperkte hoogteopgave uitstel van de volledige hoogteopgave mogelijk is;

Mandaat voor het verkeersbesluit Merwedekanaaldijk te Gorinchem

Besloten wordt:

1.      aan het college van Burgemeester en Wethouders van Gorinchem mandaat te verlenen om \
in naam van het college van Dijkgraaf en Heemraden van Waterschap Rivierenland een \
verkeersbesluit (Merwedekanaaldijk) te nemen;

2.      aan het college van Burgemeester en Wethouders van Gorinchem de bevoegdheid te geven \
ondermandaat te verlenen aan gemeenteambtenaren.
"""

# texts170/uithoorn-college-publicatielijst-2021-week3.txt, lines 1-11 (point 1 cut)
COLLEGE_LIST = """Publicatielijst Besluiten van Burgemeester en Wethouders Volgnummer: week 3, 2021

Opstellen programma van eisen raadszaal.

Als gevolg van de groei van het inwoneraantal van onze gemeente tot boven de 30.000 inwoners \
breidt het aantal raadsleden uit van 21 naar 23 raadsleden. Hiervoor dient de raadszaal \
aangepast te worden.

Het college besluit:

  1. In te stemmen met het deelnemen aan een stuurgroep voor het opstellen van een programma \
van eisen voor de herinrichting van de raadszaal;
  2. De stuurgroep te laten ondersteunen door het inhuren van een externe adviseur;
  3. De financiële consequenties hiervan mee te nemen in de 1e Turap.
"""

# texts120/middelburg-bw-2021-06.txt, lines 1 and 15-21 (points 1 and 2 cut)
NOTED_DECISION = """De besluitenlijst van de vergadering van het college van burgemeester en \
wethouders van 1 juni 2021.

Verzoek tot opgraving en herbegraving

Het college neemt kennis van het besluit van de burgemeester om:

 1. Aan betrokkenen vergunning te verlenen, als bedoeld in artikel 29 van de Wet op de \
lijkbezorging, tot het opgraven van de heer W. Poppe, uit het algemene graf WO-A-167 en te \
herbegraven bij zijn vrouw, mevrouw E. Janse, in het eigen graf WO-AB-206.
 2. Ten behoeve van deze opgraving, mevrouw J. Wondergem, begraven op 3 april 1970 boven de \
heer Poppe, kortstondig bovengronds te halen, waarna zij weer in het graf teruggelegd wordt.
 3. Dit besluit officieel te publiceren in het gemeenteblad van Middelburg zodat eventuele \
belanghebbenden er kennis van kunnen nemen.
"""


@pytest.mark.parametrize("text", [COUNCIL_LIST, BOARD_LIST, COLLEGE_LIST, NOTED_DECISION])
def test_subject_headings_over_the_bodys_dicta_make_a_decision_list(text: str) -> None:
    assert classify_document(text, title_lines=3)[0] == "decision_list"


def test_a_body_that_decides_in_a_news_sentence_opens_no_decision_list() -> None:
    # the present tense of a news lede names no dictum: the verb goes on with a time
    news = "Nieuwe speeltuin\n\nDe raad besluit op 12 mei over de nieuwe speeltuin in het park."
    assert classify_document(news, title_lines=3)[0] != "decision_list"


def test_a_date_inside_a_point_is_what_it_decides_not_the_lists_date() -> None:
    assert document_date("decision_list", COUNCIL_LIST, "Actualisatie financiële")[0] is None


def test_each_point_below_the_dictum_is_a_decision() -> None:
    found = _decisions(BOARD_LIST, doc_type="decision_list")
    assert sorted((number, text[:20]) for _, number, text in found) == [
        ("1", "De scopebepaling van"),
        ("1", "aan het college van "),
        ("2", "Bij de dijkversterki"),  # `tenzij ... mogelijk is`: the subclause's verb
        ("2", "aan het college van "),
    ]
    assert [text[:30] for _, _, text in _decisions(COUNCIL_LIST, doc_type="decision_list")] == [
        "per 1 augustus 2023 de volgend",
        "het bestaande Vragenhalfuur om",
        "De raad stelt de geactualiseer",
    ]


def test_a_lead_in_stopped_at_om_heads_its_points_and_a_point_may_publish_the_decision() -> None:
    assert _decisions(NOTED_DECISION, doc_type="decision_list") == [
        ("besluit", "1", NOTED_DECISION.split(" 1. ")[1].split("\n")[0]),
        ("besluit", "2", NOTED_DECISION.split(" 2. ")[1].split("\n")[0]),
        ("besluit", "3", NOTED_DECISION.split(" 3. ")[1].split("\n")[0]),
    ]
