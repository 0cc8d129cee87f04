"""A news item telling a body's sitting by what the body did in it, on a day told as news tells
one (a weekday, the sitting's day and month): the sitting is a meeting of that body, undated
where no year is printed, with nobody recorded as taking part (`pipeline.talks._sitting_by_act`).
Lines of the web gold's texts, quoted as printed (sentences no test needs left out)."""

from __future__ import annotations

from datetime import date

from pipeline.docmodel import as_doc
from pipeline.documents import documents_from_text
from pipeline.talks import reported_meetings

SOURCE = "talks-sitting-by-act"


def _meetings(text: str) -> list[tuple[date | None, str | None, int]]:
    """(date, body, people) of each meeting a news item's prose reports."""
    pages, documents = documents_from_text(text, SOURCE)
    doc = as_doc({**documents[0], "doc_type": "other", "pages": [pages[0]]})
    meetings, people = reported_meetings(doc)
    return [
        (m["meeting_date"], m["body"], sum(p["meeting_id"] == m["meeting_id"] for p in people))
        for m in meetings
    ]


def test_a_vote_told_by_its_weekday_of_a_body_named_a_meeting() -> None:
    # tests/gold/web266/omroepzeeland-waterschap-tarieven-verworpen.json (round AY), lines 1-3
    text = (
        "Geen verhoging waterschapstarieven\n\nDonderdag stemde een meerderheid van de algemene "
        "vergadering tegen het voorstel om de categorieën ingezetenen en ongebouwd tot 30 procent "
        "zwaarder te belasten.\n"
    )
    assert _meetings(text) == [(None, "algemene vergadering", 0)]


def test_a_grant_told_in_a_sitting_of_a_day_without_its_year() -> None:
    # tests/gold/web296/oost-vlaanderen-provincieraad-sportsubsidies.json (BE), lines 1-3
    text = (
        "Oost-Vlaamse provincieraad kent subsidies toe aan negen sportinitiatieven\n\n"
        "De provincieraad van Oost-Vlaanderen heeft in zitting van 21 juni subsidies toegekend "
        "aan negen initiatiefnemers van sportprojecten en bouw- en verbouwprojecten van "
        "sportinfrastructuur of sportinstallaties. Dit kadert binnen bovenlokale "
        "sportondersteuning.\n"
    )
    assert _meetings(text) == [(None, "provincieraad", 0)]


def test_an_installation_told_by_weekday_stays_undated_under_a_corpus_stamp() -> None:
    # tests/gold/web197/kw-westvlaamse-provincieraad-installatie-2024.json (AJ), line 1: the
    # stamp gives no year (gold README rule 21 c), and the deputies it lists acted
    text = (
        " date 2024-12 Op maandag 2 december werd de nieuwe provincieraad van West-Vlaanderen "
        "geïnstalleerd. 36 provincieraadsleden legden de eed af, onder wie twintig nieuwkomers. "
        "West-Vlaanderen telt vier gedeputeerden: Bart Naeyaert, Jean de Bethune, Kelly "
        "Detavernier en Jurgen Vanlerberghe.\n"
    )
    assert _meetings(text) == [(None, "provincieraad", 0)]


def test_a_decision_at_the_council_of_a_dated_weekday() -> None:
    # tests/gold/web301/herzele-gemeenteraad-ter-leen-2019-05-22.json (BF), lines 1, 5 and 11
    text = (
        "Op zoek naar een nieuwe invulling voor oud woonzorgcentrum\n\n"
        "Op de gemeenteraad van 22 mei 2019 werd beslist om de onderhandse "
        "verkoopsovereenkomst van 12 mei 2016 tussen het OCMW-bestuur en de NV De Zilvertorens "
        "te ontbinden.\n\nWat vooraf ging\n\nOp de gemeenteraad van woensdag 22 mei 2019 werd "
        "daarom beslist om de onderhandse verkoopsovereenkomst tussen het OCMW-bestuur en de NV "
        "De Zilvertorens te ontbinden.\n"
    )
    assert _meetings(text) == [(date(2019, 5, 22), "gemeenteraad", 0)]


def test_no_sitting_where_an_act_is_told_by_a_weekday_alone() -> None:
    # tests/gold/web271/texel-gemeenteraad-171-huizen.json (AZ, gold no meeting): neither
    # dated nor named a sitting
    text = (
        "De gemeenteraad stemde woensdagavond na veel discussie in met de voorstellen die het "
        "college een paar weken geleden op tafel had gelegd.\n"
    )
    assert _meetings(text) == []


def test_no_sitting_where_a_list_tells_the_acts_of_several() -> None:
    # tests/gold/web174/antwerpen-districtsraad-notulen-districtscollege-2020-01.json (AD,
    # gold no meeting), lines 5-6
    text = (
        "In de zitting van 14 januari 2020 (jaarnummer 12) keurde het districtscollege de "
        "notulen van de zitting van 7 januari 2020 goed;\nIn de zitting van 21 januari 2020 "
        "(jaarnummer 17) keurde het districtscollege de notulen van de zitting van 14 januari "
        "2020 goed;\n"
    )
    assert _meetings(text) == []


def test_no_sitting_where_a_dated_installation_names_no_weekday() -> None:
    # tests/gold/web282/pzklm-politieraad-samenstelling-negatief.json (BB, gold no meeting)
    text = (
        "Politieraad\n\nOp 28 februari 2019 werd de politieraad geïnstalleerd. De verkozen "
        "raadsleden legden de eed af in handen van burgemeester Gerda Van den Brande, de "
        "toenmalige voorzitter van de politieraad.\n"
    )
    assert _meetings(text) == []
