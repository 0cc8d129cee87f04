from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE = SHARED / "reference"
REAL_WOB = REFERENCE / "real-wob"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.skip("../shared/reference not present: real reference material lives only in CI")
    return REFERENCE


@pytest.fixture(scope="session")
def real_wob_dir(reference_dir: Path) -> Path:
    return reference_dir / "real-wob"


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server and database for every in-process flow of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=300):
        yield
