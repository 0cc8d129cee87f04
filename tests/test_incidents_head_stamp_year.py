"""A page's publication stamp on its first line (`date 2020-02`) places `vorig jaar`, also
where the document's date was read from a date its body names (`sinds 25 mei 2018
verplicht`, a law's start). Line quoted from the dev text the gold was written on; incANr."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import fact as _fact
from tests.incident_facts import text_facts


def test_the_head_stamp_wins_over_a_date_read_from_the_body():
    # texts210/gba-datalekken-informatievragen-2019, line 1
    text = (
        " date 2020-02 De Gegevensbeschermingsautoriteit (GBA) heeft vorig jaar 861 meldingen "
        "binnengekregen van datalekken. Kanttekening daarbij is dat bedrijven en "
        "overheidsdiensten nog maar sinds 25 mei 2018 verplicht zijn om alle datalekken binnen "
        "72 uur aan te geven."
    )
    facts = text_facts(text, "other", doc_date=date(2018, 5, 25))
    assert facts == {_fact(_year(2019), "total", 861)}
