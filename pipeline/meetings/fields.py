"""A meeting's head laid out as a form, read as one labelled line per field: labels set in
one row over their values (`Datum: Plaats: Tijd:` over `24 april 2014 Gebouw Rehoboth
...`), a label alone over its value (`Datum:` / `02-10-2018`), fields run on into a title
line (`... Locatie: G.C. De Passant`)."""

from __future__ import annotations

import re

from pipeline.dates import DATE_RE, TIME_RE
from pipeline.meetings.people import status_label
from pipeline.meetings.rules import _rules

#: where a form's place value ends on the line of values: at the time or the count of the
#: field after it (`Gebouw Rehoboth, Kerkdijk 6, Westbroek Aanvang 19.30u.`, `Rehobothkerk,
#: Ermelo 78 kerken (leden)`)
_PLACE_VALUE_END_RE = re.compile(
    r"\s+(?=(?i:aanvang|om|van)\b|[012]?\d[.:][0-5]\d|\d+\s+(?-i:[a-z]))|[.;]\s|$"
)


def _stacked_fields(lines: list[str]) -> list[str]:
    """The head lines with a form's labels set in one row over their values (`Notulen ALV
    Datum: Plaats: Tijd: Aanwezig:` over `24 april 2014 Gebouw Rehoboth, Westbroek Aanvang
    19.30u. eigenaren van ...`) written as one labelled line per field (`Datum: 24 april
    2014`, `Plaats: Gebouw Rehoboth, Westbroek`, `Tijd: Aanvang 19.30u.`), the values
    taken in the labels' order from the date on."""
    out: list[str] = []
    k = 0
    # a form's fields each over its value (`Datum:` / `02-10-2018`, `Locatie:` / `Raadzaal`);
    # a letterhead's one date field among its reference fields (`Ons kenmerk`) is left alone
    form = sum(_lone_label(x) is not None for x in lines) >= _FORM_FIELDS_MIN
    while k < len(lines):
        stacked = _field_labels(lines[k]) if k + 1 < len(lines) else None
        value = lines[k + 1] if k + 1 < len(lines) else ""
        if stacked is None and form and (label := _lone_label(lines[k])) and _is_value(value):
            out.append(f"{label}: {value.strip()}")  # `Datum:` over `02-10-2018`
            k += 2
            continue
        if stacked is None:
            out += _inline_fields(lines[k])
            k += 1
            continue
        title, labels = stacked
        out += [title] if title else []
        out += _field_values(labels, lines[k + 1])
        k += 2
    return out


#: fields alone over their values that make a head a form, not a letterhead with one date
_FORM_FIELDS_MIN = 2


#: a field label inside a head line, with its colon (`... 28 juni 2012 om 20u Locatie: G.C.
#: De Passant`, `Vergadering : Algemeen Bestuur Datum : 29 september 2014 Tijd : 15:00`)
_INLINE_FIELD_RE = re.compile(r"[\s,;]+(?=(?P<label>[A-Z][a-z]+)\s?:\s)")


def _inline_fields(line: str) -> list[str]:
    """A head line cut before each date, place or time field inside it, one line per field
    (a title or form run on into its fields); the line whole without one."""
    cuts = [m for m in _INLINE_FIELD_RE.finditer(line) if m.start() and _field_kind(m["label"])]
    cuts = [m for m in cuts if _field_kind(m["label"]) in ("date", "place", "time")]
    if not cuts:
        return [line]
    ends = [m.start() for m in cuts] + [len(line)]
    return [line[: ends[0]]] + [line[m.end() : end] for m, end in zip(cuts, ends[1:], strict=True)]


def _lone_label(line: str) -> str | None:
    """A head line that is one field label alone, its value on the line below (a portal's
    form: `Datum:` / `02-10-2018`, `Locatie` / `Regiokantoor`): the label, for a date,
    place or time; None for any other line."""
    m = re.fullmatch(r"\s*(?P<label>[A-Za-z][\w ]{1,30}?)\s*:?\s*", line)
    if m is None or _field_kind(m["label"]) not in ("date", "place", "time"):
        return None
    return m["label"]


def _is_value(line: str) -> bool:
    """A line that can be a field's value: not empty, not a label of its own."""
    return bool(line.strip()) and re.match(r"\s*[A-Za-z][\w ]{0,30}:(?:\s|$)", line) is None


def _field_labels(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(title, [(label, kind)]) of a line that ends in two or more field labels, each with
    its colon and no value, a date's among them; None for any other line."""
    pieces = re.split(r"(?<=:)\s+", line.strip())
    labels: list[tuple[str, str]] = []
    while pieces and pieces[-1].endswith(":") and (kind := _field_kind(pieces[-1].rstrip(": "))):
        labels.insert(0, (pieces.pop().rstrip(": "), kind))
    if pieces and pieces[-1].endswith(":"):  # `Notulen ALV Datum:`: the title before its label
        words = pieces[-1].rstrip(": ").split()
        n = next((n for n in (2, 1) if len(words) > n and _field_kind(" ".join(words[-n:]))), 0)
        if n:
            labels.insert(0, (" ".join(words[-n:]), _field_kind(" ".join(words[-n:]))))
            pieces[-1] = " ".join(words[:-n])
    if len(labels) < 2 or not any(kind == "date" for _, kind in labels):
        return None
    return " ".join(pieces), labels


def _field_kind(label: str) -> str:
    """What a head's field label asks for: date, place, time or a list; '' for none."""
    rules = _rules()
    if rules["date_label"].match(f"{label}: x") or re.fullmatch(r"(?i)gehouden\s+op", label):
        return "date"
    if rules["location_label"].match(f"{label}:"):
        return "place"
    if rules["time_label"].match(f"{label}: x"):
        return "time"
    return "list" if status_label(f"{label}:") else ""


def _field_values(labels: list[tuple[str, str]], values: str) -> list[str]:
    """The labelled lines of a row of values read in the order of its labels: the date
    first, a place up to the time or count after it, the time; a list's value is left to
    the attendance reader."""
    day = DATE_RE.search(values)
    if day is None or values[: day.start()].strip(" ,") and not _is_weekday(values[: day.start()]):
        return [values]
    out, rest = [], values[day.end() :].strip(" ,")
    kinds = [kind for _, kind in labels]
    for label, kind in labels[kinds.index("date") :]:
        if kind == "date":
            out.append(f"Datum: {day.group(0)}")  # `Gehouden op:` asks the same
        elif kind == "place" and rest:
            end = _PLACE_VALUE_END_RE.search(rest)
            place = rest[: end.start()].strip(" ,") if end else rest
            out.append(f"{label}: {place}")
            rest = rest[len(place) :].strip(" .,")
        elif kind == "time" and TIME_RE.search(rest[:30]):
            out.append(f"{label}: {rest}")
    return out


def _is_weekday(text: str) -> bool:
    """`Donderdag`, `op dinsdag`: the weekday a date is printed after."""
    return re.fullmatch(r"(?i)(?:op\s+)?\w+dag", text.strip(" ,")) is not None
