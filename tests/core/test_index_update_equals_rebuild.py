"""An update after an edit, whose derived totals, acronyms' shared documents,
people's clusters and furniture check are now worked out incrementally, and
which reads what the last resolution left from its memo, equals a fresh index
of the edited corpus. Real pipeline, small files."""

from __future__ import annotations

from pathlib import Path

import pytest

import explorer.index.entities as entities_module
import explorer.index.memo as memo_module
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.index_snapshot import index_snapshot

# Page furniture naming an acronym: five titles repeat it, so its mentions are noise
# there, and a document that uses "WTO" only in it does not use the acronym.
FURNITURE = "Follow WTO Watch on Twitter."
STORY = (
    "Officials from many countries gathered in Geneva on Monday for the talks, "
    "which went on late into the night over tariffs, quotas and farm subsidies."
)


def _write(corpus: Path, name: str, title: str, body: str) -> None:
    (corpus / name).write_text(f"{title}\n\n{body}\n\n{STORY}\n\n{FURNITURE}", encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(
        folder,
        "a.txt",
        "Trade talks open",
        "The World Trade Organization (WTO) met in Geneva. Pascal Lamy of the WTO spoke.",
    )
    _write(folder, "b.txt", "Farm deal near", "Pascal Lamy said a deal was near. Lamy smiled.")
    _write(folder, "c.txt", "Steel row grows", "Tony Blair spoke of steel. Blair was firm.")
    _write(folder, "d.txt", "Ministers meet", "Cherie Blair met ministers. Blair left early.")
    _write(folder, "e.txt", "Quotas return", "Lamy met the trade ministers in Paris.")
    _write(folder, "f.txt", "Cotton dispute", "Brazil and the United States argued over cotton.")
    _write(
        folder,
        "g.txt",
        "Health law stays",
        "Republicans failed to repeal the Affordable Care Act, known as Obamacare, on Friday.",
    )
    _write(
        folder,
        "h.txt",
        "Insurers wait",
        "Insurers watched the Affordable Care Act, known as Obamacare, as prices rose.",
    )
    _write(
        folder,
        "i.txt",
        "Justice news",
        "Sarah Isgur Flores, a spokeswoman, said the department would act. Ms Isgur Flores"
        " said more later.",
    )
    _write(folder, "j.txt", "Department statement", "Ms Isgur Flores declined to comment.")
    return folder


@pytest.mark.parametrize(
    "edit",
    [
        # the acronym used with its expansion in another document; a name's mentions grow
        (
            "e.txt",
            "Quotas return",
            "The World Trade Organization (WTO) ruled. Lamy met the WTO ministers in Paris.",
        ),
        # the expansion goes from the only document using both; a new full name
        ("a.txt", "Trade talks open", "The WTO met in Geneva. Pascal Lammy of the WTO spoke."),
        # a one-word name decided per document, and the same names as before
        ("c.txt", "Steel row grows", "Tony Blair spoke of steel. Blair was firm. Blair left."),
        # a third document gives a name the same other name
        (
            "f.txt",
            "Cotton dispute",
            "Brazil argued over the Affordable Care Act, known as Obamacare, and cotton.",
        ),
        # one of the two documents giving it does no more: the two names part
        ("g.txt", "Health law stays", "Republicans failed to repeal the health law on Friday."),
        # the one person a family name of two words stands for is named in full no more
        ("i.txt", "Justice news", "A spokeswoman said the department would act."),
        # the family name alone is said more often
        (
            "j.txt",
            "Department statement",
            "Ms Isgur Flores declined to comment. Ms Isgur Flores left.",
        ),
    ],
)
def test_an_update_after_an_edit_equals_a_fresh_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: tuple[str, str, str]
) -> None:
    # however many documents changed (a small corpus always has many), in place
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", 1.0)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        assert store.conn.execute(
            "SELECT count(*) FROM furniture_lines WHERE text = ?", (FURNITURE,)
        ).fetchone()[0]
        for round_ in range(2):  # again, with what the first update kept in the process
            kept = memo_module._last
            assert kept is not None and kept.conn is store.conn
            _write(corpus, *edit)
            index_corpus([corpus], store)
            updated = index_snapshot(store.conn)
            with Store(tmp_path / f"fresh{round_}.sqlite") as fresh:
                kept = memo_module._last
                index_corpus([corpus], fresh)
                memo_module._last = kept  # as if indexed in another process
                assert updated == index_snapshot(fresh.conn)
            edit = (edit[0], edit[1], edit[2] + " Nothing more was said.")
