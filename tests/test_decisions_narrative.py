"""Decisions and actions as narrative minutes print them: a club's or council's report in
running prose (a web page, a magazine's column), where a decision is a sentence of its
own, built in one of the ways Dutch writes that something was decided or will be done."""

from __future__ import annotations

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

CLUB_PAGE = """Verslag jaarvergadering 2020
Op dinsdag 4 februari kwamen de leden bijeen in het clubhuis.
Het jaarverslag wordt zonder wijzigingen goedgekeurd."""

NEWS_PAGE = """Fietspad langs de Vaart
De provincie heeft het fietspad in het voorjaar verbreed.
Het ontwerp wordt volgend jaar door de gemeente goedgekeurd."""


def test_a_page_of_no_known_type_named_as_a_meeting_record_reads_as_minutes():
    assert _decisions(CLUB_PAGE, doc_type="other") == [
        ("besluit", None, "Het jaarverslag wordt zonder wijzigingen goedgekeurd."),
    ]


def test_a_page_of_no_known_type_without_a_meeting_is_not_read_for_decisions():
    assert _decisions(NEWS_PAGE, doc_type="other") == []


#: stories that name a meeting only as the setting of a later sentence of their paragraph
STORIES = [
    "Werkbezoek haven\nDe gedeputeerde bezocht dinsdag de haven. Daarna schoof zij aan bij de "
    "vergadering van de havenraad. De gedeputeerde zal de wensen van de ondernemers meenemen.",
    "Al het nieuws\nDe ombudsman heeft de Staten gewezen op hun middelen. Zij was deze week in "
    "de commissievergadering om haar jaarverslag toe te lichten. Zij gaat de ministeries "
    "opnieuw aanschrijven.",
    "Dorpenronde\nHet college gaat elk jaar langs alle dorpen. De dorpsraden bereiden het "
    "bezoek in hun ledenvergadering voor. De wethouder zal de vragen beantwoorden.",
]

#: pages whose first sentence names the meeting they record
RECORDS = [
    "Uitslag ledenraadpleging\nDit jaar vond de ALV online plaats. De jaarrekening werd "
    "met ruime meerderheid goedgekeurd.",
    "Nieuws van de club\nIn de ledenvergadering van maart kwamen veertig leden. De "
    "begroting werd unaniem vastgesteld.",
]


def test_a_meeting_named_after_the_first_sentence_of_a_paragraph_is_a_story_s_setting():
    # a page names the meeting it records in its first sentence; named further on, the
    # meeting is where a story went, and the page is no record of it
    for text in STORIES:
        assert _decisions(text, doc_type="other") == []
    for text in RECORDS:
        assert [kind for kind, _, _ in _decisions(text, doc_type="other")] == ["besluit"]


ONE_LINE_PARAGRAPH = (
    "Verslag ledenvergadering\n"
    "De penningmeester licht de cijfers toe. De begroting voor 2021 wordt unaniem "
    "vastgesteld. Het clubblad werd kort besproken. Er wordt besloten om de contributie "
    "gelijk te houden. Petra zal de nieuwe leden een welkomstbrief sturen.\n"
)


def test_a_paragraph_on_one_line_records_each_of_its_decisions():
    assert _decisions(ONE_LINE_PARAGRAPH) == [
        ("besluit", None, "De begroting voor 2021 wordt unaniem vastgesteld."),
        ("besluit", None, "Er wordt besloten om de contributie gelijk te houden."),
        ("actie", None, "Petra zal de nieuwe leden een welkomstbrief sturen."),
    ]


def test_a_formula_does_not_run_on_into_the_next_sentence():
    # `Het clubblad werd besproken.` is no decision, though `werd ... besloten` follows
    text = (
        "Verslag bestuursvergadering\n"
        "Het clubblad werd besproken. Er werd besloten om het blad te drukken.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "Er werd besloten om het blad te drukken."),
    ]


PASSIVES = """Verslag algemene ledenvergadering
Na een korte toelichting wordt de jaarrekening door de leden met algemene stemmen goedgekeurd.
Beide kandidaten werden bij acclamatie herkozen.
Ook wordt aan de penningmeester decharge verleend.
De notulen zullen in de volgende vergadering worden vastgesteld.
Het speelplan is nog niet goedgekeurd.
De voorzitter meldt dat de subsidie door de gemeente is goedgekeurd."""


def test_a_passive_decision_anywhere_in_its_sentence():
    # the participle of a decision after its auxiliary, whatever stands before and between;
    # not what is not decided, or is reported as decided elsewhere; what will be decided at
    # a time to come is no decision but an agreement on when
    assert _decisions(PASSIVES) == [
        ("besluit", None, "Na een korte toelichting wordt de jaarrekening door de leden met "
         "algemene stemmen goedgekeurd."),
        ("besluit", None, "Beide kandidaten werden bij acclamatie herkozen."),
        ("besluit", None, "Ook wordt aan de penningmeester decharge verleend."),
        ("afspraak", None, "De notulen zullen in de volgende vergadering worden vastgesteld."),
    ]  # fmt: skip


