"""Prefect's temporary API server for one `woo ingest`, tied to the life of this process.

Prefect starts its own temporary server (`SubprocessASGIServer`) on first use and stops it
at exit, but a `kill -9` leaves it running, and a Ctrl-C sent to the terminal's process group
kills it before the run has finished with it. Ours is the same server started in its own
session (signals to our group do not reach it) with a parent-death signal (the kernel kills it
when this process dies, however it dies), and stopped by us after the flow.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

STARTUP_TIMEOUT_SECONDS = 120
#: Server services a one-shot run has no use for, switched off unless the environment says
#: otherwise: automations (the triggers and their actions: each event of the run is matched
#: against them) and the event stream to websocket subscribers (the UI, which the temporary
#: server does not serve). The run's states, events and logs are still recorded in Prefect's
#: database, where a `prefect server start` shows them later.
ONE_SHOT_SERVER_SETTINGS = {
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
}
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid: int) -> None:
    """Runs in the child between fork and exec (Linux; elsewhere Prefect's atexit remains)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def exit_with(creator_pid: int, every_seconds: float = 1.0) -> None:
    """Pool-worker initializer: end this worker once the process that made the pool is gone.

    Workers forked from a forkserver are not our children, so no parent-death signal reaches
    them, and their task queue never reports EOF (each holds both ends): after a `kill -9`
    they, their forkserver and the resource tracker would otherwise wait forever.
    """

    def watch() -> None:
        while True:
            time.sleep(every_seconds)
            try:
                os.kill(creator_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid was reused by someone else's process
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-creator", daemon=True).start()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TemporaryServer:
    """Prefect's API server as a subprocess of this run: what Prefect's own
    `SubprocessASGIServer` does, without importing the server's stack (FastAPI, SQLAlchemy:
    seconds of CPU) into this process, and started without waiting, so that the run's first
    pages are read while it boots (`prefect_api(while_starting=...)`)."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def launch(self) -> None:
        import prefect
        from prefect.settings import get_current_settings

        self.port, parent = _free_port(), os.getpid()
        self.process = subprocess.Popen(
            args=[
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(prefect.__module_path__.parent),
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],  # fmt: skip
            env={
                **ONE_SHOT_SERVER_SETTINGS,
                **os.environ,
                "PREFECT_UI_ENABLED": "0",
                "PREFECT__SERVER_EPHEMERAL": "1",
                "PREFECT__SERVER_FINAL": "1",
                **get_current_settings().to_environment_variables(exclude_unset=True),
            },
            start_new_session=True,
            preexec_fn=lambda: _die_with_parent(parent),
        )

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT_SECONDS) -> None:
        """Until the API answers; a port taken in the meantime (exit code 3) is replaced."""
        import httpx

        deadline = time.monotonic() + timeout
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                code = self.process.poll() if self.process else None
                if code == 3:  # uvicorn could not bind: another process took the port
                    self.launch()
                elif code is not None:
                    raise RuntimeError(f"Prefect's temporary server exited with code {code}")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        raise RuntimeError(f"Prefect's temporary server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@contextmanager
def prefect_api(while_starting: Callable[[], None] | None = None) -> Iterator[str | None]:
    """The API to run flows against: PREFECT_API_URL when set (in the environment or the active
    Prefect profile), else a temporary server of ours
    (its URL is also put in the environment, for Dask workers started from here).
    `while_starting` runs while the server boots (work that needs no API)."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    configured = get_current_settings().api.url  # the environment or the active profile
    if configured:
        if while_starting:
            while_starting()
        yield configured
        return

    server = TemporaryServer()
    try:
        server.launch()
        if while_starting:
            while_starting()
        server.wait_ready()
        os.environ["PREFECT_API_URL"] = server.api_url
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        _send_pending_logs()
        os.environ.pop("PREFECT_API_URL", None)
        server.stop()


def _send_pending_logs() -> None:
    """The run's last log lines go to the server before it stops (else a late batch fails
    with 'Error logging to API' on the terminal)."""
    from prefect.logging.handlers import APILogWorker

    try:
        APILogWorker.drain_all(timeout=5)
    except Exception:  # noqa: BLE001 - logs are not worth failing the run's end for
        pass
