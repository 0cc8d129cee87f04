"""The body that met, named as the head of its record prints it (`find_meeting_body`): the
full name a municipal record's opening sentence gives its council."""

from __future__ import annotations

import pytest

from pipeline.documents import documents_from_text
from pipeline.meetings import extract_meetings, find_meeting_body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts184/menterwolde-raad-2009-05-28 lines 3-5
        (
            [
                "Concept raadsnotulen d.d. 28-05-2009",
                "Vergadering van de raad der gemeente Menterwolde,",
                "gehouden op donderdag 28 mei 2009",
            ],
            "raad der gemeente menterwolde",
        ),
        # texts193/deventer-raad-2009-10-21 line 1
        (
            ["Verslag van de openbare vergadering van de raad van de gemeente Deventer"],
            "raad van de gemeente deventer",
        ),
        # the council named as the portal names it stays the municipal council
        (["Notulen van de openbare vergadering van de gemeenteraad"], "gemeenteraad"),
        (["De raad van de gemeente besluit:"], "gemeenteraad"),
    ],
)
def test_a_council_named_with_its_municipality_as_printed(lines: list[str], body: str) -> None:
    assert find_meeting_body(lines) == body


def test_a_council_of_two_places_named_in_a_title_in_capitals() -> None:
    # texts251/haarlemmerliede-raad-notulen-2010-04-27 line 2, read as a title
    title = (
        "NOTULEN VAN DE OPENBARE VERGADERING VAN DE RAAD DER GEMEENTE HAARLEMMERLIEDE EN"
        " SPAARNWOUDE OP DINSDAG 27 APRIL 20.00 UUR"
    )
    assert find_meeting_body([], title) == "raad der gemeente haarlemmerliede en spaarnwoude"


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts246/ekeren-districtscollege-notulen-2022-09-20 lines 4-6, a portal's heading
        (
            ["Notulen  districtscollege Ekeren", "di 20/09/2022 - 13:30 Raadzaal"],
            "districtscollege Ekeren",
        ),
        # texts241/bzl lines 4-6: a district named by three places
        (
            [
                "Notulen  districtscollege Berendrecht Zandvliet Lillo",
                "ma 14/11/2022 - 18:30 Districtshuis Berendrecht-Zandvliet-Lillo",
            ],
            "districtscollege Berendrecht Zandvliet Lillo",
        ),
        # the district's council keeps its name
        (
            ["Notulen  districtsraad Merksem", "ma 14/11/2022 - 19:30 Raadzaal"],
            "districtsraad Merksem",
        ),
    ],
)
def test_a_districts_executive_named_as_printed(lines: list[str], body: str) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts185/wshd-collegebesluiten-2018-02-27 lines 1-6: the body defined with its
        # letters under the title, its sitting told by the letters
        (
            [
                "Collegebesluiten 27 februari 2018",
                "1 maart 2018 Het college van dijkgraaf en heemraden (D&H) vormt het dagelijks"
                " bestuur van waterschap Hollandse Delta. D&H zijn belast met de dagelijkse"
                " aangelegenheden van het waterschap.",
                "Sloot met begroeiing | © waterschap Hollandse Delta",
                "D&H hebben op 27 februari 2018 onder meer het volgende besloten:",
                "Voorbereiding bestuursvergaderingen maart 2018",
            ],
            "college van dijkgraaf en heemraden",
        ),
        # letters in brackets after no body of the vocabulary define no body that met
        (
            [
                "Verslag 12 maart 2019",
                "De Stichting Vrienden van het Museum (SVM) is de steun van het museum.",
            ],
            None,
        ),
    ],
)
def test_a_body_defined_by_its_name_and_letters_in_the_head(
    lines: list[str], body: str | None
) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts237/driehuizen-alv-2023-03-06 lines 1-5
        (
            [
                "Notulen ALV 2023",
                "CONCEPT!",
                "Notulen van haar 61 ste algemene ledenvergadering,",
                "op maandag 6 maart 2023, in café de Vriendschap te Driehuizen. Aanvang 20.00 uur.",
            ],
            "algemene ledenvergadering",
        ),
        # texts179/black-eagles-alv-2020-11-17 lines 1-5, the words apart
        (
            [
                "Verslag van de ALV 2020",
                "ALV 17 November: Duo voorzitterschap vervangt Luc de Laat",
                "Op 17 november heeft de algemene leden vergadering plaatsgevonden in Sporthal de"
                " Hazelaar en online (via Teams).",
            ],
            "algemene leden vergadering",
        ),
        # a head that prints the letters alone keeps them (texts163/fronteers-alv-2025-11-28)
        (["Notulen ALV 28 november 2025"], "alv"),
    ],
)
def test_a_members_meeting_by_its_letters_named_as_the_head_spells_them(
    lines: list[str], body: str
) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts311/zeeburg-stadsdeelraad-amendementen-2007-02-20 lines 1, 7 (gold web311):
        # `raadsvergadering` in the title, the district council named in full below
        (
            [
                "Bijlage raadsvergadering 20 februari 2007: Moties en amendementenDovnload"
                " 41.23 Kb.",
                "De Raad van het stadsdeel Zeeburg in vergadering bijeen op 20 februari 2007,",
            ],
            "raad van het stadsdeel zeeburg",
        ),
        # texts222/oostkamp-sportraad-rvb-2015-01-27 line 3 (gold web222)
        (
            ["Verslag raad van bestuur Sportraad Oostkamp 27 januari 2015"],
            "raad van bestuur sportraad oostkamp",
        ),
        # texts251/haarlemmerliede-raad-notulen-2010-04-27-negatief line 1 (gold web251)
        (
            ["Gemeenteraad van Haarlemmerliede en Spaarnwoude/27 april 2010"],
            "gemeenteraad van haarlemmerliede en spaarnwoude",
        ),
        # a council named without its place, or its place a label, stays the municipal council
        (["Notulen van de openbare vergadering van de gemeenteraad"], "gemeenteraad"),
        (["De gemeenteraad van Zutphen:", "Raadsvergadering 12 mei 2020"], "gemeenteraad"),
    ],
)
def test_a_council_named_in_full_in_the_head_over_the_word_raad(
    lines: list[str], body: str
) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts205/hoogwoud-dorpsraad-2008-01-14 lines 1-3
        (["Notulen 14-01-2008", "Bestuurlijk overleg Dorpsraad Hoogwoud"], "dorpsraad hoogwoud"),
        # texts172/harmelen-dpf-bestuur-2019-05-20 line 1
        (
            ["Verslag bestuursoverleg Dorpsplatform Harmelen, 20 mei 2019."],
            "dorpsplatform harmelen",
        ),
        # texts175/logius-tag-oauth-nl-2022-06-29-agenda line 1
        (
            ["# Agenda overleg Technische Architectuur Groep OAuth-NL"],
            "technische architectuur groep oauth-nl",
        ),
        # an overleg named by one word is itself the body (`Technisch Overleg Digikoppeling`)
        (["Verslag Bestuurlijk overleg"], "Bestuurlijk overleg"),
    ],
)
def test_the_body_named_after_the_word_for_its_overleg(lines: list[str], body: str) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts247/harmelen-dorpsoverleg-2017-11-28 line 1
        (["Verslag dorpsoverleg 28 november 2017, gehouden in het Dorpshuis."], "dorpsoverleg"),
        # texts257/ovrds-oudervereniging-2018-03-27 line 1
        (["Notulen vergadering oudervereniging  27 maart 2018"], "oudervereniging"),
        # texts179/gkv-gouda-klankbordgroep-bijeenkomst line 1
        (["Bijeenkomst klankbordgroep"], "klankbordgroep"),
        # a group named inside a sentence is no title
        (["De klankbordgroep kwam op 3 mei bijeen."], None),
    ],
)
def test_a_group_a_records_title_names_in_lower_case(lines: list[str], body: str | None) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts277/gummarus-oudercomite-2012-05-14 line 1 (round BA)
        (["Notulen vergadering oudercomité 14 mei 2012"], "oudercomité"),
        # texts272/heerde-erfgoedcommissie-2023-01-30 line 1 (round AZ)
        (["Notulen vergadering erfgoedcommissie 30 januari 2023"], "erfgoedcommissie"),
        # texts194/leiderdorp-regiocommissie-2010-06-23 line 1 (round AJ): a news page's
        # label and `Kort verslag` before the record word, `op` before the date
        (["Nieuwsbericht Kort verslag regiocommissie op 23 juni 2010"], "regiocommissie"),
        # a committee named inside a sentence is no title (texts247/fronteers-alv-2019-11-29)
        (["Jewwy licht de werkzaamheden van de marketingcommissie toe."], None),
        # a capitalised committee's name is left to the vocabulary's other patterns
        (["Jaarverslag 2017 Klachtencommissie Rijnmond"], None),
    ],
)
def test_a_committee_a_records_title_names_in_lower_case(
    lines: list[str], body: str | None
) -> None:
    assert find_meeting_body(lines) == body


