"""Typing by how a text is built: records of meetings, agendas and decision lists without a
title the title rules know. Every text here is written for the test, in the layout of its kind."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import (
    classify_document,
    document_date,
    split_text_into_documents,
    text_lines,
    without_markdown,
)
from pipeline.documents.shapes import _headed_by_a_count, _structural_type

MARKDOWN_BOARD_MINUTES = """# Bestuursvergadering Tuinvereniging De Klaproos

**Datum:** 4 maart 2025
**Aanwezig:** Anja (voorzitter), Kees (penningmeester), Fatima (secretaris)
**Afwezig:** Ruud

## 1. Opening
Anja opent om 20.00 uur en heet iedereen welkom.

## 2. Financiën
Kees meldt dat de contributie bijna helemaal binnen is.
- **Actie:** Kees stuurt een herinnering.

## 3. Rondvraag
Fatima vraagt of de sleutel van de schuur al terug is.

## 4. Sluiting
"""

NUMBERED_RECORD = """Notities bestuur 12-03-2025

1. Welkom
Iedereen is er, behalve Ruud die ziek is.

2. Jaarplanning
We bespreken de data voor de klusdagen in april en mei en kiezen de zaterdagen.

3. Website
Mo zegt dat de nieuwe website bijna klaar is en laat de eerste versie zien.

4. Rondvraag
Geen vragen.
"""

MEMBERS_MEETING_RECORD = """Ledenavond zondag 23 februari 2025

Aanwezig: 31 leden, waarvan 5 bestuursleden

1 Opening
De voorzitter heet de leden welkom en leest de afmeldingen voor.
2 Jaarverslag
Het jaarverslag wordt zonder opmerkingen goedgekeurd door de leden.
3 Kascommissie
De kascommissie heeft de boeken gecontroleerd en adviseert decharge.
4 Rondvraag
Een lid vraagt naar de parkeerplaatsen; het bestuur komt hierop terug.
"""

INVITATION = """Beste leden,

Hierbij nodigen wij u uit voor de voorjaarsbijeenkomst van onze buurtvereniging.

Datum: donderdag 17 april 2025
Tijd: 20.00 uur
Plaats: buurthuis De Linde

1. Opening
2. Mededelingen
3. Verslag van de najaarsbijeenkomst
4. Plannen voor het buurtfeest
5. Rondvraag
6. Sluiting
"""

DECISIONS_BY_ITEM = """Stichting Speeltuin Het Hofje

1. Huurcontract kantine
Het bestuur gaat akkoord met verlenging van het contract met twee jaar.

2. Begroting 2026
De begroting wordt met een kleine aanpassing vastgesteld.

3. Nieuwe toestellen
De offerte van de leverancier wordt goedgekeurd; de bestelling gaat deze maand de deur uit.
"""

PROSE_REPORT = """WIJKPLAN AANGENOMEN

14 oktober 2025

Tijdens de bewonersvergadering op 2 en 9 oktober jl. werd over het wijkplan gesproken. Op de
tweede avond werd het plan met ruime meerderheid aangenomen door de aanwezige bewoners.
"""

TALK_REPORT = """Lezing over de oude molen

Op donderdag 6 maart 2025 vertelde Henk Smit in het buurthuis over de geschiedenis van de molen.
Hij liet oude foto's zien en beantwoordde vragen van de bewoners.
"""

INLINE_ITEMS = """Jaarvergadering 2025

Aanwezigen
- Jan de Boer
- Els Kramer

1. Opening: de voorzitter opent de vergadering en heet iedereen welkom.
2. Jaarrekening: de penningmeester licht de cijfers toe, er zijn geen vragen.
3. Bestuur: Els wordt bij acclamatie herkozen als secretaris.
4. Rondvraag: geen.
"""

NEWS_ITEM = """Gemeente opent nieuw zwembad

Het nieuwe zwembad aan de Parklaan gaat op 1 mei 2025 open. Wethouder Bakker vertelde dat de
bouw binnen het budget is gebleven. Kaartjes zijn vanaf volgende week te koop.
"""

NUMBERED_NEWS = """Drie tips voor uw tuin in het voorjaar

1. Snoeien
Snoei de struiken voordat de vogels gaan broeden in maart.
2. Bemesten
Geef de border compost, dan groeien de planten veel beter.
3. Zaaien
Zaai eenjarige bloemen pas na de laatste nachtvorst in mei.
"""


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (MARKDOWN_BOARD_MINUTES, "minutes"),  # a markdown heading and bold field labels
        (NUMBERED_RECORD, "minutes"),  # numbered items with what was said below each
        (MEMBERS_MEETING_RECORD, "minutes"),  # attendance, items, outcomes
        (INVITATION, "agenda"),  # bare numbered items, a date/time/place block, an invitation
        (DECISIONS_BY_ITEM, "decision_list"),  # each item says what was decided, nobody speaks
        (PROSE_REPORT, "minutes"),  # a dated account of a meeting and what it decided
        (TALK_REPORT, "minutes"),  # a dated talk, the speaker named after the verb
        (INLINE_ITEMS, "minutes"),  # an attendance heading, items discussed after a colon
        (NEWS_ITEM, "other"),  # a person speaks, but no meeting is named or held
        (NUMBERED_NEWS, "other"),  # numbered items with prose, and no sign of a meeting
    ],
)
def test_types_from_how_the_text_is_built(text: str, doc_type: str) -> None:
    assert classify_document(text)[0] == doc_type


def test_markdown_marks_are_read_as_printed() -> None:
    assert without_markdown("## 2. Financiën\n**Actie:** Kees") == "2. Financiën\nActie: Kees"
    # a heading's underline and a rule are marks: blank lines, the line count kept
    underlined = "**Notulen**\n\nBesluit en acties\n=================\n\n---\n1. Tekst"
    assert without_markdown(underlined) == "Notulen\n\nBesluit en acties\n\n\n\n1. Tekst"
    plain = "Een regel met 3 * 4 = 12 en een_naam.\n"
    assert without_markdown(plain) == plain  # no markdown heading or bold: left alone
    assert classify_document(MARKDOWN_BOARD_MINUTES)[1] == (
        "Bestuursvergadering Tuinvereniging De Klaproos"
    )


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (MARKDOWN_BOARD_MINUTES, "minutes"),
        (NUMBERED_RECORD, "minutes"),
        (MEMBERS_MEETING_RECORD, "minutes"),
        (INVITATION, "agenda"),
        (DECISIONS_BY_ITEM, "decision_list"),
        (PROSE_REPORT, "minutes"),
        (TALK_REPORT, "minutes"),
        (INLINE_ITEMS, "minutes"),
        (NEWS_ITEM, None),
        (NUMBERED_NEWS, None),
    ],
)
def test_the_structure_alone_names_the_type(text: str, doc_type: str | None) -> None:
    """Where a title or marker also names the type, how the text is built agrees."""
    assert _structural_type(text_lines(without_markdown(text))) == doc_type


BOARD_MESSAGE = """Nieuws van het bestuur

Op 3 april hebben we onze algemene ledenvergadering gehouden. Dit kwam aan bod:

  • De jaarrekening is goedgekeurd en de kascommissie is bedankt.
  • Karin is gekozen als nieuwe penningmeester.

Op 15 mei hebben we onze bestuursvergadering gehouden:

  • De nieuwe baanverlichting wordt in de zomer aangelegd.
"""


def test_each_meeting_reported_as_held_in_its_own_paragraph_is_a_document() -> None:
    docs = split_text_into_documents(BOARD_MESSAGE)
    assert [d.strip().splitlines()[0] for d in docs] == [
        "Nieuws van het bestuur",
        "Op 15 mei hebben we onze bestuursvergadering gehouden:",
    ]
    # one meeting reported twice (its date again) is one report
    again = BOARD_MESSAGE.replace("15 mei", "3 april")
    assert len(split_text_into_documents(again)) == 1


def test_a_title_naming_a_dated_meeting_over_an_invitations_items_is_its_agenda() -> None:
    plan = (
        "Algemene ledenvergadering 17 april 2025\n\nHierbij nodigen wij alle leden uit.\n\n"
        "Aanvang: 20.00 uur\nLocatie: clubhuis\n\n1. Opening\n2. Notulen ALV 2024\n"
        "3. Jaarverslag\n4. Rondvraag\n5. Sluiting\n"
    )
    assert classify_document(plan)[0] == "agenda"
    record = plan.replace(
        "3. Jaarverslag\n", "3. Jaarverslag\nHet jaarverslag wordt goedgekeurd.\n"
    )
    assert classify_document(record)[0] == "minutes"  # an outcome: the meeting was held


def test_a_markdown_date_field_dates_the_minutes() -> None:
    text = MARKDOWN_BOARD_MINUTES.replace(
        "**Datum:**", "Bijgewerkt op 4 februari 2025.\n**Datum:**"
    )
    doc_type, title = classify_document(text)
    assert document_date(doc_type, text, title) == (date(2025, 3, 4), False)


UNNUMBERED_RECORD = """Dorpsraad Oosterwijk

