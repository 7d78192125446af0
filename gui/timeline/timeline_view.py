"""The timeline: events in lanes (by article, participant, source, modality or none), zoomable in time.

`TimelineView` is the widget that composes the pieces of `gui/timeline/view/`, one concern each:
the model read into numpy columns (`EventFeed`), drawing at the level of detail (`MarkerLayer`:
above `max_markers` events in view one density image, below it stacked markers and period bars),
the headlines beside markers (`MarkerLabels`), the bands of undated happenings (`UndatedBands`),
selection rings and tooltips (`SelectionRings`), zoom and the view range (`ViewRange`) and lanes
(`LaneAxis`). It owns the plot, the two timers that turn bursts of model and range changes into one
rebuild or one layout, and the public calls the window, the actions and the tests use. Layout
happens after the range settles, so a frame while panning or zooming only repaints what is already
there. The view reads events only through the (filtered) event model; hidden events are the
filter's business, not ours.
"""

from __future__ import annotations

import contextlib

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractItemModel,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.timeline.date_axis import TimelineDateAxis
from gui.timeline.timeline_lod import stack_offsets, undated_groups
from gui.timeline.timeline_styles import (
    DEFAULT_COLOUR,
    MODALITY_COLOURS,
)
from gui.timeline.view.feed import EventFeed
from gui.timeline.view.labels import MarkerLabels
from gui.timeline.view.lanes import LEFT_AXIS_PIXELS, LaneAxis
from gui.timeline.view.markers import Marker, MarkerLayer
from gui.timeline.view.navigation import ViewRange
from gui.timeline.view.selection import SelectionRings, clicked_event, entry_marker, tip_text
from gui.timeline.view.undated_bands import UndatedBands
from model.render.timeline_columns import build_columns, no_articles
from model.state.selection import Selection

__all__ = ["MODALITY_COLOURS", "DEFAULT_COLOUR", "Marker", "TimelineView", "stack_offsets"]

# What an empty timeline says instead of an axis at "1 Jan 00:00".
EMPTY_HINT = "Open articles (Ctrl+O) or drop files here"
NO_MATCH_HINT = "No event matches the filters (Ctrl+Shift+F clears them)"


