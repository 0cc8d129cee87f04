"""The database as analysts meet it: docs/queries.md run against the born-digital sample,
comments, keys, document ids, and full-text search in a fresh client without a LOAD."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from models.schema import DOCUMENT_PAGE_TABLES, PRIMARY_KEYS, TABLES, VIEWS

QUERIES_MD = Path(__file__).resolve().parents[1] / "docs" / "queries.md"
QUESTION = re.compile(r"^## (\d+)\. (.+?)$\n.*?^```sql\n(.*?)^```", re.S | re.M)


def analyst_queries() -> list[tuple[int, str, str]]:
    return [(int(n), title, sql) for n, title, sql in QUESTION.findall(QUERIES_MD.read_text())]


def run(db: Path, sql: str) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = con.sql(sql)
        return [dict(zip(result.columns, row, strict=True)) for row in result.fetchall()]
    finally:
        con.close()


def _files(rows: list[dict]) -> None:
    assert len(rows) == 13 and {r["status"] for r in rows} == {"ok"}
    assert all(r["path"].endswith(".pdf") for r in rows)


def _doc_types(rows: list[dict]) -> None:
    types = {r["doc_type"]: r["n_documents"] for r in rows}
    assert {"email", "minutes", "agenda", "decision_list", "letter", "report"} <= set(types)
    assert types["email"] == max(types.values())


def _documents(rows: list[dict]) -> None:
    assert len(rows) >= 13
    assert all(r["first_page"] <= r["last_page"] for r in rows)
    assert len({r["path"] for r in rows}) == 13


def _grounds(rows: list[dict]) -> None:
    by_ground = {r["ground"]: r for r in rows}
    assert rows[0]["ground"] == "5.1.2.e" and by_ground["5.1.2.e"]["law"] == "Woo"
    # Boxes with two grounds are counted under each, never as the pair.
    assert not any(";" in r["ground"] for r in rows)
    assert {"5.1.1.c", "10.2.e"} <= set(by_ground)
    assert all(r["meaning"] for r in rows if r["ground"] != "(unreadable)")


def _most_redacted(rows: list[dict]) -> None:
    per_page = [r["redactions_per_page"] for r in rows]
    assert per_page == sorted(per_page, reverse=True) and per_page[0] >= 5


def _blacked_out(rows: list[dict]) -> None:
    assert rows and all(0 < r["pct_page_area"] < 100 for r in rows)


def _leaks(rows: list[dict]) -> None:
    # The sample's one deliberately leaky PDF has four boxes over copyable text.
    assert len(rows) == 4 and all("13_notitie" in r["path"] for r in rows)


def _search(rows: list[dict]) -> None:
    assert rows and all("datalek" in r["snippet"].lower() or r["score"] > 0 for r in rows)
    assert any("datalek" in r["snippet"].lower() for r in rows)


def _leaks_per_year(rows: list[dict]) -> None:
    totals = {r["year"]: r["n_leaks"] for r in rows if r["category"] == "total" and not r["scope"]}
    assert totals[2019] == 67 and totals[2020] == 91


def _total_per_period(rows: list[dict]) -> None:
    starts = [r["period_start"] for r in rows]
    assert len(rows) >= 5 and starts == sorted(starts)


def _meetings(rows: list[dict]) -> None:
    # The sample has an agenda and the minutes of one BO/BP meeting: one row here.
    assert len(rows) == 1
    assert rows[0]["has_agenda"] and rows[0]["has_minutes"] and rows[0]["n_decisions"] >= 1


def _participants(rows: list[dict]) -> None:
    assert {r["status"] for r in rows} == {"present", "absent"}
    assert sum(r["is_chair"] for r in rows) == 1
    assert any(r["name"] == "(redacted)" for r in rows)


def _decisions(rows: list[dict]) -> None:
    assert any(r["taken_at"].startswith("BO/BP 2022-04-13") for r in rows)
    assert {r["kind"] for r in rows} == {"besluit", "actie", "afspraak"}


def _domains(rows: list[dict]) -> None:
    assert rows and all("." in r["sender_domain"] and "." in r["recipient_domain"] for r in rows)


def _threads(rows: list[dict]) -> None:
    assert rows[0]["n_messages"] >= 2 and rows[0]["first_sent"] <= rows[0]["last_sent"]
    assert len({r["thread_id"] for r in rows}) == len(rows)


CHECKS: dict[int, Callable[[list[dict]], None]] = {
    1: _files,
    2: _doc_types,
    3: _documents,
    4: _grounds,
    5: _most_redacted,
    6: _blacked_out,
    7: _leaks,
    8: _search,
    9: _leaks_per_year,
    10: _total_per_period,
    11: _meetings,
    12: _participants,
    13: _decisions,
    14: _domains,
    15: _threads,
}


def test_queries_md_has_fifteen_numbered_questions():
    numbers = [n for n, _, _ in analyst_queries()]
    assert numbers == list(range(1, 16))


@pytest.mark.parametrize(("number", "title", "sql"), analyst_queries())
def test_analyst_question_returns_sensible_rows(digital_sample_db, number, title, sql):
    rows = run(digital_sample_db, sql)
    assert rows, title
    CHECKS[number](rows)


def test_every_table_view_and_column_carries_a_comment(digital_sample_db):
    rows = run(
        digital_sample_db,
        "SELECT table_name, column_name, comment FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND NOT internal",
    )
    names = set(TABLES) | set(VIEWS)
    assert {r["table_name"] for r in rows} >= names
    missing = [(r["table_name"], r["column_name"]) for r in rows if not r["comment"]]
    assert missing == []
    tables = run(digital_sample_db, "SELECT table_name, comment FROM duckdb_tables()")
    views = run(
        digital_sample_db, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
    )
    comments = {r["table_name"]: r["comment"] for r in tables}
    comments |= {r["view_name"]: r["comment"] for r in views}
    assert all(comments[name] for name in names)


def test_ids_are_primary_keys(digital_sample_db):
    rows = run(
        digital_sample_db,
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
        "WHERE constraint_type = 'PRIMARY KEY'",
    )
    assert {r["table_name"]: tuple(r["constraint_column_names"]) for r in rows} == PRIMARY_KEYS


def test_pages_words_and_redactions_know_their_document(digital_sample_db):
    for table in DOCUMENT_PAGE_TABLES:
        wrong = run(
            digital_sample_db,
            f"SELECT count(*) AS n FROM {table} t LEFT JOIN documents d USING (document_id) "
            "WHERE d.document_id IS NULL OR t.source_id <> d.source_id "
            "OR t.page_no NOT BETWEEN d.first_page AND d.last_page",
        )
        assert wrong[0]["n"] == 0, table


def test_full_text_search_works_in_a_fresh_duckdb_cli(digital_sample_db):
    """The README's `duckdb FILE`: the pinned CLI autoloads the installed fts extension."""
    cli = shutil.which("duckdb", path=str(Path(sys.executable).parent)) or shutil.which("duckdb")
    assert cli, "the duckdb CLI (package duckdb-cli) is not installed"
    result = subprocess.run(
        [cli, "-readonly", "-csv", str(digital_sample_db), "-c",
         "SELECT count(*) FROM (SELECT fts_main_pages.match_bm25(page_key, 'datalek') AS s "
         "FROM pages) WHERE s IS NOT NULL"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) >= 5
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, timeout=30)
    assert version.stdout.startswith(f"v{duckdb.__version__}")
