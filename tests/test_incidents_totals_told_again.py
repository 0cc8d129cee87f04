"""A count in running text equal to a total the document gave is that total told again, not a
figure of its own (`rows._without_kinds_as_totals`, `rows._restates_a_total`): told in the
words of its kinds (AJ, AV), without the body it came from (AL), or dated by a month named in
passing (AX). Each test quotes the real lines it names; the last tests are the negatives."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import month, period_facts


def _facts(text: str, doc_type: str = "other") -> set[tuple]:
    return {f[:3] for f in period_facts(text, doc_type)}


def test_a_kind_equal_to_the_total_a_sentence_gave_restates_that_total():
    # texts250/helmond-vuurwerkoverlast-jaarwisseling-2023-2024 (AV), lines 5 and 9 (shortened;
    # the test of incAV's change 8)
    text = (
        "“We kunnen spreken van een relatief rustige jaarwisseling. ” Zo opent B&W haar brief "
        "(pdf) aan de gemeenteraad over het verloop en de vuurwerkoverlast/-schade. “Wel was op "
        "een aantal plekken sprake van overlast door groepsvorming met vooral zwaar "
        "knalvuurwerk. In totaal zijn er in de maand december 189 meldingen gedaan bij de "
        "gemeente.”\n\n"
        "In vergelijking met 2022 nam het aantal meldingen van vuurwerkoverlast gedurende het "
        "hele jaar met ongeveer 50% af, maar in december 2023 was er een toename van 25% "
        "(december 2022: 149, december 2023: 189)."
    )
    facts = _facts(text)
    assert (month(2023, 12), "total", 189.0) in facts
    assert (month(2023, 12), "other", 189.0) not in facts


def test_the_whole_told_again_with_whom_it_came_from_is_no_kind():
    # texts196/huurcommissie-verzoeken-2019 (AJ), lines 1-8 (line 8 cut after its third
    # sentence): the bullet's whole, then the same whole `van huurders en verhuurders`
    text = (
        "Hoge productie én instroom bij de Huurcommissie in 2019\n\n"
        "- 9.991 verzoeken, opnieuw hoge instroom in 2019\n"
        "- Meeste verzoeken over huurverlaging door gebreken (2.676) en (jaar)afrekening "
        "servicekosten (2.164)\n"
        "- 2.104 bezwaren tegen de jaarlijkse huurverhoging, waarvan 794 tegen "
        "inkomensafhankelijke huurverhoging\n"
        "- 9.792 verzoeken afgehandeld  \n\n"
        "In 2019 ontving de Huurcommissie 9.991 verzoeken van huurders en verhuurders. Hiermee "
        "was het aantal verzoeken bijna net zo hoog als in 2018. De meeste verzoeken gingen over "
        "een huurverlaging op grond van gebreken (2.676), afrekening van de servicekosten "
        "(2.164), gevolgd door bezwaren over de huurverhoging algemeen (1.189)."
    )
    facts = _facts(text)
    assert (_year(2019), "total", 9991.0) in facts
    assert (_year(2019), "other", 9991.0) not in facts
    # its kinds of other values stay
    assert {(_year(2019), "other", 2676.0), (_year(2019), "other", 2164.0)} <= facts


# texts202/defensie-burgerbrieven-2016 (AL), the annex's heading (line 3) and line 107 (cut
# after its fifth sentence)
_DEFENSIE = (
    "BIJLAGE 6: RAPPORTAGE BURGERBRIEVEN 2016\n\n"
    "Van de 933 klachten zijn er 890 afkomstig van de KMar. Vrijwel al deze klachten zijn "
    "binnen de termijnen afgehandeld. De stijging van het aantal klachten wordt veroorzaakt "
    "door capaciteitsproblemen op de luchthavens met wachttijden als gevolg, onttrekking aan "
    "het ouderlijk gezag en kinderontvoering, rijgedrag, jihadisme, uitreizigers en "
    "bejegening. De KMar meldt naast 890 klachten ook 6 complimenten, 34 informatieverzoeken "
    "en 52 doorverwijzingen. 33 klachten zijn niet in behandeling genomen"
)


def test_a_part_of_a_total_equal_to_the_bodys_own_total_is_that_total_told_again():
    # `890 afkomstig van de KMar` is a part of the 933 (`_parts_after_their_total`), but the
    # KMar's own count of the next sentence is the same 890: one figure, not a kind beside it
    facts = _facts(_DEFENSIE)
    assert {(_year(2016), "total", 933.0), (_year(2016), "total", 890.0)} <= facts
    assert (_year(2016), "other", 890.0) not in facts


# texts259/ncsc-incidenten-2013 (AX), line 1 (its first three sentences)
_NCSC = (
    "In 2013 behandelde het NCSC in totaal 779 incidenten binnen de Rijksoverheid en de zo "
    "geheten vitale sectoren. De afhandeling varieerde van het registeren van een incident tot "
    "aan het daadwerkelijk meehelpen bij de oplossing van een probleem. Binnen die 779 "
    "geregistreerde incidenten zitten ook de grote problemen die de Nederlandse banken "
    "ondervonden in april tijdens een massale en langdurige DDoS-aanval."
)


def test_the_years_total_dated_again_by_a_month_named_in_passing_is_no_months_count():
    facts = _facts(_NCSC)
    assert (_year(2013), "total", 779.0) in facts
    assert (month(2013, 4), "total", 779.0) not in facts


def test_a_months_count_other_than_the_years_total_stays():
    # the negative of the NCSC test: a month's own count is a figure of its own
    text = _NCSC.replace("Binnen die 779", "In april kwamen er 96 incidenten binnen; binnen die 96")
    facts = _facts(text)
    assert (_year(2013), "total", 779.0) in facts
    assert (month(2013, 4), "total", 96.0) in facts


def test_a_kind_of_another_value_beside_the_total_stays():
    # the negative of the KMar test: the 890 of the KMar stays a part where the KMar's own
    # count is another number
    text = _DEFENSIE.replace("De KMar meldt naast 890 klachten", "De KMar meldt naast 885 klachten")
    facts = _facts(text)
    assert (_year(2016), "total", 933.0) in facts
    assert (_year(2016), "other", 890.0) in facts
