"""What the full-text index costs per new page as the archive grows (issue 10).

For each archive size (pages already stored) it commits one new source of `--new` pages and
times the index work two ways:
- rebuild: the fts extension's `PRAGMA create_fts_index` over every page (what a run did at
  its end before the index was written per source);
- incremental: `models.search.index_pages` over the new pages only, in the commit's
  transaction (what a run does now);
and the time of one `fts_main_pages.match_bm25` query over the whole archive, both ways.

Pages are made of words drawn from the real SVMN release text (../shared/reference) when it is
there, from a made-up vocabulary otherwise. Timings on a shared machine are noisy: re-run on
an idle one.

    python scripts/index_cost.py                         # sizes 1000 10000 100000
    python scripts/index_cost.py --sizes 1000 10000 --new 20
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.db import ensure_schema, load_fts  # noqa: E402
from models.search import index_pages, stopwords  # noqa: E402

REFERENCE_TEXT = ROOT.parent / "shared" / "reference" / "svmn-release-ocr.txt"
WORDS_PER_PAGE = 300
QUERY = "datalek melding persoonsgegevens"


def vocabulary() -> list[str]:
    if REFERENCE_TEXT.exists():
        return re.findall(r"\w+", REFERENCE_TEXT.read_text(encoding="utf-8", errors="replace"))
    rng = random.Random(7)
    syllables = ["da", "ta", "lek", "mel", "ding", "ge", "meen", "te", "be", "sluit", "ver", "zoek"]
    return ["".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(20000)]


def page_batch(words: list[str], source: str, n: int, rng: random.Random) -> pa.Table:
    keys = [f"{source}:{i}" for i in range(1, n + 1)]
    return pa.table(
        {
            "source_id": [source] * n,
            "page_key": keys,
            "page_no": list(range(1, n + 1)),
            "text": [" ".join(rng.choices(words, k=WORDS_PER_PAGE)) for _ in range(n)],
        }
    )


def insert(con: duckdb.DuckDBPyConnection, batch: pa.Table) -> None:
    con.execute("INSERT INTO pages BY NAME SELECT * FROM batch")


def build_archive(db: Path, n_pages: int, words: list[str], rng: random.Random) -> None:
    """An archive of `n_pages` pages in sources of 1,000, indexed both ways."""
    con = duckdb.connect(str(db))
    ensure_schema(con)
    for start in range(0, n_pages, 1000):
        batch = page_batch(words, f"s{start}", min(1000, n_pages - start), rng)
        con.execute("BEGIN")
        insert(con, batch)
        index_pages(con, batch.select(["source_id", "page_key", "text"]))
        con.execute("COMMIT")
    con.close()


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def query(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "SELECT page_key, score FROM (SELECT page_key, fts_main_pages.match_bm25(page_key, ?) "
        "AS score FROM pages) WHERE score IS NOT NULL ORDER BY score DESC LIMIT 10",
        [QUERY],
    ).fetchall()


def measure(size: int, n_new: int, words: list[str], folder: Path) -> dict[str, float]:
    rng = random.Random(size)
    db = folder / f"archive-{size}.duckdb"
    build_archive(db, size, words, rng)
    new = page_batch(words, "new", n_new, rng)
    con = duckdb.connect(str(db))
    load_fts(con)
    stopwords()  # cached per process: not part of a commit's cost

    def incremental() -> None:
        con.execute("BEGIN")
        insert(con, new)
        index_pages(con, new.select(["source_id", "page_key", "text"]))
        con.execute("COMMIT")

    result = {"pages": size, "new": n_new}
    result["incremental_s"] = timed(incremental)
    result["incremental_query_s"] = timed(lambda: query(con))
    # The extension's index over every page, in a schema of its own (ours is left alone).
    con.execute("CREATE SCHEMA IF NOT EXISTS ext; CREATE TABLE ext.pages AS FROM main.pages")
    result["rebuild_s"] = timed(
        lambda: con.execute(
            "PRAGMA create_fts_index('ext.pages', 'page_key', 'text', stemmer = 'dutch', "
            "overwrite = 1)"
        )
    )
    result["rebuild_query_s"] = timed(
        lambda: con.execute(
            "SELECT page_key, score FROM (SELECT page_key, fts_ext_pages.match_bm25(page_key, ?) "
            "AS score FROM ext.pages) WHERE score IS NOT NULL ORDER BY score DESC LIMIT 10",
            [QUERY],
        ).fetchall()
    )
    con.close()
    db.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--new", type=int, default=20, help="pages of the new source")
    args = parser.parse_args()
    words = vocabulary()
    print(f"{'archive pages':>13} {'new':>4} {'rebuild ms/new page':>20} "
          f"{'incremental ms/new page':>24} {'query ms (rebuild / ours)':>26}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="woo-index-cost-") as tmp:
        for size in args.sizes:
            r = measure(size, args.new, words, Path(tmp))
            print(
                f"{r['pages']:>13} {r['new']:>4} {1000 * r['rebuild_s'] / r['new']:>20.1f} "
                f"{1000 * r['incremental_s'] / r['new']:>24.1f} "
                f"{1000 * r['rebuild_query_s']:>12.0f} / {1000 * r['incremental_query_s']:<12.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
