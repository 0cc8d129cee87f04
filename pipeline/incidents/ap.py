"""The AP (Autoriteit Persoonsgegevens) in a sentence: figures reported to it, its own intake
of notifications, and texts in which the AP is the body that counts."""

from __future__ import annotations

import re

from pipeline.incidents.records import _Context, _Sentence, _Value
from pipeline.incidents.rules import _clause_bounds, _rules

#: an organisation reporting leaks itself: `meldde de instantie (nog) 342 lekken`, `meldde het
#: UWV 919 datalekken` (people reporting to their organisation are plural or passive)
_ORG_REPORTED = re.compile(
    r"\b(?:meldde|meldt)\s+(?:de|het)\s+(?:instantie|organisatie|gemeente|provincie|ministerie"
    r"|dienst|waterschap|ziekenhuis|(?-i:(?!AP\b|Autoriteit)[A-Z][\w-]+))"
    r"\s+(?:vorig\s+jaar\s+|nog\s+|ruim\s+)*$",
    re.IGNORECASE,
)


#: a clause saying the incidents were not reported (to the AP)
_NOT_REPORTED = re.compile(
    r"\b(?:niet|nooit|not)\s+(?:(?:\w+\s+){0,3}?(?:gemeld|doorgegeven|reported)\b"
    r"|(?:bij|aan|to)\s+(?:de\s+|the\s+)?(?:ap|autoriteit)\b)",
    re.IGNORECASE,
)


#: right after a count or its share, the items counted were not reported (to the AP):
#: `110 datalekken (60,8 procent) niet bij de AP gemeld`, `67 gevallen ... niet gemeld`
_NOT_REPORTED_AFTER = re.compile(
    r"^\s*(?:%|procent\b)?\s*(?:[^\W\d]+\s*)?\)?\s*(?:\([^()]*\)\s*)?"
    r"(?:(?:zijn|werden|waren|is|werd)\s+)?(?:niet|nooit)\s+"
    r"(?:(?:bij|aan)\s+(?:de\s+)?(?:ap|autoriteit|toezichthouder)\b|(?:\w+\s+){0,3}?gemeld\b)",
    re.IGNORECASE,
)


def _not_reported(after: str) -> bool:
    """Whether the text right after a number says its items were not reported to the AP:
    those leaks are no figure (neither reported nor the whole), as the gold leaves them out
    (tests/gold/README.md, settled rule 9)."""
    return _NOT_REPORTED_AFTER.match(after) is not None


def _reported_to_ap(val: _Value, s: str) -> bool:
    """A count or share reported to the Autoriteit Persoonsgegevens, named in its clause
    (`22 meldingen gedaan bij de AP`), or a share after it (`..., dat is 26 %`)."""
    rules = _rules()
    before, after = s[: val.start], s[val.end :]
    c0, c1 = _clause_bounds(s, val.start)
    clause = s[c0:c1]
    if _NOT_REPORTED.search(clause):
        return False  # `De overige zes datalekken zijn niet bij de AP gemeld`
    if rules["ap"].search(clause):
        return bool(
            val.percent
            or rules["count_noun_after"].match(after)
            or rules["ap_after"].match(after)
            or rules["ap_before"].search(before)
        )
    prev_clause = s[_clause_bounds(s, max(0, c0 - 1))[0] : c0] if c0 else ""
    return bool(
        val.percent
        and rules["ap"].search(prev_clause)
        and re.search(r"\bdat\s+is|\bthat\s+is|\bofwel|\boftewel", clause, re.I)
    )


