"""The status bar's corpus summary (documents, words, entities; its languages and the
pipelines that read them in the tooltip) and, when some documents are in a language
without a pipeline, the note saying so, once."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from explorer.app.languages import (
    missing_pipelines_text,
    missing_pipelines_tip,
    pipelines_line,
    summary_text,
    summary_tip,
)
from explorer.corpus.read import readable_types
from explorer.index.queries import CorpusSummary


class CorpusSummaryLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="corpusSummary")

    def show_summary(self, summary: CorpusSummary | None, indexing: bool) -> None:
        if summary is None or (not summary.documents and indexing):
            self.setText("")
            self.setToolTip("")
        elif not summary.documents:
            self.setText("No readable documents")
            self.setToolTip(f"Entity Explorer reads {readable_types()} files")
        else:
            text = summary_text(summary)
            if len(summary.languages) > 1 and summary.read_with:
                text += " · " + pipelines_line(summary)
            self.setText(text)
            self.setToolTip(summary_tip(summary))


class LanguageNote(QWidget):
    """'2 documents in German: no German pipeline installed — …', with a warning sign;
    hidden when every document's language has a pipeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="languageNote")
        sign = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        sign.setPixmap(warning.pixmap(QSize(size, size)))
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(sign)
        layout.addWidget(self.label)
        self.hide()

    def show_summary(self, summary: CorpusSummary | None) -> None:
        text = missing_pipelines_text(summary) if summary is not None else ""
        self.label.setText(text)
        self.setToolTip(missing_pipelines_tip(summary) if summary is not None else "")
        self.setVisible(bool(text))
