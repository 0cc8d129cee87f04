"""The file-by-file comparison of two real-gold score files (woo_eval.real.compare)."""

from __future__ import annotations

import pytest

from woo_eval.real.compare import file_changes, rendering_scores, verdict


def _scores(**files: dict) -> dict:
    return {"overall": {}, "files": {src: {"figures": figs} for src, figs in files.items()}}


def _prf(tp: int, fp: int, fn: int) -> dict:
    return {"tp": tp, "fp": fp, "fn": fn, "examples": []}


def test_fewer_errors_is_better_more_is_worse_both_is_mixed():
    assert verdict((2, 1, 3), (3, 1, 2)) == "better"
    assert verdict((2, 1, 3), (2, 2, 3)) == "worse"
    assert verdict((2, 1, 3), (3, 2, 2)) == "mixed"
    assert verdict((0, 1), (1, 1)) == "better"


def test_a_gold_that_shrank_moves_no_error():
    assert verdict((1, 0, 0), (0, 0, 0)) is None


def test_a_figure_left_out_counts_as_nothing_found():
    before = _scores(a={"decisions_where_gold_none": _prf(0, 2, 0)})
    after = _scores(a={})
    (change,) = file_changes(before, after)
    assert (change.figure, change.verdict) == ("decisions_where_gold_none", "better")


def test_diagnostic_lines_get_no_verdict():
    name = "incident_counts.value_found"
    before = _scores(a={name: {"correct": 1, "total": 3, "examples": []}})
    after = _scores(a={name: {"correct": 0, "total": 3, "examples": []}})
    assert file_changes(before, after) == []


def test_a_render_file_needs_its_column_named():
    # `web_render_eval.py --json` keys its files by rendering; compared whole it once failed
    # with a KeyError deep in the counts
    text = _scores(a={"decisions": _prf(1, 0, 0)})
    render = {"overall": {}, "by_folder": {}, "files": {"text": text, "scanned": text}}
    assert rendering_scores(render, "scanned") is text
    assert rendering_scores(text, None) is text
    with pytest.raises(ValueError, match="--rendering"):
        rendering_scores(render, None)
    with pytest.raises(ValueError, match="no rendering 'scan'"):
        rendering_scores(render, "scan")
    with pytest.raises(ValueError, match="no rendering"):
        rendering_scores(text, "scanned")
