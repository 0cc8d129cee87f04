"""The constructions as regular expressions built from the vocabulary (`_rules`: links,
labels, kinds, filings, scopes, bodies, parts and guards, per subject), and the clause tests
the readers share (`_clause_bounds`, `_handled`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline.incidents.vocab import (
    _DIGIT_RUN,
    _SUBJECT,
    LEAK,
    PATTERN_FILE,
    SubjectKey,
    _alt,
    _vocab,
    _words_alt,
)
from pipeline.nlp import load_patterns

#: A unit's proper name: one to three capitalised words (case-sensitive inside an
#: otherwise case-insensitive rule).
_UNIT_NAME = r"(?-i:(?P<unit>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))"
#: a verb of coming: where the items came from (`kwamen uit`)
_COMING = r"(?:kwam|kwamen|komt|komen)"
#: a body's proper name: capitalised words or initials (`KMar`, `Politiezone Antwerpen`)
_PROPER = r"(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
#: the word that pairs the figures of a list with things named in the same order
RESPECTIVELY = r"(?:respectievelijk|resp(?=\.)|respectively)"


def _rules() -> dict[str, re.Pattern]:
    """Every construction rule by name (compiled once per subject)."""
    return _rules_for(_SUBJECT.get())


@cache
def _rules_for(key: SubjectKey) -> dict[str, re.Pattern]:
    return {
        **_link_rules(), **_label_rules(), **_kind_rules(), **_filing_rules(),
        **_ap_share_month_rules(), **_scope_rules(), **_body_rules(),
        **_guard_rules(), **_part_rules(),
    }  # fmt: skip


def _link_rules() -> dict[str, re.Pattern]:
    """Links between sentences and figures: a reference to a stated total, a list under
    it, a share carried to the next sentence, clause breaks."""
    v = _vocab()
    noun = v["noun_alt"]
    return {
        "reference": re.compile(
            rf"\b(?:van|uit|of)\s+(?:deze|de|die|these|the)\s+(?P<n>\d{{1,4}})\s+(?:\w+\s+)?(?:{noun})",
            re.IGNORECASE,
        ),
        "list_intro": re.compile(r"(?:waren\s+er|zijn\s+er|waarvan|hiervan|:)\s*:?\s*$", re.I),
        "waarvan": re.compile(r"^\s*(?:waarvan|hiervan|daarvan|of\s+which)\b", re.IGNORECASE),
        "carry": re.compile(
            r"\b(?:was\s+dit|was\s+dat|is\s+dit|waren\s+(?:dit|dat)|(?:dit|dat)\s+waren"
            rf"|this\s+was|{RESPECTIVELY})\b"
            # `Dat is minder dan in 2022 (52)`: the count just named, for the compared year
            r"|\b(?:meer|minder|evenveel)\s+dan\s+in\s+(?:19|20)\d\d\s*\(\s*\d",
            re.I,
        ),
        "respectively": re.compile(rf"\b{RESPECTIVELY}\b", re.IGNORECASE),
        "clause_break": re.compile(r"[,;]|\b(?:waarvan|daarvan|hiervan)\b|\bmaar\b", re.I),
        # the sum over the units a text compares: no one unit's figure
        "grand_total": re.compile(r"\b(?:in\s+totaal|alles\s+bij\s+elkaar|in\s+total)\b", re.I),
    }


#: words that state a number, not name a kind (`het aantal klachten bedroeg (45)`)
_STATING_WORDS = r"was|is|waren|zijn|bedroeg|bedraagt|steeg|daalde|nam|bleef|totaal|in|op|bij|aan"


#: `23 procent aangevinkt als 'overig'`: a share or count labelled with its category
_CLASSIFIED_AS = r"(?:aangevinkt|aangemerkt|geclassificeerd|gecategoriseerd|ingedeeld)\s+als"


def _label_rules() -> dict[str, re.Pattern]:
    """What a number is: a category label beside it, a total."""
    v = _vocab()
    noun = v["noun_alt"]
    received = _received(v)
    adjectives = _words_alt(v["data"]["count_adjectives"])
    label_words = (
        r"(?:in\s+de\s+categorie|categorie|van\s+het\s+type|in\s+the\s+category"
        rf"|betroffen|betrof|(?:procent\s+|%\s*)?{_CLASSIFIED_AS})"
    )
    return {
        "label_after": re.compile(
            rf"^\s*(?:(?:{noun}|keer)\s+)?(?:{label_words}\s+)+[:']?\s*'?\s*(?P<cat>{v['category_re'].pattern})",
            re.IGNORECASE,
        ),
        "label_before": re.compile(
            rf"(?:{label_words}\s+)?'?(?P<cat>{v['category_re'].pattern})'?\s*(?:\([^)]{{0,20}}\))?"
            r"\s*(?:[:=-]|waren(?:\s+er)?|was|bedroeg|zijn|:)?\s*$",
            re.IGNORECASE,
        ),
        "count_noun_after": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?"
            # `1657 signalen over mogelijke datalekken` (not `25 van dergelijke meldingen`:
            # such as the sentence before counts, a kind it may leave out)
            r"(?:signalen\s+over\s+(?:mogelijke\s+)?(?=datalek))?"
            # `20.387 vragen en klachten`: the items' noun joined to another plural, one
            # count of both
            r"(?:[^\W\d]{3,}(?:en|s)\s+(?:en|of|en/of)\s+)?"
            rf"(?:{noun})\b",
            re.IGNORECASE,
        ),
        "total_before": re.compile(
            rf"(?:aantal\s+{received}(?:{noun})\s*(?:was|bedroeg|is|:)?"
            rf"|aantal\s+{received}(?:{noun})\s+(?:in|over)\s+[^.;:\d]{{0,30}}?"
            r"(?:(?:19|20)\d\d)\s*(?:was|bedroeg|is|:|=)"
            # `Het aantal ingediende klachten tegen accountants was 138`: who or what the
            # items were lodged against or with, between the noun and its verb (a kind
            # named so, `over bejegening`, is read as one by `aantal_of_kind`)
            rf"|aantal\s+{received}(?:{noun})\s+(?:tegen|bij|over)\s+[^.;:\d()]{{1,40}}?"
            r"\s+(?:was|bedroeg|is)"
            # `in 2018 waren dat er 241`, `zijn het er 12`: the count just named, restated
            r"|waren\s+(?:het|dat|er)(?:\s+er)?|zijn\s+(?:het|dat)\s+er"
            # `in 2022 kwam dat aantal (na een dip) uit op 387`, `het aantal lag in 2022 op 40`
            r"|\b(?:dat|dit|het)\s+aantal\b[^.;:]{0,60}?\b(?:uit|lag|stond)\b[^.;:]{0,30}?\bop"
            r"|in\s+totaal|totaal(?:\s+aantal)?\s*:?"
            # `Het totaal was toen 3554`: the total of the period compared with, restated
            r"|\bhet\s+totaal\s+(?:was|bedroeg)(?:\s+(?:toen|nog))*"
            r"|total(?:\s+number\s+of\s+\w+)?\s*(?:was|:)?)\s*\(?\s*$",
            re.IGNORECASE,
        ),
        "bracket_before": re.compile(r"\(\s*(?:in\s+totaal\s*)?$", re.IGNORECASE),
        "aantal": re.compile(rf"\baantal\s+(?:\w+\s+)?(?:{noun})|\bnumber\s+of\b", re.IGNORECASE),
        # `het aantal datalekken na een cyberaanval steeg van ...`: the number of one kind
        "aantal_kind": re.compile(
            rf"\baantal\s+(?:\w+\s+)?(?:{noun})\s+(?:van\s+(?:een\s+)?(?:{noun})\s+)?"
            r"(?:na|door|als\s+gevolg\s+van|waarbij)\s+"
            r"(?P<kind>[^,;.\d]{3,60})",
            re.IGNORECASE,
        ),
    }


#: the other items of a list the noun ends (`vragen, signalen en klachten`)
_LISTED_ITEMS = r"(?:(?:[^\W\d]|[()])+(?:\s*,\s*|\s+(?:en|of)\s+)){0,4}"


#: after `over`/`van`, no kind of the items: a period, an article or pronoun (a body: `van
#: de gemeente`)
NOT_A_KIND = (
    "periode|jaar|jaren|maand|maanden|kwartaal|afgelopen|vorige?|heel|hele|gehele|geheel"
    "|dit|deze|die|de|het|een"
    "|ons|onze|hun"
)


def _received(v: dict[str, Any]) -> str:
    """The optional adjective of how the items came in (`het aantal gemelde datalekken`,
    `Totaal aantal ontvangen klachten:`)."""
    return rf"(?:(?:{_words_alt(v['data']['received_adjectives'])})\s+)?"


def _kind_of(v: dict[str, Any]) -> str:
    """The prepositions besides `over` that name a kind of the subject's items (`meldingen
    van ongewenst gedrag`); a pattern that never matches where there are none."""
    return "|".join(p for p in v["data"].get("kind_of", ["over"]) if p != "over") or "(?!)"


def _kind_starts(v: dict[str, Any]) -> str:
    """Where what the items are about starts: a word in lower case, not a named body, not
    who made them (nor the call-out service), not the organisation as a whole, nor a phrase
    ending in the items' own noun."""
    noun = v["noun_alt"]
    reporters = _words_alt(v["data"]["reporter_nouns"])
    # `76 klachten over de gemeente`: about the whole organisation, no kind of them
    # (`klachten over gemeenten en andere overheidsinstanties`: about such bodies, too)
    organisations = _words_alt(v["data"]["organisation_nouns"] + v["data"]["organisation_groups"])
    conduct = _words_alt(v["data"]["organisation_conduct_nouns"])
    # `het aantal ritten van ambulances`: the call-out service that made them, no kind
    services = _words_alt(
        [w for spec in v["data"]["subjects"].values() for w in spec.get("call_out_services", [])]
    )
    # `meldingen over discriminatie` in a text on discrimination reports: the subject's
    # own items, no kind of them
    own = _words_alt(v["data"].get("own_cues", [])) or "(?!)"
    return (
        rf"(?!(?:{NOT_A_KIND}|{reporters}|{organisations})\b)(?!(?:{own})\w*\b(?!\s+van\b))"
        rf"(?!(?:{services})s?\b)"
        # `over het handelen van Stadsdeel West`: the conduct of a named body, of the body
        rf"(?!(?:{conduct})\s+van\s+(?:de\s+|het\s+)?(?:(?-i:[A-Z])|(?:{organisations})\b))"
        rf"(?!(?:\S+\s+){{0,2}}(?:{noun})\b)"
        r"(?-i:[a-zà-ÿ])"
    )


def _kind_rules() -> dict[str, re.Pattern]:
    """What a count is of: one kind of the items (what they are about), or a part by who
    made them."""
    v = _vocab()
    noun = v["noun_alt"]
    received = _received(v)
    adjectives = _words_alt(v["data"]["count_adjectives"])
    reporters = _words_alt(v["data"]["reporter_nouns"])
    anyone = _words_alt(v["data"]["anyone_nouns"])
    kind_of = _kind_of(v)
    # a sentence opening with the items (`De klachten`, `Klachten en vragen`)
    noun_opens = rf"^\W*(?:(?:de|het|alle)\s+)?{_LISTED_ITEMS}(?:{noun})"
    kind_starts = _kind_starts(v)
    subject_starts = kind_starts.removesuffix(r"(?-i:[a-zà-ÿ])") + r"[^\W\d]"
    call_outs = _words_alt(
        [w for spec in v["data"]["subjects"].values() for w in spec.get("call_out_nouns", [])]
    )
    return {
        # `Vijf klachten gingen over bejegening`, `130 meldingen over misdragingen en 139
        # over ...`, `Eén klacht viel in de categorie overige klachten`: a count of one kind
        # of the items (what they are about, in lower case: not a named body, not a period)
        # `14 meldingen van ongewenste omgangsvormen` (not `van inwoners`: who made them)
        "about_kind": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?(?P<noun>(?:{noun})\s+)?"
            # `vier klachten binnengekomen over het rijgedrag`: their arrival told between
            r"(?:(?:(?:(?:ging|gingen|gaat|gaan)\s+)?"
            rf"(?:(?<=\s){received})?(?:over|met\s+betrekking\s+tot)\s+"
            r"(?:(?:de|het|een)\s+)?+"
            rf"|(?:{kind_of})\s+)"
            + kind_starts
            # `negen klachten hadden betrekking op bejegening`, `vier bezwaren zien op de Wet
            # open overheid`: verbs of what they are about, before a subject matter that
            # may be a name (a law, a scheme)
            # (the verb may stand before the number: `Hiervan hadden 60 klachten betrekking op`)
            + r"|(?:(?:(?:(?:hebben|hadden|heeft|had)\s+)?betrekking|(?:zien|zagen|ziet|zag))\s+op"
            # `twee bezwaarschriften (ontvangen) in het kader van de AVG`
            + r"|(?:(?<=\s)[^\W\d]+\s+)?in\s+het\s+kader\s+van)\s+"
            + r"(?:(?:de|het|een)\s+)?+"
            + subject_starts
            # `54 bezwaren tegen 28 omgevingsvergunningen`: what they were lodged against
            # (not `tegen 48 in 2014`: a figure compared)
            + (
                r"|(?:(?:" + noun + r")\s+)?tegen\s+\d+\s+(?!in\b)(?=[^\W\d])"
                if "tegen" in kind_of
                else ""
            )
            + r"|(?:viel|vielen|valt|vallen)\s+(?:in|onder)\s+de\s+categorie\b)",
            re.IGNORECASE,
        ),
        # `14 klachten van ondernemers`: a part by who made them, no figure (`klachten van`,
        # `verzoeken van` name who made them; `meldingen van` a kind: see `kind_of`)
        "by_reporter": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?(?:{noun})\s+(?:van|door)\s+"
            + (rf"(?:{reporters})\b" if "van" in kind_of else rf"(?!(?:{NOT_A_KIND})\b)[^\W\d]"),
            re.IGNORECASE,
        ),
        # `het aantal directe meldingen door dierenartsen`: the number of the items some made
        # (who, after `door`; not anyone's: `door burgers`), a part by who made them
        "aantal_by_reporter": re.compile(
            rf"\baantal\s+(?:[^\W\d]+\s+)?(?:{noun})\s+door\s+(?:de\s+|het\s+)?"
            rf"(?!(?:{anyone}|{NOT_A_KIND})\b)[^\W\d]",
            re.IGNORECASE,
        ),
        # `het aantal meldingen van ongewenst gedrag`: the number of one kind of the items
        # (not of who made them: `van inwoners`; not of a body: `van de gemeente`)
        "aantal_of_kind": re.compile(
            rf"\baantal\s+{received}"
            # `het aantal uitrukken bij storm- en waterschade`: what call-outs were for
            rf"(?:(?:{call_outs})\s+(?:bij|voor)\s+{kind_starts}|"
            rf"(?:{noun})\s+(?:"
            rf"(?:over|{kind_of})\s+(?:(?:de|het|een)\s+)?+{kind_starts}"
            # `het aantal bezwaren WMO (42)`: the kind's name right after the noun, as a
            # table row's label, its count in brackets after it
            rf"|(?!(?:{NOT_A_KIND}|{reporters}|{noun}|{_STATING_WORDS})\b)"
            r"[^\W\d][\w/-]*\s*\(\s*\d))",
            re.IGNORECASE,
        ),
        # `Klachten over organisatorische zaken ... vormden de sterkste stijger: van 65
        # klachten in 2015 naar 91 in 2016`: the sentence's subject names one kind
        # (also `De vragen en klachten die de ombudsman kreeg over jeugdzorg ...`)
        "kind_subject": re.compile(
            rf"{noun_opens}(?:\s+die\s+[^,;.\d]{{1,40}}?)?\s+over\s+(?:(?:de|het|een)\s+)?+"
            + kind_starts,
            re.IGNORECASE,
        ),
        # `473 klachten van ouders over de omgang`: who made them and what they are about
        "reporter_about": re.compile(
            rf"^\s*(?:(?:{adjectives})\s+)?(?:{noun})\s+(?:van|door)\s+[^,;.\d]{{1,40}}?"
            r"\s+over\s+(?:(?:de|het|een)\s+)?+" + kind_starts,
            re.IGNORECASE,
        ),
    }


