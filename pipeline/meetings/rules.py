"""The compiled rules of `patterns/meeting_rules.json`, by what they read: a meeting's head
(date, time, place), its people (roles, honorifics, titles, where a name list runs on or is
cut) and who attended (labels, columns and sentences); `_rules` holds them all."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline.documents import academic_titles_re, meeting_patterns
from pipeline.nlp import compiled_regexes, load_patterns, longest_first


@cache
def _rules() -> dict[str, Any]:
    """The compiled rules of `meeting_rules.json`, by what they read: a meeting's head
    (date, time, place, body), its people (names, roles, honorifics) and who attended;
    every `<name>_regex` of the file under its name."""
    raw = load_patterns("meeting_rules.json")
    return {
        **compiled_regexes(raw),
        **_head_rules(raw),
        **_people_rules(raw),
        **_attendance_rules(raw),
    }


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _head_rules(raw: dict[str, Any]) -> dict[str, Any]:
    """A meeting's head: its date and times, where it was held and which body met (the
    vocabulary of bodies is `pipeline.bodies`')."""
    shared = meeting_patterns()  # what pipeline.documents reads too, compiled there
    return {
        "doc_types": set(raw["meeting_doc_types"]),
        "header_lines": raw["header_search_lines"],
        "held_on": shared["held_on"],
        "location_label": shared["location_label"],
        "place_max_words": raw["place_max_words"],
        "building_word": shared["building_word"],
        "place_word": _rx(raw["place_word_regex"] + "|" + raw["building_word_regex"]),
        "start_cue_reach": raw["start_cue_reach"],
        "portal_name_max_words": raw["portal_name_max_words"],
        "body_spelled_out": {k: _rx(v) for k, v in raw["body_spelled_out"].items()},
        "meeting_joining_words": frozenset(raw["meeting_joining_words"]),
        # one pattern per way a notice words its sitting: their fields have the same names
        "sitting_noticed": [_rx(pattern) for pattern in raw["sitting_noticed"]],
    }


def _people_rules(raw: dict[str, Any]) -> dict[str, Any]:
    """A person as printed: roles, honorifics and titles before a name, where a name list
    runs on or is cut, and the parts after a name (organisation, region, note)."""
    roles = sorted(raw["roles"] + raw["chair_roles"], key=len, reverse=True)
    ranks = raw["military_ranks"]  # as printed (`LtKol`); an honorific in lower case too
    honorifics = sorted(raw["honorifics"] + [r.lower() for r in ranks], key=len, reverse=True)
    capitalised = [h[:1].upper() + h[1:] for h in honorifics] + ranks
    honorific_alt = "|".join(re.escape(h) for h in honorifics)
    academic_alt = "|".join(map(re.escape, raw["academic_titles"]))
    return {
        # `Voorzitter: de heer Jansen`: a role may print as a label with its colon
        # and as a plural heading over several people (`Wethouders:`)
        # `Oud-voorzitter Ton Luijten`: a former function is a role too, not the chair
        # `contactwethouder Roel de Jong`: a compound of a known role is that role too
        "role_re": _rx(_role_pattern(raw, roles)),
        "roles": {r.lower() for r in roles},
        "chair": {c.lower() for c in raw["chair_roles"]},
        "plural_honorific_re": _rx(r"^(" + "|".join(raw["plural_honorifics"]) + r")\b"),
        "list_lead_fillers": set(raw["list_lead_fillers"]),
        # `..., heren W.R. Ruifrok (PvdA), ...`: inside a list a plural honorific may open an
        # item without its article; only there, as `de heren` stays one honorific elsewhere
        # `dhr.drs. J.P.J. Lokker`: a typist may glue the academic title to the honorific
        "honorific_re": _rx(
            rf"^({honorific_alt}|{_without_article(raw)})(?=\s|$|(?:{academic_alt})\.)\.?\s*"
        ),
        "academic_re": academic_titles_re(),
        # `... gemeente Bergeijk Mevrouw R. van der Hamsvoord, gemeente Eersel`: a capital
        # honorific inside a line opens the next person of a table flattened to text, an
        # academic title in lower case between it and the initials too (`Dhr. drs. M.H. Mudde`)
        "inline_honorific_re": re.compile(
            r"(?<=[\w).]\s)(?="
            + "|".join(map(re.escape, sorted(capitalised, key=len, reverse=True)))
            + rf")(?=\S+(?:\s+heer)?(?:\s+(?:{academic_alt})\.)*\s+[A-Z])"
        ),
        # `..., dhr. Bos (Tiel), mw. Kok`: an honorific after a list's comma or `en` opens a
        # person of its own
        "listed_honorific_re": _rx(rf"(?:,|\ben)\s+(?:{honorific_alt})(?=[\s.])"),
        # `dhr. Smit (Buren) mw. Kok (Tiel)`: a note closes one person, the comma forgotten;
        # a pattern's text, joined into a list's separators (`_label_line_items`), so matched
        # as cased in the list (a capital honorific is a capital word there already)
        # `(PvdA)de heer R. van Lavieren`, `(CDA). de heer A.C. van t Zelfde`: the space lost
        # or a full stop typed for the comma
        "note_then_honorific": rf"(?<=\))\.? ?(?=(?:{honorific_alt})[\s.])",
        **_name_boundaries(honorifics),
        "particles": {p.lower() for p in raw["name_particles"]},
        "honorific_words": {h.rstrip(".") for h in honorifics} | set(raw["academic_titles"]),
        "academic_alt": academic_alt,
        "noise_max_letters": raw["noise_line_max_letters"],
        "function_roles": raw["function_roles"],
        "function_labels_with_colon": set(raw["function_labels_with_colon"]),
        "function_labels_plural": set(raw["function_labels_plural"]),
        "group_roles": raw["group_roles"],
        "group_member_roles": raw["group_member_roles"],
        "pronouns": set(raw["pronouns"]),
    }


