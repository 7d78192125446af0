"""The timeline's lanes: how events are grouped, and the lane names down the left."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from gui.timeline.timeline_styles import Legend
from model.core.lanes import LANE_MODE_LABELS, LANE_MODES, check_lane_mode

LANE_LABEL_PIXELS = 170  # lane names are elided to this width; longer ones pyqtgraph would drop
LEFT_AXIS_PIXELS = LANE_LABEL_PIXELS + 16  # the lane-name column (the overview strip lines up with it)
SETTINGS_KEY = "timeline/lane_mode"
LANE_MODE_TIPS = {
    "none": "All events in one lane",
    "article": "One lane per article",
    "participant": "One lane per participant: the events it takes part in, by name or as \"it\" or \"the company\";"
                   " an event with several goes in its main participant's lane",
    "source": "One lane per source (the outlet that published the article)",
    "modality": "One lane per modality: happened, planned, reported, projected, hypothetical, negated",
}


def lane_y_range(lanes: int) -> tuple[float, float]:
    """The y range that shows every lane (lane k's axis at y = k, the first at the top)."""
    return -0.8, max(lanes, 1) - 0.45


class LaneAxis(QObject):
    """The lane grouping (remembered in the settings), its chooser in the toolbar, and the lane
    names down the left axis. `modeChosen(mode)`: the user picked a grouping in the chooser."""

    modeChosen = Signal(str)

    def __init__(self, plot: pg.PlotWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plot = plot
        self._view_box = plot.getPlotItem().getViewBox()
        self._labels: list[str] = []
        self._toolbar: QWidget | None = None
        mode = str(QSettings().value(SETTINGS_KEY, "article"))
        self.mode = mode if mode in LANE_MODES else "article"

    def set_mode(self, mode: str) -> bool:
        """Group by `mode` (model.core.lanes) from now on, and remember it; whether it changed."""
        check_lane_mode(mode)
        if mode == self.mode:
            return False
        self.mode = mode
        QSettings().setValue(SETTINGS_KEY, mode)
        if self._toolbar is not None:
            combo = self._toolbar.findChild(QComboBox, "laneMode")
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(LANE_MODES.index(mode))
                combo.blockSignals(False)
        return True

    def toolbar(self) -> QWidget:
        """A small bar for above the timeline: the lane grouping and the legend of marks."""
        if self._toolbar is None:
            bar = QWidget()
            layout = QHBoxLayout(bar)
            layout.setContentsMargins(4, 2, 4, 2)
            layout.addWidget(QLabel("Lanes:"))
            combo = QComboBox()
            combo.setObjectName("laneMode")
            combo.setToolTip("Group the timeline's events into lanes")
            for mode in LANE_MODES:
                combo.addItem(LANE_MODE_LABELS[mode], mode)
                combo.setItemData(combo.count() - 1, LANE_MODE_TIPS[mode], Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(LANE_MODES.index(self.mode))
            combo.currentIndexChanged.connect(lambda i: self.modeChosen.emit(LANE_MODES[i]))
            layout.addWidget(combo)
            layout.addSpacing(16)
            legend = Legend()
            # The legend gives way (clipped at its right end) rather than squeezing the article list:
            # its full width would set the window's whole central area's minimum.
            legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(legend, 1)
            self._toolbar = bar
        return self._toolbar

    def apply(self, labels: list[str]) -> None:
        """Show these lanes: all of them in height, their names on the left."""
        self._labels = labels
        self._view_box.setYRange(*lane_y_range(len(labels)), padding=0)
        self.apply_ticks()

    def apply_ticks(self, *_: object) -> None:
        """Lane names on the left; with more lanes than lines fit, every k-th lane's name
        (hundreds of overlapping names read as nothing and cost a lot to paint each frame)."""
        lanes = self._labels
        axis = self._plot.getPlotItem().getAxis("left")
        metrics = QFontMetrics(axis.style.get("tickFont") or self._plot.font())
        height = self._view_box.height()
        step = 1
        if height > 0 and lanes:
            step = max(1, int(np.ceil(len(lanes) * (metrics.height() + 2) / height)))
        ticks = [(i, lane_tick_label(lanes[i], metrics)) for i in range(0, len(lanes), step)]
        if axis._tickLevels != [ticks, []]:
            axis.setTicks([ticks, []])


def lane_tick_label(text: str, metrics: QFontMetrics) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, LANE_LABEL_PIXELS - 12)
