"""Decision lists of executive boards as portals print them: each point a bullet over its
verdict (`Goedgekeurd`) and its dictum, the points in groups under bulleted headings, the
list's title below the portal's header lines."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

PORTAL_LIST = """Terug
Gepubliceerd op 3/4/2024

Besluitenlijst  VAST BUREAU

di 2/4/2024 - 09:00 vergaderzaal
  • Goedkeuren verslag

    • Verslag van de vorige zitting - Goedkeuring

      Goedgekeurd

      Het vast bureau keurt het verslag van de vorige zitting goed.

  • Financiën

    • Facturen maart - Goedkeuring

      Goedgekeurd

      Het vast bureau keurt de lijst van facturen van maart goed.

  • Personeel

    • Aanstelling jobstudenten zomer
"""


def test_a_portal_list_gives_each_verdicts_dictum_not_its_titles_or_headings():
    assert _decisions(PORTAL_LIST, "decision_list") == [
        ("besluit", None, "Het vast bureau keurt het verslag van de vorige zitting goed."),
        ("besluit", None, "Het vast bureau keurt de lijst van facturen van maart goed."),
    ]


COUNCIL_PAGE = """Agendapunten

 1. 1

  Besluit

  De raad gaat akkoord met de volgende agenda:
  2. Vaststellen verslag;
  3. Benoeming leden rekenkamer;
  4. Sluiting.

 2. 2

  Besluit

  Lid Jansen heeft om uitstel gevraagd, zodat een vervanger benoemd dient te worden. Het
  college wordt in de gelegenheid gesteld om een vraag over de begroting te beantwoorden.
  De portefeuilles worden in de eerstvolgende vergadering verdeeld.

  Moties

  Omschrijving
  Motie over de haven

 3. 3

  Besluit

  Het manifest mede te ondertekenen.
"""


def test_a_field_that_adopts_an_agenda_is_one_decision_and_reports_are_none():
    assert _decisions(COUNCIL_PAGE, "decision_list") == [
        (
            "besluit",
            "1",
            "De raad gaat akkoord met de volgende agenda: 2. Vaststellen verslag; 3. Benoeming"
            " leden rekenkamer; 4. Sluiting.",
        ),
        ("besluit", "3", "Het manifest mede te ondertekenen."),
    ]


POINT_PAGE = """Terug
Gepubliceerd op 12/03/2025

Besluit  Gemeenteraad

do 6/03/2025 - 20:00

Jeugdraad: nieuw reglement

Aanwezig: Ann Peeters, Voorzitter gemeenteraad
Tom Claes, Burgemeester
Lies Janssens, Koen Wouters, Schepenen
Eva Maes, Algemeen directeur
aanleiding

De jeugdraad is vernieuwd. Vanaf nu werken we met thema-groepen voor elke leeftijd.

feiten, context en argumentatie

Op de algemene vergadering van 3 februari is het ontwerp na enkele aanpassingen goedgekeurd.

adviezen en visum

Er wordt voorgesteld om het oude reglement op te heffen.
"""


def test_a_points_background_and_attendance_are_no_rows_of_the_list():
    assert [text for _, _, text in _decisions(POINT_PAGE, "decision_list")] == [
        "Er wordt voorgesteld om het oude reglement op te heffen."
    ]


ARTICLE_PAGE = """Zitting van 30 januari 2024

1. Goedkeuring notulen vorige zitting

BESLUIT: Goedkeuring notulen
eenparig aangenomen.

Enig artikel

De gemeenteraad keurt de notulen van de vorige zitting goed.
"""


def test_a_label_over_the_articles_of_its_dictum_gives_the_dictum_alone():
    assert [text for _, _, text in _decisions(ARTICLE_PAGE)] == [
        "De gemeenteraad keurt de notulen van de vorige zitting goed."
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Enig artikel:", "Artikel 1:"),
        ("Artikel 1:", "Artikel 1"),
        ("Enig artikel", "Enig artikel"),
    ],
)
def test_a_dictum_over_the_next_decisions_article_is_a_decision_of_its_own(
    first: str, second: str
) -> None:
    # decisions printed one after the other, each below its own article: the article below a
    # dictum opens the next decision, it does not make the dictum above it a heading
    page = (
        f"Besluitenlijst van de zitting van 4 maart 2025\n{first}\n"
        "De raad voor maatschappelijk welzijn keurt de notulen van de vorige zitting goed.\n"
        f"{second}\n"
        "De raad voor maatschappelijk welzijn beslist om het reglement van 2019 op te heffen.\n"
    )
    assert [text for _, _, text in _decisions(page, "other")] == [
        "De raad voor maatschappelijk welzijn keurt de notulen van de vorige zitting goed.",
        "De raad voor maatschappelijk welzijn beslist om het reglement van 2019 op te heffen.",
    ]


def _dictum_page(considerations: str, article: str, dictum: str) -> str:
    return f"""Notulen gemeenteraad
