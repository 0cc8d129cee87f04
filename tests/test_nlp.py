"""The one loader of spaCy rule patterns (`pipeline.nlp.rule_matchers`)."""

from __future__ import annotations

import re

import pytest

from pipeline import nlp
from pipeline.dates import MONTH_ALT, WEEKDAY_ALT


@pytest.fixture
def pattern_dir(tmp_path, monkeypatch):
    # the calendar's names are fragments of every rule file (`nlp.calendar_fragments`)
    (tmp_path / "calendar.json").write_text((nlp.PATTERNS_DIR / "calendar.json").read_text())
    monkeypatch.setattr(nlp, "PATTERNS_DIR", tmp_path)
    nlp.rule_matchers.cache_clear()
    yield tmp_path
    nlp.rule_matchers.cache_clear()


def test_phrases_and_token_patterns_match_together(pattern_dir) -> None:
    (pattern_dir / "labels.jsonl").write_text(
        '{"label": "sent", "pattern": "Verzonden"}\n'
        '{"label": "from", "pattern": [{"LOWER": "van"}, {"ORTH": ":"}]}\n'
    )
    doc = nlp.get_nlp()("Van : iemand , verzonden gisteren")
    found = nlp.rule_matchers("labels.jsonl").spans(doc)
    assert [(span.label_, span.text) for span in found] == [
        ("from", "Van :"),
        ("sent", "verzonden"),
    ]


def test_a_misspelt_token_attribute_fails_when_loaded(pattern_dir) -> None:
    (pattern_dir / "bad.jsonl").write_text('{"label": "x", "pattern": [{"LOWR": "van"}]}\n')
    with pytest.raises(ValueError, match="LOWR"):
        nlp.rule_matchers("bad.jsonl")


def test_a_line_without_label_names_its_file_and_line(pattern_dir) -> None:
    (pattern_dir / "bad.jsonl").write_text('{"label": "x", "pattern": "a"}\n{"pattern": "b"}\n')
    with pytest.raises(ValueError, match="bad.jsonl line 2"):
        nlp.rule_matchers("bad.jsonl")


def test_a_rule_file_with_fragments_is_read_with_them_put_in(pattern_dir) -> None:
    """`{name}` in a `*_regex` value or a listed rule's `regex` is the fragment of that name
    (a fragment may use one above it); other values and quantifiers stay as written."""
    (pattern_dir / "rules.json").write_text(
        '{"fragments": {"hour": "[012]?\\\\d", "clock": "{hour}[.:][0-5]\\\\d"},'
        ' "start_regex": "om\\\\s+{clock}", "note": "{clock}",'
        ' "labels": [{"kind": "x", "regex": "^{hour}\\\\d{2}"}, "plain"]}'
    )
    rules = nlp.load_patterns("rules.json")
    assert rules["start_regex"] == r"om\s+[012]?\d[.:][0-5]\d"
    assert rules["labels"] == [{"kind": "x", "regex": r"^[012]?\d\d{2}"}, "plain"]
    assert rules["note"] == "{clock}"  # not a regex: left alone
    (pattern_dir / "bad.json").write_text('{"fragments": {}, "a_regex": "{nothing}"}')
    with pytest.raises(KeyError, match="nothing"):
        nlp.load_patterns("bad.json")


def test_a_rule_of_another_file_is_a_fragment_by_its_name(pattern_dir) -> None:
    """`fragments_from` shares a rule another file owns (its building words) by name, its
    own fragments put in first; a rule not named there is no fragment."""
    (pattern_dir / "rooms.json").write_text(
        '{"fragments": {"room": "zaal|kamer"}, "room_regex": "\\\\w*(?:{room})\\\\b"}'
    )
    (pattern_dir / "talks.json").write_text(
        '{"fragments_from": {"rooms.json": ["room_regex"]}, "fragments": {},'
        ' "in_regex": "\\\\bin\\\\s+de\\\\s+(?:{room_regex})"}'
    )
    assert nlp.load_patterns("talks.json")["in_regex"] == r"\bin\s+de\s+(?:\w*(?:zaal|kamer)\b)"
    (pattern_dir / "bad.json").write_text(
        '{"fragments_from": {"rooms.json": ["room_regex"]}, "fragments": {}, "a_regex": "{room}"}'
    )
    with pytest.raises(KeyError, match="room"):
        nlp.load_patterns("bad.json")