def _filing_rules() -> dict[str, re.Pattern]:
    """Counts told by who filed the items or how often they were filed (`215 inwoners
    dienden een klacht in`, `400 keer geklaagd`)."""
    v = _vocab()
    noun = v["noun_alt"]
    filed = _words_alt(v["data"].get("filed_verbs", [])) or "(?!)"
    # a data-leak pass counts no body's contacts
    contacted = _words_alt(v["data"]["contact_verbs"]) if _SUBJECT.get()[0] != LEAK else "(?!)"
    # `797 contacten`, `223.864 digitale klantencontacten`: a compound's head names them
    contacts = (
        rf"(?:[^\W\d]+\s+)?[^\W\d]*(?:{_words_alt(v['data']['contact_nouns'])})"
        if _SUBJECT.get()[0] != LEAK
        else "(?!)"
    )
    beside = (
        rf"(?:[^\W\d]+\s+)?[^\W\d]*(?:{_words_alt(v['data']['beside_contact_nouns'])})"
        if _SUBJECT.get()[0] != LEAK
        else "(?!)"
    )
    return {
        "filed_by": re.compile(rf"^\s*{_filed_by(v)}", re.IGNORECASE),
        "times_filed": re.compile(
            rf"^\s*(?:keer|maal)\s+(?:(?:een\s+)?(?:{noun})\s+(?:[^\W\d]+\s+){{0,3}}?"
            r"(?:ingediend|gemaakt|aangetekend|gedaan|ontvangen|binnengekomen)\b"
            # `29.380 keer benaderd met (vragen en) klachten`: approached with them so often
            rf"|(?:benaderd|aangesproken|gebeld)\s+met\s+{_LISTED_ITEMS}(?:{noun})\b"
            # `400 keer geklaagd`: the subject's own verb of filing
            rf"|(?:{filed})\b)",
            re.IGNORECASE,
        ),
        # `werd in 5516 gevallen door artsen een melding van euthanasie bij de
        # toetsingscommissie gedaan`: the cases in which one of the items was filed, as
        # many as were (who filed them, and what about, between)
        "cases_filed": re.compile(
            r"^\s*gevallen\s+(?:door\s+[^\W\d]+\s+)?(?:een\s+)?"
            rf"(?:{noun})\s+(?:[^\W\d]+\s+){{0,5}}?"
            r"(?:ingediend|gemaakt|aangetekend|gedaan|ontvangen|binnengekomen)\b",
            re.IGNORECASE,
        ),
        # `werd 1.732 keer gecontacteerd`, `327 keer telefonisch benaderd`: the body's
        # contacts (not `benaderd met klachten`: `times_filed`); `keer` may be left out
        # (`werd in totaal 1.852 gecontacteerd`); `797 contacten`
        "times_contacted": re.compile(
            rf"^\s*(?:(?:(?:keer|maal)\s+(?:[^\W\d]+\s+){{0,2}}?)?(?:{contacted})|{contacts})\b",
            re.I,
        ),
        # `30.100 telefoontjes`, `5.173 informatievragen`: contacts beside the items by their noun
        "beside_contact_noun": re.compile(rf"^\s*{beside}\b", re.I),
        # `Gevangenbewaarders werden ook vaker bedreigd. Dat gebeurde vorig jaar 3.600 keer`,
        # `In 2020 gebeurde dat 81 keer`, `dit kwam in 2019 maar 2611 keer voor`: how often
        # what the text just told happened (the number's words before it, then `keer`)
        "happened_before": re.compile(
            r"\b(?:(?:gebeurde|gebeurt)\s+(?:dat|dit|het)|(?:dat|dit|het)\s+(?:gebeurde|gebeurt"
            r"|(?P<kwam>kwam)))\b[^.,;:()]{0,40}$",
            re.I,
        ),
        # `Dit jaar staat de teller op 83`, `waar de teller op 2180 bleef stilstaan`, `nu
        # zitten we al op 134`: where the tally of the text's items stands (a tally of
        # something it names, `de teller van het aantal bezoekers`, is not)
        "tally_before": re.compile(
            r"(?:\bteller\s+(?:(?!van\b)[^\W\d]+\s+){0,8}?|\b(?:zitten|staan)\s+we\s+"
            r"(?:(?:nu|al|inmiddels)\s+){0,2})op\s+$",
            re.I,
        ),
        "happened_after": re.compile(
            r"^\s*(?:keer|maal)\b(?!\s+(?:zo|zoveel|meer|minder|per)\b)(?P<voor>\s+voor\b)?", re.I
        ),
        # `369 mensen`, `133 medewerkers`: people counted (see `_persons_contacted`)
        # `53 studenten en medewerkers`: two groups together, everyone who approached it
        "persons": re.compile(
            rf"\s+(?P<who>(?:{_words_alt(v['data']['reporter_nouns'])})"
            rf"(?:\s+en\s+(?:{_words_alt(v['data']['reporter_nouns'])}))?)\b",
            re.IGNORECASE,
        ),
        "contact_phrase": re.compile(
            rf"\b(?:{_words_alt(v['data']['contact_phrases'])})\b", re.IGNORECASE
        ),
        # a body's own word for the items it received, and its verbs of receipt (see
        # `_received_cases`)
        "intake_noun": re.compile(
            rf"^\s*(?:(?:{_words_alt(v['data']['received_adjectives'])})\s+)?"
            rf"(?:{_words_alt(v['data']['intake_nouns'])})\b",
            re.IGNORECASE,
        ),
        # the body's cases named as the items a sentence breaks down (`Het grootste deel
        # van de dossiers ging over ...`, `openden we het meeste dossiers rond ...`)
        "cases_named": re.compile(
            rf"\b(?:de|deze|die|alle|het\s+meeste)\s+"
            rf"(?-i:{_words_alt(v['data']['intake_nouns'])})\b",
            re.IGNORECASE,
        ),
        "intake_verb": re.compile(
            rf"\b(?:{_words_alt(v['data']['intake_verbs'])})\b|\bin\s+behandeling\b", re.I
        ),
        # the verb that names the items where the sentence has no noun (`keer geklaagd`,
        # `keer gecontacteerd`)
        "filed": re.compile(
            rf"(?:\b(?:keer|maal)\s+(?:{filed}|(?:[^\W\d]+\s+){{0,2}}?(?:{contacted}))"
            rf"|\d\s+(?:{contacted}|{contacts}))\b",
            re.I,
        ),
    }


