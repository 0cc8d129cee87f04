"""Mail domains OCR misread, repaired (`repair_domain`) towards the reference domains
(`reference_domains`: every Dutch municipality, government bodies, common hosts) and the
spellings the document itself prints with more OCR confidence (`_domain_evidence`)."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from pipeline.emails.addresses import repair_addresses
from pipeline.emails.records import Message
from pipeline.emails.vocab import REPAIR_MARGIN, _rules, ocr_distance
from pipeline.nlp import without_accents

_DOMAIN_IN_TEXT_RE = re.compile(r"@\s?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
_DOMAIN_WORD_RE = re.compile(
    r"(?:^|[@/.<(\s])((?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|frl|info|nu))\b"
)


@cache
def reference_domains() -> frozenset[str]:
    """Mail domains misreadings are repaired towards: `<name>.nl` of every Dutch
    municipality (with and without the hyphens of its name), the State's and other
    government bodies' domains, the region's and common mail hosts (patterns data)."""
    rules = _rules()
    domains = set(rules["known_domains"]) | set(rules["government_domains"])
    for name in rules["municipalities"]:
        plain = re.sub(r"[\s']+", "", without_accents(name.lower()))
        domains.add(f"{plain.strip('-')}.nl")
        domains.add(f"{plain.replace('-', '')}.nl")
    return frozenset(domains)


def _max_repair_distance(domain: str) -> float:
    """How far a misreading may be from the domain it is repaired to: a short name has too
    many real neighbours to allow more than a look-alike letter."""
    size = len(domain.split(".")[0])
    return 0.8 if size <= 4 else 1.2 if size <= 7 else 1.8 if size <= 11 else 2.4


TRUSTED_CONF = 90  # an OCR read this sure (or the text layer) is never repaired
_LABEL_IN_WORD_RE = re.compile(r"(?:^|[@/<(]|www\.)([a-z0-9][a-z0-9-]{2,})(?=\.)")


def _page_reads(doc: Doc) -> list[list[tuple[str, float]]]:
    """Per page, each word as read with its OCR confidence (100 on a text layer; none on a
    plain-text page, whose words nobody scored)."""
    out = []
    for span, info in zip(doc.spans["pages"], doc._.pages, strict=True):
        if info.text_method == "text_layer":
            out.append([(w, 100.0) for w in span.text.split()])
        elif info.synthetic:
            out.append([])
        else:
            out.append(
                [(t.text, float(t._.conf)) for t in span if not t.is_space and t._.conf is not None]
            )
    return out


def _domain_evidence(doc: Doc, lines: list[str]) -> dict[str, tuple[float, float]]:
    """How well the document attests each domain it prints, as (support, best confidence):
    support sums the OCR confidence of every word that carries the domain's name (100 a
    word on a text-layer page, as each OCR read of a misspelling counts against the right
    spelling's reads); without words (plain text) 40 + 10 a time the domain is printed."""
    domains: dict[str, int] = {}
    for line in lines:
        text = line.lower()
        for m in [*_DOMAIN_IN_TEXT_RE.finditer(text), *_DOMAIN_WORD_RE.finditer(text)]:
            domain = m.group(1).lower().removeprefix("www.")
            domains[domain] = domains.get(domain, 0) + 1
    support: dict[str, float] = {}
    best: dict[str, float] = {}
    vocabulary: set[str] = set()  # words the document prints with confidence
    with_words = False
    for reads in _page_reads(doc):
        with_words = with_words or bool(reads)
        for text, conf in reads:
            if conf >= TRUSTED_CONF:
                vocabulary.update(re.findall(r"[a-z]{2,}", text.lower()))
            for m in _LABEL_IN_WORD_RE.finditer(repair_addresses(text).lower()):
                label = m.group(1)
                support[label] = support.get(label, 0.0) + conf
                best[label] = max(best.get(label, 0.0), conf)
    evidence = {}
    for domain, n in domains.items():
        if with_words:
            label = domain.split(".")[0]
            evidence[domain] = (support.get(label, 0.0), best.get(label, 0.0))
            if _spelled_by_words(label, vocabulary):
                # the name is the document's own words run together (`veiligopgroeien` of
                # `Stichting Veilig Opgroeien`, `debilt` of `Gemeente De Bilt`), read with
                # confidence: a spelling OCR cannot have made up, however often a
                # systematic misreading of it is printed
                evidence[domain] = (evidence[domain][0] + 100.0, float(TRUSTED_CONF))
        else:
            score = min(80.0, 40.0 + 10 * n)
            evidence[domain] = (score, score)
    return evidence


