"""Call-out texts: a fire service's, an ambulance service's or a control room's count of its
call-outs (`uitrukken`, `alarmeringen`, `N keer uitgerukt`), and a group of emergency
services counting theirs together (`hulpverleningszones`). Lines quoted from the real texts
the dev gold was written on (source named above each test)."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts


def _facts(text: str) -> set[tuple]:
    """The figures with their subject, in a news item or web page (`other`)."""
    return subject_facts(text, "other")


# texts199/amersfoort-jaarstukken-brandweer-indicatoren-2018 (AK): a municipality's
# indicators for its fire service, the call-out count under a heading naming the service
AMERSFOORT = (
    "Jaarstukken 2018\n\n02 VEILIGHEID EN HANDHAVING\n\nIndicatoren\n\n"
    "Aantal binnenbranden per 1000 woningen\n\nToelichting:\n\n"
    "Vanaf 2016 (Begroting 2017-2020) wordt het aantal gebouwbranden per 1000 woningen als "
    "indicator opgenomen.  In 2018 waren er 79 binnenbranden in gebouwen ofwel 1,19 per 1000 "
    "woningen.\n\n"
    "Brandweer binnen normtijd ter plaatse\n\nToelichting:\n\n"
    "De brandweer is in 2018 79 keer uitgerukt voor een gebouwbrand."
)


def test_a_fire_services_call_outs_make_the_fires_it_counts_a_kind():
    # the heading names the service and the text counts its turn-outs (`79 keer
    # uitgerukt`): the items are call-outs, the fires one kind of them (gold: other)
    assert _facts(AMERSFOORT) == {("voorval", _year(2018), "other", 79.0, "count", None)}


def test_a_fire_count_without_a_call_out_count_has_no_subject():
    # the same indicator without the service's turn-outs: no call-out text
    text = AMERSFOORT.split("Brandweer binnen")[0]
    assert _facts(text) == set()


# texts203/telegraaf-brandweer-meldkamers-natuurbranden-2018 (AL): the control rooms'
# alarms; a part of a kind in brackets (`bosbranden (364)`) is left out by both readings
TELEGRAAF = (
    " date 2019-03 De meldkamers kregen vorig jaar 245.000 alarmeringen binnen en dat is "
    "twaalf procent meer dan een jaar eerder. Zowel voor brand als hulpverlening steeg het "
    "aantal telefoontjes naar de centralisten, blijkt uit cijfers die het CBS verzamelde.\n\n"
    "Opvallend is vooral het hoge aantal bermbranden. Met bijna vierduizend was dat een "
    "toename van ruim 70 procent. Ook voor natuurbranden werd de brandweer ruim duizend keer "
    "gealarmeerd en dat betekende bijna een verdubbeling ten opzichte van 2017. Wat opviel was "
    "vooral het hoge aantal alarmeringen met betrekking tot bosbranden (364), dat meer dan "
    "verdrievoudigde ten opzichte van een jaar eerder."
)


def test_a_control_rooms_alarms_are_its_items_and_a_bracket_after_a_kind_no_total():
    assert _facts(TELEGRAAF) == {("voorval", _year(2018), "total", 245000.0, "count", None)}


# texts220/cbs-brandweer-branden-hulpverleningen-1998 (AP): the fire services' work, and a
# rate per 100 thousand inhabitants named before its figures
CBS_1998 = (
    "Brandweer: minder blussen, meer hulpverlening\n\n"
    "In 1998 heeft de brandweer in ons land 44 duizend branden geblust. Dat zijn er ruim 5 "
    "duizend minder dan in 1997. Daarnaast heeft de brandweer 41 duizend keer hulp verleend, "
    "zoals het bestrijden van wateroverlast en het bevrijden van personen.\n\n"
    "Het aantal hulpverleningen door de brandweer lag in de periode 1990 - 1997 tussen 30 "
    "duizend en 40 duizend per jaar. Met de ruim 41 duizend hulpverleningen in 1998 is het "
    "aantal bijna 2 duizend groter dan in 1997.\n\n"
    "In de provincie Drenthe is het aantal hulpverleningen per 100 duizend inwoners sterk "
    "gestegen, van 183 hulpverleningen in 1997 naar 251 in 1998."
)


def test_a_rate_named_before_its_figures_gives_no_count():
    facts = _facts(CBS_1998)
    assert ("voorval", _year(1998), "other", 41000.0, "count", None) in facts
    assert not {f for f in facts if f[3] in (183.0, 251.0)}


# texts220/denhaag-dierenambulance-uitrukken-2024 (AP): an animal ambulance; the animals
# re-homed are no call-outs
DEN_HAAG = (
    "De dierenambulance in Den Haag heeft afgelopen jaar een indrukwekkende reddingsoperatie "
    "uitgevoerd, waarbij ze niet alleen honden en katten hebben gered, maar ook vogels, egels "
    "en zelfs slangen.\n"
    "Stichting Dierenhospitaal en Ambulancedienst 's-Gravenhage e.o. heeft in 2024 maar "
    "liefst 45.000 telefoontjes beantwoord en is 14.000 keer uitgerukt met de ambulances.\n"
    "Naast reddingsoperaties beschikt de stichting ook over een ziekenhuis en dierenopvang. In "
    "2024 zijn er 1600 dieren behandeld in het ziekenhuis en hebben 260 herstellende katten en "
    "380 vogels een nieuw thuis gevonden."
)


def test_an_animal_ambulances_animals_are_no_items():
    facts = _facts(DEN_HAAG)
    assert ("voorval", _year(2024), "other", 45000.0, "count", None) in facts
    assert not {f for f in facts if f[3] == 380.0}


def test_a_text_on_the_services_means_counts_no_call_outs():
    # texts199/brandweernederland-kerndata-2019-negatief, texts203/blikopnieuws-rivm-
    # ambulances-2024-negatief: the services named, their stations and vehicles counted
    kerndata = (
        "Brandweerkerndata 2019\n\nOp 31 december 2019 telde de Nederlandse brandweer in "
        "totaal 23.570 personen in repressieve dienst. Zij opereerden vanuit 969 kazernes en "
        "posten."
    )
    ambulances = (
        " date 2023-07 Stijging benodigde ambulances op werkdagen zet niet door\n\n"
        "Het aantal ambulances dat in Nederland op werkdagen overdag nodig is, blijft nagenoeg "
        "gelijk. In 2024 zijn er 693 ambulances nodig om goed aan de vraag naar ambulancezorg "
        "te voldoen."
    )
    assert _facts(kerndata) == set()
    assert _facts(ambulances) == set()


# texts250/kcce-hulpverleningszones-interventies-2015 (AV): the zones counted together
KCCE_2015 = (
    "Eerste statistiekenverslag brandweerinterventies sinds zonevorming\n\nBrandweer\n"
    "Interventie\n\n"
    "Het federaal Kenniscentrum voor de Civiele Veiligheid (KCCE) heeft op 31 maart 2018 het "
    "eerste statistiekenverslag sinds de brandweerhervorming in 2015 gepubliceerd. In 2015 "
    "hebben de nieuwe hulpverleningszones in België in totaal 556.570 interventies "
    "uitgevoerd, waarvan 330.040 interventies waarbij ze dringende geneeskundige hulp boden. "
    "Bij de hervorming zijn de 250 voormalige brandweerkorpsen samengesmolten tot 34 "
    "hulpverleningszones en Brandweer Brussel.\n\n"
    "De brandweer voerde ook in 2015 de meeste interventies uit in de categorieën "
    "“Dringende Geneeskundige Hulpverlening” en “Reddingsinterventies en technische "
    "interventie”. Dit laatste type interventies, waarbij de nadruk natuurlijk ligt op het "
    "helpen van mensen, is goed voor meer dan 2/3 (of 152.741 interventies) van alle "
    "brandweerinterventies (dringende geneeskundige hulpverlening niet meegerekend)."
)


def test_a_group_of_services_counting_together_scopes_every_figure():
    facts = _facts(KCCE_2015)
    assert ("voorval", _year(2015), "total", 556570.0, "count", "hulpverleningszones") in facts
    assert ("voorval", _year(2015), "other", 152741.0, "count", "hulpverleningszones") in facts
    assert {f[5] for f in facts} == {"hulpverleningszones"}


def test_two_groups_of_services_scope_nothing():
    # texts197/nieuwsblad-netwerk-brandweer-oproepen-2020 (AJ): `brandweerdiensten` and
    # `hulpverleningszones` both named: which group a figure sums is not told by a lead
    text = (
        " date 2021-03 In 2020 zijn in Vlaanderen dagelijks 1.067 keer brandweerploegen "
        "uitgerukt om ergens hulp te bieden. In totaal werden de brandweerdiensten 390.623 keer "
        "opgeroepen voor noodsituaties.\n\n"
        "Voorts behandelde de brandweer vorig jaar 28.137 oproepen voor storm- of "
        "wateroverlast. De hulpverleningszones werden hiervoor 92.915 maal gecontacteerd."
    )
    assert "hulpverleningszones" not in {f[5] for f in _facts(text)}


# texts250/netwerkbrandweer-vlaanderen-oproepen-2023 (AV): the sentence before a restating
# `Het gaat om` names only the year compared with
NETWERK_2023 = (
    "Infografieken 2023\n\n"
    "De brandweer ontving in 2023 433.654 oproepen, dat zijn gemiddeld 1.188 meldingen per "
    "dag.\n\n"
    "In 2023 heeft de brandweer in Vlaanderen zich opnieuw onvermoeibaar ingezet. Burgers "
    "belden maar liefst 433.654 keer naar de brandweer. Dat zijn iets minder oproepen dan in "
    "2022 (470.050), maar nog steeds gemiddeld 1.188 per dag.\n\n"
    "Het gaat om 249.340 oproepen voor een ziekenwagen, 23.982 brandgerelateerde oproepen en "
    "160.332 oproepen voor allerlei andere interventies."
)


def test_a_restatement_after_a_compared_year_is_not_of_that_year():
    facts = _facts(NETWERK_2023)
    assert not {f for f in facts if f[1] == _year(2022) and f[3] in (249340.0, 160332.0)}
    assert ("melding", _year(2023), "other", 249340.0, "count", None) in facts


def test_a_restatement_takes_the_year_its_sentence_before_states():
    # the year the sentence before states as its own still dates `Het ging om`
    text = (
        "Jaarverslag\n\nIn 2021 zijn bij het meldpunt veel meer meldingen binnengekomen dan het "
        "jaar ervoor. Het ging om 502 meldingen."
    )
    assert ("melding", _year(2021), "total", 502.0, "count", None) in _facts(text)


# texts220/nu-dierenambulance-leiden-ritten-2021 (AP), the whole text: the rides `van
# ambulances` are the service's own, no kind of them (gold: total 4966 for 2021)
DIERENAMBULANCE = (
    " date 2022-02 De dierenambulance in de Leidse regio heeft in 2021 ruim 10 procent meer "
    "dieren opgenomen dan het voorgaande jaar. In totaal zijn er bij de Dierenambulance-"
    "Vogelasiel regio Leiden 3.799 dieren opgevangen.\n\nOok bij het aantal ritten van "
    "ambulances groeide aanzienlijk van 4.466 naar 4.966. Hiervan hadden 1.250 ritten "
    "betrekking op vervoer van huisdieren en 3.436 op vervoer van wilde dieren.\n\nDaarnaast "
    "werden 280 andere ritten uitgevoerd. Dat gaat dan om ritten met wilde dieren die niet in "
    "het asiel verzorgd mogen worden. Dit zijn onder andere egels, hazen, vleermuizen en "
    'reptielen die naar een andere opvang worden gebracht.\n\n"Een verklaring voor de '
    "wederom sterke toename van het aantal wilde dieren dat wij het afgelopen jaar hebben "
    'opgenomen, hebben wij niet", zegt coördinator Eef van Meerten van het asiel. "Een groot '
    "deel van de dieren die wij opnemen wordt opgehaald door onze ambulancemedewerkers. Maar "
    'ook steeds meer particulieren komen dieren die hulp nodig hebben, zelf brengen."'
)


def test_the_call_out_service_after_van_names_no_kind_of_its_rides():
    facts = _facts(DIERENAMBULANCE)
    assert ("voorval", _year(2021), "total", 4966.0, "count", None) in facts
    assert ("voorval", _year(2021), "other", 4966.0, "count", None) not in facts
    # incPeriod: the change names no period; its first level is the year before the new one's
    assert ("voorval", _year(2020), "total", 4466.0, "count", None) in facts


# texts225/jeugdjournaal-reddingsbrigade-reddingen-2018 (AQ): the lifeguards' brigades
# named in the head, their call-outs told with a modal and its infinitive
JEUGDJOURNAAL = (
    " date 2019-01 De Reddingsbrigade heeft het druk gehad afgelopen jaar. Uit nieuwe cijfers "
    "blijkt dat veel meer mensen uit het water zijn gered dan het jaar daarvoor.\n\n4300\n\n"
    "In 2018 werden 4300 zwemmers en watersporters in nood gered. Vrijwilligers van de "
    "reddingsbrigade moesten 2500 keer in actie komen. Dat is 20 procent meer dan in 2017."
)


def test_a_rescue_brigades_call_outs_told_with_a_modal_are_its_items():
    # gold also has the swimmers saved (4300, other): people, which no reader counts
    assert _facts(JEUGDJOURNAAL) == {("voorval", _year(2018), "total", 2500.0, "count", None)}


# texts225/ad-reddingsbrigade-geredde-zwemmers-2020 (AQ): the same service counting per
# swimming season (`tussen 1 mei en 22 september`), which no period reader reads
AD_REDDINGSBRIGADE = (
    " date 2020-10 Het aantal zwemmers dat afgelopen zwemseizoen (mei - september) hulp is "
    "verleend door lifeguards van Reddingsbrigade Nederland is gestegen van 394 in 2019 naar "
    "770 in 2020.\n\nReddingsbrigade Nederland meldt de stijging van het aantal geredde "
    "zwemmers in een persverklaring. Het totaal aantal hulpverleningsacties steeg tussen 1 mei "
    "en 22 september van 5604 naar 6018 ten opzichte van een jaar eerder."
)


def test_a_rescue_brigade_counting_per_season_gets_no_calendar_year():
    assert _facts(AD_REDDINGSBRIGADE) == set()


# texts240/ad-ambulance-rotterdam-rijnmond-112-meldingen-2015 (AT): the ambulance service's
# emergency calls counted by `aantal` alone, the number joined to the noun no count
AD_AMBULANCE = (
    "Ambulance zonder haast vaker te laat\n\n date 2016-08 Afgelopen jaar rukten de ambulance "
    "in de regio Rotterdam-Rijnmond een recordaantal keren uit. In 2015 steeg het aantal "
    "112-meldingen tot 110.000, 15 procent meer dan drie jaar eerder."
)


def test_an_ambulance_services_emergency_calls_counted_by_aantal_are_its_items():
    assert _facts(AD_AMBULANCE) == {("voorval", _year(2015), "total", 110000.0, "count", None)}


# texts260/rtvnoord-hulpverleningsdienst-ambulanceritten-2005 (AX): the call-outs' whole told
# as how often they happened, `in totaal`
RTVNOORD = (
    "Forse toename aantal ambulanceritten\n\nGRONINGEN - Het aantal ambulanceritten in onze "
    "provincie is in 2005 fors gestegen. Dat blijkt uit het jaarverslag van de "
    "Hulpverleningsdienst.\nDe ambulances rukten ruim 3000 keer vaker uit dan in 2005. In "
    "totaal gebeurde dit zo'n 45.000 keer."
)


def test_how_often_the_call_outs_happened_in_total_is_their_whole():
    assert _facts(RTVNOORD) == {("voorval", _year(2005), "total", 45000.0, "count", None)}


# texts203/frieschdagblad-brandweer-fryslan-uitrukken-2017 (AL): a four-digit turn-out count
# makes the text a call-out text; what call-outs were for, after `aantal`, is one kind
FRIESCHDAGBLAD = (
    "Brandweer wordt steeds meer hulpverlener\n\nLeeuwarden - De daling van het aantal "
    "uitrukken van de Friese brandweer is vorig jaar nagenoeg tot stilstand gekomen. De "
    "brandweer kwam in totaal 3200 keer in actie, zeventig keer minder dan in 2016. In 2015 "
    "waren er nog bijna 6100 uitrukken. Het aantal branden nam enigszins toe, van 1160 naar "
    "1180. Opvallend was de grote stijging van het aantal uitrukken bij storm- en "
    "waterschade, van 75 naar 162."
)


def test_what_call_outs_were_for_after_aantal_is_one_kind():
    # (no date in this excerpt: `vorig jaar` gives the years no check here)
    facts = {(f[2], f[3]) for f in _facts(FRIESCHDAGBLAD)}
    assert ("other", 75.0) in facts and ("total", 75.0) not in facts
    assert ("other", 1160.0) in facts  # a kind no longer above a false total of its year


# texts199/vzinfo-ambulance-inzetten-2022 (AK): the service sent named between `keer` and
# its participle; the head counts that service's call-outs (gold: total 1489572)
VZINFO = (
    "Ongeveer 1,5 miljoen ambulance-inzetten\n\nIn 2022 is in Nederland 1.489.572 keer een "
    "ambulance ingezet. Dat is 80,6 ambulance-inzetten per 1.000 inwoners."
)


def test_the_service_sent_named_after_keer_is_the_heads_own():
    assert _facts(VZINFO) == {("voorval", _year(2022), "total", 1489572.0, "count", None)}


def test_an_item_named_after_keer_is_no_service_sent():
    # `keer een klacht ingediend`: no service, not read as turn-outs
    from pipeline.incidents.numbers import _a_service

    spec = {"call_out_services": ["brandweer", "ambulance", "meldkamer"], "head_cues": ["knrm"]}
    assert _a_service("ambulance", spec) and not _a_service("klacht", spec)


# texts230/nu-cbs-brandweer-uitrukken-2014 (AR): what the turn-outs were for told as the
# service's two kinds of work joined is still all of them (gold: total 138000); a written-out
# number after `af met` is a change's size, as digits are (`af met zesduizend meldingen`)
NU_CBS = (
    "De brandweer is in 2014 138.000 keer uitgerukt om brand of hulpverlening. Dat is "
    "achtduizend keer minder dan in 2013.\n\nHulpverlening\n\nHet aantal verzoeken voor "
    "hulpverlening nam ten opzichte van 2013 af met zesduizend meldingen."
)


def test_turn_outs_for_fire_or_assistance_are_all_of_them():
    assert _facts(NU_CBS) == {("voorval", _year(2014), "total", 138000.0, "count", None)}


# texts240/flakkeenieuws-knrm-hulpvragen-2023 (AT): stations named after `waaronder` are
# examples of the body, not another body (gold: total 2363 for 2023)
FLAKKEE = (
    " date 2024-01 Minder hulpvragen in 2023 voor KNRM\n\nDe Koninklijke Nederlandse Redding "
    "Maatschappij (KNRM) kijkt terug op een relatief rustig jaar.\n\nAfgelopen jaar werden in "
    "Nederland 3.397 personen en 123 dieren veilig aan wal gebracht door de reddingboten. De "
    "45 reddingstations, waaronder Ouddorp en Stellendam, werden in totaal 2.363 keer "
    "gealarmeerd voor zoek- en reddingsacties."
)


def test_stations_named_as_examples_do_not_make_another_body():
    facts = _facts(FLAKKEE)
    assert ("voorval", _year(2023), "total", 2363.0, "count", None) in facts