def _ap_share_month_rules() -> dict[str, re.Pattern]:
    """What a number is besides its category: reported to the AP, a share, a month's."""
    v = _vocab()
    noun = v["noun_alt"]
    return {
        "ap_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?(?:(?:zijn|werden|hebben|wij|er|door\s+ons)\s+)*"
            r"(?:gemeld|gedaan|doorgegeven|bij\s+(?:de\s+)?(?:ap|autoriteit)"
            r"|aan\s+(?:de\s+)?(?:ap|autoriteit))\b",
            re.IGNORECASE,
        ),
        # `waarvan er 12`, `Daarvan werden er 225` (`... doorgestuurd naar de AP`)
        "ap_before": re.compile(
            r"\b(?:waarvan|daarvan|hiervan)\s+(?:(?:zijn|werden|waren|werd|is|moesten)\s+)?"
            r"(?:er\s+)?$",
            re.IGNORECASE,
        ),
        "ap": re.compile(
            rf"(?<![\w])(?:{_alt(v['data']['categories']['reported_to_ap'])})(?![\w])", re.I
        ),
        # `het aandeel ...`, `63% van de datalekken`, `in 63% van de gevallen`
        "share": re.compile(
            r"\b(?:aandeel|percentage|share|procent)\b"
            rf"|%\s+van\s+(?:de|alle)\s+(?:[^\W\d]+\s+)?(?:{noun}|gevallen)\b",
            re.IGNORECASE,
        ),
        "month_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?in\s+(?P<month>{v['month_alt']})\b"
            rf"(?:\s+(?P<year>(?:19[89]|20[0-4])\d)(?!\d))?",
            re.IGNORECASE,
        ),
        "month_before": re.compile(
            rf"(?:^|[\s,:;])in\s+(?P<month>{v['month_alt']})\s*:?\s*$", re.IGNORECASE
        ),
        "month_word_series": re.compile(
            rf"\b(?P<word>{'|'.join(v['number_words'])})\s+in\s+(?P<month>{v['month_alt']})\b",
            re.IGNORECASE,
        ),
    }