Zitting van 14 maart 2024

GOEDKEURING NOTULEN
{considerations}

Besluit:

met 21 stemmen ja (eenparig)

{article}

{dictum}
"""


@pytest.mark.parametrize(
    ("considerations", "article", "dictum"),
    [
        ("Gelet op het decreet lokaal bestuur;", "Enig artikel",
         "Goedkeuring te hechten aan de notulen van de zitting van 8 februari 2024."),
        ("Overwegende dat de notulen ter inzage lagen;", "Artikel 1:",
         "Kennisname van het verslag van de jeugdraad van januari."),
        ("Gelet op het huishoudelijk reglement;", "Artikel 1.",
         "De notulen van de vorige vergadering goed te keuren zonder opmerkingen."),
    ],
)  # fmt: skip
def test_the_dictum_below_its_article_is_the_decision_in_any_words(
    considerations: str, article: str, dictum: str
) -> None:
    # a dictum needs no formula: the `Besluit:` above the vote and the article head it
    assert [text for _, _, text in _decisions(_dictum_page(considerations, article, dictum))] == [
        dictum
    ]


def test_an_article_that_sends_a_copy_decides_nothing() -> None:
    copy = "Een afschrift van dit besluit wordt bezorgd aan de toezichthouder."
    page = _dictum_page("Gelet op het decreet;", "Enig artikel", copy)
    assert _decisions(page) == []


ADVICE_TABLE = """Besluitenlijst van de vergadering van het college op 4 maart 2008

|Nr|Onderwerp            |Advies                          |Besluit                 |
|  |                     |                                |                        |
|1 |Verslag vorige       |Vaststellen.                    |Conform advies.         |
|  |vergadering.         |                                |                        |
|2 |Subsidies sport                                                                 |
|  |Aanvraag van de      |Instemmen met de subsidie van   |Conform advies.         |
|  |voetbalclub d.d. 1   |EUR 500 aan de club d.d. 2 maart|                        |
|  |maart 2008.          |2008. De club informeren.       |Zie verder bijlage.     |
|  |                     |                                |                        |
|  |                     |Aanvraag tennisclub             |Later agenderen.        |
"""


def test_an_advice_table_gives_the_adopted_advice_and_a_result_of_its_own():
    assert _decisions(ADVICE_TABLE) == [
        ("besluit", "1", "Vaststellen."),
        ("besluit", "2", "Instemmen met de subsidie van EUR 500 aan de club d.d. 2 maart 2008."),
        ("besluit", "2", "Later agenderen."),
    ]


DESIGN_DECISIONS = """# Ontwerpkeuzes Zaken-API
Dit document beschrijft de keuzes bij het ontwerpen van de API.

## Algemene ontwerpkeuzes

## Een zaak en haar deelzaken worden 1 resource
De resource heet Zaak.

*Ratio*
Gebruikers zoeken bijna altijd op de zaak zelf.

## Statussen

- Statussen worden niet embedded opgenomen.
- Documenten verwijzen altijd naar het archief.
"""


def test_a_design_decision_list_gives_each_choice_heading_and_bullet():
    assert [text for _, _, text in _decisions(DESIGN_DECISIONS, "other")] == [
        "Een zaak en haar deelzaken worden 1 resource",
        "Statussen worden niet embedded opgenomen.",
        "Documenten verwijzen altijd naar het archief.",
    ]


FLATTENED_ADVICE_TABLE = """BESLUITENLIJST vergadering Dagelijks Bestuur d.d. 3 maart 2006
Aanwezig: J. Jansen (voorzitter), P. de Vries

Agendapunt

Advies

Besluit

01


Opening en vaststelling agenda02

Besluitenlijst Dagelijks Bestuur van 17 februari 2006


Vaststellen


Akkoord met voorstel

03 M 01

