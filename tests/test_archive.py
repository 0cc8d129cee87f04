"""Archive scale: per-source commits survive SIGTERM and kill -9 and resume; DuckLake with a
SQLite and a PostgreSQL catalog (readers during writes, two writers); page tasks on a Dask
cluster; hostile files."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest
from hostile_files import write_hostile_files

from models.db import Store, connect, incomplete_sources, prepare_store
from woo_eval.bulk import write_bulk_release
from woo_eval.processes import alive, descendants

WOO = [sys.executable, "-m", "pipeline", "ingest"]


def committed_sources(store: Store) -> int:
    """Sources committed so far, read the way an analyst would (0 while the file is busy)."""
    try:
        con = connect(store, read_only=True) if store.is_lake else duckdb.connect(store.db, True)
    except duckdb.Error:
        return 0
    try:
        return con.execute("SELECT count(*) FROM sources").fetchone()[0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


def wait_until_gone(pids: list[int], seconds: float = 15) -> list[int]:
    """The processes of `pids` still alive after `seconds` (Prefect's server, page workers)."""
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [pid for pid in pids if alive(pid)]


def start_ingest(folder: Path, db: str, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [*WOO, str(folder), "--db", db, "--quiet", "--workers", "2", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def wait_for_commits(store: Store, at_least: int, proc: subprocess.Popen, timeout=400) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = committed_sources(store)
        if n >= at_least:
            return n
        assert proc.poll() is None, proc.stderr.read()[-2000:]
        time.sleep(0.3)
    raise AssertionError(f"fewer than {at_least} sources committed in {timeout} s")


# enough pages that the run cannot end between the second commit and the signal: a run
# commits its finished sources every COMMIT_EVERY_SECONDS (flows.ingest), and an idle
# 2-core machine reads ~120 born-digital pages a second (2-page files all went in the first
# commit there): 1,200 pages are ~10 s, several commits
SIGTERM_FILES = 150
SIGTERM_PAGES_PER_FILE = 8


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux /proc to find the server")
def test_sigterm_and_kill9_lose_nothing_and_the_next_run_resumes(tmp_path):
    folder = tmp_path / "in"
    write_bulk_release(folder, n_files=SIGTERM_FILES, pages_per_file=SIGTERM_PAGES_PER_FILE)
    db = str(tmp_path / "woo.duckdb")
    store = Store(db)

    # SIGTERM: committed sources stay, one line, non-zero exit, the server goes with the run.
    run = start_ingest(folder, db)
    wait_for_commits(store, 2, run)
    servers = descendants(run.pid)
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 143, stderr[-1500:]
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("interrupted (SIGTERM)")
    assert servers and not wait_until_gone(servers)
    assert incomplete_sources(store) == []
    after_sigterm = committed_sources(store)

    # kill -9 in the middle: the file opens, every committed source is whole, no server left.
    run = start_ingest(folder, db)
    wait_for_commits(store, after_sigterm + 2, run)
    servers = descendants(run.pid)
    run.kill()
    run.wait()
    assert servers and not wait_until_gone(servers)
    assert incomplete_sources(store) == []
    after_kill = committed_sources(store)
    assert after_kill > after_sigterm

    # The next run does only what is missing.
    run = start_ingest(folder, db)
    stdout, stderr = run.communicate(timeout=600)
    assert run.returncode == 0, stderr[-2000:]
    skipped = int(re.search(r"unchanged \(skipped\)\s*\S\s*(\d+)", stdout).group(1))
    assert skipped == after_kill
    assert committed_sources(store) == SIGTERM_FILES and incomplete_sources(store) == []
    con = duckdb.connect(db, read_only=True)
    assert (
        con.execute("SELECT count(*) FROM sources WHERE seconds > 0").fetchone()[0] == SIGTERM_FILES
    )
    con.close()

    # Nothing to do: no Prefect server at all, the database untouched.
    before = Path(db).stat().st_mtime_ns
    done = subprocess.run([*WOO, str(folder), "--db", db], capture_output=True, text=True)
    assert done.returncode == 0 and "Prefect" not in done.stderr
    assert Path(db).stat().st_mtime_ns == before


def test_unwritable_db_fails_before_any_work_in_one_line(tmp_path):
    folder = tmp_path / "in"
    write_bulk_release(folder, n_files=1, pages_per_file=1)
    not_a_db = tmp_path / "tekst.duckdb"
    not_a_db.write_text("dit is geen database\n")
    for db in (str(not_a_db), str(tmp_path / "bestand.txt" / "sub" / "woo.duckdb")):
        if "bestand" in db:
            (tmp_path / "bestand.txt").write_text("een bestand, geen map")
        result = subprocess.run([*WOO, str(folder), "--db", db], capture_output=True, text=True)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: cannot "), result.stderr
        assert "Prefect" not in result.stderr


def test_hostile_files_fail_cleanly_or_succeed(prefect_harness, tmp_path):
    from flows.ingest import ingest_flow

    files = write_hostile_files(tmp_path / "hostile")
    db = tmp_path / "hostile.duckdb"
    summary = ingest_flow(paths=[str(tmp_path / "hostile")], db_path=str(db))
    assert summary["files"] == len(files) and summary["files_skipped"] == 1  # same bytes
    con = duckdb.connect(str(db), read_only=True)
    status = {
        Path(p).name: (s, e)
        for p, s, e in con.execute("SELECT path, status, error FROM sources").fetchall()
    }
    con.close()
    assert "not a PDF" in status["ruis.pdf"][1]
    assert status["nul-paginas.pdf"][0] == "failed"
    zero_pages = status["nul-paginas.pdf"][1]
    assert "no pages" in zero_pages and "Success" not in zero_pages
    for kind in ("broken_xref", "cyclic", "shell_name"):
        assert status[files[kind].name] == ("ok", None), kind
    assert not (Path.cwd() / "gehackt").exists() and not (tmp_path / "hostile" / "gehackt").exists()


def test_ducklake_with_a_sqlite_catalog(prefect_harness, tmp_path):
    from flows.ingest import ingest_flow

    folder = tmp_path / "in"
    write_bulk_release(folder, n_files=3, pages_per_file=2)
    store = Store(f"ducklake:sqlite:{tmp_path / 'catalog.sqlite'}", str(tmp_path / "parquet"))
    first = ingest_flow(paths=[str(folder)], db_path=store.db, data_path=store.data_path)
    assert first["files_ok"] == 3
    assert list((tmp_path / "parquet").rglob("*.parquet"))
    with connect(store, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 6
        assert con.execute("SELECT count(*) FROM grounds").fetchone()[0] > 0
    assert incomplete_sources(store) == []
    again = ingest_flow(paths=[str(folder)], db_path=store.db, data_path=store.data_path)
    assert again["files_skipped"] == 3


def _postgres_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_catalog():
    """A PostgreSQL server of our own in a temporary folder: conninfo of its database."""
    initdb, pg_ctl = _postgres_binary("initdb"), _postgres_binary("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) absent: apt-get install postgresql")
    base = Path(tempfile.mkdtemp(prefix="woo-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        user = "postgres"
        try:
            account = pwd.getpwnam(user)
        except KeyError:
            account, user = pwd.getpwnam("nobody"), "nobody"
        os.chown(base, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", user, "--"]
    data, port = base / "data", _free_port()
    subprocess.run(
        [*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "woo", "--no-sync"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [*as_user, pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-o", options, "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"host=127.0.0.1 port={port} user=woo dbname=postgres"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def test_ducklake_on_postgres_readers_see_whole_sources_while_two_workers_commit(
    prefect_harness, postgres_catalog, tmp_path
):
    from prefect.settings import PREFECT_API_URL

    store = Store(f"ducklake:postgres:{postgres_catalog}", str(tmp_path / "parquet"))
    folders = [tmp_path / "a", tmp_path / "b"]
    for seed, folder in enumerate(folders, start=1):
        write_bulk_release(folder, n_files=6, pages_per_file=2, seed=seed)
    # Both workers use this session's Prefect server, as workers of one deployment would.
    env = {"PREFECT_API_URL": PREFECT_API_URL.value()}
    workers = [start_ingest(f, store.db, "--data-path", store.data_path, env=env) for f in folders]
    seen: set[int] = set()
    reader = None
    while any(w.poll() is None for w in workers):
        try:
            reader = reader or connect(store, read_only=True)
            reader.execute("BEGIN")  # one snapshot for both questions
            n_sources = reader.execute("SELECT count(*) FROM sources").fetchone()[0]
            n_pages = reader.execute("SELECT count(*) FROM pages").fetchone()[0]
            reader.execute("COMMIT")
        except (duckdb.CatalogException, duckdb.InvalidInputException):
            if reader is not None:
                reader.close()
            reader = None
            time.sleep(0.2)
            continue  # the lake or its tables are being created
        assert n_pages == 2 * n_sources, (n_sources, n_pages)
        seen.add(n_sources)
        time.sleep(0.1)
    if reader is not None:
        reader.close()
    for worker in workers:
        assert worker.returncode == 0, worker.stderr.read()[-2000:]
    assert committed_sources(store) == 12 and incomplete_sources(store) == []
    assert len(seen - {0, 12}) >= 1, f"the reader never saw a run in progress: {seen}"


def test_page_tasks_on_a_dask_cluster(prefect_harness, tmp_path):
    from distributed import Client, LocalCluster, get_task_stream

    from flows.ingest import ingest_flow

    folder = tmp_path / "in"
    write_bulk_release(folder, n_files=2, pages_per_file=3)
    db = tmp_path / "dask.duckdb"
    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1) as cluster,
        Client(cluster) as client,
        get_task_stream(client) as tasks,
    ):
        summary = ingest_flow(
            paths=[str(folder)], db_path=str(db), dask_address=cluster.scheduler_address
        )
        cluster_workers = set(client.scheduler_info()["workers"])
    assert summary["files_ok"] == 2 and summary["pages_text_layer"] == 6
    # The pages ran as tasks (a chunk of pages each, one or more per file) on the cluster.
    assert len(tasks.data) >= 2
    assert {t["worker"] for t in tasks.data} <= cluster_workers
    assert incomplete_sources(Store(str(db))) == []


_COMMIT_SOURCES = """
import sys, time
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/tests"]
from test_load import copy, source_rows
from flows.load import commit_source
from models.db import Store
store = Store(sys.argv[2], sys.argv[3])
start_at = float(sys.argv[4])
for n in map(int, sys.argv[5:]):
    rows = source_rows(n, "Agenda BO/BP 6 april", [n], [84.0, float(n)])
    if n == int(sys.argv[5]):
        time.sleep(max(0.0, start_at - time.time()))  # both workers commit at once
    commit_source(store, copy(rows), [rows["sources"][0]["source_id"]])
"""


def test_two_workers_committing_release_wide_rows_at_once_to_a_lake(postgres_catalog, tmp_path):
    """Every source of both workers states the same figure and joins one e-mail thread: the
    de-duplicated count and the thread must come out as if one worker had done it all."""
    from test_load import source_rows, stored_lake, whole_release

    port = re.search(r"port=(\d+)", postgres_catalog).group(1)
    createdb = [_postgres_binary("createdb"), "-h", "127.0.0.1", "-p", port, "-U", "woo"]
    subprocess.run([*createdb, "release"], check=True)
    conninfo = postgres_catalog.replace("dbname=postgres", "dbname=release")
    store = Store(f"ducklake:postgres:{conninfo}", str(tmp_path / "parquet"))
    prepare_store(store)
    batches = [list(range(10, 20)), list(range(20, 30))]
    root = str(Path(__file__).resolve().parent.parent)
    start_at = str(time.time() + 8)  # after both have loaded their extensions
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _COMMIT_SOURCES, root, store.db, store.data_path, start_at]
            + [str(n) for n in batch],
            stderr=subprocess.PIPE,
            text=True,
        )
        for batch in batches
    ]
    for worker in workers:
        _, stderr = worker.communicate(timeout=300)
        assert worker.returncode == 0, stderr[-2000:]
    everything = [source_rows(n, "Agenda BO/BP 6 april", [n], [84.0, float(n)])
                  for batch in batches for n in batch]  # fmt: skip
    assert stored_lake(store) == whole_release(everything)
