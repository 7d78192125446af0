"""The headlines written beside the timeline's markers."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from gui.timeline.timeline_styles import MARKER_SIZE
from gui.timeline.view.markers import MarkerLayer
from model.render.timeline_columns import EventColumns

MAX_LABELS = 150  # beyond this many markers in view, labels would only be noise
MAX_LABEL_PIXELS = 320  # the longest label; shorter where the next marker is nearer
MIN_LABEL_CHARS = 8  # a label elided shorter than this says nothing: leave it out


class MarkerLabels:
    """Headlines beside the drawn markers, while few enough are in view to read them."""

    def __init__(self, plot_item: pg.PlotItem, font: QFont) -> None:
        self._plot_item = plot_item
        self._font = font
        self.items: list[pg.TextItem] = []

    def clear(self) -> None:
        for label in self.items:
            self._plot_item.removeItem(label)
        self.items = []

    def texts(self) -> list[str]:
        return [label.toPlainText() for label in self.items]

    def place(
        self,
        c: EventColumns,
        markers: MarkerLayer,
        view_box: pg.ViewBox,
        taken: list[tuple[float, float, float]],
        sources_of: Callable[[str], list[str]],
    ) -> None:
        """Label the drawn markers in view beside them, around the boxes already `taken` (left,
        right, centre y in pixels: the undated bands' labels); a label takes the room up to the
        next marker or label (so zooming in lengthens it) and is left out when too little room
        is left. The tooltip of an entry told by several sources names them (`sources_of`)."""
        (x0, x1), (y0, y1) = view_box.viewRange()
        x0, x1 = float(x0), float(x1)
        width, height = view_box.width(), view_box.height()
        xs = c.x[markers.shown_idx]
        inside = np.flatnonzero((xs >= x0) & (xs <= x1))
        if not len(inside) or len(inside) > MAX_LABELS or width <= 0 or height <= 0 or x1 <= x0:
            return
        shown_y = markers.shown_y
        inside = inside[np.lexsort((shown_y[inside], xs[inside]))]
        px_per_x, px_per_y = width / (x1 - x0), height / max(y1 - y0, 1e-9)
        metrics = QFontMetrics(self._font)
        line = metrics.height()
        half = MARKER_SIZE / 2
        dots = [((xs[k] - x0) * px_per_x, (shown_y[k] - y0) * px_per_y) for k in inside]
        # left, right, centre y of each label, in pixels; the bands' labels are there first.
        placed: list[tuple[float, float, float]] = list(taken)
        for n, k in enumerate(inside):
            i = int(markers.shown_idx[k])
            event = c.events[i]
            headline = ("★ " if event.starred else "") + event.headline.strip()
            cx, cy = dots[n]
            box = label_box(cx, cy, headline, metrics, width, line, half, dots, placed, n)
            if box is None:
                continue
            left, right, text, right_side = box
            placed.append((left, right, cy))
            offset = (MARKER_SIZE * 0.8) / px_per_x
            label = pg.TextItem(
                text,
                color="#333",
                anchor=(0.0, 0.5) if right_side else (1.0, 0.5),
                fill=pg.mkBrush(255, 255, 255, 200),
            )
            label.setFont(self._font)
            x, y = float(c.x[i]), float(shown_y[k])
            label.setPos(x + offset if right_side else x - offset, y)
            sources = sources_of(event.id)
            label.setToolTip(event.headline + (f"\n{len(sources)} sources: {', '.join(sources)}" if len(sources) > 1 else ""))
            label.setZValue(5)
            self._plot_item.addItem(label)
            self.items.append(label)


def label_box(
    cx: float,
    cy: float,
    headline: str,
    metrics: QFontMetrics,
    width: float,
    line: float,
    half: float,
    dots: list[tuple[float, float]],
    placed: list[tuple[float, float, float]],
    me: int,
) -> tuple[float, float, str, bool] | None:
    """Where a label fits beside its marker (right first, then left), elided to the room there."""
    wanted = min(metrics.horizontalAdvance(headline) + 8, MAX_LABEL_PIXELS)
    for right_side in (True, False):
        # The free stretch on this side of the marker, in this label's row.
        if right_side:
            start, limit = cx + MARKER_SIZE, width
        else:
            start, limit = 0.0, cx - MARKER_SIZE
        near_row = [
            (px, py) for j, (px, py) in enumerate(dots) if j != me and abs(py - cy) < line / 2 + half
        ]
        blockers = [(px - half, px + half) for px, _ in near_row]
        blockers += [(a, b) for a, b, y in placed if abs(y - cy) < line]
        if right_side:
            if any(a < start < b for a, b in blockers):
                continue
            ends = [a for a, _ in blockers if a >= start]
            room = min([limit, *ends]) - start - 4
        else:
            if any(a < limit < b for a, b in blockers):
                continue
            starts = [b for _, b in blockers if b <= limit]
            room = limit - max([start, *starts]) - 4
        room = min(room, wanted)
        if room <= 0:
            continue
        avail = int(room) - 8
        fits = metrics.horizontalAdvance(headline) <= avail
        text = headline if fits else metrics.elidedText(headline, Qt.TextElideMode.ElideRight, avail)
        if len(text) < min(MIN_LABEL_CHARS, len(headline)):
            continue
        text_width = metrics.horizontalAdvance(text) + 8
        left = start if right_side else limit - text_width
        return left, left + text_width, text, right_side
    return None