def _scope_rules() -> dict[str, re.Pattern]:
    """Which unit a figure is for: a unit of the vocabulary or one named after `vanuit`."""
    v = _vocab()
    noun = v["noun_alt"]
    scope_names = r"(?P<scope>" + v["scope_re"].pattern + ")"
    return {
        "scope_before": re.compile(
            rf"\b(?:vanuit|van|uit|door|bij|from)\s+(?:de\s+)?{scope_names}\s*"
            r"(?:kwamen|waren|zijn|werden|came)?\s*(?:[^\W\d]+\s+){0,5}?[:=]?\s*$",
            re.IGNORECASE,
        ),
        "scope_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?(?:(?:kwamen|waren|zijn|werden)\s+(?:er\s+)?(?:gedaan\s+)?)?"
            rf"(?:vanuit|van|uit|door|bij|from)\s+(?:de\s+)?{scope_names}",
            re.IGNORECASE,
        ),
        # a unit outside the vocabulary, named with capitals after `vanuit` (where the
        # reports came from): `vanuit Jeugdbescherming kwamen 61 meldingen`
        "unit_before": re.compile(
            rf"\bvanuit\s+(?:de\s+)?{_UNIT_NAME}\s*(?:kwamen|waren|zijn|werden)?\s*"
            r"(?:[^\W\d]+\s+){0,3}?[:=]?\s*$",
            re.IGNORECASE,
        ),
        "unit_after": re.compile(
            rf"^\s*(?:(?:{noun})\s+)?(?:(?:kwamen|waren|zijn|werden)\s+(?:er\s+)?(?:gedaan\s+)?)?"
            rf"vanuit\s+(?:de\s+)?{_UNIT_NAME}",
            re.IGNORECASE,
        ),
        # the place or unit the items came from, with `uit` and a verb of coming (`In totaal
        # kwamen er uit Oost-Nederland 2189 meldingen`, `Uit Norg kwamen 15 klachten`); the
        # verb sets it apart from a source cited (`Uit de Monitor blijkt dat ...`)
        "origin_before": re.compile(
            rf"(?:\b{_COMING}\s+(?:er\s+)?(?:[^\W\d]+\s+){{0,2}}?|(?:^|[.;:,]\s*))"
            rf"uit\s+(?:de\s+)?{_UNIT_NAME}(?:\s+{_COMING}\s+(?:er\s+)?(?:[^\W\d]+\s+){{0,2}}?)?"
            r"\s*$",
            re.IGNORECASE,
        ),
        "origin_after": re.compile(
            rf"^\s*(?:{noun})\s+(?:{_COMING}\s+)?uit\s+(?:de\s+)?{_UNIT_NAME}", re.IGNORECASE
        ),
    }


def _unit_heads(v: dict[str, Any]) -> str:
    """A body's head nouns (`afdeling`, `loket`); not an organisation's (`bij de gemeente`:
    the whole)."""
    groups = set(v["data"]["organisation_groups"])
    return _alt(h for h, plural in v["data"]["unit_head_nouns"].items() if plural not in groups)


