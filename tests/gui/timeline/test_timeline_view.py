"""The timeline widget on its own: lanes, marker styles, level of detail, labels, keys, lifetime."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox

from gui.timeline.timeline_view import TimelineView
from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import MODALITIES, Event, EventDate
from model.core.result import ExtractionResult
from model.core.time_axis import DAY, EPOCH_ORDINAL
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventRole, EventTableModel
from model.state.session import Session
from tests.fakes import fake_result

SPAN = TextSpan(0, 1, "x")


def event(n: int, article: str, day: date, **kw: object) -> Event:
    granularity = str(kw.pop("granularity", "day"))
    end = day
    if granularity == "month":
        day = day.replace(day=1)
        end = (day + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return Event(
        id=f"e{n}",
        article=article,
        date=EventDate(day.isoformat(), day, end, granularity),
        headline=str(kw.pop("headline", f"Event {n}")),
        sentence=SPAN,
        trigger=SPAN,
        timex=SPAN,
        **kw,  # type: ignore[arg-type]
    )


def articles(n: int) -> list[Article]:
    return [
        Article(f"a{i}", f"/tmp/a{i}.txt", "x", title=f"Article {i}", dct=DocumentDate("2021-01-01"))
        for i in range(n)
    ]


def small_result() -> ExtractionResult:
    d = date(2021, 3, 1)
    events = [
        event(1, "a1", d, participants=["Biden", "Xi"], modality="happened"),
        event(2, "a0", d + timedelta(days=10), participants=["Xi"], modality="planned"),
        event(3, "a0", d + timedelta(days=20), modality="projected", granularity="month"),
        event(4, "a1", d + timedelta(days=40), participants=["Austin"], modality="reported"),
        event(5, "a0", d + timedelta(days=60), modality="hypothetical", starred=True),
    ]
    return ExtractionResult(articles(2), events)


def many_result(n: int, seed: int = 3) -> ExtractionResult:
    rnd = random.Random(seed)
    base = date(2000, 1, 1)
    events = [
        event(
            i,
            f"a{rnd.randrange(5)}",
            base + timedelta(days=rnd.randrange(3650)),
            modality=rnd.choice(MODALITIES),
        )
        for i in range(n)
    ]
    return ExtractionResult(articles(5), events)


class Setup:
    def __init__(self, qtbot, result: ExtractionResult) -> None:
        self.session = Session()
        self.model = EventTableModel(self.session)
        self.filter = EventFilterModel()
        self.filter.setSourceModel(self.model)
        self.view = TimelineView()
        qtbot.addWidget(self.view)
        self.view.resize(1000, 500)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.session.set_result(result)
        self.view.set_model(self.filter)


@pytest.fixture
def make(qtbot):
    made: list[Setup] = []

    def build(result: ExtractionResult) -> Setup:
        setup = Setup(qtbot, result)
        made.append(setup)
        return setup

    yield build
    for setup in made:
        setup.view.dispose()


def seconds(day: date) -> float:
    return (day.toordinal() - EPOCH_ORDINAL) * DAY


def test_lane_modes_name_their_lanes(make) -> None:
    view = make(small_result()).view
    view.set_lane_mode("article")
    assert view.lane_labels() == ["Article 1", "Article 0"]  # in the order of their first event
    view.set_lane_mode("none")
    assert view.lane_labels() == ["Events"]
    view.set_lane_mode("modality")
    assert view.lane_labels() == ["Happened", "Planned", "Reported", "Projected", "Hypothetical"]
    view.set_lane_mode("participant")
    # Several participants: the event goes in its first participant's lane.
    assert view.lane_labels() == ["Biden", "Xi", "Austin", "No participant"]  # the unnamed last
    assert view._markers["e1"].lane == 0
    with pytest.raises(ValueError):
        view.set_lane_mode("colour")
    axis = view.plot.getPlotItem().getAxis("left")
    assert [label for _, label in axis._tickLevels[0]] == view.lane_labels()


def test_lane_combo_switches_and_is_remembered(qtbot, make) -> None:
    view = make(small_result()).view
    bar = view.toolbar()
    combo = bar.findChild(QComboBox, "laneMode")
    assert combo is not None
    with qtbot.waitSignal(view.laneModeChanged) as blocker:
        combo.setCurrentIndex(combo.findData("modality"))
    assert blocker.args == ["modality"]
    assert view.lane_labels()[0] == "Happened"
    again = TimelineView()
    qtbot.addWidget(again)
    assert again.lane_mode == "modality"
    again.dispose()


def test_filter_changes_the_markers(qtbot, make) -> None:
    setup = make(small_result())
    view = setup.view
    assert sorted(view.drawn_marker_ids()) == ["e1", "e2", "e3", "e4", "e5"]
    setup.filter.set_article_ids({"a1"})
    qtbot.waitUntil(lambda: sorted(view.marker_ids()) == ["e1", "e4"])
    assert sorted(view.drawn_marker_ids()) == ["e1", "e4"]
    assert len(view.scatter.points()) == 2
    setup.filter.clear_filters()
    qtbot.waitUntil(lambda: len(view.marker_ids()) == 5)


def test_an_empty_timeline_says_what_to_do_instead_of_showing_an_axis(qtbot, make) -> None:
    setup = make(ExtractionResult([], []))
    view = setup.view
    axis = view.plot.getPlotItem().getAxis("bottom")
    assert view.empty_hint.isVisible() and view.empty_hint.text() == "Open articles (Ctrl+O) or drop files here"
    assert axis.tickStrings([0.0, 86400.0], 1.0, 86400.0) == ["", ""]  # no "1 Jan 00:00"
    setup.session.set_result(small_result())
    qtbot.waitUntil(lambda: len(view.marker_ids()) == 5)
    assert not view.empty_hint.isVisible() and axis.tickStrings([0.0], 1.0, 86400.0) == ["1 Jan 1970"]
    setup.filter.set_article_ids({"nothing"})  # events there, all filtered out: say so, not "open"
    qtbot.waitUntil(lambda: view.empty_hint.isVisible())
    assert "filters" in view.empty_hint.text()


def test_each_modality_has_its_own_mark_and_stars_show(make) -> None:
    view = make(small_result()).view
    styles = view.marker_styles()
    plain = [styles[f"e{n}"] for n in (1, 2, 3, 4)]
    assert len(set(plain)) == 4  # happened, planned, projected, reported all look different
    assert styles["e1"][0] == "o" and styles["e4"][0] == "s" and styles["e3"][0] == "d"
    assert styles["e2"][2] == "#ffffffff"  # planned is hollow
    assert styles["e3"][1].endswith(f"/{Qt.PenStyle.CustomDashLine.value}")  # projected is dashed
    assert int(styles["e5"][2][1:3], 16) < 255  # hypothetical is faded
    assert styles["e5"][1].startswith("#ffe6a700")  # starred: the gold ring
    # Only the month-long event is a bar.
    assert len(view.bars.opts["x0"]) == 1
    assert view.bars.opts["x1"][0] - view.bars.opts["x0"][0] == 31 * DAY


def test_legend_lists_every_mark(make) -> None:
    from gui.timeline.timeline_styles import Legend

    view = make(small_result()).view
    legend = view.toolbar().findChild(Legend)
    assert legend is not None
    assert legend.entries[:5] == ["Happened", "Planned / expected", "Projected", "Reported", "Hypothetical"]
    assert "Starred" in legend.entries


def test_many_events_show_density_until_zoomed_in(qtbot, make) -> None:
    view = make(many_result(20_000)).view
    assert len(view.marker_ids()) == 20_000
    assert view.showing_density()
    assert view.drawn_marker_ids() == []  # not 20,000 spots
    assert view.density.isVisible() and view.density.image is not None
    assert view.label_texts() == []
    middle = seconds(date(2005, 1, 1))
    view.set_x_range(middle - 20 * DAY, middle + 20 * DAY)
    qtbot.waitUntil(lambda: not view.showing_density())
    drawn = view.drawn_marker_ids()
    assert 0 < len(drawn) <= 3 * view.max_markers
    assert not view.density.isVisible()
    x0, x1 = view.x_range()
    assert any(x0 <= view._markers[i].x <= x1 for i in drawn)
    view.fit_all()
    qtbot.waitUntil(view.showing_density)


def test_a_few_changed_rows_do_not_rebuild_everything(qtbot, make) -> None:
    setup = make(many_result(20_000))
    view = setup.view
    target = setup.session.events[123]
    x = seconds(target.date.start) + DAY / 2
    view.set_x_range(x - 5 * DAY, x + 5 * DAY)
    qtbot.waitUntil(lambda: target.id in view.drawn_marker_ids())
    rebuilds = view.stats["rebuilds"]
    assert view.marker_styles()[target.id][1] != view.marker_styles().get("", ("", "#ffe6a700"))[1]
    setup.session.replace_events([replace(target, starred=True)])
    qtbot.waitUntil(lambda: view.marker_styles()[target.id][1].startswith("#ffe6a700"))
    assert view.stats["rebuilds"] == rebuilds
    assert view.stats["partial_updates"] >= 1
    # A re-dated event moves without a rebuild too.
    moved = replace(
        target,
        date=replace(
            target.date, start=target.date.start + timedelta(days=2), end=target.date.end + timedelta(days=2)
        ),
    )
    setup.session.replace_events([moved])
    qtbot.waitUntil(lambda: view._markers[target.id].x == x + 2 * DAY)
    assert view.stats["rebuilds"] == rebuilds


def test_labels_lengthen_as_you_zoom_in(qtbot, make) -> None:
    d = date(2021, 1, 1)
    long = "Defence ministers agree to reopen the hotline"
    events = [
        event(1, "a0", d, headline=long),
        event(
            2, "a0", d + timedelta(days=20), headline="Second meeting of the working group on maritime safety"
        ),
        event(3, "a0", d + timedelta(days=400), headline="Much later"),
    ]
    view = make(ExtractionResult(articles(1), events)).view
    assert long not in view.label_texts()  # at "fit all" the next event leaves no room for all of it
    view.set_x_range(seconds(d) - 2 * DAY, seconds(d) + 30 * DAY)
    qtbot.waitUntil(lambda: long in view.label_texts())
    texts = view.label_texts()
    assert len(texts) == len(set(texts))


def test_labels_never_overlap(make) -> None:
    view = make(many_result(60)).view
    view.set_lane_mode("none")
    boxes = [label.sceneBoundingRect() for label in view._labels]
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1))


def test_arrows_walk_events_in_time_order(qtbot, make) -> None:
    result = small_result()
    setup = make(result)
    view = setup.view
    view.setFocus()
    # Time order is the order of positions: a month sits at its middle, after the 11th.
    in_time = [
        e.id for e in sorted(result.events, key=lambda e: e.date.start + (e.date.end - e.date.start) / 2)
    ]
    assert in_time == ["e1", "e2", "e3", "e4", "e5"]
    seen = []
    for _ in in_time:
        with qtbot.waitSignal(view.eventActivated) as blocker:
            qtbot.keyClick(view, Qt.Key.Key_Right)
        seen.append(blocker.args[0])
    assert seen == in_time
    assert view.selected_event_id == in_time[-1]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_event_id == in_time[-2]
    with qtbot.waitSignal(view.eventOpened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [in_time[-2]]
    # Hidden by the filter: skipped.
    setup.filter.set_article_ids({"a0"})
    qtbot.waitUntil(lambda: len(view.marker_ids()) == 3)
    view.select_event("e2")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_event_id == "e3"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_event_id == "e5"


def test_zoom_keys_on_the_timeline(qtbot, make) -> None:
    view = make(small_result()).view
    view.setFocus()
    x0, x1 = view.x_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    z0, z1 = view.x_range()
    assert z1 - z0 < x1 - x0
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.x_range() == (x0, x1)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.x_range()[1] - view.x_range()[0] > x1 - x0


def test_existing_fake_result_lanes_and_bars(make) -> None:
    result = fake_result()
    view = make(result).view
    view.set_lane_mode("article")
    # Article lanes are named as the article list names the articles (and as an exported image does):
    # the title, else the first line; not the source ("Reuters"), never the id ("b").
    assert view.lane_labels() == ["Officials met on Tuesday, Nov 2 2021.", "Leaders meet"]
    assert len(view.bars.opts["x0"]) == 2


def test_dispose_is_clean(qtbot) -> None:
    setup = Setup(qtbot, small_result())
    view = setup.view
    view.dispose()
    assert view.scatter.scene() is None and view.label_texts() == []
    # The model keeps changing after the view is gone: nothing reaches it.
    setup.session.set_result(many_result(10))
    setup.filter.set_article_ids({"a0"})
    qtbot.wait(20)


def test_sorting_the_shared_proxy_does_not_rebuild(qtbot, make) -> None:
    from model.qt.event_table_model import EventColumn

    setup = make(small_result())
    view = setup.view
    rebuilds = view.stats["rebuilds"]
    setup.filter.sort(EventColumn.HEADLINE, Qt.SortOrder.DescendingOrder)
    qtbot.wait(20)
    assert sorted(view.marker_ids()) == ["e1", "e2", "e3", "e4", "e5"]
    assert view.stats["rebuilds"] == rebuilds


def test_event_near_a_point_picks_the_marker_there(make) -> None:
    view = make(small_result()).view
    for event_id in ("e1", "e3", "e5"):
        pos = view.marker_position(event_id)
        assert pos is not None
        assert view.event_near(pos) == event_id
    far = view.marker_position("e1")
    assert far is not None
    assert view.event_near(far + QPoint(0, 200)) is None


def test_an_edit_that_changes_what_the_filter_lets_through_shows_at_once(qtbot, make) -> None:
    setup = make(small_result())
    view = setup.view
    setup.filter.set_state(replace(setup.filter.state, starred_only=True))
    qtbot.waitUntil(lambda: view.marker_ids() == ["e5"])
    e2 = setup.session.find_event("e2")
    assert e2 is not None
    setup.session.replace_events([replace(e2, starred=True)])
    qtbot.waitUntil(lambda: sorted(view.marker_ids()) == ["e2", "e5"])
    assert view.marker_styles()["e2"][1].startswith("#ffe6a700")  # drawn as starred, not as it was
    setup.filter.clear_filters()
    qtbot.waitUntil(lambda: len(view.marker_ids()) == 5)
    assert view.marker_styles()["e2"][1].startswith("#ffe6a700")


def test_redating_under_a_date_sorted_filter_moves_the_marker_both_ways(qtbot, make) -> None:
    from model.qt.event_table_model import EventColumn

    setup = make(small_result())
    view = setup.view
    setup.filter.sort(EventColumn.DATE)  # a re-dated event changes the proxy's order: it resets
    original = setup.session.find_event("e1")
    assert original is not None
    later = original.date.start + timedelta(days=50)
    setup.session.replace_events([replace(original, date=EventDate(later.isoformat(), later, later, "day"))])
    qtbot.waitUntil(lambda: view._markers["e1"].x == seconds(later) + DAY / 2)
    setup.session.replace_events([original])
    qtbot.waitUntil(lambda: view._markers["e1"].x == seconds(original.date.start) + DAY / 2)


def test_clicking_the_plot_gives_the_timeline_the_keys(qtbot, make) -> None:
    view = make(small_result()).view
    view.window().activateWindow()
    viewport = view.plot.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(viewport.width() - 5, 5))  # empty space
    qtbot.waitUntil(view.hasFocus)
    with qtbot.waitSignal(view.eventActivated):
        qtbot.keyClick(view, Qt.Key.Key_Right)


def test_fit_all_leaves_a_far_outlier_to_the_overview(qtbot, make) -> None:
    """Bug: one "11th century" among 3,000 events of the 1990s squeezed the timeline into one column."""
    result = many_result(200)
    result.events.append(event(9999, "a0", date(1001, 1, 1)))
    view = make(result).view
    view.fit_all()
    x0, x1 = view.x_range()
    assert x0 > seconds(date(1990, 1, 1))  # the outlier is not in the fitted range...
    assert x1 >= seconds(date(2009, 6, 1))  # ...the bulk is
    # Without a far outlier, fit all is everything.
    plain = make(many_result(200)).view
    plain.fit_all()
    lo, hi = plain.data_span() or (0.0, 0.0)
    px0, px1 = plain.x_range()
    assert px0 <= lo and px1 >= hi


def test_past_thirty_articles_the_smallest_lanes_share_an_other_lane(make) -> None:
    """Seen on the 286 TempEval articles: 286 article lanes, none of them readable."""
    base = date(2000, 1, 1)
    events = []
    for a in range(60):  # article a has a + 1 events: the biggest lanes are the last articles
        events += [event(1000 * a + k, f"a{a}", base + timedelta(days=a + k)) for k in range(a + 1)]
    view = make(ExtractionResult(articles(60), events)).view
    view.set_lane_mode("article")
    labels = view.lane_labels()
    assert len(labels) == 30
    assert labels[-1] == "Other (31 more articles)"
    assert set(labels[:-1]) == {f"Article {a}" for a in range(31, 60)}
    assert len(view.marker_ids()) == len(events)  # every event is still drawn
    view.set_lane_mode("modality")
    assert view.lane_labels() == ["Happened"]  # modalities are never folded


def test_editing_an_event_of_the_other_lane_does_not_rebuild_the_timeline(qtbot, make) -> None:
    base = date(2000, 1, 1)
    events = []
    for a in range(60):
        events += [event(1000 * a + k, f"a{a}", base + timedelta(days=a + k)) for k in range(a + 1)]
    setup = make(ExtractionResult(articles(60), events))
    view = setup.view
    view.set_lane_mode("article")
    qtbot.waitUntil(lambda: len(view.lane_labels()) == 30)
    small = next(e for e in setup.session.events if e.article == "a0")  # folded into "Other"
    rebuilds = view.stats["rebuilds"]
    setup.session.replace_events([replace(small, starred=True)])
    qtbot.waitUntil(lambda: view.stats["partial_updates"] >= 1)
    assert view.stats["rebuilds"] == rebuilds
    assert view.lane_labels()[-1] == "Other (31 more articles)"  # not relabelled as that article


# --- undated happenings ----------------------------------------------------------------------


def undated(n: int, article: str, dct: date, value: str = "PAST_REF", **kw: object) -> Event:
    """A happening the text gives no time for: its relation to the document date only."""
    return Event(
        id=f"e{n}", article=article, date=EventDate(value, dct, dct, "relative"),
        headline=str(kw.pop("headline", f"Undated {n}")), sentence=SPAN, trigger=SPAN,
        timex=TextSpan(0, 0, ""), date_source="document", **kw,  # type: ignore[arg-type]
    )


def test_undated_happenings_are_a_band_at_the_document_date_not_markers_on_a_day(make) -> None:
    dct = date(2021, 11, 17)
    result = ExtractionResult(articles(2), [
        event(1, "a0", date(2021, 11, 15), headline="Xi and Biden hold virtual summit"),
        undated(2, "a0", dct, headline="Trump scrapped regular talks"),
        undated(3, "a0", dct, headline="Austin has yet to speak to his counterpart", modality="negated"),
        undated(4, "a1", date(2021, 12, 31), headline="Officials held talks"),
    ])
    view = make(result).view
    view.set_lane_mode("article")
    # Only the dated happening is a marker on a day.
    assert view.marker_ids() == ["e1"]
    bands = {lane: (label, ids) for lane, label, ids in view.undated_groups()}
    assert bands["Article 0"] == ("2 undated · before 17 Nov 2021", ("e2", "e3"))
    # An article with nothing dated still has its lane, holding only its band.
    assert bands["Article 1"] == ("1 undated · before 31 Dec 2021", ("e4",))
    assert set(view.lane_labels()) == {"Article 0", "Article 1"}
    # The band sits at the end of the document date's day, after which none of them can be.
    xs = sorted(view.undated_band.data["x"].tolist())
    assert xs[0] == seconds(dct + timedelta(days=1))


def test_a_lane_has_one_band_whose_label_no_marker_label_covers(make) -> None:
    """Bug: a PAST_REF and a PRESENT_REF band of one lane stood at one place, labels on top of each other."""
    dct = date(2021, 11, 17)
    result = ExtractionResult(articles(1), [
        event(1, "a0", date(2021, 11, 16), headline="Pentagon holds a briefing on the talks"),
        undated(2, "a0", dct, headline="Trump scrapped regular talks"),
        undated(3, "a0", dct, value="PRESENT_REF", headline="Officials say the talks matter"),
        undated(4, "a0", dct, headline="Officials agreed to talk"),
    ])
    view = make(result).view
    view.set_lane_mode("article")
    assert view.undated_groups() == [
        ("Article 0", "3 undated · by 17 Nov 2021", ("e2", "e3", "e4"))
    ]
    view.set_x_range(seconds(date(2021, 11, 10)), seconds(date(2021, 11, 24)))
    view._flush()
    view._refresh(force=True)
    boxes = [label.sceneBoundingRect() for label in [*view._labels, *view.undated.labels]]
    assert len(boxes) >= 2
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1))


def test_an_event_redated_to_undated_leaves_the_day_markers(make) -> None:
    setup = make(small_result())
    view = setup.view
    first = setup.session.result.events[0]
    setup.session.set_result(ExtractionResult(
        setup.session.result.articles,
        [replace(first, date=EventDate("PAST_REF", first.date.end, first.date.end, "relative"),
                 date_source="document"), *setup.session.result.events[1:]],
    ))
    view.rebuild()
    assert first.id not in view.marker_ids()
    assert any(first.id in ids for _, _, ids in view.undated_groups())


def test_a_negated_happening_never_looks_like_one_that_happened(make) -> None:
    d = date(2021, 11, 15)
    result = ExtractionResult(articles(1), [
        event(1, "a0", d, modality="happened"),
        event(2, "a0", d + timedelta(days=30), modality="negated", headline="Claim could not be verified"),
    ])
    view = make(result).view
    view.fit_all()
    styles = view.marker_styles()
    assert styles["e1"] != styles["e2"]
    assert styles["e2"][2] == "#ffffffff"  # hollow


def test_selecting_an_undated_happening_rings_its_band(make) -> None:
    dct = date(2021, 11, 17)
    result = ExtractionResult(articles(1), [
        event(1, "a0", date(2021, 11, 15)),
        undated(2, "a0", dct, headline="Trump scrapped regular talks"),
    ])
    view = make(result).view
    view.select_event("e2")
    assert view.selected_event_id == "e2"
    (ring,) = view.highlight.data["x"].tolist()
    assert ring == seconds(dct + timedelta(days=1))


class OneEntryPerHappening(QSortFilterProxyModel):
    """A filter of its own (not the app's EventFilterModel) that shows the first of two reports of
    one happening, the way the summit told by Reuters and by the Pentagon is one entry."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return self.sourceModel().index(row, 0, parent).data(EventRole.EVENT).id != "e2"

    def representative_of(self, event_id: str, /) -> str | None:
        return "e1" if event_id in ("e1", "e2") else event_id


def test_a_collapsed_report_rings_its_entry_under_any_model_that_collapses_reports(qtbot) -> None:
    # The view asked the app's filter class by name; any model that says which entry stands for a
    # report (model.qt.event_source.CollapsesReports) is heard now.
    session = Session()
    table = EventTableModel(session)
    proxy = OneEntryPerHappening()
    proxy.setSourceModel(table)
    session.set_result(ExtractionResult(articles(2), [
        event(1, "a0", date(2021, 11, 15), headline="Xi and Biden hold virtual summit"),
        event(2, "a1", date(2021, 11, 15), headline="Biden and Xi meet by video"),
        event(3, "a1", date(2021, 11, 16), headline="Kirby holds briefing"),
    ]))
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.set_model(proxy)
    try:
        assert view.marker_ids() == ["e1", "e3"]
        view.select_event("e2")
        assert view.selected_event_id == "e1"
        assert view.highlight.data["data"].tolist() == ["e1"]
    finally:
        view.dispose()


@pytest.mark.parametrize(
    ("days", "window"),
    [
        # A story of one month with one far mention each side: the month.
        ([-100, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 5000],
         (10, 30)),
        # Evenly spread entries: all of them.
        (list(range(0, 100, 10)), (0, 90)),
        # Three months of reporting, a year of background, a few old anniversaries (the H1N1 shape):
        # the months of reporting and the background next to them, not the decades.
        ([*range(700, 790), *range(400, 760, 30), -30000, -20000, -15000, -9000, -3000], (520, 789)),
        # Too few entries to call any of them an outlier.
        ([0, 3000, 6000], None),
    ],
)
def test_the_story_window_holds_the_story(days: list[int], window: tuple[int, int] | None) -> None:
    from model.render.timeline_columns import story_window

    got = story_window(np.array(sorted(days), dtype=float))
    if window is None:
        assert got is None
    else:
        assert got is not None and (round(got[0]), round(got[1])) == window


def test_the_first_view_frames_the_story_and_counts_what_lies_outside(qtbot, make) -> None:
    """Bug: the samples opened on 2014-2028 with 40 of 42 entries in one column of November 2021."""
    story = [event(n, f"a{n % 2}", date(2021, 11, 1) + timedelta(days=n % 25)) for n in range(40)]
    story += [event(100, "a0", date(2014, 5, 1)), event(101, "a1", date(2028, 1, 1))]
    view = make(ExtractionResult(articles(2), story)).view
    qtbot.waitUntil(lambda: view.outside_counts() == (1, 1))
    x0, x1 = view.x_range()
    assert seconds(date(2021, 9, 1)) < x0 < seconds(date(2021, 11, 1))
    assert seconds(date(2021, 11, 25)) < x1 < seconds(date(2022, 2, 1))
    assert view.outside_hint.isVisible()
    assert view.outside_hint.text() == "◂ 1 earlier · 1 later ▸ outside this view"


def test_band_labels_of_many_lanes_never_stack(make) -> None:
    """Bug: 200 articles each with an undated band drew 200 labels on top of each other."""
    dct = date(2009, 4, 27)
    events = [event(n, f"a{n}", date(2009, 4, 20) + timedelta(days=n % 9)) for n in range(25)]
    events += [undated(100 + n, f"a{n}", dct + timedelta(days=n % 3)) for n in range(25)]
    view = make(ExtractionResult(articles(25), events)).view
    view.set_lane_mode("article")
    view.resize(1000, 260)  # about 8 pixels a lane: less than a line of text
    view._flush()
    view.fit_all()
    view._refresh(force=True)
    shown = [label for label in view.undated.labels if label.isVisible()]
    assert len(shown) < 25  # fewer labels (none on lanes thinner than a few lines)...
    boxes = [label.sceneBoundingRect() for label in shown]
    for i, a in enumerate(boxes):  # ...and none on another
        for b in boxes[i + 1 :]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1))


