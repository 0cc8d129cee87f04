"""Decisions that a formula seems to open but that the meeting did not take, and where a
decision's text ends: advice addressed to the meeting itself, an audit committee agreeing
with the accounts it checked, a clause after a semicolon that leads in to the lines below.
Every text is written for the test in the layout of a members' meeting report."""

from __future__ import annotations

from functools import partial

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document, _found_under

HEAD = "Verslag algemene ledenvergadering Tuinvereniging De Boon\nDatum: 9 maart 2024\n\n"


_found = partial(_found_under, HEAD)


def test_advice_to_the_meeting_itself_is_no_decision():
    # the meeting decides on the advice; its decision is the row, not the advice
    advice = "De kascommissie adviseert de ledenvergadering om het bestuur décharge te verlenen."
    granted = "Hierop wordt het bestuur door de vergadering décharge verleend."
    assert _found(f"4. Financiën\n{advice}\n\n{granted}") == [("besluit", granted)]


def test_advice_of_an_advisory_body_to_another_stays_its_decision():
    advice = "De adviesraad adviseert aan het college om de subsidie voor de tuinen te verhogen."
    assert [kind for kind, _ in _found(f"4. Advies\n{advice}")] == ["besluit"]


def test_an_audit_committee_agreeing_with_the_accounts_is_its_finding():
    finding = "De kascontrolecommissie is akkoord gegaan met de boekhouding over 2023."
    granted = "De penningmeester wordt decharge verleend voor het gevoerde beheer."
    assert _found(f"5. Verslag kascommissie\n{finding} {granted}") == [("besluit", granted)]


def test_a_lead_in_after_a_semicolon_is_no_part_of_the_decision():
    text = (
        "3. Verslag vorige vergadering\n"
        "Het verslag wordt vastgesteld; een punt uit die vergadering wordt nog toegelicht:\n"
        "* Een nieuwe ledenfolder maken\n"
    )
    assert _found(text)[0] == ("besluit", "Het verslag wordt vastgesteld")


def test_an_adverb_that_opens_a_sentence_names_no_one():
    # `-elijk`, `-lijks`, `-gewijs`: an adverb, not the surname of who will do something
    text = (
        "2. Werkplan\n"
        "Inhoudelijk zullen daarbij allerlei onderwerpen aan de orde komen.\n"
        "Vrolijk zal het werkplan rondsturen.\n"
    )
    assert _found(text) == [("actie", "Vrolijk zal het werkplan rondsturen.")]


REGISTER = """Besluitenlijst college 14 mei 2024

1. Opening

2. Mededelingen:

 • Kennismaking met de heer Post: de nieuwe teamleider van het team Wijkbeheer.

3. Collegeadviezen:

 • Z24.0101 Vaststelling speelruimteplan 2024. Wethouder Bakker. Akkoord.
 • Z24.0102 Subsidie dorpshuis De Linde. Wethouder Smit. Akkoord.

4. Uitnodigingen:

 • 3 juni Opening nieuwe brug. Wethouder Bakker.
 • 8 juni en 15 juni jubileumconcerten harmonie. Smit
"""


def test_bullets_beside_a_registers_rows_state_an_outcome_or_nothing():
    # the rows are the college's decisions; an introduction and a diary's appointments
    # beside them, which the row reader passed over, are the page's other text
    found = [text for _, _, text in _decisions(REGISTER, "decision_list")]
    assert found == [
        "Z24.0101 Vaststelling speelruimteplan 2024. Wethouder Bakker. Akkoord.",
        "Z24.0102 Subsidie dorpshuis De Linde. Wethouder Smit. Akkoord.",
    ]


def test_an_adverb_of_how_often_names_no_one():
    text = "1. Opening\nNormaal doet de vereniging dat in maart, maar nu is het uitgesteld.\n"
    assert _found(text) == []


