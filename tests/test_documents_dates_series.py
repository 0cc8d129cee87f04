"""Dates and boundaries of texts from the web: a day printed without its year, a posting date
above the report of a meeting, several dated reports in one file, a page's own stamp. Every
text here is written for the test, in the layout of its kind, or quoted from a real text where a
comment says so."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import yearless_date_in
from pipeline.documents import classify_document, document_date, split_text_into_documents
from pipeline.documents.dating import _dated_entries, _dated_record_heading
from pipeline.documents.rules import _structure_rules


def _date_of(text: str) -> date | None:
    doc_type, title = classify_document(text, 3)
    return document_date(doc_type, text, title)[0]


def test_a_day_without_its_year_takes_the_year_the_text_prints_with_it() -> None:
    text = (
        "Verslag ALV 7 oktober\n\nWijkvereniging De Linde\n\n"
        "Notulen van de Algemene Leden Vergadering van dinsdag 7 oktober 2025.\n\n"
        "Aanwezig: 31 leden\n\nDe volgende vergadering is op 12 januari 2026. Plannen voor 2026"
        " en 2026 en 2026 worden besproken.\n"
    )
    assert _date_of(text) == date(2025, 10, 7)


def test_a_day_printed_with_its_weekday_takes_the_year_that_weekday_fits() -> None:
    text = (
        "Drukke ledenvergadering Zangkoor Cantate\n\n"
        "Op dinsdagavond 11 maart werd de jaarlijkse ledenvergadering gehouden in het dorpshuis."
        " De voorzitter opende de vergadering.\n\nHet jaarverslag over 2024 werd goedgekeurd.\n"
    )
    assert _date_of(text) == date(2025, 3, 11)  # a Tuesday in 2025, not in 2024 or 2026


def test_a_weekday_fit_after_every_printed_date_is_a_misprint() -> None:
    # posted 9 februari 2025; `zaterdag 1 februari` is a Saturday in 2025 only within a year,
    # so it fits; `zaterdag 31 januari` fits 2026 only: after the posting, so no year from it
    assert yearless_date_in("zaterdag 1 februari", 1, 2, "9 februari 2025") == date(2025, 2, 1)
    assert yearless_date_in("zaterdag 31 januari", 31, 1, "9 februari 2025") is None


MEETING_LOG = """## Dinsdag 4 Maart

### Verslag Overleg

| DATUM: | AANWEZIGEN: | NOTULIST: |
| ------ | ----------- | --------- |
| 04/03  | Anna Smit, Bram Kok | Bram Kok |

**KORT VERSLAG**: De planning is besproken.

## Woensdag 12 Maart

### Verslag Overleg

| DATUM: | AANWEZIGEN: | NOTULIST: |
| ------ | ----------- | --------- |
| 12/03  | Anna Smit, Cees Ruiter | Anna Smit |

**KORT VERSLAG**: De demo werkte.

## Vrijdag 21 Maart

### Verslag (kort) Overleg

