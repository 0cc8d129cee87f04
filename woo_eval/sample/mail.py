"""E-mail headers as printed in releases (Outlook English/Dutch, Apple Mail), with gold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from pipeline.dates import MONTHS_EN, MONTHS_NL, WEEKDAY_ABBR_EN, WEEKDAYS_EN, WEEKDAYS_NL
from woo_eval.sample.layout import FileWriter, Redact, Span

# the names come from the pipeline's one calendar vocabulary (patterns/calendar.json)
DUTCH_DAYS = WEEKDAYS_NL
DUTCH_MONTHS = MONTHS_NL
EN_DAYS = [d.capitalize() for d in WEEKDAY_ABBR_EN]
EN_MONTHS = [m[:3].capitalize() for m in MONTHS_EN]


def dutch_date(d: datetime) -> str:
    """`17 december 2018`"""
    return f"{d.day} {DUTCH_MONTHS[d.month - 1]} {d.year}"


def outlook_en_sent(d: datetime) -> str:
    """`Tue, 29 Mar 2022 10:39:31 +0200`"""
    offset = d.strftime("%z")
    return (
        f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} {offset}"
    )


def outlook_nl_sent(d: datetime) -> str:
    """`maandag 14 februari 2022 16:53` (no seconds, no offset)"""
    return f"{DUTCH_DAYS[d.weekday()]} {dutch_date(d)} {d.hour}:{d:%M}"


def apple_sent(d: datetime) -> str:
    """`17 december 2018 om 18:43:48 CET`"""
    zone = "CEST" if d.utcoffset().total_seconds() == 7200 else "CET"
    return f"{dutch_date(d)} om {d:%H:%M:%S} {zone}"


EN_LONG_DAYS = [d.capitalize() for d in WEEKDAYS_EN]
EN_LONG_MONTHS = [m.capitalize() for m in MONTHS_EN]


def outlook_en_long_sent(d: datetime) -> str:
    """`Thursday, February 17, 2022 12:30:04 PM` (Outlook's long form, no offset)"""
    hour = d.hour % 12 or 12
    half = "AM" if d.hour < 12 else "PM"
    return (
        f"{EN_LONG_DAYS[d.weekday()]}, {EN_LONG_MONTHS[d.month - 1]} {d.day}, {d.year} "
        f"{hour}:{d:%M:%S} {half}"
    )


def print_nl_sent(d: datetime) -> str:
    """`dinsdag 18 december 2018 9:12:45` (Outlook's print header)"""
    return f"{DUTCH_DAYS[d.weekday()]} {dutch_date(d)} {d.hour}:{d:%M:%S}"


_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|antw|doorst)\s*:\s*)+", re.IGNORECASE)


def normalize_subject(subject: str) -> str:
    return re.sub(r"\s+", " ", _PREFIX.sub("", subject)).strip().lower()


@dataclass(frozen=True)
class Person:
    """A mailbox as printed. `redacted`: the local part (or, without domain, all) is boxed."""

    local: str
    domain: str | None
    name: str | None = None
    redacted: bool = True
    show_domain: bool = True

    @property
    def address(self) -> str:
        return f"{self.local}@{self.domain}"

    def segments(self, sep: str, ground_label: str | None = None) -> list:
        """Printed form followed by `sep` (`;` or `,` or nothing)."""
        if not self.redacted:
            if self.name:
                return [f"{self.name} <{self.address}>{sep}"]
            return [f"{self.address}{sep}"]
        if self.show_domain:
            # the releases' commonest shape: `5.1.2.e @utrecht.nl`
            out: list = []
            if self.name:
                out.append(f'"{self.name}"')
            out += [Redact(self.local, label=ground_label), f"@{self.domain}{sep}"]
            return out
        out = [f'"{self.name}"'] if self.name else []
        hidden = f"<{self.address}>" if self.name else self.address
        out.append(Redact(hidden, label=ground_label))
        if sep:
            out.append(sep)
        return out

    def gold(self, kind: str) -> dict:
        record = {
            "kind": kind,
            "address": None if self.redacted else self.address,
            "domain": self.domain if (not self.redacted or self.show_domain) else None,
            "redacted": self.redacted,
        }
        if self.name:
            record["name"] = self.name
        return record


def _people(people: list[Person], sep: str, label: str | None) -> list:
    segments: list = []
    for n, person in enumerate(people):
        segments += person.segments(sep if n < len(people) - 1 else "", label)
    return segments


