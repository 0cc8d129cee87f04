"""Series printed as a list of years and their counts, one pair a line (`2010: 3242`) or a
year alone on a line over its count (`pipeline.incidents.year_lists`). Lines quoted from
the real texts the dev gold was written on (source named above each test)."""

from __future__ import annotations

from pipeline.incidents.year_lists import _lists
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import row_facts, text_rows


def _facts(text: str, title: str = "") -> set[tuple]:
    return row_facts(text_rows(text, "other", title=title))


def _fact(year: int, category: str, value: float, scope: str | None = None) -> tuple:
    return (*_year(year), category, float(value), "count", scope)


# texts245/politie-brabant-noord-misdrijven-2011 (AU), lines 1-18: the lead names
# the count (`het aantal woninginbraken`, a kind of the crimes the text counts) and ends
# in a colon; the list gives it a year a line
BRABANT_NOORD = (
    "Hoogste aantal inbraken in 2011 tov de voorgaande periode\n"
    "\n"
    "Printerversie\n"
    "Gepubliceerd op: 31-01-2012 | Gewijzigd op: 15-02-2012\n"
    " Vorig jaar - 2011 - is het aantal woninginbraken in de regio weer toegenomen: \n"
    "2010: 3242\n"
    "2011: 3393\n"
    "Het is zelfs het hoogste van de afgelopen negen jaar.. ! Dat baart de regio "
    "politie [Brabant-Noord] zorgen. Maar ook dat veel burgers hun woning vaak niet "
    "goed afsluit,of dat het duidelijk is te zien dat men niet thuis is. Dat bleek "
    "uit controles die ihkv 'Samen tegen inbrekers' werden gehouden. \n"
    "\n"
    "Ander zorgpunt: Straatroven\n"
    "Waar de politie in onze regio zich ook zorgen om maakt, is het gemak waarmee "
    "mensen tegenwoordig op straat beroofd worden. De cijfers wijzen uit dat "
    "straatroof lonend lijkt, een toename van 97 naar 146 in een jaar. Wel zijn er "
    "ten opzichte van 2010 veel meer verdachten van straatroof aangehouden en "
    "overgedragen aan justitie. In 2010 waren dit er 20 en in 2011 waren dat er 52.\n"
    "Om het straatroven tegen te gaan zet de politie tijdens koopavonden extra "
    "surveillances in, zijn buschauffeurs en stadswachten aangesloten bij Burgernet "
    "(in 2011 nog SMS-alert).\n"
    "\n"
    "Verbeteringen ten opzichte van 2010\n"
    "Het aantal meldingen van jeugdoverlast en drugsoverlast is gedaald. "
    "Jeugdoverlast van 3.286 naar 3.176 en drugsoverlast van 322 naar 310. Ook het "
    "totaal aantal misdrijven is gedaald van 40.918 naar 39.531.\n"
    "\n"
    "Net zoals in 2010 is vorig jaar het aantal aangiftes van geweldsdelicten "
    "gedaald, in 2010 was dat aantal 3.031 en in 2011 nog maar 2.733. Het gaat dan om"
    " bedreiging, mishandeling, zedenmisdrijven en openlijk geweldpleging.\n"
    "Aansluitend op de landelijke trend is ook in deze regio het aantal overvallen "
    "gedaald, van 67 naar 49. Meer dan de helft van deze overvallen is opgelost.\n"
)


def test_a_list_under_a_lead_naming_a_kind_of_the_items():
    found = _facts(BRABANT_NOORD)
    assert _fact(2010, "other", 3242) in found
    assert _fact(2011, "other", 3393) in found


def test_a_list_under_a_lead_naming_no_count_is_not_read():
    # the same list under a line that names no count (`Aantallen per jaar` is no lead
    # ending in a colon, and no pair repeats a figure the text reads)
    text = BRABANT_NOORD.replace(
        " Vorig jaar - 2011 - is het aantal woninginbraken in de regio weer toegenomen: \n",
        "Het is weer een jaar om snel te vergeten.\n",
    )
    values = {f[3] for f in _facts(text)}
    assert not values & {3242.0, 3393.0}


