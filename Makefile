# bsm-gateway — `make run` serves on embedded defaults, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
.PHONY: install run test lint typecheck unit bench eval test-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/bsm-gateway serve

# Debian tools the network tests drive (postfix: smtp-sink/smtp-source and a test smarthost; swaks).
test-deps:
	bash scripts/install-test-deps.sh

lint: install
	$(BIN)/ruff check policies gateway tests bench scripts
	$(BIN)/ruff format --check policies gateway tests bench scripts

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

test: install test-deps lint typecheck unit

# Every benchmark runs; the target fails at the end if any missed its target.
bench: install test-deps
	$(BIN)/python -m bench.engine
	$(BIN)/python -m bench.memory; missed=$$?; $(BIN)/python -m bench.smtp && exit $$missed

# The engine's judgment on the labelled corpus (tests/eval/corpus): precision and recall per
# rule and per language, on the development and the held-back parts.
eval: install
	$(BIN)/python scripts/evaluate.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
