"""A thin strip under the timeline: the density of every shown event over the whole span,
and a draggable window that drives the timeline's range and follows it.

The strip reads positions from the `TimelineView` it is attached to (which reads the
filtered model), so it shows what the timeline shows.
"""

from __future__ import annotations

import contextlib

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.timeline.date_axis import TimelineDateAxis
from gui.timeline.timeline_view import TimelineView
from gui.timeline.view.lanes import LEFT_AXIS_PIXELS
from model.core.time_axis import DAY

BINS = 400
HEIGHT = 64


class OverviewStrip(QWidget):
    def __init__(self, timeline: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self._syncing = False  # the region and the timeline move each other: no ping-pong

        self.axis = TimelineDateAxis("bottom")
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": self.axis})
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        # Line up with the timeline's plot area, which has lane labels on its left: an empty
        # left axis of the same width (set after showing it: pyqtgraph re-measures on show).
        left = item.getAxis("left")
        left.setStyle(showValues=False, tickLength=0)
        left.setPen(pg.mkPen(None))
        item.showAxis("left")
        left.setWidth(LEFT_AXIS_PIXELS)
        item.getAxis("bottom").setHeight(18)
        self.view_box = item.getViewBox()
        self.view_box.setMouseEnabled(x=False, y=False)  # the strip is fixed; only its window moves
        self.plot.setFixedHeight(HEIGHT)

        self.curve = pg.PlotDataItem(
            np.zeros(2),
            np.zeros(1),
            stepMode="center",
            fillLevel=0,
            brush=pg.mkBrush(31, 119, 180, 120),
            pen=pg.mkPen("#1f77b4", width=1),
        )
        self.region = pg.LinearRegionItem(
            brush=pg.mkBrush(214, 39, 40, 40), pen=pg.mkPen("#d62728", width=1.5)
        )
        self.region.setZValue(10)
        item.addItem(self.curve)
        item.addItem(self.region)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        self.region.sigRegionChanged.connect(self._region_moved)
        # The drag's last step only announces "finished", not "changed".
        self.region.sigRegionChangeFinished.connect(self._region_moved)
        timeline.view_box.sigXRangeChanged.connect(self._timeline_moved)
        timeline.rebuilt.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Recount the density over the whole span of the shown events."""
        span = self.timeline.data_span()
        xs = self.timeline.positions()
        # No events: no date labels (the epoch, "1 Jan 00:00", would be one); the timeline says what to do.
        self.axis.set_blank(span is None)
        if span is None:
            self.curve.setData(np.zeros(2), np.zeros(1), stepMode="center")
            self.region.setVisible(False)
            return
        lo, hi = span
        pad = max(hi - lo, 10 * DAY) * 0.05
        lo, hi = lo - pad, hi + pad
        edges = np.linspace(lo, hi, BINS + 1)
        counts = np.diff(np.searchsorted(xs, edges)).astype(float)
        self.curve.setData(edges, counts, stepMode="center", fillLevel=0)
        self.view_box.setXRange(lo, hi, padding=0)
        self.view_box.setYRange(0, max(float(counts.max()), 1.0) * 1.1, padding=0)
        self.region.setVisible(True)
        self._timeline_moved()

    def _timeline_moved(self, *_: object) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.region.setRegion(self.timeline.x_range())
        finally:
            self._syncing = False

    def _region_moved(self, *_: object) -> None:
        if self._syncing:
            return
        x0, x1 = self.region.getRegion()
        if x1 <= x0:
            return
        self._syncing = True
        try:
            self.timeline.set_x_range(float(x0), float(x1))
        finally:
            self._syncing = False

    def window_range(self) -> tuple[float, float]:
        x0, x1 = self.region.getRegion()
        return float(x0), float(x1)

    def set_window(self, x0: float, x1: float) -> None:
        """Move the window as a drag would (drives the timeline)."""
        self.region.setRegion((x0, x1))

    def dispose(self) -> None:
        """Drop the plot items before Qt tears down (see gui.app)."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.region.sigRegionChanged.disconnect(self._region_moved)
            self.region.sigRegionChangeFinished.disconnect(self._region_moved)
        with contextlib.suppress(RuntimeError, TypeError):
            self.timeline.view_box.sigXRangeChanged.disconnect(self._timeline_moved)
        with contextlib.suppress(RuntimeError, TypeError):
            self.timeline.rebuilt.disconnect(self.refresh)
        item = self.plot.getPlotItem()
        item.clear()
        self.plot.close()
        self.plot.setParent(None)
        self.plot.deleteLater()
