"""The records the steps pass between them: a timestamp as printed (`Stamp`), a labelled
header field (`Field`), the header block its fields form (`Block`) and a message found in a
document (`Message`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Stamp:
    start: int
    end: int
    value: datetime
    raw: str


@dataclass
class Field:
    kind: str
    line: int
    value: str
    last_line: int  # the last line the value runs onto
    stamp: Stamp | None = None
    label: str = ""


@dataclass
class Block:
    fields: dict[str, Field] = field(default_factory=dict)
    first_line: int = 0
    last_line: int = 0

    @property
    def stamp(self) -> Stamp | None:
        sent = self.fields.get("sent")
        return sent.stamp if sent else None


@dataclass
class Message:
    stamp: Stamp | None  # None: a header that prints no sent time
    anchor_line: int
    block: Block | None
    first_line: int
    header_end: int  # last line of the header
    sender: dict | None = None
    subject: str | None = None
    recipients: list[dict] = field(default_factory=list)
    reply_line: bool = False  # a one-line reply header: a time and a writer, no fields
    quoted_original: bool = False  # a lone subject line a later message forwards or answers
    after_closing: bool = False  # a lone subject line below another message's closing
    attachments: list[str] = field(default_factory=list)
    unsent: bool = False  # a header block with no sent label at all (_unsent_header_messages)
    archived: bool = False  # a mail archive's page header, no labels (_archive_messages)
