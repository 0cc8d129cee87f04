"""Written questions titled by their kind: a province's `Statenvragen`, a party's letter
`Vragen aan het College; inzake ...`, a Kamerstuk's `LIJST VAN VRAGEN EN ANTWOORDEN`, also
under the Kamerstuk's head printed a line each (dossier number, dossier title, `nr. 3`)."""

from __future__ import annotations

from pipeline.documents.doc_types import classify_document

PLAIN = 3  # the title lines of a plain-text release


def test_statenvragen_title():
    # pvv-noordbrabant-statenvragen-documenten-ressen-klimaattafels (web223)
    text = (
        "Statenvragen Ongecensureerde documenten van RESsen en klimaattafels\n\nGeacht college,\n"
    )
    assert classify_document(text, PLAIN)[0] == "council_questions"


def test_party_letter_of_questions_title():
    # westland-verstandig-vragen-toepassing-wob-vraag-063 (web223)
    text = (
        "Vragen aan het College; inzake toepassing WOB en de uitlatingen zijdens het College "
        "over de WOB\n\nHet College van Burgemeester en Wethouders\nvan de Gemeente Westland\n"
    )
    assert classify_document(text, PLAIN)[0] == "council_questions"


def test_list_of_questions_and_answers_after_its_number():
    # ocw-lijst-vragen-antwoorden-verantwoordingsonderzoek-2023-06-09 (web233)
    text = (
        "36 360 VIII Jaarverslag en slotwet Ministerie van Onderwijs, Cultuur en Wetenschap 2022\n"
        "Nr. 8 LIJST VAN VRAGEN EN ANTWOORDEN\n"
        "Vastgesteld 9 juni 2023\n"
    )
    assert classify_document(text, PLAIN)[0] == "council_questions"


def test_kamerstuk_head_a_line_each_reads_the_kind_below_its_number():
    # tk-kst-31235-3-lijst-vragen-antwoorden-2008-01-31 (web228)
    text = (
        "31 235\nLeren van parlementair onderzoek\n\nnr. 3\nLIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "Vastgesteld 31 januari 2008\n\nDe commissie voor de Rijksuitgaven heeft een aantal "
        "vragen voorgelegd aan de minister.\n"
    )
    assert classify_document(text, PLAIN) == ("council_questions", "LIJST VAN VRAGEN EN ANTWOORDEN")


def test_kamerstuk_head_without_its_number_keeps_three_lines():
    text = "31 235\nLeren van parlementair onderzoek\nVerslag\nLIJST VAN VRAGEN EN ANTWOORDEN\n"
    assert classify_document(text, PLAIN)[0] != "council_questions"
