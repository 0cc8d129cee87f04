"""Meetings and their participants from minutes, agendas and decision lists: the module
`pipeline/meetings.py` as it was, moved into this package to be split by step (`people`
holds it whole until then)."""

from pipeline.meetings.people import (
    extract_meetings,
    extract_participants,
    find_body,
    find_date,
    find_location,
    find_times,
    parse_participant,
    particles_alternation,
    status_label,
    without_notes,
)

__all__ = [
    "extract_meetings",
    "extract_participants",
    "find_body",
    "find_date",
    "find_location",
    "find_times",
    "parse_participant",
    "particles_alternation",
    "status_label",
    "without_notes",
]