def test_a_band_label_at_the_view_s_left_edge_reads_after_the_band_not_cut_off(make) -> None:
    """Bug (seen on the sample articles): a band near the left edge showed 'efore 30 Nov 2021'."""
    dct = date(2021, 11, 17)
    result = ExtractionResult(articles(1), [
        event(1, "a0", date(2021, 12, 20), headline="Officials hold a second round of talks"),
        undated(2, "a0", dct, headline="Trump scrapped regular talks"),
    ])
    view = make(result).view
    view.set_lane_mode("article")
    view.set_x_range(seconds(dct), seconds(date(2022, 1, 10)))  # the band a day from the left edge
    view._flush()
    view._refresh(force=True)
    (label,) = view.undated.labels
    assert label.isVisible()
    # The label's box, in the plot's pixels, starts inside the plot.
    box = view.view_box
    ((left, right, _),) = view.undated.place_labels(
        view.x_range(), tuple(box.viewRange()[1]), box.width(), box.height()
    )
    assert 0 <= left < right <= box.width()


# Two firms, told the way a business page tells them: the second sentence's "It" is Acme, and the
# last sentence names Zenith before Acme, though only Acme answered.
FIRMS = ("Acme Corp hired a new chief executive on Monday. It will open a plant in Ohio in March.\n\n"
         "Zenith Inc cut its prices on Tuesday, and Acme answered with a price cut of its own on Thursday. "
         "Zenith Inc said on Friday that it would sue.")