ACTIONS = """Notulen werkgroep speeltuin
Marieke zorgt ervoor dat de sleutels bij de beheerder liggen.
Het bestuur zal de offerte van de hovenier opvragen.
Hij zal de buurtbewoners per brief uitnodigen.
De activiteitencommissie gaat op zoek naar nieuwe vrijwilligers.
We gaan de huisregels in het voorjaar herschrijven.
Na de zomer gaan we de speeltoestellen laten keuren.
De voorzitter zal er niet bij zijn.
Het bestuur gaat akkoord met de planning.
We gaan beginnen."""


def test_who_will_do_what():
    # a person, a pronoun for one, a body or `we` who will see to something; not one who
    # will be absent, agrees (`gaat akkoord`) or opens the meeting
    assert _decisions(ACTIONS) == [
        ("actie", None, "Marieke zorgt ervoor dat de sleutels bij de beheerder liggen."),
        ("actie", None, "Het bestuur zal de offerte van de hovenier opvragen."),
        ("actie", None, "Hij zal de buurtbewoners per brief uitnodigen."),
        ("actie", None, "De activiteitencommissie gaat op zoek naar nieuwe vrijwilligers."),
        ("actie", None, "We gaan de huisregels in het voorjaar herschrijven."),
        ("actie", None, "Na de zomer gaan we de speeltoestellen laten keuren."),
        ("besluit", None, "Het bestuur gaat akkoord met de planning."),
    ]


DECIDED_BY_US = """Verslag bestuursoverleg
Na een lange discussie hebben we besloten om de kantine op zondag te sluiten.
We hebben afgesproken dat iedereen zijn eigen bekers meeneemt.
Daarom is tot een nieuwe taakverdeling besloten.
Besloten was om de tarieven niet te verhogen.
In het overleg van 3 maart hebben we afgesproken dat de kas wordt geteld."""


def test_what_we_decided_or_was_decided_anywhere_in_its_sentence():
    # `we` decided, or it was decided; not what a meeting on another date decided
    assert _decisions(DECIDED_BY_US) == [
        ("besluit", None, "Na een lange discussie hebben we besloten om de kantine op zondag "
         "te sluiten."),
        ("afspraak", None, "We hebben afgesproken dat iedereen zijn eigen bekers meeneemt."),
        ("besluit", None, "Daarom is tot een nieuwe taakverdeling besloten."),
        ("besluit", None, "Besloten was om de tarieven niet te verhogen."),
    ]  # fmt: skip


def test_a_passive_decision_with_a_long_middle_and_abbreviations_before_it():
    text = (
        "Verslag ledenvergadering\n"
        "Het verslag van de ALV d.d. 3 maart werd doorgenomen en met twee kleine "
        "aanpassingen door de aanwezige leden vastgesteld.\n"
        "In zijn vergadering van maandag heeft het bestuur vastgesteld dat de kas klopt.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "Het verslag van de ALV d.d. 3 maart werd doorgenomen en met twee "
         "kleine aanpassingen door de aanwezige leden vastgesteld."),
    ]  # fmt: skip


ACTIVE_VERDICTS = """Notulen jaarvergadering
De voorzitter dankt de kascommissie en stelt de jaarrekening vast.
Daarna keurden de leden de begroting voor 2022 goed.
De kascommissie prijst de penningmeester en verleent decharge aan het bestuur.
De vergadering koos Anna de Wit als nieuw lid van de kascommissie.
Er zijn geen vragen; de vergadering keurt het beleidsplan goed.
De voorzitter stelt vast dat het quorum is bereikt.
Piet stelt voor als vast punt de ledenwerving te bespreken."""


def test_a_body_adopts_approves_discharges_or_elects_anywhere_in_its_sentence():
    # the separable verb's particle closes the clause (`stelt ... vast`, `keurden ... goed`);
    # `stelt vast dat` observes, `vast punt` is no particle
    assert _decisions(ACTIVE_VERDICTS) == [
        ("besluit", None, "De voorzitter dankt de kascommissie en stelt de jaarrekening vast."),
        ("besluit", None, "Daarna keurden de leden de begroting voor 2022 goed."),
        ("besluit", None, "De kascommissie prijst de penningmeester en verleent decharge aan "
         "het bestuur."),
        ("besluit", None, "De vergadering koos Anna de Wit als nieuw lid van de kascommissie."),
        ("besluit", None, "de vergadering keurt het beleidsplan goed."),
    ]  # fmt: skip


TELEGRAM = """Notulen bestuursvergadering
Jaarplanning 2023 ongewijzigd vastgesteld.
Geen vragen en daarmee goedgekeurd.
Ans stelt voor de kerstmarkt een week eerder te houden.

Akkoord.
Het verslag wordt vastgesteld.
Akkoord."""


def test_a_participle_without_its_auxiliary_and_a_verdict_below_a_proposal():
    # minutes in telegram style drop the auxiliary; a verdict on a line of its own decides
    # the paragraph above it, unless that paragraph was read as a decision already
    assert _decisions(TELEGRAM) == [
        ("besluit", None, "Jaarplanning 2023 ongewijzigd vastgesteld."),
        ("besluit", None, "Geen vragen en daarmee goedgekeurd."),
        ("besluit", None, "Ans stelt voor de kerstmarkt een week eerder te houden: Akkoord."),
        ("besluit", None, "Het verslag wordt vastgesteld."),
    ]


