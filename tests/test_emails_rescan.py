"""E-mail headers on a rescanned real page (issue 8): Bij-document+9 rendered as a 200 dpi
scan by `scripts/real_eval.py --rescan`, its words as Tesseract gave them (text, x0, top,
x1, bottom, confidence, line, block). Label misread, subject boxed away, reply line cut."""

from __future__ import annotations

from test_emails import _page_document, _svmn_lines

from pipeline.emails import extract_emails
from pipeline.emails.labels import _mend_misread_labels
from pipeline.emails.threads import _cut_short

#: p. 1, the third header of the thread (13:34): `Onderwerp: RE: ▮` came out as
#: `Ondervarn * AAR` (the label at confidence 0, `RE:` as `*`, the box as `AAR`)
_MISREAD_SUBJECT_LABEL = [
    ("van:", 49, 657, 69, 665, 50, 11, 6),
    ("Verzonden:", 49, 669, 102, 676, 96, 12, 6),
    ("vrijdag", 107, 668, 143, 678, 95, 12, 6),
    ("7", 139, 666, 144, 679, 96, 12, 6),
    ("augustus", 147, 669, 184, 681, 87, 12, 6),
    ("2020", 188, 667, 208, 675, 96, 12, 6),
    ("13:34", 213, 667, 235, 675, 96, 12, 6),
    ("Aan:", 49, 680, 70, 688, 96, 13, 7),
    ("CC:", 49, 692, 64, 699, 95, 14, 8),
    ("Blik", 68, 691, 82, 699, 95, 14, 8),
    ("op", 86, 693, 96, 701, 95, 14, 8),
    ("=", 100, 680, 121, 699, 50, 14, 8),
    ("||", 126, 691, 131, 700, 93, 14, 8),
    ("Dienstverlener;", 135, 690, 198, 698, 95, 14, 8),
    ("Blik", 203, 690, 216, 698, 95, 14, 8),
    ("op", 220, 692, 230, 699, 96, 14, 8),
    ("Werk", 234, 690, 255, 697, 96, 14, 8),
    ("||", 260, 690, 264, 699, 92, 14, 8),
    ("Financién;", 269, 685, 311, 700, 91, 14, 8),
    ("mn", 314, 687, 378, 706, 47, 14, 8),
    ("Ondervarn", 49, 703, 105, 713, 0, 15, 8),
    ("*", 111, 703, 114, 711, 0, 15, 8),
    ("AAR", 126, 702, 278, 714, 0, 15, 8),
]

#: p. 2: the 18:07 header (`Onderwerp: Re: ▮` read `= * ies`), the end of its body, and
#: the quoted reply line `On Thu. 30 Jul 2020 at 11:09, ▮ <info@▮> wrote:` whose right
#: half (`wrote:`, faint at the line's end) OCR lost; two long body lines left out
_BOXED_SUBJECT_AND_CUT_REPLY_LINE = [
    ("van", 53, 403, 70, 410, 66, 0, 0),
    ("nn", 72, 401, 308, 414, 29, 0, 0),
    ("Verzonden:", 53, 414, 106, 422, 95, 1, 0),
    ("dinsdag", 110, 414, 142, 423, 94, 1, 0),
    ("4", 146, 414, 150, 421, 95, 1, 0),
    ("augustus", 154, 415, 192, 423, 92, 1, 0),
    ("2020", 196, 414, 216, 421, 96, 1, 0),
    ("18:07", 220, 413, 243, 421, 96, 1, 0),
    ("Aan:", 53, 426, 73, 433, 96, 2, 0),
    ("Blik", 78, 426, 91, 433, 96, 2, 0),
    ("op", 95, 428, 105, 435, 97, 2, 0),
    ("Werk", 109, 426, 130, 433, 96, 2, 0),
    ("|!", 135, 426, 136, 434, 49, 2, 0),
    ("Dienstverlener;", 144, 425, 207, 433, 78, 2, 0),
    ("Blik", 212, 424, 226, 432, 95, 2, 0),
    ("op", 229, 427, 239, 433, 97, 2, 0),
    ("Werk", 243, 424, 265, 432, 96, 2, 0),
    ("||", 269, 424, 274, 433, 93, 2, 0),
    ("Financiën:", 279, 424, 320, 432, 84, 2, 0),
    ("mn:", 333, 423, 390, 436, 36, 2, 0),
    ("KANA", 395, 423, 417, 431, 17, 2, 0),
    ("SCI;", 422, 423, 440, 432, 17, 2, 0),
    ("SCI-bewijsstukken;", 445, 423, 523, 432, 88, 2, 0),
    ("EEE", 51, 438, 116, 449, 38, 3, 1),
    ("Onderwerp:", 53, 449, 108, 459, 61, 4, 1),
    ("=", 113, 449, 117, 456, 65, 4, 1),
    ("*", 122, 451, 123, 456, 0, 4, 1),
    ("ies", 129, 448, 282, 459, 7, 4, 1),
    ("Geachte.", 54, 474, 93, 482, 85, 5, 2),
    ("Ik", 55, 594, 63, 602, 95, 11, 4),
    ("ontvang", 67, 595, 103, 603, 95, 11, 4),
    ("graag", 107, 595, 131, 603, 84, 11, 4),
    ("zo", 135, 595, 145, 601, 96, 11, 4),
    ("spoedig", 149, 593, 184, 603, 96, 11, 4),
    ("mogelijk", 188, 592, 228, 603, 96, 11, 4),
    ("antwoord", 232, 591, 275, 600, 86, 11, 4),
    ("Met", 55, 620, 72, 628, 96, 12, 5),
    ("vriendelijke", 77, 619, 130, 630, 95, 12, 5),
    ("groet", 134, 621, 157, 630, 96, 12, 5),
    ("On", 56, 686, 69, 694, 96, 13, 6),
    ("Thu.", 73, 685, 93, 694, 93, 13, 6),
    ("30", 98, 685, 107, 693, 94, 13, 6),
    ("Jul", 111, 685, 123, 693, 96, 13, 6),
    ("2020", 128, 685, 150, 693, 93, 13, 6),
    ("at", 153, 687, 161, 693, 90, 13, 6),
    ("11:09.", 166, 685, 174, 693, 90, 13, 6),
    ("EN", 177, 682, 310, 696, 29, 13, 6),
    ("<0", 321, 686, 337, 691, 0, 13, 6),
    ("EN", 345, 681, 433, 695, 36, 13, 6),
    ("Geach", 60, 705, 96, 714, 48, 14, 6),
    ("nn", 138, 702, 185, 717, 49, 14, 6),
]