Stuurgroep verkeer, 1 maart 2006


Mondelinge terugkoppeling

03 I 01

Brief gemeente Oegstgeest over de begroting 2007

Voor kennisgeving aannemen. Betrekken bij de kadernota 2007

Akkoord met voorstellen
"""


def test_an_advice_table_printed_one_cell_per_line_gives_each_adopted_advice():
    assert _decisions(FLATTENED_ADVICE_TABLE, "decision_list") == [
        ("besluit", "02", "Vaststellen"),
        ("besluit", "03 I 01", "Voor kennisgeving aannemen. Betrekken bij de kadernota 2007"),
    ]


BESLISPUNT_FORM = """Vergadering Algemeen Bestuur 24 juni 2020

 • 01

  Beslispunt:
  Jan de Vries (wethouder Teylingen) aan te wijzen als lid van het Dagelijks Bestuur.  Besluit
  Akkoord

 • 02

  Beslispunt:
  De begroting 2021 vast te stellen
"""


def test_a_proposal_whose_result_field_adopts_it_is_a_decision_taken():
    found = extract_decisions(_document(BESLISPUNT_FORM, "decision_list"), [])
    assert [(d["text"], d["is_proposal"]) for d in found] == [
        ("Jan de Vries (wethouder Teylingen) aan te wijzen als lid van het Dagelijks "
         "Bestuur.", False),
        ("De begroting 2021 vast te stellen", True),
    ]  # fmt: skip


DECISIONS_TO_RATIFY = """Agenda vergadering Platform 12 februari 2009

Nog te bekrachtigen besluitenlijst

  1. De vergadering stemt ermee in dat een subsidieaanvraag wordt ingediend.
  2. De vergadering gaat akkoord met de herverkiezing van de voorzitter.
"""


def test_what_an_agenda_says_is_decided_is_proposed():
    meeting = [{"meeting_id": "m"}]  # the agenda's meeting
    found = extract_decisions(_document(DECISIONS_TO_RATIFY, "agenda"), meeting)
    assert [d["is_proposal"] for d in found] == [True, True]
    found = extract_decisions(_document(DECISIONS_TO_RATIFY, "minutes"), meeting)
    assert [d["is_proposal"] for d in found] == [False, False]


AGENDA_ORDER = """Agenda algemeen bestuur 9 november 2011

3a. Bestemmingsplan Dit agendapunt wordt behandeld tijdens het extra AB op 16 november.
3b. Projectplan Besluit: Het algemeen bestuur stemt in met het projectplan.
"""


def test_an_agenda_announcing_its_own_order_decides_nothing_by_it():
    meeting = [{"meeting_id": "m"}]  # the agenda's meeting
    found = extract_decisions(_document(AGENDA_ORDER, "agenda"), meeting)
    assert [d["text"] for d in found] == ["Het algemeen bestuur stemt in met het projectplan."]
    # the minutes of the meeting record the same sentence as a change of its agenda
    found = extract_decisions(_document(AGENDA_ORDER, "minutes"), meeting)
    assert any("wordt behandeld tijdens" in d["text"] for d in found)


FORMAL_DECISION = """Raad 25 januari 2018 punt 4. Cultuur - adviesraad - goedkeuring

Gelet op het gemeentedecreet;

Gelet op het besluit van de gemeenteraad van 30 mei 2013;

Overwegende dat de adviesraad een nieuw reglement voorstelt;

Besluit:

met 20 ja-stemmen (Jan Bos, Piet Smit, Kees de Wit)

1 onthouding (Anna Bos)

Artikel 1

Het reglement van de adviesraad wordt goedgekeurd."""


def test_a_formal_decisions_considerations_are_why_it_decides_not_what():
    texts = [text for _, _, text in _decisions(FORMAL_DECISION, "decision_list")]
    assert texts == ["Het reglement van de adviesraad wordt goedgekeurd."]


RECOUNTING_PAPER = """In de zitting van 4 maart 2024 keurde het college de notulen goed.
In de vergadering van 11 maart 2024 stelde het bestuur de jaarrekening vast.
De raad neemt kennis van de notulen van het college van 26 februari en 4 maart 2024.
"""


def test_decisions_at_dated_sittings_are_recounted_and_taking_note_is_the_dictum():
    assert _decisions(RECOUNTING_PAPER, "minutes") == [
        (
            "besluit",
            None,
            "De raad neemt kennis van de notulen van het college van 26 februari en 4 maart 2024.",
        )
    ]


ATTENDANCE_LINE = (
    "Aanwezig: dhr. Jansen (voorzitter), mw. Pieters Afwezig: dhr. Smit (wordt vervangen door "
    "dhr. Bakker) en mw. De Groot (wordt vervangen door mw. Visser) Nr. Onderwerp Besluit "
    "1 Opening De voorzitter opent de vergadering."
)


def test_a_replacement_noted_after_a_title_in_an_attendance_list_is_no_decision():
    assert not any("vervangen" in text for _, _, text in _decisions(ATTENDANCE_LINE, "minutes"))


DECREE = """Het algemeen bestuur van het recreatieschap;