def test_a_participant_lane_holds_the_events_its_entity_takes_part_in(qtbot, make_window, nlp, tmp_path) -> None:
    """Issue 13: the lanes used to read each event's participants (every name of its sentence, the
    first one winning); they hold what extraction's ``entity_events`` finds, kept in the project."""
    from model.core.documents import Article
    from model.nlp.pipeline import extract
    from model.project import save_project

    article = Article("firms", "/tmp/firms.txt", FIRMS, title="Price war", dct=DocumentDate("2009-05-01", "metadata", 1.0))
    path = tmp_path / "firms.chronicle"
    save_project(extract([article], nlp), path)
    window = make_window()
    with qtbot.waitSignal(window.workflow.projectOpened, timeout=20000):
        window.project.open_project(str(path))
    window.timeline.set_lane_mode("participant")
    assert {"Acme Corp", "Zenith Inc"} <= set(window.timeline.lane_labels())

    by_id = {e.id: e for e in window.session.events}

    def lane(label: str) -> set[str]:
        return {by_id[i].trigger.text for i in window.timeline.lane_event_ids(label)}

    assert lane("Acme Corp") == {"hired", "open", "answered"}  # "answered" was in Zenith's lane
    assert lane("Zenith Inc") == {"cut", "said"}
    (opens,) = [by_id[i] for i in window.timeline.lane_event_ids("Acme Corp") if by_id[i].trigger.text == "open"]
    assert opens.sentence.text.startswith("It will open")  # the firm only as "It"
