"""What the window says after a pass: a corpus with nothing readable says so and which
files are read; files that could not be read are a link to each file and its reason;
counted nouns agree with their number."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from explorer.index.indexer import IndexReport
from explorer.ui.corpus import PassResult, Unread, pass_text, unread_text, unread_to_list


def _window(qtbot):
    from explorer.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _index(qtbot, window, corpus: Path) -> str:
    """Open `corpus`, wait for the pass and the panels; the status bar's line."""
    lines: list[str] = []
    window.corpus.finished.connect(lines.append)
    window.open_corpus([corpus])
    qtbot.waitUntil(lambda: bool(lines), timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20_000)
    return lines[-1]


def test_an_empty_folder_says_it_has_nothing_readable(qtbot, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.odt").write_text("not a type that is read", encoding="utf-8")
    window = _window(qtbot)
    try:
        line = _index(qtbot, window, empty)
        assert line.startswith("No readable documents in “empty”: Entity Explorer reads .txt, ")
        assert line.endswith(".jsonl and .csv files.")
        assert window.statusBar().currentMessage() == line
        assert window.summary.text() == "No readable documents"
        assert window.entity_model.empty_text == (
            "No readable documents in “empty”.\nEntity Explorer reads " + line.split(" reads ")[1]
        )
        assert not window.unread.isVisible()  # the line says it all: no list of one folder
    finally:
        window.close()
        window.runner.shutdown()


def test_unread_files_are_a_link_to_each_file_and_its_reason(
    qtbot, seeds_copy: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "mixed"
    (corpus / "2024").mkdir(parents=True)
    shutil.copy(sorted(seeds_copy.glob("*.txt"))[0], corpus / "article.txt")
    (corpus / "2024" / "broken.pdf").write_bytes(b"not a pdf at all")
    (corpus / "empty.txt").write_bytes(b"")
    window = _window(qtbot)
    try:
        line = _index(qtbot, window, corpus)
        assert line.startswith("Indexed 1 file in ")
        qtbot.waitUntil(lambda: window.summary.text().startswith("1 document · "))
        notice = window.unread
        assert notice.isVisible() and "2 files could not be read" in notice.text()

        qtbot.mouseClick(notice, Qt.MouseButton.LeftButton, pos=notice.rect().center())
        dialog = window.findChild(QDialog, "unreadDialog")
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
        rows = {row.shown: row.reason for row in dialog.model.rows()}
        assert set(rows) == {"mixed/2024/broken.pdf", "mixed/empty.txt"}
        assert rows["mixed/empty.txt"] == "empty file" and rows["mixed/2024/broken.pdf"]
        assert "2 files could not be read" in dialog.header.text()
        text = dialog.table.as_text(delimiter="\t")
        assert str(corpus / "2024" / "broken.pdf") in text  # copied with its full path
    finally:
        window.close()
        window.runner.shutdown()


def test_the_unread_model(qtmodeltester) -> None:
    from explorer.ui.unread import UnreadRow, UnreadTableModel

    model = UnreadTableModel()
    model.set_rows(
        [
            UnreadRow("news/a.pdf", "/home/u/news/a.pdf", "encrypted PDF"),
            UnreadRow("news/b.txt", "/home/u/news/b.txt", "empty file"),
        ]
    )
    qtmodeltester.check(model)


def _result(documents: int, unread: tuple[Unread, ...] = (), **report: object) -> PassResult:
    return PassResult(IndexReport(**report), documents, unread)  # type: ignore[arg-type]


def test_pass_lines_count_their_nouns() -> None:
    assert pass_text(_result(1, indexed_files=1, seconds=0.4), "x") == "Indexed 1 file in 0.4 s."
    assert (
        pass_text(_result(9, indexed_files=3, removed_files=1, seconds=2.0), "x")
        == "Indexed 3 files, removed 1 in 2.0 s."
    )
    assert pass_text(_result(9, unchanged_files=9), "x") == "The index is up to date."
    assert (
        pass_text(_result(1, indexed_files=1, cancelled=True), "x")
        == "Indexing stopped after 1 file; what was read is kept."
    )


def test_what_the_unread_link_says() -> None:
    file = Unread(Path("/c/a.pdf"), "encrypted PDF", folder=False, root=False)
    folder = Unread(Path("/c/locked"), "folder cannot be opened", folder=True, root=False)
    root = Unread(Path("/c"), "nothing to read in this folder", folder=True, root=True)
    assert unread_text([file]) == "1 file could not be read"
    assert unread_text([file, file, folder]) == "2 files and 1 folder could not be read"
    assert unread_to_list(_result(0, (root,))) == ()  # said by the line on the pass
    assert unread_to_list(_result(0, (root, file))) == (root, file)
    assert unread_to_list(_result(3, (folder,))) == (folder,)


def test_a_problem_path_is_shown_from_the_opened_folder() -> None:
    from explorer.ui.unread import shown_path

    roots = (Path("/home/u/news"), Path("/home/u/extra.pdf"))
    assert shown_path(Path("/home/u/news/2024/a.pdf"), roots) == "news/2024/a.pdf"
    assert shown_path(Path("/home/u/extra.pdf"), roots) == "extra.pdf"
    assert shown_path(Path("/elsewhere/b.txt"), roots) == "/elsewhere/b.txt"
