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


# Round BC: the lede read beside the item's other decisions, the lede proper after a teaser
# where its dateline opens it, on a page another sign typed where a dateline opens it, and
# kept when the page's title was taken from it. Each line is quoted from a development text.

# almere-gemeenteraad-lokale-omroep-spfa-sloa (texts286, round BC), lines 1-5: no headline
# printed, so the title is the lede's own sentence
ALMERE_LEDE = (
    "De gemeenteraad van Almere heeft gekozen voor SPFA/SLOA als nieuwe lokale omroep van Almere."
)
ALMERE = (
    ALMERE_LEDE + " Gisteren hebben de raadsleden gestemd over het collegevoorstel. Het "
    "college stelde eerder voor om SPFA/SLOA aan te wijzen als zendgemachtigde.\n\n"
    "Geen steun\n\n"
)
# zeist-gemeenteraad-jaarstukken-2021 (texts286, round BC), lines 1-3: a teaser, a byline,
# the datelined lede whose second sentence but one another step reads
ZEIST_LEDE = (
    "ZEIST - De gemeenteraad van Zeist heeft de jaarstukken van 2021 vastgesteld, waaruit "
    "blijkt dat de gemeente een positief resultaat van € 4,3 miljoen heeft behaald."
)
ZEIST_ALSO = (
    "De raad heeft ook ingestemd met het bestemmingsvoorstel voor het saldo, inclusief "
    "dotaties aan reserves en budgetten voor lokale economie en toerisme."
)
ZEIST = (
    "De gemeente Zeist heeft het jaar 2021 afgesloten met een positief resultaat van € 4,3 "
    "miljoen. De jaarstukken en het bestemmingsvoorstel zijn unaniem aangenomen door de "
    "raad.\nPolitiekverslaggever Rijk de Bat\n" + ZEIST_LEDE + " Dit resultaat is "
    "voornamelijk te danken aan incidentele inkomsten vanuit het Rijk. " + ZEIST_ALSO + "\n"
)
# belgium-ministerraad-hulpverleningszones-2009-01-29 (texts281, round BB), lines 1-15:
# the lede, and the body's decision told again in the present further on
BELGIUM_LEDE = (
    "De ministerraad heeft op voorstel van minister van Binnenlandse Zaken Guido De Padt in "
    "tweede lezing een ontwerp van koninklijk besluit goedgekeurd dat de territoriale "
    "afbakening van de hulpverleningszones vastlegt."
)
BELGIUM_LATER = (
    "De ministerraad keurt de afbakening van de zones goed, nadat er een consultatie in twee "
    "fasen heeft plaatsgevonden."
)
BELGIUM = (
    "29 jan 2009 10:50\n\nAfbakening hulpverleningszones\n\n"
    "Afbakening van de hulpverleningszones voor de civiele veiligheid - tweede lezing\n\n"
    + BELGIUM_LEDE
    + " Het ontwerp bepaalt de grenzen van de toekomstige hulpverleningszones.\n\n"
    + BELGIUM_LATER
    + " De eerste consultatie vond plaats met een raadgevend comité in elke provincie in het "
    "eerste semester van 2008.\n\n"
    "De ministerraad heeft bovendien een ontwerp van koninklijk besluit goedgekeurd dat de "
    "samenstelling en de werking van de Begeleidingscommissie voor de hervorming van de "
    "civiele veiligheid regelt.\n"
)
# ministerraad-besluitenlijst-openbaar-2021-04-09 (texts261, round AX), lines 1-7: typed an
# agenda for its title; the news agency in brackets after the place
MINISTERRAAD_LEDE = (
    "DEN HAAG (PDC) - De ministerraad heeft ingestemd met het voorstel van demissionair "
    "minister-president Rutte om de agenda van de ministerraad bij aanvang van de vergadering "
    "openbaar te maken."
)
MINISTERRAAD = (
    "Agenda en besluitenlijst ministerraad worden openbaar\n\nvrijdag 9 april 2021, 15:15\n\n"
    + MINISTERRAAD_LEDE
    + "\n\nNa afloop van de vergadering zal, zoals aangekondigd in de kabinetsreactie, ook de "
    "besluitenlijst openbaar worden gemaakt.\n"
)


def _found(text: str, doc_type: str, title: str | None = None) -> list[tuple]:
    document = _document(text, doc_type)
    document["title"] = title
    return [(d["kind"], d["text"], d["is_proposal"]) for d in extract_decisions(document, [])]


def test_a_lede_kept_when_the_title_was_taken_from_it() -> None:
    assert _found(ALMERE, "other", ALMERE_LEDE) == [("besluit", ALMERE_LEDE, False)]


def test_the_datelined_lede_after_a_teaser_beside_the_other_decisions() -> None:
    found = [text for _, text, _ in _found(ZEIST, "other")]
    assert ZEIST_LEDE in found
    assert ZEIST_ALSO in found
    assert len(found) == len(set(found))


def test_a_lede_read_beside_a_decision_told_again_further_on() -> None:
    found = [text for _, text, _ in _found(BELGIUM, "other")]
    assert found.count(BELGIUM_LEDE) == 1
    assert BELGIUM_LATER in found


def test_a_datelined_lede_on_a_page_typed_an_agenda_is_a_decision_taken() -> None:
    assert _found(MINISTERRAAD, "agenda") == [("besluit", MINISTERRAAD_LEDE, False)]


def test_past_a_teaser_only_a_datelined_paragraph_is_the_lede() -> None:
    undated = ZEIST.replace("ZEIST - ", "")
    assert ZEIST_LEDE.removeprefix("ZEIST - ") not in [t for _, t, _ in _found(undated, "other")]


def test_no_lede_without_a_dateline_on_a_page_typed_an_agenda() -> None:
    assert _found(MINISTERRAAD.replace("DEN HAAG (PDC) - ", ""), "agenda") == []