Aanwezigen
Jan de Boer
Els Kramer

Welkom
De voorzitter heet iedereen welkom en meldt twee afmeldingen van leden.

Speeltuin
Els vertelt dat de nieuwe toestellen in mei worden geplaatst door de gemeente.

Rondvraag
Piet vraagt naar de verlichting bij de bushalte aan de Kerkweg.
"""

UNNUMBERED_PLAN = """Voorjaarsoverleg bewoners

Wanneer: woensdag 9 april 2025, 19.30 uur
Waar: wijkcentrum De Brug

- Opening
- Verslag vorig overleg
- Speeltuin
- Rondvraag
- Sluiting
"""


@pytest.mark.parametrize(
    ("text", "doc_type"), [(UNNUMBERED_RECORD, "minutes"), (UNNUMBERED_PLAN, "agenda")]
)
def test_unnumbered_items_from_opening_to_closing_are_a_meetings_order(
    text: str, doc_type: str
) -> None:
    assert _structural_type(text_lines(text)) == doc_type
    assert classify_document(text)[0] == doc_type


OWN_ACCOUNT = """Klachtbehandeling

In 2024 hebben wij 412 klachten ontvangen, 35 meer dan het jaar daarvoor. Ruim 80% daarvan
hebben we binnen de wettelijke termijn afgehandeld.
"""


def test_an_organisations_own_account_of_a_year_in_figures_is_a_report() -> None:
    assert classify_document(OWN_ACCOUNT)[0] == "report"
    third = OWN_ACCOUNT.replace("hebben wij", "heeft de gemeente").replace("hebben we", "heeft zij")
    assert classify_document(third)[0] == "report"  # the cases it took in, in any person
    news = third + "Dat staat in het jaarverslag van de gemeente.\n"
    assert classify_document(news)[0] == "other"  # a news item citing its report
    quoted = OWN_ACCOUNT.replace("afgehandeld.", "afgehandeld, aldus de woordvoerder.")
    assert classify_document(quoted)[0] == "other"  # a news item quoting the organisation
    passing = "Opdracht onderzoek\n\nEerder in 2019 is er een lek geweest. Wat willen we weten?\n"
    assert classify_document(passing)[0] == "other"  # a year named in passing counts nothing


@pytest.mark.parametrize(
    "headline",
    [
        "Ombudsvrouw stelt jaarverslag 2024 voor",
        "Klachtencommissie publiceert jaarverslag over 2024",
        "Jaarverslag klachten 2024 verschenen",
        "Op maandag presenteerde de Vlaamse ombudsdienst het jaarrapport in het parlement.",
    ],
)
def test_a_headline_telling_of_a_report_as_anothers_heads_news_about_it(headline: str) -> None:
    body = "In 2024 ontving de ombudsdienst 412 klachten, 35 meer dan het jaar daarvoor.\n"
    assert classify_document(f"Klachtbehandeling\n\n{body}")[0] == "report"
    assert classify_document(f"{headline}\n\n{body}")[0] == "other"


def test_a_report_presented_by_its_writer_who_speaks_as_we_is_the_report() -> None:
    text = "Ombudsvrouw stelt jaarverslag 2024 voor\n\n"
    text += "In 2024 ontvingen wij 412 klachten, 35 meer dan het jaar daarvoor.\n"
    assert classify_document(text)[0] == "report"  # a foreword names its writer as `we` too


def test_a_report_cites_the_law_and_its_year_a_news_item_its_report() -> None:
    # an annual report's section: the year it accounts for, the rule its counts are held to
    own = (
        "Klachten\n\nVolgens de Awb moet een klacht binnen 6 weken zijn afgehandeld. In het "
        "verslagjaar ontving de dienst zeventien klachten. Een besluit wordt pas openbaar als "
        "het is ondertekend en bekendgemaakt.\n"
    )
    assert classify_document(own)[0] == "report"
    # a news item names the report it takes the figures from, or who announced them
    cited = own + "Dit staat in het jaarverslag klachtbehandeling 2023.\n"
    assert classify_document(cited)[0] == "other"
    told = own + "Dat heeft de dienst dinsdag bekendgemaakt.\n"
    assert classify_document(told)[0] == "other"


# a section of an annual report whose table was saved one cell per line, the organisation
# writing of itself by name
TABLE_ACCOUNT = """Bijlage 3: Bezwaarschriften

Sinds 2019 registreert de dienst alle bezwaarschriften centraal.

Tabel 7 Bezwaarschriften 2023-2024

Soort

2023

2024

Peildatum:

-

3-1-25

Parkeerbelasting

41

38

Afvalstoffenheffing

17

22

Totaal

58

60
"""


def test_a_period_over_a_table_of_figures_is_an_own_account_whoever_writes_it() -> None:
    assert classify_document(TABLE_ACCOUNT) == ("report", "Bijlage 3: Bezwaarschriften")
    # the date the table's figures stand at is one of its cells, not the document's date
    assert document_date("report", TABLE_ACCOUNT, None) == (None, False)
    news = TABLE_ACCOUNT.replace("registreert de dienst", "registreert de dienst, meldt de krant,")
    assert classify_document(news)[0] == "other"
    # page numbers alone on their lines are no table
    paged = "Uitleg\n\nIn 2024 is de regeling gewijzigd.\n" + "".join(
        f"\nTekst van pagina {n}.\n\n{n}\n" for n in range(1, 12)
    )
    assert classify_document(paged)[0] == "other"


def test_a_table_of_years_flattened_one_row_per_line_is_an_own_account() -> None:
    text = (
        "Klachten gemeld bij de klachtenfunctionaris\n2019 2018 2017\n"
        "Totaal aantal klachten 637 587 541\nBinnen termijn 91% 77% 90%\n"
    )
    assert classify_document(text)[0] == "report"
    # a row with fewer figures than the header has years is no row of that table
    short = text.replace(" 637 587 541", " 637").replace(" 91% 77% 90%", " ruim")
    assert classify_document(short)[0] == "other"
    told = text + "Dat meldt de krant.\n"
    assert classify_document(told)[0] == "other"  # a news item's table of another's figures


def test_a_count_written_out_in_a_period_is_a_figure_of_an_own_account() -> None:
    written = OWN_ACCOUNT.replace("hebben wij 412 klachten", "hebben wij zeven klachten")
    written = written.replace(", 35 meer", "").replace("Ruim 80% daarvan", "Alle")
    assert classify_document(written)[0] == "report"


PORTAL_DECISIONS = """Dagelijks bestuur Waterschap Lage Velden

Datum
3 juni 2025
Aanvang
10:00

1. Opening en vaststellen agenda
conform
2. Verslag van 6 mei 2025
conform
3. Onderhoud gemalen
Ingestemd is met het onderhoudsplan; de uitvoering start in september.
4. Subsidieregeling
Met een kleine aanpassing als volgt vastgesteld:
1. de regeling geldt vanaf 1 juli;
2. aanvragen kunnen tot 1 oktober worden ingediend.
"""


def test_items_numbered_below_a_date_and_with_their_own_points_are_one_order() -> None:
    """`3 juni 2025` numbers no item and a decision's points do not end the run: each item
    says what was decided and nobody attends or speaks, so the text lists decisions."""
    assert _structural_type(text_lines(PORTAL_DECISIONS)) == "decision_list"


ACTION_TABLE_RECORD = """Werkgroep groen, overleg bij Sanne

Punt 1: Welkom
Punt 2: Bomenplan
Iedereen kan zich vinden in het plan voor de Lindelaan; het gaat naar de gemeente.
Punt 3: Rondvraag