#: flavour -> (labels From/Sent/To/Cc/Subject/Attachments, date format, address separator)
HEADER_FLAVOURS = {
    "outlook_en": (
        ("From:", "Sent:", "To:", "Cc:", "Subject:", "Attachments:"),
        outlook_en_sent,
        ";",
    ),
    "outlook_nl": (
        ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:", "Bijlagen:"),
        outlook_nl_sent,
        ";",
    ),
    "apple": (("Van:", "Datum:", "Aan:", "Kopie:", "Onderwerp:", "Bijlagen:"), apple_sent, ","),
    "print_nl": (("Van:", "Datum:", "Aan:", "CC:", "Onderwerp:", "Bijlagen:"), print_nl_sent, ";"),
}


def email_header(
    fw: FileWriter,
    flavour: str,
    sender: Person,
    sent: datetime,
    to: list[Person],
    subject: str,
    cc: list[Person] | None = None,
    attachments: list[str] | None = None,
    importance: str | None = None,
    label: str | None = None,
    x: float = 72.0,
    value_x: float | None = None,
    attachments_wrap_left: bool = True,
    sent_printed: str | None = None,
) -> dict:
    """Print one header block; return its gold (page_no set, thread data filled by caller).

    flavour: `outlook_en` (From/Sent/To/Cc/Subject/Attachments), `outlook_nl`
    (Van/Verzonden/Aan/CC/Onderwerp/Bijlagen), `apple` (Van/Datum/Aan/Kopie/Onderwerp, bold
    serif), `print_nl` (Outlook print header Van/Aan/Onderwerp/Datum). `sent_printed` replaces
    the flavour's own date format (the caller keeps it consistent with `sent`).
    """
    cc = cc or []
    attachments = attachments or []
    page_no = fw.page_no
    if flavour not in HEADER_FLAVOURS:
        raise ValueError(flavour)
    labels, format_sent, sep = HEADER_FLAVOURS[flavour]
    sent_text = format_sent(sent)
    if sent_printed is not None:
        sent_text = sent_printed
    vx = value_x if value_x is not None else x + (90 if flavour != "apple" else 0)
    if flavour == "apple":
        # Apple Mail quotes the header as `Label: value` runs in one bold serif line
        font, bold, size = "Times-Roman", "Times-Bold", 11.0

        def put(label_text: str, segments: list) -> None:
            fw.paragraph(
                [Span(label_text, bold, size), *segments],
                x=x,
                font=font,
                size=size,
                leading=13.0,
                after=0.0,
            )

        put(labels[0], sender.segments("", label))
        put(labels[1], [sent_text])
        put(labels[2], _people(to, sep, label))
        if cc:
            put(labels[3], _people(cc, sep, label))
        fw.paragraph([Span(f"{labels[4]} {subject}", bold, size)], x=x, size=size, after=0.0)
    elif flavour == "print_nl":
        # Outlook's print header: small bold labels, the date last
        size = 8.5
        for label_text, segments in (
            (labels[0], sender.segments("", label)),
            (labels[2], _people(to, sep, label)),
            *([(labels[3], _people(cc, sep, label))] if cc else []),
            (labels[4], [subject]),
            (labels[1], [sent_text]),
        ):
            fw.field(label_text, segments, value_x=vx, size=size, leading=10.5, x=x)
    else:
        fw.field(labels[0], sender.segments("", label), value_x=vx, x=x)
        fw.field(labels[1], [sent_text], value_x=vx, x=x)
        fw.field(labels[2], _people(to, sep, label), value_x=vx, x=x)
        if cc:
            fw.field(labels[3], _people(cc, sep, label), value_x=vx, x=x)
        fw.field(labels[4], [subject], value_x=vx, x=x)
        if attachments:
            # Outlook wraps a long attachment list back to the left margin
            fw.field(
                labels[5],
                [", ".join(attachments)],
                value_x=vx,
                x=x,
                wrap_x=x if attachments_wrap_left else None,
            )
        if importance:
            fw.field("Importance:" if flavour == "outlook_en" else "Urgentie:", [importance],
                     value_x=vx, x=x)  # fmt: skip
    record = {
        "page_no": page_no,
        "sent_at": sent.isoformat(),
        "sender": None if sender.redacted else sender.address,
        "sender_domain": sender.domain if (not sender.redacted or sender.show_domain) else None,
        "subject": subject,
        "subject_normalized": normalize_subject(subject),
        "recipients": [p.gold("to") for p in to] + [p.gold("cc") for p in cc],
        "attachments": list(attachments),
    }
    if sender.name:
        record["sender_name"] = sender.name
    return record
