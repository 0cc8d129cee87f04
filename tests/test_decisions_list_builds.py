"""How a decision list is built, from real texts of round AH-AJ (texts185, texts189,
texts197): the points of one numbered list below a college's subject are each a dictum
when one of them states its verb as a decision does, however the others are drafted; a
field's infinitive clause keeps the condition it is taken on after a comma; a Flemish list's
point titles asked as questions and its header's timestamp are no decisions."""

from __future__ import annotations

from tests.test_decisions_rows import _read

# noordoostpolder-bw-besluiten-2023-12-12 (texts185), lines 15-25: points 1 and 2 name no
# verb a register's dictum has (`Het realiseren van ...`, `... beschikbaar stellen ten
# behoeve van ...`), point 3 does (`vaststellen`)
COLLEGE_LIST = "\n".join(
    [
        "Besluiten burgemeester en wethouders",
        "",
        "Besluiten 12 december 2023",
        "",
        "Het vernieuwen van de vijf brandweerkazernes in Nagele, Marknesse, Rutten, Creil en Ens",
        "",
        " 1. Het realiseren van vijf nieuwe, toekomstbestendige brandweerkazernes in de dorpen.",
        " 2. Een investeringsbedrag van in totaal € 5.485.000 beschikbaar stellen ten behoeve van "
        "de realisatie van vijf brandweerkazernes.",
        " 3. De 8e wijziging van de programmabegroting 2024 vaststellen.",
        "",
        "Dienstverlening",
        "",
        " 1. Het nieuwe loket aan de Kettingweg.",
        " 2. Een informatiebijeenkomst voor de dorpen.",
    ]
)


def test_the_points_of_one_list_are_dicta_when_one_states_the_decision() -> None:
    _, decisions = _read(COLLEGE_LIST)
    assert [text for _, _, text in decisions] == [
        "Het realiseren van vijf nieuwe, toekomstbestendige brandweerkazernes in de dorpen.",
        "Een investeringsbedrag van in totaal € 5.485.000 beschikbaar stellen ten behoeve van "
        "de realisatie van vijf brandweerkazernes.",
        "De 8e wijziging van de programmabegroting 2024 vaststellen.",
    ]


def test_a_list_whose_points_state_nothing_decided_stays_out() -> None:
    # the second list alone: no point of it decides, so none is taken through its siblings
    head, _, tail = COLLEGE_LIST.partition("Het vernieuwen")
    text = head + tail.split("\n\n", 2)[-1]
    assert _read(text)[1] == []


# hhsk-vv-besluiten-2025-07-09 (texts189), lines 32-34: a council portal's `Besluit` field
HHSK_FIELD = "\n".join(
    [
        "Verenigde vergadering 9 juli 2025",
        "Agendapunten",
        "-",
        "5",
        "Bijlagen",
        "Besluit",
        "de besluitenlijst van de verenigde vergadering 28 mei 2025 vast te stellen, na het "
        "verwerken van een tekstuele wijziging.",
        "-",
        "6",
        "Bijlagen",
    ]
)


def test_a_field_dictum_keeps_its_condition_after_a_comma() -> None:
    assert [text for _, _, text in _read(HHSK_FIELD)[1]] == [
        "de besluitenlijst van de verenigde vergadering 28 mei 2025 vast te stellen, na het "
        "verwerken van een tekstuele wijziging."
    ]


# eeklo-gr-besluitenlijst-2021-07-07 (texts197), lines 1-22
EEKLO = "\n".join(
    [
        "Besluitenlijst gemeenteraad van 7 juli 2021",
        "",
        "Datum bekendmaking  dinsdag 13 juli 2021",
        "Datum besluit  woensdag 7 juli 2021",
        "",
        "OPENBARE ZITTING",
        "",
        "Bekrachtiging burgemeestersbesluit 29 juni 2021 betreffende de organisatie van een "
        "fysieke",
        "zitting van de gemeenteraad zonder publiek.",
        "",
        "",
        "De gemeenteraad bekrachtigt het burgemeestersbesluit van 29 juni 2021 betreffende de "
        "organisatie",
        "van een fysieke gemeenteraadszitting zonder publiek.",
        "",
        "Bijkomende beleidsverklaring: wat gaat het Gollege van Burgemeester en Schepenen "
        "prioritair",
        "van dossiers en projecten aanpakken na de verandering van de bestuursploeg?",
        "",
        "Bevoegdheidsverdeling binnen het Gollege en wie neemt welke verantwoordelijkheid "
        "intercommunaal en naar hogere overheid?",
        "",
        "Vertrouwensstemming van de Gemeenteraad naar de leden van het College",
        "Het voorstel om dit bij hoogdringendheid ter stemming voor te leggen, wordt verworpen.",
    ]
)


