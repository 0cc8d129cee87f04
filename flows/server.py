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
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

STARTUP_TIMEOUT_SECONDS = 120
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


def _server_class():
    import prefect
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import get_current_settings

    class ServerThatDiesWithUs(SubprocessASGIServer):
        def _run_uvicorn_command(self) -> subprocess.Popen:
            parent = os.getpid()
            return subprocess.Popen(
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
                    **os.environ,
                    "PREFECT_UI_ENABLED": "0",
                    "PREFECT__SERVER_EPHEMERAL": "1",
                    "PREFECT__SERVER_FINAL": "1",
                    **get_current_settings().to_environment_variables(exclude_unset=True),
                },
                start_new_session=True,
                preexec_fn=lambda: _die_with_parent(parent),
            )

    return ServerThatDiesWithUs


@contextmanager
def prefect_api() -> Iterator[str | None]:
    """The API to run flows against: PREFECT_API_URL when set (in the environment or the active
    Prefect profile), else a temporary server of ours
    (its URL is also put in the environment, for Dask workers started from here)."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    configured = get_current_settings().api.url  # the environment or the active profile
    if configured:
        yield configured
        return

    server = _server_class()(port=None)
    try:
        server.start(timeout=STARTUP_TIMEOUT_SECONDS)
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