def test_every_fragment_of_the_rule_files_is_put_in() -> None:
    for name in ("decision_labels.json", "meeting_rules.json", "talk_rules.json"):
        rules = nlp.load_patterns(name)
        regexes = [v for k, v in rules.items() if k.endswith("_regex")] + [
            item["regex"] for v in rules.values() if isinstance(v, list) for item in v
            if isinstance(item, dict) and "regex" in item
        ]  # fmt: skip
        shared = [n for names in rules.get("fragments_from", {}).values() for n in names]
        names = "|".join([*rules["fragments"], *shared])
        assert not [r for r in regexes if re.search(rf"\{{(?:{names})\}}", r)], name


def test_the_calendar_names_are_fragments_of_every_rule_file(pattern_dir) -> None:
    """`{calendar_month}`, `{calendar_weekday}`: the one vocabulary of `calendar.json`, the
    alternations pipeline.dates reads too, in any rule file with fragments."""
    (pattern_dir / "rules.json").write_text(
        '{"fragments": {}, '
        '"day_regex": "(?:{calendar_weekday})\\\\s+\\\\d+\\\\s+(?:{calendar_month})"}'
    )
    day = re.compile(nlp.load_patterns("rules.json")["day_regex"], re.IGNORECASE)
    assert day.fullmatch("dinsdag 4 mrt") and day.fullmatch("Tue 4 March")
    assert nlp.calendar_fragments() == {
        "calendar_month": MONTH_ALT,
        "calendar_weekday": WEEKDAY_ALT,
    }


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a quote opened after a full stop starts the next sentence
        ('Hij ging naar De Linde. "Een mooie dag", zegt juf Ans.',
         ["Hij ging naar De Linde.", '"Een mooie dag", zegt juf Ans.']),
        ("Zo ging het. „Wij gaan door”, aldus Bos.",
         ["Zo ging het.", "„Wij gaan door”, aldus Bos."]),
        # a quote closed after its full stop ends with it; an initial ends nothing
        ("“Het was goed.” J. Bos knikte. ‘Ja.’ Daarna ging hij.",
         ["“Het was goed.”", "J. Bos knikte.", "‘Ja.’", "Daarna ging hij."]),
    ],
)  # fmt: skip
def test_sentences_split_around_quotes(text: str, sentences: list[str]) -> None:
    assert nlp.split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # docplayer transcripts of spaced-out titles (Flevoland 2006, Zonnebeke 2019)
        ("1 P r o v i n c i e F l e v o l a n d V e r s l a g Registratienummer:",
         "1 Provincie Flevoland Verslag Registratienummer:"),
        ("1 V E R S L A G VA N D E G E M E E N T E R A A D VA N 2 5 M A A RT Aanwezig",
         "1 VERSLAGVANDEGEMEENTERAADVAN 25 MAART Aanwezig"),
        ("b e s l u i t :", "besluit :"),
        # a row of small numbers and a run of short words are no spaced-out word
        ("Stemming 1 2 0 3 1 4", "Stemming 1 2 0 3 1 4"),
        ("als ik er op in de zaal ben", "als ik er op in de zaal ben"),
    ],
)  # fmt: skip
def test_letter_spaced_runs_read_as_words(text: str, read: str) -> None:
    assert nlp.letters_closed_up(text) == read


def test_letter_spaced_run_keeps_the_punctuation_after_its_last_letter() -> None:
    # a formal decree's dictum verb, as `decisions.rules.decision_label` reads it
    assert nlp.letters_closed_up("b e s l u i t e n:") == "besluiten:"
    assert nlp.letters_closed_up("B E S L U I T:") == "BESLUIT:"
