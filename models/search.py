"""The full-text index of pages: an inverted index of our own, written with each source.

DuckDB's fts extension builds its index whole (`PRAGMA create_fts_index`, no incremental
update), so a daily run over a growing archive paid for every stored page again. Here each
source's pages are tokenized and stemmed in the same transaction that commits them:
- `search_terms`: one row per (page, stemmed term) with its frequency on the page;
- `search_pages`: one row per page with its number of indexed terms (BM25's length).
A source replaced or removed takes its index rows with it (both are per-source tables), a
reader never sees a page without its terms, and the index works in a DuckLake as well (plain
tables; the extension's index lives in a schema of its own that DuckLake cannot take).

Queries keep the extension's interface and scores: `fts_main_pages.match_bm25(page_key,
'query')` is a SQL macro over these tables with the same tokenizer, stemmer (Snowball Dutch,
the extension's `stem()`), stop words and BM25 formula as the index the extension built.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

from models.schema import TABLES

STEMMER = "dutch"
SCHEMA = "fts_main_pages"
#: The fts extension's default `ignore` pattern: these characters separate tokens.
IGNORE = r"""[0-9!@#$%^&*()_+={}\[\]:;<>,.?~\\/\|''"`-]+"""

_TOKENIZE = (
    f"CREATE OR REPLACE MACRO {SCHEMA}.tokenize(s) AS string_split_regex("
    f"regexp_replace(lower(strip_accents(CAST(s AS VARCHAR))), $${IGNORE}$$, ' ', 'g'), '\\s+')"
)
# BM25 exactly as the fts extension's match_bm25 computes it (same parameters and defaults),
# with the document frequencies and statistics counted at query time: no release-wide row
# has to be updated when a source is committed.
_MATCH_BM25 = f"""
CREATE OR REPLACE MACRO {SCHEMA}.match_bm25(
    docname, query_string, fields := 'text', k := 1.2, b := 0.75, conjunctive := false
) AS (
    WITH tokens AS (
        SELECT DISTINCT stem(unnest({SCHEMA}.tokenize(query_string)), '{STEMMER}') AS t
    ),
    stats AS (
        SELECT count(*) AS num_docs, sum(n_terms) / count(n_terms) AS avgdl FROM search_pages
    ),
    qterms AS (
        SELECT page_key, term, tf::BIGINT AS tf FROM search_terms
        WHERE term IN (SELECT t FROM tokens)
          AND (fields IS NULL OR list_contains(string_split(fields, ','), 'text'))
    ),
    dfs AS (SELECT term, count(*) AS df FROM qterms GROUP BY term),
    cdocs AS (
        SELECT page_key FROM qterms GROUP BY page_key
        HAVING CASE WHEN conjunctive
                    THEN count(DISTINCT term) = (SELECT count(*) FROM tokens) ELSE 1 END
    ),
    scores AS (
        SELECT q.page_key,
               sum(log(((SELECT num_docs FROM stats) - df + 0.5) / (df + 0.5) + 1)
                   * ((tf * (k + 1)) / (tf + k * (1 - b + b * (p.n_terms::BIGINT
                       / (SELECT avgdl FROM stats)))))) AS score
        FROM qterms q JOIN dfs USING (term) JOIN cdocs USING (page_key)
        JOIN search_pages p USING (page_key)
        GROUP BY q.page_key
    )
    SELECT score FROM scores WHERE page_key = docname
)
"""


@functools.cache
def stopwords() -> tuple[str, ...]:
    """The fts extension's default (English, SMART) stop words, read from the extension itself
    so that the index drops exactly the words its own index dropped."""
    from models.db import load_fts

    con = duckdb.connect()
    try:
        load_fts(con)
        con.execute("CREATE TABLE probe (id INTEGER, body VARCHAR)")
        con.execute("PRAGMA create_fts_index('probe', 'id', 'body')")
        rows = con.execute("SELECT sw FROM fts_main_probe.stopwords").fetchall()
        return tuple(r[0] for r in rows)
    finally:
        con.close()


_MACROS_SQL = f"""
    SELECT function_name, macro_definition FROM duckdb_functions()
    WHERE database_name = current_database() AND schema_name = '{SCHEMA}'
"""


@functools.cache
def _macro_definitions() -> frozenset[tuple[str, str]]:
    """The macros as DuckDB stores them (normalised), made in a scratch database."""
    from models.db import load_fts

    con = duckdb.connect()
    try:
        load_fts(con)
        for table in ("search_terms", "search_pages"):  # the macro's body is bound on creation
            columns = ", ".join(f"{name} {type_}" for name, type_ in TABLES[table])
            con.execute(f"CREATE TABLE {table} ({columns})")
        con.execute(f"CREATE SCHEMA {SCHEMA}")
        con.execute(_TOKENIZE)
        con.execute(_MATCH_BM25)
        return frozenset(con.execute(_MACROS_SQL).fetchall())
    finally:
        con.close()


def ensure_search_macros(con: duckdb.DuckDBPyConnection) -> None:
    """`fts_main_pages.tokenize` and `.match_bm25`, (re)made only when they differ from this
    version's (a lake would otherwise get a catalog change on every run). A database indexed
    by the fts extension (before this module) has its index schema replaced: its rows are
    indexed again by `index_missing_pages`."""
    if con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        f"AND schema_name = '{SCHEMA}' AND table_name = 'dict'"
    ).fetchone()[0]:
        con.execute(f"DROP SCHEMA {SCHEMA} CASCADE")
    if frozenset(con.execute(_MACROS_SQL).fetchall()) == _macro_definitions():
        return
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    con.execute(_TOKENIZE)
    con.execute(_MATCH_BM25)


