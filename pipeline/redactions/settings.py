"""Every threshold of redaction finding and ground reading: `RedactionSettings`, validated
when made, and `SETTINGS`, the one the steps of this package read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class RedactionSettings:
    """Every threshold of redaction finding and ground reading, in one validated object
    (the modules of `pipeline.redactions` read `SETTINGS`; a caller tuning them makes its own
    with `replace`)."""

    # -- vector boxes (text layer)
    #: A fill lighter than this (0 black .. 1 white) is shading or highlighting that leaves
    #: the text readable (table header bands are 0.85), not a redaction.
    max_box_luminance: float = 0.8
    min_box_height_pt: float = 6.0  # underlines and table rules are < 2 pt; 6 pt text: 6.7
    #: A box narrower than this (one redacted initial, a tussenvoegsel or a house number in
    #: 8 pt type: 4-8 pt) is kept only where it stands as a redaction box stands: as tall
    #: as the text of the line it is on, with paper beside it (`_is_narrow_box_in_line`);
    #: bullets, specks, a rule's end, icons and the strokes of heavy type do not.
    min_box_width_pt: float = 8.0
    #: Narrower than this is a rule or a stroke, never a box (the image path's opening takes
    #: away anything thinner than 3.2 pt anyway).
    narrow_box_min_width_pt: float = 3.0
    #: A narrow box is at least this share of the median height of the words beside it on
    #: its line (a box over a letter spans the line's height, ~1.0 of a text layer's word
    #: boxes and more of OCR's ink boxes, which scatter 0.5-1.3 em; a bullet or a speck is
    #: at most half), and at most `narrow_box_max_line_share` of it (one line, not a bar
    #: down the margin).
    narrow_box_min_line_share: float = 0.65
    narrow_box_max_line_share: float = 2.0
    #: On a scan, paper this wide (share of the box's height) on both sides of a narrow
    #: box: the stem of a letter in heavy type has the next letter closer than that, and a
    #: strip of a highlight band has its word on it; a word space is ~0.25 line.
    narrow_box_side_paper_share: float = 0.15
    #: A box covering one line of text is at least this tall (7 pt type); thinner pieces
    #: stacked on a box are the box cut by a seam.
    line_box_min_height_pt: float = 7.0
    #: A filled shape this tall that is not clearly wider than tall is a logo or photo
    #: block, not a run of redacted text (redacted signatures are ~35 x 18 pt).
    logo_min_height_pt: float = 28.0
    logo_max_aspect: float = 2.0
    # -- image boxes (scans, images in a page)
    work_pt_per_px: float = 0.72  # work at 100 dpi: boxes >= 6 px tall, text strokes <= 3 px
    dark_value: int = 200  # HSV value below which a pixel can be box: black, grey, dark colours
    min_rectangularity: float = 0.93
    min_uniformity: float = 0.55  # share of box pixels near the box's colour (photos: mottled)
    max_skew_deg: float = 2.0
    #: Boxes on touching lines are rectangles that tile their blob; when more of it than this
    #: is left in solid lumps besides them, they were cut from a picture (a photo, a logo).
    max_untiled_share: float = 0.1
    #: ... unless such a lump is a flat band, this share of it near one colour (a table's
    #: header row with its text is ~0.9, parts of photos 0.4-0.75).
    flat_band_uniformity: float = 0.8
    #: Rectangles cut from a blob's rows that cover less of it than this (the rest thinner
    #: than a line: text touching a box made the rows jump) get a second, trimmed cut.
    min_stack_cover: float = 0.8
    #: Text whose colour differs from the fill under it by this much (luminance 0..1) can
    #: be read (white on black, black on a 0.75 grey header band): the fill is a
    #: background, not a redaction.
    readable_text_contrast: float = 0.45
    #: Page-OCR words read at least this sure (0-100) on an image box show its text is
    #: readable (a grey form cell), so it is no redaction.
    readable_word_min_conf: float = 80.0
    #: Ink darker than this is box when boxes are cut apart: the ~0.7 pt of paper between
    #: the boxes of consecutive lines is blurred grey (~170) on a scan, a box is near black.
    stack_dark_value: int = 128
    # -- boxes blanked before a scan's OCR (`blanking.read_scan_boxes_blanked`)
    #: Paint a scanned page's boxes white before Tesseract reads it: black boxes pull its
    #: one global threshold so low that faint type drops out, and a box's edge is read with
    #: the letters beside it (on the real gold's 200 dpi rescans, e-mail subjects 3 of 5 ->
    #: 5 of 5; docs/real-eval.md).
    blank_boxes_before_ocr: bool = True
    #: Paper painted around each box too: a scanned box's edge blurs grey into the paper
    #: and that rim reads as letters as well (2 px at 200 dpi).
    blank_margin_pt: float = 0.72
    #: Only boxes darker than this (their median value, 0-255) are blanked: a black box
    #: pulls the threshold below faint type, a grey one (~165 on Inv-20-0774's scan) pulls
    #: it up, and blanking that lowers it and thins small type (`NVWA` read `‘N\OWA`).
    blank_max_box_value: int = 128
    #: A box has something printed on it, and is not blanked, when pixels lighter than it
    #: lie inside its outline, taken this far (pt) in from its edge past a scan's blur ...
    blank_print_edge_pt: float = 1.0
    #: ... at least this many of them (pixels of the page image) and at least this share
    #: of the inside: the values of the label reader's empty box (`box_label_min_ink_px`,
    #: `box_label_min_ink_share`); less is a speck or a sliver of paper.
    blank_print_min_px: int = 40
    blank_print_min_share: float = 0.003
    # -- a box's label read from its crop, or from the page's OCR words
    #: Pixels more than this far (value levels 0-255) from a box's colour are label ink
    #: (`_label_mask`; also the least threshold Otsu may pick: a red label scanned in grey
    #: is ~50 levels off the black, a white one ~200).
    label_ink_min_distance: int = 22
    #: A crop's chroma (max - min channel, 0-255) counts as distance from the box's colour
    #: by what it has above this: red on grey is far from it, the faint tint of a scan's
    #: grey is not.
    label_chroma_floor: int = 30
    #: Ink this much darker than a box's fill (value levels 0-255) is a label printed on it
    #: (black on a mid-grey box) even where it touches the crop's border; black text
    #: touching a dark-grey box is less far off it.
    dark_label_margin: int = 80
    #: Page-OCR words on a box are taken for its label without reading the crop only when
    #: Tesseract was this sure of each (0-100): a code misread in running-text mode
    #: (`10.2c`) comes with a lower confidence and goes to the crop OCR made for labels.
    page_words_label_min_conf: float = 90.0
    #: A box's crop holds a label only when label ink covers at least this share of it and
    #: this many pixels (of the page image): less is a speck or a scan's noise on an empty box.
    box_label_min_ink_share: float = 0.003
    box_label_min_ink_px: int = 40
    # -- a label printed just beside a box
    #: A label in the text layer's or the page OCR's words beside a box (and a text mark
    #: near a box, `text_marks._near_box`) starts at most this many line heights from the
    #: box's side (the box's height, counted as no taller than `beside_reach_max_line_pt`:
    #: a box over several lines reaches no farther), and this reach is never less than
    #: `beside_reach_min_pt` (a box on small type still reaches its label).
    beside_reach_em: float = 2.5
    beside_reach_max_line_pt: float = 14.0
    beside_reach_min_pt: float = 25.0
    #: The label's tokens run on while the gap to the next is at most this (pt): a word
    #: space; a wider gap is the next column or the running text.
    beside_token_max_gap_pt: float = 6.0
    #: A label of several grounds (`10.2.a, 10.2f`, `art. 10.2.f;art. 10.1.c`) is read
    #: from at most this many tokens next to the box, each one that can be label; failing
    #: that, the first `beside_ground_max_tokens` tokens, whatever they are, when they hold
    #: a ground at all.
    beside_label_max_tokens: int = 8
    beside_ground_max_tokens: int = 4
    #: On a scan, the word right of a box is read from a strip starting this far (pt)
    #: right of the box (its blurred edge is no ink), this much (pt) taller than the box
    #: above and below, and reaching this many box heights to the right.
    beside_word_start_pt: float = 0.5
    beside_word_margin_pt: float = 1.0
    beside_word_reach_em: float = 8.0
    #: In that strip, a pixel darker than this (0-255) is ink, and a column with at least
    #: this many such pixels is a column of the word (one is a speck).
    beside_word_ink_value: int = 128
    beside_word_min_column_ink_px: int = 2
    #: The word starts within this many strip heights of the box, else nothing is right
    #: next to it; it ends at the first gap between ink columns wider than this share of
    #: the strip's height (letters are closer, a word space is wider).
    beside_word_max_start_em: float = 2.5
    beside_word_max_gap_em: float = 0.3
    #: The word's image keeps this many pixel columns of paper on either side of its ink,
    #: pixels darker than `beside_word_paper_value` (0-255) as they are (the glyphs'
    #: anti-aliased edges) and the rest white, and is read only when at least this share of
    #: it is ink (darker than `beside_word_ink_value`).
    beside_word_pad_px: int = 2
    beside_word_paper_value: int = 200
    beside_word_min_ink_share: float = 0.01
    # -- objects (chars or words) in reading order (`geometry._text_of`)
    #: An object joins the line when its top is within this many of its own heights of
    #: the previous object's top (the next line's top is a line pitch, more than one
    #: height, below).
    text_line_max_top_shift_em: float = 0.5
    #: A space is put between two objects of a line when the gap between them is wider
    #: than this many of the right one's heights: a text layer's chars carry no spaces,
    #: letters stand closer, a word space is ~0.25.
    text_space_min_gap_em: float = 0.15
    # -- outlined boxes holding a label (`frames.detect_outlined_label_boxes`)
    #: An outlined rectangle counts as a label's box when its fill is none or lighter than
    #: this (0 black .. 1 white): a white box drawn around the code; a darker fill is a box
    #: of the vector path.
    outlined_box_min_fill_luminance: float = 0.8
    #: ... and at most this many `line_box_min_height_pt` tall (21 pt: a label's line or
    #: two), not a frame around a passage.
    outlined_box_max_lines: int = 3
    # -- framed blocks struck out of scope, table cells
    #: A frame drawn around a "buiten reikwijdte" remark is at least this much wider (pt)
    #: and taller (pt) than the remark: a tighter outline is the remark's own box.
    out_of_scope_frame_min_extra_width_pt: float = 20.0
    out_of_scope_frame_min_extra_height_pt: float = 4.0
    #: On a scan, a frame's outline is ink darker than this (HSV value 0-255) ...
    out_of_scope_frame_dark_value: int = 150
    #: ... covering at most this share of its bounding rectangle (more is a solid blob).
    out_of_scope_frame_max_fill: float = 0.3
    #: Confidence (0..1) of a framed block's ground, read from the remark inside it.
    out_of_scope_confidence: float = 0.9
    #: A rectangle this tall (pt) or taller around a code is no table cell (`_in_table_cell`).
    table_cell_max_height_pt: float = 60.0
    # -- confidences of a box's ground
    text_layer_confidence: float = 0.95
    beside_confidence: float = 0.85
    ocr_confidence_cap: float = 0.9
    text_mark_confidence: float = 0.6
    text_mark_no_ground_confidence: float = 0.4
    # -- labels printed without a box (whited-out passages)
    #: A character colour this saturated (max - min channel, 0..1) can be a label colour;
    #: black, grey and dark-blue body text are below it.
    label_min_chroma: float = 0.35
    #: A colour held by more than this share of the page's characters is its text colour.
    label_max_colour_share: float = 0.3
    coloured_label_confidence: float = 0.8
    #: Coloured ink on a scan: chroma (max - min channel, 0..255) and saturation (chroma
    #: over the brightest channel) at least these; pale highlighter and grey are below.
    label_ink_min_chroma: int = 80
    label_ink_min_saturation: float = 0.5
    label_min_height_pt: float = 2.5  # a 4 pt label's digits
    label_max_height_pt: float = 16.0  # two lines of label, not a logo
    label_max_width_pt: float = 150.0
    #: Coloured clusters read per page (a colour photo or logo holds many): biggest first.
    max_colour_clusters: int = 40
    #: A line where the label's colour makes this many separate cells, some of them words
    #: that are no ground codes, is a table's heading row (`DOC ID ... 10.2.d 10.2.e`),
    #: its codes column headings, not labels of whited-out text.
    heading_row_min_cells: int = 3
    #: Two clusters of coloured ink are one colour when no channel differs more (0..255).
    label_same_colour_max_diff: int = 60
    #: A code with ticks (words of at most `heading_column_tick_chars` characters) under
    #: it in this many lines, inside its span and with nothing running across its edges,
    #: heads a table's column (an inventory's `x` under `10.2.e`).
    heading_column_min_rows: int = 2
    heading_column_tick_chars: int = 3
    #: OCR words read less sure than this (0-100) do not cut a column: specks, smudges.
    heading_column_min_word_conf: float = 50.0
    # -- whited-out passages on OCR'd scans (gaps in the text)
    #: Off: on the held-out decision letters (tests/gold/holdout) the gap rules found 45
    #: boxes where the pages have 3 (box precision 0.97 -> 0.70). They were written against
    #: two scanned e-mails; until they carry over, a run does not look for white-outs.
    detect_whiteouts: bool = False
    #: On: the white-outs the layout of an e-mail gives away (a header label without its
    #: value among labels with theirs, a reply line with no writer between `heeft` and `het
    #: volgende geschreven`). Letters and forms have no such slots, so these stay on.
    detect_blank_header_values: bool = True
    #: A gap between two words of a line this many line heights wide is a candidate
    #: (word spaces are ~0.3, a tab in a header ~5, so the layout guards decide).
    whiteout_min_gap_em: float = 3.0
    #: How far (in line heights) to look for another line's tab stop at the same x.
    whiteout_tab_reach_lines: float = 8.0
    #: Header lines (by line count) that make the block an empty label belongs to.
    whiteout_header_reach_lines: int = 4
    #: Width of a whited header value, in line heights (its true end is not visible).
    whiteout_value_width_em: float = 10.0
    #: A gap is blank when at most this share of it is ink darker than this value.
    whiteout_ink_value: int = 160
    whiteout_max_ink_share: float = 0.01
    #: Share of the page width at each side where scans carry edge noise, not text.
    whiteout_edge_share: float = 0.05
    #: Confidence of a box whose ground could not be read: that it is a redaction at all.
    detection_confidence: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType(
            {"vector": 0.95, "image": 0.85, "text_mark": 0.4, "whiteout": 0.5}
        )
    )

    def __post_init__(self) -> None:
        for name in (
            "max_box_luminance",
            "min_rectangularity",
            "min_uniformity",
            "max_untiled_share",
            "flat_band_uniformity",
            "readable_text_contrast",
            "label_min_chroma",
            "label_max_colour_share",
            "label_ink_min_saturation",
            "out_of_scope_frame_max_fill",
            "outlined_box_min_fill_luminance",
            "box_label_min_ink_share",
            "blank_print_min_share",
            "beside_word_min_ink_share",
            "whiteout_max_ink_share",
            "whiteout_edge_share",
        ):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"RedactionSettings.{name} must lie in 0..1")
        for name in (
            "min_box_height_pt",
            "min_box_width_pt",
            "narrow_box_min_width_pt",
            "work_pt_per_px",
            "whiteout_min_gap_em",
            "whiteout_value_width_em",
        ):
            if getattr(self, name) <= 0:
                raise ValueError(f"RedactionSettings.{name} must be positive")


SETTINGS = RedactionSettings()
