"""`woo`: the command-line entry point (ingest, sample, eval)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import time
from pathlib import Path

DEFAULT_DB = "data/processed/woo.duckdb"
SUMMARY_LABELS = {
    "redactions": "redactions",
    "documents": "documents",
    "meetings": "meetings",
    "decisions": "decisions",
    "incident_mentions": "incident figures",
    "emails": "e-mails",
}


def _configure_prefect() -> None:
    # Prefect's INFO logs would drown the progress display; warnings and errors still show.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
    # No network here: telemetry only produces an error line.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def cmd_ingest(args: argparse.Namespace) -> int:
    _configure_prefect()
    from rich.console import Console

    console = Console(stderr=True)
    from models.db import Store, StoreError, known_sources, prepare_store
    from pipeline.inputs import find_pdfs
    from pipeline.ocr import OcrUnavailable, check_tesseract

    try:
        files = find_pdfs(args.paths)
        check_tesseract()
    except (FileNotFoundError, OcrUnavailable) as exc:
        console.print(f"[red]error:[/red] {exc}")
        return 2
    if not files:
        console.print(f"[red]error:[/red] no PDF files found in {', '.join(args.paths)}")
        return 2
    store = Store(str(args.db), args.data_path)
    started = time.perf_counter()
    try:
        # Nothing to do costs a hash per file: no Prefect, no write.
        if unchanged_files(files, known_sources(store)):
            print_summary(nothing_to_do(files, store, time.perf_counter() - started), console)
            return 0
        prepare_store(store)  # an unwritable --db fails here, before any page is read
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)  # one line, however long the path
        return 2
    return run_ingest(args, files, store, console)


def unchanged_files(files: list[Path], known: dict) -> bool:
    """Every file already in the database, from this pipeline version."""
    from pipeline import __version__
    from pipeline.pdf_text import sha256_file

    return all(
        known.get(sha256_file(path), {}).get("pipeline_version") == __version__ for path in files
    )


def nothing_to_do(files: list[Path], store, seconds: float) -> dict:
    counts = {key: 0 for key in ["pages_text_layer", "pages_ocr", *SUMMARY_LABELS]}
    return {
        "files": len(files),
        "files_skipped": len(files),
        "files_ok": 0,
        "files_failed": [],
        **counts,
        "leaks": [],
        "seconds": seconds,
        "db": str(store),
    }


class Interrupted(Exception):
    """SIGTERM or SIGINT: stop after the sources already committed."""


def _interrupt(signum: int, frame) -> None:
    # Prefect would log the flow's and tasks' crash at length: the one line below says it all.
    logging.disable(logging.CRITICAL)
    raise Interrupted(signal.Signals(signum).name)


def run_ingest(args: argparse.Namespace, files: list[Path], store, console) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        console.print(
            "Starting Prefect's temporary local server (takes 15-30 s; set PREFECT_API_URL "
            "to use a running `prefect server start` instead)..."
        )
    from flows.ingest import ingest_flow
    from flows.progress import RichReporter, set_reporter
    from flows.server import prefect_api

    if not args.quiet:
        set_reporter(RichReporter())
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with prefect_api():
            summary = ingest_flow(
                paths=[str(p) for p in files],
                db_path=store.db,
                workers=args.workers,
                data_path=store.data_path,
                dask_address=args.dask,
            )
    except (Interrupted, KeyboardInterrupt) as exc:
        name = str(exc) or "SIGINT"
        print(
            f"interrupted ({name}): every source committed so far is kept in {store}; "
            "run the same command again to process the rest",
            file=sys.stderr,
        )
        return 130 if name == "SIGINT" else 143
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print_summary(summary, console)
    return 0


def print_summary(summary: dict, console) -> None:
    from rich.table import Table

    table = Table(title="woo ingest", show_header=False)
    table.add_row("database", summary["db"])
    table.add_row("files found", str(summary["files"]))
    table.add_row("unchanged (skipped)", str(summary["files_skipped"]))
    table.add_row("files ok", str(summary["files_ok"]))
    table.add_row("files failed", str(len(summary["files_failed"])))
    table.add_row("pages from text layer", str(summary["pages_text_layer"]))
    table.add_row("pages OCR'd", str(summary["pages_ocr"]))
    for key, label in SUMMARY_LABELS.items():
        if key in summary:
            table.add_row(label, str(summary[key]))
    table.add_row("time", f"{summary['seconds']:.1f} s")
    console.print(table)
    for failed in summary["files_failed"]:
        console.print(f"[yellow]failed:[/yellow] {failed['file']}: {failed['error']}")
    for leak in summary.get("leaks", []):
        console.print(
            f"[red]WARNING: redaction leak[/red] {leak['file']} page {leak['page_no']}: "
            f"{leak['n_chars']} characters of text lie under a redaction box and can be copied out"
        )


def cmd_serve(args: argparse.Namespace) -> int:
    """Scheduled ingestion: a Prefect deployment of the ingest flow, served by this process."""
    _configure_prefect()
    if not os.environ.get("PREFECT_API_URL"):
        print(
            "error: schedules need a running Prefect server (the temporary one refuses to "
            "schedule). Start one with `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api",
            file=sys.stderr,
        )
        return 2
    from flows.ingest import ingest_flow

    paths = [str(Path(p).resolve()) for p in args.paths]
    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval}
    print(f"serving deployment woo-ingest/{args.name} ({schedule}); Ctrl-C stops it")
    ingest_flow.serve(
        name=args.name,
        parameters={"paths": paths, "db_path": str(Path(args.db).resolve())},
        pause_on_shutdown=False,
        **schedule,
    )
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from woo_eval.sample import write_sample_release

    gold = write_sample_release(Path(args.dir), seed=args.seed, vary_content=args.vary)
    n_pages = sum(f["n_pages"] for f in gold["files"])
    print(f"wrote {len(gold['files'])} PDFs ({n_pages} pages) and gold.json to {args.dir}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        print(f"error: database {args.db} not found (run `woo ingest` first)", file=sys.stderr)
        return 2
    if args.gold:
        return _eval_real_gold(args)
    if not args.dir:
        print("error: give a sample folder (DIR) or --gold GOLD_DIR", file=sys.stderr)
        return 2
    from woo_eval import evaluate_run, format_report

    gold_path = Path(args.dir) / "gold.json"
    if not gold_path.exists():
        print(f"error: {gold_path} not found (make one with `woo sample DIR`)", file=sys.stderr)
        return 2
    scores = evaluate_run(gold_path, Path(args.db))
    print(format_report(scores))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, default=str))
    return 0


def _eval_real_gold(args: argparse.Namespace) -> int:
    """Score against hand-written real gold (tests/gold): P/R/F1 per figure."""
    from woo_eval.real import evaluate_gold_dir
    from woo_eval.real.report import format_report

    try:
        scores = evaluate_gold_dir(Path(args.gold), Path(args.db))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json == "-":
        print(json.dumps(scores, indent=2, default=str))
        return 0
    print(format_report(scores, examples=args.examples))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, default=str))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    import duckdb

    from models.db import load_fts

    con = duckdb.connect(str(args.db), read_only=True)
    load_fts(con)
    rows = con.execute(
        """
        SELECT s.file_name, p.page_no, score,
               substr(regexp_replace(p.text, '\\s+', ' ', 'g'), 1, 160) AS snippet
        FROM (SELECT *, fts_main_pages.match_bm25(page_key, ?) AS score FROM pages) p
        JOIN sources s USING (source_id)
        WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?
        """,
        [args.query, args.limit],
    ).fetchall()
    for file_name, page_no, score, snippet in rows:
        print(f"{score:6.2f}  {file_name} p{page_no}: {snippet}")
    if not rows:
        print("no page matches")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import ReportError, write_report

    try:
        print(write_report(args.db, args.out))
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="woo", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="ingest PDFs (files or folders) into DuckDB")
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
    ingest.set_defaults(func=cmd_ingest)

    sample = sub.add_parser("sample", help="write the generated sample release and gold.json")
    sample.add_argument("dir")
    sample.add_argument("--seed", type=int, default=20221)
    sample.add_argument(
        "--vary",
        action="store_true",
        help="draw the content (people, dates, figures, phrasing) from the seed: a held-out "
        "release the rules were not written against",
    )
    sample.set_defaults(func=cmd_sample)

    evaluate = sub.add_parser(
        "eval", help="score a run against real gold (--gold tests/gold) or a sample's gold.json"
    )
    evaluate.add_argument("dir", nargs="?", help="folder holding gold.json (from `woo sample`)")
    evaluate.add_argument("--gold", help="folder of hand-written real gold (tests/gold)")
    evaluate.add_argument("--db", default=DEFAULT_DB)
    evaluate.add_argument("--json", help="also write the scores to this JSON file ('-': stdout)")
    evaluate.add_argument(
        "--examples", action="store_true", help="with --gold: list missed/extra/wrong examples"
    )
    evaluate.set_defaults(func=cmd_eval)

    serve = sub.add_parser(
        "serve", help="ingest on a schedule (needs `prefect server start` and PREFECT_API_URL)"
    )
    serve.add_argument("paths", nargs="+", help="PDF files or folders to ingest on each run")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--name", default="scheduled", help="deployment name")
    when = serve.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help='cron schedule, e.g. "0 6 * * *" (daily at 06:00)')
    when.add_argument("--interval", type=int, help="seconds between runs")
    serve.set_defaults(func=cmd_serve)

    search = sub.add_parser("search", help="full-text search over page text (Dutch stemming)")
    search.add_argument("query")
    search.add_argument("--db", default=DEFAULT_DB)
    search.add_argument("--limit", type=int, default=10)
    search.set_defaults(func=cmd_search)

    report = sub.add_parser("report", help="write a static HTML report of a release (offline)")
    report.add_argument("--db", default=DEFAULT_DB)
    report.add_argument("--out", required=True, help="folder for index.html and page images")
    report.set_defaults(func=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