def test_a_sitting_named_by_its_date_after_op_reports_its_decision():
    # a report written after the sitting tells what that sitting adopted
    text = (
        "Jaarverslag 2023\n\n14 maart 2024\n\n"
        "Op de jaarvergadering van 12 maart jl. heeft de Raad voor de Tuinen zijn jaarverslag "
        "over 2023 vastgesteld.\nIn het verslagjaar kwamen 40 klachten binnen.\n"
    )
    assert [d for d in _decisions(text, "other")] == []


VOTE_REPORT = """Fietsenstalling bij het station

Zuidlaren, 12 maart 2024.

Het voorstel over de fietsenstalling stond deze keer besluitvormend op de agenda.

Gevraagd besluit.

  1. Instemmen met de bouw van een overdekte fietsenstalling bij het station.

  2. Het college opdracht geven de bouw aan te besteden.

Het besluit.

Alle fracties behalve de VVD stemden voor het voorstel.

Daarmee is het voorstel in meerderheid aangenomen.
"""


def test_a_proposals_label_may_close_with_a_period_and_its_vote_makes_a_record():
    # a web page prints its headings with a period; the points of the decision asked are
    # proposals, and the vote on them makes the page a record of the meeting's decision
    found = [
        (d["is_proposal"], d["text"])
        for d in extract_decisions(_document(VOTE_REPORT, "other"), [])
    ]
    assert found == [
        (True, "Instemmen met de bouw van een overdekte fietsenstalling bij het station."),
        (True, "Het college opdracht geven de bouw aan te besteden."),
        (False, "Daarmee is het voorstel in meerderheid aangenomen."),
    ]


def test_a_verdict_after_its_subjects_colon_with_thanks_and_no_comma():
    text = "1. Notulen en actielijst\n • Notulen 12 februari 2024: Akkoord met dank aan Piet K.\n"
    assert _found(text) == [("besluit", "Notulen 12 februari 2024: Akkoord met dank aan Piet K.")]


def test_the_office_named_before_who_takes_it():
    text = (
        "4. Bestuur\n"
        "Onze nieuwe secretaris wordt mevr. K. de Jong. Er is ruimte voor een nieuw lid.\n"
        "Nieuwe kascontroleur werd Kees Prins\n"
        "De nieuwe penningmeester wordt gekozen in de volgende vergadering.\n"
    )
    assert _found(text) == [
        ("besluit", "Onze nieuwe secretaris wordt mevr. K. de Jong."),
        ("besluit", "Nieuwe kascontroleur werd Kees Prins"),
    ]


def test_a_titles_dot_before_a_name_ends_no_sentence():
    text = "4. Tuinplan\nHet tuinplan van mevr. Bakker wordt vastgesteld. Daarna is er koffie.\n"
    assert _found(text) == [("besluit", "Het tuinplan van mevr. Bakker wordt vastgesteld.")]


def test_agenda_points_turned_around_is_a_decision():
    # kvan-alv-1999-04-22 (an association's members' meeting): the order of the agenda changed
    text = (
        "1-2 Opening, mededelingen en jaarrede voorzitter\n"
        "Voorzitter C. Streefkerk heet iedereen van harte welkom. "
        "De agendapunten 7 en 8 worden omgedraaid. Vervolgens houdt de voorzitter zijn jaarrede.\n"
    )
    assert _found(text) == [("besluit", "De agendapunten 7 en 8 worden omgedraaid.")]


def test_who_will_step_down_is_no_task():
    # kvan-alv-1999-04-22: stepping down changes the members, nobody is given a task
    text = (
        "5. Financiën\n"
        "c. Rutger Suir zal aftreden als lid van de kascommissie. "
        "Een nieuwe kascommissie zal in de najaarsledenvergadering worden gekozen.\n"
    )
    assert _found(text) == []


