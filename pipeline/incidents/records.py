"""The records the readers pass between them: periods and their spans in a text, the
numbers of a sentence, the document's reading context (`_Context`), the facts read from a
sentence and the figures that become rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class Period(NamedTuple):
    start: date
    end: date


def year_period(year: int) -> Period:
    """The calendar year `year` as a period."""
    return Period(date(year, 1, 1), date(year, 12, 31))


class _PeriodSpan(NamedTuple):
    start: int
    end: int
    period: Period
    anchors: bool  # False for `t.o.v. 2019`, `sinds 2016`: a comparison, not the figure's period


@dataclass
class _Value:
    start: int
    end: int
    value: float
    percent: bool
    word: bool = False  # written out (`drie`): read only in the month construction


@dataclass
class _Sentence:
    text: str  # whitespace collapsed, quotes normalised
    offsets: list[int]  # offsets[i] = position of text[i] in the document text


@dataclass
class _Context:
    report: Period | None
    totals: dict[float, Period]  # value -> period of explicit totals (`in 2020 84 meldingen`)
    list_anchor: Period | None = None  # set by `Van deze 84 meldingen waren er:`
    list_anchor_sentence: int = -100
    last_total: Period | None = None  # for `Waarvan 31 in de categorie ...`
    last_total_sentence: int = -10
    carry_category: str | None = None  # `dat is 26 %. In 2019 was dit 17%`
    carry_sentence: int = -10
    consumed: set[int] = field(default_factory=set)  # document offsets already read as rows
    latest_year: tuple[int, Period] | None = None  # see _latest_figure_year
    headings: list[Period | None] = field(default_factory=list)  # per sentence
    sections: list[tuple[int, Period]] = field(default_factory=list)  # (offset, heading period)
    last_year: int | None = None  # the year `vorig jaar` names (see _last_year)
    academic: Period | None = None  # the academic year `vorig studiejaar` names
    new_year: Period | None = None  # the New Year's night a text is about (`dit jaar`)
    text: str = ""  # the (masked) document text the sentences' offsets point into
    organisations: set[str] = field(default_factory=set)  # compared in the text (scopes)
    sectors: bool = False  # the text breaks notifications down by sector: the AP's figures
    ap_counts: bool = False  # the AP is the body that counts (receives) the notifications
    probe: bool = False  # the first pass, reading the totals the references link to
    counts_items: bool = False  # a figure counts the items with their noun (`567 klachten`)
    previous: tuple[int, tuple[Period, ...]] = (-10, ())  # the last sentence read, its periods
    recent_facts: list[tuple[int, list]] = field(default_factory=list)  # see SUM_REACH
    recent_texts: list[str] = field(default_factory=list)  # see SUCH_REACH
    such_kind: str | None = None  # the kind `een dergelijk datalek` refers back to
    group: str | None = None  # the group of organisations the AP's notifications are about
    units: list[tuple[int, str | None]] = field(default_factory=list)  # see _unit_headings
    heading_scoped: set[int] = field(default_factory=set)  # offsets scoped by a heading
    body_scoped: set[int] = field(default_factory=set)  # offsets scoped by `bij het X-loket`
    paragraph_year: Period | None = None  # see _track_paragraph_year
    paragraph_reach: int = 0  # sentences the paragraph's year still reaches
    year_before: Period | None = None  # the one year the sentence just read states
    nested_kinds: bool = False  # the paragraph breaks one kind down (see _track_paragraph_year)
    last_end: int | None = None  # where the last sentence read ends in `text`
    text_year: int | None = None  # see _news_year
    reported_year: int | None = None  # see _latest_year_told: a table's of no period (rule 14)
    one_year: Period | None = None  # see _the_items_one_year
    one_period: Period | None = None  # see _the_items_one_period
    ranked_list_at: int | None = None  # the sentence whose ranked list of units was read last
    area_list: bool = False  # a list of the items' shares per area runs (see _area_share)


#: `_Fact.source` of a number that restates the count just made for another period, its noun
#: left out (facts._compared_count)
COMPARED_AGAIN = "again"


@dataclass
class _Fact:
    value: _Value
    category: str
    period: Period | None
    scope: str | None
    source: str  # which rule; why a period was or was not needed
    rough: bool = False  # `bijna 27.000`: stated as a rough figure
    intake: bool = False  # the AP's own intake: every organisation's notifications
    assumed: bool = False  # a total dated by the report's period, not by its sentence
    wider: bool = False  # a body's contacts (`_contacts_category`): no part of the items


@dataclass
class _Reading:
    """One sentence as the per-number rules see it."""

    text: str
    periods: list[_PeriodSpan]
    has_noun: bool  # the items' noun (`meldingen`) or a compound of it stands in it
    carry: bool  # `was dit 17%` right after a sentence with a share: its category carries
    references: dict[int, float]  # `Van deze 84 meldingen`: links to a stated total
    counts_back: bool = False  # `Dat daalde van ...` after `het aantal datalekken ...`
    restated: Period | None = None  # `Het ging om 502 meldingen`: see _restated_period
    count_before: _Fact | None = None  # `Dat aantal ligt lager dan in 2018 (6.224)`: see
    # facts._count_referred_back
    # the last count of the sentence right before (`... 2.363 keer gealarmeerd. In 2022 was
    # dat 2520 keer.`): see facts._compared_count
    last_count: _Fact | None = None
    facts: list[_Fact] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # where the sentence's numbers stand


class _Figure(NamedTuple):
    """A figure read from the document, before it becomes a row."""

    offset: int  # of its number in doc.text
    category: str
    value: float
    unit: str
    period: Period
    scope: str | None
    evidence: str
    rough: bool = False  # `bijna 27.000`: kept where no exact figure states the same
    handled: bool = False  # requests or complaints counted when handled, not received
    assumed: bool = False  # see `_Fact.assumed`
    wider: bool = False  # see `_Fact.wider`
    # a unit of a ranked list going on in a sentence that does not name the items (`Helemaal
    # achteraan in het lijstje staan België (541), ...`): the list's first sentence names them
    listed: bool = False
