"""Decisions as minutes and decision lists of many organisations print them (issue 8):
a sentence that opens with a decision formula (`Besloten wordt ...`, `Afgesproken wordt
dat ...`, `De wethouder zegt toe ...`, `De agenda wordt ongewijzigd vastgesteld.`),
`Burgemeester en wethouders besluiten:` over numbered points, and a decision list whose
numbered items are agenda titles with the decisions below them."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

PROSE = """Verslag overleg wijkteams
Datum: 3 maart 2021
2. Werkwijze
De teams lichten hun werkwijze toe. Na discussie wordt afgesproken dat de wijkteams
voortaan maandelijks rapporteren.
Besloten wordt om de pilot met een half jaar te verlengen.
Jan Smit zegt toe de cijfers voor de volgende vergadering rond te sturen.
Het verslag van 3 februari wordt ongewijzigd vastgesteld.
De agenda wordt ongewijzigd vastgesteld.
Met inachtneming hiervan wordt het besluitenlijstje van 3 februari vastgesteld.
De nota Jeugdhulp 2022 wordt met die wijziging vastgesteld.
De voorzitter stelt vast dat er geen vragen zijn."""


def test_sentences_opening_with_a_decision_formula():
    assert _decisions(PROSE) == [
        ("afspraak", None, "Na discussie wordt afgesproken dat de wijkteams voortaan "
         "maandelijks rapporteren."),
        ("besluit", None, "Besloten wordt om de pilot met een half jaar te verlengen."),
        ("actie", None, "Jan Smit zegt toe de cijfers voor de volgende vergadering rond te "
         "sturen."),
        ("besluit", None, "Het verslag van 3 februari wordt ongewijzigd vastgesteld."),
        ("besluit", None, "De agenda wordt ongewijzigd vastgesteld."),
        ("besluit", None, "Met inachtneming hiervan wordt het besluitenlijstje van 3 februari "
         "vastgesteld."),
        ("besluit", None, "De nota Jeugdhulp 2022 wordt met die wijziging vastgesteld."),
    ]  # fmt: skip


def test_formulas_only_in_a_meeting_document():
    assert _decisions(PROSE, doc_type="letter") == []


COLLEGE = """Besluitenlijst van de vergadering van het college van B&W
Datum: 12 april 2022

3. Vaststelling Nota lokaal gezondheidsbeleid
Burgemeester en wethouders besluiten:
1. de Nota lokaal gezondheidsbeleid 2022-2025 vast te stellen;
2. de raad voor te stellen het beleid te bekrachtigen;
3. de bijgaande raadsinformatiebrief te verzenden."""


def test_a_body_decides_over_numbered_points():
    assert _decisions(COLLEGE, doc_type="decision_list") == [
        ("besluit", "1", "de Nota lokaal gezondheidsbeleid 2022-2025 vast te stellen;"),
        ("besluit", "2", "de raad voor te stellen het beleid te bekrachtigen;"),
        ("besluit", "3", "de bijgaande raadsinformatiebrief te verzenden."),
    ]


AGENDA_TITLES = """Besluitenlijst dagelijks bestuur
1. Opening en mededelingen
Geen mededelingen.
2. Jaarrekening 2021
- Het dagelijks bestuur stelt de jaarrekening 2021 vast.
- Het jaarverslag gaat naar het algemeen bestuur.
3. Rondvraag
Geen."""


def test_agenda_titles_of_a_decision_list_are_not_decisions():
    assert _decisions(AGENDA_TITLES, doc_type="decision_list") == [
        ("besluit", "2", "Het dagelijks bestuur stelt de jaarrekening 2021 vast."),
        ("besluit", "2", "Het jaarverslag gaat naar het algemeen bestuur."),
    ]


INSIDE = """Verslag
Datum: 3 maart 2021
In het overleg van het DB is daarom afgesproken om de rapportage niet te sturen.
Karin zal de leden hierover informeren met een bericht.
Jan de Vries zal de notitie aanpassen.
De kosten zullen stijgen in 2022.
Het rapport zal in mei verschijnen.
In de vergadering van mei is besloten om de pilot te stoppen.
De voorzitter constateert dat de vergadering instemt met het voorstel van het bestuur."""


def test_formulas_after_an_opening_phrase_and_a_named_person_who_will_act():
    assert _decisions(INSIDE) == [
        ("afspraak", None, "In het overleg van het DB is daarom afgesproken om de rapportage "
         "niet te sturen."),
        ("actie", None, "Karin zal de leden hierover informeren met een bericht."),
        ("actie", None, "Jan de Vries zal de notitie aanpassen."),
        ("besluit", None, "In de vergadering van mei is besloten om de pilot te stoppen."),
        ("besluit", None, "De voorzitter constateert dat de vergadering instemt met het voorstel "
         "van het bestuur."),
    ]  # fmt: skip


VERDICTS = """Besluitenlijst college van B&W
Datum: 12 april 2022

