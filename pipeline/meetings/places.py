"""Where the meeting was held (`find_location`): a labelled field, a place in the title, the
place a sentence says it was held in (not one about a meeting on another date), the place
after its date and time or in its sitting's slot, an online platform, a line naming a
building, a street address below the date (`LOCATION_STEPS`, in that order). Whatever a
step reads must be shaped like a place: a building or room, a name, an address, a town
after `te`/`in`; never a heading, a placeholder, a label, a time or a sentence that runs
on (`not_a_place_regex`, `_place_shaped`, `_name_run`)."""

from __future__ import annotations

import re
from datetime import date

from pipeline.dates import DATE_RE, FLEMISH_CLOCK_RE, TIME_RANGE_RE, TIME_RE, find_dates
from pipeline.documents import strip_redaction_marks
from pipeline.meetings.dating import (
    _OTHER_MEETING_RE,
    _dated_at,
    _dated_in,
    _this_sitting,
    hours_below_date,
)
from pipeline.meetings.people import status_label
from pipeline.meetings.rules import _rules
from pipeline.meetings.text import _sentence_at, _unbulleted


def _clean_location(value: str) -> str:
    """The place as printed, without its label's word, a redaction mark or the sentence
    after it (`..., 7231 AC Warnsveld. De vergaderingen zijn openbaar.`); '' for a value that
    names no place (`Nader in te vullen`, `NOTULEN`, `16.30`)."""
    rules = _rules()
    value = strip_redaction_marks(value)[0]
    value = _before_next_sentence(value)
    value = rules["location_noise"].sub("", value).strip(" !:,.")
    # `ZITTING VAN 25 NOVEMBER 2014 TE UUR.`: the hour's digits lost, its word no place
    if re.fullmatch(r"(?i)(?:\d{1,2}[.:]\d{2}\s*)?(?:uur|u)", value):
        return ""
    return "" if rules["not_a_place"].match(value) else value


def _before_next_sentence(value: str) -> str:
    """A value up to the sentence that follows it on its line (`..., 7231 AC Warnsveld. De
    vergaderingen zijn openbaar.`); an abbreviation's period before a name goes on (`Burg.
    Berghuisplein 1, Kampen`): what follows a sentence's end has words in lower case."""
    for end in _rules()["sentence_end"].finditer(value):
        if re.search(r"\b(?-i:[a-z]){3,}\b", value[end.end() :]):
            return value[: end.start()]
    return value


def _place_shaped(value: str) -> bool:
    """A value with no label before it names a place when it names a building or room, is a
    street address, or is a name (every word of three letters or more capitalised: `De
    Witte Vosch`, `Raadzaal`); not a portal's free text in the place's box (`Regulier + P&C
    cyclus`)."""
    rules = _rules()
    if rules["building_word"].search(value) or rules["address_line"].match(value):
        return True
    words = re.findall(r"[^\W\d_]{3,}", value)
    small = _PLACE_SMALL_WORDS
    return bool(words) and all(w[:1].isupper() for w in words if w.lower() not in small)


#: an attendance label that says where the attendees met (`Aanwezig via Slack videochat`)
_ATTENDED_VIA_RE = re.compile(r"(?i)^\W*aanwezig(?:en)?\s+via\s+(?P<place>[^:]{3,40}?)\s*:?\s*$")


def find_location(lines: list[str], meeting_date: date | str | None = None) -> str | None:
    """The meeting's place from its head lines: the first of `LOCATION_STEPS` that reads
    one (a labelled field, a place in the title, the place a sentence says it was held in,
    the place after its date and time, an online platform, a line naming a building, an
    address below the date); None where none does."""
    # a Flemish clock (`om 20u00 - gemeentehuis`) read as the times are, so the place after it
    # is found
    lines = [FLEMISH_CLOCK_RE.sub(r"\1:\2", line) for line in lines]
    for step in LOCATION_STEPS:
        # a step that reads a field whose value is no place ('' ) ends the search: the head
        # said where, in words that name none
        if (place := step(lines, meeting_date)) is not None:
            return place or None
    return None