def test_a_decision_naming_these_proposals_records_them():
    # malle-beheersorgaan-bib-gc-2012-03-13: the sentences between explain the proposal
    text = (
        "2. Aanpassing Organiek Reglement De voorzitter stelt voor om het Organiek Reglement "
        "aan te passen. Bij de samenstelling van het beheersorgaan stelt hij voor om kandidaten "
        "uit Malle voorkeur te verlenen. Maar: indien deze mensen tijdens de legislatuur zouden "
        "verhuizen, dan kunnen ze nog wel deel uitmaken van het orgaan. Artikel 5 paragraaf 2 "
        "zou dus moeten worden aangepast evenals Artikel 6 paragraaf 1 g. Het bestuur gaat "
        "akkoord met deze voorstellen.\n"
    )
    assert _found(text) == [("besluit", "Het bestuur gaat akkoord met deze voorstellen.")]


def test_asking_someone_to_step_forward_is_no_task():
    # mill-jeugdgemeenteraad-2014-12-09: a request done there and then at the meeting
    text = (
        "2.0 Installatie raadslid\n"
        "De voorzitter vraagt Anne Kuijpers naar voren te komen voor haar installatie.\n"
        "Met de woorden:\n"
    )
    assert _found(text) == []


def test_a_possessive_opening_a_sentence_names_nobody():
    # fronteers-alv-2021: the sentence now ends at its particle (`op.`); `Zijn` is no name
    text = (
        "5. Lidmaatschappen\n"
        "Als we iets gaan doen dat lijkt op het W3C-lidmaatschap, dan moet degene die dat "
        "regelt betaald worden. Zijn inzet hiervoor leverde hem niet iets op. Een omslag in "
        "denken is nodig.\n"
    )
    assert _found(text) == []


def test_a_body_s_habit_or_powers_told_as_a_rule_decide_nothing():
    # noord-limburg-zoneraad-samenstelling (web168), osgeonl-bestuursverfrissingen-2017
    # (web163), heusdenzolder-gr-notulen-motivering (web160): what a body does as a rule
    text = (
        "2. Zoneraad\n"
        "De zoneraad vergadert om de maand en beslist over voorstellen tot aankopen van "
        "brandweervoertuigen en -materiaal, aanwervingen van personeel.\n"
        "Ze keuren alle plannen goed en bepalen de missie en de visie van de hulpverleningszone.\n"
        "Omdat een stichting geen officiële leden kent kiest het oude bestuur zelf de nieuwe "
        "bestuursleden.\n"
        "In spoedeisende gevallen wordt de agenda uiterlijk 24 uur nadat hij is vastgesteld "
        "op dezelfde wijze bekendgemaakt.\n"
    )
    assert _found(text) == []


def test_a_rule_told_as_a_condition_or_a_step_of_procedure_decides_nothing():
    # noardeastfryslan-collegebesluiten-negatief (web185) lines 15 and 23, the help texts of
    # a council's portal; opsterland-raad-rapportages-besluitenlijst-negatief (web192) line
    # 3; dommel-bezwaarschriften-2021 (web178) line 18: how a body works, in general
    text = (
        "2. Moties\n"
        "Stemt de meerderheid van de raadsleden voor de motie dan is deze aangenomen.\n"
        "Zodra het antwoord is vastgesteld door het college worden die in dit overzicht erbij "
        "geplaatst.\n"
        "Het college bereidt de meeste raadsvoorstellen voor en doet daar een conceptbesluit "
        "bij.\n"
        "Het bestuur van het waterschap neemt dan een besluit op het bezwaar.\n"
    )
    assert _found(text) == []


def test_a_decision_told_after_then_or_as_chair_stays_a_decision():
    # the look-alikes: `dan ook` (therefore), `Als` + an office (waarschoot, web168)
    text = (
        "3. Contributie\n"
        "Het bestuur besluit dan ook de contributie te verhogen.\n"
        "Als voorzitter werd Koen De Muynck verkozen.\n"
    )
    assert [kind for kind, _ in _found(text)] == ["besluit", "besluit"]