def _spelled_by_words(label: str, vocabulary: set[str], max_parts: int = 4) -> bool:
    """Is `label` some of `vocabulary`'s words run together, one of them 4 letters or
    more?"""
    if len(label) < 5 or not vocabulary:
        return False
    # reachable[i]: (fewest parts, whether a long part was used) for label[:i]
    reachable: dict[int, tuple[int, bool]] = {0: (0, False)}
    for i in range(len(label)):
        if i not in reachable:
            continue
        parts, long_part = reachable[i]
        if parts >= max_parts:
            continue
        for j in range(i + 2, len(label) + 1):
            if label[i:j] in vocabulary:
                state = (parts + 1, long_part or j - i >= 4)
                old = reachable.get(j)
                if (
                    old is None
                    or (state[1] and not old[1])
                    or (state[1] == old[1] and state[0] < old[0])
                ):
                    reachable[j] = state
    end = reachable.get(len(label))
    return bool(end and end[1])


def repair_domain(domain: str, evidence: dict[str, tuple[float, float]]) -> str | None:
    """The spelling an OCR'd domain stands for: itself when it is a reference domain or
    read with confidence; else the reference domain or better-attested domain of the
    document it is clearly closest to under `ocr_distance`, if close enough; else itself.
    A name whose top-level domain was lost (`utrecht`, `utrechtn`) is matched by name."""
    reference = reference_domains()
    if domain in reference:
        return domain
    own, own_best = evidence.get(domain, (0.0, 0.0))
    if own_best >= TRUSTED_CONF:
        return domain
    candidates = set(reference) | {d for d, (n, _b) in evidence.items() if n > own + 10}
    candidates.discard(domain)
    dotless = "." not in domain
    limit = _max_repair_distance(domain)

    def distance(candidate: str) -> float:
        if dotless:
            name = candidate.split(".")[0]
            return min(ocr_distance(domain, name), ocr_distance(domain, candidate.replace(".", "")))
        return ocr_distance(domain, candidate)

    # a cheap first cut: a plain edit distance of at most 4 (weighted costs are lower)
    near = [
        c
        for c in candidates
        if abs(len(c.split(".")[0] if dotless else c) - len(domain)) <= 4
        and Levenshtein.distance(domain, c.split(".")[0] if dotless else c, score_cutoff=4) <= 4
        or dotless
        and Levenshtein.distance(domain, c.replace(".", ""), score_cutoff=4) <= 4
    ]
    if not near:
        return None if dotless else domain
    scored = sorted((distance(c), c) for c in near)
    best_distance, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else float("inf")
    if best_distance <= limit and runner_up - best_distance >= REPAIR_MARGIN:
        return best
    return None if dotless else domain


def _settle_document_domains(
    evidence: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """The document's own spellings that stand: from the best attested down, each one is
    kept unless it repairs to a reference domain or to a better attested spelling kept
    before it (so two misreadings of one name do not stand as each other's rivals)."""
    kept: dict[str, tuple[float, float]] = {}
    for domain in sorted(evidence, key=lambda d: (-evidence[d][0], d)):
        if repair_domain(domain, {**kept, domain: evidence[domain]}) == domain:
            kept[domain] = evidence[domain]
    return kept


def _repair_domains(messages: list[Message], lines: list[str], doc: Doc) -> None:
    """OCR misreadings of the senders' and recipients' domains, repaired (repair_domain)
    towards the reference domains and the spellings of the document that stand."""
    found = _domain_evidence(doc, lines)
    kept = _settle_document_domains(found)
    evidence = {
        **kept,
        **{d: e for d, e in found.items() if d not in kept and e[1] >= TRUSTED_CONF},
    }
    for msg in messages:
        people = ([msg.sender] if msg.sender else []) + msg.recipients
        for person in people:
            domain = person.get("domain")
            unsure = person.pop("unsure", False)
            if not domain:
                continue
            new = repair_domain(domain, {**evidence, domain: found.get(domain, (0.0, 0.0))})
            if unsure and new == domain and domain not in reference_domains():
                new = domain if domain in evidence else None  # no reading of a known domain
            if new != domain:
                person["domain"] = new
                if person.get("address") and new:
                    person["address"] = f"{person['address'].split('@')[0]}@{new}"
                elif not new:
                    person["address"] = None
