"""`scripts/real_eval.py` names the sources whose extraction recorded an error."""

import importlib.util
from pathlib import Path

import duckdb

from models.db import ensure_schema

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("real_eval", ROOT / "scripts" / "real_eval.py")
real_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(real_eval)


def _database(tmp_path: Path, error: str | None) -> Path:
    path = tmp_path / "run.duckdb"
    con = duckdb.connect(str(path))
    ensure_schema(con)
    con.execute(
        "INSERT INTO sources (source_id, path, file_name, status, error) VALUES "
        "('a', '/x/a.txt', 'a.txt', 'ok', ?), ('b', '/x/b.txt', 'b.txt', 'ok', NULL)",
        [error],
    )
    con.close()
    return path


def test_a_source_whose_extractor_failed_is_named_with_its_error(tmp_path):
    message = "decisions extraction failed on pages 1-1: IndexError: list index out of range"
    lines = real_eval.source_errors(_database(tmp_path, message))
    assert lines[0].startswith("1 sources with an extraction error")
    assert lines[1:] == [f"  a.txt: {message}"]


def test_no_error_prints_nothing(tmp_path):
    assert real_eval.source_errors(_database(tmp_path, None)) == []
