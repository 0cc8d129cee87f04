"""`extract_incident_counts`: one pass over a document per subject it is about, its tables
first and then its running text, each figure a row."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.docmodel import as_doc, doc_text, mark_chars, page_chars
from pipeline.incidents.ap import _the_ap_counts
from pipeline.incidents.boxes import _word_table_rows
from pipeline.incidents.cells import _glued_share_rows
from pipeline.incidents.context import _document_context, _head_stamp
from pipeline.incidents.dimensions import _dimension_rows
from pipeline.incidents.facts import _sentence_links_for
from pipeline.incidents.grids import _table_cells
from pipeline.incidents.organisations import (
    _as_the_services_sums,
    _one_unit_of_several,
    _the_counting_services,
    _unit_headings,
)
from pipeline.incidents.periods import (
    _cached_periods,
    _context_year,
    _pattern_matches,
    _period_words,
)
from pipeline.incidents.police import scope_national_police, scope_towns
from pipeline.incidents.prose import _running_text_figures
from pipeline.incidents.records import _Context, _Figure, _Sentence
from pipeline.incidents.rows import (
    _drop_impossible,
    _parts_after_their_total,
    _row,
    _without_assumed_conflicts,
    _without_bounds_of_stated_counts,
    _without_kinds_as_totals,
    _without_rough_repeats,
    _without_rounded_restatements,
    _without_unscoped_repeats,
)
from pipeline.incidents.subjects import (
    COMPLAINT,
    _by_crimes_alone,
    _document_subjects,
    _generic_subject,
    _headed_by_its_body,
    _own_subject_rows,
    _text_item_nouns,
    _text_kind_nouns,
    _the_aps_complaints,
)
from pipeline.incidents.tables import (
    _category_column_rows,
    _rows_by_their_sums,
    _table_rows,
    _total_over_parts,
    _total_row_by_sum,
)
from pipeline.incidents.text import (
    _footnotes,
    _mask,
    _sentences,
    _table_decimals,
    _tables_of_contents,
)
from pipeline.incidents.vocab import _SUBJECT, EVIDENCE_CHARS, LEAK, _normalise_plain
from pipeline.incidents.year_lists import _year_list_figures


def _clear_document_caches() -> None:
    """Forget the periods and sentences read: the caches serve the passes over one document."""
    _cached_periods.cache_clear()
    _pattern_matches.cache_clear()
    _period_words.cache_clear()
    _sentence_links_for.cache_clear()


def extract_incident_counts(document: dict | Doc) -> list[dict]:
    """Incident counts stated in one document (its document model, or a segment_documents
    row plus "pages"), one row per mention (see module doc) with the figure's box and its
    `subject`: data leaks, and Woo/Wob requests, complaints or integrity reports where the
    document is about those (one pass over the document per subject)."""
    doc = as_doc(document)
    if not doc._.pages:
        return []
    raw = doc_text(doc)
    rows = []
    names = _document_subjects(doc, raw)
    if not names:
        return []
    # the periods and sentences read serve every pass over this document (they do not
    # depend on the subject); cleared so that a document's cost does not depend on which
    # documents came before it (and benchmarks stay honest)
    _clear_document_caches()
    stamp = _head_stamp(raw)
    masked = _table_decimals(raw, mark_chars(doc)) + ([stamp] if stamp else []) + _footnotes(raw)
    text = _mask(raw, masked + _tables_of_contents(raw))
    sentences = _sentences(doc, text)
    ap_counts = _the_ap_counts(sentences)
    if LEAK in names and ap_counts and _the_aps_complaints(sentences):
        # the complaints a text on the AP's own intake of leak notifications gives are
        # the regulator's work (complaints about any organisation), no organisation's:
        # only the leak figures are counted there (web20 convention); an organisation's
        # report on its complaints and its leaks reported to the AP keeps both
        names = [name for name in names if name != COMPLAINT]
    generic = _generic_subject(doc, raw)
    subjects = [
        (
            name,
            name in (LEAK, generic),
            _headed_by_its_body(doc, raw, name),
            # the text's own word for its items: only its one subject's (not a data leak's)
            (own := _text_item_nouns(doc, raw, name) if name == generic != LEAK else ()),
            (
                _text_kind_nouns(raw, name, own, _by_crimes_alone(doc, raw, name))
                if name == generic != LEAK
                else ()
            ),
        )
        for name in names
    ]
    for key in subjects:
        token = _SUBJECT.set(key)
        try:
            found = _subject_rows(doc, raw, text, sentences, ap_counts)
            if key[0] != LEAK:
                found = _own_subject_rows(found, shared=len(subjects) > 1)
                found = _parts_after_their_total(found)
                # a part it makes of a total may be a total told again (`Van de 933
                # klachten zijn er 890 afkomstig van de KMar`, `De KMar meldt ... 890`)
                found = _without_kinds_as_totals(found)
                found = _as_the_services_sums(found, _the_counting_services(sentences))
            for row in found:
                del row["_handled"]
                row.pop("_wider", None)
                row.pop("_listed", None)
                row["read_from"] = "text" if row.pop("_prose") else "table"
            rows += [{**row, "subject": key[0]} for row in found]
        finally:
            _SUBJECT.reset(token)
    return rows


def _subject_rows(
    doc: Doc, raw: str, text: str, sentences: list[_Sentence], ap_counts: bool
) -> list[dict]:
    """The rows of one subject's pass over the document (`text`: its masked text, cut into
    `sentences`; `ap_counts`: see `_the_ap_counts`). Each subject claims the generic nouns
    only as a document's one subject (`177 meldingen` in a text on integrity reports)."""
    ctx = _document_context(doc, raw, sentences, ap_counts)
    ctx.text = text
    ctx.units = _unit_headings(text)
    # tables first: a number they read is no figure of the running text around it
    tables = _table_figures(text, doc, ctx)
    prose = _running_text_figures(sentences, ctx)
    # a list of years and counts goes on with a series the text tells (read after it)
    tables += _year_list_figures(text, tables + prose)
    figures = tables + prose
    page_starts = [
        (start, info.page_no) for (start, _), info in zip(page_chars(doc), doc._.pages, strict=True)
    ]
    # `_prose`: read from running text, not a table (see `_parts_after_their_total`)
    rows = [
        {**_row(doc, figure, page_starts), "_prose": i >= len(tables)}
        for i, figure in enumerate(figures)
    ]
    _one_unit_of_several(rows, ctx)
    if rows and all(row["_offset"] in ctx.body_scoped for row in rows):
        for row in rows:  # one body's figures only (its own report): the whole's
            row["scope"] = None
    _restated_bodies_as_the_whole(rows, ctx)
    scope_national_police(rows, text, ctx.organisations)
    if _by_crimes_alone(doc, raw, _SUBJECT.get()[0]):
        scope_towns(rows, text)  # `Wellen kende een stijging van 14 naar 17 inbraken`
    rows = _without_bounds_of_stated_counts(rows, text)  # needs each row's `_offset`
    rows.sort(key=lambda r: r.pop("_offset"))
    rows = _without_rounded_restatements(_without_rough_repeats(rows), text)
    rows = _without_unscoped_repeats(rows, ctx.organisations)
    rows = _without_kinds_as_totals(_without_assumed_conflicts(rows))
    return _drop_impossible(rows, ctx.organisations)


