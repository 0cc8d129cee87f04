"""Where the meeting was held (`find_location`): a labelled field, a place in the title, the
place a sentence says it was held in (not one about a meeting on another date), the place
after its date and time or in its sitting's slot, an online platform, a line naming a
building, a street address below the date."""

from __future__ import annotations

import re
from datetime import date

from pipeline.dates import DATE_RE, FLEMISH_CLOCK_RE, TIME_RANGE_RE, TIME_RE, find_dates
from pipeline.documents import strip_redaction_marks
from pipeline.meetings.dating import _OTHER_MEETING_RE, _dated_at, _dated_in, _this_sitting
from pipeline.meetings.people import status_label
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import _sentence_at, _unbulleted


def _clean_location(value: str) -> str:
    rules = _rules()
    value = strip_redaction_marks(value)[0]
    value = rules["location_noise"].sub("", value).strip(" !:,.")
    # `ZITTING VAN 25 NOVEMBER 2014 TE UUR.`: the hour's digits lost, its word no place
    return "" if re.fullmatch(r"(?i)(?:\d{1,2}[.:]\d{2}\s*)?(?:uur|u)", value) else value


#: an attendance label that says where the attendees met (`Aanwezig via Slack videochat`)
_ATTENDED_VIA_RE = re.compile(r"(?i)^\W*aanwezig(?:en)?\s+via\s+(?P<place>[^:]{3,40}?)\s*:?\s*$")


def find_location(lines: list[str], meeting_date: date | str | None = None) -> str | None:
    """The meeting's place from its head lines: a labelled field, a place in the title, the
    place a sentence says it was held in (not one about a meeting on another date), the place
    after its date and time, an online platform, a line naming a building."""
    rules = _rules()
    # a Flemish clock (`om 20u00 - gemeentehuis`) read as the times are, so the place after it
    # is found
    lines = [FLEMISH_CLOCK_RE.sub(r"\1:\2", line) for line in lines]
    for n, line in enumerate(lines):
        m = rules["location_label"].match(line)
        field = m or rules["location_label"].match(_unbulleted(line))  # `- Locatie: X`
        if field and field["value"].strip():  # `Plaats: Helicon, Zeist, 20.00 uur`: no hour
            return _clean_location(_place_parts(field["value"])) or None
        if m and n + 1 < len(lines):  # a form's field: `Locatie` over its value
            return _clean_location(lines[n + 1]) or None
    for line in lines:
        m = rules["inline_location"].search(line) or rules["held_at"].search(line)
        if m:
            online = m.groupdict().get("online")
            value = re.sub(r"^via\s+", "", online, flags=re.IGNORECASE) if online else m["value"]
            return _clean_location(value) or None
    for line in lines:
        if place := _held_in(line, meeting_date):
            return place
    for line in lines:
        m = _dated_at(line) or _dated_in(line)
        named = m and (m.groupdict().get("place") or m.groupdict().get("named_place"))
        slot = _this_sitting(line)
        place = named or (slot and slot.place) or (m and _room_after(line, m))
        if place:  # `op 28 maart om 20.00 uur in De Ontmoeting`, `14 mei, 20:00 uur, Dorpshuis`
            return _clean_location(place) or None
    for line in lines:
        if status_label(line):  # `Online aanwezig`: who attended, online; `Aanwezig via Zoom`
            via = _ATTENDED_VIA_RE.search(line)
            if via:
                return via["place"]
            continue
        if rules["online_location"].match(line):
            return line.strip(" .")
    for line in lines:
        if rules["physical_location"].search(line) and len(line) < 120:
            return _clean_location(_place_parts(line)) or None
    return _address_below_date(lines)


def _room_after(line: str, dated: re.Match[str]) -> str | None:
    """The few words that close a meeting's dated head after its time when they name a
    building or room (`ma 24/10/2022 - 20:05 gemeenteraadszaal`) or are names (`7 september
    2015, 20.00 uur Meursinge Westerbork`)."""
    if "h" not in dated.groupdict():
        return None  # a place right after the date (`_dated_in`) is read there
    tail = line[dated.end() :].strip(" .,;-–")  # `om 20:00 - gemeentehuis Knesselare`
    words = tail.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in tail):
        return None
    named = (
        all(w[:1].isupper() for w in words)
        and _opening_title(line, dated)
        and not _rules()["list_end"].match(tail)  # `... 20.00 uur Opening`: the first item
    )
    return tail if named or _rules()["building_word"].search(tail) else None


def _opening_title(line: str, dated: re.Match[str]) -> bool:
    """The dated head is a title (a few words before the date), not a sentence that goes on
    (`... om 20.00 uur Opening`)."""
    day = DATE_RE.search(line)
    return bool(day) and len(line[: day.start()].split()) <= 6 and "uur" in dated.group(0)


def _address_below_date(lines: list[str]) -> str | None:
    """A head line that is only a street address, one or two lines below the meeting's date
    or hours (`18-4-2018` / `20.00u – 22.00u` / `Sportstraat 17`)."""
    for n, line in enumerate(lines):
        above = [x for x in lines[max(0, n - 2) : n] if x.strip()]
        if _rules()["address_line"].match(line.strip()) and any(
            DATE_RE.search(x) or TIME_RE.search(x) for x in above
        ):
            return line.strip(" .")
    return None


def _held_in(line: str, meeting_date: date | str | None = None) -> str | None:
    """The place a sentence or title says the meeting was held in (`... gehouden in het
    clubhuis aan de Harlingenlaan te Volendam aanvang 19.30`): up to where the place ends, in
    a few words; None for a line about another meeting (`vorige`, or dated otherwise: last
    year's meeting in this year's annual report) or with no such place."""
    rules = _rules()
    m = rules["held_in"].search(line) or rules["held_in_before_verb"].search(line)
    if m is None or _OTHER_MEETING_RE.search(_sentence_at(line, m.start(), m.start("value"))):
        return None
    dates = find_dates(line[: m.start("value")])  # the date nearest before the place
    said = dates[-1][2] if dates else None
    if said and meeting_date and not said.year_inferred and str(said.value) != str(meeting_date):
        return None
    place = rules["place_end"].split(m["value"], maxsplit=1)[0]
    place = _clean_location(place.strip(" “”\"'"))
    if not place or len(place.split()) > rules["place_max_words"] or DATE_RE.search(place):
        return None
    return place if rules["place_word"].search(place) else None


def _place_parts(line: str) -> str:
    """The comma parts of an unlabelled location line up to one that tells the time or date
    instead (`Provinciehuis Utrecht, zaal 6` stays whole; `Stadhuis Zeist, 13.00 - 15.00 uur`
    loses its time)."""
    kept = []
    for part in line.split(","):
        if DATE_RE.search(part) or TIME_RANGE_RE.search(part) or re.search(r"\buur\b", part):
            break
        kept.append(part)
    return ",".join(kept)
