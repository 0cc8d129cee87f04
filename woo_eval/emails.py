"""Score the e-mail tables against gold.json of a generated sample release.

Messages are matched gold <-> database one to one within a source file by sent time
(tolerance one minute, nearest first). Reported per variant (digital, scanned):

- message recall / precision;
- header-field accuracy over the matched messages: sender, sender_domain,
  subject_normalized, the set of recipients (kind, address, domain, redacted), the
  multiset of attachment names;
- thread pairwise precision / recall / F1 over the matched messages: a pair is positive
  when both messages share the gold `thread_key` (resp. the database `thread_id`).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from itertools import combinations

import duckdb

from woo_eval.ratios import ratio

TOLERANCE_SECONDS = 60.0


def _norm_text(value: str | None) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", value).strip().lower()
    return text or None


def _db_emails(con: duckdb.DuckDBPyConnection, source_ids: list[str]) -> list[dict]:
    if not source_ids:
        return []
    rows = con.execute(
        """
        SELECT email_id, source_id, epoch(sent_at) AS t, sender, sender_domain,
               subject_normalized, thread_id
        FROM emails WHERE source_id IN (SELECT unnest(?)) AND sent_at IS NOT NULL
        """,
        [source_ids],
    ).fetchall()
    emails = [
        dict(zip(("email_id", "source_id", "t", "sender", "sender_domain", "subject_normalized",
                  "thread_id"), row, strict=True))
        for row in rows
    ]  # fmt: skip
    ids = [e["email_id"] for e in emails]
    recipients: dict[str, set] = {i: set() for i in ids}
    attachments: dict[str, Counter] = {i: Counter() for i in ids}
    if ids:
        for email_id, kind, address, domain, redacted in con.execute(
            "SELECT email_id, kind, address, domain, redacted FROM email_recipients "
            "WHERE email_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall():
            recipients[email_id].add(
                (kind, _norm_text(address), _norm_text(domain), bool(redacted))
            )
        for email_id, file_name in con.execute(
            "SELECT email_id, file_name FROM email_attachments "
            "WHERE email_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall():
            attachments[email_id][_norm_text(file_name)] += 1
    for e in emails:
        e["recipients"] = recipients[e["email_id"]]
        e["attachments"] = attachments[e["email_id"]]
    return emails


def _gold_emails(gold: dict, variant: str) -> list[dict]:
    out = []
    for file in gold["files"]:
        if file["variant"] != variant:
            continue
        for n, e in enumerate(file.get("emails", [])):
            out.append(
                {
                    "key": (file["source_id"], n),
                    "source_id": file["source_id"],
                    "t": datetime.fromisoformat(e["sent_at"]).timestamp(),
                    "sender": _norm_text(e.get("sender")),
                    "sender_domain": _norm_text(e.get("sender_domain")),
                    "subject_normalized": _norm_text(e.get("subject_normalized")),
                    "thread_key": e.get("thread_key"),
                    "recipients": {
                        (
                            r["kind"],
                            _norm_text(r.get("address")),
                            _norm_text(r.get("domain")),
                            bool(r.get("redacted")),
                        )
                        for r in e.get("recipients", [])
                    },  # fmt: skip
                    "attachments": Counter(_norm_text(a) for a in e.get("attachments", [])),
                    "page_no": e.get("page_no"),
                }
            )
    return out


def _match(gold: list[dict], db: list[dict]) -> list[tuple[dict, dict]]:
    candidates = []
    for gi, g in enumerate(gold):
        for di, d in enumerate(db):
            if d["source_id"] == g["source_id"]:
                delta = abs(d["t"] - g["t"])
                if delta <= TOLERANCE_SECONDS:
                    candidates.append((delta, gi, di))
    candidates.sort()
    used_g, used_d, pairs = set(), set(), []
    for _delta, gi, di in candidates:
        if gi in used_g or di in used_d:
            continue
        used_g.add(gi)
        used_d.add(di)
        pairs.append((gold[gi], db[di]))
    return pairs


def _thread_scores(pairs: list[tuple[dict, dict]]) -> dict:
    tp = fp = fn = 0
    for (g1, d1), (g2, d2) in combinations(pairs, 2):
        same_gold = g1["thread_key"] is not None and g1["thread_key"] == g2["thread_key"]
        same_db = d1["thread_id"] is not None and d1["thread_id"] == d2["thread_id"]
        tp += same_gold and same_db
        fp += same_db and not same_gold
        fn += same_gold and not same_db
    precision = ratio(tp, tp + fp)
    recall = ratio(tp, tp + fn)
    f1 = (
        round(2 * precision * recall / (precision + recall), 4)
        if precision and recall
        else (0.0 if (tp + fp + fn) else None)
    )
    return {"thread_pair_precision": precision, "thread_pair_recall": recall, "thread_pair_f1": f1}


def _field_misses(pairs: list[tuple[dict, dict]], fields: tuple[str, ...]) -> list[dict]:
    """Each wrong header field of a matched message: gold and database value (recipients:
    what is missing and what is extra)."""
    out = []
    for g, d in pairs:
        for f in fields:
            if g[f] == d[f]:
                continue
            miss = {"source_id": g["source_id"][:12], "page_no": g["page_no"], "field": f}
            if f == "recipients":
                miss["missing"] = sorted(g[f] - d[f], key=str)
                miss["extra"] = sorted(d[f] - g[f], key=str)
            elif f == "attachments":
                miss["missing"] = sorted((g[f] - d[f]).elements())
                miss["extra"] = sorted((d[f] - g[f]).elements())
            else:
                miss["gold"], miss["db"] = g[f], d[f]
            out.append(miss)
    return out


def score_variant(
    gold: dict, con: duckdb.DuckDBPyConnection, variant: str, with_misses: bool = False
) -> dict:
    gold_emails = _gold_emails(gold, variant)
    source_ids = sorted({f["source_id"] for f in gold["files"] if f["variant"] == variant})
    db_emails = _db_emails(con, source_ids)
    pairs = _match(gold_emails, db_emails)
    fields = ("sender", "sender_domain", "subject_normalized", "recipients", "attachments")
    correct = {f: sum(1 for g, d in pairs if g[f] == d[f]) for f in fields}
    matched_keys = {g["key"] for g, _d in pairs}
    misses = {"field_misses": _field_misses(pairs, fields)} if with_misses else {}
    return {
        "n_gold": len(gold_emails),
        "n_db": len(db_emails),
        "n_matched": len(pairs),
        "message_recall": ratio(len(pairs), len(gold_emails)),
        "message_precision": ratio(len(pairs), len(db_emails)),
        **{f"{f}_accuracy": ratio(correct[f], len(pairs)) for f in fields},
        **_thread_scores(pairs),
        "missed": [
            {
                "source_id": g["source_id"][:12],
                "page_no": g["page_no"],
                "sent_at": datetime.fromtimestamp(g["t"], UTC).isoformat(),
            }
            for g in gold_emails
            if g["key"] not in matched_keys
        ],  # fmt: skip
        **misses,
    }


def score_emails(gold: dict, con: duckdb.DuckDBPyConnection, with_misses: bool = False) -> dict:
    """Scores per variant present in the gold (`digital`, `scanned`); `with_misses` adds
    every wrong header field of a matched message (for reading, not for reports)."""
    variants = sorted({f["variant"] for f in gold["files"]})
    return {variant: score_variant(gold, con, variant, with_misses) for variant in variants}
