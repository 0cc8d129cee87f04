"""The vocabulary of incident counts and the helpers every reader shares.

The category phrases, nouns, units and number words of `patterns/incident_categories.json`,
for the subject being read (`_SUBJECT`: data leaks, requests, complaints ...; `_vocab`),
the alternations built from them, and the plain-text normalising of labels and evidence.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from pipeline.dates import MONTH_ALT, MONTH_NUMBERS
from pipeline.nlp import load_patterns

PATTERN_FILE = "incident_categories.json"
EVIDENCE_CHARS = 300
#: how many sentences below `Van deze 84 meldingen waren er:` its list can run
LIST_REACH = 12
CATEGORIES = (
    "total", "wrong_recipient", "wrong_data", "lost_letter", "lost_device", "theft", "other",
    "reported_to_ap",
)  # fmt: skip
UNITS = ("count", "percent")


# --------------------------------------------------------------------------- vocabulary


def _alt(phrases: Iterable[str]) -> str:
    """Regex alternation, longest first, whitespace-tolerant, quotes optional."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):  # one order every run
        escaped = re.escape(phrase.lower())
        escaped = escaped.replace(r"\ ", r"\s+").replace("'", "'?")
        escaped = escaped.replace(r"\(", r"\(?").replace(r"\)", r"\)?")
        escaped = escaped.replace("/", r"\s?/\s?")
        parts.append(escaped)
    return "|".join(parts)


#: What the figures of the pass being read count (see `subjects` in the pattern file),
#: whether that subject may also claim the generic nouns (`meldingen`, `verzoeken`),
#: whether the document's head names the body that receives such items (an ombudsman,
#: whose `verzoeken` are complaints), the nouns the text itself gives its items
#: (`subjects._text_item_nouns`) and the nouns it gives kinds of them
#: (`subjects._text_kind_nouns`): the rules read the vocabulary of the current pass.
SubjectKey = tuple[str, bool, bool, tuple[str, ...], tuple[str, ...]]
_SUBJECT: contextvars.ContextVar[SubjectKey] = contextvars.ContextVar(
    "incident_subject", default=("datalek", True, False, (), ())
)
LEAK = "datalek"


def _vocab() -> dict[str, Any]:
    return _vocab_for(_SUBJECT.get())


def _subject_data(key: SubjectKey) -> dict[str, Any]:
    """The pattern data with the nouns (and heading cues) of the subject `key` names."""
    data = dict(load_patterns(PATTERN_FILE))
    subject, generic, headed, own_words, kind_words = key
    if subject == LEAK:
        compounds = _leak_compounds(data["leak_compounds"])
        data["incident_nouns"] = data["incident_nouns"] + compounds
        data["document_cues"] = data["document_cues"] + compounds
        return data
    own = data["subjects"][subject]
    data["incident_nouns"] = (
        own["nouns"]
        + _item_nouns(own)
        + (own.get("generic_nouns", []) if generic else [])
        + (own.get("head_nouns", []) if headed else [])
        + list(own_words)
        + list(kind_words)
    )
    data["kind_nouns"] = list(kind_words)
    # a word of the text's own for its items is a count's noun (`2.433 dossiers`), though
    # elsewhere it measures something else (`not_a_count_after`: a file's dossiers)
    data["not_a_count_after"] = [w for w in data["not_a_count_after"] if w not in own_words]
    data["kind_of"] = own.get("kind_of", ["over"])
    data["own_cues"] = own["document_cues"]
    # a rescue service's `2.238 keer uitgevaren` counts its call-outs only in its own text
    data["filed_verbs"] = own.get("filed_verbs", []) + (
        own.get("head_filed_verbs", []) if headed else []
    )
    data["heading_cues"] = data["heading_cues"] + own["heading_cues"]
    return data


def _item_nouns(spec: dict[str, Any]) -> list[str]:
    """The nouns of reports and incidents of any kind (the fallback subject's `item_heads`,
    both numbers): their compounds (`geweldsincidenten`, `brandmeldingen`) stay out, so
    that the readers take a compound as one kind of the items (`_compound_counted`); but
    a report noun (`report_heads`) after a modifier that is itself one of the nouns
    (`ongevalsmeldingen`, `incidentmeldingen`) names the items reported, as `meldingen
    van ongevallen` does."""
    heads = spec.get("item_heads", {})
    nouns = [*heads, *heads.values(), *spec.get("item_plurals", [])]
    events = [
        m for m in spec.get("item_modifiers", []) if m in nouns or m.removesuffix("s") in nouns
    ]
    return nouns + [event + report for event in events for report in spec.get("report_heads", [])]