gelet op het voorstel van het dagelijks bestuur;

B E S L U I T :

  • 1.

    De kaart met de hondenlosloopgebieden vast te stellen;

  • 2.

    Het besluit van 3 maart 2019 in te trekken.

Ondertekening
"""


def test_a_letter_spaced_dictum_over_numbers_set_above_their_texts():
    assert _decisions(DECREE, "other") == [
        ("besluit", "1", "De kaart met de hondenlosloopgebieden vast te stellen;"),
        ("besluit", "2", "Het besluit van 3 maart 2019 in te trekken."),
    ]


TITLED_FIELDS = """Besluiten

1. Zienswijze begroting 2025 van de veiligheidsregio

Besluit

Het dagelijks bestuur heeft op 3 juni 2024 besloten:

 1. in te stemmen met de zienswijze op de begroting 2025;
 2. de zienswijze ter besluitvorming voor te leggen aan het algemeen bestuur.
"""


def test_an_item_title_over_its_own_decision_label_is_no_decision():
    assert [text for _, _, text in _decisions(TITLED_FIELDS, "decision_list")] == [
        "in te stemmen met de zienswijze op de begroting 2025;",
        "de zienswijze ter besluitvorming voor te leggen aan het algemeen bestuur.",
    ]


MOTIONS = """3.b Afvalbeleid

Tijdens de beraadslaging zijn 2 moties ingediend. Na stemming 1 motie aangenomen.

3.c Windpark

Tijdens de beraadslaging is 1 motie ingediend die na stemming is verworpen.
"""


def test_a_motions_outcome_after_a_vote_is_a_decision():
    assert [text for _, _, text in _decisions(MOTIONS, "minutes")] == [
        "Na stemming 1 motie aangenomen.",
        "Tijdens de beraadslaging is 1 motie ingediend die na stemming is verworpen.",
    ]


OUTCOMES_ON_AN_AGENDA = """Provinciale Staten 12 juni 2024

4.a Jaarrekening 2023

Het besluit bij de voordracht is vastgesteld met algemene stemmen.

4.b Beleidsnota

Voorstel: de nota vast te stellen.
"""


def test_an_outcome_that_states_its_vote_is_taken_even_on_an_agenda():
    found = extract_decisions(_document(OUTCOMES_ON_AN_AGENDA, "agenda"), [{"meeting_id": "m"}])
    assert [(d["text"][:30], d["is_proposal"]) for d in found] == [
        ("de nota vast te stellen.", True),
        ("Het besluit bij de voordracht ", False),
    ]


WRAPPED_ACTIONS = """Besluit en acties

1.  Jan en Els leveren de planning aan voor de werkgroep van maart.

2.  Els verifieert bij de provincie of de subsidie voor dorpen in
    Zeeland ook voor de kernen buiten de gemeente geldt.

