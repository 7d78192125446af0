"""The timeline scene: what the timeline widget and the image exporter both draw."""

from __future__ import annotations

from datetime import date

import pytest

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult
from model.render.scene import build_scene, format_date


def _event(
    eid: str,
    article: str,
    value: str,
    start: date,
    end: date,
    granularity: str,
    headline: str,
    modality: str = "happened",
    cluster: str = "",
    confidence: float = 0.8,
) -> Event:
    sentence = TextSpan(0, len(headline), headline)
    return Event(
        id=eid,
        article=article,
        date=EventDate(value, start, end, granularity),
        headline=headline,
        sentence=sentence,
        trigger=TextSpan(0, 4, headline[:4]),
        timex=TextSpan(0, 4, headline[:4]),
        modality=modality,
        confidence=confidence,
        cluster=cluster or eid,
    )


def sample_result() -> ExtractionResult:
    """Three articles like the bundled samples, with the Biden–Xi summit told twice."""
    articles = [
        Article(
            "st",
            "st.txt",
            "…",
            title="US, China military officials hold talks",
            source="Straits Times",
            dct=DocumentDate("2023-11-21", "inferred", 0.8),
        ),
        Article(
            "scmp",
            "scmp.txt",
            "…",
            title="Defence officials talk again",
            source="SCMP",
            dct=DocumentDate("2024-01-10", "dateline", 0.9),
        ),
        Article(
            "reuters",
            "reuters.txt",
            "…",
            title="Biden and Xi agree to restore military ties",
            source="Reuters",
            dct=DocumentDate("2021-11-16", "dateline", 0.9),
        ),
    ]
    events = [
        _event(
            "reuters-1",
            "reuters",
            "2021-11-15",
            date(2021, 11, 15),
            date(2021, 11, 15),
            "day",
            "Biden and Xi hold virtual summit",
            cluster="summit",
            confidence=0.9,
        ),
        _event(
            "st-1",
            "st",
            "2021-11-15",
            date(2021, 11, 15),
            date(2021, 11, 15),
            "day",
            "Virtual summit between Biden and Xi",
            cluster="summit",
            confidence=0.7,
        ),
        _event(
            "reuters-2",
            "reuters",
            "2021-12",
            date(2021, 12, 1),
            date(2021, 12, 31),
            "month",
            "Military talks planned",
            "planned",
        ),
        _event(
            "st-2",
            "st",
            "2023-11-15",
            date(2023, 11, 15),
            date(2023, 11, 15),
            "day",
            "Biden and Xi meet in Woodside",
            "happened",
        ),
        _event(
            "scmp-1",
            "scmp",
            "2023-10-30",
            date(2023, 10, 30),
            date(2023, 10, 30),
            "day",
            "Officials reported the calls",
            "reported",
        ),
        _event(
            "scmp-2",
            "scmp",
            "2024",
            date(2024, 1, 1),
            date(2024, 12, 31),
            "year",
            "More talks expected in 2024",
            "projected",
        ),
        _event(
            "st-3",
            "st",
            "2024-Q1",
            date(2024, 1, 1),
            date(2024, 3, 31),
            "quarter",
            "Tensions could rise if talks fail",
            "hypothetical",
        ),
        _event(
            "scmp-3",
            "scmp",
            "2024-01-09",
            date(2024, 1, 9),
            date(2024, 1, 9),
            "day",
            "Talks on R&D <safety> resume",
            "happened",
        ),
    ]
    return ExtractionResult(articles, events)


def test_clusters_become_one_item_listing_all_sources() -> None:
    scene = build_scene(sample_result())
    summit = [i for i in scene.items if "summit" in i.label.lower()]
    assert len(summit) == 1
    item = summit[0]
    assert item.label == "Biden and Xi hold virtual summit"  # the most confident mention speaks
    assert set(item.event_ids) == {"reuters-1", "st-1"}
    assert item.sources == [
        "US, China military officials hold talks",
        "Biden and Xi agree to restore military ties",
    ]
    assert len(scene.items) == 7
    assert scene.total_events == 7


def test_lanes_follow_article_order_and_items_point_at_them() -> None:
    scene = build_scene(sample_result())
    assert [lane.key for lane in scene.lanes] == ["st", "scmp", "reuters"]
    by_id = {i.event_id: i for i in scene.items}
    assert scene.lanes[by_id["scmp-2"].lane].key == "scmp"
    assert scene.lanes[by_id["reuters-1"].lane].key == "reuters"
    assert [i.start for i in scene.items] == sorted(i.start for i in scene.items)


