"""A news item's own date printed the way its site prints it: a press release's dateline in
brackets, a post's stamp with the hour it went online before a column rule, a broadcast's
stamp. The texts quote the real web texts named in each test, shortened."""

from __future__ import annotations

from datetime import date

from pipeline.documents import document_date


def _date_of(text: str) -> date | None:
    return document_date("other", text, text.splitlines()[0])[0]


def test_a_press_releases_dateline_in_brackets_dates_it() -> None:
    # texts196/cjib-klachten-2017-negatief, lines 1-5
    text = (
        "Aantal klachten over het CJIB blijft dalen\n\n"
        "(Leeuwarden - 22 april 2018) - De Nationale ombudsman constateert in zijn jaarverslag "
        "2017 dat het aantal klachten over het CJIB opnieuw is gedaald. Dit jaar zelfs met 32 "
        "procent.\n\n"
        "Bij het CJIB is het aantal klachten in 2017 met 11 procent gedaald.\n"
    )
    assert _date_of(text) == date(2018, 4, 22)


def test_a_posts_stamp_with_its_hour_before_a_column_rule_dates_it() -> None:
    # texts213/stichtsevecht-wob-verzoeken-hondenkennel-2020-negatief, lines 1-5
    text = (
        "Extra personeel ingehuurd om WOB verzoeken hondenkennel Loenen te behandelen\n\n"
        "zondag 01 november 2020 22.28 uur | laatst gewijzigd: zondag 01 november 2020 22.44 "
        "uur | auteur: Redactie RTV Stichtse Vecht\n\n"
        "Tijdens de raad van 3 november aanstaande staat de komst van een hondenkennel aan de "
        "Rijksstraatweg in Loenen aan de Vecht op de agenda.\n"
    )
    assert _date_of(text) == date(2020, 11, 1)


def test_a_broadcasts_stamp_dates_the_item() -> None:
    # texts223/nhgooi-larens-behoud-wob-verzoek-2017-negatief, lines 1-9
    text = (
        "Leo Janssen (LB) dient WOB-verzoek in\n\n"
        "Laren - Laarder Leo Janssen heeft namens Larens Behoud gisteren een WOB-verzoek "
        "ingediend bij Gedeputeerde Staten. Janssen verzoekt de provincie hem de informatie en "
        "documenten te verstrekken die zijn ingebracht in de vergadering van Gedeputeerde "
        "Staten van dinsdag 7 november.\n\n"
        "Bron: Larens Behoud\n\nFragment\n\n"
        "Zaterdag 11 november 2017 uitgezonden in 6FM Zaterdag\n"
    )
    assert _date_of(text) == date(2017, 11, 11)


def test_a_sentence_telling_a_date_in_brackets_dates_nothing() -> None:
    # the negative case: a bracket in running prose, no place and dash before the date
    # (texts213's sentence, its date put in brackets)
    text = (
        "Extra personeel ingehuurd om WOB verzoeken hondenkennel Loenen te behandelen\n\n"
        "Tijdens de raad (3 november 2020) - zo meldt de gemeente - staat de komst van een "
        "hondenkennel aan de Rijksstraatweg in Loenen aan de Vecht op de agenda.\n"
    )
    assert _date_of(text) is None


def test_a_date_before_the_words_of_a_change_dates_nothing() -> None:
    # rule 21 (b): a page's last edit never dates it (texts188's stamp, its date first)
    text = (
        "Activiteitenrapport 2021\n\n"
        "21 april 2022 laatst bijgewerkt door de redactie van de brandweerzone\n\n"
        "De brandweerzone rukte dit jaar vaker uit dan in de jaren ervoor.\n"
    )
    assert _date_of(text) is None
