# The commands behind the README: `make run`, `make test`, `make ui`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install chromium run test ui bench clean-data art9-tagger name-tagger taggers

install: $(STAMP)

# torch first, pinned to the CPU build, so that no dependency pulls a CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

run: install $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/lvmh-pipeline demo

test: install chromium
	$(BIN)/python -m pytest -q

# Debian's chromium, which the dashboard page tests drive headless (they skip without it, and fail
# under CI=true). Installed only when missing and apt-get exists (CI runs as root on Debian).
chromium:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium (Debian package) for the dashboard page tests"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 \
			|| echo "warning: could not install chromium: the browser tests of the dashboard page will be skipped"; \
	fi

# Dagster UI (webserver + daemon: sensors, schedule, backfills) and the MLflow UI, both on loopback.
ui: install $(DAGSTER_HOME)/dagster.yaml
	mkdir -p mlruns
	@echo "Dagster UI: http://127.0.0.1:3000"
	@echo "MLflow UI:  http://127.0.0.1:5000"
	$(BIN)/mlflow ui --host 127.0.0.1 --port 5000 --backend-store-uri sqlite:///$(CURDIR)/mlruns/mlflow.db \
		--default-artifact-root $(CURDIR)/mlruns/artifacts > mlruns/mlflow-ui.log 2>&1 & \
	trap 'kill $$!' EXIT INT TERM; \
	$(BIN)/dagster dev -h 127.0.0.1 -p 3000 -w workspace.yaml

bench: install
	$(BIN)/python bench/bench_pipeline.py

# Rebuilds the learned Art. 9 tagger (taxonomy/art9_tagger.npz and its card) from the hand-labelled
# dev notes and the generator's notes (~2 min); needed after any change to lvmh_pipeline_tests/dev_notes.
art9-tagger: install
	$(BIN)/python -m lvmh_pipeline.lib.privacy.special.learned.training lvmh_pipeline_tests/dev_notes lvmh_pipeline_tests/art9_training

name-tagger: install
	$(BIN)/python -m lvmh_pipeline.lib.privacy.names.learned.training lvmh_pipeline_tests/dev_notes lvmh_pipeline_tests/art9_training

taggers: art9-tagger name-tagger

clean-data:
	rm -rf data/uploads data/warehouse.duckdb data/outputs data/cache data/transactions.csv data/catalog.csv data/ground_truth .dagster_home
