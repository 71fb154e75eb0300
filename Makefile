# SQMS Desktop developer commands. `make run` and `make test` are all a newcomer needs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
PYTEST_ARGS ?=

.PHONY: run demo test test-fast lint format check translations screenshots benchmark benchmark-bundles clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "SQMS Desktop needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(RUN_STAMP)

## run: start the application on the demo store (created with demo data on first start)
run: $(RUN_STAMP)
	$(BIN)/sqms-desktop --demo

## test: the whole test suite (unit, property, GUI offscreen, end-to-end)
test: $(DEV_STAMP)
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

## test-fast: the suite without the tests marked slow (demo stores, subprocesses, long properties)
test-fast: $(DEV_STAMP)
	$(BIN)/python -m pytest -n auto -m "not slow" $(PYTEST_ARGS)

## lint: ruff (lint and format) and mypy, as CI runs them
lint: $(DEV_STAMP)
	$(BIN)/ruff check sqms_desktop tests benchmarks scripts packaging
	$(BIN)/ruff format --check sqms_desktop tests benchmarks scripts packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(DEV_STAMP)
	$(BIN)/ruff check --fix sqms_desktop tests benchmarks scripts packaging
	$(BIN)/ruff format sqms_desktop tests benchmarks scripts packaging

check: lint test

## translations: the Linguist sources (resources/translations/*_de.ts) updated from the code and
## compiled to sqms_de.qm; `scripts/translations.py check` says what is untranslated
translations: $(DEV_STAMP)
	$(BIN)/python scripts/translations.py update

## screenshots: every page on a fresh demo store, light and dark, en and de, at 1280x720 and at
## scale 2, into docs/screenshots/ (PAGE.png: light, en, 1x, the README's; else PAGE-THEME-LANG[@2x].png)
screenshots: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --out docs/screenshots --matrix

## benchmark: the whole suite of issue 19, one table appended to benchmarks/RESULTS.md
## (SCALE=issue, the default, takes hours on 2 cores; SCALE=small a few minutes; see benchmarks/README.md)
SCALE ?= issue
benchmark: $(DEV_STAMP)
	$(BIN)/python benchmarks/suite.py --scale $(SCALE)

## benchmark-bundles: export and import of 50,000 changes with 200 attachments (issue 15)
benchmark-bundles: $(DEV_STAMP)
	$(BIN)/python benchmarks/bundles.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