#: p. 1, the first two headers: the forward's subject `FW: Voortgang onderzoek ▮` lost its
#: `k` to the box right after it (`onderzoe`); the forwarded message prints it whole
_SUBJECT_CUT_BY_A_BOX = [
    ("B", 41, 72, 546, 88, 9, 0, 0),
    ("Van:", 43, 100, 62, 107, 95, 1, 1),
    ("Verzonden:", 44, 111, 93, 124, 96, 2, 2),
    ("woensdag", 190, 112, 232, 121, 96, 2, 2),
    ("2", 236, 111, 240, 118, 96, 2, 2),
    ("september", 244, 112, 288, 118, 96, 2, 2),
    ("2020", 291, 111, 311, 118, 96, 2, 2),
    ("9:41", 315, 111, 331, 118, 93, 2, 2),
    ("Aan:", 44, 120, 63, 141, 82, 3, 2),
    ("FEEL", 189, 124, 256, 135, 17, 3, 2),
    ("COEN", 260, 123, 311, 134, 44, 3, 2),
    ("EES", 315, 123, 384, 134, 47, 3, 2),
    ("Onderwerp:", 44, 138, 95, 147, 95, 4, 2),
    ("FW.", 191, 137, 203, 144, 77, 5, 3),
    ("Voortgang", 209, 138, 253, 146, 89, 5, 3),
    ("onderzoe", 258, 137, 296, 144, 35, 5, 3),
    ("n__n", 45, 257, 133, 279, 47, 6, 4),
    ("Verzonden:", 45, 270, 98, 278, 96, 7, 4),
    ("woensdag", 103, 269, 145, 279, 96, 7, 4),
    ("2", 149, 269, 153, 277, 96, 7, 4),
    ("september", 157, 267, 201, 284, 96, 7, 4),
    ("2020", 204, 269, 232, 276, 96, 7, 4),
    ("9:40", 228, 269, 247, 276, 96, 7, 4),
    ("Aan:", 45, 282, 66, 289, 95, 8, 4),
    ("CC:", 45, 294, 60, 301, 89, 9, 5),
    ("'Blik", 64, 294, 80, 301, 79, 9, 5),
    ("op", 84, 296, 94, 302, 97, 9, 5),
    ("Werk", 98, 293, 119, 301, 96, 9, 5),
    ("||", 124, 293, 129, 302, 95, 9, 5),
    ("Dienstverlener’;", 134, 293, 198, 301, 87, 9, 5),
    ("'Blik", 203, 292, 219, 300, 92, 9, 5),
    ("op", 222, 294, 239, 301, 96, 9, 5),
    ("Werk", 239, 292, 257, 300, 96, 9, 5),
    ("||", 262, 292, 266, 301, 93, 9, 5),
    ("Financiën’:", 271, 291, 315, 300, 44, 9, 5),
    ("xx", 320, 291, 386, 302, 40, 9, 5),
    ("Onderwerp:", 45, 305, 101, 314, 96, 10, 5),
    ("Voortgang", 105, 305, 149, 314, 5, 10, 5),
    ("onderzoek", 153, 299, 193, 321, 46, 10, 5),
    ("a", 192, 303, 351, 315, 30, 10, 5),
]


