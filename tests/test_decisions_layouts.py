"""Decisions in layouts of minutes kept by associations and working groups (web21, web22):
consensus sentences, a chair's conclusion, agreeing as a verb, tasks taken on by named
people with separable or plural verbs."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

HEAD = "Verslag werkgroep\nDatum: 7 maart 2023\n\n"


def test_consensus_and_agreement_sentences():
    text = HEAD + "\n".join(
        [
            "Over de regel wordt lang gesproken.",
            "Er was consensus dat de regel voor browsers blijft gelden.",
            "Consensus wordt niet bereikt, volgende keer verder.",
            "Er is geen consensus over de naam.",
            "We zijn het erover eens dat de pilot doorgaat.",
            "We komen overeen om jaarlijks 100 euro bij te dragen.",
            "Gent en Aalst hebben afgesproken dat de servers samen beheerd worden.",
            "De voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan.",
        ]
    )
    assert [(kind, text) for kind, _, text in _decisions(text)] == [
        ("besluit", "Er was consensus dat de regel voor browsers blijft gelden."),
        ("besluit", "We zijn het erover eens dat de pilot doorgaat."),
        ("afspraak", "We komen overeen om jaarlijks 100 euro bij te dragen."),
        ("afspraak", "Gent en Aalst hebben afgesproken dat de servers samen beheerd worden."),
        ("besluit", "De voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan."),
    ]


def test_tasks_with_separable_and_plural_verbs():
    text = HEAD + "\n".join(
        [
            "Karel en Joost pakken het op.",
            "Mila werkt twee voorbeelden uit voor de volgende keer.",
            "Sam en Ruben werken aan een nieuwe pagina.",
            "Bram gaat er achteraan.",
            "Tom biedt aan om de zaal te reserveren.",
            "Lies houdt het bestuur op de hoogte.",
            "Ank wil de organisatie op zich nemen.",
            "Julien moet nog 2 rollen tape teruggeven.",
            "Het plan werd besproken.",
            "ADR moet volledig herschreven worden.",
        ]
    )
    assert [kind for kind, _, _ in _decisions(text)] == ["actie"] * 8


def test_accepted_and_discharge_given():
    text = HEAD + "\n".join(
        [
            "Het voorstel wordt geaccepteerd.",
            "Er wordt decharge gegeven voor 2022.",
            "Wij willen als vereniging geaccepteerd te worden door de gemeente.",
        ]
    )
    assert [text for _, _, text in _decisions(text)] == [
        "Het voorstel wordt geaccepteerd.",
        "Er wordt decharge gegeven voor 2022.",
    ]


WRITTEN_OUT = """BESLUITENLIJST OPENBARE COMMISSIEVERGADERING

01. Opening en mededelingen

De voorzitter opent de vergadering en heet de aanwezigen welkom.

02. Vaststelling van de besluitenlijst van de vergadering van 3 maart 2015

De commissie stelt de besluitenlijst ongewijzigd vast.

03. Startnotitie Dorpsstraat 12

Jan de Vries vraagt of er genoeg groen komt. Hij wil graag weten hoeveel bomen er
blijven staan en of de buurt daarover is gehoord.

Els Bos is blij met het plan. Haar fractie geeft fiat voor deze startnotitie en
vraagt het college de buurt goed te blijven informeren.

Wethouder Kok zegt dat er zeker groen komt. De buurt is op twee avonden gehoord en
de bomen aan de straatkant blijven staan.

De voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan.

Aldus vastgesteld in de openbare commissievergadering van 14 april 2015."""


def test_a_decision_list_that_writes_the_discussion_out():
    """Its agenda items' titles and discussion are no decisions; formulas still are."""
    assert _decisions(WRITTEN_OUT, doc_type="decision_list") == [
        ("besluit", "02", "De commissie stelt de besluitenlijst ongewijzigd vast."),
        ("besluit", None, "De voorzitter concludeert dat het voorstel als hamerstuk naar de "
         "raad kan."),
    ]  # fmt: skip


SHORT_LIST = """Besluitenlijst dagelijks bestuur

1. Reglementen

Het bestuur kan instemmen met beide reglementen."""


def test_a_decision_list_of_short_items_keeps_its_paragraphs():
    assert [t for _, _, t in _decisions(SHORT_LIST, doc_type="decision_list")] == [
        "Het bestuur kan instemmen met beide reglementen.",
    ]


MARKDOWN = """# Overleg projectgroep

**Datum:** 12 oktober 2020

## Agendapunt 1
> **Karel** en Joost pakken het op.

## Actiepunten

| Wat | Wie | Deadline |
|:----|:----|:---------|
| Handleiding labo bijwerken | Fleur | 26/10/2020 |
| Vragen over de router navragen bij [de lector](https://example.org) | Fleur | 21/10/2020 |
| Zaal reserveren |  | 1/11/2020 |"""


