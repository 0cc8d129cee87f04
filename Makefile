# woo-pipeline: `make run` ingests a release, `make test` runs the tests.
# Both install what is missing (Debian packages, .venv, the package) and are safe to repeat.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/processed/woo.duckdb
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export OMP_THREAD_LIMIT := 1

.PHONY: install system-deps run sample eval eval-real eval-rescan eval-holdout eval-unseen test lint bench stress clean

install: system-deps $(VENV)/.installed

system-deps:
	@if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx nld; then \
		echo "Installing tesseract-ocr with Dutch and English data (apt-get)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
			tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng >/dev/null; \
	fi
	@# `woo report` is tested in a real headless browser (tests/test_report.py).
	@if ! command -v chromium >/dev/null; then \
		echo "Installing chromium (apt-get) for the HTML report's browser test..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	fi
	@# PostgreSQL: the tests start their own server as a DuckLake catalog (not a service).
	@if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "Installing postgresql for the DuckLake catalog tests (apt-get)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -m pip install -q -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import pipeline, duckdb, prefect, pdfplumber, pypdfium2, cv2, spacy"
	@touch $@

# Ingest data/raw; when it holds no PDF, generate the sample release and ingest that.
run: install
	@if find data/raw -iname '*.pdf' 2>/dev/null | grep -q .; then \
		$(BIN)/woo ingest data/raw --db $(DB); \
	else \
		echo "data/raw holds no PDF: using the generated sample release in data/sample"; \
		{ test -f data/sample/gold.json || $(BIN)/woo sample data/sample; } && \
		$(BIN)/woo ingest data/sample --db $(DB) && \
		$(BIN)/woo eval data/sample --db $(DB); \
	fi

sample: install
	$(BIN)/woo sample data/sample

eval: install
	$(BIN)/woo eval data/sample --db $(DB)

# Ingest the real reference files that have hand-written gold (tests/gold) and score them.
eval-real: install
	$(BIN)/python scripts/real_eval.py

# the real gold's text-layer PDFs scored as they are and rendered as 200 dpi scans
eval-rescan: install
	$(BIN)/python scripts/real_eval.py --rescan --examples

# The held-out gold of the decision letters (tests/gold/holdout): the closing evaluation only.
eval-holdout: install
	$(BIN)/python scripts/real_eval.py --gold tests/gold/holdout --db /tmp/woo-real-eval/holdout.duckdb

# Gold written for parts of real files no rule was tuned on (tests/gold/unseen), as they are
# and as 200-dpi scans; read only when named, like the holdout.
eval-unseen: install
	$(BIN)/python scripts/real_eval.py --gold tests/gold/unseen --db /tmp/woo-real-eval/unseen.duckdb --examples
	$(BIN)/python scripts/real_eval.py --gold tests/gold/unseen --db /tmp/woo-real-eval/unseen.duckdb --rescan --scan-dir /tmp/woo-real-eval/unseen-rescan --examples

test: install
	$(BIN)/python -m pytest -q

# Crash safety and archive-size cost: kill -9 mid-run with a reader, hostile files, 10x archive.
stress: install
	$(BIN)/python scripts/stress.py

# `woo ingest` against OCRmyPDF (installed into its own .bench-venv) -> docs/bench.md.
# BENCH_ARGS=--quick: 3 runs, no 300-page scan (under 15 min on an idle 2-core machine).
BENCH_ARGS ?=
bench: install
	$(BIN)/python -m pip install -q -e '.[bench]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf data/sample data/processed/*.duckdb
