# The two commands a newcomer needs: `make site` and `make test` (see README.md).
# Both create .venv on first use and reinstall when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

# Material prints an end-of-life notice on every run; the README's "Platform" says it, the log needn't.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve column event list nieuwsbrief demo demo-serve test lint golden same-output editor platforms check linkcheck browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.test-installed: $(VENV)/.site-installed
	$(PIP) -e '.[test]'
	@touch $@

## site: build the public site into site/ (fails on any content error or warning); with
## the browser editor switched on, its JavaScript comes along (from npm's registry, no Node needed)
site: $(VENV)/.site-installed
	$(BIN)/association cms --bundle --if-enabled
	$(BIN)/mkdocs build --strict
	@echo "Site built in $(CURDIR)/site/ (open site/index.html, or run 'make serve')."

## serve: live preview on http://127.0.0.1:8000/ with drafts and scheduled columns shown
serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve

## column: a new column, e.g. make column TITEL="Titel van de column"
##         (AUTEUR=id, CATEGORIE=Nieuws, DATUM=2026-12-01, MAP=1 for a folder with photos/PDFs)
column: $(VENV)/.site-installed
	@test -n "$(TITEL)" || { echo 'Geef een titel: make column TITEL="Titel van de column"' >&2; exit 2; }
	@$(BIN)/association new column "$(TITEL)" $(if $(AUTEUR),--author "$(AUTEUR)") \
		$(if $(CATEGORIE),--category "$(CATEGORIE)") $(if $(DATUM),--date "$(DATUM)") $(if $(MAP),--map)

## event: a new activity, e.g. make event TITEL="Titel" START="2027-03-12 14:00" SOORT=Webinar
##        (EINDE="2027-03-12 17:00", PLAATS=Utrecht, ZAAL="Zaal 1", ONLINE=https://...,
##         HERHALING="FREQ=MONTHLY;BYDAY=2TH;COUNT=6")
event: $(VENV)/.site-installed
	@test -n "$(TITEL)" -a -n "$(START)" || { echo 'Geef een titel en een begin: make event TITEL="Titel" START="2027-03-12 14:00" SOORT=Webinar' >&2; exit 2; }
	@$(BIN)/association new event "$(TITEL)" --start "$(START)" $(if $(EINDE),--end "$(EINDE)") \
		$(if $(SOORT),--category "$(SOORT)") $(if $(PLAATS),--location "$(PLAATS)") $(if $(ZAAL),--venue "$(ZAAL)") \
		$(if $(ONLINE),--online "$(ONLINE)") $(if $(HERHALING),--recurrence "$(HERHALING)")

## list: drafts, scheduled columns and what changes in the agenda soon (WEKEN=4)
list: $(VENV)/.site-installed
	@$(BIN)/association list --weeks $(or $(WEKEN),4)

## demo: build the fictional demo association (tests/demo/), which shows every feature,
## into tests/demo/site/ (strict)
demo: $(VENV)/.site-installed
	$(BIN)/association -f tests/demo/mkdocs.yml cms --bundle --if-enabled
	$(BIN)/mkdocs build --strict -f tests/demo/mkdocs.yml
	@echo "Demo built in $(CURDIR)/tests/demo/site/ (or run 'make demo-serve')."

## demo-serve: live preview of the demo on http://127.0.0.1:8001/, drafts included
demo-serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve -f tests/demo/mkdocs.yml -a 127.0.0.1:8001

## editor: the browser editor on http://127.0.0.1:8000/admin/, saving straight into this
## folder (decap-server, the local backend; needs Node). SITE=tests/demo/mkdocs.yml for the demo
editor: $(VENV)/.site-installed node_modules/.installed
	@$(BIN)/association -f $(or $(SITE),mkdocs.yml) cms >/dev/null
	@echo "Editor: http://127.0.0.1:8000/admin/ (Ctrl+C stops both servers)"
	@trap 'kill 0' EXIT; \
	GIT_REPO_DIRECTORY="$$(cd "$$(dirname $(or $(SITE),mkdocs.yml))" && pwd)" PORT=8081 node node_modules/decap-server/dist/index.js & \
	$(BIN)/mkdocs serve -f $(or $(SITE),mkdocs.yml) -a 127.0.0.1:8000

## check: validate all content without building (what the pre-commit hook runs);
## FORMAT=github or FORMAT=gitlab for CI annotations
FORMAT ?= text
check: $(VENV)/.site-installed
	$(BIN)/association check --format $(FORMAT)