**KORT VERSLAG**: Alleen voortgang.
"""


def test_a_log_of_dated_headings_over_records_is_one_document_per_record() -> None:
    documents = split_text_into_documents(MEETING_LOG)
    assert [d.splitlines()[0] for d in documents] == [
        "## Dinsdag 4 Maart",
        "## Woensdag 12 Maart",
        "## Vrijdag 21 Maart",
    ]


def test_a_dated_heading_inside_a_record_or_over_news_starts_nothing() -> None:
    # a later day heading over no record, and a day against the log's order, stay inside
    text = MEETING_LOG.replace("### Verslag (kort) Overleg", "Nog te plannen.")
    assert len(split_text_into_documents(text)) == 2
    text = MEETING_LOG.replace("## Vrijdag 21 Maart", "## Zaterdag 8 Maart")
    assert len(split_text_into_documents(text)) == 2
    news = "## 4 maart 2025\n\nDe markt is open.\n\n## 12 maart 2025\n\nDe markt is dicht.\n"
    assert len(split_text_into_documents(news)) == 1


def test_the_records_own_dated_heading_beats_the_page_title_and_posting_date() -> None:
    page = (
        "Notulen vergadering Buurtraad 14 mei 2025\n\n"
        "Zondag 18 mei 2025\n\n"
        "Notulen bestuursvergadering Buurtraad 6 mei 2025\n\n"
        " 1. Opening\n\nDe voorzitter opent de vergadering en heet iedereen welkom.\n\n"
        " 2. Verslag vorige vergadering 8 april 2025\n\nHet verslag wordt goedgekeurd.\n"
    )
    assert _date_of(page) == date(2025, 5, 6)


def test_a_meeting_held_on_a_day_beats_the_posting_date_field() -> None:
    page = (
        "Jaarvergadering 2025\n\nDatum: 10-04-2025\n\n"
        "Op dinsdag 8 april hield Fanfare Crescendo haar algemene ledenvergadering. "
        "De voorzitter opende de vergadering.\n"
    )
    assert _date_of(page) == date(2025, 4, 8)


def test_a_meeting_date_field_beats_the_date_in_a_decision_lists_title() -> None:
    page = (
        "Besluitenlijst gemeenteraad 2 oktober 2025\n\nVergaderdatum: 11 september 2025.\n\n"
        "1. Vaststelling agenda\nBesluit: vastgesteld.\n"
    )
    assert _date_of(page) == date(2025, 9, 11)


def test_a_sentence_that_dates_the_papers_is_no_heading() -> None:
    assert not _dated_record_heading(
        "De stukken voor deze vergadering zijn vanaf 15 september 2025 hieronder te vinden en"
        " te raadplegen."
    )
    assert _dated_record_heading("Bestuursvergadering 10 mei 2025 kort verslag voor de leden.")


def test_a_meeting_held_on_a_day_marked_jl_beats_the_posting_date() -> None:
    page = (
        "NIEUWE STATUTEN AANGENOMEN\n\n20 december 2025\n\n"
        "Omdat niet genoeg leden aanwezig waren, werd op 26 november jl. een tweede algemene "
        "ledenvergadering gehouden. De leden stemden in met de statuten.\n"
    )
    assert _date_of(page) == date(2025, 11, 26)


def test_a_date_told_in_prose_is_not_the_news_items_date_a_dateline_is() -> None:
    told = (
        "Meer meldingen bij de toezichthouder\n\n"
        "Sinds 1 januari 2024 moeten alle scholen een datalek binnen drie dagen melden.\n\n"
        "Het aantal meldingen is sindsdien verdubbeld.\n"
    )
    assert document_date("other", told, None)[0] is None
    dateline = (
        "Minder klachten bij gemeente\n\n"
        "Zuiderdorp 04.02.2025 - De gemeente ontving vorig jaar veertig klachten over het afval.\n"
    )
    assert document_date("other", dateline, None)[0] == date(2025, 2, 4)
    # a place with its comma and the date closed by a full stop opens a news item too
    for line in (
        "Oud-Beijerland, 4 februari 2025. De gemeente ontving vorig jaar veertig klachten.",
        "Sint Jansteen, dinsdag 4 februari 2025. Tijdens de avond spraken vijftig bewoners.",
    ):
        assert document_date("other", "Minder klachten\n\n" + line + "\n", None)[0] == date(
            2025, 2, 4
        )
    # a post's stamp: the writer's byline before the date, or the date alone before a
    # column rule and the lead
    for line in (
        "Door Kees de Boer - 04-02-2025, 09:12 (bijgewerkt 04-02-2025, 10:30) met foto's",
        "By Anna Smit | 4 februari 2025 in de rubriek Gemeente en politiek van de krant",
        "4 februari 2025 | De gemeente ontving vorig jaar veertig klachten over het afval.",
    ):
        assert document_date("other", "Minder klachten\n\n" + line + "\n", None)[0] == date(
            2025, 2, 4
        )
    # a sentence that tells of a date with a full stop after it is none
    told = "Per 4 februari 2025. Dan gaat de nieuwe regeling voor alle scholen in werking."
    assert document_date("other", "Minder klachten\n\n" + told + "\n", None)[0] is None


@pytest.mark.parametrize(
    ("headline", "stamp"),
    [
        ("Extra raadsvergadering 12 maart over de begroting", "9 maart 2025"),
        ("Inloopavond op dinsdag 11 maart in het dorpshuis", "09-03-2025"),
        ("Wethouder opent op 12 mrt. de nieuwe speeltuin", "zondag 9 maart 2025"),
    ],
)
def test_a_posts_date_with_its_year_goes_before_its_headlines_yearless_one(
    headline: str, stamp: str
) -> None:
    post = f"{headline}\n\n{stamp}\n\nDe gemeente nodigt alle inwoners uit om langs te komen.\n"
    assert document_date("other", post, headline) == (date(2025, 3, 9), False)


@pytest.mark.parametrize(
    "lead",
    [
        "Oosterend – Vrijdag 14 maart bezocht de burgemeester de nieuwe buurtkamer.",
        "Op dinsdag 11 maart stelde de ombudsdienst zijn jaarverslag 2024 voor.",
        "Donderdag 13 maart ging wethouder Bakker op bezoek bij de ijsclub.",
    ],
)
def test_a_news_items_day_without_its_year_dates_it_only_where_printed_with_one(
    lead: str,
) -> None:
    # an excerpt that opens with the item's lead: the year is only guessed (the text's 2025)
    item = f"{lead}\n\nHet was een geslaagde middag, de eerste van 2025.\n"
    assert document_date("other", item, None)[0] is None
    # the text itself prints that day with its year further on
    day = int(lead.split(" maart")[0].split()[-1])
    printed = item + f"\nFoto's van {day} maart 2025\n"
    assert document_date("other", printed, None)[0] == date(2025, 3, day)


@pytest.mark.parametrize(
    "opening",
    [
        "Sinds 25 mei 2018 moeten alle organisaties een datalek binnen drie dagen melden.",
        "Vanaf 1 januari 2024 worden alle vergaderingen van de raad online uitgezonden.",
        "Met ingang van 1 juli 2023 behandelt de commissie ook de klachten over de GGD.",
    ],
)
def test_a_date_that_opens_a_period_does_not_date_the_text(opening: str) -> None:
    text = f"{opening}\n\nIn 2024 ontving de toezichthouder ruim duizend meldingen.\n"
    for doc_type in ("other", "report"):
        assert document_date(doc_type, text, opening)[0] is None
    # a title that dates the text itself still does
    posted = "Nieuwsbrief 14 februari 2025\n\n" + text
    assert document_date("other", posted, "Nieuwsbrief 14 februari 2025")[0] == date(2025, 2, 14)


@pytest.mark.parametrize(
    "head",
    [
        # texts206/huisklokkenluiders-adviesaanvragen-2016q3, line 1: the event that opened it
        "Sinds de start op 1 juli 2016 hebben honderden melders van misstanden zich gemeld bij"
        " het Huis voor Klokkenluiders, meldt de organisatie.",
        # texts199/rivm-referentiekader-ambulancezorg-2017-negatief, lines 1-2: a register's
        # note that the rule lapsed, no sentence
        "Bijlage 1. Referentiekader spreiding en beschikbaarheid ambulancezorg 2017\n"
        "[Regeling vervallen per 01-01-2021]",
        # texts165/noordelijkbelastingkantoor-bestuur-2018-negatief, lines 3-4: a member's term
        "Ton Schroor, voorzitter, wethouder van de gemeente Groningen\n"
        "bestuurslid sinds 1 juli 2017",
    ],
)
def test_a_date_that_opens_or_closes_a_period_dates_no_page_prose_or_not(head: str) -> None:
    text = f"{head}\n\nIn het eerste kwartaal ontving het Huis 338 adviesaanvragen.\n"
    assert document_date("other", text, head.split("\n")[0])[0] is None
    # a page that prints its own date still has it
    posted = "Nieuwsbericht\n15 oktober 2016\n\n" + text
    assert document_date("other", posted, "Nieuwsbericht")[0] == date(2016, 10, 15)


def test_a_posts_front_matter_date_is_its_date_stamp() -> None:
    post = (
        '---\ntitle: "Lekken in de zorg"\ndate: Tue, 4 Mar 2025 09:12:00 +0100\n'
        "category: privacy\n---\n\n"
        "Sinds 1 januari 2024 moeten zorginstellingen elk datalek melden bij de toezichthouder.\n"
    )
    assert document_date("other", post, "Lekken in de zorg")[0] == date(2025, 3, 4)
    iso = post.replace("Tue, 4 Mar 2025 09:12:00 +0100", "2025-03-04T09:12:00+01:00")
    assert document_date("other", iso, "Lekken in de zorg")[0] == date(2025, 3, 4)


def test_a_post_that_says_the_meeting_has_been_held_reports_it() -> None:
    held = (
        "Eerste ledenvergadering Buurtcoöperatie\n\n"
        "Na een jaar heeft de Buurtcoöperatie haar eerste Algemene Ledenvergadering (ALV) "
        "gehouden. De ALV vond plaats in het buurthuis.\n\n"
        "Tijdens de ALV zijn twee nieuwe bestuursleden benoemd.\n"
    )
    assert classify_document(held, 3)[0] == "minutes"
    announced = (
        "Ledenvergadering Buurtcoöperatie\n\n"
        "Op maandag 9 maart houden wij onze Algemene Ledenvergadering in het buurthuis.\n"
    )
    assert classify_document(announced, 3)[0] != "minutes"


def test_a_title_opening_with_a_compact_date_is_dated_by_it() -> None:
    page = (
        "20250312 Notulen Bestuursvergadering\n\n"
        " 1. Anna opent de vergadering om 20.00 uur en heet iedereen welkom\n"
        " 2. Verslag van de bestuursvergadering van 5 februari 2025 wordt vastgesteld.\n"
    )
    assert _date_of(page) == date(2025, 3, 12)
    assert _date_of(page.replace("20250312", "20251399")) is None  # no month 13


def test_a_list_of_meeting_days_above_the_record_ends_no_head() -> None:
    page = (
        "Vergaderingen 2025\n\nVolgende vergaderdata:\n\n13 mei\n\n16 september\n\n"
        "2 december\n\n----\n\nVerslag vergadering Wijkraad 2 december 2025.\n\n"
        "Besluit: de werkgroep Speelplein gaat door.\n"
    )
    assert _date_of(page) == date(2025, 12, 2)


def test_an_announced_meeting_with_its_draft_agenda_is_an_agenda() -> None:
    page = (
        "Algemene Ledenvergadering Wijkvereniging\n\n"
        "Op dinsdag 10 maart houden wij onze jaarlijkse Algemene Ledenvergadering. Deze "
        "vergadering zal plaatsvinden in het wijkcentrum.\n\n"
        "De concept agenda ziet er als volgt uit:\n\n"
        "- Opening\n\n- Vaststellen agenda\n\n- Verslag kascommissie\n\n"
        "- Plannen voor 2026\n\n  * Speeltuin: een nieuw klimrek bij de school aan de Lindelaan\n\n"
        "- Rondvraag\n\n- Sluiting\n"
    )
    assert classify_document(page, 3)[0] == "agenda"


def test_a_record_that_announces_its_next_meeting_announces_no_plan() -> None:
    announcement = _structure_rules()["announcement_regex"]
    assert not announcement.search("De volgende vergadering vindt plaats op 5 mei.")
    assert announcement.search("De vergadering vindt plaats in het dorpshuis.")


def test_the_date_of_an_earlier_meetings_record_is_not_the_records_own() -> None:
    page = (
        "Omdat het dorpshuis dicht was, kwamen de leden bij elkaar in de kantine.\n\n"
        "De notulen van de ALV van 14 november 2024 en het jaarverslag werden vastgesteld.\n\n"
        "2. Notulen vorige ledenvergadering (3 juni 2024)\n\nDe kascommissie keurde alles goed.\n"
    )
    assert _date_of(page) is None


@pytest.mark.parametrize(
    "approval",
    [
        "De gemeenteraad keurt de notulen van de zitting van 14 november 2024 goed.",
        "In de zitting van 9 december 2024 keurde het college het zittingsverslag van 2 "
        "december 2024 goed.",
        "De districtsraad neemt kennis van de notulen van het districtscollege van 4 en 11 "
        "november 2024.",
    ],
)
def test_a_body_approving_an_earlier_record_verb_first_dates_no_record(approval: str) -> None:
    assert _date_of(approval + "\n\nDe raad keurt de begroting goed.\n") is None


@pytest.mark.parametrize(
    "line",
    [
        "De volgende vergadering van het algemeen bestuur is op 5 maart 2025.",
        "Eerstvolgende bijeenkomst werkgroep 12 juni 2024",
    ],
)
def test_the_next_meetings_date_is_not_the_records_own(line: str) -> None:
    text = (
        f"Besluitenlijst dagelijks bestuur\n\nBesluit:\nDe begroting wordt vastgesteld.\n"
        f"Besluit:\nDe subsidie wordt verleend.\n\n{line}\n"
    )
    assert _date_of(text) is None


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("ZITTING VAN 23 05 2019 - 20:35 uur.", date(2019, 5, 23)),
        ("Gemeenteraad zitting van 7 11 2023", date(2023, 11, 7)),
        ("Vergadering 02 03 2021", date(2021, 3, 2)),
    ],
)
def test_a_sittings_date_spaced_as_a_portal_prints_it_dates_the_record(
    heading: str, day: date
) -> None:
    attended = "Aanwezig:\nAn Claes, voorzitter; Jan Peeters, schepen"
    text = f"{heading}\n\n{attended}\n\nDe raad keurt de begroting goed.\n"
    assert _date_of(text) == day


def test_a_posts_date_stamp_does_not_date_the_meeting_it_reports_or_announces() -> None:
    post = (
        "---\ntitle: Eerste ledenvergadering Buurtcoöperatie\ndate: 2025-02-14T20:00:00Z\n---\n\n"
        "Na een jaar heeft de Buurtcoöperatie haar eerste Algemene Ledenvergadering (ALV) "
        "gehouden. De ALV vond plaats in het buurthuis.\n"
    )
    assert document_date("minutes", post, None)[0] is None
    assert document_date("other", post, None)[0] == date(2025, 2, 14)
    agenda = (
        "Agenda ledenavond\n\n(Bijgewerkt op: 02-03-2025)\n\n"
        "Op dinsdag 11 maart 2025 om 20.00 uur in het dorpshuis.\n\n1. Opening\n2. Rondvraag\n"
    )
    assert document_date("agenda", agenda, "Agenda ledenavond")[0] == date(2025, 3, 11)


def test_a_heading_over_the_line_approving_that_record_dates_an_earlier_meeting() -> None:
    minutes = (
        "Jaarvergadering notulen\n\n"
        "Notulen van de ledenvergadering van de vereniging op 12 mei 2011\n\n"
        "Notulen van de ledenvergadering op 27 april 2010\n"
        "De notulen van de jaarvergadering op 27 april 2010 worden goedgekeurd.\n"
    )
    assert document_date("minutes", minutes, None)[0] == date(2011, 5, 12)


SCRUM_LOG = """# Sprint 3: verslagen

