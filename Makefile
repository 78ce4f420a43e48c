# Two commands a newcomer needs: `make run` and `make test`. Everything else is setup they call.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install run serve demo test lint format messages clean

# Re-install whenever the declared or pinned dependencies change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet -c constraints.txt -e . --group dev
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_data
	$(PY) manage.py load_demo_surveys

run: demo
	@echo "Serving Tutuksi on http://$(HOST):$(PORT)/  (admin: /admin/, API: /api/v2/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Refresh the fi, sv and en catalogues and compile them (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages --locale fi --locale sv --locale en --ignore ".venv/*" --no-obsolete
	$(PY) manage.py compilemessages --ignore ".venv/*"

clean:
	rm -rf $(VENV) db.sqlite3 var media static .pytest_cache .ruff_cache
