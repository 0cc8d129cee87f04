"""Meetings reported in prose: a news item, web post or short report that tells a talk, a
working visit or a meeting in its sentences instead of recording it in minutes.

A sentence tells a meeting when it names a meeting or a talk (`werkbezoek`, `bestuurlijk
overleg`, `sprak met`) or one office-holder receiving another (`ontving minister B`), tells
it as done (a past verb, a perfect or a day before the posting) and the clause naming it
does not plan, wish, cancel or deny it; a sentence telling a body's act in its sitting on a
day told as news tells one tells that sitting (`Donderdag stemde een meerderheid van de
algemene vergadering tegen het voorstel`: the body's, nobody recorded as taking part; see
`_sitting_by_act`). A report tells its meeting in its lead (one of the
first prose paragraphs). Sentences without a date of their own go on about the meeting told
before them; a sentence with another date tells another meeting, and so does one opening
with another part of the day or the next item of a visit's programme (`Daarna had hij ...`:
the visitor took part), and so does a later paragraph opening with the place of a visit's
next stop (`In Wageningen bezocht hij ...`: the visitor there too). A meeting is recorded
only when the text says who took part, when, where or which body met:

- who: the people named by office in the paragraphs that tell it (`de Elburgse wethouder
  Henk Wessel en gedeputeerde Conny Bieze`, `informateurs A en B`, `Kamerleden: A en B`,
  `Jan Bos (dijkgraaf)`, `Henk Kamp, minister van ...`), in a headline naming it, the other
  party its sentences name (`sprak met Jan Bos van de Dorpsraad`) and the people the report
  says were present (`De aanwezige wethouder X`, `X is aanwezig`, `Daarbij waren aanwezig A`);
  or an office or body alone as the other party (`het gesprek met de burgemeester`, `met
  gemeente Bergen`): the meeting is recorded, without a name to record;
- when: a date printed with its year (`maandag 7 november 2022`), a day without its year
  in an item with a printed posting date (the last such day before it), or the posting date
  of `vanavond`, `vandaag`; a day told without any year to give it (`Op vrijdagochtend 30
  maart ...` in an item without a posting date) dates the meeting too, but is not printed:
  it tells it apart from a meeting of another day, the meeting itself stays undated, unless
  a heading naming the meeting gives the year (`ALV 2023`, `documents.heading_year`);
- where: the place it was held (`een wijkbezoek in de Burgemeesterswijk`);
- which body: one the sentence says met or whose meeting it names (`is de Stuurgroep bijeen
  geweest`, `de oprichtingsvergadering van de Dorpsraad X`).

The place is the one a sentence opens with, a visit went to or the meeting was held in,
else the building a sentence puts it in (`werd in de raadszaal een overleg gehouden`).
Rules are data in `patterns/talk_rules.json`; the offices are the attendance lists' `roles`
(`patterns/meeting_rules.json`) and public offices; honorifics name people without one.

`recorded_or_reported` decides, per document, between the meetings the minutes reader read
from a record and the talks its prose reports (a document with no record, or a record that
gives no date and nobody present, is read as reported talks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc

from pipeline.bodies import body_as_subject, body_named
from pipeline.dates import DATE_RE, parse_date, weekday_year_date
from pipeline.docmodel import Line, doc_text, evidence_box, page_lines
from pipeline.documents import context_year, heading_year, is_contents, without_file_stamp
from pipeline.meetings import particles_alternation, without_notes
from pipeline.meetings.names import initials
from pipeline.nlp import load_patterns, split_sentences

#: the documents that report: a news item or web post (`other`), a report; a letter or an
#: e-mail tells its addressee about a talk on their case, a memo prepares a decision with the
#: talks behind it: the release records those meetings elsewhere, if at all
_REPORTS = {"other", "report"}
#: a report tells its meeting in its lead: one of its first prose paragraphs (a photo caption
#: may come first; a quote, who said it and the background may too: `'...' Dat zegt X over de
#: afwezigheid van Y bij het overleg.`); a talk told only further down is background to
#: something else
_LEAD_PARAGRAPHS = 4
#: the headline and the lead (the first prose paragraph), where a report of one sitting
#: names the body that sat
_BODY_LEAD_PARAGRAPHS = 1
#: a paragraph with more words than a heading is prose
_HEADING_WORDS = 12


@cache
def _rules() -> dict[str, Any]:
    raw = load_patterns("talk_rules.json")
    meeting = load_patterns("meeting_rules.json")

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    named = _naming_patterns(raw, meeting)

    return {
        "cue": rx(raw["talk_cue_regex"]),
        "received": rx(raw["received_regex"]),
        "done": rx(raw["talk_done_regex"]),
        "not_done": rx(raw["talk_not_done_regex"]),
        "clause_break": rx(raw["clause_break_regex"]),
        "present": rx(raw["talk_present_regex"]),
        "deictic_day": rx(raw["deictic_day_regex"]),
        "other_time": rx(raw["other_time_regex"]),
        "stop_opening": rx(raw["stop_opening_regex"]),
        "step": rx(raw["programme_step_regex"]),
        "subject": rx(raw["subject_pronoun_regex"]),
        "body_met": rx(raw["body_met_regex"]),
        "sitting_by_act": rx(raw["sitting_by_act_regex"]),
        "sitting_named": rx(raw["sitting_named_regex"]),
        "between_parties": rx(raw["between_parties_regex"]),
        "office_names": named.by_office,
        "partner": named.partner,
        "party_listed": named.party_listed,
        "party_unnamed": named.party_unnamed,
        "office_alone": named.office_alone,
        "party_list": rx(raw["party_list_regex"]),
        "speaker": named.speaker,
        "of_body": rx(raw["of_body_regex"]),
        "offices": _offices(raw, meeting),
        "proposers_before": rx(raw["proposers_before_regex"]),
        "not_names": set(raw["not_names"]),
        "not_name_starts": set(raw["not_name_starts"]) | set(meeting["pronouns"]),
        "particles": {p.lower() for p in meeting["name_particles"]},
        "organisation": rx(meeting["organisation_prefix_regex"]),
        "organisation_before": rx(meeting["organisation_prefix_regex"].removeprefix("^") + r"\s+$"),
        "plural_titles": set(meeting["plural_honorifics"]),
        "fronted_place": rx(raw["fronted_place_regex"]),
        "visited_place": rx(raw["visited_place_regex"]),
        "held_place": rx(raw["held_place_regex"]),
        "held_before_place": rx(raw["held_before_place_regex"]),
        "visited_object": rx(raw["visited_object_regex"]),
        "building_place": rx(raw["building_place_regex"]),
        "place_joins": set(raw["place_joins"]),
        "building": rx(meeting["building_word_regex"]),
        "calendar": rx(raw["calendar_word_regex"]),
    }


def _offices(raw: dict[str, Any], meeting: dict[str, Any]) -> dict[str, str]:
    """Each printed office in lower case (singular and plural) -> the office as one holds it."""
    offices = {role.lower(): role for role in meeting["roles"]}
    offices |= {plural.lower(): single for plural, single in meeting["group_roles"].items()}
    for single, plural in raw["public_offices"].items():
        offices |= {single.lower(): single, plural.lower(): single}
    return offices


class _NamingPatterns(NamedTuple):
    """How a news item names people (`_naming_patterns`)."""

    by_office: list[re.Pattern[str]]  # with their office or an honorific
    partner: re.Pattern[str]  # a talk's other party, by name alone
    party_listed: re.Pattern[str]  # people listed by name, each with their party or a note
    party_unnamed: re.Pattern[str]  # a talk's other party by office or body alone
    speaker: re.Pattern[str]  # who a quote is attributed to
    office_alone: re.Pattern[str]  # one of a talk's parties by office, no name after it


class _NameParts(NamedTuple):
    """The pieces, as regex source, that `_naming_patterns` composes."""

    office: str  # an office, printed as `printed`, its role as `office`
    alternatives: str  # the printed offices, longest first
    word: str  # one capitalised word of a name, initials before it
    name: str  # a name of up to four words, particles between them
    names: str  # names with their parties, in a list (`A, B en C`), as `names`
    listed: str  # a name with a word before it or a note after it
    noted: str  # a name with a note in brackets after it
    party: str  # a party in brackets after a name
    two_words: str  # a name of two or three words
    title: str  # an honorific
    organisation: str  # a body's type (`gemeente`, `provincie`)
    end: str  # the end of a word


def _name_parts(raw: dict[str, Any], meeting: dict[str, Any]) -> _NameParts:
    """Offices, names and lists of names as regex source (see `_naming_patterns`)."""
    printed = sorted(_offices(raw, meeting), key=len, reverse=True)
    heads = "|".join(re.escape(h) for h in meeting["compound_role_heads"])
    alternatives = "|".join(map(re.escape, printed))
    office = (
        rf"(?i:\b(?:\w+-)*(?P<printed>(?P<office>(?:{alternatives}|[a-z]{{3,}}(?:{heads}))"
        r"(?:-generaal)?)(?:s|en)?))"
    )
    particle = particles_alternation()
    # a name's words have lower-case letters: `directeur Hans Teegelbeckers van VOS/ABB`; a
    # word before a colon and a number is the next label of a header (`Adviseur: Paul van
    # Soomeren Telefoon: 020 6257537`); an acronym's compound is a thing or a body, not a
    # surname (`burgemeester Remkes op ZKD-bedrijventerrein`, `DSP-groep`)
    word = (
        rf"(?:{initials(None)})?(?![A-Z]{{2,}}-)[A-ZÀ-Ý](?=[\w'’-]*[a-zà-ÿ])[\w'’-]+"
        r"(?!\w|:\s*[\d+(])"
    )
    place = raw["place_after_name_regex"]  # `Bongers in Kelpen-Oler`: a place, not a surname
    name = rf"{word}(?:\s+(?:(?!{place})(?:{particle})\s+)*{word}){{0,3}}"
    end = r"(?![\w'’-])"
    party = r"\s*\((?-i:[A-Z0-9])[^()]{0,30}\)"
    held = rf"{name}(?:{party})?"
    # `de heren Rutte, Buma en Segers`, `mevrouw Bos`: a bare two-letter abbreviation
    # (`hr`, `mw`) is as often an acronym
    titles = [t for t in meeting["honorifics"] if len(t) > 2 or t.endswith(".")]
    return _NameParts(
        office=office,
        alternatives=alternatives,
        word=word,
        name=name,
        names=rf"(?P<names>{held}(?:\s*,\s*{held})*(?:\s+en\s+{held})?){end}",
        listed=rf"(?:[a-z][\w-]*\s+)?{name}(?:\s*\([^()]{{1,40}}\))?",
        noted=rf"(?:[a-z][\w-]*\s+)?{name}\s*\([^()]{{1,40}}\)",
        party=party,
        two_words=rf"{word}(?:\s+(?:(?!{place})(?:{particle})\s+)*{word}){{1,2}}",
        title="|".join(map(re.escape, sorted(titles, key=len, reverse=True))),
        organisation=meeting["organisation_prefix_regex"].removeprefix("^"),
        end=end,
    )


def _portfolio(word: str) -> str:
    """The office's portfolio or body between it and the name, without a comma: `minister
    van Buitenlandse Zaken Stef Blok`, `directeur-generaal van het katholiek onderwijs Lieven
    Boeve`: capitalised words (and `en`), or a few lower-case ones after `de`/`het`; not
    capitalised ones after it (`voorzitter van de Landelijke Klachtencommissie Onderwijs`: a
    body's name)."""
    caps = rf"{word}\s+(?:en\s+)?"
    small = r"(?:aan|in|op|bij|met|voor|van|te|naar|over|uit|door|en)\b"
    return (
        rf"van\s+(?:(?:de|het)\s+(?:(?!{small})[a-z][\w-]*\s+){{1,2}}"
        rf"|(?!(?:De|Het)\s)(?:{caps}){{1,4}})"
    )


def _by_office(
    n: _NameParts, raw: dict[str, Any], meeting: dict[str, Any]
) -> list[re.Pattern[str]]:
    """People named with their office or an honorific (see `_naming_patterns`)."""
    particle = particles_alternation()
    # a person by what they do (`gezaghebber Edison Rijna`, `de diplomaat Diana Duttenhofer`):
    # a name of two or more words after it, not opened by a particle (`krant De Telegraaf`)
    agent = rf"(?!{n.organisation}|{meeting['building_word_regex']})(?-i:{raw['agent_noun_regex']})"
    return [
        re.compile(rf"{n.office}\s*:?\s+{n.names}"),
        re.compile(
            rf"(?<![\w-])(?P<printed>(?P<office>{agent}))\s+(?!(?:{particle})\s)"
            rf"(?P<names>{n.two_words}){n.end}"
        ),
        # the name of two or three words (`burgemeester van Utrecht Centraal`: none)
        re.compile(
            rf"{n.office}\s+{_portfolio(n.word)}(?P<names>{n.two_words}){n.end}(?!\s+[A-ZÀ-Ý])"
        ),
        re.compile(rf"(?i:\b(?P<title>{n.title}))(?:(?<=\.)\s*|\s+){n.names}"),
        re.compile(rf"(?P<names>{n.name})\s*\(\s*{n.office}\s*\)"),
        # `Henk Kamp, minister van ...`; `Ina Adema (VVD) burgemeester van Veghel`: the party
        # in brackets between the name and the office; an office before a name is that
        # name's (`De minister van Defensie, ambassadeur Anna Wit`)
        re.compile(
            rf"(?P<names>{n.name})(?:,|{n.party}\s*,?)\s+(?:de\s+|het\s+)?{n.office}{n.end}"
            r"(?!\s+[A-ZÀ-Ý])"
        ),
        # the name as an apposition after the office and its body: `de burgemeester van
        # Zeist, Koos Janssen,`; not an office-holder named next (`De minister van Defensie,
        # ambassadeur A`: A is named by the office before them)
        re.compile(
            rf"(?i:\b(?:de|het)\s+){n.office}(?:\s+van\s+(?:de\s+|het\s+)?(?:[a-z]+\s+)?"
            rf"{n.word}(?:\s+{n.word}){{0,3}})?\s*,\s+(?!(?i:(?:{n.alternatives})\b))"
            rf"(?P<names>{n.name}){n.end}"
        ),
    ]