def test_a_yearly_event_inside_a_relative_clause_leaves_the_decision():
    # ascnieuwland-alv-uitstel (web105): the habit is the meeting's, the decision this one
    decided = (
        "Op verzoek van de nieuwe kascommissie heeft het bestuur besloten om de reguliere "
        "Algemene Ledenvergadering, die jaarlijks rond november/december wordt uitgeschreven, "
        "uit te stellen."
    )
    assert [kind for kind, _ in _found(f"3. Mededelingen\n{decided}\n")] == ["besluit"]


def test_a_plan_for_next_year_sets_no_task():
    # fronteers-alv-2025-11-28 (web163), hoogwoud-dorpsraad-2008 (web82)
    text = (
        "6. Vooruitblik\n"
        "Fronteers plant om volgend jaar ook nog een Dark Mode Conferentie te doen.\n"
        "Opmeer zal volgend jaar een bijeenkomst organiseren.\n"
    )
    assert _found(text) == []


def test_work_in_progress_told_as_a_status_sets_no_task():
    # fronteers-bv-2011-01-28 (web163); kassa-scrum-sprint2-2024 (web36) keeps its task to come
    assert _found("3. Website\nSander L. werkt aan het forum.\n") == []
    task = "Gaat werken aan de functionaliteit waarbij een verkoper het productoverzicht kan tonen."
    assert _found(f"3. Website\nJan de Vries: {task}\n") != []


def test_a_guess_at_what_will_happen_sets_no_task():
    # fronteers-bv-2011-01-28 (web163), sensrnet-fab-2021-10-20 (web164): a plan told with
    # a word of likelihood, or as known already; a task in the same notes stays
    text = (
        "4. Cursussen\n"
        "* Vasilis zal de tweede cursus verzorgen, Peter vd Zee wellicht de derde. Vasilis en "
        "PPK zullen waarschijnlijk hun eigen cursus herhalen.\n"
        "* Zoals bekend zal Amsterdam het op een andere manier gaan doen dan de 'gewone' "
        "pilotdeelnemers.\n"
        "* PPK gaat samen met Sander Aarts proberen een barcamp te organiseren.\n"
    )
    assert _found(text) == [
        ("actie", "PPK gaat samen met Sander Aarts proberen een barcamp te organiseren."),
    ]


def test_a_guess_inside_what_will_be_looked_into_leaves_the_task():
    # fronteers-alv-2017 (web93): the guess is the object of the task, not the task's hedge
    task = (
        "Bestuur neemt het mee als overweging voor 2018, en kijkt of we met een andere datum "
        "wellicht meer aanwezigen kunnen bewerkstelligen."
    )
    assert [kind for kind, _ in _found(f"7. Rondvraag\n{task}\n")] == ["actie"]


def test_a_question_put_to_those_present_sets_no_task():
    # fronteers-alv-2025-11-28 (web163), fronteers-alv-2024 (web108): the chair asks the
    # meeting, which answers there; its consent is the decision
    text = (
        "## Bevindingen van de Kascommissie\n\n"
        "Wim checkt of iedereen akkoord is met de bevindingen van de kascommissie. De ALV "
        "stemt in met de bevindingen.\n\n"
        "## Nieuwe Kascommissie\n\n"
        "Wim checkt of er vrijwilligers zijn voor de nieuwe kascommissie.\n\n"
        "### Bestuursposities:\n\n"
        "Claudia Reynders checkt of een van de deelnemers onderdeel van het bestuur wil "
        "worden.\n\n"
        "## Opening\n\n"
        "Claudia checkt of iedereen akkoord is. Iedereen stemt in.\n"
    )
    assert _found(text) == [
        ("besluit", "De ALV stemt in met de bevindingen."),
        ("besluit", "Iedereen stemt in."),
    ]


def test_work_told_with_an_adverb_of_the_present_is_a_status():
    # logius-bomos-klankbord-2023-01-26 (web163): what a member organisation is doing now
    text = (
        "2. Mededelingen\n"
        "TNO werkt mee aan een nieuwe versie van de International Data Space (IDS) standaard. "
        "TNO schrijft nu een hoofdstuk over het beheer van semantische standaarden.\n"
    )
    assert _found(text) == []