## Stand-up: 05/02/2024 09:00 [Eva]
Aanwezig: iedereen

## Stand-up: 06/02/2024 09:15 [Eva]
Aanwezig: iedereen behalve Tom

## Stand-up: 08/02/2024 09:00 [Eva]
Aanwezig: iedereen
"""


def test_a_journal_of_headings_each_dating_a_meeting_has_no_one_date() -> None:
    assert document_date("minutes", SCRUM_LOG, "Sprint 3: verslagen") == (None, False)
    one = SCRUM_LOG.split("\n\n## Stand-up: 06")[0]
    assert document_date("minutes", one, "Sprint 3: verslagen") == (date(2024, 2, 5), False)


def test_a_report_opening_with_its_meeting_and_date_is_dated_by_it_not_its_posting() -> None:
    text = (
        "Nieuws uit het bestuur\n\n12 oktober 2022\n\n"
        "De bestuursvergadering van 10 oktober 2022 begon met de begroting voor volgend jaar. "
        "Verder spraken we over de nieuwe banen.\n"
    )
    assert document_date("minutes", text, "Nieuws uit het bestuur") == (date(2022, 10, 10), False)
    earlier = text.replace("begon met de begroting", "is het verslag goedgekeurd en begon")
    assert document_date("minutes", earlier, "Nieuws uit het bestuur")[0] == date(2022, 10, 12)


PORTAL_ITEMS = """Ga naar de inhoud van deze pagina