def test_a_wrapped_line_that_reads_as_a_decision_ends_the_sentence_above_it():
    text = (
        "Verslag bestuursvergadering\n"
        "Het verslag van de bestuursvergadering van 12 september\n"
        "wordt met een kleine wijziging vastgesteld.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "Het verslag van de bestuursvergadering van 12 september wordt met "
         "een kleine wijziging vastgesteld."),
    ]  # fmt: skip


SCHOOL_PAGE = """Onderwijs en organisatie
1. Statutenwijziging
De leden gaan akkoord met de voorgestelde wijziging van de statuten.
2. Reglement
Het huishoudelijk reglement wordt vastgesteld."""

FACT_SHEET = """Informatie voor bezoekers
Het bezoekuur is verschoven naar de middag.
Hiervoor is gekozen omdat de ochtend te druk is."""


def test_a_page_of_no_known_type_that_states_several_decisions_records_a_meeting():
    assert _decisions(SCHOOL_PAGE, doc_type="other") == [
        ("besluit", None, "De leden gaan akkoord met de voorgestelde wijziging van de statuten."),
        ("besluit", None, "Het huishoudelijk reglement wordt vastgesteld."),
    ]
    assert _decisions(FACT_SHEET, doc_type="other") == []


def test_a_sentence_after_a_year_and_a_clause_after_en():
    text = (
        "Notulen ledenvergadering\n"
        "De nieuwe datum volgt in januari 2024. Het bestuur zal de zaal reserveren.\n"
        "Er zijn geen vragen en de vergadering besluit de begroting vast te stellen.\n"
    )
    assert _decisions(text) == [
        ("actie", None, "Het bestuur zal de zaal reserveren."),
        ("besluit", None, "de vergadering besluit de begroting vast te stellen."),
    ]


def test_a_clause_after_a_comma_that_opens_with_a_name():
    text = (
        "Notulen werkgroep\n"
        "De folder is nog niet verstuurd, Karin stuurt hem morgen rond.\n"
        "Fenna gaat er voor zorgen dat de zaal op tijd open is.\n"
    )
    assert _decisions(text) == [
        ("actie", None, "Karin stuurt hem morgen rond."),
        ("actie", None, "Fenna gaat er voor zorgen dat de zaal op tijd open is."),
    ]


AGENDA_CHANGES = """Verslag dorpsraad
Op verzoek van de penningmeester wordt agendapunt 6 na de pauze behandeld.
De brief van de buurtvereniging wordt aan de agenda toegevoegd.
Bij afwezigheid van de wethouder komt punt 4 te vervallen.
De notulen worden na de vergadering aan de leden toegevoegd."""


def test_a_change_of_the_agenda_is_a_decision():
    # the sentence names the agenda or one of its items; another thing added is not
    assert _decisions(AGENDA_CHANGES) == [
        ("besluit", None, "Op verzoek van de penningmeester wordt agendapunt 6 na de pauze "
         "behandeld."),
        ("besluit", None, "De brief van de buurtvereniging wordt aan de agenda toegevoegd."),
        ("besluit", None, "Bij afwezigheid van de wethouder komt punt 4 te vervallen."),
    ]  # fmt: skip


BOARD_CHANGES = """Verslag jaarvergadering
Marloes Bakker wordt de nieuwe penningmeester.
Tom en Eva worden reservelid van de kascommissie.
Sjoerd Kok volgt Henk Vos op als secretaris.
Lisa de Boer trad toe tot het bestuur.
Mevrouw Isabella Raadsen treedt eveneens toe tot het bestuur.
Gerrit en Anja vormen voortaan de kascommissie.
Ruud Smit (nieuw lid) neemt de taak van notulist over.
Marloes Bakker wordt volgend jaar vijftig."""


def test_who_becomes_what_in_the_board_or_a_committee():
    assert _decisions(BOARD_CHANGES) == [
        ("besluit", None, "Marloes Bakker wordt de nieuwe penningmeester."),
        ("besluit", None, "Tom en Eva worden reservelid van de kascommissie."),
        ("besluit", None, "Sjoerd Kok volgt Henk Vos op als secretaris."),
        ("besluit", None, "Lisa de Boer trad toe tot het bestuur."),
        # the second member joining (Groei & Bloei Harderwijk's jaarvergadering 2013)
        ("besluit", None, "Mevrouw Isabella Raadsen treedt eveneens toe tot het bestuur."),
        ("besluit", None, "Gerrit en Anja vormen voortaan de kascommissie."),
        ("besluit", None, "Ruud Smit (nieuw lid) neemt de taak van notulist over."),
    ]


def test_a_passive_decision_late_in_a_long_sentence_and_between_quotes():
    text = (
        "Verslag jaarvergadering\n"
        "Tijdens het huishoudelijk gedeelte werd door de voorzitter het jaarverslag "
        "voorgelezen, gaf de penningmeester een toelichting op de cijfers en werd er "
        "een nieuwe kascommissie benoemd.\n"
        "Na afloop van het project werd ‘decharge verleend’ aan de werkgroep.\n"
    )
    assert [d[2][:40] for d in _decisions(text)] == [
        "Tijdens het huishoudelijk gedeelte werd ",
        "Na afloop van het project werd ‘decharge",
    ]


