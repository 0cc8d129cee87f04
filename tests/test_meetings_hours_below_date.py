"""A sitting's head printed as a stack: its date on one line, its hours (and place) on the
line below (`find_times`, `find_location`). The lines are quoted from the development gold's
texts."""

from __future__ import annotations

from datetime import time

from pipeline.meetings import find_location, find_times


def test_the_start_and_place_below_the_date_in_old_council_minutes():
    # web297 menterwolde-raad-2009-04-23 (web184 menterwolde-raad-2009-05-28 prints the same)
    head = [
        "Concept raadsnotulen d.d.23-04-2009",
        "Vergadering van de raad der gemeente Menterwolde,",
        "gehouden op donderdag 23 april 2009",
        "om 20.00 uur in het gemeentehuis te Muntendam.",
        "Aanwezig zijn:",
    ]
    assert find_times(head) == (time(20, 0), None)
    assert find_location(head) == "het gemeentehuis te Muntendam"


def test_a_flemish_head_s_hours_below_its_date():
    # web215 brasschaat-rmw-zitting-2022-03-28: a start alone
    head = ["Zitting van maandag 28 maart 2022", "Van 21:00 uur", "Locatie raadzaal"]
    assert find_times(head) == (time(21, 0), None)
    # web231 bertem-gemeenteraad-notulen-2019-01-02: a whole hour to a closing time
    head = [
        "Gemeente Bertem",
        "Zitting van 2 januari 2019",
        "Van 20 uur tot 20.40 uur",
        "Aanwezig:",
    ]
    assert find_times(head) == (time(20, 0), time(20, 40))


def test_an_hour_line_under_no_date_gives_no_hours():
    head = ["Gemeente Bertem", "Zitting van januari", "Van 20 uur tot 20.40 uur", "Aanwezig:"]
    assert find_times(head) == (None, None)
    assert find_location(["Vergadering", "om 20.00 uur in het gemeentehuis te Muntendam."]) is None
