"""Every custom model passes Qt's model tester, filled with real rows of the seeds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.app.kwic import kwic
from explorer.index import queries
from explorer.ui.models import (
    HIGHLIGHT_ROLE,
    CoMentionTableModel,
    EntityTableModel,
    PassageListModel,
)


def test_entity_model(qtmodeltester, seeds_store) -> None:
    model = EntityTableModel()
    model.set_rows(queries.entities(seeds_store.conn))
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [row.name for row in model.rows()]
    assert names == sorted(names, key=str.casefold)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.row(0).mentions == max(row.mentions for row in model.rows())
    qtmodeltester.check(model, force_py=True)


def test_comention_model(qtmodeltester, seeds_store) -> None:
    putin = queries.find_entities(seeds_store.conn, "Putin")[0]
    model = CoMentionTableModel()
    model.set_rows(queries.co_mentions(seeds_store.conn, putin.id))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.set_rows([], "Nothing")
    qtmodeltester.check(model, force_py=True)


def test_passage_model_cuts_around_the_mention(qtmodeltester, seeds_store) -> None:
    putin = queries.find_entities(seeds_store.conn, "Putin")[0]
    model = PassageListModel()
    model.set_rows([kwic(row, putin.id) for row in queries.passages(seeds_store.conn, putin.id)])
    qtmodeltester.check(model, force_py=True)
    for number in range(model.rowCount()):
        row = model.row(number)
        left, key, right = (model.index(number, c).data() for c in range(3))
        assert "Putin" in key
        assert (left + key + right).strip() == " ".join(row.passage.text.split()) or len(
            left + key + right
        ) == len(row.passage.text)
        assert model.index(number, 1).data(HIGHLIGHT_ROLE) == [(0, len(key), putin.kind)]