# The body of an executive's or a Flemish sitting's record (branch partBody, 2026-12-07).


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts241/maldegem-rmw-notulen-2025-09-25-negatief line 1: the Flemish raad voor
        # maatschappelijk welzijn by its full name, no municipal council
        (
            ["Notulen raad voor maatschappelijk welzijn van 25 09 2025"],
            "raad voor maatschappelijk welzijn",
        ),
        # texts218/kapellen-ocmw-raad-2010-02-17 lines 1-4, in capitals
        (
            [
                "2de ZITTING",
                "< Openbaar Centrum voor",
                "VAN DE",
                "RAAD VOOR MAATSCHAPPELIJK WELZIJN VAN",
            ],
            "raad voor maatschappelijk welzijn",
        ),
        # texts232/borsele-bw-besluitenlijst-2023-05-30 line 1: the executive by its letters
        (["Besluitenlijst B&W 30 mei 2023"], "b&w"),
        # texts185/noordoostpolder-bw-besluitenlijst-2022-10-04 line 3
        (["4 oktober - besluiten burgemeester en wethouders"], "burgemeester en wethouders"),
        # texts204/drenthe-gs-besluitenlijst-2019-09-17 line 1: the letters glued to the list
        (["GS-besluitenlijst 17 september 2019"], "gedeputeerde staten"),
        # texts185/noordoostpolder-bw-besluiten-2023-12-12 lines 3-5: the record's own title
        # sentence, longer than a heading, before an item naming the council
        (
            [
                "12 december - besluiten",
                "Besluitenlijst uit de vergadering van burgemeester en wethouders van de gemeente"
                " Noordoostpolder van 12 december 2023.",
                "3. De raad informeren",
            ],
            "burgemeester en wethouders",
        ),
    ],
)
def test_an_executive_or_a_welfare_council_named_in_the_head(lines: list[str], body: str) -> None:
    assert find_meeting_body(lines) == body


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # texts165/mol-rmw-besluitenlijst-2019-12-23 lines 1-8: the vast bureau's chair sits
        # in the raad voor maatschappelijk welzijn
        (
            [
                "ZITTING VAN MAANDAG 23 DECEMBER 2019",
                "Aanwezig:",
                "voorzitter",
                "Peter Van Rompaey",
                "voorzitter vast bureau",
                "Wim Caeyers",
            ],
            "raad voor maatschappelijk welzijn",
        ),
        # texts191/rotselaar-rmw-notulen-2019-02-26 line 9
        (["Jelle Wouters, voorzitter vast bureau;"], "raad voor maatschappelijk welzijn"),
        # texts180/jeugdraad-nieuwjaarsvergadering-2013 line 1: any other body's chair names
        # the body that met
        (["Victor van Meerten (voorzitter jeugdraad)"], "jeugdraad"),
    ],
)
def test_the_vast_bureaus_offices_make_a_sitting_of_the_welfare_council(
    lines: list[str], body: str
) -> None:
    assert find_meeting_body(lines) == body