def _leak_compounds(spec: dict[str, Any]) -> list[str]:
    """The compounds of data leaks the pattern file builds (`gegevenslekken`,
    `privacy-incident`, `informatiebeveiligingsinbreuken`) and its phrases: a head noun
    names the leak whoever writes the modifier before it, so the modifiers and heads are
    combined here rather than listed word by word."""
    words = list(spec["phrases"])
    for head, plural in spec["heads"].items():
        modifiers = spec["what_leaks"] + (spec["what_fails"] if head in spec["event_heads"] else [])
        for modifier in modifiers:
            # the linking s of a modifier ending in -ing or -heid (`beveiligingsincident`)
            linked = modifier + "s" if modifier.endswith(("ing", "heid")) else modifier
            words += [f"{stem}{form}" for stem in (linked, linked + "-") for form in (head, plural)]
    return words


@cache
def _vocab_for(key: SubjectKey) -> dict[str, Any]:
    """The vocabulary of the subject `key` names, compiled: its categories and scopes, the
    titles of table columns, its nouns, and the words of numbers and periods."""
    data = _subject_data(key)
    return {
        "data": data,
        **_category_vocab(data),
        **_column_vocab(data),
        **_noun_vocab(data),
        **_number_vocab(data),
    }


def _category_vocab(data: dict[str, Any]) -> dict[str, Any]:
    """The phrases of each category (`verkeerde ontvanger`) and of each scope."""
    phrase_to_category = {}
    for category, phrases in data["categories"].items():
        for phrase in phrases:
            phrase_to_category[re.sub(r"\s+", " ", phrase.lower())] = category
    return {
        "category_re": re.compile(
            rf"(?<![\w/])(?:{_alt(phrase_to_category)})(?![\w])", re.IGNORECASE
        ),
        "phrase_to_category": phrase_to_category,
        "label_only": set(data["label_only_categories"]),
        "label_only_phrases": set(data["label_only_phrases"]),
        "scope_re": re.compile(
            "|".join(
                rf"(?P<s{i}>(?<![\w/])(?:{_alt(phrases)})(?![\w/]))"
                for i, phrases in enumerate(data["scopes"].values())
            ),
            re.IGNORECASE,
        ),
        "scope_names": list(data["scopes"]),
    }


def _column_vocab(data: dict[str, Any]) -> dict[str, Any]:
    """The titles of a table's columns and rows: placeholders (`Kolom 2`), known titles,
    the labels of a total and the title of a column of totals (`Aantal meldingen`)."""
    return {
        "placeholder_column_re": re.compile(
            rf"\b(?:{_alt(data['placeholder_column_titles'])})\s+\d{{1,2}}\b", re.IGNORECASE
        ),
        # `Categorie Q1 2022`, `Werkelijk 2013`: the label column's title, the period's
        "column_title_re": re.compile(
            rf"(?:{_alt(data['table_column_titles'])}|{_alt(data['actual_column_titles'])})?",
            re.IGNORECASE,
        ),
        "total_label_re": re.compile(rf"(?<![\w])(?:{_alt(data['total_labels'])})(?![\w])", re.I),
        "total_column_re": re.compile(
            rf"(?<![\w/])(?:{_TOTAL_COLUMN.format(noun=_alt(data['incident_nouns']))})(?![\w/])",
            re.IGNORECASE,
        ),
    }


def _noun_vocab(data: dict[str, Any]) -> dict[str, Any]:
    """The nouns of what is counted, and the words that tell a document is about it."""
    return {
        "noun_alt": _alt(data["incident_nouns"]),
        "noun_re": re.compile(rf"(?<![\w])(?:{_alt(data['incident_nouns'])})(?![\w])", re.I),
        "subject_notice_re": re.compile(_alt(data["data_subject_notice"]), re.IGNORECASE),
        "doc_cue_re": re.compile(_alt(data["document_cues"]), re.IGNORECASE),
    }


def _number_vocab(data: dict[str, Any]) -> dict[str, Any]:
    """Numbers written as words, the words around a number that make it no count, and
    the names of months (the calendar's one vocabulary), half years and quarters."""
    return {
        "after_stop": set(data["not_a_count_after"]),
        "before_stop": set(data["not_a_count_before"]),
        "number_words": data["number_words"] | _compound_number_words(data),
        "scale_words": data["scale_words"],
        "months": MONTH_NUMBERS,
        "month_alt": MONTH_ALT,
        "half_words": data["half_year_words"],
        "quarter_words": data["quarter_words"],
    }


