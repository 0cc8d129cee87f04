"""What an ingest run tells its operator in Prefect: log lines, artifacts, its final state.

Under `woo serve` nobody reads the terminal: the run summary is a table artifact, redaction
leaks and failed files are a markdown artifact, and a run in which every file failed ends
Failed (red in the UI), while a run with some failed files ends Completed with them named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect.states import State

SUMMARY_ARTIFACT = "woo-run-summary"
PROBLEMS_ARTIFACT = "woo-run-problems"
#: Figures of the summary shown in the table artifact, with their labels.
SUMMARY_FIGURES = {
    "files": "files found",
    "files_skipped": "unchanged (skipped)",
    "files_ok": "files ok",
    "pages_text_layer": "pages from text layer",
    "pages_ocr": "pages OCR'd",
    "redactions": "redactions",
    "documents": "documents",
    "meetings": "meetings",
    "decisions": "decisions",
    "incident_mentions": "incident figures",
    "emails": "e-mails",
}


def summary_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The run summary as (figure, value) rows: the table artifact and the CLI's table."""
    rows = [{"figure": "database", "value": summary["db"]}]
    for key, label in SUMMARY_FIGURES.items():
        if key in summary:
            rows.append({"figure": label, "value": summary[key]})
            if key == "files_ok":
                rows.append({"figure": "files failed", "value": len(summary["files_failed"])})
    rows.append({"figure": "redaction leaks", "value": len(summary.get("leaks", []))})
    rows.append({"figure": "time (s)", "value": round(summary["seconds"], 1)})
    return rows


def leak_warning(leak: dict[str, Any]) -> str:
    return (
        f"redaction leak in {leak['file']} page {leak['page_no']}: {leak['n_chars']} "
        "characters of text lie under a redaction box and can be copied out"
    )


def problems_markdown(summary: dict[str, Any]) -> str | None:
    """Leaks and failed files as markdown, or None when there are none."""
    lines = []
    if summary.get("leaks"):
        lines += ["# Redaction leaks", "", "Text under these boxes can be copied out of the PDF:"]
        lines += [""] + [f"- **{leak['file']}** page {leak['page_no']}: {leak['n_chars']} "
                         "characters under the box" for leak in summary["leaks"]]  # fmt: skip
        lines.append("")
    if summary["files_failed"]:
        lines += ["# Files that could not be read", ""]
        lines += [f"- **{f['file']}**: {f['error']}" for f in summary["files_failed"]]
    return "\n".join(lines) if lines else None


def all_files_failed(summary: dict[str, Any]) -> bool:
    """True when this run had files to read and could read none of them."""
    return bool(summary["files_failed"]) and summary["files_ok"] == 0


def publish_run(summary: dict[str, Any]) -> State:
    """Log the summary, publish the artifacts and return the run's final state.

    The state carries the summary as its data: call the flow with `return_state=True` and
    read it with `state.result(raise_on_failure=False)` (a Failed state raises otherwise).
    """
    # Prefect is imported here, not above: an unchanged re-run shows the summary without it.
    from prefect import get_run_logger
    from prefect.artifacts import create_markdown_artifact, create_table_artifact
    from prefect.states import Completed, Failed

    logger = get_run_logger()
    n_failed = len(summary["files_failed"])
    logger.info(
        "%d files: %d ok, %d failed, %d unchanged; %d pages (%d OCR'd) in %.1f s",
        summary["files"], summary["files_ok"], n_failed, summary["files_skipped"],
        summary["pages_text_layer"] + summary["pages_ocr"], summary["pages_ocr"],
        summary["seconds"],
    )  # fmt: skip
    for failed in summary["files_failed"]:
        logger.warning("file failed: %s: %s", failed["file"], failed["error"])
    for leak in summary.get("leaks", []):
        logger.warning(leak_warning(leak))
    create_table_artifact(
        summary_rows(summary), key=SUMMARY_ARTIFACT, description="woo ingest: run summary"
    )
    problems = problems_markdown(summary)
    if problems:
        create_markdown_artifact(
            problems, key=PROBLEMS_ARTIFACT, description="Redaction leaks and failed files"
        )
    if all_files_failed(summary):
        return Failed(message=f"all {n_failed} files failed", data=summary)
    message = f"{summary['files_ok']} files ok"
    if n_failed:
        names = ", ".join(failed["file"] for failed in summary["files_failed"])
        message += f", {n_failed} failed: {names}"
    return Completed(message=message, data=summary)