def _attendance_rules(raw: dict[str, Any]) -> dict[str, Any]:
    """Who attended: the labels and columns of attendance lists, where a list ends, and the
    sentences that say who was there, away or came later."""
    return {
        "list_opening_lines": raw["list_opening_lines"],
        "status": [(r["status"], _rx(r["regex"])) for r in raw["status_labels"]],
        "list_end": meeting_patterns()["list_end"],
        "column_headings": {h.lower() for h in raw["column_headings"]},
        "column_heading_kinds": raw["column_heading_kinds"],
        "quantifiers": set(raw["quantifier_words"]),
        "nobody_marks": set(raw["nobody_marks"]),
        "inline_label_words": raw["inline_label_words"],
        "label_qualifiers": raw["label_qualifiers"],
        "inline_function_labels": raw["inline_function_labels"],
        "members_body": raw["members_body"],
        "council_named": _rx(raw["council_named_regex"]),
        "council_named_min": raw["council_named_min"],
        "sentence_leads": [
            (r["status"], r.get("role"), r.get("within", False), _rx(r["regex"]))
            for r in raw["sentence_leads"]
        ],
    }


def _role_pattern(raw: dict[str, Any], roles: list[str]) -> str:
    """A role opening a text: one of the vocabulary or a compound ending in one
    (`contactwethouder`), after a rank (`Eerste schepen`) or an organisation's short name
    (`OCMW-voorzitter`), joined to more by hyphens (`burgemeester-voorzitter`); a former,
    deputy or assistant office is a role of its own (`oud-voorzitter`, `vice-voorzitter`,
    `adjunct-algemeendirecteur`: the rules' `role_prefixes`)."""
    one = (
        r"(?:(?-i:[A-Za-zà-ÿ][a-zà-ÿ]{2,}?)(?:"
        + "|".join(re.escape(h) for h in raw["compound_role_heads"])
        + r")|"
        + "|".join(re.escape(r) for r in roles)
        + r")"
    )
    ranks = "|".join([*(re.escape(r) for r in raw["role_ranks"]), raw["role_rank_regex"]])
    prefixes = "|".join(re.escape(p) for p in raw["role_prefixes"])
    return (
        rf"^((?:{prefixes})?(?:(?:{ranks})\s+)?(?:(?-i:[A-Z]{{2,6}})-)?{one}(?:-{one})*)"
        r"(?:s|en)?\b\.?\s*:?\s*"
    )


def _without_article(raw: dict[str, Any]) -> str:
    """The plural honorifics without their article (`heren`, `dames`), as a regex alternation."""
    bare = (re.sub(r"^de\s+", "", h) for h in raw["plural_honorifics"])
    return longest_first(map(re.escape, bare))


def _name_boundaries(honorifics: list[str]) -> dict[str, re.Pattern[str]]:
    """Where a name list runs on or is cut, from the honorifics vocabulary: one with no
    abbreviated twin is written in full (`mevrouw`, `de heer`), one with its dot is short
    (`dhr.`, `drs.`); no name ends right after either, and a full one in lower case opens
    the next person of a group."""
    in_full = [h for h in honorifics if not h.endswith(".") and f"{h}." not in honorifics]
    short = [h[:-1] for h in honorifics if h.endswith(".")]
    alternatives = longest_first(map(re.escape, in_full))
    not_short = "".join(
        rf"(?<!\b{re.escape(form)})" for h in short if len(h) >= 3 for form in (h, h.capitalize())
    )
    # a period after a word of three letters or more ends a sentence (`... en Jan Bos.`),
    # unless the word is a short honorific or title (`drs.`, `Mevr.`); so does one after a
    # year (`... over het jaar 2020. Een speciaal welkom ...`) or after a name in capitals
    # (`... en W. G. H. ROMBOUTS.-- De voorzitter ...`: no initial is four letters); the dash
    # old minutes put after it is the sentence's too; lookbehinds need one width each
    sentence_end = (
        rf"(?:(?<=[a-z]{{3}}|\b[A-Z][a-z]{{2}}){not_short}|(?<=\))|(?<=\b(?:19|20)\d\d)"
        rf"|(?<=[A-ZÀ-Þ]{{4}}))\.\.?(?:--)?\s+"
    )
    any_honorific = longest_first(map(re.escape, honorifics))
    return {
        "honorific_pair": re.compile(
            rf"^(?P<first>{any_honorific})\s*(?:\+|&|\ben\b)\s*(?P<second>{any_honorific})"
            r"\s+(?P<name>(?-i:[A-Z]).*)$",
            re.IGNORECASE,
        ),
        "next_titled": re.compile(rf"\s+(?=(?:{alternatives})\s)"),
        "cut_name": re.compile(
            rf"(?:\b(?:{'|'.join(map(re.escape, short))})\.|\b[A-Z]\.|\s(?:{alternatives}))$"
        ),
        "sentence_end": re.compile(sentence_end),
        # where the clause naming someone starts: after a sentence, a colon or a bullet
        "clause_start": re.compile(r"[:;*•]\s+|" + sentence_end),
    }
