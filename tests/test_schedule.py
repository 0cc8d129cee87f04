"""Scheduled ingestion against a real Prefect server (the temporary one refuses schedules)."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from broken_files import write_broken_files

WOO = [sys.executable, "-m", "pipeline"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
    }
    prefect = shutil.which("prefect", path=str(Path(sys.executable).parent))
    server = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/api/health", 120)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_without_a_server_says_what_to_do(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = subprocess.run(
        [*WOO, "serve", str(tmp_path), "--cron", "0 6 * * *"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "prefect server start" in result.stderr


def test_served_deployment_is_scheduled_and_runs(prefect_server, tmp_path: Path):
    inbox = tmp_path / "inbox"
    write_broken_files(inbox)
    db = tmp_path / "served.duckdb"
    served = subprocess.Popen(
        [*WOO, "serve", str(inbox), "--db", str(db), "--cron", "0 6 * * *", "--name", "daily"],
        env=prefect_server,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        from prefect.client.orchestration import get_client
        from prefect.deployments import run_deployment
        from prefect.settings import PREFECT_API_URL, temporary_settings

        async def deployment_and_run():
            async with get_client() as client:
                for _ in range(120):
                    try:
                        deployment = await client.read_deployment_by_name("woo-ingest/daily")
                        break
                    except Exception:  # noqa: BLE001 - not registered yet
                        await asyncio.sleep(0.5)
                else:
                    raise TimeoutError("deployment never appeared")
            run = await run_deployment("woo-ingest/daily", timeout=180)
            return deployment, run

        # Overrides any Prefect test harness another test module left running in this process.
        with temporary_settings({PREFECT_API_URL: prefect_server["PREFECT_API_URL"]}):
            deployment, run = asyncio.run(deployment_and_run())
        assert deployment.schedules[0].schedule.cron == "0 6 * * *"
        assert deployment.schedules[0].schedule.timezone == "Europe/Amsterdam"
        assert deployment.schedules[0].active
        assert deployment.global_concurrency_limit.limit == 1
        # Every file of this inbox is broken: the run is red in the UI.
        assert run.state.is_failed()
        con = duckdb.connect(str(db), read_only=True)
        statuses = con.execute("SELECT status FROM sources").fetchall()
        con.close()
        assert statuses == [("failed",)] * 5
    finally:
        served.terminate()
        served.wait(timeout=30)
