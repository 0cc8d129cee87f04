"""The decision letter on a Woo/Wob request: one `woo_decisions` row per letter.

A decision letter is built the same way everywhere: a head (letterhead with Datum, Ons
kenmerk, Onderwerp) above the salutation, a body that first says when the request came in
("In uw brief van 13 juli 2020, ontvangen op ...", "Op 6 augustus jl. hebben wij uw
e-mailbericht ontvangen"), whether the term was extended (verdaagd), what was decided and on
which grounds, and a closing signed by the authority; appendices (the law's text, the
inventory) follow. The letter's date comes from its head only (`pipeline.dates.letter_date`),
the request date from the first body sentence about the request, never from elsewhere.
Rules are data in `patterns/woo_decisions.json`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from pipeline.dates import DATE_RE, letter_date, parse_date, repair_date_span
from pipeline.documents import strip_redaction_marks, text_lines
from pipeline.grounds import cited_grounds
from pipeline.nlp import load_patterns, split_sentences

_SALUTATION_RE = re.compile(r"^(geachte|beste|hooggeachte)\b", re.IGNORECASE)
_LETTERHEAD_WORDS = {"Bezoekadres", "Postbus", "Retouradres", "Telefoon", "Postadres"}


@cache
def rules() -> dict[str, Any]:
    """The compiled rules of `patterns/woo_decisions.json` (shared with the inventory)."""
    raw = load_patterns("woo_decisions.json")

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return {
        "raw": raw,
        "request_markers": [rx(p) for p in raw["decision_request_markers"]],
        "law_markers": {law: [rx(p) for p in ps] for law, ps in raw["law_markers"].items()},
        "request_cues": [rx(p) for p in raw["request_cues"]],
        "request_excluded": rx(raw["request_excluded"]),
        "extension": rx(raw["extension_cues"]),
        "reference": rx(raw["reference_labels"]),
        "authority": [rx(p) for p in raw["authority_lines"]],
        "letterhead_authority": re.compile(raw["letterhead_authority"]),
        "decision_sentence": rx(raw["decision_sentence"]),
        "outcomes": [(r["outcome"], rx(r["regex"])) for r in raw["outcome_rules"]],
        "closing": rx(raw["closing"]),
        "appendix": rx(raw["appendix_start"]),
    }


# ---------------------------------------------------------------------------------------------
# the parts of a letter


def split_letter(text: str) -> tuple[list[str], list[str], list[str]]:
    """(head, body, closing) lines: the head ends at the salutation, the body at the
    closing formula or where an appendix quoting the law begins."""
    lines = text_lines(text)
    start = next((n for n, line in enumerate(lines[:80]) if _SALUTATION_RE.match(line)), None)
    if start is None:
        return lines[:40], lines[40:], []
    head, rest = lines[:start], lines[start:]
    end = len(rest)
    for n, line in enumerate(rest):
        if rules()["closing"].match(line) or (n > 0 and rules()["appendix"].match(line)):
            end = n
            break
    return head, rest[:end], rest[end : end + 12]


def is_decision_letter(text: str) -> bool:
    """A letter that answers a Woo/Wob request: its head or first body lines name the
    request (besluit op uw verzoek, Wob-verzoek) and the law."""
    head, body, _ = split_letter(text)
    opening = "\n".join(head + body[:25])
    has_request = any(p.search(opening) for p in rules()["request_markers"])
    has_law = any(p.search(opening) for ps in rules()["law_markers"].values() for p in ps)
    return has_request and has_law


def letter_law(text: str) -> str | None:
    """'woo' or 'wob': the law the letter names most often (None when it names neither)."""
    counts = {
        law: sum(len(p.findall(text)) for p in patterns)
        for law, patterns in rules()["law_markers"].items()
    }
    best = max(counts, key=lambda law: counts[law])
    if counts[best] == 0 or list(counts.values()).count(counts[best]) > 1:
        return None
    return best


def letter_reference(head: list[str]) -> str | None:
    """The letter's own reference (Ons kenmerk / Onze referentie), value on the same line
    or the next."""
    for n, line in enumerate(head):
        m = rules()["reference"].match(line)
        if not m:
            continue
        value = m["value"].strip() or (head[n + 1].strip() if n + 1 < len(head) else "")
        value = strip_redaction_marks(value)[0].strip(" :")
        if value and re.search(r"\d", value) and len(value) <= 60:
            return value
    return None


def letter_authority(head: list[str], closing: list[str], body: list[str]) -> str | None:
    """The body that decides: the signature block (Het college van burgemeester en
    wethouders van X, De Minister van Y), else the letterhead's organisation."""
    for line in closing + body:
        for pattern in rules()["authority"]:
            m = pattern.match(line)
            if m:
                return m[1].strip(" ,")
    for n, line in enumerate(head[:15]):
        if rules()["letterhead_authority"].match(line):
            return line.strip()
        # `Gemeente` and its name printed on two lines of the logo
        if line.lower() == "gemeente" and n + 1 < len(head):
            name = head[n + 1].split()[0] if head[n + 1].split() else ""
            if name[:1].isupper() and name.isalpha() and name not in _LETTERHEAD_WORDS:
                return f"Gemeente {name}"
    return None


