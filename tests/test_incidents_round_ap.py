"""Builds of round AP's count texts found in earlier rounds (docs/incident-silent-gates.md, section
"Round AP released (incAP)"): the whole read as one kind where the text's head says what all its
items are about. Each test quotes the real lines it names."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import period_facts


def _facts(text: str, doc_type: str = "other") -> set[tuple]:
    """Each figure as (period, category, value); the document of no set type unless told."""
    return {f[:3] for f in period_facts(text, doc_type)}


def test_the_whole_named_by_the_matter_the_head_says_all_items_are_about():
    # texts220/nji-politie-overlastmeldingen-2022 (AP), lines 1-9 (shortened)
    text = (
        "Cijfers over overlast\n\n"
        "Overlast door jongeren\n\n"
        "In Nederland zijn in 2022 bij de politie 88.654 meldingen van overlast door jeugd "
        "binnengekomen. Dat is aanzienlijk minder dan in 2021.\n\n"
        "Maar het is niet alleen de jeugd die voor overlast zorgt. Het totale aantal meldingen "
        "van overlast, zoals geluidsoverlast en overlast door verwarde personen, bedraagt in "
        "2022 461.092."
    )
    facts = _facts(text)
    assert (_year(2022), "total", 461092.0) in facts
    assert (_year(2022), "total", 88654.0) not in facts  # overlast door jeugd: one kind


def test_complaints_about_what_the_head_says_people_complain_about_are_the_whole():
    # texts181/nu-zandvoort-politie-geluidsoverlast-2019 (AG), lines 1-5
    text = (
        "Zandvoort is een van de gemeenten waar inwoners het meeste bij de politie klagen over "
        "geluidsoverlast, blijkt uit cijfers die LocalFocus heeft opgevraagd bij de politie.\n\n"
        "In totaal kreeg de politie in 2019 meer dan 58.000 klachten over geluidsoverlast."
    )
    facts = _facts(text)
    assert (_year(2019), "total", 58000.0) in facts


def test_complaints_about_another_matter_than_the_heads_stay_a_kind():
    # texts206/sint-truiden-klachtenrapport-2024 (AM) shape: a head naming no matter
    text = (
        "Klachtenrapport 2024\n\n"
        "In 2024 werden in totaal 44 klachten geregistreerd. "
        "Twaalf klachten gingen over geluidsoverlast."
    )
    facts = _facts(text, doc_type="report")
    assert (_year(2024), "total", 12.0) not in facts