## linkcheck: every internal link, asset and #anchor of the built site in site/
linkcheck: $(VENV)/.site-installed
	$(BIN)/association linkcheck site

# axe-core and the Nu HTML Checker, for the browser suite (versions in package-lock.json).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## browser: a headless Chromium for tests/browser. Debian's package where we may use apt
## (Playwright's own download cannot reach the internet here); else Playwright's install.
browser: $(VENV)/.test-installed
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		$(BIN)/python -m playwright install --with-deps chromium; \
	fi

## test: run the whole test suite on MkDocs (the build tests, then the browser suite, each on
## two processes; a browser test file stays on one); then a smoke set on ProperDocs, MkDocs'
## maintained continuation; at the end, how many full builds the three runs made together.
## The ProperDocs run is small on purpose: tests/test_platforms.py (in the first run) builds
## both sites with ProperDocs and compares every byte with MkDocs' builds, which proves the
## platform; in-process, ProperDocs builds the demo once more and its pages, feeds and
## calendars must match their golden files. Running the whole suite twice doubled its builds.
## The three runs read one folder of shared builds (emptied first): the browser suite reads
## the demo and the real site the first run built, and the ProperDocs run the ProperDocs
## builds of tests/test_platforms.py; every build is of the same sources, at this commit.
BUILD_COUNT := $(VENV)/build-count
SHARED_BUILDS := $(VENV)/shared-builds
test: lint $(VENV)/.test-installed node_modules/.installed browser
	@rm -rf $(BUILD_COUNT) $(SHARED_BUILDS)
	ASSOCIATION_BUILD_COUNT=$(BUILD_COUNT) ASSOCIATION_SHARED_BUILDS=$(CURDIR)/$(SHARED_BUILDS) $(BIN)/python -m pytest -n 2 --ignore=tests/browser
	ASSOCIATION_BUILD_COUNT=$(BUILD_COUNT) ASSOCIATION_SHARED_BUILDS=$(CURDIR)/$(SHARED_BUILDS) $(BIN)/python -m pytest -n 2 --dist loadfile tests/browser
	ASSOCIATION_BUILD_COUNT=$(BUILD_COUNT) ASSOCIATION_SHARED_BUILDS=$(CURDIR)/$(SHARED_BUILDS) ASSOCIATION_PLATFORM=properdocs \
		$(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/test_golden_outputs.py tests/test_platforms.py::test_the_suite_builds_with_the_platform_it_was_asked_for
	@awk '{ n += $$1 } END { print "full builds in this make test run: " n; \
		if (n > 40) { print "more than 40: share a build or test on the plan (README, Tests)"; exit 1 } }' $(BUILD_COUNT)

## golden: write the golden files in tests/golden/ anew (then review the diff before committing)
golden: $(VENV)/.test-installed
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/commands/test_newsletter.py tests/test_golden_outputs.py

## same-output: for a refactor, both sites byte for byte as at REV (default HEAD)
same-output: $(VENV)/.site-installed
	$(BIN)/python tests/support/same_output.py $(or $(REV),HEAD)

## nieuwsbrief: an issue of the newsletter (SINDS=2026-11-01 WEKEN=8; EML=1 for a .eml too;
##             SITE=tests/demo/mkdocs.yml for the demo association)
nieuwsbrief: $(VENV)/.site-installed
	@$(BIN)/association -f $(or $(SITE),mkdocs.yml) nieuwsbrief $(if $(SINDS),--sinds $(SINDS)) --weken $(or $(WEKEN),8) $(if $(EML),--eml) \
		$(if $(VAN),--van "$(VAN)") $(if $(PROEF),--proef)

## lint: ruff (lint and format) and mypy (strict) over the package and the tests
lint: $(VENV)/.test-installed
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy

## platforms: ProperDocs builds the real and the demo site as MkDocs does (CI's own job)
platforms: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_platforms.py

$(VENV)/.bench-installed: $(VENV)/.site-installed
	$(PIP) -e '.[bench]'
	@touch $@

## bench: timed builds of ours, bare Material and the blog plugin (see BENCHMARKS.md); slow
bench: $(VENV)/.bench-installed
	cd bench && ../$(BIN)/python run.py

clean:
	rm -rf site tests/demo/site .pytest_cache screenshots
