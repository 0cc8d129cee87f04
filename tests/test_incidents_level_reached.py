"""A change told by the level it reached alone, without the level it left (`Het aantal nieuw
ingekomen klachten is in 2022 gedaald naar 477`): the new level of the items, read as the
new level of `van ... naar` is (`numbers.level_reached`, `facts._states_a_total`), a kind
where its clause names one (`Het aantal telefoonoproepen klom naar 112.574`,
`facts._change_of_a_kind`); and, told by a pronoun for the count the sentence just made
(`een jaar later daalde dat fors naar 660`), that count again for the period the clause
names (`numbers.that_reached`, `kinds._reached_again`). No rule read such a number before.
Lines quoted from the real texts the dev gold was written on (source named above each
test); incBJ64."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts


def test_the_level_a_count_fell_to_is_its_level_for_the_year_named():
    # texts319/mronline-kvg-klachten-gerechtsdeurwaarders-2017-2022 (web319, round BJ), line 9
    text = (
        "Bij de Kamer voor Gerechtsdeurwaarders kunnen 'belanghebbenden' klagen over zowel de "
        "ambtelijke als de incassowerkzaamheden van de deurwaarders. Het aantal nieuw "
        "ingekomen klachten is in 2022 gedaald naar 477 – het jaar ervoor waren dan er nog 600."
    )
    assert _fact(_year(2022), "total", 477) in text_facts(text, "other")


def test_the_level_told_by_a_pronoun_is_the_count_just_made_for_the_year_after():
    # texts319/mronline-kvg-klachten-gerechtsdeurwaarders-2017-2022 (web319, round BJ), line 17
    text = (
        "Het aantal klachten over deurwaarders neemt al jaren af. In 2017 kwamen er nog 1254 "
        "nieuwe klachten binnen, een jaar later daalde dat fors naar 660."
    )
    facts = text_facts(text, "other")
    assert _fact(_year(2017), "total", 1254) in facts
    assert _fact(_year(2018), "total", 660) in facts


def test_the_level_after_a_change_by_a_share_is_the_year_reported():
    # texts235/pennl-college-verkeersongevallen-2001 (web235, round AS), line 5
    text = (
        "College neemt kennis van ongevallenrapportage 2001\n\n"
        "Het college heeft kennis genomen van de verkeersongevallenrapportage van 2001.\n\n"
        "De afgelopen jaren is het aantal ongevallen en het aantal slachtoffers op een gelijk "
        "niveau gebleven. Dit jaar valt op dat zowel het aantal ongevallen als het aantal "
        "slachtoffers bij verkeersongevallen flink is afgenomen. Ten opzichte van 2000 is het "
        "aantal geregistreerde ongevallen met 41 % gedaald naar 610 en het aantal slachtoffers "
        "met 21% naar 149."
    )
    facts = text_facts(text, "other", title="College neemt kennis van ongevallenrapportage 2001")
    assert _fact(_year(2001), "total", 610) in facts
    assert not any(f[3] == 149.0 for f in facts)  # victims: people, and no verb before it


def test_the_level_of_a_compound_of_the_items_is_that_kind():
    # texts285/gva-tele-onthaal-oproepen-2016 (web285, round BC), lines 1 and 7 (stamped 2017-02)
    text = (
        " date 2017-02 Tele-Onthaal heeft in 2016 het hoogst aantal oproepen in vijf jaar "
        "genoteerd: 122.638 mensen namen contact met de noodlijn, een stijging met 6,15 procent "
        "tegenover 2015.\n\n"
        "Vooral het aantal chatoproepen nam een opmerkelijke klim. Die stegen met bijna een "
        "vijfde (19,51 procent) en namen de kaap van de 10.000, tot 10.064 oproepen. Dat is een "
        "record sinds Tele-Onthaal in 2002 van start ging met chathulpverlening. Het aantal "
        "telefoonoproepen klom naar 112.574, een stijging met 4,79 procent.\n"
    )
    facts = text_facts(text, "other", doc_date=date(2017, 2, 1))
    assert _fact(_year(2016), "other", 112574) in facts
    assert _fact(_year(2016), "total", 112574) not in facts
