"""Where a meeting was held (`find_location`): a place is shaped like one (a building, a
name, an address, a town), never a heading, a placeholder, a time or a sentence. The lines
are quoted from real minutes, agendas and council portals."""

from __future__ import annotations

from datetime import date

from pipeline.meetings import find_location


def test_a_place_field_ends_where_the_next_sentence_begins():
    # GGD Noord- en Oost-Gelderland's schedule of its board's meetings
    head = [
        "Het algemeen bestuur van GGD Noord- en Oost-Gelderland vergadert in 2025 op de "
        "volgende dagen:",
        "• donderdag 20 februari om 14.15 uur",
        "Plaats: GGD Noord- en Oost-Gelderland (vergaderruimte Engelenburg), Rijksstraatweg 65, "
        "7231 AC Warnsveld. De vergaderingen zijn openbaar.",
    ]
    assert find_location(head) == (
        "GGD Noord- en Oost-Gelderland (vergaderruimte Engelenburg), Rijksstraatweg 65, "
        "7231 AC Warnsveld"
    )
    # an abbreviation's period before a street's name is no sentence's end
    assert find_location(["Plaats: Stadhuis, Burg. Berghuisplein 1, Kampen"]) == (
        "Stadhuis, Burg. Berghuisplein 1, Kampen"
    )


def test_a_place_field_that_names_no_place_gives_none():
    # a placeholder (an FDND project's meeting note), a heading below the label (a Flemish
    # council's record), a time in a portal's place box (a province's decision list)
    assert find_location(["De meeting met de opdrachtgever", "Locatie: Nader in te vullen"]) is None
    assert find_location(["Uur", "21 uur", "plaats", "NOTULEN", "Overzicht punten"]) is None
    assert find_location(["dinsdag 26 oktober 2021", "09:30 - 12:30", "Locatie", "16.30"]) is None


def test_a_portals_place_box_holds_a_place_not_free_text():
    head = ["woensdag 10 juli 2024", "10:00 - 18:00", "Locatie", "Regulier + P&C cyclus"]
    assert find_location(head) is None
    assert find_location(["dinsdag 4 juni 2024", "Locatie", "B en W kamer"]) == "B en W kamer"
    assert find_location(["dinsdag 4 juni 2024", "Locatie", "Regiokantoor"]) == "Regiokantoor"


def test_a_line_naming_a_building_opens_with_it():
    assert find_location(["Raadzaal gemeentehuis, Dutselstraat 15 om 20:00"]) == (
        "Raadzaal gemeentehuis, Dutselstraat 15 om 20:00"
    )
    assert find_location(["In dorpshuis “Et Legien” te Fochteloo"]) == (
        "dorpshuis “Et Legien” te Fochteloo"
    )
    # a sentence that mentions one (a village association's minutes, a scrum team's notes)
    assert (
        find_location(["Het oranje paard voor het gemeentehuis is inmiddels gerepareerd."]) is None
    )
    lines = ["Marianne zal dit gaan inplannen in Apeldoorn (Kadaster)", "en in Utrecht (Stadhuis)"]
    assert find_location(lines) is None
    said = (
        "En ja, die privacy, de AVG. Het document ligt, voor de liefhebber, ter inzage in het "
        "dorpshuis."
    )
    assert find_location([said]) is None


def test_after_the_date_a_dash_names_a_building_not_a_sentence_or_a_heading():
    assert find_location(["Vergadering 27 december 2017 - gemeentehuis Knesselare"]) == (
        "gemeentehuis Knesselare"
    )
    opened = (
        "21 mei 2015 – Voorzitter Peter Roos opende omstreeks 20.00 uur de Algemene "
        "Ledenvergadering"
    )
    assert find_location([opened], date(2015, 5, 21)) is None
    heading = "GEMEENTERAAD 30 APRIL 2013 – BEKNOPT VERSLAG Punt 1. Goedkeuring verslag"
    assert find_location([heading], date(2013, 4, 30)) is None
    assert find_location(["Verslag 12.01.2016 - Gemeente Boechout"], date(2016, 1, 12)) is None


