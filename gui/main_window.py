"""The main window: article list on the left, timeline above the article text, status bar below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.actions.curation_actions import CurationActions
from gui.actions.document_date import DocumentDateEdits
from gui.actions.project_controller import ProjectController
from gui.export.export_actions import ExportActions
from gui.export.summary_dialog import SummaryDialog
from gui.panels.article_view import ArticleView
from gui.panels.dct_panel import DctPanel, highlight_range
from gui.panels.event_table_view import EventTableView
from gui.panels.facet_panel import FacetPanel
from gui.panels.filter_bar import FilterBar
from gui.panels.sources_panel import SourcesPanel
from gui.settings import WindowSettings
from gui.timeline.overview_strip import OverviewStrip
from gui.timeline.timeline_view import TimelineView
from model.core.documents import Article
from model.core.events import Event
from model.qt.article_list_model import ArticleColumn, ArticleListModel, ArticleRole
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel
from model.qt.facet_model import ArticleFilterModel, FacetSet
from model.qt.key_ranks import KeyRanker
from model.state.selection import Selection
from model.state.session import Session
from model.state.workflow import Workflow, summary

OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.json *.jsonl *.csv *.tml *.xml);;Chronicle projects (*.chronicle);;All files (*)"


class MainWindow(QMainWindow):
    """Lays out the views and wires them to the state: the session, the one ``Selection`` and the
    workflow's job runner, which the actions, panels and exports get in their constructors."""

    def __init__(self, session: Session, workflow: Workflow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workflow = workflow
        self.jobs = workflow.jobs
        self.selection = Selection(session, self)
        self.setWindowTitle("Chronicle")
        self.setAcceptDrops(True)
        self.resize(1400, 900)

        self.event_model = EventTableModel(session, self)
        self.event_filter = EventFilterModel(self)
        self.event_filter.setSourceModel(self.event_model)
        self.article_model = ArticleListModel(session, self)
        # Every view follows the one filter: the timeline and the table read event_filter,
        # the article list keeps the articles with a shown event.
        self.facets = FacetSet(self.event_filter, session, self)
        self.article_filter = ArticleFilterModel(self.event_filter, self)
        self.article_filter.setSourceModel(self.article_model)
        self._build_views()
        self.exports = ExportActions(self, session, self.event_filter, self.timeline, self.jobs)
        self.summary_dialog: SummaryDialog | None = None  # View > Summarize…, made on first use
        self._build_status_bar()
        self._build_errors_dock()
        self._build_filter_dock()
        self._build_menus()
        self._connect()
        # File > New/Open project/Save/Recent, autosave, crash recovery.
        self.project = ProjectController(self, session, workflow, self.jobs)
        # Edit menu + undo stack, on the timeline's and the table's context menus too.
        self.curation = CurationActions(self, session, self.selection)
        self.curation.attach_timeline(self.timeline)
        self.curation.attach_event_table(self.event_table)
        self._build_dct_dock()
        # Last: every dock and splitter exists, so the saved geometry and sizes apply to them.
        self.window_settings = WindowSettings(self)
        self.window_settings.restore()
        # A saved dock state may show Problems; it is shown only while there are problems.
        self.errors_dock.setVisible(bool(self.session.errors))

    # --- construction ---------------------------------------------------------------
    def _build_views(self) -> None:
        self.article_list = QTableView()
        self.article_list.setModel(self.article_filter)
        self.article_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.article_list.verticalHeader().hide()
        self.article_list.setWordWrap(False)
        self.article_list.setAlternatingRowColors(True)
        header = self.article_list.horizontalHeader()
        header.setSectionResizeMode(ArticleColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized to their contents once per result, not on every change: ResizeToContents re-measures
        # every row on each dataChanged (seconds for a 10,000-article project under a filter).
        header.setResizeContentsPrecision(300)
        for column in (ArticleColumn.SOURCE, ArticleColumn.DATE, ArticleColumn.EVENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

        self.timeline = TimelineView(selection=self.selection)
        self.timeline.set_model(self.event_filter)
        self.overview = OverviewStrip(self.timeline)
        # Lane grouping and legend above the timeline, the whole-span overview under it.
        self.timeline_panel = QWidget()
        timeline_layout = QVBoxLayout(self.timeline_panel)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(0)
        timeline_layout.addWidget(self.timeline.toolbar())
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.overview)
        self.article_view = ArticleView()
        self.event_table = EventTableView(selection=self.selection)
        self.event_table.setModel(self.event_filter)
        self.filter_bar = FilterBar(self.event_filter, self.facets.label)
        # Key-event ranks are computed in a job after every change; the control is busy meanwhile.
        self.key_ranker = KeyRanker(self.event_filter, self.jobs, self)
        self.key_ranker.busyChanged.connect(self.filter_bar.show_ranking)
        self.key_ranker.progress.connect(self.filter_bar.show_rank_progress)
        self.filter_bar.show_ranking(self.key_ranker.busy)

        # Shown instead of a dialog when the language model is missing.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet("QLabel { background: #fdecea; color: #611a15; padding: 8px; border: 1px solid #f5c2c0; }")
        self.banner.hide()

        # Under the timeline: the event table beside the article text.
        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.lower_splitter.addWidget(self.event_table)
        # Above the article text, the reports of a merged entry (hidden for a single report).
        self.sources_panel = SourcesPanel(self.event_filter, selection=self.selection)
        article_panel = QWidget()
        article_layout = QVBoxLayout(article_panel)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.setSpacing(0)
        article_layout.addWidget(self.sources_panel)
        article_layout.addWidget(self.article_view, 1)
        self.lower_splitter.addWidget(article_panel)
        self.lower_splitter.setSizes([600, 420])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.timeline_panel)
        right.addWidget(self.lower_splitter)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([520, 340])

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 1020])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel("Starting…")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%v / %m articles")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the analysis (Esc)")
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def _build_errors_dock(self) -> None:
        self.errors_list = QListWidget()
        self.errors_dock = QDockWidget("Problems", self)
        self.errors_dock.setObjectName("problems")
        self.errors_dock.setWidget(self.errors_list)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.errors_dock)
        self.errors_dock.hide()

    def _build_filter_dock(self) -> None:
        self.facet_panel = FacetPanel(self.event_filter, self.facets, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.facet_panel)

    def _build_dct_dock(self) -> None:
        """The selected article's document date, in a dock on the right; its edits are undoable."""
        self.dct_panel = DctPanel(self.session)
        dock = QDockWidget("Document date", self)
        dock.setObjectName("document-date")
        dock.setWidget(self.dct_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.dct_dock = dock
        self.document_dates = DocumentDateEdits(self.dct_panel, self.session, self.curation, self.workflow, self.jobs)
        self.dct_panel.evidenceActivated.connect(self._show_evidence)
        self.dct_panel.needs_date_toggle.toggled.connect(self.article_filter.set_needs_date_only)
        self.session.resultChanged.connect(self._show_needs_date_count)
        self.session.articlesChanged.connect(lambda _ids: self._show_needs_date_count())
        self._show_needs_date_count()
        # After _on_result has re-shown the article (connected first, in _connect).
        self.session.resultChanged.connect(self._dct_follow_article_view)
        self._dct_follow_article_view()

    def _action(self, text: str, shortcut: QKeySequence | str | list, slot: object, tip: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if tip:
            action.setStatusTip(tip)
        self.addAction(action)  # shortcuts work whichever child has the focus
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.open_action = self._action("&Open…", QKeySequence(QKeySequence.StandardKey.Open), self.open_dialog, "Open articles")
        self.export_action = self._action("&Export image…", "Ctrl+E", self.exports.export_dialog, "Export the timeline as PNG")
        self.export_data_action = self._action(
            "Export &data…", "Ctrl+Shift+E", self.exports.export_data_dialog,
            "Export the shown events as CSV, Excel, JSON, TimelineJS, TimeML or iCalendar",
        )
        self.quit_action = self._action("&Quit", "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = menu.addMenu("&View")
        self.fit_action = self._action("&Fit all", "Ctrl+0", self.timeline.fit_all)
        self.zoom_in_action = self._action(
            "Zoom &in", [QKeySequence("+"), QKeySequence("="), QKeySequence(QKeySequence.StandardKey.ZoomIn)], self.timeline.zoom_in
        )
        self.zoom_out_action = self._action(
            "Zoom &out", [QKeySequence("-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)], self.timeline.zoom_out
        )
        self.problems_action = self.errors_dock.toggleViewAction()
        self.problems_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.find_action = self._action(
            "&Search events", QKeySequence(QKeySequence.StandardKey.Find), self.filter_bar.focus_search,
            "Search headlines and sentences",
        )
        self.key_events_action = self._action(
            "&Key events…", "Ctrl+K", self.filter_bar.focus_key_events,
            "Show only the most important happenings (the ones most reported and referred to)",
        )
        self.clear_filters_action = self._action("&Clear filters", "Ctrl+Shift+F", self.filter_bar.clear_all)
        self.summarize_action = self._action(
            "Summari&ze…", "Ctrl+Shift+K", self.open_summary,
            "The key dates of the open articles, each with its best sentences (JSON, Markdown)",
        )
        self.filters_action = self.facet_panel.toggleViewAction()
        for action in (self.find_action, self.key_events_action, self.summarize_action, self.clear_filters_action,
                       self.filters_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.problems_action)

        self.cancel_action = self._action("Cancel analysis", "Esc", self.workflow.cancel)
        self.cancel_action.setEnabled(False)

    def _connect(self) -> None:
        # The timeline writes the selection itself (click, arrow keys).
        self.timeline.eventOpened.connect(self._open_source)  # Enter on the timeline
        # The timeline, the event table and the sources panel follow and write the selection
        # themselves; the article view and the article list follow it from here.
        self.article_view.eventClicked.connect(self.selection.select)
        self.event_table.eventActivated.connect(self._open_source)
        self.selection.currentChanged.connect(self._show_current)
        self.article_list.selectionModel().currentRowChanged.connect(self._on_article_row)
        self.exports.message.connect(self.status_label.setText)
        self.cancel_button.clicked.connect(self.workflow.cancel)
        self.session.errorsChanged.connect(self._show_errors)
        self.session.resultChanged.connect(self._on_result)
        self.workflow.message.connect(self.status_label.setText)
        self.workflow.progress.connect(self._on_progress)
        self.workflow.busyChanged.connect(self._on_busy)
        self.workflow.modelFailed.connect(self._on_model_failed)
        self.workflow.extractionFailed.connect(lambda msg: self.status_label.setText(msg))
        self.key_ranker.failed.connect(self.status_label.setText)

    # --- workflow feedback ----------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.show()
        self.cancel_button.show()

    def _on_busy(self, busy: bool) -> None:
        self.cancel_action.setEnabled(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)  # indeterminate until the first progress report
            self.progress_bar.show()
        else:
            self.progress_bar.hide()

    def _on_model_failed(self, message: str) -> None:
        self.banner.setText("The articles cannot be analysed: " + message)
        self.banner.show()
        self.status_label.setText("No language model: see the message above")

    def _show_errors(self) -> None:
        errors = self.session.errors
        self.errors_list.clear()
        self.errors_list.addItems(errors)
        self.errors_dock.setVisible(bool(errors))
        if errors:
            self.errors_dock.setWindowTitle(f"Problems ({len(errors)})")
            self.statusBar().showMessage(f"{len(errors)} file problem(s): see Problems below — {errors[-1]}", 15000)

    def _on_result(self) -> None:
        self.status_label.setText(summary(self.session.result))
        # Plain-text articles carry no source: hide the column rather than show it empty.
        no_source = all(not a.source for a in self.session.articles)
        self.article_list.setColumnHidden(ArticleColumn.SOURCE, no_source)
        for column in (ArticleColumn.SOURCE, ArticleColumn.DATE, ArticleColumn.EVENTS):
            self.article_list.resizeColumnToContents(column)
        # Event objects are new after every extraction: re-show what was on screen from the new ones.
        shown = self.article_view.article
        current = self.selection.current
        if current is not None and self.event_model.find_event(current) is not None:
            self.selection.select(current)
        elif shown is not None and self.article_model.row_of(shown.id) >= 0:
            self.selection.clear()
            self.article_view.show_article(self._article(shown.id), self._article_events(shown.id))
        elif self.article_model.rowCount() > 0:
            self.selection.clear()
            self.article_view.show_article(None)
            self.article_list.selectRow(0)
            self._on_article_row(self.article_model.index(0, 0), self.article_model.index(0, 0))
        else:
            self.selection.clear()
            self.article_view.show_article(None)

    # --- the selection, shown in the article view and the article list -------------
    def _open_source(self, event_id: str) -> None:
        """Enter on a row: the event's sentence in the article view, with the focus there."""
        self.selection.select(event_id)
        self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _article(self, article_id: str) -> Article | None:
        row = self.article_model.row_of(article_id)
        return self.article_model.article_at(row)

    def _show_current(self, event_id: str | None) -> None:
        """The current event's article: its row in the list, its text at the event's sentence (a
        report's own sentence, even when its entry's row and marker stand for it), its date."""
        event = self.event_model.find_event(event_id) if event_id is not None else None
        article = self._article(event.article) if event is not None else None
        if event is None or article is None:
            return
        self._select_article_row(article.id)
        self.article_view.show_event(article, event, self._article_events(article.id))
        self.dct_panel.show_article(article.id)

    def _article_events(self, article_id: str) -> list[Event]:
        return self.event_model.events_for_article(article_id)

    def _select_article_row(self, article_id: str) -> None:
        row = self.article_filter.row_of(article_id)
        if row < 0:
            return
        index = self.article_filter.index(row, 0)
        selection = self.article_list.selectionModel()
        if selection.currentIndex().row() == row:
            return
        selection.blockSignals(True)  # the event, not the row change, decides what the text view shows
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.article_list.viewport().update()
        self.article_list.scrollTo(index)

    def _on_article_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        article = current.data(ArticleRole.ARTICLE)  # a row of the article list's proxy
        if isinstance(article, Article):
            self.sources_panel.show_event(None)
            self.article_view.show_article(article, self._article_events(article.id))
            self.dct_panel.show_article(article.id)

    def _dct_follow_article_view(self) -> None:
        shown = self.article_view.article
        self.dct_panel.show_article(shown.id if shown is not None else None)

    def _show_needs_date_count(self) -> None:
        count = self.article_filter.needs_date_count()
        self.dct_panel.needs_date_toggle.setText(f"Article list: only the {count} that need a date")

    def _show_evidence(self, article_id: str, start: int, end: int) -> None:
        article = self.session.find_article(article_id)
        if article is not None:
            highlight_range(self.article_view, article, self._article_events(article_id), start, end)

    def open_summary(self) -> SummaryDialog:
        """View > Summarize…: one dialog per window, kept (its options and last summary) between uses."""
        if self.summary_dialog is None:
            self.summary_dialog = SummaryDialog(self.session, self.jobs, self)
            self.summary_dialog.exported.connect(self.status_label.setText)
            self.summary_dialog.eventChosen.connect(self._open_source)
        self.summary_dialog.refresh_range()
        self.summary_dialog.show()
        self.summary_dialog.raise_()
        return self.summary_dialog

    # --- files ----------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> None:
        self.workflow.open_paths(paths)

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", "", OPEN_FILTER)
        if files:
            self.open_paths(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)
        else:
            event.ignore()

    # --- lifetime -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.workflow.cancel()
        self.window_settings.save()
        super().closeEvent(event)

    def dispose(self) -> None:
        """Release the plot items explicitly; see gui.app for why."""
        self.key_ranker.stop()  # no ranking job may start after the runner has drained
        self.overview.dispose()
        self.timeline.dispose()
