"""Sources: what turns the shared state into rows, through the task runner.

Each source listens to the parts of the state its panel shows, asks the index
off the UI thread, and hands the answer to a model or emits it (chart data, a
document). Panels only display; they never query. While a pass runs, the entity
list and the charts follow its interim resolutions (`partial`); the passages and
the document wait for its end, so what the user is reading stays put.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.app import views
from explorer.app.kwic import kwic, location_of
from explorer.app.languages import documents_in, missing_pipeline_note
from explorer.app.state import EntityRef, ExplorerState
from explorer.charts.data import (
    EMPTY_CHART,
    ChartData,
    ChartFocus,
    comention_chart,
    distribution_chart,
    frequency_chart,
)
from explorer.charts.kinds import kind_filter_label
from explorer.corpus.read import readable_types
from explorer.index.queries import Spread
from explorer.ui.models import CoMentionTableModel, EntityTableModel, PassageListModel
from explorer.ui.tasks import TaskRunner
from explorer.wording import corpus_label, counted

SEARCH_DEBOUNCE_MS = 60
COMENTION_CHART_TOP = 15
FOCUS_FIELDS = (
    "index",
    "revision",
    "focus",
    "focus_any",
    "focus_period",
    "focus_language",
    "include_demonyms",
    "include_places",
)


def partial_text(state: ExplorerState) -> str:
    """'partial: 800 of 2,225 files' while the entities shown are those of the files an
    indexing pass has read so far; '' otherwise."""
    if state.partial is None:
        return ""
    files, total = state.partial
    return f"partial: {files:,} of {counted(total, 'file')}"


def chart_corpus(state: ExplorerState) -> str:
    """What a chart's subtitle starts with: the corpus, and whether its entities are partial."""
    return " · ".join(part for part in (corpus_label(state.corpus), partial_text(state)) if part)


def chart_focus(state: ExplorerState) -> ChartFocus:
    period = state.focus_period.label if state.focus_period else ""
    language = documents_in(state.focus_language) if state.focus_language else ""
    return ChartFocus(
        state.focus, state.include_demonyms, state.include_places, state.focus_any, period, language
    )


def _no_index_text(state: ExplorerState) -> str | None:
    if state.index is None:
        return (
            "Open a folder of documents (File → Open Folder…, Ctrl+O) to see who and "
            "what it mentions."
        )
    return None


class EntitySource(QObject):
    """Entities of the focus and kind from the index, filtered by the search box in Python."""

    chartChanged = Signal(object)  # ChartData of the frequency chart
    countsChanged = Signal(object, object)  # CorpusSummary | None, documents in focus | None

    def __init__(self, state: ExplorerState, runner: TaskRunner, model: EntityTableModel) -> None:
        super().__init__(model)
        self._state, self._runner, self.model = state, runner, model
        self._result = views.EntityList([], {}, None)
        # (search key, row) of every loaded row, and the rows the last search matched, in
        # query order (most mentioned first); a search that extends it filters those.
        self._haystack: list[tuple[str, Any]] = []
        self._matched: tuple[str, list[tuple[str, Any]]] = ("", [])
        self._ranked: list[Any] = []  # the rows shown, in query order (the model may re-sort)
        self.chart: ChartData = EMPTY_CHART
        self._pick_first = False  # select the most-mentioned entity once a new corpus has loaded
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._filter)
        state.on("corpus", self._new_corpus)
        state.on((*FOCUS_FIELDS, "kind", "indexing", "partial"), self.reload)
        state.on("search", self._debounce.start)
        state.on("top", self._publish_chart)

    def _new_corpus(self) -> None:
        self._pick_first = True

    def reload(self) -> None:
        state = self._state
        kinds = None if state.kind == "all" else [state.kind]
        self._runner.start(
            "entities",
            views.load_entities,
            state.index,
            kinds,
            state.focus_query(),
            on_done=self._loaded,
        )

    def _loaded(self, result: views.EntityList) -> None:
        self._result = result
        keys = result.keys
        self._haystack = [(keys.get(row.id) or row.name.casefold(), row) for row in result.rows]
        self._matched = ("", self._haystack)
        self.countsChanged.emit(result.summary, result.in_focus)
        self._filter()
        if self._pick_first and result.rows:
            self._pick_first = False
            if self._state.entity is None:
                first = self.model.row(0)
                self._state.update(entity=EntityRef(first.id, first.name, first.kind))

    def _filter(self) -> None:
        """Filter as you type: a substring of the name or of any alias ("jong-un")."""
        needle = self._state.search.strip().casefold()
        previous, matched = self._matched
        pool = matched if previous in needle else self._haystack
        if needle != previous:
            matched = [pair for pair in pool if needle in pair[0]]
            self._matched = (needle, matched)
        self._ranked = [row for _, row in matched]
        self.model.set_rows(self._ranked, self._empty_text())
        self._publish_chart()

    def _empty_text(self) -> str:
        state = self._state
        missing = _no_index_text(state)
        if missing:
            return missing
        summary = self._result.summary
        if summary is None or summary.entities == 0:
            if state.indexing:
                return "Indexing… the entities appear here as the documents are read."
            if summary is not None and not summary.documents:
                return (
                    f"No readable documents in “{corpus_label(state.corpus)}”.\n"
                    f"Entity Explorer reads {readable_types()} files."
                )
            return "No entities found in these documents."
        note = missing_pipeline_note(summary, state.focus_language)
        if note and not self._result.rows:
            return f"{note}.\nTheir passages can still be searched and read."
        what = "entities" if state.kind == "all" else kind_filter_label(state.kind).lower()
        where = " in the focused documents" if state.focus_query() else ""
        if state.search.strip():
            return (
                f"No {what} match “{state.search.strip()}”{where}.\n"
                "Clear the search box (Esc) to see them all."
            )
        if state.focus and not self._result.rows:
            return (
                f"No document mentions all of {' + '.join(state.focus_names())}.\n"
                "Remove an entity from the focus bar."
            )
        return f"No {what}{where}."

    def _publish_chart(self) -> None:
        state = self._state
        self.chart = frequency_chart(
            self._ranked,
            top=state.top,
            kind=state.kind,
            search=state.search.strip(),
            focus=chart_focus(state),
            corpus=chart_corpus(state),
        )
        if self._state.index is None:
            self.chart = EMPTY_CHART
        self.chartChanged.emit(self.chart)