TASKS = """Notulen ouderraad
Iris bekijkt of de gymzaal in juni vrij is.
De secretaris mailt de nieuwe leden het rooster.
Jeroen houdt de inschrijvingen in de gaten.
Mark kijkt er naar.
Er wordt voorgesteld de kledingbeurs naar het najaar te verplaatsen.
Anne Belt woont in de Dorpsstraat."""


def test_who_sees_to_a_task_and_a_proposal_put_to_the_meeting():
    # a task verb in the present tense after its doer; a name is no verb (`Anne Belt`)
    assert [(kind, text) for kind, _, text in _decisions_with_proposal(TASKS)] == [
        ("actie", "Iris bekijkt of de gymzaal in juni vrij is."),
        ("actie", "De secretaris mailt de nieuwe leden het rooster."),
        ("actie", "Jeroen houdt de inschrijvingen in de gaten."),
        ("actie", "Mark kijkt er naar."),
        ("besluit", "Er wordt voorgesteld de kledingbeurs naar het najaar te verplaatsen."),
    ]
    assert [proposal for _, proposal, _ in _decisions_with_proposal(TASKS)][-1] is True


def _decisions_with_proposal(text: str) -> list[tuple[str, bool, str]]:
    found = extract_decisions(_document(text), [])
    return [(d["kind"], d["is_proposal"], d["text"]) for d in found]


AGREED_MEETINGS = """Notulen bewonerscommissie
Verder afgesproken dat de nieuwsbrief voortaan digitaal verschijnt.
Besloten om de jaarmarkt dit jaar over te slaan.
Er komt een gesprek met de verhuurder over de lift.
In april zal er een bijeenkomst voor alle bewoners plaatsvinden.
Er komt een nieuwe lift in blok B."""


def test_an_agreement_in_telegram_style_and_a_meeting_that_will_be_held():
    assert _decisions(AGREED_MEETINGS) == [
        ("afspraak", None, "Verder afgesproken dat de nieuwsbrief voortaan digitaal verschijnt."),
        ("besluit", None, "Besloten om de jaarmarkt dit jaar over te slaan."),
        ("afspraak", None, "Er komt een gesprek met de verhuurder over de lift."),
        ("afspraak", None, "In april zal er een bijeenkomst voor alle bewoners plaatsvinden."),
    ]


CONSENT = """Notulen ledenraad
De leden hebben hier geen bezwaar tegen.
Het bestuur kan zich hierin vinden.
De vergadering geeft de werkgroep toestemming om een offerte te vragen.
Hier wordt geen bezwaar tegen geuit.
De leden zijn het daar niet mee eens."""


def test_consent_of_the_meeting_is_a_decision():
    # no objection, agreeing, permission given; not a refusal
    assert _decisions(CONSENT) == [
        ("besluit", None, "De leden hebben hier geen bezwaar tegen."),
        ("besluit", None, "Het bestuur kan zich hierin vinden."),
        (
            "besluit",
            None,
            "De vergadering geeft de werkgroep toestemming om een offerte te vragen.",
        ),
        ("besluit", None, "Hier wordt geen bezwaar tegen geuit."),
    ]


def test_adopting_the_agenda_or_minutes_named_as_a_noun():
    text = (
        "Verslag ledenvergadering\n"
        "De voorzitter opent de vergadering onder vaststelling van de agenda.\n"
        "Na opening en goedkeuring van de notulen volgt de rondvraag.\n"
        "De voorzitter opent de vergadering om acht uur.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "De voorzitter opent de vergadering onder vaststelling van de agenda."),
        ("besluit", None, "Na opening en goedkeuring van de notulen volgt de rondvraag."),
    ]


def test_as_a_role_is_no_condition_and_a_past_proposal():
    text = (
        "Verslag jaarvergadering\n"
        "Als voorzitter wordt Ria Post gekozen.\n"
        "Als de begroting wordt goedgekeurd, kan de bouw beginnen.\n"
        "Het bestuur stelde voor om de contributie te verhogen.\n"
    )
    assert _decisions_with_proposal(text) == [
        ("besluit", False, "Als voorzitter wordt Ria Post gekozen."),
        ("besluit", True, "Het bestuur stelde voor om de contributie te verhogen."),
    ]


def test_a_body_named_with_its_article_or_after_zal_sees_to_something():
    text = (
        "Notulen overleg\n"
        "Het Buurthuis zorgt voor koffie en thee.\n"
        "Na de zomer zal de Adviesraad een reactie sturen.\n"
        "Na de zomer zal de vergadering worden gehouden.\n"
    )
    assert _decisions(text) == [
        ("actie", None, "Het Buurthuis zorgt voor koffie en thee."),
        ("actie", None, "Na de zomer zal de Adviesraad een reactie sturen."),
    ]