def _body_rules() -> dict[str, re.Pattern]:
    """Which body a figure is for: one named by its head noun or its proper name, where the
    items came in, were lodged or are about."""
    v = _vocab()
    noun = v["noun_alt"]
    heads = _unit_heads(v)
    outside = _words_alt(v["data"]["outside_bodies"])
    organisations = _words_alt(v["data"]["organisation_nouns"])
    groups_alt = _words_alt(v["data"]["organisation_groups"])
    counting = _words_alt(load_patterns(PATTERN_FILE)["counting_verbs"])
    return {
        # a body of the organisation named by its head noun and what sets it apart, where
        # the items came in: `Bij het centraal klachtenloket werden 55 klachten ontvangen`
        # (`bij de afdeling zijn ... gedaan` names no body apart from the rest)
        "body_before": re.compile(
            rf"(?:^|[.;:]\s*)bij\s+(?:de|het)\s+(?P<body>(?:[^\W\d]+\s+){{1,3}}?(?:{heads}))\s+"
            r"(?:werden|zijn|waren|is|was|kwamen)\s+(?:er\s+)?(?:in\s+(?:19|20)\d\d\s+)?"
            r"(?:in\s+totaal\s+)?$",
            re.IGNORECASE,
        ),
        # a unit named by its head noun and a proper name, whose own number of items the
        # sentence gives: `Bij de divisie Voertuigtechniek daalde het aantal klachten (van
        # 669 naar 547)` (the last one named; not where all items are lodged: `Bij de
        # afdeling Informatieveiligheid zijn 69 meldingen gedaan` counts the whole's)
        "named_unit_before": re.compile(
            rf"\bbij\s+(?:de|het)\s+(?:{heads})\s+"
            r"(?P<unit>(?-i:[A-Z][\w-]*)(?:\s+(?:(?:&|en)\s+)?(?-i:[A-Z][\w-]*)){0,3})"
            r"\s+(?:[^\W\d]+\s+){0,2}het\s+aantal\b"
            r"(?!.*\bbij\s+(?:de|het)\s+\w+\s+(?-i:[A-Z]))",
            re.IGNORECASE | re.DOTALL,
        ),
        # the organisation's own items lodged with a body outside it, which counts them:
        # `het aantal klachten bij de Nationale Ombudsman over de gemeente liep in 2021
        # op, tot 38` (the organisation named by its kind; no other figure in between)
        "outside_body_before": re.compile(
            rf"\b(?:{noun})\s+bij\s+(?:de|het)\s+"
            rf"(?P<body>(?:(?-i:[A-Z])[\w-]+\s+){{0,2}}(?:{outside}))\s+"
            rf"over\s+(?:de|het|onze|ons)\s+(?:{organisations})\b"
            r"(?:(?!\d{1,3}(?:\.\d{3})+|\b(?!(?:19|20)\d\d\b)\d+\b)[^.;])*$",
            re.IGNORECASE,
        ),
        # a breakdown in brackets by the units the items went to: `65 bezwaarschriften (50
        # ter behandeling in de Algemene kamer en 15 in de Personele kamer)`
        "bracketed_part_unit": re.compile(
            r"^\s*(?:[^\W\d]+\s+){0,3}?(?:in|bij|van|voor)\s+(?:de|het)\s+"
            rf"(?P<unit>(?-i:[A-Z])[\w-]*\s+(?:{heads}))\b",
            re.IGNORECASE,
        ),
        # the unit the items were lodged with, right after the noun: `120 klachten bij
        # stadsreiniging ingediend`, `bij de afdeling Burgerzaken binnengekomen` (not the
        # whole: `bij de gemeente`, `bij ons`; not a group: `bij gemeenten`)
        "lodged_with_after": re.compile(
            rf"^\s*(?:{noun})\s+bij\s+(?:de\s+|het\s+)?"
            rf"(?P<unit>(?!(?:{organisations}|{groups_alt}|ons|onze|u|hen|hun)\b)[^\W\d]{{4,}}"
            r"(?:\s+(?-i:[A-Z])[\w-]+){0,2})\s+(?:zijn\s+|werden\s+)?"
            r"(?:ingediend|binnengekomen|ingekomen|gemeld|geregistreerd|ontvangen)\b",
            re.IGNORECASE,
        ),
        # the body the items are about, named with its article right after the noun (a
        # place takes none): `290 klachten over het Openbaar Ministerie`, `739 klachten
        # binnen over de Hulpkas voor Werkloosheidsuitkeringen`
        # the unit a ranking names as its subject, first in its sentence: `Amsterdam was
        # koploper met 865 meldingen`, `De Universiteit van Amsterdam is 'koploper' met 22`
        # (the name without its article; see `numbers._RANK_PLACE`)
        "ranked_unit_before": re.compile(
            r"^(?:(?-i:De|Het)\s+)?(?P<unit>(?-i:[A-Z][\w-]+(?:\s+(?:(?:van|voor|de|der)\s+)?"
            r"[A-Z][\w-]+){0,3}))\s+(?:is|was|staat|stond)\s+(?:[^\W\d]+\s+){0,3}?"
            r"(?:'?koploper'?|(?:plek|plaats))\s+met\s+$",
        ),
        # another body or unit as the subject of the count, its name capitalised: `De KMar
        # meldt naast 890 klachten`, `De Kustwacht telde vorig jaar 1.615 incidenten`; a unit
        # of another organisation takes that organisation (`behandelde de dienst
        # Klantenmanagement van Politiezone Antwerpen 686 klachten`, `Het Vraag- en Meldpunt
        # van het Stedelijk Onderwijs Antwerpen werd 215 keer bevraagd`)
        "subject_body_before": re.compile(
            rf"^(?-i:De|Het)\s+(?P<unit>{_PROPER})\s+(?:{counting}|meldt)\s+"
            r"(?:[^\W\d]+\s+){0,3}$"
            rf"|^(?-i:De|Het)\s+(?:[\w-]+\s+){{1,4}}?van\s+(?:de\s+|het\s+)?(?P<owner>{_PROPER})"
            r"\s+(?:werd|werden|is|was)\s+$"
            rf"|\b(?:{counting})\s+(?:de|het)\s+(?-i:[a-z][\w-]*)\s+(?-i:[A-Z][\w-]*\s+){{0,2}}"
            rf"van\s+(?:de\s+|het\s+)?(?P<of>{_PROPER})\s+$"
        ),
        "about_body_after": re.compile(
            rf"^\s*(?:{noun})\s+(?:(?:binnen|ontvangen|ingediend|binnengekomen)\s+)?"
            r"over\s+(?:de|het)\s+(?-i:(?P<unit>[A-Z][\w-]+"
            r"(?:\s+(?:(?:voor|van|der|en)\s+)?[A-Z][\w-]+){0,3}))",
            re.IGNORECASE,
        ),
    }


def _filed_by(v: dict[str, Any]) -> str:
    """`215 inwoners dienden een klacht in`, `500 mensen hebben bezwaar ingediend`: those
    who filed, one item each (the words after the number)."""
    reporters = _words_alt(v["data"]["reporter_nouns"])
    return (
        rf"(?:{reporters})\s+(?:(?:hebben|dienden|diende|heeft)\s+)?(?:een\s+)?"
        rf"(?:{v['noun_alt']})\s+(?:ingediend|in)\b"
    )


def _part_rules() -> dict[str, re.Pattern]:
    """Constructions that count a part of the incidents, and written-out numbers."""
    v = _vocab()
    noun = v["noun_alt"]
    # `een` is the article; only `één` (and the other words) count
    words = "|".join(w for w in sorted(v["number_words"], key=len, reverse=True) if w != "een")
    adjectives = _words_alt(v["data"]["count_adjectives"])
    return {
        "part_keer": re.compile(
            r"^\s*(?:keer|maal)\b(?!\s+(?:zo|zoveel|meer|minder|vaker|hoger|groter|kleiner|per)\b)",
            re.IGNORECASE,
        ),
        "part_in": re.compile(r"\b(?:in|van)\s+$", re.IGNORECASE),
        "part_gevallen": re.compile(r"^\s*(?:[^\W\d]+\s+)?gevallen\b", re.IGNORECASE),
        # `bij 7 datalekken`, `Bij zo'n 230 verzoeken is de aanvrager ...`
        "part_bij": re.compile(
            rf"\bbij\s+(?:(?:{_words_alt(v['data']['approximate_before'])})\s+)?$", re.I
        ),
        "noun_qualified": re.compile(
            rf"^\s*(?:{noun})\s+(?:(?P<kind>met(?!\s+betrekking)|als\s+gevolg\s+van|waarbij|waarin"
            r"|(?:(?:waren|was|zijn|is)\s+)?het\s+gevolg\s+van)"
            r"|door|over)\b",
            re.IGNORECASE,
        ),
        "part_of_total": re.compile(r"\b(?:waarvan|daarvan|hiervan)\s+(?:er\s+)?$", re.I),
        "part_noun": re.compile(rf"^\s*(?:(?:andere|gemelde)\s+)?(?:{noun})\b", re.IGNORECASE),
        "bracket_open": re.compile(r"\(\s*$"),
        "bracket_close": re.compile(
            rf"^\s*(?:x\s*)?(?:van\s+(?:de|alle)\s+(?:{noun})\s*)?\)", re.IGNORECASE
        ),
        # a written-out number before an incident noun (`zeventien datalekmeldingen`), in a
        # part construction (`twee keer`, `in vier gevallen`) or after `de` before its own
        # period (`de vijftien een jaar eerder`)
        "count_word": re.compile(
            rf"(?<![\w-])(?P<word>{words})(?=\s+(?:"
            # an adjective in quotes (`tien 'nagekomen' meldingen`): the writer's word for
            # a kind of the items, the count still theirs
            rf"(?:(?:andere|{adjectives}|{_QUOTED_WORD})\s+)?(?:{noun})\b"
            # `drieduizend signalen over mogelijke datalekken`, as `count_noun_after` reads
            r"|signalen\s+over\s+(?:mogelijke\s+)?datalek"
            r"|(?:keer|maal)\b|(?:[^\W\d]+\s+)?gevallen\b"
            # `tweemaal`, `driemaal`: the number and `maal` written as one word
            rf"|{_filed_by(v)})|maal\b)",
            re.IGNORECASE,
        ),
        # `Drieënvijftig studenten en medewerkers meldden zich`: people counted by how they
        # approached the body (read only with the phrase, `_persons_contacted`)
        "count_word_persons": re.compile(
            rf"(?<![\w-])(?P<word>{words})(?=\s+(?:{_words_alt(v['data']['reporter_nouns'])})\b)",
            re.IGNORECASE,
        ),
        # `Hiervan zijn er vijf gemeld bij de AP`
        "count_word_er": re.compile(
            rf"(?<=\ber\s)(?P<word>{words})"
            r"(?=\s+(?:[^\W\d]+\s+){0,4}?(?:gemeld|geregistreerd|doorgegeven)\b)",
            re.IGNORECASE,
        ),
        # `Dat waren er in 2021 nog elf`: the count just named, restated for another period
        "count_word_restated": re.compile(
            r"\b(?:waren|zijn)\s+(?:het|dat|er)\s+(?:er\s+)?(?:[^.,;]{0,25}?\s)??"
            rf"(?:(?:nog|maar|slechts)\s+)?(?P<word>{words})\s*(?=[.,;]|$)",
            re.IGNORECASE,
        ),
        # `..., in 2021 zeven.`: the count just named, for the period before it (its verb
        # and noun left out)
        "count_word_elided": re.compile(
            rf",\s*in\s+(?:19|20)\d\d\s+(?P<word>{words})(?=\s*(?:[.;]|$))", re.IGNORECASE
        ),
        "count_word_repeat": re.compile(
            r"(?:(?<=\bde\s)|(?<=\btegen\s)|(?<=\btegenover\s)|(?<=\bdan\s)|(?<=\bmet\s))"
            rf"(?P<word>{words})(?=\s+(?:een\s+jaar\s+eerder|in\s+(?:19|20)\d\d)\b)",
            re.IGNORECASE,
        ),
    }


