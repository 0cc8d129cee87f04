"""One channel of a helpline's or desk's contacts (the chat, a national number) counted
beside the whole: `other`, never the total (gold rule 5; `part_channel_words`,
`rules._a_channels_part`). Lines quoted from the real texts the dev gold was written on
(source named above each test): the channel's count in its own sentence, or in the sentence
right after that refers back to it (branch incProseBE: rounds AM, BB, BC, BE)."""

from __future__ import annotations

from pipeline.incidents import extract_incident_counts
from pipeline.incidents.rules import _a_channels_part
from tests.test_incidents import _document


def _rows(text: str) -> dict[float, str]:
    return {r["value"]: r["category"] for r in extract_incident_counts(_document(text))}


def test_contacts_via_the_chat_are_a_channels_part():
    # texts295/awel-cijfers-contacten-2015 (round BE), the whole text; line 11: `Deze
    # paginaweergaves van de chatbox leidden tot 5.878 contacten via de chat.` (gold other)
    text = (
        "Cijfers 2015\n"
        "\n"
        "Print deze pagina Download jaarverslag\n"
        "\n"
        "Bijna 35.000 contacten met kinderen en jongeren\n"
        "\n"
        "In 2015 registreerde Awel in totaal 34.936 contacten met kinderen en jongeren. "
        "Dat is een stijging met 28% tegenover 2014. Toen zagen we nog een lichte daling "
        "(van 3%) tegenover 2013. Het aantal contacten is bij alle contactkanalen, "
        "behalve het forum, gestegen.\n"
        "\n"
        "Met enige trots stelden we vast dat de mailers een recordaantal van 13.827 "
        "e-mails beantwoordden in 2015. Dat is een stijging met 62% tegenover het jaar "
        "ervoor. De sterke stijging heeft onder andere te maken met een uitzending van "
        "de aflevering van d5r (een Vlaamse jeugdserie op Ketnet) waarin gechat werd met "
        "Awel in oktober 2015, de Rode Neuzendag en de aanslagen in Parijs in november "
        "2015 waarbij de media massaal doorverwezen naar Awel.\n"
        "\n"
        "De chatbox van Awel kende 41.896 unieke paginaweergaves. Dat is meer dan een "
        "verdubbeling tegenover het jaar ervoor. Ook deze stijging hangt voor een groot "
        "stuk samen met de uitzending van d5r in oktober, de Rode Neuzendag en de "
        "aanslagen in Parijs in november van 2015. Deze paginaweergaves van de chatbox "
        "leidden tot 5.878 contacten via de chat. Dat is een stijging met 28% tegenover "
        "2014.\n"
        "\n"
        "De forummoderatoren registreerden 7.423 forumberichten (beantwoorde vragen). "
        "Dat is een daling met 12% tegenover vorig jaar. Die daling is wellicht "
        "grotendeels te verklaren door het strenger modereren van ingediende vragen. Er "
        "werden daarnaast ook 26.758 reacties van leeftijdsgenoten op forumberichten "
        "goedgekeurd door de medewerkers van Awel. Dat is een stijging met 5%.\n"
        "\n"
        "De telefoonbeantwoorders registreerden samen 7.808 contacten met kinderen en "
        "jongeren. Dat zijn er 39% meer dan in 2014. Wellicht is deze stijging te danken "
        "aan de mogelijkheid om van thuis uit te beantwoorden voor alle beantwoorders "
        "sinds januari 2015 en de inzet van een sterk telefoonbestuur.\n"
        "\n"
        "Bekijk hier alle grafieken van de contacten per contactkanaal.\n"
        "\n"
        "23% meer bezoeken op awel.be\n"
        "\n"
        "Awel telde in 2015 1.623.929 bez"
    )
    assert _rows(text).get(5878.0) == "other"


def test_a_sentence_referring_back_to_the_chat_counts_its_part():
    # texts285/gva-tele-onthaal-oproepen-2016 (round BC), the whole text; line 7: `Vooral
    # het aantal chatoproepen nam een opmerkelijke klim. Die stegen ... tot 10.064
    # oproepen.` (gold other)
    text = (
        " date 2017-02 Tele-Onthaal heeft in 2016 het hoogst aantal oproepen in vijf "
        "jaar genoteerd: 122.638 mensen namen contact met de noodlijn, een stijging met "
        "6,15 procent tegenover 2015 of een gemiddelde van 335 Vlamingen per dag. Dat "
        "blijkt uit de ruwe jaarcijfers die de telefonische en chathulpdienst maandag "
        "heeft bekendgemaakt.\n"
        "\n"
        "De gespreksthema’s waarvoor mensen contact opnemen met Tele-Onthaal bleven het "
        "voorbije jaar nagenoeg ongewijzigd en zijn zeer universeel. In 30 procent van "
        "de gesprekken komen relatieproblemen aan bod als belangrijkste gespreksthema. "
        "Oproepers maken zich het meeste zorgen over spanningen en conflicten binnen een "
        "partnerrelatie of met kinderen.\n"
        "\n"
        "(Geestelijke) gezondheid is een belangrijk gespreksthema in één op de vijf "
        "gesprekken. Eenzaamheid en een tekort aan sociale contacten (12,40 procent) "
        "sluit de top 3 van gespreksthema’s.\n"
        "\n"
        "Vooral het aantal chatoproepen nam een opmerkelijke klim. Die stegen met bijna "
        "een vijfde (19,51 procent) en namen de kaap van de 10.000, tot 10.064 oproepen. "
        "Dat is een record sinds Tele-Onthaal in 2002 van start ging met "
        "chathulpverlening. Het aantal telefoonoproepen klom naar 112.574, een stijging "
        "met 4,79 procent.\n"
        "\n"
        "Als mogelijke verklaring voor de stijgende oproepcijfers ziet Tele-Onthaal een "
        "grotere naambekendheid. De afgelopen jaren zette de hulpdienst sterker in op de "
        "bekendmaking van haar hulpaanbod. Het chathulpaanbod is ook laagdrempelig, en "
        "de nood daaraan is hoog, vooral bij jongeren, aldus Tele-Onthaal dat zich "
        "engageert om ook dit jaar zijn chataanbod verder te verbeteren.\n"
        "\n"
        "Gedetailleerde jaarcijfers voor 2016 presenteert Tele-Onthaal later dit "
        "voorjaar."
    )
    assert _rows(text).get(10064.0) == "other"