def test_an_event_before_a_clause_of_its_own_sets_no_task():
    # fronteers-bv-2016-09-22 (web171): the date of the members' meeting, then a question
    # asked; the task after it stays
    text = (
        "5. ALV\n"
        "De ALV gaat plaatsvinden op 28 november, Hidde vraagt aan de kascommissie of zij "
        "aanwezig zijn. Jaco zal contact opnemen met de verschillende commissies voor een "
        "samenvatting en maakt een presentatie hierover.\n"
    )
    assert [text for _, text in _found(text)] == [
        "Jaco zal contact opnemen met de verschillende commissies voor een samenvatting en "
        "maakt een presentatie hierover.",
    ]


def test_stepping_down_is_no_task_also_after_an_adverb():
    # fronteers-alv-2025-11-28 (web163)
    text = "9. Bestuur\nWim zal ook aftreden, omdat zijn termijn afloopt na 3 jaar.\n"
    assert _found(text) == []


def test_an_audit_committee_that_approved_the_books_reports_its_finding():
    # fronteers-alv-2024 (web108): the meeting decides by the discharge below it
    text = (
        "5. Financiën\n"
        "De Kascommissie heeft de administratie goedgekeurd.\n"
        "ALV geeft decharge voor de financiële administratie\n"
    )
    assert _found(text) == [("besluit", "ALV geeft decharge voor de financiële administratie")]


def test_a_matter_that_could_not_be_decided_or_is_still_open_is_no_decision():
    # nkh-tilburg-muziek-alv-zonder-jaar (web158), fronteers-alv-2017 (web93)
    text = (
        "5. Beleidsplannen\n"
        "Al bij het eerste plan, van het Harmonieorkest, werd opgemerkt dat een aantal zaken "
        "nog niet zijn besproken binnen het Harmonieorkest. Daarom kon het nu niet worden "
        "vastgesteld.\n"
        "6. Rondvraag\n"
        "Hier volgt nog een korte discussie over, en men is het hier over eens, maar de "
        "invulling moet nog over nagedacht worden.\n"
    )
    assert _found(text) == []


def test_a_bare_sign_up_names_no_task():
    # fronteers-alv-2025-11-28 (web163): a sign-up for the new audit committee
    assert _found("8. Nieuwe Kascommissie\nMichael meldt zich ook aan.\n") == []


def test_the_chair_introducing_an_item_sets_no_task():
    # gr-zitting-2013 (web128) and docplayer-gr-zitting-2013-10-23 (web160), one Flemish council
    # template: `leidt ... in` is the meeting's own procedure, once a sentence ends after `in.`
    text = (
        "2. Goedkeuring notulen vorige vergadering\n"
        "De voorzitter leidt dit punt in. Raadslid Barbara Redant vraagt het woord.\n"
    )
    assert _found(text) == []


# leidschendam-voorburg-cie-samenleving-2019-10-28 (web193), lines 16-19: a council
# information system's item, its `Besluit` field over the account of the debate; the
# account's consent to the request is the field's decision told again
FIELD_AND_ACCOUNT = """Agendapunten

 • 1.a

  Besluit
  De agenda wordt gewijzigd vastgesteld. Agendapunt 5 (brief Gemeentelijke Ombudsman) wordt als eerste bespreekpunt geagendeerd.

  De heer Steutel (GBLV) vraagt om agendapunt 5 als eerste bespreekpunt te agenderen omdat zich hiervoor een inspreker heeft aangemeld. De commissie stemt hiermee in."""  # noqa: E501