def test_a_name_with_an_initial_or_a_note_in_brackets():
    text = (
        "Notulen werkgroep\n"
        "Kees B. gaat de borden ophalen.\n"
        "Mila de Vries (penningmeester) zal de rekeningen betalen.\n"
    )
    assert _decisions(text) == [
        ("actie", None, "Kees B. gaat de borden ophalen."),
        ("actie", None, "Mila de Vries (penningmeester) zal de rekeningen betalen."),
    ]


def test_a_sentence_ends_before_a_reference_in_brackets():
    text = (
        "Notulen ledenvergadering\n"
        "De jaarrekening wordt goedgekeurd. (Stuk 21-004 en stuk 21-005)\n"
    )
    assert _decisions(text) == [("besluit", None, "De jaarrekening wordt goedgekeurd.")]


DECIDED_LIST = """Verslag commissievergadering
De commissie bespreekt de brief van de gedeputeerde. Na een korte discussie besluiten
zij als volgt:
- de brief voor kennisgeving aan te nemen;
- de gedeputeerde om een nadere toelichting te vragen.
De voorzitter dankt de aanwezigen."""


def test_the_points_below_a_paragraph_that_ends_saying_they_were_decided():
    assert _decisions(DECIDED_LIST) == [
        ("besluit", None, "de brief voor kennisgeving aan te nemen;"),
        ("besluit", None, "de gedeputeerde om een nadere toelichting te vragen."),
    ]


LEDE_PAGE = """Nieuwsbericht provincie
Gedeputeerde Jansen stuurt het rapport over de besluiten van het college naar de Staten.
De provincie publiceert het rapport op haar website."""


def test_a_lede_that_mentions_a_meetings_record_further_on_names_no_meeting():
    # only a first line's opening words name the document, where a heading stands
    assert _decisions(LEDE_PAGE, doc_type="other") == []


FUTURE_ARRANGEMENTS = """Notulen bestuursvergadering
De agenda zal voor de volgende vergadering definitief gemaakt worden.
Een week voor de volgende vergadering zal de rondvraag plaatsvinden.
Een besluit over het clubhuis komt terug in de volgende ALV.
De rechtbank zal de uitspraak misschien volgende maand doen.
Het draaiboek zal door de werkgroep worden geschreven."""


def test_what_the_meeting_settles_for_a_time_to_come_is_an_agreement():
    # a modal, a negation, or no time to come: no agreement
    assert _decisions(FUTURE_ARRANGEMENTS) == [
        ("afspraak", None, "De agenda zal voor de volgende vergadering definitief gemaakt worden."),
        ("afspraak", None, "Een week voor de volgende vergadering zal de rondvraag plaatsvinden."),
        ("afspraak", None, "Een besluit over het clubhuis komt terug in de volgende ALV."),
    ]


TAKEN_ON = """Verslag overleg wijkraad
Piet de Boer neemt het verzoek over de speeltuin mee en meldt de uitkomst.
Ook de kapotte lantaarnpaal pakt Anna op.
De reacties op de enquête worden door de werkgroep meegenomen in het plan.
Kees stelt een brief aan de wethouder op over de drempels.
Marieke neemt deel aan het overleg met de gemeente.
De voorzitter stelt het op prijs dat iedereen er is."""


def test_a_task_taken_on_with_a_separable_verb_is_an_action():
    assert [text for _, _, text in _decisions(TAKEN_ON)] == [
        "Piet de Boer neemt het verzoek over de speeltuin mee en meldt de uitkomst.",
        "Ook de kapotte lantaarnpaal pakt Anna op.",
        "De reacties op de enquête worden door de werkgroep meegenomen in het plan.",
        "Kees stelt een brief aan de wethouder op over de drempels.",
    ]
    assert {kind for kind, _, _ in _decisions(TAKEN_ON)} == {"actie"}


REASON_CLAUSE = """Verslag ledenvergadering
De huurregeling was niet aan de orde omdat deze voor drie jaar is vastgesteld.
Op advies van de
kascommissie verleent de vergadering het bestuur decharge voor het
beleid."""


def test_a_clause_of_reason_decides_nothing_and_a_sentence_over_three_lines_is_one():
    assert _decisions(REASON_CLAUSE) == [
        ("besluit", None, "Op advies van de kascommissie verleent de vergadering het bestuur "
         "decharge voor het beleid."),
    ]  # fmt: skip


LETTER_ACT = """Verslag overleg waterschap
Hierbij bevestigen wij de ontvangst van uw brief (verzonden op 3 november).
Wij sturen u volgende week de stukken over de dijk."""


def test_a_letters_own_act_opened_by_hierbij_is_no_plan():
    assert _decisions(LETTER_ACT) == [
        ("afspraak", None, "Wij sturen u volgende week de stukken over de dijk."),
    ]


OFFICE_HOLDERS = """Verslag overleg wijkraad 12 maart 2024
De dijkgraaf gaat na of de stuw eerder open kan.
De burgemeester zal de bewoners per brief informeren.
De projectleider neemt de klachten over de bouwweg mee.
Het nieuwe bestuurslid gaat de offerte opvragen.
De deur gaat om acht uur dicht.
De paragraaf zal worden herschreven."""