def test_reports_passed_on_from_the_national_number_are_a_channels_part():
    # texts207/ggdhollandsnoorden-vangnet-meldingen-oggz-2020 (round AM), the whole text;
    # line 13: `In december zijn voor onze regio 42 meldingen vanuit het landelijke nummer
    # naar de teams Vangnet & Advies van GGD Hollands Noorden doorgeschakeld` (gold other),
    # beside the year's `ongeveer 3000 meldingen` (gold total)
    text = (
        "BOUWSTEEN 3 - VROEGTIJDIGE SIGNALERING\n"
        "\n"
        "BOUWSTEEN 4 - MELDING\n"
        "\n"
        "Meer zorgen over kwetsbare inwoners\n"
        "\n"
        "Een melding bij een van de teams Vangnet & Advies van GGD Hollands Noorden kan "
        "het startpunt zijn van de nodige hulpverlening aan mensen die daar zelf "
        "misschien niet om zouden vragen. Ook in 2020 zagen we weer een stijging in het "
        "aantal meldingen bij deze meldpunten voor Openbare Geestelijke Gezondheidszorg "
        "in onze regio. De meldingen gaan over zorgwekkende situaties bij mensen met "
        "problemen op verschillende terreinen.\n"
        "\n"
        "In 2020 waren er ongeveer 3000 meldingen, 500 meer dan het jaar daarvoor. De "
        "helft hiervan was afkomstig van de politie. Het aantal meldingen is sinds 2015, "
        "toen er 1600 casussen gemeld werden, bijna verdubbeld . De complexiteit van de "
        "meldingen en casuïstiek is ook toegenomen en de inzet die complexe casussen "
        "vragen is intensiever geworden. De stijging van het aantal meldingen was dus al "
        "merkbaar voor de coronacrisis, maar de problemen rond deze crisis hebben er "
        "zeker voor gezorgd dat de nood onder de OGGZ-doelgroep is toegenomen. "
        "Organisaties en ook gemeenten leggen vanwege de maatregelen geen huisbezoeken "
        "meer af maar vragen de teams Vangnet & Advies om langs te gaan bij personen "
        "waar zorgen om zijn en de situatie te beoordelen.\n"
        "\n"
        "Zorgen om iemand anders melden bij het landelijk meldpunt\n"
        "\n"
        "Eind vorig jaar lanceerde staatssecretaris Blokhuis het landelijk meldpunt "
        "zorgwekkend gedrag. Via dit meldpunt kunnen mensen die zich zorgen maken over "
        "een naaste in contact komen met zorgverleners in de buurt. Het meldpunt is "
        "ingesteld voor niet-acute zorgen. Bij acute crisis of gevaar blijven het nummer "
        "112 of de lokale crisisdienst van de GGZ beschikbaar. In december zijn voor "
        "onze regio 42 meldingen vanuit het landelijke nummer naar de teams Vangnet & "
        "Advies van GGD Hollands Noorden doorgeschakeld en opgepakt. Een hoger aantal "
        "dan onze buurtregio’s Zaanstreek-Waterland (34 meldingen) en Kennemerland (34). "
        "Voor 2021 verwachten we een stijging in het aantal me"
    )
    rows = _rows(text)
    assert rows.get(42.0) == "other"
    assert rows.get(3000.0) == "total"


def test_the_year_before_of_a_chat_count_referred_back_to():
    # texts280/jaarverslagjeugdhulp-vertrouwenscentrum-kindermishandeling-2018 (round BB),
    # line 23 (gold: 156 other, 2017)
    before = " \u2022 176 oproepers vonden hun weg naar de chatbox nupraatikerover.be (2,6%)."
    assert _a_channels_part("Dat is een stijging t.o.v. 2017 (156 meldingen).", before)


def test_telephone_or_chat_in_all_is_the_whole():
    # texts270/rtvutrecht-kindertelefoon-gesprekken-2016 (round AZ), line 3 (gold: total)
    line = (
        "In 2016 zijn er via de telefoon of via de chat in totaal 242.355 gesprekken geregistreerd."
    )
    assert not _a_channels_part(line, None)


def test_a_period_opening_the_next_sentence_refers_to_nothing():
    before = "Vooral het aantal chatoproepen nam een opmerkelijke klim."
    assert not _a_channels_part("Dit jaar kwamen er 500 meldingen binnen.", before)