class CoMentionSource(QObject):
    """Who is mentioned with the selected entity, in the chosen window, inside the focus."""

    chartChanged = Signal(object)

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, model: CoMentionTableModel
    ) -> None:
        super().__init__(model)
        self._state, self._runner, self.model = state, runner, model
        self.chart: ChartData = comention_chart(None, [], window=state.window, top=0)
        state.on((*FOCUS_FIELDS, "entity", "window", "partial"), self.reload)

    def reload(self) -> None:
        state = self._state
        if state.entity is None or state.index is None:
            self.model.set_rows(
                [], _no_index_text(state) or "Select an entity to see who is mentioned with it."
            )
            self._publish()
            return
        self._runner.start(
            "comentions",
            views.load_comentions,
            state.index,
            state.entity.id,
            state.window,
            state.focus_query(),
            on_done=self._loaded,
        )

    def _loaded(self, rows: list[Any]) -> None:
        state = self._state
        name = state.entity.name if state.entity else ""
        phrase = {
            "sentence": "a sentence",
            "paragraph": "a paragraph",
            "document": "a document",
        }.get(state.window, state.window)
        self.model.set_rows(
            rows,
            f"Nothing shares {phrase} with {name}"
            + (" in the focused documents." if state.focus_query() else ".")
            + "\nTry a wider window.",
        )
        self._publish()

    def _publish(self) -> None:
        state = self._state
        self.chart = comention_chart(
            state.entity.name if state.entity else None,
            self.model.rows(),
            window=state.window,
            top=COMENTION_CHART_TOP,
            focus=chart_focus(state),
            corpus=chart_corpus(state),
        )
        self.chartChanged.emit(self.chart)


