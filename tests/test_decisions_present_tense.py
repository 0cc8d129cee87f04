"""Decisions and tasks that minutes of parents' councils, residents' committees and clubs
write in the present tense: what `we` will do at a time to come, a named person's task, the
meeting finding a proposal fine, a question who goes answered with names; and the sentences
in that tense that decide nothing (a wish, leaving the meeting, a talk still to come)."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

HEAD = "Verslag bestuursvergadering 3 oktober 2023\n\n"


def test_what_we_will_do_at_a_time_to_come_is_agreed():
    text = HEAD + "\n".join(
        [
            "4. Zomerfeest",
            "We houden het feest op zaterdag 8 juni in de tuin van het buurthuis.",
            "Het springkussen huren we volgende week bij de verhuurder.",
            "We komen komende vergadering terug op de prijzen.",
            "",
            "5. Nieuwsbrief",
            "We bespreken de opzet volgende keer verder.",
            "We verwachten volgende maand meer aanmeldingen.",
            "Als we volgende week tijd hebben, bellen we de drukker.",
            "We gaan liefst volgende maand naar een andere drukker.",
            "Zo komen we bij het volgende punt: de kermis.",
            "We vergaderen weer op dinsdag 4 juni.",
            "Op 12 mei organiseerden we de sportdag.",
            "Wij verwelkomen volgende maand twee nieuwe leden.",
        ]
    )
    assert _decisions(text) == [
        ("afspraak", None, "We houden het feest op zaterdag 8 juni in de tuin van het buurthuis."),
        ("afspraak", None, "Het springkussen huren we volgende week bij de verhuurder."),
        ("afspraak", None, "We komen komende vergadering terug op de prijzen."),
    ]


def test_a_named_persons_task_in_the_present_tense():
    text = HEAD + "\n".join(
        [
            "* Het rooster is klaar. Petra stuurt dat rond.",
            "* Kees doet de kascontrole van dit jaar.",
            "* Mila bewaakt de planning van de klussendag.",
            "* Ruud maakt het jaarverslag.",
            "* Petra stuurt dat de vergadering akkoord is.",
            "* Kees doet een voorstel voor de contributie.",
            "* Ruud maakt melding van een lekkage.",
            "* Kees maakt een opmerking over de kosten.",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Petra stuurt dat rond."),
        ("actie", None, "Kees doet de kascontrole van dit jaar."),
        ("actie", None, "Mila bewaakt de planning van de klussendag."),
        ("actie", None, "Ruud maakt het jaarverslag."),
    ]


def test_the_meeting_finds_a_proposal_fine():
    text = HEAD + "\n".join(
        [
            "Het bestuur stelt Anja voor als nieuwe secretaris. De vergadering vindt dit prima.",
            "",
            "De leden vinden de hal een goede plek om het prikbord op te hangen.",
            "",
            "De vergadering vindt het jammer dat de kermis niet doorgaat.",
            "De leden vinden dit niet goed.",
        ]
    )
    assert [d[2] for d in _decisions(text)] == [
        "De vergadering vindt dit prima.",
        "De leden vinden de hal een goede plek om het prikbord op te hangen.",
    ]


def test_who_goes_answered_with_names():
    text = HEAD + "\n".join(
        [
            "3. Werkbezoek gemeente",
            "  • Bezoek op dinsdag 14 mei om 19.00 uur",
            "  • Wie gaat mee: Joke, Harm?, Frits",
            "  • Wie neemt contact op met de wethouder?",
        ]
    )
    assert _decisions(text) == [("actie", None, "Wie gaat mee: Joke, Harm?, Frits")]


def test_a_telegram_participle_after_a_lost_period():
    text = HEAD + (
        "De heg is vervangen door een schutting vanwege privacy Afgesproken is dat de"
        " schutting groen wordt geverfd. Daarna volgt de rondvraag."
    )
    assert _decisions(text) == [
        ("afspraak", None, "Afgesproken is dat de schutting groen wordt geverfd."),
    ]


def test_a_conclusion_without_its_auxiliary_is_a_decision():
    text = HEAD + "Geconcludeerd dat de bewoners zelf de buren aanspreken."
    assert _decisions(text) == [
        ("besluit", None, "Geconcludeerd dat de bewoners zelf de buren aanspreken."),
    ]


def test_leaving_or_arriving_is_no_task():
    text = HEAD + "\n".join(
        [
            "Jan de Vries zal rond 21.30 uur de vergadering verlaten wegens een andere afspraak.",
            "De Sint zal arriveren om 14:00 op het plein . Daarna is er chocolademelk.",
        ]
    )
    assert _decisions(text) == []


def test_an_advisory_bodys_advice_and_a_matter_left_to_another_are_decisions():
    text = HEAD + "\n".join(
        [
            "De adviesraad adviseert aan het college om de subsidie voor het koor te verhogen.",
            "",
            "De vergadering laat het aan het bestuur over om een datum te prikken.",
            "",
            "De werkgroep adviseert niet om de zaal te huren.",
            "",
            "De commissie adviseert Jan Bos te benoemen. De raad besluit Jan Bos te benoemen.",
        ]
    )
    assert [d[2] for d in _decisions(text)] == [
        "De adviesraad adviseert aan het college om de subsidie voor het koor te verhogen.",
        "De vergadering laat het aan het bestuur over om een datum te prikken.",
        "De raad besluit Jan Bos te benoemen.",
    ]


def test_some_members_will_see_to_it():
    text = HEAD + "Enkele leden zullen een voorstel voor de website uitwerken."
    assert _decisions(text) == [
        ("actie", None, "Enkele leden zullen een voorstel voor de website uitwerken."),
    ]


def test_a_markdown_star_glued_to_its_item_and_an_escaped_list_number():
    text = HEAD + "\n".join(
        [
            "Besluiten vanuit de vorige vergadering:",
            "*‘Sportdag’ komt weer terug, op een vrijdag.",
            "",
            "* De kantine gaat om 17.00 uur dicht.",
            "",
            "Acties:",
            "",
            "1\\. Joost installeert de nieuwe beamer in de zaal",
            "2\\. Mila plaatst de kerstboom in de hal",
        ]
    )
    assert [d[2] for d in _decisions(text)] == [
        "‘Sportdag’ komt weer terug, op een vrijdag.",
        "De kantine gaat om 17.00 uur dicht.",
        "Joost installeert de nieuwe beamer in de zaal",
        "Mila plaatst de kerstboom in de hal",
    ]


def test_an_e_mail_carrying_a_meetings_report_is_read_as_minutes():
    text = "\n".join(
        [
            "To: Jan Bos; Piet Smit",
            "Subject: Verslag overleg molen 3",
            "",
            "Hierbij het verslag van het overleg van vanochtend.",
            "Digasys zal de metingen analyseren.",
            "Sibelco levert de meetgegevens aan.",
        ]
    )
    document = _document(text, "email")
    document["title"] = "Verslag overleg molen 3"
    found = [(d["kind"], d["text"]) for d in extract_decisions(document, [])]
    assert found == [
        ("actie", "Digasys zal de metingen analyseren."),
        ("actie", "Sibelco levert de meetgegevens aan."),
    ]
    document["title"] = "Offerte molen 3"
    offer = text.replace("Verslag overleg", "Offerte").replace(
        "het verslag van het overleg", "de prijs"
    )
    document["pages"][0]["text"] = offer
    assert extract_decisions(document, []) == []


def test_a_page_whose_first_lines_are_list_numbers_is_named_by_its_first_words():
    text = "\n".join(
        [" • 1", " • 2", " • 3", "dinsdag 4 april 2023", "", "buurtraad verslag", ""]
        + ["De buurtraad adviseert aan de gemeente om de bank te verplaatsen."]
    )
    assert _decisions(text, doc_type="other") == [
        ("besluit", None, "De buurtraad adviseert aan de gemeente om de bank te verplaatsen."),
    ]


def test_everyone_consents_or_a_body_takes_over_advice():
    text = HEAD + "\n".join(
        [
            "Iedereen is akkoord met het nieuwe rooster.",
            "Alle leden zijn hiermee akkoord gegaan.",
            "De ouderraad stemt in.",
            "Er is geen bezwaar tegen de nieuwe opzet.",
            "Het bestuur neemt het advies van de kascommissie over.",
            "De MR geeft positief advies over het vakantierooster.",
            "Iedereen vindt het een goed idee.",
            "De keuze valt op de kantine van de voetbalclub.",
            "",
            "Iedereen is welkom op de open dag.",
            "Jan vindt het een goed idee.",
            "Er is geen bezwaar gemaakt tegen de notulen van vorig jaar, zegt Jan.",
        ]
    )
    assert [d[2] for d in _decisions(text)] == [
        "Iedereen is akkoord met het nieuwe rooster.",
        "Alle leden zijn hiermee akkoord gegaan.",
        "De ouderraad stemt in.",
        "Er is geen bezwaar tegen de nieuwe opzet.",
        "Het bestuur neemt het advies van de kascommissie over.",
        "De MR geeft positief advies over het vakantierooster.",
        "Iedereen vindt het een goed idee.",
        "De keuze valt op de kantine van de voetbalclub.",
    ]


def test_an_action_list_whose_owners_stand_on_the_line_below_each_task():
    text = HEAD + "\n".join(
        [
            "Actiepunten",
            "",
            "Springkussen reserveren voor de sportdag",
            "Joost",
            "",
            "Sponsors benaderen",
            "Mila en Ruud",
            "",
            "5. Rondvraag",
            "Geen.",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Springkussen reserveren voor de sportdag (Joost)"),
        ("actie", None, "Sponsors benaderen (Mila en Ruud)"),
    ]


def test_one_line_with_a_name_below_it_is_no_action_list():
    text = HEAD + "\n".join(["Acties", "", "Zie de vorige notulen", "Joost", "", "5. Rondvraag"])
    assert _decisions(text) == []


def test_someone_asked_to_do_something_is_given_a_task():
    text = HEAD + "\n".join(
        [
            "Eenieder wordt gevraagd na te denken over een nieuwe naam.",
            "De penningmeester wordt gevraagd de rekening te betalen.",
            "Er wordt gevraagd of er nog vrijwilligers zijn.",
            "Hen wordt gevraagd voorstellen te doen voor de wijk.",
            "Geopperd wordt dat de bewoners zelf de gang vegen.",
        ]
    )
    assert [(d[0], d[2]) for d in _decisions(text)] == [
        ("actie", "Eenieder wordt gevraagd na te denken over een nieuwe naam."),
        ("actie", "De penningmeester wordt gevraagd de rekening te betalen."),
        ("besluit", "Geopperd wordt dat de bewoners zelf de gang vegen."),
    ]


def test_a_body_of_the_meeting_sees_to_a_task_in_the_present_tense():
    text = HEAD + "\n".join(
        [
            "Het bestuur stuurt een brief naar de woningcorporatie.",
            "De dorpsraad neemt contact op met de gemeente.",
            "De ouderraad organiseert de paasbrunch.",
            "Het college schrijft in de brief dat de weg dicht gaat.",
            "De directie informeert de MR over de formatie.",
        ]
    )
    assert [d[2] for d in _decisions(text)] == [
        "Het bestuur stuurt een brief naar de woningcorporatie.",
        "De dorpsraad neemt contact op met de gemeente.",
        "De ouderraad organiseert de paasbrunch.",
    ]


def test_a_mandate_given_in_the_passive_is_a_decision():
    text = HEAD + "Nu wordt Joke het mandaat gegeven om de huur op te zeggen."
    assert _decisions(text) == [
        ("besluit", None, "Nu wordt Joke het mandaat gegeven om de huur op te zeggen."),
    ]


def test_present_tense_sentences_that_report_wish_or_evaluate_decide_nothing():
    text = HEAD + "\n".join(
        [
            "De voorzitter opent de vergadering en heet iedereen welkom.",
            "Iedereen is aanwezig behalve Karin.",
            "Vorige week zijn we begonnen met de verbouwing.",
            "We hopen op 5 juni veel ouders te zien.",
            "De directie informeert de MR over de formatie.",
            "Het bestuur vindt het jammer dat er zo weinig reacties waren.",
            "De leden vinden het goed georganiseerd.",
            "De commissie adviseert de ouders om op tijd te komen.",
            "Wij wensen iedereen een fijne vakantie en tot volgend schooljaar.",
            "Er is geen bezwaar ontvangen tegen het bestemmingsplan.",
            "Jan doet een voorstel voor een nieuw logo.",
            "Het bestuur schrijft in zijn jaarverslag dat het goed ging.",
            "We kijken terug op een geslaagde avond.",
            "Alle leden zijn van harte welkom bij de open dag.",
            "Wie neemt de notulen volgende keer?",
            "We zullen kijken hoe we dit willen aanpakken.",
        ]
    )
    assert _decisions(text) == []


def test_a_markdown_task_lists_check_box_is_no_part_of_the_item():
    text = "\n".join(
        [
            "# Notulen 5 maart",
            "",
            "### Actiepunten",
            "- [ ] Mila: README bijwerken",
            "- [x] Joost zoekt uit hoe de build werkt",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Mila: README bijwerken"),
        ("actie", None, "Joost zoekt uit hoe de build werkt"),
    ]


def test_an_e_mail_reporting_what_others_agreed_records_no_meeting():
    text = "\n".join(
        [
            "Van: Jan Bos",
            "Aan: Piet Smit",
            "Onderwerp: FW: Stand van zaken en advies cookies",
            "",
            "Legal en het bureau kunnen zich erin vinden als we deze cookies aan laten.",
            "Alle betrokkenen zijn het ermee eens dat dit onder tracking valt.",
            "De logging als alternatief is afgewezen door de landsadvocaat.",
        ]
    )
    document = _document(text, "email")
    document["title"] = "FW: Stand van zaken en advies cookies"
    assert extract_decisions(document, []) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De ALV benoemt tot voorzitter Maarten Chen, tot secretaris Ans de Wit.",
        "Het bestuur dankt de commissie en benoemt Els Vos en Kees Ram tot kascommissie.",
        "De halve contributie bij aanmelding na 30 juni wordt afgeschaft.",
        "De vergadering geeft het bestuur volmacht om een redelijke prijs te betalen.",
        "De algemene vergadering geeft een unaniem gunstig advies.",
    ],
)
def test_a_body_appoints_grants_or_advises_and_a_rule_is_abolished(sentence):
    found = extract_decisions(_document(sentence, "minutes"), [])
    assert [(d["kind"], d["text"]) for d in found] == [("besluit", sentence)]


def test_the_chair_giving_the_floor_decides_nothing():
    assert (
        extract_decisions(_document("De voorzitter geeft het woord aan Jan.", "minutes"), []) == []
    )


def test_a_sentence_begun_mid_line_wraps_onto_a_name_in_capitals():
    text = "\n".join(
        [
            "Notulen jaarvergadering",
            "De penningmeester licht de cijfers toe. De vergadering benoemt Els Vos en Kees",
            "Ram tot leden van de kascommissie voor 2024.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "De vergadering benoemt Els Vos en Kees Ram tot leden van de "
         "kascommissie voor 2024."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Mw. Janssen gaat proberen de zaal in maart te reserveren.",
        "Dhr. Bakker zal de offerte bij de aannemer opvragen.",
        "De heer De Vries zorgt ervoor dat de sleutels terugkomen.",
        "Mevrouw Smit neemt het contact met de school op zich.",
    ],
)
def test_a_person_named_with_a_title_is_given_a_task(sentence):
    found = extract_decisions(_document(HEAD + sentence, "minutes"), [])
    assert [(d["kind"], d["text"]) for d in found] == [("actie", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wim voegt de nieuwe leden aan de ledenlijst toe.",
        "Claudia vult de presentatie in.",
        "Het bestuur maakt hier een korte handleiding voor.",
        "Dhr. Kok zoekt de oude facturen na.",
        "De secretaris zet de notulen op de website door.",
    ],
)
def test_a_task_written_as_a_separable_verb_is_an_action(sentence):
    found = extract_decisions(_document(HEAD + sentence, "minutes"), [])
    assert [(d["kind"], d["text"]) for d in found] == [("actie", sentence)]


def test_a_separable_verb_that_reports_or_thanks_is_no_task():
    text = HEAD + "\n".join(
        [
            "Kees licht het jaarverslag toe.",
            "De voorzitter legt de werkwijze van de commissie uit.",
            "Petra vult het verhaal van Kees aan.",
            "De penningmeester deelt de cijfers mee.",
            "Marcel en Wim denken er nog over na.",
            "De voorzitter bedankt de leden voor hun inzet en sluit de vergadering af.",
            "Geef dit ook aan de andere vrijwilligers door.",
        ]
    )
    assert _decisions(text) == []


def test_a_body_named_by_its_acronym_will_see_to_a_task_but_does_not_in_general():
    text = HEAD + "\n".join(
        [
            "De OR gaat de vragen van de medewerkers bundelen.",
            "De PvdA zal binnenkort alle wijken bezoeken.",
            "De GGD organiseert elk jaar een voorlichtingsavond.",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "De OR gaat de vragen van de medewerkers bundelen."),
        ("actie", None, "De PvdA zal binnenkort alle wijken bezoeken."),
    ]


def test_how_something_goes_is_no_task():
    text = HEAD + "\n".join(
        [
            "De ledenwerving gaat ook dit jaar weer goed.",
            "Reiskosten gaan hier ook vanaf, en worden niet vergoed.",
            "Jolanda gaat met de penningmeester in overleg.",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Jolanda gaat met de penningmeester in overleg."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De vergadering ging hiermee akkoord.",
        "Na een korte discussie ging de vergadering akkoord.",
        "Met de nieuwe statuten en het reglement gaat de ledenraad unaniem akkoord.",
        "We zijn akkoord met het voorstel om de contributie te verhogen.",
        "Wij gaan daarmee akkoord met de begroting.",
    ],
)
def test_the_meeting_or_we_agree(sentence):
    found = extract_decisions(_document(HEAD + sentence, "minutes"), [])
    assert [(d["kind"], d["text"]) for d in found] == [("besluit", sentence)]


def test_what_we_take_over_accept_or_take_along():
    text = HEAD + "\n".join(
        [
            "Jan raadt aan de agenda om te gooien. Dit advies nemen we over.",
            "De buurtvereniging biedt een tent aan. Dat aanbod nemen we graag aan.",
            "Deze vraag nemen wij mee naar de volgende ledenvergadering.",
            "We nemen het besluit om de website te vernieuwen.",
            "De stoelen nemen we niet mee.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "Dit advies nemen we over."),
        ("besluit", None, "Dat aanbod nemen we graag aan."),
        ("actie", None, "Deze vraag nemen wij mee naar de volgende ledenvergadering."),
        ("besluit", None, "We nemen het besluit om de website te vernieuwen."),
    ]


def test_a_promise_in_the_passive_is_an_action_unless_it_gives_a_reason():
    text = HEAD + "\n".join(
        [
            "Er is toegezegd dat de werkgroep op beide punten terugkomt.",
            "Daarbij is door de verhuurder toegezegd de verwarming te laten repareren.",
            "Ook wordt door Petra toegezegd de foto's te verzamelen.",
            "Dat is vreemd, aangezien dit vorige maand nog is toegezegd.",
        ]
    )
    assert [kind for kind, _, _ in _decisions(text)] == ["actie", "actie", "actie"]


def test_a_present_passive_with_its_agent_gives_a_task_unless_it_reports():
    text = HEAD + "\n".join(
        [
            "De nieuwe folders worden door Sanne bij de bakker neergelegd.",
            "Het draaiboek wordt door hem bijgewerkt en gemaild aan de vrijwilligers.",
            "De zaal van het dorpshuis wordt gereserveerd door Bram.",
            "De begroting wordt door de penningmeester toegelicht.",
            "De vergadering wordt door de voorzitter om 20.00 uur geopend.",
            "Het jaarverslag wordt door de secretaris gepresenteerd.",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "De nieuwe folders worden door Sanne bij de bakker neergelegd."),
        ("actie", None, "Het draaiboek wordt door hem bijgewerkt en gemaild aan de vrijwilligers."),
        ("actie", None, "De zaal van het dorpshuis wordt gereserveerd door Bram."),
    ]


def test_a_separable_verb_that_advises_muses_or_closes_a_second_verb_is_no_task():
    text = HEAD + "\n".join(
        [
            "De kascommissie beveelt de vergadering decharge aan.",
            "Joost denkt er ook nog over na.",
            "Ineke vervangt Bart en licht de plannen toe.",
        ]
    )
    assert _decisions(text) == []


# texts175/fronteers-alv-2013-11-25.txt (line 126), texts65/fronteers-bv-2025.txt (line 49)
# and texts164/sbr-wgnt-2021-12-07.txt (line 66): what a named person makes, with an adverb of
# time or without an article as action notes write it; the idioms with `maakt` that report
# or state set no task
def test_what_a_named_person_makes_is_a_task_its_idioms_are_not():
    text = HEAD + "\n".join(
        [
            "Matijs maakt binnenkort een blogpost waarin op de huidige voortgang hiervan zal "
            "worden ingegaan.",
            "",
            "* Anneke maakt meetup kits",
            "",
            "Daar moet ESEF en Inline niet in worden meegenomen om complexiteit te voorkomen, "
            "dus dat moet in een afzonderlijke stap. Volgende WGNT bespreken en TK maakt opzet.",
            "",
            "Kees maakt bezwaar tegen de nieuwe contributie.",
            "Ruud maakt duidelijk dat hij tegen het voorstel is.",
            "Petra maakt gebruik van de gelegenheid om iedereen te bedanken.",
            "Mila maakt zich zorgen over de kas.",
        ]
    )
    assert _decisions(text) == [
        ("actie", None, "Matijs maakt binnenkort een blogpost waarin op de huidige voortgang "
         "hiervan zal worden ingegaan."),
        ("actie", None, "Anneke maakt meetup kits"),
        ("actie", None, "TK maakt opzet."),
    ]  # fmt: skip
