# bsm-gateway — `make run` serves on embedded defaults, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The engine compiled with mypyc (scripts/build_native.py): .so files next to policies/*.py.
NATIVE  := build/.native
SOURCES := $(shell find policies -name '*.py')

.PHONY: install native pure run test lint typecheck unit unit-pure bench test-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Rebuilt when a source, the build script or the venv changes. A failed build (no C compiler,
# a mypyc error) leaves no compiled module behind: the engine runs as pure Python, and the
# build is not retried until a source changes or `make native`.
$(NATIVE): $(STAMP) scripts/build_native.py $(SOURCES)
	@mkdir -p $(@D)
	@$(BIN)/python scripts/build_native.py || echo "WARNING: the engine could not be compiled" \
	    "(see above): it runs as pure Python, slower; \`make native\` tries again" >&2
	@touch $@

# BSM_GATEWAY_PURE=1 make …: no compile step (and the engine runs as pure Python).
install: $(STAMP) $(if $(filter-out 0,$(BSM_GATEWAY_PURE)),,$(NATIVE))

native: $(STAMP)
	$(BIN)/python scripts/build_native.py
	@mkdir -p $(dir $(NATIVE)) && touch $(NATIVE)

# Every compiled module goes (the next `make install` builds them again).
pure:
	find policies \( -name '*.so' -o -name '*.pyd' \) -type f -delete
	rm -f *__mypyc*.so $(NATIVE)

run: install
	$(BIN)/bsm-gateway serve

# Debian tools the network tests drive (smtp-sink/smtp-source from postfix, swaks).
test-deps:
	bash scripts/install-test-deps.sh

lint: install
	$(BIN)/ruff check policies gateway tests bench scripts
	$(BIN)/ruff format --check policies gateway tests bench scripts

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

# The engine's own tests again with the engine as pure Python: the compiled build (what
# `unit` tests, when it could be built) and the source must give the same verdicts.
ENGINE_TESTS := tests/test_rules_*.py tests/test_corpus.py tests/test_mime*.py \
	tests/test_robustness.py tests/test_perf_*.py tests/test_policy.py tests/test_prefilter.py \
	tests/test_engine_[!p]*.py tests/test_verdict_pickle.py tests/test_native.py
unit-pure: install
	BSM_GATEWAY_PURE=1 $(BIN)/pytest $(ENGINE_TESTS)

test: install test-deps lint typecheck unit unit-pure

bench: install test-deps
	$(BIN)/python -m bench.engine
	$(BIN)/python -m bench.smtp

clean: pure
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
