"""Decisions, actions and agreements from minutes, decision lists, agendas and notes.

How such documents are built, and the step that reads each:
- a label line opens them (`Besluit:`, `Besluit 1:`, `Actie:`, `Gemaakte afspraken:`,
  `Vervolgafspraken`); the text follows on the label line, as a bullet or numbered list
  below it, as paragraphs, or as tasks each over a line naming its owners (`Offerte
  aanvragen` over `Jan`, `_tasks_over_owners`) (`_label_decisions`). `Gevraagd besluit` / `Gevraagd
  instemming met ...:` open proposals (`is_proposal`); a proposal paper transcribed onto one
  line (`1 RAADSVOORSTEL ... Beslispunten 1. ... a. ...; b. ...`, `Voorstel aan het AB ...
  Besluit Overeenkomstig het voorstel van ...: - ...; - ...`) keeps its decision field inside
  the line: one proposal per point (`_run_on_proposals`); a record transcribed so keeps each
  item's dictum in the line too (`BESLUIT: eenparig Enig art.: ...`, `BESLIST: ... Artikel 1.
  – ... Artikel 2. – ...`): one decision per article or point (`_run_on_dicta`);
- OCR may print a list's numbers as a column of their own (`1.` `2.` with the texts below
  them) and may put a paragraph of a neighbouring column inside a list; the list goes on
  with the next number or the same bullet (`_items`, `_resumes_after_break`);
- a sentence that names a list of decisions and ends with a colon ("Verder zijn de volgende
  afspraken gemaakt:") above a two-column table: every row (its label, then its bullets) is
  one decision (`_table_decisions`, read from the word boxes);
- a decision list (Besluitenlijst) without labels: one decision per numbered item
  (`_register_decisions`), or per row below its title when the rows carry no numbers
  (`_register_rows`); laid out as a table the text flattens one cell per line (`Nr.` /
  `Onderwerp` / `Besluit` over each row's number, subject and decision cell), one decision
  per paragraph or point of a decision cell, a dictum without a label included (`In te
  stemmen met ...`, `_flat_table`); a decree's article drafted as an infinitive clause
  (`Art. 1: | Kennis te nemen van ... |`) decides by its article (`_article_dicta`);
- a sentence that records what a body did, on a page that records a sitting (minutes, a
  decision list, a page with a meeting; not one that presents a body, `De raad bestaat uit
  ...`, whose present tense tells what it always does): a formula of
  `decision_labels.json` opens it (`Besloten wordt ...`, `Het verslag wordt vastgesteld.`),
  or the body itself as its subject
  (any body of `pipeline.bodies` or of the formulas, its short name too: `De KR`, `Het
  Presidium`) with a verb by which a body decides (`CUE_DECIDE` in `decision_cues.jsonl`:
  `stemt ... in`, `verleent`, `benoemde`), before or after it (`_body_decides`), wherever
  the sentence puts its main clause: after a fronted phrase (`Met ... stelt het Algemeen
  Bestuur ... vast`), around an insertion between dashes, as the body's second verb
  (`_main_clauses`); a lead-in that heads no points (`... als volgt:` over the figures its
  sentence runs on with) states the decision (`_heads_no_points`);
- notes in shorthand (`_shorthand_outcomes`): a line that ends in a check mark, an arrow to a
  task marker (`-> TO DO WOUT`), a list of outcomes after arrows (`... -> veld verwijderen`),
  an item that closes with its owners in brackets (`... aanvragen (Marlijn)`), a question
  answered on its line (`Kopen we het domein ? Yes`); a to-do heading over items that name
  their owner before a colon (`_owned_tasks`);
- a label whose list OCR moved away: a proposal's dangling `1.` with `2. ...` further on
  (`_displaced_items`), a plural label with nothing below it that takes the nearest run of
  items no other label took (`_orphan_decisions`).

Label and list rules are regular expressions in `patterns/decision_labels.json`: they match
the start of a line, where OCR glues bullets, numbers and colons to the label's words
(`•Gemaakte`, `besluit(en)`, `afspraken:`). The words that cue a decision and the nouns that
name a list of them are spaCy phrase and token patterns in `patterns/decision_cues.jsonl`.

The steps live in modules of this package: `labels` (label lines and their lists, orphan
labels), `lists` (bullets, numbers, paragraphs, flattened tables below a label),
`registers` (decision lists and registers without labels, role lists, action tables),
`columns` (a decision list's table flattened one cell per line),
`sentences` (decision formulas, decided lists, verdicts), `tables` (tables read from word
boxes), over `rules` (the rule data) and `text` (line tests, reading an item's text);
`extract` runs them over a document.
"""

from pipeline.decisions.extract import extract_decisions
from pipeline.decisions.rules import decision_label

__all__ = ["decision_label", "extract_decisions"]