| Actie | Wie | Wanneer |
|-------|-----|---------|
| Plan mailen naar de gemeente | Sanne | 1 juni |
"""


def test_items_named_punt_and_an_action_table_make_a_record() -> None:
    assert _structural_type(text_lines(ACTION_TABLE_RECORD)) == "minutes"


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("Het verslag van de ALV", "minutes"),
        ("Uitgebreid verslag ledenavond", "minutes"),
        ("Terugblik op de bewonersavond", "minutes"),
        ("Financieel verslag van de penningmeester", "other"),  # names no gathering
    ],
)
def test_a_record_of_a_gathering_after_an_article_or_adjective_titles_minutes(
    title: str, doc_type: str
) -> None:
    assert classify_document(f"{title}\n\nTekst van het stuk.\n")[0] == doc_type


AD_ITEMS_RECORD = """Huurdersvereniging De Schakel

Namens het bestuur aanwezig: Ria, Hasan en Joop
Er waren 17 leden aanwezig.

Ad 1. Opening
Ad 2. Huurverhoging
De verhuurder verhoogt de huren met gemiddeld 4 procent per 1 juli.
Ad 3. Onderhoud
Het schilderwerk aan de galerijflats wordt naar volgend jaar verschoven.
Ad 4. Rondvraag
"""


def test_ad_items_and_attendance_after_a_group_or_in_a_sentence_make_minutes() -> None:
    """`Ad 2.` numbers an item; who attended is stated after the group's name and in a
    sentence: with the items' discussion, a record of the meeting."""
    assert _structural_type(text_lines(AD_ITEMS_RECORD)) == "minutes"
    assert classify_document(AD_ITEMS_RECORD)[0] == "minutes"


def test_front_matter_gives_the_title_and_a_text_between_rules_is_kept() -> None:
    minutes = (
        "---\ntitle: Notulen bestuursvergadering 9 november 2022\ndate: 2022-11-09\n---\n"
        "## Agenda\n\n1. Opening\n2. Rondvraag\n"
    )
    printed = without_markdown(minutes)
    assert printed.splitlines()[:5] == [
        "",
        "Notulen bestuursvergadering 9 november 2022",
        "2022-11-09",  # the date field: the post's date stamp
        "",
        "Agenda",
    ]
    assert classify_document(minutes)[1] == "Notulen bestuursvergadering 9 november 2022"
    between_rules = "---\nDit is een gewone tekst\nmet regels\n---\nVerder\n"
    assert without_markdown(between_rules) == between_rules


def test_an_agenda_title_over_a_record_is_minutes_and_a_plain_agenda_stays() -> None:
    record = (
        "Agenda en verslag werkgroep 3 mei 2021\n\nAanwezig: Jan Bos, Els Dam\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n2. Begroting\n"
        "Jan Bos licht de begroting toe. De begroting wordt vastgesteld.\n"
        "Actie: Els Dam stuurt de stukken rond.\n3. Rondvraag\nGeen vragen.\n4. Sluiting\n"
    )
    plain = (
        "Agenda ledenvergadering\n\nDatum: 3 mei 2021\nTijd: 20.00 uur\nLocatie: Dorpshuis\n\n"
        "1. Opening\n2. Notulen vorige vergadering\n3. Begroting\n4. Rondvraag\n5. Sluiting\n"
    )
    assert classify_document(record)[0] == "minutes"
    assert classify_document(plain)[0] == "agenda"


def test_a_link_is_read_as_its_text() -> None:
    assert without_markdown("Notulist: [Rob Vos](https://example.org/rob)") == "Notulist: Rob Vos"
    assert without_markdown("Zie [1] en (2).\n") == "Zie [1] en (2).\n"  # no link: left alone


def test_a_newsletters_page_before_a_title_is_no_part_of_it() -> None:
    page = (
        "Pagina 7: NOTULEN LEDENVERGADERING BUURTVERENIGING\n\n"
        "  1. Opening:\n\nDe voorzitter heet de aanwezigen welkom.\n\n"
        "  1. Rondvraag:\n\nGeen vragen.\n"
    )
    assert classify_document(page)[0] == "minutes"
    assert classify_document(page.replace("Pagina 7: ", "Blz. 7 - "))[0] == "minutes"


def test_an_agenda_that_tells_why_its_meeting_is_called_stays_an_agenda() -> None:
    called = (
        "agenda 5 maart 2024\n\nLocatie: Buurthuis De Linde, Zwolle\n\n"
        "Vergadering Stichting Speeltuin op dinsdag 5 maart 2024\n\n"
        "Omdat op 6 februari 2024 het quorum niet werd gehaald, moet een extra vergadering de "
        "besluiten van die avond bekrachtigen.\n\nTe bekrachtigen besluiten\n\n"
        "  1. De vergadering stemt in met de nieuwe begroting.\n"
        "  2. Het bestuur verkent een tweede locatie.\n"
    )
    assert classify_document(called)[0] == "agenda"


def test_a_weekday_that_fits_another_named_year_corrects_a_copied_year() -> None:
    record = (
        "Verslag jaarvergadering Harmonie\n\nDatum: dinsdag 14 maart 2021, 20.00 uur\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
        "2. Jaarverslag 2022\nHet jaarverslag 2022 en de begroting 2023 worden vastgesteld.\n"
    )
    # 14 March 2023 was a Tuesday (2021: a Sunday), and 2021 is named only in the date
    assert document_date("minutes", record, None) == (date(2023, 3, 14), True)
    # a year the text names again is its own: the weekday is the slip
    again = record.replace("Jaarverslag 2022", "Jaarverslag 2020 en 2021")
    assert document_date("minutes", again, None) == (date(2021, 3, 14), False)


def test_a_news_item_about_an_organisations_counts_is_no_report() -> None:
    counts = (
        "Het aantal meldingen van datalekken bij de gemeente steeg in 2023.\n"
        "Van de meldingen ging het grootste deel over verkeerd verstuurde post.\n"
        "De meldingen over inbraken bleven gelijk.\n"
        "Ook het aantal meldingen van verloren laptops nam toe.\n"
        "Alle meldingen zijn binnen de termijn behandeld.\n"
        "Over 2024 verwacht de gemeente minder meldingen.\n"
    )
    assert classify_document(counts)[0] == "report"
    news = counts.replace("steeg in 2023.", "steeg in 2023, maakte de gemeente vandaag bekend.")
    assert classify_document(news)[0] == "other"


def test_a_key_figures_heading_inside_a_text_makes_it_an_own_account() -> None:
    section = (
        "Bezwaren\n\nPortefeuillehouder: wethouder Smit\n\n"
        "Een bezwaar is een reactie op een besluit van de gemeente.\n\n"
        "Kerncijfers bezwaren 2023\n\n"
        "  • Ontvangen bezwaarschriften: 812 (2022: 790)\n"
        "  • Binnen de termijn afgehandeld: 91%\n"
    )
    # a plain text's title stands in its first lines (the heading is below them)
    assert classify_document(section, title_lines=3)[0] == "report"
    told = section.replace("Een bezwaar is", "Volgens de krant is een bezwaar")
    assert classify_document(told, title_lines=3)[0] == "other"


def test_a_reports_name_over_a_posting_time_heads_a_news_item() -> None:
    news = (
        "Jaarverslag bezwaren 2023\n\n3 april 2024, 10:15\n\n"
        "Het jaarverslag laat zien hoeveel bezwaren er binnenkwamen.\n\n"
        "Bekijk het jaarverslag (pdf, 1,2 MB).\n"
    )
    assert classify_document(news)[0] == "other"
    # the link to the report's file points to it as a text elsewhere (rule 20 (3)): other
    # whatever stands under the title; without it, the report's name over a month is the report
    undated = news.replace("3 april 2024, 10:15", "April 2024")
    assert classify_document(undated)[0] == "other"
    report = undated.replace("Bekijk het jaarverslag (pdf, 1,2 MB).\n", "")
    assert classify_document(report)[0] == "report"


