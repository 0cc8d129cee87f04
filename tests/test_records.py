"""The typed records agree with the one schema, and a row with an unknown column is refused
where it is written."""

from __future__ import annotations

import types
from datetime import date, datetime, time
from typing import get_type_hints

import pytest

from models.records import ROW_TYPES, UnknownColumnError, check_row
from models.schema import TABLES
from pipeline.docmodel import as_doc

PYTHON_TYPES = {
    "VARCHAR": str, "INTEGER": int, "BIGINT": int, "DOUBLE": float, "BOOLEAN": bool,
    "DATE": date, "TIME": time, "TIMESTAMPTZ": datetime,
}  # fmt: skip


def test_every_table_has_a_row_type_with_exactly_its_columns_and_types():
    assert ROW_TYPES.keys() == TABLES.keys()
    for table, columns in TABLES.items():
        hints = get_type_hints(ROW_TYPES[table])
        assert list(hints) == [name for name, _ in columns], table
        for name, sql_type in columns:
            assert hints[name] == (PYTHON_TYPES[sql_type] | None), f"{table}.{name}"
            assert isinstance(hints[name], types.UnionType)


def test_check_row_names_the_table_and_the_unknown_column():
    check_row("meetings", {"meeting_id": "m1", "body": "CT", "x0": 1.0})
    with pytest.raises(UnknownColumnError, match=r"meetings row has column\(s\) bodyy"):
        check_row("meetings", {"meeting_id": "m1", "bodyy": "CT"})
    with pytest.raises(UnknownColumnError, match="no table 'meeting'"):
        check_row("meeting", {"meeting_id": "m1"})


def test_records_add_refuses_a_column_the_schema_does_not_have():
    page = {"page_no": 1, "text": "Besluit: akkoord", "words": []}
    doc = as_doc({"document_id": "d", "pages": [page]})
    doc._.records.add("decisions", {"decision_id": "d-1", "text": "akkoord"})
    with pytest.raises(UnknownColumnError, match="decisions row has column.* confidence"):
        doc._.records.add("decisions", {"decision_id": "d-2", "confidence": 0.5})
    assert [row["decision_id"] for row in doc._.records["decisions"]] == ["d-1"]
