"""One-period tables of kinds whose titles name the items they count: a label column's
title beside a count column named by the items (`Beroepsziekte Aantal nieuwe aanvragen`,
a top ten with ranked rows, one row's label wrapped over lines with its count alone on
the next), and a caption naming the rows as kinds of the items and their year
(`Discriminatiegronden van de verzoeken in 2023`, cells glued to their labels). Each test
quotes the real lines it names; the negative tests keep titles that name no item, a table
of contents and a breakdown by a property unread."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import kind_facts, period_facts

# texts309/attentia-fedris-aanvragen-beroepsziekte-2017 (BH), line 1 (its first two
# sentences, the document's title in the real run) and lines 9-21 (the table, as printed)
_FEDRIS_TITLE = (
    "In 2017 heeft het Federaal agentschap voor beroepsrisico's (Fedris) 9.087 eerste "
    "aanvragen voor erkenning van een beroepsziekte ontvangen. 8.147 aanvragen waren "
    "afkomstig uit de privésector en 940 uit de provinciale en lokale administraties."
)
_FEDRIS = (
    f"{_FEDRIS_TITLE}\n\n"
    "Beroepsziekte Aantal nieuwe aanvragen\n"
    "  1. Tendinopathie 2.982\n"
    "  2. Aantasting van de zenuwfunctie door druk 1.375\n"
    "  3. Radiculair syndroom t.h.v. de lendenwervelzuil (ischias, hernia en artrose aan de "
    "wervelkolom\n"
    "      door het tillen van zware lasten en/of door mechanische trillingen)\n"
    "1.310\n"
    "  4. Been- en gewrichtsaandoeningen 1.011\n"
    "  5. Longziekten    834\n"
    "  6. Gehoorverlies (door lawaai)    502\n"
    "  7. Huidziekten    488\n"
    "  8. Been- en gewrichtsaandoeningen van de bovenste ledematen door trillingen    291\n"
    "  9. Algemene ziekten, intoxicaties, infectieziekten en inwendige ziekten, niet elders "
    "vermeld    163\n"
    "10. Neus-, keel- een oorziekten (behalve gehoorverlies door lawaai)      59\n"
)


def test_a_top_ten_under_a_count_column_named_by_the_items():
    facts = {f[:3] for f in period_facts(_FEDRIS, title=_FEDRIS_TITLE)}
    kinds = {f[2] for f in facts if f[:2] == (_year(2017), "other")}
    # every ranked row, the long labels and the wrapped third row (its count on line 14)
    assert kinds >= {2982.0, 1375.0, 1310.0, 1011.0, 834.0, 502.0, 488.0, 291.0, 163.0, 59.0}
    # no rank is a count
    assert not {f for f in facts if f[2] in (1.0, 2.0, 3.0, 10.0)}


# texts294/mensenrechten-verzoeken-oordeel-2023 (BE), lines 3 (its second sentence the
# document's title in the real run), 13 and 17-33
_GROUNDS_TITLE = (
    "Iedereen die een vermoeden van discriminatie heeft, kan een oordeel aanvragen bij het College."
)
_GROUNDS = (
    f"{_GROUNDS_TITLE} In 2023 onderzochten wij 580 verzoeken en spraken wij 141 oordelen uit.\n\n"
    "In 2023 onderzochten wij 580 verzoeken om een oordeel.\n\n"
    "Discriminatiegronden van de verzoeken in 2023\n"
    "Verzoeken\n"
    "Handicap en chronische ziekte138\n"
    "Geslacht114\n"
    "Ras102\n"
    "Nationaliteit75\n"
    "Godsdienst35\n"
    "Leeftijd28\n"
    "Burgerlijke staat22\n"
    "Arbeidsduur13\n"
    "Politieke overtuiging9\n"
    "Arbeidsinvulling8\n"
    "Levensovertuiging5\n"
    "Seksuele gerichtheid5\n"
    "Geen gelijkebehandelingsgrond5\n"
    "WAZO-verlof4\n"
    "Vaste en tijdelijke contracten2\n"
)


def test_a_caption_naming_the_rows_as_kinds_of_the_items_and_its_year():
    facts = {f[:3] for f in period_facts(_GROUNDS, title=_GROUNDS_TITLE)}
    kinds = {f[2] for f in facts if f[:2] == (_year(2023), "other")}
    assert kinds >= {138.0, 114.0, 102.0, 75.0, 35.0, 28.0, 22.0, 13.0, 9.0, 8.0, 5.0, 4.0, 2.0}


def test_a_count_column_of_what_is_no_item_heads_no_kinds():
    # texts255/barendrecht-boa-meldingen-2016 (AW), lines 11-18: the BOA's own fines
    text = (
        "In 2016 kwamen 1.165 meldingen binnen.\n\n"
        "Onderwerp Aantal PV’s\n"
        "Hondenbeleid 5\n"
        "Afval 2\n"
        "Verkeerd parkeren blauwe zone 92\n"
        "Totaal 312\n"
    )
    assert not {f for f in kind_facts(text) if f[2] in (5.0, 2.0, 92.0)}


def test_a_numbered_table_of_contents_is_no_top_ten():
    # texts269/cvt-pi-middelburg-jaarverslag-2020-negatief (AZ), lines 30-36: chapters and
    # their pages, under no count column
    text = (
        "In 2020 ontving de commissie 12 klachten.\n\n"
        "Inhoud\n"
        "1. De inrichting 2\n"
        "2. Activiteiten in het kader van de advies- en de toezichthoudende taak 3\n"
        "3. Activiteiten in het kader van de berniddelingstaak 7\n"
        "4. Activiteiten in het kader van de rechtsprekende taak 8\n"
    )
    assert {f[2] for f in kind_facts(text)} <= {12.0}


def test_a_caption_of_a_property_of_the_items_heads_no_kinds():
    # texts269/agentschap-telecom-meldplicht-storingen-2015 (AZ), lines 24 and 41-47: the
    # notified incidents by how long they lasted (the gold leaves them out)
    text = (
        "Er zijn in 2015 in totaal 39 incidenten gemeld.\n\n"
        "Duur van de incidenten\n"
        "Aantal meldingen\n"
        "Onbekend3\n"
        "< 6 uur25\n"
        "< 12 uur5\n"
    )
    assert {f[2] for f in kind_facts(text)} <= {39.0}


# texts299/bkinformatie-mondriaan-fonds-aanvragen-2020 (BF), lines 1, 5 (its first sentence)
# and 18-37: the schemes' records, each under its heading
_SCHEMES = (
    "Bijdragen 2020 Mondriaan Fonds\n\n"
    "Het afgelopen jaar ontving het Mondriaan Fonds 3.117 aanvragen voor bijdragen, zo blijkt "
    "uit het Jaarverslag 2020 van het fonds.\n\n"
    "– Werkbijdrage Bewezen Talent \n\n"
    "Aantal aanvragen: 256\n"
    "Totaal gevraagd bedrag: 9.728.000\n"
    "Gehonoreerd: 142\n"
    "Toegekend bedrag: 5.396.000 \n\n"
    "– Projectinvestering Kunstenaar en Bemiddelaar \n\n"
    "Aantal aanvragen: 273\n"
    "Totaal gevraagd bedrag: 4.052.145\n"
    "Gehonoreerd: 130\n"
    "Toegekend bedrag: 2.197.062 \n\n"
    "– Bijdrage Gastateliers \n\n"
    "Aantal aanvragen: 155\n"
    "Totaal gevraagd bedrag: 1.388.883\n"
    "Gehonoreerd: 37\n"
    "Toegekend bedrag: 333.042 \n"
)


def test_records_of_kinds_each_counting_the_items_in_a_field():
    facts = {f[:3] for f in period_facts(_SCHEMES, "other", title="Bijdragen 2020 Mondriaan Fonds")}
    kinds = {f[2] for f in facts if f[:2] == (_year(2020), "other")}
    assert kinds >= {256.0, 273.0, 155.0}
    # the outcomes and the amounts are no count of the items received
    assert not {f for f in facts if f[2] in (142.0, 130.0, 37.0, 9728000.0)}


def test_one_record_alone_is_no_table():
    text = _SCHEMES.split("– Projectinvestering")[0]
    facts = period_facts(text, "other", title="Bijdragen 2020 Mondriaan Fonds")
    assert not {f for f in facts if f[2] == 256.0}
