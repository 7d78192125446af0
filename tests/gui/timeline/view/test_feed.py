"""Reading the model into the timeline's columns (gui/timeline/view/feed.py), without a view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from gui.timeline.view.feed import EventFeed
from model.core.events import EventDate
from model.core.result import ExtractionResult
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel
from model.render.timeline_columns import build_columns, no_articles
from model.state.session import Session
from tests.gui.timeline.test_timeline_view import articles, event

SUMMIT = date(2021, 11, 15)


class Fed:
    def __init__(self) -> None:
        self.session = Session()
        self.table = EventTableModel(self.session)
        self.filter = EventFilterModel()
        self.filter.setSourceModel(self.table)
        self.session.set_result(ExtractionResult(articles(2), [
            event(1, "a0", SUMMIT, headline="Xi and Biden hold virtual summit"),
            event(2, "a0", SUMMIT + timedelta(days=1), headline="Kirby holds briefing"),
            event(3, "a1", SUMMIT + timedelta(days=27), headline="Defence officials hold talks"),
        ]))
        self.feed = EventFeed()
        self.feed.set_model(self.filter)
        self.empty = build_columns([], "none", no_articles)

    def row_of(self, event_id: str) -> int:
        return self.filter.row_of(event_id)


@pytest.fixture
def fed(qapp):
    made = Fed()
    yield made
    made.feed.disconnect_model()


def test_a_read_gives_the_shown_events_and_none_when_only_their_order_changed(fed: Fed) -> None:
    columns = fed.feed.read(fed.empty, "article", force=False)
    assert columns is not None and sorted(columns.ids) == ["e1", "e2", "e3"]
    assert columns.lane_labels == ["Article 0", "Article 1"]
    fed.filter.sort(0, Qt.SortOrder.DescendingOrder)  # the table sorted: the timeline is already right
    assert fed.feed.read(columns, "article", force=False) is None
    assert fed.feed.read(columns, "none", force=True) is not None  # a new grouping reads again
    fed.filter.set_text("briefing")
    filtered = fed.feed.read(columns, "article", force=False)
    assert filtered is not None and filtered.ids == ["e2"]


def test_a_model_reset_asks_for_a_read(qtbot, fed: Fed) -> None:
    with qtbot.waitSignal(fed.feed.resetNeeded):
        fed.filter.set_text("summit")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # A star changes no place: updated in place, nothing moved.
        (lambda e: replace(e, starred=True), False),
        # Re-dated two days later: updated in place, and it moved.
        (lambda e: replace(e, date=replace(e.date, start=e.date.start + timedelta(days=2),
                                           end=e.date.end + timedelta(days=2))), True),
        # Now undated ("before 17 Nov 2021"): it leaves the days for its lane's band, a new read.
        (lambda e: replace(e, date=EventDate("PAST_REF", SUMMIT, SUMMIT, "relative")), None),
        # Now in another article's lane that does not exist yet: lanes are ordered afresh, a new read.
        (lambda e: replace(e, article="a9"), None),
    ],
)
def test_a_changed_row_is_updated_in_place_or_asks_for_a_read(fed: Fed, change, expected: bool | None) -> None:
    columns = fed.feed.read(fed.empty, "article", force=False)
    assert columns is not None
    target = fed.session.find_event("e1")
    assert target is not None
    fed.session.replace_events([change(target)])
    row = fed.row_of("e1")
    assert fed.feed.update_rows(columns, row, row, "article") is expected
    if expected is not None:
        assert columns.events[columns.index["e1"]] == change(target)


def test_answers_about_events_come_from_the_model(fed: Fed) -> None:
    assert fed.feed.entry_of("e1") == "e1"
    assert fed.feed.cluster_sources("e1") == [fed.table.article_label("a0")]  # told once, by its article
    assert fed.feed.source_namer()("a0") == fed.table.article_label("a0")
    assert fed.feed.source_has_events()
    fed.session.set_result(ExtractionResult(articles(1), []))
    assert not fed.feed.source_has_events()
