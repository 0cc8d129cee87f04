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
    """One temporary Prefect server for the whole session (it takes 15-30 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=300):
        yield


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The generated sample release (digital/ and scanned/) and its gold."""
    from woo_eval.sample import write_sample_release

    folder = tmp_path_factory.mktemp("release")
    gold = write_sample_release(folder)
    return folder, gold


@pytest.fixture(scope="session")
def digital_sample_db(prefect_harness, release, tmp_path_factory) -> Path:
    """The born-digital half of the sample release, ingested once per session (no OCR)."""
    from flows.ingest import ingest_flow

    db = tmp_path_factory.mktemp("digital-db") / "woo.duckdb"
    ingest_flow(paths=[str(release[0] / "digital")], db_path=str(db))
    return db
