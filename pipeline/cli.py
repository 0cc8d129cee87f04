"""`woo`: the command-line entry point (ingest, search, export, sample, eval, serve).

Results go to stdout (a table, or JSON with --json); progress, logs and errors to stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline import __version__

DEFAULT_DB = "data/processed/woo.duckdb"
DEFAULT_TIMEZONE = "Europe/Amsterdam"
EXIT_CODES = """exit codes:
  0    done; files that could not be read are a result, not an error: they are listed,
       and recorded in the sources table with status 'failed'
  1    unexpected error (a bug; run again with --debug for the traceback)
  2    the command cannot run as given: a path that does not exist or cannot be read, no
       PDF found, no database, a --db that cannot be written (checked before any page is
       read), Tesseract missing, no Prefect server for `serve`, bad options
  3    the run itself failed (Prefect could not start, a write to the database failed)
  130  interrupted (Ctrl-C); 143: stopped by SIGTERM. Sources committed so far are kept:
       the same command again processes the rest
"""


class UsageError(Exception):
    """The command cannot run as given; the message says why in plain words (exit 2)."""


class RunFailed(Exception):
    """The run itself failed (exit 3)."""


def _configure_prefect(debug: bool = False) -> None:
    # The terminal shows the progress display and the results (failed files with their
    # reason included); every log line goes to the Prefect API (the UI), which our code must
    # not switch off. --debug shows the log lines, tracebacks of failed pages included.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO" if debug else "CRITICAL")
    # No network here: telemetry only produces an error line.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def prefect_api_url() -> str | None:
    """The API URL of the active Prefect profile (`prefect config set`) or the environment."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def _to_json(data: Any) -> str:
    return json.dumps(data, indent=2, default=str, ensure_ascii=False)


def cmd_ingest(args: argparse.Namespace) -> int:
    _configure_prefect(debug=args.debug)
    from models.db import Store, StoreError, known_sources, prepare_store
    from pipeline.inputs import find_pdfs

    files = find_pdfs(args.paths)
    if not files:
        raise UsageError(f"no PDF files found in {', '.join(args.paths)}")
    store = Store(str(args.db), args.data_path)
    started = time.perf_counter()
    try:
        # Nothing to do costs a hash per file: no Prefect, no Tesseract, no write (and no
        # import of what those need: the imports would cost more than the hashes).
        if unchanged_files(files, known_sources(store)):
            show_summary(nothing_to_do(files, store, time.perf_counter() - started), args.json)
            return 0
        require_tesseract()
        prepare_store(store)  # an unwritable --db fails here, before any page is read
    except StoreError as exc:
        raise UsageError(str(exc)) from exc  # one line, however long the path
    return run_ingest(args, files, store)


def require_tesseract() -> None:
    """Tesseract with its languages, or a usage error saying how to install it."""
    from pipeline.ocr import OcrUnavailable, check_tesseract

    try:
        check_tesseract()
    except OcrUnavailable as exc:
        raise UsageError(str(exc)) from exc


def unchanged_files(files: list[Path], known: dict) -> bool:
    """Every file already in the database, from this pipeline version."""
    from pipeline.pdf_text import sha256_file

    return all(
        known.get(sha256_file(path), {}).get("pipeline_version") == __version__ for path in files
    )


def nothing_to_do(files: list[Path], store, seconds: float) -> dict:
    from flows.outcome import SUMMARY_FIGURES

    counts = {key: 0 for key in SUMMARY_FIGURES if key not in ("files", "files_skipped")}
    return {
        "files": len(files),
        "files_skipped": len(files),
        **counts,
        "files_failed": [],
        "leaks": [],
        "seconds": seconds,
        "db": str(store),
    }


class Interrupted(BaseException):
    """SIGTERM or SIGINT: stop after the sources already committed. A BaseException, like
    KeyboardInterrupt: the `except Exception` that keeps one bad file from stopping a run
    must not swallow it."""


#: The signals received during a run: a flow run that returns its state may have turned the
#: interruption into a crashed state instead of raising it.
_signals_received: list[str] = []


def _interrupt(signum: int, frame) -> None:
    # Prefect would log the flow's and tasks' crash at length: the one line below says it all.
    logging.disable(logging.CRITICAL)
    _signals_received.append(signal.Signals(signum).name)
    raise Interrupted(signal.Signals(signum).name)


def _interruption(outcome: object) -> str | None:
    """'SIGTERM' / 'SIGINT' when the run was interrupted, else None."""
    from prefect.exceptions import TerminationSignal

    if _signals_received:
        return _signals_received[0]
    if isinstance(outcome, TerminationSignal):
        return "SIGTERM"
    # During the flow Prefect's own SIGTERM handler replaces ours; when its TerminationSignal
    # lands inside a DuckDB query, DuckDB reports it as this RuntimeError instead.
    if isinstance(outcome, RuntimeError) and str(outcome) == "Query interrupted":
        return "SIGTERM"
    if isinstance(outcome, KeyboardInterrupt):
        return "SIGINT"
    return None