def _bodies(text: str) -> list[str | None]:
    pages, docs = documents_from_text(text, "x")
    return [m["body"] for m in extract_meetings({**docs[0], "pages": [pages[0]]})[0]]


#: texts165/meise-rmw-2023-04-17 lines 1-39 (the roll shortened): a head that names no
#: body over members shared with the council; its first item approves its own minutes
_MEISE = (
    "Meise\n\nZitting van 17 04 2023\n\nVan 21.30 uur tot 21.40\n\nAanwezig:\n\n"
    "Virginie De Klippel, voorzitter;\n\nGerda Van den Brande, burgemeester;\n\n"
    "Jonathan De Valck, Tom Heyvaert, Ruben Algaba en Ann Van den Broeck, schepenen;\n\n"
    "Roger Heyvaert, Marie Jeanne Thaelemans, Paul Aerts, Roel Anciaux, Sonja Becq, raadsleden;\n\n"
    "Caroline De Ridder, algemeen directeur.\n\nOverzicht punten\n\nZitting 17 04 2023\n\n"
    "Goedkeuring notulen\n\nBESLUIT\n\n"
    "De notulen van de raad voor maatschappelijk welzijn van 20 maart 2023 worden goedgekeurd.\n"
)

#: texts231/flevoland-gs-besluitenlijst-2022-07-12 lines 1-33 (shortened): a list titled by
#: its date alone, whose summaries tell the executive decided
_FLEVOLAND = (
    "Besluitenlijst 12 juli 2022\n\n"
    "1. Subsidieverlening - 2022-2023 - BDeko - Robuuste aardappelen Flevoland\n\n"
    "Portefeuillehouder\n\nAppelman, J.N.\n\nBeslispunten\n\n"
    " 1. De subsidie ten laste te brengen van het budget Landbouw Meerdere Smaken.\n\n"
    "Samenvatting\n\n"
    "Gedeputeerde Staten hebben besloten subsidie te verlenen aan Bdeko voor het uitvoeren van "
    "het projectplan Robuuste aardappelen Flevoland.\n"
)

