# Everyday tasks. `make test` is the README's test command and what .ci/run runs.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: install test lint typecheck check bench seeds clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

seeds: install  ## score extraction and linking on the seed articles
	rm -f /tmp/izde-seeds.db*
	IZDE_DB=/tmp/izde-seeds.db $(BIN)/izde ingest ../shared/corpus/seeds
	IZDE_DB=/tmp/izde-seeds.db $(BIN)/izde export --format json --output /tmp/izde-seeds.json
	python3 ../shared/eval/score.py /tmp/izde-seeds.json ../shared/eval/gold/seeds

bench: install
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/extract.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
