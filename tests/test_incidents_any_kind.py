"""Counts of reports and incidents of a kind no known subject names (`voorval`): reports to
Veilig Thuis or a supervisor, a prison service's violence incidents, a fire brigade's
reports. Lines quoted from the real texts the dev gold was written on (source named above
each test)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from pipeline.incidents.facts import _number_of_a_text_kind
from pipeline.incidents.kinds import _own_body_acted
from pipeline.incidents.numbers import _times_acted
from pipeline.incidents.periods import header_months
from pipeline.incidents.records import _Value
from pipeline.incidents.subjects import _applied_for_in, _filed_plurals_in, _series_named
from pipeline.incidents.vocab import _SUBJECT
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import month, subject_facts, text_rows
from tests.test_incidents_flat_tables import UTRECHT_VTH


def _facts(text: str, doc_type: str = "other") -> set[tuple]:
    """The figures with their subject, in a document of no set type unless the test says."""
    return subject_facts(text, doc_type)


# texts142/veiligthuis-zuidoostbrabant-2016-2018 (nu.nl): reports received by Veilig Thuis
VEILIG_THUIS = (
    "Het aantal meldingen van huiselijk geweld en kindermishandeling in de regio Eindhoven is "
    "de afgelopen jaren met bijna 50 procent toegenomen. Dat blijkt maandag uit cijfers die "
    "Studio040 heeft opgevraagd bij Veilig Thuis.\n\n"
    "In 2016 kwamen er in Zuidoost-Brabant zo’n 3.450 meldingen binnen. In 2018 waren dat er "
    "bijna 5.100, blijkt uit de cijfers van Veilig Thuis. Dat is de organisatie waar alle "
    "meldingen binnenkomen uit 21 betrokken regiogemeenten."
)


def test_reports_no_known_subject_names_are_counted_when_the_lead_names_them():
    # a lead telling of reports received (`kwamen er ... meldingen binnen`) makes them a
    # desk's reports (`melding`) before the fallback is tried: counted either way
    assert _facts(VEILIG_THUIS) == {
        ("melding", _year(2016), "total", 3450.0, "count", None),
        ("melding", _year(2018), "total", 5100.0, "count", None),
    }


def test_a_supervisors_reports_of_a_half_year():
    # texts133/afm-meldingen-2015-h1 (amweb.nl): the AFM's reports from consumers
    text = (
        "De Autoriteit Financiële Markten heeft de eerste zes maanden bijna 1000 berichten van "
        "consumenten per maand binnengekregen. In totaal kreeg de toezichthouder 5.653 meldingen "
        "binnen tijdens het eerste halfjaar van 2015. Volgens de AFM kunnen de meldingen van "
        "consumenten leiden tot signalen voor risico-gestuurd toezicht."
    )
    half = (date(2015, 1, 1), date(2015, 6, 30))
    # claimed as a desk's reports by the lead's `kreeg ... binnen` (see above)
    assert _facts(text) == {("melding", half, "total", 5653.0, "count", None)}


def test_a_compound_of_the_items_in_the_lead_makes_the_text_about_them():
    # texts142/dji-geweld-personeel-2016 (nrc.nl): `geweldsincident` names the items in the
    # lead; the tbs clinics' incidents are counted with their plain noun
    text = (
        "Personeel in gevangenissen was vorig jaar aanzienlijk vaker het slachtoffer van een "
        "geweldsincident dan het jaar ervoor.\n\n"
        "Ook in tbs-klinieken lijkt geweld tegen personeel vaker aan de orde. In 2016 waren 133 "
        "incidenten, een jaar eerder 86."
    )
    assert ("voorval", _year(2016), "total", 133.0, "count", None) in _facts(text)


def test_a_known_subject_keeps_the_text_and_its_generic_reports():
    # the generic subject stands only where no known subject does: a complaints text's
    # `meldingen` stay the complaints' (as before), no second pass counts them again
    text = (
        "Klachten\n\nIn 2022 ontving de gemeente 300 klachten. Daarnaast kwamen 40 meldingen "
        "binnen over de openbare ruimte."
    )
    assert {f[0] for f in _facts(text, doc_type="report")} == {"klacht"}


def test_registrations_and_mentions_are_no_reports_of_incidents():
    # `aanmeldingen` (sign-ups) and `vermeldingen` end in the noun but are no reports
    text = (
        "Aanmeldingen cursus\n\nIn 2022 kwamen 300 aanmeldingen binnen voor de cursus. "
        "Er waren 12 vermeldingen in de krant."
    )
    assert _facts(text) == set()


def test_minutes_naming_a_report_once_count_nothing():
    text = (
        "Notulen van de vergadering van 3 maart 2022\n\nAanwezig: de voorzitter\n\n"
        "1. Opening\n\nDe voorzitter meldt dat de begroting 2022 van 1.200.000 euro is "
        "vastgesteld. "
        "Er is 1 melding binnengekomen over een kapotte lantaarnpaal."
    )
    assert _facts(text, doc_type="minutes") == set()


def test_reports_of_nuisance_named_at_the_top_are_reports_of_a_kind_too():
    # texts146/woonbedrijf-leefbaarheidsmeldingen-2014-2017 (woonbedrijfinbeeld.com): a
    # housing association's reports of nuisance and care; the settled count convention
    # (tests/gold/README.md, 2026-12-04) counts reports of others' nuisance like any other
    text = (
        "Er is sprake van een lichte stijging van het totale aantal leefbaarheidsmeldingen.\n"
        "Geluidsoverlast (235 keer) is de grootste meldpost in 2017, net als in 2016.\n\n"
        "De overlastmeldingen waren in 2015 met 100 gedaald (van 554 naar 456), maar in 2016 "
        "weer gestegen naar 528 meldingen. In 2017 weer een stijging naar 583 keer.\n"
        "Het aantal zorgmeldingen is gedaald van 459 in 2015 naar 313 meldingen in 2016 en 294 "
        "meldingen in 2017."
    )
    facts = _facts(text)
    # the kinds (`overlastmeldingen`, `zorgmeldingen`) of the reports: other
    assert ("voorval", _year(2014), "other", 554.0, "count", None) in facts
    assert ("voorval", _year(2015), "other", 456.0, "count", None) in facts
    assert ("voorval", _year(2015), "other", 459.0, "count", None) in facts
    assert ("voorval", _year(2016), "other", 313.0, "count", None) in facts


# texts145/arbeidsinspectie-ongevallen-2018-2023 (nlarbeidsinspectie.nl), lines 1, 11, 15,
# 19 and 23-27: a table of years down the rows flattened one row a line, several titles on
# its header line
ARBEIDSINSPECTIE = (
    "Jaarverslag 2023\n\nBelangrijkste kerncijfers\n\nArbeidsongevallen\n\n"
    "In 2023 ontvangt de Arbeidsinspectie 3.866 meldingen van ongevallen, dat is 4 procent "
    "meer dan in 2022.\n\n"
    "Overzicht arbeidsongevallen 2018 - 2023\n"
    "Jaar Ongevalsmeldingen Gestarte ongevalsonderzoeken Afgesloten ongevalsonderzoeken "
    "Dodelijke slachtoffers\n"
    "2018 4.368 2.145 2.133 51\n"
    "2019 4.474 2.229 2.071 71\n"
    "2020 4.655 2.051 2.244 54\n"
)


def test_a_year_table_with_several_columns_on_one_line_reads_each_column_by_its_title():
    # each title starts with a capital: four titles over rows of four cells; the accident
    # notifications (`Ongevalsmeldingen`: reports of the items) are the intake, the
    # investigations and the people killed are no count of it (taken, not read)
    assert _facts(ARBEIDSINSPECTIE, doc_type="report") == {
        ("voorval", _year(2023), "total", 3866.0, "count", None),
        ("voorval", _year(2018), "total", 4368.0, "count", None),
        ("voorval", _year(2019), "total", 4474.0, "count", None),
        ("voorval", _year(2020), "total", 4655.0, "count", None),
    }


def test_a_year_table_whose_titles_do_not_split_into_its_columns_is_taken_not_read():
    # the same rows under titles that do not start with capitals: which cell stands under
    # which title is unknown, and the running text does not read the cells either
    text = ARBEIDSINSPECTIE.replace("Gestarte", "gestarte").replace("Afgesloten", "afgesloten")
    assert _facts(text, doc_type="report") == {
        ("voorval", _year(2023), "total", 3866.0, "count", None),
    }


# texts145/meldpunt1712-oproepen-2013-2016 (Metro/Belga), lines 1 and 7: a helpline's calls
MELDPUNT_1712 = (
    "Bijna 4.600 oproepen voor meldpunt 1712\n\n"
    "Het meldpunt 1712, de hulplijn van de Vlaamse overheid voor vragen en meldingen over "
    "misbruik, geweld en kindermishandeling, heeft in 2016 4.596 oproepen gekregen. Dat is een "
    "lichte daling tegenover de 4.707 oproepen het jaar voordien. Zo kreeg het meldpunt in 2013 "
    "3.250 oproepen, in 2014 4.676 oproepen en in 2015 4.707 oproepen."
)


def test_the_calls_a_desk_named_in_the_head_received_are_its_reports():
    # `oproepen` to a `meldpunt` are its intake, as its `meldingen` are; `het jaar voordien`
    # (Flemish) is the year before the one just named
    assert _facts(MELDPUNT_1712) == {
        ("melding", _year(2016), "total", 4596.0, "count", None),
        ("melding", _year(2015), "total", 4707.0, "count", None),
        ("melding", _year(2013), "total", 3250.0, "count", None),
        ("melding", _year(2014), "total", 4676.0, "count", None),
    }


def test_a_series_of_dated_levels_after_a_change_keeps_each_levels_year_and_kind():
    # texts146/woonbedrijf-leefbaarheidsmeldingen-2014-2017, line 5: each level has its own
    # year after the items' noun (`313 meldingen in 2016`), and a level after the change's
    # new level (`en 294 meldingen in 2017`) is a level of the same kind (`zorgmeldingen`)
    text = (
        "Er is sprake van een lichte stijging van het totale aantal leefbaarheidsmeldingen.\n"
        "Het aantal zorgmeldingen is gedaald van 459 in 2015 naar 313 meldingen in 2016 en 294 "
        "meldingen in 2017."
    )
    assert _facts(text) == {
        ("voorval", _year(2015), "other", 459.0, "count", None),
        ("voorval", _year(2016), "other", 313.0, "count", None),
        ("voorval", _year(2017), "other", 294.0, "count", None),
    }
    plain = text.replace("zorgmeldingen", "meldingen")
    assert _facts(plain) == {
        ("voorval", _year(2015), "total", 459.0, "count", None),
        ("voorval", _year(2016), "total", 313.0, "count", None),
        ("voorval", _year(2017), "total", 294.0, "count", None),
    }


def test_a_year_glued_to_the_next_items_noun_is_no_period_of_the_figure_before():
    # texts52/delasso-incidentencijfers-2020 (lines 20-22): a list `2016: 30 meldingen` whose
    # lines ran together; `11 meldingen 2018` is no `11 meldingen in 2018`
    text = "Meldingen per jaar\n\n2016: 30 meldingen\n2017: 11 meldingen\n2018: 14 meldingen"
    assert {f[1] for f in _facts(text) if f[3] == 11.0} == {_year(2017)}


def test_four_digit_times_a_report_was_made_are_counts():
    # texts146/woonbedrijf-leefbaarheidsmeldingen-2014-2017, line 1: `1312 keer een melding
    # gemaakt` counts reports as `1312 meldingen` does (four digits, no year: not 1900-2099)
    text = (
        "Er is sprake van een lichte stijging van het totale aantal leefbaarheidsmeldingen. In "
        "2014 werd 1312 keer een melding gemaakt, in 2015 was dit 1257 keer en in 2016 werd 1121 "
        "keer een melding gemaakt. In 2017 werd 1155 keer melding gemaakt.\n"
        "Het aantal zorgmeldingen is gedaald van 459 in 2015 naar 313 meldingen in 2016."
    )
    facts = _facts(text)
    assert {f for f in facts if f[2] == "total"} == {
        ("voorval", _year(2014), "total", 1312.0, "count", None),
        ("voorval", _year(2015), "total", 1257.0, "count", None),
        ("voorval", _year(2016), "total", 1121.0, "count", None),
        ("voorval", _year(2017), "total", 1155.0, "count", None),
    }


def test_the_crimes_the_police_registered_are_incidents_of_a_kind():
    # texts146/politie-ijsselland-misdrijven-2012 (lines 1, 3 and 5): the police's year
    # figures count crimes (`misdrijven`, `geweldsmisdrijven`) as it counts reports
    text = (
        "Minder straatroven en auto-inbraken\n\n"
        "Zwolle – De Politie IJsselland kijkt tevreden terug op het jaar 2012. Opvallend was dat "
        "er meer aanhoudingen voor woninginbraken waren, minder straatroven en een daling van het "
        "aantal auto-inbraken.\n\n"
        "Over de gehele linie is het aantal misdrijven in IJsselland licht teruggelopen van "
        "26.608 naar 26.105 misdrijven; een daling van bijna 2%. Ook het aantal "
        "geweldsmisdrijven laten een dalende tendens zien; deze daalden met 7%."
    )
    assert _facts(text) == {
        ("voorval", _year(2011), "total", 26608.0, "count", None),
        ("voorval", _year(2012), "total", 26105.0, "count", None),
    }


def test_cases_an_inquiry_found_true_are_an_outcome_not_a_kind():
    # texts155/nrc-waterschappen-integriteit-2015-2018 (nrc.nl): the cases in which a breach
    # was established are an outcome of the 103 cases, no kind of them
    text = (
        "Troep, oordeelt een hobbyboer in Zuidoost-Friesland als hij de resten in de zomer van "
        "2016 op zijn land vindt. Hij gooit ze in de berm.\n\n"
        "De kwestie rond de milieu-inspecteur is een van de 103 integriteitskwesties die de "
        "afgelopen vier jaren speelden bij de 21 waterschappen in Nederland, zo blijkt uit "
        "cijfers die NRC met een beroep op de Wet openbaarheid van bestuur (Wob) opvroeg.\n\n"
        "Van die 103 zaken blijkt in 72 gevallen ook daadwerkelijk sprake van een schending. "
        "Van vijf onderzoeken is de uitkomst nog niet bekend. De integriteitsonderzoeken "
        "richten zich op uiteenlopende zaken, van het frauderen met reisdeclaraties – tot 3.000 "
        "kilometer - tot pesterijen, intimiderend gedrag en belangenverstrengeling.\n\n"
        "Externe onderzoeken naar integriteit kostten in totaal 206.000 euro\n\n"
        "Het relatieve aantal integriteitskwesties ligt bij waterschappen iets hoger dan bij "
        "provincies en grote gemeenten, waar NRC eerder gegevens opvroeg."
    )
    assert all(f[3] != 72.0 for f in _facts(text))


# A text of incidents of any kind names kinds of them after `aantal` (`_text_kind_nouns`):
# their counts are `other` rows (gold rules 4 and 12), also where only the kind's head
# (`ritten`) or a compound of it (`woningbranden`) stands after the number.


def test_a_kind_named_after_aantal_is_counted_by_its_head():
    # texts188/brandweerzone-kempen-activiteitenrapport-2021 (Brandweer zone Kempen)
    text = (
        "De cijfers van 2021 liegen niet over de corona-impact. Het aantal ambulanceritten ging "
        "opnieuw de hoogte in, welgeteld 8347 ritten. Lichtpunt is dat er minder branden en "
        "interventies waren.\n\nHet aantal interventies voor grote bos- en heidebranden "
        "stijgt jaar na jaar."
    )
    assert ("voorval", _year(2021), "other", 8347.0, "count", None) in _facts(text)


def test_a_compound_of_a_kind_named_after_aantal_is_that_kind():
    # texts191/ringtv-brandweerzone-vbwest-interventies-2019 (ringtv.be)
    text = (
        "Uit het jaarrapport blijkt verder dat Brandweerzone Vlaams-Brabant in 2019 in totaal "
        "12.250 interventies heeft uitgevoerd. In heel het land merkt het Kenniscentrum een "
        "stijging van het aantal branden in woningen op. In de Brandweerzone Vlaams-Brabant "
        "West gaat in 2019 om 447 woningbranden."
    )
    assert ("voorval", _year(2019), "other", 447.0, "count", None) in _facts(text)


def test_a_kind_named_after_aantal_is_restated_without_its_noun():
    # texts181/blikopnieuws-politie-verkeersongevallen-2021 (blikopnieuws.nl)
    text = (
        "Het aantal verkeersongevallen met alleen materiële schade steeg het afgelopen jaar "
        "met 5055 incidenten: van 63.649 in 2020 tot 68.704 in 2021. Het aantal aanrijdingen "
        "met minimaal één gewonde nam toe met 1302 slachtoffers. In 2020 waren dat er 16.540, "
        "terwijl de teller in 2021 bleef steken op 17.842."
    )
    facts = _facts(text)
    assert ("voorval", _year(2020), "other", 16540.0, "count", None) in facts
    assert ("voorval", _year(2021), "other", 17842.0, "count", None) in facts


def test_people_named_after_aantal_are_no_kind():
    # texts175/fronteers-alv-2013-11-25 (minutes): visitors counted are people, no items
    text = (
        "Het aantal meldingen bij de politie nam toe. Het aantal bezoekers van de meetups "
        "groeide: in 2012 kwamen 60 bezoekers en 43 bezoekers naar de twee avonden."
    )
    assert not any(f[3] in (60.0, 43.0) for f in _facts(text))


def test_the_number_of_a_kind_the_text_names_is_that_kind():
    # texts169/pz-klm-inbraken-diefstallen-2015-2017 (hln.be): `het aantal` of a kind the
    # text names (or a compound of one) counts that kind, never the whole (`other`)
    line = "Het aantal fietsdiefstallen is in 2017 met 20% gedaald (147 naar 113)."
    token = _SUBJECT.set(("voorval", True, False, (), ("diefstallen",)))
    try:
        assert _number_of_a_text_kind(line)
        assert not _number_of_a_text_kind("Het aantal interventies steeg tot 6.120.")
    finally:
        _SUBJECT.reset(token)
    token = _SUBJECT.set(("voorval", True, False, (), ()))
    try:
        assert not _number_of_a_text_kind(line)  # no kinds named: the rules as before
    finally:
        _SUBJECT.reset(token)


# texts196/huurcommissie-verzoeken-2020 (huurcommissie.nl, round AJ): the requests a rent
# tribunal received, named after `aantal` with how they came in between
HUURCOMMISSIE = (
    "Ruim 12.000 verzoeken aan de Huurcommissie\n\n"
    "Asje van Dijk, voorzitter van de Huurcommissie\n\n"
    "Ruim 12.000 huurders en verhuurders hebben in 2020 de weg naar de Huurcommissie gevonden "
    "om een uitspraak te vragen over hun geschil. Dit staat in het jaarverslag 2020 van de "
    "Huurcommissie.\n\n"
    "Verzoeken\n\n"
    "De meeste verzoeken die de Huurcommissie ontving (27%) waren bezwaren tegen de jaarlijkse "
    "huurverhoging (3.283). In 2019 was dit 12% van het aantal ontvangen verzoeken.\n\n"
    "Daarnaast ging 25 procent van de verzoeken over huurverlaging door gebreken (3.000) en 22 "
    "procent van de verzoeken over de afrekening van de servicekosten (2.637).\n\n"
    "Doorlooptijd\n\n"
    "Ondanks de grote uitdagingen die de Huurcommissie afgelopen jaar heeft ervaren door de "
    "coronacrisis, zijn toch bijna 8.600 verzoeken afgehandeld."
)


def test_items_named_after_aantal_with_how_they_came_in_make_a_count_text():
    # `het aantal ontvangen verzoeken`: `ontvangen` (a participle in -en) is how they came
    # in, `verzoeken` the plural named; counted twice after a number, the text counts them
    facts = _facts(HUURCOMMISSIE)
    assert ("voorval", _year(2020), "total", 12000.0, "count", None) in facts
    assert ("voorval", _year(2020), "other", 3000.0, "count", None) in facts


# texts177/knrm-kustwacht-reddingsacties-2019 (round AF): a lifeboat service's turn-outs
KNRM = (
    "wo 15 jan - 14:51\n"
    "In 2019 zijn de vrijwilligers van de Koninklijke Nederlandse Redding Maatschappij (KNRM) "
    "2.458 keer uitgevaren en werden 4.258 mensen gered of geholpen. Dat is iets minder dan "
    "vorig jaar.\n"
    "Alle reddingsacties en hulpverleningen worden gecoördineerd door het Kustwachtcentrum in "
    "Den Helder. De Kustwacht telde vorig jaar 1.615 incidenten op het water.\n"
    "Zeeuwse stations\n"
    "De Zeeuwse stations zijn door de recorddrukte van de afgelopen zomer in totaal 315 keer "
    "uitgevaren."
)


def test_times_the_texts_own_body_turned_out_are_its_incidents():
    # `2.458 keer uitgevaren`: the body the first lines name turned out, one incident each;
    # another body's (`De Zeeuwse stations`) is scoped to it, which the sentence does not
    # settle: no figure
    facts = _facts(KNRM)
    assert ("voorval", _year(2019), "total", 2458.0, "count", None) in facts
    assert not any(f[3] == 315.0 for f in facts)


def test_times_turned_out_for_one_kind_are_that_kind():
    # texts191/hln-brandweer-zone-rand-oproepen-2022 (hln.be)
    text = (
        " date 2023-04 Brandweerweer Zone Rand kreeg in 2022 net geen 22.000 oproepen\n\n"
        "De Brandweer Zone Rand werd in 2022 1.188 keer opgeroepen voor een brand. De "
        "ziekenwagens kregen dan weer 2.167 oproepen."
    )
    assert ("voorval", _year(2022), "other", 1188.0, "count", None) in _facts(text)


def test_a_common_noun_body_turning_out_as_a_bare_whole_is_the_texts_own():
    # texts203/frieschdagblad-brandweer-fryslan-uitrukken-2017 (round AL): `kwam ... in
    # actie`, the verb closing the clause; four digits that are turn-outs, not a year
    text = (
        " date 2018-02 Regio zaterdag, 17 februari 2018\n\n"
        "Brandweer wordt steeds meer hulpverlener Leeuwarden - De daling van het aantal "
        "uitrukken van de Friese brandweer is vorig jaar nagenoeg tot stilstand gekomen. De "
        "brandweer kwam in totaal 3200 keer in actie, zeventig keer minder dan in 2016. In 2015 "
        "waren er nog bijna 6100 uitrukken. De daling in 2015 was grotendeels te danken aan het "
        "project om overbodige uitrukken bij automatische brandmeldingen tegen te gaan."
    )
    assert ("voorval", _year(2017), "total", 3200.0, "count", None) in _facts(text)


def test_a_finite_verb_of_turning_out_counts_turn_outs():
    # texts169/rav-bmwn-ambulance-zundert-2016 (round AD): `In 2016 rukten de wagens
    # 100.000 keer uit.`, the particle after the count; a common noun's turn-outs only as a
    # bare whole (not `keer uit voor brand, ...`, whose scope the sentence does not settle)
    line = "In 2016 rukten de wagens 100.000 keer uit. Een aantal dat jaarlijks stijgt."
    at = line.index("100.000")
    value = _Value(at, at + len("100.000"), 100000.0, False)
    ctx = SimpleNamespace(text="De RAV heeft voor Midden- en West-Brabant 39 ambulances.")
    token = _SUBJECT.set(("voorval", True, False, (), ()))
    try:
        assert _times_acted(line[value.end :])
        assert _own_body_acted(value, line, ctx)
        other = "De brandweer reed 100.000 keer uit voor brand, storm of overstroming."
        at = other.index("100.000")
        value = _Value(at, at + len("100.000"), 100000.0, False)
        assert _times_acted(other[value.end :])
        assert not _own_body_acted(value, other, ctx)
    finally:
        _SUBJECT.reset(token)


def test_a_named_body_before_the_period_of_its_turn_outs():
    # texts169/gooivecht-brandweer-alarmeringen-2017-2018 (round AD): the body the title
    # names, then the year, then four digits `2160 keer gealarmeerd`
    text = (
        "CBS-cijfers 2018: Toename aantal uitrukken voor hulpverlening voor Brandweer Gooi en "
        "Vechtstreek\n\n  • Hilversum\n  • 20 maart 2019\n\n"
        "Vandaag publiceerde het CBS de voorlopige cijfers over 2018 (CBS - Warme zomer bezorgt "
        "brandweer meer werk). Daaruit blijkt dat Brandweer Gooi en Vechtstreek in 2018 maar "
        "liefst 2160 keer gealarmeerd werd voor het blussen van een brand of een andere vorm van "
        "hulpverlening zoals bijvoorbeeld het verhelpen van stormschades, wateroverlast, "
        "gaslekkages of ongelukken. Dit is een daling van ongeveer 1% ten opzichte van 2017, waar "
        "de teller op 2180 bleef stilstaan. Landelijk kreeg de meldkamer in 2018 maar liefst "
        "245.000 meldingen te verwerken (118.000 brandmeldingen en 127.000 verzoeken voor "
        "hulpverlening)."
    )
    assert ("voorval", _year(2018), "total", 2160.0, "count", None) in _facts(text)


def test_a_common_noun_body_turning_out_for_something_is_not_read_as_the_whole():
    # texts197/nieuwsblad-netwerk-brandweer-oproepen-2020 (round AJ): `de brandweerdiensten
    # ... opgeroepen voor noodsituaties`, a group whose scope the gold gives it: no figure
    text = (
        " date 2021-03 In 2020 zijn in Vlaanderen dagelijks 1.067 keer brandweerploegen "
        "uitgerukt om ergens hulp te bieden. In totaal werden de brandweerdiensten 390.623 keer "
        "opgeroepen voor noodsituaties."
    )
    assert not any(f[3] == 390623.0 and f[5] is None for f in _facts(text))


# texts230/knrm-reddingen-2014 (round AR): the KNRM's own item; its head names it by its
# short name, the lead by its full one
KNRM_2014 = (
    "KNRM in 190 jaar gegroeid tot veelzijdige reddingorganisatie\n\n14 januari 2015\n\n"
    "In 2014 zijn de vrijwilligers van de Koninklijke Nederlandse Redding Maatschappij (KNRM) "
    "2.238 keer uitgevaren en werden 3.420 mensen gered of geholpen.\n"
)
# texts240/nos-knrm-reddingsacties-2018 (round AT): NOS on the KNRM's year
NOS_KNRM_2018 = (
    " date 2019-01 De Koninklijke Nederlandse Reddingsmaatschappij (KNRM) is vorig jaar een "
    "recordaantal keren uitgerukt. Het aantal acties steeg bijna twintig procent, van 2119 naar "
    "2508. Ook het aantal mensen dat werd gered is gestegen, naar 4313.\n"
)
# texts225/jeugdjournaal-reddingsbrigade-reddingen-2018 (round AQ): the lifeguards' brigade
BRIGADE_2018 = (
    " date 2019-01 De Reddingsbrigade heeft het druk gehad afgelopen jaar. Uit nieuwe cijfers "
    "blijkt dat veel meer mensen uit het water zijn gered dan het jaar daarvoor.\n\n4300\n\n"
    "In 2018 werden 4300 zwemmers en watersporters in nood gered. Vrijwilligers van de "
    "reddingsbrigade moesten 2500 keer in actie komen. Dat is 20 procent meer dan in 2017.\n"
)


def test_a_rescue_service_in_the_head_counts_its_call_outs_by_its_full_name():
    # the service's full name in the lead is the head's `KNRM`: its own call-outs; the
    # people it saved are no call-outs
    assert _facts(KNRM_2014) == {("voorval", _year(2014), "total", 2238.0, "count", None)}


def test_a_rescue_services_acties_are_its_call_outs_not_a_kind():
    assert _facts(NOS_KNRM_2018) == {
        ("voorval", _year(2017), "total", 2119.0, "count", None),
        ("voorval", _year(2018), "total", 2508.0, "count", None),
    }


def test_a_lifeguards_brigade_counting_per_year_is_a_rescue_service():
    # the brigades are in `head_cues`; a text of theirs counting per swimming season
    # (texts225 ad-reddingsbrigade-geredde-zwemmers-2020: `tussen 1 mei en 22 september`),
    # which no period reader reads, is kept out by its `season_words` (incCallout; see
    # tests/test_incidents_call_outs.py)
    assert _facts(BRIGADE_2018) == {("voorval", _year(2018), "total", 2500.0, "count", None)}


def test_call_outs_without_a_rescue_service_in_the_head_are_not_read():
    # the same sentences in a text no service heads: no subject, nothing read
    text = (
        "Het jaar in cijfers\n\nIn 2018 was het druk. Het aantal acties steeg bijna twintig "
        "procent, van 2119 in 2017 naar 2508 in 2018. Vrijwilligers moesten 2500 keer in actie "
        "komen.\n"
    )
    assert _facts(text) == set()


# texts235/knrm-reddingsacties-2016 (round AS): Marker Nieuws on the KNRM's year and its
# Marken station's
KNRM_MARKEN_2016 = (
    "naar Marker Nieuws indexpagina\n2.349 reddingsacties door KNRM-redders in 2016\n"
    "KNRM Marken is 83 keer uitgevaren\n\nDe vrijwilligers gingen vaak uit.\n"
)


def test_a_station_named_after_the_service_is_not_the_whole():
    # `KNRM Marken`: one station's call-outs, no count of the whole service's
    assert _facts(KNRM_MARKEN_2016) == {("voorval", _year(2016), "total", 2349.0, "count", None)}


def test_a_rescue_services_stations_put_to_work_so_many_times():
    # texts230/schuttevaer-knrm-inzet-2022 (round AR), lines 1 (the year moved into the
    # second sentence: in the text it stands in the first only): `ingezet`, a verb of the
    # service's (`head_filed_verbs`), which the turn-out reader does not read
    text = (
        "De Koninklijke Nederlandse Redding Maatschappij (KNRM) heeft in 2022 4005 mensen "
        "geholpen of gered. In 2022 werden de reddingstations, verspreid over Nederland, 2524 "
        "keer ingezet.\n"
    )
    assert _facts(text) == {("voorval", _year(2022), "total", 2524.0, "count", None)}
    # without the service in the head: no subject, nothing read
    assert (
        _facts(text.replace("De Koninklijke Nederlandse Redding Maatschappij (KNRM)", "Wij"))
        == set()
    )


# texts180/geschillencommissie-wonen-zh-2016 (round AF), its head and line 17: a dispute
# committee's annual report counts the cases put to it
GESCHILLENCOMMISSIE_2016 = (
    "1 JAARVERSLAG 2016 Geschillencommissie Wonen Zuid-Holland Vastgesteld op 6 juni 2017\n\n"
    "In het verslagjaar werden aan de Commissie 78 zaken voorgelegd (2015: 87).\n"
)


def test_a_commission_named_in_the_head_counts_the_cases_put_to_it():
    # `geschillencommissie` (fallback `head_cues`): its `zaken` are the items
    assert _facts(GESCHILLENCOMMISSIE_2016) == {
        ("voorval", _year(2016), "total", 78.0, "count", None),
        ("voorval", _year(2015), "total", 87.0, "count", None),
    }


def test_cases_put_to_no_court_in_the_head_are_not_read():
    # no institution at all: neither the committee's name nor `aan de Commissie`
    text = GESCHILLENCOMMISSIE_2016.replace("Geschillencommissie Wonen Zuid-Holland", "Wonen")
    text = text.replace("aan de Commissie ", "")
    assert _facts(text) == set()


# texts234/waarderingskamer-jaarverslag-2012 (round AS), its head and line 12
WAARDERINGSKAMER_2012 = (
    "1 WAARDERINGSKAMER Jaarverslag 2012 Waarderingskamer Vastgesteld in de vergadering\n\n"
    "De belanghebbenden die geen of onvoldoende gelijk kregen, konden in beroep bij de "
    "rechtbank. In 2011 werden 8000 beroepschriften ingediend.\n"
)


def test_appeals_filed_under_a_supervisors_head():
    assert _facts(WAARDERINGSKAMER_2012) == {
        ("voorval", _year(2011), "total", 8000.0, "count", None)
    }


# texts239/raadvanstate-nieuwe-zaken-2019 (round AT), lines 1 and 5 (the kinds after the
# colon left out)
RAAD_VAN_STATE_2019 = (
    "Jaarverslag 2019 Raad van State\n\n"
    "De Afdeling bestuursrechtspraak heeft in 2019 ruim 13.500 zaken afgedaan en circa "
    "12.500 nieuwe zaken ontvangen.\n"
)


def test_cases_received_after_the_cases_settled_are_the_intake():
    # `afgedaan` is the first count's verb; the second conjunct's `ontvangen` its own
    assert _facts(RAAD_VAN_STATE_2019) == {
        ("voorval", _year(2019), "total", 12500.0, "count", None)
    }


# texts239/raadvanstate-bestuursrechtspraak-instroom-2016 (round AT), lines 1, 3 (cut) and 19:
# the body stands at the top only as a capitalised institution (`De Raad van State`), the
# count with a verb of receiving (`filed_bodies`, `filed_receiving_verbs`; incFiled)
RAAD_VAN_STATE_2016 = (
    "Cookies en Raadvanstate.nl\n\n"
    "Mag Raadvanstate.nl cookies op uw computer plaatsen? De Raad van State maakt gebruik van "
    "cookies voor het bijhouden van webstatistieken.\n\n"
    "In 2016 heeft de Afdeling bestuursrechtspraak ongeveer 11.700 nieuwe procedures ontvangen. "
    "De Afdeling bestuursrechtspraak heeft in 2016 ongeveer 11.000 zaken afgedaan.\n"
)


def test_procedures_received_under_an_institution_named_at_the_top():
    assert _facts(RAAD_VAN_STATE_2016, "report") == {
        ("voorval", _year(2016), "total", 11700.0, "count", None)
    }


def test_procedures_received_with_no_institution_at_the_top_are_not_read():
    # lower-case `afdeling`, no `Raad`: no body named, no subject
    text = RAAD_VAN_STATE_2016.replace("De Raad van State", "Men").replace("Afdeling", "afdeling")
    assert _facts(text, "report") == set()


def test_a_plural_counted_as_filed_names_the_texts_own_items():
    # texts239/schadefonds-aanvragen-2015 (round AT), lines 1-9: `aanvragen` stands after a
    # number once, but `ingediend` tells they were filed with the fund: its items
    text = (
        "Recorduitkering schadefonds geweldsmisdrijven\n\n"
        "Zowel het aantal claims als het totaal uitgekeerde bedrag steeg afgelopen jaar ten "
        "opzichte van 2014.\n\n"
        "Het Schadefonds Geweldsmisdrijven heeft vorig jaar een recordbedrag van 16,5 miljoen "
        "euro uitgekeerd aan slachtoffers. Dat meldt de overheidsinstantie in het jaarverslag "
        "over 2015.\n\n"
        "Het uitgekeerde bedrag is het hoogste in het veertigjarig bestaan van het fonds. In 2015 "
        "werden er 7.423 aanvragen ingediend; een stijging van ruim 10 procent ten opzichte van "
        "2014."
    )
    assert _facts(text) == {("voorval", _year(2015), "total", 7423.0, "count", None)}


def test_a_plural_counted_as_reported_names_the_texts_own_items():
    # texts250/independer-gms-woningbranden-2022 (round AV), lines 1-3: house fires reported
    text = (
        " date 2023-03 Meeste woningbranden in de koudste maanden\n\n"
        "In 2022 werden er maar liefst 7.700 woningbranden gemeld. Vooral in Friesland was een "
        "stijging te zien met wel 33 procent."
    )
    assert ("voorval", _year(2022), "total", 7700.0, "count", None) in _facts(text)


def test_applications_filed_over_a_span_and_their_kinds_shares():
    # texts264/omgeving-vlaanderen-omgevingsvergunningen-2018-2023 (round AY), lines 15-24:
    # the applications' total over six years, then the kinds' shares
    text = (
        "Bijna driekwart van de aanvragen wordt vergund\n\n"
        "Van 1 januari 2018 tot en met 31 december 2023 zijn 547 499 aanvragen voor een "
        "omgevingsvergunning ingediend.\n\n"
        "De meeste aanvragen (82,8%) gaan enkel over een stedenbouwkundige handeling zoals het "
        "(ver)bouwen van een woning."
    )
    span = (date(2018, 1, 1), date(2023, 12, 31))
    assert ("voorval", span, "total", 547499.0, "count", None) in _facts(text)


def test_papers_that_reached_a_meeting_are_no_items_filed():
    # texts212/moerdijk-wmo-adviesraad-2023-10-26: minutes tell what reached the meeting
    text = (
        "Verslag Wmo-adviesraad vergadering d.d. 26 oktober 2023\n\n"
        "Nadat de postlijst is gepubliceerd zijn nog 4 nieuwe stukken binnengekomen."
    )
    assert _facts(text, "minutes") == set()


def test_questions_a_body_received_are_no_items_filed():
    # texts234/college-rechten-van-de-mens-vijf-jaar-2017: questions stay `other` (rule 5)
    line = "In vijf jaar tijd kreeg het College bijna 14.500 vragen en meldingen binnen."
    assert "vragen" not in _filed_plurals_in(line)
    assert "aanvragen" in _filed_plurals_in("In 2015 werden er 7.423 aanvragen ingediend.")


# texts274/fod-justitie-genadeverzoeken-2016-2020 (web274, round BA): pardon requests, a
# compound no subject's vocabulary holds, named after `aantal` and counted once by its head
GENADEVERZOEKEN = (
    "Het aantal genadeverzoeken is in 4 jaar tijd met ongeveer 50 procent gestegen. In 2016 "
    "waren er 633 verzoeken, en dat aantal steeg tot 1.232 in 2019 om dan weer te dalen naar "
    "1.015 in 2020. Het aantal toekenningen blijft zeer laag, het gaat maar om een handvol per "
    "jaar: in 2016 waren er 3, in 2017 6, in 2018 13, in 2019 7 en in 2020 maar 2. Dat blijkt "
    "allemaal uit cijfers van FOD Justitie."
)


def test_a_compound_of_requests_named_after_aantal_and_counted_once_makes_a_count_text():
    assert _applied_for_in(GENADEVERZOEKEN) == {"genadeverzoeken", "verzoeken"}
    facts = _facts(GENADEVERZOEKEN)
    assert ("voorval", _year(2016), "total", 633.0, "count", None) in facts
    assert ("voorval", _year(2020), "total", 1015.0, "count", None) in facts
    # the pardons granted on them are the ministry's decisions (`toekenningen`), no kind
    assert not {fact for fact in facts if fact[3] in (3.0, 6.0, 13.0)}


def test_a_compound_of_applications_counted_once_after_a_number():
    # texts274/cgvs-asielaanvragen-2019-11 (web274): named after `aantal`, counted once
    text = (
        "Het aantal asielaanvragen voor 2019 komt daarmee op 25.499. Over heel 2018 werden "
        "23.443 asielaanvragen opgetekend door het CGVS."
    )
    assert _applied_for_in(text) == {"asielaanvragen", "aanvragen"}


def test_the_bare_head_or_a_compound_never_counted_makes_no_count_text():
    # `het aantal meldingen` names any body's reports; a compound named but never
    # counted after a number tells no count of its own
    assert not _applied_for_in("Het aantal meldingen steeg. Er kwamen 40 meldingen binnen.")
    assert not _applied_for_in("Het aantal genadeverzoeken is in 4 jaar tijd gestegen.")


# texts280/knack-child-focus-dossiers-2012 (web280, round BB): a body's cases (`dossiers`,
# elsewhere no count's noun) counted in the lead's first sentence and again further on
KNACK_LEAD = (
    "Child Focus, de Stichting voor Vermiste en Seksueel Uitgebuite Kinderen, heeft vorig jaar "
    "2.433 dossiers rond verdwijningen en seksuele uitbuiting behandeld, tegenover 2.328 in 2011."
)
KNACK = (
    f"{KNACK_LEAD} Het gaat om 1.727 behandelde verdwijningsdossiers (1.794 in 2011) en 706 "
    "dossiers over seksuele uitbuiting (534 in 2011).\n\nWeglopers blijven langer weg\n\n"
    "Het aantal wegloopdossiers bleef de voorbije vijf jaar stabiel tussen jaarlijks 1.000 à "
    "1.100 dossiers, maar Child Focus merkt wel dat de gemiddelde duur van het weglopen de "
    "voorbije vijf jaar stelselmatig toenam."
)


def test_cases_the_lead_counts_and_the_text_counts_again_are_its_items():
    facts = _facts(KNACK)
    assert ("voorval", _year(2012), "total", 2433.0, "count", None) in facts
    assert ("voorval", _year(2011), "total", 2328.0, "count", None) in facts
    # a range's bounds (`1.000 à 1.100 dossiers`) count nothing
    assert not {fact for fact in facts if fact[3] in (1000.0, 1100.0)}


def test_cases_the_lead_does_not_count_make_no_count_text():
    # `dossiers` after a number elsewhere is no count of items (`not_a_count_after`)
    text = (
        "De gemeente heeft het beleid herzien en de werkwijze aangepast.\n\n"
        "Er lagen 40 dossiers op de plank. Later kwamen er 12 dossiers bij."
    )
    assert _facts(text) == set()


def test_a_compound_of_cases_in_the_lead_is_the_items_word():
    # texts275/hln-child-focus-verdwijningsdossiers-2021 (web275, round BA)
    text = (
        "De organisatie behandelde in 2021 1.188 nieuwe verdwijningsdossiers, of meer dan drie "
        "per dag. Het kan gaan om een kinderontvoering of de verdwijning van een niet-begeleide "
        "minderjarige, maar meestal (867 dossiers) gaat het over weggelopen jongeren."
    )
    assert ("voorval", _year(2021), "total", 1188.0, "count", None) in _facts(text)


# texts259/ccb-verdachte-mails-2018 (web259, round AX): the headline counts the items and the
# lead counts them again, a compound of the same word, an adjective before both
CCB_TITLE = "648.522 verdachte mails doorgestuurd naar Centrum voor Cybersecurity 19 maart 2019"
CCB = (
    f" date 2019-03 {CCB_TITLE}\n\nBezorgde Belgen hebben vorig jaar exact 648.522 verdachte "
    "e-mails doorgestuurd naar het Centrum voor Cybersecurity (CCB). Dat had daartoe opgeroepen "
    "in oktober 2017. Het CCB scant al die mails op links naar phishingsites."
)


def test_a_count_the_headline_and_the_lead_tell_is_the_texts_items():
    rows = text_rows(CCB, "other", title=f"date 2019-03 {CCB_TITLE}")
    assert {(r["subject"], r["period_start"], r["category"], r["value"]) for r in rows} == {
        ("voorval", date(2018, 1, 1), "total", 648522.0)
    }


def test_a_title_taken_from_the_lead_is_no_headline_restated():
    lead = "Er werden in 2018 648 verdachte mails doorgestuurd naar het centrum."
    assert not text_rows(f"{lead} Het centrum scant al die mails.", "other", title=lead)


# texts274/urgentiecommissie-stedendriehoek-aanvragen-2017-2019 (web274), lines 9 and 12-22:
# a table of urgency applications per municipality, its caption above a header of years
# and again below it; the text never prints `aanvragen` after a number
URGENTIE = (
    "Jaarverslag 2019 Regionale Urgentiecommissie Stedendriehoek\n\n"
    "Tabel 1 laat zien hoeveel aanvragen er in de afgelopen jaren per gemeente zijn "
    "ingediend.\n\n\n"
    "Aantal aanvragen per gemeente\n"
    "Gemeente 2017 2018 2019\n"
    "Apeldoorn 109 102 126\n"
    "Brummen 11 9 10\n"
    "Deventer 87 100 73\n"
    "Lochem 2 0 1\n"
    "Voorst 6 19 7\n"
    "Zutphen 45 39 50\n"
    "Totaal 260 269 267\n\n"
    "Tabel 1: Aantal aanvragen per gemeente\n"
)


def test_a_table_captioned_by_the_items_it_counts_gives_the_text_its_subject():
    # `Aantal aanvragen` right above a header of years over a row of a count per year:
    # the table counts applications, the text's items (no known subject names them)
    facts = _facts(URGENTIE)
    assert ("voorval", _year(2017), "total", 109.0, "count", "Apeldoorn") in facts
    assert ("voorval", _year(2019), "total", 50.0, "count", "Zutphen") in facts
    assert {f[3] for f in facts if f[1] == _year(2018)} >= {102.0, 9.0, 100.0, 0.0, 19.0, 39.0}
    # the caption counts per municipality: the areas the commission serves (gold rule 15),
    # so `Totaal` is its own whole, no group of municipalities (rule 1)
    assert ("voorval", _year(2017), "total", 260.0, "count", None) in facts
    assert not {f for f in facts if f[5] == "gemeenten"}


def test_a_caption_over_no_header_of_years_gives_no_subject():
    # the caption alone (the header cut off) or over a row whose cells do not fit the
    # header's years names no table the text counts in
    assert _facts(URGENTIE.replace("Gemeente 2017 2018 2019\n", "")) == set()
    assert _facts(URGENTIE.replace("Apeldoorn 109 102 126", "Apeldoorn 109 102")) == set()


def test_a_caption_naming_no_item_gives_no_subject():
    # `Aantal inwoners per gemeente`: people are no item filed with a body
    assert _facts(URGENTIE.replace("aanvragen", "inwoners")) == set()


# texts167/derondevenen-vvd-vragen-woninginbraken-2015 (web167), lines 1 and 7-12: a
# party's statement with the police's monthly burglary figures under a header of months
# with two-digit years (round AD)
DERONDEVENEN = (
    "Politie\n\n"
    "De Ronde Venen – De VVD vindt het belangrijk dat de inwoners van De Ronde Venen kunnen "
    "wonen, werken en recreëren in een veilige omgeving. Onrustbarend zijn dan ook de meest "
    "recente criminaliteitscijfers. Met name de cijfers betreffende het aantal "
    "woninginbraken (zie de tabel hieronder) stemmen tot grote zorg.\n\n"
    "  Jan 14 Sep 14 Okt 14 Nov 14 Dec 14 Jan 15\n"
    "woninginbraken 18 4 11 12 28 40\n"
    "…waarvan pogingen 8 2 3 5 15 12\n"
    "…waarvan geslaagd 10 2 8 7 13 28\n"
)


def test_a_table_under_a_header_of_months_with_two_digit_years():
    # `Jan 14 Sep 14 ...` heads months, no date `14 Sep 14` to mask; the burglaries are
    # the police's registered crimes, the text's only kind the whole (the gold's `total`);
    # the `…waarvan` rows are parts (rule 7), not read
    months = [(2014, 1), (2014, 9), (2014, 10), (2014, 11), (2014, 12), (2015, 1)]
    expected = {
        ("voorval", month(y, m), "total", float(v), "count", None)
        for (y, m), v in zip(months, (18, 4, 11, 12, 28, 40), strict=True)
    }
    assert _facts(DERONDEVENEN) == expected


def test_a_header_of_months_is_a_whole_line_of_them():
    assert header_months("  Jan 14 Sep 14 Okt 14 Nov 14 Dec 14 Jan 15") == [
        month(2014, 1), month(2014, 9), month(2014, 10), month(2014, 11), month(2014, 12),
        month(2015, 1),
    ]  # fmt: skip
    # `Jan 14` in running text may be a day: no header
    assert header_months("De cijfers van Jan 14 en Sep 14 stemmen tot zorg") is None
    assert header_months("Jan 14") is None


# texts254/utrecht-vth-huisvesting-cijfers-2021-2023 (web254, round AW), the whole text: a
# city's housing figures, permit applications per kind beside the permits granted and
# refused, the city's checks, and a table of nuisance reports (the flat-table tests' copy)
UTRECHT = UTRECHT_VTH


def test_rows_naming_a_kind_of_what_was_applied_for_are_kinds_of_filed_items():
    # `Aangevraagde vergunningen <kind>`: permit applications (filed, gold rule 5) of a
    # kind -> other; the permits granted or refused are outcomes, not read
    facts = {(f[1][0].year, f[2], f[3]) for f in _facts(UTRECHT)}
    assert {(2021, "other", 84.0), (2022, "other", 64.0), (2023, "other", 57.0)} <= facts
    assert {(2021, "other", 60.0), (2022, "other", 49.0), (2023, "other", 20.0)} <= facts
    assert not {v for _, _, v in facts} & {42.0, 32.0, 18.0, 25.0, 28.0, 16.0}
    # the nuisance table as before
    assert {(2021, "total", 660.0), (2021, "other", 578.0)} <= facts


# texts289/nu-justis-vog-aanvragen-2010-2014 (web289), line 1
VOG_SERIES = (
    "De afgelopen jaren zijn veel meer aanvragen voor een Verklaring Omtrent Gedrag (VOG) "
    "afgegeven. Het aantal aanvragen steeg van 500.000 in 2010 naar 700.000 in het afgelopen "
    "jaar. Het aantal weigeringen is gering."
)
# texts260/breda-d66-antwoorden-misdaadmeter-woninginbraken-2012 (web260), line 17
BREDA_SERIES = (
    "De stijging wordt dan ook veroorzaakt door de toename van het aantal woninginbraken "
    "(van 834 in 2011 naar 1036 inbraken in 2012)."
)
# texts259/amk-meldingen-2012 (web259): contacts named over a series are no items
AMK_SERIES = (
    "In de jaren daarvoor is het aantal telefoontjes naar een AMK flink gestegen, van "
    "ongeveer 34.000 in 2004 naar ruim 65.000 in 2012."
)


def test_items_named_after_aantal_over_a_series_of_years_are_counted():
    # the text names its items once, after `aantal`, and gives their levels over years:
    # applications filed are the items (total); a crime's series a kind of them
    rows = text_rows(VOG_SERIES, "other")
    assert [(r["period_start"], r["category"], r["value"]) for r in rows] == [
        (date(2010, 1, 1), "total", 500000.0)
    ]  # `het afgelopen jaar` of an undated item: no year to give the 700.000
    rows = text_rows(BREDA_SERIES, "council_questions")
    assert {(r["period_start"], r["category"], r["value"]) for r in rows} == {
        (date(2011, 1, 1), "other", 834.0),
        (date(2012, 1, 1), "other", 1036.0),
    }
    assert _series_named(AMK_SERIES) == frozenset()
    assert text_rows(AMK_SERIES, "other") == []
    # a series with no year is no such series
    assert _series_named("Het aantal aanvragen steeg van 500 naar 700.") == frozenset()
    # nor one of what may be no item at all (neither filed nor a crime)
    houses = "Het aantal woningen steeg van 10.000 in 2010 naar 12.000 in 2020."
    assert _series_named(houses) == frozenset()
    assert text_rows(houses, "other") == []


# texts270 and texts275 rtvutrecht-kindertelefoon-gesprekken-2016 (RTV Utrecht), lines 3 and 7
KINDERTELEFOON = (
    "UTRECHT - Het aantal gesprekken met De Kindertelefoon in Utrecht is weer gestegen. In 2016 "
    "zijn er via de telefoon of via de chat in totaal 242.355 gesprekken geregistreerd. Met "
    "bijna 39.000 gesprekken meer dan het jaar daarvoor, is dat een stijging van 19 procent.\n\n"
    "Een jaar eerder zag de hulplijn voor kinderen van 8 tot 18 jaar die in moeilijkheden "
    "verkeren het aantal telefoontjes ook al flink toenemen, met bijna 23.000. Kinderen belden "
    "het vaakst met vragen over pesten, seksualiteit en relaties."
)


def test_a_helplines_conversations_are_its_intake():
    # the head names the help line and the text counts its conversations: they are what
    # callers bring to it (gold `total`), not the body's own talks (`body_action_nouns`);
    # `toenemen, met bijna 23.000` sizes a change
    assert _facts(KINDERTELEFOON) == {("voorval", _year(2016), "total", 242355.0, "count", None)}


def test_a_helpline_approached_that_often_is_the_whole_of_its_conversations():
    # texts285 nu-113-zelfmoordpreventie-gesprekken-2019-2021h1 (NU.nl), lines 1 and 3
    text = (
        "Meer mensen belden en chatten het afgelopen jaar met de hulplijn van Stichting "
        "Zelfmoordpreventie. In het eerste half jaar van 2021 steeg het aantal gesprekken met "
        "31 procent ten opzichte van dezelfde periode in 2020.\n\n"
        "In 2020 werd de hulplijn in totaal 113.921 keer benaderd, ten opzichte van 93.235 keer "
        "het jaar ervoor. In de eerste helft van dit jaar voerde de stichting al 65.950 "
        "gesprekken, terwijl dit er in de eerste zes maanden van 2020 iets meer dan 50.000 waren."
    )
    half = (date(2021, 1, 1), date(2021, 6, 30))
    facts = _facts(text)
    assert ("voorval", _year(2020), "total", 113921.0, "count", None) in facts
    assert ("voorval", half, "total", 65950.0, "count", None) in facts


def test_conversations_with_no_helpline_in_the_head_are_a_bodys_own_talks():
    # the same count of conversations in a text whose head names no help line
    text = (
        "UTRECHT - Het aantal gesprekken met De Wijkagent in Utrecht is weer gestegen. In 2016 "
        "zijn er in totaal 2.355 gesprekken geregistreerd."
    )
    assert _facts(text) == set()


# texts300/hbvl-zelfmoordlijn-gesprekken-2012-2022 (web300, Het Belang van Limburg), lines 1 and 3
ZELFMOORDLIJN = (
    "Vrijwilligers bij het Centrum ter Preventie van Zelfdoding (CPZ) voerden in 2022 ruim "
    "23.073 gesprekken via de Zelfmoordlijn 1813, een gratis en anonieme hulplijn voor wie aan "
    "zelfdoding denkt. Dat heeft het CPZ dinsdag bekendgemaakt. Het gaat om een lichte stijging "
    "in vergelijking met 2021, toen 22.870 gesprekken werden gevoerd.\n\n"
    "Het gaat daarbij vooral om gesprekken via de telefoon (17.043) en via de chat (3.843), en "
    "in mindere mate via mail (2.187)."
)


def test_a_helplines_conversations_told_by_its_volunteers_are_its_intake():
    # the lead names the line a `hulplijn`: the conversations its volunteers held are its
    # intake of each year (total), the channels in brackets parts of 2022's
    facts = _facts(ZELFMOORDLIJN)
    assert ("voorval", _year(2022), "total", 23073.0, "count", None) in facts
    assert ("voorval", _year(2021), "total", 22870.0, "count", None) in facts
    assert ("voorval", _year(2022), "other", 17043.0, "count", None) in facts
    # the same lines with no help line named: the body's own talks, nothing read
    bare = ZELFMOORDLIJN.replace(
        ", een gratis en anonieme hulplijn voor wie aan zelfdoding denkt", ""
    )
    assert _facts(bare) == set()