def _unnamed_office(n: _NameParts) -> re.Pattern[str]:
    """`de burgemeester van de gemeente Maasdriel`, `de uitbater van het café`, `de
    Parkmanager`: an office in the singular, no name after it nor as an apposition (`de
    burgemeester, dhr. Poppens`); not one's possession (`het kantoor van de burgemeester`)."""
    return re.compile(
        rf"(?i:(?:^|\s)(?<!\bvan\s)(?:de|het)\s+){n.office}{n.end}(?!\s+{n.word})"
        rf"(?:\s+van\s+(?i:de\s+|het\s+)?(?i:{n.organisation}\s+)?"
        rf"(?P<organisation>{n.word}(?:\s+{n.word}){{0,2}}))?+"
        rf"(?!\s*,\s*(?:(?i:{n.title})\.?\s*|(?i:{n.alternatives})\s+)?{n.word})"
    )


def _naming_patterns(raw: dict[str, Any], meeting: dict[str, Any]) -> _NamingPatterns:
    """The ways a news item names people with their office: the office before the names
    (`wethouder Henk Wessel`, `informateurs Ewald van Vliet en Marijke Kleijweg`, `Kamerleden:
    A en B`), after the name in brackets (`Klaas Overbeek (raadsadviseur)`) or as an apposition
    (`Henk Kamp, minister van Economische Zaken`, `Ina Adema (VVD) burgemeester van Veghel`);
    the office in any case, a compound of a role head included (`raadsadviseur`), after a
    party or body (`VVD-raadslid`, `OCMW-voorzitter`), each name capitalised, a party in
    brackets after it (`Kamerleden Anna Bos (VVD) en Piet Mol (CDA)`); or by an honorific,
    without an office (`met u en de heren Rutte, Buma en Segers`). Apart from these: the other
    party of a talk, by name alone (`een gesprek gevoerd met Paul van Soomeren van
    DSP-groep`), and people listed by name with their party (`Daarbij waren ook A (SP) en B
    (PvdA)`)."""
    n = _name_parts(raw, meeting)
    listed, noted = n.listed, n.noted
    return _NamingPatterns(
        _by_office(n, raw, meeting),
        # `met wethouder Wim Hollart, Klaas Overbeek (raadsadviseur) en Gerard van der Lubbe
        # (Trilokaal)`: each name with a word before it or a note after it
        re.compile(rf"\bmet\s+(?P<names>{listed}(?:\s*,\s*{listed})*(?:\s+en\s+{listed})?){n.end}"),
        # `Bij het overleg waren ook Robert Brand (SP) en Canan Uyar (PvdA)`: two or more,
        # each with a party or a note (without one a list of names is as often of bodies or
        # places: `bij Science Park en Economic Board Utrecht`)
        re.compile(rf"(?P<names>{noted}(?:\s*,\s*{noted})*\s+en\s+{noted})"),
        # `een gesprek met de burgemeester (van Zeist)`, `met de informateur`, `gesprek gehad
        # waarbij de schepen ...`: an office no name follows (`met burgemeester Jan Bos` names
        # one); `met gemeente Deventer`, `met de provincie`: a body
        re.compile(
            rf"(?i:\bmet\s+(?:de\s+|het\s+)?|\b(?:de|het)\s+){n.office}{n.end}(?!\s+{n.word})"
            rf"|(?i:\bmet\s+(?:de\s+|het\s+)?(?:{n.organisation}))"
        ),
        # `"...", zegt juf Kyara Verpoest`: the one name after the verb, a word before it
        re.compile(rf"(?i:{raw['speaker_regex']})(?P<names>{listed}){n.end}"),
        _unnamed_office(n),
    )