def test_the_place_a_sentence_gives_is_the_meetings():
    # an aside in parentheses says where accounts were printed (De Wete, 2011)
    aside = (
        "In 2010 werden zes reguliere bijeenkom sten in de Zeeuwse Bibliotheek te Middel burg "
        "gehouden (zie ook de verslagen in de diverse Wetes van 2010)."
    )
    assert find_location([aside], date(2011, 4, 27)) is None
    # a contest held in a weekend (a carillon society's minutes)
    contest = (
        "De stadsbeiaardier antwoordt dat een luisterwedstrijd gehouden zal worden in het "
        "weekend Kunst en Cultuur met het thema “Filmmuziek”."
    )
    assert find_location([contest], date(2015, 4, 20)) is None
    # a room of a later sentence (Dinteloord's council, 1982)
    later = (
        "NOTULEN van de openbare vergadering van de raad der ge meente Dinteloord, gehouden op "
        "donderdag, 28 januari 1982 's avonds om 7.30 uur. OPENING Tenslotte deelt hij mede dat "
        "met de in de raadszaal aanwezigeapparatuur filmopnamen zullen worden gemaakt."
    )
    assert find_location([later], date(1982, 1, 28)) is None
    assert find_location(["gehouden op 3 mei 2022 om 19.30 uur in het gemeentehuis"]) == (
        "gemeentehuis"
    )


def test_a_day_of_another_date_is_another_events():
    # a university council's minutes of 31 August 2004
    line = (
        "- Tevens kan hij melden dat de staatssecretaris in het kader van bilaterale overleggen "
        "20 september bij de UT op bezoek komt."
    )
    assert find_location([line], date(2004, 8, 31)) is None
    told = "Op 16 mei vond bij de Wasvenboerderij in Eindhoven de algemene vergadering plaats."
    assert find_location([told], date(2019, 5, 16)) == "de Wasvenboerderij in Eindhoven"


def test_the_common_forms_of_saying_where_a_meeting_met():
    # an invitation's present tense (the SER's council page)
    general = (
        "De vergaderingen van de voltallige raad zijn openbaar. De vergaderingen vinden plaats in "
        "de raadzaal van het SER-gebouw, Bezuidenhoutseweg 60 in Den Haag."
    )
    assert find_location([general]).startswith("de raadzaal van het SER-gebouw")
    # the meeting named with its place (a district council's account, a residents' association)
    assert (
        find_location(
            [
                "Verslag openbare wijkbijeenkomst 8 maart 2018",
                "Verslag van de wijkbijeenkomst in De Magneet.",
            ],
            date(2018, 3, 8),
        )
        == "De Magneet"
    )
    held = "Op 30 september hield de belangenvereniging de ALV in het Floratheater. Uitgesteld."
    assert find_location([held], date(2020, 9, 30)) == "het Floratheater"
    assert find_location(["De vergadering in verband met de storm werd afgelast."]) is None
    # online, before the verb (a KNNV branch's annual meeting)
    online = (
        "De Algemene Jaarvergadering van onze KNNV afdeling is op 10 december via Zoom gehouden."
    )
    assert find_location([online], date(2020, 12, 10)) == "via Zoom"


def test_a_place_on_the_line_after_its_preposition():
    # a village history society's minutes
    head = ["d.d. 05 februari 2013 gehouden in", "“De Post” te Midwoud", "1.  Opening:"]
    assert find_location(head, date(2013, 2, 5)) == "De Post” te Midwoud"


def test_labels_of_a_room_and_of_place_and_date():
    # Rijssen-Holten's council portal; a school council's minutes
    assert find_location(["Tijd: 18:30 - 21:45", "Zaal: raadzaal"]) == "raadzaal"
    assert find_location(["Zaal 3 is gereserveerd"]) is None
    field = "Plaats en datum bespreking: Groningen, 22 oktober 2014"
    assert find_location([field]) == "Groningen"