def _compound_number_words(data: dict[str, Any]) -> dict[str, int]:
    """The numbers Dutch writes as one word from the pattern file's parts: the tens
    (`negentig`), a unit joined to its ten by `en` (`eenenveertig`, `drieënvijftig`, the
    diaeresis OCR may drop: `drieenvijftig`), hundreds (`driehonderd`) and thousands
    (`drieduizend`, `tienduizend`)."""
    units = {w: n for w, n in data["number_words"].items() if 2 <= n <= 9 and w != "eén"}
    tens = data["tens_words"]
    words: dict[str, int] = dict(tens)
    for unit, n in (units | {"een": 1}).items():
        for ten, t in (tens | {"twintig": 20}).items():
            joins = ("ën", "en") if unit.endswith("e") else ("en",)
            words |= {unit + join + ten: t + n for join in joins}
    for base, factor in data["scale_words"].items():
        if factor >= 1_000_000:
            continue  # `miljoen` only follows digits (`1,19 miljoen`), no word joins it
        words[base] = factor
        words |= {w + base: n * factor for w, n in units.items()}
    words |= {w + "duizend": n * 1000 for w, n in (tens | {"tien": 10}).items()}
    return words


def _label_only(phrase: str) -> bool:
    """A word that names a category only as a label (`overig`), not a kind of incident
    named in running text (`virusaanval`)."""
    key = re.sub(r"\s+", " ", phrase.lower()).strip(" '")
    return key in _vocab()["label_only_phrases"]


def _category_of_phrase(phrase: str) -> str | None:
    key = re.sub(r"\s+", " ", phrase.lower()).replace("'", "")
    table = _vocab()["phrase_to_category"]
    if key in table:
        return table[key]
    # the regex tolerates missing quotes/brackets/spaces; fall back to a loose comparison
    loose = re.sub(r"[^a-z]", "", key)
    for known, category in table.items():
        if re.sub(r"[^a-z]", "", known) == loose:
            return category
    return None


def _items_re() -> re.Pattern:
    return _items_re_for(_SUBJECT.get())


@lru_cache(maxsize=16)
def _items_re_for(key: SubjectKey) -> re.Pattern:
    """The subject's nouns, also as the head of a compound (`bemiddelingsklachten`,
    `WOZ-bezwaren`): `modifier` is the compound's first part, empty for the noun itself."""
    noun = _vocab_for(key)["noun_alt"]
    return re.compile(rf"(?<![\w-])(?P<modifier>[^\W\d]{{3,}}?-?)??(?:{noun})(?![\w-])", re.I)


def _names_the_items(s: str, key: SubjectKey | None = None) -> bool:
    """Whether `s` names the items of the subject `key` (the current pass's by default):
    their noun, or a compound whose head it is (`Er waren vorig jaar 4238 stankklachten`,
    `Het aantal geweldsincidenten nam toe ... (van 5.917 naar 6.292)`, `91
    dekenbezwaren`): the readers count such a compound as one kind of the items
    (`facts._compound_counted`), so a sentence naming only the compound names the items as
    much as one naming the noun. Not a word whose first part makes it no item at all
    (`aanmeldingen`, `vermeldingen`, `aanklachten`: `not_item_compounds`)."""
    key = key or _SUBJECT.get()
    if _vocab_for(key)["noun_re"].search(s):
        return True
    return any(
        m["modifier"] and m[0].lower() not in _not_item_compounds()
        for m in _items_re_for(key).finditer(s)
    )


@cache
def _not_item_compounds() -> frozenset[str]:
    """Words ending in an item's noun that name no item (see the pattern file)."""
    return frozenset(w.lower() for w in load_patterns(PATTERN_FILE)["not_item_compounds"])


def _words_alt(phrases: list[str]) -> str:
    """An alternation of `phrases` as written (a space: any whitespace)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@cache
def _rough_before() -> str:
    """The optional hedge right before a number inside a construction (`van bijna 3.000
    naar`, `(zo'n 400)`): the pattern file's one vocabulary of hedges (`rough_before`),
    with the whitespace after it."""
    hedges = sorted(load_patterns(PATTERN_FILE)["rough_before"], key=len, reverse=True)
    return rf"(?:(?:{_words_alt(hedges)})\s+)?"


_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "`": "'", "´": "'", "“": "'", "”": "'", '"': "'",
                         "{": "(", "}": ")", "\u00a0": " "})  # fmt: skip
# OCR reads a closing quote after a word as `1` (`ontvanger1`)
_OCR_QUOTE_ONE = re.compile(r"(?<=[a-z]{3})1(?=\s|$|[).,])")


def _normalise_plain(text: str) -> str:
    text = text.translate(_QUOTES)
    text = _OCR_QUOTE_ONE.sub("'", text)
    return re.sub(r"\s+", " ", text).strip()


#: the title of a column of totals: `Aantal meldingen`, `Aantal`, `Meldingen`, `Totaal`
_TOTAL_COLUMN = r"(?:totaal\s+)?aantal(?:\s+(?:gemelde\s+)?(?:{noun}))?|totaal|(?:{noun})"