def test_whole_timeline_range_has_air_on_both_sides() -> None:
    scene = build_scene(sample_result())
    lo, hi = scene.x_range
    assert lo < date(2021, 11, 15)
    assert hi > date(2024, 12, 31)


def test_visible_ids_and_view_range_filter_what_is_drawn() -> None:
    result = sample_result()
    scene = build_scene(result, visible_event_ids={"st-2", "scmp-1", "reuters-2"})
    assert {i.event_id for i in scene.items} == {"st-2", "scmp-1", "reuters-2"}
    assert scene.total_events == 7

    view = (date(2023, 10, 1), date(2023, 12, 31))
    scene = build_scene(result, view_range=view, title="Autumn 2023")
    assert scene.x_range == view
    assert scene.title == "Autumn 2023"
    assert {i.event_id for i in scene.items} == {"st-2", "scmp-1"}
    assert [lane.key for lane in scene.lanes] == ["st", "scmp"]
    assert scene.sources == [
        "US, China military officials hold talks (2023-11-21)",
        "Defence officials talk again (2024-01-10)",
    ]


def test_a_cluster_is_shown_when_any_of_its_events_is_visible() -> None:
    scene = build_scene(sample_result(), visible_event_ids={"st-1"})
    assert len(scene.items) == 1
    assert scene.items[0].event_ids == ("st-1",)
    assert scene.items[0].sources == ["US, China military officials hold talks"]


def test_other_lane_groupings() -> None:
    result = sample_result()
    assert [lane.label for lane in build_scene(result, lane_by="source").lanes] == [
        "Reuters",
        "Straits Times",
        "SCMP",
    ]
    assert len(build_scene(result, lane_by="none").lanes) == 1
    assert {lane.key for lane in build_scene(result, lane_by="modality").lanes} == {
        "happened",
        "planned",
        "reported",
        "projected",
        "hypothetical",
    }
    with pytest.raises(ValueError):
        build_scene(result, lane_by="colour")


def test_empty_result_is_an_empty_scene() -> None:
    scene = build_scene(ExtractionResult([], []))
    assert scene.items == [] and scene.lanes == [] and scene.sources == []
    assert scene.x_range[0] < scene.x_range[1]


@pytest.mark.parametrize(
    ("start", "end", "granularity", "expected"),
    [
        (date(2021, 11, 15), date(2021, 11, 15), "day", "15 Nov 2021"),
        (date(2021, 12, 1), date(2021, 12, 31), "month", "Dec 2021"),
        (date(2024, 1, 1), date(2024, 3, 31), "quarter", "Q1 2024"),
        (date(2024, 1, 1), date(2024, 12, 31), "year", "2024"),
        (date(2020, 1, 1), date(2029, 12, 31), "decade", "2020s"),
    ],
)
def test_date_labels(start: date, end: date, granularity: str, expected: str) -> None:
    assert format_date(start, end, granularity) == expected


def test_the_most_precise_mention_dates_a_cluster() -> None:
    result = sample_result()
    # A third, vaguer telling of the summit ("in November") by the most confident source.
    result.events.append(
        _event(
            "scmp-9",
            "scmp",
            "2021-11",
            date(2021, 11, 1),
            date(2021, 11, 30),
            "month",
            "Presidents hold virtual summit",
            cluster="summit",
            confidence=0.95,
        )
    )
    scene = build_scene(result)
    (item,) = [i for i in scene.items if len(i.event_ids) > 1]
    assert item.label == "Presidents hold virtual summit"
    assert (item.start, item.end, item.granularity) == (date(2021, 11, 15), date(2021, 11, 15), "day")
    assert len(item.sources) == 3


def test_undated_happenings_are_a_lane_note_not_an_item_on_the_document_day() -> None:
    span = TextSpan(0, 1, "x")
    dct = date(2021, 11, 17)
    article = Article("st", "/tmp/st.txt", "x", title="Straits Times", dct=DocumentDate(dct.isoformat()))
    summit = Event("st-e1", "st", EventDate("2021-11-15", date(2021, 11, 15), date(2021, 11, 15), "day"),
                   "Xi and Biden hold virtual summit", span, span, span)
    scrapped = Event("st-e2", "st", EventDate("PAST_REF", dct, dct, "relative"), "Trump scrapped regular talks",
                     span, span, TextSpan(0, 0, ""), date_source="document")
    scene = build_scene(ExtractionResult([article], [summit, scrapped]))
    assert [item.event_id for item in scene.items] == ["st-e1"]
    assert scene.undated == [(0, "1 undated · before 17 Nov 2021")]