def test_old_minutes_met_ten_stadhuize():
    # Willemstad's council, 1980
    line = "gehouden op dinsdag 15 januari 1980 te 19.30 uur ten stadhuize."
    assert find_location([line], date(1980, 1, 15)) == "ten stadhuize"


def test_a_dated_title_closing_with_a_name_and_its_town():
    title = (
        "Notulen Algemene Leden Vergadering van de k.n.b.b. district West-Friesland maandag "
        "24 april 2023 Stichting Het Centrum te Venhuizen."
    )
    assert find_location([title], date(2023, 4, 24)) == "Stichting Het Centrum te Venhuizen"


def test_a_line_that_opens_with_a_room_or_building():
    # Zutphen's council forum; Halsteren's council, 1993
    assert find_location(["Commissiekamer"]) == "Commissiekamer"
    assert find_location(['IN ONTMOETINGSCENTRUM "DE WITTENHORST"']) == (
        'ONTMOETINGSCENTRUM "DE WITTENHORST"'
    )
    assert find_location(["Wijkraad Centrum"]) is None


def test_a_sentences_place_ends_with_its_name():
    # Zeewolde's council on the street; an Orange society's founding meeting, 1936
    line = "Op de bijeenkomst in basisschool Het Kofschip kwamen zo’n 40 bewoners af."
    assert find_location([line]) == "basisschool Het Kofschip"
    founded = "Oprichtings vergadering in de Bijzondere school op Dinsdag 6 October 1936 des avonds"
    assert find_location([founded], date(1936, 10, 6)) == "de Bijzondere school"
    street = "gehouden op 30 september 2011 in het clubgebouw bij de ijsbaan aan de Korenlaan"
    assert find_location([street]) == "het clubgebouw bij de ijsbaan aan de Korenlaan"


def test_no_meeting_held_where_the_sentence_says_none_was():
    # `vindt u` is no `vindt plaats`; `bij de Griffie` is where to report (Limburg's States)
    found = (
        "Hieronder vindt u de notulen van de oprichtings vergadering van de Oranje vereniging "
        "Nederland en Oranje te Heerjansdam."
    )
    assert find_location([found]) is None
    report = (
        "Een persoon die wil inspreken meldt dit uiterlijk 24 uur voor aanvang van de "
        "Statenvergadering bij de Griffie."
    )
    assert find_location([report]) is None


def test_a_room_over_its_building_and_a_portals_room_field():
    # Emmen's council, 2011; Zutphen's council forum, 2016
    head = [
        "Vergadering 08 juni 2011",
        "Tijd: 09.00 - 13.00 uur",
        "Kamer C4.06",
        "Gemeentehuis Emmen",
    ]
    assert find_location(head) == "Kamer C4.06, Gemeentehuis Emmen"
    form = ["Datum 11-04-2016 Tijd 19:00 - 20:30", "Zaal", "Commissiekamer", "Behandeling"]
    assert find_location(form) == "Commissiekamer"


def test_a_flattened_pages_place_ends_before_its_attendance_list():
    # Standdaarbuiten's council, 1980, its page flattened into one line
    line = (
        "NOTULEN van de openbare vergadering van de raad, gehouden op 15 januari 1980 in het "
        "gemeenschapshuis De Standaard, Timberwolfstraat 5 te Standdaarbuiten Aanwezig: de heren"
    )
    assert find_location([line], date(1980, 1, 15)) == (
        "het gemeenschapshuis De Standaard, Timberwolfstraat 5 te Standdaarbuiten"
    )


def test_the_place_between_a_passives_verb_and_the_meeting_it_held():
    # two associations' accounts of their members' meetings
    line = (
        "Donderdagavond 19 oktober werd in de Engel in Houten de jaarlijkse ledenvergadering "
        "gehouden."
    )
    assert find_location([line]) == "de Engel in Houten"
    club = (
        "Op donderdag 11 mei werd in ons clublokaal in het Ald Weishoès de voorjaarsvergadering "
        "van de vereniging gehouden."
    )
    assert find_location([club]) == "ons clublokaal in het Ald Weishoès"
    assert find_location(["Er werd in de vergadering veel gesproken over de kosten."]) is None


