"""The timeline's bands of undated happenings (issue 13, item 5).

Happenings the text gives no time for are never a marker on a day: each lane gets one hollow band
marker at the latest time they can have happened (the document date), labelled "3 undated ·
before 17 Nov 2021", with their headlines in its tooltip. The groups come from
``gui.timeline.timeline_lod.undated_groups``; this module draws them on the view's plot and keeps
their labels from stacking.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from gui.timeline.timeline_lod import UndatedGroup, undated_groups
from gui.timeline.timeline_styles import MARKER_SIZE
from model.render.timeline_columns import EventColumns

# A band label needs lanes at least this many text lines high, or it would cover the markers.
BAND_LABEL_LINES = 2.5
BAND_OFFSET = 0.3  # a band sits this far above its lane's line (the markers are on the line)


class UndatedBands:
    """One band marker per lane with undated happenings, its label and its tooltip, on a plot item."""

    def __init__(self, plot_item: pg.PlotItem, font: QFont) -> None:
        self._plot_item = plot_item
        self._font = font
        self.item = pg.ScatterPlotItem(
            size=MARKER_SIZE + 2, symbol="s", pen=pg.mkPen("#7f7f7f", width=1.5, style=Qt.PenStyle.DashLine),
            brush=pg.mkBrush(None), hoverable=True, tip=self.tip,
        )
        self.item.setZValue(5)
        self.labels: list[pg.TextItem] = []
        self.groups: list[UndatedGroup] = []
        plot_item.addItem(self.item)

    def draw(self, columns: EventColumns) -> None:
        """The bands of these columns, replacing the previous ones."""
        item = self._plot_item
        for label in self.labels:
            item.removeItem(label)
        self.labels = []
        groups = undated_groups(columns)
        self.item.setData(
            x=[g.x for g in groups], y=[g.lane - BAND_OFFSET for g in groups], data=list(range(len(groups)))
        )
        self.groups = groups
        for g in groups:
            label = pg.TextItem(g.label, color="#555", anchor=(1.0, 0.5))
            label.setFont(self._font)
            label.setPos(g.x, g.lane - BAND_OFFSET)
            label.setToolTip("\n".join(g.headlines[:20]))
            item.addItem(label)
            self.labels.append(label)

    def position(self, event_id: str) -> tuple[float, float] | None:
        """Where the band holding the event is drawn, or None when no band holds it."""
        for g in self.groups:
            if event_id in g.event_ids:
                return g.x, g.lane - BAND_OFFSET
        return None

    def tip(self, x: float, y: float, data: object) -> str:
        groups = self.groups
        if not isinstance(data, int) or not 0 <= data < len(groups):
            return ""
        g = groups[data]
        shown = "\n".join(f"• {h}" for h in g.headlines[:15])
        more = f"\n… and {len(g.headlines) - 15} more" if len(g.headlines) > 15 else ""
        return f"{g.label}\nThe text gives these no date: they happened {g.label.split('· ', 1)[1]}\n{shown}{more}"

    def place_labels(
        self, x_range: tuple[float, float], y_range: tuple[float, float], width: float, height: float
    ) -> list[tuple[float, float, float]]:
        """Show a band's label only where it collides with no other band's (many lanes at a
        small zoom: fewer labels, never stacked ones); the shown labels' boxes, in pixels."""
        (x0, x1), (y0, y1) = x_range, y_range
        if width <= 0 or height <= 0 or x1 <= x0:
            return []
        px_per_x, px_per_y = width / (x1 - x0), height / max(y1 - y0, 1e-9)
        metrics = QFontMetrics(self._font)
        line = metrics.height() + 2
        placed: list[tuple[float, float, float]] = []
        if px_per_y < BAND_LABEL_LINES * line:  # lanes too thin: the labels would cover the markers
            for label in self.labels:
                label.setVisible(False)
            return placed
        for g, label in zip(self.groups, self.labels, strict=True):
            at = (g.x - x0) * px_per_x
            text_width = metrics.horizontalAdvance(g.label) + 8
            if at - text_width < 0 <= at and at + text_width <= width:
                # No room before the band (the view's left edge would cut "3 undated · by …"):
                # the label reads after it instead.
                label.setAnchor((0.0, 0.5))
                left, right = at, at + text_width
            else:
                label.setAnchor((1.0, 0.5))
                left, right = at - text_width, at
            cy = (g.lane - BAND_OFFSET - y0) * px_per_y
            clash = any(abs(y - cy) < line and left < b and a < right for a, b, y in placed)
            label.setVisible(not clash)
            if not clash:
                placed.append((left, right, cy))
        return placed
