"""The timeline: one lane per article, one marker per event, bars for coarse dates.

All markers are one ScatterPlotItem and all bars one BarGraphItem, so thousands of
events stay fast. The view reads events only through the (filtered) event model.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractItemModel, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.date_axis import DAY, TimelineDateAxis
from model.event_table_model import EventRole

MODALITY_COLOURS = {
    "happened": "#1f77b4",
    "planned": "#2ca02c",
    "reported": "#7f7f7f",
    "projected": "#ff7f0e",
    "hypothetical": "#9467bd",
}
DEFAULT_COLOUR = "#1f77b4"
MARKER_SIZE = 11
STACK_STEP = 0.12  # lane units between stacked events
STACK_SLOTS = 7  # rows at the full step: the middle and three either side; more runs get closer
STACK_HALF = 0.42  # the furthest a stacked marker sits from its lane's axis
STACK_PIXELS = 14  # at "fit all", markers closer than this many pixels are stacked
MAX_LABELS = 80  # beyond this many visible events, labels would only be noise
LABEL_CHARS = 48
LANE_LABEL_PIXELS = 170  # lane names are elided to this width; longer ones pyqtgraph would drop


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


def stack_offsets(xs: list[float], near: float = DAY) -> list[float]:
    """Offsets within a lane so events closer than `near` do not hide each other (xs sorted).

    A run of nearby events is spread evenly over the lane's height, middle first
    outwards, so a few events sit close to the lane's axis and many still fit.
    """
    runs: list[int] = []  # length of each run of nearby events
    run_start: float | None = None
    for x in xs:
        if run_start is not None and x - run_start < near:
            runs[-1] += 1
        else:
            run_start = x
            runs.append(1)
    offsets: list[float] = []
    for n in runs:
        step = STACK_STEP if n <= STACK_SLOTS else 2 * STACK_HALF / (n - 1)
        for k in range(n):
            slot = (k + 1) // 2
            offsets.append(min(STACK_HALF, slot * step) * (1 if k % 2 else -1) if slot else 0.0)
    return offsets


def _translucent(colour: str, alpha: int = 70) -> QColor:
    """Bars sit under markers and under each other: see-through, in the marker's hue."""
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class TimelineView(QWidget):
    eventActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: QAbstractItemModel | None = None
        self._markers: dict[str, Marker] = {}
        self._lanes: list[str] = []
        self._selected: str | None = None
        self._labels: list[pg.TextItem] = []
        # Which roles group events into lanes and name them; by article for now.
        self._lane_key_role: int = EventRole.ARTICLE_ID
        self._lane_label_role: int = EventRole.ARTICLE_LABEL
        self._label_font = QFont()
        self._label_font.setPointSizeF(max(7.0, self._label_font.pointSizeF() * 0.9))

        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": TimelineDateAxis("bottom")})
        self.plot.setAntialiasing(True)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=True, y=False, alpha=0.2)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        item.getAxis("left").setWidth(LANE_LABEL_PIXELS + 16)
        self.view_box = item.getViewBox()
        self.view_box.setMouseEnabled(x=True, y=False)  # wheel zooms and drag pans in time only
        self.view_box.invertY(True)  # first lane at the top

        self.bars = pg.BarGraphItem(x0=np.zeros(0), x1=np.zeros(0), y=np.zeros(0), height=0.16)
        self.scatter = pg.ScatterPlotItem(
            size=MARKER_SIZE, hoverable=True, tip=self._tip, hoverSize=MARKER_SIZE + 4
        )
        self.highlight = pg.ScatterPlotItem(
            size=MARKER_SIZE + 10, pen=pg.mkPen("#d62728", width=3), brush=pg.mkBrush(None)
        )
        self.scatter.setZValue(10)
        self.highlight.setZValue(20)
        item.addItem(self.bars)
        item.addItem(self.scatter)
        item.addItem(self.highlight)
        self.scatter.sigClicked.connect(self._on_clicked)

        # Model changes and range changes come in bursts: redraw once per burst.
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._labels_timer = QTimer(self, singleShot=True, interval=30)
        self._labels_timer.timeout.connect(self._update_labels)
        self.view_box.sigXRangeChanged.connect(lambda *_: self._labels_timer.start())
        self.view_box.sigResized.connect(lambda *_: self._labels_timer.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    # --- model -------------------------------------------------------------
    def set_model(self, model: QAbstractItemModel) -> None:
        self._disconnect_model()
        self._model = model
        for signal in self._model_signals(model):
            signal.connect(self._schedule_rebuild)
        self.rebuild()

    @staticmethod
    def _model_signals(model: QAbstractItemModel) -> tuple:
        return (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
            model.dataChanged,
        )

    def _disconnect_model(self) -> None:
        if self._model is None:
            return
        for signal in self._model_signals(self._model):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._schedule_rebuild)
        self._model = None

    def set_lane_roles(self, key_role: int, label_role: int) -> None:
        """Group lanes by another model role (participant, modality…)."""
        self._lane_key_role, self._lane_label_role = key_role, label_role
        self.rebuild()

    def _schedule_rebuild(self, *_: object) -> None:
        self._rebuild_timer.start()

    def _read_markers(self) -> tuple[list[Marker], list[str]]:
        model = self._model
        if model is None:
            return [], []
        rows = []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            event = model.data(index, EventRole.EVENT)
            rows.append(
                (
                    str(model.data(index, EventRole.EVENT_ID)),
                    float(model.data(index, EventRole.X)),
                    float(model.data(index, EventRole.START)),
                    float(model.data(index, EventRole.END)),
                    str(model.data(index, self._lane_key_role)),
                    str(model.data(index, self._lane_label_role)),
                    str(model.data(index, EventRole.GRANULARITY)),
                    event,
                )
            )
        # Lanes in the order of their first event, so the timeline reads top-left to bottom-right.
        first: dict[str, float] = {}
        labels: dict[str, str] = {}
        for _id, x, _s, _e, lane_key, label, _g, _ev in rows:
            first[lane_key] = min(first.get(lane_key, x), x)
            labels[lane_key] = label
        lane_keys = sorted(first, key=lambda k: (first[k], k))
        lane_of = {k: i for i, k in enumerate(lane_keys)}
        markers: list[Marker] = []
        near = DAY
        if rows:
            span = max(r[3] for r in rows) - min(r[2] for r in rows)
            near = max(DAY, span * STACK_PIXELS / max(self.view_box.width(), 400.0))
        for lane_key in lane_keys:
            lane_rows = sorted((r for r in rows if r[4] == lane_key), key=lambda r: (r[1], r[0]))
            offsets = stack_offsets([r[1] for r in lane_rows], near)
            for (event_id, x, start, end, _k, label, granularity, event), dy in zip(
                lane_rows, offsets, strict=True
            ):
                markers.append(
                    Marker(
                        event_id=event_id,
                        x=x,
                        y=lane_of[lane_key] + dy,
                        start=start,
                        end=end,
                        lane=lane_of[lane_key],
                        headline=getattr(event, "headline", ""),
                        date=getattr(getattr(event, "date", None), "value", ""),
                        source=label,
                        modality=getattr(event, "modality", ""),
                        coarse=granularity != "day",
                    )
                )
        return markers, [labels[k] for k in lane_keys]

    def rebuild(self) -> None:
        had_markers = bool(self._markers)
        markers, lanes = self._read_markers()
        self._markers = {m.event_id: m for m in markers}
        self._lanes = lanes
        self.scatter.setData(
            spots=[
                {
                    "pos": (m.x, m.y),
                    "data": m.event_id,
                    "brush": pg.mkBrush(MODALITY_COLOURS.get(m.modality, DEFAULT_COLOUR)),
                    "pen": pg.mkPen("w", width=1),
                }
                for m in markers
            ]
        )
        coarse = [m for m in markers if m.coarse]
        self.bars.setOpts(
            x0=np.array([m.start for m in coarse], dtype=float),
            x1=np.array([m.end for m in coarse], dtype=float),
            y=np.array([m.y for m in coarse], dtype=float),
            height=0.14,
            brushes=[
                pg.mkBrush(_translucent(MODALITY_COLOURS.get(m.modality, DEFAULT_COLOUR))) for m in coarse
            ],
            pen=pg.mkPen("#8aa4c8", width=1),  # one pen: pyqtgraph fails on an empty pens list
        )
        self.plot.getPlotItem().getAxis("left").setTicks(
            [[(i, self._lane_label(t)) for i, t in enumerate(lanes)], []]
        )
        self.view_box.setYRange(-0.8, max(len(lanes), 1) - 0.45, padding=0)
        if self._selected not in self._markers:
            self._selected = None
        self._draw_highlight()
        if not had_markers or not self._in_view(markers):
            self.fit_all()
        self._labels_timer.start()

    def _lane_label(self, text: str) -> str:
        axis = self.plot.getPlotItem().getAxis("left")
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, LANE_LABEL_PIXELS - 12)

    def _in_view(self, markers: list[Marker]) -> bool:
        (x0, x1), _ = self.view_box.viewRange()
        return any(x0 <= m.x <= x1 for m in markers)

    # --- navigation ----------------------------------------------------------
    def fit_all(self) -> None:
        if not self._markers:
            return
        lo = min(m.start for m in self._markers.values())
        hi = max(m.end for m in self._markers.values())
        span = max(hi - lo, 10 * DAY)
        pad = span * 0.05
        self.view_box.setXRange(lo - pad, lo + span + pad, padding=0)
        self.view_box.setYRange(-0.8, max(len(self._lanes), 1) - 0.45, padding=0)

    def zoom(self, factor: float) -> None:
        """factor < 1 zooms in, > 1 out, around the centre of the view."""
        (x0, x1), _ = self.view_box.viewRange()
        centre, half = (x0 + x1) / 2, (x1 - x0) / 2 * factor
        self.view_box.setXRange(centre - half, centre + half, padding=0)

    def zoom_in(self) -> None:
        self.zoom(0.5)

    def zoom_out(self) -> None:
        self.zoom(2.0)

    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.view_box.viewRange()
        return float(x0), float(x1)

    # --- selection -------------------------------------------------------------
    @property
    def selected_event_id(self) -> str | None:
        return self._selected

    def _flush(self) -> None:
        """Apply a model change still waiting for the next event-loop turn."""
        if self._rebuild_timer.isActive():
            self._rebuild_timer.stop()
            self.rebuild()

    def select_event(self, event_id: str | None) -> None:
        """Highlight the event's marker and bring it into view if it is off-screen."""
        self._flush()
        self._selected = event_id if event_id in self._markers else None
        self._draw_highlight()
        if self._selected is None:
            return
        marker = self._markers[self._selected]
        x0, x1 = self.x_range()
        if not x0 <= marker.x <= x1:
            half = (x1 - x0) / 2
            self.view_box.setXRange(marker.x - half, marker.x + half, padding=0)

    def _draw_highlight(self) -> None:
        if self._selected is None:
            self.highlight.setData([])
            return
        marker = self._markers[self._selected]
        self.highlight.setData([{"pos": (marker.x, marker.y), "data": marker.event_id}])

    def _on_clicked(self, _item: object, points: object, ev: object) -> None:
        spots = list(points) if points is not None else []  # type: ignore[call-overload]
        if spots:
            # Of overlapping markers, the one whose centre is nearest the click.
            click = self.view_box.mapViewToDevice(ev.pos()) if hasattr(ev, "pos") else None  # type: ignore[attr-defined]
            if click is not None:

                def distance(spot: object) -> float:
                    centre = self.view_box.mapViewToDevice(spot.pos())  # type: ignore[attr-defined]
                    return (centre - click).manhattanLength()

                spots.sort(key=distance)
            event_id = str(spots[0].data())
            self.select_event(event_id)
            self.eventActivated.emit(event_id)

    def marker_position(self, event_id: str) -> QPoint | None:
        """Where the event's marker is, in the plot's viewport coordinates (for clicks and tests)."""
        self._flush()
        marker = self._markers.get(event_id)
        if marker is None:
            return None
        scene = self.view_box.mapViewToScene(QPointF(marker.x, marker.y))
        return self.plot.mapFromScene(scene)

    def marker_ids(self) -> list[str]:
        self._flush()
        return list(self._markers)

    # --- hover and labels ------------------------------------------------------
    def _tip(self, x: float, y: float, data: object) -> str:
        marker = self._markers.get(str(data))
        if marker is None:
            return ""
        return f"{marker.date}\n{marker.headline}\n{marker.source}"

    def _update_labels(self) -> None:
        """Label markers beside them, row by row, skipping any label that would overlap another."""
        item = self.plot.getPlotItem()
        for label in self._labels:
            item.removeItem(label)
        self._labels = []
        x0, x1 = self.x_range()
        (_, _), (y0, y1) = self.view_box.viewRange()
        width, height = self.view_box.width(), self.view_box.height()
        visible = sorted((m for m in self._markers.values() if x0 <= m.x <= x1), key=lambda m: (m.x, m.y))
        if not visible or len(visible) > MAX_LABELS or width <= 0 or height <= 0 or x1 <= x0:
            return
        px_per_x, px_per_y = width / (x1 - x0), height / max(y1 - y0, 1e-9)
        metrics = QFontMetrics(self._label_font)
        line = metrics.height()
        placed: list[tuple[float, float, float]] = []  # left, right, centre y of each label, in pixels
        dots = [((m.x - x0) * px_per_x, (m.y - y0) * px_per_y) for m in visible]
        half = MARKER_SIZE / 2
        for marker in visible:
            text = (
                marker.headline
                if len(marker.headline) <= LABEL_CHARS
                else marker.headline[: LABEL_CHARS - 1] + "…"
            )
            text_width = metrics.horizontalAdvance(text) + 8
            centre_x, centre_y = (marker.x - x0) * px_per_x, (marker.y - y0) * px_per_y
            right_side = centre_x + MARKER_SIZE + text_width <= width
            left = centre_x + MARKER_SIZE if right_side else centre_x - MARKER_SIZE - text_width
            if left < 0:
                continue
            box = (left, left + text_width, centre_y)
            if any(a < box[1] and box[0] < b and abs(cy - centre_y) < line for a, b, cy in placed):
                continue  # would cover another label
            if any(
                box[0] - half < px < box[1] + half and abs(py - centre_y) < (line / 2 + half)
                for px, py in dots
                if (px, py) != (centre_x, centre_y)
            ):
                continue  # would hide another event's marker
            placed.append(box)
            offset = (MARKER_SIZE * 0.8) / px_per_x
            label = pg.TextItem(
                text,
                color="#333",
                anchor=(0.0, 0.5) if right_side else (1.0, 0.5),
                fill=pg.mkBrush(255, 255, 255, 200),
            )
            label.setFont(self._label_font)
            label.setPos(marker.x + offset if right_side else marker.x - offset, marker.y)
            label.setToolTip(marker.headline)
            label.setZValue(5)
            item.addItem(label)
            self._labels.append(label)

    def label_texts(self) -> list[str]:
        return [label.toPlainText() for label in self._labels]

    # --- lifetime ----------------------------------------------------------------
    def dispose(self) -> None:
        """Drop every plot item before Qt tears down (avoids a crash at interpreter exit)."""
        self._rebuild_timer.stop()
        self._labels_timer.stop()
        self._disconnect_model()
        item = self.plot.getPlotItem()
        for label in self._labels:
            item.removeItem(label)
        self._labels = []
        self.scatter.sigClicked.disconnect(self._on_clicked)
        item.clear()
        self.plot.close()
        self.plot.setParent(None)
        self.plot.deleteLater()