class TimelineView(QWidget):
    """`eventActivated(id)`: the user selected an event (click, arrow keys, Enter).
    `eventOpened(id)`: the user asked to open its source (Enter).

    What is selected lives in ``selection`` (the window's one ``Selection``, or the view's own): a
    click or an arrow key writes it, and the rings follow it. A report shown as part of an entry
    rings that entry's marker."""

    eventActivated = Signal(str)
    eventOpened = Signal(str)
    laneModeChanged = Signal(str)
    rebuilt = Signal()  # the set of shown events changed (the overview strip redraws)

    def __init__(self, parent: QWidget | None = None, *, selection: Selection | None = None) -> None:
        super().__init__(parent)
        self.selection = selection if selection is not None else Selection(parent=self)
        self._columns = build_columns([], "none", no_articles)
        self._marker_cache: dict[str, Marker] | None = None
        self.stats = {"rebuilds": 0, "partial_updates": 0, "layouts": 0}
        self._label_font = QFont()
        self._label_font.setPointSizeF(max(7.0, self._label_font.pointSizeF() * 0.9))

        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": TimelineDateAxis("bottom")})
        self.plot.setAntialiasing(True)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys come to this widget, not pyqtgraph's
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=True, y=False, alpha=0.2)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        item.getAxis("left").setWidth(LEFT_AXIS_PIXELS)
        self.view_box = item.getViewBox()
        self.view_box.setMouseEnabled(x=True, y=False)  # wheel zooms and drag pans in time only
        self.view_box.invertY(True)  # first lane at the top
        self.lanes = LaneAxis(self.plot, self)
        self.lanes.modeChosen.connect(self.set_lane_mode)

        # The events at the zoom's level of detail: density, or markers and period bars.
        self.markers = MarkerLayer(tip=self._tip)
        self.density, self.bars, self.scatter = self.markers.density, self.markers.bars, self.markers.scatter
        # The selected markers' rings; the rest of a multi-selection gets a thinner ring.
        self.rings = SelectionRings()
        self.highlight, self.selection_rings = self.rings.highlight, self.rings.others
        # Happenings the text gives no time for: one hollow band marker per lane at the document
        # date, labelled "3 undated · before 17 Nov 2021", never a marker on a day.
        self.undated = UndatedBands(item, self._label_font)
        self.undated_band = self.undated.item
        self.labels = MarkerLabels(item, self._label_font)
        for plot_item in (self.density, self.bars, self.scatter, self.selection_rings, self.highlight):
            item.addItem(plot_item)
        self.scatter.sigClicked.connect(self._on_clicked)

        # Model changes and range changes come in bursts: redraw once per burst.
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(lambda: self.rebuild(force=False))
        # The model, read into columns: the only way this view sees data.
        self.feed = EventFeed(self)
        self.feed.resetNeeded.connect(self._schedule_rebuild)
        self.feed.rowsChanged.connect(self._on_data_changed)
        self._range_timer = QTimer(self, singleShot=True, interval=30)
        self._range_timer.timeout.connect(self._refresh)
        self.view_box.sigXRangeChanged.connect(self._range_changed)
        self.view_box.sigResized.connect(self._range_changed)
        self.view_box.sigResized.connect(self.lanes.apply_ticks)

        self.selection.currentChanged.connect(self._show_current)
        self.selection.changed.connect(lambda _ids: self._draw_highlight())

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        # Zoom, pan and the hint of how many shown entries lie left and right of the view.
        self.range = ViewRange(self.plot)
        self.outside_hint = self.range.outside_hint
        # Over the plot, shown while there is no event; mouse events and drops go through to the window.
        self.empty_hint = QLabel(EMPTY_HINT, self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._show_empty_state()

    # --- model -------------------------------------------------------------
    def set_model(self, model: QAbstractItemModel) -> None:
        self.feed.set_model(model)
        self.rebuild()

    def _schedule_rebuild(self, *_: object) -> None:
        self._rebuild_timer.start()

    # --- lanes ---------------------------------------------------------------
    @property
    def lane_mode(self) -> str:
        return self.lanes.mode

    def set_lane_mode(self, mode: str) -> None:
        """Group lanes: "none", "article", "participant" (the events an entity takes part in, as
        extraction's ``entity_events`` found them; an event with several goes in its main
        participant's lane), "source" or "modality" (model.core.lanes)."""
        if not self.lanes.set_mode(mode):
            return
        self.rebuild()
        self.laneModeChanged.emit(mode)

    def lane_labels(self) -> list[str]:
        self._flush()
        return list(self._columns.lane_labels)

    def toolbar(self) -> QWidget:
        """A small bar for above the timeline: the lane grouping and the legend of marks."""
        return self.lanes.toolbar()

    # --- building ---------------------------------------------------------------
    def rebuild(self, force: bool = True) -> None:
        """Read every shown event again (model reset, rows in or out, lane mode)."""
        self._rebuild_timer.stop()
        had_events = len(self._columns) > 0
        columns = self.feed.read(self._columns, self.lanes.mode, force)
        if columns is None:
            return
        self._columns = columns
        self.stats["rebuilds"] += 1
        self._marker_cache = None
        self._apply_lanes()
        self.undated.draw(self._columns)
        if not had_events or not self._in_view():
            self.fit_all()
        self._show_empty_state()
        self._refresh(force=True)
        self.rebuilt.emit()

    def _show_empty_state(self) -> None:
        empty = len(self._columns) == 0
        if empty:
            self.empty_hint.setText(NO_MATCH_HINT if self.feed.source_has_events() else EMPTY_HINT)
        self.empty_hint.setVisible(empty)
        self.empty_hint.raise_()
        # No dates to show: no date labels (the epoch, "1 Jan 00:00", would be one), no grid.
        item = self.plot.getPlotItem()
        axis = item.getAxis("bottom")
        if isinstance(axis, TimelineDateAxis):
            axis.set_blank(empty)
        item.showGrid(x=not empty, y=False, alpha=0.2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.empty_hint.setGeometry(self.rect())

    def _apply_lanes(self) -> None:
        self.lanes.apply(self._columns.lane_labels)

    def _in_view(self) -> bool:
        x0, x1 = self.x_range()
        return self._columns.count_in(x0, x1) > 0

    def _on_data_changed(self, first: int, last: int) -> None:
        """Update the changed events in place; only the drawn window is laid out again."""
        if self._rebuild_timer.isActive():
            return  # a rebuild is coming anyway
        moved = self.feed.update_rows(self._columns, first, last, self.lanes.mode)
        if moved is None:
            self._schedule_rebuild()
            return
        if self.lanes.mode == "article":
            self._apply_lanes()
        self._marker_cache = None
        self.stats["partial_updates"] += 1
        if moved or self.markers.lod == "markers":
            self._refresh(force=True)
            self.rebuilt.emit()
        # else: a star or a new headline changes no density; the markers appear as you zoom in

    # --- level of detail -----------------------------------------------------
    def _range_changed(self, *_: object) -> None:
        self._range_timer.start()

    @property
    def max_markers(self) -> int:
        """Beyond this many events in view the density is drawn instead of markers."""
        return self.markers.max_markers

    @max_markers.setter
    def max_markers(self, count: int) -> None:
        self.markers.max_markers = count

    def showing_density(self) -> bool:
        self._flush()
        return self.markers.lod == "density"

    def drawn_marker_ids(self) -> list[str]:
        """Events drawn as markers right now (none while the density is shown)."""
        self._flush()
        return self.markers.drawn_ids(self._columns)

    def _refresh(self, force: bool = False) -> None:
        """Choose markers or density for the visible range; lay out again only if needed."""
        self._range_timer.stop()
        if self.markers.refresh(self._columns, self.view_box, force):
            self.stats["layouts"] += 1
            self._marker_cache = None
        self._draw_highlight()
        self._update_labels()
        self._update_outside_hint()

    def outside_counts(self) -> tuple[int, int]:
        """Shown entries before and after the visible range."""
        self._flush()
        return self.range.outside_counts(self._columns)

    def _update_outside_hint(self) -> None:
        self.range.show_outside(*self.outside_counts())

    # --- navigation ----------------------------------------------------------
    def fit_all(self) -> None:
        """Every event in view, except a few far outliers (see ``bulk_span``): the overview strip
        under the timeline still shows them, and panning reaches them."""
        self.range.fit(self._columns)

    def zoom(self, factor: float) -> None:
        """factor < 1 zooms in, > 1 out, around the centre of the view."""
        self.range.zoom(factor)

    def zoom_in(self) -> None:
        self.zoom(0.5)

    def zoom_out(self) -> None:
        self.zoom(2.0)

    def set_x_range(self, x0: float, x1: float) -> None:
        self.range.set_x_range(x0, x1)

    def x_range(self) -> tuple[float, float]:
        return self.range.x_range()

    def data_span(self) -> tuple[float, float] | None:
        """First and last instant of the shown events."""
        self._flush()
        return self._columns.span()

    def positions(self) -> np.ndarray:
        """Every shown event's position, sorted (for the overview's density)."""
        self._flush()
        return self._columns.sorted_x

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+0 fit, +/- zoom (the main window's actions take these first when present),
        Left/Right previous/next event in time, Enter open its source."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_0 and ctrl:
            self.fit_all()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Left:
            self.step_selection(-1)
        elif key == Qt.Key.Key_Right:
            self.step_selection(1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_selection(self, step: int) -> str | None:
        """Select the previous (-1) or next (+1) shown event in time order and announce it."""
        self._flush()
        event_id = self.range.step(self._columns, self.selected_event_id, step)
        if event_id is None:
            return None
        self.select_event(event_id)
        self.eventActivated.emit(event_id)
        return event_id

    def open_selected(self) -> None:
        selected = self.selected_event_id
        if selected is not None:
            self.eventActivated.emit(selected)
            self.eventOpened.emit(selected)

    # --- selection -------------------------------------------------------------
    def _entry(self, event_id: str | None) -> str | None:
        """The marker standing for the event: its own, or its entry's when it is a collapsed report."""
        return entry_marker(event_id, self._columns, self.undated, self.feed)

    @property
    def selected_event_id(self) -> str | None:
        """The marker drawn as the current one."""
        return self._entry(self.selection.current)

    def _flush(self) -> None:
        """Apply a model change or a range change still waiting for the next event-loop turn."""
        if self._rebuild_timer.isActive():
            self.rebuild(force=False)
        if self._range_timer.isActive():
            self._refresh()

    def select_event(self, event_id: str | None) -> None:
        """Select the event (in ``selection``): its marker is ringed and brought into view."""
        self.selection.select(event_id)

    def _show_current(self, _event_id: object = None) -> None:
        """Ring the current event's marker and bring it into view if it is off-screen."""
        self._flush()
        selected = self.selected_event_id
        c = self._columns
        # A marker off-screen is brought into view (one in an undated band stays where it is).
        if selected is not None and selected in c.index and self.range.bring_into_view(float(c.x[c.index[selected]])):
            self._refresh()
        self._draw_highlight()

    def _drawn_y(self, event_id: str) -> float:
        return self.markers.drawn_y(self._columns, event_id)

    def selection_ring_ids(self) -> list[str]:
        """The events drawn with the thin multi-selection ring."""
        return self.rings.ring_ids()

    def _draw_highlight(self) -> None:
        ringed = (e for e in map(self._entry, self.selection.ids) if e is not None)
        self.rings.draw(self.selected_event_id, ringed, self._columns, self._drawn_y, self.undated.position)

    def _on_clicked(self, _item: object, points: object, ev: object) -> None:
        spots = list(points) if points is not None else []  # type: ignore[call-overload]
        event_id = clicked_event(spots, ev, self.view_box)
        if event_id is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_event(event_id)
            self.eventActivated.emit(event_id)

    def marker_position(self, event_id: str) -> QPoint | None:
        """Where the event's marker is, in the plot's viewport coordinates (for clicks and tests)."""
        self._flush()
        i = self._columns.index.get(event_id)
        if i is None:
            return None
        scene = self.view_box.mapViewToScene(QPointF(float(self._columns.x[i]), self._drawn_y(event_id)))
        return self.plot.mapFromScene(scene)

    def event_near(self, pos: QPoint, pixels: float = 12.0) -> str | None:
        """The drawn marker nearest a point of the plot's viewport, within `pixels` (for context
        menus: one numpy pass over the drawn markers, not a mapping per event)."""
        self._flush()
        view = self.view_box.mapSceneToView(self.plot.mapToScene(pos))
        return self.markers.nearest(self._columns, view.x(), view.y(), self.view_box, pixels)

    def marker_ids(self) -> list[str]:
        """Every event the timeline shows (as a marker or within the density)."""
        self._flush()
        return list(self._columns.ids)

    @property
    def _markers(self) -> dict[str, Marker]:
        """Every shown event as a Marker (built on demand: at 100,000 events nobody needs it per frame)."""
        self._flush()
        if self._marker_cache is None:
            self._marker_cache = self.markers.markers(self._columns, self.feed.source_namer())
        return self._marker_cache

    def marker_styles(self) -> dict[str, tuple[str, str, str]]:
        """(symbol, pen colour and style, brush colour) of each drawn marker, by event id."""
        self._flush()
        return self.markers.styles(self._columns)

    # --- hover and labels ------------------------------------------------------
    def _tip(self, x: float, y: float, data: object) -> str:
        return tip_text(self._columns, self.feed, data)

    # --- undated happenings ----------------------------------------------------
    def shown_ids(self) -> list[str]:
        """Every event the timeline shows: on a day (a marker or the density) or in an undated band."""
        self._flush()
        return [*self._columns.ids, *(e.id for e, _ in self._columns.undated)]

    def lane_event_ids(self, label: str) -> list[str]:
        """The events a lane (by its label) holds: its markers in time order, then its undated band."""
        self._flush()
        c = self._columns
        if label not in c.lane_labels:
            return []
        lane = c.lane_labels.index(label)
        on_days = [c.ids[int(i)] for i in c.order if c.lane[i] == lane]
        return [*on_days, *(e.id for e, n in c.undated if n == lane)]

    def undated_groups(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(lane label, band label, event ids) of each band of undated happenings."""
        self._flush()
        labels = self._columns.lane_labels
        return [(labels[g.lane] if g.lane < len(labels) else "", g.label, g.event_ids)
                for g in undated_groups(self._columns)]

    @property
    def _labels(self) -> list[pg.TextItem]:
        return self.labels.items

    def _update_labels(self) -> None:
        """Label the markers in view; the undated bands' labels take their room first."""
        self.labels.clear()
        (_, _), y_range = self.view_box.viewRange()
        band_boxes = self.undated.place_labels(self.x_range(), y_range, self.view_box.width(), self.view_box.height())
        if self.markers.lod != "markers":
            return
        self.labels.place(self._columns, self.markers, self.view_box, band_boxes, self.feed.cluster_sources)

    def label_texts(self) -> list[str]:
        self._flush()
        return self.labels.texts()

    # --- lifetime ----------------------------------------------------------------
    def dispose(self) -> None:
        """Drop every plot item before Qt tears down (avoids a crash at interpreter exit)."""
        self._rebuild_timer.stop()
        self._range_timer.stop()
        self.feed.disconnect_model()
        with contextlib.suppress(RuntimeError, TypeError):
            self.view_box.sigXRangeChanged.disconnect(self._range_changed)
            self.view_box.sigResized.disconnect(self._range_changed)
            self.view_box.sigResized.disconnect(self.lanes.apply_ticks)
        self.labels.clear()
        with contextlib.suppress(RuntimeError, TypeError):
            self.scatter.sigClicked.disconnect(self._on_clicked)
        item = self.plot.getPlotItem()
        item.clear()
        self.plot.close()
        self.plot.setParent(None)
        self.plot.deleteLater()
