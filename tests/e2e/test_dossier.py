"""`entity-explorer dossier`: the HTML file's text and embedded charts, the PDF's text
layer, the passages capped with "N more in the app", and the corrections it lists."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("dossier-home")


@pytest.fixture()
def home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One index of the seeds for the tests that do not correct it."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    return shared_home


def test_html_is_one_self_contained_page(capsys, home, tmp_path: Path, seeds_copy: Path) -> None:
    out = tmp_path / "kim.html"
    code, said, err = run(capsys, "dossier", seeds_copy, "--entity", "Kim Jong-un", "--out", out)
    assert code == 0, err
    assert said.strip() == f"wrote {out}: the dossier of Kim Jong Un (19 of 39 passages)"
    page = out.read_text(encoding="utf-8")
    assert "<h1>Kim Jong Un</h1>" in page and "39 mentions in 4 documents" in page
    for spelling in ("Kim Jong-un", "Kim Jong-Un", "<td>Kim</td>"):
        assert spelling in page
    assert "<td>Vladimir Putin</td>" in page  # a co-mention, with its score after it
    assert "<b>Kim Jong Un</b> is among 25 world leaders" in page  # the mention in bold
    assert "20 more in the app." in page
    assert "None: the entity is as the automatic resolution made it." in page
    assert "en_core_web" in page
    sources = re.findall(r'src="([^"]+)"', page)
    assert len(sources) == 2 and all(s.startswith("data:image/png;base64,") for s in sources)
    assert all(base64.b64decode(s.split(",", 1)[1]).startswith(PNG) for s in sources)
    assert not re.search(r'(href|src)="(https?:|file:|/)', page)  # nothing outside the file


def test_pdf_has_a_text_layer_and_the_charts(
    capsys, home, tmp_path: Path, seeds_copy: Path
) -> None:
    out = tmp_path / "putin.pdf"
    code, _, err = run(capsys, "dossier", seeds_copy, "--entity", "Putin", "--out", out)
    assert code == 0, err
    reader = PdfReader(out)
    # Qt writes a space between words as a gap the extractor reads as a tab
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Vladimir Putin" in text and "21 mentions in 4 documents" in text
    for heading in (
        "Names",
        "Where it is mentioned",
        "Mentioned together",
        "Passages",
        "Corrections",
        "Source",
    ):
        assert heading in text
    assert "more in the app" in text
    assert sum(len(page.images) for page in reader.pages) == 2
    assert reader.metadata.title == "Dossier: Vladimir Putin"


def test_a_focused_dossier_says_its_focus(capsys, home, tmp_path: Path, seeds_copy: Path) -> None:
    out = tmp_path / "ushakov.html"
    code, _, err = run(
        capsys, "dossier", seeds_copy, "--entity", "Ushakov", "--focus", "TASS", "--out", out
    )
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert "2 mentions in 1 document · Focus: TASS" in page


def test_wrong_output_and_unknown_names_exit_2(
    capsys, home, tmp_path: Path, seeds_copy: Path
) -> None:
    code, _, err = run(
        capsys, "dossier", seeds_copy, "--entity", "Putin", "--out", tmp_path / "putin.docx"
    )
    assert code == 2 and "a dossier is written as .html or .pdf" in err
    code, _, err = run(
        capsys, "dossier", seeds_copy, "--entity", "Nobody", "--out", tmp_path / "nobody.html"
    )
    assert code == 2 and "no entity named 'Nobody'" in err
    assert not (tmp_path / "nobody.html").exists()


def test_the_corrections_made_to_it(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    code, _, err = run(capsys, "rename", seeds_copy, "Yuri Ushakov", "Yury Ushakov")
    assert code == 0, err
    out = tmp_path / "ushakov.html"
    code, _, err = run(capsys, "dossier", seeds_copy, "--entity", "Yury Ushakov", "--out", out)
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert "<li>“Yuri Ushakov” renamed “Yury Ushakov”</li>" in page


def test_a_dated_corpus_gives_the_timeline_with_its_bursts(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three of the four seeds dated: the dossier says when, not per document."""
    import json

    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    dates = ["2024-05-02", "2024-05-20", "2024-06-11", None]
    records = []
    for source, date in zip(sorted(seeds.glob("*.txt")), dates, strict=True):
        title, _, text = source.read_text(encoding="utf-8").partition("\n")
        records.append(json.dumps({"title": title, "text": text, "date": date}))
    corpus = tmp_path / "dated.jsonl"
    corpus.write_text("\n".join(records) + "\n", encoding="utf-8")
    out = tmp_path / "kim.html"
    code, _, err = run(capsys, "dossier", corpus, "--entity", "Kim Jong Un", "--out", out)
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert "<h2>When it is mentioned</h2>" in page and "Where it is mentioned" not in page
    assert 'alt="Mentions per' in page  # the timeline's picture, named by its title
    assert "Burst of Kim Jong Un" in page or "No burst" in page
    assert "in documents without a date are in no period" in page  # the undated record
    sources = re.findall(r'src="([^"]+)"', page)
    assert len(sources) == 2  # the timeline and the co-mentions
    assert all(base64.b64decode(s.split(",", 1)[1]).startswith(PNG) for s in sources)
