"""What is counted (`incident_counts.subject`) reaches the user: a database made before the
column existed reads its rows as data leaks, and the report keeps subjects apart."""

from __future__ import annotations

import duckdb

from models.db import upgrade_tables
from models.schema import TABLES
from pipeline.report.charts import incidents_chart


def test_an_older_database_gets_subject_datalek_on_its_incident_rows():
    con = duckdb.connect()
    for table, columns in TABLES.items():
        kept = [(n, t) for n, t in columns if n != "subject"]
        con.execute(f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in kept)})")
    con.execute("INSERT INTO incident_counts (category, value, unit) VALUES ('total', 12, 'count')")
    upgrade_tables(con, primary_keys=False)
    assert con.execute("SELECT subject, value FROM incident_counts").fetchall() == [
        ("datalek", 12.0)
    ]


def test_the_incident_chart_has_a_row_per_subject():
    row = {"period_start": "2023-01-01", "period_end": "2023-12-31", "value": 40, "unit": "count",
           "category": "total", "scope": None, "href": "#p1"}  # fmt: skip
    svg = incidents_chart([{**row, "subject": "datalek"}, {**row, "subject": "klacht"}])
    assert svg is not None
    assert "datalek · total" in svg and "klacht · total" in svg
