"""A meeting's start printed as a whole hour with its word after a start cue (`om 14 uur`):
`find_times`."""

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
    ],
)
def test_a_whole_hour_after_a_start_cue(
    lines: list[str], hours: tuple[time | None, time | None]
) -> None:
    assert find_times(lines) == hours


@pytest.mark.parametrize(
    "lines",
    [
        # a whole hour with no start cue before it
        ["De bus vertrekt om 9 uur naar Brussel."],
    ],
)
def test_no_hour_without_a_start_cue(lines: list[str]) -> None:
    assert find_times(lines) == (None, None)
