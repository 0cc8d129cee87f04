"""Decisions in the layouts of student and project notes (web26 and the like): a list of
outcomes written after arrows, a to-do list whose items name their owner before a colon, a
task without its subject below its owner, a question answered on its line, a markdown task
table whose owner column is plural, and discharge granted or advised in an account of a
members' meeting."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

HEAD = "## Verslag vergadering 4\n\nDatum: 12/05/2021 om 10:00\n\n"


def test_a_list_of_outcomes_after_arrows():
    text = HEAD + "\n".join(
        [
            "### Verslag:",
            "",
            "*   login veld te lang -> veld inkorten en testen voor release",
            "*   oude tabellen -> tabellen schrappen",
            "*   export lijkt handig -> export houden",
            "*   zoekfunctie is traag",
            "    *   Zoeken op naam -> index op /users met naam in de query.",
            "*   Oude scripts verwijderen, uitleg schrijven in de README",
            "*   Moeten we inloggen? -> ja, later bekijken",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "login veld te lang -> veld inkorten en testen voor release"),
        ("besluit", None, "oude tabellen -> tabellen schrappen"),
        ("besluit", None, "export lijkt handig -> export houden"),
        ("besluit", None, "Oude scripts verwijderen, uitleg schrijven in de README"),
    ]


def test_one_arrow_among_notes_is_no_outcome():
    text = HEAD + "\n".join(
        [
            "# Sysadmin",
            "   * server bijna vol -> meer plaats aanvragen",
            "   * nieuwe router geplaatst",
            "   * Launch party: flop -> gala-avond",
        ]
    )
    assert _decisions(text) == []


def test_a_to_do_list_whose_items_name_their_owner():
    text = HEAD + "\n".join(
        [
            "3. TO DO List",
            "",
            "* Sanne: legt vast hoe we de code testen.",
            "",
            "* Iedereen: Stuurt ideeën op via de mailinglijst.",
            "",
            "4. Rondvraag",
            "",
            "- To do",
            "    - meer talen ondersteunen",
            "    - layout als invoer gebruiken",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Sanne: legt vast hoe we de code testen."),
        ("actie", None, "Iedereen: Stuurt ideeën op via de mailinglijst."),
    ]


def test_a_task_without_its_subject_below_its_owner():
    text = HEAD + "\n".join(
        [
            "1. Sanne: werkt de eisen uit.",
            "    1. Voorbeelden opgezocht.",
            "    2. Zal tegen de volgende vergadering de eisen verder uitwerken.",
            "    3. Gaan we nu bespreken.",
            "    4. Zal dit later besproken worden?",
            "**Gemeente Oss**",
            "  - Vraagt na bij de technische achterban.",
            "  - Vraagt of het budget er is.",
            "(Sjoerd wil het blad lezen, Rob draagt hier zorg voor)",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Zal tegen de volgende vergadering de eisen verder uitwerken."),
        ("actie", None, "Vraagt na bij de technische achterban."),
        ("actie", None, "Rob draagt hier zorg voor"),
    ]


def test_a_question_answered_on_its_line():
    text = HEAD + "   * Kopen we het domein ? Yes\n   * Wie komt er?\n"
    assert _decisions(text) == [("besluit", None, "Kopen we het domein ? Yes")]


def test_a_markdown_task_table_with_a_plural_owner_column():
    text = HEAD + "\n".join(
        [
            "## Taakverdeling",
            "",
            "| Verantwoordelijken | Taak     | Deadline |",
            "| ------------------ |:-------- |:--------:|",
            "| Sanne              | Errors   |  23/03   |",
            "| Lucas              | Tickets  |  23/03   |",
        ]
    )
    assert _decisions(text) == [("actie", None, "Errors"), ("actie", None, "Tickets")]


def test_discharge_granted_or_advised():
    text = "Notulen ALV 2020\n\n" + "\n".join(
        [
            "De kascommissie heeft de stukken gecontroleerd en adviseert de ALV decharge aan "
            "het bestuur te verlenen, die daarmee instemt.",
            "Na het verslag van de kascommissie ging de vergadering over tot dechargeren van "
            "het bestuur.",
            "En nadat de kascommissie alles had bevestigd werd ook aan de penningmeester "
            "decharge verleend.",
            "Als de kascommissie akkoord is, wordt decharge aan het bestuur verleend.",
            "Ze adviseert om de penningmeester decharge te verlenen.",
        ]
    )
    assert [kind for kind, _, _ in _decisions(text)] == ["besluit"] * 3


def test_an_item_that_closes_with_its_owners_in_brackets():
    text = HEAD + "\n".join(
        [
            "5. Veiligheid",
            "  – Hek beschadigd: offerte voor een nieuw hek aanvragen (Marlijn)",
            "  – De sensor wordt afgelezen op vaste tijdstippen (Rob/Mike)",
            "  – Piet van der Velden (Secretaris)",
        ]
    )
    assert [(kind, text) for kind, _, text in _decisions(text)] == [
        ("actie", "Hek beschadigd: offerte voor een nieuw hek aanvragen (Marlijn)"),
        ("actie", "De sensor wordt afgelezen op vaste tijdstippen (Rob/Mike)"),
    ]


def test_the_next_meeting_set_for_a_date():
    text = HEAD + "\n".join(
        [
            "De volgende bijeenkomst zal plaatsvinden op 9 november 2017. Aanmelden via de site.",
            "- Drie nieuwe sessies worden ingepland op 25 april, 9 mei en 23 mei.",
            "De volgende vergadering is gepland op dinsdag 3 februari 2009.",
            "Hij zal plaatsvinden op 8 februari 2015.",
        ]
    )
    assert [(kind, text) for kind, _, text in _decisions(text)] == [
        ("afspraak", "De volgende bijeenkomst zal plaatsvinden op 9 november 2017."),
        ("afspraak", "Drie nieuwe sessies worden ingepland op 25 april, 9 mei en 23 mei."),
    ]


def test_being_busy_missing_someone_and_a_promise_to_the_reader_set_no_task():
    text = "Verslag bewonerscommissie\n\n" + "\n".join(
        [
            "Hier zullen we de komende tijd hard mee bezig zijn.",
            "Natuurlijk gaan we hem als actief lid missen, maar als passief lid blijft hij welkom.",
            "Wij zullen u op de hoogte houden van de ontwikkelingen.",
            "We zullen de zaal huren.",
        ]
    )
    assert _decisions(text) == [("actie", None, "We zullen de zaal huren.")]


def test_consent_approval_a_resolving_assembly_and_a_task_given_to_a_name():
    text = HEAD + "\n".join(
        [
            "De vergadering stemt ermee in dat de begroting wordt aangepast.",
            "",
            "De Ledenvergadering verleent met enige correcties goedkeuring aan het verslag.",
            "",
            "Ze besluit om de volgende vergadering op 17 oktober te houden.",
            "",
            "De flyer wordt gemaakt door Juul.",
            "",
            "Het verslag wordt gemaakt door de secretaris.",
        ]
    )
    assert [kind for kind, _, _ in _decisions(text)] == ["besluit", "besluit", "besluit", "actie"]


DONE_LIST = """Werksessie adressen
- [x] Deelnemers uitgenodigd (Jan Willem)
- [x] Zaal gereserveerd (Petra)
- [x] Agenda opgesteld (Petra/ Jan Willem)
- Leveranciers bellen over de koppeling (actie Karel).
- Een vraag over de planning (Teun)"""


def test_a_checklist_of_tasks_with_their_owners_in_brackets_records_a_meeting():
    # a participle or an action marker before the owners; a name after a plain sentence is none
    assert _decisions(DONE_LIST, doc_type="other") == [
        ("actie", None, "Deelnemers uitgenodigd (Jan Willem)"),
        ("actie", None, "Zaal gereserveerd (Petra)"),
        ("actie", None, "Agenda opgesteld (Petra/ Jan Willem)"),
        ("actie", None, "Leveranciers bellen over de koppeling (actie Karel)."),
    ]


TOPICS_WITH_RAISERS = """Rondvraag

 • Parkeren Hoofdstraat Verlegen (Anja)
  Er wordt veel geklaagd over het parkeren bij de school.
 • Speeltuin (Kees)
  We hebben besloten de speeltuin te laten keuren.
"""


def test_a_topic_named_after_a_place_with_its_raiser_in_brackets_is_no_task():
    # `Verlegen` is a place's name, no participle: the bullet is a topic over its paragraph
    assert _decisions(TOPICS_WITH_RAISERS) == [
        ("besluit", None, "We hebben besloten de speeltuin te laten keuren.")
    ]


AGREED_BEFORE = """Verslag werkgroep 3 maart

Er is vorige vergadering afgesproken om elke maand een thema te kiezen.
Besloten wordt dat Ria het thema voor april kiest.
"""


def test_an_agreement_of_the_last_meeting_named_after_its_auxiliary_is_reported():
    assert [text for _, _, text in _decisions(AGREED_BEFORE)] == [
        "Besloten wordt dat Ria het thema voor april kiest."
    ]


# texts164/sbr-wgnt-2022-10-04 (lines 34-43) and texts163/logius-bomos-klankbord-2023-01-26
# (lines 34-37): a working group that keeps its issues on GitHub notes one line per issue
ISSUE_LIST = """## GitHub issues
https://github.com/centrumvoorstandaarden/SBR_Werkgroep_NT/issues
Issue 56 Afgesproken is deze in een RFC voor de NTA 18 mee te nemen.
Iseue 48 Even een lagere prio tot we meer zicht welke kan tde NTA op gaat bewegen.
Issue 43 EK en AB gaan hier nog naar kijken.
Issue 25 Voorlopig een lagere prio.
Issue 8 Nog steeds geen update van XII.
## Rondvraag
"""


def test_an_issue_list_line_opens_its_sentence_after_the_issue_reference():
    # the reference stays in the row: it names what the line settles; a status (issue 8) none
    assert [(kind, text[:30]) for kind, _, text in _decisions(HEAD + ISSUE_LIST)] == [
        ("besluit", "Iseue 48 Even een lagere prio "),
        ("besluit", "Issue 25 Voorlopig een lagere "),
        ("afspraak", "Issue 56 Afgesproken is deze i"),
        ("actie", "Issue 43 EK en AB gaan hier no"),
    ]


ISSUE_STATUSES = """## Actiepunten

[issue #10] Figuren aanpassen (tekst uit figuren en layout) (23 Nov. 2022), Status: In bewerking
5.BOMOS-LinkedData [issue #9] Link naar VocBench is dode link (04 Oct. 2022), Status: Gereed:
[issue #14] Hoofdstuk over stelsels toevoegen (10 Jan. 2023), Status: Open
[issue #15] Voorbeelden van governance verzamelen
"""


def test_an_issue_line_with_a_status_of_work_taken_on_or_done_is_an_action():
    # the open issue and the bare title set nothing
    assert [(kind, text[:30]) for kind, _, text in _decisions(HEAD + ISSUE_STATUSES)] == [
        ("actie", "[issue #10] Figuren aanpassen "),
        ("actie", "5.BOMOS-LinkedData [issue #9] "),
    ]