def index_pages(con: duckdb.DuckDBPyConnection, new_pages: pa.Table) -> None:
    """Index `new_pages` (source_id, page_key, text) inside the caller's transaction.

    (The Arrow tables are read by DuckDB's replacement scan: their names must not be those
    of tables in the database.)"""
    import pyarrow as pa  # here, not above: an unchanged re-run writes nothing

    if new_pages.num_rows == 0:
        return
    stop_words = pa.table({"sw": pa.array(stopwords(), pa.string())})  # noqa: F841
    new_counts = con.execute(  # noqa: F841 - read by the SQL below
        f"""
        WITH tokens AS (
            SELECT source_id, page_key, unnest({SCHEMA}.tokenize(text)) AS w FROM new_pages
        )
        SELECT source_id, page_key, stem(w, '{STEMMER}') AS term, count(*)::INTEGER AS tf
        FROM tokens
        WHERE w IS NOT NULL AND len(w) > 0 AND w NOT IN (SELECT sw FROM stop_words)
        GROUP BY ALL
        """
    ).to_arrow_table()
    con.execute("INSERT INTO search_terms BY NAME SELECT * FROM new_counts")
    con.execute(
        """
        INSERT INTO search_pages BY NAME
        SELECT p.source_id, p.page_key, coalesce(sum(c.tf), 0)::INTEGER AS n_terms
        FROM new_pages p LEFT JOIN new_counts c USING (page_key)
        GROUP BY ALL
        """
    )


def page_rows(rows: list[dict[str, Any]]) -> pa.Table:
    """The columns of `pages` rows that the index reads."""
    import pyarrow as pa  # here, not above: an unchanged re-run writes nothing

    return pa.table(
        {
            "source_id": pa.array([r["source_id"] for r in rows], pa.string()),
            "page_key": pa.array([r["page_key"] for r in rows], pa.string()),
            "text": pa.array([r.get("text") for r in rows], pa.string()),
        }
    )


def index_missing_pages(con: duckdb.DuckDBPyConnection) -> int:
    """Index the stored pages that have no index rows yet (a database made before the index
    was written per source): a one-time cost. Returns how many pages were indexed."""
    counts = con.execute("SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM search_pages)")
    n_pages, n_indexed = counts.fetchone()
    if n_pages == n_indexed:
        return 0
    missing = con.execute(
        "SELECT p.source_id, p.page_key, p.text FROM pages p "
        "ANTI JOIN search_pages s USING (page_key)"
    ).to_arrow_table()
    index_pages(con, missing)
    return missing.num_rows
