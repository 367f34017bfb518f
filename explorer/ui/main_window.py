"""The main window: the composition root. It builds the state, the task runner, the models,
sources and panels, wires them together and lays them out in docks; it holds no logic."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from explorer.app.state import EntityRef, ExplorerState, Location
from explorer.charts.data import Bar
from explorer.icons import icon
from explorer.index.queries import CorpusSummary
from explorer.ui import settings as keys
from explorer.ui.actions import Actions
from explorer.ui.chart_panel import ChartPanel
from explorer.ui.comention_panel import CoMentionPanel
from explorer.ui.corpus import CorpusController
from explorer.ui.corpus_status import CorpusSummaryLabel, LanguageNote
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.document_view import DocumentPanel
from explorer.ui.dossier_export import DossierExporter
from explorer.ui.entity_panel import EntityPanel
from explorer.ui.focus_bar import FocusBar
from explorer.ui.language_menu import LanguageMenu
from explorer.ui.models import CoMentionTableModel, EntityTableModel, PassageListModel
from explorer.ui.network_panel import NetworkPanel
from explorer.ui.network_source import NetworkSource
from explorer.ui.passage_panel import PassagePanel
from explorer.ui.shown import ShownWatch
from explorer.ui.sources import (
    CoMentionSource,
    DistributionSource,
    DocumentSource,
    EntitySource,
    PassageSource,
)
from explorer.ui.status import IndexStatus
from explorer.ui.tasks import TaskRunner
from explorer.ui.timeline_panel import TimelinePanel
from explorer.ui.timeline_source import TimelineSource
from explorer.ui.unread import UnreadNotice
from explorer.ui.watch_model import WatchTableModel
from explorer.ui.watch_panel import WatchPanel
from explorer.ui.watch_source import WatchSource
from explorer.ui.welcome import WelcomePanel
from explorer.wording import corpus_label

STATUS_MESSAGE_MS = 8000
DEFAULT_SIZE = (1680, 1050)
LAYOUT_VERSION = 1


def _entity(bar: Bar) -> EntityRef:
    return EntityRef(int(bar.key or 0), bar.label, bar.kind)


def _dock(
    window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window, objectName=name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    window.addDockWidget(area, dock)
    return dock


class MainWindow(QMainWindow):
    """`sample` is the corpus the welcome screen offers to try the app on (the seeds);
    `index_in_own_process`: indexing passes run in a child process (the desktop app)."""

    def __init__(
        self,
        settings: QSettings | None = None,
        sample: Path | None = None,
        *,
        index_in_own_process: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Entity Explorer")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.settings = settings or keys.open_settings()
        self.state = ExplorerState()
        self.runner = TaskRunner(self)
        self.corrections = CorrectionHistory(self.state, self.runner, self)
        self.corpus = CorpusController(
            self.state, self.runner, self, own_process=index_in_own_process
        )

        self.entity_model = EntityTableModel(self)
        self.comention_model = CoMentionTableModel(self)
        self.passage_model = PassageListModel(self)
        self.entities = EntitySource(self.state, self.runner, self.entity_model)
        self.comentions = CoMentionSource(self.state, self.runner, self.comention_model)
        self.passages = PassageSource(self.state, self.runner, self.passage_model)
        self.distribution = DistributionSource(self.state, self.runner, self)
        self.documents = DocumentSource(self.state, self.runner, self)
        self.watch_list = WatchSource(self.state, self.runner, WatchTableModel(self))
        self.dossiers = DossierExporter(self.state, self.runner, self)
        self.network = NetworkSource(self.state, self.runner, self)
        self.timeline = TimelineSource(self.state, self.runner, self)

        self._build_panels(sample)
        self._build_docks()
        self.actions = Actions(self)
        self._build_toolbars()
        self._initial_layout = self.saveState(LAYOUT_VERSION)
        self._build_status()
        self._under_welcome: QByteArray | None = None  # the layout the welcome screen covers
        self._wire()
        self._restore()
        self._sync_page()

    # --- building ---------------------------------------------------------------------

    def _build_panels(self, sample: Path | None) -> None:
        state = self.state
        self.entity_panel = EntityPanel(state, self.entity_model, self.corrections)
        self.top_n = QSpinBox(objectName="topN", minimum=5, maximum=100, singleStep=5)
        self.top_n.setPrefix("Top ")
        self.top_n.setToolTip("How many entities the chart shows")
        self.top_n.valueChanged.connect(lambda value: state.update(top=value))
        self.frequency_panel = ChartPanel(
            "frequencyChart",
            "The most-mentioned entities of the list; click a bar to select one",
            controls=self.top_n,
        )
        self.comention_panel = CoMentionPanel(state, self.comention_model, self.corrections)
        self.passage_panel = PassagePanel(state, self.passage_model)
        self.document_panel = DocumentPanel(state, self.corrections)
        self.distribution_panel = ChartPanel(
            "distributionChart",
            "Mentions of the selected entity per document (or over time); "
            "click a bar to open that document",
        )
        self.language_menu = LanguageMenu(state, self)
        self.focus_bar = FocusBar(state, self.language_menu)
        self.watch_panel = WatchPanel(state, self.watch_list, self.corrections)
        self.network_panel = NetworkPanel(state, self.network)
        self.timeline_panel = TimelinePanel(state, self.timeline)
        self.charts = [
            self.frequency_panel,
            self.comention_panel.chart,
            self.distribution_panel,
            self.network_panel,
            self.timeline_panel,
        ]
        self.current_chart = self.frequency_panel
        self.welcome = WelcomePanel(sample)
        self.welcome.set_recent(keys.recent_corpora(self.settings))
        self.pages = QStackedWidget(objectName="centralPages")
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.document_panel)
        self.setCentralWidget(self.pages)

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.entity_dock = _dock(self, "Entities", "entitiesDock", self.entity_panel, left)
        self.frequency_dock = _dock(self, "Frequency", "frequencyDock", self.frequency_panel, left)
        self.comention_dock = _dock(
            self, "Mentioned Together", "comentionsDock", self.comention_panel, right
        )
        self.distribution_dock = _dock(
            self, "Spread", "distributionDock", self.distribution_panel, right
        )
        self.passage_dock = _dock(self, "Passages", "passagesDock", self.passage_panel, bottom)
        self.watch_dock = _dock(self, "Watch-list", "watchListDock", self.watch_panel, right)
        self.tabifyDockWidget(self.distribution_dock, self.watch_dock)
        self.timeline_dock = _dock(self, "Timeline", "timelineDock", self.timeline_panel, right)
        self.tabifyDockWidget(self.distribution_dock, self.timeline_dock)
        self.distribution_dock.raise_()
        self.network_dock = _dock(self, "Network", "networkDock", self.network_panel, right)
        self.tabifyDockWidget(self.comention_dock, self.network_dock)
        self.comention_dock.raise_()
        self.docks = [
            self.entity_dock,
            self.frequency_dock,
            self.comention_dock,
            self.network_dock,
            self.distribution_dock,
            self.watch_dock,
            self.timeline_dock,
            self.passage_dock,
        ]

    def _build_toolbars(self) -> None:
        self.addToolBar(self.actions.toolbar)
        self.addToolBarBreak()
        self.focus_toolbar = QToolBar("Focus", self, objectName="focusToolbar", movable=False)
        self.focus_toolbar.addWidget(self.focus_bar)
        self.addToolBar(self.focus_toolbar)

    def _default_size(self) -> None:
        """Most of the screen, at most DEFAULT_SIZE."""
        screen = self.screen().availableGeometry()
        self.resize(
            min(DEFAULT_SIZE[0], int(screen.width() * 0.94)),
            min(DEFAULT_SIZE[1], int(screen.height() * 0.92)),
        )

    def _default_layout(self) -> None:
        """Entities on the left, the document in the middle over its passages, co-mentions
        and spread on the right (applied once shown: docks have no size before)."""
        width, height = self.width(), self.height()
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.resizeDocks(
            [self.entity_dock, self.comention_dock],
            [int(width * 0.28), int(width * 0.29)],
            horizontal,
        )
        self.resizeDocks(
            [self.entity_dock, self.frequency_dock],
            [int(height * 0.5), int(height * 0.4)],
            vertical,
        )
        self.resizeDocks(
            [self.comention_dock, self.distribution_dock],
            [int(height * 0.58), int(height * 0.32)],
            vertical,
        )
        self.resizeDocks([self.passage_dock], [int(height * 0.3)], vertical)

    def _build_status(self) -> None:
        self.index_status = IndexStatus(self.state)
        self.index_status.cancel.clicked.connect(self.corpus.cancel)
        self.unread = UnreadNotice()
        self.summary = CorpusSummaryLabel()
        self.language_note = LanguageNote()
        self.statusBar().addPermanentWidget(self.index_status)
        self.statusBar().addPermanentWidget(self.unread)
        self.statusBar().addPermanentWidget(self.language_note)
        self.statusBar().addPermanentWidget(self.summary)

    def _wire(self) -> None:
        state = self.state
        self.entities.chartChanged.connect(self.frequency_panel.set_data)
        self.entities.countsChanged.connect(self.focus_bar.set_counts)
        self.entities.countsChanged.connect(self._show_summary)
        self.comentions.chartChanged.connect(self.comention_panel.chart.set_data)
        self.distribution.chartChanged.connect(self.distribution_panel.set_data)
        self.passages.headerChanged.connect(self.passage_panel.set_header)
        self.documents.documentChanged.connect(self.document_panel.show_document)
        self.frequency_panel.barClicked.connect(
            lambda bar: state.navigate(entity=_entity(bar), comention=None)
        )
        self.comention_panel.chart.barClicked.connect(
            lambda bar: state.navigate(comention=_entity(bar))
        )
        self.distribution_panel.barClicked.connect(
            lambda bar: state.navigate(location=Location(int(bar.key or 0), 0, 0))
        )
        for chart in self.charts:
            chart.used.connect(lambda chart=chart: setattr(self, "current_chart", chart))
            chart.exported.connect(self.show_message)
        self.corpus.progress.connect(self.index_status.show_progress)
        self.corpus.finished.connect(self.show_message)
        self.corpus.unread.connect(lambda unread: self.unread.show_unread(unread, state.corpus))
        self.corpus.failed.connect(self._show_error)
        self.welcome.openFolder.connect(self.actions.open_folder.trigger)
        self.welcome.openCorpus.connect(lambda corpus: self.open_corpus(list(corpus)))
        self.corrections.applied.connect(self.show_message)
        self.dossiers.finished.connect(self.show_message)
        self.dossiers.failed.connect(self._show_error)
        self.corrections.failed.connect(self._show_error)
        for panel, dock, source in (
            (self.network_panel, self.network_dock, self.network),
            (self.timeline_panel, self.timeline_dock, self.timeline),
        ):
            ShownWatch(panel, dock).shownChanged.connect(source.set_active)
        self.network.failed.connect(self._show_error)
        self.timeline.failed.connect(self._show_error)
        self.runner.error.connect(self._show_error)
        state.on(("corpus", "entity"), self._sync_title)
        state.on("corpus", self._sync_page)

    # --- settings ---------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        self.state.update(
            window=s.value(keys.WINDOW, "sentence", type=str),
            kind=s.value(keys.KIND, "all", type=str),
            top=s.value(keys.TOP, 20, type=int),
            include_demonyms=s.value(keys.DEMONYMS, True, type=bool),
            include_places=s.value(keys.PLACES, False, type=bool),
        )
        self.top_n.setValue(self.state.top)
        geometry = s.value(keys.GEOMETRY, b"", type=bytes)
        layout = s.value(keys.DOCK_STATE, b"", type=bytes)
        if not (geometry and self.restoreGeometry(geometry)):
            self._default_size()
        self._needs_layout = not (layout and self.restoreState(layout, LAYOUT_VERSION))

    def save_settings(self) -> None:
        s, state = self.settings, self.state
        s.setValue(keys.GEOMETRY, self.saveGeometry())
        s.setValue(
            keys.DOCK_STATE,
            self._under_welcome
            if self._under_welcome is not None
            else self.saveState(LAYOUT_VERSION),
        )
        s.setValue(keys.WINDOW, state.window)
        s.setValue(keys.KIND, state.kind)
        s.setValue(keys.TOP, state.top)
        s.setValue(keys.DEMONYMS, state.include_demonyms)
        s.setValue(keys.PLACES, state.include_places)
        s.sync()

    def reset_layout(self) -> None:
        if self._under_welcome is not None:  # the layout the welcome screen covers is reset
            self._under_welcome, self._needs_layout = self._initial_layout, True
            return
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        self.restoreState(self._initial_layout, LAYOUT_VERSION)
        self._default_layout()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._lay_out_once()

    def _lay_out_once(self) -> None:
        """The default layout when none was saved, once the docks are shown and sized."""
        if self._needs_layout and self.isVisible() and self._under_welcome is None:
            self._needs_layout = False
            QTimer.singleShot(0, self._default_layout)

    # --- what the user opens ----------------------------------------------------------

    def open_corpus(self, roots: Sequence[Path]) -> None:
        self.corpus.open(roots)
        if self.state.corpus:
            keys.remember_corpus(self.settings, self.state.corpus)
            self.actions.refresh_recent()

    def add_to_corpus(self, paths: Sequence[Path]) -> None:
        self.open_corpus([*self.state.corpus, *paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_corpus(paths))

    # --- feedback ---------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _show_error(self, text: str) -> None:
        first = text.splitlines()[0] if text else "Something went wrong."
        self.statusBar().showMessage(first, STATUS_MESSAGE_MS * 2)
        if self.isVisible():
            QMessageBox.warning(self, "Entity Explorer", text.split("\nTraceback")[0])

    def _show_summary(self, summary: CorpusSummary | None, _in_focus: object) -> None:
        self.summary.show_summary(summary, self.state.indexing)
        self.language_note.show_summary(summary)
        self.language_menu.set_summary(summary)
        self.passage_panel.set_languages(summary)

    def _sync_page(self) -> None:
        """The welcome screen, alone in the window, until a corpus is open; then the panels
        in the layout it covered (which is also the layout saved meanwhile)."""
        opened = bool(self.state.corpus)
        if opened and self._under_welcome is not None:
            self.restoreState(self._under_welcome, LAYOUT_VERSION)
            self._under_welcome = None
            self.pages.setCurrentWidget(self.document_panel)
            self._lay_out_once()
        elif not opened and self._under_welcome is None:
            self._under_welcome = self.saveState(LAYOUT_VERSION)
            for dock in self.docks:
                dock.hide()
            self.focus_toolbar.hide()
            self.pages.setCurrentWidget(self.welcome)

    def _sync_title(self) -> None:
        label = corpus_label(self.state.corpus)
        entity = self.state.entity
        parts = [entity.name if entity else "", label, "Entity Explorer"]
        self.setWindowTitle(" — ".join(part for part in parts if part))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        self.runner.shutdown()
        super().closeEvent(event)
