"""What an operator sees in Prefect: the run's state, its log lines and its artifacts.

Two tiny runs on the session's temporary Prefect server, read back through the client.
"""

from __future__ import annotations

import asyncio
import shutil

import duckdb
from broken_files import write_broken_files

from flows.ingest import ingest_flow
from flows.outcome import PROBLEMS_ARTIFACT, SUMMARY_ARTIFACT


async def _logs_and_artifacts(flow_run_id) -> tuple[list[str], dict[str, object]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        LogFilter,
        LogFilterFlowRunId,
    )

    async with get_client() as client:
        logs = await client.read_logs(
            log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id]))
        )
        artifacts = await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return [log.message for log in logs], {a.key: a for a in artifacts}


def test_run_reports_state_logs_and_artifacts_to_prefect(prefect_harness, release, tmp_path):
    from prefect.logging.handlers import APILogHandler

    inbox = tmp_path / "inbox"
    broken = write_broken_files(inbox / "broken")
    leaky = inbox / "13_notitie_privacy_gesprek_inwoner.pdf"
    shutil.copy(release[0] / "digital" / leaky.name, leaky)
    db = tmp_path / "op.duckdb"

    state = ingest_flow(paths=[str(inbox)], db_path=str(db), workers=2, return_state=True)
    summary = state.result(raise_on_failure=False)
    # Some files failed: the run is still Completed, and names them.
    assert state.is_completed(), state
    assert summary["files_ok"] == 1 and len(summary["files_failed"]) == len(broken)
    assert "leeg.pdf" in state.message and "5 failed" in state.message

    APILogHandler().flush()  # the log lines are sent in batches: send them now
    logs, artifacts = asyncio.run(_logs_and_artifacts(state.state_details.flow_run_id))
    assert any("files into" in line for line in logs), logs
    assert sum("file failed:" in line for line in logs) == len(broken)
    assert sum("redaction leak" in line for line in logs) == 4
    table = artifacts[SUMMARY_ARTIFACT]
    assert table.type == "table" and "files failed" in table.data
    problems = artifacts[PROBLEMS_ARTIFACT]
    assert problems.type == "markdown"
    assert "# Redaction leaks" in problems.data and leaky.name in problems.data
    assert "versleuteld.pdf" in problems.data

    # A run in which every file failed ends Failed, and still records every file.
    only_broken = tmp_path / "broken.duckdb"
    failed = ingest_flow(paths=[str(inbox / "broken")], db_path=str(only_broken), return_state=True)
    assert failed.is_failed(), failed
    assert failed.result(raise_on_failure=False)["files_ok"] == 0
    con = duckdb.connect(str(only_broken), read_only=True)
    assert con.execute("SELECT count(*) FROM sources WHERE status = 'failed'").fetchone()[0] == 5
    con.close()


def test_run_summary_rows_name_every_figure():
    from flows.outcome import problems_markdown, summary_rows

    summary = {
        "files": 3, "files_skipped": 1, "files_ok": 1,
        "files_failed": [{"file": "/x/a.pdf", "error": "empty file"}],
        "pages_text_layer": 2, "pages_ocr": 1, "redactions": 5, "leaks": [],
        "seconds": 1.26, "db": "/x/woo.duckdb",
    }  # fmt: skip
    figures = {row["figure"]: row["value"] for row in summary_rows(summary)}
    assert figures["files failed"] == 1 and figures["time (s)"] == 1.3
    assert figures["redactions"] == 5 and figures["database"] == "/x/woo.duckdb"
    expected = "# Files that could not be read\n\n- **/x/a.pdf**: empty file"
    assert problems_markdown(summary) == expected
    assert problems_markdown({**summary, "files_failed": []}) is None