def test_question_titles_and_the_timestamp_of_a_list_are_no_decisions() -> None:
    texts = [text for _, _, text in _read(EEKLO)[1]]
    assert texts == [
        "De gemeenteraad bekrachtigt het burgemeestersbesluit van 29 juni 2021 betreffende de "
        "organisatie van een fysieke gemeenteraadszitting zonder publiek.",
        "Het voorstel om dit bij hoogdringendheid ter stemming voor te leggen, wordt verworpen.",
    ]


# noordoostpolder-bw-besluitenlijst-2022-10-04 (texts185), lines 18-39: one subject's
# decision is one paragraph below its title, unnumbered, between subjects with numbered points
TITLED_PARAGRAPH = "\n".join(
    [
        "Besluitenlijst uit de vergadering van burgemeester en wethouders van de gemeente "
        "Noordoostpolder van 4 oktober 2022.",
        "",
        "Principebesluit buurtcentrum Wittesteijn, Emmeloord",
        "",
        " 1. Instemmen met het principebesluit buurtcentrum Wittesteijn, Emmeloord.",
        " 2. De raad informeren",
        "",
        "Verordening Winkeltijden Noordoostpolder 2022",
        "",
        "De raad voorstellen de Verordening Winkeltijden Noordoostpolder 2022 vast te stellen.",
        "",
        "VO-Campus",
        "",
        " 1. Instemmen met bijstelling van het eenmalig bruto investeringsbudget voor nieuwbouw "
        "VO-Campus naar € 49.225.",
    ]
)


def test_a_subjects_single_paragraph_is_its_decision_in_a_numbered_list() -> None:
    assert [text for _, _, text in _read(TITLED_PARAGRAPH)[1]] == [
        "Instemmen met het principebesluit buurtcentrum Wittesteijn, Emmeloord.",
        "De raad informeren",
        "De raad voorstellen de Verordening Winkeltijden Noordoostpolder 2022 vast te stellen.",
        "Instemmen met bijstelling van het eenmalig bruto investeringsbudget voor nieuwbouw "
        "VO-Campus naar € 49.225.",
    ]


def test_a_title_over_two_paragraphs_gives_its_background_no_decision() -> None:
    # the same list with a background paragraph above the subject's proposal: the title
    # holds more than its decision, and neither paragraph is read as the subject's point
    text = TITLED_PARAGRAPH.replace(
        "\n\nDe raad voorstellen",
        "\n\nDe verordening is in 2019 voor het laatst herzien.\n\nDe raad voorstellen",
    )
    assert [text for _, _, text in _read(text)[1]] == [
        "Instemmen met het principebesluit buurtcentrum Wittesteijn, Emmeloord.",
        "De raad informeren",
        "Instemmen met bijstelling van het eenmalig bruto investeringsbudget voor nieuwbouw "
        "VO-Campus naar € 49.225.",
    ]


# loonopzand-collegebesluiten-2025-12-16 (texts195), lines 47-55: the `Besluit` field prints
# its points, then a paragraph whose last line is a dictum as a bare infinitive
LOONOPZAND_FIELD = "\n".join(
    [
        "Collegebesluiten dinsdag 16 december 2025",
        "",
        "  5. 3.1",
        "",
        "    Besluit",
        "",
        "    1. in te stemmen met het resultaat van de onderhandeling met Casade en het plan "
        "Hooivork III overeenkomstig aan te passen;",
        "    2. de realisatie van een natuurplas uit het plan Hooivork III te halen.",
        "",
        "    Het college besluit conform het voorstel met dien verstande dat de "
        "portefeuillehouder is gemandateerd voor het doorvoeren van tekstuele wijzigingen.",
        "    {last}",
        "",
        "  6. 3.2",
    ]
)


def test_a_bare_infinitive_below_a_fields_points_is_a_dictum() -> None:
    texts = [
        text for _, _, text in _read(LOONOPZAND_FIELD.format(last="Gemeenteraad informeren."))[1]
    ]
    assert texts[-1] == "Gemeenteraad informeren."


def test_a_short_sentence_without_a_dictums_verb_below_the_points_is_none() -> None:
    for last in ("Zie de bijlagen.", "Gemeenteraad is geïnformeerd."):
        texts = [text for _, _, text in _read(LOONOPZAND_FIELD.format(last=last))[1]]
        assert last not in texts
