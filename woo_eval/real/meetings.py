"""Meetings (matched by date) with their fields, and participants F1 inside matched meetings:
named people by normalised name, people named by office alone (`de burgemeester`, no name
printed, none withheld) by that office, redacted ones by role/organisation, else by count.
`participants.any_meeting` pairs the same people over all meetings of the file, whatever
meeting each was put under (a diagnostic: the headline figure is `participants`)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from woo_eval.real.metrics import accuracy, add, greedy_match, iso_date, match_counts, norm_text

NAME_MATCH = 85  # token-set ratio for two spellings of one name ("J. Overweg" / "Overweg")
LOCATION_MATCH = 80
_TITLES = re.compile(r"\b(dhr|mevr|mevrouw|mw|mr|wethouder|burgemeester|drs|ir)\b\.?")


def norm_name(name: str | None) -> str:
    text = _TITLES.sub(" ", norm_text(name) or "")
    return re.sub(r"[^\w ]+", " ", text).strip()


def _hhmm(value) -> str | None:
    return None if value is None else str(value)[:5].rjust(5, "0")


def _meeting_score(gold: dict, found: dict) -> float | None:
    """Same date; a meeting the page prints no date for (`Notulen 11 juni`, no year) pairs
    with one found without a date in the same text, below any dated pair."""
    same_time = _hhmm(gold["start_time"]) == _hhmm(found["start_time"])
    if gold["meeting_date"] is None:
        return None if found["meeting_date"] is not None else 1.0 + same_time
    if gold["meeting_date"] != iso_date(found["meeting_date"]):
        return None
    return 2.0 + same_time


def _participant_score(gold: dict, found: dict) -> float | None:
    if bool(gold["redacted"]) != bool(found["redacted"]):
        return None
    if not gold["redacted"] and (gold["name"] is None or found["name"] is None):
        return _office_score(gold, found)
    if not gold["redacted"]:
        ratio = fuzz.token_set_ratio(norm_name(gold["name"]), norm_name(found["name"]))
        return ratio if ratio >= NAME_MATCH else None
    same_role = norm_text(gold["role"]) == norm_text(found["role"])
    same_org = norm_text(gold["organisation"]) == norm_text(found["organisation"])
    return 1.0 + same_role + same_org  # redacted people pair off by count at worst


def _office_score(gold: dict, found: dict) -> float | None:
    """A party the text names by office alone (`de griffier`, `een ambtenaar`: no name
    printed, none withheld) pairs with a found one without a name by that office, the
    organisation a tie-break; an office says who took part as a name does, a count does not."""
    if gold["name"] is not None or found["name"] is not None:
        return None
    if norm_text(gold["role"]) is None or norm_text(gold["role"]) != norm_text(found["role"]):
        return None
    return 1.0 + (norm_text(gold["organisation"]) == norm_text(found["organisation"]))


def _shown(person: dict) -> str:
    return person["name"] or ("[redacted]" if person["redacted"] else "[unnamed]")


def score_participants(gold: list[dict], found: list[dict], where: str) -> dict[str, dict]:
    pairs = greedy_match(gold, found, _participant_score)
    matched = {i for i, _ in pairs}
    missed = [
        f"{where}: missed {_shown(p)} ({p['role']}, {p['organisation']})"
        for i, p in enumerate(gold)
        if i not in matched
    ]
    out = {"participants": match_counts(len(gold), len(found), pairs, missed)}
    for label, redacted in (("named", False), ("redacted", True)):
        sub = [(i, j) for i, j in pairs if bool(gold[i]["redacted"]) == redacted]
        n_gold = sum(bool(p["redacted"]) == redacted for p in gold)
        n_found = sum(bool(p["redacted"]) == redacted for p in found)
        out[f"participants.{label}"] = match_counts(n_gold, n_found, sub)
    statuses = [(gold[i]["status"], found[j]["status"]) for i, j in pairs]
    out["participant_status"] = accuracy(statuses, [f"{where}: "] * len(statuses))
    return out


def _named_alike(gold: str | None, found: str | None) -> str | None:
    """The found name of a place or body, as the gold's where it names the same with words
    more or less (`het CUR-huis te Gouda` / `CUR-huis te Gouda`, `algemene ledenvergadering`
    / `algemene ledenvergadering van de vereniging X`): both are printed phrases whose extent
    no convention fixes."""
    close = fuzz.token_set_ratio(norm_text(gold) or "", norm_text(found) or "")
    return gold if gold and found and close >= LOCATION_MATCH else found


def _field_pairs(gold: dict, found: dict) -> dict[str, tuple]:
    return {
        "start_time": (_hhmm(gold["start_time"]), _hhmm(found["start_time"])),
        "end_time": (_hhmm(gold["end_time"]), _hhmm(found["end_time"])),
        "location": (gold["location"], _named_alike(gold["location"], found["location"])),
        "body": (norm_text(gold["body"]), norm_text(_named_alike(gold["body"], found["body"]))),
    }


def score_meetings(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    """Meeting P/R/F1, field accuracy on matched meetings, participants over all meetings."""
    pairs = greedy_match(gold, found, _meeting_score)
    matched = {i for i, _ in pairs}
    missed = [
        f"missed meeting of {g['meeting_date']}" for i, g in enumerate(gold) if i not in matched
    ]
    out: dict[str, dict] = {"meetings": match_counts(len(gold), len(found), pairs, missed)}
    fields = [_field_pairs(gold[i], found[j]) for i, j in pairs]
    where = [f"meeting of {gold[i]['meeting_date']}: " for i, _ in pairs]
    for name in ("start_time", "end_time", "location", "body"):
        out[name] = accuracy([f[name] for f in fields], where)
    people = _participants_over(gold, found, pairs)
    # the same people wherever they were put: tells a list read right under a meeting dated
    # wrong (every person missed and extra above) from people not read at all
    anywhere = score_participants(
        [p for g in gold for p in g["participants"]],
        [p for f in found for p in f["participants"]],
        "any meeting",
    )["participants"]
    return {**out, **people, "participants.any_meeting": anywhere}


def _participants_over(gold: list[dict], found: list[dict], pairs) -> dict[str, dict]:
    """Participants of matched meetings compared; those of unmatched meetings all missed or
    all extra."""
    matched, matched_found = {i for i, _ in pairs}, {j for _, j in pairs}
    groups = [(gold[i]["participants"], found[j]["participants"], gold[i]) for i, j in pairs]
    groups += [(g["participants"], [], g) for i, g in enumerate(gold) if i not in matched]
    groups += [([], f["participants"], f) for j, f in enumerate(found) if j not in matched_found]
    total: dict[str, dict] = {}
    for gold_people, found_people, meeting in groups:
        part = score_participants(
            gold_people, found_people, f"meeting of {meeting['meeting_date']}"
        )
        total = {k: add(total.get(k, {}), v) for k, v in part.items()}
    return total