4. Subsidie sportvereniging De Zwaluwen
Besluit: conform advies.

5. Onderwerp: Verkoop perceel Dorpsstraat 12
Besluit: Akkoord

6. Rondvraag
Besluit: Het college stelt de nota vast."""


def test_a_bare_verdict_is_decided_on_its_subject():
    assert _decisions(VERDICTS, doc_type="decision_list") == [
        ("besluit", None, "Subsidie sportvereniging De Zwaluwen: conform advies."),
        ("besluit", None, "Verkoop perceel Dorpsstraat 12: Akkoord"),
        ("besluit", None, "Het college stelt de nota vast."),
    ]


CLAUSES = """Verslag algemeen bestuur
Datum: 24 oktober 2017
2. Verslag vergadering 9 oktober; Het verslag wordt conform het ontwerp vastgesteld.
- Uitnodiging bezoek zusterstad; Karin zal ons vertegenwoordigen
De notulen worden zonder op- of aanmerkingen goedgekeurd."""


def test_a_formula_after_a_semicolon_and_no_glued_next_decision():
    assert _decisions(CLAUSES) == [
        ("besluit", None, "Het verslag wordt conform het ontwerp vastgesteld."),
        ("actie", None, "Karin zal ons vertegenwoordigen"),
        ("besluit", None, "De notulen worden zonder op- of aanmerkingen goedgekeurd."),
    ]


TASKS = """Verslag
Datum: 3 maart 2021
Cees informeert bij de provincie in hoeverre subsidie mogelijk is.
Karin stuurt het bericht opnieuw.
Jan vertelt dat de pilot goed loopt.
Karin vraagt of er nieuws is.
Gemeente Utrecht informeert dat het project vertraagd is."""


def test_a_named_person_doing_a_task_is_an_action_reporting_is_not():
    assert _decisions(TASKS) == [
        ("actie", None, "Cees informeert bij de provincie in hoeverre subsidie mogelijk is."),
        ("actie", None, "Karin stuurt het bericht opnieuw."),
    ]


MORE_FORMULAS = """Verslag bestuursvergadering
Datum: 12 mei 2022
1. Verslag
Verslag van de bestuursvergadering van 7 april 2022 wordt ongewijzigd goedgekeurd.
Daarmee zijn de notulen vastgesteld.
2. Begroting
De penningmeester licht de begroting toe. Het bestuur gaat akkoord met de begroting.
De secretaris schrijft de vrijwilligers aan voor de open dag.
Marleen bewaart de getekende stukken in het archief.
De voorzitter vraagt of er nog vragen zijn."""


def test_more_formulas_of_minutes():
    assert _decisions(MORE_FORMULAS) == [
        ("besluit", None, "Verslag van de bestuursvergadering van 7 april 2022 wordt "
         "ongewijzigd goedgekeurd."),
        ("besluit", None, "Daarmee zijn de notulen vastgesteld."),
        ("besluit", None, "Het bestuur gaat akkoord met de begroting."),
        ("actie", None, "De secretaris schrijft de vrijwilligers aan voor de open dag."),
        ("actie", None, "Marleen bewaart de getekende stukken in het archief."),
    ]  # fmt: skip


FIRST_PERSON = """Notulen werkgroep verkeer
Datum: 2 juni 2022
1. Opening
Agenda blijft ongewijzigd.
We besluiten de enquête in september te houden.
Vastgelegd wordt om elk half jaar te evalueren.
Sandra neemt hierover contact op met de wijkagent.
Piet zal gevraagd worden de sleutel te beheren."""


def test_first_person_decisions_and_tasks():
    assert _decisions(FIRST_PERSON) == [
        ("besluit", None, "Agenda blijft ongewijzigd."),
        ("besluit", None, "We besluiten de enquête in september te houden."),
        ("afspraak", None, "Vastgelegd wordt om elk half jaar te evalueren."),
        ("actie", None, "Sandra neemt hierover contact op met de wijkagent."),
    ]  # fmt: skip


VERDICT_LINES = """Notulen dorpsraad
Openbare vergadering 12-03-2019
1. Opening
2. Notulen van de vergadering van 14 november 2018

