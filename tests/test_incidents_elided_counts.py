"""A count told again for another period with its noun left out: the second of a pair joined
by `en` (`In 2020 hadden we 137 inbraken en in 2021 nog 51`), the first of a pair whose noun
follows the second (`In 2020 zaten we op 40 en in 2021 op 55 fietsendiefstallen`), the year
after told as `het jaar erop`, and four digits set against the count before them (`5204
branden in 2009, tegenover 5337 het jaar ervoor`). Texts quoted from the development texts
the gold was written on (source named above each); incCompare."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts

#: texts245/ruwaard-wijkagenten-inbraken-2021, lines 1-13 (gold web245)
RUWAARD = (
    "Wijkagenten: Terugblik op 2021\n"
    "\n"
    "Wijkagenten: Terugblik op 2021\n"
    "\n"
    "Een nieuw jaar, waar we graag weer een beroep willen doen op jullie alertheid en "
    "meldingsbereidheid in de wijk. Door zoveel mogelijk samen te werken weten we beter wat "
    "er in de wijk speelt en kunnen we samen zorgen voor een veilige een leefbare wijk!\n"
    "\n"
    "Hoe is het afgelopen jaar in onze wijk verlopen? Het volledig voorkomen van incidenten "
    "is helaas een utopie, maar als wijkagenten Ruwaard kijken wij erg tevreden terug op het "
    "afgelopen jaar!\n"
    "\n"
    "Zo hebben we een daling van 42% op het gebied van woninginbraken! Waar we in 2020 nog 52 "
    "woninginbraken hadden, zaten we in 2021 op 30 woninginbraken. Ook bij de "
    "schuurtjesinbraken zien wij een daling van 36%. In 2020 zaten we op 28 inbraken en in "
    "2021 op 18 inbraken. Helaas zien we bij de voertuigcriminaliteit wel een stijging van in "
    "totaal 17%. Diefstal uit/vanaf auto is vrijwel gelijk gebleven. In 2020 zaten we op 47 "
    "en in 2021 op 49 diefstallen. We zien hierbij met name een forse stijging als het gaat "
    "om diefstal katalysatoren.\n"
    "\n"
    "Diefstal auto is omlaag gegaan. In 2020 zaten we op 8 en 2021 op 4 auto's. Diefstal van "
    "fietsen is gestegen. In 2020 zaten we op 40 en in 2021 op 55 fietsendiefstallen. De "
    "diefstallen worden met name gepleegd rondom winkelcentrum de Ruwert. Ben daar extra "
    "alert!\n"
    "\n"
    "De bedrijfsinbraken zijn weer gedaald met maar liefst 63%. In 2020 hadden we 137 "
    "inbraken en in 2021 nog 51. De samenwerking met bedrijven verloopt beter, extra camera's "
    "zijn geplaatst en ook daar is de meldingsbereidheid omhoog gegaan. Bedankt daarvoor! "
    "Helaas zien we nog veel winkeldiefstallen, o.a. bij winkelcentrum de Ruwert.\n"
)

#: texts270/petershotnews-brandweer-amsterdam-amstelland-meldingen-2008-2009, lines 1-12 (gold
#: web270), with the title and date the ingest gives it
PETERSHOT = (
    "Peter Bakker Nieuws en Fotografie Bakker Media RSS Feed Petershotnews.nl TWITTER\n"
    "\n"
    "HOTNEWS\n"
    "\n"
    "Brandweer Amsterdam-Amstelland in cijfers\n"
    "\n"
    "Datum: 31 maart 2010\n"
    "Bron: Brandweer Amsterdam-Amstelland\n"
    "\n"
    "In 2009 heeft Brandweer Amsterdam-Amstelland minder meldingen gekregen dan in 2008. In "
    "totaal kwamen er 12097 meldingen binnen bij de alarmcentrale. 5204 keer moest worden "
    "uitgerukt voor brand, de overige melding betroffen diverse vormen van hulpverlening, "
    "zoals waterongevallen dieren in nood of het uitrukken voor een reanimatie.\n"
    "\n"
    "In 2008 moest het korps 12266 keer in actie komen. Voor het tweede jaar op rij is er een "
    "daling te zien in het aantal incidenten. Zo waren er in 5204 branden in 2009, tegenover "
    "5337 het jaar ervoor. Een daling van 133. Echter, in een aantal gemeenten in de regio "
    "steeg het aantal branden. In Uithoorn was één brand meer dan in 2008, kazerne Amstelveen "
    "moest tien keer vaker uitrukken en in Diemen waren zelfs twintig branden.\n"
)
PETERSHOT_TITLE = "Peter Bakker Nieuws en Fotografie Bakker Media RSS Feed Petershotnews.nl TWITTER"


def test_the_second_count_of_a_pair_joined_by_en():
    # line 13: `In 2020 hadden we 137 inbraken en in 2021 nog 51.` (gold: 137 and 51, `other`)
    facts = text_facts(RUWAARD, "report")
    assert _fact(_year(2020), "other", 137) in facts
    assert _fact(_year(2021), "other", 51) in facts


def test_the_first_count_of_a_pair_whose_noun_follows_the_second():
    # line 11: `In 2020 zaten we op 40 en in 2021 op 55 fietsendiefstallen.`, line 10: `In
    # 2020 zaten we op 47 en in 2021 op 49 diefstallen.` (gold: all four, `other`)
    facts = text_facts(RUWAARD, "report")
    for year, value in ((2020, 40), (2021, 55), (2020, 47), (2021, 49)):
        assert _fact(_year(year), "other", value) in facts


def test_a_pair_without_a_period_before_the_first_count_is_not_paired():
    # the first count needs its own period before it: `47 en in 2021 ...` alone is no pair
    text = RUWAARD + "\nEr waren 47 en in 2021 op 49 diefstallen.\n"
    assert not any(f[3] == 47.0 and f[0].year != 2020 for f in text_facts(text, "report"))


def test_the_year_after_told_as_het_jaar_erop():
    # texts224/universiteiten-beroepschriften-cbe-2013-2015, line 7 (gold web224: 1.700 in
    # 2013, 1.900 in 2014, both scoped to the twelve universities)
    line = (
        "In 2013 kregen twaalf universiteiten (de TU Eindhoven kon geen cijfers noemen) zo'n "
        "1.700 officiële klachten binnen en het jaar erop ruim 1.900."
    )
    values = {(f[0].year, f[3]) for f in text_facts(line, "other")}
    assert (2013, 1700.0) in values
    assert (2014, 1900.0) in values


def test_four_digits_set_against_the_count_before_them():
    # line 12: `Zo waren er in 5204 branden in 2009, tegenover 5337 het jaar ervoor.` (gold:
    # 5204 in 2009, 5337 in 2008, both `other`)
    facts = text_facts(PETERSHOT, "report", title=PETERSHOT_TITLE, doc_date=date(2010, 3, 31))
    assert _fact(_year(2009), "other", 5204) in facts
    assert _fact(_year(2008), "other", 5337) in facts


def test_four_digits_after_tegen_without_a_period_of_their_own_stay_unread():
    # a figure set against another with no period right after it: no count of four digits
    text = PETERSHOT + "Het voorstel werd met 1234 tegen 5678 stemmen verworpen.\n"
    facts = text_facts(text, "report", title=PETERSHOT_TITLE, doc_date=date(2010, 3, 31))
    assert not any(f[3] in (1234.0, 5678.0) for f in facts)