class _Told(NamedTuple):
    """A sentence with the line it starts on and the number of prose paragraphs before it."""

    line: Line
    text: str
    paragraph: int
    prose_before: int


def _sentences(lines: list[Line]) -> Iterator[_Told]:
    """Each sentence of each paragraph (lines between blank ones) with the line it starts on:
    a sentence may run over several lines of a page."""
    paragraph: list[Line] = []
    prose = 0
    for number, line in enumerate([*lines, Line(0, "", None)]):
        if line.text and not is_contents(line.text):  # the titles of the pieces after it
            paragraph.append(line)
            continue
        starts, text = [], ""
        for part in paragraph:
            starts.append((len(text), part))
            text += re.sub(r"\s+", " ", part.text) + " "
        position = 0
        for sentence in split_sentences(text):
            position = max(text.find(sentence, position), 0)
            first = next(p for k, p in reversed(starts) if k <= position)
            yield _Told(first, sentence, number, prose)
        prose += len(text.split()) > _HEADING_WORDS
        paragraph = []


def _tells_a_meeting(sentence: str) -> bool:
    """A sentence told as done that names a meeting, or one office-holder receiving another, in
    a clause not planning or denying it."""
    rules = _rules()
    if not rules["done"].search(sentence):
        return False
    breaks = [0, *(m.end() for m in rules["clause_break"].finditer(sentence)), len(sentence) + 1]
    for cue in [*rules["cue"].finditer(sentence), *_receptions(sentence)]:
        start = max(b for b in breaks if b <= cue.start())
        end = min(b for b in breaks if b > cue.start())
        if not rules["not_done"].search(sentence[start:end]):
            return True
    return False