def test_an_account_s_consent_beside_a_decision_field_is_no_second_decision():
    assert [text for _, text in _found(FIELD_AND_ACCOUNT)] == [
        "De agenda wordt gewijzigd vastgesteld."
    ]
    # menterwolde-raad-2009-05-28 (web184): in minutes without fields the consent decides
    assert [kind for kind, _ in _found("5. Rondvraag\nDe raadsleden stemmen hiermee in.\n")] == [
        "besluit"
    ]


def test_a_page_presenting_a_body_records_no_sitting():
    # texts179/zaanprimair-gmr-2011-11-24-negatief (lines 1-9): a meeting's date, time and place
    # over what the body is; texts170/lansingerland-presidium-agendacommissie-negatief (lines
    # 3-7): its powers as bare dicta
    gmr = (
        "24 november 2011\n\nGMR vergadering\n\nTijdstip: 19.30 – 22.00 uur\n\n"
        "De Gemeenschappelijke Medezeggenschapsraad (GMR) is het overkoepelende orgaan van alle "
        "medezeggenschapsraden van onze scholen. De raad bestaat uit ouder- en "
        "personeelvertegenwoordigers, samen maximaal 14 personen. De leden worden rechtstreeks "
        "gekozen door de leden van de afzonderlijke medezeggenschapsraden.\n"
    )
    meeting = [{"meeting_id": "d-m1"}]
    assert extract_decisions(_document(gmr, "other"), meeting) == []
    presidium = (
        "Presidium\n\nHet presidium bestaat uit de fractievoorzitters.\n\n"
        "Taken van het presidium\n\n"
        "  • Stelt de jaarplanning van de raad en de raadscommissies vast.\n"
    )
    assert _decisions(presidium, "decision_list") == []
    # the same account over who attended records that sitting
    adopted = "Het verslag van de vorige vergadering wordt vastgesteld."
    attended = gmr + f"\nAanwezig: Anna de Wit, Piet Smit, Ria Bos\n\n{adopted}\n"
    found = extract_decisions(_document(attended, "other"), meeting)
    assert adopted in [d["text"] for d in found]


def test_a_decision_dated_in_a_part_of_an_earlier_year_is_reported():
    # texts184/delft-raadsvergadering-aankondiging-negatief (line 7): a news item's background
    text = (
        "3. Filmhuis\n"
        "Eind 2020 besloot de raad al om budget beschikbaar te stellen voor een subsidie uit "
        "Fonds 2040.\n"
        "In maart 2019 werd de huurovereenkomst vastgesteld.\n"
    )
    assert _found(text) == []


def test_help_text_below_a_portal_heading_decides_nothing():
    # texts185/noardeastfryslan-collegebesluiten-negatief (lines 25-27): a council portal's index
    text = (
        "Collegebesluiten\n\n"
        "Toezeggingen\n\n"
        "Hier kunt u de toezeggingen lezen die het college aan de gemeenteraad heeft gedaan.\n"
    )
    assert _decisions(text, "other") == []


def test_a_sentence_of_a_paragraph_that_points_the_reader_on_is_help_text():
    # texts189/ggdnog-ab-2023-02-23 (line 3): a GGD's page on its board's meetings, above the
    # agenda and the record of one
    text = (
        "Vergaderingen algemeen bestuur 2023\n"
        "Het algemeen bestuur heeft een Reglement van Orde vastgesteld. Toehoorders op de "
        "publieke tribune kunnen in een vergadering het woord voeren over agendapunten "
        "(spreekrecht). Voor meer informatie kun je de directiesecretaris mailen.\n"
        "2. Verslag vergadering d.d. 17 november 2022\n"
        "· Het algemeen bestuur (AB) heeft het verslag ongewijzigd vastgesteld.\n"
    )
    assert [found for _, _, found in _decisions(text)] == [
        "Het algemeen bestuur (AB) heeft het verslag ongewijzigd vastgesteld."
    ]