@pytest.mark.parametrize(
    "head",
    [
        "Home > Actueel > Nieuws > Jaarverslag klachten 2022\n\n",
        "Nieuws\n\n",
        "Start | Persberichten | Jaarverslag klachten 2022\n\n",
        "date 2023-05 ",
        "date 2023-05 WATERLAND – ",
        "DEN HAAG - ",
        "SINT-NIKLAAS — ",
    ],
)
def test_a_page_headed_as_a_post_is_no_report_of_its_own(head: str) -> None:
    account = (
        "In 2022 ontving de klachtencommissie van het waterschap 118 klachten.\n"
        "Het jaar daarvoor waren dat er 96, vooral over de heffingen.\n"
        "De commissie handelde 110 klachten binnen de termijn af.\n"
    )
    assert classify_document(account)[0] == "report"
    assert classify_document(head + account)[0] == "other"
    titled = "Jaarverslag klachten 2022\n\n" + account
    assert classify_document(titled)[0] == "report"
    if head.endswith("\n\n"):  # the section over a report's name: a post about the report
        assert classify_document(head + titled)[0] == "other"
    # a heading in capitals over a dash opens no news item's lead
    heading = "JAARVERSLAG - KLACHTEN\n\n" + account
    assert classify_document(heading)[0] == "report"


PROGRESS_TALK_REPORT = """# Weekverslag sprint 4

- Team: B3
- Datum voortgangsgesprek: 14/11/2022

| Naam          | Aanw. | Opmerking |
| :------------ | :---- | :-------- |
| Sanne Peeters | x     |           |
| Lotte Aerts   | x     |           |
| Bram Wouters  |       | ziek      |

## Wat hebben we gedaan?

- Database opgezet en getest
"""


def test_a_meeting_date_field_over_a_table_of_presence_marks_is_the_talks_record() -> None:
    text = PROGRESS_TALK_REPORT
    assert classify_document(text)[0] == "minutes"
    assert document_date("minutes", text, "Weekverslag sprint 4") == (date(2022, 11, 14), False)
    undated = text.replace("14/11/2022", "N/A")
    assert classify_document(undated)[0] == "minutes"  # the field still says it was held
    assert document_date("minutes", undated, "Weekverslag sprint 4") == (None, False)


def test_a_table_of_presence_marks_alone_or_under_a_deadline_is_no_record() -> None:
    no_field = PROGRESS_TALK_REPORT.replace("- Datum voortgangsgesprek: 14/11/2022\n", "")
    assert classify_document(no_field)[0] != "minutes"
    deadline = PROGRESS_TALK_REPORT.replace("Datum voortgangsgesprek", "Inleverdatum")
    assert classify_document(deadline)[0] != "minutes"
    notes = PROGRESS_TALK_REPORT.replace("| x     |", "| klaar |")  # a column of notes
    assert classify_document(notes)[0] != "minutes"


def test_a_period_counted_as_cases_taken_in_is_an_own_account_in_any_person() -> None:
    third_person = (
        "Klachtenbehandeling\n\n"
        "De klachtencommissie ontving in 2021 via het formulier 84 klachten, iets meer dan het "
        "jaar ervoor. De meeste gingen over wachttijden.\n"
    )
    assert classify_document(third_person)[0] == "report"
    news = third_person.replace("De meeste gingen", "Dat meldt de krant. De meeste gingen")
    assert classify_document(news)[0] != "report"  # a news item's reporting verb
    cited = third_person + "Dat staat in het jaarverslag van de klachtencommissie.\n"
    assert classify_document(cited)[0] != "report"  # a news item about another's report
    passing = third_person.replace("ontving in 2021 via het formulier 84 klachten", "vergaderde")
    assert classify_document(passing)[0] != "report"


def test_a_meetings_name_closed_by_a_period_heads_a_prose_report_of_it() -> None:
    from pipeline.documents.doc_types import _reports_a_meeting

    lines = [
        "Jaarvergadering Seniorenbond 2021.",
        "Een vreemde tijd van het jaar om een jaarvergadering te houden, maar het kon.",
        "Een tiental leden en het bestuur zaten op gepaste afstand in de grote zaal.",
        "Eerst was er koffie met een stuk appeltaart van de bakker om de hoek.",
        "Daarna liet de penningmeester zien hoe de kas ervoor stond dit jaar.",
        "De kascommissie had niets op te merken over de boeken van de bond.",
        "Na het applaus sloot de voorzitter deze jaarvergadering en was er nog koffie.",
    ]
    assert _reports_a_meeting(lines)
    assert not _reports_a_meeting(["Het was zover. Een jaarvergadering.", *lines[1:]])


TEMPLATE_TALK = """# Voortgangsgesprek

|                     |                   |
|--------------------:|:------------------|
|            **Week** | 5                 |
|           **Datum** | 2020-10-19, 14:30 |
|    **Verslaggever** | {taker}           |

## Opmerkingen coach
- nog veel in backlog
- testplan bijwerken
"""


def test_a_text_naming_who_took_its_minutes_is_a_record() -> None:
    assert classify_document(TEMPLATE_TALK.format(taker="Jan Peters"))[0] == "minutes"
    plain = "Werksessie\n\nNotulist: Piet\n\n- de planning besproken\n- demo volgende week\n"
    assert classify_document(plain)[0] == "minutes"
    # a reporter named in a sentence is no label of a record
    news = "Nieuwe fietsbrug\n\nVerslaggever Jan Peters zag hoe de brug werd geplaatst.\n"
    assert classify_document(news)[0] == "other"


# a letter's parts, written for the test: a head above the greeting, a closing below it
LETTER_HEAD = "AANGETEKEND\nAan het bestuur van Waterschap Veenland\nPostbus 40\n1234 AB Veendorp\n"
DATELINE = "Kerkdorp aan de Vaart, 3 maart 2011\n"
REQUEST = (
    "Op grond van de Wet openbaarheid van bestuur (Wob) vragen wij u om alle stukken over de "
    "dijkverzwaring. Wij herinneren u aan ons Wob-verzoek van 2 januari 2011.\n"
)


@pytest.mark.parametrize("greeting", ["Zeer geacht bestuur,", "Geacht College,", "Geachte heer,"])
def test_a_letter_greets_below_its_head_though_the_excerpt_stops_before_its_closing(
    greeting: str,
) -> None:
    body = "Wij vragen u om de stukken over de dijkverzwaring van 2010.\n"
    text = LETTER_HEAD + DATELINE + greeting + "\n" + body
    assert classify_document(text)[0] == "letter"
    assert document_date("letter", text, None)[0] == date(2011, 3, 3)
    for head in (DATELINE, "Betreft: dijkverzwaring\n", "Postbus 40\n"):
        assert classify_document(head + greeting + "\n" + body)[0] == "letter"
    # without a head a greeting of a body or group makes no letter (a post to members greets
    # too), nor does a notice's date above it, with or without its label; a greeting of one
    # person on a line of its own opens a letter to that person
    person = greeting.endswith("heer,")
    for head in ("", "Datum\n28 april 2020\n", "Donderdag 11 juni 2020\n"):
        typed = classify_document(head + greeting + "\n" + body)[0]
        assert (typed == "letter") == person


@pytest.mark.parametrize(
    ("greeting", "letter"),
    [
        ("Geachte heer Van Dam,", True),
        ("Geachte heer, mevrouw,", True),
        ("Zeer geachte mevrouw De Wit,", True),
        ("Geachte Voorzitter,", True),  # by office: a minister's letter to parliament
        ("Zeer geachte minister,", True),
        ("Geachte burgemeester Jansen,", True),
        ("Geachte waarnemend burgemeester,", True),
        ("Geachte leden,", False),
        ("Geachte voorzitters,", False),  # a group
        ("Beste bewoners,", False),
        ("Geachte heer Van Dam.", False),  # a sentence's end: no salutation line of its own
    ],
)
def test_a_greeting_of_one_person_on_its_own_line_opens_a_letter(
    greeting: str, letter: bool
) -> None:
    text = "Wijkraad Noord\n" + greeting + "\nWij kijken terug op ons gesprek van dinsdag.\n"
    assert (classify_document(text)[0] == "letter") == letter


@pytest.mark.parametrize(
    "greeting",
    ["L.S.,", "L.S.", "Mijne heren,", "Mijne Dames en Heren,", "Heren", "Dames en heren,"],
)
def test_a_greeting_of_any_reader_below_a_dateline_opens_a_letter(greeting: str) -> None:
    body = "Graag vraag ik uw aandacht voor de herinrichting van het park.\n"
    for dateline in ("Dorpen, 4 mei 2012\n", "Ellewoud, 19 december 2011\n\nAan de stichting\n"):
        text = "Ingezonden brieven\n\n" + dateline + "\n" + greeting + "\n\n" + body
        assert classify_document(text)[0] == "letter"
    # the same words inside a sentence greet no one
    assert classify_document("Ingezonden brieven\nMijne heren van het bestuur zwegen.\n")[0] != (
        "letter"
    )
    assert classify_document("Ingezonden brieven\nHeren in pak zwegen.\n")[0] != "letter"


