# Dragoman: two commands. `make demo` and `make test` each install into .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	$(BIN)/python -c "from dragoman.nlp.gazetteer import load_gazetteer; load_gazetteer()"  # offline, cached
	touch $(STAMP)

demo: install
	rm -f out/demo.duckdb
	mkdir -p out
	$(BIN)/dragoman code examples/articles/ --db out/demo.duckdb
	$(BIN)/dragoman events --db out/demo.duckdb --format table

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
