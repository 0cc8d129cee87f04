"""A news item of no known type (`other`) whose lede, its first sentence of prose, reports one
decision of a named body: the body named with its organisation (`van Wetterskip Fryslân`) or
a gloss in brackets, a dateline before it, the day and the sitting between the auxiliary and
the participle. One decision makes no meeting's record, so without this the item's decision
was lost. Each text quotes real lines of the development texts (webprobe)."""

from __future__ import annotations

import pytest

from pipeline.decisions import extract_decisions
from tests.test_decisions_headings import _decisions, _document

# wshd-collegebesluit-afvalwaterakkoord-hia-2019 (texts215), lines 1-5
WSHD = (
    "Het dagelijks bestuur (college van dijkgraaf en heemraden – D&H) heeft op 19 november "
    "ingestemd met een nieuw afvalwaterakkoord met de gemeente Hendrik-Ido-Ambacht.\n\n"
    "Foto van het zuiveringsbassin waarin vuil water wordt schoongemaakt\n\n"
    "Na vaststelling door beide partijen kan tot formele ondertekening worden overgegaan.\n"
)

# vrzw-ab-ontwerpbegroting-jaarstukken-2019-04-10 (texts200), lines 1-6
VRZW_LEDE = (
    "Het Algemeen Bestuur van Veiligheidsregio Zaanstreek-Waterland heeft de "
    "Ontwerpbegroting 2020 en de Voorlopige Jaarstukken 2018 voorlopig vastgesteld."
)
VRZW = (
    "Algemeen Bestuur stelt de Ontwerpbegroting 2020 en de Voorlopige Jaarstukken 2018 "
    "voorlopig vast\n\nwoensdag 10 april 2019 om 16:11\n"
    "Laatste update: woensdag 10 april 2019 om 17:02\n\n" + VRZW_LEDE + "\n\n"
    "Eind 2019 besluit het Algemeen Bestuur  over de uiteindelijke keuzes.\n"
)

# bonaire-eilandsraad-bestuursakkoord-2018 (texts218), lines 1-5
BONAIRE_LEDE = (
    "Kralendijk - De Eilandsraad van Bonaire is vrijwel voltallig akkoord gegaan met het "
    "Bestuursakkoord 2018-2022 tussen de Staat der Nederlanden en het Openbaar Lichaam "
    "Bonaire, waarin vergaande afspraken worden overeengekomen."
)
BONAIRE = (
    "Al het nieuws\n\nAcht van de negen Raadsleden stemmen voor\n"
    "Van een onzer verslaggevers\n" + BONAIRE_LEDE + "\n"
)

# wetterskip-fryslan-ab-herbenoeming-db-2012-12-18 (texts218), lines 1-5: the copy breaks
# the lede over a blank line
WETTERSKIP = (
    "Dagelijks bestuur Wetterskip Fryslân herbenoemd\n\n"
    "LEEUWARDEN - Het algemeen bestuur van Wetterskip Fryslân heeft in zijn vergadering van "
    "dinsdag\n\n18 december de leden van het dagelijks bestuur voor drie jaar herbenoemd.\n"
    "De termijn van de zittende leden loopt op 8 januari 2013 af.\n"
)


def test_a_lede_with_a_gloss_in_brackets_and_the_day() -> None:
    assert _decisions(WSHD, "other") == [("besluit", None, WSHD.split("\n")[0])]


def test_a_body_named_with_its_organisation_after_the_posting_days() -> None:
    assert _decisions(VRZW, "other") == [("besluit", None, VRZW_LEDE)]


def test_a_dateline_before_the_body() -> None:
    assert _decisions(BONAIRE, "other") == [("besluit", None, BONAIRE_LEDE)]


def test_a_lede_broken_over_a_blank_line() -> None:
    assert _decisions(WETTERSKIP, "other") == [
        (
            "besluit",
            None,
            "LEEUWARDEN - Het algemeen bestuur van Wetterskip Fryslân heeft in zijn "
            "vergadering van dinsdag 18 december de leden van het dagelijks bestuur voor "
            "drie jaar herbenoemd.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a lede that reports no decision: only the first sentence of prose is a lede
        # (vrzw-ab-ontwerpbegroting-jaarstukken-2019-04-10, texts200, lines 8 and 6)
        "Definitieve vaststelling vindt plaats op 24 juni 2019.\n\n" + VRZW_LEDE,
        # what the body will decide (the same item, line 12)
        "Eind 2019 besluit het Algemeen Bestuur  over de uiteindelijke keuzes van de "
        "veiligheidsregio.",
    ],
)
def test_no_decision_outside_the_lede(text: str) -> None:
    assert _decisions(text, "other") == []


def test_only_a_page_of_no_known_type_has_a_lede() -> None:
    # a letter's opening sentence reports what was decided before it was written
    assert _decisions(WSHD, "letter") == []


# The lede as news reports tell it beyond the perfect tense: the simple past of the body's
# verb, the day fronted before it, the body as the agent of a passive, the decision after the
# one sentence that gives its occasion. Each line is quoted from a development text.