def _labelled(lines: list[str], _: date | str | None) -> str | None:
    """`Locatie: X`, `- Plaats: X`, or a form's label over its value (`Locatie` / `X`)."""
    rules = _rules()
    for n, line in enumerate(lines):
        room = rules["room_label"].match(line)  # `Zaal: raadzaal`, `Plaats en datum: ...`
        m = room or rules["location_label"].match(line)
        field = m or rules["location_label"].match(_unbulleted(line))  # `- Locatie: X`
        if field and not _colon_or_place(field):
            continue  # `Plaats diakenen op meerdere vergaderingen`: a word, no label
        if field and (field["value"] or "").strip():  # `Plaats: Helicon, Zeist, 20.00 uur`
            value = _wrapped_link(field["value"], lines[n + 1 : n + 2])
            return _clean_location(_place_parts(value))
        if m and n + 1 < len(lines):  # a form's field: `Locatie` (`Zaal`) over its value
            below = _clean_location(lines[n + 1])
            return below if _place_shaped(below) else ""
    return None


def _colon_or_place(field: re.Match[str]) -> bool:
    """A place's label printed with its colon, or without it over a value that opens as a
    place does (`Locatie De Witte Vosch`); a line opening on the word in a sentence or a
    heading of its own (`Plaats van het gevolg zou ook kunnen helpen ...`) is no field."""
    return ":" in field.string[: field.start("value")] or _opens_as_place(field["value"] or "")


def _opens_as_place(value: str) -> bool:
    """Whether `value` opens as a place's name does: on a capital, a digit, an article, a
    possessive, `via` before a platform or a building (`De Witte Vosch`, `de Boerhoorn`, `ons
    clublokaal`, `via Zoom`, `raadzaal van het gemeentehuis`); a value
    opening on other words in lower case is the sentence going on (`goede sfeer met
    eenvoudige hapjes bij de Nieuwjaars`, `alles wat de P-raad`)."""
    first = value.strip(" “”\"'(").split(maxsplit=1)[:1]
    if not first or not first[0][:1].islower():
        return True
    word = first[0].strip(",.;:")
    return word in _PLACE_OPENERS or bool(_rules()["building_word"].search(word))


#: the small words a place opens on in a sentence (`in de Boerhoorn`, `in ons clublokaal`,
#: `via Zoom gehouden`)
_PLACE_OPENERS = frozenset({"de", "het", "'t", "ons", "onze", "hun", "haar", "zijn", "via"})


def _wrapped_link(value: str, below: list[str]) -> str:
    """A field's value that is a markdown link wrapped onto the next line (`Locatie: [VAC` /
    `Gent](https://www.google.be/maps/...)`): the link's text (`VAC Gent`)."""
    if "[" not in value or "]" in value or not below:
        return value
    link = _WRAPPED_LINK_RE.search(f"{value} {below[0].strip()}")
    return f"{link.string[: link.start()]}{link['text']}" if link else value


#: a markdown link's text and its address (`[VAC Gent](https://...)`)
_WRAPPED_LINK_RE = re.compile(r"\[(?P<text>[^\]]+)\]\([^)\s]*\)?")


def _inline(lines: list[str], _: date | str | None) -> str | None:
    """A title's place after a comma (`..., Locatie: Dorpshuis.`, `..., via MS Teams`) or a
    form's row; a sentence's `gehouden ... op het gemeentehuis in Gieten`."""
    rules = _rules()
    for line in lines:
        m = rules["inline_location"].search(line) or rules["held_at"].search(line)
        if m:
            online = m.groupdict().get("online")
            value = re.sub(r"^via\s+", "", online, flags=re.IGNORECASE) if online else m["value"]
            return _clean_location(value)
    return None


def _said_held_in(lines: list[str], meeting_date: date | str | None) -> str | None:
    """The place a sentence says the meeting was held in, the line broken after its
    preposition (`d.d. 05 februari 2013 gehouden in` / `“De Post” te Midwoud`)."""
    for n, line in enumerate(lines):
        if _OPEN_PREPOSITION_RE.search(line) and n + 1 < len(lines):
            line = f"{line.rstrip()} {lines[n + 1].strip()}"
        if place := _held_in(line, meeting_date):
            return place
    return None


