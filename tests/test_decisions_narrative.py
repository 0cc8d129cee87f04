"""Decisions and actions as narrative minutes print them: a club's or council's report in
running prose (a web page, a magazine's column), where a decision is a sentence of its
own, built in one of the ways Dutch writes that something was decided or will be done."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

CLUB_PAGE = """Verslag jaarvergadering 2020
Op dinsdag 4 februari kwamen de leden bijeen in het clubhuis.
Het jaarverslag wordt zonder wijzigingen goedgekeurd."""

NEWS_PAGE = """Fietspad langs de Vaart
De provincie heeft het fietspad in het voorjaar verbreed.
Het ontwerp wordt volgend jaar door de gemeente goedgekeurd."""


def test_a_page_of_no_known_type_named_as_a_meeting_record_reads_as_minutes():
    assert _decisions(CLUB_PAGE, doc_type="other") == [
        ("besluit", None, "Het jaarverslag wordt zonder wijzigingen goedgekeurd."),
    ]


def test_a_page_of_no_known_type_without_a_meeting_is_not_read_for_decisions():
    assert _decisions(NEWS_PAGE, doc_type="other") == []