def _one_sitting_by_act(sentences: list[_Told]) -> list[_Told]:
    """The sentences telling a body's sitting by its act (`_sitting_by_act`), where they all
    tell the one sitting a news item reports; none where they tell sittings of several days
    (`In de zitting van 14 januari 2020 (jaarnummer 12) keurde het districtscollege de notulen
    ... goed;` and three more, texts174: a by-law's list of sittings, no account of one)."""
    acts = [s for s in sentences if _sitting_by_act(s.text)]
    days = {day for s in acts for day in _days_printed(without_file_stamp(s.text))}
    return acts if len(days) <= 1 else []


def _days_printed(sentence: str) -> set[tuple[int, int]]:
    """The (month, day) of each date `sentence` prints, with its year or without."""
    parsed = (parse_date(m.group(0), context_year=_ANY_YEAR) for m in DATE_RE.finditer(sentence))
    return {(p.value.month, p.value.day) for p in parsed if p is not None}


def _sitting_by_act(sentence: str) -> str | None:
    """The body whose sitting a news item's sentence tells by what the body did in it on a
    day told as news tells one (`sitting_by_act` in talk_rules.json: `Donderdag stemde een
    meerderheid van de algemene vergadering tegen het voorstel`, `De provincieraad van
    Oost-Vlaanderen heeft in zitting van 21 juni subsidies toegekend`), where the sentence
    dates the sitting by day and month or names it a sitting; None otherwise (`De gemeenteraad
    stemde woensdagavond ... in met de voorstellen`: an act, no sitting told)."""
    rules = _rules()
    m = rules["sitting_by_act"].search(sentence)
    if m is None or rules["not_done"].search(sentence):
        return None
    if not (m["day"] or m["sat"] or rules["sitting_named"].search(sentence)):
        return None
    return body_named([sentence])


def _receptions(sentence: str) -> list[re.Match[str]]:
    """Where a sentence tells one office-holder received another (`heeft ambassadeur B
    ontvangen`): only with two people named by office, host and guest; one alone as often
    received a letter or a petition."""
    if len({p["name"] for p in _office_holders(sentence)}) < 2:
        return []
    return list(_rules()["received"].finditer(sentence))


def _names(text: str) -> list[str]:
    """The names of `A, B en C` (a name list after an office)."""
    return [n.strip() for n in re.split(r"\s*,\s*|\s+en\s+", text) if n.strip()]


def _office_holders(sentence: str) -> list[dict[str, Any]]:
    """People named with their office in a sentence (`wethouder Henk Wessel`); a list of names
    after the office in its plural only (`wethouders A en B`; `wethouder A, B (raadsadviseur)`
    names one wethouder)."""
    people = []
    for m in _office_matches(sentence):
        role, plural = _role_of(m)
        if plural and m.start("names") == m.start():
            continue  # `Waterschapsbobo's, wethouders, ...`: kinds listed, not an apposition
        if _rules()["organisation_before"].search(sentence[: m.start("names")]):
            continue  # `Dijkgraaf van Waterschap Brabantse Delta`: the body's name
        if _rules()["proposers_before"].search(sentence[: m.start()]):
            continue  # `Voorstel van wet van de leden Snels en Sneller`: the bill's proposers
        for item in _names(without_notes(m["names"]))[: None if plural else 1]:
            # `voorzitter Aalt Dijkhuizen van het Landbouw Collectief`: the body after the name
            name = _name_of(item) or item
            if _names_a_person(name):
                people.append(_person(name, role))
    return people


