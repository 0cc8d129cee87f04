"""E-mail messages (matched by sent time to the minute, else subject and position) and the
accuracy of their header fields."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from woo_eval.real.metrics import accuracy, greedy_match, match_counts, norm_text

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FIELDS = ["sender", "sender_domain", "recipients", "subject", "attachments", "position"]


def minute_of(value) -> str | None:
    """Wall-clock minute in Amsterdam ('2022-03-29T10:39'); a time printed without offset is
    taken as Amsterdam time, as the contract says."""
    if value is None:
        return None
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(AMSTERDAM)
    return stamp.strftime("%Y-%m-%dT%H:%M")


def _match_score(gold: dict, found: dict) -> float | None:
    g_minute, f_minute = minute_of(gold["sent_at"]), minute_of(found["sent_at"])
    if g_minute is not None and g_minute == f_minute:
        return 2.0
    same_subject = norm_text(gold["subject"]) == norm_text(found["subject"])
    if same_subject and gold["subject"] and gold["position"] == found["position"]:
        return 1.0
    return None


def recipient_set(recipients: list[dict], with_kind: bool) -> set[tuple]:
    """(kind, domain, redacted) per recipient; without kind where gold cannot read it."""
    out = set()
    for r in recipients:
        key = (norm_text(r.get("domain")), bool(r.get("redacted")))
        out.add(((r.get("kind") or "").lower(), *key) if with_kind else key)
    return out


def _found_sender(printed: str | None, found: dict) -> str | None:
    """The found address, or the found display name where gold holds the name as printed
    (a header that shows a name and no address)."""
    name = norm_text(found.get("sender_name"))
    if printed and "@" not in printed and name:
        return name
    return norm_text(found["sender"])


def field_values(gold: dict, found: dict) -> dict[str, tuple]:
    """(gold, found) per scored header field, both in comparable form."""
    with_kind = all(r.get("kind") for r in gold["recipients"])
    return {
        "sender": (norm_text(gold["sender"]), _found_sender(gold["sender"], found)),
        "sender_domain": (norm_text(gold["sender_domain"]), norm_text(found["sender_domain"])),
        "recipients": (
            recipient_set(gold["recipients"], with_kind),
            recipient_set(found["recipients"], with_kind),
        ),
        "subject": (norm_text(gold["subject"]), norm_text(found["subject"])),
        "attachments": (
            {norm_text(a) for a in gold["attachments"]},
            {norm_text(a) for a in found["attachments"]},
        ),
        "position": (gold["position"], found["position"]),
    }


def _where(gold: dict) -> str:
    return f"line {gold['line']}" if gold.get("line") else f"page {gold.get('page_no')}"


def score_emails(gold: list[dict], found: list[dict]) -> dict[str, dict]:
    """Message P/R/F1 and per-field accuracy on matched messages."""
    pairs = greedy_match(gold, found, _match_score)
    matched = {i for i, _ in pairs}
    missed = [
        f"missed {_where(g)} {g['sent_at']} {g['subject']!r}"
        for i, g in enumerate(gold)
        if i not in matched
    ]
    values = [(gold[i], field_values(gold[i], found[j])) for i, j in pairs]
    out = {"messages": match_counts(len(gold), len(found), pairs, missed)}
    where = [f"{_where(g)}: " for g, _ in values]
    for field in FIELDS:
        out[field] = accuracy([v[field] for _, v in values], where)
    return out
