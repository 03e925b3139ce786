# MedTour: `make run` serves the demo site, `make test` runs every test.
# Python 3.12+ is found by itself: PYTHON=..., else python3.13/python3.12/python3
# if they really run, else the newest pyenv version.

VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

ifndef PYTHON
PYTHON := $(shell for c in python3.13 python3.12 python3 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.*/bin/python3 2>/dev/null | sort -rV); do \
	"$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 \
	&& { command -v "$$c"; break; }; done)
endif

.PHONY: run test bench lint format messages makemessages migrate demo superuser worker beat check-python

run: $(VENV)/.deps messages migrate demo
	$(MANAGE) runserver 127.0.0.1:8000

# The suite without the benchmark (make bench), in TEST_WORKERS processes (pytest-xdist):
# each has its own test database (test_<name>_gw0, ...) and, for the live tests, its own
# Celery worker, beat, SMTP server and broker key space. TEST_WORKERS=0: one process.
TEST_WORKERS ?= 2
test: $(VENV)/.dev-deps messages axe
	$(BIN)/pytest -n $(TEST_WORKERS)

# axe-core, for the accessibility tests, from package-lock.json. Without npm the
# tests that need it skip locally (and fail in CI, where .ci/run installs npm).
.PHONY: axe
axe:
	@if ! command -v npm >/dev/null; then echo "npm not found: the axe accessibility tests will skip" >&2; \
	elif [ ! -e node_modules/axe-core/package.json ] || [ package-lock.json -nt node_modules/axe-core/package.json ]; then \
		npm ci --silent --no-audit --no-fund && touch node_modules/axe-core/package.json; fi

# The README's pictures of the demo site: docs/screenshots/<page>-<width>.png.
.PHONY: screenshots
screenshots: $(VENV)/.dev-deps messages
	$(BIN)/python tests/screenshots.py

# Speed, as ratios to a baseline measured in the same run: the pages of a small and
# a real-sized catalogue under gunicorn and wrk (bench-results/pages.txt), then
# search alone over 1,000 articles (bench-results/search.txt). Needs PostgreSQL
# and redis-server; BENCH_ARGS=--reuse keeps catalogues loaded by an earlier run.
bench: $(VENV)/.dev-deps messages
	command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python tests/bench/pages.py $(BENCH_ARGS)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/medtour} \
	MEDTOUR_BENCH_REPEAT=$${MEDTOUR_BENCH_REPEAT:-100} MEDTOUR_BENCH_REPORT=bench-results/search.txt \
		$(BIN)/pytest -m bench -s -q

lint: $(VENV)/.dev-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(VENV)/.dev-deps
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check-python:
	@test -n "$(PYTHON)" || { echo "No Python 3.12 or newer found. Install one, or run: make PYTHON=/path/to/python3.12 ..." >&2; exit 1; }

$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)

$(VENV)/.deps: requirements.txt | $(BIN)/python
	$(PIP) -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(BIN)/python
	$(PIP) -r requirements-dev.txt
	touch $@ $(VENV)/.deps

# Compiled catalogues (.mo) are build output, not kept in git.
messages: $(VENV)/.deps
	$(BIN)/pybabel -q compile --domain django --directory locale

makemessages: $(VENV)/.deps
	$(MANAGE) makemessages -l uk -l de -l pl --ignore=.venv --ignore=staticfiles --ignore=tests --no-obsolete

migrate: $(VENV)/.deps
	$(MANAGE) migrate --noinput

demo: $(VENV)/.deps
	$(MANAGE) load_demo

superuser: $(VENV)/.deps
	$(MANAGE) createsuperuser

worker: $(VENV)/.deps
	$(BIN)/celery -A medtour worker --loglevel=INFO

beat: $(VENV)/.deps
	$(BIN)/celery -A medtour beat --loglevel=INFO

# Production rehearsal: a virtualenv from requirements.txt alone (a runtime package
# missing there fails), the processes deploy/systemd/ starts, its own PostgreSQL
# database, Redis and SMTP sink, 20 patients, a Redis crash and a killed worker.
.PHONY: prodtest
prodtest: messages $(VENV)/.dev-deps .venv-prod/.deps
	$(BIN)/python tests/production/run.py --venv .venv-prod

# Rebuilt from scratch: a package dropped from requirements.txt must not linger.
.venv-prod/.deps: requirements.txt | check-python
	rm -rf .venv-prod
	$(PYTHON) -m venv .venv-prod && .venv-prod/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@
