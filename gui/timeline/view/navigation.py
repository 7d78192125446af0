"""Zoom, pan and the view range of the timeline: fitting the events, zooming round the centre,
bringing an event into view, stepping through events in time, and the hint of how many entries
lie outside the view."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel

from gui.timeline.view.lanes import lane_y_range
from model.core.time_axis import DAY
from model.render.timeline_columns import EventColumns


class ViewRange:
    """The stretch of time the plot shows (x, seconds since the epoch), and the hint over the plot
    of how many shown entries lie left and right of it (the overview strip shows them)."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self._plot = plot
        self.view_box = plot.getPlotItem().getViewBox()
        self.outside_hint = QLabel(plot)
        self.outside_hint.setStyleSheet(
            "QLabel { background: rgba(255, 255, 255, 215); color: #444; padding: 2px 6px; border-radius: 3px; }"
        )
        self.outside_hint.hide()

    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.view_box.viewRange()
        return float(x0), float(x1)

    def set_x_range(self, x0: float, x1: float) -> None:
        self.view_box.setXRange(x0, x1, padding=0)

    def fit(self, c: EventColumns) -> None:
        """Every event in view, except a few far outliers (see ``bulk_span``), and every lane."""
        span = c.bulk_span()
        if span is None:
            return
        lo, hi = span
        width = max(hi - lo, 10 * DAY)
        pad = width * 0.05
        self.view_box.setXRange(lo - pad, lo + width + pad, padding=0)
        self.view_box.setYRange(*lane_y_range(len(c.lane_labels)), padding=0)

    def zoom(self, factor: float) -> None:
        """factor < 1 zooms in, > 1 out, around the centre of the view."""
        (x0, x1), _ = self.view_box.viewRange()
        centre, half = (x0 + x1) / 2, (x1 - x0) / 2 * factor
        self.view_box.setXRange(centre - half, centre + half, padding=0)

    def bring_into_view(self, x: float) -> bool:
        """Centre the view on `x` if it is off-screen, keeping the zoom; whether it moved."""
        x0, x1 = self.x_range()
        if x0 <= x <= x1:
            return False
        half = (x1 - x0) / 2
        self.view_box.setXRange(x - half, x + half, padding=0)
        return True

    def step(self, c: EventColumns, selected: str | None, step: int) -> str | None:
        """The shown event before (-1) or after (+1) `selected` in time order; from the view's
        edge when none is selected (or one in an undated band). None when nothing is shown."""
        if not len(c):
            return None
        if selected is None or selected not in c.index:  # none, or one in an undated band
            # Start from the view: the first event in it going right, the last going left.
            x0, x1 = self.x_range()
            pos = int(
                np.searchsorted(c.sorted_x, x0 if step > 0 else x1, side="left" if step > 0 else "right")
            )
            pos = pos if step > 0 else pos - 1
        else:
            pos = int(np.flatnonzero(c.order == c.index[selected])[0]) + step
        pos = min(max(pos, 0), len(c) - 1)
        return c.ids[int(c.order[pos])]

    def outside_counts(self, c: EventColumns) -> tuple[int, int]:
        """Shown entries before and after the visible range."""
        if not len(c):
            return 0, 0
        x0, x1 = self.x_range()
        xs = c.sorted_x
        return int(np.searchsorted(xs, x0, side="left")), int(len(xs) - np.searchsorted(xs, x1, side="right"))

    def show_outside(self, before: int, after: int) -> None:
        parts = ([f"◂ {before} earlier"] if before else []) + ([f"{after} later ▸"] if after else [])
        if not parts:
            self.outside_hint.hide()
            return
        self.outside_hint.setText(" · ".join(parts) + " outside this view")
        self.outside_hint.adjustSize()
        self.outside_hint.move(max(0, self._plot.width() - self.outside_hint.width() - 8), 6)
        self.outside_hint.show()
        self.outside_hint.raise_()