Goedgekeurd.

3. Mededelingen
Geen.
4. Jaarrekening 2018
De penningmeester licht de cijfers toe.
Vastgesteld."""


def test_a_verdict_on_its_own_line_decides_the_item_above():
    assert _decisions(VERDICT_LINES) == [
        ("besluit", None, "Notulen van de vergadering van 14 november 2018: Goedgekeurd."),
        ("besluit", None, "Jaarrekening 2018: Vastgesteld."),
    ]  # fmt: skip


def test_a_task_after_a_fronted_phrase():
    text = """Verslag werkgroep
Datum: 3 april 2019
3. Etentje
Voor het etentje van de werkgroep zal Jaap een aantal data in mei voorstellen.
In de volgende vergadering zal Piet gevraagd worden de kas te controleren."""
    assert _decisions(text) == [
        ("actie", None, "Voor het etentje van de werkgroep zal Jaap een aantal data in mei "
         "voorstellen."),
    ]  # fmt: skip


PASSIVES = "\n".join(
    [
        "Verslag algemene ledenvergadering",
        "Datum: 9 oktober 2021",
        "2. Notulen en jaarverslag",
        "De notulen van de vergadering en het jaarverslag van de secretaris over "
        "het afgelopen seizoen worden door de leden goedgekeurd.",
        "Dit verslag wordt zonder op- en aanmerkingen goedgekeurd.",
        "Het huishoudelijk reglement is goedgekeurd.",
        "Het verslag wordt, met dank aan de notulist, vastgesteld.",
        "De kascommissie heeft het bestuur decharge verleend.",
    ]
)


def test_passive_decisions_with_long_subjects_and_inserted_clauses():
    assert [d[0] for d in _decisions(PASSIVES)] == ["besluit"] * 5


def test_a_formula_read_on_over_a_wrapped_line():
    text = "\n".join(
        [
            "Verslag bestuursvergadering",
            "Datum: 9 oktober 2021",
            "2. Verslag",
            "Het verslag van de bestuursvergadering van 12 september wordt met een kleine",
            "wijziging vastgesteld.",
            "De voorzitter dankt de notulist en de",
            "leden voor hun inzet.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "Het verslag van de bestuursvergadering van 12 september wordt met "
         "een kleine wijziging vastgesteld."),
    ]  # fmt: skip


def test_first_person_tasks_and_a_proposal_carried():
    text = "\n".join(
        [
            "Notulen ledenvergadering",
            "Datum: 4 maart 2020",
            "3. Contributie",
            "Een voorstel tot verhoging van de contributie werd unaniem aangenomen.",
            "Wij zullen ons afmelden voor het toernooi.",
            "Volgende keer zullen we de kascommissie benoemen.",
            "We zullen zien hoe het loopt.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "Een voorstel tot verhoging van de contributie werd unaniem "
         "aangenomen."),
        ("actie", None, "Wij zullen ons afmelden voor het toernooi."),
        ("actie", None, "Volgende keer zullen we de kascommissie benoemen."),
    ]  # fmt: skip


def test_a_paper_accepted_voor_kennisgeving_is_decided_but_one_taken_ter_kennisgeving_is_not():
    # the gold's convention (web12, web88, web128; web2, web60): a council disposes of
    # incoming papers by accepting them `voor kennisgeving`; a paper taken `ter kennisgeving`
    # or forwarded `ter kennisname` is decided on by no one
    text = "\n".join(
        [
            "Notulen adviesraad",
            "Datum: 4 maart 2020",
            "4. Ingekomen stukken",
            "De brief van de wethouder wordt voor kennisgeving aangenomen.",
            "Deze mededeling wordt aangenomen voor kennisgeving.",
            "De brief wordt ter kennisname doorgestuurd aan de commissie.",
            "Dit stuk wordt ter kennisgeving aangenomen.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "De brief van de wethouder wordt voor kennisgeving aangenomen."),
        ("besluit", None, "Deze mededeling wordt aangenomen voor kennisgeving."),
    ]


def test_an_old_council_decides_without_a_roll_call_vote():
    # council minutes of the 1920s-1980s printed as one paragraph: the disposition of each
    # item in the passive or with the archaic `hiermede`
    text = (
        "Notulen van de openbare vergadering van de raad der gemeente Dorp op 12 maart 1958. "
        "3. Ingekomen stukken. Zonder discussie of hoofdelijke stemming worden de stukken "
        "genoemd onder de nummers 1 tot en met 17 voor kennisgeving aangenomen. 4. Garage. De "
        "heer Bos vraagt of de garage klaar is. Zonder hoofdelijke stemming gaat de raad "
        "hiermede akkoord. 5. Rondvraag."
    )
    assert _decisions(text) == [
        ("besluit", None, "Zonder discussie of hoofdelijke stemming worden de stukken genoemd "
         "onder de nummers 1 tot en met 17 voor kennisgeving aangenomen."),
        ("besluit", None, "Zonder hoofdelijke stemming gaat de raad hiermede akkoord."),
    ]  # fmt: skip


def test_a_participle_that_ocr_split_over_the_line_break_still_adopts():
    # old minute books read by OCR and printed on one line keep the hyphen and the space of
    # a word broken over the line (`goed- gekeurd`, Haarlemmermeer polder 1875) or only the
    # space (`vastge steld`, Soest council 1958): the participle is still the verdict
    text = (
        "NOTULEN van het verhandelde in de openbare vergadering van de raad der gemeente "
        "Soest op donderdag 17 april 1958. 47. Vaststelling van de notulen van de "
        "raadsvergaderingen van 11 en 27 februari 1958. De notulen van deze beide "
        "vergaderingen worden zonder discussie en zonder hoofdelijke stemming ongewijzigd "
        "vastge steld. 48. Ingekomen stukken. De Notulen van den 7 April jl. worden gelezen "
        "en goed- gekeurd. 49. Rondvraag."
    )
    assert _decisions(text) == [
        ("besluit", None, "De notulen van deze beide vergaderingen worden zonder discussie en "
         "zonder hoofdelijke stemming ongewijzigd vastge steld."),
        ("besluit", None, "De Notulen van den 7 April jl. worden gelezen en goed- gekeurd."),
    ]  # fmt: skip


def test_more_participles_of_adoption():
    text = "\n".join(
        [
            "Notulen bestuursvergadering",
            "Datum: 4 mei 2017",
            "2. Verslag",
            "Het verslag van 17 april 2017 is akkoord.",
            "Verslag van de bestuursvergadering van 14 april 2017 wordt geaccordeerd.",
            "De notulen zijn goed gekeurd.",
        ]
    )
    assert [d[0] for d in _decisions(text)] == ["besluit"] * 3


def test_a_sentence_that_proposes_is_a_proposal():
    text = "\n".join(
        [
            "Notulen ledenvergadering",
            "Datum: 18 maart 2024",
            "4. Contributie",
            "Het bestuur stelt voor om de contributie voor 2025 niet te verhogen.",
            "De commissie wordt gevraagd de concept notulen vast te stellen.",
            "De voorzitter stelt vast dat er geen vragen zijn.",
        ]
    )
    found = extract_decisions(_document(text, "minutes"), [])
    assert [(d["kind"], d["is_proposal"], d["text"]) for d in found] == [
        ("besluit", True, "Het bestuur stelt voor om de contributie voor 2025 niet te verhogen."),
        ("besluit", True, "De commissie wordt gevraagd de concept notulen vast te stellen."),
    ]


# a docplayer transcript prints a PDF page on one line: the next item's number ends a sentence
ONE_LINE_PAGE = (
    "Verslag van de vergadering van de GMR op 5 juni 2014\n"
    "01. Opening Vaststelling van de agenda De agenda wordt ongewijzigd vastgesteld. 02. Verslag "
    "van de vergadering van 12 maart 2014 Het verslag wordt vastgesteld. 03. Begroting De "
    "begroting wordt besproken.\n"
)


def test_a_sentence_ends_before_the_next_items_number_on_a_page_printed_as_one_line():
    texts = [text for _, _, text in _decisions(ONE_LINE_PAGE)]
    assert len(texts) == 2
    assert texts[0].endswith("De agenda wordt ongewijzigd vastgesteld.")
    assert texts[1].endswith("Het verslag wordt vastgesteld.")


@pytest.mark.parametrize(
    "after",
    ["Karin neemt dit mee naar het team.", "Het verslag wordt vastgesteld.", "Jan regelt de zaal."],
)
def test_a_sentence_runs_on_to_a_line_whose_own_decision_opens_further_on(after: str) -> None:
    # a hard-wrapped paragraph: the decision above ends on the line where the next one opens
    text = (
        "Verslag van de vergadering\n\n3. Feestavond\nDe feestavond wordt gehouden op 2 mei. "
        "Het bestuur besluit dat er na de pauze\neen optreden van de dansgroep komt. "
        f"{after}\n"
    )
    texts = [text for _, _, text in _decisions(text)]
    assert "Het bestuur besluit dat er na de pauze een optreden van de dansgroep komt." in texts
    assert after in texts


def test_a_stop_read_as_a_comma_before_the_next_items_number_ends_the_sentence():
    # OCR of an old council's minutes reads the sentence's stop as a comma
    text = ONE_LINE_PAGE.replace("vastgesteld. 02.", "vastgesteld, 02.")
    texts = [text for _, _, text in _decisions(text)]
    assert texts[0].endswith("De agenda wordt ongewijzigd vastgesteld,")


# a decision list written as subjects: a title line over the paragraph that decides it
SUBJECTS = """Besluiten college 3 maart 2022