#: one word in single or double quotes, straight or curly
_QUOTED_WORD = r"['‘\"“][^\W\d]+['’\"”]"


def _guard_rules() -> dict[str, re.Pattern]:
    """What makes a number no exact figure for a period: rough, a range, a rate, a period
    the rules cannot place."""
    return {
        "approximate": re.compile(
            rf"\b(?:{_words_alt(_vocab()['data']['approximate_before'])})\s*$", re.IGNORECASE
        ),
        # `weer boven de 3.000`, `de grens van de 3.000 ... is in zicht`: a bound, no count
        "bound_before": re.compile(
            rf"\b(?:{_words_alt(_vocab()['data']['bound_before'])})\s+$", re.IGNORECASE
        ),
        # `15 gemeenten in Nederland waar in 2011 meer dan duizend inbraken`: the bound a
        # relative clause picks out the units counted before it by (no figure of items)
        "units_by_bound": re.compile(
            r"\b\d+\s+[^\W\d]+en\b[^.;:!?]*?\b(?:waar|waarin|die)\b[^.;:!?]*?"
            r"\b(?:meer|minder)\s+dan\s+$",
            re.IGNORECASE,
        ),
        "range_after": re.compile(r"^\s*(?:à|a|tot|-|–|to|or|of)\s*\d", re.IGNORECASE),
        # `schommelde tussen 50.089 en 53.511`, `between 40 and 60`: the bounds of a range,
        # neither a count (the first is read as rough by `approximate`, the second not)
        "range_between": re.compile(
            r"\b(?:tussen|between)\s+(?:de\s+)?(?P<first>(?:\d[\d.,\s\u00a0\u202f]*\s"
            rf"|(?:{_number_word_alt()})\s+)(?:en|and)\s+(?:de\s+)?)?$",
            re.IGNORECASE,
        ),
        "range_and": re.compile(
            rf"^\s*(?:en|and)\s+(?:de\s+)?(?:\d|(?:{_number_word_alt()})\b)", re.IGNORECASE
        ),
        # `7 op 10 klachten`, `een op de vijf dossiers`, `1 out of 4`: a ratio, its two
        # terms no count of items (not `op 1 januari`: a date)
        "ratio_after": re.compile(
            rf"^\s*(?:op|out\s+of)\s+(?:de\s+)?(?:\d+|{_number_word_alt()})\b"
            rf"(?!\s*(?:{_vocab()['month_alt']}))",
            re.IGNORECASE,
        ),
        "ratio_before": re.compile(
            rf"(?:(?<![\d.,])\d{{1,3}}|\b(?:{_number_word_alt()}))\s+(?:op|out\s+of)\s+(?:de\s+)?$",
            re.IGNORECASE,
        ),
        "rate": re.compile(
            # `In een normaal jaar krijgen wij rond de 4200`: a typical year's, no year's
            r"\bgemiddeld|\baverage|\been\s+(?:normaal|doorsnee|gewoon)\s+jaar\b"
            r"|\d\s+(?:[^\W\d]+\s+){0,2}(?:per|a|an)\s+"
            r"(?:maand|week|dag|werkdag|kwartaal|medewerker|month|day)\b",
            re.IGNORECASE,
        ),
        "unplaced_period": re.compile(
            r"\b(?:week|weeknummer|dag)\s*\d|\b(?:deze|dit|vorige?|afgelopen|volgende|die|dat)\s+"
            r"(?:week|maand|kwartaal|periode|jaar|halfjaar)\b|\bvandaag|\bgisteren"
            r"|\bjaar\s+(?:eerder|daarvoor|ervoor)\b|\bvoorgaande\s+jaar\b"
            r"|\b(?:this|last|next)\s+(?:week|month|quarter|year)\b"
            # a duration, no year: `in vijf jaar tijd`, `in drie jaar`; months of a year
            # the text does not name: `In de eerste drie maanden`
            rf"|\bin\s+(?:{_number_word_alt()}|\d{{1,2}})\s+jaar\b"
            rf"|\beerste\s+(?:{_number_word_alt()}|\d{{1,2}})\s+maanden\b"
            # a count from an event the clause does not date up to now: `Wij hebben 541
            # klachten ... ontvangen sinds de GDPR van kracht werd` (not `sinds de start op
            # 1 juli 2016`: dated)
            r"|\bsinds\s+(?:de|het)\s+(?![^.;:]{0,40}?\b(?:19|20)\d\d\b)",
            re.IGNORECASE,
        ),
        # `15 meldingen ... minder gedaan dan in 2021`: a difference
        # (within the number's own phrase: not `40 datalekken gemeld en dat is meer dan ...`)
        "difference_after": re.compile(
            r"^\s*(?:(?!(?:en|dat|dit|wat|is|was|zijn|waren|maar|terwijl)\b)[^\W\d]+\s+){0,7}?"
            r"(?:minder|meer)\b(?:\s+[^\W\d]+){0,3}\s+dan\b",
            re.IGNORECASE,
        ),
    }


def _number_word_alt() -> str:
    return "|".join(sorted(_vocab()["number_words"], key=len, reverse=True))


def _clause_bounds(s: str, pos: int) -> tuple[int, int]:
    breaks = [m.start() for m in _rules()["clause_break"].finditer(s)]
    start = max([b for b in breaks if b < pos], default=0)
    end = min([b for b in breaks if b >= pos], default=len(s))
    return start, end


def _scope_name(m: re.Match) -> str:
    v = _vocab()
    for i, name in enumerate(v["scope_names"]):
        if m.group(f"s{i}"):
            return name
    raise AssertionError(m.group(0))


