"""`entity-explorer network` on the seeds: the GEXF it writes opens in networkx with
the counts `comentions` prints, pictures keep their names, mistakes exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("network-home")


@pytest.fixture(autouse=True)
def _fresh_home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Overrides the per-test home: these tests share one index of the seeds."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    return shared_home


@pytest.mark.parametrize("focus", [[], ["--focus", "United States"]])
def test_the_gexf_has_the_counts_comentions_prints(
    capsys, seeds_copy: Path, tmp_path: Path, focus: list[str]
) -> None:
    out = tmp_path / "network.gexf"
    code, printed, err = run(capsys, "network", seeds_copy, "--top", "15", *focus, "--out", out)
    assert code == 0, err
    assert "15 entities" in printed
    graph = nx.read_gexf(out)
    names = {node: data["label"] for node, data in graph.nodes(data=True)}
    assert len(names) == 15
    for node, name in names.items():
        _, listed, _ = run(capsys, "comentions", seeds_copy, "--entity", name, *focus, "--json")
        expected = {
            row["name"]: row["count"] for row in json.loads(listed) if row["name"] in names.values()
        }
        found = {names[other]: data["count"] for other, data in graph[node].items()}
        assert found == expected, name
    kim = next(data for data in graph.nodes.values() if data["label"] == "Kim Jong Un")
    assert kim["kind"] == "person" and "Kim Jong-un" in kim["aliases"]


def test_a_picture_keeps_its_names_and_lists_its_links(
    capsys, seeds_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "people.svg"
    code, printed, err = run(
        capsys,
        "network",
        seeds_copy,
        "--kind",
        "person",
        "--window",
        "paragraph",
        "--min-count",
        "2",
        "--out",
        out,
    )
    assert code == 0, err
    assert "People mentioned together in the same paragraph" in printed
    svg = out.read_text(encoding="utf-8")
    assert "Vladimir Putin" in svg and "Kim Jong Un" in svg
    links = out.with_suffix(".csv").read_text(encoding="utf-8").splitlines()
    assert links[0] == "source,target,count,documents,score"
    assert all(int(line.split(",")[2]) >= 2 for line in links[1:])
    png = tmp_path / "network.png"
    assert run(capsys, "network", seeds_copy, "--communities", "--out", png)[0] == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_a_graphml_for_other_tools(capsys, seeds_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "network.graphml"
    assert run(capsys, "network", seeds_copy, "--weight", "score", "--out", out)[0] == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == 50
    assert all({"count", "documents", "score"} <= set(d) for *_, d in graph.edges(data=True))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--out", "network.jpg"], "must end in .png, .svg, .gexf or .graphml"),
        (["--top", "1", "--out", "n.png"], "--top must be between 2 and 300"),
        (["--focus", "Atlantis", "--out", "n.png"], "no entity named 'Atlantis'"),
    ],
)
def test_mistakes_are_said_and_exit_2(
    capsys, seeds_copy: Path, tmp_path: Path, monkeypatch, args: list[str], said: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "network", seeds_copy, *args)
    assert code == 2 and said in err
    assert not list(tmp_path.iterdir())  # nothing written
