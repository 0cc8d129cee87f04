"""E-mails out of printed mail threads: headers, recipients, attachments, threads.

How a document is read
----------------------
1. Every line is scanned for header labels (`From:`/`Van:`, `Sent:`/`Verzonden:`/`Datum:`,
   `To:`/`Aan:`, `Cc:`/`Kopie:`, `Subject:`/`Onderwerp:`, `Attachments:`/`Bijlagen:` ...;
   the labels are data in `patterns/email_headers.json`). OCR glues labels to values in
   any order (`Thu, 17 Feb 2022 12:35:13 +0100Sent:`, `@utrecht.nl>To: 5.1.2.e`,
   `Agenda ... a.s.Subject:`), so a label is found anywhere in a line and a label with
   nothing after it takes the text before it. On a scan a long label OCR misread
   (`Ondervarn`) right below a header line is read as the label it is closest to.
2. Labels close together form a header block; a block ends at a gap of more than a few
   content lines (lines of redaction codes and bare addresses do not count: they are the
   values OCR tore away from their labels), when a field repeats, or at a `From:` after
   the block already has a date or subject.
3. A message is a block with a sent time (a `Datum:` block only beside other mail fields,
   as minutes use `Datum:` too), or a bare timestamp line (`Tue, 19 Apr 2022 17:34:31
   +0200`) whose labels OCR printed elsewhere in a column of their own (only in a document
   with such labels or an address beside the line), or a reply line (`Op 6 dec. 2017 om
   13:09 heeft ... het volgende geschreven:`, `Op ... schreef ...:`, `On ... wrote:`),
   also when wrapped over narrow quoted columns, and when OCR misread its verb
   (`owrcte:`: the line's shape, `On`/`Op` + date and time + writer + one word and a colon,
   with the word OCR-close to a verb, or lost behind a redacted writer: `On Thu. 30 Jul
   2020 at 11:09. ▮ <0 ▮`). A block with a `Sent:`/`Verzonden:` label (never a
   memo's) beside `From:` and `To:`/`Subject:` but no time printed is a message too, with
   no sent time; so is a lone `Onderwerp:`/`Subject:` line with no letterhead label beside
   it, where the thread shows it heads a message (a forward or reply of that subject in
   the document, or a message's closing right above it). Position counts from the top,
   again from 0 at a header sent later than the one above it (the top of another chain),
   and runs on into the next document where the splitter cut a printed thread
   (continue_printed_threads). A document typed a mail by how it opens that prints no
   header is one message where the page gives its subject or the day it came in.
4. Fields a block lacks are taken from around the timestamp: the sender from the line
   just above it, recipients from the address lines below it (two lines before a
   `Subject:`: To, then Cc), and for an Outlook print whose labels stand in a column of
   their own the subject and attachments from where that print puts their values (the
   line before `High`, the file-name lines, a list cut at a line end joined to the
   stretch's other file-name line) and, in a document with one message, the recipients
   from every address line (below a bare `Cc:` label: Cc). A torn header that lacks a
   recipient kind takes it from a lone label of that kind (`Cc:` and its value lines)
   that OCR set apart anywhere before the next header.
5. On a scanned page, words OCR read off a redaction box (`EEEN`, `BEN`, `Ve`: low
   confidence, a few letters stretched over the box) are marked as boxes in the header
   lines (BOX_MARK), so a box counts as a redacted address as a printed code does; a
   quoted display name with no address after it (Apple Mail) had its address boxed.
6. Domains OCR misread are repaired (repair_domain) towards a reference list (every Dutch
   municipality's `<name>.nl`, government bodies, common hosts: patterns data) and the
   spellings the document itself prints with more OCR confidence, by an edit distance
   that makes OCR's usual confusions cheap; only when one spelling is clearly the closest.

mail-parser-reply was tried for the splitting and is not used: it returns each reply's
header text and body but no fields, and it splits on runs of two or more header lines at
line starts. On clean text (the sample release's text layer) it splits right; on the OCR'd
reference release it cuts at the columns of bare labels instead of at the messages (the
page with the 12:35, 12:30 and 12:08 messages came out as 2 parts, so did the one with
16:53, 16:22 and 16:14), and it does not know bare timestamp lines at all.

The steps live in modules of this package: `layout` (the document's lines, values joined to
their labels), `labels` (header labels in a line, damaged ones mended), `fields` (labelled
fields and the header blocks they form), `stamps` (sent times), `line_headers` (reply lines,
list lines, archive heads), `messages` (the messages of a document), `fill` (a message's
sender, subject, recipients and attachments), `torn` (headers OCR tore from their labels),
`addresses` (senders and recipients in a header value), `subjects` (subjects and attachment
lists), `domains` (misread domains repaired) and `threads` (threads within and across
documents); over `vocab` (the rule data and the shared text tests) and `records` (the
records passed between them). `extract` runs them over a document.
"""

from pipeline.emails.addresses import parse_addresses
from pipeline.emails.domains import repair_domain
from pipeline.emails.extract import extract_emails, looks_like_email_page
from pipeline.emails.line_headers import archive_header, sender_line
from pipeline.emails.stamps import find_timestamp
from pipeline.emails.subjects import is_reply_subject, normalize_subject, split_file_names
from pipeline.emails.threads import assign_thread_ids, continue_printed_threads
from pipeline.emails.vocab import ADDRESS_KINDS

__all__ = [
    "ADDRESS_KINDS",
    "archive_header",
    "assign_thread_ids",
    "continue_printed_threads",
    "extract_emails",
    "find_timestamp",
    "is_reply_subject",
    "looks_like_email_page",
    "normalize_subject",
    "parse_addresses",
    "repair_domain",
    "sender_line",
    "split_file_names",
]