def _office_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Each way of naming people by office in a sentence, the names of one running on into
    the next office-holder (`Schepen Els Peeters en OCMW-voorzitter Jan Claes`): searched
    again from the names on."""
    for pattern in _rules()["office_names"]:
        position = 0
        while m := pattern.search(sentence, position):
            yield m
            position = m.start("names") if m.start("names") > m.start() else m.end()


def _role_of(m: re.Match[str]) -> tuple[str | None, bool]:
    """The office a match names people by and whether it names several (its plural); an
    honorific names no office (`de heren A en B`: several, `mevrouw C`: one)."""
    rules = _rules()
    if m.groupdict().get("title"):
        return None, " ".join(m["title"].lower().split()) in rules["plural_titles"]
    office, printed = m["office"].lower(), m["printed"].lower()
    role = rules["offices"].get(office, office)
    return role, printed != office or rules["offices"].get(printed, printed).lower() != printed


def _names_a_person(name: str) -> bool:
    """Not a body or a meeting (`Gedeputeerde Staten`, `lid Algemene Vergadering`; any word
    of it: `Kamer der Staten-Generaal`), nor a
    sentence's first words (`In Utrecht, wethouder Bos ...`), nor an office-holder named by an
    office of their own (`Ambassadeur Albert Ramdin, Adviseur van ...`: named as ambassador)."""
    rules = _rules()
    first = name.split()[0].lower()
    return (
        not set(name.split()) & rules["not_names"]
        and first not in rules["not_name_starts"]
        and first not in rules["offices"]
        and not rules["cue"].search(name)
    )


def _said_present(sentence: str) -> list[dict[str, Any]]:
    """People a sentence says were present: `De aanwezige wethouder X ...` (the one after the
    word), `X en Y zijn aanwezig`, `Voor de partij waren A en B aanwezig`, `Aanwezig waren onder
    meer A en B`: named by office, else by names only, every one of them capitalised."""
    m = _rules()["present"].search(sentence)
    if m is None:
        return []
    if m["lead"]:
        return _office_holders(m["lead"])[:1]
    listed = (m["names"] or m["between"] or m["after"]).rstrip(" .")
    holders = _office_holders(listed)
    items = [x for x in _names(listed) if not any(h["name"] in x for h in holders)]
    offices = [p for x in items for p in _office_alone(x)]
    rest = [_name_of(x) for x in items if not _office_alone(x)]
    return holders + offices + [_person(x, None) for x in rest if x] if all(rest) else []


def _parties_by_office(sentence: str) -> list[dict[str, Any]]:
    """The parties a sentence telling a talk names by office alone, in the list after `met`,
    `tussen`, `door` or a visit verb (`een gesprek tussen de exploitant en de burgemeester`,
    `ontvangen door de burgemeester`, `bezocht een delegatie de burgemeester van de gemeente
    Maasdriel`): one row each, without a name; a plural (`de wethouders`) is a count."""
    lists = [m.span("list") for m in _rules()["party_list"].finditer(sentence)]
    listed = [p for start, end in lists for p in _offices_alone_in(sentence, start, end)]
    # in a talk told as a reception, its host and guest (`werd de gedeputeerde voor een
    # gesprek ontvangen door de burgemeester`)
    return listed + (_offices_alone_in(sentence) if _rules()["received"].search(sentence) else [])


def _offices_alone_in(sentence: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Everyone a sentence names by an office in the singular without a name (between `start`
    and `end`; what follows counts: `de burgemeester, dhr. Poppens` names the holder)."""
    end = len(sentence) if end is None else end
    found = _rules()["office_alone"].finditer(sentence, max(start - 1, 0))
    return [p for m in found if m.start() < end for p in _office_alone(m[0])]


def _office_alone(item: str) -> list[dict[str, Any]]:
    """The one an item of a list names by an office in the singular without a name (`de
    burgemeester van de gemeente Maasdriel`), with the body after it; no one for a plural."""
    m = _rules()["office_alone"].search(item)
    if m is None or _role_of(m)[1]:
        return []
    return [{**_person(None, _role_of(m)[0]), "organisation": m["organisation"]}]


def _talk_partners(sentence: str) -> list[dict[str, Any]]:
    """The people a sentence telling a talk names as its other party or company: `een gesprek
    gevoerd met Paul van Soomeren van DSP-groep`, `sprak met Jan Bos en Els Mol`, `samen met
    wethouder A, B (raadsadviseur) en C (Trilokaal)`."""
    m = _rules()["partner"].search(sentence)
    if m and _rules()["cue"].match(sentence[m.end() :].lstrip()):
        return []  # `De pilot met Ronde Tafel gesprekken`: the name of a kind of talk
    return _people_named(m)


def _party_listed(sentence: str) -> list[dict[str, Any]]:
    """People a sentence lists by name, each with their party or a note (`Daarbij waren ook
    Robert Brand (SP) en Canan Uyar (PvdA)`)."""
    return _people_named(_rules()["party_listed"].search(sentence))


def _speakers(sentence: str) -> list[dict[str, Any]]:
    """The people a sentence quotes (`"...", zegt juf Kyara Verpoest`, `aldus Petra Laros van
    de organisatie`): a report quotes who took part in the meeting it tells."""
    return [p for m in _rules()["speaker"].finditer(sentence) for p in _people_named(m)]


def _people_named(m: re.Match[str] | None) -> list[dict[str, Any]]:
    """The people among the items a match lists, each without a lower-case word before it
    (`wethouder Wim Hollart`): names, not a place, a body or an office."""
    rules = _rules()
    items = [re.sub(r"^[a-z][\w-]*\s+", "", x) for x in _names(m["names"])] if m else []
    named = [_name_of(x) for x in items]
    return [
        _person(x, None)
        for x in named
        # `met De Wolden`, `met Stichting Welzijn Oost`, `met Tweede Kamerleden`: a place, a
        # body or an office
        if x
        and _names_a_person(x)
        and x.split()[0].lower() not in rules["particles"]
        and not rules["organisation"].match(x)
        and not any(p in rules["offices"] for w in x.split() for p in w.lower().split("-"))
    ]


def _name_of(item: str) -> str | None:
    """The name of a person written with the body they come from (`Ap van Straaten van de
    Welzijnsorganisatie Raster`, `Marten Schuttert van de gemeente Deventer (Wijkaanpak)`): the
    first part before `van`, `namens` or `uit` that is a name; else the item if it is one."""
    item = without_notes(item).strip()
    for m in _rules()["of_body"].finditer(item):
        if _is_name(item[: m.start()]):
            return item[: m.start()]
    return item if _is_name(item) else None


def _is_name(text: str) -> bool:
    """Capitalised words with lower-case particles between them (`Jan ten Hoor`), at least two:
    a first word alone is a pronoun or a noun at the start of a sentence as often as a name."""
    words = text.split()
    particles = _rules()["particles"]
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in particles for w in words)
    )


def _person(name: str | None, role: str | None) -> dict[str, Any]:
    return {
        "name": name,
        "role": role,
        "organisation": None,
        "status": "present",
        "redacted": False,
        "is_chair": False,
        "region": None,
    }


#: the day a sentence tells its meeting on: a date, or (month, day) when neither the sentence
#: nor the item's posting line gives its year (`Op vrijdagochtend 30 maart ...`): that day
#: is told, so it dates the meeting and tells it apart from one of another day, unprinted
Day = date | tuple[int, int] | None
#: a leap year to read a day told without one (29 February too)
_ANY_YEAR = 2000


