"""Selection and hover (gui/timeline/view/selection.py): the marker standing for an event, the
rings, and the tooltip that says how an entry got its date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pyqtgraph as pg
import pytest

from gui.timeline.view.feed import EventFeed
from gui.timeline.view.selection import SelectionRings, entry_marker, tip_text
from gui.timeline.view.undated_bands import UndatedBands
from model.core.events import EventDate
from model.core.result import ExtractionResult
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel
from model.render.timeline_columns import build_columns, no_articles
from model.state.session import Session
from tests.gui.timeline.test_timeline_view import articles, event

SUMMIT = date(2021, 11, 15)
DCT = date(2021, 11, 17)
EVENTS = [
    event(1, "a0", SUMMIT, headline="Xi and Biden hold virtual summit", date_source="timex"),
    event(2, "a0", date(2021, 11, 16), headline="Kirby holds briefing", date_source="scene"),
    event(3, "a0", DCT, headline="Trump scrapped regular talks", date_source="document",
          modality="happened"),
]
EVENTS[2] = replace(EVENTS[2], date=EventDate("PAST_REF", DCT, DCT, "relative"))


@pytest.fixture
def shown(qtbot):
    """The three events through the app's models, their columns and bands."""
    session = Session()
    table = EventTableModel(session)
    proxy = EventFilterModel()
    proxy.setSourceModel(table)
    session.set_result(ExtractionResult(articles(1), EVENTS))
    feed = EventFeed()
    feed.set_model(proxy)
    columns = feed.read(build_columns([], "none", no_articles), "article", force=True)
    assert columns is not None
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    bands = UndatedBands(plot.getPlotItem(), plot.font())
    bands.draw(columns)
    yield feed, columns, bands
    feed.disconnect_model()


@pytest.mark.parametrize(
    ("event_id", "marker"),
    [
        ("e1", "e1"),  # a marker on its day
        ("e3", "e3"),  # an undated happening: its band stands for it
        ("gone", None),  # not shown at all
        (None, None),
    ],
)
def test_the_marker_standing_for_an_event(shown, event_id: str | None, marker: str | None) -> None:
    feed, columns, bands = shown
    assert entry_marker(event_id, columns, bands, feed) == marker


@pytest.mark.parametrize(
    ("event_id", "says"),
    [
        ("e1", None),  # its own expression goes without saying
        ("e2", "dated by the story's scene"),
    ],
)
def test_the_tooltip_says_how_an_entry_got_its_date(shown, event_id: str, says: str | None) -> None:
    feed, columns, _ = shown
    tip = tip_text(columns, feed, event_id)
    headline = next(e.headline for e in EVENTS if e.id == event_id)
    assert tip.splitlines()[:2] == [next(e.date.value for e in EVENTS if e.id == event_id), headline]
    assert ("dated by" in tip) is (says is not None)
    if says is not None:
        assert says in tip


def test_no_tooltip_for_a_marker_no_longer_shown(shown) -> None:
    feed, columns, _ = shown
    assert tip_text(columns, feed, "gone") == ""


def test_the_current_marker_gets_the_thick_ring_the_rest_of_the_selection_thin_ones(shown) -> None:
    _, columns, bands = shown
    rings = SelectionRings()
    lane_y = lambda event_id: float(columns.lane[columns.index[event_id]])  # noqa: E731
    rings.draw("e1", ["e1", "e2", "e3"], columns, lane_y, bands.position)
    assert rings.highlight.data["data"].tolist() == ["e1"]
    assert rings.ring_ids() == ["e2"]  # the band of e3 has its own ring only when it is current
    rings.draw("e3", ["e3"], columns, lane_y, bands.position)
    (x,) = rings.highlight.data["x"].tolist()
    assert x == bands.position("e3")[0]  # type: ignore[index]
    rings.draw(None, [], columns, lane_y, bands.position)
    assert len(rings.highlight.data) == 0 and rings.ring_ids() == []