# texel-gemeenteraad-171-huizen (texts271, round AZ), line 1
TEXEL = (
    "De gemeenteraad stemde woensdagavond na veel discussie in met de voorstellen die het "
    "college een paar weken geleden op tafel had gelegd."
)
# hln-wetteren-politieraad-investeringen-2018 (texts281, round BB), line 5: the body named
# with its zone in lower case and a list of municipalities
HLN_LEDE = (
    "De politieraad van de zone Wetteren, Laarne en Wichelen keurde een investeringen voor "
    "2018 goed."
)
HLN = (
    " date 2018-04 Politie investeert in wagenpark 04 april 2018\n\n02u52 0\n\n"
    + HLN_LEDE
    + " Zo wordt een tweede aanhangwagen met LED-scherm aangekocht om boodschappen te "
    "verspreiden op de openbare weg voor een bedrag van 36.000 euro.\n"
)
# omroepzeeland-waterschap-tarieven-verworpen (texts266, round AY), lines 1-3
ZEELAND_LEDE = (
    "Donderdag stemde een meerderheid van de algemene vergadering tegen het voorstel om de "
    "categorieën ingezetenen en ongebouwd tot 30 procent zwaarder te belasten."
)
ZEELAND = "Geen verhoging waterschapstarieven\n\n" + ZEELAND_LEDE + "\n"
# fryslan-gs-blokhuispoort-subsidie-2018 (texts276, round BA), lines 1-3
FRYSLAN = (
    "Provincie rekt subsidie Blokhuispoort op, maar houdt hand op de knip\n\n"
    "De renovatie van De Blokhuispoort krijgt geen extra toelage uit de provinciekas. "
    "Een verzoek daartoe is vandaag door Gedeputeerde Staten verworpen. Wel wijzigt het "
    "college zijn subsidievoorwaarden, waardoor 1,2 miljoen meerwerk voor de culturele "
    "sector subsidiabel wordt.\n"
)
# wdodelta-ab-waterschapszorg-voortzetten (texts281, round BB), line 1
WDODELTA = (
    "Uit een tussentijdse evaluatie blijkt dat de nieuwe indeling van watergangen volgens "
    "plan verloopt. Ons Algemeen bestuur heeft vandaag besloten het programma "
    "‘Waterschapszorg’ ongewijzigd voort te zetten. Met dit programma treffen we maatregelen "
    "om gevolgen van droogte en veel neerslag te beperken.\n"
)
# shertogenbosch-raad-lokale-omroep-2017-05-09 (texts266, round AY), lines 1-5: a headline
# a sentence rule reads is dropped as the item's title, and the lede is read after all
BOSCH_LEDE = (
    "De gemeenteraad heeft dinsdagavond 9 mei 2017 het voorstel van B&W voor een lokale "
    "omroep afgekeurd."
)
BOSCH = (
    "Raad keurt voorstel B&W Lokale Omroep af: men wacht nieuw voorstel af\n\n"
    "Printerversie\nGepubliceerd op: 10-05-2017 | Gewijzigd op: 10-05-2017\n"
    + BOSCH_LEDE
    + "  De gemeente-wethouder Huib van Olden-  bleef staan op € 160.000 subsidie, die "
    "feitelijk Rijkssubsidie is.\n"
)


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        (TEXEL + " \n\nHet betekent dat de gemeente nu kan beginnen.\n", TEXEL),
        (HLN, HLN_LEDE),
        (ZEELAND, ZEELAND_LEDE),
        (FRYSLAN, "Een verzoek daartoe is vandaag door Gedeputeerde Staten verworpen."),
        (
            WDODELTA,
            "Ons Algemeen bestuur heeft vandaag besloten het programma ‘Waterschapszorg’ "
            "ongewijzigd voort te zetten.",
        ),
    ],
)
def test_a_lede_in_the_simple_past_inverted_passive_or_second(text: str, lede: str) -> None:
    assert _decisions(text, "other") == [("besluit", None, lede)]


def test_a_lede_read_when_the_only_other_reading_was_the_headline() -> None:
    title = BOSCH.split("\n")[0]
    document = _document(BOSCH, "other")
    document["title"] = title
    found = [(d["kind"], d["number"], d["text"]) for d in extract_decisions(document, [])]
    assert found == [("besluit", None, BOSCH_LEDE)]


@pytest.mark.parametrize(
    "text",
    [
        # a sitting held in private (`besloten vergadering`) decides nothing by its name
        "Het algemeen bestuur heeft gisteren in besloten vergadering gesproken over de "
        "toekomst van het waterschap en de begroting voor volgend jaar.",
        # what the body decided a season ago, fronted by no day
        # (kw-westvlaamse-provincieraad-live-2016-09-22, texts281, line 5)
        "Dit voorjaar besliste de Vlaamse regering al dat de provincies een extra jaar gegund "
        "wordt om hun bevoegdheden cultuur, welzijn en sport te blijven uitoefenen.",
        # the decision's sentence third in its paragraph: beyond the lede
        "De renovatie krijgt geen extra toelage. De provincie wacht af. Een verzoek daartoe "
        "is vandaag door Gedeputeerde Staten verworpen.",
    ],
)
def test_no_lede_beyond_these_forms(text: str) -> None:
    assert _decisions(text, "other") == []
