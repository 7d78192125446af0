"""Zoom, pan and the view range (gui/timeline/view/navigation.py) on columns of a few events."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
import pytest

from gui.timeline.view.navigation import ViewRange
from model.core.time_axis import DAY, EPOCH_ORDINAL
from model.render.timeline_columns import build_columns, no_articles
from tests.gui.timeline.test_timeline_view import event


def seconds(day: date) -> float:
    return (day.toordinal() - EPOCH_ORDINAL) * DAY


# The sample story's days: the virtual summit, the Pentagon briefing the day after, a December talk.
COLUMNS = build_columns([
    event(1, "a0", date(2021, 11, 15), headline="Xi and Biden hold virtual summit"),
    event(2, "a0", date(2021, 11, 16), headline="Kirby holds briefing"),
    event(3, "a1", date(2021, 12, 12), headline="Defence officials hold talks"),
], "none", no_articles)


@pytest.fixture
def view_range(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(800, 300)
    viewing = ViewRange(plot)
    viewing.set_x_range(seconds(date(2021, 11, 14)), seconds(date(2021, 11, 18)))
    return viewing


@pytest.mark.parametrize(
    ("selected", "step", "expected"),
    [
        (None, 1, "e1"),  # nothing selected, going right: the first event in view
        (None, -1, "e2"),  # going left: the last event in view
        ("e2", 1, "e3"),  # the next in time, though it is out of view
        ("e1", -1, "e1"),  # the first event stays the first
        ("e3", 1, "e3"),  # the last stays the last
        ("band-only", 1, "e1"),  # a happening in an undated band: start from the view
    ],
)
def test_stepping_walks_the_events_in_time(view_range: ViewRange, selected: str | None, step: int, expected: str) -> None:
    assert view_range.step(COLUMNS, selected, step) == expected


def test_stepping_through_no_events_gives_none(view_range: ViewRange) -> None:
    assert view_range.step(build_columns([], "none", no_articles), None, 1) is None


def test_the_hint_counts_the_events_outside_the_view(view_range: ViewRange) -> None:
    assert view_range.outside_counts(COLUMNS) == (0, 1)
    view_range.show_outside(0, 1)
    assert view_range.outside_hint.text() == "1 later ▸ outside this view"
    view_range.show_outside(0, 0)
    assert view_range.outside_hint.isHidden()


def test_an_event_off_screen_is_brought_into_view_at_the_same_zoom(view_range: ViewRange) -> None:
    x0, x1 = view_range.x_range()
    december = float(COLUMNS.x[COLUMNS.index["e3"]])
    assert not view_range.bring_into_view(float(COLUMNS.x[COLUMNS.index["e1"]]))  # already in view
    assert view_range.x_range() == (x0, x1)
    assert view_range.bring_into_view(december)
    y0, y1 = view_range.x_range()
    assert y0 < december < y1
    assert y1 - y0 == pytest.approx(x1 - x0)


def test_fitting_shows_every_event_and_zooming_keeps_the_centre(view_range: ViewRange) -> None:
    view_range.fit(COLUMNS)
    x0, x1 = view_range.x_range()
    assert x0 < COLUMNS.sorted_x[0] and COLUMNS.sorted_x[-1] < x1
    view_range.zoom(0.5)
    y0, y1 = view_range.x_range()
    assert (y0 + y1) / 2 == pytest.approx((x0 + x1) / 2)
    assert y1 - y0 == pytest.approx((x1 - x0) / 2)
