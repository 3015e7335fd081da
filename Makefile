# The two commands a newcomer needs: `make site` and `make test` (see README.md).
# Both create .venv on first use and reinstall when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

# Material prints an end-of-life notice on every run; DESIGN.md records it, the log needn't.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.test-installed: $(VENV)/.site-installed
	$(PIP) -e '.[test]'
	@touch $@

## site: build the public site into site/ (fails on any content error or warning)
site: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict
	@echo "Site built in $(CURDIR)/site/ (open site/index.html, or run 'make serve')."

## serve: live preview on http://127.0.0.1:8000/ with drafts and scheduled columns shown
serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve

## check: validate all content without building (what the pre-commit hook runs)
check: $(VENV)/.site-installed
	$(BIN)/association check

## test: run the whole test suite
test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache
