"""Decisions in the layouts of members' meeting reports and student teams' notes: a sentence
that lists several decisions as passive clauses, a member replaced or succeeded by someone
named, `we` agreeing after a fronted adverbial, numbered labels that part their number from
their text with a dash, a to-do label with its task on its line; and the look-alikes that
decide nothing: a decision reported as taken before (`al goedgekeurd`), a sentence adverb
read as a name, a markdown table below a label, a section heading below a list of roles.
Every text is written for the test in the layout of such a report."""

from __future__ import annotations

from functools import partial

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document, _found_under

HEAD = "Verslag algemene ledenvergadering Tennisclub De Kaats\nDatum: 14 maart 2024\n\n"


_found = partial(_found_under, HEAD)


def test_a_sentence_that_lists_decisions_as_passive_clauses():
    text = (
        "De vergadering was goed bezocht. Er werden enkele besluiten genomen: het jaarverslag "
        "en de jaarrekening 2023 werden goedgekeurd en het bestuur werd decharge verleend, "
        "de begroting 2024 werd goedgekeurd, de tarieven van de baanhuur (inclusief de "
        "ballen) werden goedgekeurd voor 2025."
    )
    assert _found(text) == [
        ("besluit", "het jaarverslag en de jaarrekening 2023 werden goedgekeurd"),
        ("besluit", "het bestuur werd decharge verleend"),
        ("besluit", "de begroting 2024 werd goedgekeurd"),
        (
            "besluit",
            "de tarieven van de baanhuur (inclusief de ballen) werden goedgekeurd voor 2025",
        ),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # one subject, two participles: one decision
        "De notulen worden goedgekeurd en ongewijzigd vastgesteld.",
        # the second clause has no auxiliary of its own
        "Het verslag wordt goedgekeurd, met dank aan de secretaris.",
    ],
)
def test_a_sentence_with_one_decision_stays_whole(sentence: str):
    assert _found(sentence) == [("besluit", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mevrouw Smit treedt af als lid van de kascommissie en wordt vervangen door dhr. Jan Bos.",
        "Zij worden met instemming van de vergadering opgevolgd door Anna de Wit en Kees Vos.",
    ],
)
def test_a_member_replaced_by_someone_named(sentence: str):
    assert _found(sentence) == [("besluit", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De oude printer wordt vervangen door een nieuwe.",  # a thing, no successor named
        "Piet Jansen is vervangen door Karin de Boer.",  # the perfect reports a change made
        # a deputy for a member who sent apologies: the member stays
        "Er is bericht van verhindering van Eva Kok, zij wordt vervangen door Tim Bos.",
        "Dhr. Mulder is afwezig en wordt vervangen door mevrouw De Vries.",
        "Wegens afmelding van Joost Wit werd hij vervangen door Ilse Ram.",
        "Dit verslag is in de vorige vergadering al goedgekeurd.",
        "Het huishoudelijk reglement is reeds vastgesteld bij de oprichting.",
        "Intussen maakt het bestuur plannen voor de nieuwe kantine.",
    ],
)
def test_what_reports_or_describes_decides_nothing(sentence: str):
    assert _found(sentence) == []


def test_we_agree_after_a_fronted_adverbial():
    sentence = "Hierbij spreken we af dat het clubhuis op zondag gesloten blijft."
    assert _found(sentence) == [("afspraak", sentence)]


def test_numbered_labels_with_a_dash_and_a_to_do_label():
    text = "\n".join(
        [
            "## Afspraken",
            "",
            "### Afspraak 1 – Ledenlijst bijwerken",
            "",
            "**Wie:** Sanne",
            "",
            "### Afspraak 2 – Baanschema maken",
            "",
            "**Wie:** Tom",
            "",
            "## Feedback",
            "",
            "ToDo: presentatie voor de sponsoren",
        ]
    )
    assert _found(text) == [
        ("afspraak", "Ledenlijst bijwerken"),
        ("afspraak", "Baanschema maken"),
        ("actie", "presentatie voor de sponsoren"),
    ]


def test_an_empty_markdown_table_below_a_label_is_no_action():
    text = "\n".join(
        ["## Actiepunten", "", "iedereen", "", "| Wat | Wie | Deadline |", "|:--|:--|:--|",
         "|   |   |   |"]
    )  # fmt: skip
    assert _found(text) == []


def test_a_heading_below_a_bulleted_task_division_is_no_row():
    text = "\n".join(
        [
            "## Taakverdeling",
            "",
            "- Sanne: ledenlijst",
            "- Tom: baanschema",
            "",
            "## Clubhuis opknappen",
            "",
            "een paar punten vallen weg omdat er te weinig vrijwilligers zijn:",
        ]
    )
    assert [text for _, text in _found(text)] == ["Sanne: ledenlijst", "Tom: baanschema"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De penningmeester zal bij agendapunt 7 meer vertellen over de nieuwe tarieven.",
        "Karin de Vries zal nu allereerst een presentatie over het clubhuis verzorgen.",
        "Zij zullen tijdens de vergadering zelf hun plannen toelichten.",
        # what someone will say in it, the meeting not named
        "Mevrouw Jansen zal daarom een toelichting geven op haar vertrek uit het bestuur.",
        "Pieter zal ingaan op de stand van zaken bij de speeltuin.",
        "De wethouder en de ambtenaar zullen kort ingaan op de planning van de werkzaamheden.",
        # texts147 flevoland-cie-bestuur-2006-04-20: a presentation given in the meeting
        "Mevrouw Jorritsma zal alsnog de presentatie geven over de Investeringsimpuls "
        "Flevoland-Almere, die gepland stond voor 6 april jl., maar door omstandigheden in "
        "Almere niet kon doorgaan.",
    ],
)
def test_what_someone_will_do_at_this_meeting_is_no_task(sentence: str):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Karin de Vries zal tijdens de vergadering van 5 mei de begroting toelichten.",
        "Pieter zal volgende vergadering een toelichting geven op de nieuwe tarieven.",
        "Jan zal de volgende vergadering een presentatie geven over het nieuwe beleid.",
    ],
)
def test_a_task_for_a_later_meeting_stays(sentence: str):
    assert _found(sentence) == [("actie", sentence)]


COUNCIL_PAGE = """Besluitenlijst gemeenteraad 4 november 2024

  00:01:10 - 00:03:20 - Anna Bakker
 • 2

  De agenda bevat de onderwerpen van deze vergadering.  Besluit
  De raad stelt de agenda vast.

 • 3

  Voorstel aan de raad om: 1. De jaarrekening 2023 vast te stellen; 2. In te stemmen met de \
reservering voor het zwembad; 3. In te stemmen met de planning 2025
"""


def test_a_council_page_with_numbered_points_on_one_line():
    assert _decisions(COUNCIL_PAGE, "decision_list") == [
        ("besluit", None, "De raad stelt de agenda vast."),
        ("besluit", "1", "De jaarrekening 2023 vast te stellen;"),
        ("besluit", "2", "In te stemmen met de reservering voor het zwembad;"),
        ("besluit", "3", "In te stemmen met de planning 2025"),
    ]


# a B&W note printed as one line per page: the points lost their dots, the page goes on
NOTE_PAGE = """Besluitenlijst college

1 Nota voor burgemeester en wethouders Onderwerp wijziging regeling Besloten wordt: 1 In te \
stemmen met de wijziging van de regeling; 2 het raadsvoorstel vast te stellen; 3 de nota \
openbaar te maken. Financiële aspecten: Nee Nee
"""


def test_points_without_dots_on_a_page_printed_as_one_line():
    assert _decisions(NOTE_PAGE, "decision_list") == [
        ("besluit", "1", "In te stemmen met de wijziging van de regeling;"),
        ("besluit", "2", "het raadsvoorstel vast te stellen;"),
        ("besluit", "3", "de nota openbaar te maken."),
    ]


def test_points_a_member_asks_for_stay_in_their_row():
    page = COUNCIL_PAGE.replace("Voorstel aan de raad om:", "De fractie vraagt:")
    assert [number for _, number, _ in _decisions(page, "decision_list")] == [None, None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de verkiezing heeft Els Mol, al jaren lid, met instemming van de aanwezigen het "
        "voorzitterschap overgenomen van Piet Kok.",
        "Ook kwamen er twee nieuwe bestuursleden bij, Ans Bos en Ruud Lam.",
        "Er waren geen andere kandidaten, zodat Ans weer voor drie jaar werd verkozen.",
        "Voor elk onderdeel werd een verantwoordelijke aangeduid.",
        "Na overleg met iedereen is de taakverdeling gefinaliseerd.",
    ],
)
def test_elections_and_appointments(sentence: str):
    assert _found(sentence) == [("besluit", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zonder instemming van de leden kan het bestuur dit niet doen.",
        "In de grafiek wordt aangeduid dat het project in de eerste fase zit.",
    ],
)
def test_consent_and_appointment_look_alikes(sentence: str):
    assert _found(sentence) == []


def test_a_body_asked_to_discharge_is_a_proposal():
    text = "De kas klopt en de vergadering wordt verzocht het bestuur decharge te verlenen."
    found = extract_decisions(_document(HEAD + text), [])
    assert [(d["kind"], d["is_proposal"], d["text"]) for d in found] == [
        ("besluit", True, "de vergadering wordt verzocht het bestuur decharge te verlenen.")
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Belangrijkste besluit is dat de contributie volgend jaar met 2 euro stijgt.", "besluit"),
        ("De afspraak is dat de sleutel bij de penningmeester blijft.", "afspraak"),
    ],
)
def test_a_decision_named_as_the_subject_of_is_dat(sentence: str, kind: str):
    assert _found(sentence) == [(kind, sentence)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In mei gaan Sanne en Tom het baanschema met de trainers bespreken.", True),
        ("Voor de sponsoravond gaat Karin kijken naar een geschikte zaal.", True),
        ("Daarna gaan Sanne en Tom naar huis.", False),
        ("Als dat lukt gaat Karin het regelen.", False),
    ],
)
def test_who_will_do_it_named_after_the_verb(sentence: str, found: bool):
    assert _found(sentence) == ([("actie", sentence)] if found else [])