def _restated_bodies_as_the_whole(rows: list[dict], ctx: _Context) -> None:
    """`In 2020 zijn er in totaal 43 klachten bij de klachtenfunctionaris ingediend`, then
    `Van de totaal 43 klachten ...`: the count of a body named by what it is (a common noun,
    not a name) that the text states again without it, for the same period, is the whole's
    (the body takes in all of them), in place. Not in a text comparing organisations (there
    the unscoped one is the unit's, repeated)."""
    if ctx.organisations:
        return
    unscoped = {(r["period_start"], r["period_end"], r["value"]) for r in rows if not r["scope"]}
    for row in rows:
        own_body = row["_offset"] in ctx.body_scoped or (row["scope"] or "").islower()
        if own_body and (row["period_start"], row["period_end"], row["value"]) in unscoped:
            row["scope"] = None


def _table_figures(text: str, doc: Doc, ctx: _Context) -> list[_Figure]:
    """Cells of tables: rebuilt from word boxes, then the grids of the text's tables
    (`grids._table_cells`), then read from its lines (category columns, header lines of
    periods over rows a line each, a headerless `Totaal` row, a total over its parts, rows
    that add up to their last cell, glued counts and shares);
    each number once, a cell taken but not read (category None) no figure."""
    figures = []
    word_rows, table_words = _word_table_rows(text, doc, ctx)
    for offset, category, value, unit, period, scope, evidence in word_rows:
        figures.append(_Figure(offset, category, value, unit, period, scope,
                               evidence[:EVIDENCE_CHARS]))  # fmt: skip
    ctx.consumed |= table_words
    # a statistics table whose rows carry their area and period: no other layout reads it
    dimension_rows = _dimension_rows(text)
    taken = {row[0] for row in dimension_rows}
    year = _context_year(ctx)
    reported = year or ctx.reported_year
    cell_rows = [r for r in _table_cells(text, year, doc_text(doc), reported)
                 if r[0] not in taken]  # fmt: skip
    for offset, category, value, unit, period, scope, line in dimension_rows + cell_rows:
        ctx.consumed.add(offset)
        if category is None:
            continue  # a cell of a row or column not read: no figure of the text either
        if scope is not None:
            ctx.organisations.add(scope)  # a unit the table compares
        figures.append(_Figure(offset, category, value, unit, period, scope,
                               _normalise_plain(line)[:EVIDENCE_CHARS]))  # fmt: skip
    # in this order: `_table_rows` marks the rows it cannot read as consumed
    for read in (
        lambda: _category_column_rows(text, ctx),
        lambda: [*_table_rows(text, ctx), *_total_row_by_sum(text, ctx, ctx.sections)],
        lambda: [*_total_over_parts(text, ctx), *_rows_by_their_sums(text)],
        lambda: _glued_share_rows(text),
    ):
        for offset, category, value, unit, period, scope, line in read():
            if offset in ctx.consumed:
                continue  # a cell of a table read already
            ctx.consumed.add(offset)
            if category is None:
                continue  # a cell of a row not read: no figure of the text either
            figures.append(_Figure(offset, category, value, unit, period, scope,
                                   _normalise_plain(line)[:EVIDENCE_CHARS]))  # fmt: skip
    return figures
