"""Meetings and their participants from minutes, agendas and decision lists.

The meeting header gives body, date, time and place: labelled (`Datum: 6 april 2022`,
`Tijd: 13.00 - 15.00 uur`, `Locatie: Stadhuis Amersfoort`) or packed into the title line
(`Conceptverslag BO/BP 16 december 13.00 - 14.30 uur` with `Via Microsoft Teams` below it).
Participants are the lines after `Aanwezig:` / `Deelnemers:` (present), `Genodigden:`
(invited) and `Afmelding:` / `Afwezig:` (absent), one per line
(`Wethouder Mevr. Kosterman, Wijk bij Duurstede, voorzitter`) or comma-separated after the
label. Rules are data in `patterns/meeting_rules.json`.

The steps live in modules of this package: `printed` (the lines as a reader sees them),
`fields` (a head laid out as a form), `dating` (the meeting's date and times), `places`
(where it was held), `head` (the meeting row and the body that met, over the vocabulary of
`pipeline.bodies`); `layout` (flattened, wrapped and cut lines made whole), `names` (a
person's name: initials, tussenvoegsels, surname; the one reader the others build their
name patterns from), `people` (one person as a list prints them, a list's label), `items`
(the items of a list of people), `trailers` (people followed by the role they share),
`label_lines` (the people on a label's line), `tables` (lists laid out as tables), `lists`
(a list below its label, line by line), `sentences` (people named in running text) and
`participants` (the participants of a document, each once); `sections` (documents that
record several meetings), over `rules` (the rule data) and `text` (line tests the steps
share). `extract` runs them over a document.
"""

from pipeline.meetings.dating import find_date, find_times
from pipeline.meetings.extract import (
    date_records_by_their_meeting,
    extract_meetings,
    reads_no_meeting,
)
from pipeline.meetings.head import find_meeting_body
from pipeline.meetings.names import particles_alternation
from pipeline.meetings.participants import extract_participants
from pipeline.meetings.people import (
    parse_participant,
    status_label,
    without_notes,
)
from pipeline.meetings.places import find_location

__all__ = [
    "date_records_by_their_meeting",
    "extract_meetings",
    "extract_participants",
    "find_date",
    "find_location",
    "find_meeting_body",
    "find_times",
    "parse_participant",
    "particles_alternation",
    "reads_no_meeting",
    "status_label",
    "without_notes",
]
