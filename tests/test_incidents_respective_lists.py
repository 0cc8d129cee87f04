"""The figures of one `respectievelijk` list each stand for one thing named in the same
order (a period, a kind, a unit): where no period pairs with each, they are kinds when the
items are named by what they are about or one of them is read as a kind, and otherwise no
row (not the sentence's one total for its one year). Lines quoted from the dev texts the
gold was written on (source named in each test); incAM."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts


def test_an_opening_respectievelijk_pairs_with_the_years_of_the_sentence_before():
    # texts206/wetteren-klachten-2019-2021, line 3 (undated here: `vorig jaar` unplaced)
    text = (
        "Het aantal klachten dat vorig jaar binnenliep bij de gemeente Wetteren is licht "
        "gestegen ten opzichte van 2020, maar licht gedaald ten opzichte van 2019. "
        "Respectievelijk gaat het om 886, 794 en 927 klachten in de laatste drie jaar."
    )
    facts = text_facts(text, "other")
    assert _fact(_year(2020), "total", 794) in facts
    assert _fact(_year(2019), "total", 927) in facts
    assert not any(f[3] == 886 for f in facts)  # `vorig jaar` of an undated text


def test_the_levels_of_the_years_after_a_change_give_no_row():
    # texts207/ovpro-qbuzz-agressie-incidenten-2013-2015, line 9 (whole)
    text = (
        "De grootste stijging in het busvervoer van de streekvervoerders is op te merken bij "
        "Qbuzz, waar in 2013 ‘slechts’ 68 incidenten in de categorie B werden gemeld. Hierbij "
        "gaat het over lichtere incidenten, zoals het uitschelden of beledigen van personeel "
        "of medereizigers. In 2014 steeg dit aantal naar 628 en een jaar later naar 1146. Ook "
        "het aantal A-incidenten – mishandeling, bedreiging of diefstal – steeg in deze jaren, "
        "van 78 naar respectievelijk 217 en 273 incidenten in de daaropvolgende jaren."
    )
    facts = text_facts(text, "other")
    assert not any(f[3] in (217, 273) and f[:2] == _year(2013) for f in facts)


def test_areas_listed_before_take_the_figures_not_the_whole():
    # texts197/nieuwsblad-netwerk-brandweer-oproepen-2020, line 9
    text = (
        "In 2020 kregen de brandweerdiensten 28.137 oproepen voor brand. Antwerpen en "
        "Oost-Vlaanderen zijn de regio's die de meeste oproepen voor brand kregen: "
        "respectievelijk 6.263 en 5.369."
    )
    facts = text_facts(text, "other")
    assert not any(f[3] in (6263, 5369) and f[2] == "total" for f in facts)


def test_a_list_after_what_the_items_are_about_counts_kinds():
    # texts178/vertrouwensinspecteurs-meldingen-2021-2022, lines 1, 3 and 5 (cut)
    text = (
        "Meldingen vertrouwensinspecteurs in het onderwijs in schooljaar 2021-2022\n\n"
        "In het schooljaar 2021-2022 hebben de vertrouwensinspecteurs van de Inspectie van het "
        "Onderwijs 1742 meldingen ontvangen over het onderwijs. Dit zijn er meer dan in "
        "schooljaar 2020-2021, toen er 1296 meldingen binnen kwamen.\n\n"
        "752 meldingen gingen over psychisch geweld, 478 over fysiek geweld, 261 over seksuele "
        "intimidatie en 139 over (mogelijk) seksueel misbruik. Het aantal meldingen over "
        "discriminatie en radicalisering is respectievelijk 96 en 11."
    )
    school_year = (date(2021, 9, 1), date(2022, 8, 31))
    facts = text_facts(text, "other")
    assert _fact(school_year, "other", 96) in facts
    assert _fact(school_year, "other", 11) in facts
    assert _fact(school_year, "total", 96) not in facts


def test_a_list_paired_with_its_years_keeps_them():
    # texts188/brielle-burgemeester-criminaliteit-2015, line 7, in the complaints' words
    text = "In 2013 en 2012 werden respectievelijk 924 en 896 klachten ingediend."
    facts = text_facts(text, "other")
    assert _fact(_year(2013), "total", 924) in facts
    assert _fact(_year(2012), "total", 896) in facts