def test_an_office_holder_named_by_a_compound_of_an_office_noun_is_given_a_task():
    # who is given a task is named by an office (`dijkgraaf`, `burgemeester`, a compound
    # whose head is `leider` or `lid`), not only by the few roles of a club's board; a
    # thing (`deur`, `paragraaf`) is none
    assert _decisions(OFFICE_HOLDERS) == [
        ("actie", None, "De dijkgraaf gaat na of de stuw eerder open kan."),
        ("actie", None, "De burgemeester zal de bewoners per brief informeren."),
        ("actie", None, "De projectleider neemt de klachten over de bouwweg mee."),
        ("actie", None, "Het nieuwe bestuurslid gaat de offerte opvragen."),
    ]


FRONTED_REASONS = """Verslag ledenvergadering
Omdat de zaal in mei al bezet is, hebben we besloten de feestavond in juni te houden.
Aangezien er geen opmerkingen zijn binnengekomen, wordt het verslag goedgekeurd.
Hoewel maar tien leden aanwezig zijn, is besloten om de agenda toch af te werken.
Omdat de penningmeester ziek was, werd de begroting niet besproken.
Als er geen bezwaren komen, wordt het rooster vastgesteld."""


def test_a_decision_after_a_fronted_clause_of_reason_closed_by_a_comma():
    # Dutch puts the main clause's verb first after a fronted clause: the main clause
    # decides as it would after a connective adverb; a condition decides nothing yet
    assert _decisions(FRONTED_REASONS) == [
        ("besluit", None, "Omdat de zaal in mei al bezet is, hebben we besloten de feestavond "
         "in juni te houden."),
        ("besluit", None, "Aangezien er geen opmerkingen zijn binnengekomen, wordt het verslag "
         "goedgekeurd."),
        ("besluit", None, "Hoewel maar tien leden aanwezig zijn, is besloten om de agenda toch "
         "af te werken."),
    ]  # fmt: skip


BOARD_CONSENT = """Notulen bestuursvergadering
Jan stelt voor de zaal voor twee jaar te huren. Hier gaan we mee akkoord.
Het voorstel om de contributie te verhogen wordt besproken. We gaan hiermee akkoord.
De kascommissie stelt voor een reserve te vormen. De vergadering gaat hiermee zonder
commentaar akkoord.
We gaan morgen met de fiets naar de markt."""


def test_a_board_s_consent_in_the_first_person_or_without_comment():
    # the pronominal adverb fronted and split (`Hier gaan we mee akkoord`), `we` agreeing
    # with nothing after `akkoord`, and a meeting's consent `zonder commentaar`
    assert [text for _, _, text in _decisions(BOARD_CONSENT) if "akkoord" in text] == [
        "Hier gaan we mee akkoord.",
        "We gaan hiermee akkoord.",
        "De vergadering gaat hiermee zonder commentaar akkoord.",
    ]
    assert [kind for kind, _, text in _decisions(BOARD_CONSENT) if "akkoord" in text] == [
        "besluit"
    ] * 3


#: news.belgium.be, a report of the Belgian council of ministers (27 March 1998): one paragraph,
#: a press release's number in brackets or a row of asterisks between its sentences
_MINISTERS_REPORT = (
    "Verslag van de vergadering van de Ministerraad van 27 maart 1998\n\n"
    "De Ministerraad vergaderde op vrijdag 20 maart 1998 op Hertoginnedal, onder het "
    "voorzitterschap van Eerste Minister Jean-Luc Dehaene. * * * De Ministerraad keurde de "
    "omzendbrief goed met de richtlijnen voor de begroting van het jaar 1999. ( persbericht 1 "
    "van 27/03/1998) De Ministerraad keurde eveneens de huur goed van bijkomende kantoorruimte "
    "voor het Opleidingsinstituut. ( persbericht 5 van 27/03/1998) Het bedrag zal in 1998 "
    "worden gestort.\n"
)


def test_a_decision_after_a_reference_in_brackets_or_asterisks_opens_its_sentence():
    assert [text for _, _, text in _decisions(_MINISTERS_REPORT)] == [
        "De Ministerraad keurde de omzendbrief goed met de richtlijnen voor de begroting van "
        "het jaar 1999.",
        "De Ministerraad keurde eveneens de huur goed van bijkomende kantoorruimte voor het "
        "Opleidingsinstituut.",
    ]


#: nieuwsbank.nl, besluitenlijst GS Overijssel of 27 April 1999: the province's executive named
#: without an article, a company's abbreviation inside the object
_PROVINCE_LIST = (
    "BESLUITENLIJST Vergadering gedeputeerde staten van Overijssel Van 27 april 1999\n\n"
    "Onderwerp: Kenmerk: EMT/1998/615\nOOM Contractfinanciering 1999.\n\n"
    "GS stellen de jaarlijkse contractfinanciering ten behoeve van de OOM N.V. vast voor het "
    "verlenen van diensten in het kader van de versterking van de economische structuur.\n"
)


def test_an_executive_named_without_an_article_adopts():
    assert [text for _, _, text in _decisions(_PROVINCE_LIST)] == [
        "GS stellen de jaarlijkse contractfinanciering ten behoeve van de OOM N.V. vast voor "
        "het verlenen van diensten in het kader van de versterking van de economische structuur."
    ]


