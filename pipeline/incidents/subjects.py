"""What a document counts: data leaks, and Woo/Wob requests, complaints or integrity reports
where the document is about those (its type, title, headings and cues), and the rows each
subject keeps."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from spacy.tokens import Doc

from pipeline.dates import MONTHS_EN, MONTHS_NL
from pipeline.documents import PROSE_LINE_WORDS
from pipeline.incidents.ap import _AP_HINT
from pipeline.incidents.numbers import _LISTED_COUNT
from pipeline.incidents.records import _Sentence
from pipeline.incidents.vocab import (
    LEAK,
    PATTERN_FILE,
    _alt,
    _item_nouns,
    _names_the_items,
    _rough_before,
    _vocab,
    _words_alt,
)
from pipeline.nlp import load_patterns

#: the categories a count of requests, complaints or integrity reports has: the kinds of
#: data leak (`verkeerde ontvanger`, `bij de AP`) are no kinds of those
OTHER_SUBJECT_CATEGORIES = ("total", "other")


def _own_subject_rows(rows: list[dict], shared: bool) -> list[dict]:
    """A request, complaint or integrity-report pass keeps totals and named kinds; in a
    document with several subjects only figures whose sentence names the subject's own
    noun or a compound of it (`91 dekenbezwaren`; a data-leak report's `Waarvan 31 in de
    categorie ...` is the leaks'), or that go on a ranked list of units whose first sentence
    names it (`listed`).

    Requests and complaints are counted when received; the same items counted later, when
    handled or judged (`239 klachten werden binnen zes weken afgewikkeld`), are a stage of
    them, kept only where the text gives no received count for that period and unit
    (`In 2014 handelden we 8.645 klachten af` as the year's only count)."""
    rows = [
        row
        for row in rows
        if row["category"] in OTHER_SUBJECT_CATEGORIES
        # a body's contacts (`5.173 informatievragen`) are no subject's items: the pass
        # that reads them keeps them (a data-leak pass reads none)
        and (
            not shared
            or row.get("_wider")
            or row.get("_listed")
            or _names_the_items(row["evidence"])
        )
    ]

    def key(row: dict) -> tuple:
        return (row["period_start"], row["period_end"], row["category"], row["unit"], row["scope"])

    def whole(row: dict) -> tuple:
        return (row["period_start"], row["period_end"], "total", row["unit"], row["scope"])

    received = {key(row) for row in rows if not row["_handled"]}
    # a kind counted when handled (`Het aantal afgesloten ongevalsonderzoeken steeg ... naar
    # 2.244`) is a stage of the items whose whole the period's received count gives
    rows = [
        row
        for row in rows
        if not (row["_handled"] and (key(row) in received or whole(row) in received))
    ]
    # without a received count, the largest of a period's handled counts is the stage's
    # whole; the smaller ones are its parts (`De 38 klachten die we in behandeling namen`,
    # then `31 klachten zijn op deze wijze afgehandeld`, `Vijf zijn nog in behandeling`)
    largest: dict[tuple, float] = {}
    for row in rows:
        if row["_handled"]:
            largest[key(row)] = max(largest.get(key(row), row["value"]), row["value"])
    return [row for row in rows if not row["_handled"] or row["value"] == largest[key(row)]]


#: a decision on one request and its inventory name the request and list documents: they
#: count no requests or complaints received (`in totaal 6 documenten aangetroffen`)
ONE_REQUEST_TYPES = ("woo_decision", "inventory")
#: a subject's cue in the first lines of a document (its title or heading) makes the
#: document about it; elsewhere it takes this many mentions (a complaint named in passing
#: in minutes does not)
SUBJECT_HEAD_LINES = 3
SUBJECT_MENTIONS = 3


#: a section's heading: a short capitalised line without a sentence end or a label's colon
#: (`Wob-verzoeken en raadsvragen`; not `Onderwerp: Wob-verzoek`)
_SUBJECT_HEADING = re.compile(r"^(?-i:[A-Z])[^.!?:;]{2,60}$")


#: a line's first sentence: up to its first end mark (not the point inside a number:
#: `245.000 meldingen`), or a sentence `_without_others` blanked
_FIRST_SENTENCE = re.compile(r"^\s*(?:·+|(?:[^.!?·]|(?<=\d)[.,](?=\d))*?[.!?](?=\s|$))")


def _lead_sentence(line: str) -> str | None:
    """A line's first sentence where the line is running text (blanked: it was)."""
    m = _FIRST_SENTENCE.match(line)
    if m is None or not ("·" in m[0] or len(m[0].split()) >= PROSE_LINE_WORDS):
        return None
    return m[0]


def _first_lead_sentence(raw: str) -> str:
    """The first sentence of a text's lead: of its first line of running text ("" if none)."""
    return next((found for line in raw.splitlines() if (found := _lead_sentence(line.strip()))), "")


def _document_head(doc: Doc, raw: str) -> str:
    """A document's title and first lines, where a subject's cue makes it about that subject;
    in a news item or web page whose first lines hold no running text (breadcrumbs, its
    title repeated, a date), its lead's first sentence too: the item names there the body
    whose figures it gives (`Home > Nieuws > Jaarverslag 2019` / ... / `De Ombudsman
    heeft ...`)."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    head = lines[:SUBJECT_HEAD_LINES]
    news = doc._.document.get("doc_type") == "other"  # minutes name their items in passing
    if news and not any(_lead_sentence(line) for line in head):
        lead = next((found for line in lines if (found := _lead_sentence(line))), None)
        head += [lead] if lead else []
    return " ".join([doc._.document.get("title") or "", *head])


def _headed_by_its_body(doc: Doc, raw: str, name: str) -> bool:
    """Whether the document's head names the body that receives the subject's items (`De
    Ombudsman ... jaarverslag 2020`): that body's own word for them counts too (`842
    verzoeken`: the requests to investigate an ombudsman receives are complaints)."""
    if name not in _subject_cues():
        # a fallback subject's body whose call-outs are its items (`_headed_by_a_service`)
        return _headed_by_a_service(doc, raw, name)
    head_cue = _subject_cues()[name][1]
    return head_cue is not None and head_cue.search(_document_head(doc, raw)) is not None


def _headed_by_a_service(doc: Doc, raw: str, name: str) -> bool:
    """Whether the head of a document names a body whose call-outs are the fallback
    subject `name`'s items (`head_cues`: a rescue service, `De Koninklijke Nederlandse
    Redding Maatschappij (KNRM) heeft in 2022 ...`): such a text counts them in words
    no other text's items have (`2.349 reddingsacties`, `2.238 keer uitgevaren`)."""
    spec = _subject_specs().get(name, {})
    return (
        bool(spec.get("fallback") and spec.get("head_cues"))
        and _bodies_re(name).search(_document_head(doc, raw)) is not None
        and not _counted_by_season(raw, name)
    )


def _counted_by_season(raw: str, name: str) -> bool:
    """Whether a text counts by a season (`season_words`: a lifeguards' `zwemseizoen`, its
    figures running `tussen 1 mei en 22 september`), a period no reader reads: its figures
    would be given the calendar year, so such a text is no service's count of its call-outs."""
    words = _subject_specs()[name].get("season_words", [])
    return bool(words) and re.search(rf"(?<!\w)(?:{_alt(words)})", raw, re.IGNORECASE) is not None


def _filed_with_a_body(doc: Doc, raw: str, name: str) -> bool:
    """Whether a document headed by an institution (`filed_bodies` as a capitalised word or
    its compound's end: `Raad van State`, `Geschillencommissie`, `WAARDERINGSKAMER`) counts
    what is filed with it: a count of its `filed_nouns` received in one sentence (`In het
    verslagjaar werden aan de Commissie 78 zaken voorgelegd`); those are then its items."""
    spec = _subject_specs().get(name, {})
    if not (spec.get("fallback") and spec.get("filed_bodies")):
        return False
    body, count, verb = _filed_res(name)
    if not body.search(_document_head(doc, raw)):
        return False
    return any(count.search(m[0]) and verb.search(m[0]) for m in _SENTENCE.finditer(raw))


@cache
def _filed_res(name: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The body named at the top, a count of what is filed, a verb of receiving."""
    spec = _subject_specs()[name]
    bodies = _alt(spec["filed_bodies"])
    # capitalised: a body's own name, not the word in running text (`de raad besloot`)
    body = re.compile(rf"(?<![\w-])(?-i:(?=[A-Z]))\w*?(?:{bodies})(?![\w-])", re.I)
    nouns = _alt(spec["filed_nouns"])
    # any whole number: `8000 beroepschriften` is written without a thousands point
    count = re.compile(rf"(?<![\w.,/-])\d+(?:\.\d{{3}})*\s+(?:[^\W\d]+e\s+)?(?:{nouns})\b", re.I)
    verb = re.compile(rf"\b(?:{_words_alt(spec['filed_receiving_verbs'])})\b", re.I)
    return body, count, verb


def _document_subjects(doc: Doc, raw: str) -> list[str]:
    """The subjects a document counts."""
    return [name for name, _ in _subjects_and_how(doc, raw)]


def _generic_subject(doc: Doc, raw: str) -> str | None:
    """The subject that claims the generic nouns (`meldingen`): the document's one subject,
    or the one its own words name where the others stand only by a body named in its head
    (a text on discrimination reports naming the ombudsman among the bodies that received
    them is no complaints text)."""
    found = _subjects_and_how(doc, raw)
    named = [name for name, by_body in found if not by_body]
    if len(found) == 1:
        return found[0][0]
    if len(named) > 1 and LEAK not in named:
        # several named: the one its title names (`Jaar na jaar meer meldingen over
        # genderongelijkheid en discriminatie`, where the lead's `seksuele intimidatie` is
        # a kind of what it counts)
        named = [name for name in named if _named_in_title(doc, name)] or named
    return named[0] if len(named) == 1 and named[0] != LEAK else None


def _named_in_title(doc: Doc, name: str) -> bool:
    """Whether the document's title names subject `name` by its cue, not inside another
    subject's noun."""
    title = _others_nouns_re(name).sub(" ", doc._.document.get("title") or "")
    return _subject_cues()[name][0].search(title) is not None


def _subjects_and_how(doc: Doc, raw: str) -> list[tuple[str, bool]]:
    """The subjects a document counts, each with whether it stands only by the body
    that receives such items named in the document's head (`head_cues`)."""
    found = [(LEAK, False)] if _about_incidents(doc, raw) else []
    if doc._.document.get("doc_type") in ONE_REQUEST_TYPES:
        return found
    # complaints and reports of others' nuisance (`milieuklachten`, `overlastmeldingen`) are
    # items a person files like any other: read under the same subjects (tests/gold/README.md)
    for name, (cue, head_cue) in _subject_cues().items():
        # a cue inside another subject's noun names that subject's items
        # (`discriminatieklachten`, `klachten over discriminatie` are no complaints text)
        text = _others_nouns_re(name).sub(" ", raw)
        head = _document_head(doc, text)
        headings = _headings(text)
        own = _without_others(name, text)
        if cue.search(_document_head(doc, own)) or len(cue.findall(own)) >= SUBJECT_MENTIONS:
            found.append((name, False))
        elif cue.search(headings):
            # a section's heading (`Wob-verzoeken`): the figures under it
            found.append((name, False))
        elif head_cue is not None and head_cue.search(head):
            found.append((name, True))
    # a kind of another subject's items where the document is about that subject
    # (`meldingen van ongewenste omgangsvormen` among integrity reports)
    names = {name for name, _ in found}
    kinds = {name: spec.get("kind_of_subjects", []) for name, spec in _subject_specs().items()}
    found = [(name, how) for name, how in found if not names & set(kinds.get(name, []))]
    return found or _items_of_any_kind(doc, raw)


def _headings(text: str) -> str:
    """The text's section headings, joined."""
    return " ".join(line for line in text.splitlines() if _SUBJECT_HEADING.match(line.strip()))


def _items_of_any_kind(doc: Doc, raw: str) -> list[tuple[str, bool]]:
    """The fallback subjects (`fallback` in the pattern file) a document with no known
    subject counts: reports or incidents of any kind (`meldingen` to Veilig Thuis, a prison
    service's `geweldsincidenten`, accidents reported to an inspectorate) where its head or
    a heading names such items, or it names them often."""
    head = _document_head(doc, raw)
    headings = _headings(raw)
    own_items = (
        _counts_its_own_items(raw)
        or bool(_filed_plurals(doc, raw))
        or bool(_applied_for(doc, raw))
        or bool(_cases_counted_in_head(doc, raw))
        or bool(_headline_count_restated(doc, raw))
        or bool(_captioned_plurals(raw))
        or bool(_series_named(raw))
        or bool(_helpline_contacts(doc, raw))
    )
    return [
        (name, False)
        for name, items in _item_nouns_res().items()
        if items.search(head)
        or _headed_by_a_service(doc, raw, name)
        or _filed_with_a_body(doc, raw, name)
        or _a_call_out_text(doc, raw, name)
        or _crimes_the_police_counts(doc, raw, name)
        or items.search(headings)
        or len(items.findall(raw)) >= SUBJECT_MENTIONS
        or own_items
    ]


def _a_call_out_text(doc: Doc, raw: str, name: str) -> bool:
    """Whether a document of no known subject is a fire service's, an ambulance service's or
    a control room's count of its call-outs (fallback subject `name`'s `call_out_services`):
    its head or a heading names such a service and the text counts call-outs
    (`_call_out_count_res`). A text on the services' means names them but counts no
    call-out (`969 kazernes`, `693 ambulances`)."""
    spec = _subject_specs().get(name, {})
    if not (spec.get("fallback") and spec.get("call_out_services")):
        return False
    service, count = _call_out_res(name)
    named = service.search(_document_head(doc, raw)) or service.search(_headings(raw))
    return named is not None and count.search(raw) is not None


#: a count's number in running text, written in figures and words (`41 duizend`, `1,5
#: miljoen`, `14.000`), never a year
_CALL_OUT_NUMBER = (
    r"(?<![\w.,/-])(?!(?:19|20)\d\d\b)\d{1,4}(?:[.,]\d{1,3})*(?:\s+(?:duizend|miljoen))?"
)


@cache
def _call_out_res(name: str) -> tuple[re.Pattern, re.Pattern]:
    """The service (part of a word: `Dierenambulance`, `brandweermeldkamers`), and a count
    of its call-outs: a number before a call-out noun (the end of a word:
    `ambulance-inzetten`) or before `keer` with a call-out verb within three words after
    it (`14.000 keer uitgerukt`, `keer een ambulance ingezet`, `rukte ... 5.851 keer uit`)."""
    spec = _subject_specs()[name]
    service = re.compile(rf"(?:{_alt(spec['call_out_services'])})", re.IGNORECASE)
    nouns, verbs = _alt(spec["call_out_nouns"]), _words_alt(spec["call_out_verbs"])
    count = re.compile(
        rf"{_CALL_OUT_NUMBER}\s+(?:[\w-]*(?:{nouns})\b"
        rf"|(?:keer|maal)\s+(?:[^\W\d]+\s+){{0,2}}(?:{verbs})\b)"
        # the number the count of them reached (`steeg het aantal 112-meldingen tot 110.000`)
        rf"|\baantal\s+[\w-]*(?:{nouns})\s+(?:[^\W\d]+\s+){{0,3}}?(?:tot|naar)\s+"
        rf"{_rough_before()}{_CALL_OUT_NUMBER}",
        re.IGNORECASE,
    )
    return service, count


def _crimes_the_police_counts(doc: Doc, raw: str, name: str) -> bool:
    """Whether a document whose head names a police force as the one that counts
    (`_police_res`: `politie kanton Borgloon`, `Politiezone`, `Wijkagenten: Terugblik op
    2021`, `De politie registreerde in 2024 ...`; not `in overleg met de politie besproken`)
    reports the crimes it registered: a kind of them (`crime_kinds`, also a compound's end:
    `woninginbraken`) in its head or counted in its text (`2019 telde 'slechts' 122
    woninginbraken`). Such a text names the kinds, never the whole (`misdrijven`), so no
    item noun makes it about them."""
    if not _subject_specs().get(name, {}).get("crime_kinds"):
        return False
    head = _document_head(doc, raw)
    police = _police_res()
    if not (police["area_police"].search(head) or police["national"].search(head)):
        return False
    kind, counted = _crime_res(name)
    return kind.search(head) is not None or counted.search(raw) is not None


@cache
def _police_words() -> tuple[str, str]:
    """The police's names (`politie`, `wijkagenten`) and, optional after them, the word for
    the area a force is named by (`kanton`, `zone van`) as regex fragments: the one source
    of both for the subject gate and for the scopes of `police.py`."""
    data = load_patterns(PATTERN_FILE)["police_forces"]
    area = rf"(?:(?:van\s+)?(?:het\s+|de\s+)?(?:{_words_alt(data['area_words'])})\s+)?"
    return _words_alt(data["bodies"]), area


@cache
def _police_res() -> dict[str, re.Pattern]:
    """A police force as the one that counts (`police_forces` of the pattern file)."""
    data = load_patterns(PATTERN_FILE)["police_forces"]
    verbs = _words_alt(data["counting_verbs"])
    police, area = _police_words()
    return {
        # the police as the one that counts, no area named after it: `De politie
        # registreerde` opening its clause (not `over de politie ontving hij 1350 klachten`:
        # what the items are about), `kreeg de politie 23.500`
        "national": re.compile(
            rf"(?:(?:^|(?<=[.!?,;:]\s)|(?<=\ben\s))de\s+(?:{police})\s+(?:{verbs})"
            rf"|\b(?:{verbs})\s+de\s+(?:{police}))\b"
            r"(?!\s+(?-i:[A-Z]))",
            re.I,
        ),
        # a police force of an area: `politie kanton Borgloon`, `Politie Haaglanden`,
        # `politiezone`, `wijkagenten` (not `politiek Den Haag`)
        "area_police": re.compile(
            rf"\b(?:{police})\s+{area}(?-i:[A-Z])"
            rf"|\b(?:{_words_alt(data['area_bodies'])})",
            re.I,
        ),
    }


def _by_crimes_alone(doc: Doc, raw: str, name: str) -> bool:
    """Whether a document has the fallback subject `name` only by the police's crimes
    (`_crimes_the_police_counts`), not by its items' nouns: then the crimes it counts are
    kinds of the items (`other`, gold rule 12), never its own word for them."""
    if not _crimes_the_police_counts(doc, raw, name):
        return False
    items = _item_nouns_res()[name]
    return not (
        items.search(_document_head(doc, raw))
        or items.search(_headings(raw))
        or len(items.findall(raw)) >= SUBJECT_MENTIONS
        or _counts_its_own_items(raw)
    )


@cache
def _crime_res(name: str) -> tuple[re.Pattern, re.Pattern]:
    """A crime kind as a word or a compound's end, and a count of one (a number right
    before it, an adjective between)."""
    kinds = _alt(_subject_specs()[name]["crime_kinds"])
    kind = re.compile(rf"(?<![\w-])[^\W\d]*(?:{kinds})(?![\w-])", re.I)
    counted = re.compile(rf"{_COUNT_NUMBER}\s+(?:[^\W\d]+e\s+)?[^\W\d]*(?:{kinds})(?![\w-])", re.I)
    return kind, counted


def _crime_kind_nouns(raw: str, name: str) -> set[str]:
    """The crime kinds a text counts (`52 woninginbraken`, `18 inbraken`), lower case."""
    kinds = tuple(_subject_specs()[name]["crime_kinds"])
    return {
        m["noun"].lower() for m in _KIND_COUNTED.finditer(raw) if m["noun"].lower().endswith(kinds)
    }


@cache
def _item_nouns_res() -> dict[str, re.Pattern]:
    """Per fallback subject: its nouns and their compounds with the `item_modifiers`
    (`geweldsincidenten`, `ongevalsmeldingen`), each a whole word; not any compound, as
    `vermeldingen`, `aanmeldingen` and `belastingaangiften` are no reports of incidents."""
    patterns = {}
    for name, spec in load_patterns(PATTERN_FILE)["subjects"].items():
        if spec.get("fallback"):
            nouns, modifiers = _alt(_item_nouns(spec)), _alt(spec["item_modifiers"])
            patterns[name] = re.compile(
                rf"(?<![\w-])(?:{modifiers})?(?:{nouns})(?![\w-])", re.IGNORECASE
            )
    return patterns


#: how often a text prints a noun right after a number before that noun is its own word
#: for its items though it never names it after `aantal` (a police zone's `met 213 feiten`,
#: `tot 60 feiten`); once is no count text's word, even in its head (`ambulances`: vehicles)
TEXT_NOUN_COUNTS = 2
#: how often a text of no known subject prints its own noun after a number (and names it
#: after `aantal`) before it counts those items (`_counts_its_own_items`)
TEXT_NOUN_TWICE = 2
#: a count's number: whole, not a year (`in 2021 werden`), a share, a date's part or a
#: rate's base (`per 100.000 banen`)
_COUNT_NUMBER = r"(?<!\bper\s)(?<![\w.,/-])(?!(?:19|20)\d\d\b)\d{1,3}(?:\.\d{3})*(?![\w,.:/-]\d)"
#: a plural noun, perhaps after one inflected adjective (`schriftelijke meldingen`)
_PLURAL = r"(?:[^\W\d]+e\s+)?(?P<noun>[^\W\d][\w'’-]*(?:en|s))(?![\w'’-])"


@cache
def _counted_noun_res() -> tuple[re.Pattern, re.Pattern]:
    """A plural right after a count's number (`249 meldingen`), and after `aantal` (`het
    aantal dossiers`): where a text counts its items, it names them in both."""
    # how the items came in may stand between (`het aantal ontvangen verzoeken`: a
    # participle in -en, no plural of its own)
    received = _words_alt(load_patterns(PATTERN_FILE)["received_adjectives"])
    return (
        # on the number's own line: a number ending its line is a table's cell, the word
        # opening the next line that table's next label (`198 781` / `Oost-Vlaanderen`)
        re.compile(rf"{_COUNT_NUMBER}[^\S\n]+{_PLURAL}", re.IGNORECASE),
        re.compile(rf"\baantal\s+(?:(?:{received})\s+(?=[^\W\d]))?{_PLURAL}", re.IGNORECASE),
    )


def _text_item_nouns(doc: Doc, raw: str, name: str) -> tuple[str, ...]:
    """The words the text itself gives the items of its one subject `name`, whatever the
    subject's vocabulary calls them. The text decides: the plural it prints most often
    right after a number (`_text_nouns`), more often than the subject's own nouns, where
    it also names it after `aantal` or prints it `TEXT_NOUN_COUNTS` times (`In 2021 werden
    in totaal 1.807 voorvallen geregistreerd`, `2020: 1.666 voorvallen`). And where its head
    names the body that receives another subject's items, that body's word for them
    (`Centraal Meldpunt`: `249 meldingen`, see `_bodies_words`)."""
    head = _document_head(doc, raw)
    counted, named = _counted_nouns(raw)
    # the subject's own nouns, as often: the text counts in the vocabulary's words
    own_times = sum(times for noun, times in counted.items() if noun in _own_nouns(name))
    whole = _whole_counts(raw)
    # a call-out text's items are its call-outs: the fires or animals it counts most are
    # kinds of them (`79 binnenbranden`, `380 vogels`)
    call_outs = _a_call_out_text(doc, raw, name)
    # the police's crimes are kinds of its items, never its word for them (`52 woninginbraken`)
    crimes = _crime_kind_nouns(raw, name) if _by_crimes_alone(doc, raw, name) else set()
    candidates = [
        (times, noun)
        for noun, times in _text_nouns(raw)
        if times > own_times
        and (noun in named or whole[noun] >= TEXT_NOUN_COUNTS or noun in _filed_plurals(doc, raw))
        and (not call_outs or noun.endswith(tuple(_subject_specs()[name]["call_out_nouns"])))
        and noun not in crimes
    ]
    own = [max(candidates)[1]] if candidates else []
    # a rescue service's own words for its call-outs (`head_nouns`: `Het aantal acties
    # steeg ... van 2119 naar 2508`): its items, no kind of them
    spec = _subject_specs()[name]
    service = spec.get("head_nouns", []) if _headed_by_a_service(doc, raw, name) else []
    # a court's or commission's own words for what is filed with it (`78 zaken`)
    filed = spec.get("filed_nouns", []) if _filed_with_a_body(doc, raw, name) else []
    # a compound of what is filed the text names after `aantal` and counts once
    # (`_applied_for`): its words for the items where it counts none more often
    applied = _applied_for(doc, raw) if spec.get("fallback") and not own else frozenset()
    # what persons file, named over a series of its levels (`_series_named`: `Het aantal
    # aanvragen steeg van 500.000 in 2010 naar 700.000`): the items, where no word is
    # counted more often; a compound of it (`zorgmeldingen`) or a crime's series
    # (`woninginbraken`) stays a kind of them
    series = (
        {noun for noun in _series_named(raw) if noun in _filed_heads()}
        if spec.get("fallback") and not own
        else set()
    )
    # a body's word for its cases the title or lead counts (`_cases_counted_in_head`)
    # and the items a headline counts and its lead counts again (`_headline_count_restated`)
    # and a help line's conversations (`_helpline_contacts`)
    cases = (
        _cases_counted_in_head(doc, raw)
        | _headline_count_restated(doc, raw)
        | _helpline_contacts(doc, raw)
        if spec.get("fallback") and not own
        else frozenset()
    )
    # a call-out text's own word for its call-outs where it counts them by `aantal` alone
    # (`steeg het aantal 112-meldingen tot 110.000`): no number stands before it
    called = _call_out_nouns_named(raw, name) if call_outs and not own else ()
    return tuple(
        sorted(
            {*own, *_bodies_words(name, head), *service, *filed, *applied, *cases, *called, *series}
        )
    )


def _call_out_nouns_named(raw: str, name: str) -> tuple[str, ...]:
    """The call-out nouns of subject `name` (`call_out_nouns`) that `raw` names after
    `aantal` and never right after a number, as written."""
    nouns = _subject_specs()[name]["call_out_nouns"]
    found = re.finditer(rf"\baantal\s+(?P<noun>{_alt(nouns)})\b", raw, re.IGNORECASE)
    # a noun it also counts after a number is read by the text's own words (`6100 uitrukken`)
    return tuple(sorted({m["noun"].lower() for m in found} - set(_whole_counts(raw))))


#: a part's count (`40 waarvan 9 bomen`): what it names is a part of the items, not them
_PART_BEFORE = re.compile(r"\b(?:waarvan|waaronder|daarvan|hiervan)\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _whole_counts(raw: str) -> Counter[str]:
    """How often each plural stands right after a number that counts a whole, not a part
    (`_PART_BEFORE`): a text's own word for its items is one it counts them in."""
    after_number, _ = _counted_noun_res()
    return Counter(
        m["noun"].lower()
        for m in after_number.finditer(raw)
        if not _PART_BEFORE.search(raw, max(0, m.start() - 20), m.start())
    )


def _text_kind_nouns(
    raw: str, name: str, own_words: tuple[str, ...], crimes: bool = False
) -> tuple[str, ...]:
    """The words a text of a fallback subject (incidents of any kind: a police zone's or a
    fire service's figures, gold rule 12) gives kinds of its items: each plural it names
    after `aantal` (`het aantal inbraken`, `het aantal ambulanceritten`), and a plural it
    counts whose compound is such a kind or that is one's compound (`welgeteld 8347
    ritten`, `447 woningbranden`). A count of such a kind is `other`, as a compound of
    the items' noun is (`facts._compound_counted`). Never a word that names no item
    (`_no_item_noun`), nor the items' own words (`own_words`: the text's, see
    `_text_item_nouns`) or a subject's nouns. In a text about the crimes the police
    registered (`crimes`, see `_by_crimes_alone`), each crime kind it counts is a kind
    (`30 woninginbraken`, `55 fietsendiefstallen`)."""
    if not _subject_specs()[name].get("fallback"):
        return ()
    _, named = _counted_nouns(raw)
    items = (*_own_nouns(name), *own_words)
    kinds = {noun for noun in named if _a_kind_noun(noun, items)}
    # a kind's count may have four digits (`welgeteld 8347 ritten`), not a year's
    counted = {m["noun"].lower() for m in _KIND_COUNTED.finditer(raw)}
    heads = {
        noun
        for noun in counted
        if _a_kind_noun(noun, items) and any(k.endswith(noun) or noun.endswith(k) for k in kinds)
    }
    counted_crimes = (
        {noun for noun in _crime_kind_nouns(raw, name) if _a_kind_noun(noun, items)}
        if crimes
        else set()
    )
    return tuple(sorted(kinds | heads | counted_crimes))


#: a plural right after a count, four digits too (`8347 ritten`; never a year), see
#: `_text_kind_nouns`
_KIND_COUNTED = re.compile(
    rf"(?:(?<![\w.,/-])(?!(?:19|20)\d\d\b)\d{{4}}(?![\w,.:/-]\d)|{_COUNT_NUMBER})\s+{_PLURAL}",
    re.IGNORECASE,
)


def _a_kind_noun(noun: str, items: tuple[str, ...]) -> bool:
    """Whether a plural may name a kind of the items (see `_text_kind_nouns`): not one of
    the items' own words nor a compound of one (`brandweerinterventies`: read as a kind
    already), nor any subject's noun, nor a word that names no item."""
    return (
        len(noun) >= KIND_NOUN_CHARS
        and not _no_item_noun(noun)
        and not noun.endswith(items)
        and not noun.endswith(_all_subject_nouns())
    )


#: the shortest plural read as a kind (`feiten`): shorter ones are parts of names or codes
KIND_NOUN_CHARS = 5


@lru_cache(maxsize=4)
def _counted_nouns(raw: str) -> tuple[Counter[str], frozenset[str]]:
    """How often each plural stands right after a count's number in the text, and the
    plurals it names after `aantal` (lower case)."""
    after_number, after_aantal = _counted_noun_res()
    counted = Counter(m["noun"].lower() for m in after_number.finditer(raw))
    return counted, frozenset(m["noun"].lower() for m in after_aantal.finditer(raw))


def _text_nouns(raw: str) -> list[tuple[str, int]]:
    """The plurals a text prints right after a number (`1.937 dossiers`), each with how
    often, that may be its own word for its items: never a measure, a time, money, people
    or a share (`_no_item_noun`), nor a subject's noun or a compound ending in one
    (`dekenbezwaren`: that subject's items)."""
    counted, _ = _counted_nouns(raw)
    return [
        (noun, times)
        for noun, times in counted.items()
        if not _no_item_noun(noun) and not noun.endswith(_all_subject_nouns())
    ]


def _counts_its_own_items(raw: str) -> bool:
    """Whether a text of no known subject counts items of its own: a plural it prints
    after a number `TEXT_NOUN_TWICE` times and names after `aantal` (`het aantal
    woninginbraken`, `32 woninginbraken`, `24 woninginbraken`): reports and incidents of
    any kind, a police's registered crimes, a fire brigade's call-outs (rule 12); or a
    plural it tells as filed with or received by a body (`_filed_plurals`)."""
    _, named = _counted_nouns(raw)
    return any(times >= TEXT_NOUN_TWICE and noun in named for noun, times in _text_nouns(raw))


def _title_and_first_sentence(doc: Doc, raw: str) -> str:
    """A text's title and the first sentence of its lead (its first line of running text),
    lower case: where a news item says what it counts; the lead's further sentences count
    kinds of it (`Het gaat om 1.727 behandelde verdwijningsdossiers`)."""
    first = _first_lead_sentence(raw)
    return f"{doc._.document.get('title') or ''} {first}".lower()


def _cases_counted_in_head(doc: Doc, raw: str) -> frozenset[str]:
    """A body's own word for its cases (`intake_nouns`: `dossiers`, `zaken`, also as a
    compound's head: `verdwijningsdossiers`) that the title or the lead's first sentence
    counts (`_title_and_first_sentence`: `De organisatie behandelde in 2021 1.188 nieuwe
    verdwijningsdossiers`, `heeft vorig jaar 2.433 dossiers rond verdwijningen en seksuele
    uitbuiting behandeld`), where the text counts such cases again after a number: those
    cases are the items it counts, whatever verb tells them. Elsewhere `dossiers` after a
    number are a file's parts or a leak's records (`not_a_count_after`)."""
    head = _title_and_first_sentence(doc, raw)
    cases = tuple(_intake_nouns())
    after_number, _ = _counted_noun_res()
    counted = _whole_counts(raw)
    words = set()
    for noun in {m["noun"].lower() for m in after_number.finditer(head)}:
        case = next((c for c in cases if noun.endswith(c)), None)
        if case and sum(n for other, n in counted.items() if other.endswith(case)) >= 2:
            words.add(noun)
    return frozenset(words)


def _headline_count_restated(doc: Doc, raw: str) -> frozenset[str]:
    """The plurals a title counts after a number that the lead's first sentence, a
    sentence of its own, counts too, the same word or a compound of it (`648.522 verdachte
    mails doorgestuurd naar Centrum voor Cybersecurity`, then `Bezorgde Belgen hebben
    vorig jaar exact 648.522 verdachte e-mails doorgestuurd`): a news item's headline
    and lead tell the count it is about, in words no subject's vocabulary holds. Each as
    printed after its number, with its adjective (`verdachte e-mails`: the items, not a
    kind of them). Never a word that names no item (`_no_item_noun`)."""
    title = doc._.document.get("title") or ""
    first = _first_lead_sentence(raw)
    if not title.strip() or title.strip() in first or first.strip() in title:
        return frozenset()  # a title taken from the lead: one count told once
    headline, lead = _counted_phrases(title), _counted_phrases(first)
    return frozenset(
        phrase.lower()
        for a, a_phrase in headline
        for b, b_phrase in lead
        if a.endswith(b) or b.endswith(a)
        for noun, phrase in ((a, a_phrase), (b, b_phrase))
        if len(noun) >= KIND_NOUN_CHARS
        and not _no_item_noun(noun)
        and not noun.endswith(_all_subject_nouns())
    )


def _helpline_contacts(doc: Doc, raw: str) -> frozenset[str]:
    """The words for its conversations (`helpline_contact_nouns`) a text counts after a
    number where its head names a help line (`helpline_names`: `Het aantal gesprekken met
    De Kindertelefoon in Utrecht is weer gestegen. In 2016 zijn er ... in totaal 242.355
    gesprekken geregistreerd`; `Meer mensen belden en chatten het afgelopen jaar met de
    hulplijn van Stichting Zelfmoordpreventie`, `voerde de stichting al 65.950
    gesprekken`): what callers bring to a help line is its one intake (gold: `total`),
    not the body's own talks that `body_action_nouns` keeps out elsewhere."""
    data = load_patterns(PATTERN_FILE)
    names = re.compile(rf"(?:{_alt(data['helpline_names'])})", re.IGNORECASE)
    if names.search(_document_head(doc, raw)) is None:
        return frozenset()
    after_number, _ = _counted_noun_res()
    contacts = set(data["helpline_contact_nouns"])
    return frozenset(
        noun for m in after_number.finditer(raw) if (noun := m["noun"].lower()) in contacts
    )


def _counted_phrases(text: str) -> list[tuple[str, str]]:
    """Each plural `text` prints right after a number (lower case), with the words from
    the number's end to the plural's (`verdachte mails`)."""
    after_number, _ = _counted_noun_res()
    return [
        (m["noun"].lower(), text[m.start() : m.end()].split(None, 1)[1])
        for m in after_number.finditer(text)
    ]


@cache
def _intake_nouns() -> tuple[str, ...]:
    """A body's own words for the cases it takes in (`intake_nouns`)."""
    return tuple(load_patterns(PATTERN_FILE)["intake_nouns"])


def _applied_for(doc: Doc, raw: str) -> frozenset[str]:
    """The words of a text whose title or lead (its first line of running text) names the
    compound of what is filed that it counts (`_applied_for_in`): the items the text is
    about. A compound named only further on counts a kind of what the lead counts (`De
    brandweer is in 2014 138.000 keer uitgerukt ...`, then `Het aantal brandmeldingen ...
    naar ruim 130.000 meldingen`: call-outs, of which the reports are a kind)."""
    words = _applied_for_in(raw)
    if not words:
        return words
    compound = max(words, key=len)  # the other word is its head (`verzoeken`)
    lead = next((line for line in raw.splitlines() if _lead_sentence(line.strip())), "")
    head = f"{doc._.document.get('title') or ''} {lead}".lower()
    return words if compound in head else frozenset()


@lru_cache(maxsize=4)
def _applied_for_in(raw: str) -> frozenset[str]:
    """The words of a text that counts what persons file with a body under a compound of
    its own (`filed_heads` of the pattern file: `asielaanvragen`, `genadeverzoeken`): the
    compound it names after `aantal`, and that compound's head, where it counts either
    after a number at least once (`Het aantal genadeverzoeken is ... gestegen. In 2016
    waren er 633 verzoeken`; `Het aantal asielaanvragen voor 2019 komt daarmee op 25.499`,
    `23.443 asielaanvragen`). Such a text names its items once, in a word no subject's
    vocabulary holds; `_counts_its_own_items` wants them twice. Only one such compound: a
    text naming two (`het totale aantal leefbaarheidsmeldingen`, `Het aantal zorgmeldingen`)
    counts kinds of its reports, neither of them the whole."""
    _, named = _counted_nouns(raw)
    counted = _whole_counts(raw)
    compounds = [
        (noun, head)
        for noun in named
        for head in _filed_heads()
        if noun.endswith(head) and noun != head
        and not _no_item_noun(noun)
        and not noun.endswith(_all_subject_nouns())
    ]  # fmt: skip
    if len(compounds) != 1:
        return frozenset()
    noun, head = compounds[0]
    return frozenset({noun, head}) if counted[noun] + counted[head] >= 1 else frozenset()


#: a count's number in a series (`numbers._LISTED_COUNT`), not the start of a longer figure
_SERIES_NUMBER = rf"{_LISTED_COUNT}(?![\d.,]\d)"


@cache
def _series_named_re() -> re.Pattern:
    """A plural named after `aantal` whose levels the same sentence gives from one year to
    another (`Het aantal aanvragen steeg van 500.000 in 2010 naar 700.000 in het afgelopen
    jaar`, `de toename van het aantal woninginbraken (van 834 in 2011 naar 1036 inbraken in
    2012)`, `Het aantal inbraken in handelszaken steeg lichtjes: van 870 in 2016 naar 966`)."""
    rough = _rough_before()
    return re.compile(
        rf"\baantal\s+{_PLURAL}[^.;]{{0,40}}?\bvan\s+{rough}{_SERIES_NUMBER}\s+"
        rf"(?:[^\W\d]+\s+)?in\s+(?:19|20)\d\d\b[^.;]{{0,40}}?\b(?:naar|tot)\s+{rough}"
        rf"{_SERIES_NUMBER}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _series_named(raw: str) -> frozenset[str]:
    """The plurals a text of no known subject names after `aantal` and gives the levels of
    over years in the same sentence (`_series_named_re`): items it counts, though never
    after a number of their own (`_counts_its_own_items` wants them twice). Only what
    persons file or a crime (`_crime_kinds`); never a word that names no item, questions,
    contacts or what only a court receives (`_an_item_plural`: `het aantal telefoontjes
    naar een AMK ... van ongeveer 34.000 in 2004 naar ruim 65.000`)."""
    found = {m["noun"].lower() for m in _series_named_re().finditer(raw)}
    return frozenset(
        noun
        for noun in found
        if _an_item_plural(noun)
        and not noun.endswith(_service_nouns())
        and (noun in _filed_heads() or noun.endswith(_crime_kinds()))
    )


@cache
def _crime_kinds() -> tuple[str, ...]:
    """The police's crime kinds (`crime_kinds` of the fallback subjects): with what persons
    file (`filed_heads`), the items a series over years may name without a subject
    (`woninginbraken`, `aanvragen`); any other plural so named may be no item at all
    (`Het aantal woningen steeg van ...`)."""
    specs = _subject_specs().values()
    return tuple(
        kind for spec in specs if spec.get("fallback") for kind in spec.get("crime_kinds", [])
    )


@cache
def _service_nouns() -> tuple[str, ...]:
    """A service's own words for what it does (`head_nouns`, `call_out_nouns` of every
    subject: `acties`, `inzetten`): its items only where the service heads the text
    (`Het aantal acties steeg ... van 2119 in 2017 naar 2508 in 2018` under no service's
    name counts nothing)."""
    specs = _subject_specs().values()
    return tuple(
        n for spec in specs for key in ("head_nouns", "call_out_nouns") for n in spec.get(key, [])
    )


@cache
def _filed_heads() -> tuple[str, ...]:
    """Heads of compounds naming what a person files (`filed_heads`)."""
    return tuple(load_patterns(PATTERN_FILE)["filed_heads"])


def _filed_plurals(doc: Doc, raw: str) -> frozenset[str]:
    """The plurals a text counts as filed with or received by a body (`_filed_plurals_in`);
    none in minutes, which tell what reached the meeting (`Nadat de postlijst is
    gepubliceerd zijn nog 4 nieuwe stukken binnengekomen`), not a body's intake."""
    if doc._.document.get("doc_type") == "minutes":
        return frozenset()
    return _filed_plurals_in(raw)


@lru_cache(maxsize=4)
def _filed_plurals_in(raw: str) -> frozenset[str]:
    """The plurals a text counts as filed with or received by a body, whatever the
    vocabulary calls them (gold rule 5: what a person files is an item): the participle of
    filing or reporting after the count (`In 2015 werden er 7.423 aanvragen ingediend`,
    `11.700 nieuwe procedures ontvangen`, `7.700 woningbranden gemeld`) or the body's verb
    of receiving before it (`ontving het Huis maar liefst 338 adviesaanvragen`). Never a
    word that names no item (`_no_item_noun`), nor a subject's noun (read as such), nor
    what only a named court or commission receives (`_filed_nouns`), nor contacts
    (`vragen`, `telefoontjes`: gold rule 5 keeps them `other`)."""
    after, before = _filed_plural_res()
    nouns = {m["noun"].lower() for rx in (after, before) for m in rx.finditer(raw)}
    return frozenset(noun for noun in nouns if _an_item_plural(noun))


#: a table's caption naming what its cells count, on a line of its own: `Aantal aanvragen
#: per gemeente`, `Tabel 1: Aantal aanvragen per gemeente`
_COUNT_CAPTION = re.compile(
    rf"(?:tabel\s*\d+\s*[:.]\s*)?aantal\s+{_PLURAL}(?:\s+per\s+[^\W\d]+)?", re.IGNORECASE
)
#: a header of periods on one line: the label column's title, then two or more years
#: (`Gemeente 2017 2018 2019`)
_YEARS_HEADER = re.compile(r"(?:[^\W\d]+\s+)?(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d")
#: a row under such a header: its label, then a number per column (`Apeldoorn 109 102 126`)
_LABELLED_ROW = re.compile(r"[^\W\d][^\d]*?((?:\s+\d{1,3}(?:\.\d{3})*)+)")


@lru_cache(maxsize=4)
def _captioned_plurals(raw: str) -> frozenset[str]:
    """The plurals a text's tables name as what they count: a caption `Aantal <plural>`
    right above a header of years over a row with a number per year (`Aantal aanvragen per
    gemeente` / `Gemeente 2017 2018 2019` / `Apeldoorn 109 102 126`). Such a table counts
    the items whatever the vocabulary calls them, as a count told filed does
    (`_filed_plurals_in`); the same words are kept out (`_no_item_noun`, a subject's noun,
    `_filed_nouns`, questions, contacts). Lines are compared with their blanks dropped."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    nouns = set()
    for caption, header, row in zip(lines, lines[1:], lines[2:], strict=False):
        m = _COUNT_CAPTION.fullmatch(caption)
        if m is None or _YEARS_HEADER.fullmatch(header) is None:
            continue
        cells = _LABELLED_ROW.fullmatch(row)
        years = re.findall(r"(?:19|20)\d\d", header)
        if cells is not None and len(cells[1].split()) == len(years):
            nouns.add(m["noun"].lower())
    return frozenset(noun for noun in nouns if _an_item_plural(noun))


def _an_item_plural(noun: str) -> bool:
    """Whether a plural a text counts may be its own word for items filed with a body: not
    a word that names no item, a subject's noun (read as such), what only a named court or
    commission receives, questions or contacts (gold rule 5)."""
    return (
        len(noun) >= KIND_NOUN_CHARS
        and not _no_item_noun(noun)
        and not noun.endswith(_all_subject_nouns())
        and noun not in _filed_nouns()
        and noun not in _questions()
        and not noun.endswith(_contact_words())
    )


@cache
def _filed_nouns() -> frozenset[str]:
    """What is filed with a court or a commission (the fallback subject's `filed_nouns`:
    `zaken`, `procedures`): read only where the text names that body (`_filed_with_a_body`),
    as `78 zaken` names nothing filed anywhere else."""
    return frozenset(noun.lower() for noun in _fallback_words("filed_nouns"))


def _fallback_words(key: str) -> list[str]:
    """The words the fallback subjects list under `key` of the pattern file."""
    return [
        word
        for spec in _subject_specs().values()
        if spec.get("fallback")
        for word in spec.get(key, [])
    ]


@cache
def _questions() -> frozenset[str]:
    """Questions a body gets beside the items, whole words (`question_nouns`)."""
    return frozenset(load_patterns(PATTERN_FILE)["question_nouns"])


@cache
def _contact_words() -> tuple[str, ...]:
    """Nouns of a body's contacts, also as a compound's head (`telefoontjes`,
    `informatievragen`)."""
    data = load_patterns(PATTERN_FILE)
    return tuple({*data["contact_nouns"], *data["beside_contact_nouns"]})


@cache
def _filed_plural_res() -> tuple[re.Pattern, re.Pattern]:
    """A count's plural before a participle of filing, receiving or reporting within a few
    words (`aanvragen voor een omgevingsvergunning ingediend`, `woningbranden gemeld`), and
    after a finite verb of receiving whose subject (the body) stands between (`ontving het
    Huis ... 338`): the fallback subject's `filed_receiving_verbs` and the pattern file's
    `reported_participles`."""
    verbs = _fallback_words("filed_receiving_verbs")
    reported = load_patterns(PATTERN_FILE)["reported_participles"]
    participles = _words_alt([*(v for v in verbs if v.startswith(_PARTICIPLE_STARTS)), *reported])
    finite = _words_alt(v for v in verbs if not v.startswith(_PARTICIPLE_STARTS))
    return (
        re.compile(
            rf"{_COUNT_NUMBER}[^\S\n]+{_PLURAL}(?:[^\S\n]+[^\W\d][\w'’-]*){{0,4}}?"
            rf"[^\S\n]+(?:{participles})\b",
            re.IGNORECASE,
        ),
        # the body, or the period, between the verb and the count (`ontving het Huis maar
        # liefst 338 adviesaanvragen`), words only; not `kregen we te maken met`: what a
        # body faced
        re.compile(
            rf"\b(?:{finite})\s+(?!(?:[^\W\d]+\s+){{0,3}}te\s+maken\b)"
            rf"(?:[^\W\d]+\s+){{0,8}}?{_COUNT_NUMBER}[^\S\n]+{_PLURAL}",
            re.IGNORECASE,
        ),
    )


#: how a participle of filing or receiving starts (`ingediend`, `ontvangen`,
#: `binnengekomen`, `gekregen`): the rest of `filed_receiving_verbs` are finite verbs
_PARTICIPLE_STARTS = ("in", "ontvangen", "binnen", "ge", "aan", "voor")


@cache
def _own_nouns(name: str) -> frozenset[str]:
    """Subject `name`'s own nouns, its generic ones among them (lower case)."""
    spec = _subject_specs()[name]
    nouns = [*spec["nouns"], *_item_nouns(spec), *spec.get("generic_nouns", [])]
    return frozenset(noun.lower() for noun in nouns)


@cache
def _all_subject_nouns() -> tuple[str, ...]:
    """Every subject's nouns: a compound ending in one (`dekenbezwaren`) is that
    subject's items, no text's own word."""
    return tuple({noun.lower() for spec in _subject_specs().values() for noun in spec["nouns"]})


def _no_item_noun(noun: str) -> bool:
    """Whether a noun after a number names no item a body counts: a measure, a time, money,
    a share, a month, or people, a body's own actions or what a rate is taken over, also
    as a compound's head (`vertrouwenspersonen`, `binnenvaartschepen`)."""
    return noun in _not_item_nouns() or noun.endswith(_no_item_heads())


@cache
def _not_item_nouns() -> frozenset[str]:
    """Words after a number that measure something else (whole words only)."""
    data = load_patterns(PATTERN_FILE)
    return frozenset([*data["measure_words"], *data["not_a_count_after"], *MONTHS_NL, *MONTHS_EN])


@cache
def _no_item_heads() -> tuple[str, ...]:
    """Heads of nouns for people, a body's own actions, a rate's base (see the pattern file)."""
    data = load_patterns(PATTERN_FILE)
    return tuple({*_people_heads(), *data["not_item_nouns"], *data["body_action_nouns"]})


@cache
def _body_action_heads() -> tuple[str, ...]:
    """Heads of nouns for a body's own actions (`waarschuwingen`, `onderzoeken`)."""
    return tuple(load_patterns(PATTERN_FILE)["body_action_nouns"])


@cache
def _people_heads() -> tuple[str, ...]:
    """Heads of nouns for people or the units they form (`klagers`, `bedrijven`,
    `vertrouwenspersonen`): who make items, never items themselves."""
    data = load_patterns(PATTERN_FILE)
    return tuple({*data["reporter_nouns"], *data["anyone_nouns"], *data["people_nouns"]})


def _bodies_words(name: str, head: str) -> list[str]:
    """The words for their items of the bodies a document's head names that receive
    another subject's items (`head_cues`, `head_nouns`: a `meldpunt`'s `meldingen`): in a
    text about complaints headed by such a body (`Centraal Meldpunt ontvangt minder
    klachten`) the items it counts are the ones that body received."""
    return [
        noun
        for other, spec in _subject_specs().items()
        # a subject known only by its body (`melding`: a desk's reports, no cue of its
        # own): a subject with cues of its own (an ombudsman's complaints) names its
        # items itself
        if other != name
        and spec.get("head_cues")
        # a fallback subject's service counts call-outs, no other subject's items
        and not spec.get("fallback")
        and not spec["document_cues"]
        and _bodies_re(other).search(head)
        for noun in spec.get("head_nouns", [])
    ]


@cache
def _bodies_re(name: str) -> re.Pattern:
    """The bodies that receive subject `name`'s items (its `head_cues`), each a word's
    start: not its sentences of items received (`_head_cue`), which name no body."""
    return re.compile(rf"(?<![\w-])(?:{_alt(_subject_specs()[name]['head_cues'])})", re.I)


def _subject_specs() -> dict[str, dict]:
    return load_patterns(PATTERN_FILE)["subjects"]


COMPLAINT = "klacht"
_COMPLAINT_WORD = re.compile(r"klacht", re.IGNORECASE)


def _the_aps_complaints(sentences: list[_Sentence]) -> bool:
    """Whether a sentence names the AP with complaints (`De AP ontving minder meldingen
    van datalekken en minder klachten`): the complaints of the text are the AP's."""
    return any(
        _COMPLAINT_WORD.search(sentence.text) and _AP_HINT.search(sentence.text)
        for sentence in sentences
    )


#: a sentence: up to its end mark, or its line's end
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _without_others(name: str, text: str) -> str:
    """The text without its sentences that name another subject's cue (`personen die een
    klacht hebben over discriminatie`: a discrimination report, told in the words of a
    complaint), each blanked with a mark so that the lines that open the text stay its
    head: where a subject's own cues stand."""
    others = [cue for other, (cue, _) in _subject_cues().items() if other != name]
    return _SENTENCE.sub(
        lambda m: "·" * len(m[0]) if any(cue.search(m[0]) for cue in others) else m[0], text
    )


@cache
def _others_nouns_re(name: str) -> re.Pattern:
    """The nouns of the subjects other than `name`, each within its word (`discriminatie-
    klachten`); a pattern that never matches where none is longer than its own cue."""
    subjects = load_patterns(PATTERN_FILE)["subjects"]
    nouns = [
        noun
        for other, spec in subjects.items()
        if other != name
        for noun in spec["nouns"]
        if not _subject_cues()[name][0].fullmatch(noun)
    ]
    return re.compile(rf"\w*(?:{_alt(nouns)})\w*", re.IGNORECASE)


@cache
def _subject_cues() -> dict[str, tuple[re.Pattern, re.Pattern | None]]:
    """Per subject: its document cues, and its cues that count only in a document's first
    lines (`bezwaren` in a title; in minutes, objections to a plan are named often)."""
    subjects = load_patterns(PATTERN_FILE)["subjects"]
    return {
        name: (
            # a subject known only by the body in a document's head (`melding`: a desk's
            # reports) has no cue of its own: a pattern that never matches
            re.compile(_alt(spec["document_cues"]) or "(?!)", re.IGNORECASE),
            re.compile(_head_cue(spec), re.IGNORECASE) if spec.get("head_cues") else None,
        )
        for name, spec in subjects.items()
        if not spec.get("fallback")  # known by their nouns alone: `_items_of_any_kind`
    }


#: how far apart the items' noun and the verb of their receipt may stand in one sentence
#: of a document's head (`heeft vorig jaar ruim 10 procent meer meldingen ontvangen`)
HEAD_INTAKE_REACH = 60


def _head_cue(spec: dict) -> str:
    """A subject's cue in a document's head: the body that receives its items, or, for a
    subject with `head_intake_nouns`, a sentence telling of such items received (`De
    Fraudehelpdesk heeft ... meldingen ontvangen`, `In 2016 kwamen er ... 3.450 meldingen
    binnen`): a news item on the reports a body received, whatever the body is called."""
    cue = _alt(spec["head_cues"])
    nouns = spec.get("head_intake_nouns")
    if not nouns:
        return cue
    noun = rf"\b(?:{_words_alt(nouns)})\b"
    verb = rf"\b(?:{_words_alt(load_patterns(PATTERN_FILE)['intake_verbs'])}|binnen(?=\s*[.!?]))\b"
    # within one sentence: no end mark but a number's point (`kreeg ... 5.653 meldingen`)
    gap = rf"(?:[^.!?]|(?<=\d)\.(?=\d)){{0,{HEAD_INTAKE_REACH}}}?"
    return rf"{cue}|{noun}{gap}{verb}|{verb}{gap}{noun}"


def _about_incidents(doc: Doc, raw: str) -> bool:
    """Whether the document's text or title names data leaks or security incidents (a
    safety incident only beside information: see `safety_cues`)."""
    text = f"{doc._.document.get('title') or ''}\n{raw}"
    cues = {m[0].lower() for m in _vocab()["doc_cue_re"].finditer(text)}
    if not cues <= set(load_patterns(PATTERN_FILE)["safety_cues"]):
        return True
    return bool(cues) and _information_re().search(text) is not None


@cache
def _information_re() -> re.Pattern:
    return re.compile(_alt(load_patterns(PATTERN_FILE)["information_words"]), re.IGNORECASE)
