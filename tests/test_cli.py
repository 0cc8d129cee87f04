"""The `woo` command as users meet it: version, JSON output, exports, exit codes, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline import __version__
from pipeline.cli import main

WOO = [sys.executable, "-m", "pipeline"]


def test_version_and_help_document_exit_codes(capsys):
    with pytest.raises(SystemExit) as version:
        main(["--version"])
    assert version.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    assert "exit codes:" in help_text and "130" in help_text


def test_search_on_a_missing_database_is_one_plain_line(tmp_path, capsys):
    missing = tmp_path / "nope.duckdb"
    assert main(["search", "datalek", "--db", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: database") and "woo ingest" in captured.err
    not_a_db = tmp_path / "tekst.duckdb"
    not_a_db.write_text("geen database")
    assert main(["search", "datalek", "--db", str(not_a_db)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_unreadable_inputs_give_plain_errors(tmp_path):
    result = subprocess.run(
        [*WOO, "ingest", str(tmp_path / "bestaat-niet"), "--db", str(tmp_path / "x.duckdb")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: no such file or folder: {tmp_path / 'bestaat-niet'}"
    assert main(["eval", str(tmp_path), "--db", str(tmp_path / "x.duckdb")]) == 2


def test_search_json_and_text_on_stdout(digital_sample_db, capsys):
    assert main(["search", "datalekken", "--db", str(digital_sample_db), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert 1 <= len(hits) <= 10
    assert {"path", "file_name", "page_no", "document_id", "score", "snippet"} <= set(hits[0])
    assert Path(hits[0]["path"]).is_absolute()
    assert main(["search", "datalekken", "--db", str(digital_sample_db), "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(".pdf p" in line for line in lines)


def test_export_parquet_and_csv_hold_every_row(digital_sample_db, tmp_path, capsys):
    parquet_dir, csv_dir = tmp_path / "parquet", tmp_path / "csv"
    assert main(["export", "--parquet", str(parquet_dir), "--db", str(digital_sample_db)]) == 0
    assert (parquet_dir / "sources.parquet").as_posix() in capsys.readouterr().out.splitlines()
    assert main(["export", "--csv", str(csv_dir), "--db", str(digital_sample_db), "--json"]) == 0
    written = {item["table"]: item["file"] for item in json.loads(capsys.readouterr().out)}
    assert written["v_meetings"] == str(csv_dir / "v_meetings.csv")
    con = duckdb.connect(str(digital_sample_db), read_only=True)
    for table in ("sources", "pages", "redactions", "v_documents", "v_redaction_grounds"):
        expected = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        in_parquet = con.execute(
            f"SELECT count(*) FROM read_parquet('{parquet_dir / (table + '.parquet')}')"
        ).fetchone()[0]
        in_csv = con.execute(
            f"SELECT count(*) FROM read_csv('{csv_dir / (table + '.csv')}', header = true)"
        ).fetchone()[0]
        assert expected > 0 and in_parquet == expected == in_csv, table
    con.close()


def test_eval_json_on_stdout(digital_sample_db, release, capsys):
    assert main(["eval", str(release[0]), "--db", str(digital_sample_db), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["redactions"]["digital"]["box_f1"] > 0.9


def test_api_url_comes_from_the_active_prefect_profile(tmp_path):
    """`prefect config set PREFECT_API_URL=...` is enough for `woo serve`, as for Prefect."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path)
    (tmp_path / "profiles.toml").write_text(
        'active = "woo"\n\n[profiles.woo]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n'
    )
    code = "from pipeline.cli import prefect_api_url; print(prefect_api_url())"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "http://127.0.0.1:9/api", result.stderr