def test_a_place_field_whose_link_wraps_onto_the_next_line():
    # an OSLO working group's minutes kept as markdown
    head = [
        "Datum: 23/02/17 -- 10:00 -- 12:00",
        "Locatie: [VAC",
        "Gent](https://www.google.be/maps/place/VAC+Gent/@51.0371235,3.7065649,17z)",
        "Aanwezig: An Boes, Valère Bouserie",
    ]
    assert find_location(head) == "VAC Gent"


def test_the_address_after_a_dated_place_goes_with_it():
    # texts165/drechtraad-agenda-2013-09-03, line 13: the room and street after the building
    # that the sentence dating the meeting names, up to the sentence's end
    invitation = (
        "1 De voorzitter nodigt de leden van de Drechtraad uit voor de openbare vergadering van "
        "de Drechtraad op dinsdag 3 september 2013 van uur in het Energiehuis, kamer Ketel 2, "
        "Noordendijk 148 te Dordrecht. de voorzitter van de Drechtraad, drs. A.A.M. Brok"
    )
    assert find_location([invitation], date(2013, 9, 3)) == (
        "het Energiehuis, kamer Ketel 2, Noordendijk 148 te Dordrecht"
    )
    # texts165/dgj-zhz-ab-2017, line 10: up to the part that is no address (a room's word
    # run on into the next sentence)
    invitation = (
        "1 Aan de leden van het algemeen bestuur Hierbij nodig ik u uit voor de vergadering van "
        "het algemeen bestuur op Donderdag 28 september 2017 van uur in het Raadhuis "
        "Sliedrecht, Dr. Langeveldplein 30, 3361 HE Sliedrecht, raadszaal De agenda voor de "
        "vergadering luidt als volgt: AGENDA 1. Opening"
    )
    assert find_location([invitation], date(2017, 9, 28)) == (
        "het Raadhuis Sliedrecht, Dr. Langeveldplein 30, 3361 HE Sliedrecht"
    )
    # a comma part that gives no address ends the place
    line = "Op 3 mei 2018 om 20.00 uur in De Ontmoeting, daarna is er een borrel."
    assert find_location([line], date(2018, 5, 3)) == "De Ontmoeting"


def test_a_place_word_opening_a_sentence_or_heading_is_no_label():
    # texts257/gummarus-oudercomite-2016-02-22 (round AW): `Plaats` opens an item's sentence
    line = (
        " • Plaats van het gevolg zou ook kunnen helpen om de optocht niet zo op te laten stropen."
    )
    assert find_location([line]) is None
    # texts286/gkn-synode-diakenen-1958-04-29-negatief (BC): an article's heading
    assert find_location(["Plaats diakenen op meerdere vergaderingen"]) is None
    # texts172/gent-gecoro-2021-11-09 (AE): a form's label naming the meeting, its colon lost
    # in the flattened table, over a value that opens as a place does
    assert find_location(["Locatie vergadering Online"]) == "Online"
    # a label with its colon takes its value as printed
    assert find_location(["Locatie: online"]) == "online"


def test_a_sentence_going_on_after_its_preposition_names_no_place():
    # texts292/jdbca-bestuursvergadering-2018-02-09 (BD)
    line = (
        "Het was een gezellige bijeenkomst in goede sfeer met eenvoudige hapjes bij de "
        "Nieuwjaars dronk"
    )
    assert find_location([line]) is None
    # texts209/veendam-participatieraad-2019-05-09 (AM)
    line = (
        "Daarnaast vindt vooroverleg plaats binnen het Dagelijks Bestuur en wordt een brede "
        "inzetbaarheid verwacht in alles wat de P-raad behelst."
    )
    assert find_location([line]) is None
    # a place opening on its article or its building keeps being read
    assert find_location(["De vergadering vond plaats in de Boerhoorn te Zuidwolde."]) == (
        "de Boerhoorn te Zuidwolde"
    )
    assert find_location(["De vergadering werd gehouden in café Lanting."]) == "café Lanting"