def _scanned_page(rows: list[tuple]) -> dict:
    """The page as the OCR stage gives it: a line per (block, line), blocks apart."""
    words = [
        {"text": t, "x0": float(a), "top": float(b), "x1": float(c), "bottom": float(d),
         "conf": float(conf), "line_no": line, "block_no": block}
        for t, a, b, c, d, conf, line, block in rows
    ]  # fmt: skip
    blocks: dict[int, dict[int, list[str]]] = {}
    for w in words:
        blocks.setdefault(w["block_no"], {}).setdefault(w["line_no"], []).append(w["text"])
    text = "\n\n".join("\n".join(map(" ".join, lines.values())) for lines in blocks.values())
    return {"source_id": "scan", "page_no": 1, "text": text, "text_method": "ocr",
            "words": words, "width": 612.0, "height": 792.0}  # fmt: skip


def test_misread_subject_label_among_header_lines_is_read_as_the_label():
    [email], _r, _a = extract_emails(_page_document(_scanned_page(_MISREAD_SUBJECT_LABEL)))
    assert email["sent_at"].strftime("%d %H:%M") == "07 13:34"
    # the line is the header's subject line (a box and a speck: no subject), not body
    assert email["subject"] is None
    assert email["body"] is None


def test_label_mending_leaves_running_text_and_letterhead_columns_alone():
    """Real lines beside header lines that are no misread label: a signature right below
    a header's link (2_wob-besluit p1), a letterhead's label column without colons and a
    heading above a bare label column (SVMN 2833-2838, 2088-2091)."""
    lines = ["Onderwerp: SP wil uitleg", "", "http://politiek.tpo.nl/2017/11/18/sp", "",
             "Verstuurd vanaf mijn iPhone", "Van: x@y.nl"]  # fmt: skip
    svmn = _svmn_lines(2833, 2846).splitlines() + _svmn_lines(2084, 2095).splitlines()
    for text in (lines, svmn):
        mended = list(text)
        _mend_misread_labels(mended)
        assert mended == text
    ocr = ["CC: Blik op ▮ || Dienstverlener; ▮", "Ondervarn * ▮", "van ▮", "Verzonden: x"]
    _mend_misread_labels(ocr)
    assert ocr[1] == "Onderwerp: * ▮"


def test_subject_boxed_away_and_reply_line_cut_by_ocr():
    page = _scanned_page(_BOXED_SUBJECT_AND_CUT_REPLY_LINE)
    emails, _r, _a = extract_emails(_page_document(page))
    assert [e["sent_at"].strftime("%d %H:%M") for e in emails] == ["04 18:07", "30 11:09"]
    # `Re: ▮` read as `= * ▮`: specks of the box are no subject
    assert emails[0]["subject"] is None
    quoted = emails[1]
    assert (quoted["position"], quoted["sender_redacted"], quoted["subject"]) == (1, True, None)


def test_sentence_opening_with_a_date_and_time_is_no_reply_line():
    text = "Beste,\n\nOp 3 maart 2020 om 10:00 uur 5.1.2.e\n\nGroet"
    page = {"source_id": "t", "page_no": 1, "text": text, "text_method": "ocr"}
    emails, _r, _a = extract_emails(_page_document(page))
    assert emails == []


def test_subject_end_cut_by_a_box_takes_the_forwarded_spelling():
    emails, _r, _a = extract_emails(_page_document(_scanned_page(_SUBJECT_CUT_BY_A_BOX)))
    assert [e["subject"] for e in emails] == ["FW: Voortgang onderzoek", "Voortgang onderzoek"]


def test_cut_short_only_for_a_word_that_lost_letters():
    assert _cut_short("voortgang onderzoe", "voortgang onderzoek")
    assert not _cut_short("voortgang onderzoek", "voortgang onderzoekl")  # a box edge read
    assert not _cut_short("antwoorden rtv", "antwoorden rtv utrecht")  # a word added
    assert not _cut_short("antwoorden rtv", "antwoorden rtv")
