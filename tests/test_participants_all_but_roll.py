"""Old council minutes that open their roll with the whole council but those named (`Tegenwoordig:
alle leden met uitzondering van ...`, `Aanwezig alle leden behoudens ...`), the reason in a
relative clause and the chair in the next sentence on the same line; and the day of the sitting
over a meeting the chair tells of (`deelt mede, dat op 20 Juni 1939 ... een bespreking is
gehouden`). The lines are quoted from the development texts named."""

from __future__ import annotations

from pipeline.meetings import extract_participants
from pipeline.meetings.dating import find_date

#: gemeenteraad-ngsta-1939-06-23 (texts307, round BG), the start of its one line
_NGSTA = (
    "VERGADERING VAN DEN GEMEENTERAAD. Vrijdag, 23 Juni 1939, des voormiddags 11 uur. "
    "Tegenwoordig: alle leden met uitzondering van den Heer C. Deijkers, die wegens ziekte "
    "verhinderd is. Voorzitter is P.J. Jansen, Burgemeester. De Voorzitter opent de vergadering "
    "met den Christelijken groet, waarna door het lot wordt aangewezen als het lid, dat bij "
    "noodige stemmingen het eerst zijn stem uitbrengt de heer Mulders."
)

#: putte-gemeenteraad-1927-11-07 (texts302, round BF): `Aanwezig` read `lanwezig` by OCR
_PUTTE = (
    "I t Notulen van de openbare vergadering van den Raad d.d. 7 November 1927, n.m. 7 uur. "
    "lanwezig alle leden behoudens de heer A.Leijs,die afwezig is met kennisgeving. Voorzitter "
    "de heer F.Wouters,waarnemend burgemeester. Tot voorstemmer wórdt bij loting aangewezen de "
    "heer Ph.Iiendrikx"
)


def _people(text: str) -> list[tuple]:
    return [(p["name"], p["status"]) for p in extract_participants([(1, text)])]


def test_a_label_over_all_members_but_one_reads_that_one_absent_and_the_chair():
    people = _people(_NGSTA)
    assert ("C. Deijkers", "absent") in people
    assert ("P.J. Jansen", "present") in people
    assert "Mulders" not in {name for name, _ in people}  # drawn by lot in prose: no roll


def test_the_label_without_colon_as_ocr_read_it():
    people = _people(_PUTTE)
    assert ("A.Leijs", "absent") in people and ("F.Wouters", "present") in people


def test_the_reason_of_one_excepted_does_not_end_the_list():
    # bzl-districtscollege-notulen-2022-11-14 (texts241, round AT), its role written plainly
    line = (
        "Iedereen was aanwezig, behalve mevrouw Sandra Suykerbuyk, die verontschuldigd was en "
        "mevrouw Liesbeth Sleymer."
    )
    assert _people(line) == [("Sandra Suykerbuyk", "absent"), ("Liesbeth Sleymer", "absent")]


def test_all_members_without_an_exception_name_no_one():
    assert _people("Tegenwoordig: alle leden. De Voorzitter opent de vergadering.") == []


def test_the_sitting_is_dated_by_its_head_not_by_a_meeting_the_chair_tells_of():
    told = (
        " De Voorzitter deelt mede, dat op 20 Juni 1939 te Bergen op Zoom een bespreking is "
        "gehouden met den Secretaris-Generaal van Binnenlandsche Zaken."
    )
    day, _ = find_date([_NGSTA + told], None)
    assert str(day) == "1939-06-23"


def test_old_minutes_whole_hour_after_the_part_of_the_day():
    # the hour printed after the sitting's date with the part of the day before it
    from pipeline.meetings.dating import find_times

    putte = "I t Notulen van de openbare vergadering van den Raad d.d. 7 November 1927, n.m. 7 uur."
    klundert = (  # klundert-raad-1938-05-18 (texts282, round BB)
        "NOTULEN van de open bare vergadering van den Raad der gemeente Klun- dert op Woensdag "
        "18 Mei 1938 nam. 3 uur. Met den Burgemeester zijn aanwezig alle leden"
    )
    assert str(find_times([_NGSTA])[0]) == "11:00:00"
    assert str(find_times([putte])[0]) == "19:00:00"
    assert str(find_times([klundert])[0]) == "15:00:00"