3.  Jan plant een overleg met de wethouder.
"""


def test_a_numbered_item_wrapped_after_a_function_word_goes_on_over_a_capital():
    assert [text for _, _, text in _decisions(WRAPPED_ACTIONS, "minutes")] == [
        "Jan en Els leveren de planning aan voor de werkgroep van maart.",
        "Els verifieert bij de provincie of de subsidie voor dorpen in Zeeland ook voor de "
        "kernen buiten de gemeente geldt.",
        "Jan plant een overleg met de wethouder.",
    ]


TWO_DICTA_PER_ROW = (
    "Besluitenlijst Dagelijks Bestuur 14 mei 2024\n\nNR Datum overleg Besluit\n"
    "1. 7 mei 2024 Jaarrekening 2023\n"
    "Het Dagelijks Bestuur besluit de jaarrekening 2023 vast te stellen. Het Dagelijks Bestuur "
    "besluit de jaarrekening aan de raden te zenden. Daarbij zal worden vermeld dat het tekort "
    "kleiner is.\n"
    "2. 14 mei 2024 Huisvesting\n"
    "Het Dagelijks Bestuur besluit dat een nieuwe locatie wordt gezocht. Die wordt voor de zomer "
    "gekozen. Vervolgens besluit het DB dat de raden worden geïnformeerd.\n"
)


def test_a_numbered_row_that_writes_out_two_dicta_is_one_decision_per_dictum():
    found = _decisions(TWO_DICTA_PER_ROW, "decision_list")
    assert [(number, " ".join(text.split()[:6])) for _, number, text in found] == [
        ("1", "Het Dagelijks Bestuur besluit de jaarrekening"),
        ("1", "Het Dagelijks Bestuur besluit de jaarrekening"),
        ("2", "Het Dagelijks Bestuur besluit dat een"),
        ("2", "Vervolgens besluit het DB dat de"),
    ]


ONE_LINE_PAGE = (
    "VERSLAG LEDENVERGADERING 12 MAART Aanwezig: 20 leden 1. Opening De voorzitter opent de "
    "vergadering. 2. Verslag ledenvergadering 9 oktober 2023 Het verslag van 9 oktober 2023 "
    "wordt door de vergadering vastgesteld. 3. Brief gemeente. Kennis wordt genomen van de "
    "brief van de gemeente."
)


def test_a_title_run_into_its_sentence_and_taking_note_in_the_passive():
    assert [text for _, _, text in _decisions(ONE_LINE_PAGE, "minutes")] == [
        "Het verslag van 9 oktober 2023 wordt door de vergadering vastgesteld.",
        "Kennis wordt genomen van de brief van de gemeente.",
    ]


def _decree(intro: str, grounds: str, cue: str, dictum: str, after: str) -> str:
    return f"""Verordening over de inzameling van huishoudelijk afval

{intro}

gelet op:
{grounds}

{cue}

{dictum}

{after}
"""


@pytest.mark.parametrize(
    ("intro", "grounds", "cue", "dictum", "after", "decided"),
    [
        ("De raad van de gemeente Westerveld, gezien het voorstel van het college;",
         "- artikel 147 van de Gemeentewet;", "besluit:",
         "vast te stellen de Afvalstoffenverordening Westerveld 2024",
         "Artikel 1 Begrippen", "vast te stellen de Afvalstoffenverordening Westerveld 2024"),
        ("Het dagelijks bestuur van het Waterschap Aa,",
         "de Waterschapswet en hoofdstuk 10 van de Awb", "Besluiten:",
         "de Mandaatregeling Waterschap Aa 2023 als volgt vast te stellen:",
         "HOOFDSTUK 1 ALGEMEEN", "de Mandaatregeling Waterschap Aa 2023 als volgt vast te stellen"),
        ("De gemeenteraad van Lubbeek, overwegende dat het reglement herzien moet worden;",
         "het decreet lokaal bestuur", "BESLUIT:",
         "dat het retributiereglement wordt gewijzigd en komt te luiden als volgt:",
         "Paragraaf 1 Toepassingsgebied",
         "dat het retributiereglement wordt gewijzigd en komt te luiden als volgt"),
    ],
)  # fmt: skip
def test_a_decrees_dictum_in_lower_case_is_its_decision(
    intro: str, grounds: str, cue: str, dictum: str, after: str, decided: str
) -> None:
    # drafting convention writes the dictum as a clause in lower case; the regulation's own
    # articles below it are no list of decisions, the dictum ending in a colon is the decision
    found = _decisions(_decree(intro, grounds, cue, dictum, after), "other")
    assert [text for _, _, text in found] == [decided]


def test_a_cut_tail_below_a_label_stays_debris():
    # a sentence's tail cut off by a page break opens with `te` and holds a sentence end
    text = "Verslag overleg\n\nBesluit:\n\nte sluiten. Vraag is wie dat betaalt.\n"
    assert _decisions(text) == []


@pytest.mark.parametrize(
    ("body", "closing"),
    [
        ("De burgemeester van de gemeente Texel besluit:", "Aldus vastgesteld, 23 maart 2021"),
        ("Het college van burgemeester en wethouders van Olst-Wijhe besluit:",
         "Aldus besloten in de vergadering van 12 mei 2019."),
        ("Het college van burgemeester en schepenen van Zoersel besluit:",
         "Zo gedaan in zitting van 3 juni 2020"),
    ],
)  # fmt: skip
def test_a_decrees_closing_formula_restates_its_decision(body: str, closing: str) -> None:
    dictum = "De directeur van de GGD mandaat te verlenen om bevelen te geven."
    page = f"Gemeenteblad\n\nMandaat GGD\n\n{body}\n\n{dictum}\n\n{closing}\n\nDe burgemeester,\n"
    assert [text for _, _, text in _decisions(page, "other")] == [dictum]


@pytest.mark.parametrize(
    ("heading", "reported"),
    [
        ("Feiten en context", "De adviesraad werd opnieuw samengesteld na de verkiezingen."),
        ("Juridische overwegingen", "Het reglement werd in 2019 door de raad goedgekeurd."),
        ("feiten en context:", "Op 3 maart is het ontwerp door het schepencollege goedgekeurd."),
    ],
)  # fmt: skip
def test_what_a_decision_pages_facts_report_decided_is_background(
    heading: str, reported: str
) -> None:
    page = f"""Besluit  gemeenteraad
di 18/11/2025 - 19:30

12 - Reglement adviesraad

{heading}

{reported}

Besluit

Artikel 1

De gemeenteraad keurt het reglement van de adviesraad goed.
"""
    assert [text for _, _, text in _decisions(page, "decision_list")] == [
        "De gemeenteraad keurt het reglement van de adviesraad goed."
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "De raad keurt de statutenwijziging van het autonoom gemeentebedrijf goed.",
        "Het college van burgemeester en schepenen keurt het lastenboek voor de wegwerken goed.",
        "De gemeenteraad neemt kennis van het jaarverslag van de welzijnsraad.",
    ],
)
def test_a_page_opened_by_its_decisions_sentence_keeps_that_decision(summary: str) -> None:
    # the segmenter takes the first line as the page's title: a sentence a formula opens
    # is the point's summary, and it decides
    page = f"""{summary}

Juridische gronden

- Artikel 41 van het decreet over het lokaal bestuur
"""
    document = {**_document(page, "decision_list"), "title": summary}
    assert [d["text"] for d in extract_decisions(document, [])] == [summary]


@pytest.mark.parametrize(
    ("above", "decision"),
    [
        # a register's record fields with the numbered legal bases, above the body's name
        ("Wettelijke grondslag(en)\n\n 1. Gemeenschappelijke Regeling Zuid\n"
         " 2. hoofdstuk 10 van de Algemene wet bestuursrecht\n\nTekst van de regeling\n\n"
         "Het dagelijks bestuur van de Veiligheidsregio Zuid,\n\nGelet op:\n\n"
         "de Gemeenschappelijke Regeling Zuid;\n\nBesluit:",
         "de Mandaatregeling Veiligheidsregio Zuid 2023 vast te stellen."),
        # numbered considerations
        ("De burgemeester van Oosterzand;\n\noverwegende dat:\n\n"
         "1. de aanvragen sneller moeten worden afgehandeld;\n\n"
         "2. het college daarover heeft geadviseerd;\n\nbesluit:",
         "vast te stellen het Aanwijzingsbesluit toezichthouders Oosterzand."),
        # Flemish, a numbered list of decrees
        ("De gemeenteraad van Heist,\n\nGelet op:\n\n1. het decreet lokaal bestuur;\n\n"
         "2. het besluit van de gemeenteraad van 3 mei 2019;\n\nbesluit:",
         "Het reglement op het gebruik van de sporthal wordt goedgekeurd."),
    ],
)  # fmt: skip
def test_a_formal_decision_decides_below_its_enacting_line_only(above: str, decision: str) -> None:
    # the numbered points above `Besluit:` are the grounds it rests on, not what it decides
    text = f"Regeling Zuid 2023\n\n{above}\n\n{decision}\n\nArtikel 1\n\nBegrippen"
    assert [text for _, _, text in _decisions(text, "decision_list")] == [decision]


@pytest.mark.parametrize(
    "label",
    [
        "Het college van burgemeester en wethouders besluit:",
        "De gemeenteraad besluit:",
        "Burgemeester en wethouders besluiten:",
    ],
)
def test_an_article_opened_by_a_bare_decision_label_decides_its_points(label: str) -> None:
    # `Artikel 1` over `Het college besluit:`: the label heads the points, it states none
    text = (
        "Aanwijzingsbesluit toezicht Oosterzand\n\nGelet op:\n\n- artikel 1.61 Wet "
        "kinderopvang;\n\nbesluit:\n\nvast te stellen het Aanwijzingsbesluit toezicht "
        f"Oosterzand\n\nArtikel 1\n\n{label}\n\n1. De directeur van de GGD aan te wijzen "
        "als toezichthouder."
    )
    texts = [text for _, _, text in _decisions(text, "decision_list")]
    assert label not in texts
    assert "De directeur van de GGD aan te wijzen als toezichthouder." in texts


@pytest.mark.parametrize(
    ("lead", "points", "proposal"),
    [
        (  # a synod's report, past tense, no colon after the lead
            "De classis besloot met betrekking tot de visitatie",
            ["ds. P. de Wit te Zeist te benoemen tot visitator;",
             "in te stemmen met het rooster van bezoeken;",
             "het moderamen op te dragen over de uitkomst te rapporteren."],
            False,
        ),
        (  # a board's proposal to the council, `om` clauses, the last one capitalised
            "Na de inleiding volgt het voorstel. Burgemeester en wethouders stellen de raad voor:",
            ["om de nota Speelruimte 2024 vast te stellen;",
             "om een krediet van € 40.000 beschikbaar te stellen;",
             "De begroting 2024 dienovereenkomstig te wijzigen."],
            True,
        ),
        (  # a Flemish college, a that-clause among infinitives, on a date
            "Het college van burgemeester en schepenen heeft op 4 maart beslist:",
            ["dat de aanvraag voor het gebruik van de zaal wordt goedgekeurd;",
             "de secretaris te machtigen de overeenkomst te ondertekenen."],
            False,
        ),
    ],
)  # fmt: skip
def test_a_numbered_dictum_below_its_deciding_lead_is_one_decision_per_point(
    lead: str, points: list[str], proposal: bool
) -> None:
    # `<body> besloot:` over `1. in te stemmen met ...;`: the points in lower case are the
    # dictum's clauses, each a decision of the body the lead names (a proposal of `stelt voor`)
    listed = "\n".join(f"{n}. {point}" for n, point in enumerate(points, start=1))
    text = f"Verslag van de vergadering\n\n{lead}\n{listed}\n\nDe voorzitter sluit de vergadering."
    found = extract_decisions(_document(text, "other"), [])
    assert [(d["number"], d["text"], d["is_proposal"]) for d in found] == [
        (str(n), point, proposal) for n, point in enumerate(points, start=1)
    ]


def test_a_deciding_lead_over_numbered_sentences_is_no_dictum() -> None:
    # the points are sentences of their own, topics the meeting took up: no dictum's clauses
    text = (
        "Verslag van de vergadering\n\nHet bestuur besloot de volgende punten te bespreken\n"
        "1. De kascontrole.\n2. Het jaarverslag van de secretaris.\n3. De contributie."
    )
    found = [d["text"] for d in extract_decisions(_document(text, "other"), [])]
    assert "De kascontrole." not in found and "De contributie." not in found


@pytest.mark.parametrize(
    ("title", "decision"),
    [
        ("Subsidie dorpshuis De Linde (Ministerie van Sociale Zaken, Welzijn en Sport)",
         "De ministerraad heeft ingestemd met een subsidie van € 20.000 voor het dorpshuis."),
        ("Verkoop perceel aan de Kade (portefeuillehouder Vastgoed, zaaknummer 2024/117, spoed)",
         "Het college besluit het perceel te verkopen aan de hoogste bieder."),
        ("Nieuwe huurregeling sporthallen (afdeling Sport en Recreatie)",
         "Het bestuur stemt in met de nieuwe huurregeling."),
    ],
)  # fmt: skip
def test_a_numbered_title_with_a_bracketed_note_heads_its_decision(
    title: str, decision: str
) -> None:
    # `2. <title> (<who brought it>)` over its paragraph: the note makes the title long, it
    # stays a title; the paragraph's deciding sentence is the decision, numbered as the item,
    # without what follows from it
    text = (
        f"Besluiten van het bestuur van 3 april 2024\n\n1. Vaststelling agenda\n"
        f"De agenda wordt vastgesteld.\n2. {title}\n{decision} Het dossier ligt vanaf volgende "
        "week ter inzage in het gemeentehuis en staat ook op de website van de gemeente.\n"
    )
    found = [
        (d["number"], d["text"]) for d in extract_decisions(_document(text, "decision_list"), [])
    ]
    assert ("2", decision) in found
    assert all(title not in text for _, text in found)


def test_a_number_glued_to_its_decision_numbers_it() -> None:
    # `1.De raad ...`: a web page dropped the space after the number
    text = (
        "Besluiten van de raad van 5 juni 2024\n\n1.De raad stemt in met de jaarrekening 2023.\n\n"
        "2. De raad stelt de kadernota 2025 vast.\n"
    )
    found = [
        (d["number"], d["text"]) for d in extract_decisions(_document(text, "decision_list"), [])
    ]
    assert found == [
        ("1", "De raad stemt in met de jaarrekening 2023."),
        ("2", "De raad stelt de kadernota 2025 vast."),
    ]


@pytest.mark.parametrize(
    "opening", ["Akkoord is gegaan met", "Akkoord werd gegaan met", "Ingestemd wordt met"]
)
def test_agreeing_in_the_impersonal_passive_with_its_participle_first_decides(
    opening: str,
) -> None:
    text = f"Verslag van de vergadering\n\n{opening} het nieuwe rooster voor de kantine.\n"
    found = [d["text"] for d in extract_decisions(_document(text, "minutes"), [])]
    assert found == [f"{opening} het nieuwe rooster voor de kantine."]


@pytest.mark.parametrize(
    ("title", "label", "decided"),
    [
        ("Besluitenlijst 7 februari 2023", "Beslispunten", True),
        ("Besluiten college van B&W 14 maart 2024", "Beslispunten:", True),
        ("Besluitenlijst DB 2 mei 2022", "• Beslispunt", True),
        ("Raadsvoorstel begroting 2024", "Beslispunten", False),
    ],
)
def test_the_points_of_a_titled_decision_record_were_taken(
    title: str, label: str, decided: bool
) -> None:
    # the label names what the body decides on; only the record of the meeting states it taken
    page = (
        f"{title}\n\n1. Subsidie dorpshuis\n\nPortefeuillehouder\n\nJansen, P.\n\n{label}\n\n"
        " 1. In te stemmen met de subsidie aan het dorpshuis.\n"
        " 2. Het besluit per brief aan de aanvrager te sturen.\n"
    )
    found = extract_decisions(_document(page, "decision_list"), [])
    assert [d["is_proposal"] for d in found] == [not decided, not decided]


def _point_page(body: str, officers: str, background: str) -> str:
    """A portal's page of one decided point: its title, the body over the sitting's slot,
    the verdict, the attendance block (each label alone over its names), the background."""
    return (
        "Terug\nGepubliceerd op 14/03/2024\n\n"
        "2024_CBS_00412 - Speelplein Molenveld - Gunning - Goedkeuring\n\n"
        f"{body}\ndo 7/03/2024 - 09:00 digitaal\nGoedgekeurd\n\nSamenstelling\n\n"
        f"Aanwezig\n\nEls Peeters, burgemeester; Tom Claes, schepen; An Wouters, schepen\n\n"
        f"{officers}\n\n{background}\n\nDe firma Groen BV bezorgde de laagste offerte.\n"
    )


@pytest.mark.parametrize(
    ("body", "officers", "background"),
    [
        ("college van burgemeester en schepenen",
         "Secretaris\n\nJan Smet, algemeen directeur\n\nVoorzitter\n\nEls Peeters, burgemeester",
         "Motivering\n\nAanleiding en context"),
        ("Vast Bureau", "Voorzitter\n\nEls Peeters, voorzitter",
         "Aanleiding, context en argumentatie"),
        ("College van burgemeester en schepenen",
         "Verontschuldigd\n\nKoen Maes, schepen", "Aanleiding en context"),
    ],
)  # fmt: skip
def test_a_point_page_decides_its_title_not_its_attendance_or_background(
    body, officers, background
):
    found = [text for _, _, text in _decisions(_point_page(body, officers, background),
                                                "decision_list")]  # fmt: skip
    rows = ("Els Peeters", "Jan Smet", "Koen Maes", "De firma")
    assert not any(text.startswith(rows) for text in found)