#: a line that ends on the preposition before its place
_OPEN_PREPOSITION_RE = re.compile(r"(?i)\s(?:in|bij|te)\s*$")


def _dated_place(lines: list[str], meeting_date: date | str | None) -> str | None:
    """`op 28 maart om 20.00 uur in De Ontmoeting`, `14 mei, 20:00 uur, Dorpshuis`."""
    for line in lines:
        m = _dated_at(line) or _dated_in(line)
        if m and _another_day(line[: m.start()], meeting_date):
            continue
        named = m and (m.groupdict().get("place") or m.groupdict().get("named_place"))
        named = named and named + _address_after(line[m.end() :])
        slot = _this_sitting(line)
        place = named or (slot and slot.place) or (m and _room_after(line, m))
        if place:
            return _clean_location(place)
    return None


def _placed_below_date(lines: list[str], _: date | str | None) -> str | None:
    """The place the line below the sitting's date gives after its hour, the head's sentence
    going on (`gehouden op donderdag 23 april 2009` / `om 20.00 uur in het gemeentehuis te
    Muntendam.`)."""
    m = hours_below_date(lines)
    place = _clean_location(m["place"]) if m and m["place"] else ""
    return place if place and _place_shaped(place) else None


def _address_after(rest: str) -> str:
    """The comma parts right after a dated place that give its room and address, up to the
    first that gives neither or the sentence's end (`in het Energiehuis` / `, kamer Ketel 2,
    Noordendijk 148 te Dordrecht. de voorzitter ...`, `in het Raadhuis Sliedrecht` / `, Dr.
    Langeveldplein 30, 3361 HE Sliedrecht, raadszaal De agenda ...`): a place's name stops
    at a comma, the address an invitation prints goes on after it."""
    parts = rest.split(",")
    if len(parts) < 2 or parts[0].strip():
        return ""
    kept = ""
    for part in parts[1:]:
        whole = _before_next_sentence(part)
        if not _rules()["address_part"].match(whole.strip()):
            break
        kept += "," + whole
        if whole != part:
            break  # its sentence ends here
    return kept


def _online(lines: list[str], _: date | str | None) -> str | None:
    """`Aanwezig via Zoom`, `Online`, `via Teams`: a meeting held online."""
    for line in lines:
        if status_label(line):  # `Online aanwezig`: who attended, online; `Aanwezig via Zoom`
            via = _ATTENDED_VIA_RE.search(line)
            if via:
                return via["place"]
            continue
        if _rules()["online_location"].match(line):
            return line.strip(" .")
    return None


def _building_line(lines: list[str], _: date | str | None) -> str | None:
    """A short line that opens with a building (`Stadhuis Zeist, 13.00 - 15.00 uur`, `In
    dorpshuis “Et Legien” te Fochteloo`), with the building below its room (`Kamer C4.06` /
    `Gemeentehuis Emmen`); not a sentence that mentions one (`Het oranje paard voor het
    gemeentehuis is inmiddels gerepareerd.`, `en in Utrecht (Stadhuis)`)."""
    for n, line in enumerate(lines):
        if _names_building(line):
            below = lines[n + 1] if n + 1 < len(lines) and _names_building(lines[n + 1]) else ""
            place = _clean_location(_place_parts(", ".join(filter(None, (line, below)))))
            return _LEADING_PREPOSITION_RE.sub("", place)  # `In dorpshuis ...`: the building
    return None


def _names_building(line: str) -> bool:
    """The line opens with a room or building and names it (`Commissiekamer`, `IN
    ONTMOETINGSCENTRUM "DE WITTENHORST"`), or names one of the buildings meetings are held in
    a word or two in (`Raadzaal gemeentehuis, Dutselstraat 15`); not in a sentence."""
    rules = _rules()
    line = line.strip()
    if rules["sentence_end"].search(line):
        return False
    if (room := rules["building_first"].match(line)) and _named(line[room.end() :]):
        return True
    building = rules["physical_location"].search(line)
    if building is None or len(line) >= _BUILDING_LINE_CHARS:
        return False
    lead = line[: building.start()].split()
    return not lead or (len(lead) <= _BUILDING_LEAD_WORDS and line[:1].isupper())