#: the AP, or how a news item names it
_AP_NAME = (
    r"(?:de\s+)?(?:AP|Autoriteit\s+Persoonsgegevens(?:\s*\(AP\))?|toezichthouder"
    r"|privacy-?waakhond|privacytoezichthouder)"
)
#: the AP receiving notifications: `ontving de AP`, `de AP heeft ... ontvangen`, `binnengekomen
#: bij de AP`, `kwamen er bij de AP ... binnen` (not `binnen de 72 uur`)
_AP_RECEIVES = re.compile(
    rf"\b(?:ontving|ontvangt|kreeg|krijgt)\s+{_AP_NAME}\b"
    rf"|\b{_AP_NAME}\s+(?:heeft\s+|had\s+)?(?:[^\s,;]+\s+){{0,12}}?"
    r"(?:ontving|ontvangt|ontvangen|binnengekregen|ingelicht|kreeg|krijgt)\b"
    rf"|\baan\s+bij\s+{_AP_NAME}\b"  # `klopten organisaties 4700 keer aan bij de AP`
    rf"|\bbinnen(?:gekomen)?\s+bij\s+{_AP_NAME}\b"
    rf"|\bbij\s+{_AP_NAME}\s+(?:[^,;]*?\s)?binnen(?:gekomen|komen|komt|kwamen)?\b"
    r"(?!\s+(?:de\s+|het\s+)?\d)",
    re.IGNORECASE,
)


#: a sentence opening on the items just named: what it counts is a part of them
_OF_THESE = re.compile(r"^\W*(?:van|of)\s+(?:deze|die|these|those)\b", re.IGNORECASE)


def _ap_intake(val: _Value, s: str, ctx: _Context) -> bool:
    """A count of the notifications the AP itself received (`De AP ontving vorig jaar 27.000
    meldingen`; `In 2018 zijn er 20.881 datalekken gemeld aan de AP` in a text that breaks
    them down by sector or where the AP is the body that counts): the national intake, a
    `total`, not what one organisation reported to the AP. Parts of a stated total
    (`waarvan 12 gemeld bij de AP`) and an organisation's own reports (`meldde het UWV 919
    datalekken`) are never the intake."""
    before = s[: val.start]
    if _rules()["ap_before"].search(before) or _ORG_REPORTED.search(before):
        return False
    if _OF_THESE.match(before):
        return False  # `Van deze datalekken werden er twee bij de AP gemeld`: a part
    the_ap_counts = ctx.sectors or ctx.ap_counts
    if val.percent:
        return the_ap_counts  # `45% van de meldingen bij de AP`: a share of the intake
    c1 = _clause_bounds(s, val.start)[1]
    if _AP_RECEIVES.search(s, 0, c1):
        return True
    if ctx.ap_counts:
        # `In 2019 werden 26.956 meldingen bij de AP gedaan`: no one reporter; not `hebben
        # wij 12 datalekken gemeld`, `De gemeente heeft 8 ...`, `door de provincie gemeld`
        c0 = _clause_bounds(s, val.start)[0]
        return _OWN_REPORTER.search(s, c0, c1) is None
    return ctx.sectors and _rules()["count_noun_after"].match(s[val.end :]) is not None


#: one organisation that reports its own leaks: the writer (`wij`), a singular subject
#: (`heeft`), an agent (`door de provincie`)
_OWN_REPORTER = re.compile(
    r"\b(?:wij|we|ons|onze|heeft|door\s+(?:de|het|onze?)\s+(?!AP\b|Autoriteit\b)\w+)\b",
    re.IGNORECASE,
)


#: `het aantal meldingen bij de AP`: the AP's own count, no organisation's (not `een aantal
#: meldingen bij de AP`, some of an organisation's reports)
_AP_COUNT = re.compile(
    rf"\bhet\s+aantal\s+(?:datalek)?meldingen\s+(?:van\s+datalekken\s+)?bij\s+{_AP_NAME}\b"
    r"(?!\s+(?:van|door)\b)",
    re.IGNORECASE,
)


def _the_ap_counts(sentences: list[_Sentence]) -> bool:
    """Whether the AP is the body whose count the text gives: a sentence has the AP receive
    notifications (`De AP kreeg 8929 meldingen`, `ontving de toezichthouder`) or names its
    count (`het aantal meldingen bij de AP nam toe`). Then a notification to the AP counted
    without an organisation reporting it is the AP's intake (`total`), as the gold
    conventions have it; `reported_to_ap` stays an organisation's own leaks it reported."""
    return any(
        _AP_HINT.search(sentence.text)
        and (_AP_RECEIVES.search(sentence.text) or _AP_COUNT.search(sentence.text))
        for sentence in sentences
    )


#: a word every name of the AP holds: one cheap scan before the two long patterns
_AP_HINT = re.compile(r"\bap\b|autoriteit|toezichthouder|waakhond", re.IGNORECASE)