def test_an_invitation_s_body_in_the_present_tense_sets_no_task():
    # texts163/fronteers-alv-uitnodiging-2010 (line 28): an agenda page invites its readers
    text = (
        "Meld je aan voor de Algemene Ledenvergadering 2010\n\n"
        "De agenda is als volgt:\n\n1. Welkom en opening door de voorzitter\n2. Begroting\n\n"
        "Het bestuur nodigt alle leden nadrukkelijk uit om vragen, ideeën of voorstellen in te "
        "dienen.\n"
    )
    assert _decisions(text, "agenda") == []
    # in the record of the meeting the same sentence sets the board its task
    assert [
        kind for kind, _ in _found("6. Rondvraag\nHet bestuur stuurt de gemeente een brief.")
    ] == ["actie"]


def test_zal_with_a_subject_after_it_asks_and_sets_no_telegram_task():
    # texts193/alblasserdam-raad-2011-05-31 (line 12): a verbatim report's speaker asks
    assert _found("1. Opening\nZal ik het even Sjanie, zeg dat eens even.") == []
    task = "Zal tegen volgende vergadering de requirements uitwerken."
    assert _found(f"2. Requirements\n{task}") == [("actie", task)]


def test_a_talk_a_report_tells_in_prose_makes_it_no_record():
    # texts178/cvt-pi-nieuwegein-jaarverslag-2019-negatief (line 38): an annual report's
    # foreword tells a talk of a year before (the talks reader's meeting `-t1`)
    report = (
        "Jaarverslag 2019\n\nVoorwoord\n\n"
        "Al begin 2018 heeft de voorzitter een gesprek gehad met de vestigingsdirecteur van de "
        "inrichting. Afgesproken is om te kijken of klachten in een eerder stadium kunnen "
        "worden bemiddeld door middel van een klachtenfunctionaris.\n"
    )
    talk = [{"meeting_id": "d-t1"}]
    assert extract_decisions(_document(report, "report"), talk) == []
    # texts179/isb-lokaal-sportbeleid-av-2025-06-19 (lines 1-5): news of a members' meeting,
    # named in its title, records what that sitting adopted
    news = (
        "Jaarverslag 2024 voorgesteld op de Algemene Vergadering\n\n"
        "Op de digitale Algemene Vergadering van donderdag 19 juni werd het jaarverslag 2024 "
        "voorgesteld. Daarnaast werden ook de jaarrekening 2024 en de begroting 2025 "
        "goedgekeurd.\n"
    )
    found = extract_decisions(_document(news, "report"), talk)
    assert [d["kind"] for d in found] == ["besluit"]


def test_deciding_about_a_matter_names_no_outcome():
    # texts200 vrzw-ab-ontwerpbegroting (a news page's plan) and texts185
    # gmr-ab-terugkoppeling (a decision at a later sitting): `besluit ... over X` closes on
    # the matter; a decision whose clause goes on (`... over de jaren 2024-2025 te verlenen`)
    # stays
    later = "Eind 2019 besluit het Algemeen Bestuur over de uiteindelijke keuzes."
    passive = (
        "In de eerste vergadering van het dagelijks bestuur wordt besloten over de verdere "
        "portefeuilleverdeling."
    )
    taken = "Het bestuur besluit de subsidie over de jaren 2024-2025 te verlenen."
    text = f"4. Begroting\n{later} {passive}\n\n5. Subsidie\n{taken}"
    assert _found(text) == [("besluit", taken)]


def test_one_word_before_a_plural_verb_names_no_person():
    # achtkarspelen-wmoraad-aankondiging (texts205, line 8), zeus-bv-2018-02-21 (texts175,
    # line 80), zeus-bv-2016-11-15 (texts163, line 66): one person's name takes the singular,
    # so `Burgers`, `Dingen`, `Jenever` are plural nouns or a fronted object; a name with
    # its verb in the singular, two names with theirs in the plural and a fronted word
    # before `we` are read as before
    for line in (
        "Burgers moeten meer zichzelf en elkaar gaan helpen en minder op de overheid leunen.",
        "Dingen gaan vooruit.",
        "Jenever gaan halen bij dhont.",
    ):
        assert _found(line) == []
    taken = [
        "Wil gaat erheen.",
        "Wil en Nancy gaan erheen.",
        "Daarvoor zullen we ook gebruik maken van de ondersteuningsmogelijkheden.",
    ]
    assert _found(" ".join(taken)) == [("actie", sentence) for sentence in taken]