#: texts185/alken-cbs-besluitenlijst-2024-07-23 lines 1-46 (shortened): the body a
#: decision's article opens on
_ALKEN = (
    "Gemeente Alken\n\nZitting van 23 juli 2024\n\nvan 16:00 tot 17:00\n\n"
    "Aanwezig: Marc Penxten, burgemeester; Cindy Vandormael, Frank Vroonen en Alex Dubois, "
    "schepenen;\n\nOverzicht punten\n\nZitting van 23 07 2024\n\nBetaalbaarstelling facturen SC\n\n"
    "Besluit\n\nArtikel 1: Het college van burgemeester en schepenen beslist bijgevoegde lijst "
    "met facturen betaalbaar te stellen.\n"
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (_MEISE, "raad voor maatschappelijk welzijn"),
        (_FLEVOLAND, "gedeputeerde staten"),
        (_ALKEN, "college"),
    ],
)
def test_a_sitting_whose_head_names_no_body_takes_the_body_its_items_name(
    text: str, body: str
) -> None:
    assert _bodies(text) == [body]


@pytest.mark.parametrize(
    ("lines", "title", "body"),
    [
        # texts287/aldwald-dorpsbelangen-alv-2018-03-02 lines 1-4 (gold web287): the meeting
        # alone in the title, with its body's name on the form's line below
        (
            [
                "Notulen ledenvergadering 2018",
                "Notulen : Algemene Ledenvergadering Dorpsbelangen Aldwâld",
                "Datum : 2 maart 2018",
            ],
            None,
            "algemene ledenvergadering dorpsbelangen aldwâld",
        ),
        # texts261/utwente-uraad-aandachtspunten-2001-09-05 lines 1-8 (gold web261): the
        # council's letterhead over a title naming its meeting alone
        (
            [
                "UNIVERSITEITSRAAD",
                "GRIFFIE",
                "BBgebouw – kamer 500",
                "Aandachtspunten uit de overlegvergadering van 5 september 2001",
            ],
            "Aandachtspunten uit de overlegvergadering van 5 september 2001",
            "overlegvergadering van de universiteitsraad",
        ),
        # texts247/denhout-leefbaarheidswerkgroep-2019-06-17 lines 6, 8, 14 (gold web247)
        (
            [
                "DORPSVERGADERING",
                "2019/06/17",
                "Driemaandelijkse vergadering van de Leefbaarheidswerkgroep",
            ],
            None,
            "vergadering van de leefbaarheidswerkgroep",
        ),
        # texts277/deoptocht-clubvergadering-2010-11-22 lines 1, 18: `VAN` in capitals names
        # no body; the meeting alone stays
        (
            [
                "Clubvergadering 22 november 2010",
                "3. (CONCEPT) VERSLAG CLUBVERGADERING VAN 15 MAART 2010",
            ],
            None,
            "clubvergadering",
        ),
    ],
)
def test_a_meeting_alone_takes_the_body_another_head_line_names(
    lines: list[str], title: str | None, body: str
) -> None:
    assert find_meeting_body(lines, title) == body


#: texts212/moerdijk-wmo-raad-2022-11-09 lines 5, 7, 19, 21 (web212, the roll shortened): a
#: page headed by its date alone whose sentences name the council that met
_MOERDIJK = (
    "Verslag - 9 november 2022.\n\n"
    "Aanwezig: Mw. E. van Adrichem, mw. M. Eekhout, mw. A. ten Cate en dhr. C. Klasen.\n\n"
    "Woonkwartier wil graag met de Wmo-Raad sparren over het gezamenlijk ‘Kom aan tafel’ "
    "project van drie gemeentes.\n\n"
    "Surplus wil graag contact houden en samen optrekken met de Wmo-Raad omtrent signalen over "
    "de voorzieningen die dreigen te verdwijnen in de kleine kernen.\n"
)

#: texts292/maarsbergen-dorpsraad-2019-07-08 lines 1, 3, 7, 13 (web292, shortened)
_MAARSBERGEN = (
    "Notulen 8 juli 2019\n\nAanwezig: Wout, Joke, Arie, Marc\n\n"
    "Bloembakken zijn binnen. Gemeente wil er een feestelijk tintje aan geven omdat dit een "
    "participatieproject was. Dorpsraad wil dat ook graag.\n\n"
    "NAV dorpsschouw zijn er twee bijeenkomsten voor bewoners van de Heygraaflaan. Dorpsraad is "
    "daarbij uitgenodigd.\n"
)


@pytest.mark.parametrize(("text", "body"), [(_MOERDIJK, "Wmo-Raad"), (_MAARSBERGEN, "Dorpsraad")])
def test_a_sitting_whose_head_names_no_body_is_the_council_its_sentences_name(
    text: str, body: str
) -> None:
    assert _bodies(text) == [body]


def test_a_council_named_once_names_no_sitting() -> None:
    # _MAARSBERGEN with one mention: a council named in passing is not the text's own
    once = _MAARSBERGEN.split("NAV dorpsschouw")[0]
    assert _bodies(once) == [None]
