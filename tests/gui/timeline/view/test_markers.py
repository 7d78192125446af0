"""Drawing at the level of detail (gui/timeline/view/markers.py): density or markers, and what is
drawn where."""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
import pytest

from gui.timeline.view.markers import MarkerLayer
from model.core.time_axis import DAY, EPOCH_ORDINAL
from model.render.timeline_columns import build_columns, no_articles
from tests.gui.timeline.test_timeline_view import event

START = date(2021, 11, 1)


def seconds(day: date) -> float:
    return (day.toordinal() - EPOCH_ORDINAL) * DAY


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# A month of reporting, one event a day, and a second event on the summit's day (the 15th).
COLUMNS = build_columns(
    [event(n, "a0", START + timedelta(days=n)) for n in range(30)]
    + [event(99, "a0", date(2021, 11, 15), granularity="month")],
    "none",
    no_articles,
)


@pytest.mark.parametrize(
    ("max_markers", "lod"),
    [(1000, "markers"), (5, "density")],
)
def test_the_level_of_detail_follows_the_events_in_view(plot, max_markers: int, lod: str) -> None:
    layer = MarkerLayer(tip=lambda *_: "")
    layer.max_markers = max_markers
    plot.getPlotItem().getViewBox().setXRange(seconds(START), seconds(START + timedelta(days=31)), padding=0)
    assert layer.refresh(COLUMNS, plot.getPlotItem().getViewBox())
    assert layer.lod == lod
    assert bool(layer.drawn_ids(COLUMNS)) is (lod == "markers")
    assert not layer.refresh(COLUMNS, plot.getPlotItem().getViewBox()), "the same range needs no new layout"


def test_the_month_long_event_is_a_bar_and_stacked_off_its_lane(plot) -> None:
    layer = MarkerLayer(tip=lambda *_: "")
    view_box = plot.getPlotItem().getViewBox()
    view_box.setXRange(seconds(START), seconds(START + timedelta(days=31)), padding=0)
    layer.refresh(COLUMNS, view_box)
    assert len(layer.bars.opts["x0"]) == 1
    assert layer.bars.opts["x1"][0] - layer.bars.opts["x0"][0] == 30 * DAY  # all of November
    markers = layer.markers(COLUMNS, lambda article: article)
    assert markers["e99"].coarse and not markers["e14"].coarse
    # Zoomed out to years, the crowded month stacks: not every marker sits on the lane's axis.
    view_box.setXRange(seconds(date(2000, 1, 1)), seconds(date(2030, 1, 1)), padding=0)
    layer.refresh(COLUMNS, view_box, force=True)
    assert {layer.drawn_y(COLUMNS, i) for i in COLUMNS.ids} != {0.0}


def test_the_nearest_drawn_marker_is_found_within_its_pixels(plot) -> None:
    layer = MarkerLayer(tip=lambda *_: "")
    view_box = plot.getPlotItem().getViewBox()
    view_box.setXRange(seconds(START), seconds(START + timedelta(days=31)), padding=0)
    view_box.setYRange(-1, 1, padding=0)
    layer.refresh(COLUMNS, view_box)
    x = float(COLUMNS.x[COLUMNS.index["e3"]])
    y = layer.drawn_y(COLUMNS, "e3")
    assert layer.nearest(COLUMNS, x, y, view_box, pixels=4) == "e3"
    assert layer.nearest(COLUMNS, x, y + 0.9, view_box, pixels=4) is None
