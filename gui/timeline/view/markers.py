"""Markers, period bars and the density: how the timeline draws its events at each level of detail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from gui.timeline.timeline_lod import density_image, lane_density, stack_offsets
from gui.timeline.timeline_styles import LANE_RGB, MARKER_SIZE, bar_brush, spot_style
from model.core.events import MODALITIES
from model.render.timeline_columns import EventColumns

STACK_PIXELS = 14  # markers closer than this many pixels are stacked
MAX_MARKERS = 2000  # beyond this many events in view, draw density instead of markers
DENSITY_BIN_PIXELS = 3
DENSITY_ROWS = 24  # image rows per lane: the height resolution of each lane's histogram
ARGB = QColor.NameFormat.HexArgb
BAR_PIXELS = 5  # thickness of a period bar
MODALITY_NAMES = (*MODALITIES, "")


@dataclass(frozen=True)
class Marker:
    event_id: str
    x: float
    y: float
    start: float
    end: float
    lane: int
    headline: str
    date: str
    source: str
    modality: str
    coarse: bool  # the date is a week, month, year… rather than a day
    starred: bool = False


class PeriodBars(pg.GraphicsObject):
    """Every event coarser than a day as a bar over its period: one stroked path per modality.

    A BarGraphItem replays one rectangle per bar every frame (30 ms for 1,500 bars); a
    path of line segments with a thick cosmetic pen costs a few milliseconds.
    """

    def __init__(self) -> None:
        super().__init__()
        self.opts: dict[str, np.ndarray] = {"x0": np.zeros(0), "x1": np.zeros(0), "y": np.zeros(0)}
        self._paths: list[tuple[QPen, QPainterPath]] = []
        self._rect = QRectF()

    def setOpts(self, x0: np.ndarray, x1: np.ndarray, y: np.ndarray, kinds: np.ndarray) -> None:  # noqa: N802
        self.prepareGeometryChange()
        self.opts = {"x0": np.asarray(x0, float), "x1": np.asarray(x1, float), "y": np.asarray(y, float)}
        self._paths = []
        for kind in np.unique(kinds).tolist():
            pick = kinds == kind
            xs = np.empty(2 * int(pick.sum()))
            xs[0::2], xs[1::2] = self.opts["x0"][pick], self.opts["x1"][pick]
            ys = np.repeat(self.opts["y"][pick], 2)
            pen = QPen(bar_brush(MODALITY_NAMES[int(kind)], 90).color(), BAR_PIXELS)
            pen.setCosmetic(True)  # pixels wide whatever the zoom
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._paths.append((pen, pg.arrayToQPath(xs, ys, connect="pairs")))
        if len(self.opts["x0"]):
            x_lo, x_hi = float(self.opts["x0"].min()), float(self.opts["x1"].max())
            y_lo, y_hi = float(self.opts["y"].min()), float(self.opts["y"].max())
            self._rect = QRectF(x_lo, y_lo - 0.5, x_hi - x_lo, y_hi - y_lo + 1)
        else:
            self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, *_: object) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, path in self._paths:
            painter.setPen(pen)
            painter.drawPath(path)


class MarkerLayer:
    """The events near the view, drawn at the level of detail the view allows.

    Above `max_markers` events in view, one image shows each lane's density; below, the markers
    near the visible range are laid out (stacked within their lanes at the current zoom) into one
    ScatterPlotItem and the coarser-than-a-day ones also into the period bars. A layout covers a
    window wider than the view, so a short pan or a small zoom needs none."""

    def __init__(self, tip: Callable[[float, float, object], str]) -> None:
        self.max_markers = MAX_MARKERS
        self.density = pg.ImageItem(axisOrder="row-major")
        self.density.setZValue(-5)
        self.bars = PeriodBars()
        self.scatter = pg.ScatterPlotItem(size=MARKER_SIZE, hoverable=True, tip=tip, hoverSize=MARKER_SIZE + 4)
        self.scatter.setZValue(10)
        # What is drawn now: "markers" or "density", and the x window it covers.
        self.lod = ""
        self.window = (0.0, 0.0)
        self.window_scale = 0.0  # pixels per second when the window was laid out
        self.shown_idx = np.zeros(0, dtype=np.int64)  # column indices of the drawn markers
        self.shown_y = np.zeros(0)
        self.shown_pos: dict[str, float] = {}  # event id -> drawn y

    def refresh(self, c: EventColumns, view_box: pg.ViewBox, force: bool = False) -> bool:
        """Choose markers or density for the visible range and lay out again if the drawn
        window no longer covers it (or `force`); whether it laid out."""
        (x0, x1), _ = view_box.viewRange()
        x0, x1 = float(x0), float(x1)
        width = max(view_box.width(), 200.0)
        scale = width / max(x1 - x0, 1e-9)
        lod = "density" if c.count_in(x0, x1) > self.max_markers else "markers"
        w0, w1 = self.window
        stale = (
            force
            or lod != self.lod
            or x0 < w0
            or x1 > w1
            or not 0.8 < scale / max(self.window_scale, 1e-12) < 1.25
        )
        if not stale:
            return False
        span = x1 - x0
        self.window, self.window_scale, self.lod = (x0 - span, x1 + span), scale, lod
        if lod == "density":
            self._draw_density(c, x0 - span, x1 + span, width, view_box)
            self._set_markers(c, np.zeros(0, dtype=np.int64), scale)
        else:
            self.density.clear()
            self.density.setVisible(False)
            # Markers for half a view either side: a short pan needs no new layout, and
            # every laid-out marker costs a little in each frame.
            self.window = (x0 - span / 2, x1 + span / 2)
            idx = c.indices_in(*self.window)
            if len(idx) > 2 * self.max_markers:  # crowded margins: lay out little beyond the view
                self.window = (x0 - span * 0.1, x1 + span * 0.1)
                idx = c.indices_in(*self.window)
            self._set_markers(c, idx, scale)
        return True

    def _draw_density(self, c: EventColumns, a: float, b: float, width: float, view_box: pg.ViewBox) -> None:
        bins = max(16, int(3 * width / DENSITY_BIN_PIXELS))
        counts = lane_density(c, a, b, bins)
        if counts.size == 0:
            self.density.setVisible(False)
            return
        # No more image rows per lane than the lane has pixels: 500 lanes must not paint 12,000 rows.
        (_, _), (y0, y1) = view_box.viewRange()
        lane_pixels = view_box.height() / max(y1 - y0, 1e-9)
        rows = int(min(DENSITY_ROWS, max(2, lane_pixels)))
        self.density.setImage(density_image(counts, LANE_RGB, rows), autoLevels=False, levels=(0, 255))
        self.density.setRect(QRectF(a, -0.5, b - a, counts.shape[0]))
        self.density.setVisible(True)

    def _set_markers(self, c: EventColumns, idx: np.ndarray, scale: float) -> None:
        """Lay out these events as markers, stacked within their lanes at this zoom."""
        near = STACK_PIXELS / max(scale, 1e-12)
        order = np.lexsort((c.x[idx], c.lane[idx])) if len(idx) else idx
        idx = idx[order]
        y = c.lane[idx].astype(float)
        lanes = c.lane[idx]
        if len(idx):
            bounds = np.flatnonzero(np.diff(lanes)) + 1
            for part in np.split(np.arange(len(idx)), bounds):
                y[part] += stack_offsets(c.x[idx[part]].tolist(), near)
        self.shown_idx, self.shown_y = idx, y
        self.shown_pos = {c.ids[i]: float(yy) for i, yy in zip(idx.tolist(), y.tolist(), strict=True)}
        styles = [spot_style(int(m), bool(s)) for m, s in zip(c.modality[idx], c.starred[idx], strict=True)]
        self.scatter.setData(
            x=c.x[idx],
            y=y,
            data=[c.ids[i] for i in idx],
            symbol=[s.symbol for s in styles],
            pen=[s.pen for s in styles],
            brush=[s.brush for s in styles],
            size=[s.size for s in styles],
        )
        coarse = np.flatnonzero(c.coarse[idx])
        self.bars.setOpts(
            x0=c.start[idx[coarse]], x1=c.end[idx[coarse]], y=y[coarse], kinds=c.modality[idx[coarse]]
        )

    # --- what is drawn ------------------------------------------------------------
    def drawn_y(self, c: EventColumns, event_id: str) -> float:
        """Where the event is drawn in height: its stacked place, or its lane's axis when not laid out."""
        y = self.shown_pos.get(event_id)
        return float(c.lane[c.index[event_id]]) if y is None else y

    def drawn_ids(self, c: EventColumns) -> list[str]:
        return [c.ids[i] for i in self.shown_idx]

    def styles(self, c: EventColumns) -> dict[str, tuple[str, str, str]]:
        """(symbol, pen colour and style, brush colour) of each drawn marker, by event id."""
        styles = {}
        for i in self.shown_idx.tolist():
            s = spot_style(int(c.modality[i]), bool(c.starred[i]))
            pen = f"{s.pen.color().name(ARGB)}/{int(s.pen.style().value)}"
            styles[c.ids[i]] = (s.symbol, pen, s.brush.color().name(ARGB))
        return styles

    def nearest(self, c: EventColumns, x: float, y: float, view_box: pg.ViewBox, pixels: float) -> str | None:
        """The drawn marker nearest a point of the view (in data units), within `pixels` (one
        numpy pass over the drawn markers, not a mapping per event)."""
        if not len(self.shown_idx):
            return None
        (x0, x1), (y0, y1) = view_box.viewRange()
        sx = view_box.width() / max(x1 - x0, 1e-12)
        sy = view_box.height() / max(y1 - y0, 1e-12)
        dx = (c.x[self.shown_idx] - x) * sx
        dy = (self.shown_y - y) * sy
        distance = np.abs(dx) + np.abs(dy)
        k = int(np.argmin(distance))
        return c.ids[int(self.shown_idx[k])] if distance[k] <= pixels else None

    def markers(self, c: EventColumns, source_of: Callable[[str], str]) -> dict[str, Marker]:
        """Every event of the columns as a Marker (for tests and tools: nobody needs it per frame)."""
        return {event_id: self._marker(c, i, source_of(c.events[i].article)) for i, event_id in enumerate(c.ids)}

    def _marker(self, c: EventColumns, i: int, source: str) -> Marker:
        event = c.events[i]
        return Marker(
            event_id=c.ids[i],
            x=float(c.x[i]),
            y=self.drawn_y(c, c.ids[i]),
            start=float(c.start[i]),
            end=float(c.end[i]),
            lane=int(c.lane[i]),
            headline=event.headline,
            date=event.date.value,
            source=source,
            modality=event.modality,
            coarse=bool(c.coarse[i]),
            starred=event.starred,
        )
