"""`vorig jaar` or `afgelopen jaar` in a text that prints no date of its own, dated by the
one year the text compares with anywhere (`in vergelijking met 2021` in a later paragraph,
`ten opzichte van 2012` two sentences on, `tegen 55% in 2015`): the year after it, where the
text names no other year. Lines quoted from the real texts the dev gold was written on
(source named above each test; branch incLastYear, session 59)."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts as _facts


def test_last_year_is_the_year_before_a_later_paragraphs_compared_year():
    # texts275/kw-vertrouwenscentrum-kindermishandeling-west-vlaanderen-meldingen-2022 (BA)
    text = (
        "Het aantal meldingen over kindermishandeling bij het Vertrouwenscentrum "
        "Kindermishandeling in West-Vlaanderen is vorig jaar licht gestegen. Een "
        "verklaring daarvoor is er niet meteen. “Maar we vermoeden dat heel wat verhalen "
        "van achter de muren in de corona-periode nu pas naar boven komen”, zegt "
        "directeur Maarten Verherstraeten van het Vertrouwenscentrum Kindermishandeling "
        "West-Vlaanderen.\n\n"
        "Het Vertrouwenscentrum kreeg vorig jaar 820 meldingen over 1.095 kinderen, het "
        "jaar voordien waren dat nog 758 meldingen voor 1.041 kinderen. De meeste "
        "meldingen gaan over lichamelijke of emotionele verwaarlozing of mishandeling, "
        "respectievelijk 410 en 381. Daarnaast zijn er ook 184 meldingen over seksueel "
        "misbruik binnengelopen, naast 158 mogelijke risicosituaties en 16 meldingen over "
        "grensoverschrijdend gedrag door de minderjarige zelf.\n\n"
        "Corona\n\n"
        "Vooral de cijfers over verwaarlozing vertonen in vergelijking met 2021 een "
        "stijgende trend. Een eensluidende verklaring is daar niet meteen voor. "
        "“Eigenlijk zouden we hier graag een grondige studie naar doen, maar daarvoor "
        "ontbreken ons de middelen”, zegt directeur Maarten Verherstraeten van het "
        "Vertrouwenscentrum. “We durven toch wel zeggen dat er een soort van "
        "post-corona-effect is, een uitgestelde reactie op wat er zich allemaal achter "
        "gesloten deuren afgespeeld heeft. Er is een hele lange tijd minder hulpverlening "
        "bij de mensen thuis geweest omwille van de pandemie, veel van die verhalen komen "
        "nu naar boven”, klinkt het.\n"
    )
    facts = _facts(text, "other")
    assert any(f[1:4] == (_year(2022), "total", 820.0) for f in facts)
    assert any(f[1:4] == (_year(2021), "total", 758.0) for f in facts)


def test_afgelopen_jaar_is_the_year_after_the_one_compared_with_two_sentences_on():
    # texts166/avans-vertrouwenspersonen-2013 (AD): the text names 2013 and 2012 only
    text = (
        "57 keer beroep gedaan op vertrouwenspersonen Avans\n\n"
        "In kalenderjaar 2013 is door 57 personen een beroep gedaan op een van de "
        "vertrouwenspersonen van Avans.\n\n"
        "Uit het jaarverslag van het College van Vertrouwenspersonen blijkt dat 57 personen "
        "beroep gedaan hebben op een vertrouwenspersoon. In dertig gevallen ging het om een of "
        "meerdere gesprekken, in de overige gevallen ging het om een melding. Zo is er afgelopen "
        "jaar drie keer melding gemaakt van seksuele intimidatie.\n\n"
        "In totaal hebben 36 medewerkers en 21 studenten beroep gedaan op de "
        "vertrouwenspersonen. Dat is geen grote stijging ten opzichte van 2012.\n"
    )
    facts = _facts(text, "other")
    assert any(f[1:4] == (_year(2013), "total", 57.0) for f in facts)


def test_a_share_set_against_a_year_dates_last_year():
    # texts206/woerden-klachten-2016 (AM): `tegen 55% in 2015`; the caption's `2` glued
    text = (
        "Logo Gemeente Woerden 2Vorig jaar zijn er 33 klachten bij de gemeente Woerden "
        "binnengekomen. Het jaar daarvoor waren dat er nog maar 22. Vorig jaar gebeurde dat in "
        "88% van de gevallen tegen 55% in 2015.\n"
    )
    facts = _facts(text, "other")
    assert any(f[1:4] == (_year(2016), "total", 33.0) for f in facts)


def test_no_year_where_the_text_names_others_beside_the_compared_one():
    # texts265/destentor-politie-woninginbraken-2018 (AY): `dan in 2017`, but also 2013 and
    # 2012: the text may tell figures of any of them
    from pipeline.incidents.context import _year_after_compared_throughout
    from pipeline.incidents.records import _Sentence

    lines = [
        "Het aantal woninginbraken is vorig jaar in het merendeel van de gemeenten gedaald.",
        "In 2013 was dat nog 6,3.",
        "In 2012 werd in de gemeente Epe nog het relatief het vaakst ingebroken.",
        "Van de tien grootste gemeenten werd alleen in Groningen vaker ingebroken dan in 2017.",
    ]
    assert (
        _year_after_compared_throughout([_Sentence(t, list(range(len(t)))) for t in lines]) is None
    )
