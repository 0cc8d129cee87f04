"""A meeting's hours printed as a whole hour with its word (`om 14 uur`) or as a span of
hours alone under its date (`Van 20 uur tot 20.40 uur`, `Van 21:00 uur`): `find_times`."""

from __future__ import annotations

from datetime import time

import pytest

from pipeline.meetings.dating import find_times


@pytest.mark.parametrize(
    ("lines", "hours"),
    [
        # texts197/westvlaanderen-provincieraad-2018-09-27 line 24
        (["De voorzitter opent de vergadering om 14 uur."], (time(14, 0), None)),
        # texts188/vrijsselland-ab-notulen-2015-03-25 line 14
        (
            ["1. Opening De heer Meijer opent de vergadering om 9 uur. Bericht van verhindering"],
            (time(9, 0), None),
        ),
        # texts231/bertem-gemeenteraad-notulen-2019-01-02 lines 5-11
        (
            ["Gemeente Bertem", "Zitting van 2 januari 2019", "Van 20 uur tot 20.40 uur"],
            (time(20, 0), time(20, 40)),
        ),
        # texts215/brasschaat-rmw-zitting-2022-03-28 lines 1-3: the span without its end
        (["Zitting van maandag 28 maart 2022", "Van 21:00 uur"], (time(21, 0), None)),
    ],
)
def test_hours_as_a_whole_hour_or_a_span_under_the_date(
    lines: list[str], hours: tuple[time | None, time | None]
) -> None:
    assert find_times(lines) == hours


@pytest.mark.parametrize(
    "lines",
    [
        # a bare number is no hour: an item's number, a count
        ["Zitting van 2 januari 2019", "Van 20 tot 21"],
        # a span line not under the meeting's date
        ["Gemeente Bertem", "Van 20 uur tot 20.40 uur"],
        # a whole hour with no start cue before it
        ["De bus vertrekt om 9 uur naar Brussel."],
    ],
)
def test_no_hours_from_a_bare_number_or_a_line_away_from_the_date(lines: list[str]) -> None:
    assert find_times(lines) == (None, None)
