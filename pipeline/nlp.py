"""The one spaCy setup and the one reader of rule data.

`spacy.blank("nl")`: no trained model, the extractors are rule components
(`pipeline/extractors.py`) over the document model (`pipeline/docmodel.py`). Patterns are
data: each extractor keeps its vocabulary and rules in `pipeline/patterns/` and loads them
here, so adding a header label or a title word is an edit to a data file, not to code.

Two kinds of file:
- `*.json`: vocabularies and settings an extractor reads itself (`load_patterns`);
- `*.jsonl`: spaCy rule patterns, one per line, in the format `EntityRuler`/`SpanRuler`
  read (`{"label": ..., "pattern": ...}`): a string pattern is a phrase, a
  list is a token pattern. `rule_matchers` loads them into a `PhraseMatcher` and a
  `Matcher`, both validated, so a misspelt token attribute fails at load time.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import spacy
import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

PATTERNS_DIR = Path(__file__).parent / "patterns"


@cache
def get_nlp() -> Language:
    """Blank Dutch pipeline: its vocabulary backs documents built outside `nlp.pipe`."""
    return spacy.blank("nl")


def load_patterns(file_name: str) -> dict | list:
    """Read a JSON vocabulary or settings file from `pipeline/patterns/`; a file that keeps
    shared regex parts under `fragments` comes with them put into its rules
    (`_with_fragments`), so every module that reads it reads the same rules."""
    data = json.loads((PATTERNS_DIR / file_name).read_text("utf-8"))
    return _with_fragments(data) if isinstance(data, dict) and "fragments" in data else data


def compiled_regexes(
    raw: dict[str, Any], *, cased: Iterable[str] = (), flags: int = re.IGNORECASE
) -> dict[str, re.Pattern[str]]:
    """Every `<name>_regex` value of a rule file compiled under `<name>`, so a loader names
    only the rules it reads some other way; `cased` names the ones matched as cased
    (capitals that mark a heading or a row)."""
    cased = set(cased)
    return {
        key.removesuffix("_regex"): re.compile(
            value, 0 if key.removesuffix("_regex") in cased else flags
        )
        for key, value in raw.items()
        if key.endswith("_regex") and not key.startswith("_") and isinstance(value, str)
    }


#: `{name}` in a rule's regex: the shared fragment of that name (a quantifier is digits)
_FRAGMENT_RE = re.compile(r"\{([a-z_]+)\}")


def _with_fragments(raw: dict[str, Any]) -> dict[str, Any]:
    """`raw` with every `{name}` in its regexes (a `*_regex` value, the `regex` of a rule in
    a list) replaced by the fragment of that name, so a vocabulary several rules share (who
    can be given a task, a name, a clock time) is written once; `fragments_from` names rules
    of other files that are fragments here too (`{"meeting_rules.json":
    ["building_word_regex"]}`; a vocabulary's list, `name_particles`, as its alternation)."""
    fragments = dict(calendar_fragments())
    # a rule another file owns, shared by name rather than copied (`building_word_regex` of
    # meeting_rules.json in talk_rules.json): one vocabulary, read the same everywhere
    for file_name, names in raw.get("fragments_from", {}).items():
        other = load_patterns(file_name)
        fragments |= {name: _as_fragment(other[name]) for name in names}
    for name, fragment in raw["fragments"].items():  # a fragment may use the ones above it
        fragments[name] = _FRAGMENT_RE.sub(lambda m: fragments[m[1]], fragment)

    def expand(pattern: str) -> str:
        return _FRAGMENT_RE.sub(lambda m: fragments[m[1]], pattern)

    def expand_rule(item: Any) -> Any:
        return (
            {**item, "regex": expand(item["regex"])}
            if isinstance(item, dict) and "regex" in item
            else item
        )

    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key.endswith("_regex") and isinstance(value, str):
            out[key] = expand(value)
        elif isinstance(value, list):
            out[key] = [expand_rule(item) for item in value]
        else:
            out[key] = value
    return out


def _as_fragment(rule: str | list[str]) -> str:
    """A rule of another file as a fragment: a regex as it is, a vocabulary (a list of words,
    `name_particles`) as the alternation of its words, the longest first."""
    return rule if isinstance(rule, str) else longest_first(map(re.escape, rule))


@cache
def calendar_fragments() -> dict[str, str]:
    """The month and weekday names and abbreviations of `calendar.json`, each an
    alternation with the longest first: the one vocabulary of them, which pipeline.dates
    reads and every rule file with fragments may use (`{calendar_month}`,
    `{calendar_weekday}`)."""
    calendar = load_patterns("calendar.json")
    months = [
        *calendar["months_nl"],
        *calendar["months_fy"],
        *calendar["months_en"],
        *calendar["month_abbreviations"],
    ]
    weekdays = [
        *calendar["weekdays_nl"],
        *calendar["weekdays_fy"],
        *calendar["weekdays_en"],
        *calendar["weekday_abbreviations_nl"],
        *calendar["weekday_abbreviations_en"],
    ]
    return {"calendar_month": longest_first(months), "calendar_weekday": longest_first(weekdays)}


def longest_first(words: Iterable[str]) -> str:
    """An alternation of `words`, the longest first (so `sept` is tried before `sep`), ties
    in alphabetical order: the same regex in every process (a set's order is not)."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


def without_accents(text: str) -> str:
    """`text` with its accents taken off (`José` -> `Jose`), as a writer or OCR may drop them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: a full stop before a capital, after a word, a figure or a closing bracket or quote; a
#: quote it closes (`"Wij gaan."`) ends with it, one opened after it (`... De Linde. "Een
#: mooie dag", zegt ...`) starts the next sentence
#: a run of words printed letter-spaced (`V E R S L A G VA N D E G E M E E N T E R A A D VA N 2 5
#: M A A RT`, `P r o v i n c i e F l e v o l a n d`): characters one or two at a time, a space
#: between each, as a transcript of a spaced-out heading reads it
#: ...its last piece may carry the punctuation after it (`b e s l u i t e n:`)
_LETTER_SPACED_RUN_RE = re.compile(r"(?<!\S)(?:[^\W_]{1,2} ){4,}[^\W_]{1,2}(?=[\s:;,.!?)]|$)")


#: a run is letter-spaced where most of its pieces are single characters, letters among
#: them: not a row of small numbers (`1 2 0 3`) nor a run of short words (`is er op in de`)
_LETTER_SPACED_SINGLES_MIN = 4
_LETTER_SPACED_SINGLES_SHARE = 2 / 3


#: where a run closed up parts into words: a capital after a small letter (`ProvincieFlevoland`)
#: and a change between letters and digits (`VAN25MAART`)
_CLOSED_UP_BREAK_RE = re.compile(
    r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])"
)


