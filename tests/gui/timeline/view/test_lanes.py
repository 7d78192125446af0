"""The lane grouping, its chooser and the lane names (gui/timeline/view/lanes.py)."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox

from gui.timeline.view.lanes import LANE_LABEL_PIXELS, SETTINGS_KEY, LaneAxis, lane_tick_label, lane_y_range


@pytest.fixture
def lanes(qtbot) -> LaneAxis:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    return LaneAxis(plot)


def test_the_grouping_is_remembered_and_an_unknown_one_refused(lanes: LaneAxis) -> None:
    assert lanes.mode == "article"  # the default
    assert lanes.set_mode("participant")
    assert QSettings().value(SETTINGS_KEY) == "participant"
    assert not lanes.set_mode("participant")  # no change
    with pytest.raises(ValueError):
        lanes.set_mode("colour")


def test_a_remembered_grouping_that_no_longer_exists_falls_back_to_articles(qtbot) -> None:
    QSettings().setValue(SETTINGS_KEY, "outlet")
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    assert LaneAxis(plot).mode == "article"


def test_the_chooser_asks_and_follows(qtbot, lanes: LaneAxis) -> None:
    combo = lanes.toolbar().findChild(QComboBox, "laneMode")
    assert combo is not None and combo.currentData() == "article"
    with qtbot.waitSignal(lanes.modeChosen) as chosen:
        combo.setCurrentIndex(combo.findData("modality"))
    assert chosen.args == ["modality"]
    assert lanes.mode == "article", "the view decides, through set_mode"
    lanes.set_mode("source")
    assert combo.currentData() == "source"


@pytest.mark.parametrize(
    "name",
    [
        "US, China agree to high-level discussions",  # an article's title
        "Biden will push China to resume military ties with US, official says, days before the summit",
        "Pentagon",
    ],
)
def test_lane_names_fit_the_left_column(qapp, name: str) -> None:
    metrics = QFontMetrics(QFont())
    label = lane_tick_label(name, metrics)
    assert metrics.horizontalAdvance(label) <= LANE_LABEL_PIXELS - 12
    assert label == name or label.endswith("…")


def test_every_lane_is_in_height(lanes: LaneAxis) -> None:
    lanes.apply(["Article 0", "Article 1", "Article 2"])
    lo, hi = lane_y_range(3)
    assert lo < 0 and 2 < hi < 3  # the first lane's axis is y = 0, the last's y = 2