def _sentence_date(sentence: str, document: dict[str, Any]) -> Day:
    """The day a sentence gives its meeting: the first printed with its year, or without one
    in an item with a printed posting date (a report tells a day before it was posted: `9
    oktober` posted on 22 October 2020 is 9 October 2020; without a posting date the day is
    told without its year), else the posting date for `vanavond`, `vandaag`."""
    posted = document.get("doc_date") if not document.get("doc_date_inferred") else None
    yearless: Day = None
    for m in DATE_RE.finditer(sentence):
        parsed = parse_date(m.group(0), context_year=posted.year if posted else _ANY_YEAR)
        if parsed is not None and not parsed.year_inferred:
            return parsed.value
        if parsed is not None and posted:
            return _on_or_before(parsed.value, posted)
        if parsed is not None and yearless is None:
            yearless = (parsed.value.month, parsed.value.day)
    if posted and _rules()["deictic_day"].search(sentence):
        return posted
    return yearless


def _on_or_before(day: date, posted: date) -> date | None:
    """A day of the posting year, or of the year before when it falls after the posting."""
    if day <= posted:
        return day
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


class _Talk(NamedTuple):
    day: Day
    told: list[_Told]
    #: the next item of a visit's programme (`Daarna had hij ...`): the visitor goes on
    next_item: bool = False
    #: an item told in the same sentence as the one before, its subject left out (`vond eerst
    #: een gesprek plaats met de wethouders en daarna in de raadszaal met ...`)
    same_subject: bool = False


def _talks(told: list[_Told], document: dict[str, Any]) -> list[_Talk]:
    """The meetings the sentences tell: a sentence dated otherwise than the meeting before
    it tells another one; an undated one goes on about the meeting before it, unless it opens
    with another part of that day (`Eerder die middag hadden de raadsleden de locatie
    bezocht`, `Daarna had hij een ontmoeting met ...`): another meeting of the same day."""
    talks: list[_Talk] = []
    for whole in told:
        sentence, *steps = _steps(whole)
        talks += _told_in(talks, sentence, document)
        talks += [_Talk(talks[-1].day, [step], True, True) for step in steps]
    return talks


def _told_in(talks: list[_Talk], sentence: _Told, document: dict[str, Any]) -> list[_Talk]:
    """The meetings a sentence adds to `talks` (see `_talks`); one it goes on about is told
    in place."""
    day = _sentence_date(sentence.text, document)
    if talks and day is None and _rules()["other_time"].match(sentence.text):
        return [_Talk(talks[-1].day, [item], True) for item in _programme(sentence)]
    if talks and day is None and _opens_next_stop(sentence, talks[-1]):
        return [_Talk(talks[-1].day, [item], True, True) for item in _programme(sentence)]
    same = next((k for k, t in enumerate(talks) if t.day == day), None) if day else None
    if talks and (day is None or same is not None):
        k = len(talks) - 1 if same is None else same
        talks[k].told.append(sentence)
        if day and talks[k].day is None:
            talks[k] = talks[k]._replace(day=day)
        return []
    return [_Talk(day, [sentence])]


def _opens_next_stop(sentence: _Told, before: _Talk) -> bool:
    """A paragraph after the meeting before's that opens with the place of a visit's next
    stop (`In Wageningen bezocht hij ...`): the stops of a visit told one a paragraph, each
    its own meeting with the visitor (`stop_opening`)."""
    new_paragraph = sentence.paragraph != before.told[-1].paragraph
    return new_paragraph and bool(_rules()["stop_opening"].match(sentence.text))


def _steps(sentence: _Told) -> list[_Told]:
    """A sentence cut before each clause that tells the next item of a visit's programme
    with its own party (`vond eerst een gesprek plaats met enkele wethouders en daarna in de
    raadszaal met een delegatie`, `..., vervolgens met de fractievoorzitters`): each item
    another meeting (`sprak met A, vervolgens met B en tot slot met C`: three), the sentence
    before it telling a talk."""
    rules, text = _rules(), sentence.text
    starts = [0]
    for m in rules["clause_break"].finditer(text):
        clause = text[m.end() :]
        if rules["step"].match(clause) and rules["cue"].search(text[: m.start()]):
            starts.append(m.end())
    ends = [*starts[1:], len(text)]
    return [sentence._replace(text=text[a:b].strip()) for a, b in zip(starts, ends, strict=True)]


def _programme(sentence: _Told) -> list[_Told]:
    """The items of a visit's programme a sentence lists, each another meeting: a clause that
    opens with a past verb of its own and names another talk (`Daarna had hij een ontmoeting
    met de fractievoorzitters en ging hij in gesprek met ...`); a list of people (`met A en
    B`) or a relative clause (`..., die ...`) goes on about the talk before it."""
    rules, text = _rules(), sentence.text
    starts = [0]
    for m in rules["clause_break"].finditer(text):
        clause = text[m.end() :]
        told = rules["done"].match(clause) and rules["cue"].search(text, m.end())
        if told and rules["cue"].search(text[starts[-1] : m.start()]):
            starts.append(m.end())
    ends = [*starts[1:], len(text)]
    return [sentence._replace(text=text[a:b].strip()) for a, b in zip(starts, ends, strict=True)]


