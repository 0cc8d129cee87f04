"""Incident counts (data leaks and security incidents) from the text of one document.

Management reviews ("Directiebeoordeling") and progress reports state counts in running
text ("Bij de afdeling Informatieveiligheid zijn in 2020 84 meldingen gedaan"), in lists
under a total ("Van deze 84 meldingen waren er: 62 in de categorie '...'"), in comparisons
("In 2019 was het aantal gemelde datalekken 64"), as shares ("dat is 26 %. In 2019 was dit
17%"), per unit ("Vanuit Save kwamen 50 meldingen, vanuit Veilig Thuis 22"), per month
("van 3 in februari oplopen naar 10 in maart") and in tables that OCR flattened to lines
("Overig 10", or rows under a header of periods: "Categorie Q1 2021 Q2 2021 Totaal").
Where the pages carry word boxes, tables are rebuilt from them (OCR tears wide tables
apart), and a table's `Totaal` row and column fill unreadable cells and veto misread ones.
A `Totaal` row whose header OCR scattered ("TOTAAL 6814 15 15") is read by its sum: in a
report over several quarters, its last cells are the quarters when they add up to the
total the text states for the report period.

Privacy (FG) annual reports and news items about them state figures in prose: parts of a
total whose kind the clause names ("Van de 37 datalekken ging het in 19 gevallen om ...
verkeerde ontvanger", "Twee keer ontstond er een datalek door een verloren datadrager",
"Bij zeven datalekken ...", "een virusaanval (6x)", "(63% van de meldingen)"), numbers
written out where the sentence reports them ("Zeventien datalekken zijn gemeld"), years
named relative to the document's date ("vorig jaar", "een jaar eerder"; the date is the
document's `doc_date`, else a dating stamp on its first line such as `date 2020-06` or
`Datum: maart 2021`: a month is enough to place last year), sectors' shares, and several
organisations compared in one text (each figure then scoped to its own organisation).

News items write figures in more ways still: the AP's own intake ("De AP ontving vorig jaar
27.000 meldingen", "kreeg de AP 9,800 keer een datalekmelding binnen") is a total, not a
report to the AP, and its breakdown by sector names the sector ("uit de sector openbaar
bestuur", "afkomstig van gemeenten (33%)"); a group's sum ("Diverse ministeries ... In
totaal 286") beside a member ("het ministerie van X noteerde 125"); spans of years ("van
2016 tot en met 2018"), a sum of the years listed before it, "dit jaar", the year of an
annual report the item cites ("jaarverslag over 2023"), and an item whose dated figures all
state one period (a quarter's AP figures) dates its other figures in it. An item on several
bodies that received the items gives each figure the body its clause names as the receiver:
by its initials where they follow its name in brackets ("Bij het Expertisebureau Online
Kindermisbruik (EOKM) kwamen ..."), by its name after what it is ("De openbare omroep VRT
kreeg ...") or after the auxiliary of its perfect ("heeft de Vlaamse ombudsdienst ... 1.351
klachten ontvangen over De Lijn": the receiver's, not the body's it is about); the body its
headline names counting ("Vlaamse Ombudsdienst kreeg vorig jaar 51.110 klachten") is the
item's own, its figures the whole's. A figure "in dezelfde periode in 2021" or "een jaar
eerder" covers the part of a year of the figure it is compared with, in its own year.

Annual reports on requests, complaints and objections compare with an earlier year in
brackets ("Het aantal bezwaren WMO (42) is gestegen ten opzichte van 2017 (27)": the kind
named right after the noun, the bracket after a year that year's figure) or as a change
("gedaald t.o.v. 2023 van 83 naar 64"), name units before their bracketed counts ("bij
SOZAWE (187, ...) en de Milieudienst (104; ...)"), and flatten tables whose year columns
split into sub-columns ("Aantal, Aantal gegrond, %": each year's first cell is its count).
A paragraph opened by a year ("In 2009 namen ...") dates the sentences after it, and a
sentence restating the one before ("Het ging om 502 meldingen") takes its year.

The rules are conservative: a number becomes a count only in one of those constructions,
in a sentence about incidents, in a document about incidents, and with a period that the
sentence states or that the document's heading gives ("... Informatieveiligheid 2020",
"Eerste half jaar 2021", "Q1 t/m Q3 2022"); a report's later pages split off as a document
of their own take the latest whole year their dated figures state, from that year's first
statement on. Years, dates, page numbers, redaction codes and
differences ("20 meer dan in 2019", "gestegen met 30 %") are never counts. A figure whose
period cannot be read is dropped rather than guessed.

The text is read in the document model's units (`pipeline.docmodel`: its blocks and lines,
split into sentences here). Vocabulary (category phrases, units, number words) is data in
`patterns/incident_categories.json`; the constructions are regular expressions over
`doc.text` (OCR glues figures to words and codes: `84meldingen`, `2022Totaal`), each
offset mapped back to its word with `doc.char_span`.

The steps live in modules of this package: `text` (the document's text as sentences),
`periods` (periods named in text), `numbers` (the numbers of a sentence), `facts` (what
one sentence states: `_classify`) with `kinds` (the category a number counts), `sectors`
(its scope), `ap` (the AP's intake and reports to it) and `fact_periods` (the period of
each fact); `grids` (tables read by their structure, whatever layout flattened them: a
header of titles, rows of a label and a cell per column, an axis of periods; the one
reading of every grid), `tables` (tables flattened to lines: header lines of periods as
grids, rows without a header, category columns), `dimensions` (a statistics table whose
rows carry their area and period, `Regio's Perioden ... (aantal)`, and areas by year in
glued cells), `cells` (the cells grids are made of,
and the layouts no grid holds), `boxes` (tables rebuilt from word boxes), with `labels`
(row and cell labels); `prose` (figures in running
text) with `organisations` (organisations and units compared, unit headings); `context`
(a document's report period and years), `subjects` (what a document counts), `rows` (rows
from figures and their filters); over `vocab` (the vocabulary and shared helpers), `rules`
(the constructions as regular expressions) and `records` (the records passed between
them). `extract` runs them over a document.
"""

