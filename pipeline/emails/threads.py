"""Threads: within a document, the provisional thread of each message (a change of subject
starts another), a quoted original placed below its reply, and one thread's subjects settled
over OCR's slips; across documents, a printed thread the splitter cut
(`continue_printed_threads`) and the thread ids of a database (`assign_thread_ids`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rapidfuzz import fuzz

from pipeline.emails.records import Message
from pipeline.emails.subjects import _prefix_depth, _subject_prefix_re, normalize_subject
from pipeline.emails.vocab import _THIN, ocr_distance


def _same_conversation_subject(a: str, b: str) -> bool:
    """Subjects of one chain: equal, or one edited from the other (`x` / `x aangepast`)."""
    return a == b or fuzz.token_set_ratio(a, b) >= 80


SUBJECT_MISREAD_DISTANCE = 0.6  # a thin letter OCR added or lost, or one look-alike letter


def _settle_thread_subjects(messages: list[Message]) -> None:
    """One printed thread carries one subject under its reply and forward prefixes: a
    subject that differs from one printed more often in the document only by an OCR
    slip (`Antw.: Sitemaill` beside two `Re: Sitemail`) is that subject, misread; so is
    one whose last word lacks the letters another message of the document prints after
    it (`FW: Voortgang onderzoe` beside `Voortgang onderzoek`, `_cut_short`)."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for msg in messages:
        if msg.subject and (core := normalize_subject(msg.subject)):
            counts[core] = counts.get(core, 0) + 1
            spelled.setdefault(core, _without_prefixes(msg.subject))
    for msg in messages:
        core = normalize_subject(msg.subject) if msg.subject else None
        if not core or len(core) < MIN_SUBJECT_CHARS:
            continue
        better = [
            other
            for other, n in counts.items()
            if (n > counts[core] and ocr_distance(core, other) <= SUBJECT_MISREAD_DISTANCE)
            or _cut_short(core, other)
        ]
        if len(better) == 1:
            own = _without_prefixes(msg.subject)
            msg.subject = msg.subject[: len(msg.subject) - len(own)] + spelled[better[0]]


CUT_LETTERS = 2  # letters a redaction box may take off the end of the word before it


def _cut_short(core: str, other: str) -> bool:
    """Is subject `core` subject `other` with the end of its last word cut off? On a scan a
    redaction box right after a subject takes the last letter or two of the word it
    touches (`onderzoe▮` for `onderzoek ▮`); the reply or forward prints that subject
    whole. Not where the missing end is thin glyphs (`l`, `I`, `|`): those are what OCR
    adds at a box's edge, so the longer spelling is the misread one."""
    missing = other[len(core) :]
    return (
        other.startswith(core)
        and core[-1:].isalpha()
        and 0 < len(missing) <= CUT_LETTERS
        and missing.isalpha()
        and not set(missing) <= _THIN
    )


def _without_prefixes(subject: str) -> str:
    m = _subject_prefix_re().match(subject)
    return subject[m.end() :] if m else subject


def _place_below_its_reply(messages: list[Message], original: Message) -> None:
    """Put a quoted original (a lone subject line) in the thread right below the message
    that forwards or answers it (`FW: <its subject>`): that one is newer, whatever order
    OCR printed their lines in; else where its line stands."""
    own = normalize_subject(original.subject)
    for i, msg in enumerate(messages):
        if (
            msg.subject
            and normalize_subject(msg.subject) == own
            and _prefix_depth(msg.subject) > _prefix_depth(original.subject or "")
        ):
            messages.insert(i + 1, original)
            return
    at = sum(1 for m in messages if m.anchor_line < original.anchor_line)
    messages.insert(at, original)


def _thread_numbers(messages: list[Message]) -> list[int]:
    """Provisional thread per message: a chain printed under an unrelated one (another
    subject) is another conversation."""
    numbers, thread_no, previous = [], 0, None
    for msg in messages:
        subject = normalize_subject(msg.subject)
        if numbers and subject and previous and not _same_conversation_subject(subject, previous):
            thread_no += 1
        previous = subject or previous
        numbers.append(thread_no)
    return numbers