#: genootschapwormer.nl (general meeting, 2015) and the council of Rucphen (1989): discharge
#: told from who receives it; incoming papers disposed of as proposed
_RECEIVED_AND_DISPOSED = (
    "Algemene ledenvergadering 21 mei 2015\n\n"
    "De penningmeester verkreeg middels applaus decharge van de vergadering.\n\n"
    "Hierna worden de ingekomen stukken en mededelingen afgedaan zoals is voorgesteld.\n\n"
    "De penningmeester krijgt het woord over de begroting.\n"
)


def test_discharge_received_and_papers_disposed_of_as_proposed_are_decisions():
    assert [text for _, _, text in _decisions(_RECEIVED_AND_DISPOSED)] == [
        "De penningmeester verkreeg middels applaus decharge van de vergadering.",
        "Hierna worden de ingekomen stukken en mededelingen afgedaan zoals is voorgesteld.",
    ]


#: middelburg: a provincial committee's record of 2008 going through its list of motions and
#: commitments; a line about drainage uses the same verb and decides nothing
_LIST_OF_MOTIONS = (
    "Verslag statencommissie van 3 maart 2008\n\n"
    "Ook motie 18 wordt afgevoerd (zie de memo over het snelheidsregime N57). Motie 19 is "
    "afgedaan bij behandeling van de Voorjaarsnota en wordt afgevoerd. Motie 27 wordt "
    "afgevoerd, aangezien deze is achterhaald door de actualiteit.\n\n"
    "Het water kon niet voldoende worden afgevoerd.\n"
)


def test_a_motion_taken_off_the_list_is_a_decision():
    assert [text for _, _, text in _decisions(_LIST_OF_MOTIONS)] == [
        "Ook motie 18 wordt afgevoerd (zie de memo over het snelheidsregime N57).",
        "Motie 19 is afgedaan bij behandeling van de Voorjaarsnota en wordt afgevoerd.",
        "Motie 27 wordt afgevoerd, aangezien deze is achterhaald door de actualiteit.",
    ]


#: oudturnhout-gr-2010-04-15 (texts138): a Flemish council's approved report on one line, its
#: outcomes written participle first; the note of its own later approval and an alderman's
#: account of another body's approval decide nothing at this sitting
_FLEMISH_COUNCIL = (
    "GOEDGEKEURD VERSLAG VAN DE GEMEENTERAADSZITTING VAN DONDERDAG 15 APRIL 2010 - 19.30u "
    "Het verslag van de zitting van april 2010 werd goedgekeurd in de zitting van mei 2010. "
    "OPENBARE ZITTING 2. Stadsregio Turnhout: jaarrekening 2009. De heer burgemeester overloopt "
    "de jaarrekening 2009. Unaniem goedgekeurd worden het verslag van de accountant en de "
    "jaarrekening 2009 van Stadsregio Turnhout. 4. Kerkfabriek Sint-Antonius-Abt: jaarrekening "
    "2009. De jaarrekening 2009 van de kerkfabriek Sint-Antonius-Abt wordt unaniem gunstig "
    "geadviseerd. 5. vzw SPORTpromOTie: jaarrekening 2009. Schepen van sport, Jan Sels, overloopt "
    "de jaarrekening 2009 van de vzw SPORTpromOTie, zoals ze werd goedgekeurd door de algemene "
    "vergadering van de vzw Sportpromotie op 15 maart 2010. Unaniem goedgekeurd wordt de rekening "
    "van de vzw Sportpromotie over 2009.\n"
)


def test_the_participle_first_and_a_favourable_advice_are_decisions():
    texts = [text for _, _, text in _decisions(_FLEMISH_COUNCIL)]
    assert [t.split(".")[0] for t in texts] == [
        "Unaniem goedgekeurd worden het verslag van de accountant en de jaarrekening 2009 van "
        "Stadsregio Turnhout",
        "De jaarrekening 2009 van de kerkfabriek Sint-Antonius-Abt wordt unaniem gunstig "
        "geadviseerd",
        "Unaniem goedgekeurd wordt de rekening van de vzw Sportpromotie over 2009",
    ]


#: tweedekamer-regeling-2019-86 (texts138): the chair's proposals of a plenary record, then
#: the House adopting them
_CHAIR_PROPOSES = (
    "Handeling\n\n22 Regeling van werkzaamheden\n\nDe voorzitter:\n\n"
    "Ik stel voor de volgende wetsvoorstellen toe te voegen aan de agenda van de Kamer:\n\n"
    "  • -Goedkeuring van het koninklijk besluit van 14 februari 2019 tot wijziging van het "
    "Besluit uitsluiting aftrek omzetbelasting 1968 (35196);\n\n"
    "  • -Wijziging van de Wet op het financieel toezicht en enige andere wetten op het terrein "
    "van de financiële markten (Wijzigingswet financiële markten 2019) (35117).\n\n"
    "Ik stel voor toestemming te verlenen aan de vaste commissie voor Landbouw, Natuur en "
    "Voedselkwaliteit voor het houden van een wetgevingsoverleg.\n\n"
    "Op verzoek van een aantal leden stel ik voor de volgende door hen ingediende moties "
    "opnieuw aan te houden: 29911-226; 31015-168.\n\n"
    "Ik stel voor toe te voegen aan de agenda het VAO Mijnbouw Groningen, met als eerste "
    "spreker mevrouw Beckerman namens de SP.\n\n"
    "Overeenkomstig de voorstellen van de voorzitter wordt besloten.\n"
)