@pytest.mark.parametrize(
    "text",
    [
        "• Beste leden,\n  Door de verbouwing schuift de ledenavond op.\n"
        "  Met vriendelijke groet,\n  Namens het bestuur,\n  J. Smit, secretaris",
        "▪ Geachte ouders,\n\nDe school is vrijdag dicht wegens een studiedag.\n\n"
        "Met hartelijke groet,\n\nDe directie",
        "· Beste buurtgenoten,\n\nHet feest gaat niet door.\n\nHoogachtend,\n\nHet comité",
    ],
)
def test_a_letter_rendered_as_a_list_item_keeps_its_salutation(text: str) -> None:
    # a page's list markup puts a round bullet before the greeting
    assert classify_document(text)[0] == "letter"


@pytest.mark.parametrize(
    "lead_in",
    [
        "De fractie van Dorpsbelang stelt u daarom de volgende vragen:",
        "Namens de PvdA-fractie leg ik u graag deze vragen voor.",
        "Hierbij stel ik u schriftelijke vragen ex artikel 41 van het Reglement van Orde:",
        "Onze fractie heeft over het speelterrein enkele vragen aan het college:",
    ],
)
def test_a_letter_putting_a_factions_numbered_questions_to_the_college_is_council_questions(
    lead_in: str,
) -> None:
    head = "Dorp, 4 maart 2015\nAan het college van burgemeester en wethouders\nPostbus 9\n"
    body = "Geacht college,\nIn de krant lazen wij over het speelterrein.\n" + lead_in + "\n"
    questions = "1. Klopt het dat het terrein wordt verkocht?\n2) Wanneer beslist u?\n"
    text = head + body + questions + "Met vriendelijke groet,\nA. Jansen\n"
    assert classify_document(text)[0] == "council_questions"
    # a resident's letter asking numbered questions, no faction or rule of order: a letter
    resident = text.replace(lead_in, "Ik heb daarom de volgende vragen:")
    assert classify_document(resident)[0] == "letter"
    # a faction's letter that asks nothing in numbered questions
    assert classify_document(text.replace(questions, "Wij horen graag van u.\n"))[0] == "letter"


def test_a_closing_may_follow_the_thanks_it_joins() -> None:
    text = "Beste buren,\nMag ik u vragen wat u van het plan vindt?\n"
    text += "Bedankt en vriendelijke groeten,\nKees\n"
    assert classify_document(text)[0] == "letter"
    assert classify_document(text.replace("Bedankt en v", "V"))[0] == "letter"
    assert (
        classify_document(text.replace("Bedankt en vriendelijke groeten,", "Bedankt!"))[0]
        != "letter"
    )


def test_a_greeting_and_a_closing_make_a_letter_in_any_declined_form() -> None:
    text = "Kerkdorp, 6 juni 2010\nGeacht college,\n" + REQUEST + "Hoogachtend,\nDe vereniging\n"
    assert classify_document(text)[0] == "letter"
    closing = "Zeer geachte mevrouw Smit,\nDank voor uw brief.\nMet hartelijke groet,\nAnna\n"
    assert classify_document(closing)[0] == "letter"


def test_a_letter_that_greets_the_authority_is_not_its_decision() -> None:
    # a request names the request and the law as a decision does; it greets the body
    text = "Betreft: Wob-verzoek dijkverzwaring\nGeacht College,\n" + REQUEST + "Hoogachtend,\n"
    assert classify_document(text)[0] == "letter"


def test_a_letter_shaped_text_titled_as_a_reply_is_a_mail() -> None:
    text = "Re: uitnodiging voor overleg\nGeacht college,\nWij komen graag.\n"
    text += "Met vriendelijke groet,\n"
    assert classify_document(text)[0] == "email"


def test_a_title_naming_a_letter_types_it_and_a_newsletter_is_none() -> None:
    cover = "Aanbiedingsbrief bij het deelbesluit over de subsidies 1 januari - 30 juni 2021\n"
    cover += "De minister stuurt het deelbesluit naar de Tweede Kamer.\n"
    assert classify_document(cover, title_lines=3)[0] == "letter"
    assert document_date("letter", cover, None)[0] is None  # a period is no letter's date
    sent = "Brief Wijkraad Noord aan gemeente Stadsveen inzake de speeltuin\nGeacht College,\n"
    assert classify_document(sent, title_lines=3)[0] == "letter"
    news = "Nieuwsbrief van de wijkraad\nDe speeltuin gaat open op 4 mei.\n"
    assert classify_document(news, title_lines=3)[0] != "letter"


def test_a_headline_telling_what_happened_to_a_report_is_a_news_item() -> None:
    text = "Jaarverslag klachtencommissie 2022 verschenen\n"
    text += "Het jaarverslag over 2022 is verschenen. De commissie behandelde 41 klachten.\n"
    assert classify_document(text, title_lines=3)[0] == "other"
    own = text.replace(" verschenen\n", "\n", 1)
    assert classify_document(own, title_lines=3)[0] == "report"


@pytest.mark.parametrize(
    "opening",
    [
        "De kinderombudsman stelde op 3 mei in het parlement het Jaarverslag 2022 voor.",
        "In zijn vierde jaarrapport stelt de ombudsman van Dorp vast dat de wachttijd daalde.",
        "Het waterschap heeft haar jaarverslag over 2022 vorige week gepubliceerd op de site.",
        "Bij dit bericht vindt u als bijlage het jaarverslag van de klachtencommissie over 2022.",
        "De provincie presenteerde gisteren het rapport over de klachten van het jaar 2022.",
    ],
)
def test_a_reports_name_over_a_sentence_telling_of_it_as_anothers_is_a_news_item(
    opening: str,
) -> None:
    text = "Jaarverslag 2022 van de klachtencommissie\n" + opening + "\n"
    text += "In 2022 kwamen 41 klachten binnen, tegen 35 in 2021.\n"
    assert classify_document(text, title_lines=3)[0] == "other"
    # the report's own foreword speaks of its writer as `we` too, or of `dit jaarverslag`
    own = opening.removesuffix(".") + ", en dit is ons tweede jaarverslag.\n"
    assert classify_document(text.replace(opening + "\n", own), title_lines=3)[0] == "report"
    foreword = "Voor u ligt het jaarverslag 2022 van de klachtencommissie van Dorp.\n"
    assert classify_document(text.replace(opening + "\n", foreword), title_lines=3)[0] == "report"


def test_a_file_name_is_no_title_that_types_the_text() -> None:
    text = "Jaarverslag-klachten-2011.pdf PDF, 2 mb\nAan de raad\nPostbus 3\n1234 AB Stadsveen\n"
    text += "Geachte leden van de raad,\nHierbij bieden wij het jaarverslag aan.\n"
    assert classify_document(text, title_lines=3)[0] == "letter"


def test_a_printed_date_stands_where_the_text_prints_the_other_year_s_day_too() -> None:
    # 14 March 2023 was a Tuesday; the record names last year's meeting of 14 March 2022,
    # a Monday: the two days are told apart, the printed date stands
    record = (
        "Notulen jaarvergadering Harmonie\nMaandag 14 maart 2023.\n1. Opening\n"
        "De voorzitter opent de vergadering.\n2. Notulen 14 maart 2022\n"
        "De notulen worden vastgesteld.\n"
    )
    assert document_date("minutes", record, None)[0] == date(2023, 3, 14)