def _closed_up(m: re.Match[str]) -> str:
    pieces = m[0].split(" ")
    singles = [p for p in pieces if len(p) == 1]
    letters = sum(p.isalpha() for p in singles)
    few = len(singles) < len(pieces) * _LETTER_SPACED_SINGLES_SHARE
    if letters < _LETTER_SPACED_SINGLES_MIN or few:
        return m[0]
    return _CLOSED_UP_BREAK_RE.sub(" ", "".join(pieces))


def letters_closed_up(text: str) -> str:
    """The text with its letter-spaced runs read as words (`P r o v i n c i e F l e v o l a n
    d` -> `Provincie Flevoland`, `2 5 M A A RT` -> `25 MAART`): the spaces between the
    characters dropped, a word parted where a capital follows a small letter or letters meet
    digits. A run in capitals only stays one word where the spacing hid its words
    (`VERSLAGVANDEGEMEENTERAADVAN`): the date and the words cased apart are what it gives."""
    return _LETTER_SPACED_RUN_RE.sub(_closed_up, text)


_SENTENCE_END_RE = re.compile(r"(?<=[\w)”\"'])[.!?][”\"’']?\s+(?=[A-Z(]|[“\"‘„'][A-Z])")
#: ...unless it ends an initial (`J. Bos`) or a title (`dhr. Bos`)
_NO_SENTENCE_END_RE = re.compile(
    r"(?:^|[\s.(])(?:[a-z]|dhr|mevr|mw|mr|drs|dr|ir|ing|prof|nr|ca|jl)$", re.IGNORECASE
)


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, each whitespace run as one space."""
    joined = re.sub(r"\s+", " ", text).strip()
    sentences, start = [], 0
    for m in _SENTENCE_END_RE.finditer(joined):
        if not _NO_SENTENCE_END_RE.search(joined[max(0, m.start() - 6) : m.start()]):
            sentences.append(joined[start : m.end()].rstrip())
            start = m.end()
    return [s for s in [*sentences, joined[start:]] if s]


def load_rule_patterns(file_name: str) -> list[dict]:
    """Read a JSONL file of spaCy rule patterns from `pipeline/patterns/`."""
    patterns = list(srsly.read_jsonl(PATTERNS_DIR / file_name))
    for number, pattern in enumerate(patterns, 1):
        if not isinstance(pattern, dict) or not {"label", "pattern"} <= pattern.keys():
            raise ValueError(f"{file_name} line {number}: needs 'label' and 'pattern'")
    return patterns


class RuleMatchers(NamedTuple):
    """A pattern file loaded: phrases and token patterns, matched together."""

    phrases: PhraseMatcher
    tokens: Matcher

    def spans(self, doc: Doc | Span) -> list[Span]:
        """Every match as a span labelled with its pattern's label, in order, longest
        first at a start; resolving overlaps is the caller's (`spacy.util.filter_spans`)."""
        found = [*self.phrases(doc, as_spans=True), *self.tokens(doc, as_spans=True)]
        return sorted(found, key=lambda span: (span.start, -len(span)))


@cache
def rule_matchers(file_name: str, phrase_attr: str = "LOWER") -> RuleMatchers:
    """Load a JSONL pattern file into validated matchers over the shared vocabulary.

    Phrase patterns are compared on `phrase_attr` (default lower case)."""
    nlp = get_nlp()
    phrases = PhraseMatcher(nlp.vocab, attr=phrase_attr, validate=True)
    tokens = Matcher(nlp.vocab, validate=True)
    for pattern in load_rule_patterns(file_name):
        key = pattern["label"]
        if isinstance(pattern["pattern"], str):
            phrases.add(key, [nlp.make_doc(pattern["pattern"])])
        else:
            tokens.add(key, [pattern["pattern"]])
    return RuleMatchers(phrases, tokens)
