"""A kind's share of the items told with its part's verb in forms the share readers lacked:
an adverb between the verb and `over` after the bracket (`(82,8%) gaan enkel over`), the verb
before the share (`gaat 62 procent van de oproepen over ...`), a subordinate clause's order
(`betrekking heeft op`), the share of `het aantal` items with a relative clause before the
part's verb and the category it falls in (`valt binnen de categorie`), what the part was filed
for (`werden ingediend voor`), and a share whose verb names the items and what they were for
(`40,5% betreft meldingen voor ...`). Each test quotes the real lines it names (incBI63); the
negative tests keep a stage of handling and a part filed by whom unread."""

from __future__ import annotations

from tests.incident_facts import subject_facts


def _shares(text: str, doc_type: str = "other") -> set[float]:
    """The kinds' shares in percent read from `text`."""
    return {f[3] for f in subject_facts(text, doc_type) if f[2] == "other" and f[4] == "percent"}


def test_the_most_items_share_then_an_adverb_before_over():
    # texts264/omgeving-vlaanderen-omgevingsvergunningen-2018-2023 (AY), lines 1, 19 and 24
    text = (
        "Omgevingsvergunningen\n\n"
        "Van 1 januari 2018 tot en met 31 december 2023 zijn 547 499 aanvragen voor een "
        "omgevingsvergunning ingediend.\n\n"
        "De meeste aanvragen (82,8%) gaan enkel over een stedenbouwkundige handeling zoals het "
        "(ver)bouwen van een woning, bijgebouw of appartement, het plaatsen van een afsluiting, "
        "etc. Gemengde aanvragen, die twee of meer types omgevingsvergunningen combineren, komen "
        "minder frequent voor (9,3%)."
    )
    assert 82.8 in _shares(text)


def test_a_share_of_the_items_about_a_kind_in_a_subordinate_clause():
    # texts295/anevei-nvwa-meldingen-dierverwaarlozing-2012-2014 (BE), lines 1, 5 and 10
    text = (
        "Pluimveeweb: Meer meldingen dierverwaarlozing\n\n"
        "In 2014 kwamen er bij de Nederlandse Voedsel- en Warenautoriteit (NVWA) 2.555 meldingen "
        "binnen over dierverwaarlozing.\n\n"
        "In het jaarverslag is te lezen dat ongeveer 80 procent van de meldingen over "
        "dierverwaarlozing betrekking heeft op verwaarlozing van paarden, pony’s, schapen, ezels "
        "en runderen."
    )
    assert 80.0 in _shares(text)


def test_a_share_of_the_number_of_items_then_the_category_it_falls_in():
    # texts315/favv-consumentenklachten-2022-2023 (BI), lines 7 and 13 (its first sentence)
    text = (
        "Bijna 6 op 10 consumentenklachten leiden tot maatregelen op het terrein\n\n"
        "In 2023 ontving het Meldpunt voor de Consument van het FAVV 4865 klachten.\n\n"
        "Ongeveer één derde (30%) van het aantal klachten die het FAVV in 2023 ontving, valt "
        "binnen de categorie hygiëne."
    )
    assert 30.0 in _shares(text)


def test_the_most_items_share_filed_for_a_kind_and_the_next_share_naming_them():
    # texts314/omgeving-vlaanderen-indicator-meldingen-2018-2023 (BI), lines 1, 9, 11, 15 and 19
    text = (
        "Meldingen\n\n"
        "Temporeel bereik\n\n"
        "2018-2023\n\n"
        "Meeste meldingen voor IIOA\n\n"
        "Tijdens de periode 2018-2023 werden gemiddeld 16 358 meldingen per jaar ingediend. "
        "Sinds 2018 steeg het aantal ingediende meldingen jaarlijks tot en met 2021. In 2022 en "
        "2023 was er een daling van respectievelijk 20,5% en 24% t.o.v. het piekjaar 2021. "
        "De meeste meldingen (59%) werden ingediend voor de exploitatie van een ingedeelde "
        "inrichting of activiteit (IIOA). 40,5% betreft meldingen voor stedenbouwkundige "
        "handelingen en slechts 0,5% zijn gemengd."
    )
    assert {59.0, 40.5} <= _shares(text)


def test_a_share_of_the_number_of_items_handled_stays_unread():
    # a stage of the items' handling, not a kind (the vocabulary's `afgehandeld`)
    text = (
        "Klachten\n\n"
        "In 2023 ontving de gemeente 400 klachten. "
        "Ongeveer 30% van het aantal klachten die de gemeente in 2023 ontving, werd binnen zes "
        "weken afgehandeld."
    )
    assert 30.0 not in _shares(text)


def test_a_share_filed_by_whom_stays_unread():
    # who filed the part is no kind of it: only `ingediend voor` tells what it was for
    text = (
        "Meldingen\n\n"
        "In 2023 werden 16 358 meldingen ingediend. "
        "De meeste meldingen (59%) werden ingediend door bewoners."
    )
    assert 59.0 not in _shares(text)


def test_the_parts_verb_before_its_share_and_what_it_was_about_after_the_items():
    # texts315/vrt-hulplijn-1712-oproepen-2018 (BI), lines 1, 5 and 9 (its first sentence)
    text = (
        "Hulplijn 1712: vooral oproepen over kindermishandeling en partnergeweld\n\n"
        "In 2018 beantwoordden 1712-medewerkers 5126 oproepen, een stijging met 6 procent "
        "tegenover het jaar daarvoor.\n\n"
        "In absolute cijfers gaat 62 procent van de oproepen over kindermishandeling (waarvan 80 "
        "procent binnen de context van het gezin of gescheiden gezin), 20 procent van de "
        "oproepen gaat over partnergeweld, zowel fysiek als emotioneel."
    )
    assert {62.0, 20.0} <= _shares(text)


def test_a_share_of_one_kinds_count_stays_unread():
    # texts219/inspectie-onderwijs-vertrouwensinspecteurs-meldingen-2019-2020 (AP), line 1 and
    # line 5 (the gold counts the 92 reports of that kind, not who the accused was in them)
    text = (
        "In het schooljaar 2019/2020 ging 69 procent van het aantal meldingen van seksueel "
        "misbruik (63 van de 92 meldingen) over een „met taken belast persoon.” In 2018/2019 "
        "betrof dit de helft van het aantal meldingen en in 2017/2018 was dit circa 48 "
        "procent.\n\n"
        "In het schooljaar 2019/2020 hebben de vertrouwensinspecteurs van de Inspectie van het "
        "Onderwijs in totaal 1351 meldingen ontvangen."
    )
    assert 69.0 not in _shares(text)