Subsidie dorpshuis Oosterend

Het college heeft besloten het dorpshuis in Oosterend een subsidie van 20.000 euro te geven.

Het dorpshuis is in 2019 verbouwd en trekt sindsdien meer bezoekers uit de hele omgeving.

Beantwoording vragen D66-fractie over de bibliotheek

Het college heeft de schriftelijke vragen van de D66-fractie over de bibliotheek beantwoord.

Verlenging pilot deelscooters

Het college stelt voor om de pilot met een jaar te verlengen. De raad beslist in april."""


def test_a_subjects_title_and_its_background_are_no_decisions():
    found = extract_decisions(_document(SUBJECTS, "decision_list"), [])
    assert [(d["is_proposal"], d["text"][:40]) for d in found] == [
        (False, "Het college heeft besloten het dorpshuis"),
        (False, "Het college heeft de schriftelijke vrage"),
        (True, "Het college stelt voor om de pilot met e"),
    ]


def test_a_sentence_that_adopts_the_points_above_decides_each():
    text = "\n".join(
        [
            "Verslag jaarvergadering 2023",
            "",
            "De leden stemden over de volgende punten:",
            "",
            "• Verslag kascommissie",
            "• Begroting 2024",
            "• Herbenoeming Piet Jansen als penningmeester",
            "",
            "Er waren twee stemmen tegen. Daarmee zijn de bovenstaande voorstellen aangenomen.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "Verslag kascommissie"),
        ("besluit", None, "Begroting 2024"),
        ("besluit", None, "Herbenoeming Piet Jansen als penningmeester"),
    ]


def test_a_decision_in_a_clause_of_reason_or_in_another_record_is_none():
    text = "\n".join(
        [
            "Notulen ledenvergadering",
            "De kosten stegen doordat er vorig jaar is besloten om de zaal te huren.",
            "In het verslag staat dat de kascommissie decharge heeft verleend aan het bestuur.",
            "Het verslag wordt vastgesteld.",
        ]
    )
    assert _decisions(text) == [("besluit", None, "Het verslag wordt vastgesteld.")]


def test_a_connective_adverb_puts_the_verb_before_the_subject():
    # Dutch puts the verb second: after `Tevens`, `Vervolgens`, `Desgevraagd` ... the
    # formula's subject follows its verb; a fronted phrase that reports decides nothing
    text = "\n".join(
        [
            "Notulen algemene ledenvergadering",
            "De vergadering gaat akkoord met de begroting 2024.",
            "Eveneens gaat de algemene vergadering akkoord met een hogere contributie.",
            "Vervolgens besluit het DB de werkgroep op te heffen.",
            "Desgevraagd zegt de penningmeester toe het overzicht na te sturen.",
            "Unaniem keurt de raad van bestuur het jaarverslag goed.",
            "In principe neemt de secretaris binnen zes weken een besluit.",
            "Daarnaast gaat het om een klein bedrag.",
            "Daarna gaat de werkgroep aan de slag met de plannen.",  # an account, no task
            "Daarnaast zal de oplage van het clubblad omlaag gaan.",
        ]
    )
    assert _decisions(text) == [
        ("besluit", None, "De vergadering gaat akkoord met de begroting 2024."),
        ("besluit", None, "Eveneens gaat de algemene vergadering akkoord met een hogere "
         "contributie."),
        ("besluit", None, "Vervolgens besluit het DB de werkgroep op te heffen."),
        ("actie", None, "Desgevraagd zegt de penningmeester toe het overzicht na te sturen."),
        ("besluit", None, "Unaniem keurt de raad van bestuur het jaarverslag goed."),
    ]  # fmt: skip


def test_a_clause_that_heads_the_points_decided_below_it_is_no_decision_itself():
    for lead_in, kind in (
        ("Om de vergaderingen korter te maken is afgesproken dat:", "afspraak"),
        ("Het bestuur heeft besloten dat:", "besluit"),
        ("Na een korte discussie besluiten wij als volgt:", "besluit"),
    ):
        text = (
            "Verslag presidium 20 juni\n\n"
            f"{lead_in}\n"
            "- benoemingen bij acclamatie plaatsvinden;\n"
            "- het vragenuur niet langer dan een half uur duurt.\n"
        )
        assert [(d[0], d[2][:12]) for d in _decisions(text)] == [
            (kind, "benoemingen "),
            (kind, "het vragenuu"),
        ], lead_in


def test_a_synod_or_presidium_decides_as_a_meeting_body():
    # a church's synod (gg-synode-2019: `De synode stemde in januari in met een herziening
    # van de Dordtse Kerkorde.`) and a parliament's presidium are the deciding body of their
    # meeting as a council or a board is
    text = (
        "Verslag van de generale synode 2019\n\n"
        "De synode stemde in januari in met een herziening van de Dordtse Kerkorde.\n"
        "Het Presidium stemt in met het voorstel van de griffier.\n"
    )
    assert _decisions(text) == [
        ("besluit", None, "De synode stemde in januari in met een herziening van de Dordtse "
         "Kerkorde."),
        ("besluit", None, "Het Presidium stemt in met het voorstel van de griffier."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        # texts159/lentis-dennenoord-cor-1973.txt line 10: `d.d.` between the auxiliary and
        # the participle
        "Het resumé van de vergadering d.d. 24 augustus 1973, waaraan toegevoegd de"
        " installatierede van Mr. J. van Andel, wordt als verslag van de vergadering d.d. 24"
        " augustus goedgekeurd en vastgesteld.",
        # texts131/hkw-jaarvergadering-2011.txt line 1: a person's initials in an insertion
        # between the auxiliary and the participle
        "De notulen van de jaarvergadering 2010, zoals gepubliceerd in De Wete van juli 2010,"
        " worden, onder dankzegging aan de secretaresse, mevrouw W.L. Valckenier von"
        " Geusau-Brouwer, goedgekeurd.",
    ],
)
def test_an_abbreviation_inside_a_passive_keeps_its_decision(sentence):
    text = f"Notulen jaarvergadering\n\n{sentence}\n"
    assert [t for _, _, t in _decisions(text)] == [sentence]