def test_a_sentence_a_word_hangs_on_the_one_before_is_a_remark():
    # fronteers-alv-2025-11-28 (web163): `Maar` opens a remark on what was said before it
    said = (
        "Anneke voegt toe dat Christian en Anneke naar de locatie zijn gegaan en de "
        "toegankelijkheid van de locatie hebben gecheckt. Maar ze is het ermee eens dat het "
        "delen van die informatie beter moet."
    )
    # vlaams-parlement-plenaire-terugblik-27-maart (web276): `Zo wordt bijvoorbeeld ...` is
    # what the decree brings, an example, no decision
    example = (
        "Dit ontwerp van decreet regelt de wijze waarop de identificatie en de registratie van "
        "landbouwers in de toekomst zal gebeuren. Zo wordt bijvoorbeeld de constructie van de "
        "samengestelde landbouwer opgeheven, dat is een landbouwer die bestaat uit twee of meer "
        "exploitanten (personen of ondernemingen)."
    )
    assert _found(f"3. Conferentie\n{said}\n\n4. Decreet\n{example}") == []


def test_the_election_a_remark_announces_is_read_from_the_sentences_after_it():
    # waarschoot-ler-installatie-2011 (web168): `Maar daarvoor werden ... verkozen.` announces
    # the election the next sentences tell; `Zo zal ...` gives an example of the agenda
    text = (
        "LER neemt dynamische start\n\n"
        "Maar daarvoor werden een voorzitter en ondervoorzitter verkozen. Aangezien er geen "
        "echte kandidaten waren, werd er een stemming georganiseerd om de chinese vrijwilligers "
        "aan te duiden. Als voorzitter werd Koen De Muynck (De Muynck en partners) namens de "
        "vrije en intellectuele beroepen verkozen.\n\n"
        "Op de LER kwamen onmiddellijk een aantal agendapunten naar boven. Zo zal op de "
        "volgende vergadering werk gemaakt worden van een parkeerbeleid in de dorpskern.\n"
    )
    assert [text for _, _, text in _decisions(text, "other")] == [
        "Als voorzitter werd Koen De Muynck (De Muynck en partners) namens de vrije en "
        "intellectuele beroepen verkozen."
    ]


def test_zo_that_qualifies_the_next_word_opens_no_remark():
    task = "Zo spoedig mogelijk zal Jan de offerte naar de leden sturen."
    assert _found(f"6. Rondvraag\n{task}") == [("actie", task)]


def test_the_impersonal_men_opens_a_remark_unless_it_decides():
    # kortrijkwatcher-college-ramkraakpalen-2010 (web281, typed a decision list), lines 7-8:
    # `Men wil ...` gives the reason for the decision before it, a paragraph of its own;
    # `Men besluit ...` is the impersonal formula
    text = (
        "Geen anti-ramkraakpalen op openbaar domein\n\n"
        "Het College beslist dus om niet in te gaan op het verzoek alhoewel de handelaar "
        "recent een bevrijdingsbeding onderschreef ter ontlasting van de aansprakelijkheid.\n"
        "Men wil vooral geen precedent scheppen. Als er ergens anders op het grondgebied een "
        "ramkraak zou gebeuren bij een zaak zonder rampalen, dan zal men verwijzen naar "
        "plaatsen met reeds toegelaten paaltjes.\n"
    )
    found = [t for _, _, t in _decisions(text, "decision_list")]
    assert found and not any(t.startswith("Men") for t in found)
    decided = "Men besluit de open dag te verplaatsen naar juni."
    assert _found(f"5. Open dag\n{decided}") == [("besluit", decided)]