def test_a_decision_list_page_text_about_itself_is_no_row():
    page = (
        "Besluitenlijst Gedeputeerde Staten 6 juli 2021\n\n"
        "De besluiten staan in een besluitenlijst. Op deze pagina vindt u de besluiten.\n\n"
        "Het waterprogramma wordt vastgesteld.\n"
    )
    assert _decisions(page, "decision_list") == [
        ("besluit", None, "Het waterprogramma wordt vastgesteld.")
    ]


def test_a_capitalised_word_after_a_pronoun_and_zal_is_no_owner():
    assert _found("Maar het zal Nederlandse gebruikers veel tijd besparen.") == []


def test_a_numbered_title_over_its_decision_label_is_no_decision():
    page = (
        "Besluitenlijst procedurevergadering commissie 12 april 2024\n\n"
        "1.    Voorstel van het lid Bos tot wijziging van artikel 12 (CV 24/3)\n\n"
        "Besluit: het voorstel wordt aangehouden tot de volgende vergadering.\n\n"
        "2.    De agenda wordt vastgesteld.\n\n"
        "Actie: griffier\n"
    )
    assert [text for _, _, text in _decisions(page, "decision_list")] == [
        "het voorstel wordt aangehouden tot de volgende vergadering.",
        "De agenda wordt vastgesteld.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De kascommissie heeft de jaarstukken gecontroleerd en in orde bevonden.",
        "De kascontrolecommissie heeft de administratie over 2023 nagekeken en goedgekeurd.",
        "Mevrouw Dekker en de heer Bos hebben de kas gecontroleerd en akkoord bevonden.",
    ],
)
def test_an_audit_committees_finding_is_no_decision(sentence: str):
    # who checked the accounts reports what it found; the meeting decides by the discharge
    discharge = "Daarop wordt het bestuur door de leden decharge verleend."
    assert _found(f"{sentence} {discharge}") == [("besluit", discharge)]


def test_an_audit_joined_to_advice_the_meeting_takes_is_its_decision():
    sentence = (
        "De kascommissie heeft de boeken gecontroleerd en adviseert de vergadering decharge "
        "te verlenen, die daarmee instemt."
    )
    assert _found(sentence) == [("besluit", sentence)]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Verslag vorige keer is akkoord.", True),
        ("Jaarrekening 2023: is akkoord", True),
        ("Notulen van 12 januari zijn akkoord.", True),
        ("Niet iedereen is akkoord.", False),
        ("Ook is akkoord.", False),
    ],
)
def test_a_paper_agreed_in_telegram_style_without_its_article(line: str, found: bool):
    assert _found(f"2. Notulen\n{line}") == ([("besluit", line)] if found else [])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("De kascommissie bestaat uit Anke Smit en Joop de Wit.", True),
        ("De commissie bestaat voortaan uit Ria Bos, Kees Bakker en Ahmed Said.", True),
        ("De kascommissie 2023 bestond uit Anke Smit en Joop de Wit.", False),
        ("Het bestuur bestaat nu uit vijf personen.", False),
    ],
)
def test_a_committees_make_up_in_the_present_names_its_members(sentence: str, found: bool):
    assert _found(sentence) == ([("besluit", sentence)] if found else [])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("De leden gaven met applaus te kennen dat zij dit akkoord vinden.", True),
        ("De aanwezigen geven aan dat ze het met het voorstel eens zijn.", True),
        ("De vergadering gaf bij handopsteken te kennen dat zij hiermee akkoord is.", True),
        ("De leden geven aan dat zij het niet eens zijn met de contributie.", False),
        ("Piet geeft aan dat hij akkoord is.", False),
    ],
)
def test_the_members_declare_their_consent(sentence: str, found: bool):
    assert _found(sentence) == ([("besluit", sentence)] if found else [])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("E. Dijkstra zal de nieuwe klokken bestellen.", True),
        ("J.H. van Dam gaat de zaalhuur navragen.", True),
        ("Aanpassingen gaan in het voorjaar gebeuren.", False),
        ("De nieuwe cursus gaat starten in maart.", False),
        ("De voorzitter spreekt zijn dank uit aan de vrijwilligers van de bar.", False),
    ],
)
def test_a_member_named_by_initials_acts_an_event_or_thanks_does_not(sentence: str, found: bool):
    assert _found(sentence) == ([("actie", sentence)] if found else [])


@pytest.mark.parametrize(
    ("glued", "decision"),
    [
        (
            "1. Opening en vaststelling agenda.De voorzitter opent de vergadering onder "
            "vaststelling van de agenda.",
            "De voorzitter opent de vergadering onder vaststelling van de agenda.",
        ),
        (
            "Het punt staat op verzoek van het presidium op de agenda.De raad gaat hiermee "
            "akkoord.",
            "De raad gaat hiermee akkoord.",
        ),
        ("Er is geen vraag over het verslag.Het verslag wordt vastgesteld.",
         "Het verslag wordt vastgesteld."),
    ],
)  # fmt: skip
def test_a_stop_glued_to_the_next_sentence_ends_the_one_before(glued: str, decision: str):
    assert [text for _, text in _found(glued)] == [decision]