def test_a_date_label_in_a_row_of_labels_takes_the_date_opening_the_row_below() -> None:
    record = (
        "Notulen ledenvergadering Datum: Plaats: Aanwezig:\n"
        "12 mei 2016 Dorpshuis, Kerkstraat 2. Aanvang 20.00 uur. Het bestuur en 14 leden\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    assert document_date("minutes", record, None)[0] == date(2016, 5, 12)


def test_a_letter_to_parliament_greets_no_one_below_its_addressee_and_dateline() -> None:
    text = (
        "Nr. 12 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 2 mei 2023\n"
        "Hierbij stuur ik u de antwoorden op de vragen over de Woo-verzoeken van journalisten "
        "en de termijnen van de Wet open overheid.\nDe Minister van Binnenlandse Zaken,\n"
    )
    assert classify_document(text)[0] == "letter"  # to the Kamer: no decision on a request
    # an addressee line without a dateline below it is a sentence's opening
    assert classify_document("Aan de orde komt de begroting.\nDe raad stemt in.\n")[0] != "letter"


def test_a_minister_s_signature_closes_a_letter_that_greets_no_one() -> None:
    text = "Ministerie van Waterstaat\nOnderwerp Antwoorden op de vragen over de dijken\n"
    text += "Hierbij zend ik u de antwoorden op de vragen van de commissie over de dijken.\n"
    for office in ("De Staatssecretaris van Waterstaat,", "DE MINISTER VAN WATERSTAAT"):
        assert classify_document(text + office + "\nA.B. de Groot\n")[0] == "letter"
    # a sentence about the minister, or the office without a signer, signs nothing
    told = "De minister van Waterstaat stuurt de antwoorden naar de Kamer\nDe commissie\n"
    assert classify_document(text + told)[0] != "letter"
    assert classify_document(text + "De Minister van Waterstaat,\n")[0] != "letter"


def test_a_letter_page_run_onto_one_line_greets_inside_it_after_its_head() -> None:
    body = "Hierbij laten wij u weten dat de aanvraag voor het buurtfeest is ontvangen. " * 6
    head = "Vereniging De Linde Postbus 12 1234 AB LINDEN Datum Betreft : : Buurtfeest 2024 "
    assert classify_document(head + "Geacht bestuur, " + body)[0] == "letter"
    minister = "Zijne excellentie de Minister van Verkeer Briefnummer 24/118/KL Den Haag "
    assert classify_document(minister + "Excellentie, Wij schrijven u. " + body)[0] == "letter"
    # a greeting quoted in a long line of prose, no letter's head before it, makes no letter
    told = "In de krant stond een open brief aan de wethouder die begon met "
    assert classify_document(told + "Geachte wethouder, Wij zijn boos. " + body)[0] != "letter"


def test_a_minister_s_signer_may_carry_academic_titles() -> None:
    text = "Antwoord op vragen van de leden over de dijken\n"
    text += "Hierbij bied ik u de antwoorden aan op de vragen van de leden over de dijken en "
    text += "over de afhandeling van een Wob-verzoek naar de dijkversterking in de Wet.\n"
    signed = text + "De minister van Waterstaat,\n\n\ndrs. A.B. de Groot\n"
    assert classify_document(signed)[0] == "letter"  # to parliament: not a Wob decision


def test_a_letter_s_body_opening_addressing_its_reader_makes_a_letter_without_its_head() -> None:
    for opening in (
        "Naar aanleiding van uw brief van 3 maart jongstleden over de bomen in het park "
        "bericht ik u als volgt.",
        "Hierbij ontvangt u de beschikking op de aanvraag voor de subsidie van de vereniging.",
    ):
        text = "Gemeente Linden\n" + opening + "\nDe bomen worden in het najaar gesnoeid.\n"
        assert classify_document(text)[0] == "letter"
    # a news item's sentence that addresses no one opens no letter
    news = "Gemeente Linden\nHierbij is het park in het najaar opnieuw ingericht met bomen.\n"
    assert classify_document(news)[0] != "letter"


def test_a_letter_shaped_text_whose_opening_names_it_a_mail_is_an_e_mail() -> None:
    text = (
        "Voortgang\n\n2 mei 2023 Mailbericht bewonersgroep aan wijkagent\n\nDag,\n\n"
        "Dank voor je antwoord over de verkeersdrempels in onze straat.\n\n"
        "Met hartelijke groet,\nPiet Jansen\n"
    )
    assert classify_document(text)[0] == "email"
    assert document_date("email", text, "Voortgang")[0] == date(2023, 5, 2)
    forwarded = (
        "Reactie van de provincie\n\nGeacht college,\n\n"
        "Hierbij ontvangt u per mail een afschrift van onze brief aan de gemeenteraad over de "
        "herindeling. Met vriendelijke groet, Anna de Vries\n"
    )
    assert classify_document(forwarded)[0] == "email"
    # a letter that cites the mail of the one it answers stays a letter
    answer = "Geachte heer Bos,\n\nUw verzoek per e-mail van 3 maart is ontvangen.\n"
    assert classify_document(answer + "Met vriendelijke groet,\nA. de Vries\n")[0] == "letter"


def test_a_headline_over_a_posting_stamp_is_a_post_not_a_report() -> None:
    body = "Wij ontvingen in 2023 in totaal 1200 meldingen, 12 procent meer dan in 2022.\n"
    posted = "Meldingen in 2023\n\nGepubliceerd op 12 maart 2024\n\n" + body
    assert classify_document(posted)[0] == "other"
    assert classify_document("Meldingen in 2023\n\n" + body)[0] == "report"


@pytest.mark.parametrize(
    "source",
    [
        "Dat staat te lezen in het jaarrapport van de ombudsdienst.",
        "Dat stond te lezen in de jaarrapportage van het ziekenhuis.",
        "Dit staat in het verslag van de klachtencommissie.",
    ],
)
def test_a_text_citing_where_its_figures_stand_is_a_news_item(source: str) -> None:
    account = (
        "In 2022 ontving de ombudsdienst van het ziekenhuis 274 klachten van patiënten.\n"
        "Het jaar daarvoor waren dat er 301, vooral over de wachttijden.\n"
    )
    assert classify_document(account)[0] == "report"
    assert classify_document(account + source + "\n")[0] == "other"


VISIT_NEWS = """Burgemeester op werkbezoek bij de brandweerkazerne

Burgemeester Anna de Wit bracht dinsdag een werkbezoek aan de kazerne aan de Dorpsstraat.
Na een rondleiding langs de wagens sloot zij aan bij een korte vergadering van de ploegleiders.
Daar ging het vooral over de nieuwe roosters en het oefenterrein achter de kazerne.
"""


def test_news_of_a_visit_is_other_though_it_tells_of_a_meeting_joined_there() -> None:
    assert classify_document(VISIT_NEWS)[0] == "other"
    # the same account under a headline that names no visit reports the meeting it joined
    joined = VISIT_NEWS.replace("op werkbezoek bij", "in").replace("een werkbezoek", "ochtend")
    assert classify_document(joined)[0] == "minutes"
    # a record that lists who attended stays minutes under a visit's headline
    attended = VISIT_NEWS + "\nAanwezig: Anna de Wit, Piet Smit, Ria Bos\n"
    assert classify_document(attended)[0] == "minutes"


SELF_NAMED_REPORT = """Klachtbeeld zorg in de wijk

Dit klachtbeeld laat zien welke vragen en klachten over de zorg in de wijk bij het meldpunt
binnenkwamen. Belangrijke onderwerpen waren wachttijden, bereikbaarheid en de bejegening.
"""


def test_a_report_that_names_itself_in_its_opening_is_a_report() -> None:
    assert classify_document(SELF_NAMED_REPORT)[0] == "report"
    # a news item names the same overview as another's, published, before calling it so
    news = SELF_NAMED_REPORT.replace(
        "Dit klachtbeeld", "Het meldpunt heeft haar jaarlijkse overzicht gepubliceerd. Dit rapport"
    )
    assert classify_document(news)[0] == "other"


# the head of a court of audit's report page, its summary's lines as printed (web190
# rekenkamer-zaanstad-meldingen-openbare-ruimte-2020)
REPORT_SECTION = """Meldingen openbare ruimte Zaanstad
Bestuurlijk rapport

Samenvatting

Het aantal afgehandelde meldingen was in 2020 25.545, een stijging van 40% ten opzichte van 2018.

Van de reguliere meldingen werd 93,6% in 2020 tijdig afgehandeld. Maar de termijn (30 dagen) is
zo ruim dat het halen ervan niet veel zegt over hoe snel of langzaam de afhandeling verloopt.
"""


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Samenvatting", None),
        # a police zone's activity report page (web181 pz5405-sluikstort-2020-negatief)
        (
            "Oorzaken & Verklaringen",
            "Het aantal inbreuken “sluikstort” kende een stijging met 16,16% t.o.v. 2019.",
        ),
        # a flattened PDF, the heading's bullets lost to dashes (web191 midow-zvp-inbraken-2012)
        (
            "Partieel besluit -",
            "Volgens de criminaliteitsstatistiek zouden er maar 79 woninginbraken gepleegd zijn.",
        ),
    ],
)
def test_a_report_part_heading_over_figures_is_the_reports_own_section(
    heading: str, line: str | None
) -> None:
    text = REPORT_SECTION.replace("Samenvatting", heading)
    if line is not None:
        text += "\n" + line + "\n"
    # `zegt`, `Volgens`: a report weighs its figures too, no news item's verbs under its parts
    assert classify_document(text)[0] == "report"
    assert classify_document(text.replace(heading + "\n", "\n"))[0] == "other"
    words = "\n".join(x for x in text.split("\n") if not any(c.isdigit() for c in x))
    assert classify_document(words)[0] == "other"  # no figures: no account of a period