class PassageSource(QObject):
    """The passages of the selected entity, or of the selected pair: the first page with
    the list, the next ones as the list is scrolled."""

    headerChanged = Signal(str)

    def __init__(self, state: ExplorerState, runner: TaskRunner, model: PassageListModel) -> None:
        super().__init__(model)
        self._state, self._runner, self.model = state, runner, model
        self._listed: views.PassageList | None = None  # the list whose pages are being read
        state.on((*FOCUS_FIELDS, "entity", "comention", "period"), self.reload)
        model.moreWanted.connect(self._load_page)

    def reload(self) -> None:
        state = self._state
        self._listed = None
        self._runner.cancel("passage page")
        if state.entity is None or state.index is None:
            self.model.set_rows(
                [],
                _no_index_text(state) or "Select an entity to list the passages that mention it.",
            )
            self.headerChanged.emit("")
            return
        other = state.comention.id if state.comention else None
        period = (state.period.first, state.period.last) if state.period else None
        self._runner.start(
            "passages",
            views.load_passages,
            state.index,
            state.entity.id,
            other,
            state.focus_query(),
            period,
            on_done=self._loaded,
        )

    def _loaded(self, result: views.PassageList) -> None:
        state = self._state
        entity = state.entity
        if entity is None:
            return
        self._listed = result
        pair = f"{entity.name} and {state.comention.name}" if state.comention else entity.name
        if state.period is not None:
            pair += f" {state.period.label}"
        rows = [kwic(row, entity.id) for row in result.rows]
        self.model.set_rows(
            rows,
            f"No passage mentions {pair}"
            + (" in the focused documents." if state.focus_query() else "."),
        )
        self.model.set_more(len(rows) < len(result.passage_ids))
        count = len(result.passage_ids)
        if result.more:
            header = f"More than {count:,} passages mention {pair}; the first {count:,} are listed"
        else:
            noun = "passage mentions" if count == 1 else "passages mention"
            header = f"{count:,} {noun} {pair}"
        others = [name for name in result.aliases if name != entity.name]
        if others and state.comention is None:
            header += " · also written " + ", ".join(others[:6]) + ("…" if len(others) > 6 else "")
        self.headerChanged.emit(header)
        if state.location is None and rows:  # the first evidence, before anything was opened
            state.update(location=location_of(rows[0]))

    def _load_page(self) -> None:
        listed, state = self._listed, self._state
        if listed is None or state.entity is None:
            return
        start = self.model.rowCount()
        ids = listed.passage_ids[start : start + views.PASSAGE_PAGE]
        entity_id = state.entity.id
        self._runner.start(
            "passage page",
            views.load_passage_page,
            state.index,
            ids,
            listed.entity_ids,
            on_done=lambda rows: self._page_loaded(listed, entity_id, rows),
        )

    def _page_loaded(self, listed: views.PassageList, entity_id: int, rows: list[Any]) -> None:
        if listed is not self._listed:
            return  # the selection changed while the page was read
        self.model.append_rows([kwic(row, entity_id) for row in rows])
        self.model.set_more(self.model.rowCount() < len(listed.passage_ids) and bool(rows))


class DistributionSource(QObject):
    """Mentions of the selected entity per document (or over time), inside the focus."""

    chartChanged = Signal(object)

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.chart: ChartData = distribution_chart(None, None)
        state.on((*FOCUS_FIELDS, "entity", "partial"), self.reload)

    def reload(self) -> None:
        state = self._state
        if state.entity is None or state.index is None:
            self._loaded(None)
            return
        self._runner.start(
            "distribution",
            views.load_distribution,
            state.index,
            state.entity.id,
            state.focus_query(),
            on_done=self._loaded,
        )

    def _loaded(self, spread: Spread | None) -> None:
        state = self._state
        entity = state.entity
        self.chart = distribution_chart(
            entity.name if entity else None,
            spread,
            kind=entity.kind if entity else "",
            focus=chart_focus(state),
            corpus=chart_corpus(state),
        )
        self.chartChanged.emit(self.chart)


class DocumentSource(QObject):
    """The document of the current location, with every mention and the names they point to."""

    documentChanged = Signal(object, object)  # OpenDocument | None, Location | None

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self._shown: tuple[int, int] | None = None  # (revision, doc_id) of the loaded document
        self._document: views.OpenDocument | None = None
        state.on(("index", "revision", "location"), self.reload)

    def reload(self) -> None:
        state = self._state
        location = state.location
        if location is None or state.index is None:
            self._document, self._shown = None, None
            self.documentChanged.emit(None, None)
            return
        if self._shown == (state.revision, location.doc_id) and self._document is not None:
            self._emit()
            return
        self._runner.start(
            "document",
            views.load_document,
            state.index,
            location.doc_id,
            on_done=lambda doc, key=(state.revision, location.doc_id): self._loaded(doc, key),
        )

    def _loaded(self, document: views.OpenDocument | None, key: tuple[int, int]) -> None:
        self._document, self._shown = document, key
        self._emit()

    def _emit(self) -> None:
        state = self._state
        entity_id = state.entity.id if state.entity else None
        self.documentChanged.emit(
            self._document, views.marked(self._document, state.location, entity_id)
        )