def test_the_chairs_proposals_in_the_first_person_and_their_adoption():
    found = [
        (d["is_proposal"], d["text"][:40])
        for d in extract_decisions(_document(_CHAIR_PROPOSES, "minutes"), [])
    ]
    assert found == [
        (True, "Ik stel voor de volgende wetsvoorstellen"),
        (True, "Ik stel voor toestemming te verlenen aan"),
        (True, "Op verzoek van een aantal leden stel ik "),
        (True, "Ik stel voor toe te voegen aan de agenda"),
        (False, "Overeenkomstig de voorstellen van de voo"),
    ]


#: zenderen-parochiebestuur-2024-negatief and gelselaar-ovg-alv-2018 (texts137): a parish
#: board's first-person report and a club's committee member added for a term
_FIRST_PERSON = (
    "Berichtgeving uit onze vergadering van 2 januari 2024\n\n"
    "3. De begroting 2024 van de parochie Zenderen\n"
    "Onze penningmeester heeft de begroting 2024 opgesteld. Wij hebben de begroting besproken "
    "en vastgesteld. De begroting wordt ter goedkeuring aan het Bisdom Utrecht gestuurd.\n"
    "4. De afrekeningscijfers 2023\nWij hebben hierover gesproken.\n"
    "6. Verslag kascommissie en benoeming nieuw kascommissielid i.p.v. Jan Buist. C. Arfman "
    "wordt toegevoegd voor de komende twee jaren 2019 – 2020.\n"
)


def test_a_boards_first_person_adoption_and_a_member_added_are_decisions():
    assert [text for _, _, text in _decisions(_FIRST_PERSON)] == [
        "Wij hebben de begroting besproken en vastgesteld.",
        "C. Arfman wordt toegevoegd voor de komende twee jaren 2019 – 2020.",
    ]


#: nttb-bondsraad-2024-04 (texts138): a federation's report of its council, the decision in
#: the clause after the questions asked
_AFTER_QUESTIONS = (
    "In Nieuwegein werd de Bondsraadsvergadering deze keer gehouden op een zondag (21 april).\n\n"
    "Over het voorstel voor het aanvullen en instellen van bestemmingsreserves voor impulsen "
    "werden enkele aanvullende vragen gesteld, waarna de Bondsraad instemde met het voorstel.\n"
    "Er werden vragen gesteld, waarna de vergadering niet instemde met het voorstel.\n"
)


def test_the_body_consenting_after_waarna_is_a_decision():
    assert [text for _, _, text in _decisions(_AFTER_QUESTIONS)] == [
        "Over het voorstel voor het aanvullen en instellen van bestemmingsreserves voor impulsen "
        "werden enkele aanvullende vragen gesteld, waarna de Bondsraad instemde met het voorstel.",
    ]


# a members' meeting told in prose (KBO Ede, ALV 2023): the impersonal passive agrees to what
# an infinitive clause says, and `Met dit voorstel ...` tells the vote on that same decision
VOTED_AGAIN = """Verslag algemene ledenvergadering

Door de ledenvergadering werd ingestemd om, vooral in verband met de sterk gestegen drukkosten van de nieuwsbrief, de contributie met ingang van 2024 te verhogen met € 1,50 per lid. Dat betekent  € 26,50 per lid en € 46,- voor echtparen/samenwonenden. Met dit voorstel werd met grote meerderheid ingestemd."""  # noqa: E501

# after a proposal put to the meeting (Borgercompagnie, ALV 2023) the adoption is the decision
PUT_AND_ADOPTED = """Verslag algemene ledenvergadering

Er wordt besloten een werkgroep op te richten die zich gaat bezighouden met het opstellen van een nieuwe doelstelling.

  1. Aan de vergadering wordt een tweede punt wijzigen statuten voorgelegd en wel wijziging van de maximale uitgave van het bestuur naar € 3.000,-. Dit voorstel wordt met algehele stemmen aangenomen.
  2. Als derde punt wordt aan de vergadering voorgelegd het minimum aantal bestuursleden terug te brengen van 5 naar 3 personen. Dit voorstel wordt met meerderheid van stemmen aangenomen."""  # noqa: E501


def test_the_vote_on_a_decision_just_read_is_no_second_decision():
    assert [t[:45] for _, _, t in _decisions(VOTED_AGAIN)] == [
        "Door de ledenvergadering werd ingestemd om, v"
    ]
    found = [t for _, _, t in _decisions(PUT_AND_ADOPTED)]
    assert "Dit voorstel wordt met algehele stemmen aangenomen." in found, found
    assert "Dit voorstel wordt met meerderheid van stemmen aangenomen." in found, found