_TEMPORARY_SERVER_NOTE = (
    "Starting Prefect's temporary local server (takes 15-30 s; set PREFECT_API_URL "
    "or `prefect config set PREFECT_API_URL=...` to use a running "
    "`prefect server start` instead)..."
)


def run_ingest(args: argparse.Namespace, files: list[Path], store) -> int:
    from prefect.exceptions import TerminationSignal
    from rich.console import Console

    if not prefect_api_url():
        Console(stderr=True).print(_TEMPORARY_SERVER_NOTE)
    from flows.progress import RichReporter, set_reporter
    from flows.server import prefect_api

    if not args.quiet:
        set_reporter(RichReporter())
    _signals_received.clear()
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    state = None  # none when the run stopped before the flow returned
    try:
        # On this machine's page pool the first pages are read while the server starts
        # (launched first: the flow's own imports are seconds of CPU, spent meanwhile too).
        def read_first_pages() -> None:
            from flows.ingest import prefetch_first_chunks

            prefetch_first_chunks(files, store, args.workers)

        with prefect_api(while_starting=None if args.dask else read_first_pages):
            from flows.ingest import ingest_flow

            state = ingest_flow(
                paths=[str(p) for p in files],
                db_path=store.db,
                workers=args.workers,
                data_path=store.data_path,
                dask_address=args.dask,
                return_state=True,
            )
            outcome = state.result(raise_on_failure=False)
    except (Interrupted, KeyboardInterrupt, TerminationSignal) as exc:
        outcome = exc
    except RuntimeError as exc:  # Prefect's server could not be started or reached
        # ... or went down with the signal before ours was raised: that is an interruption
        if not _signals_received:
            raise RunFailed(f"Prefect could not run the flow: {exc}") from exc
        outcome = exc
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return _finish_ingest(outcome, state, store, args.json)


def _finish_ingest(outcome: Any, state: Any, store, as_json: bool) -> int:
    """Exit code of a run from what the flow returned (its summary, or the exception
    that stopped it), after telling the user; `state` is the flow run's final state."""
    name = _interruption(outcome)
    if name:
        print(
            f"interrupted ({name}): every source committed so far is kept in {store}; "
            "run the same command again to process the rest",
            file=sys.stderr,
        )
        return 130 if name == "SIGINT" else 143
    if not isinstance(outcome, dict):  # the run crashed: the state holds the exception
        raise RunFailed(f"the run failed: {type(outcome).__name__}: {outcome}")
    show_summary({**outcome, "state": state.type.value.lower()}, as_json)
    return 0


def show_summary(summary: dict, as_json: bool) -> None:
    if as_json:
        print(_to_json(summary))
    else:
        print_summary(summary)


def print_summary(summary: dict) -> None:
    """The run summary, failed files and leak warnings as a table on stdout."""
    from rich.console import Console
    from rich.table import Table

    from flows.outcome import leak_warning, summary_rows

    console = Console()
    table = Table(title="woo ingest", show_header=False)
    for row in summary_rows(summary):
        table.add_row(row["figure"], str(row["value"]))
    console.print(table)
    for failed in summary["files_failed"]:
        console.print(
            f"[yellow]failed:[/yellow] {failed['file']}: {failed['error']}", soft_wrap=True
        )
    for leak in summary.get("leaks", []):
        console.print(f"[red]WARNING:[/red] {leak_warning(leak)}", soft_wrap=True)