Agendapunten

 1. 1
  Opening en mededelingen
 2. 2

  Besluit

  De ingekomen stukken worden vastgesteld.

  Periode
  30 januari 2023 tot en met 20 april 2023
"""


def test_a_portal_items_list_place_and_number_opens_its_body_dating_nothing_below() -> None:
    # the page's head ends at ` 1. 1`: the period an item's documents cover is no date of it
    assert document_date("decision_list", PORTAL_ITEMS, None) == (None, False)
    dated = PORTAL_ITEMS.replace("Agendapunten", "Eilandsraad 27 april 2023\n\nAgendapunten")
    assert document_date("decision_list", dated, None) == (date(2023, 4, 27), False)


def test_a_year_run_into_the_next_block_still_dates_the_minutes() -> None:
    # a web page's blocks joined without a space: the year glued to `Aanwezig`; the file's
    # download stamp of a later year must not lend its year to `8 november`
    text = (
        "Dorpsraad De Linde Download 13.53 Kb.\nDatum07.10.2016\n\n"
        "DORPSRAAD DE LINDE\n"
        "Goedgekeurd verslag van de vergadering van dinsdag 8 november 2005Aanwezig : "
        "An de Vries (voorzitter), Bert Smit, Carla Jansen.\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    assert _date_of(text) == date(2005, 11, 8)


@pytest.mark.parametrize(
    "register_date",
    [
        "Geldend van 15-06-2021 t/m heden",
        "Publicatiedatum:\nmaandag 20 juli 2021",
        "Publicatiedatum: 3 augustus 2021",
    ],
)
def test_a_formal_decisions_register_dates_are_not_its_own(register_date: str) -> None:
    # a register prints when it published the decision or when it took force; the decision
    # prints no signing date here, so it has none
    text = (
        f"Mandaatbesluit GGD Zuid 2021\n\n{register_date}\n\nHet dagelijks bestuur van GGD "
        "Zuid;\n\ngelet op:\n\n- hoofdstuk 10 van de Algemene wet bestuursrecht;\n\nbesluit:"
        "\n\nvast te stellen het Mandaatbesluit GGD Zuid 2021.\n\nArtikel 1\n\nBegrippen"
    )
    assert _date_of(text) is None


@pytest.mark.parametrize(
    "considerations",
    [
        "gelet op het voorstel van het dagelijks bestuur d.d. 12 maart 2014;",
        "gelet op:\n\n- de regeling voor het laatst gewijzigd op 19 maart 2020;",
        "overwegende dat het decreet van 22 december 2017 dit vereist;",
    ],
)
def test_the_dates_a_formal_decisions_considerations_cite_are_not_its_own(
    considerations: str,
) -> None:
    # the dates its considerations cite are of the acts it rests on
    text = (
        f"Besluit van het algemeen bestuur van Recreatieschap Oosterzand\n\n{considerations}"
        "\n\nbesluit:\n\n1. De terreinen aan te wijzen.\n\n2. Het oude besluit in te trekken."
    )
    assert _date_of(text) is None


@pytest.mark.parametrize(
    ("item", "approval"),
    [
        (
            "Besluitenlijst van de vergadering van 2 april 2024",
            "De besluitenlijst van de vergadering van 2 april 2024 wordt ongewijzigd vastgesteld.",
        ),
        ("Actielijst 2 april 2024", "Besluit: de actielijst wordt goedgekeurd."),
        ("Conceptverslag 2 april 2024", "Het verslag van de vorige vergadering is vastgesteld."),
    ],
)
def test_a_title_read_from_the_item_approving_an_earlier_record_dates_no_record(
    item: str, approval: str
) -> None:
    text = (
        "09-04-2024 - Burgemeester en wethouders\nOrgaan:\nBurgemeester en wethouders\n"
        f"Datum:\n09-04-2024\n 1. Rondvraag\n  Besluit: geen vragen.\n 2. Vorige vergadering\n"
        f"  {item}\n"
        f"  {approval}\n 3. Subsidie speeltuin\n  Besluit: conform advies.\n"
    )
    doc_type, title = classify_document(text, 12)
    assert document_date(doc_type, text, title)[0] == date(2024, 4, 9)


# a statistics page of the Flemish government (texts166): its posting stamp runs on to the
# date of the next update, so it reads as a sentence, over the year its figures are of
STAMPED_FIGURES_PAGE = """Gedaan met laden. U bevindt zich op: Aantal ontvankelijke \
eerstelijnsklachten Relatie overheid en burger

