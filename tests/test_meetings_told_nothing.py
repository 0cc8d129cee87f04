"""A text typed minutes from which no field of its meeting is read (no date, body, hour,
place or person): its type alone (an annual report or a school council's page under a word
like `verslag` or `notulen`) is no meeting, unless it tells what happened during one. The
lines are quoted from the dev texts named."""

from __future__ import annotations

from pipeline.documents import documents_from_text
from pipeline.structure import extract_documents


def _meetings(text: str) -> list[dict]:
    """The meetings the extractors give a one-document text typed minutes."""
    pages, documents = documents_from_text(text, "x")
    return extract_documents(pages, [{**documents[0], "doc_type": "minutes"}])["meetings"]


#: web234 waarderingskamer-jaarverslag-2012 (an annual report, typed minutes)
_ANNUAL_REPORT = (
    "WAARDERINGSKAMER. Jaarverslag 2012 Waarderingskamer\n"
    "Transcriptie\n"
    "1 WAARDERINGSKAMER Jaarverslag 2012 Waarderingskamer Vastgesteld in de vergadering van "
    "de Waarderingskamer op 7 maart\n"
    "2 Voorwoord De Waarderingskamer is een onafhankelijke toezichthouder die controleert of "
    "gemeenten de regels van de Wet waardering onroerende zaken (Wet WOZ) goed uitvoeren.\n"
)

#: web247 kleine-wereld-mr-notulen-negatief (a school council's page on how it meets)
_COUNCIL_PAGE = (
    "Notulen\n"
    "Openbaar\n"
    "Vergaderingen van de MR zijn per definitie openbaar. Mocht u aan willen schuiven bij een "
    "vergadering dan staat u dat vrij.\n"
    "Frequentie\n"
    "Doorgaans komt de MR één keer in de zes weken bij elkaar.\n"
)

#: web179 gkv-gouda-klankbordgroep-bijeenkomst (the gold records its one undated meeting)
_TOLD_HELD = (
    "Bijeenkomst klankbordgroep\n"
    "Voor ondersteuning in het contact tussen Open Kaart en de gemeente is een klankbordgroep "
    "van gemeenteleden samengesteld.\n"
    "Tijdens de bijeenkomst is onder meer ingegaan op de uitkomsten van fase 1 en de "
    "betekenis hiervan voor de ontwerpvarianten.\n"
)


def test_an_annual_report_typed_minutes_records_no_meeting():
    assert _meetings(_ANNUAL_REPORT) == []


def test_a_page_on_how_a_council_meets_records_no_meeting():
    assert _meetings(_COUNCIL_PAGE) == []


def test_a_text_telling_what_happened_during_its_meeting_records_it():
    found = _meetings(_TOLD_HELD)
    assert len(found) == 1
    assert found[0]["meeting_date"] is None


#: web243 delft-griffie-nota-werkwijze-raad-commissies-2008 (a memo; talks told in passing)
_MEMO = (
    "1) Aanleiding\n"
    "Het presidium heeft op 7 april jl. de griffier\n"
    "verzocht te komen met een advies over een herziene werkwijze van de raad en\n"
    "commissies.\n"
    "Het college heeft desgevraagd haar reactie\n"
    "toegelicht in een gesprek met het presidium op 10 juni jl.\n"
)


def test_a_memo_telling_talks_in_passing_records_no_meeting():
    assert _meetings(_MEMO) == []


def test_a_meeting_read_with_its_date_is_kept():
    found = _meetings("Notulen\nDatum: 6 april 2022\nDoorgaans komt de MR bij elkaar.\n")
    assert [str(m["meeting_date"]) for m in found] == ["2022-04-06"]


def _news_meetings(text: str) -> list[dict]:
    """The meetings the extractors give a one-document text as it is typed (a news item)."""
    pages, documents = documents_from_text(text, "x")
    return extract_documents(pages, documents)["meetings"]


#: web223 nhgooi-larens-behoud-wob-verzoek-2017-negatief (a news item on a Wob request; the
#: broadcast's stamp gives it its year, so the sitting it names takes a date)
_SITTING_IN_PASSING = (
    "Leo Janssen (LB) dient WOB-verzoek in\n\n"
    "Laren - Laarder Leo Janssen heeft namens Larens Behoud gisteren een WOB-verzoek ingediend "
    "bij Gedeputeerde Staten. Janssen verzoekt de provincie hem de informatie en documenten te "
    "verstrekken die zijn ingebracht in de vergadering van Gedeputeerde Staten van dinsdag 7 "
    "november. Het gaat hem om de stukken die betrekking hebben op de besluitvorming over de "
    "gemeentelijke herindeling in Gooi- en Vechtstreek.\n\n"
    "Bron: Larens Behoud\n\nFragment\n\n"
    "Zaterdag 11 november 2017 uitgezonden in 6FM Zaterdag\n"
)

#: web176 pinc-redactie-fossielvrij-2025-02-20 (the gold records the talk, dated)
_TALK_REPORTED = (
    "# Fossielvrij wonen en bouwen - rapport\n\n"
    "SarahMeire · comment · 2025-02-20\n"
    "Redactie 20/02/2025\n"
    "Filip sprak af met Tine om wijzigingen (nieuwe versie) na te kijken.\n"
)


def test_a_sitting_a_news_item_names_in_passing_records_no_meeting_even_dated():
    assert _news_meetings(_SITTING_IN_PASSING) == []


def test_a_talk_a_news_item_reports_keeps_its_date():
    found = _news_meetings(_TALK_REPORTED)
    assert [str(m["meeting_date"]) for m in found] == ["2025-02-20"]


def test_a_record_dated_by_a_sitting_named_in_passing_keeps_it():
    text = "Notulen\nDe stukken zijn ingebracht in de vergadering van 6 april 2022.\n"
    assert [str(m["meeting_date"]) for m in _meetings(text)] == ["2022-04-06"]