def continue_printed_threads(emails: list[dict], document_ids: list[str]) -> None:
    """Positions of a printed thread that the splitter cut into two documents (at a page
    break, or at a signature taken for a new start), in place: when a document's top
    message is older than the last message of the document right before it, is not a
    second print of one of its messages, and is of the same conversation (same subject, or
    neither prints one), the thread runs on: its positions continue and it joins that
    provisional thread. `emails` are one source's rows in document order."""
    by_document: dict[str, list[dict]] = {}
    for e in emails:
        by_document.setdefault(e["document_id"], []).append(e)
    for above_id, below_id in zip(document_ids, document_ids[1:], strict=False):
        above, below = by_document.get(above_id), by_document.get(below_id)
        if above and below and _thread_runs_on(above, below[0]):
            last, thread = above[-1], below[0]["thread_id"]
            for e in below:
                e["position"] += last["position"] + 1
                if e["thread_id"] == thread:
                    e["thread_id"] = last["thread_id"]


def _thread_runs_on(above: list[dict], top: dict) -> bool:
    last = above[-1]
    if top["sent_at"] is None or last["sent_at"] is None or top["sent_at"] >= last["sent_at"]:
        return False
    if any(e["sent_at"] == top["sent_at"] for e in above):
        return False  # the same message printed again: another print, not the rest
    a, b = last["subject_normalized"], top["subject_normalized"]
    return (not a and not b) or bool(a and b and _same_conversation_subject(a, b))


THREAD_WINDOW = timedelta(days=60)  # replies to one subject further apart are new threads
MIN_SUBJECT_CHARS = 6  # shorter normalised subjects (`vraag`) are too generic to join on


def assign_thread_ids(emails: list[dict]) -> None:
    """Set `thread_id` on every e-mail of a database, across documents and sources.

    Rule (union-find): two messages are one conversation when
    1. they were printed as one chain: same document and same provisional thread
       (extract_emails starts a new provisional thread where the subject changes);
    2. they are the same message printed twice: the same sent minute (UTC) and no
       conflicting sender domain or subject;
    3. they share a normalised subject of at least MIN_SUBJECT_CHARS characters and were
       sent within THREAD_WINDOW of another message of that subject.
    The thread id is `thr-` plus the email_id of the earliest message of the component.
    """
    parent = list(range(len(emails)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for pairs in (_same_chain, _same_message, _same_subject):
        for a, b in pairs(emails):
            union(a, b)
    components: dict[int, list[int]] = {}
    for i in range(len(emails)):
        components.setdefault(find(i), []).append(i)
    for members in components.values():
        first = min(members, key=lambda i: (_sent_or_max(emails[i]), emails[i]["email_id"]))
        for i in members:
            emails[i]["thread_id"] = f"thr-{emails[first]['email_id']}"


def _sent_or_max(e: dict) -> datetime:
    return e.get("sent_at") or datetime.max.replace(tzinfo=UTC)


def _same_chain(emails: list[dict]) -> list[tuple[int, int]]:
    """Rule 1: messages of one document's provisional thread."""
    first_of: dict[tuple, int] = {}
    pairs = []
    for i, e in enumerate(emails):
        key = (e.get("document_id"), e.get("thread_id"))
        if key in first_of:
            pairs.append((first_of[key], i))
        else:
            first_of[key] = i
    return pairs


def _same_message(emails: list[dict]) -> list[tuple[int, int]]:
    """Rule 2: the same sent minute (UTC), no conflicting sender domain or subject."""
    by_minute: dict[datetime, list[int]] = {}
    for i, e in enumerate(emails):
        if e.get("sent_at") is not None:
            minute = e["sent_at"].astimezone(UTC).replace(second=0, microsecond=0)
            by_minute.setdefault(minute, []).append(i)
    pairs = []
    for members in by_minute.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                ea, eb = emails[a], emails[b]
                da, db = ea.get("sender_domain"), eb.get("sender_domain")
                sa, sb = ea.get("subject_normalized"), eb.get("subject_normalized")
                if not ((da and db and da != db) or (sa and sb and sa != sb)):
                    pairs.append((a, b))
    return pairs


def _same_subject(emails: list[dict]) -> list[tuple[int, int]]:
    """Rule 3: a shared subject, each message within THREAD_WINDOW of the one before."""
    by_subject: dict[str, list[int]] = {}
    for i, e in enumerate(emails):
        subject = e.get("subject_normalized")
        if subject and len(subject) >= MIN_SUBJECT_CHARS and e.get("sent_at") is not None:
            by_subject.setdefault(subject, []).append(i)
    pairs = []
    for members in by_subject.values():
        members.sort(key=lambda i: emails[i]["sent_at"])
        for a, b in zip(members, members[1:], strict=False):
            if emails[b]["sent_at"] - emails[a]["sent_at"] <= THREAD_WINDOW:
                pairs.append((a, b))
    return pairs
