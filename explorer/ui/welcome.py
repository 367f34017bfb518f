"""What the window shows while no corpus is open: open a folder, a recent corpus that is
still there, or the sample corpus; instead of silently opening something."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.corpus.read import readable_types
from explorer.icons import icon
from explorer.ui.look import muted_text
from explorer.wording import corpus_label

MAX_SHOWN = 5


def _muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_text())
    label.setPalette(palette)
    return label


class WelcomePanel(QWidget):
    """A column in the middle of the window: what the app does, and where to start."""

    openFolder = Signal()
    openCorpus = Signal(object)  # tuple[Path, ...]

    def __init__(self, sample: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="welcome")
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(QSize(48, 48)))
        title = QLabel("Entity Explorer")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        intro = QLabel(
            "Open a folder of news articles or other documents: Entity Explorer "
            "finds the people, countries, organisations and places they mention, "
            "merges the spellings of each, and shows who is mentioned with whom, "
            "with the passages behind every number.",
            wordWrap=True,
        )
        self.open_folder = QPushButton(
            icon("folder-open"), "Open Folder…", objectName="welcomeOpenFolder"
        )
        self.open_folder.setToolTip(
            "Index a folder of documents (searched with its subfolders) and explore it"
        )
        self.open_folder.setDefault(True)
        self.open_folder.setIconSize(QSize(20, 20))
        self.open_folder.setMinimumHeight(36)
        self.open_folder.clicked.connect(self.openFolder.emit)
        reads = _muted(
            QLabel(
                f"Reads {readable_types()} files; or drop folders and files on this window.",
                wordWrap=True,
            )
        )

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addLayout(heading)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.open_folder)
        column.addWidget(reads)
        self._recent = QVBoxLayout()
        self._recent.setSpacing(0)
        column.addLayout(self._recent)
        self.sample: QCommandLinkButton | None = None
        if sample is not None and sample.exists():
            column.addSpacing(8)
            self.sample = QCommandLinkButton(
                "Open the Sample Corpus",
                "A few news articles that come with the app, to try it on",
                objectName="welcomeSample",
            )
            self.sample.setToolTip(str(sample))
            self.sample.clicked.connect(lambda: self.openCorpus.emit((sample,)))
            column.addWidget(self.sample)

        body = QWidget()
        body.setMaximumWidth(560)
        body.setLayout(column)
        middle = QHBoxLayout()  # (stretches, not an alignment, so wrapped text gets its height)
        middle.addStretch(1)
        middle.addWidget(body, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def set_recent(self, corpora: Sequence[tuple[Path, ...]]) -> None:
        """The recent corpora whose folders and files are all still there."""
        while self._recent.count():
            item = self._recent.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        there = [corpus for corpus in corpora if all(path.exists() for path in corpus)]
        if not there:
            return
        self._recent.addSpacing(12)
        self._recent.addWidget(QLabel("<b>Recent</b>"))
        for corpus in there[:MAX_SHOWN]:
            button = QCommandLinkButton(corpus_label(corpus), ", ".join(map(str, corpus)))
            button.setObjectName("welcomeRecent")
            button.setToolTip("Open this corpus again")
            button.clicked.connect(lambda _checked=False, c=corpus: self.openCorpus.emit(c))
            self._recent.addWidget(button)
