# mediakit: two commands.
#   make lab   set up .venv, copy the lessons into ./mediakit-lessons, open the first one
#   make test  set up .venv with the test tools (and Chromium for browser tests) and run everything
# Extras: make bench (speed ratios), make eval (scores against ../shared/data/ptc), make clean.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PTC    ?= ../shared/data/ptc
# Tests spread over every core (pytest-xdist); `make test PYTEST_ARGS=-x` to override.
PYTEST_ARGS ?= -n auto
# Learners work on copies in $(WORK) (git-ignored), so the committed lessons stay clean
# and `git pull` never collides with their answers. Existing copies are never overwritten.
WORK   ?= mediakit-lessons
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings

.PHONY: lab test lint bench eval browser-deps clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mediakit needs Python 3.11 or newer; run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.lab-installed: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	mkdir -p $(LAB_SETTINGS) && cp etc/jupyterlab-overrides.json $(LAB_SETTINGS)/overrides.json
	touch $@

$(VENV)/.test-installed: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	mkdir -p $(LAB_SETTINGS) && cp etc/jupyterlab-overrides.json $(LAB_SETTINGS)/overrides.json
	touch $@ $(VENV)/.lab-installed

lab: $(VENV)/.lab-installed
	$(BIN)/mediakit start $(WORK)

# Browser tests need Debian's Chromium (never Playwright's own download). Installed when missing
# and we may (root); otherwise the browser tests skip locally and fail under CI=true.
browser-deps:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium"; \
	else echo "chromium not found and cannot install it (not root): browser tests will skip"; fi

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

test: $(VENV)/.test-installed browser-deps lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.test-installed
	$(BIN)/python -m benchmarks --ptc $(PTC)

eval: $(VENV)/.lab-installed
	$(BIN)/mediakit evaluate ptc $(PTC)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis test-artifacts