def test_markdown_read_as_printed_with_an_action_table():
    """Marks and links are not read as text; a pipe table's task cells with an owner are
    actions, a row without one is not."""
    assert _decisions(MARKDOWN) == [
        ("actie", None, "Handleiding labo bijwerken"),
        ("actie", None, "Vragen over de router navragen bij de lector"),
        ("actie", None, "Karel en Joost pakken het op."),
    ]


def test_a_pipe_table_without_an_owner_column_lists_no_actions():
    text = HEAD + "| Start | Duur | Onderwerp |\n| --- | --- | --- |\n| 16:00 | 10 | Intro |"
    assert _decisions(text) == []


def test_a_bold_label_in_markdown_that_ends_in_blank_lines():
    text = "## Verslag vergadering\n\n**ACTIES**:\n\nVerder werken aan de webapp.\n\n\n"
    assert _decisions(text) == [("actie", None, "Verder werken aan de webapp.")]


NOTES = """# Bestuursvergadering 3

## Verslagen
Verslagen voortaan in markdown schrijven. :white_check_mark:
- [Bestuursvergadering 2](https://example.org/bv2) ✅

## Activiteiten
* Spelletjesavond
   * flyers drukken (tegen 5 okt) -> TO DO ANNA
   * Launch party: flop -> gala-avond
* Etentje
   * We gaan eten in De Kroon, maar hier is nog geen beslissing over gevallen.
   * We zullen dit met de leden bespreken en daarna tot een beslissing komen.
   * Piet gaat de zaal reserveren."""


def test_check_marks_and_arrows_to_a_task_in_notes():
    assert _decisions(NOTES) == [
        ("besluit", None, "Verslagen voortaan in markdown schrijven. :white_check_mark:"),
        ("besluit", None, "Bestuursvergadering 2 ✅"),
        ("actie", None, "flyers drukken (tegen 5 okt) -> TO DO ANNA"),
        ("actie", None, "Piet gaat de zaal reserveren."),
    ]


def test_a_bulleted_verdict_decides_its_section():
    text = "# Bestuursvergadering 1\n\n# Verslag vorige vergadering\n"
    text += "   * https://example.org/v1\n   * goedgekeurd\n"
    assert _decisions(text) == [("besluit", None, "Verslag vorige vergadering: goedgekeurd")]


def test_announcements_questions_and_the_generic_you_decide_nothing():
    text = HEAD + "\n".join(
        [
            "Mededeling Martin: Het beheermodel is vastgesteld en gepubliceerd.",
            "Je gaat een hoger doel nastreven en gebruikt API's als middel.",
            "Logs gaan we aan de vereniging geven, dan krijgen we een nieuwe server?",
            "Het verslag wordt vastgesteld.",
        ]
    )
    assert _decisions(text) == [("besluit", None, "Het verslag wordt vastgesteld.")]


def test_a_board_change_after_a_fronted_clause_and_no_agenda_change():
    text = HEAD + "\n".join(
        [
            "Er zijn geen ingezonden vragen aan de agenda toegevoegd.",
            "In verband met het vertrek van Eva de Wit, wordt Tim Bos de nieuwe voorzitter.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "In verband met het vertrek van Eva de Wit, wordt Tim Bos de nieuwe "
         "voorzitter."),
    ]  # fmt: skip


DECISIONS_AND_ACTIONS = """Verslag werkgroep profiel
Datum: 3 maart 2017

-   Het voorstel om het model te gebruiken werd besproken.

Besluit en acties
=================

1.  Er werd beslist de entiteit op te splitsen in een organisatie en
    een applicatie.

2.  Philip duidt aan welke velden (mogelijk in
    de toekomst) in scope zitten.

3.  Tegen volgende werkgroep nemen Els en Bo de mapping door."""


def test_a_heading_of_decisions_and_actions_with_a_setext_underline():
    """Each item takes the kind its formula gives, else that of the heading's last word; a
    wrapped item whose first line reads like a title is still an item."""
    assert _decisions(DECISIONS_AND_ACTIONS + "\n\n[bijlage](https://example.org)") == [
        ("besluit", "1", "Er werd beslist de entiteit op te splitsen in een organisatie en "
         "een applicatie."),
        ("actie", "2", "Philip duidt aan welke velden (mogelijk in de toekomst) in scope "
         "zitten."),
        ("actie", "3", "Tegen volgende werkgroep nemen Els en Bo de mapping door."),
    ]  # fmt: skip


ACTION_TABLES = """# Verslag technisch overleg

## 1. Koppelvlak

_Actiepunt:_ Het team werkt de vragen uit en deelt ze op de site.

Met dank aan Ada voor de presentatie.

## Actielijst

| Nr     | Actie                                                           | Naam     | O/G |
|--------|-----------------------------------------------------------------|----------|-----|
| 512/01 | Het team werkt de vragen uit en deelt ze  op de site.           | Ada Berg | O   |
| 512/02 | Een rapport over de pilot wordt gedeeld met de leden            | Piet Kok | G   |

### Voorbereiding volgend overleg

| Nr | Data         | Actie                                   | Voor          |
|----|--------------|-----------------------------------------|---------------|
| 1  | Tot 3 juni   | Beoordeling van het voorstel            | Allen         |
| 2  | 10 juni      | Bespreken voorstel in het overleg       | Allen         |"""


def test_numbered_action_tables_and_an_action_marked_in_the_text():
    """Owner columns `Naam` and `Voor` make pipe tables action tables, `Nr` numbers their
    rows; the table row that repeats an action marked in the text is that action once."""
    assert _decisions(ACTION_TABLES) == [
        ("actie", None, "Het team werkt de vragen uit en deelt ze op de site."),
        ("actie", "512/02", "Een rapport over de pilot wordt gedeeld met de leden"),
        ("actie", "1", "Beoordeling van het voorstel"),
        ("actie", "2", "Bespreken voorstel in het overleg"),
    ]


OWNER_LABEL = """# Verslag klankbord

## Nieuwe module
We zijn blij met het plan en vragen wie er wil meedoen aan de module voor de leden.

Actiepunten: @opvolger Jan
- Er zal een verkenning moeten worden gedaan bij de collega's van de afdeling.
- Het klankbord zal een adviserende rol spelen in dit proces.

## Figuren:
Zoals besproken, de figuren zijn met succes getoetst aan de huisstijl van Logius.
Ook hiermee kunnen we met trots zeggen dat de versie nu officieel is.

## Actielijst
Actielijst: zie de lijst."""


def test_an_action_label_that_names_its_owner_heads_the_list_below_it():
    """`Actiepunten: @opvolger Jan` heads its bullets as a bare label does (no nearby run
    of sentences is adopted instead); `Actielijst: zie de lijst.` points elsewhere."""
    assert _decisions(OWNER_LABEL) == [
        ("actie", None, "Er zal een verkenning moeten worden gedaan bij de collega's van de "
         "afdeling."),
        ("actie", None, "Het klankbord zal een adviserende rol spelen in dit proces."),
    ]  # fmt: skip


TELEGRAM = """# Verslag werkgroep

## Mededelingen

Twee leden hebben om 15.00 uur een ander overleg dus wordt besloten om dan te stoppen.

### Toevoegen regel 58

**De Boer:**  Waarom niet in de URI?

_Voorstel geaccepteerd_

### Bijlagen

_Akkoord standaard niet aan te passen._

### Patchdocumentatie

_Akkoord_

### Planning

Dit punt doorgezet naar de volgende werkgroep.

Verzoek tot een tweede live overleg per jaar wordt gehonoreerd.

In de eerste sessie zullen we het nieuwe model bespreken.

TK is daarbij aangesloten en zal regelmatig terugkoppelen aan de werkgroep."""


def test_telegram_outcomes_in_markdown_notes():
    """Italic outcomes without their auxiliary, a bare verdict under a one-word heading,
    a point moved on, a request granted, a decision after a time, a joined clause's task."""
    assert _decisions(TELEGRAM) == [
        ("besluit", None, "Twee leden hebben om 15.00 uur een ander overleg dus wordt besloten "
         "om dan te stoppen."),
        ("besluit", None, "Voorstel geaccepteerd"),
        ("besluit", None, "Akkoord standaard niet aan te passen."),
        ("besluit", None, "Patchdocumentatie: Akkoord"),
        ("besluit", None, "Dit punt doorgezet naar de volgende werkgroep."),
        ("besluit", None, "Verzoek tot een tweede live overleg per jaar wordt gehonoreerd."),
        ("actie", None, "In de eerste sessie zullen we het nieuwe model bespreken."),
        ("actie", None, "TK is daarbij aangesloten en zal regelmatig terugkoppelen aan de "
         "werkgroep."),
    ]  # fmt: skip


def test_a_list_its_lead_says_was_decided_keeps_one_word_items():
    text = HEAD + "Volgende besluiten genomen na stemming:\n- Maandelijks\n- Hybride vorm\n"
    assert _decisions(text) == [
        ("besluit", None, "Maandelijks"),
        ("besluit", None, "Hybride vorm"),
    ]


def test_a_list_its_lead_says_was_adopted_is_decided():
    text = HEAD + "Aangenomen voorstellen (met percentages):\n• Jaarverslag 2019: 100%\n"
    text += "• Contributie 2021: 62%\n"
    assert _decisions(text) == [
        ("besluit", None, "Jaarverslag 2019: 100%"),
        ("besluit", None, "Contributie 2021: 62%"),
    ]


