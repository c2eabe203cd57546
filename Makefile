# Source Annotator: `make run` starts the app, `make test` runs every test offscreen.
# Both create .venv on first use; nothing is installed outside it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test bench lint package clean translations update-translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Each stamp records which extras are installed; pyproject.toml changes reinstall.
$(VENV)/.stamp-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $@ $(VENV)/.stamp-app

$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@ $(VENV)/.stamp-test $(VENV)/.stamp-app

# Translations (docs/translating.md): the .ts sources are in the repository; the .qm files
# the app loads are build output, compiled here before the app runs, is tested or packaged.
TS_DIR   := resources/translations
TS_FILES := $(wildcard $(TS_DIR)/annotator_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# The catalogues of the messages outside the GUI (errors, the command line, the HTML
# report), read by annotator/core/i18n.py without Qt.
CATALOGUES := $(TS_FILES:.ts=.json)
# The whole package: the GUI, and the messages of services, file formats, storage and CLI.
LUPDATE  := $(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete annotator

translations: $(QM_FILES) $(CATALOGUES)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(VENV)/.stamp-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(TS_DIR)/%.json: $(TS_DIR)/%.ts tools/ts_catalogue.py | $(VENV)/.stamp-app
	$(BIN)/python tools/ts_catalogue.py $< $@

# After changing strings in annotator/: add new ones (unfinished) and drop vanished ones.
update-translations: $(VENV)/.stamp-app
	$(LUPDATE) -ts $(filter-out %_en.ts,$(TS_FILES))
	$(LUPDATE) -pluralonly -ts $(TS_DIR)/annotator_en.ts

run: $(VENV)/.stamp-app translations
	$(BIN)/annotator

test: $(VENV)/.stamp-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(VENV)/.stamp-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run_all.py

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check .
	$(BIN)/mypy annotator

# The build must start: its self-test (database, migrations, window, an annotation) runs
# offscreen, and a failure fails the target.
FROZEN ?= dist/annotator/annotator

package: $(VENV)/.stamp-dev translations
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/annotator.spec
	QT_QPA_PLATFORM=offscreen $(FROZEN) --self-test

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache $(QM_FILES) $(CATALOGUES)