#: `34 stuks`: the items the sentence named before, counted by the piece
PIECES = re.compile(r"\s*stuks\b", re.IGNORECASE)


#: a plural noun right after a number: what the number counts (`6 documenten`), also a
#: compound after an initialism (`64 GAS-boetes`: `head` is its noun)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:en|of|tot|te|per|tegen|tussen|binnen|boven|buiten)\b)"
    r"((?:[A-Za-z]+-)?(?P<head>[a-zà-öø-ÿ]{3,}(?:en|s)))\b"  # with its diaeresis or accent
)


#: the other end of a range or change right after a number (`van 116 naar 100 dagen`,
#: `tussen 20 en 24 uur`): the noun after it counts both ends
_RANGE_END = re.compile(r"\s+(?:naar|tot|en|à|-|–)\s+\d[\d.,]*(?=\s)")


def _counts_another_noun(s: str, end: int) -> bool:
    """Whether a figure of a request, complaint or integrity-report pass counts something
    else, named right after it (`in totaal 6 documenten`), or after the other end of its
    range (`daalde van 116 naar 100 dagen`; a data-leak pass: never)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    if (other_end := _RANGE_END.match(s, end)) is not None:
        end = other_end.end()
    m = _NOUN_AFTER.match(s, end)
    if m is None or _rules()["filed_by"].match(s[end:]) or _received_cases(s, end):
        return False  # `215 inwoners dienden een klacht in`: those who filed one each
    if _rules()["times_contacted"].match(s[end:]) or _persons_contacted(s, end):
        return False  # `797 contacten`, `369 mensen namen contact op`: the body's contacts
    if PIECES.match(s, end) and _vocab()["noun_re"].search(s, 0, end):
        return False  # `tegenover 40 stuks in 2017`: the items named before, counted
    if _rules()["part_gevallen"].match(s[end:]):
        return False  # `in vijf gevallen werd melding gemaakt van pestgedrag`: a part's cases
    noun_re = _vocab()["noun_re"]
    if (joined := _JOINED_NOUN.match(s, m.end())) and noun_re.match(s, joined.end()):
        return False  # `20.387 vragen en klachten`: one count of both, the items' among them
    return not noun_re.match(s, m.start("head"))


#: a second plural joined to the one after a number (`vragen en klachten`): the number
#: counts the two together
_JOINED_NOUN = re.compile(r"\s+(?:en|of|en/of)\s+", re.IGNORECASE)


def _received_cases(s: str, end: int) -> bool:
    """Whether the number that ends at `end` counts the items a body received, named by
    the body's own word for them (`kreeg de Huurcommissie 45 zaken in behandeling`,
    `ontving het Loket 1242 berichten`): that word right after it and a verb of receipt in
    its clause. Only in the pass of the document's one subject (where two are counted,
    `verzoeken` may be either's) and never in a data-leak pass."""
    subject, generic, *_ = _SUBJECT.get()
    if subject == LEAK or not generic or not _rules()["intake_noun"].match(s[end:]):
        return False
    start = _DIGIT_RUN_BEFORE.search(s, 0, end)
    if start is None or _PART_BEFORE.search(s, 0, start.start()):
        return False  # `deed het CBE in 25 zaken uitspraak`: a part, not the intake
    c0, c1 = _clause_bounds(s, end)
    before = _rules()["intake_verb"].search(s, c0, start.start())
    # after the items: their own verb, no other count in between (`130 zaken afgehandeld
    # en werden er 54 nieuwe klachten ingediend`: the verb is the 54's)
    after = _rules()["intake_verb"].search(s, end, c1)
    return before is not None or (
        after is not None and not re.search(r"\d", s[end : after.start()])
    )


def _names_its_cases(s: str) -> bool:
    """Whether a sentence names the body's cases (see `_received_cases`) as the items it
    breaks down into kinds (`Het grootste deel van de dossiers ging over het domein werk
    (28% ...)`): in the pass of the document's one subject only, never a data leak's."""
    subject, generic, *_ = _SUBJECT.get()
    return subject != LEAK and generic and _rules()["cases_named"].search(s) is not None


def _names_received_cases(s: str) -> bool:
    """Whether a sentence counts items a body received in the body's own word for them
    (see `_received_cases`): it names the items as their noun would."""
    return any(_received_cases(s, m.end()) for m in _DIGIT_RUN.finditer(s))


#: the number that ends at a position; a preposition before it makes it a part
_DIGIT_RUN_BEFORE = re.compile(r"\d+(?:[.,\s]\d{3})*$")
_PART_BEFORE = re.compile(r"\b(?:in|bij|van|op|met|na|uit|over|voor)\s+(?:de\s+|het\s+)?$", re.I)


def _persons_contacted(s: str, end: int) -> str | None:
    """Who a number right before `end` counts where they approached a body, the phrase
    anywhere in the number's clause (`namen 369 mensen contact op`, `wendden zich 133
    medewerkers tot ...`): the reporter noun, else None (a data-leak pass: never)."""
    m = _rules()["persons"].match(s, end)
    if m is None or _SUBJECT.get()[0] == LEAK:
        return None
    c0, c1 = _clause_bounds(s, end)
    return m["who"].lower() if _rules()["contact_phrase"].search(s, c0, c1) else None


