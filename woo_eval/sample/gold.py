"""Structural gold of one sample file, collected while its pages are drawn."""

from __future__ import annotations

from woo_eval.sample.layout import BOLD_FONT, FileWriter, Redact, Span


class FileGold:
    """Documents, meetings, decisions, incident figures and e-mails of one PDF."""

    def __init__(self, fw: FileWriter) -> None:
        self.fw = fw
        self.documents: list[dict] = []
        self.meetings: list[dict] = []
        self.decisions: list[dict] = []
        self.incident_counts: list[dict] = []
        self.emails: list[dict] = []

    def document(self, doc_type: str, title: str, doc_date: str | None) -> int:
        """Start a document on the current page (closes the previous one).

        Documents start on a fresh page, so the previous one ended on the page before.
        """
        if self.documents and self.documents[-1]["last_page"] is None:
            previous = self.documents[-1]
            previous["last_page"] = max(previous["first_page"], self.fw.page_no - 1)
        self.documents.append(
            {
                "first_page": self.fw.page_no,
                "last_page": None,
                "doc_type": doc_type,
                "title": title,
                "doc_date": doc_date,
            }
        )
        return len(self.documents) - 1

    def close_document(self) -> None:
        if self.documents and self.documents[-1]["last_page"] is None:
            self.documents[-1]["last_page"] = self.fw.page_no

    def count(
        self,
        period: tuple[str, str],
        category: str,
        value: float,
        unit: str = "count",
        scope: str | None = None,
    ) -> None:
        record = {
            "page_no": self.fw.page_no,
            "period_start": period[0],
            "period_end": period[1],
            "category": category,
            "value": value,
            "unit": unit,
            "scope": scope,
        }
        key = {k: v for k, v in record.items() if k != "page_no"}
        # the same figure printed twice in one file is one fact
        if not any(
            {k: v for k, v in r.items() if k != "page_no"} == key for r in self.incident_counts
        ):
            self.incident_counts.append(record)

    def unlabelled_decision(
        self, text: str, meeting_index: int | None = None, kind: str = "besluit"
    ) -> None:
        """Record a decision the page states without a label of its own (printed apart):
        minutes' adoption of their agenda in running text, an agreement under a heading."""
        self.decisions.append(
            {"page_no": self.fw.page_no, "number": None, "kind": kind, "text": text,
             "meeting_index": meeting_index}
        )  # fmt: skip

    def decision(
        self,
        label: str,
        text: str,
        kind: str = "besluit",
        number: str | None = None,
        meeting_index: int | None = None,
        x: float = 72.0,
        label_width: float | None = None,
    ) -> None:
        """Print `Label: text` (label bold) and record the decision."""
        self.decisions.append(
            {
                "page_no": self.fw.page_no,
                "number": number,
                "kind": kind,
                "text": text,
                "meeting_index": meeting_index,
            }
        )
        if label_width:
            self.fw.draw_words(label, x, self.fw.y, BOLD_FONT)
            self.fw.paragraph([text], x=x + label_width, after=2.0)
        else:
            self.fw.paragraph([Span(label, BOLD_FONT), text], x=x, after=2.0)

    def meeting(
        self,
        body: str,
        meeting_date: str,
        start_time: str | None,
        end_time: str | None,
        location: str | None,
    ) -> int:
        self.meetings.append(
            {
                "page_no": self.fw.page_no,
                "body": body,
                "meeting_date": meeting_date,
                "start_time": start_time,
                "end_time": end_time,
                "location": location,
                "participants": [],
            }
        )
        return len(self.meetings) - 1

    def participant(
        self,
        status: str,
        name: str | None,
        role: str | None,
        organisation: str | None,
        printed: list,
        x: float = 72.0,
    ) -> None:
        """Print one participant line and record it on the last meeting."""
        self.fw.line(printed, x=x)
        self.meetings[-1]["participants"].append(
            {
                "name": name,
                "role": role,
                "organisation": organisation,
                "status": status,
                "redacted": any(isinstance(s, Redact) for s in printed),
            }
        )

    def email(self, record: dict, thread_key: str, position: int) -> None:
        self.emails.append(
            {
                "page_no": record["page_no"],
                "document_index": len(self.documents) - 1,
                "position": position,
                "thread_key": thread_key,
                **{k: v for k, v in record.items() if k != "page_no"},
            }
        )

    def as_dict(self) -> dict:
        self.close_document()
        return {
            "documents": self.documents,
            "meetings": self.meetings,
            "decisions": self.decisions,
            "incident_counts": self.incident_counts,
            "emails": self.emails,
        }
