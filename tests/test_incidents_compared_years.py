"""A figure set against another period's in the same sentence takes neither the other
figure's year nor the sentence's opening year: the year compared with right before a change
(`ten opzichte van 2014 van 480 naar 315 in 2015`), no year where the only year stands after
the figure set against it (`tegenover zo'n 743.000 in 2021`). Lines quoted
from the dev texts the gold was written on (source named in each test); incprec2."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts


def test_the_first_level_of_a_change_is_the_year_compared_with():
    # texts177/gelderland-wabo-klachten-bedrijven-2014-2015, line 13
    line = (
        "Het totale aantal klachten in 2015 is ten opzichte van 2014 van 480 naar 315 in 2015 "
        "gedaald."
    )
    assert text_facts(line, "other") == {
        _fact(_year(2014), "total", 480),
        _fact(_year(2015), "total", 315),
    }


def test_a_hedged_figure_set_against_gives_its_year_to_it_alone():
    # texts203/nu-politie-geregistreerde-misdrijven-2022, line 3 (stamped 2023-01)
    text = (
        "Het aantal geregistreerde misdrijven is vorig jaar met zo'n 7 procent gestegen "
        "vergeleken met een jaar eerder. De politie noteerde in totaal bijna 797.000 misdrijven, "
        "tegenover zo'n 743.000 in 2021."
    )
    facts = text_facts(text, "other")
    assert _fact(_year(2021), "total", 743000) in facts
    assert not any(f[3] == 797000 and f[:2] == _year(2021) for f in facts)
