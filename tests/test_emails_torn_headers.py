"""E-mail headers that OCR tore apart, on the real release text (issue 8): a recipient
label read as a block of its own far from its header."""

from __future__ import annotations

from test_emails import _document, _svmn_lines

from pipeline.emails import extract_emails


def _recipient_rows(first: int, last: int) -> dict[str, set[tuple]]:
    """(kind, domain, redacted) per message of SVMN lines first..last, by sent minute."""
    emails, recipients, _a = extract_emails(_document("rtv", _svmn_lines(first, last)))
    return {
        e["sent_at"].strftime("%H:%M"): {
            (r["kind"], r["domain"], r["redacted"])
            for r in recipients
            if r["email_id"] == e["email_id"]
        }
        for e in emails
    }


def test_lone_cc_label_far_below_a_torn_top_header_is_that_headers():
    """SVMN 3143-3440, the RTV thread: the top message's values (sender, 09:41 time, To
    line) stand above its body and its label column (From/Sent/To/Subject/Importance) 26
    lines below, with no `Cc:` in it; OCR read the `Cc:` row as a block of its own 76
    lines below the time (3219), its value lines right below it (`@utrecht.nl>; "5.1.2.`),
    before the thread's second header (3244). The quoted messages keep their own."""
    rows = _recipient_rows(3143, 3440)
    assert rows["09:41"] == {("to", "utrecht.nl", True), ("cc", "utrecht.nl", True)}
    assert rows["16:53"] == {("to", "utrecht.nl", True), ("cc", "utrecht.nl", True)}
    # the 16:22 header prints no Cc label anywhere in its stretch: none is invented
    assert rows["16:22"] == {("to", "utrecht.nl", True)}
