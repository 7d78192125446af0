"""Markers, period bars and the density: how the timeline draws its events at each level of detail."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from gui.timeline.timeline_styles import bar_brush
from model.core.events import MODALITIES

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
