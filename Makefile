# Two commands on a fresh machine with only python3: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: demo test lint bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip

demo: $(BIN)/python
	$(PIP) -e .
	$(BIN)/mitramatch rank data/partners_oku.csv --needs data/needs/pkbm_menjahit_oku.toml \
		--top 10 --format table

test: $(BIN)/python
	$(PIP) -e '.[dev]'
	$(BIN)/ruff check .
	$(BIN)/python -m pytest --nbmake tests mitramatch notebooks

lint: $(BIN)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check mitramatch tests

# Benchmarks (a few minutes on 2 cores; BENCH_SIZES="200000,20000" for a quick look).
bench: $(BIN)/python
	$(PIP) -e '.[bench,parquet]'
	$(BIN)/python benchmarks/run.py

# A wheel and an sdist in dist/, until mitramatch is on PyPI: pip install dist/mitramatch-*.whl
# Built without network from .venv's setuptools (the sdist first, the wheel from it), as
# tests/test_packaging.py does.
dist: $(BIN)/python
	$(PIP) 'build>=1.2' 'setuptools>=77'
	rm -rf dist build *.egg-info
	$(BIN)/python -m build --no-isolation --outdir dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