def cmd_serve(args: argparse.Namespace) -> int:
    """Scheduled ingestion: a Prefect deployment of the ingest flow, served by this process."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(f"unknown time zone {args.timezone!r} (e.g. Europe/Amsterdam)") from exc
    if not prefect_api_url():
        raise UsageError(
            "schedules need a running Prefect server (the temporary one refuses to schedule). "
            "Start one with `prefect server start` and point woo at it with "
            "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api` "
            "(or the environment variable PREFECT_API_URL)"
        )
    from prefect.schedules import Cron, Interval

    from flows.ingest import ingest_flow

    paths = [str(Path(p).resolve()) for p in args.paths]
    if args.cron:
        schedule = Cron(args.cron, timezone=args.timezone)
    else:
        schedule = Interval(args.interval, timezone=args.timezone)
    when = f"cron {args.cron!r}" if args.cron else f"every {args.interval} s"
    print(
        f"serving deployment woo-ingest/{args.name} ({when}, {args.timezone}, one run at a "
        "time); Ctrl-C stops it",
        file=sys.stderr,
    )
    ingest_flow.serve(
        name=args.name,
        parameters={"paths": paths, "db_path": str(Path(args.db).resolve())},
        pause_on_shutdown=False,
        schedule=schedule,
        global_limit=1,  # a run that is still going holds back the next one
    )
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from woo_eval.sample import write_sample_release

    gold = write_sample_release(Path(args.dir), seed=args.seed, vary_content=args.vary)
    n_pages = sum(f["n_pages"] for f in gold["files"])
    print(f"wrote {len(gold['files'])} PDFs ({n_pages} pages) and gold.json to {args.dir}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    _require_database(args.db)
    if args.gold:
        return _eval_real_gold(args)
    if not args.dir:
        raise UsageError("give a sample folder (DIR) or --gold GOLD_DIR")
    from woo_eval import evaluate_run, format_report

    gold_path = Path(args.dir) / "gold.json"
    if not gold_path.exists():
        raise UsageError(f"{gold_path} not found (make one with `woo sample DIR`)")
    scores = evaluate_run(gold_path, Path(args.db))
    _print_scores(scores, args.json, lambda: format_report(scores))
    return 0


def _eval_real_gold(args: argparse.Namespace) -> int:
    """Score against hand-written real gold (tests/gold): P/R/F1 per figure."""
    from woo_eval.real import evaluate_gold_dir
    from woo_eval.real.report import format_report
    from woo_eval.woo_decisions import evaluate_decisions, format_decisions

    try:
        scores = evaluate_gold_dir(Path(args.gold), Path(args.db))
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    decisions = evaluate_decisions(Path(args.gold), Path(args.db))
    if decisions:
        scores["woo_decisions"] = decisions

    def report() -> str:
        text = format_report(scores, examples=args.examples)
        return f"{text}\n{format_decisions(decisions)}" if decisions else text

    _print_scores(scores, args.json, report)
    return 0


def _print_scores(scores: dict, json_target: str | None, report: Any) -> None:
    """The scores as JSON on stdout (`--json`), or the report (and JSON into `--json FILE`)."""
    if json_target == "-":
        print(_to_json(scores))
        return
    print(report())
    if json_target:
        Path(json_target).write_text(_to_json(scores))


def _require_database(db: str) -> None:
    if not Path(db).is_file():
        raise UsageError(f"database {db} not found (make it with `woo ingest PATH --db {db}`)")


def cmd_search(args: argparse.Namespace) -> int:
    import duckdb

    from models.db import load_fts

    _require_database(args.db)
    try:
        con = duckdb.connect(str(args.db), read_only=True)
    except duckdb.Error as exc:
        raise UsageError(f"cannot open {args.db} as a DuckDB database: {exc}") from exc
    try:
        load_fts(con)
        rows = con.execute(
            """
            SELECT s.path, s.file_name, p.page_no, p.document_id, score,
                   substr(regexp_replace(p.text, '\\s+', ' ', 'g'), 1, 160) AS snippet
            FROM (SELECT *, fts_main_pages.match_bm25(page_key, ?) AS score FROM pages) p
            JOIN sources s USING (source_id)
            WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?
            """,
            [args.query, args.limit],
        ).fetchall()
    except duckdb.CatalogException as exc:
        raise UsageError(
            f"{args.db} has no full-text index of pages (is it a database made by `woo ingest`?)"
        ) from exc
    finally:
        con.close()
    hits = [
        {"path": path, "file_name": name, "page_no": page_no, "document_id": doc,
         "score": score, "snippet": snippet}
        for path, name, page_no, doc, score, snippet in rows
    ]  # fmt: skip
    if args.json:
        print(_to_json(hits))
        return 0
    for hit in hits:
        print(f"{hit['score']:6.2f}  {hit['path']} p{hit['page_no']}: {hit['snippet']}")
    if not hits:
        print("no page matches", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Every table and view as one Parquet or CSV file per table, for other tools."""
    import duckdb

    from models.schema import TABLES, VIEWS

    _require_database(args.db)
    fmt, out = ("parquet", args.parquet) if args.parquet else ("csv", args.csv)
    out_dir = Path(out)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER"
    con = duckdb.connect(str(args.db), read_only=True)
    written = []
    try:
        present = {
            row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        present |= {
            row[0] for row in con.execute("SELECT view_name FROM duckdb_views()").fetchall()
        }
        for name in [*TABLES, *VIEWS]:
            if name not in present:
                continue
            target = out_dir / f"{name}.{fmt}"
            path_literal = str(target).replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {name}) TO '{path_literal}' ({options})")
            written.append({"table": name, "file": str(target)})
    finally:
        con.close()
    if args.json:
        print(_to_json(written))
    else:
        for item in written:
            print(item["file"])
    print(f"wrote {len(written)} {fmt} files to {out_dir}", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import ReportError, write_report

    try:
        print(write_report(args.db, args.out))
    except ReportError as exc:
        raise UsageError(str(exc)) from exc
    return 0


#: makes one subcommand's parser: (name, help) -> parser
_Command = Callable[[str, str], argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="woo",
        description=__doc__,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"woo-pipeline {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of an unexpected error"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help_, description=help_, epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip

    for add_command in (
        _ingest_command,
        _sample_command,
        _evaluate_command,
        _serve_command,
        _search_command,
        _export_command,
        _report_command,
    ):
        add_command(command)
    return parser


def _ingest_command(command: _Command) -> None:
    ingest = command("ingest", "ingest PDFs (files or folders) into DuckDB")
    ingest.add_argument("paths", nargs="+", help="PDF files or folders (searched recursively)")
    ingest.add_argument(
        "--db",
        default=DEFAULT_DB,
        help=f"DuckDB file (default {DEFAULT_DB}), or a DuckLake: 'ducklake:sqlite:CATALOG' "
        "or 'ducklake:postgres:CONNINFO' (with --data-path)",
    )
    ingest.add_argument("--data-path", help="folder (or object-store URL) of a DuckLake's files")
    ingest.add_argument(
        "--dask", metavar="ADDRESS", help="run page tasks on this Dask scheduler (tcp://...)"
    )
    ingest.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ingest.add_argument("--quiet", action="store_true", help="no progress display")
    ingest.add_argument("--json", action="store_true", help="the run summary as JSON on stdout")
    ingest.set_defaults(func=cmd_ingest)


def _sample_command(command: _Command) -> None:
    sample = command("sample", "write the generated sample release and gold.json")
    sample.add_argument("dir")
    sample.add_argument("--seed", type=int, default=20221)
    sample.add_argument(
        "--vary",
        action="store_true",
        help="draw the content (people, dates, figures, phrasing) from the seed: a held-out "
        "release the rules were not written against",
    )
    sample.set_defaults(func=cmd_sample)


def _evaluate_command(command: _Command) -> None:
    evaluate = command(
        "eval", "score a run against real gold (--gold tests/gold) or a sample's gold.json"
    )
    evaluate.add_argument("dir", nargs="?", help="folder holding gold.json (from `woo sample`)")
    evaluate.add_argument("--gold", help="folder of hand-written real gold (tests/gold)")
    evaluate.add_argument("--db", default=DEFAULT_DB)
    evaluate.add_argument(
        "--json",
        nargs="?",
        const="-",
        metavar="FILE",
        help="the scores as JSON on stdout (or, with FILE, the report and the JSON into FILE)",
    )
    evaluate.add_argument(
        "--examples", action="store_true", help="with --gold: list missed/extra/wrong examples"
    )
    evaluate.set_defaults(func=cmd_eval)


def _serve_command(command: _Command) -> None:
    serve = command("serve", "ingest on a schedule (needs `prefect server start` and its API URL)")
    serve.add_argument("paths", nargs="+", help="PDF files or folders to ingest on each run")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--name", default="scheduled", help="deployment name")
    when = serve.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help='cron schedule, e.g. "0 6 * * *" (daily at 06:00)')
    when.add_argument("--interval", type=int, help="seconds between runs")
    serve.add_argument(
        "--timezone",
        default=DEFAULT_TIMEZONE,
        help=f"time zone of the schedule (default {DEFAULT_TIMEZONE})",
    )
    serve.set_defaults(func=cmd_serve)


def _search_command(command: _Command) -> None:
    search = command("search", "full-text search over page text (Dutch stemming)")
    search.add_argument("query")
    search.add_argument("--db", default=DEFAULT_DB)
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="the hits as JSON on stdout")
    search.set_defaults(func=cmd_search)


def _export_command(command: _Command) -> None:
    export = command("export", "write every table and view as Parquet or CSV files")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--parquet", metavar="DIR", help="one Parquet file per table in DIR")
    target.add_argument("--csv", metavar="DIR", help="one CSV file (with header) per table")
    export.add_argument("--db", default=DEFAULT_DB)
    export.add_argument("--json", action="store_true", help="the files written as JSON")
    export.set_defaults(func=cmd_export)


def _report_command(command: _Command) -> None:
    report = command("report", "write a static HTML report of a release (works offline)")
    report.add_argument("--db", default=DEFAULT_DB)
    report.add_argument("--out", required=True, help="folder for index.html and page images")
    report.set_defaults(func=cmd_report)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RunFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except BrokenPipeError:  # `woo ... | head`: the reader has all it wants
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no second error at exit
        return 0
    except OSError as exc:  # a path that does not exist or cannot be read or written
        if args.debug:
            raise
        where = f": {exc.filename}" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one plain line instead of a traceback
        if args.debug:
            raise
        print(
            f"error: {type(exc).__name__}: {exc}\n"
            "(unexpected: run again with --debug for the traceback, and report it)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