#: the preposition a line naming its building may open with (`In dorpshuis “Et Legien”`)
_LEADING_PREPOSITION_RE = re.compile(r"(?i)^(?:in|bij|op)\s+")
#: the words a line naming a building may print before it (`In dorpshuis`, `Raadzaal
#: gemeentehuis`); further in, the building is a sentence's
_BUILDING_LEAD_WORDS = 2
#: a line naming a building longer than this is prose
_BUILDING_LINE_CHARS = 120


def _named(rest: str) -> bool:
    """What follows a room that opens a line names it (`Zaal 3`, `Het Anker, Kerkstraat 1`):
    a few words, capitalised but for a name's small words; not a clause (`Zaal 3 is
    gereserveerd`)."""
    words = re.findall(r"[^\W\d_]{2,}", rest)
    named = all(w[:1].isupper() or w.lower() in _PLACE_SMALL_WORDS for w in words)
    return named and len(rest.split()) <= _ROOM_NAME_WORDS


#: the words after a room that opens a line: a name, a street and number, a town
_ROOM_NAME_WORDS = 7


def _address(lines: list[str], _: date | str | None) -> str | None:
    return _address_below_date(lines)


#: where a head says its meeting's place, in the order they are trusted
LOCATION_STEPS = (
    _labelled,
    _inline,
    _said_held_in,
    _dated_place,
    _placed_below_date,
    _online,
    _building_line,
    _address,
)


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
    m = (
        rules["held_in"].search(line)
        or rules["held_in_before_verb"].search(line)
        or rules["held_in_passive"].search(line)
    )
    if m is None or _OTHER_MEETING_RE.search(_sentence_at(line, m.start(), m.start("value"))):
        return None
    if _another_day(line[: m.start("value")], meeting_date):
        return None
    place = _name_run(rules["place_end"].split(m["value"], maxsplit=1)[0])
    place = _clean_location(place.strip(" “”\"'"))
    if not place or len(place.split()) > rules["place_max_words"] or DATE_RE.search(place):
        return None
    if not _opens_as_place(place):
        return None  # `bijeenkomst in goede sfeer met eenvoudige hapjes`: no place
    return place if rules["place_word"].search(place) else None


def _name_run(value: str) -> str:
    """A sentence's place up to the clause that goes on after its name (`basisschool Het
    Kofschip kwamen zo’n 40 bewoners af`): a word in lower case after a capitalised one ends
    it, unless it is a name's small word, a preposition of place or a building
    (`het clubgebouw bij de ijsbaan aan de Korenlaan`, `de raadzaal van het gemeentehuis`)."""
    words = value.split(" ")
    named = False
    for n, word in enumerate(words):
        bare = word.strip(",.;:“”\"'()")
        if bare[:1].isupper():
            named = True
        elif named and bare.isalpha() and len(bare) >= 3 and bare.islower():
            if bare not in _PLACE_SMALL_WORDS and not _rules()["building_word"].search(bare):
                kept = words[:n]
                while kept and kept[-1] in _PLACE_SMALL_WORDS:  # `... Facility Centre en`
                    kept.pop()
                return " ".join(kept).rstrip(" ,")
    return value


#: the small words a place's name or its street keeps in lower case, and the prepositions
#: of place between a building and its street or town
_PLACE_SMALL_WORDS = frozenset(
    "van der den het aan bij ter ten tot op en voor de te in naast achter tegenover "
    "boven onder nabij".split()
)


def _another_day(before: str, meeting_date: date | str | None) -> bool:
    """The date nearest before a place is not the meeting's: the place is another event's
    (`20 september bij de UT op bezoek komt`), its year printed or not (a day and month alone
    are read in the meeting's year)."""
    if not meeting_date:
        return False
    dates = find_dates(before, context_year=int(str(meeting_date)[:4]))
    if not dates:
        return False
    said = dates[-1][2]
    day = str(said.value)[5:] if said.year_inferred else str(said.value)
    return not str(meeting_date).endswith(day)


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