def test_a_chapter_of_annual_accounts_opening_at_its_part_heading_is_the_report() -> None:
    # a chapter of annual accounts as a page saves it (web190
    # gooisemeren-handhaven-toezicht-jaarstukken-2020-negatief): no `we`, no cases taken in
    line = (
        "Er zijn in 2020 51 boetes uitgeschreven en 324 officiële waarschuwingen gegeven in "
        "het kader van de corona maatregelen."
    )
    text = "Toelichting\n\n--\n\nKwaliteit\n\n" + line + "\n"
    assert classify_document(text)[0] == "report"
    assert classify_document(text.replace("Toelichting", "Handhaving"))[0] == "other"


REPORT_PAGE = """Jaarverslag 2023

Enkele aandachtspunten uit het jaarverslag 2023

Het aantal meldingen bij ons meldpunt is gedaald ten opzichte van het jaar ervoor. Voor het
volledige overzicht verwijzen wij u naar het jaarverslag, dat u hier kunt downloaden.
"""


def test_a_page_giving_points_of_a_report_under_its_name_is_not_the_report() -> None:
    assert classify_document(REPORT_PAGE)[0] == "other"
    summary = REPORT_PAGE.replace(
        "Enkele aandachtspunten uit het jaarverslag 2023",
        "Hieronder een korte samenvatting van het jaarverslag 2023 van het meldpunt.",
    )
    assert classify_document(summary)[0] == "other"
    # the report itself under its name
    own = REPORT_PAGE.replace("Enkele aandachtspunten uit het jaarverslag 2023\n", "")
    assert classify_document(own)[0] == "report"


def test_a_lead_dating_its_figures_last_year_is_news_a_report_compares_with_it() -> None:
    own = (
        "Bezwaren\n\nDe commissie ontving in 2023 45 bezwaarschriften. Dat zijn er 22 meer "
        "dan vorig jaar.\n"
    )
    assert classify_document(own)[0] == "report"  # `dan vorig jaar`: compared
    news = (
        "Meer inwoners maken bezwaar\n\nMeer inwoners hebben vorig jaar bezwaar gemaakt. De "
        "commissie ontving in 2023 45 bezwaarschriften.\n"
    )
    assert classify_document(news)[0] == "other"


def test_news_of_a_public_gathering_is_other_a_body_s_sitting_minutes() -> None:
    gathering = (
        "Donderdag 7 oktober vond in het gemeentehuis de eerste inloopavond over het nieuwe "
        "park plaats.\n\nBewoners spraken met de wethouder over bomen, paden en speelplekken. "
        "Een tweede avond volgt in het voorjaar.\n"
    )
    assert classify_document(gathering)[0] == "other"
    sitting = gathering.replace("de eerste inloopavond over het nieuwe park", "de raadsvergadering")
    assert classify_document(sitting)[0] == "minutes"


BOARD_MET_OVER_AGENDA = """Bestuur bij elkaar in het dorpshuis

Op donderdag 21 maart kwam het bestuur van de vereniging bij elkaar in het dorpshuis.

Agenda

1. Opening en welkom
2. Vaststelling agenda
3. Jaarrekening 2023
4. Rondvraag en sluiting
"""


def test_an_agenda_heading_below_an_account_of_the_meeting_heads_its_minutes() -> None:
    assert classify_document(BOARD_MET_OVER_AGENDA)[0] == "minutes"
    attended = BOARD_MET_OVER_AGENDA.replace(
        "Op donderdag 21 maart kwam het bestuur van de vereniging bij elkaar in het dorpshuis.",
        "Aanwezig: Jan de Vries (voorzitter), Els Bos, Kees Smit",
    )
    assert classify_document(attended)[0] == "minutes"
    # an agenda names its meeting above its items, not who came
    planned = BOARD_MET_OVER_AGENDA.replace("kwam het bestuur", "komt het bestuur")
    assert classify_document(planned)[0] == "agenda"


#: the head of texts179's zaanprimair-gmr page, and of texts182's speeltuinoverleg page
BODY_PAGE = (
    "24 november 2011\n\nGMR vergadering\n\nTijdstip: 19.30 – 22.00 uur\n\n"
    "Lokatie: Bestuursbureau Zaan Primair\n\n"
    "De Gemeenschappelijke Medezeggenschapsraad (GMR) is het overkoepelende orgaan van alle "
    "medezeggenschapsraden van onze scholen. De raad bestaat uit ouder- en "
    "personeelvertegenwoordigers, samen maximaal 14 personen. De leden worden rechtstreeks "
    "gekozen door de leden van de afzonderlijke medezeggenschapsraden, maar hoeven zelf niet "
    "persé lid te zijn van een aan school verbonden medezeggenschapsraad.\n"
)

YEARLY_MEETING_PAGE = (
    "Speeltuinoverleg Midden-Drenthe\n\nJaarvergadering\n\nJaarlijkse ledenvergadering\n\n"
    "In het voorjaar wordt de jaarvergadering gehouden. Naast de officiële agendapunten, zoals "
    "de jaarstukken, contributiebepaling, bestuurswisseling en rondvraag, staat er op de agenda "
    "altijd een informatief onderwerp.\n\n"
    "De jaarvergadering van 2023 was op woensdag 19 april in Balinge.\n\n"
    "Vooraf gepubliceerde stukken:\n\n"
    "Concept Notulen van de jaarvergadering 2022 (13 april)\n"
    "Concept-Notulen van de ledenvergadering 2022 (1 november)\n"
)


def test_a_page_presenting_a_body_and_how_it_meets_is_other() -> None:
    assert classify_document(BODY_PAGE, 3)[0] == "other"
    assert classify_document(YEARLY_MEETING_PAGE, 3)[0] == "other"
    # the same head over who attended: the record of that sitting
    attended = BODY_PAGE + "\nAanwezig: Anna de Wit, Piet Smit, Ria Bos\n"
    assert classify_document(attended, 3)[0] == "minutes"


#: texts170/lansingerland-presidium-agendacommissie-negatief.txt (lines 1-9): a council's page
#: on its presidium, the powers listed as bare dicta (`Stelt ... vast.`)
PRESIDIUM_PAGE = (
    "Presidium\n\n"
    "Het presidium bestaat uit de fractievoorzitters. De voorzitter van de raad/de burgemeester "
    "is adviseur. De griffier is adviseur en secretaris van het presidium.\n\n"
    "Taken van het presidium\n\n"
    "  • Stelt de jaarplanning van de raad en de raadscommissies vast.\n"
    "  • Neemt beslissingen over de organisatie en het functioneren van de raad en de "
    "raadscommissies voor zover het niet de taken van de agendacommissie betreft.\n"
)


def test_a_page_presenting_a_body_named_in_a_compound_or_as_presidium_is_other() -> None:
    assert classify_document(PRESIDIUM_PAGE, 3)[0] == "other"
    # texts168/dendermonde-adviesraad-lokale-economie-negatief.txt (line 5)
    advisory = (
        "Adviesraad Lokale Economie neemt nieuwe start\n\n04 juli 2019\n\n"
        "De adviesraad voor Lokale Economie in Dendermonde neemt een nieuwe start. Met het "
        "begin van een nieuwe legislatuur werden ook de vertegenwoordigers in deze raad "
        "herverkozen. De adviesraad bestaat uit vertegenwoordigers van de verschillende "
        "handelsverenigingen van Groot-Dendermonde.\n"
    )
    assert classify_document(advisory, 3)[0] == "other"


