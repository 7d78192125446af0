"""How each kind of event looks on the live timeline, and the legend that says so.

The shapes follow the image exporter's (`gui/timeline_painter.draw_marker`): happened a
filled circle, planned a hollow circle, projected a dashed diamond, reported a square,
hypothetical a cross — here faded as well, since it may never happen — and negated (the text
says it did not happen) a hollow red circle, struck through in the legend. The legend icons
are painted by `draw_marker` itself and its entries come from the exporter's `LEGEND`,
so the app and an exported image explain the same marks the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from model.core.events import MODALITIES
from model.render.painter import BAR_LEGEND_SHORT, LANE_COLOURS, LEGEND, draw_marker

MODALITY_COLOURS = {
    "happened": "#1f77b4",
    "planned": "#2ca02c",
    "reported": "#7f7f7f",
    "projected": "#ff7f0e",
    "hypothetical": "#9467bd",
    "negated": "#d62728",
}
DEFAULT_COLOUR = "#1f77b4"
STAR_COLOUR = "#e6a700"
MARKER_SIZE = 11

# pyqtgraph's names for the exporter's shapes.
SYMBOLS = {"happened": "o", "planned": "o", "projected": "d", "reported": "s", "hypothetical": "x", "negated": "o"}


@dataclass(frozen=True)
class SpotStyle:
    symbol: str
    pen: QPen
    brush: QBrush
    size: float


def _spot_style(modality: str, starred: bool) -> SpotStyle:
    colour = QColor(MODALITY_COLOURS.get(modality, DEFAULT_COLOUR))
    symbol = SYMBOLS.get(modality, "o")
    size = MARKER_SIZE
    if modality == "planned":
        pen, brush = pg.mkPen(colour, width=2.2), pg.mkBrush("w")
    elif modality == "projected":
        pen = pg.mkPen(colour.darker(120), width=1.6)
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.0, 1.5])
        light = QColor(colour)
        light.setAlpha(70)
        pen, brush, size = pen, pg.mkBrush(light), MARKER_SIZE + 3
    elif modality == "negated":
        # Hollow and red: never read as a happening (the legend's struck-through circle).
        pen, brush = pg.mkPen(colour, width=2.2, style=Qt.PenStyle.DotLine), pg.mkBrush("w")
    elif modality == "hypothetical":
        faded = QColor(colour)
        faded.setAlpha(110)
        pen, brush = pg.mkPen(faded, width=1), pg.mkBrush(faded)
    else:
        pen, brush = pg.mkPen("w", width=1), pg.mkBrush(colour)
    if starred:
        # A gold ring keeps the shape (and so the modality) readable while the star shows.
        pen = pg.mkPen(STAR_COLOUR, width=3)
        size += 3
    return SpotStyle(symbol, pen, brush, size)


# One pen/brush object per (modality, starred): pyqtgraph renders each distinct style once.
_STYLES = {(i, s): _spot_style(m, s) for i, m in enumerate((*MODALITIES, "")) for s in (False, True)}


def spot_style(modality_index: int, starred: bool) -> SpotStyle:
    return _STYLES[(min(modality_index, len(MODALITIES)), bool(starred))]


def bar_brush(modality: str, alpha: int = 70) -> QBrush:
    """Bars sit under markers and under each other: see-through, in the marker's hue."""
    c = QColor(MODALITY_COLOURS.get(modality, DEFAULT_COLOUR))
    c.setAlpha(alpha)
    return QBrush(c)


def lane_rgb(lane: int) -> tuple[int, int, int]:
    c = QColor(LANE_COLOURS[lane % len(LANE_COLOURS)])
    return c.red(), c.green(), c.blue()


LANE_RGB = [lane_rgb(i) for i in range(len(LANE_COLOURS))]


def legend_icon(kind: str, size: int = 16) -> QPixmap:
    """The exporter's own drawing of a marker (or a period bar, or the starred ring)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    centre = QPointF(size / 2, size / 2)
    if kind == "bar":
        painter.setPen(QPen(QColor("#8aa4c8"), 1))
        painter.setBrush(bar_brush("happened", 110))
        painter.drawRect(QRectF(1, size * 0.35, size - 2, size * 0.3))
    elif kind == "starred":
        painter.setPen(QPen(QColor(STAR_COLOUR), 2.5))
        painter.setBrush(QBrush(QColor(DEFAULT_COLOUR)))
        painter.drawEllipse(centre, size * 0.34, size * 0.34)
    else:
        colour = QColor(MODALITY_COLOURS.get(kind, DEFAULT_COLOUR))
        if kind == "hypothetical":
            colour.setAlpha(140)
        draw_marker(painter, centre, kind, colour, size * 0.3, QColor("white"))
    painter.end()
    return pixmap


def legend_entries() -> list[tuple[str, str]]:
    """(kind, text) in the exporter's order, then the period bar and the star."""
    return [*LEGEND, ("bar", BAR_LEGEND_SHORT), ("starred", "Starred")]


class Legend(QWidget):
    """One line of icons and words: what each mark on the timeline means. When the line is
    narrower than the legend, the last entries give way to "…" (their names in its tooltip)
    instead of every word being clipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.entries: list[str] = []
        self._items: list[tuple[QLabel, QLabel]] = []
        for kind, text in legend_entries():
            icon = QLabel()
            icon.setPixmap(legend_icon(kind))
            label = QLabel(text)
            label.setToolTip(text)
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(8)
            self.entries.append(text)
            self._items.append((icon, label))
        self.more = QLabel("…")
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.more.hide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, super().minimumSizeHint().height())

    def shown_entries(self) -> list[str]:
        return [text for text, (_icon, label) in zip(self.entries, self._items, strict=True) if not label.isHidden()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        room = event.size().width() - self.more.sizeHint().width() - 8
        used = 0
        hidden: list[str] = []
        for text, (icon, label) in zip(self.entries, self._items, strict=True):
            used += icon.sizeHint().width() + label.sizeHint().width() + 16
            fits = used <= room and not hidden
            icon.setVisible(fits)
            label.setVisible(fits)
            if not fits:
                hidden.append(text)
        self.more.setVisible(bool(hidden))
        self.more.setToolTip("Also: " + ", ".join(hidden) if hidden else "")
        super().resizeEvent(event)