def _visitor(talk: _Talk, before: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The one a visit's next item is told about by a pronoun as its subject (`Daarna had hij
    een ontmoeting met ...`) or the subject of the sentence it is told in (`vond eerst een
    gesprek plaats met A en daarna met B`): of the people of the meeting before it, the one
    the report names most often (`text`: its prose), the first of them on a tie; the one who
    greeted the visitor is named once."""
    subject = talk.same_subject or _rules()["subject"].match(talk.told[0].text)
    if not (talk.next_item and before and subject):
        return []
    visitor = max(before, key=lambda p: text.count(_mention(p)))
    return [{k: v for k, v in visitor.items() if k != "meeting_id"}]


def _talk_people(talk: _Talk, sentences: list[_Told], claimed: set[int]) -> list[dict[str, Any]]:
    """The people named by office in the paragraphs that tell the meeting (`..., zoals
    burgemeester X het bij aanvang aangaf`) or with their party (`A (SP) en B (PvdA)`), each
    paragraph for the first meeting it tells (a later one: its own sentences), and the other
    party its sentences name (`sprak met Jan Bos`)."""
    paragraphs = {s.paragraph for s in talk.told} - claimed
    claimed |= paragraphs
    partners = [p for s in talk.told for p in _talk_partners(s.text) + _parties_by_office(s.text)]
    told = [s.text for s in sentences if s.paragraph in paragraphs]
    named = [p for s in told for p in _office_holders(s) + _party_listed(s) + _speakers(s)]
    # a paragraph claimed by a meeting before: the people the meeting's own sentences name
    # (`Vervolgens woonde de heer Cornielje een raadsvergadering bij`)
    own = [p for s in talk.told if s.paragraph not in paragraphs for p in _office_holders(s.text)]
    return named + own + partners


def _mention(person: dict[str, Any]) -> str:
    """How a report mentions a person again: by surname, or by the office of one without a
    name (`de commissaris van de Koning`)."""
    return person["name"].split()[-1] if person["name"] else person["role"]


def _distinct(people: list[dict[str, Any]], meeting_id: str) -> list[dict[str, Any]]:
    """Each person once (`wethouder Henk Wessel` and `wethouder Wessel`): the fullest name,
    with the office any mention gives (`met Jan Bos` and `adviseur Jan Bos`); one named by
    office alone (`de burgemeester`) once, and not where the meeting names who holds it."""
    out: dict[str, dict[str, Any]] = {}
    held = {(p["role"] or "").lower() for p in people if p["name"]}
    for person in people:
        if person["name"] is None and person["role"].lower() in held:
            continue
        key = _mention(person).lower()
        kept = out.get(key, {})
        longer = len(person["name"] or "") > len(kept.get("name") or "")
        first, other = (person, kept) if longer or not kept else (kept, person)
        out[key] = {**first, "meeting_id": meeting_id, "role": first["role"] or other.get("role")}
    return list(out.values())


def recorded_or_reported(
    doc: Doc, found: list[dict], participants: list[dict]
) -> tuple[list[dict], list[dict]]:
    """(meetings, participants) of a document, from those the minutes reader read in it
    (`found`, `participants`: `pipeline.meetings.extract_meetings`): where it read no
    record (no minutes, agenda or list), the talks and visits the document's prose reports;
    where it read one record without its date or anyone present (`_unread_record`: a news
    item telling a talk or visit in prose, typed a record for its account of a meeting),
    the talks between parties its prose tells, if it tells any; else the record's own."""
    if not found:  # no minutes, agenda or list: a talk or visit a news item reports
        found, participants = reported_meetings(doc)
    elif _unread_record(found, participants):
        # a news item telling a talk or visit in prose, typed a record for its account of a
        # meeting: its talks, each with its parties, where it tells one
        told, people = reported_meetings(doc, talks_only=True)
        if len(told) == 1:  # the hour the record was read with is the talk's
            times = ("start_time", "end_time")
            told = [told[0] | {k: found[0][k] for k in times if told[0][k] is None}]
        if told:
            found, participants = told, people
    return found, participants


def _unread_record(found: list[dict], participants: list[dict]) -> bool:
    """One meeting read from a record without its date or anyone present: what minutes
    print above all is missing."""
    return len(found) == 1 and found[0]["meeting_date"] is None and not participants


def reported_meetings(doc: Doc, talks_only: bool = False) -> tuple[list[dict], list[dict]]:
    """(meetings, participants) that a document's prose reports (see the module's doc);
    `talks_only`: in any document, the talks and visits between parties it tells, not a
    body's sitting (a record of which the minutes reader read nothing:
    `recorded_or_reported`)."""
    document = doc._.document
    if not (talks_only or document.get("doc_type") in _REPORTS) or not doc._.pages:
        return [], []
    sentences = list(_sentences(page_lines(doc)))
    by_act_told = _one_sitting_by_act(sentences)
    told = [s for s in sentences if _tells_a_meeting(s.text) or s in by_act_told]
    if talks_only and not any(_rules()["between_parties"].search(s.text) for s in told):
        return [], []  # `hadden we onze ledenvergadering`: the body's account of its sitting
    if not any(s.prose_before < _LEAD_PARAGRAPHS for s in told):
        return [], []
    present = _headline_people(sentences) + [p for s in sentences for p in _said_present(s.text)]
    meetings: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    claimed: set[int] = set()
    talks = _talks(told, document)
    prose = " ".join(s.text for s in sentences)
    year = _heading_year(doc) if any(isinstance(t.day, tuple) for t in talks) else None
    for talk in talks:
        before = [p for p in people if meetings and p["meeting_id"] == meetings[-1]["meeting_id"]]
        # told only by a body's act in its sitting: the people it names acted, none took part
        by_act = all(s in by_act_told and not _tells_a_meeting(s.text) for s in talk.told)
        who = [] if by_act else _talk_people(talk, sentences, claimed)
        who += (present if not meetings else []) + _visitor(talk, before, prose)
        if not (who or talk.day or _where_or_which(talk) or _party_unnamed(talk)):
            continue  # a meeting told in passing, without who, when, where or the body that met
        row = _meeting_row(document, talk, len(meetings) + 1, year, doc_text(doc))
        if len(talks) == 1 and not by_act:  # one meeting: the office-holders it names acted in it
            who += [p for s in sentences for p in _office_holders(s.text) + _speakers(s.text)]
            row["body"] = row["body"] or _body_of_lead(talk, sentences)
        meetings.append(row)
        people += _distinct(who, meetings[-1]["meeting_id"])
    return meetings, people


def _body_of_lead(talk: _Talk, sentences: list[_Told]) -> str | None:
    """The body a report of one sitting names as the subject of its headline or lead, where
    no sentence telling the sitting says which body met: a news item on a council's sitting
    opens on the council (`Gemeenteraad kende geen rustig verloop`, `Raad neemt in
    sneltreinvaart 7 besluiten`, `De gemeenteraad vanavond was al niet bepaald een verheven
    vertoning`), and the sentence it tells the sitting by names only what was done in it
    (`... nader te bekijken op de commissievergadering`). None for a talk between parties
    (`in een gesprek met het presidium`): the body the lead opens on is one of them."""
    if any(_rules()["between_parties"].search(s.text) for s in talk.told):
        return None
    lead = (s.text for s in sentences if s.prose_before < _BODY_LEAD_PARAGRAPHS)
    return next((body for text in lead if (body := body_as_subject(text))), None)


def _where_or_which(talk: _Talk) -> bool:
    """The body that met or the place the meeting it names was held at (`Zaterdag hadden we
    weer een wijkbezoek in de Burgemeesterswijk`): a meeting held somewhere, not one told in
    passing; a place the sentence opens with is where something else happened as often (`In
    Houten zijn raadsvragen gesteld over ... gesprekken tussen ...`)."""
    told = [s.text for s in talk.told]
    return _body(told) is not None or _place(told, ("visited_place",)) is not None


def _party_unnamed(talk: _Talk) -> bool:
    """Whether a sentence telling the talk names its other party by office or body alone
    (`een verslag van het gesprek met de burgemeester`, `een gesprek gehad met gemeente`):
    a talk with someone, not one told in passing, though no name can be recorded."""
    return any(_rules()["party_unnamed"].search(s.text) for s in talk.told)


def _headline_people(sentences: list[_Told]) -> list[dict[str, Any]]:
    """The office-holders a headline that names a meeting puts in it (`Minister Anne Vos op
    werkbezoek in Hoorn`): the first line, a heading above the prose."""
    if not sentences or sentences[0].prose_before:
        return []
    head = sentences[0].text
    if len(head.split()) > _HEADING_WORDS:
        return []
    return _office_holders(head) if _rules()["cue"].search(head) else []


def _meeting_row(
    document: dict[str, Any], talk: _Talk, n: int, year: int | None, text: str
) -> dict[str, Any]:
    """The meeting a talk tells; a day told without its year (`Op dinsdag 16 januari jl.`)
    in the year a heading naming the meeting prints (`heading_year`: `Bijzondere
    ledenvergadering 2024`), else in the year its weekday fixes (`_weekday_year`), else
    undated."""
    line = talk.told[0].line
    day = talk.day if isinstance(talk.day, date) else _in_year(talk.day, year)
    if day is None and isinstance(talk.day, tuple):
        day = _weekday_year(talk.day, talk, text)
    return {
        "meeting_id": f"{document['document_id']}-t{n}",
        "document_id": document["document_id"],
        "source_id": document["source_id"],
        "page_no": line.page_no,
        "body": _body([s.text for s in talk.told]),
        "meeting_date": day,
        "start_time": None,
        "end_time": None,
        "location": _place([s.text for s in talk.told]),
        "date_year_inferred": day is not None and not isinstance(talk.day, date),
        **evidence_box([line.span], line.page_no),
    }


def _heading_year(doc: Doc) -> int | None:
    """The year a heading naming the meeting gives (`ALV 2023`), where the text prints no
    whole date to take it from."""
    if context_year(doc_text(doc)) is not None:
        return None
    return heading_year([line.text for line in page_lines(doc) if line.text])


def _weekday_year(day: tuple[int, int], talk: _Talk, text: str) -> date | None:
    """A (month, day) a sentence tells with its weekday (`Op woensdag 15 november vond een
    vergadering plaats`) in the one year near those the text names in which it falls on that
    weekday (`dates.weekday_year_date`: `November 2023: ...` below it)."""
    # a corpus's stamp (` date 2024-12`) dates the stored file, not the sitting: no year
    printed = "\n".join(without_file_stamp(x) for x in text.splitlines())
    fits = weekday_year_date([s.text for s in talk.told], printed)
    return fits if fits is not None and (fits.month, fits.day) == day else None


def _in_year(day: tuple[int, int] | None, year: int | None) -> date | None:
    """A (month, day) told without its year, in `year`; None without one."""
    if day is None or year is None:
        return None
    try:
        return date(year, *day)
    except ValueError:  # 29 February of a common year
        return None


def _body(sentences: list[str]) -> str | None:
    """The body a sentence telling the meeting says met (`is de Stuurgroep bijeen geweest`) or
    whose meeting it was (`de oprichtingsvergadering van de Dorpsraad X`)."""
    for sentence in sentences:
        if m := _rules()["body_met"].search(sentence):
            return next(body for body in m.groupdict().values() if body)
    return next((body for x in sentences if (body := _sitting_by_act(x))), None)


def _place(
    sentences: list[str],
    kinds: tuple[str, ...] = (
        "fronted_place",
        "visited_place",
        "held_place",
        "held_before_place",
        "visited_object",
        "building_place",
    ),
) -> str | None:
    """Where the meeting was: the place a sentence telling it opens with (`Op Farm Nescio in
    Bleskensgraaf sprak hij ...`, `EEN – In dorpshuis De Schans te Een stond ...`), else the
    place a visit went to or the meeting it names was held in (`bracht een werkbezoek aan Den
    Haag`, `was het eerste spreekuur in het Dorpshuis in Harmelen`), where it took place or
    its guest was received (`ontvangen op het Ministerie van Buitenlandse Zaken`, `op Paleis
    Huis ten Bosch ontvangen`), what a
    visit verb says was visited (`bezocht wethouder A het bedrijf Burgers Staal`), else the
    building a sentence telling it puts it in (`werd in de raadszaal een nieuwe vorm van
    overleg gebruikt`)."""
    rules = _rules()
    for key in kinds:
        for sentence in sentences:
            m = rules[key].search(sentence)
            if m and (place := _place_name(m["place"].split())):
                return place
    return None


def _place_name(words: list[str]) -> str | None:
    """The name of a place at the start of `words`: capitalised words and the small words
    that join them (`Farm Nescio in Bleskensgraaf`), after a building (`dorpshuis De Schans`)
    or a building alone (`raadszaal`, `gemeentehuis`: the gold writes it so); a date or a day
    is no place."""
    rules = _rules()
    taken: list[str] = []
    if words[:1] in (["het"], ["de"]):  # `In het stadhuis van Hoorn`
        words = words[1:]
    for k, word in enumerate(words):
        letters = word.lstrip("‘'\"“(")
        if letters[:1].isupper() and not rules["calendar"].match(letters):
            taken.append(word)
        elif taken and word.lower() in rules["place_joins"]:
            taken.append(word)
        elif k == 0 and rules["building"].fullmatch(word.rstrip(",.;:")):
            taken.append(word)
        else:
            break
    while taken and taken[-1].lower() in rules["place_joins"]:
        taken.pop()
    return " ".join(taken).rstrip(",.;:") or None