def _handled(s: str, pos: int, kind: bool = False) -> bool:
    """Whether the clause of the figure at `pos` counts requests or complaints at a later
    stage than their receipt: handled, judged, objected to (a data-leak pass: never).
    `kind`: the figure counts a kind named by what it is about (`_about_a_kind`)."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    c0, c1 = _clause_bounds(s, pos)
    c0 = _own_conjunct(s, c0, pos, c1)
    clause = s[c0:c1]
    if kind:
        # what a kind of complaint is about (`over onjuiste afhandeling`) is no stage of it
        clause = _ABOUT_MATTER.sub(" ", clause)
    return _handling_re().search(clause) is not None


def _own_conjunct(s: str, c0: int, pos: int, c1: int) -> int:
    """Where the figure at `pos` starts its own conjunct: after an `en` that follows another
    count, where an intake verb follows the figure (`13.500 zaken afgedaan en circa 12.500
    nieuwe zaken ontvangen`: the handling verb is the first count's, the intake the
    second's); else `c0`."""
    joins = list(_AND.finditer(s, c0, pos))
    if not joins or not _OTHER_COUNT.search(s, c0, joins[-1].start()):
        return c0
    return joins[-1].end() if _intake_verb_re().search(s[pos:c1]) else c0


@cache
def _intake_verb_re() -> re.Pattern:
    """A verb of receiving (`intake_verbs`), as a whole word."""
    verbs = _words_alt(load_patterns(PATTERN_FILE)["intake_verbs"])
    return re.compile(rf"\b(?:{verbs})\b", re.I)


#: a conjunction that joins two clauses sharing their subject
_AND = re.compile(r"\s+en\s+", re.IGNORECASE)


#: `over onjuiste communicatie of afhandeling`: the matter a kind of items is about, up
#: to the next clause or finite verb
_ABOUT_MATTER = re.compile(
    r"\bover\s+[^,;.]*?(?=\s+(?:en|zijn|werden|waren|is|was|wordt|worden)\b|[,;.]|$)",
    re.IGNORECASE,
)


@cache
def _handling_re() -> re.Pattern:
    data = load_patterns(PATTERN_FILE)
    # an outcome is a stage too: what ended the handling
    words = _words_alt(data["handling_words"] + data["outcome_words"] + data["stock_words"])
    topics = _words_alt(data["not_handling_words"])  # `Behandelduur`: what, not a stage
    return re.compile(rf"\b(?!{topics})(?:{words})", re.IGNORECASE)


@cache
def _carry_over_re() -> re.Pattern:
    """A year right after a count's noun, dated by another year's intake (`carry_over_words`):
    `17 bezwaarschriften uit 2015`, `4 klachten hebben een doorlooptijd in 2011`."""
    words = _words_alt(load_patterns(PATTERN_FILE)["carry_over_words"])
    return re.compile(
        rf"\s*(?:[^\W\d][\w-]*\s+){{1,6}}?(?P<word>{words})\s+(?:19|20)\d\d\b", re.IGNORECASE
    )


def _carried_over(s: str, end: int) -> bool:
    """Whether the count ending at `end` is a stock passed between two years (items of an
    earlier year's intake handled this year, or this year's still running into the next):
    neither year's intake. `uit` dates the items so only in a sentence of handling (`de 358
    meldingen uit 2018` compared is that year's own count). A data-leak pass: never."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    m = _carry_over_re().match(s, end)
    if m is None:
        return False  # words only between: the phrase is still the count's noun's
    return m["word"].lower() != "uit" or _handling_re().search(s) is not None


@cache
def _late_handling_re() -> re.Pattern:
    """A handling told as too late or slow (`Te late/trage afhandeling`): what the items are
    about, no stage of them (`late_handling_words`)."""
    late = _words_alt(load_patterns(PATTERN_FILE)["late_handling_words"])
    return re.compile(rf"\b(?:{late})(?:\s*/\s*(?:{late}))*\s+(?:af|be)?handeling\w*", re.I)


@cache
def _outcome_re() -> re.Pattern:
    """An outcome of the handling, or a stock still pending: parts, never the whole."""
    data = load_patterns(PATTERN_FILE)
    return re.compile(rf"\b(?:{_words_alt(data['outcome_words'] + data['stock_words'])})", re.I)


#: a count between a figure and an outcome word (a percentage is the same items' share, a
#: year no count)
_OTHER_COUNT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d(?![\d.,]*\s*(?:%|procent\b))")


#: `waren nog 24 klachten in behandeling`: a stock whose count stands inside its phrase
_STILL_BEFORE = re.compile(r"\bnog\s+$", re.IGNORECASE)
_PENDING_AFTER = re.compile(r"\s+[^\W\d]+\s+(?:in\s+behandeling|open)\b", re.IGNORECASE)
#: `Op 31 december 2020 liepen nog 18 bezwaarschriften`: still running at a date, a stock
_STILL_RUNNING = re.compile(r"\b(?:liep|liepen|loopt|lopen)\s+(?:er\s+)?nog\s+$", re.IGNORECASE)


def _states_an_outcome(s: str, start: int, end: int, kind: bool = False) -> bool:
    """Whether the figure at `start:end` counts requests or complaints by how their handling
    ended or as still pending (`90 klachten waren gegrond`, `Bijna de helft, 1.481 klachten,
    is opgelost`, `In 1.175 klachten is een uitspraak gedaan`, `24 klachten waren nog in
    behandeling`): an outcome or stock word in its clause before it, or
    after it in its sentence, with no other count in between (`We ontvingen 120 klachten;
    30 waren gegrond`: the 120 is the intake). A data-leak pass: never. `kind`: as
    `_handled`."""
    if _SUBJECT.get()[0] == LEAK:
        return False
    c0, _ = _clause_bounds(s, start)
    if _STILL_BEFORE.search(s, c0, start) and _PENDING_AFTER.match(s, end):
        return True  # `nog 24 klachten in behandeling`: the stock phrase around its count
    if _STILL_RUNNING.search(s, c0, start):
        return True  # `liepen nog 18 bezwaarschriften`: still running, a stock
    before, after = s[c0:start], s[end:]
    if kind:
        before, after = _ABOUT_MATTER.sub(" ", before), _ABOUT_MATTER.sub(" ", after)
    last = next(reversed(_outcomes(before)), None)
    if last is not None and not _OTHER_COUNT.search(before, last.end()):
        return True
    first = next(iter(_outcomes(after)), None)
    if first is not None and not _OTHER_COUNT.search(after, 0, first.start()):
        return True
    return _split_outcome(s, c0, start, end)


@cache
def _separable_outcome_res() -> list[tuple[re.Pattern, re.Pattern]]:
    """Each outcome verb split around its object (`outcome_separable_verbs`): its stem as a
    whole word, and its particle as a whole word closing the clause's verb group."""
    pairs = load_patterns(PATTERN_FILE)["outcome_separable_verbs"]
    return [
        (re.compile(rf"\b{re.escape(stem)}\b", re.I), re.compile(rf"\b{re.escape(part)}\b", re.I))
        for stem, part in pairs
    ]


def _split_outcome(s: str, c0: int, start: int, end: int) -> bool:
    """Whether the figure at `start:end` is the object of an outcome verb split around it
    (`wees het schadefonds ruim 2300 aanvragen voor een vergoeding af`): the stem in its
    clause before it and the particle after it in the same clause, no other count on
    either side in between."""
    _, c1 = _clause_bounds(s, end)
    for stem_re, part_re in _separable_outcome_res():
        stems = list(stem_re.finditer(s, c0, start))
        part = part_re.search(s, end, c1)
        if not stems or part is None:
            continue
        between = s[stems[-1].end() : start] + " " + s[end : part.start()]
        if not _OTHER_COUNT.search(between):
            return True
    return False


#: `verzoeken om een uitspraak`: what the items ask for, no outcome of them
_ASKED_FOR = re.compile(r"\bom\s+(?:een\s+|de\s+|het\s+)?$", re.IGNORECASE)


def _outcomes(text: str) -> list[re.Match]:
    """The outcome and stock words of `text` (see `_outcome_re`), not what is asked for."""
    return [m for m in _outcome_re().finditer(text) if not _ASKED_FOR.search(text, 0, m.start())]


@cache
def _channel_res() -> tuple[re.Pattern, re.Pattern]:
    """One channel of a body's contacts that is never their whole (`part_channel_words`: the
    chat), and the words that make a sentence naming it count the whole after all
    (`whole_channel_words`: another channel beside it, `in totaal`)."""
    data = load_patterns(PATTERN_FILE)
    part = _words_alt(data["part_channel_words"])
    whole = _words_alt(data["whole_channel_words"])
    return re.compile(rf"\b(?:{part})", re.I), re.compile(rf"\b(?:{whole})", re.I)


#: `Die stegen ...`, `Dat is een stijging ...`: a sentence opening on what the one before
#: told (not `Dit jaar ...`: a period of its own)
_REFERS_BACK = re.compile(
    r"^\W*(?:die|dat|deze|dit)\s+(?!(?:jaar|maand|week|kwartaal|periode|keer)\b)", re.I
)


def _a_channels_part(s: str, before: str | None) -> bool:
    """Whether the totals of sentence `s` count one channel of the contacts, not their
    whole: `s` names the channel (`Deze paginaweergaves van de chatbox leidden tot 5.878
    contacten via de chat`), or opens on what the sentence `before` told of it (`Vooral
    het aantal chatoproepen nam een opmerkelijke klim. Die stegen ... tot 10.064
    oproepen`); neither naming another channel or the whole (`via de telefoon of via de
    chat in totaal 242.355 gesprekken`)."""
    part, whole = _channel_res()
    if part.search(s):
        return whole.search(s) is None
    if before is None or not _REFERS_BACK.match(s):
        return False
    return part.search(before) is not None and whole.search(before) is None and not whole.search(s)
