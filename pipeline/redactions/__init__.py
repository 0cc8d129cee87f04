"""Redaction boxes: where they are, which ground they carry, and what text leaks under them.

Pure functions on one page's geometry. Coordinates are PDF points, origin top-left, as
pdfplumber reports them. Two ways to find boxes:

- born-digital pages: the filled rectangles of the content stream (`page.rects`);
- scanned pages (and text-layer pages whose boxes sit in an embedded image, like a
  "gelakt" mail): the rendered page image, with OpenCV.

Ground labels are read from the text layer when there is one, else by Tesseract on the box
crop. Codes standing in running (OCR) text without a box around them, and ground labels
printed in a colour of their own with no box (a red `10.2.e` where a passage was whited
out), become `text_mark` rows. On OCR'd scans a passage whited out instead of blacked
shows only as a hole in the text: a blank gap in a line, an e-mail header label without
its value; these become `whiteout` rows (ground None). `redact_page` does the whole page.

Output redaction dicts: `x0, top, x1, bottom, ground, ground_raw, confidence, method`
(`vector` | `image` | `text_mark` | `whiteout`). Leak dicts: `x0, top, x1, bottom, n_chars`
(never the text itself). Every threshold lives in `RedactionSettings`.

The steps live in modules of this package: `vector` (boxes from a born-digital page's
filled rectangles), `image` (boxes in a page image, with OpenCV), `narrow` (the text-line
test both end with for narrow boxes), `frames` (framed out-of-scope blocks, outlined label
boxes); `box_grounds` (the ground of each box, inside or beside it) with `label_ocr`
(label images and their OCR); `text_marks` (codes in running text), `coloured_labels`
(labels printed in a colour without a box), `whiteouts` (holes in an OCR'd scan's text);
`leaks` (text still under a box), `bands` (dark bands with readable text, no redactions);
over `settings` (`RedactionSettings`) and `geometry` (the box record and shared
geometry). `page` (`redact_page`) runs them over one page. Before that, `blanking`
(`read_scan_boxes_blanked`) reads a scan's text with its empty boxes painted out (black
boxes pull Tesseract's threshold down) and puts a `BOX_MARK` in the text for each.
"""

from pipeline.grounds import OUT_OF_SCOPE
from pipeline.redactions.blanking import read_scan_boxes_blanked
from pipeline.redactions.box_grounds import read_box_grounds
from pipeline.redactions.coloured_labels import (
    find_coloured_label_marks,
    find_coloured_labels_image,
)
from pipeline.redactions.frames import detect_out_of_scope_blocks, detect_outlined_label_boxes
from pipeline.redactions.geometry import Box, box_iou
from pipeline.redactions.image import detect_redaction_boxes_image
from pipeline.redactions.label_ocr import LABEL_OCR_TIMEOUT_S
from pipeline.redactions.leaks import find_redaction_leaks
from pipeline.redactions.page import redact_page
from pipeline.redactions.settings import SETTINGS, RedactionSettings
from pipeline.redactions.text_marks import find_text_ground_marks
from pipeline.redactions.vector import detect_redaction_boxes_vector, fill_luminance
from pipeline.redactions.whiteouts import find_whiteout_gaps

__all__ = [
    "LABEL_OCR_TIMEOUT_S",
    "OUT_OF_SCOPE",
    "SETTINGS",
    "Box",
    "RedactionSettings",
    "box_iou",
    "detect_out_of_scope_blocks",
    "detect_outlined_label_boxes",
    "detect_redaction_boxes_image",
    "detect_redaction_boxes_vector",
    "fill_luminance",
    "find_coloured_label_marks",
    "find_coloured_labels_image",
    "find_redaction_leaks",
    "find_text_ground_marks",
    "find_whiteout_gaps",
    "read_box_grounds",
    "read_scan_boxes_blanked",
    "redact_page",
]
