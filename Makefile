# The two commands that matter: `make run` and `make test`. Both set everything up first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: setup run test lint bench bench-mrz bench-registry bench-faces bench-reading bench-desk bench-verify fuzz demo clean translations ts screenshots package

setup: $(STAMP)

$(STAMP): pyproject.toml packaging/system-deps.sh
	bash packaging/system-deps.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,faces]'
	$(BIN)/pip install -q --no-deps 'face_recognition==1.3.0'
	touch $(STAMP)

DEMO_FILES = $(sort $(filter-out %.json %.md,$(wildcard resources/demo/*.*)))

DEMO_DATA = $(CURDIR)/build/demo-data

run: setup translations
	$(BIN)/tekseru --demo mrz $(DEMO_FILES)
	TEKSERU_DATA_DIR=$(DEMO_DATA) $(BIN)/python -m verification.demo install $(DEMO_DATA)/registry-demo
	for c in clear review alert; do TEKSERU_DATA_DIR=$(DEMO_DATA) $(BIN)/tekseru --demo verify \
	  --registry-dir $(DEMO_DATA)/registry-demo --passport resources/demo/cases/$${c}_passport.jpg \
	  --certificate resources/demo/cases/$${c}_certificate.jpg || true; done
	if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then TEKSERU_DATA_DIR=$(DEMO_DATA) $(BIN)/tekseru app --demo; \
	else echo "make run: no display (DISPLAY/WAYLAND_DISPLAY unset), so the desk app was not started;" \
	  "the demo verifications above ran in the terminal. In a desktop session: make run, or" \
	  "TEKSERU_DATA_DIR=$(DEMO_DATA) $(BIN)/tekseru app --demo (sign in as demo / verify-1234)."; fi

# Compiled translations (.qm) from resources/translations/*.ts, into build/ (not committed).
translations: setup
	mkdir -p build/translations
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm build/translations/$$(basename $${ts%.ts}).qm; done

# Update the translation sources from the code: every tr()/translate()/QT_TRANSLATE_NOOP string in
# desktop/**/*.py goes into each .ts (new ones as unfinished, for translators); strings gone from the
# code are dropped; locations stay relative to the .ts file. Translate, then `make translations`.
TS_FILES = $(sort $(wildcard resources/translations/tekseru_*.ts))

ts: setup
	$(BIN)/pyside6-lupdate -no-obsolete -locations absolute $$(find desktop -name '*.py' | sort) -ts $(TS_FILES)

# Screenshots of every screen (en, kk, zh; light and dark) under Xvfb, into docs/screenshots.
screenshots: setup translations
	xvfb-run -a -s "-screen 0 1400x1000x24" $(BIN)/python -m tests.ui_screenshots docs/screenshots

lint: setup
	$(BIN)/ruff check ocr verification desktop tests
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# `make bench` runs every benchmark; each also has its own target. They print tables side by side
# with the peer or the naive way, as ratios within one run.
bench: bench-mrz bench-registry bench-faces bench-reading bench-desk bench-verify

bench-mrz: setup
	$(BIN)/python -m tests.bench.mrz_bench

bench-registry: setup
	$(BIN)/python -m tests.bench.registry_bench

bench-faces: setup
	$(BIN)/python -m tests.bench.faces_bench

bench-reading: setup
	$(BIN)/python -m tests.bench.reading_bench

# end-to-end verify against a 100k-person registry (built once into build/bench-verify under nice)
bench-verify: setup
	$(BIN)/python -m tests.bench.verify_bench

bench-desk: setup translations
	$(BIN)/python -m tests.bench.desk_startup_bench
	$(BIN)/python -m tests.bench.desk_stall_bench

fuzz: setup
	$(BIN)/python -m tests.fuzz.fuzz_mrz_parser -atheris_runs=200000
	$(BIN)/python -m tests.fuzz.fuzz_image_loader -atheris_runs=20000

demo: setup
	$(BIN)/python -m ocr.specimens.demo resources/demo

# The field-office installer: build/tekseru_<version>_amd64.deb, with a wheelhouse of every Python
# dependency so that installing needs no PyPI (packaging/deb/build.sh; building needs PyPI). As root,
# packaging/deb/smoke-test.sh installs it, runs the CLI, the demo verifications and the app, and purges it.
package: setup
	nice -n 10 packaging/deb/build.sh

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
