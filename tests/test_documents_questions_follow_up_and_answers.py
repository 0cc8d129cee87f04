"""Written questions titled by what they are beyond `Schriftelijke vragen` and `Raadsvragen`:
a member's follow-up questions (`Vervolgvragen ...`), and the answers to questions put
(`Antwoorden op vragen`, `Schriftelijke antwoorden op vragen gesteld tijdens ...`): the gold
types each `council_questions` (round BD's medemblik, AY's enkhuizen, BB's bzk page)."""

from __future__ import annotations

from pipeline.documents.doc_types import classify_document
from pipeline.documents.segment import documents_from_text


def _types(text: str) -> list[tuple[int, str, str | None]]:
    _, docs = documents_from_text(text, "x")
    return [(d["first_line"], d["doc_type"], d["doc_date"] and str(d["doc_date"])) for d in docs]


def test_follow_up_questions_title_closed_by_a_period():
    # texts293/medemblik-morgen-vervolgvragen-bomenkap-israelitische-begraafplaats (web293)
    text = (
        "Vervolgvragen bomenkap Israëlitische begraafplaats.\n\n"
        "Vervolgvragen van de fractie van MORGEN! naar aanleiding van de antwoorden op onze "
        "vragen over de bomenkap op de Israëlitische begraafplaats.\n\n"
        "Siem Zeilemaker laat weten:\n\nMijn vraag 4 was:\n"
        "Door wie is er nu een kapaanvraag gedaan?\nGemeente antwoordt:\n"
        "Deze bomen zijn geen eigendom van de gemeente. Er was in dit geval daarom geen "
        "aanvraag ingediend.\n"
    )
    assert _types(text)[0][1] == "council_questions"


def test_answers_to_questions_below_a_blog_head():
    # texts268/enkhuizen-langbroek-antwoorden-op-vragen-2010-10-12 (web268)
    text = (
        "Hans Langbroek, raadslid voor Het Enkhuizer Alternatief\n\n   \n\n"
        "In een tijd van universeel bedrog is het spreken van de waarheid een revolutionaire "
        "daad (George Orwell)\n\nAntwoorden op vragen\n(12 oktober 2010)\n\n"
        "Laatstelijk heb ik een aantal vragen gesteld richting collegeleden die allemaal min "
        "of meer in de informele sfeer beantwoord zijn.\n"
    )
    assert _types(text) == [(1, "council_questions", "2010-10-12")]


def test_written_answers_to_questions_put_in_a_debate():
    # texts283/bzk-koninkrijksrelaties-schriftelijke-antwoorden-begrotingsbehandeling-
    # 2017-11-08 (web283): openkamer's page, typed `letter` by the signature before
    text = (
        "[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies]\n\n"
        "Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de "
        "begrotingsbehandeling van Koninkrijksrelaties op 7 november 2017\n\n"
        "Brief regering\n\n"
        "Nummer: 2017D31436, datum: 2017-11-08, bijgewerkt: 2024-02-19 10:56, versie: 1\n\n"
        "Tijdens de begrotingsbehandeling van Koninkrijksrelaties (hoofdstuk IV) heeft uw "
        "Kamer vragen gesteld. Het antwoord op een deel van deze vragen doe ik u schriftelijk "
        "toekomen.\n\n"
        "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n\n"
        "drs. R.W. Knops\n\n"
    )
    assert _types(text)[0] == (1, "council_questions", "2017-11-08")


def test_answers_to_the_questions_of_residents_are_no_title():
    # the answers' title rule takes questions put by a member or in a sitting, not any
    # questions a page answers
    text = (
        "Antwoorden op vragen van bewoners over de herinrichting\n\n"
        "Tijdens de informatieavond zijn veel vragen gesteld. Hieronder leest u de antwoorden "
        "van de gemeente.\n"
    )
    assert classify_document(text, 3)[0] != "council_questions"


def test_questions_headline_of_a_news_item_stays_other():
    # texts167/stadenommeland-vragen-jaarwisseling-incidenten-2018 (web167): gold `other`
    text = (
        "Vragen over de schade van burgers tijdens de jaarwisseling\n\n"
        "De gemeente heeft na de jaarwisseling veel meldingen ontvangen over schade aan auto's "
        "en woningen. Wij zetten de belangrijkste vragen op een rij.\n"
    )
    assert classify_document(text, 3)[0] != "council_questions"