@pytest.mark.parametrize(
    "headline",
    ["Daling in aantal woninginbraken",  # texts188 gouda-woninginbraken-2017-negatief, line 1
     "Brandweer: minder blussen, meer hulpverlening"],  # texts220 cbs-brandweer-...-1998, line 1
)  # fmt: skip
def test_a_headline_telling_what_the_figures_did_heads_news_not_an_own_account(
    headline: str,
) -> None:
    # texts220 cbs-brandweer-branden-hulpverleningen-1998, line 3 (a CBS news item)
    figures = (
        "In 1998 heeft de brandweer in ons land 44 duizend branden geblust. Dat zijn er ruim 5 "
        "duizend minder dan in 1997. Daarnaast heeft de brandweer 41 duizend keer hulp verleend, "
        "zoals het bestrijden van wateroverlast en het bevrijden van personen.\n"
    )
    assert classify_document(f"{headline}\n\n{figures}")[0] == "other"
    # the same figures under a report's name are that report
    assert classify_document(f"Jaarverslag brandweer 1998\n\n{figures}")[0] == "report"


@pytest.mark.parametrize(
    "headline",
    ["2.349 reddingsacties door KNRM-redders in 2016",  # texts235 knrm-reddingsacties-2016, line 2
     "3.547 incidenten in 2017",  # texts230 brandweer-twente-incidenten-2017, line 1
     # texts166 vlaanderen-eerstelijnsklachten-vlaamse-overheid-2022, lines 1-10: a loading
     # page's placeholders (site chrome) between the page's name and its headline
     "Gedaan met laden. U bevindt zich op: Aantal ontvankelijke eerstelijnsklachten Relatie"
     " overheid en burger\n\nAantal ontvankelijke eerstelijnsklachten\n\nGepubliceerd op 15"
     " maart 2023 \u2022 Volgende update: maart 2024\nInhoud is aan het laden\n"
     "Inhoud is aan het laden\nInhoud is aan het laden\n\n"
     "92.345 klachten ingediend bij Vlaamse overheidsdiensten in 2022",
     # texts173 vlaanderen-eerstelijnsklachten-2009-2017, line 3, under the page's name
     "Aantal ontvankelijke eerstelijnsklachten\n\n  \u2022 Bijna 64.000 klachten toegekomen"
     " bij Vlaamse overheidsdiensten"],
)  # fmt: skip
def test_a_headline_opening_with_a_count_heads_news_not_an_own_account(headline: str) -> None:
    # texts230 brandweer-twente-incidenten-2017, line 6 (the fire service's news item)
    figures = (
        "In 2017 kwam Brandweer Twente 3.547 keer in actie om brand te bestrijden en hulp te "
        "verlenen. Dat is iets minder dan in 2016. Toen waren er 3.590 incidenten.\n"
    )
    assert classify_document(f"{headline}\n\n{figures}")[0] == "other"
    # the same figures under a report's name are that report
    assert classify_document(f"Jaarverslag Brandweer Twente 2017\n\n{figures}")[0] == "report"


@pytest.mark.parametrize(
    "heading",
    ["08 januari 2018",  # texts230 brandweer-twente-incidenten-2017, line 3: the post's date
     "1 verslag van werkzaamheden",  # texts229 spijkenisse-ombudsman-...-negatief: a page number
     "2019 in cijfers"],
)  # fmt: skip
def test_a_date_a_page_number_or_a_year_heads_no_count_headline(heading: str) -> None:
    assert not _headed_by_a_count([heading])


@pytest.mark.parametrize(
    "text",
    [
        # texts170/vechtstromen-db-besluitenlijst-2020-07-07, lines 1-27: the sitting's date,
        # its subjects, then the list's own heading over the first item's outcome
        "7 juli 2020\n\n\n 1. Ontwerp-jaarverslag 2019 en verslag van bevindingen accountant\n"
        " 2. Beheerjaarrekening 2019\n 3. Kennis en Innovatie Agenda\n\nBesluitenlijst\n\n"
        "1. Ontwerp-jaarverslag 2019 en verslag van bevindingen accountant\n\nBesluit\n\n"
        "Het dagelijks bestuur heeft 28 mei 2020 ingestemd met het volgende voorstel en stelt "
        "het algemeen bestuur voor:\n",
        # texts194/vechtstromen-ab-besluitenlijst-2019-02-27, lines 1-16: `Besluiten` over
        # the first item, which approves the record of the last sitting
        "27 februari 2019\n\n\nOnderwerpen:\n\n 1. Verslag vergadering 23 januari 2019\n"
        " 2. Wateragenda\n\nBesluiten\n\nVerslag vergadering 23 januari 2019\n\n"
        "De motie wordt door alle aanwezige algemeen bestuursleden aangenomen.\n"
        "Vervolgens stelt het algemeen bestuur het verslag ongewijzigd vast.\n",
        # texts195/noordbrabant-gs-besluitenlijst-2009-07-06, lines 1-8: a table cell
        "Provincie Noord-Brabant\n\n|Openbare besluitenlijst              |\n"
        "|Vergadering Gedeputeerde Staten d.d. 6 juli 2009 |\n\n\n"
        "1. Samenwerking middelgrote gemeenten\nDe provincie Noord-Brabant gaat samen met de "
        "gemeenten Bergen op Zoom, Roosendaal en Oss de leefbaarheid aanpakken.\n",
        # texts226/noordbrabant-gs-besluitenlijst-2006-08-22, lines 1 and 12-17 (round AQ):
        # the same box under the province's address block, a news archive's copy
        "Provincie Noord-Brabant\n\n|Openbare besluitenlijst              |\n"
        "|Vergadering Gedeputeerde Staten          |\n|d.d. 22 augustus 2006               |\n"
        "\n\n1. Behoefte bedrijventerrein Moerdijk\nProvinciale Staten van Noord-Brabant zullen "
        "zich in hun vergadering van 29 september uitspreken over de behoefte aan "
        "bedrijventerreinen in West-Brabant.\n",
    ],
)
def test_a_decision_list_named_by_its_own_heading(text: str) -> None:
    # a heading alone on its line that names the list itself, near the top, where the title
    # is only the sitting's date or the body's name
    assert classify_document(text, 3)[0] == "decision_list"


def test_minutes_with_a_decisions_section_stay_minutes() -> None:
    # who attended: the record of a meeting, whatever section closes it
    text = (
        "Verslag bestuursvergadering 4 maart 2025\n\nAanwezig: Anja, Kees, Fatima\n\n"
        "1. Opening\nAnja opent de vergadering om 20.00 uur.\n\nBesluiten\n\n"
        "- De contributie blijft gelijk.\n"
    )
    assert classify_document(text, 3)[0] == "minutes"


@pytest.mark.parametrize(
    "text",
    [
        # texts225/vrzl-brandweer-zuidlimburg-uitrukken-2020.txt, lines 1-2, 29-30 (round AQ)
        "BRANdweerzorg\nHOOFDSTUK 4\n\nIn totaal rukte Brandweer \nZuid-Limburg 5.851 keer uit.\n"
        "\nIn 2020 gingen er drie nieuwe klassen voor manschappen van start.\n",
        # texts214/meppel-jaarstukken-woo-verzoeken-2023.txt, lines 1 and 16 (round AO)
        "Paragraaf Wet open overheid\n\nIn 2023 zijn 33 Woo verzoeken geregistreerd. Daarvan "
        "zijn 16  toegewezen, 9 zijn omgezet naar een informatieverzoek, 4 zijn buiten "
        "behandeling gesteld en 1 verzoek is nog in behandeling.\n",
        # texts219/nationale-ombudsman-klachten-decentrale-overheden-2011.txt, lines 3 and 7
        # (round AP)
        "4.2 Klachten Decentrale Overheden\n\nIn 2011 zijn 2 312 klachten onderzocht die "
        "betrekking hadden op de decentrale overheden. Er is nog steeds sprake van een stijging "
        "van het aantal klachten.\n",
    ],
)
def test_a_reports_chapter_headed_by_its_number_is_the_report(text: str) -> None:
    # a chapter or section of a report published as a page of its own: headed by its number
    assert classify_document(text)[0] == "report"
    heading = text.split("\n")[1 if text.startswith("BRAN") else 0]
    assert classify_document(text.replace(heading + "\n", "\n"))[0] == "other"