# texts290/halt-interventies-2018-2020 (BD), the whole text: the running text counts the
# Halt interventions of 2019 and 2020 (line 7); the list under it repeats both and gives
# 2018 too: the same figure's third year
HALT = (
    "Cijfers\n"
    "\n"
    "Jaarlijks krijgen zo’n 15.000 jongeren een Halt-interventie. Het aantal Halt-"
    "verwijzingen per gemeente kan sterk verschillen. Een verklaring voor de "
    "verschillen is vaak lastig te geven. Het wil namelijk niet altijd zeggen dat er "
    "in een gemeente met meer Halt-verwijzingen ook meer jeugdcriminaliteit is. Een "
    "andere verklaring kan namelijk zijn dat Halt daar goed samenwerkt met de "
    "politie. Waardoor de politie de jongeren eerder naar Halt verwijst, dan een "
    "waarschuwing of boete geeft. Ook kan een gemeente als speerpunt bijvoorbeeld het"
    " terugdringen van alcoholgebruik onder jongeren hebben. Dan zet de gemeente "
    "Buitengewoon Opsporingsambtenaren (BOA’s) in tijdens evenementen, waardoor er "
    "meer jongeren naar Halt gaan. Hoewel we de duiding van de cijfers niet altijd "
    "hebben, willen we de Halt-cijfers wel met u delen.\n"
    "\n"
    "Aantal verwijzingen de afgelopen drie jaar\n"
    "\n"
    "Het coronavirus zorgde voor een daling in het aantal Halt-zaken. Van 16.088 "
    "Halt-interventies in 2019 naar 13.421 Halt-interventies in 2020, waarvan 10% "
    "corona-gerelateerd. Omdat jongeren meer thuis waren, daalden het aantal zaken "
    "voor schoolverzuim, winkeldiefstal en vernieling.\n"
    "\n"
    "2020\n"
    "13.421\n"
    "2019\n"
    "16.088\n"
    "2018\n"
    "14.419\n"
    "Delen via:"
)


def test_a_list_repeating_the_texts_counts_gives_their_other_years():
    found = _facts(HALT, "Cijfers")
    assert {_fact(2019, "total", 16088), _fact(2020, "total", 13421)} <= found
    assert _fact(2018, "total", 14419) in found
    # each pair the running text states once only
    rows = text_rows(HALT, "other", title="Cijfers")
    assert sum(r["value"] == 16088.0 for r in rows) == 1


def test_a_list_repeating_one_count_only_is_not_read():
    text = HALT.replace("2019\n16.088\n", "2019\n16.089\n")
    assert _fact(2018, "total", 14419) not in _facts(text, "Cijfers")


# texts285/senaat-vraag-4-7210-favv-klachten-2002-2009 (BC), lines 41-73: the lead stands
# above the column titles `jaar` and `aantal`, a count a line under its year, thousands
# grouped by a blank (`1 159`)
SENAAT = (
    "Sinds de oprichting heeft het Meldpunt van het Federaal Agentschap voor de "
    "veiligheid van de voedselketen (FAVV) de volgende aantallen klachten ontvangen :\n\n"
    "jaar\n\naantal\n\n2002\n\n339\n\n2003\n\n750\n\n2004\n\n1 159\n\n2005\n\n1 520\n\n"
    "2006\n\n1 482\n\n2007\n\n2 170\n\n2008\n\n2 265\n\n2009\n\n3 389\n\n2.\n"
)
SENAAT_COUNTS = {2002: 339, 2003: 750, 2004: 1159, 2005: 1520, 2006: 1482, 2007: 2170,
                 2008: 2265, 2009: 3389}  # fmt: skip


def test_a_list_under_column_titles_with_its_lead_above_them():
    found = _facts("Klachten bij het FAVV\n\n" + SENAAT)
    assert {_fact(y, "total", v) for y, v in SENAAT_COUNTS.items()} <= found


def test_a_header_of_years_one_a_line_is_no_list():
    # texts235/knrm-reddingsacties-2016 (AS), lines 21-35: years one a line are a table's
    # header, not years with their counts (`2015` under `2016` is no count)
    text = "2016\n\n2015\n\n2014\n\n2013\n\nTotaal aantal acties\n\n2.349\n\n2.332\n\n2.238\n"
    assert _lists(text) == []
