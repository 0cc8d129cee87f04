"""Every table, view and column has a description, and docs/schema.md is generated from them.

A column added to models/schema.py without a line in models/descriptions.py fails here.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import duckdb
import pytest

from models.db import ensure_schema
from models.descriptions import COLUMN_DESCRIPTIONS, CONTRACT_COLUMNS, TABLE_DESCRIPTIONS
from models.schema import TABLES, VIEWS

ROOT = Path(__file__).resolve().parents[1]


def _schema_docs():
    spec = importlib.util.spec_from_file_location("schema_docs", ROOT / "scripts/schema_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _columns() -> dict[str, list[str]]:
    con = duckdb.connect()
    ensure_schema(con)
    columns: dict[str, list[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
    ).fetchall():
        columns.setdefault(table, []).append(column)
    con.close()
    return columns


def test_every_table_view_and_column_has_a_description():
    columns = _columns()
    for name in [*TABLES, *VIEWS]:
        assert TABLE_DESCRIPTIONS.get(name), f"{name}: add it to TABLE_DESCRIPTIONS"
        described = COLUMN_DESCRIPTIONS.get(name, {})
        missing = [c for c in columns[name] if not described.get(c)]
        assert not missing, f"{name}: describe {missing} in models/descriptions.py"
        stale = sorted(set(described) - set(columns[name]))
        assert not stale, f"{name}: descriptions of columns that do not exist: {stale}"


def test_descriptions_name_no_unknown_table():
    assert set(TABLE_DESCRIPTIONS) <= set(TABLES) | set(VIEWS)
    assert set(COLUMN_DESCRIPTIONS) <= set(TABLES) | set(VIEWS)


def test_docs_schema_md_is_up_to_date():
    docs = _schema_docs()
    assert docs.SCHEMA_MD.read_text() == docs.render(), (
        "docs/schema.md is out of date: run python scripts/schema_docs.py"
    )


def test_contract_columns_exist():
    for table, columns in CONTRACT_COLUMNS.items():
        assert set(columns) <= {name for name, _ in TABLES[table]}, table


def test_contract_columns_match_the_contract(reference_dir):
    contract_md = reference_dir.parent / "CONTRACT.md"
    if not contract_md.exists():
        pytest.skip("../shared/CONTRACT.md not present")
    contract = contract_md.read_text()
    for table, cells in re.findall(r"^\| `(\w+)` \| (.+) \|$", contract, re.M):
        promised = re.findall(r"`(\w+)`", cells)
        if table in TABLES:
            assert CONTRACT_COLUMNS[table] == promised, table


def test_a_database_of_an_older_version_is_upgraded():
    """New columns and keys are added, and old pages get their document_id."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE documents (document_id VARCHAR, source_id VARCHAR, "
        "first_page INTEGER, last_page INTEGER)"
    )
    con.execute("CREATE TABLE pages (source_id VARCHAR, page_no INTEGER, text VARCHAR)")
    con.execute("INSERT INTO documents VALUES ('abc-d1', 'abc', 1, 2), ('abc-d2', 'abc', 3, 3)")
    con.execute("INSERT INTO pages VALUES ('abc', 1, 'a'), ('abc', 3, 'c'), ('abc', 4, 'd')")
    ensure_schema(con)
    pages = con.execute("SELECT page_no, document_id FROM pages ORDER BY page_no").fetchall()
    assert pages == [(1, "abc-d1"), (3, "abc-d2"), (4, None)]
    keys = con.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    assert {"documents", "pages"} <= {row[0] for row in keys}
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO pages (source_id, page_no) VALUES ('abc', 1)")
    con.close()


def test_fill_document_ids_from_the_batch_documents():
    from models.db import fill_document_ids

    rows = {
        "documents": [{"document_id": "s-d1", "source_id": "s", "first_page": 1, "last_page": 2}],
        "pages": [{"source_id": "s", "page_no": 2}, {"source_id": "s", "page_no": 3}],
        "redactions": [{"source_id": "s", "page_no": 1, "document_id": "kept"}],
    }
    fill_document_ids(rows)
    assert [p["document_id"] for p in rows["pages"]] == ["s-d1", None]
    assert rows["redactions"][0]["document_id"] == "kept"