Aantal ontvankelijke eerstelijnsklachten

Gepubliceerd op 15 maart 2023 • Volgende update: maart 2024

92.345 klachten ingediend bij Vlaamse overheidsdiensten in 2022

In 2022 werden er 92.345 klachten ingediend bij de Vlaamse overheidsdiensten.
"""

# a fire brigade's news post (texts169): the place and the day it was posted listed under
# its headline
LISTED_POST_FACTS = """CBS-cijfers 2018: Toename aantal uitrukken voor hulpverlening voor \
Brandweer Gooi en Vechtstreek

  • Hilversum
  • 20 maart 2019

Vandaag publiceerde het CBS de voorlopige cijfers over 2018. Daaruit blijkt dat Brandweer \
Gooi en Vechtstreek in 2018 maar liefst 2160 keer gealarmeerd werd.
"""


@pytest.mark.parametrize(
    ("text", "posted"),
    [(STAMPED_FIGURES_PAGE, date(2023, 3, 15)), (LISTED_POST_FACTS, date(2019, 3, 20))],
)
def test_a_pages_own_stamp_dates_it(text: str, posted: date) -> None:
    for doc_type in ("other", "report"):
        assert document_date(doc_type, text, None)[0] == posted


def test_a_list_of_dates_is_no_posts_stamp() -> None:
    text = "Vergaderschema 2024\n\n  • 12 maart 2024\n  • 9 april 2024\n\nWelkom allemaal.\n"
    assert document_date("other", text, None)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # texts174/antwerpen-districtsraad-notulen-2013-11-25, lines 2 and 5: the sitting
        # told, then the approval of its minutes; this item's own sitting is not printed
        "Artikelen 33, 180 en 279 van het Gemeentedecreet belasten de districtssecretaris met "
        "het opstellen en bewaren van de notulen.\nDe districtsraad vergaderde op 25 november "
        "2013.\nDe administratie maakte een samenvatting van de raadscommissie(s).\n"
        "De districtsraad keurt de notulen van 25 november 2013 goed.\n",
        # texts168/zwalm-gr-2025-notulen-enig-artikel, lines 1-9: the minutes put to the vote,
        # the act cited, the dictum approving them
        "Tom Aelbrecht, voorzitter van de gemeenteraad\n"
        "De notulen van de zitting van de gemeenteraad van 16.09.2025 worden aan de gemeenteraad "
        "ter goedkeuring voorgelegd.\n"
        "Ontwerpnotulen van de zitting van de gemeenteraad van 16.09.2025\n"
        "Decreet over het lokaal bestuur van 22.12.2017, art. 277 & 278 §2\n"
        "Enig artikel – De notulen van de zitting van de gemeenteraad van 16.09.2025 - die "
        "samen met de audio-visuele opname tevens het zittingsverslag uitmaken - worden "
        "goedgekeurd.\n",
    ],
)
def test_the_sitting_whose_record_is_approved_dates_no_line_of_the_item(text: str) -> None:
    # every line that prints only the date of the sitting whose record the item approves
    # tells of that sitting; an act cited by its date is the item's legal ground
    assert _date_of(text) is None


def test_a_record_that_cites_an_act_keeps_its_sittings_date() -> None:
    # texts168/zwalm-gr-2025-09-16: the sitting's heading above the cited decree
    text = (
        "Gemeenteraad van 16.09.2025\n\nAanwezig: Tom Aelbrecht, voorzitter\n\n"
        "Decreet over het lokaal bestuur van 22.12.2017, art. 277 & 278 §2\n"
    )
    assert _date_of(text) == date(2025, 9, 16)


@pytest.mark.parametrize(
    "text",
    [
        # texts179/oostkustpolder-av-aankondiging-2024-negatief, line 1: a meeting to come
        "Op 21 maart 2024 gaat de algemene vergadering van de stemgerechtigde ingelanden door. "
        "Een agendapunt betreft de verkiezing of herverkiezing van leden voor de aanvulling van "
        "het bestuur.\n\nHieronder vindt u ook een link naar het jaarrapport 2023-2024.\n",
        # texts191/pz-dilbeek-jaarverslag-2017-negatief, line 1: an act done the day before
        "Gisteren, 26 juni 2018, nam de gemeenteraad kennis van het jaarverslag 2017 van de "
        "politiezone Dilbeek. Via dit verslag leggen wij rekenschap af over onze operationele "
        "resultaten en onze interne werking.\n",
    ],
)
def test_a_first_sentence_opening_on_the_day_of_what_it_tells_dates_no_page(text: str) -> None:
    assert _date_of(text) is None


def test_a_first_line_dateline_still_dates_the_page() -> None:
    # texts167/wijkbijduurstede-sp-antwoorden-plofkraak-negatief, line 1: place and date
    text = (
        "Wijk bij Duurstede, 19 februari 2018. Op 1 februari stelde de SP schriftelijke vragen "
        "over de plofkraak in de Markt.\n"
    )
    assert _date_of(text) == date(2018, 2, 19)


def test_a_page_run_onto_one_line_keeps_its_own_date_before_an_approved_record() -> None:
    # texts185/euregio-raad-agenda-2017-06-23-negatief, line 15: the agenda's own sitting,
    # then the item approving the last record (its date is read within or right after the
    # words that name the record, not anywhere on the line)
    text = (
        "Vergadering van de EUREGIO-raad d.d. 23 juni 2017 in Steinfurt\n\n"
        "2 AGENDA voor de vergadering van de EUREGIO-raad d.d. 23 juni 2017 in Steinfurt 1: "
        "Opening en begroeting - Goedkeuring van de agenda 2: Goedkeuring van het verslag van "
        "de vergadering van de EUREGIOraad d.d. 31 maart 2017 : Mededelingen\n"
    )
    assert _date_of(text) == date(2017, 6, 23)


@pytest.mark.parametrize(
    "text",
    [
        # texts174/essesteijn-mr-notulen-negatief.txt, lines 1-10 (line 5 cut here)
        "Notulen\n\nHieronder kunt u de notulen van de Medezeggenschapsraad downloaden.\n\n\n"
        "Notulen 23 september 2021\nNotulen 6 juli 2021\nNotulen 24 juni 2021\n",
        # texts221/vrhm-ab-vergaderingen-negatief.txt, lines 1-3 and 31-35
        "Vergaderingen\n\nOp deze pagina vindt u de vergaderstukken van het Algemeen Bestuur van "
        "de Veiligheidsregio Hollands Midden.\n\nVergaderstukken 2020\n\n17 juni 2020\n"
        "9 april 2020\n11 februari 2020\n",
    ],
)
def test_a_page_listing_its_records_by_date_is_dated_by_none(text: str) -> None:
    assert _date_of(text) is None


def test_a_page_with_one_bare_date_is_dated_by_it() -> None:
    # fewer than three dated lines list nothing: the one below the title is the page's date
    text = "Nieuws\n\n17 juni 2020\n\nHet bestuur heeft de begroting besproken.\n"
    assert _date_of(text) == date(2020, 6, 17)


def test_entries_of_a_list_of_records_by_date_with_a_colon() -> None:
    # texts227/grimbergen-milieuraad-negatief.txt, lines 33-44 (round AQ): each entry's date
    # over its file's name, the date alone or closed by a colon
    lines = [
        "Verslagen", "08/12/2020", "milieuraad verslag 08 12 2020 .pdf100,2 Kb(pdf)",
        "Bijlagen zie downloads", "16/09/2020: ", "Milieuraad verslag 2020 09 16.pdf504 Kb(pdf)",
        "Bijlagen zie downloads", "14/01/2020: ",
    ]  # fmt: skip
    assert _dated_entries(lines) == {"08/12/2020", "16/09/2020: ", "14/01/2020: "}
    assert _dated_entries(lines[:5]) == set()  # two dated lines list nothing