def _sentences(lines: list[str]) -> list[str]:
    """Body sentences: lines joined, cut at a full stop before a capital (`jl.`, `d.d.`
    before a figure or a lower-case word do not end a sentence)."""
    return split_sentences(" ".join(lines))


def _year_for(day_month: date, decision: date | None, context: int | None) -> int | None:
    """The year of a request date printed without one: the letter's own year, or the year
    before when that would put the request after the decision."""
    if decision is not None:
        return (
            decision.year - 1 if day_month.replace(year=decision.year) > decision else decision.year
        )
    return context


def request_date(
    body: list[str], decision: date | None, context_year: int | None = None
) -> tuple[date | None, bool, str | None]:
    """(request_date, year_inferred, sentence): the first date of the first body sentence
    about the request (not one about the term being extended)."""
    r = rules()
    for sentence in _sentences(body[: r["raw"]["request_body_lines"]]):
        if r["request_excluded"].search(sentence):
            continue
        if not any(p.search(sentence) for p in r["request_cues"]):
            continue
        repaired = repair_date_span(sentence)
        for m in DATE_RE.finditer(repaired):
            if m.start() > 0 and repaired[m.start() - 1].isdigit():
                continue  # a day run on from other digits: not readable
            parsed = parse_date(m.group(0), context_year=2000)  # a leap year for 29 feb
            if parsed is None:
                continue
            if not parsed.year_inferred:
                return parsed.value, False, sentence
            year = _year_for(parsed.value, decision, context_year)
            if year is None:
                return None, False, sentence
            try:
                return parsed.value.replace(year=year), True, sentence
            except ValueError:
                return None, False, sentence
    return None, False, None


def letter_outcome(body: list[str]) -> str | None:
    """The outcome named by the first sentence that states the decision."""
    r = rules()
    for sentence in _sentences(body):
        if not r["decision_sentence"].search(sentence):
            continue
        for outcome, pattern in r["outcomes"]:
            if pattern.search(sentence):
                return outcome
    return None


def decision_kind(head: list[str]) -> str:
    """'deelbesluit', 'bezwaar' (beslissing op bezwaar) or 'besluit', from the subject."""
    subject = " ".join(head).lower()
    if re.search(r"\bdeel\)?\s*(besluit|beslissing)|\bdeelbesluit\b", subject):
        return "deelbesluit"
    if re.search(r"\bbeslissing\s+op\s+(uw\s+)?bezwaar|\bbezwaarschrift\b", subject):
        return "bezwaar"
    return "besluit"


# ---------------------------------------------------------------------------------------------
# public API


def extract_woo_decision(document: dict[str, Any]) -> list[dict[str, Any]]:
    """One `woo_decisions` row for a decision letter (a document of type woo_decision)."""
    if document.get("doc_type") != "woo_decision" or not document.get("pages"):
        return []
    pages = document["pages"]
    text = "\n".join(page.get("text") or "" for page in pages)
    head, body, closing = split_letter(text)
    decided = letter_date(pages[0].get("text") or "")
    decision = decided.value if decided else None
    years = [d.year for d in (decision,) if d]
    requested, inferred, evidence = request_date(body, decision, years[0] if years else None)
    body_text = "\n".join(strip_redaction_marks(line)[0] for line in body)
    days = (decision - requested).days if decision and requested else None
    return [
        {
            "decision_id": f"{document['document_id']}-w1",
            "source_id": document["source_id"],
            "document_id": document["document_id"],
            "page_no": document["first_page"],
            "authority": letter_authority(head, closing, body),
            "reference": letter_reference(head),
            "law": letter_law(text),
            "request_date": requested,
            "decision_date": decision,
            "outcome": letter_outcome(body),
            "grounds_cited": ";".join(cited_grounds(body_text)) or None,
            "days_to_decide": days,
            "request_date_inferred": inferred,
            "extension": bool(rules()["extension"].search(" ".join(body))),
            "decision_kind": decision_kind(head),
            "request_evidence": evidence[:300] if evidence else None,
        }
    ]
