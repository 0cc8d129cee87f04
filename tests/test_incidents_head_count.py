"""The head count: a count of items `van`/`over` a matter that the text's head names in other
words than the count's own sentence is the whole the text is about (`total`), not one kind
(`facts._named_by_the_head`). Found in round BG (web304) and in earlier rounds (AV, AW);
each test quotes the real lines it names."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import month as _month
from tests.incident_facts import period_facts


def _facts(text: str) -> set[tuple]:
    """Each figure as (period, category, value) of a news item (a page of no set type)."""
    return {f[:3] for f in period_facts(text, "other")}


def test_reports_of_what_the_lead_counts_are_the_whole():
    # texts304/nu-comensha-meldingen-mensenhandel-2012 (BG), lines 1-3
    text = (
        "Het aantal meldingen van slachtoffers van mensenhandel is vorig jaar flink toegenomen. "
        "Maar het Coördinatiecentrum Mensenhandel (CoMensha) heeft geen aanwijzingen dat de "
        "totale omvang van mensenhandel in Nederland toeneemt.\n\n"
        "In 2012 registreerde de organisatie ruim 1700 meldingen van mensenhandel, 40 procent "
        "meer dan in het jaar ervoor."
    )
    facts = _facts(text)
    assert (_year(2012), "total", 1700.0) in facts
    assert (_year(2012), "other", 1700.0) not in facts


def test_reports_about_what_the_headline_names_are_the_whole():
    # texts254/berg-en-dal-meldingen-openbare-ruimte-2021 (AW), lines 1-6
    text = (
        "21 maart 2022\n\n"
        "Inwoners gemeente Berg en Dal doen vaker digitale melding openbare ruimte\n\n"
        "Steeds meer meldingen via app Meldpunt Buitenruimte\n"
        "De gemeente Berg en Dal ontving in 2021 bijna 5.400 meldingen over de openbare\n"
        "ruimte. Daar is de gemeente blij mee."
    )
    assert (_year(2021), "total", 5400.0) in _facts(text)


def test_the_number_of_reports_of_a_matter_the_head_names_is_the_whole():
    # texts250/helmond-vuurwerkoverlast-jaarwisseling-2023-2024 (AV), lines 3-9 (shortened):
    # `vuurwerkoverlast/-schade` in the head; `het aantal meldingen van vuurwerkoverlast` of
    # December 2022 is the city's whole (the qualifier further on, `met ongeveer 50%`, is
    # the clause's, not the matter's)
    text = (
        "Relatief rustige jaarwisseling volgens B&W\n\n"
        "Zo opent B&W haar brief (pdf) aan de gemeenteraad over het verloop en de "
        "vuurwerkoverlast/-schade. In totaal zijn er in de maand december 189 meldingen "
        "gedaan bij de gemeente.\n\n"
        "In vergelijking met 2022 nam het aantal meldingen van vuurwerkoverlast gedurende het "
        "hele jaar met ongeveer 50% af, maar in december 2023 was er een toename van 25% "
        "(december 2022: 149, december 2023: 189)."
    )
    facts = _facts(text)
    assert (_month(2022, 12), "total", 149.0) in facts
    assert (_month(2022, 12), "other", 149.0) not in facts


def test_a_matter_narrowed_right_after_its_word_stays_a_kind():
    # texts220/nji-politie-overlastmeldingen-2022 (AP), line 5: `overlast door jeugd` under a
    # head on `overlast` is one kind of the reports
    text = (
        "Overlast in Nederland\n\n"
        "In Nederland zijn in 2022 bij de politie 88.654 meldingen van overlast door jeugd "
        "binnengekomen. Dat is aanzienlijk minder dan in 2021."
    )
    assert (_year(2022), "total", 88654.0) not in _facts(text)


def test_the_counts_own_sentence_in_the_head_is_no_sign_of_the_whole():
    # texts244/mma-meldingen-2021 (AU), line 1 shape: the matter named only by the count's
    # own sentence, the first of the text, stays what the clause says (a kind)
    text = (
        "Bij de tiplijn zijn in 2021 24.986 meldingen van verdachte zaken binnengekomen.\n\n"
        "Het aantal tips was iets minder dan een jaar eerder."
    )
    assert (_year(2021), "total", 24986.0) not in _facts(text)
