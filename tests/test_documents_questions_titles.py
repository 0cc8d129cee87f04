"""Written questions titled by their kind: a province's `Statenvragen`, a party's letter
`Vragen aan het College; inzake ...`, a Kamerstuk's `LIJST VAN VRAGEN EN ANTWOORDEN`, also
under the Kamerstuk's head printed a line each (dossier number, dossier title, `nr. 3`); a
committee's report held in writing (`VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, `VOORLOPIG VERSLAG`);
the Raad van State's advice with the minister's nader rapport, a report dated by the nader
rapport, also below a register's metadata."""

from __future__ import annotations

from datetime import date

from pipeline.documents import document_date
from pipeline.documents.doc_types import classify_document
from pipeline.documents.titles import title_at_top

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


def test_written_consultation_after_its_letter_and_a_footnote_mark():
    # tk-verslag-schriftelijk-overleg-woo-2023-12-28 (web217, round AO): the paper's letter
    # `AI` with the footnote's `1` run onto it
    text = (
        "33 328 Voorstel van wet van de leden Snels en Sneller houdende regels over de "
        "toegankelijkheid van informatie van publiek belang (Wet open overheid)\n\n"
        "AI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 28 december 2023\n\n"
        "De vaste commissie voor Binnenlandse Zaken2 heeft tijdens haar commissievergadering "
        "van 10 oktober 2023 haar leden gelegenheid gegeven tot het stellen van vragen\n"
    )
    assert classify_document(text, PLAIN)[0] == "report"


def test_eerste_kamer_preliminary_report_is_no_draft_of_minutes():
    # ek-voorlopig-verslag-wet-modernisering-elektronisch-bestuurlijk-verkeer-2022-06-21
    # (web253, round AV): the committee's members' questions on a bill, held in writing
    text = (
        "35 261 Wijziging van de Algemene wet bestuursrecht in verband met de herziening van "
        "afdeling 2.3 van die wet (Wet modernisering elektronisch bestuurlijk verkeer)\n\n"
        "B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE "
        "COLLEGES VAN STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING1\n\n"
        "Vastgesteld 21 juni 2022\n\n1. Inleiding\n\n"
        "De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het "
        "wetsvoorstel\n"
    )
    assert classify_document(text, PLAIN)[0] == "report"


def test_a_provisional_record_and_an_oral_consultation_stay_minutes():
    provisional = "Voorlopig verslag van de ledenvergadering\n\nAanwezig: Kees, Anja\n"
    assert classify_document(provisional, PLAIN)[0] == "minutes"
    # tweedekamer-buza-ao-2010-12-09 (web222, round AP): a consultation met in person
    oral = (
        "Kamerstuk 21501-04-120\n\nNr. 120 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\n"
        "Vastgesteld 4 januari 2011\n\nDe vaste commissie voor Buitenlandse Zaken1 heeft op "
        "9 december 2010 overleg gevoerd met staatssecretaris Knapen\n"
    )
    assert classify_document(oral, PLAIN)[0] == "minutes"


#: raad-van-state-advies-nader-rapport-wet-milieubeheer-hoofdstuk-9-2008-06-04 (web263, round
#: AX; the lead cut after its dates): the register's metadata over the dossier's number and
#: title, the paper's number alone on its line, its kind below it, the footnote's mark run on
_ADVICE_BELOW_METADATA = (
    "Kamerstuk\n\n"
    "Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer\n"
    "Tweede Kamer der Staten-Generaal2007-200831501 nr. 4\n\n"
    "31 501\n"
    "Wijziging van de Wet milieubeheer en diverse aanverwante wetten (Verdere invulling van "
    "hoofdstuk 9)\n\n"
    "nr. 4\n"
    "ADVIES RAAD VAN STATE EN NADER RAPPORT1\n\n"
    "Hieronder zijn opgenomen het advies van de Raad van State d.d. 19 november 2007 en het "
    "nader rapport d.d. 4 juni 2008, aangeboden aan de Koningin door de minister van "
    "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer.\n"
)
#: tk-kst-35968-4-advies-raad-van-state-nader-rapport-archiefwet-2021 (web258, round AW; the
#: site's menu and the lead shortened): the register's number and date over the paper
_ADVICE_UNDER_A_MENU = (
    "[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies]\n"
    "[toezeggingen] [stemmingen] [verslagen] [🔍 uitgebreid zoeken] [wat is dit?]\n\n"
    "Advies Afdeling advisering Raad van State en Nader rapport\n\n"
    "Intrekking van de Archiefwet 1995 en vervanging door de Archiefwet 2021 (Archiefwet 2021)\n\n"
    "Nummer: 2021D44420, datum: 2021-11-17, bijgewerkt: 2024-04-10 12:36, versie: 3\n\n"
    "Nr. 4 ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT1\n\n"
    "Hieronder zijn opgenomen het advies van de Afdeling advisering van de Raad van State d.d. "
    "17 maart 2021 en het nader rapport d.d. 15 november 2021, aangeboden aan de Koning door de "
    "Minister voor Basis- en Voortgezet Onderwijs en Media.\n"
)


def test_advice_and_nader_rapport_is_a_report_below_the_registers_metadata():
    doc_type, title = classify_document(_ADVICE_BELOW_METADATA, PLAIN)
    assert (doc_type, title) == ("report", "ADVIES RAAD VAN STATE EN NADER RAPPORT1")
    assert classify_document(_ADVICE_UNDER_A_MENU, PLAIN)[0] == "report"


def test_advice_and_nader_rapport_is_dated_by_the_nader_rapport():
    assert document_date("report", _ADVICE_BELOW_METADATA, None) == (date(2008, 6, 4), False)
    # not the register's date, nor the advice's
    assert document_date("report", _ADVICE_UNDER_A_MENU, None) == (date(2021, 11, 15), False)


def test_a_paper_number_far_down_reads_only_the_line_below_it():
    # the kind right below the paper's number is read, not a heading further down
    below = _ADVICE_BELOW_METADATA.replace(
        "ADVIES RAAD VAN STATE EN NADER RAPPORT1", "Inhoud\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG"
    )
    assert title_at_top(below, PLAIN) is None
    # without a nader rapport, the advice's own date is not taken for one
    advice_only = _ADVICE_BELOW_METADATA.replace(" en het nader rapport d.d. 4 juni 2008", "")
    assert document_date("report", advice_only, None)[0] != date(2008, 6, 4)
