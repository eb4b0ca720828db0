# Drammen Works – the two commands a new developer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# where the demo is served: links in the sitemap and in e-mails from the admin lead here
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
STAMP := $(VENV)/.installed

.PHONY: run test test-production test-faults lint migrate demo install messages bench bench-http bench-db clean vnu

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --no-input

# Migrations and the demo content in one process: a second run finds nothing to do in a second.
demo: install
	$(BIN)/python manage.py load_demo --migrate

## Start the site on http://127.0.0.1:$(PORT)/ with the background worker beside it.
run: demo
	@echo "Drammen Works: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@trap 'kill 0' INT TERM EXIT; \
	$(BIN)/python manage.py run_worker --backend background --interval 2 & \
	$(BIN)/python manage.py runserver --skip-checks 127.0.0.1:$(PORT)

## Style, formatting and the dependency rule between the apps (pyproject.toml, importlinter).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

## Lint, migration check, Django checks and the whole test suite (production stage, fault
## tests and browser tests included).
test: lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest --ignore=tests/browser --ignore=tests/production --ignore=tests/faults
	$(BIN)/pytest tests/production
	$(BIN)/pytest tests/faults
	@command -v npm >/dev/null && $(MAKE) --no-print-directory vnu || echo "npm is missing: the HTML check in tests/browser will say so"
	$(BIN)/pytest tests/browser --create-db

## The README's production steps on loopback (production settings, manifest static files,
## gunicorn), every page of the sitemap requested, then Varnish in front of it.
test-production: install
	$(BIN)/pytest tests/production

## The e-mail queue under faults, with real processes on loopback (gunicorn, the worker, an SMTP
## server): a worker killed while it sends, connections terminated, SQLite locked, mail down.
test-faults: install
	$(BIN)/pytest tests/faults

## The Nu HTML Checker (npm vnu-jar; runs on Java 17) that tests/browser/test_html.py uses.
VNU_JAR := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar
vnu: $(VNU_JAR)
$(VNU_JAR):
	npm install --prefix .cache/vnu --no-save --no-audit --no-fund --loglevel=error vnu-jar@26.9.27

## Seed 100,000 listings into PostgreSQL and print queries and p50/p95 per page.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/drammenworks_bench
BENCH_LISTINGS ?= 100000
bench: bench-db
	DATABASE_URL=$(BENCH_DATABASE_URL) DEBUG=0 $(BIN)/python benchmarks/premises.py

## Server CPU per request and requests/s, straight to gunicorn and through Varnish, beside a
## bare Django view (needs wrk and varnishd; BAKERYDEMO=<checkout> adds Wagtail's bakerydemo).
BENCH_VCL ?= deploy/varnish/default.vcl
bench-http: bench-db
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python benchmarks/serving.py --vcl $(BENCH_VCL)

# The benchmark database: created, migrated, the demo loaded, the listings seeded (a second
# run finds nothing to do).
bench-db: install
	@psql "$(BENCH_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || \
		createdb "$$(basename $(BENCH_DATABASE_URL))" -h 127.0.0.1 -U postgres
	DATABASE_URL=$(BENCH_DATABASE_URL) DEBUG=0 $(BIN)/python manage.py migrate --no-input -v0
	DATABASE_URL=$(BENCH_DATABASE_URL) DEBUG=0 $(BIN)/python manage.py load_demo --skip-users
	DATABASE_URL=$(BENCH_DATABASE_URL) DEBUG=0 $(BIN)/python manage.py seed_listings --count $(BENCH_LISTINGS)

## Update the translation catalogues after changing interface strings. No source locations and
## no re-wrapping, so that a run changes only the entries whose strings changed.
## tests/test_translations.py skips the same folders when it looks for strings missing in nb.
MESSAGES_IGNORE := .venv build media media-test staticfiles .cache node_modules translations
messages: install
	$(BIN)/python manage.py makemessages -l nb -l en --no-location --no-wrap \
		$(addprefix --ignore=,$(MESSAGES_IGNORE))
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) build *.egg-info