from pipeline.incidents.boxes import COLUMN_SLACK, PART_CATEGORIES
from pipeline.incidents.cells import (
    CAPTION_CELLS,
    CAPTION_REACH,
    GLUED_REACH,
    TITLE_CHARS,
)
from pipeline.incidents.extract import extract_incident_counts
from pipeline.incidents.fact_periods import SUM_REACH
from pipeline.incidents.facts import SUCH_REACH
from pipeline.incidents.grids import LABEL_CHARS, SUBHEADING_CHARS, YEAR_TITLE_COLUMNS
from pipeline.incidents.numbers import WORD_BEFORE_REACH
from pipeline.incidents.organisations import HEADING_WORDS, HEADLINE_CHARS
from pipeline.incidents.periods import find_periods
from pipeline.incidents.prose import PARAGRAPH_REACH, UNIT_LIST_ITEMS
from pipeline.incidents.records import Period
from pipeline.incidents.rows import ROUNDED_REACH, deduplicate_incident_counts
from pipeline.incidents.sectors import SECTOR_NAME_WORDS
from pipeline.incidents.subjects import (
    COMPLAINT,
    ONE_REQUEST_TYPES,
    OTHER_SUBJECT_CATEGORIES,
    SUBJECT_HEAD_LINES,
    SUBJECT_MENTIONS,
)
from pipeline.incidents.tables import HEADER_REACH
from pipeline.incidents.vocab import (
    CATEGORIES,
    EVIDENCE_CHARS,
    LEAK,
    LIST_REACH,
    PATTERN_FILE,
    UNITS,
)

__all__ = [
    "CAPTION_CELLS",
    "CAPTION_REACH",
    "CATEGORIES",
    "COLUMN_SLACK",
    "COMPLAINT",
    "EVIDENCE_CHARS",
    "GLUED_REACH",
    "HEADER_REACH",
    "HEADING_WORDS",
    "HEADLINE_CHARS",
    "LABEL_CHARS",
    "LEAK",
    "LIST_REACH",
    "ONE_REQUEST_TYPES",
    "OTHER_SUBJECT_CATEGORIES",
    "PARAGRAPH_REACH",
    "PART_CATEGORIES",
    "PATTERN_FILE",
    "Period",
    "ROUNDED_REACH",
    "SECTOR_NAME_WORDS",
    "SUBHEADING_CHARS",
    "SUBJECT_HEAD_LINES",
    "SUBJECT_MENTIONS",
    "SUCH_REACH",
    "SUM_REACH",
    "TITLE_CHARS",
    "UNITS",
    "UNIT_LIST_ITEMS",
    "WORD_BEFORE_REACH",
    "YEAR_TITLE_COLUMNS",
    "deduplicate_incident_counts",
    "extract_incident_counts",
    "find_periods",
]