def test_relative_clauses_duties_and_earlier_records_decide_nothing():
    text = HEAD + "\n".join(
        [
            "Doel: het overleg is de plek waar voorstellen worden geaccordeerd.",
            "Er dient vastgesteld te worden dat twee partijen ontbraken.",
            "In het vorige verslag werden twee deadlines vastgesteld.",
            "Ook zal de website aangepast moeten worden om dit mogelijk te maken.",
        ]
    )
    assert _decisions(text) == []


def test_agreed_after_a_fronted_clause_and_members_favourably_disposed():
    text = HEAD + "\n".join(
        [
            "Na de review van 1 mei en de feedback van Els, is ook dit onderwerp nu akkoord.",
            "Na overleg met de gemeente, is het bestuur nog niet akkoord.",
            "De leden van het klankbord zijn positief gestemd over de nieuwe module.",
            "Over het algemeen zijn de ouders positief over het gesprek.",
        ]
    )
    assert [text for _, _, text in _decisions(text)] == [
        "Na de review van 1 mei en de feedback van Els, is ook dit onderwerp nu akkoord.",
        "De leden van het klankbord zijn positief gestemd over de nieuwe module.",
    ]


def test_a_decision_in_a_clause_after_a_comma_and_en():
    text = HEAD + (
        "Piet presenteert de roadmap en vraagt om op- of aanmerkingen, en bij geen verder "
        "commentaar is er een akkoord op de roadmap."
    )
    assert _decisions(text) == [
        ("besluit", None, "bij geen verder commentaar is er een akkoord op de roadmap."),
    ]


def test_an_html_task_table_under_a_task_heading_is_read_as_a_table():
    text = (
        "## Verslag vergadering 2\n\nDatum: 04/03/2020 om 11:30\n\nAanwezig: Iedereen\n\n"
        "### Taakverdeling:\n\n<table>\n  <tr>\n   <td><strong>Persoon</strong>\n   </td>\n"
        "   <td><strong>Taak</strong>\n   </td>\n  </tr>\n  <tr>\n   <td>Lucas\n   </td>\n"
        "   <td>\n   </td>\n  </tr>\n  <tr>\n   <td>Django\n   </td>\n   <td>Alles testen\n"
        "   </td>\n  </tr>\n</table>\n\nDatum volgende vergadering:\nNog te bepalen\n"
    )
    assert _decisions(text) == [("actie", None, "Alles testen")]


def test_a_division_of_tasks_as_one_item_of_an_agenda_lists_nothing():
    minutes = (
        "# Verslag overleg\n\n## Agenda\n\n- Taakverdeling\n- Organisatie planning\n- Varia\n\n"
        "## Taakverdeling\n\nEr is besproken wie voor welk onderdeel verantwoordelijk is.\n"
    )
    assert _decisions(minutes) == []
    listed = "## Taakverdeling:\n\n- Anna: notulen\n- Bas: planning\n"
    assert [kind for kind, _, _ in _decisions(listed)] == ["besluit", "besluit"]


def test_what_each_will_do_next_in_a_progress_report_is_a_list_of_actions():
    report = (
        "# Voortgangsrapport week 4\n\n## Wat heb je deze week gerealiseerd?\n\n"
        "- Het testplan geschreven\n\n"
        "## Wat plan je volgende week te doen?\n\n### Algemeen\n\n* /\n\n"
        "### Anna de Wit\n\n- Opdracht 2 starten\n- Testplan &amp; verslag afwerken\n\n"
        "### Bas Kramer\nServer opzetten\n\n"
        "## Waar hebben jullie nog problemen mee?\n\n- Geen\n"
    )
    assert _decisions(report) == [
        ("actie", None, "Opdracht 2 starten"),
        ("actie", None, "Testplan & verslag afwerken"),
        ("actie", None, "Server opzetten"),
    ]
    standup = (
        "## Stand-up 3 oktober\n\n### Wat ga je vandaag doen?\n\n"
        "- **Jaro:** Gaat verder met de database.\n\n**Vraag over de QR-code:**\nNiet nodig.\n"
    )
    assert ("actie", None, "Gaat verder met de database.") in _decisions(standup)


def test_a_line_closed_by_actie_and_its_owners_initials_is_an_action():
    minutes = (
        "Verslag wijkraad 18 april 2018\n\n"
        "Website. De opzet wordt in de vergadering getoond door Paul.\n"
        "Domeinnaam wordt vastgelegd: www.voorbeeldwijk.nl Actie PK\n"
        "Aanleveren van foto's van de wijk door Claudia Actie HP/GG\n"
        "Een mooie Actie voor de buurt.\n"
    )
    assert [(kind, text[:20]) for kind, _, text in _decisions(minutes)] == [
        ("actie", "Domeinnaam wordt vas"),
        ("actie", "Aanleveren van foto'"),
    ]
