"""A text whose opening sentence tells what its body did on a day (`De gemeenteraad heeft
dinsdagavond 9 mei 2017 het voorstel ... afgekeurd`) reports that body's sitting of that day:
a news item's lede, a committee report's opening under its fixing date. The day is read only
where its year is printed or fixed by the text's dates. The lines are quoted from the dev
texts named."""

from __future__ import annotations

from datetime import date

from pipeline.documents import documents_from_text
from pipeline.meetings.dating import acted_sitting, sitting_acted
from pipeline.structure import extract_documents


def _meetings(text: str) -> list[dict]:
    """The meetings the extractors give a one-document text, typed as the pipeline types it."""
    pages, documents = documents_from_text(text, "x")
    return extract_documents(pages, documents[:1])["meetings"]


#: web266 shertogenbosch-raad-lokale-omroep-2017-05-09 (a news item, lines 1-7)
_COUNCIL_NEWS = (
    "Raad keurt voorstel B&W Lokale Omroep af: men wacht nieuw voorstel af\n"
    "\n"
    "Printerversie\n"
    "Gepubliceerd op: 10-05-2017 | Gewijzigd op: 10-05-2017\n"
    "De gemeenteraad heeft dinsdagavond 9 mei 2017 het voorstel van B&W voor een lokale omroep "
    "afgekeurd.  De gemeente-wethouder Huib van Olden-  bleef staan op € 160.000 subsidie, die "
    "feitelijk Rijkssubsidie is. Nu moet wethouder Huib van Olden met een nieuw voorstel komen.\n"
    "\n"
    "Het bestuur van DTV,  de lokale omroep die de zendmachtiging verkreeg, is in afwachting van "
    "een  nieuw voorstel van B&W. Immers de gemeente is verantwoordelijk voor de bekostiging,  "
    "zegt voorzitter Jan Smit. In een motie heeft de raad een gesprek daarover bij wethouder Van "
    "Olden afgedwongen. Met als ultime datum: de voorjaarsnota 2019.\n"
)

#: web215 wshd-collegebesluit-afvalwaterakkoord-hia-2019 (a water board's news item)
_BOARD_LEDE = (
    "Het dagelijks bestuur (college van dijkgraaf en heemraden – D&H) heeft op 19 november "
    "ingestemd met een nieuw afvalwaterakkoord met de gemeente Hendrik-Ido-Ambacht.\n"
    "\n"
    "Foto van het zuiveringsbassin waarin vuil water wordt schoongemaakt\n"
    "\n"
    "Na vaststelling door beide partijen kan tot formele ondertekening worden overgegaan. In het "
    "akkoord worden afspraken gemaakt over bijvoorbeeld de samenwerking en uitvoering van "
    "maatregelen in de afvalwaterketen.\n"
    "\n"
    "Het college van dijkgraaf en heemraden (D&H) vormt het dagelijks bestuur van waterschap "
    "Hollandse Delta. Het college van D&H is belast met de dagelijkse aangelegenheden, de "
    "voorbereiding van de Verenigde Vergadering (VV, algemeen bestuur) en de uitvoering van de "
    "besluiten van de VV.\n"
    "\n"
)
_NEXT_SITTING = "De volgende D&H-vergadering is op dinsdag 3 december 2019."

#: web222 tweedekamer-buza-ao-2010-12-09 (a Tweede Kamer committee's report, lines 1-11)
_COMMITTEE_REPORT = (
    "Kamerstuk 21501-04-120\n"
    "\n"
    "Verslag van een algemeen overleg\n"
    "\n"
    "Ontwikkelingsraad\n"
    "\n"
    "Nr. 120 VERSLAG VAN EEN ALGEMEEN OVERLEG\n"
    "\n"
    "Vastgesteld 4 januari 2011\n"
    "\n"
    "De vaste commissie voor Buitenlandse Zaken1 heeft op 9 december 2010 overleg gevoerd met "
    "staatssecretaris Knapen van Buitenlandse Zaken over:\n"
)


def test_a_news_item_telling_its_council_decided_on_a_day_reports_that_sitting():
    found = _meetings(_COUNCIL_NEWS)
    assert [(m["body"], m["meeting_date"]) for m in found] == [("gemeenteraad", date(2017, 5, 9))]


def test_a_board_acting_on_a_day_without_its_year_takes_the_year_the_text_fixes():
    found = _meetings(_BOARD_LEDE + _NEXT_SITTING)
    assert [m["meeting_date"] for m in found] == [date(2019, 11, 19)]
    assert found[0]["body"] == "college van dijkgraaf en heemraden"


def test_a_day_whose_year_nothing_fixes_makes_no_sitting():
    lines = [x for x in _BOARD_LEDE.splitlines() if x.strip()]
    assert sitting_acted(lines[0]) == "19 november"
    assert acted_sitting(lines) is None
    assert _meetings(_BOARD_LEDE) == []


def test_a_committee_report_is_dated_by_the_day_it_met_not_the_day_it_was_fixed():
    found = _meetings(_COMMITTEE_REPORT)
    assert [m["meeting_date"] for m in found] == [date(2010, 12, 9)]
    # the committee that met, not `Ontwikkelingsraad`, the council its talks were about
    assert found[0]["body"] == "commissie"


def test_a_body_after_the_verb_is_no_sitting_told():
    # web223 denhaag-pvdd-schriftelijke-vragen-wob-madurodam-2021-02-17: a Woo request's history
    line = (
        "Op 19 december 2018 heeft het college een klein deel van de aangevraagde documenten "
        "gepubliceerd."
    )
    assert sitting_acted(line) is None
